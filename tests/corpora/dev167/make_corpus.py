#!/usr/bin/env python3
"""Siegel independent corpus dev167 (prefix d167-): 150 fictitious outgoing mails of
the invented insurer "Auenwald Versicherung a.G." (auenwald.example), emphasis on the
last weeks of the year.  Standard library only.

    python3 make_corpus.py          writes mails/ and labels.tsv
    python3 make_corpus.py --check  rebuilds in memory, compares byte for byte, parses
                                    every mail and opens every attachment
"""
import base64, csv, datetime, email, email.policy, email.utils, hashlib, html.parser
import io, os, quopri, re, sys, zipfile, zlib
from email.header import Header
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd167-'
DOM = 'auenwald.example'

# ---------------------------------------------------------------- numbers
def iban(country, bban):
    """ISO 13616 IBAN with valid ISO 7064 mod-97 check digits, grouped by 4."""
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    chk = 98 - int(num) % 97
    s = f'{country}{chk:02d}{bban}'
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def iban_ok(s):
    s = s.replace(' ', '').upper()
    num = ''.join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

# ---------------------------------------------------------------- people
STAFF = {
    'vollmer': ('Katrin Vollmer', 'katrin.vollmer', 'Leistungsabteilung Krankenversicherung', 'Auenwald Krankenversicherung AG', '0561 7080-4412'),
    'brehm': ('Jonas Brehm', 'jonas.brehm', 'Kraftfahrt Vertrag und Schaden', 'Auenwald Allgemeine Versicherung AG', '0561 7080-2231'),
    'overath': ('Dr. med. Sabine Overath', 'sabine.overath', 'Gesellschaftsärztin, Risikoprüfung Leben/BU', 'Auenwald Lebensversicherung AG', '0561 7080-3150'),
    'arslan': ('Mehmet Arslan', 'mehmet.arslan', 'Maklerbetreuung Nord/Ost', 'Auenwald Versicherung a.G.', '0561 7080-1187'),
    'lamprecht': ('Friederike Lamprecht', 'friederike.lamprecht', 'Personalabteilung', 'Auenwald Versicherung a.G.', '0561 7080-1020'),
    'wendt': ('Tobias Wendt', 'tobias.wendt', 'Schaden Sach/Haftpflicht', 'Auenwald Allgemeine Versicherung AG', '0561 7080-2560'),
    'kuhlmann': ('Anna-Lena Kuhlmann', 'anna-lena.kuhlmann', 'Bestandsverwaltung Leben und Altersvorsorge', 'Auenwald Lebensversicherung AG', '0561 7080-3322'),
    'nowak': ('Piotr Nowak', 'piotr.nowak', 'IT Service Desk', 'Auenwald Versicherung a.G.', '0561 7080-9000'),
    'sass': ('Henrike Saß', 'henrike.sass', 'Beitrags- und Tarifabteilung Kranken', 'Auenwald Krankenversicherung AG', '0561 7080-4630'),
    'ebert': ('Lukas Ebert', 'lukas.ebert', 'Rechtsschutz Leistung', 'Auenwald Rechtsschutz AG', '0561 7080-2740'),
    'mcallister': ('Fiona McAllister', 'fiona.mcallister', 'International Health Services', 'Auenwald Krankenversicherung AG', '+49 561 7080-4801'),
    'ortega': ('Rafael Ortega', 'rafael.ortega', 'Commercial Lines', 'Auenwald Allgemeine Versicherung AG', '+49 561 7080-2905'),
    'kowalczyk': ('Marta Kowalczyk', 'marta.kowalczyk', 'Reiseversicherung', 'Auenwald Allgemeine Versicherung AG', '0561 7080-2810'),
    'schlueter': ('Bernd Schlüter', 'datenschutz', 'Datenschutzbeauftragter', 'Auenwald Versicherung a.G.', '0561 7080-1099'),
    'hoffmann': ('Ines Hoffmann', 'ines.hoffmann', 'Unternehmenskommunikation', 'Auenwald Versicherung a.G.', '0561 7080-1300'),
    'rademacher': ('Uwe Rademacher', 'uwe.rademacher', 'Einkauf und Logistik', 'Auenwald Versicherung a.G.', '0561 7080-1450'),
    'lindqvist': ('Greta Lindqvist', 'greta.lindqvist', 'Actuarial Department / Reinsurance', 'Auenwald Versicherung a.G.', '+49 561 7080-3901'),
    'yildiz': ('Derya Yildiz', 'derya.yildiz', 'Kundenservice Sach', 'Auenwald Allgemeine Versicherung AG', '0561 7080-2100'),
    'beck': ('Matthias Beck', 'matthias.beck', 'Unfallversicherung Leistung', 'Auenwald Lebensversicherung AG', '0561 7080-3610'),
    'osei': ('Kwame Osei', 'kwame.osei', 'Group Benefits / bAV', 'Auenwald Lebensversicherung AG', '+49 561 7080-3480'),
    'grabowski': ('Sandra Grabowski', 'sandra.grabowski', 'Beitragsinkasso', 'Auenwald Versicherung a.G.', '0561 7080-1640'),
}

def who(key):
    s = STAFF[key]
    return (s[0], f'{s[1]}@{DOM}')

def sig(key, lang='de', short=False):
    n, _, dept, co, tel = STAFF[key]
    if short:
        return f'{n.split()[-2] if n.startswith("Dr.") else n.split()[0]}'
    if lang == 'en':
        return f'{n}\n{dept}\n{co}\nPhone {tel}\n{STAFF[key][1]}@{DOM}'
    return f'{n}\n{dept}\n{co}\nTelefon {tel}\n{STAFF[key][1]}@{DOM}'

FOOT_DE = ('--\n'
           'Auenwald Versicherung a.G. | Wilhelmshöher Allee 212 | 34119 Kassel\n'
           'Vorstand: Dr. Helmut Freund (Vors.), Carola Mensing, Yusuf Demir\n'
           'Vorsitzender des Aufsichtsrats: Prof. Dr. Rainer Kolb\n'
           'Sitz Kassel, Amtsgericht Kassel HRB 17733 | www.auenwald.example\n\n'
           'Diese E-Mail enthält möglicherweise vertrauliche und/oder rechtlich geschützte '
           'Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich '
           'erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese '
           'E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.')
FOOT_EN = ('--\n'
           'Auenwald Versicherung a.G. | Wilhelmshoeher Allee 212 | 34119 Kassel | Germany\n'
           'Management Board: Dr. Helmut Freund (Chair), Carola Mensing, Yusuf Demir\n'
           'Registered office Kassel, Local Court Kassel HRB 17733 | www.auenwald.example\n\n'
           'This e-mail may contain confidential and/or privileged information. If you are not '
           'the intended recipient (or have received this e-mail in error) please notify the '
           'sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or '
           'distribution of the material in this e-mail is strictly forbidden.')

# ---------------------------------------------------------------- documents
FIXED_ZIP_TIME = (2026, 12, 1, 9, 0, 0)

def _zip(members, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for item in members:
            name, data = item[0], item[1]
            when = item[2] if len(item) > 2 else FIXED_ZIP_TIME
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.create_system = 0
            zi.external_attr = 0
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()

def zip_of(members, when=FIXED_ZIP_TIME):
    return _zip([(n, d, when) for n, d in members])

def _pdf_str(s):
    b = s.encode('cp1252')
    return b'(' + b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'

def _wrap(lines, width=92):
    out = []
    for ln in lines:
        while len(ln) > width:
            cut = ln.rfind(' ', 0, width)
            if cut <= 0:
                cut = width
            out.append(ln[:cut])
            ln = '    ' + ln[cut:].lstrip()
        out.append(ln)
    return out

def pdf(text, title='Dokument', date='20261201090000'):
    """One- or multi-page PDF 1.4, Helvetica/WinAnsi, FlateDecode text layer."""
    lines = _wrap(text.strip('\n').split('\n'))
    pages = [lines[i:i + 58] for i in range(0, len(lines), 58)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = (b'<< /Title ' + _pdf_str(title) + b' /Producer (Auenwald Dokumentenservice 4.2)'
               b' /CreationDate (D:' + date.encode() + b'+01\'00\') >>')
    kids = []
    nxt = 5
    for pg in pages:
        pid, cid = nxt, nxt + 1
        nxt += 2
        kids.append(pid)
        content = [b'BT', b'/F1 10 Tf', b'13 TL', b'56 790 Td']
        for i, ln in enumerate(pg):
            if i == 0 and ln and pg is pages[0]:
                content.append(b'/F1 12 Tf ' + _pdf_str(ln) + b" Tj /F1 10 Tf T*")
            else:
                content.append(_pdf_str(ln) + b' Tj T*')
        content.append(b'ET')
        raw = zlib.compress(b'\n'.join(content) + b'\n', 9)
        objs[pid] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents '
                     + str(cid).encode() + b' 0 R >>')
        objs[cid] = b'<< /Length ' + str(len(raw)).encode() + b' /Filter /FlateDecode >>\nstream\n' + raw + b'\nendstream'
    objs[2] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count ' + str(len(kids)).encode() + b' >>'
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
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n, xref)
    return bytes(out)

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

def _core(title, creator):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(creator)}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>')

def docx(blocks, title='Dokument', creator='Auenwald Versicherung'):
    """blocks: str paragraphs ('# ' = bold heading) or lists of rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            if b.startswith('# '):
                body.append(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{xesc(b[2:])}</w:t></w:r></w:p>')
            else:
                body.append(f'<w:p><w:r><w:t xml:space="preserve">{xesc(b)}</w:t></w:r></w:p>')
        else:
            rows = ''.join('<w:tr>' + ''.join(f'<w:tc><w:p><w:r><w:t xml:space="preserve">{xesc(str(c))}</w:t></w:r></w:p></w:tc>' for c in r) + '</w:tr>' for r in b)
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl><w:p/>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W}"><w:body>' + ''.join(body) + '<w:sectPr/></w:body></w:document>')
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
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc),
                 ('docProps/core.xml', _core(title, creator))])

def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(sheets, title='Tabelle', creator='Auenwald Versicherung'):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    ws = []
    for si, (name, rows) in enumerate(sheets):
        xr = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, v in enumerate(row):
                ref = f'{_col(ci)}{ri + 1}'
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
            xr.append(f'<row r="{ri + 1}">' + ''.join(cells) + '</row>')
        ws.append(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                   + ''.join(xr) + '</sheetData></worksheet>'))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + ''.join(f'<sheet name="{xesc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + ''.join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
              + '</Relationships>')
    members = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
               ('xl/_rels/workbook.xml.rels', wbrels)]
    members += [(f'xl/worksheets/sheet{i + 1}.xml', w) for i, w in enumerate(ws)]
    members.append(('docProps/core.xml', _core(title, creator)))
    return _zip(members)

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')

def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {ODF_NS} office:version="1.2"><office:body>{body}</office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zip([('mimetype', mime), ('META-INF/manifest.xml', manifest), ('content.xml', content)], stored_first='mimetype')

def odt(paras):
    body = ''.join(f'<text:p>{xesc(p)}</text:p>' for p in paras)
    return _odf('application/vnd.oasis.opendocument.text', f'<office:text>{body}</office:text>')

def ods(sheets):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
            xr.append('<table:table-row>' + ''.join(cells) + '</table:table-row>')
        tabs.append(f'<table:table table:name="{xesc(name)}">' + ''.join(xr) + '</table:table>')
    return _odf('application/vnd.oasis.opendocument.spreadsheet', '<office:spreadsheet>' + ''.join(tabs) + '</office:spreadsheet>')

def csv_bytes(rows, enc='utf-8', delim=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)

def ics(uid, start, end, summary, location='', desc='', organizer='', attendee=''):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Auenwald Versicherung//Termine 2026//DE',
             'METHOD:REQUEST', 'BEGIN:VEVENT', f'UID:{uid}@{DOM}', 'DTSTAMP:20261101T080000Z',
             f'DTSTART;TZID=Europe/Berlin:{start}', f'DTEND;TZID=Europe/Berlin:{end}',
             f'SUMMARY:{summary}']
    if location:
        lines.append('LOCATION:' + location.replace(',', '\\,'))
    if desc:
        lines.append('DESCRIPTION:' + desc.replace('\n', '\\n').replace(',', '\\,'))
    if organizer:
        lines.append(f'ORGANIZER:mailto:{organizer}')
    if attendee:
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{attendee}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:  # fold at 73 octets-ish (characters are fine here)
        while len(ln) > 73:
            out.append(ln[:73])
            ln = ' ' + ln[73:]
        out.append(ln)
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')

# ---------------------------------------------------------------- MIME builder
CRLF = b'\r\n'

def _addr(a):
    if isinstance(a, str):
        a = who(a) if a in STAFF else ('', a)
    name, ad = a
    return email.utils.formataddr((name, ad), charset='utf-8') if name else ad

def _addrs(lst):
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    return ',\r\n '.join(_addr(a) for a in lst)

def _hval(s):
    try:
        s.encode('ascii')
        if len(s) < 66:
            return s
        return Header(s, 'us-ascii', header_name='Subject').encode(linesep='\r\n', maxlinelen=76)
    except UnicodeEncodeError:
        pass
    return Header(s, 'utf-8', header_name='Subject').encode(linesep='\r\n', maxlinelen=76)

def _enc_body(raw_text, cs, cte):
    txt = raw_text.replace('\r\n', '\n')
    raw = txt.encode(cs)  # strict: raises if a character does not fit the charset
    if cte == 'qp':
        return quopri.encodestring(raw).replace(b'\r\n', b'\n').replace(b'\n', CRLF), 'quoted-printable'
    if cte == 'b64':
        return base64.encodebytes(raw.replace(b'\n', CRLF)).replace(b'\n', CRLF), 'base64'
    if cte in ('8bit', '7bit'):
        if cte == '7bit':
            raw.decode('ascii')
        body = raw.replace(b'\n', CRLF)
        assert max(len(l) for l in body.split(CRLF)) <= 998
        if not body.endswith(CRLF):
            body += CRLF
        return body, cte
    raise ValueError(cte)

def text_part(text, subtype='plain', cs='utf-8', cte='qp', flowed=False):
    body, cte_name = _enc_body(text, cs, cte)
    ct = f'text/{subtype}; charset="{cs}"' + ('; format=flowed' if flowed else '')
    return ([('Content-Type', ct), ('Content-Transfer-Encoding', cte_name)], body)

def _param(key, fn):
    try:
        fn.encode('ascii')
        return f'{key}="{fn}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        return f"{key}*=utf-8''{quote(fn)}"

def attach_part(a):
    fn, data, ctype = a['name'], a['data'], a['ctype']
    if ctype == 'message/rfc822':
        hd = [('Content-Type', 'message/rfc822'), ('Content-Transfer-Encoding', '8bit' if any(b > 127 for b in data) else '7bit')]
        if fn:
            hd.append(('Content-Disposition', 'attachment; ' + _param('filename', fn)))
        return (hd, data if data.endswith(CRLF) else data + CRLF)
    ct = ctype + ('; ' + _param('name', fn) if fn else '')
    hd = [('Content-Type', ct)]
    if a.get('qp'):
        body = quopri.encodestring(data.replace(CRLF, b'\n')).replace(b'\n', CRLF)
        hd.append(('Content-Transfer-Encoding', 'quoted-printable'))
    else:
        body = base64.encodebytes(data).replace(b'\n', CRLF)
        hd.append(('Content-Transfer-Encoding', 'base64'))
    hd.append(('Content-Disposition', ('inline; ' if a.get('inline') else 'attachment; ') + _param('filename', fn)))
    return (hd, body)

def A(name, data, ctype=None, **kw):
    if ctype is None:
        ext = name.rsplit('.', 1)[-1].lower()
        ctype = {'pdf': 'application/pdf', 'csv': 'text/csv; charset="utf-8"', 'ics': 'text/calendar; charset="utf-8"; method=REQUEST',
                 'html': 'text/html; charset="utf-8"', 'zip': 'application/zip',
                 'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                 'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                 'odt': 'application/vnd.oasis.opendocument.text', 'ods': 'application/vnd.oasis.opendocument.spreadsheet',
                 'txt': 'text/plain; charset="utf-8"', 'eml': 'message/rfc822'}[ext]
    d = dict(name=name, data=data, ctype=ctype)
    d.update(kw)
    return d

def multipart(sub, parts, boundary):
    out = bytearray()
    for hd, body in parts:
        out += b'--' + boundary.encode() + CRLF
        for k, v in hd:
            out += f'{k}: {v}'.encode('ascii') + CRLF
        out += CRLF + body
        if not body.endswith(CRLF):
            out += CRLF
    out += b'--' + boundary.encode() + b'--' + CRLF
    return ([('Content-Type', f'multipart/{sub};\r\n boundary="{boundary}"')], bytes(out))

def _tz(dt):
    summer = datetime.datetime(2026, 3, 29, 2) <= dt < datetime.datetime(2026, 10, 25, 3)
    return datetime.timezone(datetime.timedelta(hours=2 if summer else 1))

def build(m, nested_tag=''):
    n = m['n']
    dt = datetime.datetime.strptime(m['date'], '%Y-%m-%d %H:%M')
    dt = dt.replace(second=(n * 7) % 60, tzinfo=_tz(dt))
    h = hashlib.sha1(f'{PREFIX}{n:04d}{nested_tag}'.encode()).hexdigest()
    mid = m.get('mid') or f'<{dt:%Y%m%d%H%M%S}.{h[:10]}.{n:04d}@mail.{DOM}>'
    frm = m['frm']
    hd = [('From', _addr(frm))]
    if m.get('sender'):
        hd.append(('Sender', _addr(m['sender'])))
    hd.append(('To', _addrs(m['to'])))
    if m.get('cc'):
        hd.append(('Cc', _addrs(m['cc'])))
    if m.get('reply_to'):
        hd.append(('Reply-To', _addr(m['reply_to'])))
    hd += [('Subject', _hval(m['subj'])), ('Date', email.utils.format_datetime(dt)), ('Message-ID', mid)]
    if m.get('irt'):
        hd += [('In-Reply-To', m['irt']), ('References', m['irt'])]
    hd.append(('MIME-Version', '1.0'))
    hd += list(m.get('xh', []))
    cs, cte = m.get('cs', 'utf-8'), m.get('cte', 'qp')
    parts_b = 0

    def bnd():
        nonlocal parts_b
        parts_b += 1
        return f'=_AW{n:04d}.{parts_b}.{h[10:22]}{nested_tag}'
    if m.get('html_only'):
        main = text_part(m['html'], 'html', cs, cte)
    else:
        main = text_part(m['body'], 'plain', cs, cte, flowed=m.get('flowed', False))
        if m.get('html'):
            main = multipart('alternative', [main, text_part(m['html'], 'html', cs, m.get('html_cte', cte))], bnd())
    if m.get('atts'):
        main = multipart('mixed', [main] + [attach_part(a) for a in m['atts']], bnd())
    out = bytearray()
    for k, v in hd + main[0]:
        out += f'{k}: {v}'.encode('ascii') + CRLF
    out += CRLF + main[1]
    return bytes(out)

MAILS = []
NESTED = {}

def M(n, label, lang, kind, reason, frm, to, subj, date, body=None, **kw):
    assert not any(x['n'] == n for x in MAILS), n
    d = dict(n=n, label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to, subj=subj, date=date, body=body)
    d.update(kw)
    MAILS.append(d)

def nested(n, frm, to, subj, date, body, **kw):
    """An earlier mail (e.g. from a customer) rendered as bytes for a message/rfc822 attachment."""
    d = dict(n=n, frm=frm, to=to, subj=subj, date=date, body=body)
    d.update(kw)
    return build(d, nested_tag='x')

def Q(text):
    """'>' quote a block."""
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))

LBL = {'N': 'NORMAL', 'C': 'CONFIDENTIAL', 'S': 'STRICTLY_CONFIDENTIAL'}

# ==================================================================== MAILS
SERVICE = ('Auenwald Kundenservice', f'kundenservice@{DOM}')
MAKLERLIST = ('Maklerbetreuung Auenwald', f'maklerbetreuung@{DOM}')

M(1, 'S', 'de', 'insurer-to-customer',
  'PKV premium adjustment 01.01.2027 for the named addressee incl. risk surcharge for his hypertension',
  'sass', ('Reinhard Köhler', 'r.koehler@kasselnet.example'),
  'Ihre Beitragsanpassung zum 01.01.2027 – Vertrag KV 4471 208 35', '2026-11-17 10:42', f"""\
Sehr geehrter Herr Köhler,

wie telefonisch besprochen, erhalten Sie vorab per E-Mail die wichtigsten Angaben zur
Beitragsanpassung in Ihrer Krankheitskostenvollversicherung. Das Schreiben mit den
Nachträgen zum Versicherungsschein geht Ihnen zusätzlich per Post zu.

Versicherte Person: Reinhard Köhler, geb. 14.02.1961
Tarif AW-Komfort 2 (ambulant/stationär/Zahn), Selbstbehalt 600 EUR

                         bisher        ab 01.01.2027
  Tarifbeitrag          498,37 EUR       541,90 EUR
  Risikozuschlag         49,84 EUR        54,19 EUR
  Pflegepflicht (PPV)    41,26 EUR        44,02 EUR
  Gesamt                589,47 EUR       640,11 EUR

Der Risikozuschlag wurde bei Vertragsbeginn wegen Ihres behandelten Bluthochdrucks
(I10.90) vereinbart. Er beträgt unverändert 10 % des Tarifbeitrags und steigt deshalb
im gleichen Verhältnis.

Sie haben nach § 204 VVG das Recht, in einen anderen Tarif mit gleichartigem
Versicherungsschutz zu wechseln. Gern rechne ich Ihnen Alternativen mit höherem
Selbstbehalt durch – eine kurze Antwort auf diese Mail genügt.

Mit freundlichen Grüßen

{sig('sass')}

{FOOT_DE}
""", xh=[('X-Mailer', 'Microsoft Outlook 16.0')])

M(2, 'N', 'de', 'internal',
  'trap: flu vaccination make-up date by the company doctor, invitation to all staff, no person named',
  'lamprecht', ('Alle Mitarbeitenden Kassel', f'alle-kassel@{DOM}'),
  'Grippeimpfung – Nachholtermin am 8. Dezember', '2026-11-23 08:05', f"""\
Liebe Kolleginnen und Kollegen,

für alle, die den Impftag im Oktober verpasst haben: Der betriebsärztliche Dienst bietet
einen Nachholtermin an.

Wann: Dienstag, 08.12.2026, 9:00 bis 12:30 Uhr
Wo:   Gesundheitsraum, Gebäude B, EG (neben der Kantine)

Geimpft wird der Vierfachimpfstoff der Saison 2026/27. Bitte bringt euren Impfpass mit,
falls vorhanden. Eine Anmeldung ist nicht nötig; wer Fragen zu Vorerkrankungen oder
Allergien hat, klärt das bitte direkt vor Ort mit der Betriebsärztin – nicht mit uns
in der Personalabteilung.

Den Termin habe ich als Kalendereintrag angehängt.

Viele Grüße
Friederike

{sig('lamprecht')}
""", atts=[A('Grippeimpfung_Nachholtermin.ics', ics('flu-2026-12-08', '20261208T090000', '20261208T123000',
        'Grippeimpfung Nachholtermin (Betriebsarzt)', 'Gesundheitsraum, Gebäude B, EG',
        'Offener Termin, keine Anmeldung. Impfpass mitbringen.', f'friederike.lamprecht@{DOM}'))])

M(3, 'C', 'de', 'insurer-to-customer',
  'motor cancellation by the customer confirmed for 01.01.2027, named person with policy number and number plate',
  'brehm', ('Melanie Strunk', 'melanie.strunk@freemail.example'),
  'Bestätigung Ihrer Kündigung – Kfz-Vertrag KH 0815-332971', '2026-11-27 15:20', f"""\
Guten Tag Frau Strunk,

Ihre Kündigung vom 24.11.2026 ist fristgerecht vor dem 30.11. bei uns eingegangen.
Wir bestätigen hiermit die Beendigung Ihres Vertrags zum 01.01.2027, 0:00 Uhr.

Vertrag:    KH 0815-332971 (Haftpflicht und Teilkasko)
Fahrzeug:   Skoda Octavia Combi, amtl. Kennzeichen KS-MS 417
Beitrag bis 31.12.2026 ist vollständig bezahlt.

Ihren Schadenfreiheitsrabatt (SF 14 Haftpflicht / SF 9 Teilkasko entfällt) melden wir
dem neuen Versicherer, sobald dieser die Vorversicherung bei uns anfragt. Das
geschieht in der Regel automatisch über die Zulassungsstelle.

Schade, dass Sie gehen – falls sich etwas ändert, melden Sie sich gern.

Freundliche Grüße
Jonas Brehm

{sig('brehm')}

{FOOT_DE}
""", cte='8bit')

M(4, 'N', 'en', 'insurer-to-broker',
  'trap: year-end cut-off dates for new business sent to all brokers; mentions health questions, IBAN and medical reports only as requirements',
  MAKLERLIST, ('Broker partners (international desk)', f'broker-intl@{DOM}'),
  'Year-end cut-off dates 2026 - please read', '2026-11-18 11:00', f"""\
Dear partners,

as every year, the last weeks of December get busy. To make sure your clients' new
contracts still start in 2026, please note the following cut-off dates:

* Motor (incl. fleet): complete applications by 30 November for a start on 1 January.
  Later applications are processed, but may start in January only.
* Private health and long-term care: signed application incl. all health questions
  received by 15 December. If we need a medical report from a doctor, we cannot
  guarantee a start date in 2026.
* Life, pensions and disability: signed application by 18 December; for Basisrente
  contracts the first premium must be collected in 2026 to count for this tax year,
  so please make sure the SEPA mandate with the client's IBAN is complete.
* Property and liability: up to 22 December.

Applications arriving between 23 December and 4 January will be processed from
5 January 2027. Our broker hotline is open on 28-30 December, 9 am - 1 pm.

Please never send completed health questionnaires by unencrypted e-mail - use the
broker portal or the secure mailbox.

Kind regards

Mehmet Arslan
{STAFF['arslan'][2]}

{FOOT_EN}
""", cs='us-ascii', cte='7bit')

M(5, 'S', 'en', 'insurer-to-customer',
  'body harmless: tax certificate of private health premiums for the named expat, basic-cover share and tax ID only in the PDF',
  'mcallister', ('Daniel Whitfield', 'dwhitfield@mailbox.example'),
  'Your documents for 2026', '2026-12-02 09:31', f"""\
Dear Mr Whitfield,

as requested on the phone, please find the document attached.

Best regards,
Fiona

{sig('mcallister', 'en')}

{FOOT_EN}
""", atts=[A('Beitragsbescheinigung_2026_Whitfield.pdf', pdf(f"""\
Auenwald Krankenversicherung AG - Bescheinigung ueber Beitraege 2026
Bescheinigung nach § 10 Abs. 2a EStG / Certificate of premiums paid for tax purposes

Versicherungsnehmer / Policyholder: Daniel Whitfield, geb. 03.09.1979
Anschrift: Schwindstraße 11, 60325 Frankfurt am Main
Steuer-Identifikationsnummer: 47 803 195 226
Vertrag: KV 5520 771 04, Tarif AW-Expat Global Plus

Gezahlte Beiträge 01.01.-31.12.2026                     7.412,40 EUR
davon Basisabsicherung (Krankheit, § 10 Abs. 1 Nr. 3a)  5.208,12 EUR
davon Pflegepflichtversicherung                           611,76 EUR
Wahlleistungen (Einbettzimmer, Zahn Plus, worldwide)    1.592,52 EUR
Beitragsrückerstattung 2026                                 0,00 EUR
Erstattete Krankheitskosten aus Selbstbehalt (Hinweis)  1.040,00 EUR

The premiums were transmitted electronically to the German tax authorities.
Kassel, 01.12.2026""", 'Beitragsbescheinigung 2026'))])

M(6, 'C', 'de', 'insurer-to-customer',
  'household contents: index adjustment of sum insured and premium for the named family, address and direct-debit IBAN',
  'yildiz', ('Sabine und Frank Ostermann', 'ostermann.familie@webpost.example'),
  'Hausratversicherung HR 20-558 314: Anpassung zum Jahreswechsel', '2026-11-19 14:08', f"""\
Sehr geehrte Frau Ostermann, sehr geehrter Herr Ostermann,

vielen Dank für Ihre Nachfrage. Die Erhöhung in Ihrer Hausratversicherung ist keine
Tariferhöhung, sondern die jährliche Summenanpassung nach § 9 Ihrer Bedingungen
(Baupreis- bzw. Verbraucherpreisindex).

Versicherungsort:   Am Rosenhang 7, 34131 Kassel
Versicherungssumme: bisher 78.000 EUR, ab 01.01.2027 80.730 EUR
Jahresbeitrag:      bisher 146,20 EUR, ab 01.01.2027 151,32 EUR

Der Beitrag wird wie bisher am 02.01. von Ihrem Konto
IBAN {iban('DE', '52060410' + '0004471203')} (Evangelische Kreditgenossenschaft) abgebucht.

Wenn Sie die Anpassung nicht wünschen, können Sie innerhalb eines Monats nach Zugang
dieser Mitteilung widersprechen. Dann besteht allerdings das Risiko einer
Unterversicherung.

Mit freundlichen Grüßen
Derya Yildiz

{sig('yildiz')}

{FOOT_DE}
""", cs='iso-8859-1', cte='qp')

NEWS7_TXT = f"""\
Auenwald Maklernews Dezember 2026
=================================

1. Beitragsanpassung Krankenversicherung 2027
In der Krankheitskostenvollversicherung passen wir zum 01.01.2027 rund 38 % der Tarife an.
Die durchschnittliche Erhöhung über den gesamten Bestand beträgt 6,4 %. Auslöser sind
vor allem gestiegene Ausgaben für stationäre Behandlungen (+9,1 %) und Arzneimittel (+7,3 %).
Betroffene Kunden erhalten ihr Schreiben bis 30.11. Argumentationshilfen und
Tarifwechsel-Rechner finden Sie im Maklerportal.

2. Kfz-Wechselsaison
Bis Stichtag 30.11. haben wir 11.240 Anträge erhalten, ein Plus von 4 % zum Vorjahr.

3. Basisrente: Zahlung bis 28.12.
Einmalbeiträge für das Steuerjahr 2026 müssen bis spätestens 28.12. auf unserem Konto sein.

4. Erreichbarkeit zwischen den Jahren
Maklerhotline 28.-30.12. von 9 bis 13 Uhr, ab 04.01.2027 wieder regulär.

Sie erhalten diesen Newsletter als registrierter Vertriebspartner.
Abmelden: https://news.auenwald.example/abmelden?liste=makler
"""
NEWS7_HTML = """\
<html><body style="font-family:Arial,sans-serif">
<h2>Auenwald Maklernews Dezember 2026</h2>
<h3>1. Beitragsanpassung Krankenversicherung 2027</h3>
<p>In der Krankheitskostenvollversicherung passen wir zum 01.01.2027 rund 38&nbsp;% der Tarife an.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Leistungsbereich</th><th>Ausgabensteigerung 2025/2026</th></tr>
<tr><td>stationär</td><td>+9,1 %</td></tr>
<tr><td>Arzneimittel</td><td>+7,3 %</td></tr>
<tr><td>ambulant ärztlich</td><td>+4,8 %</td></tr>
<tr><td>Zahn</td><td>+3,2 %</td></tr>
<tr><td><b>Bestand gesamt (Beitrag)</b></td><td><b>+6,4 %</b></td></tr>
</table>
<h3>2. Kfz-Wechselsaison</h3><p>Bis Stichtag 30.11. haben wir 11.240 Anträge erhalten (+4&nbsp;%).</p>
<h3>3. Basisrente: Zahlung bis 28.12.</h3><p>Einmalbeiträge für das Steuerjahr 2026 müssen bis spätestens 28.12. auf unserem Konto sein.</p>
<h3>4. Erreichbarkeit zwischen den Jahren</h3><p>Maklerhotline 28.&ndash;30.12. von 9 bis 13 Uhr.</p>
<p style="font-size:small">Sie erhalten diesen Newsletter als registrierter Vertriebspartner.
<a href="https://news.auenwald.example/abmelden?liste=makler">Abmelden</a></p>
</body></html>
"""
M(7, 'N', 'de', 'newsletter',
  'trap: broker newsletter with portfolio-wide PKV premium increase and cost drivers (inpatient, medicines), aggregates only',
  ('Auenwald Maklernews', f'newsletter@{DOM}'), ('Vertriebspartner', f'maklernews@{DOM}'),
  'Maklernews Dezember: Beitragsanpassung KV, Kfz-Wechselsaison, Basisrente', '2026-12-01 07:00',
  NEWS7_TXT, html=NEWS7_HTML,
  xh=[('List-Unsubscribe', '<https://news.auenwald.example/abmelden?liste=makler>'), ('Precedence', 'bulk')])

M(8, 'S', 'de', 'insurer-to-doctor',
  'disability (BU) claim: request for a medical report on the named patient, diagnosis and birth date in the attached DOCX form',
  'overath', ('Praxis Dr. med. Jana Roloff', 'praxis@roloff-allgemeinmedizin.example'),
  'Anforderung Befundbericht – Ihr Patient Herr Stefan Mertens', '2026-11-20 09:12', f"""\
Sehr geehrte Frau Kollegin Roloff,

Ihr Patient, Herr Stefan Mertens (geb. 27.06.1975), hat bei uns Leistungen aus seiner
Berufsunfähigkeitsversicherung beantragt. Er gibt an, seit Mai 2026 wegen einer
rezidivierenden depressiven Störung (F33.1) und eines chronischen Lumbalsyndroms nicht
mehr als Dachdecker arbeiten zu können.

Eine von Herrn Mertens unterschriebene Schweigepflichtentbindung liegt uns vor (Kopie
geht Ihnen per Post zu). Wir bitten Sie, den beigefügten Befundbericht auszufüllen und
uns möglichst bis zum 18.12.2026 zurückzusenden. Für Ihre Mühe vergüten wir pauschal
nach GOÄ Nr. 75 zzgl. Auslagen.

Bitte senden Sie den ausgefüllten Bericht nicht per normaler E-Mail, sondern über
unser sicheres Postfach oder per Post.

Mit kollegialen Grüßen

{sig('overath')}

{FOOT_DE}
""", atts=[A('Befundbericht_BU_Mertens.docx', docx([
    '# Ärztlicher Befundbericht zur Berufsunfähigkeit',
    'Auenwald Lebensversicherung AG, Leistungsprüfung BU, Schaden-Nr. BU-2026-01187',
    [['Versicherte Person', 'Stefan Mertens'], ['Geburtsdatum', '27.06.1975'],
     ['Beruf', 'Dachdecker (Geselle)'], ['Angegebene Diagnosen', 'F33.1 rezidivierende depressive Störung; M54.5 Kreuzschmerz'],
     ['Behandelnde Ärztin', 'Dr. med. Jana Roloff, Kassel']],
    '1. Seit wann behandeln Sie den Patienten und wegen welcher Erkrankungen?',
    '2. Welche Befunde (inkl. Bildgebung) liegen vor? Bitte Kopien beifügen.',
    '3. Welche Medikation erhält der Patient derzeit (Wirkstoff, Dosis)?',
    '4. Erfolgte eine stationäre oder teilstationäre Behandlung (Klinik, Zeitraum)?',
    '5. Wie beurteilen Sie die Leistungsfähigkeit im zuletzt ausgeübten Beruf?',
    'Ort, Datum, Stempel, Unterschrift'], 'Befundbericht BU', 'Dr. Sabine Overath'))])

M(9, 'C', 'en', 'insurer-to-customer',
  'household contents claim: bicycle stolen at the Christmas market, named customer, claim number and payout IBAN',
  'yildiz', ('Tomasz Wierzbicki', 't.wierzbicki@mailbox.example'),
  'Your claim 26-HR-090412 - bicycle theft', '2026-12-09 16:44', f"""\
Dear Mr Wierzbicki,

thank you for sending the police report and the purchase receipt so quickly.

We have checked your claim for the e-bike stolen on 4 December in front of the
Christmas market at Königsplatz. Your household contents policy HR 21-004 877 includes
bicycle theft up to 2,500 EUR (outdoor cover, 10 pm - 6 am exclusion does not apply as
the theft happened at 7:30 pm).

Purchase price (2023)           2,899.00 EUR
Cover limit bicycle theft       2,500.00 EUR
Excess                          -150.00 EUR
Payment                         2,350.00 EUR

We will transfer the amount within the next three working days to the account you
gave us: {iban('DE', '20041133' + '0558120771')} (account holder Tomasz Wierzbicki).

Please let us know if the bike is found - in that case you can choose between
keeping the money and getting the bike back.

Kind regards
Derya Yildiz

{sig('yildiz', 'en')}

{FOOT_EN}
""", cte='8bit')

M(10, 'N', 'en', 'internal',
  'trap: IT change freeze over the holidays; health-claims and payroll systems named, no personal data',
  'nowak', ('IT all staff', f'it-info@{DOM}'),
  'Change freeze 18 Dec - 6 Jan', '2026-12-10 17:02', f"""\
Hi all,

reminder: the year-end change freeze starts on Friday, 18 December, 6 pm and ends on
Wednesday, 6 January 2027, 8 am.

During the freeze:
- no deployments to production (exceptions only via the emergency CAB, on-call 9000)
- the health claims system KLS will be read-only on 31 Dec from 2 pm for the
  year-end run, same for the premium collection system (SEPA batches)
- payroll (HR) closes on 21 Dec, final salary run already done
- password resets still work via the self-service portal

Please do not plan leave for the on-call team without checking the rota first.

Thanks,
Piotr
IT Service Desk | ext. 9000
""", cs='us-ascii', cte='7bit', xh=[('User-Agent', 'Mozilla Thunderbird 128.5')])

M(11, 'S', 'de', 'internal',
  'only in the quoted customer mail: inpatient stay, heart catheter invoice and cardiology diagnosis of the named insured',
  'vollmer', ('Leistung Kranken Team 2', f'lk-team2@{DOM}'),
  'WG: Rückfrage zur Erstattung Krankenhausrechnung', '2026-12-14 12:15', f"""\
Hallo zusammen,

ich bin ab morgen bis 04.01. im Urlaub. Bitte übernehmt den Fall unten – die Rechnung
vom Klinikum ist geprüft, es fehlt nur noch die Freigabe für das Zweibettzimmer.
Der Kunde ruft sonst vermutlich vor Weihnachten noch dreimal an ;-)

Danke!
Katrin

-----Ursprüngliche Nachricht-----
Von: Werner Dahlhaus <w.dahlhaus@t-net.example>
Gesendet: Freitag, 11. Dezember 2026 19:48
An: Vollmer, Katrin <katrin.vollmer@auenwald.example>
Betreff: Rückfrage zur Erstattung Krankenhausrechnung

Sehr geehrte Frau Vollmer,

ich war vom 16. bis 21. November im Klinikum Fuldatal, Kardiologie. Dort wurde nach
dem Herzinfarkt ein Herzkatheter gemacht und zwei Stents gesetzt. Die Rechnung über
11.482,16 EUR habe ich Ihnen am 1.12. geschickt (Versicherungsnummer 4402 117 09).
Bisher ist nichts erstattet worden. Außerdem hat das Krankenhaus den Zuschlag für das
Zweibettzimmer extra berechnet, das ist doch in meinem Tarif drin?

Ich muss im Januar noch zur Reha nach Bad Wildungen, wie geht das dann?

Mit freundlichem Gruß
Werner Dahlhaus
""", xh=[('X-Mailer', 'Microsoft Outlook 16.0')])

M(12, 'C', 'de', 'insurer-to-customer',
  'residential building insurance: premium confirmation for the landlord\'s tax return, named owner, object address, policy number',
  'yildiz', ('Gerhard Pohlmann', 'gerhard.pohlmann@t-net.example'),
  'Bescheinigung Versicherungsbeiträge 2026 für Ihre Steuererklärung (Anlage V)', '2026-12-15 11:26', f"""\
Sehr geehrter Herr Pohlmann,

gern bestätigen wir Ihnen für Ihre Einkommensteuererklärung 2026 (Einkünfte aus
Vermietung und Verpachtung) die gezahlten Beiträge:

Versicherungsnehmer:   Gerhard Pohlmann, Ludwig-Mond-Str. 52, 34121 Kassel
Versichertes Objekt:   Mehrfamilienhaus Frankfurter Straße 140, 34121 Kassel
                       (6 Wohneinheiten)

Wohngebäudeversicherung WG 11-203 998     1.834,60 EUR
Haus- und Grundbesitzerhaftpflicht HG 11-203 999    212,40 EUR
Gesamt 2026                                2.047,00 EUR

Die Beiträge sind vollständig bezahlt. Eine Bestätigung mit Unterschrift ist für das
Finanzamt in der Regel nicht nötig; sollte Ihr Steuerberater sie trotzdem brauchen,
schicken wir sie gern per Post.

Mit freundlichen Grüßen

{sig('yildiz')}
""", flowed=False)

M(13, 'N', 'de', 'insurer-to-supplier',
  'trap: print order for 184,000 tax certificates with a DOCX template full of placeholders (name, birth date, tax ID), no real person',
  'rademacher', ('Druckhaus Kaufungen – Auftragsannahme', 'auftrag@druckhaus-kaufungen.example'),
  'Auftrag Jahresversand Beitragsbescheinigungen 2026 / Vorlage', '2026-11-24 13:37', f"""\
Sehr geehrter Herr Ritter,

wie besprochen der Auftrag für den Jahresversand:

- Beitragsbescheinigungen Kranken/Pflege 2026: ca. 121.000 Stück
- Bescheinigungen Leben/Basisrente (Anlage AV / Rürup): ca. 63.000 Stück
- Format DIN A4, einseitig, Kuvertierung DL mit Fenster, Versand Infopost
- Datenlieferung per SFTP am 11.01.2027 (verschlüsselt, wie im AV-Vertrag vereinbart)
- Druck und Versand bis spätestens 22.01.2027

Im Anhang die Layoutvorlage mit den Platzhaltern; die echten Daten kommen ausschließlich
über die SFTP-Strecke, nicht per Mail. Bitte schicken Sie uns bis 10.12. einen
Probedruck mit Musterdaten („Max Mustermann“).

Freundliche Grüße
Uwe Rademacher

{sig('rademacher')}

{FOOT_DE}
""", atts=[A('Vorlage_Beitragsbescheinigung_2026.docx', docx([
    '# Bescheinigung über Beiträge zur Kranken- und Pflegeversicherung 2026',
    '«Anrede» «Vorname» «Nachname»', '«Strasse» «Hausnummer»', '«PLZ» «Ort»',
    'Versicherungsnummer: «VSNR»    Geburtsdatum: «GEBDATUM»    Steuer-ID: «STEUERID»',
    [['Position', 'Betrag'], ['Beiträge Basisabsicherung', '«BETRAG_BASIS»'], ['Pflegepflichtversicherung', '«BETRAG_PPV»'],
     ['Wahlleistungen', '«BETRAG_WAHL»'], ['Beitragsrückerstattung', '«BRE»']],
    'Die Daten wurden nach § 10 Abs. 2a EStG an die Finanzverwaltung übermittelt.',
    'Muster – nur für Layoutabstimmung'], 'Vorlage Beitragsbescheinigung', 'Uwe Rademacher'))])

M(14, 'S', 'en', 'insurer-to-hospital',
  'travel health: guarantee of payment to a hospital in Tenerife naming the insured, lower-leg fracture S82.6 and surgery',
  'kowalczyk', ('Hospital Costa Tejina – International Patients', 'intl.patients@hospital-costatejina.example'),
  'Guarantee of payment - patient Ms Hannelore Brückner, DOB 11/05/1952', '2026-12-27 10:05', f"""\
Dear colleagues,

Auenwald Allgemeine Versicherung AG confirms cover under the travel health insurance
RK 77-310 452 for

  Patient:      Ms Hannelore Brückner
  Date of birth: 11 May 1952
  Admitted:     26 December 2026, emergency department
  Diagnosis (your report): fracture of the lateral malleolus, left (S82.6), planned ORIF

We guarantee payment of the medically necessary inpatient treatment up to 18,000 EUR,
standard ward, for a stay of up to 7 days. Please send your invoice with the discharge
report directly to us (reference RK-26-118734). Any extension or a transfer to Germany
must be agreed with our medical assistance team in advance (+49 561 7080-2899, 24/7).

Thank you for taking care of our insured.

Kind regards,
Marta Kowalczyk

{sig('kowalczyk', 'en')}

{FOOT_EN}
""")

M(15, 'N', 'en', 'insurer-to-partner',
  'trap: reinsurance treaty renewal with disability incidence by age band and claims ratios, portfolio aggregates only',
  'lindqvist', ('Jeremy Hollis', 'j.hollis@atlantica-re.example'),
  'Renewal 1/1/2027 - life & disability quota share, final figures', '2026-12-04 14:50', f"""\
Hi Jeremy,

as promised, the final figures for the renewal meeting on Thursday. All numbers are
portfolio aggregates as of 30 September 2026, no individual claims.

Disability (BU) new claims per 1,000 insured years, by entry age band:
  18-29   0.9
  30-39   1.6
  40-49   3.4
  50-59   7.8
Main causes of new claims 2026: mental disorders 37%, musculoskeletal 22%,
cancer 14%, cardiovascular 8%, other 19%.

Term life: 61 death claims YTD, actual/expected 84% (DAV 2008 T basis).

We would like to keep the quota at 40% and the retention for single risks at
750,000 EUR. Large claims over 500k will go through the usual secure data room.

Speak Thursday,
Greta

{sig('lindqvist', 'en')}
""", cte='8bit')

M(16, 'C', 'mixed', 'insurer-to-customer',
  'motor: transfer of a UK no-claims history for a named British customer in Kassel, birth date, plate and VIN; German/English mixed',
  'brehm', ('Oliver Pennington', 'oliver.pennington@mailbox.example'),
  'AW: No-claims discount from the UK / SF-Einstufung', '2026-12-01 08:57', f"""\
Dear Mr Pennington,

thanks for your mail – I'll answer in English first and add the German wording for your
records, as the Zulassungsstelle may ask for it.

We can accept your UK no-claims bonus (7 years, letter from your previous insurer dated
12 October 2026). Your new car policy will start on 1 January 2027:

  Policyholder:  Oliver Pennington, born 19/08/1984
  Vehicle:       VW ID.3, VIN WVWZZZE1ZPP051733, plate KS-OP 1984
  SF class:      SF 7 (liability and comprehensive)

---
Deutsche Fassung:
Die Einstufung erfolgt aufgrund der schadenfreien Jahre bei Ihrem Vorversicherer in
Großbritannien in SF 7 für Haftpflicht und Vollkasko. Die eVB-Nummer lautet
A7K3QR9, gültig für die Zulassung ab 28.12.2026.
---

Let me know if anything is unclear – gern auch auf Deutsch.

Best regards / Viele Grüße
Jonas Brehm

{sig('brehm')}

> Hello Mr Brehm,
> I moved from Bristol to Kassel in summer and would like to insure my new car with you
> from January. Can you take my UK no claims years into account? Letter attached.
> Thanks, Oliver
""", irt='<CAF1e8.0915@mailbox.example>')

M(17, 'S', 'de', 'insurer-to-customer',
  'Basisrente (Rürup) annual statement and tax data for the named customer, tax ID and contributions, in body and PDF',
  'kuhlmann', ('Christiane Haberland', 'c.haberland@webpost.example'),
  'Ihre Basisrente: Bescheinigung 2026 und Zuzahlung bis 28.12.', '2026-12-07 10:18', f"""\
Sehr geehrte Frau Haberland,

Sie hatten gefragt, ob Sie für 2026 noch eine Zuzahlung in Ihre Basisrente leisten
können. Ja – wenn der Betrag bis spätestens 28.12.2026 auf unserem Konto eingeht, wird
er für das Steuerjahr 2026 berücksichtigt.

Ihr Vertrag LV 30-771 452 (Basisrente nach § 10 Abs. 1 Nr. 2 b EStG):
- laufende Beiträge 2026: 12 x 400,00 EUR = 4.800,00 EUR
- Höchstbetrag 2026 (Alleinstehende): 29.344 EUR
- rechnerisch noch möglich: 24.544 EUR

Die vorläufige Bescheinigung für 2026 liegt bei. Die endgültige Meldung an das
Finanzamt erfolgt Ende Februar unter Ihrer Steuer-ID 21 684 730 195.

Mit freundlichen Grüßen
Anna-Lena Kuhlmann

{sig('kuhlmann')}

{FOOT_DE}
""", atts=[A('Basisrente_Bescheinigung_vorlaeufig_2026.pdf', pdf("""\
Auenwald Lebensversicherung AG
Vorlaeufige Bescheinigung ueber Beitraege zur Basisrente 2026

Versicherungsnehmerin: Christiane Haberland, geb. 02.04.1970
Anschrift: Kirchweg 19, 34128 Kassel
Steuer-Identifikationsnummer: 21 684 730 195
Vertrag: LV 30-771 452, zertifiziert (Zertifizierungsnummer 009741)

Beitraege 01.01.-30.11.2026:   4.400,00 EUR
Beitrag Dezember (erwartet):     400,00 EUR
Summe voraussichtlich:         4.800,00 EUR

Enthaltene Zusatzversicherung Berufsunfaehigkeit: 612,00 EUR
Diese Bescheinigung ist vorlaeufig. Die endgueltige Datenuebermittlung erfolgt bis 28.02.2027.""",
    'Basisrente 2026'))])

M(18, 'N', 'de', 'internal',
  'trap: holiday on-call rota of the health-claims team as XLSX, colleagues named with extensions only, no absence reasons',
  'vollmer', ('Leistung Kranken (alle)', f'lk-alle@{DOM}'),
  'Besetzung zwischen den Jahren – bitte prüfen', '2026-12-03 16:30', f"""\
Hallo ihr Lieben,

anbei der Plan für die Besetzung 23.12.–05.01. Ich habe die Urlaubswünsche aus dem
Teamkalender übernommen. Pro Tag brauchen wir mindestens zwei Leute für Posteingang
und Arztrechnungen, eine Person für die Krankenhaus-Kostenübernahmen.

Wenn etwas nicht passt, bitte bis Montag tauschen und mir Bescheid geben.

LG Katrin
""", atts=[A('Besetzung_LK_Jahreswechsel.xlsx', xlsx([('Plan', [
    ['Datum', 'Posteingang / Arztrechnungen', 'Kostenübernahmen Krankenhaus', 'Telefon-Hotline', 'Bemerkung'],
    ['23.12.2026', 'Vollmer, Sahin', 'Peters', 'Kraus', ''],
    ['24.12.2026', 'Sahin', 'Peters', '-', 'Heiligabend, bis 12 Uhr'],
    ['28.12.2026', 'Kraus, Lindner', 'Oberle', 'Sahin', ''],
    ['29.12.2026', 'Kraus, Lindner', 'Oberle', 'Peters', ''],
    ['30.12.2026', 'Lindner, Peters', 'Sahin', 'Kraus', ''],
    ['31.12.2026', 'Lindner', 'Oberle', '-', 'Silvester, bis 12 Uhr; KLS ab 14 Uhr gesperrt'],
    ['04.01.2027', 'alle', 'Oberle', 'Kraus', 'Jahresrückstand abbauen'],
    ['05.01.2027', 'alle', 'Peters', 'Lindner', '']]),
    ('Durchwahlen', [['Name', 'Durchwahl'], ['Vollmer', 4412], ['Sahin', 4415], ['Peters', 4418], ['Kraus', 4420],
                     ['Lindner', 4421], ['Oberle', 4425]])], 'Besetzung', 'Katrin Vollmer'))])

M(19, 'C', 'de', 'insurer-to-broker',
  'commission statement for a sole-trader broker: his IBAN, tax number and commission income',
  'arslan', ('Holger Weser', 'holger.weser@finanzkontor-weser.example'),
  'Courtageabrechnung November + Vorschau Jahresabschluss', '2026-12-04 09:45', f"""\
Moin Herr Weser,

anbei die Eckdaten Ihrer Courtageabrechnung November; die Detailliste finden Sie wie
immer im Maklerportal unter „Abrechnungen“.

Abschlusscourtage November:            3.412,80 EUR
Bestandscourtage November:               918,44 EUR
Stornoreserve (Einbehalt 10 %):         -341,28 EUR
Auszahlung am 10.12.2026:              3.989,96 EUR

Empfänger: Holger Weser, Finanzkontor Weser (Einzelunternehmen)
IBAN: {iban('DE', '26250001' + '0091773410')}
Steuernummer: 026 815 40412 – Sie sind als Versicherungsvermittler nach § 4 Nr. 11
UStG umsatzsteuerbefreit, daher ohne USt.

Ihre Courtage 2026 gesamt liegt damit bei 41.207,15 EUR. Die Jahresbescheinigung für
Ihre Buchhaltung schicken wir Mitte Januar.

Für die letzten Anträge des Jahres: Basisrente bitte bis 18.12., sonst klappt die
Beitragszahlung 2026 nicht mehr.

Beste Grüße aus Kassel
Mehmet Arslan

{sig('arslan')}

{FOOT_DE}
""", cte='8bit')

M(20, 'S', 'en', 'insurer-to-customer',
  "travel cancellation claim because the named customer's father had a stroke; relative's diagnosis and hospital stay",
  'kowalczyk', ('Aylin Demirtas', 'aylin.demirtas@freemail.example'),
  'Re: Cancellation of our trip to Madeira - claim RR-26-04471', '2026-12-18 13:22', f"""\
Dear Ms Demirtas,

I am very sorry to hear about your father and hope he is recovering.

Thank you for sending the hospital confirmation. It states that your father,
Mr Kemal Demirtas, was admitted to Klinikum Fuldatal on 9 December with an acute
ischaemic stroke (I63.5) and is still an inpatient. This is an unexpected serious illness
of a close relative as defined in section 2.1 of your travel cancellation policy, so the
cancellation of your trip (departure 20 December) is covered.

Cancellation costs charged by the tour operator (80%):   2,296.00 EUR
Excess (20%, min. 25 EUR)                                 -459.20 EUR
Payment                                                  1,836.80 EUR

The payment will go to the account ending in 4411 that we have on file. No further
documents are needed.

Best wishes to you and your family for the holidays,
Marta Kowalczyk

{sig('kowalczyk', 'en')}

{FOOT_EN}

-----Original Message-----
From: Aylin Demirtas <aylin.demirtas@freemail.example>
Sent: Thursday, 17 December 2026 21:03
To: Reiseversicherung <reise@auenwald.example>
Subject: Cancellation of our trip to Madeira

Hello, we had to cancel our trip because my father had a stroke last week. Attached is
the letter from the hospital. Policy number RR 55-201 447. What else do you need?
Aylin
""")

M(21, 'N', 'de', 'insurer-to-customer',
  'trap: generic answer to a prospect about waiting periods in dental cover, crowns and root treatment named generically, no contract or health data',
  SERVICE, ('Interessent', 'tim.b.1991@freemail.example'),
  'AW: Zahnzusatz noch dieses Jahr abschließen?', '2026-12-11 10:03', f"""\
Hallo,

vielen Dank für Ihre Anfrage über unser Kontaktformular.

Ob Sie die Zahnzusatzversicherung noch im Dezember oder erst im Januar abschließen,
macht bei unseren Tarifen AW-Zahn 70/90 keinen großen Unterschied:
- Es gibt keine Wartezeiten, die Leistung beginnt mit dem Versicherungsbeginn.
- In den ersten vier Kalenderjahren gelten Höchstbeträge (Zahnstaffel). Ein Beginn am
  01.12. zählt allerdings schon als erstes Kalenderjahr – wer also im Dezember
  abschließt, hat das erste Jahr „verbraucht“.
- Bereits angeratene oder laufende Behandlungen (z. B. geplante Kronen oder eine
  begonnene Wurzelbehandlung) sind nicht versichert.

Die Gesundheitsfragen im Antrag beziehen sich auf fehlende Zähne und laufende
Behandlungen. Den Antrag können Sie online ausfüllen: https://www.auenwald.example/zahn

Bitte schicken Sie uns keine Röntgenbilder oder Befunde per E-Mail.

Freundliche Grüße
Lena Pfaff
Ihr Auenwald Kundenservice

{FOOT_DE}
""")

M(22, 'N', 'en', 'insurer-to-company',
  'grey: fleet renewal for a GmbH, XLSX of company-owned vehicles with plates and VINs, no driver or other natural person',
  'ortega', ('Brandt Logistik GmbH – Fleet Management', 'fleet@brandt-logistik.example'),
  'Fleet policy FL 9902-14: renewal terms 2027', '2026-11-25 15:15', f"""\
Dear fleet team,

please find attached the vehicle list we used for the renewal of your fleet policy as
of 1 January 2027. Could you check it against your own register and tell us about any
vehicles sold or added since October?

Renewal terms:
- premium 2027: 148,300 EUR (2026: 141,900 EUR), +4.5% driven by repair costs
- loss ratio 2024-2026: 71%
- deductible comprehensive: 1,000 EUR per claim (unchanged)
- new: telematics discount of 3% if at least 80% of trucks are connected

We need your confirmation by 15 December so the green cards can be issued in time.

Best regards,
Rafael Ortega

{sig('ortega', 'en')}

{FOOT_EN}
""", atts=[A('Brandt_Logistik_vehicle_list_2027.xlsx', xlsx([('Vehicles', [
    ['No.', 'Plate', 'Make/Model', 'VIN', 'Type', 'First reg.', 'Cover'],
    [1, 'KS-BL 101', 'MAN TGX 18.470', 'WMA06XZZ7LP141221', 'Tractor unit', '2020-03', 'Liability + comprehensive'],
    [2, 'KS-BL 102', 'MAN TGX 18.470', 'WMA06XZZ7LP141388', 'Tractor unit', '2020-03', 'Liability + comprehensive'],
    [3, 'KS-BL 215', 'Mercedes Actros 1845', 'WDB9634031L998411', 'Tractor unit', '2022-07', 'Liability + comprehensive'],
    [4, 'KS-BL 216', 'Mercedes Actros 1845', 'WDB9634031L998560', 'Tractor unit', '2022-07', 'Liability + comprehensive'],
    [5, 'KS-BL 330', 'Schmitz Cargobull SKO 24', 'WSM00000003410772', 'Reefer trailer', '2021-01', 'Liability'],
    [6, 'KS-BL 331', 'Schmitz Cargobull SKO 24', 'WSM00000003410790', 'Reefer trailer', '2021-01', 'Liability'],
    [7, 'KS-BL 450', 'VW Crafter 35', 'WV1ZZZSYZN9023311', 'Van', '2023-05', 'Liability + partial'],
    [8, 'KS-BL 451', 'VW Crafter 35', 'WV1ZZZSYZN9023578', 'Van', '2023-05', 'Liability + partial'],
    [9, 'KS-BL 600', 'Linde H30D', '-', 'Forklift (yard only)', '2019-11', 'Liability']])], 'Fleet list', 'Rafael Ortega'))])

M(23, 'S', 'de', 'insurer-to-company',
  'company pension (direct insurance, life line): salary conversion list for 2027 with employee names, birth dates and gross salaries in a windows-1252 CSV',
  'osei', ('Brandt Logistik GmbH – Personalabteilung', 'personal@brandt-logistik.example'),
  'Entgeltumwandlung 2027 – Abgleich Ihrer Meldeliste', '2026-12-08 11:50', f"""\
Sehr geehrte Frau Kessler,

vielen Dank für die Meldeliste zur Entgeltumwandlung ab Januar. Wir haben sie mit
unserem Bestand der Direktversicherungen (Gruppenvertrag GV 700-118) abgeglichen.
Bei drei Personen gibt es Abweichungen, die Liste mit unseren Anmerkungen hängt an
(Spalte „Hinweis Auenwald“).

Wichtig zum Jahreswechsel: Der steuerfreie Höchstbetrag nach § 3 Nr. 63 EStG beträgt
2027 voraussichtlich 8 % der BBG West. Bei Herrn Yilmaz würde die gewünschte Umwandlung
diese Grenze überschreiten – bitte mit ihm klären.

Viele Grüße
Kwame Osei

{sig('osei')}

{FOOT_DE}
""", atts=[A('Entgeltumwandlung_2027_Abgleich.csv', csv_bytes([
    ['Personalnr', 'Name', 'Vorname', 'Geburtsdatum', 'Brutto mtl. 2026', 'Umwandlung mtl. ab 01/2027', 'Vertrag', 'Hinweis Auenwald'],
    ['10044', 'Yilmaz', 'Hakan', '12.03.1988', '4.180,00', '700,00', 'DV 700-118-044', 'über Höchstbetrag § 3 Nr. 63'],
    ['10071', 'Schäfer', 'Doris', '30.07.1969', '3.240,00', '150,00', 'DV 700-118-071', ''],
    ['10102', 'Nguyen', 'Van Long', '05.11.1993', '3.610,00', '200,00', 'neu', 'Antrag fehlt noch'],
    ['10118', 'Bäumer', 'Klaus', '21.01.1961', '3.980,00', '250,00', 'DV 700-118-118', 'Rentenbeginn 2028 prüfen'],
    ['10140', 'Kovacevic', 'Jelena', '14.09.1990', '2.870,00', '100,00', 'DV 700-118-140', '']], enc='windows-1252'),
    'text/csv; charset="windows-1252"')])

NEWS24 = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Auenwald Home &amp; Travel - Winter 2026</title></head>
<body style="font-family:Verdana,sans-serif;max-width:640px">
<h1 style="color:#2e6b3a">Ready for winter?</h1>
<p>Dear customers,</p>
<p>every December our claims teams see the same things: frozen pipes, burning Advent wreaths
and skiing accidents abroad. A few tips to get through the season safely:</p>
<table cellpadding="6" border="1" style="border-collapse:collapse">
<tr style="background:#dfeee2"><th>Risk</th><th>What you can do</th><th>Which cover helps</th></tr>
<tr><td>Frozen water pipes</td><td>Keep unused rooms at min. 12&nbsp;&deg;C, drain garden taps</td><td>Buildings insurance</td></tr>
<tr><td>Candle fires</td><td>Never leave candles unattended, use LED lights on dry trees</td><td>Household contents</td></tr>
<tr><td>Ski injuries abroad</td><td>Check that your travel health cover includes rescue and repatriation</td><td>Travel health insurance</td></tr>
<tr><td>Snow on your roof</td><td>Have heavy snow loads removed by professionals</td><td>Buildings insurance</td></tr>
<tr><td>Black ice on your pavement</td><td>Clear and grit by 7 am on weekdays</td><td>Personal liability</td></tr>
</table>
<p>If you need a doctor while travelling, call our 24/7 assistance line: +49 561 7080-2899.</p>
<p>Season&rsquo;s greetings from Kassel!<br>Your Auenwald team</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed at auenwald.example.
<a href="https://news.auenwald.example/unsubscribe?l=winter">Unsubscribe</a> |
<a href="https://www.auenwald.example/privacy">Privacy</a></p>
</body></html>
"""
M(24, 'N', 'en', 'newsletter',
  'trap: HTML-only customer newsletter with winter tips incl. ski injuries and doctors abroad, no person',
  ('Auenwald Newsletter', f'newsletter@{DOM}'), ('Newsletter subscribers', f'newsletter-en@{DOM}'),
  'Winter is coming: 5 tips for home and travel', '2026-12-02 18:00', html=NEWS24, html_only=True,
  xh=[('List-Unsubscribe', '<https://news.auenwald.example/unsubscribe?l=winter>'), ('Precedence', 'bulk')])

M(25, 'C', 'de', 'insurer-to-customer',
  'legal expenses insurer cancels after two claims: named customer, policy, tenancy and neighbour disputes',
  'ebert', ('Dirk Lange', 'dirk.lange@kasselnet.example'),
  'Kündigung Ihres Rechtsschutzvertrags RS 44-017 226 nach Schadenfall', '2026-12-01 14:40', f"""\
Sehr geehrter Herr Lange,

wir haben den Deckungsschutz für Ihren Rechtsstreit mit der Vermieterin Ihrer Wohnung
(Mietminderung wegen Schimmel, Amtsgericht Kassel, Az. 451 C 2218/26) bestätigt und die
Kosten übernommen.

Innerhalb der letzten zwölf Monate haben wir damit für zwei Rechtsschutzfälle
geleistet (zuvor Nachbarschaftsstreit wegen der Grundstücksgrenze, Schaden-Nr.
RS-25-88120). Nach § 13 Abs. 2 ARB machen wir daher von unserem Kündigungsrecht Gebrauch
und kündigen den Vertrag RS 44-017 226 zum 31.12.2026.

Die laufenden Verfahren sind davon nicht betroffen: Für beide Fälle besteht weiterhin
Versicherungsschutz bis zu ihrem Abschluss.

Mit freundlichen Grüßen

Lukas Ebert

{sig('ebert')}

{FOOT_DE}
""", xh=[('Importance', 'High')])

M(26, 'S', 'en', 'internal',
  'medical underwriting decision on a term-life applicant: BMI, blood pressure, medication, exclusion and loading',
  'overath', ('Sales Support Life', f'sales-life@{DOM}'),
  'UW decision: term life application Mr Ibrahim Haddad (A-26-48812)', '2026-12-16 08:20', f"""\
Hi team,

underwriting decision for the term life application of Mr Ibrahim Haddad, DOB
02/01/1981, sum assured 350,000 EUR, broker Thiel & Partner:

- BMI 33.4 (height 178 cm, weight 106 kg)
- treated hypertension since 2021, ramipril 5 mg, last readings 142/91
- sleep apnoea, CPAP since 2024, compliant according to the sleep lab report
- non-smoker (cotinine negative)

Decision: accepted with +75% extra premium. No exclusion. Please tell the broker that a
review of the loading is possible after 3 years if BMI < 30 and BP under control.

As the client wants cover from 1 January, the broker needs the signed acceptance back
by 23 December.

Sabine

{sig('overath', 'en')}
""", cte='8bit')

M(27, 'N', 'de', 'internal',
  'trap: year-end closing reminder with claims reserves, IBNR and sickness/accident claim totals as company aggregates',
  ('Rechnungswesen Auenwald', f'rechnungswesen@{DOM}'), ('Abteilungsleitungen', f'al-runde@{DOM}'),
  'Jahresabschluss 2026: Termine und Zulieferungen', '2026-11-30 09:00', f"""\
Liebe Kolleginnen und Kollegen,

der Zeitplan für den Jahresabschluss 2026 steht. Bitte beachten Sie die Zulieferungen:

08.01.  Schadenreserven Einzelfälle Sach/HUK/Kfz (Schadensysteme, Stand 31.12.)
12.01.  Spätschadenreserve (IBNR) und Rückstellung für noch nicht abgewickelte
        Versicherungsfälle Krankheitskosten – Aktuariat
14.01.  Beitragsüberträge, RfB-Zuführung Leben/Kranken
19.01.  Rückversicherungsabrechnung Q4
22.01.  Konzernmeldung

Zur Orientierung die vorläufigen Zahlen per 30.11. (nur Summen):
- erstattete Krankheitskosten 2026: 612,4 Mio. EUR (+5,9 %)
- Unfall-Invaliditätsleistungen: 18,7 Mio. EUR
- BU-Renten laufend: 3.412 Fälle

Fragen bitte an rechnungswesen@auenwald.example.

Viele Grüße
Ihr Team Rechnungswesen
""")

M(28, 'C', 'de', 'insurer-to-customer',
  'motor premium change after new type and regional class: named customer, plate, SF class, special cancellation right',
  'brehm', ('Jürgen Aßmann', 'j.assmann@t-net.example'),
  'AW: Warum ist mein Kfz-Beitrag gestiegen?', '2026-11-12 12:05', f"""\
Sehr geehrter Herr Aßmann,

Ihre Frage ist berechtigt – Sie hatten keinen Schaden und trotzdem steigt der Beitrag.

Der Grund sind die neuen Typ- und Regionalklassen, die der GDV jedes Jahr veröffentlicht
und die wir übernehmen:

Fahrzeug: Opel Astra K Sports Tourer, KS-JA 2203
                      2026     2027
Typklasse KH            17       18
Typklasse VK            21       23
Regionalklasse KH        5        6
SF-Klasse KH/VK     SF 22/SF 18  SF 23/SF 19
Jahresbeitrag     612,48 €   668,90 €

Ihre bessere SF-Klasse fängt einen Teil der Erhöhung auf. Weil sich der Beitrag
aufgrund einer Tarifänderung erhöht, haben Sie ein Sonderkündigungsrecht innerhalb eines
Monats nach Zugang der Beitragsrechnung.

Alternativ: Mit einer Werkstattbindung („AW-Kfz Partner“) sinkt Ihr Beitrag um ca. 15 %.

Mit freundlichen Grüßen
Jonas Brehm

{sig('brehm')}

-----Ursprüngliche Nachricht-----
Von: Jürgen Aßmann
Gesendet: Dienstag, 10. November 2026 18:12
Betreff: Warum ist mein Kfz-Beitrag gestiegen?

Ich hatte seit 22 Jahren keinen Unfall und soll jetzt 56 Euro mehr zahlen??
Vertrag KH 0815-114203.
""", cs='windows-1252', cte='8bit')

M(29, 'N', 'en', 'insurer-to-supplier',
  'trap: Christmas party catering order with dietary counts (gluten-free, nut allergy), no names',
  'rademacher', ('Events team, Fulda Valley Catering', 'events@fuldavalley-catering.example'),
  'Christmas party 17 Dec - final numbers', '2026-12-09 10:44', f"""\
Hello Ms Aydin,

final numbers for our Christmas party on Thursday, 17 December, canteen building B:

- 312 guests in total (arrival from 6 pm, buffet 7 pm)
- 58 vegetarian, 21 vegan
- 9 gluten-free (coeliac), please label clearly
- 4 with nut allergy - no nuts in the dessert buffet at all, please
- 6 lactose-free
- 2 halal, 1 kosher (individually packed is fine)

Drinks as in your offer of 3 November, incl. non-alcoholic punch. Invoice please to
Auenwald Versicherung a.G., Einkauf, Wilhelmshoeher Allee 212, 34119 Kassel, order no.
EK-2026-4471, our VAT ID is DE 813 442 901.

Thanks and see you next week,
Uwe Rademacher

{sig('rademacher', 'en')}
""", cs='us-ascii', cte='7bit')

M(30, 'S', 'de', 'insurer-to-customer',
  'supplementary long-term care: higher care level (Pflegegrad 3) of the named insured, dementia diagnosis and new daily allowance',
  'vollmer', ('Ulrike Brandes', 'ulrike.brandes@webpost.example'),
  'Pflegetagegeld Ihrer Mutter – neuer Pflegegrad ab 01.11.2026', '2026-12-10 15:55', f"""\
Sehr geehrte Frau Brandes,

vielen Dank für die Übersendung des Gutachtens des Medizinischen Dienstes. Ihre Mutter,
Frau Gertrud Brandes (Versicherungsnummer 3109 447 12), ist danach seit 01.11.2026 in den
Pflegegrad 3 eingestuft (bisher Pflegegrad 2). Grundlage ist die fortschreitende
Alzheimer-Demenz mit erheblichen Einschränkungen bei Orientierung und Selbstversorgung.

Das Pflegetagegeld aus dem Tarif AW-PflegePlus erhöht sich damit:
  bisher (PG 2, 30 %):  15,00 EUR pro Tag
  neu    (PG 3, 60 %):  30,00 EUR pro Tag

Die Nachzahlung für November (30 Tage x 15,00 EUR = 450,00 EUR) überweisen wir in den
nächsten Tagen auf das bekannte Konto. Da Ihre Mutter ab Pflegegrad 3 beitragsfrei
gestellt ist, entfällt der Beitrag ab Dezember; zu viel gezahlte Beiträge erstatten wir.

Als Bevollmächtigte erhalten Sie künftig alle Schreiben. Bitte beachten Sie: Wir
schicken Ihnen diese Mail auf Ihren ausdrücklichen Wunsch (Einwilligung vom 02.12.2026).

Mit freundlichen Grüßen
Katrin Vollmer

{sig('vollmer')}

{FOOT_DE}
""")

M(31, 'C', 'en', 'insurer-to-customer',
  'home insurance cancelled because the named customer moves abroad; new address in the Netherlands and refund IBAN',
  'yildiz', ('Sanne de Vries', 'sanne.devries@mailbox.example'),
  'Cancellation of your household insurance HR 22-310 087', '2026-12-21 09:38', f"""\
Dear Ms de Vries,

we have received your cancellation and the confirmation of your de-registration from
Kassel. As you are moving your household permanently abroad, the contract ends on the day
of the move, 31 December 2026, and not at the end of the insurance year.

You have paid the annual premium until 31 March 2027, so we will refund the premium for
1 January - 31 March 2027: 41.10 EUR.

Refund to:  Sanne de Vries, {iban('NL', 'ABNA' + '0417164300')}
New address (for the final statement): Oudegracht 211 bis, 3511 NB Utrecht, Netherlands

Goed verhuizen and all the best for your new start in Utrecht!

Kind regards
Derya Yildiz

{sig('yildiz', 'en')}

{FOOT_EN}
""", cte='8bit')

M(32, 'N', 'de', 'insurer-to-broker',
  'trap: circular on the motor switching deadline with a blank cancellation template (ODT) full of placeholders',
  'arslan', ('Vertriebspartner Kfz', f'makler-kfz@{DOM}'),
  'Rundschreiben 17/2026: Kfz-Wechselgeschäft – Stichtag 30.11.', '2026-11-09 08:30', f"""\
Sehr geehrte Damen und Herren,

die Kfz-Wechselsaison läuft. Einige Hinweise, damit Ihre Kunden nicht leer ausgehen:

1. Kündigungen beim Vorversicherer müssen bis Montag, 30.11.2026, dort eingegangen sein.
   Maßgeblich ist der Zugang, nicht der Poststempel.
2. Bei einer Beitragserhöhung besteht ein Sonderkündigungsrecht von einem Monat ab
   Zugang der Rechnung – auch nach dem 30.11.
3. Für Anträge, die bis 30.11. bei uns eingehen, garantieren wir die Policierung bis
   18.12.
4. Die eVB erzeugen Sie wie gewohnt selbst im Maklerportal.

Im Anhang eine Kündigungsvorlage für Ihre Kunden (LibreOffice/Word). Bitte keine
ausgefüllten Vorlagen mit Kundendaten an diese Sammeladresse schicken.

Mit freundlichen Grüßen
Mehmet Arslan
Maklerbetreuung Nord/Ost
""", atts=[A('Vorlage_Kuendigung_Kfz.odt', odt([
    'Kündigung meiner Kfz-Versicherung',
    '[Vorname Nachname]', '[Straße Hausnummer]', '[PLZ Ort]',
    'An: [Name des bisherigen Versicherers], [Anschrift]',
    'Versicherungsnummer: [Nummer]    Amtliches Kennzeichen: [KS-XX 000]',
    'Hiermit kündige ich den oben genannten Vertrag fristgerecht zum 01.01.2027.',
    'Bitte bestätigen Sie mir die Kündigung schriftlich.',
    '[Ort, Datum]            [Unterschrift]']))])

M(33, 'S', 'mixed', 'insurer-to-customer',
  'expat health claim for physiotherapy after a herniated disc (M51.1) of the named insured; German/English mixed',
  'mcallister', ('Priya Raman', 'priya.raman@mailbox.example'),
  'Ihre Erstattung / your reimbursement – Physiotherapie Dezember', '2026-12-22 14:10', f"""\
Dear Ms Raman, liebe Frau Raman,

wir haben Ihre Rechnungen erstattet – here is the breakdown in both languages:

Versicherte Person / insured person: Priya Raman, KV 5520 803 11
Diagnose laut Verordnung / diagnosis on the prescription: Bandscheibenvorfall L5/S1 (M51.1)

Physiopraxis Wilhelmshöhe, 6 x Krankengymnastik / physiotherapy   252,00 EUR
2 x Manuelle Therapie / manual therapy                             96,40 EUR
Fango                                                              38,00 EUR
Erstattung / reimbursed (100 %)                                   386,40 EUR

The remaining prescription (another 6 sessions) is also covered; you do not need a new
approval. Bitte reichen Sie die Rechnungen für Dezember erst nach dem 31.12. ein, wenn
Sie noch überlegen, die Beitragsrückerstattung für 2026 mitzunehmen – in your tariff this
would be two monthly premiums if you claim nothing for the year. Since you already
claimed this year, that no longer applies, sorry!

Gute Besserung and happy holidays,
Fiona McAllister

{sig('mcallister', 'en')}
""")

M(34, 'C', 'de', 'insurer-to-customer',
  'storm damage to a residential building: named owner, address and claim number, assessor appointment as ICS',
  'wendt', ('Monika Vogelsang', 'm.vogelsang@freemail.example'),
  'Sturmschaden Dachfläche – Besichtigungstermin 15.12.', '2026-12-11 11:11', f"""\
Sehr geehrte Frau Vogelsang,

danke für die Fotos vom Dach. Damit der Schaden schnell reguliert werden kann, kommt
unser Sachverständiger, Herr Dipl.-Ing. Kühnel, am Dienstag, 15.12.2026, um 10:00 Uhr
zu Ihnen:

Objekt: Ahornweg 3, 34260 Kaufungen
Schaden-Nr.: WG-26-70114, Sturm „Zoltan“ vom 08.12.2026
Vertrag: Wohngebäude WG 14-882 017

Die Notabdeckung durch den Dachdecker dürfen Sie selbstverständlich sofort beauftragen,
die Kosten sind mitversichert. Den Termin finden Sie im Anhang für Ihren Kalender.

Freundliche Grüße
Tobias Wendt

{sig('wendt')}

{FOOT_DE}
""", atts=[A('Besichtigung_WG-26-70114.ics', ics('wg-26-70114', '20261215T100000', '20261215T113000',
        'Besichtigung Sturmschaden Vogelsang (WG-26-70114)', 'Ahornweg 3, 34260 Kaufungen',
        'Sachverständiger Kühnel, Dach und Dachrinne, Vertrag WG 14-882 017', f'tobias.wendt@{DOM}',
        'm.vogelsang@freemail.example'))])

M(35, 'N', 'de', 'internal',
  'trap: out-of-office auto-reply of a health-claims clerk mentioning doctors\' invoices and hospital cases in general',
  'vollmer', ('Sandra Peters', f'sandra.peters@{DOM}'),
  'Automatische Antwort: Kostenübernahme Klinikum – Rückfrage', '2026-12-15 07:42', """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 04.01.2027 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet.

In dringenden Fällen (Kostenübernahmen für Krankenhausaufenthalte, Arztrechnungen mit
Fristablauf) wenden Sie sich bitte an das Team Leistung Kranken:
lk-team2@auenwald.example oder Telefon 0561 7080-4400.

Frohe Weihnachten und einen guten Start ins neue Jahr!
Katrin Vollmer
""", xh=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

M(36, 'S', 'en', 'insurer-to-lawyer',
  "motor liability personal-injury claim: third party's whiplash, neck MRI, sick leave and medication in a lawyer correspondence",
  'wendt', ('Katherine Moore, Moore Legal', 'kmoore@moore-legal.example'),
  'Your client Mr Liam Gallagher - accident of 2 November 2026, our ref. KH-26-55120', '2026-12-17 16:02', f"""\
Dear Ms Moore,

thank you for your letter of 10 December and the medical documents for your client,
Mr Liam Gallagher.

Liability of our insured driver is not in dispute. On the injuries, the documents show:
- distortion of the cervical spine (S13.4) diagnosed at the A&E of Klinikum Fuldatal on
  the day of the accident
- MRI of 16 November: no structural damage
- unfit for work from 2 to 27 November, physiotherapy x 12, ibuprofen 600 mg
- ongoing headaches, referral to a neurologist on 8 December

Without prejudice we offer 2,800 EUR compensation for pain and suffering plus the
documented loss of earnings (1,940.62 EUR) and treatment costs. Should the neurological
findings show more, we are happy to revisit.

Please use our secure mailbox for any further medical records.

Yours sincerely,
Tobias Wendt

{sig('wendt', 'en')}

{FOOT_EN}
""")

M(37, 'C', 'en', 'insurer-to-customer',
  'annual travel policy renewal listing the named family members with birth dates, no health data',
  'kowalczyk', ('Marco Bellini', 'marco.bellini@mailbox.example'),
  'Your annual travel insurance 2027 - family cover', '2026-12-14 12:34', f"""\
Dear Mr Bellini,

your annual travel insurance (policy RJ 66-004 318) renews on 1 January 2027. Please check
that the insured persons are still correct:

  Marco Bellini        born 23 February 1983
  Giulia Bellini       born 7 July 1985
  Luca Bellini         born 30 April 2015
  Sofia Bellini        born 12 December 2019

Cover: trip cancellation up to 6,000 EUR per trip, baggage, rental car excess.
Annual premium: 219.00 EUR (unchanged).

If nothing has changed, you do not need to do anything. The premium is collected on
2 January.

Kind regards
Marta Kowalczyk

{sig('kowalczyk', 'en')}
""")

M(38, 'N', 'en', 'internal',
  'trap: year-end reminder on expense claims; sick notes and medical certificates mentioned only as a rule',
  ('Finance Operations', f'finance-ops@{DOM}'), ('All staff (international)', f'staff-intl@{DOM}'),
  'Reminder: expenses and travel claims by 15 December', '2026-12-01 10:00', """\
Dear colleagues,

a friendly reminder that all expense and travel claims for 2026 must be submitted in the
travel tool by Tuesday, 15 December. Claims submitted later will be paid with the
January payroll and booked to 2027.

Some common questions:
- Taxi receipts: please add the purpose of the trip.
- Cancelled business trips due to illness: just mark "cancelled - illness". Do NOT
  upload your sick note or any medical certificate to the travel tool; sick notes go to
  HR only.
- Hospitality: list the names of external guests, not their companies only.

Thank you,
Finance Operations
""", cs='us-ascii', cte='7bit')

M(39, 'S', 'de', 'insurer-to-customer',
  'PKV no-claims premium refund for the named insured; personal health line, claims behaviour and tariff',
  'sass', ('Heiko Brinkmann', 'heiko.brinkmann@t-net.example'),
  'Beitragsrückerstattung 2026 - lohnt sich die Einreichung Ihrer Rechnungen?', '2026-12-16 10:25', f"""\
Sehr geehrter Herr Brinkmann,

Sie haben gefragt, ob Sie Ihre Arztrechnungen aus 2026 noch einreichen sollen. Hier die
Rechnung für Ihren Vertrag KV 4471 903 18, Tarif AW-Komfort 3:

Leistungsfreies Jahr 2026: Sie haben bisher keine Rechnungen eingereicht.
Beitragsrückerstattung bei Leistungsfreiheit (3. leistungsfreies Jahr in Folge):
3 Monatsbeiträge = 3 x 487,20 EUR = 1.461,60 EUR, Auszahlung im Juli 2027.

Ihre gesammelten Rechnungen (Orthopäde, Physiotherapie, Brille) ergeben nach Ihrer
Aufstellung 1.120 EUR. Abzüglich des Selbstbehalts von 300 EUR würden wir 820 EUR
erstatten - also weniger als die Rückerstattung.

Unsere Empfehlung: Rechnungen noch nicht einreichen. Sie haben dafür bis Ende 2029
Zeit (Einreichungsfrist 3 Jahre) - sollte im Januar doch noch etwas Größeres kommen,
können wir neu rechnen.

Mit freundlichen Grüßen
Henrike Saß

{sig('sass')}

{FOOT_DE}
""", cs='iso-8859-1', cte='qp')

M(40, 'C', 'de', 'insurer-to-customer',
  'personal liability contract change: named partner with birth date added to the policy',
  'yildiz', ('Lea Hartung', 'lea.hartung@freemail.example'),
  'Ihre Privathaftpflicht PH 30-114 776: Partner mitversichert ab 01.01.2027', '2026-12-03 13:48', f"""\
Hallo Frau Hartung,

schön, dass Sie zusammengezogen sind! Wir haben Ihren Vertrag wie gewünscht umgestellt:

Tarif: Privathaftpflicht Single → Familie/Partner (ohne Kinder)
Mitversichert ab 01.01.2027: Jannik Sörensen, geb. 09.10.1994
gemeinsame Anschrift: Goethestraße 71, 34119 Kassel
Neuer Jahresbeitrag: 79,90 EUR (bisher 56,40 EUR)

Herr Sörensen hat seine eigene Haftpflicht bei einem anderen Versicherer zum Jahresende
gekündigt – prima, dann gibt es keine Doppelversicherung.

Den Nachtrag zum Versicherungsschein bekommen Sie per Post.

Viele Grüße
Derya Yildiz

{sig('yildiz')}
""")

M(41, 'N', 'de', 'insurer-to-authority',
  'trap: notice to the tax office about the electronic transmission of premium data (counts of records only, company tax number)',
  'kuhlmann', ('Finanzamt Kassel – Körperschaftsteuerstelle', 'poststelle@finanzamt-kassel.example'),
  'Ihr Schreiben vom 20.11.2026 – Datenübermittlung Vorsorgeaufwendungen', '2026-12-08 09:05', f"""\
Sehr geehrte Damen und Herren,

zu Ihrer Anfrage teilen wir Ihnen mit, dass die Auenwald Lebensversicherung AG und die
Auenwald Krankenversicherung AG die Beitragsdaten nach § 10 Abs. 2a EStG für das
Beitragsjahr 2026 fristgerecht bis 28.02.2027 elektronisch übermitteln werden.

Voraussichtlicher Umfang:
- Kranken- und Pflegeversicherung: ca. 121.000 Datensätze
- Basisrentenverträge: ca. 18.400 Datensätze
- Altersvorsorgeverträge (Riester): ca. 44.600 Datensätze

Für Rückfragen zur Übermittlung steht Ihnen Frau Kuhlmann zur Verfügung. Die
Steuernummer der Auenwald Lebensversicherung AG lautet 026 231 00117.

Mit freundlichen Grüßen
Auenwald Lebensversicherung AG
i. A. Anna-Lena Kuhlmann

{FOOT_DE}
""")

M(42, 'S', 'de', 'insurer-to-partner',
  'PKV switch: transfer value and prior insurance periods of a named insured sent to the new health insurer',
  'sass', ('Nordlicht Krankenversicherung AG – Antragsabteilung', 'antrag@nordlicht-kv.example'),
  'Übertragungswert und Vorversicherungszeiten – Herr Philipp Sander, geb. 18.05.1977', '2026-12-18 14:27', f"""\
Sehr geehrte Damen und Herren,

Herr Philipp Sander, geb. 18.05.1977, wechselt zum 01.01.2027 zu Ihnen. Seine
Krankheitskostenvollversicherung bei uns (KV 4471 612 04) endet zum 31.12.2026.

Vorversicherungszeiten bei der Auenwald Krankenversicherung AG:
- Krankheitskostenvollversicherung seit 01.04.2011 ununterbrochen
- Pflegepflichtversicherung seit 01.04.2011
- Krankentagegeld ab dem 43. Tag, 120 EUR/Tag, seit 01.04.2011

Übertragungswert nach § 14 KVAV (Basistarif-Anteil der Alterungsrückstellung),
Stand 31.12.2026: 9.874,31 EUR. Der Betrag wird Anfang Januar an Sie überwiesen.

Ein Risikozuschlag (10 % wegen Asthma bronchiale, J45.0) wurde bei uns erhoben; ob
Sie ihn übernehmen, entscheiden Sie nach Ihrer eigenen Risikoprüfung.

Mit freundlichen Grüßen
Henrike Saß

{sig('sass')}
""")

M(43, 'N', 'en', 'insurer-to-partner',
  'trap: answer to a journalist on the average 2027 private health premium increase, cancer drugs and hospital costs as market facts',
  'hoffmann', ('Nick Harper, Financial Ledger', 'n.harper@financial-ledger.example'),
  'RE: Query - private health premiums 2027', '2026-11-26 17:35', f"""\
Dear Mr Harper,

thanks for your questions. Here are our answers, you may quote me:

1. Average premium increase 2027: 6.4% across our comprehensive health portfolio; about
   38% of tariffs are adjusted, 62% remain unchanged.
2. Drivers: inpatient costs (+9.1%), new cancer drugs and biologics, more outpatient
   psychotherapy. The legal trigger mechanism (claims ratio deviation > 10%) was hit in
   several tariffs at once after two quiet years.
3. Options for customers: everyone can switch to another tariff within our company
   without losing ageing reserves (Section 204 Insurance Contract Act).

We do not comment on individual customers or on the number of complaints.

Best regards,
Ines Hoffmann
Head of Corporate Communications
Auenwald Versicherung a.G.
press@auenwald.example | +49 561 7080-1300
""", cte='8bit')

M(44, 'C', 'en', 'insurer-to-customer',
  'motor: eVB (insurance confirmation) for a named customer\'s new car bought at year end, VIN and address',
  'brehm', ('Stefanie Okafor', 'stefanie.okafor@freemail.example'),
  'Your eVB number for the new car', '2026-12-29 08:47', f"""\
Dear Ms Okafor,

congratulations on your new car! Here is the electronic insurance confirmation (eVB)
for the registration office:

eVB number: K9X4T2M
Valid until: 28 June 2027 (for registration only)
Policyholder: Stefanie Okafor, Parkstraße 30, 34119 Kassel
Vehicle: Toyota Yaris Hybrid, VIN VNKKBBB3X0A112874
Cover from registration: liability + comprehensive, SF class taken over from your
previous car (SF 5)

Note: the registration office in Kassel is closed on 31 December. Your old car's
policy KH 0815-440212 will be closed on the day the new car is registered.

Kind regards
Jonas Brehm

{sig('brehm', 'en')}
""")

M(45, 'S', 'de', 'insurer-to-customer',
  'accident insurance disability payout: fracture and remaining impairment of the arm of the named insured, calculation as HTML attachment',
  'beck', ('Rüdiger Falk', 'ruediger.falk@t-net.example'),
  'Invaliditätsleistung aus Ihrer Unfallversicherung UV 80-221 039', '2026-12-22 10:58', f"""\
Sehr geehrter Herr Falk,

das Gutachten von Dr. Steinbach liegt vor. Nach dem Sturz vom 14.01.2026 (distale
Radiusfraktur rechts, operativ versorgt, anschließend CRPS) verbleibt eine dauerhafte
Funktionsbeeinträchtigung der rechten Hand von 3/10 Handwert.

Die Berechnung der Invaliditätsleistung nach der Gliedertaxe finden Sie im Anhang. Den
Betrag von 31.500,00 EUR überweisen wir noch vor dem Jahreswechsel auf Ihr Konto.

Zusätzlich zahlen wir die vereinbarte Unfallrente nicht, da der Invaliditätsgrad unter
50 % liegt.

Mit freundlichen Grüßen
Matthias Beck

{sig('beck')}

{FOOT_DE}
""", atts=[A('Berechnung_Invaliditaet_UV80-221039.html', ("""\
<html><head><meta charset="utf-8"><title>Berechnung Invaliditätsleistung</title></head><body>
<h3>Auenwald Lebensversicherung AG – Unfallversicherung UV 80-221 039</h3>
<p>Versicherte Person: Rüdiger Falk, geb. 05.12.1966 – Unfall vom 14.01.2026</p>
<table border="1" cellpadding="4">
<tr><th>Position</th><th>Wert</th></tr>
<tr><td>Diagnose</td><td>distale Radiusfraktur rechts (S52.51), CRPS Typ I (G90.50)</td></tr>
<tr><td>Gliedertaxe Hand</td><td>55 %</td></tr>
<tr><td>Beeinträchtigung laut Gutachten</td><td>3/10 Handwert</td></tr>
<tr><td>Invaliditätsgrad</td><td>16,5 %</td></tr>
<tr><td>Grundsumme</td><td>100.000 EUR</td></tr>
<tr><td>Progression 225 % (bis 25 % Invalidität linear)</td><td>Faktor 1,0 → 16.500 EUR</td></tr>
<tr><td>Zuschlag Plus-Tarif</td><td>15.000 EUR</td></tr>
<tr><td><b>Auszahlung</b></td><td><b>31.500,00 EUR</b></td></tr>
</table></body></html>
""").encode('utf-8'))])

M(46, 'N', 'de', 'internal',
  'trap: IT ticket about a printer not printing the template for doctors\' reports, no patient named',
  'nowak', ('Leistung Kranken Team 1', f'lk-team1@{DOM}'),
  'Ticket INC-2026-118204: Drucker 3. OG druckt Arztbericht-Vorlagen nicht', '2026-12-02 11:19', """\
Hallo zusammen,

kurzes Update zu eurem Ticket: Der Drucker PRN-B3-07 hat nach dem Treiberupdate die
Vorlagen "Arztbericht anfordern" und "Kostenübernahme Krankenhaus" im Format A4 quer nicht
mehr angenommen. Ich habe den alten Treiber zurückgespielt, Testdruck ging durch.

Bitte druckt bis Freitag nur über PRN-B3-07, nicht über den Sammeldrucker im Flur, der
hängt noch an der alten Druckwarteschlange. Vertrauliche Ausdrucke bitte wie immer mit
Follow-Me-Printing (Karte an den Leser halten).

Ticket bleibt bis Montag offen.

Gruß
Piotr / IT Service Desk, Durchwahl 9000
""", cte='8bit')

NEST47 = nested(9047, ('Karin Abendroth', 'karin.abendroth@kasselnet.example'), ('Auenwald Kundenservice', f'kundenservice@{DOM}'),
  'Kündigung Hausratversicherung', '2026-11-28 22:14', f"""\
Sehr geehrte Damen und Herren,

hiermit kündige ich meine Hausratversicherung Nr. HR 19-447 310 zum 31.12.2026, weil der
Beitrag schon wieder gestiegen ist. Ich bin 71 Jahre alt (geb. 03.03.1955) und lebe von
meiner Rente, da zählt jeder Euro.

Bitte buchen Sie ab Januar nichts mehr von meinem Konto
{iban('DE', '52050353' + '0100448812')} ab und bestätigen Sie mir die Kündigung.

Mit freundlichen Grüßen
Karin Abendroth
Wolfsangerstraße 88, 34125 Kassel
""", cs='windows-1252', cte='8bit', xh=[('X-Mailer', 'Microsoft Outlook Express 6.00')])
M(47, 'C', 'de', 'customer',
  'body harmless: customer\'s cancellation of household insurance attached as .eml, with birth date, address and IBAN',
  'yildiz', ('Kündigungsbearbeitung Sach', f'kuendigung-sach@{DOM}'),
  'WG: Kündigung Hausratversicherung', '2026-11-30 08:12', f"""\
Hallo Kolleginnen,

bitte diese Kündigung bearbeiten (siehe Anhang). Die Kundin hat am Telefon noch gefragt,
ob es eine günstigere Variante gibt – vielleicht vorher kurz anrufen und den
Basis-Tarif anbieten? Sonst Kündigung zum Jahresende bestätigen.

Danke und Gruß
Derya
""", atts=[A('Kündigung Hausratversicherung.eml', NEST47, 'message/rfc822')])

M(48, 'S', 'en', 'insurer-to-customer',
  'endowment life policy maturity: payout amount, capital gains tax and tax ID of the named customer, PDF statement',
  'kuhlmann', ('Graham Ellis', 'graham.ellis@mailbox.example'),
  'Maturity of your life insurance LV 10-220 871 on 1 December 2026', '2026-12-01 13:30', f"""\
Dear Mr Ellis,

your endowment life insurance matured on 1 December 2026. Congratulations - after 25 years
of contributions the payout is as follows:

Guaranteed sum                       40,000.00 EUR
Bonus (profit participation)         11,842.66 EUR
Final bonus                           2,310.00 EUR
Total                                54,152.66 EUR
less capital gains tax + solidarity  -1,122.83 EUR (half-income method, age 62)
Payout                               53,029.83 EUR

The payment was made today to your account at Kasseler Sparkasse ending in 0917. The
detailed statement with the tax certificate for your 2026 return is attached.

Kind regards
Anna-Lena Kuhlmann

{sig('kuhlmann', 'en')}

{FOOT_EN}
""", atts=[A('Maturity_statement_LV10-220871.pdf', pdf("""\
Auenwald Lebensversicherung AG - Ablaufabrechnung / Maturity statement
Versicherungsnehmer: Graham Ellis, geb. 14.06.1964
Versicherte Person: Graham Ellis
Vertrag: LV 10-220 871, Kapitallebensversicherung, Beginn 01.12.2001
Steuer-ID: 58 120 447 903
Ablaufleistung: 54.152,66 EUR
Ertrag (Leistung minus Beitraege 36.000,00 EUR): 18.152,66 EUR
davon steuerpflichtig (Halbeinkuenfte, § 20 Abs. 1 Nr. 6 Satz 2 EStG): 9.076,33 EUR
Kapitalertragsteuer 25 %: 1.064,26 EUR; Solidaritaetszuschlag: 58,57 EUR
Auszahlung am 01.12.2026: 53.029,83 EUR""", 'Ablaufabrechnung'))])

M(49, 'N', 'mixed', 'insurer-to-customer',
  'trap: content-free bilingual portal notification (new secure message), no name or contract',
  ('Auenwald SecureMail', f'securemail@{DOM}'), ('', 'k.lindemann@webpost.example'),
  'Neue Nachricht in Ihrem Auenwald-Postfach / New message in your secure mailbox', '2026-12-19 07:15', """\
Guten Tag,

in Ihrem Auenwald-Postfach liegt eine neue Nachricht für Sie bereit. Bitte melden Sie
sich an, um sie zu lesen:
https://securemail.auenwald.example/login

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Ihr Passwort
fragen wir niemals per E-Mail ab.

---

Hello,

a new message is waiting for you in your Auenwald secure mailbox. Please log in to read it:
https://securemail.auenwald.example/login

For security reasons this notification does not contain any content. We will never ask
for your password by e-mail.

Auenwald Versicherung a.G. - this is an automatically generated message, please do not reply.
""", xh=[('Auto-Submitted', 'auto-generated')])

M(50, 'C', 'de', 'insurer-to-customer',
  'annual premium invoice 2027 for a named building owner, object address, SEPA mandate and IBAN',
  'grabowski', ('Erika Scholl', 'erika.scholl@t-net.example'),
  'Beitragsrechnung 2027 – Wohngebäudeversicherung WG 09-114 520', '2026-12-04 08:02', f"""\
Sehr geehrte Frau Scholl,

wie gewünscht senden wir Ihnen die Beitragsrechnung vorab per E-Mail:

Versichertes Gebäude: Einfamilienhaus Sandweg 14, 34233 Fuldatal
Versicherungszeitraum: 01.01.2027 – 31.12.2027
Wohngebäude (Feuer, Leitungswasser, Sturm/Hagel)    896,30 EUR
Elementarschäden                                    214,80 EUR
Summe inkl. 19 % Versicherungsteuer               1.110,10 EUR

Einzug am 02.01.2027 per SEPA-Lastschrift
Gläubiger-ID DE98ZZZ00000471120, Mandatsreferenz WG09114520-01
von Ihrem Konto {iban('DE', '52050353' + '0001177420')}

Mit freundlichen Grüßen
Sandra Grabowski

{sig('grabowski')}

{FOOT_DE}
""", cte='b64')

M(51, 'S', 'de', 'insurer-to-customer',
  'daily sickness allowance: named insured on sick leave with adjustment disorder F43.2, certificates requested',
  'vollmer', ('Marcel Kuhn', 'marcel.kuhn@freemail.example'),
  'Krankentagegeld – bitte Folgebescheinigungen über den Jahreswechsel', '2026-12-17 09:40', f"""\
Hallo Herr Kuhn,

Ihr Krankentagegeld für den Zeitraum 19.11.–16.12.2026 (28 Tage x 95,00 EUR =
2.660,00 EUR) ist heute angewiesen.

Laut der letzten Bescheinigung von Frau Dipl.-Psych. Arend sind Sie wegen einer
Anpassungsstörung (F43.2) voraussichtlich bis 08.01.2027 arbeitsunfähig. Damit die
Zahlung über die Feiertage nicht stockt:

- Bitte lassen Sie sich die Folgebescheinigung möglichst vor dem 23.12. ausstellen, da
  die Praxis zwischen den Jahren geschlossen ist.
- Reichen Sie sie über die App oder das Postfach ein, nicht per normaler Mail.
- Ab der 8. Woche benötigen wir zusätzlich einen kurzen Behandlungsbericht.

Ich wünsche Ihnen gute Besserung und ruhige Feiertage.

Katrin Vollmer

{sig('vollmer')}
""")

NEWS52_T = """\
AUENWALD INTERN – Jahresrückblick 2026

Liebe Kolleginnen und Kollegen,

was für ein Jahr! Ein paar Zahlen zum Schmunzeln und Staunen:

* 2.140 Mitarbeitende, davon 212 neu an Bord
* Gesundheitstag im Juni: 614 Teilnehmende, 388 Blutdruck- und 240 Blutzuckermessungen,
  die Rückenschule war dreimal ausgebucht
* Firmenlauf: 187 Läuferinnen und Läufer, keine einzige Verletzung
* Betriebliches Gesundheitsmanagement: Krankenstand 4,9 % (Vorjahr 5,3 %)
* 1,6 Millionen Leistungsfälle in der Krankenversicherung bearbeitet – davon 71 % digital
* Kfz-Wechselgeschäft: 11.240 neue Verträge

Danke für euren Einsatz – und frohe Feiertage!
Euer Redaktionsteam Auenwald intern
"""
NEWS52_H = """\
<html><body style="font-family:Georgia,serif">
<h1>Auenwald intern &ndash; Jahresrückblick 2026</h1>
<p>Liebe Kolleginnen und Kollegen,</p><p>was für ein Jahr! Ein paar Zahlen zum Schmunzeln und Staunen:</p>
<ul>
<li>2.140 Mitarbeitende, davon 212 neu an Bord</li>
<li>Gesundheitstag im Juni: 614 Teilnehmende, 388 Blutdruck- und 240 Blutzuckermessungen, die Rückenschule war dreimal ausgebucht</li>
<li>Firmenlauf: 187 Läuferinnen und Läufer, keine einzige Verletzung</li>
<li>Betriebliches Gesundheitsmanagement: Krankenstand 4,9&nbsp;% (Vorjahr 5,3&nbsp;%)</li>
<li>1,6 Millionen Leistungsfälle in der Krankenversicherung bearbeitet &ndash; davon 71&nbsp;% digital</li>
<li>Kfz-Wechselgeschäft: 11.240 neue Verträge</li>
</ul>
<p>Danke für euren Einsatz &ndash; und frohe Feiertage!<br><i>Euer Redaktionsteam Auenwald intern</i></p>
</body></html>
"""
M(52, 'N', 'de', 'newsletter',
  'trap: staff magazine year in review with health-day measurements and sickness rate as company aggregates',
  'hoffmann', ('Alle Mitarbeitenden', f'alle@{DOM}'),
  'Auenwald intern: Jahresrückblick 2026', '2026-12-21 12:00', NEWS52_T, html=NEWS52_H, cte='b64', html_cte='qp')

M(53, 'C', 'en', 'insurer-to-broker',
  'broker receives CSV of motor cancellations of his named clients with plates and policy numbers',
  'arslan', ('James Thiel', 'j.thiel@thiel-partner.example'),
  'Motor cancellations received by 30 Nov - your clients', '2026-12-02 15:03', f"""\
Hi James,

as discussed, here is the list of motor policies of your clients that were cancelled by
the clients themselves before the 30 November deadline. Maybe you can still win some of
them back with the new workshop tariff before the end of the year.

The list contains 6 policies; commission claw-back does not apply because all contracts
ran longer than 5 years.

Cheers
Mehmet

{sig('arslan', 'en')}
""", atts=[A('thiel_cancellations_30Nov2026.csv', csv_bytes([
    ['policy', 'client', 'plate', 'vehicle', 'received', 'reason given'],
    ['KH 0815-201144', 'Ralf Gerlach', 'KS-RG 55', 'BMW 320d', '2026-11-21', 'cheaper offer'],
    ['KH 0815-207720', 'Nadine Seidel', 'HR-NS 812', 'Fiat 500', '2026-11-23', 'premium increase'],
    ['KH 0815-210094', 'Emre Kaya', 'KS-EK 7', 'VW Golf VIII', '2026-11-25', 'none'],
    ['KH 0815-214518', 'Birgit Rausch', 'ESW-BR 300', 'Skoda Fabia', '2026-11-27', 'car sold'],
    ['KH 0815-218003', 'Paul Mendes', 'KS-PM 1990', 'Tesla Model 3', '2026-11-28', 'premium increase'],
    ['KH 0815-221771', 'Ute Kramer', 'KS-UK 44', 'Opel Corsa', '2026-11-30', 'cheaper offer']]))])

M(54, 'S', 'de', 'insurer-to-hospital',
  'hospital invoice dispute for a named inpatient: DRG, OPS codes and invoice as PDF and CSV inside a ZIP',
  'vollmer', ('Klinikum Fuldatal – Patientenabrechnung', 'abrechnung@klinikum-fuldatal.example'),
  'Rechnung 2026-55812 – Rückfrage DRG / Ihr Fall Dahlhaus', '2026-12-14 11:47', f"""\
Sehr geehrte Damen und Herren,

zu Ihrer Rechnung 2026-55812 über den Aufenthalt von Herrn Werner Dahlhaus
(16.–21.11.2026) haben wir Rückfragen. Die abgerechnete DRG F24A setzt nach unserer
Prüfung eine Komplexbehandlung voraus, die im Entlassbericht nicht dokumentiert ist.

Unsere Prüfunterlagen (Rechnungskopie mit Anmerkungen und Positionsliste) hängen als
ZIP-Archiv an. Bitte prüfen Sie die Kodierung und senden Sie uns ggf. eine korrigierte
Rechnung. Die unstrittigen Positionen (Wahlleistung Zweibettzimmer) zahlen wir vorab.

Mit freundlichen Grüßen
Katrin Vollmer

{sig('vollmer')}

{FOOT_DE}
""", atts=[A('Pruefung_Rechnung_2026-55812.zip', zip_of([
    ('Rechnung_2026-55812_Anmerkungen.pdf', pdf("""\
Klinikum Fuldatal - Rechnung 2026-55812 (Kopie mit Pruefvermerken Auenwald)
Patient: Werner Dahlhaus, geb. 09.08.1958, Versicherungsnr. 4402 117 09
Aufnahme 16.11.2026, Entlassung 21.11.2026, Kardiologie
Hauptdiagnose: I21.4 Akuter subendokardialer Myokardinfarkt
Nebendiagnosen: I25.13, E11.9, I10.90
OPS: 1-275.2 Koronarangiographie; 8-837.00 PTCA; 8-837.m1 Stent (2 Stück)
DRG F24A  7.940,18 EUR   -> Pruefvermerk: Komplexbehandlung nicht dokumentiert, erwartet F24B
Zusatzentgelte 1.402,40 EUR; Wahlleistung Zweibettzimmer 5 Tage 2.139,58 EUR
Gesamt 11.482,16 EUR""", 'Rechnung Pruefung')),
    ('Positionsliste.csv', csv_bytes([['Pos', 'Kode', 'Text', 'Betrag', 'Status'],
        ['1', 'F24A', 'DRG Fallpauschale', '7940,18', 'strittig'],
        ['2', 'ZE', 'Zusatzentgelt Stents', '1402,40', 'anerkannt'],
        ['3', 'WL-2B', 'Zweibettzimmer 5 Tage', '2139,58', 'anerkannt']]))]))])

M(55, 'N', 'en', 'internal',
  'trap: actuarial year-end reserve run schedule, mortality tables and morbidity assumptions, no persons',
  'lindqvist', ('Actuarial team', f'actuarial@{DOM}'),
  'Year-end reserve runs - schedule and sign-off', '2026-12-07 09:15', f"""\
Hi all,

the schedule for the year-end runs:

- 4 Jan: data cut from the admin systems (life, health, accident) as of 31 Dec
- 5-6 Jan: health ageing reserves incl. new claims profiles by age and sex (the
  2026 profiles show higher outpatient psychotherapy and oncology costs at ages 45-60)
- 7 Jan: life reserves on DAV 2004 R / 2008 T, interest 0.25% for the new generation
- 8 Jan: accident and BU claims reserves - case reserves from claims, IBNR by us
- 11 Jan: sign-off meeting with the Appointed Actuary

Please do not export policy-level data to Excel on your laptop; use the secure
workspace only.

Greta
""", cs='us-ascii', cte='7bit')

M(56, 'C', 'mixed', 'insurer-to-customer',
  'legal expenses cover confirmation for a tenancy dispute of the named customer; German/English mixed',
  'ebert', ('Kateryna Bondarenko', 'k.bondarenko@freemail.example'),
  'Deckungszusage / cover confirmation – Mietstreit, Schaden-Nr. RS-26-41207', '2026-12-08 14:22', f"""\
Sehr geehrte Frau Bondarenko,
dear Ms Bondarenko,

wir bestätigen Versicherungsschutz aus Ihrer Rechtsschutzversicherung RS 44-220 719
(Baustein Wohnungs- und Grundstücks-Rechtsschutz) für die Auseinandersetzung mit Ihrem
Vermieter wegen der Nebenkostenabrechnung 2025 (Nachforderung 1.214,33 EUR).

In short: we pay your lawyer's fees for the out-of-court stage and, if necessary, the
court proceedings at the Amtsgericht Kassel. Your excess is 150 EUR.

Ihre Anwältin, Frau RAin Bertram (Kanzlei Bertram & Yilmaz), erhält eine Kopie dieser
Zusage. Please forward any letters from your landlord to her directly.

Mit freundlichen Grüßen / Kind regards
Lukas Ebert

{sig('ebert')}

{FOOT_DE}
""", cc=[('RAin Claudia Bertram', 'c.bertram@kanzlei-by.example')])

M(57, 'S', 'en', 'insurer-to-customer',
  'dental cost plan pre-approval for the named insured: tooth numbers, crowns, implant and periodontitis',
  'vollmer', ('Henrik Olsen', 'henrik.olsen@mailbox.example'),
  'Your dental treatment plan - pre-approval', '2026-12-03 10:10', f"""\
Dear Mr Olsen,

we have reviewed the treatment plan from Dr. Kaminski's dental practice dated
25 November 2026 (policy KV 4471 550 23, tariff AW-Zahn 90):

- tooth 36: implant with ceramic crown (after extraction in October)  - covered 90%
- teeth 14, 15: full ceramic crowns                                   - covered 90%
- periodontal treatment upper and lower jaw (stage III)               - covered 90%
- professional cleaning x 2                                           - 160 EUR per year

Estimated total: 6,840.00 EUR, our share approx. 6,156.00 EUR. Since you are in your
third insurance year, the annual limit of 3,000 EUR applies for 2026 and 4,500 EUR for 2027.
If you want to make the most of it, you could do part of the treatment in December and
the rest in January.

Kind regards,
Katrin Vollmer

{sig('vollmer', 'en')}
""")

M(58, 'N', 'de', 'insurer-to-customer',
  'trap: automatic receipt confirmation of the service mailbox, warns not to send doctors\' bills by e-mail, no name',
  SERVICE, ('', 'alfred.k.1950@t-net.example'),
  'Eingangsbestätigung: Ihre Nachricht an den Auenwald Kundenservice', '2026-12-23 16:58', """\
Guten Tag,

vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird bearbeitet.

Bitte beachten Sie: Zwischen den Jahren sind wir eingeschränkt erreichbar. Anfragen, die
nach dem 22.12. eingehen, beantworten wir ab dem 04.01.2027.

Arztrechnungen, Rezepte und Krankenhausrechnungen reichen Sie am schnellsten über die
Auenwald-App oder das Kundenportal ein: https://portal.auenwald.example
Bitte senden Sie uns keine Gesundheitsunterlagen per unverschlüsselter E-Mail.

Im Notfall auf Reisen: 24-Stunden-Hotline +49 561 7080-2899.

Ihr Auenwald Kundenservice

Diese Nachricht wurde automatisch erstellt.
""", xh=[('Auto-Submitted', 'auto-replied')])

M(59, 'C', 'de', 'insurer-to-customer',
  'motor partial cover claim after collision with a deer, no injuries, named customer and plate',
  'brehm', ('Tanja Riemenschneider', 'tanja.riemenschneider@freemail.example'),
  'Wildunfall vom 05.12.2026 – Schaden TK-26-31902', '2026-12-09 13:01', f"""\
Hallo Frau Riemenschneider,

gut, dass Ihnen beim Zusammenstoß mit dem Reh auf der L 3236 nichts passiert ist!

Die Wildunfallbescheinigung des Jagdpächters und der Kostenvoranschlag der Werkstatt
Autohaus Krug liegen vor. Wir übernehmen die Reparatur Ihres Seat Ibiza (KS-TR 815) aus
der Teilkasko:

Kostenvoranschlag   3.118,42 EUR
Selbstbeteiligung    -150,00 EUR
Zahlung an Werkstatt 2.968,42 EUR (direkt)

Ihr Schadenfreiheitsrabatt bleibt unverändert, Teilkaskoschäden werden nicht
hochgestuft. Einen schönen dritten Advent!

Jonas Brehm

{sig('brehm')}
""", cte='8bit')

M(60, 'S', 'de', 'internal',
  'HR: company reintegration management (BEM) for a named employee after long sick leave, burnout and graded return',
  'lamprecht', ('Dr. Petra Wieland (Betriebsärztin)', f'betriebsarzt@{DOM}'),
  '[streng vertraulich] BEM – Herr Andreas Kröger, Wiedereingliederung ab 11.01.', '2026-12-18 15:36', f"""\
Liebe Frau Dr. Wieland,

Herr Kröger (Personalnr. 20417, Schaden Sach) hat dem BEM-Verfahren zugestimmt. Er ist
seit 04.08.2026 arbeitsunfähig; laut seiner eigenen Auskunft im Erstgespräch wegen eines
Erschöpfungssyndroms mit depressiver Episode, er ist in psychotherapeutischer Behandlung.

Vorschlag für die stufenweise Wiedereingliederung (Hamburger Modell) ab 11.01.2027:
- Woche 1–2: 3 Stunden täglich, ohne Telefon-Hotline
- Woche 3–4: 5 Stunden
- ab Woche 5: 6,5 Stunden, danach volle Arbeitszeit

Könnten Sie vor Weihnachten noch einen Termin mit ihm machen und die Eignung bestätigen?
Die Unterlagen aus dem Erstgespräch liegen verschlossen in der BEM-Akte, nicht in der
Personalakte.

Viele Grüße
Friederike Lamprecht

{sig('lamprecht')}
""")

M(61, 'N', 'de', 'insurer-to-supplier',
  'trap: order for certified destruction of archived files containing health data, volumes and protection class only',
  'rademacher', ('Aktenvernichtung Nordhessen GmbH', 'auftrag@aktenvernichtung-nh.example'),
  'Auftrag Jahresendvernichtung Archiv – Termin 28./29.12.', '2026-12-10 13:25', f"""\
Sehr geehrte Frau Sommer,

wie jedes Jahr möchten wir zwischen den Jahren die Akten vernichten lassen, deren
Aufbewahrungsfrist zum 31.12.2026 abläuft:

- ca. 240 Sicherheitsbehälter (240 l) aus dem Archiv Gebäude C, UG
- davon ca. 150 Behälter Leistungsakten Kranken (Arztrechnungen, Befunde, Gutachten)
  und 90 Behälter Sach/Kfz
- Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399, Vernichtung im Werk
- Abholung 28.12. ab 7:00 Uhr, Rest 29.12.; Begleitung durch unseren Datenschutz

Bitte schicken Sie uns nach Abschluss die Vernichtungsprotokolle je Behälter (mit Siegel-
nummern). Rechnung an Einkauf, Bestellnummer EK-2026-4602.

Mit freundlichen Grüßen
Uwe Rademacher

{sig('rademacher')}

{FOOT_DE}
""")

M(62, 'C', 'en', 'insurer-to-company',
  'D&O renewal for a GmbH naming the managing directors as insured persons, with a pending claim against one of them',
  'ortega', ('Dr. Helena Marx, Hessen Solar Systems GmbH', 'h.marx@hessen-solar.example'),
  'D&O policy DO 55-0147 - renewal 1 January 2027', '2026-12-11 16:20', f"""\
Dear Dr Marx,

thank you for the completed renewal questionnaire. We are happy to renew the D&O policy
for Hessen Solar Systems GmbH on the following terms:

Insured persons: managing directors Dr. Helena Marx and Jens-Uwe Beckmann, supervisory
board members (currently 3)
Limit: 5,000,000 EUR, retention per the statutory deductible (10%/1.5 x salary)
Premium 2027: 18,900 EUR plus insurance tax (2026: 16,400 EUR)

The increase reflects the open notification of circumstances concerning Mr Beckmann
(claim by the insolvency administrator of a former supplier, our ref. DO-26-0032). That
matter stays covered under the 2026 policy year.

Please confirm by 22 December so that the policy documents can be issued before year end.

Kind regards,
Rafael Ortega

{sig('ortega', 'en')}

{FOOT_EN}
""")

M(63, 'S', 'en', 'insurer-to-customer',
  'critical illness payout after breast cancer diagnosis of the named insured, tumour stage and treatment',
  'kuhlmann', ('Rebecca Lawson', 'rebecca.lawson@mailbox.example'),
  'Your critical illness claim - decision', '2026-12-15 11:02', f"""\
Dear Ms Lawson,

I am writing with good news regarding your claim under your critical illness policy
LV 62-118 903.

Based on the pathology report from the Brustzentrum Kassel (invasive ductal carcinoma,
left breast, pT1c pN0, C50.4) and the letter from your oncologist confirming the start
of chemotherapy on 20 November, the conditions for the insured event "cancer" are met.

We will pay the full sum insured of 100,000 EUR before 23 December, so it is on your
account before the holidays. Your policy continues; premiums are waived for 12 months
from December.

We wish you strength for your treatment. If you have questions, please call me
directly.

Kind regards,
Anna-Lena Kuhlmann

{sig('kuhlmann', 'en')}

{FOOT_EN}
""")

M(64, 'N', 'en', 'insurer-to-broker',
  'trap: broker portal maintenance and the new one-time password / security question process, no user data',
  ('Auenwald Broker Portal', f'maklerportal@{DOM}'), ('Broker firm administrators', f'makleradmins@{DOM}'),
  'Broker portal: maintenance 27 Dec and new password process', '2026-12-14 09:00', """\
Dear broker firm administrators,

1. Maintenance
The broker portal will be unavailable on Sunday, 27 December 2026, 6 am - 6 pm. Electronic
broker post and the BiPRO interface for your broker management software are also down
during this time.

2. New one-time password process from 11 January 2027
New users of your firm receive their one-time password by text message instead of letter.
After the first login they must set a security question. As firm administrator you can
unlock users yourself; we no longer do this by phone.

3. Reminder
Users who have not logged in for 12 months are deactivated on 31 December. Portfolio
rights remain with your firm.

Your Auenwald broker support
maklerbetreuung@auenwald.example
""", cs='us-ascii', cte='7bit')

M(65, 'C', 'de', 'insurer-to-customer',
  'body harmless: legal expenses premium adjustment letter as ODT with name, address, policy and old/new premium',
  'ebert', ('Norbert Imhof', 'norbert.imhof@webpost.example'),
  'Ihr Schreiben zur Beitragsanpassung', '2026-11-20 10:30', f"""\
Sehr geehrter Herr Imhof,

wie gewünscht das Schreiben noch einmal als Datei.

Mit freundlichen Grüßen
Lukas Ebert

{sig('ebert')}
""", cs='windows-1252', cte='qp', atts=[A('Beitragsanpassung_RS_2027_Imhof.odt', odt([
    'Auenwald Rechtsschutz AG, Postfach 10 22 40, 34022 Kassel',
    'Herrn Norbert Imhof, Triftweg 5, 34302 Guxhagen',
    'Kassel, 02.11.2026',
    'Beitragsanpassung Ihrer Rechtsschutzversicherung RS 44-098 120',
    'Sehr geehrter Herr Imhof,',
    'der Treuhänder hat festgestellt, dass sich der Schadenbedarf erhöht hat. Nach § 10 ARB passen wir Ihren Beitrag zum 01.01.2027 an:',
    'Privat-, Berufs- und Verkehrsrechtsschutz für Familien: bisher 312,60 EUR, neu 338,40 EUR jährlich.',
    'Sie können den Vertrag innerhalb eines Monats nach Zugang dieser Mitteilung zum Zeitpunkt des Wirksamwerdens der Erhöhung kündigen.',
    'Mit freundlichen Grüßen, Auenwald Rechtsschutz AG']))])

M(66, 'S', 'de', 'insurer-to-customer',
  'PKV tariff switch after the premium increase: health questions for added benefits, diagnoses of the named insured in the quoted reply',
  'sass', ('Bettina Kowalski', 'bettina.kowalski@kasselnet.example'),
  'AW: Tarifwechsel wegen Beitragserhöhung', '2026-12-09 14:45', f"""\
Sehr geehrte Frau Kowalski,

danke für Ihre ausführliche Antwort. Ein Wechsel in den Tarif AW-Komfort 2 mit 1.200 EUR
Selbstbehalt ist ohne Gesundheitsprüfung möglich, weil der Leistungsumfang nicht höher
ist als Ihr bisheriger. Ersparnis: 96,40 EUR im Monat.

Für das zusätzliche Zahn-Plus-Modul bräuchten wir allerdings eine Gesundheitsprüfung.
Wegen der von Ihnen genannten laufenden Parodontosebehandlung und der geplanten Brücke
würden wir dort einen Leistungsausschluss für die Zähne 24–26 vorsehen.

Wenn Sie zum 01.01. wechseln möchten, schicken Sie mir bitte bis 28.12. das unterschriebene
Formular zurück (Postfach oder Post).

Mit freundlichen Grüßen
Henrike Saß

{sig('sass')}

Am 07.12.2026 um 20:31 schrieb Bettina Kowalski:
{Q('''Hallo Frau Saß,
die neue Prämie kann ich mir ehrlich gesagt nicht mehr leisten. Ich würde gern
in den günstigeren Tarif wechseln, möchte aber den Zahnschutz verbessern. Zur
Info: ich bin wegen Parodontose in Behandlung und bekomme im Frühjahr eine Brücke
oben links. Außerdem nehme ich seit dem Sommer Levothyroxin (Schilddrüse). Muss ich
das angeben?
Viele Grüße, B. Kowalski (KV 4471 330 61)''')}
""", flowed=False)

M(67, 'N', 'de', 'internal',
  'trap: year-end sales ranking per regional team incl. health and disability products as ODS, no customers',
  ('Vertriebssteuerung', f'vertriebssteuerung@{DOM}'), ('Regionaldirektionen', f'rd-alle@{DOM}'),
  'Jahresendspurt: Zwischenstand Produktion per 11.12.', '2026-12-11 18:05', """\
Liebe Regionaldirektorinnen und Regionaldirektoren,

anbei der Zwischenstand der Neugeschäftsproduktion. Noch zwei Wochen – die
Regionaldirektion Süd liegt vorn, Nord holt mit der Basisrente stark auf.

Bitte beachten: Anträge Kranken mit Gesundheitsfragen zählen erst nach Policierung.

Beste Grüße
Vertriebssteuerung
""", atts=[A('Produktion_KW50.ods', ods([('Stand 11.12.', [
    ['Regionaldirektion', 'Kranken (Beitrag mtl.)', 'BU/Leben (Beitrag mtl.)', 'Basisrente (Einmal)', 'Kfz (Stück)', 'Zielerreichung'],
    ['Nord', 48200, 61400, 1240000, 2210, '94 %'],
    ['Süd', 57900, 70150, 980000, 2980, '103 %'],
    ['West', 39100, 44800, 610000, 2455, '88 %'],
    ['Ost', 33050, 38200, 455000, 1730, '91 %'],
    ['Summe', 178250, 214550, 3285000, 9375, '95 %']])]))])

M(68, 'C', 'en', 'insurer-to-customer',
  'grey: trip cancellation because of job loss (no health data), named customer, employer letter and payout',
  'kowalczyk', ('Daniel Brooks', 'daniel.brooks@mailbox.example'),
  'Trip cancellation - unexpected loss of job - claim RR-26-04588', '2026-12-23 12:12', f"""\
Dear Mr Brooks,

thank you for the termination letter from your employer, Kassel Industrial Components
GmbH, dated 1 December 2026 (redundancy for operational reasons). Unexpected loss of a
permanent job is an insured event under your cancellation policy RR 55-310 902.

Your New Year trip to Lisbon (4 persons) was cancelled on 2 December:
Cancellation fee of the airline and hotel      1,780.00 EUR
Payment                                        1,780.00 EUR (no excess for job loss)

We will transfer the amount to the account you named in the claim form before
31 December.

All the best for the job search,
Marta Kowalczyk

{sig('kowalczyk', 'en')}
""")

M(69, 'S', 'de', 'insurer-to-customer',
  'life insurance beneficiary change after divorce: named insured, ex-wife and new beneficiary in body and DOCX form',
  'kuhlmann', ('Andreas Petrović', 'a.petrovic@freemail.example'),
  'Änderung des Bezugsrechts – Risikolebensversicherung LV 40-551 208', '2026-12-12 09:55', f"""\
Sehr geehrter Herr Petrović,

Sie möchten nach Ihrer Scheidung das Bezugsrecht Ihrer Risikolebensversicherung ändern.
Derzeit ist Ihre frühere Ehefrau, Frau Sandra Petrović, als widerrufliche Bezugsberechtigte
eingetragen. Das Bezugsrecht ist widerruflich, Sie können es also allein ändern.

Bitte füllen Sie das beigefügte Formular aus, unterschreiben Sie es und senden Sie es
im Original per Post zurück – eine Kopie oder ein Scan reicht bei Bezugsrechtsänderungen
leider nicht. Damit die Änderung noch in diesem Jahr wirksam wird, sollte es bis
30.12. bei uns sein.

Mit freundlichen Grüßen
Anna-Lena Kuhlmann

{sig('kuhlmann')}

{FOOT_DE}
""", atts=[A('Bezugsrecht_Aenderung_LV40-551208.docx', docx([
    '# Änderung des Bezugsrechts',
    [['Vertrag', 'LV 40-551 208 (Risikolebensversicherung, Summe 250.000 EUR)'],
     ['Versicherungsnehmer / versicherte Person', 'Andreas Petrović, geb. 17.01.1982'],
     ['bisher bezugsberechtigt', 'Sandra Petrović, geb. 03.05.1984 (widerruflich)'],
     ['neu bezugsberechtigt', 'Mila Petrović, geb. 22.08.2013 (Tochter), vertreten durch ...']],
    'Das Bezugsrecht soll widerruflich / unwiderruflich (bitte ankreuzen) eingeräumt werden.',
    'Ort, Datum, Unterschrift Versicherungsnehmer'], 'Bezugsrecht', 'Anna-Lena Kuhlmann'))])

M(70, 'N', 'mixed', 'internal',
  'trap: bilingual phishing warning about fake tax certificate mails asking for bank data, no real person or IBAN',
  'nowak', ('Alle Mitarbeitenden / all staff', f'alle@{DOM}'),
  'Achtung Phishing / phishing warning: gefälschte "Beitragsbescheinigung"', '2026-12-16 09:30', """\
Liebe Kolleginnen und Kollegen,

seit heute Morgen kursieren Mails mit dem Betreff "Ihre Beitragsbescheinigung 2026 –
bitte Bankdaten bestätigen". Absender ist angeblich unsere Beitragsabteilung, der Link
führt auf eine gefälschte Seite, die Kontonummer, IBAN und Geburtsdatum abfragt.

Bitte nicht klicken, sondern an phishing@auenwald.example weiterleiten und löschen.

---

Dear colleagues,

since this morning, e-mails with the subject "Your premium certificate 2026 - please
confirm your bank details" are going around. They pretend to come from our premium
department; the link leads to a fake page asking for account number, IBAN and date of
birth.

Do not click - forward to phishing@auenwald.example and delete.

Danke / thanks,
Piotr, IT Security
""")

M(71, 'C', 'de', 'insurer-to-customer',
  'rent deposit guarantee: income check with net salary and employer of the named applicant',
  'yildiz', ('Julia Engel', 'julia.engel@freemail.example'),
  'Ihre Mietkautionsbürgschaft – Prüfung abgeschlossen', '2026-12-28 10:20', f"""\
Hallo Frau Engel,

gute Nachrichten: Wir übernehmen die Mietkautionsbürgschaft für Ihre neue Wohnung
(Friedrich-Ebert-Straße 102, 34119 Kassel, Kaution 2.550 EUR), damit Sie zum 01.01.
einziehen können.

Grundlage waren Ihre Gehaltsabrechnungen September bis November: Nettoeinkommen
2.684 EUR monatlich bei der Stadtwerke Kassel AöR, unbefristet seit 2021, keine
negativen Einträge.

Jahresbeitrag: 127,50 EUR (5 % der Kautionssumme). Die Bürgschaftsurkunde geht heute
per Post an Ihren Vermieter, die Wohnbau Kassel eG.

Viele Grüße und einen guten Umzug!
Derya Yildiz

{sig('yildiz')}
""")

M(72, 'S', 'en', 'insurer-to-doctor',
  'travel health: request to an Irish GP for medical records of a named insured, pre-existing condition check',
  'kowalczyk', ('Dr Aoife Brennan, Ballymore Medical Centre', 'reception@ballymore-medical.example'),
  'Medical records request - Mr Sean Kavanagh, DOB 04 July 1971', '2026-12-29 11:40', f"""\
Dear Dr Brennan,

your patient Mr Sean Kavanagh (DOB 04 July 1971) was admitted to hospital in Munich on
22 December with atrial fibrillation and decompensated heart failure while visiting
family. He holds a travel health policy with us (RK 77-402 118).

The policy excludes treatment of conditions that were known and being treated in the
6 months before travel. Mr Kavanagh says he was diagnosed with atrial fibrillation in
2024 but had no treatment recently. To decide on cover, we kindly ask for:
- his medication list for the last 12 months
- consultations related to heart problems since June 2026

Mr Kavanagh's signed consent is attached to the letter we sent by post. Please reply via
the secure link below or by fax (+49 561 7080-2898), not by ordinary e-mail:
https://securemail.auenwald.example/upload/rk77402118

Kind regards,
Marta Kowalczyk

{sig('kowalczyk', 'en')}

{FOOT_EN}
""")

M(73, 'N', 'de', 'insurer-to-broker',
  'trap: Christmas greetings to brokers with holiday availability of health claims and hospital guarantee teams, no persons',
  'arslan', ('Vertriebspartner Nord/Ost', f'makler-nordost@{DOM}'),
  'Frohe Weihnachten – und so erreichen Sie uns zwischen den Jahren', '2026-12-22 11:30', f"""\
Liebe Partnerinnen und Partner,

ein bewegtes Jahr geht zu Ende – danke für die gute Zusammenarbeit, die vielen
Kfz-Wechsel im November und die Basisrenten auf den letzten Metern!

So erreichen Sie uns zwischen den Jahren:
- Maklerhotline: 28.–30.12., 9–13 Uhr
- Leistungsabteilung Kranken (Kostenübernahmen für Krankenhausaufenthalte): täglich
  außer Sonn- und Feiertage, 8–16 Uhr
- Notruf Reise/Assistance: rund um die Uhr, +49 561 7080-2899
- Ihr Maklerbetreuer: ab 04.01.2027 wieder persönlich

Ich wünsche Ihnen und Ihren Familien frohe Weihnachten, erholsame Tage und ein
gesundes neues Jahr!

Herzliche Grüße
Mehmet Arslan

{sig('arslan')}
""")

M(74, 'C', 'de', 'insurer-to-lawyer',
  'private liability claim: neighbour\'s fence damaged by the named insured\'s tree in the storm, both parties named',
  'wendt', ('Kanzlei Bertram & Yilmaz – RA Cem Yilmaz', 'c.yilmaz@kanzlei-by.example'),
  'Ihr Mandant Herr Bernd Lorenz ./. unsere VN Frau Irmgard Weidemann – PH-26-20871', '2026-12-21 14:05', f"""\
Sehr geehrter Herr Rechtsanwalt Yilmaz,

in der Sache Ihres Mandanten, Herrn Bernd Lorenz, Birkenweg 12, 34317 Habichtswald,
nehmen wir für unsere Versicherungsnehmerin, Frau Irmgard Weidemann (Birkenweg 14),
wie folgt Stellung:

Die Fichte unserer VN ist beim Sturm am 08.12.2026 auf den Zaun und das Gartenhaus Ihres
Mandanten gestürzt. Nach dem Gutachten war der Baum gesund und standsicher; ein
Verschulden unserer VN liegt daher nicht vor. Eine Haftung aus § 823 BGB lehnen wir ab.

Ihr Mandant wird den Schaden über seine eigene Gebäude- bzw. Hausratversicherung
abwickeln können. Das Gutachten stellen wir Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Tobias Wendt

{sig('wendt')}

{FOOT_DE}
""")

HTML75 = f"""\
<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Sehr geehrte Frau Nikolaidis,</p>
<p>anbei Ihre Bescheinigung über die im Jahr 2026 gezahlten Beiträge, wie Sie sie für Ihre
Steuererklärung angefordert haben. Die Daten haben wir bereits elektronisch an das Finanzamt
übermittelt (Steuer-ID 63 218 904 517).</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8efe8"><th>Versicherte Person</th><th>Tarif</th><th>Beitrag 2026</th><th>davon Basisabsicherung</th></tr>
<tr><td>Eleni Nikolaidis, geb. 28.09.1979</td><td>AW-Komfort 1</td><td>5.112,00 EUR</td><td>4.190,52 EUR</td></tr>
<tr><td>Nikos Nikolaidis, geb. 15.02.2012</td><td>AW-Kids</td><td>1.488,00 EUR</td><td>1.301,04 EUR</td></tr>
<tr><td>Pflegepflichtversicherung (beide)</td><td>PVN</td><td>702,24 EUR</td><td>702,24 EUR</td></tr>
<tr><td colspan="2"><b>Summe</b></td><td><b>7.302,24 EUR</b></td><td><b>6.193,80 EUR</b></td></tr>
</table>
<p>Beitragsrückerstattung für 2025 (ausgezahlt 07/2026): 0,00 EUR. Erstattete Krankheitskosten 2026: 3.847,12 EUR
(u.&nbsp;a. Kieferorthopädie Nikos, Physiotherapie).</p>
<p>Mit freundlichen Grüßen<br>Henrike Saß<br>Beitrags- und Tarifabteilung Kranken<br>Auenwald Krankenversicherung AG</p>
</body></html>
"""
M(75, 'S', 'de', 'insurer-to-customer',
  'HTML-only body with table: health premium tax certificate for the named insured and her son, birth dates, tax ID, orthodontics',
  'sass', ('Eleni Nikolaidis', 'eleni.nikolaidis@webpost.example'),
  'Beitragsbescheinigung 2026 (vorab)', '2026-12-30 09:12', html=HTML75, html_only=True, cte='qp')

M(76, 'N', 'en', 'insurer-to-partner',
  'trap: auditors\' year-end sample request list (HTML) mentioning medical reports and claim files, only file counts',
  'lindqvist', ('Audit team, Harwick & Stone', 'audit.auenwald@harwick-stone.example'),
  'Year-end audit 2026 - sample requests and data room', '2026-12-09 12:00', f"""\
Dear audit team,

attached is our answer to your request list for the year-end audit, with the delivery
dates per item. Two points in advance:

- Claim files selected for the health and disability samples contain medical reports.
  They will only be available in the on-site reading room (building A, room 4.12), not
  by e-mail or download.
- For premium testing we provide policy-level data pseudonymised (policy numbers hashed).

Best regards,
Greta Lindqvist

{sig('lindqvist', 'en')}

{FOOT_EN}
""", atts=[A('Request_list_YE2026_status.html', b"""<html><head><meta charset="utf-8"><title>PBC list YE 2026</title></head><body>
<h3>Auenwald - PBC list year-end audit 2026</h3>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Item</th><th>Owner</th><th>Delivery</th><th>Channel</th></tr>
<tr><td>1</td><td>Trial balance 31.12.2026</td><td>Accounting</td><td>18.01.2027</td><td>data room</td></tr>
<tr><td>2</td><td>Claims reserves, 40 sample files health</td><td>Health claims</td><td>20.01.2027</td><td>reading room only</td></tr>
<tr><td>3</td><td>BU claims, 25 sample files incl. medical reports</td><td>Life claims</td><td>20.01.2027</td><td>reading room only</td></tr>
<tr><td>4</td><td>Premium listing (pseudonymised)</td><td>IT</td><td>15.01.2027</td><td>data room</td></tr>
<tr><td>5</td><td>Reinsurance statements Q4</td><td>Actuarial</td><td>22.01.2027</td><td>data room</td></tr>
</table></body></html>
""")])

M(77, 'C', 'en', 'insurer-to-customer',
  'base64 body: address change and new direct-debit IBAN of the named customer for household and liability policies',
  'grabowski', ('Mateusz Zielinski', 'mateusz.zielinski@mailbox.example'),
  'Confirmation: new address and bank details', '2026-12-07 15:51', f"""\
Dear Mr Zielinski,

we have updated your details as of 1 January 2027:

New address: Kölnische Straße 58, 34117 Kassel (previously Baunatal)
New account for direct debits: {iban('DE', '50010517' + '5418830021')}
SEPA mandate reference: AWZ-7718204-02

This applies to both of your contracts: household contents HR 23-118 440 and personal
liability PH 30-220 913. As your new flat is larger (74 m²), the household premium
increases from 98.40 EUR to 112.20 EUR per year.

Kind regards
Sandra Grabowski

{sig('grabowski', 'en')}
""", cte='b64')

M(78, 'S', 'de', 'insurer-to-company',
  'group accident insurance claim of a named employee: fall from a ramp, fractured vertebra, hospital stay',
  'beck', ('Brandt Logistik GmbH – Personalabteilung', 'personal@brandt-logistik.example'),
  'Gruppenunfallversicherung GU 310-22: Unfall Herr Sergej Wolf am 30.11.', '2026-12-03 12:38', f"""\
Sehr geehrte Frau Kessler,

danke für die Unfallmeldung. Nach den Unterlagen ist Ihr Mitarbeiter, Herr Sergej Wolf
(geb. 11.04.1979, Lagerist), am 30.11.2026 im Lager von der Laderampe gestürzt und hat sich
eine Fraktur des 1. Lendenwirbels (S32.01) zugezogen. Er lag bis 08.12. im Klinikum
Fuldatal und wurde operativ stabilisiert.

Aus der Gruppenunfallversicherung leisten wir:
- Krankenhaustagegeld 9 Tage x 50 EUR = 450 EUR (Zahlung an Herrn Wolf)
- Prüfung einer Invaliditätsleistung frühestens nach 12 Monaten

Da es sich um einen Arbeitsunfall handelt, ist zusätzlich die BG Verkehr zuständig.
Bitte geben Sie Herrn Wolf unsere Kontaktdaten; die weitere Korrespondenz zu seinen
Gesundheitsdaten führen wir direkt mit ihm.

Mit freundlichen Grüßen
Matthias Beck

{sig('beck')}

{FOOT_DE}
""")

M(79, 'N', 'de', 'internal',
  'trap: data-protection officer on year-end deletion runs and how to mark mails [vertraulich] – subject itself untagged, ODT guide',
  'schlueter', ('Führungskräfte', f'fuehrungskraefte@{DOM}'),
  'Jahreswechsel: Löschläufe, Aufbewahrungsfristen und Kennzeichnung von E-Mails', '2026-12-02 08:45', f"""\
Liebe Führungskräfte,

zum Jahreswechsel laufen wieder die automatischen Löschläufe nach unserem Löschkonzept.
Zum 31.12.2026 werden u. a. gelöscht:
- Leistungsakten Kranken mit Abschluss 2016 (10 Jahre)
- Kfz-Schadenakten mit Abschluss 2020 (6 Jahre)
- Bewerbungsunterlagen abgelehnter Bewerber aus dem 1. Halbjahr 2026

Bitte prüfen Sie bis 15.12., ob Akten wegen laufender Verfahren gesperrt werden müssen.

Außerdem die Bitte, Ihre Teams noch einmal zu erinnern: Wer Gesundheitsdaten oder
Kontodaten nach außen mailt, setzt [vertraulich] bzw. [streng vertraulich] in den
Betreff, dann wählt das Gateway den sicheren Versandweg. Eine Kurzanleitung hängt an.

Viele Grüße
Bernd Schlüter
Datenschutzbeauftragter
""", atts=[A('Kurzanleitung_Kennzeichnung.odt', odt([
    'Kurzanleitung: Vertrauliche E-Mails kennzeichnen',
    '1. Vertraulich: Geburtsdatum, Einkommen, Bankdaten, Tatsache eines Versicherungsverhältnisses → Betreff-Tag [vertraulich].',
    '2. Streng vertraulich: Gesundheitsdaten, Daten nach § 203 StGB, Verträge Leben/Kranken/Unfall → Betreff-Tag [streng vertraulich].',
    '3. Ohne Tag entscheidet die Inhaltserkennung. Im Zweifel lieber markieren.',
    '4. Beispiel: „[streng vertraulich] Leistungsabrechnung Herr Mustermann (fiktiv)“']))])

M(80, 'C', 'de', 'insurer-to-customer',
  'motor: insurer cancels for non-payment of the follow-up premium, named customer, plate, arrears',
  'grabowski', ('Kevin Schreiber', 'kevin.schreiber@freemail.example'),
  'Kündigung Ihrer Kfz-Versicherung wegen Zahlungsverzug (§ 38 VVG)', '2026-12-14 08:30', f"""\
Sehr geehrter Herr Schreiber,

trotz unserer Mahnung vom 12.11.2026 ist der Folgebeitrag für Ihre Kfz-Versicherung
KH 0815-309114 (Fahrzeug KS-KS 2402, Audi A3) nicht bei uns eingegangen:

offener Beitrag 4. Quartal 2026   184,37 EUR
Mahngebühr                          5,00 EUR
Summe                             189,37 EUR

Wir kündigen den Vertrag daher nach § 38 Abs. 3 VVG mit sofortiger Wirkung. Die
Kündigung wird unwirksam, wenn Sie den Betrag innerhalb eines Monats zahlen.

Wichtig: Ohne Versicherungsschutz dürfen Sie das Fahrzeug nicht nutzen. Wir sind
verpflichtet, die Zulassungsstelle zu informieren.

Mit freundlichen Grüßen
Sandra Grabowski

{sig('grabowski')}

{FOOT_DE}
""", xh=[('Importance', 'High')])

NEST81 = nested(9081, ('Leistung Kranken Schulung', f'lk-schulung@{DOM}'), ('Trainees', f'trainees@{DOM}'),
  'Case study 7 (anonymised)', '2026-10-14 09:00', """\
Case study 7 - anonymised, for training only

Insured: female, age band 40-49, comprehensive health tariff, no real person.
Claim: invoice for inpatient psychosomatic treatment, 6 weeks, private clinic.
Question for trainees: Which documents do you need before paying? When do we need a
prior approval (Kostenzusage)? How do you handle a missing referral?

Model answer in the trainer folder.
""")
M(81, 'N', 'en', 'internal',
  'trap: forwarded anonymised training case (psychosomatic inpatient treatment) as .eml, age band only, no person',
  'mcallister', ('Trainee group 2026', f'trainees@{DOM}'),
  'Fwd: Case study 7 for Thursday', '2026-12-08 16:40', """\
Hi all,

for Thursday's session please read the attached case study again - it is fully
anonymised, so you can print it. We'll discuss the prior-approval question.

Fiona
""", atts=[A('Case study 7.eml', NEST81, 'message/rfc822')])

M(82, 'N', 'en', 'insurer-to-supplier',
  'trap: renewal of the gateway\'s S/MIME domain certificate before year end, talk of private keys and confidential mail, no personal data',
  'nowak', ('TrustBridge PKI Support', 'support@trustbridge-pki.example'),
  'Domain certificate auenwald.example expires 31 Dec - renewal order', '2026-12-01 14:14', """\
Hello TrustBridge team,

our S/MIME domain certificate for auenwald.example (serial 4F:21:9A:...:07) expires on
31 December 2026. Please process the renewal under framework order PO-IT-2026-118:

- key type RSA 4096, validity 1 year
- the CSR was generated on our gateway HSM; the private key never leaves it
- CSR attached to the portal order (ticket TB-774120), not to this mail

The gateway uses the certificate for all confidential mail with our partner domains, so
we need the new certificate by 18 December at the latest to roll it out before the
change freeze.

Thanks,
Piotr Nowak
IT Service Desk, Auenwald Versicherung a.G.
""", cs='us-ascii', cte='7bit')

M(83, 'C', 'en', 'insurer-to-customer',
  'motor: correction of the named customer\'s birth date in the policy, premium recalculated',
  'brehm', ('Ahmed Hassan', 'ahmed.hassan@freemail.example'),
  'Correction of your date of birth - policy KH 0815-288301', '2026-11-16 10:07', f"""\
Dear Mr Hassan,

thank you for pointing out the mistake. We had recorded your date of birth as
01/01/1990 instead of 18/03/1990. This has been corrected in your motor policy
KH 0815-288301 (VW Passat, KS-AH 318).

As the age group does not change, your premium stays the same (724.18 EUR per year).
You will receive a corrected policy schedule by post.

Kind regards
Jonas Brehm

{sig('brehm', 'en')}
""")

M(84, 'S', 'de', 'insurer-to-customer',
  'very short reimbursement note naming the named insured\'s doctor invoice and amount (health line)',
  'vollmer', ('Ingrid Mahler', 'ingrid.mahler@t-net.example'),
  'Kurzmitteilung: Erstattung Rechnung Dr. Roloff', '2026-12-21 13:13', """\
Sehr geehrte Frau Mahler,

kurze Info: Die Rechnung von Frau Dr. Roloff vom 02.12.2026 (Check-up, Langzeit-EKG,
Blutbild) haben wir mit 184,20 EUR vollständig erstattet. Das Geld ist morgen auf Ihrem
Konto.

Schöne Feiertage!
K. Vollmer, Leistung Kranken
""", cte='8bit')

NEWS85_T = """\
Auenwald Kundeninfo: Beitragseinzug über die Feiertage

Liebe Kundinnen und Kunden,

wegen der Feiertage verschieben sich unsere SEPA-Lastschriften zum Jahreswechsel:

- Beiträge mit Fälligkeit 01.01.2027 buchen wir am 04.01.2027 ab.
- Jahresbeiträge werden wie gewohnt am 2. Bankarbeitstag eingezogen.
- Ihre Kontoverbindung (IBAN) ändern Sie bequem im Kundenportal – bitte niemals per
  Antwort auf eine E-Mail.

Wichtig: Wir fragen Ihre Bankdaten nie per E-Mail oder Telefon ab. Melden Sie
verdächtige Nachrichten an phishing@auenwald.example.

Ihre Auenwald Versicherung
https://www.auenwald.example/kontakt
"""
M(85, 'N', 'de', 'newsletter',
  'trap: mass customer info on SEPA debit dates over the holidays, words IBAN and bank details, no person',
  ('Auenwald Kundeninfo', f'kundeninfo@{DOM}'), ('Kundinnen und Kunden', f'kundeninfo@{DOM}'),
  'Beitragseinzug zum Jahreswechsel', '2026-12-17 10:00', NEWS85_T,
  html='<html><body><p>' + NEWS85_T.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>',
  xh=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://news.auenwald.example/abmelden?liste=kundeninfo>')])

M(86, 'N', 'mixed', 'internal',
  'trap: German/English internal mail about the premium-adjustment letter template with placeholders, no real customer',
  'sass', ('Fiona McAllister', f'fiona.mcallister@{DOM}'),
  'BAP-Schreiben 2027 – englische Version / English template', '2026-11-05 11:27', f"""\
Hi Fiona,

could you check the English version of the premium adjustment letter for our expat
customers? Die deutsche Vorlage ist vom Treuhänder freigegeben, nur die Übersetzung fehlt.

Placeholders as in the German one:
  <<Anrede>> <<Name>>, policy <<VSNR>>, tariff <<Tarif>>
  old premium <<Beitrag_alt>>, new premium <<Beitrag_neu>>, risk surcharge <<RZ>>
  Paragraph "Ihr Recht auf Tarifwechsel (§ 204 VVG)" → "Your right to switch tariffs"

Especially the sentence on the "Risikozuschlag" (risk surcharge for pre-existing
conditions) sounds clumsy in English. Versand ist am 20.11., also bitte bis 12.11.

Danke dir!
Henrike
""")

M(87, 'N', 'en', 'insurer-to-company',
  'trap: general information to an employer on 2027 tax-free limits for company pensions, income thresholds but no employee',
  'osei', ('HR Benefits, Norvik Software GmbH', 'benefits@norvik-software.example'),
  'Company pension: limits for 2027', '2026-12-10 09:25', f"""\
Dear HR team,

as in previous years, a short overview of the figures relevant for your company pension
scheme from 1 January 2027 (subject to the final publication in the Federal Law Gazette):

- contribution assessment ceiling pension insurance (West): 8,450 EUR per month (est.)
- tax-free contributions under section 3 no. 63 EStG: 8% of the ceiling = 8,112 EUR p.a.
- social-security-free: 4% = 4,056 EUR p.a.
- mandatory employer subsidy for salary conversion: 15%

If employees want to change their conversion amount for January, please send us the
updated list through the employer portal by 18 December - not by e-mail.

Best regards,
Kwame Osei

{sig('osei', 'en')}
""")

M(88, 'N', 'en', 'internal',
  'trap: team Secret Santa organisation, asks for allergies without names, no personal data',
  'ortega', ('Commercial Lines team', f'commercial-team@{DOM}'),
  'Secret Santa 2026 :)', '2026-11-30 13:00', """\
Hi everyone,

it's that time of year again! Secret Santa rules:
- budget max. 15 EUR
- draw on Wednesday at the coffee corner
- gift exchange at the team breakfast on 22 Dec

If you have a food allergy or don't drink alcohol, add it anonymously to the sheet on the
team drive (no names needed) so nobody ends up with the wrong chocolate.

Ho ho ho,
Rafael
""", flowed=True, cte='8bit', xh=[('User-Agent', 'Mozilla Thunderbird 128.5')])

M(89, 'C', 'de', 'insurer-to-broker',
  'commission claw-back for cancelled contracts of named customers of a broker firm',
  'arslan', ('Thiel & Partner GmbH – Abrechnung', 'abrechnung@thiel-partner.example'),
  'Stornohaftung Dezember – 3 Verträge', '2026-12-15 10:48', f"""\
Sehr geehrte Damen und Herren,

im Dezember belasten wir Ihr Courtagekonto mit der Stornohaftung für drei Verträge, die
innerhalb der Haftungszeit gekündigt wurden:

Kunde                 Vertrag            Sparte      Beginn      Ende        Rückbelastung
Nadine Seidel         KH 0815-207720     Kfz         01.01.2025  31.12.2026     48,20 EUR
Florian Wache         HR 24-330 118      Hausrat     01.03.2025  28.02.2027     61,00 EUR
Cornelia Adam         RS 44-301 552      Rechtsschutz 01.07.2025 31.12.2026    118,40 EUR

Summe: 227,60 EUR. Die Verrechnung erfolgt mit der Dezemberabrechnung am 10.01.2027.
Bitte melden Sie sich, falls Sie Nachbearbeitung für einen der Verträge versuchen.

Mit freundlichen Grüßen
Mehmet Arslan

{sig('arslan')}
""")

M(90, 'S', 'de', 'insurer-to-doctor',
  'dentist query on a GOZ invoice of a named patient: fillings, root canal, tooth numbers',
  'vollmer', ('Zahnarztpraxis Dr. Kaminski', 'praxis@zahnarzt-kaminski.example'),
  'Rückfrage Rechnung vom 18.11.2026 – Patientin Frau Lisa Freitag', '2026-12-02 14:30', f"""\
Sehr geehrter Herr Dr. Kaminski,

Ihre Patientin, Frau Lisa Freitag (geb. 12.12.1990), hat uns Ihre Rechnung vom 18.11.2026
eingereicht. Zu zwei Positionen haben wir eine Rückfrage:

- GOZ 2410 (Wurzelkanalaufbereitung) an Zahn 46, 4 Kanäle, Faktor 3,5: Bitte begründen
  Sie den erhöhten Steigerungssatz patientenbezogen.
- GOZ 2197 (adhäsive Befestigung) neben 2120 an Zahn 25: Die Leistung ist nach unserer
  Auffassung bereits mit der Kompositfüllung abgegolten.

Die übrigen Positionen sind erstattet. Eine Einverständniserklärung der Patientin liegt
uns vor. Bitte antworten Sie über unser Arztportal.

Mit freundlichen Grüßen
Katrin Vollmer

{sig('vollmer')}

{FOOT_DE}
""")

M(91, 'N', 'de', 'internal',
  'trap: storm damage statistics by district and line as XLSX, no policyholders',
  'wendt', ('Schaden Sach – Leitung', f'schaden-sach-leitung@{DOM}'),
  'Sturm „Zoltan“ – Zwischenbilanz 14.12.', '2026-12-14 17:40', """\
Hallo zusammen,

Zwischenbilanz zum Sturm vom 08.12.: 2.318 Meldungen, geschätzter Aufwand 9,4 Mio. EUR.
Details nach Landkreis und Sparte in der Tabelle. Wir bearbeiten Dächer mit Wassereintritt
vorrangig. Zusätzliche Gutachterkapazität ist bis 23.12. gebucht.

Tobias
""", atts=[A('Zoltan_Zwischenbilanz.xlsx', xlsx([('Landkreise', [
    ['Landkreis', 'Wohngebäude', 'Hausrat', 'Kfz Teilkasko', 'Gewerbe', 'Schätzung Aufwand EUR'],
    ['Kassel Stadt', 412, 88, 203, 41, 2100000],
    ['Kassel Land', 530, 61, 244, 37, 2840000],
    ['Werra-Meißner', 198, 22, 97, 12, 1120000],
    ['Schwalm-Eder', 261, 30, 118, 19, 1650000],
    ['Waldeck-Frankenberg', 201, 18, 101, 16, 1690000],
    ['Summe', 1602, 219, 763, 125, 9400000]])]))])

M(92, 'N', 'en', 'insurer-to-company',
  'grey: cargo claim of a GmbH (damaged goods, refrigeration failure), company data and claim figures only, no natural person',
  'ortega', ('Claims department, Hanse Kühlfracht GmbH', 'claims@hanse-kuehlfracht.example'),
  'Cargo claim TR-26-0881 - temperature deviation, shipment Rotterdam-Kassel', '2026-12-18 10:10', f"""\
Dear Sirs,

regarding the shipment of frozen bakery products (22 pallets) from Rotterdam to Kassel on
10 December, the temperature log shows a deviation to -9 °C for 7 hours after a compressor
failure on the reefer trailer. The consignee rejected the full load.

Under your cargo policy TR 12-0044 we accept the claim as follows:
Invoice value of goods        38,420.00 EUR
Salvage (animal feed)         -2,100.00 EUR
Deductible                    -1,000.00 EUR
Payment to Hanse Kühlfracht GmbH   35,320.00 EUR

We reserve recourse against the trailer workshop. Payment will be made to your company
account on file before 31 December.

Yours faithfully,
Rafael Ortega

{sig('ortega', 'en')}

{FOOT_EN}
""", cte='8bit')

M(93, 'S', 'en', 'insurer-to-customer',
  'disability (BU) claim accepted for the named insured: multiple sclerosis, degree of disability, monthly pension',
  'kuhlmann', ('Martina Cole', 'martina.cole@mailbox.example'),
  'Your disability claim BU-2026-00944 - decision', '2026-12-11 09:00', f"""\
Dear Ms Cole,

we have completed the assessment of your disability claim. Based on the neurological
report from Dr. Hartwig (relapsing-remitting multiple sclerosis, G35.1, diagnosed in
March 2026) and the occupational assessment, you are more than 50% unable to work as a
primary school teacher since 1 June 2026.

We therefore recognise your disability from 1 June 2026:
- monthly disability pension: 1,450.00 EUR
- back payment June - December 2026: 10,150.00 EUR
- premium waiver from 1 June 2026; paid premiums (7 x 88.12 EUR) are refunded

We will review the situation in two years as agreed in the policy.

With best wishes,
Anna-Lena Kuhlmann

{sig('kuhlmann', 'en')}

{FOOT_EN}
""")

M(94, 'N', 'de', 'insurer-to-supplier',
  'trap: print proofs with fictitious sample data (Max Mustermann) for tax certificates in a ZIP, iso-8859-1 body',
  'rademacher', ('Druckhaus Kaufungen – Herr Ritter', 'h.ritter@druckhaus-kaufungen.example'),
  'AW: Probedruck Beitragsbescheinigungen – Korrekturen', '2026-12-11 15:22', f"""\
Hallo Herr Ritter,

danke für die Probedrucke. Unsere Korrekturen stehen in den PDFs im ZIP-Archiv (rote
Anmerkungen): Fensterposition 2 mm tiefer, Steuer-ID in eigener Zeile, Fußzeile mit
Seitenzahl. Die Musterdaten (Max und Erika Mustermann) sind in Ordnung.

Freigabe nach Korrektur, dann Druck wie geplant ab 12.01.

Gruß
Uwe Rademacher

{sig('rademacher')}
""", cs='iso-8859-1', cte='8bit', atts=[A('Probedruck_Korrektur_KW50.zip', zip_of([
    ('Probe_Kranken_Mustermann.pdf', pdf("""\
MUSTER - Bescheinigung Beitraege Kranken- und Pflegeversicherung 2026
Max Mustermann (fiktiv), Musterstrasse 1, 12345 Musterstadt
Geburtsdatum: 01.01.1970 (Muster)   Steuer-ID: 00 000 000 000 (Muster)
Beitraege Basisabsicherung: 1.234,56 EUR   Pflege: 123,45 EUR
KORREKTUR: Fenster 2 mm tiefer, Steuer-ID eigene Zeile""", 'Probedruck Kranken')),
    ('Probe_Basisrente_Mustermann.pdf', pdf("""\
MUSTER - Bescheinigung Basisrente 2026
Erika Mustermann (fiktiv), Musterweg 2, 12345 Musterstadt
Beitraege 2026: 2.400,00 EUR (Muster)
KORREKTUR: Fusszeile mit Seitenzahl ergaenzen""", 'Probedruck Basisrente'))]))])

M(95, 'C', 'de', 'insurer-to-customer',
  'building insurance contract change: photovoltaic system added, named owner, address and premium',
  'yildiz', ('Stefan Wiegand', 'stefan.wiegand@kasselnet.example'),
  'Photovoltaikanlage in Ihre Wohngebäudeversicherung aufgenommen', '2026-11-24 10:55', f"""\
Sehr geehrter Herr Wiegand,

Ihre neue Photovoltaikanlage (9,8 kWp, Batteriespeicher 10 kWh, Installation 14.11.2026)
ist ab sofort in Ihrer Wohngebäudeversicherung WG 15-330 671 für das Haus
Am Lindenberg 22, 34292 Ahnatal mitversichert.

Versichert sind Feuer, Sturm/Hagel, Überspannung durch Blitz, Diebstahl und
Ertragsausfall bis 6 Monate. Mehrbeitrag: 68,00 EUR jährlich, anteilig für 2026 8,50 EUR.

Mit freundlichen Grüßen
Derya Yildiz

{sig('yildiz')}
""")

M(96, 'S', 'de', 'insurer-to-customer',
  'base64 body: long-term care (PPV) premium adjustment for a named civil servant with subsidy (Beihilfe) and spouse, health line',
  'sass', ('Dr. Wolfgang Reitz', 'w.reitz@t-net.example'),
  'Pflegepflichtversicherung: Beitrag ab 01.01.2027', '2026-11-19 09:40', f"""\
Sehr geehrter Herr Dr. Reitz,

zum 01.01.2027 ändert sich der Beitrag Ihrer Pflegepflichtversicherung. Als Beamter mit
Beihilfeanspruch von 70 % (Ehefrau ebenfalls 70 %) sind Sie im Tarif PVB versichert:

                               bisher      ab 01.01.2027
Dr. Wolfgang Reitz (geb. 1959)  48,91 EUR   53,60 EUR
Gudrun Reitz (geb. 1961)        48,91 EUR   53,60 EUR

Der Höchstbeitrag gilt für Sie nicht, weil die Vorversicherungszeit von fünf Jahren
erfüllt ist; die Beiträge sind daher begrenzt. Ihre Krankheitskostenversicherung ist
von der Anpassung nicht betroffen.

Mit freundlichen Grüßen
Henrike Saß

{sig('sass')}
""", cte='b64')

M(97, 'N', 'en', 'insurer-to-broker',
  'trap: product information on the new travel health tariff 2027 (pre-existing conditions, pregnancy, COVID), no person',
  'arslan', ('Broker partners (international desk)', f'broker-intl@{DOM}'),
  'New for 2027: Travel Health Plus - what changes', '2026-12-03 09:30', f"""\
Dear partners,

from 1 January 2027 our annual travel health policy is replaced by "Travel Health Plus".
Main changes:

- pre-existing conditions: acute worsening of a known illness is covered unless the
  trip was against medical advice
- pregnancy: treatment abroad covered up to the 36th week (previously 32nd)
- repatriation: "medically sensible" instead of "medically necessary"
- pandemic illnesses (e.g. COVID-19) explicitly covered incl. quarantine costs
- age limit for new customers removed (premium by age group: up to 64 / 65+)

Existing policies are switched automatically; clients get a letter in January. Product
sheet and IPID are in the broker portal.

Kind regards,
Mehmet Arslan

{sig('arslan', 'en')}
""")

M(98, 'C', 'en', 'insurer-to-customer',
  'grey: dog liability claim, the named customer\'s dog injured another dog; vet bills (animal health) and third party named',
  'wendt', ('Lisa Hoffmeister', 'lisa.hoffmeister@freemail.example'),
  'Dog liability claim HH-26-1107 - settlement', '2026-12-16 12:25', f"""\
Dear Ms Hoffmeister,

regarding the incident in the Bergpark on 28 November, when your dog Bruno bit the
Labrador of Mr Kai Neumann: we have received the vet's invoice (wound treatment under
anaesthesia, 3 follow-up visits, antibiotics) for 687.40 EUR.

Liability is clear, so we will pay the amount directly to Mr Neumann under your dog
owner's liability policy HH 50-118 207. There is no excess in your tariff, and your
premium will not change.

Kind regards,
Tobias Wendt

{sig('wendt', 'en')}
""")

M(99, 'S', 'en', 'insurer-to-partner',
  'recourse between insurers: injuries, surgery and treatment costs of a named cyclist claimed from a liability insurer',
  'beck', ('Claims recovery, Meridian General Insurance', 'recovery@meridian-general.example'),
  'Recourse claim - our insured Ms Julia Sommerfeld, accident 14 Aug 2026, your ref. MG-AC-77410', '2026-12-22 15:48', f"""\
Dear colleagues,

as announced, we claim recourse for the benefits paid to our insured, Ms Julia
Sommerfeld (born 09/09/1996), after the accident with your policyholder's delivery van
in Kassel on 14 August 2026. Your insured accepted liability on 2 September.

Injuries (discharge report Klinikum Fuldatal): fracture of the left clavicle (S42.03)
treated with plate osteosynthesis, concussion (S06.0), abrasions.
Our payments:
- hospital daily allowance 6 days                 300.00 EUR
- recovery benefit                                 1,500.00 EUR
- cosmetic surgery (scar correction), 12/2026      2,240.00 EUR
Total                                              4,040.00 EUR

Please transfer the amount by 31 January 2027 to Auenwald Lebensversicherung AG,
{iban('DE', '52050353' + '0000710044')}, reference UV-26-3318.

Kind regards,
Matthias Beck

{sig('beck', 'en')}
""")

M(100, 'N', 'de', 'internal',
  'trap: mailroom short notice on year-end mail cut-off, registered letters with doctors\' reports mentioned generically',
  ('Poststelle', f'poststelle@{DOM}'), ('Alle Mitarbeitenden Kassel', f'alle-kassel@{DOM}'),
  'Kurzinfo Poststelle: letzte Abholung 2026', '2026-12-22 08:00', """\
Liebe Kolleginnen und Kollegen,

die letzte Postabholung in diesem Jahr ist am Mittwoch, 30.12., um 14:00 Uhr.
Einschreiben (z. B. Kündigungen, Arztberichte an Gutachter) bitte bis 12:00 Uhr mit
ausgefülltem Einlieferungsschein abgeben. Am 31.12. ist die Poststelle geschlossen.

Eure Poststelle
""")

M(101, 'C', 'de', 'insurer-to-customer',
  'household contents: e-bike theft from a cellar, named customer, claim number and payout IBAN',
  'yildiz', ('Vanessa Köhn', 'vanessa.koehn@freemail.example'),
  'Ihr Schaden HR-26-091277 – Fahrraddiebstahl aus dem Keller', '2026-12-03 16:05', f"""\
Hallo Frau Köhn,

danke für die Unterlagen. Aus dem gemeinschaftlichen, verschlossenen Kellerraum in der
Wolfhager Straße 41 ist Ihr E-Bike gestohlen worden – das ist ein Einbruchdiebstahl und
über Ihre Hausratversicherung HR 25-004 330 versichert (nicht nur über den
Fahrradbaustein).

Neuwert laut Rechnung 3.490,00 EUR, Entschädigung zum Neuwert.
Überweisung an: {iban('DE', '52050353' + '0203318844')}

Die Zahlung wird heute angewiesen.

Viele Grüße
Derya Yildiz

{sig('yildiz')}
""")

M(102, 'N', 'de', 'internal',
  'trap: hospital invoice statistics by DRG and clinic as XLSX, counts and averages only',
  'vollmer', ('Leistungscontrolling', f'leistungscontrolling@{DOM}'),
  'Auswertung Krankenhausrechnungen Q1–Q3 für die Budgetrunde', '2026-11-26 13:20', """\
Hallo Herr Obermann,

anbei die gewünschte Auswertung der stationären Rechnungen Q1–Q3 nach DRG und Klinik
(Top 8). Es sind nur Fallzahlen und Durchschnittsbeträge drin, keine Versicherten.
Auffällig: Die Kardiologie-DRGs (F24, F50) haben beim Klinikum Fuldatal deutlich
höhere Durchschnittsbeträge – wir sollten das im Januar mit der Klinik besprechen.

Viele Grüße
Katrin Vollmer
""", atts=[A('KH_Rechnungen_Q1-Q3_2026.xlsx', xlsx([('DRG', [
    ['DRG', 'Bezeichnung', 'Fälle', 'Ø Rechnungsbetrag EUR', 'Ø Verweildauer Tage'],
    ['I47B', 'Endoprothese Hüfte/Knie', 312, 9840, 7.1],
    ['F24B', 'Perkutane Koronarintervention', 188, 7120, 3.4],
    ['F50B', 'Ablative Maßnahmen bei Herzrhythmusstörungen', 97, 8260, 2.9],
    ['G67C', 'Ösophagitis, Gastroenteritis', 143, 2310, 3.8],
    ['O60D', 'Vaginale Entbindung', 121, 2480, 3.1],
    ['U63B', 'Schwere affektive Störungen', 54, 14620, 38.5]]),
    ('Kliniken', [['Klinik', 'Fälle', 'Ø Betrag EUR'], ['Klinikum Fuldatal', 604, 8110],
                  ['Elisabeth-Krankenhaus Nordstadt', 388, 6920], ['Herzzentrum Habichtswald', 211, 9470]])]))])

M(103, 'N', 'en', 'internal',
  'short staffing question for the hotline on 23 December, no personal or sensitive data',
  'mcallister', ('IHS team', f'ihs-team@{DOM}'),
  'Who can cover the hotline on 23 Dec?', '2026-12-15 16:50', """\
Hi all,

Oliver is off on the 23rd and we still need someone on the international hotline from
1 to 5 pm. Any volunteers? I'll bring cookies.

Fiona
""", cs='us-ascii', cte='7bit')

M(104, 'C', 'en', 'insurer-to-customer',
  'motor cancellation after premium increase confirmed, named customer, plate, policy',
  'brehm', ('Lucas Ferreira', 'lucas.ferreira@mailbox.example'),
  'Re: cancellation after premium increase', '2026-12-22 11:31', f"""\
Dear Mr Ferreira,

your cancellation under the special termination right (premium increase letter of
19 November) arrived in time. Your motor policy KH 0815-402288 for the Mazda CX-30,
plate KS-LF 77, ends on 31 December 2026 at midnight.

No further premium is due. Your no-claims class SF 6 will be confirmed to your new
insurer on request.

Kind regards
Jonas Brehm

{sig('brehm', 'en')}

> On 21 Dec 2026, at 22:10, Lucas Ferreira wrote:
> I'd like to cancel my car insurance because of the price increase. Thanks.
""")

M(105, 'S', 'de', 'insurer-to-customer',
  'hospital daily allowance payout for the named insured\'s hip replacement stay',
  'vollmer', ('Helga Sommer', 'helga.sommer@t-net.example'),
  'Krankenhaustagegeld für Ihren Aufenthalt im Dezember', '2026-12-30 10:45', f"""\
Sehr geehrte Frau Sommer,

wir hoffen, Sie sind wieder gut zu Hause angekommen. Für Ihren Aufenthalt im
Elisabeth-Krankenhaus Nordstadt vom 07.12. bis 18.12.2026 (Hüft-TEP rechts bei Coxarthrose)
zahlen wir aus Ihrem Tarif AW-KHT 50:

12 Tage x 50,00 EUR = 600,00 EUR

Für die Anschlussheilbehandlung in der Reha-Klinik ab 04.01. zahlen wir das Tagegeld
ebenfalls. Bitte schicken Sie uns nach der Entlassung die Bescheinigung der Klinik.

Gute Genesung!

{sig('vollmer')}
""")

M(106, 'N', 'de', 'insurer-to-broker',
  'trap: invitation to the broker kick-off 2027 with ICS; agenda mentions PKV premium adjustment and BU underwriting topics',
  'arslan', ('Vertriebspartner Nord/Ost', f'makler-nordost@{DOM}'),
  'Einladung Makler-Jahresauftakt 2027 am 21. Januar', '2026-12-07 11:00', f"""\
Liebe Partnerinnen und Partner,

wir laden Sie herzlich zu unserem Jahresauftakt ein:

Donnerstag, 21.01.2027, 14:00–18:00 Uhr, anschließend Get-together
Auenwald Forum, Wilhelmshöher Allee 212, Kassel

Programm:
- Rückblick 2026 und Ziele 2027
- Beitragsanpassung Kranken: wie Sie Kunden beim Tarifwechsel beraten
- Neue Risikoprüfung BU: vereinfachte Gesundheitsfragen für junge Akademiker
- Kfz: Werkstatttarif und Telematik

Anmeldung bitte über das Maklerportal bis 08.01. Der Kalendereintrag hängt an.

Herzliche Grüße
Mehmet Arslan

{sig('arslan')}
""", atts=[A('Jahresauftakt_2027.ics', ics('kickoff-2027', '20270121T140000', '20270121T180000',
        'Auenwald Makler-Jahresauftakt 2027', 'Auenwald Forum, Wilhelmshöher Allee 212, 34119 Kassel',
        'Rückblick 2026, Beitragsanpassung Kranken, Risikoprüfung BU, Kfz-Werkstatttarif', f'mehmet.arslan@{DOM}'))])

M(107, 'C', 'de', 'insurer-to-customer',
  'motor no-claims class transfer from father to daughter, both named with birth dates and plates',
  'brehm', ('Maria Lehmann', 'maria.lehmann@freemail.example'),
  'Übertragung des Schadenfreiheitsrabatts von Ihrem Vater', '2026-12-10 09:20', f"""\
Liebe Frau Lehmann,

die Übertragung klappt! Ihr Vater, Herr Günter Lehmann (geb. 04.06.1951), gibt seinen
Schadenfreiheitsrabatt aus dem Vertrag KH 0815-010447 ab, weil er sein Auto zum
Jahresende verkauft. Wir übertragen die SF-Klasse auf Ihren Vertrag:

Sie: Maria Lehmann, geb. 29.01.2000, Führerschein seit 2018
Übertragbar sind nur so viele Jahre, wie Sie selbst den Führerschein haben: 8 Jahre
=> Ihr Vertrag KH 0815-412008 (Ford Fiesta, KS-ML 290) startet am 01.01.2027 mit SF 8
statt SF 1/2. Neuer Beitrag: 486,20 € statt 1.112,40 €.

Die Übertragungserklärung mit beiden Unterschriften haben wir erhalten.

Viele Grüße
Jonas Brehm

{sig('brehm')}
""", cs='windows-1252', cte='qp')

HTML108 = """<html><body style="font-family:Arial">
<h2>Understanding your annual pension statement</h2>
<p>Every January you receive your annual statement. Here is what the main figures mean:</p>
<table border="1" cellpadding="4"><tr><th>Figure</th><th>What it means</th></tr>
<tr><td>Guaranteed pension</td><td>The minimum monthly pension at retirement, whatever happens on the markets.</td></tr>
<tr><td>Projected pension</td><td>An estimate including future bonuses. It is not guaranteed.</td></tr>
<tr><td>Surrender value</td><td>What you would get if you ended the contract today.</td></tr>
<tr><td>Costs</td><td>Acquisition and administration costs deducted in the past year.</td></tr>
</table>
<p>Your tax ID and the contributions reported to the tax office are shown on page 2.
Questions? Call us: +49 561 7080-3300.</p></body></html>"""
M(108, 'N', 'en', 'newsletter',
  'trap: explainer newsletter on how to read the annual pension statement (tax ID, surrender value) without any customer data',
  ('Auenwald Pensions', f'newsletter@{DOM}'), ('Pension customers (EN)', f'pension-news-en@{DOM}'),
  'Your annual statement explained', '2026-12-28 08:00', """\
Understanding your annual pension statement

Every January you receive your annual statement. Here is what the main figures mean:

Guaranteed pension - the minimum monthly pension at retirement.
Projected pension - an estimate including future bonuses, not guaranteed.
Surrender value - what you would get if you ended the contract today.
Costs - acquisition and administration costs deducted in the past year.

Your tax ID and the contributions reported to the tax office are shown on page 2.
Questions? Call us: +49 561 7080-3300.
""", html=HTML108, cs='us-ascii', cte='7bit', xh=[('Precedence', 'bulk')])

M(109, 'N', 'en', 'insurer-to-partner',
  'trap: reinsurer told that Q4 claims bordereaux with medical details go via SFTP, mail itself only logistics',
  'lindqvist', ('Jeremy Hollis', 'j.hollis@atlantica-re.example'),
  'Q4 bordereaux - delivery via SFTP', '2026-12-30 10:05', """\
Hi Jeremy,

quick note: the Q4 claims bordereaux (life, BU and accident, incl. causes of claim and
ICD codes per case) will be uploaded to the SFTP folder /inbound/auenwald/2026Q4 on
15 January. As agreed, nothing with case data goes by e-mail.

Happy New Year to you and the team!
Greta
""")

M(110, 'C', 'de', 'insurer-to-customer',
  'household insurance change of payment frequency with the named customer\'s IBAN',
  'grabowski', ('Rainer Buchholz', 'rainer.buchholz@kasselnet.example'),
  'Umstellung Zahlweise ab 01.01.2027', '2026-12-02 11:44', f"""\
Guten Tag Herr Buchholz,

wie gewünscht stellen wir Ihre Hausratversicherung HR 18-220 714 ab 01.01.2027 von
jährlicher auf monatliche Zahlweise um. Ratenzuschlag: 5 %.

Monatsbeitrag: 11,39 EUR, Abbuchung jeweils zum 1. von
{iban('DE', '52050353' + '0099301122')} (Kasseler Sparkasse)

Mit freundlichen Grüßen
Sandra Grabowski

{sig('grabowski')}
""", cs='iso-8859-1', cte='qp')

M(111, 'S', 'de', 'insurer-to-hospital',
  'request for a discharge report of a named insured to check a pre-contractual disclosure (anorexia history)',
  'overath', ('Psychosomatische Klinik am Reinhardswald – Sekretariat', 'sekretariat@klinik-reinhardswald.example'),
  'Anforderung Entlassbericht – Frau Johanna Merz, geb. 21.03.1998', '2026-12-04 10:30', f"""\
Sehr geehrte Damen und Herren,

Frau Johanna Merz, geb. 21.03.1998, hat bei uns eine Berufsunfähigkeitsversicherung
abgeschlossen und nun Leistungen beantragt. Nach ihren Angaben wurde sie im Jahr 2022
stationär in Ihrer Klinik wegen einer Anorexia nervosa (F50.0) behandelt; im Antrag vom
Juni 2024 war dies nicht angegeben.

Zur Prüfung benötigen wir den Entlassbericht des Aufenthalts 2022. Die
Schweigepflichtentbindung von Frau Merz liegt bei (per Post). Bitte senden Sie den
Bericht per Post oder über unser sicheres Upload-Portal.

Mit freundlichen Grüßen

{sig('overath')}

{FOOT_DE}
""")

M(112, 'N', 'de', 'internal',
  'trap: minutes of the health claims jour fixe with backlog counts of doctors\' invoices and hospital bills, no insured',
  'vollmer', ('Leistung Kranken (alle)', f'lk-alle@{DOM}'),
  'Protokoll Jour fixe Leistung Kranken 09.12.', '2026-12-09 15:00', """\
Hallo zusammen,

kurzes Protokoll von heute:

1. Rückstand: 1.240 Arztrechnungen und 86 Krankenhausrechnungen älter als 10 Tage.
   Ziel: bis 23.12. unter 500. Samstag 12.12. freiwillige Sonderschicht.
2. Jahresendeffekt: Viele Kunden reichen wegen der Beitragsrückerstattung im Dezember
   nicht ein – im Januar rechnen wir mit ca. 40 % mehr Eingang.
3. Neue Arbeitsanweisung Hilfsmittel (Rollatoren, Hörgeräte): ab 01.01. Freigabe bis
   1.500 EUR ohne Teamleitung.
4. Sonstiges: Wichteln am 22.12. :)

Katrin
""")

M(113, 'C', 'en', 'insurer-to-customer',
  'legal expenses cover for an employment dispute after dismissal at year end, named customer and employer',
  'ebert', ('Thomas Grant', 'thomas.grant@mailbox.example'),
  'Cover confirmation - employment dispute, claim RS-26-43310', '2026-12-29 14:18', f"""\
Dear Mr Grant,

thank you for sending the notice of termination. Your employer, Lindner Maschinenbau GmbH,
dismissed you on 22 December 2026 with effect from 31 March 2027 for operational reasons.

We confirm cover under your legal expenses policy RS 44-330 871 (employment module) for:
- an action for unfair dismissal at the Labour Court Kassel (deadline: 3 weeks from
  receipt, i.e. 12 January 2027 - please contact a lawyer now!)
- negotiations about a severance payment

Your excess is 250 EUR. You can choose any lawyer; if you want a recommendation, call our
legal hotline on +49 561 7080-2777.

Kind regards
Lukas Ebert

{sig('ebert', 'en')}
""")

HTML114 = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">
<p>Dear Mr Yamamoto,</p>
<p>please find below the statement for the invoices you submitted in December (policy KV 5520 912 40, tariff AW-Expat Global).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date</th><th>Provider</th><th>Treatment</th><th>Invoiced</th><th>Reimbursed</th></tr>
<tr><td>01.12.2026</td><td>Dr. med. Sven Albers, Dermatology</td><td>Excision of a suspicious naevus, histology (D22.5)</td><td>412.60 EUR</td><td>412.60 EUR</td></tr>
<tr><td>08.12.2026</td><td>Pathology Lab Nordhessen</td><td>Histopathology</td><td>96.20 EUR</td><td>96.20 EUR</td></tr>
<tr><td>10.12.2026</td><td>Apotheke am Königstor</td><td>Fucidine cream, 2 x</td><td>31.80 EUR</td><td>31.80 EUR</td></tr>
<tr><td>15.12.2026</td><td>Dr. med. Sven Albers</td><td>Follow-up, suture removal</td><td>58.40 EUR</td><td>58.40 EUR</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>599.00 EUR</b></td><td><b>599.00 EUR</b></td></tr>
</table>
<p>We are glad to hear the histology was benign. The amount will be paid to your account within three working days.</p>
<p>Kind regards,<br>Fiona McAllister<br>International Health Services<br>Auenwald Krankenversicherung AG</p>
</body></html>"""
M(114, 'S', 'en', 'insurer-to-customer',
  'HTML-only claims statement with a table: skin excision, histology and medicine of the named expat insured',
  'mcallister', ('Kenji Yamamoto', 'kenji.yamamoto@mailbox.example'),
  'Your claims statement December 2026', '2026-12-22 09:05', html=HTML114, html_only=True, cte='b64')

T115 = """\
Year-end checklist for our international customers

1. Invoices from 2026: submit them by 31 January to keep things simple - the deadline is
   actually 3 years, but your tax certificate is based on what we paid by then.
2. No-claims refund: if you claimed nothing in 2026, wait until January to decide.
3. Moving abroad or back home? Tell us 4 weeks in advance so we can adjust your cover.
4. Tax certificate: you will receive it in the secure mailbox in mid-January.

Stay healthy and happy holidays!
Auenwald International Health Services
"""
M(115, 'N', 'en', 'newsletter',
  'trap: expat customer newsletter with a year-end checklist on invoices, no-claims refund and tax certificate, no person',
  ('Auenwald International Health', f'newsletter@{DOM}'), ('Expat customers', f'expat-news@{DOM}'),
  'Your year-end checklist 2026', '2026-12-08 08:00', T115,
  html='<html><body><h2>Year-end checklist for our international customers</h2><ol>'
       '<li>Invoices from 2026: submit them by 31 January.</li><li>No-claims refund: if you claimed nothing in 2026, wait until January to decide.</li>'
       '<li>Moving abroad or back home? Tell us 4 weeks in advance.</li><li>Tax certificate: in your secure mailbox in mid-January.</li></ol>'
       '<p>Stay healthy and happy holidays!<br>Auenwald International Health Services</p></body></html>',
  xh=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://news.auenwald.example/unsubscribe?l=expat>')])

M(116, 'N', 'de', 'insurer-to-company',
  'grey: commercial building water damage of a GmbH, company data and amounts only, no natural person named',
  'wendt', ('Kasseler Druck & Medien GmbH – Buchhaltung', 'buchhaltung@kasseler-druck.example'),
  'Schaden GB-26-0417 Leitungswasser Produktionshalle – Abschlagszahlung', '2026-12-23 09:50', f"""\
Sehr geehrte Damen und Herren,

zum Leitungswasserschaden in Ihrer Produktionshalle (Sandershäuser Straße 34, Kassel) vom
02.12.2026 leisten wir aus der Firmen-Gebäudeversicherung GB 70-1120 eine Abschlagszahlung
von 60.000,00 EUR auf die Trocknungs- und Sanierungskosten. Die Zahlung geht noch vor dem
Jahreswechsel auf das bekannte Firmenkonto.

Die Betriebsunterbrechung prüfen wir nach Vorlage der Monatszahlen Dezember.

Mit freundlichen Grüßen
Tobias Wendt

{sig('wendt')}

{FOOT_DE}
""")

M(117, 'S', 'de', 'insurer-to-customer',
  'child accident insurance: named son turns 18, switch to adult tariff, birth date and earlier accident with lasting impairment',
  'beck', ('Claudia Winter', 'claudia.winter@webpost.example'),
  'Kinderunfallversicherung Ihres Sohnes – Umstellung zum 01.01.2027', '2026-11-26 14:02', f"""\
Sehr geehrte Frau Winter,

Ihr Sohn Felix Winter (geb. 02.12.2008) wird im Dezember volljährig. Nach den Bedingungen
stellen wir die Kinderunfallversicherung UV 81-004 212 zum 01.01.2027 auf den
Erwachsenentarif AW-Unfall Aktiv um:

Grundsumme Invalidität 100.000 EUR, Progression 350 %
Beitrag: bisher 8,90 EUR, neu 12,40 EUR monatlich (Berufsgruppe A, Schüler)

Die Vorinvalidität nach dem Fahrradunfall 2023 (Kreuzbandruptur links, 1/10 Beinwert)
bleibt bei der Bemessung künftiger Leistungen wie bisher berücksichtigt.

Ab Januar kann Felix den Vertrag selbst übernehmen – dafür bräuchten wir seine
Unterschrift. Sonst bleiben Sie Versicherungsnehmerin.

Mit freundlichen Grüßen
Matthias Beck

{sig('beck')}
""")

M(118, 'N', 'de', 'insurer-to-doctor',
  'trap: notice to practices about the new address and fax of the health claims department from 2027, no patient',
  'vollmer', ('Praxisteams im Raum Kassel', f'arztinfo@{DOM}'),
  'Neue Anschrift Leistungsabteilung Kranken ab 01.01.2027', '2026-12-01 12:00', f"""\
Sehr geehrte Damen und Herren,

zum Jahreswechsel zieht unsere Leistungsabteilung Kranken um. Bitte senden Sie
Befundberichte, Kostenvoranschläge und Rückfragen zu Rechnungen Ihrer Patientinnen und
Patienten ab 01.01.2027 an:

Auenwald Krankenversicherung AG, Leistung Kranken, Postfach 10 30 55, 34030 Kassel
Fax: 0561 7080-4499
Arztportal (verschlüsselt): https://arztportal.auenwald.example

Die bisherige Faxnummer bleibt bis 31.03.2027 erreichbar. Vielen Dank für die gute
Zusammenarbeit im zu Ende gehenden Jahr!

Mit freundlichen Grüßen
Katrin Vollmer
Leistungsabteilung Krankenversicherung
""")

M(119, 'C', 'de', 'insurer-to-customer',
  'glass breakage claim (ceramic hob), named customer, policy and claim number',
  'yildiz', ('Heike Brandt', 'heike.brandt@freemail.example'),
  'Glasbruch Ceranfeld – Schaden GL-26-1412', '2026-12-24 09:15', f"""\
Hallo Frau Brandt,

ausgerechnet vor dem Weihnachtsessen – ärgerlich! Der Bruch Ihres Ceranfelds ist über
Ihre Glasversicherung GL 27-118 441 versichert. Beauftragen Sie gern direkt einen
Elektriker; wir erstatten Glasplatte und Einbau gegen Rechnung (Richtwert bis 650 EUR
ohne Rückfrage).

Frohe Weihnachten trotzdem!
Derya Yildiz

{sig('yildiz')}
""", cte='8bit')

M(120, 'S', 'mixed', 'insurer-to-customer',
  'exchange student travel health: appendicitis surgery in Valencia of the named insured, German/English mixed for parents',
  'kowalczyk', ('Familie Roth', 'familie.roth@t-net.example'),
  'Ihr Sohn Jonas in Valencia / hospital bill Hospital Marítimo', '2026-12-05 17:45', f"""\
Liebe Familie Roth,

wir haben mit dem Hospital Marítimo in Valencia gesprochen. Jonas (geb. 16.06.2008) wurde
am 03.12. am Blinddarm operiert (laparoskopische Appendektomie, K35.8) und soll
voraussichtlich am 06.12. entlassen werden. Die Kostenübernahme liegt der Klinik vor.

For Jonas' host family, in English: all hospital costs are paid directly by us under
policy RK 77-509 331; he does not need to pay anything. Follow-up visits in Valencia
(suture removal) are also covered - please keep the receipts.

Ein Rücktransport nach Deutschland ist medizinisch nicht nötig; er kann sein
Auslandssemester fortsetzen. Gute Besserung an Jonas!

Marta Kowalczyk

{sig('kowalczyk')}
""", cc=[('Host family Martínez', 'fam.martinez@correo-valencia.example')])

M(121, 'N', 'en', 'internal',
  'trap: data protection training completion rates per department as CSV, no individual staff',
  'schlueter', ('Heads of department', f'heads@{DOM}'),
  'Data protection e-learning: completion before year end', '2026-12-04 10:15', """\
Dear heads of department,

the mandatory data protection e-learning ("Handling health data and bank data") must be
completed by 31 December. Attached are the completion rates per department; several
are still below 80%. Please remind your teams - individual lists are available in the
learning platform, I won't mail them around.

Bernd Schlueter
Data Protection Officer
""", atts=[A('completion_rates_2026-12-04.csv', csv_bytes([
    ['department', 'staff', 'completed', 'rate'],
    ['Health claims', '148', '131', '88%'], ['Life & pensions', '96', '71', '74%'],
    ['Motor', '120', '85', '71%'], ['Property & liability', '110', '99', '90%'],
    ['IT', '84', '80', '95%'], ['Sales support', '62', '38', '61%']], delim=';'))])

M(122, 'C', 'en', 'insurer-to-broker',
  'yacht insurance renewal for a named private owner via a broker, boat and mooring details',
  'ortega', ('Charlotte Weber, Nordsee Yachtversicherungsmakler', 'c.weber@nordsee-yachtmakler.example'),
  'Renewal yacht policy YA 80-0331 - Mr Frederik Jansen', '2026-12-07 13:10', f"""\
Dear Charlotte,

renewal terms for your client Mr Frederik Jansen (Bremen), yacht "Seeschwalbe", Hallberg-Rassy
37, built 2011, hull no. HR37-0412, mooring Marina Vegesack:

Agreed value 2027: 185,000 EUR (2026: 190,000 EUR, depreciation)
Premium: 1,942.50 EUR incl. liability 10 m EUR, unchanged rate
Navigation area: North Sea and Baltic incl. Norway, winter storage ashore 1 Nov - 31 Mar

No claims in 2026. Please confirm by 20 December.

Best regards,
Rafael Ortega

{sig('ortega', 'en')}
""")

M(123, 'S', 'de', 'insurer-to-lawyer',
  'motor liability personal injury: named injured pedestrian, fractures, surgery and long-term consequences, settlement offer',
  'wendt', ('RA Dr. Ulrich Haase', 'haase@kanzlei-haase.example'),
  'Ihre Mandantin Frau Gisela Noack – Unfall vom 19.06.2026, KH-26-30418', '2026-12-16 11:35', f"""\
Sehr geehrter Herr Dr. Haase,

nach Auswertung des unfallchirurgischen Gutachtens von Prof. Dr. Elsner unterbreiten wir
für Ihre Mandantin, Frau Gisela Noack (geb. 30.10.1949), folgendes Abfindungsangebot:

Verletzungen: Tibiakopffraktur rechts (S82.18), operativ versorgt, Beckenprellung;
stationär 19.06.–07.07.2026, anschließend Reha bis 04.08.2026. Verbleibend:
Bewegungseinschränkung des Kniegelenks, Gehstrecke ca. 500 m, posttraumatische Arthrose
zu erwarten.

Schmerzensgeld                     22.000,00 EUR
Haushaltsführungsschaden            6.480,00 EUR
vermehrte Bedürfnisse (Taxi, Hilfsmittel)  1.210,40 EUR
abzüglich Vorschuss               -5.000,00 EUR
Zahlbetrag                         24.690,40 EUR

Zukunftsschäden aus der Arthrose bleiben vorbehalten (materieller Vorbehalt). Wir würden
den Fall gern noch vor dem Jahreswechsel abschließen.

Mit freundlichen Grüßen
Tobias Wendt

{sig('wendt')}

{FOOT_DE}
""")

M(124, 'N', 'de', 'insurer-to-supplier',
  'trap: framework price list 2027 for motor assessors (reports on injured persons excluded), company data only',
  'rademacher', ('Sachverständigenbüro Kühnel & Roth GbR', 'buero@kuehnel-roth.example'),
  'Rahmenvertrag Kfz-Gutachten 2027 – Preisblatt', '2026-12-09 09:35', f"""\
Sehr geehrter Herr Kühnel,

anbei unsere Zusammenfassung der Preisrunde; die unterschriebene Vertragsfassung folgt
per Post.

Preisblatt 2027 (netto):
- Haftpflichtgutachten bis 5.000 EUR Schadenhöhe: 395 EUR
- Haftpflichtgutachten über 5.000 EUR: 3,5 % der Schadenhöhe, max. 1.150 EUR
- Kurzgutachten/Kostenvoranschlagsprüfung: 95 EUR
- Fahrtkosten pauschal 0,70 EUR/km ab 20 km

Biomechanische Gutachten bei Personenschäden sind nicht Teil des Rahmenvertrags.
Zahlungsziel 30 Tage, Rechnungen bitte elektronisch (XRechnung).

Mit freundlichen Grüßen
Uwe Rademacher

{sig('rademacher')}
""")

M(125, 'C', 'de', 'insurer-to-customer',
  'body harmless: ZIP with contract addendum (PDF) and SEPA form (DOCX) for a named customer, address and IBAN inside',
  'yildiz', ('Olga Schneider', 'olga.schneider@kasselnet.example'),
  'Ihre Unterlagen', '2026-12-18 14:40', f"""\
Guten Tag Frau Schneider,

anbei wie besprochen Ihre Unterlagen als ZIP-Datei.

Freundliche Grüße
Derya Yildiz

{sig('yildiz')}
""", atts=[A('Unterlagen_HR26-771309.zip', zip_of([
    ('Nachtrag_Hausrat_2027.pdf', pdf("""\
Auenwald Allgemeine Versicherung AG - Nachtrag zum Versicherungsschein
Versicherungsnehmerin: Olga Schneider, geb. 11.11.1988
Versicherungsort neu ab 01.01.2027: Heinrich-Heine-Strasse 9, 34121 Kassel
Vertrag HR 26-771 309 - Hausrat Komfort, Wohnflaeche 82 qm
Versicherungssumme 65.600 EUR, Jahresbeitrag 128,40 EUR
Zusatz: Fahrraddiebstahl bis 3.000 EUR, Elementar""", 'Nachtrag')),
    ('SEPA-Mandat_Schneider.docx', docx([
        '# SEPA-Lastschriftmandat', 'Gläubiger: Auenwald Allgemeine Versicherung AG, Gläubiger-ID DE98ZZZ00000471120',
        [['Kontoinhaberin', 'Olga Schneider'], ['IBAN', iban('DE', '52050353' + '0301177093')], ['Mandatsreferenz', 'HR26771309-01']],
        'Ort, Datum, Unterschrift'], 'SEPA-Mandat', 'Derya Yildiz'))]))])

M(126, 'S', 'en', 'insurer-to-company',
  'group health insurance (bKV) enrolment list of a company with named employees, dependants, birth dates and pre-existing exclusions in XLSX',
  'osei', ('HR Benefits, Norvik Software GmbH', 'benefits@norvik-software.example'),
  'Group health plan GK 220-09: enrolments 1 January 2027', '2026-12-17 11:58', f"""\
Dear HR team,

thank you for the enrolment forms. All 7 new employees and dependants are accepted for the
group health plan from 1 January 2027. As agreed in the framework contract, there is no
individual underwriting; only the two exclusions for ongoing treatment noted in the list
apply for the first 12 months.

Please pass the welcome letters on to the employees.

Best regards,
Kwame Osei

{sig('osei', 'en')}
""", atts=[A('GK220-09_enrolments_2027.xlsx', xlsx([('Enrolments', [
    ['Employee ID', 'Name', 'Date of birth', 'Dependant', 'Module', 'Note'],
    ['N-1142', 'Ravi Subramanian', '1990-04-18', '', 'Dental + Vision', ''],
    ['N-1142', 'Ravi Subramanian', '1990-04-18', 'Anjali Subramanian (spouse), 1992-08-02', 'Dental + Vision', 'ongoing orthodontic treatment excluded 12 months'],
    ['N-1150', 'Clara Voss', '1985-01-27', '', 'Dental + Inpatient', ''],
    ['N-1153', 'Marek Novak', '1979-10-09', '', 'Inpatient', 'ongoing physiotherapy after knee surgery excluded 12 months'],
    ['N-1157', 'Sophie Laurent', '1996-06-30', '', 'Dental + Vision', ''],
    ['N-1160', 'Jonas Albrecht', '1988-12-12', 'Emma Albrecht (child), 2019-03-05', 'Dental', ''],
    ['N-1161', 'Yusuf Kaya', '1993-02-14', '', 'Inpatient + Vision', '']])], 'Enrolments', 'Kwame Osei'))])

M(127, 'N', 'de', 'internal',
  'trap: HR notice on 2027 social security ceilings, minimum wage and benefits in kind; income figures are statutory, not personal',
  'lamprecht', ('Alle Mitarbeitenden', f'alle@{DOM}'),
  'Was sich zum 01.01.2027 in der Gehaltsabrechnung ändert', '2026-12-15 12:30', f"""\
Liebe Kolleginnen und Kollegen,

zum Jahreswechsel ändern sich wieder einige Werte in der Entgeltabrechnung:

- Beitragsbemessungsgrenze Kranken-/Pflegeversicherung: 5.812,50 EUR monatlich (vorläufig)
- Versicherungspflichtgrenze (Jahresarbeitsentgeltgrenze): 77.400 EUR – wer darüber liegt,
  kann sich privat krankenversichern (unser Mitarbeitertarif: Infos im Intranet)
- Sachbezug Mahlzeit Kantine: 4,50 EUR
- Jobticket bleibt steuerfrei

Eure Januar-Abrechnung kommt wie immer am 28. ins Self-Service-Portal. Fragen zu eurer
persönlichen Abrechnung bitte nur über das HR-Ticketsystem, nicht über Sammelmails.

Viele Grüße
Friederike Lamprecht

{sig('lamprecht')}
""")

M(128, 'C', 'de', 'insurer-to-customer',
  'body harmless: motor premium adjustment notice as PDF with name, address, plate and SF class only in the attachment',
  'brehm', ('Wilhelm Ortmann', 'w.ortmann@t-net.example'),
  'Dokument zu Ihrem Vertrag', '2026-11-18 07:55', f"""\
Sehr geehrter Herr Ortmann,

im Anhang erhalten Sie das angeforderte Dokument.

Mit freundlichen Grüßen
Jonas Brehm

{sig('brehm')}
""", atts=[A('Beitragsmitteilung_2027.pdf', pdf("""\
Auenwald Allgemeine Versicherung AG - Beitragsmitteilung Kraftfahrtversicherung 2027
Herrn Wilhelm Ortmann, Dörnbergstraße 6, 34128 Kassel
Vertrag KH 0815-077340, Fahrzeug Mercedes-Benz B 180, amtl. Kennzeichen KS-WO 1946
Schadenfreiheitsklasse: Haftpflicht SF 35, Vollkasko SF 30
Beitrag 2026: 498,12 EUR   Beitrag 2027: 541,66 EUR
Grund: neue Typklasse Vollkasko (20 -> 22) und Regionalklasse (5 -> 6)
Sonderkuendigungsrecht: innerhalb eines Monats nach Zugang dieser Mitteilung.""", 'Beitragsmitteilung'))])

M(129, 'N', 'de', 'internal',
  'trap: HR policy change on sick-pay supplement from 2027, rules only, no employee',
  'lamprecht', ('Führungskräfte', f'fuehrungskraefte@{DOM}'),
  'Neuregelung Krankengeldzuschuss ab 2027 (Betriebsvereinbarung)', '2026-12-03 09:10', f"""\
Liebe Führungskräfte,

mit der neuen Betriebsvereinbarung ändert sich ab 01.01.2027 der Krankengeldzuschuss:

- Zuschuss zum Krankengeld bis zur Höhe des Nettoentgelts ab der 7. Woche
- bisher bis zur 26. Woche, künftig bis zur 39. Woche der Arbeitsunfähigkeit
- gilt für alle Mitarbeitenden nach 2 Jahren Betriebszugehörigkeit

Bitte beachten: Diagnosen und Arztbriefe gehen Sie als Führungskraft nichts an. Fragen
Ihrer Mitarbeitenden zur Berechnung beantwortet die Entgeltabrechnung direkt.

Viele Grüße
Friederike Lamprecht

{sig('lamprecht')}
""")

M(130, 'N', 'mixed', 'insurer-to-customer',
  'trap: bilingual out-of-office reply of the international health team mentioning medical invoices generally',
  'mcallister', ('', 'p.obrien@mailbox.example'),
  'Abwesenheit / Out of office: Re: invoices December', '2026-12-24 12:01', """\
Vielen Dank für Ihre Nachricht. Ich bin bis 04.01.2027 nicht im Büro. Arztrechnungen
reichen Sie bitte über die App ein; im Notfall erreichen Sie unsere Assistance unter
+49 561 7080-2899.

Thank you for your message. I am out of the office until 4 January 2027. Please submit
medical invoices via the app; in an emergency, our assistance line is available 24/7 at
+49 561 7080-2899.

Fiona McAllister
""", xh=[('Auto-Submitted', 'auto-replied')])

M(131, 'C', 'en', 'insurer-to-customer',
  'only in the quoted customer mail: birth date and IBAN for a travel insurance purchase; reply itself harmless',
  'kowalczyk', ('Emily Carter', 'emily.carter@mailbox.example'),
  'Re: Travel insurance for January ski trip', '2026-12-30 16:20', f"""\
Dear Ms Carter,

thank you - everything is set up, the policy documents will arrive in your secure mailbox
tomorrow. Enjoy the snow!

Kind regards
Marta Kowalczyk

{sig('kowalczyk', 'en')}

> From: Emily Carter <emily.carter@mailbox.example>
> Sent: Wednesday, 30 December 2026 11:02
> Subject: Travel insurance for January ski trip
>
> Hi, I'd like the single-trip package for Austria, 9-16 January 2027.
> My details: Emily Carter, born 21 November 1994, Querallee 11, 34119 Kassel.
> Please debit {iban('DE', '50010517' + '5417722019')}.
> Thanks, Emily
""")

M(132, 'S', 'de', 'insurer-to-customer',
  'life insurance made premium-free at year end for the named insured; reasons (cancer treatment) only in the quoted reply',
  'kuhlmann', ('Peter Jahn', 'peter.jahn@freemail.example'),
  'AW: Beiträge Lebensversicherung aussetzen', '2026-12-21 10:40', f"""\
Sehr geehrter Herr Jahn,

wir haben Ihre Kapitallebensversicherung LV 10-330 118 wie gewünscht ab 01.01.2027 für
12 Monate beitragsfrei gestellt. Der Versicherungsschutz bleibt mit reduzierter Summe
bestehen; danach können Sie ohne neue Gesundheitsprüfung wieder einsteigen.

Alles Gute für die kommenden Monate.

Anna-Lena Kuhlmann

{sig('kuhlmann')}

-----Ursprüngliche Nachricht-----
Von: Peter Jahn <peter.jahn@freemail.example>
Gesendet: Sonntag, 20. Dezember 2026 19:55
Betreff: Beiträge Lebensversicherung aussetzen

Guten Tag, bei mir wurde im November Darmkrebs festgestellt, ab Januar bekomme ich
Chemotherapie und bin erst mal krankgeschrieben. Ich möchte die Beiträge für meine
Lebensversicherung für ein Jahr aussetzen, geht das? Peter Jahn, geb. 08.08.1966
""")

T133 = """\
Steuertipps zum Jahresende: Versicherungsbeiträge richtig absetzen

1. Beiträge zur Kranken- und Pflegeversicherung (Basisabsicherung) sind voll als
   Sonderausgaben abziehbar. Wir melden sie automatisch ans Finanzamt - dafür brauchen wir
   Ihre Steuer-ID.
2. Beitragsrückerstattungen mindern den Abzug im Jahr der Auszahlung.
3. Basisrente: Zahlungen bis 28.12. zählen noch für 2026.
4. Haftpflicht, Unfall, Berufsunfähigkeit: als sonstige Vorsorgeaufwendungen abziehbar,
   meist aber schon durch die Krankenversicherung ausgeschöpft.
5. Ihre Beitragsbescheinigung finden Sie ab Mitte Januar im Kundenportal.

Dies ist keine Steuerberatung. Ihre Auenwald Versicherung
"""
M(133, 'N', 'de', 'newsletter',
  'trap: customer magazine with year-end tax tips (tax ID, premium certificate, disability) without any person',
  ('Auenwald Kundenmagazin', f'newsletter@{DOM}'), ('Leserinnen und Leser', f'kundenmagazin@{DOM}'),
  'Steuertipps zum Jahresende', '2026-12-10 07:30', T133,
  html='<html><body><h2>Steuertipps zum Jahresende</h2><p>' + T133.split('\n\n', 1)[1].replace('\n', '<br>\n') + '</p></body></html>',
  cs='iso-8859-1', cte='qp', xh=[('Precedence', 'bulk')])

M(134, 'C', 'de', 'insurer-to-customer',
  'dog owner\'s liability renewal for a named customer, second dog added with breed and chip number',
  'yildiz', ('Sven Dreyer', 'sven.dreyer@kasselnet.example'),
  'Hundehalterhaftpflicht HH 50-220 118 – zweiter Hund ab 01.01.', '2026-12-12 11:02', f"""\
Hallo Herr Dreyer,

Ihr neuer Hund ist ab 01.01.2027 mitversichert:

Hund 1: Luna, Mischling, Chip-Nr. 276098106331274
Hund 2: Otto, Beagle, geb. 09/2026, Chip-Nr. 276098106772019

Jahresbeitrag für beide Hunde: 118,80 EUR (bisher 72,00 EUR).

Viele Grüße
Derya Yildiz

{sig('yildiz')}
""")

M(135, 'S', 'en', 'internal',
  'fraud check list of health claims with named insured, diagnoses and providers sent to the special investigations unit as ODS',
  'mcallister', ('Special Investigations Unit', f'siu@{DOM}'),
  'SIU referral - 4 suspicious claims from one clinic', '2026-12-28 15:30', """\
Hi SIU team,

during the year-end clean-up we noticed four claims with very similar invoices from the
same private clinic abroad (Clínica Santa Brisa, Alicante). Same wording, same lab panel,
invoice numbers in sequence although the patients were treated weeks apart. Details in
the attached sheet. Nothing has been paid yet.

Could you take a look before we release payment in January?

Thanks,
Fiona
""", atts=[A('SIU_referral_Santa_Brisa.ods', ods([('Claims', [
    ['Claim', 'Insured', 'DOB', 'Treatment date', 'Diagnosis on invoice', 'Amount EUR'],
    ['KL-26-771201', 'Dennis Brauer', '1971-05-04', '2026-10-02', 'Lumbar disc herniation M51.2, infiltration', 4820],
    ['KL-26-774418', 'Ayse Korkmaz', '1983-11-30', '2026-10-29', 'Lumbar disc herniation M51.2, infiltration', 4820],
    ['KL-26-779035', 'Ralf Ohnesorge', '1966-02-17', '2026-11-20', 'Sciatica M54.3, infiltration', 4910],
    ['KL-26-781120', 'Birte Lassen', '1975-07-08', '2026-12-04', 'Lumbar disc herniation M51.2, infiltration', 4820]])]))])

M(136, 'N', 'de', 'insurer-to-broker',
  'grey: commission payment dates to a broker GmbH with the firm\'s own business account, no natural person or customer',
  'arslan', ('Thiel & Partner GmbH – Abrechnung', 'abrechnung@thiel-partner.example'),
  'Courtagezahlungen zum Jahreswechsel', '2026-12-16 08:55', f"""\
Sehr geehrte Damen und Herren,

zur Planung Ihrer Liquidität: Die Courtage Dezember zahlen wir am 08.01.2027, die
Bestandscourtage Q4 am 15.01.2027 auf das hinterlegte Geschäftskonto der
Thiel & Partner GmbH, {iban('DE', '52050353' + '0001990021')}.

Falls sich Ihre Bankverbindung zum Jahreswechsel ändert, schicken Sie uns bitte bis
22.12. das unterschriebene Formular über das Maklerportal.

Mit freundlichen Grüßen
Mehmet Arslan

{sig('arslan')}
""")

M(137, 'C', 'en', 'insurer-to-customer',
  'water damage in a flat: loss adjuster appointment with the named tenant\'s address and claim number as ICS',
  'wendt', ('Noah Fischer', 'noah.fischer@mailbox.example'),
  'Loss adjuster visit - water damage claim LW-26-8840', '2026-12-28 09:12', f"""\
Dear Mr Fischer,

our loss adjuster, Ms Petra Kühn, will visit your flat to assess the water damage from the
burst pipe on 26 December:

Tuesday, 5 January 2027, 11:00
Address: Kirchditmolder Straße 19, 2nd floor left, 34130 Kassel
Claim: LW-26-8840, household policy HR 28-004 112

Please keep the damaged items (parquet samples, the rug) until then. The calendar entry
is attached.

Kind regards
Tobias Wendt

{sig('wendt', 'en')}
""", atts=[A('Adjuster_visit_LW-26-8840.ics', ics('lw-26-8840', '20270105T110000', '20270105T123000',
        'Loss adjuster visit - water damage LW-26-8840 (Fischer)', 'Kirchditmolder Straße 19, 34130 Kassel',
        'Ms Petra Kühn, household policy HR 28-004 112', f'tobias.wendt@{DOM}', 'noah.fischer@mailbox.example'))])

M(138, 'S', 'de', 'insurer-to-customer',
  'PKV cancellation because the named insured becomes compulsorily insured in statutory health insurance; health contract details',
  'sass', ('Mirjam Eckhardt', 'mirjam.eckhardt@webpost.example'),
  'Ihre Kündigung der Krankenversicherung wegen Versicherungspflicht', '2026-12-29 13:44', f"""\
Sehr geehrte Frau Eckhardt,

Sie werden ab 01.01.2027 als Angestellte versicherungspflichtig in der gesetzlichen
Krankenversicherung. Ihre Kündigung der Krankheitskostenvollversicherung KV 4471 228 06
zum 31.12.2026 ist wirksam, sobald uns die Mitgliedsbescheinigung der Krankenkasse
vorliegt – Sie haben dafür drei Monate Zeit.

Unser Tipp: Behalten Sie eine Anwartschaftsversicherung (6,20 EUR monatlich) und die
Zahnzusatz- und Krankenhauszusatzversicherung. Da Sie im Sommer eine Kniearthroskopie
hatten, wäre ein späterer Neuabschluss mit Gesundheitsprüfung schwieriger.

Mit freundlichen Grüßen
Henrike Saß

{sig('sass')}
""")

M(139, 'N', 'en', 'internal',
  'trap: office closure notice with forwarded facility note, heating and first-aid room, no personal data',
  'ortega', ('Commercial Lines team', f'commercial-team@{DOM}'),
  'FW: Building closure 24 Dec - 1 Jan', '2026-12-18 12:20', """\
FYI - see below. If you need to come in, badge access works, but the canteen and the
first-aid room are closed. Emergency cover for large commercial claims is the on-call
phone as usual.

Rafael

---------- Forwarded message ---------
From: Facility Management <facility@auenwald.example>
Date: Fri, 18 Dec 2026 at 10:02
Subject: Building closure 24 Dec - 1 Jan

Buildings A-C are closed from 24 December, 12:00, to 1 January. Heating runs in reduced
mode (16 C). The first-aid room and the company doctor's office are closed; in an emergency
call 112. Please switch off all devices and close windows.
""", cs='us-ascii', cte='7bit')

M(140, 'C', 'de', 'insurer-to-customer',
  'contract change from tenant to owner: named couple, new property address, purchase price and household/building policies',
  'yildiz', ('Nina und Bastian Roloff-Kraus', 'roloff-kraus@freemail.example'),
  'Ihr neues Haus: Umstellung Hausrat und neue Wohngebäudeversicherung', '2026-12-17 15:05', f"""\
Liebe Frau Roloff-Kraus, lieber Herr Kraus,

herzlichen Glückwunsch zum eigenen Haus! Zusammengefasst, was wir zum 01.01.2027 umstellen:

1. Hausrat HR 24-118 660: neuer Versicherungsort Brückenhofstraße 17, 34132 Kassel,
   Wohnfläche 132 m², Summe 85.800 EUR, Beitrag 176,40 EUR/Jahr.
2. Neue Wohngebäudeversicherung WG 16-001 918 für das Haus (Baujahr 1968, Kaufpreis laut
   Notarvertrag 412.000 EUR, gleitender Neuwert), inkl. Elementar: 1.028,60 EUR/Jahr.
   Die Bank (Kasseler Sparkasse) erhält die Sicherungsbestätigung direkt von uns.
3. Privathaftpflicht: bleibt unverändert, Haus- und Grundbesitzerhaftpflicht ist für
   selbstgenutzte Einfamilienhäuser eingeschlossen.

Herzliche Grüße
Derya Yildiz

{sig('yildiz')}
""")

NEST141 = nested(9141, who('vollmer'), ('Hannah Ziegler', 'hannah.ziegler@freemail.example'),
  'Ihre Medikamente – Erstattung Oktober', '2026-11-04 10:12', """\
Dear Ms Ziegler,

we reimbursed your pharmacy receipts for October:

Sertraline 100 mg, 100 tablets          38.40 EUR
Quetiapine 25 mg, 50 tablets            22.70 EUR
Lisdexamfetamine 50 mg, 30 capsules    142.10 EUR
Total                                  203.20 EUR

Kind regards
Katrin Vollmer
""")
M(141, 'S', 'en', 'insurer-to-customer',
  'earlier reimbursement mail with psychiatric medicines of the named insured attached as .eml, body mentions only the reference',
  'vollmer', ('Hannah Ziegler', 'hannah.ziegler@freemail.example'),
  'Copy of our mail of 4 November for your tax adviser', '2026-12-28 11:25', f"""\
Dear Ms Ziegler,

as requested, attached is our mail of 4 November once more so that your tax adviser can
include the amounts in your 2026 return (extraordinary expenses).

Kind regards
Katrin Vollmer

{sig('vollmer', 'en')}
""", atts=[A('Reimbursement_October_2026.eml', NEST141, 'message/rfc822')])

M(142, 'N', 'de', 'internal',
  'trap: short note that the key to the archive room for health files is at the gate, no content',
  'vollmer', ('Leistung Kranken Team 2', f'lk-team2@{DOM}'),
  'Schlüssel Archivraum', '2026-12-23 07:58', """\
Moin, der Schlüssel für den Archivraum Gesundheitsakten liegt ab heute an der Pforte
(Ausgabe nur gegen Unterschrift). Bitte nicht wieder in der Teeküche liegen lassen ;)
K.
""", cte='8bit')

M(143, 'C', 'mixed', 'insurer-to-broker',
  'home insurance quote for a named British expat client of a broker; address, birth date; German/English mixed',
  'arslan', ('Holger Weser', 'holger.weser@finanzkontor-weser.example'),
  'Angebot Hausrat für Ihren Kunden Mr Alistair Reid', '2026-12-02 16:40', f"""\
Hallo Herr Weser,

hier das Angebot für Ihren Kunden – ich habe die Kernpunkte auf Englisch ergänzt, damit
Sie es direkt weiterleiten können:

Kunde: Alistair Reid, geb. 05.05.1987, Schöne Aussicht 8, 34117 Kassel (Umzug 01.01.2027)
Wohnfläche 96 m², Versicherungssumme 62.400 EUR, Jahresbeitrag 139,80 EUR

For Mr Reid: your household contents are insured at replacement value, including
bicycle theft up to 2,000 EUR and glass breakage. Cover starts on the day of the move.

Bitte den unterschriebenen Antrag bis 22.12., dann ist die Police vor dem Umzug da.

Beste Grüße
Mehmet Arslan

{sig('arslan')}
""")

M(144, 'S', 'de', 'insurer-to-customer',
  'complaint about the PKV premium adjustment answered, named insured\'s chronic illness (type 1 diabetes) and insulin pump costs',
  'sass', ('Gabriele Funke', 'gabriele.funke@t-net.example'),
  'Ihre Beschwerde zur Beitragsanpassung vom 20.11.2026', '2026-12-07 12:50', f"""\
Sehr geehrte Frau Funke,

vielen Dank für Ihre offenen Worte. Ich verstehe, dass Sie die Erhöhung um 11,8 % in
Ihrem Tarif AW-Komfort 3 als ungerecht empfinden, zumal Sie wegen Ihres Typ-1-Diabetes
(E10.90) auf die Insulinpumpe und die Sensoren angewiesen sind.

Zur Klarstellung: Die Anpassung hat nichts mit Ihren eigenen Leistungen zu tun. Sie
betrifft alle Versicherten des Tarifs gleichermaßen und wurde von einem unabhängigen
Treuhänder geprüft. Einen individuellen Zuschlag wegen Ihrer Erkrankung erheben wir
nicht – daran ändert sich auch in Zukunft nichts.

Ein Wechsel in einen Tarif ohne Hilfsmittelbegrenzung mit höherem Selbstbehalt würde Sie
monatlich ca. 74 EUR entlasten, ohne dass die Pumpe und die CGM-Sensoren (zuletzt
4.860 EUR im Jahr) schlechter erstattet werden. Soll ich Ihnen das Angebot schicken?

Mit freundlichen Grüßen
Henrike Saß

{sig('sass')}

{FOOT_DE}
""")

M(145, 'N', 'en', 'insurer-to-partner',
  'trap: statistics delivery to the insurance association, disability and health benefit totals by age band only',
  'lindqvist', ('Statistics unit, German Insurers\' Statistics Office', 'statistik@insurers-stats.example'),
  'Annual statistics 2026 - delivery plan', '2026-12-14 10:30', """\
Dear colleagues,

our delivery plan for the annual statistics 2026:

- health: claims per insured by age band and sex, tariff type (comprehensive/supplementary)
- disability: new claims by cause group (ICD chapter) and age band; cells below 10
  cases are merged
- motor: claims frequency and average claim by type class

Files will be uploaded to your portal by 31 March 2027 in the usual format. No data on
individual persons is included.

Best regards,
Greta Lindqvist
""")

M(146, 'C', 'de', 'insurer-to-customer',
  'motor seasonal plates: motorbike policy suspended over winter, named customer, plate and policy',
  'brehm', ('Frank Gebauer', 'frank.gebauer@kasselnet.example'),
  'Saisonkennzeichen – Ruheversicherung bis 31.03.', '2026-11-02 10:15', f"""\
Hallo Herr Gebauer,

Ihr Motorrad (BMW R 1250 GS, KS-FG 41, Saisonkennzeichen 04–10) ist seit 01.11. in der
Ruheversicherung. Versichert sind in dieser Zeit Brand, Diebstahl und Sturm, sofern das
Motorrad in der Garage Am Weinberg 3, 34127 Kassel, steht.

Vertrag KR 0815-660218. Ab 01.04.2027 läuft der volle Schutz automatisch wieder an.

Gute Winterpause!
Jonas Brehm

{sig('brehm')}
""")

M(147, 'S', 'de', 'insurer-to-customer',
  'dental supplementary insurance: short reply, tooth numbers and implant only in the quoted treatment plan',
  'vollmer', ('Oliver Stein', 'oliver.stein@freemail.example'),
  'AW: Heil- und Kostenplan', '2026-12-30 08:40', f"""\
Hallo Herr Stein,

ja, passt so – wir übernehmen 90 %. Die Zusage geht heute raus.

Gruß
K. Vollmer

Oliver Stein schrieb am 29.12.2026 18:22:
{Q('''Hallo Frau Vollmer,
mein Zahnarzt hat den neuen Heil- und Kostenplan geschickt: Implantat regio 46,
Knochenaufbau (Sinuslift), Krone 45 wegen Karies profunda, gesamt 5.430 EUR.
Zahlt das meine Zahnzusatz (ZZ 90-441 207)? Ich möchte im Januar anfangen.
Oliver Stein''')}
""")

M(148, 'N', 'de', 'internal',
  'trap: New Year\'s Eve on-call and emergency numbers, password reset hints, no personal data',
  'nowak', ('Rufbereitschaft IT', f'it-rufbereitschaft@{DOM}'),
  'Silvester/Neujahr: Rufbereitschaft und Notfallnummern', '2026-12-29 16:10', """\
Hallo zusammen,

Rufbereitschaft über Silvester:
31.12. 08–20 Uhr: Team Netzwerk (0561 7080-9090)
01.01. 08–20 Uhr: Team Anwendungen (0561 7080-9091)
Nachts: Leitstand (0561 7080-9099)

Kritische Systeme: Mail-Gateway (SecureMail-Portal), Leistungssystem KLS, Beitragseinzug.
Passwort-Resets bitte nur über das Self-Service-Portal mit Sicherheitsfrage; am Telefon
geben wir keine Initialpasswörter heraus.

Guten Rutsch!
Piotr
""")

M(149, 'C', 'en', 'insurer-to-customer',
  'grey: pet health insurance vet bill (animal health) of the named customer\'s cat, payout',
  'yildiz', ('Isabel Moreno', 'isabel.moreno@mailbox.example'),
  'Your pet insurance claim - vet bill 14 December', '2026-12-21 10:30', f"""\
Dear Ms Moreno,

we have reimbursed the vet bill from Tierarztpraxis Fasanenhof for your cat Mika
(policy TK 90-002 318): dental treatment under anaesthesia with extraction of two teeth,
blood tests and painkillers.

Invoice                  486.30 EUR
Reimbursed (80%)         389.04 EUR

The amount will be on your account before Christmas. Get well soon, Mika!

Kind regards
Derya Yildiz

{sig('yildiz', 'en')}
""")

M(150, 'S', 'de', 'insurer-to-customer',
  'death benefit of a named deceased insured paid to the heirs, cause of death and certificate of inheritance',
  'kuhlmann', ('Sabine Krüger', 'sabine.krueger@t-net.example'),
  'Sterbegeldversicherung Ihres Vaters – Auszahlung', '2026-12-31 10:05', f"""\
Sehr geehrte Frau Krüger,

zunächst unser aufrichtiges Beileid zum Tod Ihres Vaters, Herrn Horst Krüger
(geb. 12.04.1938, verstorben am 14.12.2026).

Die Sterbeurkunde, die Todesbescheinigung (Todesursache: Herzversagen bei chronischer
Niereninsuffizienz) und den Erbschein haben wir erhalten. Aus der Sterbegeldversicherung
LV 70-118 442 zahlen wir:

Versicherungssumme        6.000,00 EUR
Überschussbeteiligung       712,48 EUR
Gesamt                    6.712,48 EUR

Die Auszahlung erfolgt laut Erbschein zu gleichen Teilen an Sie und Ihren Bruder,
Herrn Michael Krüger, auf die von Ihnen genannten Konten. Sie erhalten die Zahlung
noch heute.

Mit freundlichen Grüßen und stillem Gruß
Anna-Lena Kuhlmann

{sig('kuhlmann')}

{FOOT_DE}
""")

# ==== END OF MAILS ====

# ---------------------------------------------------------------- output and check
def render_all():
    files = {}
    for m in sorted(MAILS, key=lambda x: x['n']):
        try:
            files[f'{PREFIX}{m["n"]:04d}.eml'] = build(m)
        except Exception as e:
            raise RuntimeError(f'mail {m["n"]}: {e}') from e
    rows = [['file', 'label', 'lang', 'kind', 'reason']]
    for m in sorted(MAILS, key=lambda x: x['n']):
        assert '\t' not in m['reason'] and '\n' not in m['reason']
        rows.append([f'{PREFIX}{m["n"]:04d}.eml', LBL[m['label']], m['lang'], m['kind'], m['reason']])
    labels = ''.join('\t'.join(r) + '\n' for r in rows).encode('utf-8')
    return files, labels

class _HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.text = []
    def handle_data(self, d):
        self.text.append(d)

def _pdf_text(data):
    assert data.startswith(b'%PDF-') and data.rstrip().endswith(b'%%EOF'), 'pdf frame'
    m = re.search(rb'startxref\s+(\d+)', data)
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b'xref', 'startxref'
    hdr = re.match(rb'xref\s+0 (\d+)\s+', data[xref:])
    cnt = int(hdr.group(1))
    pos = xref + hdr.end()
    for i in range(cnt):
        ent = data[pos + 20 * i:pos + 20 * i + 20]
        if i == 0:
            continue
        off = int(ent[:10])
        assert data[off:].startswith(b'%d 0 obj' % i), f'xref entry {i}'
    text = []
    for sm in re.finditer(rb'/Length (\d+)( /Filter /FlateDecode)? >>\nstream\n', data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        assert data[sm.end() + ln:sm.end() + ln + 10] == b'\nendstream'
        if sm.group(2):
            raw = zlib.decompress(raw)
        i = 0
        while i < len(raw):
            if raw[i:i + 1] == b'(':
                depth, j, buf = 1, i + 1, bytearray()
                while depth:
                    c = raw[j:j + 1]
                    if c == b'\\':
                        buf += raw[j + 1:j + 2]
                        j += 2
                        continue
                    if c == b'(':
                        depth += 1
                    elif c == b')':
                        depth -= 1
                        if not depth:
                            break
                    buf += c
                    j += 1
                text.append(buf.decode('cp1252'))
                i = j + 1
            else:
                i += 1
    t = '\n'.join(text)
    assert len(t.strip()) > 20, 'pdf text layer empty'
    return t

def _xml_text(b):
    root = ET.fromstring(b)
    return ' '.join(t for t in root.itertext())

def open_attachment(name, data, ctype, texts, stats, depth=0):
    ext = (name or '').rsplit('.', 1)[-1].lower() if name and '.' in name else ''
    key = ext or ctype
    stats[key] = stats.get(key, 0) + (1 if depth == 0 else 0)
    if depth:
        stats['in-zip:' + key] = stats.get('in-zip:' + key, 0) + 1
    if ext == 'pdf':
        texts.append(_pdf_text(data))
    elif ext in ('docx', 'xlsx', 'odt', 'ods'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        names = z.namelist()
        if ext == 'docx':
            texts.append(_xml_text(z.read('word/document.xml')))
        elif ext == 'xlsx':
            ET.fromstring(z.read('xl/workbook.xml'))
            for nm in names:
                if nm.startswith('xl/worksheets/'):
                    texts.append(_xml_text(z.read(nm)))
        else:
            assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
            ET.fromstring(z.read('META-INF/manifest.xml'))
            texts.append(_xml_text(z.read('content.xml')))
        for nm in names:
            if nm.endswith('.xml') or nm.endswith('.rels'):
                ET.fromstring(z.read(nm))
    elif ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        for nm in z.namelist():
            open_attachment(nm, z.read(nm), '', texts, stats, depth + 1)
    elif ext == 'csv':
        cs = re.search(r'charset="?([\w-]+)', ctype or '')
        t = data.decode(cs.group(1) if cs else 'utf-8')
        rows = list(csv.reader(io.StringIO(t), delimiter=';'))
        assert len(rows) >= 2
        texts.append(t)
    elif ext == 'ics':
        t = data.decode('utf-8')
        assert t.startswith('BEGIN:VCALENDAR\r\n') and t.rstrip().endswith('END:VCALENDAR') and 'BEGIN:VEVENT' in t
        texts.append(t)
    elif ext in ('html', 'htm'):
        p = _HP()
        p.feed(data.decode('utf-8'))
        texts.append(' '.join(p.text))
    elif ext == 'txt':
        texts.append(data.decode('utf-8'))
    else:
        raise AssertionError(f'unknown attachment {name} {ctype}')

ALLOWED_CS = {'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'}

def check_message(data, texts, stats, fmt, nested_level=0):
    assert b'\n' not in data.replace(CRLF, b''), 'bare LF'
    assert b'\r' not in data.replace(CRLF, b''), 'bare CR'
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f'defects {part.defects}'
        for k, v in part.items():
            assert not getattr(v, 'defects', None), f'header defects {k}: {v.defects}'
    if nested_level == 0:
        fmt['top:' + msg.get_content_type()] = fmt.get('top:' + msg.get_content_type(), 0) + 1
    for k in ('From', 'To', 'Cc', 'Reply-To', 'Sender'):
        for v in msg.get_all(k, []):
            for a in v.addresses:
                assert a.domain.endswith('.example'), a
                texts.append(a.display_name)
    if nested_level == 0:
        assert msg['From'].addresses[0].domain == DOM, 'not sent from insurer domain'
    mid = msg['Message-ID']
    assert mid and mid.strip('<>').split('@')[1].endswith('.example')
    d = email.utils.parsedate_to_datetime(msg['Date'])
    assert d.year == 2026
    texts.append(str(msg['Subject']))
    todo = [msg]
    while todo:
        part = todo.pop(0)
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == 'message/rfc822':
            stats['eml'] = stats.get('eml', 0) + 1
            inner_bytes = part.get_payload()[0].as_bytes(policy=email.policy.SMTP)
            check_message(inner_bytes, texts, stats, fmt, nested_level + 1)
            continue
        if part.is_multipart():
            todo.extend(part.get_payload())
            continue
        if part.get_content_maintype() == 'text' and part.get_content_disposition() != 'attachment':
            cs = part.get_content_charset()
            assert cs in ALLOWED_CS, cs
            raw = part.get_payload(decode=True)
            t = raw.decode(cs)  # strict
            fmt['cs:' + cs] = fmt.get('cs:' + cs, 0) + 1
            fmt['cte:' + part.get('Content-Transfer-Encoding', '7bit')] = fmt.get('cte:' + part.get('Content-Transfer-Encoding', '7bit'), 0) + 1
            if ct == 'text/html':
                p = _HP()
                p.feed(t)
                texts.append(' '.join(p.text))
            texts.append(t)
            continue
        open_attachment(fn, part.get_payload(decode=True), part.get('Content-Type', ''), texts, stats)

IBAN_RE = re.compile(r'\b(DE\d{2}(?: ?\d{4}){4} ?\d{2}|AT\d{2}(?: ?\d{4}){4}|NL\d{2} ?[A-Z]{4}(?: ?\d{4}){2} ?\d{2}|GB\d{2} ?[A-Z]{4}(?: ?\d{4}){3} ?\d{2}|LU\d{2}(?: ?[0-9A-Z]{4}){4}|ES\d{2}(?: ?\d{4}){5}|IE\d{2} ?[A-Z]{4}(?: ?\d{4}){3} ?\d{2})\b')
HOST_RE = re.compile(r'https?://([A-Za-z0-9.-]+)|\b[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')

def check(files, labels):
    problems = []
    stats, fmt, ibans = {}, {}, 0
    mids = set()
    for fn, data in sorted(files.items()):
        texts = []
        try:
            check_message(data, texts, stats, fmt)
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert msg['Message-ID'] not in mids, 'duplicate Message-ID'
            mids.add(msg['Message-ID'])
            alltext = '\n'.join(texts) + '\n' + data.split(CRLF + CRLF, 1)[0].decode('ascii')
            for hm in HOST_RE.finditer(alltext):
                host = hm.group(1) or hm.group(2)
                assert host.rstrip('.').endswith('.example'), f'host {host}'
            for im in IBAN_RE.finditer('\n'.join(texts)):
                ibans += 1
                assert iban_ok(im.group(1)), f'IBAN checksum {im.group(1)}'
        except Exception as e:  # report all problems, not only the first
            problems.append(f'{fn}: {type(e).__name__}: {e}')
    rows = list(csv.reader(io.StringIO(labels.decode('utf-8')), delimiter='\t'))
    assert rows[0] == ['file', 'label', 'lang', 'kind', 'reason']
    cnt, lang = {}, {}
    for r in rows[1:]:
        assert len(r) == 5 and r[4], r
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        lang[r[2]] = lang.get(r[2], 0) + 1
        if r[1] == 'NORMAL':
            pass
    if cnt != {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}:
        problems.append(f'label counts {cnt}')
    if len(rows) - 1 != 150 or len(files) != 150:
        problems.append(f'{len(files)} mails')
    return problems, cnt, lang, stats, fmt, ibans

def main():
    files, labels = render_all()
    if '--check' in sys.argv:
        bad = []
        for fn, data in files.items():
            p = os.path.join(HERE, 'mails', fn)
            if not os.path.exists(p) or open(p, 'rb').read() != data:
                bad.append(fn)
        on_disk = sorted(os.listdir(os.path.join(HERE, 'mails')))
        if on_disk != sorted(files):
            bad.append('mails/ listing differs')
        if open(os.path.join(HERE, 'labels.tsv'), 'rb').read() != labels:
            bad.append('labels.tsv')
        problems, cnt, lang, stats, fmt, ibans = check(files, labels)
        problems = [f'not byte-identical: {b}' for b in bad] + problems
        print(f'mails: {len(files)}  rebuilt byte-identical: {"yes" if not bad else "NO"}')
        print('labels:', ', '.join(f'{k} {v}' for k, v in sorted(cnt.items())))
        print('lang:', ', '.join(f'{k} {v}' for k, v in sorted(lang.items())))
        print('attachments:', ', '.join(f'{k} {v}' for k, v in sorted(stats.items())))
        print('format:', ', '.join(f'{k} {v}' for k, v in sorted(fmt.items())))
        print(f'IBANs found and checksum-valid: {ibans}')
        print('checks: CRLF only, no MIME/header defects, unique Message-IDs, dates in 2026, sender domain '
              f'{DOM}, all hosts .example, charsets {sorted(ALLOWED_CS)}, attachments opened (ZIP recursive, PDF text layer)')
        if problems:
            print('PROBLEMS:')
            for p in problems:
                print('  ' + p)
            sys.exit(1)
        print('OK')
        return
    os.makedirs(os.path.join(HERE, 'mails'), exist_ok=True)
    for old in os.listdir(os.path.join(HERE, 'mails')):
        if old not in files:
            os.remove(os.path.join(HERE, 'mails', old))
    for fn, data in files.items():
        with open(os.path.join(HERE, 'mails', fn), 'wb') as f:
            f.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as f:
        f.write(labels)
    print(f'wrote {len(files)} mails and labels.tsv')

if __name__ == '__main__':
    main()
