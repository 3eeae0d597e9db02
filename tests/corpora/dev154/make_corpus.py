#!/usr/bin/env python3
"""Generator of the independent evaluation corpus dev154 (files d154-NNNN.eml).

Fictitious insurer: Hansekontor Versicherungsgruppe, Bremen (hansekontor.example).
Standard library only.  Every mail is written out by hand in the MAILS section
below; the helpers above it only build MIME structure and attachment containers
(PDF, DOCX, XLSX, ODT, ODS, ZIP, CSV, ICS, HTML, message/rfc822).

    python3 make_corpus.py          writes mails/ and labels.tsv
    python3 make_corpus.py --check  rebuilds in memory, compares byte for byte,
                                    parses and opens everything, prints stats
"""
import base64
import csv
import datetime
import email
import email.header
import email.policy
import email.utils
import hashlib
import html
import html.parser
import io
import os
import quopri
import random
import re
import sys
import zipfile
import zlib
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd154-'
DOM = 'hansekontor.example'

# ---------------------------------------------------------------------------
# people of the insurer (same person always signs the same way)
# ---------------------------------------------------------------------------

FOOT_DE = (
    "Hansekontor Versicherung AG | Am Speicherhafen 12 | 28217 Bremen\n"
    "Sitz Bremen | Amtsgericht Bremen HRB 48 113 | Vorstand: Dr. Karin Holtmann (Vors.),\n"
    "Jens Ubbelohde, Marlies Ahrens | Vorsitzender des Aufsichtsrats: Prof. Dr. Georg Reent\n"
    "\n"
    "Diese E-Mail enthält möglicherweise vertrauliche und/oder rechtlich geschützte\n"
    "Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail\n"
    "irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und\n"
    "vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte\n"
    "Weitergabe dieser Mail sind nicht gestattet.\n"
)
FOOT_EN = (
    "Hansekontor Versicherung AG, Am Speicherhafen 12, 28217 Bremen, Germany\n"
    "Registered office Bremen, Local Court Bremen HRB 48 113. Management board:\n"
    "Dr. Karin Holtmann (chair), Jens Ubbelohde, Marlies Ahrens.\n"
    "\n"
    "This e-mail may contain confidential and/or privileged information. If you\n"
    "are not the intended recipient (or have received this e-mail in error)\n"
    "please notify the sender immediately and destroy this e-mail. Any\n"
    "unauthorised copying, disclosure or distribution of the material in this\n"
    "e-mail is strictly forbidden.\n"
)

P = {}


def person(key, name, local, client, sig_de, sig_en=None, foot=True):
    P[key] = dict(name=name, addr=f'{local}@{DOM}', client=client,
                  sig_de=sig_de, sig_en=sig_en or sig_de, foot=foot)


person('reimers', 'Dr. Jana Reimers', 'jana.reimers', 'outlook',
       "Dr. Jana Reimers\nLeiterin Data Office / Data Governance\n"
       "Hansekontor Versicherung AG\nTel. +49 421 5550-4410\n",
       "Dr. Jana Reimers\nHead of Data Office / Data Governance\n"
       "Hansekontor Versicherung AG\nphone +49 421 5550-4410\n")
person('osterkamp', 'Malte Osterkamp', 'malte.osterkamp', 'thunderbird',
       "-- \nMalte Osterkamp | Data Engineering (DWH)\n"
       "Hansekontor Versicherung AG | Durchwahl -4427\n")
person('raman', 'Priya Raman', 'priya.raman', 'outlook',
       "Priya Raman\nData Scientist, Analytics & AI\nHansekontor Versicherung AG\n",
       "Priya Raman\nData Scientist, Analytics & AI\nHansekontor Versicherung AG\n")
person('wendt', 'Tobias Wendt', 'tobias.wendt', 'thunderbird',
       "-- \nTobias Wendt\nDatenbankadministration\nHansekontor IT-Services\n")
person('luehrs', 'Sven Lührs', 'sven.luehrs', 'outlook',
       "Mit freundlichen Grüßen\nSven Lührs\nIT-Service-Desk, 2nd Level\n"
       "Hansekontor Versicherung AG\nHotline intern: 4000\n",
       "Kind regards\nSven Lührs\nIT Service Desk, 2nd level\n"
       "Hansekontor Versicherung AG\n")
person('abeling', 'Kerstin Abeling', 'kerstin.abeling', 'outlook',
       "Kerstin Abeling\nTestmanagement / Qualitätssicherung\n"
       "Hansekontor Versicherung AG\nTel. +49 421 5550-4385\n",
       "Kerstin Abeling\nTest Management / QA\nHansekontor Versicherung AG\n")
person('brandes', 'Lukas Brandes', 'lukas.brandes', 'outlook',
       "Lukas Brandes\nProjektleitung Bestandsmigration \"Leuchtturm\"\n"
       "Hansekontor Versicherung AG\n",
       "Lukas Brandes\nProgramme lead, portfolio migration \"Leuchtturm\"\n"
       "Hansekontor Versicherung AG\n")
person('yilmaz', 'Fatma Yılmaz', 'fatma.yilmaz', 'outlook',
       "Fatma Yılmaz\nBI & Reporting\nHansekontor Versicherung AG\n",
       "Fatma Yılmaz\nBI & Reporting\nHansekontor Versicherung AG\n")
person('grant', 'Oliver Grant', 'oliver.grant', 'thunderbird',
       "-- \nOliver Grant\nIT Security Analyst (SOC)\nHansekontor Versicherung AG\n")
person('koval', 'Oleksandr Koval (extern)', 'ext.oleksandr.koval', 'thunderbird',
       "-- \nOleksandr Koval\nexterner Berater Datenmigration (DataBridge Consulting)\n"
       "im Auftrag der Hansekontor Versicherung AG\n")
person('thoelke', 'Sabine Thölke', 'sabine.thoelke', 'outlook',
       "Mit freundlichen Grüßen\n\nSabine Thölke\nLeistungsabteilung Krankenversicherung\n"
       "Hansekontor Krankenversicherung AG\nTel. 0421 5550-2231 | Fax 0421 5550-2299\n",
       "Kind regards\n\nSabine Thölke\nHealth Claims Department\n"
       "Hansekontor Krankenversicherung AG\n")
person('fessel', 'Dr. med. Ulrich Fessel', 'ulrich.fessel', 'outlook',
       "Dr. med. Ulrich Fessel\nGesellschaftsarzt\nHansekontor Versicherungsgruppe\n",
       "Dr. med. Ulrich Fessel\nChief Medical Officer\nHansekontor Insurance Group\n")
person('harms', 'Birgit Harms', 'birgit.harms', 'outlook',
       "Freundliche Grüße\nBirgit Harms\nLeben Bestand und Leistung\n"
       "Hansekontor Lebensversicherung AG\n",
       "Best regards\nBirgit Harms\nLife Policy Services\nHansekontor Lebensversicherung AG\n")
person('pieper', 'Jörg Pieper', 'joerg.pieper', 'outlook',
       "Mit freundlichen Grüßen\nJörg Pieper\nKraftfahrt-Schaden\n"
       "Hansekontor Allgemeine Versicherung AG\nTel. 0421 5550-3104\n")
person('koch', 'Nadine Koch', 'nadine.koch', 'outlook',
       "Viele Grüße\nNadine Koch\nSach- und Haftpflichtschaden\n"
       "Hansekontor Allgemeine Versicherung AG\n",
       "Best regards\nNadine Koch\nProperty & Liability Claims\n"
       "Hansekontor Allgemeine Versicherung AG\n")
person('meyer', 'Carsten Meyer-Ohlsen', 'carsten.meyer-ohlsen', 'outlook',
       "Beste Grüße aus Bremen\nCarsten Meyer-Ohlsen\nMaklerbetreuung Nord\n"
       "Hansekontor Versicherung AG\nMobil +49 170 5550 118\n",
       "Best regards from Bremen\nCarsten Meyer-Ohlsen\nBroker Relations North\n"
       "Hansekontor Versicherung AG\n")
person('vogt', 'Anja Vogt', 'anja.vogt', 'outlook',
       "Anja Vogt\nPersonalabteilung / HR-Services\nHansekontor Versicherung AG\n")
person('behrens', 'Michael Behrens', 'datenschutz', 'outlook',
       "Michael Behrens\nDatenschutzbeauftragter der Hansekontor Versicherungsgruppe\n"
       "datenschutz@hansekontor.example\n",
       "Michael Behrens\nData Protection Officer, Hansekontor Insurance Group\n"
       "datenschutz@hansekontor.example\n")
person('lindqvist', 'Eva Lindqvist', 'eva.lindqvist', 'outlook',
       "Eva Lindqvist\nReinsurance & International Programmes\nHansekontor Versicherung AG\n")
person('kuhlmann', 'Thomas Kuhlmann', 'thomas.kuhlmann', 'outlook',
       "Mit freundlichen Grüßen\nThomas Kuhlmann\nRechtsschutz-Leistung\n"
       "Hansekontor Rechtsschutz AG\n")
person('brink', 'Melanie Brink', 'melanie.brink', 'outlook',
       "Herzliche Grüße\nMelanie Brink\nReiseversicherung / Assistance\nHansekontor Versicherung AG\n",
       "Kind regards\nMelanie Brink\nTravel Insurance & Assistance\nHansekontor Versicherung AG\n")
person('hartwig', 'Daniel Hartwig', 'daniel.hartwig', 'outlook',
       "Daniel Hartwig\nFirmenkunden Underwriting\nHansekontor Allgemeine Versicherung AG\n",
       "Daniel Hartwig\nCommercial Underwriting\nHansekontor Allgemeine Versicherung AG\n")
person('schumacher', 'Lea Schumacher', 'lea.schumacher', 'outlook',
       "Freundliche Grüße\nLea Schumacher\nKundenservice\nHansekontor Versicherung AG\n"
       "Service-Telefon 0800 5550 100 (kostenfrei)\n",
       "Kind regards\nLea Schumacher\nCustomer Service\nHansekontor Versicherung AG\n")
person('dierks', 'Ralf Dierks', 'ralf.dierks', 'outlook',
       "Ralf Dierks\nEinkauf & Dienstleistersteuerung\nHansekontor Versicherung AG\n",
       "Ralf Dierks\nProcurement & Vendor Management\nHansekontor Versicherung AG\n")
person('albers', 'Monika Albers', 'monika.albers', 'outlook',
       "Mit freundlichen Grüßen\nMonika Albers\nBeitragsbuchhaltung / Inkasso\n"
       "Hansekontor Versicherung AG\n")
person('jansen', 'Heike Jansen', 'heike.jansen', 'outlook',
       "Heike Jansen\nbetriebliche Altersversorgung / Kollektivleben\n"
       "Hansekontor Lebensversicherung AG\n",
       "Heike Jansen\nGroup Pensions\nHansekontor Lebensversicherung AG\n")
person('nowak', 'Piotr Nowak', 'piotr.nowak', 'thunderbird',
       "-- \nPiotr Nowak | Application Support Schaden/Leistung\nHansekontor IT-Services\n")
person('servicedesk', 'Hansekontor IT-Service-Desk', 'servicedesk', 'system', "", foot=False)
person('dwhjob', 'DWH Batch (automatisch)', 'dwh-batch', 'system', "", foot=False)
person('portal', 'Hansekontor SecureMail', 'securemail', 'system', "", foot=False)
person('noreply', 'Hansekontor Versicherung', 'no-reply', 'system', "", foot=False)
person('newsletter', 'Hansekontor Newsletter', 'newsletter', 'system', "", foot=False)
person('unfall', 'Unfallservice Hansekontor', 'unfallservice', 'outlook',
       "Ihr Unfallservice-Team\nHansekontor Versicherung AG\n")


def sig(key, lang='de'):
    p = P[key]
    return p['sig_en'] if lang == 'en' else p['sig_de']


def foot(lang='de'):
    return FOOT_EN if lang == 'en' else FOOT_DE


# ---------------------------------------------------------------------------
# MIME building (hand-rolled, deterministic)
# ---------------------------------------------------------------------------

def fold_ascii(name, value, limit=78):
    """Fold an ASCII header at spaces."""
    words = value.split(' ')
    lines, cur = [], f'{name}:'
    for w in words:
        if len(cur) + 1 + len(w) > limit and cur.strip() and not cur.endswith(':'):
            lines.append(cur)
            cur = ' ' + w
        else:
            cur = cur + ' ' + w
    lines.append(cur)
    return '\r\n'.join(lines)


def enc_header(name, value, charset='utf-8'):
    try:
        value.encode('ascii')
        return fold_ascii(name, value)
    except UnicodeEncodeError:
        h = email.header.Header(value, charset, header_name=name)
        return f'{name}: ' + h.encode(linesep='\r\n', maxlinelen=76)


def fmt_addr(a, charset='utf-8'):
    name, addr = a
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset=charset)


def addrs(key_or_list):
    out = []
    if key_or_list is None:
        return out
    if isinstance(key_or_list, (str, tuple)):
        key_or_list = [key_or_list]
    for x in key_or_list:
        if isinstance(x, str):
            if '@' in x:
                out.append(('', x))
            else:
                out.append((P[x]['name'], P[x]['addr']))
        else:
            out.append(tuple(x))
    return out


def addr_header(name, lst, charset='utf-8'):
    parts = [fmt_addr(a, charset) for a in lst]
    return f'{name}: ' + ',\r\n '.join(parts)


def crlf(b):
    b = b.replace(b'\r\n', b'\n')
    return b.replace(b'\n', b'\r\n')


def encode_body(text, charset, cte):
    raw = text.encode(charset)
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


class Part:
    def __init__(self, ctype, params=None, body=b'', cte=None, children=None,
                 disposition=None, filename=None, extra=None, boundary=None,
                 preamble=None):
        self.ctype, self.params = ctype, dict(params or {})
        self.body, self.cte, self.children = body, cte, children
        self.disposition, self.filename = disposition, filename
        self.extra = list(extra or [])
        self.boundary, self.preamble = boundary, preamble

    def headers(self):
        h = []
        def pv(k, v):
            if k == 'name':
                try:
                    v.encode('ascii')
                except UnicodeEncodeError:
                    v = email.header.Header(v, 'utf-8').encode()
                return f';\r\n\tname="{v}"'
            return f'; {k}={v}'
        ps = ''.join(pv(k, v) for k, v in self.params.items())
        if self.children is not None:
            ps += f';\r\n\tboundary="{self.boundary}"'
        h.append(f'Content-Type: {self.ctype}{ps}')
        if self.cte:
            h.append(f'Content-Transfer-Encoding: {self.cte}')
        if self.disposition:
            d = self.disposition
            if self.filename:
                fn = self.filename
                try:
                    fn.encode('ascii')
                    d += f';\r\n\tfilename="{fn}"'
                except UnicodeEncodeError:
                    d += ";\r\n\tfilename*=utf-8''" + ''.join(c if (c.isascii() and c.isalnum()) or c in '.-_' else
                                ''.join(f'%{x:02X}' for x in c.encode('utf-8')) for c in fn)
            h.append(f'Content-Disposition: {d}')
        h.extend(self.extra)
        return h

    def render(self, top_headers=()):
        lines = list(top_headers) + self.headers()
        out = ('\r\n'.join(lines) + '\r\n\r\n').encode('ascii')
        if self.children is None:
            b = crlf(self.body)
            if not b.endswith(b'\r\n'):
                b += b'\r\n'
            return out + b
        if self.preamble:
            out += self.preamble.encode('ascii') + b'\r\n\r\n'
        for c in self.children:
            out += f'--{self.boundary}\r\n'.encode('ascii') + c.render()
        out += f'--{self.boundary}--\r\n'.encode('ascii')
        return out


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', flowed=False):
    params = {'charset': charset}
    if flowed:
        params['format'] = 'flowed'
    return Part(f'text/{subtype}', params, encode_body(text, charset, cte), cte)


def to_html(text, font='Calibri'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        ls = p.split('\n')
        if all(l.startswith('>') for l in ls):
            inner = '<br>\n'.join(html.escape(l.lstrip('> ').rstrip()) for l in ls)
            out.append(f'<blockquote style="border-left:2px solid #1f4e79;padding-left:6px">{inner}</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(html.escape(l) for l in ls) + '</p>')
    body = '\n'.join(out)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body lang="DE" style="font-family:' + font + ',sans-serif;font-size:11pt">\n'
            + body + '\n</body></html>\n')


# ---------------------------------------------------------------------------
# attachment containers (standard library only)
# ---------------------------------------------------------------------------

ZDATE = (2026, 1, 1, 9, 0, 0)


def mkzip(members, date=ZDATE, first_stored=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date)
            if name == first_stored:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def _pdf_esc(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(lines, title='Dokument', author='Hansekontor Versicherung AG', date='20260101090000',
        compress=True, per_page=54):
    """lines: str; '# ' prefix = bold line; '' = empty line."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = (b'<< /Title (' + _pdf_esc(title) + b') /Author (' + _pdf_esc(author) +
               b') /Producer (Hansekontor DocGen 4.2) /CreationDate (D:' + date.encode() +
               b"+01'00') >>")
    kids = []
    nxt = 6
    for pg in pages:
        cs = [b'BT', b'50 792 Td', b'13 TL']
        for ln in pg:
            if ln.startswith('# '):
                cs.append(b'/F2 11 Tf (' + _pdf_esc(ln[2:]) + b') Tj T*')
            else:
                cs.append(b'/F1 10 Tf (' + _pdf_esc(ln) + b') Tj T*')
        cs.append(b'ET')
        stream = b'\n'.join(cs) + b'\n'
        if compress:
            data = zlib.compress(stream, 9)
            sobj = (b'<< /Length ' + str(len(data)).encode() + b' /Filter /FlateDecode >>\nstream\n'
                    + data + b'\nendstream')
        else:
            sobj = b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'endstream'
        objs[nxt] = sobj
        objs[nxt + 1] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources '
                         b'<< /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ' +
                         str(nxt).encode() + b' 0 R >>')
        kids.append(nxt + 1)
        nxt += 2
    objs[2] = (b'<< /Type /Pages /Kids [' + b' '.join(f'{k} 0 R'.encode() for k in kids) +
               b'] /Count ' + str(len(kids)).encode() + b' >>')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += f'{i} 0 obj\n'.encode() + objs[i] + b'\nendobj\n'
    xref = len(out)
    n = max(objs) + 1
    out += f'xref\n0 {n}\n0000000000 65535 f \n'.encode()
    for i in range(1, n):
        out += f'{offs[i]:010d} 00000 n \n'.encode()
    out += (f'trailer\n<< /Size {n} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n').encode()
    return out


def pdf_text(data):
    txt = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)\r?\n?endstream', data, re.S):
        d, s = m.group(1), m.group(2)
        if b'/FlateDecode' in d:
            s = zlib.decompress(s)
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s):
            raw = re.sub(rb'\\(.)', rb'\1', t.group(1))
            txt.append(raw.decode('cp1252'))
    return '\n'.join(txt)


def _x(s):
    return html.escape(str(s), quote=True)


CT_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def _core(author, created, title=''):
    return (CT_XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{_x(author)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
            '</cp:coreProperties>')


def docx(blocks, author='Hansekontor Versicherung AG', created='2026-01-01T09:00:00Z', title=''):
    """blocks: list of str (paragraph; '# ' = bold) or ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'table':
            rows = ''.join('<w:tr>' + ''.join(
                f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                for c in r) + '</w:tr>' for r in b[1])
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        f'</w:tblPr>{rows}</w:tbl>')
        elif b.startswith('# '):
            body.append(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(b[2:])}</w:t></w:r></w:p>')
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(b)}</w:t></w:r></w:p>')
    doc = (CT_XML + f'<w:document xmlns:w="{NS_W}"><w:body>' + ''.join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = (CT_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return mkzip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc),
                  ('docProps/core.xml', _core(author, created, title))])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author='Hansekontor Versicherung AG', created='2026-01-01T09:00:00Z'):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f'{_col(c)}{r}'
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            xr.append(f'<row r="{r}">' + ''.join(cells) + '</row>')
        files.append((f'xl/worksheets/sheet{i}.xml', CT_XML +
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>' + ''.join(xr) + '</sheetData></worksheet>'))
        wb_sheets.append(f'<sheet name="{_x(name)}" sheetId="{i}" r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
        ct_over.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    n = len(sheets)
    wb_rels.append(f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    wb = (CT_XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + ''.join(wb_sheets) + '</sheets></workbook>')
    styles = (CT_XML + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs>'
              '</styleSheet>')
    ct = (CT_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          + ''.join(ct_over) + '</Types>')
    rels = (CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = (CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + ''.join(wb_rels) + '</Relationships>')
    return mkzip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                  ('xl/_rels/workbook.xml.rels', wbrels), ('xl/styles.xml', styles)] + files +
                 [('docProps/core.xml', _core(author, created))])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mime, body, author, created):
    content = (CT_XML + f'<office:document-content {ODF_NS} office:version="1.3">'
               f'<office:body>{body}</office:body></office:document-content>')
    meta = (CT_XML + f'<office:document-meta {ODF_NS} office:version="1.3"><office:meta>'
            f'<meta:generator>LibreOffice/7.6</meta:generator><dc:creator>{_x(author)}</dc:creator>'
            f'<dc:date>{created}</dc:date></office:meta></office:document-meta>')
    manifest = (CT_XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return mkzip([('mimetype', mime), ('META-INF/manifest.xml', manifest),
                  ('content.xml', content), ('meta.xml', meta)], first_stored='mimetype')


def odt(paras, author='Hansekontor Versicherung AG', created='2026-01-01T09:00:00'):
    body = ''.join(f'<text:h text:outline-level="1">{_x(p[2:])}</text:h>' if p.startswith('# ')
                   else f'<text:p>{_x(p)}</text:p>' for p in paras)
    return _odf('application/vnd.oasis.opendocument.text', f'<office:text>{body}</office:text>',
                author, created)


def ods(sheets, author='Hansekontor Versicherung AG', created='2026-01-01T09:00:00'):
    tabs = []
    for name, rows in sheets:
        trs = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
            trs.append('<table:table-row>' + ''.join(cells) + '</table:table-row>')
        tabs.append(f'<table:table table:name="{_x(name)}">' + ''.join(trs) + '</table:table>')
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet>' + ''.join(tabs) + '</office:spreadsheet>', author, created)


def csvdata(rows, delim=';', encoding='utf-8', bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    b = s.getvalue().encode(encoding)
    return (b'\xef\xbb\xbf' + b) if bom else b


def ics(uid, start, end, summary, location='', desc='', organizer=None, attendees=(), method='REQUEST'):
    def esc(t):
        return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Hansekontor//Kalender 2026//DE', 'VERSION:2.0',
             f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20260101T080000Z',
             f'DTSTART;TZID=Europe/Berlin:{start}', f'DTEND;TZID=Europe/Berlin:{end}',
             f'SUMMARY:{esc(summary)}']
    if location:
        lines.append(f'LOCATION:{esc(location)}')
    if desc:
        lines.append(f'DESCRIPTION:{esc(desc)}')
    if organizer:
        lines.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    for a in attendees:
        lines.append(f'ATTENDEE;CN={a[0]};ROLE=REQ-PARTICIPANT:mailto:{a[1]}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in lines:   # fold at 74 octets
        b = l.encode('utf-8')
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b' ' + b[cut:]
        out.append(b)
    return b'\r\n'.join(out) + b'\r\n'


# attachment descriptors ----------------------------------------------------

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
    'log': 'text/plain',
    'sql': 'text/plain',
    'json': 'application/json',
    'xml': 'application/xml',
    'eml': 'message/rfc822',
}


def att(filename, data, ctype=None, charset=None, cte=None, inline=False):
    ext = filename.rsplit('.', 1)[-1].lower()
    return dict(filename=filename, data=data, ctype=ctype or CTYPES.get(ext, 'application/octet-stream'),
                charset=charset, cte=cte, inline=inline)


def att_part(a):
    ct = a['ctype']
    params = {}
    data = a['data']
    if ct == 'message/rfc822':
        body = data
        try:
            body.decode('ascii')
            cte = '7bit'
        except UnicodeDecodeError:
            cte = '8bit'
        return Part(ct, {}, body, cte, disposition='attachment', filename=a['filename'])
    if a['charset']:
        params['charset'] = a['charset']
    if ct == 'text/calendar':
        params['method'] = 'REQUEST'
    params['name'] = a['filename']
    cte = a['cte'] or 'base64'
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data.replace(b'\r\n', b'\n'))
    else:
        body = data
    disp = 'inline' if a['inline'] else 'attachment'
    p = Part(ct, params, body, cte, disposition=disp, filename=a['filename'])
    return p


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

def dst(d):
    def last_sunday(month):
        x = datetime.date(2026, month, 31)
        return x - datetime.timedelta(days=(x.weekday() + 1) % 7)
    return last_sunday(3) <= d.date() < last_sunday(10)


def mail_date(n, given):
    given = given or DATES.get(n)
    if given:
        dt = datetime.datetime.strptime('2026-' + given, '%Y-%m-%d %H:%M')
    else:
        r = random.Random(n * 7919)
        if n <= 25:
            off = n * 1.1
        elif n <= 50:
            off = 28 + (n - 25) * 0.9
        else:
            off = 50.5 + (n - 50) * 2.7
        dt = datetime.datetime(2026, 1, 8, 7, 30) + datetime.timedelta(days=int(off))
        if dt.weekday() >= 5:
            dt += datetime.timedelta(days=7 - dt.weekday())
        dt = dt.replace(hour=r.choice([7, 8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17]),
                        minute=r.randrange(60))
    sec = (n * 37) % 60
    dt = dt.replace(second=sec)
    tz = datetime.timezone(datetime.timedelta(hours=2 if dst(dt) else 1))
    return dt.replace(tzinfo=tz)


MAILS = []
# explicit send dates (MM-DD HH:MM) where the text refers to nearby dates
DATES = {1: '01-16 18:22', 2: '01-14 10:05', 3: '01-20 08:52', 6: '01-21 11:40', 7: '01-22 07:47',
         8: '01-22 10:31', 9: '01-26 06:00', 12: '01-23 14:10', 13: '01-27 09:12', 15: '01-27 11:20',
         17: '02-02 09:45', 18: '01-28 15:02', 19: '01-29 08:33', 20: '01-30 13:48', 21: '02-03 16:05',
         22: '02-02 12:00', 23: '02-03 10:40', 24: '02-04 08:02', 25: '02-05 09:25',
         4: '01-15 17:10', 5: '01-16 10:20', 10: '01-19 14:55', 11: '01-20 10:02', 14: '01-26 09:00',
         16: '01-28 08:15', 39: '02-12 15:20', 40: '02-17 08:55',
         29: '02-10 09:10', 64: '04-06 18:12', 76: '05-08 04:17', 59: '03-23 15:40'}


def mail(n, label, lang, kind, reason, frm, to, subject, body=None, cc=None, date=None,
         html_body=None, alt=False, charset='utf-8', cte=None, atts=(), extra=(),
         subj_charset=None, client=None, reply_to=None, in_reply=None, importance=None,
         boundary_style=None):
    MAILS.append(dict(n=n, label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to,
                      subject=subject, body=body, cc=cc, date=date, html_body=html_body,
                      alt=alt, charset=charset, cte=cte, atts=list(atts), extra=list(extra),
                      subj_charset=subj_charset, client=client, reply_to=reply_to,
                      in_reply=in_reply, importance=importance))


def msgid(n, host):
    h = hashlib.sha1(f'{PREFIX}{n:04d}'.encode()).hexdigest()
    return f'<{h[:12].upper()}.{h[12:20]}@{host}>'


def boundary(n, depth, style):
    h = hashlib.md5(f'{PREFIX}{n}-{depth}'.encode()).hexdigest()
    if style == 'outlook':
        return f'----=_NextPart_00{depth}_{h[:4].upper()}_01DC{h[4:12].upper()}'
    if style == 'thunderbird':
        return f'------------{h[:24]}'
    return f'===============_{h[:20]}_{depth}=='


def build_message(m, hdr_override=None):
    n = m['n']
    frm = addrs(m['frm'])[0]
    key = m['frm'] if isinstance(m['frm'], str) and m['frm'] in P else None
    client = m['client'] or (P[key]['client'] if key else 'outlook')
    dt = mail_date(n, m['date'])
    sc = m['subj_charset']
    if not sc:
        sc = 'utf-8'
        if client == 'outlook' and m['charset'] in ('iso-8859-1', 'windows-1252'):
            try:
                m['subject'].encode(m['charset'])
                sc = m['charset']
            except UnicodeEncodeError:
                pass
    hosts = {'outlook': 'HKX-MBX0%d.hansekontor.example' % (1 + n % 3),
             'thunderbird': DOM, 'system': 'app%02d.svc.hansekontor.example' % (1 + n % 4)}
    H = []
    H.append(addr_header('From', [frm]))
    tos = addrs(m['to'])
    H.append(addr_header('To', tos))
    if m['cc']:
        H.append(addr_header('Cc', addrs(m['cc'])))
    if m['reply_to']:
        H.append(addr_header('Reply-To', addrs(m['reply_to'])))
    H.append(enc_header('Subject', m['subject'], sc))
    H.append('Date: ' + email.utils.format_datetime(dt))
    H.append('Message-ID: ' + msgid(n, hosts[client]))
    if m['in_reply']:
        H.append(f'In-Reply-To: <{m["in_reply"]}>')
        H.append(f'References: <{m["in_reply"]}>')
    H.append('MIME-Version: 1.0')
    if client == 'outlook':
        H.append('X-Mailer: Microsoft Outlook 16.0')
        H.append('Content-Language: ' + ('en-US' if m['lang'] == 'en' else 'de-DE'))
        th = base64.b64encode(hashlib.sha1(f'ti{n}'.encode()).digest()[:22]).decode()
        H.append('Thread-Index: ' + th)
    elif client == 'thunderbird':
        H.append('User-Agent: Mozilla Thunderbird 128.6.0')
        H.append('Content-Language: ' + ('en-GB' if m['lang'] == 'en' else 'de-DE'))
    else:
        H.append('Auto-Submitted: auto-generated')
        H.append('X-Auto-Response-Suppress: All')
    if m['importance']:
        H.append('Importance: ' + m['importance'])
    H.extend(m['extra'])

    cs = m['charset']
    cte = m['cte'] or {'outlook': 'quoted-printable', 'thunderbird': '8bit',
                       'system': '7bit' if cs == 'us-ascii' else 'quoted-printable'}[client]
    flowed = client == 'thunderbird' and cte == '8bit'
    bstyle = client if client in ('outlook', 'thunderbird') else 'system'
    depth = [0]

    def nb():
        depth[0] += 1
        return boundary(n, depth[0], bstyle)

    if m['body'] is not None:
        main = text_part(m['body'], 'plain', cs, cte, flowed)
        if m['html_body'] or m['alt']:
            htm = m['html_body'] or to_html(m['body'])
            hp = text_part(htm, 'html', cs if m['html_body'] is None else 'utf-8', 'quoted-printable')
            main = Part('multipart/alternative', children=[main, hp], boundary=nb())
    else:
        main = text_part(m['html_body'], 'html', cs, cte)
    if m['atts']:
        kids = [main] + [att_part(a) for a in m['atts']]
        top = Part('multipart/mixed', children=kids, boundary=nb(),
                   preamble='This is a multi-part message in MIME format.')
    else:
        top = main
    return top.render(H)


def inner_eml(frm, to, subject, date, body, mid, charset='utf-8', cte='quoted-printable',
              atts=(), cc=None):
    """A forwarded/attached message (message/rfc822)."""
    H = [addr_header('From', addrs(frm)), addr_header('To', addrs(to))]
    if cc:
        H.append(addr_header('Cc', addrs(cc)))
    H += [enc_header('Subject', subject), 'Date: ' + date, f'Message-ID: <{mid}>', 'MIME-Version: 1.0']
    main = text_part(body, 'plain', charset, cte)
    if atts:
        h = hashlib.md5(mid.encode()).hexdigest()
        main = Part('multipart/mixed', children=[main] + [att_part(a) for a in atts],
                    boundary=f'----=_Part_{h[:16]}')
    return main.render(H)


# ---------------------------------------------------------------------------
# driver: build, write, check
# ---------------------------------------------------------------------------

LABELS = {'N': 'NORMAL', 'C': 'CONFIDENTIAL', 'S': 'STRICTLY_CONFIDENTIAL'}


def build_all():
    files, rows = {}, []
    seen = set()
    for m in sorted(MAILS, key=lambda x: x['n']):
        assert m['n'] not in seen, m['n']
        seen.add(m['n'])
        fn = f'{PREFIX}{m["n"]:04d}.eml'
        files[fn] = build_message(m)
        assert '\t' not in m['reason'] and '\n' not in m['reason'], m['n']
        rows.append((fn, LABELS[m['label']], m['lang'], m['kind'], m['reason']))
    assert sorted(seen) == list(range(1, len(seen) + 1)), 'numbering has gaps'
    tsv = 'file\tlabel\tlang\tkind\treason\n' + ''.join('\t'.join(r) + '\n' for r in rows)
    return files, tsv.encode('utf-8'), rows


def write():
    files, tsv, rows = build_all()
    os.makedirs(os.path.join(HERE, 'mails'), exist_ok=True)
    for fn in os.listdir(os.path.join(HERE, 'mails')):
        if fn.endswith('.eml') and fn not in files:
            os.remove(os.path.join(HERE, 'mails', fn))
    for fn, data in files.items():
        with open(os.path.join(HERE, 'mails', fn), 'wb') as f:
            f.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as f:
        f.write(tsv)
    print(f'wrote {len(files)} mails and labels.tsv')


IBAN_RE = re.compile(r'\b(DE\d{2}(?: ?\d{4}){4} ?\d{2}|AT\d{2}(?: ?\d{4}){4}|NL\d{2} ?[A-Z]{4}(?: ?\d{4}){2} ?\d{2}'
                     r'|DK\d{2}(?: ?\d{4}){3} ?\d{2}|CH\d{2}(?: ?\d{4}){4} ?\d)\b')
HOST_RES = [re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)'),
            re.compile(r'https?://([A-Za-z0-9.-]+)'),
            re.compile(r'(?<![@/\w.-])(www\.[A-Za-z0-9.-]+[A-Za-z])')]


def iban_ok(s):
    s = s.replace(' ', '')
    num = ''.join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


class _HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.txt = []

    def handle_data(self, d):
        self.txt.append(d)


def html_text(s):
    p = _HP()
    p.feed(s)
    p.close()
    return ' '.join(p.txt)


def open_attachment(name, ctype, data, charset, st, texts, depth=0):
    ext = name.rsplit('.', 1)[-1].lower() if '.' in name else ''
    key = ext if depth == 0 else ext + '(in zip)'
    st['att'][key] = st['att'].get(key, 0) + 1
    if ext == 'pdf':
        assert data.startswith(b'%PDF-') and data.rstrip().endswith(b'%%EOF'), name
        t = pdf_text(data)
        assert t.strip(), f'no PDF text layer in {name}'
        texts.append(t)
    elif ext in ('docx', 'xlsx', 'odt', 'ods', 'zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, name
        if ext == 'docx':
            root = ET.fromstring(z.read('word/document.xml'))
            t = ' '.join(e.text or '' for e in root.iter(f'{{{NS_W}}}t'))
            ET.fromstring(z.read('[Content_Types].xml'))
        elif ext == 'xlsx':
            ET.fromstring(z.read('xl/workbook.xml'))
            t = ''
            for nm in z.namelist():
                if nm.startswith('xl/worksheets/'):
                    root = ET.fromstring(z.read(nm))
                    t += ' '.join((e.text or '') for e in root.iter()
                                  if e.tag.endswith('}t') or e.tag.endswith('}v')) + '\n'
        elif ext in ('odt', 'ods'):
            assert z.namelist()[0] == 'mimetype' and z.infolist()[0].compress_type == zipfile.ZIP_STORED
            assert z.read('mimetype').decode() == CTYPES[ext]
            ET.fromstring(z.read('META-INF/manifest.xml'))
            root = ET.fromstring(z.read('content.xml'))
            t = ' '.join(''.join(e.itertext()) for e in root.iter()
                         if e.tag.endswith('}p') or e.tag.endswith('}h'))
        else:
            t = ''
            for zi in z.infolist():
                if zi.is_dir():
                    continue
                open_attachment(zi.filename, CTYPES.get(zi.filename.rsplit('.', 1)[-1].lower(), ''),
                                z.read(zi), None, st, texts, depth + 1)
            return
        assert t.strip(), f'empty document {name}'
        texts.append(t)
    elif ext == 'eml':
        inner = email.message_from_bytes(data, policy=email.policy.default)
        check_tree(inner, st, texts, depth + 1)
    else:
        cs = charset or ('utf-8' if depth == 0 else 'utf-8')
        if data.startswith(b'\xef\xbb\xbf'):
            data = data[3:]
        try:
            t = data.decode(cs)
        except UnicodeDecodeError:
            t = data.decode('cp1252')   # CSV inside a ZIP without declared charset
            st['zip_cp1252'] = st.get('zip_cp1252', 0) + 1
        if ext == 'ics':
            assert t.startswith('BEGIN:VCALENDAR') and t.rstrip().endswith('END:VCALENDAR'), name
        elif ext == 'json':
            import json
            json.loads(t)
        elif ext == 'xml':
            ET.fromstring(data)
        elif ext in ('html', 'htm'):
            t = html_text(t)
        elif ext == 'csv':
            list(csv.reader(io.StringIO(t), delimiter=';'))
        assert t.strip(), name
        texts.append(t)


def check_tree(msg, st, texts, depth=0):
    for part in msg.walk():
        assert not part.defects, (part.get_content_type(), part.defects)
        for k, v in part.items():
            d = getattr(v, 'defects', ())
            assert not d, (k, d)
            if depth > 0 or k.lower() in ('subject', 'from', 'to', 'cc', 'reply-to'):
                texts.append(str(v))
        if part.is_multipart():
            if part.get_content_type() == 'message/rfc822':
                st['att']['eml'] = st['att'].get('eml', 0) + 1
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        cs = part.get_content_charset()
        if fn:
            open_attachment(fn, ct, payload, cs, st, texts, depth)
            continue
        assert ct in ('text/plain', 'text/html'), ct
        assert cs, 'text part without charset'
        t = payload.decode(cs)
        st['charsets'].add(cs)
        texts.append(html_text(t) if ct == 'text/html' else t)
        texts.append(t)


def check():
    files, tsv, rows = build_all()
    ok = True
    disk = sorted(f for f in os.listdir(os.path.join(HERE, 'mails')) if f.endswith('.eml'))
    assert disk == sorted(files), 'file list on disk differs from generator'
    for fn, data in files.items():
        with open(os.path.join(HERE, 'mails', fn), 'rb') as f:
            assert f.read() == data, f'{fn} differs from generator output'
    with open(os.path.join(HERE, 'labels.tsv'), 'rb') as f:
        assert f.read() == tsv, 'labels.tsv differs'
    print(f'byte-for-byte: {len(files)} mails and labels.tsv identical to a fresh build')
    mids = set()
    st = {'att': {}, 'charsets': set()}
    tops, ibans, hosts = {}, 0, set()
    for fn, raw in files.items():
        try:
            assert raw.count(b'\n') == raw.count(b'\r\n'), 'bare LF'
            assert all(len(l) <= 998 for l in raw.split(b'\r\n')), 'line > 998'
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            mid = msg['Message-ID']
            assert mid and mid not in mids, 'Message-ID missing or duplicate'
            mids.add(mid)
            d = email.utils.parsedate_to_datetime(msg['Date'])
            assert d.year == 2026
            frm = msg['From'].addresses[0]
            assert frm.domain == DOM, frm
            for h in ('To', 'Cc', 'Reply-To'):
                if msg[h]:
                    for a in msg[h].addresses:
                        assert a.domain.endswith('.example'), a
            tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
            texts = []
            check_tree(msg, st, texts)
            alltext = '\n'.join(texts)
            for m in IBAN_RE.finditer(alltext):
                assert iban_ok(m.group(1)), f'IBAN checksum {m.group(1)}'
                ibans += 1
            for rx in HOST_RES:
                for m in rx.finditer(alltext):
                    h = m.group(1).rstrip('.').lower()
                    hosts.add(h)
                    assert h.endswith('.example'), f'host {h}'
        except Exception as e:
            ok = False
            print(f'FAIL {fn}: {type(e).__name__}: {e}')
    need = {'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'}
    if not need <= st['charsets']:
        ok = False
        print('FAIL charsets missing:', need - st['charsets'])
    cnt = {}
    lang = {}
    for r in rows:
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        lang[r[2]] = lang.get(r[2], 0) + 1
    if cnt != {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}:
        ok = False
        print('FAIL label counts', cnt)
    traps = sum(1 for r in rows if r[1] == 'NORMAL' and r[4].startswith(('trap:', 'grey:')))
    print('labels:', ', '.join(f'{k} {v}' for k, v in sorted(cnt.items())))
    print('langs: ', ', '.join(f'{k} {v}' for k, v in sorted(lang.items())))
    print('NORMAL marked trap:/grey:', traps, '| grey overall:',
          sum(1 for r in rows if r[4].startswith('grey:')))
    print('top-level types:', ', '.join(f'{k} {v}' for k, v in sorted(tops.items())))
    print('charsets of text parts:', ', '.join(sorted(st['charsets'])))
    print('attachments opened:', ', '.join(f'{k} {v}' for k, v in sorted(st['att'].items())))
    print(f'IBANs found and checksum-valid: {ibans}; distinct hosts (all .example): {len(hosts)}')
    print(f'unique Message-IDs: {len(mids)}; CRLF only; no MIME or header defects')
    print('CHECK', 'PASSED' if ok else 'FAILED')
    return ok


def main():
    if '--check' in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    write()


# ===========================================================================
# MAILS
# ===========================================================================

# --- 0001-0025 ---------------------------------------------------------------

mail(1, 'N', 'de', 'internal',
     'trap: weekly data-quality report with counts of invalid IBANs, placeholder birth dates and empty ICD fields; aggregates only',
     'osterkamp', [('Data Office', 'data-office@hansekontor.example')],
     'DQ-Wochenreport KW 3 – Bestand & Leistung',
     """Moin zusammen,

anbei der DQ-Report für KW 3 (Stand Freitag 18:00, Lauf dq_weekly_2026w03).
Kurz die Auffälligkeiten:

* IBAN-Prüfziffer ungültig: 1.412 Beitragskonten (Vorwoche 1.398). Fast
  alles Altbestand aus KOLIBRI, Neuanlagen seit 2024 sind sauber.
* Geburtsdatum = 01.01.1900 (Platzhalter aus der Erfassung): 233 Personen,
  davon 41 mit aktivem Vertrag in der KV. Das ist die Zahl, die uns in der
  Migration weh tut.
* Leistungsfälle Kranken ohne ICD-Code: 4,1 % (Ziel < 2 %). Die Lücke kommt
  zu 80 % aus dem Scan-Eingang, Dunkelverarbeitung setzt das Feld nicht.
* Doppelte Partner (Name + PLZ + Geburtsjahr identisch): 2.077 Kandidaten,
  Dublettenbereinigung läuft wieder ab Montag.

Keine Einzeldatensätze im Anhang, nur die Kennzahlen je Regel. Wer die
Fallliste braucht: bitte über das DQ-Dashboard, nicht per Mail.

Gruß
Malte

""" + sig('osterkamp'),
     atts=[att('DQ_Report_2026_KW03.xlsx', xlsx([
         ('Kennzahlen', [
             ['Regel-ID', 'Beschreibung', 'Domäne', 'Treffer KW02', 'Treffer KW03', 'Schwelle'],
             ['DQ-017', 'IBAN Prüfziffer (mod 97) ungültig', 'Inkasso', 1398, 1412, 500],
             ['DQ-021', 'Geburtsdatum Platzhalter 01.01.1900', 'Partner', 236, 233, 50],
             ['DQ-034', 'Leistungsfall KV ohne ICD-10-Code', 'Leistung KV', '4,3 %', '4,1 %', '2 %'],
             ['DQ-035', 'ICD-10-Code nicht im Katalog GM 2026', 'Leistung KV', 88, 61, 100],
             ['DQ-040', 'Dublettenkandidaten Partner', 'Partner', 2101, 2077, 1000],
             ['DQ-052', 'Kfz-Vertrag ohne Kennzeichen', 'Kraftfahrt', 17, 12, 25],
         ]),
         ('Trend', [['KW', 'DQ-017', 'DQ-021', 'DQ-034'], [50, 1377, 240, '4,6 %'],
                    [51, 1380, 239, '4,4 %'], [1, 1391, 236, '4,5 %'], [2, 1398, 236, '4,3 %'],
                    [3, 1412, 233, '4,1 %']]),
     ], author='Malte Osterkamp', created='2026-01-16T17:58:00Z'))])

mail(2, 'C', 'de', 'insurer-to-customer',
     'named household customer, policy number and new IBAN for the direct debit',
     'albers', [('Dennis Kröger', 'dennis.kroeger@webpost.example')],
     'Ihre Hausratversicherung HR-7730418 – Änderung der Bankverbindung',
     """Sehr geehrter Herr Kröger,

vielen Dank für Ihre Nachricht vom 12. Januar. Wir haben die Bankverbindung
für Ihre Hausratversicherung Nr. HR-7730418 wie gewünscht geändert:

  Kontoinhaber: Dennis Kröger
  IBAN:         DE34 3363 2649 8688 6498 41
  Mandatsreferenz: HKV-HR7730418-02

Der nächste Beitrag von 11,84 EUR wird zum 01.02.2026 von diesem Konto
eingezogen. Das bisherige Mandat haben wir zum gleichen Tag beendet.

Falls Sie noch Fragen haben, antworten Sie einfach auf diese Mail.

""" + sig('albers') + "\n" + foot(), charset='windows-1252')

mail(3, 'S', 'de', 'internal',
     'ticket notification: the user pasted a health claim (name, member number, depression ICD code, psychotherapy invoice) into the ticket text',
     'servicedesk', [('Piotr Nowak', P['nowak']['addr'])],
     '[HKX-INC-48211] Leistungsfall lässt sich nicht speichern (Button ausgegraut)',
     """Ticket HKX-INC-48211 wurde Ihrer Gruppe "AppSupport Schaden/Leistung" zugewiesen.

Priorität:   P3 - normal
Kategorie:   Anwendung > LEIKA (Leistungsbearbeitung Kranken)
Melder:      Jasmin Ebeling, Leistung KV Team 2, Tel. 2248
Erstellt:    2026-01-20 08:47

Beschreibung (vom Melder):
---------------------------------------------------------------------------
Hallo, seit heute früh kann ich den Fall nicht speichern, der Button ist grau.
Damit ihr seht was ich meine, hier die Daten aus der Maske:

Versicherte:    Petra Lohmann, Vers.-Nr. KV-5512 9034-07
Tarif:          KomfortAmbulant 90
Rechnung:       Dipl.-Psych. Hanna Brüggemann, 8 Sitzungen Verhaltenstherapie
Diagnose:       F33.1 rezidivierende depressive Störung, ggw. mittelgradig
Betrag:         1.006,64 EUR
Fehler:         "Pflichtfeld Genehmigung Psychotherapie fehlt"

Das Feld Genehmigung gibt es in der Maske aber gar nicht mehr??
Bitte schnell, die Kundin hat schon zweimal angerufen.
---------------------------------------------------------------------------

Zum Ticket: https://itsm.hansekontor.example/ticket/HKX-INC-48211

Diese Nachricht wurde automatisch erzeugt. Bitte nicht antworten.
""", charset='utf-8', cte='quoted-printable')

mail(4, 'N', 'en', 'insurer-to-supplier',
     'trap: statement of work for the migration contractor mentions health claims, policyholder master data and bank details only as data domains',
     'dierks', [('Ruth Campbell', 'ruth.campbell@databridge-consulting.example')],
     'Leuchtturm – change request CR-07 to SOW 2025-114',
     """Dear Ruth,

as discussed on Tuesday, please find below our position on change request CR-07
(extension of the migration scope). Lukas Brandes has reviewed the effort estimate.

1. Scope. In addition to the life and pension portfolio, DataBridge will migrate
   the health claims history (2019-2025) and the policyholder master data of the
   health company. Bank details and payment history move with the contracts.
2. Effort. We accept 148 consultant days instead of the 190 quoted. The
   reconciliation reports are part of the deliverable, not an extra.
3. Rates. The framework rates of SOW 2025-114 apply unchanged (senior consultant
   1,120 EUR/day, consultant 940 EUR/day, offshore tester 480 EUR/day).
4. Data handling. All work on production extracts is done inside our Bremen VDI.
   No copies leave our network; the data processing agreement of 2025 is amended
   by annex 3 (special categories of data, Art. 9 GDPR), which our DPO will send.
5. Timeline. Cut-over for the health company stays at the Easter weekend
   (3-6 April 2026).

If you agree, I will issue the purchase order (PO 4500318872) by Friday.

""" + sig('dierks', 'en') + "\n" + foot('en'))

mail(5, 'S', 'de', 'insurer-to-doctor',
     'request for a medical report on a named insured with birth date and diagnosis (lumbar sciatica), § 203 context',
     'thoelke', [('Praxis Dr. med. Anke Hinrichs', 'praxis@hinrichs-orthopaedie.example')],
     'Anforderung Befundbericht – Herr Jürgen Matthiesen, geb. 14.02.1968',
     """Sehr geehrte Frau Dr. Hinrichs,

Ihr Patient, Herr Jürgen Matthiesen, geb. 14.02.1968, wohnhaft Am Deich 4,
27568 Bremerhaven, ist bei uns krankheitskostenversichert
(Versicherungsnummer KV-4418 2207-01).

Zur Prüfung der eingereichten Rechnungen über die Behandlung der
Lumboischialgie links (M54.4) einschließlich der geplanten Facetteninfiltrationen
bitten wir um einen kurzen Befundbericht:

  - Beginn der Beschwerden und bisherige Behandlung
  - Bildgebung (MRT vom November 2025?) mit Befund
  - Therapieplan für das erste Halbjahr 2026

Die Schweigepflichtentbindungserklärung des Versicherten vom 08.01.2026 liegt
uns vor; eine Kopie senden wir Ihnen auf Wunsch gern zu. Für den Bericht
vergüten wir nach Nr. 75 GOÄ.

Bitte nutzen Sie für die Antwort unser Portal oder den Postweg, nicht diese
E-Mail-Adresse.

""" + sig('thoelke') + "\n" + foot())

mail(6, 'C', 'en', 'insurer-to-broker',
     'broker gets status of three private clients: names, policy numbers, premium arrears (household, liability, motor)',
     'meyer', [('Graham Pike', 'g.pike@thornbury-pike.example')],
     'RE: Status of your clients – arrears list January',
     """Hi Graham,

sorry for the delay, our collections system was down on Monday. Here is the
status for the three clients you asked about:

- Mr Arne Feddersen, household HR-7719034: one instalment open (41.20 EUR,
  due 1 Jan). Reminder went out on 14 Jan, no further action yet.
- Mrs Claire Whitmore, personal liability PH-2290417: paid in full, the
  reminder crossed with her transfer. Please ignore.
- Mr Jonas Albrecht, motor KF-5520913 (HB-JA 1207): two instalments open,
  173.66 EUR in total. Cover suspension notice (Sec. 38 VVG) will be sent on
  5 Feb unless he pays before.

Could you give Mr Albrecht a call? He does not react to our letters.

Best regards from Bremen
Carsten

-----Original Message-----
From: Graham Pike <g.pike@thornbury-pike.example>
Sent: Monday, January 19, 2026 4:12 PM
To: Meyer-Ohlsen, Carsten <carsten.meyer-ohlsen@hansekontor.example>
Subject: Status of your clients - arrears list January

Carsten, three of my clients got payment reminders from you. Can you tell
me where they stand? Feddersen, Whitmore, Albrecht. Thanks, Graham

""" + foot('en'), alt=True)

mail(7, 'N', 'de', 'internal',
     'trap: SQL snippet with columns geburtsdatum, diagnose_icd10, iban but no data; aggregate by ICD chapter',
     'wendt', [('Fatma Yılmaz', P['yilmaz']['addr'])], 'Re: Abfrage Leistungsfälle nach ICD-Kapitel',
     """Hallo Fatma,

so geht's schneller, der alte View joint auf die Partnertabelle, obwohl du
nur Kapitel und Jahr brauchst:

  SELECT substr(l.diagnose_icd10, 1, 1)        AS icd_kapitel_buchstabe,
         extract(year from l.behandlung_von)  AS jahr,
         count(*)                             AS faelle,
         sum(l.erstattung_betrag)             AS erstattung
    FROM leika.leistungsfall l
   WHERE l.sparte = 'KV'
     AND l.behandlung_von >= date '2023-01-01'
   GROUP BY 1, 2
  HAVING count(*) >= 10      -- kleine Zellen raus, Vorgabe Datenschutz
   ORDER BY 1, 2;

Bitte nicht die Spalten geburtsdatum, iban oder vers_nr mit reinnehmen,
dafür bräuchtest du die Freigabe vom Data Office. Auf der Replika
(dwh-ro-02) läuft das in ca. 40 s.

Tobias

Am 21.01.26 um 09:14 schrieb Fatma Yılmaz:
> Hi Tobias, meine Abfrage läuft seit 20 Minuten. Hast du eine Idee, wie
> ich die Fälle pro ICD-Kapitel und Jahr schneller bekomme?

""" + sig('wendt'))

mail(8, 'S', 'en', 'internal',
     'body harmless; attached CSV holds 12 real-looking claim rows with names, birth dates, ICD-10 codes and amounts',
     'raman', [('Malte Osterkamp', P['osterkamp']['addr'])], 'sample for the feature pipeline',
     """Hi Malte,

here is the sample you asked for so you can check the column types before we
wire up the feature pipeline. I pulled it from the claims mart this morning.

Let me know if the date format breaks your parser again.

Priya

""" + sig('raman', 'en'),
     atts=[att('claims_sample_20260122.csv', csvdata([
         ['claim_id', 'member_no', 'first_name', 'last_name', 'date_of_birth', 'icd10', 'provider_type', 'amount_eur', 'paid'],
         ['L-2025-8841201', 'KV-3310 4471-01', 'Heinz', 'Brodersen', '1951-06-02', 'I25.13', 'Krankenhaus', '8412.50', 'Y'],
         ['L-2025-8841207', 'KV-7781 0023-02', 'Lena', 'Sahin', '1994-11-17', 'O24.4', 'Facharzt', '312.80', 'Y'],
         ['L-2025-8841219', 'KV-2204 9987-01', 'Matthias', 'Gerdes', '1978-03-30', 'F10.2', 'Rehaklinik', '6240.00', 'N'],
         ['L-2025-8841222', 'KV-5530 1142-01', 'Ursula', 'Tiedemann', '1946-09-09', 'H25.1', 'Krankenhaus', '2980.35', 'Y'],
         ['L-2025-8841230', 'KV-0917 6621-03', 'Noah', 'Beckmann', '2016-01-23', 'J45.0', 'Kinderarzt', '88.14', 'Y'],
         ['L-2025-8841236', 'KV-4418 2207-01', 'Jürgen', 'Matthiesen', '1968-02-14', 'M54.4', 'Orthopäde', '455.60', 'Y'],
         ['L-2025-8841251', 'KV-6602 3318-01', 'Sandra', 'Kück', '1983-07-05', 'C50.4', 'Onkologie', '14820.00', 'Y'],
         ['L-2025-8841260', 'KV-1187 4409-02', 'Ole', 'Hinsch', '1999-12-12', 'S83.5', 'Chirurg', '1210.90', 'Y'],
         ['L-2025-8841274', 'KV-8823 0651-01', 'Irina', 'Wolff', '1971-04-18', 'E11.9', 'Hausarzt', '96.40', 'Y'],
         ['L-2025-8841288', 'KV-3356 7712-01', 'Gerd', 'Poppe', '1959-08-27', 'N40', 'Urologe', '233.10', 'N'],
         ['L-2025-8841290', 'KV-9042 1185-01', 'Maike', 'Onken', '1988-10-01', 'F41.1', 'Psychotherapeut', '1509.96', 'Y'],
         ['L-2025-8841302', 'KV-2871 5560-01', 'Finn', 'Lüders', '2003-05-14', 'K35.8', 'Krankenhaus', '4102.77', 'Y'],
     ], delim=','), charset='utf-8')])

mail(9, 'N', 'de', 'newsletter',
     'trap: customer newsletter about flu vaccination, back pain and dental check-ups; generic health advice, no person',
     'newsletter', [('', 'kundenmagazin@hansekontor.example')], 'Hansekontor Gesundheitsbrief Februar: Rücken, Grippe, Zähne',
     """Hansekontor Gesundheitsbrief - Februar 2026

Liebe Leserinnen und Leser,

1. Grippeschutzimpfung: noch nicht zu spät
Die Ständige Impfkommission empfiehlt die Impfung allen ab 60 Jahren,
chronisch Kranken und Schwangeren. Ihre Hansekontor Krankenversicherung
übernimmt die Kosten in allen Vollversicherungstarifen.

2. Rückenschmerzen im Homeoffice
Rund jeder Dritte klagt über Verspannungen. Unsere Physiotherapeutin zeigt
fünf Übungen für zwischendurch. Im Tarif KomfortAmbulant erstatten wir
Rückenkurse nach § 20 SGB V-Standard bis 150 EUR im Jahr.

3. Zahnvorsorge zweimal jährlich
Die professionelle Zahnreinigung ist in ZahnPlus 80 und 100 enthalten.

Gesundheitstelefon: 0800 5550 200 (rund um die Uhr, kostenfrei)

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://www.hansekontor.example/newsletter/abmelden
Hansekontor Krankenversicherung AG, Am Speicherhafen 12, 28217 Bremen
""",
     html_body="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Gesundheitsbrief Februar 2026</title></head>
<body style="margin:0;background:#eef3f7;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="16" style="background:#ffffff">
<tr><td style="background:#0b4f6c;color:#fff;font-size:22px">Hansekontor Gesundheitsbrief &ndash; Februar 2026</td></tr>
<tr><td><h2>Grippeschutzimpfung: noch nicht zu spät</h2>
<p>Die Ständige Impfkommission empfiehlt die Impfung allen ab 60 Jahren, chronisch Kranken und Schwangeren.
Ihre Hansekontor Krankenversicherung übernimmt die Kosten in allen Vollversicherungstarifen.</p></td></tr>
<tr><td><h2>Rückenschmerzen im Homeoffice</h2>
<p>Rund jeder Dritte klagt über Verspannungen. Unsere Physiotherapeutin zeigt fünf Übungen für zwischendurch.
Im Tarif KomfortAmbulant erstatten wir Rückenkurse bis 150&nbsp;EUR im Jahr.</p></td></tr>
<tr><td><h2>Zahnvorsorge zweimal jährlich</h2><p>Die professionelle Zahnreinigung ist in ZahnPlus 80 und 100 enthalten.</p></td></tr>
<tr><td style="font-size:11px;color:#666">Gesundheitstelefon 0800 5550 200 &middot;
<a href="https://www.hansekontor.example/newsletter/abmelden">Abmelden</a> &middot;
Hansekontor Krankenversicherung AG, Am Speicherhafen 12, 28217 Bremen</td></tr>
</table></body></html>
""")

mail(10, 'C', 'de', 'internal',
     'HR to payroll: named employee with new gross salary and tax class',
     'vogt', [('Entgeltabrechnung', 'entgelt@hansekontor.example')],
     'Gehaltsanpassung Reinke, Timo (PNr. 30418) ab 01.04.2026',
     """Hallo liebes Entgelt-Team,

bitte ab der April-Abrechnung folgende Änderung einpflegen:

Mitarbeiter:       Timo Reinke, Personalnummer 30418, Kostenstelle 4410
Grund:             Höhergruppierung nach Abschluss Traineeprogramm (TG 6 -> TG 8)
Bruttomonatsgehalt alt: 3.920,00 EUR
Bruttomonatsgehalt neu: 4.585,00 EUR
Steuerklasse:      I (unverändert)
Tarifl. Zulage:    entfällt ab 04/2026

Das unterschriebene Änderungsschreiben liegt in der Personalakte.

Danke und Gruß
Anja

""" + sig('vogt'))

mail(11, 'N', 'en', 'internal',
     'trap: SOC phishing warning quoting a fake "health insurance refund" lure; no real customer',
     'grant', [('All staff', 'alle-mitarbeiter@hansekontor.example')],
     'Phishing alert: fake "health insurance refund" mails',
     """Hi all,

since this morning a phishing campaign is hitting several German insurers.
The mails look like this:

    From: Hansekontor Erstattung <erstattung@hansekontor-refund.example>
    Subject: Your refund of 284.50 EUR for medical invoices is ready
    "Dear customer, to receive your reimbursement please confirm your
     IBAN and date of birth here: https://refund-portal.example/hk"

This is NOT from us. We never ask for bank details or birth dates by mail
and our domain is only hansekontor.example.

What to do:
 - do not click, do not reply
 - use the "Report phishing" button in Outlook
 - if you already clicked: call the service desk (4000) right away

So far 37 mails were blocked at the gateway, 4 were delivered and reported.

Thanks for staying alert,
""" + sig('grant'))

mail(12, 'S', 'de', 'insurer-to-customer',
     'life claim after death of the insured: names of deceased and beneficiary, policy, payout amount (life line)',
     'harms', [('Gesa Martens', 'gesa.martens@nordpost.example')],
     'Ihre Risikolebensversicherung LV-2210 3381 – Auszahlung der Versicherungssumme',
     """Sehr geehrte Frau Martens,

zunächst möchten wir Ihnen zum Tod Ihres Mannes, Herrn Uwe Martens, unser
aufrichtiges Beileid aussprechen.

Die eingereichten Unterlagen (Sterbeurkunde vom 29.12.2025, Versicherungsschein
im Original, ärztliche Bescheinigung über die Todesursache) liegen uns
vollständig vor. Als im Vertrag benannte Bezugsberechtigte erhalten Sie die
Versicherungssumme der Risikolebensversicherung LV-2210 3381:

  Versicherungssumme         150.000,00 EUR
  zzgl. Überschussbeteiligung  1.284,17 EUR
  Auszahlungsbetrag          151.284,17 EUR

Die Überweisung auf Ihr Konto bei der Weser Sparkasse erfolgt in den nächsten
drei Bankarbeitstagen. Eine Abrechnung für Ihre Unterlagen erhalten Sie per Post.

Wenn Sie Fragen haben, bin ich persönlich für Sie da.

""" + sig('harms') + "\n" + foot(), charset='iso-8859-1')

mail(13, 'C', 'de', 'insurer-to-customer',
     'motor claim: named policyholder, policy and claim number, licence plate; nobody injured',
     'pieper', [('Kerstin Oltmanns', 'k.oltmanns@mailbox-nord.example')],
     'Schaden KS-26-004117 / Ihr Fahrzeug HB-KO 482',
     """Sehr geehrte Frau Oltmanns,

vielen Dank für Ihre Schadenmeldung vom 26.01.2026. Wir haben den Schaden
unter der Nummer KS-26-004117 zu Ihrer Kfz-Versicherung KF-6617 2290 angelegt.

Nach Ihrer Schilderung ist Ihnen beim Ausparken auf dem Parkplatz des
Einkaufszentrums Habenhausen ein anderes Fahrzeug (VW Golf, HB-RT 77)
seitlich hineingefahren; Personen wurden nicht verletzt. Der Unfallgegner
hat seine Schuld vor Ort anerkannt.

Für die Schadenhöhe an Ihrem Fahrzeug (Skoda Octavia, HB-KO 482) beauftragen
wir das Sachverständigenbüro Kramer. Herr Kramer meldet sich in den nächsten
Tagen zur Terminvereinbarung bei Ihnen.

Da Sie Vollkasko mit 300 EUR Selbstbeteiligung versichert haben, können Sie
die Reparatur auch über uns abwickeln lassen; die Erstattung durch den
gegnerischen Versicherer fordern wir dann selbst an.

""" + sig('pieper') + "\n" + foot())

mail(14, 'N', 'de', 'insurer-to-broker',
     'trap: broker circular about BiPRO 430 post switch with fictitious sample document "Max Mustermann (fiktiv)"; no real client',
     'meyer', [('Maklerverteiler Nord', 'makler-nord@hansekontor.example')],
     'Elektronische Maklerpost: Umstellung auf BiPRO 430.4 zum 1. März',
     """Liebe Maklerpartnerinnen und Maklerpartner,

ab dem 1. März 2026 stellen wir die elektronische Maklerpost vollständig auf
BiPRO 430.4 um. Für Sie heißt das:

- Ihr Maklerverwaltungsprogramm holt Dokumente (Nachträge, Beitragsrechnungen,
  Schadenkorrespondenz) automatisch ab, sofern Ihr MVP-Anbieter 430.4 unterstützt.
- Der bisherige Sammel-PDF-Versand per E-Mail entfällt zum 31. Mai.
- Bestandsrechte richten sich weiter nach den Einstellungen Ihres
  Makleradministrators im Partnerportal.

Ein Musterdokument ist angehängt, damit Ihr Softwarehaus die Feldbelegung
testen kann. Es enthält ausschließlich fiktive Daten ("Max Mustermann (fiktiv)",
Vertragsnummer 0000000000, IBAN-Feld leer).

Technische Fragen: bipro@hansekontor.example
Webinar-Termine: 10.02. und 17.02., jeweils 10 Uhr

""" + sig('meyer') + "\n" + foot(),
     atts=[att('Musterdokument_BiPRO430_fiktiv.pdf', pdf([
         '# MUSTERDOKUMENT - fiktive Daten - nicht zur Verarbeitung',
         '',
         'Dokumenttyp: Nachtrag (BiPRO-Kategorie 110011)',
         'Versicherungsnehmer: Max Mustermann (fiktiv)',
         'Anschrift: Musterstraße 1, 12345 Musterstadt',
         'Vertragsnummer: 0000000000',
         'Sparte: Privathaftpflicht',
         'Änderung: Einschluss Schlüsselverlust ab 01.03.2026',
         'Beitrag neu: 0,00 EUR (Muster)',
         'Bankverbindung: (leer)',
         '',
         'Dieses Dokument dient ausschließlich dem Test der Feldbelegung.',
     ], title='Musterdokument BiPRO 430.4'))])

mail(15, 'S', 'mixed', 'internal',
     'migration error report (German/English team mail); attached XLSX lists life and BU contracts with policyholder names and birth dates',
     'koval', [('Lukas Brandes', P['brandes']['addr'])], 'Leuchtturm – Fehlerliste Migrationslauf 7 (Leben/BU)',
     """Hi Lukas,

Lauf 7 ist durch. Overall: 98.6 % der Leben-Verträge migrated without error,
the remaining 1.4 % are in the attached list (nur die ersten 15 für die
Besprechung heute, der Rest liegt im Projektlaufwerk).

Main clusters:
 - E-112 "Bezugsrecht unwiderruflich ohne Begünstigten" - legacy field empty
 - E-207 BU-Leistungsfall offen, Rentenbeginn fehlt im Zielsystem
 - E-310 Geburtsdatum VP != Geburtsdatum im Antrag (Tarifierung abweichend)

E-207 ist kritisch, da laufende BU-Renten betroffen sind - die dürfen im
Februar nicht ausfallen. Proposal: manual fix by Leben Leistung (Birgit?)
before run 8.

Cheers, Oleksandr

""" + sig('koval'),
     atts=[att('Lauf07_Fehlerliste_Leben_Top15.xlsx', xlsx([
         ('Fehler', [
             ['Vertrag', 'Produkt', 'VN Name', 'VN geb.', 'VP Name', 'VP geb.', 'Fehlercode', 'Text'],
             ['LV-1188 2045', 'BU-Rente', 'Stefan Hoppe', '1975-02-11', 'Stefan Hoppe', '1975-02-11', 'E-207', 'BU-Leistung seit 2024-05 (Bandscheibe), Rentenbeginn fehlt'],
             ['LV-1190 7712', 'Risiko-LV', 'Britta Janßen', '1981-09-03', 'Britta Janßen', '1981-09-03', 'E-112', 'Bezugsrecht unwiderruflich, Begünstigter leer'],
             ['LV-1201 3390', 'Kapital-LV', 'Hermann Eilers', '1958-12-19', 'Hermann Eilers', '1958-12-19', 'E-310', 'VP geb. im Antrag 1958-12-09'],
             ['LV-1207 5561', 'BU-Rente', 'Yvonne Meiners', '1986-06-27', 'Yvonne Meiners', '1986-06-27', 'E-207', 'BU-Leistung seit 2025-02 (Depression), Rentenbeginn fehlt'],
             ['LV-1213 0046', 'Fondsrente', 'Klaus Wübbena', '1962-03-08', 'Klaus Wübbena', '1962-03-08', 'E-310', 'VP geb. im Antrag 1962-08-03 (Tag/Monat vertauscht)'],
             ['LV-1215 8820', 'Risiko-LV', 'Daniela Frerichs', '1979-07-14', 'Marc Frerichs', '1977-01-30', 'E-112', 'Begünstigter verstorben lt. Altsystem'],
             ['LV-1222 4417', 'BU-Rente', 'Sven Ahlers', '1969-10-02', 'Sven Ahlers', '1969-10-02', 'E-207', 'BU-Leistung seit 2023-11 (MS-Schub), Rentenbeginn fehlt'],
             ['LV-1230 1184', 'Kapital-LV', 'Ingrid Cordes', '1955-04-21', 'Ingrid Cordes', '1955-04-21', 'E-112', 'Abtretung an Bank, Begünstigter leer'],
         ]),
     ], author='Oleksandr Koval', created='2026-01-27T11:05:00Z'))])

mail(16, 'N', 'de', 'internal',
     'trap: test-data guideline with a synthetic sample person, synthetic birth date and a checksum-valid but synthetic IBAN',
     'abeling', [('Entwicklung & Test', 'dev-test@hansekontor.example')],
     'Testdaten-Richtlinie v2.1 – ab sofort nur synthetische Personen',
     """Hallo zusammen,

nach dem Audit-Befund aus dem Dezember gilt ab sofort die Testdaten-Richtlinie
in Version 2.1 (liegt im Confluence unter QS > Richtlinien). Die wichtigsten
Punkte:

1. In keiner Testumgebung (T1, T2, Abnahme) werden produktive Personendaten
   verwendet, auch nicht "nur kurz" oder "nur ein Fall zum Nachstellen".
2. Testpersonen erzeugt der Generator "Synthia" (Jenkins-Job testdata-synth).
   Die Datensätze sind eindeutig markiert, z. B.:

     Name:     Erika Testfrau-SYN0042 (synthetisch)
     geb.:     01.01.1970 (synthetisch)
     IBAN:     DE67 5264 2642 4568 8314 76 (synthetisch, prüfziffergültig,
               keinem realen Konto zugeordnet)
     Diagnose: Z00.0 (Testwert, Allgemeinuntersuchung)

3. Fehler aus der Produktion werden nachgestellt, nicht kopiert. Wer einen
   Produktionsfall braucht, beantragt eine anonymisierte Kopie beim Data Office
   (Ticket-Typ "DATA-REQ").
4. Screenshots mit echten Kundendaten gehören nicht in Jira-Tickets.

Fragen gern an mich oder in die QS-Sprechstunde donnerstags um 14 Uhr.

Viele Grüße
Kerstin

""" + sig('abeling'))

mail(17, 'C', 'en', 'insurer-to-partner',
     'grey: sole trader counts as natural person; large-loss notice to reinsurer: fire at a named sole-trader farm, policy number, address; no injuries',
     'lindqvist', [('Claims Desk', 'claims@balticre.example')], 'Large loss advice – farm fire, policy GW-4410 2287 (treaty XL 2026)',
     """Dear colleagues,

in accordance with the large-loss clause of our property XL treaty 2026 we
advise the following loss:

Insured:        Hauke Petersen, sole trader (Petersen Hof, dairy farm)
Risk address:   Marschweg 21, 25899 Dagebüll
Policy:         GW-4410 2287, agricultural property incl. business interruption
Date of loss:   29 January 2026
Cause:          fire in the hay barn, probably self-ignition; no persons injured,
                42 cattle evacuated
Reserve:        1,850,000 EUR (buildings 1.1m, stock 0.35m, BI 0.4m)

The loss adjuster (Sachverständigenbüro Kramer) was on site on 30 January;
the first report follows within two weeks.

Kind regards,
""" + sig('lindqvist') + "\n" + foot('en'))

mail(18, 'S', 'de', 'internal',
     'company physician to underwriting: named BU applicant with BMI, hypertension, medication and risk surcharge',
     'fessel', [('Risikoprüfung Leben', 'risikopruefung-leben@hansekontor.example')],
     'Votum BU-Antrag Hollmann, Svenja – Antrag A-26-018833',
     """Liebe Kolleginnen und Kollegen,

zum BU-Antrag von Frau Svenja Hollmann (geb. 22.08.1990, Erzieherin,
Antrag A-26-018833, BU-Rente 1.500 EUR mtl.) mein Votum nach Durchsicht des
Hausarztberichts vom 15.01.2026:

- BMI 34,2 (Adipositas Grad I), seit 2023 stabil
- arterielle Hypertonie (I10.00), eingestellt mit Ramipril 5 mg,
  Werte im Bericht 135/85 mmHg
- keine Folgeschäden, Nierenwerte und EKG unauffällig
- 2019 Episode mit Anpassungsstörung (F43.2), 6 Wochen AU, seither
  keine Behandlung mehr

Empfehlung: Annahme mit Risikozuschlag 25 % auf den BU-Beitrag; keine
Ausschlussklausel für psychische Erkrankungen, da abgeschlossen und
> 5 Jahre zurück.

Gruß
Ulrich Fessel

""" + sig('fessel'))

mail(19, 'N', 'de', 'insurer-to-customer',
     'grey: named prospect but no contract; prospect asks about dental supplementary insurance; generic answer on waiting periods and health questions, no contract or health data',
     'schumacher', [('Jonas Behrmann', 'jonas.behrmann@webpost.example')],
     'AW: Frage zur Zahnzusatzversicherung',
     """Hallo Herr Behrmann,

danke für Ihr Interesse an unserer Zahnzusatzversicherung.

Zu Ihren Fragen:

1. Wartezeit: In ZahnPlus 80 und ZahnPlus 100 gibt es keine Wartezeit für
   Prophylaxe und Behandlung; für Zahnersatz gilt in den ersten vier Jahren
   eine Leistungsbegrenzung (1.000 / 2.000 / 3.000 / 4.000 EUR).
2. Gesundheitsfragen: Im Antrag fragen wir nach fehlenden Zähnen, laufenden
   oder angeratenen Behandlungen und Parodontose. Bereits angeratene
   Behandlungen sind nicht versichert.
3. Kieferorthopädie für Erwachsene ist nur nach Unfall versichert.

Die Tarifübersicht und die Versicherungsbedingungen finden Sie unter
https://www.hansekontor.example/zahn – dort können Sie den Beitrag auch
selbst berechnen.

""" + sig('schumacher') + "\n" + foot() + """
-----Ursprüngliche Nachricht-----
Von: Jonas Behrmann <jonas.behrmann@webpost.example>
Gesendet: Mittwoch, 28. Januar 2026 21:03
An: Kundenservice <service@hansekontor.example>
Betreff: Frage zur Zahnzusatzversicherung

Guten Abend, gibt es bei Ihnen eine Wartezeit und zahlt die Versicherung
auch Zahnspangen für Erwachsene? Danke, J. Behrmann
""")

mail(20, 'C', 'de', 'insurer-to-customer',
     'legal expenses cover confirmation for an employment dispute: named insured, policy, employer, dismissal date',
     'kuhlmann', [('Ahmet Demir', 'ahmet.demir@freemail-hb.example')],
     'Deckungszusage Arbeitsrecht – Ihr Rechtsschutzvertrag RS-3390 1178, Schaden RS-26-00812',
     """Sehr geehrter Herr Demir,

für Ihre Kündigungsschutzklage gegen die Weserwerft Service GmbH
(Kündigung vom 16.01.2026, zugegangen am 19.01.2026) erteilen wir
Deckungszusage für die erste Instanz vor dem Arbeitsgericht Bremen-Bremerhaven.

Versicherungsnehmer:  Ahmet Demir
Vertrag:              RS-3390 1178 (Privat-, Berufs- und Verkehrsrechtsschutz)
Schadennummer:        RS-26-00812
Selbstbeteiligung:    150 EUR

Die Zusage umfasst die gesetzlichen Gebühren Ihres Rechtsanwalts
(Kanzlei Brockmann & Partner) und die Gerichtskosten. Bitte geben Sie die
Schadennummer bei allen Rückfragen an.

""" + sig('kuhlmann') + "\n" + foot())

mail(21, 'N', 'en', 'insurer-to-supplier',
     'trap: hosting maintenance window with ICS; mentions encrypted backups of the health claims database, no data',
     'grant', [('NOC Nordhost', 'noc@nordhost.example')], 'Maintenance window 14 Feb – DB cluster failover test',
     """Hello NOC team,

confirming the maintenance window for the failover test of our Postgres
cluster pg-leika (health claims database) in your Frankfurt DC:

  Saturday 14 Feb 2026, 22:00 - 02:00 CET
  - 22:00 freeze of batch jobs on our side
  - 22:30 controlled switchover to the standby node
  - 00:30 switch back, verification of WAL shipping
  - 01:30 restore test from the encrypted backup (sample restore only,
    the restored instance stays in the isolated VLAN and is wiped afterwards)

Please have your on-call DBA available on the bridge. Calendar invite attached.

Thanks,
""" + sig('grant'),
     atts=[att('failover-test-pg-leika.ics', ics('hk-2026-0214-failover@hansekontor.example',
           '20260214T220000', '20260215T020000', 'Failover-Test pg-leika (Nordhost FRA)',
           'Telefonbrücke +49 421 5550 9999, PIN 4471',
           'Switchover/Switchback und Restore-Test. Ansprechpartner Hansekontor: Oliver Grant.',
           ('Oliver Grant', P['grant']['addr']), [('NOC Nordhost', 'noc@nordhost.example'),
                                                  ('Tobias Wendt', P['wendt']['addr'])]),
           charset='utf-8', cte='quoted-printable')])

mail(22, 'S', 'de', 'insurer-to-customer',
     'HTML-only benefit statement with a table of treatments (physiotherapy, orthopaedist, MRI) for the named insured',
     'thoelke', [('Renate Bollmann', 'renate.bollmann@nordpost.example')],
     'Ihre Leistungsabrechnung vom 02.02.2026',
     html_body="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Bollmann,</p>
<p>wir haben Ihre eingereichten Rechnungen zur Versicherungsnummer <b>KV-6120 4471-01</b> geprüft
und erstatten wie folgt:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde8f0"><th>Datum</th><th>Leistungserbringer</th><th>Leistung</th><th>Rechnung</th><th>Erstattung</th></tr>
<tr><td>05.01.2026</td><td>Dr. med. Kai Oeltjen, Orthopädie</td><td>Untersuchung, Diagnose Gonarthrose rechts (M17.1)</td><td>186,43 EUR</td><td>186,43 EUR</td></tr>
<tr><td>09.01.2026</td><td>Radiologie am Wall</td><td>MRT Kniegelenk rechts</td><td>612,00 EUR</td><td>612,00 EUR</td></tr>
<tr><td>12.01.-30.01.2026</td><td>Physiotherapie Weserufer</td><td>6 x Krankengymnastik, 6 x Lymphdrainage</td><td>414,00 EUR</td><td>331,20 EUR</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td>1.212,43 EUR</td><td><b>1.129,63 EUR</b></td></tr>
</table>
<p>Bei der Physiotherapie erstatten wir nach Ihrem Tarif 80 % der Kosten.
Der Betrag wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen.</p>
<p>Gute Besserung wünscht Ihnen<br>Sabine Thölke<br>Leistungsabteilung Krankenversicherung<br>
Hansekontor Krankenversicherung AG</p>
</body></html>
""")

mail(23, 'N', 'de', 'internal',
     'trap: BI monthly report on claims expenditure by benefit type (psychotherapy, hospital, dental), aggregates only, ODS attached',
     'yilmaz', [('Vorstandsstab', 'vorstandsstab@hansekontor.example')], cc=[('Dr. Jana Reimers', P['reimers']['addr'])],
     subject='Monatsreport Leistungsausgaben KV – Januar 2026',
     body="""Liebe Kolleginnen und Kollegen,

anbei der Monatsreport Leistungsausgaben KV für Januar 2026.

Highlights:
- Gesamtausgaben 41,8 Mio. EUR (+3,9 % ggü. Januar 2025)
- Psychotherapie ambulant +12,4 %, weiterhin stärkster Treiber
- stationär +2,1 %, davon Onkologie leicht rückläufig
- Zahnersatz +6,0 % (Effekt der GOZ-Analogbewertungen)

Alle Werte aggregiert auf Tarif- und Leistungsartenebene, Zellen mit weniger
als 10 Fällen sind zusammengefasst.

Viele Grüße
Fatma

""" + sig('yilmaz'),
     atts=[att('Leistungsausgaben_KV_2026-01.ods', ods([
         ('Übersicht', [['Leistungsart', 'Fälle', 'Ausgaben EUR', 'Vj. EUR', 'Veränderung'],
                        ['Arzt ambulant', 48210, 11820400, 11510330, '+2,7 %'],
                        ['Psychotherapie ambulant', 3822, 3410770, 3034510, '+12,4 %'],
                        ['Arzneimittel', 61044, 7260200, 6990870, '+3,9 %'],
                        ['Krankenhaus stationär', 2911, 12380500, 12125100, '+2,1 %'],
                        ['Zahnbehandlung', 9120, 2210380, 2144000, '+3,1 %'],
                        ['Zahnersatz', 2406, 3080140, 2905800, '+6,0 %'],
                        ['Heil- und Hilfsmittel', 8874, 1660010, 1615200, '+2,8 %']]),
     ], author='Fatma Yılmaz', created='2026-02-03T10:15:00'))])

mail(24, 'C', 'en', 'internal',
     'SOC incident note with portal log excerpt: named customer e-mail, IP and a bank-detail change with full IBAN in the log line',
     'grant', [('Michael Behrens', P['behrens']['addr']), ('Sven Lührs', P['luehrs']['addr'])],
     'INC-SEC-2026-011: suspicious bank detail change in customer portal',
     """Michael, Sven,

heads-up on a possible account takeover in the customer portal. One customer
account logged in from a VPN exit node and changed the bank details ten minutes
later. Relevant log lines below (full export in the case file):

2026-02-04T02:13:44Z portal-web-02 AUTH_OK user=t.harjes@mailbox-nord.example src=185.220.101.77 mfa=none
2026-02-04T02:14:02Z portal-web-02 VIEW contract=HR-7781 0032 user=t.harjes@mailbox-nord.example
2026-02-04T02:23:51Z portal-web-02 BANK_CHANGE user=t.harjes@mailbox-nord.example old_iban=DE02 4977 7838 3184 1856 82 new_iban=DE29 7942 7359 7234 7364 08 holder="Torben Harjes"
2026-02-04T02:24:10Z portal-web-02 LOGOUT user=t.harjes@mailbox-nord.example

Customer: Torben Harjes, household contract HR-7781 0032. I have frozen the
SEPA mandate change in the collections system until we reach him by phone
(Lea from customer service will call at 9). No other accounts from that IP.

Also: the log should never contain full IBANs. Ticket for the portal team
to mask them is HKX-CHG-9921.

Oliver

""" + sig('grant'))

mail(25, 'S', 'de', 'insurer-to-hospital',
     'cost coverage for an inpatient stay: named patient, birth date, diagnosis, OPS code',
     'thoelke', [('Patientenverwaltung Klinikum Weserbogen', 'patientenverwaltung@klinikum-weserbogen.example')],
     'Kostenübernahme stationär – Frau Marta Wiśniewska, geb. 03.05.1961',
     """Sehr geehrte Damen und Herren,

für die geplante stationäre Behandlung von

  Frau Marta Wiśniewska, geb. 03.05.1961
  Versicherungsnummer KV-7732 1089-01, Tarif StationärKomfort (Zweibettzimmer, Chefarzt)

Aufnahme am 16.02.2026, Diagnose Coxarthrose links (M16.1), geplante
Implantation einer Hüft-Totalendoprothese (OPS 5-820.00),

übernehmen wir die Kosten der allgemeinen Krankenhausleistungen nach
Fallpauschale sowie die Wahlleistungen Zweibettzimmer und wahlärztliche
Behandlung im tariflichen Umfang. Die Kostenübernahme gilt für bis zu
12 Tage; eine Verlängerung teilen Sie uns bitte mit Begründung mit.

Die Abrechnung erfolgt direkt mit uns (Klinik-Card liegt vor).

""" + sig('thoelke') + "\n" + foot())


# --- 0026-0050 ---------------------------------------------------------------

mail(26, 'C', 'en', 'insurer-to-supplier',
     'body only says "mismatches attached"; the windows-1252 CSV lists household and motor customers with names, policy numbers and premium differences',
     'brandes', [('Ruth Campbell', 'ruth.campbell@databridge-consulting.example')],
     cc=[('Oleksandr Koval', P['koval']['addr'])],
     subject='Reconciliation run 8 - premium mismatches P&C',
     body="""Ruth,

attached are the premium mismatches from reconciliation run 8 (P&C only,
the life and health side comes separately). 9 contracts, all with a difference
between legacy and target premium after the 2026 index adjustment.

Please have your team check the rounding rule in mapping M-PC-031 before
Thursday's call. I suspect the index factor is applied twice.

Thanks
Lukas

""" + sig('brandes', 'en'),
     atts=[att('recon_run08_pc_mismatch.csv', csvdata([
         ['Vertrag', 'Sparte', 'Versicherungsnehmer', 'PLZ', 'Beitrag_alt', 'Beitrag_neu', 'Differenz'],
         ['HR-7702 1193', 'Hausrat', 'Bärbel Stührenberg', '28199', '142,80', '148,51', '5,71'],
         ['HR-7709 4480', 'Hausrat', 'Marco Dähne', '28211', '96,40', '100,26', '3,86'],
         ['WG-3301 2287', 'Wohngebäude', 'Helga und Rainer Focke', '27793', '811,20', '889,07', '77,87'],
         ['WG-3304 0915', 'Wohngebäude', 'Cem Aydin', '28357', '654,00', '716,78', '62,78'],
         ['KF-5510 7732', 'Kfz', 'Jutta Röpke', '26122', '688,12', '688,12', '0,00'],
         ['KF-5512 0048', 'Kfz', 'Lars Eggers', '28865', '512,30', '533,28', '20,98'],
         ['PH-2281 5567', 'Privathaftpflicht', 'Edith Sündermann', '28325', '69,90', '72,69', '2,79'],
         ['PH-2283 9904', 'Privathaftpflicht', 'Tim Oetken', '27749', '59,90', '62,30', '2,40'],
         ['KF-5519 3321', 'Kfz', 'Angelika Wöbse', '28844', '402,00', '418,08', '16,08'],
     ], encoding='cp1252'), ctype='application/vnd.ms-excel', charset='windows-1252')])

mail(27, 'N', 'de', 'internal',
     'trap: printer ticket in the health claims area mentions "Arztberichte" and "Rezepte" but no patient',
     'servicedesk', [('Sven Luehrs', P['luehrs']['addr'])],
     '[HKX-INC-48577] Drucker LEI-KV-3.OG druckt Arztberichte nur leer',
     """Ticket HKX-INC-48577 was assigned to you.

Priority:    P2 - high (workgroup affected)
Category:    Hardware > Printer > Multifunction
Caller:      Team Leistung KV 3, 3rd floor, room 3.114
Device:      LEI-KV-3.OG (Kyocera TASKalfa 5054ci), asset 0044821

Description:
Seit dem Update gestern druckt der Drucker PDF-Anhaenge aus dem
Posteingang (Arztberichte, Rezepte, Heil- und Kostenplaene) nur als
leere Seiten. Word-Dokumente gehen. Betrifft alle 11 Arbeitsplaetze im Team.
Workaround: Drucken ueber LEI-KV-2.OG.

Link: https://itsm.hansekontor.example/ticket/HKX-INC-48577

This is an automatically generated message. Do not reply.
""", charset='us-ascii', cte='7bit')

mail(28, 'S', 'de', 'insurer-to-customer',
     'accident insurance: named insured, disability degree after a wrist fracture, medical report and invalidity benefit (accident line)',
     'unfall', [('Rüdiger Claaßen', 'r.claassen@kundenmail.example')],
     'Ihre Unfallversicherung UV-8830 1147 – Invaliditätsleistung',
     """Sehr geehrter Herr Claaßen,

das fachärztliche Gutachten von Herrn Dr. med. Frerk Bruns vom 28.01.2026 zu
Ihrem Sturz auf Glatteis am 14.12.2024 liegt uns vor. Der Gutachter stellt
nach der distalen Radiusfraktur rechts (S52.51) eine dauerhafte
Funktionsbeeinträchtigung der rechten Hand fest:

  Bewegungseinschränkung Handgelenk, verminderte Griffkraft
  Invaliditätsgrad nach Gliedertaxe: 2/7 Handwert = 15 %

Bei einer Grundsumme von 100.000 EUR und Progression 225 % ergibt sich:

  Invaliditätsleistung  15.000,00 EUR
  Unfallrente           entfällt (Invalidität unter 50 %)

Die Überweisung erfolgt auf Ihr bei uns hinterlegtes Konto. Sollten Sie mit
der Bemessung nicht einverstanden sein, können Sie innerhalb von drei Jahren
eine Neubemessung verlangen (Ziffer 9.4 AUB 2020).

Gute Besserung weiterhin!

""" + sig('unfall') + "\n" + foot())

mail(29, 'N', 'en', 'internal',
     'trap: model card of the claims triage model lists features like ICD chapter, age band, diagnosis text length and fairness metrics; no person',
     'raman', [('Model Risk Committee', 'model-risk@hansekontor.example')],
     cc=[('Dr. Jana Reimers', P['reimers']['addr'])],
     subject='Model card v1.3 - claims triage (health) for Thursday\'s committee',
     body="""Dear committee,

ahead of Thursday, attached is version 1.3 of the model card for the health
claims triage model (gradient boosting, routes incoming invoices to
auto-approve / standard / medical review).

Changes since 1.2:
- dropped the feature "postcode area" after the fairness review
- ICD chapter is now used on chapter level only (22 values), not 3-digit codes
- recall for "medical review" improved from 0.81 to 0.86 on the 2025 hold-out

All figures in the card are on the anonymised evaluation set.

Best,
Priya

""" + sig('raman', 'en'),
     atts=[att('ModelCard_ClaimsTriage_v1.3.docx', docx([
         '# Model card: Claims triage (health) v1.3',
         'Owner: Analytics & AI, Hansekontor Versicherung AG. Status: for approval.',
         '# Intended use',
         'Routing of incoming health invoices to auto-approve, standard processing or medical review. '
         'No automated rejection; every rejection is decided by a claims handler (Art. 22 GDPR).',
         '# Features (aggregated level)',
         ('table', [['Feature', 'Type', 'Note'],
                    ['ICD-10 chapter of main diagnosis', 'categorical (22)', 'chapter only, no 3-digit code'],
                    ['Age band of insured', 'categorical (8)', '10-year bands'],
                    ['Provider type', 'categorical', 'GP, specialist, hospital, therapist ...'],
                    ['Invoice amount', 'numeric', 'log-scaled'],
                    ['Number of GOÄ positions', 'numeric', ''],
                    ['Prior claims in 12 months', 'numeric', 'count only']]),
         '# Performance (hold-out 2025, n = 412,880 invoices)',
         ('table', [['Class', 'Precision', 'Recall'], ['auto-approve', '0.97', '0.92'],
                    ['standard', '0.84', '0.88'], ['medical review', '0.79', '0.86']]),
         '# Fairness',
         'Approval rate difference by gender 0.6 pp, by age band max. 2.1 pp (threshold 3 pp).',
     ], author='Priya Raman', created='2026-02-09T16:20:00Z', title='Model card claims triage'))])

mail(30, 'C', 'de', 'insurer-to-customer',
     'buildings insurance water damage: named customer, risk address, claim and policy number; no health content',
     'koch', [('Familie Brüning', 'bruening.family@webpost.example')],
     'Leitungswasserschaden in Ihrem Haus Kirchhuchtinger Landstraße 88 – Schaden SH-26-01193',
     """Sehr geehrte Frau Brüning, sehr geehrter Herr Brüning,

danke für die Fotos und die Rechnung der Leckortung. Zum Stand:

Schadennummer:  SH-26-01193
Vertrag:        WG-3318 0072 (Wohngebäude, gleitender Neuwert)
Schadenort:     Kirchhuchtinger Landstraße 88, 28259 Bremen
Ursache:        Frostbruch der Zuleitung im Hauswirtschaftsraum

Die Kosten der Leckortung (684,25 EUR) erstatten wir in voller Höhe. Für
die Trocknung haben wir die Firma Trockenbau Hemelingen beauftragt, die
Geräte werden am Montag aufgestellt. Den Bodenbelag regulieren wir nach
Abschluss der Trocknung auf Basis eines Kostenvoranschlags.

Bitte heben Sie die beschädigten Laminatreste noch auf, bis unser
Regulierer sie gesehen hat.

""" + sig('koch') + "\n" + foot())

mail(31, 'S', 'en', 'insurer-to-customer',
     'travel insurance: repatriation of a named insured hospitalised in Spain after a stroke; English-speaking policyholder (relative)',
     'brink', [('Susan Fairbairn', 'susan.fairbairn@webpost.example')],
     'Your father\'s repatriation from Málaga – travel policy RV-6612 0038',
     """Dear Mrs Fairbairn,

thank you for speaking with me this morning. As promised, a summary in
writing:

Your father, Mr Douglas Fairbairn, has been treated at the Hospital Costa del
Sol in Marbella since 9 February after an ischaemic stroke (left-sided
weakness, speech affected). The treating neurologist, Dr. Alvarez, confirmed
today that he is fit to fly with medical escort from 18 February.

Under his travel health policy RV-6612 0038 we cover:
 - repatriation by air ambulance to Bremen, with a doctor and a nurse on board
 - transfer to the stroke unit of Klinikum Weserbogen, where a bed is reserved
 - the hospital costs in Spain (guarantee of payment sent to the hospital)

Our assistance partner will call you tomorrow with the flight time. You are
welcome to fly with him; the seat is included.

With best wishes for his recovery,
""" + sig('brink', 'en') + "\n" + foot('en'))

mail(32, 'N', 'de', 'internal',
     'trap: DPO reminder about the deletion concept with retention periods for health claims files, bank data and medical reports; no person',
     'behrens', [('Führungskräfte', 'fuehrungskraefte@hansekontor.example')],
     'Löschkonzept 2026: Aufbewahrungsfristen und Löschläufe im ersten Quartal',
     """Liebe Führungskräfte,

im März laufen die jährlichen Löschläufe. Bitte prüfen Sie bis 27.02., ob
in Ihren Bereichen Löschsperren (laufende Rechtsstreite, Regresse) gesetzt
werden müssen. Die Fristen im Überblick finden Sie im Anhang.

Besonders wichtig:
- Leistungsakten mit Gesundheitsdaten (Arztberichte, Rechnungen, Gutachten)
  werden 10 Jahre nach Abschluss des Leistungsfalls gelöscht, nicht früher
  und nicht später.
- Bankdaten aus beendeten Verträgen: Löschung nach Ablauf der handels- und
  steuerrechtlichen Fristen (6/10 Jahre).
- Ablehnungen von Anträgen (auch mit Gesundheitsfragen) nach 3 Jahren.
- Bewerbungsunterlagen: 6 Monate nach Abschluss des Verfahrens.

Ausnahmen nur mit Ticket an das Data Office.

""" + sig('behrens'),
     atts=[att('Loeschkonzept_Fristen_2026.pdf', pdf([
         '# Löschkonzept Hansekontor Versicherungsgruppe - Fristenübersicht 2026',
         '',
         'Datenkategorie | Frist | Beginn | System',
         'Leistungsakte Kranken (inkl. Gesundheitsdaten) | 10 Jahre | Abschluss Leistungsfall | LEIKA, Archiv',
         'Leistungsakte Leben/BU | 10 Jahre | Vertragsende | LEBEN-V, Archiv',
         'Antrag abgelehnt (Gesundheitsfragen) | 3 Jahre | Ablehnung | Antragsstrecke',
         'Schadenakte Sach/HUK | 10 Jahre | Abschluss Schaden | SCHADEN-SH',
         'Bankverbindung beendeter Verträge | 10 Jahre | Ende Geschäftsjahr | INKASSO',
         'Protokolldaten Portal | 6 Jahre | Ereignis | Audit-Log',
         'Bewerbungsunterlagen | 6 Monate | Abschluss Verfahren | HR-Recruiting',
         '',
         'Löschsperren sind im Ticket-Typ DATA-HOLD zu beantragen.',
         'Stand: 01/2026, Datenschutzbeauftragter',
     ], title='Löschkonzept Fristen 2026', author='Michael Behrens', date='20260210083000'))])

mail(33, 'C', 'de', 'internal',
     'ZIP with a windows-1252 CSV of returned direct debits: customer names, IBANs, amounts (P&C contracts)',
     'osterkamp', [('Monika Albers', P['albers']['addr'])], 'Rücklastschriften Februar – Export wie besprochen',
     """Hallo Monika,

hier der Export der Rücklastschriften aus dem Februar-Lauf, gefiltert auf
Sach/HUK/Kfz (KV und Leben gehen über deren eigenes Inkasso). Gezippt,
weil der Mailserver sonst die CSV als zu groß anmeckert.

Spalten wie im alten Bericht, Trennzeichen Semikolon, Encoding ANSI,
damit Excel die Umlaute frisst.

Gruß
Malte

""" + sig('osterkamp'),
     atts=[att('ruecklastschriften_2026-02.zip', mkzip([
         ('ruecklastschriften_2026-02.csv', csvdata([
             ['Vertrag', 'Kontoinhaber', 'IBAN', 'Betrag', 'Rückgabegrund', 'Datum'],
             ['KF-5503 1180', 'Dirk Hollander', 'DE20 6370 3286 3968 3653 04', '58,20', 'AC04 Konto erloschen', '03.02.2026'],
             ['HR-7711 8821', 'Sabrina Tönjes', 'DE30 6749 4025 7616 5219 91', '9,80', 'MD06 Widerspruch', '03.02.2026'],
             ['PH-2279 0043', 'Wilfried Logemann', 'DE88 6792 6260 7228 8346 92', '64,55', 'AM04 Deckung', '04.02.2026'],
             ['WG-3309 7712', 'Anke Rosenbrock', 'DE42 6003 3254 5607 6017 31', '212,40', 'AM04 Deckung', '04.02.2026'],
             ['KF-5518 2291', 'Kevin Schnakenberg', 'DE98 7728 8890 2268 2457 84', '47,13', 'MS03 sonstige', '05.02.2026'],
         ], encoding='cp1252')),
     ], date=(2026, 2, 10, 14, 2, 0)))])

mail(34, 'S', 'de', 'internal',
     'forward to IT: the quoted customer complaint names her breast-cancer follow-up and oncology invoices; the forwarding text itself is technical',
     'thoelke', [('Piotr Nowak', P['nowak']['addr'])],
     'WG: Upload im Kundenportal klappt nicht!!!',
     """Hallo Herr Nowak,

können Sie sich das bitte ansehen? Die Kundin kommt mit ihren PDFs nicht
durch, laut Fehlermeldung "Datei zu groß", obwohl es nur 6 MB sind.
Das passiert diese Woche schon zum dritten Mal.

Danke!
Sabine Thölke

-----Ursprüngliche Nachricht-----
Von: Sandra Kück <sandra.kueck@nordpost.example>
Gesendet: Dienstag, 10. Februar 2026 19:48
An: Leistung Kranken <leistung-kv@hansekontor.example>
Betreff: Upload im Kundenportal klappt nicht!!!

Sehr geehrte Damen und Herren,

ich versuche seit Tagen, die Rechnungen aus meiner Nachsorge hochzuladen
(Onkologische Praxis Dr. Meinken, Tumormarker und Mammographie nach meiner
Brustkrebs-OP, außerdem die Rechnung für die Perücke). Ihr Portal sagt jedes
Mal "Datei zu groß". Meine Versicherungsnummer ist KV-6602 3318-01.

Ich habe wirklich gerade andere Sorgen. Kann ich das nicht einfach per
Mail schicken?

Sandra Kück
""" + "\n" + sig('thoelke'))

mail(35, 'N', 'en', 'insurer-to-partner',
     'trap: annual statistics for the health quota-share reinsurer by ICD chapter and age band; aggregated, small cells merged',
     'lindqvist', [('Health Underwriting', 'health-uw@balticre.example')],
     'Health QS treaty - portfolio statistics 2025',
     """Dear colleagues,

as agreed in the treaty (art. 14), please find the portfolio statistics for
underwriting year 2025 of the health quota share attached. Compared to 2024:

- insured persons +2.3 % (comprehensive) and +7.9 % (supplementary dental)
- claims ratio 78.4 % (2024: 77.1 %)
- strongest growth in chapter F (mental and behavioural disorders) and
  chapter C (neoplasms), in line with market trends

All figures are aggregated; cells with fewer than 20 insured persons are
merged into the next age band.

""" + sig('lindqvist') + "\n" + foot('en'),
     atts=[att('HK_HealthQS_Statistics_2025.xlsx', xlsx([
         ('Claims by ICD chapter', [['ICD-10 chapter', 'Description', 'Claims', 'Paid EUR', 'Share'],
                                    ['C', 'Neoplasms', 3120, 38410220, '9.8 %'],
                                    ['F', 'Mental and behavioural disorders', 18344, 29980410, '7.6 %'],
                                    ['I', 'Circulatory system', 14502, 44102900, '11.2 %'],
                                    ['M', 'Musculoskeletal system', 40211, 51220400, '13.0 %'],
                                    ['K', 'Digestive system incl. dental', 58830, 61300870, '15.6 %'],
                                    ['other', 'all other chapters', 162001, 168772300, '42.8 %']]),
         ('Insured by age band', [['Age band', 'Insured', 'Premium EUR'], ['0-19', 21480, 18220400],
                                  ['20-39', 48022, 101300800], ['40-59', 60110, 198400210],
                                  ['60-79', 31208, 151700400], ['80+', 4471, 29400110]]),
     ], author='Eva Lindqvist', created='2026-02-11T09:00:00Z'))])

mail(36, 'C', 'en', 'insurer-to-customer',
     'professional indemnity for a named sole-trader architect: turnover, policy number, premium and his bank account',
     'hartwig', [('Nigel Ashworth', 'nigel@ashworth-architects.example')],
     'Your professional indemnity renewal - policy BH-9021 4475',
     """Dear Mr Ashworth,

thank you for returning the renewal questionnaire. Based on your figures we
have renewed your professional indemnity cover as follows:

  Policyholder:     Nigel Ashworth, trading as Ashworth Architects
  Policy:           BH-9021 4475
  Period:           1 March 2026 - 28 February 2027
  Fee income 2025:  286,400 EUR (2024: 241,000 EUR)
  Limit:            3,000,000 EUR per loss (property damage / financial loss)
  Premium:          4,212.60 EUR incl. 19 % insurance tax

The premium will be collected on 1 March from your business account
DE96 7282 1117 6999 9156 42 as before. The new schedule follows by post.

Please tell us if you plan projects outside Germany this year; those need
a short extension.

Kind regards,
""" + sig('hartwig', 'en') + "\n" + foot('en'))

mail(37, 'N', 'de', 'insurer-to-customer',
     'trap: portal notification mail ("neue vertrauliche Nachricht") with no content, us-ascii',
     'portal', [('', 'h.wessels@kundenmail.example')],
     'Neue Nachricht in Ihrem Hansekontor SecureMail-Postfach',
     """Guten Tag,

fuer Sie liegt eine neue vertrauliche Nachricht im Hansekontor
SecureMail-Portal bereit.

Aus Datenschutzgruenden enthaelt diese Benachrichtigung keine Inhalte.
Bitte melden Sie sich an unter:

    https://securemail.hansekontor.example/

Falls Sie noch kein Konto haben, erhalten Sie in einer separaten E-Mail
Ihr Einmal-Passwort. Nachrichten werden nach 90 Tagen automatisch geloescht.

Ihre Hansekontor Versicherung

Dies ist eine automatisch erzeugte E-Mail. Antworten an diese Adresse
werden nicht gelesen.
""", charset='us-ascii', cte='7bit')

mail(38, 'S', 'de', 'internal',
     'HR to company doctor: occupational reintegration (BEM) of a named employee with diagnosis and sick-leave period',
     'vogt', [('Dr. med. Ulrich Fessel', P['fessel']['addr'])],
     'BEM-Gespräch Frau Doreen Lampe – Termin und Vorbereitung',
     """Lieber Herr Dr. Fessel,

Frau Doreen Lampe (Kundenservice, PNr. 28811) ist seit dem 03.11.2025
arbeitsunfähig, inzwischen also über sechs Wochen. Sie hat dem BEM-Angebot
zugestimmt und uns erlaubt, Sie als Betriebsarzt einzubeziehen.

Aus ihrem Schreiben: Nach einem Bandscheibenvorfall (L5/S1) mit OP im
Dezember ist sie in der Anschlussheilbehandlung in Bad Zwischenahn bis
voraussichtlich 27.02.2026. Sie wünscht sich danach eine stufenweise
Wiedereingliederung (Hamburger Modell, 4 Wochen) und einen
höhenverstellbaren Schreibtisch.

Termin BEM-Gespräch: 05.03.2026, 10:00 Uhr, Raum 1.07 (mit Betriebsrat,
Herrn Gerdes).

Können Sie vorab eine Einschätzung zur Arbeitsplatzgestaltung geben?

Viele Grüße
Anja Vogt

""" + sig('vogt'))

mail(39, 'C', 'de', 'insurer-to-broker',
     'commission statement for a sole-trader broker: his IBAN and tax number in the attached PDF; body harmless',
     'meyer', [('Jens Weber', 'jens.weber@finanzkontor-weber.example')],
     'Courtageabrechnung Januar 2026',
     """Hallo Herr Weber,

anbei Ihre Courtageabrechnung für Januar. Die Auszahlung ist heute
rausgegangen.

Die Bestandsübertragung der Kfz-Verträge von Ihrem Kollegen Ammermann ist
übrigens durch, die Courtage dafür läuft ab Februar mit.

""" + sig('meyer') + "\n" + foot(),
     atts=[att('Courtage_2026-01_VM40217.pdf', pdf([
         '# Courtageabrechnung Januar 2026',
         'Hansekontor Versicherung AG, Vertriebsabrechnung',
         '',
         'Vermittler: Jens Weber, Finanzkontor Weber (Einzelunternehmen)',
         'Vermittlernummer: VM-40217',
         'Steuernummer: 60/118/04452, USt-befreit nach § 4 Nr. 11 UStG',
         'Bankverbindung: DE15 7080 0099 5435 7811 99',
         '',
         'Sparte | Verträge | Beitrag | Courtage',
         'Kraftfahrt | 48 | 29.410,00 EUR | 1.764,60 EUR',
         'Hausrat/Wohngebäude | 31 | 14.208,40 EUR | 2.131,26 EUR',
         'Haftpflicht | 22 | 1.704,80 EUR | 340,96 EUR',
         'Summe | 101 | 45.323,20 EUR | 4.236,82 EUR',
         '',
         'Auszahlung am 12.02.2026',
     ], title='Courtageabrechnung VM-40217 01/2026', date='20260212071500'))])

mail(40, 'N', 'de', 'internal',
     'trap: steering-committee minutes of the migration with record counts, go/no-go and the phrase "Gesundheitsdaten" only as a data category',
     'brandes', [('Lenkungskreis Leuchtturm', 'lk-leuchtturm@hansekontor.example')],
     'Protokoll Lenkungskreis Leuchtturm 16.02.2026',
     """Hallo zusammen,

anbei das Protokoll vom Montag. Die Beschlüsse in Kürze:

1. Go für den Probelauf der KV-Migration am Wochenende 07./08.03.
2. Der Altbestand mit Platzhalter-Geburtsdatum (233 Personen) wird vorher
   manuell bereinigt, Verantwortung Data Office.
3. Gesundheitsdaten werden in den Probeläufen nur in der abgeschotteten
   Umgebung MIG-P verarbeitet; die Testumgebungen bekommen synthetische
   Daten (siehe Testdaten-Richtlinie 2.1).
4. Budget: 62 % verbraucht bei 58 % Fortschritt, Ampel gelb.

Nächster Termin: 16.03.2026, 14 Uhr.

Lukas

""" + sig('brandes'),
     atts=[att('Protokoll_LK_Leuchtturm_2026-02-16.docx', docx([
         '# Protokoll Lenkungskreis "Leuchtturm" vom 16.02.2026',
         'Teilnehmende: Marlies Ahrens (Vorstand, Vorsitz), Dr. Jana Reimers, Lukas Brandes, '
         'Ralf Dierks, Michael Behrens, Ruth Campbell (DataBridge, TOP 1-3)',
         '# TOP 1 Status Migration',
         ('table', [['Bestand', 'Objekte', 'migriert', 'Fehlerquote'],
                    ['Leben/BU', '184.220 Verträge', 'Lauf 7', '1,4 %'],
                    ['Kranken', '212.004 Versicherte', 'Probelauf 03/2026', '-'],
                    ['Sach/HUK/Kfz', '391.870 Verträge', 'Lauf 8', '0,3 %']]),
         '# TOP 2 Go/No-Go Probelauf KV',
         'Beschluss: Go für 07./08.03.2026 unter den Auflagen aus TOP 3.',
         '# TOP 3 Datenschutz',
         'Gesundheitsdaten (Art. 9 DSGVO) werden ausschließlich in MIG-P verarbeitet. '
         'Keine Kopien in T1/T2. Der DSB prüft das Berechtigungskonzept bis 27.02.',
         '# TOP 4 Budget',
         'Verbrauch 62 % bei 58 % Fortschritt. Nachtrag CR-07 ist enthalten.',
     ], author='Lukas Brandes', created='2026-02-17T08:30:00Z'))])

mail(41, 'S', 'mixed', 'internal',
     'data correction script for named claims: member numbers, names and wrong/right ICD codes (oncology) in SQL; German/English team mail',
     'nowak', [('Tobias Wendt', P['wendt']['addr'])], 'Datenkorrektur CHG-10044 – bitte heute Abend einspielen',
     """Hi Tobias,

hier das Skript für CHG-10044, approved by the business (Frau Thölke) and
Data Office this afternoon. Background: Scan-Eingang hat bei drei Fällen den
ICD aus dem Feld "Verdacht auf" übernommen statt der gesicherten Diagnose.
Please run on PROD after the 20:00 batch, Rückmeldung an mich.

-- CHG-10044 Korrektur Diagnose Leistungsfall (3 Saetze)
BEGIN;
-- Kück, Sandra, KV-6602 3318-01: Z.B. nach Mamma-Ca, gesichert
UPDATE leika.leistungsfall SET diagnose_icd10 = 'Z85.3', diag_sicherheit = 'G'
 WHERE fall_id = 'L-2026-0102217' AND diagnose_icd10 = 'C50.4';
-- Brodersen, Heinz, KV-3310 4471-01: KHK gesichert, nicht V.a. Infarkt
UPDATE leika.leistungsfall SET diagnose_icd10 = 'I25.13', diag_sicherheit = 'G'
 WHERE fall_id = 'L-2026-0102488' AND diagnose_icd10 = 'I21.9';
-- Onken, Maike, KV-9042 1185-01: GAS gesichert
UPDATE leika.leistungsfall SET diagnose_icd10 = 'F41.1', diag_sicherheit = 'G'
 WHERE fall_id = 'L-2026-0102590' AND diagnose_icd10 = 'F41.0';
-- expect 3 rows
COMMIT;

Danke & cheers
Piotr

""" + sig('nowak'))

mail(42, 'C', 'en', 'internal',
     'data access request with a "small example" of three motor customers: names, birth dates, postcodes, claim counts',
     'raman', [('Dr. Jana Reimers', P['reimers']['addr'])],
     'Data access request DATA-REQ-0412: motor claims frequency model',
     """Hi Jana,

for the motor frequency model I need read access to the motor portfolio mart
(2019-2025). To show what I mean by "policy-level", here is a small example
of the rows I would work with:

  policy      holder             born        postcode  vehicle         claims_5y
  KF-5501 2234  Henning Lüdeke     1987-04-12  28355     VW Passat 2.0   2
  KF-5507 9910  Aylin Karaca       1995-09-30  28207     Opel Corsa      0
  KF-5513 0481  Friedhelm Ostmann  1949-01-08  27721     Mercedes B 180  3

Of course the model would use the age and not the birth date, and I would
drop names before anything leaves the mart. Could you approve for 6 months?

Thanks,
Priya

""" + sig('raman', 'en'))

mail(43, 'N', 'en', 'newsletter',
     'trap: internal IT newsletter about the secure mail portal and why health data must never go unencrypted; generic',
     'newsletter', [('All staff', 'alle-mitarbeiter@hansekontor.example')],
     'Tech Bytes #7: secure mail, new laptops, password manager',
     """TECH BYTES #7 - February 2026
Your IT newsletter

1. Secure mail: what happens to your outgoing mail
Every mail you send to an external address passes our secure mail gateway.
If it contains health data, bank data or other personal data, the gateway
encrypts it or deposits it in the SecureMail portal. You do not have to do
anything - but please never send health information to private addresses
via forwarding rules. Questions: securemail-support@hansekontor.example

2. Laptop refresh
The roll-out of the new laptops starts on 2 March in Leistung KV and Leben.

3. Password manager
From April every employee gets a licence for the company password manager.

Your IT team
""", alt=True)

mail(44, 'S', 'de', 'insurer-to-lawyer',
     'liability claim: injured third party (cyclist) with traumatic brain injury, hospital stay and prognosis sent to the claimant\'s lawyer',
     'koch', [('RA Dr. Henrike Voss', 'voss@brockmann-partner.example')],
     'Ihr Mandant Felix Grothe ./. unsere VN Ilse Meyerdierks – Schaden PH-26-00471',
     """Sehr geehrte Frau Dr. Voss,

wir bestätigen den Eingang Ihres Schreibens vom 13.02.2026 nebst Anlagen.

Unsere Versicherungsnehmerin, Frau Ilse Meyerdierks, hat am 22.11.2025 die
Autotür geöffnet, ohne auf den Radverkehr zu achten. Die Haftung dem Grunde
nach erkennen wir zu 100 % an.

Nach den übersandten Unterlagen (Entlassungsbericht des Klinikums
Weserbogen vom 06.12.2025) erlitt Ihr Mandant, Herr Felix Grothe, ein
Schädel-Hirn-Trauma 2. Grades (S06.21) mit Subarachnoidalblutung sowie eine
Claviculafraktur rechts. Er befand sich 14 Tage in stationärer Behandlung,
anschließend in neurologischer Reha. Für die Bemessung des Schmerzensgeldes
benötigen wir noch den Abschlussbericht der Reha und den neuropsychologischen
Befund zu den geschilderten Konzentrationsstörungen.

Einen Vorschuss von 8.000 EUR auf das Schmerzensgeld zahlen wir bereits
jetzt auf Ihr Kanzleikonto.

""" + sig('koch') + "\n" + foot())

mail(45, 'N', 'de', 'insurer-to-supplier',
     'trap: scanning contract for incoming doctors\' invoices and prescriptions: volumes, prices, TOMs; no person',
     'dierks', [('Vertrieb ScanWerk', 'vertrieb@scanwerk.example')],
     'Beauftragung Digitalisierung Posteingang Leistung KV ab 01.04.2026',
     """Sehr geehrte Frau Dittmer,

nach Abschluss der Ausschreibung beauftragen wir Sie mit der Digitalisierung
des Posteingangs unserer Leistungsabteilung Kranken ab dem 01.04.2026:

- Volumen ca. 95.000 Sendungen/Monat (Arztrechnungen, Rezepte,
  Heil- und Kostenpläne, Krankenhausrechnungen), Spitzen im Januar
- Scan, Klassifikation, Extraktion der Rechnungsdaten inkl. ICD-10-Codes
  und GOÄ-Ziffern, Übergabe per SFTP innerhalb von 24 h
- Vernichtung der Originale nach 8 Wochen (DIN 66399, Schutzklasse 3)
- Preis 0,31 EUR je Sendung, Extraktion 0,09 EUR je Beleg

Der Auftragsverarbeitungsvertrag nach Art. 28 DSGVO und die Verpflichtung
Ihrer Mitarbeitenden nach § 203 StGB sind Voraussetzung; Entwürfe sendet
Ihnen unser Datenschutzbeauftragter.

""" + sig('dierks') + "\n" + foot())

mail(46, 'C', 'de', 'insurer-to-authority',
     'household burglary: request to the police for the investigation file with the named policyholder, address and case number',
     'koch', [('Polizei Bremen, Akteneinsicht', 'akteneinsicht@polizei-bremen.example')],
     'Akteneinsicht Az. 1011-2026-008812 – Einbruchdiebstahl zum Nachteil Ingo Hasselbring',
     """Sehr geehrte Damen und Herren,

wir sind Hausratversicherer von Herrn Ingo Hasselbring, Vor dem Steintor 41,
28203 Bremen (Vertrag HR-7724 5530). Herr Hasselbring hat uns einen
Einbruchdiebstahl in der Nacht vom 31.01. auf den 01.02.2026 gemeldet
(Schadenhöhe laut Stehlgutliste ca. 14.300 EUR, u. a. Notebook, Kamera,
Schmuck).

Zur Prüfung unserer Leistungspflicht bitten wir um Übersendung einer Kopie
der Ermittlungsakte (Tatortbericht, Stehlgutliste) zum Aktenzeichen
1011-2026-008812. Eine Einwilligung des Versicherungsnehmers liegt bei.
Die Kosten der Akteneinsicht übernehmen wir.

""" + sig('koch') + "\n" + foot(), charset='iso-8859-1')

mail(47, 'S', 'en', 'insurer-to-company',
     'grey: no health data but life line; group pension (bAV) list for an employer: employee names, birth dates, salaries and contributions in the XLSX (life line)',
     'jansen', [('Mette Kjær', 'mette.kjaer@weserwerft.example')],
     'Group pension scheme - 2026 enrolment list for your review',
     """Dear Mette,

please find attached the enrolment list for the 2026 contributions to the
Weserwerft group pension scheme (direct insurance, contract GL-77 0042).
It includes the seven new employees from January and the salary-linked
contributions after the pay round.

Could you check the salaries against payroll and confirm by 6 March? Two
employees (rows 5 and 8) have not yet returned the conversion agreement.

Best regards,
""" + sig('jansen', 'en') + "\n" + foot('en'),
     atts=[att('Weserwerft_bAV_2026_enrolment.xlsx', xlsx([
         ('Enrolment 2026', [
             ['Pers.-No.', 'Name', 'Date of birth', 'Entry', 'Gross salary p.a. EUR', 'Employee contribution p.m.', 'Employer subsidy p.m.', 'Policy'],
             ['W-1021', 'Hinrich Stelljes', '1984-05-17', '2019-04-01', 58200, 200, 30, 'GL-77 0042-0113'],
             ['W-1188', 'Agnieszka Nowicka', '1991-10-02', '2021-08-01', 46900, 150, 22.5, 'GL-77 0042-0158'],
             ['W-1302', 'Ole Tammen', '1999-02-26', '2026-01-01', 39800, 100, 15, 'GL-77 0042-0201'],
             ['W-1303', 'Merle Ahlers', '2002-07-09', '2026-01-01', 36400, 80, 12, 'GL-77 0042-0202'],
             ['W-1305', 'Dragan Petrović', '1977-12-01', '2026-01-01', 61500, 250, 37.5, 'pending'],
             ['W-1307', 'Sönke Harms', '1968-03-15', '2026-01-01', 72300, 300, 45, 'GL-77 0042-0204'],
             ['W-1309', 'Nele Kramer', '1996-06-21', '2026-01-01', 44100, 120, 18, 'GL-77 0042-0205'],
             ['W-1310', 'Emre Yıldız', '1993-08-30', '2026-01-01', 51800, 175, 26.25, 'pending'],
         ]),
     ], author='Heike Jansen', created='2026-02-20T11:00:00Z'))])

mail(48, 'N', 'en', 'internal',
     'trap: service-desk note on the new password policy ("never use your date of birth"); no personal data',
     'luehrs', [('All staff', 'alle-mitarbeiter@hansekontor.example')],
     'New password rules from 1 March',
     """Hello everyone,

from 1 March the following password rules apply to all Windows and SAP
accounts:

  - at least 14 characters, no forced change every 90 days any more
  - no names, no dates of birth, no car number plates, no "Hansekontor2026"
  - passwords are checked against a list of leaked passwords
  - MFA via the authenticator app is mandatory for remote access

If your current password does not meet the rules, you will be asked to
change it at your next login after 1 March.

""" + sig('luehrs', 'en'))

mail(49, 'C', 'de', 'insurer-to-customer',
     'address change for motor and household: named customer, old/new address, birth date for identification, policy numbers',
     'schumacher', [('Gudrun Wiechmann', 'gudrun.wiechmann@t-netz.example')],
     'Bestätigung Ihrer neuen Anschrift',
     """Sehr geehrte Frau Wiechmann,

wir haben Ihre neue Anschrift zum 01.03.2026 in beiden Verträgen erfasst:

  Name:            Gudrun Wiechmann, geb. 11.07.1957
  bisher:          Lindenweg 3, 28832 Achim
  neu:             Hafenstraße 17a, 27568 Bremerhaven

  Kfz-Versicherung KF-5521 3307 (HB-GW 57)
  Hausratversicherung HR-7730 9914

Durch den Umzug ändert sich die Regionalklasse Ihrer Kfz-Versicherung; der
Beitrag sinkt ab März um 38,20 EUR im Jahr. Für die Hausrat-Versicherungssumme
sollten Sie prüfen, ob die neue Wohnung (74 m²) noch zur Versicherungssumme von
48.000 EUR passt. Einen neuen Versicherungsschein senden wir Ihnen per Post.

""" + sig('schumacher') + "\n" + foot(), charset='iso-8859-1')

mail(50, 'N', 'mixed', 'internal',
     'trap: release notes of the DWH pipeline (German/English) describe masking functions for iban and geburtsdatum; no data',
     'osterkamp', [('Data Engineering', 'data-engineering@hansekontor.example')],
     'Release dwh-pipeline 3.8.0 – Maskierung, Airflow 2.10',
     """Moin,

release 3.8.0 der dwh-pipeline ist seit heute auf PROD. Changelog:

- NEW: mask_iban(col) - keeps country code and last 4 digits
  (e.g. DE** **** **** **** **12 34); used in all views for BI
- NEW: age_band(geburtsdatum) - replaces the birth date in analytics marts
  by 5-year bands; raw column only in the core layer
- CHANGED: ICD codes in mart_leistung_kv aggregated to chapter level for the
  role BI_READ; 3-digit codes only for role MED_ANALYST
- FIXED: Airflow DAG leika_daily retried forever on SFTP timeout
- Upgrade Airflow 2.9.3 -> 2.10.4

Bitte eure Dashboards kurz checken, falls ihr direkt auf Core-Tabellen
gegangen seid - das geht ab jetzt nicht mehr mit BI_READ.

Malte

""" + sig('osterkamp'))


# --- 0051-0075 ---------------------------------------------------------------

mail(51, 'S', 'en', 'internal',
     'breach assessment; the attached misdirected mail (message/rfc822) contains a named customer\'s rehab approval for alcohol dependency',
     'grant', [('Michael Behrens', P['behrens']['addr'])], cc=[('Sabine Thölke', P['thoelke']['addr'])],
     subject='INC-SEC-2026-019 misdirected mail - original attached for your Art. 33 assessment',
     body="""Michael,

as discussed on the phone: on Friday a colleague in health claims replied to
the wrong customer (autocomplete picked "Matthias Gerdes" at a private
address instead of the Matthias Gerdes who is our insured). The recipient
told us this morning and confirmed he deleted it. The original is attached
as it left our gateway; it went out TLS-only, not via the portal, because
the subject tag was missing.

Facts for your assessment:
- 1 data subject, 1 wrong recipient (private person, cooperative)
- content: approval of an inpatient rehab (special category data)
- sent Fri 27 Feb 15:41, reported Mon 2 Mar 08:10

My view: notifiable within 72h (health data), notification of the data
subject recommended. Your call.

Oliver

""" + sig('grant'),
     atts=[att('misdirected_2026-02-27.eml', inner_eml(
         ('Leistung Kranken', 'leistung-kv@hansekontor.example'),
         [('Matthias Gerdes', 'm.gerdes@mailbox-nord.example')],
         'AW: Antrag Entwöhnungsbehandlung', 'Fri, 27 Feb 2026 15:41:07 +0100',
         """Sehr geehrter Herr Gerdes,

wir übernehmen die Kosten der stationären Entwöhnungsbehandlung
(Alkoholabhängigkeit, F10.2) in der Fachklinik Haus Wümmeblick für
zunächst 12 Wochen ab dem 16.03.2026, Versicherungsnummer KV-2204 9987-01.

Die Kostenzusage geht der Klinik direkt zu. Wir wünschen Ihnen viel Kraft
für die Behandlung.

Mit freundlichen Grüßen
Leistungsabteilung Krankenversicherung
Hansekontor Krankenversicherung AG
""", 'C3A9E1F0.20260227154107@HKX-MBX02.hansekontor.example'))])

mail(52, 'N', 'de', 'internal',
     'trap: invitation of the data governance board with ICS; agenda items about classifying health data and masking IBANs, no data',
     'reimers', [('Data Governance Board', 'dg-board@hansekontor.example')],
     'Einladung Data Governance Board Q1 – 12.03.2026',
     """Liebe Mitglieder des Data Governance Boards,

hiermit lade ich zur Sitzung im ersten Quartal ein:

Donnerstag, 12.03.2026, 13:00–15:00 Uhr, Raum Kaje (4.01) und Teams

Tagesordnung
1. Freigabe Datenklassifizierungs-Leitfaden 2026 (Gesundheitsdaten,
   Bankdaten, Daten nach § 203 StGB)
2. IBAN-Maskierung in allen BI-Sichten – Stand und Ausnahmen
3. Data Ownership Leistung KV nach der Migration
4. DQ-Kennzahlen Q4/2025 und Zielwerte 2026
5. Verschiedenes

Unterlagen kommen bis Montag ins Board-Teams.

""" + sig('reimers'),
     atts=[att('DG-Board_Q1_2026.ics', ics('dgb-2026-q1@hansekontor.example', '20260312T130000',
                                             '20260312T150000', 'Data Governance Board Q1/2026',
                                             'Raum Kaje (4.01) / Teams',
                                             'Tagesordnung siehe Einladungsmail.',
                                             ('Dr. Jana Reimers', P['reimers']['addr']),
                                             [('Data Governance Board', 'dg-board@hansekontor.example')]))])

mail(53, 'C', 'de', 'insurer-to-authority',
     'breach notification to the DPA: motor premium invoice with named customer, address and IBAN went to a wrong address',
     'behrens', [('Landesbeauftragte für Datenschutz', 'meldung@datenschutz-hb.example')],
     'Meldung einer Verletzung des Schutzes personenbezogener Daten (Art. 33 DSGVO) – Az. intern DS-2026-007',
     """Sehr geehrte Damen und Herren,

wir melden folgende Verletzung des Schutzes personenbezogener Daten:

Verantwortlicher: Hansekontor Allgemeine Versicherung AG, Am Speicherhafen 12,
28217 Bremen; Datenschutzbeauftragter: Michael Behrens

Sachverhalt: Nach der Bestandsmigration wurde am 02.03.2026 eine
Beitragsrechnung zur Kfz-Versicherung KF-5506 1148 von Frau Christiane
Lamken (Bgm.-Smidt-Str. 140, 28195 Bremen) an eine falsche Anschrift in
derselben Straße versandt. Betroffene Daten: Name, Anschrift,
Vertragsnummer, Kennzeichen HB-CL 318, Beitrag, IBAN
DE91 6515 9639 8483 6766 35 (vollständig abgedruckt).

Betroffene Personen: 1. Empfänger: Privatperson, hat das Schreiben am
04.03.2026 zurückgegeben.

Maßnahmen: Anschriftenfehler im Mapping korrigiert (Hausnummernzusatz), alle
2.118 Schreiben des Laufs geprüft, keine weiteren Fehlversendungen. Die
Betroffene wurde am 05.03.2026 telefonisch und schriftlich informiert.
Künftig werden IBANs auf Beitragsrechnungen maskiert.

""" + sig('behrens') + "\n" + foot())

mail(54, 'S', 'de', 'internal',
     'HTML-only reconciliation table of the health migration dry-run: named insured persons with tariffs, open claims and a pregnancy',
     'brandes', [('Sabine Thölke', P['thoelke']['addr'])], cc=[('Oleksandr Koval', P['koval']['addr'])],
     subject='Probelauf KV – 5 Abweichungen zur fachlichen Klärung',
     html_body="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Frau Thölke,</p>
<p>aus dem Probelauf KV am Wochenende sind nach dem automatischen Abgleich noch fünf Fälle übrig,
die wir fachlich nicht entscheiden können. Können Sie bis Donnerstag draufschauen?</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#c6d9f1"><th>Vers.-Nr.</th><th>Versicherte/r</th><th>geb.</th><th>Alt: KOLIBRI</th><th>Neu: PolicyCore</th><th>Offener Leistungsfall</th></tr>
<tr><td>KV-1187 4409-02</td><td>Ole Hinsch</td><td>12.12.1999</td><td>Ausbildungstarif</td><td>Normaltarif</td><td>Kreuzbandplastik (S83.5), Reha läuft</td></tr>
<tr><td>KV-7781 0023-02</td><td>Lena Şahin</td><td>17.11.1994</td><td>Tarif inkl. Entbindung</td><td>Leistung fehlt</td><td>Schwangerschaft, ET 20.05.2026, Gestationsdiabetes</td></tr>
<tr><td>KV-5530 1142-01</td><td>Ursula Tiedemann</td><td>09.09.1946</td><td>Beihilfe 70 %</td><td>Beihilfe 50 %</td><td>Katarakt-OP beidseits</td></tr>
<tr><td>KV-8823 0651-01</td><td>Irina Wolff</td><td>18.04.1971</td><td>Risikozuschlag 15 % (Diabetes)</td><td>kein Zuschlag</td><td>&ndash;</td></tr>
<tr><td>KV-0917 6621-03</td><td>Noah Beckmann</td><td>23.01.2016</td><td>Kindertarif</td><td>Kindertarif, SB falsch</td><td>Asthma, Inhalator-Verordnungen</td></tr>
</table>
<p>Danke und viele Grüße<br>Lukas Brandes<br>Projektleitung Bestandsmigration &quot;Leuchtturm&quot;</p>
</body></html>
""")

mail(55, 'N', 'en', 'insurer-to-supplier',
     'trap: test plan for the portal regression with test cases "upload doctor\'s invoice" and a synthetic test customer with a synthetic IBAN',
     'abeling', [('Rahul Mehta', 'rahul.mehta@qtp.example')],
     'Portal regression R26.2 - test cases and synthetic test customers',
     """Hi Rahul,

for the regression of portal release R26.2 (starting 16 March) please use
the attached test cases. Important: only the synthetic customers from the
list may be used. They exist in T2 only; nothing from production is needed.

Focus areas:
 - upload of doctor's invoices and prescriptions (PDF, JPG, HEIC up to 20 MB)
 - change of bank details incl. IBAN validation (checksum, SEPA countries)
 - secure message to customer service with attachments

Please log defects in Jira project PORTAL with label R26.2.

Thanks
Kerstin

""" + sig('abeling', 'en'),
     atts=[att('R26.2_testcases.csv', csvdata([
         ['TC-ID', 'Title', 'Test customer', 'Input', 'Expected'],
         ['TC-101', 'Upload doctor invoice PDF 6 MB', 'SYN-0042 Erika Testfrau (synthetic)', 'rechnung_test.pdf', 'upload OK, claim created'],
         ['TC-102', 'Upload prescription HEIC', 'SYN-0042 Erika Testfrau (synthetic)', 'rezept_test.heic', 'converted to PDF'],
         ['TC-117', 'Change IBAN valid', 'SYN-0077 Otto Prüfer (synthetic)', 'DE02 4977 7838 3184 1856 82 (synthetic)', 'saved, confirmation mail'],
         ['TC-118', 'Change IBAN invalid checksum', 'SYN-0077 Otto Prüfer (synthetic)', 'IBAN of TC-117 with digits 7 and 8 swapped', 'error message'],
         ['TC-130', 'Secure message with 3 attachments', 'SYN-0103 Max Probe (synthetic)', '3 x PDF', 'message in sent folder'],
     ], delim=','), charset='utf-8')])

mail(56, 'C', 'en', 'insurer-to-customer',
     'travel cancellation due to job loss (no health reason): named insured, booking, policy and refund amount',
     'brink', [('Jakub Horváth', 'jakub.horvath@webpost.example')],
     'Your cancellation claim RR-26-00318 - trip to Lisbon',
     """Dear Mr Horváth,

thank you for sending the termination letter from your employer and the
cancellation invoice from the tour operator.

Loss of employment through dismissal by the employer is an insured event
under your trip cancellation policy RV-6630 1127. We therefore reimburse:

  Cancellation fee (Lisbon, 11-18 April 2026, 2 persons)   1,386.00 EUR
  less excess 20 %                                          - 277.20 EUR
  Reimbursement                                             1,108.80 EUR

The amount will be transferred within five working days to the account you
gave us in the claim form.

""" + sig('brink', 'en') + "\n" + foot('en'))

mail(57, 'S', 'de', 'insurer-to-customer',
     'occupational disability follow-up review: named BU pensioner, depression diagnosis, request for current psychiatric reports (life line)',
     'harms', [('Yvonne Meiners', 'yvonne.meiners@nordpost.example')],
     'Nachprüfung Ihrer Berufsunfähigkeitsrente – Vertrag LV-1207 5561',
     """Sehr geehrte Frau Meiners,

seit Februar 2025 erhalten Sie aus Ihrer Berufsunfähigkeitsversicherung
LV-1207 5561 eine monatliche Rente von 1.350 EUR, weil Sie wegen einer
schweren depressiven Episode (F32.2) Ihren Beruf als Grundschullehrerin
nicht ausüben konnten.

Wie in den Versicherungsbedingungen vorgesehen (§ 9 BB-BUZ) prüfen wir
nach einem Jahr, ob die Berufsunfähigkeit weiter besteht. Bitte senden Sie
uns bis zum 30.04.2026:

  1. einen aktuellen Befundbericht Ihrer behandelnden Psychiaterin
     (Frau Dr. Roswitha Janssen), gern formlos
  2. Angaben zu einer etwaigen beruflichen Tätigkeit seit Februar 2025
  3. den ausgefüllten Fragebogen (liegt dem Brief per Post bei)

Die Rentenzahlung läuft während der Prüfung unverändert weiter.

""" + sig('harms') + "\n" + foot())

mail(58, 'N', 'en', 'internal',
     'trap: resolved-ticket summary about the "doctor\'s letter viewer" crash, reproduced with a synthetic test patient',
     'luehrs', [('Team Leistung KV 2', 'leistung-kv-team2@hansekontor.example')],
     'RESOLVED: HKX-PRB-0381 document viewer crashes on large doctor\'s letters',
     """Hello team,

the problem with the document viewer crashing when you open long doctor's
letters or hospital discharge reports (more than ~40 pages) is fixed.

Root cause: the viewer loaded all pages as images at once and ran out of
memory on the 8 GB thin clients. Since last night's update it loads pages
lazily.

We reproduced and tested it in T2 with the synthetic test patient
"SYN-0042 Erika Testfrau" and a generated 120-page PDF - no real files were
used. If it still happens, please open a new ticket and mention PRB-0381.

""" + sig('luehrs', 'en'))

mail(59, 'C', 'de', 'internal',
     'reply to a DBA; the quoted request lists two customers with duplicate SEPA mandates, names and full IBANs',
     'wendt', [('Monika Albers', P['albers']['addr'])],
     'Re: doppelte Mandate nach Migration',
     """Hallo Monika,

hab's gefunden: das Mapping legt bei Verträgen mit Beitragszahler ≠ VN
ein zweites Mandat an. Fix kommt mit dem nächsten Lauf, die beiden Fälle
bereinige ich heute Abend von Hand. Es wurde nichts doppelt eingezogen,
der Einzug läuft nur über das aktive Mandat.

Tobias

Am 23.03.26 um 10:02 schrieb Monika Albers:
> Hallo Tobias,
>
> bei diesen zwei Kunden sehen wir nach der Migration je zwei aktive
> SEPA-Mandate mit identischer IBAN:
>
> Frank Wöltjen, WG-3312 4410, DE72 3216 4340 7508 3880 87,
>   Mandate HKV-WG3312-01 und HKV-WG3312-01M
> Sabine Kück-Ahrens, HR-7735 0062, DE49 7136 3317 1722 2412 02,
>   Mandate HKV-HR7735-01 und HKV-HR7735-01M
>
> Kannst du schauen, wo das herkommt? Nicht dass da doppelt abgebucht wird.
>
> Danke, Monika

""" + sig('wendt'))

mail(60, 'N', 'de', 'insurer-to-broker',
     'trap: broker forum invitation (ICS) with talks on BU underwriting, simplified health questions and care insurance; no person',
     'meyer', [('Maklerverteiler Nord', 'makler-nord@hansekontor.example')],
     'Einladung Hansekontor Maklerforum Nord am 23. April',
     """Liebe Maklerinnen und Makler,

wir laden Sie herzlich zum Maklerforum Nord ein:

Donnerstag, 23. April 2026, 9:30 bis 16:00 Uhr
Speicher XI, Bremen (Überseestadt)

Programm
- BU-Annahmepolitik 2026: vereinfachte Gesundheitsfragen für Akademiker
  und Auszubildende, was der Risikoprüfer wirklich wissen will
- Pflegezusatz: neue Tarife nach der Pflegereform
- KV-Migration: was sich für Ihre Bestandsdaten ändert
- Elektronische Maklerpost und BiPRO: Erfahrungen aus den ersten Wochen

Die Teilnahme ist kostenfrei und wird mit 5 Stunden Weiterbildungszeit
(IDD) bestätigt. Anmeldung über das Partnerportal.

""" + sig('meyer') + "\n" + foot(),
     atts=[att('Maklerforum_Nord_2026.ics', ics('maklerforum-nord-2026@hansekontor.example',
           '20260423T093000', '20260423T160000', 'Hansekontor Maklerforum Nord 2026',
           'Speicher XI, Bremen', 'Programm und Anmeldung im Partnerportal.',
           ('Carsten Meyer-Ohlsen', P['meyer']['addr'])))])

mail(61, 'S', 'en', 'internal',
     'model review: attached HTML report lists flagged health claims with member numbers, names, ages and diagnoses for medical review',
     'raman', [('Dr. med. Ulrich Fessel', P['fessel']['addr'])],
     'Triage model - 6 cases for your medical review',
     """Dear Dr. Fessel,

the triage model flagged six claims from last week as "medical review" with
very high scores, and the claims handlers disagreed in all six. Before we
change anything, could you look at them and tell us who was right?

The report is attached as HTML (opens in any browser). I included the
member numbers so you can pull the full files in LEIKA.

Thank you!
Priya

""" + sig('raman', 'en'),
     atts=[att('triage_disagreements_w12.html', """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Triage disagreements week 12</title></head><body>
<h1>Triage model: disagreements week 12/2026</h1>
<table border="1" cellpadding="3">
<tr><th>Claim</th><th>Member</th><th>Name</th><th>Age</th><th>Diagnosis</th><th>Amount EUR</th><th>Model score</th><th>Handler decision</th></tr>
<tr><td>L-2026-0177120</td><td>KV-3356 7712-01</td><td>Gerd Poppe</td><td>66</td><td>N40 benign prostatic hyperplasia, laser TURP</td><td>4,912.00</td><td>0.94</td><td>approved</td></tr>
<tr><td>L-2026-0177341</td><td>KV-9042 1185-01</td><td>Maike Onken</td><td>37</td><td>F41.1 generalised anxiety, 25 sessions CBT</td><td>2,611.25</td><td>0.91</td><td>approved</td></tr>
<tr><td>L-2026-0177402</td><td>KV-2871 5560-01</td><td>Finn Lüders</td><td>22</td><td>K35.8 appendicitis, laparoscopic appendectomy</td><td>5,230.40</td><td>0.89</td><td>approved</td></tr>
<tr><td>L-2026-0177560</td><td>KV-6120 4471-01</td><td>Renate Bollmann</td><td>71</td><td>M17.1 gonarthrosis, hyaluronic acid injections</td><td>780.00</td><td>0.93</td><td>approved (analog GOÄ)</td></tr>
<tr><td>L-2026-0177611</td><td>KV-8823 0651-01</td><td>Irina Wolff</td><td>54</td><td>E11.9 type 2 diabetes, CGM sensor</td><td>1,104.60</td><td>0.96</td><td>approved</td></tr>
<tr><td>L-2026-0177690</td><td>KV-4418 2207-01</td><td>Jürgen Matthiesen</td><td>58</td><td>M54.4 facet joint infiltration x3</td><td>1,388.10</td><td>0.90</td><td>approved</td></tr>
</table></body></html>
""".encode('utf-8'), charset='utf-8')])

mail(62, 'C', 'de', 'insurer-to-customer',
     'new car insurance confirmation: named policyholder with birth date, eVB number, VIN, plate and SF class',
     'noreply', [('Tarek Haddad', 'tarek.haddad@freemail-hb.example')],
     'Ihre Kfz-Versicherung ist abgeschlossen – Vertrag KF-5540 0087',
     """Guten Tag Herr Haddad,

vielen Dank für Ihren Online-Abschluss. Hier Ihre Vertragsdaten:

Versicherungsnehmer:   Tarek Haddad, geb. 19.06.1992
Anschrift:             Gastfeldstraße 61, 28201 Bremen
Vertrag:               KF-5540 0087
eVB-Nummer:            H7KX2PQ
Fahrzeug:              Hyundai i30 1.5 T-GDI, FIN TMAH381CAPJ004417
Kennzeichen:           HB-TH 1906 (Zulassung am 02.04.2026)
Schadenfreiheitsklasse: SF 6 (Haftpflicht), SF 4 (Vollkasko)
Jahresbeitrag:         684,30 EUR, monatliche Zahlung per Lastschrift

Ihren Versicherungsschein finden Sie in Ihrem Kundenkonto unter
https://kunden.hansekontor.example/dokumente

Gute Fahrt!
Ihre Hansekontor Versicherung

Hansekontor Allgemeine Versicherung AG, Am Speicherhafen 12, 28217 Bremen
Diese E-Mail wurde automatisch erstellt.
""", charset='utf-8', cte='quoted-printable', alt=True)

mail(63, 'N', 'en', 'internal',
     'trap: vulnerability scan summary naming the host that stores special-category health data; CVEs and hosts only',
     'grant', [('IT Operations', 'it-ops@hansekontor.example')], cc=[('Tobias Wendt', P['wendt']['addr'])],
     subject='Monthly vuln scan March - 3 criticals, 1 on pg-leika',
     body="""Hi ops,

results of the March authenticated scan (1,204 hosts):

  critical  3   (Feb: 5)
  high     41   (Feb: 38)
  medium  212

Criticals:
 1. pg-leika-01 / pg-leika-02 - PostgreSQL 15.5, CVE-2024-10979 (PL/Perl env).
    This cluster holds the health claims data (Art. 9 GDPR), so patching
    has priority. Proposed window: Thu 9 April, 21:00.
 2. ws-scan-07 - outdated Ghostscript on the scanning workstation of the
    mail room (CVE-2024-29510)
 3. citrix-gw-01 - NetScaler build behind, already scheduled for Saturday

Please confirm owners by Wednesday. Full report in the SOC share.

Oliver

""" + sig('grant'))

mail(64, 'N', 'mixed', 'internal',
     'trap: Easter cut-over status of the health migration with counts of insured persons, claims and bank accounts; no individual',
     'brandes', [('Lenkungskreis Leuchtturm', 'lk-leuchtturm@hansekontor.example')],
     'Cut-over KV – Status Ostermontag 18:00 / GO for Tuesday',
     """Liebe alle,

short status from the war room:

  Versicherte migriert:          212.004 / 212.004
  offene Leistungsfälle:          18.377 / 18.377 (Abgleich Beträge 100 %)
  Beitragskonten inkl. IBAN:     161.220 / 161.231 (11 manual, done by 17:30)
  Dokumente (Archivverweise):  4,1 Mio., Stichprobe 2.000 ok

Known issues (non-blocking): 42 Schreiben mit falschem Briefkopf im
Testdruck, fix deployed. Performance LEIKA im Lasttest 8 % langsamer als
KOLIBRI, wird beobachtet.

Recommendation of the cut-over team: GO for Tuesday 07:00, Leistung KV
arbeitet ab Dienstag im neuen System.

Thanks to everyone who gave up their Easter weekend!
Lukas

""" + sig('brandes', 'en'))

mail(65, 'S', 'de', 'insurer-to-customer',
     'grey: base64 body; health insurance premium letter for a named family (insured children) after migration, no diagnosis but personal health line',
     'schumacher', [('Familie Oetjen', 'oetjen.familie@kundenmail.example')],
     'Korrektur: Ihr Beitragsschreiben zur Krankenversicherung KV-4471 0026',
     """Sehr geehrte Frau Oetjen, sehr geehrter Herr Oetjen,

in der vergangenen Woche haben Sie von uns ein Schreiben zu Ihrer privaten
Krankenversicherung KV-4471 0026 mit einem falschen Monatsbeitrag erhalten.
Der Fehler ist bei der Umstellung auf unser neues Bestandssystem entstanden –
dafür entschuldigen wir uns.

Richtig sind folgende Beiträge ab 01.04.2026:

  Henrike Oetjen (Tarif KomfortAmbulant 90, StationärKomfort)   512,44 EUR
  Mats Oetjen (Kindertarif K1)                                  138,90 EUR
  Lotta Oetjen (Kindertarif K1)                                 138,90 EUR
  Gesamt                                                         790,24 EUR

Der zu viel eingezogene Betrag von 61,10 EUR wird Ihrem Konto in den
nächsten Tagen gutgeschrieben.

""" + sig('schumacher') + "\n" + foot(), cte='base64')

mail(66, 'C', 'en', 'insurer-to-partner',
     'motor recourse to a Danish insurer: named drivers, plates and claim amount; nobody injured',
     'pieper', [('Recourse Team', 'regres@nordisk-forsikring.example')],
     'Recourse claim KS-26-006602 / your insured Rasmus Holm, DK plate CX 41 772',
     """Dear colleagues,

on 14 March 2026 your policyholder, Mr Rasmus Holm, driving the vehicle with
Danish plate CX 41 772, collided with the vehicle of our insured, Mrs Wiebke
Segelken (HB-WS 602), at a red light in Bremen-Vegesack. Mr Holm admitted
liability at the scene; the police report (ref. VEG-2026-1141) confirms this.
Nobody was injured.

We have indemnified our insured under her comprehensive cover and claim
recourse under the Green Card system:

  repair costs per expert report    6,218.40 EUR
  loss of use (9 days)                 387.00 EUR
  expert fee                           612.80 EUR
  total                              7,218.20 EUR

Please transfer the amount to our account stated on the attached claim
letter, quoting KS-26-006602. Copies of the expert report and police report
are available on request.

Kind regards
Jörg Pieper
Motor Claims, Hansekontor Allgemeine Versicherung AG

""" + foot('en'))

mail(67, 'N', 'de', 'insurer-to-broker',
     'trap: broker-portal account mail with one-time password link for a new firm user; no client data',
     'portal', [('', 'f.ammermann@nordsee-assekuranz.example')],
     'Ihr Zugang zum Hansekontor Partnerportal',
     """Guten Tag,

Ihr Makleradministrator hat für Sie einen Zugang zum Hansekontor
Partnerportal angelegt (Vertragspartner: Nordsee Assekuranz GmbH).

Bitte legen Sie Ihr Passwort innerhalb von 48 Stunden über diesen
einmaligen Link fest:

    https://partner.hansekontor.example/aktivierung?t=8Q2LXW-7HJD4-PZK91

Danach richten Sie den zweiten Faktor (Authenticator-App) ein. Ob Sie
Bestandsrechte erhalten, entscheidet Ihr Makleradministrator.

Haben Sie diesen Zugang nicht erwartet? Dann wenden Sie sich bitte an
partnerservice@hansekontor.example.

Ihr Hansekontor Partnerservice
""", charset='utf-8', cte='quoted-printable')

mail(68, 'S', 'de', 'insurer-to-doctor',
     'underwriting query to a GP about a named applicant with type 2 diabetes, HbA1c and medication',
     'fessel', [('Praxis Dr. Lührmann', 'praxis@hausarzt-luehrmann.example')],
     'Rückfrage zum Antrag Ihres Patienten Herrn Bernd Kösters, geb. 02.10.1966',
     """Sehr geehrter Herr Kollege Lührmann,

Ihr Patient, Herr Bernd Kösters, geb. 02.10.1966, hat bei uns eine
Risikolebensversicherung beantragt und im Antrag einen Diabetes mellitus
Typ 2 (E11.9) seit 2021 angegeben. Eine Schweigepflichtentbindung für Ihre
Praxis liegt uns vor.

Für die Risikoprüfung bitte ich um kurze Angaben zu:

  1. HbA1c-Werte der letzten 12 Monate
  2. aktuelle Medikation (nach Angabe des Patienten Metformin 1000 mg 2x tgl.)
  3. bekannte Folgeerkrankungen (Retinopathie, Nephropathie, Neuropathie)
  4. Blutdruck und Lipidstatus

Ein kurzer formloser Bericht genügt; wir vergüten ihn nach Nr. 75 GOÄ.
Bitte senden Sie ihn über unser Arztportal oder per Post.

Mit kollegialen Grüßen
Ulrich Fessel

""" + sig('fessel') + "\n" + foot())

mail(69, 'N', 'de', 'internal',
     'trap: job advertisements for a data engineer and a claims handler with medical background, salary bands only',
     'vogt', [('Intranet-Redaktion', 'intranet@hansekontor.example')],
     'Bitte veröffentlichen: zwei Stellenausschreibungen (Data Engineer, Leistung KV)',
     """Hallo Intranet-Team,

bitte diese beiden Ausschreibungen ab Montag intern veröffentlichen:

1) Data Engineer (m/w/d), Data Office, unbefristet, Vollzeit
   - Aufbau und Betrieb von Datenpipelines (Airflow, dbt, Postgres)
   - Umsetzung von Maskierung und Pseudonymisierung für Gesundheits- und
     Bankdaten
   - Vergütung: Tarifgruppe VIII, je nach Erfahrung 62.000–78.000 EUR p. a.

2) Sachbearbeiter/in Leistung Krankenversicherung (m/w/d)
   - Prüfung von Arzt- und Krankenhausrechnungen, Heil- und Kostenplänen
   - Ausbildung als MFA, Pflegefachkraft oder Kaufmann/-frau für
     Versicherungen mit medizinischem Interesse
   - Vergütung: Tarifgruppe V/VI

Bewerbungsschluss jeweils 15.05.2026.

Danke!
Anja

""" + sig('vogt'))

mail(70, 'C', 'de', 'insurer-to-lawyer',
     'legal expenses, traffic: named insured in a speeding fine procedure (administrative offence), cover for the lawyer',
     'kuhlmann', [('Kanzlei Brockmann & Partner', 'verkehrsrecht@brockmann-partner.example')],
     'Ihr Mandant Timo Bruns – Bußgeldverfahren Az. 742.118806.3 – unser Zeichen RS-26-01407',
     """Sehr geehrte Damen und Herren,

für die Verteidigung Ihres Mandanten, Herrn Timo Bruns (unser
Versicherungsnehmer, Vertrag RS-3412 0058), im Bußgeldverfahren wegen
Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um 31 km/h
(A 27, 09.02.2026; Bußgeldbescheid vom 18.03.2026: 260 EUR, 2 Punkte,
1 Monat Fahrverbot) erteilen wir Deckungszusage für das Verfahren vor der
Verwaltungsbehörde und die erste Instanz.

Die Kosten eines Sachverständigengutachtens zur Messung übernehmen wir bis
1.500 EUR; bitte stimmen Sie höhere Kosten vorher mit uns ab.

""" + sig('kuhlmann') + "\n" + foot(), charset='windows-1252')

mail(71, 'S', 'en', 'insurer-to-company',
     'group accident insurance: named employee of a logistics company, forklift accident, foot fracture and hospital stay (accident line)',
     'hartwig', [('Claire Donovan', 'c.donovan@hafenlogistik-nord.example')],
     'Group accident policy GU-2290 0017 - accident of Mr Marek Zieliński on 20 April',
     """Dear Ms Donovan,

thank you for reporting the accident of your employee, Mr Marek Zieliński
(warehouse operative, date of birth 7 March 1988), on 20 April 2026 in
hall 3 of the Neustädter Hafen site.

According to the accident report a forklift ran over his right foot. He was
taken to Klinikum Weserbogen, where fractures of the second and third
metatarsals (S92.3) were operated on; he was discharged after four days and
is expected to be unable to work for about eight weeks.

Under the group accident policy GU-2290 0017 we will pay the hospital daily
allowance (4 days x 50 EUR) now. Whether a permanent impairment remains can
only be assessed after completion of the treatment; we will contact
Mr Zieliński directly for his consent to obtain the medical records.

Please note that the statutory accident insurance (BG Verkehr) must be
notified separately by you as employer.

Kind regards,
""" + sig('hartwig', 'en') + "\n" + foot('en'))

mail(72, 'N', 'en', 'insurer-to-supplier',
     'trap: API schema for the broker-software vendor with field names iban, birthDate, diagnosisCode; no values',
     'dierks', [('Jonas Friedrich', 'j.friedrich@maklersoft.example')], cc=[('Carsten Meyer-Ohlsen', P['meyer']['addr'])],
     subject='Broker post API v2 - JSON schema for your integration',
     body="""Hello Mr Friedrich,

as promised, the JSON schema of our broker post API v2 (list / get /
acknowledge). Please note that the fields "iban" and "birthDate" are only
delivered to firms with portfolio rights, and "diagnosisCode" is never
delivered to brokers at all - it is in the schema only because the same
document type is used internally.

Sandbox: https://sandbox-api.hansekontor.example/brokerpost/v2
Credentials for the sandbox come in a separate mail.

Best regards,
""" + sig('dierks', 'en'),
     atts=[att('brokerpost-v2.schema.json', b"""{
  "$id": "https://api.hansekontor.example/schemas/brokerpost-v2.json",
  "title": "BrokerPostDocument",
  "type": "object",
  "required": ["documentId", "firmId", "category", "created"],
  "properties": {
    "documentId": {"type": "string", "pattern": "^BP-[0-9]{10}$"},
    "firmId": {"type": "string"},
    "category": {"type": "string", "enum": ["110011", "120010", "140012", "300001"]},
    "created": {"type": "string", "format": "date-time"},
    "policyNumber": {"type": "string"},
    "policyholder": {
      "type": "object",
      "properties": {
        "name": {"type": "string"},
        "birthDate": {"type": "string", "format": "date", "description": "only with portfolio rights"},
        "iban": {"type": "string", "description": "masked unless portfolio rights"}
      }
    },
    "diagnosisCode": {"type": "string", "description": "internal only, never delivered to brokers"},
    "acknowledged": {"type": "boolean"}
  }
}
""", charset='utf-8')])

mail(73, 'C', 'mixed', 'internal',
     'dedup merge decision: two partner records of one named customer with birth date, addresses and contracts (German/English)',
     'osterkamp', [('Priya Raman', P['raman']['addr'])],
     'Re: dedup cluster #88412 – merge or not?',
     """Hi Priya,

hab mir den Cluster angeschaut - I'd merge. Gleiche Person, nur umgezogen:

  P-0041187  Hannelore Stöver, geb. 24.03.1952, Osterholzer Heerstr. 9,
             28307 Bremen   -> HR-7690 2218 (Hausrat)
  P-0093320  Hannelore Stoever, geb. 24.03.1952, Am Rüten 2,
             28359 Bremen   -> PH-2264 8810 (Haftpflicht), KF-5498 1102

Same birth date, same bank account on both, the ö/oe difference comes from
the old scan import. Survivor should be P-0093320 (newer address, per
Kundenservice-Notiz vom 12.03.2025 bestätigt).

Can you set the merge flag? Dann läuft sie heute Nacht mit durch.

Malte

""" + sig('osterkamp'))

mail(74, 'N', 'de', 'internal',
     'trap: data classification guideline (ODT) with placeholder examples "Herr X, geb. TT.MM.JJJJ, Diagnose …"; no real person',
     'reimers', [('Alle Führungskräfte', 'fuehrungskraefte@hansekontor.example')],
     'Datenklassifizierungs-Leitfaden 2026 freigegeben',
     """Liebe Kolleginnen und Kollegen,

das Data Governance Board hat am 12.03. den Datenklassifizierungs-Leitfaden
2026 freigegeben. Er gilt ab sofort für alle Mails, Dateiablagen und
Datenexporte. Die Beispiele im Leitfaden sind bewusst mit Platzhaltern
formuliert.

Bitte besprechen Sie ihn in Ihren nächsten Teamrunden; eine E-Learning-
Einheit (15 Minuten) folgt im Mai.

""" + sig('reimers'),
     atts=[att('Datenklassifizierung_Leitfaden_2026.odt', odt([
         '# Datenklassifizierungs-Leitfaden 2026',
         'Gilt für alle Gesellschaften der Hansekontor Versicherungsgruppe.',
         '# Stufe 1: öffentlich / normal',
         'Beispiele: Produktbroschüren, Statistiken ohne Personenbezug, Prozessbeschreibungen.',
         '# Stufe 2: vertraulich',
         'Beispiel: "Herr X, geb. TT.MM.JJJJ, Hausratvertrag Nr. HR-XXXX XXXX, IBAN DEXX ..." - '
         'Geburtsdatum, Bankdaten, Einkommen, die Tatsache, dass eine Person versichert ist.',
         '# Stufe 3: streng vertraulich',
         'Beispiel: "Frau Y, Versicherungsnummer KV-XXXX, Diagnose [ICD-Code]" - Gesundheitsdaten, '
         'alle personenbezogenen Vorgänge aus Leben, Kranken und Unfall, Daten nach § 203 StGB.',
         '# Versand',
         'Stufe 2 und 3 nie unverschlüsselt nach außen. Das Mail-Gateway verschlüsselt automatisch; '
         'im Zweifel Betreff mit [vertraulich] oder [streng vertraulich] kennzeichnen.',
     ], author='Dr. Jana Reimers', created='2026-03-13T10:00:00'))])

mail(75, 'S', 'de', 'internal',
     'claims handler asks the company physician about long-term psychotherapy for a named insured with diagnosis and therapist report',
     'thoelke', [('Dr. med. Ulrich Fessel', P['fessel']['addr'])],
     'Bitte um Votum: Verlängerung Psychotherapie Maike Onken (KV-9042 1185-01)',
     """Hallo Herr Dr. Fessel,

für Frau Maike Onken (37 J., KV-9042 1185-01) beantragt die behandelnde
Psychotherapeutin, Frau Dipl.-Psych. Carla Renken, die Verlängerung der
Verhaltenstherapie um weitere 20 Sitzungen (bisher 25 + 25).

Aus dem Bericht an den Gutachter (liegt in LEIKA, Dokument 7741220):
- Diagnose generalisierte Angststörung (F41.1), komorbid leichte
  depressive Episode (F32.0)
- deutliche Besserung, Arbeitsfähigkeit seit Januar wieder hergestellt
- Ziel der Verlängerung: Rückfallprophylaxe, Expositionsübungen

Tariflich sind 50 Sitzungen pro Kalenderjahr vorgesehen, darüber nur nach
medizinischer Prüfung. Ich würde eher zustimmen, hätte aber gern Ihr Votum.

""" + sig('thoelke'))


# --- 0076-0100 ---------------------------------------------------------------

mail(76, 'N', 'en', 'internal',
     'trap: automatic batch-failure mail naming the column diagnose_icd10 and table leistungsfall, no values; us-ascii',
     'dwhjob', [('Data Engineering', 'data-engineering@hansekontor.example')],
     '[FAILED] DAG leika_daily run 2026-05-08T02:00 - task load_leistungsfall',
     """Airflow alert - dwh-airflow-prod

DAG:        leika_daily
Run:        scheduled__2026-05-08T02:00:00+00:00
Task:       load_leistungsfall (try 3 of 3)
State:      FAILED
Duration:   00:14:52

Error:
  psycopg2.errors.StringDataRightTruncation: value too long for type
  character varying(7)
  CONTEXT: COPY leistungsfall_stage, column diagnose_icd10
  rejected rows written to quarantine table core.q_leistungsfall (412 rows)

Downstream tasks skipped: build_mart_leistung_kv, refresh_bi_extracts

Log: https://airflow.hansekontor.example/log?dag_id=leika_daily&task_id=load_leistungsfall
Runbook: https://wiki.hansekontor.example/dwh/runbook/leika_daily

-- 
This message was sent automatically. On-call: data-engineering-oncall
""", charset='us-ascii', cte='7bit')

mail(77, 'C', 'de', 'insurer-to-customer',
     'payment reminder for buildings insurance: named customer, policy number, arrears and consequences',
     'albers', [('Horst Dannemann', 'horst.dannemann@t-netz.example')],
     'Zahlungserinnerung – Wohngebäudeversicherung WG-3297 4456',
     """Sehr geehrter Herr Dannemann,

leider konnten wir den Jahresbeitrag für Ihre Wohngebäudeversicherung
WG-3297 4456 (Risikoort Im Wiesengrund 7, 28870 Ottersberg) in Höhe von
1.046,82 EUR bisher nicht verbuchen. Die Lastschrift vom 01.05.2026 wurde
von Ihrer Bank mit dem Grund "Konto erloschen" zurückgegeben.

Bitte überweisen Sie den Betrag bis zum 25.05.2026 auf unser Konto bei der
Hanse Bank Bremen, Verwendungszweck WG-3297 4456, oder teilen Sie uns eine
neue Bankverbindung mit.

Bitte beachten Sie: Wird der Erstbeitrag bzw. Folgebeitrag nicht rechtzeitig
gezahlt, kann der Versicherungsschutz entfallen (§§ 37, 38 VVG).

Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte
als gegenstandslos.

""" + sig('albers') + "\n" + foot(), charset='iso-8859-1')

mail(78, 'S', 'de', 'insurer-to-customer',
     'data subject access (Art. 15) answer: nested ZIP with a PDF letter and CSVs listing the customer\'s health claims with diagnoses',
     'behrens', [('Kai-Uwe Brodersen', 'kaiuwe.brodersen@nordpost.example')],
     'Ihre Auskunft nach Art. 15 DSGVO – Vorgang DS-A-2026-0141',
     """Sehr geehrter Herr Brodersen,

mit Schreiben vom 20.04.2026 haben Sie als Bevollmächtigter Ihres Vaters,
Herrn Heinz Brodersen, Auskunft über die bei uns gespeicherten Daten
verlangt. Die Vollmacht liegt uns vor.

Die Auskunft erhalten Sie im beigefügten Archiv (Anschreiben, Stammdaten,
Leistungsfälle der letzten zehn Jahre). Zum Öffnen benötigen Sie kein
Passwort, da diese Nachricht über unser SecureMail-Portal zugestellt wird.

""" + sig('behrens') + "\n" + foot(),
     atts=[att('Auskunft_DS-A-2026-0141.zip', mkzip([
         ('Auskunft/Anschreiben.pdf', pdf([
             '# Auskunft nach Art. 15 DSGVO',
             'Betroffene Person: Heinz Brodersen, geb. 02.06.1951',
             'Anschrift: Fedelhören 22, 28203 Bremen',
             'Verträge: Krankheitskostenvollversicherung KV-3310 4471-01, Pflegepflicht PV-3310 4471',
             '',
             'Zwecke: Vertragsdurchführung, Leistungsprüfung (Art. 9 Abs. 2 lit. h DSGVO mit Einwilligung).',
             'Empfänger: Rückversicherer (pseudonymisiert), Gutachter im Einzelfall, Scan-Dienstleister.',
             'Speicherdauer: siehe Löschkonzept, Leistungsakten 10 Jahre.',
             'Die gespeicherten Leistungsfälle finden Sie in der Datei Leistungsfaelle.zip.',
         ], title='Auskunft DS-A-2026-0141', author='Datenschutz Hansekontor', date='20260512101500')),
         ('Auskunft/Stammdaten.csv', csvdata([
             ['Feld', 'Wert'], ['Name', 'Heinz Brodersen'], ['Geburtsdatum', '02.06.1951'],
             ['Anschrift', 'Fedelhören 22, 28203 Bremen'], ['Tarif', 'KomfortAmbulant 90, StationärKomfort, ZahnPlus 80'],
             ['Beihilfe', 'nein'], ['Risikozuschlag', '20 % (Herz)'],
         ])),
         ('Auskunft/Leistungsfaelle.zip', mkzip([
             ('Leistungsfaelle_2016-2026.csv', csvdata([
                 ['Fall', 'Behandlung', 'Leistungserbringer', 'Diagnose', 'Betrag EUR'],
                 ['L-2019-0441020', '03/2019', 'Klinikum Weserbogen', 'I21.4 Herzinfarkt (NSTEMI), Stent', '11240,10'],
                 ['L-2019-0512877', '05/2019', 'Reha-Zentrum Bad Bevensen', 'Z95.5 Anschlussheilbehandlung', '6120,00'],
                 ['L-2023-0290112', '09/2023', 'Dr. Meyerholz, Kardiologie', 'I25.13 KHK, Kontrolle', '288,40'],
                 ['L-2025-8841201', '11/2025', 'Klinikum Weserbogen', 'I25.13 KHK, Bypass-OP', '8412,50'],
             ])),
         ], date=(2026, 5, 12, 10, 0, 0))),
     ], date=(2026, 5, 12, 10, 20, 0)))])

mail(79, 'N', 'de', 'internal',
     'trap: maintenance notice that doctors\' invoices and hospital bills cannot be entered on Saturday; no case',
     'nowak', [('Leistung KV – alle Teams', 'leistung-kv@hansekontor.example')],
     'Wartung LEIKA am Samstag 23.05. – keine Erfassung von Arzt- und Krankenhausrechnungen',
     """Hallo zusammen,

am Samstag, 23.05.2026, spielen wir von 06:00 bis ca. 14:00 Uhr das
Pfingst-Release von LEIKA ein. In dieser Zeit

- können keine Arzt-, Zahnarzt- oder Krankenhausrechnungen erfasst werden,
- läuft die Dunkelverarbeitung nicht (Belege bleiben im Eingangskorb),
- sind Kostenzusagen für Kliniken nur telefonisch über die Notfall-Hotline
  möglich (Bereitschaft: Team Stationär).

Neu im Release: ICD-10-GM 2026 vollständig hinterlegt, Prüfregel für
GOÄ-Analogziffern überarbeitet, schnellere Suche nach Leistungserbringern.

Viele Grüße
Piotr

""" + sig('nowak'))

mail(80, 'C', 'en', 'insurer-to-broker',
     'grey: e.K. is a natural person; fleet renewal for a sole trader (e.K.) courier business: owner named, vehicles with plates, claims history and premium',
     'hartwig', [('Graham Pike', 'g.pike@thornbury-pike.example')],
     'Renewal terms - fleet policy FL-8812 0034, Kessler Kurierdienst e.K.',
     """Dear Graham,

please find below our renewal terms for your client, Mr Andreas Kessler,
trading as Kessler Kurierdienst e.K., fleet policy FL-8812 0034
(renewal 1 July 2026):

  vehicles:          14 vans (list unchanged except HB-KK 611 replaced by HB-KK 640)
  claims 2023-2025:  9 claims, 41,870 EUR paid, loss ratio 71 %
  premium 2025/26:   23,480 EUR
  premium 2026/27:   25,590 EUR (+9 %), excess own damage 1,000 EUR (was 500)

The increase reflects the two large own-damage claims last winter (HB-KK 604
and HB-KK 612). We would keep the premium flat if Mr Kessler installs the
telematics boxes offered in March.

Terms are valid until 12 June.

""" + sig('hartwig', 'en') + "\n" + foot('en'))

mail(81, 'S', 'mixed', 'internal',
     'facultative reinsurance submission for a named BU claimant with ALS diagnosis and benefit amounts (German/English)',
     'lindqvist', [('Birgit Harms', P['harms']['addr'])], cc=[('Dr. med. Ulrich Fessel', P['fessel']['addr'])],
     subject='Fakultativ-Rückversicherung BU-Fall Ahlers – submission draft',
     body="""Hallo Birgit,

for the submission to Baltic Re I need your confirmation on the figures
below before it goes out on Monday. Der Fall liegt über unserem Selbstbehalt
von 1.500 EUR Monatsrente, daher Meldung nach Art. 7 des Vertrags.

  Versicherte Person:   Sven Ahlers, geb. 02.10.1969
  Vertrag:              LV-1222 4417, BU-Rente 3.200 EUR mtl. + Beitragsbefreiung
  Diagnose:             amyotrophe Lateralsklerose (G12.2), Erstdiagnose 09/2023
  BU anerkannt:         seit 01.11.2023, 100 %, unbefristet
  Reserve (Leistung):   ca. 612.000 EUR
  RV-Anteil:            Summenexzedent, 1.700 EUR/Monat

Dr. Fessel, please confirm that "unbefristet" is medically justified - Baltic
Re will ask. Danke!

Eva

""" + sig('lindqvist'))

mail(82, 'N', 'en', 'insurer-to-partner',
     'trap: IT audit request list from the insurer to its auditors mentions samples of access logs to health data; no data enclosed',
     'reimers', [('Audit team Hansekontor', 'hansekontor-audit@pruefwerk.example')],
     'IT audit 2026 - our response to your request list (PBC list)',
     """Dear Mr Lindner,

thank you for the "prepared by client" list for the IT audit 2026. Our
planned delivery:

  IT-01  user access review for LEIKA and LEBEN-V (Q1)      by 5 June
  IT-02  list of privileged accounts (DBA, root)            by 5 June
  IT-07  change log of the migration "Leuchtturm"           by 12 June
  IT-11  sample of 25 access log entries to health claims   on site only

Regarding IT-11: the access logs contain personal and health data; we will
show the sample on site in our Bremen office on 17 June and not hand over
copies. Please let us know which reference dates you want to draw.

Best regards,
""" + sig('reimers', 'en') + "\n" + foot('en'))

mail(83, 'C', 'de', 'internal',
     'grey: commission of sole traders is their income; commission ranking with named sole-trader brokers and their annual commission income (XLSX)',
     'yilmaz', [('Vertriebsleitung', 'vertriebsleitung@hansekontor.example')],
     'Top-20 Vermittler nach Courtage 2025 (für die Jahresgespräche)',
     """Hallo zusammen,

wie angefragt die Top-20-Liste der Vermittler nach Courtage 2025 für die
Vorbereitung der Jahresgespräche. Achtung: bei den Einzelmaklern ist die
Courtage faktisch deren Einkommen – bitte die Liste nicht weitergeben.

Viele Grüße
Fatma

""" + sig('yilmaz'),
     atts=[att('Top20_Vermittler_Courtage_2025.xlsx', xlsx([
         ('Top 20', [
             ['Rang', 'Vermittler-Nr.', 'Name', 'Rechtsform', 'Bestand Beitrag EUR', 'Courtage 2025 EUR', 'Storno-Quote'],
             [1, 'VM-10002', 'Nordsee Assekuranz GmbH', 'GmbH', 8120400, 1014200, '4,1 %'],
             [2, 'VM-40217', 'Jens Weber (Finanzkontor Weber)', 'Einzelunternehmen', 2410800, 318400, '3,2 %'],
             [3, 'VM-30115', 'Thornbury & Pike Insurance Brokers Ltd.', 'Ltd.', 2198000, 287300, '5,0 %'],
             [4, 'VM-40388', 'Gesine Haschke Versicherungsmakler', 'Einzelunternehmen', 1604300, 211900, '2,7 %'],
             [5, 'VM-40402', 'Bernd Ammermann', 'Einzelunternehmen', 1288700, 170150, '6,8 %'],
             [6, 'VM-40511', 'Oliver Sczepanski Finanzberatung', 'Einzelunternehmen', 1101900, 148800, '3,9 %'],
         ]),
     ], author='Fatma Yılmaz', created='2026-05-26T15:30:00Z'))])

mail(84, 'S', 'de', 'insurer-to-customer',
     'long-term care: care level 3 decision for the named insured mother based on the assessment, care allowance amount',
     'thoelke', [('Martina Lüschen', 'martina.lueschen@webpost.example')],
     'Pflegepflichtversicherung Ihrer Mutter Anneliese Lüschen – Pflegegrad 3',
     """Sehr geehrte Frau Lüschen,

für Ihre Mutter, Frau Anneliese Lüschen (Versicherungsnummer PV-2233 1906),
liegt uns das Gutachten von MEDICPROOF vom 21.05.2026 vor. Die Gutachterin
hat nach dem Hausbesuch 52,5 gewichtete Punkte festgestellt, vor allem wegen
der fortschreitenden Demenz (Module 2 und 3) und der eingeschränkten
Mobilität nach dem Oberschenkelhalsbruch im Januar.

Damit besteht ab 01.04.2026 (Antragsmonat) Pflegegrad 3. Da Ihre Mutter zu
Hause von Ihnen und einem Pflegedienst versorgt wird, zahlen wir:

  Pflegegeld (anteilig, Kombinationsleistung)   318,25 EUR monatlich
  Pflegesachleistung über den Pflegedienst      bis 1.497,00 EUR monatlich
  Entlastungsbetrag                             131,00 EUR monatlich

Die Nachzahlung für April und Mai überweisen wir in dieser Woche. Ihre
Rentenversicherungsbeiträge als Pflegeperson melden wir automatisch.

""" + sig('thoelke') + "\n" + foot(), charset='windows-1252')

mail(85, 'N', 'de', 'insurer-to-customer',
     'trap: answer to a general question whether health data are stored in the cloud; no contract, no health data of the writer',
     'behrens', [('Wolfgang Riekers', 'w.riekers@kundenmail.example')],
     'AW: Speichern Sie Gesundheitsdaten in der Cloud?',
     """Sehr geehrter Herr Riekers,

vielen Dank für Ihre Frage, die ich als Datenschutzbeauftragter gern
beantworte.

Gesundheitsdaten, also etwa Arztrechnungen, Diagnosen oder Gutachten,
verarbeiten wir ausschließlich in unseren eigenen Rechenzentren in Bremen
und Frankfurt. Dienstleister, die dabei helfen (z. B. beim Scannen der Post),
sind nach Art. 28 DSGVO vertraglich gebunden und zusätzlich nach § 203 StGB
zur Verschwiegenheit verpflichtet. Eine Verarbeitung außerhalb der EU findet
nicht statt.

Für E-Mails mit vertraulichem Inhalt nutzen wir Verschlüsselung oder unser
SecureMail-Portal. Weitere Informationen finden Sie in unseren
Datenschutzhinweisen unter https://www.hansekontor.example/datenschutz.

""" + sig('behrens') + "\n" + foot() + """
-----Ursprüngliche Nachricht-----
Von: Wolfgang Riekers <w.riekers@kundenmail.example>
Gesendet: Freitag, 29. Mai 2026 18:22
An: datenschutz@hansekontor.example
Betreff: Speichern Sie Gesundheitsdaten in der Cloud?

Hallo, ich überlege, zu Ihnen zu wechseln. Speichern Sie Gesundheitsdaten
in einer amerikanischen Cloud? MfG W. Riekers
""")

mail(86, 'S', 'en', 'insurer-to-hospital',
     'guarantee of payment to a hospital abroad for a named travelling insured with appendicitis and surgery',
     'brink', [('International Patient Office', 'international@antalya-medical.example')],
     'Guarantee of payment - patient Mrs Birte Hollwege, DOB 15/08/1979',
     """Dear colleagues,

we confirm that your patient

  Mrs Birte Hollwege, date of birth 15/08/1979, German passport
  admitted 3 June 2026 with acute appendicitis (K35.8)
  laparoscopic appendectomy on 3 June 2026

is insured with us under travel health policy RV-6648 2201. We guarantee
payment of the medically necessary treatment costs up to 15,000 EUR. Please
send the itemised invoice together with the discharge report (in English)
to this address quoting our reference RA-26-04417. Costs for a private
room or non-medical services are not covered.

Please inform us immediately if the stay is expected to exceed five days.

Kind regards,
""" + sig('brink', 'en') + "\n" + foot('en'))

mail(87, 'N', 'de', 'internal',
     'trap: acceptance test report of the LEIKA release; defect titles mention the diagnosis field and ICD catalogue; no persons',
     'abeling', [('Change Advisory Board', 'cab@hansekontor.example')],
     'Abnahmeempfehlung LEIKA 26.2 – Testbericht',
     """Hallo CAB,

der Abnahmetest für LEIKA 26.2 ist abgeschlossen. Empfehlung: Freigabe mit
zwei bekannten Fehlern (beide Prio 3, Workaround vorhanden).

Testfälle: 412 geplant, 409 durchgeführt, 401 bestanden, 8 fehlgeschlagen
(davon 6 nach Fix im Retest bestanden).

Offene Defects:
- LEIKA-2291: Diagnose-Feld zeigt in der Schnellerfassung noch den
  ICD-Katalog 2025 als Vorschlag (Speicherung korrekt mit 2026)
- LEIKA-2304: Tooltip "Heil- und Kostenplan" abgeschnitten bei 125 % Zoom

Alle Tests liefen mit synthetischen Testdaten (Synthia-Lauf 2026-06-01).
Der Bericht im Detail hängt an.

Kerstin

""" + sig('abeling'),
     atts=[att('Testbericht_LEIKA_26.2.xlsx', xlsx([
         ('Zusammenfassung', [['Bereich', 'geplant', 'durchgeführt', 'bestanden', 'offen'],
                              ['Erfassung Arztrechnung', 88, 88, 87, 1],
                              ['Krankenhausabrechnung', 64, 64, 64, 0],
                              ['Heil- und Kostenpläne Zahn', 41, 41, 40, 1],
                              ['Dunkelverarbeitung', 120, 118, 118, 0],
                              ['Kostenzusagen', 52, 51, 51, 0],
                              ['Schnittstellen (Scan, DWH)', 47, 47, 41, 0]]),
         ('Defects', [['ID', 'Titel', 'Prio', 'Status'],
                      ['LEIKA-2291', 'Diagnose-Feld: Vorschlagsliste zeigt ICD-10-GM 2025', 3, 'offen'],
                      ['LEIKA-2304', 'Tooltip Heil- und Kostenplan abgeschnitten', 3, 'offen'],
                      ['LEIKA-2287', 'GOÄ-Analogziffer 2454 wird nicht erkannt', 2, 'behoben']]),
     ], author='Kerstin Abeling', created='2026-06-05T12:00:00Z'))])

mail(88, 'C', 'de', 'insurer-to-customer',
     'legal expenses tenancy dispute: named insured, landlord, rent reduction claim and policy/claim numbers',
     'kuhlmann', [('Jana Ostendorf', 'jana.ostendorf@freemail-hb.example')],
     'Ihre Rechtsschutzanfrage zum Mietverhältnis – Schaden RS-26-02218',
     """Sehr geehrte Frau Ostendorf,

zu Ihrem Streit mit Ihrem Vermieter, der Wohnbau Neustadt GmbH, über die
Mietminderung wegen des Schimmelbefalls in Ihrer Wohnung Pappelstraße 12,
28199 Bremen, erteilen wir Ihnen aus Ihrem Rechtsschutzvertrag RS-3388 0917
(Wohnungs- und Grundstücks-Rechtsschutz) Kostenschutz für:

  - die außergerichtliche Interessenwahrnehmung durch einen Anwalt Ihrer Wahl
  - ein selbstständiges Beweisverfahren, falls erforderlich

Nach Ihren Angaben mindern Sie seit März 20 % der Kaltmiete (138 EUR
monatlich); der Vermieter droht mit der Kündigung wegen Zahlungsverzugs.
Bitte senden Sie Ihrem Anwalt die Fotos und das Feuchtigkeitsprotokoll.

Ihre Selbstbeteiligung beträgt 250 EUR.

""" + sig('kuhlmann') + "\n" + foot())

mail(89, 'N', 'en', 'internal',
     'trap: tabletop exercise scenario about ransomware on the claims database with 212,000 insured persons; fictional, no data',
     'grant', [('Crisis Management Team', 'krisenstab@hansekontor.example')],
     'Tabletop exercise 24 June - scenario "Blackout LEIKA"',
     """Dear members of the crisis management team,

here is the scenario for our tabletop exercise on 24 June (09:00-12:00,
board room). Please do not share it with your teams beforehand.

Scenario "Blackout LEIKA" (fictional):
 - 04:10  ransomware encrypts the application servers of LEIKA; the
          database with the health claims of ~212,000 insured persons is
          intact but unreachable
 - 06:30  attackers claim to have exfiltrated "all medical records" and
          publish a sample of 10 "invoices" on a leak site
 - 08:00  hospitals call because cost coverage confirmations fail
 - 09:00  first press inquiry

Questions we will work through: when do we notify the supervisory authority
and the data protection authority (72 h), how do we verify the sample, how
do we pay hospitals without the system, who talks to the press.

Oliver

""" + sig('grant'))

mail(90, 'S', 'de', 'internal',
     'group life: death of a named employee of a client company reported to life claims; cause of death and sums (life line)',
     'jansen', [('Leben Leistung', 'leben-leistung@hansekontor.example')],
     'Todesfall Weserwerft – Gruppenleben GL-77 0042, Herr Hinrich Stelljes',
     """Liebe Kolleginnen und Kollegen in der Leistung,

die Weserwerft GmbH hat uns heute den Tod ihres Mitarbeiters gemeldet:

  Versicherte Person:  Hinrich Stelljes, geb. 17.05.1984, Pers.-Nr. W-1021
  Vertrag:             Gruppenleben GL-77 0042-0113 (Todesfallleistung
                       2-faches Jahresgehalt = 116.400 EUR) und
                       Direktversicherung (Kapitalwert ca. 18.900 EUR)
  Sterbedatum:         07.06.2026
  Todesursache lt. Arbeitgeber: plötzlicher Herztod beim Sport

Bezugsberechtigt laut Erklärung von 2019: Ehefrau Kirsten Stelljes. Die
Sterbeurkunde und die ärztliche Todesbescheinigung fordert der Arbeitgeber
bei der Familie an. Ich habe Frau Kjær gebeten, die Unterlagen direkt an
euch zu senden.

Viele Grüße
Heike

""" + sig('jansen'))

mail(91, 'C', 'en', 'insurer-to-supplier',
     'reprint order to the print vendor: named customers, postal addresses and motor policy numbers in the attached CSV',
     'dierks', [('Siobhan Kelly', 'siobhan.kelly@printhub.example')],
     'Reprint job RP-2026-118 - motor certificates with wrong layout',
     """Hi Siobhan,

four motor insurance certificates from last week's run went out with the old
logo and an outdated address block. Please reprint and send them by post
(standard, no tracking needed). The attached file has the recipients; the
PDFs are already on the SFTP in /in/reprint/RP-2026-118.

Please delete the file from your systems once the job is done, as per our
DPA.

Thanks,
Ralf

""" + sig('dierks', 'en'),
     atts=[att('RP-2026-118_recipients.csv', csvdata([
         ['job', 'policy', 'name', 'street', 'postcode', 'city'],
         ['RP-2026-118', 'KF-5540 0087', 'Tarek Haddad', 'Gastfeldstraße 61', '28201', 'Bremen'],
         ['RP-2026-118', 'KF-5521 3307', 'Gudrun Wiechmann', 'Hafenstraße 17a', '27568', 'Bremerhaven'],
         ['RP-2026-118', 'KF-5512 0048', 'Lars Eggers', 'Am Sportplatz 4', '28865', 'Lilienthal'],
         ['RP-2026-118', 'KF-5519 3321', 'Angelika Wöbse', 'Dorfstraße 30', '28844', 'Weyhe'],
     ], delim=','), charset='utf-8')])

mail(92, 'N', 'de', 'newsletter',
     'trap: HTML-only broker newsletter with a table of example BU premiums for model customers ("Erzieherin, 30, Nichtraucherin"); no real person',
     'newsletter', [('Maklerverteiler', 'makler-alle@hansekontor.example')],
     'Makler-News Juni: neue BU-Tarife und vereinfachte Gesundheitsfragen',
     html_body="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Makler-News Juni 2026</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<h1 style="color:#0b4f6c">Makler-News Juni 2026</h1>
<h2>Neue BU-Tarife ab 1. Juli</h2>
<p>Ab 1. Juli gelten die neuen Tarife der BU-Generation 2026. Die Gesundheitsfragen wurden auf
fünf Jahre ambulant und zehn Jahre stationär verkürzt; psychotherapeutische Behandlungen werden nur
noch für drei Jahre abgefragt.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#0b4f6c;color:#fff"><th>Beispielkunde (Modellrechnung)</th><th>BU-Rente</th><th>Endalter</th><th>Beitrag mtl. alt</th><th>Beitrag mtl. neu</th></tr>
<tr><td>Erzieherin, 30 Jahre, Nichtraucherin</td><td>1.500 EUR</td><td>67</td><td>88,40 EUR</td><td>81,10 EUR</td></tr>
<tr><td>Softwareentwickler, 27 Jahre</td><td>2.000 EUR</td><td>67</td><td>61,20 EUR</td><td>57,90 EUR</td></tr>
<tr><td>Dachdeckermeister, 35 Jahre, Raucher</td><td>1.200 EUR</td><td>65</td><td>164,30 EUR</td><td>158,70 EUR</td></tr>
</table>
<p>Alle Beispiele sind Modellrechnungen ohne Bezug zu konkreten Kunden.</p>
<h2>Pflegezusatz</h2><p>Pflegemonatsgeld jetzt ab Pflegegrad 2 mit 100 % bei ambulanter und stationärer Pflege.</p>
<p style="font-size:11px;color:#666">Hansekontor Versicherung AG &middot; Maklerbetreuung &middot;
<a href="https://partner.hansekontor.example/newsletter">Newsletter verwalten</a></p>
</body></html>
""")

mail(93, 'C', 'de', 'internal',
     'ticket notification: P&C claim file cannot be opened; description names the policyholder, address and claim number (no health)',
     'servicedesk', [('Piotr Nowak', P['nowak']['addr'])],
     '[HKX-INC-51602] Schadenakte SH-26-04410 lässt sich nicht öffnen',
     """Ticket HKX-INC-51602 wurde Ihrer Gruppe "AppSupport Schaden/Leistung" zugewiesen.

Priorität:   P3 - normal
Kategorie:   Anwendung > SCHADEN-SH > Akte
Melder:      Nadine Koch, Sach-/Haftpflichtschaden, Tel. 3122

Beschreibung:
Die Akte zum Sturmschaden SH-26-04410 (VN Reinhard Gloystein, Wohngebäude
WG-3320 1183, Risikoort Deichstraße 5, 27804 Berne) öffnet sich nicht,
Fehlermeldung "Dokumentenindex inkonsistent". Der Kunde wartet auf die
Abrechnung der Dachreparatur (Angebot Dachdeckerei Kück über 9.870,40 EUR).
Alle anderen Akten gehen.

Zum Ticket: https://itsm.hansekontor.example/ticket/HKX-INC-51602

Diese Nachricht wurde automatisch erzeugt. Bitte nicht antworten.
""", charset='utf-8', cte='quoted-printable')

mail(94, 'S', 'en', 'internal',
     'security finding: an openly shared export of care applications; the mail quotes three rows with names, birth dates and care levels',
     'grant', [('Dr. Jana Reimers', P['reimers']['addr']), ('Michael Behrens', P['behrens']['addr'])],
     'URGENT: care applications export on an "anyone with the link" share',
     """Jana, Michael,

our DLP scan found the file "pflege_antraege_2026_Q2.csv" on a SharePoint
folder of team Pflege that was shared with "anyone with the link" since
3 June. I removed the link at 10:42 today. Access log: the link was opened
twice, both times from our own network (Pflege team PCs) - no external access.

The file has 1,214 rows. First rows, to show what is in it:

  PV-2233 1906; Anneliese Lüschen; 1938-02-14; Pflegegrad 3; Demenz, Z. n. SHF
  PV-2240 0718; Werner Hagedorn; 1944-11-29; Pflegegrad 2; Parkinson
  PV-2251 3302; Elfriede Bischoff; 1931-06-05; Pflegegrad 4; Schlaganfall, bettlägerig

Since nothing left our tenant, I think this is not notifiable, but please
confirm. The team lead is informed and will move the file to the restricted
area.

Oliver

""" + sig('grant'))

mail(95, 'N', 'de', 'insurer-to-customer',
     'trap: automatic acknowledgement of the health-claims mailbox with a warning not to send doctors\' invoices by unencrypted mail',
     'noreply', [('', 'uwe.hartje@webpost.example')],
     'Eingangsbestätigung: Ihre Nachricht an die Leistungsabteilung',
     """Guten Tag,

vielen Dank für Ihre Nachricht an die Leistungsabteilung der Hansekontor
Krankenversicherung. Sie erhalten eine Antwort innerhalb von fünf
Arbeitstagen.

Bitte beachten Sie: Arztrechnungen, Rezepte, Befunde und andere
Gesundheitsunterlagen reichen Sie am schnellsten und sicher über die
Hansekontor-App oder das Kundenportal ein. Senden Sie solche Unterlagen
bitte nicht als unverschlüsselten E-Mail-Anhang.

Ihre Hansekontor Krankenversicherung

Diese Nachricht wurde automatisch erstellt.
""", charset='utf-8', cte='quoted-printable')

mail(96, 'C', 'de', 'insurer-to-customer',
     'no-claims bonus transfer from father to daughter: both named with birth dates, policies and SF classes',
     'pieper', [('Leonie Bischoff', 'leonie.bischoff@webpost.example')],
     'Übertragung des Schadenfreiheitsrabatts von Herrn Klaus Bischoff',
     """Sehr geehrte Frau Bischoff,

die Übertragung des Schadenfreiheitsrabatts Ihres Vaters auf Ihren Vertrag
ist abgeschlossen:

  abgebender Vertrag:   KF-5488 2009, Klaus Bischoff, geb. 03.02.1958
  übernehmender Vertrag: KF-5544 7120, Leonie Bischoff, geb. 28.09.2001
  Fahrzeug:             VW Polo, HB-LB 2809
  übertragen:           SF 12 (entspricht den nachgewiesenen Jahren, in
                        denen Sie das Fahrzeug Ihres Vaters gefahren sind)

Ihr neuer Beitrag ab 01.07.2026: 412,60 EUR jährlich statt 1.018,00 EUR.
Der Vertrag Ihres Vaters wird mit SF 0 weitergeführt bzw. endet mit dem
Verkauf seines Fahrzeugs.

""" + sig('pieper') + "\n" + foot())

mail(97, 'N', 'en', 'internal',
     'trap: record of processing activities update listing categories such as health data and bank details per process; no data subjects',
     'reimers', [('Process owners', 'prozessverantwortliche@hansekontor.example')],
     'RoPA update 2026 - please review your entries by 17 July',
     """Dear process owners,

attached is the draft update of our record of processing activities
(Art. 30 GDPR). Please check the rows for your processes - in particular
the data categories, recipients and retention periods - and send me your
corrections by 17 July.

New this year: the processes of the migrated health portfolio and the AI
triage model.

Thank you,
""" + sig('reimers', 'en'),
     atts=[att('RoPA_2026_draft.docx', docx([
         '# Record of processing activities - draft 2026',
         ('table', [['Process', 'Data categories', 'Special categories', 'Recipients', 'Retention'],
                    ['Health claims (LEIKA)', 'identification, contract, bank details', 'health data (Art. 9)', 'scanning vendor, reinsurer (pseudonymised), medical experts', '10 years'],
                    ['Life underwriting', 'identification, income, occupation', 'health data', 'reinsurer, company physician', '10 years / 3 years if declined'],
                    ['Motor claims', 'identification, vehicle, accident data', 'none (injuries: health data)', 'experts, other insurers', '10 years'],
                    ['Collections', 'identification, bank details, payment history', 'none', 'banks, collection agency', '10 years'],
                    ['AI claims triage', 'claim features, age band', 'ICD chapter', 'none', 'model data 3 years']]),
         'Owner of this document: Data Office. Status: draft for review.',
     ], author='Dr. Jana Reimers', created='2026-07-03T09:00:00Z'))])

mail(98, 'S', 'de', 'internal',
     'body harmless; attached ODS with life policies of named insured persons: birth dates, sums, smoker status and medical surcharges',
     'osterkamp', [('Aktuariat Leben', 'aktuariat-leben@hansekontor.example')],
     'Datenlieferung Sterblichkeitsanalyse – Stichprobe zur Plausibilisierung',
     """Hallo Aktuariat,

hier die Stichprobe (50 Verträge) zur Plausibilisierung, bevor ich den
Gesamtbestand in die Analyseumgebung lade. Bitte nur prüfen, ob Felder und
Formate passen.

Gruß
Malte

""" + sig('osterkamp'),
     atts=[att('Stichprobe_Leben_Plausi.ods', ods([
         ('Stichprobe', [
             ['Vertrag', 'VP Name', 'VP geb.', 'Geschlecht', 'Raucher', 'Versicherungssumme', 'Zuschlag', 'Grund Zuschlag'],
             ['LV-1190 7712', 'Britta Janßen', '1981-09-03', 'w', 'nein', 250000, '0 %', ''],
             ['LV-1201 3390', 'Hermann Eilers', '1958-12-19', 'm', 'ja', 80000, '50 %', 'COPD'],
             ['LV-1215 8820', 'Marc Frerichs', '1977-01-30', 'm', 'nein', 300000, '25 %', 'Hypertonie'],
             ['LV-1230 1184', 'Ingrid Cordes', '1955-04-21', 'w', 'nein', 40000, '0 %', ''],
             ['LV-1241 6677', 'Bernd Kösters', '1966-10-02', 'm', 'nein', 120000, '75 %', 'Diabetes Typ 2'],
             ['LV-1244 0192', 'Swantje Renken', '1990-03-12', 'w', 'ja', 200000, '0 %', ''],
         ]),
     ], author='Malte Osterkamp', created='2026-07-06T16:40:00'))])

mail(99, 'C', 'mixed', 'internal',
     'phishing victim: an employee\'s salary account was changed by an attacker; employee name, personnel number and both IBANs (German/English)',
     'grant', [('Anja Vogt', P['vogt']['addr'])], cc=[('Sven Lührs', P['luehrs']['addr'])],
     subject='Gehaltskonto manipuliert – employee self-service, bitte Zahlung stoppen',
     body="""Hallo Anja,

short version: an attacker phished the credentials of Kai Wilkens
(Schaden Kfz, PNr. 30977) last week and changed his salary account in the
employee self-service on Sunday. Die Juli-Zahlung würde also auf das
falsche Konto gehen.

  bisher (korrekt):   DE25 5808 5650 3382 0290 12
  neu (Angreifer):    DE89 4631 2015 2940 3543 98, "Kai Wilkens"

Please stop the July payment to the new account and restore the old one.
Konto des Angreifers melden wir der Bank; Kai weiß Bescheid und hat sein
Passwort zurückgesetzt, MFA ist jetzt aktiv.

Oliver

""" + sig('grant'))

mail(100, 'S', 'de', 'insurer-to-customer',
     'short reply "documents received"; the quoted customer mail names her son\'s ADHD diagnosis and methylphenidate prescription',
     'thoelke', [('Anja Reershemius', 'anja.reershemius@kundenmail.example')],
     'AW: Rezepte für Jannik',
     """Hallo Frau Reershemius,

die Unterlagen sind angekommen, vielen Dank. Die Erstattung erfolgt in den
nächsten Tagen.

""" + sig('thoelke') + """
-----Ursprüngliche Nachricht-----
Von: Anja Reershemius <anja.reershemius@kundenmail.example>
Gesendet: Freitag, 10. Juli 2026 07:55
An: Leistung Kranken <leistung-kv@hansekontor.example>
Betreff: Rezepte für Jannik

Guten Morgen,

anbei die Rezepte für meinen Sohn Jannik (KV-5591 2030-03). Er bekommt seit
der ADHS-Diagnose im Frühjahr Medikinet retard 20 mg, die Kinderpsychiaterin
hat die Dosis im Juni erhöht. Die Apotheke hat die Rezepte gesammelt
abgerechnet, deshalb nur eine Quittung über 147,36 EUR.

Viele Grüße
Anja Reershemius
""")


# --- 0101-0125 ---------------------------------------------------------------

mail(101, 'N', 'en', 'insurer-to-partner',
     'trap: survey answer to the insurers\' association with aggregated numbers of data breaches by type (health data, bank data); no person',
     'behrens', [('Data Protection Working Group', 'dp-survey@insurers-association.example')],
     'Survey "Data breaches 2025" - answers of Hansekontor group',
     """Dear colleagues,

please find our answers to the association's survey on personal data
breaches in 2025 below. Figures are for all four companies of the group.

  Q1 number of breaches assessed:                      64
  Q2 of which notified to the authority (Art. 33):     9
  Q3 of which data subjects notified (Art. 34):        3
  Q4 by type of data:
       health data (misdirected letters/mails)         5
       bank data                                        2
       other personal data                              2
  Q5 main cause: misdirected post and autocomplete in mail clients
  Q6 measures: secure mail gateway with content classification (since
     Q1/2026), masking of IBANs on letters, awareness training

We agree to publication in anonymised, aggregated form.

""" + sig('behrens', 'en') + "\n" + foot('en'))

mail(102, 'S', 'de', 'internal',
     'holiday handover: attached DOCX lists open health claims with names, member numbers, diagnoses and next steps',
     'thoelke', [('Jasmin Ebeling', 'jasmin.ebeling@hansekontor.example')],
     'Urlaubsübergabe 20.07.–07.08. – meine offenen Fälle',
     """Liebe Jasmin,

danke, dass du mich vertrittst! Die Liste mit meinen offenen Fällen hängt
an. Eilig sind eigentlich nur Frau Kück (Nachsorge) und die Kostenzusage
für Herrn Matthiesen, der Rest kann liegen bleiben, bis ich zurück bin.

Wenn Dr. Fessel sich wegen Frau Onken meldet: sein Votum einfach in LEIKA
dokumentieren, die Kundin weiß Bescheid.

Liebe Grüße
Sabine

""" + sig('thoelke'),
     atts=[att('Uebergabe_Thoelke_Sommer2026.docx', docx([
         '# Urlaubsübergabe Sabine Thölke (20.07.-07.08.2026)',
         ('table', [['Versicherte/r', 'Vers.-Nr.', 'Thema', 'nächster Schritt', 'Frist'],
                    ['Sandra Kück', 'KV-6602 3318-01', 'Nachsorge Mamma-Ca, Perücke, Lymphdrainage', 'Rechnungen Juli erstatten', 'laufend'],
                    ['Jürgen Matthiesen', 'KV-4418 2207-01', 'Bandscheiben-OP L4/L5 geplant 29.07.', 'Kostenzusage an Klinikum Weserbogen', '24.07.'],
                    ['Maike Onken', 'KV-9042 1185-01', 'Psychotherapie Verlängerung', 'Votum Dr. Fessel dokumentieren', '-'],
                    ['Renate Bollmann', 'KV-6120 4471-01', 'Knie-TEP rechts, Reha-Antrag', 'Reha-Klinik bestätigen', '31.07.'],
                    ['Noah Beckmann', 'KV-0917 6621-03', 'Asthma, Verordnung Inhalationsgerät', 'Hilfsmittel genehmigen', '-']]),
         'Passwort für das Team-Postfach hat Frau Ahlers.',
     ], author='Sabine Thölke', created='2026-07-16T16:45:00Z'))])

mail(103, 'C', 'en', 'insurer-to-customer',
     'grey: animal health only; dog owner\'s liability: named expat customer, policy, claim; neighbour\'s dog injured (animal health, no human injury)',
     'koch', [('Megan O\'Sullivan', 'megan.osullivan@webpost.example')],
     'Your dog owner\'s liability claim TH-26-00713',
     """Dear Ms O'Sullivan,

thank you for your call and the photos. We have registered the incident of
11 July in the Bürgerpark, in which your dog "Baxter" bit the neighbour's
dog, under claim number TH-26-00713 (dog owner's liability policy
TH-4471 8802).

As Baxter was on a lead and the other dog ran towards him, we will check
whether you are liable at all. We have written to the owner, Mr Dieter
Rohlfs, and asked for the vet's invoice (wound treatment, two stitches,
according to him about 380 EUR). We will get back to you once we have it.

Nobody was hurt, and you do not need to pay anything yourself at this stage.

""" + sig('koch', 'en') + "\n" + foot('en'))

mail(104, 'N', 'de', 'internal',
     'trap: DBA maintenance mail listing table sizes of leistungsfall, partner and iban_historie; no content',
     'wendt', [('Application Support', 'appsupport@hansekontor.example')],
     'pg-leika: VACUUM FULL am Sonntag, Tabellen > 100 GB',
     """Moin,

am Sonntag, 26.07., 05:00–09:00 Uhr mache ich auf pg-leika ein VACUUM FULL
für die großen Tabellen. LEIKA ist in der Zeit nur lesend verfügbar.

Aktuelle Größen (inkl. Indizes):

  leika.leistungsfall          412 GB   (+38 GB seit Migration)
  leika.beleg_index            188 GB
  partner.person               121 GB
  inkasso.iban_historie        104 GB   (Bloat 41 %!)
  leika.diagnose_position       97 GB

Vor allem iban_historie ist nach den Massenupdates aus der Migration
aufgebläht. Danach sollten die Nachtläufe ca. 20 Minuten schneller sein.

Tobias

""" + sig('wendt'))

mail(105, 'N', 'en', 'insurer-to-supplier',
     'trap: out-of-office auto-reply of a data scientist that mentions the health claims data marts and data access requests',
     'raman', [('Ruth Campbell', 'ruth.campbell@databridge-consulting.example')],
     'Automatic reply: model handover documentation',
     """Thank you for your message. I am on annual leave until Monday 10 August
with no access to e-mail.

For data access requests (DATA-REQ) please contact data-office@hansekontor.example.
For urgent issues with the health claims data marts or the triage model,
please contact Malte Osterkamp (malte.osterkamp@hansekontor.example).

Best regards,
Priya Raman
""", extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'], cte='quoted-printable')

mail(106, 'C', 'de', 'insurer-to-customer',
     'household insurance: stolen e-bike of a named customer with frame number, purchase price and payout',
     'koch', [('Birger Thormählen', 'b.thormaehlen@mailbox-nord.example')],
     'Diebstahl Ihres E-Bikes – Schaden HR-26-03377',
     """Sehr geehrter Herr Thormählen,

zu Ihrer Meldung vom 20.07.2026 über den Diebstahl Ihres E-Bikes vor dem
Hauptbahnhof Bremen (Anzeige bei der Polizei Bremen, Vorgang
1011-2026-041882) können wir Ihnen heute die Regulierung mitteilen:

  Vertrag:             HR-7748 1102 (Hausrat inkl. Fahrraddiebstahl 24 h)
  Fahrrad:             Riese & Müller Charger4, Rahmennr. WRM-24-7713902
  Kaufpreis (04/2024): 5.299,00 EUR
  Entschädigung:       4.199,00 EUR (Neuwert abzüglich vereinbarter
                       Entschädigungsgrenze für Fahrräder, 2 % der VS)

Die Zahlung erfolgt auf das Konto, von dem wir Ihren Beitrag einziehen.
Sollte das Rad wieder auftauchen, informieren Sie uns bitte.

""" + sig('koch') + "\n" + foot())

mail(107, 'S', 'en', 'insurer-to-customer',
     'international health plan: pre-authorisation of knee surgery for a named expat insured with diagnosis (meniscus tear) and costs',
     'thoelke', [('Daniel Okafor', 'daniel.okafor@webpost.example')],
     'Pre-authorisation for your knee arthroscopy - member KV-9910 2248-01',
     """Dear Mr Okafor,

thank you for sending the MRI report and the cost estimate from
Dr. Tjark Bödeker (Orthopaedic Clinic Schwachhausen).

We confirm cover for the planned arthroscopic partial meniscectomy of your
left knee (complex tear of the medial meniscus, ICD-10 S83.2) under your
international health plan "Global Care 100":

  surgery (GOÄ, 2.3-fold rate)          approx. 2,450 EUR
  anaesthesia                            approx.   690 EUR
  day-clinic stay                        covered in full
  physiotherapy after surgery            up to 12 sessions

Please show this confirmation at the clinic. Invoices can be submitted
through the app as usual.

Wishing you a good recovery,
""" + sig('thoelke', 'en') + "\n" + foot('en'))

mail(108, 'N', 'de', 'insurer-to-supplier',
     'trap: purchase order for first-aid kits, AED pads and eye-wash stations for the offices; health words, no person',
     'dierks', [('Bestellung', 'bestellung@arbeitsschutz-nord.example')],
     'Bestellung 4500322190 – Erste-Hilfe-Material Standort Bremen',
     """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag 2025-AS-07:

  30 x Erste-Hilfe-Koffer DIN 13157, Art.-Nr. EH-13157-K
   6 x Elektrodenpads für AED Typ Lifeline View, Erwachsene
   2 x Elektrodenpads Kinder
   4 x Augenspülstation, Art.-Nr. AS-500
  10 x Nachfüllset Pflaster/Verbandmaterial

Lieferanschrift: Hansekontor Versicherung AG, Warenannahme Tor 2,
Am Speicherhafen 12, 28217 Bremen, Mo–Fr 7–15 Uhr.

Rechnung bitte mit Bestellnummer an rechnungseingang@hansekontor.example.

""" + sig('dierks') + "\n" + foot())

mail(109, 'C', 'de', 'insurer-to-supplier',
     'transfer of overdue receivables to a collection agency: attached PDF with debtors\' names, birth dates, addresses and amounts (P&C only)',
     'albers', [('Mandantenbetreuung', 'mandanten@inkasso-weser.example')],
     'Abgabe zur Forderungsbeitreibung – Liste August 2026',
     """Sehr geehrte Damen und Herren,

anbei unsere Abgabeliste für August 2026 (7 Forderungen aus Sach-, Haftpflicht-
und Kfz-Verträgen, Gesamtvolumen 3.412,58 EUR). Die Mahnverfahren sind
jeweils abgeschlossen, die Verträge beendet.

Bitte bestätigen Sie die Übernahme wie gewohnt.

""" + sig('albers') + "\n" + foot(),
     atts=[att('Abgabeliste_2026-08.pdf', pdf([
         '# Abgabeliste Forderungsbeitreibung August 2026',
         'Auftraggeber: Hansekontor Allgemeine Versicherung AG',
         '',
         'Schuldner | geb. | Anschrift | Vertrag | Forderung EUR',
         'Kevin Schnakenberg | 14.01.1996 | Waller Heerstr. 201, 28219 Bremen | KF-5518 2291 | 612,40',
         'Dirk Hollander | 30.08.1979 | Sielwall 17, 28203 Bremen | KF-5503 1180 | 487,95',
         'Wilfried Logemann | 05.05.1962 | Hauptstr. 4, 27239 Twistringen | PH-2279 0043 | 64,55',
         'Anke Rosenbrock | 22.12.1971 | Moorweg 9, 28865 Lilienthal | WG-3309 7712 | 1.062,00',
         'Torsten Meinardus | 11.03.1988 | Lange Str. 33, 27749 Delmenhorst | KF-5501 9930 | 733,18',
         'Nicole Brammer | 19.07.1990 | Am Markt 2, 28832 Achim | HR-7701 2243 | 98,10',
         'Jens-Peter Kahrs | 01.10.1955 | Deichweg 11, 27804 Berne | PH-2262 0071 | 354,40',
         '',
         'Summe: 3.412,58 EUR',
     ], title='Abgabeliste 2026-08', date='20260804091500'))])

mail(110, 'S', 'de', 'insurer-to-customer',
     'dental supplementary insurance: approval of an implant treatment plan for the named insured with tooth, GOZ items and amounts',
     'thoelke', [('Hannes Wübbenhorst', 'hannes.wuebbenhorst@t-netz.example')],
     'Ihr Heil- und Kostenplan vom 28.07.2026 – Implantat Zahn 36',
     """Sehr geehrter Herr Wübbenhorst,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Imke Sander,
vom 28.07.2026 geprüft. Geplant ist nach der Extraktion des nicht
erhaltungswürdigen Zahns 36 (Längsfraktur der Wurzel) eine
Implantatversorgung mit Knochenaufbau und Einzelkrone.

  voraussichtliche Kosten laut Plan:   3.874,12 EUR
  Ihr Tarif ZahnPlus 80:               80 % erstattungsfähig
  voraussichtliche Erstattung:         3.099,30 EUR

Da Ihr Vertrag seit mehr als vier Jahren besteht, gilt keine
Leistungsbegrenzung mehr. Bitte reichen Sie nach der Behandlung die
Rechnung mit den GOZ-Positionen (u. a. 9010, 9100, 2200) ein.

""" + sig('thoelke') + "\n" + foot(), charset='iso-8859-1')

mail(111, 'N', 'en', 'internal',
     'trap: chatbot A/B test summary with intent counts like "claim glasses", "psychotherapy cover"; aggregated, no user',
     'raman', [('Digital Customer Service', 'digital-service@hansekontor.example')],
     'Chatbot A/B test results (July) - intent recognition v2',
     """Hi all,

the A/B test of the new intent model in the customer chatbot ran from
1 to 31 July (50/50 split, 18,204 conversations). Summary:

  intent recognised correctly      v1 78.2 %   v2 86.9 %
  handover to human agent          v1 31.0 %   v2 22.4 %
  customer satisfaction (thumbs)   v1 3.9     v2 4.2

Top intents (v2): "submit invoice" 4,110 - "status of my claim" 2,884 -
"are glasses covered" 1,102 - "psychotherapy cover" 688 - "change bank
details" 641 - "travel abroad" 590

Conversations are analysed only as intent counts; chat texts are deleted
after 30 days as agreed with the DPO. Recommendation: roll out v2.

Priya

""" + sig('raman', 'en'))

mail(112, 'C', 'en', 'internal',
     'onboarding of external consultants: names, dates of birth and ID card numbers for badges and accounts',
     'grant', [('Facility Security', 'werkschutz@hansekontor.example')], cc=[('Ralf Dierks', P['dierks']['addr'])],
     subject='Badges and accounts for 3 DataBridge consultants from 1 September',
     body="""Hello facility security,

please prepare visitor badges (valid until 31 Dec) for the following
consultants of DataBridge Consulting, who start on 1 September. Their
accounts are requested in HKX-REQ-77120.

  name               date of birth   ID card no.
  Ruth Campbell      1979-02-17      passport 560448213 (UK)
  Henrik Dahl        1985-11-04      ID DK 1104854471
  Olena Bondar       1992-06-23      ID L01X7PZ39 (DE)

They need access to floors 2 and 4 only, not to the data centre.

Thanks,
Oliver

""" + sig('grant'))

mail(113, 'N', 'de', 'internal',
     'trap: service-desk FAQ on why mails to doctors\' practices are encrypted by the gateway; generic',
     'luehrs', [('Alle Mitarbeitenden', 'alle-mitarbeiter@hansekontor.example')],
     'FAQ: Warum kommt meine Mail an die Arztpraxis im Portal an?',
     """Hallo zusammen,

in den letzten Wochen haben uns viele Tickets zum SecureMail-Gateway
erreicht. Hier die häufigsten Fragen:

Warum landet meine Mail an eine Arztpraxis im Portal statt im Postfach?
  Weil das Gateway Gesundheitsdaten erkannt hat und die Praxis kein
  Zertifikat hat. Die Praxis bekommt eine Benachrichtigung und liest die
  Mail im Portal. Das ist so gewollt.

Kann ich das abschalten?
  Nein. Wenn die Praxis regelmäßig mit uns schreibt, kann sie uns ihr
  S/MIME-Zertifikat schicken, dann geht es direkt verschlüsselt.

Meine Mail enthielt gar keine Diagnose, wurde aber trotzdem verschlüsselt.
  Alles aus Leben, Kranken und Unfall gilt als streng vertraulich, auch
  ohne medizinische Begriffe. Bei Fehlalarmen bitte Ticket mit der
  Message-ID, nicht mit dem Inhalt.

""" + sig('luehrs'), alt=True, charset='windows-1252')

mail(114, 'S', 'de', 'insurer-to-doctor',
     'accident insurance asks the treating surgeon for an interim report on a named insured after a bicycle accident (accident line)',
     'unfall', [('Unfallchirurgie Dr. Dresselhaus', 'sekretariat@unfallchirurgie-dresselhaus.example')],
     'Zwischenbericht erbeten – Ihre Patientin Frau Kirsten Rabe, Unfall vom 02.07.2026',
     """Sehr geehrter Herr Dr. Dresselhaus,

Ihre Patientin, Frau Kirsten Rabe, geb. 09.12.1983, ist bei uns
unfallversichert (UV-8851 0236). Nach ihrer Unfallanzeige ist sie am
02.07.2026 mit dem Fahrrad gestürzt und wird seitdem von Ihnen wegen einer
Tibiakopffraktur links (S82.1) behandelt; die Osteosynthese erfolgte am
03.07.2026 im Klinikum Weserbogen.

Wir bitten um einen kurzen Zwischenbericht zu:
  - aktuellem Heilungsverlauf und Belastbarkeit
  - voraussichtlicher Dauer der Behandlung
  - Einschätzung, ob ein Dauerschaden zu erwarten ist

Die Schweigepflichtentbindung von Frau Rabe fügen wir per Post bei. Das
Honorar richtet sich nach Nr. 80 GOÄ.

""" + sig('unfall') + "\n" + foot())

mail(115, 'C', 'de', 'insurer-to-broker',
     'portfolio transfer to a broker firm: body harmless, attached XLSX with six customers, birth dates and P&C contracts',
     'meyer', [('Frauke Ammermann', 'f.ammermann@nordsee-assekuranz.example')],
     'Bestandsübertragung Ammermann → Nordsee Assekuranz, Teil 2',
     """Hallo Frau Ammermann,

wie besprochen der zweite Teil der Bestandsübertragung, die Liste hängt an.
Die Kunden haben der Übertragung zugestimmt bzw. wurden angeschrieben. Ab
01.09. sehen Sie die Verträge mit Bestandsrechten im Partnerportal.

""" + sig('meyer') + "\n" + foot(),
     atts=[att('Bestandsuebertragung_Teil2.xlsx', xlsx([
         ('Verträge', [
             ['Kunde', 'geb.', 'PLZ/Ort', 'Vertrag', 'Sparte', 'Jahresbeitrag EUR'],
             ['Ole Harjes', '1974-08-12', '28779 Bremen', 'KF-5470 3318', 'Kfz', 544.2],
             ['Ole Harjes', '1974-08-12', '28779 Bremen', 'HR-7655 0190', 'Hausrat', 118.8],
             ['Silke Renken', '1969-01-25', '27711 Osterholz-Scharmbeck', 'WG-3277 4402', 'Wohngebäude', 912.4],
             ['Thomas Bullwinkel', '1983-05-30', '28790 Schwanewede', 'PH-2250 8814', 'Privathaftpflicht', 71.4],
             ['Marion Heitmann', '1961-10-08', '27729 Hambergen', 'KF-5466 1007', 'Kfz', 398.0],
             ['Jan-Hendrik Tietjen', '1995-04-17', '28757 Bremen', 'RS-3361 2290', 'Rechtsschutz', 289.9],
         ]),
     ], author='Carsten Meyer-Ohlsen', created='2026-08-21T10:10:00Z'))])

mail(116, 'N', 'de', 'internal',
     'trap: project closing mail of the migration with counts of migrated insured persons and contracts, lessons learned; no individual',
     'brandes', [('Alle Mitarbeitenden', 'alle-mitarbeiter@hansekontor.example')],
     'Leuchtturm ist angekommen – Projektabschluss und Danke',
     """Liebe Kolleginnen und Kollegen,

nach 26 Monaten ist das Projekt "Leuchtturm" heute offiziell abgeschlossen.
KOLIBRI wird Ende September abgeschaltet. Einige Zahlen:

  788.094 Verträge und 212.004 versicherte Personen in der KV migriert
  4,1 Millionen Dokumente neu indiziert
  23 Probeläufe, 2 Cut-over-Wochenenden (Ostern, Pfingsten)
  0 Tage Stillstand in der Leistungsbearbeitung

Was wir gelernt haben: Datenqualität zuerst (die 233 Platzhalter-
Geburtsdaten haben uns Wochen gekostet), Testdaten nur synthetisch, und
der Datenschutz gehört von Anfang an in den Lenkungskreis.

Danke an alle, die mitgezogen haben – die Abschlussfeier ist am 18.09. im
Speicher XI.

Lukas Brandes

""" + sig('brandes'))

mail(117, 'S', 'mixed', 'internal',
     'DPIA input on the triage model (German/English) illustrated with a real named case: pregnancy with gestational diabetes wrongly flagged',
     'raman', [('Dr. Jana Reimers', P['reimers']['addr'])], cc=[('Michael Behrens', P['behrens']['addr'])],
     subject='DSFA Triage-Modell – input section 4 "risks to data subjects"',
     body="""Hi Jana,

mein Input für Abschnitt 4 der DSFA. I used one real case as illustration -
bitte entscheidet ihr, ob wir den im Dokument anonymisieren (I'd say yes):

Risk 4.2 "systematic delay for specific groups": in May the model routed
all invoices of Frau Lena Şahin (KV-7781 0023-02), pregnant with
gestational diabetes (O24.4), to medical review because the combination
"pregnancy + endocrinologist + high frequency" was rare in training data.
Her reimbursements were delayed by 3-4 weeks each time. Sie hat sich
beschwert (Beschwerde BS-2026-0388).

Mitigation: pregnancy-related ICD codes (chapter O) now go to standard
processing; monitoring of processing time by ICD chapter monthly.

Priya

""" + sig('raman', 'en'))

mail(118, 'N', 'en', 'insurer-to-customer',
     'trap: SecureMail password-reset mail with link and security-question hint; no content',
     'portal', [('', 'd.okafor@webpost.example')],
     'Reset your Hansekontor SecureMail password',
     """Hello,

we received a request to reset the password of your Hansekontor SecureMail
account. You have answered your security question correctly.

Set a new password within 30 minutes using this link:

    https://securemail.hansekontor.example/reset?token=R7TQ-29KD-XW4M

If you did not request this, you can ignore this message - your password
stays unchanged. For security reasons this message contains no further
information.

Hansekontor SecureMail
""", charset='us-ascii', cte='7bit')

mail(119, 'C', 'de', 'insurer-to-customer',
     'motor total loss settlement: named customer, plate, replacement value, residual value and payout (no injuries)',
     'pieper', [('Yusuf Arslan', 'yusuf.arslan@freemail-hb.example')],
     'Totalschaden Ihres Fahrzeugs HB-YA 744 – Abrechnung Schaden KS-26-011890',
     """Sehr geehrter Herr Arslan,

das Gutachten zu Ihrem Unfall vom 14.08.2026 auf der B 75 (Wildunfall,
niemand verletzt) liegt vor. Ihr Fahrzeug, ein Ford Focus Turnier
(HB-YA 744, Erstzulassung 2019), ist wirtschaftlicher Totalschaden.

  Wiederbeschaffungswert:           14.600,00 EUR
  Restwert (Höchstgebot):          - 2.150,00 EUR
  Selbstbeteiligung Teilkasko:       - 150,00 EUR
  Entschädigung:                    12.300,00 EUR

Die Entschädigung überweisen wir aus Ihrer Kfz-Versicherung KF-5533 6071
nach Zugang der Abmeldebescheinigung. Wenn Sie das Fahrzeug an den
Restwertbieter verkaufen möchten, vermitteln wir den Kontakt.

""" + sig('pieper') + "\n" + foot(), alt=True)

mail(120, 'S', 'en', 'internal',
     'reinsurer query about a named life applicant previously declined for melanoma; underwriting history',
     'lindqvist', [('Dr. med. Ulrich Fessel', P['fessel']['addr'])],
     'Baltic Re query - reapplication of Mr Thore Brüggemann (melanoma history)',
     """Dear Dr. Fessel,

Baltic Re asks for our view before they quote the facultative cover for
Mr Thore Brüggemann (born 21 January 1975), who has reapplied for term life
cover of 900,000 EUR (application A-26-077410).

History from our files:
 - 2024 application declined: malignant melanoma of the back (C43.5),
   Breslow 1.1 mm, excised 11/2023, sentinel node negative
 - follow-up reports since then without recurrence (last PET-CT 05/2026)

Their underwriting manual would offer a rating of +5 per mille for 5 years.
Do you agree, or should we postpone until 5 years after diagnosis?

Thanks,
Eva

""" + sig('lindqvist'))

mail(121, 'N', 'de', 'internal',
     'trap: data-protection training quiz with questions about sending diagnoses and IBANs by mail; fictitious scenarios',
     'behrens', [('Alle Mitarbeitenden', 'alle-mitarbeiter@hansekontor.example')],
     'Datenschutz-Quiz September: 5 Fragen, 5 Minuten',
     """Liebe Kolleginnen und Kollegen,

unser Quiz für September – die Auflösung kommt nächste Woche.

1. Ein Makler bittet per Mail um die Diagnose seines Kunden, weil der
   Leistungsantrag abgelehnt wurde. Darf ich sie ihm schreiben?
   a) ja  b) nur mit Einwilligung des Kunden und verschlüsselt  c) nie

2. "Herr M., geb. 01.01.1960" – ist das Geburtsdatum allein schon
   schützenswert?  a) ja  b) nein

3. Eine IBAN in einer internen Mail an den Kollegen nebenan – ist das ein
   Problem?  a) ja, immer  b) nein, intern ist alles erlaubt
   c) intern ok, wenn erforderlich – extern nur verschlüsselt

4. Ein Arzt ruft an und möchte wissen, ob seine Patientin bei uns
   versichert ist. Was tun?

5. Darf ich Testdaten aus der Produktion kopieren, wenn ich die Namen
   ändere?

Alle Personen im Quiz sind erfunden.

""" + sig('behrens'))

mail(122, 'C', 'en', 'insurer-to-company',
     'cargo theft claim: named truck driver (employee of the insured company), his statement and the company contact; no injuries',
     'hartwig', [('Claire Donovan', 'c.donovan@hafenlogistik-nord.example')],
     'Cargo claim TR-26-00288 - theft of electronics at rest area Stuckenborstel',
     """Dear Ms Donovan,

thank you for the theft report. We have opened cargo claim TR-26-00288
under your transport policy TR-6610 0041.

From the statement of your driver, Mr Paweł Krawczyk (licence class CE,
employed since 2021), the trailer was broken into during his statutory
rest at the unguarded rest area Stuckenborstel (A1) between 01:30 and
05:00 on 4 September. 46 cartons of notebooks (value according to
invoice 61,820 EUR) are missing.

Before we can decide on cover, we need:
 - the tachograph data for 3-4 September
 - Mr Krawczyk's route plan and the instruction on guarded parking
 - the police report (Polizei Rotenburg)

Mr Krawczyk was not hurt.

Kind regards,
""" + sig('hartwig', 'en') + "\n" + foot('en'))

mail(123, 'N', 'de', 'insurer-to-authority',
     'trap: answer to the supervisory authority\'s IT questionnaire mentioning encryption of health data and outsourcing; no individual',
     'reimers', [('Referat IT-Aufsicht', 'it-aufsicht@finanzaufsicht.example')],
     'Ihr Fragebogen zur IT-Auslagerung vom 03.08.2026 – Hansekontor Versicherungsgruppe',
     """Sehr geehrte Damen und Herren,

zu Ihrem Fragebogen zur IT-Auslagerung nehmen wir wie folgt Stellung:

1. Wesentliche Auslagerungen: Rechenzentrumsbetrieb (Nordhost GmbH,
   Frankfurt), Scan-Dienstleistung Posteingang (ScanWerk GmbH), Druck und
   Versand (PrintHub Ltd., Verarbeitung in der EU).
2. Gesundheitsdaten werden ausschließlich verschlüsselt übertragen und
   gespeichert (AES-256 at rest, TLS 1.3 in transit); die Schlüssel
   verbleiben bei uns (HSM in Bremen).
3. Exit-Strategien liegen für alle wesentlichen Auslagerungen vor und
   wurden für Nordhost im Juni 2026 getestet.
4. Die Bestandsmigration "Leuchtturm" wurde im August abgeschlossen; die
   Altplattform wird bis 30.09.2026 stillgelegt.

Für Rückfragen steht Ihnen Frau Dr. Reimers zur Verfügung.

""" + sig('reimers') + "\n" + foot())

mail(124, 'S', 'de', 'internal',
     'ticket export attached as TXT: a chat transcript in which a customer describes her chemotherapy and asks about wig costs',
     'luehrs', [('Digital Customer Service', 'digital-service@hansekontor.example')],
     'HKX-INC-53310 Chatbot hat Gespräch abgebrochen – Export anbei',
     """Hallo Digital-Team,

zum Ticket HKX-INC-53310 (Chatbot bricht nach 10 Minuten ab) hängt der
Gesprächsexport an, den der Kundenservice mitgeschickt hat. Der Abbruch
passiert genau nach der zweiten Rückfrage, vermutlich Session-Timeout im
Backend. Bitte prüfen; ich habe das Ticket auf euch umgeroutet.

Hinweis: der Export enthält Kundendaten, bitte nach Analyse löschen.

""" + sig('luehrs'),
     atts=[att('chat_export_HKX-INC-53310.txt', """Chat-Export 2026-09-12 20:41 - 20:52, Kanal Web, Kundin eingeloggt
Kundin: Frederike Pundt, KV-6688 0415-01

20:41 Kundin: Hallo, ich bin gerade in der Chemotherapie (Brustkrebs, 4. von 6 Zyklen) und verliere die Haare.
20:41 Bot: Das tut mir leid. Möchten Sie wissen, welche Leistungen Ihr Tarif für Hilfsmittel vorsieht?
20:43 Kundin: Ja, zahlt ihr eine Perücke? Die Onkologin hat eine verordnet, Kostenvoranschlag 690 Euro.
20:44 Bot: Perücken sind in Ihrem Tarif als Hilfsmittel bis 600 EUR erstattungsfähig. Möchten Sie die Verordnung hochladen?
20:47 Kundin: Und die Fahrten zur Chemo ins Klinikum Weserbogen, kann ich die auch einreichen?
20:52 [Sitzung beendet: Timeout]
""".encode('utf-8'), charset='utf-8')])

mail(125, 'N', 'en', 'newsletter',
     'trap: customer travel newsletter about vaccinations, travel pharmacy and travel health insurance; generic',
     'newsletter', [('', 'reise-newsletter@hansekontor.example')],
     'Autumn holidays: vaccinations, travel pharmacy and your cover abroad',
     """Hansekontor Travel Newsletter - September 2026

Autumn holidays are coming. Three tips before you go:

1. Check your vaccinations
   Many destinations in Asia and Africa require or recommend vaccinations
   (hepatitis A, typhoid, yellow fever). Talk to your GP at least six weeks
   before departure. Travel vaccinations are covered in our comprehensive
   health tariffs.

2. Pack a travel pharmacy
   Plasters, painkillers, something against diarrhoea, sun protection and
   your regular medication for the whole trip plus a few days.

3. Travel health insurance
   Statutory health insurance does not pay for repatriation. Our annual
   travel health policy costs from 9.90 EUR per year and includes the
   24/7 emergency hotline +49 421 5550 7777.

Safe travels!
Your Hansekontor travel team

Unsubscribe: https://www.hansekontor.example/newsletter/unsubscribe
""", alt=True)


# --- 0126-0150 ---------------------------------------------------------------

mail(126, 'S', 'en', 'insurer-to-customer',
     'grey: life policy loan for a named policyholder (surrender value, loan amount, interest); no health content but life line',
     'harms', [('Margaret Lindholm', 'margaret.lindholm@webpost.example')],
     'Policy loan on your endowment policy LV-1176 0034',
     """Dear Mrs Lindholm,

thank you for your request of 14 September. We can grant you a policy loan
on your endowment policy LV-1176 0034 as follows:

  surrender value as at 1 October 2026     38,412.60 EUR
  maximum loan (80 %)                      30,730.08 EUR
  requested loan                           25,000.00 EUR
  interest rate                            3.9 % p.a., payable quarterly

The loan does not affect your insurance cover. If the loan is not repaid
by the maturity date (1 December 2034), it will be deducted from the
maturity benefit.

Please sign and return the enclosed loan agreement; we will transfer the
amount within five working days of receipt.

""" + sig('harms', 'en') + "\n" + foot('en'))

mail(127, 'N', 'de', 'internal',
     'trap: decommissioning of the legacy system with counts of archived and deleted health claim records; no individual',
     'wendt', [('Data Office', 'data-office@hansekontor.example')], cc=[('Michael Behrens', P['behrens']['addr'])],
     subject='KOLIBRI abgeschaltet – Archiv- und Löschprotokoll',
     body="""Hallo zusammen,

KOLIBRI ist seit heute 18:00 Uhr aus. Zusammenfassung der letzten Schritte:

  Leistungsfälle KV ins Revisionsarchiv übernommen:   9.412.088
  davon nach Löschkonzept vorher gelöscht:              1.204.511 (> 10 Jahre)
  Partnerdatensätze gelöscht (ohne Vertrag, > 10 J.):     88.320
  Bankverbindungen beendeter Verträge gelöscht:          141.907
  Datenbank-Images: verschlüsselt, Schlüssel im HSM, Vernichtung der
  Platten durch Dienstleister am 02.10. (Zertifikat folgt)

Das vollständige Löschprotokoll liegt im Audit-Share, Hashwert im
Abschlussbericht.

Tobias

""" + sig('wendt'))

mail(128, 'C', 'de', 'insurer-to-customer',
     'personal liability: the named customer\'s son broke a neighbour\'s window; policy and claim number, nobody hurt',
     'koch', [('Christian Meyerholz', 'c.meyerholz@t-netz.example')],
     'Ihr Haftpflichtschaden PH-26-01902 – Fensterscheibe Familie Tönnies',
     """Hallo Herr Meyerholz,

danke für Ihre Schadenmeldung. Wir haben den Schaden unter PH-26-01902 zu
Ihrer Privathaftpflichtversicherung PH-2270 4418 angelegt.

Ihr Sohn Lasse (11) hat beim Fußballspielen im Garten am 19.09. die
Wohnzimmerscheibe Ihrer Nachbarn, Familie Tönnies, Am Lehester Deich 41,
getroffen. Verletzt wurde niemand.

Da Ihr Sohn deliktsfähig ist, übernehmen wir die Kosten für die neue
Scheibe (Angebot Glaserei Hollmann: 842,70 EUR) direkt gegenüber Familie
Tönnies. Sie müssen nichts weiter tun; Ihr Vertrag wird durch diesen
Schaden nicht hochgestuft.

""" + sig('koch') + "\n" + foot())

mail(129, 'N', 'en', 'internal',
     'trap: SOC rule-tuning mail with an IBAN regex and a synthetic, checksum-valid test IBAN; no customer',
     'grant', [('Oliver Grant', P['grant']['addr'])], cc=[('SOC', 'soc@hansekontor.example')],
     subject='DLP rule tuning: IBAN detector false positives',
     body="""Notes to self and SOC,

the outbound DLP rule "IBAN_DE" fired 1,320 times last week, 61 % false
positives (order numbers, tracking IDs). Changes deployed today:

  old:  DE[0-9]{2}\\s?([0-9]{4}\\s?){4}[0-9]{2}
  new:  same pattern + ISO 7064 mod-97 check + exclusion of our own
        collection accounts

Regression test string (synthetic, checksum-valid, no real account):
  DE97 2973 0796 5715 6098 76

Result on last week's traffic: 1,320 -> 498 hits, 0 missed true positives
in the manually labelled sample of 200.

Oliver

""" + sig('grant'))

mail(130, 'S', 'de', 'insurer-to-customer',
     'grey: health insurance premium refund for a claim-free year; named insured and contract, no diagnosis but health line',
     'schumacher', [('Ole Hinsch', 'ole.hinsch@webpost.example')],
     'Gute Nachricht: Beitragsrückerstattung für 2025',
     """Hallo Herr Hinsch,

Sie haben im Kalenderjahr 2025 keine Leistungen aus Ihrer privaten
Krankenversicherung KV-1187 4409-02 in Anspruch genommen. Dafür erhalten
Sie eine Beitragsrückerstattung von drei Monatsbeiträgen:

  3 x 214,80 EUR = 644,40 EUR

Der Betrag wird Ihnen bis Ende Oktober auf Ihr Beitragskonto überwiesen.
Bitte beachten Sie, dass die Rückerstattung bei der Einkommensteuer die
als Sonderausgaben abziehbaren Beiträge mindert; wir melden sie
automatisch an das Finanzamt.

""" + sig('schumacher') + "\n" + foot())

mail(131, 'C', 'en', 'insurer-to-partner',
     'confirmation of buildings insurance to a mortgage bank: named homeowners, property address, sum insured and policy',
     'koch', [('Mortgage Services', 'hypotheken@noordhypotheek.example')],
     'Insurance confirmation (Sicherungsbestätigung) - loan 7700-4412-09, Mr and Mrs de Vries',
     """Dear Sir or Madam,

at the request of our policyholders we confirm the following buildings
insurance in favour of your bank as mortgagee:

  policyholders:   Maarten de Vries and Anouk de Vries-Bakker
  property:        Am Wehrschloss 6, 28309 Bremen (detached house)
  policy:          WG-3341 0915, perils fire, storm/hail, mains water,
                   natural hazards
  sum insured:     value 1914, index-linked (currently 612,000 EUR
                   replacement value)
  premium paid up: until 1 December 2026

We will inform you within one month if the premium is not paid or the
policy is cancelled, and will not pay out compensation for building damage
above 10,000 EUR without your consent.

""" + sig('koch', 'en') + "\n" + foot('en'))

mail(132, 'N', 'en', 'insurer-to-supplier',
     'trap: order for locked shredding containers for the claims departments (medical reports, invoices); no person',
     'dierks', [('Service Desk', 'service@securedestruct.example')],
     'Additional shredding containers, Bremen office, from November',
     """Hello,

please add the following to our service contract SC-2025-0212 from
2 November:

  12 locked 240-litre containers, security level P-4 (DIN 66399)
  locations: 3rd floor (health claims, 8 containers), 5th floor (life
  claims, 4 containers)
  collection: weekly, Thursdays, with certificate of destruction

Background: the health and life claims teams handle printed medical
reports, doctors' invoices and expert opinions that must be destroyed
securely after scanning.

Please confirm prices as per the framework agreement.

""" + sig('dierks', 'en') + "\n" + foot('en'))

mail(133, 'S', 'de', 'internal',
     'HR: severe-disability status (GdB 50) of a named employee for additional leave and the representative for the disabled',
     'vogt', [('Entgeltabrechnung', 'entgelt@hansekontor.example')], cc=[('SBV', 'schwerbehindertenvertretung@hansekontor.example')],
     subject='Schwerbehinderung Herr Kai Wilkens (PNr. 30977) – Zusatzurlaub ab 2026',
     body="""Hallo zusammen,

Herr Kai Wilkens (Schaden Kfz, PNr. 30977) hat uns heute den Bescheid des
Amtes für Versorgung und Integration vorgelegt: GdB 50 ab 14.07.2026,
Merkzeichen keines. Grundlage laut Bescheid ist ein insulinpflichtiger
Diabetes mellitus Typ 1 mit Folgeerkrankung.

Bitte ab sofort berücksichtigen:
- Zusatzurlaub 5 Tage/Jahr, für 2026 anteilig 3 Tage
- Meldung in der Ausgleichsabgabe-Statistik
- besonderer Kündigungsschutz (Vermerk in der Personalakte)

Der Bescheid liegt in der Personalakte, Teil "vertraulich".

Danke
Anja

""" + sig('vogt'))

mail(134, 'N', 'en', 'insurer-to-broker',
     'trap: notice to a broker firm about rotating API client certificates for broker post; no client data',
     'meyer', [('Graham Pike', 'g.pike@thornbury-pike.example')], cc=[('IT Thornbury & Pike', 'it@thornbury-pike.example')],
     subject='Broker post API - client certificate expires 31 October',
     body="""Hi Graham,

a quick technical heads-up: the client certificate your broker software
uses for our broker post API (BiPRO 430.4) expires on 31 October 2026.

Your firm administrator can download the new certificate in the partner
portal under Settings > API access. After installing it, please send a test
request to the sandbox before 28 October; the old certificate will be
revoked on 1 November.

Nothing changes for documents or portfolio rights.

""" + sig('meyer', 'en') + "\n" + foot('en'))

mail(135, 'C', 'de', 'internal',
     'complaint export for the complaints office: XLSX with named customers, contracts (motor/household/liability) and complaint text',
     'osterkamp', [('Beschwerdemanagement', 'beschwerde@hansekontor.example')],
     'Export Beschwerden Q3 Sach/Kfz – wie angefordert',
     """Hallo Beschwerdemanagement,

anbei der Export der Beschwerden Q3 aus dem CRM, gefiltert auf Sach, Kfz
und Haftpflicht (Leben/KV bewusst nicht enthalten – die bekommt ihr über
die eigene Strecke).

27 Beschwerden, davon 5 an die Ombudsfrau weitergeleitet.

Gruß
Malte

""" + sig('osterkamp'),
     atts=[att('Beschwerden_Q3_2026_Sach_Kfz.xlsx', xlsx([
         ('Q3', [
             ['Nr.', 'Eingang', 'Kunde', 'Vertrag', 'Sparte', 'Thema', 'Status'],
             ['BS-2026-0512', '2026-07-03', 'Yusuf Arslan', 'KF-5533 6071', 'Kfz', 'Restwert zu niedrig angesetzt', 'abgeschlossen'],
             ['BS-2026-0530', '2026-07-11', 'Birger Thormählen', 'HR-7748 1102', 'Hausrat', 'Entschädigungsgrenze E-Bike nicht bekannt', 'Ombudsfrau'],
             ['BS-2026-0544', '2026-07-19', 'Jana Ostendorf', 'RS-3388 0917', 'Rechtsschutz', 'Selbstbeteiligung', 'abgeschlossen'],
             ['BS-2026-0571', '2026-08-02', 'Horst Dannemann', 'WG-3297 4456', 'Wohngebäude', 'Mahnung trotz Zahlung', 'abgeschlossen'],
             ['BS-2026-0603', '2026-08-21', 'Leonie Bischoff', 'KF-5544 7120', 'Kfz', 'SF-Übertragung dauerte zu lange', 'offen'],
         ]),
     ], author='Malte Osterkamp', created='2026-10-14T08:20:00Z'))])

mail(136, 'S', 'en', 'insurer-to-lawyer',
     'critical illness claim rejection explained to the insured\'s lawyer: myocardial infarction criteria, troponin, ECG findings',
     'harms', [('Victoria Ashcombe', 'v.ashcombe@ashcombe-legal.example')],
     'Your client Mr Robert Kinnear - critical illness claim LV-1258 0771',
     """Dear Ms Ashcombe,

thank you for your letter of 2 October on behalf of Mr Robert Kinnear.

We have reviewed the claim under his critical illness policy LV-1258 0771
again with our chief medical officer. The policy definition of "heart
attack" requires a rise of cardiac biomarkers together with new
characteristic ECG changes (new pathological Q waves) or imaging evidence
of new loss of viable myocardium.

According to the discharge report of Klinikum Weserbogen of 18 June 2026,
Mr Kinnear was admitted with chest pain; troponin was slightly raised
(peak 64 ng/l), the ECG showed no new changes and the cardiac MRI showed
no scar. The final diagnosis was myocarditis following a viral infection
(I40.0), not a myocardial infarction.

We therefore have to maintain our decision. Mr Kinnear's other benefits
(premium waiver during incapacity) remain unaffected.

""" + sig('harms', 'en') + "\n" + foot('en'))

mail(137, 'N', 'en', 'internal',
     'trap: release note of a BI dashboard "claims expenditure by diagnosis group"; aggregates, small cells suppressed',
     'yilmaz', [('BI users', 'bi-users@hansekontor.example')],
     'New dashboard: health claims expenditure by diagnosis group',
     """Hi everyone,

the new dashboard "Leistungsausgaben nach Diagnosegruppe" is live in the BI
portal (folder Leistung KV > Steuerung).

What you get:
 - expenditure and number of claims by ICD-10 chapter and 3-character
   group, monthly since 2023
 - comparison by tariff and age band
 - drill-down stops at groups with fewer than 20 insured persons
   (shown as "< 20")

No individual claims and no names are visible; the underlying mart has the
role BI_READ. Questions and wishes: bi@hansekontor.example

Fatma

""" + sig('yilmaz', 'en'), charset='utf-8')

mail(138, 'C', 'en', 'insurer-to-supplier',
     'test vendor is told its test report contains production customers: quoted names, birth dates and motor policies; deletion requested',
     'abeling', [('Rahul Mehta', 'rahul.mehta@qtp.example')], cc=[('Michael Behrens', P['behrens']['addr'])],
     subject='URGENT: production data in your test report R26.4 - please delete',
     body="""Hi Rahul,

your test report for release R26.4 (page 7, defect PORTAL-1188) contains
screenshots with real customer data, not our synthetic test customers:

  Tarek Haddad, born 19.06.1992, motor policy KF-5540 0087
  Leonie Bischoff, born 28.09.2001, motor policy KF-5544 7120

It seems your tester logged into the production portal instead of T2 to
reproduce the defect. Please

 1. delete the report and all copies (including e-mail and Jira
    attachments) by tomorrow 12:00,
 2. confirm the deletion in writing,
 3. tell us who had access to the report.

We will send a corrected template. Our DPO is in copy.

Kerstin

""" + sig('abeling', 'en'))

mail(139, 'N', 'de', 'insurer-to-customer',
     'trap: school information letter on child accident insurance with example injuries; addressed to a parents\' council, no child named',
     'unfall', [('Elternrat Grundschule am Pfälzer Weg', 'elternrat@gs-pfaelzer-weg.example')],
     'Infoabend Kinderunfallversicherung – Unterlagen für den Elternbrief',
     """Sehr geehrte Damen und Herren des Elternrats,

vielen Dank für die Einladung zum Infoabend am 05.11. Wie gewünscht hier
die Stichpunkte für Ihren Elternbrief:

- Die gesetzliche Schülerunfallversicherung gilt nur in der Schule und auf
  dem Schulweg. Die meisten Kinderunfälle passieren aber in der Freizeit.
- Typische Freizeitunfälle: Armbruch beim Klettern, Zahnverlust beim
  Radfahren, Sehnenverletzungen beim Fußball.
- Eine private Kinderunfallversicherung zahlt bei bleibenden Schäden eine
  Invaliditätsleistung, z. B. für Umbauten oder Therapien.
- Unsere Kinderunfallversicherung gibt es ab 6,90 EUR im Monat.

Am Infoabend beantworte ich gern allgemeine Fragen; persönliche Beratung
gibt es nur auf Wunsch und nicht vor Ort.

""" + sig('unfall') + "\n" + foot())

mail(140, 'N', 'en', 'internal',
     'trap: Data Office OKRs for Q4 with targets like "0 placeholder birth dates" and "100 % masked IBANs in BI"; no person',
     'reimers', [('Data Office', 'data-office@hansekontor.example')],
     'Data Office OKRs Q4 2026',
     """Hi team,

here are our OKRs for Q4, as discussed in Monday's offsite:

O1  Data quality is no longer a migration topic but a daily routine
    KR1  records with placeholder birth date: 233 -> 0
    KR2  contracts with invalid IBAN checksum: 1,412 -> < 200
    KR3  health claims without ICD code: 4.1 % -> < 2 %

O2  Sensitive data is protected by default
    KR1  100 % of BI views with masked IBAN and age band instead of
         birth date
    KR2  secure mail gateway false positive rate < 5 %
    KR3  all DATA-REQ tickets answered within 5 working days

O3  Analytics with trust
    KR1  DPIA for the triage model signed off
    KR2  model cards for all production models

Let's go!
Jana

""" + sig('reimers', 'en'))

mail(141, 'C', 'de', 'insurer-to-customer',
     'body harmless; attached PDF is a tax certificate with the named customer\'s tax ID and paid motor/liability premiums',
     'noreply', [('Sven Ahlborn', 'sven.ahlborn@kundenmail.example')],
     'Ihre Beitragsbescheinigung 2025 (Zweitschrift)',
     """Guten Tag Herr Ahlborn,

wie telefonisch gewünscht erhalten Sie anbei noch einmal Ihre
Beitragsbescheinigung für das Jahr 2025 für Ihre Steuererklärung.
Bitte bewahren Sie das Dokument gut auf.

Ihre Hansekontor Versicherung

Hansekontor Allgemeine Versicherung AG, Am Speicherhafen 12, 28217 Bremen
Diese E-Mail wurde automatisch erstellt.
""", charset='utf-8', cte='quoted-printable',
     atts=[att('Beitragsbescheinigung_2025_Zweitschrift.pdf', pdf([
         '# Beitragsbescheinigung für das Kalenderjahr 2025 - Zweitschrift',
         'Hansekontor Allgemeine Versicherung AG',
         '',
         'Versicherungsnehmer: Sven Ahlborn, Rockwinkeler Landstraße 90, 28355 Bremen',
         'Steuerliche Identifikationsnummer: 57 149 302 186',
         '',
         'Vertrag | Sparte | gezahlte Beiträge 2025',
         'KF-5529 1184 | Kfz-Haftpflicht (Anteil) | 318,44 EUR',
         'PH-2287 6620 | Privathaftpflicht | 74,90 EUR',
         '',
         'Die Beiträge können als sonstige Vorsorgeaufwendungen (§ 10 Abs. 1 Nr. 3a EStG) geltend gemacht werden.',
         'Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.',
     ], title='Beitragsbescheinigung 2025', date='20261102060000', compress=False))])

mail(142, 'N', 'de', 'insurer-to-customer',
     'grey: named prospect but no contract; generic model calculation for supplementary care insurance; no birth date, no health data of the prospect',
     'schumacher', [('Petra Gerken', 'petra.gerken@webpost.example')],
     'AW: Pflegezusatzversicherung – was kostet das?',
     """Hallo Frau Gerken,

gern gebe ich Ihnen einen ersten Eindruck. Eine Modellrechnung für unseren
Tarif PflegePlus (Pflegemonatsgeld 1.500 EUR in Pflegegrad 5, gestaffelt
nach Pflegegrad):

  Eintrittsalter 35: 24,10 EUR monatlich
  Eintrittsalter 45: 38,60 EUR monatlich
  Eintrittsalter 55: 67,20 EUR monatlich

Vor Vertragsabschluss stellen wir einige Gesundheitsfragen (z. B. nach
bestehender Pflegebedürftigkeit, Demenz oder Parkinson). Ein persönliches
Angebot erhalten Sie über unseren Online-Rechner oder im Gespräch mit
Ihrem Vermittler.

""" + sig('schumacher') + "\n" + foot())

mail(143, 'S', 'en', 'internal',
     'DLP alert: an employee forwarded a claims letter to a private address; the mail quotes the diagnosis and member data from the letter',
     'grant', [('Michael Behrens', P['behrens']['addr'])], cc=[('Anja Vogt', P['vogt']['addr'])],
     subject='DLP alert 2026-11-04: claims letter forwarded to private webmail',
     body="""Michael, Anja,

the DLP engine caught (and blocked) a forward yesterday at 19:12 from an
employee account in health claims to a private webmail address. The mail
was not delivered. Excerpt from the blocked content:

  > Sehr geehrter Herr Poppe, Versicherungsnummer KV-3356 7712-01,
  > die Kosten der Laservaporisation der Prostata (N40, OPS 5-601.42)
  > im Klinikum Weserbogen übernehmen wir ...

The employee says she wanted to "finish it at home". As nothing left the
company, this is not a reportable breach in my view, but it is an HR and
training topic. Details and the employee's name are in case file
DLP-2026-0311 (access restricted to you two).

Oliver

""" + sig('grant'))

mail(144, 'C', 'de', 'insurer-to-customer',
     'legal expenses advice cover for family law (divorce) of the named insured; policy and claim number',
     'kuhlmann', [('Nicole Wessels', 'nicole.wessels@mailbox-nord.example')],
     'Beratungsrechtsschutz Familienrecht – Ihr Zeichen, unser Schaden RS-26-04471',
     """Sehr geehrte Frau Wessels,

Ihr Vertrag RS-3402 1158 umfasst Beratungsrechtsschutz im Familien- und
Erbrecht. Für eine anwaltliche Erstberatung zu Ihrer geplanten Scheidung
(Trennung seit 01.10.2025) übernehmen wir die Kosten bis 250 EUR.

Bitte beachten Sie: Die Vertretung im Scheidungsverfahren selbst sowie die
Regelung von Unterhalt und Zugewinn vor Gericht ist nicht versichert. Ihre
Anwältin kann die Beratung direkt mit uns unter der Schadennummer
RS-26-04471 abrechnen.

""" + sig('kuhlmann') + "\n" + foot(), charset='windows-1252')

mail(145, 'N', 'mixed', 'internal',
     'trap: weekly stand-up notes of data engineering (German/English): PII scanner results in counts, masking tasks; no data',
     'osterkamp', [('Data Engineering', 'data-engineering@hansekontor.example')],
     'Stand-up notes KW 46',
     """Moin team, notes from today:

- PII scanner over all BI schemas: 0 unmasked IBANs (last week 3 views),
  2 views still expose geburtsdatum -> Fatma fixes by Friday
- leika_daily stabil seit 3 Wochen, no quarantine rows since the varchar fix
- Triage model retraining: feature store migration done, Priya starts
  training run on Monday
- DQ-021 (Platzhalter-Geburtsdatum): 233 -> 17 remaining, all with
  customer letters pending
- Holiday planning: bitte Urlaube für Dezember bis Freitag ins Teams-Board

Next stand-up Thursday, 09:15.

Malte

""" + sig('osterkamp'))

mail(146, 'S', 'de', 'insurer-to-hospital',
     'DRG invoice query to a hospital for a named patient: stroke diagnosis, ventilation hours, coding dispute',
     'thoelke', [('Medizincontrolling Klinikum Weserbogen', 'medizincontrolling@klinikum-weserbogen.example')],
     'Rechnungsprüfung Fall 2026-117734 – Herr Werner Hagedorn, geb. 29.11.1944',
     """Sehr geehrte Damen und Herren,

zur Rechnung vom 28.10.2026 über die stationäre Behandlung von

  Herrn Werner Hagedorn, geb. 29.11.1944, Vers.-Nr. KV-5571 0384-01
  Aufenthalt 02.10.–21.10.2026, DRG B70B, Rechnungsbetrag 14.882,36 EUR

haben wir eine Rückfrage. Kodiert ist als Hauptdiagnose ein Hirninfarkt
durch Thrombose zerebraler Arterien (I63.3) mit 31 Beatmungsstunden. Aus dem
Entlassungsbericht ergibt sich eine nicht-invasive Beatmung nur in der
Nacht vom 03. auf den 04.10. (ca. 9 Stunden) bei bekannter Parkinson-
Erkrankung (G20.10).

Bitte senden Sie uns das Beatmungsprotokoll, damit wir die Abrechnung
abschließen können. Den unstrittigen Betrag von 12.410,00 EUR haben wir
bereits angewiesen.

""" + sig('thoelke') + "\n" + foot())

mail(147, 'N', 'en', 'insurer-to-partner',
     'trap: reinsurance renewal meeting invitation (ICS) with agenda items on pandemic exclusion and mental-health claims trend',
     'lindqvist', [('Baltic Re Bremen Desk', 'bremen-desk@balticre.example')],
     'Renewal meeting 2027 treaties - 3 December, Bremen',
     """Dear colleagues,

we look forward to welcoming you for the renewal meeting of our 2027
treaties:

  Thursday, 3 December 2026, 10:00-15:00, Hansekontor, room Kaje (4.01)

Agenda
 1. Health quota share: results 2026, trend in mental-health claims
    (chapter F), new dental tariffs
 2. Life surplus treaty: BU claims experience, retention increase
 3. Property XL: large losses 2026 (farm fire, storm "Hella")
 4. Wording: pandemic exclusion, cyber clause
 5. Lunch

Calendar invitation attached.

""" + sig('lindqvist') + "\n" + foot('en'),
     atts=[att('Renewal_2027_BalticRe.ics', ics('renewal-2027-balticre@hansekontor.example',
           '20261203T100000', '20261203T150000', 'Renewal meeting 2027 treaties (Baltic Re)',
           'Hansekontor, Raum Kaje (4.01), Bremen', 'Agenda see invitation mail.',
           ('Eva Lindqvist', P['lindqvist']['addr']), [('Baltic Re Bremen Desk', 'bremen-desk@balticre.example')]))])

mail(148, 'C', 'en', 'insurer-to-customer',
     'motor renewal for a named English-speaking customer after an at-fault claim: SF class downgrade and new premium',
     'pieper', [('James Whitfield', 'james.whitfield@webpost.example')],
     'Your motor insurance from 1 January 2027 - policy KF-5537 2209',
     """Dear Mr Whitfield,

as requested on the phone, here is the explanation of your new premium in
English.

Because of the at-fault claim of 3 June 2026 (rear-end collision in
Oberneuland, claim KS-26-009914, nobody injured), your no-claims class
changes on 1 January 2027:

                       2026         2027
  third-party SF       SF 8         SF 4
  comprehensive SF     SF 7         SF 3
  annual premium       598.40 EUR   811.70 EUR

You can avoid the downgrade by repaying us the third-party claim amount
(2,946.18 EUR) within six months after this notice. Let us know if you
would like us to calculate the comprehensive part as well.

Kind regards,
Jörg Pieper
Motor Claims, Hansekontor Allgemeine Versicherung AG

""" + foot('en'))

mail(149, 'S', 'de', 'insurer-to-customer',
     'grey: start of a private pension: named customer, tax ID, monthly pension and bank; life line, no health data; PDF attached',
     'harms', [('Dieter Rohlfs', 'dieter.rohlfs@t-netz.example')],
     'Ihr Rentenbeginn am 01.12.2026 – Vertrag LV-1102 6630',
     """Sehr geehrter Herr Rohlfs,

am 01.12.2026 beginnt die Rentenzahlung aus Ihrer privaten Rentenversicherung
LV-1102 6630. Die Rentenmitteilung mit allen Einzelheiten finden Sie im
Anhang.

Die wichtigsten Eckdaten:
  garantierte Monatsrente:        612,40 EUR
  Überschussrente (nicht garantiert): 48,90 EUR
  Zahlung jeweils zum Monatsersten auf Ihr Konto
  DE21 4478 7779 3700 9408 56

Die Rente ist mit dem Ertragsanteil steuerpflichtig; wir melden sie unter
Ihrer Steuer-Identifikationsnummer an die zentrale Zulagenstelle.

Alles Gute für den Ruhestand!

""" + sig('harms') + "\n" + foot(), charset='windows-1252',
     atts=[att('Rentenmitteilung_LV-1102-6630.pdf', pdf([
         '# Rentenmitteilung',
         'Hansekontor Lebensversicherung AG',
         '',
         'Versicherungsnehmer und versicherte Person: Dieter Rohlfs, geb. 30.11.1961',
         'Steuer-ID: 81 604 227 935',
         'Vertrag: LV-1102 6630 (private Rentenversicherung, Tarif R2005)',
         'Rentenbeginn: 01.12.2026, Rentengarantiezeit 10 Jahre',
         'garantierte Monatsrente: 612,40 EUR; Überschussrente 48,90 EUR',
         'Ertragsanteil (§ 22 EStG): 22 %',
         'Bankverbindung: DE21 4478 7779 3700 9408 56',
     ], title='Rentenmitteilung LV-1102 6630', date='20261120080000'))])

mail(150, 'C', 'de', 'insurer-to-customer',
     'household cancellation because of emigration: named customer, new address abroad, refund to a Danish IBAN',
     'schumacher', [('Lars Thomsen', 'lars.thomsen@webpost.example')],
     'Bestätigung Ihrer Kündigung – Hausratversicherung HR-7741 0067',
     """Sehr geehrter Herr Thomsen,

wir bestätigen die Beendigung Ihrer Hausratversicherung HR-7741 0067 zum
30.11.2026 wegen Ihres Umzugs nach Dänemark.

  neue Anschrift:   Vestergade 14, 2. th., 8000 Aarhus C, Dänemark
  Beitragserstattung für Dezember 2026 bis Februar 2027: 31,65 EUR
  Erstattung auf:   DK43 5301 0004 4258 71 (Lars Thomsen)

Ihre Privathaftpflichtversicherung PH-2291 0442 läuft wie gewünscht weiter;
sie gilt auch bei einem Wohnsitz in der EU. Wir senden Ihnen Post künftig an
die neue Anschrift.

Wir wünschen Ihnen einen guten Start in Aarhus!

""" + sig('schumacher') + "\n" + foot())


if __name__ == '__main__':
    main()
