#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the Siegel development corpus dev34 (200 fictitious insurer e-mails).

Written by an AI helper session (Claude) that read only shared/SPEC.md (section 1 and
the vocabulary) and the file layout described in tests/corpora/dev2/README.md.

Everything - headers, bodies, quoted history and the content of every attachment - is
written out below, mail by mail.  The code above the MAILS section only turns that
content into MIME messages and files (XLSX, DOCX, ODS/ODT, PDF, CSV, ICS, ZIP, PNG,
JSON, XML, GDV fixed-width records, forwarded messages).

    python make_corpus.py          # writes mails/ and labels.tsv
    python make_corpus.py --check  # rebuilds in memory, compares, parses, opens, prints stats

All dates are in 2026, Message-IDs, MIME boundaries, ZIP member times, office metadata
and PDF dates are fixed, so every run gives byte-identical files.
"""
import collections
import csv
import datetime
import hashlib
import io
import json
import os
import random
import re
import struct
import sys
import zipfile
import zlib
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY

HERE = os.path.dirname(os.path.abspath(__file__))
NN = 34
FIXED_DT = datetime.datetime(2026, 1, 12, 8, 30, 0)
ZIP_DT = (2026, 1, 12, 8, 30, 0)

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

_WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(s, tz=None):
    """'2026-03-04 09:12' -> RFC 5322 date; German summer time 29 Mar - 25 Oct 2026."""
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    sec = (sum(ord(c) for c in s) * 7) % 60
    if tz is None:
        summer = datetime.datetime(2026, 3, 29, 2) <= d < datetime.datetime(2026, 10, 25, 3)
        tz = '+0200' if summer else '+0100'
    assert d.year == 2026
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (_WD[d.weekday()], d.day, _MO[d.month - 1],
                                                 d.year, d.hour, d.minute, sec, tz)


# ---------------------------------------------------------------------------
# attachments
# ---------------------------------------------------------------------------

class Att:
    def __init__(self, filename, maintype, subtype, data, charset=None, params=None,
                 kind=None, disposition='attachment', cte=None):
        self.cte = cte
        self.filename = filename
        self.maintype = maintype
        self.subtype = subtype
        self.data = data          # bytes, or str for text parts, or EmailMessage
        self.charset = charset
        self.params = params or {}
        self.kind = kind or filename.rsplit('.', 1)[-1].lower()
        self.disposition = disposition


def norm_zip(data):
    """Rewrite a ZIP container with fixed member times (office files, bundles)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as zout:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            ni.create_system = 3
            blob = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = re.sub(rb'(W3CDTF">)[0-9T:\-]+Z', rb'\g<1>2026-01-12T08:30:00Z', blob)
            zout.writestr(ni, blob)
    return out.getvalue()


def xlsx(filename, sheets, author='Kranichsee Versicherung AG', widths=None):
    """sheets: list of (title, rows); first row is written bold."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        if rows:
            for c in ws[1]:
                c.font = Font(bold=True)
        for i, col in enumerate(ws.columns):
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(width + 2, 8), 60)
    p = wb.properties
    p.creator = author
    p.lastModifiedBy = author
    p.created = FIXED_DT
    p.modified = FIXED_DT
    bio = io.BytesIO()
    wb.save(bio)
    return Att(filename, 'application',
               'vnd.openxmlformats-officedocument.spreadsheetml.sheet', norm_zip(bio.getvalue()))


def docx(filename, blocks, author='Kranichsee Versicherung AG'):
    """blocks: ('h1'|'h2'|'p'|'b'|'table', content)."""
    from docx import Document
    d = Document()
    for kind, content in blocks:
        if kind == 'h1':
            d.add_heading(content, level=1)
        elif kind == 'h2':
            d.add_heading(content, level=2)
        elif kind == 'p':
            d.add_paragraph(content)
        elif kind == 'b':
            d.add_paragraph(content, style='List Bullet')
        elif kind == 'table':
            t = d.add_table(rows=0, cols=len(content[0]))
            t.style = 'Table Grid'
            for row in content:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ''
    bio = io.BytesIO()
    d.save(bio)
    return Att(filename, 'application',
               'vnd.openxmlformats-officedocument.wordprocessingml.document', norm_zip(bio.getvalue()))


def _odf_meta(doc, author):
    from odf import dc, meta
    doc.meta.addElement(meta.Generator(text='LibreOffice/7.6'))
    doc.meta.addElement(dc.Creator(text=author))
    doc.meta.addElement(dc.Date(text='2026-01-12T08:30:00'))
    doc.meta.addElement(meta.CreationDate(text='2026-01-12T08:30:00'))


def ods(filename, sheets, author='Kranichsee Versicherung AG'):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    _odf_meta(doc, author)
    for title, rows in sheets:
        t = Table(name=title)
        for r in rows:
            tr = TableRow()
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype='float', value=v)
                else:
                    tc = TableCell(valuetype='string')
                tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    bio = io.BytesIO()
    doc.write(bio)
    return Att(filename, 'application', 'vnd.oasis.opendocument.spreadsheet',
               norm_zip(bio.getvalue()))


def odt(filename, paras, author='Kranichsee Versicherung AG'):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    _odf_meta(doc, author)
    for p in paras:
        if p.startswith('# '):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    bio = io.BytesIO()
    doc.write(bio)
    return Att(filename, 'application', 'vnd.oasis.opendocument.text', norm_zip(bio.getvalue()))


_PDF_MAP = {'\u20ac': 'EUR', '\u2013': '-', '\u2014': '-', '\u201e': '"', '\u201c': '"',
            '\u201d': '"', '\u2019': "'", '\u2018': "'", '\u2026': '...', '\u2022': '-',
            '\u2192': '->', '\u00a0': ' ', '\u2610': '[ ]', '\u2612': '[x]', '\u2264': '<=',
            '\u2265': '>=', '\u00b7': '-'}


def _pdf_txt(s):
    s = ''.join(_PDF_MAP.get(c, c) for c in s)
    return s.encode('latin-1', 'replace').decode('latin-1')


def pdf(filename, lines, title=None, author='Kranichsee Versicherung AG', maintype='application',
        subtype='pdf'):
    """lines: strings (paragraphs); '' = gap; ('t', rows, widths) = table; ('h', text)."""
    from fpdf import FPDF
    p = FPDF(format='A4')
    p.set_creation_date(FIXED_DT)
    p.set_author(_pdf_txt(author))
    p.set_creator('Kranichsee DocGen 4.2')
    p.set_producer('Kranichsee DocGen 4.2')
    if title:
        p.set_title(_pdf_txt(title))
    p.set_auto_page_break(True, margin=18)
    p.add_page()
    p.set_margins(20, 18, 20)
    p.set_x(20)
    if title:
        p.set_font('Helvetica', 'B', 13)
        p.multi_cell(0, 7, _pdf_txt(title), new_x='LMARGIN', new_y='NEXT')
        p.ln(3)
    p.set_font('Helvetica', '', 10)
    for item in lines:
        if isinstance(item, tuple) and item[0] == 'h':
            p.ln(2)
            p.set_font('Helvetica', 'B', 11)
            p.multi_cell(0, 6, _pdf_txt(item[1]), new_x='LMARGIN', new_y='NEXT')
            p.set_font('Helvetica', '', 10)
        elif isinstance(item, tuple) and item[0] == 't':
            rows, widths = item[1], item[2]
            p.set_font('Helvetica', '', 8)
            for ri, row in enumerate(rows):
                if ri == 0:
                    p.set_font('Helvetica', 'B', 8)
                for w, v in zip(widths, row):
                    p.cell(w, 5, _pdf_txt(str(v)), border=1)
                p.ln(5)
                if ri == 0:
                    p.set_font('Helvetica', '', 8)
            p.set_font('Helvetica', '', 10)
            p.ln(2)
        elif item == '':
            p.ln(4)
        else:
            p.multi_cell(0, 5, _pdf_txt(item), new_x='LMARGIN', new_y='NEXT')
    data = bytes(p.output())
    return Att(filename, maintype, subtype, data, kind='pdf')


def csvf(filename, rows, encoding='utf-8', delimiter=';', subtype='csv', maintype='text', bom=False):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delimiter, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    text = bio.getvalue()
    if maintype == 'text':
        # text parts are re-encoded by the email package with the declared charset
        return Att(filename, 'text', subtype, text, charset=encoding, kind='csv')
    data = text.encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    return Att(filename, maintype, subtype, data, kind='csv', params={})


def _ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode('utf-8')) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def _ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics(filename, uid, start, end, summary, organizer, attendees, location='', description='',
        method='REQUEST', tzid='Europe/Berlin'):
    """start/end: '20260312T100000'."""
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
         'VERSION:2.0', 'METHOD:' + method,
         'BEGIN:VTIMEZONE', 'TZID:' + tzid,
         'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
         'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
         'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
         'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT', 'END:VTIMEZONE',
         'BEGIN:VEVENT',
         'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for name, addr in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s'
                 % (name, addr))
    L += ['DESCRIPTION:' + _ics_esc(description), 'UID:' + uid,
          'SUMMARY:' + _ics_esc(summary),
          'DTSTART;TZID=%s:%s' % (tzid, start), 'DTEND;TZID=%s:%s' % (tzid, end),
          'DTSTAMP:20260112T083000Z', 'LOCATION:' + _ics_esc(location),
          'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
          'BEGIN:VALARM', 'TRIGGER:-PT15M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder',
          'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    text = '\r\n'.join(_ics_fold(x) for x in L) + '\r\n'
    return Att(filename, 'text', 'calendar', text, charset='utf-8',
               params={'method': method}, kind='ics')


def zipf(filename, members):
    """members: list of Att (their bytes are stored) or (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for m in members:
            if isinstance(m, Att):
                name, data = m.filename, m.data
                if isinstance(data, str):
                    data = data.encode(m.charset or 'utf-8')
            else:
                name, data = m
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    return Att(filename, 'application', 'zip', out.getvalue(), kind='zip')


def png(filename, w=360, h=480, seed=1, style='scan'):
    """Greyscale image without any text: a 'scan' (paper with grey bars), a 'photo'
    (smooth blotches) or a 'chart' (blocks)."""
    r = random.Random(seed)
    rows = []
    bars = set()
    if style == 'scan':
        y = 40
        while y < h - 40:
            if r.random() < 0.8:
                for k in range(6):
                    bars.add(y + k)
            y += 14 + r.randint(0, 10)
    cx, cy = r.randint(0, w), r.randint(0, h)
    for y in range(h):
        row = bytearray()
        for x in range(w):
            if style == 'scan':
                v = 236 + r.randint(-6, 6)
                if y in bars and 30 < x < w - 30 - (y * 7) % 90:
                    v = 70 + r.randint(-20, 20)
            elif style == 'photo':
                v = (x * 3 + y * 2 + ((x - cx) * (y - cy)) // 97) % 200 + r.randint(0, 20)
            else:
                v = 250 if (x // 40 + y // 60) % 3 else 110
            row.append(max(0, min(255, v)))
        rows.append(b'\x00' + bytes(row))
    raw = zlib.compress(b''.join(rows), 9)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', raw) + chunk(b'IEND', b''))
    return Att(filename, 'image', 'png', data, kind='png')


def jsonf(filename, obj, subtype='json'):
    return Att(filename, 'application', subtype,
               (json.dumps(obj, ensure_ascii=False, indent=2) + '\n').encode('utf-8'), kind='json')


def xmlf(filename, text):
    return Att(filename, 'application', 'xml', text.encode('utf-8'), kind='xml')


def txtf(filename, text, charset='utf-8', subtype='plain'):
    return Att(filename, 'text', subtype, text, charset=charset, kind='txt')


def gdv(filename, records, encoding='iso-8859-1'):
    """GDV-style fixed-width export: every record padded to 256 characters."""
    lines = []
    for rec in records:
        s = ''.join(str(f) for f in rec)
        assert len(s) <= 256, (filename, len(s), s)
        lines.append(s.ljust(256))
    data = ('\r\n'.join(lines) + '\r\n').encode(encoding)
    return Att(filename, 'application', 'octet-stream', data, kind='gdv')


def fwd(filename, inner):
    """Attach a complete message (message/rfc822)."""
    return Att(filename, 'message', 'rfc822', inner, kind='eml')


def html_att(filename, text, charset='utf-8'):
    return Att(filename, 'text', 'html', text, charset=charset, kind='html')


# ---------------------------------------------------------------------------
# messages
# ---------------------------------------------------------------------------

MAILS = []
_KEYS = set()


def _addr(x):
    if isinstance(x, str):
        return x
    name, addr = x
    if any(c in name for c in '.,;:@()<>[]"\\'):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), addr)
    return '%s <%s>' % (name, addr)


def build(key, frm, to, subject, date, body=None, html=None, atts=(), cc=None,
          charset='utf-8', cte='quoted-printable', html_cte=None, tz=None, reply_to=None,
          in_reply_to=None, headers=None, mailer=None, flowed=False, mid_domain=None):
    msg = EmailMessage(policy=SMTP)
    msg['From'] = _addr(frm)
    msg['To'] = ', '.join(_addr(t) for t in (to if isinstance(to, list) else [to]))
    if cc:
        msg['Cc'] = ', '.join(_addr(t) for t in cc)
    if reply_to:
        msg['Reply-To'] = _addr(reply_to)
    msg['Subject'] = subject
    msg['Date'] = rfcdate(date, tz)
    faddr = frm if isinstance(frm, str) else frm[1]
    dom = mid_domain or faddr.split('@')[1].rstrip('>')
    h = hashlib.sha1(('dev34/' + key).encode()).hexdigest()
    msg['Message-ID'] = '<%s.%s@%s>' % (date.replace('-', '').replace(' ', '').replace(':', ''),
                                        h[:16].upper(), dom)
    if in_reply_to:
        irt = '<%s@%s>' % (hashlib.sha1(in_reply_to.encode()).hexdigest()[:20], in_reply_to.split('|')[-1]) \
            if '|' in in_reply_to else in_reply_to
        msg['In-Reply-To'] = irt
        msg['References'] = irt
    if mailer:
        if mailer.startswith('UA:'):
            msg['User-Agent'] = mailer[3:]
        else:
            msg['X-Mailer'] = mailer
    for k, v in (headers or []):
        msg[k] = v
    if body is not None:
        params = {}
        if flowed:
            params = {'format': 'flowed'}
        msg.set_content(body, subtype='plain', charset=charset, cte=cte, params=params)
        if html is not None:
            msg.add_alternative(html, subtype='html', charset=charset, cte=html_cte or cte)
    elif html is not None:
        msg.set_content(html, subtype='html', charset=charset, cte=html_cte or cte)
    for a in atts:
        if isinstance(a.data, EmailMessage):
            msg.add_attachment(a.data, disposition=a.disposition, filename=a.filename)
        elif isinstance(a.data, str):
            msg.add_attachment(a.data, subtype=a.subtype, charset=a.charset or 'utf-8',
                               cte=a.cte or ('quoted-printable' if a.subtype in ('html', 'plain') else 'base64'),
                               disposition=a.disposition, filename=a.filename,
                               params=dict(a.params) or None)
        else:
            msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype,
                               disposition=a.disposition, filename=a.filename,
                               params=dict(a.params) or None)
    n = 0
    for part in msg.walk():
        if part is not msg and 'MIME-Version' in part and not part.get('Message-ID'):
            del part['MIME-Version']
        if part.get_content_maintype() == 'multipart':
            n += 1
            part.set_boundary('----=_NextPart_%s_%03d_%s' % (h[16:24], n, h[24:32].upper()))
    return msg


def inner(key, frm, to, subject, date, body=None, **kw):
    """A message that is later attached as message/rfc822."""
    return build('inner/' + key, frm, to, subject, date, body, **kw)


def add(key, label, lang, kind, reason, **kw):
    assert key not in _KEYS, key
    assert label in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'), key
    assert lang in ('de', 'en'), key
    assert '\t' not in reason and '\n' not in reason
    _KEYS.add(key)
    MAILS.append(dict(key=key, label=label, lang=lang, kind=kind, reason=reason, kw=kw))


# ---------------------------------------------------------------------------
# the company and its people
# ---------------------------------------------------------------------------

D = 'kranichsee-versicherung.example'

FOOT_DE = """\
Kranichsee Versicherung AG · Wilhelmshöher Allee 212 · 34119 Kassel
Telefon 0561 7044-0 · Telefax 0561 7044-1999 · www.kranichsee-versicherung.example
Vorstand: Dr. Henrike Sauer (Vorsitzende), Matthias Grebe, Aylin Kara
Vorsitzender des Aufsichtsrats: Prof. Dr. Bernd Lamprecht
Sitz der Gesellschaft: Kassel · Amtsgericht Kassel HRB 7731 · USt-IdNr. DE318442907"""

FOOT_LEBEN = """\
Kranichsee Lebensversicherung AG · Wilhelmshöher Allee 212 · 34119 Kassel
Telefon 0561 7044-0 · www.kranichsee-versicherung.example
Vorstand: Dr. Henrike Sauer (Vorsitzende), Matthias Grebe · Aufsichtsrat: Prof. Dr. Bernd Lamprecht
Sitz Kassel · Amtsgericht Kassel HRB 7732"""

FOOT_KRANKEN = """\
Kranichsee Krankenversicherung AG · Wilhelmshöher Allee 212 · 34119 Kassel
Telefon 0561 7044-0 · www.kranichsee-versicherung.example
Vorstand: Dr. Henrike Sauer (Vorsitzende), Aylin Kara · Aufsichtsrat: Prof. Dr. Bernd Lamprecht
Sitz Kassel · Amtsgericht Kassel HRB 7733"""

FOOT_EN = """\
Kranichsee Versicherung AG | Wilhelmshoeher Allee 212 | 34119 Kassel | Germany
Phone +49 561 7044-0 | www.kranichsee-versicherung.example
Board of Management: Dr. Henrike Sauer (Chair), Matthias Grebe, Aylin Kara
Registered office: Kassel | Local court Kassel HRB 7731"""

DISCL_DE = """\
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

DISCL_EN = """\
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail."""


class P:
    """A person of the insurer."""
    def __init__(self, first, last, local, dept_de, dept_en, ext, title='', foot=None):
        self.first, self.last, self.local = first, last, local
        self.dept_de, self.dept_en, self.ext, self.title = dept_de, dept_en, ext, title
        self.foot = foot or FOOT_DE

    @property
    def name(self):
        return ('%s %s %s' % (self.title, self.first, self.last)).strip()

    @property
    def addr(self):
        return (self.name, '%s@%s' % (self.local, D))

    @property
    def email(self):
        return '%s@%s' % (self.local, D)

    def sig(self, lang='de', short=False):
        if lang == 'de':
            if short:
                return '%s\n%s · Tel. 0561 7044-%s' % (self.name, self.dept_de, self.ext)
            return ('Mit freundlichen Grüßen\n\n%s\n%s\n\nTelefon 0561 7044-%s\n%s\n\n%s'
                    % (self.name, self.dept_de, self.ext, self.email, self.foot))
        if short:
            return '%s\n%s | +49 561 7044-%s' % (self.name, self.dept_en, self.ext)
        return ('Kind regards\n\n%s\n%s\nKranichsee Versicherung AG\n\nPhone +49 561 7044-%s\n%s\n\n%s'
                % (self.name, self.dept_en, self.ext, self.email, FOOT_EN))


KESSLER = P('Martina', 'Keßler', 'martina.kessler', 'Leistungsabteilung Krankenversicherung',
            'Health Claims', '2214', foot=FOOT_KRANKEN)
ARENDT = P('Tobias', 'Arendt', 'tobias.arendt', 'Firmenkunden Leben / bAV',
           'Group Life & Pensions', '3120', foot=FOOT_LEBEN)
WOLTERS = P('Sabine', 'Wolters', 'sabine.wolters', 'Rückversicherung', 'Reinsurance', '4410')
HARTUNG = P('Felix', 'Hartung', 'felix.hartung', 'Gesellschaftsarzt / Medizinischer Dienst',
            'Chief Medical Officer', '2290', title='Dr. med.', foot=FOOT_LEBEN)
BRUECKNER = P('Nadine', 'Brückner', 'nadine.brueckner', 'Kraftfahrt-Schaden', 'Motor Claims', '5130')
POHL = P('Oliver', 'Pohl', 'oliver.pohl', 'Maklerbetreuung Nord', 'Broker Relations', '1820')
SEIDEL = P('Jana', 'Seidel', 'jana.seidel', 'Datenschutz', 'Data Protection Office', '1090')
LORENZ = P('Kai', 'Lorenz', 'kai.lorenz', 'IT Datenaustausch & Schnittstellen',
           'IT Data Exchange', '6620')
DEMIR = P('Elif', 'Demir', 'elif.demir', 'Internationale Krankenversicherung',
          'International Health', '2380', foot=FOOT_KRANKEN)
EBELING = P('Ralf', 'Ebeling', 'ralf.ebeling', 'Schaden Sach/Haftpflicht',
            'Property & Liability Claims', '5240')
REUTER = P('Claudia', 'Reuter', 'claudia.reuter', 'Produktmanagement', 'Product Management', '1610')
FELDMANN = P('Marc', 'Feldmann', 'marc.feldmann', 'Aktuariat & Controlling', 'Actuarial & Controlling', '4120')
HAHN = P('Petra', 'Hahn', 'petra.hahn', 'Personalabteilung', 'Human Resources', '1150')
KUEHN = P('Stefan', 'Kühn', 'stefan.kuehn', 'Beitragsbuchhaltung / Inkasso', 'Premium Accounting', '4730')
SCHENK = P('Laura', 'Schenk', 'laura.schenk', 'Leistung Unfallversicherung', 'Accident Claims', '2560')
VOSS = P('Henrik', 'Voß', 'henrik.voss', 'Reisen & Assistance', 'Travel & Assistance', '2470')
NOWAK = P('Agnieszka', 'Nowak', 'agnieszka.nowak', 'Leistung Leben / BU', 'Life & Disability Claims',
          '3340', foot=FOOT_LEBEN)
GRAF = P('Benedikt', 'Graf', 'benedikt.graf', 'Kundenservice', 'Customer Service', '1000')
OTTO = P('Sven', 'Otto', 'sven.otto', 'Einkauf & Facility Management', 'Procurement & Facilities', '1470')
BRAUN = P('Miriam', 'Braun', 'miriam.braun', 'Unternehmenskommunikation', 'Corporate Communications', '1040')
JOSTEN = P('Ulrike', 'Josten', 'ulrike.josten', 'Underwriting Leben', 'Life Underwriting', '3210',
           foot=FOOT_LEBEN)

# Policy and claim number formats:
#   life KL-########, health KK-###-######, accident KU-#######, property/liability KS ##-#######,
#   motor KF-#######-#, claims S-2026-######, health benefit cases LA-26-######,
#   international health members KIH-######-0#, broker numbers VM-#####,
#   reinsurance treaties NGR-..., coverholder binder B0914KSV2026.

KSV_IBAN = 'DE42 5204 0021 4996 4027 65'      # Kranichsee Versicherung AG (own account)
KSV_LEBEN_IBAN = 'DE52 5205 0353 8671 1795 63'  # Kranichsee Lebensversicherung AG (own account)
KSV_BIC = 'KASSDEFFXXX'


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def assign_files():
    order = list(range(len(MAILS)))
    random.Random(NN).shuffle(order)
    out = []
    for i, idx in enumerate(order):
        out.append(('d%02d-%04d.eml' % (NN, i + 1), MAILS[idx]))
    return sorted(out, key=lambda x: x[0])


_HDR_NAMES = (b'From', b'To', b'Cc', b'Subject', b'Reply-To')


def _refold(data):
    """Python's folder puts a whole header value on a continuation line
    ("Subject:\r\n text"); mail programs fold after the colon's first words.
    Rejoin such headers and fold them at spaces (at most 78 characters)."""
    out = []
    lines = data.split(b'\r\n')
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.endswith(b':') and line[:-1] in _HDR_NAMES \
                and i + 1 < len(lines) and lines[i + 1].startswith(b' ') \
                and not (i + 2 < len(lines) and lines[i + 2].startswith((b' ', b'\t'))):
            full = line + lines[i + 1]
            parts = []
            while len(full) > 78 and b' ' in full[1:78]:
                cut = full.rfind(b' ', len(line) + 2, 78)
                if cut <= len(line) + 1:
                    break
                parts.append(full[:cut])
                full = full[cut:]
            parts.append(full)
            out.append(b'\r\n'.join(parts))
            i += 2
            continue
        out.append(line)
        i += 1
    return b'\r\n'.join(out)


def render():
    files = {}
    rows = ['file\tlabel\tlang\tkind\treason']
    for fn, m in assign_files():
        try:
            msg = build(m['key'], **m['kw'])
        except Exception as e:
            raise RuntimeError('mail %s: %s' % (m['key'], e))
        files[fn] = _refold(msg.as_bytes(policy=SMTP))
        rows.append('\t'.join([fn, m['label'], m['lang'], m['kind'], m['reason']]))
    return files, ('\n'.join(rows) + '\n').encode('utf-8')


def write():
    files, labels = render()
    md = os.path.join(HERE, 'mails')
    os.makedirs(md, exist_ok=True)
    for old in os.listdir(md):
        if old.endswith('.eml') and old not in files:
            os.remove(os.path.join(md, old))
    for fn, data in files.items():
        with open(os.path.join(md, fn), 'wb') as f:
            f.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as f:
        f.write(labels)
    print('wrote %d mails' % len(files))


def _check_blob(name, data, kinds, where):
    """Open an attachment by its file name; returns nothing, raises on failure."""
    low = name.lower()
    ext = low.rsplit('.', 1)[-1]
    kinds[ext] += 1
    if ext == 'xlsx':
        from openpyxl import load_workbook
        wb = load_workbook(io.BytesIO(data))
        assert wb.sheetnames, where
    elif ext == 'docx':
        from docx import Document
        d = Document(io.BytesIO(data))
        assert any(p.text.strip() for p in d.paragraphs) or d.tables, where
    elif ext in ('ods', 'odt'):
        from odf.opendocument import load
        load(io.BytesIO(data))
    elif ext == 'pdf':
        from pypdf import PdfReader
        txt = ''.join(pg.extract_text() or '' for pg in PdfReader(io.BytesIO(data)).pages)
        assert txt.strip(), where + ': PDF without text layer'
    elif ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        for zi in z.infolist():
            assert zi.date_time == ZIP_DT, where
            _check_blob(zi.filename, z.read(zi), kinds, where + '/' + zi.filename)
    elif ext == 'png':
        assert data[:8] == b'\x89PNG\r\n\x1a\n', where
        pos, idat = 8, b''
        while pos < len(data):
            ln, = struct.unpack('>I', data[pos:pos + 4])
            t = data[pos + 4:pos + 8]
            d = data[pos + 8:pos + 8 + ln]
            crc, = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])
            assert zlib.crc32(t + d) & 0xffffffff == crc, where
            if t == b'IDAT':
                idat += d
            pos += 12 + ln
        w, h = struct.unpack('>II', data[16:24])
        assert len(zlib.decompress(idat)) == h * (w + 1), where
    elif ext == 'ics':
        t = data.decode('utf-8')
        assert t.startswith('BEGIN:VCALENDAR') and 'END:VCALENDAR' in t, where
    elif ext == 'json':
        json.loads(data.decode('utf-8'))
    elif ext in ('xml', 'xsd'):
        import xml.etree.ElementTree as ET
        ET.fromstring(data)
    elif ext == 'csv':
        for enc in ('utf-8-sig', 'windows-1252'):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        rows = list(csv.reader(io.StringIO(t), delimiter=';' if t.count(';') >= t.count(',') else ','))
        assert len(rows) >= 1, where
    elif ext in ('gdv', 'dat'):
        t = data.decode('iso-8859-1')
        for line in t.split('\r\n')[:-1]:
            assert len(line) == 256, where
    elif ext == 'pem':
        t = data.decode('ascii')
        assert '-----BEGIN CERTIFICATE-----' in t and '-----END CERTIFICATE-----' in t, where
    elif ext in ('txt', 'log', 'html', 'htm', 'eml'):
        pass
    else:
        raise AssertionError('%s: unknown attachment type %s' % (where, name))


def check():
    files, labels = render()
    ok = True
    md = os.path.join(HERE, 'mails')
    on_disk = sorted(x for x in os.listdir(md) if x.endswith('.eml'))
    if on_disk != sorted(files):
        print('FAIL: file list differs from generator'); ok = False
    for fn, data in files.items():
        p = os.path.join(md, fn)
        if not os.path.exists(p) or open(p, 'rb').read() != data:
            print('FAIL: %s differs from generator output' % fn); ok = False
    if open(os.path.join(HERE, 'labels.tsv'), 'rb').read() != labels:
        print('FAIL: labels.tsv differs'); ok = False
    if render()[0] != files:
        print('FAIL: two renders differ (not deterministic)'); ok = False

    meta = {fn: m for fn, m in assign_files()}
    mids = set()
    c_label, c_lang, c_kind, c_ll = (collections.Counter() for _ in range(4))
    c_top, c_leaf, c_cs, c_cte, kinds = (collections.Counter() for _ in range(5))
    c_kind_label = collections.defaultdict(collections.Counter)
    traps = 0
    for fn, data in sorted(files.items()):
        m = meta[fn]
        where = fn
        try:
            assert b'\n' not in data.replace(b'\r\n', b''), 'bare LF'
            assert b'\r' not in data.replace(b'\r\n', b''), 'bare CR'
            msg = message_from_bytes(data, policy=DEFAULT_POLICY)
            mid = msg['Message-ID']
            assert mid and mid not in mids, 'Message-ID'
            mids.add(mid)
            assert ' 2026 ' in msg['Date'], 'date'
            for hk in msg.keys():
                assert not msg[hk].defects, 'header defect %s' % hk
            c_top[msg.get_content_type()] += 1
            for part in msg.walk():
                assert not part.defects, 'MIME defects %r' % part.defects
                ct = part.get_content_type()
                if part.is_multipart():
                    continue
                c_leaf[ct] += 1
                cte = part.get('Content-Transfer-Encoding', '7bit').lower()
                c_cte[cte] += 1
                fname = part.get_filename()
                if part.get_content_maintype() == 'text':
                    cs = part.get_content_charset() or 'us-ascii'
                    c_cs[cs] += 1
                    text = part.get_content()
                    assert isinstance(text, str)
                    if fname:
                        _check_blob(fname, text.encode('utf-8'), kinds, where + ':' + fname)
                elif fname:
                    _check_blob(fname, part.get_content(), kinds, where + ':' + fname)
                else:
                    raise AssertionError('non-text part without file name: ' + ct)
            for part in msg.walk():
                if part.get_content_type() == 'message/rfc822':
                    kinds['eml'] += 1
        except Exception as e:  # noqa
            print('FAIL: %s: %s' % (where, e)); ok = False
        c_label[m['label']] += 1
        c_lang[m['lang']] += 1
        c_ll[(m['label'], m['lang'])] += 1
        c_kind[m['kind']] += 1
        c_kind_label[m['kind']][m['label']] += 1
        if m['reason'].startswith('trap:'):
            traps += 1
            assert m['label'] == 'NORMAL', fn
    n = len(files)
    print('mails: %d' % n)
    print('\nlabel                    de   en  total')
    for lab in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'):
        print('%-22s %4d %4d %6d' % (lab, c_ll[(lab, 'de')], c_ll[(lab, 'en')], c_label[lab]))
    print('%-22s %4d %4d %6d' % ('total', c_lang['de'], c_lang['en'], n))
    print('traps (NORMAL, reason starts with "trap:"): %d' % traps)
    print('\nkind                              N   NORM  CONF  STRICT')
    for k, v in sorted(c_kind.items(), key=lambda x: (-x[1], x[0])):
        kl = c_kind_label[k]
        print('%-32s %3d  %4d  %4d  %4d' % (k, v, kl['NORMAL'], kl['CONFIDENTIAL'], kl['STRICTLY_CONFIDENTIAL']))
    print('\ntop-level content types:', dict(c_top.most_common()))
    print('leaf part types:', dict(c_leaf.most_common()))
    print('text charsets:', dict(c_cs.most_common()))
    print('transfer encodings:', dict(c_cte.most_common()))
    print('attachment files by type (incl. ZIP members):', dict(kinds.most_common()))
    print('\nCHECK ' + ('OK' if ok else 'FAILED'))
    return ok


def main():
    if '--check' in sys.argv:
        sys.exit(0 if check() else 1)
    write()


# ===========================================================================
# MAILS
# ===========================================================================

# Extra people of the insurer who appear only in a few mails
WEBER = P('Jonas', 'Weber', 'jonas.weber', 'Firmenkunden Sach/HUK', 'Commercial Lines', '1730')
KRAUSE = P('Dominik', 'Krause', 'dominik.krause', 'Kraftfahrt Firmenkunden / Flotten',
           'Motor Fleet Underwriting', '5020')

# Partners that write often
NGR = 'northgate-re.example'
GLOBE = 'globecare-assist.example'
WAYF = 'wayfarer-assist.example'
HARB = 'harbourline-uw.example'

SIG_WESER = """\
Heike Brandl
Personalabteilung / Entgeltabrechnung
Weserhütte Anlagenbau GmbH
Am Hafen 17 · 34346 Hann. Münden
Tel. 05541 90 33-214
Geschäftsführer: Carsten Kühl · AG Göttingen HRB 220815"""

SIG_CARRINGTON = """\
Daniel Okafor
Senior Consultant, International Benefits
Carrington Global Benefits Ltd
14 Lime Street, London EC3M 7AN
T +44 20 7946 0321 | carrington-gb.example
Authorised and regulated by the Financial Conduct Authority (fictitious FRN 998877)"""

SIG_HELIX = """\
Rebecca Stanton
Global Mobility & Reward
Helix Biotech Ltd
Granta Park, Cambridge CB21 6GP, United Kingdom
+44 1223 496 0417"""

SIG_NGR_JW = """\
James Whitfield
Senior Treaty Underwriter, Life & Health
Northgate Reinsurance SE · Frankfurt Branch
Taunusanlage 31 · 60325 Frankfurt am Main
+49 69 2475 3318 | james.whitfield@northgate-re.example"""

# ---------------------------------------------------------------------------
# Group pensions, group accident, employer lists
# ---------------------------------------------------------------------------

add('weser-dv-zugaenge', 'STRICTLY_CONFIDENTIAL', 'de', 'company-to-insurer',
    'employer list of named employees joining direct-insurance pension (life) with birth dates and salaries, only in the XLSX; body says only "anbei"',
    frm=('Heike Brandl', 'h.brandl@weserhuette.example'), to=[ARENDT.addr],
    subject='Zugänge Direktversicherung 04/2026',
    date='2026-04-02 10:14', mailer='Microsoft Outlook 16.0',
    body="""Hallo Herr Arendt,

anbei die Zugänge für April.

Viele Grüße
H. Brandl

--
""" + SIG_WESER,
    atts=[xlsx('Zugaenge_DV_2026-04.xlsx', [('Zugänge April', [
        ['Pers.-Nr.', 'Name', 'Vorname', 'geb. am', 'Eintritt', 'Bruttojahresgehalt EUR',
         'Entgeltumwandlung mtl. EUR', 'AG-Zuschuss 15 %', 'Tarif'],
        ['10417', 'Petrović', 'Marko', datetime.date(1994, 7, 21), datetime.date(2026, 4, 1), 52800, 200, 30, 'DV-Klassik Plus'],
        ['10421', 'Hofmeister', 'Julia', datetime.date(1988, 11, 3), datetime.date(2026, 4, 1), 61250, 302, 45.3, 'DV-Klassik Plus'],
        ['10422', 'Achterberg', 'Lukas', datetime.date(2001, 2, 14), datetime.date(2026, 4, 1), 38400, 100, 15, 'DV-Fonds'],
        ['10425', 'Oyelaran', 'Temitope', datetime.date(1979, 9, 30), datetime.date(2026, 4, 15), 74900, 338, 50.7, 'DV-Klassik Plus'],
        ['10426', 'Scholz-Berger', 'Anne', datetime.date(1991, 5, 8), datetime.date(2026, 4, 15), 44100, 150, 22.5, 'DV-Fonds'],
    ])], author='Heike Brandl')])

add('lindner-gu-meldung', 'STRICTLY_CONFIDENTIAL', 'de', 'company-to-insurer',
    'group accident insurance: named employees with birth dates in a windows-1252 CSV (accident = personal line), one on parental leave',
    frm=('Gabi Lindner', 'g.lindner@baeckerei-lindner.example'), to=[SCHENK.addr],
    subject='Gruppenunfall Vertrag KU-4410237 - Änderungen 1. Quartal',
    date='2026-03-27 16:42', mailer='Microsoft Outlook 16.0', charset='windows-1252',
    body="""Sehr geehrte Frau Schenk,

wie jedes Quartal die Änderungen zu unserer Gruppenunfallversicherung
(Vertrag KU-4410237) als Datei. Zwei neue Verkäuferinnen, ein neuer
Bäckergeselle, zwei Abgänge.

Frau Yıldız ist seit 01.03. in Elternzeit, soll aber versichert
bleiben - geht das so?

Mit freundlichen Grüßen
Gabi Lindner
Geschäftsführerin

Bäckerei Lindner GmbH & Co. KG
Kirchweg 4 · 34225 Baunatal
Tel. 0561 49 12 70
""".replace('ı', 'i'),
    atts=[csvf('GU_Aenderungen_Q1_2026.csv', [
        ['Art', 'Name', 'Vorname', 'Geb.-Datum', 'Taetigkeit', 'Gefahrengruppe', 'ab'],
        ['Zugang', 'Krämer', 'Denise', '12.06.2003', 'Verkauf Filiale Baunatal', 'A', '01.01.2026'],
        ['Zugang', 'Sommer', 'Paula', '28.10.1998', 'Verkauf Filiale Kassel-West', 'A', '15.01.2026'],
        ['Zugang', 'Haddad', 'Yusuf', '03.04.1996', 'Backstube', 'B', '01.02.2026'],
        ['Abgang', 'Wiegand', 'Torsten', '19.12.1971', 'Fahrer Auslieferung', 'B', '31.01.2026'],
        ['Abgang', 'Brandt', 'Melanie', '07.07.1985', 'Verkauf Filiale Baunatal', 'A', '28.02.2026'],
        ['Änderung', 'Yildiz', 'Serap', '22.08.1992', 'Verkauf - Elternzeit ab 01.03.2026', 'A', '01.03.2026'],
    ], encoding='windows-1252', maintype='application', subtype='vnd.ms-excel')])

add('quellwerk-bkv-vorlage', 'NORMAL', 'de', 'insurer-to-company',
    'trap: blank enrolment template for company health insurance, only a placeholder example row "Max Mustermann (Beispiel)"',
    frm=KESSLER.addr, to=[('Lisa Tran', 'lisa.tran@quellwerk.example')],
    subject='Vorlage Meldeliste betriebliche Krankenversicherung',
    date='2026-02-09 11:05',
    body="""Sehr geehrte Frau Tran,

wie telefonisch besprochen erhalten Sie unsere Vorlage für die Meldung der
Mitarbeitenden zur betrieblichen Krankenversicherung (Tarif bKV Budget 600).

Bitte tragen Sie je Person eine Zeile ein und löschen Sie die Beispielzeile.
Die ausgefüllte Liste senden Sie uns bitte nicht per normaler E-Mail, sondern
über unser SecureMail-Postfach – den Zugang richten wir Ihnen gern ein.

Gesundheitsfragen stellen wir bei der bKV nicht.

""" + KESSLER.sig(),
    atts=[xlsx('Meldeliste_bKV_Vorlage_2026.xlsx', [('Meldeliste', [
        ['Personalnummer', 'Name', 'Vorname', 'Geburtsdatum', 'Geschlecht', 'Eintrittsdatum',
         'Tarif', 'Beginn Versicherungsschutz', 'Bemerkung'],
        ['00000', 'Mustermann', 'Max', '01.01.1980', 'm', '01.01.2020', 'bKV Budget 600',
         '01.03.2026', 'BEISPIEL - bitte überschreiben'],
    ]), ('Hinweise', [
        ['Feld', 'Erläuterung'],
        ['Geburtsdatum', 'TT.MM.JJJJ'],
        ['Tarif', 'bKV Budget 300 / bKV Budget 600 / bKV Budget 900'],
        ['Beginn', 'immer der Monatserste'],
    ])])])

add('carrington-census', 'NORMAL', 'en', 'broker-to-insurer',
    'trap: request for a group health quote with an anonymised census (age bands, gender, counts only)',
    frm=('Daniel Okafor', 'd.okafor@carrington-gb.example'), to=[DEMIR.addr],
    subject='RFQ - International Health Plan for Aurelio Robotics (census attached)',
    date='2026-05-11 09:37', tz='+0100', mailer='Microsoft Outlook 16.0', cte='7bit', charset='us-ascii',
    body="""Dear Elif,

Aurelio Robotics GmbH are reviewing their international medical cover for
assignees and local hires outside Germany. Current carrier renews 1 August.
Census attached - it is grouped by age band only, as the client will not
release individual data at quotation stage.

Requested: Plan "Global Premium", area of cover worldwide excl. USA,
outpatient and dental included, maternity for all female members,
deductible EUR 0. Please also quote an option with USA cover for the
5 members who travel there regularly.

Claims experience for the last 3 years: total paid EUR 412k, no single
claim above EUR 60k. The incumbent's report is expected next week.

Could you let me have indicative terms by 25 May?

Best regards
Daniel

""" + SIG_CARRINGTON,
    atts=[xlsx('Aurelio_census_by_ageband.xlsx', [('Census', [
        ['Age band', 'Employees male', 'Employees female', 'Spouses', 'Children', 'Region'],
        ['0-17', 0, 0, 0, 31, 'Asia / Middle East'],
        ['18-29', 6, 4, 1, 2, 'Asia / Middle East'],
        ['30-39', 14, 9, 11, 0, 'Asia / Middle East'],
        ['40-49', 11, 5, 9, 0, 'Asia / Middle East'],
        ['50-59', 7, 2, 5, 0, 'Asia / Middle East'],
        ['60-64', 2, 0, 1, 0, 'Asia / Middle East'],
        ['Total', 40, 20, 27, 33, ''],
    ])], author='Carrington Global Benefits')])

add('helix-uw-decisions', 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker',
    'underwriting decisions with pre-existing condition exclusions for two named expat members, in the PDF; body names them without medical words',
    frm=DEMIR.addr, to=[('Daniel Okafor', 'd.okafor@carrington-gb.example')],
    subject='Helix Biotech - underwriting outcome for late joiners',
    date='2026-03-18 14:20', cte='quoted-printable',
    body="""Dear Daniel,

our medical underwriting for the two late joiners under the Helix Biotech
scheme (policy KK-870-300415) is complete. Both members can be accepted
from 1 April; the individual terms are set out in the attached letter:

- Mr Graham Pettigrew (member KIH-300415-07)
- Ms Sunita Raghavan (member KIH-300415-08)

Please pass the letter on to Helix HR only in a secure way - it contains
the exclusions in full.

""" + DEMIR.sig('en'),
    atts=[pdf('Helix_late_joiners_underwriting_2026-03.pdf', [
        'Kranichsee Krankenversicherung AG - International Health',
        'Scheme: Helix Biotech Ltd, policy KK-870-300415',
        '',
        ('h', 'Member KIH-300415-07 - Graham Pettigrew, born 02/09/1968'),
        'Declared: type 2 diabetes since 2019 (metformin 1000 mg twice daily), HbA1c 7.4 % in January 2026.',
        'Decision: accepted with exclusion of diabetes and its complications (retinopathy, nephropathy, '
        'neuropathy) for 24 months; review on written request with current HbA1c thereafter.',
        '',
        ('h', 'Member KIH-300415-08 - Sunita Raghavan, born 17/01/1990'),
        'Declared: arthroscopic repair of the left medial meniscus in 2023, full recovery, no ongoing treatment.',
        'Decision: accepted at standard terms, no exclusion.',
        '',
        'Kranichsee Krankenversicherung AG, Medical Underwriting, 18 March 2026',
    ], title='Underwriting decisions - late joiners')])

add('nordhessen-fuhrpark-fahrer', 'CONFIDENTIAL', 'de', 'broker-to-insurer',
    'fleet motor: list of named drivers with birth dates and licence dates in an XLSX (no health)',
    frm=('Dennis Fahrenholz', 'd.fahrenholz@am-nordhessen.example'), to=[KRAUSE.addr],
    cc=[POHL.addr],
    subject='Flotte Spedition Kaltenbach - Fahrerliste für Umstellung auf Fahrerbindung',
    date='2026-06-03 08:51', mailer='Microsoft Outlook 16.0',
    body="""Guten Morgen Herr Krause,

wie besprochen möchte Kaltenbach die Flotte (KF-5502871-0, 23 Fahrzeuge)
ab 01.07. auf den Fahrerbindungs-Tarif umstellen. Anbei die Fahrerliste,
die Herr Rasch aus der Disposition geschickt hat. Die drei Fahrer unter
25 sind markiert, die sollen nur die Sprinter fahren.

Bitte um ein Angebot bis Mitte Juni.

Beste Grüße
Dennis Fahrenholz

Assekuranzmakler Nordhessen GmbH
Friedrich-Ebert-Straße 88 · 34119 Kassel
Tel. 0561 310 44 20 · IHK-Registernr. D-ABCD-EFGHI-12 (fiktiv)
""",
    atts=[xlsx('Kaltenbach_Fahrerliste_2026-06.xlsx', [('Fahrer', [
        ['Nr', 'Name', 'Vorname', 'Geburtsdatum', 'Führerschein seit', 'Klassen', 'Fahrzeuggruppe', 'unter 25'],
        [1, 'Rasch', 'Uwe', '11.02.1969', '1987', 'B, C, CE', 'Sattelzug', ''],
        [2, 'Gerlach', 'Sven', '30.06.1975', '1994', 'B, C, CE', 'Sattelzug', ''],
        [3, 'Dimitrov', 'Plamen', '04.12.1983', '2005', 'B, C, CE', 'Sattelzug', ''],
        [4, 'Köhler', 'Nico', '17.09.2002', '2020', 'B', 'Sprinter', 'x'],
        [5, 'Tasdelen', 'Emre', '25.03.2003', '2021', 'B', 'Sprinter', 'x'],
        [6, 'Vogt', 'Sandra', '09.08.1990', '2009', 'B, C1', '7,5 t', ''],
        [7, 'Nowicki', 'Pawel', '14.01.1979', '1998', 'B, C, CE', 'Sattelzug', ''],
        [8, 'Lemke', 'Jannik', '02.05.2001', '2019', 'B', 'Sprinter', 'x'],
        [9, 'Fuchs', 'Bernd', '21.10.1964', '1983', 'B, C, CE', 'Sattelzug', ''],
    ])], author='Spedition Kaltenbach GmbH')])

add('gu-beitragstabelle', 'NORMAL', 'de', 'insurer-to-broker',
    'trap: price list for group accident insurance (premium per person by risk class and sum insured), no person',
    frm=POHL.addr, to=[('Maklerverteiler Nord', 'makler-nord@' + D)],
    subject='Neue Beitragstabelle Gruppenunfall ab 01.04.2026',
    date='2026-03-02 07:45',
    body="""Liebe Vertriebspartnerinnen und Vertriebspartner,

ab dem 1. April gilt für das Neugeschäft in der Gruppenunfallversicherung
die beigefügte Beitragstabelle. Die Beiträge sinken in Gefahrengruppe A
um rund 6 %, die Progression 350 % ist jetzt Standard.

Bestandsverträge werden zur Hauptfälligkeit umgestellt, Sie müssen nichts
tun. Rückfragen gern an mich oder Ihre Ansprechpartnerin im Innendienst.

""" + POHL.sig(),
    atts=[pdf('Beitragstabelle_Gruppenunfall_2026-04.pdf', [
        'Gruppenunfallversicherung GU-Kompakt, Tarif 2026, Jahresbeitrag je versicherte Person in EUR',
        '(inkl. 19 % Versicherungsteuer), Progression 350 %, weltweiter Schutz rund um die Uhr',
        '',
        ('t', [['Invaliditäts-Grundsumme', 'Todesfall', 'Gefahrengruppe A', 'Gefahrengruppe B', 'Kinder'],
               ['50.000 EUR', '10.000 EUR', '58,90', '97,40', '-'],
               ['100.000 EUR', '20.000 EUR', '109,20', '181,60', '-'],
               ['150.000 EUR', '25.000 EUR', '158,70', '264,90', '-'],
               ['200.000 EUR', '30.000 EUR', '207,50', '348,10', '-']], [40, 30, 32, 32, 20]),
        'Gefahrengruppe A: kaufmännische und verwaltende Tätigkeiten; B: körperliche oder handwerkliche Tätigkeiten.',
        'Ab 10 versicherten Personen 10 % Gruppennachlass, ab 50 Personen 15 %.',
        'Optionale Bausteine: Unfall-Krankenhaustagegeld 20 EUR (+12,40 EUR), Bergungskosten 25.000 EUR (+3,10 EUR).',
    ], title='Beitragstabelle Gruppenunfall - gültig ab 01.04.2026')])

add('weser-dv-uebersicht', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
    'overview of named employees\' life/pension contracts with contract numbers and contributions in an ODS; body mentions one leaver made paid-up',
    frm=ARENDT.addr, to=[('Heike Brandl', 'h.brandl@weserhuette.example')],
    subject='AW: Bestandsübersicht Direktversicherung zum Jahresabschluss',
    date='2026-01-21 15:32', in_reply_to='weser-bestand|weserhuette.example',
    body="""Hallo Frau Brandl,

anbei die gewünschte Bestandsübersicht zum 31.12.2025 für Ihre
Direktversicherungen, diesmal als ODS, weil Ihr Steuerbüro das so wollte.

Zwei Hinweise:
- Herr Petrović (alt, Vertrag KL-20418837) ist zum 31.01. ausgeschieden;
  der Vertrag wird beitragsfrei gestellt, er kann ihn privat fortführen.
- Bei Frau Oyelaran fehlt uns noch die unterschriebene
  Entgeltumwandlungsvereinbarung.

""" + ARENDT.sig() + """

-----Ursprüngliche Nachricht-----
Von: Heike Brandl <h.brandl@weserhuette.example>
Gesendet: Montag, 19. Januar 2026 09:02
An: Arendt, Tobias
Betreff: Bestandsübersicht Direktversicherung zum Jahresabschluss

Hallo Herr Arendt, können Sie uns für den Jahresabschluss wieder die
Übersicht aller Verträge schicken? Danke! H. Brandl
""",
    atts=[ods('Weserhuette_DV_Bestand_2025-12-31.ods', [('Bestand', [
        ['Vertrag', 'Name', 'Vorname', 'Beginn', 'Beitrag mtl. EUR', 'davon AG EUR', 'Status', 'Deckungskapital EUR'],
        ['KL-20418837', 'Petrović', 'Dragan', '01.03.2014', 150, 22.5, 'aktiv (Austritt 31.01.2026)', 21877.40],
        ['KL-20420115', 'Kühl', 'Carsten', '01.01.2012', 338, 50.7, 'aktiv', 61204.15],
        ['KL-20433902', 'Brandl', 'Heike', '01.07.2016', 200, 30, 'aktiv', 23180.92],
        ['KL-20451176', 'Morawski', 'Ewa', '01.10.2019', 120, 18, 'aktiv', 8911.33],
        ['KL-20477830', 'Feldkamp', 'Ingo', '01.04.2021', 250, 37.5, 'beitragsfrei seit 01.06.2025', 9402.87],
        ['KL-20480011', 'Oyelaran', 'Temitope', '01.04.2026', 338, 50.7, 'Antrag', 0],
    ])], author='Kranichsee Lebensversicherung AG')])

add('quellwerk-vsv-gehaelter', 'CONFIDENTIAL', 'de', 'company-to-insurer',
    'fidelity insurance renewal: named employees with signing authority and annual salaries in an XLSX (no health, not a personal line)',
    frm=('Lisa Tran', 'lisa.tran@quellwerk.example'), to=[WEBER.addr],
    subject='Vertrauensschadenversicherung - Fragebogen Verlängerung + Liste',
    date='2026-10-06 13:18', mailer='Microsoft Outlook 16.0',
    body="""Hallo Herr Weber,

anbei der ausgefüllte Fragebogen für die Verlängerung unserer
Vertrauensschadenversicherung (KS 61-2290417) und die gewünschte Liste der
Mitarbeitenden mit Bank- bzw. Zahlungsvollmacht inkl. Jahresgehalt.

Neu ist Frau Winkler in der Buchhaltung, dafür hat Herr Seifert keine
Vollmacht mehr.

Freundliche Grüße
Lisa Tran
Personal & Finanzen
Quellwerk Software GmbH · Ständeplatz 3 · 34117 Kassel
AG Kassel HRB 18203 · GF: Dr. Amir Haddad, Nina Lorenzen
""",
    atts=[xlsx('VSV_Vollmachten_Quellwerk_2026.xlsx', [('Vollmachten', [
        ['Name', 'Funktion', 'Vollmacht', 'Einzel-/Gesamtvertretung', 'Jahresgehalt brutto EUR', 'seit'],
        ['Dr. Amir Haddad', 'Geschäftsführer', 'Bank, Zahlungen unbegrenzt', 'einzeln', 168000, '2014'],
        ['Nina Lorenzen', 'Geschäftsführerin', 'Bank, Zahlungen unbegrenzt', 'einzeln', 159000, '2017'],
        ['Lisa Tran', 'Leitung Personal & Finanzen', 'Zahlungen bis 50.000 EUR', 'gemeinsam', 82500, '2019'],
        ['Katrin Winkler', 'Buchhaltung', 'Zahlungen bis 10.000 EUR', 'gemeinsam', 51200, '2026'],
        ['Matthias Albers', 'Einkauf', 'Bestellungen bis 25.000 EUR', 'gemeinsam', 64800, '2021'],
    ]), ('Fragebogen', [
        ['Frage', 'Antwort'],
        ['Anzahl Mitarbeitende', 87],
        ['Vier-Augen-Prinzip bei Zahlungen', 'ja, ab 1.000 EUR'],
        ['Schäden in den letzten 5 Jahren', 'keine'],
        ['Externe Jahresabschlussprüfung', 'ja'],
    ])], author='Lisa Tran')])

add('arendt-team-verschoben', 'NORMAL', 'de', 'internal',
    'plain organisational one-liner, no personal data',
    frm=ARENDT.addr, to=[('Team bAV', 'team-bav@' + D)],
    subject='Teamrunde Donnerstag -> Freitag 9 Uhr',
    date='2026-02-25 17:03', cte='8bit',
    body="""Hallo zusammen,

die Teamrunde am Donnerstag fällt aus, wir treffen uns stattdessen am
Freitag um 9 Uhr in 3.14. Themen wie gehabt, plus kurz der Stand zur
Umstellung der Angebotssoftware.

Tobias
""")

add('helix-enrolment', 'STRICTLY_CONFIDENTIAL', 'en', 'company-to-insurer',
    'employer enrolment list for international health cover: named members and dependants with dates of birth, incl. a newborn; body says only "see attached"',
    frm=('Rebecca Stanton', 'rebecca.stanton@helix-bio.example'), to=[DEMIR.addr],
    subject='Helix - monthly adds/deletes May 2026', date='2026-05-04 10:02', tz='+0100',
    cte='7bit', charset='us-ascii', mailer='Microsoft Outlook 16.0',
    body="""Hi Elif,

see attached.

Thanks,
Rebecca

""" + SIG_HELIX,
    atts=[xlsx('Helix_adds_deletes_2026-05.xlsx', [('Movements', [
        ['Action', 'Member ID', 'Surname', 'First name', 'Relationship', 'DOB', 'Nationality',
         'Host country', 'Plan', 'Effective'],
        ['ADD', '', 'Lindqvist', 'Erik', 'Employee', '1986-03-12', 'SE', 'Singapore', 'Global Premium', '2026-05-01'],
        ['ADD', '', 'Lindqvist', 'Maja', 'Spouse', '1988-10-29', 'SE', 'Singapore', 'Global Premium', '2026-05-01'],
        ['ADD', 'KIH-300415-04', 'Achebe', 'Kamsi', 'Child', '2026-04-19', 'GB', 'UAE', 'Global Premium', '2026-04-19'],
        ['DELETE', 'KIH-300415-02', 'Morrison', 'Alan', 'Employee', '1971-06-02', 'GB', 'Singapore', 'Global Premium', '2026-04-30'],
        ['DELETE', 'KIH-300415-03', 'Morrison', 'Fiona', 'Spouse', '1973-01-15', 'GB', 'Singapore', 'Global Premium', '2026-04-30'],
    ])], author='Rebecca Stanton')])

add('globecare-benefit-schedule', 'NORMAL', 'en', 'insurer-to-partner',
    'trap: product benefit schedule with maternity, psychiatric and chronic-condition limits, no person',
    frm=DEMIR.addr, to=[('Siobhan Murphy', 'siobhan.murphy@' + GLOBE)],
    cc=[('GlobeCare Claims Ops', 'claims.ops@' + GLOBE)],
    subject='Benefit schedule 2026 - International Health Plan (please load)',
    date='2026-01-14 13:40',
    body="""Dear Siobhan,

attached is the final 2026 benefit schedule for our three International
Health Plan levels. Please load it to your claims system before 1 February.
Changes against 2025 are marked "new" in the document:

- psychiatric inpatient limit raised to 60 days per policy year
- maternity waiting period reduced from 12 to 10 months
- new: digital second medical opinion, unlimited

Thank you!

""" + DEMIR.sig('en'),
    atts=[pdf('IHP_Benefit_Schedule_2026.pdf', [
        'International Health Plan - Table of Benefits 2026 (all amounts per member and policy year)',
        '',
        ('t', [['Benefit', 'Essential', 'Classic', 'Global Premium'],
               ['Overall annual limit', 'EUR 1,000,000', 'EUR 2,500,000', 'EUR 5,000,000'],
               ['Inpatient & day-patient', '100 %', '100 %', '100 %'],
               ['Psychiatric inpatient (new: 60 days)', '30 days', '60 days', '60 days'],
               ['Outpatient consultations', 'not covered', '80 %', '100 %'],
               ['Maternity (waiting period 10 months)', 'complications only', 'EUR 8,000', 'EUR 15,000'],
               ['Chronic conditions', 'EUR 10,000', 'EUR 25,000', 'full cover'],
               ['Dental treatment', 'not covered', '80 % up to EUR 2,000', '90 % up to EUR 4,000'],
               ['Medical evacuation', 'full cover', 'full cover', 'full cover'],
               ['Second medical opinion (new)', 'unlimited', 'unlimited', 'unlimited']],
         [62, 34, 36, 38]),
        'Pre-existing conditions are covered only if declared and accepted in writing.',
        'Kranichsee Krankenversicherung AG, January 2026',
    ], title='International Health Plan - Benefit Schedule 2026')])

add('helix-business-travellers', 'CONFIDENTIAL', 'en', 'company-to-insurer',
    'business travel (baggage/delay section): named travellers with passport numbers and trip dates in a UTF-8 CSV, no health',
    frm=('Tom Greaves', 'travel.desk@helix-bio.example'), to=[VOSS.addr],
    subject='Annual business travel policy - Q3 declaration of long trips',
    date='2026-07-06 11:26', tz='+0100', cte='7bit', charset='us-ascii',
    body="""Hello Henrik,

as required under section 4 of the annual business travel policy
(KS 73-5521804) please find the declaration of trips longer than 31 days
planned for Q3 attached.

Two of the Shanghai trips may still move by a week - I will let you know.

Kind regards
Tom Greaves
Travel Desk, Helix Biotech Ltd
""",
    atts=[csvf('helix_long_trips_Q3_2026.csv', [
        ['traveller', 'employee_no', 'passport_no', 'destination', 'depart', 'return', 'purpose'],
        ['Priya Natarajan', 'H-2291', 'P5518830', 'Shanghai, CN', '2026-07-13', '2026-09-04', 'site transfer'],
        ['Martin Kowalczyk', 'H-1854', 'EM4471260', 'Shanghai, CN', '2026-07-13', '2026-08-28', 'site transfer'],
        ['Oluwaseun Bakare', 'H-3017', 'B09328851', 'Boston, US', '2026-08-03', '2026-10-16', 'secondment'],
        ['Claire Dubois', 'H-2560', '21CF88104', 'Basel, CH', '2026-09-01', '2026-11-27', 'audit'],
    ], delimiter=',')])

add('weser-mail-bu-psychosomatik', 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'one-line internal forward; the attached message/rfc822 from an employee states a six-week psychosomatic clinic stay',
    frm=ARENDT.addr, to=[HARTUNG.addr],
    subject='WG: Frage zur BU-Zusatzversicherung über die Firma',
    date='2026-04-14 12:08',
    body="""Hallo Herr Dr. Hartung,

können Sie kurz draufschauen? Die Mail des Mitarbeiters hängt an. Reicht
die vereinfachte Gesundheitsprüfung aus dem Rahmenvertrag hier noch?

Danke und Gruß
Tobias Arendt
""",
    atts=[fwd('Frage zur BU-Zusatzversicherung.eml', inner(
        'weser-bu-psy', ('Ingo Feldkamp', 'ingo.feldkamp@weserhuette.example'), ARENDT.addr,
        'Frage zur BU-Zusatzversicherung über die Firma', '2026-04-13 19:44',
        """Sehr geehrter Herr Arendt,

Frau Brandl hat mir gesagt, dass ich über den Rahmenvertrag eine
BU-Zusatzversicherung zu meiner Direktversicherung (KL-20477830) abschließen
kann, nur mit drei Gesundheitsfragen.

Ich war 2024 sechs Wochen in einer psychosomatischen Klinik in Bad Arolsen
(Erschöpfungsdepression), seitdem arbeite ich wieder voll und nehme seit
Herbst keine Medikamente mehr. Muss ich das angeben, wenn nur nach den
letzten zwölf Monaten gefragt wird? Ich will da nichts falsch machen.

Vielen Dank und viele Grüße
Ingo Feldkamp
Konstruktion, Weserhütte Anlagenbau
""", mailer='Microsoft Outlook 16.0'))])

add('bav-rechengroessen-2026', 'NORMAL', 'de', 'insurer-to-company',
    'trap: generic bAV figures for 2026 (contribution ceiling, tax-free limits, salary thresholds), no person',
    frm=ARENDT.addr, to=[('Heike Brandl', 'h.brandl@weserhuette.example'),
                         ('Lisa Tran', 'lisa.tran@quellwerk.example')],
    subject='bAV-Rechengrößen 2026 auf einen Blick',
    date='2026-01-08 10:30',
    body="""Sehr geehrte Damen und Herren,

zum Jahresbeginn wie immer die wichtigsten Werte für die betriebliche
Altersversorgung 2026 (alle Beträge in Euro):

  Beitragsbemessungsgrenze RV (jährlich)          101.400
  steuerfrei nach § 3 Nr. 63 EStG (8 % BBG)        8.112
  davon sozialversicherungsfrei (4 % BBG)          4.056
  Geringverdiener-Förderbetrag, Einkommensgrenze   2.575 mtl.
  Mindestbeitrag Entgeltumwandlung                   295,75 jährlich

Ein Beispiel: Bei einem Bruttomonatsgehalt von 4.000 Euro und 200 Euro
Entgeltumwandlung sinkt das Netto nur um rund 105 Euro (Steuerklasse I,
ohne Kirchensteuer). Eine Rechnung für Ihre Mitarbeitenden erstellen wir
Ihnen gern individuell.

""" + ARENDT.sig())

add('lindner-konto-firma', 'NORMAL', 'de', 'company-to-insurer',
    'trap: company (GmbH & Co. KG) changes its own bank account for premium collection - no natural person\'s bank data',
    frm=('Gabi Lindner', 'g.lindner@baeckerei-lindner.example'), to=[KUEHN.addr],
    subject='Neue Bankverbindung Bäckerei Lindner für alle Verträge',
    date='2026-08-17 07:12', charset='iso-8859-1', cte='quoted-printable',
    body="""Guten Morgen Herr Kühn,

wir haben unsere Hausbank gewechselt. Bitte buchen Sie die Beiträge für
alle Verträge der Firma (Betriebshaftpflicht, Inhalt, Gruppenunfall) ab
September von folgendem Konto ab:

Kontoinhaber: Bäckerei Lindner GmbH & Co. KG
IBAN: DE43 5206 0410 7732 6135 12
BIC: GENODEF1EK1

Das neue SEPA-Firmenlastschriftmandat hat Ihr Außendienst letzte Woche
mitgenommen.

Mit freundlichen Grüßen
Gabi Lindner
Geschäftsführerin
Bäckerei Lindner GmbH & Co. KG · Kirchweg 4 · 34225 Baunatal
AG Kassel HRA 9912
""")

add('quellwerk-kt-au-zeiten', 'STRICTLY_CONFIDENTIAL', 'de', 'company-to-insurer',
    'group daily sickness allowance: sick-leave periods of named employees in a CSV, no diagnosis word in the body',
    frm=('Lisa Tran', 'lisa.tran@quellwerk.example'), to=[KESSLER.addr],
    subject='Gruppen-KT Quellwerk - Meldung Zeiten ohne Entgeltfortzahlung',
    date='2026-09-02 09:47', mailer='Microsoft Outlook 16.0',
    body="""Sehr geehrte Frau Keßler,

anbei wie vereinbart die Zeiten, für die bei zwei Kolleginnen und einem
Kollegen die Entgeltfortzahlung ausgelaufen ist, damit das Krankentagegeld
aus dem Gruppenvertrag (KK-611-204480) anlaufen kann. Die Bescheinigungen
schicken die drei Ihnen direkt.

Freundliche Grüße
Lisa Tran
Quellwerk Software GmbH
""",
    atts=[csvf('KT_Meldung_2026-08.csv', [
        ['Personalnr', 'Name', 'arbeitsunfähig seit', 'Ende Entgeltfortzahlung', 'voraussichtlich bis', 'Nettogehalt mtl.'],
        ['Q-0112', 'Albers, Matthias', '08.07.2026', '18.08.2026', '30.09.2026', '3.412,00'],
        ['Q-0187', 'Kirchner, Johanna', '01.07.2026', '11.08.2026', 'offen', '2.986,50'],
        ['Q-0203', 'Yilmaz, Derya', '15.07.2026', '25.08.2026', '14.09.2026', '3.105,80'],
    ], encoding='utf-8')])

add('ngr-group-life-experience', 'NORMAL', 'en', 'reinsurer-to-insurer',
    'trap: reinsurer experience study with claim counts by age band and cause of death, aggregated, no person',
    frm=('James Whitfield', 'james.whitfield@' + NGR), to=[WOLTERS.addr], cc=[FELDMANN.addr],
    subject='Group life quota share - experience study 2021-2025',
    date='2026-04-22 16:05', cte='quoted-printable',
    body="""Dear Sabine,

as discussed at the treaty meeting, attached is our experience study for
the group life quota share (NGR-GL-QS-2021). Actual-to-expected is 84 %
over five years, with 2025 slightly above trend due to three cardiovascular
claims in the 50-59 band. Cancer remains the largest cause by amount.

No individual claim data is included, only bands with at least five
lives; smaller cells are merged.

Happy to walk Marc through the methodology.

Best regards
James

""" + SIG_NGR_JW,
    atts=[xlsx('NGR_GL_QS_experience_2021-2025.xlsx', [
        ('A-E by age band', [
            ['Age band', 'Exposure (life years)', 'Actual claims', 'Expected claims', 'A/E'],
            ['18-29', 41210, 3, 5.1, 0.59], ['30-39', 52877, 9, 11.4, 0.79],
            ['40-49', 48302, 21, 24.8, 0.85], ['50-59', 39950, 52, 58.3, 0.89],
            ['60-67', 12145, 31, 38.0, 0.82]]),
        ('By cause', [
            ['Cause group', 'Claims', 'Share of amount'],
            ['Neoplasms (C00-D48)', 49, '44 %'], ['Circulatory (I00-I99)', 31, '27 %'],
            ['External causes / accidents', 14, '13 %'], ['Other / merged', 22, '16 %']]),
    ], author='Northgate Reinsurance SE')])

add('ngr-gl-claim-notice', 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-reinsurer',
    'group life claim notification above retention: named deceased employee, date of birth and cause of death in the PDF',
    frm=WOLTERS.addr, to=[('Priya Raman', 'priya.raman@' + NGR)], cc=[NOWAK.addr],
    subject='NGR-GL-QS-2021 - claim notification above retention, ref. L-2026-000318',
    date='2026-06-29 14:55',
    body="""Dear Priya,

please find attached our notification of a death claim under the group life
quota share which exceeds our retention. Scheme: Weserhütte Anlagenbau GmbH.

Our payment to the beneficiaries is scheduled for 10 July; your share
(40 % of the excess) will be included in the Q3 account unless you want to
review the file before. Medical documents are available on request via our
secure portal.

""" + WOLTERS.sig('en'),
    atts=[pdf('Claim_notification_L-2026-000318.pdf', [
        'Cedant: Kranichsee Lebensversicherung AG   Treaty: NGR-GL-QS-2021   Claim ref.: L-2026-000318',
        'Scheme: Weserhütte Anlagenbau GmbH, group life policy KL-GR-5530',
        '',
        ('t', [['Field', 'Value'],
               ['Insured', 'Carsten Kühl'],
               ['Date of birth', '23/05/1966'],
               ['Date of death', '14/06/2026'],
               ['Cause of death', 'acute myocardial infarction (I21.0)'],
               ['Place', 'Klinikum Bergstadt, Kassel'],
               ['Sum assured', 'EUR 650,000'],
               ['Retention', 'EUR 250,000'],
               ['Reinsured excess', 'EUR 400,000 - NGR share 40 % = EUR 160,000']], [50, 110]),
        'Death certificate and hospital report received 22/06/2026. No exclusions apply; policy in force since 2012.',
    ], title='Claim notification - amount above retention')])

add('hughes-iban-hausrat', 'CONFIDENTIAL', 'en', 'customer-to-insurer',
    'customer (expat in Germany) gives new IBAN for his household contents policy',
    frm=('Daniel Hughes', 'dan.hughes@mailbox.example'), to=[('Kundenservice', 'service@' + D)],
    subject='Change of bank account - policy KS 40-1187263',
    date='2026-05-19 21:14', cte='7bit', charset='us-ascii', mailer='UA:Mozilla Thunderbird',
    body="""Hello,

I have moved my salary account to another bank. Please collect the
premium for my contents insurance (policy KS 40-1187263) from

Account holder: Daniel Hughes
IBAN: DE20 3704 0044 3678 8962 93

from June onwards. The old account at the Sparkasse will be closed at the
end of June. Do you need a new direct debit mandate signed?

Also, my address is still Goethestrasse 41, 34119 Kassel - no change there.

Thanks and best wishes,
Dan Hughes
""")

# ---------------------------------------------------------------------------
# Health insurance: bills, letters, forms, exports
# ---------------------------------------------------------------------------

add('vollmer-klinikrechnung', 'STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
    'hospital invoice (DRG, diagnosis, stay) of a named insured only in the PDF; body is two lines with the policy number',
    frm=('Renate Vollmer', 'renate.vollmer@posteingang.example'), to=[('Leistung Kranken', 'leistung-kv@' + D)],
    subject='Rechnung Krankenhaus', date='2026-02-16 18:22', mailer='UA:Mozilla/5.0 (Android 14; Mobile) K-9 Mail',
    body="""anbei die Rechnung vom Krankenhaus. Vers.-Nr. KK-552-104877

Renate Vollmer
""",
    atts=[pdf('Rechnung_Klinikum_Bergstadt_2026-0214.pdf', [
        'Klinikum Bergstadt gGmbH - Patientenabrechnung - Mönchebergstraße 41 - 34125 Kassel',
        '',
        'Frau Renate Vollmer, Am Lindenberg 9, 34128 Kassel',
        'Patienten-Nr. 4471190   Fall-Nr. 26-008815   Aufnahme 27.01.2026   Entlassung 03.02.2026',
        'Wahlleistungen: Zweibettzimmer, Chefarztbehandlung',
        '',
        ('t', [['Position', 'Text', 'Betrag EUR'],
               ['DRG F62C', 'Herzinsuffizienz und Schock, ohne äußerst schwere CC', '4.812,36'],
               ['Hauptdiagnose', 'I50.13 Linksherzinsuffizienz mit Beschwerden bei leichter Belastung', ''],
               ['Nebendiagnose', 'E11.90 Diabetes mellitus Typ 2', ''],
               ['Zuschläge', 'Pflegeentgelt, Qualitätssicherung, Telematik', '1.904,10'],
               ['Wahlleistung', 'Zweibettzimmer 7 Tage à 79,00', '553,00'],
               ['Summe', '', '7.269,46']], [30, 110, 30]),
        'Zahlbar innerhalb von 30 Tagen. Die Rechnung über die Chefarztbehandlung erhalten Sie gesondert.',
    ], title='Rechnung Nr. R-26-0214-8815', author='Klinikum Bergstadt')])

add('hamann-arztbrief-scan', 'STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
    'image without text; only the file name says it is an orthopaedic knee letter about the sender',
    frm=('Rüdiger Hamann', 'r.hamann@webmail.example'), to=[KESSLER.addr],
    subject='Unterlagen', date='2026-03-09 07:58', mailer='UA:Mozilla/5.0 (iPhone) Mail',
    body="""Hallo Frau Keßler,

hier der Brief wie am Telefon besprochen.

Gruß R. Hamann

Von meinem iPhone gesendet
""",
    atts=[png('Arztbrief_DrVoigt_Knie_Hamann.png', 380, 520, seed=22)])

add('leistungsabrechnung-html', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'HTML-only benefit statement: table of a named insured\'s doctor, physiotherapy and pharmacy bills with a drug name',
    frm=('Kranichsee Krankenversicherung', 'leistungsabrechnung@' + D),
    to=[('Dieter Albrecht', 'dieter.albrecht@t-net.example')],
    subject='Ihre Leistungsabrechnung vom 12.05.2026 - Vertrag KK-552-231190',
    date='2026-05-12 05:10',
    html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Leistungsabrechnung</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Albrecht,</p>
<p>wir haben Ihre eingereichten Rechnungen geprüft und erstatten
<b>612,47&nbsp;€</b> auf Ihr bekanntes Konto (IBAN endet auf 6405).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde7f0"><th>Rechnungsdatum</th><th>Leistungserbringer</th><th>Leistung</th><th>Betrag</th><th>Erstattung</th></tr>
<tr><td>03.04.2026</td><td>Dr. med. Sophie Kranz, Dermatologie</td><td>Hautkrebsscreening, Exzision Naevus</td><td>284,12&nbsp;€</td><td>284,12&nbsp;€</td></tr>
<tr><td>17.04.2026</td><td>Physiopraxis Am Bergpark</td><td>6 x Krankengymnastik, Lendenwirbelsäule</td><td>198,00&nbsp;€</td><td>158,40&nbsp;€</td></tr>
<tr><td>22.04.2026</td><td>Löwen-Apotheke Kassel</td><td>Pantoprazol 40 mg, 98 St.</td><td>41,95&nbsp;€</td><td>41,95&nbsp;€</td></tr>
<tr><td>29.04.2026</td><td>Dr. med. Sophie Kranz, Dermatologie</td><td>Histologie-Befundbesprechung</td><td>128,00&nbsp;€</td><td>128,00&nbsp;€</td></tr>
</table>
<p>Bei Krankengymnastik erstatten wir tariflich 80&nbsp;%.</p>
<p>Mit freundlichen Grüßen<br>Ihre Kranichsee Krankenversicherung AG</p>
<p style="font-size:10px;color:#666">Kranichsee Krankenversicherung AG · Wilhelmshöher Allee 212 · 34119 Kassel ·
Amtsgericht Kassel HRB 7733 · Vorstand: Dr. Henrike Sauer (Vorsitzende), Aylin Kara</p>
</body></html>
""")

add('schweigepflicht-ausgefuellt', 'STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
    'disability claim named in the subject; the filled confidentiality release PDF adds her birth date, psychiatrist and day-clinic stay',
    frm=('Miriam Seeger', 'miriam.seeger@posteingang.example'), to=[NOWAK.addr],
    subject='AW: Ihre BU-Leistungsprüfung - Erklärung zurück',
    date='2026-06-08 20:31', in_reply_to='nowak-seeger-1|' + D,
    body="""Sehr geehrte Frau Nowak,

anbei die unterschriebene Erklärung zurück. Die Adresse von Frau Dr. Weiß
hat sich geändert, ich habe die neue eingetragen.

Viele Grüße
Miriam Seeger
""",
    atts=[pdf('Schweigepflichtentbindung_Seeger_unterschrieben.pdf', [
        'Kranichsee Lebensversicherung AG - Erklärung zur Entbindung von der Schweigepflicht (Einzelfall)',
        '',
        'Versicherte Person: Miriam Seeger     geboren am: 14.09.1983',
        'Vertrag: KL-31877204 (Berufsunfähigkeitsversicherung)     Leistungsfall: LB-26-000772',
        '',
        'Ich entbinde die folgenden Ärztinnen, Ärzte und Einrichtungen von der Schweigepflicht, soweit es um',
        'die Prüfung meines Antrags auf Leistungen wegen Berufsunfähigkeit geht:',
        '[x] Dr. med. Constanze Weiß, Fachärztin für Psychiatrie und Psychotherapie, Wolfsschlucht 12, 34117 Kassel',
        '[x] Dr. med. Paul Engelhardt, Allgemeinmedizin, Kölnische Straße 80, 34119 Kassel',
        '[x] Psychosomatische Tagesklinik am Habichtswald (Behandlung 10/2025 - 01/2026)',
        '[ ] weitere: ---',
        '',
        'Kassel, 08.06.2026                        Unterschrift: M. Seeger',
    ], title='Schweigepflichtentbindungserklärung', author='Miriam Seeger')])

add('schweigepflicht-blanko', 'NORMAL', 'de', 'insurer-to-broker',
    'trap: blank confidentiality-release form with empty fields, sent to a broker for his customers',
    frm=NOWAK.addr, to=[('Jens Ostermann', 'info@ostermann-finanz.example')],
    subject='Formular Schweigepflichtentbindung (neue Fassung)',
    date='2026-02-03 10:12',
    body="""Hallo Herr Ostermann,

Sie hatten nach der aktuellen Fassung unserer Schweigepflichtentbindung
gefragt. Anbei das leere Formular zum Ausdrucken. Ihre Kunden können es
auch direkt im Kundenportal digital unterschreiben.

""" + NOWAK.sig(),
    atts=[pdf('Schweigepflichtentbindung_Formular_2026.pdf', [
        'Kranichsee Lebensversicherung AG - Erklärung zur Entbindung von der Schweigepflicht (Einzelfall)',
        '',
        'Versicherte Person: ________________________________   geboren am: ____________',
        'Vertrag: ________________   Leistungsfall: ________________',
        '',
        'Ich entbinde die folgenden Ärztinnen, Ärzte, Krankenhäuser, Pflegeeinrichtungen und Behörden von der',
        'Schweigepflicht, soweit es um die Prüfung meines Leistungsantrags geht:',
        '[ ] __________________________________________________________',
        '[ ] __________________________________________________________',
        '[ ] __________________________________________________________',
        '',
        'Hinweis: Sie können die Erklärung jederzeit widerrufen. Ohne Erklärung können wir den Antrag nur',
        'eingeschränkt prüfen (§ 213 VVG).',
        '',
        'Ort, Datum: ________________   Unterschrift: ________________________',
    ], title='Schweigepflichtentbindungserklärung (Formular)')])

add('pflege-danke-quote', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'one-line reply; the quoted customer mail below reports her mother\'s care level 3 and dementia',
    frm=GRAF.addr, to=[('Sabine Köhler-Brinkmann', 'sabine.koehler@webmail.example')],
    subject='AW: Pflegetagegeld für meine Mutter',
    date='2026-07-15 11:41', in_reply_to='koehler-pflege|webmail.example', cte='8bit',
    body="""Danke, ist angekommen. Die Kollegen aus der Pflegeleistung melden sich.

Benedikt Graf
Kundenservice · Tel. 0561 7044-1000

> Am 14.07.2026 um 22:06 schrieb Sabine Köhler-Brinkmann:
>
> Guten Abend,
>
> meine Mutter Elfriede Köhler (Vertrag KK-552-088130) hat jetzt vom
> Medizinischen Dienst den Pflegegrad 3 bekommen, das Gutachten liegt
> bei. Die Demenz ist seit Frühjahr deutlich schlimmer geworden, sie
> kann nicht mehr allein bleiben. Ich habe eine Vorsorgevollmacht.
>
> Bitte zahlen Sie das Pflegetagegeld ab 1. Juli auf mein Konto, die
> Daten haben Sie von der letzten Erstattung.
>
> Mit freundlichen Grüßen
> Sabine Köhler-Brinkmann
""")

add('hkp-weiterleitung-rfc822', 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'internal forward: the attached customer mail (message/rfc822) carries a dental treatment plan PDF with implant positions',
    frm=GRAF.addr, to=[KESSLER.addr],
    subject='WG: Heil- und Kostenplan Zahnersatz',
    date='2026-03-24 09:15',
    body="""Hallo Martina,

kam beim Kundenservice an, gehört zu euch. Der Kunde wartet auf eine
Zusage, der Termin ist am 15.04.

Gruß Benedikt
""",
    atts=[fwd('Heil- und Kostenplan Zahnersatz.eml', inner(
        'hkp-kunde', ('Frank Ostrowski', 'frank.ostrowski@mailbox.example'), ('Service', 'service@' + D),
        'Heil- und Kostenplan Zahnersatz', '2026-03-23 17:02',
        """Sehr geehrte Damen und Herren,

mein Zahnarzt hat mir den beigefügten Heil- und Kostenplan gegeben. Bitte
teilen Sie mir mit, wie viel Sie davon übernehmen (Zahnzusatz KK-552-310442).

Mit freundlichen Grüßen
Frank Ostrowski
""", atts=[pdf('HKP_Ostrowski.pdf', [
            'Zahnarztpraxis Dr. Emre Yilmaz - Heil- und Kostenplan (Privat)',
            'Patient: Frank Ostrowski, geb. 02.11.1971',
            '',
            ('t', [['Regio', 'Befund', 'Therapie', 'GOZ', 'Betrag EUR'],
                   ['36', 'f (fehlend)', 'Implantat, Knochenaufbau', '9010, 9100', '1.842,00'],
                   ['36', '-', 'Implantatkrone Vollkeramik', '2200i', '1.120,50'],
                   ['35, 37', 'ww', 'Teilkronen', '2150', '980,20'],
                   ['', '', 'Material/Labor geschätzt', '', '1.450,00'],
                   ['Summe', '', '', '', '5.392,70']], [16, 30, 60, 30, 30]),
            'Befund: Zahn 36 nach Wurzelfraktur 12/2025 extrahiert, Parodontitis marginalis lokalisiert.',
        ], title='Heil- und Kostenplan', author='Zahnarztpraxis Dr. Yilmaz')]))])

add('sonnenhof-leistungsnachweis', 'STRICTLY_CONFIDENTIAL', 'de', 'company-to-insurer',
    'home-care service sends monthly care record (care level, visits, care tasks) of a named insured in an ODS',
    frm=('Pflegedienst Sonnenhof', 'abrechnung@pflegedienst-sonnenhof.example'),
    to=[('Pflegeleistung', 'pflege@' + D)],
    subject='Leistungsnachweis Juni 2026 - Hr. Gerhard Timm', date='2026-07-03 14:27',
    charset='windows-1252', mailer='Microsoft Outlook 15.0',
    body="""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Timm übersenden wir den Leistungsnachweis für Juni
zur Erstattung (Pflegepflichtversicherung, Vers.-Nr. KK-552-019384).
Die Rechnung geht wie immer per Post.

Mit freundlichen Grüßen
Monika Wiegand, Pflegedienstleitung
Ambulanter Pflegedienst Sonnenhof GmbH · Lange Straße 20 · 34131 Kassel
IK 461234567
""",
    atts=[ods('Leistungsnachweis_Timm_2026-06.ods', [('Juni 2026', [
        ['Versicherter', 'Gerhard Timm, geb. 30.01.1938', '', '', ''],
        ['Pflegegrad', '3 (seit 01.11.2024)', '', '', ''],
        ['Datum', 'Leistungskomplex', 'Uhrzeit', 'Pflegekraft', 'Punkte'],
        ['01.06.2026', 'LK 1 Große Körperpflege, LK 15 Medikamentengabe', '07:10', 'S. Ruhl', 420],
        ['01.06.2026', 'LK 12 Kompressionsstrümpfe an-/ausziehen', '19:30', 'T. Baran', 90],
        ['02.06.2026', 'LK 1 Große Körperpflege, LK 15 Medikamentengabe', '07:05', 'S. Ruhl', 420],
        ['02.06.2026', 'LK 31 Insulininjektion', '12:00', 'T. Baran', 110],
        ['03.06.2026', 'LK 1 Große Körperpflege, LK 15 Medikamentengabe', '07:20', 'M. Wiegand', 420],
        ['...', 'weitere 27 Tage wie vereinbart', '', '', 12870],
        ['Summe Punkte', '', '', '', 14330],
    ])], author='Pflegedienst Sonnenhof')])

add('kv-leistungen-icd-kapitel', 'NORMAL', 'de', 'internal',
    'trap: controlling report of health benefit spend by ICD-10 chapter and age band, aggregated, no person',
    frm=FELDMANN.addr, to=[('Leitung Leistung KV', 'leitung-leistung-kv@' + D)], cc=[KESSLER.addr],
    subject='Leistungsausgaben KV 2025 nach ICD-Kapitel', date='2026-03-05 16:48',
    body="""Hallo zusammen,

anbei die Auswertung der Leistungsausgaben 2025 nach ICD-Kapitel und
Altersband (Vollversicherung, ohne Pflege). Auffällig:

- Kapitel F (psychische Störungen) +14 % ggü. 2024, vor allem 20-39
- Kapitel C/D (Neubildungen) bleibt größter Block mit 21 % der Ausgaben
- Kapitel M (Muskel-Skelett) leicht rückläufig

Zellen unter 10 Fällen sind zusammengefasst. Bitte nicht extern
weitergeben, die Zahlen sind noch nicht testiert.

Gruß
Marc
""" + '\n' + FELDMANN.sig(short=True),
    atts=[xlsx('KV_Leistungen_2025_ICD_Kapitel.xlsx', [
        ('Kapitel', [
            ['ICD-Kapitel', 'Bezeichnung', 'Fälle', 'Ausgaben Mio EUR', 'Veränderung ggü. 2024'],
            ['C00-D48', 'Neubildungen', 8412, 48.3, '+3,1 %'],
            ['I00-I99', 'Kreislaufsystem', 15230, 31.7, '+1,4 %'],
            ['M00-M99', 'Muskel-Skelett-System', 22905, 27.9, '-2,0 %'],
            ['F00-F99', 'Psychische und Verhaltensstörungen', 6118, 19.4, '+14,2 %'],
            ['K00-K93', 'Verdauungssystem', 11377, 15.2, '+0,6 %'],
            ['übrige', '', 64211, 87.5, '+2,3 %']]),
        ('Altersband', [
            ['Altersband', 'Versicherte', 'Ausgaben je Versicherten EUR'],
            ['0-19', 18240, 1210], ['20-39', 40112, 1785], ['40-59', 52877, 3420],
            ['60-79', 31050, 6980], ['80+', 7233, 11240]]),
    ])])

add('kv-grossschaeden-namentlich', 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'internal large-claims list for the reinsurance desk with names, policy numbers, diagnoses and amounts in an XLSX',
    frm=KESSLER.addr, to=[WOLTERS.addr],
    subject='KV-Großschäden > 100 TEUR, 1. Quartal (für XL-Meldung)', date='2026-04-09 13:02',
    body="""Hallo Sabine,

anbei die Einzelfälle über 100 TEUR aus dem ersten Quartal für die
Meldung an Northgate. Bei Fall 3 läuft die Therapie noch, der Betrag
wird sicher weiter steigen.

Bitte die Datei nur intern verwenden, Northgate bekommt von uns wie
vereinbart nur die pseudonymisierte Fassung.

Martina
""",
    atts=[xlsx('KV_Grossschaeden_Q1_2026_intern.xlsx', [('Q1 2026', [
        ['Nr', 'Versicherte/r', 'Vertrag', 'Geb.', 'Diagnose', 'ICD', 'Leistung bisher EUR', 'Status'],
        [1, 'Bernhard Quast', 'KK-552-077213', 1957, 'Akute myeloische Leukämie, Stammzelltransplantation', 'C92.0', 412880, 'laufend'],
        [2, 'Leonie Hartwig', 'KK-552-190455', 2019, 'Infantile Zerebralparese, Hüft- und Wirbelsäulen-OP, Reha', 'G80.0', 286410, 'abgeschlossen'],
        [3, 'Ahmet Korkmaz', 'KK-552-244019', 1968, 'Multiples Myelom, CAR-T-Zelltherapie', 'C90.0', 371005, 'laufend'],
        [4, 'Gisela Brenner', 'KK-552-008871', 1949, 'Polytrauma nach Verkehrsunfall', 'T07', 158330, 'laufend'],
    ])])])

add('kv-grossschaeden-anonym', 'NORMAL', 'de', 'internal',
    'trap: pseudonymised large-claims summary for the board with age bands and diagnosis groups only',
    frm=KESSLER.addr, to=[('Vorstandsbüro', 'vorstandsbuero@' + D)],
    subject='Kurzüberblick Großschäden KV Q1 (anonymisiert)', date='2026-04-10 08:20',
    body="""Sehr geehrte Damen und Herren,

für die Vorstandssitzung am Dienstag der Überblick über die Großschäden
der Krankenversicherung im ersten Quartal, anonymisiert:

  Fall  Altersband  Diagnosegruppe                 Leistung bisher
  A     65-69       Hämatologische Neubildung      412.880 EUR
  B     0-9         Neurologische Erkrankung       286.410 EUR
  C     55-59       Hämatologische Neubildung      371.005 EUR
  D     75-79       Unfallverletzung               158.330 EUR

Summe 1,23 Mio EUR (Vorjahresquartal: 0,94 Mio EUR). Für die Fälle A und
C greift der Exzedentenvertrag mit Northgate Re ab 250 TEUR.

""" + KESSLER.sig())

add('privatrezept-siehe-anhang', 'STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
    'body "siehe Anhang"; the PDF is a private prescription with the patient\'s name and drug',
    frm=('Kerstin Wolff', 'k.wolff@mailbox.example'), to=[('Leistung Kranken', 'leistung-kv@' + D)],
    subject='KK-552-402918', date='2026-10-12 12:03',
    body="""siehe Anhang
""",
    atts=[pdf('Scan_20261012_120144.pdf', [
        'Privatrezept',
        'Praxis Dr. med. Paul Engelhardt - Allgemeinmedizin - Kölnische Straße 80 - 34119 Kassel',
        '',
        'Patientin: Kerstin Wolff, geb. 05.05.1977, Friedrich-Ebert-Str. 140, 34119 Kassel',
        'Kostenträger: privat (Kranichsee)',
        '',
        'Rp.  Ibuprofen 800 mg Filmtabletten N2 (50 St.)  1-1-1 bei Schmerzen',
        'Rp.  Tizanidin 2 mg Tabletten N1 (30 St.)  0-0-1',
        '',
        'Kassel, 09.10.2026    Unterschrift des Arztes',
        'Apotheke: Löwen-Apotheke Kassel, abgegeben 09.10.2026, Gesamtbetrag 38,71 EUR',
    ], title='Privatrezept', author='Scanner')])

add('pib-krankentagegeld-interessent', 'NORMAL', 'de', 'insurer-to-customer',
    'trap: product information sheet on daily sickness allowance sent to a prospect, no contract and no health data',
    frm=GRAF.addr, to=[('Jan-Philipp Reinke', 'jp.reinke@webmail.example')],
    subject='AW: Infos Krankentagegeld für Selbstständige', date='2026-05-27 10:44',
    in_reply_to='reinke-anfrage|webmail.example',
    body="""Sehr geehrter Herr Reinke,

vielen Dank für Ihr Interesse. Wie gewünscht erhalten Sie das
Produktinformationsblatt zu unserem Krankentagegeld-Tarif KT-Select.
Für ein persönliches Angebot ruft Sie gern unser Kollege aus dem
Vertrieb an; dafür bräuchten wir dann Ihr Geburtsdatum und Ihr Einkommen.

""" + GRAF.sig(),
    atts=[pdf('PIB_KT-Select_2026.pdf', [
        'Produktinformationsblatt nach § 4 VVG-InfoV - Krankentagegeldversicherung KT-Select',
        '',
        ('h', 'Was ist versichert?'),
        'Verdienstausfall bei Arbeitsunfähigkeit infolge Krankheit oder Unfall ab dem vereinbarten Karenztag '
        '(4., 8., 15., 22., 29., 43. oder 92. Tag). Auch bei psychischen Erkrankungen, Schwangerschaftskomplikationen '
        'und stationärer Rehabilitation.',
        ('h', 'Was ist nicht versichert?'),
        'Arbeitsunfähigkeit wegen Sucht, während Mutterschutz, Kur ohne medizinische Notwendigkeit.',
        ('h', 'Beispielbeiträge (monatlich, 100 EUR Tagegeld ab 43. Tag)'),
        ('t', [['Eintrittsalter', '30', '40', '50'], ['Beitrag EUR', '31,20', '44,90', '68,30']], [40, 30, 30, 30]),
        'Gesundheitsfragen: ja, bei Antragstellung. Wartezeit: 3 Monate.',
    ], title='PIB Krankentagegeld KT-Select')])

add('kv-notlagentarif-mahnung', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'premium arrears letter in health insurance (switch to emergency tariff) for a named insured; no medical word, personal line',
    frm=KUEHN.addr, to=[('Olaf Wendt', 'olaf.wendt@t-net.example')],
    subject='Ihr Krankenversicherungsvertrag KK-552-118804 - Beitragsrückstand',
    date='2026-09-21 08:05',
    body="""Sehr geehrter Herr Wendt,

trotz unserer Mahnungen vom 20.07. und 19.08.2026 ist Ihr Beitragskonto
weiterhin nicht ausgeglichen. Die Einzelheiten und die rechtlichen Folgen
entnehmen Sie bitte dem beigefügten Schreiben.

Wenn Sie Fragen zu einer Ratenzahlung haben, rufen Sie mich gern an.

""" + KUEHN.sig(),
    atts=[pdf('Schreiben_KK-552-118804_2026-09-21.pdf', [
        'Kranichsee Krankenversicherung AG - Beitragsbuchhaltung',
        'Herrn Olaf Wendt, Hasenhecke 27, 34125 Kassel',
        '',
        'Vertrag KK-552-118804 (Krankheitskostenvollversicherung, Tarif Komfort 300)',
        '',
        'Rückstand per 21.09.2026: 1.846,20 EUR (Beiträge Juni bis September 2026 à 428,30 EUR, Säumniszuschläge 133,00 EUR)',
        '',
        'Gemäß § 193 Abs. 6 VVG ruht Ihr Vertrag ab dem 01.11.2026, wenn der Rückstand nicht bis zum 31.10.2026 '
        'ausgeglichen ist. Sie werden dann im Notlagentarif versichert; erstattet werden nur noch Aufwendungen '
        'für akute Erkrankungen und Schmerzzustände sowie bei Schwangerschaft und Mutterschaft.',
        '',
        'Bitte überweisen Sie auf unser Konto IBAN DE93 5001 0517 2855 5605 69 (Kranichsee Krankenversicherung AG).',
    ], title='Beitragsrückstand - Ankündigung des Ruhens')])

add('leistungs-api-fehler-payload', 'STRICTLY_CONFIDENTIAL', 'de', 'system-to-internal',
    'monitoring alert from the claims API with a real production payload (name, birth date, ICD, fee items) in the JSON attachment',
    frm=('Leistungs-API Monitoring', 'noreply-monitoring@' + D), to=[('IT Schnittstellen', 'it-schnittstellen@' + D)],
    subject='[PROD][WARN] leistung-api: 422 Unprocessable Entity bei POST /v2/belege',
    date='2026-08-11 03:17', cte='7bit', charset='us-ascii',
    headers=[('X-Monitoring-Alert', 'leistung-api-422'), ('Auto-Submitted', 'auto-generated')],
    body="""Alert: leistung-api returned 422 for 3 requests in 5 minutes
Environment: PROD (kv-leistung-prod-02)
First seen: 2026-08-11T03:12:44+02:00
Rule: http_4xx_rate > 0.5/min

Sample request body attached (request_3f9a.json).

-- 
This message was generated automatically. Do not reply.
""",
    atts=[jsonf('request_3f9a.json', {
        'beleg_id': 'B-2026-08-0338114', 'eingangskanal': 'App',
        'versicherter': {'vertrag': 'KK-552-204771', 'name': 'Haberland', 'vorname': 'Svenja',
                         'geburtsdatum': '1990-12-03'},
        'rechnung': {'leistungserbringer': 'MVZ Kassel-Mitte, Gynäkologie', 'datum': '2026-08-04',
                     'diagnosen': [{'icd': 'O21.0', 'text': 'Leichte Hyperemesis gravidarum'},
                                   {'icd': 'Z34', 'text': 'Überwachung einer normalen Schwangerschaft'}],
                     'positionen': [{'goae': '1', 'faktor': 2.3, 'betrag': 10.72},
                                    {'goae': '415', 'faktor': 1.8, 'betrag': 31.69},
                                    {'goae': '3511', 'faktor': 1.15, 'betrag': 4.02}],
                     'summe': 46.43},
        'fehler': 'positionen[2].faktor: Wert 1.15 unterhalb Mindestfaktor fuer Laborleistung'})])

add('leistungs-api-testfaelle', 'NORMAL', 'de', 'internal',
    'trap: synthetic test cases for the claims API, clearly marked as fictitious, with ICD codes and test persons',
    frm=LORENZ.addr, to=[('Entwicklung Leistung', 'dev-leistung@' + D)],
    subject='Testfälle für Release 26.09 - bitte in die Regression aufnehmen',
    date='2026-09-01 14:36',
    body="""Hallo zusammen,

für das Release 26.09 habe ich die Regressionstests erweitert. Die
Testdaten im Anhang sind komplett synthetisch (Generator, Seed 2609),
Namen und Vertragsnummern gibt es im Bestand nicht (Präfix KK-999-).
Neu sind die Fälle mit Schwangerschafts-ICDs und der Faktorprüfung bei
Laborleistungen, die letzte Woche in PROD zu 422ern geführt hat.

Bitte nur auf STAGE verwenden.

Kai
""",
    atts=[jsonf('testfaelle_release_26-09.json', {
        'hinweis': 'SYNTHETISCHE TESTDATEN - keine realen Personen',
        'faelle': [
            {'id': 'TC-101', 'versicherter': {'vertrag': 'KK-999-000101', 'name': 'Testperson', 'vorname': 'Anna',
                                              'geburtsdatum': '1990-01-01'},
             'diagnosen': [{'icd': 'O21.0'}], 'positionen': [{'goae': '3511', 'faktor': 1.15}],
             'erwartet': 'HTTP 201'},
            {'id': 'TC-102', 'versicherter': {'vertrag': 'KK-999-000102', 'name': 'Testperson', 'vorname': 'Bernd',
                                              'geburtsdatum': '1975-06-15'},
             'diagnosen': [{'icd': 'J06.9'}], 'positionen': [{'goae': '1', 'faktor': 3.6}],
             'erwartet': 'HTTP 422 Begruendungspflicht'},
            {'id': 'TC-103', 'versicherter': {'vertrag': 'KK-999-000103', 'name': 'Testperson', 'vorname': 'Chiara',
                                              'geburtsdatum': '2012-03-30'},
             'diagnosen': [{'icd': 'F90.0'}], 'positionen': [{'goae': '801', 'faktor': 2.3}],
             'erwartet': 'HTTP 201'}]})])

add('schulung-goae-icd-ics', 'NORMAL', 'de', 'internal',
    'trap: calendar invitation for a staff training on the new fee schedule and ICD-10-GM 2026, no case',
    frm=KESSLER.addr, to=[('Leistungsprüfung KV', 'leistungspruefung-kv@' + D)],
    subject='Einladung: Schulung GOÄ-Novelle und ICD-10-GM 2026',
    date='2026-01-26 09:30',
    body="""Liebe Kolleginnen und Kollegen,

zur GOÄ-Novelle und den Änderungen in der ICD-10-GM 2026 gibt es eine
Pflichtschulung (90 Minuten). Inhalte: neue Gebührenpositionen,
Analogbewertungen, Sekundärkodes und Zusatzkennzeichen (G, V, Z, A),
häufige Fehler bei der Prüfung von Laborrechnungen.

Bitte nehmt die Einladung an; wer nicht kann, meldet sich für den
Zweittermin am 19.02.

Martina
""",
    atts=[ics('Schulung_GOAe_ICD_2026.ics', 'schulung-goae-2026-02-12@' + D, '20260212T090000',
              '20260212T103000', 'Schulung GOÄ-Novelle und ICD-10-GM 2026', KESSLER.addr,
              [('Leistungsprüfung KV', 'leistungspruefung-kv@' + D)],
              location='Kassel, Raum 2.07 / Teams',
              description='Pflichtschulung für alle Leistungsprüferinnen und -prüfer. Unterlagen folgen.')])

add('yilmaz-hkp-praxis', 'STRICTLY_CONFIDENTIAL', 'de', 'doctor-to-insurer',
    'dental practice sends a treatment plan with findings and fee positions for a named patient in the PDF',
    frm=('Praxis Dr. Yilmaz', 'verwaltung@zahnarzt-yilmaz.example'), to=[('Leistung Kranken', 'leistung-kv@' + D)],
    subject='HKP zur Genehmigung - Patientin Lea Brandstätter',
    date='2026-06-17 15:50',
    body="""Sehr geehrte Damen und Herren,

auf Wunsch unserer Patientin Lea Brandstätter (Vers.-Nr. KK-552-330917)
senden wir Ihnen den Heil- und Kostenplan direkt zu. Bitte schicken Sie
die Kostenzusage an die Patientin.

Mit freundlichen Grüßen
Praxisverwaltung
Zahnarztpraxis Dr. Emre Yilmaz · Obere Königsstraße 5 · 34117 Kassel
""",
    atts=[pdf('HKP_Brandstaetter_2026-06-17.pdf', [
        'Zahnarztpraxis Dr. Emre Yilmaz - Heil- und Kostenplan (Privat)',
        'Patientin: Lea Brandstätter, geb. 21.02.1995',
        '',
        ('t', [['Regio', 'Befund', 'Therapie', 'GOZ', 'Betrag EUR'],
               ['11, 21', 'Frontzahntrauma (Fahrradsturz 05/2026)', 'Veneers Keramik', '2220', '1.380,00'],
               ['12', 'avital', 'Wurzelkanalbehandlung', '2410', '612,40'],
               ['', '', 'Labor geschätzt', '', '890,00'],
               ['Summe', '', '', '', '2.882,40']], [16, 60, 45, 16, 30]),
    ], title='Heil- und Kostenplan', author='Zahnarztpraxis Dr. Yilmaz')])

add('ausland-belege-zip', 'STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
    'travel health claim: ZIP with a Spanish clinic invoice naming diagnosis and two pharmacy receipt scans of the child',
    frm=('Thomas Engel', 'thomas.engel@webmail.example'), to=[('Leistung Kranken', 'leistung-kv@' + D)],
    subject='Erstattung Auslandsreise - Mallorca Juli',
    date='2026-08-03 19:12', mailer='UA:Mozilla Thunderbird',
    body="""Hallo,

wir waren im Juli auf Mallorca und mussten mit unserer Tochter Emma
(mitversichert, Auslandsreise-KV KK-552-276633) zweimal zum Arzt. Die
Belege sind im ZIP, die Apothekenbelege habe ich mit dem Handy
abfotografiert. Bitte auf das bekannte Konto erstatten.

Danke und Gruß
Thomas Engel
""",
    atts=[zipf('Belege_Mallorca_2026.zip', [
        pdf('Factura_Clinica_Portals_0719.pdf', [
            'Clinica Portals Nous S.L. - Urgencias pediatricas - Factura 2026/07/4471',
            'Paciente: Emma Engel, fecha de nacimiento 11/03/2019',
            'Diagnostico: otitis media aguda bilateral (H66.0), fiebre 39,2 C',
            'Consulta de urgencias 120,00 EUR; otoscopia 35,00 EUR; total 155,00 EUR - pagado con tarjeta',
        ], title='Factura', author='Clinica Portals Nous'),
        png('Farmacia_Amoxicilina_0719.png', 300, 420, seed=71),
        png('Farmacia_Paracetamol_0721.png', 300, 420, seed=72),
    ])])

add('postfach-benachrichtigung', 'NORMAL', 'de', 'system-to-customer',
    'trap: portal notification without content ("you have a new message"), mentions benefit statements only generically',
    frm=('Kranichsee SecureMail', 'securemail@' + D), to=['c.brueggemann@mailbox.example'],
    subject='Neue Nachricht in Ihrem Kranichsee-Postfach',
    date='2026-04-28 11:02', cte='quoted-printable',
    headers=[('Auto-Submitted', 'auto-generated')],
    body="""Guten Tag,

in Ihrem Kranichsee-Postfach liegt eine neue Nachricht für Sie.

Melden Sie sich bitte unter https://securemail.kranichsee-versicherung.example
an, um sie zu lesen. Aus Datenschutzgründen senden wir Inhalte wie
Leistungsabrechnungen, Arztberichte oder Vertragsunterlagen nicht per
normaler E-Mail.

Die Nachricht wird nach 90 Tagen automatisch gelöscht.

Ihre Kranichsee Versicherung

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.
""" + '\n' + FOOT_DE)

# ---------------------------------------------------------------------------
# International health (expat) and travel assistance partners
# ---------------------------------------------------------------------------

SIG_GLOBE_SM = """\
Siobhan Murphy
Senior Case Manager | GlobeCare Assistance Ltd
3 Grand Canal Quay, Dublin 2, D02 X9Y1, Ireland
24/7 Medical Line +353 1 443 9100 | globecare-assist.example
GlobeCare Assistance Ltd is registered in Ireland, company no. 654321 (fictitious)."""

SIG_WAYF = """\
Carmen Ortega
Operations Coordinator | Wayfarer Assistance S.L.
Calle de Alcala 214, 28028 Madrid, Spain
Alarm centre +34 91 555 0199 (24/7) | ops@wayfarer-assist.example"""

add('globecare-gop-dubai', 'STRICTLY_CONFIDENTIAL', 'en', 'partner-to-insurer',
    'TPA requests a guarantee of payment for a named member\'s emergency admission with suspected appendicitis; details also in the PDF',
    frm=('Siobhan Murphy', 'siobhan.murphy@' + GLOBE), to=[DEMIR.addr],
    cc=[('GlobeCare Claims Ops', 'claims.ops@' + GLOBE)],
    subject='URGENT GOP request - GC-26-118204 - member KIH-300415-04',
    date='2026-06-12 02:41', tz='+0100', mailer='Microsoft Outlook 16.0',
    headers=[('Importance', 'high')],
    body="""Dear Elif,

we received an admission notice from Mediclinic City Hospital, Dubai, for
your member Ms Adaeze Achebe (KIH-300415-04, Helix Biotech scheme). She
presented to A&E at 23:10 local time with acute abdominal pain; the
surgeons suspect appendicitis and plan a laparoscopy this morning.

Estimated cost AED 38,500 (approx. EUR 9,600). Cover is in force and the
condition is not on the exclusion list. As the amount is above our
delegated authority of EUR 7,500 we need your approval.

GOP request form attached. We will send the discharge summary once
available.

Kind regards
Siobhan

""" + SIG_GLOBE_SM,
    atts=[pdf('GOP_request_GC-26-118204.pdf', [
        'GlobeCare Assistance - Guarantee of Payment Request',
        '',
        ('t', [['Case', 'GC-26-118204'], ['Client', 'Kranichsee Krankenversicherung AG'],
               ['Member', 'Adaeze Achebe, KIH-300415-04, DOB 08/02/1991'],
               ['Provider', 'Mediclinic City Hospital, Dubai Healthcare City'],
               ['Admission', '12/06/2026 00:35 via A&E'],
               ['Working diagnosis', 'K35.8 acute appendicitis, unspecified'],
               ['Planned procedure', 'laparoscopic appendectomy'],
               ['Length of stay (est.)', '2 nights'],
               ['Estimated cost', 'AED 38,500']], [50, 110]),
        'Requested: GOP for inpatient treatment as above. Please reply within 4 hours.',
    ], title='GOP request', author='GlobeCare Assistance Ltd')])

add('globecare-open-cases-table', 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
    'weekly case review: HTML and text table of named members with diagnoses and hospital stays',
    frm=DEMIR.addr, to=[('Siobhan Murphy', 'siobhan.murphy@' + GLOBE)],
    subject='Open inpatient cases - review for Thursday call', date='2026-06-16 17:20',
    body="""Dear Siobhan,

for our call on Thursday, these are the open inpatient cases on my list.
Could you bring the latest cost estimates?

Case          Member                     Diagnosis                         Hospital
GC-26-118204  Adaeze Achebe (-04)        appendectomy 12/06, discharged?  Mediclinic City, Dubai
GC-26-117650  Pieter van Rooyen (-11)    NSTEMI, stent 03/06               Bumrungrad, Bangkok
GC-26-116932  Hannah Kleist (-02)        pre-eclampsia, 34th week          Mount Elizabeth, Singapore
GC-26-115071  Tomasz Wrona (-09)         lumbar disc prolapse, surgery     Hospital Angeles, Mexico City

Thanks and best regards
Elif
""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Dear Siobhan,</p>
<p>for our call on Thursday, these are the open inpatient cases on my list. Could you bring the latest cost estimates?</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Case</th><th>Member</th><th>Diagnosis</th><th>Hospital</th></tr>
<tr><td>GC-26-118204</td><td>Adaeze Achebe (-04)</td><td>appendectomy 12/06, discharged?</td><td>Mediclinic City, Dubai</td></tr>
<tr><td>GC-26-117650</td><td>Pieter van Rooyen (-11)</td><td>NSTEMI, stent 03/06</td><td>Bumrungrad, Bangkok</td></tr>
<tr><td>GC-26-116932</td><td>Hannah Kleist (-02)</td><td>pre-eclampsia, 34th week</td><td>Mount Elizabeth, Singapore</td></tr>
<tr><td>GC-26-115071</td><td>Tomasz Wrona (-09)</td><td>lumbar disc prolapse, surgery</td><td>Hospital Angeles, Mexico City</td></tr>
</table>
<p>Thanks and best regards<br>Elif</p>
</body></html>
""")

add('wayfarer-repatriation-mr', 'STRICTLY_CONFIDENTIAL', 'en', 'partner-to-insurer',
    'assistance partner body gives only the case number; the attached PDF medical report names the traveller, femur fracture and stretcher repatriation',
    frm=('Carmen Ortega', 'ops@' + WAYF), to=[VOSS.addr],
    subject='WA-26-04417 MR and flight proposal',
    date='2026-08-19 10:05', tz='+0200', cte='7bit', charset='us-ascii',
    body="""Dear Henrik,

please find attached the MR and the flight proposal for case WA-26-04417.
We need your OK by 14:00 to keep the slot on Friday.

Best regards
Carmen

""" + SIG_WAYF,
    atts=[pdf('WA-26-04417_medical_report.pdf', [
        'Wayfarer Assistance - Medical Report (MR) and Repatriation Proposal',
        'Case WA-26-04417   Client: Kranichsee Versicherung AG   Policy: KS 73-6100482 (travel, incl. repatriation)',
        '',
        'Patient: Wilhelm Strohmeier, born 17/04/1951, resident in Fulda, Germany',
        'Hospital: Hospital Universitario de Canarias, La Laguna, Tenerife',
        'Diagnosis: closed pertrochanteric fracture of the right femur (S72.10) after a fall at the hotel on 14/08/2026;',
        'treated with intramedullary nailing on 15/08/2026. Known atrial fibrillation, on apixaban.',
        'Condition: stable, mobilised with walker, needs stretcher or business class with leg rest.',
        '',
        'Proposal: commercial flight TFN-FRA on 21/08/2026, stretcher, with nurse escort; ground ambulance to Klinikum Fulda.',
        'Estimated cost EUR 14,900. Alternative air ambulance EUR 31,500.',
        'Dr. Lucas Ferreira, Medical Director',
    ], title='Medical report WA-26-04417', author='Wayfarer Assistance S.L.')])

add('wayfarer-fee-schedule', 'NORMAL', 'en', 'partner-to-insurer',
    'trap: assistance partner\'s price list (case fees, air ambulance rates, nurse escort), no traveller',
    frm=('Carmen Ortega', 'ops@' + WAYF), to=[VOSS.addr], cc=[('Wayfarer Key Accounts', 'accounts@' + WAYF)],
    subject='Fee schedule 2027 - for your review before the renewal meeting',
    date='2026-10-01 12:30', tz='+0200',
    body="""Dear Henrik,

as promised, our proposed fee schedule for 2027 is attached. Case fees rise
by 3.5 %, air ambulance rates are unchanged; the new tele-consultation fee
replaces the old "medical advice call" item.

Looking forward to seeing you in Kassel on 22 October.

Best regards
Carmen

""" + SIG_WAYF,
    atts=[pdf('Wayfarer_fee_schedule_2027_draft.pdf', [
        'Wayfarer Assistance S.L. - Fee schedule 2027 (draft for Kranichsee Versicherung AG)',
        '',
        ('t', [['Service', '2026', '2027 (proposed)'],
               ['Simple case (information, referral)', 'EUR 38', 'EUR 39'],
               ['Medical case, outpatient', 'EUR 145', 'EUR 150'],
               ['Medical case, inpatient incl. cost containment', 'EUR 420', 'EUR 435'],
               ['Repatriation case management', 'EUR 690', 'EUR 714'],
               ['Tele-consultation with doctor (new)', '-', 'EUR 55'],
               ['Nurse escort per day', 'EUR 480', 'EUR 495'],
               ['Air ambulance Learjet 45, per flight hour', 'EUR 7,900', 'EUR 7,900']], [90, 35, 40]),
        'Prices exclude third-party costs (hospitals, airlines) which are passed on at cost. VAT not applicable.',
    ], title='Fee schedule 2027', author='Wayfarer Assistance S.L.')])

add('wayfarer-sandbox-json', 'NORMAL', 'en', 'partner-to-insurer',
    'trap: API sandbox sample payload with a synthetic traveller "John Doe", placeholder dates and a test diagnosis',
    frm=('Ruben Castillo', 'r.castillo@' + WAYF), to=[LORENZ.addr],
    subject='Case API v3 - sandbox credentials and sample payload',
    date='2026-02-18 15:12', tz='+0100', cte='7bit', charset='us-ascii',
    body="""Hi Kai,

your sandbox tenant is ready: https://sandbox.api.wayfarer-assist.example/v3
Client ID and secret will come by SMS to your mobile as agreed.

Attached is a sample "case.created" webhook payload. All data in the
sandbox is synthetic; the traveller is always John Doe, DOB 1970-01-01,
and the medical fields contain fixed test strings.

Cheers
Ruben Castillo
Integration Engineer, Wayfarer Assistance S.L.
""",
    atts=[jsonf('sample_case_created.json', {
        'event': 'case.created', 'environment': 'sandbox', 'case_id': 'WA-SBX-000001',
        'policy': {'number': 'TEST-POLICY-0001', 'client': 'SANDBOX'},
        'traveller': {'first_name': 'John', 'last_name': 'Doe', 'date_of_birth': '1970-01-01',
                      'note': 'synthetic test person'},
        'medical': {'complaint': 'TEST - chest pain', 'icd10': 'R07.4', 'hospital': 'Sandbox General Hospital'},
        'created_at': '2026-01-01T00:00:00Z'})])

add('wayfarer-case-webhook-prod', 'STRICTLY_CONFIDENTIAL', 'en', 'partner-to-insurer',
    'production webhook copy forwarded by the partner: real traveller with date of birth and chest-pain admission in the JSON',
    frm=('Ruben Castillo', 'r.castillo@' + WAYF), to=[LORENZ.addr], cc=[VOSS.addr],
    subject='RE: webhook retries - example from PROD',
    date='2026-05-07 09:48', tz='+0200', cte='7bit', charset='us-ascii',
    in_reply_to='lorenz-webhook|' + D,
    body="""Hi Kai,

here is one of the payloads your endpoint rejected last night with HTTP 413
(we retried 5 times). It is a real case, so please delete the file once
you have checked the size limit.

Cheers
Ruben
""",
    atts=[jsonf('case_created_WA-26-02291.json', {
        'event': 'case.created', 'environment': 'production', 'case_id': 'WA-26-02291',
        'policy': {'number': 'KS 73-5983310', 'client': 'KRANICHSEE'},
        'traveller': {'first_name': 'Monika', 'last_name': 'Reichenbach', 'date_of_birth': '1958-09-24',
                      'phone': '+49 171 5550 9921'},
        'medical': {'complaint': 'chest pain, shortness of breath since 03:00', 'icd10': 'I20.0',
                    'hospital': 'Hospital da Luz, Lisboa', 'admitted': True},
        'attachments': [{'name': 'ecg_scan.pdf', 'size_bytes': 18874368}],
        'created_at': '2026-05-06T23:41:12Z'})])

add('expat-physio-receipts', 'STRICTLY_CONFIDENTIAL', 'en', 'customer-to-insurer',
    'expat member claims physiotherapy: filled claim form PDF with diagnosis and two receipt photos',
    frm=('Pieter van Rooyen', 'pieter.vr@mailbox.example'), to=[('International Claims', 'intl-claims@' + D)],
    subject='claim - physio May', date='2026-06-02 08:14', tz='+0700',
    mailer='UA:Mozilla/5.0 (iPhone) Mail', cte='7bit', charset='us-ascii',
    body="""Hello,

please see attached receipts for my physio after the hospital stay, and
the claim form.

Pieter
Sent from my iPhone
""",
    atts=[pdf('claim_form_vanRooyen.pdf', [
        'Kranichsee International Health - Claim Form (outpatient)',
        'Member name: Pieter van Rooyen     Member ID: KIH-300415-11     Date of birth: 29/10/1975',
        'Treatment country: Thailand     Currency: THB',
        'Diagnosis / reason for treatment: cardiac rehabilitation after stent (NSTEMI 03/06/2026) - 8 sessions',
        'Provider: Bumrungrad International, Cardiac Rehab Unit',
        'Amount claimed: THB 19,200     Paid by member: yes',
        'Bank: payment to my account on file',
        'Signature: P. van Rooyen   Date: 01/06/2026',
    ], title='Claim form', author='Pieter van Rooyen'),
        png('IMG_2291.png', 320, 440, seed=2291), png('IMG_2292.png', 320, 440, seed=2292)])

add('helix-blank-claim-form', 'NORMAL', 'en', 'insurer-to-company',
    'trap: blank claim form and guide for the employer\'s onboarding pack, no member named',
    frm=DEMIR.addr, to=[('Rebecca Stanton', 'rebecca.stanton@helix-bio.example')],
    subject='RE: Onboarding pack - claim form', date='2026-02-26 10:18',
    in_reply_to='helix-onboarding|helix-bio.example',
    body="""Hi Rebecca,

here are the blank outpatient claim form and the two-page guide "How to
claim abroad" for your onboarding pack. Members can also claim in the app,
which is quicker.

""" + DEMIR.sig('en'),
    atts=[pdf('IHP_claim_form_outpatient_blank.pdf', [
        'Kranichsee International Health - Claim Form (outpatient)',
        'Member name: ______________________   Member ID: KIH-__________   Date of birth: ___/___/______',
        'Treatment country: ______________   Currency: _____',
        'Diagnosis / reason for treatment: ____________________________________________',
        'Provider: ____________________________________________',
        'Amount claimed: ______________   Paid by member: [ ] yes  [ ] no',
        'Bank details (only if changed): IBAN ______________________________  BIC ___________',
        'I confirm that the information is correct. Signature: ______________  Date: ___________',
    ], title='Claim form (blank)'),
        pdf('How_to_claim_abroad.pdf', [
            '1. For planned hospital stays, call us or GlobeCare at least 5 working days in advance.',
            '2. In an emergency, call the 24/7 line on your member card; we arrange direct billing where possible.',
            '3. For outpatient bills, pay the provider and claim in the app within 12 months.',
            '4. Keep itemised invoices showing the diagnosis - we need them to assess the claim.',
        ], title='How to claim abroad')])

add('expat-mri-preauth', 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'pre-authorisation approval for a named member\'s MRI of the lumbar spine with referral reason',
    frm=DEMIR.addr, to=[('Tomasz Wrona', 'tomasz.wrona@webmail.example')],
    subject='Pre-authorisation approved - MRI 9 April', date='2026-04-07 16:02',
    body="""Dear Mr Wrona,

we have approved the MRI of your lumbar spine requested by Dr. Salinas
(Hospital Angeles, Mexico City) for 9 April 2026. The referral mentions
radiating pain into the left leg for six weeks and numbness in the foot,
so the examination is medically necessary under your plan.

Authorisation no. PA-26-04471, valid until 30 April 2026, up to
MXN 14,000. The hospital will bill us directly; please show your member
card (KIH-512008-01).

If surgery is recommended afterwards, please contact us before any date
is fixed.

""" + DEMIR.sig('en'))

add('expat-newborn-premature', 'STRICTLY_CONFIDENTIAL', 'en', 'customer-to-insurer',
    'member asks to add her newborn, born four weeks early with an eight-day hospital stay - health facts without medical terms',
    frm=('Hannah Kleist', 'hannah.kleist@mailbox.example'), to=[('International Health', 'intl-health@' + D)],
    subject='Adding our daughter to the policy', date='2026-07-21 13:37', tz='+0800', cte='base64',
    body="""Dear Sir or Madam,

our daughter Ida was born on 2 July in Singapore, four weeks earlier than
planned, and had to stay in hospital for eight days before we could take
her home. She is fine now.

Please add her to my policy (member KIH-730912-02, employer: Aurelio
Robotics). Her full name is Ida Marlene Kleist, date of birth 02/07/2026.
Will the hospital bills for her stay be covered from birth? The hospital
has sent them to my husband's address, I can forward them.

Kind regards
Hannah Kleist
""")

add('expat-eob-html', 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'explanation of benefits in text and HTML: named member\'s consultations, lab tests and medication with amounts',
    frm=('Kranichsee International Health', 'intl-claims@' + D), to=[('Graham Pettigrew', 'g.pettigrew@mailbox.example')],
    subject='Explanation of Benefits - claim C-26-330178', date='2026-05-29 06:15',
    body="""Dear Mr Pettigrew,

we have processed your claim C-26-330178 (member KIH-300415-07).

Date        Provider                         Service                    Claimed   Paid
2026-05-03  Raffles Medical, Singapore       GP consultation            SGD 95    SGD 95
2026-05-03  Raffles Medical, Singapore       HbA1c and lipid panel      SGD 140   SGD 0 *
2026-05-04  Guardian Pharmacy                Metformin 1000 mg, 60 tab  SGD 38    SGD 0 *

* excluded: diabetes and its complications (exclusion until 31/03/2028)

Total paid: SGD 95, transferred to your account ending 8834.

Kranichsee Krankenversicherung AG - International Health
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr Pettigrew,</p>
<p>we have processed your claim <b>C-26-330178</b> (member KIH-300415-07).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Date</th><th>Provider</th><th>Service</th><th>Claimed</th><th>Paid</th></tr>
<tr><td>2026-05-03</td><td>Raffles Medical, Singapore</td><td>GP consultation</td><td>SGD 95</td><td>SGD 95</td></tr>
<tr><td>2026-05-03</td><td>Raffles Medical, Singapore</td><td>HbA1c and lipid panel</td><td>SGD 140</td><td>SGD 0 *</td></tr>
<tr><td>2026-05-04</td><td>Guardian Pharmacy</td><td>Metformin 1000 mg, 60 tab</td><td>SGD 38</td><td>SGD 0 *</td></tr>
</table>
<p>* excluded: diabetes and its complications (exclusion until 31/03/2028)</p>
<p>Total paid: SGD 95, transferred to your account ending 8834.</p>
<p>Kranichsee Krankenversicherung AG - International Health</p>
</body></html>
""")

add('webinar-mental-health-expats', 'NORMAL', 'en', 'insurer-to-company',
    'trap: webinar invitation on mental health of expatriate families (ICS), generic, no person',
    frm=DEMIR.addr, to=[('Rebecca Stanton', 'rebecca.stanton@helix-bio.example'),
                        ('Daniel Okafor', 'd.okafor@carrington-gb.example')],
    subject='Invitation: webinar "Mental health in expatriate families" - 24 September',
    date='2026-09-03 09:00',
    body="""Dear HR and benefits colleagues,

burnout, anxiety and depression are now the second most common reason for
claims in international health plans, and children of assignees are
increasingly affected. In our 45-minute webinar, Dr. Felix Hartung and a
psychologist from our partner GlobeCare explain what the plans cover,
how members can get help anonymously and what employers can do.

The calendar invitation is attached; the link follows one day before.

""" + DEMIR.sig('en'),
    atts=[ics('Webinar_mental_health_expats.ics', 'webinar-mh-2026-09-24@' + D, '20260924T150000',
              '20260924T154500', 'Webinar: Mental health in expatriate families', DEMIR.addr,
              [('Rebecca Stanton', 'rebecca.stanton@helix-bio.example'),
               ('Daniel Okafor', 'd.okafor@carrington-gb.example')],
              location='Online (Teams)',
              description='Agenda: 1. Figures and trends 2. What the International Health Plan covers '
                          '3. Employee assistance programme 4. Q&A. No personal cases will be discussed.')])

add('globecare-noted-chemo', 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
    'reply "Thanks, noted." above a quoted TPA message with a named member\'s chemotherapy schedule',
    frm=DEMIR.addr, to=[('Rajesh Iyer', 'rajesh.iyer@' + GLOBE)],
    subject='RE: GC-26-109877 - cycle 4 pre-approval', date='2026-03-11 11:27',
    in_reply_to='gc-109877|' + GLOBE,
    body="""Thanks, noted. Approved as requested.

Elif

From: Rajesh Iyer <rajesh.iyer@globecare-assist.example>
Sent: Wednesday, 11 March 2026 09:52
To: Demir, Elif
Subject: GC-26-109877 - cycle 4 pre-approval

Dear Elif,

for Mr Alan Morrison (KIH-300415-02) the oncology team at Parkway
East plans cycle 4 of 6 of R-CHOP for his diffuse large B-cell lymphoma
on 16 March, day-case, estimated SGD 11,800. PET-CT after cycle 3
showed a partial response. Same cost as cycle 3; please confirm.

Best regards
Rajesh Iyer
Medical Coordinator, GlobeCare Assistance Ltd
""")

add('globecare-network-thailand', 'NORMAL', 'en', 'partner-to-insurer',
    'trap: provider network list (hospitals, direct billing, discounts) as CSV, no patients',
    frm=('GlobeCare Provider Relations', 'providers@' + GLOBE), to=[DEMIR.addr],
    subject='Updated direct-billing network - Thailand and Vietnam',
    date='2026-04-02 14:44', tz='+0100', cte='7bit', charset='us-ascii',
    body="""Dear partners,

attached is the updated direct-billing network for Thailand and Vietnam,
effective 1 May 2026. Two hospitals have been added; Vinmec Nha Trang has
left the network.

GlobeCare Provider Relations
""",
    atts=[csvf('GC_network_TH_VN_2026-05.csv', [
        ['country', 'city', 'provider', 'type', 'direct_billing', 'discount', 'maternity', 'psychiatry'],
        ['TH', 'Bangkok', 'Bumrungrad International', 'hospital', 'yes', '10%', 'yes', 'yes'],
        ['TH', 'Bangkok', 'Samitivej Sukhumvit', 'hospital', 'yes', '8%', 'yes', 'no'],
        ['TH', 'Phuket', 'Bangkok Hospital Phuket', 'hospital', 'yes', '7%', 'yes', 'no'],
        ['TH', 'Chiang Mai', 'Chiang Mai Ram Hospital (new)', 'hospital', 'yes', '5%', 'no', 'no'],
        ['VN', 'Ho Chi Minh City', 'FV Hospital', 'hospital', 'yes', '6%', 'yes', 'yes'],
        ['VN', 'Hanoi', 'Family Medical Practice Hanoi (new)', 'clinic', 'yes', '0%', 'no', 'no'],
    ], encoding='utf-8', delimiter=',')])

add('globecare-sla-report', 'NORMAL', 'en', 'partner-to-insurer',
    'trap: monthly service report with case counts by category (maternity, evacuation, psychiatric) as ODS, aggregated',
    frm=('Siobhan Murphy', 'siobhan.murphy@' + GLOBE), to=[DEMIR.addr],
    subject='Monthly service report - May 2026', date='2026-06-05 12:10', tz='+0100',
    body="""Dear Elif,

please find the May service report attached. All SLAs were met except
"GOP within 4 hours" (93 % against 95 %), mainly because of two complex
evacuations on the same weekend.

Kind regards
Siobhan

""" + SIG_GLOBE_SM,
    atts=[ods('GC_service_report_2026-05.ods', [
        ('Cases', [['Category', 'New cases', 'Closed', 'Open end of month'],
                   ['Inpatient', 41, 38, 17], ['Day case', 23, 25, 2], ['Maternity', 6, 4, 9],
                   ['Psychiatric', 3, 2, 4], ['Evacuation / repatriation', 2, 2, 0]]),
        ('SLA', [['Indicator', 'Target', 'Actual'],
                 ['Calls answered < 30 s', '90 %', '94 %'], ['GOP within 4 h', '95 %', '93 %'],
                 ['Claims paid < 10 days', '90 %', '96 %']]),
    ], author='GlobeCare Assistance Ltd')])

add('globecare-invoice-fees', 'NORMAL', 'en', 'partner-to-insurer',
    'trap: service-fee invoice with the partner company\'s own bank details, no person',
    frm=('GlobeCare Accounts', 'accounts@' + GLOBE), to=[('Kreditorenbuchhaltung', 'kreditoren@' + D)],
    cc=[DEMIR.addr],
    subject='Invoice GC-INV-2026-0611 - administration fees May 2026', date='2026-06-11 08:00', tz='+0100',
    cte='7bit', charset='us-ascii',
    body="""Dear Sir or Madam,

please find attached our invoice GC-INV-2026-0611 for the administration
fees for May 2026. Payment terms: 30 days net.

GlobeCare Assistance Ltd - Accounts Receivable
""",
    atts=[pdf('GC-INV-2026-0611.pdf', [
        'GlobeCare Assistance Ltd, 3 Grand Canal Quay, Dublin 2, Ireland - VAT IE 9876543X (fictitious)',
        'To: Kranichsee Krankenversicherung AG, Wilhelmshoeher Allee 212, 34119 Kassel, Germany',
        '',
        ('t', [['Item', 'Quantity', 'Unit price', 'Amount'],
               ['Per member per month fee (PMPM)', '1,284', 'EUR 6.40', 'EUR 8,217.60'],
               ['Inpatient case management', '41', 'EUR 180.00', 'EUR 7,380.00'],
               ['Evacuation coordination', '2', 'EUR 650.00', 'EUR 1,300.00'],
               ['Total (reverse charge)', '', '', 'EUR 16,897.60']], [80, 25, 30, 35]),
        'Please pay to: GlobeCare Assistance Ltd, IBAN IE24 BOFI 9000 1741 8293 65, BIC BOFIIE2D',
    ], title='Invoice GC-INV-2026-0611', author='GlobeCare Assistance Ltd')])

add('wayfarer-dengue-advisory', 'NORMAL', 'en', 'partner-to-insurer',
    'trap: epidemic travel advisory (dengue in Bali) with symptoms and hospital capacity, no traveller',
    frm=('Wayfarer Medical Intelligence', 'medical.intel@' + WAYF), to=[('Assistance clients', 'clients@' + WAYF)],
    reply_to=('Wayfarer Medical Intelligence', 'medical.intel@' + WAYF),
    subject='Medical advisory: dengue outbreak Bali - hospital capacity limited',
    date='2026-02-09 07:30', tz='+0100', cte='7bit', charset='us-ascii',
    body="""MEDICAL ADVISORY - for clients and partners

Indonesia (Bali): the provincial health office reports more than 4,800
dengue cases since January, three times the seasonal average. Private
hospitals in Denpasar and Kuta report full paediatric wards.

Advice to travellers: use repellent, watch for high fever, headache,
pain behind the eyes and rash; seek care early; avoid ibuprofen and
aspirin. Our alarm centre will route moderate cases to BIMC Nusa Dua and
Siloam Denpasar; severe cases may need evacuation to Singapore.

No action is needed from clients at this time.

Wayfarer Medical Intelligence Unit
""")

add('wayfarer-fwd-lost-passport', 'CONFIDENTIAL', 'en', 'partner-to-insurer',
    'forwarded traveller mail (message/rfc822) with passport number, date of birth and stolen baggage - no health',
    frm=('Carmen Ortega', 'ops@' + WAYF), to=[VOSS.addr],
    subject='FW: stolen bag - WA-26-05120', date='2026-09-14 18:20', tz='+0200',
    cte='7bit', charset='us-ascii',
    body="""Henrik,

FYI, traveller's mail below/attached. We issued the emergency cash
advance of EUR 500 and booked the consulate appointment. Baggage claim
will go to your claims team directly.

Carmen
""",
    atts=[fwd('stolen bag.eml', inner(
        'wayf-passport', ('Jürgen Abendroth', 'j.abendroth@t-net.example'), ('Wayfarer Ops', 'ops@' + WAYF),
        'stolen bag', '2026-09-14 15:02',
        """Hello,

my bag was stolen at Lisbon Santa Apolonia station today, with my passport
(C4RT7K9L2, issued Kassel, valid to 2031), wallet and camera. I am
Juergen Abendroth, born 6 May 1964, travel policy KS 73-5991207 with
Kranichsee. My wife's documents are fine.

Police report no. PSP-LX-2026-118804. We fly home on Friday. What do I do
about the passport?

Juergen Abendroth
+49 160 5550 3341
""", tz='+0100'))])

add('baggage-claim-en', 'CONFIDENTIAL', 'en', 'customer-to-insurer',
    'baggage delay claim of a named traveller with airline reference, items bought and IBAN',
    frm=('Aoife Brennan', 'aoife.brennan@webmail.example'), to=[('Reise-Schaden', 'reise-schaden@' + D)],
    subject='Claim - delayed suitcase, policy KS 73-6022154',
    date='2026-08-26 22:40', cte='quoted-printable',
    body="""Dear claims team,

my suitcase did not arrive with me in Vancouver on 12 August (flight
LH 492, property irregularity report YVRLH48812) and was delivered only
four days later. I had to buy clothes and toiletries for CAD 612.40;
receipts are photographed below as a list because the app would not
upload them:

  Hudson's Bay - clothes        CAD 389.95
  London Drugs - toiletries     CAD  74.50
  Simons - shoes                CAD 147.95

Lufthansa paid me EUR 150 as an interim payment. Please reimburse the
rest to my account: IBAN DE21 1002 0890 9779 8296 14, Aoife Brennan.

Many thanks
Aoife Brennan
Karthäuserstraße 3, 34117 Kassel
""")

add('rental-excess-claim', 'CONFIDENTIAL', 'en', 'customer-to-insurer',
    'rental car excess claim: named policyholder, card statement PDF with masked card number and address',
    frm=('Mark Ellison', 'mark.ellison@mailbox.example'), to=[('Reise-Schaden', 'reise-schaden@' + D)],
    subject='Rental excess reimbursement - Sicily', date='2026-06-30 10:03',
    mailer='UA:Mozilla Thunderbird', cte='7bit', charset='us-ascii',
    body="""Hello,

I hold your rental car excess policy KS 73-5870433. In Palermo the rental
company charged my credit card EUR 950 for a scratch on the rear bumper
(car parked, nobody involved). The damage report and my card statement
are attached. Please refund the excess.

Best regards
Mark Ellison
Ludwig-Mond-Str. 77, 34121 Kassel
""",
    atts=[pdf('card_statement_June_2026.pdf', [
        'Card statement - Mark Ellison, Ludwig-Mond-Str. 77, 34121 Kassel',
        'Card number **** **** **** 4471   Statement date 28/06/2026',
        '',
        ('t', [['Date', 'Merchant', 'Amount'],
               ['14/06/2026', 'SICILY DRIVE SRL PALERMO - damage excess', 'EUR 950.00'],
               ['15/06/2026', 'ESSO PALERMO', 'EUR 61.20'],
               ['18/06/2026', 'LUFTHANSA', 'EUR 212.00']], [30, 100, 35]),
    ], title='Card statement', author='Mark Ellison')])

add('wayfarer-case-conference-lisbon', 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
    'calendar invitation for a case conference; the ICS description names the traveller, her stroke and rehab options',
    frm=VOSS.addr, to=[('Dr. Lucas Ferreira', 'l.ferreira@' + WAYF), ('Carmen Ortega', 'ops@' + WAYF)],
    cc=[HARTUNG.addr],
    subject='Case conference WA-26-02291 (Lisbon) - Thursday 11:00',
    date='2026-05-12 15:48',
    body="""Dear Dr. Ferreira, dear Carmen,

let us discuss the next steps for case WA-26-02291 on Thursday. Dr. Hartung
will join from our side. Invitation attached.

""" + VOSS.sig('en', short=True),
    atts=[ics('case_conference_WA-26-02291.ics', 'cc-wa-26-02291@' + D, '20260514T110000', '20260514T114500',
              'Case conference WA-26-02291 Reichenbach', VOSS.addr,
              [('Dr. Lucas Ferreira', 'l.ferreira@' + WAYF), ('Carmen Ortega', 'ops@' + WAYF),
               (HARTUNG.name, HARTUNG.email)],
              location='Teams',
              description='Monika Reichenbach (born 24/09/1958), admitted Hospital da Luz Lisbon 07/05 with '
                          'unstable angina; on 09/05 ischaemic stroke with left-sided weakness and aphasia. '
                          'Topics: fitness to fly, air ambulance vs. rehab in Portugal, husband\'s stay costs.')])

add('wayfarer-ooo', 'NORMAL', 'en', 'partner-to-insurer',
    'automatic out-of-office reply, no personal data',
    frm=('Carmen Ortega', 'ops@' + WAYF), to=[VOSS.addr],
    subject='Automatic reply: Fee schedule 2027 - questions', date='2026-10-05 08:01', tz='+0200',
    cte='7bit', charset='us-ascii', headers=[('Auto-Submitted', 'auto-replied')],
    body="""Thank you for your message. I am out of the office until 12 October
with limited access to e-mail. For urgent operational matters please
contact our 24/7 alarm centre (+34 91 555 0199) or ops-duty@wayfarer-assist.example.

Carmen Ortega
""")

add('reiseruecktritt-jobverlust', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'travel cancellation because of job loss: named travellers with birth dates and booking, no health reason',
    frm=('Nadine Pflüger', 'nadine.pflueger@posteingang.example'), to=[('Reise-Schaden', 'reise-schaden@' + D)],
    subject='Stornierung Kreta-Reise wegen Kündigung - RRV KS 73-6109935',
    date='2026-05-05 20:17',
    body="""Sehr geehrte Damen und Herren,

mein Mann Sebastian Pflüger hat am 28.04. überraschend die
betriebsbedingte Kündigung erhalten (Kopie folgt per Post). Wir müssen
deshalb unsere Pauschalreise nach Kreta (18.-31.07.) stornieren.

Reisende laut Buchung TUI-4471-0925:
- Nadine Pflüger, 12.02.1986
- Sebastian Pflüger, 30.09.1984
- Mats Pflüger, 04.06.2016

Stornokosten laut Veranstalter 1.864 €. Bitte erstatten Sie auf
DE55 2605 0001 2150 8833 95 (Kontoinhaberin Nadine Pflüger).

Mit freundlichen Grüßen
Nadine Pflüger
Mühlenweg 12, 34260 Kaufungen
""")

add('reiseruecktritt-schwanger', 'STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
    'travel cancellation: the customer\'s wife is seven months pregnant and cannot fly - health fact without medical vocabulary',
    frm=('Kevin Schäfer', 'kevin.schaefer@webmail.example'), to=[('Reise-Schaden', 'reise-schaden@' + D)],
    subject='Rücktritt Flug nach Teneriffa', date='2026-03-03 13:55',
    mailer='UA:Mozilla/5.0 (Android 14; Mobile)', cte='8bit',
    body="""Hallo,

wir müssen unseren Urlaub auf Teneriffa im April absagen. Meine Frau ist
jetzt im siebten Monat und soll die letzten Wochen nicht mehr fliegen,
das war bei der Buchung im Oktober noch nicht klar, dass es so eng wird.

Reiserücktritt haben wir bei euch, Nummer KS 73-6001476. Was braucht ihr
von uns?

Gruß Kevin Schäfer
""")

add('assistance-statistik-2025', 'NORMAL', 'de', 'internal',
    'trap: internal assistance statistics (repatriations by country and diagnosis group), aggregated',
    frm=VOSS.addr, to=[('Bereichsleitung Reise', 'bl-reise@' + D)], cc=[FELDMANN.addr],
    subject='Assistance-Statistik 2025 für die Partnerbewertung',
    date='2026-01-30 15:12',
    body="""Hallo zusammen,

hier die Zahlen 2025 zu den beiden Assistance-Partnern (Wayfarer und
GlobeCare) als Grundlage für die Partnerbewertung im Februar.

Rücktransporte 2025 nach Diagnosegruppe (beide Partner):
  Frakturen / Unfallverletzungen      112
  Herz-Kreislauf                        64
  Schlaganfall                          29
  Infektionen (v. a. Dengue, Malaria)   18
  psychiatrische Notfälle                9
  sonstige                              37

Top-Länder: Spanien (71), Türkei (38), Italien (26), Thailand (19).
Durchschnittskosten je Rücktransport: 9.870 Euro (Vorjahr 9.210 Euro).

Einzelfälle gibt es auf Wunsch nur im Fallsystem, nicht per Mail.

""" + VOSS.sig(short=True))

# ---------------------------------------------------------------------------
# Reinsurance, coverholders (bordereaux), data exchange with brokers
# ---------------------------------------------------------------------------

def F(v, w, num=False):
    """one fixed-width field of a GDV-style record"""
    s = str(v)
    return s.rjust(w, '0')[:w] if num else s.ljust(w)[:w]


SIG_HARB = """\
Oliver Grant
Bordereaux & Delegated Authority Manager
Harbourline Underwriting Ltd
1 Minster Court, Mincing Lane, London EC3R 7AA
+44 20 7946 0588 | harbourline-uw.example
Harbourline Underwriting Ltd is an appointed representative (fictitious)."""

add('harb-premium-bordereau-household', 'CONFIDENTIAL', 'en', 'coverholder-to-insurer',
    'coverholder premium bordereau: named UK policyholders with postcodes, sums insured and premiums in an XLSX (household, no health)',
    frm=('Oliver Grant', 'oliver.grant@' + HARB), to=[WOLTERS.addr], cc=[('DA Team', 'delegated-authority@' + D)],
    subject='B0914KSV2026 - premium bordereau May 2026',
    date='2026-06-08 11:20', tz='+0100', cte='7bit', charset='us-ascii',
    body="""Hello Sabine,

May premium bordereau for binder B0914KSV2026 (UK household) attached.
312 new policies, 41 cancellations, GWP GBP 148,210.

Regards
Oliver

""" + SIG_HARB,
    atts=[xlsx('B0914KSV2026_premium_2026-05.xlsx', [('Premium', [
        ['Certificate', 'Policyholder', 'Risk address', 'Postcode', 'Inception', 'Buildings SI GBP',
         'Contents SI GBP', 'Gross premium GBP', 'Transaction'],
        ['HUL-HH-0441187', 'Mrs Eleanor Pryce', '12 Holly Lane, Reading', 'RG4 7QT', '2026-05-01', 420000, 60000, 512.40, 'NB'],
        ['HUL-HH-0441188', 'Mr Kwame Asante', 'Flat 3, 88 Cowley Road, Oxford', 'OX4 1JE', '2026-05-02', 0, 35000, 168.90, 'NB'],
        ['HUL-HH-0441203', 'Ms Joanna Fitzgerald', '5 Mill Street, Ely', 'CB7 4BT', '2026-05-06', 385000, 75000, 498.15, 'NB'],
        ['HUL-HH-0398771', 'Mr Rhys Llewellyn', '27 Bryn Road, Swansea', 'SA2 0AR', '2026-05-11', 260000, 40000, -212.30, 'CXL'],
        ['...', '(308 further rows in the full file)', '', '', '', '', '', '', ''],
    ])], author='Harbourline Underwriting Ltd')])

add('harb-claims-bordereau-pa', 'STRICTLY_CONFIDENTIAL', 'en', 'coverholder-to-insurer',
    'personal accident claims bordereau: claimant names, dates of birth and injuries in a CSV; body only "attached"',
    frm=('Hannah Lowe', 'hannah.lowe@' + HARB), to=[SCHENK.addr], cc=[WOLTERS.addr],
    subject='B0915KSV2026 PA claims bordereau Q2', date='2026-07-09 16:33', tz='+0100',
    cte='7bit', charset='us-ascii',
    body="""Laura,

Q2 claims bordereau for the PA binder attached.

Hannah
--
Hannah Lowe | Claims Executive | Harbourline Underwriting Ltd
""",
    atts=[csvf('B0915KSV2026_claims_2026Q2.csv', [
        ['claim_ref', 'certificate', 'claimant', 'dob', 'date_of_loss', 'injury', 'benefit', 'reserve_gbp', 'paid_gbp', 'status'],
        ['HUL-PA-C-2291', 'HUL-PA-0087710', 'Liam Doherty', '1989-04-17', '2026-04-02', 'fractured left wrist (cycling)', 'fracture benefit', 0, 1500, 'closed'],
        ['HUL-PA-C-2296', 'HUL-PA-0091254', 'Grace Okonkwo', '1972-11-30', '2026-04-19', 'ACL rupture right knee, surgery', 'temporary total disablement', 4200, 2800, 'open'],
        ['HUL-PA-C-2304', 'HUL-PA-0079932', 'Stuart McLean', '1961-02-08', '2026-05-23', 'loss of sight left eye (workshop accident)', 'permanent partial disablement', 37500, 0, 'open'],
        ['HUL-PA-C-2311', 'HUL-PA-0093301', 'Nadia Hussain', '1995-07-14', '2026-06-11', 'concussion, 3 nights in hospital', 'hospital cash', 0, 300, 'closed'],
    ], delimiter=',')])

add('harb-bordereau-template', 'NORMAL', 'en', 'insurer-to-coverholder',
    'trap: new bordereau template (headers and data dictionary with "date of birth", "injury" fields), no rows',
    frm=WOLTERS.addr, to=[('Oliver Grant', 'oliver.grant@' + HARB), ('Hannah Lowe', 'hannah.lowe@' + HARB)],
    subject='New bordereau standard from 1 July - templates', date='2026-05-20 10:05',
    body="""Dear Oliver, dear Hannah,

from the July bordereaux onwards we need the new column set (aligned with
the Lloyd's Coverholder Reporting Standard v5.2 plus three fields of ours).
Templates for premium and claims and the data dictionary are attached.
Please send test files with dummy data by 15 June.

""" + WOLTERS.sig('en'),
    atts=[xlsx('KSV_bordereau_template_v3.xlsx', [
        ('Premium', [['certificate', 'policyholder', 'risk_postcode', 'inception', 'expiry',
                      'sum_insured', 'gross_premium', 'ipt', 'commission', 'transaction_type']]),
        ('Claims', [['claim_ref', 'certificate', 'claimant', 'date_of_birth', 'date_of_loss', 'cause',
                     'injury_or_damage', 'reserve', 'paid', 'status']]),
        ('Dictionary', [['field', 'format', 'mandatory', 'note'],
                        ['date_of_birth', 'YYYY-MM-DD', 'PA and travel only', 'not for household'],
                        ['injury_or_damage', 'text 200', 'yes', 'short factual description'],
                        ['transaction_type', 'NB/REN/MTA/CXL', 'yes', '']]),
    ])])

add('harb-validation-report', 'NORMAL', 'en', 'system-to-partner',
    'trap: automatic bordereau validation report listing row numbers and field names (date_of_birth, claimant) without any values',
    frm=('KSV Bordereau Validator', 'bdx-validator@' + D), to=[('Hannah Lowe', 'hannah.lowe@' + HARB)],
    cc=[WOLTERS.addr], subject='[BDX] B0915KSV2026_claims_2026Q2.csv - 3 errors, 2 warnings',
    date='2026-07-09 16:41', cte='7bit', charset='us-ascii',
    headers=[('Auto-Submitted', 'auto-generated')],
    body="""Bordereau validation result
File:      B0915KSV2026_claims_2026Q2.csv
Binder:    B0915KSV2026 (personal accident)
Received:  2026-07-09 16:33 UTC+1
Rows:      4

ERROR   row 3  field reserve_gbp      reserve + paid exceeds benefit limit of section
ERROR   row 4  field benefit          benefit code missing for section hospital cash
ERROR   header field status           value list not in standard (expected OPEN/CLOSED/REOPENED)
WARN    row 2  field date_of_birth    format YYYY-MM-DD expected from July (currently accepted)
WARN    row 5  field claimant         free-text length > 60

The file was stored but not booked. Please correct and resend.
This message contains no claim data.
""")

add('harb-sftp-key-rotation', 'NORMAL', 'en', 'insurer-to-coverholder',
    'trap: IT notice about SFTP host key rotation for bordereau exchange, only a fingerprint',
    frm=LORENZ.addr, to=[('Harbourline IT', 'it@' + HARB)], cc=[WOLTERS.addr],
    subject='SFTP host key change on 3 March - bordereau exchange', date='2026-02-24 13:30',
    cte='7bit', charset='us-ascii',
    body="""Hello,

on Tuesday 3 March between 06:00 and 06:30 CET we will rotate the host key
of sftp.kranichsee-versicherung.example. Your client will show a key
warning on the next connection. The new key fingerprint is

  ED25519 SHA256:q3Lk8PzX0fV1mR4nD7sY2aBcE9tG6hJ5uW0oK1iL3Ms

Please verify it against this mail and our phone line before accepting.
Your user account, directory and schedules stay the same.

Kai Lorenz
IT Data Exchange | +49 561 7044-6620
""")

add('harb-audit-report-docx', 'NORMAL', 'en', 'insurer-to-coverholder',
    'trap: DOCX audit report on claims handling with counts of files lacking medical reports, no individual claim',
    frm=WOLTERS.addr, to=[('Oliver Grant', 'oliver.grant@' + HARB)],
    cc=[('Harbourline Compliance', 'compliance@' + HARB)],
    subject='Coverholder audit 2026 - final report', date='2026-10-20 14:10',
    body="""Dear Oliver,

thank you for hosting us in September. Attached is the final audit report.
Overall rating: satisfactory, with two medium findings on claims files.
We would like the action plan by 30 November.

""" + WOLTERS.sig('en'),
    atts=[docx('Harbourline_audit_2026_final.docx', [
        ('h1', 'Coverholder audit Harbourline Underwriting Ltd - September 2026'),
        ('p', 'Scope: binders B0914KSV2026 (household) and B0915KSV2026 (personal accident). '
              'Sample: 40 claims files, 60 policy files, bordereaux Jan-Aug 2026.'),
        ('h2', 'Findings'),
        ('table', [['No', 'Area', 'Finding', 'Rating'],
                   ['1', 'PA claims', 'In 3 of 20 sampled PA files the medical report supporting the disablement '
                                      'percentage was missing; payment was made on the claimant\'s statement.', 'medium'],
                   ['2', 'PA claims', 'Medical documents are stored in a shared drive folder accessible to all '
                                      'staff, not only claims handlers.', 'medium'],
                   ['3', 'Bordereaux', 'Late submission in 2 of 8 months.', 'low']]),
        ('h2', 'Conclusion'),
        ('p', 'Overall satisfactory. No individual claim needs to be reopened.'),
    ])])

add('harb-travel-medical-zip', 'STRICTLY_CONFIDENTIAL', 'en', 'coverholder-to-insurer',
    'ZIP bundle of travel medical claims: CSV with claimant names, dates of birth and diagnoses, plus a README',
    frm=('Hannah Lowe', 'hannah.lowe@' + HARB), to=[VOSS.addr],
    subject='Travel medical claims over GBP 10k - files for your referral',
    date='2026-08-27 12:15', tz='+0100', cte='7bit', charset='us-ascii',
    body="""Hi Henrik,

as requested, the three travel medical claims above our GBP 10k authority
for your referral decision. Everything is in the zip (list plus our
notes). Password by phone as usual - sorry, I forgot, this one is not
encrypted. Please let me know if I should resend.

Hannah
""",
    atts=[zipf('referrals_travel_2026-08.zip', [
        Att('referral_list.csv', 'text', 'csv',
            'claim_ref,claimant,dob,country,diagnosis,estimate_gbp\r\n'
            'HUL-TR-C-8812,Ruth Bellamy,1949-03-02,Spain,hip fracture and pneumonia,38400\r\n'
            'HUL-TR-C-8820,Imran Qureshi,1980-12-19,USA,appendicitis with peritonitis,61200\r\n'
            'HUL-TR-C-8827,Owen Price,2003-06-25,Thailand,motorbike accident - skull fracture,22750\r\n',
            charset='utf-8', kind='csv'),
        ('README.txt', b'Referral notes: all three are within policy period; HUL-TR-C-8827 - alcohol involvement '
                       b'under investigation (blood alcohol 0.9 per mille in hospital record).\r\n'),
    ])])

add('ngr-fac-property-homes', 'CONFIDENTIAL', 'en', 'insurer-to-reinsurer',
    'facultative property request listing named private homeowners, addresses and sums insured in an XLSX',
    frm=WOLTERS.addr, to=[('Tom Becker', 'tom.becker@' + NGR)],
    subject='Fac request - high-value private homes portfolio, renewal 1 January 2027',
    date='2026-11-03 09:40',
    body="""Dear Tom,

as every year we would like to place the high-value private homes above
EUR 5m sum insured facultatively. Eleven risks this year, two new ones
(rows 10 and 11). Risk list attached; surveys are available for all but
the Starnberg property, which will be surveyed in November.

Terms as expiring requested: 60 % share, commission 22.5 %.

""" + WOLTERS.sig('en'),
    atts=[xlsx('Fac_HV_homes_2027.xlsx', [('Risks', [
        ['No', 'Policyholder', 'Risk address', 'Construction', 'Buildings SI EUR', 'Contents/Art SI EUR', 'Sprinkler/alarm'],
        [1, 'Dr. Konstantin Wehrmann', 'Am Hang 4, 34131 Kassel', 'massive, 1928', 6200000, 2400000, 'VdS alarm'],
        [2, 'Charlotte und Henning Auerbach', 'Seestraße 77, 82319 Starnberg', 'massive, 2019', 8900000, 3100000, 'alarm, no survey yet'],
        [3, 'Friederike von Alvensleben', 'Gut Eichenhof, 37213 Witzenhausen', 'half-timbered, 1790', 5400000, 4800000, 'fire detection'],
        [10, 'Malte Quandt-Ebersbach', 'Elbchaussee 311, 22609 Hamburg', 'villa, 1911', 11500000, 6000000, 'VdS alarm, sprinkler'],
        [11, 'Yasemin Aydın-Roth', 'Im Rebgarten 2, 79219 Staufen', 'new build 2025', 5100000, 900000, 'alarm'],
    ])])])

add('ngr-technical-account-html', 'NORMAL', 'en', 'insurer-to-reinsurer',
    'trap: quarterly technical account (premiums, claims, balance per treaty) in HTML with the insurer\'s own bank account',
    frm=WOLTERS.addr, to=[('Northgate Treaty Accounting', 'treaty.accounting@' + NGR)],
    subject='Technical accounts Q2 2026 - Kranichsee group', date='2026-08-14 10:00',
    body="""Dear colleagues,

please find our Q2 2026 technical accounts below. The balance of EUR 214,380.55
in our favour is due by 14 September; please pay to our account
DE52 5205 0353 8671 1795 63 (Kranichsee Lebensversicherung AG).

Treaty              Premium      Commission   Claims       Balance
NGR-GL-QS-2021      612,400.00   -91,860.00   -348,220.00  -172,319.45
NGR-BU-SP-2019      288,115.20   -43,217.28   -312,040.00   +67,141.52
NGR-KV-XL-2024       84,000.00         0.00   -126,202.62   -42,202.62

Kind regards
Sabine Wolters
""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>please find our Q2 2026 technical accounts below. The balance of <b>EUR 214,380.55</b> in our favour is due by
14 September; please pay to our account <b>DE52 5205 0353 8671 1795 63</b> (Kranichsee Lebensversicherung AG).</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8eef5"><th>Treaty</th><th>Premium</th><th>Commission</th><th>Claims</th><th>Balance</th></tr>
<tr><td>NGR-GL-QS-2021</td><td align="right">612,400.00</td><td align="right">-91,860.00</td><td align="right">-348,220.00</td><td align="right">-172,319.45</td></tr>
<tr><td>NGR-BU-SP-2019</td><td align="right">288,115.20</td><td align="right">-43,217.28</td><td align="right">-312,040.00</td><td align="right">+67,141.52</td></tr>
<tr><td>NGR-KV-XL-2024</td><td align="right">84,000.00</td><td align="right">0.00</td><td align="right">-126,202.62</td><td align="right">-42,202.62</td></tr>
</table>
<p>Kind regards<br>Sabine Wolters<br>Reinsurance, Kranichsee Versicherung AG</p>
</body></html>
""")

add('ngr-fac-life-applicant', 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-reinsurer',
    'facultative life submission: named applicant, date of birth, blood pressure, BMI and lab values in the XLSX',
    frm=JOSTEN.addr, to=[('Dr. Eleanor Shaw', 'eleanor.shaw@' + NGR)], cc=[WOLTERS.addr],
    subject='Fac submission - term life EUR 3.0m - case UW-26-0418',
    date='2026-03-26 11:52',
    body="""Dear Dr. Shaw,

we would appreciate your facultative offer for the case below, which is
above our automatic limit. Evidence summary attached; the full medical
file (GP report, ECG, labs) can be viewed in our secure portal.

Applicant: Mr Florian Gerstenberg, entrepreneur, non-smoker
Cover: term life EUR 3,000,000, 20 years, key-person cover for his company

Our own assessment: +50 % for blood pressure and BMI, lab values
borderline. Do you see it the same way?

""" + JOSTEN.sig('en'),
    atts=[xlsx('UW-26-0418_evidence_summary.xlsx', [('Evidence', [
        ['Item', 'Value', 'Date', 'Source'],
        ['Name', 'Florian Gerstenberg', '', 'application'],
        ['Date of birth', '1977-08-15', '', 'application'],
        ['Height / weight / BMI', '181 cm / 108 kg / 33.0', '2026-03-02', 'paramedical exam'],
        ['Blood pressure', '152/96 (treated, ramipril 5 mg)', '2026-03-02', 'paramedical exam'],
        ['HbA1c', '6.1 %', '2026-03-02', 'lab'],
        ['GGT / ALT', '78 U/l / 54 U/l', '2026-03-02', 'lab'],
        ['ECG at rest', 'normal, left axis deviation', '2026-03-04', 'cardiologist'],
        ['Family history', 'father MI at 58', '', 'application'],
    ])])])

add('ngr-loading-fwd-internal', 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
    'internal "FYI" forward in English; the quoted reinsurer answer gives a named applicant\'s loading because of lab values',
    frm=WOLTERS.addr, to=[JOSTEN.addr],
    subject='FW: Fac submission - term life EUR 3.0m - case UW-26-0418',
    date='2026-04-01 08:47', in_reply_to='ngr-uw-0418|' + NGR,
    body="""Ulrike, FYI - see below. I will confirm the placement once you have
spoken to the broker.

Sabine

-----Original Message-----
From: Dr. Eleanor Shaw <eleanor.shaw@northgate-re.example>
Sent: Tuesday, 31 March 2026 17:26
To: Josten, Ulrike
Cc: Wolters, Sabine
Subject: RE: Fac submission - term life EUR 3.0m - case UW-26-0418

Dear Ulrike,

for Mr Gerstenberg we can offer 60 % of the EUR 3.0m at +75 % extra
mortality. The HbA1c of 6.1 % together with the raised liver values,
BMI 33 and treated hypertension point to a metabolic syndrome; with the
family history of early MI we are above your +50 %. We would review
after 3 years with new labs, weight and blood pressure.

Best regards
Eleanor Shaw
Chief Medical Officer, Northgate Reinsurance SE
""")

add('ngr-ci-wording-docx', 'NORMAL', 'en', 'reinsurer-to-insurer',
    'trap: draft treaty wording with critical-illness definitions (cancer, heart attack, stroke), no person',
    frm=('James Whitfield', 'james.whitfield@' + NGR), to=[WOLTERS.addr, JOSTEN.addr],
    subject='Draft CI treaty 2027 - definitions schedule for comments',
    date='2026-09-15 17:12',
    body="""Dear Sabine, dear Ulrike,

attached is our draft definitions schedule for the new critical illness
quota share. We have aligned cancer and heart attack with the 2026
market guide; stroke now requires permanent neurological deficit for
at least 3 months. Comments welcome by mid-October.

Best regards
James

""" + SIG_NGR_JW,
    atts=[docx('CI_QS_2027_definitions_draft.docx', [
        ('h1', 'Schedule 2 - Definitions of covered conditions (draft 15 Sept 2026)'),
        ('h2', '2.1 Cancer'),
        ('p', 'A malignant tumour positively diagnosed with histological confirmation and characterised by '
              'uncontrolled growth and invasion of tissue. Excluded: carcinoma in situ, skin cancers other '
              'than melanoma stage IB or above, prostate cancer Gleason score 6 or lower.'),
        ('h2', '2.2 Heart attack'),
        ('p', 'Death of heart muscle due to inadequate blood supply, evidenced by typical rise and fall of '
              'troponin and at least one of: typical symptoms, new ECG changes, imaging evidence.'),
        ('h2', '2.3 Stroke'),
        ('p', 'Death of brain tissue due to cerebral infarction or haemorrhage, resulting in permanent '
              'neurological deficit persisting for at least 3 months. TIA is excluded.'),
    ], author='Northgate Reinsurance SE')])

add('ngr-treaty-review-ics', 'NORMAL', 'en', 'reinsurer-to-insurer',
    'calendar invitation for the quarterly treaty review call, no personal data',
    frm=('James Whitfield', 'james.whitfield@' + NGR), to=[WOLTERS.addr, FELDMANN.addr],
    subject='Quarterly treaty review Q3 - Kranichsee / Northgate',
    date='2026-09-28 12:00', cte='7bit', charset='us-ascii',
    body="""Dear Sabine, dear Marc,

invitation for our quarterly review attached. Agenda: Q3 accounts,
renewal timetable 2027, CI quota share draft.

Best regards
James
""",
    atts=[ics('Treaty_review_Q3.ics', 'ngr-ksv-review-2026q3@' + NGR, '20261015T140000', '20261015T150000',
              'Quarterly treaty review Q3 2026', ('James Whitfield', 'james.whitfield@' + NGR),
              [(WOLTERS.name, WOLTERS.email), (FELDMANN.name, FELDMANN.email)],
              location='Teams', description='1. Q3 technical accounts 2. Renewal timetable 2027 '
                                            '3. CI quota share draft 4. AOB')])

add('ngr-villa-fire-loss-advice', 'CONFIDENTIAL', 'en', 'insurer-to-reinsurer',
    'large property loss advice: fire at a named private owner\'s villa, address and reserves in the PDF, nobody injured',
    frm=WOLTERS.addr, to=[('Tom Becker', 'tom.becker@' + NGR)], cc=[EBELING.addr],
    subject='Loss advice - fire, private villa Kassel, fac cert. NGR-FAC-HV-2026-01',
    date='2026-02-12 15:25',
    body="""Dear Tom,

we have to report a fire loss under facultative certificate
NGR-FAC-HV-2026-01 (risk no. 1 on the 2026 list). Loss advice attached.
Nobody was injured; the owners were abroad. Our loss adjuster expects
the building to be uninhabitable for at least nine months.

""" + WOLTERS.sig('en'),
    atts=[pdf('Loss_advice_S-2026-004417.pdf', [
        'Cedant: Kranichsee Versicherung AG - Claim S-2026-004417 - Fac certificate NGR-FAC-HV-2026-01 (60 %)',
        '',
        ('t', [['Item', 'Detail'],
               ['Insured', 'Dr. Konstantin Wehrmann'],
               ['Risk address', 'Am Hang 4, 34131 Kassel'],
               ['Date of loss', '08/02/2026, approx. 03:30'],
               ['Cause', 'electrical fire in the roof space (suspected), fire brigade on site 25 min'],
               ['Injuries', 'none - house unoccupied'],
               ['Reserve buildings', 'EUR 2,100,000'],
               ['Reserve contents/art', 'EUR 650,000'],
               ['Alternative accommodation', 'EUR 90,000'],
               ['Total reserve (100 %)', 'EUR 2,840,000 - NGR share EUR 1,704,000']], [50, 115]),
    ], title='Loss advice')])

add('ngr-bu-cessions-ods', 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-reinsurer',
    'monthly cession list for individual disability insurance: named insureds, dates of birth, ratings in an ODS',
    frm=WOLTERS.addr, to=[('Northgate Life Admin', 'life.admin@' + NGR)],
    subject='NGR-BU-SP-2019 - new cessions October 2026', date='2026-11-05 09:15',
    body="""Dear colleagues,

new cessions for October under the disability surplus treaty attached
(7 risks). Two of them carry medical extra premiums, see column
"rating".

""" + WOLTERS.sig('en'),
    atts=[ods('NGR-BU-SP-2019_cessions_2026-10.ods', [('Cessions', [
        ['Policy', 'Insured', 'DOB', 'Occupation', 'Annual benefit EUR', 'Retention EUR', 'Ceded EUR', 'Rating'],
        ['KL-31902214', 'Jonas Pfeifer', '1992-01-20', 'software developer', 36000, 24000, 12000, 'standard'],
        ['KL-31902390', 'Dr. Almut Brechtel', '1981-07-05', 'dentist', 60000, 24000, 36000, '+25 % (asthma)'],
        ['KL-31902455', 'Timo Reinhardt', '1996-10-11', 'electrician', 30000, 24000, 6000, 'standard'],
        ['KL-31902517', 'Sevgi Demirel', '1988-03-29', 'pharmacist', 42000, 24000, 18000, 'excl. back (lumbago 2024)'],
        ['KL-31902601', 'Lars Wittkopf', '1979-12-02', 'architect', 48000, 24000, 24000, 'standard'],
    ])])])

add('ngr-mortality-basis-csv', 'NORMAL', 'en', 'reinsurer-to-insurer',
    'trap: mortality and disability incidence table by age (pricing basis), no person',
    frm=('James Whitfield', 'james.whitfield@' + NGR), to=[FELDMANN.addr],
    subject='Pricing basis 2027 - mortality and BU incidence rates',
    date='2026-09-30 10:30', cte='7bit', charset='us-ascii',
    body="""Hi Marc,

as requested, the reinsurance pricing basis for 2027 (per mille, unisex,
non-smoker) as CSV. Only every fifth age shown here; the full table is on
the client portal.

James
""",
    atts=[csvf('NGR_pricing_basis_2027.csv', [
        ['age', 'qx_death_permille', 'ix_disability_permille', 'ix_ci_permille'],
        ['25', '0.41', '1.12', '0.38'], ['30', '0.52', '1.31', '0.55'], ['35', '0.71', '1.64', '0.86'],
        ['40', '1.05', '2.21', '1.42'], ['45', '1.63', '3.18', '2.37'], ['50', '2.64', '4.71', '3.81'],
        ['55', '4.12', '6.90', '5.64'], ['60', '6.45', '9.83', '7.95'],
    ], delimiter=',')])

add('ngr-dpa-draft', 'NORMAL', 'en', 'reinsurer-to-insurer',
    'trap: draft data processing agreement whose annex lists data categories (health data, date of birth), no data subject',
    frm=('Northgate Legal', 'legal@' + NGR), to=[SEIDEL.addr], cc=[WOLTERS.addr],
    subject='Data sharing agreement for fac underwriting - draft v2',
    date='2026-02-02 16:40',
    body="""Dear Ms Seidel,

further to our call, attached is version 2 of the data sharing agreement
for facultative underwriting and claims referrals. We have added the
categories of data you asked for in Annex 1 and the secure-portal
requirement in clause 7.

Kind regards
Marta Kowalska
Legal Counsel, Northgate Reinsurance SE
""",
    atts=[docx('NGR_KSV_data_sharing_agreement_v2.docx', [
        ('h1', 'Data Sharing Agreement - Facultative Underwriting and Claims Referrals'),
        ('p', 'between Kranichsee Versicherung AG and its subsidiaries ("Cedant") and Northgate Reinsurance SE ("Reinsurer").'),
        ('h2', 'Clause 7 - Transmission'),
        ('p', 'Special categories of personal data (Art. 9 GDPR), in particular health data, shall only be '
              'transmitted via the Cedant\'s secure portal or S/MIME-encrypted e-mail, never as plain e-mail.'),
        ('h2', 'Annex 1 - Categories of data'),
        ('b', 'identification data: name, date of birth, policy number'),
        ('b', 'contract data: sum assured, premium, ratings'),
        ('b', 'health data: medical reports, diagnoses, lab values, causes of death'),
        ('b', 'financial data: income where relevant to the sum assured'),
        ('h2', 'Annex 2 - Retention'),
        ('p', '10 years after the end of the reinsurance relationship for the individual risk.'),
    ], author='Northgate Reinsurance SE')])

add('cob-motor-claim-xml', 'CONFIDENTIAL', 'en', 'partner-to-insurer',
    'cross-border motor claim notification XML: named drivers, plates and insurers, property damage only',
    frm=('Claims Representative UK', 'cor.uk@alderbridge-claims.example'), to=[BRUECKNER.addr],
    subject='Claim notification under 4th MID - your insured KF-6631098-1',
    date='2026-07-23 13:05', tz='+0100', cte='7bit', charset='us-ascii',
    body="""Dear Sirs,

we act as claims representative in the UK. Please find attached our
notification in the standard XML format for an accident in Dover on
18 July 2026 involving your insured vehicle. Property damage only, no
injuries were reported. We request your confirmation of liability within
three months.

Yours faithfully
Alderbridge Claims Services Ltd
""",
    atts=[xmlf('notification_ALB-26-7781.xml', """<?xml version="1.0" encoding="UTF-8"?>
<ClaimNotification xmlns="urn:example:cob:claims:2.1" reference="ALB-26-7781">
  <Accident date="2026-07-18" time="09:40" place="A20 slip road, Dover, Kent" country="GB"/>
  <ForeignVehicle>
    <Registration country="D">KS-LE 4471</Registration>
    <Insurer code="9876">Kranichsee Versicherung AG</Insurer>
    <Policy>KF-6631098-1</Policy>
    <Driver><Name>Lennart Engström</Name><BirthDate>1987-02-27</BirthDate><Address>Wolfhager Str. 210, 34128 Kassel</Address></Driver>
  </ForeignVehicle>
  <InjuredParty>
    <Name>Margaret Holloway</Name>
    <Address>14 Castle Hill Road, Dover CT16 1QW</Address>
    <Vehicle registration="GK19 XTR">Vauxhall Corsa</Vehicle>
    <Damage>rear bumper and boot lid</Damage>
    <Injuries>none reported</Injuries>
    <Estimate currency="GBP">2875.40</Estimate>
  </InjuredParty>
</ClaimNotification>
""")])

add('mvp-gdv-bestand-sach', 'CONFIDENTIAL', 'de', 'insurer-to-broker',
    'GDV-style fixed-width export of property contracts with customer names, addresses and birth dates for the broker\'s software; body is technical',
    frm=('Kranichsee Datenservice', 'datenservice@' + D), to=[('Maklerkontor Brandes & Söhne', 'mvp-import@brandes-makler.example')],
    subject='GDV-Bestandsdaten VM-31047 - Lieferung 2026-04-30', date='2026-04-30 22:05',
    cte='7bit', charset='us-ascii', headers=[('Auto-Submitted', 'auto-generated')],
    body="""Automatische Lieferung der Bestandsdaten im GDV-Format (Release 2023)
Vermittler: VM-31047 Maklerkontor Brandes & Soehne GmbH
Sparten: 040 Haftpflicht, 130 Hausrat, 140 Wohngebaeude
Saetze: 8

Bei Fragen: datenservice@kranichsee-versicherung.example
""",
    atts=[gdv('VM31047_20260430.gdv', [
        ['0001', F('9876', 5), F('Kranichsee Versicherung AG', 30), F('30042026', 8), F('VM31047', 10), F('2023', 4)],
        ['0100', F('9876', 5), F('140', 3), F('KS 14-3307712', 17), F('1', 1), F('Hennig', 30), F('Carola', 30),
         F('Hasenweg 9', 30), F('34132', 6), F('Kassel', 25), F('17031964', 8)],
        ['0200', F('9876', 5), F('140', 3), F('KS 14-3307712', 17), F('01012019', 8), F('01012027', 8),
         F('000048315', 9, True), F('12', 2)],
        ['0100', F('9876', 5), F('130', 3), F('KS 13-5501184', 17), F('2', 1), F('Okonkwo-Lenz', 30), F('Dorothea', 30),
         F('Friedrich-Ebert-Str. 61', 30), F('34117', 6), F('Kassel', 25), F('02111990', 8)],
        ['0200', F('9876', 5), F('130', 3), F('KS 13-5501184', 17), F('15052022', 8), F('15052027', 8),
         F('000016420', 9, True), F('01', 2)],
        ['0100', F('9876', 5), F('040', 3), F('KS 04-2219035', 17), F('1', 1), F('Baumgarten', 30), F('Till', 30),
         F('Am Sande 3', 30), F('34346', 6), F('Hann. Münden', 25), F('29081999', 8)],
        ['0200', F('9876', 5), F('040', 3), F('KS 04-2219035', 17), F('01092024', 8), F('01092027', 8),
         F('000008950', 9, True), F('01', 2)],
        ['9999', F('9876', 5), F('6', 10, True), F('VM31047', 10)],
    ])])

add('gdv-spezifikation-docx', 'NORMAL', 'de', 'insurer-to-supplier',
    'trap: interface specification listing record fields like Name, Geburtsdatum, IBAN - a description, no data',
    frm=LORENZ.addr, to=[('Support MVP-Soft', 'support@mvpsoft.example')],
    subject='Schnittstellenbeschreibung GDV-Erweiterung Kranichsee (Satzart 0220.030)',
    date='2026-03-16 11:11',
    body="""Hallo zusammen,

wie im Call besprochen anbei die Beschreibung unserer unternehmens-
individuellen Felder in Satzart 0220 (Leben/BU). Die Felder kommen ab
der Lieferung 30.06. Beispieldaten folgen als Testdatei.

Viele Grüße
Kai Lorenz
IT Datenaustausch & Schnittstellen
Kranichsee Versicherung AG · Tel. 0561 7044-6620
""",
    atts=[docx('KSV_GDV_0220-030_Feldbeschreibung.docx', [
        ('h1', 'Unternehmensindividuelle Felder Satzart 0220.030'),
        ('p', 'Gültig ab Lieferung 30.06.2026. Alle Positionen 1-basiert, Länge in Zeichen.'),
        ('table', [['Pos', 'Länge', 'Feld', 'Format', 'Bemerkung'],
                   ['43', '8', 'Geburtsdatum versicherte Person', 'TTMMJJJJ', 'Pflicht'],
                   ['51', '30', 'Name versicherte Person', 'alphanumerisch', 'Pflicht'],
                   ['81', '1', 'Raucherstatus', 'R/N', 'nur Risikoleben'],
                   ['82', '3', 'Beitragszuschlag medizinisch in %', 'numerisch', '000 = kein Zuschlag'],
                   ['85', '34', 'IBAN Beitragszahler', 'alphanumerisch', 'nur bei Lastschrift'],
                   ['119', '1', 'Leistungsausschluss vorhanden', 'J/N', 'ohne Inhalt']]),
        ('p', 'Hinweis: Inhalte von Leistungsausschlüssen werden nicht geliefert.'),
    ])])

add('gdv-testdatei-mvp', 'NORMAL', 'de', 'insurer-to-supplier',
    'trap: GDV test file marked TEST with fictitious test customers and the published example IBAN',
    frm=LORENZ.addr, to=[('Support MVP-Soft', 'support@mvpsoft.example')],
    subject='AW: Testdatei Satzart 0220.030', date='2026-03-20 15:47',
    in_reply_to='mvpsoft-testdatei|mvpsoft.example', cte='quoted-printable',
    body="""Hallo Frau Jahn,

hier die Testdatei. Alles fiktiv: Testkunden "Mustermann/Musterfrau",
Vertragsnummern mit Präfix KL-9999, IBAN ist die bekannte Beispiel-IBAN
aus der SEPA-Dokumentation.

Gruß Kai Lorenz

> Können Sie uns eine Testdatei mit den neuen Feldern schicken, gern mit
> allen Varianten (Raucher, Zuschlag, Ausschluss)?
""",
    atts=[gdv('TEST_VM99999_20260320.gdv', [
        ['0001', F('9876', 5), F('TESTDATEI - KEINE ECHTDATEN', 30), F('20032026', 8), F('VM99999', 10), F('2023', 4)],
        ['0220', F('9876', 5), F('010', 3), F('KL-99990001', 17), F('01011980', 8), F('Mustermann, Max', 30), F('N', 1),
         F('000', 3, True), F('DE02120300000000202051', 34), F('N', 1)],
        ['0220', F('9876', 5), F('010', 3), F('KL-99990002', 17), F('15061975', 8), F('Musterfrau, Erika', 30), F('R', 1),
         F('050', 3, True), F('DE02120300000000202051', 34), F('J', 1)],
        ['9999', F('9876', 5), F('2', 10, True), F('VM99999', 10)],
    ])])

add('gdv-leben-bestand', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker',
    'GDV-style export of life/disability contracts with insured persons\' names, birth dates and medical loadings',
    frm=('Kranichsee Datenservice', 'datenservice@' + D), to=[('Finanzhaus Ostermann', 'import@ostermann-finanz.example')],
    subject='GDV-Bestandsdaten VM-28810 - Lieferung 2026-06-30', date='2026-06-30 22:07',
    cte='7bit', charset='us-ascii', headers=[('Auto-Submitted', 'auto-generated')],
    body="""Automatische Lieferung der Bestandsdaten im GDV-Format (Release 2023)
Vermittler: VM-28810 Finanzhaus Ostermann e.K.
Sparten: 010 Leben, 020 BU
Saetze: 4

Bei Fragen: datenservice@kranichsee-versicherung.example
""",
    atts=[gdv('VM28810_20260630.gdv', [
        ['0001', F('9876', 5), F('Kranichsee Lebensversicherung', 30), F('30062026', 8), F('VM28810', 10), F('2023', 4)],
        ['0220', F('9876', 5), F('020', 3), F('KL-31877204', 17), F('14091983', 8), F('Seeger, Miriam', 30), F('N', 1),
         F('000', 3, True), F('DE59 7602 6000 6618 8166 44'.replace(' ', ''), 34), F('J', 1)],
        ['0220', F('9876', 5), F('010', 3), F('KL-30551902', 17), F('03031970', 8), F('Ostrowski, Frank', 30), F('R', 1),
         F('075', 3, True), F('', 34), F('N', 1)],
        ['9999', F('9876', 5), F('2', 10, True), F('VM28810', 10)],
    ])])

add('bipro-kfz-tarifierung', 'CONFIDENTIAL', 'de', 'broker-to-insurer',
    'BiPRO-style motor quote request XML: policyholder name, birth date, address, plate - no health',
    frm=('Maklerkontor Brandes MVP', 'mvp@brandes-makler.example'), to=[('BiPRO Eingang', 'bipro@' + D)],
    subject='BiPRO Tarifierung Kfz - Anfrage 2026-08-04-00271', date='2026-08-04 10:22',
    cte='7bit', charset='us-ascii', headers=[('X-BiPRO-Version', '2.6.1')],
    body="""BiPRO Norm 420 Tarifierung - Anfrage im Anhang (XML).
Absender: Maklerkontor Brandes & Soehne GmbH, VM-31047
""",
    atts=[xmlf('Tarifierung_2026-08-04-00271.xml', """<?xml version="1.0" encoding="UTF-8"?>
<TarifierungAnfrage xmlns="urn:example:bipro:kfz:2.6" id="2026-08-04-00271" vermittler="VM-31047">
  <Versicherungsnehmer>
    <Name>Wiesner</Name><Vorname>Tabea</Vorname>
    <Geburtsdatum>1998-05-19</Geburtsdatum>
    <Anschrift><Strasse>Rothenditmolder Str. 14</Strasse><PLZ>34117</PLZ><Ort>Kassel</Ort></Anschrift>
    <Beruf>Angestellte</Beruf>
  </Versicherungsnehmer>
  <Fahrzeug hsn="0603" tsn="BRX" kennzeichen="KS-TW 519" erstzulassung="2021-03-01" kmStand="48200"/>
  <Nutzung jahresfahrleistung="12000" garage="ja" fahrerkreis="VN und Partner ab 25"/>
  <Vorversicherung sfKlasseKH="SF 4" sfKlasseVK="SF 4" vorversicherer="Beispiel Direkt AG"/>
  <Deckung haftpflicht="100 Mio" vollkasko="SB 300" teilkasko="SB 150"/>
</TarifierungAnfrage>
""")])

add('bipro-rlv-antrag', 'STRICTLY_CONFIDENTIAL', 'de', 'broker-to-insurer',
    'BiPRO-style term life application XML with answered health questions (hypertension, medication, hospital stay)',
    frm=('Finanzhaus Ostermann MVP', 'mvp@ostermann-finanz.example'), to=[('BiPRO Eingang', 'bipro@' + D)],
    subject='BiPRO Antrag Leben - 2026-10-13-00088', date='2026-10-13 14:58',
    cte='7bit', charset='us-ascii', headers=[('X-BiPRO-Version', '2.6.1')],
    body="""BiPRO Norm 420 Antrag Leben - Antrag im Anhang (XML).
Absender: Finanzhaus Ostermann e.K., VM-28810
""",
    atts=[xmlf('Antrag_RLV_2026-10-13-00088.xml', """<?xml version="1.0" encoding="UTF-8"?>
<Antrag xmlns="urn:example:bipro:leben:2.6" id="2026-10-13-00088" vermittler="VM-28810" tarif="RLV-Konstant">
  <VersichertePerson>
    <Name>Sauerbier</Name><Vorname>Ralf</Vorname><Geburtsdatum>1974-12-09</Geburtsdatum>
    <Raucher>nein</Raucher><Groesse>178</Groesse><Gewicht>94</Gewicht>
  </VersichertePerson>
  <Versicherungssumme>250000</Versicherungssumme><Laufzeit>20</Laufzeit>
  <Bezugsberechtigt>Ehefrau Kathrin Sauerbier</Bezugsberechtigt>
  <Gesundheitsfragen>
    <Frage nr="1" text="Bluthochdruck, Herz- oder Gefaesserkrankung in den letzten 5 Jahren?">ja</Frage>
    <Erlaeuterung nr="1">Bluthochdruck seit 2022, Candesartan 8 mg, Werte gut eingestellt (Hausarzt Dr. Engelhardt)</Erlaeuterung>
    <Frage nr="2" text="Stationaere Behandlung in den letzten 5 Jahren?">ja</Frage>
    <Erlaeuterung nr="2">2023 Gallenblasenentfernung, 3 Tage Klinikum Bergstadt, folgenlos</Erlaeuterung>
    <Frage nr="3" text="Psychotherapie in den letzten 5 Jahren?">nein</Frage>
  </Gesundheitsfragen>
</Antrag>
""")])

add('courtage-abrechnung-ostermann', 'CONFIDENTIAL', 'de', 'insurer-to-broker',
    'commission statement to a sole-trader broker with his personal IBAN, tax number and earnings in the PDF',
    frm=('Provisionsabrechnung', 'provision@' + D), to=[('Jens Ostermann', 'info@ostermann-finanz.example')],
    subject='Ihre Courtageabrechnung September 2026 - VM-28810', date='2026-10-05 06:30',
    body="""Sehr geehrter Herr Ostermann,

Ihre Courtageabrechnung für September 2026 steht bereit und ist dieser
E-Mail als PDF beigefügt. Die Auszahlung erfolgt am 10.10.2026.

Mit freundlichen Grüßen
Ihre Kranichsee Versicherung – Provisionsabrechnung

""" + FOOT_DE,
    atts=[pdf('Courtage_VM-28810_2026-09.pdf', [
        'Courtageabrechnung September 2026',
        'Finanzhaus Ostermann e.K., Inhaber Jens Ostermann, Königstor 18, 34117 Kassel',
        'Steuernummer 026 812 34567 (Finanzamt Kassel), umsatzsteuerbefreit nach § 4 Nr. 11 UStG',
        '',
        ('t', [['Sparte', 'Abschluss', 'Bestand', 'Storno', 'Summe EUR'],
               ['Leben', '3.412,50', '211,40', '-640,00', '2.983,90'],
               ['Kranken', '1.180,00', '96,20', '0,00', '1.276,20'],
               ['Sach/HUK', '412,75', '688,15', '-35,10', '1.065,80'],
               ['Gesamt', '', '', '', '5.325,90']], [30, 30, 30, 30, 30]),
        'Auszahlung auf Ihr Konto: IBAN DE97 3006 0601 7366 0437 76 (Jens Ostermann)',
        'Stornoreserve: 1.412,00 EUR',
    ], title='Courtageabrechnung VM-28810')])

# ---------------------------------------------------------------------------
# Property, motor, liability: claims, forms, lists
# ---------------------------------------------------------------------------

add('kfz-schadenanzeige-ausgefuellt', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'filled motor claim form (rear-end collision, nobody hurt) with names, plates and addresses only in the PDF; body says only "anbei"',
    frm=('Stephan Kellermann', 'stephan.kellermann@t-net.example'), to=[BRUECKNER.addr],
    subject='Schadenanzeige', date='2026-02-20 17:48', mailer='Microsoft Outlook 16.0',
    body="""Hallo Frau Brückner,

anbei die Schadenanzeige.

Gruß
S. Kellermann
""",
    atts=[pdf('Schadenanzeige_Kellermann.pdf', [
        'Kranichsee Versicherung AG - Schadenanzeige Kraftfahrt',
        'Schaden-Nr. (falls bekannt): S-2026-002291',
        '',
        ('t', [['Feld', 'Angabe'],
               ['Versicherungsnehmer', 'Stephan Kellermann, Leipziger Str. 201, 34123 Kassel'],
               ['Vertrag / Kennzeichen', 'KF-7734019-2 / KS-SK 1707'],
               ['Fahrer', 'Versicherungsnehmer selbst, Führerschein seit 1996'],
               ['Schadentag / Ort', '18.02.2026, 07:45, Kreuzung Leipziger Str. / Sandershäuser Str.'],
               ['Hergang', 'Ampel gelb, Vordermann bremst, ich fahre auf (nasse Fahrbahn)'],
               ['Unfallgegner', 'Nora Beckmann, Heiligenröder Str. 7, 34123 Kassel, KS-NB 220, Kfz-Versicherer unbekannt'],
               ['Personenschaden', 'nein, niemand verletzt'],
               ['Polizei', 'nein'],
               ['Eigener Schaden', 'Frontschürze, Kühlergrill (Vollkasko SB 500)']], [45, 125]),
        'Ort/Datum: Kassel, 20.02.2026     Unterschrift: S. Kellermann',
    ], title='Schadenanzeige Kraftfahrt', author='Stephan Kellermann')])

add('kfz-totalschaden-bundle', 'CONFIDENTIAL', 'de', 'assessor-to-insurer',
    'assessor\'s ZIP: total-loss report PDF with owner data, vehicle registration scan, signed assignment - no injury',
    frm=('Ingenieurbüro Grothe', 'gutachten@sv-grothe.example'), to=[BRUECKNER.addr],
    subject='Gutachten G-26-1184 / Ihr Schaden S-2026-003870 (Totalschaden)',
    date='2026-03-30 10:37', charset='iso-8859-1',
    body="""Sehr geehrte Frau Brückner,

im Anhang erhalten Sie unser Gutachten G-26-1184 zum Fahrzeug Ihres
Versicherungsnehmers Herrn Aslan, die Kopie der Zulassungsbescheinigung
Teil I und die Abtretungserklärung. Es liegt ein wirtschaftlicher
Totalschaden vor.

Mit freundlichen Grüßen
Dipl.-Ing. Heiko Grothe
Öffentlich bestellter und vereidigter Sachverständiger
Ingenieurbüro Grothe · Dresdener Str. 9 · 34125 Kassel · Tel. 0561 870 44 10
""",
    atts=[zipf('G-26-1184_Aslan.zip', [
        pdf('Gutachten_G-26-1184.pdf', [
            'Ingenieurbüro Grothe - Haftpflicht-/Kaskogutachten G-26-1184',
            'Auftraggeber: Kranichsee Versicherung AG, Schaden S-2026-003870',
            'Fahrzeughalter: Baran Aslan, Holländische Str. 88, 34127 Kassel',
            'Fahrzeug: VW Golf VII Variant 1.6 TDI, FIN WVWZZZAUZHP512204, Kennzeichen KS-BA 881',
            '',
            ('t', [['Position', 'Betrag EUR'],
                   ['Reparaturkosten brutto', '14.820,55'], ['Wiederbeschaffungswert', '11.200,00'],
                   ['Restwert (3 Angebote)', '2.350,00'], ['Wiederbeschaffungsaufwand', '8.850,00']], [80, 40]),
            'Ergebnis: wirtschaftlicher Totalschaden. Besichtigung am 27.03.2026 auf dem Gelände Autohaus Nordstadt.',
        ], title='Gutachten G-26-1184', author='Ingenieurbüro Grothe'),
        png('Zulassung_Teil1_KS-BA881.png', 420, 300, seed=881),
        pdf('Abtretung_Aslan.pdf', [
            'Abtretungserklärung: Ich, Baran Aslan, trete meine Ansprüche auf Erstattung der Gutachterkosten '
            'aus dem Schaden vom 21.03.2026 an das Ingenieurbüro Grothe ab.',
            'Kassel, 27.03.2026   Unterschrift: B. Aslan',
        ], title='Abtretungserklärung', author='Ingenieurbüro Grothe'),
    ])])

add('hausrat-einbruch-liste', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'household burglary: stolen-items list in a windows-1252 CSV, named policyholder with address and police report number',
    frm=('Birgit Lohmann', 'birgit.lohmann@posteingang.example'), to=[EBELING.addr],
    subject='Einbruch 03.11. - Stehlgutliste, Vertrag KS 13-5524410',
    date='2026-11-05 21:03', charset='windows-1252', cte='quoted-printable',
    body="""Sehr geehrter Herr Ebeling,

wie am Telefon besprochen die Liste der gestohlenen Sachen. Die
Polizei hat die Anzeige unter 0471-026113-26/4 aufgenommen. Kaufbelege
habe ich für den Laptop und die Kamera, der Schmuck war überwiegend
geerbt.

Die Terrassentür ist provisorisch verschlossen, der Glaser kommt am
Montag.

Mit freundlichen Grüßen
Birgit Lohmann
Im Druseltal 44, 34131 Kassel
""",
    atts=[csvf('Stehlgutliste_Lohmann.csv', [
        ['Gegenstand', 'Hersteller/Modell', 'Kaufjahr', 'Neupreis €', 'Beleg'],
        ['Laptop', 'Lenovo ThinkPad X1 Carbon', '2024', '1.899,00', 'ja'],
        ['Kamera', 'Fujifilm X-T5 mit Objektiv', '2023', '1.949,00', 'ja'],
        ['Goldkette', 'Erbstück, 585er', '-', 'ca. 1.200,00', 'nein'],
        ['Ring mit Saphir', 'Erbstück', '-', 'ca. 2.500,00', 'Foto'],
        ['Bargeld', '', '', '340,00', 'nein'],
        ['Tablet', 'Apple iPad Air', '2025', '799,00', 'ja'],
    ], encoding='windows-1252', maintype='application', subtype='vnd.ms-excel')])

add('hausverwaltung-mieterliste-ods', 'CONFIDENTIAL', 'de', 'company-to-insurer',
    'property manager sends an ODS of named tenants (flats, phone numbers) affected by a water damage in an insured building',
    frm=('Hausverwaltung Reinhold & Partner', 'schaden@hv-reinhold.example'), to=[EBELING.addr],
    subject='Leitungswasserschaden Wilhelmshöher Allee 98 - betroffene Mieter',
    date='2026-01-27 12:14',
    body="""Sehr geehrter Herr Ebeling,

zu unserem Schaden S-2026-000715 (Wohngebäude KS 14-3390021, WEG
Wilhelmshöher Allee 98) anbei die Liste der betroffenen Wohnungen mit
den Kontaktdaten der Mieter, damit der Trocknungsdienst Termine machen
kann. Die Mieter sind einverstanden.

Mit freundlichen Grüßen
Sven Reinhold
Hausverwaltung Reinhold & Partner GbR · Kölnische Str. 12 · 34117 Kassel
""",
    atts=[ods('Betroffene_Wohnungen_WA98.ods', [('Mieter', [
        ['Wohnung', 'Lage', 'Mieter', 'Telefon', 'Schaden', 'erreichbar'],
        ['5', '2. OG links', 'Familie Okafor-Schmitt', '0561 739 4410', 'Decke Bad, Flur', 'ab 16 Uhr'],
        ['3', '1. OG links', 'Herr Volker Dannenberg', '0176 555 21 09', 'Decke Bad, Küche', 'ganztags'],
        ['1', 'EG links', 'Frau Agnes Kurz', '0561 31 66 20', 'Wand Küche feucht', 'vormittags'],
        ['Keller', '', '-', '-', 'Kellerraum 5 nass', 'Schlüssel bei HV'],
    ])], author='Hausverwaltung Reinhold')])

add('sv-besichtigung-ics', 'CONFIDENTIAL', 'de', 'insurer-to-customer',
    'calendar invitation for a loss adjuster visit at a named customer\'s home address with claim number',
    frm=EBELING.addr, to=[('Carola Hennig', 'carola.hennig@webmail.example')],
    cc=[('Sachverständigenbüro Vollrath', 'termine@sv-vollrath.example')],
    subject='Besichtigungstermin Leitungswasserschaden S-2026-006612',
    date='2026-09-08 14:40',
    body="""Sehr geehrte Frau Hennig,

wie telefonisch abgestimmt kommt unser Sachverständiger Herr Vollrath am
Montag, 14.09., um 10:00 Uhr zu Ihnen, um den Wasserschaden im
Badezimmer anzusehen. Die Terminanfrage hängt an; bitte halten Sie die
Rechnung des Installateurs bereit.

""" + EBELING.sig(),
    atts=[ics('Besichtigung_S-2026-006612.ics', 'besichtigung-s-2026-006612@' + D, '20260914T100000',
              '20260914T110000', 'Besichtigung Leitungswasserschaden S-2026-006612', EBELING.addr,
              [('Carola Hennig', 'carola.hennig@webmail.example'),
               ('Sachverständigenbüro Vollrath', 'termine@sv-vollrath.example')],
              location='Hasenweg 9, 34132 Kassel (Hennig)',
              description='Wohngebäude KS 14-3307712, VN Carola Hennig. Leitungswasserschaden Bad OG, '
                          'Rohrbruch Zuleitung 02.09.2026. Bitte Installateurrechnung bereithalten.')])

add('regulierungsbericht-brand-docx', 'CONFIDENTIAL', 'de', 'assessor-to-insurer',
    'loss adjuster\'s DOCX report on a house fire: named customer, address, amounts; nobody injured',
    frm=('Schadenbüro Vollrath', 'bericht@sv-vollrath.example'), to=[EBELING.addr],
    subject='Bericht S-2026-004102 Brand Einfamilienhaus Vellmar',
    date='2026-03-12 16:20',
    body="""Sehr geehrter Herr Ebeling,

anbei unser Erstbericht. Schlussbericht folgt nach Vorlage der
Sanierungsangebote.

Mit freundlichen Grüßen
Frank Vollrath
Schadenbüro Vollrath · Sachverständige für Gebäudeschäden · Vellmar
""",
    atts=[docx('Erstbericht_S-2026-004102.docx', [
        ('h1', 'Erstbericht Brandschaden S-2026-004102'),
        ('p', 'Versicherungsnehmer: Dirk und Simone Papadopoulos, Ahnatalstraße 31, 34246 Vellmar. '
              'Wohngebäude KS 14-3012278, Hausrat KS 13-5019946.'),
        ('h2', 'Hergang'),
        ('p', 'Am 06.03.2026 gegen 19:20 Uhr geriet ein Wäschetrockner im Hauswirtschaftsraum in Brand. '
              'Die Familie war zu Hause und verließ das Haus unverletzt; die Feuerwehr löschte nach 20 Minuten.'),
        ('h2', 'Schadenumfang (vorläufig)'),
        ('table', [['Position', 'Schätzung EUR'], ['Gebäude (Rußsanierung, HWR, Dach)', '68.000'],
                   ['Hausrat (Elektrogeräte, Textilien)', '21.500'], ['Hotelkosten 6 Wochen', '7.400']]),
        ('p', 'Die Ursache (technischer Defekt) ist plausibel; Hinweise auf Fremdverschulden liegen nicht vor.'),
    ], author='Schadenbüro Vollrath')])

add('carport-fotos', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'photos without text of a storm-damaged carport; file names carry the family name, body gives claim number and address',
    frm=('Marek Jankowski', 'marek.jankowski@mailbox.example'), to=[EBELING.addr],
    subject='Fotos Carport - Sturm 18.01.', date='2026-01-19 09:12',
    mailer='UA:Mozilla/5.0 (Android 14; Mobile) K-9 Mail', cte='8bit',
    body="""Guten Morgen,

anbei die Fotos vom Carport, Schadennummer S-2026-000402. Das Dach liegt
beim Nachbarn im Garten (Ahornweg 12), dessen Zaun ist auch kaputt.

Marek Jankowski
Ahornweg 10, 34292 Ahnatal
""",
    atts=[png('Carport_Jankowski_1.png', 480, 360, seed=401, style='photo'),
          png('Carport_Jankowski_2.png', 480, 360, seed=402, style='photo')])

add('kfz-kuendigung-geb', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'motor policy cancellation with plate, contract number and birth date written as "*14.02.1975"',
    frm=('Andrea Vössing', 'a.voessing@webmail.example'), to=[('Kundenservice', 'service@' + D)],
    subject='Kündigung Kfz-Versicherung KS-AV 214', date='2026-11-12 19:41',
    body="""Sehr geehrte Damen und Herren,

hiermit kündige ich meine Kfz-Versicherung zum 31.12.2026.

Vertrag: KF-6118204-0
Kennzeichen: KS-AV 214
Versicherungsnehmerin: Andrea Vössing, *14.02.1975
Anschrift: Hupfeldstraße 5, 34121 Kassel

Bitte bestätigen Sie mir die Kündigung schriftlich und senden Sie die
SF-Bescheinigung an meinen neuen Versicherer.

Mit freundlichen Grüßen
Andrea Vössing
""")

add('sf-bescheinigung-pdf', 'CONFIDENTIAL', 'de', 'insurer-to-customer',
    'no-claims certificate: named customer, birth date, contract, claim-free years in the PDF',
    frm=GRAF.addr, to=[('Andrea Vössing', 'a.voessing@webmail.example')],
    subject='AW: Kündigung Kfz-Versicherung KS-AV 214', date='2026-11-16 10:05',
    in_reply_to='voessing-kuendigung|webmail.example',
    body="""Sehr geehrte Frau Vössing,

wir bestätigen die Kündigung Ihres Vertrags KF-6118204-0 zum 31.12.2026.
Die Bescheinigung über Ihren Schadenverlauf erhalten Sie anbei; Ihr neuer
Versicherer kann sie zusätzlich elektronisch bei uns abrufen.

""" + GRAF.sig(),
    atts=[pdf('SF-Bescheinigung_KF-6118204-0.pdf', [
        'Bescheinigung über den Schadenverlauf in der Kraftfahrzeug-Haftpflicht- und Vollkaskoversicherung',
        '',
        'Versicherungsnehmerin: Andrea Vössing, geb. 14.02.1975, Hupfeldstraße 5, 34121 Kassel',
        'Vertrag: KF-6118204-0, Kennzeichen KS-AV 214, Vertragsende 31.12.2026',
        '',
        ('t', [['Sparte', 'SF-Klasse', 'schadenfreie Jahre', 'Schäden letzte 5 Jahre'],
               ['Kfz-Haftpflicht', 'SF 21', '21', '0'], ['Vollkasko', 'SF 15', '15', '1 (2023)']], [40, 30, 40, 50]),
        'Kassel, 16.11.2026 - Kranichsee Versicherung AG',
    ], title='Schadenverlaufsbescheinigung')])

add('ruecklastschriften-bankdatei', 'CONFIDENTIAL', 'de', 'internal',
    'internal premium accounting: returned direct debits with customer names, IBANs and amounts (property and motor only) in a CSV',
    frm=KUEHN.addr, to=[('Inkasso-Team', 'inkasso@' + D)],
    subject='Rücklastschriften KW 37 - bitte Mahnläufe prüfen', date='2026-09-11 13:25',
    body="""Hallo zusammen,

anbei die Rücklastschriften aus KW 37 (nur Kfz und Sach; Leben/Kranken
kommen getrennt). Bitte bis Dienstag prüfen, ob Mahnsperren bestehen.

Stefan
""",
    atts=[csvf('Ruecklastschriften_KW37_2026.csv', [
        ['Vertrag', 'Kontoinhaber', 'IBAN', 'Betrag', 'Rückgabegrund', 'Datum'],
        ['KF-7012288-1', 'Holger Ziegenbein', 'DE68 2005 0550 3019 4679 64', '86,40', 'AC04 Konto erloschen', '08.09.2026'],
        ['KS 13-5098112', 'Ivana Marković', 'DE59 6005 0101 9708 5143 33', '14,90', 'AM04 Deckung', '08.09.2026'],
        ['KF-6990415-0', 'Bernd Stöcker', 'DE83 5207 0024 5667 2649 73', '112,75', 'MD06 Widerspruch', '09.09.2026'],
        ['KS 04-2277810', 'Lina Hoppe', 'DE58 1203 0000 3844 0714 53', '6,85', 'AM04 Deckung', '10.09.2026'],
    ], encoding='utf-8', bom=True, maintype='application', subtype='octet-stream')])

add('hr-gehaltsmitteilung', 'CONFIDENTIAL', 'de', 'internal',
    'HR letter to an employee with his new salary in the PDF (income of a named person, no health)',
    frm=HAHN.addr, to=[('Timo Brenner', 'timo.brenner@' + D)],
    subject='Ihre Gehaltsanpassung zum 01.04.2026', date='2026-03-19 11:30',
    body="""Lieber Herr Brenner,

anbei das Schreiben zu Ihrer Gehaltsanpassung nach dem Jahresgespräch.
Das Original geht Ihnen per Hauspost zu.

Viele Grüße
Petra Hahn
Personalabteilung · Tel. 0561 7044-1150
""",
    atts=[pdf('Gehaltsanpassung_Brenner_2026-04.pdf', [
        'Kranichsee Versicherung AG - Personalabteilung',
        'Herrn Timo Brenner, Personalnummer 004187, Abteilung Schaden Sach/Haftpflicht',
        '',
        'Gehaltsanpassung zum 01.04.2026',
        'Ihr monatliches Bruttogehalt erhöht sich von 4.310,00 EUR auf 4.585,00 EUR (Tarifgruppe VI, '
        'Stufe 4 zuzüglich 190,00 EUR außertarifliche Zulage). Die variable Vergütung beträgt künftig '
        'bis zu 8 % des Jahresgehalts.',
        '',
        'Kassel, 19.03.2026   Petra Hahn, Personalabteilung',
    ], title='Gehaltsanpassung')])

add('bewerbung-lebenslauf-fwd', 'CONFIDENTIAL', 'de', 'internal',
    'HR forwards a job application; the DOCX CV has the applicant\'s birth date, address and current salary',
    frm=HAHN.addr, to=[KESSLER.addr],
    subject='Bewerbung Sachbearbeitung Leistung KV - Frau Güler', date='2026-05-06 15:15',
    body="""Hallo Frau Keßler,

anbei die Unterlagen von Frau Güler für die ausgeschriebene Stelle in
Ihrem Team. Gehaltsvorstellung 48.000 Euro. Wollen wir sie einladen?

Viele Grüße
Petra Hahn
""",
    atts=[docx('Lebenslauf_Derya_Gueler.docx', [
        ('h1', 'Lebenslauf Derya Güler'),
        ('p', 'Geboren am 23.10.1993 in Göttingen · Weender Landstraße 61, 37075 Göttingen · '
              'derya.gueler@mailbox.example · 0151 555 20 44'),
        ('h2', 'Berufserfahrung'),
        ('table', [['Zeitraum', 'Tätigkeit'],
                   ['seit 2021', 'Sachbearbeiterin Beihilfe, Landesamt (derzeit 41.600 EUR brutto p. a.)'],
                   ['2018-2021', 'Kauffrau im Gesundheitswesen, MVZ Göttingen']]),
        ('h2', 'Ausbildung'),
        ('p', '2015-2018 Ausbildung Kauffrau im Gesundheitswesen; 2013 Abitur.'),
    ], author='Derya Güler')])

add('haftpflicht-fenster-quote', 'CONFIDENTIAL', 'de', 'insurer-to-customer',
    'liability claim: reply with quoted history naming the neighbour, both addresses and the damaged window, nobody hurt',
    frm=EBELING.addr, to=[('Lukas Ebner', 'lukas.ebner@webmail.example')],
    subject='AW: Fußball in Nachbars Fenster', date='2026-06-02 09:35',
    in_reply_to='ebner-fenster|webmail.example',
    body="""Hallo Herr Ebner,

danke für die Fotos. Wir übernehmen den Schaden aus Ihrer
Privathaftpflicht (KS 04-2231177). Bitte geben Sie Frau Sander meine
Kontaktdaten; sie soll mir die Glaserrechnung schicken, dann zahlen wir
direkt an sie.

""" + EBELING.sig() + """

-----Ursprüngliche Nachricht-----
Von: Lukas Ebner <lukas.ebner@webmail.example>
Gesendet: Samstag, 30. Mai 2026 16:48
An: Schaden Sach
Betreff: Fußball in Nachbars Fenster

Hallo, mein Sohn (9) hat beim Kicken im Garten die Wohnzimmerscheibe
unserer Nachbarin Frau Elke Sander (Am Felsenkeller 14, 34128 Kassel)
getroffen. Verletzt wurde niemand, die Scheibe ist gesprungen
(Isolierglas 1,20 x 1,60 m). Wir wohnen nebenan, Am Felsenkeller 12.
Wie geht das jetzt weiter?
Lukas Ebner
""")

add('elementar-abrechnung-html', 'CONFIDENTIAL', 'de', 'insurer-to-customer',
    'flood claim settlement with HTML table of damaged items, amounts, the customer\'s masked IBAN and address',
    frm=EBELING.addr, to=[('Hanne und Wolfgang Brede', 'brede.familie@t-net.example')],
    subject='Abrechnung Ihres Hochwasserschadens S-2026-005530', date='2026-07-24 14:05',
    body="""Sehr geehrte Frau Brede, sehr geehrter Herr Brede,

wir haben Ihren Schaden durch das Hochwasser der Fulda vom 29.06.2026
(Hausrat KS 13-5110387, Fuldaweg 3, 34233 Fuldatal) abgerechnet:

Kellerinventar (Waschmaschine, Trockner, Gefrierschrank)   2.140,00 EUR
Heizöl-Reinigung und Entsorgung                            1.380,00 EUR
Einrichtung Hobbyraum                                      3.215,50 EUR
abzüglich Selbstbeteiligung Elementar                       -500,00 EUR
Auszahlung                                                 6.235,50 EUR

Der Betrag wird auf Ihr Konto DE88 **** **** **** 2336 05 überwiesen.

""" + EBELING.sig(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Brede, sehr geehrter Herr Brede,</p>
<p>wir haben Ihren Schaden durch das Hochwasser der Fulda vom 29.06.2026
(Hausrat KS 13-5110387, Fuldaweg 3, 34233 Fuldatal) abgerechnet:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>Kellerinventar (Waschmaschine, Trockner, Gefrierschrank)</td><td align="right">2.140,00 EUR</td></tr>
<tr><td>Heizöl-Reinigung und Entsorgung</td><td align="right">1.380,00 EUR</td></tr>
<tr><td>Einrichtung Hobbyraum</td><td align="right">3.215,50 EUR</td></tr>
<tr><td>abzüglich Selbstbeteiligung Elementar</td><td align="right">-500,00 EUR</td></tr>
<tr><td><b>Auszahlung</b></td><td align="right"><b>6.235,50 EUR</b></td></tr>
</table>
<p>Der Betrag wird auf Ihr Konto DE88 **** **** **** 2336 05 überwiesen.</p>
<p>Mit freundlichen Grüßen<br>Ralf Ebeling<br>Schaden Sach/Haftpflicht</p>
</body></html>
""")

add('kfz-ratenzahlung-einkommen', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'customer asks for instalments on a motor premium and states her net income and unemployment of her partner',
    frm=('Jacqueline Nitsche', 'jacky.nitsche@mailbox.example'), to=[KUEHN.addr],
    subject='Ratenzahlung Kfz-Beitrag KF-7290044-3', date='2026-01-08 22:16',
    mailer='UA:Mozilla/5.0 (Android 14; Mobile)', cte='8bit',
    body="""Hallo Herr Kühn,

ich habe die Jahresrechnung über 684,30 € für mein Auto bekommen. Das
kann ich im Januar nicht auf einmal bezahlen, ich verdiene zur Zeit nur
1.450 € netto (Teilzeit) und mein Freund ist seit November arbeitslos.
Kann ich in 6 Raten zahlen? Abbuchen können Sie vom bekannten Konto, ich
sorge dafür dass es gedeckt ist.

Viele Grüße
Jacqueline Nitsche
Kasseler Str. 59, 34289 Zierenberg
""")

add('handy-diebstahl-imei', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'electronics insurance theft claim with name, IMEI, police report and address',
    frm=('Fabian Kreutzer', 'fabian.kreutzer@webmail.example'), to=[('Schaden Sach', 'schaden-sach@' + D)],
    subject='Handy geklaut - Elektronikversicherung KS 22-4471032', date='2026-10-19 08:03',
    body="""Hallo,

mein Handy wurde mir am Samstag in der Tram (Linie 4, Königsplatz)
aus der Jackentasche gestohlen.

Gerät: Samsung Galaxy S25, 256 GB, gekauft 02/2026 für 949 €
IMEI: 356938108542172
Anzeige: Polizeipräsidium Nordhessen, Vorgang 0471-031887-26/1
Die SIM ist gesperrt.

Versicherungsnehmer: Fabian Kreutzer, Tischbeinstraße 40, 34121 Kassel

Was brauchen Sie noch?
Fabian Kreutzer
""")

add('tier-op-rechnung', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'pet surgery insurance: vet invoice for a named owner\'s dog (animal health is not human health data)',
    frm=('Svenja Holtkamp', 'svenja.holtkamp@posteingang.example'), to=[('Tierversicherung', 'tier@' + D)],
    subject='OP-Rechnung Balu - Tier-OP-Versicherung KS 31-0088712', date='2026-04-21 18:30', cte='base64',
    body="""Hallo liebes Team,

Balu (Labrador, 6 Jahre) musste letzte Woche am Kreuzband operiert
werden. Die Rechnung der Tierklinik hängt an, ich habe sie schon bezahlt.
Bitte auf mein Konto erstatten, IBAN DE34 4306 0967 5696 1850 41.

Liebe Grüße
Svenja Holtkamp
Wolfsangerstraße 112, 34125 Kassel
""",
    atts=[pdf('Rechnung_Tierklinik_Balu.pdf', [
        'Tierklinik Kassel-Ost - Rechnung 26-04-1178',
        'Tierhalterin: Svenja Holtkamp, Wolfsangerstraße 112, 34125 Kassel',
        'Patient: Balu, Labrador Retriever, männlich, geb. 03/2020, Chip 276098106612204',
        '',
        ('t', [['GOT-Nr.', 'Leistung', 'Betrag EUR'],
               ['', 'Allgemeinuntersuchung, Röntgen Knie links', '186,40'],
               ['', 'TPLO-Operation Kreuzbandriss links inkl. Narkose', '2.480,00'],
               ['', 'stationäre Unterbringung 2 Tage, Medikamente', '312,75'],
               ['', 'Summe inkl. MwSt.', '2.979,15']], [20, 110, 35]),
    ], title='Rechnung Tierklinik', author='Tierklinik Kassel-Ost')])

add('maklervollmacht-pdf', 'CONFIDENTIAL', 'de', 'broker-to-insurer',
    'broker mandate for property/motor contracts with customer name, birth date and address only in the PDF; short body',
    frm=('Lea Vogt', 'lea.vogt@brandes-makler.example'), to=[POHL.addr],
    subject='Maklervollmacht Fam. Steinbrecher - Übertragung Bestand', date='2026-08-12 11:44',
    body="""Hallo Herr Pohl,

anbei die Maklervollmacht von Familie Steinbrecher. Bitte die Verträge
(Hausrat, Haftpflicht, zwei Kfz) auf unsere Vermittlernummer VM-31047
umschlüsseln.

Danke und viele Grüße
Lea Vogt
Maklerkontor Brandes & Söhne GmbH · Innendienst
""",
    atts=[pdf('Maklervollmacht_Steinbrecher.pdf', [
        'Maklervertrag und Maklervollmacht',
        'Auftraggeber: Jörg Steinbrecher, geb. 11.06.1969, und Petra Steinbrecher, geb. 28.01.1971,',
        'Auf der Hohen Wiese 6, 34131 Kassel',
        '',
        'Die Auftraggeber beauftragen die Maklerkontor Brandes & Söhne GmbH mit der Verwaltung folgender Verträge '
        'bei der Kranichsee Versicherung AG: KS 13-5502218 (Hausrat), KS 04-2209981 (Privathaftpflicht), '
        'KF-6502234-1 (KS-JS 69), KF-6502235-1 (KS-PS 71).',
        '',
        'Kassel, 10.08.2026   Unterschriften: J. Steinbrecher, P. Steinbrecher',
    ], title='Maklervollmacht', author='Maklerkontor Brandes')])

add('kfz-regress-schreiben-docx', 'CONFIDENTIAL', 'de', 'insurer-to-thirdparty',
    'recourse letter (DOCX) to the other driver of a car accident naming him, his address, plate and the amount; property damage only',
    frm=BRUECKNER.addr, to=[('Maximilian Strate', 'max.strate@mailbox.example')],
    subject='Schaden S-2026-002291 - Ihre Stellungnahme', date='2026-04-14 10:50',
    body="""Sehr geehrter Herr Strate,

in der Anlage erhalten Sie unser Schreiben zum Unfall vom 18.02.2026 mit
der Bitte um Stellungnahme bis zum 05.05.2026.

""" + BRUECKNER.sig(),
    atts=[docx('Schreiben_S-2026-002291_Strate.docx', [
        ('p', 'Herrn Maximilian Strate, Bunsenstraße 21, 34127 Kassel'),
        ('p', 'Unser Zeichen: S-2026-002291 / Br'),
        ('h2', 'Unfall vom 18.02.2026, Kreuzung Leipziger Straße / Sandershäuser Straße'),
        ('p', 'Nach den uns vorliegenden Zeugenaussagen haben Sie mit Ihrem Fahrzeug (KS-MS 404) die Fahrzeuge '
              'unserer Versicherungsnehmer durch ein plötzliches Einscheren zum Abbremsen gezwungen. Der Schaden '
              'unseres Versicherungsnehmers beträgt 6.412,80 EUR (Reparatur, Wertminderung, Nutzungsausfall).'),
        ('p', 'Wir bitten um Mitteilung Ihres Kfz-Haftpflichtversicherers oder um Ausgleich bis zum 05.05.2026.'),
    ])])

add('mietkaution-einkommensnachweis', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'rent deposit guarantee application: applicant\'s salary figures and employer in an XLSX, no health',
    frm=('Oksana Bondarenko', 'oksana.bondarenko@webmail.example'), to=[('Mietkaution', 'mietkaution@' + D)],
    subject='Antrag Mietkautionsbürgschaft - Einkommensnachweise', date='2026-08-28 07:55',
    body="""Guten Tag,

für meinen Antrag auf die Mietkautionsbürgschaft (Kaution 2.850 €,
Vermieterin Wohnstadt Kassel) schicke ich die geforderte Übersicht über
mein Einkommen der letzten drei Monate. Die Gehaltsabrechnungen kann ich
auch als PDF schicken.

Mit freundlichen Grüßen
Oksana Bondarenko
""",
    atts=[xlsx('Einkommen_Bondarenko_2026.xlsx', [('Einkommen', [
        ['Monat', 'Arbeitgeber', 'Brutto EUR', 'Netto EUR', 'Bemerkung'],
        ['Mai 2026', 'Klinikum Bergstadt gGmbH (Verwaltung)', 3480.00, 2291.14, ''],
        ['Juni 2026', 'Klinikum Bergstadt gGmbH (Verwaltung)', 3480.00, 2291.14, ''],
        ['Juli 2026', 'Klinikum Bergstadt gGmbH (Verwaltung)', 3655.00, 2388.70, 'inkl. Schichtzulage'],
        ['Kindergeld', '', 255.00, 255.00, '1 Kind'],
    ])], author='Oksana Bondarenko')])

add('typklassen-2027', 'NORMAL', 'de', 'insurer-to-broker',
    'trap: motor type-class changes 2027 (price-relevant statistics per car model), no person',
    frm=POHL.addr, to=[('Maklerverteiler Nord', 'makler-nord@' + D)],
    subject='Typklassen 2027 - Auswirkungen auf Ihren Bestand', date='2026-08-20 08:00',
    body="""Liebe Vertriebspartner,

die neuen Typklassen gelten ab der Hauptfälligkeit 01.01.2027. In der
Anlage die Modelle mit den größten Änderungen in unserem Bestand. Die
Beitragsauswirkungen je Vertrag finden Sie ab Oktober im Maklerportal.

""" + POHL.sig(),
    atts=[xlsx('Typklassen_2027_Aenderungen.xlsx', [('Typklassen', [
        ['Hersteller', 'Modell', 'HSN/TSN', 'KH alt', 'KH neu', 'VK alt', 'VK neu', 'Verträge im Bestand'],
        ['VW', 'Golf VIII 1.5 eTSI', '0603/CMZ', 15, 16, 19, 20, 1412],
        ['Tesla', 'Model Y', '5001/ADA', 19, 18, 25, 23, 388],
        ['Skoda', 'Octavia Combi 2.0 TDI', '8004/BKB', 17, 17, 20, 21, 976],
        ['BMW', '320d Touring', '0005/CRV', 16, 17, 24, 25, 531],
        ['Dacia', 'Sandero 1.0 TCe', '7417/AAB', 14, 13, 16, 16, 604],
    ])])])

add('unwetter-hagel-warnung', 'NORMAL', 'de', 'internal',
    'trap: internal storm/hail warning for claims staff with expected claim numbers by postcode region, no person',
    frm=EBELING.addr, to=[('Schaden Sach alle', 'schaden-sach-alle@' + D), ('Kraftfahrt-Schaden', 'kfz-schaden@' + D)],
    subject='Unwetterwarnung Nordhessen: Hagel bis 4 cm - Schadenspitze erwartet',
    date='2026-06-25 13:10', headers=[('Importance', 'high')],
    body="""Liebe Kolleginnen und Kollegen,

der DWD warnt für heute ab 17 Uhr vor schweren Gewittern mit Hagel bis
4 cm im Raum Kassel, Schwalm-Eder und Werra-Meißner. Nach dem Modell
unseres Naturgefahren-Teams rechnen wir mit:

  PLZ 34xxx   ca. 900-1.400 Kfz-Kaskoschäden, 300-500 Wohngebäudeschäden
  PLZ 36xxx   ca. 150-300 Kfz-Kaskoschäden

Ab morgen gilt: Großschadenteam aktiv, Hagel-Drive-in am Standort
Waldau ab Montag, Überstunden sind freigegeben. Bitte priorisiert
Notmaßnahmen (Dächer, Fenster).

Ralf Ebeling
""")

add('wasserschaden-teekueche-foto', 'NORMAL', 'de', 'internal',
    'trap: photo of a water damage in the insurer\'s own tea kitchen sent to facility management, no person',
    frm=('Ilka Brandes', 'ilka.brandes@' + D), to=[OTTO.addr],
    subject='Wasserschaden Teeküche 4. OG - Foto', date='2026-02-11 08:22',
    body="""Hallo Herr Otto,

in der Teeküche im 4. OG (Flur B) tropft es seit heute früh aus der Decke,
Foto anbei. Wir haben einen Eimer drunter gestellt und den Wasserkocher
weggeräumt. Können Sie jemanden schicken?

Danke!
Ilka Brandes
Kundenservice, Raum 4.22
""",
    atts=[png('IMG_20260211_081544.png', 360, 480, seed=4411, style='photo')])

add('produktblatt-wohngebaeude-anbei', 'NORMAL', 'de', 'insurer-to-customer',
    'trap: "anbei" with a product sheet for buildings insurance to a prospect, no contract data',
    frm=GRAF.addr, to=[('Timo Schreiber', 'timo.schreiber@mailbox.example')],
    subject='Ihre Anfrage Wohngebäudeversicherung', date='2026-03-04 12:30',
    body="""Sehr geehrter Herr Schreiber,

anbei wie gewünscht das Produktinformationsblatt. Für ein Angebot
brauchen wir die Wohnfläche, das Baujahr und die gewünschten Bausteine
(Elementar, Photovoltaik).

""" + GRAF.sig(),
    atts=[pdf('PIB_Wohngebaeude_Komfort_2026.pdf', [
        'Produktinformationsblatt Wohngebäudeversicherung Komfort',
        ('h', 'Was ist versichert?'),
        'Ihr Wohngebäude gegen Feuer, Leitungswasser, Sturm und Hagel; optional Elementar (Überschwemmung, '
        'Starkregen, Erdrutsch) und Photovoltaik-Allgefahren.',
        ('h', 'Was ist nicht versichert?'),
        'Schäden durch Krieg, Kernenergie, Sturmflut; Grundwasser ohne Ausuferung.',
        ('h', 'Beispielbeitrag'),
        'Einfamilienhaus, 140 m², Baujahr 1995, Kassel, mit Elementar: 498,20 EUR jährlich.',
    ], title='Produktinformationsblatt Wohngebäude')])

add('muster-beitragsrechnung-schulung', 'NORMAL', 'de', 'insurer-to-broker',
    'trap: sample premium invoice for broker training with a fictitious "Erika Musterfrau (Beispiel)" and the published example IBAN',
    frm=POHL.addr, to=[('Maklerverteiler Nord', 'makler-nord@' + D)],
    subject='Unterlagen Maklerschulung "Neue Beitragsrechnung" am 17.09.', date='2026-09-10 16:02',
    body="""Liebe Vertriebspartner,

zur Schulung nächste Woche vorab die Musterrechnung, damit Sie die neuen
Felder (Zahlweise, Ratenzuschlag, SEPA-Vorankündigung) schon einmal
sehen. Die Person und die Bankverbindung sind frei erfunden.

""" + POHL.sig(),
    atts=[pdf('Musterrechnung_Beitrag_2027.pdf', [
        'MUSTER - Beitragsrechnung 2027',
        'Frau Erika Musterfrau (Beispiel), Musterstraße 1, 12345 Musterstadt',
        'Vertrag: KS 00-0000000 (Beispiel)   Sparte: Hausrat Komfort   Zahlweise: jährlich',
        '',
        ('t', [['Position', 'Betrag EUR'], ['Nettobeitrag', '142,02'], ['Versicherungsteuer 19 %', '26,98'],
               ['Gesamt', '169,00']], [80, 30]),
        'SEPA-Vorankündigung: Wir buchen am 02.01.2027 von IBAN DE02 1203 0000 0000 2020 51 ab '
        '(Beispiel-IBAN aus der Dokumentation).',
    ], title='MUSTER Beitragsrechnung')])

add('yacht-private-owner-en', 'CONFIDENTIAL', 'en', 'broker-to-insurer',
    'yacht insurance request for a private owner: name, home address, date of birth, skipper licence and boat value',
    frm=('Daniel Okafor', 'd.okafor@carrington-gb.example'), to=[WEBER.addr],
    subject='Yacht hull & liability - Mr Henrik Solberg, "Nordlys II"', date='2026-03-13 12:05', tz='+0000',
    body="""Dear Mr Weber,

on behalf of our private client we request terms for hull and liability
cover on his sailing yacht, berthed in Heiligenhafen from April:

Owner: Mr Henrik Solberg, born 9 December 1966, Parkallee 40, 20144 Hamburg
Vessel: "Nordlys II", Hallberg-Rassy 44, built 2018, hull value EUR 690,000
Skipper: owner, RYA Yachtmaster Offshore since 2004, no claims in 10 years
Area: Baltic and North Sea, Norway coast to 65 N

Survey from February 2026 available on request.

Kind regards
Daniel

""" + SIG_CARRINGTON)

add('identity-theft-claim-en', 'CONFIDENTIAL', 'en', 'customer-to-insurer',
    'private cyber policy: identity theft claim with name, date of birth, misused bank account and address',
    frm=('Sophie Marchetti', 'sophie.marchetti@mailbox.example'), to=[('Schaden Sach', 'schaden-sach@' + D)],
    subject='Identity theft - cyber policy KS 26-0071904', date='2026-10-27 18:44',
    cte='quoted-printable',
    body="""Dear Sir or Madam,

I need to report an identity theft under my private cyber policy
KS 26-0071904. Someone opened two online shop accounts and a buy-now-
pay-later contract in my name (Sophie Marchetti, born 30/01/1990) using
my address Herkulesstraße 19, 34119 Kassel. A direct debit of EUR 1,240
was taken from my account DE48 6609 0800 2078 9876 67 on 21 October.

I have filed a police report (0471-034552-26/7) and informed the SCHUFA.
Can your legal partner help me with the letters to the companies?

Kind regards
Sophie Marchetti
""")

add('holiday-home-adjuster-ics', 'CONFIDENTIAL', 'en', 'insurer-to-partner',
    'calendar invitation for a loss adjuster site visit at a named customer\'s holiday home in Spain (storm damage)',
    frm=EBELING.addr, to=[('Javier Molina', 'j.molina@molina-peritos.example')],
    cc=[('Ulrich Fassbender', 'u.fassbender@t-net.example')],
    subject='Site visit Denia - claim S-2026-007718', date='2026-10-14 09:20',
    body="""Dear Mr Molina,

thank you for taking over the inspection. As agreed, the owner will meet
you at the house; invitation attached. The policyholder speaks English.

""" + EBELING.sig('en'),
    atts=[ics('Site_visit_S-2026-007718.ics', 's-2026-007718-visit@' + D, '20261020T100000', '20261020T120000',
              'Site visit S-2026-007718 (storm damage, holiday home)', EBELING.addr,
              [('Javier Molina', 'j.molina@molina-peritos.example'), ('Ulrich Fassbender', 'u.fassbender@t-net.example')],
              location='Calle Les Rotes 58, 03700 Denia, Spain', tzid='Europe/Madrid',
              description='Policyholder Ulrich Fassbender (+49 171 555 0148), holiday home policy KS 14-3550912. '
                          'Storm 08/10/2026: roof tiles, pergola, pool pump. Key with neighbour Mrs Ferrer (No 56).')])

add('art-collection-survey-docx', 'CONFIDENTIAL', 'en', 'surveyor-to-insurer',
    'surveyor\'s DOCX report on a named private collector\'s art collection with address and values',
    frm=('Beatrice Holm', 'b.holm@fineart-survey.example'), to=[WEBER.addr],
    subject='Survey report - private collection Auerbach, Starnberg', date='2026-11-20 15:35',
    body="""Dear Mr Weber,

please find attached my survey report for the Auerbach collection. I
recommend two conditions (see section 4).

Best regards
Beatrice Holm
Fine Art Risk Surveys, Munich
""",
    atts=[docx('Survey_Auerbach_collection_2026-11.docx', [
        ('h1', 'Risk survey - private art collection'),
        ('p', 'Owners: Charlotte and Henning Auerbach, Seestraße 77, 82319 Starnberg. Survey date: 17 November 2026.'),
        ('h2', 'Collection'),
        ('table', [['Object', 'Artist / period', 'Agreed value EUR'],
                   ['Oil on canvas "Lake in winter"', 'German Impressionism, c. 1905', '420,000'],
                   ['Bronze figure', 'Art Deco, 1925', '85,000'],
                   ['Works on paper (14)', 'various, 20th century', '310,000']]),
        ('h2', '4. Recommendations'),
        ('b', 'Alarm system to be connected to a certified monitoring centre by 31 January 2027.'),
        ('b', 'Works on paper to be moved away from the south-facing wall (UV exposure).'),
    ], author='Fine Art Risk Surveys')])

add('exchange-students-liability-ods', 'CONFIDENTIAL', 'en', 'partner-to-insurer',
    'university sends list of named exchange students with dates of birth for group personal liability and baggage cover (no health)',
    frm=('International Office', 'international@uni-nordhessen.example'), to=[WEBER.addr],
    subject='Group liability & baggage - incoming exchange students winter term',
    date='2026-09-29 11:02',
    body="""Dear Mr Weber,

as every semester, here is the list of incoming exchange students to be
insured under our group policy KS 04-2300155 (personal liability and
baggage) from 1 October 2026 to 31 March 2027.

Best regards
Ana Lima
International Office, Universität Nordhessen (fictitious)
""",
    atts=[ods('Incoming_WiSe_2026-27.ods', [('Students', [
        ['Surname', 'First name', 'Date of birth', 'Home university', 'Country', 'Address in Kassel'],
        ['Ferreira', 'Beatriz', '2003-04-11', 'Universidade do Porto', 'PT', 'Menzelstr. 13, WG 2'],
        ['Nakamura', 'Haruto', '2002-09-30', 'Tohoku University', 'JP', 'Studentenwohnheim Hopla, Zi. 214'],
        ['Okoye', 'Chidinma', '2001-12-05', 'University of Lagos', 'NG', 'Wolfhager Str. 44'],
        ['Virtanen', 'Aino', '2003-07-22', 'University of Turku', 'FI', 'Studentenwohnheim Hopla, Zi. 318'],
    ])], author='Universität Nordhessen')])

# ---------------------------------------------------------------------------
# Internal organisation, IT, training, marketing (mostly traps)
# ---------------------------------------------------------------------------

add('datenschutz-protokoll-docx', 'NORMAL', 'de', 'internal',
    'trap: minutes of a data-protection meeting on handling health data by e-mail, diagnoses named only as categories',
    frm=SEIDEL.addr, to=[('Datenschutzkoordinatoren', 'ds-koordinatoren@' + D)],
    subject='Protokoll Datenschutz-Jour-fixe 10.03.2026', date='2026-03-12 10:10',
    body="""Liebe Datenschutzkoordinatorinnen und -koordinatoren,

anbei das Protokoll unseres Jour fixe. Wichtigster Punkt: Ab 01.05. gehen
Mails mit Gesundheitsdaten ausschließlich über das Gateway bzw. das
SecureMail-Postfach; die Ausnahmeliste für Ärzte mit Fax wird abgeschafft.

""" + SEIDEL.sig(),
    atts=[docx('Protokoll_DS-Jourfixe_2026-03-10.docx', [
        ('h1', 'Protokoll Datenschutz-Jour-fixe 10.03.2026'),
        ('p', 'Teilnehmende: Datenschutz, Leistung KV, Leistung Leben/BU, Kundenservice, IT. Leitung: J. Seidel.'),
        ('h2', 'TOP 1 Versand von Gesundheitsdaten'),
        ('p', 'Arztberichte, Diagnosen, Leistungsabrechnungen und Gutachten sind besondere Kategorien nach Art. 9 '
              'DSGVO und unterliegen § 203 StGB. Sie dürfen nur verschlüsselt oder über das Postfach versendet werden.'),
        ('h2', 'TOP 2 Vorfälle Q1'),
        ('p', 'Zwei Fehlversendungen (falscher Empfänger innerhalb eines Maklerbüros); beide ohne Gesundheitsdaten, '
              'keine Meldung an die Aufsichtsbehörde erforderlich.'),
        ('h2', 'TOP 3 Schulung'),
        ('b', 'Pflichtschulung für neue Mitarbeitende bis 30.04.'),
        ('b', 'Quiz "Ist das ein Gesundheitsdatum?" wird überarbeitet.'),
    ])])

add('stellenanzeige-mfa', 'NORMAL', 'de', 'internal',
    'trap: job advertisement for a medical assistant in claims assessment (medical vocabulary, no person)',
    frm=HAHN.addr, to=[BRAUN.addr],
    subject='Stellenanzeige MFA Leistungsprüfung - bitte auf Karriereseite', date='2026-04-20 13:45',
    body="""Hallo Miriam,

kannst du die Anzeige bitte ab Montag auf die Karriereseite und zu den
üblichen Portalen stellen? Text ist mit Frau Keßler abgestimmt.

Danke, Petra
""",
    atts=[docx('Stellenanzeige_MFA_Leistungspruefung_KV.docx', [
        ('h1', 'Medizinische Fachangestellte (m/w/d) für die Leistungsprüfung'),
        ('p', 'Kranichsee Krankenversicherung AG, Kassel - unbefristet, Voll- oder Teilzeit, hybrides Arbeiten.'),
        ('h2', 'Ihre Aufgaben'),
        ('b', 'Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und DRG'),
        ('b', 'Beurteilung von Heil- und Kostenplänen und Hilfsmittelverordnungen'),
        ('b', 'Telefonische Beratung unserer Versicherten zu Erstattungen'),
        ('h2', 'Ihr Profil'),
        ('b', 'Abgeschlossene Ausbildung als MFA oder ZFA, gern mit Abrechnungserfahrung'),
        ('b', 'Kenntnisse der ICD-10-GM und medizinischer Terminologie'),
        ('p', 'Wir bieten 38 Stunden/Woche, 30 Tage Urlaub, betriebliche Krankenversicherung und Jobrad.'),
    ])])

add('it-ticket-arztrechnungen-import', 'NORMAL', 'de', 'system-to-internal',
    'trap: IT ticket about a failed import of "Arztrechnungen" with log lines containing only batch IDs and counts',
    frm=('IT-Servicedesk', 'servicedesk@' + D), to=[LORENZ.addr],
    subject='[INC-2026-018842] Import Arztrechnungen (Scan-Straße) abgebrochen', date='2026-06-09 06:12',
    cte='7bit', charset='us-ascii', headers=[('Auto-Submitted', 'auto-generated')],
    body="""Ticket INC-2026-018842 wurde Ihnen zugewiesen.

Kategorie: Anwendungen > Leistung KV > Belegimport
Prioritaet: 2 - hoch
Melder: Scan-Strasse Nachtlauf (automatisch)

Beschreibung:
Der naechtliche Import der gescannten Arztrechnungen ist um 03:41 mit
Fehler abgebrochen. Betroffen: 3 Stapel, 1.284 Belege.

Log-Auszug:
03:41:07 INFO  batch=SC-20260609-0012 docs=431 ocr=ok
03:41:09 INFO  batch=SC-20260609-0013 docs=455 ocr=ok
03:41:12 ERROR batch=SC-20260609-0014 target=leistung-db error=ORA-01653 unable to extend table
03:41:12 WARN  rollback batch=SC-20260609-0012..0014

Bitte Tablespace pruefen und Import neu anstossen.
""")

add('xsd-leistungsantrag-beispiel', 'NORMAL', 'de', 'insurer-to-supplier',
    'trap: XML example for the benefit-claim interface with placeholder values only ("{{name}}", 1900-01-01)',
    frm=LORENZ.addr, to=[('Projekt Kundenapp', 'app-projekt@digitalwerk-nord.example')],
    subject='Beispiel-XML Leistungsantrag für die App-Anbindung', date='2026-05-14 09:02',
    body="""Hallo zusammen,

wie gestern besprochen ein Beispiel für die XML-Struktur des
Leistungsantrags. Alle Werte sind Platzhalter, die echte Schnittstelle
läuft nur über das mTLS-Gateway.

Gruß Kai Lorenz
""",
    atts=[xmlf('Leistungsantrag_Beispiel.xml', """<?xml version="1.0" encoding="UTF-8"?>
<!-- Beispiel mit Platzhaltern - keine Echtdaten -->
<Leistungsantrag xmlns="urn:example:kranichsee:leistung:1.3">
  <Versicherter vertrag="{{vertragsnummer}}">
    <Name>{{name}}</Name><Vorname>{{vorname}}</Vorname><Geburtsdatum>1900-01-01</Geburtsdatum>
  </Versicherter>
  <Beleg art="Arztrechnung|Zahnarztrechnung|Rezept|Krankenhaus" datum="{{datum}}">
    <Leistungserbringer>{{praxis}}</Leistungserbringer>
    <Diagnose icd="{{icd10gm}}">{{diagnosetext}}</Diagnose>
    <Betrag waehrung="EUR">0.00</Betrag>
  </Beleg>
  <Erstattungskonto iban="{{iban}}"/>
</Leistungsantrag>
""")])

add('pflegestatistik-ods', 'NORMAL', 'de', 'internal',
    'trap: aggregated care statistics (insured persons by care level and federal state) as ODS',
    frm=FELDMANN.addr, to=[('Produktmanagement', 'produktmanagement@' + D)], cc=[REUTER.addr],
    subject='Pflegestatistik Bestand 2025 für die Tarifkalkulation', date='2026-02-17 14:28',
    body="""Hallo Claudia,

hier die Verteilung der Pflegebedürftigen in unserem PPV-Bestand nach
Pflegegrad und Bundesland (Stichtag 31.12.2025). Kleine Zellen sind mit
"<5" ausgewiesen.

Gruß
Marc
""",
    atts=[ods('PPV_Pflegegrade_2025.ods', [('Pflegegrade', [
        ['Bundesland', 'PG 1', 'PG 2', 'PG 3', 'PG 4', 'PG 5', 'gesamt'],
        ['Hessen', 412, 988, 731, 402, 166, 2699],
        ['Niedersachsen', 205, 517, 388, 201, 83, 1394],
        ['Thüringen', 88, 214, 170, 90, 31, 593],
        ['Nordrhein-Westfalen', 61, 140, 98, 55, 19, 373],
        ['übrige', 37, 82, 63, 29, '<5', 215],
    ])])])

add('bestellung-erste-hilfe-aed', 'NORMAL', 'de', 'insurer-to-supplier',
    'trap: purchase order for first-aid kits, AED pads and a blood-pressure monitor for the office',
    frm=OTTO.addr, to=[('Vertrieb Medisafe', 'bestellung@medisafe-betriebsbedarf.example')],
    subject='Bestellung 4500118842 - Erste-Hilfe-Material Standort Kassel', date='2026-01-22 10:55',
    body="""Sehr geehrte Damen und Herren,

wir bestellen zu den Konditionen des Rahmenvertrags:

  12 x Verbandkasten DIN 13157, Art. 1310-57            à  24,90 EUR
   4 x Elektroden-Set AED (Erwachsene), Art. AED-P-220    à  79,00 EUR
   1 x Elektroden-Set AED (Kinder), Art. AED-P-120        à  95,00 EUR
   2 x Blutdruckmessgerät Oberarm, Art. BD-400            à  54,50 EUR
  20 x Kühlkompresse Einweg, Art. KK-10                    à   1,20 EUR

Lieferanschrift: Kranichsee Versicherung AG, Warenannahme Tor 2,
Wilhelmshöher Allee 212, 34119 Kassel. Rechnung bitte an
kreditoren@kranichsee-versicherung.example.

""" + OTTO.sig())

add('versicherungspflichtgrenze-2026', 'NORMAL', 'de', 'insurer-to-broker',
    'trap: broker circular about the 2026 compulsory insurance income threshold with salary examples, no person',
    frm=REUTER.addr, to=[('Maklerverteiler Nord', 'makler-nord@' + D), ('Maklerverteiler Süd', 'makler-sued@' + D)],
    subject='Vertriebsinfo: Versicherungspflichtgrenze 2026 und Wechsel in die PKV', date='2026-01-05 08:15',
    body="""Liebe Vertriebspartnerinnen und Vertriebspartner,

die Jahresarbeitsentgeltgrenze (Versicherungspflichtgrenze) beträgt 2026
77.400 Euro (6.450 Euro im Monat). Angestellte, deren regelmäßiges
Jahresarbeitsentgelt diese Grenze übersteigt, können in die private
Krankenversicherung wechseln.

Rechenbeispiel: Ein Gehalt von 6.300 Euro monatlich plus 13. Gehalt
ergibt 81.900 Euro und liegt damit über der Grenze. Einmalzahlungen zählen
mit, wenn sie vertraglich zugesagt sind; Überstundenvergütungen nicht.

Für Ihre Beratung haben wir den Beitragsvergleichsrechner im Maklerportal
aktualisiert.

""" + REUTER.sig())

add('organigramm-png', 'NORMAL', 'de', 'internal',
    'trap: organisation chart as an image without text, file name mentions the health claims department',
    frm=KESSLER.addr, to=[('Leistungsabteilung KV', 'leistung-kv-team@' + D)],
    subject='Neues Organigramm Leistung KV ab 1. Juli', date='2026-06-26 16:00',
    body="""Liebe Kolleginnen und Kollegen,

anbei das neue Organigramm. Die Teams Zahn und Hilfsmittel werden
zusammengelegt, das Team Großschaden bekommt eine eigene
Gruppenleitung. Die Besetzung stellen wir in der Abteilungsrunde vor.

Martina
""",
    atts=[png('Organigramm_Leistung_KV_2026-07.png', 520, 340, seed=77, style='chart')])

add('fallstudie-anonym-schulung', 'NORMAL', 'de', 'internal',
    'trap: anonymised training case study ("54-year-old insured with disc prolapse") without name or number',
    frm=NOWAK.addr, to=[('Trainees Leben', 'trainees-leben@' + D)],
    subject='Fallstudie für Mittwoch - bitte vorbereiten', date='2026-10-05 11:40',
    body="""Hallo zusammen,

für das Training am Mittwoch bitte die anonymisierte Fallstudie lesen und
die drei Fragen am Ende beantworten. Der Fall ist verfremdet und mehrere
Jahre alt; Rückschlüsse auf echte Kunden sind nicht möglich.

Agnieszka
""",
    atts=[pdf('Fallstudie_BU_07_anonymisiert.pdf', [
        'Fallstudie 7 (anonymisiert) - Berufsunfähigkeit nach Bandscheibenvorfall',
        '',
        'Ein 54-jähriger Versicherter, Dachdecker, beantragt Leistungen wegen Berufsunfähigkeit. Nach einem '
        'Bandscheibenvorfall L4/L5 mit Operation besteht eine Restsymptomatik; er kann nicht mehr über Kopf '
        'arbeiten und keine Lasten über 10 kg heben.',
        '',
        'Fragen:',
        '1. Welche Unterlagen fordern Sie an?',
        '2. Ist eine abstrakte Verweisung nach den Bedingungen zulässig?',
        '3. Wie prüfen Sie den Grad der Berufsunfähigkeit anhand der Tätigkeitsbeschreibung?',
    ], title='Fallstudie 7 - anonymisiert')])

add('grippeimpfung-aktion', 'NORMAL', 'de', 'internal',
    'trap: staff flu vaccination campaign with booking link, medical words but no person',
    frm=HAHN.addr, to=[('Alle Mitarbeitenden Kassel', 'alle-kassel@' + D)],
    subject='Grippeimpfung 2026 durch den Betriebsärztlichen Dienst', date='2026-10-07 09:00',
    body="""Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet der Betriebsärztliche Dienst eine kostenlose
Grippeimpfung an (Vierfachimpfstoff, Saison 2026/27):

  Dienstag, 27.10., 9-15 Uhr, Raum 0.12
  Donnerstag, 29.10., 9-15 Uhr, Raum 0.12

Bitte buchen Sie einen Termin im Intranet unter "Gesundheit > Impfung"
und bringen Sie Ihren Impfpass mit. Wer am Impftag Fieber hat, bleibt
bitte zu Hause. Die Teilnahme ist freiwillig; die Personalabteilung
erfährt nicht, wer geimpft wurde.

Ihre Personalabteilung
""")

add('seminarrechnung-eigene-iban', 'NORMAL', 'de', 'insurer-to-company',
    'trap: invoice from the insurer to a company for a first-aid seminar, with the insurer\'s own IBAN',
    frm=('Kranichsee Akademie', 'akademie@' + D), to=[('Buchhaltung Quellwerk', 'buchhaltung@quellwerk.example')],
    subject='Rechnung AK-2026-0412 - Seminar "Gesund im Büro"', date='2026-05-22 12:00',
    body="""Sehr geehrte Damen und Herren,

anbei unsere Rechnung für das Inhouse-Seminar "Gesund im Büro -
Rückenschule und Ergonomie" am 19.05.2026.

Bitte überweisen Sie den Betrag von 1.428,00 EUR bis zum 21.06.2026 auf
unser Konto:

Kranichsee Versicherung AG
IBAN DE42 5204 0021 4996 4027 65
BIC KASSDEFFXXX
Verwendungszweck: AK-2026-0412

Mit freundlichen Grüßen
Kranichsee Akademie

""" + FOOT_DE,
    atts=[pdf('Rechnung_AK-2026-0412.pdf', [
        'Kranichsee Versicherung AG - Kranichsee Akademie - Rechnung AK-2026-0412',
        'An: Quellwerk Software GmbH, Ständeplatz 3, 34117 Kassel',
        '',
        ('t', [['Leistung', 'Betrag EUR'], ['Inhouse-Seminar "Gesund im Büro", 19.05.2026, 12 Teilnehmende', '1.200,00'],
               ['USt 19 %', '228,00'], ['Summe', '1.428,00']], [120, 35]),
        'Bankverbindung: Kranichsee Versicherung AG, IBAN DE42 5204 0021 4996 4027 65, BIC KASSDEFFXXX',
    ], title='Rechnung AK-2026-0412')])

add('abwesenheit-de', 'NORMAL', 'de', 'insurer-to-broker',
    'automatic out-of-office reply, no personal data',
    frm=POHL.addr, to=[('Lea Vogt', 'lea.vogt@brandes-makler.example')],
    subject='Automatische Antwort: Rückfrage Termin Maklerstammtisch',
    date='2026-08-13 09:02', headers=[('Auto-Submitted', 'auto-replied')],
    body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.08.2026
nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an den Makler-Innendienst:
maklerservice@kranichsee-versicherung.example, Tel. 0561 7044-1800.

Oliver Pohl
""")

add('pressemitteilung-pflege', 'NORMAL', 'de', 'insurer-to-press',
    'trap: press release on long-term care reform and care statistics, no individual',
    frm=BRAUN.addr, to=[('Presseverteiler', 'presse-verteiler@' + D)],
    subject='Pressemitteilung: Pflegelücke wächst - Kranichsee erweitert Pflegetagegeld',
    date='2026-09-15 10:00',
    body="""PRESSEMITTEILUNG

Kassel, 15. September 2026 – Der Eigenanteil für einen Platz im
Pflegeheim ist in Hessen auf durchschnittlich 3.128 Euro im Monat
gestiegen. Die Kranichsee Krankenversicherung AG erweitert deshalb ihr
Pflegetagegeld: Ab Pflegegrad 2 wird künftig auch bei Demenz ohne
körperliche Einschränkungen gezahlt, und die Leistung bei Pflegegrad 5
steigt auf 100 Prozent des vereinbarten Tagessatzes.

„Zwei von drei Pflegebedürftigen werden zu Hause versorgt, oft von
Angehörigen, die dafür ihre Arbeitszeit reduzieren“, sagt Vorständin
Aylin Kara.

Pressekontakt: Miriam Braun, Unternehmenskommunikation,
Tel. 0561 7044-1040, presse@kranichsee-versicherung.example
""")

add('datenschutz-quiz-docx', 'NORMAL', 'de', 'internal',
    'trap: data-protection quiz with invented example sentences ("Herr M. hat Diabetes"), no real person',
    frm=SEIDEL.addr, to=[('Alle Mitarbeitenden Kassel', 'alle-kassel@' + D)],
    subject='Datenschutz-Quiz: Ist das ein Gesundheitsdatum?', date='2026-05-04 08:30',
    body="""Liebe Kolleginnen und Kollegen,

testen Sie Ihr Wissen! Das Quiz im Anhang dauert fünf Minuten. Alle
Beispiele sind erfunden. Die Auflösung gibt es nächste Woche im Intranet.

""" + SEIDEL.sig(),
    atts=[docx('Quiz_Gesundheitsdaten_2026.docx', [
        ('h1', 'Quiz: Ist das ein Gesundheitsdatum?'),
        ('p', 'Kreuzen Sie an: ja / nein / kommt darauf an. Alle Personen sind erfunden.'),
        ('table', [['Nr', 'Aussage', 'Antwort'],
                   ['1', '"Herr M. hat Diabetes Typ 2."', ''],
                   ['2', '"Frau K. trägt eine Brille."', ''],
                   ['3', '"Der Versicherte war vom 3. bis 20. Mai arbeitsunfähig."', ''],
                   ['4', '"Die Kundin ist 42 Jahre alt."', ''],
                   ['5', '"Im Bestand gibt es 6.118 Fälle mit F-Diagnosen."', '']]),
    ])])

add('krankenstand-abteilungen', 'NORMAL', 'de', 'internal',
    'trap: HR sickness-absence rates per department (aggregated, small units merged)',
    frm=HAHN.addr, to=[('Führungskreis', 'fuehrungskreis@' + D)],
    subject='Krankenstand 1. Halbjahr 2026 nach Bereichen', date='2026-07-20 12:12',
    body="""Liebe Führungskräfte,

anbei die Krankenstandsquoten des ersten Halbjahres nach Bereichen.
Bereiche mit weniger als 15 Mitarbeitenden sind zusammengefasst, damit
keine Rückschlüsse auf einzelne Personen möglich sind.

Gesamtquote: 5,9 % (Vorjahr 6,3 %).

Viele Grüße
Petra Hahn
""",
    atts=[xlsx('Krankenstand_H1_2026.xlsx', [('H1 2026', [
        ['Bereich', 'Mitarbeitende', 'Krankenstand %', 'Langzeit > 6 Wochen (Anzahl)'],
        ['Kundenservice', 148, 7.8, 6], ['Leistung KV', 92, 6.1, 3], ['Schaden Sach/Kfz', 131, 5.4, 4],
        ['Leben/BU', 77, 4.9, 2], ['IT', 118, 3.7, 2], ['Stabsbereiche (zusammengefasst)', 64, 4.2, '<3'],
    ])])])

add('ausschreibung-scandienstleister', 'NORMAL', 'de', 'insurer-to-supplier',
    'trap: request for proposal for scanning medical invoices and reports, only volumes and requirements',
    frm=OTTO.addr, to=[('Vertrieb DocuScan Nord', 'angebote@docuscan-nord.example'),
                       ('Vertrieb ScanLogistik', 'vertrieb@scanlogistik.example')],
    subject='Ausschreibung: Posteingangsdigitalisierung Leistungsbelege KV (Angebot bis 15.07.)',
    date='2026-06-15 14:00',
    body="""Sehr geehrte Damen und Herren,

wir laden Sie ein, ein Angebot für die Digitalisierung unseres
Posteingangs in der Krankenversicherung abzugeben.

Volumen: ca. 1,9 Mio. Belege pro Jahr (Arzt-, Zahnarzt-,
Krankenhausrechnungen, Rezepte, Heil- und Kostenpläne, Arztberichte),
Spitzen im Januar und nach Ostern.

Anforderungen: Verarbeitung ausschließlich in Deutschland, Zertifizierung
nach ISO 27001, Verpflichtung der Mitarbeitenden nach § 203 StGB,
Auftragsverarbeitungsvertrag, Vernichtung der Originale nach DIN 66399
Schutzklasse 3, Übergabe als PDF/A mit OCR und Metadaten via SFTP.

Unterlagen zur Ausschreibung erhalten Sie nach Unterzeichnung der
Vertraulichkeitsvereinbarung.

""" + OTTO.sig())

add('annahmerichtlinien-bu-pdf', 'NORMAL', 'de', 'insurer-to-broker',
    'trap: underwriting guidelines for disability insurance listing diagnoses and typical decisions, no applicant',
    frm=JOSTEN.addr, to=[('Maklerverteiler Nord', 'makler-nord@' + D)],
    subject='Aktualisierte Annahmerichtlinien BU - Voranfragen schneller entscheiden', date='2026-04-28 09:30',
    body="""Liebe Vertriebspartner,

damit Sie Voranfragen besser einschätzen können, erhalten Sie unsere
überarbeitete Übersicht typischer Annahmeentscheidungen. Verbindlich ist
weiterhin nur die Einzelprüfung.

""" + JOSTEN.sig(),
    atts=[pdf('Annahmerichtlinien_BU_Uebersicht_2026.pdf', [
        'Typische Annahmeentscheidungen in der Berufsunfähigkeitsversicherung (Orientierung, nicht verbindlich)',
        '',
        ('t', [['Vorerkrankung', 'typische Entscheidung'],
               ['Heuschnupfen, ohne Asthma', 'normal'],
               ['Asthma bronchiale, gut eingestellt', 'Zuschlag 25 % oder Ausschluss Lunge'],
               ['Rückenschmerzen ohne Befund, > 2 Jahre beschwerdefrei', 'normal'],
               ['Bandscheibenvorfall operiert, < 3 Jahre', 'Ausschluss Wirbelsäule'],
               ['Depressive Episode, abgeschlossen > 5 Jahre', 'Einzelfallprüfung'],
               ['Bluthochdruck, eingestellt', 'normal bis Zuschlag 25 %'],
               ['Diabetes mellitus Typ 1', 'Ablehnung']], [90, 80]),
    ], title='Annahmerichtlinien BU 2026')])

add('vertriebstagung-agenda-ics', 'NORMAL', 'de', 'internal',
    'calendar invitation to the sales conference with an agenda, no personal data',
    frm=REUTER.addr, to=[('Vertrieb alle', 'vertrieb-alle@' + D)],
    subject='Einladung Vertriebstagung 2026 in Bad Wildungen', date='2026-08-31 15:30',
    body="""Liebe Kolleginnen und Kollegen,

die Vertriebstagung findet am 5. und 6. November im Hotel Quellenhof in
Bad Wildungen statt. Die Einladung hängt an, die Agenda folgt.
Zimmer sind reserviert; bitte bis 30.09. zusagen.

Claudia Reuter
""",
    atts=[ics('Vertriebstagung_2026.ics', 'vertriebstagung-2026@' + D, '20261105T100000', '20261106T150000',
              'Vertriebstagung 2026', REUTER.addr, [('Vertrieb alle', 'vertrieb-alle@' + D)],
              location='Hotel Quellenhof, Bad Wildungen',
              description='Themen: Produktoffensive Pflege, digitale Antragsstrecke, Maklerportal 3.0, Abendveranstaltung.')])

add('jour-fixe-reha-ics', 'NORMAL', 'de', 'insurer-to-partner',
    'trap: recurring jour fixe with the rehab-management partner, agenda explicitly without individual cases',
    frm=SCHENK.addr, to=[('Sandra Kirchhoff', 's.kirchhoff@rehalotse.example')],
    subject='Jour fixe Reha-Management - Serie ab Februar', date='2026-01-19 10:20',
    body="""Hallo Frau Kirchhoff,

wie vereinbart richte ich unseren Jour fixe als Serie ein (monatlich,
erster Dienstag). Einzelfälle besprechen wir weiterhin nur in den
Fallkonferenzen, nicht im Jour fixe.

""" + SCHENK.sig(),
    atts=[ics('Jour_fixe_Reha_Serie.ics', 'jf-reha-2026@' + D, '20260203T140000', '20260203T150000',
              'Jour fixe Reha-Management (Serie)', SCHENK.addr, [('Sandra Kirchhoff', 's.kirchhoff@rehalotse.example')],
              location='Teams',
              description='Tagesordnung: 1. Kennzahlen (Fallzahlen, Rückkehrquote) 2. Prozesse und Berichtswesen '
                          '3. Netzwerk Reha-Kliniken. Keine Einzelfälle.')])

add('beitragsanpassung-kv-tarife', 'NORMAL', 'de', 'internal',
    'trap: aggregated premium adjustment per health tariff and age group for the trustee, no person',
    frm=FELDMANN.addr, to=[('Treuhänder-Unterlagen', 'treuhaender@' + D)], cc=[REUTER.addr],
    subject='BAP 01.01.2027 - Übersicht für den Treuhänder', date='2026-09-24 17:35',
    body="""Hallo zusammen,

anbei die Übersicht der Beitragsanpassungen zum 01.01.2027 nach Tarif
und Altersgruppe, wie sie dem Treuhänder vorgelegt wird. Auslösender
Faktor waren in allen drei Tarifen die Leistungsausgaben.

Marc Feldmann
""",
    atts=[xlsx('BAP_2027_Uebersicht.xlsx', [('BAP 2027', [
        ['Tarif', 'Altersgruppe', 'Versicherte', 'Beitrag alt EUR', 'Beitrag neu EUR', 'Veränderung'],
        ['Komfort 300', '21-40', 8412, 389.20, 421.55, '+8,3 %'],
        ['Komfort 300', '41-60', 12877, 611.40, 658.90, '+7,8 %'],
        ['Komfort 300', '61+', 6204, 842.10, 889.30, '+5,6 %'],
        ['Premium 0', '21-40', 3310, 512.80, 548.70, '+7,0 %'],
        ['Premium 0', '41-60', 5188, 798.30, 851.20, '+6,6 %'],
        ['KT-Select', 'alle', 9021, 44.90, 47.10, '+4,9 %'],
    ])])])

add('broschueren-pflege-zip', 'NORMAL', 'de', 'insurer-to-broker',
    'trap: ZIP of marketing material for long-term care insurance (flyer PDF, text DOCX)',
    frm=REUTER.addr, to=[('Lea Vogt', 'lea.vogt@brandes-makler.example')],
    subject='Werbematerial Pflegetagegeld für Ihre Kundenveranstaltung', date='2026-09-18 13:13',
    body="""Hallo Frau Vogt,

für Ihren Kundenabend am 8. Oktober anbei das Material als ZIP: Flyer zum
Ausdrucken und der Text für Ihren Newsletter. Gedruckte Broschüren
schicken wir Ihnen gern per Post.

""" + REUTER.sig(),
    atts=[zipf('Pflegetagegeld_Material.zip', [
        pdf('Flyer_Pflegetagegeld.pdf', [
            'Pflege kann jeden treffen.',
            'Mehr als 5 Millionen Menschen in Deutschland sind pflegebedürftig. Die gesetzliche Pflegeversicherung '
            'zahlt nur einen Teil. Mit dem Kranichsee Pflegetagegeld sichern Sie sich ab Pflegegrad 1 ab - '
            'auch bei Demenz.',
            'Beispiel: 40 Jahre, 50 EUR Tagegeld bei Pflegegrad 5: 24,80 EUR im Monat.',
        ], title='Kranichsee Pflegetagegeld'),
        docx('Newslettertext_Pflege.docx', [
            ('h1', 'Pflegefall - und dann?'),
            ('p', 'Ein Platz im Pflegeheim kostet heute im Schnitt über 3.000 Euro Eigenanteil im Monat. '
                  'Wer vorsorgt, schützt auch seine Kinder.'),
        ]),
    ])])

add('newsletter-makler-html', 'NORMAL', 'de', 'newsletter',
    'trap: HTML broker newsletter with a hospital daily allowance tariff table and product news, no person',
    frm=('Kranichsee Maklernews', 'maklernews@' + D), to=['makler-nord@' + D],
    subject='Maklernews 05/2026: Neues Krankenhaustagegeld, Zahn-Upgrade, Termine',
    date='2026-05-06 07:00', headers=[('List-Unsubscribe', '<mailto:maklernews-abmelden@' + D + '>')],
    body="""Maklernews 05/2026

1. Neues Krankenhaustagegeld KHT-Flex: ab 6,90 EUR im Monat
   Tagegeld 50 EUR: Alter 20 = 6,90 EUR, Alter 40 = 11,40 EUR, Alter 60 = 23,80 EUR
   Verdoppelung bei Intensivstation, keine Wartezeit bei Unfall.
2. Zahn-Upgrade: Implantate jetzt bis 90 % ohne Summenbegrenzung ab dem 5. Jahr.
3. Termine: Webinar BU für Azubis am 20.05., Vertriebstagung 5./6.11.

Abmelden: maklernews-abmelden@kranichsee-versicherung.example
""",
    html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#1d4e89">Maklernews 05/2026</h2>
<h3>1. Neues Krankenhaustagegeld KHT-Flex</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Eintrittsalter</th><th>20</th><th>40</th><th>60</th></tr>
<tr><td>Monatsbeitrag (50 EUR Tagegeld)</td><td>6,90 EUR</td><td>11,40 EUR</td><td>23,80 EUR</td></tr>
</table>
<p>Verdoppelung bei Intensivstation, keine Wartezeit bei Unfall.</p>
<h3>2. Zahn-Upgrade</h3>
<p>Implantate jetzt bis 90 % ohne Summenbegrenzung ab dem 5. Jahr.</p>
<h3>3. Termine</h3>
<p>Webinar BU für Azubis am 20.05., Vertriebstagung 5./6.11.</p>
<p style="font-size:10px">Abmelden: maklernews-abmelden@kranichsee-versicherung.example</p>
</body></html>
""")

add('sommerfest-ics', 'NORMAL', 'de', 'internal',
    'summer party invitation (ICS), no personal data',
    frm=('Betriebsrat', 'betriebsrat@' + D), to=[('Alle Mitarbeitenden Kassel', 'alle-kassel@' + D)],
    subject='Sommerfest am 3. Juli - Save the date', date='2026-05-29 12:00', cte='8bit',
    body="""Liebe Kolleginnen und Kollegen,

am Freitag, 3. Juli, feiern wir ab 15 Uhr unser Sommerfest im Innenhof.
Es gibt Grill, vegetarische Bowls, Kinderschminken und um 18 Uhr die
Band "Fuldaschleifen". Familien sind herzlich willkommen.

Euer Betriebsrat
""",
    atts=[ics('Sommerfest_2026.ics', 'sommerfest-2026@' + D, '20260703T150000', '20260703T220000',
              'Sommerfest Kranichsee', ('Betriebsrat', 'betriebsrat@' + D),
              [('Alle Mitarbeitenden Kassel', 'alle-kassel@' + D)], location='Innenhof Wilhelmshöher Allee 212',
              description='Grill, Band, Kinderprogramm.')])

add('projekt-gateway-rollout-ics', 'NORMAL', 'de', 'internal',
    'project meeting invitation on the secure-mail gateway rollout, no personal data',
    frm=LORENZ.addr, to=[SEIDEL.addr, GRAF.addr, KESSLER.addr],
    subject='Abstimmung Rollout SecureMail-Gateway - Pilotbereiche', date='2026-02-05 11:30',
    body="""Hallo zusammen,

für den Rollout des neuen Gateways brauchen wir die Pilotbereiche. Ich
schlage Kundenservice und Leistung KV vor. Termin anbei; bitte bringt
eure Postfach- und Verteilerlisten mit (nur Adressen, keine Inhalte).

Kai
""",
    atts=[ics('Rollout_Gateway_Pilot.ics', 'gateway-pilot-2026-02@' + D, '20260212T130000', '20260212T140000',
              'Rollout SecureMail-Gateway: Pilotbereiche', LORENZ.addr,
              [(SEIDEL.name, SEIDEL.email), (GRAF.name, GRAF.email), (KESSLER.name, KESSLER.email)],
              location='Raum 5.02', description='Pilotbereiche, Zeitplan, Schulung, Kommunikation an Makler.')])

add('kpi-bearbeitungszeiten-leistung', 'NORMAL', 'de', 'internal',
    'trap: KPI report on processing times for doctors\' invoices and hospital bills, aggregated',
    frm=KESSLER.addr, to=[('Bereichsleitung Kranken', 'bl-kranken@' + D)],
    subject='KPI Leistung KV - Oktober 2026', date='2026-11-04 08:45',
    body="""Hallo zusammen,

die Kennzahlen für Oktober:

  Belegart                 Eingänge   Ø Bearbeitungszeit   Dunkelverarbeitung
  Arztrechnungen           58.204     2,1 Tage             71 %
  Zahnarztrechnungen       12.880     3,4 Tage             38 %
  Krankenhausrechnungen     3.912     5,8 Tage              9 %
  Heil- und Kostenpläne     1.406     6,2 Tage              0 %
  Rezepte/Apotheke         41.377     1,3 Tage             88 %

Beschwerden wegen Bearbeitungsdauer: 47 (Vormonat 63).

Martina
""")

add('zertifikat-antwort-auto', 'NORMAL', 'de', 'system-to-broker',
    'trap: automatic certificate-request answer with only a public certificate, no content',
    frm=('Kranichsee Zertifikatsdienst', 'zertifikat@' + D), to=[('Lea Vogt', 'lea.vogt@brandes-makler.example')],
    subject='[ZERTIFIKAT] Ihr angefordertes Zertifikat für maklerservice@kranichsee-versicherung.example',
    date='2026-03-02 09:14', cte='7bit', charset='us-ascii', headers=[('Auto-Submitted', 'auto-replied')],
    body="""Guten Tag,

Sie haben das S/MIME-Zertifikat der Adresse
maklerservice@kranichsee-versicherung.example angefordert. Es ist dieser
Nachricht als Datei beigefuegt.

Fingerabdruck (SHA-256):
4F:1A:9C:22:7B:E0:55:3D:C8:91:0A:6E:B4:2F:77:D1:3C:08:E9:5A:61:BB:40:C7:2D:9E:F3:18:A6:05:7C:E2

Gueltig bis: 31.12.2027

Kranichsee Versicherung AG - Zertifikatsdienst
""",
    atts=[txtf('maklerservice_kranichsee.pem', """-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ2VydGlmaWNhdGVFeGFtcGxlMDAwDQYJKoZIhvcNAQEL
BQAwMzExMC8GA1UEAwwoS3JhbmljaHNlZSBEZW1vIENBIChmaWN0aXRpb3VzLCBu
byB0cnVzdCkwHhcNMjYwMTAxMDAwMDAwWhcNMjcxMjMxMjM1OTU5WjA4MTYwNAYJ
KoZIhvcNAQkBFidtYWtsZXJzZXJ2aWNlQGtyYW5pY2hzZWUtdmVyc2ljaGVydW5n
LmV4YW1wbGUwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
o0IwQDAdBgNVHQ4EFgQUAAAAAAAAAAAAAAAAAAAAAAAAAAAwHwYDVR0jBBgwFoAU
AAAAAAAAAAAAAAAAAAAAAAAAAAAwDQYJKoZIhvcNAQELBQADAQA=
-----END CERTIFICATE-----
""", subtype='plain')])

# ---------------------------------------------------------------------------
# English: organisation, marketing, IT (mostly traps)
# ---------------------------------------------------------------------------

add('fx-rates-claims-en', 'NORMAL', 'en', 'insurer-to-partner',
    'monthly exchange-rate table for claims settlement, no personal data',
    frm=('International Claims', 'intl-claims@' + D), to=[('GlobeCare Claims Ops', 'claims.ops@' + GLOBE)],
    subject='Settlement exchange rates - July 2026', date='2026-07-01 07:30', cte='7bit', charset='us-ascii',
    body="""Dear colleagues,

please use the following rates (EUR 1 = ...) for all claims received in
July 2026:

  AED  4.0312     SGD  1.4601     THB  38.215
  USD  1.0976     GBP  0.8488     MXN  19.874
  CNY  7.9543     INR  91.620     CHF   0.9512

Source: ECB reference rates of 30 June 2026.

Kranichsee International Health - Claims
""")

add('job-ad-claims-assessor-en', 'NORMAL', 'en', 'insurer-to-partner',
    'trap: job advertisement for an English-speaking medical claims assessor, shared with a recruiting partner',
    frm=HAHN.addr, to=[('Talent Bridge Recruiting', 'jobs@talentbridge.example')],
    subject='New vacancy: Medical Claims Assessor (English-speaking), Kassel', date='2026-04-08 10:20',
    body="""Dear Ms Quinn,

please advertise the following role for us. Start as soon as possible.

Medical Claims Assessor International Health (m/f/d), full-time
- assess inpatient and outpatient claims from more than 60 countries
- check medical reports, treatment plans and cost estimates (ICD-10, CPT)
- liaise with our assistance partners on cost containment and evacuations
Profile: nurse, medical assistant or similar, fluent English, German B2.
Salary band: EUR 48,000 - 56,000, hybrid working.

""" + HAHN.sig('en'))

add('icd11-conference-agenda', 'NORMAL', 'en', 'partner-to-insurer',
    'trap: conference invitation on the ICD-11 transition with an agenda PDF full of coding topics, no person',
    frm=('Insurance Health Data Forum', 'events@ihdf.example'), to=[HARTUNG.addr],
    subject='Invitation: IHDF Autumn Forum - "ICD-11 in claims and underwriting"', date='2026-07-30 09:00',
    cte='7bit', charset='us-ascii',
    body="""Dear Dr. Hartung,

we are delighted to invite you to the IHDF Autumn Forum in Vienna on
12-13 November 2026. The programme is attached.

Early-bird registration until 15 September.

IHDF Events Team
""",
    atts=[pdf('IHDF_Autumn_Forum_2026_programme.pdf', [
        'IHDF Autumn Forum 2026 - ICD-11 in claims and underwriting - Vienna, 12-13 November',
        '',
        ('t', [['Time', 'Session'],
               ['Day 1, 09:30', 'Keynote: ICD-11 adoption timeline in Europe'],
               ['Day 1, 11:00', 'Mapping ICD-10-GM to ICD-11: mental and behavioural disorders (chapter 06)'],
               ['Day 1, 14:00', 'Cancer staging and extension codes in reinsurance data'],
               ['Day 2, 09:30', 'Underwriting diabetes and obesity with new post-coordination'],
               ['Day 2, 11:30', 'Panel: GDPR and coded health data in bordereaux']], [35, 130]),
    ], title='IHDF Autumn Forum 2026', author='IHDF')])

add('emergency-abroad-checklist', 'NORMAL', 'en', 'insurer-to-company',
    'trap: generic checklist "medical emergency abroad" for an employer\'s travellers, with symptoms and hotline',
    frm=VOSS.addr, to=[('Tom Greaves', 'travel.desk@helix-bio.example')],
    subject='Checklist for your travellers - medical emergency abroad', date='2026-06-22 14:00',
    body="""Hello Tom,

as promised, our one-page checklist for your travel desk. Feel free to add
it to the travel pack.

""" + VOSS.sig('en'),
    atts=[pdf('Checklist_medical_emergency_abroad.pdf', [
        'Medical emergency abroad - what to do',
        '1. Call local emergency services first (112 in the EU, 911 in North America).',
        '2. Then call the 24/7 assistance line on the back of your travel card: +34 91 555 0199.',
        '3. Chest pain, stroke signs (face, arm, speech), severe bleeding: go to hospital immediately.',
        '4. Keep all medical reports and invoices; ask for an itemised bill with diagnosis.',
        '5. Do not agree to a repatriation flight without the assistance company\'s approval.',
    ], title='Checklist - medical emergency abroad')])

add('press-release-globecare-en', 'NORMAL', 'en', 'insurer-to-press',
    'trap: press release on a partnership in international health, mentions treatments and numbers, no person',
    frm=BRAUN.addr, to=[('International press list', 'press-intl@' + D)],
    subject='Press release: Kranichsee and GlobeCare extend partnership for international health',
    date='2026-03-25 10:00',
    body="""PRESS RELEASE

Kassel / Dublin, 25 March 2026 - Kranichsee Krankenversicherung AG and
GlobeCare Assistance Ltd have extended their partnership until 2030.
GlobeCare handles around 14,000 claims and 600 hospital admissions per
year for Kranichsee's 9,500 international health members, from maternity
care in Singapore to cancer treatment in Dubai. New in 2026: digital
second opinions and a mental health hotline in 12 languages.

Media contact: Miriam Braun, +49 561 7044-1040, presse@kranichsee-versicherung.example
""")

add('network-map-png', 'NORMAL', 'en', 'partner-to-insurer',
    'trap: image-only map of the partner hospital network (no text), file name only',
    frm=('GlobeCare Provider Relations', 'providers@' + GLOBE), to=[DEMIR.addr],
    subject='Network map for your member app', date='2026-04-03 11:10', tz='+0100', cte='7bit', charset='us-ascii',
    body="""Hi Elif,

as requested, the network map graphic for the app (PNG, 520 x 340).

Best
GlobeCare Provider Relations
""",
    atts=[png('GC_hospital_network_map_APAC.png', 520, 340, seed=5, style='chart')])

add('scheduling-reply-en', 'NORMAL', 'en', 'insurer-to-partner',
    'short scheduling reply, no personal data',
    frm=WOLTERS.addr, to=[('Oliver Grant', 'oliver.grant@' + HARB)],
    subject='RE: Audit dates', date='2026-07-02 16:48', cte='7bit', charset='us-ascii',
    in_reply_to='harb-audit-dates|' + HARB,
    body="""Hi Oliver,

Tuesday 15 September 10:00 works for us, we will be two people. Could you
book a meeting room for both days?

Thanks
Sabine

> Would 15/16 September work for the on-site audit?
""")

add('api-doc-placeholders-en', 'NORMAL', 'en', 'insurer-to-partner',
    'trap: API documentation excerpt with placeholders (<MEMBER_ID>, <DIAGNOSIS_CODE>) and no values',
    frm=LORENZ.addr, to=[('GlobeCare Integration', 'integration@' + GLOBE)],
    subject='Pre-authorisation API - endpoint description v1.2', date='2026-08-25 13:20',
    body="""Hello,

below the description of the new pre-authorisation endpoint. Please note
that diagnosis codes must only be sent in the encrypted body, never in
the URL or headers.

POST /intl/v1/preauth
{
  "member_id": "<MEMBER_ID>",
  "date_of_birth": "<YYYY-MM-DD>",
  "provider_id": "<PROVIDER_ID>",
  "diagnosis_code": "<ICD10_CODE>",
  "procedure_code": "<CPT_CODE>",
  "estimated_cost": {"amount": 0.00, "currency": "<ISO4217>"}
}

Responses: 201 approved, 202 referred to medical officer, 422 invalid.

Kai Lorenz
IT Data Exchange, Kranichsee Versicherung AG
""")

add('bdx-validation-rules-zip', 'NORMAL', 'en', 'insurer-to-coverholder',
    'trap: ZIP with the bordereau XML schema and a sample file marked TEST with fictitious claimants',
    frm=LORENZ.addr, to=[('Harbourline IT', 'it@' + HARB)], cc=[WOLTERS.addr],
    subject='Bordereau XML - schema and test sample', date='2026-05-27 15:05',
    body="""Hello,

as discussed, the XML variant of the bordereau: schema plus one sample
file. The sample is TEST data only; claimants are invented.

Kai Lorenz
""",
    atts=[zipf('KSV_bdx_xml_v1.zip', [
        ('KSV_bdx_v1.xsd', """<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:ksv:bdx:1">
  <xs:element name="Bordereau">
    <xs:complexType><xs:sequence>
      <xs:element name="Claim" maxOccurs="unbounded">
        <xs:complexType>
          <xs:attribute name="ref" type="xs:string"/>
          <xs:attribute name="claimant" type="xs:string"/>
          <xs:attribute name="dateOfBirth" type="xs:date"/>
          <xs:attribute name="injury" type="xs:string"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>
""".encode('utf-8')),
        xmlf('SAMPLE_TEST_bdx.xml', """<?xml version="1.0" encoding="UTF-8"?>
<!-- TEST DATA - invented claimants -->
<Bordereau xmlns="urn:example:ksv:bdx:1">
  <Claim ref="TEST-0001" claimant="Test Claimant One" dateOfBirth="1980-01-01" injury="TEST fracture"/>
  <Claim ref="TEST-0002" claimant="Test Claimant Two" dateOfBirth="1990-02-02" injury="TEST sprain"/>
</Bordereau>
"""),
    ])])

add('assistance-capacity-ods', 'NORMAL', 'en', 'partner-to-insurer',
    'trap: alarm-centre staffing plan with aggregated absence rate and call volumes, no individual',
    frm=('Carmen Ortega', 'ops@' + WAYF), to=[VOSS.addr],
    subject='Summer peak staffing plan - alarm centre', date='2026-05-18 12:40', tz='+0200',
    body="""Dear Henrik,

attached our staffing plan for the summer peak. We expect up to 2,100
calls per day in August; staff absence is planned at 6 % (sick leave
and holidays combined). German-speaking agents: 14 per shift.

Best regards
Carmen

""" + SIG_WAYF,
    atts=[ods('Wayfarer_summer_staffing_2026.ods', [('Plan', [
        ['Week', 'Expected calls/day', 'Agents early', 'Agents late', 'Agents night', 'German speakers', 'Doctors on duty'],
        ['2026-W28', 1650, 38, 34, 12, 12, 3], ['2026-W31', 2050, 46, 42, 14, 14, 4],
        ['2026-W33', 2100, 47, 43, 14, 14, 4], ['2026-W36', 1400, 33, 30, 10, 10, 3],
    ])], author='Wayfarer Assistance S.L.')])

add('claims-audit-sample-anonymised', 'NORMAL', 'en', 'insurer-to-reinsurer',
    'trap: anonymised claims audit sample (age band, diagnosis group, amount, decision) for the reinsurer, no names or numbers',
    frm=NOWAK.addr, to=[('Priya Raman', 'priya.raman@' + NGR)],
    subject='Claims audit 2026 - anonymised sample as agreed', date='2026-10-08 13:30',
    body="""Dear Priya,

as agreed for the desk-top part of your claims audit, here is the
anonymised sample of 10 disability claims decided in 2026. Policy and
claim numbers are replaced by sequence numbers; ages are banded. For
the on-site part you can view the full files in our offices.

No  Age band  Occupation group   Diagnosis group        Monthly benefit  Decision
 1  30-39     office             mental/behavioural     EUR 1,500        accepted
 2  50-59     manual             musculoskeletal        EUR 1,200        accepted
 3  40-49     office             neoplasm               EUR 2,000        accepted
 4  50-59     manual             musculoskeletal        EUR 1,000        declined (< 50 %)
 5  20-29     academic           neurological           EUR 2,500        accepted, limited term
 6  40-49     manual             cardiovascular         EUR 1,100        pending
 7  30-39     medical            mental/behavioural     EUR 1,800        accepted
 8  50-59     office             neoplasm               EUR 1,600        accepted
 9  40-49     manual             injury                 EUR 1,300        accepted
10  30-39     office             mental/behavioural     EUR 1,400        declined (pre-existing, rescinded)

""" + NOWAK.sig('en'))

add('ngr-market-newsletter-en', 'NORMAL', 'en', 'newsletter',
    'trap: reinsurer market newsletter on mortality trends, obesity drugs and cancer survival, no person',
    frm=('Northgate Insights', 'insights@' + NGR), to=[WOLTERS.addr],
    subject='Northgate Insights 3/2026: GLP-1 drugs and the future of mortality',
    date='2026-09-09 08:00', headers=[('List-Unsubscribe', '<mailto:unsubscribe@' + NGR + '>')],
    body="""Northgate Insights 3/2026

1. GLP-1 drugs: what semaglutide and tirzepatide could mean for mortality
   Our model suggests a 3-6 % reduction in population mortality by 2045 if
   uptake among people with BMI above 30 reaches 40 %.
2. Cancer survival: five-year survival for colorectal cancer in Germany
   has risen to 65 %; what this means for CI pricing.
3. Long COVID claims in disability portfolios: incidence back at 2019 level.

Read the full articles on insights.northgate-re.example
Unsubscribe: unsubscribe@northgate-re.example
""")

add('portal-otp-en', 'NORMAL', 'en', 'system-to-customer',
    'trap: portal registration mail with a one-time password and no content about the person',
    frm=('Kranichsee SecureMail', 'securemail@' + D), to=['aoife.brennan@webmail.example'],
    subject='Your one-time password for the Kranichsee secure mailbox', date='2026-09-02 10:17',
    cte='7bit', charset='us-ascii', headers=[('Auto-Submitted', 'auto-generated')],
    body="""Hello,

a secure message has been deposited for you. To register, use this
one-time password together with the link in our second e-mail:

    One-time password: 7QK-M4T-X9PB

The password is valid for 7 days. Kranichsee will never ask you for your
password by phone or e-mail.

Kranichsee Versicherung AG - SecureMail
This is an automatically generated message.
""")

# ---------------------------------------------------------------------------
# More confidential mail (personal data, no health)
# ---------------------------------------------------------------------------

add('harb-failed-dd-csv', 'CONFIDENTIAL', 'en', 'coverholder-to-insurer',
    'coverholder reports failed direct debits: named UK policyholders with sort codes/account numbers in a CSV',
    frm=('Oliver Grant', 'oliver.grant@' + HARB), to=[KUEHN.addr], cc=[WOLTERS.addr],
    subject='B0914KSV2026 - failed direct debits June (for lapse confirmation)',
    date='2026-07-03 10:40', tz='+0100', cte='7bit', charset='us-ascii',
    body="""Hello Stefan,

attached are the household policies whose June instalment failed twice.
Unless you object by 10 July we will issue the 14-day lapse notices.

Regards
Oliver
""",
    atts=[csvf('B0914_failed_DD_2026-06.csv', [
        ['certificate', 'policyholder', 'sort_code', 'account_no', 'amount_gbp', 'reason', 'attempts'],
        ['HUL-HH-0412275', 'Mr Callum Reid', '30-96-22', '81045716', '42.70', 'ARUDD 0 refer to payer', '2'],
        ['HUL-HH-0420981', 'Ms Bethany Cole', '40-12-77', '91033518', '18.15', 'ARUDD 1 instruction cancelled', '2'],
        ['HUL-HH-0431102', 'Mr Tomasz Zielinski', '20-32-53', '73514922', '27.40', 'ARUDD 0 refer to payer', '2'],
    ], delimiter=',')])

add('dob-identification-en', 'CONFIDENTIAL', 'en', 'customer-to-insurer',
    'customer gives date of birth and address to identify herself for a household policy question',
    frm=('Laura Whitcombe', 'laura.whitcombe@mailbox.example'), to=[('Kundenservice', 'service@' + D)],
    subject='Question about my contents policy', date='2026-02-14 11:25', cte='7bit', charset='us-ascii',
    body="""Hello,

your colleague on the phone asked me to write in. My policy number is
KS 13-5533120; for identification: date of birth 12/04/1979, address
Friedrich-Engels-Str. 28, 34117 Kassel.

I would like to increase the sum insured from EUR 45,000 to EUR 60,000
because we have bought new furniture, and add bicycle theft cover for
two e-bikes (EUR 3,400 and EUR 2,900). What would the new premium be?

Thank you
Laura Whitcombe
""")

add('see-below-iban-internal-en', 'CONFIDENTIAL', 'en', 'internal',
    'two-word internal forward; the quoted customer mail carries his IBAN and new address',
    frm=GRAF.addr, to=[KUEHN.addr],
    subject='FW: New address and bank details', date='2026-06-18 09:02',
    body="""See below.

Benedikt

-----Original Message-----
From: Rafael Costa <rafael.costa@webmail.example>
Sent: Wednesday, 17 June 2026 22:40
To: Service
Subject: New address and bank details

Hi, I moved within Kassel. New address: Weserstraße 9, 34125 Kassel.
Please also take the premiums for my car (KF-7155023-0) and my liability
policy from my new account: IBAN DE76 4405 0199 3062 0381 10, holder
Rafael Costa. Thank you! Rafael
""")

add('kyc-screening-json', 'CONFIDENTIAL', 'en', 'system-to-internal',
    'sanctions/KYC screening result with a named policyholder\'s date of birth, nationality and address in the JSON',
    frm=('Compliance Screening', 'screening@' + D), to=[WEBER.addr],
    subject='[Screening] Potential match requires review - case SCR-2026-00918', date='2026-03-14 07:05',
    cte='7bit', charset='us-ascii', headers=[('Auto-Submitted', 'auto-generated')],
    body="""A new policyholder produced a potential match against the consolidated
sanctions list. Please review within 2 working days.

Case: SCR-2026-00918
Line: yacht hull & liability (quote Q-2026-1187)
Match score: 0.71 (name only)

Details attached.
""",
    atts=[jsonf('SCR-2026-00918.json', {
        'case': 'SCR-2026-00918', 'created': '2026-03-14T06:58:41+01:00',
        'subject': {'name': 'Henrik Solberg', 'date_of_birth': '1966-12-09', 'nationality': 'NO',
                    'address': 'Parkallee 40, 20144 Hamburg', 'role': 'policyholder'},
        'hit': {'list': 'EU consolidated', 'listed_name': 'Henrik SOLBERGH', 'listed_dob': '1971',
                'score': 0.71},
        'status': 'open'})])

add('do-directors-application', 'CONFIDENTIAL', 'en', 'broker-to-insurer',
    'D&O application listing named directors with dates of birth, shareholdings and remuneration',
    frm=('Daniel Okafor', 'd.okafor@carrington-gb.example'), to=[WEBER.addr],
    subject='D&O renewal - Aurelio Robotics GmbH - proposal form', date='2026-10-22 15:15', tz='+0100',
    body="""Dear Mr Weber,

please find attached the completed D&O proposal form for Aurelio Robotics
GmbH (renewal 1 January 2027, limit EUR 10m). The directors' schedule is
on page 2. No claims or circumstances to notify.

Kind regards
Daniel

""" + SIG_CARRINGTON,
    atts=[pdf('Aurelio_DO_proposal_2027.pdf', [
        'D&O proposal form - Aurelio Robotics GmbH, Kassel',
        'Turnover 2025: EUR 84m; employees: 412; no US listing.',
        '',
        ('h', 'Schedule of directors and officers'),
        ('t', [['Name', 'Function', 'Date of birth', 'Shareholding', 'Remuneration 2025'],
               ['Dr. Jana Okonjo-Brandt', 'CEO', '03/05/1979', '18 %', 'EUR 410,000'],
               ['Felix Amberg', 'CFO', '21/11/1983', '2 %', 'EUR 295,000'],
               ['Prof. Dr. Wei Zhang', 'CTO', '14/08/1975', '11 %', 'EUR 310,000']], [45, 20, 30, 25, 40]),
        'Signed on behalf of the company: Dr. J. Okonjo-Brandt, 20/10/2026',
    ], title='D&O proposal form', author='Carrington Global Benefits')])

add('premium-statement-html-en', 'CONFIDENTIAL', 'en', 'insurer-to-customer',
    'HTML-only premium statement to a named customer with policies, instalments and masked direct-debit account',
    frm=('Kranichsee Customer Service', 'service@' + D), to=[('Daniel Hughes', 'dan.hughes@mailbox.example')],
    subject='Your premium statement 2027', date='2026-12-01 06:00',
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr Hughes,</p>
<p>here is your premium statement for 2027.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Policy</th><th>Cover</th><th>Annual premium</th><th>Instalment</th></tr>
<tr><td>KS 40-1187263</td><td>Household contents, Goethestr. 41, 34119 Kassel</td><td>EUR 168.00</td><td>monthly EUR 14.00</td></tr>
<tr><td>KS 04-2240871</td><td>Personal liability</td><td>EUR 72.50</td><td>annually</td></tr>
</table>
<p>Direct debit from account DE20 **** **** **** **89 62 93 (Daniel Hughes), creditor ID DE98ZZZ09999999999,
mandate reference KSV-0048812.</p>
<p>Kind regards<br>Kranichsee Versicherung AG</p>
</body></html>
""")

add('subrogation-vienna-zip', 'CONFIDENTIAL', 'en', 'insurer-to-insurer',
    'subrogation bundle to an Austrian insurer: named neighbours, addresses, invoices for a water damage (no injury)',
    frm=EBELING.addr, to=[('Regress Abteilung', 'regress@donau-assekuranz.example')],
    subject='Subrogation claim S-2026-003391 / your policyholder Mr Reinhold Pichler', date='2026-04-29 11:15',
    body="""Dear colleagues,

our policyholder Ms Katharina Seidl-Brunner (contents policy
KS 13-5601293, flat 7, Praterstraße 12, 1020 Vienna) suffered water
damage from the flat above, owned by your
policyholder Mr Reinhold Pichler (flat 11), on 2 March 2026. The washing
machine hose had burst. We have paid EUR 8,942.10 and claim this amount
under your liability policy. Documents in the attached ZIP.

""" + EBELING.sig('en'),
    atts=[zipf('S-2026-003391_subrogation.zip', [
        pdf('Payment_summary_S-2026-003391.pdf', [
            'Kranichsee Versicherung AG - payment summary S-2026-003391',
            'Insured: Katharina Seidl-Brunner, Praterstraße 12/7, 1020 Wien',
            'Liable party: Reinhold Pichler, Praterstraße 12/11, 1020 Wien',
            ('t', [['Item', 'EUR'], ['Drying company', '2,310.00'], ['Parquet floor', '4,880.40'],
                   ['Painting', '1,251.70'], ['Damaged rug', '500.00'], ['Total', '8,942.10']], [80, 30]),
        ], title='Payment summary'),
        txtf('Plumber_statement.txt', 'Installateur Novak GmbH, Wien: On 02/03/2026 we found a burst inlet hose '
             'of the washing machine in flat 11 (owner R. Pichler). Hose replaced.\r\n'),
    ])])

add('adresse-geb-einzeiler', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'one-line address change with name and "geb." birth date',
    frm=('Helga Brinkmann', 'h.brinkmann@t-net.example'), to=[('Kundenservice', 'service@' + D)],
    subject='Neue Anschrift', date='2026-04-16 16:03', charset='iso-8859-1', cte='base64',
    body="""Neue Anschrift ab 1.5.: Helga Brinkmann, geb. 03.03.1951, Vers.-Nr. KS 13-5077421, jetzt Am Weinberg 3, 34317 Habichtswald.
""")

add('wohngebaeude-mahnung', 'CONFIDENTIAL', 'de', 'insurer-to-customer',
    'payment reminder for buildings insurance with named customer, risk address and arrears (non-personal line)',
    frm=KUEHN.addr, to=[('Gerd Hollstein', 'gerd.hollstein@mailbox.example')],
    subject='Zahlungserinnerung Wohngebäudeversicherung KS 14-3288104', date='2026-02-23 08:10',
    body="""Sehr geehrter Herr Hollstein,

für Ihre Wohngebäudeversicherung (Risikoort Lindenstraße 8, 34266
Niestetal) ist der Jahresbeitrag 2026 über 612,40 Euro noch offen.

Bitte überweisen Sie den Betrag bis zum 09.03.2026 auf unser Konto
DE42 5204 0021 4996 4027 65. Ohne Zahlung ist der Versicherungsschutz
nach § 37 VVG gefährdet.

Sollte sich Ihre Zahlung mit dieser Erinnerung überschnitten haben,
betrachten Sie dieses Schreiben bitte als gegenstandslos.

""" + KUEHN.sig())

add('erledigt-iban-quote', 'CONFIDENTIAL', 'de', 'insurer-to-customer',
    'one-word reply "Erledigt." above the quoted customer mail with her new IBAN',
    frm=KUEHN.addr, to=[('Marion Tetzlaff', 'marion.tetzlaff@webmail.example')],
    subject='AW: Kontoänderung', date='2026-10-02 14:20', in_reply_to='tetzlaff-konto|webmail.example',
    cte='8bit',
    body="""Erledigt.

Stefan Kühn
Beitragsbuchhaltung · Tel. 0561 7044-4730

Am 01.10.2026 um 18:12 schrieb Marion Tetzlaff <marion.tetzlaff@webmail.example>:
> Hallo, bitte buchen Sie ab November den Beitrag für meine Hausrat-
> und Glasversicherung (KS 13-5340018) von meinem neuen Konto ab:
> DE37 7015 0000 1617 4881 80, Marion Tetzlaff.
> Danke!
""")

add('evb-api-json', 'CONFIDENTIAL', 'de', 'system-to-internal',
    'eVB API error mail with the request JSON: name, birth date, address and vehicle of a customer',
    frm=('eVB-Dienst', 'evb-noreply@' + D), to=[('Kfz Betrieb', 'kfz-betrieb@' + D)],
    subject='[eVB] Übermittlung an Zulassungsstelle fehlgeschlagen - Nummer 7K4MX2Q', date='2026-05-13 12:47',
    cte='7bit', charset='us-ascii', headers=[('Auto-Submitted', 'auto-generated')],
    body="""Die eVB 7K4MX2Q konnte nicht an das Zulassungsportal uebermittelt werden
(HTTP 503, 3 Versuche). Die Anfrage liegt bei, bitte manuell pruefen.
""",
    atts=[jsonf('evb_7K4MX2Q.json', {
        'evb': '7K4MX2Q', 'art': 'Neuzulassung', 'vermittler': 'VM-31047',
        'halter': {'name': 'Wiesner', 'vorname': 'Tabea', 'geburtsdatum': '1998-05-19',
                   'anschrift': 'Rothenditmolder Str. 14, 34117 Kassel'},
        'fahrzeug': {'fin': 'WVWZZZCDZPW118804', 'hsn': '0603', 'tsn': 'BRX'},
        'gueltig_bis': '2026-11-13', 'fehler': 'HTTP 503 Service Unavailable'})])

add('rechtsschutz-kuendigung-anwalt', 'CONFIDENTIAL', 'de', 'lawyer-to-insurer',
    'legal expenses coverage request: named client\'s dismissal, employer and monthly salary, no health reason',
    frm=('Kanzlei Hempel & Sauerland', 'kanzlei@kanzlei-hempel.example'), to=[('Rechtsschutz', 'rechtsschutz@' + D)],
    subject='Deckungsanfrage Arbeitsrecht - Mandant Dennis Kröger, RS-Vertrag KS 50-1100982',
    date='2026-07-08 11:35',
    body="""Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Dennis Kröger, Am Auestadion 4, 34121
Kassel, vertreten. Sein Arbeitgeber, die Nordstadt Logistik GmbH, hat das
Arbeitsverhältnis am 30.06.2026 ordentlich betriebsbedingt zum 30.09.2026
gekündigt. Herr Kröger ist seit 2014 als Disponent beschäftigt, das
Bruttomonatsgehalt beträgt 3.950 Euro.

Wir beabsichtigen, Kündigungsschutzklage zu erheben, und bitten um
Deckungszusage für die erste Instanz. Streitwert: 11.850 Euro
(Vierteljahresverdienst).

Mit freundlichen Grüßen
Dr. Anja Sauerland
Rechtsanwältin, Fachanwältin für Arbeitsrecht
Kanzlei Hempel & Sauerland · Friedrichsplatz 6 · 34117 Kassel
""")

add('makler-bordereau-wohngebaeude', 'CONFIDENTIAL', 'de', 'broker-to-insurer',
    'broker bordereau (XLSX) of buildings insurance contracts with owner names, risk addresses and premiums',
    frm=('Lea Vogt', 'lea.vogt@brandes-makler.example'), to=[WEBER.addr],
    subject='Bordero Rahmenvertrag Wohngebäude - September', date='2026-10-05 10:05',
    body="""Hallo Herr Weber,

anbei das Bordero für September aus unserem Rahmenvertrag Wohngebäude
(Deckungskonzept "Brandes Haus & Hof"). 6 Neuzugänge, 1 Storno.

Viele Grüße
Lea Vogt
Maklerkontor Brandes & Söhne GmbH
""",
    atts=[xlsx('Bordero_Wohngebaeude_2026-09.xlsx', [('September', [
        ['Policen-Nr.', 'VN', 'Risikoort', 'Baujahr', 'Wohnfläche m²', 'Versicherungssumme 1914 (Mark)', 'Jahresbeitrag EUR', 'Vorgang'],
        ['BHH-26-0441', 'Claudia Nehring', 'Teichstraße 3, 34130 Kassel', 1961, 128, 21400, 688.30, 'Neu'],
        ['BHH-26-0442', 'Erwin und Gudrun Faust', 'Zum Feldlager 9, 34289 Zierenberg', 1988, 160, 24800, 702.10, 'Neu'],
        ['BHH-26-0443', 'Mehmet Öztürk', 'Gartenstraße 41, 34125 Kassel', 1907, 210, 33000, 1120.45, 'Neu'],
        ['BHH-26-0444', 'Ingrid Pawlak', 'Am Rain 2, 34233 Fuldatal', 2004, 142, 22100, 540.00, 'Neu'],
        ['BHH-25-0398', 'Rolf Menzel', 'Ulmenweg 17, 34132 Kassel', 1975, 118, 19800, -488.20, 'Storno'],
    ])], author='Maklerkontor Brandes')])

add('kfz-beitragsrechnung-html', 'CONFIDENTIAL', 'de', 'insurer-to-customer',
    'motor premium invoice in text and HTML: named customer, plate, SF class, SEPA pre-notification with masked IBAN',
    frm=('Kranichsee Beitragsservice', 'beitragsservice@' + D), to=[('Tabea Wiesner', 'tabea.wiesner@webmail.example')],
    subject='Ihre Beitragsrechnung Kfz-Versicherung KS-TW 519', date='2026-12-02 05:45',
    body="""Sehr geehrte Frau Wiesner,

Ihre Beitragsrechnung für 2027:

Vertrag KF-7400218-0, VW Golf, Kennzeichen KS-TW 519
Haftpflicht SF 5 (50 %)          312,40 EUR
Vollkasko SF 5 (55 %), SB 300    401,15 EUR
Gesamt inkl. Versicherungsteuer  713,55 EUR

SEPA-Vorankündigung: Wir buchen den Betrag am 02.01.2027 von Ihrem Konto
DE98 **** **** **** **26 14 18 ab. Gläubiger-ID DE98ZZZ09999999999,
Mandatsreferenz KSV-0051177.

Ihre Kranichsee Versicherung
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Wiesner,</p><p>Ihre Beitragsrechnung für 2027:</p>
<p>Vertrag KF-7400218-0, VW Golf, Kennzeichen KS-TW 519</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Haftpflicht SF 5 (50 %)</td><td align="right">312,40 EUR</td></tr>
<tr><td>Vollkasko SF 5 (55 %), SB 300</td><td align="right">401,15 EUR</td></tr>
<tr><td><b>Gesamt inkl. Versicherungsteuer</b></td><td align="right"><b>713,55 EUR</b></td></tr>
</table>
<p>SEPA-Vorankündigung: Wir buchen den Betrag am 02.01.2027 von Ihrem Konto DE98 **** **** **** **26 14 18 ab.
Gläubiger-ID DE98ZZZ09999999999, Mandatsreferenz KSV-0051177.</p>
<p>Ihre Kranichsee Versicherung</p>
</body></html>
""")

add('sepa-mandat-ausgefuellt', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'filled SEPA mandate PDF with account holder, IBAN and address; body only "anbei das Formular"',
    frm=('Oliver Brandtner', 'o.brandtner@posteingang.example'), to=[('Beitragsservice', 'beitragsservice@' + D)],
    subject='SEPA Mandat', date='2026-01-13 07:31',
    body="""Guten Morgen, anbei das Formular unterschrieben zurück.
O. Brandtner
""",
    atts=[pdf('SEPA_Mandat_Brandtner.pdf', [
        'SEPA-Lastschriftmandat - Kranichsee Versicherung AG, Gläubiger-ID DE98ZZZ09999999999',
        'Mandatsreferenz: wird separat mitgeteilt',
        '',
        'Kontoinhaber: Oliver Brandtner',
        'Anschrift: Frankfurter Straße 233, 34134 Kassel',
        'IBAN: DE48 5142 0300 0190 1616 79     BIC: wird automatisch ermittelt',
        'für Verträge: KS 04-2291873 (Privathaftpflicht), KF-7311450-2 (Kfz)',
        '',
        'Kassel, 12.01.2026   Unterschrift: O. Brandtner',
    ], title='SEPA-Lastschriftmandat', author='Oliver Brandtner')])

add('kfz-beschwerde-rfc822', 'CONFIDENTIAL', 'de', 'internal',
    'internal forward of a motor premium complaint (message/rfc822) with customer\'s birth date, address and SF class',
    frm=GRAF.addr, to=[KRAUSE.addr],
    subject='WG: Beschwerde Beitragserhöhung', date='2026-12-07 10:40',
    body="""Hallo Herr Krause,

die Beschwerde kam über das Kontaktformular. Können Sie die Einstufung
prüfen? Ich habe dem Kunden eine Antwort bis Freitag zugesagt.

Gruß
Benedikt Graf
""",
    atts=[fwd('Beschwerde Beitragserhöhung.eml', inner(
        'kfz-beschwerde', ('Kontaktformular', 'kontaktformular@' + D), ('Kundenservice', 'service@' + D),
        'Beschwerde Beitragserhöhung', '2026-12-06 21:15',
        """Kontaktformular - Anliegen: Beschwerde

Name: Werner Hubrich
Geburtsdatum: 22.07.1958
Anschrift: Ihringshäuser Str. 131, 34125 Kassel
Vertrag: KF-6055219-1 (Opel Astra, KS-WH 58)

Nachricht:
Mein Beitrag steigt um 18 %, obwohl ich seit 30 Jahren unfallfrei fahre
(SF 35). Als Grund wird eine neue Regionalklasse genannt. Das kann ich
nicht nachvollziehen. Ich bitte um Prüfung, sonst kündige ich.
""", cte='quoted-printable', headers=[('X-Form-Id', 'kontakt-v3')]))])

add('ebike-diebstahl-rechnung', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'e-bike theft claim with frame number and the purchase invoice PDF naming the customer and address',
    frm=('Annika Roloff', 'annika.roloff@mailbox.example'), to=[('Schaden Sach', 'schaden-sach@' + D)],
    subject='Diebstahl E-Bike - Hausrat mit Fahrradklausel KS 13-5498811', date='2026-05-25 08:40',
    body="""Guten Tag,

mein E-Bike wurde in der Nacht auf Samstag aus dem verschlossenen
Fahrradkeller gestohlen (Aufbruchspuren am Schloss). Anzeige ist
erstattet (0471-017730-26/2). Die Kaufrechnung hängt an;
Rahmennummer WAW4471188Q.

Viele Grüße
Annika Roloff
""",
    atts=[pdf('Rechnung_Zweirad_Kassel_E-Bike.pdf', [
        'Zweirad Kassel GmbH - Rechnung 2025-3318',
        'Kundin: Annika Roloff, Goethestraße 12, 34119 Kassel',
        ('t', [['Artikel', 'Rahmennummer', 'Preis EUR'], ['Riese & Müller Charger4 GT', 'WAW4471188Q', '5.499,00'],
               ['Faltschloss Abus Bordo', '-', '119,00'], ['Summe', '', '5.618,00']], [70, 50, 30]),
        'Bezahlt per Finanzierung, Vertrag 88-1120-4471.',
    ], title='Rechnung', author='Zweirad Kassel')])

add('malermeister-bhv-schaden', 'CONFIDENTIAL', 'de', 'customer-to-insurer',
    'sole trader\'s business liability claim: his worker damaged a named client\'s parquet; client name and address, no injury',
    frm=('Malermeister Jens Kubitza', 'info@maler-kubitza.example'), to=[EBELING.addr],
    subject='Schadenmeldung Betriebshaftpflicht KS 05-1182930', date='2026-08-06 17:22',
    mailer='Microsoft Outlook 16.0',
    body="""Sehr geehrter Herr Ebeling,

mein Geselle hat gestern bei unserer Kundin Frau Dr. Irene Falkenberg,
Löwenburgstraße 7, 34131 Kassel, einen Eimer Dispersionsfarbe auf dem
Eichenparkett umgestoßen. Die Farbe ist teilweise in die Fugen gelaufen.
Frau Falkenberg hat einen Parkettleger kommen lassen, Kostenvoranschlag
3.870 Euro (Abschleifen und Versiegeln 42 m²). Verletzt hat sich niemand.

Bitte melden Sie sich bei Frau Falkenberg direkt: 0561 93 27 41.

Mit freundlichen Grüßen
Jens Kubitza
Malermeister · Inhaber
Mauerstraße 5 · 34117 Kassel
""")

add('zeugenliste-ods', 'CONFIDENTIAL', 'de', 'insurer-to-lawyer',
    'motor claim: witness list (names, addresses, phone numbers) as ODS sent to the insurer\'s lawyer, nobody hurt',
    frm=BRUECKNER.addr, to=[('Kanzlei Hempel & Sauerland', 'kanzlei@kanzlei-hempel.example')],
    subject='S-2026-002291 Kellermann ./. Strate - Zeugenliste', date='2026-05-19 13:55',
    body="""Sehr geehrte Frau Dr. Sauerland,

für die Klageerwiderung im Verfahren Kellermann ./. Strate (AG Kassel
435 C 1187/26) anbei die Liste der Zeugen mit ladungsfähigen Anschriften.
Personenschäden sind nicht geltend gemacht.

""" + BRUECKNER.sig(),
    atts=[ods('Zeugen_S-2026-002291.ods', [('Zeugen', [
        ['Name', 'Anschrift', 'Telefon', 'Beobachtung'],
        ['Petra Lindemann', 'Sandershäuser Str. 40, 34123 Kassel', '0561 57 20 11', 'stand an der Ampel, sah das Einscheren'],
        ['Murat Aydemir', 'Forstbachweg 12, 34123 Kassel', '0157 555 19 80', 'Fußgänger, hörte Bremsgeräusch'],
        ['Nora Beckmann', 'Heiligenröder Str. 7, 34123 Kassel', '0561 52 88 04', 'Vorderfahrzeug'],
    ])])])

add('hausrat-versicherungsbestaetigung', 'CONFIDENTIAL', 'de', 'insurer-to-customer',
    'confirmation of insurance for a named tenant (for the landlord) with address and contract in the PDF',
    frm=GRAF.addr, to=[('Jonas Friedrichs', 'jonas.friedrichs@webmail.example')],
    subject='Versicherungsbestätigung für Ihren Vermieter', date='2026-09-07 15:05',
    body="""Hallo Herr Friedrichs,

wie gewünscht anbei die Bestätigung über Ihre Privathaftpflicht- und
Hausratversicherung zur Vorlage bei Ihrem Vermieter.

""" + GRAF.sig(),
    atts=[pdf('Versicherungsbestaetigung_Friedrichs.pdf', [
        'Versicherungsbestätigung',
        'Hiermit bestätigen wir, dass Herr Jonas Friedrichs, wohnhaft Kirchweg 51, 34119 Kassel, bei uns versichert ist:',
        '- Privathaftpflichtversicherung KS 04-2318815, Deckungssumme 20 Mio. EUR, inkl. Mietsachschäden',
        '- Hausratversicherung KS 13-5612004, Versicherungssumme 38.000 EUR',
        'Die Beiträge sind bezahlt. Kassel, 07.09.2026 - Kranichsee Versicherung AG',
    ], title='Versicherungsbestätigung')])

# ---------------------------------------------------------------------------
# More strictly confidential mail (health data, personal lines)
# ---------------------------------------------------------------------------

add('ime-report-uk-docx', 'STRICTLY_CONFIDENTIAL', 'en', 'doctor-to-insurer',
    'independent medical examination report (DOCX) on a named claimant\'s injuries after a motor accident',
    frm=('Mr Alistair Keane FRCS', 'secretary@keane-orthopaedics.example'), to=[BRUECKNER.addr],
    subject='Medico-legal report - Ms Margaret Holloway - your ref. S-2026-005904', date='2026-11-10 09:30', tz='+0000',
    body="""Dear Ms Brückner,

please find enclosed my report following the examination of Ms Holloway
on 3 November 2026, as instructed by your UK claims representative.

Yours sincerely
Alistair Keane
Consultant Orthopaedic Surgeon, Canterbury
""",
    atts=[docx('Report_Holloway_2026-11-03.docx', [
        ('h1', 'Medico-legal report - Ms Margaret Holloway'),
        ('p', 'Date of birth: 14/06/1957. Address: 14 Castle Hill Road, Dover CT16 1QW. Accident: 02/09/2026, '
              'rear-end collision on the A20 (your insured vehicle KS-LE 4471).'),
        ('h2', 'Injuries'),
        ('b', 'Whiplash-associated disorder grade II, neck pain radiating to the right shoulder'),
        ('b', 'Bruising of the left chest wall from the seat belt'),
        ('b', 'Anxiety when driving, sleep disturbance for approx. 8 weeks'),
        ('h2', 'Prognosis'),
        ('p', 'Full recovery expected within 12 months of the accident. 8 sessions of physiotherapy recommended.'),
    ], author='Alistair Keane')])

add('evacuation-bundle-zip', 'STRICTLY_CONFIDENTIAL', 'en', 'partner-to-insurer',
    'ZIP with a fit-to-fly form and a flight manifest showing a stretcher patient with oxygen; body only gives the case number',
    frm=('Carmen Ortega', 'ops@' + WAYF), to=[VOSS.addr],
    subject='WA-26-04417 - flight docs', date='2026-08-20 17:05', tz='+0200', cte='7bit', charset='us-ascii',
    body="""Henrik, flight docs for tomorrow attached. All confirmed.
Carmen
""",
    atts=[zipf('WA-26-04417_flight_docs.zip', [
        pdf('MEDIF_fit_to_fly.pdf', [
            'MEDIF - Medical Information Form (IATA)',
            'Passenger: STROHMEIER / WILHELM MR   Flight: TFN-FRA 21AUG26',
            'Diagnosis: S72.10 femur fracture right, post-op day 6; atrial fibrillation, anticoagulated',
            'Stretcher: YES   Oxygen: 2 l/min   Escort: registered nurse   Wheelchair at arrival: WCHC',
            'Attending physician: Dr. M. Acosta, Hospital Universitario de Canarias - fit to fly: YES',
        ], title='MEDIF', author='Wayfarer Assistance S.L.'),
        csvf('manifest.csv', [['seat', 'passenger', 'remark'], ['STR 1', 'STROHMEIER WILHELM', 'stretcher, O2'],
                              ['12C', 'PEREZ LUCIA', 'nurse escort'], ['12D', 'STROHMEIER HILDEGARD', 'spouse']],
             delimiter=','),
    ])])

add('uk-cyclist-injury-claim', 'STRICTLY_CONFIDENTIAL', 'en', 'partner-to-insurer',
    'UK claims representative reports a cyclist injured by the insured\'s car: broken collarbone, surgery, time off work',
    frm=('Claims Representative UK', 'cor.uk@alderbridge-claims.example'), to=[BRUECKNER.addr],
    subject='Injury claim - cyclist Mr Dominic Fairweather - your insured KF-5920177-0', date='2026-09-16 14:22',
    tz='+0100', cte='quoted-printable',
    body="""Dear Ms Brückner,

further to our notification, the cyclist involved in the collision with
your insured's vehicle (KS-RM 1212) in Canterbury on 28 August 2026,
Mr Dominic Fairweather (born 02/03/1994), has instructed solicitors.

His injuries: displaced fracture of the right clavicle, operated with a
plate on 30 August at Kent and Canterbury Hospital, abrasions to both
forearms. He is a self-employed carpenter and expects to be unable to
work for 10-12 weeks.

The solicitors claim general damages, loss of earnings (approx.
GBP 9,800) and physiotherapy costs. We recommend an early interim
payment of GBP 3,000. Please confirm your authority.

Yours sincerely
Alderbridge Claims Services Ltd
""")

add('life-beneficiary-change-uk', 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'life insurance beneficiary change confirmation (PDF) for a UK-resident policyholder; personal line without medical words',
    frm=NOWAK.addr, to=[('Gareth Pritchard', 'gareth.pritchard@mailbox.example')],
    subject='Confirmation: change of beneficiary - policy KL-28830117', date='2026-05-06 11:11',
    body="""Dear Mr Pritchard,

we have registered the change of beneficiary for your life insurance
policy KL-28830117. The confirmation is attached for your records.

""" + NOWAK.sig('en'),
    atts=[pdf('Beneficiary_change_KL-28830117.pdf', [
        'Kranichsee Lebensversicherung AG - Confirmation of change of beneficiary',
        'Policyholder and insured person: Gareth Pritchard, born 19/10/1969, 7 Ashcombe Road, Bristol BS9 2LT',
        'Policy: KL-28830117, term life, sum assured EUR 400,000, expiry 01/11/2034',
        '',
        'Previous beneficiary: Mrs Ellen Pritchard (spouse) - revoked following divorce',
        'New beneficiaries (revocable): Ffion Pritchard (daughter, born 04/07/2001) 50 %, '
        'Owain Pritchard (son, born 21/01/2004) 50 %',
        'Effective from: 28/04/2026',
    ], title='Change of beneficiary')])

add('ivf-complaint-fwd-en', 'STRICTLY_CONFIDENTIAL', 'en', 'internal',
    'internal forward of a member complaint (message/rfc822) about rejected IVF treatment costs',
    frm=DEMIR.addr, to=[HARTUNG.addr],
    subject='FW: Complaint - IVF claim rejected', date='2026-09-29 16:30',
    body="""Dr. Hartung,

could you review this complaint before I answer? The member argues that
the waiting period should not apply because the treatment was already
started under her previous insurer. Her original mail is attached.

Elif
""",
    atts=[fwd('Complaint - IVF claim rejected.eml', inner(
        'ivf-complaint', ('Chen Yu-Ting', 'yuting.chen@mailbox.example'), ('International Health', 'intl-health@' + D),
        'Complaint - IVF claim rejected', '2026-09-28 08:15',
        """Dear Sir or Madam,

I am writing to complain about the rejection of my claim C-26-441902 for
my second IVF cycle at the KK Women's and Children's Hospital in
Singapore (SGD 16,400). My husband and I started fertility treatment in
2025 while I was still insured with my previous employer's plan, and I
declared this when I joined your plan in January.

The letter says a 24-month waiting period applies. Nobody told me this.
Please review the decision.

Chen Yu-Ting
Member KIH-730912-05
""", tz='+0800'))])

add('medical-certificate-png-en', 'STRICTLY_CONFIDENTIAL', 'en', 'customer-to-insurer',
    'travel cancellation: "see attached" with an image-only medical certificate; the file name carries the person\'s name',
    frm=('Jennifer Roberts', 'jen.roberts@webmail.example'), to=[('Reise-Schaden', 'reise-schaden@' + D)],
    subject='Re: Your claim S-2026-006201 - documents', date='2026-06-15 19:48',
    in_reply_to='reise-6201|' + D, cte='7bit', charset='us-ascii',
    body="""Hello, see attached. Regards, Jennifer Roberts
""",
    atts=[png('medical_certificate_JRoberts.png', 360, 500, seed=6201)])

add('ngr-bu-claims-audit-list', 'STRICTLY_CONFIDENTIAL', 'en', 'reinsurer-to-insurer',
    'reinsurer requests files for named disability claimants; the CSV lists names, dates of birth and diagnoses',
    frm=('Priya Raman', 'priya.raman@' + NGR), to=[NOWAK.addr], cc=[WOLTERS.addr],
    subject='Claims audit 2026 - files we would like to see on site', date='2026-10-12 10:02',
    body="""Dear Agnieszka,

thank you for the anonymised sample. For the on-site day (29 October)
we would like to review the complete files listed in the attachment,
which we took from the cession and claims bordereaux.

Best regards
Priya Raman
Claims Manager Life & Health, Northgate Reinsurance SE
""",
    atts=[csvf('NGR_audit_file_request.csv', [
        ['policy', 'insured', 'dob', 'claim_start', 'diagnosis_per_bordereau', 'monthly_benefit_eur'],
        ['KL-31877204', 'Miriam Seeger', '1983-09-14', '2026-01-15', 'F33.1 recurrent depressive disorder', '1800'],
        ['KL-30880412', 'Holger Brauckmann', '1968-02-27', '2025-11-01', 'M51.1 lumbar disc disorder with radiculopathy', '1200'],
        ['KL-31455020', 'Daniela Voigtländer', '1979-06-03', '2026-03-01', 'C50.4 breast cancer', '1600'],
    ], delimiter=',')])

add('fallkonferenz-polytrauma-ics', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-partner',
    'calendar invitation for a case conference; the ICS names the insured, accident contract and polytrauma/rehab status',
    frm=SCHENK.addr, to=[('Sandra Kirchhoff', 's.kirchhoff@rehalotse.example')], cc=[HARTUNG.addr],
    subject='Fallkonferenz Sommerfeld - Dienstag 10:00', date='2026-03-05 14:15',
    body="""Hallo Frau Kirchhoff,

anbei die Einladung zur Fallkonferenz. Bitte bringen Sie den aktuellen
Stand aus der Reha-Klinik mit.

""" + SCHENK.sig(short=True),
    atts=[ics('Fallkonferenz_Sommerfeld.ics', 'fk-sommerfeld-2026-03-10@' + D, '20260310T100000', '20260310T110000',
              'Fallkonferenz Dirk Sommerfeld (UV KU-3308146)', SCHENK.addr,
              [('Sandra Kirchhoff', 's.kirchhoff@rehalotse.example'), (HARTUNG.name, HARTUNG.email)],
              location='Teams',
              description='Versicherter: Dirk Sommerfeld, geb. 02.08.1977, Unfallversicherung KU-3308146. '
                          'Arbeitsunfall 11.12.2025 (Sturz vom Gerüst): Polytrauma mit Beckenfraktur, '
                          'Milzruptur, Schädel-Hirn-Trauma I. Seit 20.01. Reha-Klinik Bad Wildungen. '
                          'Themen: Hilfsmittel, Wohnungsumbau, Invaliditätsbemessung, berufliche Wiedereingliederung.')])

add('rehalotse-zwischenbericht-odt', 'STRICTLY_CONFIDENTIAL', 'de', 'partner-to-insurer',
    'rehab manager sends an ODT interim report on a named insured after a stroke (therapy, prognosis)',
    frm=('Sandra Kirchhoff', 's.kirchhoff@rehalotse.example'), to=[NOWAK.addr],
    subject='Zwischenbericht Reha-Management - LB-26-000314', date='2026-05-21 12:48',
    body="""Sehr geehrte Frau Nowak,

anbei unser Zwischenbericht zum Fall LB-26-000314. Die Rückkehr an den
Arbeitsplatz ist aus unserer Sicht ab September stufenweise realistisch.

Mit freundlichen Grüßen
Sandra Kirchhoff
RehaLotse GmbH · Reha- und Fallmanagement · Friedrich-Ebert-Str. 5 · 34117 Kassel
""",
    atts=[odt('Zwischenbericht_LB-26-000314.odt', [
        '# Zwischenbericht Reha-Management',
        'Versicherter: Matthias Kornmesser, geb. 17.01.1966, BU-Vertrag KL-29901755, Leistungsfall LB-26-000314',
        'Ereignis: ischämischer Schlaganfall links (I63.3) am 04.01.2026 mit Hemiparese rechts und leichter Aphasie.',
        'Verlauf: stationäre Reha in der Klinik Hoher Meißner bis 28.02., seither ambulante Ergo- und Logopädie 3x pro Woche.',
        'Aktuell: Gehstrecke 800 m ohne Hilfsmittel, Feinmotorik der rechten Hand eingeschränkt, Sprache weitgehend normal.',
        'Empfehlung: stufenweise Wiedereingliederung als Bauingenieur (Bürotätigkeit) ab 01.09.2026, 4 Stunden täglich.',
    ], author='RehaLotse GmbH')])

add('bu-antrag-bundle-zip', 'STRICTLY_CONFIDENTIAL', 'de', 'broker-to-insurer',
    'broker ZIP with a filled disability claim form, a doctor questionnaire (ODT) and a scan; body only names the case',
    frm=('Jens Ostermann', 'info@ostermann-finanz.example'), to=[NOWAK.addr],
    subject='BU-Leistungsantrag Kowalski - Unterlagen komplett', date='2026-02-24 18:05',
    body="""Hallo Frau Nowak,

anbei die vollständigen Unterlagen zum Leistungsantrag von Herrn
Kowalski (KL-30117833) als ZIP. Das Original des Antrags geht per Post.

Viele Grüße
Jens Ostermann
Finanzhaus Ostermann e.K. · Königstor 18 · 34117 Kassel · VM-28810
""",
    atts=[zipf('BU_Kowalski_Unterlagen.zip', [
        pdf('Leistungsantrag_BU_Kowalski.pdf', [
            'Antrag auf Leistungen wegen Berufsunfähigkeit',
            'Versicherte Person: Piotr Kowalski, geb. 08.05.1974, KL-30117833',
            'Beruf: Kfz-Mechatroniker, seit 1998, 40 Std./Woche',
            'Ursache der Berufsunfähigkeit: Rotatorenmanschettenruptur beidseits, Arthrose Schultergelenk rechts',
            'Arbeitsunfähig seit: 02.09.2025     Behandelnde Ärzte: Dr. Voigt (Orthopädie), Dr. Engelhardt (Hausarzt)',
            'Kassel, 20.02.2026   Unterschrift: P. Kowalski',
        ], title='Leistungsantrag BU', author='Piotr Kowalski'),
        odt('Arztfragebogen_Dr_Voigt.odt', [
            '# Ärztlicher Fragebogen Berufsunfähigkeit',
            'Patient: Piotr Kowalski, geb. 08.05.1974',
            'Diagnosen: M75.1 Rotatorenmanschettenruptur rechts (OP 10/2025) und links; M19.01 Omarthrose rechts',
            'Befund: Abduktion rechts 70°, links 110°, Kraftgrad 3/5; Überkopfarbeiten nicht mehr möglich.',
            'Prognose: dauerhafte Einschränkung für schwere körperliche Arbeit.',
            'Dr. med. Hanna Voigt, Fachärztin für Orthopädie',
        ], author='Praxis Dr. Voigt'),
        png('MRT_Befund_Schulter_Scan.png', 340, 460, seed=7474),
    ])])

add('kfz-hws-anwalt-attest', 'STRICTLY_CONFIDENTIAL', 'de', 'lawyer-to-insurer',
    'motor liability claim by a lawyer: named passenger with whiplash injury, medical certificate in the PDF',
    frm=('Rechtsanwalt Torsten Gebhardt', 'ra.gebhardt@kanzlei-gebhardt.example'), to=[BRUECKNER.addr],
    subject='Ihr VN Stephan Kellermann / Schaden S-2026-002291 - Personenschaden', date='2026-03-11 10:20',
    body="""Sehr geehrte Frau Brückner,

wir vertreten Frau Nora Beckmann, die Fahrerin des am 18.02.2026
beschädigten Fahrzeugs KS-NB 220. Entgegen der ersten Angaben an der
Unfallstelle hat unsere Mandantin eine HWS-Distorsion erlitten und war
zwei Wochen arbeitsunfähig. Das ärztliche Attest fügen wir bei.

Wir machen ein Schmerzensgeld von 1.200 Euro sowie den Haushaltsführungs-
schaden geltend und bitten um Anerkenntnis dem Grunde nach bis 25.03.2026.

Mit freundlichen Grüßen
Torsten Gebhardt
Rechtsanwalt · Kanzlei Gebhardt · Untere Königsstraße 62 · 34117 Kassel
""",
    atts=[pdf('Attest_Beckmann.pdf', [
        'Ärztliches Attest',
        'Praxis Dr. med. Paul Engelhardt, Allgemeinmedizin, Kölnische Straße 80, 34119 Kassel',
        'Frau Nora Beckmann, geb. 11.11.1988, stellte sich am 19.02.2026 vor.',
        'Diagnose: S13.4 Distorsion der Halswirbelsäule nach Auffahrunfall am 18.02.2026.',
        'Therapie: Ibuprofen 600 mg, Physiotherapie 6x. Arbeitsunfähig vom 19.02. bis 04.03.2026.',
    ], title='Ärztliches Attest', author='Praxis Dr. Engelhardt')])

add('hundebiss-kind-haftpflicht', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'dog-owner liability claim: a named child was bitten and stitched in hospital - health data in a liability line (text + HTML)',
    frm=EBELING.addr, to=[('Regina Obermaier', 'regina.obermaier@posteingang.example')],
    subject='Ihr Schaden S-2026-005118 - Hundebiss am 12.06.', date='2026-06-19 11:00',
    body="""Sehr geehrte Frau Obermaier,

zu Ihrer Hundehalterhaftpflicht (KS 04-2290114) haben wir die Meldung zum
Vorfall vom 12.06.2026 erhalten. Nach dem Bericht der Mutter wurde die
8-jährige Lina Hassel von Ihrem Hund "Arko" in den linken Unterarm
gebissen; die Wunde wurde im Klinikum Bergstadt mit vier Stichen genäht,
Lina bekommt eine Tetanus-Auffrischung und ein Antibiotikum.

Wir übernehmen die Ansprüche der Familie Hassel. Bitte schicken Sie uns
noch den Impfpass Ihres Hundes in Kopie.

""" + EBELING.sig(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Obermaier,</p>
<p>zu Ihrer Hundehalterhaftpflicht (KS 04-2290114) haben wir die Meldung zum Vorfall vom 12.06.2026 erhalten.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Geschädigte</td><td>Lina Hassel, 8 Jahre (vertreten durch die Mutter)</td></tr>
<tr><td>Verletzung</td><td>Bisswunde linker Unterarm, im Klinikum Bergstadt mit 4 Stichen genäht</td></tr>
<tr><td>Behandlung</td><td>Tetanus-Auffrischung, Antibiotikum</td></tr>
</table>
<p>Wir übernehmen die Ansprüche der Familie Hassel. Bitte schicken Sie uns noch den Impfpass Ihres Hundes in Kopie.</p>
<p>Mit freundlichen Grüßen<br>Ralf Ebeling</p>
</body></html>
""")

add('sterbefall-urkunde-scan', 'STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
    'life insurance death claim: image-only death certificate (name in the file name) and the heir\'s IBAN',
    frm=('Kathrin Brandt', 'kathrin.brandt@webmail.example'), to=[('Leben Leistung', 'leben-leistung@' + D)],
    subject='Tod meines Vaters - Lebensversicherung KL-19920417', date='2026-11-02 10:48',
    body="""Sehr geehrte Damen und Herren,

mein Vater Hans Brandt ist am 24.10.2026 verstorben. Er hatte bei Ihnen
die Lebensversicherung KL-19920417; ich bin als Bezugsberechtigte
eingetragen. Die Sterbeurkunde habe ich eingescannt.

Bitte überweisen Sie die Versicherungsleistung auf mein Konto:
Kathrin Brandt, DE93 8205 0200 0047 1190 35

Mit freundlichen Grüßen
Kathrin Brandt
""",
    atts=[png('Sterbeurkunde_Hans_Brandt.png', 380, 520, seed=1992)])

add('gesellschaftsarzt-stellungnahme-docx', 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'internal medical opinion (DOCX) of the chief medical officer on a named claimant\'s depression and BU degree',
    frm=HARTUNG.addr, to=[NOWAK.addr],
    subject='Stellungnahme LB-26-000772', date='2026-07-02 17:40',
    body="""Liebe Frau Nowak,

meine Stellungnahme zum Fall LB-26-000772 hängt an. Kurz: Ich halte eine
BU von mindestens 50 % für die nächsten 12 Monate für belegt, empfehle
aber ein befristetes Anerkenntnis.

""" + HARTUNG.sig(short=True),
    atts=[docx('Stellungnahme_LB-26-000772.docx', [
        ('h1', 'Gesellschaftsärztliche Stellungnahme'),
        ('p', 'Versicherte: Miriam Seeger, geb. 14.09.1983, Grundschullehrerin; BU-Vertrag KL-31877204.'),
        ('h2', 'Befunde'),
        ('p', 'Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1), seit 10/2025 in '
              'Behandlung bei Dr. Weiß; teilstationär 10/2025-01/2026. Medikation: Sertralin 100 mg, Quetiapin 25 mg zur Nacht.'),
        ('h2', 'Beurteilung'),
        ('p', 'Die Leistungsfähigkeit im Unterricht (Konzentration, Belastbarkeit, Lärm) ist aufgehoben. '
              'Besserung unter Therapie möglich; Nachprüfung nach 12 Monaten.'),
    ], author='Dr. med. Felix Hartung')])

add('gutachtenauftrag-orthopaedie', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
    'assignment of a medical expert opinion (PDF) with the insured\'s data, diagnoses and questions',
    frm=SCHENK.addr, to=[('Dr. med. Jörg Baumgart', 'praxis@gutachten-baumgart.example')],
    subject='Gutachtenauftrag UV KU-2918803 - Frau Eleni Papadaki', date='2026-09-09 09:25',
    body="""Sehr geehrter Herr Dr. Baumgart,

wir beauftragen Sie mit einem unfallchirurgischen Gutachten zur
Invaliditätsbemessung. Auftrag und Fragen finden Sie im Anhang, die
Behandlungsunterlagen stellen wir Ihnen im Portal bereit.

""" + SCHENK.sig(),
    atts=[pdf('Gutachtenauftrag_KU-2918803.pdf', [
        'Kranichsee Versicherung AG - Unfallversicherung - Gutachtenauftrag',
        'Versicherte Person: Eleni Papadaki, geb. 25.03.1985, Friedrich-Ebert-Str. 88, 34119 Kassel',
        'Vertrag: KU-2918803, Unfall vom 07.10.2025 (Sturz mit dem Fahrrad)',
        'Bekannte Diagnosen: distale Radiusfraktur links (S52.51), operiert mit Plattenosteosynthese; '
        'komplexes regionales Schmerzsyndrom (CRPS) links seit 01/2026',
        '',
        'Fragen: 1. Welche dauerhaften Beeinträchtigungen bestehen? 2. Bemessung nach Gliedertaxe (Hand). '
        '3. Mitwirkung von Vorerkrankungen? 4. Ist eine Nachbemessung erforderlich?',
    ], title='Gutachtenauftrag')])

add('policendarlehen-html', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'life policy loan / surrender value table in HTML for a named customer; personal line without medical words',
    frm=('Kranichsee Leben Kundenservice', 'leben-service@' + D), to=[('Harald Quenzer', 'harald.quenzer@t-net.example')],
    subject='Ihre Anfrage: Policendarlehen zu Vertrag KL-20177321', date='2026-04-03 13:20',
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Quenzer,</p>
<p>zu Ihrer Kapitallebensversicherung <b>KL-20177321</b> (versicherte Person: Sie selbst, Ablauf 01.12.2033)
können wir Ihnen folgendes Policendarlehen anbieten:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Stand</th><th>Rückkaufswert</th><th>max. Darlehen (90 %)</th><th>Zinssatz</th></tr>
<tr><td>01.05.2026</td><td>48.912,40 €</td><td>44.021,16 €</td><td>4,25 % p.&nbsp;a.</td></tr>
</table>
<p>Das Darlehen wird bei Ablauf oder im Todesfall mit der Versicherungsleistung verrechnet.
Auszahlung auf Ihr bei uns hinterlegtes Konto (endet auf 4027).</p>
<p>Mit freundlichen Grüßen<br>Kranichsee Lebensversicherung AG</p>
</body></html>
""")

add('invaliditaet-gliedertaxe-xlsx', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker',
    'accident benefit calculation (XLSX) for a named insured: finger loss, invalidity degree and payout',
    frm=SCHENK.addr, to=[('Dennis Fahrenholz', 'd.fahrenholz@am-nordhessen.example')],
    subject='Abrechnung Invaliditätsleistung Herr Gerlach - KU-5511903', date='2026-08-13 15:40',
    body="""Hallo Herr Fahrenholz,

wie gewünscht die Berechnung der Invaliditätsleistung für Ihren Kunden
Herrn Gerlach zur Besprechung mit ihm. Die Zahlung geht morgen raus.

""" + SCHENK.sig(),
    atts=[xlsx('Invaliditaet_KU-5511903_Gerlach.xlsx', [('Berechnung', [
        ['Position', 'Wert'],
        ['Versicherte Person', 'Sven Gerlach, geb. 30.06.1975'],
        ['Unfall', '14.11.2025, Kreissäge, Werkstatt privat'],
        ['Verletzung', 'Teilamputation Zeigefinger rechts (Endglied und Mittelglied)'],
        ['Gliedertaxe Zeigefinger', '10 %'],
        ['Funktionsverlust', '2/3 -> Invaliditätsgrad 6,67 %'],
        ['Grundsumme', 150000],
        ['Progression 350 % (unter 25 % keine Wirkung)', '-'],
        ['Invaliditätsleistung EUR', 10005],
        ['Unfall-Krankenhaustagegeld 3 Tage à 20 EUR', 60],
    ])])])

add('pflegegeld-zahlungen-export', 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'internal export of care-allowance payments with names, care levels and amounts (XLSX) for a payment check',
    frm=('Pflegeleistung', 'pflege@' + D), to=[KUEHN.addr],
    subject='Zahlungslauf Pflegetagegeld Juli - bitte freigeben', date='2026-07-28 11:50',
    body="""Hallo Herr Kühn,

anbei der Zahlungslauf Pflegetagegeld für Juli zur Freigabe (Vier-
Augen-Prinzip). Neu dabei ist Frau Elfriede Köhler, Zahlung an die
Tochter laut Vorsorgevollmacht.

Gruß aus der Pflegeleistung
""",
    atts=[xlsx('Zahlungslauf_PTG_2026-07.xlsx', [('Juli 2026', [
        ['Vertrag', 'Versicherte/r', 'Pflegegrad', 'Tagessatz EUR', 'Tage', 'Betrag EUR', 'Empfänger'],
        ['KK-552-019384', 'Gerhard Timm', 3, 30.00, 31, 930.00, 'Versicherter'],
        ['KK-552-088130', 'Elfriede Köhler', 3, 25.00, 31, 775.00, 'Sabine Köhler-Brinkmann (Bevollmächtigte)'],
        ['KK-552-061277', 'Ursula Drechsler', 5, 50.00, 31, 1550.00, 'Versicherte'],
        ['KK-552-103992', 'Karl-Heinz Bode', 2, 10.00, 31, 310.00, 'Versicherter'],
    ])])])

add('kv-regress-haftpflichtversicherer', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-insurer',
    'health insurer claims treatment costs of its injured insured from the liability insurer; cost list with diagnoses',
    frm=KESSLER.addr, to=[('Regress Kraftfahrt', 'kh-regress@beispiel-direkt.example')],
    subject='Regress nach § 86 VVG - Ihr VN Maximilian Strate / unsere Versicherte Gisela Brenner',
    date='2026-10-21 10:10',
    body="""Sehr geehrte Damen und Herren,

unsere Versicherte Frau Gisela Brenner (KK-552-008871) wurde am
03.01.2026 als Fußgängerin von Ihrem Versicherungsnehmer Herrn
Maximilian Strate (KS-MS 404) erfasst. Ihre Einstandspflicht ist von
Ihnen bereits anerkannt (Ihr Zeichen KH-26-00417).

Wir haben bislang folgende Kosten getragen und machen sie aus
übergegangenem Recht geltend:

  Klinikum Bergstadt, Polytrauma, Beckenfraktur, 03.01.-02.02.   98.410,20 EUR
  Reha-Klinik Bad Wildungen, 02.02.-16.03.                       31.870,00 EUR
  Hilfsmittel (Rollator, Toilettensitzerhöhung)                     412,60 EUR
  Physiotherapie ambulant                                         2.640,00 EUR
  Summe                                                         133.332,80 EUR

Wir bitten um Zahlung bis 30.11.2026.

""" + KESSLER.sig())

add('leistungsausschuss-protokoll-docx', 'STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'minutes of the hardship committee (DOCX) deciding named individual cases with diagnoses',
    frm=KESSLER.addr, to=[('Leistungsausschuss', 'leistungsausschuss@' + D)],
    subject='Protokoll Leistungsausschuss 15.09.2026 (Härtefälle)', date='2026-09-16 09:05',
    body="""Liebe Mitglieder des Leistungsausschusses,

anbei das Protokoll der gestrigen Sitzung zur Freigabe. Bitte
Änderungswünsche bis Freitag.

Martina Keßler
""",
    atts=[docx('Protokoll_Leistungsausschuss_2026-09-15.docx', [
        ('h1', 'Protokoll Leistungsausschuss 15.09.2026'),
        ('p', 'Teilnehmende: A. Kara (Vorsitz), Dr. F. Hartung, M. Keßler, M. Feldmann.'),
        ('h2', 'Fall 1 - Kulanz Cannabis-Therapie'),
        ('p', 'Versicherter Jürgen Pohlmann (KK-552-212660), chronische Schmerzen nach Bandscheiben-OP, '
              'Medizinalcannabis nicht tariflich versichert. Beschluss: Kulanz 50 % für 12 Monate.'),
        ('h2', 'Fall 2 - Hilfsmittel außerhalb des Katalogs'),
        ('p', 'Versicherte Leonie Hartwig (KK-552-190455), 6 Jahre, Frühgeborene mit Zerebralparese: '
              'Therapie-Dreirad 3.900 EUR. Beschluss: Übernahme in voller Höhe.'),
        ('h2', 'Fall 3 - Auslandsbehandlung'),
        ('p', 'Versicherter Ahmet Korkmaz (KK-552-244019): CAR-T-Therapie in Zürich statt Heidelberg. '
              'Beschluss: Übernahme bis zur Höhe der Kosten in Deutschland.'),
    ])])

add('begutachtungstermin-ics-kunde', 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'calendar invitation to the insured for an orthopaedic examination; ICS names the injury and contract',
    frm=SCHENK.addr, to=[('Eleni Papadaki', 'eleni.papadaki@mailbox.example')],
    subject='Ihr Untersuchungstermin bei Dr. Baumgart', date='2026-09-15 10:30',
    body="""Sehr geehrte Frau Papadaki,

Herr Dr. Baumgart hat uns einen Termin für Ihre Untersuchung genannt.
Die Einladung hängt an; bitte bringen Sie Ihre Röntgenbilder und den
Entlassungsbericht mit. Fahrtkosten erstatten wir Ihnen.

""" + SCHENK.sig(),
    atts=[ics('Untersuchung_Dr_Baumgart.ics', 'gutachten-papadaki-2026-10-06@' + D, '20261006T091500',
              '20261006T104500', 'Orthopädische Begutachtung Dr. Baumgart', SCHENK.addr,
              [('Eleni Papadaki', 'eleni.papadaki@mailbox.example')],
              location='Praxis Dr. Baumgart, Ständeplatz 11, 34117 Kassel',
              description='Unfallversicherung KU-2918803: Begutachtung der linken Hand nach Radiusfraktur und CRPS. '
                          'Bitte Röntgenbilder und Entlassungsbericht mitbringen.')])


if __name__ == '__main__':
    main()
