#!/usr/bin/env python3
"""Independent labelled mail corpus dev200 for Siegel (prefix d200-).

Python standard library only.  Deterministic: fixed dates, Message-IDs,
MIME boundaries, ZIP member times, office metadata and PDF dates.

    python3 make_corpus.py            # writes mails/ and labels.tsv
    python3 make_corpus.py --check    # rebuilds into a temp dir, compares
                                      # byte for byte, parses every mail
    python3 make_corpus.py --stats    # prints distribution tables

Every mail below (section MAILS) was written on its own.  Shared are only
the staff signatures and the legal footers.
"""
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd200-'
DOM = 'vierlanden-vers.example'
PB_DOM = 'vierlanden-pflegeberatung.example'
ZT = (2026, 1, 2, 9, 30, 0)          # every ZIP member gets this time
POL = policy.SMTP

# ---------------------------------------------------------------- helpers

def iban(country, bban):
    """Build an IBAN with correct ISO 7064 check digits."""
    s = bban + country + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    return f'{country}{check:02d}{bban}'


def grp(ib):
    return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))


def iban_ok(ib):
    ib = ib.replace(' ', '').upper()
    s = ib[4:] + ib[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def zbytes(members):
    """members: list of (name, data).  'mimetype' is stored, rest deflated."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZT)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zi.compress_type = (zipfile.ZIP_STORED if name == 'mimetype'
                                else zipfile.ZIP_DEFLATED)
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(title, author, created='2026-01-02T09:30:00Z'):
    return (XML_HEAD +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
            '</cp:coreProperties>')


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='', author='Vierlanden'):
    """sheets: list of (sheetname, rows); a row is a list of str/int/float/None."""
    ct = [XML_HEAD, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets, wb_rels, files = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        wb_sheets.append(f'<sheet name="{xesc(name)}" sheetId="{i}" r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
        out = [XML_HEAD, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, 1):
            out.append(f'<row r="{r}">')
            for c, v in enumerate(row):
                ref = f'{_col(c)}{r}'
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    out.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
            out.append('</row>')
        out.append('</sheetData></worksheet>')
        files.append((f'xl/worksheets/sheet{i}.xml', ''.join(out)))
    ct.append('</Types>')
    wb = (XML_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + ''.join(wb_sheets) + '</sheets></workbook>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + ''.join(wb_rels) + '</Relationships>')
    return zbytes([('[Content_Types].xml', ''.join(ct)), ('_rels/.rels', rels),
                   ('docProps/core.xml', _core(title, author)),
                   ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels)] + files)


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def docx(blocks, title='', author='Vierlanden'):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows)."""
    body = []

    def para(text, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return (f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r></w:p>')
    for kind, val in blocks:
        if kind == 'h':
            body.append(para(val, True))
        elif kind == 'p':
            for line in val.split('\n'):
                body.append(para(line))
        elif kind == 't':
            rows = ''.join('<w:tr>' + ''.join(
                f'<w:tc><w:p><w:r><w:t xml:space="preserve">{xesc(str(c))}</w:t></w:r></w:p></w:tc>'
                for c in row) + '</w:tr>' for row in val)
            body.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:bottom w:val="single"/>'
                        '<w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>'
                        + rows + '</w:tbl>')
    doc = (XML_HEAD + f'<w:document xmlns:w="{W_NS}"><w:body>' + ''.join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return zbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                   ('docProps/core.xml', _core(title, author)), ('word/document.xml', doc)])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def _odf(mimetype, body_xml, title):
    content = (XML_HEAD.replace(' standalone="yes"', '') +
               f'<office:document-content {ODF_NS} office:version="1.2">'
               f'<office:body>{body_xml}</office:body></office:document-content>')
    meta = (XML_HEAD.replace(' standalone="yes"', '') +
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta>'
            f'<dc:title>{xesc(title)}</dc:title><meta:creation-date>2026-01-02T09:30:00</meta:creation-date>'
            '</office:meta></office:document-meta>')
    manifest = (XML_HEAD.replace(' standalone="yes"', '') +
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zbytes([('mimetype', mimetype), ('content.xml', content), ('meta.xml', meta),
                   ('META-INF/manifest.xml', manifest)])


def odt(blocks, title=''):
    out = []
    for kind, val in blocks:
        if kind == 'h':
            out.append(f'<text:h text:outline-level="1">{xesc(val)}</text:h>')
        else:
            for line in val.split('\n'):
                out.append(f'<text:p>{xesc(line)}</text:p>')
    return _odf('application/vnd.oasis.opendocument.text',
                '<office:text>' + ''.join(out) + '</office:text>', title)


def ods(sheets, title=''):
    out = []
    for name, rows in sheets:
        out.append(f'<table:table table:name="{xesc(name)}">')
        for row in rows:
            out.append('<table:table-row>')
            for v in row:
                if v is None or v == '':
                    out.append('<table:table-cell/>')
                elif isinstance(v, (int, float)):
                    out.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    out.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
            out.append('</table:table-row>')
        out.append('</table:table>')
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet>' + ''.join(out) + '</office:spreadsheet>', title)


def _pdf_str(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(text, title='', author='Vierlanden', size=10):
    """A4 PDF with a real text layer (Helvetica, WinAnsiEncoding).
    text: str; lines longer than ~95 chars are wrapped; '\\f' forces a page break."""
    lines = []
    for chunk in text.split('\n'):
        if chunk == '\f':
            lines.append('\f')
            continue
        while len(chunk) > 95:
            cut = chunk.rfind(' ', 0, 95)
            cut = 95 if cut <= 0 else cut
            lines.append(chunk[:cut])
            chunk = chunk[cut:].lstrip()
        lines.append(chunk)
    pages, cur = [], []
    for ln in lines:
        if ln == '\f' or len(cur) >= 56:
            pages.append(cur)
            cur = []
            if ln == '\f':
                continue
        cur.append(ln)
    pages.append(cur)
    objs = {}
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % p for p in page_ids) +
               b'] /Count %d >>' % n_pages)
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    for i, pg in enumerate(pages):
        pid = page_ids[i]
        ops = [b'BT', b'/F1 %d Tf' % size, b'%d TL' % (size + 4), b'56 790 Td']
        for ln in pg:
            ops.append(b'(' + _pdf_str(ln) + b") Tj T*")
        ops.append(b'ET')
        raw = b'\n'.join(ops)
        comp = zlib.compress(raw, 9)
        objs[pid] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     b'/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (pid + 1))
        objs[pid + 1] = (b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp) + comp +
                         b'\nendstream')
    info_id = 4 + 2 * n_pages
    objs[info_id] = (b'<< /Title (' + _pdf_str(title) + b') /Author (' + _pdf_str(author) +
                     b') /Producer (Vierlanden DocServer 4.2) /CreationDate (D:20260102093000+01\'00\') >>')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = len(out)
        out += b'%d 0 obj\n' % oid + objs[oid] + b'\nendobj\n'
    xref = len(out)
    size_ = info_id + 1
    out += b'xref\n0 %d\n' % size_ + b'0000000000 65535 f \n'
    for oid in range(1, size_):
        out += b'%010d 00000 n \n' % offsets[oid]
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (size_, info_id, xref))
    return bytes(out)


def ics(uid, start, end, summary, location='', description='', organizer='', attendees=(),
        method='REQUEST', stamp='20260102T080000Z', tz=True):
    """Times as 'YYYYMMDDTHHMMSS' local Europe/Berlin."""
    def fold(line):
        b = line.encode('utf-8')
        if len(b) <= 74:
            return line
        out, cur = [], ''
        for ch in line:
            if len((cur + ch).encode('utf-8')) > 73:
                out.append(cur)
                cur = ' ' + ch
            else:
                cur += ch
        out.append(cur)
        return '\r\n'.join(out)

    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Vierlanden//Kalender 7.1//DE', f'METHOD:{method}']
    if tz:
        L += ['BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'BEGIN:STANDARD', 'DTSTART:19701025T030000',
              'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
              'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:19700329T020000',
              'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200',
              'END:DAYLIGHT', 'END:VTIMEZONE']
    L += ['BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{stamp}',
          f'DTSTART;TZID=Europe/Berlin:{start}', f'DTEND;TZID=Europe/Berlin:{end}',
          f'SUMMARY:{esc(summary)}']
    if location:
        L.append(f'LOCATION:{esc(location)}')
    if description:
        L.append(f'DESCRIPTION:{esc(description)}')
    if organizer:
        L.append(f'ORGANIZER;CN={organizer}')
    for a in attendees:
        L.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a}')
    L += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in L) + '\r\n'


# ------------------------------------------------------------ staff & footers

S = {}


def staff(key, name, addr, sig):
    S[key] = (name, addr, sig.strip('\n'))


def frm(key):
    name, addr, _ = S[key]
    return f'{name} <{addr}>' if not name.startswith('Dr.') else f'"{name}" <{addr}>'


def sig(key, sep=True):
    return ('-- \n' if sep else '') + S[key][2]


HQ = 'Am Marschtor 12 · 21029 Hamburg'

staff('oltmanns', 'Katrin Oltmanns', f'k.oltmanns@{DOM}', f"""
Katrin Oltmanns
Leistung Pflegeversicherung
Vierlanden Krankenversicherung AG
{HQ}
Tel. +49 40 7214-3318 | Fax +49 40 7214-3390
""")
staff('wiebusch', 'Dr. med. Henrik Wiebusch', f'h.wiebusch@{DOM}', f"""
Dr. med. Henrik Wiebusch
Facharzt für Allgemeinmedizin, Sozialmedizin
Beratungsärztlicher Dienst
Vierlanden Versicherungsgruppe, {HQ}
Tel. +49 40 7214-3502
""")
staff('raman', 'Dr. Priya Raman', f'p.raman@{DOM}', f"""
Dr. Priya Raman MRCP
Medical Adviser – International Health & Care
Vierlanden Krankenversicherung AG | {HQ} | Germany
T +49 40 7214-3517
""")
staff('luedemann', 'Jessica Lüdemann', f'j.luedemann@{DOM}', f"""
Jessica Lüdemann
Reha-Managerin Unfall / Personenschaden
Vierlanden Versicherung AG
Tel. 040 7214-2263 · mobil 0171 5520 418
""")
staff('vogeler', 'Lars Vogeler', f'l.vogeler@{DOM}', f"""
Lars Vogeler
Leistungsprüfung Berufsunfähigkeit
Vierlanden Lebensversicherung AG
{HQ}
Telefon 040 7214-4120
""")
staff('stoever', 'Annika Stöver', f'a.stoever@{DOM}', f"""
Annika Stöver
Leistungsbearbeitung Krankenversicherung
Vierlanden Krankenversicherung AG
Telefon 040 7214-3140
""")
staff('petersen', 'Jannis Petersen', f'j.petersen@{DOM}', f"""
Jannis Petersen | Kfz-Schaden
Vierlanden Versicherung AG | {HQ}
T 040 7214-1187 | F 040 7214-1100
""")
staff('nowicki', 'Marek Nowicki', f'm.nowicki@{DOM}', f"""
Marek Nowicki
Schadenbearbeitung Sach / Haftpflicht
Vierlanden Versicherung AG
Tel. 040 7214-1245
""")
staff('kruse', 'Nadine Kruse', f'n.kruse@{DOM}', f"""
Nadine Kruse
Rechtsschutz-Leistung
Vierlanden Versicherung AG, {HQ}
Tel. 040 7214-1390
""")
staff('aydin', 'Merve Aydın', f'm.aydin@{DOM}', f"""
Merve Aydın
Kundenservice
Vierlanden Versicherungsgruppe
Hotline 040 7214-0 (Mo–Fr 8–19 Uhr)
""")
staff('bruening', 'Ole Brüning', f'o.bruening@{DOM}', f"""
Ole Brüning
Maklerbetreuung Nord
Vierlanden Versicherungsgruppe | {HQ}
Tel. 040 7214-2011 | Mobil 0160 9914 372
""")
staff('quast', 'Sabine Quast', f'datenschutz@{DOM}', f"""
Sabine Quast
Datenschutzbeauftragte der Vierlanden Versicherungsgruppe
{HQ}
datenschutz@{DOM}
""")
staff('reimers', 'Tobias Reimers', f't.reimers@{DOM}', """
Tobias Reimers
IT-Servicedesk / Mail & Collaboration
Durchwahl -5555 · servicedesk@vierlanden-vers.example
""")
staff('hagedorn', 'Friederike Hagedorn', f'f.hagedorn@{DOM}', f"""
Friederike Hagedorn
Personalabteilung – Personalbetreuung
Vierlanden Versicherungsgruppe
Tel. 040 7214-6031
""")
staff('wendt', 'Dr. Carola Wendt', f'c.wendt@{DOM}', """
Dr. Carola Wendt
Verantwortliche Aktuarin Kranken/Pflege
Vierlanden Krankenversicherung AG
Tel. 040 7214-7002
""")
staff('zimmek', 'Paul Zimmek', f'presse@{DOM}', f"""
Paul Zimmek
Unternehmenskommunikation
Vierlanden Versicherungsgruppe
{HQ}
Tel. 040 7214-8800 · presse@{DOM}
""")
staff('timm', 'Hauke Timm', f'h.timm@{DOM}', """
Hauke Timm
Facility Management
Tel. -6410 / Mobil 0152 2238 907
""")
staff('sokolova', 'Elena Sokolova', f'e.sokolova@{DOM}', f"""
Elena Sokolova
Firmenkunden / Gewerbe-Underwriting
Vierlanden Versicherung AG
{HQ}
Tel. 040 7214-2540
""")
staff('harms', 'Bernd Harms', f'b.harms@{DOM}', f"""
Bernd Harms
Zentraler Einkauf
Vierlanden Versicherungsgruppe, {HQ}
Tel. 040 7214-6120
""")
staff('ahlers', 'Christopher Ahlers', f'c.ahlers@{DOM}', f"""
Christopher Ahlers
International Desk – Expat Health & Care
Vierlanden Krankenversicherung AG
{HQ}, Germany
Phone +49 40 7214-3660
""")
staff('lange', 'Rebecca Lange', f'r.lange@{DOM}', """
Rebecca Lange
Risikoprüfung Leben / BU / Pflegerente
Vierlanden Lebensversicherung AG
Tel. 040 7214-4033
""")
staff('thode', 'Gesa Thode', f'g.thode@{PB_DOM}', """
Gesa Thode
Pflegeberaterin (examinierte Altenpflegerin)
Vierlanden Pflegeberatung GmbH
Bergedorfer Schloßstraße 41 · 21029 Hamburg
Tel. 040 7214-9120 · kostenfrei 0800 7214 912
""")
staff('marquardt', 'Svenja Marquardt', f's.marquardt@{DOM}', f"""
Svenja Marquardt
Reinsurance / Rückversicherung
Vierlanden Versicherungsgruppe
{HQ}, Germany
T +49 40 7214-7150
""")
staff('hinrichs', 'Timo Hinrichs', f't.hinrichs@{DOM}', """
Timo Hinrichs
Schaden Reise & Tier
Vierlanden Versicherung AG
Tel. 040 7214-1466
""")

FOOTER = """
________________________________
Vierlanden Versicherung AG · Vierlanden Lebensversicherung AG · Vierlanden Krankenversicherung AG
Sitz: Hamburg · Amtsgericht Hamburg HRB 99817 / HRB 99818 / HRB 99819
Vorstand: Dr. Ingo Fehrs (Vorsitzender), Marion Sattler, Kai-Uwe Bendt
Vorsitzende des Aufsichtsrats: Prof. Dr. Ulrike Haack
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

FOOTER_EN = """
________________________________
Vierlanden Versicherungsgruppe, Hamburg, Germany · Registered office Hamburg, Local Court Hamburg HRB 99817
Management Board: Dr. Ingo Fehrs (Chair), Marion Sattler, Kai-Uwe Bendt
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail."""

FOOTER_PB = """
--
Vierlanden Pflegeberatung GmbH · Sitz Hamburg · AG Hamburg HRB 151 207
Geschäftsführung: Anja Brodersen · Ein Unternehmen der Vierlanden Versicherungsgruppe"""

# ------------------------------------------------------------ mail building

MAILERS = [
    'Microsoft Outlook 16.0', None, 'Mozilla Thunderbird 115.6.0', None,
    'Vierlanden Korrespondenz 3.8 (KOR-Server)', None, 'iPhone Mail (21D61)', None,
]


def _mid(n, domain, style):
    h = hashlib.sha256(f'vierlanden-{n}'.encode()).hexdigest()
    if style == 0:
        return f'<{h[:16].upper()}@{domain}>'
    if style == 1:
        return f'<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>'
    if style == 2:
        return f'<KOR.{h[:6].upper()}.{n:05d}@{domain}>'
    return f'<{h[:24]}@mail.{domain}>'


def text(body, subtype='plain', charset='utf-8', cte='quoted-printable', flowed=False):
    p = EmailMessage(policy=POL)
    p.set_content(body, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        p.set_param('format', 'flowed')
    return p


def att(data, filename, ctype):
    return ('bin', data, filename, ctype)


def att_text(body, filename, subtype, charset='utf-8', cte='quoted-printable', ctype=None, method=None):
    return ('text', body, filename, subtype, charset, cte, ctype, method)


def att_mail(msg, filename=None):
    return ('mail', msg, filename)


CUR = {}


def addrs(value):
    """Quote display names that contain specials (e.g. 'Dr. med.')."""
    from email.utils import getaddresses
    out = []
    for name, addr in getaddresses([value]):
        if name and re.search(r'[][\\()<>@,:;".]', name):
            name = '"' + name.replace('"', '') + '"'
        out.append(f'{name} <{addr}>' if name else addr)
    return ', '.join(out)


def build(frm_, to, subject, date, body=None, html=None, cc=None, attach=(), charset='utf-8',
          cte='quoted-printable', flowed=False, headers=(), irt=None, mailer=-1, mid_style=None,
          html_cte='quoted-printable', inner=False, mid=None):
    n = CUR.get('n', 0)
    m = EmailMessage(policy=POL)
    m['From'] = addrs(frm_)
    m['To'] = addrs(to)
    if cc:
        m['Cc'] = addrs(cc)
    m['Subject'] = subject
    m['Date'] = date
    dom = re.search(r'@([A-Za-z0-9.-]+)', frm_).group(1)
    if mid is None:
        mid = _mid(n if not inner else n + 10000, dom, (n if mid_style is None else mid_style) % 4)
    m['Message-ID'] = mid
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = irt
    if mailer == -1:
        mailer = MAILERS[n % len(MAILERS)]
    if mailer:
        m['X-Mailer'] = mailer
    for k, v in headers:
        m[k] = v
    if html is not None and body is None:
        m.set_content(html, subtype='html', charset=charset, cte=html_cte)
    else:
        if flowed:
            body = flow(body)
        m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param('format', 'flowed')
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset, cte=html_cte)
    for a in attach:
        if a[0] == 'bin':
            _, data, fn, ctype = a
            mt, st = ctype.split('/')
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        elif a[0] == 'text':
            _, body_, fn, st, cs, cte_, ctype, method = a
            m.add_attachment(body_, subtype=st, charset=cs, cte=cte_, filename=fn)
            part = m.get_payload()[-1]
            if method:
                part.set_param('method', method)
        else:
            _, inner_msg, fn = a
            m.add_attachment(inner_msg)
            part = m.get_payload()[-1]
            if 'MIME-Version' in part:
                del part['MIME-Version']
            if fn:
                part.replace_header('Content-Disposition', 'attachment')
                part.set_param('filename', fn, header='Content-Disposition')
    roots = {id(m)}
    for part in m.walk():
        if part.get_content_type() == 'message/rfc822':
            roots.add(id(part.get_payload(0)))
    for i, part in enumerate(m.walk()):
        if id(part) not in roots and 'MIME-Version' in part:
            del part['MIME-Version']
        if part.get_content_maintype() == 'multipart':
            h = hashlib.md5(f'{n}-{i}-{inner}'.encode()).hexdigest()
            part.set_boundary(f'----=_NextPart_{h[:6].upper()}_{h[6:14]}.{h[14:22]}')
    return m


def dt(mo, d, h, mi, s=0):
    """RFC 5322 date in 2026, Europe/Berlin offset."""
    import datetime
    from email.utils import format_datetime
    summer = (3, 29) <= (mo, d) < (10, 25)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return format_datetime(datetime.datetime(2026, mo, d, h, mi, s, tzinfo=tz))


def flow(txt, width=72):
    """Wrap plain text as format=flowed (RFC 3676): soft breaks end in a space."""
    out = []
    for line in txt.split('\n'):
        if line.startswith('>') or len(line) <= width + 4 or line == '-- ':
            out.append(line)
            continue
        while len(line) > width:
            cut = line.rfind(' ', 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


def quote(txt, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in txt.strip('\n').split('\n'))


MAILS = []


def mail(label, lang, kind, reason):
    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
ODT_CT = 'application/vnd.oasis.opendocument.text'
ODS_CT = 'application/vnd.oasis.opendocument.spreadsheet'
PDF_CT = 'application/pdf'
ZIP_CT = 'application/zip'

# ====================================================================== MAILS

staff('okonkwo', 'Daniel Okonkwo', f'd.okonkwo@{DOM}', """
Daniel Okonkwo
Information Security Office
Vierlanden Versicherungsgruppe | Hamburg
+49 40 7214-5580
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-relative',
      'daughter with power of attorney: mother\'s care-level application, dementia, falls, help with washing; PPV number')
def _():
    q = """Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Frau Ilse Behrendt (Versicherungsnummer 6 240 118 735). Eine Kopie der Vorsorgevollmacht habe ich letzte Woche per Post geschickt.

Meine Mutter baut seit dem Herbst deutlich ab, die Hausärztin spricht von einer mittelgradigen Demenz. Sie ist im Dezember zweimal in der Wohnung gestürzt und kann sich nicht mehr allein waschen. Ich fahre jeden Morgen vor der Arbeit hin, aber das geht so nicht mehr lange.

Wir möchten deshalb einen Antrag auf Pflegeleistungen stellen. Was muss ich tun und wie lange dauert das?

Mit freundlichen Grüßen
Sandra Behrendt"""
    body = f"""Sehr geehrte Frau Behrendt,

vielen Dank für Ihre Nachricht. Die Vorsorgevollmacht liegt uns inzwischen vor, wir dürfen Ihnen also Auskunft geben.

Ihre E-Mail werten wir als Antrag auf Leistungen aus der Pflegepflichtversicherung Ihrer Mutter; als Antragsdatum gilt der 14.01.2026. Wir haben die Pflegegutachten Nord GmbH beauftragt. Eine Gutachterin meldet sich in den nächsten zwei Wochen telefonisch bei Ihnen, um einen Hausbesuch zu vereinbaren. Bitte seien Sie bei dem Termin dabei – Menschen mit Demenz schätzen ihre Selbständigkeit oft besser ein, als sie im Alltag ist.

Hilfreich für die Begutachtung:
- eine Liste der aktuellen Medikamente,
- Berichte der Hausärztin oder des Krankenhauses, soweit vorhanden,
- ein kurzes Pflegetagebuch über ein paar Tage (wobei braucht Ihre Mutter Hilfe, wie lange, auch nachts?).

Nach dem Gesetz entscheiden wir innerhalb von 25 Arbeitstagen nach Antragseingang. Leistungen gibt es rückwirkend ab Antragsmonat.

Unabhängig vom Antrag können Sie sich kostenlos von unserer Pflegeberatung helfen lassen (0800 7214 912), z. B. zu Hausnotruf und Entlastungsangeboten.

Mit freundlichen Grüßen

{sig('oltmanns', False)}
{FOOTER}

-----Ursprüngliche Nachricht-----
Von: Sandra Behrendt <sandra.behrendt@webpost.example>
Gesendet: Mittwoch, 14. Januar 2026 06:52
An: pflege@{DOM}
Betreff: Pflegeantrag für meine Mutter

{q}
"""
    return build(frm('oltmanns'), 'Sandra Behrendt <sandra.behrendt@webpost.example>',
                 'AW: Pflegeantrag für meine Mutter', dt(1, 15, 10, 41), body,
                 irt='<f1c2a9e0-77b1@webpost.example>')


@mail('NORMAL', 'de', 'internal',
      'trap: portfolio statistics of care levels by age band and tariff, counts only, no person')
def _():
    rows = [['Pflegepflichtversicherung – Leistungsbezieher nach Pflegegrad, Stichtag 31.12.2025'], [],
            ['Altersband', 'PG 1', 'PG 2', 'PG 3', 'PG 4', 'PG 5', 'Summe'],
            ['unter 20', 14, 38, 21, 9, 6, 88],
            ['20–59', 61, 140, 97, 44, 23, 365],
            ['60–69', 88, 215, 133, 52, 19, 507],
            ['70–79', 203, 512, 366, 171, 58, 1310],
            ['80–89', 311, 904, 788, 452, 160, 2615],
            ['90+', 97, 388, 471, 366, 149, 1471],
            ['Summe', 774, 2197, 1876, 1094, 415, 6356], [],
            ['Quelle: LEIPFL-Auswertung vom 08.01.2026; Zellen < 5 zusammengefasst']]
    rows2 = [['Pflegetagegeld (Tarife PT-Plus, PT-Komfort)', 'Bestand', 'Leistungsfälle', 'Quote'],
             ['PT-Plus', 18420, 512, 0.0278], ['PT-Komfort', 9311, 198, 0.0213],
             ['Summe', 27731, 710, 0.0256]]
    body = """Liebe Kolleginnen und Kollegen,

anbei wie besprochen die Pflegegrad-Verteilung zum Jahresende für die Leitungsrunde am Donnerstag.

Auffällig:
- Die Zahl der Leistungsbezieher in PG 2 ist gegenüber dem Vorjahr um knapp 9 % gestiegen, vor allem im Band 80–89.
- PG 5 ist praktisch stabil.
- Beim Pflegetagegeld liegt die Leistungsquote mit 2,56 % leicht über Kalkulation (2,4 %). Wir schauen uns das zur BAP 2027 genauer an.

Die Tabelle enthält nur Stückzahlen, keine Einzelfälle. Kleine Zellen sind zusammengefasst, ihr könnt sie also gern in die Foliensätze übernehmen.

Viele Grüße
Carola

""" + sig('wendt')
    return build(frm('wendt'), f'Leitungskreis Kranken/Pflege <lk-kranken-pflege@{DOM}>',
                 'Pflegegrad-Verteilung 31.12.2025 für LK Donnerstag', dt(1, 19, 16, 3), body,
                 attach=[att(xlsx([('PPV nach PG', rows), ('Pflegetagegeld', rows2)],
                                  'Pflegegrad-Verteilung 2025', 'Dr. Carola Wendt'),
                             'PG-Verteilung_2025-12-31.xlsx', XLSX_CT)])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor parking damage of a named policyholder: plate, claim number; nobody hurt')
def _():
    body = f"""Sehr geehrter Herr Maaß,

danke für Ihre Schadenmeldung vom Samstag. Wir haben den Schaden unter der Nummer KS-2026-004417 angelegt.

Sie schreiben, dass Sie beim Ausparken auf dem Parkplatz des Baumarkts in Reinbek mit Ihrem Fahrzeug (HH-FM 2817) die hintere Stoßstange eines geparkten Skoda gestreift haben und die Halterin vor Ort Ihre Daten notiert hat. Verletzt wurde niemand.

Wir regulieren den Schaden der Gegenseite direkt aus Ihrer Kfz-Haftpflichtversicherung. Sie müssen nichts weiter tun. Falls sich die Gegenseite oder deren Werkstatt bei Ihnen meldet, verweisen Sie bitte einfach auf uns und die Schadennummer.

Hinweis: Sie haben die Möglichkeit, den Schaden innerhalb von sechs Monaten nach Abschluss selbst zu bezahlen, um Ihren Schadenfreiheitsrabatt zu behalten. Wir schreiben Sie dazu an, sobald wir die Höhe kennen.

Freundliche Grüße
Jannis Petersen

{sig('petersen')}
{FOOTER}"""
    return build(frm('petersen'), 'Florian Maaß <f.maass@gmz.example>',
                 'Ihr Kfz-Schaden vom 17.01.2026 – Schadennummer KS-2026-004417', dt(1, 19, 11, 22), body,
                 flowed=True, cte='8bit', mailer='Mozilla Thunderbird 115.6.0')


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: LTC quota-share renewal with aggregate premiums, claims ratios and care-level mix, no individual')
def _():
    body = f"""Dear Martin,

Thank you for the call yesterday. As promised, here is the summary for the renewal of our long-term care quota share (treaty ref. VL-LTC-QS-2019) as at 1 April 2026.

Portfolio (private long-term care top-up, daily care allowance tariffs)
- Gross written premium 2025: EUR 41.8m (2024: EUR 39.2m)
- Insured lives: 27,731
- New claims 2025: 710, of which care level 2: 44 %, care level 3: 31 %, care level 4/5: 25 %
- Incurred claims ratio 2025: 61.4 % (2024: 58.9 %)
- Average claim duration of closed claims: 3.1 years

We propose to keep the cession at 40 % with the ceding commission unchanged at 31 %. The increase in the claims ratio is driven by the care-reform effect on care level 2 in the 80–89 age band; our actuaries expect it to flatten from 2027. Carola Wendt can walk your pricing team through the incidence assumptions.

Could you let me have your quote by 6 March? The board meeting is on the 12th.

Kind regards
Svenja

{sig('marquardt')}
{FOOTER_EN}"""
    return build(frm('marquardt'), 'Martin Kesteven <m.kesteven@thamesrhine-re.example>',
                 'LTC quota share renewal 2026 – portfolio figures', dt(2, 11, 9, 37), body,
                 cc=frm('wendt'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'expat health claim: physiotherapy after ACL reconstruction, sessions and amounts for a named insured')
def _():
    body = f"""Dear Ms Okafor-Reid,

Thank you for sending the physiotherapy invoices from Praxis Bewegungsraum Altona. We have reimbursed them under your International Health Plan (policy IHP-3307714) as follows:

  Date range         Treatment                                 Invoiced   Reimbursed
  05.01.–30.01.2026  KG-Geräte (post-op rehab, 8 sessions)    EUR 496.00 EUR 496.00
  02.02.–27.02.2026  Manual lymph drainage (6 sessions)        EUR 228.00 EUR 228.00
  02.02.–27.02.2026  Sports physio / return-to-run (4)        EUR 340.00 EUR 272.00

The last item was reduced to the plan maximum of EUR 68.00 per session for sports physiotherapy. The prescription from Dr. Lindqvist following your ACL reconstruction (right knee, 18 December 2025) covers a further 10 sessions, so you do not need a new referral before the end of April.

The total of EUR 996.00 will be paid to your account ending in ...4471 within three working days.

Wishing you a good recovery and a first run soon!

Best regards
Christopher Ahlers

{sig('ahlers')}
{FOOTER_EN}"""
    return build(frm('ahlers'), 'Hannah Okafor-Reid <hannah.or@mailo.example>',
                 'Your physiotherapy claims January/February', dt(3, 4, 14, 8), body)


@mail('NORMAL', 'de', 'internal',
      'trap: IT ticket about a jamming scanner in the care-claims mail room; mentions doctors\' reports and care assessments only as document types')
def _():
    body = """Ticket INC-2026-018834
Status: In Bearbeitung
Kategorie: Hardware > Scanner / Multifunktionsgerät
Standort: Haus B, 2. OG, Poststelle Leistung Pflege (Raum B2.17)

Hallo Frau Oltmanns,

danke für Ihre Meldung. Zusammenfassung, damit wir vom Gleichen reden:

Der Einzugsscanner (Kodak i3250, Inventar IT-04471) zieht seit Montag bei gemischten Stapeln mehrere Blätter gleichzeitig ein. Betroffen sind laut Ihrer Beschreibung vor allem dünne Durchschläge (Arztberichte, Pflegegutachten im Durchschreibesatz) zusammen mit normalem Papier. Die Doppeleinzugserkennung meldet sich dann nicht, die Seiten fehlen anschließend im Scan-Stapel.

Was wir machen:
1. Der Techniker von Docutec kommt morgen (Mi) zwischen 8 und 10 Uhr und tauscht die Einzugsrollen und den Ultraschallsensor.
2. Bis dahin bitte die Durchschläge getrennt und im Einzelblattmodus scannen (Profil "Leistung_Einzelblatt").
3. Bitte keine Originale im Gerät liegen lassen, wenn der Techniker kommt – der hat keine Freigabe für Leistungsunterlagen.

Wenn danach noch Seiten fehlen, bitte die Stapelnummer aus dem Scan-Protokoll an uns, dann prüfen wir die Logs.

Viele Grüße
Tobias Reimers

""" + sig('reimers')
    return build(frm('reimers'), frm('oltmanns'),
                 'INC-2026-018834 Scanner Poststelle Pflege zieht Doppelblätter ein', dt(1, 27, 15, 12), body,
                 mailer='ServiceNow Notification')


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
      'buildings policy of named customers sent to their broker: policy number, insured address, sum insured')
def _():
    body = f"""Hallo Herr Kallweit,

wie gewünscht anbei die Daten zur Wohngebäudeversicherung Ihrer Kunden; die Police selbst stelle ich Ihnen parallel ins Maklerpostfach.

Versicherungsnehmer: Jörg Schröder und Meike Ilgner-Schröder
Vertrag: WG 31-2208-415
Risikoort: Twiete 7, 21521 Aumühle
Versicherungssumme: Wert 1914 von 31.500 Mark (gleitender Neuwert)
Bausteine: Feuer, Leitungswasser, Sturm/Hagel, Elementar (ZÜRS 1), Photovoltaik
Jahresbeitrag: 1.184,36 EUR, Fälligkeit 01.04.

Die Elementarerweiterung ist seit 01.04.2025 drin, das hatten die Kunden wohl vergessen. Selbstbehalt Elementar 1.000 EUR.

Schönen Gruß nach Geesthacht
Ole Brüning

{sig('bruening')}
{FOOTER}"""
    return build(frm('bruening'), 'Uwe Kallweit <info@kallweit-makler.example>',
                 'WG 31-2208-415 Schröder/Ilgner-Schröder – Vertragsdaten', dt(1, 21, 8, 49), body,
                 cc='Backoffice Kallweit <backoffice@kallweit-makler.example>')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-assessor',
      'care assessment order for a named insured (Parkinson, care level 2, upgrade request) only in the PDF; body names the insured')
def _():
    pdftxt = """Vierlanden Krankenversicherung AG - Leistung Pflegeversicherung
Auftrag zur Begutachtung nach § 18 SGB XI i. V. m. MB/PPV

Auftragsnummer: PG-A-2026-00712          Datum: 22.01.2026
Auftragnehmer: Pflegegutachten Nord GmbH, Wandsbeker Chaussee 88, 22089 Hamburg

Versicherte Person
Name: Kähler, Walter
Geburtsdatum: 03.06.1941
Versicherungsnummer: 6 118 402 559
Anschrift: Sander Damm 19, 21039 Hamburg (Besuch in der Häuslichkeit)
Ansprechpartnerin: Ehefrau Renate Kähler, Tel. 040 7398 1152

Anlass: Antrag auf Höherstufung vom 12.01.2026
Bisheriger Pflegegrad: 2 (seit 01.09.2023)
Bekannte Diagnosen laut Antrag: Morbus Parkinson (G20.1), Z. n. Sturz mit Rippenprellung 11/2025,
Harninkontinenz, beginnende kognitive Einschränkungen
Behandelnder Arzt: Dr. med. Jens Oberhauser, Neurologie, Lohbrügger Markt 3, Hamburg
Hilfsmittel: Rollator, Toilettensitzerhöhung; Pflegebett beantragt

Hinweise: Versicherter ist schwerhörig, bitte laut und langsam sprechen. Ehefrau übernimmt die
Grundpflege, zusätzlich Pflegedienst Sonnenweg 2x wöchentlich (Duschen).

Frist: Gutachten bis 13.02.2026. Bitte Termin direkt mit Frau Kähler vereinbaren."""
    body = f"""Guten Tag Frau Dr. Sörensen,

anbei ein neuer Begutachtungsauftrag (Höherstufung) für Herrn Walter Kähler, Hamburg-Bergedorf. Einzelheiten im Auftragsformular.

Die Ehefrau hat am Telefon gebeten, den Termin möglichst vormittags zu legen.

Danke und viele Grüße
Katrin Oltmanns

{sig('oltmanns')}
{FOOTER}"""
    return build(frm('oltmanns'), 'Dr. Maren Sörensen <auftraege@pflegegutachten-nord.example>',
                 'Begutachtungsauftrag PG-A-2026-00712', dt(1, 22, 13, 30), body,
                 attach=[att(pdf(pdftxt, 'Begutachtungsauftrag PG-A-2026-00712', 'Leistung Pflege'),
                             'Auftrag_PG-A-2026-00712.pdf', PDF_CT)])


@mail('NORMAL', 'de', 'newsletter',
      'trap: customer newsletter on the care reform with legal benefit amounts and general tips, no person')
def _():
    txt = """Pflege aktuell – Ausgabe 1/2026
Der Newsletter der Vierlanden Pflegeberatung

1. Was sich 2026 in der Pflege ändert
Seit dem 1. Januar gelten neue Beträge. Beim Pflegegeld erhalten Pflegebedürftige mit Pflegegrad 2 jetzt 347 Euro im Monat, mit Pflegegrad 3 599 Euro, mit Pflegegrad 4 800 Euro und mit Pflegegrad 5 990 Euro. Verhinderungs- und Kurzzeitpflege lassen sich aus einem gemeinsamen Jahresbetrag bezahlen.

2. Fünf Tipps für die Begutachtung
- Führen Sie vorher ein Pflegetagebuch.
- Legen Sie Arztberichte und den Medikamentenplan bereit.
- Beschönigen Sie nichts: Schildern Sie auch schlechte Tage.
- Bitten Sie eine vertraute Person dazuzukommen.
- Lassen Sie sich das Gutachten schicken.

3. Pflegende Angehörige: Sie sind nicht allein
Rund vier von fünf Pflegebedürftigen werden zu Hause versorgt, meist von Angehörigen. Unsere Pflegeberaterinnen kommen auf Wunsch zu Ihnen nach Hause – kostenlos und unabhängig davon, wo Sie versichert sind.

Termine: Infoabend "Demenz im Alltag", 18.03.2026, 18:30 Uhr, Bergedorfer Schloßstraße 41.

Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben. Abmelden: https://www.vierlanden-pflegeberatung.example/newsletter/abmelden
Vierlanden Pflegeberatung GmbH, Bergedorfer Schloßstraße 41, 21029 Hamburg"""
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Pflege aktuell 1/2026</title></head>
<body style="font-family:Arial,sans-serif;color:#233;max-width:640px">
<h1 style="color:#2a6f4e">Pflege aktuell – Ausgabe 1/2026</h1>
<h2>1. Was sich 2026 in der Pflege ändert</h2>
<p>Seit dem 1. Januar gelten neue Beträge:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Pflegegrad</th><th>Pflegegeld / Monat</th></tr>
<tr><td>2</td><td>347 €</td></tr><tr><td>3</td><td>599 €</td></tr>
<tr><td>4</td><td>800 €</td></tr><tr><td>5</td><td>990 €</td></tr></table>
<p>Verhinderungs- und Kurzzeitpflege lassen sich aus einem gemeinsamen Jahresbetrag bezahlen.</p>
<h2>2. Fünf Tipps für die Begutachtung</h2>
<ul><li>Führen Sie vorher ein Pflegetagebuch.</li><li>Legen Sie Arztberichte und den Medikamentenplan bereit.</li>
<li>Beschönigen Sie nichts: Schildern Sie auch schlechte Tage.</li><li>Bitten Sie eine vertraute Person dazuzukommen.</li>
<li>Lassen Sie sich das Gutachten schicken.</li></ul>
<h2>3. Pflegende Angehörige: Sie sind nicht allein</h2>
<p>Rund vier von fünf Pflegebedürftigen werden zu Hause versorgt, meist von Angehörigen. Unsere Pflegeberaterinnen kommen auf Wunsch zu Ihnen nach Hause – kostenlos.</p>
<p><b>Termin:</b> Infoabend „Demenz im Alltag“, 18.03.2026, 18:30 Uhr, Bergedorfer Schloßstraße 41.</p>
<hr><p style="font-size:11px">Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben.
<a href="https://www.vierlanden-pflegeberatung.example/newsletter/abmelden">Abmelden</a><br>
Vierlanden Pflegeberatung GmbH, Bergedorfer Schloßstraße 41, 21029 Hamburg</p>
</body></html>"""
    return build(f'Vierlanden Pflegeberatung <newsletter@{PB_DOM}>', 'Newsletter-Empfänger <newsletter@' + PB_DOM + '>',
                 'Pflege aktuell 1/2026: Neue Leistungsbeträge und Tipps zur Begutachtung', dt(1, 29, 7, 0), txt,
                 html=html, mailer='Vierlanden Mailing 2.4',
                 headers=[('List-Unsubscribe', f'<https://www.{PB_DOM}/newsletter/abmelden>'),
                          ('Precedence', 'bulk')])


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'travel baggage claim of a named customer with claim number and full IBAN for payout; no health content')
def _():
    ib = grp(iban('DE', '120300009876543210'))
    body = f"""Dear Mr Ferreira,

We have now received the Property Irregularity Report from TAP and the receipts you sent for your lost suitcase (flight TP 569 Lisbon–Hamburg, 26 January 2026). The airline confirmed on 11 February that the bag could not be traced.

Settlement under your travel insurance (policy RV-5510-22871, claim RS-2026-00388):

  Suitcase (purchased 2023, time-value)           EUR   96.00
  Clothing and shoes (time-value, per list)       EUR  412.50
  Emergency purchases in Lisbon (receipts)        EUR  138.40
  less airline compensation (TAP, paid to you)   -EUR  250.00
  Total                                           EUR  396.90

We will transfer EUR 396.90 to the account you gave us:
  Account holder: Rui Ferreira
  IBAN: {ib}

Please let me know within a week if the account details are not correct.

Kind regards
Timo Hinrichs

{sig('hinrichs')}
{FOOTER_EN}"""
    return build(frm('hinrichs'), 'Rui Ferreira <rui.ferreira@mailo.example>',
                 'Claim RS-2026-00388 – lost baggage, settlement', dt(2, 16, 10, 5), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'disability claim: handler asks the medical adviser about a named insured with recurrent depression (F33.1); rehab discharge report as PDF')
def _():
    rep = """Psychosomatische Fachklinik Haus Moorwiese
Moorwiese 4, 21502 Geesthacht

Ärztlicher Entlassungsbericht (Kurzfassung)

Patientin: Tanja Rießelmann, geb. 22.09.1979
Aufenthalt: 03.11.2025 bis 15.12.2025 (stationäre psychosomatische Rehabilitation)
Kostenträger: Deutsche Rentenversicherung Nord

Diagnosen:
1. Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1)
2. Anhaltende Insomnie (F51.0)
3. Arterielle Hypertonie (I10.90)

Verlauf: Bei Aufnahme deutliche Antriebsminderung, Grübeln, Schlafstörungen, sozialer Rückzug.
Unter Einzel- und Gruppentherapie sowie Aufdosierung von Sertralin auf 100 mg/d langsame
Stabilisierung. Belastungserprobung im Klinikalltag über 4 Stunden möglich.

Sozialmedizinische Beurteilung: Letzte Tätigkeit als Filialleiterin im Einzelhandel derzeit
unter 3 Stunden täglich. Leichte Tätigkeiten ohne Führungsverantwortung und ohne Schichtarbeit
perspektivisch 3 bis unter 6 Stunden. Stufenweise Wiedereingliederung empfohlen,
ambulante Psychotherapie ist eingeleitet.

Dr. med. Ansgar Pelzer, Chefarzt"""
    body = f"""Hallo Herr Dr. Wiebusch,

ich brauche bitte Ihre Einschätzung zu einem BU-Leistungsantrag:

Versicherte: Tanja Rießelmann, LV 88-301477-2 (SBU, 1.500 EUR Monatsrente)
Beruf laut Antrag: Filialleiterin Drogeriemarkt, 40 Std./Woche, davon ca. 60 % Personalführung
Behauptete BU seit: 01.09.2025

Im Anhang der Reha-Entlassungsbericht. Die Klinik sieht die letzte Tätigkeit unter 3 Stunden, empfiehlt aber eine Wiedereingliederung. Meine Fragen:
1. Reicht der Bericht, um eine BU von mindestens 50 % für mindestens sechs Monate anzunehmen, oder sollen wir ein psychiatrisches Gutachten einholen?
2. Ist die Prognose so offen, dass wir zeitlich befristet anerkennen sollten (z. B. 12 Monate)?

Die Schweigepflichtentbindung liegt in der Akte, Fragebogen der Hausärztin ist angefordert.

Danke und Gruß
Lars Vogeler

{sig('vogeler')}"""
    return build(frm('vogeler'), frm('wiebusch'),
                 'BU-Fall Rießelmann LV 88-301477-2 – Bitte um beratungsärztliche Einschätzung',
                 dt(1, 23, 9, 58), body,
                 attach=[att(pdf(rep, 'Entlassungsbericht', 'Haus Moorwiese'),
                             'Entlassungsbericht_Moorwiese_Dez2025.pdf', PDF_CT)])


@mail('NORMAL', 'en', 'internal',
      'trap: phishing-simulation results per department (click rates), mentions health-claims departments but no person')
def _():
    body = f"""Hi all,

Results of the February phishing simulation (fake "Your sick note could not be delivered" message with a link to a look-alike HR portal), sent to 1,412 mailboxes on 10 February:

  Department                     sent  clicked  entered password  reported
  Claims Health & Care            212      19         6                88
  Life / Disability               143      11         3                57
  Motor & Property Claims         238      31        12                64
  Customer Service                196      27         9                41
  Sales & Broker Support          154      22         8                39
  IT                              118       2         0                91
  Other (HR, Finance, Legal...)   351      29        10               133
  Total                          1412     141        48               513

Click rate 10.0 % (previous campaign: 13.2 %), credentials entered 3.4 % (5.1 %).
Reporting via the "Phish melden" button rose to 36 %.

Good news overall. The sick-note lure worked noticeably better in departments that handle medical paperwork every day, so we will run the short "Health documents as bait" e-learning (12 minutes) for Claims Health & Care and Life/Disability in March.

No individual results are shared with line managers; this is agreed with the works council.

Cheers
Daniel

{sig('okonkwo')}"""
    return build(frm('okonkwo'), f'IT Security Champions <sec-champions@{DOM}>',
                 'Phishing simulation February – results', dt(2, 24, 12, 44), body, cc=frm('quast'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'change of direct-debit IBAN for a named customer\'s household and liability contracts')
def _():
    ib = iban('DE', '430609671188227700')
    body = f"""Sehr geehrte Frau Hollmann,

wir haben Ihre neue Bankverbindung übernommen:

Kontoinhaberin: Bettina Hollmann
IBAN: {ib[:4]} {ib[4:8]} {ib[8:12]} {ib[12:16]} {ib[16:20]} {ib[20:]}
Bank: GLS Gemeinschaftsbank

Sie gilt ab der nächsten Abbuchung am 01.03.2026 für
- Hausratversicherung HR 55-0193-774 (14,20 EUR monatlich)
- Privathaftpflicht PH 55-0193-775 (6,35 EUR monatlich)

Das SEPA-Lastschriftmandat mit der Mandatsreferenz VL-HR550193774-02 bestätigen wir Ihnen per Post. Das alte Mandat für das Konto bei der Hamburger Sparkasse ist damit erloschen.

Freundliche Grüße
Merve Aydın

{sig('aydin')}
{FOOTER}"""
    return build(frm('aydin'), 'bettina.hollmann@tnet.example',
                 'Neue Bankverbindung für Ihre Verträge', dt(2, 9, 14, 17), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-care-service',
      'care service billing under assignment for a named insured with care level 3; service codes per visit in CSV')
def _():
    rows = ['Datum;Versicherte;Vers.-Nr.;LK;Leistung;Anzahl;Betrag EUR',
            '02.01.2026;Pfitzner, Gerda;6 240 097 118;LK 2;Kleine Körperpflege;1;21,84',
            '02.01.2026;Pfitzner, Gerda;6 240 097 118;LK 13;Medikamentengabe (SGB V, n. abrechenbar);1;0,00',
            '05.01.2026;Pfitzner, Gerda;6 240 097 118;LK 3;Große Körperpflege/Duschen;1;32,76',
            '07.01.2026;Pfitzner, Gerda;6 240 097 118;LK 2;Kleine Körperpflege;1;21,84',
            '09.01.2026;Pfitzner, Gerda;6 240 097 118;LK 3;Große Körperpflege/Duschen;1;32,76',
            '12.01.2026;Pfitzner, Gerda;6 240 097 118;LK 15;Hauswirtschaftliche Versorgung;2;38,90',
            '14.01.2026;Pfitzner, Gerda;6 240 097 118;LK 2;Kleine Körperpflege;1;21,84',
            '16.01.2026;Pfitzner, Gerda;6 240 097 118;LK 3;Große Körperpflege/Duschen;1;32,76',
            '19.01.2026;Pfitzner, Gerda;6 240 097 118;LK 15;Hauswirtschaftliche Versorgung;2;38,90',
            '23.01.2026;Pfitzner, Gerda;6 240 097 118;LK 3;Große Körperpflege/Duschen;1;32,76',
            '30.01.2026;Pfitzner, Gerda;6 240 097 118;Pausch.;Investitionskosten Januar;1;24,50',
            ';;;;Summe;;323,86']
    csvtxt = '\r\n'.join(rows) + '\r\n'
    body = f"""Sehr geehrte Frau Albers,

danke für die Januarabrechnung. Wir haben die Leistungen für Frau Gerda Pfitzner (Pflegegrad 3) geprüft; die Übersicht hänge ich Ihnen so an, wie wir sie gebucht haben.

Die Abtretungserklärung von Frau Pfitzner liegt vor, wir zahlen die Pflegesachleistung also direkt an Sie. Von den 323,86 EUR übernehmen wir 299,36 EUR. Die Investitionskosten (24,50 EUR) sind keine Sachleistung, die rechnen Sie bitte wie bisher mit Frau Pfitzner bzw. ihrem Sohn ab.

Die Medikamentengabe (LK 13) ist Behandlungspflege nach SGB V und läuft über die Krankenversicherung, das haben Sie ja schon richtig mit 0,00 EUR aufgeführt.

Noch eine Bitte: Der Leistungsnachweis vom 16.01. ist nicht von Frau Pfitzner oder ihrem Sohn abgezeichnet. Können Sie das nachreichen?

Mit freundlichen Grüßen
Katrin Oltmanns

{sig('oltmanns')}
{FOOTER}"""
    return build(frm('oltmanns'), 'Ambulanter Pflegedienst Sonnenweg <abrechnung@pflege-sonnenweg.example>',
                 'Abrechnung Januar 2026 – Frau Pfitzner', dt(2, 12, 11, 26), body,
                 attach=[att_text(csvtxt, 'Pruefung_Pfitzner_2026-01.csv', 'csv', 'windows-1252',
                                  'quoted-printable')])


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'trap: purchase order for first-aid kits, AED pads and a burns kit for the head office; company bank data of the supplier only')
def _():
    body = f"""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot AN-26-0193 vom 20.01.2026:

Pos. Art.-Nr.   Bezeichnung                                   Menge  Einzelpreis
1    VK-DIN13157  Verbandkasten DIN 13157, Wandhalterung         14      38,90
2    VK-NF-13157  Nachfüllset DIN 13157                          20      21,40
3    AED-PAD-A    Elektroden Erwachsene für Defibrillator HS1     6      54,00
4    AED-PAD-K    Elektroden Kinder/Säuglinge                     2      79,50
5    BW-SET       Brandwunden-Set (Kantine)                       2      46,20
6    AUGSP-500    Augenspülflasche 500 ml                         8       7,95

Lieferadresse: Vierlanden Versicherung AG, Warenannahme Tor 2, Am Marschtor 12, 21029 Hamburg
Ansprechpartner vor Ort: Hauke Timm, Tel. 040 7214-6410
Bestellnummer bitte auf Lieferschein und Rechnung angeben: BE-2026-00217
Zahlung: 30 Tage netto auf das in der Rechnung genannte Konto.

Die alten AED-Elektroden (Ablauf 03/2026) nimmt Ihr Fahrer bitte zur Entsorgung mit.

Mit freundlichen Grüßen
Bernd Harms

{sig('harms')}
{FOOTER}"""
    return build(frm('harms'), 'Vertrieb Medikit Nord <vertrieb@medikit-nord.example>',
                 'Bestellung BE-2026-00217 – Erste-Hilfe-Material', dt(1, 26, 10, 2), body, cc=frm('timm'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'legal-expenses cover confirmation for a named customer\'s tenancy dispute, policy and claim numbers, rent figures')
def _():
    body = f"""Sehr geehrter Herr Demirci,

wir bestätigen Ihnen Versicherungsschutz für die außergerichtliche Interessenwahrnehmung im Streit mit Ihrem Vermieter, der Elbmarsch Wohnen GmbH, über das Mieterhöhungsverlangen vom 02.12.2025 (Erhöhung der Nettokaltmiete von 812,00 EUR auf 974,40 EUR).

Rechtsschutzvertrag: RS 70-118-2264 (Privat-, Berufs- und Wohnungs-Rechtsschutz)
Schadennummer: RSL-2026-01177
Selbstbeteiligung: 150 EUR

Sie haben Rechtsanwältin Dr. Kübra Aksoy, Hamburg, beauftragt. Sie kann ihre Kostenrechnung direkt mit uns abrechnen. Sollte eine Klage nötig werden, melden Sie sich bitte vorher, damit wir die Deckung für das gerichtliche Verfahren prüfen können.

Mit freundlichen Grüßen

Nadine Kruse

{sig('kruse')}
{FOOTER}"""
    return build(frm('kruse'), 'Yusuf Demirci <y.demirci@gmz.example>',
                 'Deckungszusage Mietrecht – Ihr Zeichen Mieterhöhung', dt(1, 20, 13, 51), body, charset='windows-1252',
                 cc='Kanzlei Dr. Aksoy <kanzlei@aksoy-recht.example>')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'underwriting: request to a GP for a medical report on a named applicant with hypertension')
def _():
    body = f"""Dear Dr Fraser,

Mr Thomas Whitfield (born 4 July 1977), a patient of your practice, has applied for term life and income protection cover with us. In his application he disclosed essential hypertension diagnosed in 2022, treated with ramipril 5 mg, and a single episode of atrial fibrillation after a viral infection in 2023.

To complete our risk assessment we would be grateful for a short report covering:
1. blood pressure readings over the last 24 months and current medication;
2. the 2023 episode of atrial fibrillation: investigations (ECG, echocardiogram, Holter), treatment and any recurrence;
3. any end-organ damage (kidney function, left ventricular hypertrophy);
4. any other conditions or referrals in the last five years.

Mr Whitfield's signed consent and release from medical confidentiality (dated 19 February 2026) is attached to the secure message in our portal. We reimburse the report under GOÄ No. 75 (EUR 17.49 at the standard rate; we accept up to the 2.3-fold rate), please send your invoice with the report.

If possible, we would appreciate the report within three weeks.

With kind regards
Rebecca Lange

{sig('lange')}
{FOOTER_EN}"""
    return build(frm('lange'), '"Dr Amelia Fraser" <praxis@fraser-allgemeinmedizin.example>',
                 'Medical report request – Thomas Whitfield, application LV-A-2026-0419', dt(2, 23, 9, 14), body)


@mail('NORMAL', 'de', 'internal',
      'trap: minutes of the medical advisers\' jour fixe with backlog figures, guideline and training; no case or person')
def _():
    body = f"""Protokoll Jour fixe Beratungsärztlicher Dienst – 03.02.2026, 14:00–15:10, Raum A4.02 / Teams

Teilnehmende: Dr. Wiebusch (Leitung, Protokoll), Dr. Raman, Dr. Kessler-Aydemir (extern, Orthopädie), Fr. Oltmanns (Leistung Pflege), Hr. Vogeler (BU), Fr. Lüdemann (Reha-Management)

1. Rückstände
- Offene beratungsärztliche Anfragen: 143 (Vormonat 171). Davon BU 58, Pflege 37, Unfall/Invalidität 29, KV-Erstattung 19.
- Durchlaufzeit Median 6 Arbeitstage, Ziel ≤ 5. Engpass weiterhin psychiatrische Fragestellungen in der BU.
- Beschluss: Dr. Raman übernimmt ab 01.03. zusätzlich die englischsprachigen Pflegefälle des International Desk.

2. Leitfaden "Plausibilisierung von Pflegegutachten"
- Entwurf v0.3 von Dr. Wiebusch liegt im Teams-Ordner. Kernpunkte: wann ein Zweitgutachten statt Rückfrage, Umgang mit Abweichungen > 15 Punkte im Modul 2 (kognitive Fähigkeiten), Dokumentation.
- Rückmeldungen bis 20.02. an Dr. Wiebusch.

3. Reha-Management
- Fr. Lüdemann berichtet: Kooperationsvertrag mit Klinik Am Elbhang verlängert, neue Tagessätze ab 01.04. (siehe Einkauf).
- Quote Rückkehr in den Beruf nach Reha-Management 2025: 71 % (2024: 68 %).

4. Fortbildung
- ICD-10-GM 2026: Inhouse-Schulung am 24.02. für Sachbearbeitung (Fr. Hagedorn organisiert).
- Externe Tagung "Sozialmedizin in der Privatversicherung" 14.–15.05. in Köln: Dr. Raman fährt.

5. Verschiedenes
- Fallbesprechungen bitte weiterhin nur mit Schadennummer im Betreff, keine Namen in Teams-Chats.

Nächster Termin: 03.03.2026, 14:00 Uhr.

{sig('wiebusch')}"""
    return build(frm('wiebusch'), f'BÄD Jour fixe <baed-jourfixe@{DOM}>',
                 'Protokoll Jour fixe BÄD 03.02.2026', dt(2, 4, 8, 17), body)


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
      'commission statement of a sole-trader broker: his commission income and his personal IBAN; products only in aggregate')
def _():
    rows = [['Commission statement Q4 2025 – Gareth Pryce Expat Insurance Brokerage (sole trader), agency no. 40-7781'], [],
            ['Product line', 'New business (count)', 'Acquisition commission EUR', 'Renewal commission EUR', 'Clawback EUR', 'Net EUR'],
            ['International Health Plan', 14, 9820.00, 3115.40, -640.00, 12295.40],
            ['Travel (annual)', 22, 0, 418.80, 0, 418.80],
            ['Household & liability', 9, 731.20, 1210.65, 0, 1941.85],
            ['Motor', 6, 0, 502.30, -38.10, 464.20],
            ['Total', 51, 10551.20, 5247.15, -678.10, 15120.25], [],
            ['Payment to', 'Gareth Pryce', grp(iban('DE', '200400000628811904'))],
            ['Payment date', '16 January 2026']]
    body = f"""Hi Gareth,

Please find attached your commission statement for Q4 2025. Net payout is EUR 15,120.25, transferred on 16 January to your business account as usual.

The clawback of EUR 640 relates to two International Health Plans cancelled within the first year (both customers moved back to the UK). Details per contract are in your broker portal under "Provisionen > Einzelnachweis", as always.

Regarding your question about VAT: insurance brokerage is VAT-exempt under § 4 No. 11 UStG, so the statement shows no VAT. For your tax return you can use the annual statement we'll send in February.

Cheers
Ole

{sig('bruening')}
{FOOTER_EN}"""
    return build(frm('bruening'), 'Gareth Pryce <gareth@pryce-expat.example>',
                 'Commission statement Q4 2025', dt(1, 16, 15, 30), body,
                 attach=[att(xlsx([('Q4 2025', rows)], 'Commission statement Q4 2025', 'Vierlanden Provisionsabrechnung'),
                             'Commission_Q4-2025_40-7781.xlsx', XLSX_CT)])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'daily care allowance granted: care level 2 from assessment, cognitive impairment, payment amounts for a named insured')
def _():
    body = f"""Sehr geehrter Herr Tiedemann,

das Gutachten der Pflegegutachten Nord GmbH vom 09.02.2026 liegt uns vor. Die Gutachterin hat bei Ihnen 38,5 gewichtete Punkte festgestellt, vor allem in den Bereichen Mobilität und Selbstversorgung nach Ihrer Hüftoperation sowie bei der Bewältigung krankheitsbedingter Anforderungen (Insulin, Wundversorgung). Das entspricht Pflegegrad 2 ab dem 01.01.2026.

Aus Ihrer Pflegetagegeldversicherung (Tarif PT-Plus, Vertrag 6 311 774 201) zahlen wir deshalb:
- für Pflegegrad 2: 30 % des vereinbarten Tagessatzes von 60 EUR = 18 EUR täglich,
- das sind für Januar 558 EUR und für Februar 504 EUR, zusammen 1.062 EUR,
- ab März monatlich am Monatsende.

Während des Leistungsbezugs sind Sie von der Beitragszahlung befreit. Die Beitragsbefreiung beginnt mit dem 01.02.2026.

Das Gutachten schicken wir Ihnen in Kopie per Post. Wenn Sie mit dem Ergebnis nicht einverstanden sind, können Sie innerhalb eines Monats widersprechen.

Gute Besserung und freundliche Grüße

{sig('oltmanns', False)}
{FOOTER}"""
    return build(frm('oltmanns'), 'Rainer Tiedemann <r.tiedemann@tnet.example>',
                 'Ihre Pflegetagegeldversicherung 6 311 774 201 – Leistungsentscheidung', dt(2, 17, 16, 2), body)


@mail('NORMAL', 'en', 'newsletter',
      'trap: HTML-only expat newsletter on vaccinations, tick-borne encephalitis and how to file claims; no person')
def _():
    html = """<html><head><meta charset="utf-8"><title>Vierlanden International – Spring 2026</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d2b36">
<table width="620" cellpadding="0" cellspacing="0" align="center"><tr><td>
<h1 style="font-size:22px">Vierlanden International – Expat Health Letter, Spring 2026</h1>
<p>Dear members,</p>
<p>spring is here, and with it the tick season in Northern Germany. A few practical points for you and your family:</p>
<h2 style="font-size:17px">Vaccinations</h2>
<ul>
<li><b>Tick-borne encephalitis (TBE/FSME):</b> recommended by the German Standing Committee on Vaccination (STIKO) for risk areas, mainly in Bavaria and Baden-Württemberg. The vaccine is covered by all International Health Plans without deductible.</li>
<li><b>Travel vaccinations</b> (e.g. yellow fever, typhoid, Japanese encephalitis) are covered under the IHP Comfort and Premium options up to EUR 300 per year.</li>
<li><b>Measles:</b> proof of immunity is required for children in German day-care and schools.</li>
</ul>
<h2 style="font-size:17px">Submitting claims in the app</h2>
<p>Photograph the whole invoice including the diagnosis line – German doctors' invoices (GOÄ) are only valid with it. Reimbursement usually takes 5 working days.</p>
<h2 style="font-size:17px">Finding an English-speaking doctor</h2>
<p>Our doctor finder now lists 1,240 English-speaking GPs and specialists across Germany. You'll find it under <a href="https://www.vierlanden-vers.example/international/doctors">vierlanden-vers.example/international/doctors</a>.</p>
<p style="font-size:11px;color:#667">You receive this newsletter as a member of a Vierlanden International Health Plan. <a href="https://www.vierlanden-vers.example/international/unsubscribe">Unsubscribe</a>.<br>
Vierlanden Krankenversicherung AG, Am Marschtor 12, 21029 Hamburg, Germany</p>
</td></tr></table></body></html>"""
    return build(f'Vierlanden International <international-news@{DOM}>', f'members@{DOM}',
                 'Spring 2026: tick season, travel vaccinations and faster claims', dt(3, 26, 7, 30),
                 html=html, mailer='Vierlanden Mailing 2.4', headers=[('Precedence', 'bulk')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'eVB number and vehicle data for a named new motor customer; birth date of the policyholder')
def _():
    body = f"""Hallo Frau Schuback-Nguyen,

wie telefonisch besprochen hier Ihre elektronische Versicherungsbestätigung für die Zulassung:

eVB-Nummer: K7R4D2X
gültig bis: 27.03.2026
Fahrzeug: Hyundai Kona Elektro, FIN KMHK381GFRU2*****
Versicherungsnehmerin: Lea Schuback-Nguyen, geb. 11.08.1994
Vertrag (vorläufig): KFZ 41 077 3392
Umfang: Haftpflicht + Vollkasko (SB 300 EUR / TK 150 EUR), SF 4 aus Vorvertrag

Bei der Zulassungsstelle brauchen Sie nur die eVB-Nummer, den Personalausweis, die Zulassungsbescheinigung Teil II und das SEPA-Mandat der Kfz-Steuer.

Sobald das Kennzeichen feststeht, schicken Sie es mir einfach per Mail, dann geht die Police raus.

Gute Fahrt!
Merve Aydın

{sig('aydin')}
{FOOTER}"""
    return build(frm('aydin'), 'Lea Schuback-Nguyen <lea.sn@mailo.example>',
                 'Ihre eVB für den Hyundai Kona', dt(2, 25, 17, 6), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-rehab-clinic',
      'accident rehab management: cost commitment for a named insured after femoral neck fracture (S72.0), clinical details')
def _():
    body = f"""Sehr geehrte Frau Dr. Brandstätter,
sehr geehrtes Team des Patientenmanagements,

wie am Telefon besprochen, übernehmen wir im Rahmen unseres Reha-Managements die Kosten der stationären Anschlussrehabilitation für

Herrn Dennis Wohlers, geb. 17.02.1968
Unfallversicherung UV-2200-58713, Schaden UV-S-2026-00141
Unfall: 28.01.2026, Sturz mit dem Fahrrad auf Glatteis
Diagnose: mediale Schenkelhalsfraktur links (S72.00), versorgt mit Hüft-Totalendoprothese am 29.01.2026 im AK Bergedorf

Kostenzusage:
- stationäre orthopädische AHB, 21 Tage, Aufnahme geplant 12.02.2026
- Tagessatz laut Kooperationsvertrag 198,50 EUR inkl. Therapien
- Fahrtkosten Krankentransport (sitzend) Krankenhaus–Klinik
- Verlängerung nur nach Rücksprache mit mir

Herr Wohlers arbeitet als Zimmermann und möchte so schnell wie möglich zurück auf die Baustelle. Bitte legen Sie den Schwerpunkt auf Belastungsaufbau und arbeitsplatzbezogene Therapie (Heben, Leitern, Gerüst). Mit dem Arbeitgeber hat er bereits über eine stufenweise Wiedereingliederung gesprochen.

Den Entlassungsbericht senden Sie bitte an mich, die Schweigepflichtentbindung von Herrn Wohlers füge ich der verschlüsselten Post bei.

Vielen Dank und freundliche Grüße
Jessica Lüdemann

{sig('luedemann')}
{FOOTER}"""
    return build(frm('luedemann'), 'Patientenmanagement Klinik Am Elbhang <aufnahme@klinik-elbhang.example>',
                 'Kostenzusage AHB Herr Wohlers – UV-S-2026-00141', dt(2, 5, 11, 40), body,
                 headers=[('Importance', 'high')])


@mail('NORMAL', 'de', 'internal',
      'trap: internal job advert for a care nurse in care counselling with salary range; no applicant')
def _():
    body = f"""Liebe Kolleginnen und Kollegen,

die Vierlanden Pflegeberatung GmbH sucht zum 01.05.2026 Verstärkung:

Pflegeberaterin / Pflegeberater (m/w/d) – Außendienst Hamburg-Ost und Stormarn
Vollzeit oder Teilzeit (mind. 30 Std.), unbefristet

Ihre Aufgaben
- Beratung von Pflegebedürftigen und Angehörigen zu Hause, telefonisch und per Video
- Erstellung von Versorgungsplänen, Beratungsbesuche nach § 37 Abs. 3 SGB XI
- Zusammenarbeit mit Pflegediensten, Pflegestützpunkten, Hausärzten und Sanitätshäusern

Ihr Profil
- Examen als Pflegefachfrau/-mann, Alten- oder Gesundheits- und Krankenpfleger/in
- Weiterbildung zur Pflegeberater/in nach § 7a SGB XI oder Bereitschaft dazu
- Führerschein Klasse B (Dienstwagen, auch privat nutzbar)

Wir bieten
- Gehalt nach Tarifvertrag private Versicherungswirtschaft, Gruppe VI, je nach Erfahrung 52.000–61.000 EUR im Jahr
- 30 Tage Urlaub, mobiles Arbeiten, betriebliche Altersversorgung
- Einarbeitung durch unser erfahrenes Team

Interne Bewerbungen bitte bis 15.03.2026 über das Bewerberportal (Stellen-ID PB-2026-04). Empfehlungen aus dem Kollegenkreis sind herzlich willkommen – es gibt die übliche Empfehlungsprämie.

Viele Grüße aus der Personalabteilung
Friederike Hagedorn

{sig('hagedorn')}"""
    return build(frm('hagedorn'), f'Alle Mitarbeitenden <alle@{DOM}>',
                 'Interne Stellenausschreibung: Pflegeberater/in (m/w/d) Außendienst', dt(2, 18, 9, 0), body)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'HR to a line manager: named employee\'s graded return to work after spinal surgery, restrictions and occupational-health advice')
def _():
    body = f"""Hi Arjun,

Following our conversation on Friday, here is the plan for Kevin Brandt's return to work. Kevin agreed that I share this with you; please keep it to yourself and don't forward it to the team.

Background: Kevin had a lumbar disc operation (L4/L5) on 8 January and has been on sick leave since. His surgeon and our occupational physician, Dr. Meinecke, recommend a graded return (Hamburger Modell) starting on 2 March:

  Weeks 1–2   4 hours/day, home office only
  Weeks 3–4   6 hours/day, max. 2 office days
  from week 5 full time, if Dr. Meinecke agrees at the review on 30 March

Restrictions until further notice:
- no lifting over 10 kg – so no hardware rollouts or server room work
- sit-stand desk (Facility is installing one at his workplace on 27 Feb)
- a 10-minute break every hour; physiotherapy twice a week on Tuesday and Thursday mornings

During the graded return Kevin still receives sickness benefit from his health insurer, not his salary. Please don't schedule him for on-call duty until May.

Let me know if you have any questions.

Best
Friederike

{sig('hagedorn')}"""
    return build(frm('hagedorn'), f'Arjun Mehta <a.mehta@{DOM}>',
                 'Return-to-work plan – K. Brandt [confidential]', dt(2, 23, 13, 5), body)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'household burglary claim of a named customer: insured address, claim number, stolen items and values')
def _():
    body = f"""Dear Mr and Mrs Lindqvist,

I'm sorry to hear about the break-in at your flat at Kleiner Schäferkamp 31, 20357 Hamburg, on the evening of 3 February. We have registered the claim under your home contents policy HR 55-0822-310 as claim SH-2026-01964.

From your list and the police report (Polizeikommissariat 16, reference 260203-1840-041227) we have noted the following stolen items:

  MacBook Air 13" (2023)                     EUR 1,299
  Canon EOS R8 with 24–50 mm lens            EUR 1,749
  Jewellery (2 rings, 1 necklace, per list)  EUR 2,850
  Cash                                       EUR   340
  Damage to the front door and lock          to be assessed

A few things we still need:
1. Purchase receipts or bank statements for the laptop and the camera (photos are fine).
2. For the jewellery, any photos, valuation certificates or descriptions you have. Cash and jewellery are covered up to EUR 20,000 in total outside a safe, so the amounts are fine.
3. The locksmith's invoice once the new lock is fitted.

An adjuster will not be needed for a claim of this size. Once we have the documents, we will usually settle within ten working days.

Kind regards
Marek Nowicki

{sig('nowicki')}
{FOOTER_EN}"""
    return build(frm('nowicki'), 'Erik Lindqvist <erik.lindqvist@mailo.example>',
                 'Your claim SH-2026-01964 – burglary 3 February', dt(2, 5, 15, 48), body, cte='8bit',
                 cc='Johanna Lindqvist <johanna.l@mailo.example>')


@mail('NORMAL', 'de', 'insurer-to-prospect',
      'trap: a prospect asks about long-term-care top-up cover; generic product information, tariff prices by age, no contract or health data')
def _():
    body = f"""Guten Tag Herr Peukert,

danke für Ihr Interesse an unserer Pflegezusatzversicherung. Gern beantworte ich Ihre Fragen allgemein; ein persönliches Angebot kann Ihnen gern Ihr Berater oder unsere Hotline erstellen.

Wir bieten zwei Tarife an:
- PT-Plus: Pflegetagegeld nach Pflegegrad, Sie wählen einen Tagessatz zwischen 10 und 100 EUR. Ab Pflegegrad 2 wird ein Prozentsatz des Tagessatzes gezahlt (PG 2: 30 %, PG 3: 50 %, PG 4: 80 %, PG 5: 100 %), ambulant und stationär gleich.
- PT-Komfort: wie PT-Plus, zusätzlich 100 % schon ab Pflegegrad 4 und eine Einmalzahlung bei erstmaliger Pflegebedürftigkeit.

Beispielbeiträge PT-Plus für 50 EUR Tagessatz (Monatsbeitrag, Eintrittsalter):
  35 Jahre: 21,40 EUR
  45 Jahre: 33,85 EUR
  55 Jahre: 56,10 EUR

Bei Antragstellung stellen wir einige Gesundheitsfragen. Wartezeiten gibt es keine, außer bei Demenz (drei Jahre), wenn diese nicht unfallbedingt ist.

Die Produktinformationsblätter finden Sie auf vierlanden-vers.example/pflege. Sie haben außerdem nach dem staatlich geförderten "Pflege-Bahr" gefragt: Den bieten wir ebenfalls an (Tarif PT-Förder), die Zulage beträgt 5 EUR im Monat.

Freundliche Grüße

Merve Aydın

{sig('aydin')}
{FOOTER}"""
    return build(frm('aydin'), 'Holger Peukert <hpeukert@webpost.example>',
                 'AW: Frage zu Pflegezusatzversicherung', dt(1, 30, 12, 10), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-relative',
      'son cancels his father\'s household and liability cover because the father moved into a nursing home with advanced dementia; in the quoted mail')
def _():
    q = """Sehr geehrte Damen und Herren,

mein Vater, Herr Günter Ahrens, Vierlandenstraße 112, 21029 Hamburg, hat bei Ihnen die Hausrat- und eine Haftpflichtversicherung (Nr. HR 19-0448-731 und PH 19-0448-732).

Wegen seiner fortgeschrittenen Alzheimer-Demenz lebt er seit dem 1. Februar im Pflegeheim Haus Birkenhain in Reinbek, die Wohnung wird bis Ende März aufgelöst. Ich habe eine Betreuungsverfügung vom Amtsgericht Bergedorf (Betreuer für Vermögenssorge und Gesundheit), die hänge ich an.

Bitte kündigen Sie beide Verträge zum 31.3. Braucht er im Heim überhaupt noch eine Haftpflicht?

Mfg
Stefan Ahrens"""
    body = f"""Sehr geehrter Herr Ahrens,

danke für Ihre Nachricht und den Betreuerausweis.

Hausrat: Mit dem Umzug ins Pflegeheim und der Auflösung der Wohnung entfällt das versicherte Risiko. Wir beenden die Hausratversicherung HR 19-0448-731 zum 31.03.2026 und erstatten den zu viel gezahlten Beitrag anteilig. Bis dahin sind auch die Sachen versichert, die Ihr Vater ins Heim mitgenommen hat (Außenversicherung).

Haftpflicht: Wir empfehlen, die Privathaftpflicht PH 19-0448-732 weiterlaufen zu lassen. Sie schützt Ihren Vater, wenn er im Heim etwas beschädigt oder jemanden verletzt. Bei Menschen mit Demenz ist das durchaus praktisch relevant, und viele Heime verlangen eine Haftpflicht. Der Beitrag beträgt 6,35 EUR im Monat. Die Rechnungsanschrift stellen wir auf Sie als Betreuer um, wenn Sie einverstanden sind.

Bitte geben Sie mir kurz Bescheid, wie Sie es mit der Haftpflicht halten möchten.

Freundliche Grüße
Marek Nowicki

{sig('nowicki')}
{FOOTER}

Von: Stefan Ahrens <stefan.ahrens@tnet.example>
Gesendet: Montag, 9. Februar 2026 21:14
An: service@{DOM}
Betreff: Kündigung Hausrat/Haftpflicht G. Ahrens

{q}"""
    return build(frm('nowicki'), 'Stefan Ahrens <stefan.ahrens@tnet.example>',
                 'AW: Kündigung Hausrat/Haftpflicht G. Ahrens', dt(2, 11, 9, 33), body)


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: translation order for blank medical questionnaires and care-claim forms; prices per word, no person')
def _():
    body = f"""Dear Ms Whitaker,

Thank you for your quote (Q-2026-0217). We would like to go ahead with the following translations German > English, and German > Turkish for items 1 and 2:

  1. Health questions for the long-term care top-up application (form PT-A 01/26), 1,840 words
  2. Care claim form incl. "Information for relatives" leaflet (PF-L 02/26), 2,310 words
  3. Release from medical confidentiality, template (SE 2026), 960 words
  4. Disability claim questionnaire "Your occupation" (BU-F 3), 2,750 words

Please note the forms contain medical terms (e.g. care levels, activities of daily living, ICD terminology). We'd prefer the translator who did our International Health Plan documents last year. All documents are blank templates; no customer data will be sent to you.

Price as quoted: EUR 0.16/word (EN), EUR 0.19/word (TR), plus EUR 45 DTP per form. Delivery by 20 March as editable DOCX.

Purchase order number: BE-2026-00344. Please invoice Vierlanden Versicherung AG, Accounts Payable, Am Marschtor 12, 21029 Hamburg.

Best regards
Bernd Harms

{sig('harms')}
{FOOTER_EN}"""
    return build(frm('harms'), 'Claire Whitaker <projects@lingobridge.example>',
                 'PO BE-2026-00344 – translation of forms', dt(2, 19, 10, 27), body, cc=frm('oltmanns'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'pet insurance: surgery costs for a named customer\'s dog (cruciate ligament), contract and claim number, bank payout; animal, not human health')
def _():
    body = f"""Hallo Frau Jankowski,

gute Nachrichten für Balu: Wir übernehmen die Kosten der Kreuzband-OP.

Vertrag: Hunde-OP-Versicherung TO 82-4410-096 (Balu, Labrador-Mischling, Chip 276098106554211)
Schaden: TS-2026-00517

Rechnung Tierklinik Lohbrügge vom 13.02.2026: 2.486,71 EUR
- davon OP (TPLO rechts) inkl. Narkose, GOT 3-facher Satz: 1.918,40 EUR
- stationäre Unterbringung 2 Tage, Medikamente, Röntgen: 568,31 EUR
abzüglich Selbstbeteiligung 20 %: -497,34 EUR
Erstattung: 1.989,37 EUR

Die Physiotherapie nach der OP ist in Ihrem Tarif bis 300 EUR mitversichert, schicken Sie uns die Rechnungen einfach später.

Das Geld ist in 2–3 Tagen auf Ihrem Konto (wie im Vertrag hinterlegt, IBAN endet auf 0815).

Gute Genesung für Balu!
Timo Hinrichs

{sig('hinrichs')}
{FOOTER}"""
    return build(frm('hinrichs'), 'Agnieszka Jankowski <aga.jankowski@gmz.example>',
                 'Balu – Erstattung OP-Kosten (TS-2026-00517)', dt(2, 20, 11, 3), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'health claim settlement with diagnoses, GOÄ positions and medicines for a named insured')
def _():
    body = f"""Sehr geehrte Frau Dr. Hesse-Wolters,

wir haben Ihre eingereichten Belege geprüft und erstatten 684,17 EUR. Hier die Abrechnung im Einzelnen:

Versicherte Person: Dr. Katharina Hesse-Wolters, Vers.-Nr. 7 318 044 920, Tarif KV-Top 1

1. Dermatologie Dr. Ruhnau, 08.01.2026, Diagnose L40.0 (Psoriasis vulgaris)
   GOÄ 1, 5, 750, 209 (2,3-fach)                        118,42 EUR  erstattet 118,42 EUR
2. Apotheke am Sachsentor, 10.01.2026
   Calcipotriol/Betamethason Gel 60 g (PZN 07587451)    71,29 EUR  erstattet  71,29 EUR
3. Hautklinik UKE, Lichttherapie, 15.01.–05.02.2026
   GOÄ 567 (12 x)                                        412,56 EUR  erstattet 412,56 EUR
4. Heilpraktikerin M. Sander, 22.01.2026, Eigenbluttherapie
   GebüH 24.1                                             95,00 EUR  erstattet  81,90 EUR
   (Kürzung auf die Höchstsätze des Gebührenverzeichnisses)

Eine Selbstbeteiligung ist in diesem Jahr noch nicht angefallen, Ihr Jahresselbstbehalt von 600 EUR ist bereits durch die Rechnungen aus Dezember ausgeschöpft.

Die Zahlung erfolgt auf Ihr bekanntes Konto.

Mit freundlichen Grüßen
Annika Stöver

{sig('stoever')}
{FOOTER}"""
    return build(frm('stoever'), 'Katharina Hesse-Wolters <k.hesse-wolters@tnet.example>',
                 'Leistungsabrechnung vom 11.02.2026', dt(2, 11, 14, 55), body)


@mail('NORMAL', 'de', 'internal',
      'trap: data-protection quiz with a fictitious sample person (Erika Mustermann, care level 4) and rules on health data')
def _():
    body = f"""Liebe Kolleginnen und Kollegen in der Leistungsbearbeitung,

unser Datenschutz-Quiz des Monats – mitmachen lohnt sich, unter allen richtigen Einsendungen verlosen wir drei Kantinengutscheine.

Frage 1: Eine Kundin ruft an und sagt: "Ich bin die Tochter von Erika Mustermann (fiktiv), sie hat Pflegegrad 4. Können Sie mir sagen, ob das Pflegegeld schon überwiesen wurde?" Was tun Sie?
  a) Ich gebe Auskunft, die Tochter kennt ja den Pflegegrad.
  b) Ich prüfe, ob eine Vollmacht oder Betreuung für die Tochter hinterlegt ist.
  c) Ich bitte die Tochter, eine E-Mail mit Kopie des Personalausweises ihrer Mutter zu schicken.

Frage 2: Welche der folgenden Angaben sind Gesundheitsdaten im Sinne von Art. 9 DSGVO?
  a) ein Pflegegrad   b) eine ICD-10-Diagnose   c) die Information, dass jemand eine Brille trägt   d) alle drei

Frage 3: Sie wollen einem Beratungsarzt einen Fall zur Einschätzung schicken. Was ist richtig?
  a) per Teams-Chat mit Namen, geht schneller
  b) über die Fallakte im Leistungssystem bzw. verschlüsselte Mail
  c) ausgedruckt in die Hauspost

Antworten bitte bis Freitag an datenschutz@{DOM}. Auflösung im nächsten Newsletter.

Viele Grüße
Sabine Quast

{sig('quast')}"""
    return build(frm('quast'), f'Leistung Kranken/Pflege/Leben <leistung-alle@{DOM}>',
                 'Datenschutz-Quiz Februar: Wer darf was erfahren?', dt(2, 2, 8, 30), body)


@mail('CONFIDENTIAL', 'de', 'insurer-to-relative',
      'daughter with power of attorney moves her mother\'s household cover to a new address; no health reason stated')
def _():
    body = f"""Sehr geehrte Frau Lorenzen,

danke für die Kopie der Vollmacht Ihrer Mutter. Ich habe die Hausratversicherung von Frau Hildegard Lorenzen (HR 61-0037-118) wie gewünscht umgestellt:

alte Anschrift: Möllner Landstraße 220, 22117 Hamburg
neue Anschrift: Am Kirchsteig 4, 21465 Reinbek
Umzugsdatum: 01.03.2026

Die neue Wohnung ist mit 54 m² kleiner. Die Versicherungssumme haben wir von 58.000 EUR auf 42.000 EUR angepasst, der Beitrag sinkt dadurch ab April auf 9,85 EUR monatlich. Während des Umzugs ist der Hausrat an beiden Adressen versichert.

Post schicken wir ab sofort an die neue Adresse Ihrer Mutter, Kopien wie besprochen an Sie.

Viele Grüße
Merve Aydın

{sig('aydin')}
{FOOTER}

> Von: Birte Lorenzen <birte.lorenzen@webpost.example>
> Gesendet: Dienstag, 17. Februar 2026 19:02
> An: service@{DOM}
> Betreff: Umzug meiner Mutter
>
> Hallo, meine Mutter zieht am 1.3. in eine kleinere Wohnung bei mir um die Ecke in Reinbek. Die Vollmacht hänge ich an. Bitte die Hausrat ummelden, die Möbel nimmt sie fast alle mit aber es ist eben kleiner. Danke!
> Birte Lorenzen"""
    return build(frm('aydin'), 'Birte Lorenzen <birte.lorenzen@webpost.example>',
                 'AW: Umzug meiner Mutter', dt(2, 18, 10, 16), body)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'travel health abroad: named insured\'s appendectomy in Spain, hospital guarantee and repatriation plan')
def _():
    body = f"""Dear Mrs Grünberg,

Thank you for your call this morning. I'm sorry your husband had such a painful start to the holiday. To confirm what we discussed:

Insured person: Jonas Grünberg, travel health policy RK-7708-11452, emergency case RK-N-2026-0233
Hospital: Hospital Universitario de Gran Canaria Dr. Negrín, Las Palmas
Treatment: laparoscopic appendectomy on 4 April 2026 (acute appendicitis, no perforation)

- We have sent the hospital a guarantee of payment for the stay and the operation, so you do not need to pay anything there. Please keep any receipts for medicines or taxis; we will reimburse them.
- The surgeon expects discharge on 7 April. Our medical adviser, Dr. Raman, spoke with the ward doctor: your husband is fit to fly on a scheduled flight from 10 April, with an aisle seat and no heavy luggage.
- We will rebook both your flights to Hamburg at our expense (Binter/Iberia via Madrid, 10 April). Our assistance partner will send you the tickets.
- Your hotel nights until the flight are covered up to EUR 150 per night.

If anything changes, please call the 24h emergency line +49 40 7214-9911 and quote case RK-N-2026-0233.

Get well soon to your husband.

Christopher Ahlers

{sig('ahlers')}
{FOOTER_EN}"""
    return build(frm('ahlers'), 'Miriam Grünberg <miriam.gruenberg@gmz.example>',
                 'Case RK-N-2026-0233 – your husband\'s treatment in Las Palmas', dt(4, 5, 12, 19), body,
                 cc=f'Assistance Desk <assistance@{DOM}>')


@mail('NORMAL', 'de', 'insurer-to-partner',
      'trap: framework agreement with a rehab clinic group: daily rates per indication and quality criteria, PDF; no patient')
def _():
    vt = """Anlage 2 zum Kooperationsvertrag Reha-Management
zwischen der Vierlanden Versicherung AG und der Elbhang Kliniken GmbH
Stand: Entwurf 26.02.2026

1. Vergütung (Tagessätze inkl. Unterkunft, Verpflegung, Therapien)

Indikation                                   bis 31.03.2026   ab 01.04.2026
Orthopädie / Unfallchirurgie (AHB)               192,00 EUR       198,50 EUR
Neurologie Phase C                               268,00 EUR       279,00 EUR
Neurologie Phase D                               214,00 EUR       221,50 EUR
Psychosomatik                                    176,50 EUR       183,00 EUR
Kardiologie                                      189,00 EUR       195,00 EUR
Zuschlag Einzelzimmer                             28,00 EUR        28,00 EUR
Begleitperson (Unterkunft, Verpflegung)           61,00 EUR        64,00 EUR

2. Qualitätskriterien
- Aufnahme innerhalb von 5 Arbeitstagen nach Kostenzusage (Ziel: 90 % der Fälle)
- Therapiedichte mindestens 20 Einheiten pro Woche (Orthopädie), 25 (Neurologie)
- Entlassungsbericht innerhalb von 10 Arbeitstagen nach Entlassung an das Reha-Management
- Arbeitsplatzbezogene Therapie (MBOR) bei allen Erwerbstätigen
- Jährlicher Bericht mit anonymisierten Kennzahlen (Rückkehr in Arbeit nach 6 Monaten, Patientenzufriedenheit)

3. Datenschutz
Patientenbezogene Daten werden nur auf Grundlage einer Schweigepflichtentbindung und
ausschließlich verschlüsselt übermittelt. Die Vertragsparteien schließen eine gesonderte
Vereinbarung nach Art. 26 DSGVO nicht ab, da beide eigenständig Verantwortliche sind."""
    body = f"""Sehr geehrter Herr Kloppenburg,

anbei unser Entwurf der Anlage 2 mit den neuen Tagessätzen ab 01.04. und den Qualitätskriterien, wie in unserem Gespräch am 20.02. vereinbart. Die Sätze für Neurologie Phase C liegen etwas unter Ihrem Angebot (282 EUR); wir haben uns an der Steigerung der anderen Indikationen orientiert.

Wenn Sie einverstanden sind, schicke ich Ihnen die Vertragsfassung zur Unterschrift.

Freundliche Grüße
Jessica Lüdemann

{sig('luedemann')}
{FOOTER}"""
    return build(frm('luedemann'), 'Thies Kloppenburg <t.kloppenburg@elbhang-kliniken.example>',
                 'Kooperationsvertrag Reha-Management – Anlage 2 Vergütung (Entwurf)', dt(2, 26, 16, 21), body,
                 cc=frm('harms'),
                 attach=[att(pdf(vt, 'Anlage 2 Verguetung Entwurf', 'Vierlanden Versicherung AG'),
                             'Anlage2_Verguetung_Elbhang_Entwurf.pdf', PDF_CT)])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'medical adviser asks a neurologist for findings on a named disability claimant with multiple sclerosis')
def _():
    body = f"""Sehr geehrte Frau Kollegin Dr. Achterberg,

Ihre Patientin, Frau Svenja Klüver, geb. 04.12.1986, hat bei der Vierlanden Lebensversicherung AG Leistungen wegen Berufsunfähigkeit beantragt. Eine Schweigepflichtentbindung für Sie liegt uns vor (Kopie anbei im Portal).

Frau Klüver gibt an, seit 2021 an einer schubförmig-remittierenden Multiplen Sklerose (G35.10) zu leiden und seit Oktober 2025 wegen zunehmender Fatigue und einer Gangunsicherheit ihre Tätigkeit als Grundschullehrerin nicht mehr ausüben zu können.

Für unsere Beurteilung bitte ich Sie um einen Befundbericht mit folgenden Angaben:
1. Verlauf seit Diagnosestellung, Zahl und Schwere der Schübe, letzter Schub
2. aktueller EDSS-Wert und neurologischer Befund, insbesondere Gehstrecke und Koordination
3. aktuelle Immuntherapie (laut Antrag Ocrelizumab) und Verträglichkeit
4. Fatigue: wurde sie objektiviert (z. B. FSMC), gibt es eine depressive Komorbidität?
5. Ihre Einschätzung: Ist eine Lehrtätigkeit mit reduzierter Stundenzahl möglich?

Ihre Aufwendungen vergüten wir nach GOÄ Nr. 85 zum 2,3-fachen Satz. Für Rückfragen erreichen Sie mich direkt unter 040 7214-3502.

Mit freundlichen kollegialen Grüßen

{sig('wiebusch', False)}
{FOOTER}"""
    return build(frm('wiebusch'), 'Neurologische Praxis Dr. Achterberg <praxis@neuro-achterberg.example>',
                 'Befundanforderung – Ihre Patientin Svenja Klüver (BU-Antrag)', dt(3, 2, 10, 12), body)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor no-claims class transfer for a named expat customer: previous insurer, policy number, claim history')
def _():
    body = f"""Dear Mr O'Donnell,

Good news: your previous insurer in Ireland (Liffey Mutual, policy LM-88213450) has confirmed your claims-free driving. We have been able to recognise 7 years without a claim.

Your motor policy KFZ 41 095 1146 (VW Golf, HH-OD 512):
  Previous classification: SF 1/2 (new driver rate)
  New classification from 1 March 2026: SF 7 (liability 44 %, comprehensive 46 %)
  New annual premium: EUR 612.40 (previously EUR 1,388.90)

The difference for March to December will be credited to your account; you'll receive the updated policy schedule by post.

One small thing: the Irish confirmation shows a windscreen claim in 2022. Glass claims don't affect the no-claims class in Germany, so no change there.

Kind regards
Jannis Petersen

{sig('petersen')}
{FOOTER_EN}"""
    return build(frm('petersen'), "Ciarán O'Donnell <ciaran.odonnell@mailo.example>",
                 'Your no-claims bonus – transfer from Ireland', dt(2, 27, 9, 52), body)


@mail('NORMAL', 'en', 'internal',
      'trap: actuarial memo on care-incidence assumptions by age and sex, aggregate rates only')
def _():
    body = f"""To: Pricing committee Health & Care
From: Dr. Carola Wendt, Responsible Actuary
Re: Care incidence assumptions for the 2027 premium review (draft for discussion)

1. Data
We compared our own experience 2020–2025 (27,731 insured lives in daily care allowance tariffs, 3,912 claims) with the PKV association's care statistics. Claims with care level 1 are excluded because our tariffs pay from care level 2.

2. Observed vs. expected (incidence of care level 2+ per 1,000 insured years)

  age band   female obs/exp     male obs/exp
  60–64        3.1 / 3.0          3.4 / 3.3
  65–69        5.9 / 5.6          6.2 / 6.0
  70–74       11.8 / 10.9        11.2 / 10.8
  75–79       24.6 / 21.7        21.9 / 20.4
  80–84       51.2 / 44.0        43.5 / 39.8
  85+        112.4 / 97.3        91.6 / 86.1

3. Findings
- From age 75 our observed incidence is 8–16 % above the calculation basis. The effect is concentrated in care level 2 and in claims with dementia as the main reason (see the ICD chapter F/G split in the appendix of the pricing note).
- Termination rates (death, recovery) are in line with expectations.

4. Proposal
Increase the incidence assumptions for ages 75+ by 10 % in the 2027 review, and add a trend of 1 % p.a. for dementia-related claims. Estimated premium effect for existing policies: +4.5 % to +7 %, depending on entry age.

Please send comments by 20 March.
Carola

{sig('wendt')}"""
    return build(frm('wendt'), f'Pricing Committee Health & Care <pricing-hc@{DOM}>',
                 'Draft: care incidence assumptions BAP 2027', dt(3, 9, 17, 40), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident insurance disability benefit per limb table for a named insured, medical findings, amounts')
def _():
    body = f"""Sehr geehrter Herr Brockmöller,

das fachchirurgische Gutachten von Prof. Dr. Wessel vom 27.02.2026 liegt uns vor. Damit können wir über Ihre Invaliditätsleistung aus dem Unfall vom 14.03.2025 (Sturz von der Leiter, Tibiakopffraktur rechts) entscheiden.

Der Gutachter stellt fest:
- Bewegungseinschränkung des rechten Kniegelenks (Streckung/Beugung 0/5/95 Grad, links 0/0/140)
- posttraumatische Arthrose mit Belastungsschmerz
- Gehstrecke ohne Pause etwa 1 km
Er bewertet die dauerhafte Beeinträchtigung mit 3/10 Beinwert.

Berechnung nach der Gliedertaxe Ihres Vertrags UV-2200-44108:
Invaliditätsgrad: 3/10 von 70 % (Bein bis oberhalb des Knies) = 21 %
Grundsumme: 150.000 EUR
Progression 350 %: gilt erst ab 25 % Invalidität, hier also nicht
Invaliditätsleistung: 21 % von 150.000 EUR = 31.500 EUR

Bereits gezahlter Vorschuss: 10.000 EUR
Restzahlung: 21.500 EUR, überwiesen am 05.03.2026

Sie und wir können den Invaliditätsgrad bis zu drei Jahre nach dem Unfall jährlich neu bemessen lassen. Wenn sich Ihr Knie verschlechtert, melden Sie sich bitte.

Mit freundlichen Grüßen
Jessica Lüdemann

{sig('luedemann')}
{FOOTER}"""
    return build(frm('luedemann'), 'Heiko Brockmöller <h.brockmoeller@tnet.example>',
                 'Ihre Unfallversicherung UV-2200-44108 – Invaliditätsleistung', dt(3, 5, 14, 3), body)


@mail('CONFIDENTIAL', 'en', 'internal',
      'HR letter to a named employee with his new annual salary and bonus target')
def _():
    body = f"""Dear Arjun,

I'm pleased to confirm your salary adjustment following your annual review with Dr. Fehrs' office:

  Position: Team Lead Infrastructure & Workplace, IT
  Effective date: 1 April 2026
  Annual base salary: EUR 86,400 (previously EUR 81,000), paid in 13 instalments
  Variable bonus target: 12 % of base salary (unchanged)
  Company car allowance: EUR 450 per month (new)

Your employment contract remains unchanged otherwise. You will find the formal letter in your personnel file in the HR portal; please sign the copy electronically by 20 March.

Congratulations, and thank you for a great year, especially with the mail gateway migration!

Best regards
Friederike Hagedorn

{sig('hagedorn')}"""
    return build(frm('hagedorn'), f'Arjun Mehta <a.mehta@{DOM}>',
                 'Your salary adjustment 2026', dt(3, 6, 11, 15), body)


@mail('NORMAL', 'de', 'internal',
      'trap: facility note on a barrier-free entrance, wheelchair ramp and accessible toilets at head office; no person')
def _():
    body = f"""Moin zusammen,

kurze Info zu den Umbauarbeiten in Haus A ab dem 16.03.:

1. Barrierefreier Haupteingang
Die Treppe am Haupteingang bekommt eine Rampe (6 % Steigung) mit Handlauf, die Drehtür wird durch eine automatische Schiebetür ersetzt. Bauzeit ca. 4 Wochen. In dieser Zeit bitte den Eingang über die Tiefgarage bzw. Haus B nutzen. Besuchende (auch Kundinnen und Kunden mit Rollstuhl oder Rollator) holt der Empfang am Seiteneingang Curslacker Weg ab.

2. Barrierefreie WCs
In allen Etagen von Haus A wird je ein WC nach DIN 18040-1 umgebaut (Notruf, Haltegriffe, unterfahrbares Waschbecken). Die Etagen werden nacheinander gemacht, Beginn EG. Die Baustelle ist jeweils ca. 5 Arbeitstage laut.

3. Blindenleitsystem
Im Foyer und zu den Aufzügen werden taktile Bodenindikatoren verlegt (Wochenende 28./29.03.).

Die Maßnahmen sind Teil unseres Aktionsplans Inklusion, den die Schwerbehindertenvertretung mit erarbeitet hat. Fragen gern an mich.

Gruß
Hauke

{sig('timm')}"""
    return build(frm('timm'), f'Alle Mitarbeitenden Haus A <haus-a@{DOM}>',
                 'Umbau barrierefreier Eingang und WCs Haus A ab 16.03.', dt(3, 10, 7, 45), body,
                 mailer='Microsoft Outlook 16.0')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-relative',
      'son abroad asks about his mother\'s nursing-home costs; reply discusses her care level 4 and benefits under her care policies')
def _():
    q = """Hello,
I'm writing on behalf of my mother, Mrs. Elfriede Hartley (née Voss), who lives in Hamburg and has her care insurance with you (policy 6 240 301 887). I live in Manchester and hold a lasting power of attorney, which your colleague says you received.
Mum was assessed at care level 4 last autumn and has now moved into a nursing home (Haus Birkenhain, Reinbek). The home charges about EUR 4,900 per month. What will you pay and how? Do I need to send you the invoices?
Many thanks,
David Hartley"""
    body = f"""Dear Mr Hartley,

Thank you for your message. We have your power of attorney on file, so I can answer your questions.

Your mother has two contracts with us:

1. Compulsory long-term care insurance (policy 6 240 301 887): for residential care at care level 4 we pay EUR 1,855 per month towards the care costs. We pay this directly to the nursing home if your mother (or you on her behalf) assigns the claim to the home; Haus Birkenhain has a standard form for that. There is also a statutory supplement that reduces her own share of the care costs depending on how long she has lived in a home (15 % in the first year).

2. Daily care allowance (tariff PT-Plus, 40 EUR/day): at care level 4 this pays 80 % = EUR 32 per day, i.e. roughly EUR 970 per month, to your mother's own account regardless of the actual costs. No invoices needed.

What remains for your mother to pay is mainly accommodation, meals and the investment costs of the home. If her income and savings are not sufficient, the local social welfare office (Sozialamt) can help; Haus Birkenhain's social service will know the procedure.

Please send us the home's contract and the first invoice so we can set up the direct payment.

Kind regards
Christopher Ahlers

{sig('ahlers')}
{FOOTER_EN}

-----Original Message-----
From: David Hartley <d.hartley@northmail.example>
Sent: Sunday, 1 March 2026 22:40
To: international@{DOM}
Subject: My mother's nursing home costs

{q}"""
    return build(frm('ahlers'), 'David Hartley <d.hartley@northmail.example>',
                 "RE: My mother's nursing home costs", dt(3, 3, 11, 2), body, cc=frm('oltmanns'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'employment legal-expenses cover for a named customer\'s dismissal case, with monthly salary and severance figures')
def _():
    body = f"""Sehr geehrte Frau Kowalczyk,

für Ihre Kündigungsschutzklage gegen die Hanse Logistik Service GmbH (Kündigung vom 27.02.2026 zum 31.05.2026) bestätigen wir Versicherungsschutz aus Ihrem Rechtsschutzvertrag RS 70-204-5581 (Berufs-Rechtsschutz).

Schadennummer: RSL-2026-01862

Für die Kostenberechnung haben wir Ihre Angaben zugrunde gelegt: Bruttomonatsgehalt 3.950 EUR, damit Streitwert für den Bestandsschutz drei Bruttomonatsgehälter = 11.850 EUR. Das Abfindungsangebot Ihres Arbeitgebers (0,5 Monatsgehälter pro Beschäftigungsjahr, bei Ihnen 17.775 EUR) spielt für die Deckung keine Rolle.

Bitte beachten Sie: In der ersten Instanz vor dem Arbeitsgericht trägt jede Partei ihre Anwaltskosten selbst, auch wenn sie gewinnt. Diese Kosten übernehmen wir, abzüglich Ihrer Selbstbeteiligung von 250 EUR.

Die Klagefrist von drei Wochen läuft am 20.03.2026 ab. Ihr Anwalt, Herr Lütjens, hat die Deckungszusage in Kopie erhalten.

Mit freundlichen Grüßen
Nadine Kruse

{sig('kruse')}
{FOOTER}"""
    return build(frm('kruse'), 'Monika Kowalczyk <m.kowalczyk@gmz.example>',
                 'Ihre Kündigungsschutzklage – Deckungszusage RSL-2026-01862', dt(3, 4, 16, 20), body,
                 cc='RA Jan Lütjens <luetjens@arbeitsrecht-bergedorf.example>', charset='iso-8859-1')


@mail('NORMAL', 'de', 'insurer-to-broker',
      'trap: broker asks hypothetically how type-2 diabetes is underwritten in disability cover; general guideline answer, no client named')
def _():
    q = """Moin Herr Brüning,
mal eine allgemeine Frage bevor ich überhaupt einen Antrag aufmache: Wie geht Ihr bei BU mit Diabetes Typ 2 um? Tabletten, HbA1c so um 7, sonst nix. Gibt's da grundsätzlich was oder direkt Ablehnung? Will nur wissen, ob sich eine Voranfrage lohnt.
Gruß Kallweit"""
    body = f"""Moin Herr Kallweit,

ganz allgemein (ohne konkreten Fall kann ich natürlich nichts zusagen) laut unseren Annahmerichtlinien:

- Diabetes Typ 2, nur mit Tabletten (Metformin o. Ä.) behandelt, HbA1c dauerhaft unter 7,5 %, keine Folgeerkrankungen (Augen, Nieren, Nerven), BMI unter 35: in der Regel Annahme mit Risikozuschlag zwischen 25 und 50 %.
- Mit Insulin, HbA1c über 8 % oder Folgeschäden: meist Zurückstellung oder Ablehnung.
- Kommen Bluthochdruck oder erhöhte Blutfette dazu, wird es eher der obere Zuschlag.

Für eine anonyme Risikovoranfrage brauchen wir: Alter, Beruf, Diagnosejahr, Medikation, die letzten zwei HbA1c-Werte, Größe/Gewicht und einen aktuellen Arztbericht ohne Namen. Das geht über das Maklerportal unter "Risikovoranfrage BU". Antwort meist innerhalb von 5 Arbeitstagen.

Schöne Grüße
Ole Brüning

{sig('bruening')}
{FOOTER}

Am 05.03.2026 um 17:22 schrieb Uwe Kallweit <info@kallweit-makler.example>:
{quote(q)}"""
    return build(frm('bruening'), 'Uwe Kallweit <info@kallweit-makler.example>',
                 'Re: Frage BU und Diabetes', dt(3, 6, 8, 58), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'body only says "see attachment"; the attached nursing-home invoice names a resident with care level 5 and care costs')
def _():
    inv = """Haus Birkenhain – Wohnen und Pflege gGmbH
Birkenhainer Weg 2-6, 21465 Reinbek

Rechnung Nr. 2026-02-0418                         Reinbek, 02.03.2026
Heimbewohnerin: Frau Charlotte Quandt, Zimmer 2.14, Wohnbereich Lindenhof
Versicherungsnummer Pflegeversicherung: 6 240 055 310
Leistungszeitraum: Februar 2026 (28 Tage)
Pflegegrad: 5

Pflegebedingte Aufwendungen (PG 5)          28 x 131,87 EUR   3.692,36 EUR
Ausbildungsumlage                           28 x   6,41 EUR     179,48 EUR
Unterkunft                                  28 x  28,90 EUR     809,20 EUR
Verpflegung                                 28 x  12,35 EUR     345,80 EUR
Investitionskosten                          28 x  22,10 EUR     618,80 EUR
Summe                                                         5.645,64 EUR

abzüglich Leistungen der Pflegeversicherung (§ 43 SGB XI / MB/PPV)    -2.096,00 EUR
abzüglich Leistungszuschlag § 43c SGB XI (50 % des Eigenanteils)      -887,92 EUR
Zu zahlender Eigenanteil                                              2.661,72 EUR

Die Leistungen der Pflegeversicherung rechnen wir aufgrund der Abtretung direkt mit der
Vierlanden Krankenversicherung AG ab. Der Eigenanteil wird vom Konto der Betreuerin eingezogen."""
    body = f"""Hallo Herr Sauer,

siehe Anhang, bitte wie besprochen zur Zahlung anweisen (Abtretung liegt vor, geprüft).

Danke!
K. Oltmanns

{sig('oltmanns')}"""
    return build(frm('oltmanns'), f'Jens Sauer <j.sauer@{DOM}>',
                 'Zahlungsanweisung Haus Birkenhain RE 2026-02-0418', dt(3, 9, 10, 34), body,
                 attach=[att(pdf(inv, 'Rechnung 2026-02-0418', 'Haus Birkenhain'),
                             'RE_2026-02-0418.pdf', PDF_CT)])


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: exchange of S/MIME domain certificates with the reinsurer\'s mail gateway; fingerprints and validity, no personal data')
def _():
    body = f"""Hi Priya, hi gateway team,

As discussed, we'd like to switch our mail exchange with Thames & Rhine from TLS-only to S/MIME domain certificates before the treaty renewal documents start flowing.

Our domain certificate for vierlanden-vers.example:
  Issuer: Example Trust Services Gateway CA 3
  Serial: 4F:1A:92:0C:77:3B:E1:08
  Valid: 2026-01-15 to 2028-01-15
  SHA-256 fingerprint: 8C:41:7E:2D:90:B3:5A:1F:C6:04:DD:39:71:AE:28:5B:0F:93:E4:6A:1C:77:B2:D0:59:38:AE:14:C1:62:F7:0D

You can fetch it from our LDAP (ldap://certs.vierlanden-vers.example) or I can send the .cer file. Could you send us yours for thamesrhine-re.example, ideally with the fingerprint in a separate channel (phone is fine)?

Test window proposal: Tuesday 17 March, 10:00–12:00 CET. We'd send three test messages with dummy attachments (no real claims data).

Thanks
Svenja

{sig('marquardt')}
{FOOTER_EN}"""
    return build(frm('marquardt'), 'Gateway Team Thames & Rhine <mailgateway@thamesrhine-re.example>',
                 'S/MIME domain certificates for treaty correspondence', dt(3, 10, 9, 5), body,
                 cc=frm('reimers'))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'portal registration: identity check shows a named customer\'s date of birth and customer number')
def _():
    body = f"""Dear Ms Nakamura-Berg,

Thank you for registering for "Mein Vierlanden". Before we can activate your account, we need to sort out one mismatch:

  Customer number: 1 004 772 318
  Name in your registration: Aiko Nakamura-Berg
  Date of birth in your registration: 1986-11-03
  Date of birth in our records: 1986-03-11

It looks as if day and month were swapped at some point, probably in your original household insurance application in 2019. Could you please reply with a scan or photo of your residence permit or passport (the page with your date of birth)? We'll then correct our records and activate the account. You can black out the photo and the document number.

Best regards
Merve Aydın

{sig('aydin')}
{FOOTER_EN}"""
    return build(frm('aydin'), 'aiko.nb@mailo.example', 'Your registration for Mein Vierlanden',
                 dt(3, 11, 14, 40), body)


@mail('NORMAL', 'de', 'internal',
      'trap: project plan for the 2027 health-insurance premium adjustment: milestones, aggregate cost trends, no person')
def _():
    body = f"""Hallo zusammen,

hier der Projektplan für die Beitragsanpassung (BAP) 2027 in der Krankenvollversicherung und Pflege. Grundlage ist der Beschluss der Leitungsrunde vom 19.02.

Meilensteine
- 31.03. Datenabzug Leistungen 2025 (ambulant, stationär, Zahn, Pflege) und Bestand
- 30.04. auslösende Faktoren je Tarif und Beobachtungseinheit (Versicherungsleistungen, Sterbewahrscheinlichkeiten)
- 15.05. Vorstellung beim Treuhänder
- 30.06. Rechnungsgrundlagen final, Limitierungsmittel aus der RfB
- 31.07. Zustimmung Treuhänder
- 15.09. Versand der Anpassungsschreiben (ca. 48.000 Versicherte)
- 01.01.2027 Wirksamkeit

Erste Indikation aus den Hochrechnungen:
- stationäre Leistungen je Versicherten +9,8 % (Krankenhausreform, Tarifsteigerungen Pflegepersonal)
- Arzneimittel +7,1 %, vor allem Onkologie und GLP-1-Analoga
- Zahn stabil
Damit dürfte in den meisten Tarifen der auslösende Faktor von 10 % überschritten werden.

Kommunikation: Paul Zimmek bereitet Musterbriefe und FAQ vor. Keine Aussagen zu Prozentsätzen nach außen, bevor der Treuhänder zugestimmt hat!

Viele Grüße
Carola

{sig('wendt')}"""
    return build(frm('wendt'), f'Projekt BAP 2027 <bap2027@{DOM}>',
                 'Projektplan BAP 2027 – bitte Termine blocken', dt(2, 24, 17, 12), body, cc=frm('zimmek'))


@mail('NORMAL', 'de', 'internal',
      'trap: team outing invitation with ICS; mentions accessibility and dietary wishes in general only')
def _():
    body = f"""Hallo ihr Lieben,

der Betriebsausflug der Abteilungen Leistung Pflege und Beratungsärztlicher Dienst steht! Wir fahren am Freitag, 12. Juni, mit dem Schiff von den Landungsbrücken nach Lauenburg, dort gibt's eine Führung durch die Altstadt und Grillen im Elbschifffahrtsmuseum-Garten.

Treffpunkt 9:30 Uhr Brücke 4, Rückkehr gegen 19 Uhr (Bus). Das Schiff und der Bus sind rollstuhlgerecht. Wer sich vegetarisch/vegan ernährt oder eine Unverträglichkeit hat, schreibt bitte bis 15. Mai kurz Bescheid – Details müsst ihr nicht nennen.

Termin hängt an. Der Tag zählt als Arbeitszeit.

Viele Grüße
Katrin (für das Orga-Team)

{sig('oltmanns')}"""
    cal = ics('ausflug-2026-06-12@vierlanden-vers.example', '20260612T093000', '20260612T190000',
              'Betriebsausflug Leistung Pflege / BÄD nach Lauenburg', 'Landungsbrücken, Brücke 4, Hamburg',
              'Schifffahrt nach Lauenburg, Altstadtführung, Grillen. Rückfahrt mit dem Bus.',
              f'Katrin Oltmanns:mailto:k.oltmanns@{DOM}',
              [f'Leistung Pflege:mailto:leistung-pflege@{DOM}', f'BAED:mailto:baed@{DOM}'])
    return build(frm('oltmanns'), f'Leistung Pflege <leistung-pflege@{DOM}>, BÄD <baed@{DOM}>',
                 'Betriebsausflug 12. Juni – save the date!', dt(3, 12, 15, 20), body,
                 attach=[att_text(cal, 'Betriebsausflug.ics', 'calendar', 'utf-8', '8bit', method='REQUEST')],
                 flowed=True, cte='8bit', mailer='Mozilla Thunderbird 115.6.0')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-care-home',
      'nursing home: direct payment of care benefits for a named resident with care level 4; quoted home\'s request with admission details')
def _():
    q = """Sehr geehrte Damen und Herren,
Herr Ewald Spreckelsen (geb. 21.05.1936, Ihre Vers.-Nr. 6 240 210 044) ist am 16.02.2026 aus dem Krankenhaus Reinbek zu uns in die vollstationäre Pflege gekommen, Pflegegrad 4 laut Bescheid vom Januar. Die Abtretungserklärung liegt bei. Wir bitten um direkte Abrechnung ab Aufnahmetag.
Mit freundlichen Grüßen
I. Marschall, Verwaltung Haus Birkenhain"""
    body = f"""Sehr geehrte Frau Marschall,

danke, die Abtretung von Herrn Spreckelsen ist geprüft und eingetragen. Wir zahlen ab dem 16.02.2026 die Leistungen für vollstationäre Pflege bei Pflegegrad 4 (1.855 EUR monatlich, für Februar anteilig 13/28 = 861,25 EUR) direkt an Haus Birkenhain, dazu den Leistungszuschlag nach § 43c SGB XI, sobald Sie uns den Eigenanteil mitteilen.

Bitte geben Sie auf Ihren Rechnungen künftig immer unsere Versicherungsnummer 6 240 210 044 an.

Kurzzeitpflege vor dem 16.02. hat Herr Spreckelsen nicht in Anspruch genommen, oder? Dann ist der Fall für uns vollständig.

Freundliche Grüße
Katrin Oltmanns

{sig('oltmanns')}
{FOOTER}

-----Ursprüngliche Nachricht-----
Von: Verwaltung Haus Birkenhain <verwaltung@haus-birkenhain.example>
Gesendet: Freitag, 20. Februar 2026 11:48
An: pflege@{DOM}
Betreff: Direktabrechnung Spreckelsen

{q}"""
    return build(frm('oltmanns'), 'Verwaltung Haus Birkenhain <verwaltung@haus-birkenhain.example>',
                 'AW: Direktabrechnung Spreckelsen', dt(2, 24, 9, 17), body)


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'e-bike theft under household cover for a named customer: frame number, police reference, claim number and full IBAN')
def _():
    ib = iban('DE', '200411440532771901')
    body = f"""Hallo Herr Szymański,

Ihr E-Bike-Diebstahl ist bei uns unter der Schadennummer SH-2026-02311 angelegt (Hausratversicherung HR 55-1207-644 mit Fahrradklausel bis 4.000 EUR).

Folgende Angaben haben wir aus Ihrer Meldung und der Anzeige übernommen:
- Fahrrad: Riese & Müller Charger4 GT, Rahmennummer WRM-21K40871, gekauft 05/2024 für 5.199 EUR
- Diebstahl: 02.03.2026 zwischen 19 und 23 Uhr, Fahrradbügel vor dem Bahnhof Bergedorf, mit Bügelschloss angeschlossen
- Polizei: Anzeige vom 03.03.2026, Vorgangsnummer 260303-0911-008452

Wenn das Rad innerhalb von vier Wochen nicht wieder auftaucht, zahlen wir den Wiederbeschaffungswert, begrenzt auf die Fahrradklausel: 4.000 EUR.

Als Auszahlungskonto haben Sie angegeben:
Tomasz Szymański, {ib}

Bitte schicken Sie uns noch den Schlüssel des Schlosses (per Post) oder ein Foto davon. Das ist Voraussetzung für die Zahlung.

Schöne Grüße
Marek Nowicki

{sig('nowicki')}
{FOOTER}"""
    return build(frm('nowicki'), 'Tomasz Szymański <tomasz.szymanski@gmz.example>',
                 'Fahrraddiebstahl vom 02.03. – SH-2026-02311', dt(3, 5, 8, 44), body)


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: post-incident report on delayed outbound mail at the hosting provider; queue numbers and mailbox names of departments only')
def _():
    body = f"""Hi Pawel,

Thanks for the preliminary RCA. Before we close INC-2026-020417 on our side, here's our view of the impact and a few open points.

Impact (10 March, 08:12–11:47 CET)
- 6,843 outbound messages queued on mx-out-2; delivered with 40 min to 3.5 h delay
- 212 messages to the secure-mail portal were delayed; portal notifications went out after the messages themselves were available, which confused some users
- Most affected mailboxes: leistung-kranken@, pflege@ and the broker post service – all functional mailboxes, so the health and care claims teams felt it most
- No messages were lost, none were sent unencrypted (our gateway held everything while the TLS handshake to your relay failed)

Open points
1. Your RCA says the expired intermediate certificate on relay-fra-3 was "not monitored". Please confirm the monitoring is now in place for all relays, and send us the list of certificate expiry dates for the next 12 months.
2. Please add our on-call number to your P1 escalation list; we only learnt about the issue from our own queue alarms.
3. Service credit according to SLA section 7.2 (availability 99.9 %) – we calculate 3.65 h outage > threshold.

Can we discuss this in the service review on Thursday?

Regards
Tobias

{sig('reimers')}
{FOOTER_EN}"""
    return build(frm('reimers'), 'Paweł Zieliński <p.zielinski@nimbushost.example>',
                 'RE: INC-2026-020417 outbound mail delay 10 March – impact and open points', dt(3, 12, 16, 50), body,
                 cc=frm('okonkwo'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'expat maternity claim: named insured\'s pregnancy, prenatal screening and gestational diabetes')
def _():
    body = f"""Dear Ms Castellanos,

Congratulations again on your pregnancy! We have processed the invoices you sent for your prenatal care:

  Dr. Meike Voss, gynaecology          12.01.2026  ultrasound 12th week, NIPT counselling   EUR 184.22
  Labor Nord                           14.01.2026  first-trimester screening               EUR 139.90
  Dr. Meike Voss                       16.02.2026  oral glucose tolerance test              EUR  61.74
  Diabetes practice Dr. Lam            23.02.2026  gestational diabetes (O24.4), training    EUR 212.60
  Pharmacy                             24.02.2026  blood glucose meter and test strips       EUR  48.15

All items are covered in full under your maternity benefit (International Health Plan Comfort, policy IHP-3319006), EUR 646.61 in total. No deductible applies to pregnancy care.

As your diabetologist has recommended continuous glucose monitoring, you may also send us the prescription for the sensor; we will confirm cover in advance if you wish.

Your expected due date is 29 July. Please remember to register the baby with us within two months of the birth so that cover starts from birth without health questions.

Warm regards
Christopher Ahlers

{sig('ahlers')}
{FOOTER_EN}"""
    return build(frm('ahlers'), 'Lucía Castellanos <lucia.castellanos@mailo.example>',
                 'Your prenatal care invoices', dt(3, 3, 15, 26), body)


@mail('NORMAL', 'de', 'insurer-to-customer',
      'trap: HTML-only portal notification "new message in your mailbox" without any content or contract detail')
def _():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag,</p>
<p>in Ihrem persönlichen Postfach bei <b>Mein Vierlanden</b> liegt eine neue Nachricht für Sie.</p>
<p>Aus Datenschutzgründen versenden wir den Inhalt nicht per E-Mail. Bitte melden Sie sich an, um die Nachricht zu lesen:</p>
<p><a href="https://mein.vierlanden-vers.example/postfach" style="background:#2a6f4e;color:#fff;padding:8px 16px;text-decoration:none">Zum Postfach</a></p>
<p>Sie haben Fragen? Unser Kundenservice ist Montag bis Freitag von 8 bis 19 Uhr unter 040 7214-0 für Sie da.</p>
<p style="font-size:11px;color:#777">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.<br>
Vierlanden Versicherungsgruppe · Am Marschtor 12 · 21029 Hamburg</p>
</body></html>"""
    return build(f'Mein Vierlanden <noreply@{DOM}>', 'j.wiesenthal@webpost.example',
                 'Sie haben eine neue Nachricht in Ihrem Postfach', dt(3, 13, 6, 2), html=html,
                 mailer='Vierlanden Portal Notify 1.9', headers=[('Auto-Submitted', 'auto-generated')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
      'CSV of a broker\'s motor contracts due for renewal: customer names, plates, policy numbers, premiums; no personal-lines data')
def _():
    rows = ['Vertragsnr;Kunde;Kennzeichen;Fahrzeug;SF-KH;Beitrag alt;Beitrag neu;Hauptfälligkeit',
            'KFZ 41 061 2047;Rehbein, Carsten;RZ-CR 118;Opel Astra K;SF 12;498,20;531,70;01.04.2026',
            'KFZ 41 061 3355;Yildiz, Emine;HH-EY 7311;Toyota Yaris Hybrid;SF 5;611,04;652,88;01.04.2026',
            'KFZ 41 062 0912;Baumgärtner, Ralf;OD-RB 66;Ford Transit Custom;SF 18;1.204,50;1.281,10;01.04.2026',
            'KFZ 41 062 4401;Lüth, Gesine;HH-GL 490;VW up!;SF 21;312,77;329,40;01.04.2026',
            'KFZ 41 063 1176;Brandes, Torben;RZ-TB 2002;BMW 320d Touring;SF 9;744,18;803,95;01.04.2026',
            'KFZ 41 063 5580;Okoro, Chidi;HH-CO 1987;Skoda Octavia;SF 3;922,60;987,15;01.04.2026']
    body = f"""Moin Herr Kallweit,

wie jedes Jahr vor der Hauptfälligkeit: Ihre Kfz-Verträge mit Fälligkeit 01.04.2026, bei denen der Beitrag um mehr als 5 % steigt. Grund ist überwiegend die neue Regionalklasse für Stormarn und Hamburg-Bergedorf sowie die Typklassenänderung.

Die Beitragsrechnungen gehen am 16.02. an die Kunden. Wenn Sie vorher mit jemandem sprechen möchten (z. B. Herr Okoro – der wäre mit Telematik-Tarif um ca. 110 EUR günstiger), haben Sie noch gut eine Woche.

Gruß
Ole Brüning

{sig('bruening')}
{FOOTER}"""
    return build(frm('bruening'), 'Uwe Kallweit <info@kallweit-makler.example>',
                 'Kfz-Hauptfälligkeit 01.04.: Beitragsveränderungen > 5 %', dt(2, 6, 10, 11), body,
                 attach=[att_text('\r\n'.join(rows) + '\r\n', 'Kallweit_Kfz_HF0104.csv', 'csv',
                                  'windows-1252', 'quoted-printable')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-relative',
      'short reply; the care-aid approval (nursing bed, bed rails, incontinence products) for a named insured is only in the quoted history')
def _():
    earlier = f"""Sehr geehrte Frau Möhlmann,

für Ihren Mann, Herrn Kurt Möhlmann (Vers.-Nr. 6 240 144 902), haben wir folgende Pflegehilfsmittel genehmigt:

- Pflegebett mit Aufrichter und Seitengittern (leihweise über Sanitätshaus Elbe Reha, Lieferung innerhalb von 5 Werktagen)
- Inkontinenzmaterial zum Verbrauch (Bettschutzeinlagen, Einmalhandschuhe) bis 42 EUR im Monat
- Hausnotrufsystem mit Sturzsensor, monatlich 25,50 EUR

Für die Seitengitter ist wegen der Fixierungsvorschriften eine ärztliche Verordnung nötig. Die Verordnung von Dr. Oberhauser liegt vor, damit ist das erledigt.

Mit freundlichen Grüßen
Katrin Oltmanns"""
    wife = """Vielen Dank, das Bett ist heute gekommen und steht. Die Monteure waren sehr nett. Mein Mann liegt schon drin und ist ganz zufrieden :-)
Muss ich für die Einlagen jeden Monat was einreichen?
Ilse Möhlmann"""
    body = f"""Liebe Frau Möhlmann,

wie schön, das freut mich! Nein, für die Einlagen müssen Sie nichts einreichen: Das Sanitätshaus liefert monatlich und rechnet direkt mit uns ab.

Herzliche Grüße
Katrin Oltmanns

{sig('oltmanns')}

Am 11.03.2026 um 18:03 schrieb Ilse Möhlmann:
{quote(wife)}
>
> Am 04.03.2026 um 14:20 schrieb Katrin Oltmanns:
{quote(earlier, '>> ')}"""
    return build(frm('oltmanns'), 'Ilse Möhlmann <ilse.moehlmann@tnet.example>',
                 'AW: AW: Pflegehilfsmittel für Ihren Mann', dt(3, 12, 8, 5), body,
                 flowed=True, cte='8bit')


@mail('NORMAL', 'en', 'internal',
      'trap: training invitation on ICD-10 coding basics with generic example codes; no patient')
def _():
    body = f"""Hello everyone,

As agreed in the last team meeting, Dr. Raman will run a 90-minute session on medical coding for the International Desk and the English-speaking claims team.

"ICD-10 for non-medical staff – reading diagnoses on foreign invoices"
Tuesday, 24 March 2026, 10:00–11:30, room A3.11 and Teams

Contents
- How ICD-10 (WHO) differs from ICD-10-GM used in Germany, and from ICD-10-CM on US invoices
- Chapters and what they tell you: e.g. J (respiratory), M (musculoskeletal), F (mental and behavioural), O (pregnancy), S/T (injuries)
- Typical pitfalls: Z codes (Z00.0 check-up) vs. treatment codes; "suspected" diagnoses (G = gesichert, V = Verdacht, Z = Zustand nach in German invoices)
- Which codes need a medical adviser's review before we pay (exclusions, waiting periods, pre-existing conditions)
- Practice with anonymised invoice snippets – no real customer data

Please bring a laptop. Slides will be on the team site afterwards.

Best
Christopher

{sig('ahlers')}"""
    return build(frm('ahlers'), f'International Desk <international-team@{DOM}>',
                 'Training: ICD-10 coding basics, 24 March', dt(3, 13, 11, 58), body, cc=frm('raman'))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'cyber insurance claim of a sole-trader designer (natural person): ransomware incident, policy number, turnover-based limits')
def _():
    body = f"""Dear Ms Brennan,

Thank you for notifying us of the ransomware incident at your design studio this morning. I have opened claim CY-2026-00094 under your Cyber Protect policy CP-7720-3318 (sole trader, Ffion Brennan Design, Hamburg).

What happens next:
1. Our incident-response partner, Brightline Security, will call you within the next two hours on +49 151 2204 7718. Please do not switch off the affected NAS and do not contact the attackers or pay anything.
2. Brightline's first 10 hours of forensic work are covered without deductible.
3. Business interruption: your policy covers loss of income up to EUR 50,000 after a waiting period of 12 hours. Based on your 2025 turnover (EUR 118,000 as declared at renewal) this means roughly EUR 320 per working day. Please keep a note of cancelled or delayed jobs.
4. If client data (names, addresses, project files) may have been accessed, you may have to notify the data protection authority within 72 hours. Brightline and our panel lawyer will help you decide.

Your deductible is EUR 500.

Kind regards
Elena Sokolova

{sig('sokolova')}
{FOOTER_EN}"""
    return build(frm('sokolova'), 'Ffion Brennan <studio@ffionbrennan.example>',
                 'Your cyber claim CY-2026-00094 – next steps', dt(3, 16, 9, 47), body,
                 cc='Brightline Incident Response <ir@brightline-sec.example>',
                 headers=[('Importance', 'high')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-partner',
      'case handover to a rehab case manager: named disability claimant with burnout/depression, therapy and work reintegration details')
def _():
    body = f"""Hallo Frau Pohlmann,

wie telefonisch angekündigt, möchten wir Sie mit dem Reintegrationsmanagement für einen BU-Fall beauftragen. Die Einwilligung des Versicherten liegt vor.

Versicherter: Malte Gerdes, geb. 09.10.1983, wohnhaft in Lüneburg
Vertrag: LV 88-415220-7 (BU-Rente 2.200 EUR/Monat, anerkannt befristet bis 31.08.2026)
Beruf: Projektleiter Anlagenbau, bisher ca. 50 Std./Woche mit häufigen Dienstreisen
Gesundheitliche Situation: Erschöpfungsdepression (F32.1) nach langer Überlastung, seit 04/2025 arbeitsunfähig; 8 Wochen psychosomatische Reha im Sommer 2025; seither ambulante Verhaltenstherapie (wöchentlich), Medikation Escitalopram 10 mg. Schlaf und Konzentration deutlich gebessert, laut Therapeutin "belastbar für einen schrittweisen Einstieg".
Arbeitgeber: bereit zu einer Wiedereingliederung, Ansprechpartnerin HR Frau Dunker (Kontakt über Herrn Gerdes).

Was wir uns wünschen:
- Erstgespräch mit Herrn Gerdes innerhalb von 2 Wochen
- Plan für eine stufenweise Wiedereingliederung ab Mai (Start mit 3 Std./Tag, ohne Reisen)
- Abstimmung mit Therapeutin und Arbeitgeber; dem Arbeitgeber bitte keine Diagnosen mitteilen
- Zwischenbericht nach 8 Wochen an mich

Ihre Vergütung gemäß Rahmenvertrag (Pauschale Modul B). Die Unterlagen (Reha-Bericht, Therapeutenbericht) schicke ich Ihnen über das verschlüsselte Portal.

Beste Grüße
Lars Vogeler

{sig('vogeler')}
{FOOTER}"""
    return build(frm('vogeler'), 'Kirsten Pohlmann <k.pohlmann@rehalotse.example>',
                 'Auftrag Reintegrationsmanagement – Herr Gerdes (LV 88-415220-7)', dt(3, 17, 13, 22), body)


@mail('NORMAL', 'en', 'auto-reply',
      'trap: out-of-office reply of a medical adviser that mentions medical questions, reports and the urgent-case deputy; no case content')
def _():
    body = f"""Thank you for your message. I am out of the office until Monday, 30 March 2026, with no access to e-mail.

For urgent medical questions concerning claims (e.g. repatriation, hospital guarantees, fitness to fly), please contact the 24h emergency line +49 40 7214-9911 or my colleague Dr. Henrik Wiebusch (h.wiebusch@{DOM}).

Please do not resend medical reports by e-mail; upload them to the case in the claims system or use the secure portal.

---

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.03.2026 nicht im Büro. In dringenden medizinischen Fragen wenden Sie sich bitte an die Notrufzentrale (+49 40 7214-9911) oder an Dr. Henrik Wiebusch.

{sig('raman')}"""
    return build(frm('raman'), f'Claims International <claims-international@{DOM}>',
                 'Automatic reply: Team meeting Thursday – agenda', dt(3, 20, 14, 2), body,
                 mailer='Microsoft Exchange Server', headers=[('Auto-Submitted', 'auto-replied'),
                                                              ('X-Auto-Response-Suppress', 'All')])


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'private liability claim: named customer\'s son damaged a parked car with a football; policy and claim numbers, third party\'s plate; no injury')
def _():
    body = f"""Dear Mr Adeyemi,

Thank you for reporting the damage. We have registered it under your personal liability policy PH 55-2290-417 (family cover) as claim HS-2026-01108.

As we understand it, on 7 March your son Tobi (10) was playing football in the courtyard of Reinbeker Redder 56 and the ball hit the side mirror of a parked Mercedes (HH-KW 3340, owner Ms Katrin Wolff). The mirror glass and housing are broken. Nobody was hurt.

Children under 7 are not liable under German law, but at 10 your son can be, so your policy will pay the repair. Please ask Ms Wolff to send the garage's cost estimate or invoice directly to us, quoting the claim number. Please don't pay her yourself.

Your policy has no deductible.

Best regards
Marek Nowicki

{sig('nowicki')}
{FOOTER_EN}"""
    return build(frm('nowicki'), 'Femi Adeyemi <femi.adeyemi@northmail.example>',
                 'Claim HS-2026-01108 – broken car mirror', dt(3, 9, 16, 37), body)


@mail('NORMAL', 'en', 'internal',
      'trap: fraud-analytics workshop agenda on physiotherapy and care-service billing patterns; aggregate indicators, no person')
def _():
    body = f"""Hi all,

Agenda for our fraud analytics workshop next Wednesday (25 March, 13:00–16:00, A4.02). Focus this time: outpatient therapy and home-care billing.

1. Results of the 2025 rule set (20 min)
   - 1,944 alerts, 212 confirmed irregularities, EUR 1.37m saved
   - top rules: same therapist > 12 sessions/day; prescription date after treatment date; care service visits on days when the insured was in hospital
2. Physiotherapy (45 min)
   - pattern: "ghost sessions" billed in blocks of 6 for whole families
   - pattern: manual lymph drainage without matching diagnosis group
   - discussion: which ICD groups legitimately justify > 30 sessions/year?
3. Home-care services (45 min)
   - comparing service records with care-level benefit ceilings
   - unusual share of "große Körperpflege" at exactly the monthly ceiling
   - cooperation with the PKV association's anti-fraud unit
4. Data protection (20 min, Sabine Quast)
   - what we may analyse without specific suspicion, retention of alert data
5. Next steps (20 min)

Please don't bring any case files – we'll work with the anonymised data set on the analytics server.

Thanks
Daniel

{sig('okonkwo')}"""
    return build(frm('okonkwo'), f'Fraud Analytics WG <fraud-wg@{DOM}>',
                 'Agenda – fraud analytics workshop 25 March', dt(3, 18, 10, 21), body,
                 cc=f'{frm("quast")}, {frm("stoever")}')


@mail('NORMAL', 'de', 'insurer-to-partner',
      'trap: answer to an association survey with aggregate care-counselling and care-benefit figures; no person')
def _():
    body = f"""Sehr geehrte Frau Dr. Hellmig,

anbei unsere Angaben zur Verbandsumfrage "Pflegeberatung nach § 7a SGB XI und Pflegezusatz 2025" (Ihr Schreiben vom 03.02.2026). Die Zahlen beziehen sich auf die Vierlanden Krankenversicherung AG und die Vierlanden Pflegeberatung GmbH.

A. Pflegeberatung
- Beratungen gesamt: 4.118 (davon Hausbesuche 1.306, telefonisch 2.290, Video 522)
- Anteil Erstberatungen nach Antrag: 38 %
- durchschnittliche Dauer Hausbesuch: 74 Minuten
- Beratungseinsätze nach § 37 Abs. 3 SGB XI (durch Kooperationspartner): 5.870

B. Leistungsbezieher Pflegepflichtversicherung zum 31.12.2025
- PG 1: 774 · PG 2: 2.197 · PG 3: 1.876 · PG 4: 1.094 · PG 5: 415
- Anteil vollstationär: 23 %

C. Pflegezusatzversicherung
- Verträge Pflegetagegeld: 27.731, davon geförderte Tarife 4.210
- Neuzugang 2025: 2.344
- Leistungsfälle 2025: 710

Für Rückfragen steht Ihnen Frau Dr. Wendt zur Verfügung.

Mit freundlichen Grüßen
Gesa Thode
für die Vierlanden Pflegeberatung GmbH

{sig('thode')}
{FOOTER_PB}"""
    return build(frm('thode'), 'Dr. Anke Hellmig <a.hellmig@pkv-fachverband.example>',
                 'Verbandsumfrage Pflegeberatung 2025 – Rückmeldung Vierlanden', dt(2, 27, 14, 45), body,
                 cc=frm('wendt'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'disability claim acknowledgement for a named insured with post-COVID syndrome (U09.9), list of medical evidence requested')
def _():
    body = f"""Dear Dr. Maalouf,

Thank you for your disability claim under your income protection policy LV 88-377104-9, received on 9 March 2026. I'll be your contact person throughout the assessment.

You describe severe fatigue, post-exertional malaise and concentration problems since a COVID-19 infection in November 2024, diagnosed by the post-COVID outpatient clinic at UKE as post-COVID syndrome (U09.9), and you have not been able to work as a software architect since 1 October 2025.

To assess your claim we need:
1. The completed questionnaire "Your occupation" (daily tasks, hours, travel) – enclosed in your portal mailbox.
2. Reports from the post-COVID clinic and your GP, including any test results (e.g. 6-minute walk test, cognitive screening, heart-rate variability). With the release form you signed we can request them directly if you prefer.
3. Your employer's confirmation of sick leave and any reintegration attempts.
4. If available: the discharge report of your rehab stay in Heiligendamm.

We know that filling in forms can be exhausting with ME/CFS-like symptoms. You can also answer the occupation questionnaire by phone with me in two or three short calls – just let me know.

Kind regards
Lars Vogeler

{sig('vogeler')}
{FOOTER_EN}"""
    return build(frm('vogeler'), 'Dr. Rami Maalouf <rami.maalouf@mailo.example>',
                 'Your disability claim – what we need next', dt(3, 13, 10, 4), body)


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'storm damage to a named customer\'s house: insured address, claim number, adjuster appointment as ICS')
def _():
    cal = ics('SG-2026-00877-termin@vierlanden-vers.example', '20260224T100000', '20260224T110000',
              'Besichtigung Sturmschaden SG-2026-00877 (Fam. Wendland)', 'Hasselbrookstieg 3, 21031 Hamburg',
              'Sachverständiger Dipl.-Ing. Falk Rother besichtigt Dach und Dachrinne. Bitte Zugang zum Dachboden ermöglichen.',
              f'Marek Nowicki:mailto:m.nowicki@{DOM}', ['Björn Wendland:mailto:b.wendland@gmz.example'])
    body = f"""Guten Tag Herr Wendland,

zu Ihrem Sturmschaden vom 19.02. (Orkan "Ylenia II") an Ihrem Haus Hasselbrookstieg 3 haben wir einen Sachverständigen beauftragt.

Schadennummer: SG-2026-00877
Vertrag: Wohngebäude WG 31-1740-229
Termin: Dienstag, 24.02.2026, 10:00 Uhr (Einladung im Anhang)
Sachverständiger: Dipl.-Ing. Falk Rother, Büro Rother & Partner

Die Notabdeckung durch den Dachdecker (Rechnung über 684 EUR) übernehmen wir in jedem Fall. Bitte heben Sie die abgerissenen Dachziegel bis zum Termin auf.

Passt der Termin nicht, rufen Sie mich bitte an.

Freundliche Grüße
Marek Nowicki

{sig('nowicki')}
{FOOTER}"""
    return build(frm('nowicki'), 'Björn Wendland <b.wendland@gmz.example>',
                 'Ihr Sturmschaden – Besichtigungstermin 24.02.', dt(2, 20, 13, 59), body,
                 cc='Rother & Partner <buero@rother-sv.example>',
                 attach=[att_text(cal, 'Besichtigung_SG-2026-00877.ics', 'calendar', 'utf-8',
                                  'quoted-printable', method='REQUEST')])


@mail('NORMAL', 'de', 'internal',
      'trap: anonymised training case (woman in her late 70s, care level 3 after a fall) in an ODT, no identifying data')
def _():
    doc = odt([('h', 'Fallbeispiel 3 – Einarbeitung Leistung Pflege (anonymisiert)'),
               ('p', 'Hinweis: Das Fallbeispiel ist aus mehreren echten Fällen zusammengesetzt und verfremdet. '
                     'Namen, Daten und Orte sind erfunden bzw. weggelassen. Bitte nicht mit echten Akten abgleichen.'),
               ('h', 'Sachverhalt'),
               ('p', 'Eine Versicherte Ende 70 lebt allein in einer Wohnung im 2. Stock ohne Aufzug. Nach einem Sturz '
                     'mit Oberarmbruch stellt ihr Sohn einen Antrag auf Pflegeleistungen. Sie hat bisher keinen Pflegegrad. '
                     'Die Gutachterin stellt 52 gewichtete Punkte fest (Schwerpunkt Mobilität und Selbstversorgung).'),
               ('h', 'Aufgaben'),
               ('p', '1. Welcher Pflegegrad ergibt sich?\n'
                     '2. Welche Leistungen kommen in Frage (Pflegegeld, Sachleistung, Kombination, Entlastungsbetrag, '
                     'Wohnumfeldverbesserung für einen Treppenlift)?\n'
                     '3. Der Sohn bittet am Telefon um Auskunft zum Gutachten. Was prüfen Sie vorher?\n'
                     '4. Nach acht Wochen geht es der Versicherten deutlich besser. Was passiert mit dem Pflegegrad?'),
               ('h', 'Lösungshinweise (für Ausbilderinnen)'),
               ('p', 'Zu 1: 47,5 bis unter 70 Punkte = Pflegegrad 3. Zu 3: Vollmacht oder Betreuung, sonst keine Auskunft. '
                     'Zu 4: Befristung prüfen; Wiederholungsbegutachtung, wenn die Gutachterin sie empfohlen hat.')],
              'Fallbeispiel 3 Einarbeitung')
    body = f"""Hallo Jana, hallo Finn,

für euren Einarbeitungsblock am Donnerstag anbei das Fallbeispiel 3. Bitte erst selbst lösen, die Lösungshinweise stehen unten im Dokumnet – die schneidet ihr für die Azubis bitte vorher ab.

LG Katrin

{sig('oltmanns')}"""
    return build(frm('oltmanns'), f'Jana Brügmann <j.bruegmann@{DOM}>, Finn Ewers <f.ewers@{DOM}>',
                 'Fallbeispiel 3 für die Einarbeitung', dt(3, 17, 12, 6), body,
                 attach=[att(doc, 'Fallbeispiel_3_Pflege_anonymisiert.odt', ODT_CT)])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'HR: named employee\'s severe-disability status (degree 50) for additional leave and the disability representative')
def _():
    body = f"""Hallo Herr Dittmer,

Frau Laura Stegemann aus Ihrem Team hat uns den Bescheid des Versorgungsamts vorgelegt: Sie ist seit dem 01.01.2026 als schwerbehinderter Mensch anerkannt (GdB 50, unbefristet).

Was das für Sie als Führungskraft bedeutet:
- Frau Stegemann hat Anspruch auf 5 zusätzliche Urlaubstage im Jahr, für 2026 voll. Ich habe das im Zeiterfassungssystem eingetragen.
- Sie darf auf Wunsch keine Mehrarbeit leisten (§ 207 SGB IX).
- Bei allen personellen Maßnahmen, die sie betreffen, ist die Schwerbehindertenvertretung (Herr Kaya) vorher zu beteiligen.
- Frau Stegemann hat um einen Arbeitsplatz nahe am Aufzug und einen höhenverstellbaren Schreibtisch gebeten. Hauke Timm kümmert sich, Umzug voraussichtlich in KW 14.

Über die Art der Behinderung hat Frau Stegemann nichts gesagt und muss es auch nicht. Bitte sprechen Sie sie nicht darauf an und behandeln Sie diese Mail vertraulich.

Viele Grüße
Friederike Hagedorn

{sig('hagedorn')}"""
    return build(frm('hagedorn'), f'Sven Dittmer <s.dittmer@{DOM}>',
                 'Vertraulich: Schwerbehinderung Frau Stegemann – Zusatzurlaub', dt(3, 18, 9, 30), body,
                 cc=f'SBV Ahmet Kaya <sbv@{DOM}>')


@mail('NORMAL', 'en', 'insurer-to-broker',
      'trap: UK broker asks for product details of the expat health plan; general benefits, premiums by age band and waiting periods')
def _():
    q = """Hi Christopher,
a couple of corporate clients are sending staff to Hamburg this year. Could you send me the key facts of the International Health Plan again – benefit levels, rough premiums, waiting periods, pre-existing conditions? Nothing client-specific yet.
Thanks, Olivia"""
    body = f"""Hi Olivia,

Happy to. Key facts of the International Health Plan (IHP), 2026 rates:

Options: Essential / Comfort / Premium
- In-patient: private room (Comfort/Premium), semi-private (Essential); free choice of hospital
- Out-patient: 100 % (Essential: 80 %, max. EUR 2,500 deductible options)
- Dental: 80 % treatment, 60 % prosthetics (Comfort/Premium)
- Maternity: covered after 8 months
- Repatriation and medical evacuation: unlimited
- Fulfils the German mandatory health insurance and, with our care module, the compulsory long-term care insurance

Indicative monthly premiums (Comfort, EUR 600 deductible, incl. care module):
  age 25–29: EUR 289 · 30–34: EUR 318 · 35–39: EUR 352 · 40–44: EUR 401

Waiting periods: none for accidents; 3 months general, 8 months for maternity, dental prosthetics and psychotherapy.
Pre-existing conditions: assessed individually based on the health questions; usually a surcharge or exclusion rather than a decline.

For corporate groups of 10+ employees we can offer simplified underwriting. Happy to quote once you have a census (age, sex, family status – no names needed at that stage).

Best
Christopher

{sig('ahlers')}
{FOOTER_EN}

On 16 Mar 2026, at 09:12, Olivia Brent <o.brent@brent-global-benefits.example> wrote:
{quote(q)}"""
    return build(frm('ahlers'), 'Olivia Brent <o.brent@brent-global-benefits.example>',
                 'Re: International Health Plan – key facts', dt(3, 16, 13, 34), body)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'rent deposit guarantee for a named customer: net income figures and employer requested, no health data')
def _():
    body = f"""Dear Ms Oyelaran,

Thank you for your application for a rent deposit guarantee (Mietkautionsbürgschaft) of EUR 3,150 for the flat at Lohbrügger Landstraße 8, 21031 Hamburg (landlord: Sachsentor Immobilien GmbH).

Based on the documents you sent, we can issue the guarantee:
- net monthly income: EUR 3,480 (employer: Nordtrans Logistics GmbH, permanent contract since 09/2024)
- rent incl. service charges: EUR 1,240
- rent-to-income ratio: 36 % (our limit: 40 %)

Annual fee: 4.9 % of the guaranteed amount = EUR 154.35, payable in advance. Contract number: KB 96-0031-772.

We will send the guarantee certificate to the landlord by post within three working days. Please confirm that the landlord's address on the lease is correct (Sachsentor Immobilien GmbH, Sachsentor 21, 21029 Hamburg).

Best regards
Elena Sokolova

{sig('sokolova')}
{FOOTER_EN}"""
    return build(frm('sokolova'), 'Adaeze Oyelaran <adaeze.oyelaran@mailo.example>',
                 'Your rent deposit guarantee – approved', dt(3, 19, 11, 12), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'dental treatment and cost plan for implants: named insured, tooth positions, diagnosis, GOZ positions, reimbursement')
def _():
    body = f"""Sehr geehrter Herr Kempowski,

wir haben den Heil- und Kostenplan von Zahnarztpraxis Dr. Aydemir vom 02.03.2026 geprüft.

Geplant: Implantate regio 36 und 46 nach Extraktion wegen Wurzelfraktur bzw. nicht erhaltungswürdigem Zahn (Parodontitis apicalis), jeweils mit Keramikkrone, dazu ein Sinuslift ist nicht erforderlich.

Voraussichtliche Kosten: 7.412,80 EUR
- zahnärztliches Honorar GOZ (u. a. 9010, 9040, 2200), überwiegend 2,3-fach: 4.388,20 EUR
- Material- und Laborkosten: 3.024,60 EUR

Leistung aus Ihrer Zahnzusatzversicherung ZZ-Premium 80 (Vertrag 7 318 112 554):
80 % der erstattungsfähigen Kosten = 5.930,24 EUR, begrenzt in den ersten vier Versicherungsjahren auf 6.000 EUR. Sie sind im dritten Versicherungsjahr, der Rahmen von 6.000 EUR ist noch frei. Wir können Ihnen also die 5.930,24 EUR zusagen, vorbehaltlich der tatsächlichen Rechnung.

Die GOZ 9010 ist zweimal mit dem 3,5-fachen Satz geplant. Dafür braucht es eine schriftliche Begründung in der Rechnung; ohne sie erstatten wir nur den 2,3-fachen Satz.

Mit freundlichen Grüßen
Annika Stöver

{sig('stoever')}
{FOOTER}"""
    return build(frm('stoever'), 'Jörn Kempowski <joern.kempowski@webpost.example>',
                 'Ihr Heil- und Kostenplan vom 02.03.2026', dt(3, 10, 15, 31), body)


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'trap: order for secure destruction of medical-file containers from the health and care claims floors; no document content')
def _():
    body = f"""Sehr geehrter Herr Pauly,

bitte holen Sie am Montag, 23.03., ab 7:30 Uhr die folgenden Datenschutzbehälter zur Vernichtung ab (Sicherheitsstufe P-5 / Schutzklasse 3 nach DIN 66399):

Haus B, 2. OG (Leistung Pflege, Beratungsärztlicher Dienst): 6 Behälter 240 l
Haus B, 3. OG (Leistung Krankenversicherung): 8 Behälter 240 l
Haus A, 1. OG (Poststelle Scan-Eingang): 4 Behälter 240 l

Inhalt sind gescannte Eingangsunterlagen aus der Leistungsbearbeitung (Arztrechnungen, Befunde, Pflegegutachten), die nach dem Scannen die Aufbewahrungsfrist von drei Monaten überschritten haben. Die Behälter sind verplombt, Plombennummern stehen im Übergabeprotokoll.

Bitte senden Sie uns wie immer das Vernichtungszertifikat mit Plombennummern und Uhrzeit der Vernichtung. Abrechnung über Rahmenvertrag RV-2024-019.

Mit freundlichen Grüßen
Bernd Harms

{sig('harms')}
{FOOTER}"""
    return build(frm('harms'), 'Disposition Aktenwolf Nord <dispo@aktenwolf-nord.example>',
                 'Abholauftrag Aktenvernichtung 23.03. – Haus A/B', dt(3, 16, 8, 12), body, cc=frm('quast'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'home-adaptation subsidy from long-term care insurance for a named insured: bathroom conversion because of care level and mobility')
def _():
    body = f"""Sehr geehrte Frau Wulf,

wir übernehmen für den Umbau Ihres Badezimmers einen Zuschuss zur Verbesserung des Wohnumfelds nach § 40 Abs. 4 SGB XI in Höhe von 4.180,00 EUR.

Grundlage:
- Sie haben seit dem 01.11.2025 Pflegegrad 2 (Vers.-Nr. 6 240 389 117).
- Laut Pflegegutachten und Stellungnahme Ihrer Pflegeberaterin können Sie die Badewanne wegen der Gangunsicherheit nach Ihrem Schlaganfall nicht mehr sicher nutzen.
- Kostenvoranschlag Sanitär Meyer & Söhne vom 18.02.2026: Ersatz der Wanne durch eine bodengleiche Dusche mit Klappsitz und Haltegriffen, 6.845,00 EUR.

Der Zuschuss ist auf 4.180 EUR je Maßnahme begrenzt; den Rest tragen Sie selbst. Bitte schicken Sie uns nach dem Umbau die Schlussrechnung. Wir zahlen dann an Sie oder – wenn Sie das möchten – direkt an die Firma.

Mit freundlichen Grüßen

{sig('oltmanns', False)}
{FOOTER}"""
    return build(frm('oltmanns'), 'Hannelore Wulf <hannelore.wulf@tnet.example>',
                 'Zuschuss für Ihren Badumbau', dt(3, 11, 10, 50), body,
                 cc='Gesa Thode <g.thode@' + PB_DOM + '>', charset='windows-1252')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'deer collision under partial-cover motor insurance of a named customer: plate, claim number, game-warden certificate; nobody hurt')
def _():
    body = f"""Hallo Frau Tietjen,

schön, dass Ihnen nichts passiert ist! Wir haben den Wildschaden angelegt:

Schadennummer: KS-2026-006802
Fahrzeug: Seat Ibiza, RZ-AT 88
Vertrag: KFZ 41 082 7719 (Teilkasko, SB 150 EUR)
Unfall: 17.03.2026, ca. 6:15 Uhr, K 56 zwischen Gülzow und Kollow, Zusammenstoß mit einem Reh

Die Wildunfallbescheinigung des Jagdpächters haben wir erhalten, danke. Die Werkstatt Autohaus Schwarzenbek kann direkt mit uns abrechnen (Frontschürze, Scheinwerfer links, Kühlergrill – laut Kostenvoranschlag 2.214,36 EUR). Abzüglich Ihrer Selbstbeteiligung zahlen wir 2.064,36 EUR an die Werkstatt.

Ein Wildschaden in der Teilkasko hat keinen Einfluss auf Ihren Schadenfreiheitsrabatt.

Viele Grüße
Jannis Petersen

{sig('petersen')}
{FOOTER}"""
    return build(frm('petersen'), 'anja.tietjen@gmz.example', 'Wildunfall vom 17.03. – KS-2026-006802',
                 dt(3, 18, 14, 27), body)


@mail('NORMAL', 'de', 'newsletter',
      'trap: HTML-only broker newsletter on a new care tariff with commission rates and sample premiums; no customer')
def _():
    html = f"""<html><head><meta charset="utf-8"><title>Makler-Info 03/2026</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<h1 style="font-size:20px;color:#2a6f4e">Makler-Info 03/2026</h1>
<h2 style="font-size:16px">Neu ab 1. April: Pflegetagegeld PT-Komfort 2026</h2>
<p>Mit PT-Komfort 2026 bieten Sie Ihren Kundinnen und Kunden 100 % Tagegeld bereits ab <b>Pflegegrad 4</b> – ambulant wie stationär – und eine Einmalleistung in Höhe des 60-fachen Tagessatzes bei erstmaliger Pflegebedürftigkeit ab Pflegegrad 2.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:12px">
<tr style="background:#e6f2ec"><th>Pflegegrad</th><th>Leistung in % des Tagessatzes</th></tr>
<tr><td>1</td><td>10 %</td></tr><tr><td>2</td><td>30 %</td></tr><tr><td>3</td><td>60 %</td></tr>
<tr><td>4</td><td>100 %</td></tr><tr><td>5</td><td>100 %</td></tr></table>
<p><b>Beispielbeiträge</b> (Tagessatz 50 EUR, monatlich): Eintrittsalter 30: 17,90 EUR · 40: 26,45 EUR · 50: 42,80 EUR · 60: 78,15 EUR</p>
<p><b>Gesundheitsfragen:</b> vereinfacht, 4 Fragen, Rückblick 5 Jahre. Keine Wartezeit, außer bei Demenz.</p>
<h2 style="font-size:16px">Courtage</h2>
<p>Abschlusscourtage 6 Monatsbeiträge (bisher 5), Bestandscourtage 2,5 %. Stornohaftung 60 Monate, pro rata.</p>
<h2 style="font-size:16px">Termine</h2>
<p>Webinar „Pflegelücke verkaufen – ohne Angst zu machen“: 08.04.2026, 10:00 Uhr. Anmeldung im Maklerportal.</p>
<p style="font-size:11px;color:#666">Nur für Vermittler. Keine Weitergabe an Endkunden. Vierlanden Versicherungsgruppe, Maklerbetreuung, Am Marschtor 12, 21029 Hamburg. <a href="https://makler.{DOM}/newsletter/abmelden">Abmelden</a></p>
</body></html>"""
    return build(f'Vierlanden Maklerbetreuung <makler-info@{DOM}>', f'makler-info@{DOM}',
                 'Makler-Info 03/2026: PT-Komfort 2026 und höhere Courtage', dt(3, 20, 7, 15), html=html,
                 mailer='Vierlanden Mailing 2.4', headers=[('Precedence', 'bulk')], html_cte='base64')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
      'guarantee of payment to a foreign hospital for a named insured with dengue fever, ward and clinical details')
def _():
    body = f"""Dear Ms Sirikul,

Re: Guarantee of payment – patient Mr Florian Neubert, DOB 23/05/1991, passport C4RT92K71
Policy: Vierlanden travel health insurance RK-7708-20019, case RK-N-2026-0318

Further to our phone call, Vierlanden Krankenversicherung AG guarantees payment of the medically necessary in-patient treatment of the above patient at Bangkok Hospital Phuket, admitted on 21 March 2026 with dengue fever (A97.1, dengue with warning signs: thrombocytopenia 38,000/µl, abdominal pain).

Scope of the guarantee:
- in-patient treatment in a standard single room, initially up to THB 450,000
- diagnostics, IV fluids, monitoring and platelet transfusion if indicated
- extension on request with a short medical update

Not covered: personal items, telephone, companion's meals.

Please send us daily medical updates (platelet count, vital signs, discharge plan) to claims-international@{DOM} and the final invoice with an itemised bill and the discharge summary. Our medical adviser, Dr. Priya Raman, is available for doctor-to-doctor calls on +49 40 7214-3517.

Yours sincerely
Christopher Ahlers

{sig('ahlers')}
{FOOTER_EN}"""
    return build(frm('ahlers'), 'International Patient Services <ips@bangkokhospital-phuket.example>',
                 'Guarantee of payment – Mr Florian Neubert (RK-N-2026-0318)', dt(3, 22, 4, 38), body,
                 cc=frm('raman'))


@mail('NORMAL', 'de', 'internal',
      'trap: team lead reorganises the week because a colleague is absent, no reason given; mentions claim types only')
def _():
    body = f"""Hi Team Rechtsschutz,

Nadine fällt diese Woche leider komplett aus. Bitte übernehmt ihre Posteingänge wie folgt:

- Arbeitsrecht: Jonas
- Mietrecht/Wohnungsrecht: Melanie
- Verkehr und Sonstiges: ich selbst
- Ihre Wiedervorlagen bis Freitag habe ich schon auf euch verteilt (siehe Gruppenkalender).

Fristsachen (Klagefristen, Berufungsfristen) haben Vorrang - im Zweifel lieber einmal mehr bei mir nachfargen.

Ihr Telefon ist auf die Gruppennummer -1300 umgeleitet. Ihre Abwesenheitsnotiz ist aktiv.

Danke euch!
Gerrit

--
Gerrit Hoops
Teamleitung Rechtsschutz-Leistung
Vierlanden Versicherung AG · Tel. 040 7214-1301"""
    return build(f'Gerrit Hoops <g.hoops@{DOM}>', f'Team Rechtsschutz <team-rs@{DOM}>',
                 'Vertretung diese Woche', dt(3, 23, 7, 52), body, mailer='Microsoft Outlook 16.0')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'correction of a named customer\'s date of birth in household and liability contracts; contract numbers')
def _():
    body = f"""Sehr geehrter Herr Hinsch,

Sie haben recht – in Ihren Verträgen war ein falsches Geburtsdatum gespeichert. Wir haben es korrigiert:

bisher: 19.07.1968
richtig: 19.07.1986

Betroffen waren Ihre Hausratversicherung HR 55-0771-203 und Ihre Privathaftpflicht PH 55-0771-204. Auf den Beitrag hat das Geburtsdatum in diesen Tarifen keinen Einfluss; in der Haftpflicht entfällt aber der "Best-Ager-Rabatt" von 10 %, den Sie wegen des falschen Datums bekommen haben. Den Rabatt nehmen wir nur für die Zukunft heraus (ab 01.05.2026: 5,40 EUR statt 4,86 EUR monatlich), eine Nachforderung gibt es nicht.

Vielen Dank für den Hinweis und freundliche Grüße

Merve Aydın

{sig('aydin')}
{FOOTER}"""
    return build(frm('aydin'), 'Kevin Hinsch <kevin.hinsch@gmz.example>',
                 'Korrektur Ihres Geburtsdatums', dt(3, 24, 13, 8), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-relative',
      'wife writes for her husband after a stroke; reply on hospital daily allowance, diagnosis and hospital stay, power of attorney')
def _():
    q = """Hallo,

mein Mann Dirk Schwarzer (Vers.Nr 7 318 090 466) hatte am 28.2. einen Schlaganfall und liegt seit dem in der Asklepios Klinik, erst Stroke Unit jetzt normale Station. Er kann noch nicht richtig sprechen und nicht schreiben, die rechte Hand geht nicht. Ich hab eine Vorsorgevollmacht, die hab ich eingescannt.

Er hat doch so ein Krankenhaustagegeld bei euch? Und was ist mit der Reha danach, muss ich da was beantragen?? Ich bin grad etwas überfordert.

Danke
Petra Schwarzer
Gesendet von meinem iPhone"""
    body = f"""Liebe Frau Schwarzer,

es tut mir sehr leid, was Ihrem Mann passiert ist. Ich versuche, Ihnen so viel wie möglich abzunehmen.

Die Vorsorgevollmacht ist angekommen und gilt auch für Gesundheitsangelegenheiten – ich darf also mit Ihnen über alles sprechen.

1. Krankenhaustagegeld: Ihr Mann hat 50 EUR pro Tag (Tarif KT-S). Für den Krankenhausaufenthalt ab 28.02. zahlen wir, sobald Sie uns eine Aufenthaltsbescheinigung der Klinik schicken (bekommen Sie an der Stationsanmeldung). Gern auch eine Zwischenbescheinigung, dann zahlen wir schon einmal bis heute.
2. Reha: Die neurologische Anschlussreha beantragt der Sozialdienst der Klinik direkt bei uns. Sie müssen nichts tun, nur Ihr Einverständnis geben, wenn der Sozialdienst Sie anspricht. Wir übernehmen die Reha nach den Tarifbedingungen; das Krankenhaustagegeld läuft während der Reha nicht weiter.
3. Falls Ihr Mann nach der Reha im Alltag Hilfe braucht, melden Sie sich bei unserer Pflegeberatung (0800 7214 912). Ein Antrag auf Pflegeleistungen kann auch schon aus der Reha heraus gestellt werden.

Sie erreichen mich direkt unter 040 7214-3140.

Alles Gute für Ihren Mann und herzliche Grüße
Annika Stöver

{sig('stoever')}
{FOOTER}

________________________________
Von: Petra Schwarzer <petra.schwarzer@tnet.example>
Gesendet: Dienstag, 10. März 2026 22:47
An: leistung-kranken@{DOM}
Betreff: Mein Mann im Krankenhaus

{q}"""
    return build(frm('stoever'), 'Petra Schwarzer <petra.schwarzer@tnet.example>',
                 'AW: Mein Mann im Krankenhaus', dt(3, 11, 9, 14), body)


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: answer to the auditor\'s request list: sample sizes of health and care claim files, reports and controls; no file content')
def _():
    body = f"""Dear Ms Oduya,

Thank you for the "prepared by client" list for the interim audit 2026. Here is where we stand:

  PBC-01  Claims reserve development health (triangles 2016–2025)             uploaded 16 March
  PBC-02  Sample of 25 paid health claims > EUR 10,000 (list of claim numbers)  uploaded 16 March
  PBC-03  Sample of 15 long-term care claims (new awards 2025)                 list by 20 March
  PBC-04  Walkthrough of the medical adviser review process                   meeting 25 March, 10:00
  PBC-05  Access rights report claims system (users with role LEI-ALL)          uploaded 17 March
  PBC-06  Reinsurance recoveries LTC quota share                                by 24 March

For PBC-02 and PBC-03: as last year, your team can inspect the files on site in our audit room in read-only mode. Please don't copy medical documents to your laptops; our DPO has asked us to remind everyone. Sampled claim numbers are sufficient for your working papers.

Kind regards
Svenja Marquardt

{sig('marquardt')}
{FOOTER_EN}"""
    return build(frm('marquardt'), 'Grace Oduya <grace.oduya@hollandsen-audit.example>',
                 'Interim audit 2026 – status of the PBC list', dt(3, 18, 17, 3), body,
                 cc=frm('quast'))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'water damage claim of a named tenant with ZIP of cost estimate (PDF) and item list (CSV); no health content')
def _():
    est = """Malerbetrieb & Trocknungsservice Ostermann GmbH
Billwerder Steindamm 40, 21035 Hamburg

Kostenvoranschlag KV-26-0319                 Hamburg, 19.03.2026
Objekt: Wohnung Kollmann, Wentorfer Str. 77, 2. OG rechts, 21029 Hamburg
Auftraggeber: Mr. Samuel Kollmann

Schadenursache: ausgelaufener Zulaufschlauch Waschmaschine (Küche), Wasser in Küche und Flur

Pos 1  Leckageortung und Feuchtemessung                       180,00 EUR
Pos 2  Technische Trocknung 14 Tage (2 Geräte, inkl. Strom)   1.260,00 EUR
Pos 3  Entfernen und Entsorgen Laminat Flur, 11 m²              242,00 EUR
Pos 4  Neues Laminat inkl. Trittschalldämmung, 11 m²            759,00 EUR
Pos 5  Malerarbeiten Flur und Küche (Sockelbereich)            498,00 EUR
Netto                                                         2.939,00 EUR
MwSt 19 %                                                       558,41 EUR
Gesamt                                                        3.497,41 EUR"""
    items = ('Item;Bought;Price EUR;Damage\r\n'
             'Kitchen base cabinet (IKEA Metod) 60 cm;2021;189,00;swollen, total loss\r\n'
             'Runner rug 80x300;2023;129,00;water stains, total loss\r\n'
             'Shoe cabinet hallway;2020;249,00;feet swollen\r\n'
             'Box of books (approx. 30 paperbacks);various;150,00;soaked\r\n'
             'Vacuum robot;2024;399,00;does not switch on\r\n')
    z = zbytes([('KV-26-0319_Ostermann.pdf', pdf(est, 'Kostenvoranschlag KV-26-0319', 'Ostermann GmbH')),
                ('damaged_items_Kollmann.csv', items.encode('utf-8'))])
    body = f"""Dear Mr Kollmann,

Thank you for the documents. For our records I've bundled what we have so far into one ZIP file (cost estimate from Ostermann and your list of damaged items), claim SH-2026-02588.

How your claim is split:
- Flooring, drying and painting (Ostermann estimate, EUR 3,497.41): these are parts of the building and belong to your landlord's buildings insurance. I've sent the estimate to the landlord's insurer (Hanseatische Feuerkasse, their ref. 26-LW-04412), so please let the landlord know.
- Your own belongings (list, EUR 1,116 new value): covered under your home contents policy HR 55-3018-552. Please send photos of the damaged items; we'll pay the replacement value, for the robot vacuum the repair cost if it can be repaired.
- The washing machine hose is not covered (wear and tear), but the water damage it caused is.

Kind regards
Marek Nowicki

{sig('nowicki')}
{FOOTER_EN}"""
    return build(frm('nowicki'), 'Samuel Kollmann <sam.kollmann@northmail.example>',
                 'Claim SH-2026-02588 – water damage, documents', dt(3, 20, 11, 46), body,
                 attach=[att(z, 'SH-2026-02588_Unterlagen.zip', ZIP_CT)])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'medical adviser asks a GP for findings in a named insured\'s appeal against a care-level decision (COPD, heart failure)')
def _():
    body = f"""Sehr geehrter Herr Kollege Bredemeier,

Ihr Patient, Herr Horst Lewandowski, geb. 30.11.1947, hat gegen unsere Entscheidung über seinen Pflegegrad Widerspruch eingelegt. Das Gutachten vom 14.01.2026 kam auf 24,5 Punkte (Pflegegrad 1). Herr Lewandowski und seine Tochter tragen vor, dass er wegen seiner COPD (GOLD 3) und der Herzinsuffizienz schon nach wenigen Schritten Luftnot hat und sich nicht mehr allein duschen kann.

Eine Schweigepflichtentbindung zu Ihren Gunsten liegt vor. Für die Überprüfung bitte ich Sie um kurze Angaben zu:
1. aktueller Lungenfunktion, Sauerstoffbedarf (Langzeit-Sauerstofftherapie?), NYHA-Stadium
2. Exazerbationen und Krankenhausaufenthalte seit 2025
3. Medikation
4. Ihrer Einschätzung der Belastbarkeit im Alltag (Gehstrecke, Treppensteigen, Körperpflege)

Das Befundformular liegt im Portal bereit; Sie können auch formlos antworten. Wir vergüten den Bericht nach GOÄ Nr. 75.

Vielen Dank und kollegiale Grüße
Henrik Wiebusch

{sig('wiebusch')}
{FOOTER}"""
    return build(frm('wiebusch'), 'Hausarztpraxis Bredemeier <praxis.bredemeier@hausarzt-kirchwerder.example>',
                 'Widerspruch Pflegegrad – Ihr Patient Horst Lewandowski', dt(3, 19, 15, 2), body)


@mail('NORMAL', 'de', 'internal',
      'trap: draft guideline on workplace reintegration (BEM) for staff, generic process with illness and disability vocabulary, DOCX')
def _():
    doc = docx([('h', 'Leitfaden Betriebliches Eingliederungsmanagement (BEM) – Entwurf 0.4'),
                ('p', 'Stand: 20.03.2026 · Verfasser: Personalabteilung mit Betriebsrat und Schwerbehindertenvertretung'),
                ('h', '1. Wann wird ein BEM angeboten?'),
                ('p', 'Allen Beschäftigten, die innerhalb von zwölf Monaten länger als sechs Wochen ununterbrochen oder '
                      'wiederholt arbeitsunfähig waren (§ 167 Abs. 2 SGB IX). Die Teilnahme ist freiwillig.'),
                ('h', '2. Ablauf'),
                ('t', [['Schritt', 'Wer', 'Frist'],
                       ['Einladungsschreiben (Vorlage Anlage 1)', 'Personalabteilung', '2 Wochen nach Erreichen der 6 Wochen'],
                       ['Erstgespräch', 'BEM-Team, auf Wunsch mit BR/SBV/Betriebsarzt', 'innerhalb 4 Wochen'],
                       ['Maßnahmenplan', 'BEM-Team und Beschäftigte/r', 'nach Erstgespräch'],
                       ['Abschlussgespräch', 'BEM-Team', 'nach Umsetzung']]),
                ('h', '3. Datenschutz'),
                ('p', 'Diagnosen werden nur erhoben, wenn die beschäftigte Person sie freiwillig mitteilt. Sie werden in einer '
                      'gesonderten BEM-Akte geführt, nicht in der Personalakte. Die Führungskraft erfährt nur die vereinbarten '
                      'Maßnahmen (z. B. Arbeitszeitreduzierung, technische Hilfsmittel), keine Gesundheitsdaten.'),
                ('h', '4. Mögliche Maßnahmen'),
                ('p', 'Stufenweise Wiedereingliederung, Anpassung des Arbeitsplatzes (z. B. höhenverstellbarer Tisch, '
                      'Screenreader), Änderung der Arbeitszeit, Umsetzung, Leistungen zur Teilhabe durch Reha-Träger, '
                      'Beratung durch den Integrationsfachdienst.')],
               'BEM-Leitfaden Entwurf 0.4', 'Friederike Hagedorn')
    body = f"""Liebe Mitglieder der Arbeitsgruppe BEM,

anbei Entwurf 0.4 des Leitfadens mit den Änderungen aus unserer letzten Sitzung (Datenschutzkapitel neu, Ablauftabelle). Bitte Anmerkungen im Änderungsmodus bis 03.04.

Frau Quast hat Kapitel 3 schon gesehen und ist einverstanden.

Viele Grüße
Friederike Hagedorn

{sig('hagedorn')}"""
    return build(frm('hagedorn'), f'AG BEM <ag-bem@{DOM}>', 'BEM-Leitfaden Entwurf 0.4 zur Abstimmung',
                 dt(3, 20, 16, 18), body,
                 attach=[att(doc, 'BEM-Leitfaden_Entwurf_0.4.docx', DOCX_CT)])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor premium reminder: returned direct debit, bank fee, masked IBAN and amount owed by a named customer')
def _():
    body = f"""Sehr geehrter Herr Rademacher,

die Lastschrift für Ihren Kfz-Beitrag (Vertrag KFZ 41 070 3385, HH-MR 404) über 287,45 EUR vom 01.03.2026 wurde von Ihrer Bank zurückgegeben (Grund: "Konto erloschen", IBAN DE44 2005 **** **** **12 07).

Bitte überweisen Sie den Betrag zuzüglich der Rücklastschriftgebühr der Bank von 3,50 EUR, zusammen 290,95 EUR, bis zum 02.04.2026 auf unser Konto:

Vierlanden Versicherung AG
IBAN DE56 2005 0550 1011 2233 45, Verwendungszweck: KFZ 41 070 3385

Wenn Sie ein neues Konto haben, teilen Sie uns bitte die neue IBAN mit; ein neues SEPA-Mandat können Sie im Kundenportal erteilen.

Bitte beachten Sie: Wird der Folgebeitrag nicht innerhalb der Frist gezahlt, sind wir bei einem Schaden leistungsfrei und können den Vertrag kündigen (§ 38 VVG). Den Versicherungsschutz in der Kfz-Haftpflicht melden wir dann der Zulassungsstelle ab.

Mit freundlichen Grüßen
Vierlanden Versicherung AG
Beitragsservice"""
    return build(f'Vierlanden Beitragsservice <beitragsservice@{DOM}>', 'm.rademacher@tnet.example',
                 'Zahlungserinnerung – Kfz-Versicherung KFZ 41 070 3385', dt(3, 19, 5, 12), body + '\n' + FOOTER,
                 mailer='Vierlanden Korrespondenz 3.8 (KOR-Server)', cte='base64')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'medical adviser\'s opinion on the care claim of a named expat insured living in Spain: Parkinson\'s disease, ADL findings, care level')
def _():
    body = f"""Christopher,

my opinion on case PF-INT-2026-0044 (Mr Alan Whitcombe, DOB 09/01/1944, IHP with care module, residence Altea/Spain):

Documents reviewed: assessment report by our Spanish partner assessor (Ms Ortega, nurse, home visit 11 March), neurologist's letter Hospital Marina Baixa (02/2026), medication list.

Findings
- Idiopathic Parkinson's disease (G20.1) since 2017, now with marked motor fluctuations, freezing and two falls in the last three months.
- Mild cognitive impairment, MoCA 22/30, no behavioural symptoms.
- Needs help with showering, dressing lower body and getting in/out of bed; walks indoors with a rollator; continence preserved.

Assessment
Ms Ortega's module scores are plausible and consistent with the neurologist's letter. I'd only correct module 4 (self-care) upwards slightly, because the report says he cannot cut food during "off" phases. Weighted total 53.75 points instead of 51.25 – care level 3 either way.

Recommendation: accept care level 3 from the date of application (2 February 2026). Re-assessment in 12 months, or earlier if the planned deep brain stimulation takes place.

Priya

{sig('raman')}"""
    return build(frm('raman'), frm('ahlers'), 'PF-INT-2026-0044 – medical opinion',
                 dt(3, 17, 18, 22), body, cc=frm('oltmanns'))


@mail('NORMAL', 'de', 'insurer-to-customer',
      'trap: portal registration code mail with a one-time code; no contract or personal data beyond the address')
def _():
    body = f"""Guten Tag,

Sie haben sich gerade bei "Mein Vierlanden" registriert. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Code:

    481 027

Der Code ist 30 Minuten gültig. Ihr Initialpasswort erhalten Sie aus Sicherheitsgründen separat per Post.

Haben Sie sich nicht registriert? Dann ignorieren Sie diese E-Mail bitte. Ohne Bestätigung wird die Registrierung nach 24 Stunden gelöscht.

Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem Passwort.

Ihr Vierlanden Kundenservice

--
Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
Vierlanden Versicherungsgruppe · Am Marschtor 12 · 21029 Hamburg"""
    return build(f'Mein Vierlanden <noreply@{DOM}>', 'c.vollmers@webpost.example',
                 'Ihr Bestätigungscode für Mein Vierlanden', dt(3, 21, 19, 44), body,
                 mailer='Vierlanden Portal Notify 1.9', headers=[('Auto-Submitted', 'auto-generated')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'daily sickness allowance for a named self-employed insured: incapacity for work since a date, certificates, payment')
def _():
    body = f"""Sehr geehrter Herr Oehlschläger,

Ihre Arbeitsunfähigkeitsbescheinigungen von Dr. Lührs (Orthopädie) liegen uns vor: arbeitsunfähig seit 02.02.2026, zuletzt bescheinigt bis 27.03.2026.

Krankentagegeld aus Tarif KTG-S (Vertrag 7 318 204 771):
- vereinbartes Tagegeld: 120 EUR ab dem 43. Tag der Arbeitsunfähigkeit
- der 43. Tag war der 16.03.2026
- Zahlung für 16.03.–27.03.2026: 12 Tage x 120 EUR = 1.440 EUR

Wir überweisen den Betrag in den nächsten Tagen. Bitte schicken Sie Folgebescheinigungen möglichst lückenlos, spätestens eine Woche nach Ausstellung.

Da Sie als selbständiger Dachdeckermeister körperlich schwer arbeiten, werden wir bei einer Arbeitsunfähigkeit über drei Monate hinaus unseren Beratungsarzt einbinden; er meldet sich dann ggf. wegen eines Reha-Angebots bei Ihnen.

Gute Besserung und freundliche Grüße
Annika Stöver

{sig('stoever')}
{FOOTER}"""
    return build(frm('stoever'), 'Heinrich Oehlschläger <dachdeckerei.oehlschlaeger@tnet.example>',
                 'Ihr Krankentagegeld ab 16.03.2026', dt(3, 30, 10, 25), body)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'legal-expenses cover for a named customer\'s challenge of a speed-camera fine: policy and claim number, offence data')
def _():
    body = f"""Dear Mr Kristiansen,

We confirm cover under your traffic legal expenses policy RS 70-311-0942 for your objection to the fine notice of the city of Hamburg (Bußgeldbescheid of 12 March 2026, ref. 512.63.227104.8):

- alleged offence: speeding, 27 km/h over the limit in a 50 zone, Bergedorfer Straße, 19 January 2026, 22:41
- fine: EUR 150, 1 point in the Flensburg register; no driving ban
- your vehicle: HH-JK 1133

The deadline for the objection is two weeks after delivery of the notice. Your lawyer, Mr Brüggemann, will request the measurement data and the calibration records. Our cover includes an expert opinion on the measurement if your lawyer thinks it's promising.

Claim number: RSL-2026-02230. Deductible: EUR 150.

Kind regards
Nadine Kruse

{sig('kruse')}
{FOOTER_EN}"""
    return build(frm('kruse'), 'Jonas Kristiansen <jonas.kristiansen@mailo.example>',
                 'Cover confirmation – objection against fine notice', dt(3, 25, 12, 2), body,
                 cc='Kanzlei Brüggemann <verkehrsrecht@brueggemann-law.example>')


@mail('NORMAL', 'en', 'internal',
      'trap: data-protection impact assessment for a planned digital care-diary app: data categories and risks, no real person (DOCX)')
def _():
    doc = docx([('h', 'DPIA – "Pflege-Tagebuch" app for caregiving relatives (draft 0.2)'),
                ('p', 'Controller: Vierlanden Krankenversicherung AG · Owner: Product Care · Reviewer: Data Protection Officer'),
                ('h', '1. Purpose'),
                ('p', 'Relatives record daily care tasks (washing, meals, medication reminders, night-time help) for a person in need '
                      'of care. The diary can be exported as a PDF for the care-level assessment.'),
                ('h', '2. Data categories'),
                ('t', [['Category', 'Examples', 'Art. 9 GDPR?'],
                       ['Master data', 'name of the relative, e-mail, name of the person cared for', 'no'],
                       ['Care entries', 'time needed for tasks, falls, incontinence, confusion at night', 'yes (health)'],
                       ['Medication plan', 'active ingredient, dose, times', 'yes (health)'],
                       ['Insurance link', 'policy number (optional)', 'no']]),
                ('h', '3. Main risks'),
                ('p', 'R1 Relatives record data about a third person who may not have consented (e.g. dementia) – legal basis to be '
                      'clarified with Legal.\nR2 Export PDF shared by e-mail without encryption.\nR3 Hosting outside the EU by the app '
                      'development partner.'),
                ('h', '4. Measures (proposed)'),
                ('p', 'End-to-end encryption of entries, local storage by default; upload to the insurer only on explicit request; '
                      'EU hosting; export only via the secure portal; deletion after 24 months of inactivity.')],
               'DPIA Pflege-Tagebuch draft 0.2', 'Product Care')
    body = f"""Hi Sabine, hi Daniel,

attached is the first DPIA draft for the care diary app. The dev partner works in English, hence the language.

The biggest open question is R1 (data about a person who can't consent). Could we discuss it on Thursday?

Thanks
Jana

--
Jana Brügmann
Product Owner Digital Care
Vierlanden Krankenversicherung AG"""
    return build(f'Jana Brügmann <j.bruegmann@{DOM}>', f'{frm("quast")}, {frm("okonkwo")}',
                 'DPIA draft – care diary app', dt(3, 24, 15, 55), body,
                 attach=[att(doc, 'DPIA_Pflege-Tagebuch_v0.2.docx', DOCX_CT)])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-care-service',
      'request for service records for respite care of a named insured with care level 3, including the carer\'s hospital stay')
def _():
    body = f"""Sehr geehrte Frau Albers,

Frau Renate Kähler hat für ihren Mann, Herrn Walter Kähler (Vers.-Nr. 6 118 402 559, Pflegegrad 3), Kosten der Verhinderungspflege vom 02.03. bis 13.03.2026 eingereicht. Grund war ihr eigener Krankenhausaufenthalt (Knie-OP), in dieser Zeit hat Ihr Dienst die Versorgung übernommen.

Für die Abrechnung fehlen uns noch:
- der Leistungsnachweis mit den einzelnen Einsätzen (Datum, Uhrzeit, Leistung), abgezeichnet,
- die Rechnung mit Ausweis, welche Einsätze Verhinderungspflege und welche reguläre Sachleistung waren (Ihre Einsätze 2x wöchentlich Duschen laufen ja weiter über die Sachleistung).

Bitte schicken Sie uns die Unterlagen bis zum 10.04. Die Zahlung geht dann an Frau Kähler, da sie die Rechnung bereits beglichen hat.

Freundliche Grüße
Katrin Oltmanns

{sig('oltmanns')}
{FOOTER}"""
    return build(frm('oltmanns'), 'Ambulanter Pflegedienst Sonnenweg <abrechnung@pflege-sonnenweg.example>',
                 'Verhinderungspflege März – Herr Kähler', dt(3, 26, 9, 11), body)


@mail('NORMAL', 'de', 'insurer-to-partner',
      'trap: joint information evening with a public care support centre for caregiving relatives, ICS; no person\'s data')
def _():
    cal = ics('infoabend-demenz-2026-04-22@vierlanden-pflegeberatung.example', '20260422T183000', '20260422T203000',
              'Infoabend: Demenz – was Angehörige wissen sollten', 'Pflegestützpunkt Bergedorf, Weidenbaumsweg 21, Hamburg',
              'Vortrag Dr. Wiebusch (Medizin), Gesa Thode (Pflegeberatung), Fragen aus dem Publikum. Eintritt frei.',
              f'Gesa Thode:mailto:g.thode@{PB_DOM}', ['Pflegestützpunkt Bergedorf:mailto:info@pflegestuetzpunkt-bergedorf.example'])
    body = f"""Liebe Frau Kuhlmann,

vielen Dank für das nette Vorgespräch! Wie vereinbart der Termin für unseren gemeinsamen Infoabend:

"Demenz – was Angehörige wissen sollten"
Mittwoch, 22.04.2026, 18:30–20:30 Uhr, bei Ihnen im Pflegestützpunkt

Ablauf:
- 18:30 Begrüßung (Sie)
- 18:40 Dr. Henrik Wiebusch: Formen der Demenz, Verlauf, was Medikamente leisten können
- 19:15 ich: Pflegegrad beantragen, Entlastungsangebote, Pflegezeit für Berufstätige
- 19:45 Fragen aus dem Publikum

Wir bringen Flyer und den Leitfaden "Begutachtung" mit. Anmeldungen sammeln Sie, richtig? Bei mehr als 40 Personen sollten wir über den größeren Raum im Bürgerhaus nachdenken.

Viele Grüße
Gesa Thode

{sig('thode')}
{FOOTER_PB}"""
    return build(frm('thode'), 'Doris Kuhlmann <info@pflegestuetzpunkt-bergedorf.example>',
                 'Infoabend Demenz am 22.04. – Termin und Ablauf', dt(3, 27, 14, 31), body, cc=frm('wiebusch'),
                 attach=[att_text(cal, 'Infoabend_Demenz_22-04.ics', 'calendar', 'utf-8', 'quoted-printable',
                                  method='REQUEST')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'glass breakage claim (ceramic hob) of a named customer: contract and claim number, payout')
def _():
    body = f"""Hallo Frau Eggers,

danke für die Fotos vom gesprungenen Ceranfeld. Das ist ein klarer Glasbruchschaden.

Vertrag: Glasversicherung GL 55-0911-046
Schaden: GS-2026-00356

Wir übernehmen den Austausch der Glaskeramikplatte inkl. Montage laut Angebot von Elektro Harder (412,80 EUR). Sie können den Auftrag direkt erteilen, die Firma rechnet mit uns ab. Eine Selbstbeteiligung gibt es in Ihrem Tarif nicht.

Bitte benutzen Sie das Kochfeld bis zur Reparatur nicht mehr, schon gar nicht die Zonen neben dem Riss.

Beste Grüße
Marek Nowicki

{sig('nowicki')}
{FOOTER}"""
    return build(frm('nowicki'), 'Frauke Eggers <frauke.eggers@gmz.example>', 'Ihr Glasschaden – Ceranfeld',
                 dt(3, 27, 10, 40), body, mailer='iPhone Mail (21D61)')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'life insurance: change of beneficiary for a named policyholder; personal line, no medical words')
def _():
    body = f"""Dear Ms Achterberg-Price,

We have received your signed request and updated the beneficiary designation for your term life policy LV 88-290381-5 (sum insured EUR 250,000):

  Previous beneficiary: Mr Daniel Price (spouse) – 100 %
  New beneficiaries from 24 March 2026:
    Ms Emily Price (daughter, born 2011) – 50 %
    Mr Noah Price (son, born 2014) – 50 %
  Revocable: yes

As both children are minors, any payment would be made to their legal guardian or a trust account in their name. If you'd like to appoint a trustee (e.g. your sister), please let us know; we have a simple form for that.

Please note that the change does not affect your divorce settlement; if the court order requires you to keep your former husband as beneficiary, please check with your lawyer.

Kind regards
Rebecca Lange

{sig('lange')}
{FOOTER_EN}"""
    return build(frm('lange'), 'Sarah Achterberg-Price <sarah.ap@northmail.example>',
                 'Your life policy LV 88-290381-5 – beneficiary change confirmed', dt(3, 24, 16, 6), body)


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: framework price list with a hearing-aid chain for insured customers; device classes and discounts, no person')
def _():
    body = f"""Dear Mr Verhoeven,

Thank you for the revised offer. We can accept the framework conditions for 2026–2028 as follows:

Hearing aids (per ear, incl. fitting and 6 years' service)
  Class A (basic, 4 channels)          EUR   0 co-payment for insured persons, we pay EUR  785
  Class B (comfort, 12 channels)       EUR 290 co-payment,                       we pay EUR  785
  Class C (premium, rechargeable, BT)  EUR 890 co-payment,                       we pay EUR  785
Discount on batteries, accessories, ear moulds: 20 %
Hearing test and consultation: free of charge, no prescription needed

Conditions
- Nationwide network of at least 350 stores; home visits for insured persons in nursing homes at no extra charge
- Invoices directly to us with the ENT doctor's prescription; the insured person only pays the co-payment
- Quarterly report with anonymised figures (number of fittings per device class)
- No marketing contact with our insured persons without their separate consent

Please send me the signed contract; our legal team has approved the data processing annex.

Best regards
Bernd Harms

{sig('harms')}
{FOOTER_EN}"""
    return build(frm('harms'), 'Bart Verhoeven <b.verhoeven@klaarhoren.example>',
                 'Framework agreement hearing aids 2026–2028', dt(3, 30, 13, 17), body, cc=frm('stoever'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'trip cancellation because of job loss (no illness): named customer, booking, employer\'s termination, refund amount')
def _():
    body = f"""Sehr geehrte Frau Rosendahl,

Ihre Reiserücktrittsversicherung (RV-5510-30416) übernimmt die Stornokosten für die Pauschalreise nach Mallorca (Buchung TUX-7718204, 11.–25.04.2026, 2 Personen).

Versicherter Grund ist der unerwartete Verlust Ihres Arbeitsplatzes durch betriebsbedingte Kündigung Ihres Arbeitgebers (Nordküste Handel GmbH, Kündigung vom 02.03.2026). Das Kündigungsschreiben liegt uns vor.

Stornokosten laut Reiseveranstalter: 40 % von 2.880 EUR = 1.152 EUR
Selbstbehalt 20 %: -230,40 EUR
Erstattung: 921,60 EUR

Schaden: RR-2026-00812. Die Zahlung geht auf Ihr Konto bei der Sparkasse Holstein.

Wir drücken die Daumen für die Jobsuche!

Freundliche Grüße
Timo Hinrichs

{sig('hinrichs')}
{FOOTER}"""
    return build(frm('hinrichs'), 'Svenja Rosendahl <s.rosendahl@webpost.example>',
                 'Ihre Reisestornierung – Erstattung', dt(3, 31, 11, 9), body)


@mail('NORMAL', 'de', 'insurer-to-prospect',
      'trap: appointment confirmation for a consultation on care provision with ICS; prospect\'s name only, no contract or health data')
def _():
    cal = ics('beratung-20260409-ks@vierlanden-vers.example', '20260409T160000', '20260409T170000',
              'Beratung Pflegevorsorge – Vierlanden Kundencenter', 'Kundencenter Bergedorf, Sachsentor 12, 21029 Hamburg',
              'Bitte bringen Sie, falls vorhanden, Ihre bestehenden Versicherungsunterlagen mit.',
              f'Merve Aydin:mailto:m.aydin@{DOM}', ['Klaus Schönfeld:mailto:k.schoenfeld@webpost.example'])
    body = f"""Guten Tag Herr Schönfeld,

gern bestätige ich Ihnen unseren Termin für die Beratung zur Pflegevorsorge:

Donnerstag, 09.04.2026, 16:00 Uhr
Kundencenter Bergedorf, Sachsentor 12 (Eingang neben der Apotheke, barrierefrei)
Ihr Berater: Herr Malte Brinkmann

Den Termin habe ich Ihnen als Kalendereintrag angehängt. Falls Sie verhindert sind, rufen Sie uns bitte kurz an oder antworten auf diese E-Mail.

Freundliche Grüße
Merve Aydın

{sig('aydin')}
{FOOTER}"""
    return build(frm('aydin'), 'Klaus Schönfeld <k.schoenfeld@webpost.example>', 'Terminbestätigung 09.04.2026',
                 dt(3, 31, 15, 2), body,
                 attach=[att_text(cal, 'Termin_Pflegevorsorge.ics', 'calendar', 'utf-8', 'quoted-printable',
                                  method='REQUEST')])


@mail('NORMAL', 'de', 'internal',
      'trap: hospital cost statistics per DRG and age band (CSV), aggregate amounts only, for actuarial planning')
def _():
    rows = ['DRG;Bezeichnung;Fälle 2025;Ø Verweildauer;Ø Rechnungsbetrag EUR;Veränderung Vj.',
            'I47B;Revision oder Ersatz des Hüftgelenks ohne kompl. Diagnose;212;7,8;9.812;+6,2 %',
            'I68D;Nicht operativ behandelte Erkrankungen an der Wirbelsäule;301;5,1;3.944;+4,9 %',
            'F62C;Herzinsuffizienz und Schock ohne äußerst schwere CC;188;8,3;5.206;+7,4 %',
            'B70E;Apoplexie ohne komplexe Diagnose;97;9,6;7.118;+8,8 %',
            'G67C;Ösophagitis, Gastroenteritis;264;3,2;2.471;+3,1 %',
            'O60D;Vaginale Entbindung ohne komplizierende Diagnose;355;2,9;2.688;+5,0 %',
            'E65C;Chronisch-obstruktive Atemwegserkrankung;143;6,7;4.390;+6,6 %',
            'U61Z;Schizophrene, wahnhafte und akut psychotische Störungen;38;31,5;14.870;+9,9 %',
            ';Summe/Durchschnitt ausgewählte DRG;1.598;6,4;5.128;+6,1 %']
    body = f"""Hallo Carola,

hier wie gewünscht die Auswertung der stationären Rechnungen 2025 für die häufigsten DRG in der Vollversicherung (Basis: Rechnungseingang 01.01.–31.12.2025, nur Fälle mit Abschluss). Einzelfallbezogene Daten sind nicht enthalten.

Die Steigerung bei U61Z kommt fast vollständig aus den Verweildauern; bei B70E ist es der neue Landesbasisfallwert.

Gruß
Annika

{sig('stoever')}"""
    return build(frm('stoever'), frm('wendt'), 'Auswertung DRG 2025 für BAP', dt(4, 1, 9, 36), body,
                 attach=[att_text('\r\n'.join(rows) + '\r\n', 'DRG_Auswertung_2025.csv', 'csv', 'windows-1252',
                                  'quoted-printable')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-relative',
      'niece cancels her aunt\'s household cover because the aunt moved into a nursing home; the move reveals need of care (no diagnosis)')
def _():
    body = f"""Sehr geehrte Frau Böttcher,

vielen Dank für Ihre Nachricht und die Kopie der Generalvollmacht Ihrer Tante, Frau Erna Wilckens.

Da Frau Wilckens seit dem 15.03.2026 dauerhaft im Seniorenpflegeheim "Am Mühlenteich" in Trittau lebt und ihre Wohnung in der Reinbeker Straße 14 zum 30.04. aufgelöst wird, beenden wir die Hausratversicherung HR 19-0230-884 zum 30.04.2026. Den Beitrag für Mai bis Dezember (bereits jährlich gezahlt) erstatten wir anteilig: 61,20 EUR.

Bis zur Übergabe der Wohnung sind die dort verbliebenen Sachen weiter versichert, und die Sachen im Pflegeheim über die Außenversicherung.

Eine Bitte noch: Teilen Sie uns bitte mit, auf welches Konto wir erstatten sollen – auf das Konto Ihrer Tante oder auf Ihres.

Freundliche Grüße
Merve Aydın

{sig('aydin')}
{FOOTER}"""
    return build(frm('aydin'), 'Maike Böttcher <maike.boettcher@gmz.example>',
                 'Hausratversicherung Ihrer Tante Frau Wilckens', dt(3, 25, 10, 3), body)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'cargo claim of a sole-trader haulier (natural person, e.K.): goods-in-transit policy, consignment, damage amount')
def _():
    body = f"""Dear Mr de Graaf,

Thank you for reporting the damage to the consignment you carried for Elbgemüse Vierlande eG on 18 March 2026 (CMR 0044817, Hamburg-Curslack to Venlo).

Policy: Carrier's liability insurance VH 44-1027-310, insured: Henk de Graaf Transporte e.K., Geesthacht
Claim: TR-2026-00129

According to your report, the refrigeration unit of trailer GE-HG 512 failed near Bremen and 14 of 26 pallets of lettuce arrived above the agreed temperature and were rejected by the consignee. Claimed: EUR 11,940.

Your liability under the CMR is limited to 8.33 SDR per kg gross weight; for 14 pallets (approx. 6,300 kg) that is about EUR 63,000, so the claim is within the limit. We have appointed the surveyor Hansa Cargo Survey to inspect the unit and the temperature logs. Please keep the data logger printouts and the service records of the reefer unit.

Deductible under your policy: EUR 1,000.

Kind regards
Elena Sokolova

{sig('sokolova')}
{FOOTER_EN}"""
    return build(frm('sokolova'), 'Henk de Graaf <henk@degraaf-transporte.example>',
                 'Claim TR-2026-00129 – temperature damage, CMR 0044817', dt(3, 23, 14, 11), body)


@mail('NORMAL', 'en', 'newsletter',
      'trap: expat newsletter on caring for ageing parents in Germany with statutory benefit amounts and general advice; no person')
def _():
    txt = """Vierlanden International – Care Special, April 2026

When your parents need care – a short guide for expats in Germany

1. Who pays what?
Germany's long-term care insurance pays a fixed amount depending on the care level (1 to 5). For care at home at care level 3, for example, the care allowance is EUR 599 per month, or up to EUR 1,497 if a professional care service helps. In a nursing home it pays EUR 1,262 to EUR 2,096 towards care costs; accommodation and meals are paid privately.

2. How is the care level assessed?
An assessor visits the person at home and scores six areas, such as mobility, cognition and self-care. It helps to keep a care diary for a week beforehand.

3. Living abroad
If your parent lives in another EU country, the care allowance can usually be paid there; care services in kind cannot.

4. Looking after yourself
Caring relatives in Germany can take up to 10 days off work at short notice, and up to six months of unpaid care leave. Respite care gives you a break.

Questions? Our English-speaking care advisers are available on +49 40 7214-9120.

You receive this newsletter as a member of a Vierlanden International Health Plan. Unsubscribe: https://www.vierlanden-vers.example/international/unsubscribe"""
    html = """<html><body style="font-family:Georgia,serif;max-width:600px">
<h1>Care Special, April 2026</h1><h2>When your parents need care – a short guide for expats in Germany</h2>
<h3>1. Who pays what?</h3><p>Germany's long-term care insurance pays a fixed amount depending on the care level (1 to 5). For care at home at care level 3, for example, the care allowance is EUR 599 per month, or up to EUR 1,497 if a professional care service helps. In a nursing home it pays EUR 1,262 to EUR 2,096 towards care costs; accommodation and meals are paid privately.</p>
<h3>2. How is the care level assessed?</h3><p>An assessor visits the person at home and scores six areas, such as mobility, cognition and self-care. It helps to keep a care diary for a week beforehand.</p>
<h3>3. Living abroad</h3><p>If your parent lives in another EU country, the care allowance can usually be paid there; care services in kind cannot.</p>
<h3>4. Looking after yourself</h3><p>Caring relatives in Germany can take up to 10 days off work at short notice, and up to six months of unpaid care leave. Respite care gives you a break.</p>
<p>Questions? Our English-speaking care advisers are available on +49 40 7214-9120.</p>
<p style="font-size:11px">You receive this newsletter as a member of a Vierlanden International Health Plan. <a href="https://www.vierlanden-vers.example/international/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return build(f'Vierlanden International <international-news@{DOM}>', f'members@{DOM}',
                 'Care Special: when your parents need care', dt(4, 2, 7, 30), txt, html=html,
                 mailer='Vierlanden Mailing 2.4', headers=[('Precedence', 'bulk')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'body is neutral; the attached decision letter (PDF) refuses a care-level upgrade for a named insured with assessment findings')
def _():
    letter = """Vierlanden Krankenversicherung AG · Am Marschtor 12 · 21029 Hamburg

Herrn
Gerhard Paulsen
Dorfstraße 31
21039 Hamburg

Hamburg, 02.04.2026
Pflegepflichtversicherung, Versicherungsnummer 6 240 177 065
Ihr Antrag auf Höherstufung vom 06.02.2026

Sehr geehrter Herr Paulsen,

die Gutachterin der Pflegegutachten Nord GmbH hat Sie am 10.03.2026 zu Hause besucht. Sie hat
44,25 gewichtete Punkte festgestellt. Für Pflegegrad 3 sind mindestens 47,5 Punkte erforderlich.
Es bleibt deshalb bei Pflegegrad 2.

Ergebnisse der Module (gewichtete Punkte):
Modul 1 Mobilität: 7,5 (Gehen innerhalb der Wohnung mit Rollator, Treppensteigen nur mit Hilfe)
Modul 2/3 Kognitive Fähigkeiten / Verhaltensweisen: 7,5 (zeitweise Orientierungsstörungen)
Modul 4 Selbstversorgung: 20 (Hilfe beim Duschen und An-/Auskleiden des Unterkörpers)
Modul 5 Umgang mit krankheitsbedingten Anforderungen: 5 (Insulininjektion durch Pflegedienst,
Kompressionsstrümpfe)
Modul 6 Alltagsleben: 4,25

Die Gutachterin empfiehlt eine Überprüfung in 12 Monaten, da nach der geplanten Operation am
rechten Auge (Katarakt) eine Besserung der Orientierung zu erwarten ist.

Rechtsbehelf: Sie können innerhalb eines Monats nach Zugang dieses Schreibens Widerspruch einlegen.
Das vollständige Gutachten erhalten Sie mit gesonderter Post.

Mit freundlichen Grüßen
Katrin Oltmanns, Leistung Pflegeversicherung"""
    body = f"""Sehr geehrter Herr Paulsen,

anbei erhalten Sie vorab unser Schreiben vom 02.04.2026 als PDF. Das Original folgt per Post.

Bei Fragen erreichen Sie mich unter 040 7214-3318.

Freundliche Grüße
Katrin Oltmanns

{sig('oltmanns')}
{FOOTER}"""
    return build(frm('oltmanns'), 'Gerhard Paulsen <paulsen.kirchwerder@tnet.example>',
                 'Unser Schreiben vom 02.04.2026', dt(4, 2, 11, 47), body,
                 attach=[att(pdf(letter, 'Bescheid Hoeherstufung', 'Leistung Pflege'),
                             'Schreiben_2026-04-02.pdf', PDF_CT)])


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'trap: purchase of blood-pressure monitors and vision tests for the staff health day; no person\'s health data')
def _():
    body = f"""Hallo Frau Seidel,

für unseren Gesundheitstag am 07.05.2026 bestellen wir gemäß Ihrem Angebot vom 30.03.:

- 6 Oberarm-Blutdruckmessgeräte (Omron M500 o. glw.), zum Verbleib
- 1 Sehtest-Station inkl. Bedienung (Optikermeister), 9–15 Uhr
- Blutzucker-Schnelltests, 150 Stück, nur zur Abgabe durch den Betriebsarzt
- Körperfett-/BMI-Waage, Leihgerät
- Infomaterial "Bluthochdruck – der stille Killer", 200 Stück

Die Messungen sind freiwillig und anonym; Ergebnisse bekommen nur die Teilnehmenden selbst auf einem Ausdruck. Ihre Mitarbeitenden speichern bitte nichts, das haben wir ja im Vertrag so festgehalten.

Lieferung bitte bis 05.05. an Tor 2, z. Hd. Hauke Timm. Bestellnummer BE-2026-00521.

Viele Grüße
Bernd Harms

{sig('harms')}
{FOOTER}"""
    return build(frm('harms'), 'Gesundheitsservice Seidel <info@gesundheitsservice-seidel.example>',
                 'Bestellung BE-2026-00521 Gesundheitstag 07.05.', dt(4, 6, 10, 18), body, cc=frm('hagedorn'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor total loss after hail for a named customer: plate, VIN, replacement value, bank payout')
def _():
    ib = grp(iban('DE', '230510300512884466'))
    body = f"""Sehr geehrter Herr Petersen-Vogt,

das Gutachten zu Ihrem Hagelschaden vom 28.03.2026 liegt vor. Leider lohnt sich die Reparatur nicht mehr: Der Sachverständige schätzt die Reparaturkosten auf 14.880 EUR, der Wiederbeschaffungswert liegt bei 11.500 EUR. Es handelt sich also um einen wirtschaftlichen Totalschaden.

Fahrzeug: Mazda CX-3, OD-PV 71, FIN JMZDK6WE60*****
Vertrag: KFZ 41 088 0153 (Vollkasko, SB 500 EUR; Hagel in der Teilkasko, SB 150 EUR)
Schaden: KS-2026-007915

Abrechnung:
Wiederbeschaffungswert 11.500 EUR
abzüglich Restwert (höchstes Angebot Autoverwertung Krummesse) -2.350 EUR
abzüglich Selbstbeteiligung Teilkasko -150 EUR
Entschädigung 9.000 EUR

Überweisung an: Uwe Petersen-Vogt, {ib}

Wenn Sie das Restwertangebot annehmen, holt der Verwerter das Fahrzeug kostenlos ab. Bitte melden Sie sich dort bis 21.04. unter Angabe unserer Schadennummer. Die Abmeldung bei der Zulassungsstelle übernehmen Sie bitte selbst.

Mit freundlichen Grüßen
Jannis Petersen

{sig('petersen')}
{FOOTER}"""
    return build(frm('petersen'), 'Uwe Petersen-Vogt <u.petersen-vogt@gmz.example>',
                 'Hagelschaden KS-2026-007915 – Totalschadenabrechnung', dt(4, 8, 15, 42), body, charset='iso-8859-1')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'accident insurance asks a hand surgeon for the report on a named insured\'s wrist fracture (S62.5) and its consequences')
def _():
    body = f"""Dear Dr Haugen,

Your patient, Ms Ingrid Solberg (born 17 March 1979), is insured with us under an individual accident policy (UV-2200-61904). She slipped on ice on 3 February 2026 and fractured her right scaphoid (S62.0) and the distal radius (S52.5). You operated on 5 February (screw fixation of the scaphoid, plate for the radius).

Ms Solberg has signed a release of medical confidentiality for this accident; a copy is attached to the secure message.

Could you please send us a report covering:
1. the course of treatment and current healing status (union of the scaphoid on CT?),
2. current range of motion of the right wrist and grip strength compared with the left side,
3. whether you expect permanent impairment, and if so, roughly how much, and when a final assessment would be possible,
4. any pre-existing conditions of the right hand.

Our reha manager, Ms Lüdemann, would also like to know whether Ms Solberg (a violinist) might benefit from specialised hand therapy, which we could fund outside the policy benefits.

We pay a fee of EUR 120 for the report.

Kind regards
Jessica Lüdemann

{sig('luedemann')}
{FOOTER_EN}"""
    return build(frm('luedemann'), '"Dr Lars Haugen" <sekretariat@handchirurgie-alster.example>',
                 'Report request – Ingrid Solberg, accident of 3 Feb 2026', dt(4, 7, 9, 20), body)


@mail('NORMAL', 'en', 'internal',
      'trap: IT change request for an OCR model that classifies doctors\' invoices; tested on synthetic documents only')
def _():
    body = f"""CHG-2026-00731 – Deploy OCR classifier v2.3 for inbound claims documents
Requested by: Tobias Reimers (IT) for Claims Health & Care
Risk: medium · Window: Sat 18 April 2026, 06:00–10:00

Description
The new model classifies scanned inbound documents into 14 classes (doctor's invoice GOÄ, dentist's invoice GOZ, pharmacy receipt, hospital invoice, care-service invoice, nursing-home invoice, care assessment, doctor's report, prescription, sick note, cost plan, letter, form, other) and extracts invoice totals.

Test results (synthetic test set, 4,000 generated documents, no real customer data)
  overall accuracy 96.8 % (v2.2: 93.1 %)
  doctor's invoice vs. doctor's report confusion: 1.9 % (v2.2: 6.4 %)
  care-service vs. nursing-home invoice: 2.7 %
  total amount extraction exact: 94.2 %

Rollback: switch the routing rule back to model v2.2 (config flag ocr.model.version), < 5 min.

Data protection: The model runs on-premise. No documents leave our data centre. The DPO has confirmed that the synthetic test set contains no personal data.

Approvals needed: CAB, Head of Claims Health & Care.

{sig('reimers')}"""
    return build(frm('reimers'), f'Change Advisory Board <cab@{DOM}>',
                 'CHG-2026-00731 OCR classifier v2.3 – request for approval', dt(4, 9, 14, 30), body,
                 mailer='ServiceNow Notification')


@mail('CONFIDENTIAL', 'de', 'insurer-to-relative',
      'son reports his father\'s death and cancels liability cover; fact of death and contract data, no cause of death or health details')
def _():
    q = """Guten Tag,
mein Vater Werner Loose ist am 18. März verstorben. Er hatte bei Ihnen eine Privathaftpflicht, Nr. PH 19-0612-075. Bitte kündigen Sie die. Die Sterbeurkunde habe ich angehängt. Das Geld bitte auf mein Konto, ich bin Alleinerbe (Erbschein kommt noch).
Mit freundlichen Grüßen
Matthias Loose"""
    body = f"""Sehr geehrter Herr Loose,

unser herzliches Beileid zum Tod Ihres Vaters.

Die Privathaftpflichtversicherung PH 19-0612-075 endet mit dem Todestag, dem 18.03.2026. Den Beitrag, den Ihr Vater für die Zeit danach bereits bezahlt hat (19.03.–31.12.2026), erstatten wir: 58,14 EUR.

Für die Auszahlung an Sie als Erben brauchen wir noch den Erbschein oder ein eröffnetes notarielles Testament. Sobald er vorliegt, schicken Sie ihn uns bitte zusammen mit Ihrer Bankverbindung.

Falls Ihr Vater weitere Verträge bei uns hatte, die wir nicht kennen, sagen Sie uns bitte Bescheid – wir sehen unter seinem Namen nur diesen einen.

Mit freundlichen Grüßen
Merve Aydın

{sig('aydin')}
{FOOTER}

Von: Matthias Loose <m.loose@webpost.example>
Gesendet: Donnerstag, 2. April 2026 20:31
An: service@{DOM}
Betreff: Kündigung Haftpflicht Werner Loose

{q}"""
    return build(frm('aydin'), 'Matthias Loose <m.loose@webpost.example>',
                 'AW: Kündigung Haftpflicht Werner Loose', dt(4, 7, 11, 55), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'body is neutral; the XLSX lists named accident victims in rehab management with injuries, clinics and status')
def _():
    rows = [['Reha-Management Unfall – Fallliste KW 15/2026 (Stand 10.04.2026)'], [],
            ['Schaden', 'Versicherte/r', 'geb.', 'Verletzung', 'Maßnahme', 'Einrichtung', 'Status', 'nächster Schritt'],
            ['UV-S-2026-00141', 'Wohlers, Dennis', '17.02.1968', 'Schenkelhalsfraktur li., Hüft-TEP', 'AHB beendet 05.03.', 'Klinik Am Elbhang', 'Wiedereingliederung seit 30.03.', 'Telefonat 17.04.'],
            ['UV-S-2026-00188', 'Solberg, Ingrid', '17.03.1979', 'Skaphoid- und Radiusfraktur re.', 'Handtherapie 2x/Woche', 'Handzentrum Alster', 'Befund angefordert', 'Bericht bis 24.04.'],
            ['UV-S-2025-01377', 'Brockmöller, Heiko', '02.08.1971', 'Tibiakopffraktur re., Arthrose', 'Invalidität abgerechnet', '–', 'abgeschlossen', 'Akte schließen'],
            ['UV-S-2026-00203', 'Celik, Deniz', '11.10.2001', 'SHT II. Grades, Claviculafraktur', 'neurolog. Reha Phase C', 'Elbhang Neurologie', 'läuft seit 31.03.', 'Zwischenbericht 14.04.'],
            ['UV-S-2026-00219', 'Marten, Ulrike', '29.06.1959', 'Sprunggelenksfraktur li. (Weber C)', 'ambulante Reha', 'Reha-Zentrum Bergedorf', 'Kostenzusage 08.04.', 'Start 13.04.'],
            ['UV-S-2026-00240', 'Nowak, Piotr', '03.03.1990', 'Amputation Endglied D2 re. (Kreissäge)', 'Prothetik-Beratung', '–', 'Erstgespräch offen', 'Termin vereinbaren']]
    body = f"""Hi Carsten,

anbei die Fallliste für die Übergabe. Ich bin ab Montag zwei Wochen im Urluab, Vertretung bist du. Die Telefonnummern stehen in den Akten.

Danke dir!
Jessica

{sig('luedemann')}"""
    return build(frm('luedemann'), f'Carsten Ivers <c.ivers@{DOM}>', 'Übergabe Reha-Fälle KW 15',
                 dt(4, 10, 15, 58), body,
                 attach=[att(xlsx([('KW15', rows)], 'Fallliste Reha-Management KW15', 'Jessica Lüdemann'),
                             'Fallliste_RehaMgmt_KW15.xlsx', XLSX_CT)])


@mail('NORMAL', 'de', 'internal',
      'trap: actuarial note on new mortality tables and technical interest for annuity and disability business; no person')
def _():
    body = f"""Liebe Kolleginnen und Kollegen,

kurze Zusammenfassung aus der Sitzung des Aktuarskreises Leben vom 07.04.:

1. Sterbetafeln
Die DAV hat die neuen Tafeln für Rentenversicherungen (DAV 2026 R, Entwurf) veröffentlicht. Erste Rechnungen zeigen für unseren Bestand einen zusätzlichen Reservierungsbedarf von rund 0,6 % der Deckungsrückstellung für Renten im Bezug. Für die BU-Tafeln (DAV 1997 I/TI/RI) gibt es keinen Handlungsbedarf; unsere Invalidisierungs- und Reaktivierungswahrscheinlichkeiten liegen innerhalb der Sicherheitsmargen.

2. Höchstrechnungszins
Bleibt 2027 bei 1,0 %. Für das Neugeschäft ab 01.01.2027 rechnen wir weiter mit 1,0 %, die Zinszusatzreserve wird weiter aufgelöst (ca. 14 Mio. EUR in 2026).

3. Überschussbeteiligung 2027
Vorschlag laufende Verzinsung 2,6 % (2026: 2,5 %), Schlussüberschuss unverändert. Entscheidung im Vorstand am 12.05.

4. Pflegerente
Neue Leistungsauslöser (ADL-Punkte statt Pflegegrad) sind ab 07/2026 im Neugeschäft vorgesehen. Technische Umsetzung durch Team Tarife.

Details in den Unterlagen im Aktuariats-SharePoint.

Viele Grüße
Carola Wendt
(Gast im Aktuarskreis Leben, Protokoll für Kranken/Pflege)

{sig('wendt')}"""
    return build(frm('wendt'), f'Aktuariat alle <aktuariat@{DOM}>', 'Kurzprotokoll Aktuarskreis Leben 07.04.',
                 dt(4, 8, 8, 4), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'disability follow-up review: named pensioner, current doctors and therapy requested, income from any new work')
def _():
    body = f"""Sehr geehrte Frau Iwanowa,

seit dem 01.05.2023 zahlen wir Ihnen aus Ihrer Berufsunfähigkeitsversicherung (LV 88-209114-0) eine monatliche Rente von 1.250 EUR. Ihr Vertrag sieht vor, dass wir in angemessenen Abständen prüfen, ob die Voraussetzungen weiter vorliegen (Nachprüfung). Das ist ein üblicher Vorgang und bedeutet nicht, dass wir Zweifel haben.

Bitte füllen Sie bis zum 15.05.2026 den Fragebogen in Ihrem Postfach aus. Wir fragen darin unter anderem:
- welche Ärzte und Therapeuten Sie seit 2024 wegen Ihrer rheumatoiden Arthritis behandelt haben,
- welche Medikamente Sie derzeit nehmen (insbesondere Biologika) und wie sich die Beweglichkeit Ihrer Hände entwickelt hat,
- ob Sie wieder eine berufliche Tätigkeit ausüben und ggf. welches Einkommen Sie damit erzielen.

Mit Ihrer Einwilligung (Formular anbei) fordern wir die Berichte direkt bei Ihrer Rheumatologin an, damit Sie keinen Aufwand haben.

Während der Nachprüfung zahlen wir die Rente unverändert weiter.

Mit freundlichen Grüßen
Lars Vogeler

{sig('vogeler')}
{FOOTER}"""
    return build(frm('vogeler'), 'Olga Iwanowa <olga.iwanowa@gmz.example>',
                 'Ihre Berufsunfähigkeitsrente – Nachprüfung 2026', dt(4, 13, 10, 15), body)


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
      'broker receives a named customer\'s household and motor contract data: policy numbers, address, plate, premiums')
def _():
    q = """Hi Ole,
my client Mr Benedikt Schramm (Lohbrügger Kirchstr. 9, 21033 Hamburg) has given me a broker mandate (copy attached). Could you send me his current contracts with you so I can review them? As far as I know it's home contents and motor.
Thanks, Gareth"""
    body = f"""Hi Gareth,

Thanks, the mandate is fine and has been registered (broker change effective 1 May 2026). Here is an overview of Mr Schramm's contracts with us:

  Home contents   HR 55-4410-219   sum insured EUR 65,000, incl. bicycle cover EUR 2,000   EUR 11.90/month
  Liability       PH 55-4410-220   single, EUR 10m                                            EUR  5.10/month
  Motor           KFZ 41 099 2214  Audi A3 Sportback, HH-BS 1207, liability + comprehensive,
                                   SF 9 / SF 8, deductibles EUR 300/150                        EUR 54.30/month

No open claims. The last claim was a glass claim on the Audi in 2024.

The policy documents will be in your broker mailbox from 1 May. Please note: Mr Schramm also mentioned a legal expenses policy on the phone – that must be with another insurer.

Cheers
Ole

{sig('bruening')}
{FOOTER_EN}

-----Original Message-----
From: Gareth Pryce <gareth@pryce-expat.example>
Sent: Monday, 13 April 2026 16:40
Subject: Broker mandate B. Schramm

{q}"""
    return build(frm('bruening'), 'Gareth Pryce <gareth@pryce-expat.example>', 'RE: Broker mandate B. Schramm',
                 dt(4, 14, 12, 3), body)


@mail('NORMAL', 'de', 'insurer-to-press',
      'trap: answer to a journalist about rising nursing-home co-payments, with market averages and company-wide figures; no person')
def _():
    q = """Sehr geehrter Herr Zimmek,
für einen Artikel in der Bergedorfer Rundschau über die steigenden Eigenanteile im Pflegeheim hätte ich drei Fragen: 1. Wie viele Ihrer Versicherten leben im Heim? 2. Reicht eine Pflegezusatzversicherung, um den Eigenanteil zu decken? 3. Haben Sie einen Fall, über den wir (anonym) berichten könnten?
Beste Grüße
Tanja Rohlfs"""
    body = f"""Sehr geehrte Frau Rohlfs,

gern beantworte ich Ihre Fragen:

1. Von unseren rund 6.350 Versicherten in der Pflegepflichtversicherung, die Leistungen beziehen, werden etwa 23 % vollstationär in einem Pflegeheim versorgt; die übrigen zu Hause.

2. Der durchschnittliche Eigenanteil im ersten Jahr im Heim liegt in Hamburg laut Verbandsstatistik bei rund 3.100 Euro im Monat (Pflege, Unterkunft, Verpflegung, Investitionskosten). Mit einem Pflegetagegeld von 50 Euro am Tag lässt sich bei Pflegegrad 4 und 5 ein großer Teil davon auffangen. Wie viel jemand braucht, hängt von Rente und Vermögen ab – deshalb raten wir zu einer Beratung, bevor man abschließt. Zitieren Sie dazu gern unsere Pflegeberaterin Gesa Thode: "Die Lücke ist für die meisten Familien größer, als sie denken – sie lässt sich aber mit kleinen Beiträgen früh schließen."

3. Aus Datenschutzgründen vermitteln wir keine Fälle. Gern stelle ich aber den Kontakt zum Pflegestützpunkt Bergedorf her; dort gibt es Angehörige, die bereit sind, mit der Presse zu sprechen.

Mit freundlichen Grüßen
Paul Zimmek

{sig('zimmek')}
{FOOTER}

Am 08.04.2026 um 11:02 schrieb Tanja Rohlfs <t.rohlfs@bergedorfer-rundschau.example>:
{quote(q)}"""
    return build(frm('zimmek'), 'Tanja Rohlfs <t.rohlfs@bergedorfer-rundschau.example>',
                 'Re: Anfrage Eigenanteile Pflegeheim', dt(4, 9, 16, 25), body, cc=frm('thode'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-relative',
      'court-appointed guardian of a named insured with care level 4 (intellectual disability, epilepsy) asks for documents; reply')
def _():
    body = f"""Sehr geehrter Herr Friedrichsen,

vielen Dank für die Übersendung Ihres Betreuerausweises (Amtsgericht Reinbek, Aufgabenkreise Vermögenssorge, Gesundheitssorge, Behördenangelegenheiten) für Herrn Jannik Marbach.

Wie gewünscht erhalten Sie von uns
- eine Kopie des Pflegegutachtens vom 19.11.2025 (Pflegegrad 4, Grundlage: geistige Behinderung mit erheblich eingeschränkter Alltagskompetenz, Epilepsie mit nächtlichen Anfällen),
- die Leistungsübersicht 2025 (Pflegegeld 800 EUR monatlich, Entlastungsbetrag für die Tagesbetreuung in der Werkstatt Sachsenwald),
- die Bescheinigung über die Beitragsbefreiung.

Die Unterlagen stellen wir Ihnen in das Portal-Postfach, das wir für Sie als Betreuer angelegt haben. Die Zugangsdaten kommen getrennt per Post.

Zu Ihrer Frage nach dem Wechsel in die besondere Wohnform "Haus Tonne" ab Juni: Dann zahlen wir nach § 43a SGB XI pauschal 15 % der vereinbarten Vergütung, höchstens 278 EUR monatlich, an die Einrichtung. Das Pflegegeld entfällt für die Tage in der Einrichtung, an Wochenenden bei den Eltern wird es anteilig weitergezahlt.

Mit freundlichen Grüßen
Katrin Oltmanns

{sig('oltmanns')}
{FOOTER}"""
    return build(frm('oltmanns'), 'Betreuungsbüro Friedrichsen <info@betreuung-friedrichsen.example>',
                 'Ihr Betreuter Herr Jannik Marbach – Unterlagen', dt(4, 15, 13, 40), body)


@mail('CONFIDENTIAL', 'en', 'insurer-to-applicant',
      'HR job offer to a named applicant: salary, start date and date of birth for the contract')
def _():
    body = f"""Dear Mr Rahman,

Following your interviews with Dr. Raman and Mr Ahlers, I'm delighted to offer you the position of Claims Specialist International Health (m/f/d) in Hamburg.

  Start date: 1 June 2026
  Salary: EUR 58,500 gross per year (tariff group 7 of the collective agreement for the private insurance industry, plus experience allowance), paid in 14 instalments
  Working time: 38 hours/week, hybrid (up to 3 days remote)
  Probation: 6 months
  Holidays: 30 days

For the employment contract, please confirm your personal details:
  Full name: Tanvir Ahmed Rahman
  Date of birth: 27/08/1993
  Address: Wandsbeker Zollstraße 140, 22041 Hamburg

and send us a copy of your residence permit with work authorisation. Please let us know by 24 April whether you accept; I'll then send you the contract for e-signature.

We're looking forward to working with you!

Best regards
Friederike Hagedorn

{sig('hagedorn')}
{FOOTER_EN}"""
    return build(frm('hagedorn'), 'Tanvir Rahman <tanvir.rahman@mailo.example>',
                 'Job offer – Claims Specialist International Health', dt(4, 16, 10, 2), body)


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: speaker confirmation for a care-technology conference: talk abstract with aggregate figures, travel logistics')
def _():
    body = f"""Dear Ms Lindahl,

Thank you for inviting us to speak at the Care Tech Summit Copenhagen on 10 June. Gesa Thode from Vierlanden Pflegeberatung and I will give the talk together.

Title: "From sensor to service: fall detection and home emergency systems in private long-term care"

Abstract (for the programme):
Since 2024, Vierlanden has funded home emergency systems with automatic fall detection for insured persons receiving care at home. We present results from 1,850 installations: the share of falls detected automatically, the time until help arrived, false-alarm rates and acceptance among older users and their relatives. We discuss what worked (simple devices, set-up by a care adviser in person) and what didn't (wrist sensors taken off at night), and how we handled consent and data protection when sensor data concern people with dementia.

Speakers: Dr. Priya Raman (Medical Adviser), Gesa Thode (Care Adviser)
AV: laptop with HDMI, clicker, one lapel microphone each.

We'll arrive on 9 June; please book the speaker hotel for two nights. Dietary requirements: none.

Kind regards
Priya Raman

{sig('raman')}
{FOOTER_EN}"""
    return build(frm('raman'), 'Karin Lindahl <program@caretechsummit.example>',
                 'Speaker confirmation – Care Tech Summit 2026', dt(4, 14, 17, 10), body, cc=frm('thode'))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'electronics insurance: a named customer\'s laptop damaged by spilled coffee, serial number, claim and payout')
def _():
    body = f"""Hi Ms Vasquez,

Thanks for the repair shop's report. Your laptop (Lenovo ThinkPad X1 Carbon Gen 11, serial PF4KT7ZQ) has a liquid-damaged mainboard and keyboard; the repair would cost EUR 1,140, more than the current value.

Under your electronics insurance EL 77-0194-336 (claim EL-2026-00417) we therefore pay the replacement value:

  purchase price (07/2024): EUR 1,689
  depreciation after 21 months (per tariff table): -20 %
  replacement value: EUR 1,351.20
  deductible: -EUR 100
  payment: EUR 1,251.20

The payment goes to your account on file (ending 3308). Please keep the damaged device for four weeks in case we need it for salvage.

Best
Timo Hinrichs

{sig('hinrichs')}
{FOOTER_EN}"""
    return build(frm('hinrichs'), 'Camila Vasquez <camila.vasquez@northmail.example>',
                 'Your laptop claim EL-2026-00417', dt(4, 17, 12, 33), body)


@mail('NORMAL', 'de', 'internal',
      'trap: staff health day and flu/tick vaccination offer by the company doctor; no individual data')
def _():
    body = f"""Liebe Kolleginnen und Kollegen,

am Donnerstag, 7. Mai, findet unser Gesundheitstag im Foyer Haus A statt (9–15 Uhr):

- Blutdruck- und Blutzuckermessung durch das Team unseres Betriebsarztes Dr. Meinecke
- Sehtest, Hörtest
- Rückenfit am Arbeitsplatz: Kurzworkshops um 10 und 13 Uhr
- Beratung zur Stressbewältigung (EAP-Hotline)
- FSME-Impfung (Zecken) für alle, die in Risikogebiete reisen – bitte Impfpass mitbringen

Alle Angebote sind freiwillig und vertraulich: Ihre Werte bekommen nur Sie. Die Personalabteilung erfährt nicht, wer teilnimmt.

Die Grippeschutzimpfung bieten wir wie jedes Jahr im Oktober an.

Anmeldung für die Workshops und die Impfung bitte über das Intranet (Gesundheit > Gesundheitstag).

Bleiben Sie gesund!
Ihre Personalabteilung

{sig('hagedorn')}"""
    return build(frm('hagedorn'), f'Alle Mitarbeitenden <alle@{DOM}>', 'Gesundheitstag am 7. Mai',
                 dt(4, 20, 8, 0), body)


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'private liability: named customer lost his employer\'s key system keys; policy and claim number, costs of lock exchange')
def _():
    body = f"""Hallo Herr Ohlendorf,

ärgerlich, aber dafür ist die Haftpflicht da. Der Verlust des Generalschlüssels Ihres Arbeitgebers (Schließanlage Gymnasium Lohbrügge, Schlüssel-Nr. GS-017) am 02.04.2026 ist in Ihrer Privathaftpflicht PH 55-3377-129 mitversichert (Verlust fremder beruflicher Schlüssel bis 30.000 EUR).

Schadennummer: HS-2026-01456

Der Schulträger (Schulbau Hamburg) will die Schließanlage teilweise austauschen: Angebot Schlüsseldienst Krüger über 8.736,90 EUR für 42 Zylinder und 160 Schlüssel. Bevor wir zahlen, prüft unser Sachverständiger, ob ein Teilaustausch reicht (z. B. nur Außentüren und Verwaltung). Bitte bestätigen Sie uns kurz:
- Wo und wann genau haben Sie den Schlüssel zuletzt gehabt?
- Waren am Schlüssel Hinweise auf die Schule (Anhänger, Name)?
- Haben Sie den Verlust bei der Polizei gemeldet (Fundbüro)?

Selbstbeteiligung laut Vertrag: 150 EUR.

Viele Grüße
Marek Nowicki

{sig('nowicki')}
{FOOTER}"""
    return build(frm('nowicki'), 'Bastian Ohlendorf <b.ohlendorf@tnet.example>',
                 'Schlüsselverlust – Ihre Haftpflicht HS-2026-01456', dt(4, 16, 14, 49), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-care-home',
      'short-term care after a hospital stay for a named insured: care level 3, hip fracture, invoice correction for the care home')
def _():
    body = f"""Sehr geehrte Frau Marschall,

zur Rechnung 2026-03-0512 über die Kurzzeitpflege von Frau Edith Hoyer (Vers.-Nr. 6 240 255 691, Pflegegrad 3) vom 20.03. bis 10.04.2026:

Frau Hoyer kam nach der Versorgung ihrer Oberschenkelhalsfraktur direkt aus dem Krankenhaus zu Ihnen, weil die häusliche Pflege durch ihre Tochter vorübergehend nicht möglich war. Die Kurzzeitpflege ist damit dem Grunde nach genehmigt.

Ihre Rechnung weist allerdings 23 Tage aus; laut Entlassungsbrief war die Aufnahme am 20.03. und die Rückkehr nach Hause am 10.04. Bei uns zählen An- und Abreisetag jeweils voll, es sind also 22 Tage. Bitte korrigieren Sie die Rechnung.

Für die pflegebedingten Aufwendungen übernehmen wir bis zu 1.854 EUR je Kalenderjahr, aufgestockt um nicht genutzte Mittel der Verhinderungspflege. Für Frau Hoyer stehen 2026 insgesamt 3.539 EUR zur Verfügung. Unterkunft und Verpflegung (Ihre Positionen 3 und 4) sind privat zu zahlen; diese stellen Sie bitte Frau Hoyer bzw. ihrer Tochter in Rechnung.

Mit freundlichen Grüßen
Katrin Oltmanns

{sig('oltmanns')}
{FOOTER}"""
    return build(frm('oltmanns'), 'Verwaltung Haus Birkenhain <verwaltung@haus-birkenhain.example>',
                 'Ihre Rechnung 2026-03-0512 Kurzzeitpflege Frau Hoyer', dt(4, 21, 9, 38), body)


@mail('NORMAL', 'de', 'insurer-to-broker',
      'trap: blank template for a release from medical confidentiality sent to a broker (PDF with empty fields)')
def _():
    form = """Vierlanden Versicherungsgruppe

Einwilligungs- und Schweigepflichtentbindungserklärung
(Muster nach den Empfehlungen des GDV, Stand 01/2026)

Name, Vorname der versicherten Person: ______________________________
Geburtsdatum: ____________  Vertragsnummer/Antragsnummer: ____________

1. Erhebung von Gesundheitsdaten bei Dritten
Ich ermächtige die Vierlanden Versicherungsgruppe, zur Prüfung der Leistungspflicht bzw. des
Antrags bei Ärzten, Pflegepersonen, Krankenhäusern, Rehabilitationseinrichtungen, Pflegeheimen
und Behörden Auskünfte über meine Gesundheit einzuholen.
[ ] Ich willige ein, dass dies im Einzelfall ohne weitere Rückfrage geschieht.
[ ] Ich möchte vor jeder Erhebung informiert werden und entscheide dann einzeln.

2. Weitergabe an Stellen außerhalb des Versicherers
(Rückversicherer, Beratungsärzte, Gutachter, Assisteure)
[ ] Ich willige ein.

3. Schweigepflichtentbindung
Ich entbinde die oben genannten Stellen insoweit von ihrer Schweigepflicht.

______________________          ______________________________
Ort, Datum                      Unterschrift der versicherten Person
                                (bei Minderjährigen/Betreuten: gesetzliche Vertretung)"""
    body = f"""Moin Frau Lüders,

wie gestern besprochen hier die aktuelle Mustererklärung zur Schweigepflichtentbindung als PDF (Stand 01/2026). Bitte nur noch diese Version verwenden; die alte von 2019 wird ab Juli nicht mehr angenommen, weil der Abschnitt zu Pflegeheimen und Reha-Einrichtungen fehlt.

Das Formular ist leer, Sie können es Ihren Kunden vor dem Termin schicken.

Viele Grüße
Ole Brüning

{sig('bruening')}
{FOOTER}"""
    return build(frm('bruening'), 'Anja Lüders <lueders@rehder-kontor.example>',
                 'Neue Schweigepflichtentbindung (Muster 01/2026)', dt(4, 22, 8, 51), body,
                 attach=[att(pdf(form, 'Muster Schweigepflichtentbindung 01-2026', 'Vierlanden'),
                             'Muster_Schweigepflichtentbindung_2026-01.pdf', PDF_CT)])


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'pet health claim for a named customer\'s cat: vet diagnosis and treatment of the animal, contract and payout; animal health is not human health')
def _():
    body = f"""Dear Ms Harrington,

We're glad to hear Miso is eating again. Here is the settlement of the vet invoice from Kleintierpraxis am Billeufer (14 April 2026):

  Policy: Cat health insurance TK 82-5518-203 (Miso, British Shorthair, born 2019)
  Claim: TS-2026-00731
  Diagnosis (vet): chronic kidney disease stage 2, dehydration
  Invoice: EUR 486.34 (examination, blood and urine tests, ultrasound, 2 days of IV fluids)
  Reimbursed: EUR 389.07 (80 %)

The special renal diet is not covered, but the prescribed medication (benazepril) is; please send us the pharmacy receipts. For chronic conditions your tariff pays up to EUR 2,000 per year.

Best wishes to Miso!
Timo Hinrichs

{sig('hinrichs')}
{FOOTER_EN}"""
    return build(frm('hinrichs'), 'Rosalind Harrington <ros.harrington@mailo.example>',
                 "Miso's vet invoice – reimbursement", dt(4, 20, 15, 13), body)


@mail('NORMAL', 'de', 'internal',
      'trap: list of trained first-aiders per floor with phone extensions and a refresher course ICS; no health data')
def _():
    cal = ics('ersthelfer-auffrischung-2026@vierlanden-vers.example', '20260527T083000', '20260527T163000',
              'Auffrischung Erste Hilfe (BG-Kurs, 9 UE)', 'Schulungsraum A0.05',
              'Ausbildung durch das DRK. Bitte bequeme Kleidung. Mittagessen in der Kantine.',
              f'Hauke Timm:mailto:h.timm@{DOM}', [f'Ersthelfende:mailto:ersthelfer@{DOM}'])
    body = f"""Hallo zusammen,

die aktualisierte Ersthelferliste hängt ab morgen wieder an allen Infotafeln:

Haus A
  EG   Empfang: Sabrina Lutz (-1000), Dirk Fehling (-6412)
  1.OG Poststelle: Kemal Arslan (-1120)
  2.OG Kundenservice: Merve Aydın (-1500), Jonas Thies (-1502)
  3.OG Kfz-Schaden: Jannis Petersen (-1187)
Haus B
  1.OG IT: Tobias Reimers (-5555)
  2.OG Leistung Pflege: Katrin Oltmanns (-3318)
  3.OG Leistung KV: Annika Stöver (-3140)

Defibrillatoren: Foyer Haus A, Kantine, Haus B 2. OG (neben Aufzug).

Auffrischungskurs für alle, deren Ausbildung älter als zwei Jahre ist: 27.05., Einladung im Anhang. Neue Freiwillige sind herzlich willkommen – der Kurs zählt als Arbeitszeit.

Danke an alle Ersthelferinnen und Ersthelfer!
Hauke

{sig('timm')}"""
    return build(frm('timm'), f'Ersthelfende <ersthelfer@{DOM}>', 'Ersthelferliste 2026 und Auffrischung 27.05.',
                 dt(4, 23, 13, 4), body,
                 attach=[att_text(cal, 'Erste_Hilfe_Auffrischung.ics', 'calendar', 'utf-8', 'quoted-printable',
                                  method='REQUEST')])


@mail('NORMAL', 'en', 'internal',
      'trap: specification of the reinsurance claims bordereau: field list incl. date of birth and diagnosis code, but no data rows')
def _():
    body = f"""Hi Daniel, hi Tobias,

For the new LTC quota share, Thames & Rhine wants a quarterly claims bordereau via SFTP instead of the Excel we email today. Here's the field specification they sent, with my comments. Could you check what's feasible by the end of May?

  #  Field                    Format        Comment
  1  claim_ref                string(20)    our claim number – OK
  2  policy_ref               string(20)    pseudonymised! (hash, see below)
  3  year_of_birth            YYYY          they asked for full date of birth; we offer year only
  4  sex                      M/F/X
  5  care_level               1–5
  6  care_level_date          YYYY-MM-DD
  7  main_diagnosis_chapter   ICD-10 chapter letter only (e.g. F, G, I) – no full code
  8  setting                  HOME / RESIDENTIAL
  9  paid_to_date             decimal(12,2) EUR
 10  reserve                  decimal(12,2) EUR
 11  status                   OPEN / CLOSED / DECEASED

Data protection: policy_ref must be a keyed hash (HMAC-SHA256, key stays with us). Sabine agreed to the reduced field list under Art. 9(2)(f)/(h) plus the consent clause in our policy conditions; full DOB and full ICD codes only for individual large claims, case by case.

Transfer: SFTP to sftp.thamesrhine-re.example, PGP-encrypted file, their key fingerprint to be confirmed by phone.

Thanks!
Svenja

{sig('marquardt')}"""
    return build(frm('marquardt'), f'{frm("okonkwo")}, {frm("reimers")}',
                 'Bordereau specification LTC QS – feasibility?', dt(4, 24, 11, 21), body, cc=frm('quast'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'body only says "opinion attached"; the DOCX holds the medical adviser\'s opinion on a named insured\'s disability (lumbar spine, depression)')
def _():
    doc = docx([('h', 'Beratungsärztliche Stellungnahme'),
                ('p', 'Fall: BU-L-2026-0077 · Versicherter: Herr Mirko Stojanović, geb. 14.02.1972 · LV 88-318822-4\n'
                      'Beruf: Fliesenleger (selbständig, 1 Mitarbeiter)\nDatum: 22.04.2026 · Verfasser: Dr. med. H. Wiebusch'),
                ('h', 'Vorliegende Unterlagen'),
                ('p', 'Befundbericht Orthopädie Dr. Lührs 03/2026, MRT LWS 01/2026, Entlassungsbericht Reha-Zentrum Bergedorf 02/2026, '
                      'Bericht Psychiatrische Institutsambulanz 04/2026, Fragebogen zur beruflichen Tätigkeit.'),
                ('h', 'Diagnosen'),
                ('p', '1. Chronisches Lumbalsyndrom bei Bandscheibenvorfall L5/S1 mit Wurzelreizung S1 links (M51.1), '
                      'Z. n. Nukleotomie 09/2025\n2. Mittelgradige depressive Episode (F32.1)\n3. Adipositas Grad I'),
                ('h', 'Beurteilung'),
                ('p', 'Die Tätigkeit als Fliesenleger ist zu etwa 70 % kniend bzw. in gebückter Haltung mit Heben von '
                      'Lasten bis 25 kg verbunden. Nach den vorliegenden Befunden ist dies dauerhaft nicht mehr möglich. '
                      'Die depressive Symptomatik ist reaktiv und behandelbar, für die BU-Beurteilung nachrangig.\n'
                      'Aus medizinischer Sicht liegt eine Berufsunfähigkeit von mindestens 50 % seit 01.10.2025 vor. '
                      'Eine Umorganisation des Betriebs (Herr S. nur noch Aufmaß, Angebote, Kundenberatung) ist medizinisch '
                      'zumutbar und sollte leistungsrechtlich geprüft werden.'),
                ('h', 'Empfehlung'),
                ('p', 'Anerkennung prüfen; Umorganisationsprüfung durch Sachbearbeitung; Nachprüfung in 24 Monaten.')],
               'Stellungnahme BU-L-2026-0077', 'Dr. med. Henrik Wiebusch')
    body = f"""Hallo Herr Vogeler,

anbei meine Stellungnahme zu BU-L-2026-0077.

Gruß
H. Wiebusch

{sig('wiebusch')}"""
    return build(frm('wiebusch'), frm('vogeler'), 'Stellungnahme BU-L-2026-0077', dt(4, 22, 17, 49), body,
                 attach=[att(doc, 'Stellungnahme_BU-L-2026-0077.docx', DOCX_CT)])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'legal-expenses cover refused for a named customer\'s neighbour dispute because of the waiting period; contract data')
def _():
    body = f"""Sehr geehrte Frau Grabowski,

vielen Dank für Ihre Schilderung des Streits mit Ihrem Nachbarn, Herrn Detlefsen, über die Thujahecke an der Grundstücksgrenze (Kampweg 12/14, 21037 Hamburg).

Leider können wir Ihnen für diesen Fall keinen Versicherungsschutz geben. Ihr Rechtsschutzvertrag RS 70-402-7716 mit Wohnungs- und Grundstücks-Rechtsschutz hat am 01.02.2026 begonnen; für Nachbarstreitigkeiten gilt eine Wartezeit von drei Monaten. Nach Ihren Unterlagen hat Herr Detlefsen Sie bereits mit Schreiben vom 20.01.2026 aufgefordert, die Hecke zurückzuschneiden. Der Rechtsschutzfall ist damit vor Vertragsbeginn eingetreten (§ 4 ARB).

Schadennummer zur Information: RSL-2026-02719.

Wir empfehlen Ihnen, zunächst die Schiedsstelle beim Bezirksamt Bergedorf anzurufen. Das ist in Hamburg bei Nachbarstreitigkeiten ohnehin oft der erste Schritt und kostet nur eine geringe Gebühr.

Mit freundlichen Grüßen
Nadine Kruse

{sig('kruse')}
{FOOTER}"""
    return build(frm('kruse'), 'Renate Grabowski <r.grabowski@tnet.example>',
                 'Ihr Rechtsschutzfall RSL-2026-02719', dt(4, 27, 11, 5), body, charset='iso-8859-1')


@mail('NORMAL', 'de', 'internal',
      'trap: DOCX letter template for care-level decisions with placeholders only (no real name, number or finding)')
def _():
    doc = docx([('p', '«Anrede» «Vorname» «Nachname»\n«Straße» «Hausnummer»\n«PLZ» «Ort»'),
                ('p', 'Hamburg, «Datum»'),
                ('h', 'Ihre Pflegepflichtversicherung, Versicherungsnummer «VersNr»'),
                ('p', '«Briefanrede»,'),
                ('p', 'die Gutachterin / der Gutachter hat Sie am «Begutachtungsdatum» besucht und «Punkte» gewichtete Punkte '
                      'festgestellt. Das entspricht Pflegegrad «PG» ab dem «Leistungsbeginn».'),
                ('p', '[BAUSTEIN_LEISTUNG_AMBULANT | BAUSTEIN_LEISTUNG_STATIONAER | BAUSTEIN_KOMBI]'),
                ('p', '[WENN Befristung = ja] Die Gutachterin empfiehlt eine erneute Begutachtung im «Monat_Jahr».'),
                ('p', 'Rechtsbehelfsbelehrung: Gegen diese Entscheidung können Sie innerhalb eines Monats nach Zugang '
                      'Widerspruch einlegen.'),
                ('p', 'Mit freundlichen Grüßen\n«Sachbearbeiter»')],
               'Textbaustein PG-Bescheid v7', 'Leistung Pflege')
    body = f"""Hallo Katrin,

hier die überarbeitete Vorlage für den Pflegegrad-Bescheid (v7). Geändert:
- neuer Baustein für die Kombinationsleistung,
- die Rechtsbehelfsbelehrung nach Vorgabe der Rechtsabteilung,
- Feld «Leistungsbeginn» statt «Antragsdatum».

Bitte einmal gegenlesen, bevor ich sie in die Korrespondenz-Software einspiele. Sind nur Platzhalter drin, keine Echtdaten.

Danke
Finn

--
Finn Ewers
Leistung Pflegeversicherung / Textbausteine
Vierlanden Krankenversicherung AG"""
    return build(f'Finn Ewers <f.ewers@{DOM}>', frm('oltmanns'), 'Vorlage PG-Bescheid v7 zum Gegenlesen',
                 dt(4, 28, 14, 12), body,
                 attach=[att(doc, 'Vorlage_PG-Bescheid_v7.docx', DOCX_CT)])


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-relative',
      'daughter abroad claims her late father\'s life insurance; reply names the cause of death from the death certificate and the payout')
def _():
    q = """Dear Sir or Madam,
My father, Mr. Bernd Kaltenbach, passed away on 30 March 2026 in Hamburg. I am his daughter and the named beneficiary of his life insurance policy LV 88-107733-9. I live in Toronto. I have attached the death certificate, the doctor's certificate of death, and my passport. How do I proceed?
Kind regards,
Laura Kaltenbach-Moore"""
    body = f"""Dear Ms Kaltenbach-Moore,

Please accept our sincere condolences on the loss of your father.

Thank you for sending the documents. The medical certificate of death states acute myocardial infarction as the cause of death, with coronary heart disease and type 2 diabetes as underlying conditions. As the policy started in 2004 and the cause of death is not excluded, no further medical checks are needed.

Payout from policy LV 88-107733-9:
  sum insured on death                          EUR 50,000.00
  accumulated bonuses                           EUR  7,412.36
  total                                         EUR 57,412.36

As you are the named beneficiary, the benefit is paid to you directly; it does not form part of the estate. We need only:
1. your bank details (an account in Canada is fine; please give IBAN or account number, SWIFT/BIC and the bank's address),
2. the completed form "Tax residence" (in your portal mailbox) – German tax is not withheld on this payment, but we have to report it to the German tax authorities.

We will pay within five working days of receiving both.

With kind regards
Rebecca Lange

{sig('lange')}
{FOOTER_EN}

-----Original Message-----
From: Laura Kaltenbach-Moore <laura.km@northmail.example>
Sent: Wednesday, 15 April 2026 03:12
To: leben@{DOM}
Subject: Life insurance of my late father

{q}"""
    return build(frm('lange'), 'Laura Kaltenbach-Moore <laura.km@northmail.example>',
                 'RE: Life insurance of my late father', dt(4, 16, 15, 27), body)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'windscreen claim under partial cover for a named customer: plate, claim number, glazier appointment')
def _():
    body = f"""Hi Mr Novak,

no problem – stone chips on the motorway happen all the time. Your windscreen replacement is covered under the partial cover of your motor policy KFZ 41 104 7720 (Tesla Model 3, HH-PN 3011), claim KS-2026-008844.

I've booked our partner Glasklar Autoglas for you:
  Friday, 24 April 2026, 08:00, Glasklar branch Billstedt, Billstedter Hauptstraße 71
  Duration: approx. 3 hours incl. ADAS camera calibration

Your deductible for partial cover is EUR 150; if you use our partner network it's waived for glass claims, so you pay nothing. Glass claims have no effect on your no-claims class.

Cheers
Jannis Petersen

{sig('petersen')}
{FOOTER_EN}"""
    return build(frm('petersen'), 'Pavel Novak <pavel.novak@mailo.example>', 'Windscreen – appointment booked',
                 dt(4, 22, 16, 40), body)


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: penetration-test scope for the customer portal with fictitious test accounts ("Max Mustermann (fiktiv)") and a published example IBAN')
def _():
    body = f"""Hi Leon,

Here is the scope for the portal pentest (PO BE-2026-00590), as agreed in the kick-off:

In scope
- https://mein.vierlanden-vers.example (customer portal) incl. upload of documents (invoices, care reports) and the secure mailbox
- https://makler.vierlanden-vers.example (broker portal), roles "broker user" and "firm administrator"
- REST API v3 (/claims, /documents, /bankdetails)

Out of scope: production mail gateway, any social engineering of staff.

Test accounts on the staging system (synthetic data only, please don't use anything else):
  customer  test-kunde-01  "Max Mustermann (fiktiv)", customer no. 9 999 000 001, fictitious health and care contracts
  customer  test-kunde-02  "Erika Mustermann (fiktiv)", with a fictitious care level in the test data
  broker    test-makler-01 firm "Testmakler GmbH (fiktiv)"
For the bank-details endpoint please use the published example IBAN DE89 3704 0044 0532 0130 00 only.

Window: 11–22 May 2026, 08:00–20:00 CEST. Emergency contact: Daniel Okonkwo, +49 40 7214-5580.

Reporting: findings with CVSS scores, retest included. Please send the report encrypted (PGP key attached in the kick-off mail).

Thanks
Tobias

{sig('reimers')}
{FOOTER_EN}"""
    return build(frm('reimers'), 'Leon Fischer <l.fischer@brightline-sec.example>',
                 'Portal pentest May 2026 – scope and test accounts', dt(4, 23, 10, 13), body,
                 cc=frm('okonkwo'))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'care annuity from a life policy for a named insured: ADL points after stroke, benefit amount, premium waiver')
def _():
    body = f"""Sehr geehrte Frau Thießen,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihren Antrag auf Pflegerente aus Ihrer Pflegerentenversicherung (LV 88-256610-3) anerkennen.

Grundlage ist das Gutachten des von uns beauftragten Arztes Dr. Sievers vom 14.04.2026. Nach Ihrem Schlaganfall im Januar (Halbseitenlähmung rechts) benötigen Sie täglich Hilfe bei folgenden Verrichtungen:
- Fortbewegen im Zimmer (1 Punkt)
- Aufstehen und Zubettgehen (1 Punkt)
- An- und Auskleiden (1 Punkt)
- Einnehmen von Mahlzeiten und Getränken (1 Punkt, Schneiden der Speisen)
- Waschen, Kämmen, Rasieren (1 Punkt)
Summe: 5 von 6 Punkten. Ab 4 Punkten zahlt Ihr Vertrag die volle Pflegerente.

Leistung:
- monatliche Pflegerente 1.500 EUR ab 01.02.2026 (Beginn des Monats nach Eintritt der Pflegebedürftigkeit)
- Nachzahlung Februar bis April: 4.500 EUR
- Beitragsbefreiung ab 01.02.2026, die zu viel gezahlten Beiträge (3 x 84,20 EUR) erstatten wir

Die Pflegerente zahlen wir lebenslang, solange die Pflegebedürftigkeit besteht. Wir werden in etwa zwei Jahren nachfragen, wie es Ihnen geht.

Wir wünschen Ihnen weiterhin gute Fortschritte in der Reha.

Mit freundlichen Grüßen
Rebecca Lange

{sig('lange')}
{FOOTER}"""
    return build(frm('lange'), 'Ursula Thießen <u.thiessen@tnet.example>',
                 'Ihre Pflegerente – Anerkennung', dt(4, 24, 13, 51), body,
                 cc='Jörg Thießen <joerg.thiessen@tnet.example>')


@mail('NORMAL', 'de', 'internal',
      'trap: product-development minutes for a care assistance package (home emergency call, meals, transport) with partner prices; no person')
def _():
    body = f"""Protokoll Produktentwicklung "Pflege-Assistance" – 27.04.2026

Teilnehmende: J. Brügmann (PO), G. Thode (Pflegeberatung), B. Harms (Einkauf), Dr. P. Raman (BÄD), C. Wendt (Aktuariat)

1. Leistungsumfang (Entwurf)
Für Versicherte mit Pflegetagegeld ab Pflegegrad 2, als kostenloser Zusatz:
- Hausnotruf mit Sturzerkennung (Partner: Notrufdienst Elbe), Einrichtung durch Pflegeberatung
- Menüservice bis 3 Monate nach Krankenhausaufenthalt (Partner: Landküche Vierlande, 7,90 EUR/Menü)
- Fahrdienst zu Arztterminen, 6 Fahrten/Jahr (Partner: Taxi-Genossenschaft Bergedorf)
- Organisation einer Kurzzeitpflege innerhalb von 48 Stunden

2. Kosten (Kalkulation C. Wendt)
Erwartete Inanspruchnahme 35 % der Leistungsbezieher, Kosten ca. 4,10 EUR pro Vertrag und Jahr über alle Tarife. Finanzierbar aus dem Kostenzuschlag, keine Beitragserhöhung nötig.

3. Medizinische Aspekte (Dr. Raman)
Sturzsensoren am Handgelenk werden nachts oft abgelegt; Empfehlung: zusätzlich Bettsensor als Option. Keine automatische Weitergabe von Sensordaten an uns.

4. Nächste Schritte
- Einkauf: Angebote bis 15.05.
- Pflegeberatung: Prozess für die Einrichtung vor Ort
- Recht/Datenschutz: Vertragsmuster mit den Partnern

Nächster Termin: 18.05.2026

J. Brügmann"""
    return build(f'Jana Brügmann <j.bruegmann@{DOM}>', f'PE Pflege-Assistance <pe-pflege-assistance@{DOM}>',
                 'Protokoll PE Pflege-Assistance 27.04.', dt(4, 27, 17, 31), body)


@mail('CONFIDENTIAL', 'de', 'insurer-to-assessor',
      'flood damage in a named customer\'s basement: customer\'s own mail forwarded as message/rfc822 to the adjuster; address, IBAN, contract')
def _():
    ib = grp(iban('DE', '200505501282904417'))
    inner = build('Dieter Hagemann <d.hagemann@gmz.example>', f'schaden@{DOM}',
                  'Wasser im Keller!!! Vertrag WG 31-0915-338', dt(4, 26, 7, 12),
                  f"""Guten Morgen,

nach dem Starkregen heute Nacht steht bei uns im Keller 20 cm hoch Wasser (Heizungsraum und Hobbyraum), das Wasser kam durch den Lichtschacht und aus dem Bodenablauf. Feuerwehr hat heute um 4 Uhr abgepumpt.

Haus: Am Gleisdreieck 6, 21037 Hamburg, Vertrag WG 31-0915-338 (mit Elementar).
Kaputt: Heizung (Brennwerttherme, Steuerung unter Wasser), Waschmaschine, Trockner, Gefriertruhe, Regale, Werkzeug, Laminat im Hobbyraum.

Bitte schnell jemanden schicken, wir haben keine Heizung und kein Warmwasser.
Für die Auszahlung: Dieter Hagemann, IBAN {ib}

Dieter Hagemann
0176 4410 2298""", mailer='iPhone Mail (21D61)', inner=True)
    body = f"""Hallo Herr Rother,

bitte übernehmen Sie auch diesen Elementarschaden (Starkregen 25./26.04.), Meldung des Kunden hängt an. Schadennummer SG-2026-01544. Der Kunde hat keine Heizung – bitte möglichst heute noch Kontakt aufnehmen. Eine Notreparatur der Heizung bis 3.000 EUR können Sie direkt freigeben.

Danke und Gruß
Marek Nowicki

{sig('nowicki')}
{FOOTER}"""
    return build(frm('nowicki'), 'Rother & Partner <buero@rother-sv.example>',
                 'WG: Wasser im Keller!!! Vertrag WG 31-0915-338 – SG-2026-01544', dt(4, 27, 8, 3), body,
                 attach=[att_mail(inner, 'Wasser im Keller.eml')])


@mail('NORMAL', 'en', 'internal',
      'trap: quarterly complaints report with counts by line (health, care, life) and topics; no complainant named')
def _():
    rows = [['Complaints Q1 2026 by line of business'], [],
            ['Line', 'Complaints', 'of which justified', 'Ombudsman cases', 'Avg. days to close'],
            ['Health (full and supplementary)', 142, 41, 6, 11.2],
            ['Long-term care (compulsory + top-up)', 58, 19, 2, 13.8],
            ['Life / disability', 47, 9, 5, 21.5],
            ['Accident', 12, 3, 0, 9.4],
            ['Motor', 96, 28, 1, 7.9],
            ['Property / liability / legal', 131, 37, 4, 8.6],
            ['Total', 486, 137, 18, 10.9], [],
            ['Top topics', 'count'], ['Duration of care-level decision', 23], ['Reduction of GOÄ factor above 2.3', 31],
            ['Premium increase health', 29], ['Disability claim rejected', 14], ['Hotline waiting time', 38]]
    body = f"""Dear all,

Attached is the complaints report for Q1 2026 for the Management Board meeting on 12 May.

Headlines:
- Complaints up 6 % on Q4 2025, mainly in health (GOÄ factor reductions after the new guideline) and hotline waiting times.
- Long-term care: 23 complaints about the time until the care-level decision. 19 of them were decided after more than 25 working days, which triggers the statutory late-payment supplement of EUR 70 per week. We paid EUR 4,340 in supplements in Q1. Root cause: assessor capacity at Pflegegutachten Nord in February.
- 18 cases with the PKV/insurance ombudsman, none lost so far.

As always, the report contains only counts, no complainants' names.

Best regards
Paul

{sig('zimmek')}"""
    return build(frm('zimmek'), f'Management Board Office <vorstandsbuero@{DOM}>', 'Complaints report Q1 2026',
                 dt(4, 29, 9, 48), body,
                 attach=[att(xlsx([('Q1 2026', rows)], 'Complaints Q1 2026', 'Unternehmenskommunikation'),
                             'Complaints_Q1_2026.xlsx', XLSX_CT)])


@mail('NORMAL', 'en', 'auto-reply',
      'trap: automatic acknowledgement of a message to the claims mailbox with a ticket number; no content of the original mail')
def _():
    body = f"""Thank you for your message to Vierlanden Claims International.

Your reference number is CI-2026-118204. Please quote it in all further correspondence.

We usually reply within two working days. Medical emergencies abroad: please call our 24h assistance line +49 40 7214-9911.

Please do not send original invoices or medical documents by e-mail. You can upload them securely in the Vierlanden app or at https://mein.vierlanden-vers.example.

This is an automated message; replies to this address are not monitored.

Vierlanden Krankenversicherung AG | Am Marschtor 12 | 21029 Hamburg | Germany"""
    return build(f'Vierlanden Claims International <claims-international@{DOM}>', 'r.okafor77@mailo.example',
                 'We received your message [CI-2026-118204]', dt(4, 30, 23, 14), body, cte='7bit', charset='us-ascii',
                 mailer='Vierlanden Ticketing 5.2',
                 headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'household claim for a stairlift damaged by lightning in a named customer\'s house; stairlift installed by previous owner and not used, so no health statement')
def _():
    body = f"""Sehr geehrte Eheleute Lüdtke,

nach dem Gewitter am 02.05. ist, wie Sie schreiben, neben dem Router auch die Steuerung des Treppenlifts in Ihrem Haus (Möörkenweg 22, 21029 Hamburg) durch Überspannung ausgefallen.

Zum Treppenlift: Da er fest mit dem Gebäude verbunden ist, gehört er zur Wohngebäudeversicherung, nicht zur Hausrat. Beide Verträge haben Sie bei uns (WG 31-2277-904 und HR 55-2277-905), Sie müssen also nichts weiter tun. Überspannung durch Blitz ist in beiden Verträgen versichert.

Schadennummern:
- Treppenlift (Wohngebäude): SG-2026-01702
- Router, Fernseher (Hausrat): SH-2026-03118

Sie schreiben, dass der Lift noch von den Vorbesitzern stammt und von Ihnen nicht genutzt wird. Sie können daher selbst entscheiden, ob Sie ihn reparieren lassen (Kostenvoranschlag Lifta Nord 1.380 EUR) oder ob wir den Zeitwert der Steuerung auszahlen sollen. Wenn Sie den Lift später ohnehin abbauen lassen möchten, wäre die Auszahlung für Sie vermutlich sinnvoller.

Für die Hausratgegenstände brauchen wir nur die Kaufbelege und eine kurze Bestätigung des Elektrikers.

Mit freundlichen Grüßen
Marek Nowicki

{sig('nowicki')}
{FOOTER}"""
    return build(frm('nowicki'), 'Familie Lüdtke <luedtke.familie@webpost.example>',
                 'Blitzschaden vom 02.05.2026', dt(5, 5, 11, 29), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor insurance: vehicle conversion with hand controls because of the named customer\'s paraplegia, disabled parking ID')
def _():
    body = f"""Sehr geehrter Herr Abendroth,

vielen Dank für die Unterlagen zum Umbau Ihres VW Caddy (HH-SA 1505).

Wir haben die Umbauten in Ihren Kfz-Vertrag KFZ 41 066 5081 aufgenommen:
- Handbediengerät für Gas und Bremse (Fa. Mobilcenter Nord, Einbau 22.04.2026)
- Lenkraddrehknauf
- Rollstuhlverladesystem auf dem Dach
Wert der Umbauten laut Rechnung: 14.960 EUR. Diese sind in der Vollkasko ohne Mehrbeitrag bis 20.000 EUR mitversichert.

Die Auflage in Ihrem Führerschein (Schlüsselzahlen 20.05 und 40.01 wegen Ihrer Querschnittlähmung ab Th12) haben wir zur Kenntnis genommen; sie hat keinen Einfluss auf den Beitrag.

Zu Ihrer Frage zum Parkausweis: Der blaue EU-Parkausweis ist für die Versicherung ohne Bedeutung, Sie müssen ihn uns nicht schicken.

Ihre Kfz-Steuerbefreiung wegen des Merkzeichens aG beantragen Sie beim Hauptzollamt; das hat mit uns nichts zu tun.

Gute Fahrt!
Jannis Petersen

{sig('petersen')}
{FOOTER}"""
    return build(frm('petersen'), 'Sebastian Abendroth <s.abendroth@gmz.example>',
                 'Umbau Ihres Caddy – Vertragsanpassung', dt(5, 4, 10, 2), body)


@mail('NORMAL', 'de', 'insurer-to-partner',
      'trap: ODS with complaint statistics by line (incl. care and health) for the supervisory authority; counts only')
def _():
    sheet = [['Beschwerdestatistik 2025 nach Sparten (BaFin-Meldung)'], [],
             ['Sparte', 'Eingänge', 'abgeholfen', 'teilweise', 'nicht abgeholfen'],
             ['Krankenvollversicherung', 512, 141, 88, 283],
             ['Krankenzusatzversicherung', 224, 77, 41, 106],
             ['Pflegepflichtversicherung', 161, 58, 20, 83],
             ['Pflegezusatzversicherung', 49, 12, 9, 28],
             ['Lebensversicherung inkl. BU', 187, 36, 22, 129],
             ['Unfallversicherung', 44, 10, 6, 28],
             ['Kraftfahrtversicherung', 371, 102, 61, 208],
             ['Sach-/Haftpflicht-/Rechtsschutzversicherung', 502, 139, 95, 268],
             ['Summe', 2050, 575, 342, 1133]]
    body = f"""Sehr geehrte Damen und Herren,

anbei übersenden wir Ihnen die Beschwerdestatistik der Vierlanden Versicherungsgruppe für das Jahr 2025 gemäß Rundschreiben zu Beschwerdemanagement, aufgeschlüsselt nach Sparten, im gewünschten ODS-Format.

Die Einzelauswertungen je Unternehmen (Vierlanden Versicherung AG, Lebensversicherung AG, Krankenversicherung AG) haben wir über das MVP-Portal eingereicht.

Mit freundlichen Grüßen
Paul Zimmek
Beschwerdemanagement / Unternehmenskommunikation

{sig('zimmek')}
{FOOTER}"""
    return build(frm('zimmek'), 'Referat VA 12 <va12-beschwerden@bafin-aufsicht.example>',
                 'Beschwerdestatistik 2025 – Vierlanden Versicherungsgruppe', dt(3, 31, 9, 5), body,
                 attach=[att(ods([('Beschwerden 2025', sheet)], 'Beschwerdestatistik 2025'),
                             'Beschwerdestatistik_2025_Vierlanden.ods', ODS_CT)])


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'liability claim: named cyclist scratched a parked car; policy and claim numbers, third-party plate; explicitly nobody hurt')
def _():
    body = f"""Dear Ms Lindgren,

Thank you for your honest report. We have registered the incident under your personal liability policy PH 55-5021-118 as claim HS-2026-01890.

As we understand it: on 28 April, while cycling along Alte Holstenstraße, you had to swerve to avoid a pedestrian and your handlebar scratched the passenger door of a parked BMW (HH-RT 7072). You left a note with your details on the windscreen. Neither you nor anyone else was hurt, and your bike is fine.

The owner, Mr Ralf Tessmer, has already contacted us. We'll settle the repair costs (estimate: EUR 980) directly with him or his garage. You don't need to do anything else.

Your policy has a deductible of EUR 150, which we'll invoice you for separately.

Kind regards
Marek Nowicki

{sig('nowicki')}
{FOOTER_EN}"""
    return build(frm('nowicki'), 'Maja Lindgren <maja.lindgren@northmail.example>',
                 'Your liability claim HS-2026-01890', dt(5, 6, 14, 20), body)


@mail('CONFIDENTIAL', 'en', 'internal',
      'payroll: XLSX with named employees\' bonus amounts and salaries of the international desk; income data, no health')
def _():
    rows = [['Variable pay 2025 – International Desk (payout with May salary)'], [],
            ['Employee', 'Pers. no.', 'Base salary 2025 EUR', 'Target %', 'Achievement %', 'Bonus EUR'],
            ['Ahlers, Christopher', '40117', 71400, 10, 115, 8211],
            ['Okafor, Grace', '40388', 54600, 8, 104, 4543],
            ['Dubois, Amélie', '40412', 52800, 8, 98, 4139],
            ['Haddad, Karim', '40590', 49200, 8, 110, 4330],
            ['Sørensen, Mads', '40633', 47400, 6, 92, 2616],
            ['Total', '', 275400, '', '', 23839]]
    body = f"""Hi Priya,

As the approver for the International Desk: please check the bonus list and confirm by Friday, so Payroll can include it in the May run. Achievement % is taken from the target agreements you signed off in February.

Please don't forward the file – salaries are visible.

Thanks
Friederike

{sig('hagedorn')}"""
    return build(frm('hagedorn'), frm('raman'), 'Bonus 2025 International Desk – approval needed',
                 dt(5, 6, 9, 3), body,
                 attach=[att(xlsx([('Bonus 2025', rows)], 'Variable pay 2025 ID', 'Personalabteilung'),
                             'Bonus2025_InternationalDesk.xlsx', XLSX_CT)])


@mail('NORMAL', 'en', 'internal',
      'trap: IT announcement of MFA rollout and password policy, mentions portal passwords and one-time codes generically')
def _():
    body = f"""Dear colleagues,

From 1 June 2026, multi-factor authentication (MFA) will be mandatory for all remote access (VPN, webmail, Teams on private devices) and for access to the claims systems from home.

What you need to do by 29 May:
1. Install the authenticator app on your company phone (Company Portal > "Vierlanden Authenticator").
2. Register at https://mfa.vierlanden-vers.example with your Windows account. You'll receive a one-time registration code by SMS.
3. Test once from home.

New password rules (from 1 June):
- at least 14 characters; passphrases are welcome ("Vierlanden-Elbe-Deich-2026" is a bad example – please don't use it)
- no forced change every 90 days any more, only if compromised
- never reuse your Windows password for the customer or broker portal test accounts

Staff in Claims Health & Care and Life/Disability: because you work with health data, your VPN sessions will time out after 30 minutes of inactivity instead of 4 hours.

Questions: IT Service Desk, extension -5555.

Tobias Reimers
for IT Security

{sig('reimers')}"""
    return build(frm('reimers'), f'All staff <alle@{DOM}>', 'MFA becomes mandatory on 1 June – what you need to do',
                 dt(5, 7, 8, 15), body)


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'dog-owner liability: a named customer\'s dog bit another dog, vet costs of the third party\'s dog; no human injury')
def _():
    body = f"""Hallo Frau Petrov,

danke für Ihre Meldung. Wir haben den Vorfall vom 03.05.2026 an der Hundewiese im Gehölz Boberg unter der Schadennummer HS-2026-02005 aufgenommen (Tierhalterhaftpflicht TH 55-6110-247 für Ihren Rüden "Anton", Rhodesian Ridgeback).

Nach Ihrer Schilderung hat Anton beim Spielen den Border Collie von Herrn Krogmann ins Ohr gebissen. Menschen wurden nicht verletzt. Die Tierarztrechnung von Herrn Krogmann (Kleintierpraxis Dr. Jessen, Wundversorgung und Naht in Kurznarkose) beträgt 368,50 EUR.

Da Hunde beim Spielen ohne Leine beide ein gewisses Risiko eingehen, prüfen wir noch die Frage der Mitverursachung durch den anderen Hund. Bitte schicken Sie uns die Kontaktdaten der Zeugin, die Sie erwähnt haben.

Ihre Selbstbeteiligung beträgt 0 EUR.

Viele Grüße
Marek Nowicki

{sig('nowicki')}
{FOOTER}"""
    return build(frm('nowicki'), 'Daria Petrov <daria.petrov@webpost.example>',
                 'Hundebiss an der Hundewiese – HS-2026-02005', dt(5, 8, 10, 36), body)


@mail('NORMAL', 'en', 'internal',
      'farewell invitation for a retiring colleague; names and years of service, no health or personal data')
def _():
    body = f"""Dear all,

After 38 years with Vierlanden, Hartmut Seebeck from Reinsurance is retiring at the end of June. Many of you know him as the person who could find any treaty in the archive within five minutes – including the ones from before the computer age.

Please join us for a small farewell:
  Thursday, 25 June 2026, 16:00
  Roof terrace, Haus A (canteen if it rains)

There will be coffee, cake and a few short speeches. If you'd like to contribute to the farewell gift (a guided canoe tour through the Vierlande – Hartmut is a keen paddler), please use the collection box at reception by 19 June.

Hope to see you there!
Svenja

{sig('marquardt')}"""
    return build(frm('marquardt'), f'Finance & Reinsurance <fin-re@{DOM}>', 'Farewell for Hartmut on 25 June',
                 dt(5, 11, 12, 0), body)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'address change of a named customer\'s household cover: old and new address, premium change; no health content')
def _():
    body = f"""Dear Mr Fitzgerald,

Thank you for letting us know about your move. We've updated your home contents policy HR 55-6620-391:

  Old address: Billhorner Deich 36, 20539 Hamburg
  New address: Rothenhauschaussee 118, 21029 Hamburg
  Moving date: 15 May 2026
  Living space: 78 m² (previously 61 m²)

Because the flat is bigger and Bergedorf has a different risk zone, the sum insured increases to EUR 50,700 (650 EUR per m² for no under-insurance) and your monthly premium changes from EUR 8.40 to EUR 9.95 from 1 June. During the move, your belongings are covered at both addresses for two months.

Your bicycle cover (EUR 1,500) moves with you. Please remember to lock your bikes in the new building's bike room – the cover requires a lockable room or a lock.

Best regards
Merve Aydın

{sig('aydin')}
{FOOTER_EN}"""
    return build(frm('aydin'), 'Conor Fitzgerald <conor.fitzgerald@mailo.example>', 'Your move – policy updated',
                 dt(5, 12, 15, 47), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'HTML-only mail with a table: care allowance payments of a named insured with care level 3 and reminder of the mandatory counselling visit')
def _():
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Sehr geehrte Frau Brandenburg,</p>
<p>hier wie gewünscht die Übersicht über das Pflegegeld, das wir für Ihre Mutter, Frau Margarete Brandenburg (Versicherungsnummer 6 240 331 208, Pflegegrad 3), in diesem Jahr gezahlt haben:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef5f0"><th>Monat</th><th>Leistung</th><th>Betrag</th><th>gezahlt am</th></tr>
<tr><td>Januar 2026</td><td>Pflegegeld PG 3</td><td>599,00 €</td><td>30.01.2026</td></tr>
<tr><td>Februar 2026</td><td>Pflegegeld PG 3</td><td>599,00 €</td><td>27.02.2026</td></tr>
<tr><td>März 2026</td><td>Pflegegeld PG 3, anteilig (Krankenhaus 09.–31.03.)</td><td>599,00 €</td><td>31.03.2026</td></tr>
<tr><td>April 2026</td><td>Pflegegeld PG 3, Kurzzeitpflege 01.–12.04. (50 %)</td><td>479,20 €</td><td>30.04.2026</td></tr>
<tr><td colspan="2"><b>Summe</b></td><td><b>2.276,20 €</b></td><td></td></tr>
</table>
<p>Während des Krankenhausaufenthalts wird das Pflegegeld in den ersten vier Wochen weitergezahlt, deshalb ist der März vollständig.</p>
<p><b>Wichtig:</b> Ihre Mutter muss als Pflegegeldbezieherin mit Pflegegrad 3 halbjährlich einen Beratungsbesuch nach § 37 Abs. 3 SGB XI nachweisen. Der letzte Besuch war am 14.11.2025, der nächste ist also bis Ende Mai fällig. Unsere Pflegeberatung kommt dafür kostenlos zu Ihnen (Tel. 0800 7214 912). Ohne Nachweis müssten wir das Pflegegeld kürzen.</p>
<p>Mit freundlichen Grüßen<br>Katrin Oltmanns<br>Leistung Pflegeversicherung<br>Vierlanden Krankenversicherung AG<br>Am Marschtor 12 · 21029 Hamburg<br>Tel. +49 40 7214-3318</p>
<p style="font-size:10px;color:#777">Vierlanden Krankenversicherung AG · Sitz Hamburg · Amtsgericht Hamburg HRB 99819 · Vorstand: Dr. Ingo Fehrs (Vorsitzender), Marion Sattler, Kai-Uwe Bendt</p>
</body></html>"""
    return build(frm('oltmanns'), 'Claudia Brandenburg <c.brandenburg@webpost.example>',
                 'Übersicht Pflegegeld 2026 für Ihre Mutter', dt(5, 13, 10, 9), html=html,
                 mailer='Microsoft Outlook 16.0')


@mail('NORMAL', 'de', 'newsletter',
      'trap: staff magazine story on 20 years of care counselling with aggregate numbers and a colleague portrait; no insured person')
def _():
    html = """<html><head><meta charset="utf-8"><title>Vierlanden intern 05/2026</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;max-width:640px;color:#222">
<h1 style="color:#2a6f4e">Vierlanden intern – Mai 2026</h1>
<h2>20 Jahre Pflegeberatung: „Wir kommen, wenn es zu Hause eng wird“</h2>
<p>Als die Vierlanden Pflegeberatung 2006 mit drei Beraterinnen startete, war das Wort „Pflegegrad“ noch unbekannt – damals gab es Pflegestufen. Heute berät ein Team von 24 Pflegefachkräften jedes Jahr über 4.000 Familien, davon rund ein Drittel bei einem Hausbesuch.</p>
<p>Gesa Thode ist seit 2011 dabei. „Die meisten Anrufe kommen von Töchtern und Söhnen, die plötzlich merken, dass die Eltern es allein nicht mehr schaffen“, erzählt die gelernte Altenpflegerin. „Oft geht es erst einmal gar nicht um Geld, sondern darum, wer morgen früh beim Duschen hilft.“</p>
<p><b>Zahlen aus 20 Jahren:</b></p>
<ul><li>rund 52.000 Beratungen</li><li>über 9.000 Hausnotrufe vermittelt</li><li>durchschnittliche Zufriedenheit 1,4 (Schulnote)</li></ul>
<p>Zum Jubiläum lädt das Team am 19. Juni alle Kolleginnen und Kollegen zu einem Sommerfest in die Bergedorfer Schloßstraße ein.</p>
<h2>Außerdem in dieser Ausgabe</h2>
<ul><li>Neues aus der IT: MFA kommt</li><li>Gesundheitstag: so war’s</li><li>Azubis stellen sich vor</li></ul>
<p style="font-size:11px;color:#666">Vierlanden intern – Mitarbeitermagazin der Vierlanden Versicherungsgruppe. Redaktion: Unternehmenskommunikation.</p>
</body></html>"""
    return build(f'Vierlanden intern <intern@{DOM}>', f'Alle Mitarbeitenden <alle@{DOM}>',
                 'Vierlanden intern 05/2026: 20 Jahre Pflegeberatung', dt(5, 15, 7, 0), html=html,
                 mailer='Vierlanden Mailing 2.4')


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor accident in France with a European accident report: named customer, plates, claim; no injuries')
def _():
    body = f"""Dear Ms Moreau-Schulz,

Thank you for sending the European accident statement (constat amiable) and the photos. We have registered the accident of 9 May 2026 in Strasbourg (Rue du Faubourg National) under claim KS-2026-009377, motor policy KFZ 41 110 2256 (Renault Clio, HH-MS 919).

From the statement: you were waiting at a red light when the other car (French registration GE-418-KT, insured with Assurances du Rhin) hit your rear bumper. The other driver ticked box 8 ("was running into the rear of the other vehicle") and signed. No one was injured.

As the other driver is clearly at fault, their insurer has to pay your damage. Under the European green card system, you can claim through their claims representative in Germany (Rhein-Schaden-Service GmbH, Cologne) – we've already sent them the statement on your behalf. Your own insurance and no-claims class are not affected.

Please send us the repair estimate from your garage once you have it.

Kind regards
Jannis Petersen

{sig('petersen')}
{FOOTER_EN}"""
    return build(frm('petersen'), 'Claire Moreau-Schulz <claire.ms@northmail.example>',
                 'Accident in Strasbourg – claim KS-2026-009377', dt(5, 12, 9, 7), body)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'large-claim notice to the reinsurer; the ZIP holds a case summary (PDF) and CSV with a named insured\'s ALS diagnosis, care level and reserves')
def _():
    summary = """Vierlanden Krankenversicherung AG - Large Claim Notification LTC-QS-2026-03

Treaty: VL-LTC-QS-2019 (40 % quota share)        Date: 14 May 2026
Insured: Mr. J. K. (Jürgen Kappelhoff), date of birth 11/02/1969
Policies: daily care allowance PT-Komfort (EUR 100/day), care annuity rider

Medical summary:
Amyotrophic lateral sclerosis (G12.2), diagnosed 09/2025 at UKE Hamburg. Rapid progression:
since 03/2026 wheelchair-dependent, PEG tube, non-invasive ventilation at night.
Care level 5 since 01/04/2026 (assessment 28/03/2026, 95 points). Care at home by wife and
an intensive-care nursing service (24h).

Reserve calculation:
expected remaining duration 2.5 years (medical adviser Dr. Raman)
daily allowance 100 % x EUR 100 x 913 days  = EUR 91,300
care annuity rider EUR 1,000/month x 30     = EUR 30,000
total gross reserve                          = EUR 121,300
reinsurers' share 40 %                       = EUR  48,520"""
    csvtxt = ('claim_ref;insured;dob;diagnosis;care_level;since;paid_to_date;reserve_gross;re_share\r\n'
              'PF-2026-00391;Kappelhoff, Jürgen;1969-02-11;G12.2;5;2026-04-01;4600.00;121300.00;48520.00\r\n')
    z = zbytes([('LTC-QS-2026-03_summary.pdf', pdf(summary, 'Large Claim Notification', 'Reinsurance')),
                ('LTC-QS-2026-03_data.csv', csvtxt.encode('utf-8'))])
    body = f"""Dear Martin,

Under clause 9 of the LTC quota share we notify you of a claim with an expected gross reserve above EUR 100,000. Details are in the encrypted attachment (case summary and data sheet).

Please confirm receipt and your share of the reserve. We will report the status again in the Q2 bordereau.

Kind regards
Svenja

{sig('marquardt')}
{FOOTER_EN}"""
    return build(frm('marquardt'), 'Martin Kesteven <m.kesteven@thamesrhine-re.example>',
                 'Large claim notification LTC-QS-2026-03', dt(5, 14, 16, 2), body,
                 attach=[att(z, 'LTC-QS-2026-03.zip', ZIP_CT)])


@mail('NORMAL', 'en', 'insurer-to-student',
      'trap: reply to a master\'s student asking for data on long-term care insurance; only published aggregate figures, no data on persons')
def _():
    q = """Dear Dr. Wendt,
I'm a master's student in health economics at the University of Groningen and writing my thesis on private long-term care top-up insurance in Germany. Would Vierlanden be able to share individual claims data (anonymised is fine) on care duration and care level transitions? Or point me to public sources?
Best regards, Sanne Bakker"""
    body = f"""Dear Ms Bakker,

Thank you for your interest. Unfortunately we can't share individual claims data, not even anonymised: with small portfolios, care level, age and duration can make a person identifiable, and we have no consent for research use.

What I can offer:
- our published figures (annual report 2025, p. 41): 27,731 top-up contracts, 710 new claims in 2025, average claim duration 3.1 years;
- the PKV association's annual care statistics, which contain transition rates between care levels by age and sex for the whole private market;
- the Federal Ministry of Health's statistics on the statutory long-term care insurance (benefit recipients by care level and setting);
- for methodology, the DAV (German Actuarial Association) guidelines on care incidence tables.

I'd also be happy to answer a few questions for your thesis in a 30-minute call, on the basis that I only speak about published numbers. Just suggest a date in June.

Good luck with the thesis!

Carola Wendt

{sig('wendt')}
{FOOTER_EN}

On 13.05.2026 14:22, Sanne Bakker wrote:
{quote(q)}"""
    return build(frm('wendt'), 'Sanne Bakker <s.bakker@student.rug-groningen.example>',
                 'Re: Request for data on long-term care insurance (master\'s thesis)', dt(5, 15, 11, 45), body)


@mail('NORMAL', 'de', 'internal',
      'trap: redaction checklist before sending care assessments to relatives, describes categories of health data generically')
def _():
    body = f"""Liebe Kolleginnen und Kollegen,

nach zwei Beschwerden im Frühjahr (Gutachten an Angehörige ohne passende Vollmacht bzw. mit Angaben über Dritte) gilt ab sofort diese Checkliste, bevor ein Pflegegutachten oder ein Arztbericht an jemand anderen als die versicherte Person selbst geht:

1. Berechtigung prüfen
   [ ] Vorsorgevollmacht mit Gesundheitssorge ODER Betreuerausweis mit Aufgabenkreis Gesundheitssorge
   [ ] Bei Eltern minderjähriger Versicherter: beide Sorgeberechtigte? (Ausnahme: Einverständnis liegt vor)
2. Inhalt prüfen und ggf. schwärzen
   [ ] Angaben über Dritte (z. B. Erkrankungen des pflegenden Ehepartners, Familienkonflikte)
   [ ] Hinweise der Gutachterin "nur für die Pflegekasse"
   [ ] psychiatrische Fremdanamnese, wenn die versicherte Person widersprochen hat
3. Versand
   [ ] nur über das Portal-Postfach oder per Post, nie als normaler E-Mail-Anhang
   [ ] Versand im Leistungssystem dokumentieren (Aktivität "Auskunft Dritte")

Im Zweifel: Rücksprache mit mir oder Frau Quast.

Danke!
Katrin Oltmanns
(Teamleitung Leistung Pflege i. V.)

{sig('oltmanns')}"""
    return build(frm('oltmanns'), f'Leistung Pflege <leistung-pflege@{DOM}>',
                 'Checkliste: Gutachten an Angehörige – ab sofort verbindlich', dt(5, 18, 8, 22), body,
                 cc=frm('quast'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
      'commercial contents offer for a sole-trader baker (natural person): turnover, owner\'s income for business interruption, address')
def _():
    body = f"""Hallo Frau Lüders,

anbei die Eckdaten für das Angebot Inhalts- und Ertragsausfallversicherung für Ihren Kunden, Bäckermeister Hinrich Meyn (Einzelunternehmen "Backstube Meyn", Alte Holstenstraße 61, 21031 Hamburg):

Angaben des Kunden (Fragebogen vom 12.05.):
- Jahresumsatz 2025: 486.000 EUR
- Gewinn laut Einkommensteuerbescheid 2024: 71.300 EUR (= Unternehmerlohn)
- Personalkosten: 212.000 EUR, 7 Beschäftigte
- Inventar/Maschinen (Ofen, Kühlzelle, Knetmaschinen): 184.000 EUR Neuwert
- Vorräte: ca. 12.000 EUR

Angebot (Vertrag in Vorbereitung GI 48-2211-603):
- Inhalt 200.000 EUR, Ertragsausfall 420.000 EUR (Haftzeit 12 Monate)
- inkl. Betriebsunterbrechung durch Ausfall der Kühlzelle und Elementar
- Jahresbeitrag 2.318,40 EUR zzgl. VersSt

Der Gewinn ist für den Ertragsausfall relevant; wenn Herr Meyn Mitarbeitende im Schadenfall weiterbezahlen will, sollten wir bei 420.000 EUR bleiben.

Gruß
Elena Sokolova

{sig('sokolova')}
{FOOTER}"""
    return build(frm('sokolova'), 'Anja Lüders <lueders@rehder-kontor.example>',
                 'Angebot Inhalt/BU Backstube Meyn', dt(5, 19, 14, 10), body, cc=frm('bruening'))


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: accessibility (WCAG) audit results of the customer portal: screen-reader issues, no user data')
def _():
    body = f"""Dear Ms Tanaka,

Thank you for the accessibility audit report of our customer portal (mein.vierlanden-vers.example, audit 20–30 April 2026). Our summary of the findings and planned fixes:

  WCAG 2.2 criterion                  Finding                                         Fix by
  1.1.1 Non-text content              upload buttons without text alternative          June release
  1.4.3 Contrast (minimum)            grey hint text 3.1:1                              June release
  2.1.1 Keyboard                      date picker in the care-claim form not usable   July release
  2.4.7 Focus visible                 focus lost after closing the document viewer    June release
  3.3.2 Labels or instructions        "Pflegegrad" field lacks an explanation          June release
  4.1.2 Name, role, value             custom checkboxes not announced by NVDA/JAWS     July release

We were glad to see that the secure mailbox and the PDF letters already pass. For the July release we'd like a retest focused on screen readers and on users with motor impairments using switch access, as many of our care customers and their relatives rely on assistive technology.

Could you send us an offer for the retest?

Kind regards
Jana Brügmann
Product Owner Digital Care
Vierlanden Krankenversicherung AG
{FOOTER_EN}"""
    return build(f'Jana Brügmann <j.bruegmann@{DOM}>', 'Yuki Tanaka <y.tanaka@access-audit.example>',
                 'Portal accessibility audit – our action plan', dt(5, 20, 15, 36), body)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'relative',
      'care counsellor forwards (as attached mail) a son\'s report of his mother\'s fall, hip fracture and hospital stay and asks for a fast-track assessment')
def _():
    inner = build('Marco Ehlers <marco.ehlers@gmz.example>', f'g.thode@{PB_DOM}',
                  'Mama gestürzt – was jetzt?', dt(5, 20, 21, 48),
                  """Hallo Frau Thode,

Sie hatten uns letztes Jahr wegen meiner Mutter (Annegret Ehlers, Vierlandenstr. 58, Versicherungsnummer 6 240 419 336) beraten, damals ging es ja noch ohne Pflegegrad.

Jetzt ist sie am Sonntag in der Küche gestürzt und hat sich die Hüfte gebrochen (Oberschenkelhals), sie liegt im Bethesda und wurde gestern operiert, neue Hüfte. Die Ärzte sagen, sie soll nächste Woche in die Reha, aber danach kann sie auf keinen Fall allein in der Wohnung bleiben, sie war vorher schon sehr vergesslich und jetzt nach der Narkose ist sie total durcheinander.

Ich arbeite Vollzeit und wohne in Lübeck. Können Sie uns helfen, schnell einen Pflegegrad zu bekommen? Und gibt es sowas wie Kurzzeitpflege nach der Reha?

Danke und Gruß
Marco Ehlers""", mailer='Mozilla Thunderbird 115.6.0', inner=True)
    body = f"""Hallo Katrin,

weitergeleitete Mail von Herrn Ehlers anbei. Die Mutter hat eine Vollmacht für ihn (liegt bei uns seit der Beratung 2025 in der Akte).

Kannst du bitte den Antrag aus dem Krankenhaus heraus anlegen und eine Eilbegutachtung beauftragen (Verkürzte Frist, Reha-Aufnahme voraussichtlich 27.05.)? Ich kümmere mich parallel mit dem Sozialdienst Bethesda um die Kurzzeitpflege nach der Reha.

Danke dir!
Gesa

{sig('thode')}
{FOOTER_PB}"""
    return build(frm('thode'), frm('oltmanns'), 'WG: Mama gestürzt – was jetzt? (Eilbegutachtung)',
                 dt(5, 21, 8, 6), body, attach=[att_mail(inner, 'Mama gestürzt - was jetzt.eml')],
                 headers=[('Importance', 'high')])


# ================================================================== END MAILS

LABELS = ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')


def render_all():
    out, rows = {}, []
    for i, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        CUR['n'] = i
        m = fn()
        name = f'{PREFIX}{i:04d}.eml'
        out[name] = m.as_bytes(policy=POL)
        rows.append('\t'.join([name, label, lang, kind, reason]))
    tsv = 'file\tlabel\tlang\tkind\treason\n' + '\n'.join(rows) + '\n'
    return out, tsv


def write(dest):
    mails, tsv = render_all()
    md = os.path.join(dest, 'mails')
    os.makedirs(md, exist_ok=True)
    for f in os.listdir(md):
        if f.startswith(PREFIX) and f.endswith('.eml'):
            os.remove(os.path.join(md, f))
    for name, data in mails.items():
        with open(os.path.join(md, name), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(dest, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(tsv)
    return mails, tsv


# ------------------------------------------------------------------ checking

def pdf_text(data):
    assert data.startswith(b'%PDF-'), 'not a PDF'
    sx = int(re.search(rb'startxref\s+(\d+)', data).group(1))
    assert data[sx:sx + 4] == b'xref', 'startxref does not point at xref'
    txt = []
    for m in re.finditer(rb'<<([^>]*?)>>\nstream\n(.*?)\nendstream', data, re.S):
        raw = m.group(2)
        if b'FlateDecode' in m.group(1):
            raw = zlib.decompress(raw)
        for s in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw):
            t = re.sub(rb'\\(.)', rb'\1', s.group(1))
            txt.append(t.decode('cp1252'))
    return '\n'.join(txt)


def check_zip(data, name, depth=0):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, f'{name}: bad CRC'
    names = z.namelist()
    low = name.lower()
    if low.endswith('.xlsx'):
        assert 'xl/workbook.xml' in names and '[Content_Types].xml' in names, f'{name}: no workbook'
    if low.endswith('.docx'):
        assert 'word/document.xml' in names, f'{name}: no document.xml'
    if low.endswith(('.odt', '.ods')):
        assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
        assert 'content.xml' in names
    for n in names:
        b = z.read(n)
        if n.endswith('.xml') or n.endswith('.rels'):
            ET.fromstring(b)
        if depth < 3:
            check_blob(b, n, depth + 1)
    return names


def check_blob(data, name, depth=0):
    low = name.lower()
    if low.endswith(('.xlsx', '.docx', '.odt', '.ods', '.zip')):
        check_zip(data, name, depth)
    elif low.endswith('.pdf'):
        assert pdf_text(data).strip(), f'{name}: empty text layer'
    elif low.endswith('.ics'):
        t = data.decode('utf-8')
        assert 'BEGIN:VCALENDAR' in t and 'END:VCALENDAR' in t, f'{name}: no VCALENDAR'
    elif low.endswith(('.csv', '.txt')) and depth:
        try:
            data.decode('utf-8')
        except UnicodeDecodeError:
            data.decode('cp1252')


def check_mail(name, data):
    assert b'\n' not in data.replace(b'\r\n', b''), f'{name}: bare LF'
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for part in msg.walk():
        assert not part.defects, f'{name}: defects {part.defects}'
        for k, v in part.items():
            assert not getattr(v, 'defects', None), f'{name}: header {k} defects {v.defects}'
        ct = part.get_content_type()
        fn = part.get_filename()
        if part.is_multipart():
            continue
        if part.get_content_maintype() == 'text':
            raw = part.get_payload(decode=True)
            cs = part.get_content_charset() or 'us-ascii'
            t = raw.decode(cs)
            if ct == 'text/calendar' or (fn and fn.lower().endswith('.ics')):
                assert 'BEGIN:VCALENDAR' in t and 'END:VCALENDAR' in t, f'{name}: bad ICS'
            assert t.strip(), f'{name}: empty text part'
        elif fn:
            check_blob(part.get_payload(decode=True), fn)
        elif ct != 'message/rfc822':
            raise AssertionError(f'{name}: unnamed non-text part {ct}')
    assert msg['Message-ID'], f'{name}: no Message-ID'
    assert msg['Date'].datetime.year == 2026, f'{name}: date not 2026'
    return msg


def check():
    errors = []
    assert len(MAILS) == 150, f'{len(MAILS)} mails, expected 150'
    for fn, label, lang, kind, reason in MAILS:
        assert label in LABELS and lang in ('de', 'en'), (fn.__name__, label, lang)
        assert '\t' not in reason and '\n' not in reason and reason.strip()
        assert not reason.startswith('trap:') or label == 'NORMAL', reason
    tmp = tempfile.mkdtemp(prefix='d200check-')
    try:
        mails, tsv = write(tmp)
        for name, data in mails.items():
            p = os.path.join(HERE, 'mails', name)
            if not os.path.exists(p) or open(p, 'rb').read() != data:
                errors.append(f'{name}: differs from the rebuilt file')
        if open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8').read() != tsv:
            errors.append('labels.tsv differs from the rebuilt file')
        extra = sorted(set(os.listdir(os.path.join(HERE, 'mails'))) - set(mails))
        if extra:
            errors.append(f'extra files in mails/: {extra}')
        mids = {}
        for name, data in mails.items():
            try:
                msg = check_mail(name, data)
                mid = msg['Message-ID']
                if mid in mids:
                    errors.append(f'{name}: Message-ID also in {mids[mid]}')
                mids[mid] = name
            except Exception as e:  # noqa
                errors.append(f'{name}: {type(e).__name__}: {e}')
        for line in tsv.splitlines()[1:]:
            assert len(line.split('\t')) == 5
    finally:
        shutil.rmtree(tmp)
    if errors:
        print('\n'.join(errors))
        print(f'CHECK FAILED: {len(errors)} problem(s)')
        return 1
    print(f'CHECK OK: {len(MAILS)} mails rebuilt byte-identical, all parsed and opened')
    return 0


def stats():
    from collections import Counter
    mails, _ = render_all()
    lab = Counter((l, g) for _, l, g, _, _ in MAILS)
    print('label\tde\ten\ttotal')
    for l in LABELS:
        print(f'{l}\t{lab[(l, "de")]}\t{lab[(l, "en")]}\t{lab[(l, "de")] + lab[(l, "en")]}')
    print('traps', sum(1 for m in MAILS if m[4].startswith('trap:')))
    kinds = Counter()
    for _, l, g, k, _ in MAILS:
        kinds[(k, l)] += 1
    ks = sorted({k for k, _ in kinds})
    for k in ks:
        print(f'{k}\t' + '\t'.join(str(kinds[(k, l)]) for l in LABELS))
    top, ext, cs = Counter(), Counter(), Counter()
    for name, data in mails.items():
        msg = BytesParser(policy=policy.default).parsebytes(data)
        top[msg.get_content_type()] += 1
        for part in msg.walk():
            fn = part.get_filename()
            if fn:
                ext[fn.rsplit('.', 1)[-1].lower()] += 1
                if fn.lower().endswith('.zip'):
                    for n in zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True))).namelist():
                        ext['(in zip) ' + n.rsplit('.', 1)[-1].lower()] += 1
            elif part.get_content_type() == 'message/rfc822':
                ext['message/rfc822'] += 1
            if part.get_content_maintype() == 'text' and not fn:
                cs[(part.get_content_charset(), part['Content-Transfer-Encoding'])] += 1
    print(top)
    print(ext)
    print(cs)


if __name__ == '__main__':
    if '--check' in sys.argv:
        sys.exit(check())
    if '--stats' in sys.argv:
        stats()
        sys.exit(0)
    write(HERE)
    print(f'wrote {len(MAILS)} mails to {os.path.join(HERE, "mails")}')
