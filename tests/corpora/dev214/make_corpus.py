#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus dev214 for the Siegel secure-mail gateway.

150 hand-written, fictitious outgoing mails of "Falkenstein Versicherung AG"
(domain falkenstein-versicherung.example), labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL.  Python standard library only.

    python3 make_corpus.py          writes mails/ and labels.tsv
    python3 make_corpus.py --check  rebuilds into a temp folder, compares byte
                                    for byte, parses and opens everything

All persons, companies, addresses, numbers and domains are invented.
"""
import datetime
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import utils
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTP, default as DEFAULT_POLICY
from xml.sax.saxutils import escape as _xesc

PREFIX = 'd214-'
DOM = 'falkenstein-versicherung.example'
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# dates, addresses, message skeleton
# ---------------------------------------------------------------------------

_DST_START = datetime.datetime(2026, 3, 29, 2, 0)
_DST_END = datetime.datetime(2026, 10, 25, 3, 0)


def when(s):
    """'2026-01-13 09:41[:07]' (local German time) -> RFC 5322 date."""
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    dt = datetime.datetime.strptime(s, fmt)
    if s.count(':') == 1:
        dt = dt.replace(second=(dt.minute * 7 + dt.hour * 13) % 60)
    off = 2 if _DST_START <= dt < _DST_END else 1
    return utils.format_datetime(dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off))))


def msg(n, frm, to, subject, date, cc=None, irt=None, refs=None, mid=None, headers=()):
    m = EmailMessage(policy=SMTP)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = when(date)
    if mid is None:
        stamp = re.sub(r'\D', '', date)
        mid = '<%s.FV%04d%03d@exch02.%s>' % (stamp, n, (n * 389) % 997, DOM)
    m['Message-ID'] = mid
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = refs or irt
    for k, v in headers:
        m[k] = v
    return m


def flow(body, width=76):
    """Wrap long lines the format=flowed way (soft breaks end in a space)."""
    out = []
    for line in body.split('\n'):
        if line == '-- ':
            out.append(line)
            continue
        line = line.rstrip(' ')
        if line.startswith('>') or len(line) <= width:
            if line.startswith(' ') or line.startswith('From '):
                line = ' ' + line
            out.append(line)
            continue
        cur = ''
        segs = []
        for w in line.split(' '):
            if cur and len(cur) + 1 + len(w) > width:
                segs.append(cur + ' ')
                cur = w
            else:
                cur = cur + ' ' + w if cur else w
        segs.append(cur)
        for s in segs:
            if s.startswith(' ') or s.startswith('From '):
                s = ' ' + s
            out.append(s)
    return '\n'.join(out)


def text(m, body, charset='utf-8', cte='quoted-printable', flowed=False, subtype='plain'):
    if flowed:
        body = flow(body)
    m.set_content(body, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        m.set_param('format', 'flowed')
    return m


def alt(m, plain, html, charset='utf-8', cte='quoted-printable'):
    m.set_content(plain, subtype='plain', charset=charset, cte=cte)
    m.add_alternative(html, subtype='html', charset=charset, cte=cte)
    return m


def attach(m, data, mime, filename, charset=None, cte=None, params=None, inline=False):
    maintype, subtype = mime.split('/')
    disp = 'inline' if inline else 'attachment'
    if isinstance(data, EmailMessage):
        m.add_attachment(data, disposition=disp, filename=filename)
    elif isinstance(data, str):
        if cte is None:
            cte = 'base64' if subtype == 'calendar' else 'quoted-printable'
        m.add_attachment(data, subtype=subtype, charset=charset or 'utf-8',
                         cte=cte, filename=filename,
                         disposition=disp, params=params or {})
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename,
                         disposition=disp, params=params or {})
    return m


def _strip_mime_version(part, is_root):
    if not is_root and 'MIME-Version' in part:
        del part['MIME-Version']
    if part.get_content_type() == 'message/rfc822':
        for sub in part.get_payload():
            _strip_mime_version(sub, True)
    elif part.is_multipart():
        for sub in part.get_payload():
            _strip_mime_version(sub, False)


def finish(m, n):
    """Fix every multipart boundary so a rerun is byte-identical; drop
    MIME-Version from body parts (only message heads carry it)."""
    _strip_mime_version(m, True)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == 'multipart':
            i += 1
            part.set_boundary('----=_NextPart_FV%04d_%02d_%08X' % (n, i, (n * 2654435761 + i * 40503) & 0xFFFFFFFF))
    return m


def to_bytes(m):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=SMTP, mangle_from_=False).flatten(m)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# staff: each person always signs the same way
# ---------------------------------------------------------------------------

STAFF = {
    'oberlaender': ('Katrin Oberländer', 'katrin.oberlaender', """Katrin Oberländer
Leistung Unfall | Accident Claims
Falkenstein Versicherung AG
Auestraße 40, 34117 Kassel
Tel. +49 561 7080-4312"""),
    'reimers': ('Jonas Reimers', 'jonas.reimers', """Jonas Reimers
Teamleiter Leistung Unfall
Falkenstein Versicherung AG · Kassel
Tel. +49 561 7080-4300 · Fax -4399"""),
    'sandmann': ('Dr. med. Ulrike Sandmann', 'ulrike.sandmann', """Dr. med. Ulrike Sandmann
Fachärztin für Orthopädie und Unfallchirurgie
Beratungsärztin | Medical Officer
Falkenstein Versicherung AG"""),
    'aydin': ('Mehmet Aydin', 'mehmet.aydin', """Mit freundlichen Grüßen / Kind regards
Mehmet Aydin
Kfz-Schaden | Motor Claims
Falkenstein Versicherung AG
Tel. +49 561 7080-2217"""),
    'kroeger': ('Sabine Kröger', 'sabine.kroeger', """Sabine Kröger
Schaden Sach (Hausrat / Wohngebäude)
Falkenstein Versicherung AG
Tel. 0561 7080-2540"""),
    'blum': ('Thomas Blum', 'thomas.blum', """--
Thomas Blum | Haftpflicht-Schaden
Falkenstein Versicherung AG | Auestraße 40 | 34117 Kassel
T +49 561 7080-2611"""),
    'vogt': ('Lena Vogt', 'lena.vogt', """Lena Vogt
Rechtsschutz-Leistung
Falkenstein Versicherung AG
Tel. 0561 7080-2790"""),
    'hartwig': ('Daniel Hartwig', 'daniel.hartwig', """Daniel Hartwig
Leistungsbearbeitung Krankenversicherung
Falkenstein Krankenversicherung AG
Tel. 0561 7080-5120"""),
    'lindqvist': ('Petra Lindqvist', 'petra.lindqvist', """Petra Lindqvist
Leben / Berufsunfähigkeit – Leistung
Falkenstein Lebensversicherung AG
Tel. +49 561 7080-6031"""),
    'nussbaum': ('Frank Nussbaum', 'frank.nussbaum', """Frank Nussbaum
Maklerbetreuung Nordhessen / Südniedersachsen
Falkenstein Versicherung AG
Mobil +49 171 5550 8812"""),
    'whitfield': ('Claire Whitfield', 'claire.whitfield', """Claire Whitfield
International Desk – Expat & Cross-Border Clients
Falkenstein Versicherung AG, Kassel, Germany
Phone +49 561 7080-7705"""),
    'brandt': ('Oliver Brandt', 'oliver.brandt', """Oliver Brandt
Leiter Unternehmenskommunikation / Head of Communications
Falkenstein Versicherungsgruppe
Tel. +49 561 7080-1010 · presse@falkenstein-versicherung.example"""),
    'feld': ('Dr. Miriam Feld', 'miriam.feld', """Dr. Miriam Feld
Datenschutzbeauftragte der Falkenstein Versicherungsgruppe
datenschutz@falkenstein-versicherung.example"""),
    'rothe': ('Stefan Rothe', 'stefan.rothe', """Stefan Rothe
IT-Service / Arbeitsplatz & Scan
Falkenstein Versicherung AG
Durchwahl -3344"""),
    'petersen': ('Anja Petersen', 'anja.petersen', """Anja Petersen
Einkauf & Dienstleistersteuerung
Falkenstein Versicherung AG
Tel. 0561 7080-1460"""),
    'jacobi': ('Sven Jacobi', 'sven.jacobi', """Sven Jacobi
Reiseversicherung Schaden | Travel Claims
Falkenstein Versicherung AG
Tel. +49 561 7080-2880"""),
    'keller': ('Yvonne Keller', 'yvonne.keller', """Yvonne Keller
Pflegeversicherung – Leistung
Falkenstein Krankenversicherung AG
Tel. 0561 7080-5360"""),
    'engel': ('Markus Engel', 'markus.engel', """Markus Engel
Firmenkunden & betriebliche Versorgung
Falkenstein Versicherung AG
Tel. 0561 7080-3120"""),
    'wirth': ('Hannah Wirth', 'hannah.wirth', """Hannah Wirth
Kundenservice
Falkenstein Versicherung AG
Tel. 0800 7080 000 (kostenfrei)"""),
    'mayfield': ('Robert Mayfield', 'robert.mayfield', """Robert Mayfield
Reinsurance & Actuarial Analytics
Falkenstein Versicherungsgruppe, Kassel
+49 561 7080-8820"""),
    'scholz': ('Nadine Scholz', 'nadine.scholz', """Nadine Scholz
Personal / HR Business Partner
Falkenstein Versicherungsgruppe
Tel. 0561 7080-1220"""),
    'faehrmann': ('Ingo Fährmann', 'ingo.faehrmann', """Ingo Fährmann
Gewerbe, Transport & Technische Versicherungen
Falkenstein Versicherung AG
Tel. +49 561 7080-3410"""),
    'hollstein': ('Birgit Hollstein', 'birgit.hollstein', """Birgit Hollstein
Antrag & Vertrag Unfall / Kinderunfall
Falkenstein Versicherung AG
Tel. 0561 7080-4150"""),
    'wendt': ('Tobias Wendt', 'tobias.wendt', """Tobias Wendt
Regress & Forderungsmanagement
Falkenstein Versicherung AG
Tel. 0561 7080-2950"""),
    'kaya': ('Selin Kaya', 'selin.kaya', """Selin Kaya
Leistung Unfall | Accident Claims
Falkenstein Versicherung AG
Tel. +49 561 7080-4318"""),
    'baumgart': ('Rainer Baumgart', 'rainer.baumgart', """Rainer Baumgart
Aktuariat Schaden/Unfall
Falkenstein Versicherung AG
Tel. 0561 7080-8110"""),
}


def who(key):
    name, local, _ = STAFF[key]
    if re.search(r'[.,():;<>@\[\]"]', name):
        name = '"%s"' % name
    return '%s <%s@%s>' % (name, local, DOM)


def addr(key):
    return '%s@%s' % (STAFF[key][1], DOM)


def sig(key):
    return STAFF[key][2]


FOOTER_DE = """Falkenstein Versicherung AG · Sitz der Gesellschaft: Kassel · Amtsgericht Kassel HRB 99 214
Vorstand: Dr. Henrike Aumüller (Vors.), Carsten Wollny, Petra Sänger
Vorsitzender des Aufsichtsrats: Prof. Dr. Gernot Ilse
Informationen zum Datenschutz: https://www.falkenstein-versicherung.example/datenschutz"""

FOOTER_LEBEN = """Falkenstein Lebensversicherung AG · Sitz Kassel · Amtsgericht Kassel HRB 99 215
Vorstand: Dr. Henrike Aumüller (Vors.), Jens-Ole Rathke · Aufsichtsrat: Prof. Dr. Gernot Ilse (Vors.)"""

FOOTER_KRANKEN = """Falkenstein Krankenversicherung AG · Sitz Kassel · Amtsgericht Kassel HRB 99 216
Vorstand: Dr. Henrike Aumüller (Vors.), Dr. Malte Osterkamp"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received it in error, please notify
the sender and delete it. Falkenstein Versicherung AG, registered office Kassel,
Germany, Local Court Kassel HRB 99 214."""

DISCLAIMER_DE = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese
Nachricht. Das unerlaubte Kopieren oder Weitergeben ist nicht gestattet."""


# ---------------------------------------------------------------------------
# attachments: ZIP, office documents, PDF (all hand-built, deterministic)
# ---------------------------------------------------------------------------

def zipbytes(members, when_=(2026, 1, 2, 8, 0, 0)):
    """members: list of (name, bytes) or (name, bytes, (y,m,d,H,M,S)); 'mimetype' is stored."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for mem in members:
            name, data = mem[0], mem[1]
            dt = mem[2] if len(mem) > 2 else when_
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16
            zi.create_system = 3
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def x(s):
    return _xesc(str(s), {'"': '&quot;'})


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(title, creator, created, modified=None):
    return (_XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (x(title), x(creator), x(creator), created, modified or created))


def xlsx(sheets, title='', creator='Falkenstein Versicherung AG', created='2026-01-02T08:00:00Z', app='Microsoft Excel'):
    """sheets: list of (name, rows); first row is bold; numbers stay numbers."""
    ct = [_XML, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    wb_sheets, wb_rels, files = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        out = [_XML, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, 1):
            out.append('<row r="%d">' % r)
            for c, val in enumerate(row):
                if val is None or val == '':
                    continue
                ref = '%s%d' % (_col(c), r)
                st = ' s="1"' if r == 1 else ''
                if isinstance(val, (int, float)) and not isinstance(val, bool):
                    out.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(val)))
                else:
                    out.append('<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, st, x(val)))
            out.append('</row>')
        out.append('</sheetData></worksheet>')
        files.append(('xl/worksheets/sheet%d.xml' % i, ''.join(out)))
    ct.append('</Types>')
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    styles = (_XML + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    members = [
        ('[Content_Types].xml', ''.join(ct)),
        ('_rels/.rels', _XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ('docProps/app.xml', _XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>%s</Application></Properties>' % x(app)),
        ('docProps/core.xml', _core(title, creator, created)),
        ('xl/workbook.xml', _XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % ''.join(wb_sheets)),
        ('xl/_rels/workbook.xml.rels', _XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join(wb_rels)),
        ('xl/styles.xml', styles),
    ] + files
    stamp = tuple(int(v) for v in re.findall(r'\d+', created)[:6])
    return zipbytes(members, stamp)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(blocks, title='', creator='Falkenstein Versicherung AG', created='2026-01-02T08:00:00Z'):
    """blocks: str (paragraph), ('h', str) heading, ('b', str) bold paragraph, ('table', rows)."""
    body = []

    def para(t, bold=False, size=None):
        rpr = ''
        if bold or size:
            rpr = '<w:rPr>%s%s</w:rPr>' % ('<w:b/>' if bold else '', '<w:sz w:val="%d"/>' % size if size else '')
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, x(t))
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == 'h':
            body.append(para(b[1], True, 28))
        elif b[0] == 'b':
            body.append(para(b[1], True))
        elif b[0] == 'table':
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '</w:tblBorders></w:tblPr><w:tblGrid>' + '<w:gridCol w:w="%d"/>' % (9000 // ncol) * ncol + '</w:tblGrid>']
            for ri, r in enumerate(rows):
                t.append('<w:tr>')
                for c in list(r) + [''] * (ncol - len(r)):
                    t.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (9000 // ncol, para(str(c), ri == 0)))
                t.append('</w:tr>')
            t.append('</w:tbl>')
            body.append(''.join(t))
            body.append('<w:p/>')
    doc = (_XML + '<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>' % (_W, ''.join(body)))
    members = [
        ('[Content_Types].xml', _XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ('_rels/.rels', _XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ('docProps/app.xml', _XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>'),
        ('docProps/core.xml', _core(title, creator, created)),
        ('word/document.xml', doc),
    ]
    stamp = tuple(int(v) for v in re.findall(r'\d+', created)[:6])
    return zipbytes(members, stamp)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(kind, content_body, title, creator, created):
    mime = 'application/vnd.oasis.opendocument.' + kind
    content = (_XML + '<office:document-content %s office:version="1.2"><office:body>%s</office:body></office:document-content>'
               % (_ODF_NS, content_body))
    meta = (_XML + '<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator><dc:title>%s</dc:title>'
            '<meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date></office:meta></office:document-meta>'
            % (_ODF_NS, x(title), x(creator), x(creator), created.rstrip('Z'), created.rstrip('Z')))
    manifest = (_XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    stamp = tuple(int(v) for v in re.findall(r'\d+', created)[:6])
    return zipbytes([('mimetype', mime), ('META-INF/manifest.xml', manifest),
                     ('content.xml', content), ('meta.xml', meta)], stamp)


def odt(blocks, title='', creator='Falkenstein Versicherung AG', created='2026-01-02T08:00:00Z'):
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<text:p>%s</text:p>' % x(b))
        elif b[0] == 'h':
            body.append('<text:h text:outline-level="1">%s</text:h>' % x(b[1]))
        elif b[0] == 'table':
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = ['<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>' % ncol]
            for r in rows:
                t.append('<table:table-row>' + ''.join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(c)
                    for c in list(r) + [''] * (ncol - len(r))) + '</table:table-row>')
            t.append('</table:table>')
            body.append(''.join(t))
    return _odf('text', '<office:text>%s</office:text>' % ''.join(body), title, creator, created)


def ods(sheets, title='', creator='Falkenstein Versicherung AG', created='2026-01-02T08:00:00Z'):
    out = []
    for name, rows in sheets:
        out.append('<table:table table:name="%s">' % x(name))
        for r in rows:
            cells = []
            for c in r:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (c, c))
                elif c is None or c == '':
                    cells.append('<table:table-cell/>')
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(c))
            out.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
        out.append('</table:table>')
    return _odf('spreadsheet', '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(out), title, creator, created)


def _pdfstr(s):
    b = s.encode('cp1252')
    b = b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
    return b'(' + b + b')'


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    out.append(cur)
    return out


def pdf(lines, title='', author='Falkenstein Versicherung AG', date='20260102080000', producer='Falkenstein DocServer 4.2'):
    """lines: list of str; '# ' starts a bold heading; '' is an empty line.  A4, Helvetica, WinAnsi."""
    items = []
    for ln in lines:
        if ln.startswith('# '):
            items.append(('B', ln[2:]))
        else:
            for w in _wrap(ln, 92):
                items.append(('R', w))
    pages, cur, y = [], [], 790
    for kind, t in items:
        step = 18 if kind == 'B' else 13.5
        if y - step < 60:
            pages.append(cur)
            cur, y = [], 790
        y -= step
        cur.append((kind, t, y))
    pages.append(cur)
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    kids = []
    nxt = 5
    for pi, pg in enumerate(pages):
        ops = [b'BT']
        for kind, t, yy in pg:
            font = b'/F2 12 Tf' if kind == 'B' else b'/F1 10 Tf'
            ops.append(font + b' 1 0 0 1 56 %s Tm ' % ('%.1f' % yy).encode() + _pdfstr(t) + b' Tj')
        ops.append(b'ET')
        ops.append(b'BT /F1 8 Tf 1 0 0 1 500 30 Tm ' + _pdfstr('Seite %d/%d' % (pi + 1, len(pages))) + b' Tj ET')
        raw = b'\n'.join(ops)
        comp = zlib.compress(raw, 9)
        page_id, cont_id = nxt, nxt + 1
        nxt += 2
        objs[cont_id] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp) + comp + b'\nendstream'
        objs[page_id] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> '
                         b'/Contents %d 0 R >>' % cont_id)
        kids.append(page_id)
    objs[2] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % k for k in kids), len(kids))
    info_id = nxt
    objs[info_id] = (b'<< /Title ' + _pdfstr(title) + b' /Author ' + _pdfstr(author) + b' /Producer ' + _pdfstr(producer) +
                     b" /CreationDate (D:%s+01'00') /ModDate (D:%s+01'00') >>" % (date.encode(), date.encode()))
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for i in range(1, info_id + 1):
        offsets[i] = out.tell()
        out.write(b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (info_id + 1))
    for i in range(1, info_id + 1):
        out.write(b'%010d 00000 n \n' % offsets[i])
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (info_id + 1, info_id, xref))
    return out.getvalue()


def ics(body):
    """Calendar text with CRLF line ends (attach() keeps them)."""
    return body.strip('\n').replace('\n', '\r\n') + '\r\n'


MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
MIME_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
MIME_ODT = 'application/vnd.oasis.opendocument.text'
MIME_ODS = 'application/vnd.oasis.opendocument.spreadsheet'

# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = []


def mail(n, label, lang, kind, reason):
    def deco(f):
        MAILS.append((n, label, lang, kind, reason, f))
        return f
    return deco


# ===========================================================================
# MAILS
# Every mail below is written on its own: headers, body, quoted history,
# forwards and the content of every attachment.
# ===========================================================================

@mail(1, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident insurance: invalidity payout for the addressee, partial amputation of right index finger, limb-table calculation, IBAN')
def m001():
    m = msg(1, who('oberlaender'), 'Lukas Brenner <lukas.brenner@mailpost.example>',
            'Ihre Unfallversicherung UV-4471-208831 – Abrechnung der Invaliditätsleistung',
            '2026-01-14 10:12')
    text(m, """Sehr geehrter Herr Brenner,

vielen Dank für Ihre Geduld. Das Gutachten von Herrn Dr. med. Jens Altmann
(Orthopädie und Unfallchirurgie, Kassel) vom 22.12.2025 liegt uns inzwischen
vor, sodass wir die Invaliditätsleistung zu Ihrem Unfall vom 14.03.2025
abschließend berechnen können.

Unfallhergang laut Ihrer Schadenanzeige: Beim Zuschneiden einer Leiste mit der
Tischkreissäge sind Sie mit der rechten Hand abgerutscht. Im Klinikum Waldhausen
wurde das Endglied des rechten Zeigefingers teilamputiert und der Stumpf plastisch
gedeckt (Diagnose S68.1 R).

Der Gutachter stellt eine dauerhafte Beeinträchtigung von 1/2 des
Zeigefingerwertes fest (Restbeweglichkeit im Mittelgelenk, Sensibilitätsstörung
am Stumpf, eingeschränkter Spitzgriff).

Berechnung nach Ihrem Tarif UV Komfort (Bedingungen FV-AUB 2020):

  Zeigefinger lt. Gliedertaxe ............ 10 %
  davon 1/2 ................................ 5 %  Invaliditätsgrad
  Grundsumme ........................ 120.000,00 EUR
  Invaliditätsleistung (5 %) ........... 6.000,00 EUR
  (die Progression greift erst ab 25 %)
  abzüglich Vorschuss vom 09.07.2025 ... -2.000,00 EUR
  ----------------------------------------------
  Auszahlung ........................... 4.000,00 EUR

Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto
DE14 9025 8899 5032 1755 57 (Sparkasse Kassel-Land).

Sie und wir haben das Recht, den Grad der Invalidität jährlich, längstens bis zu
drei Jahren nach dem Unfall, erneut ärztlich bemessen zu lassen. Wenn Sie davon
Gebrauch machen wollen, teilen Sie uns das bitte vor Ablauf der Frist mit.

Schadennummer für Rückfragen: U-2025-001284

Mit freundlichen Grüßen

""" + sig('oberlaender') + """

""" + FOOTER_DE + '\n')
    return m


@mail(2, 'NORMAL', 'de', 'internal',
      'trap: limb table (Gliedertaxe) of the new accident tariff generation as XLSX, product data only, no person')
def m002():
    m = msg(2, who('baumgart'), who('hollstein') + ', ' + who('reimers'),
            'Gliedertaxe UV-Tarifgeneration 2026 – finale Werte zur Abstimmung',
            '2026-01-15 16:48', cc='produktmanagement-unfall@' + DOM)
    text(m, """Hallo Birgit, hallo Jonas,

anbei die finale Fassung der Gliedertaxe für die drei Linien Basis / Komfort /
Premium, so wie sie in die Kalkulation eingeflossen ist. Gegenüber dem Stand
vom Dezember haben wir nur noch zwei Werte geändert:

- Daumen Premium: 30 % statt 28 % (Marktvergleich, siehe Reiter 2)
- Geschmackssinn Komfort: 5 % -> 10 % (Angleichung an Premium)

Die Spalte "AUB-Muster" ist nur zum Vergleich mit den unverbindlichen
Musterbedingungen des Verbandes drin und kommt nicht in die Bedingungen.

Bitte bis Mittwoch Rückmeldung, ob aus Leistungssicht noch etwas gegen die
Werte für "Bein bis unterhalb des Knies" spricht – da hatten wir in der
Bestandsauswertung die meisten Teilwerte (1/7, 2/7 …), die Umrechnung auf die
neue Taxe ist im Leistungssystem bereits vorbereitet.

Viele Grüße
Rainer

""" + sig('baumgart') + '\n', cte='8bit')
    rows = [['Körperteil / Sinnesorgan', 'AUB-Muster', 'UV Basis', 'UV Komfort', 'UV Premium'],
            ['Arm', 70, 70, 75, 80],
            ['Arm bis oberhalb des Ellenbogengelenks', 65, 65, 70, 75],
            ['Arm unterhalb des Ellenbogengelenks', 60, 60, 65, 70],
            ['Hand', 55, 55, 65, 70],
            ['Daumen', 20, 20, 25, 30],
            ['Zeigefinger', 10, 10, 10, 16],
            ['anderer Finger', 5, 5, 7, 10],
            ['Bein über der Mitte des Oberschenkels', 70, 70, 75, 80],
            ['Bein bis zur Mitte des Oberschenkels', 60, 60, 70, 75],
            ['Bein bis unterhalb des Knies', 50, 50, 60, 65],
            ['Bein bis zur Mitte des Unterschenkels', 45, 45, 55, 60],
            ['Fuß', 40, 40, 50, 55],
            ['große Zehe', 5, 5, 8, 10],
            ['andere Zehe', 2, 2, 3, 5],
            ['Auge', 50, 50, 55, 60],
            ['Gehör auf einem Ohr', 30, 30, 35, 45],
            ['Geruchssinn', 10, 10, 15, 20],
            ['Geschmackssinn', 5, 5, 10, 10]]
    comp = [['Anbieter (anonymisiert)', 'Daumen', 'Hand', 'Auge', 'Quelle'],
            ['Wettbewerber A', 25, 65, 55, 'Bedingungen 01/2025'],
            ['Wettbewerber B', 30, 70, 60, 'Bedingungen 07/2025'],
            ['Wettbewerber C', 28, 70, 60, 'Vergleichsportal, Stand 11/2025'],
            ['Wettbewerber D', 20, 55, 50, 'Musterbedingungen']]
    attach(m, xlsx([('Gliedertaxe', rows), ('Marktvergleich', comp)], title='Gliedertaxe UV 2026',
                    creator='Rainer Baumgart', created='2026-01-15T15:30:00Z'),
           MIME_XLSX, 'Gliedertaxe_UV2026_final.xlsx')
    return m


@mail(3, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor: claim acknowledgement for a named customer with plate and claim number; explicitly nobody hurt')
def m003():
    m = msg(3, who('aydin'), 'Jana Wolff <jana.wolff@postfach24.example>',
            'Ihr Kfz-Haftpflichtschaden KH-26-0031877 – Eingangsbestätigung',
            '2026-01-16 08:03')
    text(m, """Sehr geehrte Frau Wolff,

Ihre Schadenmeldung vom 15.01.2026 ist bei uns eingegangen. Wir haben den
Vorgang unter der Schadennummer KH-26-0031877 angelegt.

Nach Ihrer Schilderung sind Sie beim Ausparken auf dem Parkplatz des
Einkaufszentrums Fuldaaue mit Ihrem VW Polo (amtl. Kennzeichen KS-JW 412) gegen
den geparkten Skoda Octavia von Herrn Malte Grünewald gestoßen. Verletzt wurde
niemand, es ist nur Blechschaden entstanden.

Wir setzen uns jetzt direkt mit Herrn Grünewald in Verbindung und regulieren
den Schaden an seinem Fahrzeug. Sie müssen nichts weiter tun. Bitte
verhandeln Sie nicht selbst mit der Gegenseite und geben Sie kein
Schuldanerkenntnis ab.

Ihr Vertrag: KF-3318-902214 (Kfz-Haftpflicht und Teilkasko)
Hinweis: Der Schaden wirkt sich voraussichtlich auf Ihren
Schadenfreiheitsrabatt aus. Sie können den Schaden innerhalb von sechs
Monaten nach Abschluss selbst erstatten und so die Rückstufung vermeiden – wir
schreiben Sie dazu an.

""" + sig('aydin') + """

""" + FOOTER_DE + '\n', cte='8bit')
    return m


@mail(4, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
      'expat health: guarantee of payment for a named insured with birth date, distal radius fracture S52.5 and surgery')
def m004():
    m = msg(4, who('whitfield'), 'Admissions Office <admisiones@clinica-costablanca.example>',
            'Guarantee of payment – Mr Peter Hanley – policy FKV-INT-339104',
            '2026-01-21 15:37', cc='International Desk <international@' + DOM + '>')
    text(m, """Dear colleagues,

further to your call this afternoon, Falkenstein Krankenversicherung AG
confirms cover for the following in-patient treatment:

  Patient:        Mr Peter HANLEY
  Date of birth:  11/02/1979
  Policy:         FKV-INT-339104 (Expat Health Comfort, worldwide excl. USA)
  Admission:      21 January 2026, via your emergency department
  Diagnosis:      closed distal radius fracture, left (S52.5), after a fall
                  on a wet staircase
  Procedure:      open reduction and internal fixation (volar plate)

We guarantee payment of medically necessary costs up to EUR 9,500.00 for
this stay (surgery, anaesthesia, ward, implants, imaging). A semi-private
room is covered; please bill any single-room supplement to the patient.

Please send the itemised invoice, the operation report and the discharge
summary (English or Spanish is fine) to international@falkenstein-versicherung.example
quoting our reference INT-26-00412. If the length of stay exceeds three
nights or a second procedure becomes necessary, please contact us first.

Kind regards

""" + sig('whitfield') + """

""" + DISCLAIMER_EN + '\n')
    return m


@mail(5, 'NORMAL', 'en', 'newsletter',
      'trap: broker newsletter on the new accident range (progression, hospital daily allowance, limb table) in HTML table, no person')
def m005():
    m = msg(5, 'Falkenstein Broker Briefing <newsletter@' + DOM + '>',
            'broker-briefing-en@lists.' + DOM,
            'Broker Briefing 02/2026: the new accident range is live',
            '2026-02-03 07:30',
            headers=[('List-Unsubscribe', '<https://www.falkenstein-versicherung.example/newsletter/abmelden?l=bb-en>'),
                     ('Precedence', 'bulk')])
    plain = """BROKER BRIEFING 02/2026

The new accident range "UnfallSchutz 2026" is live

From 1 February 2026 you can quote our new personal accident tariffs in the
broker portal. What changes for your clients:

                              Basis     Komfort     Premium
  Progression (max.)          225 %     350 %       500 %
  Hospital daily allowance    optional  EUR 30      EUR 50
  Recovery allowance          -         EUR 30      EUR 50
  Thumb (limb table)          20 %      25 %        30 %
  Hand (limb table)           55 %      65 %        70 %
  Cosmetic surgery            5,000     15,000      30,000
  Rescue costs                5,000     15,000      30,000

Also new: the children's tariff "Kinder-Unfall Plus" now covers
invalidity from 1 % and pays the school-accident lump sum in addition to
the statutory school insurance.

Webinar for brokers: 17 February 2026, 10:00-11:00 CET. Registration in
the broker portal under Events.

Falkenstein Versicherung AG, Auestrasse 40, 34117 Kassel
Unsubscribe: https://www.falkenstein-versicherung.example/newsletter/abmelden?l=bb-en
"""
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Broker Briefing 02/2026</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b36">
<p style="font-size:11px;color:#778">BROKER BRIEFING 02/2026</p>
<h1 style="color:#0b5d7a">The new accident range is live</h1>
<p>From 1 February 2026 you can quote our new personal accident tariffs
<b>UnfallSchutz 2026</b> in the broker portal. What changes for your clients:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#0b5d7a;color:#fff"><th></th><th>Basis</th><th>Komfort</th><th>Premium</th></tr>
<tr><td>Progression (max.)</td><td>225&nbsp;%</td><td>350&nbsp;%</td><td>500&nbsp;%</td></tr>
<tr><td>Hospital daily allowance</td><td>optional</td><td>EUR&nbsp;30</td><td>EUR&nbsp;50</td></tr>
<tr><td>Recovery allowance</td><td>&ndash;</td><td>EUR&nbsp;30</td><td>EUR&nbsp;50</td></tr>
<tr><td>Thumb (limb table)</td><td>20&nbsp;%</td><td>25&nbsp;%</td><td>30&nbsp;%</td></tr>
<tr><td>Hand (limb table)</td><td>55&nbsp;%</td><td>65&nbsp;%</td><td>70&nbsp;%</td></tr>
<tr><td>Cosmetic surgery</td><td>5,000</td><td>15,000</td><td>30,000</td></tr>
<tr><td>Rescue costs</td><td>5,000</td><td>15,000</td><td>30,000</td></tr>
</table>
<p>Also new: the children's tariff <b>Kinder-Unfall Plus</b> now covers invalidity
from 1&nbsp;% and pays the school-accident lump sum in addition to the statutory
school insurance.</p>
<p><a href="https://makler.falkenstein-versicherung.example/events">Webinar for brokers: 17 February 2026, 10:00&ndash;11:00 CET</a></p>
<hr><p style="font-size:11px;color:#778">Falkenstein Versicherung AG, Auestra&szlig;e 40, 34117 Kassel &middot;
<a href="https://www.falkenstein-versicherung.example/newsletter/abmelden?l=bb-en">Unsubscribe</a></p>
</body></html>
"""
    alt(m, plain, html)
    return m


@mail(6, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      "children's accident: request for a medical report on a named girl with birth date after a school sports accident; details in the PDF")
def m006():
    m = msg(6, who('kaya'), '"Praxis Dr. med. Sophie Hellweg" <praxis@kinderarzt-hellweg.example>',
            'Anforderung Arztbericht – Ihre Patientin Mia Schröder, geb. 03.05.2016',
            '2026-02-05 11:20')
    text(m, """Sehr geehrte Frau Dr. Hellweg,

die Eltern Ihrer Patientin Mia Schröder (geb. 03.05.2016) haben bei uns aus
der Kinderunfallversicherung einen Unfall vom 27.01.2026 gemeldet: Sturz vom
Barren im Sportunterricht der Grundschule am Lindenweg, Verletzung am linken
Ellenbogen.

Für die Leistungsprüfung bitten wir Sie um einen kurzen ärztlichen Bericht.
Die Fragen finden Sie im beigefügten Formular. Eine
Schweigepflichtentbindungserklärung beider Sorgeberechtigten liegt uns vor;
eine Kopie senden wir Ihnen gerne zu.

Ihr Honorar vergüten wir nach GOÄ Nr. 75 zuzüglich Porto. Bitte geben Sie auf
der Rechnung unsere Schadennummer U-2026-000588 an.

Mit freundlichen Grüßen

""" + sig('kaya') + '\n')
    attach(m, pdf([
        '# Falkenstein Versicherung AG - Leistung Unfall',
        'Auestraße 40, 34117 Kassel',
        '',
        '# Anforderung eines ärztlichen Berichts (Kinderunfallversicherung)',
        'Schadennummer: U-2026-000588        Vertrag: KU-4471-088120',
        'Versicherte Person: Mia Schröder, geb. 03.05.2016',
        'Anschrift: Am Steinbruch 7, 34346 Hann. Münden',
        'Versicherungsnehmer: Katharina Schröder (Mutter)',
        'Unfalltag: 27.01.2026, ca. 10:40 Uhr, Schulsport (Geräteturnen)',
        'Schilderung der Eltern: beim Abgang vom Barren auf den ausgestreckten linken Arm gefallen,',
        'Schwellung und Schmerzen am Ellenbogen, am selben Tag in Ihrer Praxis vorgestellt,',
        'anschließend Röntgen in der Kinderchirurgie des Klinikums Waldhausen.',
        '',
        '# Bitte beantworten Sie folgende Fragen:',
        '1. Welche Verletzungen wurden festgestellt (Diagnose, möglichst mit ICD-10)?',
        '2. Welche Behandlung wurde durchgeführt (Ruhigstellung, Operation, Dauer)?',
        '3. War ein stationärer Aufenthalt erforderlich? Wenn ja, von wann bis wann?',
        '4. Bestanden vor dem Unfall Erkrankungen oder Gebrechen am verletzten Arm?',
        '5. Ist mit einer dauerhaften Beeinträchtigung zu rechnen? Wann ist ein Endzustand zu erwarten?',
        '6. Wer behandelt weiter (Name und Anschrift)?',
        '',
        'Honorar: GOÄ Nr. 75 (ausführlicher Befundbericht) zzgl. Schreibgebühr und Porto.',
        'Bitte Rechnung mit Schadennummer an: Falkenstein Versicherung AG, Leistung Unfall, 34117 Kassel',
        '',
        'Sachbearbeitung: Selin Kaya, Tel. +49 561 7080-4318',
    ], title='Anforderung Arztbericht U-2026-000588', author='Selin Kaya', date='20260205111500'),
        'application/pdf', 'Anforderung_Arztbericht_U-2026-000588.pdf')
    return m


@mail(7, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'household contents burglary claim of named customers: address, stolen items, settlement amount, IBAN')
def m007():
    m = msg(7, who('kroeger'), 'Ewa Nowak <ewa.nowak@web-mail.example>',
            'Hausratversicherung HR-5520-114893 – Ihr Einbruchschaden vom 02.02.2026',
            '2026-02-18 13:55', cc='Tomasz Nowak <t.nowak@web-mail.example>')
    text(m, """Sehr geehrte Frau Nowak, sehr geehrter Herr Nowak,

wir haben Ihren Einbruchschaden in der Wohnung Friedrich-Ebert-Straße 118,
34119 Kassel, geprüft. Grundlage sind die Stehlgutliste, die Sie am 05.02.
eingereicht haben, und die Bescheinigung der Polizeistation Kassel-West
(Tagebuchnummer 0211/26/0458).

Wir ersetzen den Neuwert der entwendeten Sachen:

  Notebook Lenovo ThinkPad (Kaufbeleg 2024)          1.149,00 EUR
  Spiegelreflexkamera mit 2 Objektiven               1.380,00 EUR
  Goldkette und zwei Ringe (Wertsachen, Grenze ok)     960,00 EUR
  Bargeld (Entschädigungsgrenze 1.000 EUR)             250,00 EUR
  Reparatur Wohnungstür (Schloss, Zarge)               412,00 EUR
  Summe                                              4.151,00 EUR
  abzgl. Selbstbeteiligung                            -150,00 EUR
  Entschädigung                                      4.001,00 EUR

Die Zahlung geht heute an Ihr Konto DE81 6237 5146 2230 7318 22.
Sollten die gestohlenen Sachen wieder auftauchen, melden Sie das bitte sofort.

Schadennummer: HR-S-2026-11042

Freundliche Grüße

""" + sig('kroeger') + """

""" + FOOTER_DE + '\n')
    return m


@mail(8, 'NORMAL', 'de', 'internal',
      'trap: out-of-office of the medical officer; subject asks about rotator cuff and degenerative contribution, no person or case')
def m008():
    m = msg(8, who('sandmann'), who('reimers'),
            'Abwesend: AW: Rotatorenmanschette – Mitwirkung degenerativer Veränderungen?',
            '2026-02-16 08:01',
            irt='<20260216075412.FV0061@exch02.' + DOM + '>',
            headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    text(m, """Vielen Dank für Ihre Nachricht.

Ich bin vom 16.02. bis einschließlich 27.02.2026 nicht im Haus und lese meine
E-Mails in dieser Zeit nicht.

Beratungsärztliche Anfragen (Invaliditätsbemessung, Gutachtenprüfung,
Plausibilität von Arztrechnungen) übernimmt in dieser Zeit
Herr Dr. med. Rolf Anders, Tel. -4390, rolf.anders@falkenstein-versicherung.example.

Eilige Fälle der Krankenversicherung bitte an beratungsarzt-kv@falkenstein-versicherung.example.

Ulrike Sandmann
""", charset='iso-8859-1')
    return m


@mail(9, 'STRICTLY_CONFIDENTIAL', 'de', 'customer',
      "children's accident: forwarded mother's mail, son (named, age) broke forearm at football training, surgery, 3 nights in hospital, asks for hospital daily allowance")
def m009():
    m = msg(9, who('wirth'), 'Team Leistung Unfall <leistung-unfall@' + DOM + '>',
            'WG: Unfall von meinem Sohn beim Fußball',
            '2026-02-09 09:26')
    text(m, """Hallo zusammen,

bitte übernehmen – Frau Demir hat über das Kontaktformular geschrieben,
Vertrag ist die Familien-Unfallversicherung UV-4471-310552 (VN Aylin Demir,
mitversichert Sohn Emre). Unfallanzeige habe ich ihr per Post geschickt.

Danke & Gruß
Hannah

-------- Weitergeleitete Nachricht --------
Betreff: Unfall von meinem Sohn beim Fußball
Datum: Sun, 8 Feb 2026 21:47:13 +0100
Von: Aylin Demir <aylin.demir@webpost.example>
An: service@falkenstein-versicherung.example

Hallo,

mein sohn Emre (9) hat sich am samstag beim fussbaltraining vom TSV
Eichenberg den arm gebrochen, Unterarm links beide knochen. er wurde noch am
selben abend im Klinikum Waldhausen operiert (mit drähten) und war 3 nächte
im krankenhaus, heute morgen durften wir nach hause.
Bekommen wir da das krankenhaustagegeld aus unserer versicherung? und was
brauchen sie von uns? die unfallanzeige hab ich auf ihrer seite nich
gefunden, das formular geht auf dem handy nicht auf.

der Trainer sagt der verein hat auch eine versicherung, müssen wir da auch
was machen??

Vielen dank und liebe grüße
Aylin Demir
Tel 0176 5550 3318

""" + sig('wirth') + '\n', cte='8bit')
    return m


@mail(10, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: quarterly accident bordereau to the reinsurer with aggregates only (counts, average invalidity degree), CSV attached')
def m010():
    m = msg(10, who('mayfield'), 'Treaty Accounting <treaty.accounting@natlantic-re.example>',
            'PA quota share 2025 – Q4 bordereau (aggregated)',
            '2026-02-10 17:05', cc='Hannes Brook <h.brook@natlantic-re.example>')
    text(m, """Dear Hannes, dear treaty accounting team,

please find attached the Q4 2025 bordereau for the personal accident quota
share (treaty ref. NAR-PA-QS-2025-07). As agreed in clause 14.2 it contains
aggregated figures per product line only; individual claims are not listed.

Headlines for the quarter:
- 1,912 new claims notified (Q4 2024: 1,847)
- 214 invalidity claims settled, average degree 11.3 %
- two claims above the large-loss threshold of EUR 250k, already reported
  separately under the large-loss protocol in November and December
- hospital daily allowance frequency back to pre-2024 level

The cash call for the December large loss is included in the account.

Best regards
Robert

""" + sig('mayfield') + """

""" + DISCLAIMER_EN + '\n', charset='us-ascii', cte='7bit')
    csv = """quarter;product_line;policies_in_force;claims_notified;invalidity_settled;avg_invalidity_degree_pct;hospital_daily_allowance_claims;paid_eur;reserve_eur
2025Q4;UV Basis;48210;611;58;9.8;142;1804220.50;2933100.00
2025Q4;UV Komfort;61877;866;103;11.9;251;4412980.10;6120400.00
2025Q4;UV Premium;12044;203;31;13.4;77;2290115.00;3877250.00
2025Q4;Kinder-Unfall;29530;232;22;8.1;49;498330.00;1102500.00
2025Q4;Gruppen-Unfall;3312;0;0;;0;0.00;0.00
2025Q4;TOTAL;154973;1912;214;11.3;519;9005645.60;14033250.00
"""
    attach(m, csv, 'text/csv', 'NAR-PA-QS-2025-07_bordereau_2025Q4.csv', charset='us-ascii', cte='7bit')
    return m


@mail(11, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'travel cancellation for a named customer because of job loss (no health content), booking data, refund to IBAN')
def m011():
    m = msg(11, who('jacobi'), 'Fiona Gallagher <fiona.gallagher@eirmail.example>',
            'Your trip cancellation claim RR-26-004471',
            '2026-02-11 14:40')
    text(m, """Dear Ms Gallagher,

thank you for sending the termination letter from your employer and the
cancellation invoice from the tour operator.

Your trip cancellation insurance (policy RV-7730-118265) covers the
cancellation because your employment was terminated by the employer for
operational reasons after you had booked the trip. We have therefore
accepted your claim:

  Booking:            Lisbon city break, 14-19 March 2026, 2 persons
  Booking reference:  LX-88231-F
  Cancellation fee:   EUR 1,434.00 (80 % of the travel price)
  Deductible:         EUR 150.00
  Refund:             EUR 1,284.00

We will transfer the refund to the account you gave us,
IE35 AIBK 2027 8445 8371 31 (account holder Fiona Gallagher), within five
working days.

Good luck with the new job search.

Kind regards

""" + sig('jacobi') + """

""" + DISCLAIMER_EN + '\n', charset='us-ascii', cte='7bit')
    return m


@mail(12, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-assessor',
      'accident: order for a three-year invalidity reassessment; body gives only claim number, the DOCX names the insured, birth date, tibial plateau fracture and prior assessment')
def m012():
    m = msg(12, who('reimers'), 'Auftragsannahme MedExpert <auftrag@medexpert-nordhessen.example>',
            'Gutachtenauftrag Neubemessung – unser Zeichen U-2023-001175',
            '2026-02-12 10:44')
    text(m, """Sehr geehrte Damen und Herren,

anbei unser Auftrag für ein fachorthopädisches Nachuntersuchungsgutachten
(Neubemessung nach drei Jahren). Die Vorgutachten und Befunde stellen wir
Ihnen wie üblich über das Gutachterportal bereit; die Freigabe erfolgt
heute Nachmittag.

Bitte bestätigen Sie kurz den Eingang und nennen Sie uns den
Untersuchungstermin, damit wir die versicherte Person informieren können.
Die Frist zur Neubemessung läuft am 04.04.2026 ab.

Mit freundlichen Grüßen

""" + sig('reimers') + '\n')
    attach(m, docx([
        ('h', 'Gutachtenauftrag – Neubemessung der Invalidität'),
        'Falkenstein Versicherung AG, Leistung Unfall, Auestraße 40, 34117 Kassel',
        ('table', [['Angabe', 'Inhalt'],
                   ['Schadennummer', 'U-2023-001175'],
                   ['Vertrag', 'UV-4471-150907 (UV Komfort, Grundsumme 150.000 EUR, Progression 350 %)'],
                   ['Versicherte Person', 'Wilfried Janssen, geb. 19.08.1961'],
                   ['Anschrift', 'Lindenallee 23, 37213 Witzenhausen'],
                   ['Unfalltag', '04.04.2023 – Sturz von der Leiter beim Obstbaumschnitt'],
                   ['Diagnosen', 'Tibiakopffraktur links (S82.1 L), operativ versorgt (Plattenosteosynthese); posttraumatische Gonarthrose beginnend'],
                   ['Erstbemessung', 'Gutachten Dr. Altmann vom 12.03.2024: 3/10 Beinwert; Vorschaden rechts ohne Bedeutung'],
                   ['Neubemessung verlangt', 'vom Versicherten mit Schreiben vom 20.01.2026']]),
        ('b', 'Fragen an den Gutachter'),
        '1. Welche unfallbedingten Funktionsbeeinträchtigungen bestehen heute am linken Bein (Bewegungsmaße nach Neutral-Null-Methode, Umfangmaße, Gangbild)?',
        '2. Wie hoch ist die Beeinträchtigung nach der Gliedertaxe (Bruchteil des Beinwertes)?',
        '3. Haben Krankheiten oder Gebrechen (z. B. degenerative Veränderungen) an den Unfallfolgen mitgewirkt? Wenn ja, zu welchem Anteil?',
        '4. Hat sich der Zustand gegenüber dem Vorgutachten verändert?',
        'Honorar: Pauschale lt. Rahmenvereinbarung 2025 (Kategorie B, 780 EUR zzgl. Röntgen nach GOÄ).',
        'Kassel, 12.02.2026 – Jonas Reimers, Teamleiter Leistung Unfall',
    ], title='Gutachtenauftrag U-2023-001175', creator='Jonas Reimers', created='2026-02-12T09:30:00Z'),
        MIME_DOCX, 'Gutachtenauftrag_U-2023-001175.docx')
    return m


@mail(13, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: order to destroy archive boxes of medical reports and expert opinions, no person or case named')
def m013():
    m = msg(13, who('petersen'), 'Auftragsannahme Mertens <auftrag@mertens-entsorgung.example>',
            'Abruf Aktenvernichtung März 2026 – Leistungsarchiv Unfall/Kranken',
            '2026-02-13 09:15')
    text(m, """Guten Morgen Herr Mertens,

hiermit rufen wir aus dem Rahmenvertrag RV-2024-0173 (inkl. AV-Vertrag nach
Art. 28 DSGVO) folgende Leistung ab:

- Abholung von 40 verschlossenen Sicherheitsbehältern à 240 l
- Inhalt: Papierakten der Leistungsabteilungen Unfall und Kranken, deren
  Aufbewahrungsfrist abgelaufen ist (Arztberichte, Gutachten, Rechnungen,
  Krankenhausentlassungsberichte) – Schutzklasse 3
- Vernichtung nach DIN 66399 Sicherheitsstufe P-4, bitte nicht im
  Sammeltransport mit anderen Kunden
- Abholort: Archiv Auestraße 40, Rampe 2, Ansprechpartner vor Ort Herr Diehl
- Wunschtermin: Dienstag, 03.03.2026, ab 7:30 Uhr

Das Vernichtungsprotokoll brauchen wir wieder je Behälter mit Plombennummer.

Danke und viele Grüße

""" + sig('petersen') + '\n', cte='8bit')
    return m


@mail(14, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      'buildings insurance: broker receives named customers, insured address, policy number, sum insured and premium')
def m014():
    m = msg(14, who('nussbaum'), 'Jörg Pieper <j.pieper@weserbergland-makler.example>',
            'AW: Kuhlmann, Wohngebäude – Bestandsdaten für Ihr Umdeckungsangebot',
            '2026-02-16 12:31',
            irt='<a1c7f2e0-44d1-4b2b-9f3e-7d1c9a0e2b61@weserbergland-makler.example>')
    text(m, """Hallo Herr Pieper,

hier die gewünschten Daten zum Vertrag Ihrer Kunden Heinz und Marlies
Kuhlmann (Maklervollmacht liegt uns seit 01/2026 vor):

Vertrag:            WG-2210-557301
Risikoort:          Am Mühlengraben 4, 37603 Holzminden
Gebäude:            Zweifamilienhaus, Bj. 1974, Massivbau, Ölheizung
Vers.-Summe:        Wert 1914: 38.400 M (gleitender Neuwert)
Gefahren:           Feuer, Leitungswasser, Sturm/Hagel – KEINE Elementargefahren
Jahresbeitrag:      1.134,60 EUR inkl. VSt., Zahlweise jährlich
Vorschäden:         1 Leitungswasserschaden 2023 (Regulierung 6.820 EUR)

Wegen der Lage am Mühlengraben (ZÜRS-Zone 3) würde ich Elementar dringend
mit anbieten, sonst haben wir im nächsten Hochwasser wieder die Diskussion.

Beste Grüße aus Kassel
Frank Nussbaum

> Hallo Herr Nussbaum, können Sie mir für meine Kunden Kuhlmann die
> aktuellen Vertragsdaten Wohngebäude schicken? Ich will die Deckung
> neu aufstellen. Danke, J. Pieper

""" + sig('nussbaum') + '\n')
    return m


@mail(15, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'life insurance of a named customer: change of revocable beneficiary confirmed (personal line, no medical data)')
def m015():
    m = msg(15, who('lindqvist'), 'David Okafor <d.okafor@kabelpost.example>',
            'Your life insurance LV-0097-4410-2 – change of beneficiary confirmed',
            '2026-02-17 11:02')
    text(m, """Dear Mr Okafor,

thank you for your signed form of 9 February 2026. We have changed the
beneficiary designation of your term life insurance LV-0097-4410-2
(sum insured EUR 250,000, term until 01/12/2049) as follows, with effect
from receipt of your form:

  Beneficiary in case of death (revocable):
  Ms Leonie Hartmann, born 27/07/1990, 100 %

The previous designation in favour of Ms Grace Okafor has been cancelled.
Please note that the designation remains revocable; you can change it again
at any time in writing.

Your updated policy schedule will follow by post. If anything is not
correct, please let us know within four weeks.

Kind regards

""" + sig('lindqvist') + """

""" + FOOTER_LEBEN + '\n')
    return m


@mail(16, 'NORMAL', 'de', 'internal',
      'trap: training invitation on invalidity assessment with anonymised case vignettes (no names, age bands only) and ICS')
def m016():
    m = msg(16, who('reimers'), 'Team Leistung Unfall <leistung-unfall@' + DOM + '>',
            'Schulung Invaliditätsbemessung am 26.02. – Fallbeispiele vorab',
            '2026-02-18 15:12', cc=who('sandmann'))
    text(m, """Hallo zusammen,

wie angekündigt machen wir am Donnerstag, 26.02., die Auffrischung zur
Invaliditätsbemessung mit Frau Dr. Sandmann. Bitte schaut euch die drei
Fälle vorher an – alle anonymisiert, aus Altbeständen und leicht
verfremdet:

Fall A: Handwerker, 40–50 J., Kreissägenverletzung, Verlust des
Daumenendglieds, Restbeweglichkeit Grundgelenk 50 %. Frage: Daumenwert
oder Handwert? Wie wird der Teilverlust angesetzt?

Fall B: Schülerin, 10–15 J., Sturz beim Schulsport, suprakondyläre
Humerusfraktur, nach einem Jahr noch Streckdefizit 20°. Frage:
Neubemessung bei Kindern – welche Frist gilt bei uns (5 Jahre)?

Fall C: Rentner, über 70 J., Sturz auf Glatteis, Schenkelhalsfraktur,
vorbestehende Coxarthrose. Frage: Mitwirkung von Krankheiten – ab welchem
Anteil kürzen wir, und wie wird das im Schreiben begründet?

Bringt gern eigene Fragen mit. Die Einladung hängt an.

Jonas

""" + sig('reimers') + '\n', cte='8bit', flowed=True)
    attach(m, ics("""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000090F1D2A6C8A0DC01000000000000000010000000B1
DTSTAMP:20260218T141200Z
DTSTART;TZID=W. Europe Standard Time:20260226T130000
DTEND;TZID=W. Europe Standard Time:20260226T150000
SUMMARY:Schulung Invaliditätsbemessung (Gliedertaxe\\, Mitwirkung\\, Neubemessung)
LOCATION:Besprechungsraum 4.12 / Teams
ORGANIZER;CN=Jonas Reimers:mailto:jonas.reimers@falkenstein-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Team Leistung Unfall:mailto:leistung-unfall@falkenstein-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Dr. med. Ulrike Sandmann:mailto:ulrike.sandmann@falkenstein-versicherung.example
DESCRIPTION:Fallbeispiele siehe Mail vom 18.02.
END:VEVENT
END:VCALENDAR"""), 'text/calendar', 'invite.ics', charset='utf-8', params={'method': 'REQUEST'})
    return m


@mail(17, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
      "occupational pension (direct insurance, a life line): employer's HR gets new enrolments with employees' names, birth dates, salary conversion amounts and a parental-leave premium holiday")
def m017():
    m = msg(17, who('engel'), 'Simone Barth <personal@nhk-kaeltetechnik.example>',
            'Direktversicherung – Anmeldungen und Änderungen zum 01.04.2026',
            '2026-03-04 14:26')
    text(m, """Sehr geehrte Frau Barth,

vielen Dank für die Meldungen. Wir haben zum 01.04.2026 für Ihre
Mitarbeitenden Folgendes umgesetzt (Gruppenvertrag GV-bAV-2019-0447,
Direktversicherung nach § 3 Nr. 63 EStG):

Neuanmeldungen (Entgeltumwandlung, Arbeitgeberzuschuss 15 %):
  Kai Oppermann, geb. 14.02.1996     150,00 EUR mtl. + 22,50 EUR AG
      -> Versicherungsschein LV-DV-0447-0131
  Natalia Wrobel, geb. 30.09.1989    248,00 EUR mtl. + 37,20 EUR AG
      -> Versicherungsschein LV-DV-0447-0132

Änderung:
  Timo Lenhardt, geb. 05.05.1991, LV-DV-0447-0087
      Beitragsfreistellung ab 01.04.2026 bis 31.03.2027 wegen Elternzeit;
      danach Wiederinkraftsetzung ohne erneute Gesundheitsprüfung

Bitte berücksichtigen Sie die neuen Beträge in der Entgeltabrechnung
April. Die Versicherungsscheine gehen den Mitarbeitenden direkt per Post
zu.

Mit freundlichen Grüßen

""" + sig('engel') + """

""" + FOOTER_LEBEN + '\n', charset='windows-1252')
    return m


@mail(18, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      "legal expenses: cover for a named customer's unfair-dismissal suit, employer named, monthly gross salary")
def m018():
    m = msg(18, who('vogt'), 'Sandra Pohl <sandra.pohl@mailpost.example>',
            'Deckungszusage Arbeitsrechtsschutz – RS-2026-00917',
            '2026-02-19 10:08')
    text(m, """Sehr geehrte Frau Pohl,

zu Ihrer Rechtsschutzversicherung RS-6610-204477 (Privat-, Berufs- und
Verkehrsrechtsschutz) bestätigen wir Versicherungsschutz für folgende
Angelegenheit:

  Gegner:       Brückner Logistik GmbH & Co. KG, Kaufungen
  Gegenstand:   Kündigungsschutzklage gegen die ordentliche Kündigung vom
                29.01.2026
  Instanz:      1. Instanz Arbeitsgericht Kassel
  Gegenstandswert (vorläufig): 3 Bruttomonatsgehälter à 3.850,00 EUR
                = 11.550,00 EUR
  Rechtsanwalt: Kanzlei Reuter Lamprecht, RAin Dr. Nele Lamprecht

Ihre Selbstbeteiligung beträgt 250 EUR. Bitte beachten Sie: In der ersten
Instanz trägt im Arbeitsrecht jede Partei ihre Anwaltskosten selbst; diese
Kosten übernehmen wir im Rahmen der gesetzlichen Gebühren.

Die Kanzlei erhält eine Kopie dieser Zusage.

Mit freundlichen Grüßen

""" + sig('vogt') + """

""" + FOOTER_DE + '\n')
    return m


@mail(19, 'NORMAL', 'en', 'insurer-to-press',
      'trap: press release with aggregated child and school accident statistics and helmet advice, no individual')
def m019():
    m = msg(19, who('brandt'), 'Undisclosed recipients:;',
            'Press release: Children get hurt at home more often than at school',
            '2026-02-24 09:00')
    text(m, """PRESS RELEASE – for immediate release

Children get hurt at home more often than at school
Falkenstein evaluates 29,000 children's accident policies

Kassel, 24 February 2026. Almost half of all accidents reported under
children's accident policies at Falkenstein Versicherung in 2025 happened
at home or in the garden (46 %). Sport and play outside school accounted
for 27 %, school and kindergarten for 15 %, and road traffic for 12 %.

The most frequent injuries were fractures of the forearm and wrist,
followed by head injuries and dental injuries. Children between 6 and 10
years were affected most often. In 2025 the insurer paid out EUR 2.1
million in invalidity benefits under children's policies; the average
invalidity degree was 8 %.

"Statutory school insurance only covers the way to school, lessons and
school events," says Dr. Henrike Aumüller, CEO of Falkenstein
Versicherung. "Most children's accidents happen in leisure time, where
only private cover helps." Falkenstein recommends helmets for cycling,
scooters and skating: among children with head injuries after bicycle
falls, only one in three had worn a helmet.

Methodology: evaluation of 2,480 accidents reported in 2025 from 29,530
children's accident policies; figures rounded. No individual data were
passed on.

Press contact:
""" + sig('brandt') + '\n', charset='utf-8', cte='8bit')
    return m


@mail(20, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      "accident: medical officer's internal opinion on a named insured's knee (cruciate ligament plasty, osteoarthritis M17.1) with contribution of illness and limb-table value")
def m020():
    m = msg(20, who('sandmann'), who('oberlaender'),
            'Beratungsärztliche Stellungnahme U-2025-003390 (Rademacher)',
            '2026-02-13 13:40', cc=who('reimers'))
    text(m, """Liebe Frau Oberländer,

zum Gutachten Dr. Altmann vom 30.01.2026 im Fall Rademacher, Kai-Uwe
(geb. 02.11.1968), Schaden U-2025-003390, meine Stellungnahme:

1. Unfallfolgen: Z. n. vorderer Kreuzbandruptur links (S83.53 L) beim
   Skifahren am 08.02.2025, VKB-Plastik (Semitendinosus) am 20.02.2025,
   Innenmeniskus-Teilresektion. Heute Beweglichkeit Ex/Flex 0-5-115
   (rechts 0-0-140), leichte Instabilität (Lachman 1+), Muskelminderung
   Oberschenkel 2 cm.

2. Vorschaden: Röntgen und MRT zeigen eine Gonarthrose links Grad II nach
   Kellgren/Lawrence (M17.1), die sicher schon vor dem Unfall bestand
   (Osteophyten, Gelenkspaltverschmälerung medial). Herr Rademacher war
   2022 deswegen beim Orthopäden (Arztbrief im Vorgang).

3. Bemessung: Der Gutachter schlägt 3/10 Beinwert vor. Das halte ich für
   vertretbar. Die Mitwirkung der Arthrose an der Funktionsbeeinträchtigung
   schätze ich – anders als der Gutachter (20 %) – auf 30 %, weil das
   Streckdefizit eher arthrosebedingt ist.

Empfehlung: 3/10 Beinwert, Kürzung wegen Mitwirkung um 30 %. Ein
Ergänzungsgutachten halte ich nicht für nötig. Bitte im Schreiben an den
Versicherten die Mitwirkung nachvollziehbar erklären – er hat schon
angekündigt, notfalls einen Anwalt einzuschalten.

Beste Grüße
U. Sandmann

""" + sig('sandmann') + '\n')
    return m


@mail(21, 'NORMAL', 'de', 'insurer-to-prospect',
      "trap: prospect asks about children's accident cover; answer is generic product information, no child named, no contract, no health data")
def m021():
    m = msg(21, who('hollstein'), 'Franziska Hoffmann <f.hoffmann@postfach24.example>',
            'AW: Frage zur Kinderunfallversicherung',
            '2026-02-20 16:05',
            irt='<CAF9x7Qm2=Kd0@mail.postfach24.example>')
    text(m, """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihr Interesse. Gern beantworte ich Ihre Fragen.

Die gesetzliche Schülerunfallversicherung gilt nur in der Kita, in der
Schule, auf dem direkten Schulweg und bei Schulveranstaltungen. Die meisten
Kinderunfälle passieren aber in der Freizeit – beim Spielen, beim Sport im
Verein oder zu Hause. Unsere Kinder-Unfall Plus gilt rund um die Uhr und
weltweit.

Ein paar Eckdaten (Stand 02/2026):
- Invaliditätsleistung ab 1 % Invalidität, Progression bis 500 %
- Unfallrente ab 50 % Invalidität, lebenslang
- Kosten für kosmetische Operationen und Bergung bis 30.000 EUR
- Zahnersatz nach Unfall bis 5.000 EUR
- Beitrag z. B. ab 8,90 EUR im Monat bei 100.000 EUR Grundsumme,
  für Geschwisterkinder 10 % Nachlass

Ein unverbindliches Angebot können Sie direkt online berechnen:
https://www.falkenstein-versicherung.example/kinderunfall

Wenn Sie lieber telefonieren, rufen Sie mich gern an. Für ein konkretes
Angebot brauche ich dann nur die Geburtsjahre der Kinder.

Mit freundlichen Grüßen

""" + sig('hollstein') + """

-----Ursprüngliche Nachricht-----
Von: Franziska Hoffmann <f.hoffmann@postfach24.example>
Gesendet: Donnerstag, 19. Februar 2026 21:14
An: info@falkenstein-versicherung.example
Betreff: Frage zur Kinderunfallversicherung

Hallo, wir überlegen für unsere beiden Kinder eine Unfallversicherung
abzuschließen. Was kostet das ungefähr und was ist der Unterschied zur
Schulversicherung? Die haben die ja eh über die Schule oder?
Gruß F. Hoffmann
""", cte='8bit')
    return m


@mail(22, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor: claims-free confirmation for a named customer moving abroad, with birth date, policy, plate and no-claims class')
def m022():
    m = msg(22, who('whitfield'), 'Thomas Reilly <tom.reilly@eirmail.example>',
            'Confirmation of claims-free driving – policy KF-3318-771402',
            '2026-02-23 10:30')
    text(m, """Dear Mr Reilly,

as requested for your new motor insurer in Ireland, please find our
confirmation below. A signed PDF copy follows by post to your new address
in Galway.

  CONFIRMATION OF INSURANCE HISTORY (MOTOR)

  Policyholder and main driver:  Thomas Reilly, born 04 June 1985
  Policy:                        KF-3318-771402 (motor third party liability
                                 and fully comprehensive)
  Vehicle:                       VW Golf VII, registration KS-TR 85,
                                 VIN WVWZZZAUZHW402917
  Period of cover:               01/04/2019 – 31/03/2026 (cancelled by the
                                 policyholder because of emigration)
  Claims in this period:         none
  No-claims class at expiry:     SF 7 (seven claims-free years)

We hope this helps to get a good rate in Ireland. All the best for your
move!

Kind regards

""" + sig('whitfield') + """

""" + DISCLAIMER_EN + '\n', cte='8bit', flowed=True)
    return m


@mail(23, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      "income protection (BU) claim: request to a UK GP for records of a named patient with birth date and depressive disorder")
def m023():
    m = msg(23, who('lindqvist'), '"Dr Alisha Mehta" <a.mehta@riverside-gp.example>',
            'Request for medical records – Mr Simon Walsh, DOB 14/03/1983',
            '2026-02-24 13:17')
    text(m, """Dear Dr Mehta,

Falkenstein Lebensversicherung AG is assessing a claim for disability
benefit under an occupational disability policy held by your patient

  Mr Simon Walsh, date of birth 14 March 1983,
  12 Kirkstall Road, Leeds LS4 2AH (until 08/2024), now resident in Kassel.

Mr Walsh states that he has been unable to work as a software developer
since September 2025 because of a recurrent depressive disorder (F33.1)
with sleep disturbance and concentration problems, and that he was treated
at your practice between 2019 and August 2024, including a course of
sertraline and a referral to the local talking therapies service.

To assess whether the condition existed before the policy started on
1 October 2021, we would be grateful for copies of:

  1. consultation notes from January 2019 to August 2024,
  2. letters from any specialist or psychological therapy service,
  3. the medication history for the same period.

Mr Walsh's signed consent (GDPR Art. 9(2)(a) and access to medical reports)
is attached to our letter sent by post today; a scan can be provided on
request. We will of course pay your usual fee for the report.

Yours sincerely

""" + sig('lindqvist') + """

""" + FOOTER_LEBEN + '\n')
    return m


@mail(24, 'NORMAL', 'de', 'internal',
      'trap: IT ticket about a scanner jamming on stapled medical reports, no case or person')
def m024():
    m = msg(24, '"IT-Service Desk" <servicedesk@' + DOM + '>', 'Team Leistung Unfall <leistung-unfall@' + DOM + '>',
            '[INC-2026-041877] Scanner 4. OG zieht Arztberichte schief ein – Status: gelöst',
            '2026-02-25 15:44', cc=who('rothe'))
    text(m, """Ticket:        INC-2026-041877
Kategorie:     Hardware / Multifunktionsgerät
Standort:      Auestraße 40, 4. OG, Kopierraum 4.07 (Kyocera TASKalfa 5054ci)
Gemeldet von:  Team Leistung Unfall
Status:        GELÖST

Problembeschreibung (Meldung):
"Beim Scannen der Posteingänge (Arztberichte, Gutachten, Krankenhaus-
rechnungen) zieht der Einzug die Blätter schief ein, im DMS kommen die
Seiten verdreht oder doppelt an. Teilweise Papierstau bei Durchschlägen."

Lösung:
Einzugsrollen des Vorlageneinzugs getauscht, Doppeleinzugserkennung
(Ultraschall) wieder aktiviert. Test mit 200 Seiten gemischter Vorlagen ohne
Fehler.

Hinweis vom Techniker: Bitte Heftklammern und Post-its vor dem Scannen
entfernen, dünnes Durchschlagpapier (z. B. alte Rezeptdurchschläge) über
das Vorlagenglas scannen.

Bitte antworten Sie innerhalb von 5 Tagen, falls das Problem weiter besteht;
sonst wird das Ticket automatisch geschlossen.

""" + sig('rothe') + '\n')
    return m


@mail(25, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'buildings insurance: water damage of a named customer, insured address, claim number, loss adjuster appointment')
def m025():
    m = msg(25, who('kroeger'), 'Dieter Sauer <dieter.sauer@kabelpost.example>',
            'Leitungswasserschaden WG-S-2026-00318 – Termin mit dem Sachverständigen',
            '2026-02-26 09:48')
    text(m, """Sehr geehrter Herr Sauer,

wegen des Rohrbruchs in Ihrem Haus Bergstraße 61, 34369 Hofgeismar, haben
wir den Sachverständigen Herrn Dipl.-Ing. Axel Kessler (Sachverständigenbüro
Kessler, Kassel) beauftragt. Er kommt am

    Donnerstag, 12.03.2026, gegen 10:00 Uhr

zu Ihnen. Bitte sorgen Sie dafür, dass Keller und Hauswirtschaftsraum
zugänglich sind, und legen Sie – soweit vorhanden – die Rechnung des
Installateurs (Firma Haustechnik Brede) und Fotos vom Schadentag bereit.

Die Trocknungsfirma dürfen Sie schon beauftragen; die Kosten übernehmen wir
im Rahmen Ihres Vertrags WG-2210-483019.

Wenn der Termin nicht passt, melden Sie sich bitte direkt bei Herrn Kessler
unter 0561 555 47 12.

Freundliche Grüße

""" + sig('kroeger') + '\n')
    return m


@mail(26, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'cargo claim: company policyholder with named managing director as contact, policy and claim number, loss amount')
def m026():
    m = msg(26, who('faehrmann'), 'Gemma Whitcombe <g.whitcombe@harbourrisk.example>',
            'RE: Lindner Feinmechanik – cargo claim CT-26-0088 (Hamburg–Felixstowe)',
            '2026-03-02 11:19',
            irt='<LO2P265MB3112.GB.harbourrisk.example>')
    text(m, """Dear Gemma,

thanks for the survey report. Our position on the claim:

  Assured:         Lindner Feinmechanik GmbH, Baunatal
  Contact:         Mr Jürgen Lindner (managing director)
  Open cover:      TR-OC-2024-0419, ICC (A)
  Consignment:     2 crates precision milling spindles, B/L HAMFXT260114
  Loss:            one crate dropped during discharge in Felixstowe,
                   spindle housing cracked
  Claimed:         EUR 48,600.00 (invoice value + 10 %)

We accept the claim in principle. Before payment we need the stevedore's
damage report and a copy of the letter of protest to the terminal, so that
we can pursue recovery. Please also confirm the assured's bank details on
company letterhead – payment goes to the company account only.

Mr Lindner asked for a call; I will ring him tomorrow morning.

Best regards
Ingo

""" + sig('faehrmann') + """

""" + DISCLAIMER_EN + """

-----Original Message-----
From: Gemma Whitcombe <g.whitcombe@harbourrisk.example>
Sent: 27 February 2026 16:02
To: Ingo Fährmann <ingo.faehrmann@falkenstein-versicherung.example>
Subject: Lindner Feinmechanik – cargo claim CT-26-0088 (Hamburg–Felixstowe)

Dear Ingo, attached the surveyor's report from Felixstowe. Could you let us
know your position? The client is keen to get the replacement spindle
ordered. Kind regards, Gemma
""")
    return m


@mail(27, 'NORMAL', 'en', 'internal',
      'trap: synthetic test customers for the claims portal (Mustermann, fictitious), published example IBANs, dummy birth dates, TSV')
def m027():
    m = msg(27, who('rothe'), 'QA Claims Portal <qa-claims-portal@' + DOM + '>',
            'Test data set v7 for the accident claims portal (fictitious persons only)',
            '2026-03-03 08:52')
    text(m, """Hi all,

attached is test data set v7 for the end-to-end tests of the new accident
claims portal (release 26.2). Reminder: in the test stages we use ONLY these
fictitious customers. Copying production data into TEST/ABN is forbidden
(see data protection policy 4.3), also not "just for one quick check".

Changes compared to v6:
- 4 new cases for the children's tariff (invalidity, school accident lump sum)
- hospital daily allowance cases now with 0, 1 and 365 days (boundary tests)
- IBANs are the published example IBANs from the bank association
  documentation, they do not belong to real accounts

Stefan

""" + sig('rothe') + '\n', charset='us-ascii', cte='7bit')
    tsv = ('case_id\tfirst_name\tlast_name\tdate_of_birth\tproduct\tscenario\tdays_in_hospital\tiban\tnote\n'
           'T-0001\tMax\tMustermann\t01.01.1970\tUV Komfort\tinvalidity thumb 1/2\t0\tDE89 3704 0044 0532 0130 00\tfictitious\n'
           'T-0002\tErika\tMustermann\t12.08.1964\tUV Basis\thospital daily allowance\t1\tDE89 3704 0044 0532 0130 00\tfictitious\n'
           'T-0003\tMoritz\tMustermann\t01.06.2015\tKinder-Unfall Plus\tschool accident lump sum\t0\tDE02 1203 0000 0000 2020 51\tfictitious child\n'
           'T-0004\tJohn\tDoe\t31.12.1999\tUV Premium\thospital daily allowance max\t365\tDE02 1203 0000 0000 2020 51\tboundary test\n'
           'T-0005\tTest\tPerson-Ohne-Konto\t29.02.1988\tUV Basis\tdeath benefit\t0\t\tmissing IBAN -> validation error expected\n'
           'T-0006\tLieschen\tMüller\t15.05.1955\tUV Senior\taccident pension 50 %\t12\tDE89 3704 0044 0532 0130 00\tfictitious\n')
    attach(m, tsv, 'text/tab-separated-values', 'testdata_accident_portal_v7.tsv', charset='utf-8', cte='base64')
    return m


@mail(28, 'STRICTLY_CONFIDENTIAL', 'de', 'hospital',
      'accident: hospital mail forwarded as attached message/rfc822 with a named patient, birth date, hip fracture S72.10 and length of stay; outer body only a short question')
def m028():
    inner = EmailMessage(policy=SMTP)
    inner['From'] = '"Patientenverwaltung Kreisklinik Eschenau" <patientenverwaltung@kreisklinik-eschenau.example>'
    inner['To'] = 'leistung-unfall@' + DOM
    inner['Subject'] = 'Aufenthaltsbestätigung Vollmer, Renate – Ihr Zeichen U-2026-000349'
    inner['Date'] = when('2026-02-27 11:02')
    inner['Message-ID'] = '<5f2a1c0e.3b8d@kreisklinik-eschenau.example>'
    inner.set_content("""Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 20.02.2026 bestätigen wir folgenden stationären
Aufenthalt:

Patientin:     Renate Vollmer, geb. 17.09.1952
               Kirchweg 3, 34621 Frielendorf
Aufnahme:      02.02.2026 (Notaufnahme, Sturz im häuslichen Umfeld)
Entlassung:    16.02.2026 in die Anschlussheilbehandlung
               (Reha-Klinik Am Kurpark, Bad Zwesten)
Hauptdiagnose: S72.10 R – pertrochantäre Femurfraktur rechts
Nebendiagnosen: I10.90 arterielle Hypertonie, E11.9 Diabetes mellitus Typ 2,
               M81.00 Osteoporose
Eingriff:      03.02.2026 geschlossene Reposition, Osteosynthese mit
               proximalem Femurnagel (OPS 5-790.8e)

Der Entlassungsbericht wurde der Patientin und dem Hausarzt übersandt.
Eine Kopie erhalten Sie nur mit Schweigepflichtentbindung der Patientin.

Mit freundlichen Grüßen
i. A. Monika Fauth
Patientenverwaltung
Kreisklinik Eschenau gGmbH
""", charset='utf-8', cte='quoted-printable')
    m = msg(28, who('oberlaender'), who('sandmann'),
            'WG: Aufenthaltsbestätigung – bitte kurz drüberschauen',
            '2026-02-27 14:20')
    text(m, """Liebe Frau Dr. Sandmann,

anbei die Mail der Kreisklinik. Passen 14 Tage stationär zur Diagnose, oder
soll ich den Entlassungsbericht anfordern, bevor ich das
Krankenhaustagegeld auszahle? Die Schweigepflichtentbindung haben wir.

Danke und viele Grüße
Katrin Oberländer
""", cte='8bit')
    attach(m, inner, 'message/rfc822', 'Aufenthaltsbestätigung Vollmer.eml')
    return m


@mail(29, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'private liability: damage to the rented flat of a named customer, landlord named, claim number and payout; no injury')
def m029():
    m = msg(29, who('blum'), 'Patrick Seidel <patrick.seidel@mailpost.example>',
            'Ihr Haftpflichtschaden PH-S-2026-02177 – Duschkabine',
            '2026-03-05 10:31')
    text(m, """Guten Tag Herr Seidel,

danke für die Fotos und den Kostenvoranschlag. Zur Sache:

Beim Aufbau eines Badregals ist Ihnen am 21.02.2026 die Wasserwaage aus der
Hand gerutscht und hat die Glastür der Duschkabine in Ihrer Mietwohnung
(Wilhelmshöher Allee 212, 3. OG links, Kassel) zerstört. Verletzt wurde
niemand.

Es handelt sich um einen Mietsachschaden, der in Ihrer Privathaftpflicht
PH-7781-330145 mitversichert ist. Wir zahlen den Kostenvoranschlag der
Firma Glas-Wenzel über 684,20 EUR abzüglich Ihrer Selbstbeteiligung von
150 EUR direkt an Ihren Vermieter, Herrn Ralf Dörfler, sobald er uns seine
Bankverbindung mitteilt. Ich schreibe ihn parallel an.

Viele Grüße

""" + sig('blum') + '\n', charset='iso-8859-1')
    return m


@mail(30, 'NORMAL', 'de', 'newsletter',
      'trap: customer newsletter on winter sports safety and accident cover in general, HTML with table, no person')
def m030():
    m = msg(30, '"Falkenstein Kundenbrief" <kundenbrief@' + DOM + '>', 'kundenbrief-abonnenten@lists.' + DOM,
            'Sicher auf der Piste: Was tun nach einem Skiunfall?',
            '2026-01-22 07:45',
            headers=[('List-Unsubscribe', '<mailto:abmelden@lists.falkenstein-versicherung.example?subject=kundenbrief>'),
                     ('Precedence', 'bulk')])
    plain = """Falkenstein Kundenbrief Januar 2026

Sicher auf der Piste: Was tun nach einem Skiunfall?

Knie, Schulter, Kopf – das sind die Körperteile, die beim Wintersport am
häufigsten verletzt werden. Drei Tipps, damit der Urlaub nicht im
Krankenhaus endet:

1. Helm und Rückenprotektor tragen – auch auf der Rodelbahn.
2. Bindung vor der Saison vom Fachhändler einstellen lassen.
3. Pausen machen: Die meisten Unfälle passieren am Nachmittag.

Wenn doch etwas passiert:
- Unfallstelle sichern, Notruf 112 (in Österreich und Italien ebenfalls).
- Behandlungen und Rechnungen aufheben, Fotos machen.
- Den Unfall möglichst bald melden – in der Unfallversicherung zählt
  die 15-Monats-Frist für die Invalidität.

Was zahlt welche Versicherung?
  Bergung per Hubschrauber   -> Unfallversicherung (Bergungskosten)
  Behandlung im Ausland      -> Auslandsreise-Krankenversicherung
  Dauerhafte Folgen          -> Unfallversicherung (Invaliditätsleistung)
  Schaden an fremden Skiern  -> Privathaftpflicht

Mehr unter www.falkenstein-versicherung.example/wintersport

Sie erhalten diesen Kundenbrief, weil Sie ihn abonniert haben.
Abmelden: abmelden@lists.falkenstein-versicherung.example
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:14px">
<h2 style="color:#0b5d7a">Sicher auf der Piste: Was tun nach einem Skiunfall?</h2>
<p>Knie, Schulter, Kopf &ndash; das sind die Körperteile, die beim Wintersport am häufigsten verletzt werden.
Drei Tipps, damit der Urlaub nicht im Krankenhaus endet:</p>
<ol><li>Helm und Rückenprotektor tragen &ndash; auch auf der Rodelbahn.</li>
<li>Bindung vor der Saison vom Fachhändler einstellen lassen.</li>
<li>Pausen machen: Die meisten Unfälle passieren am Nachmittag.</li></ol>
<h3>Was zahlt welche Versicherung?</h3>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Situation</th><th>Versicherung</th></tr>
<tr><td>Bergung per Hubschrauber</td><td>Unfallversicherung (Bergungskosten)</td></tr>
<tr><td>Behandlung im Ausland</td><td>Auslandsreise-Krankenversicherung</td></tr>
<tr><td>Dauerhafte Folgen</td><td>Unfallversicherung (Invaliditätsleistung)</td></tr>
<tr><td>Schaden an fremden Skiern</td><td>Privathaftpflicht</td></tr>
</table>
<p><a href="https://www.falkenstein-versicherung.example/wintersport">Mehr erfahren</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diesen Kundenbrief, weil Sie ihn abonniert haben.
<a href="mailto:abmelden@lists.falkenstein-versicherung.example">Abmelden</a></p>
</body></html>
"""
    alt(m, plain, html)
    return m


@mail(31, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: framework agreement with a translation agency for medical reports and expert opinions; rates and data processing terms, no case')
def m031():
    m = msg(31, who('petersen'), 'Orla Byrne <orla.byrne@medtrans-language.example>',
            'Framework agreement – translation of medical reports (2026–2028)',
            '2026-03-06 12:05')
    text(m, """Dear Ms Byrne,

thank you for your revised offer. We are happy to conclude the framework
agreement for the translation of medical documents on the following terms:

  Scope:        discharge summaries, surgical reports, specialist opinions,
                expert reports for invalidity assessments, medical invoices
  Languages:    EN, ES, IT, PL, TR <-> DE
  Rate:         EUR 1.65 per standard line (55 characters), medical
                terminology surcharge included; urgent (24 h) + 30 %
  Transfer:     only through our secure supplier portal, no e-mail
  Data:         data processing agreement under Art. 28 GDPR and a
                confidentiality undertaking (section 203 German Criminal
                Code) signed by every translator before the first job
  Deletion:     source and target files within 30 days after delivery

Please sign and return the attached contract documents via the portal; our
legal department will countersign. The first orders are expected in April.

Kind regards

""" + sig('petersen') + """

""" + DISCLAIMER_EN + '\n')
    return m


@mail(32, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'home contents water damage of a named customer: flat address, policy and claim number, settlement amount')
def m032():
    m = msg(32, who('whitfield'), 'Sarah Brennan-Koch <sarah.bk@webpost.example>',
            'Re: Water damage in your flat – claim HR-S-2026-00871',
            '2026-03-09 16:22',
            irt='<0d71be11-7c0a-4b64-8a3f-55e2a3c1d0aa@webpost.example>')
    text(m, """Dear Ms Brennan-Koch,

thank you for the photos and the invoice from the drying company.

We have settled your claim under your home contents policy HR-5520-207318
for the flat at Nikolausberger Weg 44, 37073 Göttingen, as follows:

- sofa and rug (replacement value): EUR 1,420.00
- laptop (water in the keyboard, repair not economical): EUR 899.00
- drying equipment, electricity costs: EUR 186.40
- total: EUR 2,505.40, no deductible in your tariff

The payment will be made to your account within three working days. The
damage to the building itself (ceiling, parquet) is a matter for your
landlord's buildings insurer; we have passed your report on to them as you
asked.

Kind regards

""" + sig('whitfield') + """

On 6 March 2026 at 18:40, Sarah Brennan-Koch wrote:
> Hi Claire, here are the pictures and the invoice from Trocknungsservice
> Nord. The laptop is definitely dead, the shop said repair would cost more
> than a new one. Thanks for your help! Sarah
""", cte='8bit', flowed=True)
    return m


@mail(33, 'NORMAL', 'en', 'internal',
      'trap: HTML-only claims KPI report for accident claims (durations, open invalidity cases, overdue expert reports), aggregates only')
def m033():
    m = msg(33, who('mayfield'), 'Claims Steering Committee <claims-steering@' + DOM + '>',
            'Accident claims KPIs – February 2026',
            '2026-03-10 08:15')
    html = """<html><head><meta charset="utf-8"><title>Accident claims KPIs</title></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear all,</p>
<p>below the accident claims KPIs for February 2026 for Thursday's steering meeting.
Two red flags: overdue expert reports and the 15-month deadline letters.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde7ee"><th>KPI</th><th>Target</th><th>Jan 2026</th><th>Feb 2026</th><th>Status</th></tr>
<tr><td>Days from notification to first payment (median)</td><td>&le; 14</td><td>12</td><td>13</td><td style="color:green">OK</td></tr>
<tr><td>Hospital daily allowance paid within 5 days</td><td>&ge; 90&nbsp;%</td><td>93&nbsp;%</td><td>91&nbsp;%</td><td style="color:green">OK</td></tr>
<tr><td>Open invalidity claims older than 15 months</td><td>&le; 250</td><td>268</td><td>281</td><td style="color:red">RED</td></tr>
<tr><td>Expert reports overdue (&gt; 8 weeks)</td><td>&le; 40</td><td>57</td><td>64</td><td style="color:red">RED</td></tr>
<tr><td>Complaints per 1,000 claims</td><td>&le; 6</td><td>4.8</td><td>5.2</td><td style="color:green">OK</td></tr>
<tr><td>Ombudsman cases opened</td><td>&ndash;</td><td>2</td><td>1</td><td>&ndash;</td></tr>
</table>
<p>The overdue reports are concentrated at two assessor networks; procurement is already
talking to them. Breakdown by assessor network in the appendix of the meeting pack.</p>
<p>Robert</p>
<p style="font-size:9pt;color:#666">Robert Mayfield<br>Reinsurance &amp; Actuarial Analytics<br>Falkenstein Versicherungsgruppe, Kassel<br>+49 561 7080-8820</p>
</body></html>
"""
    text(m, html, subtype='html')
    return m


@mail(34, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-relative',
      "accident: death benefit to the widow after her husband's fatal road accident, cause of death from the autopsy report, beneficiary and amount")
def m034():
    m = msg(34, who('reimers'), 'Gisela Harms <gisela.harms@t-net.example>',
            'Unfallversicherung Ihres verstorbenen Mannes – Todesfallleistung',
            '2026-03-11 11:00')
    text(m, """Sehr geehrte Frau Harms,

zunächst möchte ich Ihnen und Ihrer Familie auch im Namen meiner Kolleginnen
und Kollegen unser aufrichtiges Beileid zum Tod Ihres Mannes aussprechen.

Wir haben die Unterlagen zum Unfall von Herrn Werner Harms
(geb. 30.06.1958) am 14.01.2026 auf der B 83 bei Trendelburg erhalten:
Sterbeurkunde, polizeiliche Unfallmitteilung und den Bericht des Instituts
für Rechtsmedizin. Danach ist Ihr Mann noch am Unfallort an einem
Polytrauma mit schwerem Schädel-Hirn-Trauma verstorben. Der Tod ist damit
eine unmittelbare Folge des Unfalls; Hinweise auf Alkohol oder eine
Erkrankung als Ursache gibt es nicht.

Aus der Unfallversicherung UV-4471-044718 zahlen wir die vereinbarte
Todesfallleistung von 25.000,00 EUR an Sie als bezugsberechtigte Ehefrau.
Bitte teilen Sie uns noch mit, auf welches Konto wir überweisen sollen –
das Konto Ihres Mannes ist nach Auskunft der Bank gesperrt.

Die Unfallversicherung endet mit dem Tod Ihres Mannes; zu viel gezahlte
Beiträge erstatten wir automatisch.

Wenn Sie Fragen haben, rufen Sie mich gern direkt an.

Mit freundlichen Grüßen

""" + sig('reimers') + """

""" + FOOTER_DE + '\n')
    return m


@mail(35, 'NORMAL', 'de', 'insurer-to-partner',
      "trap: answer to an insurers' association survey on limb-table values and invalidity deadlines, company-level product figures only")
def m035():
    m = msg(35, who('hollstein'), 'AK Unfallversicherung <ak-unfall@versichererverband-nord.example>',
            'Umfrage Gliedertaxe / Invaliditätsfristen – Rückmeldung Falkenstein',
            '2026-03-12 14:37')
    text(m, """Sehr geehrte Frau Dr. Jelinek,

anbei unsere Antworten zur Umfrage des Arbeitskreises vom 16.02.2026.

1. Gliedertaxe im Neugeschäft (Tarif UV Komfort 2026):
   Arm 75 %, Hand 65 %, Daumen 25 %, Zeigefinger 10 %, Bein über der Mitte
   des Oberschenkels 75 %, Fuß 50 %, Auge 55 %, Gehör einseitig 35 %.

2. Fristen: Eintritt der Invalidität und ärztliche Feststellung innerhalb
   von 15 Monaten, Geltendmachung innerhalb von 15 Monaten (Komfort/Premium:
   36 Monate). Neubemessung bis 3 Jahre, bei Kindern bis 5 Jahre.

3. Mitwirkung von Krankheiten/Gebrechen: Kürzung erst ab 40 % Mitwirkung
   (Premium: ab 60 %).

4. Anteil der Invaliditätsfälle mit Gliedertaxe-Bemessung an allen
   Invaliditätsfällen 2025: ca. 82 %; Anteil Streitfälle (Ombudsmann oder
   Klage) ca. 1,4 %.

Einer Veröffentlichung in anonymisierter Form (ohne Unternehmensnamen)
stimmen wir zu.

Mit freundlichen Grüßen

""" + sig('hollstein') + '\n', cte='8bit')
    return m


@mail(36, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'accident: ski accident of the addressee in Austria, tibial fracture, hospital days, hospital daily allowance and helicopter rescue costs')
def m036():
    m = msg(36, who('whitfield'), 'Jonathan Price <jon.price@kabelpost.example>',
            'Your accident claim U-2026-000710 – hospital allowance and rescue costs',
            '2026-03-16 10:52')
    text(m, """Dear Mr Price,

I hope you are recovering well. We have now received the discharge letter
from Bezirkskrankenhaus Oberinntal and the invoice of the helicopter rescue
service, and I am pleased to confirm the following benefits under your
personal accident policy UV-4471-277031 (UnfallSchutz Premium):

  Accident:      27 February 2026, fall on the red slope "Velill",
                 Ischgl, Austria
  Injury:        spiral fracture of the right tibia (S82.2), treated with
                 an intramedullary nail on 28 February
  Hospital stay: 27 February – 4 March 2026 (6 days)

  Hospital daily allowance   6 days x EUR 50.00   = EUR   300.00
  Recovery allowance         6 days x EUR 50.00   = EUR   300.00
  Rescue costs (helicopter Christophorus Nord)    = EUR 4,870.00
  Total                                           = EUR 5,470.00

The amount will be paid to your account DE37 0076 0871 0327 3812 37 within
the next few days. The costs of treatment in Austria are a matter for your
health insurer; please send them the hospital invoice.

A fracture of this kind may leave a permanent impairment. If so, please
remember that invalidity must be established by a doctor and claimed
within 15 months of the accident, i.e. by 27 May 2027.

Best wishes for your recovery

""" + sig('whitfield') + """

""" + DISCLAIMER_EN + '\n')
    return m


@mail(37, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'new bank details and SEPA mandate of a named customer for motor and household contracts, IBAN and mandate reference')
def m037():
    m = msg(37, who('wirth'), 'Klaus-Dieter Menge <kd.menge@postfach24.example>',
            'Ihre neue Bankverbindung ist gespeichert',
            '2026-03-17 09:12')
    text(m, """Guten Tag Herr Menge,

Ihre neue Bankverbindung haben wir für folgende Verträge gespeichert:

  KF-3318-640092  Kfz-Versicherung (KS-KM 1957)
  HR-5520-090377  Hausratversicherung

Neue Bankverbindung: DE30 7758 4523 8435 3735 96, Kontoinhaber Klaus-Dieter
Menge (Volksbank Kassel-Göttingen)
Mandatsreferenz:     FV-SEPA-0039910477
Gläubiger-ID:        DE07ZZZ00000391044

Der nächste Beitrag wird am 01.04.2026 von diesem Konto eingezogen. Ihr
altes Konto belasten wir nicht mehr.

Freundliche Grüße

""" + sig('wirth') + '\n', charset='iso-8859-1')
    return m


@mail(38, 'NORMAL', 'de', 'internal',
      'trap: data protection officer sends the new blank consent/release-from-confidentiality template with placeholders as DOCX')
def m038():
    m = msg(38, who('feld'), 'Leitungen Leistungsabteilungen <leitungen-leistung@' + DOM + '>',
            'Neue Vorlage Schweigepflichtentbindung (Einzelfall) v3 – ab 01.04. verbindlich',
            '2026-03-18 13:30')
    text(m, """Liebe Kolleginnen und Kollegen,

ab dem 01.04.2026 ist für Einzelfall-Schweigepflichtentbindungen nur noch
die anliegende Vorlage v3 zu verwenden. Die Änderungen betreffen vor allem:

- getrennte Ankreuzfelder für Ärzte, Krankenhäuser, Gutachter und
  Sozialversicherungsträger (z. B. Unfallkassen, Berufsgenossenschaften),
- den Hinweis auf die Widerrufsmöglichkeit nach Art. 7 Abs. 3 DSGVO,
- bei Minderjährigen die Unterschrift beider Sorgeberechtigten.

Die Platzhalter «…» füllt das Textsystem automatisch. Bitte die Vorlage
nicht lokal abspeichern, sondern immer aus dem Vorlagenverzeichnis ziehen.

Viele Grüße
Miriam Feld

""" + sig('feld') + '\n', cte='8bit')
    attach(m, docx([
        ('h', 'Einwilligung und Schweigepflichtentbindung für die Leistungsprüfung (Einzelfall)'),
        'Versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»',
        'Vertrag / Schaden: «Vertragsnummer» / «Schadennummer»',
        'Ich willige ein, dass die Falkenstein Versicherung AG zur Prüfung der Leistungspflicht Gesundheitsdaten bei den unten angekreuzten Stellen erhebt, und entbinde diese insoweit von ihrer Schweigepflicht.',
        ('table', [['Stelle', 'Name / Anschrift', 'Ankreuzen'],
                   ['Ärztin / Arzt', '«Arzt_Name», «Arzt_Anschrift»', '☐'],
                   ['Krankenhaus', '«KH_Name»', '☐'],
                   ['Gutachterin / Gutachter', '«Gutachter_Name»', '☐'],
                   ['Sozialversicherungsträger', '«SV_Traeger»', '☐']]),
        'Die Einwilligung gilt nur für den oben genannten Vorgang. Ich kann sie jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO).',
        'Bei Minderjährigen: Unterschrift beider Sorgeberechtigten.',
        '«Ort», «Datum»        ______________________   ______________________',
        'Version 3.0 – Stand 03/2026 – Datenschutz FVG',
    ], title='Vorlage Schweigepflichtentbindung v3', creator='Miriam Feld', created='2026-03-18T11:00:00Z'),
        MIME_DOCX, 'Vorlage_Schweigepflichtentbindung_Einzelfall_v3.docx')
    return m


@mail(39, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'household: stolen e-bike of a named customer, frame number, police reference, payout')
def m039():
    m = msg(39, who('kroeger'), 'Hanna Lindgren <hanna.lindgren@nordpost.example>',
            'Stolen e-bike – your claim HR-S-2026-01294',
            '2026-03-19 15:08')
    text(m, """Dear Ms Lindgren,

thank you for the police report (Kassel police, reference
ST/0318/26/11207) and the purchase invoice.

Your e-bike (Riese & Müller Charger4, frame number WRM-C4-2209371, bought
in May 2024) was stolen from the locked bicycle room of your apartment
building at Goethestraße 19, 34119 Kassel, during the night of 12 to 13
March. Bicycle theft is included in your home contents policy
HR-5520-301882 up to EUR 5,000.

We will pay EUR 4,349.00 (replacement value of a comparable new bike minus
the EUR 150 deductible) to your account ending in ...2014 next week.

Please let us and the police know immediately if the bike is found.

Kind regards

""" + sig('kroeger') + '\n')
    return m


@mail(40, 'NORMAL', 'en', 'insurer-to-partner',
      'trap: reinsurer renewal meeting invitation (agenda: accident portfolio, new tariff pricing, pandemic and cat scenarios) with ICS, no persons')
def m040():
    m = msg(40, who('mayfield'), 'Hannes Brook <h.brook@natlantic-re.example>',
            'Renewal 2027 – PA quota share – meeting in Kassel on 23 April',
            '2026-03-20 10:10', cc='Claire Dubois <c.dubois@natlantic-re.example>')
    text(m, """Dear Hannes, dear Claire,

as discussed, we would be glad to host the renewal meeting for the personal
accident quota share in Kassel on Thursday, 23 April 2026, 10:00–15:00.

Draft agenda:
1. Portfolio development 2025 and Q1 2026 (new business, lapses)
2. Claims: invalidity frequency, average degree, large losses
3. New tariff generation "UnfallSchutz 2026": limb table, progression
   options, pricing assumptions
4. Children's accident portfolio and school accident lump sum
5. Accumulation scenarios (bus accident, stadium event, pandemic wording)
6. Commission and profit commission 2027

A calendar invitation is attached. Lunch will be provided; please let us
know about any dietary requirements.

Best regards
Robert

""" + sig('mayfield') + '\n', charset='utf-8', cte='8bit')
    attach(m, ics("""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:falkenstein-renewal-2027-pa-qs@falkenstein-versicherung.example
DTSTAMP:20260320T091000Z
DTSTART;TZID=W. Europe Standard Time:20260423T100000
DTEND;TZID=W. Europe Standard Time:20260423T150000
SUMMARY:Renewal 2027 PA quota share - Falkenstein / Northern Atlantic Re
LOCATION:Falkenstein Versicherung\\, Auestrasse 40\\, Kassel\\, room 1.01
ORGANIZER;CN=Robert Mayfield:mailto:robert.mayfield@falkenstein-versicherung.example
ATTENDEE;CN=Hannes Brook:mailto:h.brook@natlantic-re.example
ATTENDEE;CN=Claire Dubois:mailto:c.dubois@natlantic-re.example
END:VEVENT
END:VCALENDAR"""), 'text/calendar', 'renewal_2027_PA_QS.ics', charset='utf-8', params={'method': 'REQUEST'})
    return m


@mail(41, 'CONFIDENTIAL', 'de', 'broker',
      "household: broker's mail forwarded internally with a named customer's new address, phone and new IBAN")
def m041():
    m = msg(41, who('nussbaum'), 'Bestandsverwaltung Sach <bestand-sach@' + DOM + '>',
            'WG: Adressänderung Albers, Hausrat HR-5520-188034',
            '2026-03-23 08:41')
    text(m, """Liebe Kolleginnen und Kollegen,

bitte Adresse und Bankverbindung wie unten übernehmen. Die Maklervollmacht
von Frau Kranich für Frau Albers liegt im Bestand (Scan vom 14.10.2025).
Umzug ist innerhalb des Tarifgebiets, Beitrag ändert sich nicht.

Danke!
Frank Nussbaum

Von: Ilse Kranich <info@kranich-finanz.example>
Gesendet: Freitag, 20. März 2026 17:58
An: Frank Nussbaum <frank.nussbaum@falkenstein-versicherung.example>
Betreff: Adressänderung Albers, Hausrat HR-5520-188034

Hallo Herr Nussbaum,

meine Kundin Frau Renate Albers zieht zum 01.04. um. Bitte ändern Sie für die
Hausratversicherung HR-5520-188034:

neue Anschrift: Tulpenweg 12, 34225 Baunatal (Erdgeschoss, 78 qm)
neue Bankverbindung: DE62 0785 8810 0330 7005 33 (Kasseler Sparkasse)
Telefon neu: 0561 555 90 41

Die Wohnfläche ist fast gleich (vorher 74 qm), Unterversicherungsverzicht
bleibt ja bestehen, oder?

Schönes Wochenende
Ilse Kranich
Finanzberatung Ilse Kranich – Versicherungsmaklerin nach § 34d Abs. 1 GewO
Am Rathaus 5, 34225 Baunatal

""" + sig('nussbaum') + '\n')
    return m


@mail(42, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      "long-term care: care grade 3 for the addressee after the assessor's visit, Parkinson's disease, care allowance amount")
def m042():
    m = msg(42, who('keller'), 'Brigitte Lorenz <brigitte.lorenz@t-net.example>',
            'Ihr Antrag auf Pflegeleistungen – Ergebnis der Begutachtung',
            '2026-03-24 11:36', cc='Sebastian Lorenz <s.lorenz@mailpost.example>')
    text(m, """Sehr geehrte Frau Lorenz,

der Gutachter von MedPflege Gutachtendienst hat Sie am 10.03.2026 zu Hause
besucht. Ihr Sohn war bei dem Termin dabei; er erhält diese Nachricht mit
Ihrem Einverständnis in Kopie.

Ergebnis: Der Gutachter hat wegen Ihrer fortgeschrittenen
Parkinson-Erkrankung mit Gangunsicherheit, Stürzen und Schwierigkeiten beim
An- und Auskleiden 58,75 Gewichtete Punkte festgestellt. Das entspricht
dem

    Pflegegrad 3 ab dem 01.02.2026 (Monat der Antragstellung).

Aus Ihrer privaten Pflegepflichtversicherung PPV-9920-113057 zahlen wir Ihnen
ab Februar ein monatliches Pflegegeld von 599,00 EUR, solange Sie von Ihrem
Sohn und Ihrer Schwiegertochter zu Hause gepflegt werden. Die Nachzahlung
für Februar und März (1.198,00 EUR) überweisen wir in dieser Woche.

Wichtig: Bei Pflegegrad 3 ist halbjährlich ein Beratungsbesuch durch einen
Pflegedienst vorgeschrieben. Den ersten Besuch vereinbaren Sie bitte bis
zum 30.09.2026; die Kosten übernehmen wir.

Das Gutachten senden wir Ihnen per Post.

Mit freundlichen Grüßen

""" + sig('keller') + """

""" + FOOTER_KRANKEN + '\n')
    return m


@mail(43, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-assessor',
      "accident: query to a trauma surgeon about his invoice for an expert report on a named insured's wrist injury (MRI, GOÄ)")
def m043():
    m = msg(43, who('oberlaender'), '"Dr. med. Thorsten Wiegand" <praxis@gutachten-wiegand.example>',
            'Ihre Rechnung 2026-0117 – Gutachten Engelhardt (U-2025-002861)',
            '2026-03-25 14:02')
    text(m, """Sehr geehrter Herr Dr. Wiegand,

vielen Dank für Ihr Gutachten vom 06.03.2026 über Herrn Marco Engelhardt
(Unfall vom 18.06.2025, distale Radiusfraktur rechts mit Beteiligung des
Ulnakopfes, Z. n. Plattenosteosynthese).

Zu Ihrer Rechnung 2026-0117 über 1.240,88 EUR habe ich eine Rückfrage:

- Nach unserer Rahmenvereinbarung gilt für ein Gutachten zur Erstbemessung
  (Kategorie B) die Pauschale von 650,00 EUR.
- Zusätzlich abgerechnet haben Sie ein MRT des rechten Handgelenks
  (GOÄ 5729, 5731) in Höhe von 441,03 EUR und Röntgen beider Handgelenke
  im Seitenvergleich.

Das Röntgen übernehmen wir selbstverständlich. Das MRT war nicht
beauftragt, und im Gutachten selbst stützen Sie die Bemessung (2/10
Handwert) auf die klinische Untersuchung. Können Sie kurz erläutern, warum
das MRT notwendig war? Andernfalls bitte ich um eine korrigierte Rechnung.

Mit freundlichen Grüßen

""" + sig('oberlaender') + '\n')
    return m


@mail(44, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'traffic legal expenses: cover for the objection of a named customer against a speeding fine (administrative offence, points, driving ban)')
def m044():
    m = msg(44, who('vogt'), 'Florian Brandes <florian.brandes@webpost.example>',
            'AW: Bußgeldbescheid – Deckungszusage RS-2026-01102',
            '2026-03-26 16:49',
            irt='<8812f0a3.4471@webpost.example>')
    text(m, """Hallo Herr Brandes,

gute Nachrichten: Für den Einspruch gegen den Bußgeldbescheid des
Regierungspräsidiums Kassel vom 12.03.2026 (Az. 442.118811.6) besteht
Versicherungsschutz aus Ihrem Verkehrsrechtsschutz RS-6610-318204.

Vorgeworfen wird Ihnen eine Geschwindigkeitsüberschreitung außerorts um
31 km/h am 06.02.2026 auf der L 3214 (Regelsatz 150 EUR, 2 Punkte,
1 Monat Fahrverbot). Wir übernehmen die Kosten des Anwalts, eines
eventuellen Sachverständigengutachtens zur Messung und des Verfahrens.

Bitte achten Sie auf die Einspruchsfrist von zwei Wochen ab Zustellung –
am besten legt der Anwalt direkt Einspruch ein. Falls Sie noch keinen
haben, nennen wir Ihnen gern eine Kanzlei für Verkehrsrecht in Ihrer Nähe.

Viele Grüße

""" + sig('vogt') + """

Am 26.03.2026 um 07:12 schrieb Florian Brandes:
> Guten Morgen, ich hab einen Bußgeldbescheid bekommen, angeblich 31 zu
> schnell. Ich bin mir sicher dass das Schild da gar nicht stand. Zahlt
> meine Rechtsschutz den Anwalt? Ich brauche den Führerschein für die
> Arbeit! Gruß Florian Brandes
""", cte='8bit', flowed=True)
    return m


@mail(45, 'NORMAL', 'de', 'insurer-to-company',
      "trap: group accident offer for a sports club (member counts, premiums per head, sports injuries in general); club chairman only in his role, no insured person")
def m045():
    m = msg(45, who('engel'), 'Günter Mohr <vorstand@tsv-eichenberg.example>',
            'Angebot Gruppen-Unfallversicherung für den TSV Eichenberg 1912 e.V.',
            '2026-03-27 10:25')
    text(m, """Sehr geehrter Herr Mohr,

vielen Dank für das Gespräch am Dienstag im Vereinsheim. Wie besprochen
erhalten Sie unser Angebot für eine Gruppen-Unfallversicherung, die den
Schutz über die Sportversicherung des Landessportbundes hinaus ergänzt.

Versicherter Personenkreis: alle Vereinsmitglieder (derzeit ca. 420,
davon ca. 180 Kinder und Jugendliche), Trainer und Übungsleiter, ohne
Namensliste (pauschale Meldung der Mitgliederzahl zum 01.01. eines Jahres).

Leistungen je Person:
- Invalidität: 50.000 EUR Grundsumme, Progression 225 %
- Todesfall: 5.000 EUR
- Krankenhaustagegeld: 15 EUR, ab dem 1. Tag
- Zahnersatz nach Unfall: bis 2.500 EUR
- Kosmetische Operationen und Bergungskosten: je bis 10.000 EUR

Versichert sind Unfälle beim Training, bei Wettkämpfen, Vereinsfahrten und
auf den direkten Wegen dorthin. Erfahrungsgemäß sind das im Breitensport vor
allem Verletzungen an Knie, Sprunggelenk und Fingern; die Sportversicherung
des LSB zahlt hier oft erst ab höheren Invaliditätsgraden.

Beitrag: 6,80 EUR je Mitglied und Jahr, also bei 420 Mitgliedern
2.856,00 EUR zzgl. Versicherungsteuer. Laufzeit 1 Jahr mit Verlängerung.

Das Angebot gilt bis 30.04.2026. Gern stelle ich es auch in Ihrer
Vorstandssitzung vor.

Mit freundlichen Grüßen

""" + sig('engel') + """

""" + FOOTER_DE + '\n')
    return m


@mail(46, 'NORMAL', 'de', 'internal',
      'trap: company football tournament, a named colleague "fällt aus" without any reason, joke about sports injuries')
def m046():
    m = msg(46, who('kaya'), 'Betriebssport <betriebssport@' + DOM + '>',
            'Fußballturnier 18.04. – Team "Gliedertaxe" sucht Ersatzspieler*in',
            '2026-03-27 12:58')
    text(m, """Hallo liebe Sportsfreunde,

unser Team aus der Leistung Unfall ("Gliedertaxe FC" – ja, der Name bleibt)
braucht für das Turnier am Samstag, 18.04., noch ein bis zwei Leute:
Jonas fällt leider aus, und Mehmet ist an dem Wochenende auf einer Hochzeit.

Wer Lust hat: kurze Mail an mich. Gespielt wird auf dem Kunstrasen am
Auestadion, 5 gegen 5, Anstoß 10 Uhr. Schienbeinschoner sind Pflicht – wir
wissen schließlich am besten, was ein Schienbeinbruch in der Gliedertaxe
wert ist. ;-)

Danach gibt es Würstchen und Kaltgetränke.

Sportliche Grüße
Selin
""", cte='8bit')
    return m


@mail(47, 'NORMAL', 'en', 'internal',
      'trap: out-of-office auto-reply; subject mentions a hospital invoice in Spain, no person')
def m047():
    m = msg(47, who('whitfield'), who('hartwig'),
            'Automatic reply: Expat claim – hospital invoice Spain, can you check?',
            '2026-04-02 09:03',
            irt='<202604020901.FV9031@exch02.' + DOM + '>',
            headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    text(m, """Thank you for your message. I am out of the office until Tuesday,
14 April 2026, with limited access to e-mail.

For urgent matters concerning expat and cross-border clients please contact
international@falkenstein-versicherung.example or call +49 561 7080-7700.
Guarantees of payment for hospital admissions are handled by the
24/7 assistance line (+49 561 7080-7799).

Vielen Dank für Ihre Nachricht. Ich bin bis 14.04.2026 nicht im Büro. In
dringenden Fällen wenden Sie sich bitte an
international@falkenstein-versicherung.example.

Claire Whitfield
""", charset='iso-8859-1')
    return m


@mail(48, 'NORMAL', 'en', 'internal',
      'trap: data-protection quiz answers about health data and accident insurance, general rules only')
def m048():
    m = msg(48, who('feld'), 'all-staff-international@lists.' + DOM,
            'Data protection quiz – the answers',
            '2026-04-07 13:00')
    text(m, """Dear colleagues,

thank you to the 214 of you who took part in last week's quiz! Here are
the answers, with a short explanation.

1. Is the mere fact that a person has accident insurance with us
   "health data"?
   -> Not health data as such, but accident, life and health are personal
   lines. Anything about a specific customer's contract in these lines is
   treated as strictly confidential in our mail gateway.

2. A doctor's invoice shows only a claim number, no name. Personal data?
   -> Yes. We can link the claim number to the patient, so it is
   pseudonymised, not anonymous.

3. May I forward a hospital discharge letter to the customer's broker?
   -> Only with the customer's express consent covering the broker.

4. Can I use real claims in training slides if I remove the name?
   -> Only if the person can no longer be identified: also remove dates,
   places, rare injuries and combine small groups.

5. A journalist asks whether a well-known footballer has claimed under his
   accident policy. What do we say?
   -> Nothing about the person. Refer the journalist to the press office;
   we neither confirm nor deny that someone is a customer.

The winner of the coffee voucher is drawn on Friday.

Best regards
Miriam Feld

""" + sig('feld') + '\n', cte='8bit')
    return m


@mail(49, 'STRICTLY_CONFIDENTIAL', 'de', 'customer',
      "children's accident: father's mail attached as message/rfc822 (4-year-old fell from a climbing frame at nursery, tooth knocked out, lip stitched); outer body only asks whether the girl is co-insured")
def m049():
    inner = EmailMessage(policy=SMTP)
    inner['From'] = 'Markus Tillmann <markus.tillmann@kabelpost.example>'
    inner['To'] = 'leistung-unfall@' + DOM
    inner['Subject'] = 'Kita Unfall Lina'
    inner['Date'] = when('2026-04-08 06:51')
    inner['Message-ID'] = '<4477aa01-0c1d-49e7-b1b2-3d9f0c77e812@kabelpost.example>'
    inner.set_content("""Hallo,

unsere Tochter Lina (4) ist gestern in der Kita vom Klettergerüst gefallen
und hat sich den oberen Schneidezahn links ausgeschlagen, die Lippe war
aufgeplatzt und wurde in der Kinderchirugie genäht (3 Stiche).
Die Zahnärztin sagt es war ein Milchzahn aber der bleibende Zahn drunter
könnte was abbekommen haben, das sieht man erst in 2-3 Jahren.

Die Kita sagt die Unfallkasse ist zuständig, aber wir haben doch bei ihnen
die Kinderunfallversicherung für die Kinder abgeschlossen?? Zahlt die auch
und was müssen wir einreichen. Röntgenbild haben wir.

Gruß
Markus Tillmann
Mobil 0151 5557 2290
""", charset='utf-8', cte='quoted-printable')
    m = msg(49, who('kaya'), who('hollstein'),
            'Mitversicherung Kind? Vertrag KU-4471-061930',
            '2026-04-08 10:17')
    text(m, """Hallo Birgit,

kannst du bitte schauen, ob im Vertrag KU-4471-061930 (VN Markus Tillmann)
die Tochter mitversichert ist? Im Leistungssystem sehe ich nur den Bruder
(Jonah). Laut Vater wurde sie letztes Jahr nachgemeldet. Mail vom Vater
hängt an.

Danke dir!
Selin
""", cte='8bit')
    attach(m, inner, 'message/rfc822', 'Kita Unfall Lina.eml')
    return m


@mail(50, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor comprehensive: total loss settlement for a named customer, vehicle, values, payout to IBAN; nobody injured')
def m050():
    m = msg(50, who('aydin'), 'Melanie Kraus <melanie.kraus@postfach24.example>',
            'Totalschaden Ihres Fahrzeugs KS-MK 733 – Abrechnung VK-26-0004418',
            '2026-04-09 11:27')
    text(m, """Sehr geehrte Frau Kraus,

das Gutachten des Sachverständigenbüros Kessler liegt vor. Ihr Opel Astra
(KS-MK 733, FIN W0VBD6EH1LG051284) ist nach dem Abkommen von der Fahrbahn am
19.03.2026 auf der K 12 bei Zierenberg (Ausweichen vor einem Reh, Anprall an
einen Baum) wirtschaftlicher Totalschaden. Sie selbst blieben zum Glück
unverletzt.

Abrechnung aus Ihrer Vollkaskoversicherung KF-3318-552908:

  Wiederbeschaffungswert (brutto)   14.200,00 EUR
  Restwert (Höchstgebot)            -3.100,00 EUR
  Selbstbeteiligung Vollkasko         -500,00 EUR
  Abschleppkosten                     +238,00 EUR
  Auszahlung                        10.838,00 EUR

Die Zahlung erfolgt an Ihr Konto DE19 2063 6645 4995 0223 91. Den Restwert
können Sie über den Restwertaufkäufer aus dem Gutachten (Autoverwertung
Nordhessen, Angebot gültig bis 23.04.) realisieren.

Hinweis: Da Sie einem Tier ausgewichen sind, haben wir geprüft, ob der
Schaden als Wildschaden über die Teilkasko laufen kann – das würde Ihren
Schadenfreiheitsrabatt schonen. Leider gab es keinen Kontakt mit dem Tier,
daher bleibt es beim Vollkaskoschaden.

Mit freundlichen Grüßen

""" + sig('aydin') + """

""" + FOOTER_DE + '\n')
    return m


@mail(51, 'NORMAL', 'de', 'insurer-to-customer',
      'trap: secure-portal notification without any content, no name, no contract')
def m051():
    m = msg(51, '"Falkenstein SecureMail" <no-reply@' + DOM + '>',
            'c.schaefer@postfach24.example',
            'Sie haben eine neue Nachricht im Falkenstein-Postfach',
            '2026-04-09 14:00')
    text(m, """Guten Tag,

in Ihrem persönlichen Postfach bei der Falkenstein Versicherung liegt eine
neue Nachricht für Sie bereit.

Bitte melden Sie sich an unter:
https://portal.falkenstein-versicherung.example/postfach

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Wir
fragen Sie niemals per E-Mail nach Passwörtern oder TANs.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Falkenstein Versicherung AG · Auestraße 40 · 34117 Kassel
""", cte='quoted-printable')
    return m


@mail(52, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'international health: reimbursement of pregnancy ultrasound and first-trimester screening for the addressee')
def m052():
    m = msg(52, who('hartwig'), 'Ana Ribeiro <ana.ribeiro@mailpost.example>',
            'Your claim KV-26-0311208 – prenatal care invoices',
            '2026-04-10 10:40')
    text(m, """Dear Ms Ribeiro,

congratulations on your pregnancy! We have processed the invoices you
submitted on 2 April 2026 under your health policy FKV-INT-402771
(International Health Comfort):

  09.03.2026  Dr. med. Karin Wöhler, gynaecologist, Kassel
              initial examination, pregnancy confirmed (8+2 weeks),
              vaginal ultrasound                        EUR 148.27
  30.03.2026  Praenatalzentrum Nordhessen
              first-trimester screening incl. nuchal translucency
              measurement and blood test (PAPP-A, free beta-hCG)
                                                        EUR 312.60
  30.03.2026  laboratory Dr. Friesen, NIPT                EUR 129.00

  Total reimbursed                                      EUR 589.87

The NIPT is covered because your gynaecologist documented the medical
indication. Maternity benefits under your policy also include the
antenatal classes and midwife care; delivery costs are covered at 100 %
in a semi-private room. Please remember to register the baby with us
within two months of the birth so that he or she is covered from day one
without a health check.

Kind regards

""" + sig('hartwig') + """

""" + FOOTER_KRANKEN + '\n')
    return m


@mail(53, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor: second driver (spouse, birth date) added to a named customer\'s policy, premium change')
def m053():
    m = msg(53, who('aydin'), 'Ravi Shankar <ravi.shankar@web-mail.example>',
            'Additional driver added to your motor policy KF-3318-812237',
            '2026-04-13 15:31')
    text(m, """Dear Mr Shankar,

as requested, we have added your wife as a named driver to your motor
policy KF-3318-812237 (Skoda Enyaq, registration KS-RS 2024):

  Additional driver:   Ms Priya Shankar, born 22/09/1991
  Driving licence:     since 2012 (Indian licence, converted in Germany
                       in 2024)
  Effective from:      14 April 2026

Because the youngest driver is now under 35 and has held a German licence
for less than three years, the annual premium increases by EUR 84.20 to
EUR 918.60. The difference for the rest of the year (EUR 60.96) will be
collected with the next instalment.

Kind regards

""" + sig('aydin') + '\n')
    return m


@mail(54, 'NORMAL', 'en', 'internal',
      'trap: HR announcement of a flu vaccination campaign by the company doctor, no individual data')
def m054():
    m = msg(54, who('scholz'), 'all-staff-international@lists.' + DOM,
            'Flu vaccination at work – book your slot',
            '2026-09-21 09:00')
    text(m, """Dear colleagues,

our company doctor, Dr. Ilona Westhoff (Arbeitsmedizin Kassel-Mitte), will
again offer flu vaccinations at our premises:

  Kassel head office:  6, 7 and 8 October 2026, 08:30–12:30, room 0.14
  Göttingen office:    13 October 2026, 09:00–11:00, meeting room "Leine"

Vaccination is voluntary and free of charge. Please book a slot in the
intranet (HR > Health > Flu vaccination). HR only sees the number of
bookings per day, not who was vaccinated; the medical questionnaire stays
with the company doctor.

If you have questions about whether the vaccination is right for you,
please speak to Dr. Westhoff or your own doctor directly.

Best regards
Nadine Scholz

""" + sig('scholz') + '\n')
    return m


@mail(55, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      "children's accident: query to a dentist about a treatment plan for a named boy with birth date, crown fractures of two incisors after a handball hit")
def m055():
    m = msg(55, who('kaya'), '"Zahnarztpraxis Dr. Bertram" <info@zahnarzt-bertram.example>',
            'Heil- und Kostenplan Paul Ritter – U-2026-000902',
            '2026-04-14 09:58')
    text(m, """Sehr geehrte Frau Dr. Bertram,

Familie Ritter hat uns Ihren Heil- und Kostenplan vom 07.04.2026 für
Paul Ritter (geb. 11.09.2014) eingereicht. Paul wurde am 28.03.2026 beim
Handballtraining von einem Ball im Gesicht getroffen; laut Ihrem Befund
liegen unkomplizierte Kronenfrakturen an 11 und 21 vor (S02.5), die Pulpa
ist nicht eröffnet, Sensibilität positiv.

Aus der Kinderunfallversicherung übernehmen wir unfallbedingten Zahnersatz
bis 5.000 EUR. Damit wir den Plan abschließend prüfen können, bitte ich um
zwei kurze Angaben:

1. Die geplante definitive Versorgung mit Keramikkronen (GOZ 2210) soll
   laut Plan erst nach Abschluss des Wachstums erfolgen – etwa ab dem
   18. Lebensjahr. Können Sie bestätigen, dass bis dahin die
   Kompositaufbauten (GOZ 2120) ausreichen?
2. Halten Sie eine Kontrolle der Vitalität in 6 und 12 Monaten für
   erforderlich? Die Kosten dafür würden wir ebenfalls übernehmen.

Wir würden die Kompositaufbauten sofort freigeben und die Kronen später
nach neuem Plan übernehmen, auch wenn der Vertrag dann bereits auf den
Erwachsenentarif umgestellt ist.

Mit freundlichen Grüßen

""" + sig('kaya') + '\n')
    return m


@mail(56, 'CONFIDENTIAL', 'en', 'insurer-to-partner',
      'motor recovery to a Dutch insurer naming the foreign driver, plates, our insured and the amount; no injuries')
def m056():
    m = msg(56, who('wendt'), 'Claims Recovery <recovery@deltamotor-verzekeringen.example>',
            'Recovery claim – your insured Mr J. van Leeuwen – accident Kassel 20/02/2026',
            '2026-04-15 13:44')
    text(m, """Dear colleagues,

we are the motor insurer of Ms Carina Hesse (vehicle Mazda CX-30,
registration KS-CH 818, our claim KK-26-0012877).

On 20 February 2026 at about 17:30, your insured Mr Joost van Leeuwen,
driving a Volvo XC60 with Dutch registration 12-XKR-4 (your policy
reference as per green card NL/771/2025/0448213), drove into the rear of
Ms Hesse's vehicle at the traffic lights Holländische Straße / Weserspitze
in Kassel. The police recorded the accident (Kassel police, ref.
VU/0220/26/3312); nobody was injured. Mr van Leeuwen accepted liability
at the scene.

We have indemnified our insured under her fully comprehensive cover and
claim reimbursement of:

  repair costs (assessor's report attached to our letter)   EUR 2,964.15
  assessor's fee                                            EUR   455.85
  total                                                     EUR 3,420.00

Please transfer the amount to our recovery account quoting KK-26-0012877
within 30 days. The signed accident report and photographs are available
on request.

Kind regards

""" + sig('wendt') + """

""" + DISCLAIMER_EN + '\n')
    return m


@mail(57, 'NORMAL', 'en', 'insurer-to-press',
      'trap: answers to a journalist about e-scooter accidents: aggregate claim numbers and typical injuries, refuses comment on individual cases')
def m057():
    m = msg(57, who('brandt'), 'Niamh Carroll <n.carroll@ins-weekly.example>',
            'RE: Your questions on e-scooter accidents',
            '2026-04-16 17:22',
            irt='<DB8PR03MB5521.ins-weekly.example>')
    text(m, """Dear Ms Carroll,

thank you for your questions. Here are our answers; you may quote me.

1. How many e-scooter accidents did Falkenstein register in 2025?
   Across motor (mandatory liability for e-scooters) and personal accident
   we registered about 1,150 claims involving e-scooters, up 18 % on 2024.

2. What are the typical injuries?
   In our personal accident portfolio, head and face injuries and wrist
   fractures dominate, followed by knee and ankle injuries. Riders under 25
   account for roughly half of the accident claims; helmets are rarely worn.

3. Does a personal accident policy pay for e-scooter accidents?
   Yes, our accident policies cover accidents with e-scooters like any
   other leisure activity. Damage to third parties is covered by the
   e-scooter's liability insurance.

4. You mentioned a specific case reported in a local newspaper. As a matter
   of principle we do not comment on individual cases, and we do not
   confirm whether a person is insured with us.

Best regards

""" + sig('brandt') + """

-----Original Message-----
From: Niamh Carroll <n.carroll@ins-weekly.example>
Sent: 15 April 2026 11:08
To: presse@falkenstein-versicherung.example
Subject: Your questions on e-scooter accidents

Dear press team, I'm writing a feature on micromobility and insurance for
next week's issue. Could you give me figures on e-scooter claims, typical
injuries and whether accident policies pay out? I'd also be interested in
your view on the case in Kassel reported last month. Deadline Friday noon.
Best, Niamh Carroll, Insurance Weekly Europe
""")
    return m


@mail(58, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident: invalidity advance after a riding accident (rotator cuff tear) for the addressee; prefilled invalidity questionnaire PDF with birth date and doctors')
def m058():
    m = msg(58, who('oberlaender'), 'Tanja Weigand <tanja.weigand@web-mail.example>',
            'Vorschuss auf die Invaliditätsleistung – U-2025-003905',
            '2026-04-17 10:05')
    text(m, """Sehr geehrte Frau Weigand,

nach dem Bericht der Sportorthopädie am Klinikum Waldhausen ist
die Behandlung Ihrer Schulter nach dem Reitunfall vom 02.08.2025 noch
nicht abgeschlossen. Der Operateur rechnet nach der Rekonstruktion der
Rotatorenmanschette rechts mit einer bleibenden Bewegungseinschränkung,
kann deren Umfang aber frühestens im Herbst beurteilen.

Damit Sie nicht so lange warten müssen, zahlen wir Ihnen einen Vorschuss
auf die Invaliditätsleistung von

    3.000,00 EUR

auf Ihr bekanntes Konto. Der Vorschuss wird später auf die endgültige
Leistung angerechnet.

Bitte füllen Sie den beigefügten Fragebogen zur Invalidität aus und senden
ihn uns unterschrieben zurück. Die Angaben, die wir schon kennen, haben wir
eingetragen – bitte prüfen Sie sie.

Mit freundlichen Grüßen

""" + sig('oberlaender') + """

""" + FOOTER_DE + '\n')
    attach(m, pdf([
        '# Fragebogen zur Invalidität',
        'Falkenstein Versicherung AG - Leistung Unfall - Schaden U-2025-003905',
        '',
        'Versicherte Person: Tanja Weigand         geb. am: 21.01.1979',
        'Vertrag: UV-4471-233476 (UV Komfort)     Unfalltag: 02.08.2025',
        'Unfallhergang (lt. Anzeige): Sturz vom Pferd beim Ausritt, Aufprall auf die rechte Schulter',
        '',
        '# 1. Behandelnde Ärzte (bitte ergänzen)',
        'Erstbehandlung: Notaufnahme Klinikum Waldhausen, 02.08.2025',
        'Operation: Dr. med. Felix Auerbach, Sportorthopädie Waldhausen, 19.08.2025',
        '  (arthroskopische Rekonstruktion Supraspinatussehne, Bizepssehnentenodese)',
        'Hausärztin: Dr. med. Hanna Voss, Kassel',
        'Physiotherapie: Praxis Bewegungsraum, Kassel - seit 09/2025, 2x wöchentlich',
        '',
        '# 2. Beschwerden heute',
        '[ ] Schmerzen in Ruhe   [ ] Schmerzen bei Belastung   [ ] Bewegungseinschränkung',
        'Arm über Schulterhöhe heben möglich?  [ ] ja  [ ] nein  [ ] teilweise',
        '',
        '# 3. Vorerkrankungen an der verletzten Schulter',
        'Bestanden vor dem Unfall Beschwerden oder Behandlungen an der rechten Schulter?',
        '[ ] nein   [ ] ja, und zwar: ______________________________________',
        '',
        '# 4. Beruf',
        'Ausgeübter Beruf: Tierarzthelferin (lt. Antrag) - derzeit arbeitsfähig? [ ] ja [ ] nein',
        '',
        'Ort, Datum, Unterschrift: _____________________________________',
    ], title='Fragebogen Invalidität U-2025-003905', author='Katrin Oberländer', date='20260417094500'),
        'application/pdf', 'Fragebogen_Invaliditaet_U-2025-003905.pdf')
    return m


@mail(59, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'travel baggage delay/loss claim of a named customer: flight, items, amount; no health content')
def m059():
    m = msg(59, who('jacobi'), "Kevin O'Brien <kevin.obrien@eirmail.example>",
            'Delayed baggage – claim RG-26-001733',
            '2026-04-20 14:18')
    text(m, """Dear Mr O'Brien,

thank you for the property irregularity report from Dublin Airport and the
receipts.

Your suitcase did not arrive with flight EI 651 from Frankfurt on
3 April 2026 and was only delivered to your hotel on 6 April. Under your
travel insurance RV-7730-240518 (baggage delay cover) we reimburse
necessary replacement purchases up to EUR 500:

  clothing and toiletries (Penneys, Boots)   EUR 287.45
  phone charger                              EUR  24.99
  total                                      EUR 312.44

The airline has already paid you EUR 100 under the Montreal Convention, so
we pay the remaining EUR 212.44. Please confirm the IBAN for the payment by
replying to this e-mail (we only have the old account that was closed).

Kind regards

""" + sig('jacobi') + '\n', charset='us-ascii', cte='7bit')
    return m


@mail(60, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: print order for blank accident report and invalidity questionnaire forms; ODT proof with empty fields only')
def m060():
    m = msg(60, who('petersen'), 'Druckhaus Weidner – Auftragsannahme <auftraege@druckhaus-weidner.example>',
            'Druckauftrag Formulare Leistung Unfall – Korrekturabzug freigegeben',
            '2026-04-21 11:11')
    text(m, """Hallo Frau Weidner,

anbei der freigegebene Korrekturabzug (ODT, wie vereinbart). Bitte drucken:

  Pos. 1  Unfallanzeige (Form. U-100, Stand 04/2026), 4-seitig,
          DIN A4, 80 g, gefalzt                            5.000 Stück
  Pos. 2  Fragebogen zur Invalidität (Form. U-210), 2-seitig   3.000 Stück
  Pos. 3  Rückumschläge DIN lang, "Porto zahlt Empfänger",
          Aufdruck "Leistung Unfall"                       8.000 Stück

Lieferung bitte bis 08.05.2026 an die Poststelle, Auestraße 40, Tor 2.
Rechnung wie immer mit Bestellnummer BE-2026-00477.

Die Änderung gegenüber dem alten Formular ist nur die neue Frage 7
(Sportunfall: Sportart, Verein, Wettkampf ja/nein) und der QR-Code zum
Online-Upload.

Viele Grüße

""" + sig('petersen') + '\n', cte='8bit')
    attach(m, odt([
        ('h', 'Unfallanzeige – Formular U-100 (Stand 04/2026)'),
        'Falkenstein Versicherung AG · Leistung Unfall · Auestraße 40 · 34117 Kassel',
        '1. Versicherungsnummer: ____________________   Schadennummer (falls bekannt): ____________',
        '2. Verletzte Person: Name, Vorname ________________________  geb. am __________',
        '3. Unfalltag, Uhrzeit, Ort: ____________________________________________',
        '4. Wie ist der Unfall passiert? (bitte genau schildern) ___________________',
        '5. Welche Körperteile wurden verletzt? ___________________________________',
        '6. Erstbehandelnde Ärztin / erstbehandelnder Arzt / Krankenhaus: ___________',
        '7. NEU: Sportunfall? [ ] nein [ ] ja – Sportart ________ Verein ________ Wettkampf [ ] ja [ ] nein',
        '8. Schul- oder Kitaunfall? [ ] nein [ ] ja – Einrichtung ____________ (Meldung an Unfallkasse erfolgt? [ ] ja)',
        '9. Stationärer Aufenthalt von ______ bis ______',
        '10. Bankverbindung (IBAN): DE__ ____ ____ ____ ____ __',
        ('table', [['Feld', 'Hinweis für die Druckerei'],
                   ['QR-Code', 'Link: portal.falkenstein-versicherung.example/unfall-upload'],
                   ['Seite 4', 'Datenschutzhinweise Fassung 03/2026 unverändert übernehmen']]),
    ], title='Unfallanzeige U-100 Korrekturabzug', creator='Anja Petersen', created='2026-04-21T09:00:00Z'),
        MIME_ODT, 'U-100_Unfallanzeige_Korrekturabzug.odt')
    return m


@mail(61, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'accident: internal claims discussion on a named insured\'s ACL rupture in a handball match, prior meniscus surgery, "increased exertion" clause; Outlook quotes')
def m061():
    m = msg(61, who('reimers'), who('kaya'),
            'AW: Kreuzbandriss beim Handball – erhöhte Kraftanstrengung?',
            '2026-04-22 11:48', cc=who('sandmann'),
            irt='<202604221007.FV7702@exch02.' + DOM + '>')
    text(m, """Hallo Selin,

das ist aus meiner Sicht ein Unfall, wir brauchen die erhöhte
Kraftanstrengung gar nicht: Die Landung nach dem Sprungwurf ist ein von
außen auf den Körper wirkendes Ereignis (Aufprall auf den Hallenboden), auch
ohne Gegnerkontakt. Das sehen die Gerichte inzwischen ziemlich einheitlich
so, siehe Urteilssammlung im Handbuch 7.2.

Spannender ist die Mitwirkung: Herr Hagemann hatte laut Vorerkrankungsliste
der Krankenkasse 2019 eine Innenmeniskus-Teilresektion rechts. Bitte den
OP-Bericht von 2019 anfordern (Schweigepflichtentbindung deckt das ab) und
Frau Dr. Sandmann fragen, ob das für die VKB-Ruptur eine Rolle spielt.
Krankenhaustagegeld für die zwei Tage nach der Plastik kannst du schon
auszahlen.

Gruß
Jonas

""" + sig('reimers') + """

-----Ursprüngliche Nachricht-----
Von: Selin Kaya <selin.kaya@falkenstein-versicherung.example>
Gesendet: Mittwoch, 22. April 2026 10:07
An: Jonas Reimers <jonas.reimers@falkenstein-versicherung.example>
Betreff: Kreuzbandriss beim Handball – erhöhte Kraftanstrengung?

Hallo Jonas,

kurze Frage zu U-2026-000655, VN Dennis Hagemann (32): vordere
Kreuzbandruptur rechts (S83.53 R) beim Landesliga-Punktspiel der HSG
Reinhardswald am 11.04. – Landung nach Sprungwurf, ohne Gegnerkontakt. MRT:
komplette VKB-Ruptur, Bone bruise lateraler Femurkondylus. VKB-Plastik am
17.04., zwei Nächte stationär.

Ist das ein Unfall oder müssen wir über die erhöhte Kraftanstrengung
(Ziffer 1.4 FV-AUB) gehen? Der Arzt schreibt "Verdrehtrauma".

Danke
Selin
""")
    return m


@mail(62, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      "dog owner's liability: named customer's dog bit the neighbour's dog, vet bill paid to the named neighbour (animal health only, no human injury)")
def m062():
    m = msg(62, who('blum'), 'Anke Deppe <anke.deppe@kabelpost.example>',
            'Tierhalterhaftpflicht TH-7790-051124 – Beißvorfall vom 29.03.2026',
            '2026-04-23 09:34')
    text(m, """Guten Tag Frau Deppe,

wir haben den Vorfall vom 29.03.2026 geprüft: Ihr Labrador "Balu" hat beim
Spaziergang im Park Schönfeld den Rauhaardackel Ihres Nachbarn, Herrn Olaf
Stracke, in den Nacken gebissen. Menschen wurden nicht verletzt.

Die Rechnung der Tierklinik Fuldatal über 612,40 EUR (Wundversorgung unter
Narkose, Drainage, Antibiotikum, zwei Nachkontrollen) haben wir geprüft.
Die Kosten sind angemessen; wir überweisen sie direkt an Herrn Stracke.
Ihre Selbstbeteiligung von 100 EUR stellen wir Ihnen nicht in Rechnung,
weil Ihr Vertrag im Tarif Komfort ohne Selbstbeteiligung läuft.

Schadennummer: TH-S-2026-00188

Freundliche Grüße

""" + sig('blum') + '\n', charset='iso-8859-1')
    return m


@mail(63, 'NORMAL', 'en', 'internal',
      'trap: claims handbook update on invalidity deadlines, reassessment and standard letters, rules only')
def m063():
    m = msg(63, who('reimers'), 'Claims handbook editors <claims-handbook@' + DOM + '>',
            'Claims handbook v12 – chapter 7 (invalidity) for the Vienna branch translation',
            '2026-04-24 15:20')
    text(m, """Hi all,

for the English version used by our Vienna branch, here is the agreed
wording for the revised sections of chapter 7. Please take it over 1:1.

7.3 Deadlines
Invalidity must occur within 15 months of the accident, be established in
writing by a doctor within the same period and be claimed with us within
15 months (Komfort/Premium: 36 months). Send reminder letter L-731 in
month 9 and month 13 if a permanent impairment is likely and no medical
statement is on file.

7.5 Reassessment
Both the insured person and we may have the degree of invalidity
reassessed once a year, up to three years after the accident (children:
five years). If we want a reassessment, we must reserve it when we make
our decision.

7.6 Contribution of illness or infirmity
Reduce the benefit only if the contribution is at least 40 % (Premium:
60 %). The medical officer must confirm the percentage. Explain the
reduction in plain language in letter L-760.

7.8 Advance payment
If the medical assessment is delayed, pay an advance of up to the amount
that is certain, at the latest 12 months after the accident.

Thanks
Jonas

""" + sig('reimers') + '\n')
    return m


@mail(64, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      "children's accident: named boy hurt on a school trip (concussion, head wound), two nights in hospital, school accident lump sum and hospital allowance")
def m064():
    m = msg(64, who('whitfield'), 'Emma Collins <emma.collins@nordpost.example>',
            "Oliver's accident on the school trip – claim U-2026-001021",
            '2026-04-27 12:03')
    text(m, """Dear Mrs Collins,

thank you for your call and for sending the discharge letter. I am glad to
hear that Oliver is back at school and feeling better.

Summary of what we have on file:

  Insured child:  Oliver Collins, 11, co-insured under your children's
                  accident policy KU-4471-092211 (Kinder-Unfall Plus)
  Accident:       15 April 2026, class trip of the Jacob-Grimm-Schule to
                  the Harz mountains; Oliver slipped on a wet path while
                  hiking and hit his head on a rock
  Injuries:       concussion (S06.0) and a 3 cm laceration on the forehead,
                  stitched; kept for observation at Kreiskrankenhaus
                  Oberharz from 15 to 17 April

We pay:
  school accident lump sum                        EUR 500.00
  hospital daily allowance  2 days x EUR 30.00    EUR  60.00
  total                                           EUR 560.00

The treatment costs are paid by the statutory school accident insurer
(Landesunfallkasse), as the accident happened during a school event; the
school has already notified them. Our benefits are paid in addition.

If a visible scar remains, our policy covers cosmetic surgery up to
EUR 30,000 – please keep us informed after the check-up in summer.

Kind regards

""" + sig('whitfield') + """

""" + DISCLAIMER_EN + '\n', cte='8bit', flowed=True)
    return m


@mail(65, 'CONFIDENTIAL', 'de', 'insurer-to-broker',
      "commission statement to a sole-trader broker: her IBAN and tax number in the body; XLSX lists named customers with property/motor contracts")
def m065():
    m = msg(65, '"Falkenstein Provisionsabrechnung" <provision@' + DOM + '>', 'Ilse Kranich <info@kranich-finanz.example>',
            'Courtageabrechnung 03/2026 – Vermittlernummer 40-11873',
            '2026-04-02 06:15')
    text(m, """Sehr geehrte Frau Kranich,

anbei Ihre Courtageabrechnung für März 2026.

Vermittlernummer:   40-11873
Abrechnungsbetrag:  2.184,37 EUR (umsatzsteuerfrei nach § 4 Nr. 11 UStG)
Auszahlung auf:     DE39 4366 1650 0643 1398 17
Steuernummer:       026 812 40518 (Finanzamt Kassel II-Hofgeismar)

Die Einzelpositionen finden Sie in der Anlage. Stornohaftungsbeträge
werden wie vereinbart mit der laufenden Courtage verrechnet.

Bitte prüfen Sie die Abrechnung und melden Sie Abweichungen innerhalb von
vier Wochen an provision@falkenstein-versicherung.example.

Mit freundlichen Grüßen
Ihre Provisionsabrechnung
Falkenstein Versicherung AG

""" + FOOTER_DE + '\n', charset='windows-1252')
    rows = [['Vertrag', 'Kunde', 'Sparte', 'Beitrag netto EUR', 'Satz %', 'Courtage EUR', 'Art'],
            ['HR-5520-188034', 'Albers, Renate', 'Hausrat', 186.50, 15, 27.98, 'laufend'],
            ['WG-2210-611045', 'Brinkmann, Uwe u. Karin', 'Wohngebäude', 1480.20, 15, 222.03, 'laufend'],
            ['KF-3318-870114', 'Dietz, Mario', 'Kfz', 712.00, 8, 56.96, 'laufend'],
            ['PH-7781-402233', 'Fölsche, Jana', 'Privathaftpflicht', 96.30, 20, 19.26, 'Abschluss'],
            ['WG-2210-611870', 'Gerlach, Friedhelm', 'Wohngebäude', 2210.00, 15, 331.50, 'Abschluss'],
            ['GW-8810-020431', 'Hufnagel Bau GmbH', 'Betriebshaftpflicht', 8420.00, 15, 1263.00, 'Abschluss'],
            ['KF-3318-870552', 'Jäckel, Svenja', 'Kfz', 588.40, 8, 47.07, 'laufend'],
            ['HR-5520-190288', 'Kowalczyk, Adam', 'Hausrat', 142.90, 15, 21.44, 'laufend'],
            ['RS-6610-355901', 'Lüdtke, Harald', 'Rechtsschutz', 398.00, 20, 79.60, 'Abschluss'],
            ['KF-3318-799013', 'Scholl, Petra', 'Kfz', 645.10, 8, 51.61, 'Storno -'],
            ['', '', '', '', '', '', ''],
            ['Summe', '', '', '', '', 2184.37, '']]
    attach(m, xlsx([('Courtage 03-2026', rows)], title='Courtageabrechnung 03/2026 40-11873',
                    creator='Provisionssystem PROV-X', created='2026-04-01T22:00:00Z'),
           MIME_XLSX, 'Courtage_40-11873_2026-03.xlsx')
    return m


@mail(66, 'NORMAL', 'de', 'internal',
      'trap: evaluation of sports accidents by type of sport (counts, invalidity share, average degree) as ODS; small cells merged')
def m066():
    m = msg(66, who('baumgart'), who('reimers'),
            'Sportunfälle 2025 nach Sportart – Auswertung für Produktmarketing',
            '2026-04-28 17:32', cc='produktmanagement-unfall@' + DOM)
    text(m, """Hallo Jonas,

wie gewünscht die Auswertung der Sportunfälle 2025 aus dem Bestand UV und
Kinder-Unfall. Sportarten mit weniger als 10 Fällen sind unter "sonstige"
zusammengefasst, damit keine Einzelfälle erkennbar sind. Für das Marketing
ist das so freigabefähig; die Rohdaten bleiben im Aktuariat.

Auffällig:
- Fußball mit Abstand vorn, aber geringer Invaliditätsanteil
- Reiten: wenige Fälle, aber die höchsten Invaliditätsgrade
- Skifahren: viele Knie, hoher Anteil Krankenhaustagegeld

Gruß
Rainer

""" + sig('baumgart') + '\n', cte='8bit')
    rows = [['Sportart', 'Unfälle 2025', 'davon Kinder', 'mit Invaliditätsleistung', 'Ø Invaliditätsgrad %', 'mit KH-Tagegeld'],
            ['Fußball', 612, 241, 48, 6.2, 97],
            ['Handball', 188, 72, 21, 7.9, 35],
            ['Radfahren / MTB', 341, 88, 52, 11.4, 103],
            ['Skifahren / Snowboard', 274, 61, 39, 9.8, 121],
            ['Reiten', 96, 30, 22, 17.3, 44],
            ['Laufen / Joggen', 143, 5, 9, 5.1, 12],
            ['Turnen / Schulsport', 129, 118, 11, 4.9, 14],
            ['Tennis / Padel', 77, 9, 8, 6.8, 10],
            ['Klettern / Bouldern', 58, 14, 10, 9.2, 16],
            ['sonstige (< 10 Fälle je Sportart)', 211, 47, 19, 8.0, 38],
            ['Summe', 2129, 685, 239, 8.9, 490]]
    attach(m, ods([('Sportunfaelle 2025', rows)], title='Sportunfälle 2025 nach Sportart',
                  creator='Rainer Baumgart', created='2026-04-28T15:10:00Z'),
           MIME_ODS, 'Sportunfaelle_2025_nach_Sportart.ods')
    return m


@mail(67, 'NORMAL', 'de', 'internal',
      'trap: invitation to the company health day (back, eyes, blood pressure screening), no individual results or persons')
def m067():
    m = msg(67, who('scholz'), 'alle-mitarbeitenden-kassel@lists.' + DOM,
            'Gesundheitstag am 21. Mai – Rücken, Augen, Stress',
            '2026-04-29 08:30')
    text(m, """Liebe Kolleginnen und Kollegen,

am Donnerstag, 21. Mai, findet im Foyer und in den Räumen 0.10–0.14 unser
Gesundheitstag statt. Das Programm:

- Rückenscreening und Kurzberatung durch das Team von Physio Aue
- Sehtest und Bildschirmbrillen-Beratung (Optik Hansen)
- Blutdruck- und Blutzuckermessung durch unsere Betriebsärztin
  Dr. Ilona Westhoff
- 13:00 Uhr Vortrag "Stress im Griff" (Raum 0.14)
- Aktive Pause zum Mitmachen um 10:00 und 14:00 Uhr

Alle Angebote sind freiwillig. Die Ergebnisse der Messungen erhaltet nur
ihr selbst; der Arbeitgeber bekommt keine Einzelergebnisse.

Anmeldung für die Screenings bitte im Intranet unter Personal > Gesundheit.

Viele Grüße
Nadine Scholz

""" + sig('scholz') + '\n', cte='8bit', flowed=True)
    return m


@mail(68, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'travel: rental car excess reimbursement for a named customer (rental agreement, damage, amount); nobody hurt')
def m068():
    m = msg(68, who('jacobi'), 'Daniel Foster <d.foster@web-mail.example>',
            'Rental car excess – claim RG-26-002016',
            '2026-05-04 10:47')
    text(m, """Dear Mr Foster,

thank you for sending the rental agreement and the damage invoice from
Iberia Car Rentals in Faro.

During your holiday in the Algarve, the rental car (Seat Arona, rental
agreement FA-2026-448120) was scratched along the passenger side on a
hotel car park on 19 April 2026. Nobody was injured. The rental company
charged your credit card the full excess of EUR 750.00.

Your travel insurance RV-7730-255940 includes rental car excess cover, so
we reimburse the full EUR 750.00. Payment will be made to the account you
gave us in your claim form within five working days.

Kind regards

""" + sig('jacobi') + '\n', charset='us-ascii', cte='7bit')
    return m


@mail(69, 'NORMAL', 'en', 'insurer-to-customer',
      'trap: one-time password mail of the customer portal, no name, no contract, no health or bank data')
def m069():
    m = msg(69, '"Falkenstein Customer Portal" <no-reply@' + DOM + '>', 'j.nakamura@web-mail.example',
            'Your one-time password',
            '2026-05-05 19:42')
    text(m, """Hello,

you have requested access to the Falkenstein customer portal.

Your one-time password is:  731 904

It is valid for 15 minutes and can be used once. If you did not request
it, you can ignore this e-mail - your account stays protected.

Never share this code. Falkenstein staff will never ask you for it.

Falkenstein Versicherung AG - Auestrasse 40 - 34117 Kassel - Germany
""", charset='us-ascii', cte='7bit')
    return m


@mail(70, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-care-service',
      'long-term care: query to a home-care service about service records of a named insured (care grade 4, insulin injections, compression stockings)')
def m070():
    m = msg(70, who('keller'), 'Pflegedienst Sonnenhang – Abrechnung <abrechnung@pflegedienst-sonnenhang.example>',
            'Leistungsnachweise April 2026 – Herr Erwin Kowalski (PPV-9920-087412)',
            '2026-05-06 13:25')
    text(m, """Sehr geehrte Frau Brandner,

vielen Dank für die Abrechnung April 2026 für Herrn Erwin Kowalski,
geb. 09.12.1939, Pflegegrad 4.

Bei den Leistungsnachweisen ist mir Folgendes aufgefallen:

1. Neben der Grundpflege (LK 1 große Morgentoilette, LK 4 Lagern/
   Mobilisation) haben Sie 60-mal "Insulininjektion" und 30-mal "An- und
   Ausziehen der Kompressionsstrümpfe" mit abgerechnet. Das ist
   Behandlungspflege nach ärztlicher Verordnung und wird nicht aus der
   Pflegeversicherung, sondern aus der Krankenversicherung bezahlt. Bitte
   rechnen Sie diese Positionen mit der Verordnung von Dr. Pfeiffer direkt
   bei der Krankenversicherung von Herrn Kowalski ab.

2. Am 14.04. bis 18.04. war Herr Kowalski laut Ihrem eigenen Vermerk im
   Krankenhaus (Entgleisung des Diabetes). Für diese Tage sind trotzdem
   Einsätze eingetragen – vermutlich ein Übertragungsfehler?

Die übrigen Positionen (Sachleistungsbetrag Pflegegrad 4) zahlen wir
unverändert. Bitte senden Sie uns eine korrigierte Rechnung.

Mit freundlichen Grüßen

""" + sig('keller') + """

""" + FOOTER_KRANKEN + '\n')
    return m


@mail(71, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor partial cover: collision with a deer, named customer, plate, hunter certificate, repair amount; nobody hurt')
def m071():
    m = msg(71, who('aydin'), 'Jürgen Fiedler <juergen.fiedler@t-net.example>',
            'Wildunfall vom 24.04.2026 – TK-26-0017740',
            '2026-05-07 08:56')
    text(m, """Guten Morgen Herr Fiedler,

die Wildunfallbescheinigung des Jagdpächters (Revier Grebenstein-Nord) und
die Reparaturrechnung des Autohauses Möller liegen vor. Ihr Ford Kuga
(KS-JF 604) ist am 24.04.2026 gegen 21:40 Uhr auf der B 7 zwischen
Grebenstein und Calden mit einem Reh zusammengestoßen. Sie sind zum Glück
unverletzt geblieben.

Der Schaden ist über Ihre Teilkasko (Vertrag KF-3318-709155) versichert:

  Reparaturkosten lt. Rechnung  3.140,28 EUR
  Selbstbeteiligung Teilkasko   -150,00 EUR
  Erstattung                    2.990,28 EUR

Der Betrag geht direkt an das Autohaus Möller, da Sie uns die
Abtretungserklärung unterschrieben haben. Ein Wildschaden in der Teilkasko
hat keinen Einfluss auf Ihren Schadenfreiheitsrabatt.

Mit freundlichen Grüßen

""" + sig('aydin') + '\n', cte='8bit')
    return m


@mail(72, 'NORMAL', 'en', 'newsletter',
      'trap: HTML-only investor newsletter with group results and accident/health claims ratios, no persons')
def m072():
    m = msg(72, '"Falkenstein Investor Relations" <ir@' + DOM + '>', 'ir-distribution@lists.' + DOM,
            'Falkenstein Group – Q1 2026 results at a glance',
            '2026-05-12 07:00',
            headers=[('List-Unsubscribe', '<https://www.falkenstein-versicherung.example/ir/unsubscribe>'), ('Precedence', 'bulk')])
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Q1 2026</title></head>
<body style="font-family:Georgia,serif;max-width:640px">
<h1 style="font-size:22px">Q1 2026 results at a glance</h1>
<p>Falkenstein Versicherungsgruppe grew gross written premiums by 4.6&nbsp;% in the first quarter.
The property/casualty combined ratio improved to 93.1&nbsp;% despite storm &ldquo;Kilian&rdquo;.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px">
<tr style="background:#eef2f5"><th>Segment</th><th>GWP Q1 2026 (EUR m)</th><th>change</th><th>claims ratio</th></tr>
<tr><td>Motor</td><td>142.8</td><td>+6.1&nbsp;%</td><td>81.4&nbsp;%</td></tr>
<tr><td>Property</td><td>118.3</td><td>+5.0&nbsp;%</td><td>64.9&nbsp;%</td></tr>
<tr><td>Personal accident</td><td>41.7</td><td>+3.2&nbsp;%</td><td>46.8&nbsp;%</td></tr>
<tr><td>Health (incl. long-term care)</td><td>96.5</td><td>+7.4&nbsp;%</td><td>78.2&nbsp;%</td></tr>
<tr><td>Life &amp; disability</td><td>133.0</td><td>+1.1&nbsp;%</td><td>&ndash;</td></tr>
</table>
<p>In personal accident, invalidity benefits rose slightly because of several large claims from winter
sports; hospital daily allowance claims were stable. The new tariff generation launched in February
accounted for 38&nbsp;% of new business.</p>
<p>Full report: <a href="https://www.falkenstein-versicherung.example/ir/q1-2026">falkenstein-versicherung.example/ir</a></p>
<p style="font-size:11px;color:#777">Falkenstein Versicherungsgruppe &middot; Investor Relations &middot; Auestra&szlig;e 40 &middot; 34117 Kassel<br>
<a href="https://www.falkenstein-versicherung.example/ir/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    text(m, html, subtype='html')
    return m


@mail(73, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      "accident: letter to the insured's lawyer explaining the invalidity decision (knee, osteoarthritis contribution 30 %, limb-table value, amounts)")
def m073():
    m = msg(73, who('reimers'), '"RA Dr. Konstantin Reuter" <k.reuter@reuter-lamprecht.example>',
            'Ihr Mandant Kai-Uwe Rademacher – Unfallversicherung UV-4471-129903, Schaden U-2025-003390',
            '2026-05-13 15:05')
    text(m, """Sehr geehrter Herr Dr. Reuter,

vielen Dank für Ihr Schreiben vom 05.05.2026, mit dem Sie uns die
Vertretung von Herrn Rademacher anzeigen. Eine Vollmacht liegt bei.

Zu unserer Entscheidung vom 20.02.2026:

1. Unfallfolgen: Ihr Mandant erlitt am 08.02.2025 beim Skifahren eine
   Ruptur des vorderen Kreuzbandes links; versorgt mit einer VKB-Plastik
   und Innenmeniskus-Teilresektion. Der Gutachter Dr. Altmann hat die
   verbliebene Funktionsbeeinträchtigung mit 3/10 Beinwert bemessen.
   Das haben wir übernommen.

2. Mitwirkung: Nach den bildgebenden Befunden bestand bereits vor dem
   Unfall eine Gonarthrose links Grad II, wegen der Ihr Mandant 2022 in
   orthopädischer Behandlung war. Unsere Beratungsärztin schätzt den
   Mitwirkungsanteil auf 30 %. Nach Ziffer 3 FV-AUB 2014 kürzen wir ab
   einem Anteil von 25 %.

3. Berechnung: Beinwert 70 % x 3/10 = 21 % Invalidität; Grundsumme
   100.000 EUR = 21.000 EUR; abzüglich 30 % Mitwirkung = 14.700 EUR
   (gezahlt am 24.02.2026).

Wenn Ihr Mandant die Mitwirkung bestreitet, bieten wir an, die Frage durch
einen von beiden Seiten akzeptierten Gutachter klären zu lassen. Die
Kosten trägt bei einem für Ihren Mandanten günstigeren Ergebnis die
Falkenstein. Die vollständige Leistungsakte übersenden wir Ihnen gern auf
dem Postweg.

Mit freundlichen Grüßen

""" + sig('reimers') + """

""" + FOOTER_DE + '\n')
    return m


@mail(74, 'CONFIDENTIAL', 'de', 'lawyer',
      "legal expenses (tenancy): lawyer's mail forwarded internally, client named, landlord dispute; fee invoice in the attached PDF")
def m074():
    m = msg(74, who('vogt'), 'Zahlungsverkehr Rechtsschutz <zahlungen-rs@' + DOM + '>',
            'WG: Kostennote Ott ./. Hausverwaltung Ruland – RS-2025-02218',
            '2026-05-15 09:18')
    text(m, """Bitte zahlen – Kostennote geprüft, Gegenstandswert passt zur
Deckungszusage vom 11.11.2025. SB 150 EUR bereits abgezogen.
Gruß Lena Vogt

-----Ursprüngliche Nachricht-----
Von: Kanzlei Reuter Lamprecht – Buchhaltung <buchhaltung@reuter-lamprecht.example>
Gesendet: Donnerstag, 14. Mai 2026 16:40
An: rechtsschutz@falkenstein-versicherung.example
Betreff: Kostennote Ott ./. Hausverwaltung Ruland – Ihr Zeichen RS-2025-02218

Sehr geehrte Damen und Herren,

in der Angelegenheit unserer Mandantin Frau Jasmin Ott gegen die
Hausverwaltung Ruland GmbH (Nebenkostenabrechnungen 2022–2024, Wohnung
Kölnische Straße 88, Kassel) ist das Verfahren durch Vergleich vor dem
Amtsgericht Kassel beendet worden. Anbei unsere Kostennote mit der Bitte
um Ausgleich.

Mit freundlichen Grüßen
M. Albrecht
Buchhaltung
Kanzlei Reuter Lamprecht Rechtsanwälte PartG mbB
""", cte='8bit')
    attach(m, pdf([
        '# Kanzlei Reuter Lamprecht Rechtsanwälte PartG mbB',
        'Friedrichsplatz 9, 34117 Kassel',
        '',
        '# Kostennote Nr. 2026-0388',
        'Mandantin: Jasmin Ott, Kölnische Straße 88, 34119 Kassel',
        'Gegner: Hausverwaltung Ruland GmbH',
        'Rechtsschutzversicherer: Falkenstein Versicherung AG, Zeichen RS-2025-02218',
        'Gegenstandswert: 2.846,00 EUR',
        '',
        '1,3 Verfahrensgebühr Nr. 3100 VV RVG          354,90 EUR',
        '1,2 Terminsgebühr Nr. 3104 VV RVG             327,60 EUR',
        '1,0 Einigungsgebühr Nr. 1000, 1003 VV RVG     273,00 EUR',
        'Post- und Telekommunikationspauschale Nr. 7002   20,00 EUR',
        'Zwischensumme netto                            975,50 EUR',
        '19 % Umsatzsteuer Nr. 7008                     185,35 EUR',
        'Gesamt                                        1.160,85 EUR',
        'abzüglich Selbstbeteiligung der Mandantin     -150,00 EUR',
        'Zahlbetrag Rechtsschutzversicherer            1.010,85 EUR',
        '',
        'Bankverbindung der Kanzlei: Kasseler Bank eG, Kanzleikonto (siehe Briefbogen)',
    ], title='Kostennote 2026-0388', author='Kanzlei Reuter Lamprecht', date='20260514163000',
        producer='RA-Micro Druck 2026'), 'application/pdf', 'Kostennote_2026-0388.pdf')
    return m


@mail(75, 'NORMAL', 'de', 'insurer-to-authority',
      'trap: answer to the data protection authority on retention periods for health data in accident claims; concept only, no individual case')
def m075():
    m = msg(75, who('feld'), 'Referat 3 – Versicherungswirtschaft <poststelle@datenschutzaufsicht-nordhessen.example>',
            'Ihr Az. 3.41-0771/2026 – Lösch- und Aufbewahrungskonzept Leistungsdaten Unfall',
            '2026-05-18 14:00')
    text(m, """Sehr geehrte Frau Oberstein,

zu Ihrer allgemeinen Anfrage vom 21.04.2026 (keine Beschwerde, sondern
Querschnittsprüfung der Versicherungsunternehmen) teilen wir mit:

1. Leistungsakten der Unfallversicherung (einschließlich Arztberichten,
   Gutachten und Krankenhausbescheinigungen) bewahren wir zehn Jahre nach
   Abschluss des Leistungsfalls auf; bei laufender Unfallrente bis zehn Jahre
   nach der letzten Zahlung. Grundlage sind § 257 HGB, § 147 AO sowie die
   Verjährungsfristen.

2. Gesundheitsdaten aus abgelehnten Anträgen löschen wir nach drei Jahren.

3. Papierunterlagen werden nach dem Scannen 6 Monate aufbewahrt und dann
   nach DIN 66399 (Schutzklasse 3, P-4) vernichtet.

4. Die Löschung wird quartalsweise automatisiert angestoßen und durch den
   Datenschutz stichprobenartig kontrolliert; das Löschprotokoll kann bei
   einem Vor-Ort-Termin eingesehen werden.

Das vollständige Löschkonzept (Version 4.1) übersenden wir Ihnen gern über
das Behördenpostfach.

Mit freundlichen Grüßen

""" + sig('feld') + '\n', cte='8bit')
    return m


@mail(76, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident: eye injury from a firework rocket, visual acuity, limb-table eye value and invalidity payout for the addressee; body is base64-encoded')
def m076():
    m = msg(76, who('oberlaender'), 'Niklas Bauer <niklas.bauer@postfach24.example>',
            'Invaliditätsleistung aus Ihrer Unfallversicherung – U-2025-000011',
            '2026-05-19 10:37')
    text(m, """Sehr geehrter Herr Bauer,

das augenärztliche Gutachten von Frau Dr. med. Vera Lindemann
(Augenklinik am Bergpark) vom 28.04.2026 liegt uns vor. Danach sind nach
der Verletzung Ihres linken Auges durch eine fehlgeleitete Silvesterrakete
in der Neujahrsnacht 2024/2025 (perforierende Hornhautverletzung mit
traumatischem Katarakt, Linsenersatz am 02.01.2025) dauerhaft folgende
Beeinträchtigungen geblieben:

  Sehschärfe links (korrigiert) 0,1 – rechts 1,0
  Blendempfindlichkeit, Gesichtsfeld unauffällig

Die Gutachterin bemisst die Beeinträchtigung mit 4/10 des Augenwertes.

Berechnung nach Ihrem Tarif UV Komfort:
  Auge lt. Gliedertaxe 55 % x 4/10   = 22 % Invalidität
  Grundsumme 100.000 EUR x 22 %      = 22.000,00 EUR

Den Betrag überweisen wir auf Ihr Konto DE13 5290 9754 6238 6910 50.
Das Krankenhaustagegeld für den Aufenthalt in der Augenklinik haben wir
bereits im Januar 2025 gezahlt.

Nach den Bedingungen können Sie und wir die Invalidität bis drei Jahre
nach dem Unfall neu bemessen lassen. Eine Verschlechterung sollten Sie uns
daher bis spätestens 31.12.2027 mitteilen.

Mit freundlichen Grüßen

""" + sig('oberlaender') + """

""" + FOOTER_DE + '\n', cte='base64')
    return m


@mail(77, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      "private liability: named customer's 9-year-old son scratched a parked car with his bicycle; goodwill cover for children under 10, no injury")
def m077():
    m = msg(77, who('blum'), 'Laura Bennett <laura.bennett@nordpost.example>',
            "Your son's bicycle and the neighbour's car – claim PH-S-2026-03014",
            '2026-05-20 11:44')
    text(m, """Dear Mrs Bennett,

thank you for reporting the incident of 9 May 2026: your son Jack (9)
lost control of his bicycle in Am Hange, Kassel-Wehlheiden, and scraped the
rear door of a parked Audi A4 belonging to your neighbour, Mr Dirk
Heinemann. Nobody was hurt.

Under German law (section 828 of the Civil Code) a child under ten is not
liable for damage caused in an accident involving motor vehicles, so
strictly speaking Mr Heinemann has no claim against Jack or you. Many
families nevertheless want to settle such matters to keep good relations
with their neighbours. Your private liability policy PH-7781-288410
(tariff Komfort) therefore includes cover for damage caused by children who
are not liable, up to EUR 10,000.

We will pay Mr Heinemann the repair costs of EUR 1,186.50 (estimate of
Karosserie Winter) directly. You do not need to do anything else.

Kind regards

""" + sig('blum') + '\n')
    return m


@mail(78, 'NORMAL', 'de', 'insurer-to-partner',
      "trap: joint 'safe way to school' campaign with the statutory school accident insurer; aggregate figures only, no child")
def m078():
    m = msg(78, who('brandt'), 'Prävention LUK Nordhessen <praevention@luk-nordhessen.example>',
            'Gemeinsame Aktion "Sicher zur Schule 2026" – Materialien und Zahlen',
            '2026-05-21 12:20', cc=who('hollstein'))
    text(m, """Sehr geehrter Herr Kämpf,

danke für das gute Gespräch. Zur gemeinsamen Aktion "Sicher zur Schule
2026" zum Schuljahresbeginn hier unsere Beiträge:

1. Zahlen aus unserem Kinderunfall-Bestand 2025 (gerundet, ohne
   Einzelfälle): 12 % der gemeldeten Kinderunfälle passierten im
   Straßenverkehr, davon knapp zwei Drittel mit dem Fahrrad oder Roller.
   Kopfverletzungen waren bei Kindern ohne Helm fast dreimal so häufig.

2. Materialien: 20.000 Warnwesten in Kindergröße mit beiden Logos und
   5.000 Fahrradhelm-Gutscheine (Wert 15 EUR) für die Erstklässler im
   Einzugsgebiet. Die Verteilung läuft über die Schulen.

3. Elternbrief: Unser Textvorschlag stellt klar, dass die gesetzliche
   Schülerunfallversicherung für den Schulweg gilt und eine private
   Absicherung für die Freizeit sinnvoll sein kann – ohne Werbung für
   einzelne Produkte, wie von Ihnen gewünscht.

Den Entwurf des Elternbriefs sende ich Ihnen bis Ende Mai.

Mit freundlichen Grüßen

""" + sig('brandt') + '\n', cte='8bit')
    return m


@mail(79, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-assessor',
      'accident: instruction of a UK orthopaedic expert for an invalidity assessment of a named insured with birth date (scaphoid non-union, surgery)')
def m079():
    m = msg(79, who('oberlaender'), '"Mr Richard Thornton FRCS" <secretary@thornton-medicolegal.example>',
            'Instruction: independent medical examination – Mrs Helen Ashworth (our ref. U-2025-002207)',
            '2026-05-26 13:50')
    text(m, """Dear Mr Thornton,

thank you for agreeing to examine our insured person on our behalf.

  Insured:        Mrs Helen Ashworth, born 2 October 1971
  Address:        14 Lansdown Crescent, Bath BA1 5EX
  Policy:         UV-4471-301166 (German personal accident policy,
                  taken out while she lived in Kassel)
  Accident:       cycling accident in Bath on 30 March 2025
  Injury:         fracture of the left scaphoid (waist), initially missed,
                  non-union diagnosed in July 2025; open reduction and
                  internal fixation with bone graft on 12 August 2025
                  (Royal United Hospital)

Questions:
1. What permanent functional impairment of the left hand remains
   (range of motion in degrees, grip strength compared with the right hand)?
2. Please express the impairment as a fraction of the value of the hand
   (e.g. 2/10 hand value) – German policies use a fixed limb table, so we
   need the loss of function of the hand, not a whole-person percentage.
3. Did any pre-existing condition of the wrist contribute? If so, to what
   extent?

Our medical documents (translations of the German GP notes and the UK
hospital letters) will be sent by our secure file transfer. Your fee of
GBP 850 plus radiology at cost has been approved.

Kind regards

""" + sig('oberlaender') + """

""" + DISCLAIMER_EN + '\n')
    return m


@mail(80, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: pilot of a classifier for incoming medical reports with synthetic test documents only; DPA and DPIA conditions, no real data')
def m080():
    m = msg(80, who('rothe'), 'Lukas Weber <l.weber@doccapture-solutions.example>',
            'Pilot "medical inbox classification" – conditions and test corpus',
            '2026-05-27 16:10', cc=who('feld'))
    text(m, """Hi Lukas,

following our call, here are the conditions for the pilot of your
classifier for incoming medical documents (discharge letters, doctors'
reports, expert opinions, hospital invoices):

1. Phase 1 (June): only the synthetic test corpus we built together –
   1,200 documents with fictitious patients ("Max Mustermann", "Erika
   Musterfrau"), invented diagnoses and the published example IBANs. No
   production documents.
2. Phase 2 can only start after our data protection impact assessment is
   signed off and the DPA under Art. 28 GDPR including the clause on
   professional secrecy (section 203 StGB) is in place.
3. Hosting in Germany, no use of our documents for training your general
   models.
4. Target metrics: 95 % correct routing to the right claims team, < 1 %
   of medical documents routed to non-medical teams.

Miriam from our data protection office is in copy and will send the DPIA
questionnaire.

Best
Stefan

""" + sig('rothe') + '\n')
    return m


@mail(81, 'NORMAL', 'en', 'internal',
      'trap: actuarial analysis of hospital daily allowance frequency and length of stay by age band (XLSX), no persons')
def m081():
    m = msg(81, who('mayfield'), who('baumgart'),
            'Hospital daily allowance – frequency and length of stay by age band 2023–2025',
            '2026-05-28 18:02', cc='pricing-accident@' + DOM)
    text(m, """Hi Rainer,

as input for the pricing review, attached the hospital daily allowance
(HDA) experience by age band for 2023-2025, accident only (no health
portfolio). Exposure in policy years, claims with at least one HDA day.

Main points:
- Frequency is fairly flat up to age 60 and then almost doubles; the 70+
  band is driven by hip and wrist fractures after falls.
- Average length of stay went down from 6.1 to 5.4 days, mostly because of
  earlier discharges after ankle and forearm surgery.
- The 0-17 band has the lowest length of stay (2.3 days) but a rising
  frequency since 2024 (trampoline parks, e-scooters).

Happy to walk you through it on Monday.

Robert

""" + sig('mayfield') + '\n', charset='us-ascii', cte='7bit')
    rows = [['Age band', 'Exposure 2023', 'Claims 2023', 'Exposure 2024', 'Claims 2024', 'Exposure 2025', 'Claims 2025',
             'Frequency 2025 per mille', 'Avg. length of stay 2025 (days)'],
            ['0-17', 27110, 301, 28420, 342, 29530, 371, 12.6, 2.3],
            ['18-29', 14870, 188, 15120, 194, 15500, 201, 13.0, 3.9],
            ['30-44', 31200, 327, 32010, 341, 32690, 338, 10.3, 4.4],
            ['45-59', 38950, 486, 39340, 470, 39980, 495, 12.4, 5.6],
            ['60-69', 22140, 462, 22830, 468, 23390, 489, 20.9, 7.2],
            ['70+', 12680, 392, 13020, 417, 13883, 446, 32.1, 9.8],
            ['Total', 146950, 2156, 150740, 2232, 154973, 2340, 15.1, 5.4]]
    attach(m, xlsx([('HDA by age band', rows)], title='HDA experience 2023-2025',
                    creator='Robert Mayfield', created='2026-05-28T16:40:00Z'),
           MIME_XLSX, 'HDA_experience_by_age_band_2023-2025.xlsx')
    return m


@mail(82, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: rate card and process rules for a rehabilitation management provider (fees, consent requirement), no case')
def m082():
    m = msg(82, who('reimers'), '"Dr. Carola Hinz" <c.hinz@rehapartner-nord.example>',
            'Reha-Management 2026 – Rahmenpreise und Ablauf',
            '2026-06-01 10:20', cc=who('petersen'))
    text(m, """Sehr geehrte Frau Dr. Hinz,

vielen Dank für Ihr Angebot. Wir bestätigen die Rahmenpreise für das
Reha-Management in der Unfallversicherung ab 01.07.2026:

  Erstkontakt und Bedarfsanalyse (Hausbesuch)   Pauschale 390 EUR
  Fallsteuerung je Stunde                       88 EUR
  Fahrtkosten                                   0,42 EUR/km
  Abschlussbericht                              Pauschale 150 EUR

Zum Ablauf:
- Aufträge kommen ausschließlich über unser Dienstleisterportal; dort
  liegt auch die Einwilligung der versicherten Person. Ohne Einwilligung
  keine Kontaktaufnahme.
- Berichte bitte nur über das Portal hochladen, nicht per E-Mail.
- Typische Fälle sind schwere Verletzungen mit längerer Arbeitsunfähigkeit
  (Polytrauma, Wirbelsäule, Amputationen, Schädel-Hirn-Trauma), bei denen
  eine frühe Rückkehr in den Beruf realistisch ist.

Den Vertrag schickt Ihnen Frau Petersen aus dem Einkauf.

Mit freundlichen Grüßen

""" + sig('reimers') + '\n', cte='8bit')
    return m


@mail(83, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'legal expenses (neighbour law): cover for mediation for a named customer against a named neighbour, address, claim number')
def m083():
    m = msg(83, who('vogt'), 'Wolfgang Ebert <w.ebert@kabelpost.example>',
            'Ihr Nachbarstreit – Kostenübernahme Mediation (RS-2026-01388)',
            '2026-06-02 14:45')
    text(m, """Sehr geehrter Herr Ebert,

wir haben Ihre Schilderung zum Streit mit Ihrer Nachbarin, Frau Ursula
Brandl, über die Thujahecke an der Grundstücksgrenze Waldstraße 14/16 in
Vellmar geprüft. Die Hecke ist nach Ihren Angaben über 4 m hoch und
überragt Ihr Grundstück um bis zu 1,20 m; ein Schreiben Ihrerseits vom
Februar blieb unbeantwortet.

Ihr Wohnungs- und Grundstücksrechtsschutz (Vertrag RS-6610-149822) umfasst
auch nachbarrechtliche Streitigkeiten. Bevor ein Anwalt oder das Gericht
eingeschaltet wird, empfehlen wir eine Mediation – in Hessen ist vor einer
Klage ohnehin ein Schlichtungsverfahren vorgeschrieben. Die Kosten der
Mediation übernehmen wir bis 1.500 EUR ohne Selbstbeteiligung.

Unsere Partnermediatorin, Frau Sabine Kühn, meldet sich in den nächsten
Tagen bei Ihnen. Wenn die Mediation scheitert, erteilen wir Ihnen gern
Deckung für die anwaltliche Vertretung.

Mit freundlichen Grüßen

""" + sig('vogt') + '\n')
    return m


@mail(84, 'NORMAL', 'de', 'internal',
      'trap: purchase of first-aid kits, AED pads and accident-book forms; note that accident-book entries are health data, but none included')
def m084():
    m = msg(84, who('petersen'), 'Ersthelfer-Koordination <ersthelfer@' + DOM + '>',
            'Bestellung Erste-Hilfe-Material 2026 ist raus',
            '2026-06-03 09:05', cc='Haustechnik <haustechnik@' + DOM + '>')
    text(m, """Hallo zusammen,

die Jahresbestellung für das Erste-Hilfe-Material ist bei Medi-Bedarf
Schubert rausgegangen (Bestellung BE-2026-00612):

- 30 Verbandkästen DIN 13157 (Austausch aller Kästen mit abgelaufenem
  Sterilgut, Liste von der Begehung im April)
- 6 Nachfüllsets DIN 13157
- 3 Sätze Elektroden für die AEDs (Foyer, Kantine, 5. OG), Ablauf 05/2026
- 2 Kühlpacks-Sets für den Betriebssport
- 200 Vordrucke "Verbandbuch" (Meldeblock nach DGUV Information 204-020)

Wichtig: Die ausgefüllten Verbandbuch-Blätter sind Gesundheitsdaten der
Kolleginnen und Kollegen. Bitte nicht mehr in den Verbandkästen liegen
lassen, sondern wie besprochen im abschließbaren Schrank bei der
Ersthelfer-Koordination ablegen (5 Jahre Aufbewahrung).

Lieferung kommt voraussichtlich in KW 24 an die Poststelle.

Viele Grüße
Anja

""" + sig('petersen') + '\n', cte='8bit', flowed=True)
    return m


@mail(85, 'STRICTLY_CONFIDENTIAL', 'de', 'doctor',
      "accident: orthopaedic surgeon's report on a named patient (ACL rupture, earlier degenerative meniscus tear, recurrent swelling) forwarded twice inline to the medical officer")
def m085():
    m = msg(85, who('kaya'), who('sandmann'),
            'WG: WG: Arztbericht Hagemann, Dennis – Ihr Az. U-2026-000655',
            '2026-06-04 11:12')
    text(m, """Liebe Frau Dr. Sandmann,

hier der Bericht von Dr. Altmann zu Herrn Hagemann – bitte vor allem den
Absatz zu 2019 und zur "rezidivierenden Schwellneigung seit 2023" ansehen.
Spricht das für eine relevante Mitwirkung?

Danke und viele Grüße
Selin Kaya

-------- Weitergeleitete Nachricht --------
Betreff: WG: Arztbericht Hagemann, Dennis – Ihr Az. U-2026-000655
Datum: Thu, 4 Jun 2026 08:02:40 +0200
Von: Poststelle <poststelle@falkenstein-versicherung.example>
An: leistung-unfall@falkenstein-versicherung.example

Zuständigkeitshalber – kam an die allgemeine Adresse.
Poststelle / Eingangsmanagement

-------- Weitergeleitete Nachricht --------
Betreff: Arztbericht Hagemann, Dennis – Ihr Az. U-2026-000655
Datum: Wed, 3 Jun 2026 17:21:09 +0200
Von: Praxis Dr. Altmann <praxis@ortho-altmann.example>
An: info@falkenstein-versicherung.example

Sehr geehrte Damen und Herren,

auf Ihre Anfrage und mit Entbindung von der Schweigepflicht berichten wir
über unseren gemeinsamen Patienten Dennis Hagemann, geb. 08.01.1994.

Diagnosen:
- komplette Ruptur des vorderen Kreuzbandes rechts (S83.53 R) nach
  Sprungwurf-Landung beim Handball am 11.04.2026
- Z. n. arthroskopischer Innenmeniskus-Teilresektion rechts 06/2019
  (damals degenerativer Hinterhornriss, kein Unfallereignis erinnerlich)
- Chondromalazie medialer Femurkondylus rechts Grad II

Anamnese: Seit 2023 berichtet der Patient über rezidivierende
Schwellneigung nach Belastung, keine Instabilität, keine Behandlung.

Therapie: VKB-Plastik (Semitendinosus) am 17.04.2026 in unserer
Belegabteilung, stationär 17.–19.04.2026. Aktuell Physiotherapie,
Vollbelastung, Beugung bis 100°.

Einschätzung: Die VKB-Ruptur ist traumatisch. Die Knorpelschäden und der
Meniskusbefund sind vorbestehend-degenerativ; ob sie das Endergebnis
beeinflussen, lässt sich erst nach Abschluss der Reha beurteilen.

Mit freundlichen Grüßen
Dr. med. Jens Altmann
Facharzt für Orthopädie und Unfallchirurgie, Sportmedizin
""", cte='quoted-printable')
    return m


@mail(86, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      "harmless 'details updated' reply; the quoted customer mail below carries his name, home insurance policy number and new IBAN")
def m086():
    m = msg(86, who('wirth'), 'Marek Nowicki <marek.nowicki@web-mail.example>',
            'Re: change of bank account',
            '2026-06-05 12:31',
            irt='<a3f9e1d2-1b2c-4f5e-8d7a-9c0b1e2f3a4b@web-mail.example>')
    text(m, """Dear Mr Nowicki,

thank you, we have updated your details. The next premium will be collected
from the new account on 1 July.

Kind regards
Hannah Wirth

""" + sig('wirth') + """

On Thu, 4 Jun 2026 at 22:15, Marek Nowicki <marek.nowicki@web-mail.example> wrote:
> Hello,
> please change the bank account for my home insurance HR-5520-266019
> to the new one:
>
> IBAN DE94 4491 8400 0881 2177 52
> account holder Marek Nowicki
> bank: Volksbank Göttingen
>
> The old account at Postbank will be closed end of June.
> Thanks, Marek Nowicki
> Weender Landstraße 102, 37075 Göttingen
""", cte='8bit', flowed=True)
    return m


@mail(87, 'NORMAL', 'de', 'newsletter',
      'trap: broker newsletter comparing limb-table values and invalidity rules across tariffs, HTML table, no persons')
def m087():
    m = msg(87, '"Falkenstein Makler-Info" <makler-info@' + DOM + '>', 'makler-info@lists.' + DOM,
            'Makler-Info 06/2026: Die Gliedertaxe im Vergleich – worauf Ihre Kunden achten sollten',
            '2026-06-08 07:15',
            headers=[('List-Unsubscribe', '<https://makler.falkenstein-versicherung.example/newsletter/abmelden>'), ('Precedence', 'bulk')])
    plain = """Makler-Info 06/2026

Die Gliedertaxe im Vergleich

Bei der Beratung zur Unfallversicherung schauen viele Kunden nur auf die
Grundsumme und die Progression. Entscheidend für die Höhe der Leistung ist
aber oft die Gliedertaxe: Sie legt fest, welcher Invaliditätsgrad beim
Verlust oder der Funktionsunfähigkeit eines Körperteils gilt.

                           Musterbed.  Basis  Komfort  Premium
  Hand                        55 %      55 %    65 %     70 %
  Daumen                      20 %      20 %    25 %     30 %
  Fuß                         40 %      40 %    50 %     55 %
  Auge                        50 %      50 %    55 %     60 %
  Gehör einseitig             30 %      30 %    35 %     45 %

Rechenbeispiel: Funktionsverlust des Daumens zur Hälfte, Grundsumme
100.000 EUR. Basis: 10 % = 10.000 EUR; Premium: 15 % = 15.000 EUR.

Tipp für die Beratung: Für Handwerker, Musiker und Zahnärzte lohnt sich
eine verbesserte Gliedertaxe für Hand und Finger besonders.

Falkenstein Versicherung AG · Maklervertrieb · 34117 Kassel
Abmelden: https://makler.falkenstein-versicherung.example/newsletter/abmelden
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<h2>Die Gliedertaxe im Vergleich</h2>
<p>Bei der Beratung zur Unfallversicherung schauen viele Kunden nur auf Grundsumme und Progression.
Entscheidend ist aber oft die <b>Gliedertaxe</b>.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e6eef3"><th>Körperteil</th><th>Musterbed.</th><th>Basis</th><th>Komfort</th><th>Premium</th></tr>
<tr><td>Hand</td><td>55&nbsp;%</td><td>55&nbsp;%</td><td>65&nbsp;%</td><td>70&nbsp;%</td></tr>
<tr><td>Daumen</td><td>20&nbsp;%</td><td>20&nbsp;%</td><td>25&nbsp;%</td><td>30&nbsp;%</td></tr>
<tr><td>Fuß</td><td>40&nbsp;%</td><td>40&nbsp;%</td><td>50&nbsp;%</td><td>55&nbsp;%</td></tr>
<tr><td>Auge</td><td>50&nbsp;%</td><td>50&nbsp;%</td><td>55&nbsp;%</td><td>60&nbsp;%</td></tr>
<tr><td>Gehör einseitig</td><td>30&nbsp;%</td><td>30&nbsp;%</td><td>35&nbsp;%</td><td>45&nbsp;%</td></tr>
</table>
<p><i>Rechenbeispiel:</i> Funktionsverlust des Daumens zur Hälfte, Grundsumme 100.000&nbsp;EUR:
Basis 10&nbsp;% = 10.000&nbsp;EUR, Premium 15&nbsp;% = 15.000&nbsp;EUR.</p>
<p>Tipp: Für Handwerker, Musiker und Zahnärzte lohnt sich eine verbesserte Gliedertaxe für Hand und Finger besonders.</p>
<p style="font-size:11px;color:#888">Falkenstein Versicherung AG &middot; Maklervertrieb &middot;
<a href="https://makler.falkenstein-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
"""
    alt(m, plain, html)
    return m


@mail(88, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'accident: transitional benefit for the addressee six months after a motorcycle accident (pelvic and sacral fractures), degree of impairment')
def m088():
    m = msg(88, who('oberlaender'), 'Aidan Murphy <aidan.murphy@eirmail.example>',
            'Transitional benefit under your accident policy – U-2025-003611',
            '2026-06-09 15:15')
    text(m, """Dear Mr Murphy,

thank you for the medical certificate from Dr. Sebastian Krug (trauma
surgery, Klinikum Waldhausen) dated 28 May 2026.

According to the certificate, the consequences of your motorcycle accident
on 23 November 2025 – the fractures of the pelvic ring and the sacrum
(S32.1, S32.81) with a lesion of the sacral nerve roots – still impair your
normal physical performance by more than 50 %, without interruption since
the accident. You still need crutches and cannot work as a carpenter.

Your policy UV-4471-318870 provides a transitional benefit in exactly this
situation, six months after the accident. We will therefore pay

    EUR 10,000.00

to your account within the next week. This benefit is independent of any
later invalidity benefit and will not be deducted from it.

We will ask Dr. Krug for a report on the permanent consequences once your
rehabilitation is complete. Please remember that invalidity must be
claimed within 15 months of the accident, i.e. by 23 February 2027.

We wish you continued progress.

Kind regards

""" + sig('oberlaender') + """

""" + DISCLAIMER_EN + '\n')
    return m


@mail(89, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor: transfer of the no-claims class from a named father to his daughter, both birth dates, policy numbers')
def m089():
    m = msg(89, who('aydin'), 'Lea Winter <lea.winter@postfach24.example>',
            'Übertragung Schadenfreiheitsrabatt – Vertrag KF-3318-901443',
            '2026-06-10 10:06', cc='Bernd Winter <bernd.winter@t-net.example>')
    text(m, """Sehr geehrte Frau Winter,
sehr geehrter Herr Winter,

die unterschriebene Übertragungserklärung liegt vor. Wir übertragen den
Schadenverlauf wie folgt:

  Abgebender:     Bernd Winter, geb. 03.07.1956
                  Vertrag KF-3318-221907 (VW Passat, KS-BW 356), SF 27
  Übernehmende:   Lea Winter, geb. 14.11.2001
                  Vertrag KF-3318-901443 (VW Polo, KS-LW 141)
  Führerschein Lea Winter seit: 20.11.2019

Übertragen werden kann nur so viel Schadenfreiheit, wie Sie selbst hätten
erfahren können, also die Jahre seit Ihrem Führerscheinerwerb. Ihr neuer
Vertrag beginnt daher in SF 6 (statt SF 1/2). Ihr Vater wird in seinem
Vertrag auf SF 0 zurückgestuft, wenn er den Passat weiter fährt – wir haben
das wie besprochen zum 01.07. gekündigt.

Neuer Jahresbeitrag für Ihren Polo: 612,40 EUR (statt 1.184,90 EUR).

Mit freundlichen Grüßen

""" + sig('aydin') + '\n')
    return m


@mail(90, 'NORMAL', 'en', 'insurer-to-doctor',
      "trap: invitation to the insurer's symposium for medical assessors (limb table, degenerative contribution, children's reassessment), programme only")
def m090():
    m = msg(90, who('sandmann'), 'Undisclosed recipients:;',
            "Invitation: Falkenstein Medical Assessors' Symposium, 25 September 2026",
            '2026-06-11 09:30')
    text(m, """Dear colleagues,

on behalf of Falkenstein Versicherung I would like to invite you to our
annual symposium for medical assessors in personal accident insurance.

  Date:   Friday, 25 September 2026, 09:30 - 16:30
  Venue:  Kongress Palais Kassel (Stadthalle), Saal Elisabeth
  CME:    8 points applied for with the State Medical Association

Programme (talks in German, slides in English):
- The limb table in practice: partial loss, fractions, combined injuries
- Degenerative changes and their contribution: how to justify a percentage
- Children and adolescents: when to reassess, growth disturbances
- Dental injuries after accidents - what the assessor should document
- Expert reports with AI writing tools: what is allowed, what is not
- Panel: the 15-month deadline from the doctor's point of view

Participation is free of charge; travel costs are reimbursed according to
our framework agreement. Please register by 31 July 2026 via
https://www.falkenstein-versicherung.example/symposium2026.

I look forward to seeing you in Kassel.

Best regards

""" + sig('sandmann') + '\n')
    return m


@mail(91, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
      "children's accident: request to a hospital to confirm the in-patient stay of a named boy with birth date (forearm fracture) for the hospital daily allowance")
def m091():
    m = msg(91, who('kaya'), 'Patientenverwaltung Klinikum Waldhausen <patientenverwaltung@klinikum-waldhausen.example>',
            'Bitte um Aufenthaltsbestätigung – Emre Demir, geb. 14.06.2016',
            '2026-02-12 13:33')
    text(m, """Sehr geehrte Damen und Herren,

für die Leistungsprüfung aus der Unfallversicherung bitten wir um eine
Bestätigung des stationären Aufenthalts Ihres Patienten

  Emre Demir, geb. 14.06.2016
  wohnhaft Schillerstraße 27, 34346 Hann. Münden

Nach Angaben der Mutter wurde Emre am Samstag, 07.02.2026, nach einem
Sportunfall (Sturz beim Fußballtraining) mit einer Unterarmfraktur links
in Ihrer Kinderchirurgie aufgenommen, noch am selben Abend operiert
(Kirschner-Draht-Osteosynthese) und am 09.02.2026 entlassen.

Wir benötigen nur Aufnahme- und Entlassungsdatum sowie die Hauptdiagnose.
Die Schweigepflichtentbindung der Sorgeberechtigten, Frau Aylin Demir,
ist beigefügt (Scan) bzw. wird auf Wunsch im Original nachgereicht.

Unser Zeichen: U-2026-000472

Mit freundlichen Grüßen

""" + sig('kaya') + '\n')
    return m


@mail(92, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'household glass breakage: settlement for a named customer in an HTML-only mail with a table (address, policy, amount, IBAN)')
def m092():
    m = msg(92, who('kroeger'), 'Holger Wittich <holger.wittich@web-mail.example>',
            'Glasbruch Ceranfeld – Ihre Abrechnung HR-S-2026-02541',
            '2026-06-12 10:49')
    html = """<html><head><meta charset="windows-1252"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Wittich,</p>
<p>vielen Dank f&uuml;r die Rechnung von Elektro Haupt. Das gesprungene Glaskeramik-Kochfeld in Ihrer
Wohnung Hauptstra&szlig;e 9, 34253 Lohfelden, ist &uuml;ber die Glasversicherung in Ihrem Hausratvertrag
versichert. Wir rechnen wie folgt ab:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><td>Vertrag</td><td>HR-5520-172266 (Hausrat inkl. Glas)</td></tr>
<tr><td>Schadentag</td><td>01.06.2026</td></tr>
<tr><td>Kochfeld Bosch PKF651 (Ersatz Glaskeramik)</td><td align="right">418,00 EUR</td></tr>
<tr><td>Montage und Entsorgung</td><td align="right">96,50 EUR</td></tr>
<tr><td><b>Erstattung</b></td><td align="right"><b>514,50 EUR</b></td></tr>
<tr><td>Zahlung an</td><td>DE10 2376 4167 5470 8220 79</td></tr>
</table>
<p>Eine Selbstbeteiligung f&auml;llt in der Glasversicherung nicht an.</p>
<p>Freundliche Gr&uuml;&szlig;e<br>Sabine Kr&ouml;ger<br>Schaden Sach (Hausrat / Wohngeb&auml;ude)<br>
Falkenstein Versicherung AG<br>Tel. 0561 7080-2540</p>
</body></html>
"""
    text(m, html, subtype='html', charset='windows-1252')
    return m


@mail(93, 'NORMAL', 'en', 'internal',
      'trap: guideline for handling calls from relatives reporting a death abroad (repatriation, wording), no case')
def m093():
    m = msg(93, who('whitfield'), 'International Desk <international@' + DOM + '>',
            'Guideline: calls from relatives reporting a death abroad (v2)',
            '2026-06-15 16:30')
    text(m, """Dear team,

after last month's debrief, here is version 2 of our guideline for calls
from relatives who report the death of a customer abroad. Please read it
before your next assistance-line shift.

1. Take your time. Express condolences first, then ask whether the caller
   is able to talk now or would prefer a call back.
2. Establish: who is calling (relationship), where the death occurred,
   whether the body is in a hospital or with the police, and which
   policies may be relevant (travel health, accident, life).
3. Repatriation: our assistance partner organises transfer of the
   deceased; the family does NOT need to pay in advance. Give them the
   24/7 number and a case reference.
4. Do not discuss cause of death, autopsy or benefits over the phone
   with a caller whose identity and entitlement we have not verified.
5. Never confirm the existence of a policy to the press, employers or
   other third parties.
6. Document the call in the case file the same day; flag the case as
   "bereavement" so that letters are adjusted.

Useful phrases in English, German, Spanish, Polish and Turkish are in the
team folder.

Thank you for handling these calls with so much care.
Claire

""" + sig('whitfield') + '\n')
    return m


@mail(94, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'disability insurance application of the addressee: acceptance with an exclusion for lumbar spine disorders based on her health history')
def m094():
    m = msg(94, who('lindqvist'), 'Chloe Martin <chloe.martin@mailpost.example>',
            'Your application for occupational disability insurance – our offer',
            '2026-06-16 11:26')
    text(m, """Dear Ms Martin,

thank you for your application of 18 May 2026 for occupational disability
insurance (application no. A-BU-2026-044817) and for answering our
follow-up questions so quickly.

In your health questionnaire you stated that you were treated for low back
pain with a herniated disc L5/S1 (M51.2) in 2024, including twelve
sessions of physiotherapy and two weeks of sick leave, and that you have
had no symptoms since March 2025. Your orthopaedic surgeon's report of
2 June 2026 confirms this.

We can offer you the insurance as applied for, with the following
exclusion:

  "No benefits are payable for occupational disability caused by diseases
  or injuries of the lumbar spine, including the intervertebral discs, and
  their consequences."

We will review the exclusion on request after three years without
treatment. The monthly premium is EUR 74.80 for a monthly benefit of
EUR 1,800 until age 67.

If you accept, please sign the attached declaration via the portal within
four weeks. If you prefer, we can also discuss the alternative of a
premium loading instead of the exclusion.

Kind regards

""" + sig('lindqvist') + """

""" + FOOTER_LEBEN + '\n')
    return m


@mail(95, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'contract overview of a named client for a broker (motor, home, liability only) with birth date; details in a windows-1252 CSV sent as application/vnd.ms-excel')
def m095():
    m = msg(95, who('nussbaum'), 'Sophie Laurent <s.laurent@expatcover-partners.example>',
            'Contract overview Mr Lucas Moreau',
            '2026-06-17 14:02')
    text(m, """Dear Ms Laurent,

as requested (broker mandate received on 10 June), please find attached
the overview of the contracts your client holds with us. Accident or life
contracts do not exist for this client, so there is nothing further to
transfer.

Best regards
Frank Nussbaum

""" + sig('nussbaum') + '\n', cte='8bit')
    csv = ('Kunde;Geburtsdatum;Vertrag;Sparte;Beginn;Hauptfälligkeit;Jahresbeitrag EUR;Zahlweise;Risiko\r\n'
           'Moreau, Lucas;17.05.1988;KF-3318-934120;Kfz-Haftpflicht/Vollkasko;01.09.2023;01.09.;1.036,20;jährlich;Peugeot 3008, KS-LM 588\r\n'
           'Moreau, Lucas;17.05.1988;HR-5520-310774;Hausrat;15.08.2023;15.08.;214,80;jährlich;Frankfurter Straße 77, 34121 Kassel, 96 m²\r\n'
           'Moreau, Lucas;17.05.1988;PH-7781-512009;Privathaftpflicht Familie;15.08.2023;15.08.;118,90;jährlich;mitversichert: Élodie Moreau\r\n')
    attach(m, csv.encode('cp1252'), 'application/vnd.ms-excel', 'Vertragsuebersicht_Moreau.csv')
    return m


@mail(96, 'NORMAL', 'de', 'internal',
      'trap: new standard reminder letter on the 15-month invalidity deadline with placeholders only')
def m096():
    m = msg(96, who('reimers'), 'Team Leistung Unfall <leistung-unfall@' + DOM + '>',
            'Neuer Textbaustein L-731 (Erinnerung 15-Monats-Frist) – bitte ab sofort verwenden',
            '2026-06-18 08:40')
    text(m, """Hallo zusammen,

nach der Beschwerde beim Ombudsmann haben wir den Erinnerungsbrief L-731
verständlicher formuliert. Die Juristen haben freigegeben. Der Baustein
ist ab heute im Textsystem; hier zur Info der Wortlaut:

----------------------------------------------------------------
«Anrede»,

Sie hatten am «Unfalltag» einen Unfall. Nach den uns vorliegenden
Unterlagen kann es sein, dass eine dauerhafte Beeinträchtigung bleibt.

Bitte beachten Sie: Eine Invaliditätsleistung können wir nur zahlen,
wenn die dauerhafte Beeinträchtigung
  - innerhalb von 15 Monaten nach dem Unfall eingetreten ist,
  - von einem Arzt innerhalb dieser Frist schriftlich festgestellt wurde
    und
  - bis zum «Fristende» bei uns geltend gemacht wird.

Am einfachsten bitten Sie Ihre behandelnde Ärztin oder Ihren
behandelnden Arzt, das beiliegende Formular U-212 auszufüllen.
----------------------------------------------------------------

Der Baustein wird im 9. und 13. Monat automatisch vorgeschlagen, wenn
"Invalidität möglich" angehakt ist.

Gruß
Jonas

""" + sig('reimers') + '\n')
    return m


@mail(97, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident: mountain-bike accident of the addressee; collarbone fracture, hospital stay and claim details only in a ZIP (PDF confirmation, DOCX questionnaire)')
def m097():
    m = msg(97, who('oberlaender'), 'Moritz Jahn <moritz.jahn@kabelpost.example>',
            'Ihre Unterlagen zu U-2026-001377',
            '2026-06-19 13:12')
    text(m, """Hallo Herr Jahn,

wie telefonisch besprochen schicke ich Ihnen die Unterlagen gesammelt als
ZIP-Datei. Bitte den Fragebogen ausfüllen und über das Kundenportal
hochladen – dann geht es am schnellsten.

Viele Grüße

""" + sig('oberlaender') + '\n', cte='8bit')
    conf = pdf([
        '# Eingangsbestätigung Unfallmeldung',
        'Falkenstein Versicherung AG - Leistung Unfall',
        '',
        'Schadennummer: U-2026-001377            Datum: 19.06.2026',
        'Versicherte Person: Moritz Jahn, geb. 25.04.1990',
        'Vertrag: UV-4471-256604 (UV Premium, Krankenhaustagegeld 50 EUR)',
        '',
        'Unfall am 06.06.2026: Sturz mit dem Mountainbike auf dem Trail am Bilstein (Kaufunger Wald),',
        'Überschlag über den Lenker nach Wurzelkontakt.',
        'Verletzungen lt. Notaufnahmebericht: laterale Klavikulafraktur links (S42.03),',
        'Schürfwunden Unterarm links, Prellung Hüfte links.',
        'Stationäre Behandlung: Klinikum Waldhausen, 06.06. - 08.06.2026, Plattenosteosynthese am 07.06.',
        '',
        'Bereits veranlasst: Krankenhaustagegeld 3 Tage x 50 EUR = 150 EUR (Zahlung am 19.06.2026)',
        'Noch benötigt: Fragebogen Sportunfall, Bericht des Operateurs (fordern wir an)',
    ], title='Eingangsbestätigung U-2026-001377', author='Katrin Oberländer', date='20260619120000')
    quest = docx([
        ('h', 'Fragebogen Sportunfall – U-2026-001377'),
        'Versicherte Person: Moritz Jahn, geb. 25.04.1990',
        ('table', [['Frage', 'Antwort'],
                   ['Sportart', 'Mountainbike (Enduro)'],
                   ['Im Verein / bei Veranstaltung?', ''],
                   ['Wettkampf oder Renntraining?', ''],
                   ['Schutzausrüstung (Helm, Protektoren)?', ''],
                   ['Frühere Verletzungen an Schulter/Schlüsselbein?', ''],
                   ['Behandelnde Ärzte nach Entlassung', '']]),
        'Hinweis: Die Teilnahme an Rennen mit Motorfahrzeugen ist ausgeschlossen; Mountainbike-Rennen sind im Tarif Premium mitversichert.',
    ], title='Fragebogen Sportunfall', creator='Katrin Oberländer', created='2026-06-19T11:50:00Z')
    note = ('Merkblatt Fristen in der Unfallversicherung\r\n'
            '- Invalidität: Eintritt und ärztliche Feststellung innerhalb von 15 Monaten, Geltendmachung innerhalb von 15 Monaten (Premium: 36 Monate)\r\n'
            '- Krankenhaustagegeld: Nachweis durch Aufenthaltsbestätigung\r\n'
            '- Neubemessung: bis 3 Jahre nach dem Unfall\r\n').encode('cp1252')
    z = zipbytes([('U-2026-001377/Eingangsbestaetigung_U-2026-001377.pdf', conf, (2026, 6, 19, 12, 0, 0)),
                  ('U-2026-001377/Fragebogen_Sportunfall.docx', quest, (2026, 6, 19, 11, 50, 0)),
                  ('U-2026-001377/Merkblatt_Fristen.txt', note, (2026, 5, 2, 9, 0, 0))])
    attach(m, z, 'application/zip', 'Unterlagen_U-2026-001377.zip')
    return m


@mail(98, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'electronics insurance: broken smartphone display of a named customer, device IMEI, repair amount')
def m098():
    m = msg(98, who('kroeger'), 'Finn Albrecht <finn.albrecht@webpost.example>',
            'Displayschaden Smartphone – EL-S-2026-00904',
            '2026-06-22 15:37')
    text(m, """Hallo Herr Albrecht,

Ihr Samsung Galaxy S24 (IMEI 35 847211 093382 6) ist Ihnen am 14.06.2026
laut Schadenmeldung beim Aussteigen aus der Straßenbahn auf den Bordstein
gefallen; das Display ist gesprungen.

Über Ihre Elektronikversicherung EL-9001-044612 übernehmen wir die
Reparatur beim Partnerbetrieb PhoneFix Kassel (Königsplatz) zu 289,00 EUR
abzüglich 50 EUR Selbstbeteiligung. Bitte bringen Sie das Gerät mit dieser
E-Mail vorbei; die Werkstatt rechnet direkt mit uns ab und kassiert bei
Ihnen nur die Selbstbeteiligung.

Bitte vorher ein Backup machen und die Displaysperre entfernen.

Viele Grüße

""" + sig('kroeger') + '\n')
    return m


@mail(99, 'NORMAL', 'en', 'internal',
      'trap: IT change notice on renewing S/MIME and domain certificates for the accident claims mailbox, technical only')
def m099():
    m = msg(99, who('rothe'), 'IT Change Advisory Board <cab@' + DOM + '>',
            'CHG-2026-0193: renewal of S/MIME certificate leistung-unfall@ and domain certificate',
            '2026-06-23 09:20')
    text(m, """Change:        CHG-2026-0193
Type:          standard change
Window:        Saturday 27 June 2026, 07:00-09:00
Affected:      mailbox leistung-unfall@falkenstein-versicherung.example,
               gateway domain certificate falkenstein-versicherung.example

Description:
The S/MIME certificate of the accident claims team mailbox expires on
3 July 2026. It will be replaced by a new certificate (RSA 3072, SHA-256)
from our internal CA. At the same time the domain certificate used for
gateway-to-gateway encryption with hospitals, assessors and reinsurers is
renewed. The new public keys will be published in the directory and sent
to partners with a domain certificate agreement.

Risk: low. During the window, incoming encrypted mail is queued, not lost.
Rollback: old certificates remain valid until 3 July.

Test: send an encrypted test mail from the partner test domain
test-partner.example after the change.

""" + sig('rothe') + '\n', charset='us-ascii', cte='7bit')
    return m


@mail(100, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-relative',
      'long-term care: upgrade to care grade 4 explained to the authorised daughter of a named insured (dementia, falls); care assessment as PDF sent as application/octet-stream')
def m100():
    m = msg(100, who('keller'), '"Dr. Claudia Reinholz" <claudia.reinholz@mailpost.example>',
            'Höherstufung Pflegegrad – Ihr Vater Heinrich Reinholz',
            '2026-06-24 10:58')
    text(m, """Sehr geehrte Frau Dr. Reinholz,

als Vorsorgebevollmächtigte Ihres Vaters erhalten Sie das Ergebnis der
erneuten Begutachtung vom 09.06.2026. Der Gutachter hat festgestellt,
dass sich die Selbständigkeit Ihres Vaters seit der letzten Begutachtung
deutlich verringert hat, vor allem durch das Fortschreiten der Demenz und
die wiederholten Stürze.

Ergebnis: Pflegegrad 4 ab 01.05.2026 (Antragsmonat). Das monatliche
Pflegegeld erhöht sich auf 800,00 EUR; die Nachzahlung für Mai und Juni
überweisen wir in den nächsten Tagen.

Das Gutachten hängt als PDF an. Wenn Sie einen Platz in der Tagespflege
suchen, beraten wir Sie gern – die Tagespflege wird zusätzlich zum
Pflegegeld bezahlt.

Mit freundlichen Grüßen

""" + sig('keller') + """

""" + FOOTER_KRANKEN + '\n')
    attach(m, pdf([
        '# MedPflege Gutachtendienst - Gutachten zur Feststellung der Pflegebedürftigkeit',
        'Auftraggeber: Falkenstein Krankenversicherung AG, Vertrag PPV-9920-061180',
        'Versicherter: Heinrich Reinholz, geb. 22.03.1937, Am Weinberg 4, 34308 Bad Emstal',
        'Art der Begutachtung: Höherstufungsantrag, Hausbesuch am 09.06.2026',
        'Anwesend: Tochter Dr. Claudia Reinholz (Bevollmächtigte)',
        '',
        '# Pflegerelevante Diagnosen',
        'F01.3 gemischte kortikale und subkortikale vaskuläre Demenz',
        'R29.6 Sturzneigung (3 Stürze seit 02/2026, zuletzt mit Platzwunde)',
        'I50.13 Herzinsuffizienz NYHA III',
        'N39.3 Harninkontinenz',
        '',
        '# Ergebnis (gewichtete Punkte)',
        'Modul 1 Mobilität 7,5 | Modul 2/3 Kognition/Verhalten 11,25 | Modul 4 Selbstversorgung 30,0',
        'Modul 5 krankheitsbedingte Anforderungen 10,0 | Modul 6 Alltagsleben 11,25',
        'Gesamt: 70,0 Punkte - Pflegegrad 4',
        '',
        'Empfehlungen: Hausnotruf, Toilettenstuhl, Tagespflege 2x wöchentlich, Sturzprophylaxe',
    ], title='Pflegegutachten Reinholz', author='MedPflege Gutachtendienst', date='20260612101500',
        producer='MedPflege GA-System'), 'application/octet-stream', 'Gutachten_PG_Reinholz_2026-06.pdf')
    return m


@mail(101, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'photovoltaic insurance of a private homeowner: lightning surge damage, address, policy, amount, IBAN')
def m101():
    m = msg(101, who('kroeger'), 'Armin Vogel <armin.vogel@t-net.example>',
            'Überspannungsschaden Wechselrichter – PV-S-2026-00077',
            '2026-06-25 11:20')
    text(m, """Sehr geehrter Herr Vogel,

der Elektrofachbetrieb Solartechnik Reinhardswald hat bestätigt, dass der
Wechselrichter Ihrer Photovoltaikanlage (9,8 kWp, Dach Eichenweg 3,
34379 Calden) beim Gewitter am 03.06.2026 durch Überspannung zerstört
wurde. Der Blitzeinschlag in der Nähe ist durch den Blitzortungsdienst
belegt.

Aus Ihrer Photovoltaikversicherung PV-4120-007318 erstatten wir:

  Wechselrichter SMA Sunny Tripower 10.0 (Neuwert)   1.960,00 EUR
  Austausch und Inbetriebnahme                         420,00 EUR
  Ertragsausfall 22 Tage (pauschal)                    118,80 EUR
  abzüglich Selbstbeteiligung                         -150,00 EUR
  Entschädigung                                      2.348,80 EUR

Die Zahlung erfolgt auf Ihr Konto DE71 3061 2969 8407 5668 78.

Mit freundlichen Grüßen

""" + sig('kroeger') + '\n', charset='iso-8859-1')
    return m


@mail(102, 'NORMAL', 'en', 'internal',
      'trap: personnel announcement of a new medical officer for accident claims (professional background only)')
def m102():
    m = msg(102, who('scholz'), 'all-staff-international@lists.' + DOM,
            'Welcome Dr. Rolf Anders, medical officer for accident claims',
            '2026-07-01 08:05')
    text(m, """Dear colleagues,

we are pleased to welcome Dr. med. Rolf Anders, who joins us today as
medical officer in the accident claims department. Together with
Dr. Ulrike Sandmann he will advise our claims handlers on invalidity
assessments, expert reports and the plausibility of medical invoices.

Rolf is a specialist in orthopaedics and trauma surgery and worked for
fifteen years at a trauma centre in Göttingen, most recently as senior
consultant, and as an accredited doctor for statutory accident insurance.
He has written expert opinions for courts and insurers for many years.

You will find him in room 4.15, phone -4390. Please say hello when you see
him in the canteen!

Best regards
Nadine Scholz

""" + sig('scholz') + '\n', cte='8bit')
    return m


@mail(103, 'STRICTLY_CONFIDENTIAL', 'en', 'hospital',
      'travel health: Austrian hospital billing mail (named patient, birth date, pyelonephritis, 4 days) with PDF invoice, forwarded as nested message/rfc822; outer body one line')
def m103():
    inner = EmailMessage(policy=SMTP)
    inner['From'] = '"Billing Department" <billing@bkh-oberinntal.example>'
    inner['To'] = 'international@' + DOM
    inner['Subject'] = 'Invoice 2026/04417 – patient DUNN Rachel'
    inner['Date'] = when('2026-07-02 10:12')
    inner['Message-ID'] = '<20260702101202.44172@bkh-oberinntal.example>'
    inner.set_content("""Dear Sir or Madam,

please find attached our invoice for the in-patient treatment of your
insured person

  Ms Rachel DUNN, born 19/08/1992, resident in Kassel, Germany
  Travel health insurance, card no. RKV-7730-266104

Admission 24/06/2026, discharge 28/06/2026 (4 days), internal medicine.
Main diagnosis N10 acute pyelonephritis, intravenous antibiotics
(ceftriaxone), ultrasound of the kidneys.

Amount due: EUR 3,486.40 within 30 days.

With kind regards
Andrea Pichler
Billing Department, Bezirkskrankenhaus Oberinntal
""", charset='utf-8', cte='quoted-printable')
    inner.add_attachment(pdf([
        '# Bezirkskrankenhaus Oberinntal - Invoice 2026/04417',
        'Patient: Rachel Dunn, born 19/08/1992',
        'Insurer: Falkenstein Krankenversicherung AG, card RKV-7730-266104',
        'Stay: 24/06/2026 - 28/06/2026, Department of Internal Medicine, ward 3B',
        'Diagnosis: N10 acute tubulo-interstitial nephritis (pyelonephritis), R50.9 fever',
        '',
        'Daily rate general ward 4 x EUR 682.00            EUR 2,728.00',
        'Laboratory (blood count, CRP, urine culture)       EUR   318.40',
        'Ultrasound kidneys and bladder                     EUR   164.00',
        'Medication (ceftriaxone i.v., analgesics)          EUR   276.00',
        'Total                                              EUR 3,486.40',
    ], title='Invoice 2026/04417', author='BKH Oberinntal', date='20260702100000', producer='KIS Billing'),
        maintype='application', subtype='pdf', filename='Invoice_2026-04417_Dunn.pdf')
    m = msg(103, who('whitfield'), who('jacobi'),
            'FW: Invoice 2026/04417 – patient DUNN Rachel',
            '2026-07-02 11:40')
    text(m, """Sven, one for you - travel health, not expat. Thanks, Claire
""", charset='us-ascii', cte='7bit')
    attach(m, inner, 'message/rfc822', 'Invoice 2026-04417.eml')
    return m


@mail(104, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'buildings insurance: storm damage to the roof of named customers, address, policy and claim number, roofer invoice')
def m104():
    m = msg(104, who('kroeger'), 'Gareth Hughes <gareth.hughes@nordpost.example>',
            'Storm damage to your roof – claim WG-S-2026-01022',
            '2026-07-03 14:14', cc='Bethan Hughes <bethan.hughes@nordpost.example>')
    text(m, """Dear Mr and Mrs Hughes,

thank you for the roofer's invoice. Storm "Kilian" on 12 March 2026 blew
about 40 roof tiles off your house at Rengershäuser Straße 21, 34225
Baunatal, and damaged the gutter on the west side.

Storm damage is covered by your buildings insurance WG-2210-377915. We pay
the invoice of Dachdeckerei Lotz in full:

  new tiles and battens          EUR 1,212.00
  gutter repair                  EUR   286.00
  scaffolding                    EUR   372.00
  total                          EUR 1,870.00

There is no deductible in your contract. The money will be in your account
within a few days.

Kind regards

""" + sig('kroeger') + '\n', cte='8bit')
    return m


@mail(105, 'NORMAL', 'de', 'insurer-to-press',
      "trap: press release on the new children's accident tariff (benefits, prices), no individual")
def m105():
    m = msg(105, who('brandt'), 'presseverteiler@lists.' + DOM,
            'Pressemitteilung: Falkenstein zahlt bei Kinderunfällen schon ab 1 % Invalidität',
            '2026-07-06 10:00')
    text(m, """PRESSEMITTEILUNG

Falkenstein zahlt bei Kinderunfällen schon ab 1 % Invalidität

Kassel, 6. Juli 2026. Mit dem neuen Tarif "Kinder-Unfall Plus" leistet die
Falkenstein Versicherung schon ab einem Invaliditätsgrad von 1 Prozent.
Bisher lag die Schwelle bei vielen Anbietern bei 10 Prozent oder mehr.

"Bei Kindern sind es oft die kleinen Dinge, die bleiben: ein steifer
Finger nach einem Sturz vom Trampolin, eine Narbe im Gesicht, ein
beschädigter Zahn", sagt Birgit Hollstein, Produktverantwortliche für die
Kinderunfallversicherung. "Dafür soll es auch eine Leistung geben."

Die wichtigsten Leistungen im Überblick:
- Invaliditätsleistung ab 1 %, Progression bis 500 %
- lebenslange Unfallrente ab 50 % Invalidität
- Schulunfall-Pauschale zusätzlich zur gesetzlichen Unfallversicherung
- doppeltes Krankenhaustagegeld bei Aufenthalten mit Elternteil
- Neubemessung der Invalidität bis 5 Jahre nach dem Unfall

Der Beitrag beginnt bei 8,90 Euro im Monat. Geschwisterkinder erhalten
10 Prozent Nachlass.

Über Falkenstein: Die Falkenstein Versicherungsgruppe mit Sitz in Kassel
betreut rund 1,1 Millionen Kundinnen und Kunden.

Pressekontakt:
""" + sig('brandt') + '\n', cte='8bit')
    return m


@mail(106, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      "children's accident: scald injury of a named girl (burns 2b, skin graft, scars), hospital allowance, cosmetic surgery and invalidity for the mother")
def m106():
    m = msg(106, who('oberlaender'), 'Nadine Krüger <nadine.krueger@webpost.example>',
            'Sophies Unfall – Leistungen aus der Kinder-Unfallversicherung (U-2025-004120)',
            '2026-07-07 09:44')
    text(m, """Sehr geehrte Frau Krüger,

es tut uns sehr leid, was Sophie passiert ist. Nach den Berichten der
Kinderklinik und des Brandverletztenzentrums fassen wir zusammen:

Sophie (geb. 19.02.2019) hat am 28.11.2025 zu Hause eine Tasse mit
heißem Tee vom Tisch gezogen und sich an Brust und linkem Oberarm
verbrüht (Verbrühung Grad 2a–2b, ca. 6 % der Körperoberfläche; T21.2,
T22.2). Die tieferen Areale wurden mit Spalthaut gedeckt. Sie war vom
28.11. bis 16.12.2025 stationär, mit Ihnen als Begleitperson.

Leistungen aus der Kinder-Unfall Plus KU-4471-077452:

  Krankenhaustagegeld 19 Tage x 30 EUR, verdoppelt
  wegen Mitaufnahme eines Elternteils                   1.140,00 EUR
  Invalidität: dauerhafte Narben an Brust und Oberarm
  mit Bewegungseinschränkung der Schulter; Bemessung
  außerhalb der Gliedertaxe lt. Gutachten Prof. Dr.
  Lehnert: 5 %, Grundsumme 200.000 EUR                  10.000,00 EUR
  Gesamt                                                11.140,00 EUR

Kosmetische Operationen: Die Klinik rechnet damit, dass in ein bis zwei
Jahren eine Narbenkorrektur (Z-Plastik) und ggf. Lasertherapie nötig
werden. Diese Kosten übernehmen wir bis 30.000 EUR, soweit die
Krankenkasse nicht zahlt. Bitte schicken Sie uns dann den Kostenvoranschlag.

Da Sophie noch wächst, können Sie und wir die Invalidität bis fünf Jahre
nach dem Unfall neu bemessen lassen.

Wir wünschen Sophie alles Gute.

Mit freundlichen Grüßen

""" + sig('oberlaender') + """

""" + FOOTER_DE + '\n')
    return m


@mail(107, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor partial cover: marten bite damage of a named customer, plate, repair amount')
def m107():
    m = msg(107, who('aydin'), 'Sebastian Nagel <s.nagel@mailpost.example>',
            'Marderschaden KS-SN 2210 – TK-26-0021188',
            '2026-07-08 12:18')
    text(m, """Hallo Herr Nagel,

Marder! Die Werkstatt Auto-Service Eckhardt hat bestätigt, dass an Ihrem
Toyota Corolla (KS-SN 2210) Zündkabel und Kühlwasserschlauch durchgebissen
waren; der Motor wurde nach dem Warnsignal rechtzeitig abgestellt.

Aus Ihrer Teilkasko (KF-3318-660317) übernehmen wir den Marderbiss
einschließlich Folgeschäden bis 3.000 EUR:

  Reparatur lt. Rechnung 4471/26     684,20 EUR
  Selbstbeteiligung                 -150,00 EUR
  Erstattung                         534,20 EUR

Tipp: Ein Marderschutz (Ultraschall oder Elektroplatten) kostet um die
200 EUR und wird in Ihrem Tarif einmalig mit 50 EUR bezuschusst.

Viele Grüße

""" + sig('aydin') + '\n', cte='8bit')
    return m


@mail(108, 'NORMAL', 'en', 'internal',
      'trap: anonymised lessons learned from ombudsman decisions in accident insurance (age bands, no dates, no names)')
def m108():
    m = msg(108, who('reimers'), 'Claims handbook editors <claims-handbook@' + DOM + '>',
            'Ombudsman decisions 2025 – lessons learned (anonymised)',
            '2026-07-09 16:02')
    text(m, """Hi all,

for the Vienna training day, here are the five ombudsman decisions of 2025
that matter most for accident claims. All cases are anonymised: no names,
no dates, no places, ages in bands only.

1. Deadline missed, benefit still due (woman, 60-69): the doctor had noted
   "permanent damage likely" in a discharge letter within 15 months. The
   ombudsman accepted this as the medical statement. -> Read the whole
   file before rejecting for a missed deadline.

2. Contribution of illness (man, 40-49): we reduced by 50 % with a one-line
   justification. Ombudsman: not comprehensible. -> The medical officer's
   reasoning must be explained in the letter.

3. Sports injury, "increased exertion" (man, 20-29): Achilles tendon
   rupture while sprinting. Covered, because the policy includes tears of
   tendons caused by increased exertion. -> Check the tariff generation.

4. Children's reassessment (girl, 5-9): we had not reminded the parents of
   the five-year reassessment. No breach, but criticised. -> Send reminder.

5. Hospital daily allowance for day care (man, 70+): partial in-patient
   treatment is not in-patient treatment under the older wording. Rejection
   upheld.

Jonas

""" + sig('reimers') + '\n')
    return m


@mail(109, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'accident: recovery check for a ski collision naming the insured, the other skier and his insurer, tibial plateau fracture, benefits paid')
def m109():
    m = msg(109, who('oberlaender'), who('wendt'),
            'Regressprüfung Skiunfall Saalbach – U-2026-000511 (Lenz)',
            '2026-07-10 10:26')
    text(m, """Hallo Tobias,

bitte prüf mal, ob wir hier etwas zurückholen können:

Unsere VN Sandra Lenz (geb. 12.12.1983, UV-4471-188245) wurde am
14.02.2026 in Saalbach auf der Piste von einem Snowboarder, Herrn Timo
Brück aus Gießen, von hinten umgefahren. Er hat den Zusammenstoß vor Ort
zugegeben; die Pistenrettung hat die Personalien aufgenommen. Sein
Privathaftpflichtversicherer ist die Alpenländische Versicherung,
Schaden-Nr. PH-AT-2026-08812.

Verletzung: Tibiakopffraktur rechts (S82.1 R), Osteosynthese im
Krankenhaus Zell am See, 8 Tage stationär, danach Reha in Bad Wildungen.

Gezahlt haben wir bisher:
  Bergungskosten (Akja und Transport)    1.240,00 EUR
  Krankenhaustagegeld 8 x 50 EUR           400,00 EUR
  Genesungsgeld 8 x 50 EUR                 400,00 EUR
Invalidität steht noch aus (Gutachten Anfang 2027).

Mir ist klar, dass Tagegeld und Invalidität Summenversicherung sind und
nicht nach § 86 VVG übergehen. Aber die Bergungskosten sind doch
Schadenersatz – können wir die beim Haftpflichtversicherer anmelden?

Danke dir
Katrin
""", cte='8bit')
    return m


@mail(110, 'NORMAL', 'de', 'insurer-to-company',
      'trap: circular to employer clients on occupational pension limits for 2027 (contribution ceilings, tax-free amounts), no employee')
def m110():
    m = msg(110, who('engel'), 'bav-arbeitgeberinfo@lists.' + DOM,
            'bAV-Info 3/2026: Rechengrößen 2027 für Ihre Entgeltabrechnung',
            '2026-10-14 08:30')
    text(m, """Sehr geehrte Damen und Herren,

die Rechengrößen für 2027 stehen nach dem Referentenentwurf fest. Für die
betriebliche Altersversorgung Ihrer Mitarbeitenden bedeutet das
(Werte laut Entwurf, vorbehaltlich der Verordnung):

  Beitragsbemessungsgrenze RV (jährlich)         104.400 EUR
  steuerfrei nach § 3 Nr. 63 EStG (8 % der BBG)    8.352 EUR  (696 EUR mtl.)
  sozialversicherungsfrei (4 % der BBG)            4.176 EUR  (348 EUR mtl.)
  Pflicht-Arbeitgeberzuschuss bei Entgeltumwandlung  15 %

Was Sie tun müssen: nichts, wenn die Umwandlungsbeträge unter den neuen
Grenzen liegen. Wer den steuerfreien Rahmen voll nutzen möchte, kann die
Entgeltumwandlung zum 01.01.2027 erhöhen – die Änderungsformulare finden
Sie im Arbeitgeberportal.

Unser Webinar "bAV-Jahreswechsel 2027" findet am 19.11.2026 um 10 Uhr statt.

Mit freundlichen Grüßen

""" + sig('engel') + """

""" + FOOTER_LEBEN + '\n', cte='8bit')
    return m


@mail(111, 'CONFIDENTIAL', 'de', 'customer',
      "household: customer's mail forwarded inline with her name, policy and a new IBAN that has a typo (invalid check digits) - still bank data")
def m111():
    m = msg(111, who('wirth'), 'Bestandsverwaltung Sach <bestand-sach@' + DOM + '>',
            'WG: neue Kontoverbindung',
            '2026-08-06 09:12')
    text(m, """Hallo,

bitte NOCH NICHT übernehmen: Die IBAN unten ist ungültig (Prüfziffer passt
nicht, vermutlich ein Zahlendreher am Ende). Ich habe Frau Yıldız
gebeten, die IBAN noch einmal zu schicken, am besten als Foto der Karte.
Vorgang liegt auf Wiedervorlage 13.08.

Gruß Hannah

-------- Weitergeleitete Nachricht --------
Betreff: neue Kontoverbindung
Datum: Wed, 5 Aug 2026 20:03:55 +0200
Von: Derya Yıldız <derya.yildiz@webpost.example>
An: service@falkenstein-versicherung.example

Guten tag,

ich habe ein neues Konto, bitte ab sofort den Beitrag für meine
Hausratversicherung (Nr HR-5520-244619) von dem neuen Konto abbuchen:

DE62 9826 5074 8280 6408 42
Derya Yıldız
Sparda-Bank

Mfg Derya Yıldız
Leipziger Straße 210, 34123 Kassel

""" + sig('wirth') + '\n', cte='8bit')
    return m


@mail(112, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-therapist',
      'accident: request to a Dutch physiotherapist for a treatment report on a named insured with birth date after an ankle fracture')
def m112():
    m = msg(112, who('kaya'), 'Fysiotherapie Van Dijk <praktijk@fysio-vandijk.example>',
            'Treatment report request – Ms Ingrid Lammers (our claim U-2026-000820)',
            '2026-08-07 11:03')
    text(m, """Dear Mr Van Dijk,

your patient Ms Ingrid Lammers (date of birth 03-04-1975), who lives in
Gronau and is insured with us under a German personal accident policy, has
sent us your invoices for 18 physiotherapy sessions between 2 June and
24 July 2026 after her bimalleolar ankle fracture on the right
(S82.81 R, operated on 11 May 2026 in Enschede).

Our policy does not reimburse physiotherapy costs (that is a matter for her
health insurer), but your findings are important for assessing a possible
permanent impairment. With Ms Lammers' consent (copy attached to the
letter we are sending by post), we kindly ask for a short report:

1. range of motion of the right ankle at the start and end of treatment
   (dorsiflexion / plantar flexion in degrees),
2. walking ability (distance, aids, limping),
3. any remaining swelling or pain on exertion,
4. whether further treatment is planned.

We will pay EUR 60 for the report. An answer in English, German or Dutch
is fine.

Kind regards

""" + sig('kaya') + '\n')
    return m


@mail(113, 'CONFIDENTIAL', 'de', 'insurer-to-authority',
      'motor: request to the police for access to an accident file naming our customer, the other driver and plates; property damage only')
def m113():
    m = msg(113, who('wendt'), 'Polizeidirektion Kassel-Land – Verkehrsunfallaufnahme <vu-aufnahme@polizei-kassel-land.example>',
            'Akteneinsichtsgesuch – Verkehrsunfall 12.05.2026, Lohfelden',
            '2026-08-10 10:40')
    text(m, """Sehr geehrte Damen und Herren,

wir sind Kfz-Haftpflicht- und Kaskoversicherer von Frau Petra Sommer
(Halterin und Fahrerin des Pkw Hyundai i30, KS-PS 77).

Frau Sommer war am 12.05.2026 gegen 7:50 Uhr an der Einmündung Hauptstraße /
Gartenstraße in Lohfelden an einem Unfall mit dem Pkw BMW 318d,
amtl. Kennzeichen HR-LQ 519, Fahrer Herr Lars Quast, beteiligt. Es
entstand nur Sachschaden; verletzt wurde niemand. Die Haftungsfrage ist
streitig (beide Seiten geben an, Grün gehabt zu haben).

Ihr Aktenzeichen: VU 0512/26/1187

Wir bitten um Übersendung einer Kopie der Ermittlungsakte bzw. der
Unfallmitteilung mit Zeugenangaben. Die Auslagenpauschale von 26 EUR
überweisen wir nach Rechnungsstellung. Eine Vollmacht unserer
Versicherungsnehmerin liegt vor.

Mit freundlichen Grüßen

""" + sig('wendt') + '\n')
    return m


@mail(114, 'NORMAL', 'en', 'internal',
      'trap: process description and reply template for data subject access requests, placeholders only')
def m114():
    m = msg(114, who('feld'), 'Data protection champions <dp-champions@' + DOM + '>',
            'Data subject access requests – new process and reply template',
            '2026-08-11 14:30')
    text(m, """Dear data protection champions,

from 1 September all access requests under Art. 15 GDPR are logged in the
new DSAR tool. Short version of the process:

1. Log the request on the day it arrives (any channel). Deadline: one
   month, extendable by two months for complex cases.
2. Verify the identity - never send data to an e-mail address we do not
   already have on file.
3. Collect data from all systems, including claims files with medical
   reports and expert opinions. Medical data go out only via the secure
   portal or registered mail, never by unencrypted e-mail.
4. Check third-party data (e.g. other persons named in a claim) and
   redact where needed.
5. Send the reply with template DSAR-01:

   "Dear <<salutation>> <<last_name>>,
    on <<date_received>> you asked us for information about the personal
    data we process about you. Please find enclosed ... categories:
    <<categories>>, purposes: <<purposes>>, recipients: <<recipients>>,
    storage period: <<retention>> ..."

Questions to me or to datenschutz@falkenstein-versicherung.example.

Miriam

""" + sig('feld') + '\n')
    return m


@mail(115, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'health: daily sickness allowance for the addressee after disc surgery (M51.1), sick-note periods and amounts')
def m115():
    m = msg(115, who('hartwig'), 'Oliver Kranz <oliver.kranz@kabelpost.example>',
            'Krankentagegeld – Abrechnung bis 31.07.2026',
            '2026-08-12 09:57')
    text(m, """Sehr geehrter Herr Kranz,

vielen Dank für die Folgebescheinigung Ihrer Arbeitsunfähigkeit von
Dr. med. Anja Hesse vom 27.07.2026.

Sie sind seit dem 01.06.2026 wegen eines lumbalen Bandscheibenvorfalls mit
Radikulopathie (M51.1) arbeitsunfähig; am 09.06.2026 wurden Sie in der
Wirbelsäulenklinik Kassel operiert (Sequesterektomie L4/5). Nach Ihrem
Tarif KT 43 zahlen wir Krankentagegeld ab dem 43. Tag der
Arbeitsunfähigkeit:

  Zeitraum:     13.07.2026 – 31.07.2026 (19 Tage)
  Tagessatz:    120,00 EUR
  Auszahlung:   2.280,00 EUR

Die Zahlung erfolgt auf Ihr bekanntes Konto. Bitte schicken Sie uns jede
weitere Folgebescheinigung zeitnah zu. Wenn eine stufenweise
Wiedereingliederung geplant ist, informieren Sie uns bitte vorher – das
Krankentagegeld läuft in dieser Zeit weiter.

Gute Besserung!

Mit freundlichen Grüßen

""" + sig('hartwig') + """

""" + FOOTER_KRANKEN + '\n')
    return m


@mail(116, 'CONFIDENTIAL', 'en', 'insurer-to-partner',
      'motor: insurance confirmation (security certificate) to a leasing company for a named lessee, vehicle, VIN and cover')
def m116():
    m = msg(116, who('aydin'), 'Contract Management <insurance@nordic-autofinance.example>',
            'Insurance confirmation for lease contract NAF-2026-118834',
            '2026-08-13 15:26')
    text(m, """Dear Sir or Madam,

we confirm that the following vehicle leased by your company is insured
with us:

  Lessee / policyholder:  Mr Erik Johansson, Kassel
  Policy:                 KF-3318-955210
  Vehicle:                Volvo EX30, VIN YV1EZ19A1R1107733,
                          registration KS-EJ 330
  Cover:                  motor third party liability (EUR 100m flat),
                          fully comprehensive with EUR 500 deductible,
                          partial cover with EUR 150 deductible
  Period:                 from 01/09/2026, renewed annually

As requested, we have issued a security certificate in your favour: claims
payments under the comprehensive cover above EUR 2,500 will be made to you
as owner, and you will be informed of any premium arrears or cancellation.

Kind regards

""" + sig('aydin') + '\n', cte='quoted-printable')
    return m


@mail(117, 'NORMAL', 'en', 'newsletter',
      'trap: travel newsletter with general tips (EHIC, travel health cover, repatriation, accident abroad), no person')
def m117():
    m = msg(117, '"Falkenstein Travel Tips" <newsletter@' + DOM + '>', 'travel-tips-en@lists.' + DOM,
            'Summer travel: five things to sort out before you leave',
            '2026-06-26 07:30',
            headers=[('List-Unsubscribe', '<https://www.falkenstein-versicherung.example/newsletter/abmelden?l=tt-en>'), ('Precedence', 'bulk')])
    text(m, """FALKENSTEIN TRAVEL TIPS – SUMMER 2026

1. Health cover abroad. The European Health Insurance Card only covers
treatment at local public rates and never the flight home. A travel health
policy pays for private treatment and medically necessary repatriation.

2. Medicines. Take prescription medicines in the original packaging with a
doctor's note in English. Some countries require a permit for strong
painkillers or ADHD medication.

3. Accidents. If you have an accident abroad, keep all medical reports and
invoices, and get a copy of the police report if someone else was involved.
Accident insurance pays rescue costs and, if something remains, an
invalidity benefit.

4. Cancellation. Trip cancellation insurance helps if you fall ill before
departure, lose your job unexpectedly or your home is seriously damaged.

5. Emergency number. Save our 24/7 assistance number in your phone:
+49 561 7080-7799.

Have a safe trip!
Your Falkenstein travel team

Falkenstein Versicherung AG, Auestrasse 40, 34117 Kassel, Germany
Unsubscribe: https://www.falkenstein-versicherung.example/newsletter/abmelden?l=tt-en
""", cte='8bit', flowed=True)
    return m


@mail(118, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'accident: lifelong accident pension for the addressee (born 1949) after a fall from a ladder, 55 % invalidity from leg and arm values')
def m118():
    m = msg(118, who('oberlaender'), 'Manfred Koch <manfred.koch@t-net.example>',
            'Ihre Unfall-Rente ab 01.07.2026 – Bescheid',
            '2026-06-30 14:48')
    text(m, """Sehr geehrter Herr Koch,

nach dem unfallchirurgischen Gutachten von Dr. Wiegand vom 15.06.2026 steht
nun fest, welche dauerhaften Folgen Ihr Sturz von der Leiter am 26.04.2025
hinterlassen hat:

  Oberschenkelschaftfraktur links mit Fehlstellung und
  Kniesteife in 20° Beugung           -> 6/10 Beinwert (70 %)  = 42 %
  Oberarmkopffraktur rechts mit
  Schultereinsteifung                 -> 2/10 Armwert (65 %)   = 13 %
  Invaliditätsgrad gesamt                                          55 %

Da der Invaliditätsgrad mindestens 50 % beträgt, zahlen wir aus Ihrer
Unfallversicherung UV 60plus (UV-4471-011903) die vereinbarte

    Unfall-Rente von monatlich 1.000,00 EUR,

rückwirkend ab dem Beginn des Monats, in dem der Unfall passiert ist,
lebenslang. Die Nachzahlung für Mai 2025 bis Juni 2026 (14 Monate,
14.000,00 EUR) überweisen wir mit der ersten Rente am 01.07.2026.

Eine Rentenbescheinigung für das Finanzamt erhalten Sie jeweils im Januar.

Mit freundlichen Grüßen

""" + sig('oberlaender') + """

""" + FOOTER_DE + '\n', charset='windows-1252')
    return m


@mail(119, 'NORMAL', 'de', 'internal',
      'trap: interim storm loss statistics by postcode region, aggregated, no policyholder')
def m119():
    m = msg(119, who('kroeger'), 'Schaden Sach <schaden-sach@' + DOM + '>',
            'Sturmtief Kilian – Zwischenstand Schadenaufkommen (KW 15)',
            '2026-04-10 16:05')
    text(m, """Hallo zusammen,

hier der Zwischenstand zu "Kilian" (12./13.03.2026), Stand heute 15 Uhr:

  PLZ-Region   Meldungen   davon Wohngebäude   Ø Schaden EUR   Reserve EUR
  34xxx           1.842             1.610              2.310      4.255.000
  35xxx             611               540              1.980      1.210.000
  36xxx             388               352              2.640      1.024.000
  37xxx           1.027               899              2.150      2.208.000
  sonstige          214               171              1.870        400.000
  Summe           4.082             3.572              2.229      9.097.000

Noch offen sind 1.130 Fälle, davon 86 mit Sachverständigen. Bitte
weiterhin Kleinschäden bis 2.000 EUR ohne Besichtigung nach Fotos
regulieren.

Danke für euren Einsatz in den letzten Wochen!
Sabine

""" + sig('kroeger') + '\n', cte='8bit')
    return m


@mail(120, 'NORMAL', 'de', 'insurer-to-supplier',
      'trap: framework agreement with an interpreting service for medical assessment appointments; languages, rates, confidentiality, no case')
def m120():
    m = msg(120, who('petersen'), 'Dolmetscherdienst Brückenschlag <kontakt@brueckenschlag-dolmetschen.example>',
            'Rahmenvertrag Dolmetschen bei Begutachtungsterminen – Zusage',
            '2026-08-17 11:34')
    text(m, """Sehr geehrte Frau Akın,

wir freuen uns, Ihnen den Zuschlag für den Rahmenvertrag "Dolmetschen bei
ärztlichen Begutachtungen" (Laufzeit 01.10.2026 bis 30.09.2028) zu erteilen.

Eckpunkte:
- Sprachen: Türkisch, Arabisch, Russisch, Ukrainisch, Polnisch, Rumänisch,
  Farsi; weitere auf Anfrage
- Einsatzorte: Gutachterpraxen in Nordhessen und Südniedersachsen
- Vergütung: 75 EUR je angefangene Stunde, Fahrtzeit 50 %, 0,42 EUR/km
- Verschwiegenheit: Jede Dolmetscherin und jeder Dolmetscher unterschreibt
  vor dem ersten Einsatz unsere Verpflichtungserklärung (auch zu § 203 StGB);
  Notizen aus den Terminen sind nach dem Einsatz zu vernichten.
- Beauftragung: ausschließlich über unser Dienstleisterportal mit
  Termin, Praxis und Sprache – die Namen der Versicherten sehen Sie dort.

Den Vertrag senden wir Ihnen in zweifacher Ausfertigung per Post.

Mit freundlichen Grüßen

""" + sig('petersen') + '\n')
    return m


@mail(121, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'HR: integration management (BEM) of a named employee with sick days, herniated disc, graded return to work - employee health data')
def m121():
    m = msg(121, who('scholz'), '"Dr. Ilona Westhoff (Betriebsärztin)" <betriebsarzt@' + DOM + '>',
            'BEM Kerstin Maas – Vorbereitung Gespräch am 27.08.',
            '2026-08-18 15:10')
    text(m, """Liebe Frau Dr. Westhoff,

Frau Kerstin Maas (Kundenservice, Personalnummer 10472) hat dem
BEM-Angebot zugestimmt und ausdrücklich eingewilligt, dass ich Ihnen die
folgenden Informationen weitergebe:

- 51 Arbeitsunfähigkeitstage in den letzten zwölf Monaten, überwiegend seit
  März 2026
- nach ihren eigenen Angaben Bandscheibenvorfall HWS mit Ausstrahlung in
  den rechten Arm, konservative Behandlung, Reha im Juni in Bad Sooden-
  Allendorf
- Wunsch: stufenweise Wiedereingliederung (Hamburger Modell) ab
  September, 4 Stunden täglich, höhenverstellbarer Schreibtisch,
  Headset statt Telefonhörer

Termin: Donnerstag, 27.08.2026, 10:00 Uhr, Raum 1.08 (nicht im
Teambereich). Teilnehmende: Frau Maas, Sie, ich; die Schwerbehinderten-
vertretung nur, wenn Frau Maas das möchte – sie überlegt noch.

Die Führungskraft bekommt nur die vereinbarten Maßnahmen, keine
Diagnosen.

Viele Grüße
Nadine Scholz

""" + sig('scholz') + '\n')
    return m


@mail(122, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      "pet health insurance: named customer's cat, dental surgery at the vet, reimbursement (animal health only)")
def m122():
    m = msg(122, who('wirth'), 'Jessica Hall <jessica.hall@web-mail.example>',
            "Miso's vet invoice – reimbursement TK-26-004418",
            '2026-08-19 13:08')
    text(m, """Dear Ms Hall,

thank you for sending the invoice from Tierarztpraxis am Park for Miso.

Treatment on 6 August 2026: dental cleaning under anaesthesia and extraction
of two premolars because of tooth resorption, including blood tests before
the anaesthetic and pain medication.

Under your pet health insurance TK-8820-019437 (cat, tariff Komfort) we
reimburse 80 % of the costs according to the veterinary fee scale:

  invoice amount            EUR 486.30
  reimbursement 80 %        EUR 389.04

The amount will be paid to your account ending in 4471. We hope Miso is
back to eating happily!

Kind regards
Hannah Wirth

""" + sig('wirth') + '\n')
    return m


@mail(123, 'NORMAL', 'de', 'internal',
      'trap: accident loss ratios by distribution channel, portfolio aggregates only')
def m123():
    m = msg(123, who('baumgart'), 'Vertriebssteuerung <vertriebssteuerung@' + DOM + '>',
            'Schadenquoten Unfall 2025 nach Vertriebsweg',
            '2026-08-20 17:15')
    text(m, """Hallo zusammen,

wie in der Vertriebsrunde gewünscht, die Schadenquoten der
Unfallversicherung 2025 nach Vertriebsweg (ohne Gruppen-Unfall):

  Vertriebsweg          Beitrag Mio. EUR   Schadenquote   Invaliditätsanteil
  Ausschließlichkeit               78,4          44,1 %               61 %
  Makler                           61,2          52,8 %               66 %
  Banken                           19,9          38,7 %               58 %
  Online direkt                     8,1          57,3 %               70 %
  Gesamt                          167,6          47,4 %               63 %

Die hohe Quote im Online-Geschäft kommt vor allem aus dem jungen Bestand
mit Sportunfällen (Mountainbike, Skifahren) – bei kleinem Volumen schwankt
das stark. Beim Maklergeschäft treiben einzelne Großschäden mit Unfallrente
die Quote.

Gruß
Rainer

""" + sig('baumgart') + '\n', charset='windows-1252')
    return m


@mail(124, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      "children's accident: invalidity for a named boy after a cycling accident on the way to school (growth-plate injury, leg length difference), reassessment")
def m124():
    m = msg(124, who('oberlaender'), 'Daniel Schuster <daniel.schuster@postfach24.example>',
            'Tims Unfall auf dem Schulweg – Invaliditätsleistung (U-2023-004418)',
            '2026-08-24 10:31')
    text(m, """Sehr geehrter Herr Schuster,

das Nachuntersuchungsgutachten von Frau Prof. Dr. Kathrin Mertz
(Kinderorthopädie, Göttingen) vom 30.07.2026 liegt vor.

Tim (geb. 12.03.2011) war am 05.10.2023 auf dem Schulweg mit dem Fahrrad
gestürzt und hatte sich eine distale Unterschenkelfraktur rechts mit
Beteiligung der Wachstumsfuge (Salter-Harris II) zugezogen. Die
Behandlungskosten hat damals die Landesunfallkasse getragen, weil es ein
Schulwegunfall war.

Wie befürchtet ist die Wachstumsfuge vorzeitig verknöchert. Heute besteht
eine Beinverkürzung rechts um 1,5 cm mit leichter Achsabweichung; Tim
trägt eine Schuheinlage mit Ausgleich und hat nach längerem Laufen
Beschwerden im Sprunggelenk.

Die Gutachterin bemisst die Beeinträchtigung mit 1/10 Beinwert.

  Bein bis zur Mitte des Unterschenkels (Kinder-Unfall Plus)  55 %
  davon 1/10                                                 5,5 %
  Grundsumme 200.000 EUR x 5,5 %                       11.000,00 EUR

Den Betrag überweisen wir auf das Konto, das Sie uns für Tim genannt
haben. Da das Wachstum noch nicht abgeschlossen ist, können Sie und wir
die Invalidität bis fünf Jahre nach dem Unfall, also bis 05.10.2028, neu
bemessen lassen. Frau Prof. Mertz empfiehlt eine Kontrolle nach
Wachstumsabschluss.

Mit freundlichen Grüßen

""" + sig('oberlaender') + """

""" + FOOTER_DE + '\n')
    return m


@mail(125, 'NORMAL', 'en', 'insurer-to-partner',
      "trap: answer to an insurers' forum questionnaire on mental-health exclusions in accident insurance, company-level wording and counts")
def m125():
    m = msg(125, who('hollstein'), 'EAIF Secretariat <secretariat@eaif-forum.example>',
            'Questionnaire "Psychological reactions in personal accident insurance" – Falkenstein',
            '2026-08-26 12:00')
    text(m, """Dear Ms Van den Berg,

please find our answers to the forum's questionnaire below.

1. Do your accident policies exclude psychological reactions?
   Basis: yes, impairments caused by psychological reactions are excluded
   even if caused by an accident. Komfort and Premium (since 2026): covered
   if the psychological impairment is the consequence of a physical injury
   caused by the accident, or of a criminal act of violence.

2. Number of claims in 2025 in which the exclusion was applied:
   fewer than 20 across the portfolio (no further breakdown, as the
   numbers are too small).

3. Typical diagnoses in these claims (no individual data): post-traumatic
   stress disorder after road accidents, anxiety disorders after falls.

4. Is a change planned? We are evaluating cover for post-traumatic stress
   disorder after accidents involving children in the children's tariff.

We agree to the publication of the aggregated results without naming
companies.

Kind regards

""" + sig('hollstein') + '\n')
    return m


@mail(126, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      "harmless acknowledgement 'we will get back to you'; the quoted customer mail below objects to his invalidity degree (thumb tendon injury, two operations, painkillers)")
def m126():
    m = msg(126, who('oberlaender'), 'Uwe Brinkmann <uwe.brinkmann@kabelpost.example>',
            'AW: Widerspruch',
            '2026-09-01 08:37',
            irt='<000b01dc1a7f$5e2a3b10$1a7eb130$@kabelpost.example>')
    text(m, """Sehr geehrter Herr Brinkmann,

vielen Dank für Ihre Nachricht. Wir haben Ihre Einwände an unsere
Beratungsärztin weitergegeben und melden uns spätestens in drei Wochen bei
Ihnen.

Mit freundlichen Grüßen

""" + sig('oberlaender') + """

-----Ursprüngliche Nachricht-----
Von: Uwe Brinkmann <uwe.brinkmann@kabelpost.example>
Gesendet: Sonntag, 30. August 2026 19:52
An: Oberländer, Katrin <katrin.oberlaender@falkenstein-versicherung.example>
Betreff: Widerspruch

Sehr geehrte Frau Oberländer,

mit Ihrer Abrechnung vom 20.08. (Schaden U-2025-002944) bin ich nicht
einverstanden. 3/10 Daumenwert ist viel zu wenig.

Seit dem Unfall mit der Flex im Mai letzten Jahres (Beugesehne am linken
Daumen durchtrennt, zweimal operiert, einmal Sehnennaht, einmal
Tenolyse) kann ich als Fliesenleger nicht mehr richtig greifen, der
Daumen ist taub an der Spitze und ich nehme immer noch fast jeden Tag
Ibuprofen 600. Mein Hausarzt Dr. Schmid sagt, das sind mindestens 5/10,
und der Gutachter hat mich keine 10 Minuten untersucht.

Ich verlange ein neues Gutachten von einem Handchirurgen.

Mit freundlichen Grüßen
Uwe Brinkmann
""")
    return m


@mail(127, 'NORMAL', 'en', 'insurer-to-supplier',
      'trap: feedback to the assistance provider on its SLA report (repatriation counts, response times), asks for anonymised case studies only')
def m127():
    m = msg(127, who('whitfield'), 'Account Management <accounts@globalassist-partners.example>',
            'Q2 2026 SLA report – our feedback',
            '2026-07-15 11:50')
    text(m, """Dear Marco,

thank you for the Q2 service report. Our comments:

- 41 medical repatriations and 6 repatriations of deceased persons for our
  travel and expat portfolios; average time to first call-back 11 minutes
  (target 15) - well done.
- Guarantees of payment to hospitals were issued within 4 hours in 93 % of
  cases (target 95 %). Please look at the weekend shifts.
- Three complaints, all about communication with relatives abroad.

For our internal training we would like two or three case studies per
quarter - please anonymise them properly: no names, no dates of birth, no
hospital names, and group rare diagnoses ("cardiac event", "serious
injury") so that nobody can be recognised.

The next service review is on 8 October in Kassel.

Kind regards
Claire

""" + sig('whitfield') + """

""" + DISCLAIMER_EN + '\n')
    return m


@mail(128, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'rent deposit guarantee for a named tenant: landlord, flat address, guarantee amount and number')
def m128():
    m = msg(128, who('wirth'), 'Carla Reichert <carla.reichert@mailpost.example>',
            'Ihre Mietkautionsbürgschaft MK-3390-004127 ist ausgestellt',
            '2026-09-02 12:05')
    text(m, """Guten Tag Frau Reichert,

Ihre Mietkautionsbürgschaft ist ausgestellt:

  Bürgschaftsnummer:  MK-3390-004127
  Vermieterin:        Wohnbau Kassel-Ost eG
  Mietobjekt:         Bunte Berg 18, 2. OG rechts, 34123 Kassel
  Bürgschaftsbetrag:  2.850,00 EUR (3 Nettokaltmieten)
  Jahresbeitrag:      128,25 EUR, Abbuchung zum 01.10.

Die Bürgschaftsurkunde haben wir heute direkt an die Wohnbau Kassel-Ost
geschickt. Sie brauchen also keine Barkaution zu zahlen.

Viel Freude in der neuen Wohnung!

Freundliche Grüße

""" + sig('wirth') + '\n', cte='8bit')
    return m


@mail(129, 'NORMAL', 'de', 'internal',
      "trap: updated list of the assessor network (doctors' names, specialties, practice addresses, waiting times) as XLSX - professional contact data only, no patient")
def m129():
    m = msg(129, who('reimers'), 'Team Leistung Unfall <leistung-unfall@' + DOM + '>',
            'Gutachternetzwerk 2026 – aktualisierte Liste',
            '2026-09-03 09:20')
    text(m, """Hallo zusammen,

anbei die aktualisierte Liste unseres Gutachternetzwerks. Neu dabei sind
die Handchirurgie in Göttingen und eine HNO-Praxis in Kassel; die Praxis in
Fritzlar nimmt bis Jahresende keine Aufträge mehr an.

Bitte beachtet die Wartezeiten – bei Kindern möglichst die
kinderorthopädische Ambulanz beauftragen.

Gruß
Jonas

""" + sig('reimers') + '\n', cte='8bit')
    rows = [['Gutachter/in', 'Fachgebiet', 'Praxis / Klinik', 'Ort', 'Wartezeit (Wochen)', 'Sprachen', 'Kategorie'],
            ['Dr. med. Jens Altmann', 'Orthopädie und Unfallchirurgie', 'Orthopädische Praxis am Ständeplatz', 'Kassel', 6, 'DE, EN', 'A/B'],
            ['Dr. med. Thorsten Wiegand', 'Unfallchirurgie', 'Gutachtenpraxis Wiegand', 'Kassel', 8, 'DE', 'A/B/C'],
            ['MedExpert Nordhessen GmbH', 'interdisziplinär', 'Gutachteninstitut', 'Baunatal', 10, 'DE, EN, TR', 'B/C'],
            ['Prof. Dr. med. Kathrin Mertz', 'Kinderorthopädie', 'Universitätsmedizin, Kinderorthopädische Ambulanz', 'Göttingen', 12, 'DE, EN', 'B'],
            ['Dr. med. Tanja Reuß', 'Handchirurgie', 'Handchirurgie Leinetal', 'Göttingen', 7, 'DE', 'B'],
            ['Dr. med. Gerhard Pohlmann', 'HNO', 'HNO-Praxis Pohlmann', 'Kassel', 5, 'DE, RU', 'A/B'],
            ['Dr. med. Vera Lindemann', 'Augenheilkunde', 'Augenklinik am Bergpark', 'Kassel', 9, 'DE, EN', 'B'],
            ['Dr. med. Beate Schünemann', 'Neurologie', 'Neurologische Gutachtenpraxis', 'Fritzlar', 'pausiert bis 12/2026', 'DE', 'B/C']]
    attach(m, xlsx([('Gutachternetzwerk', rows)], title='Gutachternetzwerk 2026',
                    creator='Jonas Reimers', created='2026-09-03T07:00:00Z'),
           MIME_XLSX, 'Gutachternetzwerk_2026-09.xlsx')
    return m


@mail(130, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-assessor',
      'accident: ENT supplementary expert opinion for a named insured (hearing loss left, tinnitus after a fall); appointment with the name also in the ICS')
def m130():
    m = msg(130, who('reimers'), '"HNO-Praxis Dr. Pohlmann" <gutachten@hno-pohlmann.example>',
            'Zusatzgutachten HNO – Frau Svenja Roth, U-2026-000301',
            '2026-09-04 14:12')
    text(m, """Sehr geehrter Herr Dr. Pohlmann,

vielen Dank für die schnelle Terminvergabe. Wir beauftragen Sie mit einem
HNO-ärztlichen Zusatzgutachten:

  Versicherte:  Frau Svenja Roth, geb. 27.06.1982
  Unfall:       03.03.2026, Sturz auf der Kellertreppe mit Aufprall des
                Kopfes links; Felsenbeinlängsfraktur links (S02.1 L)
  Beschwerden:  Hörminderung links, Ohrgeräusch (Tinnitus) links seit
                dem Unfall, zeitweise Schwindel

Fragen:
1. Welcher Hörverlust besteht links (Tonaudiogramm, Sprachaudiogramm,
   prozentualer Hörverlust nach Boenninghaus/Röser)?
2. Wie hoch ist die Beeinträchtigung als Bruchteil des Gehörs auf einem
   Ohr (Gliedertaxe)?
3. Ist der Tinnitus unfallbedingt, und wie wirkt er sich aus?
4. Gab es vor dem Unfall eine Hörminderung (Vorbefunde vom HNO-Arzt 2021
   liegen im Portal)?

Die Termineinladung für Donnerstag, 17.09., 15:30 Uhr hängt an; Frau Roth
ist informiert.

Mit freundlichen Grüßen

""" + sig('reimers') + '\n')
    attach(m, ics("""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:U-2026-000301-hno-20260917@falkenstein-versicherung.example
DTSTAMP:20260904T121200Z
DTSTART;TZID=W. Europe Standard Time:20260917T153000
DTEND;TZID=W. Europe Standard Time:20260917T163000
SUMMARY:Begutachtung HNO Svenja Roth (U-2026-000301) - Hörverlust/Tinnitus links
LOCATION:HNO-Praxis Dr. Pohlmann\\, Wilhelmsstraße 12\\, Kassel
ORGANIZER;CN=Jonas Reimers:mailto:jonas.reimers@falkenstein-versicherung.example
ATTENDEE;CN=Dr. Gerhard Pohlmann:mailto:gutachten@hno-pohlmann.example
DESCRIPTION:Zusatzgutachten nach Felsenbeinfraktur links. Bitte Audiogramme beidseits.
END:VEVENT
END:VCALENDAR"""), 'text/calendar', 'Begutachtung_Roth_17-09.ics', charset='utf-8', params={'method': 'REQUEST'})
    return m


@mail(131, 'CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor: seasonal number plate for a named customer\'s motorcycle, plate and policy, dormant cover')
def m131():
    m = msg(131, who('aydin'), 'Kevin Lange <kevin.lange@web-mail.example>',
            'AW: Saisonkennzeichen Motorrad',
            '2026-09-07 16:22',
            irt='<b7c41e20-2a6d-4a3b-a1c4-0f9e8d7c6b5a@web-mail.example>')
    text(m, """Hallo Herr Lange,

klar, das geht. Für Ihre Yamaha MT-07 (Vertrag KF-3318-702251) stellen wir
ab sofort auf das Saisonkennzeichen KS-KL 77 mit Zeitraum 04–10 um.
Außerhalb der Saison (November bis März) besteht beitragsfreie
Ruheversicherung, solange das Motorrad in der Garage steht und nicht auf
öffentlichen Straßen bewegt wird.

Der Beitrag sinkt ab 2027 von 386,40 EUR auf 241,50 EUR im Jahr.

Gruß

""" + sig('aydin') + """

Am 06.09.2026 um 21:10 schrieb Kevin Lange:
> Hi, kann ich mein Motorrad auf Saisonkennzeichen umstellen, April bis
> Oktober? Gruß Kevin
""", cte='8bit', flowed=True)
    return m


@mail(132, 'NORMAL', 'en', 'newsletter',
      'trap: customer survey invitation sent to a list; mentions claims, accidents and hospital stays only as anonymous survey topics')
def m132():
    m = msg(132, '"Falkenstein Customer Voice" <survey@' + DOM + '>', 'customer-panel-en@lists.' + DOM,
            'Customer survey 2026 – 10 minutes for better service',
            '2026-09-08 10:00',
            headers=[('List-Unsubscribe', '<https://www.falkenstein-versicherung.example/survey/optout>'), ('Precedence', 'bulk')])
    text(m, """Dear member of our customer panel,

how are we doing? Our annual survey takes about ten minutes:

  https://survey.falkenstein-versicherung.example/2026-en

We ask, among other things, how easy it was to reach us, how you
experienced a claim if you had one (for example after an accident, a
burglary or a hospital stay), and which digital services you would like.

The survey is anonymous. Your answers are evaluated by an independent
research institute and reported to us only in groups of at least 30
people. We cannot link your answers to your contracts.

As a thank-you, we donate EUR 2 per completed questionnaire to the
children's trauma ward of Klinikum Waldhausen.

Thank you for your time!
Your Falkenstein customer experience team

Unsubscribe from the panel: https://www.falkenstein-versicherung.example/survey/optout
""")
    return m


@mail(133, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      "accident: short mobile reply approving the addressee's hospital daily allowance after a wrist fracture with surgery")
def m133():
    m = msg(133, who('kaya'), 'Connor Fitzgerald <connor.fitz@eirmail.example>',
            'Re: hospital allowance?',
            '2026-09-09 18:47',
            irt='<CAJx9-2mF@mail.eirmail.example>')
    text(m, """Hi Mr Fitzgerald,

quick answer from my phone: yes, the hospital confirmed your stay
(2-4 Sept, plate for the wrist fracture). 2 days x EUR 40 hospital
allowance approved, payment goes out Friday.

Best, Selin Kaya

Sent from my iPhone

> On 9 Sep 2026, at 17:02, Connor Fitzgerald <connor.fitz@eirmail.example> wrote:
>
> Hi Selin, did you get the letter from the hospital about my wrist op?
> Will the hospital money be paid? Cheers, Connor
""", cte='8bit', flowed=True)
    return m


@mail(134, 'CONFIDENTIAL', 'en', 'insurer-to-broker',
      'motor renewal list for a broker: body says only "see attached"; the XLSX lists named clients with birth dates, plates and premiums')
def m134():
    m = msg(134, who('nussbaum'), 'Sophie Laurent <s.laurent@expatcover-partners.example>',
            'Renewal list October',
            '2026-09-10 08:15')
    text(m, """Dear Sophie,

please find attached the renewal list for October.

Best regards
Frank
""", charset='us-ascii', cte='7bit')
    rows = [['Client', 'Date of birth', 'Policy', 'Vehicle', 'Registration', 'No-claims class', 'Premium 2026 EUR', 'Premium 2027 EUR'],
            ['Moreau, Lucas', '17.05.1988', 'KF-3318-934120', 'Peugeot 3008', 'KS-LM 588', 'SF 9', 1036.20, 1012.80],
            ['Kowalski, Anna', '02.02.1979', 'KF-3318-934877', 'Toyota Yaris Hybrid', 'KS-AK 202', 'SF 15', 498.60, 521.10],
            ['Haddad, Karim', '29.10.1992', 'KF-3318-935031', 'Tesla Model 3', 'KS-KH 2910', 'SF 4', 1588.00, 1701.40],
            ['Svensson, Maja', '11.07.1985', 'KF-3318-935502', 'Volvo XC40', 'KS-MS 711', 'SF 11', 877.30, 902.50],
            ['Dubois, Antoine', '30.03.1970', 'KF-3318-936014', 'Renault Mégane E-Tech', 'KS-AD 330', 'SF 25', 612.90, 655.00]]
    attach(m, xlsx([('Renewals 2026-10', rows)], title='Renewal list October 2026',
                    creator='Frank Nussbaum', created='2026-09-09T14:00:00Z'),
           MIME_XLSX, 'Renewals_October_ExpatCover.xlsx')
    return m


@mail(135, 'NORMAL', 'de', 'internal',
      "trap: medical officer's cheat sheet on checking expert and doctors' fees under the GOÄ, generic rules, no case")
def m135():
    m = msg(135, who('sandmann'), 'Team Leistung Unfall <leistung-unfall@' + DOM + '>',
            'Spickzettel: Gutachter- und Arztrechnungen prüfen (GOÄ)',
            '2026-09-11 12:40')
    text(m, """Liebe Kolleginnen und Kollegen,

weil in letzter Zeit öfter Fragen kamen, hier die wichtigsten Punkte für
die Prüfung von Arzt- und Gutachterrechnungen in der Unfallversicherung:

- Befundbericht: GOÄ Nr. 75 (ausführlicher Bericht); kurze Bescheinigung
  Nr. 70. Mehr als der 2,3-fache Satz nur mit Begründung.
- Gutachten außerhalb der Rahmenvereinbarung: GOÄ Nr. 80 (schriftliche
  gutachtliche Äußerung) bzw. Nr. 85 (je angefangene Stunde
  Arbeitszeit) – die Stundenzahl muss plausibel sein.
- Schreibgebühren: Nr. 95/96 je Seite bzw. Kopie.
- Röntgen: nur, wenn beauftragt oder im Gutachten begründet; MRT und CT
  grundsätzlich nur nach Rücksprache mit uns.
- Rahmenvereinbarung 2025: Kategorie A 450 EUR, B 650 EUR (Erstbemessung)
  bzw. 780 EUR (Neubemessung), C 1.100 EUR – jeweils pauschal inkl.
  Schreibgebühren.

Bei Unklarheiten gern an Dr. Anders oder mich.

Ulrike Sandmann

""" + sig('sandmann') + '\n', cte='8bit')
    return m


@mail(136, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      "accident: Achilles tendon rupture of the addressee while playing tennis, 'increased exertion' cover, prior tendon complaints, hospital allowance")
def m136():
    m = msg(136, who('kaya'), 'Frank Heller <frank.heller@t-net.example>',
            'Ihr Tennisunfall – Leistungszusage U-2026-001602',
            '2026-09-14 11:05')
    text(m, """Sehr geehrter Herr Heller,

vielen Dank für den OP-Bericht der Sportklinik Hellenthal. Sie haben sich
am 22.08.2026 beim Tennis beim Antritt zum Netz die linke Achillessehne
gerissen (S86.0 L) und wurden am 24.08. operiert (offene Naht,
Aufenthalt 24.–26.08.).

Gute Nachricht: Auch ohne Sturz oder Zusammenstoß besteht
Versicherungsschutz. Nach Ziffer 1.4 Ihrer Bedingungen gilt als Unfall
auch, wenn durch eine erhöhte Kraftanstrengung an Gliedmaßen Muskeln,
Sehnen, Bänder oder Kapseln zerrissen werden.

Wir zahlen jetzt das Krankenhaustagegeld: 3 Tage x 40 EUR = 120 EUR.

Zur späteren Invaliditätsbemessung noch ein Hinweis: Ihre Hausärztin hat
für 2024 eine Behandlung wegen Achillessehnenbeschwerden links
(Achillodynie) dokumentiert. Ob diese Vorschädigung an den Unfallfolgen
mitgewirkt hat, prüfen wir, wenn das Ergebnis der Heilbehandlung feststeht.
Bitte melden Sie sich, wenn die Reha abgeschlossen ist.

Gute Besserung!

Mit freundlichen Grüßen

""" + sig('kaya') + """

""" + FOOTER_DE + '\n')
    return m


@mail(137, 'CONFIDENTIAL', 'de', 'insurer-to-partner',
      "buildings insurance: security confirmation to the mortgage bank for named borrowers, property and loan number; details in the ODT")
def m137():
    m = msg(137, who('kroeger'), 'Kasseler Bank eG – Baufinanzierung <baufi@kasseler-bank.example>',
            'Sicherungsbestätigung Wohngebäudeversicherung – Ihr Darlehen 7710-448213',
            '2026-09-15 13:40')
    text(m, """Sehr geehrte Damen und Herren,

anbei die angeforderte Sicherungsbestätigung zur Wohngebäudeversicherung
Ihrer Darlehensnehmer. Das Original geht Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen

""" + sig('kroeger') + '\n', cte='8bit')
    attach(m, odt([
        ('h', 'Sicherungsbestätigung'),
        'Falkenstein Versicherung AG, Auestraße 40, 34117 Kassel',
        'an: Kasseler Bank eG, Baufinanzierung, Darlehen Nr. 7710-448213',
        'Versicherungsnehmer: Sven Petri und Julia Petri, Am Sonnenhang 31, 34270 Schauenburg',
        'Versicherungsschein: WG-2210-698804',
        'Versichertes Gebäude: Einfamilienhaus Am Sonnenhang 31, 34270 Schauenburg, Baujahr 2026 (Neubau)',
        ('table', [['Gefahr', 'Versichert'],
                   ['Feuer', 'ja, gleitender Neuwert'],
                   ['Leitungswasser', 'ja'],
                   ['Sturm/Hagel', 'ja'],
                   ['Weitere Naturgefahren (Elementar)', 'ja, SB 500 EUR']]),
        'Wir bestätigen, dass wir Sie als Grundpfandgläubigerin vormerken. Entschädigungen über 5.000 EUR zahlen wir nur mit Ihrer Zustimmung an die Versicherungsnehmer. Beitragsrückstände und eine Kündigung teilen wir Ihnen unverzüglich mit.',
        'Kassel, 15.09.2026 – Falkenstein Versicherung AG, Schaden Sach / Vertrag',
    ], title='Sicherungsbestätigung WG-2210-698804', creator='Sabine Kröger', created='2026-09-15T11:30:00Z'),
        MIME_ODT, 'Sicherungsbestaetigung_WG-2210-698804.odt')
    return m


@mail(138, 'NORMAL', 'en', 'internal',
      'trap: IT security warning about phishing mails posing as medical assessors ("Gutachten Ihr Patient"), no real case')
def m138():
    m = msg(138, who('rothe'), 'all-staff-international@lists.' + DOM,
            'Warning: phishing mails posing as medical assessors',
            '2026-09-16 09:45')
    text(m, """Dear colleagues,

since yesterday several claims mailboxes have received phishing mails that
pretend to come from medical assessors or hospitals. Typical features:

- subjects like "Gutachten Ihr Patient", "Arztbericht Nachforderung" or
  "Invoice expert opinion overdue",
- a ZIP or ".pdf.html" attachment "Gutachten_2026.zip",
- sender addresses similar to real assessor practices, but with small
  differences in the domain.

Please do NOT open such attachments and do not enter your password on any
page that opens. Forward suspicious mails as an attachment to
security@falkenstein-versicherung.example and delete them.

Real expert opinions from our assessor network arrive only via the
assessor portal or encrypted mail from the known domains.

Thank you for your vigilance.

""" + sig('rothe') + '\n')
    return m


@mail(139, 'STRICTLY_CONFIDENTIAL', 'en', 'assessor',
      "accident: UK expert's summary of his examination of a named insured (grip strength, wrist motion, 3/10 hand value) forwarded inline to the medical officer")
def m139():
    m = msg(139, who('oberlaender'), who('sandmann'),
            'FW: Mrs Helen Ashworth – summary of findings (your ref. U-2025-002207)',
            '2026-09-17 10:14')
    text(m, """Dear Dr Sandmann,

the full report from Mr Thornton follows by post; below his summary.
Could you check whether 3/10 hand value fits the figures? The insured
lives in Bath, so a second examination would be difficult.

Thank you
Katrin Oberländer

---------- Forwarded message ----------
From: Secretary to Mr R. Thornton <secretary@thornton-medicolegal.example>
Date: Tue, 15 Sep 2026 16:31
Subject: Mrs Helen Ashworth – summary of findings (your ref. U-2025-002207)
To: katrin.oberlaender@falkenstein-versicherung.example

Dear Ms Oberländer,

Mr Thornton examined Mrs Helen Ashworth (DOB 02/10/1971) on 9 September
2026. Summary of findings:

- Left scaphoid: united after ORIF and bone graft (CT 07/2026), screw in
  situ, mild radioscaphoid narrowing.
- Range of motion left wrist: extension 35° (right 70°), flexion 40°
  (right 75°), radial deviation 10° (right 20°).
- Grip strength (Jamar): left 16 kg, right 27 kg (approx. 60 %).
- Pain on loading, e.g. carrying shopping; unable to do yoga on hands.
- No evidence of pre-existing wrist disease; no contribution.

Opinion: permanent loss of function of the left hand amounting to 3/10 of
the value of the hand. Further deterioration (radioscaphoid arthritis)
cannot be excluded; a reassessment at three years is recommended.

Invoice to follow.

Kind regards
Jane Porter
Medico-legal secretary to Mr Richard Thornton FRCS (Tr & Orth)
""", cte='8bit')
    return m


@mail(140, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'legal expenses: cover for a named customer\'s dispute with a kitchen fitter (contract for work), amount in dispute, opposing firm')
def m140():
    m = msg(140, who('vogt'), 'Henrik Olsen <henrik.olsen@nordpost.example>',
            'Legal expenses cover confirmed – RS-2026-02051',
            '2026-09-18 15:20')
    text(m, """Dear Mr Olsen,

we confirm cover under your legal expenses insurance RS-6610-401177
(private and residential) for your dispute with Küchenstudio Wehrmann GmbH:

  Subject:          defective installation of your kitchen in your flat
                    at Ludwig-Mond-Straße 55, Kassel (worktop joints,
                    misaligned cabinets, water damage under the sink)
  Amount in dispute: EUR 6,400.00 (reduction of price and damages)
  Cover:            out-of-court representation by a lawyer; court
                    proceedings after a further request
  Deductible:       EUR 150

Please choose a lawyer and give him our reference RS-2026-02051. If you do
not know a lawyer, we can recommend one who speaks English.

Kind regards

""" + sig('vogt') + '\n')
    return m


@mail(141, 'NORMAL', 'de', 'internal',
      'trap: filing rules for document types (medical reports, expert opinions, hospital confirmations) in the DMS, no document or case')
def m141():
    m = msg(141, who('reimers'), 'Team Leistung Unfall <leistung-unfall@' + DOM + '>',
            'DMS: Dokumentarten richtig zuordnen – Erinnerung',
            '2026-09-21 08:55')
    text(m, """Hallo zusammen,

bei der Stichprobe der Revision sind wieder einige Dokumente mit der
falschen Dokumentart im DMS gelandet. Zur Erinnerung:

  U-ARZT   Arztbericht, Befundbericht, Entlassungsbericht
  U-GUT    Gutachten, Zusatzgutachten, ergänzende Stellungnahme
  U-KH     Aufenthaltsbestätigung Krankenhaus, Reha-Bestätigung
  U-RECH   Rechnungen (Arzt, Gutachter, Bergung, kosmetische OP)
  U-SPE    Schweigepflichtentbindung, Einwilligungen
  U-KORR   Schriftverkehr mit Kunden, Anwälten, Vermittlern

Wichtig: Nur Dokumente mit den Arten U-ARZT, U-GUT, U-KH und U-SPE landen
im besonders geschützten Bereich mit eingeschränkten Leserechten. Ein
Arztbericht unter U-KORR kann dagegen die ganze Servicegruppe lesen –
bitte darauf achten!

Gruß
Jonas

""" + sig('reimers') + '\n', cte='8bit', flowed=True)
    return m


@mail(142, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'accident: loss of hearing in the right ear of the addressee after a temporal bone fracture, limb-table hearing value and payout')
def m142():
    m = msg(142, who('whitfield'), 'Olivia Grant <olivia.grant@mailpost.example>',
            'Invalidity benefit – your accident of 14 November 2025',
            '2026-09-22 12:12')
    text(m, """Dear Ms Grant,

we have received the ENT expert opinion of Dr. Gerhard Pohlmann dated
8 September 2026 and can now settle the invalidity benefit under your
personal accident policy UV-4471-290518 (UnfallSchutz Komfort).

Following your fall from your bicycle on 14 November 2025 and the fracture
of the right temporal bone (S02.1), the expert found a permanent
sensorineural hearing loss of the right ear of 60 % with constant tinnitus.
The hearing of the left ear is normal.

Calculation:
  hearing in one ear (limb table, Komfort)     35 %
  loss of 6/10                                 21 % degree of invalidity
  sum insured EUR 100,000 x 21 %               EUR 21,000.00

The amount will be transferred to your account in the next few days. A
hearing aid for the right ear is a matter for your health insurer; please
ask your ENT doctor for a prescription.

We wish you all the best.

Kind regards

""" + sig('whitfield') + """

""" + DISCLAIMER_EN + '\n', cte='8bit')
    return m


@mail(143, 'CONFIDENTIAL', 'en', 'insurer-to-customer',
      'home contents renewal notice for a named customer with birth date (senior discount), insured address, premium and masked IBAN; text and HTML')
def m143():
    m = msg(143, '"Falkenstein Customer Service" <service@' + DOM + '>', 'Peter Lindholm <peter.lindholm@nordpost.example>',
            'Your home contents insurance HR-5520-118850 – renewal 2027',
            '2026-10-01 06:30')
    plain = """Dear Mr Lindholm,

your home contents insurance HR-5520-118850 renews on 1 January 2027.

  Insured address:   Kirchditmolder Straße 7, 34130 Kassel (112 m²)
  Sum insured:       EUR 72,800 (waiver of underinsurance)
  Date of birth:     19 April 1961 - 60+ discount 10 % applied
  Premium 2027:      EUR 231.48 (2026: EUR 224.10)
  Direct debit from: DE** **** **** **** **22 82 (as before)

No action is needed. If your home or contents have changed, please let us
know.

Kind regards
Your Falkenstein customer service
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Mr Lindholm,</p>
<p>your home contents insurance <b>HR-5520-118850</b> renews on 1 January 2027.</p>
<table cellpadding="4" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td>Insured address</td><td>Kirchditmolder Stra&szlig;e 7, 34130 Kassel (112&nbsp;m&sup2;)</td></tr>
<tr><td>Sum insured</td><td>EUR 72,800 (waiver of underinsurance)</td></tr>
<tr><td>Date of birth</td><td>19 April 1961 &ndash; 60+ discount 10&nbsp;% applied</td></tr>
<tr><td>Premium 2027</td><td>EUR 231.48 (2026: EUR 224.10)</td></tr>
<tr><td>Direct debit from</td><td>DE** **** **** **** **22 82 (as before)</td></tr>
</table>
<p>No action is needed. If your home or contents have changed, please let us know.</p>
<p>Kind regards<br>Your Falkenstein customer service</p>
</body></html>
"""
    alt(m, plain, html)
    return m


@mail(144, 'NORMAL', 'de', 'insurer-to-supplier',
      "trap: catering order for the assessors' symposium; dietary needs only as anonymous counts (coeliac, lactose), no names")
def m144():
    m = msg(144, who('petersen'), 'Genusswerk Kassel – Catering <catering@genusswerk-kassel.example>',
            'Bestellung Catering Gutachter-Symposium 25.09.2026',
            '2026-09-18 10:02')
    text(m, """Hallo Herr Brede,

hiermit bestellen wir verbindlich das Catering für unser
Gutachter-Symposium "Invaliditätsbemessung in der Praxis":

  Datum/Ort:    Freitag, 25.09.2026, Kongress Palais Kassel, Saal Elisabeth
  Personen:     140 (Stand heute, endgültige Zahl bis Dienstag)
  09:00         Stehkaffee mit Gebäck
  12:15         Mittagsbuffet (Angebot Nr. 2 "Nordhessisch leicht")
  15:00         Kaffee und Kuchen

Besondere Ernährungswünsche laut Anmeldungen (ohne Namen):
  18 x vegetarisch, 6 x vegan, 3 x glutenfrei (Zöliakie),
  2 x laktosefrei, 1 x Nussallergie

Bitte die glutenfreien Speisen getrennt stellen und kennzeichnen.
Rechnung an Falkenstein Versicherung AG, Einkauf, Bestellnummer
BE-2026-01144.

Viele Grüße

""" + sig('petersen') + '\n', cte='8bit')
    return m


@mail(145, 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'accident: audit sample sent to internal audit as ZIP; CSV with names, birth dates, ICD codes, invalidity degrees and a nested approval mail - body harmless')
def m145():
    m = msg(145, who('reimers'), 'Interne Revision <revision@' + DOM + '>',
            'Stichprobe Leistung Unfall Q2/2026 – angeforderte Unterlagen',
            '2026-09-24 16:40')
    text(m, """Hallo Frau Dammann,

anbei wie angefordert die Stichprobe für die Prüfung Leistung Unfall
Q2/2026 (20 Fälle, Ziehung durch Sie am 15.09.). Die Freigabe der
Ausnahme im Fall 14 habe ich als Mail mit in das Archiv gepackt.

Die Leistungsakten selbst sehen Sie wie besprochen im DMS mit Ihrem
Revisionszugang.

Viele Grüße
Jonas Reimers

""" + sig('reimers') + '\n', cte='8bit')
    csv = ('Nr;Schaden;Versicherte Person;Geb.-Datum;Unfalltag;Diagnose (ICD-10);Leistungsart;Invaliditätsgrad;Zahlung EUR;Bearbeiter\r\n'
           '1;U-2025-001284;Brenner, Lukas;07.09.1987;14.03.2025;S68.1 R Teilamputation Zeigefinger;Invalidität;5 %;4.000,00;KO\r\n'
           '2;U-2026-000233;Lohmeyer, Bernd;22.01.1964;12.01.2026;S82.6 R Außenknöchelfraktur;KH-Tagegeld/Genesungsgeld;;720,00;SK\r\n'
           '3;U-2025-003390;Rademacher, Kai-Uwe;02.11.1968;08.02.2025;S83.53 L VKB-Ruptur, M17.1 Gonarthrose;Invalidität (Mitwirkung 30 %);14,7 %;14.700,00;KO\r\n'
           '4;U-2026-000472;Demir, Emre;14.06.2016;07.02.2026;S52.4 L Unterarmschaftfraktur;KH-Tagegeld;;90,00;SK\r\n'
           '5;U-2025-000011;Bauer, Niklas;03.08.1996;01.01.2025;S05.6 L perforierende Augenverletzung;Invalidität;22 %;22.000,00;KO\r\n'
           '6;U-2025-003611;Murphy, Aidan;15.05.1981;23.11.2025;S32.1 S32.81 Becken-/Sakrumfraktur;Übergangsleistung;;10.000,00;KO\r\n'
           '7;U-2026-000655;Hagemann, Dennis;08.01.1994;11.04.2026;S83.53 R VKB-Ruptur;KH-Tagegeld;;100,00;SK\r\n'
           '8;U-2025-004120;Krüger, Sophie;19.02.2019;28.11.2025;T21.2 T22.2 Verbrühung;KH-Tagegeld/Invalidität;5 %;11.140,00;KO\r\n'
           '14;U-2025-000977;Ostrowski, Heinz;30.06.1950;19.07.2025;S72.00 R Schenkelhalsfraktur;Unfall-Rente;50 %;12.000,00;JR (Ausnahme)\r\n'
           '20;U-2026-000511;Lenz, Sandra;12.12.1983;14.02.2026;S82.1 R Tibiakopffraktur;Bergung/KH-Tagegeld;;2.040,00;KO\r\n')
    approval = EmailMessage(policy=SMTP)
    approval['From'] = who('reimers')
    approval['To'] = who('oberlaender')
    approval['Subject'] = 'Freigabe Ausnahme Ostrowski – Rente trotz Fristablauf'
    approval['Date'] = when('2026-05-12 17:05')
    approval['Message-ID'] = '<202605121705.FV2145777@exch02.' + DOM + '>'
    approval.set_content("""Hallo Katrin,

ich gebe die Unfall-Rente für Herrn Ostrowski frei, obwohl die ärztliche
Feststellung der Invalidität erst nach 16 Monaten bei uns einging. Der
Entlassungsbericht der Geriatrie vom Oktober 2025 (Z. n. Schenkelhals-
fraktur rechts, Hüft-TEP, Gehfähigkeit nur mit Rollator, beginnende
Demenz) spricht schon innerhalb der Frist von einem Dauerschaden. Das
reicht nach der Ombudsmann-Linie.

Bitte als Ausnahme mit Begründung in der Akte vermerken.

Jonas
""", charset='utf-8', cte='quoted-printable')
    note = ('Stichprobe Leistung Unfall Q2/2026\r\n'
            'Ziehung: Interne Revision, 15.09.2026, 20 Fälle aus 1.912 Leistungsfällen\r\n'
            'Übergabe: nur intern, Ablage im Revisionslaufwerk, Löschung nach Abschluss der Prüfung\r\n').encode('cp1252')
    z = zipbytes([('Stichprobe_Q2_2026/Stichprobe_Leistung_Unfall_Q2.csv', csv.encode('cp1252'), (2026, 9, 24, 16, 10, 0)),
                  ('Stichprobe_Q2_2026/Freigabe_Ausnahme_Fall14.eml', to_bytes(approval), (2026, 9, 24, 16, 12, 0)),
                  ('Stichprobe_Q2_2026/Begleitnotiz.txt', note, (2026, 9, 24, 16, 15, 0))])
    attach(m, z, 'application/zip', 'Stichprobe_Leistung_Unfall_Q2_2026.zip')
    return m


@mail(146, 'CONFIDENTIAL', 'de', 'insurer-to-company',
      "business liability of a sole trader (natural person): damaged parquet at a named client's house, claim and policy numbers; no injury")
def m146():
    m = msg(146, who('blum'), '"Schreinerei Matthias Keller e.K." <info@schreinerei-keller.example>',
            'Betriebshaftpflicht BH-8810-031577 – Schaden bei Familie Graf',
            '2026-09-28 10:15')
    text(m, """Guten Tag Herr Keller,

zu Ihrem Schaden beim Einbau der Einbauküche im Haus von Familie Graf,
Mittelweg 6, 34355 Staufenberg: Ihr Mitarbeiter hat am 10.09.2026 beim
Verschieben des Hochschranks das Eichenparkett im Küchenbereich auf rund
6 m² tief zerkratzt. Personen kamen nicht zu Schaden.

Der Schaden ist über Ihre Betriebshaftpflicht (Vertrag BH-8810-031577,
Inhaber Matthias Keller) gedeckt. Wir übernehmen das Abschleifen und
Neuversiegeln der gesamten Fläche (18 m², damit kein Farbunterschied
entsteht) laut Angebot des Parkettlegers Dörr über 1.742,00 EUR
abzüglich Ihrer Selbstbeteiligung von 250 EUR.

Die Zahlung geht direkt an Herrn und Frau Graf; die Selbstbeteiligung
regeln Sie bitte mit Ihren Kunden.

Schaden-Nr.: BH-S-2026-00642

Viele Grüße

""" + sig('blum') + '\n', charset='iso-8859-1')
    return m


@mail(147, 'NORMAL', 'en', 'insurer-to-press',
      'trap: press office declines to comment on whether an unnamed well-known footballer claimed under an accident policy; general statement only')
def m147():
    m = msg(147, who('brandt'), 'Tom Ashby <tom.ashby@sportsdesk-news.example>',
            'RE: Query – footballer injury and accident insurance',
            '2026-10-05 17:48',
            irt='<AM0PR09MB4412.sportsdesk-news.example>')
    text(m, """Dear Mr Ashby,

thank you for your enquiry. As a matter of principle we do not comment on
whether any person is insured with us, and we never comment on individual
claims - this also applies to professional athletes.

In general terms: professional footballers are usually covered by their
club's group accident and disability insurance and by the statutory
accident insurance for employees. Private accident policies for amateurs
and professionals typically pay a lump sum for permanent impairment after
serious knee or ankle injuries, depending on the limb table in the policy.

Kind regards

""" + sig('brandt') + """

-----Original Message-----
From: Tom Ashby <tom.ashby@sportsdesk-news.example>
Sent: 5 October 2026 14:20
To: presse@falkenstein-versicherung.example
Subject: Query – footballer injury and accident insurance

Hello, I'm told that a well-known player of a Kassel club who was injured
recently has private accident cover with Falkenstein. Can you confirm and
say whether a payout is expected? Thanks, Tom Ashby, Sportsdesk News
""")
    return m


@mail(148, 'NORMAL', 'de', 'insurer-to-broker',
      "trap: broker training invitation 'understanding accident insurance' (limb table, progression, children) with ICS, no client")
def m148():
    m = msg(148, who('nussbaum'), 'makler-nordhessen@lists.' + DOM,
            'Einladung Maklerschulung: Unfallversicherung verstehen – 12.11.2026',
            '2026-10-07 09:00')
    text(m, """Liebe Maklerinnen und Makler,

herzliche Einladung zu unserer Halbtagesschulung "Unfallversicherung
verstehen" (IDD-Weiterbildung, 3 Stunden):

  Donnerstag, 12.11.2026, 14:00–17:00 Uhr
  Falkenstein Versicherung, Auestraße 40, Kassel, Raum 1.01
  alternativ online (Link nach Anmeldung)

Themen:
- Gliedertaxe, Teilverluste und Rechenbeispiele
- Progression: wann sie wirklich wirkt
- Kinderunfall: Schule, Kita, Sportverein – wer zahlt was?
- Krankenhaustagegeld, Genesungsgeld, Übergangsleistung
- Typische Streitfälle: Fristen, Mitwirkung, erhöhte Kraftanstrengung
- Referentin: Dr. med. Ulrike Sandmann, Beratungsärztin

Eine Kalendereinladung hängt an. Anmeldung bitte per Antwort auf diese
Mail bis 30.10.

Herzliche Grüße

""" + sig('nussbaum') + '\n', cte='8bit')
    attach(m, ics("""BEGIN:VCALENDAR
PRODID:-//Falkenstein Versicherung//Veranstaltungen//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:maklerschulung-uv-20261112@falkenstein-versicherung.example
DTSTAMP:20261007T070000Z
DTSTART;TZID=Europe/Berlin:20261112T140000
DTEND;TZID=Europe/Berlin:20261112T170000
SUMMARY:Maklerschulung: Unfallversicherung verstehen (3 h IDD)
LOCATION:Falkenstein Versicherung\\, Auestraße 40\\, Kassel\\, Raum 1.01
DESCRIPTION:Gliedertaxe\\, Progression\\, Kinderunfall\\, Krankenhaustagegeld\\, Streitfälle
END:VEVENT
END:VCALENDAR"""), 'text/calendar', 'Maklerschulung_UV_2026-11-12.ics', charset='utf-8', params={'method': 'PUBLISH'})
    return m


@mail(149, 'CONFIDENTIAL', 'de', 'customer',
      "motor: customer's mail (typos, rear-end collision, plates, no injuries) forwarded as message/rfc822 to the loss assessor with the order")
def m149():
    inner = EmailMessage(policy=SMTP)
    inner['From'] = 'Tanja Böhm <tanja.boehm@postfach24.example>'
    inner['To'] = 'kfz-schaden@' + DOM
    inner['Subject'] = 'unfall heute morgen'
    inner['Date'] = when('2026-10-12 08:41')
    inner['Message-ID'] = '<7d2e91aa-55b0-4c3c-9e21-0a6f2b8e1c44@postfach24.example>'
    inner.set_content("""Hallo,

mir ist heute morgen an der ampel Frankfurter Str / Am Rotstock einer
hinten drauf gefahren, ich stand bei rot. Mein auto ist ein Seat Ibiza
KS-TB 1105 (versichert bei ihnen Vollkasko, Nr weiß ich grad nich). Der
andere fahrer hat gesagt er hat aufs handy geschaut, ein VW Caddy
KS-HT 448, Firma Hausmeisterservice Trost. Verletzt is zum glück keiner,
Polizei war da.

Stoßstange hinten kaputt und die Heckklappe geht nicht mehr zu. Kann ich
das auto noch fahren? was muss ich jetz machen

LG Tanja Böhm
0160 5551 8823

Von meinem Samsung Galaxy Smartphone gesendet
""", charset='utf-8', cte='quoted-printable')
    m = msg(149, who('aydin'), 'Auftragsannahme Kessler <auftrag@kessler-sv.example>',
            'Besichtigungsauftrag KH-26-0044102 / KS-TB 1105',
            '2026-10-12 10:30')
    text(m, """Hallo Herr Kessler,

bitte Besichtigung beauftragen: Auffahrunfall, unsere VN Frau Böhm ist
Geschädigte, wir regulieren aber über die Vollkasko vor, weil der
Haftpflichtversicherer des Unfallgegners noch nicht bekannt ist.
Fahrzeug steht fahrbereit bei der Kundin. Ihre Mail hängt an.

Danke und Gruß

""" + sig('aydin') + '\n', cte='8bit')
    attach(m, inner, 'message/rfc822', 'unfall heute morgen.eml')
    return m


@mail(150, 'NORMAL', 'de', 'internal',
      'trap: HTML-only evacuation drill notice with assembly points; people with reduced mobility addressed in general, nobody named')
def m150():
    m = msg(150, '"Arbeitssicherheit" <arbeitssicherheit@' + DOM + '>', 'alle-mitarbeitenden-kassel@lists.' + DOM,
            'Räumungsübung am 15. Oktober – bitte lesen',
            '2026-10-08 08:00')
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>am <b>Donnerstag, 15. Oktober 2026, zwischen 10 und 11 Uhr</b> findet eine unangekündigte Räumungsübung
im Hauptgebäude Auestraße 40 statt. Bitte verlasst das Gebäude beim Alarm zügig über die gekennzeichneten
Fluchtwege &ndash; nicht mit dem Aufzug.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>Etage / Bereich</th><th>Sammelplatz</th></tr>
<tr><td>EG bis 2. OG</td><td>Parkplatz Nord (Schild A)</td></tr>
<tr><td>3. bis 5. OG (u.&nbsp;a. Leistung Unfall, Kranken, Leben)</td><td>Grünfläche an der Fulda (Schild B)</td></tr>
<tr><td>Kantine, Archiv, Rechenzentrum</td><td>Parkplatz Süd (Schild C)</td></tr>
</table>
<p>Wer wegen einer Mobilitätseinschränkung, einer Verletzung oder einer Schwangerschaft Hilfe beim Verlassen
des Gebäudes braucht, meldet sich bitte vorab vertraulich bei den Etagen-Räumungshelfern. Es wird keine
Liste mit Namen verschickt.</p>
<p>Vertrauliche Unterlagen (z.&nbsp;B. Arztberichte, Gutachten) bitte vor dem Verlassen nicht offen liegen
lassen &ndash; wenn möglich Bildschirm sperren und Akten umdrehen.</p>
<p>Danke!<br>Eure Fachkraft für Arbeitssicherheit</p>
</body></html>
"""
    text(m, html, subtype='html')
    return m

# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------

# mails that deliberately carry an IBAN with a wrong check digit (customer typo)
INVALID_IBAN_OK = {'d214-0111.eml'}


def build(outdir):
    mdir = os.path.join(outdir, 'mails')
    os.makedirs(mdir, exist_ok=True)
    rows = ['file\tlabel\tlang\tkind\treason']
    seen = set()
    for n, label, lang, kind, reason, f in sorted(MAILS, key=lambda t: t[0]):
        assert n not in seen, n
        seen.add(n)
        m = finish(f(), n)
        name = '%s%04d.eml' % (PREFIX, n)
        with open(os.path.join(mdir, name), 'wb') as fh:
            fh.write(to_bytes(m))
        assert '\t' not in reason and '\n' not in reason
        rows.append('\t'.join([name, label, lang, kind, reason]))
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    return len(rows) - 1


def pdf_text(data):
    if not data.startswith(b'%PDF-'):
        raise ValueError('not a PDF')
    m = re.search(rb'startxref\s+(\d+)', data)
    if not m or data[int(m.group(1)):int(m.group(1)) + 4] != b'xref':
        raise ValueError('bad startxref')
    out = []
    for s in re.findall(rb'stream\n(.*?)\nendstream', data, re.S):
        raw = zlib.decompress(s)
        for t in re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw):
            t = re.sub(rb'\\(.)', rb'\1', t)
            out.append(t.decode('cp1252'))
    return '\n'.join(out)


def check_blob(name, data, where, errs, stats):
    low = name.lower()
    ext = low.rsplit('.', 1)[-1] if '.' in low else ''
    try:
        if ext == 'pdf':
            if not pdf_text(data).strip():
                errs.append('%s: %s has an empty text layer' % (where, name))
            stats['pdf'] = stats.get('pdf', 0) + 1
        elif ext in ('zip', 'xlsx', 'docx', 'odt', 'ods'):
            z = zipfile.ZipFile(io.BytesIO(data))
            if z.testzip() is not None:
                errs.append('%s: %s has a corrupt member' % (where, name))
            names = z.namelist()
            if ext in ('odt', 'ods'):
                if names[0] != 'mimetype' or z.getinfo('mimetype').compress_type != zipfile.ZIP_STORED:
                    errs.append('%s: %s mimetype not first/stored' % (where, name))
                ET.fromstring(z.read('content.xml'))
            if ext == 'xlsx':
                ET.fromstring(z.read('xl/workbook.xml'))
            if ext == 'docx':
                ET.fromstring(z.read('word/document.xml'))
            for mem in names:
                if mem.endswith('.xml') or mem.endswith('.rels'):
                    ET.fromstring(z.read(mem))
                elif ext == 'zip':
                    check_blob(mem, z.read(mem), where + '!' + name, errs, stats)
            stats[ext] = stats.get(ext, 0) + 1
        elif ext == 'ics':
            t = data.decode('utf-8')
            if 'BEGIN:VCALENDAR' not in t or 'END:VCALENDAR' not in t:
                errs.append('%s: %s is no calendar' % (where, name))
            stats['ics'] = stats.get('ics', 0) + 1
        elif ext == 'eml':
            check_message(BytesParser(policy=DEFAULT_POLICY).parsebytes(data), where + '!' + name, errs, stats)
        elif ext in ('csv', 'tsv', 'txt'):
            stats[ext] = stats.get(ext, 0) + 1
    except Exception as e:  # noqa: BLE001 - report every failure
        errs.append('%s: %s cannot be opened: %r' % (where, name, e))


def iban_ok(s):
    s = s.replace(' ', '').upper()
    v = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in v)) % 97 == 1


def check_message(m, where, errs, stats):
    for part in m.walk():
        if part.defects:
            errs.append('%s: MIME defects %r' % (where, part.defects))
        for k, v in part.items():
            if getattr(v, 'defects', None):
                errs.append('%s: header %s defects %r' % (where, k, v.defects))
        ctype = part.get_content_type()
        fn = part.get_filename()
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset() or 'us-ascii'
            try:
                t = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append('%s: text part %s does not decode as %s: %s' % (where, ctype, cs, e))
                continue
            for ib in re.findall(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b', t):
                if re.match(r'^(DE|AT|GB|IE|ES|CH)', ib) and 'ZZZ' not in ib and not iban_ok(ib) and where.split('!')[0] not in INVALID_IBAN_OK:
                    errs.append('%s: IBAN with wrong check digits: %s' % (where, ib))
            if ctype == 'text/calendar' or (fn and fn.lower().endswith('.ics')):
                check_blob(fn or 'invite.ics', payload, where, errs, stats)
            elif fn:
                check_blob(fn, payload, where, errs, stats)
        elif fn:
            check_blob(fn, payload, where, errs, stats)
        elif ctype == 'application/pdf':
            check_blob('unnamed.pdf', payload, where, errs, stats)


def check():
    errs, stats = [], {}
    tmp = tempfile.mkdtemp(prefix='d214check-')
    try:
        n = build(tmp)
        if n != 150:
            errs.append('expected 150 mails, built %d' % n)
        for rel in ['labels.tsv'] + ['mails/' + f for f in sorted(os.listdir(os.path.join(tmp, 'mails')))]:
            a = os.path.join(HERE, rel)
            b = os.path.join(tmp, rel)
            if not os.path.exists(a):
                errs.append('%s missing in the corpus folder (run without --check first)' % rel)
            elif open(a, 'rb').read() != open(b, 'rb').read():
                errs.append('%s differs from a fresh build' % rel)
        extra = set(os.listdir(os.path.join(HERE, 'mails'))) - set(os.listdir(os.path.join(tmp, 'mails'))) \
            if os.path.isdir(os.path.join(HERE, 'mails')) else set()
        if extra:
            errs.append('unexpected files in mails/: %s' % sorted(extra))
        mids = set()
        labels = {}
        with open(os.path.join(tmp, 'labels.tsv'), encoding='utf-8') as fh:
            head = fh.readline().rstrip('\n')
            if head != 'file\tlabel\tlang\tkind\treason':
                errs.append('bad labels.tsv header')
            for line in fh:
                f = line.rstrip('\n').split('\t')
                if len(f) != 5 or f[1] not in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL') or f[2] not in ('de', 'en') or not f[4]:
                    errs.append('bad labels row %r' % line)
                labels[f[0]] = f
                if f[1] == 'NORMAL' and not f[4].startswith('trap:'):
                    stats['normal_non_trap'] = stats.get('normal_non_trap', 0) + 1
        for name in sorted(os.listdir(os.path.join(tmp, 'mails'))):
            raw = open(os.path.join(tmp, 'mails', name), 'rb').read()
            if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
                errs.append('%s: bare LF or CR' % name)
            if name not in labels:
                errs.append('%s: no labels row' % name)
            m = BytesParser(policy=DEFAULT_POLICY).parsebytes(raw)
            if not m['From'] or not m['From'].addresses[0].domain == DOM:
                errs.append('%s: sender not in %s' % (name, DOM))
            for h in ('To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
                if m[h] is None:
                    errs.append('%s: no %s header' % (name, h))
            if m['Date'] is not None and m['Date'].datetime.year != 2026:
                errs.append('%s: date not in 2026' % name)
            if m['Message-ID'] in mids:
                errs.append('%s: duplicate Message-ID' % name)
            mids.add(m['Message-ID'])
            for a in m['To'].addresses + (m['Cc'].addresses if m['Cc'] else ()):
                if not a.domain.endswith('.example'):
                    errs.append('%s: recipient host %s does not end in .example' % (name, a.domain))
            top = m.get_content_type()
            stats['top ' + top] = stats.get('top ' + top, 0) + 1
            check_message(m, name, errs, stats)
    finally:
        shutil.rmtree(tmp)
    for e in errs:
        print('FAIL', e)
    for k in sorted(stats):
        print('%-40s %d' % (k, stats[k]))
    if errs:
        print('%d problem(s)' % len(errs))
        return 1
    print('all checks pass')
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    count = build(HERE)
    print('wrote %d mails and labels.tsv' % count)
