#!/usr/bin/env python3
"""Generator of the dev217 corpus for Siegel (fictitious mails of Mainstadt Versicherung AG).

Standard library only. `python3 make_corpus.py` writes mails/ and labels.tsv;
`python3 make_corpus.py --check` rebuilds into a temporary folder, compares byte for
byte and parses every mail and attachment.
"""
import datetime, email, hashlib, io, os, re, shutil, sys, tempfile, zipfile, zlib
import xml.etree.ElementTree as ET
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY
from email.parser import BytesParser
from email.utils import formataddr

PREFIX = 'd217-'
DOM = 'mainstadt-versicherung.example'

# ---------------------------------------------------------------- staff signatures
STAFF = {
 'kl': ('Katrin Lindner', 'katrin.lindner', 'Mit freundlichen Grüßen\n\nKatrin Lindner\nKundenservice Leben und Vorsorge\nMainstadt Versicherung AG\nTaunusanlage 40, 60325 Frankfurt am Main\nTel. 069 7100-2214'),
 'mb': ('Markus Brandt', 'markus.brandt', 'Viele Grüße\nMarkus Brandt\nSchaden Kraftfahrt | Mainstadt Versicherung AG\nTel. 069 7100-3380'),
 'sw': ('Sophie Wagner', 'sophie.wagner', 'Kind regards / Freundliche Grüße\n\nSophie Wagner\nInternational Customer Desk\nMainstadt Versicherung AG\nTaunusanlage 40 | 60325 Frankfurt am Main | Germany\nPhone +49 69 7100-2600'),
 'ta': ('Tobias Arslan', 'tobias.arslan', 'Freundliche Grüße\nTobias Arslan\nLeistungsabteilung Krankenversicherung\nMainstadt Krankenversicherung a.G.\nTel. 069 7100-4412'),
 'jh': ('Julia Hoffmann', 'julia.hoffmann', 'Beste Grüße\nJulia Hoffmann\nSachschaden Privat\nMainstadt Versicherung AG\nDurchwahl -3105'),
 'dk': ('Daniel Kowalski', 'daniel.kowalski', 'Best regards\nDaniel Kowalski\nClaims – Property & Liability (English Service)\nMainstadt Versicherung AG, Frankfurt\n+49 69 7100-3190'),
 'ar': ('Anna Richter', 'anna.richter', 'Gruß\nAnna'),
 'fs': ('Felix Schubert', 'felix.schubert', 'Felix Schubert\nMaklerbetreuung Region Rhein-Main\nMainstadt Versicherung AG\nMobil 0171 5550 218'),
 'nb': ('Nadine Becker', 'nadine.becker', 'Freundliche Grüße\n\nNadine Becker\nUnternehmenskommunikation / Pressestelle\nMainstadt Versicherung AG\nTel. 069 7100-1010 | presse@mainstadt-versicherung.example'),
 'po': ('Priya Osei', 'priya.osei', 'Best wishes,\nPriya Osei\nUnderwriting Life & Disability\nMainstadt Lebensversicherung AG\nTel. +49 69 7100-2740'),
 'hv': ('Hans Vogt', 'hans.vogt', 'Mit freundlichen Grüßen\nHans Vogt\nRechtsschutz-Service\nMainstadt Rechtsschutz AG'),
 'ez': ('Elena Zimmer', 'elena.zimmer', 'Elena Zimmer\nDatenschutzkoordination\nMainstadt Versicherung AG'),
 'rk': ('Robert Krüger', 'robert.krueger', 'Robert Krüger\nEinkauf & Facility\nMainstadt Versicherung AG\nTel. 069 7100-1560'),
 'lm': ('Lena Maier', 'lena.maier', 'Viele Grüße\nLena Maier\nPflege- und Unfallleistung\nMainstadt Versicherung AG\n069 7100-4470'),
 'cw': ('Chris Walsh', 'chris.walsh', 'Cheers,\nChris Walsh\nCommercial Lines Underwriting\nMainstadt Versicherung AG\n+49 69 7100-5120'),
 'ib': ('Ina Bauer', 'ina.bauer', 'Ina Bauer\nBeitrag & Inkasso\nMainstadt Versicherung AG\nTel. 069 7100-2050'),
}
FOOT_DE = ('Mainstadt Versicherung AG · Sitz Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 99217\n'
           'Vorstand: Dr. Carola Fenske (Vors.), Jens Odenwald · Aufsichtsratsvorsitzender: Prof. Dr. Ulrich Mertes\n'
           'Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, '
           'informieren Sie bitte den Absender und löschen Sie diese E-Mail.')
FOOT_EN = ('Mainstadt Versicherung AG, registered office Frankfurt am Main, Local Court Frankfurt HRB 99217.\n'
           'This e-mail may contain confidential information. If you are not the intended recipient, please '
           'notify the sender and delete it.')
NEWS_FOOT = ('Sie erhalten diesen Newsletter, weil Sie ihn unter mainstadt-versicherung.example/newsletter bestellt haben. '
             'Abmelden: https://www.mainstadt-versicherung.example/newsletter/abmelden')

# ---------------------------------------------------------------- helpers
def _date(d):
    """'03-02 09:14' -> RFC 5322 date in Europe/Berlin (DST from 29 March 2026)."""
    md, hm = d.split(' ')
    mo, dy = (int(x) for x in md.split('-'))
    h, mi = (int(x) for x in hm.split(':'))
    dt = datetime.datetime(2026, mo, dy, h, mi, (mo * 7 + dy * 3 + mi) % 60)
    off = '+0200' if (mo, dy) >= (3, 29) and (mo, dy) < (10, 25) else '+0100'
    return dt.strftime('%a, %d %b %Y %H:%M:%S ') + off

def sig(k, foot=None):
    s = STAFF[k][2]
    if foot == 'de': s += '\n\n' + FOOT_DE
    elif foot == 'en': s += '\n\n' + FOOT_EN
    return s

def addr(k):
    return formataddr((STAFF[k][0], STAFF[k][1] + '@' + DOM))

def _xml(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')

ZTIME = (2026, 3, 1, 8, 0, 0)

def _zip(members, ztime=ZTIME, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ztime)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return bio.getvalue()

def pdf_bytes(lines, title='Dokument', created='20260302090000'):
    """Hand-built PDF, Helvetica, WinAnsiEncoding, FlateDecode, real text layer."""
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    kids = []
    nxt = 5
    for pg in pages:
        ops = ['BT', '/F1 10 Tf', '13 TL', '56 790 Td']
        for ln in pg:
            t = ln.encode('cp1252', 'replace').decode('latin-1')
            t = t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
            ops.append('(%s) Tj T*' % t)
        ops.append('ET')
        raw = '\n'.join(ops).encode('latin-1')
        comp = zlib.compress(raw, 9)
        cid, pid = nxt, nxt + 1
        nxt += 2
        objs[cid] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp) + comp + b'\nendstream'
        objs[pid] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cid)
        kids.append(pid)
    objs[2] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % len(kids)
    tt = title.encode('cp1252', 'replace').replace(b'\\', b'').replace(b'(', b'').replace(b')', b'')
    objs[4] = b'<< /Title (' + tt + b') /Producer (Mainstadt DocGen 4.2) /CreationDate (D:' + created.encode() + b"+01'00') >>"
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

def _cellref(r, c):
    s = ''
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return '%s%d' % (s, r + 1)

def xlsx_bytes(rows, sheet='Tabelle1', author='Mainstadt Versicherung AG'):
    sd = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            ref = _cellref(r, c)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _xml(str(v))))
        sd.append('<row r="%d">%s</row>' % (r + 1, ''.join(cells)))
    ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    return _zip([
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>' % rel),
        ('docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T08:00:00Z</dcterms:modified></cp:coreProperties>' % _xml(author)),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, rel, _xml(sheet))),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % rel),
        ('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, ''.join(sd))),
    ])

def docx_bytes(paras, author='Mainstadt Versicherung AG'):
    w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml(p) for p in paras)
    return _zip([
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ('docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T08:00:00Z</dcterms:modified></cp:coreProperties>' % _xml(author)),
        ('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (w, body)),
    ])

def _odf(kind, content_body):
    mt = 'application/vnd.oasis.opendocument.' + kind
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    return _zip([
        ('mimetype', mt),
        ('META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mt),
        ('meta.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta><meta:creation-date>2026-03-02T08:00:00</meta:creation-date><meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>'),
        ('content.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2"><office:body>%s</office:body></office:document-content>' % (ns, content_body)),
    ], stored_first='mimetype')

def odt_bytes(paras):
    return _odf('text', '<office:text>%s</office:text>' % ''.join('<text:p>%s</text:p>' % _xml(p) for p in paras))

def ods_bytes(rows, sheet='Tabelle1'):
    rs = ''.join('<table:table-row>%s</table:table-row>' % ''.join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _xml(str(v)) for v in row) for row in rows)
    return _odf('spreadsheet', '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (_xml(sheet), rs))

def zip_bytes(members):
    return _zip(members)

MIME = {'pdf': ('application', 'pdf'), 'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
        'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
        'odt': ('application', 'vnd.oasis.opendocument.text'), 'ods': ('application', 'vnd.oasis.opendocument.spreadsheet'),
        'zip': ('application', 'zip'), 'csv': ('text', 'csv'), 'tsv': ('text', 'tab-separated-values'),
        'ics': ('text', 'calendar'), 'txt': ('text', 'plain')}

# attachment descriptors ------------------------------------------------------------
def PDF(name, lines, **kw): return ('bin', name, pdf_bytes(lines, **kw), None)
def XLSX(name, rows, **kw): return ('bin', name, xlsx_bytes(rows, **kw), None)
def DOCX(name, paras): return ('bin', name, docx_bytes(paras), None)
def ODT(name, paras): return ('bin', name, odt_bytes(paras), None)
def ODS(name, rows): return ('bin', name, ods_bytes(rows), None)
def ZIP(name, members): return ('bin', name, zip_bytes(members), None)
def OCTET(name, data): return ('octet', name, data, None)
def TEXT(name, text, charset='utf-8'): return ('text', name, text, charset)
def FWD(msg): return ('rfc822', None, msg, None)

_counter = {'n': 0}

def _mid(tag):
    return '<%s@mail.%s>' % (tag, DOM)

def build(frm, to, subject, body, date, n=None, cc=None, charset='utf-8', cte='quoted-printable', flowed=False,
          html=None, html_only=False, att=(), headers=(), irt=None, mid=None, inner=False):
    """Build one message. body is the plain text (None with html_only)."""
    msg = EmailMessage(policy=SMTP)
    if html_only:
        msg.set_content(html, subtype='html', charset=charset, cte=cte)
    else:
        params = {'format': 'flowed'} if flowed else {}
        msg.set_content(body, charset=charset, cte=cte, params=params)
        if html is not None:
            msg.add_alternative(html, subtype='html', charset=charset, cte=cte)
    for kind, name, data, cs in att:
        if kind == 'rfc822':
            if not msg.is_multipart() or msg.get_content_subtype() != 'mixed':
                msg.make_mixed()
            part = EmailMessage(policy=SMTP)
            part.set_content(data)
            part.replace_header('Content-Type', 'message/rfc822')
            part.add_header('Content-Disposition', 'attachment', filename=(data['Subject'] or 'Nachricht')[:60] + '.eml')
            msg.attach(part)
            continue
        ext = name.rsplit('.', 1)[-1].lower()
        if kind == 'text':
            mt, st = MIME.get(ext, ('text', 'plain'))
            msg.add_attachment(data.encode(cs), maintype=mt, subtype=st, filename=name, cte='base64')
            msg.get_payload()[-1].set_param('charset', cs)
        elif kind == 'octet':
            msg.add_attachment(data, maintype='application', subtype='octet-stream', filename=name)
        else:
            mt, st = MIME[ext]
            msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    msg['From'] = frm
    msg['To'] = to
    if cc: msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = _date(date)
    tag = mid or ('d217.%s.%s' % (n, hashlib.sha1((subject + date).encode()).hexdigest()[:10]))
    msg['Message-ID'] = _mid(tag) if not inner else '<%s>' % tag
    if irt:
        msg['In-Reply-To'] = irt
        msg['References'] = irt
    for k, v in headers:
        msg[k] = v
    for part in msg.walk():
        if part is not msg and 'MIME-Version' in part:
            del part['MIME-Version']
    first = ('From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References')
    hs = msg._headers
    msg._headers = [h for k in first for h in hs if h[0] == k] + [h for h in hs if h[0] not in first]
    _fix_boundaries(msg, tag)
    return msg

def _fix_boundaries(msg, tag):
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary('=_%s_%d_%s' % ('MSV', i, hashlib.md5((tag + str(i)).encode()).hexdigest()[:16]))

def ext(name, mailbox, host):
    return formataddr((name, '%s@%s' % (mailbox, host)))

def inner(frm, to, subject, body, date, tag, **kw):
    """A mail written by someone else, forwarded as message/rfc822."""
    return build(frm, to, subject, body, date, mid=tag, inner=True, **kw)

MAILS = []
def M(n, label, lang, kind, reason, msg):
    lab = {'N': 'NORMAL', 'C': 'CONFIDENTIAL', 'S': 'STRICTLY_CONFIDENTIAL'}[label]
    MAILS.append((n, lab, lang, kind, reason, msg))

# =====================================================================================
# MAILS
# =====================================================================================

M(1, 'C', 'en', 'insurer-to-customer', 'expat household contents claim, named customer with policy and claim number, bike theft, no health data',
  build(addr('dk'), ext('Liam Gallagher', 'liam.gallagher', 'posteo-mail.example'),
        'Your bicycle theft claim – ref. HR-26-031887',
        '''Dear Mr Gallagher,

thank you for your call this morning and for sending the police report (Strafanzeige, reference ST/0412/26/118734) from the Frankfurt-Nordend police station.

I have registered the theft of your bicycle (Canyon Endurace, frame no. WCA21K09882) under your household contents policy HR 4471 0932 and the claim reference HR-26-031887.

To complete the file I still need:
- the purchase invoice or another proof of the price you paid,
- a photo of the key of the lock, if you still have it.

Since the bike was locked in the shared cellar of Rotlintstraße 74, the night-time clause does not apply. Once we have the invoice, we can usually pay within ten working days.

''' + sig('dk', 'en'), '03-02 08:41', n=1))

M(2, 'N', 'de', 'internal', 'trap: team planning about the health-claims mailbox backlog, counts only, no person',
  build(addr('ta'), 'Team KV-Leistung <kv-leistung-team@%s>' % DOM, 'Rückstand Arztrechnungen – Planung KW 10',
        '''Hallo zusammen,

der Posteingang Arztrechnungen / Krankenhausrechnungen liegt heute früh bei 1.412 offenen Belegen, davon 318 älter als 10 Arbeitstage. Die Zahnarzt-HKP sind mit 96 Vorgängen fast wieder im Soll.

Vorschlag für diese Woche:
- Mo–Mi: Schwerpunkt stationäre Rechnungen (DRG), weil da die Kliniken mahnen
- Do: Heil- und Hilfsmittel (Physio, Hörgeräte, Einlagen)
- Fr: Rest + Rückfragen an die Ärzte

Bitte tragt eure Abwesenheiten bis Mittwoch in den Teamkalender ein. Wer Diagnosen im Betreff einer Rückfrage sieht: bitte nicht per Mail weiterleiten, sondern ins Vorgangssystem.

''' + sig('ta'), '03-02 07:55', n=2))

M(3, 'S', 'de', 'insurer-to-customer', 'health insurance reimbursement with diagnosis and doctor invoices of the addressee',
  build(addr('ta'), ext('Petra Schöneberg', 'p.schoeneberg', 'webpost.example'),
        'Ihre Rechnungen vom Februar – Erstattung KV-Nr. 3 117 204 55',
        '''Sehr geehrte Frau Schöneberg,

wir haben Ihre eingereichten Belege geprüft und erstatten 1.284,60 EUR auf Ihr bekanntes Konto.

Im Einzelnen:
- Dr. med. Yilmaz, Orthopädie, Rechnung vom 04.02.2026 (Diagnose M51.2 Bandscheibenverlagerung lumbal): 412,30 EUR
- MRT LWS, Radiologie am Merianplatz: 698,40 EUR
- Physiotherapie, 6 x Krankengymnastik: 173,90 EUR

Die Rechnung der Heilpraktikerin Frau Klees (Akupunktur) können wir nach Ihrem Tarif KOMPAKT 300 leider nicht erstatten, weil Heilpraktikerleistungen dort ausgeschlossen sind.

''' + sig('ta', 'de'), '03-02 10:12', n=3))

M(4, 'N', 'en', 'newsletter', 'trap: English-language newsletter for expats about health insurance in Germany, generic, no person',
  build('Mainstadt International <newsletter@%s>' % DOM, 'expat-newsletter@lists.%s' % DOM,
        'Mainstadt Expat Update – March 2026: health insurance, liability and your first German winter bill', None,
        '03-02 06:00', n=4, html_only=True, html='''<html><body style="font-family:Arial">
<h2>Expat Update, March 2026</h2>
<p>Moving to Frankfurt? Three things newcomers ask us most:</p>
<table border="1" cellpadding="4">
<tr><th>Question</th><th>Short answer</th></tr>
<tr><td>Statutory or private health insurance?</td><td>Depends on your salary and your contract; employees above the 2026 threshold may choose.</td></tr>
<tr><td>Do I need personal liability insurance?</td><td>Not mandatory, but landlords often ask for it. Ours starts at EUR 4.90 a month.</td></tr>
<tr><td>What is a Selbstbeteiligung?</td><td>Your deductible: the part of each claim you pay yourself.</td></tr>
</table>
<p>Diagnosis codes, doctor's bills, hospital stays: our <a href="https://www.mainstadt-versicherung.example/en/health-guide">health guide</a> explains how claims for treatment work.</p>
<p style="font-size:small">You receive this newsletter because you subscribed. <a href="https://www.mainstadt-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>'''))

M(5, 'C', 'de', 'insurer-to-customer', 'motor claim of named customer with plate and policy number, nobody hurt',
  build(addr('mb'), ext('Jürgen Pohl', 'juergen.pohl', 'mailhaus.example'), 'AW: Parkschaden Hanauer Landstraße',
        '''Hallo Herr Pohl,

danke für die Fotos. Ich habe den Schaden an Ihrem Fahrzeug F-JP 2207 unter der Schadennummer 26-K-004417 zu Ihrem Vertrag KH/VK 22 118 540 angelegt. Laut Ihrer Schilderung wurde niemand verletzt, der Unfallgegner ist unbekannt geflüchtet.

Ihre Vollkasko greift mit 300 EUR Selbstbeteiligung. Ihr Schadenfreiheitsrabatt wird zurückgestuft (SF 12 -> SF 6), außer Sie lösen den Schaden später selbst zurück.

Bitte bringen Sie den Wagen zur Partnerwerkstatt Autohaus Seckbach, dort ist der Gutachter am Donnerstag.

''' + sig('mb') + '''

-----Ursprüngliche Nachricht-----
Von: Jürgen Pohl <juergen.pohl@mailhaus.example>
Gesendet: Montag, 2. März 2026 07:02
An: Schaden Kfz <kfz-schaden@mainstadt-versicherung.example>
Betreff: Parkschaden Hanauer Landstraße

Guten morgen, mir ist am samstag jemand in die Seite gefahren auf dem Parkplatz vom Baumarkt, Fotos anbei. Keiner verletzt, der andere war weg. was muss ich machen?
Gruß J. Pohl''', '03-02 11:30', n=5))

M(6, 'S', 'en', 'insurer-to-customer', 'disability (BU) underwriting decision with medical history of an applicant',
  build(addr('po'), ext('Aisha Rahman', 'aisha.rahman', 'mailbox-ffm.example'),
        'Your income protection application no. A-26-00977',
        '''Dear Ms Rahman,

thank you for the completed health questionnaire and the report of Dr. Brenner dated 12 February 2026.

Having reviewed your history of recurrent depressive episodes (F33.1, treated with sertraline 100 mg until 2024) and the migraine diagnosis, we can offer you the occupational disability cover with the following exclusion: disability caused by mental or behavioural disorders is excluded for the first five years of the policy. The monthly benefit of EUR 2,000 remains unchanged.

If you would prefer a standard premium loading instead of the exclusion, let me know and I will ask our chief underwriter.

The offer is valid until 31 March 2026.

''' + sig('po', 'en'), '03-02 14:05', n=6))

M(7, 'N', 'de', 'insurer-to-supplier', 'trap: purchase order for first-aid kits and defibrillator pads for the office, no person',
  build(addr('rk'), ext('Vertrieb Medisafe', 'bestellung', 'medisafe-bedarf.example'), 'Bestellung 4500182276 – Erste-Hilfe-Material',
        '''Guten Tag,

hiermit bestellen wir für unseren Standort Taunusanlage 40:

12 x Verbandkasten DIN 13157, Art. 110-204
4 x Elektrodenpads AED (Erwachsene), Art. 880-11
2 x Kühlpacks 10er
1 x Augenspülflasche 500 ml

Lieferung bitte an Warenannahme Tor 2, Mo–Fr 7–15 Uhr. Rechnung an kreditoren@mainstadt-versicherung.example unter Angabe der Bestellnummer.

''' + sig('rk'), '03-02 09:20', n=7))

M(8, 'C', 'en', 'insurer-to-customer', 'liability claim: tenant damaged landlord floor; named customer, policy and claim number',
  build(addr('dk'), ext('Sanjay Mehta', 'sanjay.mehta', 'inbox-now.example'), 'RE: Water from washing machine – claim PL-26-00412',
        '''Hi Sanjay,

quick update: the loss adjuster visited your flat at Oeder Weg 19 yesterday. The damage to the parquet in the flat below (Mr and Mrs Kühn) is covered by your personal liability policy PHV-88 205 413. We will settle directly with the landlord's building insurer, you do not need to pay anything yourself apart from the EUR 150 deductible.

Best,
Daniel

> From: Sanjay Mehta
> Sent: Tuesday, March 3, 2026 8:15 PM
> 
> Hi Daniel, did the adjuster say anything? My neighbour keeps asking me when the floor will be fixed. Thx, Sanjay
''', '03-04 09:02', n=8, cte='8bit'))

M(9, 'N', 'en', 'insurer-to-customer', 'trap: prospect asks about health insurance for a move; generic product info, no contract, no health data of the person',
  build(addr('sw'), ext('Olivia Bennett', 'olivia.bennett', 'brightmail.example'), 'Re: Health insurance when moving to Frankfurt',
        '''Dear Ms Bennett,

thank you for your interest. Whether you join the statutory scheme or can take out private health insurance depends on your employment contract, so a general answer first:

* Private health insurance (PKV) in Germany covers outpatient treatment, hospital stays and dental care, with premiums based on age and health at entry, not on salary.
* Pre-existing conditions are asked in a health questionnaire when you apply; please do not send us any medical information by e-mail before then.
* Our English-language brochure is available at https://www.mainstadt-versicherung.example/en/pkv.

Once you have your contract and an address in Germany, I am happy to arrange a call.

''' + sig('sw', 'en'), '03-03 10:44', n=9))

M(10, 'S', 'de', 'insurer-to-customer', 'life insurance beneficiary change for a named customer; personal line without medical word',
  build(addr('kl'), ext('Wolfgang Ehrlich', 'w.ehrlich', 't-mailer.example'), 'Ihre Lebensversicherung LV-2011-0448812 – Bezugsrecht geändert',
        '''Sehr geehrter Herr Ehrlich,

wir bestätigen Ihnen die Änderung des Bezugsrechts in Ihrer Kapitallebensversicherung LV-2011-0448812 mit Wirkung zum 01.03.2026:

Bezugsberechtigt im Todesfall ist nun zu 100 % Ihre Lebensgefährtin Frau Marion Seidel, geb. 17.08.1968. Das bisherige Bezugsrecht Ihrer geschiedenen Ehefrau ist widerrufen.

Der Nachtrag zum Versicherungsschein geht Ihnen per Post zu.

''' + sig('kl', 'de'), '03-03 11:15', n=10))

M(11, 'N', 'de', 'internal', 'trap: data-protection reminder quoting the words Diagnose, IBAN, Geburtsdatum as examples, no person',
  build(addr('ez'), 'Alle Mitarbeitenden <alle@%s>' % DOM, 'Erinnerung: Gesundheitsdaten nie unverschlüsselt per E-Mail',
        '''Liebe Kolleginnen und Kollegen,

bei der Stichprobe im Februar haben wir wieder Mails gefunden, in denen Diagnosen, ICD-10-Codes (z. B. "F32.1") oder Arztberichte im Klartext an externe Adressen gingen. Auch IBAN, Geburtsdatum und Einkommen gehören nicht ungeschützt in eine Mail an Kundinnen und Kunden.

Bitte denkt daran:
1. Betreff-Kennzeichnung [vertraulich] oder [streng vertraulich] setzen, dann verschlüsselt das Gateway.
2. Anhänge mit Gesundheitsdaten nur über das SecureMail-Portal.
3. Bei Unsicherheit: datenschutz@mainstadt-versicherung.example.

Danke!
''' + sig('ez'), '03-03 08:00', n=11))

M(12, 'S', 'en', 'insurer-to-hospital', 'cost coverage request to hospital for a named expat patient with diagnosis',
  build(addr('ta'), ext('Patientenaufnahme', 'aufnahme', 'klinikum-sachsenhausen.example'),
        'Cost coverage – patient Ethan Clarke, DOB 1987-05-22',
        '''Dear colleagues,

regarding your request of 3 March: we confirm cost coverage for the inpatient stay of our insured Mr Ethan Clarke (born 1987-05-22, member no. KV 5 230 118 07, tariff GLOBAL PLUS) in a two-bed room.

Admission diagnosis: K35.8 acute appendicitis, laparoscopic appendectomy (OPS 5-470.11). Cover applies for up to 5 days; please send a prolongation request with medical reasoning if the stay takes longer.

Please invoice us directly, quoting our reference KH-26-07712.

''' + sig('ta', 'de'), '03-04 13:22', n=12))

M(13, 'C', 'de', 'insurer-to-broker', 'broker gets named customer household policy with insured address and premium',
  build(addr('fs'), ext('Maklerbüro Heidrich', 'info', 'heidrich-finanz.example'), 'Angebot Hausrat Familie Demir',
        '''Hallo Frau Heidrich,

wie besprochen das Angebot für Ihre Kunden Emre und Selin Demir, Bergerstraße 211, 60385 Frankfurt:

Hausrat KOMFORT, Wohnfläche 94 m², Versicherungssumme 61.100 EUR, inkl. Fahrraddiebstahl bis 2.000 EUR und Elementar: Jahresbeitrag 187,40 EUR.

Der Altvertrag bei der Vorversicherung (Nr. 7/2019/33408) läuft zum 30.04. aus, die Kündigung hat Herr Demir laut Ihrer Mail schon geschickt. Die Antragsstrecke im Maklerportal ist vorbefüllt.

''' + sig('fs'), '03-04 15:10', n=13))

M(14, 'N', 'en', 'internal', 'trap: out-of-office of the international desk, no person data',
  build(addr('sw'), ext('Ryan Cole', 'ryan.cole', 'fastmail-eu.example'), 'Automatic reply: Question about my liability policy',
        '''Thank you for your message. I am out of the office until 9 March 2026 with limited access to e-mail.

For urgent claims please call our 24/7 hotline +49 69 7100-0 or write to international@mainstadt-versicherung.example. Please do not send medical documents by e-mail; use the upload in our customer portal.

Vielen Dank für Ihre Nachricht. Ich bin bis 9. März 2026 nicht im Büro.

Sophie Wagner''', '03-05 18:03', n=14, headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]))

M(15, 'S', 'de', 'insurer-to-customer', 'long-term care: care level assessment result of the addressee mother, written to daughter',
  build(addr('lm'), ext('Claudia Reuter', 'claudia.reuter', 'freemail-rm.example'), 'Pflegegrad Ihrer Mutter – Ergebnis der Begutachtung',
        '''Sehr geehrte Frau Reuter,

wie telefonisch besprochen, hier das Ergebnis der Begutachtung Ihrer Mutter, Frau Gertrud Reuter (PPV-Nr. 61 004 228 9), durch Medicproof am 19.02.2026:

Pflegegrad 3 ab 01.02.2026 (45,5 Gewichtete Punkte). Im Gutachten sind eine fortschreitende Demenz vom Alzheimer-Typ und eine Sturzneigung nach Hüft-TEP beschrieben.

Das Pflegegeld von 599 EUR monatlich zahlen wir rückwirkend. Die Vollmacht liegt uns vor, deshalb schreiben wir Ihnen direkt.

''' + sig('lm', 'de'), '03-05 10:40', n=15))

M(16, 'N', 'de', 'insurer-to-press', 'trap: press release on storm claims and health claims statistics, aggregates only',
  build(addr('nb'), 'Redaktion Wirtschaft <wirtschaft@rhein-main-zeitung.example>', 'Pressemitteilung: Mainstadt zieht Bilanz nach Sturmtief "Gerda"',
        '''Frankfurt am Main, 5. März 2026

Nach Sturmtief "Gerda" haben Kundinnen und Kunden der Mainstadt Versicherung bis gestern 2.341 Schäden gemeldet, überwiegend an Dächern, Markisen und Fahrzeugen. Der erwartete Schadenaufwand liegt bei rund 7,8 Mio. EUR.

"Wir haben 80 Prozent der Sturmschäden unter 2.000 Euro bereits bezahlt", sagt Vorstand Jens Odenwald. Verletzte wurden der Gesellschaft nicht gemeldet.

Über Mainstadt: Die Mainstadt Versicherung AG ist ein regionaler Kompositversicherer mit 640.000 Kundinnen und Kunden in Sach-, Kfz-, Haftpflicht-, Kranken- und Lebensversicherung.

''' + sig('nb'), '03-05 12:00', n=16))

M(17, 'C', 'en', 'insurer-to-customer', 'direct debit mandate confirmation with IBAN of a named customer, household line',
  build(addr('ib'), ext('Mateo Fernández', 'mateo.fernandez', 'correo-mail.example'), 'SEPA mandate for your policies',
        '''Dear Mr Fernández,

we have set up the SEPA direct debit for your household insurance HR 4490 1177 and your personal liability insurance PHV-88 310 006:

Account holder: Mateo Fernández
IBAN: DE58 4847 0789 2011 9097 85
Mandate reference: MSV-SEPA-0093318

The first debit of EUR 23.40 will be collected on 1 April 2026.

''' + sig('ib', 'en'), '03-05 14:30', n=17))

M(18, 'S', 'en', 'customer', 'customer mail forwarded internally: travel illness abroad with symptoms and hospital',
  build(addr('sw'), 'Reise-Leistung <reise-leistung@%s>' % DOM, 'FW: urgent – hospital in Lisbon',
        '''Kolleg:innen, bitte übernehmen – Auslandsreise-KV, Vertrag RK-26-118930. Danke, Sophie

-----Original Message-----
From: Hannah O'Brien <hannah.obrien@roamermail.example>
Sent: Thursday, 5 March 2026 22:47
To: International Desk <international@mainstadt-versicherung.example>
Subject: urgent – hospital in Lisbon

hi, my husband Connor was taken to Hospital de Santa Maria tonight with chest pains, they say its probably not a heart attack but they want to keep him for tests (ECG, bloods). Policy number RK-26-118930. they want a guarantee of payment or a credit card. what do i do?? my phone is +351 9 1200 4477
Hannah
''', '03-06 07:31', n=18))

M(19, 'N', 'de', 'insurer-to-customer', 'trap: portal notification mail, no content',
  build('Mainstadt SecureMail <securemail@%s>' % DOM, ext('Ingrid Falk', 'ingrid.falk', 'webpost.example'), 'Neue Nachricht in Ihrem Postfach',
        '''Guten Tag,

in Ihrem SecureMail-Postfach liegt eine neue Nachricht der Mainstadt Versicherung für Sie bereit.

Bitte melden Sie sich unter https://securemail.mainstadt-versicherung.example an, um sie zu lesen. Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.

Ihre Mainstadt Versicherung

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.''', '03-06 09:00', n=19))

M(20, 'C', 'de', 'insurer-to-customer', 'legal expenses: tenancy dispute cover confirmation for a named customer (policy in non-personal line)',
  build(addr('hv'), ext('Michael Sommer', 'michael.sommer', 'mailhaus.example'), 'Deckungszusage Mietrechtsstreit – RS-Schaden 26/R/01182',
        '''Sehr geehrter Herr Sommer,

für Ihre Auseinandersetzung mit Ihrer Vermieterin über die Nebenkostenabrechnung 2024 (Wohnung Leipziger Str. 3, 60487 Frankfurt) erteilen wir Deckungszusage für die außergerichtliche Interessenwahrnehmung durch Rechtsanwältin Dr. Vera Lang.

Versicherungsschein: RS 510 774 201, Selbstbeteiligung 250 EUR.

''' + sig('hv', 'de'), '03-06 11:05', n=20, charset='iso-8859-1'))

M(21, 'N', 'en', 'insurer-to-partner', 'trap: reinsurer gets portfolio statistics incl. disability incidence by ICD chapter, aggregates only',
  build(addr('po'), ext('Mark Hollis', 'm.hollis', 'atlas-re.example'), 'Q4 2025 disability incidence – aggregated tables',
        '''Hi Mark,

as promised the aggregated incidence figures for the BU portfolio, 2025 exposure year. Cells with fewer than 10 cases are merged into "other".

Attached spreadsheet; headline: mental disorders (ICD chapter F) 38 % of new claims, musculoskeletal (M) 22 %, neoplasms (C/D) 14 %.

Happy to walk you through it on the call on Tuesday.

''' + sig('po'), '03-06 15:40', n=21,
        att=[XLSX('BU_incidence_2025_aggregated.xlsx', [
            ['ICD-10 chapter', 'New claims 2025', 'Share', 'Incidence per mille'],
            ['F Mental and behavioural', 214, '38%', 1.42],
            ['M Musculoskeletal', 124, '22%', 0.82],
            ['C/D Neoplasms', 79, '14%', 0.52],
            ['I Circulatory', 45, '8%', 0.30],
            ['Other (merged)', 101, '18%', 0.67]], sheet='Incidence')]))

M(22, 'S', 'de', 'insurer-to-customer', 'accident insurance: disability grading after fracture of a named customer; harmless body, details in PDF',
  build(addr('lm'), ext('Stefan Kraus', 'stefan.kraus', 'mailhaus.example'), 'Ihr Schreiben vom 28.02.',
        '''Sehr geehrter Herr Kraus,

anbei unsere Abrechnung zu Ihrem Schreiben vom 28.02.2026. Bei Fragen rufen Sie mich gern an.

''' + sig('lm', 'de'), '03-06 10:20', n=22,
        att=[PDF('Abrechnung_Invaliditaet_U-26-00331.pdf', [
            'Mainstadt Versicherung AG - Unfallversicherung',
            'Abrechnung Invaliditätsleistung',
            'Versicherte Person: Stefan Kraus, geb. 03.11.1979',
            'Unfall-Vers.-Nr.: UV 0871 4432 / Schaden U-26-00331',
            'Unfalltag: 14.09.2025, Sturz von Leiter',
            'Diagnose: distale Radiusfraktur rechts (S52.51), operativ versorgt',
            'Gutachten Dr. Feld vom 10.02.2026: Funktionsbeeinträchtigung Hand 2/10 Handwert',
            'Invaliditätsgrad: 2/10 x 55 % = 11 %',
            'Grundsumme 100.000 EUR, Progression 225 %: Leistung 11.000,00 EUR',
            'Auszahlung auf IBAN DE73 4377 0500 3987 0403 73'], title='Abrechnung Invalidität')]))

M(23, 'N', 'de', 'insurer-to-supplier', 'trap: invoice query to shredding company about destroying medical files, no person',
  build(addr('rk'), ext('Akten-Ex Service', 'service', 'akten-ex.example'), 'Rechnung 2026-0218 – Vernichtung Gesundheitsakten',
        '''Guten Tag Herr Bock,

auf Ihrer Rechnung 2026-0218 sind 44 Sicherheitsbehälter (Schutzklasse 3, Sicherheitsstufe P-4) für die Vernichtung der Gesundheitsakten aus dem Archiv KV abgerechnet, wir hatten laut Lieferschein aber 38. Bitte korrigieren Sie die Rechnung; das Vernichtungsprotokoll vom 26.02. haben wir erhalten.

''' + sig('rk'), '03-09 08:50', n=23))

M(24, 'C', 'en', 'insurer-to-customer', 'motor insurance certificate (eVB) and premium for named expat, plate and VIN',
  build(addr('mb'), ext('Kenji Watanabe', 'kenji.watanabe', 'nihon-post.example'), 'Your eVB number for registration',
        '''Dear Mr Watanabe,

your electronic insurance confirmation (eVB) for registering your car is: A7K9M2P.

Vehicle: Mazda CX-30, VIN JMZDM6WE600412288
Policy: KH 22 209 117 (third party liability + comprehensive), start 10 March 2026
No-claims class: SF 1/2, as we could not take over the years from your insurer in Japan.
Annual premium: EUR 1,146.20, paid monthly.

Please bring the eVB number to the Kfz-Zulassungsstelle Frankfurt, Gutleutstraße.

''' + sig('mb'), '03-09 09:33', n=24))

M(25, 'S', 'de', 'insurer-to-doctor', 'request to doctor for medical report on named patient (§ 203 content)',
  build(addr('ta'), ext('Praxis Dr. Hartmann', 'praxis', 'hausarzt-bornheim.example'), 'Anforderung Befundbericht – Patientin Sabine Lorenz, geb. 11.06.1974',
        '''Sehr geehrter Herr Dr. Hartmann,

für die Prüfung des Krankentagegeldanspruchs Ihrer Patientin Frau Sabine Lorenz (geb. 11.06.1974) bitten wir um einen kurzen Befundbericht zu der seit 12.01.2026 bescheinigten Arbeitsunfähigkeit (AU-Diagnose F43.2 Anpassungsstörung).

Uns interessiert insbesondere die voraussichtliche Dauer und ob eine stationäre Behandlung geplant ist. Die Schweigepflichtentbindung der Patientin liegt bei; wir vergüten den Bericht nach GOÄ Nr. 75.

''' + sig('ta', 'de'), '03-09 10:11', n=25,
        att=[PDF('Schweigepflichtentbindung_Lorenz.pdf', ['Schweigepflichtentbindungserklärung', 'Ich, Sabine Lorenz, geb. 11.06.1974, Wittelsbacherallee 12, 60316 Frankfurt,',
             'entbinde Dr. med. Karl Hartmann von der Schweigepflicht gegenüber der Mainstadt Krankenversicherung a.G.', 'für die Prüfung meines Krankentagegeldanspruchs (KT-Nr. 3 448 201 11).', 'Frankfurt, 04.03.2026   gez. S. Lorenz'], title='Entbindung')]))

M(26, 'N', 'en', 'insurer-to-broker', 'trap: broker info about new travel insurance tariff, generic',
  build(addr('fs'), 'Partner-Info <partner-info@lists.%s>' % DOM, 'New: TravelSafe tariffs from 1 April 2026',
        '''Dear partners,

from 1 April the TravelSafe family gets two new tariffs for English-speaking clients: TravelSafe Annual (worldwide, trips up to 56 days) and TravelSafe Student (up to 12 months abroad).

Cover includes medically necessary treatment abroad, repatriation, trip cancellation (illness, job loss) and baggage. Commission rates stay the same. Product sheets in English and German are in the broker portal under Downloads > Travel.

''' + sig('fs'), '03-09 12:00', n=26, flowed=True, cte='8bit'))

M(27, 'C', 'de', 'insurer-to-customer', 'building insurance storm claim for named homeowner with bank details for payout',
  build(addr('jh'), ext('Renate und Klaus Vollmer', 'vollmer.familie', 'webpost.example'), 'Sturmschaden Dach – Schaden W-26-11840',
        '''Sehr geehrte Familie Vollmer,

die Rechnung der Dachdeckerei Emmerich über 3.920,17 EUR für die Reparatur nach Sturm "Gerda" haben wir geprüft. Wir überweisen abzüglich der Selbstbeteiligung von 500 EUR 3.420,17 EUR auf das Konto

DE63 2630 2579 2464 4885 24 (Kontoinhaber Klaus Vollmer).

Wohngebäudeversicherung WG 1 201 443 7, Objekt Am Lindenbaum 8, 61440 Oberursel.

''' + sig('jh', 'de'), '03-09 14:45', n=27))

M(28, 'S', 'en', 'insurer-to-customer', 'maternity / pregnancy related health claim of the addressee',
  build(addr('sw'), ext('Emily Novak', 'emily.novak', 'brightmail.example'), 'Re: Midwife invoice and prenatal tests',
        '''Dear Emily,

good news: your midwife's invoice (EUR 640.00) and the prenatal screening (first-trimester ultrasound, NIPT) are covered under your tariff GLOBAL PLUS, member no. KV 5 230 441 19. The NIPT is covered because your gynaecologist confirmed the medical indication (age over 35).

We will reimburse EUR 1,012.50 within the next days. Congratulations, and let me know once the baby is born so we can add her or him to your policy without a health check.

''' + sig('sw', 'en'), '03-10 09:12', n=28))

M(29, 'N', 'de', 'internal', 'trap: anonymised case study on fraud in accident insurance for training, no identifiable person',
  build(addr('lm'), 'Schulung Leistung <schulung-leistung@%s>' % DOM, 'Fallbeispiel für Donnerstag (anonymisiert)',
        '''Hallo,

für die Schulung am Donnerstag ein anonymisiertes Fallbeispiel:

Versicherter "Herr X", Anfang 40, Handwerker, meldet einen Sturz im Bad mit Kreuzbandriss. Auffällig: Vorschaden am selben Knie drei Jahre zuvor bei einem anderen Versicherer, Unfallmeldung erst nach 11 Monaten. Frage an euch: Wie prüft ihr Mitwirkung und Vorinvalidität?

Bitte keine echten Namen oder Schadennummern in die Lösungen schreiben.

''' + sig('lm'), '03-10 11:30', n=29))

M(30, 'C', 'en', 'insurer-to-customer', 'payslip/income data for a named expat in a motor instalment request; income figure',
  build(addr('ib'), ext('Tomasz Nowicki', 'tomasz.nowicki', 'poczta-mail.example'), 'Your request to pay in instalments',
        '''Dear Mr Nowicki,

thank you for sending your latest payslip. With a net monthly income of EUR 2,310 and the arrears of EUR 684.90 on your motor policy KH 22 177 302, we can agree to six monthly instalments of EUR 114.15, starting 15 April 2026.

Please confirm by replying to this e-mail. As long as the instalments are paid, your cover continues without interruption.

''' + sig('ib', 'en'), '03-10 13:55', n=30))

M(31, 'N', 'de', 'insurer-to-customer', 'trap: one-time password mail for portal registration, no content',
  build('Mainstadt Kundenportal <noreply@%s>' % DOM, ext('Gerd Baumann', 'gerd.baumann', 'mailhaus.example'), 'Ihr Einmal-Passwort für "Mein Mainstadt"',
        '''Guten Tag,

Sie haben die Registrierung im Kundenportal gestartet. Ihr Einmal-Passwort lautet:

    7Q4-XK2-P9M

Es ist 48 Stunden gültig. Wenn Sie die Registrierung nicht selbst gestartet haben, ignorieren Sie diese Nachricht.

Ihre Mainstadt Versicherung''', '03-10 16:02', n=31))

M(32, 'S', 'de', 'insurer-to-customer', 'pension/life: policy loan on a named customer life policy; personal line, no medical word',
  build(addr('kl'), ext('Bernd Mahler', 'bernd.mahler', 't-mailer.example'), 'Policendarlehen zu Ihrer Rentenversicherung',
        '''Sehr geehrter Herr Mahler,

zu Ihrer privaten Rentenversicherung Nr. 40.118.552-R können wir Ihnen ein Policendarlehen von bis zu 18.400 EUR gewähren (80 % des aktuellen Rückkaufswerts von 23.017,45 EUR). Der Zinssatz beträgt 4,9 % p. a.

Wenn Sie das Darlehen wünschen, senden Sie uns bitte den beigefügten Antrag unterschrieben zurück. Die Auszahlung erfolgt auf Ihr Konto bei der Frankfurter Volksbank.

''' + sig('kl', 'de'), '03-10 10:25', n=32, charset='windows-1252'))

M(33, 'C', 'en', 'broker', 'forwarded broker mail with client date of birth and salary for a liability and household quote',
  build(addr('fs'), 'Angebote Privat <angebote-privat@%s>' % DOM, 'WG: quote request – new client',
        '''Bitte Angebot PHV + Hausrat für die Kundin, Unterlagen unten. Danke! Felix

---------- Forwarded message ---------
From: Mike Sanders <mike.sanders@sanders-brokers.example>
Date: Tue, 10 Mar 2026 at 09:14
Subject: quote request – new client
To: Felix Schubert <felix.schubert@mainstadt-versicherung.example>

Hi Felix,

new client for you, relocating from Dublin: Ms Grace Donnelly, born 02/07/1990, starts at a bank in the Westend on 1 April, gross salary EUR 96,000 p.a. Flat in Schweizer Straße 58, 60594 Frankfurt, 71 sqm.

She needs personal liability (single, with key loss) and contents cover of about EUR 45k. Could you send me two options by Friday?

Cheers, Mike
''', '03-10 11:48', n=33))

M(34, 'N', 'en', 'internal', 'trap: IT ticket about failed upload of doctor invoices in the app, no person',
  build(addr('ar'), 'IT Service Desk <servicedesk@%s>' % DOM, 'Ticket INC0048812 – App upload "Arztrechnung" fails with error 413',
        '''Hi,

since the release on Friday the upload of doctor's invoices in the iOS app fails for files above 8 MB with HTTP 413. About 40 customers called the hotline this morning. Android seems fine.

Steps: Claims > Submit invoice > choose PDF (multi-page scan) > Send -> "Something went wrong".

Priority 2 please, the health team is drowning in phone calls.

''' + sig('ar'), '03-11 08:22', n=34))

M(35, 'S', 'de', 'insurer-to-customer', 'dental treatment plan assessment of the addressee with tooth findings',
  build(addr('ta'), ext('Monika Berger', 'monika.berger', 'freemail-rm.example'), 'Heil- und Kostenplan vom 02.03.2026',
        '''Sehr geehrte Frau Berger,

den Heil- und Kostenplan von Zahnärztin Dr. Aydin über 4.870,22 EUR haben wir geprüft. Für die Implantate regio 36 und 46 sowie die Kronen auf 35 und 37 übernehmen wir nach Ihrem Tarif ZAHN 80 voraussichtlich 3.896,18 EUR.

Die geplante Knochenaufbau-Maßnahme (GOZ 9100) ist ebenfalls erstattungsfähig. Bitte reichen Sie nach Abschluss die Rechnung ein.

Vertragsnummer: KV 3 117 880 02

''' + sig('ta', 'de'), '03-11 09:40', n=35))

M(36, 'C', 'de', 'insurer-to-authority', 'reply to police about a named motor policyholder involved in hit-and-run, insurance fact and plate',
  build(addr('mb'), ext('Polizeipräsidium Frankfurt', 'vk-ermittlungen', 'polizei-hessen.example'), 'Ihr Az. VU 26/0388-3 – Halter- und Versicherungsauskunft',
        '''Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 09.03.2026 bestätigen wir, dass für das Fahrzeug F-MK 4418 zum Unfallzeitpunkt (06.03.2026) bei uns eine Kfz-Haftpflichtversicherung bestand.

Versicherungsnehmer: Marco Kessler, Sandweg 61, 60316 Frankfurt
Vertrag: KH 22 140 076, Schaden-Nr. 26-K-004590

Die Schadenregulierung gegenüber dem Geschädigten übernehmen wir.

''' + sig('mb', 'de'), '03-11 10:05', n=36))

M(37, 'N', 'de', 'newsletter', 'trap: customer newsletter on care insurance and dental cover, generic with example amounts',
  build('Mainstadt Newsletter <newsletter@%s>' % DOM, 'kunden-newsletter@lists.%s' % DOM, 'Pflege: Was zahlt die gesetzliche Pflegeversicherung wirklich?',
        '''Mainstadt Kundenbrief März 2026
================================

PFLEGE: DIE LÜCKE KENNEN
Bei Pflegegrad 3 zahlt die gesetzliche Pflegeversicherung derzeit 599 EUR Pflegegeld oder bis zu 1.497 EUR für Pflegesachleistungen im Monat. Ein Platz im Pflegeheim kostet in Frankfurt im Schnitt über 3.000 EUR Eigenanteil. Unsere Pflegetagegeld-Versicherung schließt die Lücke – Gesundheitsfragen fallen bis Alter 45 vereinfacht aus.

ZAHNZUSATZ: IMPLANTATE OHNE SCHRECKEN
Ein Implantat kostet schnell 2.500 EUR. Mit ZAHN 80 erstatten wir 80 % – auch für Kronen, Inlays und professionelle Zahnreinigung.

STURMSAISON
Was tun nach einem Sturmschaden? Fotos machen, Schaden begrenzen, online melden.

''' + NEWS_FOOT, '03-11 06:00', n=37))

M(38, 'S', 'en', 'insurer-to-customer', 'critical illness claim of the addressee: cancer diagnosis',
  build(addr('po'), ext('David Thompson', 'david.thompson', 'inbox-now.example'), 'Your critical illness claim CI-26-0042',
        '''Dear Mr Thompson,

I am very sorry to hear about your diagnosis. We have received the histology report from the Universitätsklinikum (invasive ductal carcinoma, stage IIA, ICD C50.4) and the oncologist's letter of 24 February.

Your claim meets the definition of "cancer" in your critical illness policy KR-2019-11873. We will pay the sum insured of EUR 80,000 to your account ending in 0373 within five working days.

If you have any questions, please call me directly – you do not need to go through the hotline.

''' + sig('po', 'en'), '03-11 14:20', n=38))

M(39, 'N', 'en', 'insurer-to-partner', 'trap: invitation (ICS) to a meeting with an assistance partner about repatriation processes, no person',
  build(addr('sw'), ext('Laura Mendes', 'laura.mendes', 'euro-assist.example'), 'Invitation: quarterly review repatriation & medical assistance',
        '''Hi Laura,

please find the invite for our quarterly review. Agenda: response times of the medical hotline, repatriation cases Q1 (numbers only), new English claim forms.

''' + sig('sw'), '03-11 16:00', n=39,
        att=[TEXT('invite.ics', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mainstadt//Outlook 16//DE\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:d217-0039-qr@mainstadt-versicherung.example\r\nDTSTAMP:20260311T150000Z\r\nDTSTART:20260324T090000Z\r\nDTEND:20260324T103000Z\r\nSUMMARY:Quarterly review repatriation & medical assistance\r\nLOCATION:Teams\r\nORGANIZER;CN=Sophie Wagner:mailto:sophie.wagner@mainstadt-versicherung.example\r\nATTENDEE;CN=Laura Mendes:mailto:laura.mendes@euro-assist.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')]))

M(40, 'C', 'de', 'insurer-to-customer', 'HTML-only mail with a table of premiums and IBAN of a named customer',
  build(addr('ib'), ext('Ayşe Kaya', 'ayse.kaya', 'webpost.example'), 'Ihre Beitragsübersicht 2026', None, '03-12 09:00', n=40, html_only=True,
        html='''<html><body>
<p>Sehr geehrte Frau Kaya,</p>
<p>wie gewünscht Ihre Beitragsübersicht für 2026:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Vertrag</th><th>Sparte</th><th>Jahresbeitrag</th></tr>
<tr><td>HR 4471 2209</td><td>Hausrat</td><td>142,80 EUR</td></tr>
<tr><td>PHV-88 117 450</td><td>Privathaftpflicht</td><td>68,90 EUR</td></tr>
<tr><td>KH 22 301 884</td><td>Kfz (F-AK 919)</td><td>712,40 EUR</td></tr>
</table>
<p>Abbuchung vom Konto DE41 4607 7165 8509 5091 46 jeweils zum 1. des Monats.</p>
<p>Freundliche Grüße<br>Ina Bauer<br>Beitrag &amp; Inkasso</p>
</body></html>'''))

M(41, 'S', 'de', 'hospital', 'forwarded hospital discharge letter attached as message/rfc822 with diagnoses',
  build(addr('ta'), 'Leistung stationär <kv-stationaer@%s>' % DOM, 'WG: Entlassbrief Herr Neumann',
        '''Zur Prüfung der Rechnung, kam versehentlich bei mir an.
Tobias''', '03-12 10:30', n=41,
        att=[FWD(inner(ext('Sekretariat Kardiologie', 'kardio-sek', 'klinikum-hoechst-west.example'), addr('ta'), 'Entlassbrief Herr Neumann',
             '''Sehr geehrte Damen und Herren,

anbei der Entlassbrief zu Ihrem Versicherten Herrn Dieter Neumann, geb. 30.01.1958, stationär vom 23.02. bis 02.03.2026.

Diagnosen: I21.4 NSTEMI, I25.13 Drei-Gefäß-KHK, E11.9 Diabetes mellitus Typ 2.
Therapie: PCI mit 2 DES in RIVA und RCX. Entlassmedikation: ASS 100, Ticagrelor 90 mg 1-0-1, Atorvastatin 80 mg, Metformin 1000 mg.

Mit freundlichen Grüßen
Sekretariat Klinik für Kardiologie''', '03-12 08:55', 'kardio-0312-4471@klinikum-hoechst-west.example'))]))

M(42, 'N', 'de', 'insurer-to-customer', 'trap: reply to a generic question about cancellation periods, no contract data named',
  build(addr('jh'), ext('L. Hartwig', 'l.hartwig', 'mailhaus.example'), 'AW: Frage Kündigungsfrist',
        '''Hallo,

allgemein gilt bei unseren Hausrat- und Haftpflichtverträgen: Kündigung mit einer Frist von drei Monaten zum Ablauf des Versicherungsjahres, nach einem Schadenfall auch außerordentlich innerhalb eines Monats nach Regulierung. Wenn Sie mir Ihre Vertragsnummer nennen, schaue ich gern nach Ihrem konkreten Datum.

''' + sig('jh') + '''

> Hallo, wie lange ist bei euch die kündigungsfrist für die Hausrat? danke''', '03-12 11:10', n=42))

M(43, 'C', 'en', 'insurer-to-customer', 'travel cancellation due to job loss, no health content, named customer and policy',
  build(addr('sw'), ext('Jack Morrison', 'jack.morrison', 'roamermail.example'), 'RE: Trip cancellation – Thailand',
        '''Dear Mr Morrison,

thank you for the termination letter from your employer dated 20 February 2026. Involuntary job loss is an insured reason for cancellation under your TravelSafe policy TS-26-004417.

We will reimburse the cancellation fees of EUR 1,870.00 charged by the tour operator, less the 10 % deductible, i.e. EUR 1,683.00, to your account DE45 2250 2888 1345 2147 27.

''' + sig('sw', 'en'), '03-12 13:30', n=43))

M(44, 'N', 'en', 'insurer-to-partner', 'trap: test cases for API with published example IBAN and fictitious person',
  build(addr('ar'), ext('Integration Team', 'integration', 'payflow-services.example'), 'Test data for SEPA API (fictitious)',
        '''Hi team,

for the integration test on Monday please use only these fictitious records:

John Doe (test), born 01/01/1970, IBAN GB29 NWBK 6016 1331 9268 19 (published example)
Max Mustermann (fiktiv), IBAN DE89 3704 0044 0532 0130 00 (published example)

No production data will be exchanged before the DPA is signed.

''' + sig('ar'), '03-12 15:45', n=44))

M(45, 'S', 'de', 'insurer-to-customer', 'daily sickness allowance with psychotherapy of the addressee; sensitive content in quoted history only under a short reply',
  build(addr('ta'), ext('Jonas Feldmann', 'jonas.feldmann', 'freemail-rm.example'), 'AW: AW: Krankentagegeld März',
        '''Hallo Herr Feldmann,

ja, passt so. Die Zahlung für März ist angewiesen.

Gruß
Tobias Arslan

-----Ursprüngliche Nachricht-----
Von: Jonas Feldmann <jonas.feldmann@freemail-rm.example>
Gesendet: Donnerstag, 12. März 2026 08:03
An: Tobias Arslan
Betreff: AW: Krankentagegeld März

Hallo Herr Arslan, anbei die neue AU bis 31.3., meine Therapeutin sagt die Depression ist noch nicht so weit das ich wieder arbeiten kann, ich bin jetzt 2x die Woche in der Tagesklinik. Reicht das so?
Jonas Feldmann
KT 3 448 709 20''', '03-12 16:20', n=45))

M(46, 'N', 'de', 'internal', 'trap: sickness absence rate per department as aggregate, no names',
  build(addr('ar'), 'Führungskreis Schaden <fk-schaden@%s>' % DOM, 'Krankenquote Februar',
        '''Hallo zusammen,

die Krankenquote im Februar lag im Bereich Schaden bei 7,9 % (Vormonat 6,1 %), Spitzenreiter war wie jedes Jahr die Grippewelle. Kfz 9,2 %, Sach 7,1 %, KV-Leistung 7,4 %. Einzelauswertungen gibt es wie immer nur bei HR.

Gruß
Anna''', '03-13 08:10', n=46))

M(47, 'C', 'de', 'insurer-to-lawyer', 'liability claim: named claimant and policyholder data to opposing lawyer, no injury',
  build(addr('jh'), ext('Kanzlei Reinholz', 'kanzlei', 'reinholz-recht.example'), 'Ihr Zeichen 112/26 – Schaden H-26-02231',
        '''Sehr geehrter Herr Rechtsanwalt Reinholz,

in der Sache Ihrer Mandantin Frau Gisela Paulsen gegen unseren Versicherungsnehmer Herrn Arne Wiese (Privathaftpflicht PHV-88 099 771) erkennen wir die Beschädigung des Smartphones dem Grunde nach an. Den Zeitwert setzen wir mit 340 EUR an.

Personenschäden wurden nicht geltend gemacht.

''' + sig('jh', 'de'), '03-13 09:25', n=47))

M(48, 'S', 'en', 'insurer-to-customer', 'health: hearing aids and tinnitus of addressee, base64 body',
  build(addr('sw'), ext('Robert Fitzgerald', 'robert.fitzgerald', 'brightmail.example'), 'Hearing aids – cost estimate approved',
        '''Dear Mr Fitzgerald,

we have approved the cost estimate of Hörakustik Zeil for two behind-the-ear hearing aids (EUR 3,480.00). Your ENT doctor's prescription mentions moderate bilateral sensorineural hearing loss (H90.3) and tinnitus, which meets the requirements of your tariff.

We will reimburse 80 % up to the tariff limit of EUR 2,500 every five years.

Member no. KV 5 230 902 44

''' + sig('sw', 'en'), '03-13 10:40', n=48, cte='base64'))

M(49, 'N', 'en', 'insurer-to-customer', 'trap: generic information on how to submit claims safely, blank form attached',
  build(addr('dk'), ext('Chloe Martin', 'chloe.martin', 'inbox-now.example'), 'Re: How do I report a claim?',
        '''Hi Chloe,

the quickest way is the online form (English version): https://www.mainstadt-versicherung.example/en/claim. If you prefer paper, I have attached our blank claim form. Please fill in policy number, date of loss and a short description; we'll get back to you within two working days.

''' + sig('dk'), '03-13 12:15', n=49,
        att=[PDF('claim_form_blank_EN.pdf', ['Mainstadt Versicherung AG - Claim notification (property / liability)', 'Policy number: ____________________',
             'Policyholder: ____________________  Date of birth: __ / __ / ____', 'Date of loss: __________  Place: __________',
             'Description of what happened:', '__________________________________________', 'Bank details for payment (IBAN): ______________________',
             'Signature: ____________________'], title='Claim form')]))

M(50, 'C', 'de', 'insurer-to-customer', 'ZIP with contract documents of named customer (household and liability), birth date in member',
  build(addr('jh'), ext('Thomas Wendt', 'thomas.wendt', 't-mailer.example'), 'Unterlagen wie besprochen',
        '''Hallo Herr Wendt,

wie telefonisch besprochen die Unterlagen als ZIP.

''' + sig('jh'), '03-13 14:00', n=50,
        att=[ZIP('Unterlagen_Wendt.zip', [
            ('Versicherungsschein_Hausrat.pdf', pdf_bytes(['Versicherungsschein Hausratversicherung HR 4471 6630', 'Versicherungsnehmer: Thomas Wendt, geb. 19.04.1983',
                 'Risikoort: Eschersheimer Landstraße 302, 60433 Frankfurt', 'Versicherungssumme 58.000 EUR, Beitrag jährlich 151,20 EUR'], title='Versicherungsschein')),
            ('Beitragsrechnung.csv', 'Vertrag;Sparte;Beitrag;Faellig\r\nHR 4471 6630;Hausrat;151,20;01.04.2026\r\nPHV-88 402 118;Haftpflicht;72,00;01.04.2026\r\n')])]))

M(51, 'S', 'de', 'insurer-to-customer', 'BU claim acceptance for named customer with diagnosis',
  build(addr('po'), ext('Frank Lehmann', 'frank.lehmann', 'mailhaus.example'), 'Ihre BU-Leistung – Anerkenntnis',
        '''Sehr geehrter Herr Lehmann,

nach Auswertung der Berichte Ihrer Neurologin erkennen wir Ihre Berufsunfähigkeit ab 01.11.2025 an (Multiple Sklerose, G35.1, schubförmig). Die BU-Rente von 1.750 EUR monatlich zahlen wir ab sofort, die Beiträge zu BU-2017-77310 sind befreit.

''' + sig('po', 'de'), '03-16 09:05', n=51))

M(52, 'N', 'de', 'insurer-to-supplier', 'trap: order of flu vaccine for the company doctor campaign, quantities only',
  build(addr('rk'), ext('Apotheke am Opernplatz', 'bestellung', 'opern-apotheke.example'), 'Grippeimpfaktion Herbst – Vorbestellung',
        '''Guten Tag Frau Wolff,

für die Grippeimpfaktion unseres Betriebsarztes bestellen wir vor: 420 Dosen Influenza-Impfstoff (tetravalent, Saison 2026/27), Lieferung KW 40. Namen der Impfwilligen erhalten Sie nicht, die Dokumentation macht der Betriebsarzt.

''' + sig('rk'), '03-16 10:00', n=52))

M(53, 'C', 'en', 'insurer-to-customer', 'short mobile reply confirming named customer key-loss claim under liability policy',
  build(addr('dk'), ext('Ben Carter', 'ben.carter', 'fastmail-eu.example'), 'Re: lost keys',
        '''Yes Ben, lock replacement is covered under PHV-88 330 219, claim PL-26-00533. Send me the locksmith invoice.
Daniel

Sent from my iPhone''', '03-16 12:44', n=53, cte='7bit', charset='us-ascii'))

M(54, 'N', 'en', 'internal', 'trap: mortality and lapse assumptions memo, actuarial aggregates',
  build(addr('po'), 'Actuarial Life <aktuariat-leben@%s>' % DOM, 'Mortality table update – impact on term life premiums',
        '''Hi all,

using DAV 2008 T with our own portfolio experience (2019–2025, 41,200 policy years), observed deaths were 82 % of expected for non-smokers and 131 % for smokers. Proposed premium change for new business term life: -4 % non-smokers, +6 % smokers. No individual cases are in the file on the share.

''' + sig('po'), '03-16 14:30', n=54))

M(55, 'S', 'en', 'insurer-to-customer', 'health claim with physiotherapy invoices, details only in XLSX attachment',
  build(addr('sw'), ext('Sarah Wilson', 'sarah.wilson', 'brightmail.example'), 'Your reimbursement statement',
        '''Dear Ms Wilson,

please find your reimbursement statement attached.

''' + sig('sw', 'en'), '03-16 15:00', n=55,
        att=[XLSX('statement_KV5230774.xlsx', [['Member', 'Sarah Wilson', 'KV 5 230 774 08'], ['Date', 'Provider', 'Treatment', 'Invoiced', 'Reimbursed'],
             ['2026-02-03', 'Physio Nordend', 'Manual therapy, lumbago M54.5', 312.0, 280.8], ['2026-02-10', 'Dr. Ruiz, GP', 'Consultation, ibuprofen 600 prescribed', 86.4, 86.4]], sheet='Statement')]))

M(56, 'C', 'de', 'insurer-to-customer', 'commercial liability refund for a sole trader (natural person) with turnover, tax number and IBAN',
  build(addr('ib'), ext('Carsten Ruhland', 'info', 'ruhland-malerbetrieb.example'), 'Betriebshaftpflicht – Beitragsrückerstattung',
        '''Sehr geehrter Herr Ruhland,

nach der Umsatzmeldung Ihres Malerbetriebs (Einzelunternehmen, Jahresumsatz 2025: 212.000 EUR, Steuernummer 014 852 30114) ergibt sich für Ihre Betriebshaftpflicht BHV 7 700 412 eine Gutschrift von 96,30 EUR, die wir auf DE75 8521 4627 5151 0044 45 überweisen.

''' + sig('ib', 'de'), '03-17 09:10', n=56))

M(57, 'N', 'de', 'insurer-to-broker', 'trap: broker sales webinar on disability insurance with example calculation for a fictitious model customer',
  build(addr('fs'), 'Maklerverteiler Rhein-Main <makler-rm@lists.%s>' % DOM, 'Webinar BU für junge Berufe am 26.03.',
        '''Liebe Partnerinnen und Partner,

im Webinar am 26.03. (10 Uhr) rechnen wir ein Beispiel durch: Modellkundin "Lisa Muster", 27 Jahre, Pflegefachkraft, BU-Rente 1.500 EUR – Beitrag mit und ohne Vorerkrankungen wie Rückenschmerzen oder Heuschnupfen. Einwahldaten folgen.

''' + sig('fs'), '03-17 10:20', n=57))

M(58, 'S', 'de', 'customer', 'customer mail quoted in internal forward: child accident at school with injuries',
  build(addr('lm'), 'Unfall-Leistung <unfall-leistung@%s>' % DOM, 'WG: Unfall meines Sohnes',
        '''Bitte anlegen, UV 0871 5520, Kinderunfall. LG Lena

Am 16.03.2026 um 21:14 schrieb Nicole Brandl <nicole.brandl@webpost.example>:
> Hallo,
> mein sohn Luca (9) ist in der Schule vom Klettergerüst gefallen, Unterarm gebrochen und Gehirnerschütterung, war 2 Nächte im Bürgerhospital.
> Die Unfallversicherung läuft über meinen Mann. Was brauchen sie?
> Nicole Brandl''', '03-17 08:30', n=58, cte='8bit', flowed=False))

M(59, 'N', 'en', 'insurer-to-partner', 'trap: reply to a journalist on expat health cover, generic statements',
  build(addr('nb'), ext('Anna Kowal', 'anna.kowal', 'frankfurt-expat-news.example'), 'Re: Interview request – expats and German health insurance',
        '''Dear Ms Kowal,

happy to help with your article. Our spokesperson can talk on Thursday about why many expats in Frankfurt choose private health insurance, waiting periods, and how pre-existing conditions are assessed. We cannot comment on individual customers.

''' + sig('nb'), '03-17 11:40', n=59))

M(60, 'C', 'en', 'insurer-to-customer', 'rent deposit guarantee with salary of named expat tenant',
  build(addr('ib'), ext('Lucas Dubois', 'lucas.dubois', 'correo-mail.example'), 'Rent deposit guarantee – approved',
        '''Dear Mr Dubois,

your rent deposit guarantee (Mietkautionsbürgschaft) of EUR 4,200 for the flat at Gräfstraße 77 has been approved based on your employment contract (gross annual salary EUR 78,500). Certificate no. MK-26-00873 goes to your landlord, Hausverwaltung Gerber, by post today. Annual fee: EUR 189.00.

''' + sig('ib', 'en'), '03-17 13:00', n=60))

M(61, 'S', 'en', 'insurer-to-customer', 'group life / bAV certificate for named employee, personal line',
  build(addr('kl'), ext('Nina Petrova', 'nina.petrova', 'mailbox-ffm.example'), 'Your company pension – annual statement 2025',
        '''Dear Ms Petrova,

attached is your annual statement for the direct insurance your employer pays into (contract bAV-DV 2021-448102). Guaranteed pension at 67: EUR 212.40 per month; death benefit before retirement goes to the beneficiary you named, Mr Ivan Petrov.

''' + sig('kl', 'en'), '03-17 14:25', n=61,
        att=[PDF('statement_2025_bAV-DV-2021-448102.pdf', ['Annual statement 2025 - Direct insurance', 'Insured person: Nina Petrova, born 14/03/1986',
             'Contract bAV-DV 2021-448102, employer: Kronberg Analytics GmbH', 'Contributions 2025: EUR 2,976.00 (salary conversion)', 'Surrender value 31.12.2025: EUR 11,204.77'], title='Statement')]))

M(62, 'N', 'de', 'internal', 'trap: meeting minutes DPIA for new health app, no personal data',
  build(addr('ez'), 'Projekt KV-App <projekt-kvapp@%s>' % DOM, 'Protokoll DSFA-Workshop KV-App',
        '''Hallo,

Kurzprotokoll vom Workshop:
- Verarbeitete Kategorien: Gesundheitsdaten (Arztrechnungen, Rezepte, Diagnosen), Bankdaten, Stammdaten.
- Risiko hoch -> DSFA nötig, Hosting nur in DE.
- Maßnahmen: Ende-zu-Ende-Verschlüsselung beim Upload, Löschkonzept 10 Jahre.
Nächster Termin 31.03.

''' + sig('ez'), '03-18 09:00', n=62))

M(63, 'C', 'de', 'insurer-to-customer', 'pet insurance: dog vet bill of named customer (animal health = confidential)',
  build(addr('jh'), ext('Sabine Koch', 'sabine.koch', 'freemail-rm.example'), 'Tierarztrechnung Balou',
        '''Liebe Frau Koch,

die OP-Rechnung der Tierklinik Kalbach für Ihren Labrador Balou (Kreuzbandriss, 2.140 EUR) erstatten wir nach Tarif TIER-OP zu 80 %, also 1.712 EUR. Vertrag TK 330 1187.

''' + sig('jh'), '03-18 10:15', n=63))

M(64, 'S', 'de', 'insurer-to-care-service', 'to ambulatory care service: care services invoice check for named insured with care level',
  build(addr('lm'), ext('Pflegedienst Sonnenhof', 'abrechnung', 'pflege-sonnenhof.example'), 'Abrechnung Februar – Herr Walter Brenner',
        '''Sehr geehrte Damen und Herren,

zu Ihrer Abrechnung für Herrn Walter Brenner (Pflegegrad 4, PPV 61 004 771 3): die Leistungskomplexe 3 (große Körperpflege) und 15 (Medikamentengabe, Insulininjektion) sind im Februar 56-mal statt laut Pflegeplan 28-mal abgerechnet. Bitte prüfen Sie das.

''' + sig('lm', 'de'), '03-18 11:30', n=64))

M(65, 'N', 'en', 'insurer-to-customer', 'trap: registration confirmation for English customer portal, no content',
  build('Mainstadt Customer Portal <noreply@%s>' % DOM, ext('Amir Haddad', 'amir.haddad', 'inbox-now.example'), 'Welcome to My Mainstadt',
        '''Hello,

your registration for My Mainstadt is complete. You can now view your policies, submit claims and download documents at https://my.mainstadt-versicherung.example.

We will never ask for your password by e-mail.

Your Mainstadt team''', '03-18 12:00', n=65, cte='7bit', charset='us-ascii'))

M(66, 'C', 'de', 'insurer-to-customer', 'motor total loss settlement of named customer, windows-1252 charset',
  build(addr('mb'), ext('Ute Scholz', 'ute.scholz', 't-mailer.example'), 'Totalschaden – Abrechnung 26-K-004102',
        '''Sehr geehrte Frau Scholz,

laut Gutachten ist Ihr VW Golf (F-US 7731, FIN WVWZZZ1KZ8W334512) ein wirtschaftlicher Totalschaden. Wiederbeschaffungswert 9.800 €, Restwert 1.450 €. Wir zahlen 7.850 € (nach 500 € SB) aus Ihrer Vollkasko KH/VK 22 188 019.

''' + sig('mb', 'de'), '03-18 14:00', n=66, charset='windows-1252'))

M(67, 'S', 'en', 'insurer-to-doctor', 'request to GP for medical report on named life-insurance applicant with conditions',
  build(addr('po'), ext('Dr. Helen Shaw', 'reception', 'westend-practice.example'), 'Medical report request – Mr Oliver Grant (DOB 22/09/1981)',
        '''Dear Dr Shaw,

Mr Oliver Grant has applied for term life cover with us and disclosed treatment for hypertension and sleep apnoea (CPAP since 2023). With his signed consent (attached) we would be grateful for a brief report: latest blood pressure readings, medication and any cardiac findings. Fee EUR 60.

''' + sig('po', 'en'), '03-18 15:20', n=67))

M(68, 'N', 'de', 'insurer-to-authority', 'trap: reply to supervisory authority on complaints statistics, aggregates',
  build(addr('ez'), ext('Referat VA 23', 'va23', 'bafin-aufsicht.example'), 'Beschwerdestatistik 2025 – Nachlieferung',
        '''Sehr geehrte Damen und Herren,

anbei die angeforderten Zahlen: 2025 erhielten wir 1.183 Beschwerden, davon 402 Krankenversicherung (Erstattung Arztrechnungen, Beitragsanpassung), 311 Kfz, 207 Leben/BU, 263 übrige Sparten. Personenbezogene Angaben sind nicht enthalten.

''' + sig('ez'), '03-19 09:00', n=68))

M(69, 'C', 'en', 'insurer-to-customer', 'legal expenses employment dispute of named expat, no health',
  build(addr('hv'), ext('Arjun Patel', 'arjun.patel', 'mailbox-ffm.example'), 'Legal expenses cover – dismissal',
        '''Dear Mr Patel,

we confirm cover under your legal expenses policy RS 510 882 334 for the action against your dismissal by Nordbank Services GmbH (claim RS-26-A-0219). You are free to choose a lawyer; if you like, our partner firm Kanzlei Adler speaks English.

Mit freundlichen Grüßen
Hans Vogt''', '03-19 10:30', n=69))

M(70, 'S', 'de', 'insurer-to-customer', 'health premium arrears in private health insurance of named customer (personal line)',
  build(addr('ib'), ext('Dirk Hoffmann', 'dirk.hoffmann', 'mailhaus.example'), 'Mahnung Beitragsrückstand Krankenversicherung',
        '''Sehr geehrter Herr Hoffmann,

für Ihre private Krankenversicherung KV 3 117 551 90 sind die Beiträge Januar bis März 2026 (je 687,33 EUR) offen. Bitte überweisen Sie 2.061,99 EUR bis 31.03.2026, sonst müssen wir Sie in den Notlagentarif umstellen.

''' + sig('ib', 'de'), '03-19 11:15', n=70))

M(71, 'N', 'de', 'internal', 'trap: lunch order in the canteen mentioning allergies generally',
  build(addr('ar'), 'Team Sach <team-sach@%s>' % DOM, 'Teamessen Freitag',
        '''Hi ihr,

Freitag Teamessen im Kaiserhof, 12:30. Bitte bis Mittwoch in die Liste: vegetarisch/vegan/glutenfrei. Die Küche sagt, Allergien bitte direkt vor Ort sagen.

Anna''', '03-19 12:00', n=71))

M(72, 'C', 'en', 'insurer-to-customer', 'household burglary claim with list of stolen items in ODS, named customer',
  build(addr('dk'), ext('Rachel Green', 'rachel.green', 'fastmail-eu.example'), 'Burglary claim HR-26-032214 – your list',
        '''Hi Rachel,

I've put your list into our template (attached), could you check and add receipts where you have them?

''' + sig('dk'), '03-19 13:40', n=72,
        att=[ODS('stolen_items_HR-26-032214.ods', [['Policyholder', 'Rachel Green', 'HR 4471 7718', 'Koselstraße 12, 60318 Frankfurt'], ['Item', 'Bought', 'Price EUR'],
             ['MacBook Air', '2024', '1,299'], ['Gold necklace (grandmother)', 'inherited', '850'], ['Nikon Z5', '2023', '1,100']])]))

M(73, 'S', 'en', 'insurer-to-customer', 'reply with quoted customer message mentioning IVF treatment',
  build(addr('sw'), ext('Megan Turner', 'megan.turner', 'brightmail.example'), 'Re: IVF – second cycle',
        '''Dear Megan,

yes, the second cycle is covered on the same terms. Please send the treatment plan when you have it.

Best wishes,
Sophie

On 18/03/2026 19:02, Megan Turner wrote:
> Hi Sophie, the first IVF cycle at the Kinderwunschzentrum didn't work out unfortunately. Dr. Weiss suggests a second cycle with ICSI in April. Is that covered under KV 5 230 665 31? Thanks, Megan
''', '03-19 15:10', n=73, flowed=True, cte='8bit'))

M(74, 'N', 'en', 'insurer-to-supplier', 'trap: translation agency order for English claim forms including health questions, templates only',
  build(addr('sw'), ext('Lingua Rhein-Main', 'projects', 'lingua-rm.example'), 'Translation order – health questionnaire template EN',
        '''Hello,

please translate the attached template (health questionnaire for PKV, 4 pages, blank) into British English by 27 March. Terms like "Vorerkrankungen", "Arbeitsunfähigkeit", "Heil- und Kostenplan" should follow our glossary. PO 4500182511.

''' + sig('sw'), '03-20 09:00', n=74,
        att=[DOCX('Gesundheitsfragen_Vorlage.docx', ['Gesundheitsfragen – Vorlage (leer)', '1. Wurden Sie in den letzten 5 Jahren ärztlich behandelt? ja / nein',
             '2. Bestehen Vorerkrankungen (z. B. Diabetes, Bluthochdruck, psychische Erkrankungen)? ja / nein', 'Name: ______  Geburtsdatum: ______'])]))

M(75, 'C', 'de', 'insurer-to-customer', 'bicycle theft claim named customer, iso-8859-1',
  build(addr('jh'), ext('Paul Engel', 'paul.engel', 'webpost.example'), 'E-Bike Diebstahl – Schaden HR-26-031990',
        '''Hallo Herr Engel,

Ihr E-Bike (Riese & Müller, Rahmennr. RM4471-22-0918) ist über Ihre Hausratversicherung HR 4471 3308 versichert. Wir erstatten den Neuwert von 3.999 EUR, sobald die Polizei das Verfahren eingestellt hat.

''' + sig('jh'), '03-20 10:00', n=75, charset='iso-8859-1'))

M(76, 'N', 'de', 'internal', 'trap: reminder about ICD-10-GM 2026 update for the claims system, no person',
  build(addr('ta'), 'KV-Leistung <kv-leistung-team@%s>' % DOM, 'ICD-10-GM 2026 im Prüfsystem aktiv',
        'Hallo,\n\nseit heute ist der ICD-10-GM-Katalog 2026 im Prüfsystem hinterlegt. Neue Codes u. a. bei U-Schlüsseln und F-Kapitel. Alte Codes werden bis 30.06. noch akzeptiert.\n\n' + sig('ta'), '03-20 08:00', n=76))
M(77, 'S', 'de', 'insurer-to-customer', 'accident insurance hospital daily allowance with injury of addressee',
  build(addr('lm'), ext('Heike Wolf', 'heike.wolf', 'freemail-rm.example'), 'Krankenhaustagegeld aus Ihrer Unfallversicherung',
        'Sehr geehrte Frau Wolf,\n\nfür Ihren stationären Aufenthalt nach der Sprunggelenksfraktur (10.–17.02.2026, Markus-Krankenhaus) zahlen wir 8 Tage x 50 EUR = 400 EUR aus UV 0871 6102.\n\n' + sig('lm', 'de'), '03-20 09:10', n=77))
M(78, 'C', 'de', 'insurer-to-broker', 'broker gets list of his named customers with motor renewals (CSV)',
  build(addr('fs'), ext('Versicherungsmakler Ostend', 'buero', 'makler-ostend.example'), 'Kfz-Umstellungen zum 01.04.',
        'Hallo Herr Roth,\n\nanbei die Liste Ihrer Kunden mit Kfz-Beitragsänderung zum 01.04.\n\n' + sig('fs'), '03-20 10:20', n=78,
        att=[TEXT('kfz_umstellung_0104.csv', 'Name;Vorname;Vertrag;Kennzeichen;Beitrag_alt;Beitrag_neu\r\nOtto;Sven;KH 22 190 201;F-SO 118;642,10;688,40\r\nBaier;Marlene;KH 22 190 377;OF-MB 44;511,00;529,80\r\n', 'windows-1252')]))
M(79, 'N', 'en', 'insurer-to-customer', 'trap: generic answer about travel health cover for a trip, no contract data',
  build(addr('sw'), ext('Tom Hughes', 'tom.hughes', 'roamermail.example'), 'Re: Travel insurance for USA trip',
        'Hi Tom,\n\nfor a trip to the USA we recommend our TravelSafe Annual: medical treatment abroad without limit, repatriation, EUR 0 deductible. You can take it out online in English in five minutes. No health questions are asked.\n\n' + sig('sw'), '03-20 11:00', n=79))
M(80, 'S', 'en', 'insurer-to-customer', 'death claim life insurance: payout to widow with cause of death',
  build(addr('kl'), ext('Margaret Collins', 'margaret.collins', 'brightmail.example'), 'Life insurance of your late husband – payment',
        'Dear Mrs Collins,\n\nplease accept our sincere condolences. We have received the death certificate of Mr Patrick Collins (died 21 February 2026, pancreatic cancer). The sum insured of EUR 150,000 under policy LV-2014-0771204 will be paid to you as beneficiary.\n\n' + sig('kl', 'en'), '03-20 14:00', n=80))
M(81, 'C', 'en', 'insurer-to-customer', 'motor claim abroad, named customer; nobody injured',
  build(addr('mb'), ext('Isabella Rossi', 'isabella.rossi', 'posta-mail.example'), 'Accident in Milan – claim 26-K-004733',
        'Dear Ms Rossi,\n\nthanks for the European accident report. Since nobody was hurt, we will settle the damage to the other car directly with the Italian insurer. Your policy KH 22 215 660 (F-IR 312) will be downgraded from SF 8 to SF 4 next year.\n\n' + sig('mb'), '03-20 15:30', n=81))
M(82, 'N', 'de', 'internal', 'trap: job ad for medical claims specialist (MFA), no person',
  build(addr('ar'), 'HR Recruiting <recruiting@%s>' % DOM, 'Stellenanzeige Sachbearbeitung KV (MFA) – bitte freigeben',
        'Hallo,\n\nhier der Text: "Du bist Medizinische Fachangestellte und kennst GOÄ, GOZ und ICD-10? Prüfe bei uns Arztrechnungen und Heil- und Kostenpläne." Bitte bis Montag freigeben.\n\nAnna', '03-23 08:30', n=82))
M(83, 'S', 'de', 'insurer-to-customer', 'rehabilitation approval after addiction treatment of addressee',
  build(addr('ta'), ext('Martin Graf', 'martin.graf', 'mailhaus.example'), 'Kostenzusage Entwöhnungsbehandlung',
        'Sehr geehrter Herr Graf,\n\nwir erteilen Kostenzusage für die stationäre Entwöhnungsbehandlung (Alkoholabhängigkeit, F10.2) in der Fachklinik Eichenberg ab 06.04.2026 für 12 Wochen. KV 3 117 402 66.\n\n' + sig('ta', 'de'), '03-23 09:30', n=83))
M(84, 'C', 'de', 'insurer-to-customer', 'glass breakage claim with IBAN, named customer',
  build(addr('jh'), ext('Eva Schröder', 'eva.schroeder', 't-mailer.example'), 'Glasbruch Ceranfeld',
        'Hallo Frau Schröder,\n\ndas Ceranfeld ersetzen wir über Ihre Glasversicherung GL 209 114. 389 EUR gehen auf DE77 4402 6008 6668 6513 71.\n\n' + sig('jh'), '03-23 10:00', n=84))
M(85, 'N', 'en', 'insurer-to-partner', 'trap: hospital group framework contract negotiation, rates only',
  build(addr('ta'), ext('Contracts', 'contracts', 'rhein-main-kliniken.example'), 'Framework agreement 2026 – direct billing rates',
        'Dear colleagues,\n\nfor the direct billing agreement 2026 we propose: single room surcharge EUR 145/day, two-bed EUR 78/day, chief physician treatment at 2.3x GOÄ. Patient data will only be exchanged via the secure channel.\n\n' + sig('ta'), '03-23 11:00', n=85))
M(86, 'S', 'en', 'insurer-to-customer', 'long-term care allowance for named expat father, care level',
  build(addr('lm'), ext('Ahmed Saleh', 'ahmed.saleh', 'inbox-now.example'), 'Care allowance for your father',
        'Dear Mr Saleh,\n\nyour father, Mr Youssef Saleh (care policy PPV 61 004 902 1), has been assessed at care level 2 from 1 March 2026 after his stroke. We pay a care allowance of EUR 347 per month to the account you gave us.\n\n' + sig('lm'), '03-23 13:00', n=86))
M(87, 'N', 'de', 'insurer-to-customer', 'trap: blank SEPA mandate form attached, no data filled',
  build(addr('ib'), ext('Vera Krause', 'vera.krause', 'webpost.example'), 'AW: Formular Lastschrift',
        'Guten Tag Frau Krause,\n\nanbei das leere SEPA-Lastschriftmandat. Bitte ausfüllen und unterschrieben zurücksenden.\n\n' + sig('ib'), '03-23 14:00', n=87,
        att=[PDF('SEPA-Mandat_leer.pdf', ['SEPA-Lastschriftmandat', 'Gläubiger-ID: DE98ZZZ09999999999', 'Kontoinhaber: ____________', 'IBAN: DE__ ____ ____ ____ ____ __', 'Datum, Unterschrift: ____________'], title='SEPA')]))
M(88, 'C', 'de', 'insurer-to-customer', 'date of birth correction in motor contract',
  build(addr('mb'), ext('Lars Becker', 'lars.becker', 'mailhaus.example'), 'Korrektur Geburtsdatum',
        'Hallo Herr Becker,\n\nwir haben Ihr Geburtsdatum im Vertrag KH 22 233 018 auf 07.12.1992 korrigiert (vorher 12.07.1992). Am Beitrag ändert sich nichts.\n\n' + sig('mb'), '03-23 15:00', n=88))
M(89, 'S', 'de', 'insurer-to-customer', 'health claim content only in DOCX attachment, body harmless',
  build(addr('ta'), ext('Gabriele Fuchs', 'g.fuchs', 'freemail-rm.example'), 'Ihre Anfrage',
        'Sehr geehrte Frau Fuchs,\n\nunsere Antwort finden Sie im Anhang.\n\n' + sig('ta'), '03-24 09:00', n=89,
        att=[DOCX('Antwort_Fuchs.docx', ['Sehr geehrte Frau Fuchs,', 'die Kosten der Brustrekonstruktion nach Mastektomie (Z90.1) übernehmen wir vollständig.', 'KV 3 117 664 13'])]))
M(90, 'N', 'en', 'newsletter', 'trap: broker newsletter in English on motor and liability products',
  build('Mainstadt Partner News <partner-news@%s>' % DOM, 'partner-news@lists.%s' % DOM, 'Partner News March: motor rates, cyber for freelancers',
        'Partner News – March 2026\n\n* Motor: new rates from 1 April, average +3.1 %.\n* Cyber for freelancers: new tariff from EUR 9.90/month.\n* Reminder: never send client health data by unencrypted e-mail.\n\nUnsubscribe: https://www.mainstadt-versicherung.example/partner/unsubscribe', '03-24 06:00', n=90))
M(91, 'C', 'en', 'insurer-to-customer', 'commercial liability quote for sole trader with turnover and name',
  build(addr('cw'), ext('Sophie Laurent', 'hello', 'laurent-design.example'), 'Your professional indemnity quote',
        'Hi Sophie,\n\nbased on your turnover of EUR 84,000 (sole trader, graphic design, Sachsenhausen) your professional indemnity premium would be EUR 312 p.a. for EUR 1m cover. Quote ref. CQ-26-0412.\n\n' + sig('cw'), '03-24 10:00', n=91))
M(92, 'N', 'de', 'insurer-to-supplier', 'trap: order of blood-pressure monitors for a health day, no person',
  build(addr('rk'), ext('Medizintechnik Heller', 'vertrieb', 'heller-medtech.example'), 'Angebot Blutdruckmessgeräte Gesundheitstag',
        'Guten Tag,\n\nfür unseren Gesundheitstag am 23.04. bitten wir um ein Angebot für 10 Blutdruckmessgeräte (Oberarm) und 500 Einweg-Manschettenbezüge.\n\n' + sig('rk'), '03-24 11:00', n=92))
M(93, 'S', 'de', 'insurer-to-customer', 'life insurance surrender for named customer (personal line)',
  build(addr('kl'), ext('Horst Meier', 'horst.meier', 't-mailer.example'), 'Kündigung Ihrer Lebensversicherung',
        'Sehr geehrter Herr Meier,\n\nwir bestätigen die Kündigung Ihrer Lebensversicherung LV-2006-0139947 zum 31.03.2026. Der Rückkaufswert beträgt 31.440,18 EUR.\n\n' + sig('kl', 'de'), '03-24 12:00', n=93))
M(94, 'N', 'de', 'internal', 'trap: shift plan of the hotline, first names only, organisational',
  build(addr('ar'), 'Hotline Sach <hotline-sach@%s>' % DOM, 'Dienstplan Hotline Osterwoche',
        'Hi,\n\nOsterwoche: Mo Anna/Jörg, Di Jörg/Mira, Mi Mira/Ali, Do Ali/Anna. Karfreitag nur Notdienst.\n\nAnna', '03-24 13:00', n=94))
M(95, 'C', 'de', 'insurer-to-customer', 'legal expenses traffic case with administrative fine of named driver',
  build(addr('hv'), ext('Nils Albrecht', 'nils.albrecht', 'webpost.example'), 'Bußgeldbescheid – Deckung',
        'Sehr geehrter Herr Albrecht,\n\nfür den Einspruch gegen den Bußgeldbescheid (Geschwindigkeitsüberschreitung 31 km/h, Az. 7.1234567.8) besteht Deckung aus Ihrer Verkehrsrechtsschutz RS 510 990 021.\n\n' + sig('hv'), '03-24 14:00', n=95))
M(96, 'S', 'en', 'insurer-to-customer', 'HTML alternative: reimbursement table with dermatology treatment of addressee',
  build(addr('sw'), ext('James Walker', 'james.walker', 'fastmail-eu.example'), 'Reimbursement KV 5 230 118 55',
        'Dear Mr Walker,\n\nplease see the reimbursement table below (HTML version).\n\n' + sig('sw'), '03-24 15:00', n=96,
        html='<html><body><p>Dear Mr Walker,</p><table border="1"><tr><th>Date</th><th>Treatment</th><th>EUR</th></tr><tr><td>2026-03-02</td><td>Dermatology, psoriasis (L40.0), UV therapy</td><td>244.10</td></tr><tr><td>2026-03-09</td><td>Methotrexate 15 mg prescription</td><td>38.70</td></tr></table></body></html>'))
M(97, 'N', 'en', 'insurer-to-customer', 'trap: out-of-office style auto reply from claims mailbox mentioning medical documents generally',
  build('Claims Service <claims@%s>' % DOM, ext('Noah Kim', 'noah.kim', 'inbox-now.example'), 'We have received your message',
        'Thank you for your e-mail. We have received it and will reply within 3 working days. Please do not send medical reports or doctor bills by e-mail; use the upload in My Mainstadt.\n\nMainstadt Claims Service', '03-25 08:00', n=97, headers=[('Auto-Submitted', 'auto-replied')]))
M(98, 'C', 'en', 'insurer-to-customer', 'electronics insurance claim named expat with serial number and policy',
  build(addr('dk'), ext('Lily Chen', 'lily.chen', 'nihon-post.example'), 'Re: cracked phone screen',
        'Hi Lily,\n\nyour iPhone 15 (IMEI 356789104412873) is insured under electronics policy EL 77 201 45. Repair at Handydoktor Zeil is covered; EUR 50 deductible.\n\n' + sig('dk'), '03-25 09:00', n=98))
M(99, 'S', 'de', 'doctor', 'forwarded doctor letter inline with diagnosis of insured',
  build(addr('po'), 'BU-Leistung <bu-leistung@%s>' % DOM, 'WG: Befundbericht Frau Yıldız',
        'zur Akte BU-2019-20441\n\n-------- Weitergeleitete Nachricht --------\nVon: Praxis Dr. Sommerfeld <praxis@neuro-westend.example>\nDatum: 24.03.2026 17:12\nBetreff: Befundbericht Frau Yıldız\n\nSehr geehrte Damen und Herren,\nbei Frau Elif Yıldız, geb. 05.05.1977, besteht ein chronisches Schmerzsyndrom (F45.41) mit mittelgradiger depressiver Episode. Eine Rückkehr in den Beruf ist derzeit nicht absehbar.\nDr. med. A. Sommerfeld', '03-25 10:00', n=99))
M(100, 'N', 'de', 'insurer-to-press', 'trap: press answer on health insurance premium increase, aggregates',
  build(addr('nb'), ext('Redaktion', 'redaktion', 'finanztip-magazin.example'), 'AW: Anfrage Beitragsanpassung PKV 2026',
        'Sehr geehrte Frau Lenz,\n\ndie Beiträge unserer Krankenvollversicherung steigen zum 01.04.2026 im Schnitt um 6,8 %, Ursache sind vor allem höhere Krankenhauskosten. Rund 38 % der Versicherten sind betroffen.\n\n' + sig('nb'), '03-25 11:00', n=100))

M(101, 'N', 'de', 'internal', 'trap: statistics of care-level distribution in the PPV portfolio, aggregates',
  build(addr('lm'), 'Controlling <controlling@%s>' % DOM, 'Pflegegrade im Bestand Q4',
        'Hallo,\n\nVerteilung im PPV-Bestand Q4/2025: PG1 18 %, PG2 34 %, PG3 27 %, PG4 14 %, PG5 7 %. Durchschnittsalter bei Erstantrag 79 Jahre.\n\n' + sig('lm'), '03-25 12:00', n=101))
M(102, 'C', 'de', 'insurer-to-customer', 'tenant liability claim, named customer with insured address and claim number',
  build(addr('jh'), ext('Kerstin Lang', 'kerstin.lang', 'mailhaus.example'), 'Mietsachschaden Badewanne',
        'Sehr geehrte Frau Lang,\n\nden Emailleschaden an der Badewanne in Ihrer Mietwohnung Mainzer Landstraße 145 regulieren wir über PHV-88 512 004 (Schaden H-26-02377) direkt mit Ihrem Vermieter.\n\n' + sig('jh'), '03-25 13:00', n=102))
M(103, 'S', 'en', 'insurer-to-customer', 'orthodontic treatment of named child of addressee',
  build(addr('sw'), ext('Anna Schmidt-Jones', 'anna.sj', 'brightmail.example'), 'Braces for Oliver',
        'Dear Ms Schmidt-Jones,\n\nthe orthodontic treatment plan for your son Oliver (KIG 4, crossbite) is approved: EUR 4,120 over 3 years under KV 5 230 330 12.\n\n' + sig('sw'), '03-25 14:00', n=103))
M(104, 'N', 'en', 'insurer-to-broker', 'trap: reply to broker on underwriting guidelines for diabetes in general',
  build(addr('po'), ext('Mike Sanders', 'mike.sanders', 'sanders-brokers.example'), 'Re: general question – diabetes and term life',
        'Hi Mike,\n\nin general: type 2 diabetes, well controlled (HbA1c below 7.5), usually gets a loading of 50–100 %; type 1 is assessed individually. Send an anonymous risk inquiry first, no names please.\n\n' + sig('po'), '03-25 15:00', n=104))
M(105, 'C', 'de', 'insurer-to-customer', 'base64 body: building insurance premium with bank data of named customer',
  build(addr('ib'), ext('Frieda Neumann', 'frieda.neumann', 'webpost.example'), 'Beitragsrechnung Wohngebäude 2026',
        'Sehr geehrte Frau Neumann,\n\nder Jahresbeitrag für Ihre Wohngebäudeversicherung WG 1 201 778 2 (Hügelstraße 9, Frankfurt) beträgt 1.104,60 EUR und wird am 01.04. von DE65 6806 1229 5994 4541 16 abgebucht.\n\n' + sig('ib'), '03-26 08:00', n=105, cte='base64'))
M(106, 'N', 'de', 'insurer-to-supplier', 'trap: water damage in rented office floor of a physiotherapy practice in own building; company, no person data',
  build(addr('rk'), ext('Hausmeisterservice Main', 'auftrag', 'hms-main.example'), 'Wasserschaden 2. OG (Physiopraxis)',
        'Hallo,\n\nim 2. OG unseres Gebäudes Taunusanlage 42 (Mieterin: Physiopraxis) tropft es aus der Decke. Bitte heute noch Leckortung. Zugang über Empfang.\n\n' + sig('rk'), '03-26 09:00', n=106))
M(107, 'S', 'de', 'insurer-to-customer', 'ZIP containing hospital invoice of addressee; body harmless',
  build(addr('ta'), ext('Rainer Pfeiffer', 'r.pfeiffer', 't-mailer.example'), 'Unterlagen zurück',
        'Hallo Herr Pfeiffer,\n\nanbei wie gewünscht Ihre Unterlagen zurück.\n\n' + sig('ta'), '03-26 10:00', n=107,
        att=[ZIP('Unterlagen.zip', [('Rechnung_Klinik.pdf', pdf_bytes(['Klinikum Nordwest - Rechnung', 'Patient: Rainer Pfeiffer, geb. 02.02.1961', 'DRG I47B Hüftendoprothese, 19.01.-27.01.2026', 'Betrag: 8.912,44 EUR'], title='Rechnung')),
             ('Erstattung.txt', 'Erstattung KV 3 117 301 77: 8.912,44 EUR, Hüft-TEP links (M16.1)\r\n')])]))
M(108, 'C', 'en', 'insurer-to-customer', 'motor: SF class transfer from UK insurer for named expat',
  build(addr('mb'), ext('George Evans', 'george.evans', 'posteo-mail.example'), 'No-claims bonus from your UK insurer',
        'Dear Mr Evans,\n\nwith the letter from your UK insurer confirming 9 claim-free years we can place your policy KH 22 240 118 (F-GE 990) in SF 9. Your premium drops to EUR 688.20.\n\n' + sig('mb'), '03-26 11:00', n=108))
M(109, 'N', 'en', 'internal', 'trap: training quiz on data categories with fictitious examples',
  build(addr('ez'), 'All staff EN <staff-en@%s>' % DOM, 'Data protection quiz – answers',
        'Hi all,\n\nanswers to last week\'s quiz: "Jane Example, born 01.01.1980, diagnosis J45" -> strictly confidential; "IBAN of a customer" -> confidential; "press release on storm losses" -> normal. All examples fictitious.\n\n' + sig('ez'), '03-26 12:00', n=109))
M(110, 'S', 'en', 'insurer-to-customer', 'accident insurance lump sum for expat with head injury',
  build(addr('lm'), ext('Daniel Moore', 'daniel.moore', 'roamermail.example'), 'Accident insurance – ski accident',
        'Dear Mr Moore,\n\nafter your ski accident in Ischgl (traumatic brain injury, S06.5, 9 days ICU) we pay the hospital daily benefit and the immediate benefit of EUR 5,000 under accident policy UV 0871 7751.\n\n' + sig('lm'), '03-26 13:00', n=110))
M(111, 'N', 'de', 'insurer-to-customer', 'trap: response to general question about health insurance tariffs, no data',
  build(addr('ta'), ext('K. Winter', 'k.winter', 'mailhaus.example'), 'AW: Zahnzusatz für Kinder?',
        'Hallo,\n\nja, ZAHN 80 gibt es ab Geburt, für Kinder ohne Wartezeit bei Kieferorthopädie ab KIG 3. Beitrag bis 20 Jahre: 9,40 EUR im Monat.\n\n' + sig('ta'), '03-26 14:00', n=111))
M(112, 'C', 'de', 'insurer-to-customer', 'fleet motor for small GmbH with named managing director contact and fleet list (XLSX)',
  build(addr('cw'), ext('Kurierdienst Schnell GmbH', 'verwaltung', 'schnell-kurier.example'), 'Flottenvertrag – Fahrzeugliste',
        'Hallo Frau Dietz,\n\nanbei die aktualisierte Fahrzeugliste zum Flottenvertrag FL 900 218.\n\n' + sig('cw'), '03-26 15:00', n=112,
        att=[XLSX('Flotte_FL900218.xlsx', [['Kennzeichen', 'FIN', 'Fahrer', 'Beitrag'], ['F-KS 101', 'WF0XXXTTGXKA12345', 'Jan Olsen', 1120.5], ['F-KS 102', 'WF0XXXTTGXKA12346', 'Mehmet Aksoy', 1120.5]])]))
M(113, 'S', 'de', 'insurer-to-customer', 'care: Pflegetagegeld application of addressee, dementia',
  build(addr('lm'), ext('Hildegard Roth', 'h.roth', 'freemail-rm.example'), 'Pflegetagegeld – Antrag eingegangen',
        'Sehr geehrte Frau Roth,\n\nIhr Antrag auf Pflegetagegeld (PT 330 448) ist eingegangen. Der Arztbericht zur beginnenden Demenz liegt vor; Medicproof meldet sich für einen Hausbesuch.\n\n' + sig('lm', 'de'), '03-27 08:00', n=113))
M(114, 'N', 'de', 'newsletter', 'trap: employee newsletter about company health day with vaccinations',
  build('Intranet-Redaktion <intranet@%s>' % DOM, 'alle@%s' % DOM, 'Mainstadt intern: Gesundheitstag, Rückenschule, Impfberatung',
        'Mainstadt intern – März\n\nGesundheitstag am 23.04.: Blutdruckmessung, Rückenschule, Impfberatung durch den Betriebsarzt. Anmeldung im Intranet. Ergebnisse bleiben bei euch.\n\nKantine: ab April vegan Monday.', '03-27 06:00', n=114))
M(115, 'C', 'en', 'insurer-to-customer', 'baggage claim, named traveller, no health',
  build(addr('sw'), ext('Chloe Martin', 'chloe.martin', 'inbox-now.example'), 'Lost suitcase – TS-26-004902',
        'Hi Chloe,\n\nwe have received the Lufthansa PIR (FRAHL 48812). Under TravelSafe policy TS-26-004902 we will pay EUR 620 for the lost suitcase once you send receipts for the replacement clothes.\n\n' + sig('sw'), '03-27 09:00', n=115))
M(116, 'S', 'de', 'insurer-to-customer', 'criminal proceedings (drunk driving) of named customer with recourse',
  build(addr('mb'), ext('Kai Lorenz', 'kai.lorenz', 'webpost.example'), 'Regress nach Trunkenheitsfahrt',
        'Sehr geehrter Herr Lorenz,\n\nnach dem Strafbefehl des AG Frankfurt (Trunkenheit im Verkehr, 1,4 Promille) nehmen wir Sie für den Fremdschaden von 7.310 EUR mit 5.000 EUR in Regress. Vertrag KH 22 177 912.\n\n' + sig('mb', 'de'), '03-27 10:00', n=116))
M(117, 'N', 'en', 'insurer-to-partner', 'trap: bank partner gets own company account details (GmbH), no person',
  build(addr('ib'), ext('Corporate Desk', 'corporate', 'mainbank-ffm.example'), 'Our collection account',
        'Dear colleagues,\n\nplease note our collection account for premium refunds: Mainstadt Versicherung AG, IBAN DE96 5582 6992 8668 4888 92. Signatories as per the mandate list.\n\n' + sig('ib'), '03-27 11:00', n=117))
M(118, 'C', 'de', 'insurer-to-customer', 'household insurance with income-related hardship premium suspension',
  build(addr('ib'), ext('Marta Kowalczyk', 'marta.k', 'poczta-mail.example'), 'Beitragspause',
        'Hallo Frau Kowalczyk,\n\nda Sie seit Februar Arbeitslosengeld (1.280 EUR mtl.) beziehen, setzen wir die Beiträge Ihrer Hausrat HR 4471 9920 drei Monate aus.\n\n' + sig('ib'), '03-27 12:00', n=118))
M(119, 'S', 'en', 'insurer-to-customer', 'income protection follow-up review requesting updated report from psychiatrist',
  build(addr('po'), ext('Aisha Rahman', 'aisha.rahman', 'mailbox-ffm.example'), 'RE: Your application – accepted',
        'Dear Ms Rahman,\n\nthank you for accepting the exclusion. Your policy BU-2026-00977 starts on 1 April. We will send the policy documents in the portal.\n\n' + sig('po') + '\n\n> From: Aisha Rahman\n> I accept the exclusion for mental disorders, my psychiatrist says the depression is in remission anyway.', '03-27 13:00', n=119))
M(120, 'N', 'de', 'internal', 'trap: claims KPI report with counts per line of business',
  build(addr('ar'), 'Bereichsleitung <bl-schaden@%s>' % DOM, 'KPI Schaden Februar',
        'Hallo,\n\nFebruar: 6.412 neue Schäden (Kfz 2.911, Sach 2.004, HV 881, RS 616), Durchlaufzeit 11,2 Tage, Kundenzufriedenheit 1,9. Details im Anhang.\n\nAnna', '03-27 14:00', n=120,
        att=[TEXT('kpi_feb.tsv', 'Sparte\tNeu\tErledigt\tDLZ\nKfz\t2911\t2766\t9.8\nSach\t2004\t1877\t13.1\nHV\t881\t842\t12.0\nRS\t616\t601\t10.4\n')]))
M(121, 'C', 'de', 'insurer-to-customer', 'cyber insurance claim of sole trader, named, no health',
  build(addr('cw'), ext('Anke Vogel', 'kontakt', 'vogel-steuer.example'), 'Cyberschaden Ihrer Kanzlei',
        'Sehr geehrte Frau Vogel,\n\nfür den Ransomware-Vorfall in Ihrer Steuerberatungskanzlei (Einzelkanzlei) übernehmen wir aus CY 55 012 die Kosten des IT-Forensikers bis 15.000 EUR. Schaden CY-26-0031.\n\n' + sig('cw'), '03-30 08:00', n=121))
M(122, 'N', 'en', 'insurer-to-customer', 'trap: certificate / S-MIME setup answer, no data',
  build(addr('ar'), ext('IT Support', 'it', 'kronberg-analytics.example'), 'Re: S/MIME certificate for encrypted mail',
        'Hi,\n\nour gateway supports S/MIME; please send us the public certificate of your domain. Private keys are never exchanged.\n\n' + sig('ar'), '03-30 09:00', n=122))
M(123, 'S', 'de', 'insurer-to-customer', 'trade union membership mentioned in legal expenses subsidiarity, named',
  build(addr('hv'), ext('Jens Krämer', 'jens.kraemer', 'mailhaus.example'), 'Arbeitsrechtsschutz – Gewerkschaft',
        'Sehr geehrter Herr Krämer,\n\nda Sie Mitglied der IG Metall sind und die Gewerkschaft Rechtsschutz gewährt, ist unsere Leistung aus RS 510 611 208 nachrangig.\n\n' + sig('hv'), '03-30 10:00', n=123))
M(124, 'N', 'de', 'insurer-to-customer', 'trap: letter template with placeholders',
  build(addr('kl'), 'Vorlagen <vorlagen@%s>' % DOM, 'Vorlage Ablehnung Gesundheitsprüfung',
        'Hallo,\n\nneue Vorlage: "Sehr geehrte/r «Anrede» «Name», nach Prüfung Ihrer Gesundheitsangaben vom «Datum» können wir Ihren Antrag «Antragsnr» leider nicht annehmen."\n\n' + sig('kl'), '03-30 11:00', n=124))
M(125, 'C', 'en', 'customer', 'forwarded customer mail with IBAN for payout, household',
  build(addr('dk'), 'Payments <zahlungen@%s>' % DOM, 'FW: new bank account',
        'please update for HR-26-031887. D.\n\n-----Original Message-----\nFrom: Liam Gallagher <liam.gallagher@posteo-mail.example>\nSubject: new bank account\n\nhi Daniel, pls pay to my new account DE51 7442 3085 6609 6201 16, the old one is closed. Liam', '03-30 12:00', n=125))
M(126, 'S', 'de', 'insurer-to-customer', 'ODT attachment with vision aids (glasses) reimbursement of addressee',
  build(addr('ta'), ext('Ulrike Brandt', 'u.brandt', 'webpost.example'), 'Erstattung',
        'Guten Tag Frau Brandt,\n\nsiehe Anlage.\n\n' + sig('ta'), '03-30 13:00', n=126,
        att=[ODT('Erstattung_Brandt.odt', ['Erstattung Sehhilfe KV 3 117 227 05', 'Gleitsichtbrille, -4,25 dpt, Keratokonus links: 250,00 EUR erstattet'])]))
M(127, 'N', 'de', 'insurer-to-partner', 'trap: association survey on health claims costs, aggregates',
  build(addr('ta'), ext('Verband Statistik', 'statistik', 'versicherer-verband.example'), 'Meldung Leistungsstatistik 2025',
        'Sehr geehrte Damen und Herren,\n\nanbei unsere Meldung: ambulant 412 Mio. EUR, stationär 298 Mio. EUR, Zahn 121 Mio. EUR.\n\n' + sig('ta'), '03-30 14:00', n=127))
M(128, 'C', 'de', 'insurer-to-customer', 'fact of being insured: confirmation of liability insurance for landlord, named',
  build(addr('jh'), ext('Timo Schwarz', 'timo.schwarz', 't-mailer.example'), 'Versicherungsbestätigung für Ihren Vermieter',
        'Hallo Herr Schwarz,\n\nanbei die Bestätigung: Sie haben bei uns seit 01.01.2024 eine Privathaftpflicht PHV-88 620 441 inkl. Mietsachschäden.\n\n' + sig('jh'), '03-30 15:00', n=128))
M(129, 'N', 'en', 'insurer-to-customer', 'trap: English welcome pack brochure mentions life, health and IBAN fields generically',
  build(addr('sw'), ext('Zoe Adams', 'zoe.adams', 'brightmail.example'), 'Welcome to Frankfurt – our brochure',
        'Hi Zoe,\n\nas promised our "Welcome to Germany" guide: liability, household, health, life. The forms ask for your IBAN and date of birth – fill them in the portal, not by e-mail.\n\n' + sig('sw'), '03-31 08:00', n=129))
M(130, 'S', 'en', 'insurer-to-customer', 'health: genetic test result of addressee in reimbursement',
  build(addr('sw'), ext('Rebecca Hall', 'rebecca.hall', 'fastmail-eu.example'), 'Genetic test reimbursed',
        'Dear Ms Hall,\n\nthe BRCA1/2 test (positive for BRCA1) ordered by your gynaecologist is reimbursed in full (EUR 3,200) under KV 5 230 559 80.\n\n' + sig('sw'), '03-31 09:00', n=130))
M(131, 'N', 'de', 'internal', 'trap: IT incident about PDF generator for Arztberichte, no data',
  build(addr('ar'), 'IT Service Desk <servicedesk@%s>' % DOM, 'INC0049120 – PDF-Erzeugung Leistungsbriefe hängt',
        'Hallo,\n\nseit 8 Uhr hängt die PDF-Erzeugung für Leistungsabrechnungen KV. Warteschlange 2.300 Dokumente.\n\nAnna', '03-31 10:00', n=131))
M(132, 'C', 'de', 'insurer-to-customer', 'motorcycle insurance with birth date of named customer',
  build(addr('mb'), ext('Sven Otto', 'sven.otto', 'mailhaus.example'), 'Saisonkennzeichen Motorrad',
        'Hallo Herr Otto,\n\nIhr Motorrad F-SO 22 ist ab 01.04. im Saisonvertrag KH 22 250 771 (Fahrer Sven Otto, geb. 1988-06-14).\n\n' + sig('mb'), '03-31 11:00', n=132))
M(133, 'S', 'de', 'therapist', 'inline forward of psychotherapist request for further sessions of named patient',
  build(addr('ta'), 'Psychotherapie-Anträge <kv-psy@%s>' % DOM, 'WG: Verlängerungsantrag',
        '-----Ursprüngliche Nachricht-----\nVon: Praxis Dipl.-Psych. Kern <kern@psychotherapie-bockenheim.example>\nBetreff: Verlängerungsantrag\n\nFür Patient Tim Bauer (KV 3 117 980 04) beantrage ich 20 weitere Stunden Verhaltenstherapie wegen Panikstörung (F41.0).\nM. Kern', '03-31 12:00', n=133))
M(134, 'N', 'de', 'insurer-to-customer', 'trap: reminder to complete registration, no content',
  build('Mainstadt Kundenportal <noreply@%s>' % DOM, ext('Ingrid Falk', 'ingrid.falk', 'webpost.example'), 'Erinnerung: Registrierung abschließen',
        'Guten Tag,\n\nSie haben Ihre Registrierung noch nicht abgeschlossen. Ihr Einmal-Passwort läuft morgen ab.\n\nIhre Mainstadt Versicherung', '03-31 13:00', n=134))
M(135, 'C', 'en', 'insurer-to-customer', 'pet liability: dog bite to another dog, named policyholder',
  build(addr('dk'), ext('Emma Taylor', 'emma.taylor', 'posteo-mail.example'), 'Dog liability claim PL-26-00601',
        'Hi Emma,\n\nthe vet bill for the neighbour\'s dog (bite wound, EUR 410) is covered by your dog liability policy TH 12 004 19.\n\n' + sig('dk'), '03-31 14:00', n=135))
M(136, 'N', 'de', 'insurer-to-supplier', 'trap: catering order', build(addr('rk'), ext('Catering Mainufer', 'info', 'catering-mainufer.example'), 'Catering Aufsichtsratssitzung',
        'Guten Tag,\n\nfür den 15.04. bitte Mittagsimbiss für 18 Personen, davon 3 vegetarisch.\n\n' + sig('rk'), '03-31 15:00', n=136))
M(137, 'S', 'de', 'insurer-to-customer', 'hospital cash and pregnancy complication of addressee',
  build(addr('ta'), ext('Laura Pietsch', 'laura.pietsch', 'freemail-rm.example'), 'Krankenhaustagegeld',
        'Liebe Frau Pietsch,\n\nfür den Klinikaufenthalt wegen Schwangerschaftsdiabetes (O24.4) zahlen wir 6 Tage Krankenhaustagegeld. KV 3 117 612 40.\n\n' + sig('ta'), '03-31 16:00', n=137))
M(138, 'N', 'en', 'internal', 'trap: office move announcement', build(addr('cw'), 'Commercial Lines <commercial@%s>' % DOM, 'Office move Friday',
        'Hi team,\n\nwe move to floor 9 on Friday. Pack your desks by Thursday 4 pm.\n\n' + sig('cw'), '03-31 16:30', n=138))
M(139, 'C', 'de', 'insurer-to-customer', 'neighbour dispute legal expenses, named',
  build(addr('hv'), ext('Ralf Busch', 'ralf.busch', 'webpost.example'), 'Nachbarstreit Hecke',
        'Sehr geehrter Herr Busch,\n\nfür den Streit mit Ihrem Nachbarn über die Grenzhecke (Am Weingarten 4) besteht Deckung aus RS 510 700 915, Schaden RS-26-N-0088.\n\n' + sig('hv'), '03-30 16:00', n=139))
M(140, 'N', 'de', 'insurer-to-broker', 'trap: broker access question, portal rights', build(addr('fs'), ext('Maklerbüro Heidrich', 'info', 'heidrich-finanz.example'), 'AW: Zugang neue Mitarbeiterin',
        'Hallo Frau Heidrich,\n\nals Makleradministratorin können Sie den Zugang für Ihre neue Mitarbeiterin selbst anlegen und Bestandsrechte vergeben.\n\n' + sig('fs'), '03-27 16:00', n=140))
M(141, 'S', 'de', 'insurer-to-customer', 'death of insured in accident insurance, cause of death',
  build(addr('lm'), ext('Sandra Keller', 'sandra.keller', 't-mailer.example'), 'Unfalltod Ihres Mannes',
        'Sehr geehrte Frau Keller,\n\nmein Beileid. Für den tödlichen Verkehrsunfall Ihres Mannes Thomas Keller (Polytrauma) zahlen wir die Todesfallsumme von 50.000 EUR aus UV 0871 8820.\n\n' + sig('lm'), '03-26 16:00', n=141))
M(142, 'N', 'de', 'internal', 'trap: parking spaces', build(addr('rk'), 'alle@%s' % DOM, 'Tiefgarage gesperrt', 'Hallo,\n\ndie Tiefgarage ist am Samstag wegen Reinigung gesperrt.\n\n' + sig('rk'), '03-25 16:00', n=142))
M(143, 'C', 'de', 'insurer-to-customer', 'travel rental car excess refund, named, no health',
  build(addr('sw'), ext('Birgit Haas', 'birgit.haas', 'mailhaus.example'), 'Selbstbeteiligung Mietwagen',
        'Hallo Frau Haas,\n\ndie Selbstbeteiligung von 800 EUR aus dem Mietwagenschaden auf Mallorca erstatten wir aus TS-26-005110.\n\n' + sig('sw'), '03-24 16:00', n=143))
M(144, 'N', 'de', 'insurer-to-customer', 'trap: generic info about hospital daily allowance tariff',
  build(addr('ta'), ext('P. Roth', 'p.roth', 'webpost.example'), 'AW: Krankenhaustagegeld Tarif', 'Hallo,\n\nunser Tarif KHT 50 zahlt 50 EUR je Tag im Krankenhaus, ohne Gesundheitsfragen bis 40.\n\n' + sig('ta'), '03-23 16:00', n=144))
M(145, 'S', 'de', 'insurer-to-customer', 'Riester pension (life line) notice for named customer',
  build(addr('kl'), ext('Anja Wolff', 'anja.wolff', 'freemail-rm.example'), 'Ihre Riester-Rente: Zulagen 2025',
        'Sehr geehrte Frau Wolff,\n\nfür Ihre Riester-Rente RR-2012-33017 wurden 2025 Zulagen von 475 EUR gutgeschrieben.\n\n' + sig('kl'), '03-20 16:00', n=145))
M(146, 'N', 'de', 'insurer-to-partner', 'trap: cooperation with gym chain, generic', build(addr('nb'), ext('Kooperationen', 'koop', 'fitfirst.example'), 'Kooperation Gesundheitsbonus',
        'Hallo,\n\nwir würden unseren KV-Kunden gern 20 % Rabatt auf Ihre Mitgliedschaft anbieten. Daten tauschen wir dabei nicht aus.\n\n' + sig('nb'), '03-19 16:00', n=146))
M(147, 'C', 'de', 'insurer-to-customer', 'legal expenses divorce advice, named, no health',
  build(addr('hv'), ext('Petra Zeller', 'petra.zeller', 'webpost.example'), 'Beratungsrechtsschutz Familienrecht',
        'Sehr geehrte Frau Zeller,\n\nfür die Erstberatung zur Scheidung übernehmen wir aus RS 510 433 118 bis 250 EUR.\n\n' + sig('hv'), '03-18 16:00', n=147))
M(148, 'N', 'de', 'internal', 'trap: holiday rules', build(addr('ar'), 'alle@%s' % DOM, 'Brückentage', 'Hallo,\n\nUrlaubsanträge für Brückentage bitte bis 15.04.\n\nAnna', '03-17 16:00', n=148))
M(149, 'S', 'de', 'insurer-to-customer', 'health: vaccination travel medicine reimbursement of addressee',
  build(addr('ta'), ext('Moritz Kühn', 'moritz.kuehn', 'mailhaus.example'), 'Reiseimpfungen',
        'Hallo Herr Kühn,\n\ndie Reiseimpfungen (Gelbfieber, Tollwut) vor Ihrer Reise erstatten wir aus KV 3 117 740 19: 286 EUR.\n\n' + sig('ta'), '03-16 16:00', n=149))
M(150, 'N', 'de', 'internal', 'trap: printer toner', build(addr('rk'), 'IT Service Desk <servicedesk@%s>' % DOM, 'Toner 4. OG', 'Toner für Drucker D4-02 fehlt.\n\n' + sig('rk'), '03-13 16:00', n=150))


# =====================================================================================
# writing and checking
# =====================================================================================
def write(out):
    os.makedirs(os.path.join(out, 'mails'), exist_ok=True)
    rows = ['file\tlabel\tlang\tkind\treason']
    for n, lab, lang, kind, reason, msg in sorted(MAILS, key=lambda m: m[0]):
        fn = '%s%04d.eml' % (PREFIX, n)
        with open(os.path.join(out, 'mails', fn), 'wb') as f:
            f.write(msg.as_bytes(policy=SMTP))
        rows.append('\t'.join([fn, lab, lang, kind, reason]))
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(rows) + '\n')

def _check_pdf(data):
    texts = []
    for m in re.finditer(rb'stream\n(.*?)\nendstream', data, re.S):
        try:
            raw = zlib.decompress(m.group(1))
        except zlib.error:
            continue
        texts += re.findall(rb'\((.*?)\) Tj', raw)
    assert data.startswith(b'%PDF') and any(t.strip() for t in texts), 'PDF without text layer'

def _check_file(name, data):
    ext_ = name.rsplit('.', 1)[-1].lower()
    if ext_ in ('zip', 'xlsx', 'docx', 'odt', 'ods'):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert z.testzip() is None
            for zn in z.namelist():
                d = z.read(zn)
                if zn.endswith('.xml') or zn.endswith('.rels'):
                    ET.fromstring(d)
                else:
                    _check_file(zn, d)
    elif ext_ == 'pdf':
        _check_pdf(data)
    elif ext_ == 'ics':
        t = data.decode('utf-8')
        assert 'BEGIN:VCALENDAR' in t and 'END:VCALENDAR' in t

def check_mail(path):
    raw = open(path, 'rb').read()
    assert b'\n' not in raw.replace(b'\r\n', b''), 'bare LF'
    msg = BytesParser(policy=DEFAULT_POLICY).parsebytes(raw)
    assert msg['Date'].datetime.year == 2026
    for part in msg.walk():
        assert not part.defects, (path, part.defects)
        for k, v in part.items():
            assert not getattr(v, 'defects', ()), (path, k, v.defects)
        ct = part.get_content_type()
        if part.is_multipart() or ct == 'message/rfc822':
            continue
        data = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text':
            data.decode(part.get_content_charset() or 'us-ascii')
            if ct == 'text/calendar':
                _check_file('x.ics', data)
        fn = part.get_filename()
        if fn:
            _check_file(fn, data)
        if ct == 'application/octet-stream' and data.startswith(b'%PDF'):
            _check_pdf(data)
    return msg

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if '--check' in sys.argv:
        tmp = tempfile.mkdtemp()
        try:
            write(tmp)
            bad = 0
            for fn in ['labels.tsv'] + ['mails/' + f for f in sorted(os.listdir(os.path.join(tmp, 'mails')))]:
                a = os.path.join(tmp, fn); b = os.path.join(here, fn)
                if not os.path.exists(b) or open(a, 'rb').read() != open(b, 'rb').read():
                    print('DIFFERS:', fn); bad += 1
            mids = set()
            for f in sorted(os.listdir(os.path.join(tmp, 'mails'))):
                try:
                    m = check_mail(os.path.join(tmp, 'mails', f))
                    assert m['Message-ID'] not in mids; mids.add(m['Message-ID'])
                except Exception as e:
                    print('FAIL', f, repr(e)); bad += 1
            n = len(os.listdir(os.path.join(tmp, 'mails')))
            assert n == 150, n
            print('%d mails checked, %d problems' % (n, bad))
            sys.exit(1 if bad else 0)
        finally:
            shutil.rmtree(tmp)
    write(here)

if __name__ == '__main__':
    main()
