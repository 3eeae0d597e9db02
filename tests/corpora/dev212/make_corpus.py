#!/usr/bin/env python3
"""Independent labelled mail corpus d212 for the Siegel classifier.

Fictitious outgoing mail of the "Lindenhof Versicherung AG" (Kassel), 150
messages, each written on its own in the section MAILS below.  Python standard
library only.  Deterministic: a rerun gives byte-identical files.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds into a temp dir, compares, parses
"""

import csv
import datetime as _dt
import email
import email.policy
import email.utils
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from email.message import EmailMessage
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as _xesc

PREFIX = "d212"
DOMAIN = "lindenhof-versicherung.example"
SMTP = email.policy.SMTP

# --------------------------------------------------------------------------
# small helpers: dates, IBANs
# --------------------------------------------------------------------------

def _offset(d):
    # CET/CEST 2026: summer time from 29 March 02:00 to 25 October 03:00
    start = _dt.datetime(2026, 3, 29, 2, 0)
    end = _dt.datetime(2026, 10, 25, 3, 0)
    return 2 if start <= d < end else 1


def when(s):
    """'2026-03-14 09:12' -> aware datetime in German local time."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    tz = _dt.timezone(_dt.timedelta(hours=_offset(d)))
    return d.replace(tzinfo=tz)


def datehdr(s):
    return email.utils.format_datetime(when(s))


def iban(country, bban, grouped=True):
    """Return an IBAN with correct ISO 7064 check digits."""
    def num(x):
        return "".join(str(int(c, 36)) for c in x)
    check = 98 - int(num(bban + country + "00")) % 97
    s = "%s%02d%s" % (country, check, bban)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

# --------------------------------------------------------------------------
# staff, signatures and footers (the only shared texts)
# --------------------------------------------------------------------------

STAFF = {}


def _staff(key, name, local, sig):
    STAFF[key] = {"name": name, "addr": "%s@%s" % (local, DOMAIN),
                  "sig": sig.strip("\n")}


_staff("oberlaender", "Katrin Oberländer", "katrin.oberlaender", """
Mit freundlichen Grüßen

Katrin Oberländer
Schadenservice Hausrat / Wohngebäude
Lindenhof Versicherung AG
Am Lindenhof 12, 34117 Kassel
Telefon 0561 7098-4412
""")
_staff("pohlmann", "Jens Pohlmann", "jens.pohlmann", """
Freundliche Grüße
Jens Pohlmann

Lindenhof Versicherung AG | Schadenregulierung Haftpflicht
Tel. 0561 7098-4630 | Fax 0561 7098-4699
""")
_staff("demirci", "Aylin Demirci", "aylin.demirci", """
Viele Grüße
Aylin Demirci
Kundenservice
Lindenhof Versicherung AG
Tel. 0800 7098 000 (kostenfrei)
""")
_staff("veith", "Dr. Markus Veith", "markus.veith", """
Mit freundlichen Grüßen

Dr. med. Markus Veith
Beratungsarzt, Leistungsprüfung Krankenversicherung
Lindenhof Krankenversicherung a.G. | Am Lindenhof 12 | 34117 Kassel
Telefon 0561 7098-5120
""")
_staff("kraemer", "Sabine Krämer-Lutz", "sabine.kraemer-lutz", """
Mit freundlichen Grüßen
Sabine Krämer-Lutz
Leistung Leben / Berufsunfähigkeit
Lindenhof Lebensversicherung AG
Telefon 0561 7098-5310
""")
_staff("brandauer", "Thomas Brandauer", "thomas.brandauer", """
Gruß
Thomas Brandauer
Kfz-Schaden | Lindenhof Versicherung AG
0561 7098-4210
""")
_staff("mcallister", "Fiona McAllister", "fiona.mcallister", """
Kind regards,

Fiona McAllister
International Client Services
Lindenhof Versicherung AG | Am Lindenhof 12 | 34117 Kassel | Germany
Phone +49 561 7098-4800
""")
_staff("gruenewald", "Oliver Grünewald", "oliver.gruenewald", """
Beste Grüße
Oliver Grünewald
Maklerbetreuung Nord
Lindenhof Versicherung AG
Mobil 0171 5550 213
""")
_staff("sasse", "Henrike Sasse", "henrike.sasse", """
Henrike Sasse
Datenschutzbeauftragte
Lindenhof Versicherungsgruppe
datenschutz@lindenhof-versicherung.example | 0561 7098-1190
""")
_staff("behrendt", "Lukas Behrendt", "lukas.behrendt", """
--
Lukas Behrendt
IT-Betrieb Messaging
Lindenhof Versicherung AG, Kassel
Tel. -1733
""")
_staff("holtkamp", "Dagmar Holtkamp", "dagmar.holtkamp", """
Mit freundlichen Grüßen

Dagmar Holtkamp
Leistungsservice Pflege
Lindenhof Krankenversicherung a.G.
Telefon 0561 7098-5440
""")
_staff("abendroth", "Nils Abendroth", "nils.abendroth", """
Mit freundlichen Grüßen
Nils Abendroth
Leistung Unfallversicherung
Lindenhof Versicherung AG
Tel. 0561 7098-4780
""")
_staff("raman", "Priya Raman", "priya.raman", """
Best,
Priya Raman
Reinsurance & Capital Modelling
Lindenhof Versicherung AG
""")
_staff("wiegand", "Carsten Wiegand", "carsten.wiegand", """
Mit freundlichen Grüßen

Carsten Wiegand
Rechtsschutz-Schadenservice
Lindenhof Rechtsschutz AG
Telefon 0561 7098-4950
""")
_staff("vogt", "Elena Vogt", "elena.vogt", """
Elena Vogt
Travel Insurance & Assistance | Reiseversicherung
Lindenhof Versicherung AG
24h hotline +49 561 7098-7000
""")
_staff("schoettler", "Martin Schöttler", "martin.schoettler", """
Mit freundlichen Grüßen
Martin Schöttler
Firmenkunden Sach / Betriebsunterbrechung
Lindenhof Versicherung AG | Tel. 0561 7098-4520
""")
_staff("fleischhauer", "Ute Fleischhauer", "ute.fleischhauer", """
Ute Fleischhauer
Unternehmenskommunikation / Pressestelle
Lindenhof Versicherungsgruppe
Tel. 0561 7098-1020 | presse@lindenhof-versicherung.example
""")
_staff("anders", "Birgit Anders", "birgit.anders", """
Mit freundlichen Grüßen

Birgit Anders
Beitragsservice / Inkasso
Lindenhof Versicherung AG
""")
_staff("kettler", "Jonas Kettler", "jonas.kettler", """
Viele Grüße
Jonas Kettler
Betriebliche Altersversorgung
Lindenhof Lebensversicherung AG
Tel. 0561 7098-5360
""")
_staff("maass", "Gregor Maaß", "gregor.maass", """
Gregor Maaß
Einkauf & Facility Management
Lindenhof Versicherung AG
""")
_staff("thornton", "Rebecca Thornton", "rebecca.thornton", """
Best regards
Rebecca Thornton
Property & Liability Claims (English desk)
Lindenhof Versicherung AG
+49 561 7098-4466
""")
_staff("yilmaz", "Deniz Yılmaz", "deniz.yilmaz", """
Viele Grüße
Deniz Yılmaz
Schadenservice Hausrat / Wohngebäude
Lindenhof Versicherung AG
Telefon 0561 7098-4418
""")
_staff("hartung", "Felix Hartung", "felix.hartung", """
Felix Hartung
Aktuariat Schaden/Unfall
Lindenhof Versicherung AG
""")

_staff("korte", "Dr. Jana Korte", "jana.korte", """
Dr. Jana Korte
Risikoprüfung Leben / BU
Lindenhof Lebensversicherung AG
Tel. 0561 7098-5250
""")


def sig(key):
    return STAFF[key]["sig"]


def fn(name, addr):
    """'Name <addr>'; the name is quoted when it holds specials such as '.'."""
    if re.search(r'[()<>@,;:\\".\[\]]', name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def who(key):
    """'Name <addr>' for a staff member."""
    return fn(STAFF[key]["name"], STAFF[key]["addr"])


FOOTER_DE = """\
--
Lindenhof Versicherung AG | Am Lindenhof 12 | 34117 Kassel
Vorstand: Dr. Hanna Rethmeier (Vors.), Bernd Kuhlmann, Sevgi Arslan
Vorsitzender des Aufsichtsrats: Prof. Dr. Wolfram Eckhoff
Sitz Kassel, Amtsgericht Kassel HRB 19077"""

FOOTER_EN = """\
--
Lindenhof Versicherung AG, Am Lindenhof 12, 34117 Kassel, Germany.
Registered at Amtsgericht Kassel, HRB 19077. Management board: Dr. Hanna
Rethmeier (chair), Bernd Kuhlmann, Sevgi Arslan.
This e-mail may contain confidential information. If you are not the
intended recipient, please notify the sender and delete this e-mail."""

DISCLAIMER_DE = """\
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender und
löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser E-Mail sind nicht gestattet."""

# --------------------------------------------------------------------------
# deterministic ZIP-based files: ZIP, XLSX, DOCX, ODT, ODS
# --------------------------------------------------------------------------

def _zip(members, stamp=(2026, 1, 2, 9, 0, 0), stored_first=False):
    """members: list of (name, bytes|str). Deterministic ZIP bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=stamp)
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


def make_zip(members, stamp=(2026, 1, 2, 9, 0, 0)):
    return _zip(members, stamp)


def _x(s):
    return _xesc(str(s))


def _iso(s):
    return when(s).astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _core(title, author, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(author), _x(author), _iso(created), _iso(created)))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author="Lindenhof Versicherung AG", created="2026-01-02 09:00", title=""):
    """sheets: list of (sheetname, rows); rows: list of lists (str, int, float, None)."""
    stamp = when(created).timetuple()[:6]
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(len(sheets)):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wbrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    members = []
    for i, (name, rows) in enumerate(sheets):
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i + 1, i + 1))
        wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
        sx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows):
            sx.append('<row r="%d">' % (r + 1))
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r + 1)
                if v is None or v == "":
                    continue
                if isinstance(v, bool) or not isinstance(v, (int, float)):
                    sx.append('<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>'
                              % (ref, ' s="1"' if r == 0 else "", _x(v)))
                else:
                    sx.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
            sx.append('</row>')
        sx.append('</sheetData></worksheet>')
        members.append(("xl/worksheets/sheet%d.xml" % (i + 1), "".join(sx)))
    n = len(sheets)
    wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    wbrels.append('</Relationships>')
    wb.append('</sheets></workbook>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>')
    allm = ([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels),
             ("xl/workbook.xml", "".join(wb)), ("xl/_rels/workbook.xml.rels", "".join(wbrels)),
             ("xl/styles.xml", styles)] + members +
            [("docProps/core.xml", _core(title, author, created)), ("docProps/app.xml", app)])
    return _zip(allm, stamp)


def _docx_para(p):
    if isinstance(p, (list, tuple)):
        # table
        out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>'
               '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>']
        for row in p:
            out.append('<w:tr>')
            for cell in row:
                out.append('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(cell))
            out.append('</w:tr>')
        out.append('</w:tbl><w:p/>')
        return "".join(out)
    if p.startswith("# "):
        return ('<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr>'
                '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[2:]))
    if p == "":
        return '<w:p/>'
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p)


def docx(paras, author="Lindenhof Versicherung AG", created="2026-01-02 09:00", title=""):
    """paras: list of str ('# ' = heading, '' = empty) or list-of-rows (table)."""
    stamp = when(created).timetuple()[:6]
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    body = "".join(_docx_para(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>' % body)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                 ("docProps/core.xml", _core(title, author, created)), ("docProps/app.xml", app)], stamp)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(kind, inner, author, created, title):
    stamp = when(created).timetuple()[:6]
    mime = "application/vnd.oasis.opendocument.%s" % kind
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '</office:meta></office:document-meta>'
            % (_ODF_NS, _x(title), _x(author), _x(author),
               when(created).strftime("%Y-%m-%dT%H:%M:%S"), when(created).strftime("%Y-%m-%dT%H:%M:%S")))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2"><office:body>%s</office:body>'
               '</office:document-content>' % (_ODF_NS, inner))
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content), ("meta.xml", meta)], stamp, stored_first=True)


def odt(paras, author="Lindenhof Versicherung AG", created="2026-01-02 09:00", title=""):
    out = []
    for p in paras:
        if isinstance(p, (list, tuple)):
            out.append('<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>' % len(p[0]))
            for row in p:
                out.append('<table:table-row>')
                for cell in row:
                    out.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(cell))
                out.append('</table:table-row>')
            out.append('</table:table>')
        elif p.startswith("# "):
            out.append('<text:h text:outline-level="2">%s</text:h>' % _x(p[2:]))
        else:
            out.append('<text:p>%s</text:p>' % _x(p))
    return _odf("text", "<office:text>%s</office:text>" % "".join(out), author, created, title)


def ods(sheets, author="Lindenhof Versicherung AG", created="2026-01-02 09:00", title=""):
    out = []
    for name, rows in sheets:
        out.append('<table:table table:name="%s">' % _x(name))
        for row in rows:
            out.append('<table:table-row>')
            for v in row:
                if v is None or v == "":
                    out.append('<table:table-cell/>')
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    out.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            out.append('</table:table-row>')
        out.append('</table:table>')
    return _odf("spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(out), author, created, title)

# --------------------------------------------------------------------------
# PDF with a real text layer (Helvetica, WinAnsiEncoding, FlateDecode)
# --------------------------------------------------------------------------

def _pdfstr(s):
    b = s.encode("cp1252")  # strict: every PDF text must fit WinAnsiEncoding
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def pdf(lines, title="", author="Lindenhof Versicherung AG", created="2026-01-02 09:00",
        producer="Lindenhof DMS Druckausgabe 4.2"):
    """lines: list of str. '# ' = bold heading, '' = blank line, '~ ' = small print."""
    items = []
    for ln in lines:
        if ln.startswith("# "):
            items.append(("F2", 12, ln[2:]))
        elif ln.startswith("~ "):
            for w in _wrap(ln[2:], 120):
                items.append(("F1", 7, w))
        else:
            for w in _wrap(ln, 95):
                items.append(("F1", 10, w))
    pages, cur, y = [], [], 800
    for font, size, text in items:
        lead = size + 4
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= lead
        cur.append((font, size, y, text))
    pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    nxt = 6
    for pg in pages:
        ops = []
        for font, size, yy, text in pg:
            if text == "":
                continue
            ops.append(b"BT /" + font.encode() + b" " + str(size).encode() + b" Tf 56 "
                       + str(yy).encode() + b" Td " + _pdfstr(text) + b" Tj ET")
        raw = b"\n".join(ops) + b"\n"
        comp = zlib.compress(raw, 9)
        cid, pid = nxt, nxt + 1
        nxt += 2
        objs[cid] = (b"<< /Length " + str(len(comp)).encode() + b" /Filter /FlateDecode >>\nstream\n"
                     + comp + b"\nendstream")
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                     + str(cid).encode() + b" 0 R >>")
        kids.append(pid)
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count " + str(len(kids)).encode() + b" >>")
    d = when(created)
    off = d.utcoffset().seconds // 3600
    pdate = d.strftime("D:%Y%m%d%H%M%S") + "+%02d'00'" % off
    objs[5] = (b"<< /Title " + _pdfstr(title) + b" /Author " + _pdfstr(author) + b" /Producer "
               + _pdfstr(producer) + b" /CreationDate (" + pdate.encode() + b") /ModDate ("
               + pdate.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return bytes(out)


def pdf_text(data):
    """Extract the text shown with Tj from our own (and similar simple) PDFs."""
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n", data, re.S):
        start = m.end()
        end = data.find(b"endstream", start)
        raw = data[start:end].rstrip(b"\r\n")
        if b"/FlateDecode" in m.group(1):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            t = re.sub(rb"\\(.)", rb"\1", s.group(1)).decode("cp1252", "replace")
            texts.append(t)
    return "\n".join(texts)

# --------------------------------------------------------------------------
# ICS
# --------------------------------------------------------------------------

def ics(uid, start, end, summary, location="", description="", organizer=None, attendees=(),
        stamp="2026-01-02 09:00", method="REQUEST"):
    def t(s):
        return when(s).strftime("%Y%m%dT%H%M%S")

    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 74:
            return line
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 73:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n".join(out)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
         "VERSION:2.0", "METHOD:%s" % method,
         "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
         "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
         "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
         "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:%s" % uid,
         "DTSTAMP:%s" % when(stamp).astimezone(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
         "DTSTART;TZID=W. Europe Standard Time:%s" % t(start),
         "DTEND;TZID=W. Europe Standard Time:%s" % t(end),
         "SUMMARY:%s" % esc(summary)]
    if location:
        L.append("LOCATION:%s" % esc(location))
    if description:
        L.append("DESCRIPTION:%s" % esc(description))
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for name, addr in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (name, addr))
    L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(x) for x in L) + "\r\n").encode("utf-8")

# --------------------------------------------------------------------------
# message builder
# --------------------------------------------------------------------------

_CUR = [0]


class Att:
    """An attachment: data bytes (or str for text types), MIME type, filename."""

    def __init__(self, filename, data, mtype, charset=None, inline=False, cte=None):
        self.filename, self.data, self.mtype = filename, data, mtype
        self.charset, self.inline, self.cte = charset, inline, cte


MT = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip",
    "ics": "text/calendar",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "txt": "text/plain",
}


def att(filename, data, mtype=None, charset=None, inline=False, cte=None):
    if mtype is None:
        mtype = MT[filename.rsplit(".", 1)[1].lower()]
    if mtype == "text/calendar" and charset is None:
        charset = "utf-8"
    return Att(filename, data, mtype, charset, inline, cte)


def M(frm, to, subject, date, body=None, *, cc=None, bcc=None, mid=None, irt=None, refs=None,
      html=None, charset="utf-8", cte=None, flowed=False, html_charset=None, html_cte=None,
      atts=(), hdrs=(), reply_to=None, sender=None):
    """Build one EmailMessage.  to/cc: str or list of str.  atts: list of Att or
    ('eml', EmailMessage, filename).  html without body gives an HTML-only mail."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if bcc:
        m["Bcc"] = bcc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = datehdr(date)
    if mid is None:
        mid = "<%s.%s%04d.%s@mail.%s>" % (when(date).strftime("%Y%m%d%H%M"), PREFIX.upper(),
                                         _CUR[0], "LV", DOMAIN)
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in hdrs:
        m[k] = v
    params = {"format": "flowed"} if flowed else None
    if body is not None:
        if params:
            m.set_content(body, subtype="plain", charset=charset, cte=cte, params=params)
        else:
            m.set_content(body, subtype="plain", charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=html_charset or charset,
                              cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=html_charset or charset, cte=html_cte)
    for a in atts:
        if isinstance(a, tuple) and a[0] == "eml":
            m.add_attachment(a[1], filename=a[2])
            continue
        maintype, subtype = a.mtype.split("/")
        disp = "inline" if a.inline else "attachment"
        data = a.data
        if maintype == "text" and isinstance(data, bytes) and a.cte in ("quoted-printable", "8bit", "7bit"):
            data = data.decode(a.charset or "utf-8")
        if maintype == "text" and isinstance(data, str):
            m.add_attachment(data, subtype=subtype, charset=a.charset or "utf-8",
                             filename=a.filename, disposition=disp, cte=a.cte)
        else:
            params = {"charset": a.charset} if a.charset else None
            m.add_attachment(data, maintype, subtype, filename=a.filename,
                             disposition=disp, cte=a.cte or "base64", params=params)
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m


def inner(frm, to, subject, date, body=None, **kw):
    """A message that is forwarded/attached inside another one (needs its own Message-ID)."""
    if not kw.get("mid"):
        raise ValueError("inner message needs mid")
    return M(frm, to, subject, date, body, **kw)


def flowed(text, width=72):
    """RFC 3676 format=flowed: long logical lines are wrapped with trailing
    spaces (soft breaks); short lines stay as they are; space-stuffing."""
    out = []
    for line in text.split("\n"):
        line = line.rstrip(" ")
        if len(line) <= width + 4:
            parts = [line]
        else:
            parts, cur = [], ""
            for w in line.split(" "):
                if cur and len(cur) + 1 + len(w) > width:
                    parts.append(cur + " ")
                    cur = w
                else:
                    cur = (cur + " " + w) if cur else w
            parts.append(cur)
        for p in parts:
            if p.startswith((" ", "From ")) or (p.startswith(">") and not line.startswith(">")):
                p = " " + p
            out.append(p)
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def mid(n, tag, host=None):
    return "<%s.%s@%s>" % (tag, "%s-%04d" % (PREFIX, n), host or "mail." + DOMAIN)


def _strip_mv(part, is_root):
    """Keep MIME-Version only on message roots (top level and message/rfc822 bodies)."""
    if not is_root and "MIME-Version" in part:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        for sub in part.get_payload():
            _strip_mv(sub, True)
    elif part.is_multipart():
        for sub in part.get_payload():
            _strip_mv(sub, False)


def _finalize(msg, n):
    _strip_mv(msg, True)
    i = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_Part_%s_%04d_%02d.LVAG" % (PREFIX, n, i))
    return msg

# ==========================================================================
# MAILS
# ==========================================================================

MAILS = []


def mail(label, lang, kind, reason):
    def deco(f):
        MAILS.append((f, label, lang, kind, reason))
        return f
    return deco


# --- 0001 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "household water-damage claim of an 84-year-old; reply and quoted customer mail mention her hip operation and hospital stay")
def m001():
    body = """Sehr geehrte Frau Wenzel,

vielen Dank für Ihre Nachricht und die Fotos, die Ihr Nachbar Herr Acar
für Sie geschickt hat. Den Schaden habe ich unter der Nummer HR-2026-004417
zu Ihrer Hausratversicherung 40-HR-7781203 angelegt.

Zu Ihren Fragen:

1. Die Firma TrockenTec Nordhessen meldet sich bis Donnerstag telefonisch
   bei Ihnen und stellt die Trocknungsgeräte auf. Die Stromkosten für die
   Geräte erstatten wir Ihnen pauschal, Sie müssen dafür nichts ausrechnen.
2. Die Liste der beschädigten Sachen (Teppich, Unterschrank, Vorräte)
   eilt nicht. Bitte erholen Sie sich erst einmal in Ruhe von Ihrer
   Hüft-Operation – wenn Sie aus der Klinik zurück sind, reicht das völlig.
3. Dass Sie während des Krankenhausaufenthalts nicht zu Hause waren, ist
   für uns kein Problem. Sie haben nichts falsch gemacht.

Wenn es Ihnen lieber ist, kann ich alles Weitere auch mit Ihrem Neffen
besprechen. Dafür bräuchte ich nur eine kurze Zeile von Ihnen, dass ich
ihm Auskunft geben darf.

""" + sig("oberlaender") + """

Am 14.01.2026 um 18:42 schrieb Gertrud Wenzel:
> Sehr geherte Damen und Herren,
>
> ich bin seit letzten Montag im Klinikum wegen der neuen Hüfte und komme
> erst nächste Woche wieder heim. Mein Nachbar Herr Acar hat gestern
> bemerkt das bei ihm die Decke nass ist, es war der Schlauch unter meiner
> Spüle. Er hat das Wasser abgestellt und Fotos gemacht die schickt er
> Ihnen.
> Was muss ich jetzt tun ich kann ja nicht hin. Die Versicherungsnummer
> ist 40-HR-7781203.
>
> Mit freundlichen Grüssen
> Gertrud Wenzel
> Goethestr. 41, 34119 Kassel
"""
    return M(who("oberlaender"), fn("Gertrud Wenzel", "g.wenzel@kasselnet.example"),
             "AW: Wasserschaden Goethestr. 41 – Ihre Hausratversicherung 40-HR-7781203",
             "2026-01-15 10:37", body, cte="quoted-printable",
             irt="<5f1c2e8a-0b1d-4a55-9e3a-77c1@kasselnet.example>",
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")])


# --- 0002 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings storm claim: named homeowner, claim and policy number, insured address; appointment as ICS")
def m002():
    body = """Sehr geehrter Herr Hofmeister,

wie heute Vormittag telefonisch besprochen, kommt der Sachverständige
Herr Dipl.-Ing. Lars Rohde (Sachverständigenbüro Rohde & Partner) am

    Dienstag, 03.02.2026, zwischen 9:00 und 10:00 Uhr

zu Ihnen nach Baunatal, Am Erlenbach 7, und sieht sich das abgedeckte
Dach und die beschädigte Dachrinne an. Die Einladung für Ihren Kalender
hängt an.

Bitte halten Sie, falls vorhanden, den Kostenvoranschlag des Dachdeckers
bereit. Die Notabdeckung mit Planen, die Sie am Sonntag veranlasst haben,
ist selbstverständlich mitversichert (Schadenminderungskosten).

Schadennummer: WG-26-0031877
Versicherungsschein: 41-WG-2290455 (Wohngebäude, gleitender Neuwert)

""" + sig("oberlaender") + "\n\n" + FOOTER_DE + "\n"
    cal = ics("wg26-0031877-termin@lindenhof-versicherung.example", "2026-02-03 09:00", "2026-02-03 10:00",
              "Ortstermin Sachverständiger – Sturmschaden WG-26-0031877",
              location="Am Erlenbach 7, 34225 Baunatal",
              description="Besichtigung Dach/Dachrinne durch Dipl.-Ing. Lars Rohde, Rohde & Partner.",
              organizer=("Katrin Oberländer", STAFF["oberlaender"]["addr"]),
              attendees=[("Rüdiger Hofmeister", "r.hofmeister@netzpost.example"),
                         ("Lars Rohde", "rohde@rohde-sv.example")],
              stamp="2026-01-27 11:02")
    return M(who("oberlaender"), fn("Rüdiger Hofmeister", "r.hofmeister@netzpost.example"),
             "Ortstermin Sturmschaden WG-26-0031877 am 03.02.2026", "2026-01-27 11:05", body,
             cc=fn("Lars Rohde", "rohde@rohde-sv.example"),
             atts=[att("Ortstermin.ics", cal, "text/calendar", cte="base64")],
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0003 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: team process note on water-damage claims with claim-number format, mould/health words and 'Arztberichte', no person")
def m003():
    body = """Hallo zusammen,

ab 01.02. gilt für alle Leitungswasserschäden Hausrat/Wohngebäude der neue
Ablauf, den wir im Jour fixe besprochen haben. Kurz zusammengefasst:

- Schadennummern werden nur noch im neuen Format vergeben:
  HR-2026-nnnnnn (Hausrat) bzw. WG-26-nnnnnnn (Wohngebäude). Die alten
  Nummern mit Buchstabenkürzel am Ende laufen aus.
- Leckageortung ab geschätzt 1.500 EUR immer über das Partnernetz
  beauftragen, nicht mehr über den Kunden.
- Trocknung: Standardauftrag an TrockenTec, Stromkostenpauschale 2,50 EUR
  pro Gerät und Tag.
- Wenn Kunden oder Mieter von gesundheitlichen Beschwerden durch Schimmel
  sprechen (Atemwege, Allergien usw.), bitte NICHTS davon in die
  Sachakte schreiben, sondern den Vorgang an die Haftpflicht (Jens) abgeben.
  Arztberichte und Atteste gehören nicht in die Hausratakte, auch nicht
  "zur Info".
- Fotos bitte ohne erkennbare Personen hochladen, im Zweifel zuschneiden.

Die aktualisierte Arbeitsanweisung liegt im Teams-Kanal unter
"Sach > Prozesse > LW_2026_v3.pdf".

Fragen gern an mich oder Deniz.

Katrin
"""
    return M(who("oberlaender"), fn("Team Schadenservice Sach", "schaden-sach-team@" + DOMAIN),
             "Neuer Ablauf Leitungswasser ab 01.02.", "2026-01-22 16:48", body,
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0004 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household burglary settlement for a named tenant; IBAN only in the quoted customer mail; item list in XLSX")
def m004():
    acct = iban("DE", "5001051795" + "41328806")
    rows = [["Pos.", "Item", "Purchase year", "Claimed EUR", "Settled EUR", "Note"],
            [1, "MacBook Pro 14\"", 2024, 2399.00, 2150.00, "receipt provided"],
            [2, "Sony A7 III camera with 28-70 lens", 2021, 1890.00, 1320.00, "replacement value"],
            [3, "Wristwatch (Seiko Presage)", 2019, 540.00, 420.00, "bank statement as proof"],
            [4, "Cash", None, 300.00, 300.00, "limit EUR 1,500"],
            [5, "Damage to entrance door lock", None, 380.00, 0.00, "paid by landlord's building cover"],
            [6, "Headphones", 2023, 349.00, 289.00, ""],
            ["", "", "", "", "", ""],
            ["", "Total", "", 5858.00, 4479.00, "less excess EUR 150 = EUR 4,329.00"]]
    x = xlsx([("Settlement", rows)], author="Rebecca Thornton", created="2026-02-04 14:10",
             title="Settlement HR-2026-005102")
    body = """Dear Mr Okafor,

thank you for sending the receipts and the police report (Frankfurt police,
file no. ST/0118734/2026). I have now completed the settlement of your
household contents claim HR-2026-005102 under policy 40-HR-8830417.

Please find the item-by-item calculation attached. In short: we accept
EUR 4,479.00, less the agreed excess of EUR 150.00, so EUR 4,329.00 will be
transferred to the account you gave us below within the next three working
days. The damage to the flat's entrance door is a matter for your landlord's
buildings insurance, so we have left it out.

If anything in the list does not match your records, just reply to this
e-mail.

""" + sig("thornton") + """

-----Original Message-----
From: Daniel Okafor <d.okafor@postbox.example>
Sent: Monday, 2 February 2026 21:14
To: Rebecca Thornton <rebecca.thornton@lindenhof-versicherung.example>
Subject: Re: Burglary Sachsenhausen - claim HR-2026-005102

Hi Rebecca,

attached are the receipts I could find, the camera one is from my old bank
statement. For the payment please use my account:

Daniel Okafor
""" + acct + """
Sparkasse Frankfurt

Thanks a lot for the quick help, the landlord has changed the lock already.

Daniel
"""
    return M(who("thornton"), fn("Daniel Okafor", "d.okafor@postbox.example"),
             "RE: Burglary Sachsenhausen - claim HR-2026-005102", "2026-02-04 14:22", body,
             atts=[att("Settlement_HR-2026-005102.xlsx", x)],
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])


# --- 0005 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "relative",
      "inline-forwarded mail of a daughter: her father's dementia caused water damage to the flat below (liability)")
def m005():
    body = """Hallo Simone,

kannst du bitte einmal juristisch auf den Fall unten schauen? Die Tochter
fragt, ob wir zahlen, wenn ihr Vater wegen der Demenz als deliktsunfähig
gilt (§ 827 BGB). Versicherungsnehmer ist der Vater selbst, PHV
42-PH-1176034, Schaden HP-2026-00288. Geschädigt ist die Wohnung im
1. OG (Familie Nowak), Gebäudeschaden läuft parallel beim Wohngebäude-
versicherer der Eigentümergemeinschaft.

Ich würde ihr gern bis Freitag antworten.

Danke dir
Jens

-------- Weitergeleitete Nachricht --------
Betreff: Wasserschaden bei meinem Vater Herbert Lange, Fuldatal
Datum: Mon, 2 Feb 2026 20:51:07 +0100
Von: Claudia Brenner <claudia.brenner@freemail.example>
An: schaden@lindenhof-versicherung.example

Sehr geehrte Damen und Herren,

ich schreibe für meinen Vater Herbert Lange (Haftpflichtversicherung bei
Ihnen, Nummer 42-PH-1176034). Mein Vater ist 81 und hat seit zwei Jahren
eine Alzheimer-Demenz, er lebt noch allein in seiner Wohnung, der
Pflegedienst kommt morgens und abends.

Am Samstag hat er die Badewanne einlaufen lassen und es vergessen. Das
Wasser ist in die Wohnung darunter gelaufen, bei Familie Nowak ist die
Decke im Bad und im Flur nass und eine Lampe ist kaputt.

Ich habe gelesen, dass man bei Demenz vielleicht gar nicht haftet. Heißt
das, die Versicherung zahlt dann nicht? Das wäre für uns schlimm, weil wir
mit den Nachbarn gut auskommen wollen. Eine Vorsorgevollmacht habe ich,
die kann ich schicken.

Mit freundlichen Grüßen
Claudia Brenner
(Tochter)
Tel. 0160 5551 8820
"""
    return M(who("pohlmann"), fn("Simone Tiedemann", "simone.tiedemann@" + DOMAIN),
             "WG: Wasserschaden bei meinem Vater Herbert Lange, Fuldatal", "2026-02-03 08:56", body,
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0006 -----------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: customer newsletter on frost damage with tips about parents in hospital or short-term care; no person")
def m006():
    text = """Lindenhof Zuhause – Ihr Newsletter Januar 2026

Frost, leere Wohnung, geplatzte Leitung: so beugen Sie vor

Im Januar melden uns Kundinnen und Kunden jedes Jahr die meisten
Frostschäden. Häufig trifft es Wohnungen, die gerade nicht bewohnt sind –
etwa weil jemand im Urlaub, im Krankenhaus oder in der Kurzzeitpflege ist.

Unsere fünf Tipps:

1. Heizung nie ganz abdrehen, Frostschutzstellung (*) reicht.
2. Wasser in Garten- und Kellerleitungen abstellen und entleeren.
3. Wenn Ihre Eltern oder Großeltern länger nicht zu Hause sind: Bitten
   Sie Nachbarn, einmal pro Woche nach dem Rechten zu sehen.
4. Wasserstopp-Ventil (ab 39 EUR) an Wasch- und Spülmaschine nachrüsten.
5. Schaden sofort melden: online, per App oder unter 0800 7098 000.

Wussten Sie schon?
Mit dem Baustein "Zuhause Plus" ersetzen wir auch Auftaukosten und den
Wasserverlust nach einem Rohrbruch.

Schadenzahlen Winter 2024/25 (Lindenhof, Hausrat und Wohngebäude)
Frostschäden: 1.214 | Durchschnitt: 3.870 EUR | Größter Einzelschaden: 148.000 EUR

Sie erhalten diesen Newsletter, weil Sie ihn auf lindenhof-versicherung.example
abonniert haben. Abmelden: https://www.lindenhof-versicherung.example/newsletter/abmelden

Lindenhof Versicherung AG, Am Lindenhof 12, 34117 Kassel
"""
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Lindenhof Zuhause Januar 2026</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#223;max-width:640px;margin:auto">
<h1 style="color:#2a5d3c">Lindenhof Zuhause</h1>
<h2>Frost, leere Wohnung, geplatzte Leitung: so beugen Sie vor</h2>
<p>Im Januar melden uns Kundinnen und Kunden jedes Jahr die meisten Frostschäden. Häufig trifft es
Wohnungen, die gerade nicht bewohnt sind – etwa weil jemand im Urlaub, im Krankenhaus oder in der
Kurzzeitpflege ist.</p>
<ol>
<li>Heizung nie ganz abdrehen, Frostschutzstellung (*) reicht.</li>
<li>Wasser in Garten- und Kellerleitungen abstellen und entleeren.</li>
<li>Wenn Ihre Eltern oder Großeltern länger nicht zu Hause sind: Bitten Sie Nachbarn, einmal pro Woche nach dem Rechten zu sehen.</li>
<li>Wasserstopp-Ventil (ab 39&nbsp;EUR) an Wasch- und Spülmaschine nachrüsten.</li>
<li>Schaden sofort melden: online, per App oder unter 0800&nbsp;7098&nbsp;000.</li>
</ol>
<h3>Schadenzahlen Winter 2024/25</h3>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e6efe9"><th>Kennzahl</th><th>Wert</th></tr>
<tr><td>Frostschäden Hausrat und Wohngebäude</td><td>1.214</td></tr>
<tr><td>Durchschnittlicher Schaden</td><td>3.870 EUR</td></tr>
<tr><td>Größter Einzelschaden</td><td>148.000 EUR</td></tr>
</table>
<p style="font-size:11px;color:#667">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.lindenhof-versicherung.example/newsletter/abmelden">Abmelden</a><br>
Lindenhof Versicherung AG, Am Lindenhof 12, 34117 Kassel</p>
</body></html>
"""
    return M(fn("Lindenhof Zuhause", "newsletter@" + DOMAIN), "newsletter-zuhause@lists." + DOMAIN,
             "Frostschäden vermeiden – Lindenhof Zuhause Januar 2026", "2026-01-08 07:30", text,
             html=html, cte="quoted-printable", html_cte="quoted-printable",
             hdrs=[("List-Unsubscribe", "<https://www.lindenhof-versicherung.example/newsletter/abmelden>"),
                   ("Precedence", "bulk")])


# --- 0007 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "personal liability, damage to rented flat on moving out: named tenant and landlady, claim number, amounts")
def m007():
    body = """Sehr geehrter Herr Sörensen,

Ihre Vermieterin, Frau Ingrid Maurer, hat uns inzwischen die Rechnung des
Parkettlegers und das Übergabeprotokoll vom 30.11.2025 geschickt.

Für die Kratzer und Druckstellen im Wohnzimmerparkett fordert sie
2.380,00 EUR (Abschleifen und Versiegeln von 34 m²). Wir übernehmen davon
1.240,00 EUR:

  Abschleifen/Versiegeln Wohnzimmer (24 m², nicht die ganze Wohnung) 1.680,00 EUR
  Abzug "neu für alt" (Parkett zuletzt 2012 versiegelt), ca. 26 %     - 440,00 EUR
  ---------------------------------------------------------------------------
  Entschädigung                                                       1.240,00 EUR

Die Flecken im Schlafzimmer sind nach dem Protokoll normale Gebrauchs-
spuren; die muss ein Mieter nicht ersetzen, das haben wir Frau Maurer so
geschrieben. Den Betrag überweisen wir direkt an sie. Ihre Selbst-
beteiligung in der Privathaftpflicht beträgt 150,00 EUR.

Schaden-Nr.: HP-2026-00157 | Vertrag: 42-PH-0983317

""" + sig("pohlmann") + "\n"
    return M(who("pohlmann"), fn("Jan-Philipp Sörensen", "jp.soerensen@mailhafen.example"),
             "Ihr Haftpflichtschaden HP-2026-00157 – Parkett Wohnung Wilhelmshöher Allee",
             "2026-02-09 13:20", body)


# --- 0008 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: product note for a broker on tenant liability cover, mentions claims, elderly relatives, policy numbers in general; no client")
def m008():
    body = """Hi Tom,

as promised on the phone, here is the short overview of our personal liability
product for your expat clients renting in Germany. Feel free to reuse the text.

Lindenhof Privathaftpflicht Komfort - what matters for tenants

* Damage to the rented flat (Mietsachschaden) is covered up to EUR 500,000,
  including fixed fittings such as the built-in kitchen. Normal wear and tear
  is not covered - that's what landlords try most often.
* Loss of keys to a central locking system: up to EUR 50,000.
* Everyone living in the household is insured, including an elderly parent who
  moves in with the family. Adult children are covered until the end of their
  first education.
* Claims by the landlord for mould are covered if the tenant caused it, but we
  always check ventilation and building condition first.
* Excess: none, EUR 150 or EUR 300, your client chooses.

Policy numbers for this product start with 42-PH, claims with HP-2026. If your
clients write to us in English, please ask them to use
claims-english@lindenhof-versicherung.example so Rebecca's desk picks it up
directly.

Product sheet (EN) and the German IPID are on the broker portal under
Products > Liability > Private.

""" + sig("mcallister") + "\n"
    return M(who("mcallister"), fn("Tom Ashworth", "tom.ashworth@albion-brokers.example"),
             "Personal liability for tenants - overview for your expat clients", "2026-02-10 09:41",
             body, charset="us-ascii")


# --- 0009 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "personal liability dog bite: neighbour's 9-year-old son, wound stitched in hospital, tetanus shot")
def m009():
    body = """Sehr geehrter Herr Feldhaus,

danke für Ihren Anruf gestern. Ich fasse kurz zusammen, was wir
aufgenommen haben:

Am Samstag, 14.02.2026, hat Ihr Labrador "Bruno" im Hof der Wohnanlage
Kirchweg 22 den Sohn Ihrer Nachbarn, Leon Kaczmarek (9 Jahre), in die
linke Hand gebissen. Leon wurde in der Kinderklinik Park Schönfeld
ambulant versorgt, die Platzwunde wurde mit drei Stichen genäht und er
hat eine Tetanus-Auffrischung bekommen. Nach Auskunft der Mutter heilt die
Wunde gut, Leon soll aber zwei Wochen keinen Sport machen.

Der Schaden läuft unter HP-2026-00341 zu Ihrer Tierhalterhaftpflicht
42-TH-0451290. Wir übernehmen die Ansprüche der Familie Kaczmarek
(Zuzahlungen, Fahrtkosten, ggf. Schmerzensgeld) direkt mit den Eltern.

Damit wir das Schmerzensgeld einschätzen können, schicken wir den Eltern
eine Schweigepflichtentbindung für den Ambulanzbericht. Sie selbst müssen
nichts weiter tun. Bitte reden Sie mit den Nachbarn nicht über Beträge –
das erledigen wir.

""" + sig("pohlmann") + "\n"
    return M(who("pohlmann"), fn("Marco Feldhaus", "marco.feldhaus@webpost.example"),
             "Hundebiss 14.02. – Ihr Schaden HP-2026-00341", "2026-02-17 11:08", body,
             cte="quoted-printable")


# --- 0010 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "liability claim of a landlord's lawyer against the insured tenant: names, claim number, property damage only")
def m010():
    body = """Sehr geehrte Frau Dr. Wendt,

in der Mietsache Grundstücksgemeinschaft Lessingstraße 8 ./. Sven Albers
(unser Zeichen HP-2026-00219, Ihr Zeichen 26/0114-We) nehmen wir zu Ihrem
Schreiben vom 05.02.2026 wie folgt Stellung:

1. Die Beschädigung der Badezimmertür (Loch im Türblatt) erkennen wir dem
   Grunde nach an. Wir regulieren die Kosten eines neuen Türblatts
   einschließlich Einbau und Lackierung gemäß Angebot Schreinerei Jacobi
   mit 612,40 EUR.
2. Die Sprünge in den Wandfliesen im Bad sind auf den Fotos der Einzugs-
   übergabe vom 01.04.2019 bereits teilweise zu sehen. Eine Verursachung
   durch unseren Versicherungsnehmer ist nicht belegt; insoweit lehnen wir
   ab.
3. Für die Bohrlöcher in Küche und Flur besteht nach dem Mietvertrag
   (§ 11 Abs. 3) keine Rückbaupflicht über das übliche Maß hinaus.

Bitte teilen Sie uns die Bankverbindung Ihrer Mandantschaft oder Ihr
Anderkonto mit, auf das wir den Betrag zu 1. zahlen sollen.

""" + sig("pohlmann") + "\n\n" + FOOTER_DE + "\n"
    return M(who("pohlmann"), fn("Dr. Katharina Wendt", "k.wendt@wendt-sauer.example"),
             "Ihr Zeichen 26/0114-We – Lessingstraße 8 ./. Albers", "2026-02-18 15:31", body,
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0011 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "body only 'zur Kenntnis'; attached forwarded lawyer letter claims a tenant's child's asthma (J45.0) from mould")
def m011():
    body_in = """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Sarah Demir, Ahnatalstraße 15, 34128 Kassel,
anwaltlich vertreten. Ihre Versicherungsnehmerin, Frau Renate Fiedler, ist
Vermieterin der Wohnung unserer Mandantin (Haus- und Grundbesitzer-
haftpflicht bei Ihnen, Vers.-Nr. 43-HG-0067712).

Seit Herbst 2024 tritt in der Wohnung trotz wiederholter Mängelanzeigen
großflächiger Schimmel an der Außenwand des Kinderzimmers auf. Der Sohn
unserer Mandantin, Emil Demir (4 Jahre), leidet seit Anfang 2025 an
wiederkehrenden Atemwegsinfekten; im Dezember 2025 wurde durch die
Kinderlungenfachärztin Dr. Yvonne Baltzer ein Asthma bronchiale
(ICD-10 J45.0) diagnostiziert, nach ärztlicher Einschätzung durch die
Schimmelbelastung zumindest mitverursacht. Emil benötigt dauerhaft ein
Cortison-Spray und musste im Januar zwei Nächte stationär behandelt werden.

Namens unserer Mandantin machen wir geltend:
- Schmerzensgeld für Emil Demir, mindestens 4.000,00 EUR,
- Ersatz der Zuzahlungen und Fahrtkosten, bislang 386,50 EUR,
- Kosten für die Entsorgung verschimmelter Möbel, 1.120,00 EUR.

Wir haben uns eine Frist bis zum 20.03.2026 notiert.

Mit freundlichen Grüßen
Jörg Hüttemann
Rechtsanwalt
Hüttemann Rechtsanwälte, Friedrichsplatz 3, 34117 Kassel
"""
    fwd = inner(fn("Jörg Hüttemann", "huettemann@huettemann-ra.example"),
                "schaden@" + DOMAIN,
                "Demir ./. Fiedler – Schimmel Ahnatalstraße 15, Ansprüche",
                "2026-02-19 17:12", body_in,
                mid="<20260219171203.4471@huettemann-ra.example>",
                hdrs=[("X-Mailer", "RA-MICRO Mail 2025")])
    body = """Hallo Tanja,

zur Kenntnis und Übernahme, ist eher dein Thema (Personenschaden in der
HuG). Original anbei. Schadennummer vergebe ich nicht, mach du bitte.

Gruß Jens
"""
    return M(who("pohlmann"), fn("Tanja Eggers", "tanja.eggers@" + DOMAIN),
             "WG: Demir ./. Fiedler", "2026-02-20 08:14", body,
             atts=[("eml", fwd, "Demir .- Fiedler - Schimmel Ahnatalstrasse 15.eml")],
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0012 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
      "son abroad cancels his mother's household cover because she moved permanently into a nursing home (care need)")
def m012():
    body = """Dear Mr Whitfield,

thank you for your e-mail and for sending a copy of the lasting power of
attorney (Vorsorgevollmacht) for your mother, Mrs Margaret Whitfield. I am
sorry to hear that she needed to move into the Haus Abendrot nursing home in
Wiesbaden after her stay in hospital.

I can confirm the following for her household contents policy 40-HR-6652981:

- Because your mother has moved permanently into residential nursing care,
  the policy can be ended early. We have cancelled it with effect from
  31 March 2026, the date on which the flat in Bierstadter Strasse will be
  handed back to the landlord.
- Her personal belongings in the nursing home remain insured until then
  (cover for items outside the home, up to 10 % of the sum insured).
- The premium paid in advance for April to December 2026, EUR 118.44, will
  be refunded to the account from which it was collected.

Her personal liability policy 42-PH-2204718 can stay in place; residents of
nursing homes still need liability cover. If you would rather cancel it too,
a short e-mail is enough.

""" + sig("mcallister") + "\n\n" + FOOTER_EN + "\n"
    return M(who("mcallister"), fn("Graham Whitfield", "graham.whitfield@inbox-uk.example"),
             "Your mother's household policy 40-HR-6652981 - cancellation confirmed",
             "2026-02-23 12:05", body, cte="quoted-printable")


# --- 0013 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-relative",
      "son reports father's death (no cause): household contract, policy number, request for death certificate")
def m013():
    body = """Sehr geehrter Herr Kühne,

zunächst möchten wir Ihnen und Ihrer Familie unser herzliches Beileid zum
Tod Ihres Vaters, Herrn Walter Kühne, aussprechen.

Zu Ihrer Frage nach der Hausratversicherung 40-HR-3318270:
Der Vertrag endet nicht automatisch. Er geht zunächst auf die Erben über
und endet zwei Monate nach dem Tod, wenn die Wohnung bis dahin nicht von
einem Erben bewohnt wird. Sie müssen ihn also nicht kündigen.

Damit wir den Vertrag abrechnen können, senden Sie uns bitte

- eine Kopie der Sterbeurkunde und
- die Bankverbindung für die Beitragserstattung (wenn Sie Erbe sind,
  Ihre eigene; sonst bitte mit Erbschein).

Den Beitrag für die Zeit nach Vertragsende erstatten wir anteilig.
Falls bei der Wohnungsauflösung noch etwas beschädigt wird: Bis zum
Vertragsende ist der Hausrat in der Hünfelder Straße 9 weiterhin versichert.

""" + sig("demirci") + "\n"
    return M(who("demirci"), fn("Stefan Kühne", "stefan.kuehne@netzpost.example"),
             "AW: Hausratversicherung meines verstorbenen Vaters", "2026-02-24 09:12", body,
             irt="<b83a0e12-77f0-4f0e-a5a3-00c1@netzpost.example>",
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0014 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: data-protection quiz with fictitious Mustermann examples incl. birth date, diagnosis and a zero placeholder (invalid IBAN), all marked fictitious")
def m014():
    body = """Liebe Kolleginnen und Kollegen,

hier ist unser monatliches Mini-Quiz. Welche der folgenden (frei
erfundenen!) Mails darf ohne Verschlüsselung nach draußen? Antworten bis
Freitag an mich, unter allen Richtigen verlosen wir zwei Kinogutscheine.

A) "Sehr geehrte Frau Musterfrau, anbei das Produktblatt zur Hausrat-
   versicherung, wie am Telefon besprochen." (Interessentin, noch kein
   Vertrag)

B) "Herr Max Mustermann (fiktiv), geb. 01.01.1970, Versicherungsschein
   00-XX-0000000, bittet um Rückruf."

C) "Anbei die Rechnung von Dr. Beispiel für die Physiotherapie nach der
   Knie-OP (Diagnose Mustercode X00.0) von Frau Erika Musterfrau."

D) "Die Zahl der Leitungswasserschäden ist im Januar gegenüber dem
   Vorjahr um 12 % gestiegen."

E) "Bitte überweisen Sie auf IBAN DE00 0000 0000 0000 0000 00
   (Beispiel)."

Kleiner Tipp: Ob eine Mail vertraulich ist, hängt nicht davon ab, ob
schlimme Wörter drinstehen, sondern ob man eine Person erkennen kann und
was man über sie erfährt.

Auflösung kommt im Intranet am 06.03.

""" + sig("sasse") + "\n"
    return M(who("sasse"), fn("Alle Mitarbeitenden Kassel", "alle-kassel@" + DOMAIN),
             "Datenschutz-Quiz Februar: Welche Mail darf raus?", "2026-02-26 10:00", body,
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0015 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only accident-insurance invalidity settlement: hand function loss after a fall, payout table")
def m015():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Niebergall,</p>
<p>das Gutachten von Herrn Prof. Dr. Stein (Unfallchirurgie, Klinikum Kassel) zu Ihrem Sturz von der Leiter
am 12.06.2025 liegt uns jetzt vor. Der Gutachter stellt nach dem Bruch des rechten Handgelenks
(distale Radiusfraktur, operativ mit Platte versorgt) eine dauerhafte Funktionsbeeinträchtigung der
rechten Hand von 3/10 Handwert fest.</p>
<p>Daraus ergibt sich Ihre Invaliditätsleistung aus der Unfallversicherung 45-UV-5520913:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th align="left">Position</th><th align="right">Wert</th></tr>
<tr><td>Gliedertaxe Hand (Invaliditätsgrad bei Verlust)</td><td align="right">55 %</td></tr>
<tr><td>Beeinträchtigung laut Gutachten</td><td align="right">3/10</td></tr>
<tr><td>Invaliditätsgrad</td><td align="right">16,5 %</td></tr>
<tr><td>Grundsumme</td><td align="right">120.000,00 EUR</td></tr>
<tr><td>Progression 225 % (bis 25 % keine Steigerung)</td><td align="right">–</td></tr>
<tr><td><b>Invaliditätsleistung</b></td><td align="right"><b>19.800,00 EUR</b></td></tr>
<tr><td>bereits gezahlter Vorschuss</td><td align="right">– 5.000,00 EUR</td></tr>
<tr><td><b>Auszahlung</b></td><td align="right"><b>14.800,00 EUR</b></td></tr>
</table>
<p>Die Auszahlung erfolgt auf Ihr bekanntes Konto. Wenn sich der Zustand Ihrer Hand in den nächsten
drei Jahren verschlechtert, können Sie eine Neubemessung verlangen.</p>
<p>Mit freundlichen Grüßen<br>Nils Abendroth<br>Leistung Unfallversicherung<br>Lindenhof Versicherung AG<br>Tel. 0561 7098-4780</p>
</body></html>
"""
    return M(who("abendroth"), fn("Horst Niebergall", "h.niebergall@kasselnet.example"),
             "Ihre Unfallversicherung 45-UV-5520913 – Invaliditätsleistung", "2026-03-02 14:45",
             html=html, html_cte="quoted-printable",
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0016 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for dehumidifiers for the insurer's emergency pool with the supplier GmbH's IBAN; no natural person's data")
def m016():
    body = """Sehr geehrter Herr Nolte,

auf Basis des Rahmenvertrags 2025-RV-017 bestellen wir für unseren
Notfallpool (Sturm- und Hochwasserereignisse):

  40 x Kondenstrockner TT-K50 (Art.-Nr. 50-1140)      à 1.090,00 EUR
  10 x Seitenkanalverdichter Estrichtrocknung TT-SV2  à 2.460,00 EUR
  20 x Feuchtemessgerät digital                       à    89,00 EUR

Lieferung bitte bis KW 12 an: Lindenhof Versicherung AG, Lager Nord,
Industriestraße 44, 34123 Kassel, Anlieferung werktags 7–14 Uhr, Rampe 2.

Rechnung bitte mit Bestellnummer EK-2026-00412 an
rechnungseingang@lindenhof-versicherung.example. Wir zahlen wie vereinbart
innerhalb von 14 Tagen mit 2 % Skonto auf das Geschäftskonto der
TrockenTec Nordhessen GmbH, """ + iban("DE", "520604100004417730") + """.

Vielen Dank und freundliche Grüße

""" + sig("maass") + "\n"
    return M(who("maass"), fn("Frank Nolte", "f.nolte@trockentec.example"),
             "Bestellung EK-2026-00412 Trocknungsgeräte Notfallpool", "2026-03-03 08:30", body)


# --- 0017 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor rear-end collision of a named expat: plate, claim number, third-party insurer; nobody hurt")
def m017():
    body = """Dear Ms Lindqvist,

thank you for reporting the accident of 27 February on the Mainzer
Landstrasse. I have set up the claim under KS-2026-0113274 (your motor policy
46-KF-3380162, vehicle F-OK 4471, Volvo XC40).

As you describe it, the other driver ran into the back of your car while you
were waiting at the red light, and nobody was hurt. In that case the other
driver's liability insurer (Rheinland Kraft Versicherung, their claim no.
RK-26-77120) has to pay for the repair, and your no-claims class is not
affected.

What you can do now:
- Have the car repaired at a workshop of your choice, or ask us for one of
  our partner workshops in Frankfurt (free pick-up and courtesy car).
- Send the repair estimate or the assessor's report to us; we will forward it
  to Rheinland Kraft.
- Keep receipts for the taxi you took that evening.

If the other insurer does not pay within four weeks, your comprehensive cover
(Vollkasko, excess EUR 300) steps in and we recover the money from them.

""" + sig("mcallister") + "\n"
    return M(who("mcallister"), fn("Ingrid Lindqvist", "ingrid.lindqvist@postbox.example"),
             "Your accident on 27 February - claim KS-2026-0113274", "2026-03-03 16:20", body,
             charset="us-ascii", cte="7bit")


# --- 0018 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "disability claim: request to orthopaedist for a medical report on a named patient with birth date; consent form PDF")
def m018():
    p = pdf(["# Erklärung zur Entbindung von der Schweigepflicht",
             "",
             "Versicherte Person: Andreas Volkmer, geb. 12.03.1971",
             "Vertrag: Selbständige Berufsunfähigkeitsversicherung 47-BU-0019287",
             "Leistungsfall: BU-L-2026-0071",
             "",
             "Ich entbinde die nachstehend genannten Ärztinnen und Ärzte von ihrer Schweigepflicht",
             "gegenüber der Lindenhof Lebensversicherung AG, soweit es um die Prüfung meines Antrags auf",
             "Leistungen wegen Berufsunfähigkeit geht:",
             "",
             "- Dr. med. Annette Rösler, Fachärztin für Orthopädie, Kölnische Straße 88, 34117 Kassel",
             "- Rehaklinik Am Hirschgraben, Bad Wildungen (Aufenthalt 09/2025)",
             "",
             "Die Erklärung gilt für Befunde, Diagnosen und Behandlungen der Jahre 2021 bis 2026",
             "zu meinen Beschwerden der Lendenwirbelsäule (Bandscheibenvorfall L4/L5).",
             "",
             "Kassel, 21.02.2026           gez. Andreas Volkmer",
             "",
             "~ Lindenhof Lebensversicherung AG, Am Lindenhof 12, 34117 Kassel. Formular SE-BU-03/2024."],
            title="Schweigepflichtentbindung Volkmer", created="2026-02-23 09:30",
            producer="Lindenhof Posteingang Scan 2.1")
    body = """Sehr geehrte Frau Dr. Rösler,

Ihr Patient, Herr Andreas Volkmer, geb. 12.03.1971, hat bei uns Leistungen
aus seiner Berufsunfähigkeitsversicherung beantragt. Er gibt an, seit
Sommer 2025 wegen eines Bandscheibenvorfalls L4/L5 mit Ausstrahlung ins
linke Bein in Ihrer Behandlung zu sein und seinen Beruf als Dachdecker
nicht mehr ausüben zu können.

Wir bitten Sie um einen ärztlichen Befundbericht, insbesondere zu

1. Diagnosen mit Datum der Erstfeststellung,
2. bisherigen Behandlungen (konservativ/operativ, Reha 09/2025),
3. aktuellen Funktionseinschränkungen (Heben, Tragen, Zwangshaltungen,
   Arbeiten auf Leitern und Gerüsten),
4. Ihrer Prognose.

Die Schweigepflichtentbindung von Herrn Volkmer liegt bei. Für den Bericht
vergüten wir 60,00 EUR nach Rechnung (bitte mit Ihrer Bankverbindung).

Ich bitte, den Bericht über unser Ärzteportal oder per Fax an
0561 7098-5399 zu senden, nicht per unverschlüsselter E-Mail.

""" + sig("kraemer") + "\n"
    return M(who("kraemer"), fn("Praxis Dr. Rösler", "praxis@orthopaedie-roesler.example"),
             "Befundbericht für Herrn Andreas Volkmer – BU-L-2026-0071", "2026-03-04 10:15", body,
             atts=[att("Schweigepflichtentbindung_Volkmer.pdf", p)],
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0019 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "broker told about his clients' buildings-insurance premium arrears: names, contract, amount, dunning stage")
def m019():
    body = """Hallo Herr Meißner,

kurze Info, bevor es eskaliert: Bei Ihren Kunden Petra und Uwe Hagedorn
(Wohngebäude 41-WG-1184406, Einfamilienhaus Zum Sportplatz 3, Calden)
ist der Jahresbeitrag 2026 über 1.148,60 EUR noch offen. Die Lastschrift
vom 02.01. ist zurückgekommen ("Widerspruch durch Zahlungspflichtigen"),
die erste Mahnung ging am 27.01. raus.

Am 10.03. geht automatisch die qualifizierte Mahnung nach § 38 VVG raus.
Ab dann wäre bei einem Sturm- oder Leitungswasserschaden kein Schutz mehr
da, und das will bei einem Haus keiner.

Vielleicht können Sie mal anrufen? Ratenzahlung (4 Raten) ist möglich,
ich kann das auf Zuruf einrichten.

""" + sig("gruenewald") + "\n"
    return M(who("gruenewald"), fn("Ralf Meißner", "ralf@finanzkontor-meissner.example"),
             "Hagedorn, Calden – Beitrag Wohngebäude offen", "2026-03-05 17:02", body)


# --- 0020 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-prospect",
      "trap: prospect asked for a household quote; generic tariff information, premium bands, no contract or personal data")
def m020():
    body = """Sehr geehrter Herr Ulrich,

vielen Dank für Ihre Anfrage über unser Kontaktformular. Gern gebe ich
Ihnen einen ersten Überblick über unsere Hausratversicherung.

Wir bieten drei Tarife an:

  Basis    – Feuer, Einbruchdiebstahl, Leitungswasser, Sturm/Hagel
  Komfort  – zusätzlich Fahrraddiebstahl bis 1.000 EUR, Überspannung,
             grobe Fahrlässigkeit bis 10.000 EUR
  Premium  – zusätzlich Elementarschäden, Fahrrad bis 5.000 EUR,
             Wertsachen bis 30 % der Versicherungssumme

Als Faustregel rechnen wir mit 650 EUR Versicherungssumme pro
Quadratmeter Wohnfläche (Unterversicherungsverzicht). Für eine Wohnung mit
80 m² in Kassel liegt der Jahresbeitrag je nach Tarif und Selbstbeteiligung
ungefähr zwischen 79 und 168 EUR.

Ein genaues Angebot können Sie jederzeit online berechnen:
https://www.lindenhof-versicherung.example/hausrat/rechner

Wenn Sie lieber persönlich beraten werden möchten, rufen Sie uns gern an.

""" + sig("demirci") + "\n"
    return M(who("demirci"), fn("Tobias Ulrich", "tobias.ulrich@freemail.example"),
             "Ihre Anfrage zur Hausratversicherung", "2026-03-05 11:47", body)


# --- 0021 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "travel health: named policyholder hospitalised in Malaga with pneumonia, repatriation planning")
def m021():
    body = """Hi Marta,

quick handover for tonight's shift - assistance case TA-26-02218.

Insured: Kevin Brandt, travel health policy 48-RK-0775120 (annual, family).
Hospitalised since Sunday at Hospital Costa del Sol, Marbella, with a severe
community-acquired pneumonia, was on high-flow oxygen until yesterday. Treating
doctor (Dr. Ruiz) says he is stable now and fit to fly with medical escort from
Thursday, no ICU needed.

Plan:
- Repatriation by scheduled flight AGP-FRA on Thursday with nurse escort,
  business class seat + oxygen on board. EuroAssist is booking it, quote
  EUR 6,840.
- Ground ambulance FRA airport to Klinikum Kassel, bed confirmed by their
  admission desk for Thursday evening.
- Wife is with him in Malaga; her hotel costs from day 5 are covered
  (max EUR 150/night).

Guarantee of payment to the hospital is already sent (EUR 18,000 so far).
If the doctor changes his fit-to-fly assessment, please call me on my mobile,
whatever the time.

Thanks,
Elena
"""
    return M(who("vogt"), fn("Marta Schilling", "marta.schilling@" + DOMAIN),
             "Handover TA-26-02218 Brandt / Marbella - repatriation Thursday", "2026-03-09 18:22",
             body, cc="assistance-desk@" + DOMAIN)


# --- 0022 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses tenancy: cover confirmation for a named tenant against a notice for owner's own use; no health")
def m022():
    body = """Sehr geehrte Frau Roth,

in Ihrer Mietrechtsangelegenheit (Eigenbedarfskündigung Ihres Vermieters
Herrn Klaus Engelhardt vom 28.01.2026, Wohnung Frankfurter Straße 112,
34121 Kassel) erteilen wir Ihnen Kostenschutz für die außergerichtliche
Interessenwahrnehmung und – falls nötig – für die erste Instanz vor dem
Amtsgericht Kassel.

Schaden-Nr.: RS-26-1044581
Vertrag: 49-RS-0660218 (Privat-, Berufs- und Wohnungs-Rechtsschutz)
Selbstbeteiligung: 150,00 EUR

Sie haben die freie Anwaltswahl. Wenn Sie möchten, nennen wir Ihnen eine
auf Mietrecht spezialisierte Kanzlei in Kassel. Bitte geben Sie Ihrem
Anwalt die Schadennummer; er rechnet direkt mit uns ab.

Ein Hinweis zur Frist: Der Widerspruch gegen die Kündigung muss dem
Vermieter spätestens zwei Monate vor Ende der Kündigungsfrist vorliegen.

""" + sig("wiegand") + "\n"
    return M(who("wiegand"), fn("Melanie Roth", "melanie.roth@mailhafen.example"),
             "Deckungszusage RS-26-1044581 – Eigenbedarfskündigung", "2026-03-10 09:05", body)


# --- 0023 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses: objection to eviction on hardship grounds because the 82-year-old tenant has Parkinson's and care level 2")
def m023():
    body = """Sehr geehrte Frau Baumgart,

vielen Dank für Ihren Brief und das Gespräch mit Ihrem Sohn am Telefon.

Für den Widerspruch gegen die Eigenbedarfskündigung Ihrer Wohnung in der
Kurt-Schumacher-Straße 30 erteilen wir Ihnen Kostenschutz
(Schaden-Nr. RS-26-1047093, Vertrag 49-RS-0288141).

Ihr Anwalt, Herr Rechtsanwalt Dr. Sommer, wird sich auf die sogenannte
Härteklausel (§ 574 BGB) stützen. Dafür sind die Umstände wichtig, die Sie
uns geschildert haben: Sie sind 82 Jahre alt, leben seit 46 Jahren in der
Wohnung, sind wegen Ihrer Parkinson-Erkrankung in Pflegegrad 2 eingestuft
und werden von der Nachbarin und dem Pflegedienst im Haus versorgt.

Bitte geben Sie Herrn Dr. Sommer deshalb

- den Bescheid der Pflegekasse über den Pflegegrad und
- ein kurzes Attest Ihres Neurologen, dass ein Umzug Ihre Gesundheit
  erheblich gefährden würde.

Die Kosten für das Attest übernehmen wir im Rahmen des Verfahrens. Die
Selbstbeteiligung entfällt bei Ihrem Vertrag (Tarif 60plus).

""" + sig("wiegand") + "\n"
    return M(who("wiegand"), fn("Elfriede Baumgart", "baumgart.elfriede@kasselnet.example"),
             "Ihr Widerspruch gegen die Kündigung – Kostenschutz RS-26-1047093", "2026-03-11 14:30",
             body, cc=fn("Michael Baumgart", "m.baumgart@webpost.example"), cte="quoted-printable")


# --- 0024 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: meeting invitation (ICS) for the property team's storm review, claims vocabulary, no person")
def m024():
    cal = ics("jf-sach-2026-03-17@lindenhof-versicherung.example", "2026-03-17 10:00", "2026-03-17 11:30",
              "Jour fixe Schadenservice Sach – Bilanz Sturmtief Ylva",
              location="Raum 3.14 / Teams",
              description="1. Schadenzahlen Ylva (Stand KW 11)\n2. Auslastung Gutachter und Dachdecker\n"
                          "3. Notfallpool Trockner\n4. Verschiedenes",
              organizer=("Katrin Oberländer", STAFF["oberlaender"]["addr"]),
              attendees=[("Team Schadenservice Sach", "schaden-sach-team@" + DOMAIN)],
              stamp="2026-03-12 08:15")
    body = """Hallo zusammen,

Einladung für Dienstag anbei. Bitte bringt eure offenen Großschäden > 50 TEUR
mit (nur Schadennummer und Stand, keine Akten ausdrucken).

Katrin
"""
    return M(who("oberlaender"), fn("Team Schadenservice Sach", "schaden-sach-team@" + DOMAIN),
             "Einladung: Jour fixe Schadenservice Sach – Bilanz Sturmtief Ylva", "2026-03-12 08:16",
             body, atts=[att("invite.ics", cal, "text/calendar", cte="quoted-printable")])


# --- 0025 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: reinsurer gets windstorm loss aggregates by 2-digit postcode zone (XLSX), no policyholder")
def m025():
    rows = [["Zone (PLZ-2)", "Line", "Claims reported", "Incurred EUR", "Paid EUR", "Largest single loss EUR"],
            ["34", "Buildings", 2841, 9412300, 4120880, 311000],
            ["34", "Household", 612, 788400, 502110, 41200],
            ["35", "Buildings", 1190, 3655000, 1478300, 188500],
            ["36", "Buildings", 744, 2010400, 920010, 97400],
            ["37", "Buildings", 1533, 4877200, 1712600, 264000],
            ["37", "Household", 288, 301900, 188400, 22800],
            ["99", "Commercial property", 97, 3120000, 410000, 1450000],
            ["", "Total", 7305, 24165200, 9332300, ""]]
    x = xlsx([("Ylva by zone", rows), ("Notes", [["Event", "Windstorm Ylva, 22-24 Feb 2026"],
                                                 ["Data as of", "13 Mar 2026"],
                                                 ["Source", "Lindenhof claims DWH, event code WS-2026-02"]])],
             author="Priya Raman", created="2026-03-13 15:40", title="Ylva event loss by zone")
    body = """Dear Henrik,

as agreed in Tuesday's call, please find attached the first event loss
breakdown for windstorm Ylva by 2-digit postcode zone and line of business.
Incurred includes case reserves and an IBNR load of 8 % on buildings.

Our current estimate for the gross event loss is EUR 24.2m, i.e. still well
below the retention of the cat XL (EUR 40m), so no recovery notice for now.
Next update with the 5-digit data after month-end.

""" + sig("raman") + "\n"
    return M(who("raman"), fn("Henrik Aalto", "henrik.aalto@nordstern-re.example"),
             "Ylva - event loss by zone (as of 13 Mar)", "2026-03-13 15:52", body,
             atts=[att("Ylva_event_loss_by_zone_20260313.xlsx", x)])

# --- 0026 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "returned direct debit for household premium: named customer, his IBAN, amount, policy number (windows-1252)")
def m026():
    acct = iban("DE", "520503530001184471")
    body = """Sehr geehrter Herr Schwalm,

die Lastschrift für den Jahresbeitrag Ihrer Hausrat- und Glasversicherung
(Vertrag 40-HR-2047719) über 212,30 € konnte am 02.03.2026 nicht eingelöst
werden. Ihre Bank hat sie mit dem Grund „Konto erloschen" zurückgegeben.

Bei uns ist folgende Bankverbindung hinterlegt:

    Kontoinhaber: Dieter Schwalm
    IBAN: """ + acct + """
    Bank: Kasseler Sparkasse

Falls Sie inzwischen ein neues Konto haben, schicken Sie uns bitte ein
neues SEPA-Lastschriftmandat (Vordruck anbei im Kundenportal) oder
überweisen Sie den Betrag bis zum 31.03.2026 auf unser Konto unter Angabe
der Vertragsnummer. Die Rücklastschriftgebühr Ihrer Bank (3,00 €) müssen
wir Ihnen leider weiterberechnen.

""" + sig("anders") + "\n\n" + FOOTER_DE + "\n"
    return M(who("anders"), fn("Dieter Schwalm", "dieter.schwalm@t-netz.example"),
             "Rücklastschrift – Ihr Vertrag 40-HR-2047719", "2026-03-16 09:40", body,
             charset="windows-1252", cte="quoted-printable",
             hdrs=[("X-Mailer", "Lindenhof Inkasso Korrespondenz 3.4")])


# --- 0027 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service",
      "care insurance: invoice check with a home-care service for a named insured person, care level 3 and care services")
def m027():
    body = """Sehr geehrte Frau Lindemann,

vielen Dank für die Abrechnung Februar 2026 für unsere Versicherte
Frau Hildegard Rupp (Pflegegrad 3, Vers.-Nr. 51-PP-4408813).

Beim Abgleich mit dem Pflegevertrag ist uns Folgendes aufgefallen:

- LK 3 "Große Körperpflege" ist an 28 Tagen abgerechnet, laut Pflegeplan
  vom 12.01.2026 ist sie aber nur an 4 Tagen pro Woche vereinbart
  (an den übrigen Tagen LK 2 "Kleine Körperpflege").
- LK 31 "Verabreichen von Medikamenten / Insulininjektion" ist eine
  Leistung der häuslichen Krankenpflege (SGB V) und kann nicht über die
  Pflegeversicherung abgerechnet werden. Bitte rechnen Sie diese mit der
  Krankenkasse von Frau Rupp ab.
- Die Wegepauschale wurde für zwei Einsätze am selben Tag doppelt
  berechnet (07.02. und 21.02.).

Den unstrittigen Teil von 1.186,40 EUR haben wir angewiesen. Die Differenz
zum Sachleistungsbetrag für Pflegegrad 3 (1.497,00 EUR) kann Frau Rupp als
anteiliges Pflegegeld erhalten (Kombinationsleistung).

Bitte senden Sie uns eine korrigierte Rechnung.

""" + sig("holtkamp") + "\n"
    return M(who("holtkamp"), fn("Beate Lindemann", "abrechnung@pflegedienst-sonnenweg.example"),
             "Abrechnung 02/2026 – Frau H. Rupp, 51-PP-4408813", "2026-03-17 11:25", body,
             cte="quoted-printable")


# --- 0028 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-press",
      "trap: press statement on windstorm claims with aggregate numbers and 'Personenschäden'; no identifiable person")
def m028():
    body = """Sehr geehrter Herr Reinhardt,

vielen Dank für Ihre Anfrage. Gern unser Statement zur Schadenbilanz nach
Sturmtief "Ylva", zur Verwendung mit Quellenangabe:

"Bei der Lindenhof Versicherung sind bis zum 18. März rund 7.300 Schäden
aus dem Sturmtief Ylva gemeldet worden, davon mehr als 80 Prozent an
Wohngebäuden in Nordhessen und Südniedersachsen. Den Gesamtaufwand
schätzen wir derzeit auf rund 24 Millionen Euro. Personenschäden bei
unseren Kundinnen und Kunden sind uns nicht gemeldet worden. 93 Prozent
der Schäden unter 5.000 Euro haben wir innerhalb von zehn Tagen
reguliert", sagt Bernd Kuhlmann, Vorstand Schaden/Unfall.

Zu Ihrer Frage nach Einzelfällen: Dazu äußern wir uns grundsätzlich
nicht. Hintergrundinformationen zu den häufigsten Schäden (abgedeckte
Dächer, umgestürzte Bäume, Photovoltaikanlagen) schicke ich Ihnen gern.

Foto von Herrn Kuhlmann (honorarfrei):
https://www.lindenhof-versicherung.example/presse/bilder/kuhlmann_2026.jpg

""" + sig("fleischhauer") + "\n"
    return M(who("fleischhauer"), fn("Tim Reinhardt", "t.reinhardt@nordhessen-kurier.example"),
             "AW: Anfrage Schadenbilanz Sturm Ylva", "2026-03-18 13:02", body)


# --- 0029 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "buildings water damage for a UK landlord: his rented flat, the named tenant who caused it, claim number, recourse")
def m029():
    body = """Dear Mr Harcourt,

thank you for your e-mail. I have registered the water damage in your flat at Karl-Heine-Strasse 57, 04229 Leipzig (2nd floor left) under claim WG-26-0040215, buildings policy 41-WG-7712094.

From the report of the property manager, the hose of the washing machine belonging to your tenant, Ms Jana Pietsch, came off on 9 March while she was at work. The water ran into the bathroom floor screed and into the flat below.

What happens next:

1. Drying company: Trocknungsservice Sachsen will contact Ms Pietsch directly to arrange access; I have her phone number from the property manager.
2. We pay for the damage to the building (screed, tiles, ceiling of the flat below) under your buildings policy.
3. Because the tenant's hose caused the damage, we will check whether we can recover our costs from her personal liability insurer. You do not need to do anything for this, and it will not affect your relationship with her.

Rent reduction: if the bathroom cannot be used, Ms Pietsch may reduce the rent. Your policy covers loss of rent for up to 12 months, so please keep a note of any reduction.

""" + sig("thornton") + "\n"
    return M(who("thornton"), fn("Neil Harcourt", "neil.harcourt@btmail.example"),
             "Re: Water damage Karl-Heine-Strasse 57 - claim WG-26-0040215", "2026-03-18 16:44",
             flowed(body), flowed=True, cte="8bit",
             hdrs=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1")])


# --- 0030 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: bilingual out-of-office auto-reply naming deputies and claims mailboxes; no client data")
def m030():
    body = """Thank you for your e-mail. I am out of the office until Monday, 30 March
2026, with no access to e-mail.

For urgent matters please contact my colleague Rebecca Thornton
(rebecca.thornton@lindenhof-versicherung.example, +49 561 7098-4466).
New claims in English: claims-english@lindenhof-versicherung.example.

Vielen Dank fuer Ihre Nachricht. Ich bin bis einschliesslich 27.03.2026
nicht im Buero. In dringenden Faellen wenden Sie sich bitte an Rebecca
Thornton (Durchwahl -4466).

Fiona McAllister
International Client Services
"""
    return M(who("mcallister"), fn("Tom Ashworth", "tom.ashworth@albion-brokers.example"),
             "Automatic reply: Q2 renewal list - Albion household book", "2026-03-20 15:11", body,
             charset="us-ascii", cte="7bit", irt="<CAB7d1x0Q2renewal@albion-brokers.example>",
             hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("Precedence", "auto_reply")])


# --- 0031 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health reimbursement: physiotherapy after a named customer's cruciate-ligament surgery, invoice positions")
def m031():
    body = """Dear Ms Marchetti,

we have processed the physiotherapy invoices you submitted on 12 March for
the treatment after your anterior cruciate ligament reconstruction (right
knee) in January. Here is the breakdown for your international health plan
52-KV-9031177:

  Invoice    Provider                     Treatment                       Charged   Reimbursed
  ---------  ---------------------------  ------------------------------  --------  ----------
  PT-2026-41 Physio am Bergpark, Kassel   6 x physiotherapy (KG)          EUR 198   EUR 198
  PT-2026-58 Physio am Bergpark, Kassel   6 x KG on equipment (KGG)       EUR 294   EUR 294
  PT-2026-63 Physio am Bergpark, Kassel   4 x manual lymph drainage 30    EUR 132   EUR 132
  RX-118     Sanitaetshaus Vogel          knee brace (hinged)             EUR 389   EUR 311
                                                                          --------  ----------
                                                                          EUR 1,013 EUR 935

The knee brace is reimbursed at 80 % as aids (Hilfsmittel) in your tariff.
The amount of EUR 935.00 will be paid to your account within five days.

Your surgeon's prescription covers another 6 sessions of KGG. Please send
those invoices together when you have them, it saves you postage.

Get well soon,

""" + sig("mcallister") + "\n"
    return M(who("mcallister"), fn("Sofia Marchetti", "sofia.marchetti@postbox.example"),
             "Your physiotherapy invoices - reimbursement 52-KV-9031177", "2026-03-20 10:18", body,
             cte="quoted-printable")


# --- 0032 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: quarterly SLA review with the assistance partner: medical-case and repatriation counts, no person")
def m032():
    body = """Dear Pascal,

ahead of our quarterly review on 2 April, here are our figures for Q1 2026
(assistance services for Lindenhof travel insurance):

  Calls received                           3,912
  Medical cases opened                       412
  of which inpatient abroad                  139
  Repatriations (scheduled flight)            31
  Repatriations (air ambulance)                6
  Average time to first call-back         18 min  (SLA: 30 min)
  Guarantees of payment issued               187
  Complaints                                   4

Two topics I would like to discuss:

1. The call-back time on weekends was above SLA in February (41 min on
   average on 14/15 Feb). What happened there?
2. Invoice data: your monthly file still shows diagnosis text in the free
   text column. We only need the case number and the cost type, please
   drop that column from April.

Agenda and dial-in follow. Looking forward to it.

""" + sig("vogt") + "\n"
    return M(who("vogt"), fn("Pascal Fournier", "p.fournier@euroassist.example"),
             "Q1 2026 figures for our review on 2 April", "2026-03-24 09:12", body,
             charset="us-ascii")


# --- 0033 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "private liability: homeowner's tree fell on the named neighbour's garage in a storm; claim number; nobody hurt")
def m033():
    body = """Dear Mr de Groot,

thank you for calling us about the oak tree from your garden that fell onto
your neighbour's garage during storm Ylva on 23 February. I have registered
it under your personal liability policy 42-PH-5530218 (claim HP-2026-00398).
Good to hear that nobody was hurt.

Let me explain how we look at this, because your neighbour, Mrs Hannelore
Sprenger, has already sent us a repair quote of EUR 7,460:

- A healthy tree that is blown over by a storm of force 9 or more is a
  natural event. In that case you are not liable, and Mrs Sprenger's own
  buildings insurance pays for her garage.
- You would only be liable if the tree was visibly diseased or damaged
  before and you should have had it checked.

To decide, we would like to see any photos of the tree from before the
storm and, if you have one, the last invoice of the tree surgeon. We will
also ask the weather service for the wind speed in Kassel-Harleshausen that
night.

We will write to Mrs Sprenger ourselves; please do not agree to pay
anything for now.

""" + sig("thornton") + "\n"
    return M(who("thornton"), fn("Pieter de Groot", "pieter.degroot@mailbox-nl.example"),
             "Your tree and Mrs Sprenger's garage - claim HP-2026-00398", "2026-03-02 12:30", body)


# --- 0034 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "relative",
      "inline forward: wife reports her husband's stroke, stroke unit, cannot sign; disability policy")
def m034():
    body = """Liebe Frau Krämer-Lutz,

diese Mail kam heute im Kundenservice an, ich gebe sie Ihnen direkt
weiter. Ich habe Frau Pfaff gesagt, dass Sie sich in den nächsten Tagen
melden. Vertrag laut Bestand: 47-BU-0087330.

Viele Grüße
Aylin Demirci

Von: Ursula Pfaff <ursula.pfaff@mailhafen.example>
Gesendet: Dienstag, 24. März 2026 19:03
An: service@lindenhof-versicherung.example
Betreff: Berufsunfähigkeit mein Mann Gerd Pfaff

Guten Tag,

mein Mann Gerd Pfaff hat bei Ihnen eine Berufsunfähigkeitsversicherung.
Er hatte am 15. März einen Schlaganfall und liegt seitdem auf der Stroke
Unit im Klinikum Fulda, die rechte Seite ist gelähmt und er kann noch
nicht richtig sprechen. Die Ärzte sagen er kommt danach in die Reha, wie
lange weiß keiner.

Er ist Busfahrer, das wird er wohl nicht mehr machen können. Was müssen
wir jetzt tun? Er kann im Moment nichts unterschreiben. Ich habe keine
Vollmacht, nur sein Konto kann ich benutzen.

Vielen Dank
Ursula Pfaff
"""
    return M(who("demirci"), who("kraemer"),
             "WG: Berufsunfähigkeit mein Mann Gerd Pfaff", "2026-03-25 08:40", body,
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")])


# --- 0035 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal notification 'new message in your mailbox' with no content, no contract number")
def m035():
    text = """Guten Tag,

in Ihrem Lindenhof-Postfach liegt eine neue Nachricht für Sie.

Bitte melden Sie sich unter https://portal.lindenhof-versicherung.example an,
um sie zu lesen. Aus Sicherheitsgründen versenden wir Inhalte nicht per
E-Mail.

Diese Benachrichtigung wurde automatisch erstellt. Bitte antworten Sie
nicht auf diese E-Mail.

Ihre Lindenhof Versicherung
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #cfd8d2">
<tr><td style="background:#2a5d3c;color:#fff;padding:12px 16px;font-size:18px">Lindenhof Versicherung</td></tr>
<tr><td style="padding:16px">
<p>Guten Tag,</p>
<p>in Ihrem Lindenhof-Postfach liegt eine <b>neue Nachricht</b> für Sie.</p>
<p><a href="https://portal.lindenhof-versicherung.example" style="background:#2a5d3c;color:#fff;padding:8px 14px;text-decoration:none">Zum Postfach</a></p>
<p style="font-size:12px;color:#666">Aus Sicherheitsgründen versenden wir Inhalte nicht per E-Mail.
Diese Benachrichtigung wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</p>
</td></tr></table></body></html>
"""
    return M(fn("Lindenhof Postfach", "noreply-postfach@" + DOMAIN), "j.albrecht@freemail.example",
             "Neue Nachricht in Ihrem Lindenhof-Postfach", "2026-03-25 06:02", text, html=html,
             cte="quoted-printable", html_cte="quoted-printable",
             hdrs=[("Auto-Submitted", "auto-generated")])


# --- 0036 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "short glass-breakage claim mail: named customer, claim and policy number, insured address")
def m036():
    body = """Hallo Frau Scholl,

danke für die Meldung. Der Schaden an der Dachscheibe Ihres Wintergartens
(Am Wasserturm 4, Vellmar) ist unter GL-2026-01187 zu Ihrer Glasversicherung
40-GL-0311420 angelegt.

Könnten Sie mir noch zwei, drei Fotos schicken – einmal die ganze Scheibe,
einmal den Riss von nah? Dann kann ich den Glaser direkt beauftragen.

""" + sig("yilmaz") + "\n"
    return M(who("yilmaz"), fn("Beate Scholl", "beate.scholl@kasselnet.example"),
             "Glasbruch Wintergarten – GL-2026-01187", "2026-03-26 14:03", body)


# --- 0037 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "travel health guarantee of payment to a foreign hospital: named patient, birth date, appendectomy")
def m037():
    body = """Dear Ms Charalambous,

with reference to your request of today, Lindenhof Versicherung AG
guarantees payment for the inpatient treatment of our insured:

  Patient:          Mr Bernd Oswald
  Date of birth:    1958-07-19
  Policy:           48-RK-1290447 (travel health, annual)
  Our case no.:     TA-26-02491
  Admission:        26 March 2026, Emergency Department
  Diagnosis given:  acute appendicitis (K35.8), laparoscopic appendectomy
                    planned for today

The guarantee covers medically necessary treatment, semi-private room and
physician fees up to EUR 12,000. Please contact us before exceeding this
amount or if the length of stay goes beyond 5 days.

Please send the final invoice, the discharge summary and the operation
report to claims-travel@lindenhof-versicherung.example (or via our secure
upload link, which we prefer). Payment within 14 days of receipt.

""" + sig("vogt") + "\n"
    return M(who("vogt"), fn("Eleni Charalambous", "international@larnaca-general.example"),
             "Guarantee of payment - Mr Bernd Oswald - TA-26-02491", "2026-03-26 11:47", body)


# --- 0038 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: IT ticket about scanning 'Arztberichte' and 'Arztrechnungen' in health claims intake; no document content")
def m038():
    body = """Hallo Scan-Team,

Ticket INC-2026-118830, zur Info und mit Bitte um Rückmeldung:

Seit dem Treiber-Update am Montag zieht der Scanner SC-07 im Posteingang
Leistung Kranken (3. OG) mehrseitige Arztberichte und Arztrechnungen
schräg ein. Folge: Die OCR erkennt bei ca. 30 % der Belege die
Rechnungsnummer und die GOÄ-Ziffern nicht, die Belege landen in der
manuellen Nacherfassung (Rückstau aktuell ca. 1.900 Seiten).

Was wir bisher gemacht haben:
- Treiber auf Version 4.12.3 zurückgesetzt -> keine Besserung
- Einzugsrollen gereinigt -> leicht besser
- Testscan mit Leerblättern: Schräglauf 2,5°

Könnt ihr morgen früh jemanden vorbeischicken? Der Techniker von
Scantronic kommt erst am Donnerstag.

""" + sig("behrendt") + "\n"
    return M(who("behrendt"), fn("Scan-Team Posteingang", "scan-team@" + DOMAIN),
             "INC-2026-118830 Scanner SC-07 Leistung Kranken – Schräglauf", "2026-03-26 16:55", body)


# --- 0039 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor vehicle change: new eVB number, VIN, plate, no-claims class of a named customer")
def m039():
    body = """Hallo Herr Kowalczyk,

wie gewünscht hier Ihre neue eVB-Nummer für die Zulassung des neuen
Fahrzeugs:

    eVB-Nr.: K7M4Q2X

Fahrzeug: Skoda Octavia Combi, FIN TMBJR7NX4RY031188
Halter/Versicherungsnehmer: Marek Kowalczyk, Lohfeldener Weg 17, 34253 Lohfelden
Vertrag: 46-KF-1129864 (bisher KS-MK 218, wird übernommen)

Ihre Schadenfreiheitsklassen bleiben wie bisher: Haftpflicht SF 14,
Vollkasko SF 11. Der neue Beitrag ab Zulassung beträgt 61,40 EUR im Monat,
den genauen Nachtrag bekommen Sie nach der Zulassung.

Das alte Auto bitte erst abmelden bzw. umschreiben lassen, wenn der
Käufer es abgeholt hat.

""" + sig("brandauer") + "\n"
    return M(who("brandauer"), fn("Marek Kowalczyk", "marek.k@webpost.example"),
             "Ihre eVB für den Octavia", "2026-03-27 10:11", body)


# --- 0040 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "life insurance beneficiary change for a named policyholder (personal line, no medical content)")
def m040():
    body = """Dear Mr Novak,

we have received your signed request of 20 March and have changed the
beneficiary of your term life insurance 50-RL-3370218 as follows, with
effect from 30 March 2026:

  Previous beneficiary:  Ms Klara Novak (former spouse)
  New beneficiary:       Ms Aisha Rahman, born 4 November 1990 (partner)
  Type:                  revocable

The sum insured of EUR 250,000 and your monthly premium of EUR 31.80 remain
unchanged. A new policy schedule will be uploaded to your customer portal in
the next few days.

Please note that a revocable beneficiary can be changed again at any time in
writing. If you want your partner to have an irrevocable right, let us know;
we would then need her signature as well.

""" + sig("mcallister") + "\n\n" + FOOTER_EN + "\n"
    return M(who("mcallister"), fn("Tomas Novak", "tomas.novak@postbox.example"),
             "Change of beneficiary - policy 50-RL-3370218", "2026-03-30 13:36", body,
             charset="us-ascii", cte="7bit")


# --- 0041 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: commission-rate circular to brokers with the insurer's own company IBAN and example contract numbers format")
def m041():
    own = iban("DE", "520400210123400500")
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

zum 01.04.2026 passen wir die Courtagesätze im Privatkundengeschäft Sach
wie folgt an:

  Sparte                      Abschluss   Bestand
  Hausrat (Tarif 2024)        22,5 %      12,5 %
  Wohngebäude (Tarif 2024)    17,5 %      10,0 %
  Privathaftpflicht           25,0 %      15,0 %
  Glas                        20,0 %      12,5 %

Für Verträge mit Beginn vor dem 01.04.2026 bleiben die bisherigen Sätze
unverändert. Die Courtageabrechnung April enthält erstmals eine eigene
Spalte "Tarifgeneration".

Rückforderungen aus Stornohaftung überweisen Sie bitte wie bisher unter
Angabe Ihrer Vermittlernummer auf unser Konto:

  Lindenhof Versicherung AG
  IBAN """ + own + """
  Verwendungszweck: STORNO <Vermittlernummer> <Abrechnungsmonat>

Bei Fragen wenden Sie sich an Ihre Maklerbetreuung.

""" + sig("gruenewald") + "\n"
    return M(who("gruenewald"), "makler-nord@lists." + DOMAIN,
             "Courtagesätze Privat Sach ab 01.04.2026", "2026-03-27 15:00", body,
             hdrs=[("Precedence", "bulk")])


# --- 0042 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary while the customer was in rehab after knee surgery; quoted customer mail with typos")
def m042():
    body = """Sehr geehrter Herr Rehm,

danke für die Unterlagen. Ich habe den Einbruch in Ihr Haus in der
Ihringshäuser Straße 60 unter HR-2026-006633 zu Ihrer Hausratversicherung
40-HR-5519024 angelegt.

Ihre Sorge kann ich Ihnen nehmen: Dass das Haus während Ihrer drei Wochen
in der Reha-Klinik nach der Knie-OP leer stand, ist kein Problem. Erst
wenn eine Wohnung länger als 60 Tage ununterbrochen unbewohnt ist, müssten
Sie uns das vorher mitteilen. Und dass Ihre Tochter zweimal die Woche
nach dem Rechten gesehen hat, ist mehr als genug.

Damit es weitergeht, brauche ich noch

- die Stehlgutliste, die Sie der Polizei gegeben haben (Kopie genügt),
- Kaufbelege oder Fotos vom Schmuck Ihrer verstorbenen Frau, soweit
  vorhanden.

Das kaputte Terrassentürschloss dürfen Sie schon reparieren lassen.

""" + sig("oberlaender") + """

-----Ursprüngliche Nachricht-----
Von: Klaus-Dieter Rehm <kd.rehm@t-netz.example>
Gesendet: Sonntag, 29. März 2026 17:20
An: schaden@lindenhof-versicherung.example
Betreff: Einbruch bei mir

Sehr geehrte Damen und herren

Bei mir wurde eingebrochen als ich in der Reha war, nach meiner Knie OP
(neues Kniegelenk links) war ich 3 Wochen in Bad Hersfeld. Meine Tocher
war Dienstag noch da und da war alles ok, Freitag war die Terassentür
aufgehebelt.Gestohlen ist Schmuck von meiner verstorbenen Frau, Bargeld
ca 400 Euro und der Laptop.

Ist das jetzt ein Problem weil ich nicht da war??
Polizei war da, Tagebuchnummer 2026/118842.

Klaus-Dieter Rehm
"""
    return M(who("oberlaender"), fn("Klaus-Dieter Rehm", "kd.rehm@t-netz.example"),
             "AW: Einbruch bei mir", "2026-03-30 11:58", body,
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0043 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "trip cancellation because of redundancy (no health): named customer, employer dismissal, refund amount")
def m043():
    body = """Dear Mr Mehta,

thank you for sending the termination letter from your employer. I am sorry
about the circumstances.

Your travel cancellation insurance 48-RR-6604117 covers the cancellation of
a trip if the insured person unexpectedly loses their job through
redundancy (betriebsbedingte Kuendigung) after booking. That is the case
here: you booked the trip to Sri Lanka on 14 November 2025 and received
notice on 16 March 2026.

Settlement of claim TR-26-00871:

  Cancellation fees charged by the tour operator   EUR 2,470.00
  Excess 10 %                                       - EUR 247.00
  Amount paid                                       EUR 2,223.00

The amount will be credited to your account ending in 4417 within three
working days. Your partner's share is included, as she is named on the
policy.

""" + sig("vogt") + "\n"
    return M(who("vogt"), fn("Arjun Mehta", "arjun.mehta@inbox-uk.example"),
             "Your cancellation claim TR-26-00871", "2026-03-31 10:02", body, charset="us-ascii",
             cte="quoted-printable")


# --- 0044 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: actuarial statistics of bodily-injury liability claims by age band and injury type, ODS attachment; no person")
def m044():
    sheet = [["Altersband geschädigte Person", "Anzahl Personenschäden 2025", "Ø Aufwand EUR", "häufigste Verletzung"],
             ["0–6", 312, 2140, "Bisswunde (Tierhalterhaftpflicht)"],
             ["7–17", 488, 1870, "Prellung/Fraktur nach Fahrradkollision"],
             ["18–64", 1021, 4390, "Sturz auf Glätte"],
             ["65–79", 276, 9870, "Oberschenkelhalsfraktur nach Sturz"],
             ["80+", 41, 16450, "Oberschenkelhalsfraktur nach Sturz"],
             ["Summe", 2138, "", ""],
             ["Hinweis: Zellen < 10 zusammengefasst; Quelle DWH Haftpflicht, Stand 31.03.2026", "", "", ""]]
    o = ods([("Personenschaden_Alter", sheet)], author="Felix Hartung", created="2026-04-01 14:20",
            title="PHV Personenschäden nach Alter 2025")
    body = """Hallo Jens, hallo Tanja,

wie am Montag besprochen die Auswertung der Personenschäden in der
Privat- und Tierhalterhaftpflicht 2025 nach Altersband der geschädigten
Person. Auffällig sind die Stürze älterer Menschen (Glätte, Gehweg vor
versicherten Grundstücken): wenige Fälle, aber im Schnitt fünfmal so
teuer wie bei den Jüngeren, weil häufig Pflegekosten dazukommen.

Für die Tarifierung 2027 würde ich gern eine Räum- und Streupflicht-
Komponente bei den Grundbesitzer-Risiken prüfen. Können wir dazu im April
eine halbe Stunde sprechen?

Felix
"""
    return M(who("hartung"), [who("pohlmann"), fn("Tanja Eggers", "tanja.eggers@" + DOMAIN)],
             "Auswertung Personenschäden PHV 2025 nach Alter", "2026-04-01 14:31", body,
             atts=[att("PHV_Personenschaeden_Alter_2025.ods", o)])


# --- 0045 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care daily allowance raised after reassessment to care level 4 for a named insured")
def m045():
    body = """Sehr geehrter Herr Lutz,

der Medizinische Dienst hat Ihre Mutter, Frau Irmgard Lutz, am 18.03.2026
erneut begutachtet und Pflegegrad 4 festgestellt (bisher Pflegegrad 3).
Das Gutachten liegt uns vor; Sie haben es als Bevollmächtigter in Kopie
erhalten.

Für die Pflegetagegeldversicherung Ihrer Mutter (Vertrag 53-PT-0211786)
bedeutet das:

  bisher (Pflegegrad 3): 60 % von 50,00 EUR = 30,00 EUR täglich
  ab 01.03.2026 (Pflegegrad 4): 80 % von 50,00 EUR = 40,00 EUR täglich

Die Differenz für März (31 Tage x 10,00 EUR = 310,00 EUR) zahlen wir mit
der nächsten Monatszahlung nach. Die Beitragsbefreiung ab Pflegegrad 4
gilt ab dem 01.04.2026 – Sie brauchen den Dauerauftrag also nicht mehr.

Wenn Ihre Mutter in eine stationäre Einrichtung wechselt, teilen Sie
uns das bitte mit; das Tagegeld wird dann unverändert weitergezahlt.

""" + sig("holtkamp") + "\n"
    return M(who("holtkamp"), fn("Rainer Lutz", "rainer.lutz@mailhafen.example"),
             "Pflegetagegeld Ihrer Mutter – Höherstufung Pflegegrad 4", "2026-04-02 10:20", body,
             cte="quoted-printable")


# --- 0046 -----------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: draft social-media post about helping elderly customers with dementia and hospital stays; no real person")
def m046():
    body = """Hi Priya, hi Fiona,

for the English LinkedIn page I'd like to post the text below next Tuesday.
Could you check the English? Facts are approved by Katrin's team. No real
customer is described - the "example" is made up on purpose.

--- draft ---
When life gets complicated, your insurance shouldn't.

Every week our claims team speaks to customers who are in hospital, who
care for a parent with dementia, or who have just moved into a care home.
That's why we changed a few things in 2026:

- Relatives with a power of attorney can now report and follow a claim
  online.
- Our household cover keeps protecting belongings that move with someone
  into a care home.
- No more "proof of being away" when a flat stood empty during a hospital
  stay.

Imagine a 90-year-old whose pipe bursts while she is in rehab. She
shouldn't have to fill in a single form from her hospital bed - and with us
she doesn't.

#insurance #ageing #customerfirst #Kassel
--- end ---

Thanks!
Ute

""" + sig("fleischhauer") + "\n"
    return M(who("fleischhauer"), [who("raman"), who("mcallister")],
             "LinkedIn draft - elderly customers (EN check please)", "2026-04-03 11:15", body)


# --- 0047 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "customer",
      "attached forward of a customer's legal-expenses request about a hedge dispute with a named neighbour; contract number, addresses")
def m047():
    body_in = """Sehr geehrte Damen und Herren,

ich habe bei Ihnen eine Rechtsschutzversicherung (Nr. 49-RS-0731902) mit
Wohnungs- und Grundstücksrechtsschutz.

Mein Nachbar, Herr Wilfried Konietzko (Am Rain 14), hat direkt an der
Grenze zu meinem Grundstück Am Rain 12 in 34292 Ahnatal eine Thujahecke,
die inzwischen über 4 Meter hoch ist. Nach dem hessischen Nachbarrecht
dürfen es 2 Meter sein wenn sie so nah an der Grenze steht. Mein Garten
und meine Terrasse liegen ab Mittag im Schatten.

Ich habe ihm im Oktober geschrieben (Brief anbei), er hat nicht reagiert.
Beim letzten Mal hat er mich am Zaun angeschrien.

Ich möchte jetzt einen Anwalt einschalten. Übernehmen Sie die Kosten?
Ich habe auch an eine Schlichtung beim Schiedsamt gedacht.

Mit freundlichen Grüßen
Matthias Vollmer
Am Rain 12
34292 Ahnatal
Tel. 05609 55 4410
"""
    fwd = inner(fn("Matthias Vollmer", "m.vollmer@netzpost.example"),
                "service@" + DOMAIN, "Rechtsschutz wegen Hecke Nachbar", "2026-04-05 20:41", body_in,
                mid="<CAKq9vP2x1Hecke@netzpost.example>",
                hdrs=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0")])
    body = """Hallo RS-Team,

Kundenanfrage zur Nachbarschaftssache, siehe Anhang. Kunde möchte
Rückruf oder Antwort per Mail.

Gruß
Aylin
"""
    return M(who("demirci"), fn("Rechtsschutz Schadenservice", "rs-schaden@" + DOMAIN),
             "WG: Rechtsschutz wegen Hecke Nachbar", "2026-04-07 08:22", body,
             atts=[("eml", fwd, "Rechtsschutz wegen Hecke Nachbar.eml")],
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0048 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "liability bodily injury: insured's teenage son on a bike knocked down an 86-year-old, hip fracture, short-term care; DOCX claim form")
def m048():
    d = docx(["# Schadenanzeige Haftpflicht – Personenschaden",
              "",
              [["Feld", "Angabe"],
               ["Schaden-Nr.", "HP-2026-00512"],
               ["Versicherungsnehmerin", "Monika Seitz, Brüder-Grimm-Platz 2, 34117 Kassel"],
               ["Vertrag", "42-PH-3308157 (Familientarif)"],
               ["Schadenverursacher", "Jonas Seitz (Sohn, 15 Jahre), mitversichert"],
               ["Geschädigte", "Agnes Hollstein, 86 Jahre, Kölnische Straße 140, 34119 Kassel"],
               ["Schadentag / Ort", "02.04.2026, ca. 7:35 Uhr, Gehweg Kölnische Straße"],
               ["Hergang", "Jonas fuhr mit dem Fahrrad auf dem Gehweg und streifte Frau Hollstein, die stürzte."],
               ["Verletzung", "Oberschenkelhalsfraktur links, OP (Hüft-TEP) am 03.04. im Rotes Kreuz Krankenhaus"],
               ["Weiterer Verlauf", "voraussichtlich Reha, danach Kurzzeitpflege; Tochter kümmert sich"],
               ["Polizei", "ja, Vorgangs-Nr. 0402-26-0771"]],
              "",
              "Angaben aufgenommen telefonisch mit der Versicherungsnehmerin am 06.04.2026 (J. Pohlmann)."],
             author="Jens Pohlmann", created="2026-04-06 15:10", title="Schadenanzeige HP-2026-00512")
    body = """Hallo Tanja,

neuer Personenschaden für dich, Schadenanzeige anbei. Kurz: Sohn der VN
fährt mit dem Rad auf dem Gehweg, 86-jährige Passantin stürzt,
Oberschenkelhalsbruch, ist operiert. Die Tochter der Geschädigten hat
bereits angerufen und fragt nach Pflegekosten, weil die Mutter vorher
allein gelebt hat und das wohl nicht mehr geht.

Haftung dem Grunde nach aus meiner Sicht klar (Gehweg, 15 Jahre alt,
also nicht § 828 Abs. 2). Reserve habe ich mit 35.000 EUR gesetzt.

Gruß Jens
"""
    return M(who("pohlmann"), fn("Tanja Eggers", "tanja.eggers@" + DOMAIN),
             "Neuer Personenschaden HP-2026-00512 Seitz / Hollstein", "2026-04-06 15:18", body,
             atts=[att("Schadenanzeige_HP-2026-00512.docx", d)],
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0049 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: gateway certificate renewal with the IT vendor; S/MIME and 'confidential' words, no personal data")
def m049():
    body = """Hello Martin,

our S/MIME domain certificate for lindenhof-versicherung.example expires on
30 April 2026. Could you please schedule the renewal on the gateway cluster
(sgw01/sgw02) for the maintenance window on Wednesday 15 April, 20:00-22:00?

Details:
- New certificate is ordered, CSR generated on the HSM (RSA 3072), the
  signed certificate will be in the usual SFTP drop by 10 April.
- Please keep the old certificate for decryption of inbound mail for
  another 90 days.
- After the switch, please run the standard test set (plain, TLS-enforced,
  S/MIME to partner domains, portal fallback) and send us the log.

Change ticket: CHG-2026-00877.

Thanks and regards,
Lukas

""" + sig("behrendt") + "\n"
    return M(who("behrendt"), fn("Martin Kessler", "m.kessler@securegate-solutions.example"),
             "Renewal S/MIME domain certificate - CHG-2026-00877", "2026-04-07 11:00", body,
             charset="us-ascii", cte="7bit")


# --- 0050 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "landlord's buildings claim: named tenant reports a burst pipe; tenant's phone number passed on; claim number")
def m050():
    body = """Guten Tag Herr Esser,

Ihre Mieterin im Haus Friedrich-Ebert-Straße 93, Frau Natalia Wróbel
(EG rechts), hat uns heute direkt angerufen: In ihrer Küche tritt unter
der Spüle Wasser aus der Wand, vermutlich ein Rohrbruch in der Zuleitung.
Sie hat den Haupthahn geschlossen.

Ich habe den Schaden unter WG-26-0045903 zu Ihrer Wohngebäude-
versicherung 41-WG-0922671 angelegt und die Firma Leck-Ortung Kassel
beauftragt. Die Firma meldet sich bei Frau Wróbel unter 0176 5558 2931
wegen eines Termins – ich gehe davon aus, dass Sie damit einverstanden
sind; wenn nicht, geben Sie mir bitte heute noch Bescheid.

Die beschädigten Küchenmöbel von Frau Wróbel sind über Ihren Vertrag
nicht versichert; darum muss sich Ihre Mieterin mit ihrer Hausrat-
versicherung kümmern. Das habe ich ihr so gesagt.

""" + sig("yilmaz") + "\n"
    return M(who("yilmaz"), fn("Joachim Esser", "j.esser@esser-immobilien.example"),
             "Rohrbruch Friedrich-Ebert-Straße 93 – Ihre Mieterin Frau Wróbel", "2026-04-08 12:44", body,
             cte="quoted-printable")

# --- 0051 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "disability claim accepted for a named customer with recurrent depression (F33.1), benefit and review date")
def m051():
    body = """Dear Ms Cole,

I am pleased to let you know that we have accepted your claim under your
disability income policy 47-BU-1120563 (claim BU-L-2026-0094).

Based on the reports of your psychiatrist, Dr. Felicitas Amann, and the
assessment by our medical officer, we accept that since 1 November 2025
you have been unable to work as a software developer to the extent of at
least 50 % because of a recurrent depressive disorder, currently a moderate
episode (ICD-10 F33.1).

What this means for you:

- Monthly benefit: EUR 2,000.00, paid from 1 November 2025. The back
  payment for November to March (EUR 10,000.00) will reach your account
  within a week.
- Premium waiver: you do not pay any premiums from 1 November 2025; the
  premiums already collected since then (5 x EUR 74.20) will be refunded.
- Review: as is usual for this diagnosis, we will ask for an update from
  your treating doctor in about twelve months (around April 2027). You do
  not need to send anything before then.

If you start a phased return to work (Hamburger Modell), please tell us
beforehand - it will not automatically stop your benefit.

I wish you all the best for your recovery.

""" + sig("kraemer") + "\n"
    return M(who("kraemer"), fn("Hannah Cole", "hannah.cole@postbox.example"),
             "Your disability claim BU-L-2026-0094 - decision", "2026-04-09 10:30", body,
             cte="quoted-printable")


# --- 0052 -----------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "trap: HTML-only expat newsletter explaining health insurance, doctors, hospital and care levels in Germany; no person")
def m052():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lindenhof International - Spring 2026</title></head>
<body style="font-family:Georgia,serif;max-width:660px;margin:auto;color:#1d2a22">
<h1 style="font-family:Arial,sans-serif;color:#2a5d3c">Lindenhof International</h1>
<p><i>Spring 2026 - for customers who live in Germany and prefer English</i></p>
<h2>Seeing a doctor in Germany: the short version</h2>
<p>Most people first see a general practitioner (Hausarzt). Specialists such as dermatologists or
orthopaedists can be booked directly, but waiting times are shorter with a referral. In an emergency
call <b>112</b>; outside surgery hours the medical on-call service is <b>116 117</b>.</p>
<h2>Statutory or private?</h2>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px">
<tr style="background:#e6efe9"><th></th><th>Statutory (GKV)</th><th>Private (PKV)</th></tr>
<tr><td>Premium based on</td><td>income (about 17 % incl. care, shared with employer)</td><td>age at entry, health, tariff</td></tr>
<tr><td>Family members</td><td>often free</td><td>each person pays</td></tr>
<tr><td>Doctor's bills</td><td>you never see them</td><td>you pay and claim back</td></tr>
<tr><td>Long-term care</td><td colspan="2">mandatory in both systems; benefits depend on the care level (Pflegegrad 1-5)</td></tr>
</table>
<h2>Moving flat? Don't forget your household policy</h2>
<p>Tell us your new address before the move: your belongings are insured in both flats for up to two months.</p>
<h2>Events</h2>
<p>Online Q&amp;A "Your first German tax return", 12 May 2026, 6 pm - free, register on our website.</p>
<p style="font-size:11px;color:#667">You receive this newsletter because you subscribed at lindenhof-versicherung.example.
<a href="https://www.lindenhof-versicherung.example/en/newsletter/unsubscribe">Unsubscribe</a><br>
Lindenhof Versicherung AG, Am Lindenhof 12, 34117 Kassel, Germany</p>
</body></html>
"""
    return M(fn("Lindenhof International", "newsletter@" + DOMAIN), "international-news@lists." + DOMAIN,
             "Lindenhof International - Spring 2026: doctors, insurance, moving", "2026-04-10 07:00",
             html=html, html_cte="quoted-printable",
             hdrs=[("List-Unsubscribe", "<https://www.lindenhof-versicherung.example/en/newsletter/unsubscribe>"),
                   ("Precedence", "bulk")])


# --- 0053 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "liability key loss: tenant lost a key to the central locking system, property manager's claim, claim number")
def m053():
    body = """Sehr geehrte Frau Hartmann,

die Hausverwaltung Brückner hat uns für die Eigentümergemeinschaft
Wolfsanger Straße 31 ein Angebot über 4.870,00 EUR für den Austausch der
Zentralschließanlage (38 Zylinder, 76 Schlüssel) geschickt, nachdem Ihnen
am 28.03. der Schlüsselbund mit dem Generalschlüssel-Haustürschlüssel
abhandengekommen ist.

Der Schlüsselverlust ist in Ihrer Privathaftpflicht (42-PH-4410987)
bis 50.000 EUR mitversichert. Bevor wir zahlen, brauchen wir:

1. Ihre kurze schriftliche Schilderung, wann und wo Sie den Schlüssel
   zuletzt hatten (Sie sagten, vermutlich im Bus der Linie 4),
2. die Fundbüro-Anfrage der KVG (Kopie oder Screenshot),
3. von der Hausverwaltung die Bestätigung, dass der Schlüssel einer
   Wohnung zugeordnet werden kann (mit Hausnummer am Anhänger?) –
   davon hängt ab, ob der komplette Austausch nötig ist.

Schaden-Nr.: HP-2026-00577

""" + sig("pohlmann") + "\n"
    return M(who("pohlmann"), fn("Lea Hartmann", "lea.hartmann@freemail.example"),
             "Schlüsselverlust Wolfsanger Straße 31 – HP-2026-00577", "2026-04-09 14:52", body,
             charset="windows-1252", cte="quoted-printable", hdrs=[("X-Mailer", "Microsoft Outlook 15.0")])


# --- 0054 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: letter template with «placeholders» for cancelling household cover on moving into a nursing home; DOCX")
def m054():
    d = docx(["«Anrede» «Vorname» «Nachname»",
              "«Straße» «Hausnummer»",
              "«PLZ» «Ort»",
              "",
              "Ihre Hausratversicherung «Vertragsnummer» – Beendigung wegen Umzug in eine Pflegeeinrichtung",
              "",
              "«Briefanrede»,",
              "",
              "vielen Dank für Ihre Mitteilung vom «Datum_Eingang». Wir bestätigen die Beendigung Ihrer "
              "Hausratversicherung zum «Datum_Vertragsende», dem Tag, an dem Ihre bisherige Wohnung aufgegeben wird.",
              "Ihre persönlichen Sachen in der Einrichtung «Name_Einrichtung» bleiben bis dahin über die "
              "Außenversicherung geschützt.",
              "Den im Voraus gezahlten Beitrag für die Zeit nach Vertragsende (€ «Erstattungsbetrag») "
              "erstatten wir auf das Konto, von dem er abgebucht wurde.",
              "[Optional, wenn PHV vorhanden:] Ihre Privathaftpflichtversicherung «Vertragsnummer_PHV» "
              "kann bestehen bleiben. Auch in einer Pflegeeinrichtung ist Haftpflichtschutz sinnvoll.",
              "",
              "Mit freundlichen Grüßen",
              "«Sachbearbeiter»",
              "",
              "# Hinweise für die Sachbearbeitung (vor Versand löschen)",
              "- Keine Angaben zu Pflegegrad, Diagnose oder Grund des Umzugs in den Brief übernehmen.",
              "- Bei Schreiben von Angehörigen: Vollmacht oder Betreuerausweis prüfen, Kopie in die Akte.",
              "- Versand an Kunden per Post oder über das Portal-Postfach."],
             author="Katrin Oberländer", created="2026-04-10 09:00", title="Vorlage HR-K-17")
    body = """Hallo zusammen,

die neue Textvorlage HR-K-17 "Beendigung wegen Umzug in eine Pflege-
einrichtung" ist freigegeben und ab Montag im Textsystem. Anbei schon mal
die Word-Fassung, damit ihr euch die Hinweise am Ende anschauen könnt.

Bitte beachten: Der Grund für den Umzug gehört nicht in den Brief, auch
wenn Angehörige ihn uns ausführlich schildern.

Katrin
"""
    return M(who("oberlaender"), fn("Team Schadenservice Sach", "schaden-sach-team@" + DOMAIN),
             "Neue Vorlage HR-K-17 (Umzug Pflegeeinrichtung)", "2026-04-10 09:17", body,
             atts=[att("Vorlage_HR-K-17_Umzug_Pflegeeinrichtung.docx", d)])


# --- 0055 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "renewal list of a broker's private household clients (names, policy numbers, addresses, premiums) in XLSX")
def m055():
    rows = [["Policy no.", "Policyholder", "Risk address", "Product", "Sum insured EUR", "Renewal date", "Premium 2026/27 EUR", "Change"],
            ["40-HR-8830417", "Daniel Okafor", "Textorstrasse 88, 60594 Frankfurt", "Household Komfort", 52000, "2026-05-01", 141.60, "+3.1 %"],
            ["40-HR-8845102", "Mei Lin Tan", "Grindelallee 120, 20146 Hamburg", "Household Premium", 78000, "2026-05-01", 246.90, "+3.1 %"],
            ["42-PH-8851230", "Mei Lin Tan", "Grindelallee 120, 20146 Hamburg", "Personal liability", "", "2026-05-01", 74.50, "0.0 %"],
            ["40-HR-8860077", "Robert & Siobhan Kelly", "Auf der Hude 3, 34260 Kaufungen", "Household Basis", 41000, "2026-05-15", 88.20, "+3.1 %"],
            ["41-WG-8862114", "Robert & Siobhan Kelly", "Auf der Hude 3, 34260 Kaufungen", "Buildings", 488000, "2026-05-15", 1210.40, "+6.8 % (index)"],
            ["40-HR-8871956", "Arvid Holm", "Sternstrasse 9, 34117 Kassel", "Household Komfort", 35000, "2026-06-01", 97.30, "+3.1 %"],
            ["42-PH-8873301", "Julia Ferreira", "Weserstrasse 41, 34125 Kassel", "Personal liability", "", "2026-06-01", 62.00, "0.0 %"]]
    x = xlsx([("Q2 renewals", rows)], author="Fiona McAllister", created="2026-04-13 10:05",
             title="Albion household book Q2 2026")
    body = """Hi Tom,

back at my desk - here is the Q2 renewal list for your household and
liability book with us (7 policies, 6 clients). Premiums include 19 %
insurance tax. The buildings policy of the Kellys goes up with the
construction index; everything else only with the household tariff
adjustment.

Let me know by 24 April if any of your clients want to change cover or
excess, then the renewal notices go out with the right figures.

""" + sig("mcallister") + "\n"
    return M(who("mcallister"), fn("Tom Ashworth", "tom.ashworth@albion-brokers.example"),
             "RE: Q2 renewal list - Albion household book", "2026-04-13 10:12", body,
             irt="<CAB7d1x0Q2renewal@albion-brokers.example>",
             atts=[att("Albion_Q2_2026_renewals.xlsx", x)])


# --- 0056 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "top reply only 'Danke, erledigt'; the quoted thread holds a named insured's psychosomatic hospital stay and ICD F33.2")
def m056():
    body = """Danke, erledigt. KT-Zahlung ab 02.03. ist freigegeben.

MV

-----Ursprüngliche Nachricht-----
Von: Petra Schünemann <petra.schuenemann@lindenhof-versicherung.example>
Gesendet: Montag, 13. April 2026 09:02
An: Markus Veith <markus.veith@lindenhof-versicherung.example>
Betreff: KT Wolf, Sebastian – 52-KT-0448210 – bitte Freigabe

Hallo Herr Dr. Veith,

bitte einmal um Ihre Freigabe für das Krankentagegeld:

Herr Sebastian Wolf (VN, selbständiger Elektromeister), 52-KT-0448210,
Tagessatz 180 EUR ab dem 43. Tag.
Stationär in der Psychosomatischen Klinik Hesperide, Bad Arolsen, seit
02.03.2026, Entlassung voraussichtlich 24.04.2026.
Diagnose laut Aufnahmebericht: schwere depressive Episode bei rezidivierender
depressiver Störung (F33.2), Verdacht auf Alkoholmissbrauch (F10.1).
Arbeitsunfähig seit 19.01.2026 laut Hausarzt, durchgehend belegt.

Der 43. Tag war der 02.03., passt also zusammen. Frage an Sie: reicht der
Aufnahmebericht oder brauchen wir noch den Bericht des Hausarztes?

Danke und Gruß
Petra Schünemann
Leistung Kranken
"""
    return M(who("veith"), fn("Petra Schünemann", "petra.schuenemann@" + DOMAIN),
             "AW: KT Wolf, Sebastian – 52-KT-0448210 – bitte Freigabe", "2026-04-13 11:40", body,
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0057 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: treaty renewal meeting invitation with the reinsurer (ICS); catastrophe and life treaty terms, no person")
def m057():
    cal = ics("treaty-renewal-2027-kickoff@lindenhof-versicherung.example", "2026-05-06 10:00", "2026-05-06 13:00",
              "Lindenhof / Nordstern Re - 2027 treaty renewal kick-off",
              location="Lindenhof, Am Lindenhof 12, Kassel - room 5.02 (and Teams)",
              description="Agenda: 1) Ylva event review 2) Property cat XL structure 2027 "
                          "3) Group life and disability quota share - experience 2023-2025 "
                          "4) Timeline",
              organizer=("Priya Raman", STAFF["raman"]["addr"]),
              attendees=[("Henrik Aalto", "henrik.aalto@nordstern-re.example"),
                         ("Felix Hartung", STAFF["hartung"]["addr"])],
              stamp="2026-04-14 08:30")
    body = """Dear Henrik,

as discussed, invitation for the renewal kick-off on 6 May attached. We
will send the submission pack (exposure by zone, 10-year loss triangles,
group life and disability experience by age band) by 27 April via the data
room.

Lunch is on us.

""" + sig("raman") + "\n"
    return M(who("raman"), fn("Henrik Aalto", "henrik.aalto@nordstern-re.example"),
             "Invitation: 2027 treaty renewal kick-off, 6 May, Kassel", "2026-04-14 08:34", body,
             cc=who("hartung"), atts=[att("invite.ics", cal, "text/calendar")])


# --- 0058 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "request to the police for the burglary file of a named insured (victim), claim number and address")
def m058():
    body = """Sehr geehrte Damen und Herren,

in der Ermittlungssache wegen Wohnungseinbruchdiebstahls zum Nachteil
unseres Versicherungsnehmers, Herrn Klaus-Dieter Rehm, Ihringshäuser
Straße 60, 34125 Kassel (Tagebuch-Nr. 2026/118842, Tatzeit zwischen dem
24.03. und 27.03.2026), beantragen wir als Hausratversicherer
Akteneinsicht gemäß § 475 StPO.

Wir benötigen insbesondere

- den Tatortbefundbericht (Einstiegsweg, Spuren am Terrassentürelement),
- die vom Geschädigten eingereichte Stehlgutliste.

Unser berechtigtes Interesse ergibt sich aus der Regulierung des
Versicherungsfalls (Schaden-Nr. HR-2026-006633). Die Kosten der
Akteneinsicht übernehmen wir. Eine Einwilligungserklärung von Herrn Rehm
liegt vor und kann auf Anforderung übersandt werden.

""" + sig("oberlaender") + "\n\n" + FOOTER_DE + "\n"
    return M(who("oberlaender"), fn("Polizeipräsidium Nordhessen – Akteneinsicht", "akteneinsicht.ppnh@polizei-hessen.example"),
             "Akteneinsicht Tgb.-Nr. 2026/118842 – Wohnungseinbruch Ihringshäuser Straße 60",
             "2026-04-14 10:48", body)


# --- 0059 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "accident insurance: hospital daily allowance for a named customer's ankle fracture from a ski accident")
def m059():
    body = """Dear Mr Eriksen,

thank you for sending the discharge letter from the hospital in
Garmisch-Partenkirchen. Your skiing accident on 28 February is covered by
your accident insurance 45-UV-6021448 (claim UV-26-01933).

Hospital daily allowance (Krankenhaustagegeld):
  inpatient from 28 February to 6 March 2026 = 7 days x EUR 50.00 = EUR 350.00

Convalescence benefit (Genesungsgeld):
  7 days x EUR 50.00 = EUR 350.00

Total EUR 700.00, which we are transferring to your account this week.

According to the discharge letter you had a bimalleolar fracture of the
left ankle (Weber B), treated with plates and screws. Fractures of this
kind can leave a permanent restriction of movement. If your ankle is not
back to normal in about a year, please contact us: you may then be
entitled to an invalidity benefit, and the deadline to have this
confirmed by a doctor is 15 months after the accident (by 28 May 2027).

Wishing you a good recovery.

""" + sig("abendroth") + "\n"
    return M(who("abendroth"), fn("Lars Eriksen", "lars.eriksen@mailbox-dk.example"),
             "Your ski accident - claim UV-26-01933", "2026-04-15 09:25", body)


# --- 0060 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: occupational-health announcement about vaccinations and blood-pressure checks; no employee named")
def m060():
    body = """Liebe Kolleginnen und Kollegen,

der Betriebsärztliche Dienst bietet im Mai wieder an:

* Impfsprechstunde (Tetanus/Diphtherie/Keuchhusten, FSME, Auffrischungen)
  Dienstag 05.05. und Dienstag 12.05., 8–12 Uhr, Raum E.09
* Blutdruck- und Blutzuckermessung ohne Termin
  Donnerstag 07.05., 11–14 Uhr, Foyer Haus B
* Sehtest für Bildschirmarbeitsplätze (G37) nach Terminvereinbarung

Bitte bringen Sie Ihren Impfpass mit. Alle Angebote sind freiwillig und
kostenlos, die Ergebnisse bleiben beim Betriebsarzt und werden nicht an
Vorgesetzte oder die Personalabteilung weitergegeben.

Termine für den Sehtest über das Intranet (Service > Gesundheit).

Ihr Betriebsärztlicher Dienst
Dr. med. Carola Jentsch
"""
    return M(fn("Betriebsärztlicher Dienst", "betriebsarzt@" + DOMAIN), "alle-kassel@" + DOMAIN,
             "Impfsprechstunde und Gesundheitstag im Mai", "2026-04-16 08:00", body)


# --- 0061 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary: stolen hearing aids of an elderly customer reveal his hearing impairment; coordination with health insurer")
def m061():
    body = """Sehr geehrter Herr Kranz,

vielen Dank für Ihren Brief, den Ihre Enkelin für Sie eingescannt hat.

Bei dem Einbruch in Ihre Wohnung am 10.04. wurden auch Ihre beiden
Hörgeräte (Hinter-dem-Ohr-Geräte, angepasst 2023 bei Hörakustik Ebert)
aus dem Nachttisch gestohlen. Ich verstehe, dass das für Sie im Moment
das Schlimmste ist, weil Sie ohne die Geräte kaum telefonieren können.

So gehen wir vor:

1. Hörgeräte sind in Ihrer Hausratversicherung (40-HR-1107745)
   mitversichert. Wir zahlen den Wiederbeschaffungspreis abzüglich
   dessen, was Ihre Krankenkasse für neue Geräte übernimmt.
2. Bitte lassen Sie sich von Ihrem HNO-Arzt eine neue Verordnung
   ausstellen und geben Sie sie bei Hörakustik Ebert ab. Frau Ebert kennt
   das Verfahren und schickt uns den Kostenvoranschlag direkt.
3. Leihgeräte für die Übergangszeit bezahlen wir ebenfalls.

Weil Sie schlecht telefonieren können, schreibe ich Ihnen lieber. Ihre
Enkelin kann mich aber gern anrufen, wenn Sie einverstanden sind.

Schaden-Nr.: HR-2026-007420

""" + sig("yilmaz") + "\n"
    return M(who("yilmaz"), fn("Ewald Kranz", "ewald.kranz@kasselnet.example"),
             "Ihre gestohlenen Hörgeräte – Schaden HR-2026-007420", "2026-04-16 13:14", body,
             cte="quoted-printable")


# --- 0062 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household contents: smoke damage from a fire in the neighbour's flat, hotel costs for a named tenant, claim number")
def m062():
    body = """Dear Ms Martin,

I was very sorry to hear about the fire in the flat above yours on
Saturday night. Thank you for calling us so quickly.

I have opened claim HR-2026-007518 under your household contents policy
40-HR-9204417. Here is what is covered and what you can do now:

* Hotel: Your flat at Obere Masch 19, Goettingen, cannot be lived in until
  the smoke damage is cleaned. We pay for a hotel or holiday flat for up
  to 200 days, up to EUR 150 per night. The Hotel Gebhards booking from
  Saturday is fine - please keep the receipts.
* Cleaning: A specialist company (Brandsanierung Leine) will clean your
  furniture and clothes where this is possible. They will call you
  tomorrow.
* Replacement: Things that cannot be cleaned are replaced at new value.
  Please make a list; photos are enough for smaller items.

Your landlord's buildings insurer is responsible for the flat itself
(walls, floors, windows). You don't need to sort that out with them.

""" + sig("thornton") + "\n"
    return M(who("thornton"), fn("Chloé Martin", "chloe.martin@mailbox-fr.example"),
             "Fire at Obere Masch 19 - your claim HR-2026-007518", "2026-04-20 17:05", body)


# --- 0063 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: shredding order for boxes of old health-claims files; no file content or person")
def m063():
    body = """Sehr geehrte Frau Bauer,

wir beauftragen Sie gemäß Rahmenvertrag 2024-DS-003 mit der Vernichtung
folgender Unterlagen (Schutzklasse 3, Sicherheitsstufe P-4 nach
DIN 66399):

  Leistungsakten Krankenversicherung, Jahrgänge 2013–2015   118 Behälter
  Leistungsakten Unfallversicherung, Jahrgang 2015            24 Behälter
  Personalakten ausgeschiedener Mitarbeitender bis 2014      9 Behälter

Abholung: Archiv Haus C, Untergeschoss, am 28.04.2026 ab 7:00 Uhr.
Ansprechpartner vor Ort: Herr Deppe (Haustechnik), 0561 7098-1450.

Bitte senden Sie uns wie immer das Vernichtungsprotokoll mit Behälter-
nummern und Wiegeschein. Die Behälter sind verplombt; Plombennummern
liegen dem Lieferschein bei.

""" + sig("maass") + "\n"
    return M(who("maass"), fn("Sabine Bauer", "s.bauer@aktenvernichtung-mitte.example"),
             "Auftrag Aktenvernichtung 28.04.2026 – 151 Behälter", "2026-04-20 10:22", body)


# --- 0064 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer",
      "attached forward of a UK solicitor's claim: tourist slipped in the insured's holiday flat, wrist fracture, surgery")
def m064():
    body_in = """Dear Sirs,

Our client: Mrs Patricia Hughes, 14 Bramble Close, Harrogate HG2 7PL
Your insured: Mr Florian Gassner, owner of Ferienwohnung Alpspitzblick,
Partenkirchner Strasse 22, 82467 Garmisch-Partenkirchen
Your reference (if known): liability policy 43-HG-9023317

We act for Mrs Hughes in relation to injuries she sustained on 7 January
2026 while staying at your insured's holiday apartment.

On the evening of 7 January our client slipped on the external staircase
leading to the apartment, which was covered in ice and had not been
gritted. She fell onto her outstretched right hand and sustained a
displaced distal radius fracture (Colles fracture). She was treated at
Klinikum Garmisch-Partenkirchen and underwent open reduction and internal
fixation on 8 January. She has since had twelve sessions of
physiotherapy in Harrogate and remains unable to drive.

Our client holds your insured liable for the breach of his duty to keep
the access safe. We invite you to confirm within 21 days that liability is
admitted. Our client's losses so far include:

  - medical expenses not covered by the EHIC          GBP 1,240
  - cancelled return flight and extra nights          GBP   860
  - care and assistance by her daughter (6 weeks)     to be quantified
  - general damages for pain and suffering            to be quantified

Yours faithfully,

Harriet Blake
Solicitor, Blake & Yardley LLP
"""
    fwd = inner(fn("Harriet Blake", "h.blake@blakeyardley.example"), "claims-english@" + DOMAIN,
                "Hughes v Gassner - letter of claim", "2026-04-17 12:40", body_in,
                mid="<0b12f7d2a3914cc8@blakeyardley.example>",
                hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])
    body = """Tanja,

letter of claim in English for a Haus- und Grundbesitzerhaftpflicht
(holiday flat in Garmisch), attached. Policyholder is German, so I'd hand
it over to you; happy to do the correspondence with the solicitors in
English if that helps.

Rebecca
"""
    return M(who("thornton"), fn("Tanja Eggers", "tanja.eggers@" + DOMAIN),
             "FW: Hughes v Gassner - letter of claim", "2026-04-21 09:30", body,
             atts=[("eml", fwd, "Hughes v Gassner - letter of claim.eml")])


# --- 0065 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses employment: cover for an unfair-dismissal suit, named customer's monthly salary for the amount in dispute")
def m065():
    body = """Sehr geehrter Herr Kaya,

für Ihre Kündigungsschutzklage gegen die Nordhessische Logistik GmbH
erteilen wir Kostenschutz für die erste Instanz vor dem Arbeitsgericht
Kassel (Schaden-Nr. RS-26-1059920, Vertrag 49-RS-0540017).

Ihr Anwalt hat den Gegenstandswert mit dem Vierteljahresverdienst
angesetzt; bei Ihrem Bruttomonatsgehalt von 4.350,00 EUR sind das
13.050,00 EUR. Das ist korrekt. Für den zusätzlich geltend gemachten
Anspruch auf das anteilige 13. Monatsgehalt (3.262,50 EUR) gilt der
Kostenschutz ebenfalls.

Bitte beachten Sie: Im arbeitsgerichtlichen Verfahren erster Instanz trägt
jede Seite ihre Anwaltskosten selbst, auch wenn Sie gewinnen. Diese
Kosten übernehmen wir für Sie, abzüglich Ihrer Selbstbeteiligung von
250,00 EUR.

""" + sig("wiegand") + "\n"
    return M(who("wiegand"), fn("Emre Kaya", "emre.kaya@webpost.example"),
             "Kostenschutz Kündigungsschutzklage – RS-26-1059920", "2026-04-22 10:40", body,
             cc=fn("RA Dr. Lutz Pfeil", "kanzlei@pfeil-arbeitsrecht.example"))


# --- 0066 -----------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: test plan for the mail gateway with the published example IBAN, a synthetic 'John Doe' and a test ICD code")
def m066():
    tsv = ("case_id\tinput\texpected\tnote\n"
           "T01\tplain text, no personal data\tplain\tbaseline\n"
           "T02\tIBAN DE89 3704 0044 0532 0130 00\tTLS\tpublished example IBAN (textbook), not a customer\n"
           "T03\t'John Doe (test), born 1970-01-01'\tTLS\tsynthetic person\n"
           "T04\t'diagnosis Z00.0 (test)'\tportal\tsynthetic health term\n"
           "T05\tsubject tag [streng vertraulich]\tportal\texplicit marking\n"
           "T06\tPDF attachment with T02 text\tTLS\tattachment scanning\n")
    body = """Hi all,

here is the test plan for tomorrow's regression run on the staging gateway
(sgw-stage01). All data is synthetic - the IBAN in T02 is the well-known
example from the banking textbooks and "John Doe" does not exist in any of
our systems. Please do NOT use real customer mails for testing.

Run order: T01-T06, then repeat with the S/MIME partner domain
nordstern-re.example. Results into the shared sheet, column F.

Lukas

""" + sig("behrendt") + "\n"
    return M(who("behrendt"), "messaging-team@" + DOMAIN,
             "Regression test plan gateway staging (synthetic data)", "2026-04-22 16:30", body,
             atts=[att("testplan_gateway_2026-04.tsv", tsv, "text/tab-separated-values", charset="utf-8")])


# --- 0067 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "private health insurance: partial refusal of a dental implant cost plan with tooth region and GOZ positions")
def m067():
    body = """Sehr geehrte Frau Albers,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Sievers,
vom 08.04.2026 für die Versorgung in Regio 36 geprüft (Vertrag
52-KV-2207813, Tarif ZahnPlus 80).

Ergebnis:

  GOZ 9010  Implantatinsertion Regio 36              erstattungsfähig
  GOZ 9100  Aufbau des Alveolarfortsatzes (Augmentation)
            – nach Röntgenbefund medizinisch notwendig    erstattungsfähig
  GOZ 2200  Vollkrone auf Implantat                   erstattungsfähig
  GOZ 9120  Sinusbodenelevation (externer Zugang)     NICHT erstattungsfähig

Die Sinusbodenelevation ist nach unserem beratenden Zahnarzt in Regio 36
(Unterkiefer) anatomisch nicht möglich; vermutlich ist die Position
versehentlich aus einem anderen Plan übernommen. Bitte lassen Sie das von
Frau Dr. Sievers prüfen.

Für die übrigen Positionen erstatten wir 80 % der Kosten, voraussichtlich
2.946,40 EUR von 3.683,00 EUR. Ihr Zahnstaffel-Höchstbetrag für die
ersten drei Versicherungsjahre ist damit noch nicht ausgeschöpft.

""" + sig("veith") + "\n"
    return M(who("veith"), fn("Kirsten Albers", "kirsten.albers@mailhafen.example"),
             "Ihr Heil- und Kostenplan Regio 36", "2026-04-23 11:05", body)


# --- 0068 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "stolen e-bike under household cover: named customer, frame number, claim number (ISO-8859-1)")
def m068():
    body = """Hallo Herr Sander,

den Diebstahl Ihres E-Bikes am Bahnhof Wilhelmshöhe habe ich unter
HR-2026-007733 zu Ihrer Hausratversicherung 40-HR-3380912 (Tarif Komfort,
Fahrraddiebstahl bis 3.000 EUR) aufgenommen.

Fahrrad: Cube Kathmandu Hybrid, Rahmennummer WCT2311448K, gekauft 05/2024
Kaufpreis laut Rechnung: 2.899,00 EUR

Das Rad war laut Ihrer Schilderung mit einem Bügelschloss an einem festen
Fahrradständer angeschlossen - das ist wichtig, bitte bestätigen Sie mir
das noch kurz schriftlich und schicken Sie mir den Schlüssel-Nachweis
(Foto der beiden Schlüssel genügt).

Sobald die Polizei die Anzeige bestätigt hat (Vorgangsnummer bitte
nachreichen), können wir regulieren.

""" + sig("oberlaender") + "\n"
    return M(who("oberlaender"), fn("Björn Sander", "bjoern.sander@t-netz.example"),
             "E-Bike Diebstahl - HR-2026-007733", "2026-04-24 09:18", body,
             charset="iso-8859-1", cte="quoted-printable")


# --- 0069 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "life underwriting decision on a named applicant: BMI, treated hypertension, medication, risk surcharge")
def m069():
    body = """Hi Fiona,

underwriting decision for your applicant, so you can prepare the letter
to the broker:

Applicant: Mr Callum Fraser, born 22/06/1979
Product: term life, EUR 400,000, 25 years (application TL-A-2026-1177)

Findings from the health questions and the GP report (Dr. Hoffmeister,
Kassel):
- BMI 33.4 (1.82 m, 111 kg)
- essential hypertension since 2021, treated with ramipril 5 mg and
  amlodipine 5 mg, last readings 142/88 and 138/86
- no diabetes, HbA1c 5.6 %, lipids normal
- non-smoker since 2019 (cotinine negative)

Decision: accepted with a health surcharge of +50 % on the risk premium
(monthly EUR 38.90 instead of EUR 25.90). We can review the surcharge
after three years on request if BMI < 30 and BP well controlled.

Please don't forward this mail to the broker as is - the reasons go to
the applicant directly in our standard letter.

Jana

""" + sig("korte") + "\n"
    return M(who("korte"), who("mcallister"),
             "UW decision TL-A-2026-1177 Fraser", "2026-04-24 15:20", body)


# --- 0070 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: anonymised complaints analysis Q1 with categories such as illness, care home and deceased policyholder; no person")
def m070():
    body = """Liebe Führungskräfte,

hier die Beschwerdeauswertung Q1 2026 (alle Sparten, anonymisiert):

  Beschwerden gesamt                                 312  (Q4 2025: 288)
  davon Sach/Haftpflicht                             141
  davon Kranken/Pflege                                87
  davon Leben/BU                                      49
  davon Kfz                                           35

Häufigste Gründe:
  1. Bearbeitungsdauer Sturmschäden Ylva              58
  2. Ablehnung Leistung Zahnersatz / Heil- und
     Kostenpläne                                      31
  3. Vertragsbeendigung nach Tod des VN (Angehörige
     beklagen Nachweisanforderungen)                  22
  4. Kündigung Hausrat bei Umzug ins Pflegeheim
     ("Warum brauchen Sie das Schreiben der Einrichtung?") 17
  5. Erreichbarkeit Kundenservice während Krankheits-
     welle im Februar                                 15

BaFin-Beschwerden: 4 (alle abgeschlossen, keine Beanstandung).

Maßnahmen siehe Seite 3 des Berichts im Intranet. Bitte besprecht Punkt 3
und 4 in euren Teams – wir wollen Angehörigen das Leben nicht schwerer
machen als nötig.

Qualitätsmanagement
Lindenhof Versicherung AG
"""
    return M(fn("Qualitätsmanagement", "qm@" + DOMAIN), "fuehrungskraefte@" + DOMAIN,
             "Beschwerdeauswertung Q1 2026", "2026-04-27 08:45", body)


# --- 0071 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "buildings subsidence cracks: named homeowner, address, policy and claim numbers, surveyor visit (format=flowed)")
def m071():
    body = """Dear Mr Bennett,

thank you for the photos of the cracks in the walls of your house at Im Druseltal 14, 34131 Kassel. I have opened claim WG-26-0052240 under your buildings policy 41-WG-5103377.

Because the cracks run diagonally from the corners of the windows and have widened since January, we need an expert opinion before we can say whether this is subsidence (covered under the "natural hazards" extension you have) or settling of a new extension, which is not covered.

Mr Lars Rohde, a structural surveyor we work with, will contact you to arrange a visit. He will probably put small glass or plaster markers (so-called tell-tales) across the cracks and come back after four to six weeks to see whether they move.

Please don't fill the cracks before his visit, and keep an eye on the doors: if one of them starts to stick, let us know.

""" + sig("thornton") + "\n"
    return M(who("thornton"), fn("Oliver Bennett", "oliver.bennett@inbox-uk.example"),
             "Cracks at Im Druseltal 14 - claim WG-26-0052240", "2026-04-28 14:02", flowed(body),
             flowed=True, cte="7bit", charset="us-ascii")


# --- 0072 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-guardian",
      "court-appointed guardian registered for a customer; PDF confirmation lists duties incl. health care and his move to a dementia unit")
def m072():
    p = pdf(["# Lindenhof Versicherung AG – Bestätigung Betreuung",
             "",
             "Kassel, 29.04.2026",
             "",
             "Betreute Person: Manfred Opitz, geb. 02.09.1941",
             "bisherige Anschrift: Schillerstraße 7, 34117 Kassel",
             "neue Anschrift: Seniorenzentrum Am Park, Wohnbereich 3 (gerontopsychiatrische Wohngruppe),",
             "Parkstraße 21, 34119 Kassel",
             "",
             "Betreuerin: Anja Kessler-Ruhl, Berufsbetreuerin, Königstor 40, 34117 Kassel",
             "Betreuerausweis: Amtsgericht Kassel, Az. 780 XVII 1162/25, vom 14.01.2026",
             "Aufgabenkreise: Vermögenssorge, Gesundheitssorge, Aufenthaltsbestimmung, Wohnungsangelegenheiten,",
             "Vertretung gegenüber Behörden, Versicherungen und Sozialleistungsträgern",
             "",
             "Bei uns bestehende Verträge:",
             "40-HR-0955206  Hausratversicherung  – Vertragsende 30.06.2026 (Wohnungsauflösung)",
             "42-PH-0955207  Privathaftpflicht    – läuft weiter",
             "",
             "Korrespondenz geht ab sofort an die Betreuerin. Beiträge werden weiterhin vom bekannten Konto",
             "von Herrn Opitz eingezogen.",
             "",
             "~ Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig."],
            title="Bestätigung Betreuung Opitz", created="2026-04-29 10:40")
    body = """Sehr geehrte Frau Kessler-Ruhl,

vielen Dank für die Übersendung Ihres Betreuerausweises. Wir haben Sie
als Betreuerin für Herrn Manfred Opitz in unseren Systemen hinterlegt.
Die Bestätigung mit den Verträgen und den neuen Anschriften finden Sie im
Anhang.

Die Hausratversicherung endet wie gewünscht zum 30.06.2026; bis dahin
ist die Wohnung in der Schillerstraße weiter versichert, auch während
der Räumung.

""" + sig("demirci") + "\n"
    return M(who("demirci"), fn("Anja Kessler-Ruhl", "kessler-ruhl@betreuungsbuero-ks.example"),
             "Betreuung Manfred Opitz – Ihre Verträge bei uns", "2026-04-29 10:52", body,
             atts=[att("Bestaetigung_Betreuung_Opitz.pdf", p)])


# --- 0073 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-customer",
      "trap: one-time password for the customer portal registration; no contract or personal data")
def m073():
    body = """Hello,

you have started the registration for the Lindenhof customer portal.

Your one-time password is:   4821 7730

It is valid for 30 minutes. Enter it on the registration page to continue.
If you did not start a registration, you can ignore this e-mail - nothing
will happen.

Please never give this password to anyone, including our staff. We will
never ask you for it by phone or e-mail.

Lindenhof Versicherung AG - customer portal
https://portal.lindenhof-versicherung.example
"""
    return M(fn("Lindenhof Portal", "noreply-portal@" + DOMAIN), "s.okonkwo@postbox.example",
             "Your one-time password for the Lindenhof portal", "2026-04-29 21:17", body,
             charset="us-ascii", cte="7bit", hdrs=[("Auto-Submitted", "auto-generated")])


# --- 0074 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "natural-hazard claim (heavy rain, flooded cellar): settlement to the named customer's IBAN, claim number")
def m074():
    acct = iban("DE", "520503530002207415")
    body = """Sehr geehrte Frau Dietrich,

zu Ihrem Schaden durch den Starkregen am 04.05.2026 (überfluteter
Keller, Lohfeldener Straße 33, Kaufungen) haben wir wie folgt abgerechnet:

  Hausrat (40-HR-6730215), Elementarbaustein:
    Waschmaschine und Trockner (Zeitwert)           1.180,00 EUR
    Tiefkühltruhe inkl. Inhalt                        460,00 EUR
    Regale, Kartons, Kinderfahrräder                  615,00 EUR
    Selbstbeteiligung Elementar                     – 500,00 EUR
    Auszahlung Hausrat                              1.755,00 EUR

  Wohngebäude (41-WG-6730216), Elementarbaustein:
    Trocknung Kellerestrich (TrockenTec)            2.940,00 EUR  (direkt an die Firma)
    Heizungsbrenner – Reparatur                       780,00 EUR
    Selbstbeteiligung Elementar                     – 500,00 EUR
    Auszahlung an Sie                                 280,00 EUR

Wir überweisen 2.035,00 EUR auf Ihr Konto """ + acct + """
(Kontoinhaberin Sabine Dietrich). Schaden-Nr.: WG-26-0057781 / HR-2026-008114.

""" + sig("oberlaender") + "\n"
    return M(who("oberlaender"), fn("Sabine Dietrich", "sabine.dietrich@netzpost.example"),
             "Abrechnung Starkregen 04.05.2026 – Keller Lohfeldener Straße 33", "2026-05-12 15:15", body)


# --- 0075 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: damage to a pool car of the company fleet, plate and claim number only, no driver named")
def m075():
    body = """Hallo Thomas,

kurze Meldung für unsere eigene Flotte: Der Poolwagen KS-LV 214 (VW ID.3)
hat eine Delle und einen Kratzer hinten rechts, vermutlich beim Parken in
der Tiefgarage Ebene -2 passiert. Wer ihn zuletzt gefahren hat, lässt
sich über das Buchungssystem nicht sauber klären (zwei Buchungen am
selben Tag, Schlüsselbox zeigt keine Rückgabe).

Bitte als Eigenschaden Flotte (Vollkasko 46-FL-0000017) aufnehmen, SB
500 EUR trägt die Kostenstelle Facility. Das Fahrzeug steht ab Montag bei
Autohaus Fricke zur Begutachtung.

Danke
Gregor

""" + sig("maass") + "\n"
    return M(who("maass"), who("brandauer"),
             "Poolwagen KS-LV 214 – Parkschaden", "2026-05-08 12:05", body)

# --- 0076 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health insurance: a named customer's pregnancy, due date, prenatal screening and delivery cover")
def m076():
    body = """Dear Ms Jiménez,

congratulations on your pregnancy, and thank you for asking in good time.
Here is an overview of what your international health plan 52-KV-9177306
covers, based on the due date of 14 October 2026 that your gynaecologist,
Dr. Weller, confirmed:

Prenatal care
- all check-ups under the German maternity guidelines (Mutterschafts-
  Richtlinien), including the three standard ultrasound scans: 100 %
- the non-invasive prenatal test (NIPT) you mentioned: 100 %, because
  your doctor has documented a medical indication (age over 35)
- antenatal classes: up to EUR 300
- midwife visits before and after the birth: 100 % of the fee schedule

Delivery
- hospital delivery in a semi-private room at Klinikum Kassel or
  elsewhere in Germany: 100 %
- a planned caesarean section is covered like any other delivery

Your baby
- if you register your baby with us within two months of the birth, he
  or she is insured from birth without health questions or waiting
  periods.

Please send all invoices as usual via the app. If you are admitted to
hospital before the due date, ask the hospital to contact us for a
guarantee of payment.

""" + sig("mcallister") + "\n"
    return M(who("mcallister"), fn("Laura Jiménez", "laura.jimenez@mailbox-es.example"),
             "Your pregnancy - what your health plan covers", "2026-05-04 11:20", body,
             cte="quoted-printable")


# --- 0077 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: training invitation on relatives, powers of attorney, guardianship and dementia with a generic ODT handout")
def m077():
    o = odt(["# Handout: Angehörige, Vollmachten, Betreuung",
             "Stand Mai 2026 – Datenschutz / Kundenservice",
             "",
             "# 1. Wer darf Auskunft bekommen?",
             "Nur die versicherte Person selbst oder jemand mit Nachweis: Vorsorgevollmacht, "
             "Betreuerausweis (Aufgabenkreis beachten), Erbschein bzw. Testamentseröffnung nach dem Tod.",
             "Ehepartner und Kinder haben ohne Nachweis KEIN Auskunftsrecht – auch nicht, wenn die Person "
             "im Krankenhaus liegt oder an Demenz erkrankt ist.",
             "",
             "# 2. Was gehört in die Akte?",
             [["Unterlage", "Akte", "Hinweis"],
              ["Vorsorgevollmacht", "ja, Kopie", "Umfang prüfen (Vermögen / Gesundheit)"],
              ["Betreuerausweis", "ja, Kopie", "Aufgabenkreis und Befristung notieren"],
              ["Arztbrief, den Angehörige mitschicken", "nein", "zurückschicken oder datenschutzgerecht vernichten"],
              ["Sterbeurkunde", "ja", "keine Todesursache erfassen"]],
             "",
             "# 3. Typische Fälle aus dem Alltag (erfunden)",
             "Fall A: Eine Tochter meldet einen Wasserschaden in der Wohnung ihres Vaters, der im Pflegeheim "
             "lebt. Sie hat keine Vollmacht. -> Schaden aufnehmen, Auskunft nur an den Vater, Vollmacht anfordern.",
             "Fall B: Ein Betreuer mit Aufgabenkreis 'Gesundheitssorge' fragt nach der Hausratversicherung. "
             "-> Aufgabenkreis reicht nicht, Vermögenssorge nötig.",
             "",
             "Ansprechpartnerin: Datenschutz, Durchwahl -1190"],
            author="Henrike Sasse", created="2026-05-05 09:00", title="Handout Angehörige")
    body = """Liebe Kolleginnen und Kollegen im Kundenservice und Schadenservice,

am 20. und 27. Mai biete ich wieder die 90-Minuten-Schulung
"Angehörige am Telefon – Vollmacht, Betreuung, Todesfall" an
(jeweils 14:00 Uhr, Raum 2.07 oder Teams).

Anlass sind die vielen Rückfragen, wenn Kinder oder Nachbarn für ältere
oder kranke Kundinnen und Kunden anrufen. Das Handout hängt schon mal an.

Anmeldung bitte über das Schulungsportal.

""" + sig("sasse") + "\n"
    return M(who("sasse"), ["kundenservice@" + DOMAIN, "schaden-sach-team@" + DOMAIN],
             "Schulung: Angehörige, Vollmacht, Betreuung (20. und 27.05.)", "2026-05-05 09:30", body,
             atts=[att("Handout_Angehoerige_Vollmachten.odt", o)])


# --- 0078 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-relative",
      "son's power of attorney registered for his mother's household and liability contracts; no reason or health stated")
def m078():
    body = """Sehr geehrter Herr Schuster,

vielen Dank für die Kopie der Vorsorgevollmacht Ihrer Mutter, Frau
Renate Schuster. Wir haben Sie als Bevollmächtigten für folgende Verträge
eingetragen:

  40-HR-4471980  Hausratversicherung, Teichstraße 5, 34130 Kassel
  42-PH-4471981  Privathaftpflichtversicherung

Ab sofort können Sie für Ihre Mutter Auskünfte erhalten, Änderungen
beantragen und Schäden melden. Die Post geht, wie Sie es wünschen,
weiterhin an Ihre Mutter; eine Kopie schicken wir an Ihre Anschrift in
Göttingen.

Zu Ihrer Frage: Die Vollmacht gilt für uns so lange, bis Ihre Mutter oder
Sie uns etwas anderes mitteilen. Eine Beglaubigung brauchen wir nicht.

""" + sig("demirci") + "\n"
    return M(who("demirci"), fn("Frank Schuster", "frank.schuster@mailhafen.example"),
             "Vollmacht für die Verträge Ihrer Mutter", "2026-05-06 10:02", body)


# --- 0079 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "personal liability: a named family's 7-year-old broke the named neighbour's window with a football; claim number")
def m079():
    body = """Dear Mr and Mrs Adeyemi,

thank you for letting us know about the football and Mr Braun's living
room window. Claim HP-2026-00688 is open under your family liability
policy 42-PH-7720541.

A child of seven is not always legally liable for damage, but your policy
includes cover for damage caused by children who are not liable
(up to EUR 10,000) - so Mr Braun will be paid either way, and you don't
have to argue about it with your neighbour.

Mr Braun's glazier has quoted EUR 685.00 for the double-glazed pane. We
will pay this directly to Mr Braun once he sends us the invoice; I have
written to him today. There is no excess for this type of claim.

And please tell Samuel that we've all broken a window at some point.

""" + sig("thornton") + "\n"
    return M(who("thornton"), fn("Tunde Adeyemi", "tunde.adeyemi@postbox.example"),
             "The football and the window - claim HP-2026-00688", "2026-05-06 15:40", body,
             cc=fn("Grace Adeyemi", "grace.adeyemi@postbox.example"), charset="us-ascii")


# --- 0080 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "liability/household kitchen fire in a rented flat caused by the customer's mother with beginning dementia")
def m080():
    body = """Sehr geehrter Herr Weigel,

vielen Dank für das offene Gespräch am Telefon. Ich fasse zusammen:

Am 02.05.2026 hat Ihre Mutter, Frau Erika Weigel, die seit Januar bei
Ihnen in der Mietwohnung Querallee 18 lebt, eine Pfanne auf dem Herd
vergessen. Es kam zu einem Küchenbrand; die Feuerwehr hat gelöscht,
verletzt wurde niemand. Sie haben uns erzählt, dass bei Ihrer Mutter im
Frühjahr eine beginnende Demenz festgestellt wurde und Sie deshalb jetzt
eine Herdabschaltung einbauen lassen.

Was wir übernehmen:

1. Hausrat (40-HR-2318854): Küchengeräte, Geschirr, Rußreinigung der
   Möbel und Textilien im Flur – Abrechnung nach Gutachten.
2. Privathaftpflicht (42-PH-2318855): Schäden an der Mietsache
   (Einbauküche des Vermieters, Decke, Fliesenspiegel). Ihre Mutter ist
   als dauerhaft in Ihrem Haushalt lebende Angehörige mitversichert. Ob
   sie den Brand "verschuldet" hat, spielt für uns keine Rolle – wir
   regulieren den Schaden am Eigentum des Vermieters.

Die Herdabschaltung (ca. 250 EUR) ist keine Versicherungsleistung; fragen
Sie aber bei der Pflegekasse Ihrer Mutter nach – solche Geräte werden
dort manchmal als wohnumfeldverbessernde Maßnahme bezuschusst.

Schaden-Nr. HR-2026-008309 / HP-2026-00702

""" + sig("pohlmann") + "\n"
    return M(who("pohlmann"), fn("Thorsten Weigel", "t.weigel@netzpost.example"),
             "Küchenbrand Querallee 18 – Ihre Schäden HR-2026-008309 / HP-2026-00702",
             "2026-05-07 10:50", body, cte="quoted-printable")


# --- 0081 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-press",
      "trap: answer to a trade journalist on water-damage and climate trends, mould and elderly policyholders in aggregate")
def m081():
    body = """Dear Ms Okoro,

thank you for your questions for the feature on water damage in European
housing. Our answers, which you may quote as "a spokesperson for Lindenhof
Versicherung":

1. Trend: Water damage from burst or leaking pipes is now our most
   expensive household and buildings peril. The average claim rose from
   EUR 2,900 in 2016 to EUR 4,100 in 2025, mostly because of drying and
   mould remediation costs.

2. Climate: Heavy-rain claims have roughly tripled since 2014 in our
   portfolio. Only 54 % of our buildings customers have natural-hazard
   cover, so many flooded cellars are not insured.

3. Ageing: Homes of people over 75 have a 30 % higher frequency of water
   damage - typically because leaks go unnoticed longer, for example
   while the occupant is in hospital. We now offer smart leak detectors at
   a discount to customers of all ages.

4. Mould and health: We do see more liability claims between tenants and
   landlords that involve mould. We don't comment on individual cases.

Happy to arrange a short call with our head of property claims if useful.

""" + sig("fleischhauer") + "\n"
    return M(who("fleischhauer"), fn("Adaeze Okoro", "a.okoro@insurance-review.example"),
             "RE: Feature on water damage - your questions", "2026-05-08 14:10", body)


# --- 0082 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "harmless body ('Liste für die Übergabe'); the XLSX lists named insureds with care levels and pending reassessments")
def m082():
    rows = [["Vers.-Nr.", "Name", "Vorname", "Geb.-Datum", "Pflegegrad aktuell", "Antrag", "MD-Termin", "Bemerkung"],
            ["51-PP-4408813", "Rupp", "Hildegard", "14.05.1938", 3, "Höherstufung", "2026-05-19", "Pflegedienst Sonnenweg"],
            ["51-PP-1170452", "Grebe", "Wilhelm", "02.11.1941", 2, "Höherstufung", "2026-05-21", "nach Sturz, Rollator"],
            ["51-PP-2209317", "Aydın", "Fatma", "30.06.1952", "", "Erstantrag", "2026-05-22", "Schlaganfall 03/2026"],
            ["53-PT-0211786", "Lutz", "Irmgard", "08.08.1935", 4, "Widerspruch erledigt", "", "Pflegetagegeld angepasst"],
            ["51-PP-3385520", "Mahler", "Dietrich", "17.01.1947", 3, "Höherstufung", "2026-06-02", "Demenz, Weglauftendenz"],
            ["51-PP-0876214", "Szymańska", "Elżbieta", "23.03.1944", 1, "Höherstufung", "offen", "Tochter ist Bevollmächtigte"]]
    x = xlsx([("offen KW20", rows)], author="Dagmar Holtkamp", created="2026-05-11 16:30",
             title="Offene Begutachtungen Pflege")
    body = """Hallo Stefanie,

wie besprochen die Liste für die Übergabe während meines Urlaubs anbei.
Bei den beiden Terminen nächste Woche bitte vorher kurz die Angehörigen
anrufen, die sind informiert.

Danke!
Dagmar
"""
    return M(who("holtkamp"), fn("Stefanie Brenneke", "stefanie.brenneke@" + DOMAIN),
             "Übergabe", "2026-05-11 16:41", body,
             atts=[att("offen_KW20.xlsx", x)])


# --- 0083 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "short mobile reply on a deer collision: named customer, plate, claim number; nobody hurt")
def m083():
    body = """Hallo Frau Möller,

alles gut, der Wildunfall ist unter KS-2026-0128851 angelegt (Teilkasko,
KS-JM 707). Schön, dass Ihnen nichts passiert ist. Die Wildunfall-
bescheinigung vom Jagdpächter bitte einfach abfotografieren und an diese
Adresse schicken, dann gebe ich die Reparatur beim Autohaus frei.

Gruß
Thomas Brandauer

Von meinem iPhone gesendet

> Am 12.05.2026 um 06:58 schrieb Jana Möller <jana.moeller@freemail.example>:
>
> Guten Morgen, mir ist heute früh auf der L3215 zwischen Wolfhagen und
> Istha ein Reh vors Auto gesprungen. Scheinwerfer und Stoßstange kaputt,
> Auto fährt noch. Polizei war da. Was muss ich tun?
> Jana Möller
"""
    return M(who("brandauer"), fn("Jana Möller", "jana.moeller@freemail.example"),
             "Re: Wildunfall heute früh", "2026-05-12 07:31", body,
             irt="<A71B2C44-8E1F-4C2B-9E4D-33F0A1B2C3D4@freemail.example>",
             hdrs=[("X-Mailer", "iPhone Mail (21E236)")])


# --- 0084 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel claim: lost baggage plus a named customer's doctor's bill for gastroenteritis with infusions in Egypt")
def m084():
    body = """Dear Mrs Whitmore,

we have now settled both parts of your claim from your holiday in Hurghada
(claim TR-26-01102, travel policy 48-RK-3304576):

1. Travel health
   Hotel doctor visit on 21 April and two infusions for dehydration due to
   acute gastroenteritis, plus medication (antibiotics and antiemetics):
   USD 640 = EUR 588.30, reimbursed in full. The doctor's report you sent
   was sufficient; we do not need anything else.

2. Baggage
   Suitcase delayed by 3 days on the outbound flight: emergency purchases
   (clothes, toiletries) EUR 312.40, reimbursed in full, as the airline has
   confirmed the delay (PIR HRGSM14471).

Total EUR 900.70, paid to your account today.

I hope the rest of the holiday was better than the start.

""" + sig("vogt") + "\n"
    return M(who("vogt"), fn("Joanne Whitmore", "joanne.whitmore@btmail.example"),
             "Your travel claim TR-26-01102 - settled", "2026-05-13 09:58", body)


# --- 0085 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: craftsmen-network price list (plumbing, leak detection) as XLSX with supplier firm data; no customer")
def m085():
    rows = [["Pos.", "Leistung", "Einheit", "Preis netto EUR", "gültig ab"],
            ["SAN-01", "Anfahrt Stadtgebiet Kassel", "pauschal", 39.00, "2026-06-01"],
            ["SAN-02", "Monteurstunde Sanitär", "Std.", 68.50, "2026-06-01"],
            ["SAN-03", "Notdienst-Zuschlag (Sa/So/Nacht)", "pauschal", 85.00, "2026-06-01"],
            ["LO-01", "Leckageortung thermografisch", "pauschal", 320.00, "2026-06-01"],
            ["LO-02", "Leckageortung Tracergas", "pauschal", 480.00, "2026-06-01"],
            ["LO-03", "Kamerabefahrung Abwasser bis 20 m", "pauschal", 260.00, "2026-06-01"],
            ["TR-01", "Trocknungsgerät Kondens", "Tag", 9.80, "2026-06-01"],
            ["TR-02", "Estrichdämmschichttrocknung Seitenkanal", "Tag", 16.50, "2026-06-01"]]
    x = xlsx([("Preise Sanitär 2026", rows)], author="Gregor Maaß", created="2026-05-13 11:00",
             title="Preisblatt Sanitär Handwerkernetz")
    body = """Sehr geehrter Herr Wieland,

anbei das abgestimmte Preisblatt Sanitär/Leckageortung für das Lindenhof
Handwerkernetz ab 01.06.2026, wie am 07.05. verhandelt. Bitte prüfen und
bis 22.05. gegenzeichnen (Unterschrift auf dem Rahmenvertrag genügt, das
Preisblatt ist Anlage 2).

Abrechnung weiterhin nur elektronisch über das Partnerportal, mit
Schadennummer und Fotodokumentation.

""" + sig("maass") + "\n"
    return M(who("maass"), fn("Peter Wieland", "p.wieland@wieland-haustechnik.example"),
             "Preisblatt Sanitär/Leckageortung ab 01.06.2026", "2026-05-13 11:12", body,
             atts=[att("Preisblatt_Sanitaer_2026-06.xlsx", x)])


# --- 0086 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings policy transferred to the named buyers of a house (sale, § 95 VVG); address, contract, premium")
def m086():
    body = """Sehr geehrte Frau Lindner, sehr geehrter Herr Lindner,

herzlichen Glückwunsch zu Ihrem Haus! Der Notar hat uns mitgeteilt, dass
Sie am 30.04.2026 als Eigentümer des Grundstücks Hegelsbergstraße 52,
34127 Kassel, im Grundbuch eingetragen worden sind.

Mit der Eintragung ist die Wohngebäudeversicherung des Vorbesitzers
(41-WG-0388124) kraft Gesetzes auf Sie übergegangen (§ 95 VVG). Das
bedeutet für Sie:

- Das Haus ist ab sofort lückenlos versichert (Feuer, Leitungswasser,
  Sturm/Hagel, Elementar), Versicherungssumme Wert 1914: 38.400 Mark.
- Der Jahresbeitrag beträgt 1.284,70 EUR, nächste Fälligkeit 01.01.2027.
- Sie können den Vertrag innerhalb eines Monats ab heute kündigen, wenn
  Sie zu einem anderen Versicherer möchten. Danach gelten die normalen
  Fristen.

Damit wir den Vertrag auf Sie umschreiben können, bitte ich Sie um Ihre
Geburtsdaten, Ihre Telefonnummer und ein SEPA-Mandat (Formular im Portal).

""" + sig("oberlaender") + "\n"
    return M(who("oberlaender"), [fn("Miriam Lindner", "miriam.lindner@webpost.example"),
                                  fn("Jan Lindner", "jan.lindner@webpost.example")],
             "Ihre Wohngebäudeversicherung Hegelsbergstraße 52", "2026-05-14 10:35", body)


# --- 0087 -----------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: internal Q1 results summary with claims ratios, large losses and health/care lines in aggregate")
def m087():
    body = """Dear all,

a short English summary of the Q1 2026 figures for the international team
and our colleagues at Nordstern Re who joined the all-hands:

  Gross written premium                EUR 412.6m   (+4.8 %)
  Combined ratio property & casualty       103.2 %  (Q1 2025: 96.1 %)
    of which windstorm Ylva               +7.9 pts
  Health: benefits paid                EUR  98.3m   (+6.1 %)
  Long-term care: new care-level claims     1,184   (+9 %)
  Life & disability: new disability claims    212
  Large losses > EUR 1m                         3   (two commercial fires, one
                                                    liability claim)

Key messages from the board:
- Ylva is within our reinsurance retention; no impact on the dividend.
- Care claims grow faster than premiums; a tariff review is under way.
- Claims handling time in household fell to 6.2 days despite Ylva.

Slides are on the intranet (All-hands > 2026-05).

""" + sig("raman") + "\n"
    return M(who("raman"), "international-team@" + DOMAIN,
             "Q1 2026 in numbers (EN summary)", "2026-05-15 13:00", body, charset="us-ascii")


# --- 0088 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings claim for a lightning-damaged stair lift, installed because the customer's wife uses a wheelchair since her MS")
def m088():
    body = """Sehr geehrter Herr Baumann,

nach Ihrem Anruf habe ich den Überspannungsschaden am Treppenlift in
Ihrem Haus (Birkenweg 11, Niestetal) unter WG-26-0061025 zu Ihrer
Wohngebäudeversicherung 41-WG-1870339 angelegt.

Der Treppenlift ist fest mit dem Gebäude verbunden und deshalb über die
Wohngebäudeversicherung versichert, auch die Steuerplatine, die nach dem
Blitzeinschlag am Sonntag defekt ist. Der Techniker von Lifta Nord hat
den Schaden ja bereits bestätigt.

Weil Ihre Frau seit ihrer MS-Erkrankung auf den Rollstuhl angewiesen ist
und ohne den Lift nicht ins Obergeschoss kommt, habe ich die Reparatur
als eilig freigegeben. Sie müssen nicht auf ein Gutachten warten; bitte
beauftragen Sie Lifta Nord direkt und lassen Sie die Rechnung an uns
schicken. Falls die Reparatur länger dauert und Sie vorübergehend ein
Pflegebett im Erdgeschoss brauchen, sprechen Sie mich bitte an.

""" + sig("yilmaz") + "\n"
    return M(who("yilmaz"), fn("Werner Baumann", "werner.baumann@t-netz.example"),
             "Treppenlift – Überspannungsschaden WG-26-0061025", "2026-05-18 11:22", body)


# --- 0089 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "rent-deposit guarantee: landlord claims unpaid rent from the named tenant; amounts, guarantee number")
def m089():
    body = """Sehr geehrter Herr Petrović,

Ihr früherer Vermieter, die Wohnbau Kassel-Ost GmbH, hat uns aufgefordert,
aus der Mietkautionsbürgschaft 54-MK-0071263 einen Betrag von 2.400,00 EUR
zu zahlen. Begründet wird das mit Mietrückständen für Februar und März
2026 (je 1.020,00 EUR Warmmiete) und einer Nebenkostennachzahlung 2025
über 360,00 EUR.

Bevor wir zahlen, geben wir Ihnen Gelegenheit zur Stellungnahme. Wenn die
Forderung unberechtigt ist – zum Beispiel, weil Sie die Miete wegen der
Heizungsausfälle gemindert oder schon bezahlt haben –, schicken Sie uns
bitte bis zum 02.06.2026 Ihre Begründung und ggf. Kontoauszüge.

Bitte beachten Sie: Wenn wir an den Vermieter zahlen, müssen Sie uns den
Betrag nach den Bürgschaftsbedingungen erstatten. Eine Ratenzahlung ist
möglich.

""" + sig("anders") + "\n"
    return M(who("anders"), fn("Dragan Petrović", "dragan.petrovic@freemail.example"),
             "Ihre Mietkautionsbürgschaft 54-MK-0071263 – Forderung des Vermieters",
             "2026-05-19 09:10", body)


# --- 0090 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "doctor",
      "inline-forwarded GP letter confirming a named patient's illness (shingles, ophthalmic) for trip cancellation")
def m090():
    body = """Marta,

GP letter for TR-26-01187 (Ms Nolan) arrived - forwarding it to you as you
have the file. Looks sufficient to me, cancellation before departure,
medically certified. OK to pay from my side.

Elena

---------- Forwarded message ---------
From: Riverside Medical Practice <reception@riverside-medical.example>
Date: Mon, 18 May 2026 at 16:22
Subject: Patient: Ms Siobhan Nolan, DOB 11/02/1968
To: <claims-travel@lindenhof-versicherung.example>

To whom it may concern,

I confirm that Ms Siobhan Nolan, date of birth 11/02/1968, a patient of
this practice, attended on 4 May 2026 with herpes zoster (shingles)
affecting the ophthalmic division of the right trigeminal nerve. She was
started on aciclovir 800 mg five times daily and referred urgently to the
eye clinic, where a zoster keratitis was diagnosed.

In my opinion she was unfit to travel between 4 May and 25 May 2026, and
the illness could not have been foreseen when the trip was booked.

Dr Aoife Brennan MB BCh BAO MRCGP
Riverside Medical Practice, Limerick
"""
    return M(who("vogt"), fn("Marta Schilling", "marta.schilling@" + DOMAIN),
             "Fwd: Patient: Ms Siobhan Nolan, DOB 11/02/1968", "2026-05-19 11:40", body)


# --- 0091 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: ICD-10-GM and OPS catalogue update in the claims system with example codes; no patient")
def m091():
    body = """Hallo zusammen,

am Wochenende 30./31.05. spielen wir im Leistungssystem LEIKRA die
Katalogupdates ein:

- ICD-10-GM 2026 (BfArM, Stand 09/2025): u. a. neue Schlüsselnummern im
  Bereich U (z. B. U07.x-Anpassungen) und Präzisierungen bei E11.-
  (Diabetes mellitus Typ 2) und F32.- / F33.- (depressive Episoden)
- OPS 2026: neue Kodes für roboterassistierte Eingriffe (5-987.-)
- GOÄ-Analogbewertungen der Bundesärztekammer bis 03/2026

Auswirkungen:
- Prüfregeln mit Bezug auf gestrichene Codes (Liste im Anhang des
  Changes CHG-2026-01022) werden automatisch umgeschlüsselt.
- Belege, die am Freitag nach 18 Uhr eingehen, werden erst am Montag
  verarbeitet.

Bitte am Freitag offene Plausibilitätsfehler bis 16 Uhr abarbeiten.

""" + sig("behrendt") + "\n"
    return M(who("behrendt"), "leistung-kranken@" + DOMAIN,
             "Katalogupdate ICD-10-GM/OPS 2026 am 30./31.05. in LEIKRA", "2026-05-20 10:00", body)


# --- 0092 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "children's accident insurance: named child's upper-arm fracture at the playground, cast, benefits")
def m092():
    body = """Sehr geehrte Frau Engel,

gute Besserung für Mia! Wir haben den Unfall auf dem Spielplatz vom
09.05.2026 zur Kinderunfallversicherung 45-KU-2218806 aufgenommen
(Schaden UV-26-02207).

Nach dem Bericht der Kinderchirurgie im Klinikum hat Mia sich beim Sturz
vom Klettergerüst einen suprakondylären Oberarmbruch rechts zugezogen,
der in Narkose eingerichtet und mit zwei Drähten fixiert wurde; sie war
drei Nächte stationär und trägt jetzt vier Wochen einen Oberarmgips.

Wir zahlen:
  Krankenhaustagegeld 3 Tage x 30,00 EUR      90,00 EUR
  Gipspauschale (Tarif KidsPlus)             150,00 EUR
  Summe                                      240,00 EUR

Wenn nach einem Jahr noch eine Bewegungseinschränkung bleibt, melden Sie
sich bitte, dann prüfen wir eine Invaliditätsleistung. Bei Kindern heilt
so ein Bruch aber meistens folgenlos aus.

""" + sig("abendroth") + "\n"
    return M(who("abendroth"), fn("Carina Engel", "carina.engel@mailhafen.example"),
             "Mias Unfall am 09.05. – UV-26-02207", "2026-05-21 14:12", body)


# --- 0093 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "commercial motor claim of a sole trader (natural person): van damaged by a third party, plates, claim number")
def m093():
    body = """Dear Mr Gallagher,

thank you for the photos of your Transit van (KS-GG 318). We have opened
claim KS-2026-0131907 under your commercial vehicle policy 46-GK-0091240
(Gallagher Garten- und Landschaftsbau, sole trader).

According to your report and the police note, a delivery truck (HG-TR 5521)
reversed into your parked van in the Lidl car park in Vellmar on 20 May.
The truck driver admitted it on the spot.

Next steps:
- The truck's liability insurer pays for the repair and for a replacement
  van while yours is in the workshop. We have notified them.
- Because you need the van for work, you can also claim loss of use for
  the days without a replacement vehicle. Please keep a list of cancelled
  jobs with the amounts.

Your own policy is not affected and your no-claims class stays the same.

""" + sig("mcallister") + "\n"
    return M(who("mcallister"), fn("Sean Gallagher", "info@gallagher-gala.example"),
             "Your van KS-GG 318 - claim KS-2026-0131907", "2026-05-22 10:05", body,
             charset="us-ascii")


# --- 0094 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-authority",
      "trap: aggregated complaints and claims figures to the supervisory authority; health and care lines, no person")
def m094():
    body = """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 04.05.2026 (GZ VA 22-QB 4120-2026/0087) übersenden
wir die erbetenen Angaben für das Geschäftsjahr 2025, jeweils für die
Lindenhof Versicherung AG, die Lindenhof Lebensversicherung AG und die
Lindenhof Krankenversicherung a.G. zusammen:

  Beschwerden gesamt                                 1.204
    davon Leistungsablehnung Krankenversicherung       201
    davon Pflegepflichtversicherung (Einstufung)        64
    davon Berufsunfähigkeit                             93
    davon Wohngebäude/Hausrat                          377
  durchschnittliche Bearbeitungsdauer               11 Arbeitstage
  an den Ombudsmann weitergeleitet                      58

Die Aufschlüsselung nach Beschwerdegründen übermitteln wir wie vereinbart
über die MVP-Plattform im Format der Rundschreiben-Anlage 3.

Für Rückfragen steht Ihnen Frau Sasse (Datenschutz/Compliance) zur
Verfügung.

Mit freundlichen Grüßen
i. A. Qualitätsmanagement
Lindenhof Versicherungsgruppe
"""
    return M(fn("Qualitätsmanagement", "qm@" + DOMAIN), "poststelle@bafin-va.example",
             "GZ VA 22-QB 4120-2026/0087 – Beschwerdestatistik 2025", "2026-05-22 15:30", body,
             cc=who("sasse"))


# --- 0095 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "liability favour damage: customer dropped the named neighbour's TV while helping her move; claim number")
def m095():
    body = """Sehr geehrter Herr Brückmann,

Sie haben Ihrer Nachbarin, Frau Susanne Ott, am 16.05. beim Umzug
geholfen und dabei ist ihr Fernseher (LG OLED, 65 Zoll, gekauft 2023) vom
Sackkarren gefallen. Das haben wir unter HP-2026-00745 zu Ihrer
Privathaftpflicht 42-PH-6617020 angelegt.

Eine gute Nachricht: Ihr Vertrag (Tarif Komfort) schließt sogenannte
Gefälligkeitsschäden ausdrücklich ein. Ohne diese Klausel würde man bei
einer unentgeltlichen Hilfe unter Nachbarn oft nicht haften.

Wir ersetzen den Zeitwert. Bitte bitten Sie Frau Ott, uns

- die Kaufrechnung und
- eine Bestätigung des Fernsehhändlers, dass die Reparatur sich nicht
  lohnt,

zu schicken. Die Auszahlung geht dann direkt an sie.

""" + sig("pohlmann") + "\n"
    return M(who("pohlmann"), fn("Uwe Brückmann", "uwe.brueckmann@kasselnet.example"),
             "Umzugshilfe bei Frau Ott – HP-2026-00745", "2026-05-26 09:44", body,
             charset="windows-1252", cte="8bit", hdrs=[("X-Mailer", "Microsoft Outlook 15.0")])


# --- 0096 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "data-breach note: a named customer's oncology invoices were mis-sent to another customer")
def m096():
    body = """Dear Katja,

as group DPO you asked to be informed of every incident involving health
data. Summary of incident DS-2026-014:

What happened: On 21 May a health-claims clerk answered a customer's
e-mail and attached the wrong PDF. The attachment contained the
reimbursement statement of another customer, Ms Renate Vossberg
(52-KV-0331907), listing her chemotherapy and radiotherapy invoices from
the oncology practice Dr. Lenz (diagnosis C50.9 shown on two invoices).

Recipient: a customer in Baunatal with no connection to Ms Vossberg. He
called us the next day, confirmed deletion in writing on 22 May.

Assessment: special category data, one data subject, recipient
cooperative and known. Risk to Ms Vossberg: moderate. Notification to the
Hessian DPA was submitted on 23 May (within 72 hours); Ms Vossberg was
informed by phone and letter on 23 May.

Measures: mandatory four-eyes check for PDF attachments in health claims
until the mail-gateway classification goes live; refresher training for
the team on 3 June.

""" + sig("sasse") + "\n"
    return M(who("sasse"), fn("Katja Brandstetter", "katja.brandstetter@" + DOMAIN),
             "Incident DS-2026-014 - misdirected health data", "2026-05-26 17:05", body)


# --- 0097 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: German out-of-office auto-reply with deputy and emergency claims number; no customer data")
def m097():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 12.06.2026 nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet.

In dringenden Schadenfällen erreichen Sie unseren Schadenservice
Hausrat/Wohngebäude unter 0561 7098-4400 oder schaden@lindenhof-versicherung.example.
Meine Vertretung ist Herr Deniz Yılmaz (Durchwahl -4418).

Mit freundlichen Grüßen
Katrin Oberländer
"""
    return M(who("oberlaender"), fn("Sabine Dietrich", "sabine.dietrich@netzpost.example"),
             "Automatische Antwort: Rückfrage", "2026-05-29 18:02", body,
             hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


# --- 0098 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household cover ends because the named customer moves to Ireland; new address, policy number, refund")
def m098():
    body = """Dear Ms Byrne,

thank you for letting us know about your move back to Ireland. We have
ended your household contents policy 40-HR-7710348 with effect from
30 June 2026, the day your tenancy at Schoene Aussicht 9, Kassel ends.

Until then your belongings are insured at the old flat and, during the
move, in transit by the removal company. Items in your new home in
Ireland are not covered by us, so please arrange local cover from 1 July.

Refund: premium paid for July to December 2026, EUR 54.30, to your German
account. If you close that account before the refund arrives, please send
us your new IBAN (an Irish IBAN is fine).

We will send the final confirmation to your new address:
12 Dartry Road, Rathgar, Dublin 6, D06 K2X4, Ireland.

All the best for your move.

""" + sig("thornton") + "\n"
    return M(who("thornton"), fn("Aoife Byrne", "aoife.byrne@mailbox-ie.example"),
             "Your household policy 40-HR-7710348 - move to Ireland", "2026-06-01 09:20", body,
             charset="us-ascii", cte="quoted-printable")


# --- 0099 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "company pension (bAV direct insurance, life): XLSX list of named employees with birth dates and contributions to HR")
def m099():
    rows = [["Vertrags-Nr.", "Personal-Nr.", "Name", "Vorname", "Geburtsdatum", "Beginn", "Beitrag mtl. EUR", "AG-Zuschuss EUR", "Status"],
            ["55-DV-3001771", "1043", "Hoffmann", "Jürgen", "1968-04-02", "2012-01-01", 248.00, 37.20, "aktiv"],
            ["55-DV-3001772", "1088", "Celik", "Ayşe", "1990-11-30", "2019-07-01", 150.00, 22.50, "aktiv"],
            ["55-DV-3001773", "1102", "Brandt", "Maximilian", "1995-03-14", "2021-04-01", 100.00, 15.00, "beitragsfrei ab 01.05.2026 (Elternzeit)"],
            ["55-DV-3001774", "1120", "Schulte", "Karin", "1972-08-09", "2014-01-01", 302.00, 45.30, "aktiv"],
            ["55-DV-3001775", "1131", "Nowak", "Piotr", "1985-12-22", "2020-10-01", 176.00, 26.40, "ruhend (Krankengeldbezug seit 02/2026)"],
            ["55-DV-3001776", "1145", "Wagner", "Lisa", "1999-06-05", "2024-01-01", 80.00, 12.00, "aktiv"]]
    x = xlsx([("Bestand 06-2026", rows)], author="Jonas Kettler", created="2026-06-02 10:00",
             title="Bestandsliste Direktversicherung Holzbau Reinhardt")
    body = """Sehr geehrte Frau Koch,

wie gewünscht die aktuelle Bestandsliste der Direktversicherungen Ihrer
Mitarbeitenden (Gruppenvertrag 55-GV-0300177) zum 01.06.2026 für Ihre
Lohnbuchhaltung. Die beiden Statusänderungen (Elternzeit, Krankengeld)
haben wir wie von Ihnen gemeldet übernommen.

Bitte prüfen Sie die Beiträge für Juni gegen Ihre Entgeltabrechnung und
geben Sie mir bis 15.06. Bescheid, falls etwas abweicht.

Bitte die Datei nur im Personalbereich ablegen.

""" + sig("kettler") + "\n\n" + DISCLAIMER_DE + "\n"
    return M(who("kettler"), fn("Sandra Koch", "personal@holzbau-reinhardt.example"),
             "Bestandsliste Direktversicherung 06/2026", "2026-06-02 10:18", body,
             atts=[att("Bestandsliste_DV_Holzbau_Reinhardt_2026-06.xlsx", x)])


# --- 0100 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "personnel announcement of a new colleague in property claims; a named employee, no sensitive data")
def m100():
    body = """Liebe Kolleginnen und Kollegen,

seit 01.06. verstärkt Frau Lena Wichmann unser Team Schadenservice
Hausrat/Wohngebäude. Frau Wichmann kommt von einem Regionalversicherer
aus Göttingen, wo sie sechs Jahre Leitungswasser- und Elementarschäden
reguliert hat. Bei uns übernimmt sie die Postleitzahlbereiche 342–343
und die Großschäden ab 25.000 EUR im Wechsel mit Deniz Yılmaz.

Sie sitzt in Raum 3.12 und ist unter Durchwahl -4421 erreichbar.

Herzlich willkommen, Lena!

""" + sig("oberlaender") + "\n"
    return M(who("oberlaender"), "schaden-alle@" + DOMAIN,
             "Neu im Team: Lena Wichmann", "2026-06-15 08:30", body)

# --- 0101 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: underwriting guidelines for shared houses and multi-occupancy buildings (tenants, students, landlords); no client")
def m101():
    body = """Hi Tom,

you asked what we accept for landlords who let rooms in shared houses
(HMO-type risks). Our buildings underwriting guidelines in short:

Accepted as standard
- Up to 6 tenants in one building, individual tenancy agreements,
  communal kitchen with a working smoke alarm and a fire blanket.
- Student lets, if the landlord or a property manager inspects at least
  once a year (written record).

Referral to underwriting
- 7 to 12 tenants, or any commercial use on the ground floor.
- Buildings with gas heaters in the rooms.
- Landlords with more than two water or fire claims in the last 5 years.

Declined
- Emergency or homeless accommodation run by the owner himself.
- Buildings that are vacant for more than 6 months.

Loss of rent cover is limited to 12 months for shared houses, and only
for rooms that were actually let at the time of the loss.

Happy to look at concrete risks - just send the questionnaire, no client
names needed for a first indication.

""" + sig("mcallister") + "\n"
    return M(who("mcallister"), fn("Tom Ashworth", "tom.ashworth@albion-brokers.example"),
             "Shared houses / HMO - what we accept", "2026-06-03 14:40", body, charset="us-ascii")


# --- 0102 -----------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: CSV interface spec for the claims warehouse with columns like date_of_birth, diagnosis_code, iban; placeholders only (zero invalid IBAN)")
def m102():
    spec = ("column;type;example;remark\r\n"
            "claim_id;string;HR-2026-000001;synthetic\r\n"
            "policy_no;string;40-HR-0000000;synthetic\r\n"
            "line;enum;HR|WG|PH|UV|KV;\r\n"
            "date_of_birth;date;1900-01-01;masked to year in the warehouse\r\n"
            "diagnosis_code;string;;only for UV/KV, empty in property lines\r\n"
            "iban;string;DE00 0000 0000 0000 0000 00;tokenised before load (placeholder, invalid IBAN)\r\n"
            "loss_date;date;2026-01-01;\r\n"
            "paid_eur;decimal;0,00;German decimal comma\r\n")
    body = """Hi Priya,

attached the column spec for the new claims extract into the warehouse
(semicolon CSV, cp1252 because the old mainframe export can't do UTF-8).
The example values are placeholders only; the real load job tokenises
IBANs and cuts birth dates down to the year before anything lands in your
schema, and diagnosis codes never leave the health system.

Let me know if the reinsurance models need anything else, e.g. the
postcode at 5 digits.

Lukas

""" + sig("behrendt") + "\n"
    return M(who("behrendt"), who("raman"),
             "Claims extract - column spec (placeholders only)", "2026-06-04 10:05", body,
             atts=[att("claims_extract_spec_v2.csv", spec.encode("cp1252"), "text/csv", charset="windows-1252")])


# --- 0103 -----------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: newsletter 'Sicher wohnen im Alter' on falls, care levels, emergency call systems and hearing aids; no person")
def m103():
    text = """Lindenhof Zuhause – Spezial "Sicher wohnen im Alter"

Liebe Leserinnen und Leser,

jeder dritte Mensch über 65 stürzt mindestens einmal im Jahr, viele davon
in der eigenen Wohnung. Mit ein paar Handgriffen lässt sich das Risiko
deutlich senken:

- Stolperfallen weg: lose Teppiche, Kabel, Türschwellen
- Licht: Bewegungsmelder im Flur und nachts zum Bad
- Bad: Haltegriffe, rutschfeste Matten, bodengleiche Dusche

Gut zu wissen
* Ab Pflegegrad 1 zahlt die Pflegekasse bis zu 4.180 EUR für den Umbau der
  Wohnung (wohnumfeldverbessernde Maßnahmen).
* Ein Hausnotruf kostet ab etwa 25 EUR im Monat; mit Pflegegrad
  übernimmt die Pflegekasse meist die Grundgebühr.
* In der Lindenhof Hausratversicherung sind Hörgeräte, Rollatoren und
  Treppenlifte (in der Wohngebäudeversicherung) gegen Einbruch, Brand und
  Leitungswasser mitversichert.

Angehörige fragen oft: Was passiert mit der Hausratversicherung, wenn
Mutter ins Pflegeheim zieht? Die Antwort finden Sie in unserem Ratgeber:
https://www.lindenhof-versicherung.example/ratgeber/pflegeheim

Abmelden: https://www.lindenhof-versicherung.example/newsletter/abmelden
Lindenhof Versicherung AG, Am Lindenhof 12, 34117 Kassel
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:15px;color:#222;max-width:620px">
<h1 style="color:#2a5d3c;font-size:22px">Sicher wohnen im Alter</h1>
<p>Liebe Leserinnen und Leser,</p>
<p>jeder dritte Mensch über 65 stürzt mindestens einmal im Jahr, viele davon in der eigenen Wohnung.
Mit ein paar Handgriffen lässt sich das Risiko deutlich senken:</p>
<ul><li>Stolperfallen weg: lose Teppiche, Kabel, Türschwellen</li>
<li>Licht: Bewegungsmelder im Flur und nachts zum Bad</li>
<li>Bad: Haltegriffe, rutschfeste Matten, bodengleiche Dusche</li></ul>
<table cellpadding="8" style="background:#f1f6f2;border-left:4px solid #2a5d3c">
<tr><td><b>Gut zu wissen</b><br>
Ab Pflegegrad 1 zahlt die Pflegekasse bis zu 4.180&nbsp;EUR für den Umbau der Wohnung.<br>
Ein Hausnotruf kostet ab etwa 25&nbsp;EUR im Monat; mit Pflegegrad übernimmt die Pflegekasse meist die Grundgebühr.<br>
Hörgeräte, Rollatoren und Treppenlifte sind bei uns gegen Einbruch, Brand und Leitungswasser mitversichert.</td></tr>
</table>
<p>Angehörige fragen oft: Was passiert mit der Hausratversicherung, wenn Mutter ins Pflegeheim zieht?
<a href="https://www.lindenhof-versicherung.example/ratgeber/pflegeheim">Zum Ratgeber</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.lindenhof-versicherung.example/newsletter/abmelden">Abmelden</a> –
Lindenhof Versicherung AG, Am Lindenhof 12, 34117 Kassel</p>
</body></html>
"""
    return M(fn("Lindenhof Zuhause", "newsletter@" + DOMAIN), "newsletter-zuhause@lists." + DOMAIN,
             "Spezial: Sicher wohnen im Alter", "2026-06-05 07:30", text, html=html,
             cte="quoted-printable", html_cte="base64",
             hdrs=[("List-Unsubscribe", "<https://www.lindenhof-versicherung.example/newsletter/abmelden>"),
                   ("Precedence", "bulk")])


# --- 0104 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household theft from a student's room in a shared flat: named customer, birth date to confirm, claim number")
def m104():
    body = """Hi Ms Andersson,

thanks for the quick report. Your claim for the laptop stolen from your
room in the shared flat (Moritzstrasse 31, 3rd floor, Kassel) is
registered under HR-2026-009012, household policy 40-HR-9655013.

Two things before we can pay:

1. Our records show your date of birth as 3 September 2003, but the
   police report says 09/03/2003. Could you confirm which one is right?
   (We suspect the police used the American format.)
2. Was your room door locked? In a shared flat, theft from your own room
   is only covered as burglary if someone broke in (damaged lock, forced
   door). If the door was open, the "simple theft" extension in your
   student tariff still pays up to EUR 1,000.

Your flatmates don't need to do anything; their belongings are not part
of your policy.

""" + sig("thornton") + "\n"
    return M(who("thornton"), fn("Elin Andersson", "elin.andersson@uni-kassel-mail.example"),
             "Your laptop - claim HR-2026-009012", "2026-06-08 12:15", body, charset="us-ascii")


# --- 0105 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "base64-encoded body: inline forward of a customer's mail about her hospital bill after gallbladder surgery")
def m105():
    body = """Hallo Leistung Kranken,

bitte übernehmen, Kundin hat an den Kundenservice geschrieben.

Viele Grüße
Aylin Demirci

-----Ursprüngliche Nachricht-----
Von: Monika Pfeiffer <monika.pfeiffer@kasselnet.example>
Gesendet: Sonntag, 7. Juni 2026 15:48
An: service@lindenhof-versicherung.example
Betreff: Krankenhausrechnung Elisabeth-Krankenhaus

Guten Tag,

ich war vom 18. bis 22. Mai im Elisabeth-Krankenhaus, mir wurde die
Gallenblase entfernt (Gallensteine, laparoskopisch). Jetzt kam die
Rechnung für das Zweibettzimmer und den Chefarzt, zusammen 3.412,86 Euro.
Die Krankenhausrechnung selbst ging ja direkt an Sie, oder?

Meine Versicherungsnummer ist 52-KV-1448290. Ich habe die beiden
Rechnungen hier als Foto angehängt. Reicht das?

Und ich muss jetzt noch 6 Wochen Tabletten gegen die Magenschleimhaut-
entzündung nehmen, zahlen Sie die auch?

Mit freundlichen Grüßen
Monika Pfeiffer
"""
    return M(who("demirci"), "leistung-kranken@" + DOMAIN,
             "WG: Krankenhausrechnung Elisabeth-Krankenhaus", "2026-06-08 08:31", body,
             cte="base64", hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0106 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-press",
      "trap: English press release on a household product for over-60s mentioning care homes, hearing aids, dementia; no person")
def m106():
    body = """PRESS RELEASE - for immediate release

Lindenhof launches "Home 60+": household insurance that moves with you

Kassel, 9 June 2026 - Lindenhof Versicherung today launched "Home 60+", a
household contents and liability package designed for customers aged 60
and over and their families.

Key features:
- Belongings stay insured when the policyholder moves into assisted
  living or a care home - no new contract, no new health questions.
- Hearing aids, mobility aids and stair lifts are insured against theft,
  fire and water damage, including while in use outside the home.
- Relatives with a power of attorney can report claims online.
- Liability cover applies even if a claim is caused by a person with
  dementia who is not legally responsible.

"More than a third of our household customers are over 60," said Sevgi
Arslan, member of the board for private customers. "Many of them worry
about what happens to their insurance when they need care. Home 60+ takes
that worry away."

Premiums start at EUR 9.90 per month. The product is available from 1 July
via brokers and directly.

Press contact:
""" + sig("fleischhauer") + "\n"
    return M(who("fleischhauer"), "press-list-en@lists." + DOMAIN,
             "Press release: Lindenhof launches Home 60+", "2026-06-09 09:00", body,
             hdrs=[("Precedence", "bulk")])


# --- 0107 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: maintenance notice for the secure-mail gateway (certificates, portal, 'streng vertraulich' routing); no data")
def m107():
    body = """Hallo zusammen,

am Mittwoch, 17.06.2026, 20:00–22:00 Uhr, warten wir das Mailgateway:

- Einspielen des neuen Domänenzertifikats (Partnerdomänen mit S/MIME)
- Update der Klassifizierungsregeln: Mails mit dem Betreff-Tag
  [streng vertraulich] gehen künftig immer ins Portal-Postfach, auch wenn
  für den Empfänger eine Einwilligung für TLS vorliegt (Wunsch
  Datenschutz).
- Neustart der Portal-Knoten

Auswirkungen: Ausgehende Mails werden in dieser Zeit bis zu 30 Minuten
verzögert zugestellt, es geht nichts verloren. Das Portal ist ca. 10
Minuten nicht erreichbar.

Bei Problemen am Donnerstagmorgen bitte Ticket an IT-Messaging.

""" + sig("behrendt") + "\n"
    return M(who("behrendt"), "alle-kassel@" + DOMAIN,
             "Wartung Mailgateway und Portal am 17.06. ab 20 Uhr", "2026-06-10 15:00", body)


# --- 0108 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "long-term care insurance: named expat granted care level 2 after a hip fracture, care allowance amounts")
def m108():
    body = """Dear Mr Hale,

the medical service (MEDICPROOF) visited you at home on 2 June and has
assessed your need for care. I am glad to tell you that you have been
granted care level 2 (Pflegegrad 2) from 1 May 2026, the month in which
you applied.

The assessor's main findings were the limited mobility after your hip
fracture in March and the help you need with washing, dressing and the
stairs. The full report is enclosed in your portal mailbox.

Your benefits from your private long-term care insurance 51-PP-7730581:

- Care allowance (Pflegegeld) if your wife or another private carer looks
  after you: EUR 347 per month, or
- Care in kind (Pflegesachleistung) by a home-care service: up to
  EUR 796 per month, or a combination of both.
- Relief amount: EUR 131 per month for help in the household.
- Home adaptation: up to EUR 4,180 per measure, for example a walk-in
  shower.

Please tell us which option you choose. If you want, our care advisor
Ms Brenneke can visit you and explain everything in English.

""" + sig("holtkamp") + "\n"
    return M(who("holtkamp"), fn("Richard Hale", "richard.hale@btmail.example"),
             "Your care assessment - care level 2", "2026-06-11 10:45", body)


# --- 0109 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings loss of rent after a fire: landlord customer, named tenants and their rents, claim number")
def m109():
    body = """Sehr geehrte Frau Kaiser,

nach dem Brand im Dachgeschoss Ihres Mehrfamilienhauses Tischbeinstraße 44
(Schaden WG-26-0047810) sind zwei Wohnungen derzeit nicht bewohnbar. Ihre
Wohngebäudeversicherung 41-WG-2044719 ersetzt den Mietausfall bis zur
Wiederherstellung, längstens 24 Monate.

Für die Berechnung brauchen wir die Mietverträge. Nach Ihrer Aufstellung:

  Wohnung DG links, Mieter Herr Pascal Römer        Kaltmiete 640,00 EUR
  Wohnung DG rechts, Mieterin Frau Gül Şahin        Kaltmiete 590,00 EUR
  Wohnung 2. OG links, Eheleute Hainbach            Mietminderung 20 %
                                                    auf 720,00 EUR = 144,00 EUR

Die Nebenkostenvorauszahlungen zahlen wir nur, soweit Kosten weiterlaufen
(Grundsteuer, Versicherung), nicht für Heizung und Wasser der leeren
Wohnungen.

Den Mietausfall Juni zahlen wir Ende des Monats. Bitte informieren Sie
uns, sobald ein Mieter kündigt oder wieder einzieht.

""" + sig("oberlaender") + "\n"
    return M(who("oberlaender"), fn("Ulrike Kaiser", "ulrike.kaiser@kaiser-hausbesitz.example"),
             "Mietausfall Tischbeinstraße 44 – WG-26-0047810", "2026-06-16 11:08", body)


# --- 0110 -----------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: phishing warning mentioning fake 'claim settlement' and 'medical report' attachments; no data")
def m110():
    body = """Dear colleagues,

since this morning we are seeing phishing e-mails that pretend to come
from a broker or a hospital. Typical subjects:

  "Claim settlement documents - please review"
  "Medical report for your insured (secure link)"
  "Updated IBAN for payment of invoice"

The links lead to a fake Microsoft login page. Please:

- do not click the link and do not enter your password,
- use the "Report phishing" button in Outlook,
- never change bank details of a customer or a supplier because of an
  e-mail alone; always call back on a number you already know.

If you already entered your password, call the IT service desk
immediately on extension 1700.

IT Security
Lindenhof Versicherung AG
"""
    return M(fn("IT Security", "it-security@" + DOMAIN), "all-staff@" + DOMAIN,
             "Warning: phishing e-mails with fake claim documents", "2026-06-15 10:20", body,
             charset="us-ascii", cte="7bit", hdrs=[("Importance", "High")])


# --- 0111 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: fee-schedule negotiation with an expert office (claims-value bands, travel costs); no claim or person")
def m111():
    body = """Sehr geehrter Herr Rohde,

danke für Ihren Vorschlag zur Honorartabelle 2026. Unser Gegenvorschlag:

  Schadenhöhe bis          Honorar netto
       5.000 EUR            390 EUR
      15.000 EUR            610 EUR
      50.000 EUR            980 EUR
     150.000 EUR          1.720 EUR
  darüber                 nach Zeitaufwand, 115 EUR/Std.

Fahrtkosten: 0,45 EUR/km ab Bürositz, Fahrzeit zur Hälfte als Arbeitszeit.
Fotodokumentation und Kurzbericht im Partnerportal sind im Honorar
enthalten; Nachtragsberichte werden mit 60 EUR pauschal vergütet.

Bei Großereignissen (Sturm, Hochwasser) bitten wir wie bisher um einen
Ereignisrabatt von 10 % ab dem 20. Auftrag im Monat.

Wenn das für Sie passt, schicke ich Ihnen die Vertragsänderung zur
Unterschrift.

""" + sig("maass") + "\n"
    return M(who("maass"), fn("Lars Rohde", "rohde@rohde-sv.example"),
             "Honorartabelle 2026 – Gegenvorschlag", "2026-06-15 16:12", body,
             cc=who("oberlaender"))


# --- 0112 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "legal expenses: noise dispute with named neighbours for a customer in Munich; cover and claim number")
def m112():
    body = """Dear Mr Whitaker,

thank you for your detailed account of the noise problems with your
upstairs neighbours, Mr and Mrs Huber, at Belgradstrasse 71 in Munich.

We can confirm cover under your legal expenses policy 49-RS-0912204
(claim RS-26-1080332) for:

- a lawyer's letter to your neighbours asking them to keep to the house
  rules (quiet hours 10 pm to 6 am), and
- a letter to your landlord requesting that he enforces the house rules
  and, if appropriate, a rent reduction for you.

Before going to court, Bavarian law requires an attempt at conciliation
for neighbour disputes; the costs of the Schlichtungsstelle are covered as
well. Your excess of EUR 150 applies once.

Our partner law firm in Munich, Kanzlei Oberhofer, has English-speaking
lawyers. Let me know if you would like us to pass on your details.

""" + sig("wiegand") + "\n"
    return M(who("wiegand"), fn("James Whitaker", "j.whitaker@inbox-uk.example"),
             "Your neighbour dispute - cover confirmation RS-26-1080332", "2026-06-16 09:30", body)


# --- 0113 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HTML-only internal mail: table of three named accident insureds with injuries due for invalidity re-examination")
def m113():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Frau Tews,</p>
<p>bitte für die folgenden Fälle die Nachuntersuchungen zur Neubemessung der Invalidität beauftragen (Fristende jeweils
drei Jahre nach dem Unfall). Gutachter wie angegeben, Unterlagen liegen in der E-Akte.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#e8e8f0"><th>Schaden</th><th>Versicherte Person</th><th>Unfall</th><th>Verletzung / bisheriger Grad</th><th>Gutachter</th></tr>
<tr><td>UV-23-04417</td><td>Gerda Hofmann</td><td>14.07.2023</td><td>Humeruskopffraktur li., 2/7 Armwert</td><td>Prof. Dr. Stein</td></tr>
<tr><td>UV-23-05102</td><td>Sandra Vogelsang</td><td>03.08.2023</td><td>Tibiakopffraktur li., 4/20 Beinwert</td><td>Dr. Amelung</td></tr>
<tr><td>UV-23-06630</td><td>Yusuf Erdem</td><td>21.10.2023</td><td>Schädel-Hirn-Trauma II°, Konzentrationsstörungen, 20 %</td><td>Dr. Rabe (Neurologie)</td></tr>
</table>
<p>Bei Herrn Erdem bitte zusätzlich eine neuropsychologische Testung anfragen.</p>
<p>Danke und viele Grüße<br>Nils Abendroth</p>
</body></html>
"""
    return M(who("abendroth"), fn("Martina Tews", "martina.tews@" + DOMAIN),
             "Nachuntersuchungen Invalidität – 3 Fälle", "2026-06-17 08:50", html=html,
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0114 -----------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "trap: English broker newsletter with product news on disability, health and care; no client data")
def m114():
    body = """LINDENHOF BROKER BRIEF - June 2026
=====================================

1. Disability income: new occupation list
   From 1 July, 38 occupations move to a better risk class, among them
   nurses, physiotherapists and IT project managers. Existing clients can
   switch without new health questions within the next 6 months.

2. Health: dental tariff ZahnPlus 90
   90 % for implants and crowns, no waiting period if the client comes
   from another insurer with a comparable tariff.

3. Care: Pflegetagegeld with dementia option
   Double daily allowance in care levels 2 and 3 if dementia is
   diagnosed - a simple argument for clients who have seen it in their
   own family.

4. Property: Home 60+
   See our press release. Commission as for household Komfort.

5. Events
   Online seminar "Selling disability cover to self-employed craftsmen",
   24 June, 10:00-11:00 (CPD: 1 hour).

Your broker support: makler@lindenhof-versicherung.example
Unsubscribe: https://makler.lindenhof-versicherung.example/newsletter
"""
    return M(fn("Lindenhof Broker Services", "makler@" + DOMAIN), "broker-brief@lists." + DOMAIN,
             "Broker Brief June 2026: disability, dental, care, Home 60+", "2026-06-18 07:45", body,
             charset="us-ascii", cte="7bit", hdrs=[("Precedence", "bulk")])


# --- 0115 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor liability: customer caused damage to a named third party's car, nobody hurt; settlement PDF attached")
def m115():
    p = pdf(["# Abrechnung Kraftfahrt-Haftpflichtschaden",
             "",
             "Schaden-Nr.: KH-2026-0072215          Datum: 18.06.2026",
             "Versicherungsnehmer: Reinhold Gerlach, Am Warteberg 3, 34125 Kassel",
             "Vertrag: 46-KF-0877012, Fahrzeug KS-RG 1955",
             "Geschädigte: Annette Falk, Fahrzeug KS-AF 220 (Opel Corsa)",
             "Schadentag: 02.06.2026, Parkplatz Ruhrstraße, Kassel – Ausparken",
             "",
             "Reparaturkosten laut Gutachten (netto)              2.184,60 EUR",
             "Wertminderung                                          150,00 EUR",
             "Sachverständigenkosten                                 412,30 EUR",
             "Nutzungsausfall 4 Tage à 43 EUR                        172,00 EUR",
             "Kostenpauschale                                         25,00 EUR",
             "Gesamt an Geschädigte                                2.943,90 EUR",
             "",
             "Personenschaden: keiner",
             "Auswirkung auf Ihren Vertrag: Rückstufung Haftpflicht von SF 9 auf SF 5 zum 01.01.2027,",
             "sofern Sie den Schaden nicht innerhalb von sechs Monaten selbst erstatten.",
             "",
             "~ Lindenhof Versicherung AG, Kfz-Schaden, Am Lindenhof 12, 34117 Kassel"],
            title="Abrechnung KH-2026-0072215", created="2026-06-18 13:00")
    body = """Sehr geehrter Herr Gerlach,

anbei die Abrechnung zu dem Parkschaden vom 02.06. an dem Fahrzeug von
Frau Falk. Wir haben ihr insgesamt 2.943,90 EUR gezahlt.

Wenn Sie eine Rückstufung vermeiden wollen, können Sie uns den Betrag
innerhalb von sechs Monaten erstatten – bei der Höhe rechnet sich das
in Ihrem Fall voraussichtlich nicht, die Mehrbeiträge über die nächsten
Jahre lägen bei ca. 1.900 EUR. Gern rechne ich Ihnen das genau aus.

""" + sig("brandauer") + "\n"
    return M(who("brandauer"), fn("Reinhold Gerlach", "r.gerlach@t-netz.example"),
             "Abrechnung Haftpflichtschaden KH-2026-0072215", "2026-06-18 13:12", body,
             atts=[att("Abrechnung_KH-2026-0072215.pdf", p)])


# --- 0116 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: anonymised training case (tenant, 78, care level 2, water damage, daughter calls); no identifiable person")
def m116():
    body = """Hallo zusammen,

für den Workshop am Donnerstag hier schon mal der Übungsfall 3. Er ist
aus mehreren echten Fällen zusammengesetzt und vollständig anonymisiert –
bitte nicht versuchen, ihn einer Akte zuzuordnen.

Fall 3: "Die Tochter am Telefon"

Eine Mieterin, 78 Jahre, lebt allein in einer Zweizimmerwohnung in einer
Kleinstadt. Sie hat Pflegegrad 2 und bekommt zweimal am Tag den
Pflegedienst. Während eines Krankenhausaufenthalts läuft die
Waschmaschine aus; der Nachbar unten bemerkt den Schaden nach vier Tagen.
Die Tochter ruft an, hat keine Vollmacht, ist aufgebracht und möchte
"sofort wissen, was bezahlt wird".

Fragen:
1. Welche Auskünfte dürfen Sie der Tochter geben?
2. Welche Verträge sind betroffen (Hausrat der Mieterin, Wohngebäude des
   Vermieters, Haftpflicht gegenüber dem Nachbarn)?
3. Was notieren Sie in der Akte – und was nicht?

Lösungsvorschläge besprechen wir gemeinsam.

""" + sig("oberlaender") + "\n"
    return M(who("oberlaender"), fn("Team Schadenservice Sach", "schaden-sach-team@" + DOMAIN),
             "Workshop Donnerstag – Übungsfall 3", "2026-06-22 09:05", body)


# --- 0117 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "critical illness payout for a named customer's breast cancer diagnosis (life line)")
def m117():
    body = """Dear Ms Thompson,

I am writing to confirm that we will pay the full critical illness benefit
under your policy 50-DD-2218890.

The pathology report of 28 May 2026 and the letter of your oncologist at
the Brustzentrum Kassel confirm an invasive ductal carcinoma of the left
breast, which meets the policy definition of cancer. The benefit of
EUR 100,000 will be transferred to your account within five working days.

There is nothing else you need to do. The payment is tax-free in Germany,
and it does not reduce any other benefit you may receive, for example from
your health insurance.

Your life cover under the same policy continues unchanged, and from
1 July 2026 you no longer need to pay premiums for it (premium waiver
after a critical illness claim).

We wish you strength and all the best for your treatment.

""" + sig("kraemer") + "\n"
    return M(who("kraemer"), fn("Rachel Thompson", "rachel.thompson@postbox.example"),
             "Your critical illness claim - payment confirmed", "2026-06-22 14:30", body,
             cte="quoted-printable")


# --- 0118 -----------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: mass customer-satisfaction survey after a claim, generic salutation, no claim or contract data")
def m118():
    body = """Liebe Kundin, lieber Kunde,

vor Kurzem haben wir einen Schaden für Sie bearbeitet. Wie zufrieden
waren Sie mit uns?

Die Umfrage dauert etwa drei Minuten:
https://umfrage.lindenhof-versicherung.example/s/schaden-2026

Ihre Antworten werden anonym ausgewertet und helfen uns, besser zu
werden – zum Beispiel, wenn Angehörige für Sie mit uns sprechen oder Sie
während eines Schadens im Krankenhaus waren. Unter allen Teilnehmenden
verlosen wir 20 Wasserstopp-Sets.

Vielen Dank!
Ihre Lindenhof Versicherung

Sie möchten keine Umfragen mehr erhalten?
https://umfrage.lindenhof-versicherung.example/abmelden
"""
    return M(fn("Lindenhof Kundenumfrage", "umfrage@" + DOMAIN), "umfrage-versand@lists." + DOMAIN,
             "Drei Minuten für uns? Ihre Meinung zur Schadenbearbeitung", "2026-06-23 10:00", body,
             hdrs=[("Precedence", "bulk")])


# --- 0119 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household overvoltage damage after lightning: named customer, address, item list in ODT")
def m119():
    o = odt(["# Schadenaufstellung Überspannung – HR-2026-009477",
             "Versicherungsnehmer: Gerhard und Ilse Wolff, Am Kirchberg 2, 34233 Fuldatal",
             "Vertrag: 40-HR-0822615 (Komfort, Überspannung bis 10.000 EUR)",
             "Ereignis: Blitzeinschlag in die Freileitung am 14.06.2026, ca. 21:40 Uhr",
             "",
             [["Gerät", "Alter", "Befund Fachhändler", "Entschädigung EUR"],
              ["Fernseher Samsung 55\"", "3 Jahre", "Netzteil und Mainboard defekt", "690,00"],
              ["Router/Telefonanlage", "5 Jahre", "nicht mehr funktionsfähig", "180,00"],
              ["Kühl-Gefrierkombination", "8 Jahre", "Steuerplatine defekt, Reparatur", "265,00"],
              ["Garagentorantrieb", "11 Jahre", "gehört zum Gebäude – Wohngebäude", "0,00"],
              ["Summe", "", "", "1.135,00"]],
             "",
             "Der Garagentorantrieb ist Gebäudebestandteil und wird über die Wohngebäudeversicherung "
             "(anderer Versicherer) abgerechnet."],
            author="Deniz Yılmaz", created="2026-06-24 10:00", title="Schadenaufstellung HR-2026-009477")
    body = """Sehr geehrte Frau Wolff, sehr geehrter Herr Wolff,

anbei unsere Aufstellung zu den Geräten, die beim Gewitter am 14.06.
beschädigt wurden. Wir zahlen 1.135,00 EUR auf Ihr bekanntes Konto.

Für den Garagentorantrieb wenden Sie sich bitte an Ihren Wohngebäude-
versicherer; die Bestätigung des Elektrikers können Sie dafür verwenden.

""" + sig("yilmaz") + "\n"
    return M(who("yilmaz"), fn("Ilse Wolff", "ilse.wolff@kasselnet.example"),
             "Gewitterschaden 14.06. – Aufstellung HR-2026-009477", "2026-06-24 10:20", body,
             atts=[att("Schadenaufstellung_HR-2026-009477.odt", o)])


# --- 0120 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: order to a translation agency for the English policy wording of health and disability products; no person")
def m120():
    body = """Dear Ms Carvalho,

following your quote no. Q-26-0418, we would like to order the English
translation of the following documents:

  1. General terms - private health insurance (AVB/MB-KK 2026), 46 pages
  2. Special terms - disability income (BU 2026), 22 pages
  3. Product information sheet Home 60+, 4 pages

Please use our glossary (attached to your quote) - especially for
"Berufsunfähigkeit" (disability), "Pflegegrad" (care level) and
"Vorerkrankungen" (pre-existing conditions). Delivery as Word files by
10 July 2026. Purchase order number: EK-2026-00988.

The documents are public product documents and contain no customer data.
They will be uploaded to your SFTP folder tomorrow.

Kind regards,

""" + sig("maass") + "\n"
    return M(who("maass"), fn("Ana Carvalho", "a.carvalho@lingua-bridge.example"),
             "Order EK-2026-00988 - translation of policy wordings", "2026-06-25 11:00", body)


# --- 0121 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "liability water damage: the flooded downstairs neighbour is pregnant and moved out because of drying and mould risk")
def m121():
    body = """Sehr geehrte Frau Nikolić,

zu dem Wasserschaden aus Ihrer Wohnung (geplatzter Schlauch der
Spülmaschine am 19.06.) haben wir mit Ihrer Nachbarin im 1. OG,
Frau Katharina Seidel, gesprochen.

Frau Seidel ist im siebten Monat schwanger. Ihre Frauenärztin hat ihr
geraten, während der Bautrocknung und bis zur Schimmelfreimessung nicht
in der Wohnung zu bleiben; ein entsprechendes Attest liegt uns vor. Sie
wohnt deshalb seit dem 22.06. mit ihrem Partner in einer Ferienwohnung.

Über Ihre Privathaftpflicht (42-PH-5071148, Schaden HP-2026-00861)
übernehmen wir:

- die Reparatur der Decke und des Laminats in der Wohnung von Frau Seidel
  (ihr Eigentum, soweit nicht Gebäude),
- die Kosten der Ferienwohnung (95 EUR/Nacht) für voraussichtlich drei
  Wochen,
- die Fahrtmehrkosten.

Sie selbst müssen nichts veranlassen. Bitte sprechen Sie mit Frau Seidel
nicht über Beträge; wenn sie Sie darauf anspricht, verweisen Sie gern
auf mich.

""" + sig("pohlmann") + "\n"
    return M(who("pohlmann"), fn("Jelena Nikolić", "jelena.nikolic@webpost.example"),
             "Wasserschaden 19.06. – Ihre Nachbarin Frau Seidel", "2026-06-26 14:05", body,
             cte="quoted-printable")


# --- 0122 -----------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "farewell lunch invitation for a colleague; a named employee, nothing sensitive")
def m122():
    body = """Hi everyone,

after eleven years with us, Fiona is leaving the international team at the
end of July to move back to Edinburgh (don't worry, she'll still answer
broker questions until 31 July!).

Farewell lunch: Thursday 23 July, 12:30, Trattoria Da Nino, Koenigsplatz.
Please reply by 17 July so I can book the right table size. There is an
envelope going round for a present - room 4.08.

Priya
"""
    return M(who("raman"), "international-team@" + DOMAIN,
             "Farewell lunch for Fiona - 23 July", "2026-07-06 09:40", body, charset="us-ascii")


# --- 0123 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: answer to the insurers' association on water-damage statistics by building age and occupancy; no person")
def m123():
    body = """Sehr geehrte Frau Dr. Heller,

zur Abfrage "Leitungswasserschäden 2025 nach Gebäudealter und Nutzung"
(Rundschreiben 0911/2026) melden wir für die Lindenhof Versicherung AG:

  Gebäudealter     Schäden je 1.000 Risiken   Ø Schaden EUR
  bis 1948                 71,4                   5.210
  1949–1978                63,2                   4.680
  1979–1999                48,9                   3.940
  ab 2000                  29,7                   3.380

  Nutzung
  selbstgenutzt            44,1
  vermietet (MFH)          68,5
  Ferienwohnung            57,3

Auffällig bleibt der Anteil von Schäden, die erst nach längerer
Abwesenheit der Bewohner entdeckt werden (Urlaub, Krankenhaus, Pflege):
bei uns 14 % der Fälle, aber 27 % des Aufwands.

Die Daten stammen aus unserem Schaden-DWH, Stichtag 31.03.2026. Die
Rohdaten übermitteln wir wie üblich über das Statistikportal.

""" + sig("hartung") + "\n"
    return M(who("hartung"), fn("Dr. Isabel Heller", "i.heller@versichererverband.example"),
             "Rundschreiben 0911/2026 – Leitungswasser nach Gebäudealter", "2026-07-07 15:20", body)


# --- 0124 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "buildings storm damage to a named Danish owner's holiday home on Sylt; address, policy, claim number")
def m124():
    body = """Dear Mr Kristensen,

thank you for the photos of your holiday home at Norderweg 6, 25980 Sylt,
after the storm on 5 July. I have opened claim WG-26-0071102 under your
buildings policy 41-WG-6621830.

From the photos the thatched roof has lost a section on the west side and
the garden shed is destroyed. Because the house is let to holiday guests,
two points:

- Please ask your property manager, Mrs Petersen, to cover the roof
  provisionally; those costs are covered.
- If you have to cancel bookings while the roof is being repaired, your
  policy covers loss of rental income for holiday lets up to EUR 15,000.
  Please keep the booking confirmations and cancellations.

A thatcher from our partner network on Sylt can start in about three
weeks; if you have your own, that is fine too - please send us the quote
first.

""" + sig("thornton") + "\n"
    return M(who("thornton"), fn("Mads Kristensen", "mads.kristensen@mailbox-dk.example"),
             "Storm damage Norderweg 6, Sylt - claim WG-26-0071102", "2026-07-08 10:10", body,
             charset="us-ascii")


# --- 0125 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: blank consent form for releasing doctors from confidentiality with «placeholders» (DOCX); no person")
def m125():
    d = docx(["# Erklärung zur Schweigepflichtentbindung (Einzelfall)",
              "",
              "Versicherte Person: «Vorname» «Name», geb. «Geburtsdatum»",
              "Vertrag / Leistungsfall: «Vertragsnummer» / «Schadennummer»",
              "",
              "Ich entbinde die nachfolgend genannten Personen und Einrichtungen von ihrer Schweigepflicht "
              "gegenüber der Lindenhof Versicherungsgruppe, soweit dies zur Prüfung des oben genannten "
              "Leistungsfalls erforderlich ist:",
              "",
              [["Name / Einrichtung", "Anschrift", "Zeitraum"],
               ["«Arzt_1»", "«Anschrift_1»", "«Zeitraum_1»"],
               ["«Arzt_2»", "«Anschrift_2»", "«Zeitraum_2»"]],
              "",
              "Die Erklärung gilt für Angaben über Diagnosen, Befunde und Behandlungen. Ich kann sie jederzeit "
              "mit Wirkung für die Zukunft widerrufen.",
              "",
              "Ort, Datum: ____________________     Unterschrift: ____________________",
              "",
              "Formular SE-EF-01/2026 – Stand 07/2026 – nur für den Einzelfall, nicht für pauschale Entbindungen"],
             author="Henrike Sasse", created="2026-07-09 08:30", title="SE-EF-01/2026")
    body = """Hallo zusammen,

das überarbeitete Formular für die Schweigepflichtentbindung im
Einzelfall ist freigegeben (SE-EF-01/2026). Neu: Der Zeitraum muss je
Arzt oder Klinik eingetragen werden, pauschale "alle Ärzte der letzten
zehn Jahre"-Entbindungen sind nicht mehr zulässig.

Bitte ab sofort nur noch diese Fassung verschicken; die alte SE-BU-03/2024
bitte aus euren lokalen Ordnern löschen.

""" + sig("sasse") + "\n"
    return M(who("sasse"), ["leistung-kranken@" + DOMAIN, "leistung-leben@" + DOMAIN,
                            "leistung-unfall@" + DOMAIN, "schaden-haftpflicht@" + DOMAIN],
             "Neues Formular Schweigepflichtentbindung SE-EF-01/2026", "2026-07-09 08:45", body,
             atts=[att("SE-EF-01-2026_Schweigepflichtentbindung.docx", d)])

# --- 0126 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "relative",
      "attached forward of a niece's English mail: her 88-year-old aunt fell at home, hip fracture, needs help; body only routes it")
def m126():
    body_in = """Hello,

I am writing on behalf of my aunt, Mrs Gisela Brandl, who lives at
Wilhelmshoeher Allee 230 in Kassel and has an accident insurance with you
(I think the number is 45-UV-0398114, it was on a letter in her kitchen).

My aunt is 88. Last Tuesday, 30 June, she fell in her bathroom at night
and broke her hip (femoral neck fracture). She had surgery at the
Marienkrankenhaus the next day and got a new hip joint. The doctors say
she will go to rehabilitation in about a week and then home, but she will
need help with shopping, cleaning and getting to appointments for a while.

I live in Toronto and can only come over for two weeks. Her neighbour has
been wonderful but can't do everything.

My questions:
1. Does her accident insurance pay anything for the hospital stay?
2. I read on your website about "help after an accident" (shopping,
   cleaning, meals). How do we arrange this?
3. Can I act for her? She can sign a form if needed.

Thank you very much,
Karin Mayer-Boyd
+1 416 555 0187
"""
    fwd = inner(fn("Karin Mayer-Boyd", "karin.mayerboyd@mail-ca.example"), "service@" + DOMAIN,
                "My aunt Gisela Brandl - accident insurance", "2026-07-04 23:12", body_in,
                mid="<CA+r7Yt0BrandlHip01@mail-ca.example>")
    body = """Hallo Herr Abendroth,

anbei eine Anfrage auf Englisch von der Nichte einer Kundin zur
Unfallversicherung. Die Nichte lebt in Kanada und bittet um Antwort per
Mail. Eine Vollmacht liegt uns noch nicht vor.

Viele Grüße
Aylin Demirci
"""
    return M(who("demirci"), who("abendroth"),
             "WG: My aunt Gisela Brandl - accident insurance", "2026-07-06 08:15", body,
             atts=[("eml", fwd, "My aunt Gisela Brandl - accident insurance.eml")],
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])


# --- 0127 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: office move of the claims teams with file cabinets 'Leistungsakten' and 'Personenschäden'; no content")
def m127():
    body = """Hallo zusammen,

zur Erinnerung: Am Freitag, 17.07., ziehen die Teams Haftpflicht und
Unfall vom 2. ins 4. OG (Räume 4.01–4.14).

- Bis Donnerstag 15 Uhr bitte alles in die nummerierten Umzugskisten
  packen; Kistenetiketten liegen im Sekretariat.
- Die abschließbaren Rollcontainer mit laufenden Personenschaden- und
  Leistungsakten bitte NICHT in Kisten packen. Die werden verschlossen
  von der Umzugsfirma transportiert, Schlüssel behaltet ihr.
- Rechner, Monitore und Telefone baut die IT am Freitagmorgen um.
- Am Freitag bitte mobil arbeiten.

Die Teeküche im 4. OG ist ab Montag nutzbar, die Kaffeemaschine kommt
mit.

""" + sig("maass") + "\n"
    return M(who("maass"), ["schaden-haftpflicht@" + DOMAIN, "leistung-unfall@" + DOMAIN],
             "Umzug Haftpflicht/Unfall ins 4. OG am 17.07.", "2026-07-13 11:00", body)


# --- 0128 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household valuables: named customer's jewellery registered with values; valuation PDF attached")
def m128():
    p = pdf(["# Valuation certificate / Wertgutachten",
             "",
             "Juwelier Hessler, Obere Königsstraße 29, 34117 Kassel",
             "Date: 2 July 2026",
             "Client: Mrs Priyanka Sharma, Landgraf-Karl-Straße 18, 34131 Kassel",
             "",
             "1. Necklace, 22 ct yellow gold, approx. 48 g, traditional design       EUR 5,900",
             "2. Pair of earrings, 22 ct gold with rubies                             EUR 1,750",
             "3. Bangles (4), 22 ct gold, total approx. 92 g                          EUR 8,400",
             "4. Ring, platinum with brilliant 0.7 ct, G/VS1                          EUR 4,200",
             "",
             "Total replacement value                                                  EUR 20,250",
             "",
             "Valuation based on gold price of 01/07/2026 and current retail prices.",
             "~ Juwelier Hessler - certified valuer (IHK Kassel)"],
            title="Valuation Sharma", author="Juwelier Hessler", created="2026-07-02 16:00",
            producer="Hessler Wertgutachten 1.3")
    body = """Dear Mrs Sharma,

thank you for the valuation certificate from Juwelier Hessler. I have
added your jewellery to your household policy 40-HR-9912087 as follows:

- Valuables limit raised from EUR 15,000 to EUR 25,000 (Premium tariff).
- Items 1 to 4 of the certificate are on record with a total value of
  EUR 20,250.
- Jewellery kept in a certified safe (VdS class I or higher) is insured
  up to the full amount; outside a safe, up to EUR 2,500.

Your new annual premium is EUR 213.40 from 1 August 2026; the updated
schedule will be in your portal mailbox. I've attached the certificate
again for your records.

""" + sig("mcallister") + "\n"
    return M(who("mcallister"), fn("Priyanka Sharma", "priyanka.sharma@postbox.example"),
             "Your jewellery - household policy 40-HR-9912087 updated", "2026-07-14 10:40", body,
             atts=[att("Valuation_Hessler_2026-07-02.pdf", p)])


# --- 0129 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: circular to property managers on preventing water damage in vacant flats and with elderly tenants; no person")
def m129():
    body = """Sehr geehrte Damen und Herren,

als Versicherer vieler von Ihnen verwalteter Wohngebäude möchten wir Sie
vor dem Winter auf drei Punkte hinweisen, die bei Leitungswasserschäden
immer wieder eine Rolle spielen:

1. Leerstand
   Wohnungen, die länger als 60 Tage leer stehen, müssen uns gemeldet
   werden. Bitte lassen Sie die Leitungen absperren und entleeren.

2. Abwesende Bewohner
   Ein großer Teil der teuren Schäden entsteht, wenn Mieterinnen und
   Mieter längere Zeit nicht zu Hause sind, etwa im Krankenhaus, in der
   Reha oder bei Angehörigen. Ein Aushang mit der Bitte, den Hausmeister
   bei längerer Abwesenheit zu informieren, hilft.

3. Wassermelder
   Für Häuser mit vielen älteren Bewohnern bieten wir Funk-Wassermelder
   zum Sonderpreis von 19 EUR pro Stück an (Bestellformular im
   Partnerportal). Die Kosten sind umlagefähig.

Bei Schäden erreichen Sie unseren Schadenservice rund um die Uhr unter
0561 7098-4400.

""" + sig("oberlaender") + "\n"
    return M(who("oberlaender"), "hausverwaltungen@lists." + DOMAIN,
             "Hinweise zur Schadenverhütung vor dem Winter", "2026-09-15 09:00", body,
             hdrs=[("Precedence", "bulk")])


# --- 0130 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "harmless body; attached DOCX minutes of the claims committee discuss a named neighbour's permanent brain injury and reserve")
def m130():
    d = docx(["# Large Claims Committee - minutes of 16 July 2026",
              "Present: B. Kuhlmann (chair), J. Pohlmann, T. Eggers, F. Hartung, P. Raman, R. Thornton (minutes)",
              "",
              "# 1. HP-2025-01877 - Bergmann / Schäfer (private liability)",
              "Policyholder: Dirk Bergmann, 42-PH-2290318. Injured party: his neighbour Tobias Schäfer, 34.",
              "Facts: During a garden party at the policyholder's house on 12 Sept 2025, the balustrade of the "
              "first-floor balcony gave way; Mr Schäfer fell about 4 m onto the terrace.",
              "Medical: severe traumatic brain injury with contusions, 5 weeks intensive care, since then "
              "neurological rehabilitation. According to the latest neurologist report (June 2026) he has a "
              "permanent cognitive impairment and a left-sided hemiparesis; return to work as an electrician "
              "is excluded; he will need care (currently care level 3).",
              "Liability: the balustrade was fixed by the policyholder himself in 2019; expert sees a clear "
              "installation defect. Liability accepted 100 %.",
              "",
              [["Head of damage", "Reserve EUR"],
               ["Pain and suffering", "350,000"],
               ["Loss of earnings (to age 67)", "1,120,000"],
               ["Care costs and home adaptation", "980,000"],
               ["Recourse of health and pension insurers", "640,000"],
               ["Total", "3,090,000"]],
              "",
              "Decision: reserve raised from EUR 1.8m to EUR 3.09m. Notify Nordstern Re under the casualty XL "
              "(priority EUR 1.5m). Offer structured settlement talks to the claimant's lawyer in Q3.",
              "",
              "# 2. Any other business",
              "None."],
             author="Rebecca Thornton", created="2026-07-16 17:30", title="LCC minutes 2026-07-16")
    body = """Hi all,

minutes of today's Large Claims Committee attached for your comments by
Monday. Only one case this time.

""" + sig("thornton") + "\n"
    return M(who("thornton"), [who("pohlmann"), fn("Tanja Eggers", "tanja.eggers@" + DOMAIN),
                               who("hartung"), who("raman")],
             "LCC minutes 16 July", "2026-07-16 17:42", body,
             cc=fn("Bernd Kuhlmann", "bernd.kuhlmann@" + DOMAIN),
             atts=[att("LCC_minutes_2026-07-16.docx", d)])


# --- 0131 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "two-line reply; only the quoted customer mail holds her address, policy and claim number (awning storm damage)")
def m131():
    body = """Passt, der Gutachter kommt am Dienstag zwischen 10 und 12 Uhr.

Viele Grüße
Deniz Yılmaz

Am 20.07.2026 um 19:33 schrieb Heike Brandes:
> Hallo Herr Yılmaz,
> Dienstag wäre gut, ich habe Urlaub. Adresse nochmal zur Sicherheit:
> Hasenhecke 27, 34125 Kassel, Klingel Brandes/Wolter.
> Vertrag 40-HR-3019946, Schaden HR-2026-010372 (Markise vom Gewitter
> abgerissen).
> Viele Grüße
> Heike Brandes
>
> Am 20.07.2026 um 14:02 schrieb Deniz Yılmaz:
>> Hallo Frau Brandes, passt Ihnen Dienstag oder Mittwoch für den
>> Gutachtertermin wegen der Markise?
"""
    return M(who("yilmaz"), fn("Heike Brandes", "heike.brandes@netzpost.example"),
             "Re: Markise – Gutachtertermin", "2026-07-21 08:03", body,
             irt="<e7a5c8d2-5f13-4c0b-8a61-hbrandes@netzpost.example>",
             hdrs=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0")])


# --- 0132 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: audit request list for IT general controls (access to health-claims and customer systems); no data sent")
def m132():
    body = """Dear Mr Lindqvist,

thank you for the request list for the IT general controls audit 2026.
For planning, here is where we stand:

  PBC-01  User access review LEIKRA (health claims)    ready 31 Jul
  PBC-02  User access review SCHADEN-SACH               ready 31 Jul
  PBC-03  Privileged accounts and HSM key ceremonies    ready 7 Aug
  PBC-04  Change log mail gateway (incl. classifier)    ready 31 Jul
  PBC-05  Backup and restore test reports               ready 14 Aug
  PBC-06  Sample of 25 customer data deletion requests  see below

For PBC-06 we will not send customer data by e-mail. We will provide the
sample in the audit data room, pseudonymised; your team can inspect the
originals on site in Kassel.

Our contact for the audit is Lukas Behrendt.

""" + sig("sasse") + "\n"
    return M(who("sasse"), fn("Erik Lindqvist", "erik.lindqvist@nordaudit.example"),
             "ITGC audit 2026 - status of PBC list", "2026-07-22 13:15", body, cc=who("behrendt"),
             charset="us-ascii")


# --- 0133 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses social law: objection to a disability-degree (GdB) decision, named customer's diagnoses")
def m133():
    body = """Sehr geehrter Herr Fromm,

für Ihren Widerspruch gegen den Bescheid des Versorgungsamts Kassel vom
02.07.2026 erteilen wir Kostenschutz aus Ihrem Rechtsschutzvertrag
49-RS-0415570 (Sozialgerichts-Rechtsschutz), Schaden-Nr. RS-26-1102284.

Das Versorgungsamt hat Ihren Grad der Behinderung mit 30 festgesetzt.
Sie möchten einen GdB von 50 (Schwerbehinderung) erreichen. Nach Ihren
Unterlagen berücksichtigt der Bescheid

- den Diabetes mellitus Typ 1 mit Insulinpumpe (Einzel-GdB 30),

nicht aber

- die diabetische Polyneuropathie an beiden Füßen und
- die mittelgradige depressive Episode, wegen der Sie seit Februar in
  psychotherapeutischer Behandlung sind.

Die Kosten eines Anwalts für das Widerspruchsverfahren übernehmen wir;
für ein mögliches Klageverfahren vor dem Sozialgericht Kassel bitte
vorher kurz Bescheid geben. Befundberichte, die Ihr Anwalt bei Ihren
Ärzten anfordert, zahlen wir ebenfalls.

""" + sig("wiegand") + "\n"
    return M(who("wiegand"), fn("Andreas Fromm", "andreas.fromm@mailhafen.example"),
             "Widerspruch Schwerbehinderung – Kostenschutz RS-26-1102284", "2026-07-23 09:50", body,
             cte="quoted-printable")


# --- 0134 -----------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: retention-policy excerpt listing health files, medical reports and death certificates as categories; no person")
def m134():
    body = """Hi Rebecca,

you asked how long the English desk should keep what. Excerpt from our
retention schedule (version 4.2, valid from 1 January 2026):

  Document category                          Retention        Start
  -----------------------------------------  ---------------  ----------------------
  Property claims file incl. photos          10 years         end of claim year
  Liability bodily-injury file               30 years         end of claim year
  Medical reports in liability files         as liability     -
  Death certificates (household contracts)   10 years         end of contract
  Powers of attorney / guardianship papers   3 years          after end of authority
  E-mails with customers                     as the file      -
  Audit log of the mail gateway              6 years          end of calendar year

Two reminders:
- Bodily-injury files are kept so long because claims of children and
  recourse claims of social insurers can come very late.
- Nothing goes into private folders or personal mailboxes; after closing
  a claim, move the mails into the e-file.

""" + sig("sasse") + "\n"
    return M(who("sasse"), who("thornton"),
             "Retention periods - excerpt for the English desk", "2026-07-27 10:30", body,
             charset="us-ascii")


# --- 0135 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-relative",
      "grandson with power of attorney gets status of his grandmother's liability claim (flower box fell on a car); no health")
def m135():
    body = """Hallo Herr Kessler,

danke für Ihre Nachfrage. Die Vollmacht Ihrer Großmutter, Frau Edith
Kessler, liegt uns vor, ich darf Ihnen also Auskunft geben.

Zum Schaden HP-2026-00934 (Privathaftpflicht 42-PH-0120885):
Der Blumenkasten vom Balkon Ihrer Großmutter ist beim Gewitter am
18.07. auf das geparkte Auto von Herrn Rainer Bock gefallen (Delle in der
Motorhaube, Kratzer). Der Kostenvoranschlag der Werkstatt über 1.346,20 EUR
ist plausibel. Wir zahlen direkt an Herrn Bock, sobald er uns seine
Bankverbindung nennt – ich habe ihn heute angeschrieben.

Für Ihre Großmutter entstehen keine Kosten; ihr Vertrag hat keine
Selbstbeteiligung. Vielleicht können Sie beim nächsten Besuch die
Halterungen der übrigen Kästen prüfen.

""" + sig("pohlmann") + "\n"
    return M(who("pohlmann"), fn("Jonas Kessler", "jonas.kessler@freemail.example"),
             "Blumenkasten / Auto Herr Bock – HP-2026-00934", "2026-07-28 14:25", body)


# --- 0136 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-prospect",
      "trap: generic answer to a newcomer asking whether liability insurance is needed in Germany; no contract or personal data")
def m136():
    body = """Dear Mr Osei,

thank you for your question through our website. Personal liability
insurance (Privathaftpflicht) is not mandatory in Germany, but almost
everyone has it, and many landlords ask for it before signing a lease.

It pays if you accidentally damage someone else's property or injure
someone - for example water from your washing machine leaking into the
flat below, or a cyclist you knock over. Without insurance you would be
personally liable without limit.

Our tariffs start at EUR 4.90 per month for singles. A few points to look
out for when comparing:

- sum insured of at least EUR 10 million,
- damage to rented property (flat, furniture in a furnished flat),
- loss of keys, including keys at work,
- cover worldwide for at least a year.

You can get a quote in English here:
https://www.lindenhof-versicherung.example/en/liability

""" + sig("thornton") + "\n"
    return M(who("thornton"), fn("Kwame Osei", "kwame.osei@postbox.example"),
             "Your question: do I need liability insurance in Germany?", "2026-08-03 11:00", body,
             charset="us-ascii")


# --- 0137 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: ZIP with aggregated claim counts per city district (CSV) and a README; no person, small cells suppressed")
def m137():
    csv_text = ("Stadtteil;Hausrat Einbruch 2025;Hausrat LW 2025;Wohngebäude LW 2025;Wohngebäude Sturm 2025\r\n"
                "Mitte;84;61;102;37\r\n"
                "Vorderer Westen;71;58;119;29\r\n"
                "Wehlheiden;49;40;77;22\r\n"
                "Bad Wilhelmshöhe;38;33;64;41\r\n"
                "Nord-Holland;66;27;45;18\r\n"
                "Waldau;<5;11;19;14\r\n"
                "Summe;312;230;426;161\r\n")
    readme = ("Auswertung Schadenhäufigkeit Kassel nach Stadtteilen, Stand 31.07.2026\r\n"
              "Quelle: Schaden-DWH, nur Privatkunden. Werte < 5 unterdrückt.\r\n"
              "Zweck: Abstimmung Präventionsaktion mit der Polizei (Einbruchschutz-Beratung).\r\n")
    z = make_zip([("Schaeden_Stadtteile_2025.csv", csv_text.encode("cp1252")),
                  ("LIESMICH.txt", readme.encode("cp1252"))], stamp=(2026, 8, 4, 9, 15, 0))
    body = """Hallo Katrin,

die Zahlen für das Gespräch mit der Polizei am Donnerstag, gezippt, weil
das Mailsystem CSV-Dateien von extern manchmal blockt und ich sie auch
weiterleiten will. Nur Fallzahlen pro Stadtteil, keine Adressen.

Felix
"""
    return M(who("hartung"), who("oberlaender"),
             "Zahlen Stadtteile für Polizei-Termin", "2026-08-04 09:20", body,
             atts=[att("Stadtteile_2025.zip", z)])


# --- 0138 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health: reimbursement for a named child's speech therapy and ADHD assessment")
def m138():
    body = """Dear Mr and Mrs Ramos,

we have processed the invoices for your son Lucas (co-insured under
international health plan 52-KV-8840612):

  Speech therapy (Logopaedie Am Kirchweg), 10 sessions x 45 min
    prescribed by the paediatrician for a developmental language
    disorder (F80.1)                                    EUR 620.00  -> 100 %
  Diagnostic assessment at the child and adolescent psychiatry practice
    Dr. Lorenz (ADHD, questionnaires and testing)       EUR 486.34  -> 100 %
  Methylphenidate prescription (first month)            EUR  38.70  -> 100 %

Total reimbursed: EUR 1,145.04, paid to your account this week.

For the ongoing medication, please send the pharmacy receipts every three
months; one combined claim is fine. A further block of speech therapy is
covered if the paediatrician issues a new prescription.

""" + sig("thornton") + "\n"
    return M(who("thornton"), [fn("Miguel Ramos", "miguel.ramos@mailbox-es.example"),
                               fn("Ana Ramos", "ana.ramos@mailbox-es.example")],
             "Invoices for Lucas - reimbursement", "2026-08-05 15:10", body)


# --- 0139 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "commercial business interruption of a sole-trader bakery after a fire: owner's income and profit figures (XLSX)")
def m139():
    rows = [["Position", "2025 (Ist)", "Mai–Jul 2026 (Soll)", "Mai–Jul 2026 (Ist)", "Unterbrechungsschaden"],
            ["Umsatzerlöse", 612400, 158000, 41200, ""],
            ["Wareneinsatz (variabel)", -198300, -51200, -14900, ""],
            ["Rohertrag", 414100, 106800, 26300, 80500],
            ["Personalkosten (fortlaufend)", -238900, -60100, -60100, ""],
            ["Miete, Leasing, Versicherungen", -61200, -15300, -15300, ""],
            ["Gewinn Inhaber (vor Steuern)", 96400, 24100, "", ""],
            ["Mehrkosten Ersatzbackstube", "", "", 6800, 6800],
            ["Entschädigung BU gesamt", "", "", "", 87300]]
    x = xlsx([("BU-Berechnung", rows)], author="Martin Schöttler", created="2026-08-06 11:00",
             title="BU Bäckerei Unruh")
    body = """Sehr geehrter Herr Unruh,

anbei die Berechnung des Betriebsunterbrechungsschadens für Ihre
Bäckerei nach dem Brand in der Backstube am 29.04.2026 (Vertrag
60-GW-0518823, Schaden GW-26-00412). Grundlage sind Ihr Jahresabschluss
2025 und die Monatszahlen Ihres Steuerberaters, Herrn Dreher.

Für Mai bis Juli ergibt sich ein Unterbrechungsschaden von 87.300 EUR
(entgangener Rohertrag 80.500 EUR zuzüglich Mehrkosten der Ersatz-
backstube 6.800 EUR). Darin steckt auch Ihr eigener Unternehmerlohn, der
sich aus dem Gewinn 2025 von 96.400 EUR ableitet.

Abzüglich der Abschlagszahlung vom Juni (30.000 EUR) überweisen wir
57.300 EUR. Ab August rechnen wir monatlich ab, bis die neue Backstraße
läuft.

""" + sig("schoettler") + "\n\n" + FOOTER_DE + "\n" + DISCLAIMER_DE + "\n"
    return M(who("schoettler"), fn("Karl Unruh", "info@baeckerei-unruh.example"),
             "Betriebsunterbrechung Bäckerei – Berechnung Mai bis Juli", "2026-08-06 11:25", body,
             cc=fn("Steuerbüro Dreher", "kanzlei@stb-dreher.example"),
             atts=[att("BU-Berechnung_GW-26-00412.xlsx", x)])


# --- 0140 -----------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: catering order for a broker event with dietary requirements counted, no names; ICS for delivery slot")
def m140():
    cal = ics("catering-brokerday-2026@lindenhof-versicherung.example", "2026-09-24 11:30", "2026-09-24 12:00",
              "Catering delivery - Lindenhof Broker Day", location="Am Lindenhof 12, Kassel - loading bay B",
              organizer=("Gregor Maaß", STAFF["maass"]["addr"]),
              attendees=[("Events Kassel", "orders@events-kassel.example")], stamp="2026-08-10 09:00")
    body = """Dear Ms Lambert,

for our Broker Day on 24 September we confirm the lunch buffet for
120 guests as per your offer no. 26-0917:

- 12 x vegetarian, 6 x vegan, 4 x gluten-free, 2 x lactose-free
  (no names, please label the dishes clearly)
- soft drinks, water, coffee; no alcohol
- delivery 11:30 at loading bay B (calendar entry attached)

Invoice to Lindenhof Versicherung AG, purchase order EK-2026-01120.

Kind regards,

""" + sig("maass") + "\n"
    return M(who("maass"), fn("Claire Lambert", "orders@events-kassel.example"),
             "Order EK-2026-01120 - catering Broker Day 24 Sept", "2026-08-10 09:10", body,
             atts=[att("delivery.ics", cal, "text/calendar", cte="base64")])


# --- 0141 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
      "widow continues household and liability contracts; reply names her husband's sudden heart attack as cause of death")
def m141():
    body = """Sehr geehrte Frau Engelhardt,

es tut mir sehr leid, dass Ihr Mann so plötzlich an einem Herzinfarkt
verstorben ist. Vielen Dank, dass Sie uns trotzdem so schnell
geschrieben haben.

Ihre Fragen kann ich Ihnen beruhigt beantworten:

- Die Hausratversicherung 40-HR-1560327 für Ihre gemeinsame Wohnung in
  der Stegerwaldstraße läuft auf Sie weiter. Wir stellen den Vertrag auf
  Ihren Namen um, der Beitrag bleibt gleich.
- Die Privathaftpflicht 42-PH-1560328 war ein Familientarif. Wir stellen
  ihn auf den Single-Tarif um; der Beitrag sinkt ab 01.10.2026 von
  96,00 EUR auf 64,80 EUR im Jahr. Wenn Sie lieber den Familientarif
  behalten möchten, etwa weil Ihr Enkel oft bei Ihnen ist, sagen Sie mir
  bitte Bescheid.

Die Sterbeurkunde brauchen wir nur in Kopie; Sie können sie einfach
fotografieren und auf diese Mail antworten.

""" + sig("demirci") + "\n"
    return M(who("demirci"), fn("Hannelore Engelhardt", "h.engelhardt@kasselnet.example"),
             "Ihre Versicherungen nach dem Tod Ihres Mannes", "2026-09-01 10:30", body,
             cte="quoted-printable")


# --- 0142 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "recourse claim to a Dutch liability insurer: their named policyholder's barbecue fire spread to our insured's carport")
def m142():
    body = """Dear Ms de Vries,

Our insured:   Mr Holger Brinkmann, Grenzweg 4, 48527 Nordhorn
               (buildings policy 41-WG-3370914, claim WG-26-0077731)
Your insured:  Mr Johan Mulder, Grenzweg 6, 48527 Nordhorn
               (your policy AVP-2290714, as stated by Mr Mulder)

On 8 August 2026 a charcoal barbecue on Mr Mulder's terrace was left
unattended after use; sparks ignited the hedge on the property line and
the fire spread to our insured's wooden carport. The fire brigade report
(Feuerwehr Nordhorn, report 2026-0812) confirms the cause. Nobody was
injured.

We have indemnified our insured for the carport and the damaged
roof gutter of his house in the amount of EUR 14,860.00 (invoices
enclosed in our claims portal upload, link to follow). Under § 86 VVG the
claim has passed to us.

We kindly ask you to confirm liability and reimburse the amount within
30 days to:

  Lindenhof Versicherung AG
  IBAN """ + iban("DE", "520400210123400500") + """
  Reference: REG WG-26-0077731

""" + sig("thornton") + "\n"
    return M(who("thornton"), fn("Femke de Vries", "f.devries@noordkust-verzekeringen.example"),
             "Recourse - fire damage Grenzweg 4/6 Nordhorn - our ref. WG-26-0077731",
             "2026-09-02 14:00", body)


# --- 0143 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: office-supplies note about lockable boxes for 'Gesundheitsdaten' mail and a data-protection bin; no person")
def m143():
    body = """Hallo zusammen,

kurze Info aus dem Einkauf:

- Die neuen abschließbaren Postboxen für den Posteingang Leistung
  ("nur Gesundheitsdaten / Arztpost") sind da und werden morgen in den
  Etagen 3 und 5 aufgestellt.
- Die grauen Datenschutztonnen neben den Druckern werden ab Oktober
  mittwochs statt freitags geleert.
- Bestellungen für Bürobedarf bitte bis Donnerstag 12 Uhr im Portal; die
  Sammelbestellung geht freitags raus.

Danke!

""" + sig("maass") + "\n"
    return M(who("maass"), "alle-kassel@" + DOMAIN,
             "Einkauf: Postboxen, Datenschutztonnen, Bestellschluss", "2026-09-07 08:45", body)


# --- 0144 -----------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "one-line internal question about a pivot table in the windstorm file; no data")
def m144():
    body = """Felix - the pivot in tab 3 of the Ylva file double-counts the
reopened claims, I think. Can you check before I send it to Nordstern?
Thx, P.

Sent from my phone
"""
    return M(who("raman"), who("hartung"), "Ylva file tab 3", "2026-09-08 07:52", body,
             charset="us-ascii", cte="7bit", hdrs=[("X-Mailer", "Outlook for Android")])


# --- 0145 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household cover moves with the named customer to a new flat; old and new address, birth date on file (ISO-8859-1)")
def m145():
    body = """Sehr geehrte Frau Schäfer,

vielen Dank für Ihre Umzugsmitteilung. Ihre Hausratversicherung
40-HR-4003718 geht mit:

  bisherige Wohnung: Lassallestraße 12, 34119 Kassel (bis 30.09.2026)
  neue Wohnung:      Am Fasanenhof 5b, 34125 Kassel (ab 15.09.2026)

Während des Umzugs sind Ihre Sachen in beiden Wohnungen versichert.
Die neue Wohnung ist mit 74 m² etwas größer; die Versicherungssumme
passen wir auf 48.100 EUR an, der Jahresbeitrag steigt auf 118,20 EUR.

Bei der Gelegenheit: In unseren Unterlagen ist als Ihr Geburtsdatum der
17.08.1964 gespeichert. Falls das nicht stimmt, geben Sie uns bitte
Bescheid.

""" + sig("oberlaender") + "\n"
    return M(who("oberlaender"), fn("Martina Schäfer", "martina.schaefer@t-netz.example"),
             "Ihr Umzug - Hausratversicherung 40-HR-4003718", "2026-09-09 11:15", body,
             charset="iso-8859-1", cte="quoted-printable")


# --- 0146 -----------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: guidance for handling mental-health disability claims (depression, burnout, ICD chapter F) without any case")
def m146():
    body = """Dear colleagues on the English desk,

as more of our disability claims from international clients involve
mental health conditions, here is a short guidance note agreed with our
medical officers:

1. Ask for the right reports: a psychiatric or psychotherapeutic report
   with diagnosis (ICD-10 chapter F), course of treatment and functional
   limitations. A GP sick note alone is not enough.
2. Be careful with words: "burnout" is not a diagnosis in ICD-10 (Z73.0
   is a contact reason). Don't reject because of the label; ask what lies
   behind it.
3. Never discuss details of a mental-health diagnosis with employers,
   brokers or relatives unless the client has given written consent.
4. Mail: anything with a diagnosis goes via the portal mailbox; the
   gateway does this automatically if you use the [streng vertraulich]
   tag.
5. Reviews: use 12-month review periods for first episodes, 24 months
   for chronic conditions.

Questions: Sabine Kraemer-Lutz or Dr. Jana Korte.

""" + sig("kraemer") + "\n"
    return M(who("kraemer"), "english-desk@" + DOMAIN,
             "Guidance: mental-health disability claims", "2026-09-10 13:00", body)


# --- 0147 -----------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: generic acceptance rules for thatched-roof buildings; fire and liability vocabulary, no client")
def m147():
    body = """Hallo Herr Meißner,

zu Ihrer allgemeinen Frage nach Reetdachhäusern – unsere Annahme-
richtlinien Wohngebäude:

- Reetdach nur mit Brandschutzplatte oder Hartdach-Unterkonstruktion,
  Nachweis durch Fotos oder Handwerkerrechnung.
- Kamin/Kaminofen: Funkenflug-Schutz und jährliche Abnahme durch den
  Schornsteinfeger; offene Kamine lehnen wir ab.
- Blitzschutzanlage Pflicht, Prüfung alle vier Jahre.
- Abstand zum nächsten Gebäude mindestens 10 m, sonst Einzelprüfung.
- Beitragszuschlag gegenüber Hartdach: 80 bis 150 %, je nach Zone.

Feuerwerk an Silvester auf dem Grundstück ist nach unseren Bedingungen
eine Obliegenheitsverletzung – das sollten Ihre Kunden wissen.

Wenn Sie einen konkreten Fall haben, schicken Sie mir den Fragebogen.

""" + sig("gruenewald") + "\n"
    return M(who("gruenewald"), fn("Ralf Meißner", "ralf@finanzkontor-meissner.example"),
             "Reetdach – unsere Annahmerichtlinien", "2026-09-14 16:20", body)


# --- 0148 -----------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor theft of a named expat's car: plate, VIN, police reference, claim number")
def m148():
    body = """Dear Mr Haddad,

I'm sorry to hear that your car was stolen from the street outside your
flat in Kassel-Kirchditmold overnight on 28/29 September. I have opened
claim KT-2026-0140217 under your comprehensive motor policy 46-KF-5561903.

  Vehicle: BMW 320d Touring, KS-NH 3001
  VIN:     WBA8K1108LBN21764
  Police:  Polizeirevier Nord, reference 2909-26-14418

What happens now:
- Please send us both keys (by registered mail) and the registration
  certificate part II. We need to check that no key is missing.
- If the car is not found within one month, we pay the replacement value
  according to an expert's valuation, less your excess of EUR 150.
- Your leasing company, Hanse Auto Leasing, is the owner of the car; the
  payment will go to them and they will settle the contract with you.

If the police find the car, please call me straight away.

""" + sig("thornton") + "\n"
    return M(who("thornton"), fn("Nabil Haddad", "nabil.haddad@postbox.example"),
             "Your stolen car KS-NH 3001 - claim KT-2026-0140217", "2026-09-30 10:05", body,
             charset="us-ascii")


# --- 0149 -----------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: annual care-insurance statistics (share per care level, dementia share, home vs. nursing home); no person")
def m149():
    body = """Liebe Kolleginnen und Kollegen,

hier die Jahresstatistik Pflegeversicherung 2025 für den Vorstandsbericht:

  Leistungsempfänger gesamt                      14.820
  Anteil nach Pflegegrad
    Pflegegrad 1                                  16 %
    Pflegegrad 2                                  41 %
    Pflegegrad 3                                  26 %
    Pflegegrad 4                                  12 %
    Pflegegrad 5                                   5 %
  Versorgung zu Hause                             81 %
    davon nur Pflegegeld                          58 %
  vollstationär                                   19 %
  Anteil mit Demenzdiagnose (laut Gutachten)      37 %
  Ø Alter bei Erstantrag                      79,4 Jahre

Gegenüber 2024 steigt vor allem Pflegegrad 2 (+11 %). Die Texte für den
Bericht schicke ich bis Ende nächster Woche.

""" + sig("holtkamp") + "\n"
    return M(who("holtkamp"), "vorstandsbuero@" + DOMAIN,
             "Jahresstatistik Pflege 2025 für den Vorstandsbericht", "2026-10-06 09:30", body)


# --- 0150 -----------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "harmless body; ZIP holds a claim-file export (DOCX note, PDF medical summary, forwarded mail) on a tenant's ankle fracture on an icy path")
def m150():
    note = docx(["# Aktenvermerk HG-2026-00118",
                 "Versicherungsnehmer: Wolfgang Riedel, Vermieter, Haus- und Grundbesitzerhaftpflicht 43-HG-0718820",
                 "Objekt: Mehrfamilienhaus Kohlenstraße 61, 34121 Kassel",
                 "Geschädigte: Mieterin Jasmin Akbulut, 2. OG links",
                 "",
                 "Am 15.01.2026 gegen 6:45 Uhr stürzte Frau Akbulut auf dem nicht gestreuten Zugangsweg zum Haus. "
                 "Laut Mietvertrag ist der Vermieter für den Winterdienst zuständig; ein Dienstleister war beauftragt, "
                 "ist an diesem Morgen aber erst um 8:30 Uhr gekommen.",
                 "Verletzung: trimalleoläre Sprunggelenksfraktur rechts, OP am 16.01.2026, 8 Wochen Gips/Orthese, "
                 "arbeitsunfähig bis voraussichtlich 30.04.2026.",
                 "Haftung: 70 % VN (Regress gegen Winterdienstfirma prüfen)."],
                author="Tanja Eggers", created="2026-10-12 14:00", title="Aktenvermerk HG-2026-00118")
    med = pdf(["# Zusammenfassung ärztliche Unterlagen – HG-2026-00118",
               "Patientin: Jasmin Akbulut, geb. 04.05.1991",
               "",
               "Entlassungsbericht Klinikum Kassel, Unfallchirurgie, 19.01.2026:",
               "Diagnose: trimalleoläre OSG-Luxationsfraktur rechts (S82.82)",
               "Therapie: offene Reposition und Plattenosteosynthese Fibula, Schraubenosteosynthese Innenknöchel",
               "Verlauf: komplikationslos, Thromboseprophylaxe mit Enoxaparin 40 mg s.c. für 6 Wochen",
               "",
               "Bericht Hausarzt Dr. Yildiz, 28.09.2026:",
               "Restbeschwerden bei Belastung, Bewegungseinschränkung OSG rechts (Dorsalextension 10-0-30),",
               "posttraumatische Arthrose nicht ausgeschlossen.",
               "",
               "~ Zusammenfassung erstellt von T. Eggers für die Kanzlei, nur zur internen Verwendung."],
              title="Med. Zusammenfassung HG-2026-00118", created="2026-10-12 14:20")
    lawyer_mail = inner(fn("Nadine Reuter", "reuter@kanzlei-reuter.example"), "schaden-haftpflicht@" + DOMAIN,
                        "Akbulut ./. Riedel – Schmerzensgeldforderung", "2026-10-01 10:05",
                        """Sehr geehrte Damen und Herren,

namens unserer Mandantin Jasmin Akbulut fordern wir ein Schmerzensgeld
von 12.000,00 EUR sowie Verdienstausfall von 4.860,00 EUR für die Zeit
der Arbeitsunfähigkeit (Januar bis April 2026). Wegen der fortbestehenden
Beschwerden im rechten Sprunggelenk behalten wir uns weitere Ansprüche
vor.

Mit freundlichen Grüßen
Nadine Reuter, Rechtsanwältin
""", mid="<20261001100512.77@kanzlei-reuter.example>")
    z = make_zip([("HG-2026-00118/Aktenvermerk.docx", note),
                  ("HG-2026-00118/Med_Zusammenfassung.pdf", med),
                  ("HG-2026-00118/Forderung_RAin_Reuter.eml", lawyer_mail.as_bytes(policy=SMTP))],
                 stamp=(2026, 10, 12, 14, 30, 0))
    body = """Hallo Jens,

wie besprochen der Aktenexport für unsere Kanzlei als ZIP. Kannst du bitte
noch drüberschauen, bevor ich es über das Anwaltsportal hochlade? Den
Regress gegen die Winterdienstfirma machst du ja separat.

Gruß
Tanja
"""
    return M(fn("Tanja Eggers", "tanja.eggers@" + DOMAIN), who("pohlmann"),
             "Aktenexport HG-2026-00118 für die Kanzlei", "2026-10-12 14:36", body,
             atts=[att("HG-2026-00118_Export.zip", z)],
             hdrs=[("X-Mailer", "Microsoft Outlook 16.0")])

# ==========================================================================
# build and check
# ==========================================================================

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")


def build(outdir):
    maildir = os.path.join(outdir, "mails")
    os.makedirs(maildir, exist_ok=True)
    rows = []
    for i, (f, label, lang, kind, reason) in enumerate(MAILS, 1):
        if f.__name__ != "m%03d" % i:
            raise SystemExit("mail function %s out of order (expected m%03d)" % (f.__name__, i))
        _CUR[0] = i
        msg = _finalize(f(), i)
        name = "%s-%04d.eml" % (PREFIX, i)
        with open(os.path.join(maildir, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=SMTP))
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            for x in r:
                if "\t" in x or "\n" in x:
                    raise SystemExit("tab/newline in labels row %r" % (r,))
            fh.write("\t".join(r) + "\n")
    return rows


class Problems:
    def __init__(self):
        self.items = []

    def add(self, where, what):
        self.items.append("%s: %s" % (where, what))


def _check_xml(data, where, P):
    try:
        ET.fromstring(data)
    except ET.ParseError as e:
        P.add(where, "XML does not parse: %s" % e)


def _check_file(name, data, where, P, stats):
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    stats[ext] = stats.get(ext, 0) + 1
    if ext in ("zip", "xlsx", "docx", "odt", "ods"):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as e:
            P.add(where, "%s does not open as ZIP: %s" % (name, e))
            return
        bad = z.testzip()
        if bad:
            P.add(where, "%s: bad member %s" % (name, bad))
        names = z.namelist()
        if ext == "xlsx" and "xl/workbook.xml" not in names:
            P.add(where, "%s: no workbook" % name)
        if ext == "docx" and "word/document.xml" not in names:
            P.add(where, "%s: no document.xml" % name)
        if ext in ("odt", "ods"):
            if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
                P.add(where, "%s: mimetype not first/stored" % name)
            if "content.xml" not in names:
                P.add(where, "%s: no content.xml" % name)
        for mn in names:
            md = z.read(mn)
            if ext != "zip":
                if mn.endswith(".xml") or mn.endswith(".rels"):
                    _check_xml(md, "%s/%s!%s" % (where, name, mn), P)
            else:
                _check_file(mn, md, "%s/%s!%s" % (where, name, mn), P, stats)
    elif ext == "pdf":
        if not data.startswith(b"%PDF-"):
            P.add(where, "%s is not a PDF" % name)
        if not pdf_text(data).strip():
            P.add(where, "%s has no text layer" % name)
    elif ext == "ics":
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            P.add(where, "%s: no VCALENDAR" % name)
    elif ext == "eml":
        m = email.message_from_bytes(data, policy=email.policy.default)
        _check_msg(m, where + "!" + name, P, stats)
    elif ext in ("csv", "tsv", "txt"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data.decode("cp1252")


def _check_msg(msg, where, P, stats, top=False):
    for part in msg.walk():
        for d in part.defects:
            P.add(where, "MIME defect %r" % d)
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                P.add(where, "header %s defect %r" % (k, d))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                P.add(where, "text part %s does not decode as %s: %s" % (ctype, cs, e))
            if not fname and ctype in ("text/plain", "text/html"):
                stats["_text_" + cs] = stats.get("_text_" + cs, 0) + 1
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            stats["_cte_" + cte] = stats.get("_cte_" + cte, 0) + 1
        if fname:
            _check_file(fname, payload, where, P, stats)
        elif ctype == "text/calendar":
            _check_file("x.ics", payload, where, P, stats)


def check(here):
    P = Problems()
    tmp = tempfile.mkdtemp(prefix="d212check-")
    stats = {}
    try:
        rows = build(tmp)
        # 1. byte-identical rebuild
        for name in ["labels.tsv"] + ["mails/" + r[0] for r in rows]:
            a = os.path.join(here, name)
            b = os.path.join(tmp, name)
            if not os.path.exists(a):
                P.add(name, "missing in working folder (run without --check first)")
                continue
            with open(a, "rb") as fa, open(b, "rb") as fb:
                if fa.read() != fb.read():
                    P.add(name, "differs from a fresh rebuild")
        extra = set(os.listdir(os.path.join(here, "mails"))) - set(r[0] for r in rows)
        for e in sorted(extra):
            P.add(e, "extra file in mails/")
        # 2. labels
        if len(rows) != 150:
            P.add("labels.tsv", "expected 150 rows, got %d" % len(rows))
        with open(os.path.join(tmp, "labels.tsv"), encoding="utf-8") as fh:
            rd = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        if rd[0] != ["file", "label", "lang", "kind", "reason"]:
            P.add("labels.tsv", "bad header")
        for r in rd[1:]:
            if len(r) != 5 or r[1] not in LABELS or r[2] not in ("de", "en") or not r[4]:
                P.add("labels.tsv", "bad row %r" % (r,))
            if r[1] == "NORMAL" and not r[4].startswith("trap:") and "trap" in r[4]:
                P.add("labels.tsv", "trap reason must start with 'trap:' %r" % r[0])
        # 3. every mail parses cleanly
        mids = set()
        for r in rows:
            path = os.path.join(tmp, "mails", r[0])
            with open(path, "rb") as fh:
                raw = fh.read()
            if re.search(rb"(?<!\r)\n", raw):
                P.add(r[0], "bare LF")
            if re.search(rb"\r(?!\n)", raw):
                P.add(r[0], "bare CR")
            for ln in raw.split(b"\r\n"):
                if len(ln) > 998:
                    P.add(r[0], "line longer than 998 octets")
                    break
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            m_id = msg["Message-ID"]
            if not m_id or m_id in mids:
                P.add(r[0], "missing or duplicate Message-ID")
            mids.add(m_id)
            if msg["Date"].datetime.year != 2026:
                P.add(r[0], "date not in 2026")
            if not msg["From"].addresses[0].domain == DOMAIN:
                P.add(r[0], "sender not from %s" % DOMAIN)
            for hn in ("To", "Cc"):
                if msg[hn]:
                    for a in msg[hn].addresses:
                        if not a.domain.endswith(".example"):
                            P.add(r[0], "address %s not in .example" % a)
            _check_msg(msg, r[0], P, stats, top=True)
            # IBANs in the text must be valid unless the reason says otherwise
            text = _all_text(msg)
            for mm in re.finditer(r"\b(DE|AT|GB|IE|NL|DK|FR|ES|CH)\d{2}(?: ?[0-9A-Z]{4}){3,7}(?: ?[0-9A-Z]{1,3})?\b", text):
                cand = mm.group(0)
                if not iban_ok(cand) and "invalid IBAN" not in r[4]:
                    P.add(r[0], "IBAN with bad check digits: %s" % cand)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return P, rows, stats


def _all_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True)
        fname = (part.get_filename() or "").lower()
        if part.get_content_maintype() == "text":
            out.append(data.decode(part.get_content_charset() or "us-ascii", "replace"))
        elif fname.endswith(".pdf"):
            out.append(pdf_text(data))
        elif fname.endswith((".zip", ".xlsx", ".docx", ".odt", ".ods")):
            z = zipfile.ZipFile(io.BytesIO(data))
            for mn in z.namelist():
                md = z.read(mn)
                if mn.endswith(".pdf"):
                    out.append(pdf_text(md))
                elif mn.endswith(".eml"):
                    out.append(_all_text(email.message_from_bytes(md, policy=email.policy.default)))
                else:
                    out.append(re.sub(r"<[^>]+>", " ", md.decode("utf-8", "replace"))
                               if mn.endswith(".xml") else md.decode("cp1252", "replace"))
    return "\n".join(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv[1:]:
        P, rows, stats = check(here)
        from collections import Counter
        lab = Counter(r[1] for r in rows)
        lng = Counter(r[2] for r in rows)
        print("mails: %d" % len(rows))
        print("labels: " + ", ".join("%s %d" % (k, lab[k]) for k in LABELS))
        print("languages: " + ", ".join("%s %d" % (k, v) for k, v in sorted(lng.items())))
        print("files/parts: " + ", ".join("%s %d" % (k, v) for k, v in sorted(stats.items())))
        if P.items:
            for p in P.items:
                print("FAIL " + p)
            print("%d problem(s)" % len(P.items))
            sys.exit(1)
        print("all checks pass")
        return
    if os.path.isdir(os.path.join(here, "mails")):
        for f in os.listdir(os.path.join(here, "mails")):
            if f.startswith(PREFIX + "-") and f.endswith(".eml"):
                os.remove(os.path.join(here, "mails", f))
    rows = build(here)
    print("wrote %d mails to %s" % (len(rows), os.path.join(here, "mails")))


if __name__ == "__main__":
    main()
