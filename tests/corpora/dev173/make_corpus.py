#!/usr/bin/env python3
"""Siegel independent mail corpus dev173 (prefix d173-).

150 fictitious outgoing e-mails of the invented "Lindenhof Versicherungsgruppe"
(domain lindenhof-versicherung.example), each labelled NORMAL, CONFIDENTIAL or
STRICTLY_CONFIDENTIAL.  Standard library only.  Every attachment (PDF, DOCX,
XLSX, ODT, ODS, ZIP, CSV, ICS, HTML, message/rfc822) is built by hand below.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory and verifies everything
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import html.parser
import io
import re
import sys
import zipfile
import zlib
from email.message import EmailMessage
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = Path(__file__).resolve().parent
PREFIX = 'd173-'
DOM = 'lindenhof-versicherung.example'
ALLOWED_CHARSETS = {'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'}

# ---------------------------------------------------------------- IBANs
def iban(cc, bban, grouped=True):
    """Build an ISO 13616 IBAN with valid mod-97 check digits."""
    def num(s):
        return ''.join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num(bban + cc + '00')) % 97
    raw = '%s%02d%s' % (cc, chk, bban)
    if not grouped:
        return raw
    return ' '.join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(raw):
    raw = raw.replace(' ', '').upper()
    s = raw[4:] + raw[:4]
    return int(''.join(str(int(ch, 36)) for ch in s)) % 97 == 1


# invented bank codes / accounts; all check digits computed
IB = {
    'schaefer': iban('DE', '52071306' + '0004471203'),
    'kranz': iban('DE', '52081447' + '0100388214'),
    'oezdemir': iban('DE', '50091172' + '5512093381'),
    'hartwig': iban('DE', '20071509' + '0778120045'),
    'lindner': iban('DE', '43091288' + '1162004817'),
    'brandauer': iban('DE', '52079914' + '0321456600'),
    'mills': iban('GB', 'LNDB' + '208814' + '40517736'),
    'pereira': iban('PT', '0046' + '0721' + '30081645527' + '19'),
    'vandijk': iban('NL', 'HOLB' + '0583302771'),
    'gruber': iban('AT', '38512' + '00771904356'),
    'krueger': iban('DE', '70081932' + '0015443298'),
    'wolff': iban('DE', '12097745' + '1020584417'),
    'yilmaz': iban('DE', '37081104' + '0611840027'),
    'haas': iban('DE', '66091836' + '0108923456'),
    'becker_new': iban('DE', '25091422' + '0910337755'),
    'nowak': iban('DE', '86091657' + '1090776612'),
    'ritter': iban('DE', '76091288' + '0442871009'),
    'okafor': iban('DE', '10091733' + '0987451236'),
    'dubois': iban('FR', '30077' + '04412' + '00051827394' + '61'),
    'sommerfeld': iban('DE', '52291075' + '0006239117'),
    'lindenhof': iban('DE', '52090417' + '0001750000'),   # insurer's own account
    'werkstatt': iban('DE', '52091560' + '0000731544'),   # a garage GmbH
    'meyer_child': iban('DE', '38091463' + '0246118800'),
    'thiele': iban('DE', '48091205' + '0067223091'),
    'fuchs': iban('DE', '51391877' + '0073481122'),
    'walsh': iban('IE', 'CLNB' + '990417' + '55102938'),
    'voss_gmbh': iban('DE', '52091188' + '0520066170'),   # broker GmbH account
}
def creditor_id(cc, national, business='ZZZ'):
    """SEPA creditor identifier; check digits over the national part only (ISO 7064)."""
    num = ''.join(str(int(ch, 36)) for ch in national + cc + '00')
    return '%s%02d%s%s' % (cc, 98 - int(num) % 97, business, national)


def creditor_ok(cid):
    num = ''.join(str(int(ch, 36)) for ch in cid[7:] + cid[:4])
    return int(num) % 97 == 1


LINDENHOF_CID = creditor_id('DE', '01000417003')

# the test IBAN published in countless SEPA examples (used only as a "test case" trap)
EXAMPLE_IBAN = 'DE89 3704 0044 0532 0130 00'

# ---------------------------------------------------------------- dates / ids
WORKDAYS = [d for d in range(2, 32) if dt.date(2026, 3, d).weekday() < 5]


def mail_date(i, override=None):
    if override:
        day, hh, mm = override
    else:
        day = WORKDAYS[(i - 1) * len(WORKDAYS) // 150]
        minutes = 7 * 60 + 35 + (i * 53) % 590
        hh, mm = divmod(minutes, 60)
    off = 2 if day >= 29 else 1
    d = dt.datetime(2026, 3, day, hh, mm, (i * 17) % 60,
                    tzinfo=dt.timezone(dt.timedelta(hours=off)))
    return d, email.utils.format_datetime(d)


def msgid(i, style, d):
    h = '%08x' % zlib.crc32(('d173-%d-%s' % (i, style)).encode())
    h2 = '%08x' % zlib.crc32(('x%d' % i).encode())
    if style == 'outlook':
        return '<%s%s%s@exch01.%s>' % (h.upper(), h2.upper(), d.strftime('%H%M'), DOM)
    if style == 'thunderbird':
        return '<%s-%s-%s@%s>' % (h, h2[:4], h2[4:], DOM)
    if style == 'system':
        return '<n.%s.%s@portal.%s>' % (d.strftime('%y%m%d%H%M'), h, DOM)
    if style == 'newsletter':
        return '<nl%s.%s@news.%s>' % (d.strftime('%y%m%d'), h, DOM)
    return '<%s.%s@mail.%s>' % (d.strftime('%Y%m%d%H%M%S'), h, DOM)


MAILERS = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'thunderbird': ('User-Agent', 'Mozilla Thunderbird 128.7.1'),
    'system': ('X-Mailer', 'Lindenhof Kundenportal Notifier 3.8'),
    'newsletter': ('X-Mailer', 'Lindenhof Newsletter-System 2.1'),
    'mobile': ('X-Mailer', 'iPhone Mail (22D72)'),
    'owa': ('X-Mailer', 'Microsoft Outlook Web App'),
    'dms': ('X-Mailer', 'Lindenhof DMS Ausgangspost 5.1'),
}

# ---------------------------------------------------------------- documents
FIXED_ZIP_TIME = (2026, 3, 2, 8, 30, 0)


def zip_bytes(members, time=FIXED_ZIP_TIME, store_first=False):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as zf:
        for k, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=time)
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if (store_first and k == 0) else zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode('utf-8')
            zf.writestr(zi, data)
    return bio.getvalue()


def _pdf_esc(s):
    out = []
    for c in s.encode('cp1252', 'replace'):
        if c in b'()\\':
            out.append('\\' + chr(c))
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(chr(c))
    return ''.join(out)


def pdf_bytes(lines, title='Dokument', author='Lindenhof Versicherungen', compress=True):
    """Minimal PDF 1.4, Helvetica/WinAnsi, one text line per Tj, real text layer."""
    wrapped = []
    for ln in lines:
        ln = ln.rstrip()
        while len(ln) > 95:
            cut = ln.rfind(' ', 0, 95)
            cut = cut if cut > 20 else 95
            wrapped.append(ln[:cut])
            ln = ln[cut:].lstrip()
        wrapped.append(ln)
    pages = [wrapped[k:k + 58] for k in range(0, len(wrapped), 58)] or [['']]
    page_ids = [5 + 2 * k for k in range(len(pages))]
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            ('<< /Type /Pages /Kids [%s] /Count %d >>' % (
                ' '.join('%d 0 R' % p for p in page_ids), len(pages))).encode(),
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            ("<< /Title (%s) /Author (%s) /Producer (Lindenhof DMS 5.1) "
             "/CreationDate (D:20260301080000+01'00') >>" % (_pdf_esc(title), _pdf_esc(author))).encode()]
    for k, pg in enumerate(pages):
        content = ['BT', '/F1 10 Tf', '13 TL', '56 790 Td']
        content += ['(%s) Tj T*' % _pdf_esc(ln) for ln in pg]
        content.append('ET')
        stream = '\n'.join(content).encode('latin-1')
        extra = ''
        if compress:
            stream = zlib.compress(stream, 9)
            extra = ' /Filter /FlateDecode'
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (page_ids[k] + 1)).encode())
        objs.append(('<< /Length %d%s >>\nstream\n' % (len(stream), extra)).encode() + stream + b'\nendstream')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % n + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offs:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%EOF\n' % (len(objs) + 1, xref)
    return out


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'<<([^>]*(?:>>[^>]*)*?)>>\s*stream\n(.*?)\nendstream', data, re.S):
        body = m.group(2)
        if b'/FlateDecode' in m.group(1):
            body = zlib.decompress(body)
        for s in re.finditer(rb'\(((?:\\.|[^\\()])*)\)\s*Tj', body, re.S):
            raw = s.group(1)
            raw = re.sub(rb'\\([0-7]{3})', lambda x: bytes([int(x.group(1), 8)]), raw)
            raw = re.sub(rb'\\(.)', rb'\1', raw)
            texts.append(raw.decode('cp1252'))
    return '\n'.join(texts)


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T08:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-01T08:00:00Z</dcterms:modified>'
        '</cp:coreProperties>')


def docx_bytes(blocks, title='Dokument', author='Lindenhof Versicherungen'):
    """blocks: str paragraphs, ('h', text) headings, ('table', rows)."""
    def para(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t))
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'h':
            body.append(para(b[1], True))
        elif isinstance(b, tuple) and b[0] == 'table':
            rows = ''.join('<w:tr>%s</w:tr>' % ''.join(
                '<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(str(c)) for c in r)
                for r in b[1])
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % rows)
        else:
            body.append(para(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % (W_NS, ''.join(body)))
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
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc),
                      ('docProps/core.xml', CORE.format(title=xesc(title), author=xesc(author)))])


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(sheets, author='Lindenhof Versicherungen'):
    """sheets: list of (name, rows); numbers become numeric cells, the rest inline strings."""
    ws_xml = []
    for name, rows in sheets:
        rx = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                elif v is None or v == '':
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            rx.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
        ws_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % ''.join(rx))
    n = len(sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (k + 1) for k in range(n))
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
          + ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(nm), k + 1, k + 1) for k, (nm, _) in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (k + 1, k + 1) for k in range(n))
              + '</Relationships>')
    members = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
               ('xl/_rels/workbook.xml.rels', wbrels)]
    members += [('xl/worksheets/sheet%d.xml' % (k + 1), x) for k, x in enumerate(ws_xml)]
    members.append(('docProps/core.xml', CORE.format(title='Tabelle', author=xesc(author))))
    return zip_bytes(members)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"')


def _odf(kind, inner):
    mt = 'application/vnd.oasis.opendocument.' + kind
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>%s</office:body></office:document-content>'
               % (ODF_NS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    return zip_bytes([('mimetype', mt), ('META-INF/manifest.xml', manifest), ('content.xml', content)], store_first=True)


def odt_bytes(paras):
    return _odf('text', '<office:text>%s</office:text>' % ''.join('<text:p>%s</text:p>' % xesc(p) for p in paras))


def ods_bytes(name, rows):
    def cell(v):
        if isinstance(v, (int, float)):
            return '<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v)
        return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v))
    rx = ''.join('<table:table-row>%s</table:table-row>' % ''.join(cell(v) for v in r) for r in rows)
    return _odf('spreadsheet', '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (xesc(name), rx))


def csv_text(rows, delim=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def ics_text(uid, start, end, summary, location='', description='', organizer='', attendees=()):
    def fold(line):
        out = []
        b = line
        while len(b) > 73:
            out.append(b[:73])
            b = ' ' + b[73:]
        out.append(b)
        return '\r\n'.join(out)
    def e(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Lindenhof Versicherungen//Kalender 1.0//DE',
             'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:%s@%s' % (uid, DOM), 'DTSTAMP:20260301T070000Z',
             'DTSTART;TZID=Europe/Berlin:%s' % start, 'DTEND;TZID=Europe/Berlin:%s' % end,
             'SUMMARY:%s' % e(summary)]
    if location:
        lines.append('LOCATION:%s' % e(location))
    if description:
        lines.append('DESCRIPTION:%s' % e(description))
    if organizer:
        lines.append('ORGANIZER:mailto:%s' % organizer)
    for a in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:%s' % a)
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in lines) + '\r\n'


# attachment descriptors: dict(name, ctype, data, charset)
def A_pdf(name, lines, title=None, compress=True):
    return dict(name=name, ctype='application/pdf', data=pdf_bytes(lines, title or name, compress=compress))


def A_docx(name, blocks, title=None):
    return dict(name=name, ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                data=docx_bytes(blocks, title or name))


def A_xlsx(name, sheets):
    return dict(name=name, ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                data=xlsx_bytes(sheets))


def A_odt(name, paras):
    return dict(name=name, ctype='application/vnd.oasis.opendocument.text', data=odt_bytes(paras))


def A_ods(name, sheet, rows):
    return dict(name=name, ctype='application/vnd.oasis.opendocument.spreadsheet', data=ods_bytes(sheet, rows))


def A_csv(name, rows, charset='utf-8', delim=';', ctype='text/csv'):
    return dict(name=name, ctype=ctype, data=csv_text(rows, delim), charset=charset)


def A_ics(name, **kw):
    return dict(name=name, ctype='text/calendar', data=ics_text(**kw), charset='utf-8')


def A_html(name, markup, charset='utf-8'):
    return dict(name=name, ctype='text/html', data=markup, charset=charset)


def A_txt(name, text, charset='utf-8'):
    return dict(name=name, ctype='text/plain', data=text, charset=charset)


def A_zip(name, members):
    """members: list of attachment descriptors (or (name, bytes))."""
    flat = []
    for m in members:
        if isinstance(m, dict):
            d = m['data']
            if isinstance(d, str):
                d = d.encode(m.get('charset', 'utf-8'))
            flat.append((m['name'], d))
        else:
            flat.append(m)
    return dict(name=name, ctype='application/zip', data=zip_bytes(flat))


def A_eml(frm, to, subject, date, text, mid, charset='utf-8', atts=(), cc=None):
    """A forwarded message attached as message/rfc822."""
    m = EmailMessage(policy=email.policy.SMTP)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = date
    m['Message-ID'] = mid
    m.set_content(text, charset=charset, cte='quoted-printable')
    for a in atts:
        _attach(m, a)
    fname = re.sub(r'[^\w .-]+', '', subject, flags=re.ASCII).strip()[:80] + '.eml'
    return dict(name=fname, ctype='message/rfc822', data=m)


def _attach(msg, a):
    mt, st = a['ctype'].split('/')
    if mt == 'message':
        msg.add_attachment(a['data'], filename=a['name'])
    elif isinstance(a['data'], str) and mt != 'text':
        msg.add_attachment(a['data'].encode(a.get('charset', 'utf-8')), maintype=mt, subtype=st,
                           filename=a['name'])
    elif isinstance(a['data'], str):
        cs = a.get('charset', 'utf-8')
        msg.add_attachment(a['data'], subtype=st, charset=cs, filename=a['name'],
                           cte='base64' if a.get('b64') else 'quoted-printable')
    else:
        msg.add_attachment(a['data'], maintype=mt, subtype=st, filename=a['name'])


# ---------------------------------------------------------------- people
STAFF = {}


def staff(key, name, addr, sig_de, sig_en=None):
    STAFF[key] = dict(name=name, addr=addr + '@' + DOM, de=sig_de, en=sig_en or sig_de)


FOOT_DE = """--
Lindenhof Krankenversicherung a.G. | Lindenhof Lebensversicherung AG |
Lindenhof Allgemeine Versicherung AG | Lindenhof Rechtsschutz AG
Am Lindenhof 1-5, 34121 Kassel | www.lindenhof-versicherung.example
Sitz Kassel, Amtsgericht Kassel HRB 70011 / HRB 70012 / HRB 70013 / HRB 70014
Vorsitzende des Vorstands: Dr. Ursula Kampmann | AR-Vorsitz: Henning Albers

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen
enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail
irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser E-Mail ist nicht gestattet."""

FOOT_EN = """--
Lindenhof Versicherungsgruppe | Am Lindenhof 1-5, 34121 Kassel, Germany
www.lindenhof-versicherung.example | Registered office: Kassel, HRB 70011-70014

This e-mail may contain confidential and/or privileged information. If you
are not the intended recipient (or have received this e-mail in error)
please notify the sender immediately and destroy this e-mail. Any
unauthorised copying, disclosure or distribution of the material in this
e-mail is strictly forbidden."""

FOOT_SHORT = """--
Lindenhof Versicherungen · Am Lindenhof 1-5 · 34121 Kassel
Pflichtangaben: www.lindenhof-versicherung.example/impressum"""

staff('weidemann', 'Katrin Weidemann', 'katrin.weidemann',
      'Mit freundlichen Grüßen\nKatrin Weidemann\nLeistungsabteilung Krankenversicherung\nTel. 0561 7088-4120 | Fax 0561 7088-4199')
staff('pfeiffer', 'Jonas Pfeiffer', 'jonas.pfeiffer',
      'Viele Grüße\nJonas Pfeiffer\nKundenservice\nLindenhof Versicherungen\nTel. 0561 7088-1000',
      'Kind regards\nJonas Pfeiffer\nCustomer Service\nLindenhof Versicherungen\nPhone +49 561 7088-1000')
staff('hoelscher', 'Dr. Miriam Hölscher', 'miriam.hoelscher',
      'Mit kollegialen Grüßen\nDr. med. Miriam Hölscher\nGesellschaftsärztin / Leitende Ärztin Risikoprüfung\nLindenhof Lebensversicherung AG',
      'Best regards\nDr. Miriam Hoelscher, MD\nChief Medical Officer\nLindenhof Lebensversicherung AG')
staff('brandt', 'Oliver Brandt', 'oliver.brandt',
      'Freundliche Grüße\nOliver Brandt\nRisikoprüfung Leben/BU\nDurchwahl -3215',
      'Regards\nOliver Brandt\nLife & Disability Underwriting\n+49 561 7088-3215')
staff('kowalczyk', 'Sandra Kowalczyk', 'sandra.kowalczyk',
      'Mit freundlichen Grüßen\n\nSandra Kowalczyk\nLeistung Leben / Berufsunfähigkeit\nLindenhof Lebensversicherung AG\nTelefon 0561 7088-3340')
staff('riedel', 'Thomas Riedel', 'thomas.riedel',
      'Gruß\nThomas Riedel\nKfz-Schaden, Team 2\n0561 7088-5230')
staff('demir', 'Aylin Demir', 'aylin.demir',
      'Freundliche Grüße\nAylin Demir\nSach- und Haftpflichtschaden\nLindenhof Allgemeine Versicherung AG\nTel. 0561 7088-5410',
      'Kind regards\nAylin Demir\nProperty & Liability Claims\nLindenhof Allgemeine Versicherung AG\n+49 561 7088-5410')
staff('osterkamp', 'Frank Osterkamp', 'frank.osterkamp',
      'Beste Grüße aus Kassel\nFrank Osterkamp\nMaklerbetreuung Nord/West\nMobil 0171 5550 2291',
      'Best regards from Kassel\nFrank Osterkamp\nBroker Relations\nMobile +49 171 5550 2291')
staff('carter', 'Emily Carter', 'emily.carter',
      'Best wishes,\nEmily Carter\nInternational Health Services\nLindenhof Krankenversicherung a.G.\nT +49 561 7088-4470',
      'Best wishes,\nEmily Carter\nInternational Health Services\nLindenhof Krankenversicherung a.G.\nT +49 561 7088-4470')
staff('frey', 'Daniel Frey', 'daniel.frey',
      'Viele Grüße\nDaniel Frey\nFirmenkunden bAV/bKV\nLindenhof Versicherungen',
      'Kind regards\nDaniel Frey\nCorporate Clients - Employee Benefits\nLindenhof Versicherungen')
staff('lammers', 'Heike Lammers', 'heike.lammers',
      'Herzliche Grüße\nHeike Lammers\nPersonalabteilung / HR Services\nDurchwahl -2104',
      'Best regards\nHeike Lammers\nHR Services\nExt. -2104')
staff('jaeger', 'Markus Jäger', 'markus.jaeger',
      'Gruß, Markus\n--\nMarkus Jäger | IT Service Desk | -7777',
      'Cheers, Markus\n--\nMarkus Jaeger | IT Service Desk | ext. 7777')
staff('sommer', 'Lea Sommer', 'lea.sommer',
      'Viele Grüße\nLea Sommer\nUnternehmenskommunikation\nTel. 0561 7088-1150',
      'Best\nLea Sommer\nCorporate Communications\n+49 561 7088-1150')
staff('hoffmeister', 'Bernd Hoffmeister', 'bernd.hoffmeister',
      'Mit freundlichen Grüßen\nBernd Hoffmeister\nKonzerndatenschutzbeauftragter\ndatenschutz@lindenhof-versicherung.example',
      'Kind regards\nBernd Hoffmeister\nGroup Data Protection Officer\ndatenschutz@lindenhof-versicherung.example')
staff('albrecht', 'Nina Albrecht', 'nina.albrecht',
      'Freundliche Grüße\nNina Albrecht\nZentraleinkauf\nTel. 0561 7088-2650')
staff('kruse', 'Sven Kruse', 'sven.kruse',
      'Mit freundlichen Grüßen\nSven Kruse\nSyndikusrechtsanwalt\nRechtsabteilung Lindenhof Versicherungen',
      'Yours sincerely\nSven Kruse\nIn-house Counsel\nLegal Department')
staff('mertens', 'Claudia Mertens', 'claudia.mertens',
      'Mit freundlichen Grüßen\nClaudia Mertens\nLindenhof Rechtsschutz AG - Schadenservice\nTel. 0561 7088-6120')
staff('novak', 'Paul Novak', 'paul.novak',
      'Mit freundlichen Grüßen\nPaul Novak\nReise- und Auslandsreisekrankenversicherung',
      'Kind regards\nPaul Novak\nTravel Insurance & Assistance\nLindenhof Versicherungen, Kassel')
staff('vogt', 'Ingrid Vogt', 'ingrid.vogt',
      'Viele Grüße\nIngrid Vogt\nAktuariat Kranken\n-4810',
      'Best regards\nIngrid Vogt\nHealth Actuarial\n-4810')
staff('wagner', 'Julian Wagner', 'julian.wagner',
      'Viele Grüße\nJulian Wagner\nRückversicherung',
      'Kind regards\nJulian Wagner\nReinsurance Management\nLindenhof Versicherungsgruppe\n+49 561 7088-2880')
staff('schreiber', 'Tanja Schreiber', 'tanja.schreiber',
      'Mit freundlichen Grüßen\nTanja Schreiber\nBeitragsbuchhaltung / Inkasso\nTel. 0561 7088-2310')
staff('haddad', 'Farid Haddad', 'farid.haddad',
      'Beste Grüße\nFarid Haddad\nCompliance & Betrugsprävention',
      'Best regards\nFarid Haddad\nCompliance & Fraud Prevention')
staff('kuehn', 'Marlene Kühn', 'marlene.kuehn',
      'Liebe Grüße\nMarlene Kühn\nCase Management Kranken / Pflege\n0561 7088-4650')
staff('lorenz', 'Stefan Lorenz', 'stefan.lorenz',
      'Mit freundlichen Grüßen\nStefan Lorenz\nBetrieb Sach/HUK - Vertrag\nTel. 0561 7088-5020')
staff('baumann', 'Greta Baumann', 'greta.baumann',
      'Viele Grüße\nGreta Baumann\nVertriebsunterstützung Leben\n-3120',
      'Best regards\nGreta Baumann\nLife Sales Support\next. 3120')

FUNC = {
    'leistung': ('Lindenhof Krankenversicherung - Leistungsservice', 'leistung-kranken'),
    'service': ('Lindenhof Kundenservice', 'kundenservice'),
    'portal': ('Lindenhof Kundenportal', 'noreply-portal'),
    'news': ('Lindenhof Versicherungen', 'newsletter'),
    'makler': ('Lindenhof Maklerservice', 'maklerservice'),
    'claims': ('Lindenhof International Claims', 'international-claims'),
    'kfz': ('Lindenhof Kfz-Schadenservice', 'schaden-kfz'),
    'hr': ('Lindenhof Personalabteilung', 'personal'),
    'presse': ('Lindenhof Presse', 'presse'),
    'it': ('Lindenhof IT Service Desk', 'it-servicedesk'),
    'leben': ('Lindenhof Lebensversicherung - Leistung', 'leistung-leben'),
    'datenschutz': ('Lindenhof Datenschutz', 'datenschutz'),
    'pflege': ('Lindenhof Pflegeversicherung', 'pflege'),
}


def sender(key):
    if key in STAFF:
        return '%s <%s>' % (STAFF[key]['name'], STAFF[key]['addr'])
    nm, loc = FUNC[key]
    return '%s <%s@%s>' % (nm, loc, DOM)


def sig(key, lang='de'):
    return STAFF[key][lang]


def addr(key):
    return STAFF[key]['addr'] if key in STAFF else FUNC[key][1] + '@' + DOM


# ---------------------------------------------------------------- mails
MAILS = []


def mail(label, lang, kind, reason, frm, to, subject, text=None, html=None, cc=None,
         charset='utf-8', cte='quoted-printable', atts=(), mailer='outlook', date=None,
         headers=(), reply_to=None, html_charset=None, html_cte=None):
    assert label in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')
    assert lang in ('de', 'en', 'mixed')
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm,
                      to=to if isinstance(to, (list, tuple)) else [to],
                      cc=cc if (cc is None or isinstance(cc, (list, tuple))) else [cc],
                      subject=subject, text=text, html=html, charset=charset, cte=cte,
                      atts=list(atts), mailer=mailer, date=date, headers=list(headers),
                      reply_to=reply_to, html_charset=html_charset or charset,
                      html_cte=html_cte or cte))


def T(s):
    """Dedent helper: strip the first newline and common indentation."""
    import textwrap
    return textwrap.dedent(s).lstrip('\n')


# ================================================================ MAILS
# Each mail is written on its own.  Numbers in the comments are the file numbers.

# 1
mail('NORMAL', 'de', 'internal',
     'trap: company-wide flu-vaccination invitation by the works doctor (Impfung, Betriebsarzt, Allergie) - no individual',
     'lammers', ['Alle Mitarbeitenden Kassel <alle-kassel@%s>' % DOM],
     'Grippeschutzimpfung 2026 – Termine beim Betriebsärztlichen Dienst',
     T('''
     Liebe Kolleginnen und Kollegen,

     auch in diesem Frühjahr bietet unser Betriebsärztlicher Dienst (Dr. Wenzel und Team,
     Haus B, 1. OG) eine Nachimpfung gegen Grippe an. Wer im Herbst verhindert war, kann
     sich jetzt noch impfen lassen.

     Termine: 10. und 11. März, jeweils 8:30 bis 12:00 Uhr
     Anmeldung: über das Intranet (Seite "Gesundheit im Betrieb") – keine Anmeldung per Mail!

     Bitte bringt euren Impfpass mit. Wer eine bekannte Allergie gegen Hühnereiweiß hat
     oder aktuell Fieber, spricht das bitte direkt beim Termin mit dem Arzt an und nicht
     mit uns in der Personalabteilung – wir erfahren davon nichts und das soll auch so sein.

     Die Impfung ist freiwillig und kostenlos, die Zeit gilt als Arbeitszeit.
     Den Kalendereintrag für die Aktion hänge ich zur Erinnerung an.

     ''') + sig('lammers') + '\n\n' + FOOT_SHORT + '\n',
     atts=[A_ics('Grippeschutzimpfung.ics', uid='grippe-2026-03', start='20260310T083000', end='20260310T120000',
                 summary='Grippeschutzimpfung Betriebsärztlicher Dienst (freiwillig)',
                 location='Haus B, 1. OG, Raum B1.14',
                 description='Bitte Impfpass mitbringen. Anmeldung über das Intranet.',
                 organizer='personal@' + DOM)])

# 2
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'health claim statement for a named insured; doctors, GOÄ items and diagnosis only in the PDF, body just says Leistungsabrechnung',
     'leistung', ['Herr Reinhard Schäfer <r.schaefer@posteingang.example>'],
     'Ihre Leistungsabrechnung vom 02.03.2026 – Versicherungsnummer KV 4471 2203 18',
     T('''
     Sehr geehrter Herr Schäfer,

     vielen Dank für die Einreichung Ihrer Belege. Die Abrechnung finden Sie im Anhang.
     Den erstattungsfähigen Betrag überweisen wir in den nächsten Tagen auf Ihr bekanntes
     Konto.

     Haben Sie Fragen? Sie erreichen uns montags bis freitags von 8 bis 18 Uhr.

     Mit freundlichen Grüßen
     Ihr Leistungsservice der Lindenhof Krankenversicherung a.G.

     ''') + FOOT_DE + '\n',
     mailer='dms',
     atts=[A_pdf('Leistungsabrechnung_KV44712203.pdf', [
         'Lindenhof Krankenversicherung a.G. - Leistungsabrechnung',
         '',
         'Versicherungsnehmer: Reinhard Schäfer, Kirchweg 12, 34253 Lohfelden',
         'Versicherte Person: Reinhard Schäfer, geb. 14.05.1961',
         'Versicherungsnummer: KV 4471 2203 18    Tarif: AM 90, SB 600 EUR',
         '',
         'Beleg  Leistungserbringer                       Datum       Betrag     erstattet',
         '1      Dr. med. S. Ohlendorf, Orthopädie        05.02.2026  212,47     191,22',
         '       GOÄ 1, 5, 3306 (Chirotherapie), 5105 (Röntgen LWS)',
         '       Diagnose: M54.5 G Kreuzschmerz, M51.1 G lumbaler Bandscheibenschaden',
         '2      Physiopraxis am Bergpark, 6x KG            10.02.2026  198,00     178,20',
         '3      Löwen-Apotheke, Ibuprofen 600 (PZN 01234567) 06.02.2026  14,30    12,87',
         '',
         'Summe erstattet: 382,29 EUR  (Selbstbehalt 2026 bereits ausgeschöpft: 600,00 EUR)',
         'Auszahlung auf: ' + IB['schaefer'],
         '',
         'Hinweis: Für die Krankengymnastik ab der 7. Sitzung benötigen wir eine neue Verordnung.'])])

# 3
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'motor claim of a named customer (claim no., plate), explicitly nobody injured',
     'riedel', ['Simone Kranz <simone.kranz@webmail-de.example>'],
     'Schaden KF-2026-018834 / KS-LH 482 – Auffahrunfall vom 24.02.',
     T('''
     Hallo Frau Kranz,

     danke für Ihren Anruf heute früh und die Fotos. Kurz zusammengefasst, wie wir das
     jetzt machen:

     - Sie sind am 24.02.2026 an der Ampel Holländische Straße aufgefahren, bei Ihnen und
       beim Unfallgegner ist laut Ihrer Schilderung niemand verletzt worden.
     - Den Schaden am anderen Fahrzeug (Kennzeichen KS-RT 1190, Halterin Frau Dorn)
       reguliert Ihre Kfz-Haftpflicht direkt. Sie müssen dazu nichts weiter tun.
     - Ihren eigenen Frontschaden am Golf (KS-LH 482) übernimmt die Vollkasko abzüglich
       300 EUR Selbstbeteiligung. Der Gutachter Herr Siebert meldet sich wegen eines
       Besichtigungstermins.

     Wegen des Schadenfreiheitsrabatts: Sie können den Haftpflichtschaden innerhalb von
     sechs Monaten nach Regulierung selbst erstatten, dann bleibt Ihre SF-Klasse erhalten.
     Die Summe teilen wir Ihnen dann mit.

     ''') + sig('riedel') + '\n\n' + FOOT_DE + '\n',
     charset='iso-8859-1', mailer='outlook')

# 4
mail('NORMAL', 'en', 'insurer-to-partner',
     'trap: aggregated disability incidence by ICD-10 chapter and age band for the reinsurer, no individuals, small cells merged',
     'wagner', ['Dr. Hannah Leclerc <h.leclerc@meridian-re.example>'],
     'Lindenhof DI portfolio - incidence by ICD chapter 2021-2025 (treaty renewal)',
     T('''
     Dear Hannah,

     As promised in Monday's call, please find attached the disability income (BU)
     claims incidence for our in-force portfolio, split by ICD-10 chapter and age band.
     A few notes on the figures:

       * Exposure is in policy years, incidence per 1,000.
       * Cells with fewer than 5 claims are merged into "other" - so no single case
         can be re-identified. Please don't ask us to split them again ;-)
       * Chapter F (mental and behavioural disorders) is again the largest cause at
         34 % of new claims, followed by M (musculoskeletal) at 22 % and C (neoplasms)
         at 14 %. The shift towards F is in line with the market.

     We'd like to discuss the experience-rating clause for 2027 on the basis of these
     numbers. Would 19 March, 14:00 CET work for a video call?

     ''') + sig('wagner', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_xlsx('DI_incidence_by_ICD_chapter_2021-2025.xlsx', [
         ('Incidence', [
             ['ICD-10 chapter', 'Description', 'Age 18-39', 'Age 40-49', 'Age 50-67', 'Claims total', 'Share'],
             ['F', 'Mental and behavioural disorders', 1.21, 2.05, 2.88, 412, 0.34],
             ['M', 'Musculoskeletal system', 0.44, 1.12, 2.61, 266, 0.22],
             ['C', 'Neoplasms', 0.18, 0.71, 1.94, 170, 0.14],
             ['I', 'Circulatory system', 0.05, 0.38, 1.47, 109, 0.09],
             ['G', 'Nervous system', 0.21, 0.33, 0.58, 85, 0.07],
             ['other', 'merged chapters (<5 claims per cell)', 0.39, 0.52, 0.96, 170, 0.14]]),
         ('Exposure', [
             ['Year', 'Policy years', 'New claims'],
             [2021, 118340, 221], [2022, 121904, 236], [2023, 124611, 240],
             [2024, 127220, 254], [2025, 129876, 261]])])])

# 5
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'pre-authorisation of an MRI for a named expat insured, knee injury and suspected meniscus tear',
     'carter', ['Mr Thomas Mills <tom.mills@harbourline.example>'],
     'Pre-authorisation approved - MRI left knee (member no. IH-30017742)',
     T('''
     Dear Mr Mills,

     Thank you for sending the referral from Dr Patel. I'm pleased to confirm that we
     will cover the MRI scan of your left knee at Frankfurt Radiology Centre under your
     International Health Plan (member no. IH-30017742).

     Approved:      MRI left knee, without contrast, 1 session
     Reason:        suspected medial meniscus tear after a skiing fall on 21 Feb 2026
     Valid until:   30 April 2026
     Direct billing: yes - the centre will invoice us directly, you pay nothing up front.

     If the scan confirms the tear and surgery (arthroscopy) is recommended, please send
     us the report before booking the operation so that we can issue a separate
     guarantee of payment for the hospital stay.

     Get well soon,

     ''') + sig('carter', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 6
mail('NORMAL', 'de', 'insurer-to-supplier',
     'trap: print order for the customer flyer "So reichen Sie Arztrechnungen ein" - health words, invoice/bank data of the insurer only',
     'albrecht', ['Auftragsannahme Druckerei Habermann <auftrag@druckerei-habermann.example>'],
     'Bestellung 4500118732 – Flyer "Arztrechnungen einreichen" und Rückumschläge',
     T('''
     Sehr geehrte Damen und Herren,

     hiermit bestellen wir gemäß Ihrem Angebot AN-2026-0211 vom 18.02.2026:

     Pos. 1  Flyer DIN lang, 6-seitig, Wickelfalz, 4/4-farbig
             "So reichen Sie Arztrechnungen, Rezepte und Heil- und Kostenpläne ein"
             Auflage 40.000 Stk.                                     2.184,00 EUR
     Pos. 2  Rückumschläge C5 mit Fenster, Aufdruck
             "Leistungsbelege – Lindenhof Krankenversicherung", Porto zahlt Empfänger
             Auflage 60.000 Stk.                                     1.962,00 EUR

     Liefertermin: KW 13, frei Haus an Poststelle Haus A, Rampe 2.
     Rechnung bitte mit Bestellnummer an rechnungseingang@lindenhof-versicherung.example;
     Zahlung wie immer 14 Tage 2 % Skonto von unserem Konto bei der Kasseler Bankhaus AG.

     Die Druckdaten (PDF/X-4) stellt Ihnen Frau Sommer aus der Unternehmenskommunikation
     bis Freitag über den bekannten Austauschserver bereit. Bitte vor Druck einen
     Proof an sie.

     ''') + sig('albrecht') + '\n\n' + FOOT_DE + '\n',
     charset='windows-1252', mailer='outlook')

# 7
mail('CONFIDENTIAL', 'en', 'internal',
     'salary increase and new annual salary of a named employee (income data, HR)',
     'lammers', ['Julian Wagner <julian.wagner@%s>' % DOM],
     'Salary review 2026 - Ben Okafor',
     T('''
     Hi Julian,

     the salary review for your team has been approved by the board. For Ben Okafor
     (pers. no. 20 417) the result is:

       current annual salary   EUR 68,400
       increase                4.5 % (merit) + EUR 1,200 market adjustment
       new annual salary       EUR 72,678, effective 1 April 2026
       variable bonus target   10 % (unchanged)

     Please let Ben know in your 1:1 before the letter goes out on 20 March - he will
     see it on his April payslip. Just a reminder that these figures stay between you,
     Ben and HR.

     ''') + sig('lammers', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 8
mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'underwriting of a named BU applicant: hypertension, BMI, knee surgery, proposed loading and exclusion',
     'hoelscher', ['Oliver Brandt <oliver.brandt@%s>' % DOM],
     'AW: BU-Antrag 2026-BU-07731 Lindner, Markus – bitte ärztliche Einschätzung',
     T('''
     Hallo Herr Brandt,

     meine Einschätzung zum Antrag Lindner (geb. 03.09.1984, Elektroniker, BU-Rente
     1.500 EUR mtl.):

     1. Arterielle Hypertonie (I10.90), seit 2022 mit Ramipril 5 mg gut eingestellt,
        letzte Werte laut Hausarzt 132/84. BMI 29,4. -> Zuschlag 25 % vertretbar.
     2. Z.n. Arthroskopie rechtes Knie 2023 (Meniskusteilresektion), seither
        beschwerdefrei, volle Belastbarkeit laut Bericht Dr. Ohlendorf.
        -> Ausschluss "Erkrankungen und Verletzungen des rechten Kniegelenks"
           für die ersten 5 Jahre, danach auf Antrag Überprüfung.
     3. Die angegebene "Gesprächstherapie 2019" (6 Sitzungen nach Trennung) sehe ich
        als abgeschlossen an, keine Maßnahme.

     Bitte so votieren; falls der Makler um einen Verzicht auf den Knie-Ausschluss bittet,
     bräuchte ich einen aktuellen Befund mit Funktionsprüfung.

     > Von: Oliver Brandt
     > Gesendet: Dienstag, 3. März 2026 10:12
     > Betreff: BU-Antrag 2026-BU-07731 Lindner, Markus – bitte ärztliche Einschätzung
     >
     > Liebe Frau Dr. Hölscher, anbei die Gesundheitsangaben und der Hausarztbericht
     > zum Antrag Lindner. Wie sehen Sie Blutdruck und Knie? Danke, O. Brandt

     ''') + sig('hoelscher') + '\n',
     mailer='outlook')

# 9
_nl_html = T('''
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Lindenhof Gesundheitsbrief</title></head>
<body style="font-family:Arial,sans-serif;color:#1d3b2a">
<h1 style="color:#2e7d32">Lindenhof Gesundheitsbrief – März 2026</h1>
<p>Liebe Leserinnen und Leser,</p>
<p>der Frühling kommt – Zeit für ein paar Dinge, die man gern vor sich herschiebt.</p>
<h2>1. Vorsorge nicht vergessen</h2>
<p>Zahnreinigung, Hautkrebs-Screening, Check-up ab 35: In den meisten Lindenhof-Tarifen
sind Vorsorgeuntersuchungen ohne Selbstbehalt versichert. Welche Untersuchung in
welchem Alter sinnvoll ist, zeigt unsere Übersicht:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Untersuchung</th><th>ab Alter</th><th>Intervall</th><th>im Tarif AM 90</th></tr>
<tr><td>Professionelle Zahnreinigung</td><td>18</td><td>2x jährlich</td><td>bis 160 EUR/Jahr</td></tr>
<tr><td>Hautkrebs-Screening</td><td>35</td><td>alle 2 Jahre</td><td>100 %</td></tr>
<tr><td>Darmkrebs-Vorsorge (Koloskopie)</td><td>50</td><td>alle 10 Jahre</td><td>100 %</td></tr>
<tr><td>Mammographie-Screening</td><td>50</td><td>alle 2 Jahre</td><td>100 %</td></tr>
</table>
<h2>2. Heuschnupfen: was hilft wirklich?</h2>
<p>Unsere Ärztin im Gesundheitstelefon erklärt, wann eine Hyposensibilisierung sinnvoll ist
und welche Kosten wir übernehmen. <a href="https://www.lindenhof-versicherung.example/gesundheit/allergie">Zum Artikel</a></p>
<h2>3. Neu in der Lindenhof-App</h2>
<p>Arztrechnungen fotografieren, hochladen, fertig – jetzt auch für Rezepte und Heil- und
Kostenpläne beim Zahnarzt.</p>
<p style="font-size:11px;color:#666">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://news.lindenhof-versicherung.example/abmelden?l=gb2603">Abmelden</a> |
Lindenhof Versicherungen, Am Lindenhof 1-5, 34121 Kassel</p>
</body></html>
''')
mail('NORMAL', 'de', 'newsletter',
     'trap: customer newsletter on check-ups, skin-cancer screening, hay fever with a table - generic health content, no person',
     'news', ['Lindenhof Gesundheitsbrief <gesundheitsbrief@news.%s>' % DOM],
     'Ihr Gesundheitsbrief im März: Vorsorge, Heuschnupfen und die neue App-Funktion',
     T('''
     Lindenhof Gesundheitsbrief – März 2026

     Liebe Leserinnen und Leser,

     der Frühling kommt – Zeit für ein paar Dinge, die man gern vor sich herschiebt.

     1. VORSORGE NICHT VERGESSEN
     Zahnreinigung, Hautkrebs-Screening, Check-up ab 35: In den meisten Lindenhof-Tarifen
     sind Vorsorgeuntersuchungen ohne Selbstbehalt versichert.
       Professionelle Zahnreinigung   ab 18   2x jährlich     bis 160 EUR/Jahr
       Hautkrebs-Screening            ab 35   alle 2 Jahre    100 %
       Darmkrebs-Vorsorge             ab 50   alle 10 Jahre   100 %
       Mammographie-Screening         ab 50   alle 2 Jahre    100 %

     2. HEUSCHNUPFEN: WAS HILFT WIRKLICH?
     https://www.lindenhof-versicherung.example/gesundheit/allergie

     3. NEU IN DER LINDENHOF-APP
     Arztrechnungen fotografieren, hochladen, fertig.

     Abmelden: https://news.lindenhof-versicherung.example/abmelden?l=gb2603
     '''), html=_nl_html, mailer='newsletter',
     headers=[('List-Unsubscribe', '<https://news.%s/abmelden?l=gb2603>, <mailto:abmelden@news.%s>' % (DOM, DOM)),
              ('Precedence', 'bulk')])

# 10
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'household burglary claim of a named customer with payout amount and her IBAN',
     'demir', ['Frau Derya Özdemir <derya.oezdemir@mailbox.example>'],
     'Ihr Hausratschaden HR-2026-004417 – Entschädigung',
     T('''
     Sehr geehrte Frau Özdemir,

     wir haben die Unterlagen zu dem Einbruch in Ihre Wohnung in der Wilhelmshöher Allee
     vom 8. Februar geprüft. Die Polizei hat uns die Ermittlungsakte (Tgb.-Nr.
     0417/26) inzwischen zur Verfügung gestellt.

     Entschädigung:
       Laptop (Neuwert lt. Rechnung)           1.149,00 EUR
       Schmuck (Wertsachengrenze 20 %)         2.300,00 EUR
       Reparatur Wohnungstür                     486,20 EUR
       Summe                                   3.935,20 EUR

     Den Betrag überweisen wir heute auf Ihr Konto
     IBAN {ib}, Kontoinhaberin Derya Özdemir.

     Sollte das gestohlene Fahrrad noch auftauchen, geben Sie uns bitte kurz Bescheid.

     '''.format(ib=IB['oezdemir'])) + sig('demir') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook')

# 11
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
     'request for a medical report on a named patient (lumbar disc, ICD code) with the signed confidentiality release attached',
     'weidemann', ['Praxis Dr. med. Sabine Ohlendorf <praxis@praxis-ohlendorf.example>'],
     'Anfrage Befundbericht – Ihre Patientin Ute Hartwig, geb. 22.11.1970',
     T('''
     Sehr geehrte Frau Dr. Ohlendorf,

     Ihre Patientin Frau Ute Hartwig, geb. 22.11.1970, wohnhaft Goethestraße 48 in
     34119 Kassel, ist bei uns krankheitskostenversichert. Sie hat eine stationäre
     Behandlung wegen eines lumbalen Bandscheibenvorfalls (M51.1) mit geplanter
     Nukleotomie beantragt.

     Zur Prüfung bitten wir Sie um einen kurzen Befundbericht:
       - Beginn der Beschwerden und bisherige konservative Therapie
       - neurologische Ausfälle (Paresen, Sensibilitätsstörungen)?
       - MRT-Befund vom Januar 2026

     Die Schweigepflichtentbindung von Frau Hartwig liegt bei. Für den Bericht vergüten
     wir Ihnen Nr. 75 GOÄ. Gern können Sie uns per Fax (0561 7088-4199) antworten oder
     den Bericht über das SecureMail-Portal hochladen.

     ''') + sig('weidemann') + '\n\n' + FOOT_DE + '\n',
     atts=[A_pdf('Schweigepflichtentbindung_Hartwig.pdf', [
         'Erklärung zur Entbindung von der Schweigepflicht',
         '',
         'Ich, Ute Hartwig, geb. 22.11.1970, Goethestraße 48, 34119 Kassel,',
         'Versicherungsnummer KV 5520 0918 04, entbinde die mich behandelnde Ärztin',
         'Dr. med. Sabine Ohlendorf, Fachärztin für Orthopädie, von der Schweigepflicht',
         'gegenüber der Lindenhof Krankenversicherung a.G., soweit es um die Behandlung',
         'meines Bandscheibenvorfalls ab Oktober 2025 geht.',
         '',
         'Kassel, 26.02.2026          gez. U. Hartwig'], compress=False)])

# 12
mail('NORMAL', 'en', 'internal',
     'trap: IT incident about the scanning line for doctors\' invoices ("Arztrechnungen", medical receipts) - no document content or person',
     'jaeger', ['Claims Operations Leads <claims-ops-leads@%s>' % DOM],
     'INC0048812 - scan line for medical receipts stuck since 06:40',
     T('''
     Hi all,

     quick heads-up: the inbound scanning line for medical receipts (doctors' invoices,
     prescriptions, dental treatment plans) has been stuck since 06:40 this morning.
     Root cause is the OCR cluster node OCR-03 - certificate on the queue expired
     overnight. Sorry about that.

     Impact:  ~3,100 envelopes from yesterday's post are scanned but not yet classified,
              so they won't show up in the claims workbaskets until we've fixed it.
     ETA:     11:30, we'll replay the queue afterwards (roughly 40 min).
     Nothing is lost, please don't re-scan anything.

     I'll update the ticket when it's green again.

     ''') + sig('jaeger', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='thunderbird')

# 13
mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
     'broker portfolio transfer: names, birth dates, addresses, plates and motor policy numbers only in the XLSX; body harmless',
     'osterkamp', ['Jens Voss <j.voss@voss-partner.example>'],
     'Bestandsübertragung Kfz – Liste zum Abgleich',
     T('''
     Moin Herr Voss,

     wie besprochen hier die Liste der Kfz-Verträge, die mit Ihrer Courtagezusage zum
     01.04. auf Ihre Vermittlernummer 41-0078 umgeschlüsselt werden. Bitte gleichen Sie
     mit Ihrem MVP ab und geben Sie mir bis 13.03. Bescheid, falls etwas nicht passt –
     Maklervollmachten haben wir für alle vorliegen.

     ''') + sig('osterkamp') + '\n',
     mailer='outlook',
     atts=[A_xlsx('Bestandsuebertragung_Kfz_Voss_2026-04.xlsx', [
         ('Verträge', [
             ['Vertragsnr.', 'VN Name', 'Vorname', 'geb.', 'PLZ', 'Ort', 'Kennzeichen', 'SF KH', 'Jahresbeitrag EUR'],
             ['KH 77 410 532', 'Brinkmann', 'Heiko', '12.01.1975', '34225', 'Baunatal', 'KS-HB 75', 'SF 22', 412.80],
             ['KH 77 410 877', 'Seidel', 'Anja', '30.06.1988', '34246', 'Vellmar', 'KS-AS 3006', 'SF 9', 588.15],
             ['KH 77 411 020', 'Kraft', 'Rüdiger', '07.03.1959', '34123', 'Kassel', 'KS-RK 59', 'SF 35', 301.44],
             ['KH 77 411 394', 'Meißner', 'Lisa', '19.10.1996', '34308', 'Bad Emstal', 'WOH-LM 19', 'SF 4', 891.02],
             ['KH 77 412 105', 'Yıldız', 'Emre', '02.02.1991', '34128', 'Kassel', 'KS-EY 221', 'SF 12', 643.70]])])])

# 14
mail('NORMAL', 'de', 'insurer-to-customer',
     'trap: prospect asked for dental supplementary cover info; generic product answer and brochure, no contract or health data (grey: prospect named)',
     'pfeiffer', ['Malte Jansen <malte.jansen@kabelmail.example>'],
     'AW: Infos Zahnzusatzversicherung',
     T('''
     Hallo Herr Jansen,

     gern schicke ich Ihnen die Informationen zu unseren Zahnzusatztarifen. Kurz
     zusammengefasst:

     ZahnPlus 70   70 % für Zahnersatz (Kronen, Brücken, Implantate), 100 % Prophylaxe
                   bis 120 EUR im Jahr
     ZahnPlus 90   90 % für Zahnersatz, Inlays und Wurzelbehandlungen, 100 % Prophylaxe
                   bis 200 EUR im Jahr, Kieferorthopädie für Kinder bis 18

     Wichtig: Bereits angeratene oder laufende Behandlungen sind nicht versichert, und in
     den ersten vier Jahren gibt es Leistungsgrenzen. Die genauen Beiträge hängen vom
     Eintrittsalter ab – den Rechner finden Sie unter
     https://www.lindenhof-versicherung.example/zahn/rechner

     Die Broschüre mit allen Details hängt an. Wenn Sie möchten, ruft Sie auch gern ein
     Berater aus Ihrer Nähe an.

     ''') + sig('pfeiffer') + T('''


     -----Ursprüngliche Nachricht-----
     Von: Malte Jansen <malte.jansen@kabelmail.example>
     Gesendet: Sonntag, 1. März 2026 20:41
     An: kundenservice@lindenhof-versicherung.example
     Betreff: Infos Zahnzusatzversicherung

     Hallo, können Sie mir Infos zu Ihren Zahnzusatzversicherungen schicken? Danke, M. Jansen
     '''),
     mailer='outlook',
     atts=[A_pdf('Broschuere_ZahnPlus_2026.pdf', [
         'ZahnPlus - Die Zahnzusatzversicherung der Lindenhof Krankenversicherung',
         '',
         'Warum eine Zahnzusatzversicherung?',
         'Die gesetzliche Krankenkasse zahlt beim Zahnersatz nur einen Festzuschuss. Bei',
         'einem Implantat mit Krone bleiben schnell 2.000 EUR und mehr Eigenanteil.',
         '',
         'Leistungen ZahnPlus 70 / ZahnPlus 90',
         'Zahnersatz: 70 % / 90 %    Zahnbehandlung: - / 90 %    Prophylaxe: 120 / 200 EUR',
         'Kieferorthopädie (Kinder bis 18, KIG 1-2): - / 80 %',
         '',
         'Leistungsbegrenzung: 1. Jahr 1.000 EUR, 1.-2. Jahr 2.000 EUR, 1.-4. Jahr 4.000 EUR.',
         'Keine Wartezeit, keine Gesundheitsfragen außer zu fehlenden Zähnen.',
         '',
         'Beispielbeitrag ZahnPlus 90, Eintrittsalter 30: 24,90 EUR monatlich.'])])

# 15
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'change of beneficiary in a named customer\'s life policy (life line, no medical word)',
     'leben', ['Herrn Gerhard Wolff <g.wolff@t-mail.example>'],
     'Lebensversicherung LV-2009-0448172 – Änderung des Bezugsrechts',
     T('''
     Sehr geehrter Herr Wolff,

     wir bestätigen Ihnen die Änderung des Bezugsrechts für Ihre kapitalbildende
     Lebensversicherung Nr. LV-2009-0448172 (Versicherungssumme 60.000 EUR, Ablauf
     01.12.2034).

     Bezugsberechtigt im Todesfall ist ab sofort widerruflich:
       Frau Petra Wolff-Reinhardt, geb. 17.04.1968 (Ehefrau)        zu 50 %
       Herr Lukas Wolff, geb. 09.08.1996 (Sohn)                     zu 50 %

     Die bisherige Regelung zugunsten Ihrer früheren Ehefrau ist damit aufgehoben. Für
     den Erlebensfall bleiben Sie selbst bezugsberechtigt.

     Einen Nachtrag zum Versicherungsschein senden wir Ihnen zusätzlich per Post.

     Mit freundlichen Grüßen
     Lindenhof Lebensversicherung AG
     Vertragsservice Leben

     ''') + FOOT_DE + '\n',
     charset='iso-8859-1', mailer='dms')

# 16
mail('NORMAL', 'mixed', 'internal',
     'trap: bilingual team-meeting agenda of International Health (claims backlog, pre-authorisations, dental) - no cases',
     'carter', ['Team International Health <team-ih@%s>' % DOM],
     'Agenda Teammeeting / team meeting Thursday 10:00',
     T('''
     Hallo zusammen / Hi everyone,

     kurze Agenda für Donnerstag (Raum C2.08 + Teams für Madrid und Lissabon):

     1. Rückstände / backlog: aktuell 412 offene Erstattungen, Ziel < 250 bis Monatsende
     2. Pre-authorisations: new checklist for MRI/CT and elective surgery abroad
        (Folien von Paul)
     3. Zahnbehandlung im Ausland – wann brauchen wir einen Heil- und Kostenplan?
        When do we ask for a translated treatment plan?
     4. Urlaubsplanung Ostern / Easter holiday cover
     5. AOB

     Bitte keine konkreten Fälle in den Chat schreiben – if we need to discuss a case,
     we'll do it in the claims system, not in Teams.

     Danke & see you Thursday,
     Emily
     '''),
     mailer='outlook')

# 17
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'travel cancellation claim of a named customer due to redundancy (job loss) - no health content; bank details for refund',
     'novak', ['Ms Claire Walsh <claire.walsh@postbox-ie.example>'],
     'Your trip cancellation claim RR-2026-00971 (redundancy)',
     T('''
     Dear Ms Walsh,

     Thank you for your documents. I'm sorry to hear about the loss of your job at
     Brightwater Logistics - your employer's letter of 12 February confirms that your
     position was made redundant, which is an insured reason under your travel
     cancellation policy (policy no. RR-4402187).

     We will reimburse the cancellation fees for your trip to Lisbon (29 March -
     5 April 2026):
        tour operator cancellation fee (40 %)     EUR 1,136.00
        less excess                                EUR   100.00
        payment                                    EUR 1,036.00

     Payment will be made to the account you gave us:
        {ib}  (account holder Claire Walsh)

     Best of luck with the new job search.

     '''.format(ib=IB['walsh'])) + sig('novak', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 18
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
     'guarantee of payment for a named German tourist admitted abroad with acute appendicitis (ICD K35.8), passport and policy data',
     'claims', ['Patient Services Hospital Costa Blanca <international@hcb-alicante.example>'],
     'Guarantee of payment - Mr Jörg Thiele, DOB 02/07/1958, admitted 04/03/2026',
     T('''
     Dear colleagues,

     Lindenhof Krankenversicherung a.G. hereby confirms cover under the travel health
     policy RK-7783201 for:

       Patient:        Jörg THIELE
       Date of birth:  02/07/1958
       Passport no.:   C4X9R71LM (Germany)
       Admission:      04/03/2026, emergency department
       Diagnosis:      acute appendicitis (K35.8) - laparoscopic appendectomy

     We guarantee payment of the medically necessary treatment up to EUR 15,000,
     including surgery, anaesthesia and up to 5 days' ward stay. Please send your
     invoice with the discharge report (English or Spanish) to this address.

     If the patient's condition requires a longer stay or a medical repatriation, our
     assistance partner GlobalCare Assist will contact your attending physician.

     Kind regards
     International Claims Team
     Lindenhof Krankenversicherung a.G.
     phone +49 561 7088-4477 (24/7)

     ''') + FOOT_EN + '\n',
     charset='utf-8', cte='base64', mailer='outlook')

# 19
mail('NORMAL', 'de', 'internal',
     'trap: monthly motor statistic on deer collisions by district and vehicle class - counts only, no plates or persons',
     'riedel', ['Leitung Kfz-Schaden <leitung-kfz-schaden@%s>' % DOM],
     'Wildunfälle Februar – Auswertung',
     T('''
     Hallo Michael,

     hier wie jeden Monat die Zahlen zu den Wildschäden (Teilkasko):

     Landkreis          Anzahl   Ø Schaden   Veränderung ggü. Vorjahr
     Kassel (LK)            96     3.410 €     +12 %
     Werra-Meißner          71     3.980 €     +4 %
     Schwalm-Eder           88     3.620 €     -3 %
     Waldeck-Frankenberg   104     4.150 €     +18 %
     Göttingen (Nds.)       39     3.270 €     -7 %

     Auffällig ist wieder Waldeck-Frankenberg, v.a. B252 und B253. Die meisten
     Schäden zwischen 5 und 8 Uhr. Ich würde im Kundenmagazin noch mal eine Warnung
     zu Wildwechsel im Frühjahr vorschlagen, Text könnte ich liefern.

     Details nach Fahrzeugklasse liegen wie immer auf dem Laufwerk unter
     K:\\Schaden\\Statistik\\2026\\02.

     Gruß
     Thomas
     '''),
     charset='windows-1252', mailer='outlook')

# 20
mail('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
     'liability recourse mandate: named tenant who caused water damage, addresses, claim numbers, amounts - property damage only',
     'demir', ['RA Dr. Felix Baumgart <baumgart@reuter-baumgart.example>'],
     'Mandat Regress – Wasserschaden Friedrich-Ebert-Str. 91, unser Az. WG-2025-11873',
     T('''
     Sehr geehrter Herr Dr. Baumgart,

     wir beauftragen Sie mit der Durchsetzung unserer Regressforderung aus übergegangenem
     Recht (§ 86 VVG) in folgender Sache:

     Versicherungsnehmerin: Hausverwaltung Krüger & Söhne GbR für WEG Friedrich-Ebert-Str. 91
     Schadentag: 14.11.2025
     Schädiger: Herr Dominik Haas, Mieter der Wohnung 3. OG links,
               Friedrich-Ebert-Str. 91, 34117 Kassel
     Hergang: Herr Haas hat die Waschmaschine während einer Urlaubsreise angeschlossen
              gelassen, der Zulaufschlauch ist geplatzt. Personen kamen nicht zu Schaden.
     Geleistete Entschädigung: 18.642,37 EUR (Trocknung, Estrich, Malerarbeiten, 2. OG)

     Herr Haas hat keine Privathaftpflichtversicherung und hat unsere Zahlungsaufforderung
     vom 20.01.2026 unbeantwortet gelassen. Bitte prüfen Sie auch, ob eine Ratenzahlung in
     Betracht kommt; laut Auskunft der Hausverwaltung ist er Auszubildender.

     Die Schadenakte (Gutachten, Rechnungen, Korrespondenz) stellen wir Ihnen über den
     Datenraum bereit.

     ''') + sig('demir') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook')

# 21
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'HTML-only letter: care level 3 of a named insured, care allowance table with payment dates (care insurance)',
     'pflege', ['Frau Irmgard Sommerfeld <irmgard.sommerfeld@posteingang.example>'],
     'Ihr Pflegegeld ab März 2026',
     html=T('''
     <html><head><meta charset="windows-1252"></head>
     <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
     <p>Sehr geehrte Frau Sommerfeld,</p>
     <p>nach der Begutachtung durch den Medizinischen Dienst am 12.02.2026 wurde bei
     Ihnen <b>Pflegegrad 3</b> festgestellt (bisher Pflegegrad 2). Die Pflege übernimmt
     weiterhin Ihre Tochter, Frau Anke Sommerfeld.</p>
     <p>Ihre Leistungen aus der privaten Pflegepflichtversicherung (Versicherungsnummer
     PV 3390 1157 22) im Überblick:</p>
     <table border="1" cellspacing="0" cellpadding="5">
     <tr style="background:#e8f0e8"><th>Leistung</th><th>ab</th><th>monatlich</th></tr>
     <tr><td>Pflegegeld Pflegegrad 3</td><td>01.02.2026</td><td>599,00 EUR</td></tr>
     <tr><td>Entlastungsbetrag</td><td>laufend</td><td>131,00 EUR</td></tr>
     <tr><td>Pflegehilfsmittel zum Verbrauch</td><td>laufend</td><td>42,00 EUR</td></tr>
     <tr><td>Nachzahlung Differenz Februar</td><td>einmalig</td><td>252,00 EUR</td></tr>
     </table>
     <p>Das Pflegegeld überweisen wir jeweils zum Monatsanfang auf Ihr Konto
     {ib}.</p>
     <p>Wegen der zunehmenden Sturzgefahr hat die Gutachterin außerdem einen
     Badewannenlift und einen Rollator empfohlen. Den Antrag dafür haben wir bereits
     vorbereitet – Sie müssen ihn nur unterschreiben.</p>
     <p>Mit freundlichen Grüßen<br>Ihre Lindenhof Pflegeversicherung<br>Team Pflegeleistungen</p>
     <p style="font-size:8pt;color:#777">Lindenhof Krankenversicherung a.G., Am Lindenhof 1-5, 34121 Kassel.
     Diese E-Mail kann vertrauliche Informationen enthalten.</p>
     </body></html>
     '''.format(ib=IB['sommerfeld'])),
     html_charset='windows-1252', html_cte='quoted-printable', mailer='dms')

# 22
mail('NORMAL', 'de', 'insurer-to-broker',
     'trap: one-time password for a new broker-portal user; grey: a credential, but no customer or personal data',
     'makler', ['Lena Hübner <l.huebner@finanzkontor-ems.example>'],
     'Ihr Zugang zum Lindenhof Maklerportal',
     T('''
     Guten Tag Frau Hübner,

     Ihr Makleradministrator hat für Sie einen Zugang zum Lindenhof Maklerportal
     eingerichtet (Vertragspartner: FinanzKontor Ems GmbH, Partnernummer 41-0312).

     Benutzername:      lhuebner.fke
     Einmal-Passwort:   Tq7-wRm4-Kx2p

     Das Einmal-Passwort ist 72 Stunden gültig. Beim ersten Anmelden unter
     https://makler.lindenhof-versicherung.example legen Sie ein eigenes Passwort und
     eine Sicherheitsfrage fest.

     Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.

     Lindenhof Maklerservice
     '''),
     charset='iso-8859-1', mailer='system')

# 23
mail('CONFIDENTIAL', 'de', 'broker',
     'internal forward of a broker\'s motor quote request: driver names, birth dates, licence dates, plate of a new customer',
     'osterkamp', ['Stefan Lorenz <stefan.lorenz@%s>' % DOM],
     'WG: Angebot Kfz Familie Ritter – kannst du das rechnen?',
     T('''
     Hi Stefan,

     kannst du mir das bis morgen mittag rechnen? Voss will den Kunden unbedignt, der
     Vorversicherer hat wohl kräftig erhöht. Danke!

     Frank

     ---------- Weitergeleitete Nachricht ----------
     Von: Jens Voss <j.voss@voss-partner.example>
     Datum: Mi., 4. März 2026 um 16:55
     Betreff: Angebot Kfz Familie Ritter
     An: Frank Osterkamp <frank.osterkamp@lindenhof-versicherung.example>

     Hallo Frank,

     bitte um Angebot KH + VK 500/150 ab 01.04.2026:

     Fahrzeug: Skoda Octavia Combi, HSN/TSN 8004/BLD, EZ 05/2023, 14.000 km/Jahr
     Kennzeichen: KS-AR 2204 (bleibt)
     VN/Halter: Andreas Ritter, geb. 22.04.1979, FS seit 1997, Ritterstraße 4, 34246 Vellmar
     weitere Fahrerin: Sabine Ritter, geb. 11.09.1981, FS seit 1999
     Sohn Jonas Ritter, geb. 03.01.2008, begleitetes Fahren seit 2025 – soll ab
     Januar auch fahren dürfen
     SF KH 18 / VK 16 beim Vorversicherer (Vertrag läuft zum 31.03. aus, gekündigt)
     Zahlweise jährlich, Lastschrift.

     Danke & Gruß
     Jens Voss
     Voss & Partner Versicherungsmakler
     '''),
     mailer='thunderbird')

# 24
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'body only "ist notiert"; the quoted customer mail names her psychotherapy, diagnosis F41.1 and number of sessions',
     'weidemann', ['Nadine Krüger <nadine.krueger@webmail-de.example>'],
     'AW: Frage zur Therapie',
     T('''
     Liebe Frau Krüger,

     danke, ist notiert – die Zusage für die weiteren Sitzungen kommt diese Woche per Post.

     Viele Grüße
     Katrin Weidemann

     > Am 05.03.2026 um 07:58 schrieb Nadine Krüger:
     > Hallo Frau Weidemann,
     > meine Therapeutin Frau Marquardt hat jetzt den Verlängerungsantrag geschickt,
     > nach den 24 Stunden Verhaltenstherapie braucht es wohl noch 16 weitere. Die
     > Diagnose ist weiter F41.1 (generalisierte Angststörung), ich bin aber seit
     > Januar wieder voll arbeitsfähig. Kann ich einfach weitermachen oder muss ich
     > auf Ihre Zusage warten? Meine Versicherungsnummer ist KV 6612 0043 71.
     > Danke, Nadine Krüger
     '''),
     mailer='thunderbird')

# 25
mail('NORMAL', 'en', 'insurer-to-supplier',
     'trap: SEPA test cases for the software vendor with the published example IBAN and fictitious "Erika Mustermann" data',
     'jaeger', ['Rahul Mehta <rahul.mehta@kontrast-it.example>'],
     'SEPA mandate module - regression test cases (release 4.12)',
     T('''
     Hi Rahul,

     attached are the regression test cases for the SEPA direct debit module. As agreed
     we only use synthetic data: the well-known example IBAN from the SEPA documentation
     ({ex}) and the usual dummy persons "Erika Mustermann" and "Max Mustermann".
     None of these are real customers, so the file can live in your Jira.

     Cases 07 and 08 are the interesting ones - the mandate date lies before the
     contract start and the old release accepted it silently.

     Please run them on the UAT environment (uat.lindenhof-versicherung.example) only.

     '''.format(ex=EXAMPLE_IBAN)) + sig('jaeger', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='thunderbird',
     atts=[A_csv('sepa_testcases_r4.12.csv', [
         ['case', 'account_holder', 'birth_date', 'iban', 'bic', 'mandate_date', 'contract_start', 'expected'],
         ['01', 'Erika Mustermann (fictitious)', '12.08.1964', EXAMPLE_IBAN.replace(' ', ''), 'TESTDEXXXXX', '2026-01-15', '2026-02-01', 'accept'],
         ['02', 'Max Mustermann (fictitious)', '01.01.1980', EXAMPLE_IBAN.replace(' ', ''), 'TESTDEXXXXX', '2026-01-15', '2026-02-01', 'accept'],
         ['07', 'Erika Mustermann (fictitious)', '12.08.1964', EXAMPLE_IBAN.replace(' ', ''), 'TESTDEXXXXX', '2025-12-01', '2026-02-01', 'reject: mandate before contract'],
         ['08', 'Max Mustermann (fictitious)', '01.01.1980', 'DE123456', '', '2026-01-15', '2026-02-01', 'reject: IBAN too short']],
         charset='us-ascii', delim=',')])

# 26
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'motor cover confirmation (eVB number) for a named expat customer with plate application and address',
     'pfeiffer', ['Luca Pereira <luca.pereira@mailbox.example>'],
     'Your eVB number for the registration of your car',
     T('''
     Dear Mr Pereira,

     welcome to Lindenhof! Here is your electronic insurance confirmation (eVB) for
     registering your car at the Kassel registration office (Zulassungsstelle):

        eVB number:        K7H4MQ2
        Policyholder:      Luca Pereira, Kölnische Straße 112, 34119 Kassel
        Vehicle:           Peugeot 308 SW, VIN VF3LBYHZPKS118273
        Requested plate:   KS-LP 308
        Cover:             third-party liability + comprehensive (excess EUR 300)
        Start:             on the day of registration

     Please take the eVB number, your passport, your registration certificate (Meldebescheinigung)
     and the Portuguese vehicle papers with you. The first premium of EUR 634.20 will be
     collected from your Portuguese account
     {ib}
     after registration.

     '''.format(ib=IB['pereira'])) + sig('pfeiffer', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='iso-8859-1', mailer='outlook')

# 27
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
     'bAV direct-insurance (life) list for an employer: named employees, birth dates, salary conversion and policy numbers in the XLSX',
     'frey', ['Petra Lindemann <p.lindemann@nh-logistik.example>'],
     'Direktversicherung Nordhessen Logistik – Beitragsliste April 2026',
     T('''
     Hallo Frau Lindemann,

     anbei die aktualisierte Beitragsliste für die Direktversicherungen Ihrer Mitarbeiter
     (Gruppenvertrag GV-8812) ab April. Neu aufgenommen sind Herr Nowak und Frau Fuchs,
     bei Herrn Okeke erhöht sich die Entgeltumwandlung wie gewünscht.

     Bitte die Werte in die Lohnabrechnung übernehmen und mir kurz bestätigen. Die
     Versicherungsscheine für die Neuzugänge gehen nächste Woche direkt an die
     Mitarbeiter.

     ''') + sig('frey') + '\n',
     mailer='outlook',
     atts=[A_xlsx('GV-8812_Beitragsliste_2026-04.xlsx', [
         ('April 2026', [
             ['Pers.-Nr.', 'Name', 'Vorname', 'geb.', 'Vertrag', 'Entgeltumwandlung EUR', 'AG-Zuschuss EUR', 'Beitrag gesamt EUR'],
             ['1043', 'Okeke', 'Chinedu', '14.02.1987', 'DV-2019-22871', 250.00, 37.50, 287.50],
             ['1107', 'Hartmann', 'Sabine', '30.05.1972', 'DV-2016-11402', 150.00, 22.50, 172.50],
             ['1188', 'Nowak', 'Piotr', '08.11.1993', 'DV-2026-03355', 100.00, 15.00, 115.00],
             ['1201', 'Fuchs', 'Jana', '21.07.1999', 'DV-2026-03356', 80.00, 12.00, 92.00],
             ['0917', 'Brenner', 'Klaus', '03.03.1964', 'DV-2011-07719', 302.00, 45.30, 347.30]])])])

# 28
mail('NORMAL', 'de', 'internal',
     'trap: data-protection note on retention periods for health data, tables with "Gesundheitsdaten", "Diagnosen", "Arztberichte" - no person',
     'hoffmeister', ['Führungskräfte Leistung Kranken/Leben <fk-leistung@%s>' % DOM],
     'Löschkonzept: Aufbewahrungsfristen für Leistungsakten – bitte bis 31.03. umsetzen',
     T('''
     Liebe Führungskräfte,

     die Prüfung im Herbst hat gezeigt, dass in einigen Teams Gesundheitsdaten deutlich
     länger aufbewahrt werden als nötig. Bitte stellt sicher, dass ab April folgende
     Fristen im DMS und in den Gruppenlaufwerken eingehalten werden:

     Dokumentart                                    Frist                 Grundlage
     Arztrechnungen, Rezepte (nach Erstattung)      10 Jahre              § 147 AO
     Arztberichte, Gutachten, Diagnosen             10 Jahre nach Ende    § 195/199 BGB
                                                    des Vertrags
     Anträge mit Gesundheitsfragen (abgelehnt)      3 Jahre               Verjährung
     Schweigepflichtentbindungen                    mit der Akte          -
     Kopien/Ausdrucke in Handakten, Outlook-Ordner  sofort löschen        Art. 5 DSGVO

     Besonders der letzte Punkt: Arztberichte haben in persönlichen Postfächern
     und auf K:\\ nichts zu suchen. Nach dem 31.03. laufen automatische Scans.

     Fragen gern an mich oder ins Datenschutz-Postfach.

     ''') + sig('hoffmeister') + '\n',
     mailer='outlook')

# 29
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
     'facultative reinsurance submission: applicant name, DOB, sum assured and full medical history only in the attached PDF',
     'wagner', ['Facultative Underwriting <fac.life@meridian-re.example>'],
     'Fac submission LV-2026-11820 - term life EUR 2.5m',
     T('''
     Dear colleagues,

     please find attached our facultative submission for a term life case above our
     retention (EUR 750k). Sum assured EUR 2.5m, term 20 years, non-smoker.

     Our CMO's summary is in section 3 of the file, the full medical reports will
     follow via your secure upload as usual. We'd appreciate an indication by
     13 March as the broker is pushing for a quick answer.

     ''') + sig('wagner', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_pdf('Fac_submission_LV-2026-11820.pdf', [
         'LINDENHOF LEBENSVERSICHERUNG AG - FACULTATIVE SUBMISSION',
         '',
         '1. Life assured',
         '   Name: Dr. Konstantin Ahrens     Date of birth: 27 June 1971     Sex: male',
         '   Occupation: managing partner, engineering consultancy (office-based)',
         '   Annual income: EUR 410,000',
         '',
         '2. Cover',
         '   Term life, sum assured EUR 2,500,000, term 20 years, level premium',
         '   Purpose: key-person / loan security (KfW financing)',
         '',
         '3. Medical summary (Dr. M. Hölscher, CMO)',
         '   - Type 2 diabetes mellitus (E11.9) since 2019, metformin 1000 mg bid, HbA1c 6.8 %',
         '   - Hyperlipidaemia, atorvastatin 20 mg; LDL 96 mg/dl',
         '   - Coronary CT 2024: calcium score 112, no stenosis > 30 %',
         '   - Family history: father myocardial infarction at 58',
         '   - BMI 28.1, blood pressure 128/82',
         '   Our proposal: +75 % extra mortality; no exclusions.'])])

# 30
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'returned direct debit for a named customer\'s motor policy, reminder with amount, masked IBAN and fees',
     'schreiber', ['Herr Marcel Becker <marcel.becker83@mailbox.example>'],
     'Zahlungserinnerung Kfz-Versicherung KH 77 398 114 – Rücklastschrift',
     T('''
     Sehr geehrter Herr Becker,

     leider konnte der Beitrag für Ihre Kfz-Versicherung (Vertrag KH 77 398 114,
     Fahrzeug KS-MB 830) zum 01.03.2026 nicht von Ihrem Konto
     DE87 **** **** **** **77 55 eingezogen werden. Die Bank hat die Lastschrift mit
     dem Grund "Konto erloschen" zurückgegeben.

     Offener Betrag:      217,40 EUR
     Rücklastschriftgebühr:  3,50 EUR
     Gesamt:              220,90 EUR

     Bitte überweisen Sie den Betrag bis zum 20.03.2026 auf unser Konto
     {own} (Verwendungszweck: KH 77398114) oder teilen Sie uns Ihre neue
     Bankverbindung mit. Nach Ablauf der Frist sind wir leider gesetzlich verpflichtet,
     Sie nach § 38 VVG zu mahnen; im Schadenfall könnte dann kein Versicherungsschutz
     bestehen.

     '''.format(own=IB['lindenhof'])) + sig('schreiber') + '\n\n' + FOOT_DE + '\n',
     charset='windows-1252', mailer='dms')

# 31
_exp_html = T('''
<html><body style="font-family:Georgia,serif;max-width:640px">
<h2>Lindenhof Expat Health News - Spring 2026</h2>
<p>Dear members,</p>
<p><b>Planning a move or a long trip?</b> Some vaccinations need several doses spread over
weeks, so start early. Our International Health Plans cover travel vaccinations recommended
by the national health authority of your destination up to EUR 300 per year.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Region</th><th>Commonly recommended</th><th>Start at least</th></tr>
<tr><td>South-East Asia</td><td>Hepatitis A/B, Japanese encephalitis, rabies</td><td>6 weeks before</td></tr>
<tr><td>Sub-Saharan Africa</td><td>Yellow fever, typhoid, meningococcal</td><td>4 weeks before</td></tr>
<tr><td>South America</td><td>Yellow fever, hepatitis A, typhoid</td><td>4 weeks before</td></tr>
</table>
<p><b>Mental health support abroad:</b> our 24/7 helpline now offers video sessions with
English-, German- and Spanish-speaking psychologists - no referral needed.</p>
<p><b>New claims app:</b> snap your receipts in any currency; we convert at the ECB rate of
the treatment date.</p>
<p style="font-size:10px">Unsubscribe: <a href="https://news.lindenhof-versicherung.example/u?l=exp2603">click here</a>.
Lindenhof Krankenversicherung a.G., Am Lindenhof 1-5, 34121 Kassel, Germany.</p>
</body></html>
''')
mail('NORMAL', 'en', 'newsletter',
     'trap: expat newsletter on travel vaccinations, yellow fever, mental-health helpline, claims app - generic, no member data',
     'news', ['Expat Health News <expat-news@news.%s>' % DOM],
     'Expat Health News: vaccinations before you go, video therapy and faster claims',
     T('''
     Lindenhof Expat Health News - Spring 2026

     Dear members,

     Planning a move or a long trip? Some vaccinations need several doses spread over
     weeks, so start early. Our International Health Plans cover travel vaccinations
     up to EUR 300 per year.

       South-East Asia     Hepatitis A/B, Japanese encephalitis, rabies   6 weeks before
       Sub-Saharan Africa  Yellow fever, typhoid, meningococcal           4 weeks before
       South America       Yellow fever, hepatitis A, typhoid             4 weeks before

     Mental health support abroad: video sessions with psychologists, 24/7.
     New claims app: snap your receipts in any currency.

     Unsubscribe: https://news.lindenhof-versicherung.example/u?l=exp2603
     '''), html=_exp_html, charset='us-ascii', cte='7bit', html_charset='us-ascii', html_cte='quoted-printable',
     mailer='newsletter',
     headers=[('List-Unsubscribe', '<https://news.%s/u?l=exp2603>' % DOM), ('Precedence', 'bulk')])

# 32
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'dental treatment plan approval for a named expat member: crown and root canal on tooth 36, amounts',
     'carter', ['Sophie Dubois <sophie.dubois@courriel-fr.example>'],
     'RE: Treatment plan Dr Aydin - tooth 36',
     T('''
     Dear Ms Dubois,

     Thanks for forwarding Dr Aydin's treatment plan (Heil- und Kostenplan) of
     25 February. We have reviewed it with our dental consultant:

       - Root canal treatment, tooth 36 (3 canals)      EUR   684.30   covered 100 %
       - Ceramic crown (full zirconia), tooth 36       EUR 1,412.00   covered 80 %
       - Build-up filling                               EUR   138.75   covered 100 %

     Expected reimbursement: EUR 1,952.65. The remaining EUR 282.40 is your share under
     the dental module of your plan (member no. IH-30021567).

     Please submit the final invoice once the crown is fitted. No further approval is
     needed unless the dentist changes the plan (for example an implant instead of a crown).

     Best wishes,
     Emily

     -----Original Message-----
     From: Sophie Dubois <sophie.dubois@courriel-fr.example>
     Sent: 02 March 2026 21:14
     To: Emily Carter <emily.carter@lindenhof-versicherung.example>
     Subject: Treatment plan Dr Aydin - tooth 36

     Hello Emily, my dentist says the tooth is badly inflamed and needs a root canal and
     a crown. Plan attached. Is this covered? Sophie
     '''),
     charset='windows-1252', mailer='outlook')

# 33
mail('CONFIDENTIAL', 'en', 'internal',
     'refund run for overpaid property/motor premiums: named customers with IBANs and amounts, only in the CSV',
     'schreiber', ['Finance Payments <payments@%s>' % DOM],
     'Refund batch RB-2026-03-06 for release',
     T('''
     Hello payments team,

     please release refund batch RB-2026-03-06 (non-life, cancellations and
     overpayments), 6 payments, total EUR 1,903.18. File attached; the four-eyes check
     was done by Mr Lorenz.

     Thanks,
     Tanja Schreiber
     Premium Accounting
     '''),
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_csv('RB-2026-03-06.csv', [
         ['payee', 'iban', 'amount_eur', 'reference', 'reason'],
         ['Derya Özdemir', IB['oezdemir'].replace(' ', ''), '114.20', 'HR-5530182', 'household policy cancelled (move abroad)'],
         ['Marcel Becker', IB['becker_new'].replace(' ', ''), '388.00', 'KH77398114', 'double payment'],
         ['Claire Walsh', IB['walsh'].replace(' ', ''), '57.90', 'RR-4402187', 'premium adjustment'],
         ['Tobias Fuchs', IB['fuchs'].replace(' ', ''), '611.45', 'WG-3381720', 'buildings policy sold house'],
         ['Gerda Lindner', IB['lindner'].replace(' ', ''), '92.63', 'PH-7710294', 'liability policy, death of policyholder - refund to estate'],
         ['Hendrik van Dijk', IB['vandijk'].replace(' ', ''), '639.00', 'KH77402551', 'vehicle deregistered']],
         charset='windows-1252', ctype='application/vnd.ms-excel')])

# 34
mail('NORMAL', 'en', 'internal',
     'trap: security-awareness warning about a phishing mail disguised as a "medical report" with an IBAN change request - no real data',
     'jaeger', ['All staff <all-staff@%s>' % DOM],
     'WARNING: phishing mails "Your medical report / updated bank details"',
     T('''
     Dear colleagues,

     since this morning we've seen a wave of phishing mails with subjects like

        "Medical report for claim 2026-xxxx - please review"
        "Updated bank details for reimbursement (IBAN change)"

     They pretend to come from a doctor's practice or from a customer and carry a ZIP
     file called "Befund.zip" or "Arztbericht_scan.zip". The ZIP contains malware.

     What to do:
       1. Don't open the attachment, don't click links.
       2. Use the "Report phishing" button in Outlook.
       3. Never change a customer's bank details just because an e-mail asks for it -
          follow the call-back procedure in the claims manual.

     If you already opened such a file, unplug the network cable and call ext. 7777.

     ''') + sig('jaeger', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook', headers=[('Importance', 'high')])

# 35
mail('STRICTLY_CONFIDENTIAL', 'en', 'internal',
     'HR: named employee\'s severe disability (degree 50), hearing impairment and workplace adjustments',
     'lammers', ['Facility Management <facility@%s>' % DOM],
     'Workplace adjustment for Sarah Nowak (Room A3.12)',
     T('''
     Hi,

     Sarah Nowak from Customer Service (Room A3.12) has submitted her disability
     certificate (degree of disability 50, hearing impairment in both ears). The
     integration office has approved funding for the following adjustments:

       - inductive loop / Bluetooth headset compatible with her hearing aids
       - desk in the quieter corner by the window (swap with the printer station)
       - visual fire alarm (flashing light) in the room and the nearby toilets

     Could you please arrange this by the end of March? She is happy to talk to you
     directly about the details (ext. 1043). Please keep the reason to yourself -
     colleagues only need to know that the room is being rearranged.

     ''') + sig('lammers', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 36
mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
     'grey: D&O renewal terms for a named company with a named director being sued; commercial line, no health data',
     'osterkamp', ['Olivia Harcourt <o.harcourt@harcourt-lyle.example>'],
     'D&O renewal Wendt Maschinenbau AG - claim notification Mr Wendt',
     T('''
     Dear Olivia,

     thanks for the renewal submission for Wendt Maschinenbau AG (policy DO-2021-00417,
     limit EUR 10m). Before we can quote, we need a bit more on the matter you mentioned
     on the phone:

     - the insolvency administrator of the former subsidiary Wendt Antriebstechnik GmbH
       is claiming EUR 2.3m from Mr Ferdinand Wendt (CEO) for alleged late filing;
     - has a formal claim letter been received, and when exactly? It would fall under
       the current period if notified before 31 March.

     Renewal indication (subject to the above): premium EUR 38,500 p.a. (+8 %),
     retention for the company EUR 50k, insolvency exclusion for Wendt Antriebstechnik.

     ''') + sig('osterkamp', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 37
mail('NORMAL', 'de', 'insurer-to-hospital',
     'trap: draft framework agreement on direct billing with a hospital (Klinikum, Abrechnung, Wahlleistungen) - no patient data',
     'weidemann', ['Dr. Jörg Hellwig <j.hellwig@klinikum-fuldatal.example>'],
     'Entwurf Rahmenvereinbarung Direktabrechnung Wahlleistungen',
     T('''
     Sehr geehrter Herr Dr. Hellwig,

     wie im Termin am 26.02. besprochen, erhalten Sie anbei unseren Entwurf der
     Rahmenvereinbarung zur Direktabrechnung allgemeiner Krankenhausleistungen und
     Wahlleistungen (Chefarzt, Ein-/Zweibettzimmer) für Versicherte der Lindenhof
     Krankenversicherung.

     Offen sind aus unserer Sicht noch:
       - die Zimmerzuschläge für die neue Komfortstation (Ihr Vorschlag vs. PKV-Empfehlung)
       - die Übermittlung der Rechnungen elektronisch statt per Post
       - das Zahlungsziel (Sie: 14 Tage, wir: 30 Tage)

     Über Ihre Anmerkungen im Änderungsmodus freuen wir uns.

     ''') + sig('weidemann') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook',
     atts=[A_docx('Rahmenvereinbarung_Direktabrechnung_Entwurf_v3.docx', [
         ('h', 'Rahmenvereinbarung über die Direktabrechnung von Krankenhausleistungen'),
         'zwischen dem Klinikum Fuldatal gGmbH, Fuldaer Straße 200, 34125 Kassel (nachfolgend "Klinikum")',
         'und der Lindenhof Krankenversicherung a.G., Am Lindenhof 1-5, 34121 Kassel (nachfolgend "Versicherer")',
         ('h', '§ 1 Gegenstand'),
         'Das Klinikum rechnet allgemeine Krankenhausleistungen und vereinbarte Wahlleistungen für Versicherte '
         'des Versicherers unmittelbar mit diesem ab, sofern eine Kostenübernahmeerklärung vorliegt.',
         ('h', '§ 3 Zimmerzuschläge'),
         ('table', [['Leistung', 'Vorschlag Klinikum', 'Vorschlag Versicherer'],
                    ['Einbettzimmer Komfort', '142,00 EUR/Tag', '118,50 EUR/Tag'],
                    ['Zweibettzimmer Komfort', '71,00 EUR/Tag', '62,40 EUR/Tag']]),
         ('h', '§ 5 Datenschutz'),
         'Die Übermittlung von Rechnungen und Entlassungsberichten erfolgt ausschließlich verschlüsselt. '
         'Es gelten § 203 StGB und Art. 9 DSGVO.'])])

# 38
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'BU benefit decision for a named insured: depressive episode F32.1, expert report, monthly pension and backdated payment',
     'kowalczyk', ['Herr Daniel Hartwig <daniel.hartwig@t-mail.example>'],
     'Ihre Berufsunfähigkeitsrente – Vertrag BU-2015-118734',
     T('''
     Sehr geehrter Herr Hartwig,

     wir haben Ihren Antrag auf Leistungen aus der Berufsunfähigkeitsversicherung
     abschließend geprüft und freuen uns, Ihnen eine positive Nachricht geben zu können.

     Grundlage unserer Entscheidung sind der Bericht Ihres behandelnden Psychiaters
     Dr. Kessler, der Entlassungsbericht der Psychosomatischen Klinik am Edersee und das
     Gutachten von Prof. Dr. Ramelow vom 16.02.2026. Danach besteht bei Ihnen seit dem
     01.08.2025 eine mittelgradige depressive Episode (F32.1) mit erheblichen
     Konzentrations- und Antriebsstörungen. Ihre zuletzt ausgeübte Tätigkeit als
     Projektleiter im Anlagenbau können Sie zu mindestens 50 % nicht mehr ausüben.

     Wir erkennen unsere Leistungspflicht daher zunächst befristet bis 31.07.2027 an
     (§ 173 Abs. 2 VVG):
       - monatliche BU-Rente: 2.200,00 EUR
       - Beitragsbefreiung ab 01.08.2025
       - Nachzahlung für August 2025 bis Februar 2026: 15.400,00 EUR zzgl. erstatteter
         Beiträge von 1.132,60 EUR

     Die Nachzahlung überweisen wir in den nächsten Tagen auf Ihr Konto bei der
     Sparkasse ({ib}). Rechtzeitig vor Ablauf der Befristung melden wir uns
     wegen einer Nachprüfung.

     Wir wünschen Ihnen weiterhin gute Besserung.

     '''.format(ib=IB['hartwig'])) + sig('kowalczyk') + '\n\n' + FOOT_DE + '\n',
     charset='iso-8859-1', mailer='outlook')

# 39
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'legal-expenses cover for a named customer\'s dismissal-protection suit (employer, salary); no health reason given',
     'mertens', ['Herrn Kai Thiele <kai.thiele@webmail-de.example>'],
     'Deckungszusage Arbeitsrechtsschutz – Kündigungsschutzklage, Schaden RS-2026-02218',
     T('''
     Sehr geehrter Herr Thiele,

     für die Kündigungsschutzklage gegen Ihren Arbeitgeber, die Brauer Elektrotechnik GmbH,
     erteilen wir Ihnen Deckungszusage für die erste Instanz vor dem Arbeitsgericht Kassel
     (Rechtsschutzvertrag RS-771024, Baustein Arbeits-Rechtsschutz).

     Mitversichert sind die Gebühren Ihres Anwalts, Herrn RA Jochen Stahl, nach RVG auf
     Basis des Gegenstandswerts von drei Bruttomonatsgehältern (3 x 4.350 EUR =
     13.050 EUR). Die Selbstbeteiligung beträgt 150 EUR.

     Hinweis: Eine Abfindungsvereinbarung im Rahmen eines Vergleichs ist ebenfalls
     gedeckt; die Vergleichsgebühr übernehmen wir anteilig entsprechend der Quote.

     ''') + sig('mertens') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook')

# 40
mail('NORMAL', 'en', 'insurer-to-customer',
     'trap: automatic acknowledgement of the international-claims mailbox ("medical invoices", "diagnosis") - no personal data',
     'claims', ['Anna Moretti <anna.moretti@posta-it.example>'],
     'Automatic reply: claim documents',
     T('''
     Thank you for your e-mail to Lindenhof International Claims.

     This is an automatic confirmation - please do not reply to this message.

     We process claims in the order received, usually within 5 working days. To help us
     pay you quickly, please make sure your claim includes:
       * itemised medical invoices showing the diagnosis and treatment dates,
       * prescriptions for any medication,
       * your member number.

     For medical emergencies abroad call our 24/7 assistance line +49 561 7088-4477.

     Your data is handled in accordance with our privacy notice:
     https://www.lindenhof-versicherung.example/privacy

     Lindenhof Krankenversicherung a.G. - International Claims
     '''),
     charset='us-ascii', cte='7bit', mailer='system',
     headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
              ('In-Reply-To', '<CAF7q2w9x@posta-it.example>')])

# 41
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'critical-illness payout to a named policyholder after breast cancer diagnosis (C50.4), sum and bank account',
     'kowalczyk', ['Mrs Rachel Mills <rachel.mills@harbourline.example>'],
     'Your critical illness claim - payment confirmation',
     T('''
     Dear Mrs Mills,

     I am writing to confirm that your claim under your critical illness policy
     DD-2018-044571 has been accepted.

     The histology report from the Breast Centre at St. Elisabeth Hospital dated
     10 February 2026 confirms invasive ductal carcinoma of the left breast (ICD-10
     C50.4), which meets the policy definition of "cancer". The full sum insured of
     EUR 80,000 will be paid to your account {ib} within three working days.

     Your policy continues for the other covered conditions, and premiums are waived
     for the next 12 months as per section 7 of your terms.

     We know this is a difficult time. If you would like to speak to our care
     coordinator about second-opinion services or rehabilitation, just reply to this
     e-mail - there's no cost.

     With warm regards,

     Sandra Kowalczyk
     Life Claims, Lindenhof Lebensversicherung AG

     '''.format(ib=IB['mills'])) + FOOT_EN + '\n',
     mailer='outlook')

# 42
mail('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
     'grey: dog-liability claim of a named customer (his dog bit another dog), vet bill of the injured animal; bilingual',
     'demir', ['Michael O\'Brien <mobrien@postbox-ie.example>'],
     'Ihr Hundehaftpflicht-Schaden / your dog liability claim PH-2026-00342',
     T('''
     Sehr geehrter Herr O'Brien, dear Mr O'Brien,

     (English below)

     wir haben den Vorfall vom 27.02.2026 im Bergpark Wilhelmshöhe geprüft. Ihr Hund
     "Bruno" hat den Hund von Frau Gerlinde Bach gebissen; Menschen wurden nicht
     verletzt. Die Tierarztrechnung der Kleintierpraxis am Park über 486,90 EUR
     (Wundversorgung, Antibiotikum für das Tier) erstatten wir Frau Bach direkt aus
     Ihrer Hundehalterhaftpflicht (Vertrag PH-7733102). Eine Selbstbeteiligung fällt
     nicht an.

     ---

     We have reviewed the incident of 27 February 2026 in Bergpark Wilhelmshöhe. Your dog
     Bruno bit Mrs Bach's dog; no person was injured. We will pay the vet bill of
     EUR 486.90 directly to Mrs Bach under your dog owner's liability policy
     (PH-7733102). There is no excess to pay. Please keep Bruno on the lead in the park.

     ''') + sig('demir', 'en') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook')

# 43
mail('NORMAL', 'de', 'insurer-to-doctor',
     'trap: information letter to practices on GOÄ billing and uploading invoices via the portal - medical terms, no patient',
     'leistung', ['Praxis Dr. Kemal Aydin <info@zahnarzt-aydin.example>'],
     'Information für Praxen: Rechnungsupload und neue Hinweise zur GOZ-Abrechnung',
     T('''
     Sehr geehrte Damen und Herren,

     ab 1. April 2026 können Praxen Rechnungen für Lindenhof-Versicherte mit deren
     Einverständnis direkt über unser Praxisportal einreichen. Vorteile für Sie:
     schnellere Zahlung bei Abtretung, weniger Rückfragen, keine Papierpost.

     Häufige Rückfragen, die wir so vermeiden möchten:
       - Überschreitung des 2,3-fachen Satzes ohne patientenbezogene Begründung (§ 5 GOZ)
       - Analogberechnungen nach § 6 GOZ ohne Angabe der herangezogenen Position
       - Material- und Laborkosten ohne Beleg des Labors

     Eine Anleitung zur Registrierung finden Sie unter
     https://praxis.lindenhof-versicherung.example/registrierung

     Dies ist ein allgemeines Rundschreiben an alle Zahnarztpraxen in Nordhessen.

     Mit freundlichen Grüßen
     Lindenhof Krankenversicherung a.G.
     Leistungsservice / Team Praxiskommunikation

     ''') + FOOT_DE + '\n',
     charset='iso-8859-1', mailer='dms')

# 44
mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'HR: occupational reintegration (BEM) of a named employee after 9 weeks sick leave for lumbar disc surgery',
     'lammers', ['Dr. Tobias Wenzel <tobias.wenzel@%s>' % DOM],
     'BEM Herr Kuhnert – Termin und Wiedereingliederung',
     T('''
     Hallo Herr Dr. Wenzel,

     Herr Malte Kuhnert aus der Poststelle war seit dem 5. Januar arbeitsunfähig. Er hat uns
     von sich aus erzählt, dass er an der Bandscheibe (L4/L5) operiert wurde und jetzt
     aus der Reha in Bad Wildungen zurück ist. Er hat dem BEM-Verfahren schriftlich
     zugestimmt.

     Vorschlag Wiedereingliederung nach Hamburger Modell ab 16.03.:
       2 Wochen 4 Std./Tag, 2 Wochen 6 Std./Tag, dann voll
       kein Heben über 10 kg, Postwagen nur mit Hilfe

     Können Sie am 12.03. um 10 Uhr am BEM-Gespräch teilnehmen? Die Schwerbehinderten-
     vertretung ist ebenfalls eingeladen.

     ''') + sig('lammers') + '\n',
     mailer='outlook')

# 45
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'bicycle theft claim of a named customer: frame number, address, settlement amount',
     'demir', ['Hendrik van Dijk <hendrik@vandijk-mail.example>'],
     'Your bicycle theft claim HR-2026-005120',
     T('''
     Dear Mr van Dijk,

     we've received the police report (Kassel police, ref. 2026/118834) about the theft
     of your e-bike from the bike shed at Frankfurter Straße 36 on the night of
     1 March. Your household policy HR-6610233 includes bicycle theft up to EUR 3,000
     with the "Fahrrad Plus" module, so the 22:00-06:00 night-time clause does not apply.

        Bike:            Gazelle Ultimate C380, frame no. GZ2384417K
        Purchase price:  EUR 2,899 (invoice 14 May 2024)
        Settlement:      EUR 2,464.15 (replacement value minus 15 % for age)

     We'll transfer the amount to your Dutch account ending in ...02 771 within the
     next few days. If the bike turns up, please let us know.

     ''') + sig('demir', 'en') + '\n',
     charset='utf-8', cte='8bit', mailer='thunderbird')

# 46
mail('NORMAL', 'de', 'internal',
     'trap: actuarial trigger analysis for premium adjustment per health tariff (Leistungsausgaben, Krankheitskosten) in an ODS - aggregates only',
     'vogt', ['Arbeitskreis Beitragsanpassung <ak-ba@%s>' % DOM],
     'BAP 2027: auslösende Faktoren je Tarif – Stand Februar',
     T('''
     Hallo zusammen,

     anbei die vorläufigen auslösenden Faktoren (Versicherungsleistungen, § 155 VAG) für
     die Beitragsanpassung 2027 auf Basis der Schäden bis einschließlich Februar.

     Kurz vorab:
     - AM 90 und KT 43 reißen den Schwellenwert von 10 % deutlich (Leistungsausgaben
       stationär +13 %, v.a. Onkologie und Kardiologie, das ist marktweit so).
     - ZahnPlus liegt bei 1,04, also keine Anpassung.
     - Die Sterbewahrscheinlichkeiten (PKV-Tafel 2026) kommen erst im Mai, der
       Faktor Sterblichkeit ist deshalb noch leer.

     Bitte nicht außerhalb des AK verteilen, die Zahlen sind noch nicht vom Treuhänder
     gesehen.

     ''') + sig('vogt') + '\n',
     mailer='outlook',
     atts=[A_ods('BAP2027_AF_Stand_2026-02.ods', 'Auslösende Faktoren', [
         ['Tarif', 'Beobachtungseinheit', 'rechnungsmäßige Kopfschäden', 'tatsächliche Kopfschäden', 'AF Leistungen', 'Schwellenwert', 'Anpassung'],
         ['AM 90', 'Männer 21-65', 3120.00, 3541.20, 1.135, 1.10, 'ja'],
         ['AM 90', 'Frauen 21-65', 3380.00, 3772.08, 1.116, 1.10, 'ja'],
         ['ST 100', 'Erwachsene', 1410.00, 1494.60, 1.060, 1.10, 'nein'],
         ['KT 43', 'Erwachsene', 211.00, 241.40, 1.144, 1.10, 'ja'],
         ['ZahnPlus 90', 'Erwachsene', 288.00, 299.52, 1.040, 1.10, 'nein']])])

# 47
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'daily sickness allowance for a named insured: incapacity certificates, 52 days, diagnosis in the quoted customer mail',
     'weidemann', ['Herr Tobias Fuchs <tobias.fuchs@kabelmail.example>'],
     'AW: Krankentagegeld – AU-Bescheinigung Folgebescheinigung',
     T('''
     Guten Tag Herr Fuchs,

     vielen Dank, die Folgebescheinigung von Dr. Brenner bis 20.03.2026 liegt uns vor.
     Wir zahlen Ihr Krankentagegeld (Tarif KT 43, 120 EUR ab dem 43. Tag) jetzt für den
     Zeitraum 14.02. bis 06.03.2026 aus, das sind 21 Tage x 120 EUR = 2.520 EUR.

     Für die Zeit danach brauchen wir wie gewohnt die nächste Bescheinigung. Falls sich
     eine längere Arbeitsunfähigkeit abzeichnet, meldet sich unsere Kollegin aus dem
     Case Management bei Ihnen – das ist ein freiwilliges Angebot.

     ''') + sig('weidemann') + T('''


     ________________________________
     Von: Tobias Fuchs <tobias.fuchs@kabelmail.example>
     Gesendet: Mittwoch, 4. März 2026 11:03
     An: Leistungsservice Kranken
     Betreff: Krankentagegeld – AU-Bescheinigung Folgebescheinigung

     Sehr geehrte Damen und Herren,
     anbei die Folgebescheinigung, Diagnose weiterhin S82.6 (Sprunggelenksfraktur
     rechts), nach der OP mit Platte darf ich noch nicht voll belasten. Ich bin
     inzwischen 52 Tage krankgeschrieben.
     Versicherungsnummer KV 7104 3326 09.
     MfG Tobias Fuchs
     '''),
     charset='windows-1252', mailer='outlook')

# 48
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'natural-hazard (flood) claim: named customer, address, inspection appointment as ICS; property only',
     'demir', ['Familie Krüger <krueger.familie@posteingang.example>'],
     'Überschwemmung Keller – Besichtigungstermin Gutachter, Schaden EL-2026-00188',
     T('''
     Sehr geehrte Frau Krüger, sehr geehrter Herr Krüger,

     zu Ihrem Elementarschaden (Wohngebäudeversicherung WG-4419027, Hochwasser der Losse
     am 28.02.) kommt unser Sachverständiger Herr Dipl.-Ing. Lutz Pfannkuch am
     Dienstag, 10.03.2026, um 14:00 Uhr zu Ihnen in den Mühlenweg 7, 34266 Niestetal.

     Bitte heben Sie beschädigte Gegenstände (Heizungsteile, Waschmaschine, Regale) bis
     dahin auf und machen Sie Fotos, falls Sie etwas entsorgen müssen. Die Kosten für das
     Trocknungsgerät übernehmen wir; die Rechnung der Firma Trockenbau Niestetal schicken
     Sie uns einfach.

     Den Termin habe ich Ihnen als Kalendereintrag angehängt.

     ''') + sig('demir') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook',
     atts=[A_ics('Besichtigung_EL-2026-00188.ics', uid='el-2026-00188-besichtigung',
                 start='20260310T140000', end='20260310T153000',
                 summary='Schadenbesichtigung EL-2026-00188 (Krüger)',
                 location='Mühlenweg 7, 34266 Niestetal',
                 description='Elementarschaden Keller, WG-4419027. Sachverständiger: L. Pfannkuch, Tel. 0561 5550183.',
                 organizer=addr('demir'), attendees=['krueger.familie@posteingang.example', 'pfannkuch@sv-pfannkuch.example'])])

# 49
mail('NORMAL', 'en', 'internal',
     'trap: job advert for a medical underwriter (MD, diagnoses, ICD-10, underwriting manuals) - no person',
     'lammers', ['Recruiting team <recruiting@%s>' % DOM],
     'Job ad for approval: Medical Underwriter (m/f/d) - Life & Disability',
     T('''
     Hi Maria, hi Tom,

     here's the final text for the medical underwriter position. Dr Hölscher has
     approved the content; please publish on the careers page and the two job boards
     from Monday.

     -----
     MEDICAL UNDERWRITER (m/f/d) - LIFE & DISABILITY, KASSEL OR REMOTE (DE)

     Your tasks
       * assess medical risks in life, disability and critical-illness applications
       * evaluate doctors' reports, lab values and ICD-10 coded diagnoses
       * develop our underwriting manual together with our reinsurers
       * support brokers with complex cases (e.g. cardiovascular disease, diabetes,
         mental health history)

     Your profile
       * licensed physician or nurse with underwriting experience
       * fluent German and good English
       * salary range EUR 72,000 - 88,000 plus bonus, 30 days' holiday

     Contact: recruiting@lindenhof-versicherung.example
     -----

     ''') + sig('lammers', 'en') + '\n',
     charset='utf-8', cte='quoted-printable', mailer='outlook')

# 50
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
     'medical records of a named claimant sent to an external reviewing physician, only inside a ZIP (PDF + TXT)',
     'hoelscher', ['Dr. Amelia Grant <a.grant@medreview-partners.example>'],
     'Review request LV-C-2026-0073',
     T('''
     Dear Dr Grant,

     as agreed by phone, could you please review the attached file? We need your opinion
     on whether the condition described existed before the policy start date (1 June
     2024). Please refer to our question sheet in the archive.

     The password for the archive comes in a separate SMS to your mobile.
     (Note: our gateway could not encrypt this one, so I've zipped it.)

     Your fee as per the framework agreement.

     ''') + sig('hoelscher', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_zip('LV-C-2026-0073.zip', [
         A_txt('questions_for_reviewer.txt', T('''
             Case LV-C-2026-0073 - term life, death claim
             Deceased: Stefan Richter, born 11 March 1969, died 2 January 2026
             Cause of death (death certificate): acute myocardial infarction (I21.9)
             Question 1: Was coronary heart disease known before 1 June 2024?
             Question 2: Was the answer "no" to health question 3 (heart, circulation) wrong?
             ''').replace('\n', '\r\n')),
         A_pdf('GP_records_Richter_2019-2025.pdf', [
             'Excerpt from the patient file - Dr. med. H. Böttcher, general practitioner',
             'Patient: Stefan Richter, * 11.03.1969',
             '',
             '14.05.2021  chest pressure on exertion, ECG: no acute changes; referral to cardiology',
             '02.07.2021  cardiology: stress ECG borderline, recommended coronary angiography - patient declined',
             '10.01.2023  blood pressure 158/96, started ramipril 5 mg; smoker 20/day',
             '21.03.2024  repeat prescription ramipril, nitro spray (PZN 04352821) for "occasional chest pain"',
             '11.12.2025  dyspnoea, advised hospital admission - not followed'])])])

# 51
mail('NORMAL', 'de', 'insurer-to-supplier',
     'trap: order for secure destruction of medical claim files (Leistungsakten, Arztberichte) - supplier order, no content',
     'albrecht', ['Disposition SecureShred Nord GmbH <dispo@secureshred-nord.example>'],
     'Abruf Rahmenvertrag RV-2024-17: Vernichtung Leistungsakten, Schutzklasse 3',
     T('''
     Guten Tag Frau Peters,

     aus dem Rahmenvertrag RV-2024-17 rufen wir folgende Leistung ab:

       Vernichtung von 40 Sicherheitsbehältern (240 l) mit Papierakten der Leistungs-
       abteilungen Kranken und Leben (u. a. Arztberichte, Rechnungen, Gutachten),
       Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
       Abholung: Donnerstag, 19.03.2026, ab 7:30 Uhr, Tiefgarage Haus A, Zufahrt Tor 3
       Vernichtung: im geschlossenen Fahrzeug vor Ort, Vier-Augen-Prinzip

     Bitte schicken Sie uns wie immer das Vernichtungsprotokoll mit Behälter-
     nummern an einkauf@lindenhof-versicherung.example und an unseren
     Datenschutzbeauftragten.

     Ansprechpartner vor Ort: Herr Ewald (Hausdienst), 0561 7088-2900.

     ''') + sig('albrecht') + '\n',
     charset='iso-8859-1', mailer='outlook')

# 52
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'contents claim (water damage) of a named expat customer, flat address and UK bank account for payment',
     'demir', ['Mr Thomas Mills <tom.mills@harbourline.example>'],
     'RE: Water damage in your flat - claim HR-2026-004902',
     T('''
     Dear Mr Mills,

     thank you for the photos and the plumber's invoice. The leaking pipe in the flat
     above yours (Lessingstraße 15, 2nd floor) damaged your sofa, the rug and a laptop.

     Your contents insurance HR-6701884 covers:
        sofa (2022, replacement value)     EUR 1,290.00
        rug                                EUR   340.00
        laptop (repair)                    EUR   218.50
        total                              EUR 1,848.50

     As requested, we'll pay to your UK account {ib}. It may take
     2-3 days longer because of the currency conversion.

     We will try to recover the money from the neighbour's liability insurer; you
     don't need to do anything for that.

     '''.format(ib=IB['mills'])) + sig('demir', 'en') + T('''


     > On 3 Mar 2026, at 19:22, Thomas Mills wrote:
     > Hi Aylin, please find attached the invoice from the plumber. Could you pay into my
     > UK account as I'll be travelling for a few weeks? Thanks, Tom
     '''),
     charset='utf-8', cte='quoted-printable', mailer='outlook')

# 53
mail('NORMAL', 'mixed', 'insurer-to-partner',
     'trap: invitation (ICS) to the reinsurance treaty renewal meeting, German/English; agenda mentions health, BU, mortality - no individuals',
     'wagner', ['Dr. Hannah Leclerc <h.leclerc@meridian-re.example>', 'Marc Aubert <m.aubert@meridian-re.example>'],
     'Einladung / invitation: Treaty Renewal 2027 Life & Health, 24.03.2026',
     T('''
     Liebe Frau Dr. Leclerc, lieber Herr Aubert,
     dear Hannah, dear Marc,

     wie besprochen anbei die Einladung für unser Renewal-Meeting in Kassel.
     Please find attached the calendar invite for the renewal meeting.

     Agenda:
       1. Portfolio update Life, BU/DI, Health (aggregated experience 2025)
       2. Mortality and morbidity assumptions - DAV 2008 T vs. new company table
       3. Cat cover pandemic / Pandemie-Deckung
       4. Quota share on the new bKV product
       5. Lunch & Werksbesichtigung? no - Stadtführung Bergpark (optional)

     Wir freuen uns auf Ihren Besuch / looking forward to seeing you.

     ''') + sig('wagner', 'en') + '\n',
     mailer='outlook',
     atts=[A_ics('Treaty_Renewal_2027.ics', uid='treaty-renewal-2027', start='20260324T093000', end='20260324T163000',
                 summary='Treaty Renewal 2027 Life & Health - Lindenhof / Meridian Re',
                 location='Lindenhof, Am Lindenhof 1-5, Kassel, Raum Vorstand 1',
                 description='Agenda: portfolio update, mortality/morbidity assumptions, pandemic cat cover, bKV quota share.',
                 organizer=addr('wagner'), attendees=['h.leclerc@meridian-re.example', 'm.aubert@meridian-re.example'])])

# 54
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
     'litigation on a named insured\'s BU claim: draft statement of defence (DOCX) with diagnoses, expert reports and job details',
     'kruse', ['RA Dr. Felix Baumgart <baumgart@reuter-baumgart.example>'],
     'LG Kassel 4 O 211/25 – Oberländer ./. Lindenhof Leben: Entwurf Klageerwiderung',
     T('''
     Lieber Herr Dr. Baumgart,

     anbei meine Anmerkungen zu Ihrem Entwurf der Klageerwiderung (Änderungen sind
     markiert). Inhaltlich sehe ich zwei Punkte anders:

     1. Wir sollten nicht auf die Schulterbeschwerden abstellen, sondern auf die
        verschwiegene Behandlung wegen Alkoholabhängigkeit 2020 (Entgiftung im
        Klinikum Fuldatal) – das ist der eigentliche Rücktrittsgrund.
     2. Das Gutachten Dr. Sauer zur Restleistungsfähigkeit (6 Stunden leichte Tätigkeit)
        bitte nur hilfsweise.

     Frist ist der 23.03.; bitte schicken Sie mir die finale Fassung bis zum 18.03.

     ''') + sig('kruse') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook',
     atts=[A_docx('Klageerwiderung_Oberlaender_Entwurf_SK.docx', [
         ('h', 'Landgericht Kassel – Az. 4 O 211/25'),
         'In dem Rechtsstreit Uwe Oberländer, Am Bornberg 3, 34359 Reinhardshagen – Kläger – gegen '
         'Lindenhof Lebensversicherung AG – Beklagte – erwidern wir auf die Klage wie folgt:',
         ('h', 'I. Sachverhalt'),
         'Der Kläger, geb. 18.06.1976, Dachdecker, beantragte am 01.03.2021 eine Berufsunfähigkeitsversicherung '
         '(BU-2021-03117). Die Gesundheitsfrage 5 ("Wurden Sie in den letzten 5 Jahren wegen Alkohol- oder '
         'Drogenkonsums beraten oder behandelt?") verneinte er.',
         'Tatsächlich wurde der Kläger vom 04. bis 18.11.2020 im Klinikum Fuldatal zur qualifizierten Entgiftung '
         '(F10.2, Alkoholabhängigkeitssyndrom) stationär behandelt.',
         ('h', 'II. Rücktritt nach § 19 VVG'),
         'Die Beklagte hat mit Schreiben vom 12.08.2025 den Rücktritt erklärt. Bei Kenntnis hätte sie den Antrag '
         'abgelehnt (Annahmerichtlinien Ziff. 7.3).',
         ('h', 'III. Hilfsweise: keine Berufsunfähigkeit'),
         'Nach dem Gutachten Dr. Sauer (Orthopädie) vom 30.06.2025 (Rotatorenmanschettenruptur rechts, M75.1) '
         'kann der Kläger leichte Tätigkeiten sechs Stunden täglich ausüben.'])])

# 55
_cv_mail = A_eml('Leonie Brandes <leonie.brandes@mailbox.example>', 'bewerbung@%s' % DOM,
                 'Bewerbung als Sachbearbeiterin Kfz-Schaden (Kennziffer 2026-014)',
                 'Sun, 01 Mar 2026 18:44:10 +0100', T('''
                 Sehr geehrte Damen und Herren,

                 hiermit bewerbe ich mich auf die Stelle als Sachbearbeiterin Kfz-Schaden.
                 Ich bin Kauffrau für Versicherungen und Finanzanlagen und arbeite seit
                 vier Jahren bei einem Versicherungsmakler in Göttingen.

                 Mein Lebenslauf hängt an. Meine Gehaltsvorstellung liegt bei 46.000 EUR
                 brutto im Jahr, frühester Eintritt wäre der 1. Juni 2026.

                 Mit freundlichen Grüßen
                 Leonie Brandes
                 '''), '<b7e1f0aa-2c43-4d0e-9a11-55c0b1e2d3f4@mailbox.example>',
                 atts=[A_pdf('Lebenslauf_Leonie_Brandes.pdf', [
                     'Lebenslauf',
                     'Leonie Brandes, geb. 27.09.1998 in Eschwege',
                     'Weender Landstraße 61, 37075 Göttingen, Tel. 0151 5550 7731',
                     '',
                     'seit 08/2022  Sachbearbeiterin, Maklerbüro Hesse & Partner, Göttingen',
                     '2019-2022     Ausbildung Kauffrau für Versicherungen und Finanzanlagen',
                     '2018          Abitur, Oberstufengymnasium Eschwege (Note 2,1)',
                     'Führerschein Klasse B'])])
mail('CONFIDENTIAL', 'de', 'internal',
     'job application forwarded as attached .eml: applicant\'s birth date, address, salary expectation (no health data)',
     'lammers', ['Thomas Riedel <thomas.riedel@%s>' % DOM],
     'WG: Bewerbung als Sachbearbeiterin Kfz-Schaden (Kennziffer 2026-014)',
     T('''
     Hallo Thomas,

     anbei die nächste Bewerbung für eure offene Stelle, passt aus meiner Sicht gut.
     Gehaltsvorstellung liegt im Rahmen. Sag mir bitte bis Mittwoch, ob du sie zum
     Gespräch einladen möchtest.

     Bitte die Bewerbung nach der Entscheidung aus deinem Postfach löschen (6 Monate
     bewahren wir sie in der Personalabteilung auf).

     ''') + sig('lammers') + '\n',
     mailer='outlook', atts=[_cv_mail])

# 56
mail('NORMAL', 'de', 'internal',
     'trap: blank template of the confidentiality-release form with «placeholders» (Schweigepflichtentbindung, Ärzte, Krankenhäuser) for review',
     'kruse', ['Katrin Weidemann <katrin.weidemann@%s>' % DOM, 'Bernd Hoffmeister <bernd.hoffmeister@%s>' % DOM],
     'Neue Vorlage Schweigepflichtentbindung (GDV-Muster 2026) – bitte prüfen',
     T('''
     Hallo Frau Weidemann, hallo Herr Hoffmeister,

     anbei die überarbeitete Vorlage der Schweigepflichtentbindungserklärung nach dem
     aktualisierten Verbandsmuster. Geändert haben sich vor allem die Einzelfall-
     Einwilligung und der Hinweis zur Datenweitergabe an Rückversicherer.

     Bitte bis 20.03. Rückmeldung, dann geht sie in die Druckerei und ins Portal.

     ''') + sig('kruse') + '\n',
     mailer='outlook',
     atts=[A_docx('Vorlage_Schweigepflichtentbindung_2026_v2.docx', [
         ('h', 'Einwilligungs- und Schweigepflichtentbindungserklärung'),
         'Versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»',
         'Versicherungsnummer: «Versicherungsnummer»',
         ('h', '1. Erhebung von Gesundheitsdaten bei Dritten'),
         'Zur Prüfung der Leistungspflicht kann es erforderlich sein, dass der Versicherer Angaben über meine '
         'gesundheitlichen Verhältnisse bei Ärzten, Krankenhäusern, Pflegeeinrichtungen oder Behörden erhebt. '
         'Ich kann wählen, ob ich pauschal oder im Einzelfall einwillige:',
         '[ ] pauschal für die nachfolgend genannten Stellen   [ ] im Einzelfall',
         ('h', '2. Weitergabe an Rückversicherer'),
         'Gesundheitsdaten werden an Rückversicherer nur übermittelt, soweit dies erforderlich ist, und '
         'grundsätzlich anonymisiert oder pseudonymisiert.',
         ('table', [['Ort, Datum', 'Unterschrift der versicherten Person'], ['«Ort», «Datum»', '______________________']])])])

# 57
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'child accident insurance: named 7-year-old, fall from climbing frame, two broken incisors, dental costs and hospital cash',
     'leistung', ['Jennifer Meyer <jenny.meyer@t-mail.example>'],
     'Unfallversicherung Ihres Sohnes Finn – Unfall vom 17.02.2026',
     T('''
     Sehr geehrte Frau Meyer,

     wir haben die Unterlagen zum Unfall Ihres Sohnes Finn (geb. 04.10.2018) auf dem
     Schulhof der Grundschule am Auefeld erhalten. Laut Bericht der Zahnklinik sind beim
     Sturz vom Klettergerüst die Zähne 11 und 21 abgebrochen; Zahn 21 musste
     wurzelbehandelt werden. Eine Gehirnerschütterung wurde ausgeschlossen, Finn war
     eine Nacht zur Beobachtung im Krankenhaus.

     Aus der Kinder-Unfallversicherung UV-2019-554120 leisten wir:
       Krankenhaustagegeld (1 Tag)                     30,00 EUR
       Kosten für Zahnersatz/Provisorien (bisher)     612,80 EUR
       Schmerzensgeld-Pauschale Zahnunfall            250,00 EUR

     Der definitive Zahnersatz kann erst nach Abschluss des Kieferwachstums erfolgen;
     dafür bleibt der Fall bei uns offen. Die Zahlung erfolgt auf Ihr Konto
     {ib}.

     Gute Besserung für Finn!

     Ihr Leistungsservice Unfall
     Lindenhof Versicherungen

     '''.format(ib=IB['meyer_child'])) + FOOT_SHORT + '\n',
     mailer='dms')

# 58
mail('NORMAL', 'en', 'insurer-to-partner',
     'trap: monthly KPI sheet for the assistance provider (repatriations, hospital admissions abroad by region) - counts only, in ODS',
     'novak', ['Service Management GlobalCare Assist <service@globalcare-assist.example>'],
     'KPI review February 2026 - assistance services',
     T('''
     Hi Ines,

     attached are our figures for February. Overall a calm month - ski season peak in
     the Alps as usual, and fewer cases in Thailand than last year.

     Two points for our call on Thursday:
       - average time to guarantee of payment was 3.4 h (target 2 h) - what happened
         in week 7?
       - the number of outpatient cases closed without a medical report went up again

     ''') + sig('novak', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_ods('KPI_assistance_2026-02.ods', 'Feb 2026', [
         ['Region', 'Calls', 'Outpatient cases', 'Hospital admissions', 'Repatriations', 'Avg. time to GOP (h)'],
         ['Alps (AT/CH/IT/FR)', 412, 188, 37, 9, 2.9],
         ['Spain / Canaries', 266, 141, 22, 4, 3.1],
         ['South-East Asia', 98, 51, 11, 3, 5.2],
         ['North America', 44, 19, 6, 1, 4.4],
         ['other', 131, 60, 9, 2, 3.0]])])

# 59
mail('CONFIDENTIAL', 'de', 'insurer-to-partner',
     'request to the previous motor insurer: named driver, birth date, previous policy and no-claims class',
     'lorenz', ['Vertragsservice Kfz Altmark Versicherung <sf-anfrage@altmark-versicherung.example>'],
     'SF-Anfrage Vorversicherer – Ritter, Andreas, Ihr Vertrag KF 2211-447801',
     T('''
     Sehr geehrte Damen und Herren,

     der folgende Versicherungsnehmer hat seinen Kfz-Vertrag zum 01.04.2026 zu uns
     gewechselt. Wir bitten um Bestätigung des Schadenverlaufs:

       Name:                 Andreas Ritter
       Geburtsdatum:         22.04.1979
       Anschrift:            Ritterstraße 4, 34246 Vellmar
       Ihr Vertrag:          KF 2211-447801, Kennzeichen KS-AR 2204
       Angegebene SF-Klasse: KH SF 18, VK SF 16
       Schäden 2023-2025:    laut Kunde keine

     Bitte teilen Sie uns außerdem mit, ob offene Schäden bestehen, die eine
     Rückstufung zur Folge hätten.

     ''') + sig('lorenz') + '\n',
     charset='iso-8859-1', mailer='outlook')

# 60
mail('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-partner',
     'repatriation of a named insured after a stroke in Portugal: diagnosis, hospital, flight with medical escort; German and English',
     'novak', ['Medical Desk GlobalCare Assist <medical@globalcare-assist.example>'],
     'Rücktransport / repatriation Brigitte Lindner, DOB 09.06.1949 – case GC-26-04418',
     T('''
     Dear Medical Desk, liebe Kolleginnen und Kollegen,

     please organise the repatriation of our insured:

       Name:         Brigitte LINDNER, DOB 09/06/1949
       Policy:       RK-7790155 (Auslandsreisekranken)
       Current:      Hospital de Faro, neurology ward, bed 12
       Diagnosis:    ischaemic stroke (I63.5) on 01/03/2026, right-sided hemiparesis,
                     aphasia; stable, CT follow-up without new bleeding
       Destination:  Klinikum Fuldatal, Stroke Unit (bed confirmed by Dr. Hellwig)

     Ihre Tochter, Frau Gerda Lindner, begleitet den Transport und ist unter
     0170 5550 1184 erreichbar. Sie spricht kein Portugiesisch; bitte Kontakt auf
     Deutsch oder Englisch.

     Transport: ambulance jet or stretcher on a scheduled flight with doctor - please
     decide with the treating neurologist, cost approval up to EUR 28,000 is given.

     Vielen Dank / many thanks,
     Paul Novak

     ''') + FOOT_EN + '\n',
     charset='utf-8', cte='base64', mailer='outlook', headers=[('Importance', 'high')])

# 61
mail('NORMAL', 'de', 'insurer-to-authority',
     'trap: complaints statistics for the supervisory authority by line (Krankenversicherung, Leben, BU) - counts, no complainants',
     'haddad', ['Referat Versicherungsaufsicht VA 21 <va21@aufsicht-finanz.example>'],
     'Beschwerdestatistik 2025 – Lindenhof Versicherungsgruppe (Ihr Zeichen VA 21-Q 5100-2025/0317)',
     T('''
     Sehr geehrte Damen und Herren,

     anbei übermitteln wir fristgerecht die Beschwerdestatistik für das Geschäftsjahr
     2025 gemäß Rundschreiben 06/2018:

     Sparte                          Beschwerden   davon berechtigt   je 10.000 Verträge
     Krankheitskosten (Voll/Zusatz)          214                 61                 3,9
     Pflegepflicht/Pflegezusatz               38                  9                 1,7
     Lebensversicherung                       97                 22                 1,2
     Berufsunfähigkeit                        71                 25                 4,4
     Kfz                                     188                 47                 2,1
     Sach/Haftpflicht/Rechtsschutz           143                 40                 1,3

     Häufigste Beschwerdegründe in der Krankenversicherung waren wie im Vorjahr die
     Erstattung von Arzneimitteln und Heilmitteln sowie die Dauer der Leistungsbearbeitung.

     Für Rückfragen steht Ihnen der Unterzeichner zur Verfügung.

     ''') + sig('haddad') + '\n\n' + FOOT_DE + '\n',
     charset='windows-1252', mailer='outlook')

# 62
mail('CONFIDENTIAL', 'en', 'insurer-to-company',
     'grey: cargo claim of a company policyholder with a named contact person, shipment and damage amount (commercial line)',
     'demir', ['Mr Jonas Albers <j.albers@nh-logistik.example>'],
     'Cargo claim TR-2026-00061 - damaged CNC spindle, truck KS-NL 118',
     T('''
     Dear Mr Albers,

     thank you for reporting the damage under your open cargo policy TR-OP-2020-0017.

     Shipment:     1 CNC spindle unit, Wendt Maschinenbau AG -> Brno (CZ)
     Carrier:      own fleet, truck KS-NL 118, driver Mr Pavel Dvorak
     Incident:     load shifted during emergency braking on the A7 near Hann. Münden,
                   04/03/2026; nobody was hurt
     Invoice value: EUR 64,800

     Our surveyor from Brandl Marine & Cargo will inspect the spindle at the Brno
     consignee on 12 March. Please send us the loading list and photos of the lashing.
     Note that the claim against your own fleet's carrier liability is handled
     separately.

     ''') + sig('demir', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='utf-8', cte='quoted-printable', mailer='outlook')

# 63
mail('NORMAL', 'en', 'internal',
     'trap: data-protection e-learning quiz on health data with fictitious persons ("Max Mustermann (fictitious)", invented diagnosis)',
     'hoffmeister', ['All staff Claims & Underwriting <claims-uw-all@%s>' % DOM],
     'Mandatory: data protection quiz "Health data in e-mails" - deadline 31 March',
     T('''
     Dear colleagues,

     this year's mandatory data protection refresher is a short quiz (10 questions,
     about 15 minutes) in the learning portal. A foretaste:

       Q3. A broker asks by e-mail about the status of "Max Mustermann (fictitious),
           born 01.01.1980, diabetes type 1". What do you do?
             a) answer by reply, it's the broker's own client
             b) answer via the secure broker post / portal
             c) forward to the medical officer
       Q7. Which of these is health data under Art. 9 GDPR?
             a) a pharmacy receipt   b) a gym membership fee   c) an ICD-10 code
             d) the fact that a person has hearing aids

     (Answers: b, and a + c + d.)

     Completion is tracked; managers will get a list of open participants on 1 April.

     ''') + sig('hoffmeister', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 64
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'HTML-only decision on IVF treatment cycles for a named insured couple: fertility diagnosis, clinic, cost table',
     'carter', ['Dr. Aisha Okafor <aisha.okafor@mailbox.example>'],
     'Your request for fertility treatment (IVF/ICSI) - decision',
     html=T('''
     <html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
     <p>Dear Dr Okafor,</p>
     <p>thank you for sending the treatment plan from the Kinderwunschzentrum Kassel.
     Based on the findings (tubal factor infertility, N97.1, and reduced sperm motility of your
     husband, Mr Ben Okafor, who is insured with another company) we can confirm cover for
     up to three ICSI cycles under your tariff AM 90 (insurance no. KV 8830 2147 55).</p>
     <table border="1" cellpadding="4" cellspacing="0">
     <tr><th>Item</th><th>Estimated cost</th><th>We reimburse</th></tr>
     <tr><td>Hormonal stimulation (medication)</td><td>EUR 1,850</td><td>100 %</td></tr>
     <tr><td>Egg retrieval and ICSI laboratory</td><td>EUR 3,420</td><td>100 %</td></tr>
     <tr><td>Embryo transfer</td><td>EUR 610</td><td>100 %</td></tr>
     <tr><td>Cryopreservation (optional)</td><td>EUR 480</td><td>not covered</td></tr>
     </table>
     <p>The male partner's share of the treatment has to be claimed from his own health
     insurer. Please send us the invoices after each cycle.</p>
     <p>We wish you all the best.</p>
     <p>Best wishes,<br>Emily Carter<br>International Health Services</p>
     </body></html>
     '''), html_charset='utf-8', html_cte='base64', mailer='outlook')

# 65
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'glass breakage claim: named customer, address and household policy (old system sends us-ascii with transliterated umlauts)',
     'service', ['heinz.kraft@freemail-de.example'],
     'Glasbruchschaden GL-2026-01127 - Bestaetigung',
     T('''
     Sehr geehrter Herr Kraft,

     wir bestaetigen den Eingang Ihrer Schadenmeldung:

     Versicherungsnehmer:  Heinz Kraft, Am Warteberg 23, 34125 Kassel
     Vertrag:              HR-5901447 (Hausrat mit Glasversicherung)
     Schaden:              Ceranfeld Kueche gesprungen, 02.03.2026

     Bitte beauftragen Sie einen Fachbetrieb mit dem Austausch und senden Sie uns die
     Rechnung. Bis 1.000 EUR benoetigen wir keinen Kostenvoranschlag.

     Mit freundlichen Gruessen
     Lindenhof Kundenservice

     Diese Nachricht wurde automatisch erstellt.
     '''),
     charset='us-ascii', cte='7bit', mailer='dms')

# 66
mail('NORMAL', 'de', 'internal',
     'trap: canteen menu with allergens, "Diabetiker-geeignet", lactose-free - health-looking words, nothing personal',
     'lammers', ['Alle Mitarbeitenden Kassel <alle-kassel@%s>' % DOM],
     'Speiseplan KW 11 – jetzt mit Allergenkennzeichnung',
     T('''
     Hallo zusammen,

     ab nächster Woche kennzeichnet unser Caterer alle Gerichte nach der
     Lebensmittelinformations-Verordnung. Hier der Plan für KW 11:

     Mo  Linsen-Dal mit Reis (vegan, glutenfrei)                   A: –
         Schnitzel mit Kartoffelsalat                               A: A, C, G, M
     Di  Ofengemüse mit Feta (vegetarisch, Diabetiker-geeignet)     A: G
     Mi  Spaghetti Bolognese / laktosefreie Variante auf Nachfrage  A: A, C, I
     Do  Hähnchencurry mit Basmatireis                              A: F, G
     Fr  Fischfilet mit Senfsauce und Salzkartoffeln                A: D, G, J

     Wer eine Lebensmittelallergie hat und genauer wissen möchte, was drin ist, fragt
     bitte direkt an der Ausgabe – die Küche hat die vollständigen Rezepturen.

     Guten Appetit!
     Heike
     '''),
     charset='windows-1252', mailer='outlook')

# 67
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'premium arrears in a named customer\'s private health insurance (health contract, § 193 VVG) - no medical word, still personal line',
     'schreiber', ['Herrn Florian Haas <florian.haas@webmail-de.example>'],
     'Beitragsrückstand Krankenversicherung KV 3318 5520 61 – Mahnung nach § 193 Abs. 6 VVG',
     T('''
     Sehr geehrter Herr Haas,

     für Ihre Krankheitskostenversicherung (Versicherungsnummer KV 3318 5520 61) sind
     folgende Beiträge offen:

       Januar 2026     486,20 EUR
       Februar 2026    486,20 EUR
       März 2026       486,20 EUR
       Säumniszuschlag  14,59 EUR
       Summe         1.473,19 EUR

     Bitte zahlen Sie den Rückstand innerhalb von zwei Monaten auf unser Konto
     {own}. Geschieht das nicht, ruht Ihr Vertrag nach § 193 Abs. 6 VVG und
     wird im Notlagentarif fortgeführt; Sie erhalten dann nur noch Leistungen bei
     akuten Erkrankungen und Schmerzzuständen.

     Sollten Sie in Zahlungsschwierigkeiten sein, rufen Sie uns bitte an – eine
     Ratenzahlung oder ein Wechsel in einen günstigeren Tarif ist oft möglich.

     '''.format(own=IB['lindenhof'])) + sig('schreiber') + '\n\n' + FOOT_DE + '\n',
     mailer='dms')

# 68
mail('NORMAL', 'en', 'insurer-to-supplier',
     'trap: rate-card negotiation with a translation agency for "medical reports, discharge letters, death certificates" - no documents attached',
     'carter', ['Key Accounts LinguaMed Translations <accounts@linguamed.example>'],
     'Framework agreement 2026 - medical translations (EN/ES/PT/TR/PL -> DE)',
     T('''
     Dear Mr Fontaine,

     thanks for your revised offer. We're almost there:

       Document type                           your offer     our proposal
       Medical reports / discharge letters     EUR 1.45/line  EUR 1.30/line
       Invoices (itemised)                     EUR 0.95/line  EUR 0.90/line
       Death certificates                      EUR 38 flat    EUR 35 flat
       Express (24 h)                          +50 %          +40 %

     Two non-negotiables on our side: all documents are exchanged through our SecureMail
     portal only (never by normal e-mail), and your translators sign the confidentiality
     undertaking under section 203 of the German Criminal Code before their first job.

     If you can accept our proposal, I'll send the contract next week.

     ''') + sig('carter', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 69
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'legal-expenses cover for a named driver\'s speeding fine (administrative offence), plate and fine - no criminal matter',
     'mertens', ['Frau Monika Ritter <monika.ritter@kabelmail.example>'],
     'Ihr Bußgeldverfahren – Deckungszusage Verkehrs-Rechtsschutz RS-2026-02390',
     T('''
     Sehr geehrte Frau Ritter,

     für das Bußgeldverfahren wegen der Geschwindigkeitsüberschreitung am 12.01.2026 auf
     der A44 bei Zierenberg (gemessen 148 km/h bei erlaubten 100 km/h, Fahrzeug
     KS-MR 711) bestätigen wir Ihnen Versicherungsschutz aus Ihrem Verkehrs-Rechtsschutz
     (Vertrag RS-803347).

     Dem Bußgeldbescheid zufolge drohen 320 EUR Geldbuße, zwei Punkte und ein Monat
     Fahrverbot. Ihr Anwalt, Herr RA Pohl, darf Einspruch einlegen und Akteneinsicht
     nehmen; ein technisches Gutachten zur Messung übernehmen wir bis 1.500 EUR.

     ''') + sig('mertens') + '\n',
     charset='utf-8', cte='8bit', mailer='thunderbird')

# 70
mail('NORMAL', 'de', 'insurer-to-broker',
     'trap: broker information on new BU underwriting guidelines (Bluthochdruck, Rückenleiden, Psychotherapie) as PDF - generic, no client',
     'baumann', ['Maklerverteiler Nord <makler-nord@lists.%s>' % DOM],
     'Maklerinfo 03/2026: Vereinfachte Gesundheitsprüfung in der BU',
     T('''
     Sehr geehrte Maklerpartnerinnen und -partner,

     ab 1. April vereinfachen wir die Gesundheitsprüfung in unserer BU "LindenSchutz":

     - Abgeschlossene Psychotherapien (bis 10 Sitzungen, länger als 3 Jahre her) müssen
       nicht mehr angegeben werden.
     - Gut eingestellter Bluthochdruck ohne Folgeschäden: in der Regel ohne Zuschlag.
     - Rückenbeschwerden ohne Arbeitsunfähigkeit über 14 Tage: normal annehmbar.

     Die vollständigen Annahmerichtlinien und Beispiele finden Sie im PDF. Für
     Risikovoranfragen nutzen Sie bitte weiterhin das Formular im Maklerportal –
     bitte keine Gesundheitsangaben Ihrer Kunden per E-Mail.

     ''') + sig('baumann') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook',
     atts=[A_pdf('Maklerinfo_2026-03_BU_Gesundheitspruefung.pdf', [
         'Maklerinfo 03/2026 - LindenSchutz BU: Neue Annahmerichtlinien ab 01.04.2026',
         '',
         'Vorerkrankung                         bisher                    neu',
         'Bluthochdruck, medikamentös < 140/90  Zuschlag 25 %             normal',
         'Rückenbeschwerden ohne AU > 14 Tage   Ausschluss Wirbelsäule    normal',
         'Psychotherapie <= 10 Std., > 3 J.      Zurückstellung            keine Angabe nötig',
         'Heuschnupfen / Allergie               normal                    normal',
         'Diabetes Typ 2, HbA1c < 7 %            Ablehnung                 Zuschlag 50 % (Einzelfall)',
         '',
         'Beispiel (fiktiv): 34-jährige Bürokauffrau, Bluthochdruck seit 2 Jahren mit Ramipril gut',
         'eingestellt -> Annahme zu normalen Bedingungen.'])])

# 71
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker',
     'decline of a named client\'s BU application to the broker, with the medical reasons (migraine, herniated disc, psychotherapy)',
     'brandt', ['Timo Brandauer <kontakt@brandauer-makler.example>'],
     'Ihr Antrag für Frau Jessica Nowak – BU-Antrag 2026-BU-08122',
     T('''
     Hallo Herr Brandauer,

     leider kann ich Ihnen für Frau Nowak (geb. 15.12.1990) kein Angebot machen. Nach den
     Arztberichten ergibt sich folgendes Bild:

       - chronische Migräne mit Aura (G43.1), 4-6 Attacken im Monat, Prophylaxe mit
         Topiramat, im letzten Jahr 23 AU-Tage
       - Bandscheibenvorfall HWS C5/6 (M50.1) 2024, konservativ behandelt
       - ambulante Psychotherapie seit Oktober 2025 (noch laufend)

     Insbesondere wegen der laufenden Therapie ist eine Annahme derzeit nicht möglich.
     Eine erneute Voranfrage ist frühestens 12 Monate nach Therapieende sinnvoll.

     Bitte teilen Sie das Ihrer Kundin schonend mit. Das Ablehnungsschreiben geht
     zusätzlich über die elektronische Vermittlerpost an Sie.

     ''') + sig('brandt') + '\n',
     mailer='outlook')

# 72
mail('CONFIDENTIAL', 'en', 'internal',
     'complaint escalation on a named customer\'s buildings claim (address, policy, amounts, his threat to go to the ombudsman)',
     'haddad', ['Stefan Lorenz <stefan.lorenz@%s>' % DOM, 'Aylin Demir <aylin.demir@%s>' % DOM],
     'Escalation: complaint Mr Ritter, buildings claim WG-2025-12204',
     T('''
     Hi Stefan, hi Aylin,

     Mr Wolfgang Ritter (Kasseler Weg 19, 34292 Ahnatal, buildings policy WG-3118740)
     has written to the board for the second time. His storm claim from December
     (roof, EUR 14,300 quoted by the roofer) has been open for 11 weeks, and he says he
     has "heard nothing since the surveyor's visit". He's threatening to go to the
     insurance ombudsman and the press.

     Could you please:
       1. check the file and tell me by Tuesday what is really missing,
       2. call him - not write - before the end of the week,
       3. copy me on the final letter.

     I'd like to close this before it becomes a formal ombudsman case.

     ''') + sig('haddad', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 73
mail('NORMAL', 'en', 'internal',
     'trap: HR policy on reporting sick leave and the electronic sick note (eAU) - no diagnosis, no person',
     'hr', ['All staff <all-staff@%s>' % DOM],
     'Reminder: how to report sick leave (eAU) - updated process',
     T('''
     Dear colleagues,

     since the electronic certificate of incapacity for work (eAU) was introduced, we
     still receive paper sick notes and photos of certificates by e-mail. Please note:

       1. Call or message your manager before your start time on the first day.
       2. From day 4 you need a doctor's certificate. Your doctor sends it electronically
          to your statutory health insurer; we retrieve it from there.
       3. Privately insured colleagues still get a paper certificate - please hand in
          the copy for the employer (without diagnosis!) via the HR letterbox.
       4. Never send certificates or diagnoses by e-mail to your manager or to HR.

     Managers only learn that you are unable to work and for how long, never why.

     Your HR team
     ''') + '\n' + FOOT_EN + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 74
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
     'group income-protection claim of a named employee reported by the employer\'s HR: burnout, sick since January, benefit calculation',
     'frey', ['Ms Petra Vogel <hr@wendt-maschinenbau.example>'],
     'Group income protection GIP-0041 - claim of Mr Kevin Brenner',
     T('''
     Dear Ms Vogel,

     thank you for notifying us of the claim of your employee Kevin Brenner (pers. no.
     4471, born 19 April 1985) under your group income protection policy GIP-0041.

     We understand from the claim form that Mr Brenner has been unable to work since
     12 January 2026 and is being treated for exhaustion depression ("burnout", F32.2)
     by a psychiatrist in Baunatal. To assess the claim we need:

       - the signed consent and confidentiality waiver from Mr Brenner (enclosed form),
       - his gross salary for 2025 (for the benefit of 60 % of salary),
       - confirmation of the end of continued pay on 22 February 2026.

     Please do not send any medical documents yourself - our medical team will request
     them directly from his doctors once we have his consent.

     ''') + sig('frey', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='windows-1252', mailer='outlook')

# 75
mail('NORMAL', 'de', 'insurer-to-customer',
     'trap: portal notification "neue Nachricht in Ihrem Postfach" without any content, no name (Signalisierungsmail)',
     'portal', ['kunde-7713021@kundenpost.example'],
     'Neue Nachricht in Ihrem Lindenhof-Postfach',
     T('''
     Guten Tag,

     in Ihrem persönlichen Postfach im Lindenhof-Kundenportal liegt ein neues Dokument
     für Sie bereit.

     Bitte melden Sie sich unter https://portal.lindenhof-versicherung.example an, um es
     anzusehen. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte und keine
     Anhänge.

     Diese Nachricht wurde automatisch versendet. Antworten auf diese E-Mail können
     nicht bearbeitet werden.

     Ihre Lindenhof Versicherungen
     '''),
     charset='utf-8', cte='quoted-printable', mailer='system',
     headers=[('Auto-Submitted', 'auto-generated')])

# 76
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'rent-deposit guarantee for a named tenant: landlord, flat address, guarantee amount and fee',
     'lorenz', ['Sarah Okonkwo <sarah.okonkwo@mailbox.example>'],
     'Ihre Mietkautionsbürgschaft KB-2026-0441 ist ausgestellt',
     T('''
     Liebe Frau Okonkwo,

     Ihre Mietkautionsbürgschaft ist ausgestellt:

       Mieterin:       Sarah Okonkwo
       Vermieter:      Herr Dieter Hahn, Sandershäuser Straße 12, 34123 Kassel
       Mietobjekt:     Sandershäuser Straße 12, 1. OG rechts
       Bürgschaftssumme: 2.340,00 EUR (3 Nettokaltmieten)
       Jahresbeitrag:     96,00 EUR, Abbuchung von Ihrem Konto
                          {ib}

     Die Bürgschaftsurkunde geht heute per Post direkt an Herrn Hahn. Die Kaution müssen
     Sie damit nicht mehr in bar hinterlegen.

     '''.format(ib=IB['okafor'])) + sig('lorenz') + '\n',
     charset='windows-1252', mailer='outlook')

# 77
mail('NORMAL', 'en', 'insurer-to-partner',
     'trap: auditor request list for the year-end audit (claims reserves, "sample of medical claims files", IBAN reconciliation) - no data yet',
     'vogt', ['Audit team Kessler Wirtschaftsprüfung <lindenhof-audit@kessler-wp.example>'],
     'RE: PBC list year-end audit 2025 - health actuarial',
     T('''
     Dear Mr Kessler, dear audit team,

     thanks for the PBC list. For the health actuarial part we can provide:

       - ageing reserve calculation (Alterungsrueckstellung) per tariff - 13 March
       - claims reserve run-off triangles 2016-2025 - 13 March
       - premium adjustment documentation incl. trustee approval - 16 March

     For item 14 ("sample of 25 medical claims files") please note that we will not
     send files by e-mail. Your team can review the sampled files on site in Kassel on
     a read-only terminal; the sample list itself should only contain claim numbers.

     Item 22 (bank reconciliation / IBAN master data changes) is with Finance,
     Ms Schreiber will reply separately.

     ''') + sig('vogt', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 78
mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'data-breach report to the DPO: a named insured\'s hospital discharge letter (cancer diagnosis) mailed to the wrong recipient',
     'weidemann', ['Datenschutz <datenschutz@%s>' % DOM],
     'Meldung Datenschutzvorfall – Fehlversand Entlassungsbericht',
     T('''
     Hallo Herr Hoffmeister,

     ich muss leider einen Fehlversand melden:

     Was:    Entlassungsbericht Klinikum Fuldatal vom 19.02.2026 (Onkologie,
             Diagnose Kolonkarzinom C18.7, Z.n. Hemikolektomie, Chemotherapie geplant)
     Wessen: Herr Werner Grabowski, geb. 30.01.1957, KV 2209 6614 80
     An wen: versehentlich per E-Mail an Herrn Werner Grabowsky (mit y) aus Fulda –
             Adressvorschlag von Outlook übernommen
     Wann:   heute, 09:42 Uhr
     Bisher: Der Empfänger hat sich um 10:15 gemeldet und bestätigt, dass er die Mail
             gelöscht hat. Bestätigung schriftlich angefordert.

     Bitte sagen Sie mir, ob wir Herrn Grabowski selbst informieren müssen und ob eine
     Meldung an die Aufsichtsbehörde nötig ist.

     ''') + sig('weidemann') + '\n',
     mailer='outlook', headers=[('Importance', 'high')])

# 79
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'motor policy cancellation after sale of the car: named customer, plate, refund amount and IBAN; body base64-encoded',
     'service', ['Mr Hendrik van Dijk <hendrik@vandijk-mail.example>'],
     'Cancellation of your car insurance KH 77 402 551',
     T('''
     Dear Mr van Dijk,

     we confirm the cancellation of your car insurance KH 77 402 551 (Volkswagen
     Polo, plate KS-HD 412) following the sale of the vehicle on 20 February 2026.

     Cover ended when the buyer re-registered the car on 23 February 2026. We refund
     the unused premium of EUR 639.00 to your account {ib}.

     Your no-claims class (SF 7) stays reserved for you for 7 years, in case you buy
     another car.

     Kind regards
     Lindenhof Customer Service

     '''.format(ib=IB['vandijk'])) + FOOT_EN + '\n',
     charset='us-ascii', cte='base64', mailer='dms')

# 80
mail('NORMAL', 'de', 'internal',
     'trap: training material for legal-expenses claims staff with fictitious cases (Mustermann), employment and divorce examples',
     'mertens', ['Team Rechtsschutz-Schaden <rs-schaden@%s>' % DOM],
     'Schulung 18.03.: Fallbeispiele Arbeits- und Familienrecht (fiktiv)',
     T('''
     Hallo ihr Lieben,

     für die Schulung am 18.03. hier schon mal die Fälle zum Vorbereiten. Alle Fälle
     sind ausgedacht, Ähnlichkeiten mit echten Kunden wären Zufall:

     Fall 1: Max Mustermann (fiktiv), 45, wird nach 12 Jahren betriebsbedingt gekündigt.
             Er hat den Baustein Arbeits-RS seit 2 Jahren. Wartezeit? Streitwert?
     Fall 2: Erika Mustermann (fiktiv) will sich scheiden lassen und fragt nach
             Kostenübernahme für den Scheidungsanwalt. (Stichwort: nur Beratungs-RS!)
     Fall 3: Ein Kunde erhält eine Abmahnung wegen häufiger Krankmeldungen - gibt es
             Deckung für die Entfernung der Abmahnung aus der Personalakte?

     Bitte bringt eure Lösungen mit, wir besprechen sie in Gruppen.

     Claudia
     '''),
     charset='iso-8859-1', mailer='outlook')

# 81
_hg_text = T('''
Sehr geehrte Frau Lindner,

gute Nachrichten: Wir übernehmen die Kosten für Ihre neuen Hörgeräte.

  Hörsystem beidseits (Phonak Audéo L70)   3.980,00 EUR
  davon erstattungsfähig (Tarif AM 90)     2.500,00 EUR (Höchstbetrag alle 4 Jahre)
  Anpassung und Otoplastiken                 280,00 EUR (100 %)

Die Erstattung von 2.780,00 EUR geht auf Ihr bekanntes Konto.

Mit freundlichen Grüßen
Katrin Weidemann

> Gerda Lindner schrieb am 02.03.2026 um 16:12:
> Anbei die Verordnung vom HNO-Arzt Dr. Seibold (beidseitige Innenohrschwerhörigkeit,
> H90.3) und der Kostenvoranschlag vom Hörgeräteakustiker. Zahlen Sie das?
> KV 1447 2093 11, Gerda Lindner
''')
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'hearing-aid reimbursement for a named insured; diagnosis H90.3 in the quoted part; text+HTML alternative',
     'weidemann', ['Gerda Lindner <gerda.lindner@posteingang.example>'],
     'AW: Hörgeräte – Kostenvoranschlag',
     _hg_text,
     html='<html><body><pre style="font-family:Calibri,sans-serif">%s</pre></body></html>' % (
         _hg_text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')),
     mailer='thunderbird')

# 82
mail('NORMAL', 'de', 'insurer-to-supplier',
     'trap: water damage in the works-doctor practice in the insurer\'s own building, order to a drying company (Arztpraxis, Behandlungsraum) - no patient',
     'albrecht', ['Notdienst Trockenbau Niestetal <notdienst@trockenbau-niestetal.example>'],
     'Auftrag: Wasserschaden Haus B, Betriebsarztpraxis – bitte heute noch',
     T('''
     Sehr geehrter Herr Sauer,

     wie eben telefonisch besprochen: In Haus B, 1. OG, ist heute Nacht in der
     Betriebsarztpraxis (Behandlungsraum 2 und Wartezimmer) ein Heizkörperventil
     undicht geworden. Der Estrich ist auf ca. 35 m² nass, im Flur auch die Fußleisten.

     Wir beauftragen Sie mit:
       - Leckortung und Feuchtemessung
       - Aufstellen von Trocknungsgeräten (voraussichtlich 3 Wochen)
       - Protokoll für unsere Gebäudeversicherung

     Die Praxis ist bis auf Weiteres geschlossen; Patientenakten und Medikamente hat der
     Praxisdienst bereits in einen abschließbaren Raum gebracht, dort bitte nicht
     arbeiten. Zugang über den Hausdienst (Herr Ewald, 0561 7088-2900).

     ''') + sig('albrecht') + '\n',
     charset='utf-8', cte='8bit', mailer='mobile')

# 83
_overview_html = T('''
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Vertragsübersicht</title></head>
<body>
<h3>Lindenhof Allgemeine – Ihre Vertragsübersicht (Stand 09.03.2026)</h3>
<table border="1" cellpadding="3">
<tr><th>Vertrag</th><th>Sparte</th><th>Risikoort / Fahrzeug</th><th>Jahresbeitrag</th></tr>
<tr><td>HR-6120345</td><td>Hausrat (Vers.-Summe 65.000 EUR)</td><td>Friedrich-Ebert-Straße 140, 34119 Kassel (neu)</td><td>118,40 EUR</td></tr>
<tr><td>PH-7701563</td><td>Privathaftpflicht Familie</td><td>–</td><td>79,90 EUR</td></tr>
<tr><td>KH 77 405 908</td><td>Kfz-Haftpflicht + Teilkasko</td><td>KS-TS 2111, Mazda CX-5</td><td>502,60 EUR</td></tr>
</table>
<p>Versicherungsnehmer: Tim Seifert, geb. 21.11.1988. Zahlung per Lastschrift von
''' + IB['thiele'] + '''.</p>
</body></html>
''')
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'address change confirmed; the named customer\'s contracts, new address, birth date and IBAN sit only in the attached HTML overview',
     'service', ['Tim Seifert <tim.seifert@webmail-de.example>'],
     'Ihre Adressänderung',
     T('''
     Hallo Herr Seifert,

     danke für Ihre Nachricht – wir haben Ihre neue Anschrift in allen Verträgen
     hinterlegt. Ihre aktuelle Vertragsübersicht finden Sie im Anhang.

     Viel Freude im neuen Zuhause!

     Ihr Lindenhof Kundenservice
     '''),
     mailer='dms',
     atts=[A_html('Vertragsuebersicht_Seifert.html', _overview_html)])

# 84
mail('NORMAL', 'en', 'insurer-to-broker',
     'trap: product sheet for international private medical insurance with premium table by age band, pre-existing-condition rules - generic',
     'carter', ['Olivia Harcourt <o.harcourt@harcourt-lyle.example>'],
     'Lindenhof Global Health 2026 - product sheet and rates for your team',
     T('''
     Hi Olivia,

     as discussed at the Frankfurt conference, here are the 2026 product sheet and
     indicative rates for Lindenhof Global Health (individual and small-group IPMI).

     Headlines:
       * worldwide excl. USA or worldwide incl. USA
       * in-patient, out-patient, dental and maternity modules
       * pre-existing conditions: moratorium (2 years symptom-free) or full medical
         underwriting - your choice per client
       * direct billing network with 4,000+ hospitals

     Rates are per person per year in EUR, deductible EUR 500, excl. USA. Please
     note these are illustrations only; final terms depend on underwriting.

     ''') + sig('carter', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_pdf('Lindenhof_Global_Health_2026_rates.pdf', [
         'Lindenhof Global Health 2026 - indicative annual premiums (EUR), worldwide excl. USA',
         '',
         'Age band    Core (in-patient)   + Out-patient   + Dental   + Maternity (10 months wait)',
         '18-29             1,140             +780           +310        +1,250',
         '30-39             1,420             +910           +340        +1,480',
         '40-49             1,960           +1,150           +380           n/a',
         '50-59             2,880           +1,590           +420           n/a',
         '60-69             4,310           +2,240           +470           n/a',
         '',
         'Pre-existing conditions: excluded for 2 years under moratorium; e.g. asthma, diabetes,',
         'heart conditions can be covered after full medical underwriting with a loading.'])])

# 85
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
     'cost-coverage declaration for a named patient\'s hip replacement (OPS/ICD) only in the ODT; body generic',
     'leistung', ['Patientenaufnahme St.-Elisabeth-Krankenhaus <aufnahme@st-elisabeth-baunatal.example>'],
     'Kostenübernahmeerklärung – Aufnahme am 16.03.2026',
     T('''
     Sehr geehrte Damen und Herren,

     anbei erhalten Sie unsere Kostenübernahmeerklärung für die geplante Aufnahme am
     16.03.2026. Wahlleistungen und Direktabrechnung wie in der Erklärung angegeben.

     Mit freundlichen Grüßen
     Leistungsservice Krankenhaus
     Lindenhof Krankenversicherung a.G.

     ''') + FOOT_DE + '\n',
     mailer='dms',
     atts=[A_odt('KUE_2026-03-0419.odt', [
         'Kostenübernahmeerklärung Nr. KÜ-2026-03-0419',
         'Patient: Helmut Brinkmann, geb. 28.08.1951, Versicherungsnummer KV 0918 3340 72',
         'Anschrift: Lindenstraße 3, 34225 Baunatal',
         'Aufnahme: 16.03.2026, Orthopädie, Chefarzt Prof. Dr. Lenz',
         'Diagnose: primäre Koxarthrose rechts (M16.1)',
         'Geplanter Eingriff: Implantation einer Hüft-Totalendoprothese (OPS 5-820.00), DRG I47C',
         'Wir übernehmen: allgemeine Krankenhausleistungen 100 %, Wahlleistung Arzt (Chefarzt),',
         'Wahlleistung Unterkunft Einbettzimmer, Direktabrechnung mit dem Versicherer.',
         'Gültig für einen Aufenthalt bis zu 14 Tagen; Anschlussheilbehandlung gesondert beantragen.'])])

# 86
mail('NORMAL', 'de', 'insurer-to-partner',
     'trap: press release on lower dental-tariff premiums and a new care product (Zahn, Pflege, Beiträge) - public information',
     'presse', ['Redaktion Wirtschaft HNA Kassel <wirtschaft@nordhessen-zeitung.example>', 'Versicherungsjournal Redaktion <redaktion@vers-journal.example>'],
     'Presseinformation: Lindenhof senkt Beiträge in den Zahntarifen und startet Pflegebaustein',
     T('''
     PRESSEINFORMATION - zur sofortigen Veröffentlichung

     Lindenhof senkt Beiträge in den Zahntarifen und startet neuen Pflegebaustein

     Kassel, 11. März 2026. Die Lindenhof Krankenversicherung a.G. senkt zum 1. Juli
     2026 die Beiträge ihrer Zahnzusatztarife ZahnPlus 70 und ZahnPlus 90 um
     durchschnittlich 6 Prozent. Grund sind geringere Leistungsausgaben für Zahnersatz
     als kalkuliert.

     Gleichzeitig bringt der Versicherer den Pflegebaustein "PflegeLinde" auf den Markt:
     ein Pflegetagegeld ab Pflegegrad 2 bis zu 3.000 Euro im Monat, ohne Wartezeit bei
     Unfall. "Die Pflegelücke ist für viele Familien die größte finanzielle Sorge im
     Alter", sagt Vorstandsvorsitzende Dr. Ursula Kampmann.

     Über Lindenhof: Die Lindenhof Versicherungsgruppe mit Sitz in Kassel betreut rund
     620.000 Kundinnen und Kunden in der Kranken-, Lebens-, Sach- und
     Rechtsschutzversicherung.

     Pressekontakt: Lea Sommer, presse@lindenhof-versicherung.example, 0561 7088-1150
     '''),
     charset='iso-8859-1', mailer='outlook')

# 87
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'lost-baggage claim of a named traveller: flight, contents list, payout - no health content',
     'novak', ['Ms Emma Kowalski <emma.kowalski@poczta-pl.example>'],
     'Your baggage claim RG-2026-00412 - flight LH 1163',
     T('''
     Dear Ms Kowalski,

     the airline has now confirmed that your suitcase (tag LH 471223) from your flight
     LH 1163 Lisbon-Frankfurt on 22 February was not found after 21 days, so it is
     treated as lost.

     Based on your list we can reimburse under travel policy RG-5512093:
        clothing and shoes                 EUR 640.00 (less 30 % for age)
        toiletries                         EUR  85.00
        e-reader                           EUR 129.00
        suitcase                           EUR 150.00
        total after deductions             EUR 756.00
        less airline compensation          EUR 420.00
        payment                            EUR 336.00

     Please confirm the account for payment - the one on file (ending 7731) is closed.

     ''') + sig('novak', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 88
mail('NORMAL', 'de', 'internal',
     'trap: board memo on quarterly figures (Leistungsausgaben Krankheitskosten, BU-Neuzugänge, Sterblichkeit) - company aggregates',
     'vogt', ['Vorstandsbüro <vorstandsbuero@%s>' % DOM],
     'Vorlage Vorstandssitzung 17.03.: Leistungsentwicklung Januar/Februar',
     T('''
     Liebe Frau Brückner,

     für die Vorstandssitzung hier die Kurzvorlage Leistungsentwicklung:

     - Krankheitskosten (Voll): Leistungsausgaben +6,2 % ggü. Vorjahr, Treiber
       stationär (+9,8 %) und Arzneimittel (+7,1 %, v.a. Onkologika und GLP-1).
     - Zahn: +1,9 %, unter Plan.
     - Pflege: Zahl der Leistungsempfänger +8 %, Pflegegrad 2 und 3 wachsen am stärksten.
     - Leben: Sterblichkeit 91 % der rechnungsmäßigen, unauffällig.
     - BU: 112 neue Leistungsfälle (Vorjahr 97), 36 % psychische Erkrankungen.

     Die ausführliche Präsentation kommt Montag.

     ''') + sig('vogt') + '\n',
     mailer='outlook')

# 89
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'surrender-value statement of a named customer\'s endowment life policy only in the PDF; body neutral',
     'leben', ['Mr Piotr Nowak <piotr.nowak@poczta-pl.example>'],
     'Your request - surrender value',
     T('''
     Dear Mr Nowak,

     as requested, please find attached the current surrender value statement for your
     policy. If you decide to surrender, please send us the signed form and your
     policy document. Alternatively, a policy loan or a premium holiday might be an
     option - just give us a call.

     Kind regards
     Life Policy Service
     Lindenhof Lebensversicherung AG

     ''') + FOOT_EN + '\n',
     charset='us-ascii', cte='7bit', mailer='dms',
     atts=[A_pdf('Surrender_value_LV-2012-0739914.pdf', [
         'Lindenhof Lebensversicherung AG - Surrender value statement as of 01/04/2026',
         '',
         'Policyholder / life assured: Piotr Nowak, born 08/11/1993',
         'Policy: LV-2012-0739914, endowment, sum assured EUR 45,000, maturity 01/12/2032',
         '',
         'Premiums paid to date:           EUR 23,872.00',
         'Guaranteed surrender value:      EUR 19,640.18',
         'Profit participation:            EUR  2,711.45',
         'Valuation reserve share:         EUR     84.30',
         'Surrender value (before tax):    EUR 22,435.93',
         'Capital gains tax estimate:      EUR      0.00 (gain below allowance)',
         '',
         'Payment would go to: ' + IB['nowak']])])

# 90
mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
     'grey: commission statement to a sole-trader broker with his personal IBAN and tax number (natural person, income)',
     'makler', ['Timo Brandauer <kontakt@brandauer-makler.example>'],
     'Courtageabrechnung Februar 2026 – Vermittlernummer 41-0455',
     T('''
     Sehr geehrter Herr Brandauer,

     Ihre Courtageabrechnung für Februar 2026:

       Abschlusscourtage Leben/BU         3.412,50 EUR
       Abschlusscourtage Kranken          1.980,00 EUR
       Bestandscourtage Sach/Kfz            611,37 EUR
       Stornohaftung (2 Verträge)          -742,00 EUR
       Auszahlung                         5.261,87 EUR

     Überweisung auf Ihr Konto {ib} (Timo Brandauer Versicherungsmakler),
     Steuernummer 026 812 40417. Umsatzsteuer fällt nach § 4 Nr. 11 UStG nicht an.

     Die Einzelaufstellung je Vertrag finden Sie wie gewohnt in der elektronischen
     Vermittlerpost im Maklerportal.

     Lindenhof Maklerservice – Provisionsabrechnung
     '''.format(ib=IB['brandauer'])),
     charset='utf-8', cte='base64', mailer='dms')

# 91
mail('NORMAL', 'de', 'internal',
     'trap: lessons learned on misdirected mails with health data (process, no case details, no names)',
     'hoffmeister', ['Teamleitungen Leistung <tl-leistung@%s>' % DOM],
     'Lessons learned: Fehlversand von E-Mails – was wir ändern',
     T('''
     Liebe Teamleitungen,

     im ersten Quartal hatten wir bereits vier Fehlversände mit Gesundheitsdaten. Keiner
     davon war böswillig, alle hatten dieselbe Ursache: die Autovervollständigung in
     Outlook bei ähnlichen Namen.

     Was wir ändern:
       1. Die Autovervollständigung für externe Adressen wird ab 23.03. abgeschaltet.
       2. Arztberichte, Gutachten und Abrechnungen verschicken wir grundsätzlich über das
          Kundenportal; per E-Mail nur mit Einwilligung und verschlüsselt.
       3. Bei Fehlversand: sofort an datenschutz@ melden, nicht selbst "reparieren".

     Bitte besprecht das in euren nächsten Teamrunden. Eine Vorlage für die Folie hänge
     ich nicht an – sie ist im Intranet unter Datenschutz > Schulungen.

     ''') + sig('hoffmeister') + '\n',
     mailer='outlook')

# 92
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-supplier',
     'order to a medical-supply store: wheelchair for a named insured with paraplegia, address and prescription details',
     'kuehn', ['Auftragsannahme Sanitätshaus Brückner <auftrag@sanihaus-brueckner.example>'],
     'Auftrag Hilfsmittel: Aktivrollstuhl für Herrn Emre Yıldız, KV 6620 1183 07',
     T('''
     Sehr geehrte Damen und Herren,

     wir beauftragen Sie im Rahmen unseres Versorgungsvertrags mit der Lieferung von:

       Aktivrollstuhl Starrrahmen, individuell angepasst (Hilfsmittelnr. 18.50.03.1xxx)
       inkl. Sitzkissen Dekubitusprophylaxe und Greifreifenbeschichtung

     Versicherter: Herr Emre Yıldız, geb. 02.02.1991, Parkstraße 8, 34128 Kassel,
     Tel. 0176 5550 3318
     Verordnung: Dr. Hagen, BG-Unfallklinik, vom 25.02.2026 – inkomplette Paraplegie
     (G82.02) nach Arbeitsunfall im Oktober 2025

     Die Anpassung soll bitte in der Wohnung stattfinden (Erdgeschoss, barrierefrei).
     Kostenvoranschlag bitte vor Auslieferung an mich.

     ''') + sig('kuehn') + '\n',
     mailer='outlook')

# 93
mail('NORMAL', 'en', 'internal',
     'trap: clean-desk and screen-lock reminder mentioning medical files, bank details and health data in general',
     'hoffmeister', ['Kassel office all staff <all-kassel@%s>' % DOM],
     'Clean desk check results - please lock your screens',
     T('''
     Hello everyone,

     last Thursday evening we did our quarterly clean-desk walk. The good news: far fewer
     open cupboards than in autumn. The not-so-good news:

       - 14 unlocked screens (3 of them with a claims file open)
       - 6 printouts with customer bank details left on the shared printers
       - 2 medical reports in a meeting room on floor 3

     Please lock your screen (Windows + L) every time you leave your desk, collect your
     printouts immediately, and put paper files with health data in the locked cabinets
     at the end of the day.

     Thanks for helping us keep our customers' data safe.

     ''') + sig('hoffmeister', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 94
mail('CONFIDENTIAL', 'de', 'internal',
     'list of returned direct debits in property/motor with named customers, masked and full IBANs, amounts - only in the ODS',
     'schreiber', ['Team Inkasso Sach <inkasso-sach@%s>' % DOM],
     'Rücklastschriften KW 10 – Sach/Kfz',
     T('''
     Hallo zusammen,

     anbei die Rücklastschriften der KW 10 für Sach und Kfz. Bitte wie immer bis
     Freitag anschreiben; bei "Widerspruch" bitte vorher anrufen.

     Danke
     Tanja
     '''),
     charset='iso-8859-1', cte='quoted-printable', mailer='outlook',
     atts=[A_ods('RLS_KW10_Sach_Kfz.ods', 'KW10', [
         ['Vertrag', 'Name', 'IBAN', 'Betrag', 'Rückgabegrund'],
         ['KH 77 398 114', 'Marcel Becker', 'DE87 **** **** **** **77 55', 217.40, 'AC04 Konto erloschen'],
         ['HR-5901447', 'Heinz Kraft', IB['krueger'], 38.20, 'AM04 Deckung'],
         ['WG-4419027', 'Sven Krüger', IB['ritter'], 412.90, 'MD06 Widerspruch'],
         ['PH-7733102', "Michael O'Brien", IB['walsh'], 79.90, 'MS03 sonstiger Grund']])])

# 95
mail('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-hospital',
     'named expat insured admitted to a Kassel hospital: diagnosis, cover confirmation; German to the hospital, English note for the patient',
     'carter', ['International Office Klinikum Fuldatal <international@klinikum-fuldatal.example>'],
     'Kostenzusage / cover confirmation – Luca Pereira, geb. 14.07.1987',
     T('''
     Sehr geehrte Frau Ahmadi,

     für unseren Versicherten Herrn Luca Pereira, geb. 14.07.1987 (International Health
     Plan, Mitgliedsnummer IH-30033410), bestätigen wir die Kostenübernahme für die
     stationäre Behandlung seit dem 07.03.2026:

       Aufnahmediagnose: Pneumonie (J18.9), Sauerstoffgabe, i.v.-Antibiose
       Kosten: allgemeine Krankenhausleistungen und Zweibettzimmer, Direktabrechnung

     Herr Pereira spricht nur wenig Deutsch. Could you please pass on the following
     note to him?

       "Dear Mr Pereira, your hospital stay is covered by your plan. You don't need to
        pay anything - the hospital will invoice us. Get well soon! Emily Carter,
        Lindenhof International Health"

     Vielen Dank!

     ''') + sig('carter') + '\n\n' + FOOT_DE + '\n',
     charset='windows-1252', mailer='outlook')

# 96
mail('NORMAL', 'de', 'insurer-to-lawyer',
     'trap: framework mandate with a law firm (hourly rates, reporting, § 203 StGB clause); grey: lawyer named, but no case and no client',
     'kruse', ['RA Dr. Felix Baumgart <baumgart@reuter-baumgart.example>'],
     'Rahmenmandat 2026–2028: Vergütung und Berichtswesen',
     T('''
     Lieber Herr Dr. Baumgart,

     danke für das Gespräch gestern. Ich fasse die Eckpunkte für das Rahmenmandat
     (Regress Sach, Prozessführung BU/Leben, Arzthaftung bei Regress Kranken) zusammen:

       - Stundensätze: Partner 290 EUR, Associate 210 EUR, jeweils zzgl. USt.
       - bei Streitwerten unter 10.000 EUR Abrechnung nach RVG
       - Quartalsbericht je Mandat mit Prozessrisikoeinschätzung
       - Datenaustausch nur über unseren Datenraum, keine Gesundheitsunterlagen per E-Mail
       - Verpflichtung der Mitarbeitenden nach § 203 StGB ist in Ihrer Kanzlei ja
         ohnehin gegeben; bitte bestätigen Sie sie trotzdem in der Vereinbarung.

     Den Vertragsentwurf schicke ich Ihnen bis Ende nächster Woche.

     ''') + sig('kruse') + '\n',
     mailer='outlook')

# 97
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'cyber-insurance claim of a named sole trader (ransomware), business address, ransom demand and costs',
     'lorenz', ['Mr Daniel Okafor <daniel@okafor-design.example>'],
     'Your cyber claim CY-2026-00031 - next steps',
     T('''
     Dear Mr Okafor,

     I'm sorry to hear that your design studio (Okafor Design, sole proprietorship,
     Königsplatz 57, Kassel) was hit by ransomware over the weekend. Under your cyber
     policy CY-0884217 we have immediately engaged our incident-response partner:

       - Bitforensik Nord will call you within 2 hours (please don't switch off the
         affected PC, but disconnect it from the network)
       - Please do not pay the ransom demand (0.4 BTC) - contact us first
       - Costs for forensics, data recovery and business interruption (after 12 hours)
         are covered up to EUR 100,000

     Because client data may have been affected, you may have to report the incident to
     the data protection authority within 72 hours. Our partner will help with that too.

     Kind regards
     Stefan Lorenz
     Commercial Lines, Lindenhof Allgemeine Versicherung AG
     '''),
     charset='utf-8', cte='quoted-printable', mailer='mobile')

# 98
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'long-term-care daily allowance for a named insured with dementia: care-assessment results and monthly payments',
     'pflege', ['Herrn Jürgen Becker <j.becker@t-mail.example>'],
     'PflegeLinde Pflegetagegeld für Ihre Mutter, Frau Hildegard Becker',
     T('''
     Sehr geehrter Herr Becker,

     Sie haben uns als Bevollmächtigter Ihrer Mutter, Frau Hildegard Becker (geb.
     03.05.1938, Pflegetagegeldversicherung PT-2008-33716), die Ergebnisse der
     Pflegebegutachtung übersandt. Danach liegt bei Ihrer Mutter infolge einer
     fortschreitenden Alzheimer-Demenz (F00.1) seit 01.02.2026 Pflegegrad 4 vor.

     Aus dem Tarif PflegeLinde zahlen wir ab Februar 80 % des vereinbarten
     Pflegetagegelds, also 40 EUR täglich (1.200 EUR monatlich). Da Ihre Mutter seit
     dem 15.02. im Seniorenzentrum Am Auegarten vollstationär gepflegt wird, entfällt
     die Beitragszahlung ab März.

     Die Zahlung erfolgt wie gewünscht auf Ihr Konto {ib}.

     '''.format(ib=IB['becker_new'])) + sig('kuehn') + '\n\n' + FOOT_DE + '\n',
     charset='windows-1252', mailer='outlook')

# 99
mail('NORMAL', 'en', 'insurer-to-partner',
     'trap: association survey answer on cross-border healthcare claims (counts, countries, treatment types) - no individuals',
     'carter', ['Survey team European Health Insurers Forum <survey@ehif.example>'],
     'EHIF survey 2026 - cross-border claims (Lindenhof Krankenversicherung)',
     T('''
     Dear survey team,

     please find our answers to the cross-border healthcare survey below.

       Q1 Number of claims for treatment in other EU/EEA countries (2025):    8,412
       Q2 Top 3 countries:                      Austria, Spain, Netherlands
       Q3 Share planned vs. emergency treatment:  31 % planned / 69 % emergency
       Q4 Most frequent planned treatments:     dental (crowns, implants), cataract
                                                surgery, orthopaedic rehabilitation
       Q5 Average reimbursement per claim:      EUR 1,184
       Q6 Do you offer direct billing abroad?   yes, via our assistance partner

     We're happy for the figures to be published in aggregated form with other members.

     ''') + sig('carter', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 100
mail('STRICTLY_CONFIDENTIAL', 'en', 'internal',
     'fraud investigation of a physiotherapy practice: named insured patients with treatment dates and diagnoses in the CSV',
     'haddad', ['Katrin Weidemann <katrin.weidemann@%s>' % DOM, 'Sven Kruse <sven.kruse@%s>' % DOM],
     'Suspected billing fraud - Physio Vitalpunkt Lohfelden (case CF-2026-007)',
     T('''
     Hi Katrin, hi Sven,

     the anomaly detection flagged Physio Vitalpunkt in Lohfelden: since October, 14 of
     our insureds were billed for 2 x 60 min manual lymph drainage on the same days,
     including days when the practice was closed (public holidays).

     Attached is the extract of the suspicious claims. Katrin, could your team please
     call two or three of the insureds and ask - carefully - which treatments they
     actually received? Sven, please assess whether we should file a criminal complaint.

     Let's keep the circle small until we know more.

     ''') + sig('haddad', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_csv('CF-2026-007_extract.csv', [
         ['insured', 'policy', 'dob', 'treatment_date', 'billed', 'diagnosis_on_prescription', 'amount_eur'],
         ['Schaefer, Reinhard', 'KV 4471 2203 18', '1961-05-14', '2025-10-03', 'MLD 60 x2', 'M54.5 low back pain', '118.40'],
         ['Wagner, Elke', 'KV 5109 8821 30', '1958-02-27', '2025-12-25', 'MLD 60 x2', 'I89.0 lymphoedema', '118.40'],
         ['Okonkwo, Sarah', 'KV 7720 4418 02', '1992-06-13', '2025-12-26', 'MLD 60 x2', 'M79.6 limb pain', '118.40'],
         ['Brenner, Klaus', 'KV 3307 1195 66', '1964-03-03', '2026-01-01', 'MLD 60 x2', 'I89.0 lymphoedema', '118.40']],
         charset='us-ascii', delim=',')])

# 101
mail('NORMAL', 'de', 'insurer-to-customer',
     'trap: out-of-office auto-reply of a life/BU claims handler ("Leistungsfälle", "Berufsunfähigkeit") - no case content',
     'kowalczyk', ['Harald Ziegler <h.ziegler@freemail-de.example>'],
     'Automatische Antwort: Unterlagen BU-Antrag',
     T('''
     Vielen Dank für Ihre Nachricht.

     Ich bin bis einschließlich 20.03.2026 nicht im Büro. Ihre E-Mail wird nicht
     weitergeleitet.

     In dringenden Leistungsfällen der Lebens- und Berufsunfähigkeitsversicherung wenden
     Sie sich bitte an unser Team unter leistung-leben@lindenhof-versicherung.example oder
     0561 7088-3300.

     Bitte senden Sie uns ärztliche Unterlagen nicht per unverschlüsselter E-Mail,
     sondern nutzen Sie den Upload im Kundenportal.

     Mit freundlichen Grüßen
     Sandra Kowalczyk
     '''),
     charset='utf-8', cte='quoted-printable', mailer='outlook',
     headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# 102
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'SEPA mandate confirmation for a named customer\'s buildings policy: IBAN, address and mandate reference only in the PDF',
     'service', ['Tobias Fuchs <tobias.fuchs@kabelmail.example>'],
     'Bestätigung Ihres SEPA-Lastschriftmandats',
     T('''
     Guten Tag,

     anbei erhalten Sie die Bestätigung Ihres SEPA-Lastschriftmandats. Bitte bewahren Sie
     das Dokument bei Ihren Unterlagen auf.

     Ihre Lindenhof Versicherungen
     ''') + FOOT_SHORT + '\n',
     mailer='dms',
     atts=[A_pdf('SEPA-Mandat_Bestaetigung.pdf', [
         'Lindenhof Allgemeine Versicherung AG - Bestätigung SEPA-Lastschriftmandat',
         'Gläubiger-ID: ' + LINDENHOF_CID,
         'Mandatsreferenz: WG3381720-0001',
         '',
         'Kontoinhaber: Tobias Fuchs, Am Rain 9, 34277 Fuldabrück',
         'IBAN: ' + IB['fuchs'],
         'Vertrag: Wohngebäudeversicherung WG-3381720',
         'Beitrag: 684,20 EUR jährlich, Fälligkeit 01.04.'], compress=False)],
     date=None)

# 103
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'annual benefit overview for a named family (doctors, dentist, medicines per person) only in the XLSX; body neutral',
     'leistung', ['Familie Yilmaz <yilmaz.familie@mailbox.example>'],
     'Ihre Leistungsübersicht 2025 für die Steuererklärung',
     T('''
     Sehr geehrte Familie Yilmaz,

     wie gewünscht senden wir Ihnen die Übersicht der erstatteten Leistungen 2025 für
     Ihre Steuererklärung. Die Beitragsbescheinigung nach § 10 EStG erhalten Sie
     gesondert.

     Mit freundlichen Grüßen
     Ihr Leistungsservice

     ''') + FOOT_DE + '\n',
     mailer='dms',
     atts=[A_xlsx('Leistungsuebersicht_2025_KV_7739.xlsx', [
         ('Übersicht', [
             ['Versicherte Person', 'geb.', 'Leistungsart', 'Leistungserbringer', 'Rechnungsbetrag', 'erstattet'],
             ['Murat Yilmaz', '11.02.1980', 'ambulant', 'Dr. Kaya, Innere Medizin (Diabetes-Schwerpunkt)', 1240.66, 1240.66],
             ['Murat Yilmaz', '11.02.1980', 'Arzneimittel', 'Insulin glargin, Teststreifen', 980.10, 980.10],
             ['Elif Yilmaz', '23.09.1983', 'Zahn', 'Dr. Aydin, Implantat 46', 3850.00, 3080.00],
             ['Deniz Yilmaz', '30.04.2014', 'ambulant', 'Kinder- und Jugendpsychiatrie (ADHS-Diagnostik)', 612.40, 612.40],
             ['Deniz Yilmaz', '30.04.2014', 'Arzneimittel', 'Methylphenidat 10 mg', 344.50, 344.50],
             ['Summe', '', '', '', 7027.66, 6257.66]])])])

# 104
mail('NORMAL', 'en', 'internal',
     'trap: IT change notice for the ICD-10-GM 2026 and OPS catalogue update in the claims system - codes as examples, no patient',
     'jaeger', ['Change Advisory Board <cab@%s>' % DOM],
     'CHG0019934: ICD-10-GM / OPS 2026 catalogue update in CLAIMS-KV - go-live 14 March',
     T('''
     Hi CAB,

     change summary for the weekend:

       What:      import of the ICD-10-GM 2026 and OPS 2026 catalogues into CLAIMS-KV,
                  update of the plausibility rules (e.g. new codes U07.x handling,
                  sex-specific checks like O-codes only for female insureds, C61 only
                  for male insureds)
       When:      Sat 14 March, 18:00 - 23:00, claims system read-only
       Risk:      medium - rule changes may flag more invoices for manual review in
                  the first week
       Rollback:  restore of catalogue tables from backup, 30 min
       Tested:    UAT with 5,000 anonymised historical invoices, 12 rule findings fixed

     Please approve by Thursday.

     ''') + sig('jaeger', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='thunderbird')

# 105
mail('NORMAL', 'de', 'insurer-to-company',
     'trap: offer for company health insurance (bKV) for 120 employees - per-head premiums, benefit budget, no employee data',
     'frey', ['Herr Dr. Arne Wendt <a.wendt@wendt-maschinenbau.example>'],
     'Angebot betriebliche Krankenversicherung (Budgettarif) – Wendt Maschinenbau AG',
     T('''
     Sehr geehrter Herr Dr. Wendt,

     vielen Dank für das gute Gespräch. Wie besprochen erhalten Sie unser Angebot für
     eine betriebliche Krankenversicherung für Ihre rund 120 Mitarbeitenden:

       Budgettarif "Linde Budget 600": 600 EUR Gesundheitsbudget pro Person und Jahr
       frei einsetzbar für Zahnersatz, Brille, Heilpraktiker, Vorsorge
       ohne Gesundheitsprüfung, ohne Wartezeiten, Vorerkrankungen mitversichert
       Beitrag: 29,80 EUR pro Mitarbeiter und Monat, Familienangehörige optional

     Der Beitrag ist für Ihre Beschäftigten als Sachbezug steuerfrei im Rahmen der 50-EUR-
     Grenze. Eine Liste mit Namen brauchen wir erst nach Vertragsabschluss – und dann
     ohne jede Gesundheitsangabe.

     ''') + sig('frey') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook',
     atts=[A_pdf('Angebot_bKV_Wendt_Maschinenbau.pdf', [
         'Angebot Nr. BKV-2026-0147 - Betriebliche Krankenversicherung',
         'Versicherungsnehmer: Wendt Maschinenbau AG, Industriestraße 20, 34253 Lohfelden',
         '',
         'Tarif Linde Budget 600, Kollektiv ca. 120 Personen, Durchschnittsalter 42',
         'Beitrag je versicherte Person: 29,80 EUR/Monat; Jahresbeitrag gesamt ca. 42.912 EUR',
         'Leistungen: Zahnersatz, Zahnprophylaxe, Sehhilfen, Heilpraktiker, Vorsorge, Impfungen',
         'Annahme: ohne Gesundheitsprüfung ab 10 Mitarbeitenden; Vorerkrankungen mitversichert',
         'Gültig bis 30.04.2026'])])

# 106
mail('CONFIDENTIAL', 'en', 'insurer-to-partner',
     'HR employment confirmation for a named employee\'s mortgage application: salary, start date, permanent contract',
     'lammers', ['Mortgage team Nordbank Kassel <baufinanzierung@nordbank-kassel.example>'],
     'Employment confirmation - Ms Emily Carter',
     T('''
     Dear Sir or Madam,

     at the request and with the written consent of our employee, we confirm:

        Name:             Emily Carter
        Date of birth:    14 September 1988
        Employed since:   1 February 2019, permanent contract, not under notice
        Position:         Senior Specialist International Health Services
        Gross salary:     EUR 5,850 per month (13 payments), 2025 total EUR 76,050

     There are no salary garnishments or assignments.

     ''') + sig('lammers', 'en') + '\n\n' + FOOT_EN + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook')

# 107
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'grey: travel health insurance certificate for a named person\'s Schengen visa (passport no., DOB) - health line, no medical content',
     'novak', ['Mr Arjun Sharma <arjun.sharma@inbox-in.example>'],
     'Your travel health insurance certificate for the visa application',
     T('''
     Dear Mr Sharma,

     thank you for taking out our Incoming Travel Health insurance. Your insurance
     certificate for the German embassy is attached. It confirms cover of at least
     EUR 30,000 for medical treatment and repatriation, as required for a Schengen visa.

     Please print it and take it to your visa appointment.

     ''') + sig('novak', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_pdf('Insurance_certificate_Sharma.pdf', [
         'CERTIFICATE OF TRAVEL HEALTH INSURANCE (Schengen visa)',
         'Insurer: Lindenhof Krankenversicherung a.G., Kassel, Germany',
         '',
         'Insured person: Arjun SHARMA, born 06/02/1994, passport no. Z7731845 (India)',
         'Policy no.: IN-2026-004417    Period: 20/04/2026 - 19/07/2026',
         'Territory: all Schengen states',
         'Cover: medical treatment, hospitalisation, emergency dental, repatriation - sum insured EUR 30,000',
         'No deductible.'])])

# 108
_broker_nl = T('''
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,sans-serif;font-size:12px">
<p><b>Lindenhof Makler-Update 11/2026</b></p>
<p>Liebe Maklerpartner,</p>
<p>hier die Tarifänderungen zum 1. April auf einen Blick:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr bgcolor="#dfeadf"><th>Sparte</th><th>Tarif</th><th>Änderung</th></tr>
<tr><td>Kranken</td><td>ZahnPlus 90</td><td>Beitragssenkung im Schnitt 6 %, Kieferorthopädie Kinder jetzt 80 %</td></tr>
<tr><td>Kranken</td><td>KT 43</td><td>Krankentagegeld ab dem 43. Tag, neue Höchstgrenze 400 EUR/Tag</td></tr>
<tr><td>BU</td><td>LindenSchutz</td><td>vereinfachte Gesundheitsfragen (Psychotherapie, Bluthochdruck)</td></tr>
<tr><td>Unfall</td><td>UV Kompakt</td><td>Progression 350 %, Gliedertaxe verbessert</td></tr>
<tr><td>Kfz</td><td>KfzPlus</td><td>E-Auto-Akku Allgefahrendeckung</td></tr>
</table>
<p>Webinar am 19.03., 10 Uhr: <a href="https://makler.lindenhof-versicherung.example/webinar">Anmeldung</a></p>
<p>Ihre Maklerbetreuung</p>
<p style="color:#888;font-size:10px">Lindenhof Versicherungen, Am Lindenhof 1-5, 34121 Kassel.
Sie erhalten diese Information als Vertriebspartner der Lindenhof. Abmelden:
<a href="https://makler.lindenhof-versicherung.example/abmelden">hier</a>.</p>
</body></html>
''')
mail('NORMAL', 'de', 'insurer-to-broker',
     'trap: HTML-only broker update with a tariff table (Krankentagegeld, Zahn, BU health questions, accident) - no client data',
     'makler', ['Maklerverteiler Nord <makler-nord@lists.%s>' % DOM],
     'Makler-Update: Tarifänderungen zum 1. April',
     html=_broker_nl, html_charset='iso-8859-1', html_cte='quoted-printable', mailer='newsletter',
     headers=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://makler.%s/abmelden>' % DOM)])

# 109
mail('CONFIDENTIAL', 'de', 'insurer-to-assessor',
     'assessment order for a total-loss car: owner name, address, VIN, plate, claim number; nobody injured',
     'riedel', ['Kfz-Sachverständigenbüro Siebert <auftrag@sv-siebert.example>'],
     'Gutachtenauftrag KF-2026-019202 – Totalschaden?',
     T('''
     Hallo Herr Siebert,

     bitte einmal Restwert/Wiederbeschaffungswert ermitteln:

       Schaden:     KF-2026-019202, Vollkasko, Baum auf Fahrzeug (Sturm 02.03.)
       Halterin:    Anja Seidel, Rosenweg 11, 34246 Vellmar, Tel. 0160 5550 2812
       Fahrzeug:    Opel Corsa F, KS-AS 3006, FIN W0V7H9EC4LA104417, EZ 03/2020
       Standort:    Autohaus Vellmar-Nord, Hof hinten links
       Verletzte:   keine, Fahrzeug stand geparkt

     Laut Fotos ist das Dach eingedrückt und die Frontscheibe zerstört – ich tippe auf
     wirtschaftlichen Totalschaden. Restwertangebote bitte über die Börse einholen.

     ''') + sig('riedel') + '\n',
     charset='windows-1252', mailer='outlook')

# 110
mail('NORMAL', 'en', 'internal',
     'trap: announcement of the employee assistance programme (counselling for stress, addiction, grief, debt) - no employee',
     'hr', ['All staff <all-staff@%s>' % DOM],
     'New: free and anonymous Employee Assistance Programme from 1 April',
     T('''
     Dear colleagues,

     from 1 April all employees and their families can use our new Employee Assistance
     Programme, run by an independent provider, Mindbridge Counselling:

       - confidential telephone and video counselling, 24/7, in German, English,
         Turkish and Polish
       - help with stress, burnout prevention, conflicts, addiction, grief, care of
         relatives and money worries
       - up to 6 sessions per topic, free of charge

     Nobody at Lindenhof - not HR, not your manager - will know whether or why you
     called. We only receive an anonymous annual report with the number of contacts.

     Hotline and access code are on the intranet (HR > Health).

     Your HR team
     '''),
     charset='us-ascii', cte='7bit', mailer='outlook')

# 111
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'orthodontic treatment plan approval for a named child: KIG grade, findings, cost share',
     'weidemann', ['Sabine Ritter <sabine.ritter@kabelmail.example>'],
     'Kieferorthopädische Behandlung Ihrer Tochter Lara – Heil- und Kostenplan',
     T('''
     Sehr geehrte Frau Ritter,

     der Heil- und Kostenplan von Dr. Vogelsang für Ihre Tochter Lara (geb. 17.06.2015,
     mitversichert im Tarif ZahnPlus 90 unter KV 4418 7720 03) liegt uns vor.

     Befund laut Plan: Distalbiss mit vergrößerter Frontzahnstufe von 7 mm (KIG D4),
     Engstand im Unterkiefer. Geplant sind eine herausnehmbare Apparatur für 12 Monate,
     danach festsitzende Brackets, Gesamtdauer ca. 3 Jahre.

       Gesamtkosten laut Plan     4.860,00 EUR
       davon erstattungsfähig     3.888,00 EUR (80 %)
       Eigenanteil                  972,00 EUR

     Die Abrechnung erfolgt quartalsweise; bitte reichen Sie uns die Rechnungen jeweils
     ein.

     ''') + sig('weidemann') + '\n\n' + FOOT_DE + '\n',
     charset='windows-1252', mailer='outlook')

# 112
mail('NORMAL', 'de', 'internal',
     'trap: workplace health programme - back-training course invitation (ICS), "Rückenschmerzen", "Physiotherapeutin" - no individual',
     'lammers', ['Alle Mitarbeitenden Kassel <alle-kassel@%s>' % DOM],
     'BGM: Rückenfit im Büro – neuer Kurs ab 17.03.',
     T('''
     Liebe Kolleginnen und Kollegen,

     Rückenschmerzen sind auch bei uns einer der häufigsten Gründe für Fehlzeiten. Unser
     Betriebliches Gesundheitsmanagement startet deshalb einen neuen Kurs:

       "Rückenfit im Büro" mit der Physiotherapeutin Jana Lorenz
       8 Termine, dienstags 16:30–17:30 Uhr, Sporthalle Haus C
       Teilnahme kostenlos, max. 15 Personen

     Anmeldung im Intranet. Den ersten Termin hänge ich als Kalendereintrag an.

     ''') + sig('lammers') + '\n',
     mailer='outlook',
     atts=[A_ics('Rueckenfit_im_Buero.ics', uid='bgm-rueckenfit-2026', start='20260317T163000', end='20260317T173000',
                 summary='BGM: Rückenfit im Büro (1/8)', location='Sporthalle Haus C',
                 description='Bitte bequeme Kleidung und ein Handtuch mitbringen.',
                 organizer='personal@' + DOM)])

# 113
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'PV/engineering claim of a named farmer (sole trader): hail damage, yield loss, farm address and payment',
     'lorenz', ['Landwirt Bernd Kessler <hof-kessler@landpost.example>'],
     'Photovoltaik-Versicherung TV-2022-0318 – Hagelschaden, Ertragsausfall',
     T('''
     Hallo Herr Kessler,

     der Gutachter hat den Hagelschaden an der PV-Anlage auf Ihrer Maschinenhalle
     (Hof Kessler, Zum Lindenbach 2, 34289 Zierenberg) bestätigt: 46 von 212 Modulen
     haben Glasbruch.

       Austausch Module inkl. Montage          14.260,00 EUR
       Ertragsausfall 1 Monat (ca. 2.900 kWh)     841,00 EUR
       Selbstbeteiligung                         -500,00 EUR
       Entschädigung                           14.601,00 EUR

     Die Zahlung geht an Ihr Betriebskonto {ib}. Die Einspeisevergütung
     für die Ausfallzeit haben wir mit 29 ct/kWh angesetzt.

     '''.format(ib=IB['thiele'])) + sig('lorenz') + '\n',
     charset='utf-8', cte='8bit', mailer='thunderbird')

# 114
mail('NORMAL', 'mixed', 'internal',
     'trap: bilingual kick-off for the customer-portal relaunch; requirements mention health data, IBAN changes, doctors\' invoices generically',
     'sommer', ['Projektteam Portal 2027 <portal-relaunch@%s>' % DOM],
     'Kick-off Portal 2027 – Protokoll / minutes',
     T('''
     Hallo zusammen, hi all,

     danke für den guten Kick-off! Die wichtigsten Punkte / key points:

     1. Upload von Arztrechnungen und Rezepten bleibt das Top-Feature (62 % aller
        Portal-Logins). Mobile first.
     2. Änderung der Bankverbindung (IBAN) nur mit zweitem Faktor – security team
        to propose the flow by end of April.
     3. Gesundheitsdaten werden nie in Benachrichtigungsmails angezeigt, nur
        "Sie haben ein neues Dokument" – this is non-negotiable, says our DPO.
     4. English UI for expat customers in release 1 (not later).
     5. Next meeting: 26.03., 14:00, Raum C1.02 / Teams.

     Action items are in the project space. Cheers,
     Lea
     '''),
     mailer='outlook')

# 115
mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'case-management note on a named insured after myocardial infarction: rehab clinic, medication, return-to-work plan',
     'kuehn', ['Katrin Weidemann <katrin.weidemann@%s>' % DOM],
     'CM-Fall Grabowski – Stand nach Reha',
     T('''
     Hallo Katrin,

     kurzer Stand zu Herrn Peter Grabowski (KV 6630 2271 48, nicht verwechseln mit dem
     anderen Grabowski aus eurem Fehlversand):

     - Z.n. Vorderwandinfarkt (I21.0) am 14.01., Stent LAD, danach AHB in der Reha-Klinik
       Edersee bis 27.02.
     - Medikation: ASS, Ticagrelor, Bisoprolol, Atorvastatin 80 - Compliance laut
       Hausarzt gut
     - Er möchte ab April stufenweise wieder als Kraftfahrer arbeiten; der Kardiologe
       sieht das für Lkw erst nach der Kontroll-Ergometrie im Mai.
     - Krankentagegeld läuft weiter, ich habe ihm unsere Herzsportgruppen-Liste geschickt.

     Nächster Kontakt mit ihm am 24.03.

     Liebe Grüße
     Marlene
     '''),
     charset='iso-8859-1', mailer='outlook')

# 116
mail('CONFIDENTIAL', 'de', 'insurer-to-authority',
     'third-party debtor declaration on the garnishment of a named employee\'s salary (income, debts) to a court bailiff',
     'lammers', ['Obergerichtsvollzieher Martin Krebs <krebs@gv-kassel.example>'],
     'Drittschuldnererklärung gem. § 840 ZPO – DR II 4471/26, Schuldner Dennis Wolff',
     T('''
     Sehr geehrter Herr Krebs,

     zum Pfändungs- und Überweisungsbeschluss des Amtsgerichts Kassel vom 26.02.2026
     (Az. 611 M 1188/26), uns zugestellt am 03.03.2026, erklären wir als Drittschuldnerin:

     1. Wir erkennen die Forderung als begründet an, soweit pfändbares Arbeitseinkommen
        besteht. Herr Dennis Wolff, geb. 29.08.1990, ist bei uns seit 01.10.2021 als
        Sachbearbeiter beschäftigt; monatliches Bruttogehalt 3.640,00 EUR, netto ca.
        2.390,00 EUR, eine Unterhaltspflicht (Kind).
     2. Vorrangig besteht bereits eine Pfändung der Creditreform Nordhessen GmbH vom
        Dezember 2025 über 4.212,55 EUR.
     3. Der pfändbare Betrag (derzeit 198,41 EUR monatlich) wird daher zunächst an die
        vorrangige Gläubigerin abgeführt.

     ''') + sig('lammers') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook')

# 117
mail('NORMAL', 'de', 'insurer-to-supplier',
     'trap: order for first-aid kits, AED pads, burn dressings and a defibrillator service - medical-supply words, no person',
     'albrecht', ['Vertrieb MediSafe Betriebsbedarf <bestellung@medisafe-betrieb.example>'],
     'Bestellung 4500118905 – Erste-Hilfe-Material und AED-Wartung',
     T('''
     Guten Tag Herr Kowalski,

     bitte liefern Sie gemäß Rahmenvertrag:

       24 x Verbandkasten DIN 13157 (Nachfüllung)          à 18,90 EUR
       12 x Elektrodenpads Erwachsene für AED Typ LifeGuard  à 54,00 EUR
        6 x Kinder-Pads (für die Kita im Haus C)            à 61,50 EUR
       40 x Brandwundenverband-Set                          à  7,20 EUR
        1 x Wartung der 6 AED-Geräte inkl. Protokoll         pauschal 480,00 EUR

     Lieferung an: Lindenhof Versicherungen, Hausdienst, Am Lindenhof 1-5, 34121 Kassel.
     Die Ersthelfer-Schulung im Mai bestellen wir separat.

     ''') + sig('albrecht') + '\n',
     charset='windows-1252', mailer='outlook')

# 118
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker',
     'UK broker told that a named client\'s life application is postponed pending investigation of a thyroid nodule',
     'brandt', ['Olivia Harcourt <o.harcourt@harcourt-lyle.example>'],
     'RE: Status application Mr James Whitfield - LV-2026-10934',
     T('''
     Hi Olivia,

     sorry for the delay. We have now received the GP report for Mr Whitfield (DOB
     3 May 1979). It mentions a 2.1 cm thyroid nodule found on ultrasound in January,
     with a fine-needle biopsy scheduled for 18 March. Until the histology is known we
     have to postpone the decision - that's standard practice with every reinsurer we
     work with.

     As soon as you send us the biopsy result (benign, hopefully), we can usually offer
     standard terms within a few days. The application stays open for 6 months.

     ''') + sig('brandt', 'en') + T('''


     > From: Olivia Harcourt
     > Sent: 05 March 2026 09:02
     > Subject: Status application Mr James Whitfield - LV-2026-10934
     > Hi Oliver, any news on Mr Whitfield? He's getting impatient. Thanks, O.
     '''),
     charset='us-ascii', cte='7bit', mailer='outlook')

# 119
mail('NORMAL', 'en', 'internal',
     'trap: out-of-office reply naming the deputies for "pre-authorisations" and "medical emergencies abroad" - no case',
     'carter', ['Paul Novak <paul.novak@%s>' % DOM],
     'Automatic reply: Guarantee of payment Faro - please check',
     T('''
     Hi,

     I'm on annual leave until Monday, 23 March, with no access to e-mail.

     Pre-authorisations and dental plans: please contact Jonas Pfeiffer (ext. 1000).
     Medical emergencies abroad: our 24/7 assistance line +49 561 7088-4477.
     Anything else can wait for me :-)

     Emily
     '''),
     charset='us-ascii', cte='7bit', mailer='outlook',
     headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# 120
mail('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
     'motor cover for a named customer\'s Dutch-registered car being re-registered in Germany; plate, VIN, address - German/English',
     'pfeiffer', ['Hendrik van Dijk <hendrik@vandijk-mail.example>'],
     'Ummeldung Ihres Fahrzeugs / re-registration of your car – eVB R2D8TX5',
     T('''
     Hallo Herr van Dijk, hello Mr van Dijk,

     wie telefonisch besprochen: Für die Ummeldung Ihres Toyota Yaris (niederländisches
     Kennzeichen 7-TVZ-91, FIN JTDKG3B30M3112458) auf Ihre Kasseler Adresse
     (Frankfurter Straße 36, 34121 Kassel) lautet Ihre eVB-Nummer: R2D8TX5.

     In English, just to be sure: take this eVB number, your passport, the Dutch
     registration papers (kentekenbewijs part I and II) and the certificate of
     conformity to the registration office. Your Dutch no-claims years (8 years
     schadevrij) are recognised - you start in SF class 8.

     Beitrag/premium: EUR 468.90 per year, Kfz-Haftpflicht + Teilkasko.

     ''') + sig('pfeiffer', 'en') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook')

# 121
mail('NORMAL', 'de', 'insurer-to-partner',
     'trap: exchange of S/MIME domain certificates with a hospital for encrypted mail of medical reports - technical, no content',
     'jaeger', ['IT-Sicherheit Klinikum Fuldatal <it-security@klinikum-fuldatal.example>'],
     'Austausch Domänenzertifikate für verschlüsselten Mailverkehr (Arztberichte/KÜ)',
     T('''
     Hallo Herr Ruppert,

     damit Kostenübernahmen, Entlassungsberichte und Rechnungen zwischen Ihrem Haus und
     uns künftig Gateway-zu-Gateway verschlüsselt laufen, hier unsere Daten:

       Domäne:         lindenhof-versicherung.example
       Zertifikat:     S/MIME Domänenzertifikat, ausgestellt von "Lindenhof Issuing CA 2"
       Gültig bis:     31.12.2027
       SHA-256-Fingerprint:
         4F:2A:91:0C:7E:55:D3:1B:86:AF:02:C9:64:E1:7B:38:
         90:DD:12:5F:A4:6E:0B:73:C8:29:F1:45:BE:03:7A:66

     Bitte schicken Sie uns Ihr Zertifikat bzw. den Fingerprint über einen zweiten Kanal
     (Telefon) zur Bestätigung. Testmail danach bitte ohne echte Patientendaten.

     ''') + sig('jaeger') + '\n',
     charset='iso-8859-1', mailer='thunderbird')

# 122
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
     'HTML-only reimbursement of glasses for a named insured with prescription values (diopters, astigmatism) in a table',
     'leistung', ['Paulina Nowak <paulina.nowak@posteingang.example>'],
     'Erstattung Ihrer Brille',
     html=T('''
     <html><body style="font-family:Arial;font-size:10pt">
     <p>Guten Tag Frau Nowak,</p>
     <p>für Ihre neue Gleitsichtbrille (Rechnung Optik Seeger vom 27.02.2026) erstatten
     wir aus Ihrem Tarif ST 100 (KV 5561 0249 33) den Höchstbetrag für Sehhilfen.</p>
     <table border="1" cellpadding="3" cellspacing="0">
     <tr><th></th><th>Sphäre</th><th>Zylinder</th><th>Achse</th><th>Addition</th></tr>
     <tr><td>rechts</td><td>-3,25</td><td>-1,00</td><td>175°</td><td>+2,00</td></tr>
     <tr><td>links</td><td>-4,00</td><td>-0,75</td><td>10°</td><td>+2,00</td></tr>
     </table>
     <p>Rechnungsbetrag: 1.186,00 EUR &ndash; erstattet: 300,00 EUR (Höchstbetrag alle 2 Jahre).</p>
     <p>Freundliche Grüße<br>Ihr Leistungsservice</p>
     </body></html>
     '''), html_charset='utf-8', html_cte='quoted-printable', mailer='dms')

# 123
mail('NORMAL', 'en', 'insurer-to-supplier',
     'trap: order of blood-pressure monitors and BMI scales for a customer health campaign - health equipment, no person',
     'albrecht', ['Sales HealthGear Europe <orders@healthgear-eu.example>'],
     'PO 4500119022 - blood pressure monitors for "Heart Health Weeks"',
     T('''
     Dear Ms Lindqvist,

     further to your quotation Q-88412 we order:

        300 x upper-arm blood pressure monitor BP-Pro 5 (validated, ESH protocol)
              with Lindenhof logo on the case             EUR 21.40 each
         10 x body composition scale (BMI, body fat) for our customer centres
                                                          EUR 89.00 each

     The monitors are give-aways for our "Heart Health Weeks" campaign in May; no data
     is transmitted to us - please confirm that the app pairing is disabled in this
     batch.

     Delivery to our warehouse by 24 April. Invoice to rechnungseingang@lindenhof-versicherung.example.

     Regards
     Nina Albrecht
     Procurement
     '''),
     charset='us-ascii', cte='7bit', mailer='outlook')

# 124
_garage = A_eml('Autohaus Vellmar-Nord Service <service@autohaus-vellmar-nord.example>',
                'Thomas Riedel <thomas.riedel@%s>' % DOM,
                'Kostenvoranschlag Marderschaden KS-HB 75',
                'Fri, 06 Mar 2026 11:20:05 +0100', T('''
                Hallo Herr Riedel,

                wie besprochen der KVA für den Marderschaden am BMW 320d von Herrn Heiko
                Brinkmann (KS-HB 75, FIN WBA8E11090K771204):

                  Zündkabel und Kühlmittelschlauch erneuern     286,40 EUR
                  Marderabwehr (Hochspannung) einbauen            189,00 EUR  (nicht versichert)
                  Arbeitszeit 2,5 Std.                            237,50 EUR

                Fahrzeug ist fahrbereit, Kunde holt es Montag ab.

                Gruß
                Werkstatt Vellmar-Nord
                '''), '<kva-2026-0311.77@autohaus-vellmar-nord.example>')
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'marten-bite claim: named customer, plate and VIN only in the attached garage mail (.eml); body short',
     'riedel', ['Heiko Brinkmann <heiko.brinkmann@t-mail.example>'],
     'Marderschaden – Kostenübernahme',
     T('''
     Hallo Herr Brinkmann,

     die Werkstatt hat mir den Kostenvoranschlag geschickt (hängt an). Die Reparatur
     übernehmen wir aus Ihrer Teilkasko, abzüglich 150 EUR Selbstbeteiligung. Die
     Marderabwehr ist leider nicht versichert – die zahlen Sie bitte direkt an die
     Werkstatt.

     ''') + sig('riedel') + '\n',
     mailer='outlook', atts=[_garage])

# 125
mail('NORMAL', 'de', 'internal',
     'trap: invitation to a colleague\'s birthday cake ("Geburtstag", first name); grey: only the weekday, no birth date or age',
     'schreiber', ['Team Beitragsbuchhaltung <team-bb@%s>' % DOM],
     'Kuchen! 🎂',
     T('''
     Hallo ihr Lieben,

     Jürgen hat am Freitag Geburtstag und bringt Kuchen mit – wir trefen uns um 14:30
     in der Teeküche im 2. OG. Wer was zum Geschenk beisteuern mag: Umschlag liegt bei
     mir im Büro bis Donnerstag.

     Pssst, er weiß nichts vom Geschenk!

     Tanja
     '''),
     charset='utf-8', cte='8bit', mailer='outlook')

# 126
mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
     'health data only in the subject line (named insured, chemotherapy cost decision); body just asks for a call-back',
     'pfeiffer', ['Katrin Weidemann <katrin.weidemann@%s>' % DOM],
     'Rückruf Frau Elke Wagner (KV 5109 8821 30) wg. abgelehnter Chemo-Kosten – sehr aufgebracht',
     T('''
     Hi Katrin,

     bitte heut noch zurückrufen, 0561 5550 4471 (ab 15 uhr). sie ist ziemlich sauer

     Danke!
     Jonas
     '''),
     mailer='mobile')

# 127
_inner_zip = zip_bytes([
    ('Schreiben_Ritter_WG-2025-12204.docx', docx_bytes([
        'Herrn Wolfgang Ritter, Kasseler Weg 19, 34292 Ahnatal',
        'Ihr Sturmschaden vom 12.12.2025, Vertrag WG-3118740',
        'Sehr geehrter Herr Ritter, wir entschuldigen uns für die lange Bearbeitungsdauer. '
        'Wir erstatten die Dachreparatur in Höhe von 14.300,00 EUR abzüglich 500,00 EUR Selbstbeteiligung.'],
        title='Schreiben Ritter')),
    ('Notiz.txt', 'Entwurf SL, bitte noch nicht versenden.\r\n')])
mail('CONFIDENTIAL', 'en', 'internal',
     'claims export for the complaint review: named property customers, addresses, amounts; letter draft inside a nested ZIP',
     'lorenz', ['Farid Haddad <farid.haddad@%s>' % DOM],
     'Export for complaint review Q1 (property)',
     T('''
     Hi Farid,

     here is the export you asked for: all property claims with a complaint in Q1 and the
     draft reply letter for Mr Ritter (in the inner archive). The zip is too big for
     the DMS upload, hence by mail - please delete after the review.

     Stefan
     '''),
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_zip('complaint_review_Q1_property.zip', [
         A_csv('claims_with_complaints_Q1.csv', [
             ['claim', 'policyholder', 'address', 'line', 'reserve_eur', 'status'],
             ['WG-2025-12204', 'Wolfgang Ritter', 'Kasseler Weg 19, 34292 Ahnatal', 'buildings', '13800', 'open'],
             ['HR-2026-004417', 'Derya Özdemir', 'Wilhelmshöher Allee 210, 34119 Kassel', 'household', '0', 'paid'],
             ['EL-2026-00188', 'Sven Krüger', 'Mühlenweg 7, 34266 Niestetal', 'buildings/flood', '22000', 'open']]),
         ('letters.zip', _inner_zip)])])

# 128
mail('NORMAL', 'de', 'internal',
     'trap: data-protection impact assessment draft for AI document recognition of doctors\' invoices (DOCX) - method, no personal data',
     'hoffmeister', ['Projekt KI-Belegerkennung <ki-beleg@%s>' % DOM],
     'DSFA KI-Belegerkennung – Entwurf v0.4 zur Abstimmung',
     T('''
     Hallo zusammen,

     anbei der Entwurf der Datenschutz-Folgenabschätzung für die KI-gestützte
     Belegerkennung (Arztrechnungen, Rezepte, Heil- und Kostenpläne). Bitte insbesondere
     Abschnitt 4 (Risiken) und 5 (Maßnahmen) prüfen.

     Ich habe bewusst keine echten Belege als Beispiele eingefügt – bitte auch in den
     Kommentaren nicht.

     ''') + sig('hoffmeister') + '\n',
     mailer='outlook',
     atts=[A_docx('DSFA_KI-Belegerkennung_v0.4.docx', [
         ('h', 'Datenschutz-Folgenabschätzung nach Art. 35 DSGVO – KI-Belegerkennung'),
         ('h', '1. Beschreibung der Verarbeitung'),
         'Eingescannte Leistungsbelege der Krankenversicherung (Arztrechnungen nach GOÄ/GOZ, Rezepte, '
         'Heil- und Kostenpläne) werden automatisiert ausgelesen: Leistungserbringer, Datum, Ziffern, '
         'Beträge, Diagnosen (ICD-10-GM).',
         ('h', '4. Risiken'),
         ('table', [['Risiko', 'Eintritt', 'Schwere'],
                    ['Fehlzuordnung eines Belegs zu falscher versicherter Person', 'mittel', 'hoch'],
                    ['Training des Modells mit Gesundheitsdaten beim Anbieter', 'gering', 'sehr hoch'],
                    ['Diskriminierung durch automatisierte Ablehnung', 'gering', 'hoch']]),
         ('h', '5. Maßnahmen'),
         'Verarbeitung ausschließlich im eigenen Rechenzentrum; kein Training mit Produktivdaten; '
         'keine automatisierte Ablehnung (Art. 22 DSGVO), jede Ablehnung prüft ein Mensch.'])])

# 129
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'maternity cover for a named expat insured: pregnancy, expected delivery date, hospital booking, gestational diabetes',
     'carter', ['Ms Hannah Brooks <hannah.brooks@harbourline.example>'],
     'Your maternity benefits - expected delivery 28 June',
     T('''
     Dear Hannah,

     congratulations again! Following your call, here is a summary of your maternity
     cover under your International Health Plan (member no. IH-30029981):

       Expected date of delivery:  28 June 2026 (per your gynaecologist's letter)
       Hospital:                   Klinikum Fuldatal, maternity unit - direct billing
                                   arranged, private room covered
       Prenatal care:              covered 100 %, incl. the additional glucose
                                   monitoring for your gestational diabetes (O24.4)
       Midwife:                    home visits covered up to 12 weeks after birth
       Newborn:                    please register your baby within 2 months of birth -
                                   then cover starts from birth without health questions

     If anything changes, just let me know.

     Best wishes,
     Emily

     ''') + FOOT_EN + '\n',
     charset='windows-1252', mailer='outlook')

# 130
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'personal liability claim: named customer damaged a friend\'s laptop; both named, amounts, policy - property only',
     'demir', ['Lukas Wolff <lukas.wolff96@mailbox.example>'],
     'Ihr Haftpflichtschaden PH-2026-00398 – Laptop Ihres Freundes',
     T('''
     Hallo Herr Wolff,

     danke für Ihre Schilderung. Sie haben am 28.02. bei einem Spieleabend bei Herrn Niklas
     Bauer in der Wörthstraße ein Glas Cola über dessen Laptop (MacBook Air, 2023)
     geschüttet. Das Gerät ist laut Apple-Service nicht mehr reparabel.

     Aus Ihrer Privathaftpflicht (PH-7759108) ersetzen wir den Zeitwert:
       Neupreis 1.299 EUR, Alter 2 Jahre -> Zeitwert 780,00 EUR

     Das Geld überweisen wir direkt an Herrn Bauer, sobald er uns seine Bankverbindung
     mitteilt. Können Sie ihm bitte meine E-Mail-Adresse geben?

     ''') + sig('demir') + '\n',
     mailer='outlook')

# 131
mail('NORMAL', 'en', 'internal',
     'trap: comparison of mortality tables (DAV 2008 T vs company experience) by age and sex in XLSX - actuarial aggregates',
     'vogt', ['Julian Wagner <julian.wagner@%s>' % DOM],
     'Mortality experience vs DAV 2008 T - for the treaty meeting',
     T('''
     Hi Julian,

     for the renewal meeting on the 24th: our term-life mortality experience 2021-2025
     against DAV 2008 T (aggregate, smoker and non-smoker combined). Actual/expected is
     89 % for men and 93 % for women, so we're well within the reinsurer's pricing
     basis. The pandemic years 2021/22 are included; without them A/E is 86 %.

     ''') + sig('vogt', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_xlsx('Mortality_AE_2021-2025.xlsx', [
         ('A_E', [
             ['Age band', 'Sex', 'Exposure (years)', 'Actual deaths', 'Expected (DAV 2008 T)', 'A/E'],
             ['20-39', 'm', 84112, 41, 47.3, 0.87],
             ['40-59', 'm', 97304, 188, 209.1, 0.90],
             ['60-79', 'm', 21220, 171, 192.0, 0.89],
             ['20-39', 'f', 71530, 18, 19.8, 0.91],
             ['40-59', 'f', 80447, 102, 108.9, 0.94],
             ['60-79', 'f', 15610, 77, 83.1, 0.93]])])])

# 132
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
     'order for a medical expert opinion on a named insured\'s BU follow-up review; questions and history only in the ODT',
     'kowalczyk', ['Prof. Dr. Ramelow Gutachteninstitut <sekretariat@gutachten-ramelow.example>'],
     'Gutachtenauftrag Nachprüfung BU – unser Zeichen BU-L-2023-0441',
     T('''
     Sehr geehrter Herr Prof. Dr. Ramelow,

     wir möchten Sie mit einem Nachprüfungsgutachten beauftragen. Auftrag, Fragenkatalog
     und Vorgeschichte finden Sie in der Anlage; die ärztlichen Unterlagen stellen wir
     Ihnen wie gewohnt über den Datenraum bereit. Die Einwilligung der versicherten
     Person liegt vor.

     Um Terminvergabe direkt mit der versicherten Person wird gebeten.

     ''') + sig('kowalczyk') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook',
     atts=[A_odt('Gutachtenauftrag_BU-L-2023-0441.odt', [
         'Gutachtenauftrag – Nachprüfung der Berufsunfähigkeit',
         'Versicherte Person: Sabine Hartmann, geb. 30.05.1972, Am Fasanenhof 8, 34125 Kassel, Tel. 0561 5550 8120',
         'Beruf: Altenpflegerin (Schichtdienst), BU anerkannt seit 01.03.2023',
         'Anerkannte Diagnosen: rheumatoide Arthritis (M06.0) mit Befall beider Hände, Fatigue',
         'Therapie seit 2024: Biologikum (Adalimumab), laut Hausarzt deutliche Besserung',
         'Fragen: 1. Besteht die Einschränkung der Greiffunktion fort? 2. Kann die Versicherte ihren Beruf',
         'zu mehr als 50 % wieder ausüben? 3. Welche Tätigkeiten sind ihr zumutbar?',
         'Honorar: nach JVEG, Honorargruppe M2.'])])

# 133
_gt_html = T('''
<html><body style="font-family:Arial,sans-serif">
<h2>Einladung: Lindenhof Gesundheitstag am 28. März</h2>
<p>Liebe Kundinnen und Kunden, liebe Nachbarn aus Kassel,</p>
<p>am Samstag, 28. März, öffnen wir von 10 bis 16 Uhr unsere Türen. Kostenlos für alle:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Uhrzeit</th><th>Angebot</th></tr>
<tr><td>10:00</td><td>Blutdruck- und Blutzuckermessung (anonym, ohne Anmeldung)</td></tr>
<tr><td>11:00</td><td>Vortrag: Diabetes vorbeugen – was wirklich hilft</td></tr>
<tr><td>13:00</td><td>Erste Hilfe am Kind – Workshop mit dem DRK</td></tr>
<tr><td>14:30</td><td>Vortrag: Pflegegrad beantragen – so läuft die Begutachtung</td></tr>
</table>
<p>Den Termin für Ihren Kalender finden Sie im Anhang.</p>
<p style="font-size:10px">Abmelden: <a href="https://news.lindenhof-versicherung.example/abmelden?l=gt26">hier</a></p>
</body></html>
''')
mail('NORMAL', 'de', 'newsletter',
     'trap: public health-day invitation (blood pressure and blood sugar tests, diabetes, care level talks) with ICS - no person',
     'news', ['Lindenhof Kundeninfo <kundeninfo@news.%s>' % DOM],
     'Einladung zum Lindenhof Gesundheitstag am 28. März',
     T('''
     Einladung: Lindenhof Gesundheitstag am 28. März, 10-16 Uhr

     10:00  Blutdruck- und Blutzuckermessung (anonym, ohne Anmeldung)
     11:00  Vortrag: Diabetes vorbeugen – was wirklich hilft
     13:00  Erste Hilfe am Kind – Workshop mit dem DRK
     14:30  Vortrag: Pflegegrad beantragen – so läuft die Begutachtung

     Abmelden: https://news.lindenhof-versicherung.example/abmelden?l=gt26
     '''), html=_gt_html, mailer='newsletter',
     headers=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://news.%s/abmelden?l=gt26>' % DOM)],
     atts=[A_ics('Gesundheitstag_2026.ics', uid='gesundheitstag-2026', start='20260328T100000', end='20260328T160000',
                 summary='Lindenhof Gesundheitstag', location='Lindenhof, Am Lindenhof 1-5, Kassel, Foyer Haus A')])

# 134
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'HTML-only confirmation of new bank details for a named customer\'s household and liability policies (old and new IBAN)',
     'service', ['Ms Sarah Okonkwo <sarah.okonkwo@mailbox.example>'],
     'Your new bank details have been saved',
     html=T('''
     <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
     <p>Dear Ms Okonkwo,</p>
     <p>as requested on 8 March, we have updated the bank details for your policies:</p>
     <table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
     <tr><td><b>Policies</b></td><td>HR-6690412 (household), PH-7762205 (personal liability), KB-2026-0441 (rent deposit guarantee)</td></tr>
     <tr><td><b>Old account</b></td><td>{old}</td></tr>
     <tr><td><b>New account</b></td><td>{new}</td></tr>
     <tr><td><b>Account holder</b></td><td>Sarah Okonkwo</td></tr>
     <tr><td><b>Valid from</b></td><td>next premium due on 1 April 2026</td></tr>
     </table>
     <p>If you did not request this change, please call us immediately on +49 561 7088-1000.</p>
     <p>Kind regards<br>Lindenhof Customer Service</p>
     </body></html>
     '''.format(old=IB['okafor'], new=IB['dubois'])), html_charset='us-ascii', html_cte='7bit', mailer='dms')

# 135
mail('CONFIDENTIAL', 'de', 'internal',
     'company-car accident of a named employee (plate, place, third-party damage, his own liability share) - nobody injured',
     'riedel', ['Fuhrparkverwaltung <fuhrpark@%s>' % DOM],
     'Dienstwagen KS-LH 7014 – Parkschaden Herr Osterkamp',
     T('''
     Moin,

     Frank Osterkamp hat am 05.03. mit dem Dienstwagen KS-LH 7014 (Passat Variant) beim
     Ausparken in Oldenburg, Parkhaus Waffenplatz, einen Mercedes touchiert
     (Kennzeichen OL-KM 338, Halter Karl Meinders). Keine Verletzten, Polizei war nicht
     da, Unfallbericht liegt vor.

     - Fremdschaden: ca. 1.900 EUR, läuft über unsere Flotten-KH
     - Eigenschaden Stoßfänger hinten: ca. 650 EUR, Vollkasko SB 500
     - Nach Dienstwagenrichtlinie trägt Frank bei einfacher Fahrlässigkeit 150 EUR
       Eigenanteil - bitte bei der Gehaltsabrechnung April berücksichtigen.

     Gruß
     Thomas
     '''),
     charset='iso-8859-1', mailer='outlook')

# 136
mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
     'medical-malpractice recourse: named insured, failed surgery, complications, treatment costs paid by the health insurer',
     'kruse', ['RA Dr. Felix Baumgart <baumgart@reuter-baumgart.example>'],
     'Neues Mandat: Arzthaftungsregress Grabowski ./. Praxisklinik am Weinberg',
     T('''
     Lieber Herr Dr. Baumgart,

     wir möchten Sie mit einem Regress aus übergegangenem Recht (§ 86 VVG) beauftragen:

     Unser Versicherter Herr Werner Grabowski, geb. 30.01.1957, wurde am 09.09.2025 in der
     Praxisklinik am Weinberg ambulant an der linken Leiste operiert (Leistenhernie,
     K40.90). Dabei wurde nach dem Gutachten der Schlichtungsstelle der Samenstrang
     verletzt; es folgten zwei Revisionsoperationen im Klinikum Fuldatal und eine
     chronische Schmerzsymptomatik (G89.2).

     Unsere Aufwendungen bisher: 27.412,80 EUR (stationär 21.980,00 EUR, ambulant und
     Schmerztherapie 5.432,80 EUR). Herr Grabowski macht seinen eigenen
     Schmerzensgeldanspruch über Rechtsanwältin Ortmann geltend; bitte stimmen Sie sich
     mit ihr ab.

     Die Akte stellen wir Ihnen im Datenraum bereit.

     ''') + sig('kruse') + '\n\n' + FOOT_DE + '\n',
     mailer='outlook')

# 137
mail('CONFIDENTIAL', 'de', 'internal',
     'HR bonus list for named field-sales staff with target achievement and bonus amounts (income) only in the XLSX',
     'lammers', ['Greta Baumann <greta.baumann@%s>' % DOM],
     'Zielerreichung 2025 Außendienst Leben – bitte freigeben',
     T('''
     Hallo Greta,

     anbei die Liste mit Zielerreichung und variabler Vergütung 2025 für euren
     Außendienst. Bitte bis 16.03. freigeben, dann geht es in die März-Abrechnung.

     ''') + sig('lammers') + '\n',
     mailer='outlook',
     atts=[A_xlsx('Zielerreichung_AD_Leben_2025.xlsx', [
         ('Bonus 2025', [
             ['Pers.-Nr.', 'Name', 'Region', 'Zielerreichung', 'Zielbonus EUR', 'Auszahlung EUR'],
             ['3110', 'Marco Lindqvist', 'Nord', 1.12, 9000, 10080],
             ['3125', 'Yvonne Teichmann', 'Mitte', 0.94, 9000, 8460],
             ['3141', 'Rolf Ebbinghaus', 'Süd', 1.31, 11000, 14410],
             ['3177', 'Sandra Pietsch', 'West', 0.78, 8000, 4800]])])])

# 138
mail('NORMAL', 'en', 'insurer-to-partner',
     'trap: blank claims-bordereau template for the reinsurer (columns for DOB, diagnosis, ICD) with one placeholder row',
     'wagner', ['Treaty accounting Meridian Re <treaty.accounts@meridian-re.example>'],
     'Quarterly claims bordereau - new template from Q2',
     T('''
     Dear colleagues,

     as agreed, from Q2 we'll send the quarterly claims bordereau in the attached format.
     The diagnosis column will only carry the ICD-10 chapter letter, not the full code,
     and date of birth is reduced to year of birth - in line with our data minimisation
     agreement.

     The file only contains the column headers and an example row - no real claims yet.

     ''') + sig('wagner', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_xlsx('Claims_bordereau_template_Q2.xlsx', [
         ('Bordereau', [
             ['Claim ref', 'Policy ref', 'Year of birth', 'Sex', 'Benefit type', 'ICD-10 chapter', 'Date of event', 'Paid EUR', 'Reserve EUR'],
             ['EXAMPLE-0001', 'EXAMPLE', 'YYYY', 'm/f/d', 'DI monthly / death / CI', 'A-Z', 'DD.MM.YYYY', '0.00', '0.00']])])])

# 139
mail('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer',
     'follow-up questions on a named applicant\'s health declaration (asthma, knee surgery) - German letter with English notes, DOCX questionnaire',
     'brandt', ['Ms Priya Raman <priya.raman@inbox-in.example>'],
     'Rückfragen zu Ihrem Antrag / questions about your application – KV-Antrag 2026-K-04471',
     T('''
     Sehr geehrte Frau Raman, dear Ms Raman,

     vielen Dank für Ihren Antrag auf Krankheitskostenversicherung. Zu Ihren
     Gesundheitsangaben haben wir noch zwei Fragen (details in the attached form, German
     and English):

     1. Asthma bronchiale: Welche Medikamente nehmen Sie aktuell, und gab es in den
        letzten 3 Jahren einen Notfall oder Krankenhausaufenthalt?
        (asthma: current medication, any emergency or hospital stay in the last 3 years?)
     2. Knie-Operation 2022 in Chennai: Bitte senden Sie uns den OP-Bericht, gern auf
        Englisch. (knee surgery 2022: please send the surgical report, English is fine.)

     Sobald wir die Angaben haben, entscheiden wir innerhalb von 5 Arbeitstagen.

     ''') + sig('brandt') + '\n',
     mailer='outlook',
     atts=[A_docx('Rueckfragen_Gesundheitsangaben_Raman.docx', [
         ('h', 'Rückfragen zu den Gesundheitsangaben / Follow-up health questions'),
         'Antragstellerin / applicant: Priya Raman, geb./born 21.01.1990, Antrag 2026-K-04471',
         ('table', [['Frage / question', 'Ihre Antwort / your answer'],
                    ['Asthma: aktuelle Medikamente / current medication (name, dose)', ''],
                    ['Notfallbehandlung oder Krankenhaus seit 2023? / emergency or hospital since 2023?', ''],
                    ['Knie-OP 2022: Art der Operation, Klinik / knee surgery 2022: procedure, hospital', ''],
                    ['Beschwerden heute? / current symptoms?', '']]),
         'Bitte unterschreiben / please sign: ______________________'])])

# 140
mail('NORMAL', 'de', 'insurer-to-customer',
     'trap: automatic portal registration confirmation (activation link, no name, no contract data)',
     'portal', ['neukunde-4471@kundenpost.example'],
     'Bitte bestätigen Sie Ihre Registrierung im Lindenhof-Kundenportal',
     T('''
     Guten Tag,

     vielen Dank für Ihre Registrierung im Lindenhof-Kundenportal. Bitte bestätigen Sie
     Ihre E-Mail-Adresse innerhalb von 24 Stunden über diesen Link:

     https://portal.lindenhof-versicherung.example/aktivieren?t=8f3KQz7LmR2xWv

     Danach können Sie Arztrechnungen hochladen, Ihre Verträge einsehen und Ihre
     Bankverbindung ändern.

     Sie haben sich nicht registriert? Dann ignorieren Sie diese E-Mail bitte.

     Ihre Lindenhof Versicherungen
     '''),
     charset='iso-8859-1', mailer='system', headers=[('Auto-Submitted', 'auto-generated')])

# 141
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'tenancy legal-expenses cover; the named customer\'s rent reduction dispute, landlord and amounts in reply and quoted mail',
     'mertens', ['Derya Özdemir <derya.oezdemir@mailbox.example>'],
     'AW: Schimmel in der Wohnung – Mietminderung, Schaden RS-2026-02471',
     T('''
     Hallo Frau Özdemir,

     ja, das ist über Ihren Mieter-Rechtsschutz (RS-790117) versichert. Wir erteilen
     Deckungszusage für die außergerichtliche Vertretung gegenüber Ihrer Vermieterin,
     der Wohnbau Nordstadt GmbH, wegen der Mietminderung (20 % von 840 EUR Kaltmiete
     seit Dezember). Einen Anwalt können Sie frei wählen.

     ''') + sig('mertens') + T('''


     -----Ursprüngliche Nachricht-----
     Von: Derya Özdemir <derya.oezdemir@mailbox.example>
     Gesendet: Montag, 16. März 2026 19:31
     An: Rechtsschutz Schadenservice
     Betreff: Schimmel in der Wohnung – Mietminderung

     Hallo, in meiner neuen Wohnung Wilhelmshöher Allee 210 ist seit Dezember Schimmel im
     Schlafzimmer. Die Vermieterin reagiert nicht, ich habe die Miete um 20 % gemindert
     und jetzt droht sie mit Kündigung. Bin ich da versichert? Derya Özdemir
     '''),
     mailer='outlook')

# 142
_kpi_html = T('''
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Complaints dashboard February 2026</title></head>
<body>
<h1>Complaints dashboard - February 2026</h1>
<table border="1">
<tr><th>Line</th><th>Complaints</th><th>Justified</th><th>Avg. days to close</th><th>Top reason</th></tr>
<tr><td>Health (comprehensive)</td><td>19</td><td>6</td><td>11.2</td><td>reimbursement of medicines</td></tr>
<tr><td>Health (supplementary/dental)</td><td>11</td><td>2</td><td>8.7</td><td>waiting periods</td></tr>
<tr><td>Disability income</td><td>7</td><td>3</td><td>24.5</td><td>duration of claims assessment</td></tr>
<tr><td>Motor</td><td>15</td><td>4</td><td>6.1</td><td>no-claims class</td></tr>
<tr><td>Property</td><td>12</td><td>5</td><td>13.9</td><td>claims handling time</td></tr>
</table>
<p>Source: complaints register, extracted 02/03/2026. Aggregated figures only.</p>
</body></html>
''')
mail('NORMAL', 'en', 'internal',
     'trap: monthly complaints dashboard as HTML attachment (health, disability, medicines) - aggregated counts only',
     'haddad', ['Management team <management@%s>' % DOM],
     'Complaints dashboard February 2026',
     T('''
     Dear all,

     attached is the complaints dashboard for February. Headlines: overall numbers down
     8 % on January; disability-income complaints still take far too long to close
     (24.5 days on average) - I'd like to discuss that in the next management meeting.

     ''') + sig('haddad', 'en') + '\n',
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_html('complaints_dashboard_2026-02.html', _kpi_html)])

# 143
mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
     'accident insurance: degree of permanent disability of a named insured after a wrist fracture, benefit calculation; base64 body',
     'leistung', ['Mr Michael O\'Brien <mobrien@postbox-ie.example>'],
     'Your accident insurance claim UV-2026-00077 - disability benefit',
     T('''
     Dear Mr O'Brien,

     following the medical report of Dr Ohlendorf of 2 March 2026, the fracture of your
     right wrist (distal radius fracture, S52.51) from your fall on the ice on
     9 January 2025 has left a permanent restriction of movement.

     According to the limb table of your accident policy UV-4410772:
        value of a hand                          55 %
        degree of impairment of the hand        2/10
        degree of disability                    11 %
        sum insured EUR 100,000 with 225 % progression (progression applies from 25 %)
        disability benefit                      EUR 11,000.00

     We will transfer the amount to your account {ib}.

     Kind regards
     Accident Claims Team
     Lindenhof Versicherungen

     '''.format(ib=IB['walsh'])) + FOOT_EN + '\n',
     charset='us-ascii', cte='base64', mailer='dms')

# 144
mail('CONFIDENTIAL', 'en', 'internal',
     'HR list of new hires (names, birth dates, start dates, private e-mail) for IT account creation, only in the CSV',
     'hr', ['IT Service Desk <it-servicedesk@%s>' % DOM],
     'New joiners April 2026 - please create accounts',
     T('''
     Hello Service Desk,

     please create Windows and SAP accounts for the new joiners in the attached list,
     effective on their start date. Welcome mails with the initial passwords go to the
     private addresses listed, as usual.

     Thanks,
     HR Services
     '''),
     charset='us-ascii', cte='7bit', mailer='outlook',
     atts=[A_csv('new_joiners_2026-04.csv', [
         ['last_name', 'first_name', 'date_of_birth', 'start_date', 'department', 'private_email'],
         ['Brandes', 'Leonie', '27.09.1998', '01.06.2026', 'Motor claims', 'leonie.brandes@mailbox.example'],
         ['Mahlke', 'Timo', '04.12.1995', '01.04.2026', 'IT Service Desk', 'timo.mahlke@webmail-de.example'],
         ['Ferreira', 'Ana', '19.03.1991', '01.04.2026', 'International Health', 'ana.ferreira@mailbox.example']],
         charset='utf-8', delim=',')])

# 145
mail('NORMAL', 'de', 'internal',
     'trap: internal training on reading doctors\' invoices (GOÄ numbers, factors, diagnoses as examples) - no real invoice',
     'weidemann', ['Azubis und Neue Leistung Kranken <azubis-lk@%s>' % DOM],
     'Schulung "Arztrechnungen lesen" – Donnerstag 9 Uhr',
     T('''
     Hallo zusammen,

     am Donnerstag geht es ums Lesen von Arztrechnungen. Zum Reinkommen ein paar Dinge,
     die ihr bis dahin kennen solltet:

     - GOÄ Nr. 1 (Beratung), Nr. 5 (symptombezogene Untersuchung), Nr. 3 (eingehende
       Beratung, nur als alleinige Leistung)
     - Steigerungsfaktor: bis 2,3 ohne Begründung, bis 3,5 mit Begründung, darüber nur
       mit Honorarvereinbarung
     - typische Diagnosen auf Rechnungen: J06.9 (Infekt der oberen Atemwege),
       M54.5 (Kreuzschmerz), I10 (Bluthochdruck) – wir prüfen, ob Diagnose und
       Leistung zusammenpassen

     Wir arbeiten nur mit geschwärzten Übungsrechnungen aus dem Schulungsordner.

     Katrin
     '''),
     mailer='outlook')

# 146
mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
     'short mobile reply: named customer\'s rental-car excess claim approved, car hire contract no. and amount - no injury',
     'novak', ['Luca Pereira <luca.pereira@mailbox.example>'],
     'Re: rental car scratch Lisbon',
     T('''
     Hi Mr Pereira,

     quick one from my phone: you excess claim for the scratch on the rental car in
     Lisbon (contract RA-PT-7781942, damage charge EUR 450) is approved under your
     travel policy RG-5520018. Payment to your Portugese account in 3-4 days.

     Paul Novak
     Lindenhof Travel Insurance

     Sent from my iPhone
     '''),
     charset='utf-8', cte='7bit', mailer='mobile')

# 147
mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
     'cancellation of household cover due to a named customer\'s move abroad: new foreign address, refund, policy numbers',
     'lorenz', ['Familie Dubois <famille.dubois@courriel-fr.example>'],
     'Kündigung Hausrat HR-6554120 wegen Umzug nach Frankreich',
     T('''
     Sehr geehrte Frau Dubois, sehr geehrter Herr Dubois,

     wir bestätigen die Kündigung Ihrer Hausratversicherung HR-6554120 zum 31.03.2026,
     da Sie Ihren Wohnsitz nach 12 rue des Tilleuls, 67000 Strasbourg, verlegen. In
     Frankreich können wir leider keinen Hausratschutz anbieten.

     Ihre Privathaftpflicht PH-7701888 läuft weiter, sie gilt auch im EU-Ausland.

     Den zu viel gezahlten Beitrag von 54,30 EUR überweisen wir auf das französische Konto
     {ib}.

     Alles Gute für den Neustart!

     '''.format(ib=IB['dubois'])) + sig('lorenz') + '\n',
     charset='iso-8859-1', mailer='outlook')

# 148
mail('NORMAL', 'mixed', 'insurer-to-partner',
     'trap: bilingual service-level call set-up with the assistance partner (hospital admissions, repatriation times) - no cases',
     'novak', ['Inés Romero <ines.romero@globalcare-assist.example>'],
     'SLA-Review Q1 / SLA review Q1 – Terminvorschlag',
     T('''
     Hola Inés, liebe Frau Romero,

     für das SLA-Review Q1 schlage ich Donnerstag, 26.03., 15:00 Uhr vor.
     Topics / Themen:

       1. Zeit bis zur Kostenzusage bei Krankenhausaufnahmen (Ziel 2 h, Ist 3,4 h)
       2. Repatriation lead times - ambulance jet vs. scheduled flight with escort
       3. Quality of medical reports from partner hospitals in Thailand
       4. Neue Hotline-Nummer für unsere Expat-Kunden ab April

     Please send me your figures beforehand - aggregated, as usual, no case lists.

     Saludos / viele Grüße
     Paul
     '''),
     mailer='outlook')

# 149
_lab_mail = A_eml('Tom Mills <tom.mills@harbourline.example>', 'Emily Carter <emily.carter@%s>' % DOM,
                  'Blood test results - do I need to worry?',
                  'Sun, 08 Mar 2026 20:05:44 +0100', T('''
                  Hi Emily,

                  my GP did a routine blood test and some values were flagged. Copying them
                  below - does this affect my cover or the knee surgery?

                    ALT (GPT)        98 U/l   (ref < 50)
                    GGT             142 U/l   (ref < 60)
                    HbA1c           6.1 %     (ref < 5.7)
                    Triglycerides   310 mg/dl

                  He mentioned fatty liver and pre-diabetes and wants an ultrasound next week.

                  Thanks, Tom (member IH-30017742)
                  '''), '<CAH4mills8Mar2026x@harbourline.example>', charset='us-ascii')
mail('STRICTLY_CONFIDENTIAL', 'en', 'customer',
     'member\'s own mail with lab values, fatty liver and pre-diabetes forwarded to the CMO as attached .eml; cover note neutral',
     'carter', ['Dr. Miriam Hölscher <miriam.hoelscher@%s>' % DOM],
     'FW: Blood test results - do I need to worry?',
     T('''
     Hi Miriam,

     could you have a quick look at the attached mail from one of our members? He's due
     for knee surgery (pre-authorised) and asks whether these results change anything.
     I'd rather not answer medical questions myself.

     Thanks!
     Emily
     '''),
     charset='us-ascii', cte='7bit', mailer='outlook', atts=[_lab_mail])

# 150
mail('NORMAL', 'de', 'internal',
     'trap: blood-donation drive in the building (Blutspende, Blutgruppe, Gesundheitscheck) - no individual',
     'sommer', ['Alle Mitarbeitenden Kassel <alle-kassel@%s>' % DOM],
     'Blutspende im Haus am 31. März – jetzt Termin sichern',
     T('''
     Liebe Kolleginnen und Kollegen,

     am Dienstag, 31. März, kommt der Blutspendedienst wieder zu uns ins Foyer Haus A
     (9–15 Uhr). Jede Spende zählt – gerade im Frühjahr sind die Vorräte knapp.

     Gut zu wissen:
     - Vor der Spende gibt es einen kurzen Gesundheitscheck (Blutdruck, Hämoglobin).
     - Erstspender erfahren ihre Blutgruppe einige Wochen später per Post – nicht über uns.
     - Die Spendezeit gilt als Arbeitszeit, danach gibt es Brötchen in der Kantine.

     Termine buchen über den Link im Intranet.

     ''') + sig('sommer') + '\n',
     mailer='outlook')

# ---------------------------------------------------------------- date overrides
# A few mails refer to dates in the month; their send time is fixed by hand so that the
# story stays consistent (all other dates are spread over March 2026 by mail_date()).
DATE_FIX = {48: (6, 11, 2), 62: (9, 15, 12), 66: (5, 13, 15), 77: (10, 14, 30), 85: (11, 10, 10),
            86: (11, 9, 30), 88: (12, 16, 2), 94: (9, 8, 40), 101: (16, 10, 3), 104: (9, 16, 40),
            108: (12, 7, 58), 112: (9, 10, 5), 118: (10, 11, 20), 119: (13, 18, 22), 137: (5, 9, 45),
            148: (16, 13, 5), 150: (26, 8, 12)}
for _n, _d in DATE_FIX.items():
    MAILS[_n - 1]['date'] = _d

# ================================================================ build
def fmt_addr(s):
    name, a = email.utils.parseaddr(s)
    assert a and '@' in a, s
    if not name:
        return a
    if re.search(r'[.,()<>@:;"\[\]]', name):
        name = '"%s"' % name.replace('"', '')
    return '%s <%s>' % (name, a)


def build_one(i, m):
    d, ds = mail_date(i, m['date'])
    msg = EmailMessage(policy=email.policy.SMTP)
    msg['From'] = fmt_addr(sender(m['frm']) if (m['frm'] in STAFF or m['frm'] in FUNC) else m['frm'])
    msg['To'] = ', '.join(fmt_addr(a) for a in m['to'])
    if m['cc']:
        msg['Cc'] = ', '.join(fmt_addr(a) for a in m['cc'])
    msg['Subject'] = m['subject']
    msg['Date'] = ds
    msg['Message-ID'] = msgid(i, m['mailer'] if m['mailer'] in ('outlook', 'thunderbird', 'system', 'newsletter') else 'plain', d)
    for k, v in m['headers']:
        msg[k] = v
    if m['reply_to']:
        msg['Reply-To'] = m['reply_to']
    hk, hv = MAILERS[m['mailer']]
    msg[hk] = hv
    if m['mailer'] in ('outlook', 'owa'):
        msg['Content-Language'] = {'de': 'de-DE', 'en': 'en-GB', 'mixed': 'de-DE'}[m['lang']]
    if m['text'] is not None:
        msg.set_content(m['text'], charset=m['charset'], cte=m['cte'])
        if m['html'] is not None:
            msg.add_alternative(m['html'], subtype='html', charset=m['html_charset'], cte=m['html_cte'])
    else:
        msg.set_content(m['html'], subtype='html', charset=m['html_charset'], cte=m['html_cte'])
    for a in m['atts']:
        _attach(msg, a)
    inner = set()
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner.add(id(part.get_payload(0)))
            if part.get_payload(0).as_bytes(policy=email.policy.SMTP).isascii():
                part.replace_header('Content-Transfer-Encoding', '7bit')
    for part in msg.walk():
        if part is not msg and id(part) not in inner and 'MIME-Version' in part:
            del part['MIME-Version']
    k = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary('----=_Part_d173_%04d_%d_%08X' % (i, k, zlib.crc32(b'%d/%d' % (i, k))))
            k += 1
    return msg.as_bytes(policy=email.policy.SMTP)


def build_all():
    files = {}
    rows = ['file\tlabel\tlang\tkind\treason']
    for i, m in enumerate(MAILS, 1):
        name = '%s%04d.eml' % (PREFIX, i)
        try:
            files[name] = build_one(i, m)
        except Exception as e:
            raise SystemExit('%s: %r' % (name, e))
        assert '\t' not in m['reason'] and '\n' not in m['reason'], name
        rows.append('\t'.join([name, m['label'], m['lang'], m['kind'], m['reason']]))
    return files, ('\n'.join(rows) + '\n').encode('utf-8')


# ================================================================ check
class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.tables = 0

    def handle_starttag(self, tag, attrs):
        if tag == 'table':
            self.tables += 1

    def handle_data(self, data):
        self.out.append(data)


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return ' '.join(p.out), p.tables


def _xml_text(data):
    root = ET.fromstring(data)
    return ' '.join(t for t in root.itertext())


def open_file(name, data, stats, depth=0):
    """Open one attachment by type; return its text.  Raises on failure."""
    low = (name or '').lower()
    ext = low.rsplit('.', 1)[-1] if '.' in low else ''
    stats[ext] = stats.get(ext, 0) + (1 if depth == 0 else 0)
    stats['~in_zip_' + ext] = stats.get('~in_zip_' + ext, 0) + (1 if depth else 0)
    if ext == 'pdf':
        assert data.startswith(b'%PDF-') and data.rstrip().endswith(b'%EOF'), name
        t = pdf_text(data)
        assert t.strip(), 'empty PDF text layer: %s' % name
        return t
    if ext in ('docx', 'xlsx', 'odt', 'ods'):
        zf = zipfile.ZipFile(io.BytesIO(data))
        assert zf.testzip() is None
        names = zf.namelist()
        if ext == 'docx':
            t = _xml_text(zf.read('word/document.xml'))
            ET.fromstring(zf.read('[Content_Types].xml'))
        elif ext == 'xlsx':
            ET.fromstring(zf.read('xl/workbook.xml'))
            t = ' '.join(_xml_text(zf.read(n)) for n in names if n.startswith('xl/worksheets/'))
        else:
            assert names[0] == 'mimetype' and zf.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
            assert zf.read('mimetype').decode().endswith('opendocument.' + ('text' if ext == 'odt' else 'spreadsheet'))
            ET.fromstring(zf.read('META-INF/manifest.xml'))
            t = _xml_text(zf.read('content.xml'))
        assert t.strip(), 'empty document: %s' % name
        return t
    if ext == 'zip':
        zf = zipfile.ZipFile(io.BytesIO(data))
        assert zf.testzip() is None
        return '\n'.join(open_file(n, zf.read(n), stats, depth + 1) for n in zf.namelist())
    if ext in ('csv', 'txt', 'ics', 'html', 'htm'):
        for cs in ('utf-8', 'cp1252'):
            try:
                t = data.decode(cs)
                break
            except UnicodeDecodeError:
                continue
        if ext == 'csv':
            rows = list(csv.reader(io.StringIO(t), delimiter=';' if t.count(';') >= t.count(',') else ','))
            assert len(rows) >= 2, name
        if ext == 'ics':
            assert 'BEGIN:VCALENDAR' in t and 'END:VCALENDAR' in t, name
        if ext in ('html', 'htm'):
            t = html_text(t)[0]
        return t
    raise AssertionError('unknown attachment type: %r' % name)


EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
URL_RE = re.compile(r'(?:https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)', re.I)
IBAN_RE = re.compile(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b')


def check():
    files, labels = build_all()
    errs = []
    disk = sorted(p.name for p in (HERE / 'mails').glob('*.eml'))
    if disk != sorted(files):
        errs.append('mails/ does not match the generator (%d on disk, %d built)' % (len(disk), len(files)))
    for name, data in files.items():
        p = HERE / 'mails' / name
        if not p.exists() or p.read_bytes() != data:
            errs.append('%s differs from rebuild' % name)
    if (HERE / 'labels.tsv').read_bytes() != labels:
        errs.append('labels.tsv differs from rebuild')
    mids = {}
    stats = {}
    tops, charsets, ctes = {}, {}, {}
    n_ibans = 0
    n_hosts = 0
    for name, data in files.items():
        def bad(msg_):
            errs.append('%s: %s' % (name, msg_))
        if b'\r\n' not in data or b'\n' in data.replace(b'\r\n', b'') or b'\r' in data.replace(b'\r\n', b''):
            bad('bare LF/CR or no CRLF')
        if any(len(l) > 998 for l in data.split(b'\r\n')):
            bad('line longer than 998 octets')
        msg = email.message_from_bytes(data, policy=email.policy.default)
        top = msg.get_content_type()
        tops[top] = tops.get(top, 0) + 1
        texts = []
        for hname in ('From', 'To', 'Cc', 'Reply-To'):
            for _, a in email.utils.getaddresses(msg.get_all(hname, [])):
                texts.append(a)
        frm = email.utils.parseaddr(str(msg['From']))[1]
        if not frm.endswith('@' + DOM):
            bad('From is not the insurer: %s' % frm)
        mid = str(msg['Message-ID']).strip()
        if mid in mids:
            bad('duplicate Message-ID with %s' % mids[mid])
        mids[mid] = name
        if not re.fullmatch(r'<[^@<>\s]+@[A-Za-z0-9.-]+\.example>', mid):
            bad('odd Message-ID %s' % mid)
        for h in ('In-Reply-To', 'References', 'List-Unsubscribe'):
            if msg[h]:
                texts.append(str(msg[h]))
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.year != 2026:
            bad('date not in 2026')
        texts.append(str(msg['Subject']))
        for part in msg.walk():
            if part.defects:
                bad('MIME defects %r' % part.defects)
            for k, v in part.items():
                if getattr(v, 'defects', None):
                    bad('header defects in %s: %r' % (k, v.defects))
            if part.get_content_type() == 'message/rfc822':
                im = part.get_payload(0)
                for hname in ('From', 'To', 'Cc', 'Message-ID'):
                    if im[hname]:
                        texts.append(str(im[hname]))
                if not str(im['Message-ID']).strip().endswith('.example>'):
                    bad('attached message has a non-.example Message-ID')
            if part.is_multipart() or part.get_content_maintype() == 'message':
                continue
            fn = part.get_filename()
            ctype = part.get_content_type()
            cte = str(part.get('Content-Transfer-Encoding', '7bit')).lower()
            ctes[cte] = ctes.get(cte, 0) + 1
            if part.get_content_maintype() == 'text':
                cs = part.get_content_charset()
                if cs not in ALLOWED_CHARSETS:
                    bad('charset %r not allowed' % cs)
                charsets[cs] = charsets.get(cs, 0) + 1
                try:
                    content = part.get_content()
                except Exception as e:  # noqa
                    bad('text part does not decode with %s: %s' % (cs, e))
                    continue
                if fn:
                    try:
                        texts.append(open_file(fn, content.encode('utf-8'), stats))
                    except Exception as e:  # noqa
                        bad('attachment %s: %s' % (fn, e))
                elif ctype == 'text/html':
                    t, _ = html_text(content)
                    texts.append(t)
                else:
                    texts.append(content)
            else:
                try:
                    texts.append(open_file(fn, part.get_content(), stats))
                except Exception as e:  # noqa
                    bad('attachment %s: %s' % (fn, e))
        blob = '\n'.join(texts)
        for mm in EMAIL_RE.finditer(blob):
            n_hosts += 1
            if not mm.group(1).lower().endswith('.example'):
                bad('non-.example mail host %s' % mm.group(1))
        for mm in URL_RE.finditer(blob):
            n_hosts += 1
            if not mm.group(1).lower().endswith('.example'):
                bad('non-.example URL host %s' % mm.group(1))
        for mm in IBAN_RE.finditer(blob):
            n_ibans += 1
            if mm.group(0).replace(' ', '')[4:7] == 'ZZZ':   # SEPA creditor identifier
                if not creditor_ok(mm.group(0).replace(' ', '')):
                    bad('creditor identifier with wrong checksum: %s' % mm.group(0))
                continue
            if not iban_ok(mm.group(0)):
                bad('IBAN with wrong checksum: %s' % mm.group(0))
    if set(charsets) != ALLOWED_CHARSETS:
        errs.append('charsets used %s, expected all of %s' % (sorted(charsets), sorted(ALLOWED_CHARSETS)))
    lab = {}
    lang = {}
    kinds = {}
    for m in MAILS:
        lab[m['label']] = lab.get(m['label'], 0) + 1
        lang[m['lang']] = lang.get(m['lang'], 0) + 1
        kinds.setdefault(m['kind'], [0, 0, 0])[
            ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL').index(m['label'])] += 1
    want = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
    if lab != want:
        errs.append('label counts %r, expected %r' % (lab, want))
    if len(MAILS) != 150:
        errs.append('%d mails, expected 150' % len(MAILS))
    traps = sum(1 for m in MAILS if m['label'] == 'NORMAL' and 'trap:' in m['reason'])
    grey = sum(1 for m in MAILS if 'grey:' in m['reason'])
    print('mails: %d   labels: %s' % (len(MAILS), ', '.join('%s %d' % (k, lab.get(k, 0)) for k in want)))
    print('lang: %s' % ', '.join('%s %d (%.0f %%)' % (k, v, 100.0 * v / len(MAILS)) for k, v in sorted(lang.items())))
    print('label x lang:')
    for L in want:
        print('  %-22s %s' % (L, '  '.join('%s %d' % (g, sum(1 for m in MAILS if m['label'] == L and m['lang'] == g)) for g in ('de', 'en', 'mixed'))))
    print('kinds (N/C/S): ' + '; '.join('%s %d/%d/%d' % ((k,) + tuple(v)) for k, v in sorted(kinds.items())))
    print('traps: %d of %d NORMAL; grey: %d' % (traps, lab.get('NORMAL', 0), grey))
    print('top-level types: %s' % ', '.join('%s %d' % kv for kv in sorted(tops.items())))
    print('text-part charsets: %s' % ', '.join('%s %d' % kv for kv in sorted(charsets.items())))
    print('transfer encodings: %s' % ', '.join('%s %d' % kv for kv in sorted(ctes.items())))
    print('attachments opened: %s' % ', '.join('%s %d' % kv for kv in sorted(stats.items()) if kv[1] and not kv[0].startswith('~')))
    print('inside ZIPs: %s' % ', '.join('%s %d' % (k[8:], v) for k, v in sorted(stats.items()) if k.startswith('~') and v))
    print('IBANs checked: %d (all mod-97 valid unless reported); addresses/URLs checked: %d' % (n_ibans, n_hosts))
    print('Message-IDs unique: %d' % len(mids))
    if errs:
        print('\nFAILED:')
        for e in errs:
            print('  ' + e)
        return 1
    print('\ncheck OK: byte-identical rebuild, CRLF, no MIME defects, all attachments open, '
          'charsets allowed, .example hosts only, IBAN checksums valid, label counts 60/45/45')
    return 0


def main():
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    files, labels = build_all()
    out = HERE / 'mails'
    out.mkdir(exist_ok=True)
    for old in out.glob('*.eml'):
        if old.name not in files:
            old.unlink()
    for name, data in files.items():
        (out / name).write_bytes(data)
    (HERE / 'labels.tsv').write_bytes(labels)
    print('wrote %d mails and labels.tsv' % len(files))


if __name__ == '__main__':
    main()
