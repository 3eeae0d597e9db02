#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel evaluation corpus dev118 -- call centre theme.

Weserstrom Versicherung AG (invented) and its outsourced call centre
Kontaktwerk Dialog GmbH (invented): call notes, callback requests,
escalations, chat transcripts and voice-mail transcriptions forwarded
between the call centre, the specialist departments and the customers.

    python make_corpus.py          writes mails/d118-0001.eml ... d118-0150.eml and labels.tsv
    python make_corpus.py --check  re-parses every mail, validates labels and attachments,
                                   and checks that a rebuild is byte-identical

Standard library only, deterministic, no network. Every mail is written by
hand in its own function m001 ... m150; the helpers below only do MIME,
PDF, office-file and ZIP plumbing.
"""

import base64
import datetime
import email
import email.header
import email.policy
import email.utils
import hashlib
import io
import os
import quopri
import re
import sys
import tempfile
import urllib.parse
import zipfile
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

NN = '118'
HERE = os.path.dirname(os.path.abspath(__file__))
ZDT = (2025, 3, 14, 9, 0, 0)  # fixed timestamp of every ZIP member

# ---------------------------------------------------------------- people
INS = 'weserstrom.example'
KW = 'kontaktwerk.example'
KWL = 'lisboa.kontaktwerk.example'


def a(name, addr):
    """Formatted address; display name RFC 2047-encoded when needed."""
    return email.utils.formataddr((name, addr), charset='utf-8')


SABINE = a('Sabine Krämer', 'sabine.kraemer@' + INS)
JONAS = a('Jonas Petersen', 'jonas.petersen@' + INS)
HAHN = a('Dr. Ulrike Hahn', 'ulrike.hahn@' + INS)
MEHMET = a('Mehmet Yıldırım', 'mehmet.yildirim@' + INS)
VOGT = a('Anna-Lena Vogt', 'anna-lena.vogt@' + INS)
BRANDT = a('Tobias Brandt', 'tobias.brandt@' + INS)
CLAIRE = a('Claire Whitfield', 'claire.whitfield@' + INS)
FELIX = a('Felix Obermeier', 'felix.obermeier@' + INS)
LUEHR = a('Katrin Lühr', 'katrin.luehr@' + INS)
PIETER = a('Pieter de Vries', 'pieter.devries@' + INS)
SOMMER = a('Henrik Sommer', 'henrik.sommer@' + INS)
ROTH = a('Nadine Roth', 'nadine.roth@' + INS)
BERND = a('Bernd Kowalski', 'bernd.kowalski@' + INS)
LEA = a('Lea Hoffmann', 'lea.hoffmann@' + INS)
YUSUF = a('Yusuf Demir', 'yusuf.demir@' + INS)
MARTINA = a('Martina Engel', 'martina.engel@' + INS)
KS = a('Weserstrom Kundenservice', 'kundenservice@' + INS)

RONJA = a('Ronja Sievers', 'ronja.sievers@' + KW)
MARCO = a('Marco Teixeira', 'marco.teixeira@' + KWL)
DIRK = a('Dirk Hallmann', 'dirk.hallmann@' + KW)
JANA = a('Jana Richter', 'jana.richter@' + KW)
KWTEAM = a('Kontaktwerk Team Weserstrom', 'ws-team@' + KW)
KWESC = a('Kontaktwerk Eskalation WS', 'eskalation-ws@' + KW)
KWEN = a('Kontaktwerk English Desk', 'ws-english@' + KWL)

SIG_SABINE = """Mit freundlichen Grüßen
Sabine Krämer
Dienstleistersteuerung Kundenservice
Weserstrom Versicherung AG
Am Wall 120 | 28195 Bremen
Tel. +49 421 3308-2214 | sabine.kraemer@weserstrom.example"""

DISCL = """--
Weserstrom Versicherung AG | Sitz Bremen | Amtsgericht Bremen HRB 41187 HB
Vorstand: Dr. Carsten Lohmeyer (Vors.), Elke Brünjes, Ralf Tiedemann
Aufsichtsratsvorsitzender: Prof. Dr. Gerd Haverkamp
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail."""

DISCL_EN = """--
Weserstrom Versicherung AG | registered office Bremen | Amtsgericht Bremen HRB 41187 HB
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail."""


# ---------------------------------------------------------------- numbers
def iban(cc, bban):
    """ISO 13616 IBAN with ISO 7064 mod 97-10 check digits for an invented BBAN."""
    s = bban + cc + '00'
    num = ''.join(str(int(ch, 36)) for ch in s)
    return '%s%02d%s' % (cc, 98 - int(num) % 97, bban)


def grp(i):
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))


def iban_ok(i):
    i = i.replace(' ', '').upper()
    s = i[4:] + i[:4]
    return int(''.join(str(int(ch, 36)) for ch in s)) % 97 == 1


def dt(mo, d, h, mi, s=0):
    """Date header in 2025, Europe/Berlin (CEST from 30 March)."""
    off = 2 if (mo, d) >= (3, 30) else 1
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return email.utils.format_datetime(datetime.datetime(2025, mo, d, h, mi, s, tzinfo=tz))


# ---------------------------------------------------------------- MIME plumbing
class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if body.endswith(b'\n') else body + b'\n'

    def bytes(self):
        return ('\n'.join(self.headers) + '\n\n').encode('ascii') + self.body


_BCOUNT = [0]
_CUR = [0]


def bnd():
    _BCOUNT[0] += 1
    return '----=_NextPart_%s_%04d_%02d' % (NN, _CUR[0], _BCOUNT[0])


def enc_body(raw, cte):
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == '7bit':
        raw.decode('ascii')
        return raw
    if cte == '8bit':
        return raw
    raise ValueError(cte)


def T(body, cs='utf-8', cte='quoted-printable', sub='plain', flowed=False):
    """A text part. Lines are written with LF; charset and transfer encoding as given."""
    raw = body.encode(cs)
    ct = 'Content-Type: text/%s; charset=%s' % (sub, cs if cs != 'us-ascii' else 'us-ascii')
    if flowed:
        ct += '; format=flowed'
    return Part([ct, 'Content-Transfer-Encoding: ' + cte], enc_body(raw, cte))


def H(html, cs='utf-8', cte='quoted-printable'):
    return T(html, cs=cs, cte=cte, sub='html')


def fname_params(fn):
    try:
        fn.encode('ascii')
        return 'name="%s"' % fn, 'filename="%s"' % fn
    except UnicodeEncodeError:
        q = urllib.parse.quote(fn.encode('utf-8'))
        return "name*=utf-8''" + q, "filename*=utf-8''" + q


def A(data, ctype, fn, cte='base64', inline=False):
    """An attachment."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    n, f = fname_params(fn)
    disp = 'inline' if inline else 'attachment'
    return Part(['Content-Type: %s; %s' % (ctype, n),
                 'Content-Transfer-Encoding: ' + cte,
                 'Content-Disposition: %s; %s' % (disp, f)], enc_body(data, cte))


def RFC822(inner_bytes, fn=None):
    hs = ['Content-Type: message/rfc822']
    if fn:
        hs.append('Content-Disposition: attachment; filename="%s"' % fn)
    else:
        hs.append('Content-Disposition: inline')
    return Part(hs, inner_bytes)


def MP(sub, parts, preamble=True):
    b = bnd()
    out = b''
    if preamble:
        out += b'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        out += ('--' + b + '\n').encode('ascii') + p.bytes()
    out += ('--' + b + '--\n').encode('ascii')
    return Part(['Content-Type: multipart/%s;\n\tboundary="%s"' % (sub, b)], out)


def subj_enc(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, cs, maxlinelen=76, header_name='Subject').encode()


def msgbytes(frm, to, subject, date, part, cc=None, extra=(), mid=None, cs_subj='utf-8'):
    hs = ['From: ' + frm, 'To: ' + to]
    if cc:
        hs.append('Cc: ' + cc)
    hs.append('Subject: ' + subj_enc(subject, cs_subj))
    hs.append('Date: ' + date)
    if mid:
        hs.append('Message-ID: ' + mid)
    hs.extend(extra)
    hs.append('MIME-Version: 1.0')
    return Part(hs + part.headers, part.body).bytes()


def inner(frm, to, subject, date, part, cc=None, extra=(), key='x'):
    """A complete message to be forwarded as message/rfc822."""
    mid = '<%s.%s@%s>' % (hashlib.sha1((subject + date + key).encode()).hexdigest()[:16],
                          date[-5:].strip('+'), frm.split('@')[-1].rstrip('>'))
    return msgbytes(frm, to, subject, date, part, cc=cc, extra=extra, mid=mid)


def M(frm, to, subject, date, part, label, lang, kind, reason, cc=None, extra=(),
      mailer='Microsoft Outlook 16.0', cs_subj='utf-8'):
    ex = list(extra)
    if mailer:
        ex.append(('User-Agent: ' if 'Thunderbird' in mailer else 'X-Mailer: ') + mailer)
    return dict(frm=frm, to=to, subject=subject, date=date, part=part, label=label,
                lang=lang, kind=kind, reason=reason, cc=cc, extra=ex, cs_subj=cs_subj)


# ---------------------------------------------------------------- PDF (minimal, hand-made)
def _pdfstr(s):
    b = s.encode('cp1252')
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append('\\%03o' % ch)
    return '(' + ''.join(out) + ')'


def _wrap(line, width=92):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = '    ' + w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def pdf(lines, title='Dokument', author='Weserstrom Versicherung AG'):
    """Minimal valid PDF 1.4, Helvetica/WinAnsi, one or more A4 pages.
    Lines starting with '# ' are printed bold and larger."""
    flat = []
    for ln in lines:
        flat.extend(_wrap(ln) if not ln.startswith('# ') else [ln])
    pages = [flat[i:i + 58] for i in range(0, len(flat), 58)] or [[]]
    objs = {}
    objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = '<< /Title %s /Author %s /Producer (Weserstrom Druckstrecke 4.2) /CreationDate (D:20250314090000+01\'00\') >>' % (_pdfstr(title), _pdfstr(author))
    kids = []
    num = 6
    for pg in pages:
        ops = ['BT', '/F1 10 Tf', '13 TL', '56 790 Td']
        for ln in pg:
            if ln.startswith('# '):
                ops += ['/F2 12 Tf', _pdfstr(ln[2:]) + ' Tj', 'T*', '/F1 10 Tf']
            else:
                ops += [_pdfstr(ln) + ' Tj', 'T*']
        ops.append('ET')
        stream = '\n'.join(ops).encode('latin-1')
        objs[num + 1] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream'
        objs[num] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     '/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % (num + 1))
        kids.append(num)
        num += 2
    objs[2] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        body = objs[k] if isinstance(objs[k], bytes) else objs[k].encode('latin-1')
        out += b'%d 0 obj\n' % k + body + b'\nendobj\n'
    xref = len(out)
    n = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % n
    for k in range(1, n):
        out += b'%010d 00000 n \n' % offs[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n, xref)
    return bytes(out)


# ---------------------------------------------------------------- ZIP-based office files
def zipb(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in files:
            if isinstance(data, str):
                data = data.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


XMLH = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(creator, title):
    return (XMLH + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-14T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (xesc(title), xesc(creator)))


def docx(blocks, creator='Weserstrom Versicherung AG', title=''):
    """blocks: str (paragraph), ('h', str) (bold heading) or ('t', rows) (table)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []

    def para(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t))
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == 'h':
            body.append(para(b[1], True))
        elif b[0] == 't':
            rows = []
            for r in b[1]:
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>%s</w:tc>' % para(str(c)) for c in r)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % ''.join(rows))
    doc = (XMLH + '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, ''.join(body)))
    ct = (XMLH + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return zipb([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', _core(creator, title)),
                 ('word/document.xml', doc)])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, creator='Weserstrom Versicherung AG', title=''):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for idx, (name, rows) in enumerate(sheets, 1):
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
        files.append(('xl/worksheets/sheet%d.xml' % idx,
                      XMLH + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (S, ''.join(xr))))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), idx, idx))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (idx, idx))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % idx)
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    styles = (XMLH + '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>' % S)
    ct = (XMLH + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          + ''.join(ct_over) + '</Types>')
    rels = (XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = XMLH + '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (S, R, ''.join(wb_sheets))
    wbr = XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join(wb_rels)
    return zipb([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', _core(creator, title)),
                 ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbr), ('xl/styles.xml', styles)] + files)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')


def _odf(mime, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return zipb([('mimetype', mime), ('META-INF/manifest.xml', manifest), ('content.xml', content)])


def odt(paras):
    ps = ''.join('<text:h text:outline-level="2">%s</text:h>' % xesc(p[1]) if isinstance(p, tuple)
                 else '<text:p>%s</text:p>' % xesc(p) for p in paras)
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
         '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (ODF_NS, ps))
    return _odf('application/vnd.oasis.opendocument.text', c)


def ods(name, rows):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
        xr.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
         '<office:body><office:spreadsheet><table:table table:name="%s">%s</table:table>'
         '</office:spreadsheet></office:body></office:document-content>' % (ODF_NS, xesc(name), ''.join(xr)))
    return _odf('application/vnd.oasis.opendocument.spreadsheet', c)


CT_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
CT_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
CT_ODT = 'application/vnd.oasis.opendocument.text'
CT_ODS = 'application/vnd.oasis.opendocument.spreadsheet'



# ================================================================ the mails
# Labels follow SPEC section 1 as a data protection officer would apply it.

def m001():
    body = """Hallo zusammen,

anbei wie jeden Montag die Kennzahlen von Kontaktwerk für KW 9 (24.02.-02.03.).
Kurzfassung: Service Level wieder unter Ziel, Ursache ist vor allem die
Welle nach dem Versand der Beitragsanpassungen in der KV.

Kennzahl                         KW 8       KW 9     Ziel
--------------------------------------------------------------
Anrufe angeboten               19.804     21.377
Anrufe angenommen              18.412     19.655
Service Level (80/20)          81,2 %     76,3 %    80 %
AHT (Min:Sek)                   5:31       5:42     5:30
Chats                           2.114      2.398
Voicemails transkribiert          903        977
Rückrufbitten an Fachbereiche     611        702
Eskalationen (2nd Level)           29         37

Top-5 Anrufgründe KW 9
1. Leistungsabrechnung KV (Arzt-/Zahnarztrechnungen, Status)   3.911
2. Beitragsanpassung KV 2025                                    2.987
3. Kfz-Schadenmeldung                                           2.204
4. Krankenhaus-Kostenübernahme / Klinikanfragen                   612
5. Pflegeantrag Status                                            344

Auffällig: die Anfragen zu Krankenhaus-Kostenübernahmen haben sich seit
Januar fast verdoppelt. Ich habe Dr. Hahn gebeten, mit uns einen
Textbaustein für die Standardfragen abzustimmen, damit das im First Level
bleibt.

Viele Grüße
Sabine

""" + DISCL
    return M(SABINE, a('Leitung Kundenservice', 'ks-leitung@' + INS), 'KPI Kontaktwerk KW 9',
             dt(3, 3, 8, 47), T(body), 'NORMAL', 'de', 'internal',
             'trap: weekly call-centre KPIs with health call reasons, aggregates only')


def m002():
    body = """Liebe Kolleginnen und Kollegen der Leistungsabteilung,

bitte um Übernahme, Kunde wünscht Rückruf von einer Fachperson.

Gruß
Kundenservice / Vorgangssteuerung

-------- Weitergeleitete Nachricht --------
Betreff: Rückrufbitte KV – Kostenübernahme MRT
Datum: Mon, 10 Feb 2025 10:12:09 +0100
Von: Kontaktwerk Team Weserstrom <ws-team@kontaktwerk.example>
An: kundenservice@weserstrom.example

GESPRÄCHSNOTIZ  Ticket KW-WS-2025-021003-0417
Kanal: Telefon eingehend   Queue: Leistung KV   Agent: D. Wolff
Legitimation: erfolgreich (Geburtsdatum + PLZ)

Kunde:        Wilfried Pahlke, geb. 14.06.1958
Vertrag:      KV-4471-208813 (Vollversicherung, Tarif KomfortPlus)
Rückrufnr.:   0421 5550 3817 (ab 14 Uhr)

Anliegen:
Herr Pahlke hat vom Orthopäden (Dr. Sänger, Bremen-Vegesack) eine
Überweisung zum MRT rechtes Knie bekommen, Verdacht auf Innenmeniskusriss
(M23.2 steht auf der Überweisung, hat er vorgelesen). Termin in der
Radiologie am 18.02. Er fragt, ob er vorher eine Kostenzusage braucht und ob
die Praxis nach GOÄ 5729 abrechnen darf, weil man ihm gesagt hat, das
wäre "sehr teuer". Außerdem Schmerzen seit Wochen, nimmt Ibuprofen 600.

Info an Kunden gegeben: MRT ambulant i.d.R. ohne Vorabzusage, konnte
Frage zur GOÄ-Steigerung aber nicht abschließend beantworten -> Rückruf
Fachbereich zugesagt innerhalb 2 Werktagen.

Kunde war freundlich, etwas ungeduldig.
"""
    return M(KS, a('Leistung Kranken', 'leistung-kranken@' + INS), 'WG: Rückrufbitte KV – Kostenübernahme MRT',
             dt(2, 10, 10, 31), T(body, cte='8bit'), 'STRICTLY_CONFIDENTIAL', 'de', 'callcenter',
             'call note: named KV customer with birth date, suspected meniscus tear M23.2, MRI, medication')


def m003():
    body = """Hi Marco, hi team,

could one of your English desk agents please call back Mr Gareth Pryce today
or tomorrow? He rang our switchboard twice and got the German queue.

Claim no.:  S-25-104772 (motor, own damage + third party)
Policy:     KF-2024-0093318
Vehicle:    HB-GP 412, VW Passat Variant
Phone:      +49 421 5550 9921 (after 5 pm only, he works shifts)

Background: rear-end collision on the A27 near Bremen-Horn on 31 January,
he was the one hit, nobody was hurt. The assessor (Buero Brenning) was at
the garage on 6 February, report arrived yesterday. Repair approved, the
other party's insurer has accepted liability in principle.

What he wants to know: when the garage can start and whether he gets a
courtesy car. Answer: garage may start now, courtesy car is covered for 12
days via the other party's insurer, he should keep the receipts.

If he asks anything beyond that please route him to me directly.

Thanks,
Mehmet

Mehmet Yildirim
Kfz-Schaden | Weserstrom Versicherung AG
Tel. +49 421 3308-3170
"""
    return M(MEHMET, KWEN, 'Callback request - motor claim S-25-104772 (Mr Pryce)', dt(2, 11, 9, 5),
             T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'callback request: named motor customer, claim/policy number, plate, phone; nobody hurt',
             cc=a('Marco Teixeira', 'marco.teixeira@' + KWL))


def m004():
    body = """Dear colleagues in the medical team,

please see the chat transcript below from last night. The English desk did
the right thing and escalated immediately. Can somebody issue the guarantee
of payment to the hospital this morning? Hospital fax/e-mail is in the
transcript. I have already called Mr Varma back at 07:40 and told him we
are on it.

Claire

===== Parlio chat export | session 5f1c-88a2 | queue WS-EN-HEALTH =====
2025-02-13 22:41:07  Visitor (Nikhil Varma): hello is anyone there, urgent
2025-02-13 22:41:32  Agent Ines C.: Good evening, this is Ines from Weserstrom
                     customer service. How can I help?
2025-02-13 22:42:10  Nikhil Varma: my son Arjun (7) was admitted to hospital
                     tonight in Singapore, severe asthma attack, they gave
                     him nebulisers and oxygen and now they want to keep him
                     for 2-3 nights on the childrens ward
2025-02-13 22:42:31  Agent Ines C.: I'm very sorry to hear that. Can you give
                     me your policy number and date of birth, please?
2025-02-13 22:43:02  Nikhil Varma: IHP-7730-0415, 02/11/1984. Arjun is
                     co-insured on my plan
2025-02-13 22:43:40  Agent Ines C.: Thank you, I can see the International
                     Health Plan Premium with Arjun as co-insured person.
2025-02-13 22:44:15  Nikhil Varma: the hospital admin says they need a
                     guarantee of payment or a deposit of SGD 6,000. can you
                     send it? its Harbourfront Children's Hospital, admissions
                     office, admissions@harbourfront-kids.example
2025-02-13 22:45:01  Agent Ines C.: I'll escalate this to our medical
                     assistance team now. You'll get a call within the next
                     hours. Is +65 8555 0192 the best number?
2025-02-13 22:45:20  Nikhil Varma: yes. thank you
===== end of session =====
"""
    return M(CLAIRE, a('Expat Service Medical', 'expat-medical@' + INS), 'FW: URGENT chat WS-EN-HEALTH - GOP Singapore (IHP-7730-0415)',
             dt(2, 14, 7, 52), T(body), 'STRICTLY_CONFIDENTIAL', 'en', 'callcenter',
             'chat transcript: named child admitted to hospital with asthma attack, health policy, DOB of parent')


def m005():
    body = """Thank you for your message.

I am out of the office until Monday, 24 February 2025, with limited access
to e-mail.

For urgent medical pre-authorisations and guarantees of payment please
contact our expat medical team at expat-medical@weserstrom.example or, out
of hours, the 24/7 medical assistance line operated by Helvion Assistance:
+49 421 3308-4400.

For questions about claims for doctors' and hospital invoices please use
expat-service@weserstrom.example. Your message will not be forwarded.

Kind regards
Claire Whitfield
International Health Service | Weserstrom Versicherung AG
"""
    return M(CLAIRE, MARCO, 'Automatic reply: weekly English desk sync', dt(2, 17, 8, 2),
             T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'internal',
             'trap: out-of-office with medical pre-authorisation and hospital-invoice wording, no person',
             extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'])


def m006():
    ib = iban('DE', '29050101' + '0082217736')
    body = """Hallo liebes Kontaktwerk-Team,

bitte die neue Bankverbindung im Bestand erfassen (Vorgang liegt bei euch,
weil die Kundin zuerst bei euch angerufen hatte) und Frau Brunsmann kurz
telefonisch bestätigen, dass es ab dem Märzbeitrag klappt.

Danke und Gruß
Kundenservice Weserstrom


----- Weitergeleitet von Kundenservice am 18.02.2025 11:02 -----

Von: Heike Brunsmann <h.brunsmann@postfach.example>
An: kundenservice@weserstrom.example
Datum: 17.02.2025 21:44
Betreff: neue Bankverbindung Hausrat

Sehr geehrte Damen und Herren,

wie heute am Telefon besprochen (Ihre Mitarbeiterin Frau Fiedler sagte,
ich soll es nochmal schriftlich schicken) teile ich Ihnen meine neue
Bankverbindung für meine Hausratversicherung HR-2290-553104 mit:

Kontoinhaberin: Heike Brunsmann
IBAN: %s
Bank: Sparkasse Bremen

Gültig ab 01.03.2025. Das alte Konto bei der Volksbank wird geschlossen.
Zur Identifikation: geb. 03.09.1971, Anschrift Hemmstraße 212, 28215 Bremen.

Mit freundlichen Grüßen
Heike Brunsmann
""" % grp(ib)
    return M(KS, KWTEAM, 'WG: neue Bankverbindung Hausrat', dt(2, 18, 11, 2),
             T(body, cs='iso-8859-1'), 'CONFIDENTIAL', 'de', 'customer',
             'customer mail forwarded to call centre: IBAN, birth date, address, household policy number')


def m007():
    rows = [['Sparte', 'Anliegen', 'Jan', 'Feb', 'Mär', 'Summe Q1'],
            ['KV', 'Arzt-/Zahnarztrechnung Status', 14212, 13870, 15102, 43184],
            ['KV', 'Beitragsanpassung', 3120, 11954, 6411, 21485],
            ['KV', 'Krankenhaus-Kostenübernahme', 1304, 2291, 2480, 6075],
            ['KV', 'Heil- und Kostenplan Zahnersatz', 880, 912, 1015, 2807],
            ['Pflege', 'Pflegeantrag / Pflegegrad Status', 1201, 1377, 1422, 4000],
            ['Leben/BU', 'Leistungsantrag BU Status', 402, 388, 451, 1241],
            ['Unfall', 'Unfallmeldung', 590, 644, 702, 1936],
            ['Kfz', 'Schadenmeldung', 8844, 9101, 7730, 25675],
            ['Sach', 'Leitungswasser / Sturm', 2210, 3985, 2044, 8239],
            ['alle', 'Adress-/Bankdatenänderung', 5121, 4870, 5233, 15224]]
    kan = [['Kanal', 'Jan', 'Feb', 'Mär'], ['Telefon', 71211, 77354, 74012],
           ['Chat', 8104, 9210, 9987], ['Voicemail (transkribiert)', 3377, 3902, 4108],
           ['E-Mail (an KW geroutet)', 2210, 2398, 2552]]
    x = xlsx([('Anrufgründe', rows), ('Kanäle', kan)], creator='Sabine Krämer', title='Anrufgrund-Statistik Q1 2025')
    body = """Hallo Frau Roth, hallo Herr Demir,

wie im Lenkungskreis gewünscht die Anrufgrund-Statistik Q1 aus dem
Kontaktwerk-Reporting (März hochgerechnet bis 31.03.). Pflege und BU habe
ich jeweils in eine Zeile zusammengefasst, eine feinere Aufteilung gibt das
Tagging der Agents nicht her.

Viele Grüße
Sabine Krämer
"""
    return M(SABINE, ROTH + ', ' + YUSUF, 'Anrufgrund-Statistik Q1 2025 (Pflege/BU)', dt(3, 28, 15, 20),
             MP('mixed', [T(body), A(x, CT_XLSX, 'Anrufgruende_Q1_2025.xlsx')]),
             'NORMAL', 'de', 'internal', 'trap: XLSX with call reasons (hospital, care, BU) as monthly aggregates')


def m008():
    body = """Liebes Team Weserstrom,

zur Info für den First Level, falls die Kundin sich wieder meldet (sie hat
laut CRM letzte Woche dreimal angerufen):

Frau Melanie Ostendorf, KV-4471-311920, Rückrufnummer 0151 5550 2287

Es geht um die Fortführung ihrer ambulanten Psychotherapie
(Verhaltenstherapie, Umwandlung Kurzzeit- in Langzeittherapie, lt. Antrag
Diagnose F33.1, rezidivierende depressive Störung, gegenwärtig mittelgradig).
Der Antrag ist vollständig bis auf den Bericht an den Gutachter. Den muss
die Therapeutin (Dipl.-Psych. Carla Venske) im verschlossenen Umschlag
direkt an unseren Gutachter schicken, NICHT an die Kundin und nicht per
Mail an uns.

Bitte am Telefon:
- Diagnose nicht nennen und nicht nachfragen, die Kundin weiß Bescheid
- nur sagen: "Es fehlt noch der Bericht Ihrer Therapeutin, der geht direkt
  an den Gutachter"
- die bisher bewilligten 24 Sitzungen laufen weiter, es gibt keine Lücke

Bei Rückfragen bitte an mich oder an die Gruppe leistung-kranken@.

Danke!
Dr. Ulrike Hahn
Leistungsprüfung Kranken – ärztlicher Dienst
Weserstrom Krankenversicherung AG
"""
    return M(HAHN, KWTEAM, 'Sprachregelung Kundin Ostendorf (Psychotherapie)', dt(2, 19, 13, 14),
             T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'named customer with KV number, psychotherapy, ICD F33.1, therapist')


def m009():
    body = """Dear Mr Pryce,

thank you for taking the time to speak with our colleague from the English
service desk yesterday evening. As promised, here is a short written
summary.

Your claim:      S-25-104772
Your policy:     KF-2024-0093318 (fully comprehensive, SF 14)
Vehicle:         HB-GP 412

1. Repair: the assessor's report (Sachverstaendigenbuero Brenning, 6 Feb
   2025) estimates repair costs of EUR 4,870.22 net. Autohaus Kessler,
   Bremen-Hemelingen, may start the repair right away.
2. Liability: the other driver's insurer has accepted liability. We will
   therefore recover our costs from them, and your no-claims class
   will not be affected.
3. Courtesy car: covered for up to 12 days via the other party's insurer.
   Please keep the rental agreement and send it to us.
4. Your excess of EUR 300 will be refunded once we have recovered the
   costs.

As far as we know nobody was injured, which is good news. If that changes,
please let me know.

Kind regards

Mehmet Yildirim
Motor Claims | Weserstrom Versicherung AG
Am Wall 120, 28195 Bremen, Germany
Phone +49 421 3308-3170

""" + DISCL_EN
    return M(MEHMET, a('Gareth Pryce', 'g.pryce@mailbox.example'), 'Your motor claim S-25-104772 - summary of our call',
             dt(2, 12, 10, 16), T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'insurer-to-customer',
             'motor claim of a named customer: claim/policy number, plate, SF class, costs; nobody hurt')


def m010():
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ws-schulung-gesundheitsdaten-2025-03@weserstrom.example
DTSTAMP:20250220T090000Z
DTSTART:20250311T090000Z
DTEND:20250311T120000Z
SUMMARY:Schulung: Gesundheitsdaten am Telefon - Legitimation und Datensparsamkeit
LOCATION:Kontaktwerk Leipzig\\, Schulungsraum 3 / MS Teams
ORGANIZER;CN=Sabine Krämer:mailto:sabine.kraemer@weserstrom.example
ATTENDEE;CN=Ronja Sievers;RSVP=TRUE:mailto:ronja.sievers@kontaktwerk.example
ATTENDEE;CN=Jana Richter;RSVP=TRUE:mailto:jana.richter@kontaktwerk.example
ATTENDEE;CN=Tobias Brandt;RSVP=TRUE:mailto:tobias.brandt@weserstrom.example
DESCRIPTION:Inhalte: Legitimationsfragen\\, was darf am Telefon zu Diagnosen
 \\, Klinikaufenthalten und Medikamenten gesagt werden\\, Angehörige und Bevo
 llmächtigte\\, Notizen im CRM ohne Diagnosen\\, Übungen mit fiktiven Fällen.
END:VEVENT
END:VCALENDAR
"""
    body = """Hallo Ronja, hallo Jana,

hier die Einladung für die Pflichtschulung der neuen Agents (Welle 2).
Tobias Brandt aus dem Datenschutz ist dabei und bringt fiktive Übungsfälle
mit. Bitte die Teilnehmerliste bis 05.03. an mich.

Gruß
Sabine
"""
    return M(SABINE, RONJA + ', ' + JANA, 'Einladung: Schulung Gesundheitsdaten am Telefon (11.03.)', dt(2, 20, 10, 0),
             MP('mixed', [T(body), A(ics.replace('\n', '\r\n'), 'text/calendar; charset=utf-8; method=REQUEST', 'einladung.ics')]),
             'NORMAL', 'de', 'internal', 'trap: ICS training invitation about health data on the phone, no customer')


def m011():
    body = """Hallo Zahnteam,

Voicemail aus der Nacht, Transkript von VoxScript, mein Kurzvermerk
darunter. Bitte Rückruf an die Praxis, nicht an den Kunden (so gewünscht).

Kevin Albrecht
Kontaktwerk Dialog GmbH – Team Weserstrom

--- VoxScript Transkript #VX-2025-0219-03311 (automatisch, Konfidenz 0,91)
Eingang: 19.02.2025 07:12, Anrufer: +49 421 5550 6620, Dauer 0:58
"Ja guten Morgen, hier ist Frau Kaminski von der Zahnarztpraxis Doktor
Lindqvist in Bremen Findorff. Es geht um unseren Patienten Herrn Jan-Ole
Meiners, Geburtsdatum zwölfter vierter neunzehnhundertneunundachtzig, der
ist bei Ihnen zusatzversichert. Wir haben Ihnen am dritten Februar den Heil-
und Kostenplan für das Implantat regio sechsunddreißig mit Knochenaufbau
geschickt und haben noch nichts gehört, der Patient hat am siebenundzwanzigsten
den OP-Termin. Könnten Sie uns bitte zurückrufen, die Nummer ist die null
vier zwei eins fünf fünf fünf null sechs sechs zwei null. Danke, tschüss."
--- Ende Transkript

Vermerk KW: Vertrag im Bestand gefunden: ZP-8812-004417 (ZahnPremium 90).
HKP-Eingang 04.02. im DMS sichtbar, Status "in Prüfung".
"""
    return M(KS, a('Leistung Zahn', 'leistung-zahn@' + INS), 'WG: Voicemail Praxis Dr. Lindqvist – HKP Implantat Meiners',
             dt(2, 19, 8, 4), T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'callcenter',
             'voicemail transcript: dental implant with bone graft for named patient with birth date and policy')


def m012():
    body = """Hello Aylin,

following our call, here are our requirements for the masking feature in
the Parlio chat for our account (tenant ws-prod). The goal is that agents
still see what the customer typed, but the stored transcript and the
exports to our CRM are masked.

Mask before storage:
  1. IBANs: any ISO 13616 pattern that passes the mod-97 check, e.g.
     "DE89 3704 0044 0532 0130 00" -> "[IBAN]"
  2. Card numbers (Luhn-valid, 13-19 digits) -> "[CARD]"
  3. Dates that follow "geb.", "born", "DOB", "Geburtsdatum" -> "[DOB]"
  4. ICD-10 codes (letter + 2 digits, optional .x and suffix G/V/Z/A/L/R/B)
     e.g. "F32.1 G", "M54.5", "C50.4 L" -> "[ICD]"
  5. German health insurance member numbers (letter + 9 digits) -> "[KVNR]"

Do NOT mask our own policy numbers (KV-..., KF-..., HR-...) because the
agents need them for routing.

Regarding your question about free-text diagnoses ("my husband has
diabetes"): we accept that these are not caught by patterns. We will cover
that with the retention rule (transcripts deleted after 90 days) and agent
training. Please confirm by 14 March whether 1-5 fit into release 7.2.

Best regards
Felix Obermeier
IT Kundenkommunikation / CTI
Weserstrom Versicherung AG
"""
    return M(FELIX, a('Aylin Korkmaz', 'aylin.korkmaz@parlio.example'), 'Masking requirements for chat transcripts (ws-prod)',
             dt(3, 4, 16, 40), T(body), 'NORMAL', 'en', 'insurer-to-supplier',
             'trap: regex masking spec with example IBAN (published), ICD codes and DOB keywords, no person')


def m013():
    body = """Dear Marco,

I need your help with an escalation. Ms Fiona Gallagher called our
complaints line this morning and was, understandably, quite upset. She says
she has tried to reach the English desk three times since Friday and was
cut off twice after the IVR.

Customer:   Ms Fiona Gallagher
Address:    Wachmannstrasse 41, 28209 Bremen
Policy:     KF-2024-0071539 (motor, HB-FG 77, Mini Countryman)
Phone:      +49 176 5550 4410

Her complaint: the renewal notice shows a premium increase of 38 %
(EUR 612.40 -> EUR 845.10). She believes this is a mistake because she had
no claims. I checked: she did have a windscreen claim in 2024 (no effect on
SF class), the increase comes from the regional class change for Bremen
and the type class of the vehicle. It is correct, but nobody explained it
to her.

Could your team lead please call her back personally today, explain the
two factors and offer her the option to raise her voluntary excess to
EUR 500 (saves approx. EUR 96 p.a.)? Please also check in your telephony
logs why she was disconnected and send me a short statement for the
complaint file.

Thanks a lot,
Sabine

Sabine Kraemer
Vendor Management Customer Service | Weserstrom Versicherung AG
"""
    return M(SABINE, MARCO, 'Escalation: Ms Gallagher - motor premium increase, callback by team lead',
             dt(2, 24, 11, 26), T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'escalation: named motor customer with address, phone, policy and premium figures',
             cc=JONAS)


def m014():
    body = """Sehr geehrte Frau Lembeck,

vielen Dank für Ihre Nachricht vom 6. Februar. Es tut uns leid, dass Sie
das Telefonat mit unserem Servicecenter als unangenehm empfunden haben.
Sie schreiben, dass die Mitarbeiterin Ihre Angaben zur Entbindung und zum
Kaiserschnitt mehrfach laut wiederholt hat, obwohl Sie erwähnt hatten,
dass Sie im Großraumbüro Ihres Arbeitgebers sitzen. Das hätte so nicht
passieren dürfen. Wir haben den Fall mit unserem Dienstleister
besprochen; die Mitarbeiterin wird nachgeschult.

Zu Ihrer eigentlichen Frage: Das Krankenhaustagegeld aus Ihrem Tarif
KlinikPlus (Vertrag KV-4471-402266) für den stationären Aufenthalt vom
12. bis 17. Januar 2025 im Klinikum Bremen-Nord haben wir inzwischen
abgerechnet:

   6 Tage x 50,00 EUR = 300,00 EUR

Der Betrag wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen.
Das Neugeborene ist seit dem 1. Februar in Ihrem Vertrag mitversichert,
eine Gesundheitsprüfung war wegen der fristgerechten Anmeldung nicht
nötig.

Als kleine Entschuldigung haben wir Ihnen einen Gutschein über 30 EUR für
unseren Partnershop beigelegt (separate Post).

Mit freundlichen Grüßen

Jonas Petersen
Beschwerdemanagement
Weserstrom Versicherung AG

""" + DISCL
    return M(JONAS, a('Katharina Lembeck', 'katharina.lembeck@netmail.example'), 'Ihre Beschwerde vom 06.02.2025 – Krankenhaustagegeld',
             dt(2, 21, 14, 2), T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'complaint reply: caesarean birth, hospital stay, daily hospital allowance of a named customer')


def m015():
    body = """Sehr geehrter Herr Vogler,

hiermit bestellen wir zu Ihrem Angebot AN-2025-0188 vom 12.02.2025:

Pos  Menge  Artikel                                        Einzelpreis
  1     40  Headset binaural, USB-C, mit Akustikschock-     129,00 EUR
            schutz (Gehörschutz nach G.616-Pegelbegrenzung)
  2    200  Hygiene-Ohrpolster Kunstleder, Einweg (2er)        3,40 EUR
  3     10  Hygiene-Ohrpolster Stoff, waschbar                 8,90 EUR
  4      5  Desinfektionstücher für Headsets, Spender 100 St.  11,50 EUR

Lieferadresse:
Kontaktwerk Dialog GmbH, z. Hd. Frau Ronja Sievers
Prager Straße 210, 04299 Leipzig

Rechnung bitte an: Weserstrom Versicherung AG, Einkauf, Am Wall 120,
28195 Bremen, Bestellnummer 4500-118-2271 angeben.

Liefertermin spätestens 10.03.2025 (Start der neuen Agent-Welle). Die
Headsets sind für die Arbeitsplätze des Teams Weserstrom bestimmt; der
Betriebsarzt von Kontaktwerk hatte nach mehreren Meldungen zu lauten
Störtönen die Pegelbegrenzung empfohlen.

Mit freundlichen Grüßen
Bernd Kowalski
Einkauf | Weserstrom Versicherung AG
"""
    return M(BERND, a('Thomas Vogler', 't.vogler@vogler-headsets.example'), 'Bestellung 4500-118-2271 Headsets und Hygiene-Ohrpolster',
             dt(2, 25, 9, 33), T(body, cs='windows-1252'), 'NORMAL', 'de', 'insurer-to-supplier',
             'trap: purchase order for headsets with hearing protection and hygiene pads, occupational-health wording, no person')


def m016():
    body = """Pieter,

forwarding the call note from the English desk, new household claim. The
customer would like an adjuster visit this week, I told the desk that you
decide. Police report number is in the note.

Sabine

---------- Forwarded message ---------
From: Kontaktwerk English Desk <ws-english@lisboa.kontaktwerk.example>
Date: Wed, 26 Feb 2025 at 16:58
Subject: Call note - household claim (burglary) - D. Okafor
To: sach-schaden@weserstrom.example

CALL NOTE  KW-WS-EN-2025-022604-0088
Channel: inbound phone   Agent: Priya R.   ID check: passed (postcode + DOB)

Customer:   Mr Daniel Okafor
Address:    Eppendorfer Weg 163, 20253 Hamburg (ground floor flat)
Policy:     HR-2290-618032 (household contents, sum insured EUR 55,000)
Phone:      +49 40 5550 7316, e-mail d.okafor@web-post.example

Incident: break-in on 25 Feb between 09:00 and 18:30 while customer was at
work. Balcony door forced. Missing: MacBook Pro 14 (2023), road bike
Canyon Endurace (was in the hallway), approx. EUR 400 cash, a watch
(inherited, value unclear). Police informed the same evening, report no.
HH-2025-0225-114872 (Polizeikommissariat 23).

Customer asks: (1) adjuster visit, (2) whether the bike is covered in the
hallway (yes per T&Cs, inside the flat), (3) emergency repair of the door -
told him to keep the invoice, reasonable costs are covered.

Claim registered as S-25-109115.
"""
    return M(SABINE, PIETER, 'Fwd: Call note - household claim (burglary) - D. Okafor', dt(2, 27, 8, 15),
             T(body), 'CONFIDENTIAL', 'en', 'callcenter',
             'call note: named household customer, address, policy/claim number, stolen items, police report')


def m017():
    body = """Hallo Frau Lühr,

anbei die Gesprächsnotiz vom English Desk zu einer neuen Unfallmeldung. Die
Kundin spricht kein Deutsch, bitte Korrespondenz auf Englisch. Unfallanzeige
habe ich ihr per Post geschickt (englische Version).

Sabine

> CALL NOTE  KW-WS-EN-2025-030307-0019   Agent: Sofia M.
> Customer: Ms Emma Lindgren, DOB 21/07/1991, policy UV-552019-3
>   (individual accident, disability sum EUR 150,000, hospital cash EUR 40)
> Phone: +49 157 5550 8823
>
> Skiing accident in Ischgl (Austria) on 8 February, fell on a red slope,
> twisted the right knee. Diagnosed in Landeck hospital with a rupture of
> the anterior cruciate ligament and a bone bruise. Flown home, surgery
> (ACL reconstruction) planned for 20 March at Klinikum Links der Weser.
> Currently on crutches, off work since 10 Feb.
>
> Questions: hospital cash for the surgery stay? disability benefit if the
> knee stays unstable? does the policy cover the helicopter transport from
> the slope (invoice EUR 3,900 from the mountain rescue)?
> Told her we will send the accident report form and that a claims handler
> will call back.

Kurze Einschätzung von mir: Bergungskosten sind im Tarif bis 10.000 EUR
drin, Krankenhaustagegeld auch. Invalidität natürlich erst nach Ablauf.
"""
    return M(SABINE, LUEHR, 'Unfallmeldung Lindgren (UV-552019-3) – Gesprächsnotiz English Desk', dt(3, 3, 12, 9),
             T(body, flowed=True, cte='8bit'), 'STRICTLY_CONFIDENTIAL', 'mixed', 'callcenter',
             'accident claim: named customer with DOB, ACL rupture, surgery, sick leave; English note, German comments',
             mailer='Mozilla Thunderbird 128.7.0')


def m018():
    html = """<html><head><meta charset="utf-8"><title>Kundenservice aktuell 03/2025</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1a2a3a">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c8d4e0">
<tr><td style="background:#0b3d6b;color:#fff;padding:16px"><h1 style="margin:0;font-size:22px">Kundenservice aktuell</h1>
<p style="margin:4px 0 0">Ausgabe 03/2025 &middot; für die Fachbereiche und das Team bei Kontaktwerk</p></td></tr>
<tr><td style="padding:16px">
<h2 style="font-size:17px">Neues IVR-Menü ab 1. April</h2>
<p>Ab April trennen wir die Auswahl &bdquo;Arzt- und Zahnarztrechnungen&ldquo; von &bdquo;Krankenhaus und Reha&ldquo;.
Anrufende mit einer laufenden Klinikbehandlung landen damit direkt bei den erfahrenen Agents,
die für Kostenübernahmen geschult sind.</p>
<h2 style="font-size:17px">Pflegeanträge: 9 statt 14 Tage</h2>
<p>Die durchschnittliche Zeit vom Eingang eines Pflegeantrags bis zur Entscheidung ist im Februar
auf 9 Arbeitstage gesunken. Danke an das Team Pflege und an die Kolleginnen in Leipzig, die die
Unterlagen inzwischen vollständiger anfordern.</p>
<h2 style="font-size:17px">Zahl des Monats</h2>
<p style="font-size:28px;margin:0"><b>4.108</b></p>
<p>Voicemails hat VoxScript im März für uns transkribiert &ndash; 9 % mehr als im Februar.</p>
<h2 style="font-size:17px">Erinnerung</h2>
<p>Diagnosen, Medikamente und Klinikdaten gehören nicht ins Freitextfeld der Gesprächsnotiz,
sondern als Dokument in die Leistungsakte. Fragen dazu an <a href="mailto:datenschutz@weserstrom.example">datenschutz@weserstrom.example</a>.</p>
</td></tr>
<tr><td style="background:#eef3f8;padding:10px;font-size:11px">Weserstrom Versicherung AG &middot; Interne Kommunikation &middot;
<a href="https://intranet.weserstrom.example/kundenservice">Intranet</a></td></tr>
</table></body></html>
"""
    return M(LEA, a('Verteiler Kundenservice', 'vt-kundenservice@' + INS), 'Kundenservice aktuell 03/2025',
             dt(3, 27, 7, 30), H(html), 'NORMAL', 'de', 'internal',
             'trap: HTML-only internal newsletter (hospital, care applications, diagnoses rule), aggregates only')


def m019():
    text = """Sehr geehrter Herr Haase,

wie heute Vormittag mit unserem Servicecenter vereinbart, bestätigen wir
Ihnen den Rückruf durch unseren Schadenregulierer:

  Termin:      Donnerstag, 6. März 2025, zwischen 10 und 11 Uhr
  Telefon:     04221 5550 1937
  Schaden-Nr.: S-25-107733
  Vertrag:     WG-3301-882150 (Wohngebäude)
  Objekt:      Lindenweg 14, 27751 Delmenhorst

Bitte halten Sie, wenn möglich, Fotos vom Keller und die Rechnung des
Notdienstes (Rohrbruch Heizungsleitung) bereit. Die Trocknungsfirma
Bautrocknung Meyerhoff ist von uns beauftragt und meldet sich direkt bei
Ihnen.

Mit freundlichen Grüßen
Pieter de Vries
Sach-Schaden
Weserstrom Versicherung AG
"""
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Sehr geehrter Herr Haase,</p>
<p>wie heute Vormittag mit unserem Servicecenter vereinbart, bestätigen wir Ihnen den Rückruf durch unseren Schadenregulierer:</p>
<table style="border-collapse:collapse" cellpadding="4">
<tr><td><b>Termin</b></td><td>Donnerstag, 6. März 2025, zwischen 10 und 11 Uhr</td></tr>
<tr><td><b>Telefon</b></td><td>04221 5550 1937</td></tr>
<tr><td><b>Schaden-Nr.</b></td><td>S-25-107733</td></tr>
<tr><td><b>Vertrag</b></td><td>WG-3301-882150 (Wohngebäude)</td></tr>
<tr><td><b>Objekt</b></td><td>Lindenweg 14, 27751 Delmenhorst</td></tr>
</table>
<p>Bitte halten Sie, wenn möglich, Fotos vom Keller und die Rechnung des Notdienstes (Rohrbruch Heizungsleitung) bereit.
Die Trocknungsfirma Bautrocknung Meyerhoff ist von uns beauftragt und meldet sich direkt bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Pieter de Vries<br>Sach-Schaden<br>Weserstrom Versicherung AG</p>
</body></html>
"""
    return M(PIETER, a('Rüdiger Haase', 'ruediger.haase@freenet-mail.example'), 'Ihr Rückruftermin zum Schaden S-25-107733',
             dt(3, 4, 11, 48), MP('alternative', [T(text), H(html)], preamble=False), 'CONFIDENTIAL', 'de', 'insurer-to-customer',
             'callback confirmation: named customer, building policy and claim number, insured address')


def m020():
    body = """Dear colleagues (life claims), dear Marco,

thank you, English desk, for passing this on rather than trying to answer
it in first level - that was exactly right. I called Mrs Doyle this morning
and offered our condolences; I will send her the list of documents in
English. Life claims team: please open a claim file, the policy is hers
as named beneficiary.

Anna-Lena Vogt
Life Contract Service | Weserstrom Versicherung AG

----- Contact form submission #CF-EN-2025-03-0412 -----
Name:     Margaret Doyle
E-mail:   margaret.doyle@mailbox.example
Phone:    +49 4791 5550 218
Subject:  My husband passed away - life insurance

Dear Sir or Madam,

I am writing to let you know that my husband, Patrick Doyle (born
4 May 1957), passed away on 2 March at home in Osterholz-Scharmbeck. The
doctor said it was a heart attack; he had had heart problems for some
years and had a stent since 2019.

He had a life insurance with your company, I believe the number is
LV 30-118 452 7. I am named as the beneficiary. Could you please tell me
what documents you need from me and how long it will take? I have the
death certificate and can send a copy.

I called your hotline but the person was not able to help me with this.

Yours faithfully,
Margaret Doyle
----- end of submission -----
"""
    return M(VOGT, a('Leben Leistung', 'leben-leistung@' + INS) + ', ' + MARCO, 'FW: Contact form - death of insured, LV 30-118 452 7',
             dt(3, 5, 9, 12), T(body), 'STRICTLY_CONFIDENTIAL', 'en', 'customer',
             'life claim: death of a named insured, cause of death (heart attack, stent), beneficiary')


def m021():
    csv_txt = """case_id;channel;customer_text;expected_intent;expected_masking
T-001;chat;"Hallo, ich bin Max Mustermann (fiktiv), meine IBAN ist DE89 3704 0044 0532 0130 00, bitte Beitrag abbuchen";bank_change;IBAN masked
T-002;chat;"Hi, my name is Jane Example (fictitious), born 01.01.1970, I want to know my claim status";claim_status;DOB masked
T-003;voicemail;"Hier ist Erika Mustermann (Testanruf), mein Arzt hat F32.1 G aufgeschrieben, zahlen Sie die Therapie?";benefit_question;ICD masked
T-004;chat;"Test: KV-0000-000000 Krankenhausrechnung eingereicht, wann kommt das Geld";claim_status;none (own policy no.)
T-005;chat;"TEST TEST my card 4111 1111 1111 1111 please charge";payment;CARD masked
T-006;voicemail;"Testkunde Paul Platzhalter, Krankenversichertennummer A123456789";benefit_question;KVNR masked
T-007;chat;"I think I have the flu (test sentence, no real person)";smalltalk;none (free text, accepted gap)
"""
    body = """Hi Marco, hi Jana,

for the regression test of the new masking release (Parlio 7.2) on the
staging tenant please use only the attached synthetic cases. Every name,
number and diagnosis in the file is made up; the IBAN is the well-known
example IBAN from the bank documentation and the card number is the usual
test card. Please do NOT copy real transcripts into staging, not even
"anonymised by hand" - we had that discussion last year.

Run all 7 cases in both queues (DE and EN) and fill in the column
"actual_masking". Deadline 21 March.

Thanks
Felix
"""
    return M(FELIX, MARCO + ', ' + JANA, 'Test cases masking release 7.2 (synthetic data only)', dt(3, 12, 14, 5),
             MP('mixed', [T(body, cs='us-ascii', cte='7bit'),
                          A(csv_txt, 'text/csv; charset=utf-8', 'masking_testcases_7.2.csv', cte='quoted-printable')]),
             'NORMAL', 'en', 'insurer-to-callcenter',
             'trap: CSV of fictitious test cases (Max Mustermann, example IBAN, ICD, test card), no real person')


def m022():
    body = """Hallo Vertragsservice Sach,

bitte Umzug für beide Verträge verarbeiten, Gesprächsnotiz unten.

Gruß, Kundenservice


Von: Kontaktwerk Team Weserstrom <ws-team@kontaktwerk.example>
Gesendet: Montag, 3. März 2025 15:41
An: Weserstrom Kundenservice <kundenservice@weserstrom.example>
Betreff: Gesprächsnotiz Umzug Wendeborn – PH + HR

Ticket KW-WS-2025-030315-0551 | Kanal: Telefon | Agent: L. Fiedler
Legitimation ok (Vertragsnr. + Geburtsdatum 19.08.1983)

Kunde: Lars Wendeborn
Verträge: PH-1187-220931 (Privathaftpflicht Single)
          HR-2290-604418 (Hausrat, VS 40.000 EUR)

Umzug zum 01.04.2025
  alt: Am Dobben 55, 28203 Bremen
  neu: Kirchhuchtinger Landstraße 9a, 28259 Bremen
Neue Wohnfläche 78 m² (bisher 52 m²) -> Kunde möchte Versicherungssumme
auf 60.000 EUR erhöhen, Unterversicherungsverzicht soll bleiben.
Neuer Mitbewohner (Lebensgefährtin, Name nicht genannt) -> Umstellung PH
auf Familie/Partner gewünscht, Angebot per Post.
Kunde ist ab Mai in Elternzeit? -> nein, war Missverständnis, gestrichen.

Rückmeldung an Kunden: schriftliche Bestätigung binnen 10 Tagen.
"""
    return M(KS, a('Vertragsservice Sach', 'vs-sach@' + INS), 'WG: Gesprächsnotiz Umzug Wendeborn – PH + HR',
             dt(3, 4, 8, 20), T(body, cs='windows-1252'), 'CONFIDENTIAL', 'de', 'callcenter',
             'call note: named customer, birth date, old/new address, liability and household policy numbers')


def m023():
    body = """Hallo zusammen,

zur Info, damit ihr euch über die Erreichbarkeit im März nicht wundert.
Ronja hat mir das eben geschickt. Bitte vertraulich behandeln und nicht
weiterleiten – die Details zum Kollegen gehen uns eigentlich nichts an,
ich habe Ronja auch gebeten, so etwas künftig nicht mehr zu schreiben.

Sabine

-----Ursprüngliche Nachricht-----
Von: Ronja Sievers <ronja.sievers@kontaktwerk.example>
Gesendet: Dienstag, 4. März 2025 17:02
An: Sabine Krämer <sabine.kraemer@weserstrom.example>
Betreff: Personalausfall Team WS März

Hallo Sabine,

leider eine schlechte Nachricht für unsere Planung: Tomasz Nowak fällt
mindestens sechs Wochen aus. Er hatte am Wochenende einen
Bandscheibenvorfall (L5/S1), wird am Donnerstag operiert und geht danach
direkt in die Reha. Die AU liegt uns bis 15.04. vor.

Damit fehlen uns im März rechnerisch 1,0 FTE in der Queue Leistung KV.
Mein Vorschlag: wir ziehen Dana Wolff und Kevin Albrecht ab 10.03. für
jeweils 20 Stunden aus dem Mandat Stadtwerke ab. Beide haben die
Weserstrom-Schulung. Ist das für euch ok?

Viele Grüße
Ronja
"""
    return M(SABINE, a('Leitung Kundenservice', 'ks-leitung@' + INS), 'WG: Personalausfall Team WS März', dt(3, 5, 7, 58),
             T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'callcenter',
             'call-centre lead names an agent with slipped disc, surgery and rehab (employee health data)')


def m024():
    body = """Liebe Kolleginnen und Kollegen in den Fachbereichen,

Kontaktwerk ist über Ostern wie folgt besetzt:

Tag               Leipzig (DE)        Lisboa (EN)     Chat
Karfreitag 18.04. 08-18 Uhr, 14 AG    09-17 Uhr, 3 AG  08-18 Uhr
Samstag 19.04.    09-14 Uhr, 8 AG     geschlossen     09-14 Uhr
Ostersonntag      geschlossen         geschlossen     Bot only
Ostermontag 21.04 09-16 Uhr, 10 AG    09-16 Uhr, 2 AG  09-16 Uhr

Rückrufbitten an die Fachbereiche werden an den Feiertagen gesammelt und
am Dienstag, 22.04., ab 7 Uhr zugestellt. Ausnahme: medizinische Notfälle
im Ausland gehen wie immer direkt an Helvion Assistance (24/7), und
Krankenhaus-Kostenübernahmen im Inland an den Bereitschaftsdienst
Leistung Kranken (diesmal Dr. Hahn am Karfreitag, Herr Brückner am
Ostermontag).

Die Krankenquote im Team Weserstrom lag im Q1 bei 6,4 % (Vorjahr 7,1 %),
Kontaktwerk plant deshalb mit 10 % Ausfallpuffer.

Frohe Ostern!
Sabine Krämer
"""
    return M(SABINE, a('Verteiler Fachbereiche', 'vt-fachbereiche@' + INS), 'Besetzung Kontaktwerk über Ostern', dt(4, 8, 12, 0),
             T(body), 'NORMAL', 'de', 'internal',
             'trap: holiday staffing plan with on-call doctor named organisationally and a team sickness rate (aggregate)')


def m025():
    body = """Hello English desk,

please call back Mr Julien Marchand regarding his rent deposit guarantee.
He speaks English and French, no German.

Guarantee no.:  MK-7710-003318 (Mietkautionsbuergschaft, EUR 2,850.00)
Rented flat:    Ostertorsteinweg 77, 3rd floor left, 28203 Bremen
Landlord:       Hausverwaltung Gerdes & Partner, Bremen
Phone:          +49 160 5550 3362 (mornings)

The landlord has made a claim on the guarantee for EUR 1,210.00
(repainting and a damaged kitchen worktop) after Mr Marchand moved out on
28 February. Under the guarantee we have to pay on first demand, but we
will then recover the amount from Mr Marchand.

Please explain to him:
- he has 14 days to send us reasons why the claim is unjustified (photos,
  handover protocol),
- otherwise we pay the landlord and will ask him to reimburse us; he can
  pay in up to 6 instalments,
- he can reach the guarantee team directly on +49 421 3308-2650.

Note in the ticket whether he disputes the claim. Thanks!

Henrik Sommer
Kaution & Rechtsschutz | Weserstrom Versicherung AG
"""
    return M(SOMMER, KWEN, 'Callback Mr Marchand - claim on rent deposit guarantee MK-7710-003318', dt(3, 6, 10, 44),
             T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'callback request: named customer, rent deposit guarantee number, address, landlord claim amount')


def m026():
    body = """Liebes Kontaktwerk-Team,

bitte bis morgen Mittag Rückruf an die Tochter unserer Versicherten:

Versicherte:   Elfriede Baumgart, geb. 30.01.1938, PPV-Vertrag PV-6030-077412
Ansprechpartnerin: Tochter Frau Gisela Rademacher (rechtliche Betreuerin,
               Betreuerausweis liegt vor), Tel. 0421 5550 4418

Inhalt für das Gespräch:
1. Der Antrag auf Höherstufung von Pflegegrad 3 auf Pflegegrad 4 ist am
   27.02. eingegangen.
2. Der Begutachtungstermin von Medicproof ist am 12.03.2025 um 10:30 Uhr
   im Pflegeheim Haus am Wurster See, Zimmer 214. Frau Rademacher möchte
   dabei sein – das ist ausdrücklich erwünscht.
3. Bitte darauf hinweisen, dass sie das Pflegetagebuch und den aktuellen
   Medikamentenplan (seit der Demenzdiagnose hat sich einiges geändert)
   bereitlegt.
4. Das Pflegegeld läuft bis zur Entscheidung in Höhe von Pflegegrad 3
   weiter.

Bitte keine Details mit Frau Baumgart selbst besprechen, falls sie
abnimmt – sie ist nicht mehr in der Lage, das einzuordnen.

Danke und viele Grüße
Nadine Roth
Pflegeversicherung | Leistung
"""
    return M(ROTH, KWTEAM, 'Rückruf Betreuerin – Höherstufung Pflegegrad (PV-6030-077412)', dt(3, 5, 14, 37),
             T(body, cte='8bit'), 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'callback request: named care-insured person with birth date, care level 3->4, dementia, nursing home')


def m027():
    d = docx([('h', 'Protokoll Datenschutz-Jour-fixe Weserstrom / Kontaktwerk'),
              'Datum: 06.03.2025, 10:00-11:30 Uhr, MS Teams',
              'Teilnehmende: T. Brandt (DSB Weserstrom), S. Krämer (Dienstleistersteuerung), F. Obermeier (IT), '
              'J. Richter (QM Kontaktwerk), D. Hallmann (Account Management Kontaktwerk)',
              ('h', 'TOP 1 Auftragsverarbeitungsvertrag'),
              'Anlage 3 (TOMs) wird um die Chat-Maskierung (Parlio 7.2) ergänzt. Unterauftragsverarbeiter VoxScript '
              '(Transkription) ist in Anlage 4 aufgeführt; Serverstandort Frankfurt wurde bestätigt.',
              ('h', 'TOP 2 Löschfristen'),
              ('t', [['Datenart', 'Frist', 'Verantwortlich'],
                     ['Gesprächsaufzeichnungen (nur mit Einwilligung)', '90 Tage', 'Kontaktwerk'],
                     ['Voicemail-Audio', '30 Tage nach Transkription', 'VoxScript'],
                     ['Chat-Transkripte', '90 Tage', 'Parlio / Kontaktwerk'],
                     ['Gesprächsnotizen im CRM', '6 Jahre (§ 257 HGB)', 'Weserstrom']]),
              ('h', 'TOP 3 Vorfälle Q4/2024'),
              'Zwei Vorfälle: (a) Fehlversand einer Bestätigung an eine falsche E-Mail-Adresse, kein Gesundheitsbezug, '
              'Risikobewertung gering, keine Meldung nach Art. 33 DSGVO; (b) Agent hat Diagnose in das Freitextfeld '
              'einer Sach-Notiz geschrieben, Eintrag gelöscht, Nachschulung erfolgt.',
              ('h', 'TOP 4 Schulungsquote'),
              'Pflichtschulung Gesundheitsdaten am Telefon: 96 % der Agents im Team Weserstrom geschult, Rest bis 31.03.',
              ('h', 'Nächster Termin'), '05.06.2025'], creator='Tobias Brandt', title='Protokoll DS-Jour-fixe 06.03.2025')
    body = """Hallo zusammen,

anbei das Protokoll vom Jour fixe heute. Bitte Korrekturen bis Freitag an
mich, danach lege ich es in den Vertragsordner zum AVV.

Viele Grüße
Tobias Brandt
Datenschutzbeauftragter
Weserstrom Versicherungsgruppe
"""
    return M(BRANDT, SABINE + ', ' + FELIX, 'Protokoll DS-Jour-fixe Kontaktwerk 06.03.2025', dt(3, 6, 15, 12),
             MP('mixed', [T(body), A(d, CT_DOCX, 'Protokoll_DS-Jourfixe_2025-03-06.docx')]),
             'NORMAL', 'de', 'internal',
             'trap: DOCX minutes of data-protection meeting (retention, incidents without persons, diagnoses in notes)',
             cc=a('Jana Richter', 'jana.richter@' + KW) + ', ' + DIRK)


def m028():
    body = """Sehr geehrte Frau Tietjen,

vielen Dank für das Telefonat mit unserem Kundenservice am 6. März. Wie
besprochen haben wir die Schadenfreiheitsklasse von Ihrem Vorversicherer
übernommen.

Versicherungsnehmerin: Svenja Tietjen, geb. 22.11.1996
Anschrift:             Bürgermeister-Smidt-Straße 41, 27568 Bremerhaven
Vertrag:               KF-2025-0011873
Fahrzeug:              HB-ST 2211, Opel Corsa F
Vorversicherer:        Hanseatische Kraftfahrt VVaG, Vertrag 7731-22-0918

Haftpflicht:    SF 6 (49 %)  -> bisher vorläufig SF 1/2 (130 %)
Vollkasko:      SF 5 (52 %)

Ihr Jahresbeitrag sinkt damit von 1.384,20 EUR auf 522,96 EUR. Die
Differenz für die bereits gezahlten Monate verrechnen wir mit der
nächsten Abbuchung im April. Den neuen Versicherungsschein erhalten Sie
in den nächsten Tagen per Post.

Mit freundlichen Grüßen

Mehmet Yıldırım
Kfz-Vertrag und -Schaden
Weserstrom Versicherung AG

""" + DISCL
    return M(MEHMET, a('Svenja Tietjen', 'svenja.tietjen@netmail.example'), 'Übernahme Ihrer SF-Klasse – KF-2025-0011873', dt(3, 7, 9, 41),
             T(body, cte='8bit'), 'CONFIDENTIAL', 'de', 'insurer-to-customer',
             'SF transfer: named customer with birth date, address, policy, plate, premium')


def m029():
    body = """Hi all,

voicemail from one of our English-speaking PKV customers, forwarded by
Kontaktwerk because it concerns a benefit decision. Could someone check
the physio invoices and call him back? He sounds frustrated.

Claire

---------- VoxScript transcript VX-2025-0310-00871 -------------------
Received: 10 Mar 2025 18:52   Caller ID: +49 421 5550 7604   Length: 1:34
Language detected: en (confidence 0.94)

"Hi, this is Thomas Whitaker, policy number KV-4471-518804. I'm calling
again about my claim for the physiotherapy after my shoulder operation.
I had the rotator cuff repaired in December at the Roland-Klinik and the
surgeon prescribed twenty sessions of physio, I sent you the
prescription and the first two invoices in January and you only paid
about sixty percent, the letter says something about the
Gebuehrenverzeichnis, I don't understand that. I still can't lift my arm
above the shoulder properly and the therapist says I need another ten
sessions. Could someone please call me back and explain, I'm on
0421 555 07604, ideally after four. Thanks. Bye."
---------------------------------------------------------------------
"""
    return M(CLAIRE, a('Leistung Kranken', 'leistung-kranken@' + INS), 'FW: Voicemail T. Whitaker - physiotherapy after shoulder surgery',
             dt(3, 11, 8, 30), T(body, cs='us-ascii', cte='7bit'), 'STRICTLY_CONFIDENTIAL', 'en', 'customer',
             'voicemail transcript: named PKV customer, rotator cuff surgery, physiotherapy invoices')


def m030():
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:620px">
<p style="font-size:12px;color:#666">Forwarded by Felix Obermeier &ndash; FYI, the webinar on 3 April could be useful for the masking topic. F.</p>
<hr>
<h1 style="color:#5a2ca0">Parlio Pulse &middot; March 2025</h1>
<h2>Sentiment detection now in 14 languages</h2>
<p>Our new sentiment model flags frustrated customers in real time and suggests a supervisor takeover.
Pilot customers in healthcare report 18&nbsp;% fewer escalations.</p>
<h2>Case study: a European health insurer cuts handle time</h2>
<p>&ldquo;Claims for doctors&rsquo; invoices used to be our longest chats,&rdquo; says the head of service of one of our health insurance clients.
With guided flows for invoice upload and automatic status look-up, average chat duration fell from 11 to 7 minutes.</p>
<h2>Webinar: Privacy by design in customer chat</h2>
<p>3 April 2025, 15:00 CET &ndash; masking of bank and health data, retention, and what the GDPR says about
special categories. <a href="https://events.parlio.example/webinar-privacy-2025">Register here</a></p>
<p style="font-size:11px;color:#888">Parlio Chat Solutions B.V. &middot; Keizersgracht 1 &middot; Amsterdam &middot;
<a href="https://parlio.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    text = """Forwarded by Felix Obermeier - FYI, the webinar on 3 April could be useful for the masking topic. F.

PARLIO PULSE - March 2025

Sentiment detection now in 14 languages
Our new sentiment model flags frustrated customers in real time and
suggests a supervisor takeover. Pilot customers in healthcare report 18 %
fewer escalations.

Case study: a European health insurer cuts handle time
"Claims for doctors' invoices used to be our longest chats," says the head
of service of one of our health insurance clients. With guided flows for
invoice upload and automatic status look-up, average chat duration fell
from 11 to 7 minutes.

Webinar: Privacy by design in customer chat
3 April 2025, 15:00 CET - masking of bank and health data, retention, and
what the GDPR says about special categories.
Register: https://events.parlio.example/webinar-privacy-2025

Parlio Chat Solutions B.V. - Unsubscribe: https://parlio.example/unsubscribe
"""
    return M(FELIX, SABINE + ', ' + BRANDT, 'FW: Parlio Pulse - March 2025', dt(3, 13, 16, 2),
             MP('alternative', [T(text, cs='us-ascii', cte='7bit'), H(html)], preamble=False),
             'NORMAL', 'en', 'newsletter',
             'trap: vendor newsletter about health-insurer case study and health data masking, no person')


def m031():
    body = """Moin Kfz-Team,

Chat von heute Vormittag, Kundin möchte den Termin bei Klarblick am
Freitag, bitte Freigabe. Transkript unten (Export aus Parlio).

Gruß aus Leipzig
Lukas Fiedler, Kontaktwerk

[Parlio | Sitzung 7a02-11c9 | Queue WS-DE-KFZ | 12.03.2025]
09:14:02 Kundin (Birgit Sander): Guten Morgen, ich hab einen
         Steinschlag in der Frontscheibe, gestern auf der A1 bei Oyten
09:14:40 Agent Lukas: Guten Morgen Frau Sander, das tut mir leid. Nennen
         Sie mir bitte Ihr Kennzeichen und Ihre Postleitzahl?
09:15:05 Kundin: OHZ-BS 318, 27711
09:15:31 Agent Lukas: Danke, ich sehe Ihre Teilkasko, Vertrag
         KF-2023-0152240, Selbstbeteiligung 150 Euro.
09:16:10 Kundin: Der Riss ist schon so 10 cm lang, geht das noch zu
         reparieren oder muss die ganze Scheibe raus?
09:16:44 Agent Lukas: Bei 10 cm eher Austausch. Wir arbeiten mit
         Klarblick Autoglas zusammen, da entfällt bei Austausch die halbe
         SB. Klarblick Osterholz hätte Freitag 14.03. um 8 Uhr frei.
09:17:20 Kundin: Perfekt, nehm ich. Handynr 0160 5550 9134 für die
         Bestätigung
09:17:48 Agent Lukas: Notiert. Sie bekommen eine SMS von Klarblick.
[Ende Sitzung]
"""
    return M(KS, a('Kfz-Schaden', 'kfz-schaden@' + INS), 'WG: Chat Glasschaden Sander – Freigabe Klarblick', dt(3, 12, 10, 2),
             T(body, cte='8bit'), 'CONFIDENTIAL', 'de', 'callcenter',
             'chat transcript: named motor customer, plate, postcode, policy number, mobile number')


def m032():
    body = """Dear Marco, dear English desk,

a heads-up about one of our income protection (BU) claimants who has
started calling the hotline several times a week. I would like all of
your agents to handle him consistently.

Claimant:   Mr Alistair Reid, DOB 09/03/1979
Policy:     BU-9140-226605 (occupational disability, monthly benefit
            EUR 2,400)
Phone:      +49 4408 5550 127

Mr Reid has been off work since September 2024 with post-COVID syndrome
(U09.9) and severe fatigue/ME-CFS (G93.3 on the latest certificate). The
claim is under assessment; he has an appointment with our independent
medical examiner, Dr. Frerichs (internal medicine), on 2 April.

Please:
- keep calls short and offer to continue by e-mail; long calls exhaust him,
  he told us this himself and asked for it;
- do not discuss the medical assessment - refer him to me;
- confirm that the appointment can be moved if he is having a bad day,
  he only needs to call me 48 hours in advance;
- if he asks about the decision timeline: we aim to decide within 4 weeks
  after the examiner's report.

Thank you!
Yusuf Demir
BU Claims | Weserstrom Lebensversicherung AG
"""
    return M(YUSUF, MARCO, 'Handling of calls from BU claimant Mr Reid (BU-9140-226605)', dt(3, 14, 11, 20),
             T(body), 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'BU claimant named with DOB: post-COVID U09.9, ME/CFS G93.3, medical examination')


def m033():
    body = """Hallo Lea, hallo Sabine,

anbei die neuen Ansagetexte für das IVR ab 01.04. zur Freigabe. Die
Sprecherin nimmt am 20.03. auf, bis dahin brauche ich euer Okay.

Begrüßung:
 "Herzlich willkommen bei der Weserstrom Versicherung. Dieses Gespräch
  kann zur Qualitätssicherung aufgezeichnet werden, wenn Sie zustimmen.
  Sie können jederzeit widersprechen."

Hauptmenü:
 1 - "Für eine Schadenmeldung zu Auto, Haus oder Haftpflicht drücken Sie
      die 1."
 2 - "Für Fragen zu Arzt-, Zahnarzt- und Heilpraktikerrechnungen drücken
      Sie die 2."
 3 - "Sind Sie gerade im Krankenhaus oder in einer Reha-Klinik, oder
      planen Sie einen Klinikaufenthalt? Dann drücken Sie die 3."
 4 - "Für Pflegeleistungen und Pflegeanträge drücken Sie die 4."
 5 - "Für Fragen zu Ihrem Vertrag, Ihrem Beitrag oder Ihrer
      Bankverbindung drücken Sie die 5."
 9 - "For service in English, press 9."

Notfall-Hinweis (vor dem Menü, nur KV):
 "Bei einem medizinischen Notfall im Ausland erreichen Sie unsere
  Assistance rund um die Uhr unter 0421 3308 4400."

Die 3 geht direkt an die Skill-Gruppe "KV-Klinik" (8 Agents mit
Zusatzschulung). Wartemusik bleibt.

Gruß
Felix
"""
    return M(FELIX, LEA + ', ' + SABINE, 'IVR-Ansagetexte ab 01.04. – bitte Freigabe', dt(3, 14, 9, 10),
             T(body), 'NORMAL', 'de', 'internal',
             'trap: IVR prompts about doctor/hospital/care invoices and medical emergencies, no person')


def m034():
    body = """Hallo Pieter,

kannst du dem Kollegen Hinrichs direkt antworten? Er hat eine Vollmacht
des Kunden im Bestand (habe ich geprüft, liegt seit 2019 vor), Kontaktwerk
durfte ihm am Telefon trotzdem nichts sagen, weil das Vollmachtsflag im
CRM fehlte. Das lasse ich gerade korrigieren.

Danke!
Martina

Martina Engel
Maklerbetreuung Nord

-----Ursprüngliche Nachricht-----
Von: Jörg Hinrichs <hinrichs@hinrichs-makler.example>
Gesendet: Donnerstag, 13. März 2025 16:20
An: Martina Engel <martina.engel@weserstrom.example>
Betreff: Sturmschaden Brünings – niemand kann mir was sagen

Hallo Frau Engel,

ich versuche seit einer Woche, den Stand im Sturmschaden meines Kunden
Olaf Brünings zu erfahren:

Schaden-Nr. S-25-106204, Wohngebäude WG-3301-771208
Objekt: Hembergstraße 12, 27726 Worpswede
Schadentag: 18.02.2025 (Sturmtief "Jolanda"), Dachziegel abgedeckt,
Dachrinne abgerissen, Wasser im Dachgeschoss.

Ihr Callcenter sagt mir jedes Mal, ich sei "nicht berechtigt". Ich habe
seit Jahren eine Maklervollmacht von Herrn Brünings! Der Kunde hat
inzwischen selbst 4.600 EUR für den Dachdecker vorgestreckt und ruft mich
täglich an.

Mit freundlichen Grüßen
Jörg Hinrichs
Versicherungsmakler, Hinrichs Versicherungsmakler e.K., Lilienthal
"""
    return M(MARTINA, PIETER, 'WG: Sturmschaden Brünings – niemand kann mir was sagen', dt(3, 14, 8, 5),
             T(body), 'CONFIDENTIAL', 'de', 'broker',
             'broker mail: named customer, building policy, claim number, insured address, amount paid')


def m035():
    body = """Ulrike,

escalation from the English desk below; I've promised Ms Brooks that a
member of the medical team will call her by Monday. She mentioned BaFin
and a lawyer twice. Can you take it? I'm out tomorrow.

Sabine

-------- Original Message --------
Subject: ESCALATION 2nd level - H. Brooks - daily sickness allowance stopped
Date: Thu, 13 Mar 2025 17:46:21 +0000
From: Marco Teixeira <marco.teixeira@lisboa.kontaktwerk.example>
To: sabine.kraemer@weserstrom.example

Sabine,

escalating as agreed. Caller: Ms Hannah Brooks, KV-4471-377120
(Krankentagegeld tariff KTG 43, EUR 110 per day from day 43), phone
+49 421 5550 2904.

Summary of the call (28 min, recorded with consent):
- she is on sick leave since 2 December 2024, certificates from her GP
  state F48.0 and Z73.0 ("burnout / exhaustion"), since February also
  F32.1 from a psychiatrist;
- the daily allowance was paid until 28 February, then stopped with a
  letter saying a "Nachuntersuchung" is needed and that we doubt her
  inability to work because she was seen at a climbing gym (!);
- she says the climbing was part of her therapy plan, her psychiatrist
  can confirm this, and she has no money for March rent;
- she wants: payment to resume, an explanation who reported her, and the
  name of the doctor who will examine her.

She was crying for part of the call. My agent (Priya) handled it very
well. Please treat as urgent.

Marco
Team Lead English Desk | Kontaktwerk Lisboa
"""
    return M(SABINE, HAHN, 'FW: ESCALATION 2nd level - H. Brooks - daily sickness allowance stopped', dt(3, 13, 18, 10),
             T(body), 'STRICTLY_CONFIDENTIAL', 'en', 'callcenter',
             'escalation: named customer, sick leave, ICD F48.0/Z73.0/F32.1, daily sickness allowance stopped')


def m036():
    body = """Dear Stefan,

ahead of our annual SLA review on 27 March, here is our side of the 2024
figures for the Weserstrom medical assistance line. Please check against
your numbers; where they differ, yours are probably more precise.

                                           2023     2024
Calls to the 24/7 assistance line         9,804   11,362
  of which forwarded by Kontaktwerk       2,115    2,944
Hospital admissions abroad handled          987    1,212
Guarantees of payment issued                802    1,047
Medical repatriations                       121      143
  of which air ambulance                     38       41
Deaths abroad (repatriation of remains)      17       19
Average time to first call-back (min)        22       19
Complaints                                   14       11

Topics for the review:
1. Handover from Kontaktwerk: 6 % of forwarded cases arrived without a
   policy number. We propose a mandatory field in the handover form.
2. Response time in Asia-Pacific after 22:00 CET.
3. Price adjustment for 2025 (your letter of 14 January).

Best regards
Claire Whitfield
International Health Service | Weserstrom Versicherung AG
"""
    return M(CLAIRE, a('Stefan Aigner', 'stefan.aigner@helvion.example'), 'SLA review 2024 - medical assistance line figures',
             dt(3, 17, 13, 37), T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'insurer-to-partner',
             'trap: assistance-provider statistics (hospital admissions, repatriations, deaths abroad), aggregates only')


def m037():
    ib = iban('DE', '25010030' + '0944120017')
    body = """Dear Mr Zielinski,

following your call with our service centre on 14 March, we have now
completed the review of your travel cancellation claim.

Policy:      RR-6620-118870 (annual travel cancellation cover)
Claim:       S-25-111402
Trip:        Lanzarote, 5 - 19 April 2025, booked on 12 November 2024
Reason:      termination of your employment by your employer
             (letter of 24 February 2025, redundancy for operational
             reasons)

Unexpected job loss is an insured event under section 2.1 (f) of your
terms. We will therefore reimburse the cancellation costs charged by the
tour operator:

  Cancellation fee (40 % of EUR 4,600.00)     EUR 1,840.00
  less excess 10 %                             EUR  -184.00
  Payment                                      EUR 1,656.00

The amount will be transferred within 5 working days to the account you
gave us on the phone:
  Account holder: Piotr Zielinski
  IBAN: @IBAN@

We wish you every success in finding a new job.

Kind regards
Henrik Sommer
Travel and Legal Expenses Claims
Weserstrom Versicherung AG

""".replace('@IBAN@', grp(ib)) + DISCL_EN
    return M(SOMMER, a('Piotr Zielinski', 'p.zielinski@web-post.example'), 'Your travel cancellation claim S-25-111402',
             dt(3, 18, 10, 5), T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'insurer-to-customer',
             'travel cancellation due to job loss (no health): named customer, IBAN, policy/claim, payout')


def m038():
    body = """Sehr geehrter Herr Kalkbrenner,

vielen Dank für Ihren Anruf bei unserem Servicecenter am 17. März und für
die Geduld in den letzten Wochen. Wie zugesagt erhalten Sie hier unsere
Entscheidung zu Ihrer Unfallmeldung.

Vertrag:    UV-552019-8 (Unfallversicherung, Grundsumme 100.000 EUR,
            Progression 225 %)
Unfall:     Sturz mit dem Fahrrad am 14.06.2024, Bremen-Findorff
Verletzung: distale Radiusfraktur links (S52.51), operativ versorgt mit
            Plattenosteosynthese am 15.06.2024, Klinikum Bremen-Mitte

Nach dem Gutachten von Dr. med. Henning Ostermann (Unfallchirurgie) vom
3. März 2025 besteht eine dauerhafte Funktionsbeeinträchtigung der linken
Hand. Nach der Gliedertaxe (Hand: 55 %) ist die Beeinträchtigung mit
2/10 Handwert zu bemessen:

   55 % x 2/10 = 11 % Invaliditätsgrad
   11 % von 100.000 EUR = 11.000,00 EUR (Progression greift erst ab 25 %)

Zusätzlich zahlen wir das Krankenhaustagegeld für 4 Tage (160,00 EUR)
und das Genesungsgeld (160,00 EUR). Der Gesamtbetrag von 11.320,00 EUR
wird auf Ihr Konto überwiesen.

Wenn sich der Zustand innerhalb von drei Jahren nach dem Unfall
verschlechtert, können Sie eine Neubemessung verlangen.

Mit freundlichen Grüßen

Katrin Lühr
Unfall-Leistung
Weserstrom Versicherung AG

""" + DISCL
    return M(LUEHR, a('Frank Kalkbrenner', 'frank.kalkbrenner@postfach.example'), 'Ihre Unfallmeldung – Entscheidung zur Invaliditätsleistung',
             dt(3, 19, 14, 55), T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'accident benefit decision: named customer, wrist fracture S52.51, surgery, disability degree')


def m039():
    body = """Hallo Servicedesk,

bitte als Störung Prio 2 aufnehmen:

Betroffenes System: CTI / ACD-Routing (Anbindung Kontaktwerk Leipzig)
Seit:               heute 07:40 Uhr
Symptom:            Anrufe über IVR-Auswahl 3 ("Krankenhaus / Reha")
                    landen nicht in der Skill-Gruppe KV-Klinik, sondern
                    in der allgemeinen Warteschlange. Wartezeit dort
                    aktuell > 12 Minuten.
Auswirkung:         Anrufende mit laufenden Klinikaufenthalten
                    (Kostenübernahmen, Entlassmanagement) erreichen nicht
                    die geschulten Agents. Kontaktwerk schätzt ca. 60
                    betroffene Anrufe pro Stunde.
Vermutung:          Das Routing-Update CHG-2025-0412 von gestern Abend
                    (neue Skill-Tabelle) hat die Zuordnung Ziffer 3 ->
                    Skill 214 überschrieben.
Workaround:         Kontaktwerk leitet manuell um, kostet Zeit.

Ansprechpartner bei Kontaktwerk: Leitstand Leipzig, Tel. 0341 5550 2200.

Danke
Felix Obermeier
IT Kundenkommunikation / CTI
"""
    return M(FELIX, a('IT-Servicedesk', 'it-servicedesk@' + INS), 'Störung Prio 2: IVR-Auswahl Krankenhaus/Reha falsch geroutet',
             dt(3, 20, 8, 2), T(body, cs='iso-8859-1', cte='quoted-printable'), 'NORMAL', 'de', 'internal',
             'trap: IT incident about routing of hospital/rehab calls, no person')


def m040():
    fake = iban('DE', '10011001' + '2625148877')
    body = """Achtung Team Weserstrom – bitte an alle Agents im Kfz-Queue weitergeben!

Heute um 11:20 Uhr hat ein Anrufer versucht, sich als unser Kunde

   Marcel Dittmer, Kfz-Vertrag KF-2022-0410977 (HB-MD 1904),
   Anschrift Vahrer Straße 180, 28329 Bremen

auszugeben und die Bankverbindung für die Erstattung aus dem
Totalschaden S-25-102288 (Auszahlung 14.350 EUR steht an) auf ein
Konto bei einer Online-Bank zu ändern:

   IBAN %s

Der Anrufer kannte Vertragsnummer, Adresse und Geburtsdatum (07.05.1975),
konnte aber die Frage nach dem Schadentag nicht beantworten. Agentin
Dana Wolff hat richtig reagiert und abgebrochen. Herr Dittmer selbst hat
bestätigt, dass er nicht angerufen hat und seine Kontodaten unverändert
bleiben.

Ab sofort für diesen Vertrag: Bankdatenänderungen NUR schriftlich mit
Unterschrift und Rückruf auf die Festnetznummer im Bestand. Sperrvermerk
ist im CRM gesetzt. Strafanzeige erstattet unsere Rechtsabteilung.

Mehmet Yıldırım
Kfz-Schaden
""" % fake
    return M(MEHMET, KWTEAM, 'WARNUNG: Betrugsversuch Bankdatenänderung Kfz (Dittmer)', dt(3, 20, 13, 4),
             T(body), 'CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'fraud warning: named customer, birth date, address, policy/claim number, payout, IBAN')


def m041():
    body = """Hi Marco,

one more sensitive case for your desk, please brief the agents on shift
this week personally rather than putting it into the team chat.

Insured:   Mr Tobias Harding, IHP-7730-0982 (group contract of his
           employer, seconded to Nairobi since January)
Phone:     +254 7 5550 2291 (WhatsApp), e-mail t.harding@mailbox.example

Mr Harding is HIV-positive and on antiretroviral therapy
(bictegravir/emtricitabine/tenofovir alafenamide, 1 tablet daily). His
supply runs out at the end of April. We have approved a six-month supply
via our partner pharmacy in Frankfurt, shipped by courier with a customs
letter from our medical team.

Important:
- he is covered under his EMPLOYER'S group plan. He has explicitly asked
  that nobody at his employer learns about the diagnosis. If anyone from
  the company's HR calls about him, confirm nothing beyond "the case is
  in progress";
- if he calls about the shipment, tracking is with expat-medical@, the
  agent only takes the message;
- do not use the words "HIV" or the drug name in any e-mail to him, he
  reads his e-mail on a shared device. Use "your medication".

Thanks,
Claire
"""
    return M(CLAIRE, MARCO, 'Confidential handling - medication supply Nairobi (IHP-7730-0982)', dt(3, 21, 9, 3),
             T(body), 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'named expat insured: HIV status, antiretroviral medication, employer group plan')


def m042():
    d = docx([('h', 'Gesprächsleitfaden: Anfrage Krankenhaus-Kostenübernahme (First Level)'),
              'Stand 03/2025 – Freigabe: Leistung Kranken (Dr. Hahn), Dienstleistersteuerung (S. Krämer)',
              ('h', '1. Begrüßung und Legitimation'),
              '"Guten Tag, Sie sprechen mit «Agent», Weserstrom Versicherung. Damit ich Ihnen Auskunft geben kann, '
              'nennen Sie mir bitte Ihre Vertragsnummer «Vertragsnummer» und Ihr Geburtsdatum."',
              'Ruft eine andere Person an (Angehörige, Klinik): Vollmacht im CRM prüfen. Ohne Vollmacht nur allgemeine Auskunft.',
              ('h', '2. Anliegen klären'),
              ('t', [['Frage', 'Antwort First Level', 'Weiterleitung'],
                     ['Geplanter Aufenthalt in «Klinik»?', 'Kostenübernahme wird direkt mit der Klinik geklärt', 'nein'],
                     ['Wahlleistung Ein-/Zweibettzimmer?', 'Tarif «Tarif» prüfen, Leistung laut Tarifübersicht', 'nein'],
                     ['Privatklinik ohne Versorgungsvertrag?', 'keine Zusage am Telefon', 'ja, Leistung Kranken'],
                     ['Reha / Anschlussheilbehandlung?', 'Antrag schicken lassen', 'ja, Leistung Kranken']]),
              ('h', '3. Was NICHT ins CRM gehört'),
              'Keine Diagnosen, Befunde oder Medikamente in das Freitextfeld. Nur: "Anfrage Kostenübernahme stationär, '
              'Klinik «Klinik», Aufnahme «Datum»".',
              ('h', '4. Abschluss'),
              '"Vielen Dank, Frau/Herr «Name». Sie erhalten die Bestätigung innerhalb von «Frist» Werktagen."'],
             creator='Sabine Krämer', title='Gesprächsleitfaden KH-Kostenübernahme')
    body = """Hallo Ronja,

hier die freigegebene Version des Gesprächsleitfadens. Bitte die alte
Version (01/2024) aus dem Wissensmanagement nehmen. Die Platzhalter in
«» füllt das CRM-Skript automatisch.

Viele Grüße
Sabine
"""
    return M(SABINE, RONJA, 'Freigabe Gesprächsleitfaden KH-Kostenübernahme 03/2025', dt(3, 21, 11, 15),
             MP('mixed', [T(body), A(d, CT_DOCX, 'Leitfaden_KH-Kostenuebernahme_2025-03.docx')]),
             'NORMAL', 'de', 'insurer-to-callcenter',
             'trap: DOCX call script for hospital cost coverage with «placeholders», no person')


def m043():
    body = """Hallo Kolleginnen und Kollegen Kfz-Diebstahl,

der Kunde hat nachts aus Portugal angerufen und ist beim English Desk in
Lissabon gelandet (Nachtrouting). Notiz ist auf Englisch, Inhalt ist
klar. Bitte Diebstahlanzeige anlegen und Herrn Krogmann morgen auf
Deutsch zurückrufen, er ist bis 30.03. noch vor Ort.

Schlüssel: Kunde hat beide Schlüssel, einer ist im Hotelsafe.

Gruß
Mehmet

> CALL NOTE  KW-WS-EN-2025-032223-0007   Agent: Ines C.   (night shift)
> Caller: Mr Stefan Krogmann (German customer, calling from Lisbon)
> ID check: passed (policy no. + postcode 28357)
> Policy: KF-2021-0288410, BMW X3 xDrive20d, reg. HB-SK 808,
>         VIN WBA11DL0X09K42871, fully comprehensive
> Car stolen from a public car park (Parque Martim Moniz, Lisbon) between
> 22:00 on 21 March and 08:30 on 22 March. Caller is on holiday with his
> family, car was driven down from Bremen. Reported to PSP Lisboa,
> report no. PSP-LX-2025-118273. Parking ticket kept.
> Customer asks about a rental car for the trip home and whether the
> Schutzbrief covers the return journey (train/flight for 4 persons).
> Told him the German claims team will call him tomorrow. Phone
> +49 171 5550 6021 (roaming).
"""
    return M(MEHMET, a('Kfz-Diebstahl', 'kfz-diebstahl@' + INS), 'WG: Call note - car stolen in Lisbon (KF-2021-0288410)', dt(3, 22, 10, 20),
             T(body), 'CONFIDENTIAL', 'mixed', 'callcenter',
             'theft claim: named customer, plate, VIN, policy, police report; English note with German cover')


def m044():
    body = """Hallo Jonas, hallo Sabine,

Beschwerde aus dem Kontaktformular, geht an euch beide. Der Kunde ist
Vollversicherter, ich habe den Vertrag nicht weiter angesehen.

Gruß Kundenservice

--- Kontaktformular #CF-2025-03-1188 ---
Name: Gerhard Pundt
Vertragsnummer: KV-4471-093385
E-Mail: g.pundt@postfach.example
Rückruf: ja, Tel. 04202 5550 733, am besten 10-12 Uhr

Nachricht:
Sehr geehrte Damen und Herren, ich bin seit drei Wochen in der
Rehaklinik Hohenhorst nach einem Schlaganfall und kann seitdem nur
langsam und undeutlich sprechen. Ich habe viermal bei Ihrer Hotline
angerufen wegen der Kostenübernahme für die Verlängerung der Reha um 2
Wochen, jedes Mal 20 Minuten Warteschleife, einmal hat die Dame
aufgelegt weil sie mich nicht verstanden hat. Meine Frau schreibt diese
Nachricht für mich. Das ist für einen Kranken unzumutbar. Ich erwarte
einen Rückruf von jemandem der sich Zeit nimmt und eine Entscheidung
über die Verlängerung bis Freitag, sonst muss ich am Montag nach Hause.
Gerhard Pundt
"""
    return M(KS, JONAS + ', ' + SABINE, 'WG: Kontaktformular – Beschwerde Wartezeit / Reha-Verlängerung', dt(3, 24, 9, 6),
             T(body, cs='iso-8859-1'), 'STRICTLY_CONFIDENTIAL', 'de', 'customer',
             'customer complaint: named KV customer in rehab after stroke, speech impairment, rehab extension')


def m045():
    body = """Sabine, Jonas,

before I send this to Marco for the English desk training on 2 April,
could you please double-check that nothing in it points to a real
customer? I changed age, country, dates and the condition category and
left out every number. If anything still looks too close to the
original complaint, tell me and I'll change it further.

Claire

------------------------------------------------------------------
TRAINING CASE 7 - "The third call" (anonymised, for training only)

A customer in her forties, living abroad, calls the English desk for
the third time in a week. She has a chronic condition that requires
regular specialist visits, and an invoice was only partly reimbursed.
On her first two calls she was told "the medical team will call back";
nobody did.

On the third call she is angry and says she will cancel.

Discussion questions:
1. What should the agent say in the first 30 seconds?
2. Which information may the agent NOT ask for on the phone (think:
   diagnosis, medication)? What does the agent need instead?
3. How does the agent document the call without putting health details
   into the free-text field?
4. When is it right to escalate to the team lead, and how?

Model answer: see trainer notes (separate file).
------------------------------------------------------------------
"""
    return M(CLAIRE, SABINE + ', ' + JONAS, 'Please check: anonymised training case for English desk', dt(3, 24, 15, 30),
             T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'internal',
             'trap: anonymised training case (woman in her forties, chronic condition), no identifiable person')


def m046():
    body = """Sehr geehrte Frau Aksoy,

wie heute telefonisch mit unserem Servicecenter besprochen, erteilen wir
Ihnen Deckungszusage für die außergerichtliche und erstinstanzliche
Vertretung im Kündigungsschutzverfahren.

Versicherungsnehmerin: Derya Aksoy, Wiesbadener Straße 8, 28199 Bremen
Vertrag:               RS-5510-229034 (Privat- und Berufs-Rechtsschutz)
Gegner:                Nordsee Logistik GmbH, Bremerhaven (Arbeitgeberin)
Gegenstand:            ordentliche Kündigung vom 28.02.2025 zum 31.05.2025

Für den Streitwert legen wir, wie von Ihnen angegeben, ein
Bruttomonatsgehalt von 3.850,00 EUR zugrunde (Streitwert 3 Monatsgehälter
= 11.550,00 EUR). Die Selbstbeteiligung beträgt 150 EUR.

Anwaltliche Vertretung: Sie haben die Kanzlei Bergmann Oltmanns,
Bremen, gewählt. Bitte geben Sie der Kanzlei unsere Schadennummer
RS-S-25-004418 an; die Kanzlei rechnet direkt mit uns ab.

Bitte beachten Sie die Frist für die Kündigungsschutzklage: drei Wochen
ab Zugang der Kündigung.

Mit freundlichen Grüßen
Henrik Sommer
Rechtsschutz-Schaden
Weserstrom Versicherung AG
"""
    return M(SOMMER, a('Derya Aksoy', 'derya.aksoy@freenet-mail.example'), 'Deckungszusage Arbeitsrecht – RS-S-25-004418', dt(3, 25, 11, 40),
             T(body), 'CONFIDENTIAL', 'de', 'insurer-to-customer',
             'legal expenses cover: named customer, address, employer, monthly salary, policy/claim numbers')


def m047():
    body = """Hi Felix,

für das neue CRM-Formular "Rückrufbitte" brauchen wir die Feldliste
zweisprachig, weil Lissabon dasselbe Formular nutzt. Unten mein Vorschlag,
Pflichtfelder mit *. Kannst du das so an Parlio/CRM geben?

Feld (DE)               | Field (EN)            | Typ / type
------------------------+-----------------------+------------------------
Kundennummer *          | Customer number *     | Text, Format 10-stellig
Vertragsnummer          | Policy number         | Text
Name *                  | Name *                | Text
Geburtsdatum            | Date of birth         | Datum / date (masked)
Rückrufnummer *         | Call-back number *    | Tel.
Zeitfenster             | Time window           | Auswahl / picklist
Sparte *                | Line of business *    | KV / Pflege / Leben /
                        |                       | Unfall / Kfz / Sach / RS
Anliegen (kurz) *       | Request (short) *     | max. 200 Zeichen/chars
Gesundheitsbezug?       | Health-related?       | Ja/Nein - yes/no
                        |                       | -> routes to medical team,
                        |                       | free text is NOT stored
Sprache                 | Language              | DE / EN
Vollmacht geprüft       | Authorisation checked | Checkbox

Note for the English side: "Gesundheitsbezug = yes" must hide the
free-text field, otherwise agents will type diagnoses into it again.

Danke!
Sabine
"""
    return M(SABINE, FELIX, 'CRM-Formular Rückrufbitte / callback form – Feldliste DE/EN', dt(3, 25, 16, 12),
             T(body), 'NORMAL', 'mixed', 'internal',
             'trap: blank bilingual form field list (birth date, health flag), no person')


def m048():
    body = """Liebe Kolleginnen und Kollegen im 3. OG,

nach dem Umzug der Kundenservice-Steuerung hier die aktuelle Übersicht:

Ersthelferinnen und Ersthelfer 3. OG (Kundenservice, Beschwerde,
Dienstleistersteuerung):
  - Jonas Petersen, Raum 3.14, Durchwahl -2231
  - Nadine Roth, Raum 3.22, Durchwahl -2470
  - Bernd Kowalski, Raum 3.05, Durchwahl -2108

Defibrillator (AED): Flur vor den Aufzügen, grüner Kasten. Die
Elektroden wurden im Februar getauscht.
Verbandkasten: Teeküche 3. OG und Besprechungsraum "Schlachte".
Verbandbuch: liegt beim Empfang im EG; bitte jede Erste-Hilfe-Leistung
eintragen (auch Pflaster!), das ist für die Berufsgenossenschaft wichtig.

Nächster Auffrischungskurs Erste Hilfe (9 UE): 15.05., noch 4 Plätze
frei – Anmeldung bei mir.

Viele Grüße
Bernd Kowalski
Einkauf / Arbeitssicherheit
"""
    return M(BERND, a('Alle 3. OG', 'vt-3og@' + INS), 'Ersthelfer und Defibrillator im 3. OG', dt(3, 26, 10, 0),
             T(body, cs='windows-1252', cte='8bit'), 'NORMAL', 'de', 'internal',
             'trap: first-aider list and AED location, colleagues named organisationally, no health data')


def m049():
    body = """Hi Pieter,

one for the pet team (I know it's not your line, but the pet mailbox
bounced). Chat transcript from the English desk below.

Sabine

[Parlio | session 91be-3d40 | queue WS-EN-GENERAL | 26 Mar 2025]
14:02:11 Visitor (Rebecca Thornton): Hi, I sent in the vet invoice for my
         dog Bruno two weeks ago, any news?
14:02:40 Agent Sofia M.: Hello Ms Thornton, happy to check. Could you give
         me the policy number and your postcode?
14:03:05 Visitor: TK-4402-118395, 28211
14:03:50 Agent Sofia M.: Thank you. I can see the invoice from
         Tierklinik Hollerland, EUR 2,980.40, cruciate ligament surgery
         (TPLO) on the right hind leg, received 12 March. It's with our
         pet claims team.
14:04:31 Visitor: Bruno is 6, Labrador, they said it's common in the
         breed. Will you pay all of it? The policy says 80%?
14:05:12 Agent Sofia M.: Your plan covers surgery at 80 % after the
         EUR 250 excess, up to the 3x GOT rate. The team will confirm the
         exact amount in writing.
14:05:40 Visitor: ok. please ask them to hurry, I paid it all from my
         savings. r.thornton@mailbox.example
[session ended by visitor]
"""
    return M(SABINE, PIETER, 'FW: Chat - pet surgery invoice (TK-4402-118395)', dt(3, 26, 14, 40),
             T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'callcenter',
             'chat: named pet-insurance customer, policy, postcode, dog surgery invoice (animal health = not Art. 9)')


def m050():
    body = """Sehr geehrter Herr Dr. Sänger,

Ihr Patient, Herr Wilfried Pahlke (geb. 14.06.1958), ist bei uns
krankenvollversichert (KV-4471-208813). Über unser Servicecenter hat er
uns mitgeteilt, dass nach dem MRT vom 18.02.2025 eine Arthroskopie des
rechten Kniegelenks (Teilmeniskektomie bei Innenmeniskus-Korbhenkelriss)
geplant ist. Ihre Praxis hat außerdem bei unserem Servicecenter eine
Voicemail hinterlassen und nach einer Kostenzusage gefragt.

Damit wir schnell entscheiden können, benötigen wir:
- den MRT-Befund vom 18.02.2025,
- Ihre Indikationsstellung (OP-Bericht-Vorlage oder Arztbrief),
- den geplanten Ablauf (ambulant nach OPS 5-812.5 oder stationär).

Eine Schweigepflichtentbindung des Patienten liegt uns vor (Antrag
vom 02.03.2011, erneuert 12.02.2025).

Bitte senden Sie die Unterlagen über unser Arztportal oder per Fax an
0421 3308-2990, nicht per unverschlüsselter E-Mail.

Mit freundlichen kollegialen Grüßen

Dr. med. Ulrike Hahn
Ärztlicher Dienst Leistungsprüfung Kranken
Weserstrom Krankenversicherung AG
"""
    return M(HAHN, a('Praxis Dr. Sänger', 'praxis@orthopaedie-vegesack.example'), 'Ihr Patient W. Pahlke – Unterlagen Arthroskopie Knie',
             dt(3, 3, 15, 20), T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
             'to a doctor: named patient with birth date, meniscus tear, planned arthroscopy, OPS code')


def m051():
    body = """Liebes Team Weserstrom,

wir hatten in den letzten Wochen mehrere Beschwerden, weil am Telefon
Angehörigen zu viel oder zu wenig Auskunft gegeben wurde. Deshalb noch
einmal die Regeln in Kurzform. Bitte in allen Teams besprechen.

1. Ehepartner/-innen sind NICHT automatisch berechtigt. Auch nicht bei
   Krankenhausaufenthalten oder wenn die versicherte Person im Koma liegt.
2. Berechtigt sind: Bevollmächtigte mit Vollmacht im CRM, rechtliche
   Betreuer/-innen (Betreuerausweis im DMS), Eltern für minderjährige
   Kinder (bis 15; ab 16 fragen wir das Kind), Makler mit Vollmacht.
3. Ohne Berechtigung dürft ihr sagen, dass ihr zu Personen keine
   Auskunft geben könnt. Ihr dürft NICHT bestätigen, dass die Person bei
   uns versichert ist.
4. Gesundheitsangaben, die Angehörige euch ungefragt erzählen, nicht ins
   CRM schreiben. Stattdessen: "Angehörige/r hat angerufen, Rückruf an VP
   angeboten".
5. Todesfälle: Mit Beileid reagieren, Sterbeurkunde anfordern, an den
   Fachbereich Leben/Kranken weiterleiten, keine Auskünfte zu Leistungen.

Bei Unsicherheit: Eskalation an den Teamlead oder an
datenschutz@weserstrom.example.

Viele Grüße
Sabine Krämer
Dienstleistersteuerung
"""
    return M(SABINE, KWTEAM, 'Rundschreiben 04/2025: Auskünfte an Angehörige und Bevollmächtigte', dt(3, 27, 13, 15),
             T(body), 'NORMAL', 'de', 'insurer-to-callcenter',
             'trap: general rules on information to relatives (coma, hospital, deaths), no person')


def m052():
    rows = [['Ticket', 'Eingang', 'Sparte', 'Kunde', 'Vertrag/Schaden', 'Rückrufnr.', 'Anliegen (kurz)', 'Fachbereich'],
            ['KW-WS-2025-032709-0112', '27.03. 08:14', 'Kfz', 'Bettina Loose', 'S-25-112201', '0421 5550 3390', 'Stand Gutachten Parkschaden', 'Kfz-Schaden'],
            ['KW-WS-2025-032709-0140', '27.03. 09:02', 'Sach', 'Hauke Jürgens', 'WG-3301-650912', '04791 5550 881', 'Sturmschaden Carport, Fotos da', 'Sach-Schaden'],
            ['KW-WS-2025-032710-0201', '27.03. 10:31', 'Kfz', 'Aleksandra Wojcik', 'KF-2024-0188734', '0176 5550 2265', 'Beitragsrechnung doppelt abgebucht', 'Kfz-Vertrag'],
            ['KW-WS-2025-032711-0233', '27.03. 11:47', 'PH', 'Ole Brandes', 'PH-1187-338120', '0151 5550 7742', 'Sohn hat Brille eines Mitschülers beschädigt', 'Haftpflicht'],
            ['KW-WS-2025-032713-0290', '27.03. 13:20', 'Sach', 'Ingrid Meyer-Lüdeke', 'S-25-110877', '0421 5550 6018', 'Trocknung noch nicht abgeschlossen', 'Sach-Schaden'],
            ['KW-WS-2025-032715-0355', '27.03. 15:05', 'Kfz', 'Jannik Poppe', 'KF-2023-0209916', '0160 5550 1482', 'eVB für Zweitwagen', 'Kfz-Vertrag']]
    x = xlsx([('Offen 27.03.', rows)], creator='Kontaktwerk Reporting', title='Offene Rückrufe Kfz/Sach')
    body = """Hallo Ronja,

anbei die offenen Rückrufe von gestern aus Kfz/Sach, die bei den
Fachbereichen nicht angekommen sind (Routingfehler, siehe Ticket von
Felix). Bitte heute bis 12 Uhr selbst abarbeiten oder sauber
weiterleiten.

Gruß
Sabine
"""
    return M(SABINE, RONJA, 'Offene Rückrufe 27.03. – bitte bis 12 Uhr', dt(3, 28, 8, 10),
             MP('mixed', [T(body), A(x, CT_XLSX, 'Rueckrufe_offen_2025-03-27.xlsx')]),
             'CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'harmless body; XLSX attachment lists named customers with phone and motor/property policy/claim numbers')


def m053():
    p = pdf(['# Escalation summary - International Health Plan',
             'Prepared for: Kontaktwerk English Desk (team lead) - call on 1 April 2025',
             'Prepared by: Claire Whitfield, International Health Service',
             '',
             'Customer: Mr Lukas Brenneke, DOB 17/10/1986, IHP-7730-1123, resident in Dubai since 2023',
             'Subject: rejection of hospital invoice, Palm Crescent Hospital, Dubai, 4-7 February 2025',
             '',
             '# Facts',
             'Admission for diabetic ketoacidosis; known type 1 diabetes (E10.11), insulin pump therapy since 2015.',
             'Invoice AED 38,410. Claim rejected on 3 March: pre-existing condition excluded at underwriting',
             '(exclusion clause no. 2 in the policy schedule, "diabetes mellitus and complications").',
             '',
             '# Customer position',
             'Says the exclusion was never explained; the broker filled in the health questions for him.',
             'Called the English desk five times; the last call was escalated by the agent.',
             '',
             '# What the team lead may say on 1 April',
             '- We are reviewing the underwriting file, including the broker\'s involvement.',
             '- No decision on the phone; written answer within 10 working days.',
             '- Ex gratia payment is being discussed but must NOT be promised.',
             '',
             'Confidential - medical data - do not forward'],
            title='Escalation summary IHP-7730-1123', author='Claire Whitfield')
    body = """Marco,

please find attached the summary for tomorrow's call. Please brief the
agent who took the last call as well, and delete the PDF afterwards.

Thanks,
Claire
"""
    return M(CLAIRE, MARCO, 'Summary for tomorrow', dt(3, 31, 17, 25),
             MP('mixed', [T(body, cs='us-ascii', cte='7bit'), A(p, 'application/pdf', 'escalation_summary_IHP-7730-1123.pdf')]),
             'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'harmless body; PDF attachment: named expat with DOB, type 1 diabetes E10.11, ketoacidosis, rejected claim')


def m054():
    body = """Hello Mr Kästner,

thank you for the monthly quality report for March. Our comments:

                        Jan      Feb      Mar     target
Transcriptions         3,377    3,902    4,108
Word error rate DE      7.9%     7.1%     6.8%    < 8%
Word error rate EN      9.4%     9.0%     8.2%    < 10%
Turnaround (median)    6 min    5 min    5 min    < 15 min
Audio deleted <= 30d    100%     100%     100%    100%

Good progress. Two requests:

1. The custom vocabulary list works well for our insurance terms
   ("Heil- und Kostenplan", "Krankentagegeld", "Kostenübernahme",
   "Anschlussheilbehandlung", "Pflegegrad"). Please also add common drug
   names and the spoken form of ICD codes ("F three two point one"),
   since practices and hospitals often read them out on voicemail. We
   will send you a list of 200 terms from a public drug directory, no
   customer data.

2. Invoice VS-2025-0311: the 212 voicemails under 3 seconds (hang-ups)
   should not be billed according to section 4.2 of our agreement. Please
   send a credit note.

Best regards
Felix Obermeier
IT Kundenkommunikation / CTI | Weserstrom Versicherung AG
"""
    return M(FELIX, a('Ralf Kästner', 'ralf.kaestner@voxscript.example'), 'RE: Monthly quality report March 2025',
             dt(4, 2, 10, 22), T(body), 'NORMAL', 'en', 'insurer-to-supplier',
             'trap: transcription vendor quality figures, medical vocabulary list, no person')


def m055():
    body = """Hallo Sach-Schaden,

Voicemail von heute früh (Transkript unten), Kunde bittet um Rückruf.
Schaden habe ich noch nicht angelegt, weil unklar ist, ob das E-Bike über
die Hausrat läuft.

Dana Wolff, Kontaktwerk

--- VoxScript Transkript #VX-2025-0402-01127 (automatisch, Konfidenz 0,86)
Eingang: 02.04.2025 06:48 | Anrufer: +49 176 5550 4182 | Dauer 1:12
"Ja moin, Heinrich Tammen hier, ich hab bei Ihnen meine Hausrat, die
Nummer ist HR zwo zwo neun null sechs eins fünf neun null sieben. Mein
E-Bike ist geklaut worden, heute Nacht aus dem Fahrradkeller, Schloss
ist aufgebrochen. Das ist ein Kalkhoff Endeavour, Rahmennummer fängt mit
KH sieben an, hab ich auf der Rechnung, gekauft letztes Jahr für
dreitausendvierhundert Euro. Ich wohn in der Gröpelinger Heerstraße
hundertzwölf in Bremen. Anzeige mach ich heute Mittag bei der Polizei.
Rufen Sie mich bitte zurück, ich bin ab vierzehn Uhr zu Hause. Danke."
--- Ende Transkript
"""
    return M(KS, a('Sach-Schaden', 'sach-schaden@' + INS), 'WG: Voicemail Tammen – E-Bike-Diebstahl Hausrat', dt(4, 2, 8, 31),
             T(body), 'CONFIDENTIAL', 'de', 'customer',
             'customer voicemail transcript: name, household policy number, address, stolen e-bike, phone')


def m056():
    body = """Hallo Frau Dr. Seibert,

für die Vorstandssitzung am Montag die gewünschte Kurzfassung zur
Eskalation Overbeck. Bitte nur für Herrn Dr. Lohmeyer, nicht in die
allgemeinen Sitzungsunterlagen.

Sachverhalt
- Versicherte: Janine Overbeck, KV-4471-559204, Tarif KomfortPlus mit
  mitversichertem Sohn Mats (6 Jahre).
- Mats hat die Diagnose frühkindlicher Autismus (F84.0). Die Familie hat
  die Kostenübernahme für eine intensive ABA-Therapie (Applied Behavior
  Analysis, 20 Std./Woche, ca. 3.400 EUR/Monat) beantragt.
- Leistung Kranken hat abgelehnt (Methode nicht schulmedizinisch
  anerkannt, Tarif leistet für Ergotherapie und Psychotherapie). Frau
  Overbeck hat danach 11-mal bei der Hotline angerufen, zweimal wurde sie
  nach ihren Angaben "abgewimmelt".
- Am 31.03. hat sie angekündigt, sich an den Weser-Kurier und die BaFin
  zu wenden.

Bewertung
- Ablehnung ist vertraglich vertretbar. Kommunikation über das
  Callcenter war unglücklich (keine Rückrufe vom Fachbereich trotz
  zweimaliger Rückrufbitte).
- Empfehlung: persönliches Gespräch durch Dr. Hahn, Prüfung einer
  Kulanzleistung für 6 Monate Autismus-Therapie in einem anerkannten
  Therapiezentrum.

Jonas Petersen
Beschwerdemanagement
"""
    return M(JONAS, a('Dr. Miriam Seibert', 'miriam.seibert@' + INS), 'Vorstandsvorlage vertraulich – Eskalation Overbeck', dt(4, 3, 16, 44),
             T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
             'board summary: named customer and son with autism F84.0, therapy refusal, complaint')


def m057():
    body = """Protokoll Lenkungskreis Weserstrom / Kontaktwerk – 03.04.2025

Teilnehmende: S. Krämer, F. Obermeier, J. Petersen (Weserstrom);
D. Hallmann, R. Sievers, M. Teixeira (Kontaktwerk)

1. SLA Q1
   Service Level 80/20: 77,9 % (Ziel 80 %), Erreichbarkeit 94,1 %.
   Malus nach Anlage 5: 1,5 % der Monatsvergütung für Februar und März.
   Ursache: Beitragsanpassung KV, Routingfehler am 20.03.

2. Personal
   Team Weserstrom: 64 FTE (DE) + 9 FTE (EN). Krankenquote Q1: 8,0 %,
   Fluktuation 4,2 %. Kontaktwerk stellt bis Mai 6 weitere Agents ein,
   2 davon mit medizinischer Vorbildung (MFA).

3. Beschwerden
   41 Beschwerden über den Kundenservice in Q1 (Q4: 33), davon 9 mit
   Bezug zu Gesundheitsdaten am Telefon (zu laut, Angehörige). Einzelfälle
   werden im Beschwerdemanagement bearbeitet, nicht im Lenkungskreis.

4. Chat-Maskierung
   Release 7.2 live seit 31.03.; Tests mit synthetischen Daten bestanden.

5. Nächste Termine
   03.07.2025, 10:00 Uhr, Leipzig (vor Ort)

Protokoll: S. Krämer
"""
    return M(SABINE, DIRK + ', ' + RONJA + ', ' + MARCO, 'Protokoll Lenkungskreis 03.04.2025', dt(4, 4, 9, 30),
             T(body), 'NORMAL', 'de', 'internal',
             'trap: steering committee minutes with sickness rate, complaint counts about health data, no person',
             cc=FELIX + ', ' + JONAS)


def m058():
    new = iban('DE', '29151281' + '0000661832')
    body = """Dear Mr Fairbairn,

thank you for calling our English service desk on 3 April. We confirm the
change of your bank details for your motor insurance.

Policy:          KF-2023-0317752 (HB-CF 96)
Old account:     DE12 **** **** **** **82 71 (will no longer be used)
New account:     @IBAN@ (Sparkasse Rotenburg Osterholz)
Account holder:  Colin Fairbairn
SEPA mandate:    WS-KF-0317752-002, valid from 1 May 2025

Your next premium of EUR 71.30 will be collected from the new account on
1 May 2025. Our creditor ID is DE98ZZZ09999999999.

Kind regards
Weserstrom customer service

""".replace('@IBAN@', grp(new)) + DISCL_EN
    return M(KS, a('Colin Fairbairn', 'colin.fairbairn@web-post.example'), 'Confirmation: new bank details for your motor policy',
             dt(4, 4, 11, 5), T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'insurer-to-customer',
             'bank change confirmation: named customer, new IBAN, masked old IBAN, motor policy, plate')


def m059():
    body = """Hallo Leistung Kranken,

Chat aus der Queue WS-DE-KV, Kundin wünscht schriftliche Auskunft. Bitte
übernehmen, ich habe ihr 5 Werktage genannt.

Kevin Albrecht, Kontaktwerk

[Parlio | Sitzung c41d-07ee | Queue WS-DE-KV | 04.04.2025]
19:31:20 Kundin (Laura Reinecke): Hallo, ich habe eine Frage zu meinem
         Tarif, KV-4471-620117. Zahlen Sie eine Kinderwunschbehandlung?
19:31:58 Agent Kevin: Guten Abend Frau Reinecke. Zur Legitimation bitte
         noch Ihr Geburtsdatum?
19:32:15 Kundin: 08.12.1990
19:33:02 Agent Kevin: Danke. Um welche Behandlung geht es genau?
19:34:40 Kundin: ICSI, also künstliche Befruchtung. Wir versuchen es seit
         zwei Jahren, bei meinem Mann wurde eine eingeschränkte
         Spermienqualität festgestellt (Urologe, Befund liegt vor), bei mir
         ist alles in Ordnung. Die Kinderwunschpraxis hat einen
         Behandlungsplan für 3 Zyklen gemacht, ca. 4.500 € pro Zyklus.
         Mein Mann ist gesetzlich versichert.
19:36:11 Agent Kevin: Danke für die Info. Das ist eine Einzelfallprüfung
         (Verursacherprinzip), das kann ich im Chat nicht entscheiden.
         Ich gebe es an die Fachabteilung, Sie bekommen eine schriftliche
         Antwort. Bitte senden Sie den Behandlungsplan über die App.
19:36:50 Kundin: ok danke
[Ende Sitzung]
"""
    return M(KS, a('Leistung Kranken', 'leistung-kranken@' + INS), 'WG: Chat Reinecke – Kinderwunschbehandlung (ICSI)', dt(4, 5, 8, 12),
             T(body, cte='8bit'), 'STRICTLY_CONFIDENTIAL', 'de', 'callcenter',
             'chat: named customer with birth date, IVF/ICSI, husband\'s fertility findings')


def m060():
    rows = [('Krankentagegeld', 'daily sickness allowance', 'not "sick pay" (that is the employer)'),
            ('Krankenhaustagegeld', 'daily hospital cash', ''),
            ('Kostenübernahme(erklärung)', 'guarantee of payment / cost coverage', 'for hospitals: "GOP"'),
            ('Heil- und Kostenplan (HKP)', 'dental treatment plan and cost estimate', ''),
            ('Anschlussheilbehandlung (AHB)', 'follow-up rehabilitation', 'directly after hospital'),
            ('Pflegegrad', 'care level (1-5)', 'not "care degree"'),
            ('Beitragsrückerstattung', 'premium refund (no-claims)', ''),
            ('Selbstbehalt', 'deductible / excess', 'health: deductible; motor: excess'),
            ('Gebührenordnung für Ärzte (GOÄ)', "German scale of doctors' fees", 'explain, do not translate'),
            ('Schweigepflichtentbindung', 'consent to release medical information', ''),
            ('Berufsunfähigkeit (BU)', 'occupational disability', 'UK: "income protection" is close')]
    lines = '\n'.join('%-34s %-40s %s' % r for r in rows)
    body = """Hallo Claire,

für die neuen Agents in Lissabon habe ich das Glossar überarbeitet.
Kannst du bitte kurz drüberschauen, ob die englischen Begriffe so
passen? Vor allem bei "Krankentagegeld" bin ich unsicher. Danke!

Sabine

GLOSSARY DE -> EN (Team Weserstrom, English desk) - version 3, April 2025

%-34s %-40s %s
%s

Rule of thumb: use the German term in brackets the first time, customers
see it in our letters.
""" % ('Deutsch', 'English', 'Note', lines)
    return M(SABINE, CLAIRE, 'Glossar DE-EN für Lissabon – bitte kurz prüfen', dt(4, 7, 13, 3),
             T(body), 'NORMAL', 'mixed', 'internal',
             'trap: German-English glossary of health and care terms, no person')


def m061():
    body = """Hallo Ronja,

ich brauche bitte bis Donnerstag eine Stellungnahme zu folgender
Beschwerde (Eingang schriftlich am 07.04.):

Kunde:       Detlef Harms, Tel. 0421 5550 8127
Schaden:     S-25-108820 (Kfz-Haftpflicht, Auffahrunfall 14.03.,
             Gegner: Frau Mönkemeyer, niemand verletzt)
Vertrag:     KF-2019-0522714, HB-DH 340

Herr Harms schreibt, dass ihm der Agent am 04.04. gegen 16:30 Uhr
gesagt habe, er solle "nicht so einen Aufstand machen, Sie sind doch
schuld". Er möchte wissen, ob das Gespräch aufgezeichnet wurde, und
verlangt eine Entschuldigung.

Bitte prüfen:
1. Welcher Agent hat das Gespräch geführt?
2. Liegt eine Aufzeichnung vor (Einwilligung im Sprachdialog erteilt?)
   Falls ja: bitte NICHT per Mail schicken, wir hören sie gemeinsam im
   Termin am Donnerstag an.
3. Was steht in der Gesprächsnotiz?

Danke
Jonas Petersen
Beschwerdemanagement
"""
    return M(JONAS, RONJA, 'Beschwerde Harms – Stellungnahme bis Do. (S-25-108820)', dt(4, 8, 9, 50),
             T(body), 'CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'complaint: named customer with phone, motor claim and policy number, plate; nobody hurt')


def m062():
    body = """Sabine, Yusuf,

forwarding Marco's incident report as required by the crisis protocol
(annex 9 of the service agreement). Yusuf, the customer is one of yours.
I've spoken to Marco; the agent is being looked after by Kontaktwerk's
employee assistance service.

Claire

-----Original Message-----
From: Marco Teixeira <marco.teixeira@lisboa.kontaktwerk.example>
Sent: Tuesday, April 8, 2025 19:12
To: Claire Whitfield <claire.whitfield@weserstrom.example>
Subject: INCIDENT REPORT - crisis call 08/04 (protocol 9)

Time:       08/04/2025, 17:41-18:26 (45 min)
Agent:      Sofia M. (supported by me from 17:50)
Caller:     Mr Craig Whitmore, BU-9140-301877, +49 4231 5550 362
            address on file: Am Mühlenteich 4, 27283 Verden

During a call about the rejection of his occupational disability claim
(letter of 2 April), Mr Whitmore said that he "saw no point in going on"
and that he had "the pills ready". He mentioned his depression and that
he had stopped taking his antidepressant two weeks ago.

Actions per protocol 9:
- agent kept him on the line, I took over at 17:50;
- with his consent we called his wife on her mobile, she came home at
  18:20 and took the phone; she said she would take him to the
  psychiatric emergency service at Verden hospital;
- we gave both the number of the crisis line listed in protocol 9;
- as the wife was present and he agreed to go, we did not call 112.

No recording (caller had declined recording at the start).
Marco
"""
    return M(CLAIRE, SABINE + ', ' + YUSUF, 'FW: INCIDENT REPORT - crisis call 08/04 (protocol 9)', dt(4, 8, 20, 2),
             T(body), 'STRICTLY_CONFIDENTIAL', 'en', 'callcenter',
             'crisis-call report: named BU claimant with address, suicidal statements, depression, medication')


def m063():
    body = """Sehr geehrte Frau Lorenzen,

vielen Dank für Ihr Interesse an unseren Zahnzusatzversicherungen und für
Ihren Anruf bei unserem Servicecenter. Wie gewünscht hier die Übersicht
unserer Tarife:

                      ZahnStart     ZahnKomfort 70   ZahnPremium 90
Zahnersatz            50 %          70 %             90 %
Implantate            –             70 %             90 %
Kieferorthopädie      –             bis 18 J.        bis 18 J., 80 %
Prof. Zahnreinigung   –             100 EUR/Jahr     200 EUR/Jahr
Wartezeit             keine         8 Monate         8 Monate
Monatsbeitrag*        ab 9,40 EUR   ab 21,80 EUR     ab 34,10 EUR

*abhängig vom Eintrittsalter. Die genauen Beiträge berechnen wir Ihnen
gerne, sobald wir Ihr Geburtsjahr kennen. Bei ZahnKomfort und
ZahnPremium stellen wir im Antrag drei Gesundheitsfragen (fehlende Zähne,
laufende Behandlungen).

Die ausführlichen Bedingungen finden Sie unter
https://www.weserstrom.example/zahn

Mit freundlichen Grüßen
Ihr Weserstrom Kundenservice
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Lorenzen,</p>
<p>vielen Dank für Ihr Interesse an unseren Zahnzusatzversicherungen und für Ihren Anruf bei unserem Servicecenter.
Wie gewünscht hier die Übersicht unserer Tarife:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#0b3d6b;color:#fff"><th></th><th>ZahnStart</th><th>ZahnKomfort 70</th><th>ZahnPremium 90</th></tr>
<tr><td>Zahnersatz</td><td>50 %</td><td>70 %</td><td>90 %</td></tr>
<tr><td>Implantate</td><td>&ndash;</td><td>70 %</td><td>90 %</td></tr>
<tr><td>Kieferorthopädie</td><td>&ndash;</td><td>bis 18 J.</td><td>bis 18 J., 80 %</td></tr>
<tr><td>Prof. Zahnreinigung</td><td>&ndash;</td><td>100 EUR/Jahr</td><td>200 EUR/Jahr</td></tr>
<tr><td>Wartezeit</td><td>keine</td><td>8 Monate</td><td>8 Monate</td></tr>
<tr><td>Monatsbeitrag*</td><td>ab 9,40 EUR</td><td>ab 21,80 EUR</td><td>ab 34,10 EUR</td></tr>
</table>
<p style="font-size:8pt">*abhängig vom Eintrittsalter. Die genauen Beiträge berechnen wir Ihnen gerne, sobald wir Ihr Geburtsjahr kennen.
Bei ZahnKomfort und ZahnPremium stellen wir im Antrag drei Gesundheitsfragen (fehlende Zähne, laufende Behandlungen).</p>
<p>Die ausführlichen Bedingungen finden Sie unter <a href="https://www.weserstrom.example/zahn">www.weserstrom.example/zahn</a>.</p>
<p>Mit freundlichen Grüßen<br>Ihr Weserstrom Kundenservice</p>
</body></html>
"""
    return M(KS, a('Julia Lorenzen', 'julia.lorenzen@netmail.example'), 'Ihre Anfrage zur Zahnzusatzversicherung', dt(4, 8, 11, 23),
             MP('alternative', [T(body), H(html)], preamble=False), 'NORMAL', 'de', 'insurer-to-customer',
             'trap: prospect gets generic dental tariff table with health questions mentioned; no contract, no health data')


def m064():
    body = """Hallo Tobias,

zur Info vor unserem Termin: die Auswertung des Mithörcoachings aus
Leipzig. Jana hat sie komplett anonymisiert (keine Namen, keine
Ticketnummern), du kannst sie gern im Datenschutzbericht verwenden.

Sabine

----- Weitergeleitet -----
Von: Jana Richter <jana.richter@kontaktwerk.example>
Betreff: Auswertung Mithörcoaching März – Team WS

Hallo Sabine,

im März haben wir 40 Gespräche in der Queue Leistung KV mitgehört
(Zufallsauswahl, Einwilligung der Anrufenden lag vor). Ergebnisse:

- Legitimation korrekt durchgeführt: 37 von 40
- Diagnose oder Medikament vom Agent laut wiederholt: 7 von 40
  (Ziel: 0) – typisch: "Sie sagen also, Ihre Bandscheibe..."
- Gesundheitsdaten ins CRM-Freitextfeld geschrieben: 5 von 40
- Angehörigen ohne Vollmacht Auskunft gegeben: 1 von 40
- Empathie/Tonalität gut oder sehr gut: 33 von 40

Maßnahmen: Kurzschulung "Nicht wiederholen, sondern zusammenfassen" in
allen Schichten bis 18.04., Nachkontrolle im Mai.

Viele Grüße
Jana Richter
Qualitätsmanagement, Kontaktwerk Dialog GmbH
"""
    return M(SABINE, BRANDT, 'WG: Auswertung Mithörcoaching März – Team WS', dt(4, 9, 10, 14),
             T(body), 'NORMAL', 'de', 'callcenter',
             'trap: anonymised coaching statistics (diagnoses repeated aloud, relatives), no person')


def m065():
    body = """Hallo Team Weserstrom,

kurze Sprachregelung für einen Kunden, der uns heute dreimal angerufen
hat und sich wahrscheinlich wieder meldet:

Herr Ralf Janßen, Rechtsschutz RS-5510-118203, Tel. 0471 5550 2093

Herr Janßen hat erzählt, dass er Mitglied der IG Metall ist und die
Gewerkschaft ihn im Streit mit seinem Arbeitgeber (Abmahnung wegen
angeblicher Arbeitszeitverstöße) vertreten könnte. Er möchte aber lieber
einen eigenen Anwalt über uns.

Nach § 3 Abs. 2 g) unserer ARB ist der Arbeitsrechtsschutz subsidiär,
soweit ein anderer Rechtsschutz (hier: gewerkschaftlicher Rechtsschutz)
besteht. Bitte ihm erklären:
- er soll zuerst bei der IG Metall die Vertretung beantragen;
- lehnt die Gewerkschaft ab oder ist sie nicht zuständig, prüfen wir;
- die Mitgliedschaft muss er uns nicht nachweisen, die Ablehnung der
  Gewerkschaft schon.

Bitte in der Gesprächsnotiz NICHT "Gewerkschaftsmitglied" eintragen,
sondern nur "Subsidiarität erläutert".

Danke
Henrik Sommer
Rechtsschutz-Schaden
"""
    return M(SOMMER, KWTEAM, 'Sprachregelung Rechtsschutz Janßen (Subsidiarität)', dt(4, 9, 15, 31),
             T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'named customer\'s trade-union membership (Art. 9 GDPR) in a legal-expenses case')


def m066():
    body = """Dear Mr Teixeira,

an account has been created for you on the Weserstrom quality portal
(listening-in reports, scorecards, calibration sessions).

   Portal:          https://qa-portal.weserstrom.example
   User name:       m.teixeira.kw
   One-time code:   sent separately by SMS to the mobile number your
                    administrator registered

At your first login you will be asked to set a password (at least 12
characters) and a security question. The one-time code is valid for 72
hours.

Please note: the portal contains call recordings of insured persons,
which may include health information. Access is logged (audit log kept
for 6 years). Do not share your credentials.

This is an automatically generated message. Please do not reply.

Weserstrom Versicherung AG - IT Identity Services
"""
    return M(a('Weserstrom IT Identity Services', 'noreply-iam@' + INS), MARCO, 'Your account on the Weserstrom quality portal',
             dt(4, 10, 7, 0), T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'insurer-to-callcenter',
             'trap: portal account registration mail warning about health data, no content about anyone',
             mailer=None)


def m067():
    body = """Hi liability team,

voicemail from an English-speaking customer, transcript below. It's a
simple one, but he would like a call back because the neighbour is
pressing him.

Kontaktwerk English Desk

=== VoxScript VX-2025-0410-00412 | 10 Apr 2025 12:37 | +49 421 5550 6653 ===
"Hello, my name is Benjamin Carter, I have private liability insurance
with you, policy PH-1187-471560. Yesterday afternoon my son Noah, he's
ten, was playing football in the garden and the ball went through the
neighbour's conservatory window, Mr Ahlers next door at number 23. Nobody
was hurt, but the glass is broken and he has a quote from a glazier for
about eight hundred euros. I live at Schwachhauser Ring 21, twenty eight
two oh nine Bremen. Could someone call me back on this number please, or
e-mail benjamin.carter at mailbox dot example. Thanks, bye."
=== end ===
"""
    return M(KS, a('Haftpflicht-Schaden', 'haftpflicht@' + INS), 'FW: Voicemail B. Carter - liability claim broken window', dt(4, 10, 13, 2),
             T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'customer',
             'customer voicemail: name, liability policy, address, neighbour\'s damage; nobody hurt')


def m068():
    body = """Sehr geehrter Herr Eilers,

vielen Dank für das Telefonat mit unserem Servicecenter am 9. April.
Wie angekündigt bestätigen wir Ihnen schriftlich unsere Leistung aus Ihrer
Pflegetagegeldversicherung.

Vertrag:          PT-6112-004913 (Pflegetagegeld, 50 EUR/Tag bei PG 5)
Pflegegrad:       2 seit 01.02.2025 (Gutachten des Medizinischen Dienstes
                  vom 24.02.2025, Hauptursache Gangunsicherheit nach
                  Hüft-TEP und beginnende Parkinson-Erkrankung)
Leistung PG 2:    30 % = 15,00 EUR pro Tag

Nachzahlung für Februar und März 2025:   59 Tage x 15,00 EUR = 885,00 EUR
Ab April monatlich im Voraus:             ca. 450,00 EUR

Die Zahlung geht auf Ihr bekanntes Konto. Wenn sich Ihr Pflegebedarf
ändert, können Sie jederzeit eine Neubegutachtung beantragen.

Mit freundlichen Grüßen

Nadine Roth
Pflegeversicherung | Leistung
Weserstrom Krankenversicherung AG
"""
    return M(ROTH, a('Manfred Eilers', 'm.eilers@postfach.example'), 'Ihr Pflegetagegeld – Bestätigung Pflegegrad 2', dt(4, 10, 14, 48),
             T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
             'care allowance: named customer, care level 2, hip replacement, Parkinson\'s disease')


def m069():
    body = """Hallo Sabine,

hier mein Entwurf für die Datenschutz-FAQ im Wissensmanagement von
Kontaktwerk. Wenn du einverstanden bist, geht sie an Jana.

1. Darf ich Diagnosen am Telefon nennen?
   Nur wenn die versicherte Person selbst am Telefon ist, legitimiert
   ist und danach fragt. Ihr lest keine Diagnosen aus Unterlagen vor,
   die Kundin kennt sie.

2. Eine Klinik ruft an und will wissen, ob der Patient bei uns versichert
   ist. Was sage ich?
   Nichts ohne Schweigepflichtentbindung im System. Bitte an die
   Klinik-Hotline Leistung Kranken verweisen.

3. Der Kunde erzählt ungefragt von seiner Krebserkrankung. Was schreibe
   ich in die Notiz?
   "Kunde schildert gesundheitliche Situation, Rückruf Fachbereich
   gewünscht." Keine Diagnose.

4. Darf ich eine Gesprächsnotiz mit Gesundheitsdaten per E-Mail an den
   Fachbereich schicken?
   Nur über die gesicherte Verbindung (TLS zwischen Kontaktwerk und
   Weserstrom ist erzwungen). Nicht an private Adressen, nicht an
   Kundinnen und Kunden ohne Einwilligung.

5. Ein Kunde möchte seine Gesprächsaufzeichnung haben (Art. 15 DSGVO).
   An datenschutz@weserstrom.example weiterleiten, nicht selbst
   herausgeben.

Gruß
Tobias
"""
    return M(BRANDT, SABINE, 'Entwurf Datenschutz-FAQ für Kontaktwerk', dt(4, 11, 10, 5),
             T(body, cs='iso-8859-1', cte='8bit'), 'NORMAL', 'de', 'internal',
             'trap: data-protection FAQ (diagnoses, cancer, clinics) without any person')


def m070():
    inner_body = """Sehr geehrte Damen und Herren,

ich habe mein Haus in der Deichstraße 7, 27804 Berne, zum 30.04.2025
verkauft. Der Käufer ist Herr Florian Haverkamp (neue Adresse ab Mai
ebendort). Bitte teilen Sie mir mit, was mit meiner
Wohngebäudeversicherung WG-3301-214466 passiert. Ich selbst ziehe zu
meiner Tochter: Am Sportplatz 3, 26931 Elsfleth.

Zur Sicherheit meine Daten: Carola Wittkowski, geb. 11.02.1949.

Am Telefon konnte man mir nicht helfen, man sagte mir, ich solle mich
schriftlich melden.

Mit freundlichen Grüßen
Carola Wittkowski
Tel. 04406 5550 119
"""
    orig = inner(a('Carola Wittkowski', 'c.wittkowski@postfach.example'), 'kundenservice@' + INS,
                 'Hausverkauf – meine Gebäudeversicherung', dt(4, 10, 19, 22), T(inner_body, cs='iso-8859-1'), key='070')
    body = """Hallo Team,

bitte Rückruf bei der Kundin, siehe Anhang. Ihr bitte erklären, dass der
Vertrag auf den Käufer übergeht (§ 95 VVG) und sie den Verkauf mit
Kaufvertragsdatum melden muss.

Danke
Pieter
"""
    return M(PIETER, KWTEAM, 'bitte Rückruf – siehe Anhang', dt(4, 11, 8, 37),
             MP('mixed', [T(body), RFC822(orig, 'Hausverkauf.eml')]),
             'CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'harmless body; forwarded message/rfc822: named customer with birth date, addresses, building policy, buyer')


def m071():
    body = """Dear Helvion medical team,

handover of a case that came in through our English service desk an hour
ago. Please take over case management incl. guarantee of payment.

Insured:      Ms Charlotte Evans, DOB 25/05/1995
Policy:       IHP-7730-1307 (International Health Plan Standard, Asia
              incl., no deductible for inpatient)
Location:     Chiang Mai Lanna Care Hospital (private), room 512
Phone:        +66 8 5550 4471 (insured), travelling with partner

Clinical information given by the insured on the phone:
- admitted 13 April with high fever for 4 days, rash, severe headache;
- dengue fever confirmed (NS1 positive), platelets "around 40,000" this
  morning, being monitored for warning signs;
- no bleeding so far; she is on IV fluids.

Questions from the insured: will we pay for a private room, and can her
flight home on 20 April be rebooked if she is not fit to fly.

Please send your first medical report to expat-medical@weserstrom.example.
Our reference: EXP-2025-0414-007.

Kind regards
Claire Whitfield
International Health Service | Weserstrom Versicherung AG
"""
    return M(CLAIRE, a('Helvion Medical Desk', 'medical@helvion.example'), 'Case handover EXP-2025-0414-007 - dengue, Chiang Mai',
             dt(4, 14, 10, 18), T(body, cs='us-ascii', cte='7bit'), 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
             'case handover to assistance: named insured with DOB, dengue fever, hospital, lab values')


def m072():
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ws-qr-english-desk-q2-2025@weserstrom.example
DTSTAMP:20250414T120000Z
DTSTART:20250508T120000Z
DTEND:20250508T133000Z
SUMMARY:Quarterly review English desk (Q1 2025)
LOCATION:Microsoft Teams
ORGANIZER;CN=Claire Whitfield:mailto:claire.whitfield@weserstrom.example
ATTENDEE;CN=Sabine Kraemer;RSVP=TRUE:mailto:sabine.kraemer@weserstrom.example
ATTENDEE;CN=Yusuf Demir;RSVP=TRUE:mailto:yusuf.demir@weserstrom.example
DESCRIPTION:Agenda: 1. KPIs EN desk Q1 2. Medical escalations - numbers and
  lead times (no individual cases) 3. Crisis protocol 9 - lessons learned 4
 . Glossary v3 5. AOB
END:VEVENT
END:VCALENDAR
"""
    body = """Hi Sabine, hi Yusuf,

invitation for the quarterly review of the English desk. Marco will join
from Lisbon; I'll send him a separate invite. Please note item 2 is about
numbers only - individual cases go through the usual channels.

Claire
"""
    return M(CLAIRE, SABINE + ', ' + YUSUF, 'Invitation: Quarterly review English desk (Q1 2025)', dt(4, 14, 14, 0),
             MP('mixed', [T(body, cs='us-ascii', cte='7bit'), A(ics.replace('\n', '\r\n'), 'text/calendar; charset=utf-8; method=REQUEST', 'invite.ics')]),
             'NORMAL', 'en', 'internal',
             'trap: ICS invite mentioning medical escalations and crisis protocol, numbers only')


def m073():
    csv_txt = """Ticket;Datum;Sparte;Name;Vorname;Telefon;Vertrag/Schaden;Anliegen
KW-WS-2025-041508-0044;15.04.2025;Sach;Görtz;Annegret;0421 5550 2871;S-25-113310;Rückfrage Gutachter Leitungswasser Küche
KW-WS-2025-041508-0061;15.04.2025;Kfz;Schütte;Malte;0170 5550 3345;KF-2024-0206619;Abmeldung Fahrzeug, Erstattung Beitrag
KW-WS-2025-041509-0102;15.04.2025;Sach;Öztürk;Serkan;0421 5550 7720;HR-2290-701288;Einbruch Kellerraum, Liste folgt
KW-WS-2025-041510-0137;15.04.2025;Kfz;Lührs;Bärbel;04261 5550 418;S-25-113402;Wildunfall Reh, niemand verletzt
KW-WS-2025-041511-0170;15.04.2025;Sach;Fründt;Jürgen;0160 5550 9287;WG-3301-552071;Sturmschaden Zaun
"""
    body = """Hallo Sach-Team,

die Tagesliste Rückrufe von Kontaktwerk, diesmal als CSV, weil das
Reporting-Tool gestern nicht lief. Kfz-Zeilen bitte ignorieren, die
habe ich schon an Mehmet gegeben.

Gruß Kundenservice
"""
    return M(KS, a('Sach-Schaden', 'sach-schaden@' + INS), 'Tagesliste Rückrufe 15.04.', dt(4, 15, 16, 45),
             MP('mixed', [T(body, cs='windows-1252'), A(csv_txt.replace('\n', '\r\n').encode('cp1252'),
                                                       'application/vnd.ms-excel', 'Rueckrufe_2025-04-15.csv')]),
             'CONFIDENTIAL', 'de', 'callcenter',
             'harmless body; CSV (windows-1252) of named customers with phone and property/motor policy/claim numbers')


def m074():
    t1 = """Parlio Chat-Export | Sitzung 3310-aa01 | Queue WS-DE-KV | 12.03.2025
14:02 Kundin (Petra Lammers, KV-4471-280431): Hallo, ich hätte eine Frage zur Erstattung meiner Nachsorge.
14:03 Agent Dana: Gerne, Frau Lammers. Worum geht es?
14:05 Kundin: Ich bin seit der Brustkrebs-OP 2023 in Nachsorge (C50.9), bekomme Letrozol 2,5 mg und alle 3 Monate Mammografie + Ultraschall. Die letzte Rechnung der Radiologie wurde nur zur Hälfte erstattet.
14:07 Agent Dana: Das gebe ich an die Fachabteilung. Sie bekommen eine schriftliche Antwort.
"""
    t2 = """Parlio Chat-Export | Sitzung 3310-b7c2 | Queue WS-DE-KV | 26.03.2025
09:40 Kundin (Petra Lammers): Ich habe immer noch keine Antwort. Außerdem wurde das Rezept für das Letrozol abgelehnt??
09:41 Agent Kevin: Das tut mir leid. Ich sehe eine Rückrufbitte vom 12.03., die ist noch offen. Ich eskaliere das jetzt.
09:44 Kundin: Bitte. Ich habe genug andere Sorgen, meine Onkologin hat gerade einen neuen Knoten abgeklärt, zum Glück gutartig.
"""
    t3 = """Parlio Chat-Export | Sitzung 3310-c019 | Queue WS-DE-KV | 09.04.2025
17:15 Kundin (Petra Lammers): Dritter Versuch. Ich beschwere mich jetzt offiziell. Bitte leiten Sie das an die Beschwerdestelle.
17:16 Agent Dana: Ich habe die Beschwerde aufgenommen und an das Beschwerdemanagement weitergeleitet.
"""
    z = zipb([('Export_WS-DE-KV_Lammers/chat_2025-03-12.txt', t1), ('Export_WS-DE-KV_Lammers/chat_2025-03-26.txt', t2),
              ('Export_WS-DE-KV_Lammers/chat_2025-04-09.txt', t3)])
    body = """Liebe Ulrike,

anbei der Chat-Export, den Kontaktwerk für die Beschwerde gezogen hat
(Passwort für das ZIP gab es leider keins, kam so von Jana). Kannst du dir
bitte die Erstattungsfrage anschauen? Ich antworte der Kundin dann.

Jonas
"""
    return M(JONAS, HAHN, 'Chat-Export zur Beschwerde BM-2025-0187', dt(4, 15, 9, 12),
             MP('mixed', [T(body), A(z, 'application/zip', 'Export_BM-2025-0187.zip')]),
             'STRICTLY_CONFIDENTIAL', 'de', 'callcenter',
             'harmless body; ZIP of chat transcripts: named customer, breast cancer C50.9, letrozole, oncology')


def m075():
    kw_iban = iban('DE', '86050000' + '1100417730')
    body = """Sehr geehrter Herr Hallmann,

zu Ihrer Rechnung RE-KW-2025-03-118 vom 04.04.2025 (Servicevergütung
März, 412.877,40 EUR netto) haben wir zwei Anmerkungen:

1. Der Malus nach Anlage 5 (Service Level unter 80 %) ist nicht
   abgezogen. Laut Lenkungskreis vom 03.04. sind das 1,5 % der
   Monatsvergütung, also 6.193,16 EUR.
2. Position 7 "Sonderschulung Gesundheitsdaten" (4.200 EUR) war mit uns
   als Festpreis in der Vergütung für Welle 2 enthalten und ist nicht
   separat abrechenbar.

Bitte senden Sie uns eine korrigierte Rechnung. Wir zahlen dann wie
gewohnt innerhalb von 14 Tagen auf das Konto der Kontaktwerk Dialog GmbH,
IBAN @IBAN@ (Sparkasse Leipzig).

Mit freundlichen Grüßen
Sabine Krämer
Dienstleistersteuerung Kundenservice
""".replace('@IBAN@', grp(kw_iban))
    return M(SABINE, DIRK, 'Ihre Rechnung RE-KW-2025-03-118 – Korrektur erbeten', dt(4, 16, 11, 0),
             T(body), 'NORMAL', 'de', 'insurer-to-supplier',
             'trap: invoice correction with the call centre GmbH\'s company IBAN and health-data training item')


def m076():
    body = """Sehr geehrte Frau Hollmann,

vielen Dank für Ihren Anruf bei unserem Servicecenter. Zum Vorfall vom
5. April an der Weser bei Habenhausen, bei dem Ihre Hündin Flocke (Mischling)
den Dackel Ihrer Nachbarin, Frau Stövesand, gebissen hat, können wir Ihnen
Folgendes mitteilen:

Vertrag:   HH-1190-044187 (Hundehalter-Haftpflicht)
Schaden:   S-25-114087

Die Tierarztrechnung der Tierarztpraxis Am Werdersee für den Dackel
(Wundversorgung, Naht unter Narkose, Antibiotikum, zwei Kontrollen) über
612,35 EUR übernehmen wir in voller Höhe. Wir überweisen direkt an Frau
Stövesand; bitte geben Sie uns dafür ihre Bankverbindung oder bitten Sie
sie, sich bei uns zu melden.

Personen wurden nach Ihren Angaben nicht verletzt. Ihr Beitrag ändert sich
durch diesen Schaden nicht.

Mit freundlichen Grüßen
Ihr Weserstrom Kundenservice
Haftpflicht-Schaden
"""
    return M(KS, a('Anke Hollmann', 'anke.hollmann@freenet-mail.example'), 'Ihr Haftpflichtschaden S-25-114087', dt(4, 16, 15, 9),
             T(body), 'CONFIDENTIAL', 'de', 'insurer-to-customer',
             'dog-owner liability: named customer and neighbour, policy/claim, vet bill for the bitten dog (animal health)')


def m077():
    body = """Hallo Beitragsservice KV,

Gesprächsnotiz von Kontaktwerk, Kunde bittet um Ratenzahlung. Bitte
prüfen und dem Kunden schriftlich antworten.

Viele Grüße
Kundenservice

----------------------------------------------------------------
GESPRÄCHSNOTIZ  KW-WS-2025-041714-0388  (Agent: T. Nowak)
Kunde: Sven Lüders, KV-4471-140722, Tel. 0421 5550 9902
Legitimation: ok (Geburtsdatum 02.03.1972 + PLZ 28217)

Herr Lüders hat ein Schreiben mit Mahnung (2. Stufe) erhalten. Rückstand
Beiträge Januar bis März 2025, insgesamt 2.314,80 EUR inkl.
Säumniszuschlag. Im Schreiben wird auf das Ruhen der Leistungen und den
Notlagentarif hingewiesen, davor hat er große Angst.

Hintergrund lt. Kunde: selbstständiger Tischler, Insolvenz seiner Firma
im Dezember, seit Februar angestellt mit 2.650 EUR netto. Er kann ab Mai
monatlich 400 EUR zusätzlich zum laufenden Beitrag zahlen.

Bitte um: Ratenzahlung, Aussetzung weiterer Mahnstufen. Hat Angst, dass
seine Tochter (mitversichert) dann nicht mehr zum Arzt kann.
----------------------------------------------------------------
"""
    return M(KS, a('Beitragsservice KV', 'beitrag-kv@' + INS), 'WG: Gesprächsnotiz Lüders – Ratenzahlung KV-Beiträge', dt(4, 17, 14, 55),
             T(body, cs='windows-1252', cte='quoted-printable'), 'STRICTLY_CONFIDENTIAL', 'de', 'callcenter',
             'health-contract premium arrears of a named customer (birth date, income) - personal line, no medical word')


def m078():
    body = """Hi Marco,

as discussed, here is the scorecard we will use for the calibration
sessions from May. It is the same for Leipzig and Lisbon. Each criterion
is scored 0 (not met), 1 (partly) or 2 (met).

 #  Criterion                                                   weight
 1  Greeting, name, recording notice                               1
 2  Identification done before any contract information            3
 3  Relative / third party: authorisation checked                  3
 4  Customer's concern summarised in the agent's own words         2
 5  Agent did NOT repeat diagnoses, medication or clinic names
    aloud ("I understand, it's about your treatment")              3
 6  No health details typed into the free-text field               3
 7  Correct routing (medical team / claims / contract)             2
 8  Expectations set: who calls back and when                      2
 9  Empathy and tone                                               2
10  Closing and summary                                            1

Pass mark: 80 % of the weighted maximum (44 points). A 0 in criteria 2, 3,
5 or 6 means "fail" regardless of the total.

Best
Sabine
"""
    return M(SABINE, MARCO, 'Calibration scorecard from May', dt(4, 17, 10, 41),
             T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'insurer-to-callcenter',
             'trap: quality scorecard mentioning diagnoses, medication, relatives; no person')


def m079():
    body = """Dear Mr Lindqvist,

thank you for your e-mail and apologies that our service desk could not
help you on the phone - your agency was not yet flagged for this client
in our system. This has been corrected.

Your client:     Mr Henrik Aalborg, Kiel
Policy:          YA-8801-000927 (yacht hull and liability)
Vessel:          "Seeschwalbe", Hanse 388, sail no. GER 6614
Claim:           S-25-114402

Status: the surveyor (Kapitan Jensen Marine Surveys) inspected the yacht
at the Kiel-Holtenau yard on 11 April. Damage to the keel joint and the
rudder after grounding in the Schlei on 29 March. Estimated repair cost
EUR 18,600; deductible EUR 1,000. We expect the surveyor's written report
next week and will then issue cover confirmation to the yard.

Your client's question regarding loss of use during the repair is not
covered under the policy.

Kind regards
Martina Engel
Broker Relations North | Weserstrom Versicherung AG
"""
    return M(MARTINA, a('Erik Lindqvist', 'e.lindqvist@northbridge-marine.example'), 'RE: Client Aalborg - yacht claim S-25-114402',
             dt(4, 18, 9, 14), T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'insurer-to-broker',
             'broker reply: named client, yacht policy and claim number, damage and costs')


def m080():
    body = """Hi team,

please take over - customer wants the decision in writing. Chat below.

Kontaktwerk English Desk

[Parlio | session 44f2-0a7e | queue WS-EN-HEALTH | 17 Apr 2025]
11:02:03 Visitor (Sophie Laing): Hello, quick question about glasses
11:02:20 Agent Priya R.: Hello! Happy to help. Your policy number and
         date of birth, please?
11:02:51 Visitor: KV-4471-713305, 30/09/1988
11:03:30 Agent Priya R.: Thank you, Ms Laing. What would you like to know?
11:04:12 Visitor: my eye doctor says my eyes got worse, new prescription
         is right -4.25 sph -1.50 cyl, left -3.75 sph, plus I should get
         special lenses because of beginning keratoconus in the right eye.
         The glasses cost EUR 740 and the lenses EUR 1,100. how much do
         you pay?
11:05:40 Agent Priya R.: Your tariff pays up to EUR 300 for glasses every
         2 years. For medically necessary special contact lenses there is
         a separate benefit, but our medical team needs the eye doctor's
         report for that.
11:06:15 Visitor: ok, can you send me that in writing?
11:06:30 Agent Priya R.: I'll forward this now, you'll get a letter.
[end of session]
"""
    return M(KS, a('Leistung Kranken', 'leistung-kranken@' + INS), 'FW: Chat - glasses and special lenses (KV-4471-713305)', dt(4, 17, 11, 40),
             T(body, cs='us-ascii', cte='7bit'), 'STRICTLY_CONFIDENTIAL', 'en', 'callcenter',
             'chat: named customer with DOB, eye prescription, keratoconus, visual aids')


def m081():
    body = """Liebe Kolleginnen und Kollegen,

wir suchen zum nächstmöglichen Zeitpunkt in Bremen (Vollzeit, hybrid)

   Teamleiter/in Dienstleistersteuerung Kundenservice Kranken (m/w/d)

Ihre Aufgaben
- fachliche Steuerung unseres externen Servicecenters für die Kranken-
  und Pflegeversicherung (Leipzig und Lissabon)
- Qualitätssicherung: Mithörcoachings, Kalibrierung, Gesprächsleitfäden
  zu Arztrechnungen, Krankenhaus-Kostenübernahmen und Pflegeanträgen
- Eskalationsmanagement zusammen mit dem ärztlichen Dienst

Ihr Profil
- Ausbildung als Kaufmann/-frau für Versicherungen und Finanzanlagen oder
  als Medizinische/r Fachangestellte/r mit Erfahrung in der PKV
- Kenntnisse in GOÄ/GOZ, ICD-10-GM und Datenschutz bei Gesundheitsdaten
- sehr gutes Englisch (C1)

Interne Bewerbungen bitte bis 09.05.2025 über das Personalportal. Bei
Fragen: Franziska Ahlers, Personalbetreuung, Durchwahl -1780.

Ihre Personalabteilung
"""
    return M(a('Personalabteilung Weserstrom', 'personal@' + INS), a('Alle Mitarbeitenden', 'alle@' + INS),
             'Interne Stellenausschreibung: Teamleitung Dienstleistersteuerung Kranken', dt(4, 22, 8, 0),
             T(body), 'NORMAL', 'de', 'internal',
             'trap: job advert with GOÄ/ICD-10, hospital and care vocabulary, no person')


def m082():
    body = """Hallo Ronja, hallo Marco,

der Fall unten zeigt, dass die Legitimation funktioniert – danke an
Lissabon! Trotzdem zwei Punkte:

1. Marco: bitte bei gescheiterter Legitimation NICHT das echte
   Geburtsdatum aus dem CRM in die Notiz schreiben (siehe unten), es
   reicht "Geburtsdatum stimmte nicht".
2. Ronja: der Kunde ist Deutscher und hat über die Auswahl 9 (Englisch)
   angerufen. Bitte prüfen, ob die Nummer schon einmal auffällig war.

Den Kunden selbst habe ich angerufen, er war es nicht. Er vermutet
seine Ex-Frau, die Ummeldung des Autos ist Teil des Scheidungsstreits.
Sperrvermerk ist gesetzt.

Sabine

> From: Marco Teixeira
> Subject: Failed ID check - policy KF-2018-0730154
>
> Caller claimed to be Mr Nils Corleis (policy KF-2018-0730154, Audi A4,
> HB-NC 2020, address Friedrich-Ebert-Str. 64, 28199 Bremen) and wanted to
> change the registered keeper and the address to "Achterdiek 9, 28359
> Bremen". Gave DOB 14/08/1980; our system shows 14/10/1980. Second
> question (postcode) answered correctly. Voice sounded female. Call ended
> by agent per procedure. Caller ID +49 162 5550 4470.
"""
    return M(SABINE, RONJA + ', ' + MARCO, 'Gescheiterte Legitimation KF-2018-0730154 – zwei Hinweise', dt(4, 22, 11, 36),
             T(body), 'CONFIDENTIAL', 'mixed', 'insurer-to-callcenter',
             'failed ID check: named motor customer, DOB, addresses, plate, divorce dispute; German mail with English quote')


def m083():
    body = """Sehr geehrter Herr Meiners,

Ihre Zahnarztpraxis hat sich bei unserem Servicecenter nach dem Stand
Ihres Heil- und Kostenplans erkundigt. Wir haben den Plan inzwischen
geprüft und freuen uns, Ihnen eine Zusage geben zu können.

Vertrag:     ZP-8812-004417 (ZahnPremium 90)
HKP vom:     31.01.2025, Zahnarztpraxis Dr. Lindqvist, Bremen

Geplante Behandlung                                   Betrag laut HKP
Implantat regio 36 (GOZ 9010, 9040)                   2.412,80 EUR
Knochenaufbau / Sinuslift extern (GOZ 9100)             688,40 EUR
Implantatgetragene Krone 36 (GOZ 2200i)                 902,10 EUR
Material- und Laborkosten                             1.044,70 EUR
Summe                                                 5.048,00 EUR

Erstattung 90 %, begrenzt auf 2.000 EUR je Kalenderjahr in den ersten
drei Vertragsjahren (Zahnstaffel, Vertragsbeginn 01.06.2023):
Zusage 2025: 2.000,00 EUR. Der Rest ist 2026 erstattungsfähig, soweit
die Leistung dann erbracht wird.

Bitte reichen Sie nach der Behandlung die Rechnung ein.

Mit freundlichen Grüßen
Leistung Zahn
Weserstrom Krankenversicherung AG
"""
    return M(a('Leistung Zahn', 'leistung-zahn@' + INS), a('Jan-Ole Meiners', 'jo.meiners@web-post.example'),
             'Ihr Heil- und Kostenplan – Zusage', dt(4, 23, 10, 7), T(body, cte='8bit'), 'STRICTLY_CONFIDENTIAL', 'de',
             'insurer-to-customer', 'dental plan approval: named customer, implant with bone graft, GOZ items')


def m084():
    body = """Hallo zusammen,

im Schulungsraum 2.07 ist nach dem Kontaktwerk-Workshop am Dienstag
Folgendes liegen geblieben:

- eine Lesebrille (+2,0, schwarzes Gestell, rotes Etui)
- ein Schlüsselbund mit Werder-Anhänger
- ein Ladekabel USB-C
- eine Packung Lutschtabletten gegen Halsschmerzen (angebrochen)

Alles liegt am Empfang im EG. Bitte bis Ende nächster Woche abholen,
danach geht es in die Fundkiste.

Viele Grüße
Empfang / Gebäudemanagement
"""
    return M(a('Empfang Weserstrom', 'empfang@' + INS), a('Alle Mitarbeitenden', 'alle@' + INS), 'Fundsachen Schulungsraum 2.07',
             dt(4, 24, 12, 30), T(body, cs='iso-8859-1', cte='quoted-printable'), 'NORMAL', 'de', 'internal',
             'trap: lost property (reading glasses +2.0, throat lozenges), owner unknown')


def m085():
    ib = iban('DE', '29190000' + '0044120503')
    body = """Hallo Kfz-Vertrag,

Kundin hat nach dem Telefonat mit Kontaktwerk geschrieben, bitte
Erstattung veranlassen. Kontaktwerk sagt, die Doppelabbuchung ist im
Zahlungsverkehr sichtbar.

Gruß Kundenservice

----- Original -----
Von: Renate Osterloh <r.osterloh@mailbox.example>
Gesendet: Donnerstag, 24. April 2025 20:14
An: kundenservice@weserstrom.example
Betreff: Doppelte Abbuchung + Beschwerde

Guten Abend,

Sie haben am 01.04. den Beitrag für meine Kfz-Versicherung
(KF-2020-0611845) zweimal abgebucht, 2 x 88,40 Euro. Ich habe heute
35 Minuten in der Warteschleife gehangen, bis ich jemanden erreicht habe.
Die junge Frau war sehr nett, hat aber gesagt, ich soll Ihnen das noch
schriftlich geben. Also bitte:

Erstattung 88,40 Euro auf mein Konto
IBAN @IBAN@
Kontoinhaberin Renate Osterloh

Und ganz ehrlich: 35 Minuten sind eine Frechheit.

R. Osterloh
Kornstraße 301, 28201 Bremen
""".replace('@IBAN@', ib)
    return M(KS, a('Kfz-Vertrag', 'kfz-vertrag@' + INS), 'WG: Doppelte Abbuchung + Beschwerde', dt(4, 25, 8, 44),
             T(body), 'CONFIDENTIAL', 'de', 'customer',
             'customer mail: name, address, motor policy, IBAN (ungrouped) for refund, complaint about hold time')


def m086():
    body = """Hi Marco,

please brief the night shift about the following case - the father may
call at any time (Dubai is 2 hours ahead of us).

Insured:       Mr Karim Nassar, IHP-7730-1450 (family plan)
Co-insured:    his wife, Mrs Leila Nassar, and - since 19 April - their
               daughter (born at 31+2 weeks, 1,480 g)
Hospital:      Al Noor Women & Children Hospital, Dubai, NICU
Phone:         +971 5 5550 8834

The baby was born by emergency caesarean section after pre-eclampsia
(O14.1). She is on CPAP in the neonatal intensive care unit and will
probably stay 5-7 weeks. Mrs Nassar was discharged yesterday.

We have issued a guarantee of payment for the NICU (reference
EXP-2025-0419-003), so the hospital should not ask the family for a
deposit. If they do:
- agent takes the name of the hospital staff member and calls
  expat-medical@ / Helvion immediately;
- reassure Mr Nassar that the newborn is covered from birth (family plan,
  registered within 2 months, no health questions).

Thanks
Claire
"""
    return M(CLAIRE, MARCO, 'Night shift briefing - NICU case Dubai (IHP-7730-1450)', dt(4, 22, 17, 5),
             T(body, cte='base64'), 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'base64 body: named family, premature birth, pre-eclampsia O14.1, NICU, health policy')


def m087():
    body = """Dear Claire, dear Felix,

since the English desk works from Portugal, here is the English version of
our retention rules for recordings and transcripts (approved by the board
on 31 March). Please share it with Marco's team.

RETENTION OF CUSTOMER CONTACT DATA - SUMMARY (v2.1)

Call recordings
  - made only with the caller's consent (prompt at start of call)
  - stored by Kontaktwerk, encrypted, 90 days, then deleted automatically
  - longer only if a complaint or legal dispute is open (legal hold set by
    Weserstrom, not by the agent)

Voicemail
  - audio: deleted by VoxScript 30 days after transcription
  - transcript: part of the call note, see below

Chat transcripts
  - 90 days in Parlio, then deleted; masking of bank data, dates of birth
    and ICD codes before storage (release 7.2)

Call notes in the CRM
  - 6 years after the end of the year (commercial law), but: no health
    details in free text; documents with health data belong in the claim
    file, which has its own retention

Deletion reports
  - Kontaktwerk, VoxScript and Parlio confirm deletion monthly; the
    reports contain counts only, no identifiers.

Questions: datenschutz@weserstrom.example

Best regards
Tobias Brandt
Data Protection Officer
"""
    return M(BRANDT, CLAIRE + ', ' + FELIX, 'Retention rules for recordings and transcripts (EN version)', dt(4, 23, 9, 0),
             T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'internal',
             'trap: retention policy for recordings with health data and ICD masking, no person')


def m088():
    body = """Hallo Jonas,

der Monatsbericht von Lissabon ist diesmal gut gemacht, vor allem der Teil
zu den Beschwerdegründen. Nur Zahlen, keine Einzelfälle – kannst du so
für den Beschwerdebericht übernehmen.

Sabine

-------- Forwarded --------
From: Marco Teixeira
Subject: Monthly report English desk - March 2025

1. Volumen / Volume
   Calls 4,388 | chats 702 | voicemails 391 | callbacks to departments 206

2. Servicelevel
   80/20 reached on 17 of 21 working days; worst day 20 March (routing
   incident, 61 %).

3. Anrufgründe / Call reasons (top 5)
   a) Health claims status (doctors' and hospital invoices)     31 %
   b) Motor claims                                               17 %
   c) Premium / bank details                                     14 %
   d) Pre-authorisation hospital abroad                           9 %
   e) Household / liability claims                                8 %

4. Beschwerden / Complaints
   12 complaints (Feb: 15). Reasons: waiting time (5), no call-back from
   the medical team (4), rejected benefit (2), agent tone (1).

5. Personal / Staff
   9 FTE, 1 vacancy (Portuguese/English/German speaker wanted); sickness
   rate 5.1 %.
"""
    return M(SABINE, JONAS, 'WG: Monthly report English desk - March 2025', dt(4, 10, 16, 20),
             T(body), 'NORMAL', 'mixed', 'callcenter',
             'trap: call-centre monthly report (health claim reasons, complaints, sickness rate), aggregates only')


def m089():
    body = """Hallo Leistung Kranken,

dringend: Voicemail vom Sozialdienst einer Klinik, Patient soll Montag
in die AHB. Kontaktwerk konnte den Vertrag eindeutig zuordnen.

Gruß Kundenservice

>>> VoxScript Transkript VX-2025-0425-02230 (Konfidenz 0,89)
>>> 25.04.2025 13:58 | Anrufer +49 421 5550 1440 | Dauer 1:46
"Guten Tag, Lange hier vom Sozialdienst des Klinikums Links der Weser,
Station H3. Es geht um Ihren Versicherten Herrn Klaus-Dieter Wessels,
geboren dritter März neunzehnhundertzweiundfünfzig. Herr Wessels hatte
am neunten April einen Hinterwandinfarkt und ist am sechzehnten
dreifach bypass-operiert worden. Der Verlauf ist gut, er ist mobil, und
wir möchten ihn am Montag, dem achtundzwanzigsten, direkt in die
kardiologische Anschlussheilbehandlung in die Klinik am Meer in
Cuxhaven-Duhnen verlegen. Der AHB-Antrag ist gestern an Sie
rausgegangen per Fax. Wir brauchen bis morgen Mittag eine
Kostenzusage, sonst verfällt der Platz. Rückruf bitte unter null vier
zwei eins fünf fünf fünf null eins vier vier null, Frau Lange.
Vielen Dank."
>>> Ende
"""
    return M(KS, a('Leistung Kranken', 'leistung-kranken@' + INS), 'WG: EILT Voicemail Sozialdienst – AHB Wessels', dt(4, 25, 14, 20),
             T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'hospital',
             'hospital voicemail: named patient with birth date, myocardial infarction, bypass surgery, rehab')


def m090():
    body = """Sehr geehrte Frau Dr. Renken,

für die Beschwerdestatistik des Versicherungsforums Nord übermitteln wir
unsere Zahlen 2024. Einzelfälle oder personenbezogene Angaben enthält die
Meldung nicht; Zellen mit weniger als 5 Fällen sind zusammengefasst.

Beschwerdegrund                                   KV   Pflege  Leben  Kfz  Sach
Leistungsablehnung (Hilfsmittel, Psychotherapie,
  Zahnersatz, Pflegegrad, BU)                    214    41     38     -    -
Bearbeitungsdauer Leistungsfall                  188    29     22    96   71
Erreichbarkeit Servicecenter                     143    12      9    58   34
Beitragsanpassung                                301     -      -    44    -
Datenschutz / Auskunft am Telefon                 17    <5     <5   <5   <5
Sonstiges                                         52     8      6    31   25

Summe 2024: 1.493 (2023: 1.377). Davon über die Ombudsstelle: 61.

Die Zunahme bei der Erreichbarkeit erklären wir mit dem Dienstleister-
wechsel im Juni 2024; seit Q4 sinken die Zahlen wieder.

Mit freundlichen Grüßen
Jonas Petersen
Beschwerdemanagement
Weserstrom Versicherung AG
"""
    return M(JONAS, a('Dr. Gesa Renken', 'g.renken@versicherungsforum-nord.example'), 'Beschwerdestatistik 2024 – Meldung Weserstrom',
             dt(4, 28, 10, 2), T(body), 'NORMAL', 'de', 'insurer-to-partner',
             'trap: complaint statistics by health/care/life reason, small cells merged')


def m091():
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Hi Marco,</p>
<p>here are the customers for the English-language satisfaction survey (wave 2, motor and household only &ndash;
no health customers this time, as agreed with data protection). All of them ticked &ldquo;may be contacted for surveys&rdquo;.
Please call between 5 and 7 pm and use the script from wave 1.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#dde6ef"><th>#</th><th>Name</th><th>Policy</th><th>Line</th><th>Phone</th><th>E-mail</th><th>Last contact</th></tr>
<tr><td>1</td><td>Mr Owen Gallacher</td><td>KF-2022-0377120</td><td>Motor</td><td>+49 421 5550 3611</td><td>owen.g@web-post.example</td><td>claim S-25-101883</td></tr>
<tr><td>2</td><td>Ms Priyanka Desai</td><td>HR-2290-690015</td><td>Household</td><td>+49 176 5550 2280</td><td>p.desai@mailbox.example</td><td>address change</td></tr>
<tr><td>3</td><td>Mr Lars Eriksen</td><td>KF-2024-0100462</td><td>Motor</td><td>+49 151 5550 9012</td><td>lars.eriksen@netmail.example</td><td>windscreen</td></tr>
<tr><td>4</td><td>Ms Chloe Martin</td><td>PH-1187-502277</td><td>Liability</td><td>+49 421 5550 7734</td><td>chloe.martin@postfach.example</td><td>claim S-25-104409</td></tr>
<tr><td>5</td><td>Mr Diego Ferreira</td><td>HR-2290-712940</td><td>Household</td><td>+49 160 5550 6655</td><td>diego.ferreira@web-post.example</td><td>bank details</td></tr>
</table>
<p>Results please as counts only (scores 0&ndash;10), no free text with names.</p>
<p>Thanks, Sabine</p>
</body></html>
"""
    return M(SABINE, MARCO, 'Survey wave 2 - call list', dt(4, 28, 14, 10), H(html),
             'CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'HTML-only table: named customers with motor/household/liability policy numbers, phones, e-mails')


def m092():
    body = """Lieber Herr Brandt,

ich muss Ihnen leider eine Datenpanne melden, die heute Vormittag
aufgefallen ist. Bitte prüfen Sie, ob eine Meldung nach Art. 33 DSGVO an
die Landesbeauftragte nötig ist (72-Stunden-Frist läuft ab heute 10:15 Uhr).

Was ist passiert?
Ein Agent von Kontaktwerk (Team Leistung KV) sollte Frau Hildegard
Sommerfeld (KV-4471-066518) die Kopie eines Arztbriefs schicken, den sie
telefonisch angefordert hatte. Er hat den Brief versehentlich an Frau
Hildegard Sommer (KV-4471-066581, ähnlicher Name, ähnliche Nummer)
geschickt, per E-Mail an deren private Adresse.

Inhalt des Arztbriefs (Kardiologie Bremen-Ost, 12.03.2025): koronare
Dreigefäßerkrankung (I25.13), Zustand nach Stent-Implantation, aktuelle
Medikation (ASS 100, Clopidogrel 75, Atorvastatin 40, Bisoprolol 2,5).

Bisherige Maßnahmen:
- Frau Sommer hat auf unseren Anruf hin bestätigt, die Mail gelöscht zu
  haben (schriftliche Bestätigung angefordert);
- Frau Sommerfeld ist noch nicht informiert, ich würde sie heute
  persönlich anrufen;
- Kontaktwerk hat den Versand von Arztbriefen per Mail sofort gestoppt.

Mit freundlichen Grüßen
Ulrike Hahn
"""
    return M(HAHN, BRANDT, 'Datenpanne – Arztbrief an falsche Kundin (dringend)', dt(4, 29, 11, 48),
             T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
             'data breach report: two named customers, coronary heart disease I25.13, stent, medication')


def m093():
    body = """Dear Marco,

as agreed in the quarterly review, here are the details for the refresher
training for the English desk.

Title:     Handling sensitive health conversations on the phone
Date:      Wednesday, 14 May 2025, 10:00-12:30 Lisbon time (11:00 CEST)
Format:    MS Teams, cameras on please
Trainers:  Dr. Ulrike Hahn (medical team), Claire Whitfield
Link:      https://meet.weserstrom.example/ws-en-training-0514

Agenda
 1. What counts as health data - and why it matters (GDPR Art. 9)
 2. "My wife is in hospital in Bangkok": relatives, authorisation and
    emergencies abroad
 3. Mental health calls and protocol 9 (no real cases will be discussed)
 4. Pregnancy, IVF, HIV, cancer: words to avoid in call notes
 5. Role play with fictitious customers

Please make sure all 9 agents attend; those on shift can watch the
recording (available for 14 days, then deleted).

Best regards
Claire
"""
    return M(CLAIRE, MARCO, 'Refresher training 14 May - sensitive health conversations', dt(4, 29, 15, 22),
             T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'insurer-to-callcenter',
             'trap: training agenda listing HIV, cancer, IVF, mental health; fictitious role play, no person')


def m094():
    body = """Sehr geehrter Herr Cordes,

wie heute mit unserem Servicecenter besprochen, bestätigen wir Ihnen die
Reparatur Ihres Fahrzeugs in unserer Partnerwerkstatt:

Schaden:       S-25-116023 (Vollkasko, Parkschaden Heckklappe)
Fahrzeug:      HB-AC 715, Skoda Octavia Combi
Werkstatt:     Autohaus Dreyer, Stresemannstraße 12, 28207 Bremen
Termin:        Montag, 5. Mai 2025, 7:30 Uhr (Fahrzeugabgabe)
Ersatzwagen:   für die Dauer der Reparatur kostenlos (Werkstattservice)

Ihre Selbstbeteiligung von 300 EUR zahlen Sie direkt an die Werkstatt,
den Rest rechnen wir mit der Werkstatt ab. Hol- und Bringservice ist
möglich; rufen Sie dafür bitte direkt bei Autohaus Dreyer an.

Mit freundlichen Grüßen
Ihr Weserstrom Kundenservice
Kfz-Schaden
"""
    return M(KS, a('Arne Cordes', 'arne.cordes@netmail.example'), 'Ihr Werkstatttermin – Schaden S-25-116023', dt(4, 30, 16, 2),
             T(body, cs='iso-8859-1', cte='quoted-printable'), 'CONFIDENTIAL', 'de', 'insurer-to-customer',
             'repair confirmation: named customer, plate, claim number, excess')


def m095():
    body = """Hi English desk,

we keep getting questions about hearing aids since the new tariffs were
published. Here is a quick reference for your knowledge base. Please do
NOT promise amounts for a specific customer on the phone; the medical team
decides based on the audiogram and the ENT prescription.

Hearing aids - benefits by tariff (per ear, every 4 years)

Tariff              Hearing aid           Repairs / batteries   Note
BasisPlus           80 %, max EUR 800     not covered
KomfortPlus         100 %, max EUR 1,500  80 %
Premium             100 %, max EUR 2,500  100 %                 incl.
                                                                implantable
International (IHP) per schedule          per schedule          check plan
Children <18        100 %, no cap         100 %                 all tariffs

Documents the customer needs: ENT prescription, audiogram, cost
estimate from the hearing aid acoustician.

Common question: "Do I need pre-approval?" - Yes, above EUR 1,000 per ear.

Thanks
Sabine
"""
    return M(SABINE, KWEN, 'Knowledge base: hearing aid benefits by tariff', dt(4, 30, 10, 35),
             T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'insurer-to-callcenter',
             'trap: generic hearing aid benefit table (audiogram, ENT), no customer')


def m096():
    body = """Hallo Sabine,

kurzer Stand Voicemail/Transkription KW 17:

Eingegangene Voicemails        1.046
davon transkribiert              1.031
  Konfidenz < 0,70 (manuell)        88
Rückstand am Freitag 18 Uhr          15  (alle aus Freitagnachmittag)
Median Anruf -> Notiz im CRM      2 h 10 min

Häufigste Stichworte in den Transkripten (automatische Verschlagwortung):
Rechnung (412), Krankenhaus (166), Rezept (121), Pflegegrad (74),
Schaden (301), Kündigung (58), Zahnarzt (97), Rückruf (880)

Auffällig: Voicemails von Arztpraxen und Kliniken machen inzwischen
14 % aus. Die gehen nach der neuen Regel direkt an Leistung Kranken und
nicht mehr über das allgemeine Postfach.

Keine Störungen bei VoxScript in KW 17.

Gruß
Felix
"""
    return M(FELIX, SABINE, 'Voicemail/Transkription KW 17', dt(4, 28, 8, 15),
             T(body), 'NORMAL', 'de', 'internal',
             'trap: voicemail volumes with health keywords (hospital, prescription, care level), counts only')


def m097():
    body = """Hallo English Desk,

danke für die Notiz. Ich antworte auf Deutsch, bitte übersetzt der Kundin
die drei Punkte am Telefon (sie hat schriftlich auf Englisch gebeten).

> Customer: Ms Aoife Brennan, policy PH-1187-603318 (private liability
> incl. tenant's liability), flat Kohlhökerstrasse 27, 28203 Bremen.
> Claim S-25-115560: while moving furniture she scratched and dented the
> landlord's oak parquet in the living room (approx. 12 m2). Landlord
> (Mr Edzard Oltmanns) sent a quote of EUR 2,340 for sanding/sealing.

1. Mietsachschäden sind in ihrem Tarif bis 500.000 EUR mitversichert,
   die Selbstbeteiligung ist 150 EUR.
2. Wir schicken einen Sachverständigen, bevor geschliffen wird. Bitte
   die Kundin bitten, den Vermieter zu informieren, dass er noch nichts
   beauftragt.
3. Abzug "neu für alt" ist bei Parkett möglich (Alter des Bodens?), das
   entscheidet der Gutachter.

> Customer asks whether she has to pay the landlord first - no.

Danke!
Pieter de Vries
"""
    return M(PIETER, KWEN, 'AW: Claim S-25-115560 - tenant\'s liability parquet', dt(5, 2, 9, 52),
             T(body), 'CONFIDENTIAL', 'mixed', 'insurer-to-callcenter',
             'tenant liability claim: named customer and landlord, address, policy/claim; German reply, English quotes')


def m098():
    body = """Dear colleagues in Life Contract Service,

call note from the English desk below. Mr Holt was told that the change
has to be requested in writing and signed. Please send him the English
form.

Kontaktwerk English Desk

CALL NOTE  KW-WS-EN-2025-050211-0130   Agent: Ines C.
Customer:  Mr Graham Holt, DOB 12/01/1974
Policy:    LV 30-118 903 1 (term life, sum assured EUR 250,000)
Phone:     +49 421 5550 2276

Mr Holt's divorce became final on 14 April. His ex-wife, Mrs Karen Holt,
is still the named (revocable) beneficiary. He wants to name his partner,
Ms Natalie Price, as new beneficiary and also asks whether he can reduce
the sum assured to EUR 150,000 because the mortgage has been partly paid
off.

Told him: beneficiary change only in writing with signature, form will be
sent by post; reduction possible, premium will be recalculated. He asked
that nothing be sent to his old address (Hollerallee 52) where his ex-wife
still lives. New address: Am Rüten 3, 28357 Bremen.
"""
    return M(KS, a('Vertragsservice Leben', 'vs-leben@' + INS), 'FW: Call note - beneficiary change after divorce (LV 30-118 903 1)',
             dt(5, 2, 14, 6), T(body), 'STRICTLY_CONFIDENTIAL', 'en', 'callcenter',
             'life policy of a named customer (DOB, beneficiary change, divorce) - personal line, no medical word')


def m099():
    body = """Sehr geehrter Herr Petersen,

ab dem 1. Juni ändern wir den Ablauf bei Glasschäden, die über unser
Servicecenter (Kontaktwerk) gemeldet werden:

1. Kontaktwerk legt den Schaden an und schickt Ihnen einen Auftrag über
   die Schnittstelle (nicht mehr per E-Mail).
2. Der Auftrag enthält nur: Schadennummer (Format S-JJ-NNNNNN),
   Kennzeichen (Format XX-XX 0000), Fahrzeugtyp, Wunschfiliale, Rückruf-
   nummer. Vertragsnummer und Anschrift bekommen Sie nicht mehr – die
   brauchen Sie für die Reparatur nicht.
3. Die Selbstbeteiligung zieht Ihre Filiale wie bisher direkt beim Kunden
   ein; bei Reparatur statt Austausch entfällt sie.
4. Rechnungen bitte weiter über das Partnerportal.

Bitte testen Sie die Schnittstelle bis 20. Mai mit den Testfällen aus
dem Anhang zur Schnittstellenbeschreibung (nur fiktive Kennzeichen wie
HB-XX 0000).

Mit freundlichen Grüßen
Mehmet Yıldırım
Kfz-Schaden | Partnermanagement Glas
"""
    return M(MEHMET, a('Björn Petersen', 'b.petersen@klarblick.example'), 'Neuer Ablauf Glasschäden ab 01.06.', dt(5, 5, 10, 30),
             T(body), 'NORMAL', 'de', 'insurer-to-supplier',
             'trap: process change for glass claims with formats and placeholders, no customer')


def m100():
    d = docx([('h', 'Eskalationsvorlage Kfz – Fall E-2025-044'),
              ('t', [['Feld', 'Inhalt'],
                     ['Kundin', 'Tanja Mehrtens, geb. 27.04.1988'],
                     ['Anschrift', 'Lilienthaler Heerstraße 233, 28357 Bremen'],
                     ['Vertrag', 'KF-2023-0129950, HB-TM 88, Audi Q3 Sportback'],
                     ['Schaden', 'S-25-109944, Totalschaden nach Hagel (Teilkasko), 11.03.2025'],
                     ['Finanzierung', 'Audi Bank, Restschuld 21.480 EUR, Sicherungsschein liegt vor'],
                     ['Wiederbeschaffungswert', '24.300 EUR (Gutachten Brenning), Restwert 6.100 EUR'],
                     ['Streitpunkt', 'Kundin hält WBW für zu niedrig, legt Gegengutachten (27.900 EUR) vor'],
                     ['Kontakte', '7 Anrufe Kontaktwerk, 2 Rückrufbitten, 1 Beschwerde']]),
              'Empfehlung: Gegengutachten prüfen lassen, Zahlung des unstreitigen Betrags an die Bank sofort.'],
             creator='Mehmet Yıldırım', title='Eskalation E-2025-044')
    body = """Hallo Ronja,

Unterlagen für die Eskalationsrunde morgen um 10 Uhr. Bitte ausgedruckt
mitbringen und danach vernichten.

Mehmet
"""
    return M(MEHMET, RONJA, 'Unterlagen Eskalationsrunde morgen', dt(5, 6, 16, 40),
             MP('mixed', [T(body), A(d, CT_DOCX, 'Eskalation_E-2025-044.docx')]),
             'CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'harmless body; DOCX: named customer with birth date, address, motor total loss, loan balance')


def m101():
    body = """Hallo Team Weserstrom,

bitte folgenden Hinweis an die Kfz-Queue geben. Der Kunde hat gestern
schon zweimal angerufen und ist gereizt.

Kunde:     Torsten Wübbena, KF-2016-0912033, HB-TW 1966
Tel.:      0421 5550 7081

Sachverhalt (vom Kunden selbst mitgeteilt, Strafbefehl liegt uns vor):
Herr Wübbena wurde wegen Trunkenheit im Verkehr (§ 316 StGB, 1,4
Promille) rechtskräftig verurteilt, Fahrerlaubnis entzogen, Sperrfrist
9 Monate bis Dezember 2025. Er möchte den Vertrag behalten und seine
Ehefrau, Frau Silke Wübbena, als einzige Fahrerin eintragen lassen.

Was ihr sagen dürft:
- Fahrerkreis "nur Ehepartnerin" ist möglich, Beitrag wird neu berechnet
  (Angebot kommt schriftlich).
- Zum Regress aus dem Unfall vom 02.02. (Trunkenheitsfahrt) gibt der
  Fachbereich Auskunft, NICHT das Callcenter.
- Nicht über die MPU sprechen, auch wenn er danach fragt.

Bitte in der Notiz nur "Fahrerkreis-Änderung gewünscht" schreiben, keine
Angaben zur Verurteilung.

Danke
Mehmet
"""
    return M(MEHMET, KWTEAM, 'Hinweis Kfz-Queue: Kunde Wübbena (Fahrerkreis)', dt(5, 6, 9, 12),
             T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'named customer\'s criminal conviction (drunk driving, § 316 StGB) with motor policy')


def m102():
    body = """Hi Marco, hi Jana,

the chatbot gets new standard answers for travel health questions from
15 May (both languages). The English versions are below; please check
that your agents give the same answers when a chat is handed over.

Q: "Am I covered if I get sick on holiday?"
A: If you have our travel health cover (included in KomfortPlus and
   Premium, or as add-on "Reise"), treatment abroad is covered for trips of
   up to 8 weeks. Please keep all invoices.

Q: "I'm in hospital abroad, what do I do?"
A: Please call our 24/7 medical assistance: +49 421 3308-4400. They will
   contact the hospital and arrange payment. Do not pay large deposits
   yourself if you can avoid it.

Q: "Does it cover pre-existing conditions?"
A: Acute worsening of a known condition is covered; trips taken for
   the purpose of treatment are not.

Q: "Will you fly me home?"
A: Medically necessary and reasonable repatriation is covered.

Q: "My child got sick - is she covered?"
A: Yes, if your child is insured with us. Please have the policy number
   ready when you call.

The bot hands over to a human agent as soon as the customer mentions a
specific illness, a hospital or an emergency.

Thanks
Felix
"""
    return M(FELIX, MARCO + ', ' + JANA, 'New chatbot answers: travel health (from 15 May)', dt(5, 7, 11, 2),
             T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'insurer-to-callcenter',
             'trap: generic chatbot answers about illness abroad and hospitals, no person')


def m103():
    body = """Hallo Sach-Schaden,

Voicemail aus Leipzig, Kundin ist Mieterin, hat Hausrat bei uns. Bitte
Rückruf, ich habe schon einen Schaden vorangelegt (S-25-117208).

Kontaktwerk / L. Fiedler

VoxScript VX-2025-0507-00388 | 07.05.2025 07:31 | +49 341 5550 2093 | 0:54
"Ja hallo, Köhler, Mandy Köhler, ich hab bei Ihnen die Hausratversicherung,
Nummer HR zwei zwei neun null sieben null drei drei eins fünf. Bei uns in
der Wohnung ist heute Nacht das Wasser gekommen, von oben, bei den
Nachbarn ist wohl ein Schlauch von der Waschmaschine geplatzt. Mein
Sofa und der Teppich im Wohnzimmer sind nass, und der Laptop stand auf
dem Boden. Ich wohne in der Georg-Schumann-Straße zweihundertvier in
Leipzig, dritter Stock. Der Vermieter weiß Bescheid. Können Sie mich
zurückrufen? Danke."
"""
    return M(KS, a('Sach-Schaden', 'sach-schaden@' + INS), 'WG: Voicemail Köhler – Leitungswasser Hausrat', dt(5, 7, 8, 12),
             T(body, cs='iso-8859-1', cte='8bit'), 'CONFIDENTIAL', 'de', 'customer',
             'customer voicemail: name, household policy, address, water damage')


def m104():
    body = """Datenschutz-Team,

Auskunftsersuchen eines Kunden, kam per Mail an das Kundenservice-Postfach.
Bitte übernehmen (Frist 1 Monat ab 08.05.).

Kundenservice

-----Original Message-----
From: Alistair Reid <alistair.reid@mailbox.example>
Sent: Thursday, 8 May 2025 07:58
To: kundenservice@weserstrom.example
Subject: Subject access request (Art. 15 GDPR) - BU-9140-226605

Dear Sir or Madam,

under Article 15 GDPR I request a copy of all personal data you hold
about me, in particular:

1. all recordings of my telephone calls with your hotline since
   September 2024 (I have called many times about my disability claim);
2. all call notes your service provider made about these calls;
3. the internal instructions given to the call centre about me. On my
   call of 6 May the agent said "I see a note that I should keep this
   short because of your condition" - I would like to know what else is
   written about my ME/CFS and my post-COVID illness, and who can see it;
4. the report of your medical examiner, Dr. Frerichs.

Please send the data electronically in a secure way. I find long phone
calls very exhausting, so please do not call me about this.

Alistair Reid
DOB 09/03/1979, Hauptstrasse 18, 26197 Grossenkneten
"""
    return M(KS, a('Datenschutz', 'datenschutz@' + INS), 'WG: Subject access request (Art. 15 GDPR) - BU-9140-226605', dt(5, 8, 9, 30),
             T(body), 'STRICTLY_CONFIDENTIAL', 'en', 'customer',
             'customer Art. 15 request: named BU claimant with DOB and address, ME/CFS, post-COVID, medical report')


def m105():
    body = """Hallo Sabine,

die NPS-Auswertung April aus der Nachbefragung (SMS nach dem Anruf). Die
Freitexte hat Kontaktwerk vor der Übergabe anonymisiert (Namen, Nummern,
Orte entfernt). Ich finde, da ist einiges Brauchbares für die
Schulungen dabei.

NPS gesamt: +21 (März: +14)   Rücklauf: 1.842 Antworten (11,2 %)
  Leistung KV:     +9
  Pflege:          +27
  Kfz/Sach:        +30
  English Desk:    +35

Ausgewählte Freitexte (wörtlich, anonymisiert):
- "Die Dame war sehr verständnisvoll wegen meiner OP, danke!"
- "Zum dritten Mal angerufen wegen der Krankenhausrechnung, jedes Mal
  jemand anderes."
- "Ich habe meinem Mann bei der Pflegeeinstufung geholfen, die
  Mitarbeiterin hat alles gut erklärt."
- "Warum muss ich mein Geburtsdatum sagen, wenn ich meine Nummer habe?"
- "Warteschleife 25 min mit Bandscheibenvorfall am Handy, nie wieder."
- "Very kind agent, explained my hospital bill abroad step by step."

Jonas
"""
    return M(JONAS, SABINE, 'NPS April + anonymisierte Freitexte', dt(5, 8, 13, 44),
             T(body), 'NORMAL', 'de', 'internal',
             'trap: anonymised survey comments mentioning surgery, slipped disc, care level; no identifiable person')


def m106():
    ib = iban('DE', '28050100' + '0077123094')
    text = """Sehr geehrter Herr Aydın,

vielen Dank für Ihren Anruf. Wie besprochen stellen wir Ihre
Privathaftpflichtversicherung PH-1187-590224 ab dem 01.06.2025 auf den
Tarif "Familie Komfort" um, weil Ihre Partnerin Frau Merve Aydın und Ihr
Sohn nun mit im Haushalt leben.

Neuer Jahresbeitrag:    118,80 EUR (bisher 79,20 EUR)
Zahlweise:              jährlich zum 01.06.
SEPA-Mandat:            WS-PH-590224-003
Konto:                  @IBAN@ (Landessparkasse zu Oldenburg)
Kontoinhaber:           Okan Aydın

Ihre neue Anschrift haben wir ebenfalls gespeichert:
Alexanderstraße 118, 26121 Oldenburg.

Mit freundlichen Grüßen
Ihr Weserstrom Kundenservice
""".replace('@IBAN@', grp(ib))
    html = ('<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">'
            + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in text.strip().split('\n\n'))
            + '</body></html>\n')
    return M(KS, a('Okan Aydın', 'okan.aydin@web-post.example'), 'Umstellung Ihrer Privathaftpflicht PH-1187-590224',
             dt(5, 9, 10, 0), MP('alternative', [T(text), H(html)], preamble=False), 'CONFIDENTIAL', 'de',
             'insurer-to-customer', 'contract change: named customer and partner, IBAN, SEPA mandate, address, premium')


def m107():
    text = """Marco - worth sharing with your agents before the summer. Claire

-----
HELVION ASSISTANCE - PARTNER NEWS, MAY 2025

Travel health season 2025: what we expect
Last summer our control centre handled 38 % more medical cases in July
and August than in the spring months. The most common reasons: fractures
after falls, gastroenteritis, heat exhaustion, dental emergencies and
motor accidents. Around one in twelve cases needed a repatriation.

Tips for your service desks
- Ask for the location and a phone number first, the policy number
  second.
- Never promise a repatriation on the phone: the treating doctor and our
  medical team decide together.
- Hospitals in Mediterranean tourist areas increasingly ask for deposits
  by credit card. Tell callers to call us before they pay.

New: Helvion app with video consultation
Insured persons of our partner insurers can now talk to a German- or
English-speaking doctor by video 24/7.

Helvion Assistance GmbH - Partner Services
"""
    return M(CLAIRE, MARCO, 'FW: Helvion Partner News May 2025 - travel health season', dt(5, 12, 8, 40),
             T(text, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'newsletter',
             'trap: assistance partner newsletter (fractures, repatriation, hospital deposits), no person')


def m108():
    body = """Hello Parlio support,

ticket PAR-SUP-77120: our mail gateway certificate for weserstrom.example
will be replaced on 12 May 2025 (the old one expires on 19 May).

New certificate (RSA 3072, issued by our internal CA's TLS sub-CA):
  Subject:     CN=mx.weserstrom.example
  Valid:       2025-05-12 to 2026-05-12
  SHA-256:     4F:1A:9C:33:E0:7B:52:D8:11:A6:0C:9E:47:F2:88:3D:
               B5:6E:20:C1:9A:74:03:EE:5D:18:B7:62:CF:09:4A:D1

Please:
1. update the pinning on your outbound connector (chat transcripts sent to
   casework@weserstrom.example),
2. keep "TLS required" on that connector - the transcripts may contain
   health data and must never fall back to plain SMTP,
3. confirm by 9 May that your test message arrived with TLS 1.2 or higher.

Our MTA-STS policy (mode: enforce) is published at
https://mta-sts.weserstrom.example/.well-known/mta-sts.txt

Thanks
Felix Obermeier
IT Kundenkommunikation | Weserstrom Versicherung AG
"""
    return M(FELIX, a('Parlio Support', 'support@parlio.example'), 'PAR-SUP-77120 certificate change on 12 May',
             dt(5, 5, 15, 15), T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'insurer-to-supplier',
             'trap: certificate/TLS change mentioning health data in transcripts, no person')


def m109():
    rows = [['Ref', 'Opened', 'Customer', 'Policy / claim', 'Line', 'Issue', 'Owner', 'Status'],
            ['EN-ESC-031', '2025-04-02', 'Mr Gareth Pryce', 'S-25-104772', 'Motor', 'Courtesy car invoice not paid', 'M. Yildirim', 'closed'],
            ['EN-ESC-034', '2025-04-09', 'Mr Daniel Okafor', 'S-25-109115', 'Household', 'Adjuster visit delayed', 'P. de Vries', 'open'],
            ['EN-ESC-036', '2025-04-15', 'Ms Fiona Gallagher', 'KF-2024-0071539', 'Motor', 'Premium increase, cancellation threat', 'S. Kraemer', 'open'],
            ['EN-ESC-038', '2025-04-24', 'Mr Julien Marchand', 'MK-7710-003318', 'Deposit guarantee', 'Disputes landlord claim EUR 1,210', 'H. Sommer', 'open'],
            ['EN-ESC-039', '2025-05-02', 'Ms Aoife Brennan', 'S-25-115560', 'Liability', 'Landlord wants payment now', 'P. de Vries', 'open']]
    o = ods('Escalations', rows)
    body = """Marco,

updated tracker attached (non-health escalations only; the medical ones
stay with Claire). Please add your comments in column H before Friday.

Sabine
"""
    return M(SABINE, MARCO, 'Escalation tracker EN desk - update', dt(5, 12, 16, 28),
             MP('mixed', [T(body, cs='us-ascii', cte='7bit'), A(o, CT_ODS, 'EN_escalations_2025-05.ods')]),
             'CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'harmless body; ODS: named customers with motor/household/guarantee policy and claim numbers')


def m110():
    o = odt([('h', 'Gesprächsnotiz – Unfallmeldung (ergänzt durch Unfall-Leistung)'),
             'Ticket KW-WS-2025-051210-0231, Agent: K. Albrecht, 12.05.2025',
             'Anrufer: Herr Jens Hobbensiefken (Ehemann der Versicherten), Vollmacht liegt vor',
             'Versicherte: Birte Hobbensiefken, geb. 02.08.1979, UV-552019-11 (Familien-Unfall)',
             'Unfall: 10.05.2025, Sturz vom Pferd auf dem Reiterhof Ottersberg, Helm getragen',
             'Verletzungen lt. Ehemann: Schädel-Hirn-Trauma Grad II (S06.0), Schlüsselbeinfraktur rechts (S42.0), '
             'liegt auf der Intensivstation Klinikum Rotenburg, seit gestern ansprechbar',
             'Fragen: Krankenhaustagegeld, Bergungskosten Rettungshubschrauber, Reha',
             ('h', 'Ergänzung Unfall-Leistung (K. Lühr)'),
             'Unfallanzeige an Ehemann versandt. Klinik-Entlassbericht anfordern. Invalidität frühestens nach 12 Monaten prüfen. '
             'Hubschrauber: Bergungskosten bis 10.000 EUR versichert.'])
    body = """Hallo Ronja,

anbei wie besprochen. Bitte so ins Ticket übernehmen und dem Ehemann
nichts darüber hinaus sagen.

Gruß
Katrin Lühr
"""
    return M(LUEHR, RONJA, 'anbei wie besprochen', dt(5, 13, 9, 20),
             MP('mixed', [T(body), A(o, CT_ODT, 'Notiz_KW-WS-2025-051210-0231.odt')]),
             'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'harmless body; ODT: named insured with birth date, traumatic brain injury S06.0, fracture, ICU')


def m111():
    body = """Liebes Team Weserstrom,

ab Montag gehen die Schreiben zur Beitragsanpassung 2025 in der
Krankenversicherung (Welle 2, Tarife BasisPlus und Premium) raus. Erfahrungs-
gemäß kommen ab Mittwoch viele Anrufe. Bitte diese Sprachregelung nutzen:

Kernaussagen
- Die Beiträge steigen in den betroffenen Tarifen im Durchschnitt um
  9,1 %. Grund sind vor allem höhere Ausgaben für stationäre
  Behandlungen, Arzneimittel und Pflege sowie die gestiegene
  Lebenserwartung.
- Der Treuhänder hat die Anpassung geprüft und zugestimmt.
- Kundinnen und Kunden ab 60 erhalten einen Zuschuss aus der
  Rückstellung für Beitragsermäßigung.
- Tarifwechsel nach § 204 VVG ist möglich – bitte keine Empfehlung am
  Telefon, sondern Rückrufbitte "Tarifwechselberatung".

Was ihr nicht sagt
- keine Aussagen zum Gesundheitszustand oder zu Leistungen einzelner
  Kunden als Begründung ("Sie waren ja oft beim Arzt" o. Ä.)
- keine Prognosen für 2026

Bei Drohung mit Kündigung: Hinweis, dass bei einem neuen Versicherer
eine neue Gesundheitsprüfung stattfindet.

Viele Grüße
Lea Hoffmann
Unternehmenskommunikation
"""
    return M(LEA, KWTEAM, 'Sprachregelung Beitragsanpassung KV 2025 – Welle 2', dt(5, 14, 10, 30),
             T(body), 'NORMAL', 'de', 'insurer-to-callcenter',
             'trap: wording for health premium increase (hospital, medicines, health check), no person')


def m112():
    body = """Hallo Vertragsservice Sach,

Gesprächsnotiz unten, bitte Vertrag zum Todestag aufheben und dem Sohn
schriftlich bestätigen (Sterbeurkunde kommt per Post).

Gruß Kundenservice

GESPRÄCHSNOTIZ KW-WS-2025-051409-0092 | Agent D. Wolff | 14.05.2025
Anrufer: Michael Brüggemann (Sohn), Tel. 0421 5550 6630,
         Schulstraße 11, 28865 Lilienthal
Versicherte: Ilse Brüggemann, Hausrat HR-2290-118807,
         Wohnung Vor dem Steintor 90, 28203 Bremen

Frau Brüggemann ist am 21.04.2025 verstorben. Der Sohn ist Alleinerbe
(Erbschein beantragt) und löst die Wohnung bis Ende Juni auf. Er möchte
wissen, ob der Hausratschutz bis zur Wohnungsübergabe weiterläuft
(-> lt. VHB bis zu zwei Monate nach Tod, dann endet der Vertrag) und ob
zu viel gezahlter Beitrag erstattet wird (-> ja, anteilig, an das
Konto der Verstorbenen bzw. nach Erbschein an den Erben).

Beileid ausgesprochen. Kein Leistungsfall, keine weiteren Verträge.
"""
    return M(KS, a('Vertragsservice Sach', 'vs-sach@' + INS), 'WG: Todesfall Hausrat Brüggemann – Vertragsende', dt(5, 14, 11, 2),
             T(body, cte='8bit'), 'CONFIDENTIAL', 'de', 'callcenter',
             'grey: death of a named household customer (fact only, no cause), heir, addresses, policy')


def m113():
    body = """Dear Mrs Solberg,

thank you for your call with our English service desk yesterday. I am
pleased to confirm our pre-authorisation for your planned surgery.

Policy:          IHP-7730-0630 (International Health Plan Premium,
                 worldwide excl. USA)
Treatment:       total knee replacement, right knee (diagnosis on the
                 referral: primary gonarthrosis, M17.1)
Hospital:        Klinik Seeblick, Zurich (private ward, 2-bed room)
Admission:       2 June 2025, planned stay 6 nights
Rehabilitation:  3 weeks inpatient rehab at Reha Zentrum Limmat, approved
                 in principle, please send the discharge report

Cost estimate of the hospital: CHF 34,800. We will pay the hospital
directly; your annual deductible of EUR 500 has already been met this
year. Physiotherapy after discharge is covered at 100 % for up to 30
sessions.

We wish you a successful operation and a speedy recovery.

Kind regards
Claire Whitfield
International Health Service | Weserstrom Versicherung AG
"""
    return M(CLAIRE, a('Ingrid Solberg', 'ingrid.solberg@mailbox.example'), 'Pre-authorisation: knee replacement in Zurich (IHP-7730-0630)',
             dt(5, 15, 9, 48), T(body), 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
             'pre-authorisation: named customer, knee arthroplasty, gonarthrosis M17.1, rehab')


def m114():
    body = """Hi Claire,

could you proofread the English version of the press release before it
goes to the trade press on Monday? Thanks! Lea

----------------------------------------------------------------
PRESS RELEASE - Bremen, 19 May 2025

Weserstrom customer service wins "Service Excellence North" award

Weserstrom Versicherung AG and its service partner Kontaktwerk Dialog
have won this year's "Service Excellence North" award in the category
"Insurance - health and care". The jury praised the way the service team
handles sensitive conversations about illness, hospital stays and long-
term care.

"When someone calls us from a hospital bed or after a difficult
diagnosis, they need a person who listens and knows what to do," said
Elke Bruenjes, member of the Executive Board. "Our teams in Bremen,
Leipzig and Lisbon have shown that empathy and data protection go
together."

Key figures 2024: 1.1 million customer contacts, 82 % resolved in the
first contact, customer satisfaction (NPS) +19. Since 2024 all agents
complete a mandatory training on handling health data.

Press contact: Lea Hoffmann, presse@weserstrom.example
----------------------------------------------------------------
"""
    return M(LEA, CLAIRE, 'Proofreading please: press release award (EN)', dt(5, 15, 14, 5),
             T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'internal',
             'trap: press release about sensitive health conversations, board member quoted, no customer')


def m115():
    body = """Dear Mr Kaestner,

for our annual review of the data processing agreement (DPA) with
VoxScript we need the following by 30 May 2025:

1. Updated list of sub-processors (annex 4). We understand that speech
   recognition runs on your own servers in Frankfurt; please confirm that
   no audio or transcript leaves the EU, including for model training.
2. Confirmation that voicemail audio is deleted 30 days after
   transcription and that deletion is logged (counts only).
3. Your current ISO 27001 certificate and the last penetration test
   summary.
4. Description of access controls: who at VoxScript can listen to audio
   (quality checks of low-confidence transcripts)?

Background: a significant share of the voicemails we send you contains
special categories of personal data within the meaning of Art. 9 GDPR
(callers describing illnesses, doctors' practices and hospitals calling
about patients). Our DPO therefore asked for an in-depth review this year.

Best regards
Felix Obermeier
on behalf of Tobias Brandt, Data Protection Officer
Weserstrom Versicherung AG
"""
    return M(FELIX, a('Ralf Kästner', 'ralf.kaestner@voxscript.example'), 'Annual DPA review - documents by 30 May',
             dt(5, 16, 11, 11), T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'insurer-to-supplier',
             'trap: DPA review with processor, Art. 9 data mentioned in general, no person', cc=BRANDT)


def m116():
    body = """Hallo Antragsprüfung Leben,

Chat aus der KV-Queue, gehört aber zu euch (BU-Antrag in Vorbereitung).
Die Kundin möchte eine schriftliche Antwort, bevor sie den Antrag stellt.

Gruß Kundenservice

[Parlio | Sitzung e0b3-51f9 | Queue WS-DE-KV | 15.05.2025]
20:11:40 Kundin (Annika Drewes): Hallo, ich bin schon bei Ihnen
         krankenversichert (KV-4471-804410) und möchte eine BU
         abschließen. Ich habe eine Frage vorher.
20:12:15 Agent Dana: Gerne, Frau Drewes. Worum geht es?
20:13:50 Kundin: Meine Mutter hatte mit 44 Eierstockkrebs. Ich habe mich
         letztes Jahr testen lassen und bin BRCA2-positiv. Bisher bin ich
         gesund, gehe halbjährlich zur Früherkennung (MRT Brust). Muss ich
         den Gentest im BU-Antrag angeben? Und die Vorsorge-MRTs?
20:15:02 Agent Dana: Das ist eine wichtige Frage, die ich nicht selbst
         beantworten darf. Ich gebe sie an die Antragsprüfung Leben weiter,
         Sie bekommen eine schriftliche Antwort.
20:15:40 Kundin: Danke. Bitte per Post, nicht per Mail.
[Ende Sitzung]
"""
    return M(KS, a('Antragsprüfung Leben', 'antrag-leben@' + INS), 'WG: Chat Drewes – Frage zum BU-Antrag (Gentest)', dt(5, 16, 8, 5),
             T(body, cte='8bit'), 'STRICTLY_CONFIDENTIAL', 'de', 'callcenter',
             'chat: named customer, BRCA2-positive genetic test, family cancer history, screening MRI')


def m117():
    body = """Hallo Felix, hallo Jonas,

Programm für unseren Besuch bei Kontaktwerk in Leipzig am 3. Juli
(Lenkungskreis vor Ort):

Anreise 02.07., ICE ab Bremen 16:12, Hotel am Hauptbahnhof (gebucht,
Sammelbuchung über Reisestelle).

03.07.
 08:30  Rundgang Leipzig, Prager Straße 210, 4. OG (Team Weserstrom)
 09:00  Side-by-side: Mithören in der Queue Leistung KV und in der
        Klinik-Skillgruppe (die Anrufenden werden wie immer um
        Einwilligung gebeten; wir bekommen keine Kundendaten mit)
 10:00  Lenkungskreis (Agenda folgt)
 12:30  Mittagessen mit den Teamleitungen
 14:00  Workshop "Rückrufbitten: weniger, aber besser"
 16:30  Rückfahrt, ICE 17:05

Bitte an Laptop mit VPN denken; WLAN für Gäste gibt es dort nicht.

Sabine
"""
    return M(SABINE, FELIX + ', ' + JONAS, 'Besuch Kontaktwerk Leipzig 02./03.07.', dt(5, 19, 12, 12),
             T(body), 'NORMAL', 'de', 'internal',
             'trap: visit programme with listening-in on health queues, no customer data')


def m118():
    body = """Hi liability team,

chat from the English desk - customer needs a confirmation for her new
landlord today. Could one of you send it? Everything needed is in the
transcript.

Kontaktwerk English Desk

[Parlio | session 7710-c2d4 | queue WS-EN-GENERAL | 19 May 2025]
09:40:02 Visitor (Greta Lindholm): Hi, I need a certificate that I have
         personal liability insurance, my new landlord wants it before
         signing the lease
09:40:30 Agent Sofia M.: Good morning! Policy number and date of birth,
         please?
09:40:58 Visitor: PH-1187-611904, 3 March 1993
09:41:40 Agent Sofia M.: Thank you, Ms Lindholm. I see your private
         liability policy, single, with tenant's liability included. Who
         should the certificate be addressed to?
09:42:25 Visitor: to me please, new address from 1 June: Parkallee 201,
         28213 Bremen. And can you mention the sum insured?
09:42:50 Agent Sofia M.: Sure, EUR 10 million. You'll get it by e-mail at
         greta.lindholm@netmail.example today.
[end of session]
"""
    return M(KS, a('Haftpflicht', 'haftpflicht@' + INS), 'FW: Chat - liability certificate for landlord (PH-1187-611904)',
             dt(5, 19, 9, 55), T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'callcenter',
             'chat: named customer with date of birth, new address, liability policy')


def m119():
    body = """Liebe Ronja,

bitte im CRM bei folgendem Kunden einen Kontaktvermerk setzen und die
Kfz-Queue informieren:

Herr Daniel Levinsohn, KF-2022-0488215 (HB-DL 613), Schaden S-25-117790
(Parkschaden, Gutachtertermin steht noch aus)

Herr Levinsohn hat mich heute angerufen und gebeten, dass ihn niemand
von uns oder von Kontaktwerk am Schabbat (Freitag ab Sonnenuntergang bis
Samstagabend) und an jüdischen Feiertagen anruft – er ist praktizierender
Jude und nimmt dann kein Telefon ab. Am Freitag, 16.05., hat ihn eine
Kollegin um 19:30 Uhr dreimal angerufen, das hat ihn verärgert.

Vermerk bitte neutral formulieren: "Keine Anrufe Fr ab 15 Uhr und Sa;
Termine nur Mo-Do nach Absprache". Den Grund bitte NICHT ins CRM
schreiben.

Danke!
Mehmet
"""
    return M(MEHMET, RONJA, 'Kontaktvermerk Kunde Levinsohn', dt(5, 19, 15, 40),
             T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'named motor customer\'s religious belief (Art. 9 GDPR) stated as reason for contact times')


def m120():
    t1 = """VoxScript TEST – Modell vx-de-2025.05 – Testanruf 1
Eingang: 20.05.2025 10:02 | Anrufer: Testleitung 0341 5550 0000
"Hier ist Erika Musterfrau, das ist ein Testanruf. Meine Vertragsnummer ist KV null null null null Strich null null null null null null. Ich möchte wissen, ob meine Krankenhausrechnung angekommen ist. Mein Arzt hat mir Ibuprofen sechshundert verschrieben, und ich habe einen Termin zur Darmspiegelung."
Erkannt: KV-0000-000000 | Medikament: Ibuprofen 600 | Stichworte: Krankenhausrechnung, Darmspiegelung
"""
    t2 = """VoxScript TEST – Modell vx-de-2025.05 – Testanruf 2
Eingang: 20.05.2025 10:06 | Anrufer: Testleitung 0341 5550 0000
"Guten Tag, Max Mustermann, fiktiver Kunde, geboren am ersten ersten neunzehnhundertsiebzig. Ich rufe an wegen des Heil- und Kostenplans für meine Brücke. Rufen Sie mich bitte zurück."
Erkannt: Geburtsdatum 01.01.1970 | Stichworte: Heil- und Kostenplan, Brücke
"""
    body = """Hallo Ronja,

VoxScript hat ein neues Sprachmodell bereitgestellt. Wir haben heute früh
zwei Testanrufe mit ausgedachten Texten gemacht (Sprecherin war Jana, die
Namen sind die üblichen Testnamen). Die Transkripte hängen an. Bitte
bewertet bis Freitag, ob die Erkennung der Fachbegriffe besser ist als
vorher, Skala 1-5.

Gruß
Felix
"""
    return M(FELIX, RONJA, 'Test neues VoxScript-Modell – 2 Testtranskripte', dt(5, 20, 11, 30),
             MP('mixed', [T(body), A(t1, 'text/plain; charset=utf-8', 'testanruf_1.txt', cte='quoted-printable'),
                          A(t2, 'text/plain; charset=utf-8', 'testanruf_2.txt', cte='quoted-printable')]),
             'NORMAL', 'de', 'insurer-to-callcenter',
             'trap: TXT test transcripts with fictitious persons (Erika Musterfrau, Max Mustermann), medication, HKP')


def m121():
    text = """Sehr geehrte Frau Janssen-Ukena,

Ihr Mann hat am Wochenende aus Dänemark bei unserem Servicecenter
angerufen, als Ihr Fahrzeug auf der E45 bei Kolding liegen geblieben ist.
Wir freuen uns, dass Sie inzwischen wieder gut zu Hause angekommen sind.

Vertrag:      KF-2021-0344108, Kfz-Schutzbrief
Fahrzeug:     LER-JU 404, VW T6 California
Schaden:      S-25-117905 (Panne, Kupplungsschaden)

Wir erstatten:
  Abschleppen zur Werkstatt Kolding           3.950 DKK
  Übernachtung 2 Nächte (Familie, 4 Personen)  2.780 DKK
  Mietwagen für die Rückfahrt (Höchstbetrag)  gedeckelt auf 7 Tage
Die Reparatur des Fahrzeugs selbst ist keine Schutzbriefleistung.

Bitte reichen Sie die Originalbelege ein. Die Erstattung erfolgt auf das
Beitragskonto.

Mit freundlichen Grüßen
Ihr Weserstrom Kundenservice
"""
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrte Frau Janssen-Ukena,</p>
<p>Ihr Mann hat am Wochenende aus Dänemark bei unserem Servicecenter angerufen, als Ihr Fahrzeug auf der E45 bei Kolding liegen geblieben ist.
Wir freuen uns, dass Sie inzwischen wieder gut zu Hause angekommen sind.</p>
<ul><li>Vertrag: KF-2021-0344108, Kfz-Schutzbrief</li><li>Fahrzeug: LER-JU 404, VW T6 California</li>
<li>Schaden: S-25-117905 (Panne, Kupplungsschaden)</li></ul>
<p><b>Wir erstatten:</b> Abschleppen zur Werkstatt Kolding (3.950 DKK), Übernachtung 2 Nächte für 4 Personen (2.780 DKK),
Mietwagen für die Rückfahrt (bis 7 Tage). Die Reparatur selbst ist keine Schutzbriefleistung.</p>
<p>Bitte reichen Sie die Originalbelege ein. Die Erstattung erfolgt auf das Beitragskonto.</p>
<p>Mit freundlichen Grüßen<br>Ihr Weserstrom Kundenservice</p></body></html>
"""
    return M(KS, a('Hilke Janssen-Ukena', 'hilke.janssen-ukena@freenet-mail.example'), 'Ihr Schutzbrief-Fall S-25-117905 (Dänemark)',
             dt(5, 21, 10, 44), MP('alternative', [T(text, cs='windows-1252'), H(html, cs='windows-1252')], preamble=False),
             'CONFIDENTIAL', 'de', 'insurer-to-customer',
             'breakdown cover abroad: named customer, plate, policy/claim number, costs (no injury)')


def m122():
    body = """Hi expat medical team,

voicemail from a GP practice in the UK, transcribed by VoxScript. The
practice wants a call back; I've checked the policy (active, UK
residence since January).

Kontaktwerk English Desk

--- VoxScript VX-2025-0521-00917 | 21 May 2025 10:18 | +44 1632 555 0418 ---
"Good morning, this is Dr Fiona McAllister from Riverside Surgery in
Harrogate. I'm calling about our patient Mr Peter Hollis, date of birth
the eighteenth of November nineteen sixty-three, who tells me he is
insured with you under an international plan. I saw him yesterday with
chest pain on exertion and an abnormal ECG, and I'd like to refer him
privately to a cardiologist for an angiogram rather than wait on the NHS
list, which is currently fourteen weeks. Could someone confirm cover,
and whether you need a referral letter from me? My secretary's number is
oh one six three two, five five five, oh four one eight. Thank you."
--- end ---
"""
    return M(KS, a('Expat Service Medical', 'expat-medical@' + INS), 'FW: Voicemail GP practice UK - patient P. Hollis',
             dt(5, 21, 11, 3), T(body, cs='us-ascii', cte='7bit'), 'STRICTLY_CONFIDENTIAL', 'en', 'doctor',
             'doctor\'s voicemail: named patient with DOB, chest pain, abnormal ECG, cardiology referral')


def m123():
    body = """Dear Ms Suwannarat,

thank you for the meeting last week. As agreed, here is a summary of how
guarantees of payment (GOP) for Weserstrom international health
customers will work with the hospitals of your network from 1 July 2025.

1. Admission: the hospital calls our 24/7 assistance line (+49 421
   3308-4400, operated by Helvion Assistance) or uses the online form.
   Our English service desk in Lisbon (Kontaktwerk) only takes
   messages and forwards them - it cannot issue a GOP.
2. Information needed: name of the patient, date of birth, policy number
   (format IHP-NNNN-NNNN), provisional diagnosis, planned treatment and
   cost estimate. Please send medical information only via the secure
   upload, never by ordinary e-mail.
3. GOP issued within 4 hours during office hours, 8 hours at night.
4. Invoices: direct billing to Weserstrom, payment within 30 days.
5. Escalations: expat-medical@weserstrom.example.

We attach no patient data to this message. The sample forms will follow
with the contract draft.

Kind regards
Claire Whitfield
International Health Service | Weserstrom Versicherung AG
"""
    return M(CLAIRE, a('Nattaya Suwannarat', 'n.suwannarat@siam-care-network.example'), 'Direct billing from 1 July - process summary',
             dt(5, 22, 9, 5), T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'insurer-to-partner',
             'trap: direct-billing process for hospitals listing the fields (DOB, diagnosis) needed, no patient')


def m124():
    body = """Hallo Beitragsservice Sach,

Chat von gestern Abend, Kunde bittet um Ratenzahlung / Stundung. Bitte
Entscheidung schriftlich an den Kunden.

Kontaktwerk / K. Albrecht

[Parlio | Sitzung 2c77-9e01 | Queue WS-DE-ALLG | 21.05.2025]
21:04 Kunde (Marvin Pieper): Hallo, ich kann die Jahresbeiträge für
      Hausrat und Haftpflicht am 1.6. nicht auf einmal zahlen.
21:04 Agent Kevin: Guten Abend Herr Pieper, Ihre Vertragsnummern bitte
      und zur Sicherheit Ihre Postleitzahl.
21:05 Kunde: HR-2290-733018 und PH-1187-733019, 28309
21:06 Kunde: Ich bin seit März arbeitslos, bekomme 1.280 Euro ALG I, Miete
      ist 640. Ich kann 30 Euro im Monat zahlen.
21:07 Agent Kevin: Danke für die Offenheit. Ich kann eine monatliche
      Zahlweise beantragen (kleiner Zuschlag) oder eine Stundung; das
      entscheidet der Beitragsservice.
21:08 Kunde: Monatlich wäre super. Bitte nicht kündigen.
21:08 Agent Kevin: Ich leite das weiter, Sie bekommen Post.
"""
    return M(KS, a('Beitragsservice Sach', 'beitrag-sach@' + INS), 'WG: Chat Pieper – Ratenzahlung Hausrat/PH', dt(5, 22, 8, 30),
             T(body), 'CONFIDENTIAL', 'de', 'callcenter',
             'chat: named customer, household/liability policies, unemployment benefit and rent (income)')


def m125():
    body = """Liebe Sabine,

wir haben ein Auskunftsersuchen nach Art. 15 DSGVO von Frau Hannah Brooks
(KV-4471-377120) bekommen. Sie verlangt alle Daten zu ihren Anrufen seit
Dezember 2024, insbesondere die Gesprächsaufzeichnungen und die
Eskalation an Dr. Hahn vom März.

Bitte bei Kontaktwerk bis 06.06. anfordern (über den gesicherten
Austauschordner, nicht per Mail):
1. alle Gesprächsnotizen zu KV-4471-377120 (Queue Leistung KV und
   English Desk),
2. noch vorhandene Aufzeichnungen (die vom 13.03. liegt wegen der
   Beschwerde unter Legal Hold),
3. die Eskalationsmail von Marco Teixeira vom 13.03.

Achtung: In den Notizen stehen psychiatrische Diagnosen (F32.1, F48.0)
und Angaben zum Kletter-Vorfall. Die Kundin hat Anspruch auf alles, was
sie selbst betrifft – bitte nichts schwärzen außer Namen von Agents.

Danke
Tobias
"""
    return M(BRANDT, SABINE, 'Auskunftsersuchen Art. 15 – Brooks (KV-4471-377120)', dt(5, 23, 10, 20),
             T(body), 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
             'Art. 15 request handling: named customer, psychiatric diagnoses F32.1/F48.0, daily sickness allowance')


def m126():
    p = pdf(['# Rückrufbitte an Fachbereich – Formular RB-01 (Stand 05/2025)',
             'Weserstrom Versicherung AG / Kontaktwerk Dialog GmbH – nur für den internen Gebrauch',
             '',
             'Ticket-Nr.: ____________________    Datum/Uhrzeit: ____________________',
             'Agent/in: ______________________    Kanal: [ ] Telefon  [ ] Chat  [ ] Voicemail',
             '',
             '# Angaben zur Person',
             'Name, Vorname: ______________________________________________',
             'Vertragsnummer: _____________________   Legitimation: [ ] ja  [ ] nein',
             'Anrufer ist: [ ] versicherte Person  [ ] bevollmächtigt  [ ] Betreuer/in  [ ] Makler',
             'Rückrufnummer: _____________________   Zeitfenster: ______________',
             '',
             '# Anliegen',
             'Sparte: [ ] KV  [ ] Pflege  [ ] Leben/BU  [ ] Unfall  [ ] Kfz  [ ] Sach  [ ] RS',
             'Gesundheitsbezug: [ ] ja  -> KEINE Diagnosen, Befunde, Medikamente eintragen!',
             '                  [ ] nein',
             'Kurzbeschreibung (max. 3 Zeilen):',
             '_____________________________________________________________________________',
             '_____________________________________________________________________________',
             '',
             '# Weiterleitung',
             '[ ] Leistung Kranken   [ ] Pflege   [ ] Leben   [ ] Unfall   [ ] Kfz-Schaden   [ ] Sach-Schaden',
             '[ ] Beschwerdemanagement   [ ] Datenschutz',
             'Frist Rückruf: [ ] 24 h  [ ] 2 Werktage  [ ] 5 Werktage'],
            title='Formular RB-01 Rückrufbitte', author='Sabine Krämer')
    body = """Hallo Ronja,

für die Notfallebene (wenn das CRM ausfällt) hier das Papierformular
RB-01 als PDF, leer, zum Ausdrucken. Bitte je 50 Stück an jedem Platz in
der Queue Leistung KV bereitlegen und die ausgefüllten Formulare am
Schichtende einsammeln und im Datenschutzcontainer entsorgen, sobald sie
ins CRM übertragen sind.

Gruß
Sabine
"""
    return M(SABINE, RONJA, 'Notfallformular Rückrufbitte RB-01 (leer)', dt(5, 23, 14, 5),
             MP('mixed', [T(body), A(p, 'application/pdf', 'Formular_RB-01_Rueckrufbitte.pdf')]),
             'NORMAL', 'de', 'insurer-to-callcenter',
             'trap: blank PDF callback form with name/policy/health fields, no person')


def m127():
    nl = iban('NL', 'HBRG' + '0417164300')
    body = """Dear Ms Harrington,

thank you for your call with our English service desk on 23 May.

As you have sold your car and moved to the Netherlands, we confirm the
cancellation of your motor insurance:

Policy:              KF-2023-0260517
Vehicle:             HB-JH 929, Toyota Yaris Hybrid (sold 16 May 2025,
                     buyer's insurer notified)
Cancellation date:   16 May 2025
Premium refund:      EUR 143.20 (16 May - 31 Dec 2025, pro rata)

The refund will be transferred to your Dutch account as requested:
  Account holder: Jodie Harrington
  IBAN: @IBAN@

Your no-claims class (SF 8) remains valid with us for 7 years. A
certificate for your new Dutch insurer is attached to the letter we are
sending to your new address (Wilhelminastraat 48, 3581 Utrecht).

Kind regards
Weserstrom customer service

""".replace('@IBAN@', grp(nl)) + DISCL_EN
    return M(KS, a('Jodie Harrington', 'jodie.harrington@mailbox.example'), 'Cancellation of your motor policy KF-2023-0260517',
             dt(5, 26, 10, 15), T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'insurer-to-customer',
             'motor cancellation: named customer, Dutch IBAN, new address, plate, SF class')


def m128():
    body = """Claire, FYI - the calibration results from Lisbon. Numbers only, the
session recordings stay at Kontaktwerk. Sabine

-----Original Message-----
From: Marco Teixeira
Subject: Calibration session 22 May - results

Hi Sabine,

results of the first calibration session with the new scorecard
(10 calls, scored independently by me, Jana and two senior agents):

Criterion                                   avg score (0-2)   spread
1 Greeting / recording notice                    1.9            0.2
2 Identification                                 1.8            0.3
3 Authorisation of third parties                 1.4            0.9  <-
4 Summary of concern                             1.7            0.4
5 No diagnoses repeated aloud                    1.3            0.8  <-
6 No health details in free text                 1.6            0.5
7 Routing                                        1.8            0.2
8 Expectations set                               1.5            0.6
9 Empathy                                        1.9            0.1
10 Closing                                       1.8            0.2

Overall pass rate: 7 of 10 calls. The large spread on 3 and 5 shows we
still interpret "third party" and "repeating" differently - e.g. is it
ok to say "so this is about your hospital stay"? We'd like a ruling from
your side.

Marco
"""
    return M(SABINE, CLAIRE, 'FW: Calibration session 22 May - results', dt(5, 26, 15, 48),
             T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'callcenter',
             'trap: calibration scores on diagnosis/health criteria, aggregated, no person')


def m129():
    body = """Sehr geehrte Partnerinnen und Partner,

ab dem 2. Juni erreichen Sie unseren Maklerservice unter einer neuen
Rufnummer: 0421 3308-5500 (Mo-Fr 8-18 Uhr). Die Anrufe nimmt unser
Servicepartner Kontaktwerk in Leipzig an, Team "Makler".

Was Ihnen das Team sagen kann:
- Status von Schäden und Leistungsfällen Ihrer Kundinnen und Kunden,
  sofern eine Maklervollmacht bei uns hinterlegt ist
- Vertragsstände, Beitragsrückstände, Dokumentenversand

Bitte beachten:
- Auskünfte zu Gesundheitsangaben (z. B. Arztberichte, Diagnosen,
  Ablehnungsgründe in der Kranken- oder BU-Leistung) erhält der Makler
  nur, wenn zusätzlich eine Schweigepflichtentbindung der versicherten
  Person vorliegt. Das Team wird in diesen Fällen an den Fachbereich
  verweisen.
- Legitimation am Telefon: Vermittlernummer + Postleitzahl des Büros.

Im Maklerportal finden Sie unter "Service" das aktualisierte Formular
für die Vollmacht.

Mit freundlichen Grüßen
Martina Engel
Maklerbetreuung Nord
Weserstrom Versicherung AG
"""
    return M(MARTINA, a('Maklerverteiler Nord', 'makler-nord@' + INS), 'Neue Servicenummer für Makler ab 02.06.', dt(5, 27, 9, 0),
             T(body), 'NORMAL', 'de', 'insurer-to-broker',
             'trap: broker circular on hotline and access to health data, no client')


def m130():
    body = """Erledigt, danke. Gutachter ist für Mittwoch bestellt.

Mehmet

-----Ursprüngliche Nachricht-----
Von: Kontaktwerk Team Weserstrom <ws-team@kontaktwerk.example>
Gesendet: Dienstag, 27. Mai 2025 10:41
An: Mehmet Yıldırım <mehmet.yildirim@weserstrom.example>
Betreff: Rückrufbitte Kfz – S-25-118214 Brockmann

Hallo Herr Yıldırım,

Rückrufbitte von Frau Swantje Brockmann, Tel. 0160 5550 3312.
Schaden S-25-118214 (Vollkasko, Unfall mit Wildschwein auf der B74
bei Ritterhude am 24.05., niemand verletzt, Fahrzeug OHZ-SB 55 nicht mehr
fahrbereit, steht beim Abschleppdienst Lüder in Osterholz).

Kundin fragt, wann der Gutachter kommt; Standgebühren laufen (15 EUR/Tag).

Danke, Dana Wolff
"""
    return M(MEHMET, KWTEAM, 'AW: Rückrufbitte Kfz – S-25-118214 Brockmann', dt(5, 27, 13, 2),
             T(body), 'CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'body says only "done"; quoted callback request: named customer, phone, claim, plate; nobody hurt')


def m131():
    body = """Thanks, done - the dialysis centre has confirmed the slots.

Claire

-----Original Message-----
From: Marco Teixeira <marco.teixeira@lisboa.kontaktwerk.example>
Sent: Tuesday, 27 May 2025 16:02
To: Claire Whitfield <claire.whitfield@weserstrom.example>
Subject: Callback - holiday dialysis Mallorca (KV-4471-255190)

Hi Claire,

Mr Frank Delaney (KV-4471-255190, phone +49 421 5550 8820) called again
about his holiday in Mallorca, 14-28 June. He is on haemodialysis three
times a week (end-stage renal disease, waiting list for a transplant) and
has booked sessions at Centro de Diálisis Palma Norte: Mon/Wed/Fri 08:00.
The centre wants a cost confirmation from us before 6 June, otherwise
they give the slots away. He sent the centre's quote (EUR 290 per
session) through the app.

Could your team confirm to the centre directly?

Marco
"""
    return M(CLAIRE, MARCO, 'RE: Callback - holiday dialysis Mallorca (KV-4471-255190)', dt(5, 28, 9, 10),
             T(body), 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'body says only "done"; quote: named customer on haemodialysis, end-stage renal disease, transplant list')


def m132():
    body = """Hi Tobias, hi Sabine,

short incident report for your records.

Incident:       INC-2025-05-2291, Parlio chat unavailable
Time:           28 May 2025, 13:12-14:47 CEST (95 min)
Cause:          expired intermediate certificate on Parlio's load
                balancer (their side), not related to our change on 12 May
Impact:         chat widget showed "service unavailable" on the website
                and in the app; approx. 310 chat attempts lost, customers
                were shown the phone number instead
Data:           no personal data affected - no transcripts were lost,
                exposed or sent unencrypted; the connector refused the
                connection as it should (TLS required)
Assessment:     no data breach under Art. 33 GDPR
Follow-up:      Parlio will monitor certificate expiry; service credit
                per SLA section 8 requested

Regards
Felix
"""
    return M(FELIX, BRANDT + ', ' + SABINE, 'Incident report INC-2025-05-2291 chat outage', dt(5, 28, 16, 30),
             T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'internal',
             'trap: outage report concluding no personal data affected, no person')


def m133():
    body = """Hallo Sach-Schaden,

Beschwerde aus dem Kontaktformular zu einem laufenden Hausratschaden.
Achtung: die IBAN ist laut unserer Prüfung ungültig (Prüfziffer falsch),
Kontaktwerk ruft den Kunden deshalb noch einmal an.

Gruß Kundenservice

--- Kontaktformular #CF-2025-05-2207 ---
Name:     Frederik Ahrens
Vertrag:  HR-2290-480113
Schaden:  S-25-112977
Telefon:  0421 5550 1957

Sehr geehrte Damen und Herren,

nach dem Einbruch im März haben Sie mir 2.140 Euro erstattet. Das ist
viel zu wenig. Gestohlen wurden:
- Spiegelreflexkamera Nikon D7500 mit 2 Objektiven (Kaufpreis 1.690 Euro)
- Goldkette meiner Großmutter (Gutachten Juwelier: 1.200 Euro)
- Spielekonsole mit 6 Spielen (ca. 750 Euro)
- Bargeld 300 Euro
Sie haben bei der Kamera "neu für alt" abgezogen, obwohl ich
Neuwertversicherung habe. Bitte überweisen Sie den Rest auf mein neues
Konto: DE45 2519 0001 0733 5188 42.

Ich erwarte eine Antwort innerhalb von 14 Tagen.
Frederik Ahrens, Waller Heerstraße 45, 28219 Bremen
"""
    return M(KS, a('Sach-Schaden', 'sach-schaden@' + INS), 'WG: Kontaktformular – Beschwerde Hausratschaden S-25-112977',
             dt(5, 28, 11, 25), T(body), 'CONFIDENTIAL', 'de', 'customer',
             'customer complaint: name, address, household policy/claim, stolen items; IBAN with a wrong check digit')


def m134():
    body = """siehe Betreff, bitte heute noch. Tel. steht im CRM.
Antwort an die Kundin: ja, wird übernommen (Taxi, Hin- und Rückfahrt),
Belege sammeln und monatlich einreichen.

U. Hahn
"""
    return M(HAHN, KWTEAM, 'Rückruf Fr. Kuhlmann – Chemo-Fahrtkosten KV-4471-602215 – Zusage', dt(5, 28, 12, 40),
             T(body, cte='base64'), 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'subject carries it: named customer, chemotherapy transport costs, KV number; body nearly empty',
             mailer='Microsoft Outlook for iOS')


def m135():
    body = """Liebe Kolleginnen und Kollegen aus Bremen, Leipzig und Lissabon,

nach einem anstrengenden ersten Halbjahr wollen wir gemeinsam feiern:

   Sommerfest Kundenservice & Kontaktwerk
   Freitag, 4. Juli 2025, ab 17 Uhr
   Weserterrassen, Bremen (Osterdeich)

Die Kolleginnen und Kollegen aus Leipzig kommen mit dem Bus, Lissabon
ist per Videoschalte dabei (und bekommt ein Paket mit Bremer Klaben).

Für die Planung des Buffets brauchen wir bis 13. Juni eure Rückmeldung
über das Formular im Intranet:
- Teilnahme ja/nein, mit oder ohne Begleitung
- Essenswünsche: vegetarisch, vegan, ohne Schweinefleisch
- Lebensmittelunverträglichkeiten/Allergien (z. B. glutenfrei,
  laktosefrei, Nüsse) – die Angaben gehen nur an den Caterer und werden
  nach dem Fest gelöscht
- Barrierefreiheit: Wer einen rollstuhlgerechten Zugang oder einen Platz
  nahe am Ausgang braucht, gibt bitte kurz Bescheid

Wir freuen uns auf euch!
Sabine, Lea und das Orga-Team
"""
    return M(SABINE, a('Verteiler Kundenservice', 'vt-kundenservice@' + INS) + ', ' + KWTEAM + ', ' + KWEN,
             'Einladung Sommerfest 04.07.', dt(5, 30, 10, 0), T(body), 'NORMAL', 'de', 'internal',
             'trap: party invitation asking for allergies/accessibility needs in a form; no one named with a condition')


def m136():
    p = pdf(['# Callback sheet - English desk',
             'Ticket: KW-WS-EN-2025-060210-0044       Created: 02/06/2025 10:12',
             'Customer: Mr Tobias Gerlach (German, prefers English - lived in the UK for 20 years)',
             'Policy: KF-2024-0415503, motorcycle, Kawasaki Z900, HB-TG 71',
             'Claim: S-25-118803 - slid on diesel on the Autobahn slip road at Bremen-Arsten, 31/05/2025',
             'Injuries: none reported (rider wore full protective gear)',
             'Damage: fairing, handlebar, exhaust; bike towed to Motorrad Wendt, Bremen',
             'Phone: +49 171 5550 7288 (after 3 pm)',
             '',
             'Customer asks: (1) is the diesel spill a third-party case (road authority)? (2) assessor date',
             '(3) whether his protective clothing (jacket EUR 640, helmet EUR 520) is covered',
             '',
             'Agent: Priya R.'],
            title='Callback sheet S-25-118803', author='Kontaktwerk English Desk')
    body = """Hi Marco,

see attached callback sheet - Mehmet's team will call the customer
tomorrow morning, please tell him if he calls again today.

Sabine
"""
    return M(SABINE, MARCO, 'Callback sheet', dt(6, 2, 15, 30),
             MP('mixed', [T(body, cs='us-ascii', cte='7bit'), A(p, 'application/pdf', 'Callback_S-25-118803_Gerlach_Tobias.pdf')]),
             'CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'harmless body; name and claim number in the file name, PDF with motorcycle claim, plate, phone; no injury')


def m137():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Heitmann,</p>
<p>Sie hatten sich am Wochenende im Chat nach der Erstattung Ihres Krankenhausaufenthalts erkundigt.
Wir haben die Rechnungen inzwischen geprüft.</p>
<p><b>Vertrag:</b> KV-4471-372816, Tarif KomfortPlus (Wahlleistungen stationär)<br>
<b>Aufenthalt:</b> 12.05.&ndash;17.05.2025, DIAKO Bremen, Gynäkologie<br>
<b>Eingriff:</b> laparoskopische Hysterektomie bei Uterus myomatosus (D25.9)</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#e4ebf2"><th align="left">Rechnung</th><th align="right">Betrag</th><th align="right">Erstattung</th></tr>
<tr><td>Allgemeine Krankenhausleistungen (DRG N21B)</td><td align="right">5.912,44 EUR</td><td align="right">5.912,44 EUR</td></tr>
<tr><td>Wahlleistung Zweibettzimmer (5 Tage)</td><td align="right">390,00 EUR</td><td align="right">390,00 EUR</td></tr>
<tr><td>Chefarztbehandlung (GOÄ, Dr. Pietsch)</td><td align="right">2.184,67 EUR</td><td align="right">2.184,67 EUR</td></tr>
<tr><td>Anästhesie (GOÄ)</td><td align="right">702,31 EUR</td><td align="right">702,31 EUR</td></tr>
<tr><td><b>Summe</b></td><td align="right"><b>9.189,42 EUR</b></td><td align="right"><b>9.189,42 EUR</b></td></tr>
</table>
<p>Die allgemeinen Krankenhausleistungen haben wir direkt mit der Klinik abgerechnet, die Arztrechnungen erstatten
wir Ihnen auf Ihr Konto. Ihr Selbstbehalt für 2025 war bereits ausgeschöpft.</p>
<p>Gute Besserung und freundliche Grüße<br>Leistung Kranken<br>Weserstrom Krankenversicherung AG</p>
</body></html>
"""
    return M(a('Leistung Kranken', 'leistung-kranken@' + INS), a('Gudrun Heitmann', 'g.heitmann@postfach.example'),
             'Ihre Krankenhausrechnungen Mai 2025', dt(6, 3, 11, 18), H(html), 'STRICTLY_CONFIDENTIAL', 'de',
             'insurer-to-customer', 'HTML-only with table: named customer, hysterectomy, fibroids D25.9, DRG, GOÄ')


def m138():
    body = """Hallo zusammen / hi all,

hier das Ergebnis unseres Workshops zur neuen Eskalationsmatrix (gilt
ab 16.06. für Leipzig und Lissabon). English summary below.

Stufe  Auslöser                                     an wen            Frist
1      Kunde unzufrieden, Anliegen lösbar           Teamlead KW       sofort
2      2. Rückrufbitte offen / Beschwerde droht     Fachbereich       24 h
3      Beschwerde, Presse, BaFin, Anwalt erwähnt    Beschwerdemgmt.   4 h
M      medizinischer Bezug (Klinik, Notfall,        Dr. Hahn (DE) /   2 h
       psychische Krise -> zusätzlich Protokoll 9)  C. Whitfield (EN)
D      Datenschutzvorfall                           Datenschutz       1 h

Wichtig: Die Eskalationsmail enthält nur Ticketnummer, Stufe und einen
Satz ohne Gesundheitsangaben. Details stehen im Ticket.

English summary:
- Level 1-3 as before, new deadlines (immediately / 24 h / 4 h).
- New level M for anything medical (hospital, emergency, mental health
  crisis): goes to Dr. Hahn (German queue) or Claire Whitfield (English
  desk) within 2 hours; crisis calls also follow protocol 9.
- New level D for data protection incidents: DPO within 1 hour.
- Escalation e-mails contain ticket number, level and one sentence -
  no health details. Everything else stays in the ticket.

Viele Grüße / best regards
Sabine
"""
    return M(SABINE, RONJA + ', ' + MARCO, 'Neue Eskalationsmatrix ab 16.06. / new escalation matrix', dt(6, 4, 14, 20),
             T(body), 'NORMAL', 'mixed', 'insurer-to-callcenter',
             'trap: bilingual escalation matrix (medical level, crisis protocol), no person', cc=HAHN + ', ' + CLAIRE)


def m139():
    body = """Hallo Team Weserstrom,

bitte Frau Kemper heute noch anrufen und die eVB durchgeben, sie steht
bei der Zulassungsstelle Osterholz und das Online-System von uns hängt.

Kundin:       Nadine Kemper, geb. 19.03.2001
Anschrift:    Lindenstraße 8, 27711 Osterholz-Scharmbeck
Neuer Vertrag: KF-2025-0066291 (Haftpflicht + Teilkasko)
Fahrzeug:     Fiat 500, FIN ZFA31200000845127, Halterin ist die Kundin
eVB-Nummer:   K7X4R2M
SF-Einstufung: SF 1/2 über Zweitwagenregelung Mutter (Vertrag
              KF-2014-0377001, Frau Petra Kemper)
Tel.:         0157 5550 6190

Danke!
Mehmet
"""
    return M(MEHMET, KWTEAM, 'EILT: eVB telefonisch an Kundin durchgeben', dt(6, 5, 9, 3),
             T(body), 'CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'eVB request: named customer with birth date, address, VIN, policy, mother\'s policy')


def m140():
    body = """Liebe Kolleginnen und Kollegen,

Chat aus der Nacht, Kundin schreibt Deutsch, Agentin in Lissabon hat auf
Englisch geantwortet (Nachtdienst). Bitte Rechnung prüfen und der Kundin
auf Deutsch antworten.

Claire

[Parlio | session 90a1-66b3 | queue WS-EN-HEALTH (night routing) | 05 Jun 2025]
01:12 Kundin (Melanie Fitschen): Hallo, ich bin im Urlaub an der Algarve
      und war heute Nacht im Krankenhaus in Faro, Nierensteine, furchtbare
      Schmerzen. Die wollen 1.860 Euro, bevor ich gehen darf.
01:13 Agent Ines C.: Hello, I'm sorry, our German colleagues are not
      available at night - is English ok for you? May I have your policy
      number and date of birth?
01:14 Kundin: ok. KV-4471-690372, 27.06.1985
01:15 Agent Ines C.: Thank you, Ms Fitschen. Your travel health cover is
      active. Did the doctors say anything about further treatment?
01:16 Kundin: Ultraschall, 6 mm Stein links, Infusion mit Schmerzmittel,
      sie sagen er geht vielleicht von selbst ab. Ich soll Tamsulosin
      nehmen. Flug nach Hause ist am 10.
01:17 Agent Ines C.: Please pay by card if you can and keep the invoice
      and the medical report. We reimburse it. If you can't pay, call the
      assistance line +49 421 3308-4400 now and they will contact the
      hospital.
01:18 Kundin: Danke, ich zahle mit Karte.
"""
    return M(CLAIRE, a('Leistung Kranken', 'leistung-kranken@' + INS), 'WG: Chat - Krankenhaus Faro (KV-4471-690372)', dt(6, 5, 8, 20),
             T(body), 'STRICTLY_CONFIDENTIAL', 'mixed', 'callcenter',
             'chat German/English: named customer with DOB, kidney stones, hospital abroad, medication')


def m141():
    body = """Hi Marco,

here are the new e-mail templates for the English desk, approved by legal.
Fields in [square brackets] are filled by the CRM. Please remove the old
templates EN-07 to EN-12 from your knowledge base.

EN-21  Receipt of invoice
"Dear [Title] [Surname], thank you for sending us the invoice from
[Provider] dated [Invoice date]. We will review it within [n] working
days. Your reference: [Claim number]."

EN-22  Request for medical report
"Dear [Title] [Surname], to decide on your claim [Claim number] we need
a report from your treating doctor. Please ask [Doctor/Practice] to send
it directly to our medical team using the enclosed form. Please do not
send medical documents by ordinary e-mail."

EN-23  Callback arranged
"Dear [Title] [Surname], as discussed, a member of our [Department]
team will call you on [Date] between [Time window] on [Phone number]."

EN-24  Hospital abroad
"Dear [Title] [Surname], we have issued a guarantee of payment to
[Hospital]. If the hospital asks you for a deposit, please call
+49 421 3308-4400 immediately."

Best
Sabine
"""
    return M(SABINE, MARCO, 'New e-mail templates EN-21 to EN-24', dt(6, 6, 10, 12),
             T(body, cs='us-ascii', cte='7bit'), 'NORMAL', 'en', 'insurer-to-callcenter',
             'trap: reply templates with [placeholders] about medical reports and hospitals, no person')


def m142():
    body = """Liebes Team Weserstrom,

der DWD warnt für morgen Nachmittag (Mittwoch) vor schweren Gewittern
mit Starkregen und Hagel im Raum Bremen/Niedersachsen Nord. Erfahrungs-
gemäß kommen danach sehr viele Schadenmeldungen. Deshalb:

Besetzung
- Mittwoch ab 16 Uhr bis Donnerstag 20 Uhr: +12 Agents aus dem Pool,
  Sach- und Kfz-Queue zusammengelegt
- Voicemail-Ansage "Unwetter" ist vorbereitet und wird von Felix
  aktiviert

Sprachregelung
- Zuerst fragen: Ist jemand in Gefahr? Dann 112, nicht wir.
- Sofortmaßnahmen erlauben: Wasser abpumpen, Notabdichtung, Fotos machen,
  Rechnungen aufheben – Kosten übernehmen wir im Rahmen des Vertrags.
- Elementarschaden (Überschwemmung durch Starkregen) ist nur versichert,
  wenn der Baustein im Vertrag ist. Bitte im CRM prüfen, nicht raten.
- Hagel am Auto: Teilkasko. Keine Termine bei Werkstätten zusagen, wir
  richten Hagelzentren ein.

Erfassung
- Schadenmeldung im CRM mit Ereigniskennzeichen "UW-2025-06" anlegen.

Danke euch!
Pieter de Vries
Sach-Schaden
"""
    return M(PIETER, KWTEAM, 'Unwetterwarnung Mi./Do. – Besetzung und Sprachregelung', dt(6, 10, 15, 5),
             T(body), 'NORMAL', 'de', 'insurer-to-callcenter',
             'trap: storm surge plan (danger to persons, 112, flood cover), no customer')


def m143():
    body = """Hallo Sabine,

die Gefährdungsbeurteilung psychische Belastung für das Team Weserstrom
bei Kontaktwerk ist fertig (Pflicht nach § 5 ArbSchG, wir sind als
Auftraggeber beteiligt, weil die Arbeitsplätze nach unseren Vorgaben
gestaltet sind). Ergebnisse der anonymen Befragung, n = 58 von 73:

Belastung                                          häufig/sehr häufig
Emotional belastende Gespräche (Krankheit, Tod)          64 %
Zeitdruck durch Service Level                            57 %
Rücken-/Nackenbeschwerden                                23 %
Hörprobleme/Tinnitus nach Akustikschock                  11 %
Gefühl, mit Krisenanrufen allein zu sein                 19 %

Maßnahmen (mit Kontaktwerk abgestimmt):
1. Supervision einmal im Monat für die Queues Leistung KV und English
   Desk (externe Psychologin).
2. Nach Krisenanrufen (Protokoll 9) automatisch 30 Minuten Pause.
3. Headsets mit Pegelbegrenzung (bestellt im Februar) an allen Plätzen.
4. Höhenverstellbare Tische für die 12 Plätze, die noch keine haben.

Die Einzelantworten liegen nur bei Kontaktwerks Betriebsärztin; wir
bekommen keine personenbezogenen Ergebnisse (Zellen < 5 unterdrückt).

Gruß
Bernd Kowalski
Arbeitssicherheit
"""
    return M(BERND, SABINE, 'Gefährdungsbeurteilung psychische Belastung Team WS – Ergebnisse', dt(6, 11, 13, 40),
             T(body), 'NORMAL', 'de', 'internal',
             'trap: anonymous workforce health survey (back pain, tinnitus, stress), aggregates with small cells suppressed')


def m144():
    p = pdf(['# Jahresbericht Beschwerdemanagement 2024 – Auszug Kundenservice',
             'Weserstrom Versicherung AG – Beschwerdemanagement – Stand 06/2025',
             '',
             '# 1. Überblick',
             'Beschwerden gesamt: 1.493 (Vorjahr 1.377), davon Kundenservice/Servicecenter: 312.',
             'Bearbeitungsdauer Median: 9 Arbeitstage. Abhilfequote: 41 %.',
             '',
             '# 2. Beschwerdegründe Kundenservice (Anteil)',
             'Erreichbarkeit / Warteschleife ...................................... 38 %',
             'Keine Rückmeldung des Fachbereichs trotz Rückrufbitte ................. 27 %',
             'Falsche oder widersprüchliche Auskunft ................................ 14 %',
             'Tonalität / Verhalten ................................................... 9 %',
             'Umgang mit Gesundheitsdaten am Telefon (zu laut, Angehörige) ............ 6 %',
             'Sonstiges ............................................................... 6 %',
             '',
             '# 3. Schwerpunkte nach Sparte',
             'Krankenversicherung: Rückfragen zu Arztrechnungen, Krankenhaus-Kostenübernahmen und Reha-',
             'Verlängerungen; auffällig viele Beschwerden von Angehörigen pflegebedürftiger Versicherter.',
             'Leben/BU: lange Dauer der Leistungsprüfung, insbesondere bei psychischen Erkrankungen.',
             'Kfz/Sach: Unwetterlagen im Februar und Juni.',
             '',
             '# 4. Maßnahmen 2025',
             'Neue Eskalationsmatrix mit medizinischer Stufe, Schulung Gesundheitsdaten, Rückrufversprechen 2 Werktage.',
             '',
             'Hinweis: Der Bericht enthält keine Einzelfälle und keine personenbezogenen Daten.'],
            title='Jahresbericht Beschwerdemanagement 2024 – Auszug', author='Jonas Petersen')
    body = """Sehr geehrte Frau Dr. Seibert,

anbei der Auszug aus dem Jahresbericht für die Vorstandssitzung, Teil
Kundenservice. Die Zahlen sind mit dem Controlling abgestimmt.

Mit freundlichen Grüßen
Jonas Petersen
"""
    return M(JONAS, a('Dr. Miriam Seibert', 'miriam.seibert@' + INS), 'Jahresbericht Beschwerdemanagement 2024 – Auszug Kundenservice',
             dt(6, 12, 9, 15), MP('mixed', [T(body), A(p, 'application/pdf', 'Jahresbericht_BM_2024_Auszug_KS.pdf')]),
             'NORMAL', 'de', 'internal',
             'trap: PDF annual complaint report with health/BU/care topics, percentages only')


def m145():
    ib = iban('DE', '70010080' + '0498811600')
    body = """Hi Cyber team,

voicemail from an English-speaking customer with private cyber cover.
Transcript below; customer awaits a call back.

Kontaktwerk English Desk

=== VoxScript VX-2025-0612-01044 | 12 Jun 2025 19:40 | +49 152 5550 3807 ===
"Hi, this is Aaron Whitlock, my policy is C Y three three one zero dash
zero two two four eight one, private cyber protection. I bought a garden
sofa from an online shop that turned out to be fake, I paid one thousand
four hundred and fifty euros by bank transfer on the third of June and
nothing arrived, the website is gone. I've reported it to the police
online, reference number is BY-2025-0606-88412. My bank can't get the
money back. The money went from my account, that's @IBAN@, to
some account in Lithuania. Can you tell me if this is covered and what
you need? My e-mail is aaron.whitlock at web-post dot example. Thanks."
=== end ===
""".replace('@IBAN@', ' '.join(grp(ib).split()))
    return M(KS, a('Cyber-Schaden', 'cyber@' + INS), 'FW: Voicemail A. Whitlock - online shop fraud (CY-3310-022481)',
             dt(6, 13, 8, 5), T(body, cs='us-ascii', cte='7bit'), 'CONFIDENTIAL', 'en', 'customer',
             'customer voicemail: name, cyber policy, own IBAN, police reference, loss amount')


def m146():
    rows = [['Ref', 'Insured', 'DOB', 'Policy', 'Country', 'Reason for callback', 'Medical note (for medical team only)', 'Slot'],
            ['EXP-0612-01', 'Ms Charlotte Evans', '25/05/1995', 'IHP-7730-1307', 'UK', 'Final invoice Chiang Mai', 'dengue fever, recovered, platelet count normal', 'Mon 10:00'],
            ['EXP-0612-02', 'Mr Lukas Brenneke', '17/10/1986', 'IHP-7730-1123', 'UAE', 'Ex gratia decision', 'type 1 diabetes E10.11, DKA Feb 2025', 'Mon 10:30'],
            ['EXP-0612-03', 'Mr Karim Nassar', '03/02/1989', 'IHP-7730-1450', 'UAE', 'NICU discharge, follow-up', 'daughter born 31+2 wks, CPAP weaned, discharge planned 20/06', 'Mon 11:00'],
            ['EXP-0612-04', 'Mrs Ingrid Solberg', '11/11/1958', 'IHP-7730-0630', 'CH', 'Rehab invoice', 'TKA right knee 02/06, rehab until 27/06', 'Mon 14:00'],
            ['EXP-0612-05', 'Mr Tobias Harding', '29/07/1981', 'IHP-7730-0982', 'KE', 'Medication shipment', 'NO DETAILS ON PHONE - see case file', 'Mon 15:30']]
    x = xlsx([('Callbacks Mon 16 Jun', rows)], creator='Claire Whitfield', title='Expat callbacks')
    body = """Hi Marco,

callback list for Monday attached. Same procedure as last time: the
agents only confirm the slot, the medical team makes the actual calls.

Thanks,
Claire
"""
    return M(CLAIRE, MARCO, 'Callback list Monday', dt(6, 13, 16, 55),
             MP('mixed', [T(body, cs='us-ascii', cte='7bit'), A(x, CT_XLSX, 'expat_callbacks_2025-06-16.xlsx')]),
             'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-callcenter',
             'harmless body; XLSX with named expat insureds, DOBs, diagnoses (E10.11, dengue, TKA), health policies')


def m147():
    readme = """Testdaten CRM-Schnittstelle Kontaktwerk -> Weserstrom (Release 2025.3)

ALLE Daten in diesem Paket sind frei erfunden. Namen nach dem Muster
"Mustermann/Musterfrau/Beispiel", Vertragsnummern mit Präfix TEST, IBANs
sind die offiziellen Beispiel-IBANs aus den Bankdokumentationen, ICD-Codes
wurden zufällig aus dem öffentlichen Katalog gewählt.

Bitte nur in der Testumgebung crm-test.kontaktwerk.example einspielen.
"""
    csv_txt = """ticket;name;geburtsdatum;vertrag;sparte;iban;icd;notiz
TEST-0001;Erika Mustermann (fiktiv);01.01.1970;TEST-KV-000001;KV;DE89 3704 0044 0532 0130 00;J06.9;Testfall Rückruf Arztrechnung
TEST-0002;Max Mustermann (fiktiv);12.12.1980;TEST-KF-000002;Kfz;;;Testfall Glasschaden
TEST-0003;Berta Beispiel (fiktiv);31.03.1955;TEST-PV-000003;Pflege;;G30.1;Testfall Pflegegrad
TEST-0004;Otto Normalverbraucher (fiktiv);29.02.1988;TEST-UV-000004;Unfall;DE89370400440532013000;S82.6;Testfall Schaltjahr-Geburtstag
"""
    z = zipb([('testdaten_2025.3/README.txt', readme), ('testdaten_2025.3/testfaelle.csv', csv_txt)])
    body = """Hallo Ronja, hallo Jana,

für den Schnittstellentest am Donnerstag hier das Testdatenpaket (ZIP mit
README und CSV). Wie immer: nur fiktive Daten, bitte nichts davon ins
Produktivsystem.

Gruß
Felix
"""
    return M(FELIX, RONJA + ', ' + JANA, 'Testdaten CRM-Schnittstelle Release 2025.3', dt(6, 16, 9, 40),
             MP('mixed', [T(body), A(z, 'application/zip', 'testdaten_2025.3.zip')]),
             'NORMAL', 'de', 'insurer-to-callcenter',
             'trap: ZIP with fictitious test persons, example IBAN, ICD codes and birth dates')


def m148():
    body = """Hallo Team Weserstrom,

bitte Rückruf bei Herrn Lammert wegen seines Motorradschadens. Er hat
sich beschwert, dass er seit einer Woche nichts hört.

Kunde:     Jörg Lammert, Tel. 04203 5550 277
Vertrag:   KF-2020-0199874 (Motorrad, BMW R 1250 GS, VER-JL 12)
Schaden:   S-25-118455, Unfall 01.06. bei Achim: Ausweichmanöver wegen
           eines Radfahrers, Sturz in der Kurve. Fahrer und Sozia
           (Ehefrau) sind laut Polizeibericht unverletzt, beide hatten
           Schutzkleidung. Radfahrer unbekannt, hat nicht angehalten.

Bitte sagen:
- Gutachten liegt vor (Reparatur 7.380 EUR, wirtschaftlich sinnvoll),
  Werkstatt Zweirad Kuhlmann in Achim darf beginnen.
- Vollkasko-SB 500 EUR; Schutzkleidung ist über den Baustein
  "Bikerschutz" bis 1.500 EUR mitversichert – Belege einreichen.
- Rückstufung in der Vollkasko: SF 12 -> SF 8 ab 01.01.2026, Rabattschutz
  besteht nicht.

Danke
Mehmet
"""
    return M(MEHMET, KWTEAM, 'Rückruf Motorradschaden Lammert (S-25-118455)', dt(6, 16, 14, 10),
             T(body, cs='windows-1252', cte='quoted-printable'), 'CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'callback request: named motorcycle customer, policy/claim, plate, SF downgrade; rider and pillion unhurt')


def m149():
    inner_body = """Sehr geehrte Damen und Herren,

wir behandeln Ihre Versicherte Frau Christiane Wöltje (geb. 05.10.1967,
Vers.-Nr. KV-4471-431290) seit dem 02.06.2025 nach ärztlicher Verordnung
(Dr. Kloppenburg, Orthopädie):

Diagnose lt. Verordnung: Zervikobrachialgie links (M53.1), Z. n.
Bandscheibenvorfall HWK 5/6
Heilmittel: 12 x Krankengymnastik (KG), 6 x Manuelle Therapie,
            6 x Wärmetherapie (Fango)

Die Patientin hat uns gesagt, dass Sie die Kosten vorab bestätigen.
Leider fehlt auf der Verordnung die Unterschrift des Arztes, und der
Behandlungsbeginn ist nicht eingetragen. Bitte teilen Sie uns mit, ob
Sie die Verordnung trotzdem akzeptieren oder ob die Patientin eine neue
Verordnung braucht. Die Patientin möchte ungern zum Arzt zurück, weil sie
starke Schmerzen beim Autofahren hat.

Mit freundlichen Grüßen
Physiotherapie am Wall, Anja Dierks
"""
    orig = inner(a('Physiotherapie am Wall', 'info@physio-am-wall.example'), 'leistung-kranken@' + INS,
                 'Anfrage Heilmittelverordnung Wöltje', dt(6, 17, 8, 11), T(inner_body), key='149')
    body = """Hallo Team Weserstrom,

bitte Rückruf bei der Patientin, Details im Anhang. Sagt ihr bitte:
Wir akzeptieren die Verordnung ausnahmsweise, wenn die Praxis die
Unterschrift bis zur Abrechnung nachholen lässt. Sie muss nicht selbst
zum Arzt.

Ulrike Hahn
"""
    return M(HAHN, KWTEAM, 'Rückruf Patientin – siehe Anhang', dt(6, 17, 10, 25),
             MP('mixed', [T(body), RFC822(orig, 'Anfrage_Heilmittelverordnung.eml')]),
             'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-callcenter',
             'harmless body; forwarded rfc822 from physiotherapy practice: named patient with birth date, M53.1, slipped disc')


def m150():
    body = """Liebe Kolleginnen und Kollegen in den Fachbereichen,
liebe Teams in Leipzig und Lissabon,

das erste Halbjahr ist fast vorbei, Zeit für ein kurzes Danke und ein
paar Zahlen:

- 486.000 Kontakte (Telefon, Chat, Voicemail) seit Januar
- Service Level im Mai und Juni wieder über 80 %
- 1.243 Pflegeanträge und 6.900 Krankenhaus-Kostenübernahmen über das
  Servicecenter angestoßen, im Schnitt 2 Tage schneller als 2024
- Rückrufbitten an die Fachbereiche: 92 % innerhalb der Frist erledigt
  (Januar: 71 %)
- 0 meldepflichtige Datenschutzvorfälle seit März

Besonders gefreut hat mich, wie ruhig und professionell ihr mit den
schwierigen Gesprächen umgegangen seid – Menschen in Krisen, Angehörige
nach Todesfällen, Kundinnen und Kunden aus dem Krankenhaus im Ausland.
Das steht in keiner Kennzahl, aber in vielen Dankesschreiben.

Danke euch allen und einen schönen Sommer!
Sabine Krämer
Dienstleistersteuerung Kundenservice
"""
    return M(SABINE, a('Verteiler Kundenservice', 'vt-kundenservice@' + INS) + ', ' + KWTEAM + ', ' + KWEN,
             'Danke für das erste Halbjahr', dt(6, 27, 15, 0),
             MP('alternative', [T(body), H('<html><body style="font-family:Calibri,Arial;font-size:11pt">'
                                           + ''.join('<p>%s</p>' % para.replace('\n', '<br>\n') for para in body.strip().split('\n\n'))
                                           + '</body></html>\n')], preamble=False), 'NORMAL', 'de', 'internal',
             'trap: half-year thank-you with care and hospital figures, crises mentioned generally, no person')


# ================================================================ build and check
LABELS = ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')
LANGS = ('de', 'en', 'mixed')
TARGET = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
# deliberately invalid IBAN (a customer's typo the agent flags in the note)
INVALID_IBAN_OK = {'DE45251900010733518842'}
IBAN_LEN = {'DE': 22, 'AT': 20, 'PT': 25, 'NL': 18, 'GB': 22, 'CH': 21, 'FR': 27, 'ES': 24,
            'IT': 27, 'BE': 16, 'LU': 20, 'IE': 22}


def build_all():
    out = []
    for n in range(1, 151):
        f = globals()['m%03d' % n]
        _CUR[0] = n
        _BCOUNT[0] = 0
        d = f()
        mid = '<%s.d%s-%04d@mail.weserstrom.example>' % (
            hashlib.sha1(('%d|%s|%s' % (n, d['subject'], d['date'])).encode('utf-8')).hexdigest()[:12], NN, n)
        data = msgbytes(d['frm'], d['to'], d['subject'], d['date'], d['part'], cc=d['cc'],
                        extra=d['extra'], mid=mid, cs_subj=d['cs_subj'])
        out.append(('d%s-%04d.eml' % (NN, n), data, d))
    return out


def labels_tsv(built):
    rows = ['file\tlabel\tlang\tkind\treason']
    for fn, _, d in built:
        rows.append('\t'.join(['mails/' + fn, d['label'], d['lang'], d['kind'], d['reason']]))
    return ('\n'.join(rows) + '\n').encode('utf-8')


def write(outdir):
    built = build_all()
    md = os.path.join(outdir, 'mails')
    os.makedirs(md, exist_ok=True)
    for fn, data, _ in built:
        with open(os.path.join(md, fn), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(outdir, 'labels.tsv'), 'wb') as fh:
        fh.write(labels_tsv(built))
    return built


# ---------------------------------------------------------------- check
def _xml_text(b):
    root = ET.fromstring(b)
    return ' '.join(t for t in root.itertext())


def _check_pdf(b, where):
    assert b.startswith(b'%PDF-1.'), where + ': no PDF header'
    assert b.rstrip().endswith(b'%%EOF'), where + ': no %%EOF'
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', b)
    assert m, where + ': no startxref'
    x = int(m.group(1))
    assert b[x:x + 4] == b'xref', where + ': startxref does not point to xref'
    hdr = re.match(rb'xref\s+0 (\d+)\s+', b[x:])
    cnt = int(hdr.group(1))
    pos = x + hdr.end()
    for k in range(cnt):
        ent = b[pos + 20 * k:pos + 20 * k + 20]
        off, _, kind = ent.split()[:3]
        if kind == b'n':
            assert b[int(off):].startswith(b'%d 0 obj' % k), where + ': bad xref entry %d' % k
    for sm in re.finditer(rb'<< /Length (\d+) >>\nstream\n', b):
        ln = int(sm.group(1))
        assert b[sm.end() + ln:sm.end() + ln + 10] == b'\nendstream', where + ': bad stream length'
    return b.decode('latin-1')


def _check_zip(b, where, stats):
    z = zipfile.ZipFile(io.BytesIO(b))
    assert z.testzip() is None, where + ': corrupt zip'
    names = z.namelist()
    texts = []
    for nm in names:
        data = z.read(nm)
        low = nm.lower()
        if low.endswith('.xml') or low.endswith('.rels'):
            texts.append(_xml_text(data))
        elif low.endswith('.pdf'):
            texts.append(_check_pdf(data, where + '/' + nm))
            stats['PDF (in ZIP)'] = stats.get('PDF (in ZIP)', 0) + 1
        elif low.endswith(('.txt', '.csv', '.log', '.ics', '.eml')):
            try:
                texts.append(data.decode('utf-8'))
            except UnicodeDecodeError:
                texts.append(data.decode('cp1252'))
            ext = low.rsplit('.', 1)[1].upper()
            stats[ext + ' (in ZIP)'] = stats.get(ext + ' (in ZIP)', 0) + 1
        elif low.endswith(('.docx', '.xlsx')):
            texts.append(_check_zip(data, where + '/' + nm, stats))
            ext = low.rsplit('.', 1)[1].upper()
            stats[ext + ' (in ZIP)'] = stats.get(ext + ' (in ZIP)', 0) + 1
        elif nm == 'mimetype':
            assert names[0] == 'mimetype', where + ': mimetype not first'
        else:
            raise AssertionError(where + ': unexpected zip member ' + nm)
    return '\n'.join(texts)


def _walk(msg, where, stats, texts):
    ct = msg.get_content_type()
    fn = msg.get_filename()
    if ct.startswith('multipart/'):
        for i, p in enumerate(msg.get_payload()):
            _walk(p, '%s.%d' % (where, i), stats, texts)
        return
    if ct == 'message/rfc822':
        stats['forwarded message/rfc822'] = stats.get('forwarded message/rfc822', 0) + 1
        sub = msg.get_payload()[0]
        for h in ('From', 'To', 'Subject', 'Date'):
            assert sub[h], where + ': forwarded message lacks ' + h
            texts.append(str(sub[h]))
        _walk(sub, where + '/rfc822', stats, texts)
        return
    payload = msg.get_payload(decode=True)
    if ct.startswith('text/') and not fn:
        cs = msg.get_content_charset() or 'us-ascii'
        texts.append(payload.decode(cs))
        stats['body charset ' + cs] = stats.get('body charset ' + cs, 0) + 1
        stats['body cte ' + str(msg['Content-Transfer-Encoding'])] = stats.get('body cte ' + str(msg['Content-Transfer-Encoding']), 0) + 1
        return
    assert fn, where + ': attachment without filename'
    ext = fn.lower().rsplit('.', 1)[-1]
    key = ext.upper()
    stats[key] = stats.get(key, 0) + 1
    if ext == 'pdf':
        texts.append(_check_pdf(payload, where))
    elif ext in ('docx', 'xlsx', 'odt', 'ods', 'zip'):
        texts.append(_check_zip(payload, where, stats))
    elif ext in ('csv', 'txt', 'ics', 'log'):
        cs = msg.get_content_charset() or ('cp1252' if ct == 'application/vnd.ms-excel' else 'utf-8')
        t = payload.decode(cs)
        if ext == 'ics':
            assert t.startswith('BEGIN:VCALENDAR') and t.rstrip().endswith('END:VCALENDAR'), where + ': bad ics'
            assert 'BEGIN:VEVENT' in t and 'DTSTART' in t, where + ': ics without event'
        texts.append(t)
    else:
        raise AssertionError(where + ': unexpected attachment type ' + fn)


ADDR_RE = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
URL_RE = re.compile(r'https?://([A-Za-z0-9.-]+)')
IBAN_RE = re.compile(r'(?<![A-Za-z0-9])(DE|AT|PT|NL|GB|CH|FR|ES|IT|BE|LU|IE)(\d{2})((?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])')


def check():
    errors = []
    built = build_all()
    # 1. byte-identical rebuild
    with tempfile.TemporaryDirectory() as td:
        write(td)
        for fn, data, _ in built:
            p1 = os.path.join(HERE, 'mails', fn)
            p2 = os.path.join(td, 'mails', fn)
            if not os.path.exists(p1):
                errors.append('missing ' + fn)
                continue
            if open(p1, 'rb').read() != data or open(p2, 'rb').read() != data:
                errors.append('rebuild differs: ' + fn)
        if open(os.path.join(HERE, 'labels.tsv'), 'rb').read() != open(os.path.join(td, 'labels.tsv'), 'rb').read():
            errors.append('labels.tsv differs from rebuild')
    extra = sorted(set(os.listdir(os.path.join(HERE, 'mails'))) - {b[0] for b in built})
    if extra:
        errors.append('unexpected files in mails/: %s' % extra)
    # 2. labels
    rows = open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8').read().split('\n')
    assert rows[-1] == ''
    rows = rows[:-1]
    if rows[0] != 'file\tlabel\tlang\tkind\treason':
        errors.append('bad labels header')
    recs = [r.split('\t') for r in rows[1:]]
    if len(recs) != 150:
        errors.append('labels.tsv has %d rows' % len(recs))
    cnt, lang, kinds, cross = {}, {}, {}, {}
    for i, r in enumerate(recs, 1):
        if len(r) != 5:
            errors.append('row %d has %d fields' % (i, len(r)))
            continue
        f, lab, lg, kd, rs = r
        if f != 'mails/d%s-%04d.eml' % (NN, i):
            errors.append('row %d file %s' % (i, f))
        if lab not in LABELS:
            errors.append('row %d label %s' % (i, lab))
        if lg not in LANGS:
            errors.append('row %d lang %s' % (i, lg))
        if not kd or ' ' in kd or not rs.strip():
            errors.append('row %d kind/reason empty' % i)
        cnt[lab] = cnt.get(lab, 0) + 1
        lang[lg] = lang.get(lg, 0) + 1
        kinds[(kd, lab)] = kinds.get((kd, lab), 0) + 1
        cross[(lab, lg)] = cross.get((lab, lg), 0) + 1
    if cnt != TARGET:
        errors.append('label counts %s != %s' % (cnt, TARGET))
    if not (0.55 <= lang.get('de', 0) / 150 <= 0.60 and 0.35 <= lang.get('en', 0) / 150 <= 0.40 and lang.get('mixed', 0) >= 3):
        errors.append('language shares off: %s' % lang)
    # 3. parse every mail
    stats = {}
    top = {}
    for fn, data, d in built:
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
                if not msg[h]:
                    raise AssertionError('missing header ' + h)
            if not str(msg['From']).rstrip('>').endswith('@' + INS):
                raise AssertionError('not sent from the insurer: %s' % msg['From'])
            for h in ('From', 'To', 'Cc', 'Reply-To'):
                for _, ad in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
                    if not ad.endswith('.example'):
                        raise AssertionError('address outside .example: ' + ad)
            email.utils.parsedate_to_datetime(str(msg['Date']))
            ctop = msg.get_content_type()
            top[ctop] = top.get(ctop, 0) + 1
            texts = [str(msg['Subject'])]
            _walk(msg, fn, stats, texts)
            alltext = '\n'.join(texts)
            for m in ADDR_RE.finditer(alltext):
                if not m.group(1).lower().endswith('.example'):
                    raise AssertionError('mail domain outside .example: ' + m.group(0))
            for m in URL_RE.finditer(alltext):
                if not m.group(1).lower().endswith('.example'):
                    raise AssertionError('URL outside .example: ' + m.group(0))
            for m in IBAN_RE.finditer(alltext):
                c = m.group(0).replace(' ', '')
                L = IBAN_LEN[m.group(1)]
                if len(c) < L or 'XX' in c:
                    continue
                c = c[:L]
                if not iban_ok(c) and c not in INVALID_IBAN_OK:
                    raise AssertionError('invalid IBAN ' + c)
        except Exception as e:  # noqa
            errors.append('%s: %s: %s' % (fn, type(e).__name__, e))
    # report
    print('mails: %d   labels: %s' % (len(built), ', '.join('%s %d' % (k, cnt.get(k, 0)) for k in LABELS)))
    print('lang: ' + ', '.join('%s %d' % (k, lang.get(k, 0)) for k in LANGS))
    print('label x lang:')
    for lb in LABELS:
        print('  %-22s %s' % (lb, '  '.join('%s %d' % (lg, cross.get((lb, lg), 0)) for lg in LANGS)))
    print('kind x label:')
    for kd in sorted({k for k, _ in kinds}):
        print('  %-24s %s' % (kd, '  '.join('%s %d' % (lb[:6], kinds.get((kd, lb), 0)) for lb in LABELS)))
    print('top-level types: ' + ', '.join('%s %d' % kv for kv in sorted(top.items())))
    print('parts/attachments: ' + ', '.join('%s %d' % kv for kv in sorted(stats.items())))
    if errors:
        print('CHECK FAILED (%d problems):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('CHECK OK: 150 mails parsed, attachments open, labels valid, rebuild byte-identical')
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    write(HERE)
    print('wrote %d mails and labels.tsv to %s' % (150, HERE))
