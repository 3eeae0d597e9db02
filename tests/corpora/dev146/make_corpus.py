#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel classification corpus dev146 -- generator and checker.

Writes mails/d146-0001.eml ... mails/d146-0150.eml and labels.tsv next to this
file.  `python3 make_corpus.py --check` rebuilds everything in memory, compares
it byte for byte with the files on disk and validates every message.

Python standard library only.  Every mail below is its own hand-written
function; the helpers in this first section only build MIME structure and the
attachment file formats (PDF, DOCX, XLSX, ODT, ODS, ZIP, ICS, CSV).

The invented world: Nordhafen Versicherung AG (Hamburg) and its UK Branch
(London, Manchester service centre) and Irish Branch (Dublin).  All persons,
numbers and addresses are fictitious; every domain ends in `.example`.
"""

import base64
import binascii
import csv
import datetime as _dt
import email
import email.policy
import email.utils
import hashlib
import html as _html
import html.parser
import io
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
import zlib

SEED = 146
PREFIX = 'd146-'
DOMAIN = 'nordhafen.example'
N_MAILS = 150
WANT = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = b'\r\n'

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

MAILS = []          # (function, label, lang, kind, reason)
_CUR = [0]          # number of the mail being built (for ids and boundaries)


def mail(label, lang, kind, reason):
    assert label in WANT, label
    assert lang in ('en', 'de', 'mixed'), lang
    assert '\t' not in reason and '\n' not in reason

    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


def _h(*parts, n=16):
    s = ':'.join(str(p) for p in (SEED, _CUR[0]) + parts)
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]


# --------------------------------------------------------------------------
# dates: UK/IE (GMT/BST) and DE (CET/CEST); EU switch dates 2026
# --------------------------------------------------------------------------

_DST_START = _dt.datetime(2026, 3, 29, 1, 0)   # UTC
_DST_END = _dt.datetime(2026, 10, 25, 1, 0)    # UTC


def when(s, zone='uk', sec=None):
    """'2026-01-14 09:35' local time in zone uk|ie|de -> RFC 5322 date."""
    local = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    assert local.year == 2026
    base = 1 if zone == 'de' else 0
    utc_guess = local - _dt.timedelta(hours=base)
    off = base + (1 if _DST_START <= utc_guess < _DST_END else 0)
    if sec is None:
        sec = int(_h('sec', s), 16) % 60
    local = local.replace(second=sec)
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return email.utils.format_datetime(local.replace(tzinfo=tz))


# --------------------------------------------------------------------------
# MIME building (raw, deterministic)
# --------------------------------------------------------------------------

_POL = email.policy.SMTP


def _fold(name, value):
    return _POL.header_factory(name, value).fold(policy=_POL).encode('ascii')


class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None,
                 preamble=None):
        self.headers = list(headers)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = b''.join(_fold(k, v) for k, v in self.headers) + CRLF
        if self.children is None:
            return out + self.body
        b = self.boundary.encode('ascii')
        if self.preamble:
            out += self.preamble.encode('ascii') + CRLF
        for c in self.children:
            out += b'--' + b + CRLF + c.render() + CRLF
        out += b'--' + b + b'--' + CRLF
        return out


_CTE = {'qp': 'quoted-printable', 'b64': 'base64', '7bit': '7bit',
        '8bit': '8bit'}


def _encode(raw, cte):
    """raw: bytes with LF line ends (text) -> encoded body with CRLF."""
    if cte == '7bit':
        assert max(raw or b'\0') < 128, 'non-ascii in 7bit part'
        return raw.replace(b'\n', CRLF)
    if cte == '8bit':
        return raw.replace(b'\n', CRLF)
    if cte == 'qp':
        enc = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
        return enc.replace(b'\n', CRLF)
    if cte == 'b64':
        return base64.encodebytes(raw.replace(b'\n', CRLF)).replace(b'\n', CRLF)
    raise ValueError(cte)


def _norm(text):
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    return text


def T(text, sub='plain', cs='utf-8', cte='qp', flowed=False, headers=()):
    """A text leaf.  cte: qp | b64 | 7bit | 8bit."""
    text = _norm(text)
    raw = text.encode(cs)          # strict: the text must fit the charset
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct += '; format=flowed'
    hs = [('Content-Type', ct), ('Content-Transfer-Encoding', _CTE[cte])]
    hs.extend(headers)
    return Part(hs, _encode(raw, cte))


def A(data, ctype, filename, cte='b64', disp='attachment', extra=()):
    """An attachment leaf; data is bytes."""
    if cte == 'b64':
        body = base64.encodebytes(data).replace(b'\n', CRLF)
    elif cte == 'qp':
        body = binascii.b2a_qp(data, istext=True).replace(b'\n', CRLF)
    else:
        body = data.replace(b'\r\n', b'\n').replace(b'\n', CRLF)
        if not body.endswith(CRLF):
            body += CRLF
    hs = [('Content-Type', '%s; name="%s"' % (ctype, filename)),
          ('Content-Disposition', '%s; filename="%s"' % (disp, filename)),
          ('Content-Transfer-Encoding', _CTE[cte])]
    hs.extend(extra)
    return Part(hs, body)


def RFC822(inner, filename=None):
    """Attach a complete message (bytes, CRLF) as message/rfc822."""
    hs = [('Content-Type', 'message/rfc822')]
    if filename:
        hs.append(('Content-Disposition', 'attachment; filename="%s"' % filename))
    hs.append(('Content-Transfer-Encoding',
               '7bit' if max(inner) < 128 else '8bit'))
    body = inner if inner.endswith(CRLF) else inner + CRLF
    return Part(hs, body)


_BSTYLE = {
    'outlook': lambda k: '_%03d_%s%s_' % (k, _h('b', k, n=8).upper(),
                                          'EURP195MB' + _h('c', k, n=4).upper()),
    'thunderbird': lambda k: '------------' + _h('b', k, n=24),
    'apple': lambda k: 'Apple-Mail=_%s-%s-%s' % (_h('b', k, n=8).upper(),
                                                  _h('c', k, n=4).upper(),
                                                  _h('d', k, n=12).upper()),
    'system': lambda k: '=_NH_%s_%d' % (_h('b', k, n=20), k),
    'gmail': lambda k: '0000000000' + _h('b', k, n=18),
}
_BCOUNT = [0]


def M(sub, *children, style='outlook', preamble=None, headers=()):
    _BCOUNT[0] += 1
    bnd = _BSTYLE[style](_BCOUNT[0])
    hs = [('Content-Type', 'multipart/%s; boundary="%s"' % (sub, bnd))]
    hs.extend(headers)
    return Part(hs, children=list(children), boundary=bnd, preamble=preamble)


MAILERS = {
    'outlook': [('X-Mailer', 'Microsoft Outlook 16.0')],
    'owa': [('X-MS-Exchange-Organization-AuthAs', 'Internal')],
    'thunderbird': [('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; '
                     'rv:128.0) Gecko/20100101 Thunderbird/128.6.0')],
    'iphone': [('X-Mailer', 'iPhone Mail (22D82)')],
    'system': [('X-Mailer', 'Nordhafen Korrespondenz 4.2')],
    'crm': [('X-Mailer', 'Nordhafen CRM Mailer 2.8 (UK&I)')],
    'none': [],
}


def addr(p):
    if isinstance(p, str):
        return p
    name, a = p
    if not name:
        return a
    if re.search(r'[.,;:()<>\[\]@"]', name):
        return '"%s" <%s>' % (name.replace('"', ''), a)
    return email.utils.formataddr((name, a))


def mid(host='EXUKPR01.nordhafen.example', tag=''):
    return '<%s%s@%s>' % (_h('mid', tag, n=24).upper(), tag, host)


def msg(frm, to, subject, date, body, cc=(), reply_to=None, irt=None,
        refs=None, mailer='outlook', lang='en-GB', extra=(), msgid=None,
        importance=None):
    def _one(x):
        return isinstance(x, str) or (isinstance(x, tuple) and len(x) == 2
                                      and isinstance(x[0], str))
    if _one(to):
        to = [to]
    if _one(cc):
        cc = [cc]
    hs = []
    if mailer == 'outlook':
        hs += [('Thread-Topic', re.sub(r'^(?:(?:RE|AW|FW|WG|Fwd|FW)\s*:\s*)+',
                                       '', subject, flags=re.I) or subject),
               ('Thread-Index', base64.b64encode(
                   bytes.fromhex(_h('ti', n=44))).decode('ascii'))]
    hs += [('From', addr(frm)),
           ('To', ', '.join(addr(x) for x in to))]
    if cc:
        hs.append(('Cc', ', '.join(addr(x) for x in cc)))
    if reply_to:
        hs.append(('Reply-To', addr(reply_to)))
    if msgid is None:
        fa = frm[1] if isinstance(frm, tuple) else frm
        office = 'uk'
        for st in globals().get('S', {}).values():
            if st.addr == fa and st.office == 'dublin':
                office = 'ie'
        if mailer in ('outlook', 'owa'):
            msgid = mid('EX%sPR0%d.%s' % (office.upper(), 1 + int(_h('x'), 16) % 3,
                                          DOMAIN))
        elif mailer == 'thunderbird':
            u = _h('tb', n=32)
            msgid = '<%s-%s-%s-%s-%s@%s>' % (u[:8], u[8:12], u[12:16], u[16:20],
                                             u[20:], DOMAIN)
        elif mailer == 'iphone':
            u = _h('ip', n=32).upper()
            msgid = '<%s-%s-%s-%s-%s@%s>' % (u[:8], u[8:12], u[12:16], u[16:20],
                                             u[20:], DOMAIN)
        else:
            msgid = '<%s.%s@mailout.%s>' % (_h('sys', n=20), mailer, DOMAIN)
    hs += [('Subject', subject), ('Date', date), ('Message-ID', msgid)]
    if irt:
        hs.append(('In-Reply-To', irt))
        hs.append(('References', refs or irt))
    if importance:
        hs.append(('Importance', importance))
    if lang and mailer in ('outlook', 'thunderbird', 'owa'):
        hs.append(('Content-Language', lang))
    hs += MAILERS[mailer]
    hs += list(extra)
    hs.append(('MIME-Version', '1.0'))
    top = Part(hs + body.headers, body.body, body.children, body.boundary,
               body.preamble)
    if body.children is not None and top.preamble is None:
        top.preamble = 'This is a multi-part message in MIME format.'
    return top.render()


# --------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------

def esc(s):
    return _html.escape(s, quote=False)


def html_paras(text):
    """Plain text -> HTML paragraphs (blank line = new paragraph)."""
    out = []
    for block in _norm(text).strip('\n').split('\n\n'):
        lines = [esc(x) for x in block.split('\n')]
        if all(x.startswith('&gt;') for x in lines):
            out.append('<blockquote style="border-left:2px solid #ccc;'
                       'margin:0 0 0 6px;padding-left:8px">'
                       + '<br>\n'.join(x[4:].lstrip() for x in lines)
                       + '</blockquote>')
        else:
            out.append('<p class="MsoNormal">' + '<br>\n'.join(lines) + '</p>')
    return '\n'.join(out)


def html_doc(inner, title='', lang='en-GB', outlook=True):
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'lang="%s">\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8">\n' % lang)
    if outlook:
        head += ('<meta name="Generator" content="Microsoft Word 15 '
                 '(filtered medium)">\n<style><!--\np.MsoNormal {margin:0cm;'
                 'font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
                 'div.WordSection1 {page:WordSection1;}\n--></style>\n')
    if title:
        head += '<title>%s</title>\n' % esc(title)
    body = ('</head>\n<body lang="%s" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (lang, inner))
    return head + body


def html_table(rows, header=True, border=True):
    st = ' border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse"' if border else ''
    out = ['<table%s>' % st]
    for i, r in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, esc(str(c)), tag)
                                    for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        lines.append('  '.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            lines.append('  '.join('-' * x for x in w))
    return '\n'.join(lines)


# --------------------------------------------------------------------------
# attachment formats
# --------------------------------------------------------------------------

_ZDATE = (2026, 1, 1, 0, 0, 0)


def _zip(members, zdate=None, stored_first=False):
    """members: list of (name, bytes). Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=zdate or _ZDATE)
            zi.compress_type = (zipfile.ZIP_STORED if stored_first and i == 0
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


def zip_files(members, when_=(2026, 1, 1, 12, 0, 0)):
    return _zip([(n, d if isinstance(d, bytes) else d.encode('utf-8'))
                 for n, d in members], zdate=when_)


def _x(s):
    return _html.escape(str(s), quote=True)


_XMLHEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core_xml(title, author, created):
    return (_XMLHEAD +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/'
            'dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://'
            'www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(author), _x(author),
                                      created, created))


def _app_xml(app):
    return (_XMLHEAD + '<Properties xmlns="http://schemas.openxmlformats.org/'
            'officeDocument/2006/extended-properties"><Application>%s'
            '</Application></Properties>' % _x(app))


def _w_run(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(text))


def docx(blocks, title='', author='Nordhafen UK&I',
         created='2026-01-01T09:00:00Z'):
    """blocks: str (paragraph), ('h', str) heading, ('b', str) bold
    paragraph, ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p>%s</w:p>' % _w_run(b))
        elif b[0] in ('h', 'b'):
            sz = '<w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>' if b[0] == 'h' else ''
            body.append('<w:p>%s%s</w:p>' % (sz, _w_run(b[1], True)))
        elif b[0] == 'table':
            rows = b[1]
            ncol = len(rows[0])
            cw = 9000 // ncol
            bd = ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % s
                         for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>%s'
                 '</w:tblBorders></w:tblPr><w:tblGrid>%s</w:tblGrid>'
                 % (bd, ''.join('<w:gridCol w:w="%d"/>' % cw for _ in range(ncol)))]
            for i, r in enumerate(rows):
                t.append('<w:tr>' + ''.join(
                    '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>'
                    % (cw, _w_run(str(c), i == 0)) for c in r) + '</w:tr>')
            t.append('</w:tbl>')
            body.append(''.join(t))
            body.append('<w:p/>')
        else:
            raise ValueError(b)
    doc = (_XMLHEAD + '<w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body>' + ''.join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" '
           'w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
           'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    ct = (_XMLHEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/'
          '2006/content-types"><Default Extension="rels" ContentType="application/'
          'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
          'ContentType="application/xml"/><Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/><Override PartName="/docProps/'
          'core.xml" ContentType="application/vnd.openxmlformats-package.core-'
          'properties+xml"/><Override PartName="/docProps/app.xml" ContentType='
          '"application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = (_XMLHEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/><Relationship '
            'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    zd = tuple(int(x) for x in re.split('[-T:Z]', created)[:6])
    return _zip([('[Content_Types].xml', ct.encode()),
                 ('_rels/.rels', rels.encode()),
                 ('docProps/core.xml', _core_xml(title, author, created).encode()),
                 ('docProps/app.xml', _app_xml('Microsoft Office Word').encode()),
                 ('word/document.xml', doc.encode())], zdate=zd)


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='', author='Nordhafen UK&I',
         created='2026-01-01T09:00:00Z'):
    """sheets: list of (name, rows); first row bold; int/float -> number."""
    ws = []
    for name, rows in sheets:
        out = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(r):
                ref = '%s%d' % (_col(ci), ri)
                st = ' s="1"' if ri == 1 else ''
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, st, _x(v)))
            out.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        ws.append(_XMLHEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/'
                  'spreadsheetml/2006/main"><sheetData>' + ''.join(out) +
                  '</sheetData></worksheet>')
    n = len(sheets)
    ct = (_XMLHEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/'
          '2006/content-types"><Default Extension="rels" ContentType="application/'
          'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
          'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
          'sheet.main+xml"/>' + ''.join(
              '<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="'
              'application/vnd.openxmlformats-officedocument.spreadsheetml.'
              'worksheet+xml"/>' % (i + 1) for i in range(n)) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override '
          'PartName="/docProps/core.xml" ContentType="application/vnd.'
          'openxmlformats-package.core-properties+xml"/><Override PartName="/'
          'docProps/app.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.extended-properties+xml"/></Types>')
    rels = (_XMLHEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/><Relationship '
            'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = (_XMLHEAD + '<workbook xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
          'officeDocument/2006/relationships"><sheets>' + ''.join(
              '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(nm), i + 1, i + 1)
              for i, (nm, _) in enumerate(sheets)) + '</sheets></workbook>')
    wbrels = (_XMLHEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/'
              'package/2006/relationships">' + ''.join(
                  '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/relationships/worksheet" Target="worksheets/'
                  'sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n)) +
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/'
              'officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>' % (n + 1))
    styles = (_XMLHEAD + '<styleSheet xmlns="http://schemas.openxmlformats.org/'
              'spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/>'
              '<name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/>'
              '</font></fonts><fills count="2"><fill><patternFill patternType="none"/>'
              '</fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/>'
              '</border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" '
              'fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf '
              'numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf '
              'numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" '
              'builtinId="0"/></cellStyles></styleSheet>')
    zd = tuple(int(x) for x in re.split('[-T:Z]', created)[:6])
    mem = [('[Content_Types].xml', ct), ('_rels/.rels', rels),
           ('docProps/core.xml', _core_xml(title, author, created)),
           ('docProps/app.xml', _app_xml('Microsoft Excel')),
           ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
           ('xl/styles.xml', styles)]
    mem += [('xl/worksheets/sheet%d.xml' % (i + 1), w) for i, w in enumerate(ws)]
    return _zip([(a, b.encode('utf-8')) for a, b in mem], zdate=zd)


_ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _od_table(name, rows):
    ncol = max(len(r) for r in rows)
    t = ['<table:table table:name="%s"><table:table-column '
         'table:number-columns-repeated="%d"/>' % (_x(name), ncol)]
    for r in rows:
        cells = []
        for v in r:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" '
                             'office:value="%s"><text:p>%s</text:p></table:table-cell>'
                             % (repr(v), v))
            elif v is None or v == '':
                cells.append('<table:table-cell/>')
            else:
                cells.append('<table:table-cell office:value-type="string">'
                             '<text:p>%s</text:p></table:table-cell>' % _x(v))
        t.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
    t.append('</table:table>')
    return ''.join(t)


def _odf(kind, inner, title, author, created):
    mt = 'application/vnd.oasis.opendocument.' + kind
    content = (_XMLHEAD + '<office:document-content %s office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>'
               % (_ODNS, inner))
    styles = (_XMLHEAD + '<office:document-styles %s office:version="1.2"/>'
              % _ODNS)
    meta = (_XMLHEAD + '<office:document-meta %s office:version="1.2">'
            '<office:meta><meta:generator>LibreOffice/24.8</meta:generator>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>%s</meta:creation-date></office:meta>'
            '</office:document-meta>' % (_ODNS, _x(title), _x(author),
                                          created.rstrip('Z')))
    manifest = (_XMLHEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:'
                'tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="%s"/><manifest:file-entry manifest:full-path='
                '"content.xml" manifest:media-type="text/xml"/><manifest:file-entry '
                'manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>' % mt)
    zd = tuple(int(x) for x in re.split('[-T:Z]', created)[:6])
    return _zip([('mimetype', mt.encode('ascii')),
                 ('content.xml', content.encode('utf-8')),
                 ('styles.xml', styles.encode('utf-8')),
                 ('meta.xml', meta.encode('utf-8')),
                 ('META-INF/manifest.xml', manifest.encode('utf-8'))],
                zdate=zd, stored_first=True)


def odt(blocks, title='', author='Nordhafen UK&I', created='2026-01-01T09:00:00Z'):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<text:p>%s</text:p>' % _x(b))
        elif b[0] == 'h':
            out.append('<text:h text:outline-level="1">%s</text:h>' % _x(b[1]))
        elif b[0] == 'b':
            out.append('<text:p>%s</text:p>' % _x(b[1]))
        elif b[0] == 'table':
            out.append(_od_table('Table%d' % len(out), b[1]))
    return _odf('text', '<office:text>%s</office:text>' % ''.join(out),
                title, author, created)


def ods(sheets, title='', author='Nordhafen UK&I', created='2026-01-01T09:00:00Z'):
    inner = '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(
        _od_table(n, r) for n, r in sheets)
    return _odf('spreadsheet', inner, title, author, created)


_PDF_MAP = str.maketrans({'\u2264': '<=', '\u2265': '>=', '\u2192': '->',
                          '\u2212': '-', '\u2009': ' ', '\u202f': ' '})


def _pdf_str(s):
    b = s.translate(_PDF_MAP).encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def _wrap(line, width=92):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = '    ' + w if line.startswith('    ') else w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def pdf(lines, title='', author='Nordhafen Versicherung AG',
        created='20260101090000', producer='Nordhafen Korrespondenz 4.2',
        compress=True):
    """A small valid PDF with a real text layer (Helvetica, WinAnsi).
    lines: list of str; a str starting with '# ' is set in bold; '\f' = new page."""
    flat = []
    for ln in lines:
        if ln == '\f':
            flat.append(ln)
            continue
        bold = ln.startswith('# ')
        for w in _wrap(ln[2:] if bold else ln):
            flat.append(('B', w) if bold else ('R', w))
    pages, cur = [], []
    for item in flat:
        if item == '\f' or len(cur) >= 54:
            pages.append(cur)
            cur = []
            if item == '\f':
                continue
        cur.append(item)
    pages.append(cur)
    objs = {}
    npages = len(pages)
    kids = ' '.join('%d 0 R' % (6 + 2 * i) for i in range(npages))
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, npages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = (b'<< /Title (' + _pdf_str(title) + b') /Author (' + _pdf_str(author) +
               b') /Producer (' + _pdf_str(producer) + b') /CreationDate (D:' +
               created.encode() + b'Z) >>')
    for i, pg in enumerate(pages):
        cs = [b'BT', b'14 TL', b'56 790 Td']
        for kind, text in pg:
            font = b'/F2 10 Tf' if kind == 'B' else b'/F1 10 Tf'
            cs.append(font + b' (' + _pdf_str(text) + b') Tj T*')
        cs.append(b'ET')
        stream = b'\n'.join(cs) + b'\n'
        if compress:
            data = zlib.compress(stream, 9)
            sd = b'<< /Length %d /Filter /FlateDecode >>' % len(data)
        else:
            data = stream
            sd = b'<< /Length %d >>' % len(data)
        objs[7 + 2 * i] = sd + b'\nstream\n' + data + b'\nendstream'
        objs[6 + 2 * i] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                           '/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> '
                           '/Contents %d 0 R >>' % (7 + 2 * i)).encode()
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    size = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size
    for k in range(1, size):
        out += b'%010d 00000 n \n' % offs[k]
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (size, xref))
    return out


def _ics_esc(s):
    return (s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\n', '\\n'))


def _ics_fold(line):
    b = line.encode('utf-8')
    out = []
    while len(b) > 75:
        cut = 75 if not out else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
    out.append(b)
    return b'\r\n '.join(out)


def ics(uid, summary, start, end, organizer, attendees=(), location='',
        description='', method='REQUEST', stamp='20260101T090000Z'):
    """start/end: 'YYYYMMDDTHHMMSSZ' (UTC)."""
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
         'VERSION:2.0', 'METHOD:%s' % method, 'BEGIN:VEVENT',
         'UID:%s' % uid, 'DTSTAMP:%s' % stamp, 'DTSTART:%s' % start,
         'DTEND:%s' % end, 'SUMMARY:%s' % _ics_esc(summary)]
    if location:
        L.append('LOCATION:%s' % _ics_esc(location))
    if description:
        L.append('DESCRIPTION:%s' % _ics_esc(description))
    L.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for n, a in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, a))
    L += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return b'\r\n'.join(_ics_fold(x) for x in L) + b'\r\n'


def csv_bytes(rows, cs='utf-8', delim=',', bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(cs)
    return (b'\xef\xbb\xbf' + data) if bom else data


# MIME types used for attachments
CT_PDF = 'application/pdf'
CT_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
CT_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
CT_ODT = 'application/vnd.oasis.opendocument.text'
CT_ODS = 'application/vnd.oasis.opendocument.spreadsheet'
CT_ZIP = 'application/zip'
CT_ICS = 'text/calendar; method=REQUEST; charset="utf-8"'


def ICS(data, filename='invite.ics'):
    return A(data, 'text/calendar; method=REQUEST; charset="utf-8"', filename,
             cte='7bit' if max(data) < 128 else 'b64')


def CSV(data, filename, cs='utf-8', ctype='text/csv', cte='b64'):
    ct = '%s; charset="%s"' % (ctype, cs) if ctype.startswith('text/') else ctype
    return A(data, ct, filename, cte=cte)

# --------------------------------------------------------------------------
# people, signatures, footers (the same person always signs the same way)
# --------------------------------------------------------------------------

OFFICES = {
    'london': ('Nordhafen Insurance | UK Branch',
               '40 Mincing Row, London EC3R 7NH'),
    'salford': ('Nordhafen Insurance | UK Service Centre',
                'Quay House, 12 Quay Walk, Salford M50 3QX'),
    'dublin': ('Nordhafen Insurance Ireland',
               '7 Wilton Basin, Dublin 2, D02 XK46'),
}


class Staff:
    def __init__(self, name, local, title, office, phone, mobile=None,
                 pronoun=None):
        self.name = name
        self.addr = local + '@' + DOMAIN
        self.title = title
        self.office = office
        self.phone = phone
        self.mobile = mobile
        self.first = name.split()[0]

    @property
    def a(self):
        return (self.name, self.addr)


S = {
    'oliver': Staff('Oliver Pennington', 'oliver.pennington', 'Motor Claims Handler',
                    'salford', '0161 496 0412'),
    'priya': Staff('Priya Raman', 'priya.raman',
                   'Senior Underwriter, Protection (Life & Critical Illness)',
                   'london', '020 7946 0238'),
    'gareth': Staff('Gareth Hughes', 'gareth.hughes',
                    'Broker Account Manager, Group Risk', 'london',
                    '020 7946 0571', '07700 900 318'),
    'hannah': Staff('Hannah Whitfield', 'hannah.whitfield',
                    'Team Leader, Personal Lines Customer Service', 'salford',
                    '0161 496 0150'),
    'tom': Staff('Tom Ashworth', 'tom.ashworth',
                 'Property Claims Technical Manager', 'salford', '0161 496 0733',
                 '07700 900 642'),
    'rachel': Staff('Rachel Okafor', 'rachel.okafor',
                    'Claims Assessor, Income Protection', 'salford',
                    '0161 496 0281'),
    'daniel': Staff('Daniel Frost', 'daniel.frost',
                    'Data Protection Officer, UK & Ireland', 'london',
                    '020 7946 0119'),
    'emma': Staff('Emma Clarke', 'emma.clarke',
                  'Marketing & Communications Manager', 'london', '020 7946 0460'),
    'simon': Staff('Simon Bancroft', 'simon.bancroft', 'Facilities Manager',
                   'london', '020 7946 0903', '07700 900 127'),
    'lucy': Staff('Lucy Harrington', 'lucy.harrington',
                  'Litigation Manager, Casualty Claims', 'london', '020 7946 0347'),
    'siobhan': Staff('Siobhán Kelly', 'siobhan.kelly',
                     'Claims Manager, Motor & Liability', 'dublin', '+353 1 554 0231'),
    'niamh': Staff('Niamh Gallagher', 'niamh.gallagher',
                   'Senior Claims Handler, International Health', 'dublin',
                   '+353 1 554 0187'),
    'conor': Staff('Conor Doyle', 'conor.doyle', 'Underwriter, Commercial Lines',
                   'dublin', '+353 1 554 0264', '+353 87 900 4410'),
    'aoife': Staff('Aoife Brennan', 'aoife.brennan', 'Head of Claims, Ireland',
                   'dublin', '+353 1 554 0200'),
    'ciaran': Staff('Ciarán Murphy', 'ciaran.murphy', 'IT Service Desk',
                    'dublin', '+353 1 554 0399'),
    'declan': Staff('Declan Walsh', 'declan.walsh', 'Credit Control',
                    'dublin', '+353 1 554 0312'),
    'grainne': Staff("Gráinne O'Sullivan", 'grainne.osullivan',
                     'Account Manager, Group Risk Ireland', 'dublin',
                     '+353 1 554 0277', '+353 86 900 7713'),
    'james': Staff('James Whitcombe', 'james.whitcombe',
                   'Head of Reinsurance & Actuarial Liaison, UK & Ireland',
                   'london', '020 7946 0088'),
    'sophie': Staff('Sophie Laing', 'sophie.laing',
                    'Travel & Assistance Claims Handler', 'salford', '0161 496 0655'),
    'ben': Staff('Ben Carter', 'ben.carter', 'Counter Fraud Investigator',
                 'salford', '0161 496 0904'),
    'megan': Staff('Megan Price', 'megan.price',
                   'Team Leader, Health Claims (PMI)', 'salford', '0161 496 0526'),
    'katie': Staff('Katie Morrissey', 'katie.morrissey', 'Customer Service Advisor',
                   'dublin', '+353 1 554 0150'),
    'mark': Staff('Mark Ellison', 'mark.ellison', 'Procurement Manager',
                  'london', '020 7946 0702'),
    'laura': Staff('Laura Fitzgerald', 'laura.fitzgerald',
                   'HR Business Partner, UK & Ireland', 'dublin', '+353 1 554 0145'),
    'fergus': Staff('Fergus McBride', 'fergus.mcbride',
                    'Claims Handler, Personal Accident & Life', 'dublin',
                    '+353 1 554 0219'),
    'amrit': Staff('Amrit Sandhu', 'amrit.sandhu',
                   'Medical Underwriting Assistant', 'london', '020 7946 0240'),
    'eoin': Staff('Eoin Fitzpatrick', 'eoin.fitzpatrick',
                  'Customer Service Advisor, German Desk', 'dublin',
                  '+353 1 554 0166'),
    'chloe': Staff('Chloe Barnes', 'chloe.barnes', 'Broker Support Executive',
                   'salford', '0161 496 0177'),
}

# colleagues at head office in Hamburg (recipients)
HH = {
    'jens': ('Jens Petersen', 'jens.petersen@' + DOMAIN),
    'kroeger': ('Dr. Sabine Kröger', 'sabine.kroeger@' + DOMAIN),
    'hansen': ('Birgit Hansen', 'birgit.hansen@' + DOMAIN),
    'meiners': ('Frank Meiners', 'frank.meiners@' + DOMAIN),
    'brandt': ('Ute Brandt', 'ute.brandt@' + DOMAIN),
    'albers': ('Matthias Albers', 'matthias.albers@' + DOMAIN),
    'wittkamp': ('Anja Wittkamp', 'anja.wittkamp@' + DOMAIN),
    'stueve': ('Holger Stüve', 'holger.stueve@' + DOMAIN),
    'luedtke': ('Kerstin Lüdtke', 'kerstin.luedtke@' + DOMAIN),
    'reimers': ('Tobias Reimers', 'tobias.reimers@' + DOMAIN),
    'vossberg': ('Dirk Vossberg', 'dirk.vossberg@' + DOMAIN),
    'janssen': ('Heike Janssen', 'heike.janssen@' + DOMAIN),
    'behrens': ('Marco Behrens', 'marco.behrens@' + DOMAIN),
}

FOOT_UK = """\
--
Nordhafen Insurance is a trading name of Nordhafen Versicherung AG, UK Branch,
40 Mincing Row, London EC3R 7NH, registered in England and Wales as a branch,
no. BR021460. Nordhafen Versicherung AG is authorised by BaFin (Germany) and by
the Prudential Regulation Authority, and is subject to regulation by the
Financial Conduct Authority and limited regulation by the Prudential Regulation
Authority. Firm Reference Number 914146.

This e-mail and any attachment are confidential and may be privileged. If you
are not the intended recipient, please tell the sender and delete it; do not
copy it or disclose its content to anyone.
"""

FOOT_IE = """\
--
Nordhafen Insurance Ireland is a trading name of Nordhafen Versicherung AG,
Irish Branch, 7 Wilton Basin, Dublin 2, D02 XK46, registered in Ireland as a
branch, no. 909146. Nordhafen Versicherung AG is authorised by BaFin in Germany
and is regulated by the Central Bank of Ireland for conduct of business rules.

The information in this e-mail is confidential and intended only for the
addressee. If you received it in error, please let us know and delete it.
"""

FOOT_HH = """\
--
Nordhafen Versicherung AG | Sitz Hamburg | Amtsgericht Hamburg HRB 146146
Vorstand: Dr. Ulrich Harms (Vors.), Christine Wendt, Peter Oltmanns
Vorsitzende des Aufsichtsrats: Dr. Gesa Feddersen
"""


def sig(key, style='full', lang='en'):
    p = S[key]
    firm, street = OFFICES[p.office]
    if style == 'first':
        return p.first
    if style == 'short':
        return '%s\n%s | %s' % (p.name, p.title, firm)
    if style == 'mobile':
        return '%s\n%s\n\nSent from my iPhone' % (p.first, p.title)
    lines = [p.name, p.title, firm, street,
             ('Tel.: ' if lang == 'de' else 'T: ') + p.phone]
    if p.mobile:
        lines.append(('Mobil: ' if lang == 'de' else 'M: ') + p.mobile)
    lines.append(p.addr)
    return '\n'.join(lines)


def foot(key):
    return FOOT_IE if S[key].office == 'dublin' else FOOT_UK

# ==========================================================================
# MAILS 0001-0025
# ==========================================================================

@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'GP report request for a named life/CI applicant with DOB, disclosed hypertension and ramipril; signed AMRA consent PDF attached')
def m0001():
    p = S['priya']
    body = """\
Dear Dr Ashby,

Re: Mr Daniel Okonkwo, date of birth 14/02/1979
    12 Fernhill Road, Bristol BS6 7QA
    Our reference: PRT-2026-04417

Mr Okonkwo has applied to us for level term life cover of GBP 350,000 with
critical illness cover of GBP 150,000 over 25 years. He has named you as his
registered GP and has given his consent under the Access to Medical Reports
Act 1988 for us to ask you for a report. A copy of his signed consent is
attached. He has asked to see the report before it is sent to us, so please
allow him 21 days to contact you before you release it.

On his application Mr Okonkwo told us about:

  - high blood pressure, diagnosed in 2021, treated with ramipril 5 mg daily
  - a right knee arthroscopy in 2019 after a football injury

It would help us greatly if your report could cover:

  1. the three most recent blood pressure readings with dates;
  2. any investigations for heart, kidney or eye complications;
  3. whether he has ever been referred to a specialist for his blood pressure;
  4. his smoking status and alcohol intake as recorded;
  5. any other condition you think we should know about for life and
     critical illness cover.

Our fee for a GP report is GBP 115; please send your invoice quoting our
reference with the report. You can reply securely through the link in this
e-mail or post the report to the address below.

Thank you for your help.

Yours sincerely,

""" + sig('priya') + '\n\n' + FOOT_UK
    consent = pdf([
        '# Nordhafen Insurance - Consent to obtain a medical report',
        '# Access to Medical Reports Act 1988',
        '',
        'Applicant: Mr Daniel Okonkwo',
        'Date of birth: 14/02/1979',
        'Address: 12 Fernhill Road, Bristol BS6 7QA',
        'NHS number: 943 476 5919',
        'Registered GP: Dr R. Ashby, Redland Green Surgery, Bristol',
        'Policy applied for: Level term life GBP 350,000 with CI GBP 150,000 (25 years)',
        'Our reference: PRT-2026-04417',
        '',
        'I consent to Nordhafen Insurance asking my GP for a report about my',
        'physical and mental health for the purpose of assessing my application.',
        '',
        '[X] I wish to see the report before it is sent to the insurer.',
        '[ ] I do not wish to see the report.',
        '',
        'Signed: D. Okonkwo (electronic signature)       Date: 09/01/2026',
    ], title='AMRA consent PRT-2026-04417', created='20260109151200')
    return msg(p.a, ('Dr Rebecca Ashby', 'reports@redlandgreen-surgery.example'),
               'GP report request - Mr D Okonkwo (DOB 14/02/1979) - our ref PRT-2026-04417',
               when('2026-01-13 10:42'),
               M('mixed', T(body), A(consent, CT_PDF, 'AMRA_consent_PRT-2026-04417.pdf')))


@mail('NORMAL', 'en', 'newsletter',
      'trap: broker bulletin on PMI product changes 2026 (mental health, cancer cover, moratorium, virtual GP usage %), no person')
def m0002():
    text = """\
NORDHAFEN BROKER BULLETIN - PRIVATE MEDICAL INSURANCE, FEBRUARY 2026

What changes for new business and renewals from 1 April 2026

1. Mental health cover
   The outpatient mental health limit on our Core+ plan goes up from
   £1,500 to £2,000 a year. Inpatient and day-patient psychiatric treatment
   stays at 28 days a year. Members can now self-refer to talking therapies
   (up to 8 sessions of CBT) without seeing a GP first.

2. Cancer cover
   Full cancer cover remains standard on every plan. We are adding cover for
   licensed targeted therapies that are not yet routinely funded by the NHS,
   and a GBP 500 cash benefit for wigs and prosthetic support.

3. Underwriting
   Moratorium underwriting still excludes conditions from the last 5 years;
   a condition is covered again after 2 symptom-, treatment- and advice-free
   years. Full medical underwriting remains available for schemes of 2 or more.

4. Virtual GP
   In 2025, 27 % of members used the 24/7 virtual GP at least once. The
   most common reasons were skin problems, respiratory infections and
   musculoskeletal pain - so please keep mentioning it to clients.

Webinar: "PMI for SMEs - what clients ask" on 12 March 2026, 11:00-11:45.
Register at https://brokers.nordhafen.example/webinars

Your Nordhafen broker team
broker.support@nordhafen.example | 0161 496 0100

You receive this bulletin because your firm holds a Nordhafen agency.
Unsubscribe: https://brokers.nordhafen.example/preferences
"""
    html_ = html_doc("""\
<table width="640" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">
<tr><td style="background:#0b3c5d;color:#fff;padding:16px"><h1 style="margin:0;font-size:20px">Nordhafen Broker Bulletin</h1>
<p style="margin:4px 0 0">Private Medical Insurance &middot; February 2026</p></td></tr>
<tr><td style="padding:16px">
<h2 style="font-size:16px">What changes for new business and renewals from 1 April 2026</h2>
<h3 style="font-size:14px">1. Mental health cover</h3>
<p>The outpatient mental health limit on our Core+ plan goes up from &pound;1,500 to &pound;2,000 a year.
Inpatient and day-patient psychiatric treatment stays at 28 days a year. Members can now self-refer to
talking therapies (up to 8 sessions of CBT) without seeing a GP first.</p>
<h3 style="font-size:14px">2. Cancer cover</h3>
<p>Full cancer cover remains standard on every plan. We are adding cover for licensed targeted therapies
that are not yet routinely funded by the NHS, and a GBP 500 cash benefit for wigs and prosthetic support.</p>
<h3 style="font-size:14px">3. Underwriting</h3>
<p>Moratorium underwriting still excludes conditions from the last 5 years; a condition is covered again
after 2 symptom-, treatment- and advice-free years. Full medical underwriting remains available for
schemes of 2 or more.</p>
<h3 style="font-size:14px">4. Virtual GP</h3>
<p>In 2025, <b>27&nbsp;%</b> of members used the 24/7 virtual GP at least once. The most common reasons
were skin problems, respiratory infections and musculoskeletal pain &ndash; so please keep mentioning it to clients.</p>
<p style="background:#eef4f8;padding:10px">Webinar: <b>&ldquo;PMI for SMEs &ndash; what clients ask&rdquo;</b>
on 12 March 2026, 11:00&ndash;11:45. <a href="https://brokers.nordhafen.example/webinars">Register here</a>.</p>
<p>Your Nordhafen broker team<br>broker.support@nordhafen.example | 0161 496 0100</p>
</td></tr>
<tr><td style="font-size:11px;color:#666;padding:16px">You receive this bulletin because your firm holds a Nordhafen agency.
<a href="https://brokers.nordhafen.example/preferences">Unsubscribe</a></td></tr>
</table>""", title='Nordhafen Broker Bulletin', outlook=False)
    return msg(('Nordhafen Broker Bulletin', 'broker.news@' + DOMAIN),
               'brokerbulletin-pmi@lists.nordhafen.example',
               'Broker Bulletin: PMI changes from 1 April 2026',
               when('2026-02-17 07:30'),
               M('alternative', T(text), T(html_, 'html'), style='system'),
               mailer='crm', extra=[('List-Unsubscribe',
                                     '<https://brokers.nordhafen.example/preferences>'),
                                    ('Precedence', 'bulk')])


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor renewal of a named customer: policy number, registration, NCD, premium, named driver, direct debit account ending')
def m0003():
    body = """\
Dear Mr Tillotson,

Your motor insurance renewal - policy NHM-7730-4182

Your policy renews on 1 March 2026. We will renew it automatically unless you
tell us otherwise, and collect the premium by Direct Debit from your account
ending 5531, as this year.

  Vehicle:            Ford Focus 1.0 EcoBoost Titanium, YK19 RWD
  Cover:              Comprehensive, social, domestic and pleasure
                      incl. commuting
  Drivers:            Mr Graham Tillotson (policyholder)
                      Mrs Janet Tillotson
  No claims discount: 9 years (protected)
  Annual mileage:     8,000
  Renewal premium:    GBP 612.40 (last year GBP 571.15)
  Excess:             GBP 250 compulsory + GBP 100 voluntary

Please check these details. If anything has changed - a new address, a
different car, a new driver, points on a licence, or a change of job - call
us on 0161 496 0150 before 1 March. Your renewal documents are in your online
account.

Why has my premium gone up? Repair costs for modern cars and the cost of
replacement parts have risen again this year. Your own record has not
affected the price.

Kind regards,

Hannah Whitfield
Team Leader, Personal Lines Customer Service
Nordhafen Insurance | UK Service Centre

""" + FOOT_UK
    return msg(('Nordhafen Insurance', 'motor.renewals@' + DOMAIN),
               ('Graham Tillotson', 'g.tillotson@northmail.example'),
               'Your motor insurance renewal - policy NHM-7730-4182',
               when('2026-02-02 06:15'),
               T(body, cs='us-ascii', cte='7bit'), mailer='crm',
               reply_to=('Nordhafen Customer Service', 'service.uk@' + DOMAIN))


@mail('NORMAL', 'de', 'internal',
      'trap: IT question to head office about delayed portal notification mails to Irish ISPs; masked addresses, no customer data')
def m0004():
    p = S['ciaran']
    body = """\
Hallo Jens,

kurze Frage zu den Signalisierungsmails vom SecureMail-Portal. Seit dem
Update am Dienstag bekommen einige irische Empfänger die Benachrichtigung
("Sie haben eine neue sichere Nachricht" / "You have a new secure message")
erst nach 2-3 Stunden. Betroffen sind bis jetzt nur Adressen bei
eircom.example und bei einem Hosting-Anbieter in Cork, die anderen laufen
normal durch.

Im Log vom Gateway sehe ich für diese Domains:

  Feb 24 09:14:02 gw-ie-01 postfix/smtp[2211]: 4XbT2k0QfZz9s: to=<k*****@eircom.example>,
   relay=mx1.eircom.example[192.0.2.45]:25, delay=8113, status=deferred
   (host said: 451 4.7.1 Greylisted, please try again later)

Also Greylisting beim Empfänger, würde ich sagen. Das Retry-Intervall steht bei
uns aber auf 60 Minuten (queue_run_delay), in Hamburg glaube ich auf 5
Minuten? Können wir das für die Dubliner Knoten genauso einstellen wie bei
euch, oder gibt es dafür einen Grund? Ich will nichts ändern was ihr
zentral pflegt.

Inhalte der Nachrichten sind natürlich nicht betroffen, es geht nur um die
Benachrichtigung, die Nachrichten selbst liegen korrekt im Portal.

Danke dir und schöne Grüße nach Hamburg,
Ciarán

--
Ciarán Murphy
IT Service Desk | Nordhafen Insurance Ireland
7 Wilton Basin, Dublin 2, D02 XK46
T: +353 1 554 0399
"""
    return msg(p.a, HH['jens'],
               'Portal-Benachrichtigungen nach Irland kommen verspätet an',
               when('2026-02-24 11:03'),
               T(body, cte='8bit', flowed=True), mailer='thunderbird', lang='de-DE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'internal',
      "named colleague's illness (shingles, signed off by GP) in a team mail about covering her work")
def m0005():
    p = S['siobhan']
    body = """\
Hi all,

Ciara rang in this morning - she has shingles, poor thing, and her GP has
signed her off until Friday week (13 March). She's in a fair bit of pain so
please don't contact her about work.

Can we split her diary between us:

  - Declan (the motor one, not credit control!) - her TP capture calls
    and the two engineer inspections on Wednesday
  - Róisín - the new FNOLs that land in her queue
  - I'll take her litigated files and the PIAB deadlines

If anyone has been in close contact with her and is pregnant or hasn't had
chickenpox, have a word with me or Laura in HR, no need to say why.

Thanks a million,
Siobhán

--
Siobhán Kelly
Claims Manager, Motor & Liability
Nordhafen Insurance Ireland
T: +353 1 554 0231
"""
    return msg(p.a, ('Motor Claims Dublin', 'motorclaims.dublin@' + DOMAIN),
               'Ciara off sick - cover for her diary',
               when('2026-03-02 08:47', 'ie'), T(body), lang='en-IE')


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'home escape-of-water claim of a named policyholder: claim and policy number, address, excess; nobody hurt')
def m0006():
    p = S['tom']
    text = """\
Dear Mrs Adeyemi,

Claim HC-26-031877 - escape of water at 14 Larkspur Close, Stockport SK4 3LT
Policy NHH-5518-2094

Thank you for speaking to me this afternoon, and I am sorry you came home
to such a mess. I am glad to hear that nobody was hurt and that you are able
to stay in the house while the drying is done.

As agreed:

1. Our drying contractor, DryRight Restoration, will call you tomorrow to
   book a visit. They will put dehumidifiers in the kitchen and the lounge
   and take moisture readings every week.
2. Please keep the plumber's invoice and his note that the push-fit joint
   under the sink failed. We will refund the cost of tracing and fixing the
   leak (up to GBP 2,500 under "trace and access").
3. Photos of the damaged flooring and the kitchen units would be very
   helpful - you can upload them at https://claims.nordhafen.example/upload
   with your claim number.
4. The buildings excess on your policy is GBP 350; we will deduct it from
   the settlement, you do not need to pay it to anyone.

If the drying takes longer than expected, your policy also pays for
alternative accommodation, but from what you describe I do not think that
will be needed.

Kind regards,

""" + sig('tom') + '\n\n' + FOOT_UK
    html_ = html_doc(html_paras(text))
    return msg(p.a, ('Funmi Adeyemi', 'funmi.adeyemi@skyline-mail.example'),
               'Your claim HC-26-031877 - escape of water', when('2026-01-21 16:38'),
               M('alternative', T(text), T(html_, 'html')))


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: job advert "Nurse Case Manager, Income Protection" to a recruitment agency (health words, salary band), DOCX; no person')
def m0007():
    p = S['laura']
    body = """\
Hi Sinéad,

As discussed on Friday, here is the advert for the Nurse Case Manager role.
Could you put it on your site and LinkedIn page this week? Closing date is
20 March. Salary band is EUR 58,000 - 66,000 plus car allowance, hybrid
(2 days in Wilton Basin).

Please make sure candidates know we need NMBI registration before an
offer - we had two last time who were still waiting on it.

Our usual terms apply (18 % fee, 12-week rebate period).

Thanks,
Laura

""" + sig('laura') + '\n\n' + FOOT_IE
    advert = docx([
        ('h', 'Nurse Case Manager - Income Protection (Dublin, hybrid)'),
        'Nordhafen Insurance Ireland is growing its group income protection business and is '
        'looking for a Nurse Case Manager to join the claims team in Dublin 2.',
        ('b', 'What you will do'),
        '- Talk to members who are off work because of illness or injury and build a return-to-work plan with them, their employer and their treating doctors.',
        '- Review medical evidence (GP and consultant reports, occupational health assessments) and advise claims assessors.',
        '- Arrange early interventions such as physiotherapy, counselling and CBT, and vocational rehabilitation.',
        '- Work with common conditions such as mental health problems, musculoskeletal disorders, cancer and long COVID.',
        ('b', 'What you bring'),
        '- Registered General Nurse (RGN) or Registered Psychiatric Nurse, active NMBI registration.',
        '- At least 3 years in occupational health, case management or rehabilitation.',
        '- Good knowledge of GDPR when handling health data.',
        ('b', 'What we offer'),
        'EUR 58,000 - 66,000, car allowance, 10 % pension contribution, private health cover, '
        '25 days annual leave, hybrid working.',
        'Nordhafen is an equal opportunities employer. Reasonable accommodations are available '
        'throughout the recruitment process.',
    ], title='Nurse Case Manager - Income Protection', author='Laura Fitzgerald',
        created='2026-02-27T15:10:00Z')
    return msg(p.a, ('Sinéad Cleary', 'sinead.cleary@liffeytalent.example'),
               'Advert - Nurse Case Manager (Income Protection)',
               when('2026-03-02 10:20', 'ie'),
               M('mixed', T(body), A(advert, CT_DOCX, 'Nurse_Case_Manager_IP_Dublin.docx')),
               lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'motor injury claim: offer to claimant solicitor with whiplash prognosis, travel anxiety, physiotherapy (windows-1252)')
def m0008():
    p = S['lucy']
    body = """\
Dear Sirs,

Your client:      Ms Karen Whitlow
Our insured:      Mr Adrian Pollitt
Accident date:    3 November 2025
Your ref:         KW/PLS/25-1187
Our ref:          MC-25-118402

We refer to the medical report of Dr Hassan Qureshi dated 9 February 2026,
served through the Official Injury Claim portal.

Dr Qureshi diagnoses a soft-tissue injury to the neck and upper back
(whiplash) with a prognosis of 9 months from the accident, and minor travel
anxiety resolving within 6 months without treatment. He recommends six
sessions of physiotherapy, which your client has already had.

Liability is admitted. On the basis of the report we make the following
offer in full and final settlement:

  Whiplash injury with minor psychological injury, 6-9 months
  (tariff, Whiplash Injury Regulations, as uplifted)    £1,520.00
  Physiotherapy, 6 sessions (invoices enclosed by you)    £540.00
  Prescription charges (co-codamol, naproxen)              £29.70
  Travel to appointments                                   £46.80
  ----------------------------------------------------------------
  Total                                                  £2,136.50

Credit hire is dealt with separately by our colleagues in the motor team.

The offer is open for 21 days. Please let us have your client's response
through the portal or by reply to this e-mail.

Yours faithfully,

""" + sig('lucy') + '\n\n' + FOOT_UK
    return msg(p.a, ('Pritchard Lowe Solicitors', 'injury@pritchardlowe.example'),
               'Your client Ms K Whitlow - accident 03/11/2025 - offer (our ref MC-25-118402)',
               when('2026-02-19 14:05'), T(body, cs='windows-1252', cte='qp'))


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'German customer in Dublin: contents policy move to a new address, SEPA mandate with his German IBAN (iso-8859-1)')
def m0009():
    p = S['eoin']
    body = """\
Sehr geehrter Herr Baumgartner,

vielen Dank für Ihren Anruf heute Vormittag. Wie besprochen haben wir Ihre
Hausratversicherung (Vertrag IE-HR-2291-4407) auf die neue Adresse
umgestellt:

  bisher:  Flat 4, 21 Belgrave Square East, Ranelagh, Dublin 6, D06 K2P9
  neu:     38 Seafield Avenue, Clontarf, Dublin 3, D03 W7R1
  gültig ab: 1. März 2026

Die Versicherungssumme bleibt bei 65.000 EUR. Da die neue Wohnung ein
Erdgeschoss mit Garten ist, ändert sich der Jahresbeitrag leicht von
312,40 EUR auf 334,90 EUR; die Differenz für den Rest des Jahres
(18,75 EUR) buchen wir mit der nächsten Rate ab.

Sie möchten den Beitrag künftig von Ihrem deutschen Konto einziehen lassen.
Das SEPA-Lastschriftmandat haben wir wie folgt angelegt:

  Kontoinhaber: Florian Baumgartner
  IBAN:         DE74 2789 5943 9190 5237 89
  Mandatsreferenz: NHIE-HR-2291-4407-02

Die Vorabinformation zur ersten Abbuchung bekommen Sie zwei Werktage vorher
per E-Mail. Die neue Police schicke ich Ihnen in den nächsten Tagen ins
Kundenportal, sorry dass es etwas dauert, wir stellen gerade das System um.

Mit freundlichen Grüßen aus Dublin

Eoin Fitzpatrick
Kundenservice, German Desk
Nordhafen Insurance Ireland
7 Wilton Basin, Dublin 2, D02 XK46
Tel.: +353 1 554 0166

""" + FOOT_IE
    return msg(S['eoin'].a, ('Florian Baumgartner', 'f.baumgartner@posteo-mail.example'),
               'Ihre Hausratversicherung IE-HR-2291-4407 - neue Adresse und Lastschrift',
               when('2026-02-11 12:31', 'ie'), T(body, cs='iso-8859-1', cte='qp'),
               lang='de-DE')


@mail('NORMAL', 'en', 'internal',
      'trap: Mental Health Awareness Week programme, EAP number, list of mental health first aiders; no one\'s health (HTML only)')
def m0010():
    p = S['laura']
    inner = """\
<p class="MsoNormal">Hi everyone,</p>
<p class="MsoNormal">Mental Health Awareness Week runs from <b>11 to 17 May 2026</b>. This year's theme is
<i>movement</i>, and we have put together a programme for London, Salford and Dublin:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:10.5pt">
<tr style="background:#dce6f1"><th>Day</th><th>What</th><th>Where</th></tr>
<tr><td>Mon 11 May</td><td>Lunchtime walk &amp; talk (45 min)</td><td>All offices, meet at reception 12:30</td></tr>
<tr><td>Tue 12 May</td><td>Talk: &ldquo;Sleep, stress and screens&rdquo; with a clinical psychologist</td><td>Teams, 13:00</td></tr>
<tr><td>Wed 13 May</td><td>Desk yoga</td><td>London 4th floor / Dublin Liffey room</td></tr>
<tr><td>Thu 14 May</td><td>Managers&rsquo; session: spotting the signs, having the conversation</td><td>Teams, 10:00</td></tr>
<tr><td>Fri 15 May</td><td>Coffee morning &ndash; bake for the charity table</td><td>All offices</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Our <b>Employee Assistance Programme</b> is free, confidential and available 24/7,
also for your family: UK 0800 046 0146, Ireland 1800 946 146. Nobody at Nordhafen is told who calls.</p>
<p class="MsoNormal">Our trained <b>mental health first aiders</b> are happy to listen:
Gareth Hughes and Priya Raman (London), Tom Ashworth and Chloe Barnes (Salford),
Gr&aacute;inne O&rsquo;Sullivan and Eoin Fitzpatrick (Dublin).</p>
<p class="MsoNormal">Look after yourselves,<br>Laura</p>
<p class="MsoNormal" style="font-size:9pt;color:#555">Laura Fitzgerald | HR Business Partner, UK &amp; Ireland</p>"""
    return msg(p.a, ('All Staff UK & Ireland', 'allstaff.ukie@' + DOMAIN),
               'Mental Health Awareness Week 11-17 May - programme',
               when('2026-05-05 09:00', 'ie'),
               T(html_doc(inner), 'html', cte='qp'), lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker',
      'underwriting decision for a named applicant: type 2 diabetes, HbA1c, BMI, +75% loading, CI declined')
def m0011():
    p = S['priya']
    body = """\
Hi Marcus,

Thanks for your patience on this one - we now have the GP report and the
nurse screening results for your client.

Applicant:  Mrs Deepa Chauhan, DOB 22/07/1974
Ref:        PRT-2026-03981
Applied:    Decreasing term, life cover GBP 240,000 / CI GBP 100,000, 22 years

Our decision:

  Life cover:  accepted at standard rates +75 %
  CI cover:    declined
  TPD:         not available once CI is declined

Reasons, in short: type 2 diabetes diagnosed 2019, now on metformin and
gliclazide; the last two HbA1c results were 58 and 61 mmol/mol; BMI at the
nurse screen was 34.2; microalbuminuria noted by the practice nurse in
October 2025. With that combination we cannot offer critical illness cover
at the moment. We would be happy to look at CI again in 12 months if her
HbA1c comes down below 53 and the kidney result is normal on repeat.

The revised illustration is in the adviser portal. Please remember that we
can only tell the client the medical reasons through you or her GP - if she
wants a copy of the underwriting notes she should send us a subject access
request.

Kind regards,
Priya

""" + sig('priya') + '\n\n' + FOOT_UK
    return msg(p.a, ('Marcus Bell', 'marcus.bell@harbourline-fp.example'),
               'RE: Chauhan - PRT-2026-03981 - underwriting decision',
               when('2026-03-10 15:22'), T(body),
               irt='<AM0PR10MB3311.harbourline@harbourline-fp.example>')


@mail('NORMAL', 'en', 'insurer-to-doctor',
      'trap: GP fee schedule and new address for medical reports sent to practice managers; PDF of fees; no patient')
def m0012():
    p = S['amrit']
    body = """\
Dear Practice Manager,

From 1 March 2026 we are changing how we request and pay for medical
reports, and our fees are going up. The new schedule is attached.

What changes:

  * We will send all requests through the secure portal or by post, never
    as ordinary e-mail. Please do not send records back by ordinary e-mail
    either - reply through the portal link in our request.
  * GP reports (GPR) are paid at GBP 115, supplementary reports at GBP 45.
  * Copies of the full medical record (SAR route) are no longer requested
    by us for underwriting; we only ask for targeted reports.
  * Invoices can be sent to medical.invoices@nordhafen.example; please quote
    our reference only, not the patient's name.

Our postal address for reports does not change:
Medical Underwriting, Nordhafen Insurance, 40 Mincing Row, London EC3R 7NH.

If you have questions, call the underwriting support line on 020 7946 0240.

Many thanks for your help throughout the year.

Amrit Sandhu
Medical Underwriting Assistant
Nordhafen Insurance | UK Branch

""" + FOOT_UK
    fees = pdf([
        '# Nordhafen Insurance - Medical evidence fee schedule from 1 March 2026',
        '',
        'Report type                                       Fee (GBP)   Turnaround',
        'GP report (GPR), standard questions                 115.00     15 working days',
        'Supplementary GP report / specific questions          45.00     10 working days',
        'Targeted report (one condition)                       60.00     10 working days',
        'Specialist / consultant report                  by agreement   20 working days',
        'Nurse screening (via our provider)             paid directly          -',
        '',
        'Notes',
        '1. Requests are made with the applicant\'s consent under the Access to Medical Reports Act 1988.',
        '2. Please do not send the full record unless we ask for it.',
        '3. Invoices: medical.invoices@nordhafen.example, quoting our reference only.',
        '4. Payment within 30 days by BACS to the practice account held on file.',
    ], title='Medical evidence fees 2026', created='20260210120000')
    return msg(p.a, ('Medical Underwriting', 'underwriting.protection@' + DOMAIN),
               'Changes to our GP report requests and fees from 1 March 2026',
               when('2026-02-12 11:45'),
               M('mixed', T(body, cs='us-ascii', cte='7bit'),
                 A(fees, CT_PDF, 'Nordhafen_medical_evidence_fees_2026.pdf')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
      'harmless body; attached XLSX renewal list with clients\' names, dates of birth, postcodes, policy numbers and premiums (home/motor)')
def m0013():
    p = S['chloe']
    body = """\
Hi Jo,

Please find attached your renewal list for April 2026 - 14 policies this
month. Three of them (marked in column H) have a premium increase of more
than 15 %, so you might want to give those clients a call before the
invitations go out on 18 March.

Any problems opening it, give me a shout.

Thanks
Chloe

""" + sig('chloe') + '\n\n' + FOOT_UK
    rows = [['Client', 'Date of birth', 'Postcode', 'Product', 'Policy no.',
             'Renewal date', 'Renewal premium GBP', 'Increase > 15 %']]
    data = [
        ('Mr Alan Ferriby', '03/09/1961', 'HD7 5QE', 'Home', 'NHH-4418-0072', '01/04/2026', 488.20, ''),
        ('Mrs Sandra Ferriby', '17/01/1963', 'HD7 5QE', 'Motor', 'NHM-7702-3391', '01/04/2026', 702.55, 'yes'),
        ('Ms Leanne Crossley', '29/05/1990', 'HX3 8NF', 'Motor', 'NHM-7702-4120', '03/04/2026', 1184.00, 'yes'),
        ('Mr Imran Hussain', '11/12/1984', 'BD9 4RT', 'Home', 'NHH-4418-1197', '05/04/2026', 356.10, ''),
        ('Mr & Mrs P Schofield', '22/02/1957', 'HD9 2JW', 'Home', 'NHH-4418-1250', '07/04/2026', 611.75, ''),
        ('Mr Kieran Walsh', '08/08/1999', 'HX1 5AP', 'Motor', 'NHM-7702-5008', '09/04/2026', 1420.30, 'yes'),
        ('Mrs Margaret Haigh', '30/06/1949', 'HD8 9DL', 'Home', 'NHH-4418-1333', '12/04/2026', 292.40, ''),
        ('Mr Tomasz Nowak', '14/04/1988', 'BD4 7HX', 'Motor', 'NHM-7702-5119', '14/04/2026', 655.90, ''),
        ('Dr Susan Oldroyd', '02/10/1970', 'HD1 4PL', 'Home', 'NHH-4418-1402', '15/04/2026', 734.00, ''),
        ('Mr Craig Bentley', '19/03/1979', 'HX7 6QS', 'Motor', 'NHM-7702-5210', '18/04/2026', 588.45, ''),
        ('Mrs Aisha Begum', '25/11/1982', 'BD3 0LB', 'Home', 'NHH-4418-1466', '21/04/2026', 318.95, ''),
        ('Mr Neil Sutcliffe', '07/07/1966', 'HD3 3TT', 'Home', 'NHH-4418-1480', '24/04/2026', 402.15, ''),
        ('Ms Gemma Lister', '12/09/1993', 'HX2 0RU', 'Motor', 'NHM-7702-5371', '27/04/2026', 879.60, ''),
        ('Mr David Lund', '28/01/1975', 'HD4 6UB', 'Motor', 'NHM-7702-5402', '30/04/2026', 640.00, ''),
    ]
    rows += [list(r) for r in data]
    book = xlsx([('April 2026', rows)], title='Renewals April 2026 - Calder Valley Insurance Brokers',
                author='Chloe Barnes', created='2026-03-04T08:55:00Z')
    return msg(p.a, ('Jo Ackroyd', 'jo@caldervalley-brokers.example'),
               'Renewal list April 2026 - Calder Valley Insurance Brokers (agency 40771)',
               when('2026-03-04 09:12'),
               M('mixed', T(body), A(book, CT_XLSX, 'Renewals_April_2026_agency40771.xlsx')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'German health-insurance customer treated in Dublin: appendicitis K35.8, appendectomy, hospital invoice PDF to head office claims')
def m0014():
    p = S['niamh']
    body = """\
Hallo Frau Brandt,

ich leite Ihnen wie besprochen die Krankenhausrechnung von Herrn Ehlers
weiter. Er ist bei Ihnen in Hamburg voll krankenversichert (Vertrag
KV 31 0577 214) und arbeitet seit Oktober für ein halbes Jahr in Dublin,
deshalb ist er bei uns im Dubliner Büro gelandet.

  Versicherte Person: Jonas Ehlers, geb. 05.06.1991
  Krankenhaus: St. Brigid's Private Hospital, Dublin 4
  Aufnahme: 16.02.2026 als Notfall, Entlassung: 19.02.2026
  Diagnose: akute Appendizitis (K35.8)
  Behandlung: laparoskopische Appendektomie, 3 Nächte Einzelzimmer
  Rechnungsbetrag: 7.840,00 EUR (davon Chefarzt/Consultant fees 2.950,00 EUR)

Das Krankenhaus hat direkt mit uns abgerechnet (wir haben am 16.02. eine
Kostenübernahme für die Notfallaufnahme gegeben, damit er keine Vorkasse
leisten muss). Könnten Sie die Erstattung an uns aus dem Hamburger Vertrag
freigeben? Die irischen Consultant-Gebühren sind ein bisschen höher als die
GOÄ, aber im Rahmen vom Auslandsschutz, denke ich.

Den Entlassbrief hat Herr Ehlers selbst, er schickt ihn Ihnen per Post.

Vielen Dank und viele Grüße aus Dublin
Niamh Gallagher

--
Niamh Gallagher
Senior Claims Handler, International Health
Nordhafen Insurance Ireland
Tel.: +353 1 554 0187
"""
    inv = pdf([
        "# St. Brigid's Private Hospital - Patient Invoice",
        'Merrion Lane, Dublin 4, D04 T8R2 - Accounts Department',
        '',
        'Invoice no.: SBH-2026-004187              Date: 20/02/2026',
        'Patient: Mr Jonas Ehlers    DOB: 05/06/1991    MRN: 00874112',
        'Insurer: Nordhafen Insurance Ireland (guarantee of payment GOP-IE-26-0219)',
        'Admitted: 16/02/2026 (emergency)    Discharged: 19/02/2026',
        'Primary diagnosis: Acute appendicitis, K35.8',
        'Procedure: Laparoscopic appendicectomy (16/02/2026)',
        '',
        'Accommodation, private room, 3 nights                      2,760.00',
        'Theatre and recovery                                       1,480.00',
        'Pharmacy (IV antibiotics, analgesia)                         312.00',
        'Pathology and radiology (ultrasound abdomen)                 338.00',
        'Consultant surgeon - Mr P. Daly                            1,850.00',
        'Consultant anaesthetist - Dr A. Moran                      1,100.00',
        '',
        'Total due (EUR)                                            7,840.00',
    ], title='Invoice SBH-2026-004187', author="St. Brigid's Private Hospital",
        created='20260220101500', producer='HospiBill 7')
    return msg(p.a, HH['brandt'],
               'Krankenhausrechnung Dublin - Jonas Ehlers, KV 31 0577 214',
               when('2026-02-23 10:17', 'ie'),
               M('mixed', T(body), A(inv, CT_PDF, 'SBH-2026-004187.pdf')),
               lang='de-DE')


@mail('NORMAL', 'en', 'insurer-to-customer',
      'portal notification mail ("you have a new secure message"), no name, no content')
def m0015():
    body = """\
Hello,

You have a new secure message from Nordhafen Insurance.

To read it, log in to your secure mailbox:
https://securemail.nordhafen.example/login

If this is your first secure message from us, you will receive a second
e-mail with a one-time password. Messages are kept in your mailbox for 90
days; you can download them at any time.

For your security we never put personal information in this notification.
If you did not expect a message from us, please call 0161 496 0100.

This is an automatic message - please do not reply to it.

Nordhafen Insurance
"""
    return msg(('Nordhafen SecureMail', 'securemail-noreply@' + DOMAIN),
               'r.m.hollins@fastnet-mail.example',
               'You have a new secure message from Nordhafen Insurance',
               when('2026-03-18 14:51'), T(body, cs='us-ascii', cte='7bit'),
               mailer='system', extra=[('Auto-Submitted', 'auto-generated')],
               msgid=mid('securemail.nordhafen.example'))


@mail('CONFIDENTIAL', 'en', 'insurer-to-assessor',
      'loss adjuster instruction: fire at a sole trader\'s bakery (natural person), policy, sums insured, no injuries; PDF instruction sheet')
def m0016():
    p = S['aoife']
    body = """\
Hi Ronan,

New instruction for you - please acknowledge when you can.

Insured:   Mr Brendan Quinlan t/a Quinlan's Bakery (sole trader)
Risk:      Unit 3, Harbour Street, Mullingar, Co. Westmeath, N91 R6H4
Policy:    NHC-IE-88120 (Shop & Office)
Claim:     CL-IE-26-00612
Loss date: 8 March 2026, approx. 04:30
Cause:     fire in the oven flue / extraction duct, spread to the roof void

Fire brigade attended, nobody was in the building, no injuries. The shop
is closed; Mr Quinlan thinks he can trade again from a temporary unit in
about three weeks. Business interruption is on cover (gross profit,
12 months indemnity).

Sums insured: buildings EUR 420,000 / contents and stock EUR 85,000 /
BI EUR 160,000. Please look closely at the duct cleaning records - the
policy has a condition requiring cleaning every 6 months by a specialist.
Full instruction sheet attached.

Initial report within 5 working days please, with reserve recommendation.

Thanks,
Aoife

""" + sig('aoife') + '\n\n' + FOOT_IE
    sheet = pdf([
        '# Nordhafen Insurance Ireland - Loss Adjuster Instruction',
        '',
        'Adjuster: Tolka Loss Adjusting Ltd - Ronan Keogh',
        'Claim no.: CL-IE-26-00612        Policy no.: NHC-IE-88120',
        "Insured: Mr Brendan Quinlan, trading as Quinlan's Bakery",
        'Insured home address: 14 Ardmore Park, Mullingar, N91 C2X8',
        'Contact: 087 900 2261 (mobile)',
        'Risk address: Unit 3, Harbour Street, Mullingar, Co. Westmeath',
        'Date/time of loss: 08/03/2026 approx. 04:30',
        'Peril: Fire (oven flue / extraction duct)',
        'Injuries: none reported',
        '',
        'Sums insured (EUR): Buildings 420,000 / Contents & stock 85,000 / BI gross profit 160,000',
        'Excess: EUR 1,000    Indemnity period: 12 months',
        'Conditions to verify: duct cleaning every 6 months (cond. 14), fire alarm maintenance',
        'Authority: emergency measures up to EUR 15,000 without referral',
        '',
        'Instructed by: Aoife Brennan, Head of Claims Ireland, 09/03/2026',
    ], title='Instruction CL-IE-26-00612', created='20260309093000')
    return msg(p.a, ('Ronan Keogh', 'ronan.keogh@tolka-la.example'),
               "New instruction - fire - Quinlan's Bakery, Mullingar - CL-IE-26-00612",
               when('2026-03-09 09:41', 'ie'),
               M('mixed', T(body), A(sheet, CT_PDF, 'Instruction_CL-IE-26-00612.pdf')),
               lang='en-IE', importance='high')


@mail('NORMAL', 'mixed', 'internal',
      'trap: bilingual out-of-office of an international health claims handler (mentions urgent health claims), no person')
def m0017():
    body = """\
Thank you for your message. I am out of the office until Monday 6 April 2026
with limited access to e-mail.

For urgent international health claims, guarantees of payment or hospital
admissions please contact intlhealth.claims.dublin@nordhafen.example or call
+353 1 554 0180 (24/7 for emergencies). For anything else I will reply
when I am back.

---

Vielen Dank für Ihre Nachricht. Ich bin bis Montag, 6. April 2026, nicht im
Büro und lese meine E-Mails nur eingeschränkt.

Bei dringenden Leistungsfällen, Kostenübernahmen oder Krankenhausaufnahmen
wenden Sie sich bitte an intlhealth.claims.dublin@nordhafen.example oder
+353 1 554 0180 (für Notfälle rund um die Uhr).

Niamh Gallagher
Senior Claims Handler, International Health | Nordhafen Insurance Ireland
"""
    return msg(S['niamh'].a, HH['brandt'],
               'Automatische Antwort: AW: Kostenübernahme Rückfrage / Automatic reply',
               when('2026-03-27 16:02', 'ie'), T(body), mailer='owa',
               extra=[('Auto-Submitted', 'auto-replied'),
                      ('X-Auto-Response-Suppress', 'All')],
               irt='<FR2P281MB1459.Hamburg@nordhafen.example>')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'group income protection claim: employer told about a named employee\'s work-related stress and anxiety, OH assessment, phased return')
def m0018():
    p = S['rachel']
    text = """\
Dear Ms Penrose,

Group Income Protection - policy GIP-00418 (Brightwater Logistics Ltd)
Employee: Mr Stuart Kendall, warehouse shift supervisor
Claim ref: IP-26-00733

Thank you for sending the claim form and Mr Kendall's fit notes. I spoke to
Mr Kendall on Tuesday with his permission, and our occupational health
nurse assessed him by video on Thursday.

In summary: Mr Kendall has been absent since 12 January 2026 with
work-related stress and anxiety. His GP has prescribed sertraline and he is
on the waiting list for NHS talking therapies. He describes sleep problems
and panic symptoms on the drive to work, which have started to improve.

We think an early, phased return is realistic, and we would like to fund
six sessions of CBT privately now rather than wait. Our suggested plan:

  Weeks 1-2:  3 days x 4 hours, day shifts only, no supervisory duties
  Weeks 3-4:  4 days x 6 hours, day shifts
  Week 5:     normal hours, day shifts; review of night shifts after 8 weeks

Could you let me know whether this is possible operationally, and whether a
stress risk assessment for his role has been done since his absence began?

The deferred period ends on 5 April 2026; if Mr Kendall is back on a phased
return by then, we would pay a proportionate benefit to top up his salary.

Kind regards,

""" + sig('rachel') + '\n\n' + FOOT_UK
    return msg(p.a, ('Claire Penrose', 'c.penrose@brightwater-logistics.example'),
               'GIP-00418 - Mr S Kendall - return to work plan (IP-26-00733)',
               when('2026-02-06 11:58'),
               M('alternative', T(text), T(html_doc(html_paras(text)), 'html')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'Irish motor customer changes her direct debit; her IBAN in the quoted mail, registration and policy number')
def m0019():
    p = S['katie']
    body = """\
Hi Orla,

That's all done - the direct debit for your car insurance will come out of
your new account from the March instalment on. You'll get a confirmation
letter in the post within the week as well.

Policy:   NHM-IE-30418876
Vehicle:  231-D-40577, Toyota Yaris Hybrid

Thanks for letting us know in good time!

Katie

Katie Morrissey
Customer Service Advisor | Nordhafen Insurance Ireland
+353 1 554 0150

On Mon, 16 Feb 2026 at 21:14, Orla Dunne <orla.dunne88@eirmail.example> wrote:
> Hi there,
>
> I've moved bank and need to change the account for my car insurance
> direct debit (policy NHM-IE-30418876, Toyota Yaris 231-D-40577).
>
> New account:
> Name: Orla Dunne
> IBAN: IE08 LIFB 9426 4203 2646 58
> BIC: LIFBIE2D
>
> The old one in Bank of the Midlands will be closed at the end of the
> month so please make sure the March payment comes from the new one.
>
> thanks a mil
> Orla
"""
    return msg(p.a, ('Orla Dunne', 'orla.dunne88@eirmail.example'),
               'RE: change of bank account for car insurance',
               when('2026-02-17 10:26', 'ie'), T(body + '\n' + FOOT_IE),
               irt='<CAF8x2Kq+0rLd@mail.eirmail.example>', lang='en-IE')


@mail('NORMAL', 'en', 'internal',
      'trap: staff flu vaccination clinic booking (vaccine, allergies, pregnancy mentioned generically), no person')
def m0020():
    p = S['simon']
    body = """\
Hi all,

Flu jabs are back. Our occupational health provider will run a clinic on
the 3rd floor (meeting room Thames) on:

  Tuesday 13 October 2026, 09:30-16:00
  Wednesday 14 October 2026, 09:30-13:00

Slots are 5 minutes. Book in the Outlook calendar "Flu clinic London" -
please do not just turn up.

A few things from the nurses:

  - The vaccine this year is the quadrivalent cell-based one (egg-free).
  - If you have ever had a severe reaction to a flu vaccine, if you feel
    unwell with a temperature on the day, or if you are pregnant and have
    questions, speak to the nurse on the day or to your own GP beforehand.
    You do not need to tell us anything.
  - Wear something with sleeves you can roll up.

Colleagues who cannot make it can claim back up to GBP 18 for a jab at a
pharmacy through expenses (code 6120 "Wellbeing").

Thanks,
Simon

Simon Bancroft
Facilities Manager | Nordhafen Insurance UK Branch
"""
    return msg(p.a, ('London Office', 'london.office@' + DOMAIN),
               'Flu vaccination clinic - 13 and 14 October',
               when('2026-09-28 09:05'), T(body, cs='us-ascii', cte='7bit'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'PMI pre-authorisation for a named member: MRI of the left knee, suspected meniscal tear, consultant, remaining outpatient limit')
def m0021():
    p = S['megan']
    body = """\
Dear Mrs Marchetti,

Pre-authorisation PA-26-118204 - MRI scan, left knee
Membership number: NHP-61-4402-73

Thank you for calling us today. I'm pleased to confirm we have authorised
the following under your Nordhafen Health plan:

  Treatment:     MRI scan of the left knee (suspected medial meniscal tear)
  Referred by:   Mr Jonathan Eades, consultant orthopaedic surgeon
  Where:         Aireborough Private Hospital, Leeds LS19 6BU
  Authorised up to: GBP 640 (scan and radiologist's report)
  Valid until:   30 April 2026

After this scan the remaining outpatient limit for this plan year will be
GBP 360. Your policy excess of GBP 100 was already paid on your first
consultation in January, so there is nothing more to pay for the scan.

If Mr Eades recommends an arthroscopy after the scan, please call us again
before you book it so we can authorise the surgery and the hospital stay.
Physiotherapy after surgery is covered for up to 10 sessions through our
network.

I hope the knee settles soon.

Kind regards,

""" + sig('megan') + '\n\n' + FOOT_UK
    return msg(p.a, ('Helen Marchetti', 'helen.marchetti@wharfedale-net.example'),
               'Your pre-authorisation PA-26-118204', when('2026-03-16 15:40'),
               T(body))


@mail('NORMAL', 'de', 'internal',
      'trap: mortality experience UK portfolio vs German table to head-office actuary, aggregated A/E ratios by age band; XLSX')
def m0022():
    p = S['james']
    body = """\
Liebe Sabine,

wie am Telefon versprochen, anbei die Auswertung der Sterblichkeit im
britischen Risikolebens-Bestand 2021-2025, damit ihr sie neben die DAV 2008 T
legen könnt.

Ein paar Hinweise:

- Basis sind 41.812 Policenjahre und 97 Todesfälle, Nichtraucher und
  Raucher getrennt. Unter 30 ist die Datenlage zu dünn, deshalb habe ich
  die Altersgruppen 18-29 zusammengefasst.
- A/E ist gegen die britische Tafel AMC00/AFC00 gerechnet, die
  Umrechnung auf die deutsche Tafel müsstet ihr machen, das traue ich
  mich nicht :-)
- Die Todesursachen habe ich nur nach Gruppen (Krebs, Herz-Kreislauf,
  Unfall, Suizid, sonstige) ausgewertet, keine Einzelfälle.
- 2021 ist wegen Covid auffällig, ich würde es bei der Annahme eher
  rauslassen.

Für den Termin mit der Rückversicherung am 24.04. wäre es super, wenn wir
uns vorher kurz abstimmen könnten. Passt dir Dienstag 15 Uhr deutscher Zeit?

Viele Grüße aus London
James

""" + sig('james', lang='de')
    rows = [['Altersgruppe', 'Raucherstatus', 'Policenjahre', 'Tatsächliche Todesfälle',
             'Erwartete Todesfälle', 'A/E']]
    rows += [
        ['18-29', 'NR', 3120, 1, 1.6, 0.63], ['18-29', 'R', 410, 0, 0.4, 0.0],
        ['30-39', 'NR', 9450, 6, 7.9, 0.76], ['30-39', 'R', 1380, 3, 2.6, 1.15],
        ['40-49', 'NR', 12030, 19, 23.4, 0.81], ['40-49', 'R', 1870, 9, 8.8, 1.02],
        ['50-59', 'NR', 9210, 33, 38.1, 0.87], ['50-59', 'R', 1440, 14, 13.2, 1.06],
        ['60+', 'NR', 2470, 10, 12.5, 0.8], ['60+', 'R', 432, 2, 3.3, 0.61],
    ]
    causes = [['Todesursache (Gruppe)', 'Anzahl', 'Anteil'],
              ['Krebs', 41, '42 %'], ['Herz-Kreislauf', 24, '25 %'],
              ['Unfall', 11, '11 %'], ['Suizid', 8, '8 %'], ['Sonstige', 13, '13 %']]
    book = xlsx([('A_E nach Alter', rows), ('Ursachen', causes)],
                title='Mortality experience UK term 2021-2025', author='James Whitcombe',
                created='2026-04-08T13:20:00Z')
    return msg(p.a, HH['kroeger'], 'Sterblichkeit UK-Bestand 2021-2025 (A/E)',
               when('2026-04-08 14:02'),
               M('mixed', T(body), A(book, CT_XLSX, 'UK_Term_Mortality_AE_2021-2025.xlsx')),
               lang='de-DE')


@mail('CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'liability claim against a named Irish householder: his tree fell on the neighbour\'s car in a storm, policy and claim number; no injury (windows-1252)')
def m0023():
    p = S['siobhan']
    body = """\
Dear Ms Brophy,

Your client:  Mr Gerard Tuohy, 11 Castlewood Lawn, Naas, Co. Kildare
Our insured:  Mr Pádraig Hennessy, 13 Castlewood Lawn, Naas
Policy:       NHH-IE-57302 (home, incl. public liability)
Our claim:    CL-IE-26-00301
Your ref:     BN/TUO/0126

Thank you for your letter of 2 February. We have now received our
engineer's report and the arborist's note on the beech tree that came down
on the night of 24 January during Storm Hollis, damaging your client's
Volkswagen Passat (12-KE-3318) and the boundary wall.

The arborist found no signs of disease or decay in the trunk or root plate
that our insured could have noticed; the tree was inspected in 2024 and
crown-reduced at that time. Wind speeds recorded at Casement that night
reached 128 km/h. On that basis our view is that the damage was caused by
an exceptional weather event and not by any negligence of Mr Hennessy, and
we are not in a position to admit liability.

We note that your client's own motor policy should respond to the damage to
his car under its storm cover. As a gesture of goodwill, and without any
admission, our insured has offered to pay half of the cost of rebuilding the
wall (€1,850 on the quote you sent, so €925).

I'm glad that no one was hurt - it could easily have been otherwise.

Yours sincerely,

""" + sig('siobhan') + '\n\n' + FOOT_IE
    return msg(p.a, ('Niamh Brophy', 'nbrophy@brophynolan-solicitors.example'),
               'Your client G Tuohy / our insured P Hennessy - storm damage 24/01/2026 - CL-IE-26-00301',
               when('2026-02-16 12:19', 'ie'), T(body, cs='windows-1252', cte='qp'),
               lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'life claim paid to the executor of a named deceased: cause of death metastatic pancreatic cancer, sum assured; PDF settlement letter')
def m0024():
    p = S['fergus']
    body = """\
Dear Ms Cullinan,

I am writing about your late father's life assurance policy. Please accept
my sympathy - I know from our phone call how hard the last months have been
for your family.

We have now received everything we need: the death certificate, the grant
of probate and the completed claim form. I am glad to tell you that the
claim has been accepted in full. The settlement letter is attached, and the
payment of EUR 150,000 will reach the estate account within five working
days.

If there is anything else you need from us for the administration of the
estate, just reply to this e-mail or call me directly.

With kind regards,

""" + sig('fergus') + '\n\n' + FOOT_IE
    letter = pdf([
        '# Nordhafen Insurance Ireland - Life Claim Settlement',
        '',
        'Ms Maeve Cullinan, Executor',
        '5 Killiney View, Ballybrack, Co. Dublin, A96 P4K3',
        '',
        'Date: 14/05/2026',
        'Policy: NHL-IE-0094471 (Term assurance, single life)',
        'Life assured: Mr Thomas Cullinan, born 30/08/1953, died 02/03/2026',
        'Cause of death (death certificate): metastatic adenocarcinoma of the pancreas',
        'Claim no.: LC-IE-26-0042',
        '',
        'Sum assured                                   EUR 150,000.00',
        'Premium refund after date of death            EUR      41.20',
        'Total payable to the estate                   EUR 150,041.20',
        '',
        'Payment to: Estate of Thomas Cullinan, client account of Hegarty & Roche Solicitors',
        'IBAN: IE18 CRBK 9094 9009 0264 51',
        '',
        'The policy was issued in 2011 and is outside the two-year contestability period.',
        'No further information is required.',
        '',
        'Fergus McBride, Claims Handler, Personal Accident & Life',
    ], title='Settlement LC-IE-26-0042', created='20260514094500')
    return msg(p.a, ('Maeve Cullinan', 'maeve.cullinan@eirmail.example'),
               "Your father's policy NHL-IE-0094471 - claim settled",
               when('2026-05-14 10:03', 'ie'),
               M('mixed', T(body), A(letter, CT_PDF, 'Settlement_LC-IE-26-0042.pdf')),
               lang='en-IE')


@mail('NORMAL', 'en', 'internal',
      'trap: critical illness decline letter TEMPLATE with [placeholders] (condition, ICD-10, policy definition) sent for review; DOCX')
def m0025():
    p = S['fergus']
    body = """\
Hi Aoife,

Attached is v3 of the CI decline template we talked about at the team
meeting. Changes from v2:

  - plain-English opening paragraph (Central Bank feedback from the
    consumer protection review)
  - the policy definition is now quoted in full in a box instead of
    paraphrased
  - new paragraph on the right to ask for an independent medical review
  - FSPO paragraph updated with the new address

The placeholders are in square brackets - I've left them highlighted so
Compliance can see what the system fills in. No real case in it.

Could you have a look before I send it to Compliance on Friday?

Thanks,
Fergus

""" + sig('fergus', 'short')
    tpl = docx([
        'Nordhafen Insurance Ireland, 7 Wilton Basin, Dublin 2',
        '[Policyholder name]',
        '[Address line 1], [Address line 2], [Eircode]',
        '[Date]',
        ('b', 'Your critical illness claim - policy [Policy number], claim [Claim number]'),
        'Dear [Salutation] [Surname],',
        'Thank you for your claim and for sending us the medical information we asked for. '
        'We know this is a difficult time, and we want to explain our decision clearly.',
        'We have carefully looked at the reports from [Consultant name] dated [Report date]. '
        'They confirm a diagnosis of [Condition] ([ICD-10 code]). Unfortunately this does not '
        'meet the definition of [Covered condition] in your policy, which says:',
        ('b', '[Policy definition - quoted in full]'),
        'The reason is: [Reason, e.g. the tumour is classified as carcinoma in situ / '
        'the heart attack did not meet the troponin criteria].',
        'If you have further medical evidence, or if your condition changes, please send it to us and '
        'we will look at your claim again. You can also ask for your claim to be reviewed by an '
        'independent consultant at our cost.',
        'If you are unhappy with our decision, you can complain to us and then to the Financial Services '
        'and Pensions Ombudsman, Lincoln House, Lincoln Place, Dublin 2.',
        'Yours sincerely,',
        '[Claims handler name], [Job title]',
    ], title='CI decline template v3', author='Fergus McBride', created='2026-04-21T11:05:00Z')
    return msg(p.a, S['aoife'].a, 'CI decline letter template v3 for review',
               when('2026-04-21 11:32', 'ie'),
               M('mixed', T(body), A(tpl, CT_DOCX, 'TPL_CI_decline_v3.docx')),
               lang='en-IE')

# ==========================================================================
# MAILS 0026-0050
# ==========================================================================

@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'grey: travel cancellation because the customer was made redundant (no health content): policy, claim, amount, bank account ending')
def m0026():
    p = S['sophie']
    body = """\
Dear Mr Grady,

Travel claim TC-26-04418 - cancelled holiday, Lanzarote 14-28 March 2026
Policy: NHT-AN-2207731 (annual multi-trip, family)

Thank you for sending the letter from Hollins & Marr Engineering confirming
that your job was made redundant on 30 January 2026, and the statutory
redundancy payment calculation. Redundancy is one of the insured reasons
for cancellation on your policy, as you were not aware of it when you
booked the trip in October.

We have settled the claim as follows:

  Package holiday (TUI-style package, non-refundable)   £2,940.00
  Less amount refunded by the tour operator              -£1,470.00
  Airport parking (pre-paid, non-refundable)                £84.00
  Less policy excess (1 x £75, per claim)                  -£75.00
  -----------------------------------------------------------------
  Total paid                                              £1,479.00

The payment will be made to your account ending 0917 within 3 working days.

I'm sorry this year's holiday didn't happen, and I hope things pick up on
the job front soon.

Kind regards,

""" + sig('sophie') + '\n\n' + FOOT_UK
    return msg(p.a, ('Liam Grady', 'liam.grady@tynemail.example'),
               'Your travel claim TC-26-04418 has been settled',
               when('2026-02-25 13:47'), T(body, cte='8bit'))


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
      'CI claim of a named Irish customer: English note to head office quoting a German discharge letter (STEMI, stent, ejection fraction)')
def m0027():
    p = S['fergus']
    body = """\
Hi Heike,

Could I ask a favour? We have a critical illness claim from an Irish
customer who had a heart attack while visiting his daughter in Freiburg in
March. The hospital's discharge letter is in German, and before I pay for a
certified translation I'd like to know whether it is enough to meet our
heart attack definition (we need typical symptoms, new ECG changes and a
troponin rise above the lab reference).

Policyholder: Mr Colm Ryan, DOB 09/11/1962, policy NHC-IE-61-20451
Claim: CI-IE-26-0117, sum assured EUR 120,000

The relevant part of the letter, as the customer typed it out for us:

> Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,
>
> wir berichten über Herrn Colm Ryan, geb. 09.11.1962, der sich vom
> 14.03.2026 bis 19.03.2026 in unserer stationären Behandlung befand.
>
> Diagnosen:
> - Akuter ST-Hebungsinfarkt (STEMI) der Vorderwand, I21.0
> - Koronare 2-Gefäßerkrankung
> - Arterielle Hypertonie
>
> Verlauf: Aufnahme über den Notarzt mit seit 2 Stunden bestehenden
> retrosternalen Schmerzen mit Ausstrahlung in den linken Arm. Im EKG
> ST-Hebungen in V1-V4. Troponin T hs initial 412 ng/l, im Verlauf max.
> 3.870 ng/l. Notfallmäßige Koronarangiographie mit Implantation von
> 2 medikamentefreisetzenden Stents in den RIVA. LVEF echokardiographisch
> 45 %.
>
> Medikation bei Entlassung: ASS 100 mg, Ticagrelor 90 mg 1-0-1,
> Atorvastatin 80 mg, Ramipril 2,5 mg, Bisoprolol 2,5 mg.

My reading is that it ticks all three boxes, but my German is limited to
ordering in restaurants. Could you or someone in the Leistung team confirm
in a line or two? Then we can pay without waiting for the translation.

Vielen Dank!
Fergus

""" + sig('fergus')
    return msg(p.a, HH['janssen'],
               'Quick help please - German discharge letter for CI claim CI-IE-26-0117',
               when('2026-04-14 09:55', 'ie'), T(body), lang='en-IE')


@mail('NORMAL', 'en', 'insurer-to-broker',
      'trap: anonymised group income protection claims statistics by cause (mental health, MSK, cancer), XLSX for a broker webinar; no person')
def m0028():
    p = S['gareth']
    body = """\
Hi Priyanka,

As promised after Tuesday's call, attached are the anonymised GIP claims
figures for your client webinar. They cover all UK schemes we insure, 2023
to 2025, new claims only. Cells with fewer than 10 claims are merged into
"other", so nothing can be traced back to an individual or a scheme.

Headlines you might want to use:

  - Mental health is still the biggest cause of new claims (34 %), and the
    average age of those claimants keeps falling (now 38).
  - Musculoskeletal is second (23 %), cancer third (16 %).
  - 61 % of claimants with early intervention before week 8 returned to
    work within the deferred period, against 28 % without.

Happy for you to quote any of it with "Source: Nordhafen Group Risk claims
data 2023-2025". If you want me to present the slide on early intervention
myself, I'm free on the 21st.

Cheers,
Gareth

""" + sig('gareth') + '\n\n' + FOOT_UK
    by_cause = [['Cause of claim', '2023', '2024', '2025', 'Share 2025'],
                ['Mental health', 212, 238, 261, '34 %'],
                ['Musculoskeletal', 171, 169, 177, '23 %'],
                ['Cancer', 118, 122, 123, '16 %'],
                ['Neurological', 44, 51, 49, '6 %'],
                ['Cardiovascular', 39, 35, 38, '5 %'],
                ['Post-viral / long COVID', 58, 41, 30, '4 %'],
                ['Other (incl. cells < 10)', 87, 92, 90, '12 %'],
                ['Total new claims', 729, 748, 768, '100 %']]
    rtw = [['Intervention', 'Claims', 'Returned within deferred period', 'Rate'],
           ['Early (referral before week 8)', 402, 245, '61 %'],
           ['Late or none', 366, 102, '28 %']]
    book = xlsx([('New claims by cause', by_cause), ('Early intervention', rtw)],
                title='GIP claims statistics 2023-2025 (anonymised)', author='Gareth Hughes',
                created='2026-05-07T16:40:00Z')
    return msg(p.a, ('Priyanka Shah', 'priyanka.shah@meridian-benefits.example'),
               'GIP claims stats for your webinar (anonymised)', when('2026-05-07 17:02'),
               M('mixed', T(body), A(book, CT_XLSX, 'Nordhafen_GIP_claims_stats_2023-2025.xlsx')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'grey: pet insurance claim for a named customer\'s dog (cruciate ligament surgery) - animal health is not human health; policy, payment')
def m0029():
    p = S['hannah']
    body = """\
Dear Ms Thornley,

Claim PC-26-07719 - Biscuit (Cocker Spaniel, 9 years)
Policy NHPET-330174 (Lifetime Plus)

Thank you for sending the invoice from Brookside Veterinary Referrals. I'm
pleased to say we can pay the claim for Biscuit's cruciate ligament
surgery (TPLO, right hind leg) and the follow-up hydrotherapy.

  Vet fees claimed                 £3,240.00
  Less fixed excess                   -£99.00
  Less 20 % co-payment (pets aged
  8 and over)                        -£628.20
  ---------------------------------------------
  Paid to you                      £2,512.80

The payment goes to your account ending 4406 today. Biscuit's remaining vet
fee limit for this policy year is £1,487.20.

Please remember that if the left leg starts giving trouble too (which the
vet mentioned can happen), it is covered as a new condition under your
Lifetime plan.

Give him a pat from us!

Kind regards,

Hannah Whitfield
Team Leader, Personal Lines Customer Service
Nordhafen Insurance | UK Service Centre

""" + FOOT_UK
    return msg(p.a, ('Rebecca Thornley', 'becky.thornley@dalesnet.example'),
               "Biscuit's claim PC-26-07719", when('2026-06-03 11:24'), T(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'travel medical emergency: named insured with ischaemic stroke in Spain, fitness to fly, repatriation by air ambulance with assistance partner')
def m0030():
    p = S['sophie']
    body = """\
Hi Lucía,

Thanks for the update from the treating doctor in Alicante this morning.
Please go ahead with the repatriation for our insured as follows:

  Insured:   Mr Raymond Bickerstaff, DOB 02/04/1954
  Policy:    NHT-SN-5540912 (single trip, 04-25 May 2026)
  Your case: EA-26-ES-08812 / our claim TC-26-05120
  Hospital:  Hospital General Costa Blanca, Alicante, stroke unit

Medical summary as we understand it: acute ischaemic stroke (right middle
cerebral artery) on 9 May, thrombolysis within the window, now left-sided
weakness of the arm, mild dysarthria, swallowing assessed as safe with
thickened fluids. He is on apixaban since yesterday because of newly
diagnosed atrial fibrillation. The treating neurologist says he is fit to
fly from 15 May on a stretcher with a doctor and nurse escort.

Our medical officer agrees. Please arrange:

  1. Air ambulance Alicante - Manchester, 15 or 16 May, stretcher,
     doctor + nurse escort, oxygen on board.
  2. Ground ambulance at both ends.
  3. Bed at Salford Royal Hospital stroke rehab unit - his GP practice
     and the hospital discharge coordinator are aware; contact is
     the stroke ward sister, name and number in your case file.
  4. Return flight for Mrs Bickerstaff on the same air ambulance if
     space allows, otherwise scheduled flight on the same day.

Authority up to EUR 28,000 for the air ambulance. Please send the invoice
with the medical escort report.

Many thanks,
Sophie

""" + sig('sophie') + '\n\n' + FOOT_UK
    return msg(p.a, ('Lucía Ferrer - EuroAssist Medical', 'ops.uk@euroassist-medical.example'),
               'EA-26-ES-08812 / TC-26-05120 - Bickerstaff - repatriation approved',
               when('2026-05-12 10:31'), T(body), importance='high')


@mail('NORMAL', 'en', 'internal',
      'trap: minutes of a process meeting on subject access requests involving medical records (deadlines, redaction rules), no case; ODT')
def m0031():
    p = S['daniel']
    body = """\
Dear all,

Minutes of Thursday's meeting on the SAR process attached (ODT, as it came
out of my LibreOffice at home - sorry). Actions are in the table at the
end. Please check your name is spelt right and your action is what you
agreed to.

The main decisions:

  1. All SARs that involve medical evidence go through the DPO inbox first.
  2. Third-party medical reports are disclosed unless the doctor tells us
     within 14 days that disclosure would cause serious harm (UK: DPA 2018
     Sch. 3; IE: S.I. 82/1989 equivalent) - we ask, we don't assume.
  3. Redaction is done in the new tool only; no more black marker on
     printouts.

Next meeting: 9 July, 10:00, Teams.

Thanks,
Daniel

""" + sig('daniel', 'short')
    mins = odt([
        ('h', 'Minutes - Subject access requests (SAR) process review'),
        'Date: 11 June 2026, 10:00-11:30, Teams',
        'Present: Daniel Frost (chair), Megan Price, Rachel Okafor, Aoife Brennan, Lucy Harrington, Ciarán Murphy',
        ('h', '1. Volumes'),
        'UK: 214 SARs in 2025 (of which 61 involved medical evidence). Ireland: 88 (23 with medical evidence). '
        'Average response time 24 days; 9 late responses, all in the protection claims area.',
        ('h', '2. Medical evidence in SAR responses'),
        'GP and consultant reports obtained by us are personal data of the customer and in scope. '
        'Where a report may cause serious harm to the customer\'s physical or mental health, the author '
        'is consulted first. A standard letter to doctors will be drafted (template with placeholders).',
        ('h', '3. Redaction'),
        'Third-party data (other claimants, witnesses, staff opinions that identify colleagues) is redacted '
        'in the redaction tool. Internal fraud notes are assessed case by case.',
        ('h', '4. Secure delivery'),
        'All SAR responses are delivered through the secure portal; no ZIP files with passwords by e-mail.',
        ('table', [['Action', 'Owner', 'Due'],
                   ['Draft letter to doctors (serious harm test)', 'Daniel Frost', '26/06/2026'],
                   ['Train claims teams on the redaction tool', 'Ciarán Murphy', '10/07/2026'],
                   ['Check legacy PMI files for paper records', 'Megan Price', '31/07/2026'],
                   ['Update retention schedule for medical evidence', 'Aoife Brennan', '31/07/2026']]),
    ], title='SAR process review - minutes', author='Daniel Frost',
        created='2026-06-12T18:22:00Z')
    return msg(p.a, [S['megan'].a, S['rachel'].a, S['aoife'].a, S['lucy'].a, S['ciaran'].a],
               'Minutes - SAR process review 11 June', when('2026-06-12 18:40'),
               M('mixed', T(body), A(mins, CT_ODT, 'SAR_process_minutes_2026-06-11.odt')))


@mail('CONFIDENTIAL', 'de', 'internal',
      'German-language note from a UK motor handler to head office: collision of a named German policyholder\'s car in Manchester, plates, claim numbers, no injuries')
def m0032():
    p = S['oliver']
    body = """\
Sehr geehrter Herr Albers,

bitte entschuldigen Sie mein Deutsch, ich habe es in der Schule gelernt
und der Rest ist DeepL.

Es geht um einen Unfall in Manchester am 7. April 2026. Ihr
Versicherungsnehmer Herr Sören Lindqvist (Hamburg), Kennzeichen
HH-SL 4721, VW Touran, ist an einer Kreuzung in Didsbury auf das Fahrzeug
unseres Kunden Herrn Mohammed Rafiq aufgefahren (Kennzeichen MA21 KXN,
Skoda Octavia). Die Polizei war nicht da, die Fahrer haben Daten
ausgetauscht. Niemand wurde verletzt.

  Unsere Schadennummer:  MC-26-204455
  Ihre Grüne Karte:      D-HH/0471/2210398 (Vertrag KF 8812 5530)
  Schaden an MA21 KXN:   Heckstoßfänger, Heckklappe, Sensoren -
                         Kostenvoranschlag GBP 3.412,80 (Anlage folgt)
  Mietwagen:             6 Tage, GBP 294,00

Herr Lindqvist hat am Unfallort gesagt, dass er die Schuld anerkennt,
aber wir haben noch nichts Schriftliches. Könnten Sie uns bestätigen,
dass Sie den Schaden regulieren, oder sollen wir über das Green Card
Bureau gehen? Wir würden lieber direkt mit Ihnen abwickeln, das geht
meistens schneller.

Vielen Dank und freundliche Grüße
Oliver Pennington

""" + sig('oliver', lang='de') + '\n\n' + FOOT_UK
    return msg(p.a, HH['albers'],
               'Unfall Manchester 07.04.2026 - Ihr VN Lindqvist HH-SL 4721 / unser Schaden MC-26-204455',
               when('2026-04-13 15:10'), T(body), lang='de-DE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'group life (personal line) renewal: XLSX of named members with dates of birth, salaries and cover, two members needing medical evidence')
def m0033():
    p = S['grainne']
    body = """\
Hi Declan,

Thanks for sending the updated member data for the Corrib Software group
life scheme. I've checked it against our records and attached the
reconciled list - could you confirm the changes in yellow before we issue
the renewal on 1 July?

Two things to flag:

1. Two members are now above the free cover limit of EUR 750,000 (cover is
   4 x salary). We'll need a short health questionnaire from each of them
   before we can cover the excess. I'll send them the link directly
   through the secure portal, so they don't need to share anything with
   you. Until then they're covered up to the free cover limit.

2. One member, per your note, has been absent for more than 4 weeks.
   Under the "actively at work" clause her cover stays at last year's
   level until she returns. I've marked her in column J - please don't
   circulate the list beyond payroll.

Talk soon,
Gráinne

""" + sig('grainne') + '\n\n' + FOOT_IE
    rows = [['Member', 'Staff no.', 'Date of birth', 'Gender', 'Annual salary EUR',
             'Cover (4x) EUR', 'Above FCL', 'Joined', 'Change', 'Note']]
    rows += [
        ['Aidan Cronin', 'CS0012', '17/03/1976', 'M', 142000, 568000, '', '01/02/2015', '', ''],
        ['Sorcha Lynch', 'CS0019', '02/12/1984', 'F', 198000, 792000, 'yes', '01/09/2016', 'salary +18 %', 'health questionnaire'],
        ['Hugh Mannion', 'CS0027', '28/05/1990', 'M', 96500, 386000, '', '14/03/2018', '', ''],
        ['Yetunde Adebayo', 'CS0033', '11/07/1988', 'F', 88000, 352000, '', '05/11/2018', '', ''],
        ['Patrick Considine', 'CS0041', '06/01/1969', 'M', 205000, 820000, 'yes', '01/01/2019', 'new CTO', 'health questionnaire'],
        ['Ewa Kowalczyk', 'CS0052', '19/09/1993', 'F', 71000, 284000, '', '22/06/2020', '', 'absent > 4 weeks - cover frozen'],
        ['Ruairí Ó Sé', 'CS0060', '30/04/1995', 'M', 64500, 258000, '', '03/01/2022', 'new joiner', ''],
        ['Claire Gogarty', 'CS0063', '14/02/1981', 'F', 118000, 472000, '', '07/03/2022', '', ''],
        ['Mateus Ribeiro', 'CS0071', '25/10/1997', 'M', 58000, 232000, '', '12/09/2023', '', ''],
        ['Niall Fahy', 'CS0074', '08/08/1986', 'M', 0, 0, '', '01/02/2021', 'leaver 31/03/2026', 'remove'],
    ]
    book = xlsx([('Members 2026', rows)], title='Corrib Software group life - renewal 2026',
                author="Gráinne O'Sullivan", created='2026-05-28T10:05:00Z')
    return msg(p.a, ('Declan Hurley', 'declan.hurley@corribsoftware.example'),
               'Group life renewal 1 July - member data reconciliation',
               when('2026-05-28 10:19', 'ie'),
               M('mixed', T(body), A(book, CT_XLSX, 'CorribSoftware_GL_members_2026.xlsx')),
               lang='en-IE')


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: water from the dental practice on the ground floor of our building leaked into the archive; building damage, no patient data')
def m0034():
    p = S['simon']
    body = """\
Hi Mike,

We had another leak overnight, and this time it's worse. Water came
through the ceiling of our basement archive (room B02) from the dental
practice on the ground floor - the practice manager says a pipe to the
autoclave in their decontamination room split. Their surgeries 1 and 2 are
closed today, the X-ray room is fine.

What we found this morning:

  - about 3 m2 of ceiling tiles down in B02, wet carpet, two racks wet
  - the boxes on those racks are old procurement files and brochures, no
    customer files (those went to the off-site store last year)
  - the electrics in B02 are isolated as a precaution

Could you please:

  1. get your contractor to look at the riser and the ceiling void today;
  2. confirm with the dental practice's landlord insurer that they are
     notified (it's their tenant's pipe, so it's their claim, not ours);
  3. send me the report so I can pass it to our own property claims team
     in case we need to claim for the racks and carpet.

I'm in the building all day, mobile below.

Thanks,
Simon

""" + sig('simon') + '\n\n' + FOOT_UK
    return msg(p.a, ('Mike Dunstan', 'mike.dunstan@aldgate-pm.example'),
               '40 Mincing Row - leak from ground floor dental practice into our archive B02',
               when('2026-03-24 08:22'), T(body, cs='us-ascii', cte='7bit'),
               cc=('Facilities London', 'facilities.london@' + DOMAIN))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'failed direct debit and arrears on a named Irish customer\'s home policy: amount, policy number, bank (us-ascii)')
def m0035():
    p = S['declan']
    body = """\
Dear Mr Devane,

Home insurance policy NHH-IE-44918 - missed payment

Your direct debit for the instalment due on 1 April 2026 (EUR 61.35) was
returned unpaid by your bank with the reason "refer to payer". This is the
second returned payment this year.

To keep your cover in place, please do one of the following by 21 April
2026:

  - pay EUR 61.35 by card on 01 554 0312 or in your online account, or
  - tell us if you would like us to try the direct debit again, or
  - give us new bank details if your account has changed.

If we do not hear from you, we will have to cancel your policy from
30 April 2026 and we will write to you to confirm this. If you have a
mortgage, your lender may require buildings cover, so please do contact us.

If you are having difficulty paying, please call us - we can look at
spreading the payments differently.

Yours sincerely,

Declan Walsh
Credit Control
Nordhafen Insurance Ireland
7 Wilton Basin, Dublin 2, D02 XK46
T: +353 1 554 0312

""" + FOOT_IE
    return msg(p.a, ('Cathal Devane', 'cathal.devane@westnet-mail.example'),
               'Missed payment - home insurance NHH-IE-44918',
               when('2026-04-07 09:03', 'ie'), T(body, cs='us-ascii', cte='7bit'),
               lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'personal accident claim: named customer\'s distal radius fracture after a fall, cast, fracture benefit and weekly disablement benefit')
def m0036():
    p = S['fergus']
    text = """\
Dear Ms Lenihan,

Personal accident claim PA-IE-26-0088 - policy NHPA-IE-70233

Thank you for sending the discharge summary from the Emergency Department
and the fracture clinic letter. I'm sorry to hear about your fall on the
ice - I hope the wrist is settling.

The hospital confirms a displaced fracture of the right distal radius
(wrist), which was manipulated under sedation and put in a cast for six
weeks. You are right-handed and, as a hairdresser, unable to work while the
cast is on.

Under your policy we will pay:

  Fracture benefit (wrist, displaced)                EUR 2,500.00
  Temporary total disablement, EUR 300 per week,
  from 22 January 2026 (after the 7-day excess
  period) for 6 weeks, to be reviewed                 EUR 1,800.00
  ------------------------------------------------------------------
  First payment                                      EUR 4,300.00

If the fracture clinic extends the cast or you need physiotherapy before
you can go back to work, send us the letter and we will extend the weekly
benefit.

Wishing you a quick recovery,

""" + sig('fergus') + '\n\n' + FOOT_IE
    return msg(p.a, ('Tara Lenihan', 'tara.lenihan@eirmail.example'),
               'Your personal accident claim PA-IE-26-0088', when('2026-02-04 14:36', 'ie'),
               M('alternative', T(text), T(html_doc(html_paras(text), lang='en-IE'), 'html')),
               lang='en-IE')


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: press release on a virtual GP and mental health service for group PMI members, statistics only, to a trade journalist')
def m0037():
    p = S['emma']
    text = """\
Hi Tom,

Ahead of tomorrow's announcement, please find our press release below,
embargoed until 00:01 on Thursday 23 April. Happy to set up a call with our
Head of Health Claims if you'd like a quote or background.

Emma

----------------------------------------------------------------------
PRESS RELEASE - EMBARGOED UNTIL 00:01 BST, 23 APRIL 2026

Nordhafen adds 24/7 virtual GP and mental health pathway to all group
PMI schemes

LONDON - Nordhafen Insurance today announced that every member of its
group private medical insurance schemes in the UK and Ireland will have
access to a 24/7 virtual GP, online prescriptions and a fast-track mental
health pathway from 1 June 2026, at no extra cost to employers.

The mental health pathway gives members a first assessment with a
psychological wellbeing practitioner within 48 hours and up to eight
sessions of CBT without a GP referral. In a 2025 pilot with 12 employers,
the average time from first contact to first therapy session fell from 31
days to 6 days.

"Employers tell us that waiting is what turns a bad month into a long
absence," said Dr Helen Fairbrother, Chief Medical Officer of Nordhafen
UK & Ireland. "Fast access is the single most useful thing we can add."

About Nordhafen Insurance: Nordhafen Insurance is the UK and Irish
business of Nordhafen Versicherung AG, Hamburg, which insures 3.2 million
customers across Europe.

Media contact: Emma Clarke, press@nordhafen.example, 020 7946 0460
----------------------------------------------------------------------

""" + sig('emma') + '\n\n' + FOOT_UK
    return msg(p.a, ('Tom Redfern', 'tom.redfern@insurancedesk-weekly.example'),
               'Embargoed 23/04: Nordhafen adds virtual GP and mental health pathway to group PMI',
               when('2026-04-22 11:15'),
               M('alternative', T(text), T(html_doc(html_paras(text)), 'html')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
      "grey: commission statement for a sole-trader broker (natural person) with his sort code and account number; CSV")
def m0038():
    p = S['chloe']
    body = """\
Hi Rhys,

Your commission statement for May 2026 is attached (CSV, one line per
policy). Total commission this month is GBP 1,843.27, which will be paid on
5 June by BACS to the account we hold for you:

  Account name: Rhys Pugh t/a Pugh Insurance Services
  Sort code:    35-42-39
  Account no.:  22767527

You mentioned you're moving your business account to a new bank in the
summer - when you do, please send the new details on headed paper signed
by you (not by e-mail), as our fraud team insists on it.

Diolch,
Chloe

""" + sig('chloe') + '\n\n' + FOOT_UK
    rows = [['Policy', 'Client surname', 'Product', 'Transaction', 'Premium GBP',
             'Commission %', 'Commission GBP']]
    rows += [
        ['NHH-4420-0311', 'Bowen', 'Home', 'Renewal', '412.60', '17.5', '72.21'],
        ['NHM-7705-1820', 'Llewellyn', 'Motor', 'New business', '884.00', '12.5', '110.50'],
        ['NHH-4420-0398', 'Price', 'Home', 'Renewal', '355.10', '17.5', '62.14'],
        ['NHC-5512-0077', 'Gwynedd Joinery Ltd', 'Commercial combined', 'New business', '6,420.00', '15.0', '963.00'],
        ['NHM-7705-1902', 'Evans', 'Motor', 'MTA (additional driver)', '96.40', '12.5', '12.05'],
        ['NHL-2290-1144', 'Morgan', 'Landlord', 'Renewal', '1,188.00', '20.0', '237.60'],
        ['NHH-4420-0420', 'Jenkins', 'Home', 'Cancellation', '-122.80', '17.5', '-21.49'],
        ['NHC-5512-0102', 'Pont Cafe', 'Shop & office', 'Renewal', '2,540.00', '15.0', '381.00'],
        ['NHM-7705-2033', 'Roberts', 'Motor', 'Renewal', '208.50', '12.5', '26.06'],
    ]
    return msg(p.a, ('Rhys Pugh', 'rhys@pugh-insurance.example'),
               'Commission statement May 2026 - agency 51180', when('2026-06-01 08:48'),
               M('mixed', T(body), CSV(csv_bytes(rows), 'commission_51180_2026-05.csv')))


@mail('NORMAL', 'de', 'insurer-to-broker',
      'generic broker information in German about insuring German-registered cars after a move to Ireland (VRT, green card, NCD); no client')
def m0039():
    p = S['eoin']
    body = """\
Sehr geehrter Herr Hofmeister,

vielen Dank für Ihre Anfrage. Gern fasse ich zusammen, was Ihre Kunden
beachten müssen, wenn sie mit einem in Deutschland zugelassenen Auto nach
Irland ziehen. Das ist eine allgemeine Information, für konkrete Kunden
machen wir gern ein Angebot.

1. Zulassung: Wer seinen Wohnsitz nach Irland verlegt, muss das Fahrzeug
   innerhalb von 30 Tagen bei der irischen Zulassungsstelle anmelden und
   die Vehicle Registration Tax (VRT) bezahlen. Unter bestimmten
   Voraussetzungen (Transfer of Residence) ist das steuerfrei.

2. Übergangszeit: Bis zur irischen Zulassung gilt die deutsche
   Kfz-Haftpflicht über die Grüne Karte weiter. Viele deutsche Versicherer
   kündigen aber bei Wohnsitzwechsel ins Ausland - bitte prüfen.

3. Schadenfreiheitsrabatt: Wir erkennen deutsche SF-Klassen an, wenn der
   Kunde eine Bescheinigung des Vorversicherers vorlegt (nicht älter als
   2 Jahre). SF 10 entspricht bei uns etwa 5 Jahren No Claims Bonus, mehr
   als 5 Jahre rechnen wir nicht an.

4. Führerschein: Deutsche EU-Führerscheine gelten in Irland unbegrenzt,
   ein Umtausch ist nicht nötig.

Unter https://brokers.nordhafen.example/ie/kfz finden Sie unser
Infoblatt "Umzug nach Irland" auf Deutsch und Englisch, das Sie gern an
Ihre Kunden weitergeben können.

Mit freundlichen Grüßen aus Dublin

Eoin Fitzpatrick
Kundenservice, German Desk
Nordhafen Insurance Ireland
Tel.: +353 1 554 0166

""" + FOOT_IE
    return msg(p.a, ('Stefan Hofmeister', 'hofmeister@hofmeister-makler.example'),
               'AW: Kfz-Versicherung nach Umzug nach Irland - allgemeine Infos',
               when('2026-05-19 15:27', 'ie'), T(body), lang='de-DE',
               irt='<20260519093312.7F2A1@hofmeister-makler.example>')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'Irish personal injury claim: injuries board assessment for a named claimant (fractured clavicle, soft tissue, psychological), acceptance')
def m0040():
    p = S['siobhan']
    body = """\
Dear Mr Gleeson,

Your client:      Mr Shane Kinsella
Respondent:       our insured, Ms Eimear Brosnan (policy NHM-IE-30227140)
Accident:         road traffic accident, N11 near Arklow, 28 August 2025
Board reference:  IRB-2026-0413377
Our claim:        CL-IE-25-02190

We have received the Injuries Resolution Board's assessment of 6 May
2026. The Board assessed general damages at EUR 28,500, based on the
medical report of Mr Kevin Dolan, consultant orthopaedic surgeon, which
records:

  - fracture of the left clavicle, treated conservatively in a sling,
    united at 10 weeks, minor residual ache with overhead work;
  - soft tissue injury to the lower back, substantially resolved at
    6 months;
  - adjustment reaction with driving anxiety, treated with 6 sessions of
    counselling, expected to resolve.

Special damages of EUR 4,216.40 (loss of earnings 5 weeks, physiotherapy,
counselling, medication) are also accepted as vouched.

On behalf of our insured we confirm acceptance of the assessment. Payment
of EUR 32,716.40 will be made to your client account on receipt of the
Order to Pay and your client's signed acceptance.

Yours sincerely,

""" + sig('siobhan') + '\n\n' + FOOT_IE
    return msg(p.a, ('Brian Gleeson', 'bgleeson@gleesonsolicitors-wicklow.example'),
               'Kinsella v Brosnan - IRB-2026-0413377 - assessment accepted',
               when('2026-05-20 12:44', 'ie'), T(body), lang='en-IE')


@mail('NORMAL', 'en', 'insurer-to-broker',
      'broker portal one-time password mail (system), no personal or contract data')
def m0041():
    body = """\
Welcome to the Nordhafen adviser portal

Your account for the adviser portal has been created by your firm
administrator. This is your one-time password:

    7Kq-4mZt-92Rw

Use it within 72 hours together with your e-mail address to log in at
https://brokers.nordhafen.example/login . You will then set your own
password and a security question.

A second e-mail with the registration link has been sent separately.
For security reasons the one-time password and the link are never sent
in the same e-mail.

If you did not expect this e-mail, please tell your firm administrator or
call Broker Support on 0161 496 0100.

Nordhafen Insurance - Broker Support
(automatic message, please do not reply)
"""
    return msg(('Nordhafen Adviser Portal', 'adviserportal-noreply@' + DOMAIN),
               'k.osei@thamesgate-advisers.example',
               'Your one-time password for the Nordhafen adviser portal',
               when('2026-03-03 08:01'), T(body, cs='us-ascii', cte='7bit'),
               mailer='system', extra=[('Auto-Submitted', 'auto-generated')])


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'change of address on a named customer\'s home policy; policy schedule PDF with date of birth, address, sums insured')
def m0042():
    p = S['hannah']
    body = """\
Dear Mr and Mrs Whitaker,

Thank you for letting us know about your move. We have updated your home
insurance to your new address from 20 February 2026, and your new policy
schedule is attached.

There is no change to your premium - the new house is in the same rating
area and has the same number of bedrooms. Please check the schedule,
particularly the rebuild cost, which we have taken from your surveyor's
report (GBP 385,000). If it is wrong, you could be underinsured.

Best wishes in the new home!

Kind regards,

Hannah Whitfield
Team Leader, Personal Lines Customer Service
Nordhafen Insurance | UK Service Centre

""" + FOOT_UK
    sched = pdf([
        '# Nordhafen Insurance - Home Insurance Policy Schedule',
        '',
        'Policy number: NHH-5520-3317            Issued: 19/02/2026',
        'Policyholders: Mr Andrew Whitaker (born 11/06/1978)',
        '               Mrs Louise Whitaker (born 03/02/1981)',
        'Insured address: 7 Orchard Rise, Kenilworth, Warwickshire CV8 2PT',
        'Previous address: 22 Mill End, Leamington Spa CV31 1EN',
        'Period of insurance: 01/11/2025 - 31/10/2026',
        '',
        'Buildings sum insured (rebuild cost)        GBP 385,000',
        'Contents sum insured                         GBP  75,000',
        'Personal possessions (away from home)        GBP   5,000',
        'Specified item: engagement ring              GBP   6,200',
        'Accidental damage (buildings and contents)   included',
        'Excess: GBP 250 (escape of water GBP 450)',
        '',
        'Annual premium GBP 684.30, payable monthly by Direct Debit (account ending 2219)',
        '',
        'Mortgagee: Coventry Vale Building Society, account ref. CV-77100382',
    ], title='Policy schedule NHH-5520-3317', created='20260219110000')
    return msg(p.a, ('Andrew Whitaker', 'andy.whitaker@midshires-mail.example'),
               'Your new policy schedule - NHH-5520-3317', when('2026-02-19 11:14'),
               M('mixed', T(body), A(sched, CT_PDF, 'Schedule_NHH-5520-3317.pdf')),
               cc=('Louise Whitaker', 'louise.whitaker@midshires-mail.example'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'request to a consultant oncologist for a named CI claimant: invasive ductal carcinoma C50.9, staging, receptor status')
def m0043():
    p = S['fergus']
    body = """\
Dear Dr O'Driscoll,

Patient: Mrs Yvonne Twomey, DOB 21/01/1971
Address: 4 Lough Mahon Drive, Blackrock, Cork T12 F6N2
Our claim: CI-IE-26-0079 (critical illness, policy NHC-IE-60-88174)

Mrs Twomey has made a critical illness claim with us following her
diagnosis of breast cancer (C50.9) in February, and she has given her
written consent (copy available on request) for us to ask you for a
report. We are sorry to add to your paperwork.

To assess the claim against the policy definition of cancer, could you
please confirm:

  1. the histological diagnosis (we understand invasive ductal carcinoma,
     grade 2) and the date of the biopsy;
  2. the TNM stage, and whether there is any lymph node involvement;
  3. the receptor status (ER/PR/HER2);
  4. the treatment plan (surgery, chemotherapy, radiotherapy, endocrine
     therapy) and any dates already fixed;
  5. whether any earlier breast symptoms or investigations are recorded
     before 2026.

Copies of the histology and MDT outcome letter would be sufficient instead
of a narrative report if that is easier. Our fee is EUR 150; please send
your invoice with the report. You can upload everything securely at the
link in our covering letter, or post it to the address below.

Thank you very much.

Yours sincerely,

""" + sig('fergus') + '\n\n' + FOOT_IE
    return msg(p.a, ("Dr Mairéad O'Driscoll", 'oncology.secretary@stfinbarrs-oncology.example'),
               'Medical report request - Mrs Y Twomey (DOB 21/01/1971) - CI-IE-26-0079',
               when('2026-03-12 11:20'), T(body), lang='en-IE')


@mail('NORMAL', 'en', 'insurer-to-broker',
      'meeting invitation (ICS) about group risk renewal strategy with a broker firm, no client data')
def m0044():
    p = S['gareth']
    body = """\
Hi Priyanka, hi Dev,

As discussed, here's an invite for our quarterly review. Agenda below,
shout if you want to add anything.

  1. Group life and GIP renewal pricing for Q3/Q4 - market trends
  2. Our new early intervention service - how to position it
  3. Your pipeline for 2026/27 (no client names needed at this stage)
  4. Service: turnaround of quotes, portal feedback

I'll bring coffee and the good biscuits.

Gareth

""" + sig('gareth') + '\n\n' + FOOT_UK
    inv = ics('NH-GR-Q3-' + _h('uid', n=10) + '@' + DOMAIN,
              'Nordhafen / Meridian Benefits - quarterly group risk review',
              '20260709T090000Z', '20260709T103000Z', (S['gareth'].name, S['gareth'].addr),
              [('Priyanka Shah', 'priyanka.shah@meridian-benefits.example'),
               ('Dev Malhotra', 'dev.malhotra@meridian-benefits.example')],
              location='Nordhafen, 40 Mincing Row, London EC3R 7NH - room Elbe',
              description='Agenda: renewal pricing Q3/Q4, early intervention service, '
                          'pipeline 2026/27, service review.',
              stamp='20260622T143000Z')
    return msg(p.a, [('Priyanka Shah', 'priyanka.shah@meridian-benefits.example'),
                     ('Dev Malhotra', 'dev.malhotra@meridian-benefits.example')],
               'Quarterly group risk review - 9 July, 10:00', when('2026-06-22 15:31'),
               M('mixed', T(body), ICS(inv, 'invite.ics')))


@mail('CONFIDENTIAL', 'en', 'internal',
      'counter-fraud referral of a named motor claimant (inflated repair, linked garage), claim and registration; no injury claimed')
def m0045():
    p = S['oliver']
    body = """\
Hi Ben,

Referral for you, please - something doesn't sit right with this one.

Claim:     MC-26-207731
Claimant:  Mr Jordan Whelan, 31 Ravensworth Street, Bolton BL1 4SQ
Vehicle:   BMW 320d M Sport, YT68 HZP
Incident:  rear-ended at lights on Chorley New Road, 02/05/2026, 23:40
           (our insured admits liability; no injuries claimed)

Why I'm suspicious:

  - repair estimate from Prestige Autobody Bolton is GBP 7,980 for what
    looks like a bumper and a boot lid on the photos
  - Prestige was also the repairer on MC-25-190244 and MC-25-198803, both
    late-night rear-end impacts with the same claims management company
  - claimant's phone number is the same as the driver in MC-25-198803
  - he was insured with us for 19 days when it happened

I've put the claim on hold and asked for an independent engineer. Can you
run it through the CUE/IFB checks and let me know if you want to take it
over?

Cheers,
Oliver

""" + sig('oliver', 'short')
    return msg(p.a, S['ben'].a, 'Fraud referral - MC-26-207731 (Whelan / Prestige Autobody)',
               when('2026-05-11 14:17'), T(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'surveillance findings on a named PI claimant with an L4/L5 disc injury, shared between fraud team and litigation manager')
def m0046():
    p = S['ben']
    body = """\
Lucy,

Privileged & confidential - prepared in contemplation of litigation.

Summary of the surveillance on Mr Darren Mottram (claim EL-25-06612, your
litigation file), as requested.

Claimed: lumbar disc prolapse L4/L5 with right-sided sciatica after lifting
at work on 14/08/2025; claimant says he cannot lift more than a kettle,
cannot drive more than 20 minutes, uses a stick outdoors, and cannot return
to his job as a warehouse operative. His expert (Mr Aziz, spinal surgeon)
gives a prognosis of permanent restriction, future loss claimed at
GBP 286,000.

Observed on 3 days (6, 9 and 14 June 2026), about 11 hours of footage:

  - 9 June: loading 6 bags of garden compost (approx. 40 l each) from a
    trolley into a car boot at a garden centre, bending without any
    visible hesitation; no stick.
  - 9 June: driving approx. 55 minutes without a break.
  - 14 June: playing 5-a-side football for about 40 minutes.

On 6 June he was seen walking with the stick to and from his GP surgery
only.

I'd suggest we disclose the footage after his witness statement is served
and put it to our own orthopaedic expert. Full report and footage on the
restricted share, folder EL-25-06612/SURV.

Ben

""" + sig('ben', 'short')
    return msg(p.a, S['lucy'].a, 'EL-25-06612 Mottram - surveillance summary (privileged)',
               when('2026-06-19 16:52'), T(body), importance='high')


@mail('NORMAL', 'en', 'internal',
      'trap: IT ticket about a jamming scanner in the medical underwriting team ("GP reports"), no patient')
def m0047():
    p = S['amrit']
    body = """\
Hi IT,

The big scanner in Medical Underwriting (asset tag LDN-SCN-0142, 3rd floor
by the window) keeps jamming on double-sided GP reports - anything over
about 15 pages. It pulls two sheets at once and then stops with error
code J-2014.

We have a backlog of about 40 reports from the post this week, so it would
be great if someone could look at it today or tomorrow. The small scanner
on the 2nd floor works but is very slow and it isn't set up for our
secure scan-to-folder.

Ticket ref if you need it: INC0088412

Thanks,
Amrit

Amrit Sandhu
Medical Underwriting Assistant | Nordhafen Insurance UK Branch
"""
    return msg(p.a, ('IT Service Desk', 'servicedesk@' + DOMAIN),
               'INC0088412 - scanner in Medical Underwriting jamming',
               when('2026-02-10 09:37'), T(body, cs='us-ascii', cte='7bit'))


@mail('CONFIDENTIAL', 'mixed', 'internal',
      'English note to head office quoting a German policyholder\'s German accident report from Kerry (plates, green card, no injuries)')
def m0048():
    p = S['siobhan']
    body = """\
Hi Matthias,

We're handling this one for you as Green Card correspondent in Ireland.
Your policyholder sent us the letter below (in German) - I've picked out
what I need, but could you confirm from your side that the policy was in
force on 12 July and that he is the registered keeper? Then we can settle
with the Irish third party.

Our ref: GC-IE-26-0318 / your contract (per green card): KF 8830 1174

Thanks!
Siobhán

-----Ursprüngliche Nachricht-----
Von: Henning Borchers <h.borchers@nordlicht-mail.example>
Gesendet: Mittwoch, 15. Juli 2026 20:41
An: claims.ie@nordhafen.example
Betreff: Unfall in Killarney am 12.07.

Sehr geehrte Damen und Herren,

am 12. Juli 2026 gegen 14:30 Uhr bin ich mit meinem Wohnmobil
(Kennzeichen OS-HB 812, Fiat Ducato, versichert bei der Nordhafen in
Hamburg) in Killarney auf dem Parkplatz am Muckross Park rückwärts
gegen einen geparkten Wagen gefahren (Ford Kuga, irisches Kennzeichen
191-KY-2274). Die Halterin, Frau Deirdre Sheehan, war nicht im Auto,
niemand wurde verletzt. Ich habe ihr einen Zettel mit meinen Daten
hinterlassen und sie hat mich am Abend angerufen.

Am Ford sind die Fahrertür und der Kotflügel eingedrückt. Meine Grüne
Karte und Fotos hänge ich an. Ich bin noch bis zum 30. Juli in Irland
unterwegs, am besten per E-Mail erreichbar.

Mit freundlichen Grüßen
Henning Borchers
Osnabrück

""" + sig('siobhan')
    return msg(p.a, HH['albers'],
               'FW: Unfall in Killarney am 12.07. - your policyholder Borchers / GC-IE-26-0318',
               when('2026-07-16 09:12', 'ie'), T(body), lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'German-language request to a German GP for a report on a named life applicant (Hashimoto, L-thyroxine); consent form PDF')
def m0049():
    p = S['priya']
    body = """\
Sehr geehrter Herr Dr. Heinsohn,

Ihr ehemaliger Patient, Herr Malte Carstensen, geb. 23.08.1985, lebt seit
2023 in London und hat bei uns eine Risikolebensversicherung über
GBP 400.000 beantragt. Er hat angegeben, dass er bis 2023 bei Ihnen in
Behandlung war, und hat Sie von der Schweigepflicht entbunden (die
Erklärung liegt bei).

Im Antrag hat Herr Carstensen angegeben:

  - Hashimoto-Thyreoiditis seit 2017, Behandlung mit L-Thyroxin 75 µg
  - 2020 eine Gastroskopie wegen Oberbauchbeschwerden, ohne Befund

Wir wären Ihnen sehr dankbar, wenn Sie uns kurz folgende Fragen
beantworten könnten:

  1. Wann wurden die letzten Schilddrüsenwerte (TSH, fT4) bestimmt, und
     waren sie im Normbereich?
  2. Gab es Hinweise auf weitere Autoimmunerkrankungen?
  3. Ist Ihnen außer den genannten Punkten eine Erkrankung bekannt, die
     für eine Lebensversicherung wichtig sein könnte?

Für Ihren Aufwand zahlen wir ein Honorar von 60 EUR (angelehnt an GOÄ
Nr. 75); bitte legen Sie Ihrer Antwort eine Rechnung bei. Sie können den
Bericht per Post an die untenstehende Adresse oder über unser sicheres
Portal (Link in einer gesonderten E-Mail) schicken, bitte nicht per
normaler E-Mail.

Entschuldigen Sie bitte eventuelle Fehler in meinem Deutsch.

Mit freundlichen Grüßen

Priya Raman
Senior Underwriter, Protection (Life & Critical Illness)
Nordhafen Insurance | UK Branch (Niederlassung der Nordhafen Versicherung AG)
40 Mincing Row, London EC3R 7NH, Vereinigtes Königreich
Tel.: +44 20 7946 0238

""" + FOOT_UK
    form = pdf([
        '# Erklärung zur Entbindung von der Schweigepflicht',
        '',
        'Antragsteller: Malte Carstensen, geb. 23.08.1985',
        'Anschrift: Flat 9, 31 Cadogan Terrace, London E9 5HP, Vereinigtes Königreich',
        'Frühere Anschrift: Eppendorfer Weg 188, 20253 Hamburg',
        'Antrag: Risikolebensversicherung, Referenz PRT-2026-05530',
        '',
        'Ich entbinde Herrn Dr. med. Klaus Heinsohn, Facharzt für Allgemeinmedizin, Hamburg,',
        'von seiner Schweigepflicht gegenüber der Nordhafen Versicherung AG, UK Branch,',
        'soweit es um Angaben zu meinem Gesundheitszustand für die Prüfung meines Antrags geht.',
        '',
        'London, 02.04.2026      gez. M. Carstensen',
    ], title='Schweigepflichtentbindung PRT-2026-05530', created='20260402160000')
    return msg(p.a, ('Praxis Dr. Heinsohn', 'praxis@dr-heinsohn-hausarzt.example'),
               'Anfrage ärztlicher Bericht - Herr Malte Carstensen, geb. 23.08.1985',
               when('2026-04-07 10:05'),
               M('mixed', T(body), A(form, CT_PDF, 'Schweigepflichtentbindung_Carstensen.pdf')),
               lang='de-DE')


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: purchase order for AED pads, first-aid kits and burn dressings for the Dublin office; supplier company bank details; PDF PO')
def m0050():
    p = S['mark']
    body = """\
Hi Joanne,

Please find attached purchase order PO-UKI-2026-0419 for the Dublin office
first-aid restock. Delivery to reception at 7 Wilton Basin, Dublin 2, any
weekday between 9 and 5, attention of Katie Morrissey.

Could you also confirm the expiry dates of the AED pads before dispatch?
The last batch had only 11 months left on them.

Invoice to accounts.payable@nordhafen.example quoting the PO number,
payment 30 days as usual.

Thanks,
Mark

""" + sig('mark') + '\n\n' + FOOT_UK
    po = pdf([
        '# Nordhafen Insurance - Purchase Order PO-UKI-2026-0419',
        '',
        'Supplier: Medisafe Supplies Ltd, Unit 12, Ballymount Business Park, Dublin 12',
        'Supplier no.: 40118        Date: 20/04/2026        Currency: EUR',
        'Deliver to: Nordhafen Insurance Ireland, 7 Wilton Basin, Dublin 2, D02 XK46',
        '',
        'Item                                                  Qty   Unit     Total',
        'AED electrode pads, adult (for ZOLL AED Plus)           4   62.50    250.00',
        'AED electrode pads, paediatric                          1   74.00     74.00',
        'First aid kit, workplace, BS 8599-1 large               3   48.90    146.70',
        'Burn dressing kit (hydrogel)                            2   21.40     42.80',
        'Eye wash station refill 500 ml                          4    6.95     27.80',
        'Disposable gloves nitrile M (box 100)                   6    7.20     43.20',
        '',
        'Net                                                                   584.50',
        'VAT 23 %                                                              134.44',
        'Total                                                                 718.94',
        '',
        'Approved: Mark Ellison, Procurement Manager',
    ], title='PO-UKI-2026-0419', created='20260420101000', producer='Nordhafen Procure 3.1')
    return msg(p.a, ('Joanne Kiely', 'orders@medisafe-supplies.example'),
               'PO-UKI-2026-0419 - first aid restock Dublin', when('2026-04-20 10:26'),
               M('mixed', T(body), A(po, CT_PDF, 'PO-UKI-2026-0419.pdf')))

# ==========================================================================
# MAILS 0051-0075
# ==========================================================================

@mail('CONFIDENTIAL', 'en', 'insurer-to-company',
      'fleet motor: employer\'s driver list with named drivers, dates of birth, licence numbers and penalty points (CSV, iso-8859-1)')
def m0051():
    p = S['conor']
    body = """\
Hi Fiachra,

Thanks for the updated driver list - attached is the version we've loaded
for the fleet renewal on 1 June, with our underwriting notes in the last
column. Please check the two drivers marked "refer":

  - one driver under 25 on a 3.5 t van: we can add him but with a
    EUR 1,500 young driver excess;
  - one driver with 6 penalty points: we need to know what they were for
    before we can confirm cover on the artic.

Everyone else is fine at the quoted premium of EUR 48,260 for 22 vehicles.

Regards,
Conor

""" + sig('conor') + '\n\n' + FOOT_IE
    rows = [['Driver', 'Date of birth', 'Licence no.', 'Categories', 'Licence since',
             'Penalty points', 'Vehicle type', 'Underwriting note']]
    rows += [
        ['Fiachra Nolan', '02/03/1979', 'IE 179034412', 'B, C, CE', '1997', '0', 'Car', 'ok'],
        ['Tadhg Ó Riain', '18/10/1968', 'IE 168551207', 'B, C, CE', '1987', '0', 'Artic', 'ok'],
        ['Michelle Barry', '27/06/1985', 'IE 185220918', 'B, C1', '2004', '2', 'Van 3.5t', 'ok'],
        ['Jakub Wisniewski', '09/01/1991', 'PL D0173342', 'B, C, CE', '2010', '0', 'Artic', 'ok - EU licence'],
        ['Seán Hegarty', '30/09/2002', 'IE 102774630', 'B', '2021', '0', 'Van 3.5t', 'refer - under 25'],
        ['Declan Moloney', '12/12/1974', 'IE 174339901', 'B, C, CE', '1993', '6', 'Artic', 'refer - points'],
        ['Anna Keane', '05/05/1988', 'IE 188402175', 'B', '2007', '0', 'Car', 'ok'],
        ['Ronan Fitzgerald', '21/08/1983', 'IE 183018846', 'B, C', '2002', '3', 'Rigid 12t', 'ok'],
    ]
    return msg(p.a, ('Fiachra Nolan', 'fiachra.nolan@shannonside-distribution.example'),
               'Fleet renewal 1 June - driver list (NHF-IE-2204)', when('2026-05-14 16:08', 'ie'),
               M('mixed', T(body),
                 CSV(csv_bytes(rows, cs='iso-8859-1'), 'Shannonside_drivers_2026.csv',
                     cs='iso-8859-1')), lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'PMI claim declined for a named member: asthma treated in the moratorium period (salbutamol, inhaled steroid), spirometry')
def m0052():
    p = S['megan']
    body = """\
Dear Mr Fairclough,

Claim PC-26-33108 - respiratory consultation and tests
Membership number: NHP-61-5590-18

Thank you for your claim for the consultation with Dr Anand Rao,
consultant respiratory physician, on 3 March 2026 and for the spirometry
and FeNO tests. I'm sorry to tell you that we cannot pay this claim.

Your cover started on 1 September 2025 on a moratorium basis. This means
that conditions for which you had symptoms, medication, diagnostic tests
or advice in the five years before that date are excluded until you have
had two continuous years of cover without symptoms, treatment or advice
for them.

The report from your GP, which you kindly agreed we could ask for, shows
that you were diagnosed with asthma in 2019 and were prescribed a
salbutamol inhaler in 2022 and a beclometasone inhaler in 2023, with a
review at the practice asthma clinic in January 2024. Dr Rao's letter
confirms the current treatment is for the same condition. The condition is
therefore excluded for now.

We know this is disappointing. If you think we have misunderstood your
medical history, please send us any further information and we will look
at it again. You can also complain to us and, if you are still unhappy, to
the Financial Ombudsman Service.

Yours sincerely,

""" + sig('megan') + '\n\n' + FOOT_UK
    return msg(p.a, ('Stephen Fairclough', 's.fairclough@pennine-net.example'),
               'Your claim PC-26-33108', when('2026-03-26 14:11'), T(body))


@mail('NORMAL', 'en', 'insurer-to-broker',
      'trap: HTML-only CPD webinar invitation about critical illness definitions (cancer, heart attack, stroke, MS) - product education, no person')
def m0053():
    inner = """\
<div style="font-family:Arial,sans-serif;max-width:640px">
<h2 style="color:#0b3c5d">CPD webinar: Critical illness definitions &ndash; what really gets paid</h2>
<p>Dear adviser,</p>
<p>Most critical illness claims we decline are declined because the illness does not meet the policy
definition, not because of non-disclosure. In this 45-minute session our claims and underwriting
specialists walk through the definitions that cause most questions:</p>
<ul>
<li><b>Cancer</b> &ndash; &ldquo;excluding less advanced cases&rdquo;: carcinoma in situ, early prostate cancer (Gleason score), skin cancers</li>
<li><b>Heart attack</b> &ndash; troponin thresholds and why &ldquo;a minor heart attack&rdquo; may not qualify</li>
<li><b>Stroke</b> &ndash; permanent symptoms versus TIA</li>
<li><b>Multiple sclerosis</b> &ndash; diagnosis by a consultant neurologist, no longer any need for persisting symptoms</li>
<li><b>Children&rsquo;s cover</b> &ndash; what is included and from which age</li>
</ul>
<table cellpadding="6" style="background:#eef4f8;border-collapse:collapse">
<tr><td><b>Date</b></td><td>Thursday 17 September 2026, 10:00&ndash;10:45</td></tr>
<tr><td><b>CPD</b></td><td>45 minutes structured CPD, certificate on completion</td></tr>
<tr><td><b>Speakers</b></td><td>Priya Raman (Senior Underwriter, Protection), Fergus McBride (Claims, Life &amp; PA)</td></tr>
</table>
<p><a href="https://brokers.nordhafen.example/webinars/ci-definitions">Register now</a></p>
<p>All case examples in the session are fictitious or fully anonymised.</p>
<p style="font-size:11px;color:#777">Nordhafen Insurance, 40 Mincing Row, London EC3R 7NH. You receive this invitation as a registered
Nordhafen adviser. <a href="https://brokers.nordhafen.example/preferences">Manage preferences</a>.</p>
</div>"""
    return msg(('Nordhafen Adviser Academy', 'adviser.academy@' + DOMAIN),
               'adviser-academy@lists.nordhafen.example',
               'CPD webinar 17 September: critical illness definitions',
               when('2026-08-27 08:00'),
               T(html_doc(inner, outlook=False), 'html', cte='b64'), mailer='crm',
               extra=[('Precedence', 'bulk')])


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'gadget insurance claim for a named customer\'s stolen phone: Garda incident number, policy, IMEI, settlement')
def m0054():
    p = S['katie']
    body = """\
Hi Ciara,

Thanks for sending on the Garda incident number - that's everything we
need.

  Policy:      NHG-IE-118402 (gadget cover)
  Claim:       GD-IE-26-2291
  Device:      iPhone 15 Pro, 256 GB, IMEI 35 290611 440287 3
  Stolen:      Saturday 6 June 2026, around 23:30, Dame Street, Dublin 2
  Garda ref:   PULSE 26118430

We've approved a replacement handset (same model, refurbished grade A,
as per your policy) which will be couriered to your home address in
Phibsborough within two working days. The EUR 75 excess will be taken from
the card you have on file.

Please make sure the phone is blocked with your network and removed from
your Apple account if you haven't done that already.

Sorry this happened on your night out!

Katie

Katie Morrissey
Customer Service Advisor | Nordhafen Insurance Ireland
+353 1 554 0150

""" + FOOT_IE
    return msg(p.a, ('Ciara Brennan', 'ciarabrennan94@eirmail.example'),
               'RE: stolen phone - claim GD-IE-26-2291', when('2026-06-09 12:02', 'ie'),
               T(body, cte='8bit'), lang='en-IE',
               irt='<CAH2vK7w3T@mail.eirmail.example>')


@mail('NORMAL', 'en', 'insurer-to-doctor',
      'grey: remittance advice to a GP practice for report invoices - our references and the practice\'s business account only, no patient named')
def m0055():
    body = """\
REMITTANCE ADVICE

Payee:        Parkside Medical Practice (Drs Hale, Amin & Sutton)
Supplier no.: MED-20417
Payment date: 30/04/2026
Method:       BACS to account ending 7731 (sort code 61-29-58)

  Your invoice   Our reference     Description            Amount GBP
  PMP-2611       PRT-2026-04102    GP report                  115.00
  PMP-2618       PRT-2026-04377    GP report                  115.00
  PMP-2620       PRT-2026-04391    Supplementary report        45.00
  PMP-2631       CI-26-0211        Targeted report             60.00
                                                             -------
  Total                                                       335.00

Please do not reply to this e-mail. For queries contact
medical.invoices@nordhafen.example quoting the supplier number.

Nordhafen Insurance, Accounts Payable
40 Mincing Row, London EC3R 7NH
"""
    return msg(('Nordhafen Accounts Payable', 'ap-remittance@' + DOMAIN),
               ('Parkside Medical Practice', 'admin@parkside-medical.example'),
               'Remittance advice - supplier MED-20417 - 30/04/2026',
               when('2026-04-30 05:42'), T(body, cs='us-ascii', cte='7bit'),
               mailer='system', extra=[('Auto-Submitted', 'auto-generated')])


@mail('NORMAL', 'en', 'insurer-to-customer',
      'trap: reply to a prospect\'s general question whether travel insurance covers pre-existing conditions and age limits; no personal health data')
def m0056():
    p = S['sophie']
    body = """\
Dear Mr Blake,

Thank you for your enquiry about our travel insurance.

Yes, we can cover pre-existing medical conditions. When you get a quote,
you will be asked to declare any condition for which you (or anyone else
going on the policy) have had treatment, medication or a consultation in
the last five years, and answer a short medical screening. Many common
conditions, such as well-controlled high blood pressure, asthma or type 2
diabetes, are accepted with no or a small extra premium. If a condition is
not accepted, the rest of the policy still applies - only claims arising
from that condition are excluded.

There is no upper age limit on our single-trip policies; annual multi-trip
cover is available up to the age of 79 at the start of the policy.

You can get a quote at https://www.nordhafen.example/travel or by calling
0161 496 0600 (Monday to Friday 8am-8pm, Saturday 9am-1pm).

Kind regards,

Sophie Laing
Travel & Assistance Claims Handler
Nordhafen Insurance | UK Service Centre

> From: Gordon Blake <gordon.blake@coastline-mail.example>
> Sent: 21 July 2026 19:02
> Subject: Travel insurance question
>
> Hello, do your travel policies cover pre-existing medical conditions at
> all, and is there an age limit? We are thinking about a cruise next
> spring. Thanks, G. Blake

""" + FOOT_UK
    return msg(p.a, ('Gordon Blake', 'gordon.blake@coastline-mail.example'),
               'RE: Travel insurance question', when('2026-07-22 09:14'), T(body),
               irt='<0f1e2a9b-77c1@coastline-mail.example>')


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
      'German broker: quote for a named German client\'s holiday home in Kerry with her date of birth, address and sums insured')
def m0057():
    p = S['eoin']
    body = """\
Sehr geehrte Frau Kampmann,

anbei wie gewünscht unser Angebot für das Ferienhaus Ihrer Kundin in
Kerry. Ich habe die Angaben aus Ihrem Fragebogen übernommen:

  Versicherungsnehmerin: Frau Dr. Ingrid Vollmer, geb. 14.05.1958
  Wohnanschrift:         Am Lindenhof 7, 48149 Münster
  Risikoort:             "Cois Farraige", Ballinskelligs, Co. Kerry,
                         V23 KX40
  Bauart:                Steinhaus, Schieferdach, Baujahr ca. 1890,
                         2015 renoviert
  Nutzung:               Eigennutzung ca. 8 Wochen/Jahr, keine Vermietung

  Gebäude (Neuwert):     EUR 310.000
  Inhalt:                EUR 40.000
  Leerstandsklausel:     Kontrollbesuch alle 14 Tage durch Nachbarn
                         (Herr Ó Súilleabháin, bitte Namen bestätigen)
  Jahresbeitrag:         EUR 1.148,60 inkl. 3 % Versicherungsteuer

Wegen der Lage direkt an der Küste gilt eine Selbstbeteiligung von
EUR 2.500 für Sturm- und Überschwemmungsschäden. Wenn das Haus vermietet
werden soll, bitte vorher Bescheid geben - dann brauchen wir einen anderen
Tarif.

Das Angebot gilt 30 Tage. Für den Abschluss brauche ich den
unterschriebenen Antrag und das Lastschriftmandat.

Mit freundlichen Grüßen

Eoin Fitzpatrick
Kundenservice, German Desk
Nordhafen Insurance Ireland
Tel.: +353 1 554 0166

""" + FOOT_IE
    return msg(p.a, ('Petra Kampmann', 'kampmann@westfalen-assekuranz.example'),
               'Angebot Ferienhaus Ballinskelligs - Dr. Vollmer', when('2026-04-28 14:50', 'ie'),
               T(body), lang='de-DE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'health cash plan: named member\'s root canal treatment and crown (tooth UR6), dental benefit paid')
def m0058():
    p = S['megan']
    text = """\
Dear Mr Griffiths,

Your dental claim - Nordhafen Health Cash Plan, member NHC-CP-208815

Thank you for sending the invoice from Castle Street Dental Care. We've
paid your claim for:

  12 May 2026  Root canal treatment, upper right first molar (UR6)  £420.00
  26 May 2026  Porcelain crown, UR6                                  £685.00
  -------------------------------------------------------------------------
  Total claimed                                                   £1,105.00
  Plan pays 75 % up to the annual dental limit of £400              £400.00

The £400 will be in your account ending 8820 within three working days.
Your dental benefit for this plan year is now used up; it resets on
1 January 2027. Your optical, physiotherapy and consultation benefits are
not affected.

Kind regards,

""" + sig('megan') + '\n\n' + FOOT_UK
    return msg(p.a, ('Owen Griffiths', 'owen.griffiths@valleys-mail.example'),
               'Your dental claim has been paid', when('2026-06-02 10:08'),
               M('alternative', T(text, cte='b64'), T(html_doc(html_paras(text)), 'html')))


@mail('NORMAL', 'en', 'internal',
      'trap: critical illness incidence assumptions review with head office, aggregated claim counts by condition; no person')
def m0059():
    p = S['james']
    body = """\
Dear Frank, dear Sabine,

Ahead of the treaty discussion, here is our proposal for the UK critical
illness incidence assumptions for 2027 pricing. All figures are portfolio
aggregates; I've kept the condition split at the level the reinsurer
already sees in the bordereaux.

Experience 2021-2025, UK individual CI, 2,314 claims admitted:

  Condition group        Claims   Share   A/E vs current basis
  Cancer                  1,427    62 %    0.94
  Heart attack              231    10 %    0.88
  Stroke                    162     7 %    0.97
  Multiple sclerosis         69     3 %    1.21
  Other conditions          425    18 %    1.03

Points for discussion:

1. Cancer remains below the basis; we propose 96 % of the current table
   rather than the 92 % the experience suggests, given the trend in
   early-stage breast and prostate diagnoses from screening.
2. MS is above basis since the 2023 definition change (no persistence of
   symptoms required). We propose +15 % for MS only.
3. Heart attack: the troponin-based definition keeps incidence low; we
   would leave the basis unchanged.

Happy to walk through the workings on Thursday.

Best regards,
James

""" + sig('james')
    return msg(p.a, [HH['meiners'], HH['kroeger']],
               'UK CI incidence assumptions 2027 - proposal', when('2026-09-15 16:44'),
               T(body))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'subject access response for a home insurance customer: ZIP with her claim file (burglary), call notes CSV and letters; no health data')
def m0060():
    p = S['daniel']
    body = """\
Dear Ms Rowe,

Your subject access request of 2 July 2026

Thank you for your request for a copy of the personal data we hold about
you. As agreed on the phone, we are sending the documents through our
secure portal. The attached ZIP file contains:

  1. a summary of your policies with us since 2019 (home insurance
     NHH-4401-7720);
  2. the claim file for the burglary at your home in March 2024
     (claim HC-24-008817), including the loss adjuster's report;
  3. notes of your calls with us (CSV export from our phone system);
  4. copies of letters we sent you.

We have removed the names of other people, such as the neighbour who
gave a statement about the burglary. We have not withheld anything else.

If you have any questions, or if you think something is missing, please
reply to this message. You also have the right to complain to the
Information Commissioner's Office.

Yours sincerely,

""" + sig('daniel') + '\n\n' + FOOT_UK
    policy_pdf = pdf([
        '# Personal data summary - Ms Natalie Rowe',
        'Date of birth: 08/12/1987',
        'Address: 63 Wellington Road South, Stockport SK2 6NG',
        'Phone: 07700 900 561   E-mail: natalie.rowe@cheshire-mail.example',
        '',
        'Policy NHH-4401-7720 (home, contents only) since 14/05/2019',
        'Payment: monthly Direct Debit, Thamesgate Bank, account ending 7527',
        'Claims: HC-24-008817 (burglary 11/03/2024) - settled GBP 3,460.00',
        'Marketing preferences: e-mail no, post no, phone no',
    ], title='Data summary N. Rowe', created='20260724100000')
    claim_pdf = pdf([
        '# Claim file HC-24-008817 - Burglary',
        'Insured: Ms Natalie Rowe, 63 Wellington Road South, Stockport SK2 6NG',
        'Date of loss: 11/03/2024, between 09:00 and 17:30 (insured at work)',
        'Police crime reference: GMP 06/2024/118802',
        'Entry: rear kitchen window forced',
        'Stolen: laptop (GBP 1,100), jewellery (GBP 1,850), cash (GBP 200), TV (GBP 560)',
        'Witness: [name redacted], neighbour, saw a van at 14:00',
        'Loss adjuster: Pennine Claims Services, report of 25/03/2024',
        'Settlement: GBP 3,710.00 less excess GBP 250 = GBP 3,460.00, paid 04/04/2024',
    ], title='Claim HC-24-008817', created='20260724100500')
    calls = csv_bytes([
        ['Date', 'Time', 'Direction', 'Agent', 'Summary'],
        ['2024-03-11', '18:02', 'inbound', 'AK', 'Burglary reported, claim opened, police ref given'],
        ['2024-03-14', '10:15', 'outbound', 'AK', 'Adjuster visit booked for 18/03'],
        ['2024-04-04', '11:40', 'outbound', 'JM', 'Settlement explained, customer accepted'],
        ['2025-05-02', '09:05', 'inbound', 'HW', 'Renewal query, premium explained'],
        ['2026-07-02', '13:30', 'inbound', 'DF', 'Subject access request received'],
    ])
    letters = docx([
        'Nordhafen Insurance, Quay House, 12 Quay Walk, Salford M50 3QX',
        'Ms Natalie Rowe, 63 Wellington Road South, Stockport SK2 6NG',
        '4 April 2024',
        ('b', 'Your claim HC-24-008817'),
        'Dear Ms Rowe, we are pleased to confirm settlement of your burglary claim. '
        'We have paid GBP 3,460.00 to your account ending 7527.',
    ], title='Letters 2024', author='Nordhafen Insurance', created='2024-04-04T10:00:00Z')
    z = zip_files([('SAR_Rowe/01_data_summary.pdf', policy_pdf),
                   ('SAR_Rowe/02_claim_HC-24-008817.pdf', claim_pdf),
                   ('SAR_Rowe/03_call_notes.csv', calls),
                   ('SAR_Rowe/04_letters.docx', letters)], when_=(2026, 7, 24, 10, 12, 0))
    return msg(p.a, ('Natalie Rowe', 'natalie.rowe@cheshire-mail.example'),
               'Your subject access request - our response', when('2026-07-24 10:31'),
               M('mixed', T(body), A(z, CT_ZIP, 'SAR_response_NRowe.zip')))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'harmless body; attached PDF vocational rehabilitation report on a named employee with chronic back pain (L5/S1), restrictions')
def m0061():
    p = S['rachel']
    body = """\
Dear Mr Haworth,

As promised, attached is the vocational rehabilitation report following
last week's workplace assessment. Mr Sharples has seen it and agreed that
we share it with you.

I'd suggest we have a call with your line manager and Mr Sharples next
week to agree the adjustments. Would Tuesday or Wednesday afternoon suit?

Kind regards,

""" + sig('rachel') + '\n\n' + FOOT_UK
    rep = pdf([
        '# Vocational Rehabilitation Report',
        'Prepared for Nordhafen Insurance - Group Income Protection',
        '',
        'Employee: Mr Lee Sharples, DOB 19/07/1977',
        'Employer: Haworth Precision Engineering Ltd, Oldham',
        'Role: CNC machine setter (day shifts)',
        'Policy: GIP-00562    Claim: IP-26-00811',
        'Assessment date: 02/07/2026 (workplace visit) - Assessor: J. Mellor, RGN, OHNP',
        '',
        '# Medical background (from GP and consultant reports)',
        'Chronic mechanical lower back pain with degenerative disc disease at L5/S1 (MRI 02/2026).',
        'No nerve root compression. Seen by pain management clinic 04/2026: amitriptyline 20 mg at night,',
        'naproxen as needed, graded activity programme. Mild low mood secondary to pain (PHQ-9 = 9).',
        '',
        '# Findings',
        'Tolerates sitting 40 min, standing 30 min, lifting up to 10 kg from waist height.',
        'Current role requires lifting fixtures of 15-20 kg from floor level several times a shift.',
        '',
        '# Recommendations',
        '1. Lifting aid (vacuum lifter or hoist) for fixtures over 10 kg.',
        '2. Sit-stand stool at the machine.',
        '3. Phased return over 6 weeks starting at 4 hours per day.',
        '4. Continue physiotherapy (6 sessions funded by Nordhafen).',
        '5. Review at 4 and 8 weeks.',
    ], title='VR report IP-26-00811', author='Mellor OH Services', created='20260706150000',
        producer='MS Word - Print to PDF')
    return msg(p.a, ('Graham Haworth', 'graham@haworth-precision.example'),
               'GIP-00562 - vocational rehabilitation report', when('2026-07-07 09:48'),
               M('mixed', T(body), A(rep, CT_PDF, 'VR_report_IP-26-00811.pdf')))


@mail('NORMAL', 'en', 'internal',
      'trap: synthetic test cases for the new claims system (fictitious "Test" persons, 01/01/1900 DOBs, published example IBANs, ICD codes); CSV')
def m0062():
    p = S['ciaran']
    body = """\
Hi team,

For Monday's regression run on the new claims platform (release 4.3) I've
put together the test cases for the health and PA claim screens. All
persons are made up ("Test Testperson", "Max Mustermann", DOB 01/01/1900
etc.), the IBANs are the published example IBANs from the standard, and
the ICD-10 codes are only there to test the code lookup field.

Please do NOT paste real customer data into the test environment -
Daniel will have our heads.

Test environment: https://claims-uat.nordhafen.example
Test user accounts are in the usual vault entry.

Cheers,
Ciarán

""" + sig('ciaran', 'short')
    rows = [['case_id', 'claimant', 'dob', 'product', 'icd10', 'diagnosis_text', 'iban',
             'expected_result']]
    rows += [
        ['TC-001', 'Test Testperson', '01/01/1900', 'PMI', 'J18.9', 'Pneumonia, unspecified',
         'GB82 WEST 1234 5698 7654 32', 'pre-auth created'],
        ['TC-002', 'Max Mustermann', '01/01/1900', 'PMI', 'M17.1', 'Primary gonarthrosis',
         'DE89 3704 0044 0532 0130 00', 'refer to nurse'],
        ['TC-003', 'Erika Musterfrau', '02/02/1902', 'PA', 'S52.50', 'Fracture distal radius',
         'DE89 3704 0044 0532 0130 00', 'fracture benefit table applied'],
        ['TC-004', 'Joe Bloggs', '03/03/1903', 'CI', 'C50.9', 'Malignant neoplasm of breast',
         'GB82 WEST 1234 5698 7654 32', 'route to CI team'],
        ['TC-005', 'Test Testperson', '01/01/1900', 'PMI', 'XXX.X', '(invalid code)',
         'NOT-AN-IBAN-123', 'validation error on ICD field'],
        ['TC-006', 'Jane Doe', '04/04/1904', 'IP', 'F32.1', 'Moderate depressive episode',
         '', 'IBAN mandatory error'],
    ]
    return msg(p.a, ('Claims Platform Test Team', 'claims-platform-test@' + DOMAIN),
               'Test cases for regression run 4.3 (synthetic data)', when('2026-08-14 15:55', 'ie'),
               M('mixed', T(body), CSV(csv_bytes(rows), 'testcases_claims_4.3.csv')),
               lang='en-IE')


@mail('CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'family solicitor: divorcing couple\'s joint home policy moved into one name, policy number, address, refund (windows-1252)')
def m0063():
    p = S['hannah']
    body = """\
Dear Ms Abernethy,

Your clients: Mr Paul Greenhalgh and Mrs Diane Greenhalgh
Property:     28 Hawthorn Drive, Chorley PR7 3EW
Policy:       NHH-4415-8826 (buildings and contents)

Thank you for your letter of 9 September and for the copy of the consent
order. As requested, and with the written agreement of both policyholders,
we have:

  - removed Mr Greenhalgh as a joint policyholder from 1 October 2026;
  - kept the policy in force in Mrs Greenhalgh's sole name at the same
    address, with no change to cover;
  - amended the Direct Debit to Mrs Greenhalgh's own account, as per the
    mandate she signed.

Removing a policyholder does not change the premium, so no refund or extra
premium is due. Mr Greenhalgh's personal possessions at his new address
are no longer covered under this policy; he may wish to arrange his own
contents insurance.

We have written to both of your clients separately to confirm this.

Yours sincerely,

Hannah Whitfield
Team Leader, Personal Lines Customer Service
Nordhafen Insurance | UK Service Centre
T: 0161 496 0150

""" + FOOT_UK
    return msg(p.a, ('Ruth Abernethy', 'r.abernethy@abernethy-familylaw.example'),
               'Greenhalgh - home insurance NHH-4415-8826 - change of policyholder',
               when('2026-09-16 11:30'), T(body, cs='windows-1252', cte='qp'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'life policy (personal line) of a named customer about to lapse for unpaid premiums - no medical word, strict because life line (us-ascii)')
def m0064():
    body = """\
Dear Mr Ashcroft,

Your life insurance policy NHL-3318-40772 - premiums unpaid

We have not received your premiums of GBP 38.64 due on 1 August and
1 September 2026. Your policy includes 60 days of grace, which end on
30 September 2026.

If we do not receive the missed premiums by then, your life cover of
GBP 225,000 will stop and the policy will have no value. This would mean
that the mortgage on 4 Gorse Hill, Wigan WN3 5PL, which the policy is
assigned to protect, would no longer be covered if you died.

You can pay the arrears of GBP 77.28:

  - by debit card on 0161 496 0320 (Monday to Friday, 9am to 5pm), or
  - by asking us to collect both premiums by Direct Debit again.

If you are struggling with payments, please call us. We may be able to
reduce your cover, take a payment break or spread the arrears, instead of
letting the policy lapse. Once it has lapsed, getting new cover may be
more expensive or not possible.

Yours sincerely,

Protection Customer Services
Nordhafen Insurance | UK Service Centre
Quay House, 12 Quay Walk, Salford M50 3QX

""" + FOOT_UK
    return msg(('Nordhafen Protection Services', 'protection.service@' + DOMAIN),
               ('Kevin Ashcroft', 'kev.ashcroft@lancs-mail.example'),
               'Important: your life insurance will lapse on 30 September',
               when('2026-09-09 07:20'), T(body, cs='us-ascii', cte='7bit'), mailer='crm')


@mail('NORMAL', 'en', 'insurer-to-lawyer',
      'panel solicitor appointment terms: hourly rates, reporting KPIs, data handling rules; no case or claimant')
def m0065():
    p = S['lucy']
    body = """\
Dear Alistair,

Following our meeting, I'm pleased to confirm that Hartwell Crane LLP has
been appointed to our casualty claims panel for England and Wales from
1 November 2026, for three years.

The main terms, which will follow in the formal agreement:

  Work types:    employers' and public liability, motor injury (multi-
                 track), fraud, costs
  Rates:         partner £265, senior associate £210, associate £165,
                 trainee/paralegal £95 per hour (blended cap on fast
                 track: fixed fees per schedule 2)
  Reporting:     initial report within 21 days of instruction, then
                 every 3 months or on any significant development
  KPIs:          reserve accuracy, cycle time, costs vs. budget, trial
                 success rate - reviewed quarterly
  Data:          claim files are sent and received only through our secure
                 portal or your encrypted gateway; medical records must not
                 be sent by ordinary e-mail; retention per our schedule 5

Our panel onboarding call is on 12 October; invitations will go to the
contacts you gave us. Welcome aboard.

Kind regards,

""" + sig('lucy') + '\n\n' + FOOT_UK
    return msg(p.a, ('Alistair Crane', 'a.crane@hartwellcrane.example'),
               'Casualty panel appointment - Hartwell Crane LLP', when('2026-09-30 17:05'),
               T(body))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'HTML-only online home insurance quote for a named Irish customer with date of birth, Eircode, sums insured and premium')
def m0066():
    inner = """\
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px">
<tr><td style="background:#0b3c5d;color:#ffffff;padding:14px"><b>Nordhafen Insurance Ireland</b> &middot; Your home insurance quote</td></tr>
<tr><td style="padding:14px">
<p>Hi Aisling,</p>
<p>Thanks for getting a quote with us. Here are the details you gave us &ndash; please check them carefully,
because your cover depends on them.</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><td>Quote reference</td><td><b>Q-IE-H-7730412</b></td></tr>
<tr><td>Name</td><td>Aisling Mulcahy</td></tr>
<tr><td>Date of birth</td><td>03/11/1990</td></tr>
<tr><td>Address</td><td>22 Rathmore Terrace, Douglas, Cork, T12 HX6P</td></tr>
<tr><td>Property</td><td>Semi-detached house, built 2004, 3 bedrooms, owner-occupied</td></tr>
<tr><td>Rebuild cost (buildings)</td><td>&euro;295,000</td></tr>
<tr><td>Contents</td><td>&euro;45,000</td></tr>
<tr><td>Claims in last 5 years</td><td>none</td></tr>
<tr><td>Annual premium</td><td><b>&euro;486.20</b> (or 12 x &euro;42.55)</td></tr>
<tr><td>Start date</td><td>15/10/2026</td></tr>
</table>
<p>Your quote is valid for 30 days. <a href="https://www.nordhafen.example/ie/quote/Q-IE-H-7730412">Buy now</a>
or call us on 01 554 0150.</p>
<p>Nordhafen Insurance Ireland</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:14px">Nordhafen Insurance Ireland is a trading name of Nordhafen Versicherung AG,
Irish Branch, regulated by the Central Bank of Ireland for conduct of business rules.</td></tr>
</table>"""
    return msg(('Nordhafen Insurance Ireland', 'quotes.ie@' + DOMAIN),
               ('Aisling Mulcahy', 'aisling.mulcahy@corkmail.example'),
               'Your home insurance quote Q-IE-H-7730412', when('2026-10-02 21:47', 'ie'),
               T(html_doc(inner, outlook=False, lang='en-IE'), 'html', cte='8bit'),
               mailer='crm')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'German-language disability (BU) benefit review for a named expat in Dublin: recurrent depression F33.1, psychiatrist report requested')
def m0067():
    p = S['eoin']
    body = """\
Sehr geehrte Frau Reichelt,

wie jedes Jahr prüfen wir, ob die Voraussetzungen für Ihre Leistung aus
der Berufsunfähigkeitsversicherung (Vertrag BU 44 1902 776, Hamburg) weiter
vorliegen. Da Sie inzwischen in Dublin wohnen, betreuen wir Sie hier im
Dubliner Büro zusammen mit den Kollegen in Hamburg.

Sie beziehen seit dem 1. Juni 2024 eine monatliche BU-Rente von
1.850 EUR wegen einer rezidivierenden depressiven Störung (F33.1). Für die
Nachprüfung brauchen wir bitte:

  1. einen aktuellen Befundbericht Ihres behandelnden Psychiaters,
     Dr. Conall Byrne (Formular liegt bei - Sie können es ihm direkt
     geben; die Kosten übernehmen wir);
  2. eine kurze Aufstellung Ihrer Behandlungen seit dem letzten Jahr
     (Therapie, Klinikaufenthalte, Medikamente);
  3. Angaben zu einer eventuellen Tätigkeit, auch Teilzeit oder ehrenamtlich.

Bitte schicken Sie die Unterlagen über unser sicheres Portal, nicht per
normaler E-Mail. Falls Sie dabei Hilfe brauchen oder lieber telefonieren
möchten, rufen Sie mich gern an.

Die Nachprüfung ändert nichts an den laufenden Zahlungen.

Mit freundlichen Grüßen

Eoin Fitzpatrick
Kundenservice, German Desk
Nordhafen Insurance Ireland
Tel.: +353 1 554 0166

""" + FOOT_IE
    return msg(p.a, ('Katharina Reichelt', 'k.reichelt@mailbox-ie.example'),
               'Ihre Berufsunfähigkeitsrente - jährliche Nachprüfung', when('2026-05-05 11:22', 'ie'),
               T(body, cte='b64'), lang='de-DE')


@mail('NORMAL', 'en', 'insurer-to-assessor',
      'storm event protocol for the loss adjuster panel: thresholds, fees, vulnerable-customer handling in general; PDF; no claim')
def m0068():
    p = S['tom']
    body = """\
Dear panel colleagues,

Storm Hollis is forecast to reach the north-west on Saturday with red
warnings for wind in Lancashire, Cumbria and south-west Scotland. Please
find attached our event protocol, which applies to all instructions with a
date of loss from 23 to 26 January 2026.

The key points:

  - Desktop settlement by our own team up to GBP 5,000; adjusters are
    instructed above that or where the property is uninhabitable.
  - Event fee scale applies (schedule attached), no travel charges within
    50 miles of your nearest office.
  - Prioritise customers flagged as vulnerable (elderly, disabled, young
    children, medical equipment dependent on power) - the flag is on the
    instruction; you will not get the reason, just the priority.
  - Initial report within 48 hours, photos uploaded to the claims portal.

Our event control room is open 08:00-20:00 through the weekend on
0161 496 0700.

Thanks in advance - it's going to be a busy week.

""" + sig('tom') + '\n\n' + FOOT_UK
    proto = pdf([
        '# Nordhafen Insurance - Event protocol: Storm Hollis (23-26 January 2026)',
        '',
        '1. Scope: all household and small commercial property claims, date of loss 23-26/01/2026.',
        '2. Desktop settlement up to GBP 5,000 (claims handlers), adjuster above GBP 5,000.',
        '3. Uninhabitable properties: adjuster visit within 24 hours, alternative accommodation up to 7 nights pre-authorised.',
        '4. Vulnerable customers: priority flag P1 on instruction; no health details are shared.',
        '5. Emergency repairs: up to GBP 2,500 without referral (tarpaulins, boarding, drying).',
        '6. Fees (event scale): desktop review GBP 95; visit <= GBP 10k GBP 275; GBP 10-50k GBP 480; > GBP 50k by time.',
        '7. Reports: initial within 48 h; final within 10 working days of works agreed.',
        '8. Fraud indicators: late notification, damage inconsistent with wind direction, pre-existing wear.',
        '',
        'Event control: 0161 496 0700 - event.control@nordhafen.example',
    ], title='Event protocol Storm Hollis', created='20260122170000')
    return msg(p.a, ('Loss adjuster panel', 'la-panel-north@lists.nordhafen.example'),
               'Storm Hollis - event protocol for panel adjusters', when('2026-01-22 17:26'),
               M('mixed', T(body), A(proto, CT_PDF, 'Event_protocol_Storm_Hollis.pdf')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'one-line mobile reply confirming cover for a named sole trader\'s van: policy number and registration')
def m0069():
    body = """\
Hi Mr Brennan, yes that's fine - the new van (222-G-1187) is covered under NHC-IE-73310 from today, certificate to follow by email this afternoon.

Conor

Sent from my iPhone

> On 3 Nov 2026, at 08:12, Padraic Brennan <padraic@brennanplumbing-galway.example> wrote:
>
> Conor, picked up the new van this morning, can you confirm its insured before I head out? Reg 222-G-1187. Thanks Padraic
"""
    return msg(S['conor'].a, ('Padraic Brennan', 'padraic@brennanplumbing-galway.example'),
               'Re: New van', when('2026-11-03 08:19', 'ie'), T(body, cte='qp'),
               mailer='iphone', lang=None,
               irt='<6D1F0A3C-22B4-4E5B-9A0E-11F0C3D2A001@brennanplumbing-galway.example>')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'medical indemnity claim against an insured surgeon: named patient\'s sciatic nerve palsy after hip replacement, expert evidence')
def m0070():
    p = S['lucy']
    body = """\
Dear Fiona,

Claimant:  Mrs Patricia Lomax (DOB 07/03/1958)
Defendant: Mr Anil Kapoor FRCS, consultant orthopaedic surgeon
           (our insured under medical indemnity policy NHMI-0081)
Claim:     MI-26-0014   Your ref: FT/KAP/0412

Thank you for the letter of claim, which we received on 4 August. Please
go ahead and acknowledge it on behalf of Mr Kapoor.

The claim arises from a right total hip replacement performed on
17 January 2025 at a private hospital in Cheshire. Mrs Lomax suffered a
sciatic (common peroneal division) nerve palsy, leaving her with foot drop
and neuropathic pain; she now uses an ankle-foot orthosis. Her solicitors
allege that the nerve was damaged by a retractor and that the risk was not
properly discussed at the consent clinic.

Mr Kapoor's position, from our first conversation:
  - nerve palsy is a recognised complication (around 0.5-1 %) and was
    recorded on the consent form;
  - the operation note records a difficult exposure due to her BMI and
    previous acetabular surgery;
  - he referred her to neurophysiology within 48 hours.

Please instruct an independent orthopaedic expert on breach and
causation, and obtain the hospital records and the consent clinic
letter. Initial reserve: GBP 180,000 damages, GBP 60,000 costs. Let's
speak once you've had a look at the records.

Kind regards,
Lucy

""" + sig('lucy') + '\n\n' + FOOT_UK
    return msg(p.a, ('Fiona Tremayne', 'f.tremayne@hartwellcrane.example'),
               'Lomax v Kapoor - MI-26-0014 - instructions', when('2026-08-06 13:58'), T(body))


@mail('NORMAL', 'de', 'internal',
      'trap: DPO asks head-office data protection about retention periods for medical reports (process question, no person)')
def m0071():
    p = S['daniel']
    body = """\
Liebe Birgit,

kurze Frage zu den Löschfristen, bevor ich unseren UK/IE-Löschplan
aktualisiere.

Bei uns liegen Arztberichte und Befunde aus der Antragsprüfung Leben/BU
(Medical Underwriting) derzeit so:

  - angenommene Anträge: Laufzeit des Vertrags + 7 Jahre
  - abgelehnte oder zurückgezogene Anträge: 3 Jahre
  - Leistungsfälle: Abschluss des Falls + 10 Jahre (wegen Limitation
    Act, bei Minderjährigen länger)

Wie macht ihr das in Hamburg für die abgelehnten Anträge? Ich habe in der
Konzernrichtlinie "bis zu 5 Jahre" gefunden, aber keine Begründung. Wir
wollen nichts länger halten als nötig, aber auch nicht so kurz, dass wir
bei einem späteren Antrag oder einer Beschwerde beim Ombudsman nichts mehr
in der Hand haben.

Es geht nur um den Prozess, nicht um einen konkreten Fall. Wenn es dir
lieber ist, können wir das am Donnerstag im Jour fixe besprechen.

Viele Grüße aus London
Daniel

--
Daniel Frost
Data Protection Officer, UK & Ireland
Nordhafen Insurance | UK Branch
Tel.: +44 20 7946 0119
"""
    return msg(p.a, HH['hansen'], 'Löschfristen Arztberichte (abgelehnte Anträge) - Frage',
               when('2026-03-05 15:40'), T(body, cs='iso-8859-1', cte='8bit'),
               mailer='thunderbird', lang='de-DE')


@mail('CONFIDENTIAL', 'en', 'insurer-to-assessor',
      'comments on an adjuster\'s subsidence report for named homeowners: address, policy, claim, reserve; report PDF attached')
def m0072():
    p = S['tom']
    body = """\
Hi Karen,

Thanks for the report on the Pembertons' claim - attached with my
comments highlighted (I've typed them at the end as our PDF tool won't do
proper annotations, sorry).

Main points:

  1. I agree the oak in the neighbour's garden is the likely cause, but
     before we accept I want the root ID and the 12-month level monitoring
     you suggest - the crack pattern on the rear elevation is also
     consistent with the 1970s extension settling on shallow footings.
  2. Please contact the neighbour's insurer now about the tree; no need to
     wait for monitoring.
  3. Reserve: I'm happy with GBP 42,000 for now.
  4. Mr and Mrs Pemberton have asked whether they can fill the cracks in
     the lounge for Christmas - cosmetic only is fine, photos first.

Cheers,
Tom

""" + sig('tom') + '\n\n' + FOOT_UK
    rep = pdf([
        '# Pennine Claims Services - Subsidence Report (Interim)',
        '',
        'Insured: Mr Stuart and Mrs Janet Pemberton',
        'Risk address: 19 Beech Grove, Sale, Cheshire M33 6RH',
        'Policy: NHH-4409-1176      Claim: HC-26-052210',
        'Date of notification: 14/08/2026       Visit: 02/09/2026',
        '',
        'Property: semi-detached house c.1935, single-storey rear extension c.1974.',
        'Damage: diagonal cracking up to 5 mm over rear door, internal cracks in lounge and kitchen.',
        'Site investigation: shrinkable clay (high plasticity), roots to 2.4 m, oak 9 m from rear wall',
        'in neighbouring garden (No. 21).',
        'Opinion: clay shrinkage subsidence due to moisture extraction by the oak tree.',
        'Recommendation: root ID, 12-month level monitoring, tree removal request to neighbour.',
        'Estimated cost of repairs: GBP 38,000 - 46,000.',
        '',
        '# Comments - T. Ashworth, Nordhafen, 01/10/2026',
        '- Agree likely cause; also consider extension settlement (shallow footings). Monitor both.',
        '- Approach neighbour\'s insurer now.',
        '- Reserve GBP 42,000 approved.',
        '- Cosmetic filling in lounge allowed after photos.',
    ], title='Interim report HC-26-052210', author='Pennine Claims Services', created='20261001161500')
    return msg(p.a, ('Karen Mottershead', 'k.mottershead@pennine-claims.example'),
               'HC-26-052210 Pemberton - my comments on your interim report',
               when('2026-10-01 16:32'),
               M('mixed', T(body), A(rep, CT_PDF, 'HC-26-052210_interim_report_comments.pdf')))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'travel cancellation because of pregnancy complications of a named customer (bleeding at 24 weeks, placenta praevia, advised not to fly)')
def m0073():
    p = S['sophie']
    body = """\
Dear Mrs Hussain,

Travel claim TC-26-06233 - cancelled trip to Dubai, 12-22 August 2026
Policy NHT-AN-2291405

Thank you for sending the letter from your consultant obstetrician at the
maternity unit. I was very sorry to read about the bleeding you had at 24
weeks and the diagnosis of placenta praevia, and I hope you and the baby
are doing well.

The letter confirms that you were advised not to fly for the rest of the
pregnancy. This is a complication of pregnancy, which is covered under the
cancellation section of your policy (normal pregnancy would not be).
Because your husband was travelling with you and booked on the same
booking, his costs are covered too.

  Flights (2 passengers), non-refundable               £1,386.00
  Hotel, 10 nights (refund from hotel: £0)             £2,140.00
  Airport lounge (pre-paid)                               £78.00
  Less excess, 2 x £50                                 -£100.00
  ----------------------------------------------------------------
  Total paid                                           £3,504.00

The payment will reach your account within three working days.

With best wishes for the coming weeks,

""" + sig('sophie') + '\n\n' + FOOT_UK
    return msg(p.a, ('Zara Hussain', 'zara.hussain@brumnet.example'),
               'Your travel claim TC-26-06233', when('2026-08-20 10:40'),
               T(body, cs='windows-1252', cte='8bit'))


@mail('NORMAL', 'en', 'internal',
      'grey: team lunch and birthday cake for a named colleague - a birthday without year is not treated as a date of birth; dietary needs asked without reasons (us-ascii)')
def m0074():
    p = S['chloe']
    body = """\
Hiya all,

It's Hannah's birthday on Friday so we're doing cake at 3 in the
breakout area (she doesn't know, so keep it quiet!). I'm collecting for a
card and a voucher - GBP 5 if you can, envelope is in my top drawer.

Also, team lunch for the end of the quarter is booked for Thursday 2 April
at Dockside Kitchen, 12:30. Menus are on the Teams channel, please send me
your choices by Monday, and let me know about any dietary requirements
(no need to say why).

Chloe x
"""
    return msg(S['chloe'].a, ('Salford Service Centre team', 'salford.team@' + DOMAIN),
               "Friday cake (shh) + quarter-end lunch", when('2026-03-25 12:05'),
               T(body, cs='us-ascii', cte='7bit'), mailer='owa')


@mail('CONFIDENTIAL', 'de', 'internal',
      'returned direct debits of named German customers of the Irish branch: CSV (windows-1252) with names, German IBANs, amounts, return codes')
def m0075():
    p = S['eoin']
    body = """\
Hallo Frau Wittkamp,

anbei die Liste der Rücklastschriften vom Juli für die deutschen Kunden
unserer irischen Niederlassung, die über Ihr SEPA-Verfahren in Hamburg
eingezogen werden (Gläubiger-ID der AG). Es sind diesmal 6 Fälle.

Bei zwei Kunden (MD06 - Widerspruch) habe ich schon angerufen: Frau
Schwarzer hat aus Versehen widersprochen und überweist selbst, Herr
Kowalke will kündigen, das bearbeiten wir hier. Bei den anderen wäre es
toll, wenn Hamburg wie üblich die zweite Einreichung macht.

Die CSV ist im alten Format mit Semikolon, damit Ihr Import sie nimmt.

Vielen Dank und viele Grüße
Eoin Fitzpatrick

""" + sig('eoin', lang='de') + '\n\n' + FOOT_IE
    rows = [['Vertrag', 'Name', 'IBAN', 'Betrag EUR', 'Fälligkeit', 'Rückgabegrund', 'Bemerkung']]
    rows += [
        ['IE-HR-2288-1031', 'Schwarzer, Monika', 'DE52 5404 3716 0279 8903 16', '27,90', '01.07.2026', 'MD06', 'überweist selbst'],
        ['IE-KF-3301-0077', 'Kowalke, Bernd', 'DE68 8566 2837 4657 5350 78', '96,40', '01.07.2026', 'MD06', 'Kündigung in Bearbeitung'],
        ['IE-HR-2290-0512', 'Öztürk, Selin', 'DE45 1530 7293 7128 3759 89', '22,15', '01.07.2026', 'AM04', 'erneut einreichen'],
        ['IE-HV-1204-0093', 'Graf, Dr. Ulrich', 'DE08 5092 9076 1831 4362 60', '143,80', '01.07.2026', 'AC04', 'Konto aufgelöst - Kunde anschreiben'],
        ['IE-HR-2291-0880', 'Lemke, Jana', 'DE04 4870 9452 8326 7499 79', '18,60', '15.07.2026', 'AM04', 'erneut einreichen'],
        ['IE-KF-3302-0214', 'Brückner, Thomas', 'DE77 1993 4607 3846 4689 61', '71,25', '15.07.2026', 'MS03', 'erneut einreichen'],
    ]
    data = csv_bytes(rows, cs='windows-1252', delim=';')
    return msg(p.a, HH['wittkamp'], 'Rücklastschriften Juli - Kunden Irland (6 Fälle)',
               when('2026-07-21 14:12', 'ie'),
               M('mixed', T(body, cs='windows-1252', cte='qp'),
                 CSV(data, 'Ruecklastschriften_IE_2026-07.csv', cs='windows-1252',
                     ctype='application/vnd.ms-excel')),
               lang='de-DE')

# ==========================================================================
# MAILS 0076-0100
# ==========================================================================

@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker',
      'one-line acknowledgement; the broker\'s quoted mail carries a named applicant\'s TIA, clopidogrel and anxiety history')
def m0076():
    p = S['priya']
    body = """\
Thanks Marcus - received, I've passed it to the underwriting queue and
we'll come back to you within 5 working days.

Priya

""" + sig('priya', 'short') + """

-----Original Message-----
From: Marcus Bell <marcus.bell@harbourline-fp.example>
Sent: 08 June 2026 17:26
To: Priya Raman <priya.raman@nordhafen.example>
Subject: Pre-sale enquiry - Mr Hollis, 52

Hi Priya,

Quick pre-sale question before I put a full application in. My client,
Mr Graham Hollis (DOB 30/09/1973), wants GBP 200k level term with CI.
Medical history as he gave it to me:

- TIA in March 2024, fully recovered, no residual symptoms, MRI clear,
  on clopidogrel 75 mg and atorvastatin 40 mg since
- carotid doppler normal
- anxiety, treated with sertraline 2019-2021, none since
- ex-smoker, stopped 2024 after the TIA

Would CI be a non-starter? If so I'll go for life only with you and look
elsewhere for the CI.

Thanks
Marcus

Marcus Bell DipPFS
Harbourline Financial Planning
"""
    return msg(p.a, ('Marcus Bell', 'marcus.bell@harbourline-fp.example'),
               'RE: Pre-sale enquiry - Mr Hollis, 52', when('2026-06-09 08:41'), T(body),
               irt='<AM0PR10MB4477.harbourline@harbourline-fp.example>')


@mail('NORMAL', 'en', 'insurer-to-company',
      'trap: group risk benefits marketing to an HR prospect (EAP, virtual GP, second medical opinion, prices per employee); no person')
def m0077():
    p = S['grainne']
    text = """\
Hi Michelle,

Lovely to meet you at the CIPD Ireland breakfast on Thursday. As promised,
a quick summary of what our group risk schemes include for a company of
your size (about 140 employees), at no extra cost:

  * Employee assistance programme - 24/7 counselling line, up to 6
    face-to-face or video counselling sessions per issue, legal and
    financial information, also for family members.
  * Virtual GP - appointments 7 days a week, usually within 2 hours,
    with online prescriptions.
  * Second medical opinion - a review of a diagnosis and treatment plan
    by an international specialist, for serious illnesses.
  * Early intervention (income protection only) - we get involved from
    week 2 of an absence instead of week 26.

Indicative costs for a scheme like yours: group life (4 x salary) from
about EUR 95 per employee per year, income protection (75 % of salary,
26-week deferred) from about 1.1 % of payroll. A proper quote needs your
census data, which we'd receive through our secure portal, not by e-mail.

Happy to come out to Athlone and go through it with you and your finance
director.

Best,
Gráinne

""" + sig('grainne') + '\n\n' + FOOT_IE
    return msg(p.a, ('Michelle Foley', 'm.foley@midlands-medtech.example'),
               'Group risk benefits - summary after Thursday', when('2026-10-12 10:02', 'ie'),
               M('alternative', T(text), T(html_doc(html_paras(text), lang='en-IE'), 'html')),
               lang='en-IE')


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'refund for a cancelled motor policy to the customer\'s bank account; sort code and account number in the quoted customer mail')
def m0078():
    p = S['hannah']
    body = """\
Dear Mr Okoro,

Thank you for your e-mail. I'm sorry the car has gone - she did well to
get to 190,000 miles!

I've cancelled your motor policy NHM-7741-0556 from 14 October 2026, the
day you sold the car. You are due a refund of GBP 142.35 for the unused
part of the year, less our GBP 25 cancellation fee, so GBP 117.35. Because
you paid annually by card more than 12 months ago, we'll pay it into the
bank account you gave us below. It should be with you in 5 to 7 working
days.

Your no claims discount of 6 years is shown on the cancellation letter in
your online account, which you'll need for your next insurer.

Kind regards,

Hannah Whitfield
Team Leader, Personal Lines Customer Service
Nordhafen Insurance | UK Service Centre

From: Chinedu Okoro <chinedu.okoro@lowry-mail.example>
Sent: 15 October 2026 20:48
To: Nordhafen Customer Service <service.uk@nordhafen.example>
Subject: Cancel car insurance NHM-7741-0556 - sold car

Hi,

I sold my Honda Civic (reg MX09 TFE) yesterday, 14/10, please cancel the
insurance from that date and refund whatever is left. My bank details:

Name: Chinedu Okoro
Sort code: 12-68-80
Account: 23339034

Thanks
Chinedu Okoro

""" + FOOT_UK
    return msg(p.a, ('Chinedu Okoro', 'chinedu.okoro@lowry-mail.example'),
               'RE: Cancel car insurance NHM-7741-0556 - sold car',
               when('2026-10-16 14:02'), T(body),
               irt='<LO2P265MB5511.lowry@lowry-mail.example>')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
      'body says only "attached as discussed"; XLSX bordereau to the reinsurer with named income protection claimants, DOB, diagnoses, benefits')
def m0079():
    p = S['james']
    body = """\
Dear Katja,

Please find attached the Q2 2026 claims bordereau for the UK individual
income protection quota share, as discussed on Monday.

Best regards,
James

""" + sig('james') + '\n\n' + FOOT_UK
    rows = [['Claim ref', 'Claimant', 'DOB', 'Occupation', 'Cause (ICD-10)', 'Diagnosis',
             'Disability date', 'Monthly benefit GBP', 'Status', 'Reserve GBP']]
    rows += [
        ['IP-25-00412', 'Hughes, Carys', '14/02/1981', 'Teacher', 'F33.1', 'Recurrent depressive disorder, moderate', '03/03/2025', 2150, 'in payment', 186400],
        ['IP-25-00533', 'Patel, Rohit', '09/09/1976', 'Software developer', 'G35', 'Multiple sclerosis', '21/05/2025', 3400, 'in payment', 612000],
        ['IP-26-00107', 'Morris, Dean', '30/06/1988', 'Electrician', 'S82.2', 'Fracture of tibial shaft', '11/01/2026', 2600, 'in payment', 21800],
        ['IP-26-00188', 'Kaur, Simran', '17/12/1984', 'Pharmacist', 'C50.4', 'Breast cancer, upper-outer quadrant', '02/02/2026', 2900, 'in payment', 94300],
        ['IP-26-00251', 'Baxter, Lee', '04/04/1979', 'HGV driver', 'M51.1', 'Lumbar disc disorder with radiculopathy', '16/03/2026', 1950, 'assessment', 48200],
        ['IP-26-00274', 'Dunne, Siobhan', '22/08/1990', 'Nurse', 'U09.9', 'Post COVID-19 condition', '30/03/2026', 2050, 'assessment', 77500],
        ['IP-25-00301', 'Fletcher, Amy', '11/11/1985', 'Solicitor', 'F41.1', 'Generalised anxiety disorder', '14/01/2025', 4100, 'closed - returned to work 05/2026', 0],
    ]
    book = xlsx([('Q2 2026', rows)], title='UK IP QS bordereau Q2 2026', author='James Whitcombe',
                created='2026-07-08T11:00:00Z')
    return msg(p.a, ('Katja Lindholm', 'katja.lindholm@baltic-re.example'),
               'UK IP quota share - Q2 2026 bordereau', when('2026-07-08 11:16'),
               M('mixed', T(body), A(book, CT_XLSX, 'Nordhafen_UK_IP_QS_bordereau_Q2-2026.xlsx')))


@mail('NORMAL', 'en', 'insurer-to-customer',
      'trap: auto-acknowledgement of the Dublin claims mailbox warning not to send medical records by ordinary e-mail; no content')
def m0080():
    body = """\
Thank you for contacting Nordhafen Insurance Ireland claims.

We have received your e-mail and will reply within 2 working days. If
your e-mail is about a new claim, you will receive your claim number
separately.

Please note:

  - Do not send medical reports, hospital letters or other health
    information by ordinary e-mail. Ask us for a link to our secure
    portal, or post them to Claims Department, Nordhafen Insurance
    Ireland, 7 Wilton Basin, Dublin 2, D02 XK46.
  - For a road traffic accident where someone is injured, or for
    emergency assistance abroad, please phone us on +353 1 554 0180
    (24 hours).

Claims Department
Nordhafen Insurance Ireland

This is an automatic reply.
"""
    return msg(('Nordhafen Claims Ireland', 'claims.ie@' + DOMAIN),
               'noel.harrington52@eirmail.example',
               'Automatic reply: we have received your e-mail',
               when('2026-04-18 22:07', 'ie'), T(body, cs='us-ascii', cte='7bit'),
               mailer='system', extra=[('Auto-Submitted', 'auto-replied')],
               irt='<CAJx19Fq2pQ@mail.eirmail.example>')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'German customer importing a car to Ireland: confirmation of cover for the transfer drive, plates, VIN, dates')
def m0081():
    p = S['eoin']
    body = """\
Sehr geehrter Herr Tiedemann,

wie heute am Telefon besprochen, bestätige ich Ihnen den
Versicherungsschutz für die Überführung Ihres Fahrzeugs von Kiel nach
Galway:

  Versicherungsnehmer:  Herr Jörn Tiedemann, 14 Salthill Court, Galway,
                        H91 P2W6
  Fahrzeug:             Volvo XC60 B4, Erstzulassung 03/2022
  Fahrgestellnummer:    YV1UZA8V1P1234567
  Kennzeichen:          KI-JT 219 (Kurzzeitkennzeichen gültig bis
                        28.06.2026)
  Deckung:              Haftpflicht und Vollkasko (SB 500 EUR)
  Zeitraum:             21.06.2026 bis 28.06.2026, inkl. Fähre
                        Cherbourg - Rosslare
  Vertrag:              NHM-IE-30611902 (Überführungsdeckung)

Nach der Ankunft in Irland haben Sie 30 Tage, um das Auto anzumelden
(VRT). Sobald Sie das irische Kennzeichen haben, schicken Sie es mir
bitte, dann stellen wir den Vertrag auf die normale Jahrespolice um. Ihren
Schadenfreiheitsrabatt aus Deutschland (SF 14) rechnen wir mit 5 Jahren
No Claims Bonus an.

Gute Fahrt!

Mit freundlichen Grüßen
Eoin Fitzpatrick

""" + sig('eoin', lang='de') + '\n\n' + FOOT_IE
    return msg(p.a, ('Jörn Tiedemann', 'joern.tiedemann@nordmail-sh.example'),
               'Versicherungsbestätigung Überführung Kiel - Galway (KI-JT 219)',
               when('2026-06-17 16:20', 'ie'), T(body, cte='8bit'), lang='de-DE')


@mail('NORMAL', 'mixed', 'internal',
      'bilingual notes on the secure-mail gateway rollout in Dublin (TLS partner domains, portal texts, tags); no customer data')
def m0082():
    p = S['ciaran']
    body = """\
Hi all / Hallo zusammen,

notes from today's call on the secure mail rollout for the Irish branch -
English first, die deutschen Punkte von Jens unten.

1. TLS partner domains
   - We add the six Irish broker firms with their own gateways to the
     partner list (TLS verified via MTA-STS). List in the change ticket
     CHG0041187.
   - Two solicitors' firms still have no TLS at all -> portal only.

2. Portal texts
   - English texts for the portal are done. Jens asked that we keep the
     German first and English second, as the spec says, also for
     Irish users - agreed, language switch remembered per user.

3. Subject tags
   - Staff can force encryption with [secure] in the subject. The
     German tags [vertraulich] / [streng vertraulich] also work here.
   - Training for claims teams on 14 and 15 October.

-- Deutsche Punkte (Jens) --

4. Zertifikate: Die Domänenzertifikate für die Dubliner Gateways laufen
   am 30.11. ab, Verlängerung beantragt. Bitte keine manuellen Änderungen
   am Trust Store in Dublin, das läuft zentral.
5. Protokollierung: Die Audit-Logs aus Dublin gehen ab November in das
   zentrale System in Hamburg (Aufbewahrung 6 Jahre wie in Deutschland).
6. Nächster Termin: Donnerstag, 8. Oktober, 10:00 Uhr deutscher Zeit /
   9:00 Irish time.

Ciarán
"""
    return msg(p.a, [HH['jens'], S['aoife'].a, S['daniel'].a],
               'Notes / Notizen: secure mail rollout Ireland - call 1 Oct',
               when('2026-10-01 15:30', 'ie'), T(body, cte='8bit'), lang='en-IE',
               mailer='thunderbird')


@mail('NORMAL', 'de', 'insurer-to-customer',
      'trap: generic German information for a student prospect about health cover while studying in Ireland (EHIC, private top-up); no health data')
def m0083():
    p = S['niamh']
    body = """\
Liebe Frau Albrecht,

vielen Dank für Ihre Anfrage. Gern gebe ich Ihnen ein paar allgemeine
Informationen für Ihr Auslandssemester in Dublin.

1. Als gesetzlich Versicherte in Deutschland können Sie mit Ihrer
   Europäischen Krankenversicherungskarte (EHIC, Rückseite Ihrer
   Gesundheitskarte) öffentliche Gesundheitsleistungen in Irland nutzen,
   zu den gleichen Bedingungen wie Einheimische. Das heißt aber auch:
   Arztbesuche beim GP kosten in Irland oft 60-70 EUR, die die EHIC
   nicht immer abdeckt.

2. Viele irische Hochschulen verlangen trotzdem eine private
   Krankenversicherung. Unsere "Study Abroad Health" kostet ab 34 EUR im
   Monat und übernimmt u. a. GP-Besuche, Medikamente, Krankenhaus
   (privat), Zahnbehandlung nach Unfall und den Rücktransport nach
   Deutschland.

3. Vorerkrankungen werden bei Studierenden unter 30 ohne
   Gesundheitsfragen mitversichert, außer Behandlungen, die schon vor der
   Abreise geplant waren.

Die Versicherungsbedingungen auf Deutsch und Englisch finden Sie unter
https://www.nordhafen.example/ie/studium . Wenn Sie ein Angebot möchten,
brauche ich nur Ihr Geburtsdatum und die Dauer des Aufenthalts - bitte
über das Formular auf der Seite, nicht per E-Mail.

Viele Grüße aus Dublin
Niamh Gallagher

""" + sig('niamh', lang='de') + '\n\n' + FOOT_IE
    return msg(p.a, ('Lea Albrecht', 'lea.albrecht@uni-mail-de.example'),
               'AW: Krankenversicherung Auslandssemester Dublin', when('2026-07-01 13:25', 'ie'),
               T(body, cs='iso-8859-1', cte='qp'), lang='de-DE',
               irt='<a81c33d0-5f2e-4b77@uni-mail-de.example>')


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'adding a named teenage daughter as a driver to an Irish motor policy: her date of birth, learner permit, premium change')
def m0084():
    p = S['katie']
    body = """\
Hi Mrs Quirke,

Thanks for the call earlier. I've added Saoirse to your car insurance as
we discussed:

  Policy:          NHM-IE-30504418 (Skoda Fabia, 162-WX-8810)
  Named driver:    Saoirse Quirke, date of birth 17/04/2007
  Licence:         learner permit, issued 02/05/2026, no points
  Effective:       from 12 July 2026
  Extra premium:   EUR 412.80 for the rest of the policy year, added to
                   your monthly direct debit (EUR 41.28 x 10)

A reminder of the rules for learner drivers: she must display L-plates
and be accompanied at all times by someone who has held a full licence
for at least two years, and she can't drive on motorways. If she drives
unaccompanied, the policy won't cover her.

Best of luck to her with the lessons!

Katie

Katie Morrissey
Customer Service Advisor | Nordhafen Insurance Ireland
+353 1 554 0150

""" + FOOT_IE
    return msg(p.a, ('Bernadette Quirke', 'bernie.quirke@southeast-mail.example'),
               'Saoirse added to your car insurance', when('2026-07-10 15:12', 'ie'),
               T(body), lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'base64-encoded system letter accepting a named customer\'s critical illness claim for a heart attack (myocardial infarction)')
def m0085():
    body = """\
Dear Mr Openshaw,

Your critical illness claim - policy NHC-2204-19930, claim CI-26-0388

We are pleased to tell you that your claim has been accepted.

The medical evidence from Royal Pennine Hospital confirms that you
suffered a heart attack (acute myocardial infarction) on 2 July 2026, with
typical chest pain, new ECG changes and a rise in troponin above the
required level. This meets the definition of "Heart attack - of specified
severity" in your policy.

  Critical illness sum assured        GBP 100,000.00
  Payment date                        30 July 2026
  Paid to                             account ending 4419

Your life cover continues unchanged; your critical illness cover ends with
this payment, as it is a single-claim benefit. Your monthly premium will
reduce from GBP 61.20 to GBP 22.75 from September.

As part of your policy you can also use our rehabilitation support service
for cardiac rehab, counselling or help returning to work. Call 0161 496 0320
if you would like to use it.

We wish you a good recovery.

Yours sincerely,

Protection Claims
Nordhafen Insurance | UK Service Centre

""" + FOOT_UK
    return msg(('Nordhafen Protection Claims', 'protection.claims@' + DOMAIN),
               ('Neil Openshaw', 'neil.openshaw@pennine-net.example'),
               'Your claim CI-26-0388 - decision', when('2026-07-28 06:30'),
               T(body, cte='b64'), mailer='system')


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: property catastrophe treaty renewal data to a reinsurer - aggregated sums insured by region and cat model losses; XLSX; no person')
def m0086():
    p = S['james']
    body = """\
Dear Katja, dear Oskar,

As promised, the exposure data for the 2027 UK & Ireland property
catastrophe XL renewal. All figures are aggregated by region (CRESTA-style
zones); there are no policy-level data in the file.

Headlines:

  - total sums insured up 6.8 % (mainly indexation, +2,900 policies)
  - modelled 1-in-200 windstorm loss GBP 412m (2026: GBP 388m)
  - flood exposure in Ireland reduced after the re-underwriting of 640
    high-risk postcodes in Cork and Limerick

We'd like the same structure as this year: GBP 50m xs GBP 25m, three
layers. Can we have your indicative terms by 6 November?

Best regards,
James

""" + sig('james') + '\n\n' + FOOT_UK
    rows = [['Region', 'Policies', 'Buildings SI GBPm', 'Contents SI GBPm',
             'Commercial SI GBPm', 'AAL wind GBPk', 'AAL flood GBPk']]
    rows += [
        ['London & South East', 48210, 19840.5, 3120.2, 6410.0, 1840, 620],
        ['North West', 36400, 10122.8, 1920.6, 2870.4, 1510, 980],
        ['Yorkshire & North East', 29880, 7810.3, 1502.1, 1980.7, 1120, 1210],
        ['Midlands', 25110, 7102.9, 1310.0, 1750.2, 880, 540],
        ['Scotland', 11250, 3010.4, 610.8, 690.1, 1260, 310],
        ['Wales & South West', 17320, 5260.0, 990.3, 820.5, 1090, 470],
        ['Ireland - Dublin', 14100, 4880.2, 710.9, 2050.0, 540, 260],
        ['Ireland - rest', 19700, 5120.6, 860.4, 1120.3, 1480, 1330],
    ]
    book = xlsx([('Exposure 2027', rows)], title='Property cat XL 2027 exposure',
                author='James Whitcombe', created='2026-10-20T09:30:00Z')
    return msg(p.a, [('Katja Lindholm', 'katja.lindholm@baltic-re.example'),
                     ('Oskar Wennberg', 'oskar.wennberg@baltic-re.example')],
               'UK&I property cat XL 2027 - exposure data', when('2026-10-20 09:44'),
               M('mixed', T(body), A(book, CT_XLSX, 'UKI_PropertyCat_Exposure_2027.xlsx')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'schedule of high-value items for a named customer (jewellery, watches with serial numbers, valuations) in an ODS attachment')
def m0087():
    p = S['hannah']
    body = """\
Dear Mrs Castellano,

Thank you for sending the valuations. I've added the items to your home
insurance as specified valuables from today; the updated list is attached
for you to check (it opens in Excel or LibreOffice).

Because the total of specified items is now over GBP 25,000, the policy
conditions require the items to be kept in a locked safe when not worn,
and your alarm to be set when the house is empty. The additional premium
is GBP 186.40 a year, which we will add to your monthly payments.

Kind regards,

Hannah Whitfield
Team Leader, Personal Lines Customer Service
Nordhafen Insurance | UK Service Centre

""" + FOOT_UK
    rows = [['Item', 'Description', 'Serial / ref.', 'Valuation date', 'Value GBP']]
    rows += [
        ['1', 'Diamond solitaire ring, 1.2 ct, platinum', 'Cert. GIA 2211874390', '12/03/2026', 9800],
        ['2', 'Rolex Datejust 36, steel/gold', 'Serial 7X93K2L1', '12/03/2026', 8450],
        ['3', 'Pearl necklace, South Sea, 18 ct clasp', '-', '12/03/2026', 3200],
        ['4', 'Cartier Tank Must watch', 'Serial 419880PX', '12/03/2026', 2650],
        ['5', 'Sapphire and diamond earrings', '-', '12/03/2026', 2900],
        ['', '', '', 'Total', 27000],
    ]
    sheet = ods([('Specified items', rows)], title='Specified items NHH-5531-0087',
                author='Hannah Whitfield', created='2026-03-19T12:00:00Z')
    return msg(p.a, ('Elena Castellano', 'elena.castellano@surrey-mail.example'),
               'Your specified valuables - policy NHH-5531-0087', when('2026-03-19 12:14'),
               M('mixed', T(body), A(sheet, CT_ODS, 'Specified_items_NHH-5531-0087.ods')))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'group life death-in-service claim: employer told the cause of death (sudden cardiac arrest, cardiomyopathy) of a named employee, benefit to trustees')
def m0088():
    p = S['grainne']
    body = """\
Dear Róisín,

I was so sorry to hear about Brian. Please pass on our sympathy to his
colleagues - I know from our last review how long he had been with you.

For the death-in-service claim under your group life scheme (policy
NHG-IE-0417), here is where we are:

  Member:          Mr Brian Tierney, staff no. MS-0211, DOB 25/01/1969
  Date of death:   14 September 2026
  Cause (per the coroner's interim certificate): sudden cardiac arrest;
                   hypertrophic cardiomyopathy found at post-mortem
  Benefit:         4 x salary of EUR 78,000 = EUR 312,000

As the scheme is set up under trust, the benefit is paid to the trustees,
who decide on the beneficiaries using Brian's expression-of-wish form. We
still need:

  1. the final death certificate once the coroner has issued it;
  2. a trustee claim form signed by two trustees;
  3. confirmation of his salary at the date of death and that he was
     actively at work (payroll print is fine).

Please send these through the secure portal link I'll send you separately.
We'll pay within 5 working days of receiving them.

With sympathy,
Gráinne

""" + sig('grainne') + '\n\n' + FOOT_IE
    return msg(p.a, ('Róisín Mac Giolla', 'roisin.macgiolla@marlstone-engineering.example'),
               'Brian Tierney - death in service claim NHG-IE-0417', when('2026-09-22 14:45', 'ie'),
               T(body), lang='en-IE')


@mail('NORMAL', 'mixed', 'internal',
      'trap: terminology thread - English question, German answer quoted: Berufsunfaehigkeit vs income protection vs PHI (product words only)')
def m0089():
    p = S['gareth']
    body = """\
Thanks Tobias, that's really helpful - I'll use "income protection" in the
English version and put "Berufsunfähigkeitsversicherung (BU)" in brackets
the first time, so the German colleagues know what we mean.

Gareth

From: Tobias Reimers <tobias.reimers@nordhafen.example>
Sent: Tuesday, 3 November 2026 16:12
To: Gareth Hughes <gareth.hughes@nordhafen.example>
Subject: AW: Terminology for the broker training deck

Hallo Gareth,

gute Frage. Kurz:

- Die BU (Berufsunfähigkeitsversicherung) zahlt eine Rente, wenn man
  seinen zuletzt ausgeübten Beruf zu mindestens 50 % nicht mehr ausüben
  kann, voraussichtlich für 6 Monate. Das ist näher an eurer "own
  occupation income protection" als an der "Erwerbsunfähigkeit".
- Eure "group income protection" (GIP) gibt es bei uns so nicht, am
  ehesten entspricht das der betrieblichen BU (bBU) über die bAV.
- "PHI" (permanent health insurance) ist der alte Name für income
  protection, bitte nicht mehr verwenden, sonst denken die Makler an
  Krankenversicherung.
- "Krankentagegeld" ist KEINE BU, sondern Teil der
  Krankenversicherung - zahlt bei vorübergehender Arbeitsunfähigkeit.

Viele Grüße
Tobias

> Hi Tobias,
> for the joint broker training in Hamburg I need a slide that explains
> our products to German brokers. Is "Berufsunfähigkeit" really the right
> word for income protection, or is there a better match? And what do you
> call group income protection?
> Cheers, Gareth
"""
    return msg(p.a, HH['reimers'], 'RE: AW: Terminology for the broker training deck',
               when('2026-11-04 09:20'), T(body),
               irt='<FR2P281MB0931.Hamburg@nordhafen.example>')


@mail('CONFIDENTIAL', 'en', 'internal',
      'large domestic fire loss of a named customer escalated to head office: address, policy, reserve, family rehoused; nobody hurt')
def m0090():
    p = S['tom']
    body = """\
Hi Dirk,

Large loss notification, as our authority limit for domestic claims is
GBP 250,000.

  Insured:   Mr and Mrs Julian Ashby-Crowther
  Risk:      The Old Rectory, Church Lane, Great Budworth, Cheshire CW9 6HF
             (Grade II listed, thatched, c.1790)
  Policy:    NHH-HNW-00317 (high net worth home)
  Claim:     HC-26-061472
  Date:      11 November 2026, approx. 19:00

Fire started in the thatch, most likely from the chimney (wood burner in
use that evening). The family were out at dinner and a neighbour called
the fire service - nobody was hurt. About 60 % of the roof is lost and
there is heavy water damage to the first floor.

  Initial reserve:   buildings GBP 480,000, contents GBP 65,000,
                     alternative accommodation GBP 38,000 (9 months)
  Adjuster:          Harlow & Finch (heritage specialist), on site today

The family are staying in a rented cottage in Northwich, which we've
agreed. Listed-building consent will drive the timescale; I expect 12-18
months to reinstatement. Reinsurance: below the cat XL retention, so for
information only.

I'll update you after the adjuster's first report.

Tom

""" + sig('tom') + '\n\n' + FOOT_UK
    return msg(p.a, HH['vossberg'], 'Large loss HC-26-061472 - thatch fire, Great Budworth',
               when('2026-11-13 10:26'), T(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'consultant\'s invoice for a named patient\'s knee arthroscopy above the fee schedule: procedure, shortfall (windows-1252)')
def m0091():
    p = S['megan']
    body = """\
Dear Ms Kershaw,

Patient:     Mrs Helen Marchetti, DOB 14/10/1966
Membership:  NHP-61-4402-73
Invoice:     JE/2026/0611 dated 12 May 2026
Procedure:   left knee arthroscopy with partial medial meniscectomy
             (CCSD W8500), Aireborough Private Hospital, 28 April 2026

Thank you for Mr Eades's invoice. Our fee schedule for this procedure is
£1,150 for the surgeon's fee. The invoice is for £1,600, which leaves a
shortfall of £450.

Mrs Marchetti's pre-authorisation (PA-26-121330) stated the fee-schedule
amount, and our records show Mr Eades is a fee-approved consultant who has
agreed to charge within our schedule for insured patients. Could you
please check the invoice? If there was an additional procedure that was
not pre-authorised, please let us have the operation note and we will
review it.

We have paid the £1,150 today and have not asked Mrs Marchetti to pay the
difference.

Kind regards,

""" + sig('megan') + '\n\n' + FOOT_UK
    return msg(p.a, ('Joanne Kershaw - secretary to Mr J Eades',
                     'secretary@eades-orthopaedics.example'),
               'Invoice JE/2026/0611 - Mrs H Marchetti - fee schedule',
               when('2026-05-21 11:50'), T(body, cs='windows-1252', cte='qp'))


@mail('NORMAL', 'en', 'internal',
      'trap: data protection quiz for staff with fictional scenarios ("Joe Bloggs", diagnoses, IBAN words), answers below; no real person')
def m0092():
    p = S['daniel']
    body = """\
Hi all,

It's Data Protection Day on 28 January, so here's this year's quiz. Five
questions, answers at the bottom - no peeking. Everything in it is made up.

1. A broker e-mails you: "Can you tell me if Joe Bloggs is still insured
   with you? He says he cancelled." You don't know the broker. What do you
   do?

2. A GP's receptionist sends a patient's full medical record by ordinary
   e-mail, although we only asked for a report. What now?

3. Which of these is special category data?
   a) a customer's bank details
   b) the fact that a customer takes insulin
   c) a customer's date of birth

4. You want to send a spreadsheet with 20 income protection claimants,
   their diagnoses and benefit amounts to our reinsurer. How?

5. A colleague puts "[secure]" in a subject line. What happens to the
   e-mail?

Answers:
1. Don't confirm or deny anything; ask the broker to contact us through
   the adviser portal, where we can check his agency and authority.
2. Tell the DPO team (data breach log), delete the unneeded parts, and
   remind the practice to use the portal.
3. b) - health data. a) and c) are personal data and confidential, but
   not special category.
4. Only through the secure transfer route agreed with the reinsurer,
   never as an ordinary e-mail attachment.
5. It is encrypted or delivered through the portal, whatever the content.

Winners (first five correct answers to me) get a coffee voucher.

Daniel
"""
    return msg(p.a, ('All Staff UK & Ireland', 'allstaff.ukie@' + DOMAIN),
               'Data Protection Day quiz - 5 questions, 1 coffee', when('2026-01-27 09:15'),
               T(body, cs='us-ascii', cte='7bit'))


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'yacht insurance renewal for a named owner: vessel, mooring, hull value, premium, policy number (us-ascii)')
def m0093():
    p = S['conor']
    body = """\
Dear Mr Whelan,

Pleasure craft insurance - renewal 1 April 2026
Policy NHY-IE-00582

Please find below the renewal terms for "Saoirse Mara", your Beneteau
Oceanis 38.1 (2019), kept on a marina berth at Kinsale Yacht Harbour.

  Agreed hull value:        EUR 168,000
  Tender and outboard:      EUR 6,500
  Personal effects:         EUR 3,000
  Third-party liability:    EUR 3,000,000
  Cruising range:           Irish coastal waters and the UK, France and
                            Spain (Atlantic coast) from 1 May to 30 Sept
  Laid-up period:           1 November - 31 March, ashore
  Excess:                   EUR 1,250 (EUR 2,500 for theft of outboard)
  Annual premium:           EUR 1,622.40 (2025: EUR 1,540.00)

The increase reflects higher repair costs for GRP and rigging. Your
5-year no claims discount (20 %) is already included.

If you are planning to cross to the Scillies or Brittany again this year,
no need to tell us - that's within the cruising range.

Regards,
Conor Doyle
Underwriter, Commercial Lines
Nordhafen Insurance Ireland
T: +353 1 554 0264

""" + FOOT_IE
    return msg(p.a, ('Donal Whelan', 'donal.whelan@kinsale-mail.example'),
               'Renewal - Saoirse Mara - NHY-IE-00582', when('2026-03-02 11:08'),
               T(body, cs='us-ascii', cte='7bit'), lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'German-language large-loss notice to head-office reinsurance: named accident insured with paraplegia after a motorcycle crash, disability payout')
def m0094():
    p = S['james']
    body = """\
Lieber Frank,

hiermit die Großschadenmeldung aus der irischen Unfallversicherung für
den Unfall-Summenexzedenten (Vertrag RV-UNF-2026-IE):

  Versicherte Person:  Mr Kieran Dowling, geb. 12.02.1994, Limerick
  Vertrag:             NHPA-IE-71208 (Einzelunfall mit Progression 350 %)
  Unfalltag:           23.05.2026
  Hergang:             Motorradunfall auf der N69 bei Foynes, Kollision
                       mit einem Traktor beim Überholen
  Verletzungen:        Berstungsfraktur BWK 12 mit kompletter
                       Querschnittlähmung (ASIA A) ab Th12, dazu
                       Rippenserienfraktur und Milzruptur (Splenektomie)
  Stand:               seit 18.06. in der Reha-Klinik (National
                       Rehabilitation Hospital), Rollstuhl dauerhaft

Leistungen (vorläufig):
  Invaliditätsgrundsumme EUR 300.000, Invalidität nach Gliedertaxe und
  ärztlichem Gutachten 100 %, mit Progression 350 % = EUR 1.050.000
  Krankenhaustagegeld und Genesungsgeld ca. EUR 9.400
  Reserve gesamt: EUR 1.060.000, Priorität EUR 250.000
  Erwarteter RV-Anteil: EUR 810.000

Das endgültige Gutachten (Invaliditätsbemessung) kommt nach 12 Monaten;
wir würden wegen der eindeutigen Lage aber schon eine Vorschusszahlung von
EUR 300.000 leisten. Bitte gib mir kurz Bescheid, ob ihr dafür die
Zustimmung des Rückversicherers braucht.

Viele Grüße
James

""" + sig('james', lang='de')
    return msg(p.a, HH['meiners'], 'Großschadenmeldung Unfall Irland - NHPA-IE-71208 (Dowling)',
               when('2026-07-02 13:35'), T(body), lang='de-DE', importance='high')


@mail('NORMAL', 'en', 'insurer-to-broker',
      'trap: new blank protection application form v7 with changed medical questions (blank PDF form), sent to brokers; no applicant')
def m0095():
    p = S['chloe']
    body = """\
Hi all,

From 1 September please use version 7 of our paper application form for
life, critical illness and income protection (attached as a blank PDF).
Version 6 will be accepted until 30 September, after that we'll send it
back.

What's changed in the health section:

  - the mental health question now asks only about the last 5 years and
    separates "anxiety or depression treated by your GP" from "any
    admission or specialist referral";
  - new question on long COVID / post-viral fatigue;
  - COVID-19 vaccination question removed;
  - BMI is calculated for you from height and weight.

Most of you use the online application anyway, which already has the new
questions.

Thanks
Chloe

""" + sig('chloe') + '\n\n' + FOOT_UK
    form = pdf([
        '# Nordhafen Insurance - Protection application form (version 7, 09/2026)',
        '',
        'Section A - Applicant',
        'Title: ____  First name(s): ______________________  Surname: ______________________',
        'Date of birth: __ / __ / ____   Occupation: ______________________',
        '',
        'Section D - Health (answer for the last 5 years unless stated otherwise)',
        'D1  Height ______ cm   Weight ______ kg   (BMI calculated automatically)',
        'D2  Have you smoked or used nicotine products in the last 12 months?  [ ] Yes  [ ] No',
        'D3  Have you ever had a heart attack, stroke, TIA, cancer or multiple sclerosis?  [ ] Yes  [ ] No',
        'D4  Have you been treated by your GP for anxiety, depression or stress?  [ ] Yes  [ ] No',
        'D5  Have you been referred to a psychiatrist or admitted for a mental health condition?  [ ] Yes  [ ] No',
        'D6  Have you had long COVID or post-viral fatigue lasting more than 4 weeks?  [ ] Yes  [ ] No',
        'D7  Are you waiting for any tests, investigations or referrals?  [ ] Yes  [ ] No',
        '',
        'If you answered Yes to any question, please give details on the continuation sheet.',
        '',
        'Declaration: I confirm that the answers are true and complete ...',
        'Signature: ______________________   Date: __ / __ / ____',
    ], title='Application form v7 (blank)', created='20260818090000')
    return msg(p.a, ('Nordhafen protection advisers', 'protection-advisers@lists.nordhafen.example'),
               'New application form v7 from 1 September', when('2026-08-18 09:20'),
               M('mixed', T(body), A(form, CT_PDF, 'Nordhafen_protection_application_v7_blank.pdf')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'legal expenses insurance: cover confirmed for a named policyholder\'s unfair dismissal (redundancy selection) claim; no health content')
def m0096():
    p = S['lucy']
    body = """\
Dear Mr Pryce,

Our policyholder / your client: Ms Joanne Stirling
Legal expenses policy:          NHLE-118830 (add-on to home policy)
Claim:                          LE-26-01944

Thank you for your assessment of 24 August. We note your view that Ms
Stirling has reasonable prospects (above 51 %) of succeeding in a claim
for unfair dismissal, on the basis that the redundancy selection matrix
was applied inconsistently and that she was the only member of the team
not offered the alternative role in Preston.

We therefore confirm cover under the employment disputes section:

  - limit of indemnity GBP 50,000 (costs and any adverse costs award);
  - your firm appointed at our panel rate of GBP 165 per hour;
  - ACAS early conciliation first; please report the outcome to us
    before issuing at the Employment Tribunal;
  - any settlement offer above GBP 5,000 to be discussed with us.

Her employer's offer of 8 weeks' pay (GBP 6,420) should be discussed with
her before early conciliation closes.

Kind regards,

""" + sig('lucy') + '\n\n' + FOOT_UK
    return msg(p.a, ('Gareth Pryce', 'g.pryce@mercerpryce-employment.example'),
               'LE-26-01944 - Ms J Stirling - cover confirmed', when('2026-08-27 15:48'),
               T(body))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'health cash plan: named member\'s hearing aids for bilateral sensorineural hearing loss, benefit paid (multipart/alternative)')
def m0097():
    p = S['megan']
    text = """\
Dear Mr Stannard,

Hearing aid claim - Nordhafen Health Cash Plan, member NHC-CP-201174

Thank you for sending the receipt and the audiology report from Pennine
Hearing Centre. The report confirms moderate bilateral sensorineural
hearing loss, and that you have been fitted with two behind-the-ear
hearing aids on 8 October 2026.

  Hearing aids (pair), incl. fitting            £2,380.00
  Plan benefit: hearing aids, once every
  3 years, up to                                  £500.00
  ---------------------------------------------------------
  Paid to you                                     £500.00

The payment goes to your account ending 3302 within three working days.
Your next hearing aid benefit will be available from October 2029. The
hearing test itself can be claimed under "consultations" if you haven't
already done so.

Kind regards,

""" + sig('megan') + '\n\n' + FOOT_UK
    return msg(p.a, ('Derek Stannard', 'derek.stannard@calder-mail.example'),
               'Your hearing aid claim', when('2026-10-19 10:47'),
               M('alternative', T(text, cs='utf-8', cte='8bit'),
                 T(html_doc(html_paras(text)), 'html', cte='qp')))


@mail('NORMAL', 'de', 'internal',
      'trap: German minutes of the UK/DE jour fixe with aggregated loss ratios, claims KPIs and complaints counts; ODT; no person')
def m0098():
    p = S['james']
    body = """\
Liebe Kolleginnen und Kollegen,

anbei das Protokoll unseres Jour fixe vom 14. Oktober. Bitte bis Freitag
Korrekturen an mich, danach geht es an den Vorstand.

Die wichtigsten Punkte:
- Schadenquote Kranken UK/IE 3. Quartal 71,4 % (Plan 74 %)
- Bearbeitungszeit Leistungsfälle Leben/BU im Ziel, Kfz Irland nicht
- Beschwerden: 38 im Quartal, davon 6 beim Ombudsman

Viele Grüße
James

""" + sig('james', lang='de')
    doc = odt([
        ('h', 'Protokoll Jour fixe UK/Irland - Hamburg, 14.10.2026 (Teams)'),
        'Teilnehmer: Dirk Vossberg, Dr. Sabine Kröger, Frank Meiners, Heike Janssen (Hamburg); '
        'James Whitcombe, Aoife Brennan, Daniel Frost (UK/IE)',
        ('h', '1. Zahlen 3. Quartal 2026'),
        ('table', [['Sparte', 'Beiträge Mio. GBP', 'Schadenquote', 'Plan'],
                   ['Kranken (PMI, Cash Plan)', 41.2, '71,4 %', '74,0 %'],
                   ['Leben / CI / IP', 63.8, '48,9 %', '52,0 %'],
                   ['Kfz UK', 58.1, '82,7 %', '79,0 %'],
                   ['Kfz Irland', 22.4, '76,1 %', '75,0 %'],
                   ['Sach privat', 37.9, '68,3 %', '65,0 %']]),
        ('h', '2. Bearbeitungszeiten'),
        'Leistungsfälle Leben/BU: durchschnittlich 11 Arbeitstage (Ziel 15). Kfz Irland: 23 Tage bis zur '
        'ersten Zahlung (Ziel 15) wegen Personalengpass im 3. Quartal; zwei neue Sachbearbeiter ab November.',
        ('h', '3. Beschwerden'),
        '38 Beschwerden im Quartal (Vorquartal 44), davon 6 beim Financial Ombudsman Service bzw. FSPO. '
        'Häufigster Grund: Ablehnung wegen Vorerkrankung in der Krankenversicherung (Moratorium).',
        ('h', '4. Sonstiges'),
        'Rollout sichere E-Mail in Dublin läuft nach Plan, Abschluss November. Nächster Termin 13.01.2027.',
    ], title='Protokoll Jour fixe 14.10.2026', author='James Whitcombe',
        created='2026-10-15T08:10:00Z')
    return msg(p.a, [HH['vossberg'], HH['kroeger'], HH['meiners'], HH['janssen'],
                     S['aoife'].a, S['daniel'].a],
               'Protokoll Jour fixe UK/IE 14.10.2026', when('2026-10-15 08:32'),
               M('mixed', T(body), A(doc, CT_ODT, 'Protokoll_JF_UKIE_2026-10-14.odt')),
               lang='de-DE')


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'cyber insurance renewal for a named sole-trader accountant (natural person): turnover, records held, premium, policy number')
def m0099():
    p = S['conor']
    body = """\
Dear Ms Keating,

Cyber insurance renewal - Keating Accountancy (sole trader)
Policy NHCY-IE-00940, renewal 1 December 2026

Thank you for completing the renewal questionnaire. Based on your answers:

  Annual turnover:              EUR 214,000
  Client records held:          approx. 1,450 (individuals and small
                                companies, incl. PPS numbers and bank
                                details)
  Staff:                        you and 2 part-time bookkeepers
  Multi-factor authentication:  e-mail and accounting software - yes;
                                remote access - not yet

  Limit of indemnity:           EUR 500,000
  Excess:                       EUR 1,000
  Renewal premium:              EUR 1,284.00 (incl. 3 % levy)

Our renewal is subject to MFA being switched on for remote access by
31 January 2027. This is the single biggest thing that stops ransomware
claims in small practices; your IT provider can usually do it in an
afternoon. Please confirm by e-mail once it's done.

Kind regards,

""" + sig('conor') + '\n\n' + FOOT_IE
    return msg(p.a, ('Orla Keating', 'orla@keating-accountancy.example'),
               'Cyber renewal NHCY-IE-00940 - terms', when('2026-11-10 12:16'),
               T(body), lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'subject access response for a PMI member: ZIP with claims history (diagnoses, procedures), GP report and call notes')
def m0100():
    p = S['daniel']
    body = """\
Dear Mr Holt,

Your subject access request of 29 September 2026

As requested, the personal data we hold about you is attached as a ZIP
file in this secure message. It contains:

  1. your membership details and payment history (PDF);
  2. your claims history since 2021, including treatment details (CSV);
  3. the GP report we obtained in 2023 with your consent (PDF);
  4. notes of your phone calls with our health claims team (TXT).

We asked your GP whether there is any reason not to release the GP report
to you; he confirmed there is none.

The information is exactly as held in our systems. If anything is wrong,
you have the right to ask us to correct it.

Yours sincerely,

""" + sig('daniel') + '\n\n' + FOOT_UK
    member = pdf([
        '# Membership details - Mr Gavin Holt',
        'Date of birth: 05/03/1972   Membership: NHP-61-2271-05 (Core+ plan, moratorium)',
        'Address: 18 Lindow Walk, Wilmslow SK9 5HE',
        'Premiums 2026: GBP 118.40 per month by Direct Debit (account ending 4052)',
        'Employer scheme: none (individual policy)',
    ], title='Membership NHP-61-2271-05', created='20261021100000')
    claims = csv_bytes([
        ['date', 'claim', 'provider', 'treatment', 'diagnosis', 'paid_gbp'],
        ['2021-11-02', 'PC-21-08812', 'Alderley Edge Clinic', 'Dermatology consultation', 'L40.0 Psoriasis vulgaris', '220.00'],
        ['2023-02-14', 'PC-23-01290', 'Cheadle Private Hospital', 'Colonoscopy', 'K57.3 Diverticular disease', '1840.00'],
        ['2023-06-20', 'PC-23-05521', 'Wilmslow Physio', 'Physiotherapy x 6', 'M75.1 Rotator cuff syndrome', '390.00'],
        ['2025-09-08', 'PC-25-07733', 'Cheadle Private Hospital', 'Shoulder arthroscopic decompression', 'M75.4 Impingement syndrome', '4620.00'],
        ['2026-05-19', 'PC-26-04110', 'Online GP', 'Virtual GP consultation', 'J01.9 Acute sinusitis', '0.00'],
    ])
    gp = pdf([
        '# GP report - Mr Gavin Holt, DOB 05/03/1972',
        'Dr S. Lyons, Kings Road Surgery, Wilmslow - 03/03/2023',
        'Past history: psoriasis (2015, topical treatment), hypertension (2019, amlodipine 5 mg),',
        'diverticular disease on colonoscopy 2023. Right shoulder pain since 2022, physiotherapy.',
        'Alcohol: 14 units/week. Non-smoker. BMI 28.',
    ], title='GP report 2023', created='20261021100100')
    notes = ('2025-08-27 10:02 inbound - member reports shoulder pain worse, consultant referral pre-authorised\n'
             '2025-09-15 14:20 outbound - post-op check, physio authorised x 8\n'
             '2026-09-29 11:45 inbound - subject access request made by phone, ID verified\n')
    z = zip_files([('Holt_SAR/1_membership.pdf', member),
                   ('Holt_SAR/2_claims_history.csv', claims),
                   ('Holt_SAR/3_GP_report_2023.pdf', gp),
                   ('Holt_SAR/4_call_notes.txt', notes)], when_=(2026, 10, 21, 10, 5, 0))
    return msg(p.a, ('Gavin Holt', 'gavin.holt@cheshire-mail.example'),
               'Your subject access request - response', when('2026-10-21 10:22'),
               M('mixed', T(body), A(z, CT_ZIP, 'SAR_GHolt_2026-10.zip')))

# ==========================================================================
# MAILS 0101-0125
# ==========================================================================

@mail('NORMAL', 'en', 'internal',
      'trap: planned outage of the medical underwriting rules engine ("medical disclosures will queue"), no person')
def m0101():
    p = S['ciaran']
    body = """\
Hi all,

Planned maintenance on the medical underwriting rules engine (UWRE):

  Saturday 7 March 2026, 18:00 - 22:00 (UK and Irish time)

During the window:

  - online protection applications can still be submitted; any
    application with a medical disclosure (e.g. raised blood pressure,
    mental health, BMI over 35) will not get an instant decision and
    will queue for the underwriters;
  - the adviser portal shows "decision pending" for those cases;
  - tele-interviews already booked for Saturday evening go ahead, the
    nurses key the answers in on Monday.

No action is needed from underwriting - the queue will be processed
automatically when the engine is back. If you see anything odd on Monday
morning, raise a ticket with the Service Desk.

Thanks,
Ciarán

IT Service Desk | Nordhafen Insurance Ireland
+353 1 554 0399
"""
    return msg(p.a, [('Protection Underwriting UK', 'underwriting.protection@' + DOMAIN),
                     ('Broker Support', 'broker.support@' + DOMAIN)],
               'Planned outage: underwriting rules engine, Sat 7 March 18:00-22:00',
               when('2026-03-03 16:40', 'ie'), T(body, cte='8bit'), lang='en-IE')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'German customer in Cork cancels her liability policy on moving back; refund to her German IBAN; her quoted German mail (iso-8859-1)')
def m0102():
    p = S['eoin']
    body = """\
Sehr geehrte Frau Hollweg,

vielen Dank für Ihre Nachricht. Wir haben Ihre Privathaftpflicht-
versicherung IE-PH-1187-2210 wie gewünscht zum 31. August 2026 beendet.

Da Sie den Jahresbeitrag im Januar im Voraus gezahlt haben, erstatten wir
Ihnen den Beitrag für September bis Dezember, also 38,20 EUR, auf das
Konto, das Sie unten angegeben haben. Die Überweisung dauert bei einem
deutschen Konto 2-3 Werktage.

Für Ihren Umzug zurück nach Freiburg alles Gute - und falls Sie in
Deutschland eine neue Haftpflicht brauchen, empfehle ich Ihnen gern die
Kollegen der Nordhafen in Hamburg.

Mit freundlichen Grüßen
Eoin Fitzpatrick
Kundenservice, German Desk
Nordhafen Insurance Ireland

-----Ursprüngliche Nachricht-----
Von: Sabine Hollweg <sabine.hollweg@breisgau-mail.example>
Gesendet: Sonntag, 16. August 2026 19:22
An: service.ie@nordhafen.example
Betreff: Kündigung Haftpflicht IE-PH-1187-2210

Guten Tag,

ich ziehe Ende August von Cork (12 Wellington Road, T23 D8K2) zurück
nach Deutschland und möchte meine Haftpflichtversicherung
IE-PH-1187-2210 zum 31.08. kündigen. Den zu viel gezahlten Beitrag bitte
auf mein deutsches Konto:

Sabine Hollweg
IBAN DE37 2763 9933 7401 6438 24

Vielen Dank!
Sabine Hollweg

""" + FOOT_IE
    return msg(p.a, ('Sabine Hollweg', 'sabine.hollweg@breisgau-mail.example'),
               'AW: Kündigung Haftpflicht IE-PH-1187-2210', when('2026-08-18 10:05', 'ie'),
               T(body, cs='iso-8859-1', cte='qp'), lang='de-DE',
               irt='<trinity-8a11f0c2-16aug@breisgau-mail.example>')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'HTML-only PMI claim statement with a table of a named member\'s physiotherapy and pain-clinic treatment for sciatica')
def m0103():
    rows = [['Date', 'Provider', 'Treatment', 'Condition', 'Charged', 'Paid']]
    rows += [
        ['03/08/2026', 'Salford Quays Physio', 'Physiotherapy assessment', 'Sciatica (M54.3)', '£75.00', '£75.00'],
        ['10/08/2026', 'Salford Quays Physio', 'Physiotherapy session', 'Sciatica (M54.3)', '£60.00', '£60.00'],
        ['17/08/2026', 'Salford Quays Physio', 'Physiotherapy session', 'Sciatica (M54.3)', '£60.00', '£60.00'],
        ['24/08/2026', 'Salford Quays Physio', 'Physiotherapy session', 'Sciatica (M54.3)', '£60.00', '£60.00'],
        ['01/09/2026', 'Dr M. Iqbal, pain clinic', 'Consultation', 'Sciatica (M54.3)', '£220.00', '£200.00'],
        ['15/09/2026', 'Quayside Hospital', 'Lumbar nerve root injection (L5)', 'Sciatica (M54.3)', '£1,450.00', '£1,450.00'],
    ]
    inner = """\
<div style="font-family:Arial,sans-serif;font-size:13px">
<p><b>Nordhafen Health &ndash; Claims statement</b></p>
<p>Member: <b>Ms Jasmine Okonedo</b> &middot; Membership NHP-61-7018-44 &middot; Statement date 30/09/2026</p>
<p>Dear Ms Okonedo, here is a summary of the claims we have paid on your plan this quarter.</p>
%s
<p>Outpatient limit used this plan year: &pound;1,125 of &pound;1,500. Your excess of &pound;100 was applied on
1 September (consultation). Therapies are paid in full within your therapies limit.</p>
<p>If anything on this statement looks wrong, please call Health Claims on 0161 496 0520.</p>
<p>Nordhafen Health Claims<br>Quay House, 12 Quay Walk, Salford M50 3QX</p>
</div>""" % html_table(rows)
    return msg(('Nordhafen Health Claims', 'health.claims@' + DOMAIN),
               ('Jasmine Okonedo', 'jasmine.okonedo@mancmail.example'),
               'Your Nordhafen Health claims statement - Q3 2026', when('2026-09-30 06:10'),
               T(html_doc(inner, outlook=False), 'html', cte='qp'), mailer='system')


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: renewal of the confidential-waste shredding contract ("medical files", consoles, certificates of destruction); company prices only')
def m0104():
    p = S['mark']
    body = """\
Hi Darren,

Thanks for the renewal proposal. We're happy to continue for another two
years from 1 July 2026 with the following changes:

  1. London and Salford: weekly collection of the locked consoles stays;
     Dublin moves from fortnightly to weekly, because the health claims
     team there now receives more paper medical files from hospitals
     abroad.
  2. Certificates of destruction must list the console numbers and be
     uploaded to the portal within 48 hours; last year a few took two
     weeks.
  3. Purge days for the old PMI and protection paper archive (about 340
     boxes in Salford) in August - we'll agree dates with your ops team.
  4. Price: we accept GBP 14.20 per console collection (UK) and EUR 16.50
     (Ireland), fixed for 24 months. The purge at GBP 3.90 per box.

Please send the revised contract and the updated ISO 27001 and
EN 15713 certificates for our supplier file.

Thanks,
Mark

""" + sig('mark') + '\n\n' + FOOT_UK
    return msg(p.a, ('Darren Leigh', 'darren.leigh@secureshred.example'),
               'Shredding contract renewal 2026-2028', when('2026-05-26 14:33'), T(body))


@mail('NORMAL', 'de', 'internal',
      'request to set up gateway-to-gateway encryption with a broker firm (domain certificate fingerprint), no personal data')
def m0105():
    p = S['ciaran']
    body = """\
Hallo Jens,

kannst du bitte für die Maklerfirma Atlantic Brokers Group (Galway) die
Domänenverschlüsselung (Gateway zu Gateway) einrichten? Die haben jetzt
ein eigenes Domänenzertifikat für atlanticbrokers-group.example.

  Domain:        atlanticbrokers-group.example
  Zertifikat:    S/MIME Domänenzertifikat, ausgestellt von
                 "Example Trust Services CA 3"
  Gültig:        01.09.2026 - 31.08.2027
  SHA-256:       4F:2A:91:0C:7E:D3:55:18:B0:6C:9F:22:E1:47:8A:3D:
                 10:C5:77:E9:2B:40:DA:6F:83:19:5E:A2:0B:C4:71:FE

Den Fingerprint habe ich mit deren IT-Leiter am Telefon abgeglichen. Das
Zertifikat hängt im Ticket CHG0042033. Bis das läuft, gehen die Mails an
die über das Portal.

Danke und schönen Feierabend!
Ciarán
"""
    return msg(p.a, HH['jens'], 'Domänenzertifikat atlanticbrokers-group.example einrichten',
               when('2026-09-03 16:48', 'ie'), T(body, cte='qp'), mailer='thunderbird',
               lang='de-DE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'grey: motor cover for a named driver with a drink-driving conviction (DR10) and a DVLA high-risk-offender medical for alcohol misuse')
def m0106():
    p = S['hannah']
    body = """\
Dear Mr Leckie,

Your motor insurance quote - Q-UK-M-5513902

Thank you for being so open with us on the phone about your conviction.
I've now been able to complete your quote with the information you gave
us:

  Conviction:       DR10 (driving with excess alcohol), convicted
                    11 December 2024, 36-month disqualification
  Reduced ban:      reduced by 9 months after you completed the
                    drink-drive rehabilitation course
  Licence returned: 14 June 2026, after the DVLA high risk offender
                    medical examination (including blood tests for
                    alcohol misuse), which you passed
  Vehicle:          Vauxhall Corsa 1.2, LN17 OPK

We can offer cover at GBP 2,146.00 a year (comprehensive), with a
compulsory excess of GBP 750. The conviction will be taken into account
for 5 years from the date of conviction, so your premium should come down
noticeably from December 2029.

Please note that if you are convicted of any further motoring offence, or
if the DVLA asks you for another medical, you must tell us straight away.

If you'd like to go ahead, reply to this e-mail or call me on
0161 496 0150.

Kind regards,

Hannah Whitfield
Team Leader, Personal Lines Customer Service
Nordhafen Insurance | UK Service Centre

""" + FOOT_UK
    return msg(p.a, ('Craig Leckie', 'craig.leckie@clydemail.example'),
               'Your motor insurance quote Q-UK-M-5513902', when('2026-06-23 12:40'),
               T(body, cs='windows-1252', cte='qp'))


@mail('NORMAL', 'en', 'insurer-to-customer',
      'generic answer to a prospect moving from the UK to Ireland about using a UK no claims bonus; no policy, no data beyond a name')
def m0107():
    p = S['katie']
    body = """\
Hi Mr Chadwick,

Thanks for getting in touch, and welcome to Ireland (or nearly)!

Yes, we accept a UK no claims discount for car insurance here. A few
things to know:

  - we need proof from your UK insurer, on headed paper or as a PDF,
    showing the number of claim-free years, and it must be less than two
    years old;
  - we count up to 5 years, as most Irish insurers do, even if your UK
    NCD is higher;
  - if you bring a UK-registered car, you'll need to register it here
    (VRT) within 30 days of arriving - we can insure it on the UK plates
    in the meantime;
  - your UK licence can be exchanged for an Irish one; you can drive on
    it for 12 months after becoming resident.

When you have an Irish address, you can get a quote online at
https://www.nordhafen.example/ie/car or call us on 01 554 0150 and we'll
do it over the phone.

All the best with the move,
Katie

Katie Morrissey
Customer Service Advisor | Nordhafen Insurance Ireland

""" + FOOT_IE
    return msg(p.a, ('Martin Chadwick', 'martin.chadwick@penninemail.example'),
               'RE: UK no claims bonus in Ireland?', when('2026-07-29 11:37', 'ie'),
               T(body, cs='us-ascii', cte='7bit'), lang='en-IE',
               irt='<PR3P191MB0718.penninemail@penninemail.example>')


@mail('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
      'bilingual (German/English) burglary claim settlement for a named family in Cork: address, Garda reference, stolen items, amount')
def m0108():
    p = S['eoin']
    body = """\
Sehr geehrte Frau Strobel, sehr geehrter Herr Strobel,

(English version below for your Irish bank / English version unten)

wir haben Ihren Einbruchschaden abschließend bearbeitet:

  Vertrag:       IE-HR-2290-0377 (Hausrat)
  Schaden:       CL-IE-26-00788
  Adresse:       3 Glenview Heights, Ballincollig, Co. Cork, P31 YX20
  Einbruch am:   21.03.2026, zwischen 18:30 und 22:00 Uhr
  Garda-Nr.:     PULSE 25991044

  Laptop (MacBook Air), Zeitwert             1.050,00 EUR
  Schmuck (Ohrringe, Armband)                2.100,00 EUR
  Bargeld (Höchstgrenze)                       500,00 EUR
  Reparatur Terrassentür                       980,00 EUR
  abzüglich Selbstbeteiligung                 -250,00 EUR
  -----------------------------------------------------
  Auszahlung                                 4.380,00 EUR

Die Zahlung erfolgt auf Ihr irisches Konto mit der Endung 6627.

---

Dear Mrs Strobel, dear Mr Strobel,

We have settled your burglary claim CL-IE-26-00788 (policy
IE-HR-2290-0377) for the break-in at 3 Glenview Heights, Ballincollig on
21 March 2026 (Garda PULSE 25991044). The total of EUR 4,380.00, after the
EUR 250 excess, will be paid to your Irish account ending 6627.

Mit freundlichen Grüßen / Kind regards

Eoin Fitzpatrick
Customer Service Advisor, German Desk
Nordhafen Insurance Ireland

""" + FOOT_IE
    return msg(p.a, [('Miriam Strobel', 'miriam.strobel@corkmail.example'),
                     ('Andreas Strobel', 'andreas.strobel@corkmail.example')],
               'Ihr Einbruchschaden / your burglary claim CL-IE-26-00788',
               when('2026-04-22 15:18', 'ie'), T(body, cs='windows-1252', cte='qp'),
               lang='de-DE')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'long-term care: named mother with Alzheimer\'s dementia and care level 3 moved to Ireland, care allowance exported, assessment')
def m0109():
    p = S['niamh']
    body = """\
Liebe Frau Adler,

vielen Dank für Ihren Anruf am Dienstag. Ich fasse zusammen, was wir
besprochen haben, und was als Nächstes passiert.

Ihre Mutter, Frau Gertrud Adler (geb. 02.09.1938), ist bei der Nordhafen
in Hamburg in der privaten Pflegepflichtversicherung versichert
(Vertrag PV 20 3318 004). Sie hat seit 2024 Pflegegrad 3 wegen ihrer
Alzheimer-Demenz und lebt seit dem 1. Mai bei Ihnen in Malahide.

  - Das Pflegegeld (derzeit 599 EUR im Monat) wird auch in Irland
    weitergezahlt, weil Irland in der EU ist. Sachleistungen (z. B. ein
    ambulanter Pflegedienst) kann die Versicherung im Ausland dagegen
    nicht übernehmen.
  - Die nächste Begutachtung steht im Herbst an. Da Ihre Mutter nicht
    mehr reisen kann, organisieren die Kollegen in Hamburg eine
    Begutachtung durch einen Gutachter vor Ort in Dublin oder nach
    Aktenlage, mit den Berichten ihres neuen GP (Dr. Nolan).
  - Bitte schicken Sie uns die neue Bankverbindung für das Pflegegeld
    und eine Meldebestätigung bzw. einen Nachweis der Adresse in Irland
    über das sichere Portal.

Die Beratungsbesuche nach § 37 Abs. 3 SGB XI entfallen im Ausland; Sie
müssen sich darum nicht kümmern.

Wenn Sie Fragen haben, rufen Sie mich gern an - auf Deutsch oder
Englisch, wie es Ihnen lieber ist.

Herzliche Grüße
Niamh Gallagher

""" + sig('niamh', lang='de') + '\n\n' + FOOT_IE
    return msg(p.a, ('Monika Adler', 'monika.adler@malahide-mail.example'),
               'Pflegegeld für Ihre Mutter in Irland', when('2026-05-15 12:00', 'ie'),
               T(body), lang='de-DE')


@mail('NORMAL', 'en', 'internal',
      'personnel announcement welcoming the new Head of Claims Ireland (name and career, no sensitive data)')
def m0110():
    p = S['laura']
    body = """\
Dear colleagues,

I'm delighted to announce that Aoife Brennan joins us on Monday
12 January as Head of Claims, Ireland. Aoife will lead our motor,
liability, property, personal accident and life claims teams in Dublin
and reports to our Managing Director UK & Ireland.

Aoife has spent 15 years in claims, most recently as Claims Director at a
Dublin-based motor insurer, where she led the move to digital first
notification of loss. Before that she worked as a loss adjuster in Cork
and in London. She is a Fellow of the Chartered Insurance Institute.

Outside work Aoife is a keen sea swimmer (all year round, apparently) and
coaches an under-12s camogie team in Rathfarnham.

Please make her welcome - she'll be visiting London and Salford in her
first month, so you'll have the chance to meet her in person.

Best regards,
Laura

""" + sig('laura')
    return msg(p.a, ('All Staff UK & Ireland', 'allstaff.ukie@' + DOMAIN),
               'Welcome Aoife Brennan, Head of Claims Ireland', when('2026-01-08 10:00', 'ie'),
               T(body), lang='en-IE')


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'hit-and-run damage to a named Irish customer\'s parked car: claim, registration, repairer, excess; no injury (multipart/alternative)')
def m0111():
    p = S['siobhan']
    text = """\
Dear Mr Ó Murchú,

Claim CL-IE-26-01412 - damage to your parked car
Policy NHM-IE-30774415, vehicle 211-C-29084 (Hyundai Tucson)

Thank you for reporting the damage to your car, which was hit while parked
outside your home on Carrigrohane Road on the night of 3 September. As
the other driver did not stop and has not been traced, we are dealing
with it under the accidental damage cover of your comprehensive policy.

  - The car can go to our approved repairer, Lee Valley Motors, Ballincollig.
    They'll collect it and give you a courtesy car.
  - The repair estimate is EUR 2,870 (rear bumper, tailgate, parking sensor).
  - Your excess is EUR 300, which you pay to the garage on collection.
  - Because the other driver was not identified, your no claims bonus will
    be reduced from 5 to 3 years at renewal, unless the Gardaí trace him;
    your step-back protection applies, so you keep a 3-year bonus, and
    your premium will not increase more than 15 % because of this claim.

I'm glad nobody was in the car at the time.

Kind regards,

""" + sig('siobhan') + '\n\n' + FOOT_IE
    return msg(p.a, ('Tomás Ó Murchú', 'tomas.omurchu@corkmail.example'),
               'Your claim CL-IE-26-01412', when('2026-09-08 11:52', 'ie'),
               M('alternative', T(text, cs='iso-8859-1', cte='qp'),
                 T(html_doc(html_paras(text), lang='en-IE'), 'html')), lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'family personal accident: named 9-year-old child broke two front teeth in a school-yard fall, dental treatment and benefit')
def m0112():
    p = S['fergus']
    body = """\
Dear Mr Cassidy,

Family personal accident claim PA-IE-26-0219 - Oisín

Thank you for sending the dentist's report and the invoice. I hope Oisín
is over the worst of it - a fall in the school yard is bad enough without
it happening the week before his Communion photos.

Dr Shanahan's report confirms that Oisín (age 9) fractured both upper
front teeth (upper central incisors) with exposure of the pulp in one of
them, and needed pulp treatment and composite build-ups. She expects that
crowns may be needed when he is older.

  Dental injury benefit, per tooth EUR 600 x 2      EUR 1,200.00
  Treatment costs (invoice of 22 April 2026)        EUR   840.00
  -----------------------------------------------------------------
  Total                                             EUR 2,040.00

The payment goes to your account ending 1907 this week. Future treatment
of the same teeth (for example crowns) remains covered under the policy
up to 5 years after the accident, as long as the policy stays in force -
so please keep the dental records.

Kind regards,

""" + sig('fergus') + '\n\n' + FOOT_IE
    return msg(p.a, ('Eoghan Cassidy', 'eoghan.cassidy@eirmail.example'),
               "Oisín's claim PA-IE-26-0219", when('2026-04-29 16:24', 'ie'), T(body),
               lang='en-IE')


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'grey: German framework agreement with a translation agency - rates and the agency\'s GmbH bank account (company, not a person) (windows-1252)')
def m0113():
    p = S['mark']
    body = """\
Sehr geehrte Frau Dierks,

vielen Dank für Ihr Angebot. Wir möchten den Rahmenvertrag für
Übersetzungen Englisch-Deutsch und Deutsch-Englisch mit Elbe Sprachdienste
GmbH wie folgt abschließen (bitte entschuldigen Sie mein Deutsch, meine
Kollegen in Hamburg haben geholfen):

  Laufzeit:        01.07.2026 - 30.06.2028
  Fachgebiete:     Versicherungsbedingungen, Produktinformationen,
                   Schulungsunterlagen, Verträge
  Preise:          1,65 EUR je Normzeile (Standard),
                   2,10 EUR je Normzeile (Express 24 h),
                   Beglaubigung 25,00 EUR pauschal
  Vertraulichkeit: Kundendaten oder Gesundheitsdaten erhalten Sie von uns
                   nicht; falls doch einmal ein Einzelfall nötig ist,
                   nur über unser sicheres Portal.

Für unsere Lieferantendatenbank habe ich Ihre Bankverbindung so
übernommen, wie sie auf Ihrem Briefbogen steht:

  Kontoinhaber: Elbe Sprachdienste GmbH
  IBAN:         DE19 3606 8176 3671 5340 72

Bitte bestätigen Sie kurz, dann schicke ich Ihnen den Vertrag zur
Unterschrift.

Mit freundlichen Grüßen

Mark Ellison
Procurement Manager
Nordhafen Insurance | UK Branch
40 Mincing Row, London EC3R 7NH
Tel.: +44 20 7946 0702

""" + FOOT_UK
    return msg(p.a, ('Henrike Dierks', 'h.dierks@elbe-sprachdienste.example'),
               'Rahmenvertrag Übersetzungen 2026-2028', when('2026-06-11 10:55'),
               T(body, cs='windows-1252', cte='qp'), lang='de-DE')


@mail('CONFIDENTIAL', 'en', 'insurer-to-assessor',
      'grey: risk survey request for a company-owned hotel with the named managing director\'s mobile, sums insured and policy; PDF')
def m0114():
    p = S['conor']
    body = """\
Hi Fintan,

Could you do a risk survey at the Lough Derg Lodge Hotel before we quote
the renewal? Details in the attached request. Main concerns:

  - the new spa and pool plant room (chemicals storage, electrics);
  - kitchen extraction - duct cleaning records;
  - the thatched function room added in 2024.

The managing director, Mr Eamon Cusack, will meet you; his mobile is on
the request. They'd prefer a weekday morning before 11.

Report by 20 October please, as renewal is 1 December.

Thanks,
Conor

""" + sig('conor') + '\n\n' + FOOT_IE
    req = pdf([
        '# Nordhafen Insurance Ireland - Risk survey request',
        '',
        'Surveyor: Fintan Reddy, Shannon Risk Surveys',
        'Insured: Lough Derg Lodge Hotel Ltd (CRO 553170)',
        'Contact: Mr Eamon Cusack, Managing Director - mobile 087 900 5516',
        'Risk address: Lough Derg Lodge Hotel, Dromineer, Nenagh, Co. Tipperary, E45 HV73',
        'Policy: NHC-IE-90122 (hotel package) - renewal 01/12/2026',
        '',
        'Sums insured (EUR): buildings 7,800,000; contents 1,250,000; stock 140,000;',
        'business interruption (gross profit, 24 months) 3,600,000; public liability 6,500,000',
        'Claims last 5 years: 2 (escape of water 2022 EUR 38,400; slip in bar 2024 EUR 12,000)',
        '',
        'Focus: spa/pool plant room, kitchen extraction, thatched function room (2024), fire alarm L1.',
        'Requested by: Conor Doyle, 29/09/2026',
    ], title='Survey request NHC-IE-90122', created='20260929090000')
    return msg(p.a, ('Fintan Reddy', 'fintan.reddy@shannon-risk.example'),
               'Survey request - Lough Derg Lodge Hotel (NHC-IE-90122)',
               when('2026-09-29 09:24', 'ie'),
               M('mixed', T(body), A(req, CT_PDF, 'Survey_request_NHC-IE-90122.pdf')),
               lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'employers\' liability claim: instruction letter (DOCX) on a named worker\'s partial amputation of the left index finger in a press')
def m0115():
    p = S['lucy']
    body = """\
Dear Fiona,

New EL instruction attached - letter of claim received yesterday.
Claimant Mr Wayne Barraclough, our insured Calder Pressings Ltd. Please
acknowledge to the claimant's solicitors within the protocol period and
let me have your initial view on liability within 21 days.

Kind regards,
Lucy

""" + sig('lucy') + '\n\n' + FOOT_UK
    letter = docx([
        ('h', 'Instruction - Employers\' liability'),
        'To: Fiona Tremayne, Hartwell Crane LLP',
        'From: Lucy Harrington, Litigation Manager, Nordhafen Insurance',
        'Date: 13 October 2026',
        ('table', [['Claimant', 'Mr Wayne Barraclough, DOB 08/02/1991'],
                   ['Insured / employer', 'Calder Pressings Ltd, Brighouse'],
                   ['Policy', 'NHEL-5520-0148'],
                   ['Claim', 'EL-26-07330'],
                   ['Accident', '22/06/2026, power press no. 4'],
                   ['Claimant solicitors', 'Pritchard Lowe Solicitors, ref WB/PLS/26-0412']]),
        ('b', 'Injury'),
        'Crush injury to the left (non-dominant) index finger; partial amputation at the level of the '
        'distal interphalangeal joint, treated at the regional hand unit with terminalisation. '
        'Ongoing cold intolerance and hypersensitivity of the stump; off work 11 weeks; returned to '
        'light duties. Claimant also reports nightmares about the accident (GP has referred him for counselling).',
        ('b', 'Liability'),
        'The press guard interlock had been bypassed with a cable tie; the insured says this was done by '
        'the night shift without authority. HSE has visited and served an improvement notice. '
        'Our initial view: primary liability is difficult to defend; consider contributory negligence.',
        ('b', 'Reserve'),
        'Damages GBP 32,000 (general damages and loss of earnings); claimant costs GBP 18,000; '
        'own costs GBP 9,000.',
        ('b', 'Requests'),
        '1. Obtain the HSE notice, risk assessment and training records. '
        '2. Witness statements from the shift supervisor. '
        '3. Advise on Part 36 strategy once medical evidence is served.',
    ], title='Instruction EL-26-07330', author='Lucy Harrington', created='2026-10-13T15:40:00Z')
    return msg(p.a, ('Fiona Tremayne', 'f.tremayne@hartwellcrane.example'),
               'New EL instruction - Barraclough v Calder Pressings - EL-26-07330',
               when('2026-10-13 15:58'),
               M('mixed', T(body), A(letter, CT_DOCX, 'Instruction_EL-26-07330.docx')))


@mail('NORMAL', 'en', 'newsletter',
      'trap: HTML customer newsletter with winter home tips (frozen pipes, heating for elderly neighbours, storm prep); no person')
def m0116():
    inner = """\
<div style="font-family:Georgia,serif;max-width:620px;margin:auto">
<h1 style="color:#0b3c5d;font-size:22px">Get your home ready for winter</h1>
<p>Hello,</p>
<p>Last winter, burst pipes were the most common home insurance claim we dealt with &ndash; and the average
claim was over &pound;4,300. Most of them could have been avoided with a few simple steps.</p>
<h3>Keep the water flowing</h3>
<ul>
<li>Know where your stopcock is, and check it turns.</li>
<li>Lag pipes in the loft and garage.</li>
<li>If you go away, keep the heating on at a low temperature (around 12&deg;C).</li>
</ul>
<h3>Storms</h3>
<ul>
<li>Check for loose roof tiles and clear gutters after the leaves have fallen.</li>
<li>Tie down garden furniture and trampolines when a storm warning is issued.</li>
</ul>
<h3>Look out for others</h3>
<p>Cold homes are hard on older people and anyone with a long-term illness. If you have elderly or vulnerable
neighbours, a quick knock on the door during a cold snap can make a real difference.</p>
<p>If the worst happens, report a claim 24/7 at <a href="https://www.nordhafen.example/claim">nordhafen.example/claim</a>
or on 0161 496 0700.</p>
<p>Stay warm,<br>The Nordhafen Home Insurance team</p>
<p style="font-size:11px;color:#888">You are receiving this because you have a Nordhafen home insurance policy and agreed to receive
service news. <a href="https://www.nordhafen.example/preferences">Change your preferences</a>.</p>
</div>"""
    return msg(('Nordhafen Insurance', 'news@' + DOMAIN), 'home-customers-uk@lists.nordhafen.example',
               'Is your home ready for winter?', when('2026-11-19 07:00'),
               T(html_doc(inner, outlook=False), 'html', cte='qp'), mailer='crm',
               extra=[('List-Unsubscribe', '<https://www.nordhafen.example/preferences>'),
                      ('Precedence', 'bulk')])


@mail('CONFIDENTIAL', 'de', 'internal',
      'German-language HR mail about a named employee\'s secondment to Dublin with his salary, allowances and tax details')
def m0117():
    p = S['laura']
    body = """\
Liebe Kerstin,

danke für das Gespräch gestern. Hier, wie besprochen, die Eckdaten für
die Entsendung von Herrn Brodersen nach Dublin (bitte entschuldige
Fehler, mein Deutsch ist etwas eingerostet):

  Mitarbeiter:     Nils Brodersen, Personalnummer 104772
  Funktion:        Projektleiter Schadensystem (Claims Platform 4.x)
  Zeitraum:        01.02.2026 - 31.01.2027
  Grundgehalt:     94.000 EUR brutto p. a. (unverändert, weiter über
                   die Hamburger Payroll)
  Auslandszulage:  900 EUR monatlich
  Wohnung:         Dienstwohnung in Dublin 4, Miete 2.650 EUR/Monat
                   übernimmt die irische Niederlassung
  Steuern:         A1-Bescheinigung für die Sozialversicherung ist
                   beantragt; wegen der 183-Tage-Regel wird er in
                   Irland steuerpflichtig - unser Steuerberater
                   (shadow payroll) meldet sich bei euch.
  Steuer-ID:       wie in eurem System

Bitte prüf noch, ob die betriebliche Altersversorgung während der
Entsendung normal weiterläuft. Den Entsendungsvertrag schicke ich dir,
sobald Legal ihn freigegeben hat.

Danke dir!
Laura

""" + sig('laura', lang='de')
    return msg(p.a, HH['luedtke'], 'Entsendung N. Brodersen nach Dublin - Eckdaten',
               when('2026-01-15 17:10', 'ie'), T(body), lang='de-DE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'income protection: request to a consultant psychiatrist for a report on a named claimant (moderate depressive episode F32.1)')
def m0118():
    p = S['rachel']
    body = """\
Dear Dr Mensah,

Patient:   Ms Kirsty Dale, DOB 26/05/1986
Address:   41 Brook Lane, Macclesfield SK11 7RT
Our claim: IP-26-00902 (individual income protection, NHIP-6630-0017)

Ms Dale has claimed income protection benefit since 2 March 2026. Her GP
has certified her as unfit for work as a secondary school teacher with a
moderate depressive episode (F32.1), and we understand you have been
treating her since April. Ms Dale has given her consent for us to contact
you (signed consent attached to the portal request).

We would be grateful for a report covering:

  1. diagnosis and severity, and any co-existing anxiety;
  2. current treatment (medication and dose, psychological therapy) and
     how she has responded;
  3. her main functional limitations in relation to teaching (e.g.
     concentration, classroom management, workload);
  4. your view on prognosis and a possible timescale for a phased return
     to work, and any adjustments that would help.

Our fee for a consultant report is GBP 250. Please send the report and
your invoice through the secure portal link you will receive separately.

Thank you for your help.

Yours sincerely,

""" + sig('rachel') + '\n\n' + FOOT_UK
    return msg(p.a, ('Dr Kwame Mensah', 'dr.mensah.secretary@cheshire-psychiatry.example'),
               'Report request - Ms K Dale (DOB 26/05/1986) - IP-26-00902',
               when('2026-06-15 10:12'), T(body))


@mail('NORMAL', 'en', 'internal',
      'trap: summary of Irish health insurance market statistics (members, claims growth, hospital costs) for management; aggregates only')
def m0119():
    p = S['niamh']
    body = """\
Hi Aoife,

You asked for the headlines from the Health Insurance Authority's market
report for the strategy day - here they are, with my two cents at the
end.

  - 2.54 million people (about 48 % of the population) had inpatient
    health insurance at the end of 2025, up 1.6 % on the year.
  - Claims paid by insurers rose 9.8 %, mainly private hospital costs
    and day-case procedures; outpatient claims up 14 %.
  - Average premium for an adult: EUR 1,910 (+7 %).
  - Fastest-growing areas: mental health outpatient, cardiology
    diagnostics, orthopaedics (hips and knees), oncology drugs.
  - International/expat health plans are a small but growing niche:
    about 31,000 lives, mostly employer-paid.

For us: our international health book is still tiny (about 4,200 lives)
but growing 20 % a year on the back of the German corporates sending
people to Dublin. I'd stick to that niche rather than try to compete in
the domestic market with the big three.

Niamh

""" + sig('niamh', 'short')
    return msg(p.a, S['aoife'].a, 'Irish health insurance market - headlines for strategy day',
               when('2026-06-05 14:02', 'ie'), T(body), lang='en-IE')


@mail('NORMAL', 'de', 'internal',
      'trap: German planning mail for a joint broker training on Irish income protection products with a calendar invite; no client')
def m0120():
    p = S['gareth']
    body = """\
Hallo Tobias,

danke für die schnelle Antwort zur Terminologie! Hier der Termin für die
gemeinsame Maklerschulung in Hamburg - die Einladung hängt an.

Mein Vorschlag für den Ablauf:

  10:00  Begrüßung, Nordhafen UK & Irland in Zahlen
  10:20  Income Protection in UK und Irland - wie unterscheidet sie sich
         von der BU? (Leistungsauslöser, Karenzzeit, Rehabilitation)
  11:15  Group Income Protection und Frühintervention
  12:00  Mittagessen
  13:00  Fallbeispiele (alle anonymisiert bzw. erfunden) und Fragen
  14:00  Ende

Ich spreche die ersten zwei Teile auf Deutsch, so gut es geht - bitte
rettet mich, wenn ich hänge! Für die Fallbeispiele wäre es toll, wenn
jemand aus der BU-Leistung dabei sein könnte.

Viele Grüße aus London
Gareth

""" + sig('gareth', lang='de')
    inv = ics('NH-MS-HH-' + _h('uid', n=10) + '@' + DOMAIN,
              'Maklerschulung: Income Protection UK/IE vs. BU',
              '20261126090000Z', '20261126130000Z', (S['gareth'].name, S['gareth'].addr),
              [HH['reimers'], HH['janssen']],
              location='Nordhafen Versicherung AG, Hamburg, Schulungsraum Elbe 3',
              description='Gemeinsame Maklerschulung - Ablauf siehe E-Mail.',
              stamp='20261105110000Z')
    return msg(p.a, HH['reimers'], 'Maklerschulung 26.11. - Ablauf und Einladung',
               when('2026-11-05 11:05'), M('mixed', T(body), ICS(inv, 'Maklerschulung.ics')),
               cc=HH['janssen'], lang='de-DE')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
      'German guarantee of payment to a Berlin hospital for a named Irish traveller with pneumonia J18.9; PDF Kostenübernahme')
def m0121():
    p = S['niamh']
    body = """\
Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Kostenübernahmeerklärung für Ihren Patienten
Herrn Cillian Moran, geb. 11.01.1990, der seit dem 9. Februar 2026 bei
Ihnen auf der Station 4B (Innere Medizin) liegt.

Herr Moran ist bei uns über eine Reisekrankenversicherung versichert. Wir
übernehmen die Kosten der medizinisch notwendigen stationären Behandlung
der ambulant erworbenen Pneumonie (J18.9) bis zu einem Betrag von
15.000 EUR, zunächst für 7 Tage. Bei längerem Aufenthalt oder Verlegung
auf die Intensivstation bitten wir um vorherige Nachricht mit einem
kurzen ärztlichen Bericht.

Bitte rechnen Sie direkt mit uns ab (nicht mit dem Patienten), unter
Angabe unserer Referenz TC-IE-26-0144. Die Rechnung kann nach DRG
erstellt werden.

Für Rückfragen erreichen Sie uns rund um die Uhr unter +353 1 554 0180.

Mit freundlichen Grüßen

Niamh Gallagher
Senior Claims Handler, International Health
Nordhafen Insurance Ireland (Niederlassung der Nordhafen Versicherung AG)

""" + FOOT_IE
    gop = pdf([
        '# Kostenübernahmeerklärung / Guarantee of payment',
        '',
        'An: Klinikum Spreebogen Berlin, Patientenaufnahme / Abrechnung',
        'Patient: Herr Cillian Moran, geb. 11.01.1990, wohnhaft 8 Harbour View, Howth, Co. Dublin',
        'Versicherung: Nordhafen Insurance Ireland, Reisekrankenversicherung NHT-IE-AN-441902',
        'Referenz: TC-IE-26-0144',
        'Aufnahme: 09.02.2026    Diagnose: ambulant erworbene Pneumonie (J18.9)',
        '',
        'Wir übernehmen die Kosten der stationären Behandlung bis 15.000 EUR für zunächst 7 Tage.',
        'Verlängerung oder Intensivbehandlung nur nach vorheriger Rücksprache.',
        'Rechnung bitte direkt an: intlhealth.claims.dublin@nordhafen.example',
        '',
        'Dublin, 10.02.2026 - Niamh Gallagher, Senior Claims Handler',
    ], title='Kostenübernahme TC-IE-26-0144', created='20260210093000')
    return msg(p.a, ('Patientenabrechnung Klinikum Spreebogen', 'abrechnung@klinikum-spreebogen.example'),
               'Kostenübernahme Herr Cillian Moran, geb. 11.01.1990 - Ref. TC-IE-26-0144',
               when('2026-02-10 09:41', 'ie'),
               M('mixed', T(body), A(gop, CT_PDF, 'Kostenuebernahme_TC-IE-26-0144.pdf')),
               lang='de-DE')


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'grey: verifying a change of bank details for a translation company (Ltd account, IE IBAN) - company data, no natural person')
def m0122():
    p = S['mark']
    body = """\
Hi Colm,

Thanks for the letter about your change of bank. As a matter of policy
we never change supplier bank details on the strength of an e-mail alone,
so I rang your office on the number we already hold (not the one in the
letter) and spoke to your finance manager, who confirmed the change.

For your records, from invoice LLS-2026-0877 onwards we will pay:

  Account name: Liffey Language Services Ltd
  IBAN:         IE02 SHNB 9171 1758 7818 65
  BIC:          SHNBIE2D

Invoices LLS-2026-0861 and -0870 (EUR 2,140 and EUR 965, policy wording
translations into Irish) have already been paid to the old account on
14 September.

Thanks,
Mark

""" + sig('mark') + '\n\n' + FOOT_UK
    return msg(p.a, ('Colm Farrell', 'colm.farrell@liffey-language.example'),
               'Change of bank details - Liffey Language Services Ltd - confirmed',
               when('2026-09-17 12:20'), T(body))


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
      'landlord proposal of a named client with annual rental income and properties, sent back with the broker\'s original mail as message/rfc822')
def m0123():
    p = S['chloe']
    inner_body = """\
Hi Chloe,

Please find below details for a new landlord policy for my client. He'd
like cover from 1 May.

Client:          Mr Vikram Desai, DOB 19/08/1970
Home address:    5 Heaton Mount, Bradford BD9 4EU
Properties:      12 Laisteridge Lane, Bradford BD7 1RL (HMO, 4 tenants)
                 31 Toller Lane, Bradford BD8 9DA (single let)
                 Flat 2, 88 Manningham Lane, Bradford BD1 3ES
Rental income:   GBP 18,600 per year (all three)
Rebuild costs:   GBP 210,000 / 165,000 / 95,000
Loss of rent:    12 months
Claims:          none in 5 years

Thanks
Jo

Jo Ackroyd
Calder Valley Insurance Brokers
"""
    inner = (b'From: Jo Ackroyd <jo@caldervalley-brokers.example>\r\n'
             b'To: Chloe Barnes <chloe.barnes@nordhafen.example>\r\n'
             b'Subject: New landlord policy - Desai\r\n'
             b'Date: Mon, 13 Apr 2026 16:44:10 +0100\r\n'
             b'Message-ID: <CVIB-20260413-164410-77@caldervalley-brokers.example>\r\n'
             b'MIME-Version: 1.0\r\n'
             b'Content-Type: text/plain; charset="us-ascii"\r\n'
             b'Content-Transfer-Encoding: 7bit\r\n\r\n' +
             inner_body.encode('ascii').replace(b'\n', b'\r\n'))
    body = """\
Hi Jo,

Thanks for this. Before we can quote, one thing doesn't add up: the
tenancy agreement you uploaded for Laisteridge Lane shows GBP 1,900 a
month for that property alone (4 rooms at GBP 475), which would already
be GBP 22,800 a year, while the proposal (your mail attached) says
GBP 18,600 for all three properties.

Loss of rent cover is based on the declared rental income, so if it's
understated Mr Desai would be underinsured. Could you check with him and
let me have the correct figure per property? Also, for the HMO we need
the licence number from Bradford council.

Thanks
Chloe

""" + sig('chloe') + '\n\n' + FOOT_UK
    return msg(p.a, ('Jo Ackroyd', 'jo@caldervalley-brokers.example'),
               'RE: New landlord policy - Desai - rental income query', when('2026-04-14 10:03'),
               M('mixed', T(body), RFC822(inner, 'New landlord policy - Desai.eml')),
               irt='<CVIB-20260413-164410-77@caldervalley-brokers.example>')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
      'group accident (personal line) claim in German to an employer: named seconded worker fell from a ladder, calcaneus fracture; PDF accident report')
def m0124():
    p = S['niamh']
    body = """\
Sehr geehrte Frau Kolbe,

vielen Dank für Ihre Unfallmeldung. Wir haben den Unfall Ihres
Mitarbeiters Herrn Dennis Kowalski unter der Gruppenunfallversicherung für
Ihre nach Irland entsandten Mitarbeiter (Vertrag NHGA-IE-0092) angelegt;
die Schadennummer lautet PA-IE-26-0301.

Nach dem, was wir bisher wissen (Unfallanzeige anbei, bitte prüfen):
Herr Kowalski ist am 4. Juni 2026 im Windpark Cloghane beim Abstieg von
einer Leiter im Turm etwa 3 Meter tief gestürzt und hat sich eine
Fersenbeinfraktur rechts (Calcaneusfraktur) zugezogen. Er wurde im
University Hospital Kerry operiert (Plattenosteosynthese) und ist am
10. Juni zurück nach Deutschland geflogen.

Für die Bearbeitung brauchen wir:

  1. den OP-Bericht und den Entlassbrief aus Tralee (hat Herr Kowalski),
  2. den Namen seines weiterbehandelnden Arztes in Deutschland,
  3. seine Einwilligung zur Einholung ärztlicher Unterlagen (Formular
     schicken wir ihm direkt).

Das Krankenhaustagegeld (6 Tage à 50 EUR) zahlen wir schon jetzt. Über
eine Invaliditätsleistung kann erst entschieden werden, wenn der
Heilverlauf absehbar ist, in der Regel nach 12 Monaten.

Mit freundlichen Grüßen

Niamh Gallagher

""" + sig('niamh', lang='de') + '\n\n' + FOOT_IE
    rep = pdf([
        '# Unfallanzeige - Gruppenunfallversicherung NHGA-IE-0092',
        '',
        'Arbeitgeber: Hanse Windtechnik GmbH, Bremerhaven - Ansprechpartnerin Frau J. Kolbe (Personal)',
        'Verletzte Person: Herr Dennis Kowalski, geb. 17.11.1987, Servicetechniker',
        'Unfallort: Windpark Cloghane, Co. Kerry, Irland - Anlage WEA 07',
        'Unfallzeit: 04.06.2026, ca. 10:40 Uhr',
        'Hergang: Beim Abstieg in der Turmleiter ca. 3 m abgerutscht, Aufprall auf Plattform.',
        'Verletzung: geschlossene Calcaneusfraktur rechts; OP am 05.06.2026 (Plattenosteosynthese)',
        'Krankenhaus: University Hospital Kerry, Tralee, 04.06.-10.06.2026',
        'Arbeitsunfähig: voraussichtlich 12-16 Wochen',
        '',
        'Schaden-Nr.: PA-IE-26-0301',
    ], title='Unfallanzeige PA-IE-26-0301', created='20260615100000')
    return msg(p.a, ('Jana Kolbe', 'j.kolbe@hanse-windtechnik.example'),
               'Unfall Herr Kowalski, Windpark Cloghane - Schaden PA-IE-26-0301',
               when('2026-06-15 10:26', 'ie'),
               M('mixed', T(body), A(rep, CT_PDF, 'Unfallanzeige_PA-IE-26-0301.pdf')),
               lang='de-DE')


@mail('NORMAL', 'de', 'internal',
      'German calendar invite for an IFRS 17 workshop on group life reporting; no person or contract data')
def m0125():
    p = S['james']
    body = """\
Liebe Sabine, lieber Frank,

wie besprochen hier die Einladung zum IFRS-17-Workshop für das
Gruppenleben-Geschäft UK und Irland. Themen:

  1. Kohortenbildung bei jährlich erneuerbaren Gruppenverträgen (PAA
     oder GMM?)
  2. Risikoanpassung - Konfidenzniveau UK vs. Konzern
  3. Datenlieferung aus dem Londoner Bestandssystem an die
     Konzernkonsolidierung (Termine Q4)

Die Unterlagen schicke ich eine Woche vorher. Wenn ihr noch jemanden aus
dem Rechnungswesen dabeihaben wollt, leitet die Einladung gern weiter.

Viele Grüße
James

""" + sig('james', lang='de')
    inv = ics('NH-IFRS17-' + _h('uid', n=10) + '@' + DOMAIN,
              'Workshop IFRS 17 Gruppenleben UK/IE',
              '20260917080000Z', '20260917113000Z', (S['james'].name, S['james'].addr),
              [HH['kroeger'], HH['meiners']],
              location='Microsoft Teams / Hamburg Raum Alster 2',
              description='IFRS 17 Gruppenleben UK/IE: Kohorten, Risikoanpassung, Datenlieferung.',
              stamp='20260820100000Z')
    return msg(p.a, [HH['kroeger'], HH['meiners']], 'Einladung: Workshop IFRS 17 Gruppenleben UK/IE',
               when('2026-08-20 11:02'), M('mixed', T(body), ICS(inv, 'IFRS17_Workshop.ics')),
               lang='de-DE')

# ==========================================================================
# MAILS 0126-0150
# ==========================================================================

@mail('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'German lawyer claims for a window broken by a named customer\'s son in a holiday flat; liability policy and claim number, no injury (iso-8859-1)')
def m0126():
    p = S['eoin']
    body = """\
Sehr geehrte Frau Dr. Stein,

Ihre Mandantin: Frau Heike Thomsen, Ferienwohnung "Dünenblick",
               Westerland/Sylt
Unser Versicherungsnehmer: Herr Matthias Unger, Galway (Irland)
Vertrag: IE-PH-1190-0415 (Privathaftpflicht, weltweite Deckung)
Schaden: CL-IE-26-01077

vielen Dank für Ihr Schreiben vom 28. Juli 2026. Unser
Versicherungsnehmer hat den Schaden bestätigt: Sein Sohn (12 Jahre) hat
am 19. Juli beim Ballspielen auf der Terrasse die große Panoramascheibe
der Ferienwohnung beschädigt. Verletzt wurde niemand.

Die Aufsichtspflicht ist in diesem Alter umstritten, wir möchten aber im
Interesse aller Beteiligten eine schnelle Lösung. Wir übernehmen daher
ohne Anerkennung einer Rechtspflicht die Kosten für den Austausch der
Scheibe laut dem Angebot der Glaserei Petersen über 3.412,00 EUR brutto.

Den geltend gemachten Mietausfall (6 Tage à 145 EUR) können wir nur
übernehmen, wenn Sie uns nachweisen, dass die Wohnung in dieser Zeit
tatsächlich nicht vermietet werden konnte (Buchungsübersicht,
Stornierungen).

Bitte teilen Sie uns die Bankverbindung Ihrer Mandantin oder Ihr
Anderkonto mit.

Mit freundlichen Grüßen

Eoin Fitzpatrick
Kundenservice, German Desk
Nordhafen Insurance Ireland
Tel.: +353 1 554 0166

""" + FOOT_IE
    return msg(p.a, ('Kanzlei Dr. Stein', 'kanzlei@dr-stein-sylt.example'),
               'Ihre Mandantin Thomsen ./. Unger - Glasschaden Westerland - CL-IE-26-01077',
               when('2026-08-04 14:37', 'ie'), T(body, cs='iso-8859-1', cte='8bit'),
               lang='de-DE')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'German note to head-office claims: named UK traveller with a femoral neck fracture treated in Munich, hip hemiprosthesis, invoice check')
def m0127():
    p = S['sophie']
    body = """\
Hallo Frau Brandt,

ich habe eine Frage zu einer Krankenhausrechnung aus München und hoffe,
Sie können mir kurz helfen (ich habe mein Deutsch in einem Erasmus-Jahr
in München gelernt, aber GOÄ war nicht dabei!).

Unsere Kundin, Mrs Patricia Dunmore (geb. 30.04.1951), hat eine
Reiseversicherung bei uns in Manchester (Vertrag NHT-SN-5561077). Sie ist
am 2. Oktober in München gestürzt und hatte eine Schenkelhalsfraktur
links (S72.0). Sie wurde im Klinikum Isartal operiert (Hemiendoprothese)
und war 9 Tage stationär.

Die Rechnungen:

  Krankenhaus (DRG I08F)              11.284,60 EUR
  Wahlleistung Chefarzt (GOÄ)          2.917,35 EUR
  Einzelzimmer, 9 Tage                   990,00 EUR

Meine Fragen:
  1. Ist die DRG I08F für diese Operation plausibel?
  2. Die Chefarztrechnung ist mit dem Faktor 3,5 abgerechnet - ist das
     normal? Unsere Kundin hat das "Wahlleistung" Formular wohl im
     Schmerz unterschrieben, ohne es zu verstehen.

Die Rücktransport nach Manchester mit Begleitung ist schon erledigt, sie
ist jetzt in der Reha. Die Rechnungen kann ich Ihnen über das sichere
Laufwerk schicken.

Vielen Dank!
Sophie Laing

""" + sig('sophie', lang='de')
    return msg(p.a, HH['brandt'],
               'Frage zu Krankenhausrechnung München - Reiseversicherung UK (Dunmore)',
               when('2026-10-27 13:08'), T(body), lang='de-DE')


@mail('NORMAL', 'en', 'insurer-to-broker',
      'generic notice to brokers about a new commission statement date and CSV format (us-ascii); no client or broker data')
def m0128():
    p = S['chloe']
    body = """\
Dear adviser,

From January 2027 we are changing the timing and format of commission
statements:

  - Statements will be issued on the 5th working day of the month
    (currently the 1st), and payment will follow on the 8th working day.
  - The CSV file gets three new columns: "transaction date",
    "clawback reason" and "indemnity period end". The old columns stay
    in the same order, so your broker management software should not
    need changes, but please check with your supplier.
  - Statements for indemnity commission on protection business will show
    the earned and unearned amounts separately.

The statements remain available in the adviser portal for 24 months.
If your firm receives them through the electronic broker post (API),
nothing changes in the way you fetch them.

Thank you,

Broker Support
Nordhafen Insurance | UK Service Centre
broker.support@nordhafen.example | 0161 496 0100
"""
    return msg(('Nordhafen Broker Support', 'broker.support@' + DOMAIN),
               'adviser-news@lists.nordhafen.example',
               'Commission statements: new date and format from January 2027',
               when('2026-11-24 09:00'), T(body, cs='us-ascii', cte='7bit'), mailer='crm')


@mail('CONFIDENTIAL', 'de', 'internal',
      'grey: German note on commissions for a named sole-trader broker (natural person): tax number, German IBAN and a commission XLSX listing company group-life contracts (no insured persons)')
def m0129():
    p = S['gareth']
    body = """\
Hallo Tobias,

kurze Abstimmung zur Provisionszahlung an Herrn Mahnke. Er ist
Einzelmakler (kein GmbH) und vermittelt seit diesem Jahr Gruppenleben für
deutsche Firmen mit Mitarbeitern in London über uns. Die Abrechnung
kommt aus London, die Zahlung soll aber wie bei euch über Hamburg laufen,
damit er nur einen Ansprechpartner hat.

  Vermittler:     Uwe Mahnke, Versicherungsmakler (Einzelunternehmer)
  Anschrift:      Hofweg 52, 22085 Hamburg
  Steuernummer:   43/118/04412
  USt:            nicht steuerbar (§ 4 Nr. 11 UStG)
  IBAN:           DE21 6228 1021 5745 3440 56
  Provision Q3:   4.816,20 GBP = 5.587,30 EUR (Kurs 30.09.)

Die Einzelaufstellung hängt an. Kannst du das bitte an eure
Provisionsabrechnung weitergeben? Wenn ihr für Einzelmakler noch etwas
anderes braucht (Gewerbeanmeldung, §34d-Erlaubnis), sag Bescheid.

Danke und viele Grüße
Gareth

""" + sig('gareth', lang='de')
    rows = [['Police', 'Firma (VN)', 'Produkt', 'Beitrag GBP', 'Satz', 'Provision GBP']]
    rows += [
        ['NHG-UK-0931', 'Elbmarsch Logistik GmbH (London branch)', 'Group life', 18420.00, '10 %', 1842.00],
        ['NHG-UK-0944', 'Hanseatic Software Ltd', 'Group life', 9870.00, '10 %', 987.00],
        ['NHGIP-UK-0212', 'Hanseatic Software Ltd', 'Group income protection', 13260.00, '12 %', 1591.20],
        ['NHG-UK-0958', 'Kranwerk Nord UK Ltd', 'Group life', 3960.00, '10 %', 396.00],
    ]
    book = xlsx([('Provision Q3 2026', rows)], title='Provision Mahnke Q3 2026',
                author='Gareth Hughes', created='2026-10-06T14:00:00Z')
    return msg(p.a, HH['reimers'], 'Provision Q3 Einzelmakler Mahnke - Zahlung über Hamburg',
               when('2026-10-06 14:21'),
               M('mixed', T(body), A(book, CT_XLSX, 'Provision_Mahnke_Q3-2026.xlsx')),
               lang='de-DE')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'forward of a GP practice\'s ordinary e-mail (message/rfc822 with PDF) containing a named applicant\'s GP report: asthma, depression')
def m0130():
    p = S['amrit']
    gp_text = """\
Dear Sir/Madam,

Please find attached the GP report for our patient Mrs Leanne Crossfield
(DOB 12/12/1983), your ref PRT-2026-06120, as requested. Apologies, our
portal login has expired so I am sending it by e-mail.

Regards,
Sandra Pike
Medical Secretary, Moorside Surgery
"""
    gp_pdf = pdf([
        '# GP Report - Access to Medical Reports Act 1988',
        'Patient: Mrs Leanne Crossfield   DOB: 12/12/1983   NHS no. 485 777 3456',
        'Insurer ref: PRT-2026-06120',
        '',
        'Asthma since childhood - salbutamol PRN, beclometasone 200 mcg bd; no admissions;',
        'last exacerbation 11/2024 treated with prednisolone 5 days.',
        'Depression: episode 2021 after bereavement, sertraline 50 mg 06/2021-03/2022, GP follow-up only,',
        'no self-harm, no psychiatric referral. PHQ-9 at last review 4.',
        'BP 124/78 (03/2026). BMI 26. Non-smoker. Alcohol 6 units/week.',
        'No other significant history.',
        '',
        'Dr P. Ahmed, Moorside Surgery, Oldham - 06/05/2026',
    ], title='GPR PRT-2026-06120', author='Moorside Surgery', created='20260506143000',
        producer='EMIS Web Report')
    inner_root = M('mixed', T(gp_text, cs='us-ascii', cte='7bit'),
                   A(gp_pdf, CT_PDF, 'GPR_Crossfield.pdf'), style='gmail')
    inner_hdr = Part([('From', 'Moorside Surgery <moorside.surgery@nhsmail-gp.example>'),
                      ('To', 'underwriting.protection@nordhafen.example'),
                      ('Subject', 'GP report - L Crossfield - your ref PRT-2026-06120'),
                      ('Date', 'Wed, 06 May 2026 14:41:07 +0100'),
                      ('Message-ID', '<CAGPmoor6x7Q2@nhsmail-gp.example>'),
                      ('MIME-Version', '1.0')] + inner_root.headers,
                     children=inner_root.children, boundary=inner_root.boundary)
    inner = inner_hdr.render()
    body = """\
Hi Priya,

The Moorside Surgery report for Mrs Crossfield came in by ordinary e-mail
(see attached) - their portal login expired. I've saved it to the case
and logged it with Daniel's team as a data incident on their side, as we
agreed for these. I've also sent the surgery a new portal link.

The report mentions asthma with a steroid course in 2024 and a
depressive episode in 2021 on sertraline - over to you for the decision.

Thanks,
Amrit
"""
    return msg(p.a, S['priya'].a, 'FW: GP report - L Crossfield - your ref PRT-2026-06120',
               when('2026-05-07 09:14'),
               M('mixed', T(body, cs='us-ascii', cte='7bit'),
                 RFC822(inner, 'GP report - L Crossfield.eml')),
               cc=('Data Protection UK&I', 'dpo.ukie@' + DOMAIN))


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: industry association survey return with aggregated protection claims paid by product and reason (multipart/alternative); no person')
def m0131():
    p = S['james']
    rows = [['Product', 'Claims paid', 'Amount paid (GBP m)', '% of claims paid', 'Top cause'],
            ['Term life', '412', '38.6', '98.1 %', 'Cancer'],
            ['Critical illness', '486', '41.9', '91.7 %', 'Cancer'],
            ['Income protection (individual)', '1,120', '27.4', '87.2 %', 'Mental health'],
            ['Group life', '233', '31.2', '99.6 %', 'Cancer'],
            ['Group income protection', '768', '19.8', '90.4 %', 'Mental health']]
    text = """\
Dear Ms Akinola,

Please find below Nordhafen UK's return for the 2025 protection claims
survey. Figures cover claims decided between 1 January and 31 December
2025; no policy-level data are included.

""" + text_table(rows) + """

Reasons for declined claims (all products): definition not met 61 %,
non-disclosure 24 %, exclusions 9 %, other 6 %.

We're happy for the figures to be published in the aggregated industry
report with our name.

Kind regards,
James Whitcombe
Head of Reinsurance & Actuarial Liaison, UK & Ireland
"""
    html_ = html_doc(html_paras(text.split(text_table(rows))[0]) + html_table(rows) +
                     html_paras(text.split(text_table(rows))[1]))
    return msg(p.a, ('Adaeze Akinola', 'surveys@protection-insurers-assoc.example'),
               'Protection claims survey 2025 - Nordhafen UK return', when('2026-03-31 16:15'),
               M('alternative', T(text), T(html_, 'html')))


@mail('CONFIDENTIAL', 'en', 'insurer-to-claimant',
      'third-party capture: letter to a named third party whose car our insured hit (registration, claim number, repair offer); nobody hurt')
def m0132():
    p = S['oliver']
    body = """\
Dear Mr Ferreira,

Our policyholder:   Ms Rebecca Harland
Accident:           9 January 2026, Stockport Road, Longsight, Manchester
Your vehicle:       Kia Sportage, reg. MF22 WDK
Our reference:      MC-26-200318

We insure the driver of the vehicle that collided with the rear of your
car on 9 January. Our policyholder has accepted responsibility, and we are
sorry for the inconvenience this has caused you. We are glad to hear from
her that nobody in either car was hurt.

We can deal with your claim directly, so that you don't have to claim on
your own insurance and your no claims discount is not affected:

  - our approved repairer can collect your car, repair it with
    manufacturer parts and return it valeted, usually within 10 days;
  - you'll have a courtesy car of a similar size while yours is repaired;
  - there is no excess for you to pay.

If you would like us to do this, simply reply to this e-mail or call me on
0161 496 0412, and let me know a good time for the repairer to collect the
car. If you have already reported it to your own insurer, please give me
their details and your claim number, and we will deal with them.

Kind regards,

""" + sig('oliver') + '\n\n' + FOOT_UK
    return msg(p.a, ('Paulo Ferreira', 'paulo.ferreira@mcr-mail.example'),
               'Your accident on 9 January - we can repair your car (ref MC-26-200318)',
               when('2026-01-12 11:05'), T(body, cs='windows-1252', cte='8bit'))


@mail('NORMAL', 'de', 'internal',
      'trap: German translation of a job advert for a medical underwriter in Dublin (DOCX), health words and salary band; no person')
def m0133():
    p = S['laura']
    body = """\
Liebe Kerstin,

wie besprochen die deutsche Fassung unserer Stellenanzeige "Medical
Underwriter" für Dublin - wir suchen bewusst auch in Deutschland, weil
wir viele deutsche Kunden mit Auslandsverträgen haben. Könntest du (oder
jemand aus dem Recruiting) kurz drüberschauen, ob das Deutsch so passt,
und sie dann auf euren üblichen Portalen veröffentlichen?

Gehaltsband: 62.000-74.000 EUR, plus Bonus. Bewerbungen bitte direkt an
careers.ie@nordhafen.example.

Danke dir!
Laura

""" + sig('laura', lang='de')
    ad = docx([
        ('h', 'Medical Underwriter (m/w/d) - Leben, Berufsunfähigkeit, Krankenversicherung'),
        'Standort: Dublin 2, Irland (hybrid, 3 Tage im Büro) - Vollzeit, unbefristet',
        'Die Nordhafen Insurance Ireland, Niederlassung der Nordhafen Versicherung AG, sucht eine/n '
        'Medical Underwriter für Anträge deutscher und irischer Kundinnen und Kunden.',
        ('b', 'Ihre Aufgaben'),
        '- Risikoprüfung von Anträgen in der Lebens-, Berufsunfähigkeits- und Krankenversicherung',
        '- Auswertung ärztlicher Berichte und Befunde, Rückfragen bei Ärztinnen und Ärzten',
        '- Entscheidung über Annahme, Zuschläge und Ausschlüsse nach unseren Annahmerichtlinien',
        '- Beratung des Vertriebs bei komplexen Vorerkrankungen (z. B. Diabetes, psychische Erkrankungen)',
        ('b', 'Ihr Profil'),
        '- Ausbildung in einem medizinischen Beruf (z. B. Pflege, MFA) oder abgeschlossenes Studium',
        '- Erfahrung in der Risikoprüfung, idealerweise in der Lebens- oder BU-Versicherung',
        '- Sehr gute Deutsch- und Englischkenntnisse',
        ('b', 'Wir bieten'),
        '62.000-74.000 EUR Jahresgehalt plus Bonus, private Krankenversicherung, Umzugshilfe, '
        '25 Urlaubstage, Sprachkurse.',
    ], title='Stellenanzeige Medical Underwriter Dublin (DE)', author='Laura Fitzgerald',
        created='2026-09-08T09:00:00Z')
    return msg(p.a, HH['luedtke'], 'Stellenanzeige Medical Underwriter Dublin - deutsche Fassung',
               when('2026-09-08 09:31', 'ie'),
               M('mixed', T(body), A(ad, CT_DOCX, 'Stellenanzeige_Medical_Underwriter_Dublin_DE.docx')),
               lang='de-DE')


@mail('NORMAL', 'de', 'internal',
      'trap: aggregated causes of Irish income protection claims 2023-2025 for head office (ODS), shares only, small cells merged')
def m0134():
    p = S['james']
    body = """\
Liebe Heike,

anbei die Auswertung der Leistungsursachen in der irischen Income
Protection (Einzel- und Gruppenverträge), 2023-2025, wie für euren
BU-Vergleich gewünscht. Alles aggregiert, Zellen mit weniger als 10 Fällen
sind unter "Sonstige" zusammengefasst.

Auffällig im Vergleich zu euren deutschen BU-Zahlen:
- psychische Erkrankungen liegen bei uns etwas niedriger (29 % statt
  ca. 35 %), weil die Karenzzeit in Irland meist 26 Wochen beträgt und
  viele Fälle vorher wieder arbeiten;
- Long Covid ist 2025 deutlich zurückgegangen.

Viele Grüße
James

""" + sig('james', lang='de')
    rows = [['Ursache', '2023', '2024', '2025', 'Anteil 2025'],
            ['Psychische Erkrankungen', 61, 66, 70, '29 %'],
            ['Muskel-Skelett', 52, 55, 58, '24 %'],
            ['Krebs', 34, 37, 41, '17 %'],
            ['Neurologie', 14, 16, 17, '7 %'],
            ['Herz-Kreislauf', 12, 13, 15, '6 %'],
            ['Long Covid / postviral', 21, 15, 11, '5 %'],
            ['Sonstige (inkl. Zellen < 10)', 27, 28, 29, '12 %'],
            ['Gesamt', 221, 230, 241, '100 %']]
    sheet = ods([('IP Irland Ursachen', rows)], title='IP Irland Leistungsursachen 2023-2025',
                author='James Whitcombe', created='2026-06-24T10:00:00Z')
    return msg(p.a, HH['janssen'], 'Leistungsursachen Income Protection Irland 2023-2025',
               when('2026-06-24 10:18'),
               M('mixed', T(body), A(sheet, CT_ODS, 'IP_Irland_Ursachen_2023-2025.ods')),
               lang='de-DE')


@mail('NORMAL', 'de', 'internal',
      'trap: procurement of sit-stand desks under the group framework ("back problems" mentioned generically, no attest needed); no person')
def m0135():
    p = S['mark']
    body = """\
Hallo Marco,

wir möchten für London und Salford 40 Steh-Sitz-Tische über euren
Konzern-Rahmenvertrag bestellen (Modell "Ergo Lift 160x80", wie in
Hamburg). Mein Deutsch ist nicht perfekt, ich hoffe, es ist verständlich.

Hintergrund: Wir haben in der Mitarbeiterbefragung viele Kommentare zu
Rückenbeschwerden und langem Sitzen bekommen. Wir wollen die Tische
deshalb nicht nur auf Attest vergeben, sondern jedem anbieten, der
möchte - zuerst den Teams mit den meisten Bildschirmstunden (Claims,
Underwriting). Niemand muss einen Grund angeben.

Fragen:
  1. Gilt der Rahmenpreis (489 EUR netto je Tisch) auch bei Lieferung nach
     England? Zoll/Versand?
  2. Kann der Lieferant die Montage vor Ort machen?
  3. Gibt es ein Budget aus dem Konzern-Gesundheitsmanagement, oder zahlt
     das die Niederlassung?

Danke und viele Grüße
Mark Ellison
Procurement Manager, Nordhafen Insurance UK Branch
"""
    return msg(p.a, HH['behrens'], 'Steh-Sitz-Tische für London/Salford über Rahmenvertrag',
               when('2026-02-18 15:44'), T(body, cs='windows-1252', cte='8bit'), lang='de-DE')


@mail('NORMAL', 'de', 'internal',
      'legal question to head office: must Irish-branch policies for German customers include German pre-contract information? No person (windows-1252)')
def m0136():
    p = S['daniel']
    body = """\
Lieber Holger,

eine rechtliche Frage, die bei uns in Dublin aufgekommen ist: Die irische
Niederlassung verkauft inzwischen einige Hausrat- und Haftpflichtverträge
an deutsche Staatsangehörige, die in Irland wohnen (German Desk). Die
Verträge unterliegen irischem Recht, Risikoort ist Irland.

  1. Müssen wir diesen Kunden zusätzlich zu den irischen
     Pflichtinformationen (Consumer Protection Code) die Informationen nach
     VVG-InfoV auf Deutsch geben, oder reicht eine deutsche Übersetzung
     der irischen Unterlagen als Service?
  2. Wenn ein Kunde später nach Deutschland zurückzieht: Bleibt der
     irische Vertrag bestehen, oder müssen wir ihn in einen deutschen
     Vertrag der AG überführen?
  3. Gilt für Beschwerden dieser Kunden der irische Ombudsman (FSPO) oder
     auch der deutsche Versicherungsombudsmann?

Es geht um die Gestaltung des Prozesses, nicht um einen konkreten Fall.
Ich freue mich über eine kurze Einschätzung, gern auch telefonisch.

Viele Grüße aus London
Daniel

--
Daniel Frost
Data Protection Officer, UK & Ireland
Nordhafen Insurance | UK Branch
"""
    return msg(p.a, HH['stueve'], 'Rechtsfrage: deutsche Kunden der irischen Niederlassung',
               when('2026-07-07 11:26'), T(body, cs='windows-1252', cte='qp'),
               mailer='thunderbird', lang='de-DE')


@mail('NORMAL', 'en', 'insurer-to-broker',
      'automatic answer to a certificate request: the insurer address\'s public S/MIME certificate as a PEM attachment; no personal data')
def m0137():
    body = """\
Certificate request - automatic answer

You asked for the S/MIME certificate of

    broker.support@nordhafen.example

It is attached to this message (PEM format). Import it into your mail
program's address book, and your messages to this address will be
encrypted from now on. You can also find our certificates in our public
directory at https://certificates.nordhafen.example .

This message is signed by our gateway. Your request was handled
automatically and was not read by anyone.

Nordhafen Insurance - Secure E-Mail
"""
    der = hashlib.sha256(b'nordhafen-broker-support-cert').digest() * 28
    pem = ('-----BEGIN CERTIFICATE-----\n' +
           '\n'.join(base64.b64encode(der).decode('ascii')[i:i + 64]
                     for i in range(0, len(base64.b64encode(der)), 64)) +
           '\n-----END CERTIFICATE-----\n').encode('ascii')
    return msg(('Nordhafen Secure E-Mail', 'broker.support@' + DOMAIN),
               ('Kofi Osei', 'k.osei@thamesgate-advisers.example'),
               'RE: [ZERTIFIKAT]', when('2026-03-04 10:12'),
               M('mixed', T(body, cs='us-ascii', cte='7bit'),
                 A(pem, 'application/x-pem-file', 'broker.support_nordhafen.example.pem',
                   cte='7bit'), style='system'),
               mailer='system', extra=[('Auto-Submitted', 'auto-replied')],
               irt='<5f0a77c2-e1aa@thamesgate-advisers.example>')


@mail('CONFIDENTIAL', 'de', 'insurer-to-company',
      'grey: cargo claim of a German GmbH with its named logistics manager, container and shipment details, loss amount; surveyor PDF')
def m0138():
    p = S['eoin']
    body = """\
Sehr geehrter Herr Ohlsen,

vielen Dank für die Unterlagen zum Transportschaden. Der Bericht des
Havariekommissars liegt jetzt vor (anbei).

  Versicherungsnehmerin: Nordsee Feinkost GmbH, Cuxhaven
  Police:                NHMC-IE-0417 (Warentransport, offene Police)
  Schaden:               CM-IE-26-0093
  Sendung:               18 Paletten Räucherlachs, Kühlcontainer
                         MSKU 884102-7, Rosslare - Cuxhaven
  Ursache laut Bericht:  Ausfall des Kühlaggregats auf der Fähre
                         (Stromversorgung nicht angeschlossen),
                         Temperatur 51 Stunden über +4 °C

Die Ware wurde vom Veterinäramt zur Vernichtung freigegeben. Wir
regulieren den Schaden auf Basis Ihrer Handelsrechnung:

  Warenwert (CIF)                    42.560,00 EUR
  + 10 % imaginärer Gewinn            4.256,00 EUR
  Vernichtungskosten                    980,00 EUR
  abzgl. Selbstbeteiligung           -1.000,00 EUR
  ---------------------------------------------------
  Entschädigung                      46.796,00 EUR

Den Regress gegen die Reederei übernehmen wir. Bitte senden Sie uns die
unterschriebene Abtretungserklärung zurück, dann zahlen wir innerhalb von
5 Werktagen auf das Firmenkonto.

Mit freundlichen Grüßen

Eoin Fitzpatrick
Marine Claims Support / German Desk
Nordhafen Insurance Ireland

""" + FOOT_IE
    rep = pdf([
        '# Havariebericht / Survey report - Nr. HK-2026-0871',
        'Surveyor: Atlantic Cargo Surveys, Rosslare Europort',
        'Auftraggeber: Nordhafen Insurance Ireland, Schaden CM-IE-26-0093',
        'Versicherungsnehmerin: Nordsee Feinkost GmbH, Cuxhaven - Kontakt: Herr Jan-Hendrik Ohlsen, Logistikleiter',
        'Container: MSKU 884102-7 (40 ft reefer), Sollwert -2 °C',
        'Besichtigung: 14.04.2026, Cuxhaven, Kühlhaus Nord',
        '',
        'Befund: Temperaturaufzeichnung zeigt Stromunterbrechung 09.04. 22:10 bis 11.04. 01:30 (51 h).',
        'Kerntemperatur der Ware bei Ankunft +9,5 bis +11 °C. Ware nicht verkehrsfähig (Veterinäramt 15.04.).',
        'Ursache: Reefer-Stecker an Deck nicht angeschlossen (Fehler der Reederei).',
        'Schadenhöhe: Warenwert 42.560 EUR, Vernichtung 980 EUR.',
    ], title='Survey HK-2026-0871', author='Atlantic Cargo Surveys', created='20260416120000')
    return msg(p.a, ('Jan-Hendrik Ohlsen', 'jh.ohlsen@nordsee-feinkost.example'),
               'Transportschaden CM-IE-26-0093 - Regulierung', when('2026-04-20 11:40', 'ie'),
               M('mixed', T(body), A(rep, CT_PDF, 'Havariebericht_HK-2026-0871.pdf')),
               lang='de-DE')


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer',
      'bilingual travel claim for a named German-speaking customer in Cork: ACL rupture (S83.5) skiing in Austria, MRI, surgery, costs')
def m0139():
    p = S['niamh']
    body = """\
Dear Mr Falk, lieber Herr Falk,

(Deutsch unten)

Thank you for sending the invoices from Austria. Your claim TC-IE-26-0061
under your annual travel policy NHT-IE-AN-440781 has been accepted:

  Emergency treatment, Landeskrankenhaus Zell am See
  (MRI left knee, diagnosis: rupture of the anterior cruciate
  ligament, S83.5, and medial meniscus tear)          EUR 1,640.00
  Mountain rescue (helicopter)                         EUR 3,950.00
  Crutches and knee brace                                EUR 186.00
  Change of flight (earlier return)                      EUR 420.00
  ------------------------------------------------------------------
  Total                                                EUR 6,196.00

The surgery (ACL reconstruction) you are having in Cork in March is not a
travel claim - please claim it under your Irish health insurance.

---

Ihr Schaden TC-IE-26-0061 aus der Reiseversicherung ist reguliert. Wir
erstatten 6.196,00 EUR für die Notfallbehandlung in Zell am See (MRT des
linken Knies, Kreuzbandriss S83.5 und Innenmeniskusriss), die
Hubschrauberbergung, Gehstützen und Orthese sowie die Umbuchung des
Rückflugs. Die Kreuzband-OP im März in Cork ist keine Reiseleistung; bitte
reichen Sie diese bei Ihrer irischen Krankenversicherung ein.

Gute Besserung! / Get well soon!

""" + sig('niamh') + '\n\n' + FOOT_IE
    return msg(p.a, ('Rüdiger Falk', 'ruediger.falk@corkmail.example'),
               'Your travel claim / Ihr Reiseschaden TC-IE-26-0061', when('2026-02-26 15:03', 'ie'),
               T(body, cte='b64'), lang='en-IE')


@mail('NORMAL', 'de', 'internal',
      'trap: German storm accumulation report to head office with aggregated claim counts and reserves by region (ZIP with ODS and CSV); no person')
def m0140():
    p = S['james']
    body = """\
Lieber Dirk,

wie vereinbart der Kumulbericht zu Sturm "Hollis" (23.-26.01.2026),
Stand heute. Im ZIP findest du die Übersicht nach Regionen (ODS) und die
tägliche Entwicklung (CSV). Es sind nur aggregierte Zahlen, keine
Einzelschäden.

Kurz:
- 1.214 gemeldete Schäden (Privat 1.036, Gewerbe 178)
- Reserve gesamt 9,42 Mio. GBP, davon 3,1 Mio. in Irland (in GBP
  umgerechnet)
- größter Einzelschaden ca. 410.000 GBP (Gewerbe, Dachschaden
  Lagerhalle)
- Kat-XL wird voraussichtlich nicht berührt (Priorität 25 Mio. GBP)

Nächstes Update in zwei Wochen.

Viele Grüße
James

""" + sig('james', lang='de')
    regions = [['Region', 'Schäden privat', 'Schäden Gewerbe', 'Reserve GBP'],
               ['North West England', 412, 61, 3120000],
               ['Cumbria', 188, 24, 1410000],
               ['Scotland (SW)', 97, 11, 620000],
               ['Wales (North)', 64, 9, 450000],
               ['Ireland (West/North-West)', 275, 73, 3100000],
               ['Summe', 1036, 178, 8700000 + 720000]]
    daily = csv_bytes([['Datum', 'Neue Schäden', 'Reserve kumuliert GBP'],
                       ['2026-01-24', '312', '2150000'], ['2026-01-25', '408', '4980000'],
                       ['2026-01-26', '221', '6820000'], ['2026-01-27', '164', '8310000'],
                       ['2026-01-28', '109', '9420000']])
    z = zip_files([('Kumul_Hollis/Regionen.ods',
                    ods([('Regionen', regions)], title='Kumul Hollis', author='James Whitcombe',
                        created='2026-01-29T09:00:00Z')),
                   ('Kumul_Hollis/Entwicklung.csv', daily)], when_=(2026, 1, 29, 9, 10, 0))
    return msg(p.a, HH['vossberg'], 'Kumulbericht Sturm Hollis - Stand 29.01.',
               when('2026-01-29 09:30'),
               M('mixed', T(body), A(z, CT_ZIP, 'Kumul_Hollis_2026-01-29.zip')), lang='de-DE')


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor total-loss settlement for a named customer: valuation, finance-company settlement, excess, balance to her; valuation PDF')
def m0141():
    p = S['oliver']
    body = """\
Dear Ms Carr,

Claim MC-26-209915 - your Mini Cooper (LR19 BXU)

I'm sorry to confirm that our engineer has assessed your car as a total
loss (Category S - structural damage) after the accident on 14 June. His
valuation report is attached.

  Market value at the date of loss              £11,450.00
  Less policy excess                               -£350.00
  ----------------------------------------------------------
  Settlement                                    £11,100.00

As the car is on a finance agreement with Pennine Motor Finance, we have
to pay them first. They have told us the settlement figure is £6,842.17,
so we will pay:

  to Pennine Motor Finance (agreement PMF-0418827)   £6,842.17
  to you, to your account ending 2052                 £4,257.83

If you'd like to keep the car, the salvage retention price is £1,720,
which would be deducted from your part of the settlement. Please let me
know within 14 days; otherwise our salvage agent will collect it.

Kind regards,

""" + sig('oliver') + '\n\n' + FOOT_UK
    val = pdf([
        '# Engineer\'s valuation report - total loss',
        'Claim MC-26-209915     Policyholder: Ms Bethany Carr, 9 Ashgrove Court, Leeds LS6 3JQ',
        'Vehicle: MINI Cooper 1.5 (2019), reg. LR19 BXU, VIN WMWXP320X02K88412, 41,200 miles',
        'Inspection: 19/06/2026 at Leeds Salvage Yard',
        '',
        'Damage: nearside front impact, A-pillar and sill deformed, airbags deployed.',
        'Repair estimate GBP 9,870 > 75 % of market value -> uneconomical to repair.',
        'Category: S (structural).',
        '',
        'Market value (trade guides average, retail):       GBP 11,450',
        'Salvage value:                                      GBP  1,720',
        'Engineer: R. Haddock, IMI Reg. - Northern Vehicle Assessors',
    ], title='Valuation MC-26-209915', author='Northern Vehicle Assessors',
        created='20260619154000')
    return msg(p.a, ('Bethany Carr', 'beth.carr@yorkshire-mail.example'),
               'Your claim MC-26-209915 - total loss settlement', when('2026-06-24 12:30'),
               M('mixed', T(body, cs='iso-8859-1', cte='qp'),
                 A(val, CT_PDF, 'Valuation_MC-26-209915.pdf')))


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'life claim (personal line) in German to the estate lawyer of a named deceased customer: cause of death pulmonary embolism, sum, heirs')
def m0142():
    p = S['eoin']
    body = """\
Sehr geehrter Herr Dr. Kessler,

Nachlass Bernd Hausmann, verstorben am 3. Februar 2026
Lebensversicherung NHL-IE-0102277 (Nordhafen Insurance Ireland)
Leistungsfall LC-IE-26-0027

vielen Dank für Ihr Schreiben und die Kopie des Erbscheins des
Amtsgerichts Lüneburg. Herr Hausmann hatte die Risikolebensversicherung
2019 abgeschlossen, als er in Dublin arbeitete; ein Bezugsberechtigter
war nicht benannt, daher fällt die Leistung in den Nachlass.

Nach der Sterbeurkunde und dem Leichenschauschein, die Sie uns geschickt
haben, ist Herr Hausmann an einer Lungenembolie nach einer
Beinvenenthrombose gestorben. Da der Vertrag länger als drei Jahre
bestand, prüfen wir keine vorvertraglichen Anzeigepflichten mehr.

  Versicherungssumme       180.000,00 EUR
  Überschussbeteiligung      1.214,60 EUR
  ------------------------------------------
  Auszahlung               181.214,60 EUR

Laut Erbschein sind die Erben Frau Ilse Hausmann (1/2) sowie Herr Jonas
Hausmann und Frau Lena Hausmann (je 1/4). Bitte teilen Sie uns mit, ob
wir auf Ihr Anderkonto oder an die Erben direkt zahlen sollen, und senden
Sie uns die Bankverbindung über das sichere Portal.

Mit freundlichen Grüßen

Eoin Fitzpatrick
im Auftrag von Fergus McBride, Claims Handler, Personal Accident & Life
Nordhafen Insurance Ireland

""" + FOOT_IE
    return msg(p.a, ('RA Dr. Wolfram Kessler', 'kessler@kanzlei-kessler-lueneburg.example'),
               'Nachlass Hausmann - Lebensversicherung NHL-IE-0102277',
               when('2026-04-09 10:44', 'ie'), T(body), cc=S['fergus'].a, lang='de-DE')


@mail('NORMAL', 'en', 'internal',
      'trap: Consumer Duty board report outline with aggregated complaints, vulnerable-customer outcomes and claims acceptance rates; DOCX; no person')
def m0143():
    p = S['daniel']
    body = """\
Hi all,

Attached is the outline for this year's Consumer Duty board report (UK).
Could each owner fill in their section by 30 November? I've put in the
numbers we already have from the MI pack - all aggregated, please keep it
that way; no case examples with names, use the anonymised summaries.

Thanks,
Daniel

""" + sig('daniel', 'short')
    doc = docx([
        ('h', 'Consumer Duty - annual board report 2026 (UK) - OUTLINE'),
        ('b', '1. Products and services'),
        'All retail products reviewed against target market; PMI moratorium wording simplified (owner: Megan Price).',
        ('b', '2. Price and value'),
        'Fair value assessments: motor add-ons (legal expenses, key cover) - claims ratio 11 % for key cover, action plan needed.',
        ('b', '3. Consumer understanding'),
        'Readability of claims decline letters: average reading age 14 (target 11).',
        ('b', '4. Consumer support'),
        ('table', [['Measure', '2025', '2026 YTD'],
                   ['Complaints received', '1,284', '1,032'],
                   ['Upheld (fully/partly)', '41 %', '38 %'],
                   ['Referred to FOS', '96', '71'],
                   ['Claims acceptance rate - PMI', '93.8 %', '94.1 %'],
                   ['Claims acceptance rate - income protection', '86.9 %', '87.4 %'],
                   ['Customers with vulnerability flag - complaint rate', '1.9 %', '1.6 %']]),
        ('b', '5. Vulnerable customers'),
        'Outcomes for customers with characteristics of vulnerability (health, life events, resilience, capability) '
        'are monitored separately; no material differences except longer claims cycle times in income protection.',
        ('b', '6. Actions for 2027'),
        '[to be completed by owners]',
    ], title='Consumer Duty board report 2026 - outline', author='Daniel Frost',
        created='2026-11-09T16:00:00Z')
    return msg(p.a, [S['megan'].a, S['hannah'].a, S['rachel'].a, S['oliver'].a],
               'Consumer Duty board report - outline and your sections', when('2026-11-09 16:22'),
               M('mixed', T(body), A(doc, CT_DOCX, 'ConsumerDuty_BoardReport_2026_outline.docx')))


@mail('CONFIDENTIAL', 'de', 'internal',
      'grey: subject tagged [vertraulich] by the sender (explicit marking) - draft reorganisation of the Dublin claims teams, no personal data; DOCX')
def m0144():
    p = S['laura']
    body = """\
Liebe Kerstin,

wie besprochen vorab und vertraulich der Entwurf für die
Neuorganisation der Schadenabteilung in Dublin. Bitte noch nicht
weitergeben - Aoife stellt es ihrem Team erst am 2. Dezember vor, und
der Betriebsrat in Hamburg soll es vorher informell sehen.

Kernpunkte:
- aus drei Teams (Kfz, Haftpflicht, Sach/Unfall/Leben) werden zwei
  ("Motor & Liability", "Property & Personal Lines")
- zwei Teamleiterstellen statt drei; kein Stellenabbau, eine
  Teamleitung wechselt in die neue Rolle "Claims Quality Lead"
- Start 1. März 2027

Die Datei enthält keine Namen, nur Rollen und Stellenzahlen.

Danke dir!
Laura

""" + sig('laura', lang='de')
    doc = docx([
        ('h', 'ENTWURF - Neuorganisation Claims Ireland (Stand 18.11.2026)'),
        ('table', [['Team', 'Rollen', 'Vollzeitstellen heute', 'Vollzeitstellen neu'],
                   ['Motor & Liability', 'Teamleitung, Sachbearbeitung, Litigation', '14 + 6', '20'],
                   ['Property & Personal Lines', 'Teamleitung, Sachbearbeitung, PA/Life', '9', '9'],
                   ['Claims Quality Lead', 'neu', '0', '1'],
                   ['Teamleitungen', '', '3', '2']]),
        'Zeitplan: Information Team 02.12.2026, Konsultation bis 31.01.2027, Umsetzung 01.03.2027.',
        'Keine betriebsbedingten Kündigungen vorgesehen.',
    ], title='Neuorganisation Claims Ireland - Entwurf', author='Laura Fitzgerald',
        created='2026-11-18T08:30:00Z')
    return msg(p.a, HH['luedtke'], '[vertraulich] Neuorganisation Schadenabteilung Dublin - Entwurf',
               when('2026-11-18 09:02', 'ie'),
               M('mixed', T(body), A(doc, CT_DOCX, 'Entwurf_Neuorganisation_Claims_IE.docx')),
               lang='de-DE', importance='high')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'German accident insurance: disability payout to a named customer after a thumb injury (loss of function, limb table), medical report')
def m0145():
    p = S['eoin']
    body = """\
Sehr geehrter Herr Brinkmann,

Ihre Unfallversicherung NHPA-IE-70914 - Unfall vom 8. August 2025
Schaden PA-IE-25-0412

das ärztliche Gutachten von Dr. Siobhán Ní Bhriain (Handchirurgie,
Galway) vom 2. September 2026 liegt uns jetzt vor. Es bestätigt als
dauerhafte Unfallfolge nach der Sehnendurchtrennung und Fraktur am
rechten Daumen (Kreissägenunfall) eine Bewegungseinschränkung im
Daumengrundgelenk und eine verminderte Greifkraft.

Die Gutachterin bewertet die Gebrauchsminderung des rechten Daumens mit
6/10. Nach der Gliedertaxe Ihrer Versicherungsbedingungen gilt für den
Daumen ein Invaliditätsgrad von 20 %:

  20 % x 6/10 = 12 % Invalidität
  Grundsumme 150.000 EUR x 12 %      =  18.000,00 EUR
  abzüglich Vorschuss vom 10.03.2026   -5.000,00 EUR
  -------------------------------------------------
  Restzahlung                          13.000,00 EUR

Die Zahlung geht in den nächsten Tagen auf Ihr Konto. Wenn Sie mit der
Bemessung nicht einverstanden sind, können Sie innerhalb von drei Jahren
nach dem Unfall eine Neubemessung verlangen.

Alles Gute weiterhin!

Mit freundlichen Grüßen

Eoin Fitzpatrick
Kundenservice, German Desk, im Auftrag der Abteilung Personal Accident & Life
Nordhafen Insurance Ireland

""" + FOOT_IE
    return msg(p.a, ('Holger Brinkmann', 'h.brinkmann@galway-mail.example'),
               'Ihre Invaliditätsleistung - Schaden PA-IE-25-0412', when('2026-09-14 13:15', 'ie'),
               T(body, cs='windows-1252', cte='qp'), lang='de-DE')


@mail('NORMAL', 'en', 'newsletter',
      'trap: health plan members\' newsletter for Heart Month (blood pressure checks, symptoms of heart attack, member offers); no person')
def m0146():
    text = """\
NORDHAFEN HEALTH - MEMBER NEWS, FEBRUARY 2026

February is Heart Month

High blood pressure usually has no symptoms, yet it is one of the biggest
risk factors for heart attack and stroke. This month, members of our
health plans can get a free blood pressure check at more than 1,200
partner pharmacies - just show your membership card.

Know the signs of a heart attack
  - chest pain or pressure that may spread to the arms, neck or jaw
  - shortness of breath, sweating, feeling sick
If you think someone is having a heart attack, call 999 (UK) or 112/999
(Ireland) immediately.

Your plan can help
  - 24/7 virtual GP, also for questions about your medication
  - cardiology consultations and tests without waiting, where your plan
    includes outpatient cover
  - up to 40 % off partner gyms

Questions about your cover? Call 0161 496 0520 or log in to
https://members.nordhafen.example .

Nordhafen Health
You receive this newsletter as a member of a Nordhafen health plan.
Unsubscribe: https://members.nordhafen.example/preferences
"""
    html_ = html_doc("""\
<div style="font-family:Arial,sans-serif;max-width:620px">
<h1 style="color:#b3001b;font-size:22px">February is Heart Month</h1>
<p>High blood pressure usually has no symptoms, yet it is one of the biggest risk factors for heart attack and stroke.
This month, members of our health plans can get a <b>free blood pressure check</b> at more than 1,200 partner pharmacies &ndash;
just show your membership card.</p>
<h2 style="font-size:16px">Know the signs of a heart attack</h2>
<ul><li>chest pain or pressure that may spread to the arms, neck or jaw</li>
<li>shortness of breath, sweating, feeling sick</li></ul>
<p><b>If you think someone is having a heart attack, call 999 (UK) or 112/999 (Ireland) immediately.</b></p>
<h2 style="font-size:16px">Your plan can help</h2>
<ul><li>24/7 virtual GP, also for questions about your medication</li>
<li>cardiology consultations and tests without waiting, where your plan includes outpatient cover</li>
<li>up to 40&nbsp;% off partner gyms</li></ul>
<p>Questions about your cover? Call 0161 496 0520 or <a href="https://members.nordhafen.example">log in</a>.</p>
<p style="font-size:11px;color:#777">You receive this newsletter as a member of a Nordhafen health plan.
<a href="https://members.nordhafen.example/preferences">Unsubscribe</a></p>
</div>""", outlook=False)
    return msg(('Nordhafen Health', 'health.news@' + DOMAIN), 'health-members@lists.nordhafen.example',
               'Heart Month: free blood pressure checks for members', when('2026-02-03 07:00'),
               M('alternative', T(text, cs='us-ascii', cte='7bit'), T(html_, 'html', cte='b64'),
                 style='system'),
               mailer='crm', extra=[('Precedence', 'bulk')])


@mail('CONFIDENTIAL', 'mixed', 'internal',
      'English question to head office quoting a German broker\'s German mail about a named sole trader (joinery): turnover, staff, liability cover in Ireland')
def m0147():
    p = S['conor']
    body = """\
Hi Tobias,

A German broker (Herr Lüders) has come to us directly about a public
liability extension for one of his clients who is doing a fit-out job in
Dublin. His mail is below. The client is a sole trader, so I think this
should really stay with his German Betriebshaftpflicht with you and just
get an extension for the Irish contract - can you check whether his
Hamburg policy can do that? If not, we can write a short-term policy
here.

Thanks,
Conor

> Von: Frank Lüders <lueders@lueders-versicherungsmakler.example>
> Gesendet: Montag, 21. September 2026 10:05
> An: conor.doyle@nordhafen.example
> Betreff: Betriebshaftpflicht für Auftrag in Dublin - Tischlerei Rademacher
>
> Sehr geehrter Herr Doyle,
>
> mein Kunde, Herr Sven Rademacher, betreibt als Einzelunternehmer eine
> Tischlerei in Buxtehude (Umsatz 2025: 380.000 EUR, 4 Mitarbeiter). Er
> hat einen Auftrag für den Innenausbau eines Restaurants in Dublin 2,
> Dauer ca. 6 Wochen ab 2. November, Auftragswert 86.000 EUR.
>
> Seine Betriebshaftpflicht (Nordhafen Hamburg, Vertrag BHV 61 2044 731)
> deckt nach meinem Verständnis nur Europa ohne Großbritannien und Irland
> bei Montagearbeiten. Der Auftraggeber verlangt 6,5 Mio. EUR
> Deckungssumme. Können Sie helfen?
>
> Mit freundlichen Grüßen
> Frank Lüders
> Lüders Versicherungsmakler, Stade

""" + sig('conor')
    return msg(p.a, HH['reimers'],
               'FW: Betriebshaftpflicht für Auftrag in Dublin - Tischlerei Rademacher',
               when('2026-09-21 15:36', 'ie'), T(body), lang='en-IE')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'German supplementary dental insurance: treatment and cost plan for a named customer\'s implant (tooth 36) in Dublin, reimbursement; PDF')
def m0148():
    p = S['niamh']
    body = """\
Liebe Frau Wiebe,

vielen Dank, dass Sie uns den Heil- und Kostenplan Ihrer Zahnärztin in
Dublin vorab geschickt haben. Ihre Zahnzusatzversicherung (Vertrag
ZZ 12 0448 190, Tarif ZahnPlus 80) läuft über die Nordhafen in Hamburg,
die Kollegen dort haben mich gebeten, Ihnen direkt zu antworten, weil
der Plan auf Englisch ist.

Geplant ist: Implantat in Regio 36 (unten links, erster Backenzahn)
nach der Extraktion im Januar, mit Knochenaufbau und Keramikkrone.
Die Zahnärztin hat 4.850 EUR veranschlagt. Die Übersicht anbei zeigt,
was wir voraussichtlich erstatten:

  erstattungsfähiger Betrag           4.850,00 EUR
  Erstattung 80 %                     3.880,00 EUR
  Höchstbetrag im 3. Versicherungsjahr: 4.000 EUR - eingehalten

Bitte beachten Sie: Die Zusage gilt für diesen Plan; wenn sich die
Behandlung ändert, schicken Sie uns bitte den neuen Plan. Nach der
Behandlung brauchen wir die Rechnung mit den Zahnangaben.

Viele Grüße aus dem Dubliner Büro
Niamh Gallagher

""" + sig('niamh', lang='de') + '\n\n' + FOOT_IE
    plan = pdf([
        '# Erstattungsübersicht Heil- und Kostenplan',
        'Versicherte Person: Frau Anke Wiebe, geb. 29.07.1979, wohnhaft 16 Temple Road, Dublin 6',
        'Vertrag: ZZ 12 0448 190 (ZahnPlus 80), Beginn 01.05.2023',
        'Zahnarztpraxis: Rathmines Dental Clinic, Dr. Orla Kinsella',
        '',
        'Befund: Zahn 36 extrahiert (01/2026) nach Wurzelfraktur; Knochenangebot vestibulär reduziert',
        'Geplante Leistungen                                   Betrag EUR',
        'Implantat Regio 36 inkl. Insertion                       2.150,00',
        'Knochenaufbau (GBR) mit Membran                           780,00',
        'Implantatgetragene Vollkeramikkrone 36                  1.650,00',
        'Röntgen (DVT)                                             270,00',
        'Summe                                                   4.850,00',
        'Erstattung 80 % (Höchstbetrag 4.000 EUR im 3. Jahr)     3.880,00',
    ], title='HKP Wiebe 36', created='20260311100000')
    return msg(p.a, ('Anke Wiebe', 'anke.wiebe@dublin-mail.example'),
               'Ihr Heil- und Kostenplan Implantat 36 - voraussichtliche Erstattung',
               when('2026-03-11 10:22'),
               M('mixed', T(body), A(plan, CT_PDF, 'Erstattung_HKP_Wiebe_36.pdf')), lang='de-DE')


@mail('NORMAL', 'en', 'insurer-to-customer',
      'reply to a general question how to send documents securely: portal registration steps; no policy, claim or health data')
def m0149():
    p = S['katie']
    body = """\
Hi Ms Nolan,

Thanks for asking - and good on you for checking first!

The safest way to send us documents is our secure mailbox (portal):

  1. Reply to this e-mail with "please send portal link" and I'll send
     you a secure message. You'll then get two e-mails: one with a
     one-time password and one with a link.
  2. Click the link, log in with your e-mail address and the one-time
     password, and choose your own password and a security question.
  3. Open my message, click "Reply", attach your documents (PDF, photos
     and Word files are all fine) and send.

Messages stay in the portal for 90 days, and you can download them at
any time. If you'd rather not use the portal, you can post documents to
Nordhafen Insurance Ireland, 7 Wilton Basin, Dublin 2, D02 XK46.

Katie

Katie Morrissey
Customer Service Advisor | Nordhafen Insurance Ireland

> From: Deirdre Nolan <deirdre.nolan@eirmail.example>
> Sent: 22 October 2026 08:51
> Subject: sending documents
>
> Hello, what is the safest way to send you some documents? I don't
> really want to put them in an ordinary email. Thanks, Deirdre

""" + FOOT_IE
    return msg(p.a, ('Deirdre Nolan', 'deirdre.nolan@eirmail.example'),
               'RE: sending documents', when('2026-10-22 11:40', 'ie'),
               T(body, cs='us-ascii', cte='7bit'), lang='en-IE',
               irt='<CAJx19Fq8zR@mail.eirmail.example>')


@mail('NORMAL', 'en', 'internal',
      'trap: staff guidance on the secure mail gateway: tags [secure]/[vertraulich] named in the body only, examples of sensitive data; HTML quick guide')
def m0150():
    p = S['daniel']
    body = """\
Dear colleagues,

From Monday 30 November the new secure mail gateway is live for all
UK and Irish mailboxes. You don't have to do anything differently for
most mail - the gateway checks every outgoing e-mail and chooses the
safest way to deliver it (encrypted e-mail, our secure portal, or a
protected connection to partner firms).

A few things to know:

  - If you want to make sure a message is encrypted, put [secure] at the
    start of the subject line. The German tags [vertraulich] and
    [streng vertraulich] work too.
  - Health information (diagnoses, medical reports, treatment), anything
    about life, health or accident policies and claims, and bank details,
    dates of birth or salaries are always treated as sensitive.
  - Newsletters, meeting invitations and general product information
    are sent normally.
  - If a message goes back to you with "undeliverable - no secure route",
    the recipient has not registered for the portal yet. Call them.

The one-page quick guide is attached (open it in your browser). Questions
to the Service Desk or to me.

Thanks,
Daniel

""" + sig('daniel')
    guide = html_doc("""\
<h1>Secure mail - quick guide</h1>
<ol>
<li><b>Write as usual.</b> The gateway checks every outgoing mail.</li>
<li><b>Force encryption:</b> start the subject with <code>[secure]</code> (or <code>[vertraulich]</code> /
<code>[streng vertraulich]</code>).</li>
<li><b>Always sensitive:</b> health information, life/health/accident policies and claims, bank details,
dates of birth, income.</li>
<li><b>Bounced with &ldquo;no secure route&rdquo;?</b> Ask the recipient to register for the portal.</li>
<li><b>Never</b> send passwords for ZIP files in the same mail.</li>
</ol>
<p>Service Desk: +353 1 554 0399 / 020 7946 0999</p>""", title='Secure mail quick guide', outlook=False)
    return msg(p.a, ('All Staff UK & Ireland', 'allstaff.ukie@' + DOMAIN),
               'Secure mail gateway goes live on 30 November - what you need to know',
               when('2026-11-26 12:00'),
               M('mixed', T(body), A(guide.encode('utf-8'), 'text/html; charset="utf-8"',
                                       'Secure_mail_quick_guide.html', cte='qp')))

# ==========================================================================
# build and check
# ==========================================================================

def build():
    files, rows = {}, []
    for i, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        _CUR[0] = i
        _BCOUNT[0] = 0
        data = fn()
        name = '%s%04d.eml' % (PREFIX, i)
        files[name] = data
        rows.append((name, label, lang, kind, reason))
    tsv = 'file\tlabel\tlang\tkind\treason\n' + ''.join(
        '\t'.join(r) + '\n' for r in rows)
    return files, tsv.encode('utf-8'), rows


def write():
    files, tsv, rows = build()
    md = os.path.join(HERE, 'mails')
    os.makedirs(md, exist_ok=True)
    for old in os.listdir(md):
        if old.startswith(PREFIX) and old not in files:
            os.remove(os.path.join(md, old))
    for name, data in files.items():
        with open(os.path.join(md, name), 'wb') as f:
            f.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as f:
        f.write(tsv)
    print('wrote %d mails and labels.tsv' % len(files))


# ---------------- validation helpers ----------------

class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def html_text(s):
    p = _Strip()
    p.feed(s)
    p.close()
    return ' '.join(p.out)


def _pdf_text(data):
    assert data.startswith(b'%PDF-1.'), 'no PDF header'
    assert data.rstrip().endswith(b'%%EOF'), 'no %%EOF'
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    assert m, 'no startxref'
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b'xref', 'startxref does not point to xref'
    m = re.match(rb'xref\s+0 (\d+)\s+', data[xref:])
    n = int(m.group(1))
    pos = xref + m.end()
    for k in range(n):
        ent = data[pos + 20 * k: pos + 20 * (k + 1)]
        off, gen, typ = ent[:10], ent[11:16], ent[17:18]
        if typ == b'n':
            o = int(off)
            assert data[o:].startswith(b'%d 0 obj' % k), 'bad xref offset %d' % k
    texts = []
    for sm in re.finditer(rb'<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n', data):
        ln = int(sm.group(1))
        raw = data[sm.end(): sm.end() + ln]
        assert data[sm.end() + ln: sm.end() + ln + 10] == b'\nendstream', 'bad stream length'
        if sm.group(2):
            raw = zlib.decompress(raw)
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\) Tj', raw):
            s = re.sub(rb'\\(.)', rb'\1', t.group(1))
            texts.append(s.decode('cp1252'))
    assert texts and any(x.strip() for x in texts), 'PDF without text layer'
    return '\n'.join(texts)


def _xml_texts(z, names):
    out = []
    for n in names:
        root = ET.fromstring(z.read(n))
        out.extend(t for t in root.itertext())
    return ' '.join(out)


def _zip_open(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    assert bad is None, 'corrupt member %s' % bad
    return z


def _office_text(data, ext):
    z = _zip_open(data)
    names = z.namelist()
    for n in names:
        if n.endswith('.xml') or n.endswith('.rels'):
            ET.fromstring(z.read(n))
    if ext == 'docx':
        assert '[Content_Types].xml' in names and 'word/document.xml' in names
        return _xml_texts(z, ['word/document.xml'])
    if ext == 'xlsx':
        assert 'xl/workbook.xml' in names
        sheets = sorted(n for n in names if n.startswith('xl/worksheets/'))
        assert sheets
        return _xml_texts(z, sheets)
    if ext in ('odt', 'ods'):
        assert names[0] == 'mimetype'
        assert z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
        mt = z.read('mimetype').decode('ascii')
        assert mt == 'application/vnd.oasis.opendocument.' + (
            'text' if ext == 'odt' else 'spreadsheet')
        assert 'META-INF/manifest.xml' in names
        return _xml_texts(z, ['content.xml'])
    raise AssertionError(ext)


def open_file(name, data, charset=None, depth=0):
    """Open an attachment by its name; return its text (for later checks)."""
    ext = name.rsplit('.', 1)[-1].lower() if '.' in name else ''
    if data.startswith(b'%PDF'):
        return _pdf_text(data)
    if ext in ('docx', 'xlsx', 'odt', 'ods'):
        return _office_text(data, ext)
    if ext == 'zip':
        z = _zip_open(data)
        out = []
        for n in z.namelist():
            if n.endswith('/'):
                continue
            out.append(open_file(n, z.read(n), None, depth + 1))
        assert out, 'empty zip'
        return '\n'.join(out)
    if ext == 'csv':
        if charset:
            txt = data.decode(charset)
        else:           # application/vnd.ms-excel carries no charset
            try:
                txt = data.decode('utf-8')
            except UnicodeDecodeError:
                txt = data.decode('windows-1252')
        rows = list(csv.reader(io.StringIO(txt.lstrip('\ufeff')),
                               delimiter=';' if txt.count(';') > txt.count(',') else ','))
        assert len(rows) >= 2, 'csv without data rows'
        return txt
    if ext == 'ics':
        txt = data.decode(charset or 'utf-8')
        assert txt.startswith('BEGIN:VCALENDAR\r\n') and txt.endswith('END:VCALENDAR\r\n')
        assert 'BEGIN:VEVENT' in txt
        assert all(len(l.encode('utf-8')) <= 75 for l in txt.split('\r\n'))
        return txt.replace('\r\n ', '')
    if ext in ('html', 'htm'):
        return html_text(data.decode(charset or 'utf-8'))
    if ext in ('txt', 'pem', 'log', 'cer'):
        return data.decode(charset or 'utf-8')
    if ext == 'eml':
        return check_message(data, 'inner:' + name, inner=True)[0]
    raise AssertionError('cannot open attachment %r' % name)


def _mod97(iban):
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


_RE_MAIL = re.compile(r'[A-Za-z0-9._%+\'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
_RE_URL = re.compile(r'(?:https?://|\bwww\.)([A-Za-z0-9.-]+)')
_RE_REALDOM = re.compile(r'\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk|org\.uk|'
                         r'gov\.uk|nhs\.uk|ie|de|eu|io|info)\b(?![.@\w-])', re.I)
_RE_DE_IBAN = re.compile(r'\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b')
_RE_GBIE_IBAN = re.compile(r'\b(?:GB|IE)\d{2} ?[A-Z]{4}(?: ?\d{4}){3} ?\d{2}\b')
_RE_MID = re.compile(r'<[^<>@\s]+@([^<>\s]+)>')


def check_domains(text, where):
    errs = []
    for m in _RE_MAIL.finditer(text):
        d = m.group(1).rstrip('.').lower()
        if not d.endswith('.example'):
            errs.append('%s: domain %s' % (where, d))
    for m in _RE_URL.finditer(text):
        d = m.group(1).rstrip('.').lower()
        if not d.endswith('.example'):
            errs.append('%s: url host %s' % (where, d))
    for m in _RE_REALDOM.finditer(text):
        errs.append('%s: real-looking domain %s' % (where, m.group(0)))
    return errs


def check_ibans(text, where):
    errs, found = [], []
    for m in _RE_DE_IBAN.finditer(text):
        ib = m.group(0).replace(' ', '')
        found.append(ib)
        if not _mod97(ib):
            errs.append('%s: German IBAN fails mod 97: %s' % (where, m.group(0)))
    for m in _RE_GBIE_IBAN.finditer(text):
        ib = m.group(0).replace(' ', '')
        found.append(ib)
        if not _mod97(ib):
            errs.append('%s: IBAN fails mod 97: %s' % (where, m.group(0)))
    return errs, found


STATS = {'toplevel': {}, 'charset': {}, 'cte': {}, 'attach': {},
         'with_attach': 0, 'ibans': 0}


def _count(d, k):
    d[k] = d.get(k, 0) + 1


def check_message(data, where, inner=False):
    """Return (all text, errors, message-ids)."""
    errs, texts, mids = [], [], []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    # headers
    for part in msg.walk():
        if part.defects:
            errs.append('%s: defects %r' % (where, part.defects))
        for k, v in part.items():
            if getattr(v, 'defects', None):
                errs.append('%s: header %s defects %r' % (where, k, v.defects))
    hdr_text = []
    for part in [msg] + [p.get_payload(0) for p in msg.walk()
                         if p.get_content_type() == 'message/rfc822']:
        if part.get('Date') is None or part['Date'].datetime.year != 2026:
            errs.append('%s: date not in 2026: %s' % (where, part.get('Date')))
        if part.get('Message-ID'):
            mids.append(str(part['Message-ID']).strip())
        for h in ('From', 'To', 'Cc', 'Reply-To', 'Sender'):
            for v in part.get_all(h) or []:
                for _, a in email.utils.getaddresses([str(v)]):
                    hdr_text.append(a)
        for h in ('Message-ID', 'In-Reply-To', 'References'):
            for v in part.get_all(h) or []:
                for d in _RE_MID.findall(str(v)):
                    if not d.lower().endswith('.example'):
                        errs.append('%s: %s domain %s' % (where, h, d))
        texts.append(str(part.get('Subject', '')))
    if not inner:
        frm = email.utils.parseaddr(str(msg['From']))[1]
        if not frm.lower().endswith('@' + DOMAIN):
            errs.append('%s: From is not the insurer: %s' % (where, frm))
    errs += check_domains(' '.join(hdr_text), where + ' headers')
    # bodies and attachments
    n_att = 0
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            n_att += 1
            if not inner:
                _count(STATS['attach'], 'eml (message/rfc822)')
            continue
        if part.is_multipart():
            continue
        fname = part.get_filename()
        cte = str(part.get('Content-Transfer-Encoding', '7bit')).lower()
        payload = part.get_payload(decode=True)
        if cte == '7bit' and max(payload or b'\0') >= 128:
            errs.append('%s: 8-bit data in 7bit part' % where)
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset() or 'us-ascii'
            try:
                txt = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append('%s: text part does not decode as %s: %s' % (where, cs, e))
                continue
            if not inner and not fname:
                _count(STATS['charset'], cs)
                _count(STATS['cte'], cte)
        if fname or part.get_content_maintype() != 'text':
            n_att += 1
            if not inner:
                _count(STATS['attach'], (fname or ct).rsplit('.', 1)[-1].lower())
            try:
                txt = open_file(fname or 'x.bin', payload,
                                part.get_content_charset())
            except Exception as e:            # noqa: BLE001
                errs.append('%s: attachment %s does not open: %r' % (where, fname, e))
                continue
            if not inner and fname and fname.lower().endswith('.zip'):
                z = zipfile.ZipFile(io.BytesIO(payload))
                for n in z.namelist():
                    _count(STATS['attach'], 'in-zip ' + n.rsplit('.', 1)[-1].lower())
        elif part.get_content_subtype() == 'html':
            txt = html_text(txt)
        texts.append(txt)
    if not inner:
        _count(STATS['toplevel'], msg.get_content_type())
        if n_att:
            STATS['with_attach'] += 1
    all_text = '\n'.join(texts)
    errs += check_domains(all_text, where + ' text')
    e2, found = check_ibans(all_text, where)
    errs += e2
    if not inner:
        STATS['ibans'] += len(found)
    return all_text, errs, mids


def check():
    errs = []
    files, tsv, rows = build()
    md = os.path.join(HERE, 'mails')
    # 1. byte-identical rebuild
    on_disk = sorted(x for x in os.listdir(md) if x.endswith('.eml'))
    if on_disk != sorted(files):
        errs.append('mail files on disk differ from the generator')
    for name, data in files.items():
        p = os.path.join(md, name)
        if not os.path.exists(p) or open(p, 'rb').read() != data:
            errs.append('%s: not byte-identical to rebuild' % name)
    if open(os.path.join(HERE, 'labels.tsv'), 'rb').read() != tsv:
        errs.append('labels.tsv not identical to rebuild')
    # 2. a second build in the same process must give the same bytes
    files2, tsv2, _ = build()
    if files2 != files or tsv2 != tsv:
        errs.append('generator is not deterministic')
    # 3. label file
    if len(rows) != N_MAILS:
        errs.append('expected %d mails, got %d' % (N_MAILS, len(rows)))
    lab = {}
    for r in rows:
        _count(lab, r[1])
        if not r[4].strip():
            errs.append('%s: empty reason' % r[0])
        if r[1] == 'NORMAL' and 'grey:' not in r[4] and 'trap:' not in r[4] \
                and not r[4].startswith('plain'):
            pass
    if lab != WANT:
        errs.append('label counts %r != %r' % (lab, WANT))
    parsed = list(csv.reader(io.StringIO(tsv.decode('utf-8')), delimiter='\t'))
    if parsed[0] != ['file', 'label', 'lang', 'kind', 'reason'] or \
            any(len(r) != 5 for r in parsed):
        errs.append('labels.tsv malformed')
    # 4. every message
    all_mids = {}
    for name, data in sorted(files.items()):
        if re.search(rb'(?<!\r)\n', data) or re.search(rb'\r(?!\n)', data):
            errs.append('%s: bare LF or CR' % name)
        longest = max(len(l) for l in data.split(CRLF))
        if longest > 998:
            errs.append('%s: line of %d bytes' % (name, longest))
        _, e, mids = check_message(data, name)
        errs += e
        if not mids:
            errs.append('%s: no Message-ID' % name)
        for m in mids:
            if m in all_mids:
                errs.append('%s: Message-ID %s also in %s' % (name, m, all_mids[m]))
            all_mids[m] = name
    # report
    langs = sorted({r[2] for r in rows})
    print('mails: %d   labels: %s' % (len(rows), ', '.join(
        '%s %d' % (k, lab.get(k, 0)) for k in WANT)))
    print('\nlabel x language')
    for L in WANT:
        print('  %-22s' % L + ''.join('%s %3d   ' % (g, sum(
            1 for r in rows if r[1] == L and r[2] == g)) for g in langs))
    print('  %-22s' % 'total' + ''.join('%s %3d   ' % (g, sum(
        1 for r in rows if r[2] == g)) for g in langs))
    print('\nkind x label (N / C / S)')
    for k in sorted({r[3] for r in rows}):
        c = [sum(1 for r in rows if r[3] == k and r[1] == L) for L in WANT]
        print('  %-22s %3d   %3d / %3d / %3d' % (k, sum(c), *c))
    traps = sum(1 for r in rows if r[4].startswith('trap:') or ' trap:' in r[4])
    greys = sum(1 for r in rows if 'grey:' in r[4])
    print('\ntraps: %d   grey decisions: %d' % (traps, greys))
    print('top-level types: %s' % dict(sorted(STATS['toplevel'].items())))
    print('body charsets: %s' % dict(sorted(STATS['charset'].items())))
    print('body transfer encodings: %s' % dict(sorted(STATS['cte'].items())))
    print('mails with attachments: %d' % STATS['with_attach'])
    print('attachments: %s' % dict(sorted(STATS['attach'].items())))
    print('IBANs found and checked: %d' % STATS['ibans'])
    print('unique Message-IDs (incl. forwarded): %d' % len(all_mids))
    if errs:
        print('\nCHECK FAILED: %d problem(s)' % len(errs))
        for e in errs[:200]:
            print('  ' + e)
        return 1
    print('\nCHECK OK: byte-identical rebuild, CRLF only, lines <= 998 bytes, no MIME '
          'defects, unique Message-IDs, dates in 2026, all domains .example, all '
          'text parts decode, all attachments open, all IBANs pass mod 97, '
          'label counts %s' % ', '.join('%s=%d' % kv for kv in WANT.items()))
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    write()
