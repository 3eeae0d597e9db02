#!/usr/bin/env python3
"""Corpus dev210 for Siegel: 150 hand-written, fictitious e-mails of the
Auenberg Versicherungsgruppe, labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL.

Python standard library only.  Every mail is written on its own in the
section MAILS below; shared are only the staff signatures, a few legal
footers and the low-level builders for MIME, ZIP, office files and PDF.

    python3 make_corpus.py            writes mails/ and labels.tsv
    python3 make_corpus.py --check    rebuilds into a temporary folder,
                                      compares byte for byte and parses
                                      every mail and attachment
"""

import datetime
import io
import os
import re
import sys
import zipfile
import zlib
from email.message import EmailMessage, MIMEPart
from email.policy import SMTP
from xml.sax.saxutils import escape as xesc

PREFIX = "d210-"
DOMAIN = "auenberg-versicherung.example"

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
       "Nov", "Dec"]


def _berlin_offset(y, mo, d, h):
    """+0200 between 29 Mar 2026 02:00 and 25 Oct 2026 03:00, else +0100."""
    t = (mo, d, h)
    if (3, 29, 2) <= t < (10, 25, 3):
        return 2
    return 1


def D(y, mo, d, h, mi, s=0, off=None):
    """RFC 5322 date string; off in hours (default: Berlin local time)."""
    if off is None:
        off = _berlin_offset(y, mo, d, h)
    wd = _WD[datetime.date(y, mo, d).weekday()]
    sign = "+" if off >= 0 else "-"
    a = abs(off)
    return "%s, %02d %s %04d %02d:%02d:%02d %s%02d%02d" % (
        wd, d, _MO[mo - 1], y, h, mi, s, sign, int(a), int(round((a % 1) * 60)))


# ---------------------------------------------------------------------------
# staff (each person always signs the same way)
# ---------------------------------------------------------------------------

STAFF = {
    "overbeck": ("Katrin Overbeck", "katrin.overbeck"),
    "riedmueller": ("Jonas Riedmüller", "jonas.riedmueller"),
    "aydin": ("Meltem Aydın", "meltem.aydin"),
    "salzmann": ("Dr. med. Henrike Salzmann", "henrike.salzmann"),
    "luedecke": ("Frank Lüdecke", "frank.luedecke"),
    "brandauer": ("Sophie Brandauer", "sophie.brandauer"),
    "hegemann": ("Tobias Hegemann", "tobias.hegemann"),
    "kowalczyk": ("Bernd Kowalczyk", "bernd.kowalczyk"),
    "thielemann": ("Anja Thielemann", "anja.thielemann"),
    "demirci": ("Yusuf Demirci", "yusuf.demirci"),
    "whitfield": ("Clara Whitfield", "clara.whitfield"),
    "feld": ("Marius Feld", "marius.feld"),
    "nolting": ("Petra Nolting", "petra.nolting"),
    "vos": ("Ingrid Vos", "ingrid.vos"),
    "markworth": ("Lena Markworth", "datenschutz"),
    "albers": ("Stefan Albers", "stefan.albers"),
    "greve": ("Hannah Greve", "presse"),
    "pape": ("Oliver Pape", "oliver.pape"),
    "krueger": ("Nadine Krüger", "nadine.krueger"),
    "hale": ("Rebecca Hale", "rebecca.hale"),
    "sommerfeld": ("Dirk Sommerfeld", "dirk.sommerfeld"),
    "nowicka": ("Ewa Nowicka", "ewa.nowicka"),
    "freese": ("Jutta Freese", "jutta.freese"),
    "koehler": ("Svenja Köhler", "svenja.koehler"),
    "wendeborn": ("Lars Wendeborn", "lars.wendeborn"),
}


def who(key, plain=False):
    """'Name <addr@domain>' for a staff member."""
    name, local = STAFF[key]
    if plain:
        return "%s@%s" % (local, DOMAIN)
    if "." in name:
        name = '"%s"' % name
    return "%s <%s@%s>" % (name, local, DOMAIN)


SIG = {
    "overbeck": """Mit freundlichen Grüßen

Katrin Overbeck
Leistungsservice Leben – Todesfall
Auenberg Lebensversicherung AG
Auenberger Ring 12, 34121 Kassel
Telefon 0561 7702-4418
katrin.overbeck@auenberg-versicherung.example""",
    "riedmueller": """Viele Grüße
Jonas Riedmüller

Vertragsservice Leben | Auenberg Lebensversicherung AG
Tel. 0561 7702-4263 | Fax 0561 7702-4999
jonas.riedmueller@auenberg-versicherung.example""",
    "aydin": """Freundliche Grüße / Kind regards

Meltem Aydın
Rentenservice / Annuity Service
Auenberg Lebensversicherung AG
T +49 561 7702-4630
meltem.aydin@auenberg-versicherung.example""",
    "salzmann": """Dr. med. Henrike Salzmann
Gesellschaftsärztin – Risikoprüfung Leben/BU
Auenberg Lebensversicherung AG
Tel. 0561 7702-4120""",
    "luedecke": """Beste Grüße
Frank Lüdecke
Firmenkunden betriebliche Altersversorgung
Auenberg Lebensversicherung AG · Auenberg Pensionskasse VVaG
Mobil 0171 5550 2291 · Tel. 0561 7702-4710""",
    "brandauer": """Best regards,
Sophie Brandauer
International Life & Expatriate Pensions
Auenberg Lebensversicherung AG
Auenberger Ring 12 | 34121 Kassel | Germany
Phone +49 561 7702-4385""",
    "hegemann": """--
Tobias Hegemann, Aktuar DAV
Produktentwicklung & Aktuariat Leben
Durchwahl -4077""",
    "kowalczyk": """Mit freundlichen Grüßen
Bernd Kowalczyk
Kfz-Schadenservice
Auenberg Allgemeine Versicherung AG
Telefon 0561 7702-3140""",
    "thielemann": """Freundliche Grüße

Anja Thielemann
Schadenservice Sach (Hausrat / Wohngebäude / Glas)
Auenberg Allgemeine Versicherung AG
Tel. 0561 7702-3311""",
    "demirci": """Mit freundlichen Grüßen
Yusuf Demirci
Haftpflicht- und Rechtsschutz-Schaden
Auenberg Allgemeine Versicherung AG
0561 7702-3525""",
    "whitfield": """Kind regards
Clara Whitfield
Commercial & Marine Underwriting
Auenberg Allgemeine Versicherung AG
Direct +49 561 7702-3870 | Mobile +49 160 5550 7413""",
    "feld": """Viele Grüße / Best regards
Marius Feld
Reiseversicherung / Travel Insurance
Auenberg Allgemeine Versicherung AG
+49 561 7702-3690""",
    "nolting": """Mit freundlichen Grüßen

Petra Nolting
Leistungsabteilung Kranken
Auenberg Krankenversicherung AG
Telefon 0561 7702-5230""",
    "vos": """Freundliche Grüße
Ingrid Vos
Leistung Pflege und Unfall
Auenberg Krankenversicherung AG / Auenberg Allgemeine Versicherung AG
Tel. 0561 7702-5488""",
    "markworth": """Lena Markworth
Datenschutzbeauftragte der Auenberg Versicherungsgruppe
datenschutz@auenberg-versicherung.example · Tel. 0561 7702-1090""",
    "albers": """Gruß
Stefan Albers
IT Anwendungsbetreuung Leben/bAV
-2281""",
    "greve": """Hannah Greve
Unternehmenskommunikation / Pressesprecherin
Auenberg Versicherungsgruppe
Tel. 0561 7702-1200 · presse@auenberg-versicherung.example""",
    "pape": """Mit freundlichen Grüßen
Oliver Pape
Zentraleinkauf
Auenberg Versicherungsgruppe
Tel. 0561 7702-1460""",
    "krueger": """Herzliche Grüße aus Kassel
Nadine Krüger
Vertriebspartnerbetreuung Makler
Auenberg Versicherungsgruppe
Tel. 0561 7702-2050 | Mobil 0151 5550 8834""",
    "hale": """Rebecca Hale
Group Reinsurance & Accounting
Auenberg Versicherungsgruppe
+49 561 7702-1733""",
    "sommerfeld": """Mit freundlichen Grüßen
Dirk Sommerfeld
Steuern & Meldewesen (KapESt, RBM, ErbSt-Anzeigen)
Auenberg Lebensversicherung AG
Tel. 0561 7702-4055""",
    "nowicka": """Freundliche Grüße
Ewa Nowicka
Zahlungsverkehr / Inkasso & Exkasso
Auenberg Versicherungsgruppe
Tel. 0561 7702-1814""",
    "freese": """Viele Grüße
Jutta Freese
Personalabteilung – Entgelt
Tel. -1377""",
    "koehler": """Freundliche Grüße
Svenja Köhler
Kfz-Vertragsservice
Auenberg Allgemeine Versicherung AG
Telefon 0561 7702-3020""",
    "wendeborn": """Viele Grüße aus Kassel

Lars Wendeborn
Kundenservice & Direktvertrieb
Auenberg Versicherungsgruppe
Servicetelefon 0800 7702 000 (kostenfrei)""",
}

FOOT_DE = """--
Auenberg Versicherungsgruppe · Auenberger Ring 12 · 34121 Kassel
Auenberg Lebensversicherung AG, Sitz Kassel, Amtsgericht Kassel HRB 40 117
Auenberg Allgemeine Versicherung AG, Sitz Kassel, Amtsgericht Kassel HRB 40 118
Vorstand: Dr. Marianne Stöcker (Vors.), Helge Ahrens, Dr. Timo Wachsmuth
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerold Imhoff

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser
E-Mail sind nicht gestattet."""

FOOT_EN = """--
Auenberg Versicherungsgruppe, Auenberger Ring 12, 34121 Kassel, Germany
Registered office Kassel, Local Court of Kassel HRB 40 117 / HRB 40 118
Management Board: Dr. Marianne Stoecker (Chair), Helge Ahrens, Dr. Timo Wachsmuth

This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail. Any unauthorised
copying or distribution is prohibited."""

IPHONE_DE = "Von meinem iPhone gesendet"
IPHONE_EN = "Sent from my iPhone"

UA_TB = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
         "Gecko/20100101 Thunderbird/128.6.0")
XM_OUTLOOK = "Microsoft Outlook 16.0"
XM_IPHONE = "iPhone Mail (22D72)"
XM_SYSTEM = "Auenberg Korrespondenzsystem KOSY 7.4"

# ---------------------------------------------------------------------------
# MIME builders
# ---------------------------------------------------------------------------


def flowed(text, width=72):
    """Encode text as format=flowed (RFC 3676): soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(line)
            continue
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        if line == "-- ":
            out.append(line)
            continue
        line = line.rstrip(" ")
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable",
         fmt_flowed=False, top=None, disposition=None, filename=None):
    """A text leaf. If top is given, the content is set on that message."""
    m = top if top is not None else MIMEPart(policy=SMTP)
    params = {}
    if fmt_flowed:
        body = flowed(body)
        params["format"] = "flowed"
    if not body.endswith("\n"):
        body += "\n"
    m.set_content(body, subtype=subtype, charset=charset, cte=cte,
                  params=params or None, disposition=disposition,
                  filename=filename)
    return m


def blob(data, mime, filename, inline=False):
    """A binary attachment, base64."""
    maintype, subtype = mime.split("/")
    m = MIMEPart(policy=SMTP)
    m.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                  disposition="inline" if inline else "attachment",
                  filename=filename)
    return m


def textfile(s, subtype, filename, charset="utf-8", cte="quoted-printable",
             maintype="text"):
    """A text attachment (CSV, TSV, ICS, TXT)."""
    m = MIMEPart(policy=SMTP)
    if maintype == "text":
        if not s.endswith("\n"):
            s += "\n"
        m.set_content(s, subtype=subtype, charset=charset, cte=cte,
                      disposition="attachment", filename=filename)
    else:
        m.set_content(s.encode(charset), maintype=maintype, subtype=subtype,
                      cte="base64", disposition="attachment",
                      filename=filename)
    return m


def rfc822(inner, filename=None):
    """A forwarded message as message/rfc822."""
    m = MIMEPart(policy=SMTP)
    m.set_content(inner, subtype="rfc822", disposition="attachment",
                  filename=filename)
    return m


def multi(subtype, boundary, *parts, top=None):
    m = top if top is not None else MIMEPart(policy=SMTP)
    m["Content-Type"] = "multipart/%s" % subtype
    m.set_param("boundary", boundary)
    for p in parts:
        m.attach(p)
    return m


def _q(v):
    """Quote display names that contain a period ("Dr. X" <...>)."""
    if isinstance(v, (list, tuple)):
        v = ", ".join(v)
    return re.sub(r'(^|,\s*)([^",<>]*\.[^",<>]*?)\s*<',
                  lambda mo: '%s"%s" <' % (mo.group(1), mo.group(2).strip()), v)


def headers(frm, to, subject, date, mid, cc=None, reply_to=None, irt=None,
            refs=None, extra=()):
    """A top-level message with the usual header order, no content yet."""
    m = EmailMessage(policy=SMTP)
    m["From"] = _q(frm)
    m["To"] = _q(to)
    if cc:
        m["Cc"] = _q(cc)
    if reply_to:
        m["Reply-To"] = _q(reply_to)
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
    if refs:
        m["References"] = refs
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def simple(frm, to, subject, date, mid, body, charset="utf-8",
           cte="quoted-printable", fmt_flowed=False, subtype="plain", **kw):
    """A single-part mail."""
    m = headers(frm, to, subject, date, mid, **kw)
    text(body, subtype=subtype, charset=charset, cte=cte,
         fmt_flowed=fmt_flowed, top=m)
    return m


def compose(frm, to, subject, date, mid, boundary, parts, subtype="mixed",
            **kw):
    """A multipart mail."""
    m = headers(frm, to, subject, date, mid, **kw)
    multi(subtype, boundary, *parts, top=m)
    return m


def alt(plain, html, boundary, charset="utf-8", cte="quoted-printable"):
    """multipart/alternative part from a plain and an HTML body."""
    return multi("alternative", boundary,
                 text(plain, charset=charset, cte=cte),
                 text(html, subtype="html", charset=charset, cte=cte))


# ---------------------------------------------------------------------------
# ZIP-based files (ZIP, XLSX, DOCX, ODS, ODT)
# ---------------------------------------------------------------------------


def zipbytes(members, when=(2026, 1, 1, 0, 0, 0), stored_first=False):
    """members: list of (name, bytes-or-str) or (name, data, date_time)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, mem in enumerate(members):
            name, data = mem[0], mem[1]
            dt = mem[2] if len(mem) > 2 else when
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author="Auenberg", created="2026-01-05T08:00:00Z",
         when=(2026, 1, 5, 8, 0, 0)):
    """sheets: list of (name, rows); a cell is str, int, float or None."""
    strings, index = [], {}

    def si(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    sheet_xml = []
    for name, rows in sheets:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/'
               'spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, 1):
            out.append('<row r="%d">' % r)
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    t = ' s="1"' if r == 1 else ""
                    out.append('<c r="%s" t="s"%s><v>%d</v></c>' % (
                        ref, t, si(str(v))))
            out.append("</row>")
        out.append("</sheetData></worksheet>")
        sheet_xml.append("".join(out))
    n = len(sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/'
          'vnd.openxmlformats-package.relationships+xml"/><Default Extension='
          '"xml" ContentType="application/xml"/><Override PartName="/xl/'
          'workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" '
                    'ContentType="application/vnd.openxmlformats-'
                    'officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
                    for i in range(n))
          + '<Override PartName="/xl/sharedStrings.xml" ContentType="'
          'application/vnd.openxmlformats-officedocument.spreadsheetml.'
          'sharedStrings+xml"/><Override PartName="/xl/styles.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml"'
          ' ContentType="application/vnd.openxmlformats-package.core-'
          'properties+xml"/><Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.'
          'extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2"'
            ' Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/'
            'core.xml"/><Relationship Id="rId3" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/extended-'
            'properties" Target="docProps/app.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
          '2006/main" xmlns:r="http://schemas.openxmlformats.org/'
          'officeDocument/2006/relationships"><sheets>'
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (
              xesc(nm, {'"': "&quot;"}), i + 1, i + 1)
              for i, (nm, _) in enumerate(sheets))
          + "</sheets></workbook>")
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/'
              'package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.'
                        'openxmlformats.org/officeDocument/2006/relationships/'
                        'worksheet" Target="worksheets/sheet%d.xml"/>' % (
                            i + 1, i + 1) for i in range(n))
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats'
              '.org/officeDocument/2006/relationships/sharedStrings" Target='
              '"sharedStrings.xml"/><Relationship Id="rId%d" Type="http://'
              'schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'styles" Target="styles.xml"/></Relationships>' % (n + 1, n + 2))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
           'main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
           + "".join('<si><t xml:space="preserve">%s</t></si>' % xesc(s)
                     for s in strings) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/'
              'spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/>'
              '<name val="Calibri"/></font><font><b/><sz val="11"/><name val='
              '"Calibri"/></font></fonts><fills count="2"><fill><patternFill '
              'patternType="none"/></fill><fill><patternFill patternType='
              '"gray125"/></fill></fills><borders count="1"><border><left/>'
              '<right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0"'
              ' borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId='
              '"0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId='
              '"0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '</cellXfs></styleSheet>')
    core = _core_props(author, created, "")
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/'
           'officeDocument/2006/extended-properties"><Application>Microsoft '
           'Excel</Application><AppVersion>16.0300</AppVersion></Properties>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels),
               ("docProps/core.xml", core), ("docProps/app.xml", app),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
               ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst)]
    for i, sx in enumerate(sheet_xml):
        members.append(("xl/worksheets/sheet%d.xml" % (i + 1), sx))
    return zipbytes(members, when=when)


def _core_props(author, created, title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/'
            'dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (xesc(title), xesc(author), xesc(author),
                                      created, created))


def docx(paras, author="Auenberg", created="2026-01-05T08:00:00Z",
         when=(2026, 1, 5, 8, 0, 0), title=""):
    """paras: list of str; a str starting with '# ' is a bold heading,
    a tuple/list is a table row (cells)."""
    body = []
    table = []

    def flush():
        if table:
            rows = "".join(
                "<w:tr>" + "".join(
                    '<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>'
                    '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                    '</w:tc>' % xesc(str(c)) for c in row) + "</w:tr>"
                for row in table)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
                        '<w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>'
                        % rows)
            del table[:]

    for p in paras:
        if isinstance(p, (list, tuple)):
            table.append(p)
            continue
        flush()
        if p.startswith("# "):
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
                        '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">'
                        '%s</w:t></w:r></w:p>' % xesc(p[2:]))
        elif p == "":
            body.append("<w:p/>")
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r>'
                        '</w:p>' % xesc(p))
    flush()
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body>%s<w:sectPr><w:pgSz w:w='
           '"11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" '
           'w:gutter="0"/></w:sectPr></w:body></w:document>' % "".join(body))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/'
              'wordprocessingml/2006/main"><w:style w:type="paragraph" '
              'w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val='
              '"21"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId='
              '"Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"'
              '/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style '
              'w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"'
              '/></w:style></w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/'
          'vnd.openxmlformats-package.relationships+xml"/><Default Extension='
          '"xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/><Override '
          'PartName="/word/styles.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/'
          'vnd.openxmlformats-package.core-properties+xml"/><Override '
          'PartName="/docProps/app.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/><Relationship Id='
            '"rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/'
            'core.xml"/><Relationship Id="rId3" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/extended-'
            'properties" Target="docProps/app.xml"/></Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/'
               'package/2006/relationships"><Relationship Id="rId1" Type='
               '"http://schemas.openxmlformats.org/officeDocument/2006/'
               'relationships/styles" Target="styles.xml"/></Relationships>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/'
           'officeDocument/2006/extended-properties"><Application>Microsoft '
           'Office Word</Application><AppVersion>16.0000</AppVersion>'
           '</Properties>')
    return zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                     ("docProps/core.xml", _core_props(author, created, title)),
                     ("docProps/app.xml", app),
                     ("word/document.xml", doc), ("word/styles.xml", styles),
                     ("word/_rels/document.xml.rels", docrels)], when=when)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:'
           'xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mimetype, body_xml, author, created, when):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.3">'
               '<office:body>%s</office:body></office:document-content>'
               % (_ODF_NS, body_xml))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.3">'
              '<office:styles/></office:document-styles>' % _ODF_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/24.8.4.2$Linux_X86_64</meta:generator>'
            '<meta:initial-creator>%s</meta:initial-creator>'
            '<dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date>'
            '<dc:date>%s</dc:date></office:meta></office:document-meta>'
            % (_ODF_NS, xesc(author), xesc(author), created, created))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" '
                'manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" '
                'manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return zipbytes([("mimetype", mimetype), ("content.xml", content),
                     ("styles.xml", styles), ("meta.xml", meta),
                     ("META-INF/manifest.xml", manifest)],
                    when=when, stored_first=True)


def odt(paras, author="Auenberg", created="2026-01-05T08:00:00",
        when=(2026, 1, 5, 8, 0, 0)):
    body = []
    for p in paras:
        if p.startswith("# "):
            body.append('<text:h text:outline-level="1">%s</text:h>'
                        % xesc(p[2:]))
        else:
            body.append("<text:p>%s</text:p>" % xesc(p))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(body),
                author, created, when)


def ods(sheets, author="Auenberg", created="2026-01-05T08:00:00",
        when=(2026, 1, 5, 8, 0, 0)):
    tables = []
    for name, rows in sheets:
        out = ['<table:table table:name="%s">' % xesc(name, {'"': "&quot;"})]
        for row in rows:
            out.append("<table:table-row>")
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append('<table:table-cell office:value-type="float" '
                               'office:value="%s"><text:p>%s</text:p>'
                               '</table:table-cell>' % (repr(v), v))
                elif v is None or v == "":
                    out.append("<table:table-cell/>")
                else:
                    out.append('<table:table-cell office:value-type="string">'
                               '<text:p>%s</text:p></table:table-cell>'
                               % xesc(str(v)))
            out.append("</table:table-row>")
        out.append("</table:table>")
        tables.append("".join(out))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>"
                % "".join(tables), author, created, when)


# ---------------------------------------------------------------------------
# PDF (Helvetica, WinAnsiEncoding, FlateDecode, real text layer)
# ---------------------------------------------------------------------------


def _pdfstr(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(pages, title="", author="Auenberg Versicherungsgruppe",
        date="20260105080000+01'00'", producer="KOSY Druckausgabe 7.4"):
    """pages: list of pages; a page is a list of lines.  A line starting
    with '# ' is set in Helvetica-Bold 13 pt, '## ' in Helvetica-Bold 10 pt,
    everything else in Helvetica 10 pt.  Long lines are not wrapped."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")
    fontb = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
                b"/Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1
    objs.append(None)  # placeholder for /Pages
    kids = []
    for lines in pages:
        ops = [b"BT", b"1 0 0 1 56 790 Tm"]
        cur = None
        for ln in lines:
            if ln.startswith("# "):
                f, t, lead = b"/F2 13 Tf", ln[2:], 18
            elif ln.startswith("## "):
                f, t, lead = b"/F2 10 Tf", ln[3:], 14
            else:
                f, t, lead = b"/F1 10 Tf", ln, 13
            if f != cur:
                ops.append(f)
                cur = f
            ops.append(b"0 -%d Td" % lead)
            if t:
                ops.append(_pdfstr(t) + b" Tj")
        ops.append(b"ET")
        raw = b"\n".join(ops) + b"\n"
        comp = zlib.compress(raw, 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp)
                  + comp + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                  b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> "
                  b"/Contents %d 0 R >>" % (pages_id, font, fontb, cid))
        kids.append(pid)
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    info = add(b"<< /Title " + _pdfstr(title) + b" /Author " + _pdfstr(author)
               + b" /Producer " + _pdfstr(producer)
               + b" /CreationDate (D:" + date.encode() + b") /ModDate (D:"
               + date.encode() + b") >>")
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\n"
              b"startxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, xref))
    return out.getvalue()


MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MIME_DOCX = ("application/vnd.openxmlformats-officedocument."
             "wordprocessingml.document")
MIME_ODT = "application/vnd.oasis.opendocument.text"
MIME_ODS = "application/vnd.oasis.opendocument.spreadsheet"


def quote(s, prefix="> "):
    """Quote a text with '> ' (used for replies written by hand)."""
    return "\n".join((prefix + ln) if ln else prefix.rstrip()
                     for ln in s.split("\n"))


# ---------------------------------------------------------------------------
# MAILS
# ---------------------------------------------------------------------------
# Each function returns (message, label, lang, kind, reason).

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn



@mail
def m001():
    body = """Sehr geehrte Frau Hartwig,

zunächst möchten wir Ihnen zum Tod Ihres Mannes, Herrn Werner Hartwig, unser
aufrichtiges Beileid aussprechen. Vielen Dank für Ihren Anruf am Dienstag –
ich bestätige Ihnen hiermit gern schriftlich, was wir besprochen haben.

Für Ihren Mann bestand bei uns die Kapitallebensversicherung

  Versicherungsnummer:  LV 4471-203958
  versicherte Person:   Werner Hartwig, geb. 21.05.1957
  Versicherungssumme:   48.000,00 EUR zzgl. Überschussbeteiligung
  Bezugsrecht im Todesfall: Gisela Hartwig (Ehefrau), unwiderruflich

Damit wir die Leistung prüfen und auszahlen können, benötigen wir noch:

1. die Sterbeurkunde (Original oder amtlich beglaubigte Kopie),
2. die ärztliche Bescheinigung über die Todesursache – den Vordruck
   „Ärztliches Zeugnis im Todesfall“ schicken wir Ihnen heute zusätzlich per
   Post; bitte lassen Sie ihn vom Hausarzt oder vom behandelnden
   Krankenhaus ausfüllen,
3. den Versicherungsschein (falls er nicht auffindbar ist, genügt eine kurze
   formlose Erklärung),
4. eine Kopie Ihres Personalausweises (Vorder- und Rückseite),
5. die Bankverbindung, auf die wir überweisen sollen.

Einen Erbschein brauchen wir nicht, weil Sie namentlich als Bezugsberechtigte
eingetragen sind.

Sie können die Unterlagen einscannen und an diese Adresse mailen oder per
Post an uns schicken. Wenn Ihnen etwas unklar ist, rufen Sie mich gern an.

""" + SIG["overbeck"] + "\n\n" + FOOT_DE
    m = simple(who("overbeck"), "Gisela Hartwig <gisela.hartwig@netpost.example>",
               "Ihr Anruf vom 06.01. – Lebensversicherung Ihres verstorbenen Mannes",
               D(2026, 1, 8, 10, 41, 17),
               "<kosy.20260108.104117.30114@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
            "death claim on a named person's life policy: insured's birth date, beneficiary, request for cause-of-death certificate")


@mail
def m002():
    plain = """AUENBERG PENSIONS BRIEFING – Q1 2026
For HR managers, payroll and pension administrators

1) Maximum technical interest rate stays at 1.0 %
The maximum rate for new life and pension contracts remains 1.0 % in 2026.
For existing contracts nothing changes: every contract keeps the guaranteed
rate it was written with.

2) New mortality assumptions under discussion
The German actuarial association is reviewing the annuity table DAV 2004 R.
Early indications suggest that life expectancy at 67 continues to rise, but
more slowly than the table assumed. We will explain what a new table would
mean for annuity factors once it is published.

3) Company pensions: the second Occupational Pensions Strengthening Act
The reform raises the employer subsidy threshold for low earners and makes
opt-out schemes easier for employers without a collective agreement. See our
one-page checklist in the employer portal.

4) Worked example: salary sacrifice in 2026
A fictitious employee earning EUR 3,500 gross a month converts EUR 150 into
a direct insurance contract. The employer adds the mandatory 15 % subsidy
(EUR 22.50). Net cost to the employee: roughly EUR 78, depending on tax
class and church tax. The figures are illustrative only and are not based
on any real person.

5) Dates
- 12 March 2026, webinar "Pension statements explained" (45 min)
- 23 April 2026, employer forum Kassel

You receive this briefing because you subscribed in the Auenberg employer
portal. Unsubscribe: https://www.auenberg-versicherung.example/briefing/abmelden
Auenberg Lebensversicherung AG, Auenberger Ring 12, 34121 Kassel, Germany
"""
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Auenberg Pensions Briefing Q1 2026</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b36">
<table width="640" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#0d4a6b;color:#fff;padding:18px 24px;font-size:20px">
<b>Auenberg Pensions Briefing</b> &ndash; Q1 2026</td></tr>
<tr><td style="padding:16px 24px">
<p><i>For HR managers, payroll and pension administrators</i></p>
<h3>1) Maximum technical interest rate stays at 1.0&nbsp;%</h3>
<p>The maximum rate for new life and pension contracts remains 1.0&nbsp;% in 2026.
For existing contracts nothing changes: every contract keeps the guaranteed
rate it was written with.</p>
<h3>2) New mortality assumptions under discussion</h3>
<p>The German actuarial association is reviewing the annuity table DAV 2004&nbsp;R.
Early indications suggest that life expectancy at 67 continues to rise, but
more slowly than the table assumed. We will explain what a new table would
mean for annuity factors once it is published.</p>
<h3>3) Company pensions: the second Occupational Pensions Strengthening Act</h3>
<p>The reform raises the employer subsidy threshold for low earners and makes
opt-out schemes easier for employers without a collective agreement. See our
one-page checklist in the employer portal.</p>
<h3>4) Worked example: salary sacrifice in 2026</h3>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e6eef3"><th align="left">Item (fictitious employee)</th><th align="right">EUR / month</th></tr>
<tr><td>Gross salary</td><td align="right">3,500.00</td></tr>
<tr><td>Salary converted</td><td align="right">150.00</td></tr>
<tr><td>Employer subsidy 15&nbsp;%</td><td align="right">22.50</td></tr>
<tr><td>Total contribution</td><td align="right">172.50</td></tr>
<tr><td>Approx. net cost to employee</td><td align="right">78.00</td></tr>
</table>
<p style="font-size:12px">Illustrative only, not based on any real person.</p>
<h3>5) Dates</h3>
<ul><li>12 March 2026, webinar &bdquo;Pension statements explained&ldquo; (45&nbsp;min)</li>
<li>23 April 2026, employer forum Kassel</li></ul>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#667">You receive this briefing because you subscribed in the Auenberg employer portal.
<a href="https://www.auenberg-versicherung.example/briefing/abmelden">Unsubscribe</a><br>
Auenberg Lebensversicherung AG, Auenberger Ring 12, 34121 Kassel, Germany</td></tr>
</table></body></html>
"""
    m = compose("Auenberg Pensions Briefing <briefing@auenberg-versicherung.example>",
                "HR contacts <briefing-list@auenberg-versicherung.example>",
                "Pensions Briefing Q1 2026: interest rate, mortality tables, salary sacrifice",
                D(2026, 1, 13, 7, 30, 0),
                "<briefing-2026q1.0001@news.auenberg-versicherung.example>",
                "=_alt_2026q1_5f1c", [text(plain), text(html, subtype="html")],
                subtype="alternative",
                extra=[("List-Unsubscribe",
                        "<https://www.auenberg-versicherung.example/briefing/abmelden>"),
                       ("Precedence", "bulk")])
    return (m, "NORMAL", "en", "newsletter",
            "trap: pension newsletter with a salary example for a fictitious employee, mortality and interest-rate vocabulary, no real person")


@mail
def m003():
    body = """Hallo Herr Brechtel,

danke für Ihre schnelle Meldung. Ich habe den Schaden unter der Nummer
KS-2026-004417 angelegt (Kfz-Haftpflicht, Vertrag KH 88 214 603,
Kennzeichen KS-TB 812).

Damit wir den Schaden des anderen Fahrzeughalters regulieren können, schicken
Sie mir bitte noch:
- zwei, drei Fotos von Ihrem Fahrzeug (Heck links),
- falls vorhanden den Zettel mit Namen und Telefonnummer, den Sie hinter
  die Windschutzscheibe geklemmt haben, bzw. die Daten der Halterin.

Dass niemand verletzt wurde, habe ich so notiert. Ihre eigene Delle am
Stoßfänger ist über die Teilkasko leider nicht versichert; wenn Sie
möchten, rechne ich Ihnen aus, ob sich eine Meldung an die Vollkasko
lohnt – meist ist Selbstzahlen günstiger wegen der Rückstufung.

""" + SIG["kowalczyk"] + """

-----Ursprüngliche Nachricht-----
Von: Timo Brechtel <timo.brechtel@mailfuchs.example>
Gesendet: Montag, 12. Januar 2026 18:52
An: kfz-schaden@auenberg-versicherung.example
Betreff: Schaden melden

Guten Abend,
ich bin heute beim Rewe-Parkplatz in Baunatal beim Ausparken an einen
geparkten Opel Corsa gekommen , die Stoßstange von dem hat einen Kratzer und
ne kleine Delle. Hab einen Zettel hinterlassen und dann noch gewartet, die
Frau kam dann auch. Keiner verletzt, alles ganz ruhig geregelt.
Mein Kennzeichen KS-TB 812. Was muss ich jetzt tun?
Gruß Timo Brechtel
"""
    m = simple(who("kowalczyk"), "Timo Brechtel <timo.brechtel@mailfuchs.example>",
               "AW: Schaden melden", D(2026, 1, 13, 9, 5, 44),
               "<FR3P281MB1572A0C44E1D9B21F4A3C0D8B7D42@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, irt="<b7c1f0e2-4d8a-9e3f-a1b2-77c3d9e4f5a6@mailfuchs.example>",
               extra=[("X-Mailer", XM_OUTLOOK), ("Thread-Topic", "Schaden melden")])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "motor liability claim of a named policyholder (claim and contract number, plate); nobody hurt")


@mail
def m004():
    body = """Dear Mr Ellery,

Thank you for your e-mail of 9 January. As requested, please find attached
a quotation of the surrender value of your endowment policy
4471-306612-01 as at 1 March 2026.

A few points you may want to consider before deciding:

* If you surrender, the contract ends and the death cover ends with it.
* Because the policy started in 2009, the investment income part of the
  payout is subject to German withholding tax unless you give us a
  certificate of tax residence from the Spanish tax office (Agencia
  Tributaria). With the certificate we can pay gross.
* Alternatively, you could make the policy paid-up (no further premiums).
  The quotation shows the paid-up sum as well.

The quotation is valid until 31 March 2026. If you wish to go ahead, please
sign the enclosed surrender request and send it back to us together with a
copy of your passport.

""" + SIG["brandauer"] + "\n\n" + FOOT_EN
    pdf_lines = [
        "# Auenberg Lebensversicherung AG",
        "Auenberger Ring 12, 34121 Kassel",
        "",
        "Mr David Ellery",
        "Calle Pintor Sorolla 14, 3B",
        "29016 Malaga, Spain",
        "",
        "## Surrender value quotation / Rueckkaufswert-Mitteilung",
        "Policy number: 4471-306612-01      Tariff: KLV-09 endowment",
        "Insured life: David Ellery, date of birth 14/02/1961",
        "Policy start: 01.07.2009     Maturity: 01.07.2029",
        "Sum insured on death and maturity: EUR 40,000.00",
        "",
        "## Values as at 01.03.2026",
        "Premiums paid to date                          EUR 29,880.00",
        "Guaranteed surrender value                     EUR 21,904.35",
        "Surplus participation (declared)               EUR  1,514.25",
        "Total surrender value                          EUR 23,418.60",
        "Of which investment income (taxable part)      EUR  4,127.12",
        "Withholding tax if no residence certificate   EUR  1,088.53",
        "",
        "Paid-up sum on maturity if premiums stop       EUR 31,220.00",
        "",
        "This quotation is valid until 31.03.2026. Values are not guaranteed",
        "after that date.",
        "",
        "Kassel, 12.01.2026",
        "Auenberg Lebensversicherung AG - International Life",
    ]
    att = blob(pdf([pdf_lines], title="Surrender value 4471-306612-01",
                    date="20260112141502+01'00'"),
               "application/pdf", "Surrender_value_4471-306612-01.pdf")
    m = compose(who("brandauer"), "David Ellery <d.ellery@webmailer.example>",
                "Your policy 4471-306612-01 - surrender value quotation",
                D(2026, 1, 12, 14, 22, 9),
                "<FR3P281MB0934E9A1B0C2F7D31E09AA20C6152@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0041_01DC83A1.7E5B2D40",
                [text(body), att],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "surrender value of a named customer's endowment (life) policy; birth date and tax detail in the PDF")


@mail
def m005():
    body = """Hallo zusammen,

der RBM-Lauf (Rentenbezugsmitteilungen an die ZfA) ist heute Nacht in der
Testumgebung T2 wieder abgebrochen, Ticket INC-2026-01877.

Betroffen ist nur der synthetische Testfall TD-0815 aus dem
Testdatenkatalog – Erika Mustermann, geb. 12.08.1964, Rente 0,00 EUR,
IdNr leer. Kein Echtfall, die Person gibt es nicht; das Feld IdNr ist im
Katalog absichtlich leer, um die Fehlerbehandlung zu testen.

Auszug aus dem Log:

  2026-01-14 02:13:08 RBM-EXPORT  INFO  Satz 000117 gelesen (TD-0815)
  2026-01-14 02:13:08 RBM-EXPORT  ERROR XSD-Validierung: Element
      'IdNr' minLength 11 verletzt
  2026-01-14 02:13:08 RBM-EXPORT  FATAL Lauf abgebrochen, 116 Saetze
      gemeldet, 0 verworfen

Erwartet war, dass der Satz in die Fehlerliste geht und der Lauf
weiterläuft. Ich vermute, dass seit dem Update auf Schema 2026.1 die
Fehlerbehandlung nicht mehr greift. Kann sich das bitte jemand aus dem
Betrieb bis Freitag ansehen? Produktion läuft erst im Februar.

""" + SIG["albers"]
    m = simple(who("albers"), "IT-Betrieb Leben <it-betrieb-leben@auenberg-versicherung.example>",
               "INC-2026-01877 RBM-Lauf T2 bricht bei leerer IdNr ab",
               D(2026, 1, 14, 8, 47, 30),
               "<FR3P281MB2210C7713A9D0E6B22F1C3E85A9B1@FR3P281MB2210.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: IT ticket on pension tax reporting with the synthetic test person Erika Mustermann and a birth date, explicitly fictitious")


@mail
def m006():
    body = """Hallo Frau Okonkwo,

vielen Dank, die Unterlagen sind vollständig. Für den Diebstahl Ihres
Fahrrads aus dem Kellerabteil (Hausrat, Vertrag HR-7730-5521, Schaden
S-26-000318) erstatten wir den Zeitwert:

  Kaufpreis 2023 laut Rechnung   1.549,00 EUR
  Abzug Alter/Nutzung (20 %)     -309,80 EUR
  Entschädigung                  1.239,20 EUR

Die Selbstbeteiligung entfällt bei Ihrem Tarif. Das Geld geht in den
nächsten drei Werktagen auf das Konto, das Sie unten angegeben haben.

Bitte melden Sie sich, falls die Polizei das Rad doch noch findet.

""" + SIG["thielemann"] + """

Am 15.01.2026 um 21:07 schrieb Chiamaka Okonkwo:
> Hallo Frau Thielemann,
> anbei wie besprochen die Rechnung vom Rad und das Polizeiprotokol
> (Vorgangsnummer 2026-0114-88731 Polizei Kassel Nord). Das Schloss war
> durch geknipst, das Kellerabteil war abgeschlossen aber die Tür vom
> Keller selber stand offen weil die Nachbarn immer den Keil reinmachen.
> Bitte überweisen auf mein Konto bei der Fuldaer Handelsbank:
> Chiamaka Okonkwo
> DE08 2591 1494 5140 5808 43
> Danke und liebe Grüße
> Chiamaka Okonkwo
> Holländische Str. 141, 34127 Kassel
"""
    m = simple(who("thielemann"), "Chiamaka Okonkwo <chiamaka.ok@kabelmail.example>",
               "Re: Fahrrad Diebstahl Keller", D(2026, 1, 16, 11, 2, 51),
               "<4c2d8e91-0b37-4f6a-9d1e-2a5c7b3e8f04@auenberg-versicherung.example>",
               body, charset="utf-8", cte="8bit", fmt_flowed=True,
               irt="<20260115210712.GA4471@kabelmail.example>",
               refs="<20260115210712.GA4471@kabelmail.example>",
               extra=[("User-Agent", UA_TB)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "household theft claim of a named customer with contract/claim number, address and her IBAN in the quoted reply")


@mail
def m007():
    inner_body = """Sehr geehrte Damen und Herren,

wie von Ihrer Gesellschaftsärztin angefordert übersende ich den
Befundbericht zu meiner Patientin

  Frau Melanie Sieland, geb. 03.11.1979
  Ihr Zeichen: BU-L 2025/1184

Die Patientin befindet sich seit 09/2025 in meiner ambulanten Behandlung.
Diagnosen:
  F33.2 G  Rezidivierende depressive Störung, gegenwärtig schwere Episode
           ohne psychotische Symptome
  F41.1 G  Generalisierte Angststörung

Verlauf: Seit Herbst 2025 deutliche Antriebsminderung, Schlafstörungen,
Konzentrationsverlust; Arbeitsunfähigkeit als Disponentin seit
22.09.2025 durchgehend. Medikation: Sertralin 150 mg/d, zusätzlich
Mirtazapin 15 mg z.N. Eine teilstationäre Behandlung in der Tagesklinik
ist ab Februar geplant.

Prognose: Eine Wiederaufnahme der beruflichen Tätigkeit in den nächsten
sechs Monaten halte ich für unwahrscheinlich.

Die Schweigepflichtentbindung der Patientin liegt mir vor.

Mit freundlichen Grüßen
Dr. med. Corinna Brasch
Fachärztin für Psychiatrie und Psychotherapie
Friedrich-Ebert-Str. 77, 34119 Kassel
"""
    inner = simple('"Praxis Dr. Brasch" <praxis@dr-brasch-psychiatrie.example>',
                   "Leistung BU <leistung-bu@auenberg-versicherung.example>",
                   "Befundbericht Ihr Zeichen BU-L 2025/1184",
                   D(2026, 1, 19, 16, 40, 2),
                   "<0b1e77c2a9d3$4f10a2e0$@dr-brasch-psychiatrie.example>",
                   inner_body, extra=[("X-Mailer", "Medistar Praxiskommunikation 5.2")])
    body = """Jonas,

z.K., kam heute an die Sammeladresse. Bitte zur Akte, ich sehe mir das
morgen für die Stellungnahme an.

Gruß
H. Salzmann
"""
    m = compose(who("salzmann"), who("riedmueller"),
                "WG: Befundbericht", D(2026, 1, 20, 7, 58, 12),
                "<FR3P281MB1180F2D4417C0A93E5B1D7C2A8E60@FR3P281MB1180.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0007_01DC89B2.11A3F6C0",
                [text(body), rfc822(inner, "Befundbericht Ihr Zeichen BU-L 2025-1184.eml")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "doctor",
            "harmless body; attached forwarded doctor's report for a disability (BU) claim: name, birth date, ICD-10 F33.2/F41.1, medication")


@mail
def m008():
    body = """Sehr geehrter Herr Seiler,

wie telefonisch besprochen bestellen wir für den Jahresversand der
Standmitteilungen Leben und Rente 2026:

  Pos. 1  Versandhüllen C4, Fenster links, Aufdruck „Wichtige
          Vertragsinformation – bitte aufbewahren“, 90 g, weiß
          Menge 60.000 Stück
  Pos. 2  Rückumschläge DL ohne Fenster, Aufdruck Antwort-Adresse
          Leistungsservice Leben, Menge 15.000 Stück
  Pos. 3  Beileger A4 „So lesen Sie Ihre Standmitteilung“, 4-farbig,
          Menge 60.000 Stück (Druckdaten folgen bis 30.01.)

Liefertermin: spätestens KW 8 an unser Lager, Auenberger Ring 12, Tor 3.
Preise laut Rahmenvertrag RV-2024-117.

Zur Lage des Adressfeldes: Die Adressen werden von unserem Lettershop
eingedruckt, Sie bekommen keine Kundendaten. Im Muster sehen Sie nur den
Platzhalter „Max Mustermann, Musterstraße 1, 12345 Musterstadt“ – bitte
das Fenster daran ausrichten.

Bitte bestätigen Sie uns die Bestellung kurz per Mail.

""" + SIG["pape"] + "\n\n" + FOOT_DE
    m = simple(who("pape"), "Rainer Seiler <r.seiler@druckhaus-seiler.example>",
               "Bestellung Versandhüllen Standmitteilungen 2026",
               D(2026, 1, 20, 13, 15, 0),
               "<FR3P281MB0455B19D2E7F83A0C16D44E1F9C27@FR3P281MB0455.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-supplier",
            "trap: print order for life/pension statements with placeholder name Max Mustermann; no customer data")


@mail
def m009():
    body = """Dear Mr Reuter,

Further to your message of 16 January on behalf of your client, I can
confirm that we have registered the change of beneficiary on the term life
policy below with effect from 19 January 2026.

  Policy:            RL 5520-118734 (level term, sum assured EUR 250,000)
  Policyholder and
  insured person:    Dr Naomi Pettersson, born 07/06/1984
  Beneficiary until
  18 Jan 2026:       Ingrid Pettersson (mother), revocable
  Beneficiary from
  19 Jan 2026:       Lukas Ferreira (partner), born 03/09/1987, revocable

As the nomination remains revocable, Dr Pettersson can change it again at
any time in writing. A new policy schedule will be sent to her directly by
post this week; you will receive a copy in your broker mailbox.

Please note that the nomination only governs who receives the death
benefit. If Dr Pettersson and Mr Ferreira marry later, the nomination stays
as it is; it does not change automatically.

""" + SIG["brandauer"] + "\n\n" + FOOT_EN
    m = simple(who("brandauer"), "Alexander Reuter <a.reuter@reuter-lahm.example>",
               "RE: Change of beneficiary - Dr Pettersson",
               D(2026, 1, 21, 10, 3, 27),
               "<FR3P281MB0934F77A2C1E09D4B3A8E6F10D235@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
               body, cc="Maklerpost <maklerpost@auenberg-versicherung.example>",
               irt="<AM9PR03MB7712E1D0C4A2@AM9PR03MB7712.eurprd03.prod.outlook.example>",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
            "beneficiary change on a named client's term life policy, birth dates of insured and new beneficiary")


@mail
def m010():
    body = """Dear Ms Raman,

Thank you for sending the receipts. I have checked your claim for the
delayed suitcase on your flight Lisbon - Frankfurt on 2 January
(claim TR-26-00391, travel policy RV 3318 0042).

Your suitcase arrived 41 hours late, so the cover for emergency purchases
applies. We can reimburse:

  toiletries              EUR  38.90
  underwear, 2 shirts     EUR 112.50
  phone charger           EUR  35.00
  total                   EUR 186.40

The taxi to the airport to collect the case (EUR 54.00) is unfortunately
not covered by the policy; please claim it from the airline under its
conditions of carriage, quoting the property irregularity report number.

We will transfer EUR 186.40 to the account you used to pay the premium
(ending in ...4521) within five working days.

""" + SIG["feld"]
    m = simple(who("feld"), "Priya Raman <priya.raman@webmailer.example>",
               "Your baggage delay claim TR-26-00391",
               D(2026, 1, 22, 15, 44, 10),
               "<kosy.20260122.154410.51207@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "travel baggage-delay claim of a named customer (claim/policy number, payout); no health content")


@mail
def m011():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Montag, 16. Februar 2026, nicht im Büro und
lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht
weitergeleitet.

In dringenden Fällen – zum Beispiel wenn Sie einen Todesfall melden
möchten – erreichen Sie meine Kolleginnen und Kollegen im Leistungsservice
Leben unter 0561 7702-4400 (Mo–Fr 8–18 Uhr) oder per E-Mail an
leben-leistung@auenberg-versicherung.example.

Mit freundlichen Grüßen
Katrin Overbeck
"""
    m = simple(who("overbeck"), "m.kessler@webmailer.example",
               "Automatische Antwort: Ihre Nachricht vom 09.02.2026",
               D(2026, 2, 9, 19, 12, 3),
               "<FR3P281MB1572AUTO0209191203@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("Auto-Submitted", "auto-replied"),
                            ("X-Auto-Response-Suppress", "All"),
                            ("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-customer",
            "trap: out-of-office reply that mentions reporting a death generically; no person, contract or case")


@mail
def m012():
    body = """Guten Tag Herr Wiesenthal,

wie am Telefon besprochen erhalten Sie anbei den Vertrag über das
Policendarlehen. Bitte drucken Sie ihn aus, unterschreiben Sie auf Seite 2
und schicken Sie ihn im Original an uns zurück. Sobald er da ist, zahlen
wir innerhalb von drei Werktagen aus.

""" + SIG["riedmueller"] + "\n\n" + FOOT_DE
    doc = docx([
        "# Darlehensvertrag (Policendarlehen)",
        "zwischen der Auenberg Lebensversicherung AG, Auenberger Ring 12, 34121 Kassel (Darlehensgeberin)",
        "und Herrn Holger Wiesenthal, geb. 30.04.1968, Am Fasanenhof 9, 34125 Kassel (Darlehensnehmer)",
        "",
        "§ 1 Darlehen",
        "Die Darlehensgeberin gewährt dem Darlehensnehmer auf die Kapitallebensversicherung Nr. 3309-775120 ein Darlehen in Höhe von 8.000,00 EUR. Der Rückkaufswert zum 01.02.2026 beträgt 14.870,22 EUR.",
        "§ 2 Zinsen",
        "Das Darlehen ist mit 4,25 % p. a. zu verzinsen. Die Zinsen werden vierteljährlich nachschüssig per Lastschrift eingezogen.",
        "§ 3 Rückzahlung",
        "Das Darlehen kann jederzeit ganz oder in Teilbeträgen von mindestens 500 EUR zurückgezahlt werden. Spätestens wird es mit der Versicherungsleistung verrechnet (Ablauf 01.05.2033 oder Tod der versicherten Person).",
        "§ 4 Auszahlung",
        "Die Auszahlung erfolgt auf das Konto des Darlehensnehmers:",
        ("Kontoinhaber", "Holger Wiesenthal"),
        ("IBAN", "DE95 0033 4786 2958 3182 56"),
        ("Bank", "Volksbank Wolfsanger eG"),
        "",
        "§ 5 Sicherung",
        "Zur Sicherung tritt der Darlehensnehmer die Ansprüche aus der Versicherung in Höhe des jeweiligen Darlehensstands an die Darlehensgeberin ab.",
        "",
        "Kassel, den ____________        ______________________________",
        "                                Holger Wiesenthal",
    ], author="Jonas Riedmüller", created="2026-01-23T09:10:00Z",
        when=(2026, 1, 23, 9, 10, 0), title="Policendarlehen 3309-775120")
    m = compose(who("riedmueller"), "Holger Wiesenthal <h.wiesenthal@netpost.example>",
                "Ihr Policendarlehen – Vertrag zur Unterschrift",
                D(2026, 1, 23, 9, 31, 48),
                "<FR3P281MB2672C0E31D8A5F7B49E2A1D6C0F83@FR3P281MB2672.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0112_01DC8C10.5E2A90B0",
                [text(body), blob(doc, MIME_DOCX, "Darlehensvertrag_3309-775120.docx")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "policy loan on a named customer's life policy; birth date, surrender value and IBAN in the attached DOCX only")


@mail
def m013():
    body = """Hallo Frau Lindqvist-Brand,

erledigt: Ihr Sohn ist ab dem 01.02.2026 als weiterer Fahrer in Ihrem
Vertrag eingetragen.

  Vertrag:           KF 22 118 406 (VW Golf, KS-AL 2204)
  neuer Fahrer:      Finn Brand, geb. 02.10.2007,
                     Führerschein seit 02.10.2025 (BF17 seit 2024)
  Beitrag bisher:    612,40 EUR jährlich
  Beitrag neu:       884,10 EUR jährlich (Zuschlag Fahrer unter 23 J.)

Der Mehrbeitrag für Februar bis Dezember (249,06 EUR) wird am 15.02.
mit der Lastschrift eingezogen. Den geänderten Versicherungsschein
bekommen Sie per Post.

Kleiner Tipp: Sobald Finn 23 ist, fällt der Zuschlag automatisch weg –
Sie müssen dafür nichts tun.

""" + SIG["koehler"] + """

-----Ursprüngliche Nachricht-----
Von: Andrea Lindqvist-Brand <andrea.lb@icloud-mail.example>
Gesendet: Sonntag, 25. Januar 2026 20:14
An: kfz-vertrag@auenberg-versicherung.example
Betreff: Sohn als Fahrer

Hallo, mein Sohn Finn hat jetzt seit Oktober den richtigen Führerschein
(vorher begl. Fahren) und soll ab Februar auch mit dem Golf fahren
dürfen. Geht das und was kostet das? Geb. Datum 2.10.2007.
Danke A. Lindqvist-Brand

Von meinem iPhone gesendet
"""
    m = simple(who("koehler"), "Andrea Lindqvist-Brand <andrea.lb@icloud-mail.example>",
               "AW: Sohn als Fahrer", D(2026, 1, 26, 10, 12, 40),
               "<FR3P281MB3301E0A7C95B21D44F8E3A17C26D0@FR3P281MB3301.DEUP281.PROD.OUTLOOK.example>",
               body, irt="<6A0F2C1E-8B3D-4E7A-9C51-D2B4E6F80A13@icloud-mail.example>",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "motor contract change: named additional driver with birth date, contract number and premium; non-personal line")


@mail
def m014():
    body = """Hi Lars,

As promised on Tuesday's call, attached is the annuitant mortality
experience for our German in-payment portfolio, 2021-2025, for your
longevity swap indication.

Some notes on the data:
- Exposure is central exposure in years, by attained age band and sex,
  annuities in payment only (no deferred members).
- Expected deaths are based on DAV 2004 R (Aggregate, 2nd order), without
  our own trend adjustment.
- Bands with fewer than 50 deaths are merged (85+ is one band), so the
  file contains no individual records.
- Amounts-weighted A/E is on the second sheet.

Headline: lives-weighted A/E 96.8 % for men and 98.1 % for women, so
slightly lighter mortality than the table. We think the 2021/2022 excess
(Covid) explains most of the year-on-year volatility.

Happy to walk your pricing team through it next week.

Rebecca

""" + SIG["hale"] + "\n\n" + FOOT_EN
    rows_l = [["Sex", "Age band", "Exposure (years)", "Actual deaths", "Expected deaths", "A/E"],
              ["M", "60-64", 18412.5, 141, 149.2, 0.945],
              ["M", "65-69", 41770.0, 497, 512.8, 0.969],
              ["M", "70-74", 38905.5, 781, 796.4, 0.981],
              ["M", "75-79", 27340.0, 1012, 1049.7, 0.964],
              ["M", "80-84", 15118.5, 1107, 1139.0, 0.972],
              ["M", "85+", 7022.0, 1053, 1089.3, 0.967],
              ["F", "60-64", 14980.0, 71, 74.8, 0.949],
              ["F", "65-69", 36115.5, 262, 266.0, 0.985],
              ["F", "70-74", 35477.0, 451, 459.9, 0.981],
              ["F", "75-79", 28201.5, 702, 712.2, 0.986],
              ["F", "80-84", 17766.0, 861, 876.5, 0.982],
              ["F", "85+", 10488.5, 1290, 1318.6, 0.978]]
    rows_a = [["Sex", "Annuity amount band (EUR p.m.)", "Exposure (EUR p.a. x years)", "A/E amounts"],
              ["M", "< 250", 61230450, 1.012],
              ["M", "250-749", 188004310, 0.971],
              ["M", "750+", 97702880, 0.902],
              ["F", "< 250", 58117020, 1.004],
              ["F", "250-749", 141660950, 0.979],
              ["F", "750+", 44310775, 0.931]]
    x = xlsx([("Lives", rows_l), ("Amounts", rows_a)], author="Rebecca Hale",
             created="2026-01-27T16:05:00Z", when=(2026, 1, 27, 16, 5, 0))
    m = compose(who("hale"), "Lars Eriksen <lars.eriksen@lumen-re.example>",
                "Annuitant mortality experience 2021-2025 (aggregated)",
                D(2026, 1, 28, 9, 20, 3),
                "<FR3P281MB0612A77E41C9D2B03F6E1A9C4D578@FR3P281MB0612.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_01A4_01DC8F92.0C7E3350",
                [text(body), blob(x, MIME_XLSX, "Auenberg_annuitant_experience_2021-2025.xlsx")],
                cc="Tobias Hegemann <tobias.hegemann@auenberg-versicherung.example>",
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-partner",
            "trap: annuitant deaths and mortality ratios for a reinsurer, aggregated by age band and sex with small cells merged; no individual")


@mail
def m015():
    body = """Sehr geehrter Herr Olbrich,

wir bestätigen Ihnen den Eingang der Abtretungsanzeige vom 22.01.2026 und
haben die Abtretung wie folgt vermerkt:

  Versicherungsnummer:     RL 6610-204417 (Risikolebensversicherung)
  Versicherungsnehmer und
  versicherte Person:      Tobias Mertens, geb. 17.12.1985,
                           Weidenweg 4, 34253 Lohfelden
  Versicherungssumme:      220.000,00 EUR, fallend nicht vereinbart
  Ablauf:                  01.01.2051
  Abtretungsempfänger:     Sparkasse Talheim, zur Sicherung des
                           Darlehens Nr. 7004411893
  Umfang:                  Ansprüche auf die Todesfallleistung bis zur
                           Höhe der gesicherten Forderung

Die Beiträge sind bis einschließlich Januar 2026 bezahlt. Wir werden Sie
informieren, falls Beiträge rückständig werden oder der Vertrag
beitragsfrei gestellt oder gekündigt werden soll. Das widerrufliche
Bezugsrecht zugunsten von Frau Jana Mertens bleibt nachrangig bestehen.

Eine Freigabeerklärung schicken Sie uns bitte, sobald das Darlehen
zurückgeführt ist.

""" + SIG["riedmueller"] + "\n\n" + FOOT_DE
    m = simple(who("riedmueller"), "Kreditsicherheiten Sparkasse Talheim <kreditsicherheiten@sparkasse-talheim.example>",
               "Ihre Abtretungsanzeige vom 22.01.2026 – RL 6610-204417",
               D(2026, 1, 28, 14, 37, 51),
               "<kosy.20260128.143751.30871@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-bank",
            "assignment of a named person's term life policy to a bank: birth date, sum insured, loan number, beneficiary")


@mail
def m016():
    body = """Sehr geehrter Herr Kampmann,

vielen Dank für Ihre Anfrage. Gern beantworte ich Ihre Fragen für den
Artikel über Leistungen der Lebensversicherer in Nordhessen:

1. Wie viele Todesfallleistungen hat die Auenberg 2025 ausgezahlt?
   3.412 Todesfälle, ausgezahlt wurden insgesamt 61,8 Mio. Euro
   (2024: 3.287 Fälle, 58,1 Mio. Euro).

2. Wie lange dauert die Auszahlung?
   Im Mittel 6,2 Arbeitstage nach Eingang der vollständigen Unterlagen;
   in 81 Prozent der Fälle innerhalb von zehn Tagen.

3. Wie oft wird eine Leistung abgelehnt?
   2025 haben wir in 0,7 Prozent der Todesfälle nicht oder nicht voll
   geleistet, meist wegen verletzter Anzeigepflicht bei Vertragsschluss.

4. Woran sterben Ihre Kunden?
   Zu Todesursachen veröffentlichen wir keine Zahlen, auch nicht in
   Gruppen. Das sind sehr persönliche Informationen, die wir nur für die
   Prüfung des einzelnen Falls nutzen.

5. Welche Unterlagen brauchen Hinterbliebene?
   In der Regel die Sterbeurkunde, den Versicherungsschein und bei
   Verträgen ohne benanntes Bezugsrecht einen Erbnachweis. Eine
   Checkliste steht auf unserer Website unter „Im Todesfall“.

Sie dürfen mich mit den Antworten zitieren. Für ein Foto unseres
Vorstands Leben melde ich mich morgen.

""" + SIG["greve"] + "\n\n" + FOOT_DE
    m = simple(who("greve"), "Jens Kampmann <j.kampmann@wirtschaftskurier-nordhessen.example>",
               "AW: Anfrage Todesfallleistungen 2025", D(2026, 1, 29, 16, 2, 18),
               "<FR3P281MB1944C1A0E77B52D6F93A0C8E1B4D2@FR3P281MB1944.DEUP281.PROD.OUTLOOK.example>",
               body, irt="<a71c33e0f2@wirtschaftskurier-nordhessen.example>",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-press",
            "trap: press answer on death benefits, rejections and causes of death in aggregate only")


@mail
def m017():
    body = """Hallo Frau Dr. Ebeling,

ich brauche bitte eine rechtliche Einschätzung zu einem Todesfall, bevor
ich den Hinterbliebenen schreibe.

Vertrag:      RL 7120-558031, Risikoleben, Beginn 01.06.2024,
              Summe 150.000 EUR
Verstorben:   Marco Dinkel, geb. 14.08.1987, gestorben 03.01.2026
Bezugsrecht:  Ehefrau Stefanie Dinkel, hilfsweise die Kinder

In der Sterbeurkunde ist nichts zur Todesart vermerkt, die ärztliche
Bescheinigung (kam gestern) kreuzt „nicht natürlicher Tod“ an, Vermerk
„Ermittlungsverfahren StA Kassel 2026 UJs 114/26“. Die Witwe hat am
Telefon selbst gesagt, ihr Mann habe sich das Leben genommen; er war
wohl seit dem Sommer wegen Depressionen in Behandlung.

Der Tod liegt innerhalb der drei Jahre nach § 161 VVG (Vertragsbeginn
01.06.2024). Nach § 8 unserer AVB leisten wir dann nur, wenn die Tat in
einem die freie Willensbestimmung ausschließenden Zustand krankhafter
Störung der Geistestätigkeit begangen wurde – das müsste die Witwe
nachweisen.

Fragen:
1. Sollen wir die Ermittlungsakte anfordern oder erst die Witwe um
   Unterlagen der behandelnden Ärzte bitten?
2. Wie formulieren wir das Schreiben, ohne dass es herzlos klingt? Die
   Familie hat zwei kleine Kinder.
3. Rückkaufswert auszahlen (Risikoleben: praktisch null) – muss das
   trotzdem in den Bescheid?

Die Akte liegt im Fachverfahren unter TF-2026-00031.

Danke und Gruß
Katrin Overbeck
"""
    m = simple(who("overbeck"), "Dr. Vera Ebeling <vera.ebeling@auenberg-versicherung.example>",
               "Todesfall TF-2026-00031 – bitte Einschätzung § 161 VVG",
               D(2026, 2, 2, 11, 18, 9),
               "<FR3P281MB1572D20F9C1A44E87B3A2D6E0F719@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, cc="Leitung Leistung Leben <leitung-leistung-leben@auenberg-versicherung.example>",
               extra=[("X-Mailer", XM_OUTLOOK), ("Importance", "high")])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "internal",
            "internal death-claim review: named deceased with birth date, suicide within § 161 VVG period, depression, criminal investigation file")


@mail
def m018():
    body = """Sehr geehrter Herr Jäckel,

die Rechnung der Dachdeckerei Börner liegt uns jetzt vor. Für den
Sturmschaden vom 14.01.2026 an Ihrem Wohnhaus Schäferberg 23 in Espenau
(Wohngebäudeversicherung WG 4120-338815, Schaden S-26-000577) ergibt sich:

  Neueindeckung Firstbereich, 18 lfm          1.940,00 €
  Ersatz Dachziegel Frankfurter Pfanne          486,20 €
  Gerüst / Hubsteiger, 1 Tag                    444,35 €
  Rechnungsbetrag brutto                      2.870,55 €
  abzgl. Selbstbehalt                          -250,00 €
  Entschädigung                               2.620,55 €

Den Betrag überweisen wir auf Ihr Konto bei der Raiffeisenbank Hohes
Gras, wie Sie es unten angegeben haben. Bitte bezahlen Sie die Rechnung des
Dachdeckers selbst; eine Abtretung an die Firma liegt uns nicht vor.

""" + SIG["thielemann"] + """

-----Ursprüngliche Nachricht-----
Von: Klaus Jäckel <k.jaeckel@t-net-mail.example>
Gesendet: Freitag, 30. Januar 2026 17:41
An: Thielemann Anja <anja.thielemann@auenberg-versicherung.example>
Betreff: Rechnung Dach Schaden S-26-000577

Sehr geehrte Frau Thielemann,

anbei die Rechnung von Börner. Das Geld bitte auf mein Konto
DE88 8262 5827 1093 9110 52 (Raiffeisenbank Hohes Gras eG), Inhaber Klaus
und Renate Jäckel.

Mit freundlichem Gruß
Klaus Jäckel
"""
    m = simple(who("thielemann"), "Klaus Jäckel <k.jaeckel@t-net-mail.example>",
               "AW: Rechnung Dach Schaden S-26-000577", D(2026, 2, 2, 14, 55, 30),
               "<FR3P281MB2890B44C0E1F7A93D2E6C1B08A5F3@FR3P281MB2890.DEUP281.PROD.OUTLOOK.example>",
               body, charset="windows-1252", cte="quoted-printable",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "buildings storm claim: named customer, insured address, contract/claim number; IBAN in the quoted mail (windows-1252)")


@mail
def m019():
    body = """Liebe Kolleginnen und Kollegen,

nach den vielen Rückfragen zu Erbfällen im letzten Quartal bieten wir
eine interne Praxisschulung an:

  „Wer bekommt die Todesfallleistung? Bezugsrecht, Testament, Erbschein“
  Donnerstag, 19. Februar 2026, 13:30–15:30 Uhr
  Raum 3.14 (Auenberger Ring 12) und per Teams

Themen:
- widerrufliches und unwiderrufliches Bezugsrecht, Bezugsrecht „Ehegatte“
  nach Scheidung
- Leistung in den Nachlass: Erbschein, eröffnetes notarielles Testament,
  Europäisches Nachlasszeugnis
- minderjährige Erben und familiengerichtliche Genehmigung
- Anzeigepflicht an das Finanzamt nach § 33 ErbStG
- Fallbeispiele (anonymisiert, aus Schulungsunterlagen der Akademie)

Referentin ist Frau Dr. Ebeling aus dem Justiziariat, Herr Sommerfeld
ergänzt den steuerlichen Teil. Die Einladung kommt als Kalendereintrag
mit; bitte sagen Sie bis 12.02. zu oder ab.

""" + SIG["overbeck"]
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Katrin Overbeck:mailto:katrin.overbeck@auenberg-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:team-leistung-leben@auenberg-versicherung.example
SUMMARY;LANGUAGE=de-DE:Praxisschulung Bezugsrecht\\, Testament\\, Erbschein
DTSTART;TZID=W. Europe Standard Time:20260219T133000
DTEND;TZID=W. Europe Standard Time:20260219T153000
UID:040000008200E00074C5B7101A82E00800000000A0C1F2E3D4B5DC01000000000000000010000000D210F019
DTSTAMP:20260203T081500Z
LOCATION;LANGUAGE=de-DE:Raum 3.14 / Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    cal = MIMEPart(policy=SMTP)
    cal.set_content(ics, subtype="calendar", charset="utf-8", cte="quoted-printable",
                    params={"method": "REQUEST"}, disposition="attachment",
                    filename="invite.ics")
    m = compose(who("overbeck"), "Team Leistung Leben <team-leistung-leben@auenberg-versicherung.example>",
                "Einladung: Praxisschulung Bezugsrecht, Testament, Erbschein (19.02.)",
                D(2026, 2, 3, 9, 15, 0),
                "<FR3P281MB1572E71B0D3C44A2F96C0E1D8B3A5@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
                "_000_FR3P281MB1572E71B0D3C44A2F96C0E1D8B3A5FR3P281MB1572DEUP_",
                [text(body), cal], extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: training invitation on death benefits, heirs, wills and inheritance-tax reporting; no case, no person")


@mail
def m020():
    body = """Dear Mr Bowdon,

Every year we ask our annuitants who live outside Germany to confirm that
the pension is still being paid to the right person. This is our annual
request for your life certificate.

  Annuity contract:    RV-P 118 004 572 (deferred annuity, in payment
                       since 01.11.2019)
  Annuitant:           Terence Bowdon, born 22 March 1953
  Monthly annuity:     EUR 612.48 (from 1 January 2026 incl. surplus)
  Paid to:             Banco Atlantico Sul, IBAN PT18 0035 0027 0009 8152 3067 1

Please have the enclosed form signed by your local Junta de Freguesia, a
notary or the British consulate and send it back to us by 31 March 2026.
A scan by e-mail is fine; we do not need the original.

If we do not receive the certificate by the end of April, we have to
suspend the payments until it arrives. Payments are then made up in full.

""" + SIG["aydin"] + "\n\n" + FOOT_EN
    m = simple(who("aydin"), "Terence Bowdon <tbowdon@algarve-mail.example>",
               "Annual life certificate 2026 - annuity RV-P 118 004 572",
               D(2026, 2, 4, 10, 2, 11),
               "<kosy.20260204.100211.30990@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "annuity in payment (life line): annuitant's birth date, pension amount and foreign IBAN")


@mail
def m021():
    body = """Hi Maren,

thanks for the renewal submission for Jan Voss (trading as Voss Yacht
Interiors, sole trader, Flensburg). I've gone through it and can offer
the following for the general liability renewal from 1 March 2026:

  Policy:             BHV 0915-22071
  Declared turnover:  EUR 412,000 (2025), up from EUR 355,000
  Employees:          4 incl. 1 apprentice
  Limit:              EUR 5m combined single limit
  Deductible:         EUR 500 property damage
  Premium:            EUR 2,184.00 net (+ 19 % insurance tax)

The increase is driven by the higher turnover; the rate per mille stays
the same. Works on board of chartered yachts abroad remain covered up to
EUR 1m, as before.

Because Mr Voss is a sole trader, please note he signs the renewal
personally, not the company. Let me know by 20 February if he accepts.

""" + SIG["whitfield"] + "\n\n" + FOOT_EN
    m = simple(who("whitfield"), "Maren Tietjen <m.tietjen@harbour-brokers.example>",
               "RE: Renewal BHV 0915-22071 Voss Yacht Interiors",
               D(2026, 2, 5, 12, 30, 44),
               "<FR3P281MB3127A0D51E4C9B27F3E6D01A8C42B@FR3P281MB3127.DEUP281.PROD.OUTLOOK.example>",
               body, charset="us-ascii", cte="7bit",
               irt="<VI1PR06MB4418C3D2E9F1A@VI1PR06MB4418.eurprd06.prod.outlook.example>",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-broker",
            "commercial liability of a sole trader (natural person): policy number, turnover (business income), premium")


@mail
def m022():
    hr_body = """Sehr geehrter Herr Lüdecke,

anbei die Neuanmeldungen für die Direktversicherung (Gruppenvertrag
GV 1120-08) zum 01.03.2026. Alle drei haben die Entgeltumwandlung
unterschrieben, die Vereinbarungen schicke ich per Post.

Bei Herrn Schüler bitte beachten: er ist ab 01.04. in Elternzeit
(Teilzeit 20 Std.), ob er den Beitrag dann weiterzahlt, klären wir noch.

Mit freundlichen Grüßen
Dagmar Pohl
Personal / Lohnbuchhaltung
Heizungsbau Krämer GmbH
Industriestr. 8, 34260 Kaufungen"""
    body = """Stefan,

bitte die Anmeldungen aus der Tabelle in bAV-Verwaltung einspielen,
Beginn 01.03. Arbeitgeberzuschuss jeweils 15 %. Danke!

Frank

-----Ursprüngliche Nachricht-----
Von: Dagmar Pohl <d.pohl@kraemer-heizungsbau.example>
Gesendet: Donnerstag, 5. Februar 2026 11:02
An: Lüdecke Frank <frank.luedecke@auenberg-versicherung.example>
Betreff: Neuanmeldungen DV zum 01.03.2026

""" + hr_body + "\n"
    rows = [["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Brutto mtl. EUR",
             "Umwandlung mtl. EUR", "AG-Zuschuss EUR", "Steuerklasse"],
            ["1047", "Schüler", "Dominik", "1994-07-19", "2021-08-01", 3480.00, 150.00, 22.50, "III"],
            ["1062", "Arslan", "Elif", "2001-02-27", "2024-09-01", 2650.00, 80.00, 12.00, "I"],
            ["1068", "Hoffmeister", "Bernd", "1971-11-05", "2025-10-15", 4120.00, 250.00, 37.50, "IV"]]
    x = xlsx([("Neuanmeldungen", rows)], author="Dagmar Pohl",
             created="2026-02-05T09:48:00Z", when=(2026, 2, 5, 9, 48, 0))
    m = compose(who("luedecke"), who("albers"),
                "WG: Neuanmeldungen DV zum 01.03.2026", D(2026, 2, 5, 13, 4, 27),
                "<FR3P281MB4410C2A9E07D1F35B6E4A0C9D17E8@FR3P281MB4410.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0233_01DC9651.9D4A7E20",
                [text(body), blob(x, MIME_XLSX, "Neuanmeldungen_DV_03-2026.xlsx")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "employer",
            "employer HR's enrolment list for a company direct-insurance (life) scheme: names, birth dates, salaries in XLSX; parental leave in the forwarded text")


@mail
def m023():
    body = """Guten Tag Herr Yilmaz,

danke für Ihr Interesse an einer Risikolebensversicherung. Gern die
wichtigsten Punkte vorab:

Was ist versichert? Stirbt die versicherte Person während der Laufzeit,
zahlen wir die vereinbarte Summe an die Person, die Sie als
Bezugsberechtigte bestimmen – zum Beispiel Ihre Partnerin. Am Ende der
Laufzeit gibt es keine Auszahlung; deshalb ist der Beitrag niedrig.

Wie hoch sollte die Summe sein? Als Faustregel gilt das Drei- bis
Fünffache des Bruttojahreseinkommens des Hauptverdieners, bei einer
Baufinanzierung mindestens die Restschuld.

Was wird gefragt? Im Antrag stellen wir Fragen zum Gesundheitszustand
der letzten fünf bzw. zehn Jahre, zu Größe und Gewicht, zum Rauchen und zu
gefährlichen Hobbys. Bitte beantworten Sie diese vollständig – sonst
kann der Schutz im Ernstfall gefährdet sein.

Den Beitrag können Sie in unserem Online-Rechner in zwei Minuten
ermitteln: https://www.auenberg-versicherung.example/risikoleben/rechner
Wenn Sie möchten, ruft Sie auch gern ein Berater zurück – schreiben Sie
mir einfach eine Telefonnummer und eine passende Uhrzeit.

""" + SIG["wendeborn"] + "\n\n" + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Can Yilmaz <can.yilmaz@mailfuchs.example>
Gesendet: Donnerstag, 5. Februar 2026 22:10
An: service@auenberg-versicherung.example
Betreff: Risikolebensversicherung Info

Hallo, wir überlegen eine Risiko LV abzuschließen. Wie funktioniert das
und wie viel sollte man versichern? Danke
"""
    m = simple(who("wendeborn"), "Can Yilmaz <can.yilmaz@mailfuchs.example>",
               "AW: Risikolebensversicherung Info", D(2026, 2, 6, 9, 41, 0),
               "<FR3P281MB5021D9E3A1C07B44F2E8D6A0C1B97@FR3P281MB5021.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-prospect",
            "trap: prospect's general question on term life answered with product facts (health questions, death benefit); no contract or personal data")


@mail
def m024():
    body = """Sehr geehrter Herr Ortmann,

für Ihre Auseinandersetzung mit der Vermieterin wegen der Mieterhöhung
erteilen wir Deckungszusage:

  Rechtsschutzvertrag:  RS 5540-1187 (Privat-, Berufs- und Wohnungs-RS)
  Schadennummer:        RS-2026-00722
  Gegner:               Hausverwaltung Kleine & Sohn GmbH für die
                        Eigentümerin Frau Ursula Brandt
  Mietobjekt:           Wilhelmshöher Allee 201, 2. OG links, Kassel
  Gegenstand:           Mieterhöhungsverlangen vom 12.12.2025
                        (von 780 auf 905 EUR kalt)
  Umfang:               außergerichtliche und gerichtliche Vertretung
                        in erster Instanz, Selbstbeteiligung 150 EUR

Sie haben Rechtsanwältin Sommer aus Kassel beauftragt; sie kann direkt
mit uns abrechnen. Bitte geben Sie ihr unsere Schadennummer.

""" + SIG["demirci"] + "\n\n" + FOOT_DE
    m = simple(who("demirci"), "Sebastian Ortmann <s.ortmann@webmailer.example>",
               "Deckungszusage RS-2026-00722 Mieterhöhung",
               D(2026, 2, 6, 11, 25, 36),
               "<kosy.20260206.112536.31144@kosy.auenberg-versicherung.example>",
               body, cc="Kanzlei Sommer <kanzlei@ra-sommer-kassel.example>",
               extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "legal expenses cover for a named customer's tenancy dispute: contract/claim number, address, rent")


@mail
def m025():
    body = """Sehr geehrte Frau Becker-Nuñez,

wir haben Ihre eingereichten Rechnungen geprüft. Hier die Abrechnung zu
Ihrem Vertrag KV 301 775 092 (Tarif AmbuPlus 80):

  Beleg  Leistungserbringer              Datum       Betrag     erstattet
  1      Dr. med. Jörg Weiland,          08.12.2025  214,48 EUR 214,48 EUR
         Orthopädie (GOÄ 1, 5, 3306,
         Diagnose M54.16 Lumbale
         Radikulopathie)
  2      Radiologie am Klinikum,         15.12.2025  571,22 EUR 571,22 EUR
         MRT LWS (GOÄ 5700, 5731)
  3      Physiopraxis Brückner,          Jan. 2026   198,00 EUR 158,40 EUR
         6 x Krankengymnastik
         (Erstattung 80 % laut Tarif)
  4      Apotheke am Ständeplatz,        16.12.2025   23,67 EUR   0,00 EUR
         Ibuprofen 600 (nicht
         verschreibungspflichtig)

  Summe erstattet                                               944,10 EUR

Zu Beleg 4: Nicht verschreibungspflichtige Arzneimittel sind in Ihrem
Tarif leider nicht versichert, auch wenn sie ärztlich verordnet wurden.

Die Erstattung geht in den nächsten Tagen auf Ihr bekanntes Konto. Eine
Beitragsrückerstattung für 2026 ist damit nicht mehr möglich.

""" + SIG["nolting"] + "\n\n" + FOOT_DE
    m = simple(who("nolting"), "Lucía Becker-Nuñez <lucia.becker@posteo-mail.example>",
               "Leistungsabrechnung zu Ihren Rechnungen vom Januar",
               D(2026, 2, 9, 8, 52, 19),
               "<kosy.20260209.085219.31230@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "private health reimbursement for a named customer: diagnosis M54.16, MRI, physiotherapy, medication")


@mail
def m026():
    body = """Hello Mr Okafor,

ahead of the go-live of the new payment hub, here are the test cases for
the monthly annuity payment run (pain.001.001.09, SEPA credit transfer,
batch booking = false).

Please load the attached file into your test system. All payees are
invented; the IBANs are the published example IBANs of the German
Bundesbank / the ISO 13616 examples, so no real account can be hit even
if a file leaks into production by mistake:

  TC-01  "Test Annuitant Eins"   DE89 3704 0044 0532 0130 00   EUR 612.48
  TC-02  "Test Annuitant Zwei"   DE89 3704 0044 0532 0130 00   EUR   0.01
  TC-03  "Test Annuitant Drei"   AT61 1904 3002 3457 3201      EUR 288.10
  TC-04  "Test Annuitant Vier"   NL91 ABNA 0417 1643 00        EUR 1,502.00
  TC-05  invalid check digits    DE00 3704 0044 0532 0130 00   must be rejected

Expected results are in the last column. TC-05 must end up in the error
report, not in the XML. The remittance information field should read
"RENTE 2026-03 VERTRAG <contract no.>" - we use the dummy contract
number 0000-000000 for all cases.

Our test window is 2-6 March. Please confirm by Friday that the SFTP
account for the test environment is set up.

""" + SIG["nowicka"] + "\n\n" + FOOT_EN
    tsv = ("case\tpayee\tiban\tamount_eur\tremittance\texpected\n"
           "TC-01\tTest Annuitant Eins\tDE89370400440532013000\t612.48\tRENTE 2026-03 VERTRAG 0000-000000\tin XML\n"
           "TC-02\tTest Annuitant Zwei\tDE89370400440532013000\t0.01\tRENTE 2026-03 VERTRAG 0000-000000\tin XML\n"
           "TC-03\tTest Annuitant Drei\tAT611904300234573201\t288.10\tRENTE 2026-03 VERTRAG 0000-000000\tin XML\n"
           "TC-04\tTest Annuitant Vier\tNL91ABNA0417164300\t1502.00\tRENTE 2026-03 VERTRAG 0000-000000\tin XML\n"
           "TC-05\tTest Invalid\tDE00370400440532013000\t10.00\tRENTE 2026-03 VERTRAG 0000-000000\terror report\n")
    m = compose(who("nowicka"), "Chinedu Okafor <c.okafor@payflow-systems.example>",
                "Test cases annuity payment run (pain.001) - payment hub",
                D(2026, 2, 10, 10, 14, 2),
                "<FR3P281MB2245E1C07A9D3B4F86E2D0A1C5B39@FR3P281MB2245.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0318_01DC9A1E.4471B0F0",
                [text(body), textfile(tsv, "tab-separated-values", "testcases_annuity_run.tsv")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-supplier",
            "trap: payment test cases with published example IBANs (one deliberately invalid) and invented payees, annuity vocabulary")


@mail
def m027():
    body = """Sehr geehrte Damen und Herren,

anbei übersenden wir Ihnen die Anzeige nach § 33 Abs. 3 ErbStG in
Verbindung mit § 3 ErbStDV über die Auszahlung einer Versicherungsleistung
aus Anlass eines Todesfalls.

Bei Rückfragen erreichen Sie mich unter der unten angegebenen Nummer.

""" + SIG["sommerfeld"] + "\n\n" + FOOT_DE
    lines = [
        "# Anzeige über die Auszahlung von Versicherungssummen",
        "(§ 33 Abs. 3 ErbStG, § 3 ErbStDV)",
        "",
        "An das Finanzamt Kassel - Erbschaftsteuerstelle -",
        "Versicherungsunternehmen: Auenberg Lebensversicherung AG, Auenberger Ring 12, 34121 Kassel",
        "Aktenzeichen des Versicherers: TF-2026-00004",
        "",
        "## 1. Versicherungsnehmer / versicherte Person",
        "Name, Vorname: Hartwig, Werner",
        "Geburtsdatum: 21.05.1957",
        "Letzte Anschrift: Am Rosenhang 7, 34225 Baunatal",
        "Todestag: 02.01.2026",
        "",
        "## 2. Versicherungsvertrag",
        "Versicherungsnummer: LV 4471-203958 (Kapitallebensversicherung)",
        "Versicherungsnehmer: der Verstorbene",
        "",
        "## 3. Auszahlung",
        "Empfänger: Hartwig, Gisela, geb. 09.09.1959, Am Rosenhang 7, 34225 Baunatal",
        "Verhältnis zum Verstorbenen: Ehefrau, unwiderruflich bezugsberechtigt",
        "Versicherungssumme: 48.000,00 EUR",
        "Überschussbeteiligung: 4.314,77 EUR",
        "Ausgezahlter Betrag: 52.314,77 EUR",
        "Tag der Auszahlung: 24.02.2026",
        "",
        "Kassel, 26.02.2026",
        "Auenberg Lebensversicherung AG - Steuern & Meldewesen",
    ]
    att = blob(pdf([lines], title="Anzeige 33 ErbStG TF-2026-00004",
                    date="20260226101233+01'00'"),
               "application/pdf", "Anzeige_33_ErbStG_TF-2026-00004.pdf")
    m = compose(who("sommerfeld"), "Finanzamt Kassel Erbschaftsteuer <erbschaftsteuer.fa-kassel@finanzverwaltung-hessen.example>",
                "Anzeige § 33 ErbStG – Az. TF-2026-00004",
                D(2026, 2, 26, 10, 20, 45),
                "<kosy.20260226.102045.32019@kosy.auenberg-versicherung.example>",
                "=_kosy_32019_mix", [text(body), att],
                extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
            "inheritance-tax notification to the tax office; harmless body, the PDF names the deceased and the widow with birth dates and the life payout")


@mail
def m028():
    body = """Hallo Herr Vogelsang,

wie im Gespräch mit Ihrer Teamleitung vereinbart, passen wir Ihr Gehalt
zum 01.04.2026 an:

  bisher:  4.380,00 EUR brutto monatlich (Tarifgruppe VII, Stufe 3)
  neu:     4.560,00 EUR brutto monatlich (Tarifgruppe VII, Stufe 4)

Die Anpassung erscheint erstmals auf der Abrechnung für April. Das
offizielle Schreiben liegt ab Montag zur Unterschrift im HR-Portal.

""" + SIG["freese"]
    m = simple(who("freese"), "Matthias Vogelsang <matthias.vogelsang@auenberg-versicherung.example>",
               "Ihre Gehaltsanpassung zum 01.04.2026",
               D(2026, 2, 11, 15, 3, 20),
               "<FR3P281MB0377C4E91A2D0F6B37E5C8D1A0F24@FR3P281MB0377.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK), ("Sensitivity", "Private")])
    return (m, "CONFIDENTIAL", "de", "internal",
            "salary change of a named employee (income figures)")


@mail
def m029():
    body = """Passt, ich übernehme Freitag. Schick mir nur die zwei offenen Rückrufe.

Jonas

""" + IPHONE_DE + """

> Am 11.02.2026 um 17:22 schrieb Overbeck Katrin <katrin.overbeck@auenberg-versicherung.example>:
>
> Kannst du mich Freitag vertreten? Bin auf der Hochzeit meiner Schwester
> in Hamburg. Sind nur Posteingang + Telefon.
>
> Danke, K.
"""
    m = simple(who("riedmueller"), "Katrin Overbeck <katrin.overbeck@auenberg-versicherung.example>",
               "Re: Vertretung Freitag", D(2026, 2, 11, 17, 40, 5),
               "<E91B3C20-7A4F-4D85-B6E1-0C2D9F37A815@auenberg-versicherung.example>",
               body, irt="<FR3P281MB1572A11D0E3C2F4B59A7E8C6D0B12@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               extra=[("X-Mailer", XM_IPHONE)])
    return (m, "NORMAL", "de", "internal",
            "short mobile reply arranging cover for a colleague (family wedding); nothing sensitive")


@mail
def m030():
    body = """Dear Ms Haverkamp,

Re: Death of Mr Gerald Stanton - term life policy RL 3905-772214
Your client: Mrs Helen Stanton

Thank you for your letter of 4 February, in which you claim the death
benefit of EUR 180,000 for your client.

The facts as we know them:

- Mr Stanton (born 30 October 1962) took out the policy on 1 April 2008.
  The beneficiary was designated as "my wife" ("meine Ehefrau"), without a
  name.
- At that time he was married to your client. The marriage was dissolved
  in 2019.
- In 2021 Mr Stanton married Mrs Marta Stanton, who has also claimed the
  benefit through her solicitors.
- Mr Stanton died on 11 January 2026 in Kassel.

Under established German case law, a designation "my wife" is normally
read as referring to the spouse at the time of the designation, unless
there are indications that the policyholder meant otherwise. Mrs Marta
Stanton's solicitors argue that such indications exist (a handwritten
note found among his papers). We cannot resolve this question ourselves.

As two parties claim the same benefit, we intend to deposit the amount
with the Local Court of Kassel (Hinterlegungsstelle) and waive the right
to take it back, unless both parties agree on a distribution by
13 March 2026. We have written to the other side in the same terms.

""" + SIG["brandauer"] + "\n\n" + FOOT_EN
    m = simple(who("brandauer"), "Fiona Haverkamp <f.haverkamp@haverkamp-legal.example>",
               "Death benefit RL 3905-772214 (Stanton) - competing claims",
               D(2026, 2, 12, 11, 9, 33),
               "<FR3P281MB0934A3D7F0E1C25B84C9A6E0D2F17@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
            "death benefit dispute on a named deceased's term life policy: birth date, divorce, two claimant spouses")


@mail
def m031():
    body = """Sehr geehrter Herr Kriminaloberkommissar Heise,

zu Ihrer Anfrage vom 10.02.2026 (Ihr Az. ST/0412877/2025) teilen wir mit:

  Fahrzeug:        BMW X3 xDrive20d, Farbe schwarz
  FIN:             WBAUZ71030LX48215
  amtl. Kennzeichen (bis zum Diebstahl): KS-RW 7112
  Halter/VN:       Herr Robert Wachholz, Kassel
  Vertrag:         Vollkasko KF 31 440 187
  Schaden:         KS-2025-019944, Diebstahl gemeldet am 03.11.2025

Wir haben den Wiederbeschaffungswert am 19.01.2026 an den
Versicherungsnehmer ausgezahlt. Nach unseren Bedingungen ist das Eigentum
am Fahrzeug damit auf uns übergegangen. Sollte das Fahrzeug in Polen
sichergestellt worden sein, bitten wir um Mitteilung, wo es steht; die
Abholung organisiert unser Restwertdienstleister.

Unterlagen zur Eigentumsübertragung (Zulassungsbescheinigung Teil II im
Original) liegen uns vor und können auf Anforderung übersandt werden.

""" + SIG["kowalczyk"] + "\n\n" + FOOT_DE
    m = simple(who("kowalczyk"), "KOK Heise <k.heise@polizei-nordhessen.example>",
               "Ihre Anfrage Az. ST/0412877/2025 – BMW X3 KS-RW 7112",
               D(2026, 2, 12, 14, 47, 10),
               "<FR3P281MB1572F0E9A4D3C21B67E8A5D0C3B94@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-authority",
            "answer to police on a stolen car: named policyholder, VIN, plate, contract/claim number and payout")


@mail
def m032():
    body = """Hallo zusammen,

hier das Kurzprotokoll unseres Datenschutz-Jour-fixe Leben vom 12.02.2026.

Teilnehmende: Markworth (DSB), Overbeck, Riedmüller, Albers, Dr. Ebeling

1. Todesbescheinigungen
   Hinterbliebene schicken uns immer wieder die vollständige
   Todesbescheinigung inklusive des vertraulichen Teils. Wir brauchen
   aber nur die Sterbeurkunde und unser eigenes Formular „Ärztliches
   Zeugnis im Todesfall“. Beschluss: Die Checkliste auf der Website und
   der Anschreiben-Textbaustein werden angepasst; überzählige Unterlagen
   werden nach dem Scan nicht in die E-Akte übernommen, sondern dem
   Einsender zurückgeschickt oder vernichtet.

2. Todesursache im Fachverfahren
   Das Freitextfeld „Todesursache“ ist für alle Sachbearbeiter im
   Bestand sichtbar. Vorschlag Albers: Feld in die Leistungsmaske
   verschieben (Berechtigung nur Leistung Leben). Umsetzung mit Release
   26.2, Verantwortlich Albers.

3. Mails an Hinterbliebene
   Anschreiben mit Gesundheits- oder Vertragsdaten nur noch über das
   Secure-Mail-Gateway oder das Kundenportal, nicht als normale Mail.
   Rückfragen ohne Inhalt („Bitte rufen Sie uns an“) sind unkritisch.

4. Löschfristen Leistungsakten Todesfall
   bleibt bei 10 Jahren nach Abschluss; Prüfung der Ausnahme bei
   streitigen Fällen bis zur Klärung.

Nächster Termin: 14.05.2026.

""" + SIG["markworth"]
    m = simple(who("markworth"), "Jour-fixe DS Leben <jf-datenschutz-leben@auenberg-versicherung.example>",
               "Protokoll Datenschutz-Jour-fixe Leben 12.02.2026",
               D(2026, 2, 13, 8, 30, 14),
               "<FR3P281MB0788B2E0D1A9C34F75E6A0B8C9D23@FR3P281MB0788.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: data-protection minutes about death certificates and causes of death in general; no case or person")


@mail
def m033():
    body = """Sehr geehrter Herr Pfeiffer,

als Versicherer sind wir verpflichtet, Ihre Rentenzahlungen jedes Jahr
an die Zentrale Zulagenstelle für Altersvermögen zu melden
(Rentenbezugsmitteilung nach § 22a EStG). Dafür benötigen wir Ihre
steuerliche Identifikationsnummer.

Unsere maschinelle Abfrage beim Bundeszentralamt für Steuern war leider
nicht erfolgreich. Der Grund ist vermutlich, dass Ihr Name bei uns als
"Pfeifer" (mit einem f) gespeichert war; wir haben das inzwischen
korrigiert.

  Vertrag:           PR 2260-119933 (private Rentenversicherung)
  Rentenempfänger:   Egon Pfeiffer, geb. 04.06.1949
  Rente seit:        01.07.2014, derzeit 288,10 EUR monatlich

Bitte teilen Sie uns Ihre 11-stellige Identifikationsnummer mit. Sie
finden sie auf Ihrem Einkommensteuerbescheid oder auf dem Schreiben des
Bundeszentralamts für Steuern aus dem Jahr 2008. Antworten Sie gern
einfach auf diese E-Mail oder rufen Sie mich an.

""" + SIG["sommerfeld"] + "\n\n" + FOOT_DE
    m = simple(who("sommerfeld"), "Egon Pfeiffer <egon.pfeiffer@t-net-mail.example>",
               "Ihre Rente PR 2260-119933: Steuer-Identifikationsnummer",
               D(2026, 2, 16, 9, 5, 51),
               "<kosy.20260216.090551.32233@kosy.auenberg-versicherung.example>",
               body, charset="iso-8859-1", cte="8bit",
               extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "private annuity in payment: named annuitant with birth date, pension amount, tax-ID request (iso-8859-1, 8bit)")


@mail
def m034():
    body = """Rebecca, all,

for Thursday's ALM committee: surrender and lapse experience Q4 2025,
portfolio level. Full workbook attached.

Key points
* Annualised surrender rate, all products: 3.1 % (Q4 2024: 2.6 %).
* The increase is concentrated in old-generation endowments with 3.25 %
  and 4 % guarantees in policy years 15-20 - customers take the money
  for home purchases; we see no sign of interest-driven mass lapse.
* Policy loans outstanding: EUR 41.2m, up 6 % q/q; average loan 7,900.
* Paid-up conversions stable.

I suggest we keep the lapse stress in the ORSA unchanged.

Tobias

""" + SIG["hegemann"]
    rows = [["Product group", "Guarantee", "Policies in force 31.12.", "Surrenders Q4",
             "Annualised rate", "Paid-up Q4", "Policy loans EUR"],
            ["Endowment (KLV)", "4.00 %", 48211, 512, 0.0425, 301, 18400000],
            ["Endowment (KLV)", "3.25 %", 61077, 498, 0.0326, 344, 12900000],
            ["Endowment (KLV)", "<= 2.25 %", 39880, 187, 0.0188, 220, 4100000],
            ["Deferred annuity", "all", 122904, 611, 0.0199, 702, 5800000],
            ["Unit-linked", "none", 57310, 802, 0.0560, 119, 0],
            ["Term life", "n/a", 166420, 1390, 0.0334, 0, 0],
            ["Total", "", 495802, 4000, 0.0311, 1686, 41200000]]
    x = xlsx([("Q4 2025", rows)], author="Tobias Hegemann",
             created="2026-02-16T17:40:00Z", when=(2026, 2, 16, 17, 40, 0))
    m = compose(who("hegemann"), ["Rebecca Hale <rebecca.hale@auenberg-versicherung.example>",
                                  "ALM-Komitee <alm-komitee@auenberg-versicherung.example>"],
                "Surrender & lapse Q4 2025 for ALM committee",
                D(2026, 2, 17, 8, 2, 40),
                "<FR3P281MB2003C9D1E7A0B45F62E3C8A1D0B76@FR3P281MB2003.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0402_01DC9FF0.6E1A2C80",
                [text(body), blob(x, MIME_XLSX, "Surrender_Lapse_Q4-2025.xlsx")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "internal",
            "trap: portfolio surrender, lapse and policy-loan statistics (aggregate counts and amounts only)")


@mail
def m035():
    body = """Dear Mr Grant,

I'm happy to tell you that we'll cover Baxter's operation. Here is the
breakdown for your dog health policy TK 7781-0204 (Labrador, male, born
2019):

  Vet clinic Dr. Annika Roloff, invoice 2026-0193
  Cruciate ligament surgery (TPLO), right hind leg   EUR 1,620.00
  Anaesthesia and aftercare, 2 nights                 EUR   220.00
  Total                                               EUR 1,840.00
  Reimbursement 80 %                                  EUR 1,472.00

The amount goes to your account DE77 4468 9697 0690 0864 82 within the
next five working days. Your annual limit for operations (EUR 5,000) has
EUR 3,528 left for 2026.

We wish Baxter a quick recovery!

""" + SIG["wendeborn"]
    m = simple(who("wendeborn"), "Oliver Grant <oliver.grant@webmailer.example>",
               "Baxter's surgery - your claim TK-S-2026-0088",
               D(2026, 2, 17, 13, 26, 55),
               "<kosy.20260217.132655.32301@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "pet health claim (animal, not human health): named customer, policy number and IBAN")


@mail
def m036():
    body = """Sehr geehrter Herr Roth,

vielen Dank, damit ist alles vollständig. Sie hören in den nächsten
Tagen von uns.

""" + SIG["overbeck"] + """

-----Ursprüngliche Nachricht-----
Von: Daniel Roth <daniel.roth@netpost.example>
Gesendet: Dienstag, 17. Februar 2026 21:33
An: Overbeck Katrin <katrin.overbeck@auenberg-versicherung.example>
Betreff: AW: Lebensversicherung Manfred Roth, LV 2804-117260

Hallo Frau Overbeck,

hier jetzt noch die fehlende Bescheinigung vom Klinikum. Mein Vater ist
ja am 28.01. auf der Stroke Unit gestorben, 5 Tage nach dem
Schlaganfall, er war davor nie ernsthaft krank außer dem Bluthochdruck.
Der Arzt hat Hirnblutung (I61.0) eingetragen. Ich hoffe das reicht so.

Die Kontonummer von mir und meiner Schwester als Erbengemeinschaft
kommt vom Notar, der hat das Konto eingerichtet.

Viele Grüße
Daniel Roth

-----Ursprüngliche Nachricht-----
Von: Overbeck Katrin
Gesendet: Montag, 16. Februar 2026 10:12
An: Daniel Roth
Betreff: Lebensversicherung Manfred Roth, LV 2804-117260

Sehr geehrter Herr Roth,

für die Auszahlung der Lebensversicherung Ihres Vaters fehlt uns noch
die ärztliche Bescheinigung zur Todesursache. Da kein Bezugsberechtigter
benannt ist, fällt die Leistung in den Nachlass; der Erbschein vom
Amtsgericht Kassel liegt uns bereits vor.
"""
    m = simple(who("overbeck"), "Daniel Roth <daniel.roth@netpost.example>",
               "AW: Lebensversicherung Manfred Roth, LV 2804-117260",
               D(2026, 2, 18, 8, 44, 3),
               "<FR3P281MB1572C3D0A7E9B21F48D6E1C0A5B38@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
            "short thank-you reply; the quoted history names the deceased, his stroke, ICD I61.0 and the life policy")


@mail
def m037():
    plain = """Auenberg Maklerinfo 02/2026

Neu ab 1. März: Auenberg BU Komfort 2026

Liebe Vertriebspartnerinnen und Vertriebspartner,

ab dem 1. März können Sie unsere neue Berufsunfähigkeitsversicherung
anbieten. Die wichtigsten Neuerungen:

* Gesundheitsfragen: Abfragezeitraum für ambulante Behandlungen fünf
  statt zehn Jahre, stationär weiterhin zehn Jahre. Psychotherapie wird
  fünf Jahre abgefragt.
* Vereinfachte Gesundheitsprüfung für Berufseinsteiger bis 30 Jahre und
  Renten bis 1.500 EUR: nur drei Fragen.
* Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bei Heirat,
  Geburt, Gehaltssprung ab 10 %.
* Infektionsklausel für Heilberufe, Ärzte und Zahnärzte.
* Leistung schon bei sechs Monaten Krankschreibung (AU-Klausel), bis zu
  36 Monate.

Risikovoranfragen stellen Sie weiterhin anonym über das Maklerportal.
Bitte senden Sie uns keine Arztberichte per normaler E-Mail, sondern
nutzen Sie den Upload im Portal.

Webinar: 26.02.2026, 10:00 Uhr, Anmeldung im Maklerportal.

Ihre Vertriebspartnerbetreuung
Auenberg Versicherungsgruppe
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px">
<p style="font-size:11px;color:#777">Auenberg Maklerinfo 02/2026</p>
<h2 style="color:#0d4a6b">Neu ab 1. M&auml;rz: Auenberg BU Komfort 2026</h2>
<p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>
<p>ab dem 1. M&auml;rz k&ouml;nnen Sie unsere neue Berufsunf&auml;higkeitsversicherung anbieten. Die wichtigsten Neuerungen:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#dde8ef"><th>Merkmal</th><th>BU Komfort 2026</th></tr>
<tr><td>Gesundheitsfragen ambulant</td><td>5 Jahre (bisher 10)</td></tr>
<tr><td>Gesundheitsfragen station&auml;r</td><td>10 Jahre</td></tr>
<tr><td>Psychotherapie</td><td>5 Jahre</td></tr>
<tr><td>Vereinfachte Pr&uuml;fung</td><td>bis 30 Jahre, Rente bis 1.500&nbsp;EUR, drei Fragen</td></tr>
<tr><td>Nachversicherungsgarantie</td><td>Heirat, Geburt, Gehaltssprung ab 10&nbsp;%</td></tr>
<tr><td>Infektionsklausel</td><td>Heilberufe, &Auml;rzte, Zahn&auml;rzte</td></tr>
<tr><td>AU-Klausel</td><td>ab 6 Monaten Krankschreibung, bis 36 Monate</td></tr>
</table>
<p>Risikovoranfragen stellen Sie weiterhin anonym &uuml;ber das Maklerportal. Bitte senden Sie uns
<b>keine Arztberichte per normaler E-Mail</b>, sondern nutzen Sie den Upload im Portal.</p>
<p>Webinar: 26.02.2026, 10:00 Uhr, Anmeldung im Maklerportal.</p>
<p>Ihre Vertriebspartnerbetreuung<br>Auenberg Versicherungsgruppe</p>
</body></html>
"""
    m = compose(who("krueger"), "Maklerinfo Verteiler <maklerinfo@auenberg-versicherung.example>",
                "Maklerinfo 02/2026: Neue BU Komfort 2026 ab 1. März",
                D(2026, 2, 18, 7, 0, 0),
                "<maklerinfo-2026-02.4418@news.auenberg-versicherung.example>",
                "=_alt_maklerinfo_0226", [text(plain), text(html, subtype="html")],
                subtype="alternative", extra=[("Precedence", "bulk")])
    return (m, "NORMAL", "de", "insurer-to-broker",
            "trap: broker newsletter on a disability product with health-question periods, psychotherapy and sick-leave clauses; no person")


@mail
def m038():
    body = """Dear Ines,

please find below a facultative submission we would like you to look at
before Friday.

Applicant:        Karsten Holm, male, born 11 May 1973 (age 52)
Occupation:       managing partner, logistics company, office only
Product:          level term life, 15 years
Sum assured:      EUR 2,500,000 (our retention EUR 500,000)
Purpose:          key-person cover / shareholder protection

Medical
- Type 2 diabetes mellitus diagnosed 2017 (E11.9), on metformin
  1,000 mg twice daily, no insulin
- HbA1c 7.4 % (Dec 2025), 7.1 % (June 2025)
- BP 142/88 on ramipril 5 mg
- BMI 31.2 (186 cm, 108 kg)
- No retinopathy, nephropathy or neuropathy reported; eGFR 84
- Non-smoker, alcohol 5 units/week
- Father died of myocardial infarction aged 61

Our medical officer Dr Salzmann suggests +75 % extra mortality, no
exclusions. GP report and lab values are in the portal under case
FAC-2026-017; I have not attached them here.

Could you let me know whether you can follow our rating?

""" + SIG["brandauer"] + "\n\n" + FOOT_EN
    m = simple(who("brandauer"), "Dr Ines Marsh <ines.marsh@lumen-re.example>",
               "Facultative submission FAC-2026-017 - term life EUR 2.5m",
               D(2026, 2, 18, 15, 12, 48),
               "<FR3P281MB0934C8E2D1B7A04F93E6A1C0D5B28@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
               body, cc=who("salzmann"), extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
            "reinsurance submission for a named life applicant: birth date, diabetes E11.9, HbA1c, medication, family history")


@mail
def m039():
    body = """Sehr geehrte Frau Demir,

das Gutachten zu Ihrem Audi A4 Avant (KS-ND 318) liegt vor. Der Schaden
vom 06.02.2026 ist ein wirtschaftlicher Totalschaden:

  Wiederbeschaffungswert (brutto)   14.500,00 EUR
  Restwert (Höchstgebot)            -3.200,00 EUR
  Selbstbeteiligung Vollkasko         -500,00 EUR
  Entschädigung                     10.800,00 EUR

Da das Fahrzeug über die Autobank Nordhessen finanziert ist und die
Zulassungsbescheinigung Teil II dort liegt, zahlen wir nach den
Bedingungen des Sicherungsvertrags zunächst an die Bank. Die Bank hat uns
die Restschuld mit 7.912,40 EUR bestätigt; den Rest von 2.887,60 EUR
erhalten Sie auf Ihr Konto DE87 1022 3761 9870 0805 99.

Gut, dass Sie bei dem Unfall unverletzt geblieben sind. Das Restwertgebot
ist drei Wochen gültig; bitte geben Sie mir Bescheid, wann der Aufkäufer
das Fahrzeug abholen kann.

Schaden KS-2026-002210, Vertrag KF 40 771 305.

""" + SIG["kowalczyk"] + "\n\n" + FOOT_DE
    m = simple(who("kowalczyk"), "Nesrin Demir <nesrin.demir@mailfuchs.example>",
               "Ihr Schaden KS-2026-002210 – Abrechnung Totalschaden",
               D(2026, 2, 19, 10, 7, 36),
               "<kosy.20260219.100736.32480@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "motor total loss: named customer, plate, claim/contract number, loan balance and IBAN; 'unverletzt' only")


@mail
def m040():
    body = """Dear Ms de Vries,

we would like to order the secure destruction of paper archives from our
Kassel site under our framework agreement (contract ref. SSV-2023-04,
data processing agreement dated 1 March 2023).

Scope:
- 140 archive boxes (standard 40 x 30 x 30 cm), sealed
- Content: life insurance policy files and claims files (including
  death claims) whose statutory retention period ended on 31 December
  2025
- Protection class 3, security level P-4 according to DIN 66399

Requirements, as in the agreement:
- collection in locked containers, no subcontractors
- destruction within 5 working days after collection
- certificate of destruction listing the box numbers (AB-2014-0001 to
  AB-2014-0140); we do not need and do not want any list of contents

Preferred collection dates: 9 or 10 March, loading bay, gate 3. Please
let me know which date works and who will drive, so security can issue a
visitor badge.

""" + SIG["pape"] + "\n\n" + FOOT_EN
    m = simple(who("pape"), "Femke de Vries <f.devries@shredsafe.example>",
               "Order: secure destruction of 140 archive boxes (Kassel)",
               D(2026, 2, 19, 14, 40, 22),
               "<FR3P281MB0455C2A1E9D70B34F56E8A0C1D94B@FR3P281MB0455.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-supplier",
            "trap: shredding order for life and death-claim files; box numbers only, no names or contract data")


@mail
def m041():
    body = """Sehr geehrter Herr Dr. Vierling,

Ihre Patientin

  Frau Jasmin Kortmann, geb. 23.08.1991, Lindenstraße 40, 34233 Fuldatal

hat bei uns eine Berufsunfähigkeitsversicherung beantragt (Antrag
BU-A 2026-004471, Rente 1.800 EUR monatlich). Im Antrag hat sie folgende
Angaben gemacht:

  - Hashimoto-Thyreoiditis seit 2018, Einnahme L-Thyroxin 75 µg
  - Bandscheibenvorfall L5/S1 im Frühjahr 2022 (M51.2), konservativ
    behandelt, 10 x Physiotherapie, seither beschwerdefrei
  - zwei Wochen Arbeitsunfähigkeit 11/2024 wegen „Erschöpfung“

Um den Antrag entscheiden zu können, bitten wir Sie um einen kurzen
ärztlichen Bericht:

  1. aktuelle Schilddrüsenwerte (TSH, fT4) und Verlauf,
  2. Befunde zum Bandscheibenvorfall, insbesondere ob neurologische
     Ausfälle bestanden und ob seit 2023 erneut Beschwerden behandelt
     wurden,
  3. Diagnose und Behandlung bei der Arbeitsunfähigkeit 11/2024
     (ICD-Schlüssel der AU-Bescheinigung), ggf. Überweisung an
     Psychotherapie oder Psychiatrie.

Die Schweigepflichtentbindungserklärung von Frau Kortmann vom 02.02.2026
schicken wir Ihnen mit der Post; eine Kopie liegt bei uns in der Akte.
Für den Bericht vergüten wir nach GOÄ Nr. 75 zuzüglich Schreibgebühr und
Porto; bitte legen Sie Ihre Rechnung bei.

Über unser Ärzteportal können Sie den Bericht verschlüsselt hochladen
(Vorgangsnummer BU-A 2026-004471). Bitte schicken Sie ihn nicht per
normaler E-Mail.

Mit freundlichen kollegialen Grüßen

""" + SIG["salzmann"] + "\n\n" + FOOT_DE
    m = simple(who("salzmann"), '"Praxis Dr. med. Thomas Vierling" <praxis@hausarzt-vierling.example>',
               "Anfrage ärztlicher Bericht – Ihre Patientin J. Kortmann, BU-A 2026-004471",
               D(2026, 2, 20, 9, 33, 10),
               "<FR3P281MB1180A0C9E3D74B21F85E6C1D0A7B3@FR3P281MB1180.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
            "request to a GP for a named disability applicant: birth date, Hashimoto, disc prolapse M51.2, sick leave")


@mail
def m042():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Health &amp; Care Update</title></head>
<body style="margin:0;background:#f3f5f7;font-family:Georgia,serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 28px;background:#2f6f4f;color:#ffffff;font-size:22px">Auenberg Health &amp; Care Update &ndash; March 2026</td></tr>
<tr><td style="padding:20px 28px;font-size:15px;line-height:1.5">
<p>Dear customer,</p>
<p>spring is travel season. Here is what our international health plan members ask us most often.</p>
<h3 style="color:#2f6f4f">Vaccinations before you travel</h3>
<p>Travel vaccinations recommended by the German Standing Committee on Vaccination (STIKO), for example
hepatitis&nbsp;A, typhoid or yellow fever, are reimbursed in full under the International Care plans.
Please keep the pharmacy receipt and the entry in your vaccination record.</p>
<h3 style="color:#2f6f4f">Video consultation 24/7</h3>
<p>Our new telemedicine partner connects you with an English- or German-speaking doctor within
30 minutes. Prescriptions can be sent to a pharmacy near you. There is no excess for video consultations.</p>
<h3 style="color:#2f6f4f">What is covered at the dentist?</h3>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr style="background:#e4efe8"><th align="left">Treatment</th><th>International Care</th><th>International Care Plus</th></tr>
<tr><td>Check-up and cleaning (twice a year)</td><td align="center">100&nbsp;%</td><td align="center">100&nbsp;%</td></tr>
<tr><td>Fillings, root canal treatment</td><td align="center">80&nbsp;%</td><td align="center">100&nbsp;%</td></tr>
<tr><td>Crowns, bridges, implants</td><td align="center">50&nbsp;%</td><td align="center">75&nbsp;%</td></tr>
<tr><td>Orthodontics (under 18)</td><td align="center">&ndash;</td><td align="center">80&nbsp;%</td></tr>
</table>
<h3 style="color:#2f6f4f">Flu season</h3>
<p>The flu vaccination remains free for all members, at any doctor or participating pharmacy.</p>
<p style="font-size:12px;color:#666">Please do not reply to this newsletter with medical documents. Use the upload in the
customer portal so your information stays protected.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888">Auenberg Krankenversicherung AG &middot; Auenberger Ring 12 &middot; 34121 Kassel &middot; Germany<br>
<a href="https://www.auenberg-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
"""
    m = simple("Auenberg Health & Care <newsletter@auenberg-versicherung.example>",
               "International Care members <intl-care-members@auenberg-versicherung.example>",
               "Health & Care Update: travel vaccinations, video doctor, dental cover",
               D(2026, 3, 2, 7, 15, 0),
               "<hc-update-2026-03.7731@news.auenberg-versicherung.example>",
               html, subtype="html",
               extra=[("List-Unsubscribe", "<https://www.auenberg-versicherung.example/newsletter/unsubscribe>"),
                      ("Precedence", "bulk")])
    return (m, "NORMAL", "en", "newsletter",
            "trap: HTML-only health newsletter (vaccinations, dental cover table, telemedicine) without any person")


@mail
def m043():
    body = """Sehr geehrte Frau Lange,

vielen Dank für Ihre Nachricht und die Kopie der Sterbeurkunde. Unser
herzliches Beileid zum Tod Ihrer Mutter.

Die Hausratversicherung Ihrer Mutter (Vertrag HR-2209-4410, Frau
Hildegard Brauer, Goethestraße 61, 34119 Kassel) endet nach unseren
Bedingungen mit der Aufgabe der Wohnung, spätestens zwei Monate nach dem
Tod. Sie schreiben, dass die Wohnung zum 28.02.2026 geräumt und an den
Vermieter übergeben wird; wir beenden den Vertrag deshalb zu diesem
Datum.

Für die Zeit vom 01.03. bis 31.12.2026 war der Beitrag schon bezahlt.
Diesen Teil erstatten wir:

  Jahresbeitrag 2026             75,84 EUR
  anteilig März–Dezember         63,20 EUR

Bei so kleinen Beträgen brauchen wir keinen Erbschein. Es genügt, wenn
Sie uns bestätigen, dass Sie die Erstattung für alle Erben entgegennehmen.
Wir überweisen dann auf das Konto, das Sie genannt haben:

  Petra Lange, DE55 5059 8628 8187 7613 48

""" + SIG["thielemann"] + "\n\n" + FOOT_DE
    m = simple(who("thielemann"), "Petra Lange <petra.lange@kabelmail.example>",
               "Hausratversicherung Ihrer Mutter – Vertragsende und Erstattung",
               D(2026, 2, 23, 11, 40, 2),
               "<FR3P281MB2890D1E4C07A93B25F6E8A1C0D4B7@FR3P281MB2890.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-relative",
            "household contract of a deceased customer ended, refund to the daughter's IBAN; death without cause, non-personal line")


@mail
def m044():
    body = """Sehr geehrte Frau Arslan,

herzlich willkommen in der betrieblichen Altersversorgung Ihres
Arbeitgebers, der Heizungsbau Krämer GmbH. Wir bestätigen Ihnen Ihre
Direktversicherung:

  Versicherungsnummer:      DV 1120-08-0062 (Gruppenvertrag GV 1120-08)
  Versicherte Person:       Elif Arslan, geb. 27.02.2001
  Versicherungsbeginn:      01.03.2026
  Beitrag monatlich:        92,00 EUR
                            (80,00 EUR Entgeltumwandlung
                            + 12,00 EUR Zuschuss Ihres Arbeitgebers)
  Rentenbeginn:             01.03.2068
  garantierte Monatsrente:  71,40 EUR
  mögliche Monatsrente:     118,90 EUR (mit Überschüssen, nicht garantiert)
  Todesfallleistung vor
  Rentenbeginn:             Rückzahlung der Beiträge an Hinterbliebene
                            (Ehepartner, Kinder) bzw. Sterbegeld

Die Beiträge zahlt Ihr Arbeitgeber direkt aus Ihrem Bruttogehalt; sie
sind bis 8 % der Beitragsbemessungsgrenze steuerfrei. Wenn Sie den
Arbeitgeber wechseln, können Sie den Vertrag mitnehmen oder privat
fortführen.

Ihre Vertragsunterlagen stehen im Kundenportal bereit.

""" + SIG["luedecke"] + "\n\n" + FOOT_DE
    m = simple(who("luedecke"), "Elif Arslan <elif.arslan@mailfuchs.example>",
               "Bestätigung Ihrer Direktversicherung DV 1120-08-0062",
               D(2026, 3, 3, 8, 12, 44),
               "<kosy.20260303.081244.33104@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "company pension (direct insurance, life line) of a named employee: birth date, salary conversion, pension amounts")


@mail
def m045():
    body = """Liebe Kolleginnen und Kollegen,

weil immer wieder Fragen zur Besteuerung von Auszahlungen kommen, hier
eine Kurzfassung des überarbeiteten BMF-Schreibens zu
Versicherungserträgen (gültig für Auszahlungen ab 01.01.2026). Keine
Einzelfälle – bitte konkrete Fälle weiterhin über die Steuerqueue.

1. Todesfallleistungen
   Leistungen im Todesfall sind nie einkommensteuerpflichtig (kein
   Kapitalertragsteuerabzug). Ob Erbschaftsteuer anfällt, prüft das
   Finanzamt; wir zeigen an (§ 33 ErbStG), ab 5.000 EUR.

2. Verträge vor 2005
   Steuerfrei, wenn mindestens 12 Jahre Laufzeit, 5 Jahre
   Beitragszahlung und ausreichender Todesfallschutz.

3. Verträge ab 2005
   Steuerpflichtig ist der Unterschied zwischen Auszahlung und
   eingezahlten Beiträgen. Nur die Hälfte ist zu versteuern, wenn der
   Vertrag mindestens 12 Jahre lief und die Auszahlung nach dem
   62. Geburtstag erfolgt (bei Verträgen vor 2012: 60).

4. Kirchensteuer
   Wir fragen das Kirchensteuerabzugsmerkmal (KiStAM) jährlich beim
   BZSt ab; wer widersprochen hat (Sperrvermerk), wird vom Finanzamt
   veranlagt. Das Merkmal darf nur für den Abzug verwendet werden, nicht
   in Anschreiben erwähnt.

5. Steuer-ID
   Ohne Identifikationsnummer kein Freistellungsauftrag und keine
   Rentenbezugsmitteilung – bei Neuanlage immer abfragen.

Die vollständige Fassung liegt im Wiki unter Leben > Steuern.

""" + SIG["sommerfeld"]
    m = simple(who("sommerfeld"), "Leistung & Vertrag Leben <team-leben-alle@auenberg-versicherung.example>",
               "Kurzfassung BMF-Schreiben Versicherungserträge 2026",
               D(2026, 3, 3, 14, 0, 9),
               "<FR3P281MB3810B27C1E0D94A36F5E8C2D1A0B9@FR3P281MB3810.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: tax rules for life payouts, church tax, tax ID and inheritance reporting explained in general; no case")


@mail
def m046():
    body = """Dear Ms Donnelly,

thank you for sending the histology report and the letter from the
breast centre. I am glad to confirm that your claim under your critical
illness policy is accepted.

  Policy:        DD 6031-448820 (critical illness, stand-alone)
  Insured:       Claire Donnelly, born 19 December 1979
  Condition:     invasive ductal carcinoma of the left breast, diagnosed
                 on 9 December 2025 (ICD-10 C50.4), stage pT1c pN0
  Benefit:       lump sum EUR 75,000.00

The condition meets the policy definition of "cancer" (section 4.1 a):
the tumour is invasive and histologically confirmed. Surgery and
radiotherapy are not a condition for payment.

We will transfer the lump sum to your account within five working days.
In addition, from 1 March 2026 you no longer need to pay premiums for the
remaining death cover; the contract continues as before.

We wish you all the best for your treatment.

""" + SIG["brandauer"] + "\n\n" + FOOT_EN
    m = simple(who("brandauer"), "Claire Donnelly <claire.donnelly@webmailer.example>",
               "Your critical illness claim - policy DD 6031-448820",
               D(2026, 3, 4, 11, 55, 26),
               "<FR3P281MB0934B1D0C8A7E54F23E9D6A1C0B84@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "critical illness payout: named insured with birth date, breast cancer C50.4 and staging")


@mail
def m047():
    body = """Dear Mr Wrona,

thank you for your patience. We have checked your claim under the trip
cancellation cover (policy RR 2290-1174, claim TR-26-00714).

Your employer, Kasseler Feinmechanik GmbH, terminated your employment on
29 January 2026 for operational reasons, effective 31 March 2026. You
booked the trip to Crete on 3 November 2025, i.e. before you knew about
the termination. Unexpected redundancy is an insured event, so we can
pay:

  cancellation fee charged by the tour operator   EUR 1,960.00
  less 20 % deductible                             EUR  -392.00
  payment                                          EUR 1,568.00

The payment goes to your account DE47 9615 7565 3906 7261 10.

For our file we keep the copy of the termination letter; the amount of
the severance payment you blacked out is not needed.

""" + SIG["feld"] + "\n\n" + FOOT_EN
    m = simple(who("feld"), "Tomasz Wrona <t.wrona@freemail-nord.example>",
               "Trip cancellation claim TR-26-00714 - decision",
               D(2026, 3, 5, 10, 21, 7),
               "<kosy.20260305.102107.33290@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "travel cancellation due to redundancy: named customer, employer and dismissal, IBAN; no health content")


@mail
def m048():
    body = """Dear Lars,

following our meeting in Cologne, here are the headline figures for the
renewal of the group life quota share (treaty GL-QS-2019, 40 % cession)
for underwriting year 2026.

  Underwriting year                      2023      2024      2025
  Gross written premium (EUR m)          18.4      19.9      21.2
  Insured lives (thousand)               61.3      64.0      66.8
  Death claims (count)                    198       187       212
  Disability claims (count)                41        44        39
  Incurred claims (EUR m)                11.9      10.6      12.8
  Loss ratio                             64.7 %    53.3 %    60.4 %
  Largest single death claim (EUR m)      0.9       0.7       1.1

No event with more than three lives. The 2025 increase is mostly one
large scheme (construction, 2,300 lives) that joined in January 2025.

We propose to renew on expiring terms, commission 22 %, profit
commission unchanged. Please send your quote by 27 March.

Best wishes,
Rebecca

""" + SIG["hale"] + "\n\n" + FOOT_EN
    m = simple(who("hale"), "Lars Eriksen <lars.eriksen@lumen-re.example>",
               "Group life QS renewal 2026 - portfolio figures",
               D(2026, 3, 5, 16, 38, 50),
               "<FR3P281MB0612C0E3A9D71B45F28E6D0A1C3B7@FR3P281MB0612.DEUP281.PROD.OUTLOOK.example>",
               body, charset="us-ascii", cte="7bit",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-partner",
            "trap: reinsurance renewal with death and disability claim counts and largest claim, all portfolio aggregates (us-ascii)")


@mail
def m049():
    body = """Ewa,

TF-2026-00027 (LV 2804-117260) ist geprüft und freigegeben. Leistung
geht in den Nachlass, Auszahlung bitte laut Aufteilung im ZIP – zwei
Empfänger. Notar hat die Konten bestätigt, Mail liegt bei.

Bitte Vier-Augen wie immer.

Danke
Katrin
"""
    csv_text = ("Vorgang;Vertrag;Empfaenger;Anteil;Betrag_EUR;IBAN;Verwendungszweck\r\n"
                "TF-2026-00027;LV 2804-117260;Daniel Roth;1/2;18.702,35;DE32053697902639978909;LV 2804-117260 Nachlass Manfred Roth\r\n"
                "TF-2026-00027;LV 2804-117260;Sabine Roth-Kessler;1/2;18.702,35;DE84974975701059263406;LV 2804-117260 Nachlass Manfred Roth\r\n")
    erb = pdf([[
        "# Amtsgericht Kassel - Nachlassgericht",
        "Az. 780 VI 114/26",
        "",
        "## Erbschein (Auszug, Abschrift fuer die Akte des Versicherers)",
        "Es wird bezeugt, dass der am 28.01.2026 in Kassel verstorbene",
        "Manfred Roth, geboren am 02.03.1948, zuletzt wohnhaft Kirchweg 12, 34246 Vellmar,",
        "beerbt worden ist von",
        "1. seinem Sohn Daniel Roth, geboren am 15.07.1976, zu 1/2",
        "2. seiner Tochter Sabine Roth-Kessler, geboren am 30.01.1979, zu 1/2.",
        "",
        "Kassel, 10.02.2026",
        "Richterin am Amtsgericht",
    ]], title="Erbschein Auszug 780 VI 114-26", date="20260211090000+01'00'",
        producer="ScanStation Leben 3.1 OCR")
    notar_body = """Sehr geehrte Frau Overbeck,

in der Nachlasssache Manfred Roth bestätige ich Ihnen, dass die Erben
übereinstimmend um Auszahlung der Versicherungsleistung je zur Hälfte
gebeten haben:

Daniel Roth, IBAN DE32 0536 9790 2639 9789 09
Sabine Roth-Kessler, IBAN DE84 9749 7570 1059 2634 06

Die unterschriebene Erklärung beider Erben liegt mir im Original vor.

Mit freundlichen Grüßen
Dr. Gesine Wendt
Notarin in Vellmar
"""
    notar = simple('"Notariat Dr. Wendt" <kanzlei@notariat-wendt.example>',
                   "Katrin Overbeck <katrin.overbeck@auenberg-versicherung.example>",
                   "Nachlass Manfred Roth – Auszahlung LV 2804-117260",
                   D(2026, 3, 4, 15, 2, 17),
                   "<20260304150217.7C41A@notariat-wendt.example>", notar_body)
    z = zipbytes([("TF-2026-00027/Auszahlung_Aufteilung.csv", csv_text.encode("cp1252"),
                   (2026, 3, 5, 8, 50, 12)),
                  ("TF-2026-00027/Erbschein_Auszug.pdf", erb, (2026, 2, 11, 9, 0, 0)),
                  ("TF-2026-00027/Mail_Notariat_Wendt.eml", notar.as_bytes(policy=SMTP),
                   (2026, 3, 4, 15, 2, 18))])
    m = compose(who("overbeck"), who("nowicka"),
                "Freigabe Auszahlung TF-2026-00027",
                D(2026, 3, 5, 9, 4, 31),
                "<FR3P281MB1572E4B0D1C93A27F56E8C0A1D2B9@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0511_01DCAC70.2B9D4E10",
                [text(body), blob(z, "application/zip", "TF-2026-00027.zip")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "internal",
            "life death-benefit payout release; heirs' IBANs (CSV), certificate of inheritance with birth dates (PDF) and notary mail (EML) only inside the ZIP")


@mail
def m050():
    body = """Hallo Team,

ab 01.04.2026 gelten neue Zinssätze für Policendarlehen. Bitte ab dann
nur noch den neuen Leitfaden nutzen (Wiki > Vertrag Leben >
Policendarlehen).

Zinssätze nach Tarifgeneration (p. a., nachschüssig):

  Tarife bis 2004 (Rechnungszins 3,25 % / 4,0 %)    5,00 %
  Tarife 2005 bis 2011                              4,50 %
  Tarife ab 2012                                    4,25 %
  fondsgebundene Verträge                           kein Darlehen

Regeln, unverändert:
- Mindestbetrag 1.000 EUR, höchstens 80 % des Rückkaufswerts
- keine Bearbeitungsgebühr
- kein Darlehen bei bestehender Abtretung oder Pfändung – dann erst
  Freigabe des Zessionars anfordern
- bei unwiderruflichem Bezugsrecht Zustimmung des Bezugsberechtigten
  einholen

Textbaustein „Angebot Policendarlehen“ ist angepasst (Baustein PD-02).
Bei Fragen gern melden.

""" + SIG["riedmueller"]
    m = simple(who("riedmueller"), "Vertragsservice Leben <team-vertrag-leben@auenberg-versicherung.example>",
               "Policendarlehen: neue Zinssätze ab 01.04.2026",
               D(2026, 3, 6, 12, 10, 0),
               "<FR3P281MB2672D0A1C3E9B47F25E6D8A0C1B73@FR3P281MB2672.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: policy-loan rules and interest rates for life contracts; no customer, no contract")


@mail
def m051():
    body = """Hallo Herr Tschernig,

erledigt – ab der Abbuchung im April ziehen wir den Beitrag für Ihren
Kfz-Vertrag KF 19 502 377 vom neuen Konto ein:

DE65 6477 5609 9885 2634 26 (Kontoinhaber Lutz Tschernig)

Das Mandat hat die Referenz AUE-KF19502377-03.

""" + SIG["koehler"] + """

Von meinem iPhone gesendet

> Am 09.03.2026 um 07:58 schrieb Lutz Tschernig <lutz.t@netpost.example>:
>
> Moin, hab die Bank gewechselt, bitte KFZ-Versicherung ab jetzt von
> DE65647756099885263426 abbuchen. Danke
"""
    m = simple(who("koehler"), "Lutz Tschernig <lutz.t@netpost.example>",
               "Re: Kontowechsel", D(2026, 3, 9, 12, 31, 4),
               "<5D0E7A21-3F9C-4B12-8E64-A7C0D91B2E58@auenberg-versicherung.example>",
               body, irt="<CAF7x9kP0qLm3@netpost.example>",
               extra=[("X-Mailer", XM_IPHONE)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "motor contract direct-debit change: named customer with new IBAN and contract number")


@mail
def m052():
    body = """Sehr geehrte Frau Rehbein,

für Herrn Alfons Burgdorf (geb. 18.04.1936, Versicherungsnummer
PPV 770 412 558) bestätigen wir die Kostenübernahme für die ambulanten
Pflegesachleistungen ab dem 01.02.2026:

  Pflegegrad:         3 (Pflegegutachten vom 21.01.2026)
  Sachleistungsbetrag: bis 1.497,00 EUR monatlich
  Abrechnung:         direkt mit Ihrem Pflegedienst nach § 105 SGB XI
                      analog, Leistungskomplexe laut Pflegevertrag

Ihre Rechnung für Februar (Nr. 2026-02-117, 1.612,80 EUR) haben wir in
Höhe des Höchstbetrags von 1.497,00 EUR angewiesen. Den Restbetrag von
115,80 EUR stellen Sie bitte Herrn Burgdorf bzw. seiner Tochter als
Betreuerin in Rechnung; der Entlastungsbetrag (131 EUR) kann dafür
eingesetzt werden, wenn Sie die Leistungen als Betreuungsleistungen
ausweisen.

Laut Gutachten ist Herr Burgdorf nach dem Oberschenkelhalsbruch mit dem
Rollator nur noch in der Wohnung mobil und braucht Hilfe beim Duschen
und Anziehen; bitte teilen Sie uns mit, wenn sich der Hilfebedarf
deutlich ändert.

""" + SIG["vos"] + "\n\n" + FOOT_DE
    m = simple(who("vos"), "Pflegedienst Lindenhof <abrechnung@pflegedienst-lindenhof.example>",
               "Kostenübernahme Pflegesachleistung – A. Burgdorf, PPV 770 412 558",
               D(2026, 3, 10, 9, 20, 35),
               "<kosy.20260310.092035.33511@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service",
            "long-term care benefits for a named insured: birth date, care level 3, femoral neck fracture, care needs")


@mail
def m053():
    body = """Dear Ms Kowalski,

as agreed, here is our glossary for the English version of the "Im
Todesfall" (bereavement) section of our website and the new annuity
pages. Please use these terms consistently; where we marked "do not
use", our lawyers found the term misleading.

The text itself will come from our web team on Monday. The pages are
public product information; they do not contain any customer data.

Deadline for the translation: 27 March 2026.

""" + SIG["brandauer"] + "\n\n" + FOOT_EN
    csv_text = ("Deutsch;English;Hinweis / note\r\n"
                "Bezugsrecht;beneficiary designation;\r\n"
                "Bezugsberechtigte(r);beneficiary;\r\n"
                "widerrufliches Bezugsrecht;revocable beneficiary designation;\r\n"
                "unwiderrufliches Bezugsrecht;irrevocable beneficiary designation;\r\n"
                "Todesfallleistung;death benefit;do not use: life payout\r\n"
                "Rückkaufswert;surrender value;do not use: cash-in value\r\n"
                "Policendarlehen;policy loan;\r\n"
                "Beitragsfreistellung;making the policy paid-up;\r\n"
                "Rentenbezugsmitteilung;annuity income report to the tax authority;\r\n"
                "Erbschein;certificate of inheritance;do not use: probate (UK concept)\r\n"
                "Europäisches Nachlasszeugnis;European Certificate of Succession;\r\n"
                "Sterbeurkunde;death certificate;\r\n"
                "Ärztliches Zeugnis im Todesfall;medical certificate on the cause of death;\r\n"
                "Hinterbliebenenrente;survivor's pension;\r\n"
                "Lebensbescheinigung;life certificate;\r\n"
                "Berufsunfähigkeit;occupational disability;do not use: invalidity\r\n"
                "betriebliche Altersversorgung (bAV);company pension scheme;\r\n"
                "Direktversicherung;direct insurance (company pension);\r\n"
                "Entgeltumwandlung;salary sacrifice / deferred compensation;\r\n")
    att = textfile(csv_text, "vnd.ms-excel", "Glossar_Todesfall_Rente_DE-EN.csv",
                   charset="windows-1252", maintype="application")
    m = compose(who("brandauer"), "Agata Kowalski <a.kowalski@linguabridge.example>",
                "Glossary for website translation (bereavement & annuities)",
                D(2026, 3, 11, 13, 44, 0),
                "<FR3P281MB0934D7A0E1C29B43F68E5D0A1C2B6@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0607_01DCB15A.3C4F8E90", [text(body), att],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-supplier",
            "trap: DE-EN glossary of death-claim and pension terms (CSV, windows-1252) for a public website; no person")


@mail
def m054():
    body = """Guten Tag Frau Szymańska,

die Glaserei Hüttig ist beauftragt und meldet sich wegen eines Termins
bei Ihnen. Schaden S-26-000841 (Glasversicherung GL 3308-2271,
Terrassentür Im Lindengrund 5, Vellmar).

Die Rechnung geht direkt an uns, Sie müssen nichts auslegen.

""" + SIG["thielemann"]
    m = simple(who("thielemann"), "Marta Szymańska <marta.szymanska@webmailer.example>",
               "Glasbruch Terrassentür – Auftrag erteilt",
               D(2026, 3, 11, 15, 5, 18),
               "<FR3P281MB2890A7E1D0C4B93F52E6A8C1D0B35@FR3P281MB2890.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "short glass claim note: named customer, contract/claim number and insured address")


@mail
def m055():
    body = """Dear Ms Keane,

first of all, please accept our sincere condolences on the death of your
father, Mr Patrick Keane.

Your father received a monthly annuity from us under contract
RV 4102-336019 (EUR 843.20 per month, paid on the first of each month to
his account with Bank of Munster, IBAN ending 6320). As we only learned
of his death on 10 March, the annuities for February and March 2026
(EUR 1,686.40 in total) were paid after his death on 14 January 2026.
Under the contract, payments end with the month of death.

We asked the bank to return the two payments, but the bank tells us that
the account was closed on 28 February and the balance transferred to the
estate. We must therefore ask the estate to refund EUR 1,686.40. You told
us on the phone that you and your brother are handling the estate
together; could you arrange the refund to:

  Auenberg Lebensversicherung AG
  IBAN DE72 1908 9185 0207 3602 91
  Reference: RV 4102-336019 Rueckforderung

There is no death benefit under this annuity because the guarantee
period ended in 2021. We are sorry that we cannot give you better news.

""" + SIG["aydin"] + "\n\n" + FOOT_EN
    m = simple(who("aydin"), "Siobhan Keane <siobhan.keane@eiremail.example>",
               "Your father's annuity RV 4102-336019",
               D(2026, 3, 12, 10, 30, 48),
               "<FR3P281MB4520C1E9A0D37B24F65E8D0A1C7B2@FR3P281MB4520.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
            "annuity of a named deceased: date of death, monthly pension, overpayment reclaimed from the estate")


@mail
def m056():
    plain = """Guten Tag,

in Ihrem Postfach im Auenberg Kundenportal liegt eine neue Nachricht
für Sie.

Bitte melden Sie sich an, um sie zu lesen:
https://portal.auenberg-versicherung.example/postfach

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte und keine
Anhänge. Wir fragen Sie per E-Mail nie nach Passwörtern, TANs oder
Kontodaten.

Ihr Auenberg Kundenservice

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse
werden nicht gelesen.
"""
    m = simple("Auenberg Kundenportal <noreply-portal@auenberg-versicherung.example>",
               "r.hollaender@mailfuchs.example",
               "Neue Nachricht in Ihrem Kundenportal",
               D(2026, 3, 12, 14, 2, 55),
               "<portal.notify.8841207@portal.auenberg-versicherung.example>",
               plain, cte="base64", extra=[("Auto-Submitted", "auto-generated")])
    return (m, "NORMAL", "de", "insurer-to-customer",
            "portal notification without any content, contract or line of business (base64 body)")


@mail
def m057():
    body = """Dear Mr Aalto,

thank you for the discharge report from the hospital in Innsbruck and the
operation report from Dr Pfister. I have now reviewed your accident claim.

  Policy:       UV 5512-0871 (individual accident insurance)
  Insured:      Henrik Aalto, born 5 August 1988
  Accident:     14 January 2026, skiing, Stubai Glacier (Austria)
  Injuries:     rupture of the anterior cruciate ligament and tear of the
                medial meniscus, right knee (S83.53, S83.2); arthroscopic
                reconstruction on 16 January 2026

Benefits now payable
  Hospital daily allowance, 4 days x EUR 50        EUR   200.00
  Cosmetic surgery / rescue costs                  not claimed
  Advance on disability benefit                    EUR 3,000.00

Permanent impairment can only be assessed once your treatment is
complete, at the latest 15 months after the accident. We will contact
you in January 2027 and commission a medical examination of the knee
function ("leg below the knee" value under our limb table: 50 %). Any
disability percentage found then will be paid less the advance.

Please keep us informed about the rehabilitation; physiotherapy costs
are covered by your health insurer, not by this policy.

""" + SIG["vos"] + "\n\n" + FOOT_EN
    m = simple(who("vos"), "Henrik Aalto <henrik.aalto@webmailer.example>",
               "Your accident claim UV-S-2026-0142 (skiing accident)",
               D(2026, 3, 13, 11, 7, 40),
               "<kosy.20260313.110740.33788@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "accident insurance claim: named insured with birth date, knee injuries S83.53/S83.2, surgery, disability advance")


@mail
def m058():
    body = """Dear Mr Petersen,

thank you for the survey report from Hansa Marine Surveyors. I can now
confirm cover for the loss under your open cargo policy.

  Assured:        Nordlicht Kaffeeimport GmbH, Bremen
  Policy:         CG-OC 0417-2025 (ICC (A), warehouse to warehouse)
  Claim:          MC-2026-0031
  Shipment:       container MSKU 771 204 9, 320 bags green coffee,
                  Santos - Bremerhaven, B/L SNTBRV26011
  Loss:           condensation damage, 118 bags affected
  Sound value:    EUR 31,400 (CIF + 10 %)
  Salvage sale:   EUR 9,250 (sold to a roastery for industrial use)
  Survey fees:    EUR 1,180
  Claim payable:  EUR 23,330

We reserve recourse against the carrier; please do not give the carrier a
release. Payment goes to the company account on file within ten days.

""" + SIG["whitfield"] + "\n\n" + FOOT_EN
    m = simple(who("whitfield"), "Jonas Petersen <j.petersen@nordlicht-kaffee.example>",
               "Cargo claim MC-2026-0031 - settlement",
               D(2026, 3, 16, 9, 48, 2),
               "<FR3P281MB3127C9A0E1D24B73F56E8A0C1D3B8@FR3P281MB3127.DEUP281.PROD.OUTLOOK.example>",
               body, charset="us-ascii", cte="7bit",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "grey zone: cargo claim of a company policyholder with named contact, policy/claim number and settlement; treated as customer contract data")


@mail
def m059():
    body = """Dear colleagues,

since Monday, fake e-mails are going out to customers that pretend to come
from "Auenberg Rentenservice". They say that the annuity payment for April
is "on hold" and ask the recipient to confirm bank details and tax ID on
a website that looks like our portal (the address ends in
"-rentenservice-login" plus a foreign domain).

What you need to know:
* We never ask customers by e-mail for bank details, tax IDs, passwords
  or TANs.
* If a customer calls about such a mail: tell them not to click, to
  delete it, and - if they have already entered their bank details - to
  call their bank immediately. Log the call with the category
  "Phishing".
* Do not forward the phishing mail to colleagues. Use the "Report
  phishing" button in Outlook; it goes straight to IT security.
* No internal system has been compromised. The senders use addresses
  they have collected elsewhere.

A short notice will be on the website and in the customer portal from
this afternoon.

Stefan Albers
on behalf of IT Security

""" + SIG["albers"]
    m = simple(who("albers"), "All staff <alle-mitarbeitenden@auenberg-versicherung.example>",
               "Warning: phishing mails in the name of our annuity service",
               D(2026, 3, 17, 10, 15, 0),
               "<FR3P281MB2210A3C0E9D71B45F62E8D0A1C4B5@FR3P281MB2210.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK), ("Importance", "high")])
    return (m, "NORMAL", "en", "internal",
            "trap: phishing warning mentioning annuity payments, bank details and tax IDs in general; no customer")


@mail
def m060():
    body = """Sehr geehrte Frau Hagedorn,

vielen Dank für den unterschriebenen Dauerzulageantrag zu Ihrem
Riester-Vertrag RR 5106-220743. Bevor wir ihn an die Zentrale
Zulagenstelle weitergeben, bitte ich Sie, diese Angaben zu prüfen:

  Zulageberechtigte:     Kerstin Hagedorn, geb. 12.09.1986
  Steuer-ID:             48 117 302 965
  beitragspflichtige
  Einnahmen 2025:        38.400,00 EUR
  Mindesteigenbeitrag
  2026 (4 % abzgl.
  Zulagen):              1.016,00 EUR jährlich
  Ehemann (mittelbar
  zulageberechtigt):     Jan Hagedorn, geb. 01.04.1984
  Kinder:                Mia Hagedorn, geb. 17.02.2015
                         Leon Hagedorn, geb. 09.11.2019
                         Kindergeld erhalten Sie (nicht Ihr Mann)

Ihre derzeitige Sparrate von 70 EUR monatlich (840 EUR im Jahr) liegt
unter dem Mindesteigenbeitrag. Damit würden die Zulagen anteilig
gekürzt. Wenn Sie den Beitrag auf 85 EUR monatlich erhöhen, bekommen
Sie die vollen Zulagen (2 x 300 EUR Kinderzulage + 175 EUR
Grundzulage, für Ihren Mann weitere 175 EUR).

Möchten Sie erhöhen? Eine kurze Antwort auf diese Mail genügt.

""" + SIG["riedmueller"] + "\n\n" + FOOT_DE
    m = simple(who("riedmueller"), "Kerstin Hagedorn <k.hagedorn@kabelmail.example>",
               "Ihr Zulageantrag zum Riester-Vertrag RR 5106-220743",
               D(2026, 3, 17, 14, 21, 30),
               "<FR3P281MB2672B4E0C1D93A27F68E5D0A1C9B4@FR3P281MB2672.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "Riester pension (life line): birth dates of the customer, husband and children, tax ID and income")


@mail
def m061():
    body = """Hi Arjun,

a reminder of the change freeze around the monthly annuity payment run,
which applies to all your team's deployments on the pension
administration platform (LEA) from April onwards:

  Freeze window:   every month from the 24th, 18:00 CET, to the 2nd
                   working day of the next month, 12:00 CET
  Scope:           LEA core, payment interface, tax reporting module,
                   the nightly batch chain
  Exceptions:      only emergency fixes approved by me or Ewa Nowicka
                   (payments), with a rollback plan

Please plan sprint releases for the 5th-20th. The April window is
24 April 18:00 to 4 May 12:00 because of the 1 May holiday.

As before, test data in the acceptance environment stays synthetic; no
production extracts in tickets, please.

Thanks,
Stefan

""" + SIG["albers"]
    m = simple(who("albers"), "Arjun Mehta <arjun.mehta@codeharbor-solutions.example>",
               "Change freeze around annuity payment run - from April",
               D(2026, 3, 18, 9, 2, 14),
               "<FR3P281MB2210D4B1E0A93C27F58E6A0C1D2B7@FR3P281MB2210.DEUP281.PROD.OUTLOOK.example>",
               body, cc=who("nowicka"), extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-supplier",
            "IT change-freeze schedule for the annuity payment platform; no data")


@mail
def m062():
    body = """Sehr geehrter Herr Lorenz,

für die Kündigungsschutzklage gegen Ihren Arbeitgeber, die Spedition
Wohlgemuth GmbH & Co. KG, erteilen wir Deckungszusage für die erste
Instanz vor dem Arbeitsgericht Kassel.

  Vertrag:            RS 2217-9034 (Berufs-Rechtsschutz für Nichtselbständige)
  Schaden:            RS-2026-01102
  Kündigung:          ordentlich, betriebsbedingt, vom 27.02.2026 zum 31.05.2026
  Bruttomonatsgehalt: 3.950,00 EUR laut Ihrer Gehaltsabrechnung Januar
  Streitwert:         11.850,00 EUR (drei Bruttomonatsgehälter)

Bitte beachten Sie: Im arbeitsgerichtlichen Verfahren erster Instanz
trägt jede Seite ihre Anwaltskosten selbst; diese übernehmen wir. Ein
Vergleich mit Abfindung ist mitversichert, soweit die Kosten dem
Verhältnis von Obsiegen und Unterliegen entsprechen.

Ihr Anwalt, Herr Dr. Kurz, kann mit uns direkt abrechnen.

""" + SIG["demirci"] + "\n\n" + FOOT_DE
    m = simple(who("demirci"), "Andreas Lorenz <andreas.lorenz@t-net-mail.example>",
               "Deckungszusage RS-2026-01102 Kündigungsschutzklage",
               D(2026, 3, 18, 11, 36, 9),
               "<kosy.20260318.113609.33990@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "legal expenses cover for a named customer's dismissal case: employer, monthly gross salary, contract/claim number")


@mail
def m063():
    body = """Sehr geehrte Frau Sieland,

anbei erhalten Sie unser Schreiben vom heutigen Tag. Das Original
schicken wir Ihnen zusätzlich mit der Post.

""" + SIG["riedmueller"] + "\n\n" + FOOT_DE
    lines = [
        "# Auenberg Lebensversicherung AG",
        "Leistungsservice Berufsunfähigkeit",
        "",
        "Frau Melanie Sieland",
        "Wolfsangerstraße 118",
        "34125 Kassel",
        "",
        "Kassel, 16.03.2026",
        "Versicherungsnummer: BU 2011-556102    Leistungsfall: BU-L 2025/1184",
        "",
        "## Anerkenntnis unserer Leistungspflicht",
        "",
        "Sehr geehrte Frau Sieland,",
        "",
        "wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit geprüft und freuen uns,",
        "Ihnen mitteilen zu können, dass wir unsere Leistungspflicht unbefristet anerkennen.",
        "",
        "Nach dem Bericht Ihrer behandelnden Fachärztin und der Stellungnahme unserer",
        "Gesellschaftsärztin sind Sie wegen einer rezidivierenden depressiven Störung",
        "(gegenwärtig schwere Episode) seit dem 22.09.2025 zu mindestens 50 % außerstande,",
        "Ihren zuletzt ausgeübten Beruf als Disponentin auszuüben.",
        "",
        "Wir leisten ab dem 01.10.2025:",
        "- Berufsunfähigkeitsrente: 1.450,00 EUR monatlich",
        "- Befreiung von der Beitragszahlungspflicht (bisher 86,30 EUR monatlich)",
        "- Nachzahlung Oktober 2025 bis März 2026: 8.700,00 EUR",
        "- Erstattung der seit Oktober 2025 gezahlten Beiträge: 517,80 EUR",
        "",
        "Wir werden Ihren Gesundheitszustand im Rahmen des Nachprüfungsverfahrens",
        "voraussichtlich im Frühjahr 2027 erneut erfragen.",
        "",
        "Mit freundlichen Grüßen",
        "Auenberg Lebensversicherung AG",
    ]
    att = blob(pdf([lines], title="Anerkenntnis BU-L 2025-1184", date="20260316101500+01'00'"),
               "application/pdf", "Schreiben_2026-03-16.pdf")
    m = compose(who("riedmueller"), "Melanie Sieland <melanie.sieland@posteo-mail.example>",
                "Unser Schreiben vom 16.03.2026", D(2026, 3, 16, 10, 22, 0),
                "<FR3P281MB2672E1C0A9D34B27F56E8D0A1C3B5@FR3P281MB2672.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0733_01DCB522.1D0E4A60", [text(body), att],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "body says only 'our letter attached'; the PDF acknowledges a disability claim for recurrent depression with pension amounts")


@mail
def m064():
    body = """Hallo Herr Brinkmann,

wie angekündigt hier die Eckpunkte unserer Courtagevereinbarung Leben
ab 01.07.2026. Die vollständige Vereinbarung kommt zur Unterschrift über
das Maklerportal.

- Abschlusscourtage Leben/Rente: 25 ‰ der Beitragssumme
  (bisher 28 ‰), gedeckelt auf 35 Jahre Laufzeit
- BU und Risikoleben: 40 ‰ der Beitragssumme (unverändert)
- Bestandscourtage: 1,5 % der laufenden Beiträge ab dem 2. Jahr
- Stornohaftung: 60 Monate, ratierlich (bisher 60 Monate, gestaffelt)
- bAV-Gruppenverträge: Sondervereinbarung wie bisher

Die Reduzierung bei Leben/Rente folgt der neuen Obergrenze für
Abschlusskosten; im Gegenzug steigt die Bestandscourtage.

Über Ihre Abrechnung im Einzelnen können wir gern in unserem
Jahresgespräch am 22.04. sprechen.

""" + SIG["krueger"] + "\n\n" + FOOT_DE
    m = simple(who("krueger"), "Holger Brinkmann <info@brinkmann-makler.example>",
               "Courtagevereinbarung Leben ab 01.07.2026 – Eckpunkte",
               D(2026, 3, 19, 16, 5, 40),
               "<FR3P281MB4112B0C9E1D73A24F65E8D0A1C7B9@FR3P281MB4112.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-broker",
            "trap: broker commission terms for life, disability and lapse liability; no customer or contract")


@mail
def m065():
    body = """Hi Tobias,

here is the first application for the actuary position (ref. AKT-2026-03)
that fits the profile. The CV is in the applicant portal as usual; I
forward her cover mail so you see the salary expectation and notice
period up front. Please let me know by Wednesday whether you want to
invite her.

Jutta

""" + SIG["freese"] + """

---------- Forwarded message ---------
From: Aisling Moran <aisling.moran@eiremail.example>
Date: Thu, 19 Mar 2026 at 21:47
Subject: Application: Actuary Life & Pensions (AKT-2026-03)
To: <karriere@auenberg-versicherung.example>

Dear Ms Freese,

I would like to apply for the position of Actuary Life & Pensions in
Kassel. I am a Fellow of the Society of Actuaries in Ireland and have
worked for six years in the valuation team of a Dublin life insurer,
mainly on annuities and with-profits business.

Some details you asked for in the advertisement:
- Date of birth: 02/11/1993
- Current salary: EUR 71,500 plus 10 % bonus
- Salary expectation: EUR 78,000
- Notice period: three months to the end of a month
- German: B2, currently in a C1 course

My CV and certificates are uploaded in your portal.

Kind regards,
Aisling Moran
"""
    m = simple(who("freese"), "Tobias Hegemann <tobias.hegemann@auenberg-versicherung.example>",
               "Fwd: Application: Actuary Life & Pensions (AKT-2026-03)",
               D(2026, 3, 20, 8, 41, 20),
               "<FR3P281MB0377D2A9E0C14B37F65E8A0D1C2B6@FR3P281MB0377.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "en", "applicant",
            "forwarded job application: named applicant's birth date, current salary and salary expectation")


@mail
def m066():
    body = """Sehr geehrter Herr Kolbe,

am 01.05.2026 beginnt die Rente aus Ihrer Direktversicherung, die Ihr
früherer Arbeitgeber, die Maschinenbau Hessen-Nord GmbH, für Sie
abgeschlossen hat (Vertrag DV 0822-14-0317). Bevor wir die erste Zahlung
anweisen, brauchen wir noch einige Angaben.

1. Rente oder Kapital?
   Sie können bis zum 31.03.2026 statt der Rente eine einmalige
   Kapitalzahlung wählen.
     garantierte Monatsrente inkl. Überschüsse:   214,60 EUR
     Kapitalabfindung:                          58.120,00 EUR

2. Kranken- und Pflegeversicherung
   Renten aus einer Direktversicherung sind Versorgungsbezüge. Da Sie
   nach Ihren Angaben in der Krankenversicherung der Rentner
   pflichtversichert sind, müssen wir als Zahlstelle Ihre Krankenkasse
   informieren und die Beiträge einbehalten (bei Kapitalzahlung verteilt
   die Krankenkasse den Betrag auf 120 Monate). Bitte nennen Sie uns
   - Ihre Krankenkasse und
   - Ihre Krankenversichertennummer (steht auf der Gesundheitskarte).

3. Steuern
   Die Rente ist voll steuerpflichtig (§ 22 Nr. 5 EStG). Ihre
   Steuer-Identifikationsnummer liegt uns vor.

4. Konto
   Wir zahlen auf Ihr bekanntes Konto IBAN DE86 3834 6815 6172 3307 94,
   wenn Sie nichts anderes mitteilen.

Ihr Geburtstag am 12.04.1959 – also der 67. – ist zugleich der Stichtag
für den Rentenbeginn nach Ihrem Vertrag.

""" + SIG["aydin"] + "\n\n" + FOOT_DE
    m = simple(who("aydin"), "Reinhard Kolbe <reinhard.kolbe@t-net-mail.example>",
               "Ihr Rentenbeginn am 01.05.2026 – Direktversicherung DV 0822-14-0317",
               D(2026, 3, 20, 10, 5, 11),
               "<FR3P281MB4520A3D0E1C97B24F58E6D0A1C5B3@FR3P281MB4520.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "company pension start: named person's birth date, pension and lump sum, statutory health-insurance membership, IBAN")


@mail
def m067():
    body = """Hi all,

for Thursday's training session in Dublin, here is the case study on the
suicide clause. It is a constructed case: details from several old files
were combined and changed, names and dates are invented, so nothing in it
points to a real customer. Please still don't circulate it outside the
team.

--- Case study 7: "Twenty months" ---

Facts
A policyholder (male, in his forties, self-employed) takes out a
EUR 300,000 term policy with his business partner as beneficiary. Twenty
months later he dies; the police report suggests suicide. The beneficiary
submits a statement from the deceased's GP: treatment for severe
depression for about a year before death, with a hospital stay three
months before.

Questions for discussion
1. The death occurred within the three-year exclusion period. What does
   the beneficiary have to prove to get paid, and to what standard?
2. The application asked about psychiatric treatment in the last five
   years; he answered "no". Could we rescind the contract instead? What
   is the time limit, and which route is fairer?
3. What is the beneficiary entitled to if we do not pay the sum assured?
4. How would you word the first letter to the beneficiary?

Model answers follow after the session.

Sophie

""" + SIG["brandauer"]
    m = simple(who("brandauer"), "Dublin Life Claims Team <dublin-lifeclaims@auenberg-versicherung.example>",
               "Training Thursday: case study 7 (suicide clause)",
               D(2026, 3, 23, 9, 15, 2),
               "<FR3P281MB0934E0A1D7C93B25F46E8D0A1C2B7@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "internal",
            "trap: constructed training case on suicide and depression in a life claim, explicitly invented; no identifiable person")


@mail
def m068():
    body = """Sehr geehrter Herr Kaya,

die Gegnerin Frau Lehnert fordert über ihren Anwalt Ersatz für den
Schaden an ihrem Fahrzeug (Reparatur 4.210,77 €, Nutzungsausfall 8 Tage).
Sie behauptet, Sie seien beim Spurwechsel auf der A 7 Höhe Lutterberg in
ihre Fahrspur gefahren.

Ihr Dashcam-Video zeigt aus unserer Sicht deutlich, dass Frau Lehnert
selbst vom linken auf den mittleren Fahrstreifen gewechselt ist, als Sie
dort bereits fuhren. Wir haben die Forderung deshalb am 19.03.2026
vollständig zurückgewiesen und das Video dem gegnerischen Anwalt
übersandt. Ihr Schadenfreiheitsrabatt bleibt vorerst unberührt.

Falls Frau Lehnert klagt, übernehmen wir als Ihr Haftpflichtversicherer
die Abwehr und beauftragen einen Anwalt; Sie müssten dann nur als Zeuge
bzw. Partei zur Verhandlung.

Schaden KS-2026-003518, Vertrag KH 63 207 114, Kennzeichen HMÜ-EK 77.
Verletzt wurde bei dem Vorfall niemand.

""" + SIG["kowalczyk"] + "\n\n" + FOOT_DE
    m = simple(who("kowalczyk"), "Emre Kaya <emre.kaya@mailfuchs.example>",
               "Ihr Schaden KS-2026-003518 – Forderung zurückgewiesen",
               D(2026, 3, 23, 14, 0, 38),
               "<FR3P281MB1572B9E0D1A43C27F68E5A0D1C4B2@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, charset="windows-1252", cte="8bit",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "motor liability claim: named customer and third party, plate, contract/claim number; nobody hurt (windows-1252, 8bit)")


@mail
def m069():
    body = """Dear Dr Morales,

Re: your patient Mrs Gudrun Selle, born 3 June 1954, admitted on
21 March 2026

We are the travel health insurer of Mrs Selle (policy RK 8840-3315,
annual travel health cover with repatriation). We confirm that we cover
the costs of her treatment at your hospital:

- emergency admission after a fall in Marbella on 21 March,
- fracture of the right femoral neck, hemiarthroplasty planned,
- in-patient stay in a standard room, up to EUR 25,000 without further
  approval; please contact us before exceeding this amount.

Please send your invoice directly to us (not to the patient), in English
or Spanish, with the diagnosis and the procedure codes.

For the repatriation, our assistance partner will organise an ambulance
flight to Kassel once you consider Mrs Selle fit to fly. Could you let us
know, after the operation, the expected date of discharge and whether she
will need a stretcher or a seated transfer with a medical escort? She
also has type 2 diabetes and takes an anticoagulant (apixaban) according
to her daughter; please include this in your report for the flight
doctor.

Our 24-hour line for your ward: +49 561 7702-3699.

""" + SIG["feld"] + "\n\n" + FOOT_EN
    m = simple(who("feld"), "Dr Elena Morales <admisiones@hospital-costasol.example>",
               "Cost guarantee and repatriation - Mrs Gudrun Selle (RK 8840-3315)",
               D(2026, 3, 22, 11, 20, 5),
               "<FR3P281MB3690A1C0E9D74B23F56E8D0A1C2B4@FR3P281MB3690.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
            "cost guarantee to a hospital for a named insured: birth date, femoral neck fracture, diabetes, anticoagulant")


@mail
def m070():
    body = """Dear Mr Whitaker,

thank you for your questions. Here is our statement; you can quote me by
name.

1. Current bonus rate 2026
   "For 2026, Auenberg Lebensversicherung credits a current interest rate
   (laufende Verzinsung) of 2.6 percent to traditional life and pension
   policies, up from 2.4 percent. Including the terminal bonus and the
   share in valuation reserves, the total return is 3.3 percent."

2. Guarantees
   "Every contract keeps its guaranteed rate. For new business the
   maximum technical rate is 1.0 percent. About 38 percent of our
   reserves still carry guarantees of 3 percent or more; we finance
   these from the supplementary interest reserve built since 2011."

3. Surrenders
   "We do not see customers surrendering because of higher interest
   rates elsewhere. The surrender rate in 2025 was in line with the
   market."

We don't comment on individual customers or contracts.

""" + SIG["greve"] + "\n\n" + FOOT_EN
    m = simple(who("greve"), "Paul Whitaker <p.whitaker@financialwire.example>",
               "RE: Bonus rates 2026 - request for comment",
               D(2026, 3, 24, 15, 30, 0),
               "<FR3P281MB1944D0A1C7E93B24F56E8A0D1C3B9@FR3P281MB1944.DEUP281.PROD.OUTLOOK.example>",
               body, irt="<7f2a1c0e.4b9d@financialwire.example>",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-press",
            "trap: press statement on life bonus rates, guarantees and surrenders; no individual")


@mail
def m071():
    body = """Sehr geehrte Damen und Herren,

für Ihre Mieterin Frau Lea Hoffmann-Rieß übernehmen wir die
Mietkaution in Form einer Bürgschaft. Die Bürgschaftsurkunde finden Sie
im Anhang; das Original geht Ihnen heute per Post zu.

Bitte bestätigen Sie uns kurz den Eingang, damit Frau Hoffmann-Rieß
keine Barkaution leisten muss.

""" + SIG["wendeborn"] + "\n\n" + FOOT_DE
    lines = [
        "# Mietkautionsbürgschaft Nr. MKB 2026-04417",
        "",
        "Bürgin: Auenberg Allgemeine Versicherung AG, Auenberger Ring 12, 34121 Kassel",
        "Gläubigerin (Vermieterin): Sternberg Immobilienverwaltung GmbH, Kölnische Str. 90, 34117 Kassel",
        "Hauptschuldnerin (Mieterin): Lea Hoffmann-Rieß, geb. 11.01.1996",
        "Mietobjekt: Friedrich-Ebert-Straße 156, 3. OG rechts, 34119 Kassel",
        "Mietvertrag vom: 02.03.2026, Mietbeginn 01.04.2026",
        "",
        "Die Bürgin übernimmt gegenüber der Gläubigerin die selbstschuldnerische Bürgschaft",
        "für alle Ansprüche aus dem oben genannten Mietverhältnis bis zum Höchstbetrag von",
        "",
        "## 2.340,00 EUR (in Worten: zweitausenddreihundertvierzig Euro)",
        "",
        "entsprechend drei Monatskaltmieten zu je 780,00 EUR.",
        "Auf die Einreden der Anfechtung, der Aufrechnung und der Vorausklage wird verzichtet.",
        "Die Bürgschaft erlischt mit Rückgabe dieser Urkunde.",
        "",
        "Kassel, 24.03.2026",
        "Auenberg Allgemeine Versicherung AG",
    ]
    att = blob(pdf([lines], title="Buergschaftsurkunde MKB 2026-04417", date="20260324090500+01'00'"),
               "application/pdf", "Buergschaftsurkunde_MKB_2026-04417.pdf")
    m = compose(who("wendeborn"), "Sternberg Immobilienverwaltung <vermietung@sternberg-immobilien.example>",
                "Mietkautionsbürgschaft für Ihre Mieterin L. Hoffmann-Rieß",
                D(2026, 3, 24, 9, 12, 50),
                "<kosy.20260324.091250.34410@kosy.auenberg-versicherung.example>",
                "=_kosy_34410_mix", [text(body), att], extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-landlord",
            "rent deposit guarantee: named tenant, her birth date (in the PDF), address and rent")


@mail
def m072():
    body = """Hallo Hannah,

wie besprochen der Kommunikationsplan für die Beitragsanpassung zum
01.01.2027 in der Krankenvollversicherung – damit ihr Pressetexte und
FAQ vorbereiten könnt. Alles noch intern, Aufsichtsrat entscheidet im
September.

Ausgangslage (Stand Nachkalkulation, alle Zahlen Bestand gesamt):
- Leistungsausgaben 2025 je Versicherten +9,1 %, getrieben von
  stationären Kosten (+11 %) und hochpreisigen Arzneimitteln
  (Onkologie, Biologika, GLP-1)
- auslösender Faktor in 7 von 12 Tarifen überschritten
- durchschnittliche Anpassung voraussichtlich +6,8 %, Spanne 0 bis +14 %

Zeitplan
  KW 36   Beschluss, Treuhänderzustimmung
  KW 41   Pressemitteilung, FAQ online
  KW 43   Versand der Nachträge (ca. 118.000 Briefe)
  ab KW 43 Hotline-Verstärkung, Leitfaden Tarifwechsel nach § 204 VVG

Bitte in den Texten keine Einzelbeispiele echter Versicherter – wir
nehmen die Musterperson aus 2025 („Versicherte, 52, Tarif Komfort 300“).

Petra

""" + SIG["nolting"]
    m = simple(who("nolting"), "Hannah Greve <presse@auenberg-versicherung.example>",
               "Kommunikationsplan Beitragsanpassung KV 2027 (intern)",
               D(2026, 3, 25, 13, 8, 19),
               "<FR3P281MB5230C0A1E9D74B23F65E8D0A1C7B1@FR3P281MB5230.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: health premium adjustment plan with cost drivers (oncology, biologics) and a model person; aggregates only")


@mail
def m073():
    body = """Hallo zusammen,

zum Quartalsende gibt es am Dienstag, 31.03., ab 9 Uhr ein
Team-Frühstück in der Teeküche 3. OG. Brötchen bestelle ich, bitte
tragt euch bis Freitag in die Liste ein, wer was mitbringt (Aufstrich,
Obst, Kaffee haben wir).

Wer Homeoffice hat, ist trotzdem herzlich eingeladen!

Katrin
"""
    m = simple(who("overbeck"), "Team Leistung Leben <team-leistung-leben@auenberg-versicherung.example>",
               "Team-Frühstück Dienstag 31.03.",
               D(2026, 3, 25, 16, 40, 0),
               "<FR3P281MB1572A1B0E9D34C27F68E5D0A1C2B8@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "team breakfast invitation; nothing sensitive")


@mail
def m074():
    body = """Hallo zusammen,

Jonas fällt bis einschließlich Mittwoch aus. Bitte seine Posteingänge
so aufteilen:

- Policendarlehen und Abtretungen: Meltem
- Beitragsfreistellungen und Kündigungen: ich
- alles mit Frist diese Woche bitte kurz an mich, dann verteile ich

Telefon ist auf die Gruppe umgeleitet.

Danke euch
Katrin
"""
    m = simple(who("overbeck"), "Vertragsservice Leben <team-vertrag-leben@auenberg-versicherung.example>",
               "Vertretung Jonas bis Mittwoch",
               D(2026, 3, 30, 8, 5, 12),
               "<FR3P281MB1572C4E0A1D93B27F56E8D0A1C9B3@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: colleague absent without any reason given; work redistribution only")


@mail
def m075():
    body = """Dear Ms Ferraro,

thank you for the photos and the repair estimate. Your claim for the
broken display of your smartphone is covered under your electronics
insurance.

  Policy:   EL 7702-18834 (Samsung Galaxy S24, IMEI 35 291811 504722 6)
  Claim:    EL-S-2026-0610
  Damage:   display cracked after the phone fell from a table,
            23 March 2026
  Repair:   EUR 289.00 at Handy-Klinik Kassel (authorised partner)
  Excess:   EUR 50.00

Please take the phone to the repair shop with this e-mail; they will
charge us directly and only ask you for the EUR 50 excess.

""" + SIG["thielemann"] + "\n\n" + FOOT_EN
    m = simple(who("thielemann"), "Giulia Ferraro <giulia.ferraro@webmailer.example>",
               "Your claim EL-S-2026-0610 - phone display",
               D(2026, 3, 30, 11, 18, 44),
               "<FR3P281MB2890C1D0E9A74B23F56E8A0D1C3B2@FR3P281MB2890.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "electronics insurance claim of a named customer: policy/claim number, IMEI")


@mail
def m076():
    body = """Dear Ms Achterberg,

thank you for the audit plan for the 2025 year-end audit of Auenberg
Lebensversicherung AG. Regarding your request for a sample of death and
disability claims (work step L-07), our proposal:

1. Population: all death and disability claims settled between 1 January
   and 31 December 2025 (we will give you the count and total amount
   from the claims system, reconciled to the general ledger).
2. Sampling: you draw the sample yourselves with your tool from that
   population file; we only need the list of selected item numbers.
3. Evidence: for each selected item we upload the claim file (decision,
   payment proof, relevant documents) to the audit data room, folder
   L-07. Access only for your named team members.
4. Please do not request claim files or medical documents by e-mail;
   our data protection officer has asked us to use the data room only.

The population file will be in the data room on 13 April. Could you
confirm the names of the team members who need access?

Best regards,
Rebecca

""" + SIG["hale"] + "\n\n" + FOOT_EN
    m = simple(who("hale"), "Ruth Achterberg <r.achterberg@brightwater-audit.example>",
               "Year-end audit 2025 - sample of death and disability claims",
               D(2026, 3, 31, 10, 2, 27),
               "<FR3P281MB0612D1A0C9E73B45F26E8D0A1C4B8@FR3P281MB0612.DEUP281.PROD.OUTLOOK.example>",
               body, charset="us-ascii", cte="7bit",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-partner",
            "trap: auditors' sample of death and disability claims described as a process; no claim, person or number")


@mail
def m077():
    broker_body = """Hallo Frau Krüger,

bitte um eine kurze Risikovoranfrage BU für meinen Mandanten, bevor ich
den Antrag einreiche:

Fabian Eckert, geb. 24.06.1990, Elektroniker für Betriebstechnik,
gewünschte BU-Rente 2.000 EUR bis Endalter 67.

Gesundheit:
- Asthma bronchiale seit Kindheit, Salbutamol-Spray bei Bedarf, ca. 1x
  im Monat, keine Krankenhausaufenthalte
- Knie-OP rechts 2019 (Meniskus), seitdem beschwerdefrei
- 2023 drei Sitzungen beim Psychologen nach Trennung, keine Diagnose
  laut Mandant, keine Medikamente
- 1,84 m, 92 kg, Nichtraucher

Geht das normal oder mit Ausschluss? Danke!

Beste Grüße
Holger Brinkmann
Versicherungsmakler
"""
    inner = simple("Holger Brinkmann <info@brinkmann-makler.example>",
                   "Nadine Krüger <nadine.krueger@auenberg-versicherung.example>",
                   "Risikovoranfrage BU F. Eckert",
                   D(2026, 3, 31, 17, 55, 3),
                   "<01a8c2e7-3f41-4d09-b1a2-7c5e9d0f3a21@brinkmann-makler.example>",
                   broker_body, charset="utf-8", cte="8bit", fmt_flowed=True,
                   extra=[("User-Agent", UA_TB)])
    body = """Liebe Frau Dr. Salzmann,

Herr Brinkmann hat die Voranfrage leider nicht anonym und nicht über
das Portal geschickt (Mail im Anhang). Ich habe ihn darauf hingewiesen.
Können Sie trotzdem eine Einschätzung geben? Dann lösche ich die Mail
bei mir.

Danke und viele Grüße
Nadine Krüger
"""
    m = compose(who("krueger"), who("salzmann"),
                "WG: Risikovoranfrage BU", D(2026, 4, 1, 8, 20, 44),
                "<FR3P281MB4112D0A1E9C73B24F56E8D0A1C2B5@FR3P281MB4112.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0812_01DCC1A7.0B5E3C20",
                [text(body), rfc822(inner, "Risikovoranfrage BU F. Eckert.eml")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "broker",
            "body has no health data; the attached broker mail (flowed, 8bit) gives a named client's birth date, asthma, knee surgery, psychologist")


@mail
def m078():
    body = """Hallo Herr Brinkmann,

anbei Ihre Courtageabrechnung für das erste Quartal 2026. Der
Auszahlungsbetrag von 14.862,17 EUR geht am 10.04. auf Ihr Konto

  Holger Brinkmann e.K., DE03 2231 7607 0831 5416 58

Die Courtage ist nach § 4 Nr. 11 UStG umsatzsteuerfrei. Für Ihre
Buchhaltung: Wir führen Sie beim Finanzamt Kassel unter der
Steuernummer 026 812 44107.

Die Einzelaufstellung nach Verträgen finden Sie wie immer im
Maklerportal; in der Anlage stehen nur die Summen je Sparte und Monat.

""" + SIG["krueger"] + "\n\n" + FOOT_DE
    rows = [["Monat", "Sparte", "Abschlusscourtage EUR", "Bestandscourtage EUR", "Storno EUR", "Summe EUR"],
            ["2026-01", "Kfz", 0.0, 1288.40, 0.0, 1288.40],
            ["2026-01", "Sach/Haftpflicht", 642.10, 905.77, -48.20, 1499.67],
            ["2026-01", "Leben/BU", 3120.00, 410.35, -512.00, 3018.35],
            ["2026-02", "Kfz", 0.0, 1301.15, 0.0, 1301.15],
            ["2026-02", "Sach/Haftpflicht", 318.60, 911.02, 0.0, 1229.62],
            ["2026-02", "Leben/BU", 2480.40, 412.90, 0.0, 2893.30],
            ["2026-03", "Kfz", 0.0, 1299.80, -31.40, 1268.40],
            ["2026-03", "Sach/Haftpflicht", 455.25, 914.38, 0.0, 1369.63],
            ["2026-03", "Leben/BU", 1590.00, 403.65, 0.0, 1993.65],
            ["Summe", "", 8106.35, 8847.42, -591.60, 14862.17]]
    x = xlsx([("Q1 2026", rows)], author="Courtageabrechnung", created="2026-04-02T06:00:00Z",
             when=(2026, 4, 2, 6, 0, 0))
    m = compose(who("krueger"), "Holger Brinkmann <info@brinkmann-makler.example>",
                "Courtageabrechnung Q1 2026", D(2026, 4, 2, 10, 44, 31),
                "<FR3P281MB4112E1C0A9D74B23F58E6D0A1C3B9@FR3P281MB4112.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0820_01DCC270.6A1F2D50",
                [text(body), blob(x, MIME_XLSX, "Courtage_Q1-2026_Summen.xlsx")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-broker",
            "commission statement of a sole-trader broker: his IBAN, tax number and income; XLSX holds only totals per line, no customers")


@mail
def m079():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Ihr Vorsorge-Brief</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222;background:#eef2f5">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0d4a6b;color:#fff;padding:20px 26px;font-size:21px">Ihr Auenberg Vorsorge-Brief &ndash; Frühjahr 2026</td></tr>
<tr><td style="padding:20px 26px;line-height:1.5">
<p>Liebe Leserinnen und Leser,</p>
<p>wie groß ist die Lücke zwischen dem letzten Gehalt und der gesetzlichen Rente? Wir rechnen es an
unserer Musterkundin &bdquo;Anna&ldquo; vor &ndash; eine ausgedachte Person, 38 Jahre, angestellt.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">
<tr style="background:#dde8ef"><th align="left">Musterrechnung &bdquo;Anna&ldquo; (fiktiv)</th><th align="right">Euro im Monat</th></tr>
<tr><td>Bruttogehalt heute</td><td align="right">3.800</td></tr>
<tr><td>voraussichtliche gesetzliche Rente mit 67 (brutto, heutige Kaufkraft)</td><td align="right">1.540</td></tr>
<tr><td>gewünschtes Einkommen im Alter (80 % des Nettos)</td><td align="right">1.950</td></tr>
<tr><td><b>Versorgungslücke</b> vor Steuern und Krankenversicherung</td><td align="right"><b>410</b></td></tr>
</table>
<h3 style="color:#0d4a6b">Drei Wege, die Lücke zu schließen</h3>
<ol>
<li><b>Betriebsrente:</b> Über die Entgeltumwandlung sparen Sie aus dem Bruttogehalt. Ihr Arbeitgeber
gibt mindestens 15&nbsp;% dazu.</li>
<li><b>Riester-Rente:</b> lohnt sich besonders für Familien mit Kindern &ndash; pro Kind bis zu 300&nbsp;Euro Zulage im Jahr.</li>
<li><b>Private Rentenversicherung:</b> flexibel, mit lebenslanger Rente und Schutz für Hinterbliebene.</li>
</ol>
<h3 style="color:#0d4a6b">Was passiert im Todesfall?</h3>
<p>Bei vielen Verträgen erhalten Ehepartner oder Kinder eine Hinterbliebenenrente oder das angesparte
Guthaben. Prüfen Sie, wen Sie als Bezugsberechtigten eingetragen haben &ndash; etwa nach einer Scheidung.</p>
<p><a href="https://www.auenberg-versicherung.example/vorsorgerechner">Zum Vorsorgerechner</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777">Sie erhalten den Vorsorge-Brief, weil Sie ihn im Kundenportal bestellt haben.
<a href="https://www.auenberg-versicherung.example/vorsorgebrief/abmelden">Abmelden</a> &middot;
Auenberg Lebensversicherung AG &middot; Auenberger Ring 12 &middot; 34121 Kassel</td></tr>
</table></body></html>
"""
    m = simple("Auenberg Vorsorge-Brief <vorsorgebrief@auenberg-versicherung.example>",
               "Vorsorge-Brief Abonnenten <vorsorgebrief-liste@auenberg-versicherung.example>",
               "Ihr Vorsorge-Brief: Wie groß ist Ihre Rentenlücke?",
               D(2026, 4, 2, 7, 0, 0),
               "<vorsorgebrief-2026-1.10022@news.auenberg-versicherung.example>",
               html, subtype="html",
               extra=[("List-Unsubscribe", "<https://www.auenberg-versicherung.example/vorsorgebrief/abmelden>"),
                      ("Precedence", "bulk")])
    return (m, "NORMAL", "de", "newsletter",
            "trap: HTML-only pension newsletter with salary and pension figures of a fictitious model customer in a table")


@mail
def m080():
    cust = """Hello,

i want to change the beneficary of my life insurance. My policy number
is LV 5318-440271 i think (the old letter is from 2014). At the moment
it is my ex wife Deepa Nair but we are divorced since 2022 and I want
that my two children get the money if somthing happens:

Arjun Nair born 14.05.2011
Meera Nair born 30.08.2014

Both live with me, Hegelsbergstrasse 22, Kassel.

Also - I was told last month by my doctor that I have diabetes type 2
(still no insulin only tablets). Do I have to tell you this? Does it
change my insurance?

Thanks
Rajesh Nair
born 09.01.1979
"""
    body = """Jonas,

could you take this one? Policy is German-language, so it's yours. The
beneficiary change is straightforward (children are minors - please
mention that a guardian would receive the money for them, or he may
want to name a trustee).

On the diabetes question: please tell him that there is no obligation
to report changes in health after the policy has started, and that the
cover is not affected. I already told him by phone, he just wants it in
writing.

Thanks!
Sophie

-------- Forwarded Message --------
Subject: change beneficary
Date: Wed, 1 Apr 2026 19:12:40 +0200
From: Rajesh Nair <rajesh.nair@mailfuchs.example>
To: service@auenberg-versicherung.example

""" + cust
    m = simple(who("brandauer"), who("riedmueller"),
               "Fwd: change beneficary", D(2026, 4, 2, 9, 37, 5),
               "<c4b81e0d-7a93-4f26-9d15-3e0a6b2c8f71@auenberg-versicherung.example>",
               body, charset="utf-8", cte="8bit", fmt_flowed=True,
               extra=[("User-Agent", UA_TB)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "customer",
            "forwarded customer mail (typos): life policy beneficiary change, birth dates of him and his children, new type 2 diabetes")


@mail
def m081():
    body = """Hallo Frau Pohlmann,

die Übertragung des Schadenfreiheitsrabatts von Ihrem Großvater auf Sie
ist durchgeführt. Ihr Großvater hat uns die unterschriebene Erklärung
geschickt; er hat den Führerschein aus Altersgründen abgegeben und den
Wagen verkauft.

  abgebender Vertrag:   KF 08 114 932, Gerhard Pohlmann, SF 35
  übernehmender Vertrag: KF 44 208 719, Lena Pohlmann, geb. 19.07.2000
  Führerschein seit:    07/2018 -> übertragbar sind 7 schadenfreie Jahre
  neue Einstufung:      SF 7 statt SF 1/2 (Fahranfänger)
  Beitrag:              1.126,80 EUR statt 2.014,30 EUR jährlich

Die restlichen 28 SF-Jahre Ihres Großvaters verfallen, weil Sie nur so
viele Jahre übernehmen können, wie Sie den Führerschein haben.
Der geänderte Versicherungsschein kommt per Post.

""" + SIG["koehler"] + "\n\n" + FOOT_DE
    m = simple(who("koehler"), "Lena Pohlmann <lena.pohlmann@icloud-mail.example>",
               "SF-Übertragung von Ihrem Großvater – erledigt",
               D(2026, 4, 6, 10, 22, 15),
               "<FR3P281MB3301B0C9E1D74A23F65E8D0A1C2B6@FR3P281MB3301.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "motor no-claims transfer between named persons: birth date, contract numbers, premiums; age as reason, no health")


@mail
def m082():
    body = """Sehr geehrter Herr Dr. Falkner,

vielen Dank für Ihr Angebot. Wir verlängern den Rahmenvertrag über
ärztliche Untersuchungen für die Risikoprüfung Leben/BU zum 01.05.2026
zu folgenden Preisen (netto, je Untersuchung, inkl. Anfahrt im
Umkreis von 50 km):

  Pos.  Leistung                                         Preis EUR
  U1    ärztliche Untersuchung mit Anamnesebogen             95,00
  U2    Ruhe-EKG mit Befundung                               35,00
  U3    Belastungs-EKG (Ergometrie) mit Befundung            85,00
  L1    Laborprofil Basis (Blutbild, Kreatinin, GGT,
        GOT, GPT, Cholesterin, HDL, LDL, Glukose)            38,00
  L2    HbA1c                                                 9,50
  L3    HIV-/Hepatitis-Test (nur mit gesonderter
        Einwilligung)                                        22,00
  L4    Urinstatus / Cotinin                                 12,00
  P1    Pauschale Terminausfall durch Kunden                 40,00

Wie bisher gilt: Befunde übermitteln Sie ausschließlich über das
Ärzteportal, nicht per E-Mail oder Fax. Die Vereinbarung zur
Auftragsverarbeitung bleibt unverändert gültig.

Den unterschriebenen Nachtrag schicke ich Ihnen per Post.

""" + SIG["pape"] + "\n\n" + FOOT_DE
    m = simple(who("pape"), '"Dr. Ulrich Falkner" <u.falkner@medcheck-untersuchungsdienst.example>',
               "Verlängerung Rahmenvertrag ärztliche Untersuchungen ab 01.05.2026",
               D(2026, 4, 7, 14, 15, 40),
               "<FR3P281MB0455D1E0A9C73B24F58E6D0A1C2B3@FR3P281MB0455.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-supplier",
            "trap: price list for underwriting medical exams (ECG, HbA1c, HIV test); no person")


@mail
def m083():
    body = """Sehr geehrter Herr Brandes,

im Anhang finden Sie Ihre jährliche Renteninformation der Auenberg
Pensionskasse zum Stichtag 31.12.2025. Bitte bewahren Sie sie bei Ihren
Unterlagen auf.

Freundliche Grüße
Ihre Auenberg Pensionskasse VVaG
"""
    lines = [
        "# Auenberg Pensionskasse VVaG",
        "Renteninformation zum 31.12.2025",
        "",
        "Herrn Kai-Uwe Brandes",
        "Ahnatalstraße 33",
        "34128 Kassel",
        "",
        "Mitgliedsnummer: PK 40-118-2274        Arbeitgeber: Ostwald Logistik GmbH",
        "Geburtsdatum: 27.10.1972               Beginn der Mitgliedschaft: 01.01.2004",
        "Tarif: PK-Rente 2004 (Rechnungszins 2,75 %)",
        "",
        "## Beiträge",
        "Beiträge 2025 (Arbeitnehmer 1.200,00 EUR, Arbeitgeber 600,00 EUR):   1.800,00 EUR",
        "Beiträge seit Beginn insgesamt:                                    35.400,00 EUR",
        "",
        "## Ihre Anwartschaften",
        "Bisher erreichte garantierte Altersrente mtl.:                       171,30 EUR",
        "Garantierte Altersrente mtl. bei Fortzahlung bis 01.11.2039:         268,90 EUR",
        "Mögliche Altersrente mtl. inkl. Überschüssen (nicht garantiert):     331,40 EUR",
        "",
        "## Hinterbliebenenversorgung",
        "Witwen-/Witwerrente: 60 % der Altersrente",
        "Berechtigte Ehepartnerin laut Meldung des Arbeitgebers: Sabine Brandes",
        "",
        "## Erwerbsminderung",
        "Keine Absicherung vereinbart.",
        "",
        "Kassel, 15.03.2026",
    ]
    att = blob(pdf([lines], title="Renteninformation PK 40-118-2274", date="20260315060000+01'00'"),
               "application/pdf", "Renteninformation_2025_PK40-118-2274.pdf")
    m = compose("Auenberg Pensionskasse <pensionskasse@auenberg-versicherung.example>",
                "Kai-Uwe Brandes <kuw.brandes@kabelmail.example>",
                "Ihre Renteninformation 2025", D(2026, 4, 7, 6, 30, 0),
                "<kosy.20260407.063000.34902@kosy.auenberg-versicherung.example>",
                "=_kosy_34902_mix", [text(body), att], extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "company pension fund statement; body is generic, the PDF has member number, birth date, contributions, pension rights, spouse")


@mail
def m084():
    body = """Hi all,

summary of the data protection impact assessment (DPIA) for the OCR
pilot "DocRead Life" (automatic reading of incoming post in life claims),
as discussed in the steering group. Full document in the DPO SharePoint.

Processing: scanned post in life and disability claims is classified
(document type) and key fields are extracted (policy number, date of
death, doctor's name). Documents include death certificates, medical
certificates and doctors' reports, i.e. special categories of personal
data (Art. 9 GDPR) and data under professional secrecy (section 203
German Criminal Code).

Main risks
1. Vendor access to documents during model training - HIGH
2. Extracted cause-of-death text visible to too many users - MEDIUM
3. Wrong classification leads to documents in the wrong file - MEDIUM
4. Retention of training copies beyond the claim file - MEDIUM

Measures
- training only in our own tenant; vendor access via four-eyes remote
  session, logged
- cause-of-death field not extracted at all in phase 1
- confidence threshold 0.95, everything below goes to manual indexing
- training copies deleted after 90 days, deletion logged

Residual risk: acceptable after measures. No consultation of the
supervisory authority needed. Next review after 6 months of operation.

Lena

""" + SIG["markworth"]
    m = simple(who("markworth"), "Steering Group DocRead <docread-steering@auenberg-versicherung.example>",
               "DPIA summary: OCR pilot DocRead Life",
               D(2026, 4, 8, 11, 0, 3),
               "<FR3P281MB1090A0C1E9D74B23F56E8D0A1C4B9@FR3P281MB1090.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "internal",
            "trap: DPIA summary naming death certificates, medical reports, Art. 9 and section 203 in general; no data subject")


@mail
def m085():
    body = """Sehr geehrter Herr Stelzer,

mein Beileid zum Tod Ihres Vaters. Wie am Telefon besprochen, geht die
Kfz-Versicherung für seinen Wagen nach dem Tod zunächst auf die Erben
über. Weil Sie den Skoda Octavia (KS-HS 605) übernehmen und auf sich
ummelden wollen, schlage ich vor:

- Der Vertrag Ihres Vaters, KF 12 660 841 (Heinz Stelzer), endet mit
  der Ummeldung; den zu viel gezahlten Beitrag erstatten wir an die
  Erben.
- Für Sie legen wir einen neuen Vertrag an. Dafür brauche ich Ihr
  Geburtsdatum – Sie schrieben 03.12.1969 – und die eVB bekommen Sie
  gleich im Anschluss: eVB-Nummer A7K3M9P.
- Den Schadenfreiheitsrabatt Ihres Vaters (SF 25) können Sie innerhalb
  von zwölf Monaten übernehmen, soweit Sie selbst so lange den
  Führerschein haben. Dazu brauche ich eine Erklärung aller Erben; das
  Formular schicke ich Ihnen per Post.

""" + SIG["koehler"] + "\n\n" + FOOT_DE
    m = simple(who("koehler"), "Uwe Stelzer <uwe.stelzer@netpost.example>",
               "Kfz-Versicherung Ihres verstorbenen Vaters – Übernahme",
               D(2026, 4, 8, 15, 25, 9),
               "<FR3P281MB3301D2E0A1C94B37F56E8D0A1C7B2@FR3P281MB3301.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-relative",
            "motor contract of a deceased passed to the heir: names, heir's birth date, contract number, eVB; death without cause, non-personal line")


@mail
def m086():
    body = """Sehr geehrte Frau Notarin Dr. Wendt,

vielen Dank für die beglaubigten Abschriften des notariellen Testaments
von Frau Ilse Wagner vom 14.05.2019 und des Eröffnungsprotokolls des
Amtsgerichts Kassel vom 03.03.2026 (Az. 780 IV 201/26).

Zum Vertrag von Frau Wagner teilen wir Ihnen mit:

  Kapitallebensversicherung LV 1907-338826
  versicherte Person / VN:   Ilse Wagner, geb. 08.02.1939, gest. 11.02.2026
  Bezugsrecht:               keines benannt -> Leistung in den Nachlass
  Todesfallleistung:         21.406,12 EUR (inkl. Schlussüberschuss)

Das eröffnete notarielle Testament genügt uns als Erbnachweis; einen
Erbschein brauchen wir nicht. Danach sind Erben zu je einem Drittel die
Enkel

  Jana Wagner, geb. 21.06.1998
  Tim Wagner, geb. 02.10.2003
  Emil Wagner, geb. 15.01.2011

Da Emil Wagner minderjährig ist, zahlen wir seinen Anteil an seine
gesetzlichen Vertreter aus; die Eltern müssen dafür beide unterschreiben.
Eine familiengerichtliche Genehmigung ist für die bloße Entgegennahme
nicht erforderlich.

Bitte schicken Sie uns die Auszahlungserklärung aller Erben mit den
Bankverbindungen. Ihre Kostennote für die Abschriften reichen Sie bitte
beim Nachlass ein; wir übernehmen sie nicht.

""" + SIG["overbeck"] + "\n\n" + FOOT_DE
    m = simple(who("overbeck"), '"Notariat Dr. Wendt" <kanzlei@notariat-wendt.example>',
               "Nachlass Ilse Wagner – LV 1907-338826",
               D(2026, 4, 9, 10, 4, 58),
               "<FR3P281MB1572D0E1A9C74B23F56E8D0A1C2B7@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-notary",
            "life death benefit into an estate: deceased and three heirs with birth dates, amount, minor heir")


@mail
def m087():
    body = """Hi Arjun,

ticket LEA-4471, interface to the death notification service (registry
offices report deaths, we match them against policies in force).

Observed in ACC on 8 April:
- Incoming record TEST-STERBEFALL-0003 (synthetic, name "Testverstorbener
  Drei", date of birth 01.01.1900, date of death 01.01.2000, place "Test")
  matched two policies instead of zero. Both matched policies are also
  synthetic (test contracts 0000-000017 and 0000-000018).
- Root cause is probably the fuzzy match on the surname: "Drei" vs
  "Dreier" with the same (dummy) date of birth.

Expected: a match needs surname + first name + date of birth exact, or
two of three plus the address. Fuzzy surname only as a suggestion for
manual review, never an automatic "deceased" flag.

Please fix in the next sprint and add the three synthetic cases from the
attached log excerpt to the regression suite. Remember: never use real
notifications in ACC.

Stefan

""" + SIG["albers"]
    log = """2026-04-08T06:12:03Z INFO  SFM-IN   record=TEST-STERBEFALL-0001 match=0
2026-04-08T06:12:03Z INFO  SFM-IN   record=TEST-STERBEFALL-0002 match=1 contract=0000-000009 rule=EXACT
2026-04-08T06:12:04Z WARN  SFM-IN   record=TEST-STERBEFALL-0003 match=2 contract=0000-000017,0000-000018 rule=FUZZY_SURNAME(0.86)
2026-04-08T06:12:04Z INFO  SFM-IN   batch done records=3 flagged=3
"""
    m = compose(who("albers"), "Arjun Mehta <arjun.mehta@codeharbor-solutions.example>",
                "LEA-4471 death notification matching too fuzzy (ACC)",
                D(2026, 4, 9, 13, 50, 21),
                "<FR3P281MB2210E0A1C9D73B24F65E8D0A1C3B1@FR3P281MB2210.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0904_01DCC80B.3E7A1F90",
                [text(body), textfile(log, "plain", "sfm-acc-20260408.log", charset="us-ascii",
                                      cte="7bit")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-supplier",
            "trap: IT ticket on the death-notification interface with synthetic deceased test records and dummy contracts")


@mail
def m088():
    body = """Dear Ms Novak,

we have reviewed your claim under the online protection module of your
household policy (HR-5530-1062, claim CY-2026-0047).

You paid EUR 640.00 on 2 March 2026 for a bicycle to an online shop that
turned out to be fake. Your bank refused a chargeback because you had
authorised the transfer yourself. The police have registered your
complaint (ref. 2026-0304-10022, Polizei Kassel Mitte).

Online shopping fraud is covered up to EUR 1,500 per year, with an excess
of EUR 100. We will therefore pay EUR 540.00 to your account
DE80 8166 1481 5439 3500 65 within five working days.

Please let us know if any of the money is returned to you later.

""" + SIG["demirci"] + "\n\n" + FOOT_EN
    m = simple(who("demirci"), "Hana Novak <hana.novak@webmailer.example>",
               "Your online fraud claim CY-2026-0047",
               D(2026, 4, 10, 9, 27, 40),
               "<kosy.20260410.092740.35311@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "online-fraud claim under a household policy: named customer, policy/claim number, IBAN")


@mail
def m089():
    body = """Sehr geehrte Frau Kuhnert,

vielen Dank für die Austrittsmeldung. Zur Direktversicherung von Herrn
Marcel Dittrich, der zum 30.04.2026 bei Ihnen ausscheidet, die
Eckdaten:

  Vertrag:                 DV 1033-05-0211 (Gruppenvertrag GV 1033-05)
  versicherte Person:      Marcel Dittrich, geb. 16.09.1985
  Beginn:                  01.05.2016
  Finanzierung:            Entgeltumwandlung 150 EUR + AG-Zuschuss 22,50 EUR
  Anwartschaft:            gesetzlich unverfallbar (§ 1b BetrAVG)
  Übertragungswert
  zum 30.04.2026:          12.418,55 EUR

Als Arbeitgeber müssen Sie nichts weiter tun, wenn Sie uns bis zum
31.05.2026 die versicherungsvertragliche Lösung erklären (Formular im
Arbeitgeberportal). Herr Dittrich kann dann

  a) den Wert nach § 4 Abs. 3 BetrAVG zu seinem neuen Arbeitgeber
     mitnehmen,
  b) den Vertrag privat mit eigenen Beiträgen fortführen oder
  c) ihn beitragsfrei stellen.

Wir schreiben Herrn Dittrich dazu direkt an. Die Beiträge bis
einschließlich April ziehen wir wie gewohnt bei Ihnen ein.

""" + SIG["luedecke"] + "\n\n" + FOOT_DE
    m = simple(who("luedecke"), "Ines Kuhnert <personal@ostwald-logistik.example>",
               "Austritt M. Dittrich – Direktversicherung DV 1033-05-0211",
               D(2026, 4, 13, 11, 2, 7),
               "<FR3P281MB4410B1C0E9A73D24F56E8A0D1C9B5@FR3P281MB4410.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employer",
            "company pension (life) of a named leaving employee: birth date, contributions, transfer value")


@mail
def m090():
    body = """Thank you for your e-mail.

I am out of the office until Monday, 20 April 2026, with limited access
to e-mail. For urgent matters concerning international life and pension
policies, please contact our team at
international-life@auenberg-versicherung.example or +49 561 7702-4380.

Best regards,
Sophie Brandauer
"""
    m = simple(who("brandauer"), "a.reuter@reuter-lahm.example",
               "Automatic reply: Meeting on 22 April",
               D(2026, 4, 13, 16, 48, 33),
               "<FR3P281MB0934AUTO0413164833@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
               body, charset="us-ascii", cte="7bit",
               extra=[("Auto-Submitted", "auto-replied"),
                      ("X-Auto-Response-Suppress", "All"),
                      ("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-broker",
            "out-of-office reply to a broker; nothing about customers or contracts")


@mail
def m091():
    body = """Dear Mr Adeyemi,

thank you for your application for level term life cover of
EUR 300,000 over 25 years (application LA-2026-008812). Our medical
underwriter has reviewed the medical report from your GP, Dr Hoffmann,
and the results of the medical examination on 30 March 2026.

We can offer cover on the following terms:

  Standard premium:        EUR 31.20 per month
  Extra premium (+50 %):   EUR 15.60 per month
  Your premium:            EUR 46.80 per month

The reason for the extra premium is the raised blood pressure
(152/96 mmHg at the examination, treated with amlodipine since 2024)
together with a raised LDL cholesterol of 188 mg/dl. If your blood
pressure is well controlled for two years, you may ask us to review the
extra premium; please send readings from your doctor then.

The offer is valid for eight weeks. To accept, simply sign the enclosed
acceptance form in the customer portal.

""" + SIG["brandauer"] + "\n\n" + FOOT_EN
    m = simple(who("brandauer"), "Oluwaseun Adeyemi <o.adeyemi@mailfuchs.example>",
               "Your term life application LA-2026-008812 - our offer",
               D(2026, 4, 14, 10, 12, 55),
               "<FR3P281MB0934C2D0E1A94B37F56E8D0A1C5B8@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "life underwriting decision for a named applicant: hypertension, medication, cholesterol, extra premium")


@mail
def m092():
    body = """Guten Tag Frau Albrecht,

Ihr Nachbar Herr Vöhringer hat uns die Rechnung für die neue
Glasscheibe seines Gewächshauses geschickt (412,50 EUR). Ihr Sohn Jakob
(12) hatte beim Fußballspielen im Garten die Scheibe getroffen; verletzt
wurde niemand.

Wir übernehmen den Schaden aus Ihrer Privathaftpflicht (PHV 6620-3317,
Schaden HS-2026-00935) in voller Höhe und zahlen direkt an Herrn
Vöhringer. Eine Selbstbeteiligung ist in Ihrem Tarif nicht vereinbart.

""" + SIG["demirci"]
    m = simple(who("demirci"), "Simone Albrecht <simone.albrecht@kabelmail.example>",
               "Ihr Haftpflichtschaden HS-2026-00935 (Gewächshaus)",
               D(2026, 4, 14, 14, 30, 2),
               "<kosy.20260414.143002.35560@kosy.auenberg-versicherung.example>",
               body, charset="iso-8859-1", cte="8bit", extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "private liability claim: named customer, child and neighbour, contract/claim number; nobody hurt (iso-8859-1, 8bit)")


@mail
def m093():
    body = """Guten Tag,

vielen Dank für Ihre Nachricht. Sie ist unter der Vorgangsnummer
SV-2026-0418-22471 bei uns eingegangen. Wir melden uns innerhalb von
zwei Werktagen bei Ihnen.

Bitte geben Sie bei Rückfragen immer die Vorgangsnummer an.

Ihr Auenberg Kundenservice

----- Ihre Nachricht -----
Von: Frank Oberländer <frank.oberlaender@t-net-mail.example>
Gesendet: 15.04.2026 06:52
Betreff: Lastschrift zurückgegangen

Guten Morgen, die Abbuchung für meine Autoversicherung KF 27 390 112 ist
zurückgegangen weil ich das Konto gewechselt habe, sorry. Bitte nehmen
Sie ab jetzt das neue Konto DE61 3960 8065 6402 0279 92 und buchen Sie
den Aprilbeitrag nochmal ab. Frank Oberländer, Wilhelmshöher Weg 3,
34131 Kassel
"""
    m = simple("Auenberg Kundenservice <service@auenberg-versicherung.example>",
               "Frank Oberländer <frank.oberlaender@t-net-mail.example>",
               "Eingangsbestätigung: Lastschrift zurückgegangen [SV-2026-0418-22471]",
               D(2026, 4, 15, 6, 52, 40),
               "<ack.SV-2026-0418-22471@service.auenberg-versicherung.example>",
               body, extra=[("Auto-Submitted", "auto-replied")])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "automatic acknowledgement that echoes the customer's mail: motor contract number, new IBAN, address")


@mail
def m094():
    body = """Sehr geehrte Damen und Herren,

wir bereiten die Rentenbezugsmitteilungen für das Meldejahr 2025 vor und
haben eine technische Frage zum Schema 2026.1:

Nach der Schnittstellenbeschreibung, Abschnitt 4.3.2, darf das Element
„IdNr“ bei einer Erstmeldung fehlen, wenn die Identifikationsnummer
trotz maschineller Anfrage nicht ermittelt werden konnte; in der XSD ist
das Element aber mit minOccurs="1" und minLength 11 definiert. Unsere
Testlieferungen mit fehlender IdNr (nur synthetische Testfälle) werden
deshalb bei der Vorabprüfung abgewiesen (Fehlercode RBM-1107).

Fragen:
1. Gilt die XSD oder die Beschreibung?
2. Falls die Beschreibung gilt: Wird eine korrigierte XSD
   veröffentlicht, und bis wann?
3. Sollen wir solche Meldungen bis dahin zurückstellen? Die Frist für die
   Übermittlung ist der 1. März des Folgejahres; wir möchten sie nicht
   verpassen.

Unsere Mitteilungspflichtigen-Nummer und die Testlieferung
(Transfer-Ticket TT-2026-0311-0042) finden Sie im Anhang des
Supportformulars, das wir parallel eingereicht haben.

""" + SIG["sommerfeld"] + "\n\n" + FOOT_DE
    m = simple(who("sommerfeld"), "Fachliche Hotline RBM <rbm-hotline@zfa-bund.example>",
               "Frage zu Schema 2026.1: fehlende IdNr bei Erstmeldung (RBM-1107)",
               D(2026, 4, 15, 13, 20, 18),
               "<FR3P281MB3810C4A0E1D93B27F56E8D0A1C2B4@FR3P281MB3810.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-authority",
            "trap: technical question to the tax authority about pension reporting and missing tax IDs; synthetic tests only, no person")


@mail
def m095():
    body = """Hallo Herr Benrath,

hier Ihre eVB-Nummer für die Zulassung des neuen Fahrzeugs:

  eVB:                 R4T8W2Q
  Versicherungsnehmer: Marco Benrath, Brüder-Grimm-Str. 12, 34454 Bad Arolsen
  Fahrzeug:            Hyundai Kona Elektro, FIN KMHK581GFPU204417
  Vertrag:             KF 51 003 286 (Haftpflicht + Vollkasko 500/150)

Die Nummer ist 180 Tage gültig. Sobald das Fahrzeug zugelassen ist,
bekommen wir das Kennzeichen automatisch von der Zulassungsstelle.

""" + SIG["koehler"]
    m = simple(who("koehler"), "Marco Benrath <m.benrath@icloud-mail.example>",
               "Ihre eVB-Nummer R4T8W2Q",
               D(2026, 4, 16, 8, 45, 0),
               "<FR3P281MB3301E1A0C9D74B23F56E8D0A1C6B3@FR3P281MB3301.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "eVB for a named customer with address, VIN and contract number")


@mail
def m096():
    body = """Hallo Herr Lindner,

anbei der freigegebene Text für die neue Seite „Im Todesfall – was
Angehörige wissen müssen“. Bitte genau so übernehmen; Zwischenüberschriften
als H2, die Checkliste als Liste. Das Foto (Kerzen/Herbstlaub) hatten wir
schon ausgesucht.

Go-live wie besprochen am 29.04. Die englische Fassung folgt Ende Mai
von der Übersetzungsagentur.

""" + SIG["greve"] + "\n\n" + FOOT_DE
    doc = odt([
        "# Im Todesfall – was Angehörige wissen müssen",
        "Der Verlust eines nahestehenden Menschen ist schwer. Wir möchten Ihnen die Formalitäten so leicht wie möglich machen.",
        "# 1. Melden Sie den Todesfall",
        "Rufen Sie uns an (0561 7702-4400) oder schreiben Sie uns. Die Vertragsnummer hilft, ist aber nicht zwingend nötig.",
        "# 2. Diese Unterlagen brauchen wir",
        "• Sterbeurkunde (Kopie genügt in den meisten Fällen)",
        "• Versicherungsschein, falls vorhanden",
        "• unser Formular „Ärztliches Zeugnis im Todesfall“ – nur wenn wir Sie ausdrücklich darum bitten",
        "• einen Erbnachweis (Erbschein oder eröffnetes notarielles Testament) nur, wenn niemand als Bezugsberechtigter eingetragen ist",
        "• Ihre Bankverbindung",
        "Bitte schicken Sie uns keine Arztbriefe oder den vertraulichen Teil der Todesbescheinigung, wenn wir nicht danach fragen.",
        "# 3. So geht es weiter",
        "Sobald die Unterlagen vollständig sind, zahlen wir in der Regel innerhalb von zehn Arbeitstagen aus. Wir informieren das Finanzamt über Auszahlungen ab 5.000 Euro; das ist gesetzlich vorgeschrieben.",
        "# 4. Renten, die weiterlaufen",
        "Wenn die verstorbene Person eine Rente von uns erhalten hat, endet sie mit dem Sterbemonat. Bitte melden Sie den Todesfall rasch, damit keine Überzahlung entsteht. Bei vereinbarter Rentengarantiezeit oder Hinterbliebenenrente zahlen wir an die Berechtigten weiter.",
    ], author="Hannah Greve", created="2026-04-16T10:00:00", when=(2026, 4, 16, 10, 0, 0))
    m = compose(who("greve"), "Tobias Lindner <t.lindner@pixelwerk-kassel.example>",
                "Text für Seite „Im Todesfall“ – freigegeben",
                D(2026, 4, 16, 11, 5, 42),
                "<FR3P281MB1944E0A1D9C73B24F65E8D0A1C3B6@FR3P281MB1944.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0955_01DCCD88.7E2B1A40",
                [text(body), blob(doc, MIME_ODT, "Seite_Im_Todesfall_final.odt")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-supplier",
            "trap: public website text (ODT) on what heirs need after a death: death certificate, cause of death form, certificate of inheritance")


@mail
def m097():
    body = """Hallo Herr Seiler,

der Flyer Kinderunfallversicherung kann in Druck. Daten:

  Format:    DIN lang, 6 Seiten Wickelfalz
  Papier:    150 g Bilderdruck matt
  Auflage:   25.000
  Lieferung: bis 08.05. an unser Lager, Tor 3
  Druckdaten: PDF/X-4, kommen heute Nachmittag per Transfer-Link

Zum Inhalt nur zur Info, falls Ihre Vorstufe fragt: Die Beispiele im
Flyer („Lukas, 6, bricht sich beim Klettern den Arm“, „Mia, 9,
Zahnverletzung beim Sturz vom Rad“) sind ausgedacht, das Foto ist ein
Stockfoto mit Model-Release. Also kein Problem mit Persönlichkeitsrechten.

Preis laut Angebot 2026-114 vom 02.04.

""" + SIG["pape"]
    m = simple(who("pape"), "Rainer Seiler <r.seiler@druckhaus-seiler.example>",
               "Druckfreigabe Flyer Kinderunfall",
               D(2026, 4, 17, 9, 14, 7),
               "<FR3P281MB0455E1A0C9D74B23F65E8D0A1C2B9@FR3P281MB0455.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-supplier",
            "trap: print order for a child accident flyer with invented injury examples (fractured arm, dental injury)")


@mail
def m098():
    body = """Tobias,

S.12.01 (life and health SLT technical provisions) for Q1 is in the
reporting tool, status "ready for review". Main movements versus Q4:

  Best estimate, insurance with profit participation   EUR 8,412m (-0.6 %)
  Best estimate, index-linked and unit-linked          EUR 1,093m (+3.1 %)
  Best estimate, other life (term, disability)         EUR   611m (+0.4 %)
  Best estimate, annuities from non-life (accident)    EUR    38m (unch.)
  Risk margin                                          EUR   302m (+1.2 %)
  Transitional on technical provisions                 EUR  -184m

The drop in the with-profits line is mainly the higher discount curve at
the end of March. Could you sign off by Wednesday so we make the
submission deadline on 26 May with a buffer?

Rebecca

""" + SIG["hale"]
    m = simple(who("hale"), "Tobias Hegemann <tobias.hegemann@auenberg-versicherung.example>",
               "QRT S.12.01 Q1 2026 ready for review",
               D(2026, 4, 20, 10, 30, 45),
               "<FR3P281MB0612E1A0D9C73B25F46E8D0A1C3B2@FR3P281MB0612.DEUP281.PROD.OUTLOOK.example>",
               body, charset="us-ascii", cte="7bit", extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "internal",
            "trap: Solvency II life and health technical provisions, disability and annuities, portfolio totals only")


@mail
def m099():
    body = """Dear Mr Mensah,

thank you for the list of stolen items and the police report
(ref. 2026-0402-33817, Kassel police). I am sorry about the burglary in
your flat at Wolfhager Str. 48, 34117 Kassel.

I have checked the items against your household contents policy
HR-8810-2293 (claim S-26-001522, new-for-old cover) and added the values
we can pay to your list - see the attached spreadsheet. In short:

  items claimed (incl. cash)    EUR 4,935.00
  accepted (incl. EUR 350 cash) EUR 4,585.00
  excess                        EUR     0.00
  payment                       EUR 4,585.00

The watch was accepted with the receipt from 2021; for the laptop we
used the price of a comparable new model.

If you agree, just reply "agreed" and we will pay to your account on
file.

""" + SIG["thielemann"] + "\n\n" + FOOT_EN
    rows = [["No.", "Item", "Bought", "Claimed EUR", "Accepted EUR", "Note"],
            [1, "Laptop Lenovo ThinkPad X1 Carbon", "2023", 1890.00, 1640.00, "comparable new model"],
            [2, "Watch Seiko Presage", "2021", 780.00, 780.00, "receipt provided"],
            [3, "Games console + 2 controllers", "2024", 620.00, 560.00, "current price"],
            [4, "Headphones Sony WH-1000XM5", "2024", 349.00, 349.00, ""],
            [5, "Jewellery (gold chain)", "2019", 946.00, 906.00, "valuation by jeweller"],
            [6, "Cash", "", 350.00, 350.00, "within cash limit"],
            ["", "Total", "", 4935.00, 4585.00, ""]]
    att = blob(ods([("Stolen items", rows)], author="Anja Thielemann",
                   created="2026-04-20T13:40:00", when=(2026, 4, 20, 13, 40, 0)),
               MIME_ODS, "S-26-001522_items.ods")
    m = compose(who("thielemann"), "Kwame Mensah <kwame.mensah@webmailer.example>",
                "Your burglary claim S-26-001522 - assessed values",
                D(2026, 4, 20, 14, 2, 30),
                "<FR3P281MB2890E0A1C9D74B23F56E8D0A1C4B1@FR3P281MB2890.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0988_01DCD0B4.5C7E2A10", [text(body), att],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "burglary claim: named customer, address, police reference, stolen items with values (ODS)")


@mail
def m100():
    body = """Sehr geehrter Herr Brückner,

Sie haben Ihre Kapitallebensversicherung LV 2610-084433 zum 01.04.2026
gekündigt. Hier die Abrechnung des Rückkaufs:

  Rückkaufswert inkl. Überschüsse               27.940,18 EUR
  eingezahlte Beiträge                         -23.100,00 EUR
  Kapitalertrag (voll steuerpflichtig, Vertrag
  ab 2005, Laufzeit unter 12 Jahren)             4.840,18 EUR
  abzgl. Sparer-Pauschbetrag laut
  Freistellungsauftrag                          -1.000,00 EUR
  Bemessungsgrundlage                            3.840,18 EUR

  Kapitalertragsteuer (24,45 % bei
  Kirchensteuerabzug)                             -938,92 EUR
  Solidaritätszuschlag (5,5 %)                     -51,64 EUR
  Kirchensteuer ev. (9 %, Hessen)                  -84,50 EUR

  Auszahlung                                    26.865,12 EUR

Die Kirchensteuer haben wir einbehalten, weil das Bundeszentralamt für
Steuern für Ihre Steuer-ID 71 024 558 391 das Merkmal „evangelisch“
übermittelt hat. Eine Steuerbescheinigung für Ihre Einkommensteuer-
erklärung erhalten Sie im Januar 2027.

Den Betrag überweisen wir auf Ihr Konto DE10 9785 4184 4175 5493 79.

""" + SIG["sommerfeld"] + "\n\n" + FOOT_DE
    m = simple(who("sommerfeld"), "Martin Brückner <martin.brueckner@netpost.example>",
               "Abrechnung Rückkauf LV 2610-084433",
               D(2026, 4, 21, 9, 50, 12),
               "<kosy.20260421.095012.36044@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "life policy surrender statement: payout, tax ID, IBAN and religious affiliation (church tax 'evangelisch')")


@mail
def m101():
    body = """Hi Tobias, hi Hannah,

below is the draft of the English job ad for the careers page and
LinkedIn. Tobias, please check the technical part; Hannah, the tone.
I'd like to publish on Monday.

-----
Actuary Life & Pensions (m/f/d) - Kassel, hybrid

Auenberg Lebensversicherung AG manages around 500,000 life, annuity and
company pension contracts. Our actuarial team of twelve prices new
products, values our liabilities and looks after the surplus
participation of our customers.

What you will do
- value annuities in payment and deferred pensions under HGB and
  Solvency II
- develop pricing for occupational pension products (direct insurance,
  pension fund)
- analyse mortality, disability and lapse experience and set
  assumptions
- support the appointed actuary in the annual reports to BaFin

What you bring
- a degree in mathematics, statistics or a related field; actuarial
  exams (DAV, IFoA, SAI or equivalent) completed or in progress
- experience in life or pension insurance
- good English; German at B2 or willingness to learn - we pay the
  course

What we offer
- 38-hour week, up to 3 days from home
- company pension with 20 % employer contribution
- relocation support for candidates from abroad

Apply with reference AKT-2026-03 by 31 May 2026.
-----

Jutta

""" + SIG["freese"]
    m = simple(who("freese"), ["Tobias Hegemann <tobias.hegemann@auenberg-versicherung.example>",
                               "Hannah Greve <presse@auenberg-versicherung.example>"],
               "Draft job ad Actuary Life & Pensions (EN)",
               D(2026, 3, 6, 11, 5, 0),
               "<FR3P281MB0377B0C9E1D74A23F56E8D0A1C2B5@FR3P281MB0377.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "internal",
            "trap: job advertisement mentioning mortality, disability and company pension; no applicant")


@mail
def m102():
    body = """Sehr geehrte Frau Weißenborn,

für den Einspruch gegen den Bußgeldbescheid des Regierungspräsidiums
Kassel vom 08.04.2026 (Az. 7.3-BG 2026/411875) übernehmen wir die Kosten
aus Ihrem Verkehrs-Rechtsschutz.

  Vertrag:     RS 4401-7720
  Schaden:     RS-2026-01688
  Vorwurf:     Überschreitung der zulässigen Höchstgeschwindigkeit
               außerorts um 38 km/h (B 83, Höhe Guxhagen, 19.03.2026)
  Folgen laut
  Bescheid:    320 EUR Geldbuße, 2 Punkte, 1 Monat Fahrverbot

Sie sagten, dass nicht Sie, sondern ein Kollege den Dienstwagen gefahren
habe. Ihr Anwalt wird zunächst Akteneinsicht nehmen und das Messfoto
prüfen. Bitte machen Sie selbst gegenüber der Behörde keine Angaben zum
Fahrer.

Selbstbeteiligung: 150 EUR.

""" + SIG["demirci"] + "\n\n" + FOOT_DE
    m = simple(who("demirci"), "Corinna Weißenborn <c.weissenborn@webmailer.example>",
               "Deckungszusage RS-2026-01688 – Einspruch Bußgeldbescheid",
               D(2026, 4, 21, 15, 5, 40),
               "<kosy.20260421.150540.36101@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "legal expenses for a speeding fine (administrative offence, not criminal): named customer, contract/claim number")


@mail
def m103():
    body = """Dear Mrs Ribeiro-Schulz,

once again, our deepest sympathy on the death of your husband. I have
looked at everything you sent, and I would like to explain the next
steps as simply as I can.

Your husband, Michael Schulz (born 2 February 1977), held two policies
with us:

  1. Term life RL 4420-611903, sum assured EUR 200,000, beneficiary:
     you.
  2. Accidental death rider on the same policy, additional
     EUR 100,000, payable if death is caused by an accident within one
     year.

According to the Brazilian death certificate, he died on 28 March 2026
in Florianópolis of multiple injuries after a road traffic accident
(the motorbike taxi he was a passenger on was hit by a lorry). That means
the accidental death benefit is payable as well.

What we still need:
- the death certificate with apostille and a certified translation into
  German or English (you sent a copy without apostille),
- the police report (boletim de ocorrência) - a copy is enough,
- your bank details for the payment.

We do not need an autopsy report. As soon as the documents are complete,
we will pay EUR 300,000 to you. If the translation is difficult to
arrange from Kassel, let me know; we can commission a sworn translator
and bear the cost.

""" + SIG["brandauer"] + "\n\n" + FOOT_EN
    m = simple(who("brandauer"), "Ana Ribeiro-Schulz <ana.ribeiro@webmailer.example>",
               "Your husband's life insurance RL 4420-611903",
               D(2026, 4, 22, 10, 41, 29),
               "<FR3P281MB0934D1E0A9C73B24F56E8D0A1C2B3@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
            "death claim on a named deceased's term life and accident rider: birth date, cause of death, beneficiary")


@mail
def m104():
    body = """Hallo Herr Brinkmann,

Ihr Zugang zum Maklerportal war nach drei falschen Passworteingaben
gesperrt. Ich habe ihn entsperrt und ein neues Einmal-Passwort erzeugt;
das bekommen Sie wie üblich per SMS an die hinterlegte Mobilnummer, nicht
per Mail.

Beim ersten Anmelden werden Sie aufgefordert, ein eigenes Passwort zu
vergeben und Ihre Sicherheitsfrage zu bestätigen. Falls die SMS nicht
ankommt, rufen Sie mich kurz an.

""" + SIG["krueger"]
    m = simple(who("krueger"), "Holger Brinkmann <info@brinkmann-makler.example>",
               "AW: Login Maklerportal gesperrt",
               D(2026, 4, 22, 14, 18, 3),
               "<FR3P281MB4112C0E1A9D74B23F65E8D0A1C7B8@FR3P281MB4112.DEUP281.PROD.OUTLOOK.example>",
               body, irt="<b2d4f9a1-0c3e-47d8-a5b6-1e9f7c2d3a40@brinkmann-makler.example>",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-broker",
            "portal access unlocked, one-time password sent by SMS; no password or customer data in the mail")


@mail
def m105():
    body = """Guten Tag Herr Dörflinger,

wir haben Ihre Unterlagen zur Selbstbeteiligung beim Mietwagen geprüft
(Reiseversicherung RV 3390-1185, Schaden TR-26-01102).

Der Vermieter Islas Rent a Car hat Ihnen für den Parkschaden am
Mietwagen (Kratzer und Delle hintere Tür, Palma, 11.04.2026) die volle
Selbstbeteiligung von 900,00 EUR von der Kreditkarte abgebucht. Diese
Selbstbeteiligung ist über Ihren Tarif versichert. Wir erstatten Ihnen
900,00 EUR auf Ihr Konto DE62 7162 3478 9869 0024 20.

Für künftige Reisen: Bitte heben Sie den Übergabebericht des Vermieters
immer auf; er hat uns hier die Prüfung sehr erleichtert.

""" + SIG["feld"] + "\n\n" + FOOT_DE
    m = simple(who("feld"), "Jörg Dörflinger <joerg.doerflinger@t-net-mail.example>",
               "Ihr Schaden TR-26-01102 Mietwagen-Selbstbeteiligung",
               D(2026, 4, 23, 9, 33, 51),
               "<kosy.20260423.093351.36377@kosy.auenberg-versicherung.example>",
               body, charset="iso-8859-1", cte="quoted-printable",
               extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "rental-car excess claim: named customer, policy/claim number, IBAN; no health (iso-8859-1)")


@mail
def m106():
    body = """Liebe Kolleginnen und Kollegen der Risikoprüfung,

zur Info eine aktuelle Entscheidung, die für unsere Gesundheitsfragen
wichtig ist (OLG-Urteil aus dem Februar, veröffentlicht in der
Fachpresse, Parteien dort anonymisiert):

Sachverhalt (laut Urteil): Eine 34-jährige Lehrerin hatte bei Antrag
einer BU-Versicherung die Frage nach „Behandlungen durch Psychotherapeuten
in den letzten fünf Jahren“ verneint. Tatsächlich hatte sie zehn
Sitzungen Paartherapie bei einer psychologischen Psychotherapeutin
gehabt. Der Versicherer trat nach Eintritt der BU (wegen einer
Rückenerkrankung) vom Vertrag zurück.

Entscheidung: Rücktritt unwirksam. Eine Paarberatung, auch wenn sie bei
einer Psychotherapeutin stattfindet, ist keine „Behandlung“ im Sinne der
Frage, solange keine Diagnose gestellt und nicht über die Krankenkasse
abgerechnet wurde. Die Frage war für die Antragstellerin nicht eindeutig
genug.

Für uns:
1. Unsere Frage 7 im BU-Antrag ist ähnlich formuliert. Ich schlage vor,
   „Beratung“ ausdrücklich auszunehmen oder einzuschließen – das
   besprechen wir mit Produkt und Recht.
2. Bis dahin bei Rücktrittsprüfungen genau nachfragen, ob es Therapie
   mit Diagnose war.

Die Entscheidung liegt im Wiki unter Risikoprüfung > Rechtsprechung.

""" + SIG["salzmann"]
    m = simple(who("salzmann"), "Risikoprüfung Leben/BU <team-risikopruefung@auenberg-versicherung.example>",
               "OLG-Urteil: Paartherapie und Gesundheitsfragen BU",
               D(2026, 4, 23, 13, 2, 0),
               "<FR3P281MB1180B1C0E9D74A23F56E8D0A1C3B9@FR3P281MB1180.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: summary of a published, anonymised court ruling on psychotherapy and disability health questions; no identifiable person")


@mail
def m107():
    body = """Dear Mr Lindqvist,

as agreed with your head of wealth management, we would like to invite
your relationship managers to a product session on our international
pension solutions for clients who live or may retire abroad.

  Topics:  portable private pensions, paying annuities into other EU
           countries and the UK, tax residence and reporting,
           beneficiary designations under foreign law
  Date:    Wednesday, 6 May 2026, 14:00-16:00
  Place:   your office, Ballindamm 40, Hamburg - or via Teams

No client cases, please - we will work with fictitious examples only.
The calendar invitation is attached.

""" + SIG["brandauer"] + "\n\n" + FOOT_EN
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=Sophie Brandauer:mailto:sophie.brandauer@auenberg-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Erik Lindqvist:mailto:e.lindqvist@hanseatic-privatbank.example
SUMMARY;LANGUAGE=en-GB:Product session: international pensions (Auenberg / Hanseatic)
DTSTART:20260506T120000Z
DTEND:20260506T140000Z
UID:d210-0107-20260506-brandauer@auenberg-versicherung.example
DTSTAMP:20260424T080000Z
LOCATION:Hanseatic Privatbank, Ballindamm 40, Hamburg / Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    cal = MIMEPart(policy=SMTP)
    cal.set_content(ics, subtype="calendar", charset="utf-8", cte="7bit",
                    params={"method": "REQUEST"}, disposition="attachment", filename="invite.ics")
    m = compose(who("brandauer"), "Erik Lindqvist <e.lindqvist@hanseatic-privatbank.example>",
                "Invitation: product session international pensions, 6 May",
                D(2026, 4, 24, 10, 0, 30),
                "<FR3P281MB0934E1A0D9C74B23F65E8D0A1C4B2@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
                "_000_FR3P281MB0934E1A0D9C74B23F65E8D0A1C4B2FR3P281MB0934DEUP_",
                [text(body), cal], extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-partner",
            "trap: invitation to a bank partner's product session on annuities abroad and beneficiary designations; fictitious examples only")


@mail
def m108():
    body = """Dear Mr Pryce,

I am writing as the motor liability insurer of the driver who hit your
hire car on 17 April 2026 in Kassel, Kölnische Straße (our claim
KS-2026-004951). Our policyholder has accepted liability, and I am glad
that, as you told us on the phone, nobody was hurt.

To settle your claim, please send us:
- the invoice of the rental company for the repair or their damage
  assessment,
- any excess or administration fee they charged to your credit card,
- your costs for the replacement car or taxi on 17 and 18 April, with
  receipts.

We will pay the rental company's costs directly and reimburse your own
costs to your UK account. Please give us the account holder, sort code
and account number, or the IBAN.

""" + SIG["kowalczyk"] + "\n\n" + FOOT_EN
    m = simple(who("kowalczyk"), "Gareth Pryce <gareth.pryce@cymru-mail.example>",
               "Your claim KS-2026-004951 - accident in Kassel on 17 April",
               D(2026, 4, 24, 14, 40, 9),
               "<FR3P281MB1572E0A9C1D74B23F56E8D0A1C2B4@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "third-party motor claim: named claimant, claim number, accident details; nobody hurt")


@mail
def m109():
    body = """Liebe Kolleginnen und Kollegen,

ab 01.07.2026 gelten die Änderungen der Pflegereform. Für unsere
Pflegepflichtversicherung (PPV) übernehmen wir die Beträge der sozialen
Pflegeversicherung unverändert. Überblick (monatlich, in EUR):

  Pflegegrad   Pflegegeld   Pflegesachleistung   vollstationär
  1                 –             –                  131
  2               347           796                  805
  3               599         1.497                1.319
  4               800         1.859                1.855
  5               990         2.299                2.096

Weitere Punkte:
- Entlastungsbetrag steigt auf 131 EUR (war 125 EUR)
- gemeinsamer Jahresbetrag für Verhinderungs- und Kurzzeitpflege
  3.539 EUR
- Pflegehilfsmittel zum Verbrauch: 42 EUR statt 40 EUR
- Begutachtung bei Höherstufung künftig auch telefonisch möglich

Die Leistungsbausteine im Fachverfahren werden am 30.06. abends
umgestellt; bitte am 01.07. morgens stichprobenartig prüfen. Textbausteine
für die Information an Versicherte kommen von Marketing.

""" + SIG["vos"]
    m = simple(who("vos"), "Team Pflege <team-pflege@auenberg-versicherung.example>",
               "Pflegereform ab 01.07.2026 – Übersicht der neuen Beträge",
               D(2026, 4, 27, 8, 30, 0),
               "<FR3P281MB5488A0C1E9D74B23F56E8D0A1C2B7@FR3P281MB5488.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: long-term care reform table with care levels and benefit amounts; no insured person")


@mail
def m110():
    body = """Hi Lars,

as requested for the group life pricing review, here is our death claims
experience 2023-2025 by cause of death (ICD-10 chapter) and age band.
Counts only; cells below 10 are merged into "other" so the table cannot
be traced back to individuals. Source: the medical certificates in our
claims files, coded by our medical officer.

Observations
- Neoplasms remain the largest group (about 39 %), followed by
  circulatory diseases (24 %).
- External causes are concentrated in the under-45s; that includes
  accidents and suicide, which we do not split further here.
- The share of "unknown / not stated" is 6 %, mostly deaths abroad.

Rebecca

""" + SIG["hale"] + "\n\n" + FOOT_EN
    rows = [["ICD-10 chapter", "Cause group", "Age < 45", "Age 45-59", "Age 60+", "Total"],
            ["C00-D48", "Neoplasms", 41, 312, 388, 741],
            ["I00-I99", "Diseases of the circulatory system", 22, 164, 268, 454],
            ["V01-Y98", "External causes (accidents, suicide, other)", 88, 71, 35, 194],
            ["J00-J99", "Diseases of the respiratory system", "other", 28, 61, 97],
            ["K00-K93", "Diseases of the digestive system", "other", 37, 42, 87],
            ["G00-G99", "Diseases of the nervous system", 12, 19, 31, 62],
            ["-", "Other chapters (incl. cells < 10)", 19, 33, 45, 97],
            ["R99", "Unknown / not stated", 21, 41, 52, 114],
            ["", "Total", 203, 705, 922, 1846]]
    x = xlsx([("Deaths by cause 2023-2025", rows)], author="Rebecca Hale",
             created="2026-04-27T15:00:00Z", when=(2026, 4, 27, 15, 0, 0))
    m = compose(who("hale"), "Lars Eriksen <lars.eriksen@lumen-re.example>",
                "Group life: death claims by cause 2023-2025 (aggregated)",
                D(2026, 4, 28, 9, 10, 44),
                "<FR3P281MB0612A1C0E9D74B23F56E8D0A1C5B6@FR3P281MB0612.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0A11_01DCD6F0.1B3C5D70",
                [text(body), blob(x, MIME_XLSX, "GL_deaths_by_cause_2023-2025.xlsx")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-partner",
            "trap: death claims by ICD-10 chapter and age band for a reinsurer, small cells merged; no individual")


@mail
def m111():
    body = """Liebe Mitglieder des Lenkungskreises,

anbei wie besprochen der Entwurf der Vorstandsvorlage zum
Standortkonzept 2027 zur Durchsicht bis Freitag. Bitte nicht
weiterleiten; die Betriebsräte werden erst nach der Vorstandssitzung am
12.05. informiert.

Kernpunkte des Entwurfs:
- Zusammenlegung der Schadenbearbeitung Sach/Kfz aus Göttingen und
  Fulda in Kassel bis Mitte 2027
- Göttingen bleibt Standort für den Vertrieb, Fulda wird aufgegeben
  (Mietvertrag endet 30.06.2027)
- Schließung ohne betriebsbedingte Kündigungen; Angebote für
  Versetzung, Homeoffice und Altersteilzeit
- Einsparung ab 2028 rund 3,1 Mio. EUR jährlich

Zahlen zu einzelnen Beschäftigten enthält der Entwurf nicht; die
Auswirkungen werden nur je Standort und Abteilung dargestellt.

Viele Grüße
Helge Ahrens
Vorstand Betrieb und IT
"""
    m = simple("Helge Ahrens <helge.ahrens@auenberg-versicherung.example>",
               "Lenkungskreis Standorte <lk-standorte@auenberg-versicherung.example>",
               "[vertraulich] Entwurf Vorstandsvorlage Standortkonzept 2027",
               D(2026, 4, 28, 18, 2, 15),
               "<FR3P281MB0101C0A1E9D74B23F56E8D0A1C3B8@FR3P281MB0101.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK), ("Sensitivity", "Company-Confidential")])
    return (m, "CONFIDENTIAL", "de", "internal",
            "grey zone: no personal data, but the sender marked it [vertraulich] in the subject; explicit marking is a classification source")


@mail
def m112():
    body = """Hallo zusammen,

ab Juni läuft die Nachprüfung laufender BU-Leistungen nach dem neuen
Ablauf. Kurz das Wichtigste:

1. Auslöser: Das Fachverfahren legt 8 Wochen vor dem
   Nachprüfungstermin eine Aufgabe an. Termine ergeben sich aus dem
   Anerkenntnis (meist 12 oder 24 Monate).
2. Erstes Schreiben: Textbaustein NP-01 (Fragebogen zum aktuellen
   Gesundheitszustand und zur beruflichen Situation) plus neue
   Schweigepflichtentbindung, falls die alte älter als zwei Jahre ist.
3. Ärztliche Berichte fordert nur noch die Gesellschaftsärztin an, nicht
   die Sachbearbeitung.
4. Einstellung der Leistung nur mit Vier-Augen-Prinzip und
   Stellungnahme Recht; Nachweislast liegt bei uns.
5. Ergebnis „keine Änderung“: Textbaustein NP-05, neuer Termin in
   24 Monaten, bei Erkrankungen mit schlechter Prognose auch ohne
   Nachprüfung möglich (Vermerk „dauerhaft“).

Schulung am 20.05. um 10 Uhr in Raum 2.07. Den Leitfaden findet ihr im
Wiki unter BU > Nachprüfung.

""" + SIG["riedmueller"]
    m = simple(who("riedmueller"), "Leistung BU <team-leistung-bu@auenberg-versicherung.example>",
               "Neuer Ablauf BU-Nachprüfung ab Juni",
               D(2026, 4, 29, 10, 20, 2),
               "<FR3P281MB2672C1D0E9A74B23F56E8D0A1C2B1@FR3P281MB2672.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: process for disability follow-up reviews (health questionnaire, medical reports, consent) without any case")


@mail
def m113():
    body = """Stuck on the A7 behind an accident, 10-15 min late for the 9:30.
Please start without me.

C.

""" + IPHONE_EN
    m = simple(who("whitfield"), "Rebecca Hale <rebecca.hale@auenberg-versicherung.example>",
               "Late", D(2026, 4, 30, 9, 18, 40),
               "<2B7E0C94-51D3-4A8F-9E62-C0A1D3F7B845@auenberg-versicherung.example>",
               body, charset="us-ascii", cte="7bit", extra=[("X-Mailer", XM_IPHONE)])
    return (m, "NORMAL", "en", "internal",
            "two-line mobile note about being late; nothing sensitive")


@mail
def m114():
    body = """Dear Ms Tanaka,

thank you for the repair shop's report. The lightning strike near your
building on 26 April caused an overvoltage that damaged your TV and
your router; both are covered under your household contents policy.

  Policy:        HR-6021-4419
  Claim:         S-26-001707
  Address:       Schanzenstr. 9, 34130 Kassel
  TV (2023):     repair not economical, replacement value EUR 899.00
  Router:        replaced by your internet provider free of charge
  Payment:       EUR 899.00

We will transfer the amount to the account from which your premium is
collected. Please keep the old TV until 31 May in case our assessor
wants to see it.

""" + SIG["thielemann"] + "\n\n" + FOOT_EN
    m = simple(who("thielemann"), "Yuki Tanaka <yuki.tanaka@webmailer.example>",
               "Your claim S-26-001707 - lightning damage",
               D(2026, 5, 4, 11, 6, 20),
               "<FR3P281MB2890A1B0E9D74C23F56E8D0A1C2B7@FR3P281MB2890.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "household claim: named customer, insured address, policy/claim number, payout")


@mail
def m115():
    body = """Dear Ms Okoro,

thank you for the claim form and the medical documents for your
employee under your group income protection scheme (policy GIP 2024-0071).

  Employee:            Tomás Herrera, born 12 April 1989, software engineer
  Incapacity since:    10 November 2025
  Deferred period:     26 weeks -> benefit from 11 May 2026
  Insured benefit:     75 % of salary up to EUR 4,500 per month

Our medical officer has reviewed the specialist report: the diagnosis is
post-COVID syndrome with chronic fatigue (ICD-10 U09.9 and G93.3), with
marked exercise intolerance and cognitive symptoms. She agrees that
Mr Herrera is currently unable to work in his role. We accept the claim
from 11 May 2026 and will review it in six months.

Because a phased return can help in these cases, we would fund a
rehabilitation consultant to agree a plan with Mr Herrera and with you,
starting with a few hours a week from home. Could you let me know who in
your team would be the contact for this?

Benefit payments go to the company, which passes them on through payroll
as usual.

""" + SIG["brandauer"] + "\n\n" + FOOT_EN
    m = simple(who("brandauer"), "Chiara Okoro <people@brightline-software.example>",
               "Group income protection claim - T. Herrera (GIP 2024-0071)",
               D(2026, 5, 5, 14, 12, 0),
               "<FR3P281MB0934B0C1E9D74A23F56E8D0A1C7B5@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-employer",
            "group income protection claim for a named employee: birth date, post-COVID/chronic fatigue U09.9/G93.3, incapacity")


@mail
def m116():
    body = """Sehr geehrter Herr Görlitz,

vielen Dank für das nette Gespräch am Dienstag. Wie versprochen fasse ich
zusammen, wie eine betriebliche Altersversorgung für Ihre Tischlerei
aussehen könnte – zunächst ganz allgemein, ohne Daten Ihrer Mitarbeiter.

1. Durchführungsweg
   Für Betriebe Ihrer Größe empfehlen wir die Direktversicherung: wenig
   Verwaltungsaufwand, keine Beiträge zum Pensions-Sicherungs-Verein,
   die Verträge können bei einem Arbeitgeberwechsel mitgenommen werden.

2. Finanzierung
   Ihre Mitarbeiter wandeln einen Teil des Bruttogehalts um. Sie als
   Arbeitgeber müssen mindestens 15 % dazugeben, soweit Sie
   Sozialversicherungsbeiträge sparen. Viele Handwerksbetriebe zahlen
   freiwillig einen festen Zuschuss (z. B. 30 oder 50 EUR im Monat), um
   Fachkräfte zu halten.

3. Steuer und Sozialversicherung
   Beiträge bis 8 % der Beitragsbemessungsgrenze (2026: 644 EUR im
   Monat) sind steuerfrei, bis 4 % (322 EUR) auch
   sozialversicherungsfrei.

4. Ablauf
   Wir stellen Ihnen einen Gruppenvertrag aus, Ihre Lohnbuchhaltung
   meldet die Teilnehmer einmal über das Arbeitgeberportal an. Eine
   Gesundheitsprüfung gibt es im Gruppenvertrag nicht.

Gern komme ich zu einer Mitarbeiterversammlung und erkläre das Angebot
Ihrem Team direkt. Sagen Sie mir einfach, welcher Termin passt.

""" + SIG["luedecke"] + "\n\n" + FOOT_DE
    m = simple(who("luedecke"), "Martin Görlitz <info@tischlerei-goerlitz.example>",
               "Betriebsrente für Ihre Mitarbeiter – Zusammenfassung",
               D(2026, 5, 6, 9, 12, 30),
               "<FR3P281MB4410D0A1C9E74B23F65E8D0A1C2B8@FR3P281MB4410.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-employer",
            "trap: company pension offer to a prospective employer in general terms; no employee, no contract")


@mail
def m117():
    body = """Dear Mr Brennan,

I am sorry to hear that you lost your job. As discussed on the phone, we
have agreed a premium holiday for your private pension policy so you do
not have to cancel it.

  Policy:            RV 6640-118250 (private pension with death cover)
  Policyholder:      Lukas Brennan, born 21 July 1986
  Premium holiday:   1 June 2026 to 31 May 2027 (12 months)
  Monthly premium:   EUR 150.00 (suspended)

During the premium holiday:
- the policy continues with the value already built up;
- the death benefit before retirement is reduced from EUR 50,000 to the
  policy value (currently EUR 14,930.40);
- after the holiday, the premium restarts automatically. You can pay the
  missed premiums later or leave them out; the pension is then lower.

You mentioned that you currently receive unemployment benefit of
EUR 1,640 a month and would like to restart earlier if you find a job
soon. That's no problem - just tell us one month in advance.

""" + SIG["brandauer"] + "\n\n" + FOOT_EN
    m = simple(who("brandauer"), "Lukas Brennan <lukas.brennan@eiremail.example>",
               "Premium holiday for your pension RV 6640-118250",
               D(2026, 5, 7, 10, 45, 3),
               "<FR3P281MB0934C0D1E9A74B23F56E8D0A1C3B4@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "private pension with death cover (life line): birth date, policy value, unemployment and benefit income")


@mail
def m118():
    body = """Hallo Herr Kretschmer,

für die Beratung durch einen Anwalt wegen der überhängenden Äste vom
Nachbargrundstück übernehmen wir die Kosten (Erstberatung, bis 250 EUR
netto). Rechtsschutz-Vertrag RS 7712-0348, Schaden RS-2026-02015.

Für eine gerichtliche Auseinandersetzung bräuchten Sie den
Grundstücks-Rechtsschutz, den Ihr Vertrag nicht enthält. Sollen wir
Ihnen ein Angebot für den Einschluss machen? Er gilt dann aber erst für
künftige Streitigkeiten.

""" + SIG["demirci"]
    m = simple(who("demirci"), "Peter Kretschmer <p.kretschmer@kabelmail.example>",
               "RS-2026-02015 Nachbarschaft – Beratung übernommen",
               D(2026, 5, 7, 15, 30, 12),
               "<kosy.20260507.153012.37522@kosy.auenberg-versicherung.example>",
               body, charset="iso-8859-1", cte="quoted-printable",
               extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "short legal expenses note: named customer's neighbour dispute with contract/claim number (iso-8859-1)")


@mail
def m119():
    body = """Liebe Kolleginnen und Kollegen,

bis zum 31.05.2026 steht die jährliche Datenschutz-Unterweisung mit
kurzem Quiz an (ca. 20 Minuten, im Lernportal unter „Pflichtschulungen“).
Bisher haben 61 % abgeschlossen – danke an alle, die schon fertig sind!

Drei Fragen aus dem diesjährigen Quiz als Vorgeschmack:

1. Eine Witwe schickt uns die Todesbescheinigung ihres Mannes mit dem
   vertraulichen Teil (Todesursache). Darf ich sie per normaler E-Mail an
   die Kollegin in der Steuerabteilung weiterleiten?
   (Antwort: Nein – die Steuerabteilung braucht die Todesursache nicht,
   und Gesundheitsdaten gehen intern nur über die E-Akte.)

2. Ein Makler fragt telefonisch nach dem Rückkaufswert eines Kunden. Was
   prüfen Sie zuerst?
   (Antwort: ob der Makler für diesen Vertrag eine Vollmacht bzw.
   Bestandsrechte hat.)

3. Ist die Information „Herr X ist bei uns lebensversichert“ schon
   schützenswert?
   (Antwort: Ja – schon die Tatsache des Vertrags unterliegt der
   Schweigepflicht nach § 203 StGB.)

Bei Fragen erreicht ihr mich wie immer unter der Nummer unten.

""" + SIG["markworth"]
    m = simple(who("markworth"), "Alle Mitarbeitenden <alle-mitarbeitenden@auenberg-versicherung.example>",
               "Erinnerung: Datenschutz-Unterweisung und Quiz bis 31.05.",
               D(2026, 5, 11, 8, 0, 0),
               "<FR3P281MB1090C1D0E9A74B23F56E8D0A1C2B6@FR3P281MB1090.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: data-protection quiz questions about death certificates, surrender values and § 203 with placeholder 'Herr X'")


@mail
def m120():
    body = """Dear Mr Volkov,

we have reviewed the treatment plan from your dentist, Dr Sandra Kühne,
dated 28 April 2026, under your International Care Plus plan
(policy IC 9020-4471, member no. 02).

  Tooth / region     Treatment                                Cost EUR
  36                 extraction, bone augmentation             640.00
  36                 implant incl. abutment and crown        2,870.00
  24, 25             composite fillings                        310.00
  whole mouth        periodontal treatment (periodontitis
                     stage III, grade B), 2 sessions           780.00
  total                                                      4,600.00

Our decision:
- implant, augmentation and crown (EUR 3,510.00): 75 % = EUR 2,632.50
- fillings (EUR 310.00): 100 % = EUR 310.00
- periodontal treatment (EUR 780.00): 100 % = EUR 780.00
- expected reimbursement: EUR 3,722.50

The approval is valid for six months. Please send us the final invoice
after the treatment; if the costs are higher than planned, we need a
short explanation from Dr Kühne.

""" + SIG["nolting"] + "\n\n" + FOOT_EN
    m = simple(who("nolting"), "Dmitri Volkov <d.volkov@webmailer.example>",
               "Your dental treatment plan - our approval",
               D(2026, 5, 11, 13, 44, 8),
               "<kosy.20260511.134408.37790@kosy.auenberg-versicherung.example>",
               body, cte="base64", extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "base64-encoded body: dental treatment approval for a named insured (implant, periodontitis) under a health policy")


@mail
def m121():
    body = """Dear Mr and Mrs Lindholm,

thank you for booking the annual family travel insurance. Your
confirmation:

  Policy:       RJ 2026-77413 (annual multi-trip, worldwide excl. USA)
  Cover:        trip cancellation and interruption up to EUR 6,000,
                baggage up to EUR 2,500, personal liability abroad
  Period:       15 May 2026 - 14 May 2027
  Premium:      EUR 189.00 per year, paid by direct debit

  Insured persons
  Anders Lindholm      born 03/03/1981
  Sofia Lindholm       born 27/08/1983
  Elsa Lindholm        born 09/12/2012
  Nils Lindholm        born 18/06/2016

Please note that this policy does not include travel health insurance;
you told us that you are covered through your employer's plan.

""" + SIG["feld"] + "\n\n" + FOOT_EN
    m = simple(who("feld"), "Anders Lindholm <anders.lindholm@nordmail.example>",
               "Your family travel insurance RJ 2026-77413",
               D(2026, 5, 12, 9, 20, 44),
               "<kosy.20260512.092044.37851@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "travel policy confirmation with four named family members and birth dates; no health cover or data")


@mail
def m122():
    plain = """AUENBERG BROKER UPDATE - INTERNATIONAL LIFE, MAY 2026

What changes on 1 July 2026

1. New term life tariff "Term Flex"
   - sums assured from EUR 50,000 to EUR 5m
   - decreasing cover for mortgages, with annual or monthly reduction
   - optional terminal illness benefit (advance of 50 % when life
     expectancy is below 12 months)

2. Non-medical limits raised
   Applicants under 45: no medical examination up to EUR 500,000
   (previously EUR 300,000), only the health questionnaire.
   45-55: up to EUR 300,000. Above: GP report and blood profile.

3. Smoker definition
   "Non-smoker" now means no tobacco or nicotine products, including
   e-cigarettes, for 12 months (previously 24). Cannabis is asked
   separately.

4. Beneficiary designations for clients abroad
   New form B-INT in five languages; trusts under English law accepted
   as beneficiaries.

Please use the broker portal for all applications and medical
documents. Do not send health information to our regular e-mail
addresses.

Auenberg Lebensversicherung AG - International Life
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#0d4a6b">Auenberg Broker Update &ndash; International Life, May 2026</h2>
<h3>What changes on 1 July 2026</h3>
<ol>
<li><b>New term life tariff &ldquo;Term Flex&rdquo;</b> &ndash; sums assured from EUR&nbsp;50,000 to EUR&nbsp;5m;
decreasing cover for mortgages; optional terminal illness benefit (advance of 50&nbsp;% when life expectancy is below 12 months).</li>
<li><b>Non-medical limits raised</b>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;margin:6px 0">
<tr style="background:#dde8ef"><th>Age at entry</th><th>Without medical exam up to</th><th>Above the limit</th></tr>
<tr><td>under 45</td><td>EUR 500,000 (was 300,000)</td><td>GP report + blood profile</td></tr>
<tr><td>45&ndash;55</td><td>EUR 300,000</td><td>GP report + blood profile</td></tr>
<tr><td>over 55</td><td>EUR 150,000</td><td>medical exam + ECG</td></tr>
</table></li>
<li><b>Smoker definition</b> &ndash; no tobacco or nicotine products, including e-cigarettes, for 12 months (previously 24). Cannabis is asked separately.</li>
<li><b>Beneficiary designations for clients abroad</b> &ndash; new form B-INT in five languages; trusts under English law accepted as beneficiaries.</li>
</ol>
<p>Please use the broker portal for all applications and medical documents. Do not send health information to our regular e-mail addresses.</p>
<p style="color:#666;font-size:12px">Auenberg Lebensversicherung AG &ndash; International Life</p>
</body></html>
"""
    m = compose("Auenberg International Life <international-life@auenberg-versicherung.example>",
                "International brokers <broker-update-intl@auenberg-versicherung.example>",
                "Broker Update May 2026: Term Flex, higher non-medical limits",
                D(2026, 5, 13, 7, 30, 0),
                "<broker-update-intl-2026-05.2210@news.auenberg-versicherung.example>",
                "=_alt_bu_intl_0513", [text(plain, charset="us-ascii", cte="7bit"),
                                        text(html, subtype="html", charset="us-ascii", cte="7bit")],
                subtype="alternative", extra=[("Precedence", "bulk")])
    return (m, "NORMAL", "en", "newsletter",
            "trap: broker newsletter on term life underwriting limits, terminal illness, smoker definition; no person (us-ascii)")


@mail
def m123():
    body = """Sehr geehrte Frau Ebert,

mit großer Anteilnahme haben wir vom Tod Ihres Mannes, Herrn Wolfgang
Ebert, erfahren. Aus seiner Mitgliedschaft in der Auenberg Pensionskasse
steht Ihnen eine Witwenrente zu.

  Mitgliedsnummer Ihres Mannes: PK 40-077-0915
  verstorben am:                 19.04.2026
  seine Altersrente zuletzt:     330,70 EUR monatlich
  Ihre Witwenrente (60 %):       198,40 EUR monatlich
  Beginn:                        01.05.2026 (Sterbevierteljahr: für Mai
                                 bis Juli zahlen wir die volle Rente
                                 Ihres Mannes weiter)

Damit wir die Rente auszahlen können, brauchen wir noch:
1. eine Kopie der Heiratsurkunde,
2. Ihre steuerliche Identifikationsnummer (die Rente ist
   steuerpflichtig; wir melden sie an die Finanzverwaltung),
3. den Namen Ihrer Krankenkasse und Ihre Versichertennummer – die
   Witwenrente ist ein Versorgungsbezug, von dem wir Kranken- und
   Pflegeversicherungsbeiträge abführen müssen,
4. Ihre Bankverbindung, falls die Rente nicht auf das bisherige
   Gemeinschaftskonto gehen soll.

Ihre Angaben laut unserer Akte: Ursula Ebert, geb. 14.10.1952,
Am Warteberg 17, 34125 Kassel.

""" + SIG["aydin"] + "\n\n" + FOOT_DE
    m = simple(who("aydin"), "Ursula Ebert <ursula.ebert@t-net-mail.example>",
               "Witwenrente aus der Pensionskasse – PK 40-077-0915",
               D(2026, 5, 13, 11, 15, 36),
               "<FR3P281MB4520D1A0C9E74B23F56E8D0A1C2B5@FR3P281MB4520.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
            "survivor's pension from the pension fund: deceased member, widow's birth date, pension amounts, health-insurance deduction")


@mail
def m124():
    body = """Hallo Herr Fuchs,

die Wildunfallbescheinigung des Jagdpächters ist da, danke. Den
Wildschaden (Reh, L 3214 bei Zierenberg, 09.05.2026) übernehmen wir aus
Ihrer Teilkasko ohne Rückstufung.

Schaden KS-2026-005530, Vertrag KF 36 118 092, Kennzeichen WOH-JF 19.
Die Werkstatt Autohaus Brede kann direkt mit uns abrechnen;
Selbstbeteiligung 150 EUR zahlen Sie bei Abholung.

""" + SIG["kowalczyk"]
    m = simple(who("kowalczyk"), "Jan Fuchs <jan.fuchs@mailfuchs.example>",
               "AW: Wildunfall Reh", D(2026, 5, 14, 8, 55, 10),
               "<FR3P281MB1572A0B1E9D74C23F56E8D0A1C3B6@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, charset="windows-1252", cte="quoted-printable",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "short deer-collision claim note: named customer, plate, contract/claim number (windows-1252)")


@mail
def m125():
    body = """Hallo Frau Wiegand,

anbei der neue Textbaustein TF-12 „Auszahlung der Todesfallleistung an
Bezugsberechtigte“ zur Aufnahme in die Bausteinbibliothek. Die
Platzhalter sind die Feldnamen aus KOSY; bitte so lassen. Freigegeben
von Recht (Dr. Ebeling) am 12.05.

Danke!

""" + SIG["overbeck"]
    doc = docx([
        "# Textbaustein TF-12 – Auszahlung der Todesfallleistung an Bezugsberechtigte",
        "Gültig ab: 01.06.2026   Freigabe: Recht Leben, 12.05.2026",
        "",
        "«Anrede» «Titel» «Nachname_Empfaenger»,",
        "",
        "nochmals unser aufrichtiges Beileid zum Tod von «Anrede_VP» «Vorname_VP» «Nachname_VP», geboren am «Geburtsdatum_VP».",
        "",
        "Aus dem Vertrag «Vertragsnummer» zahlen wir Ihnen als «Bezugsrecht_Art» Bezugsberechtigte/r folgende Leistung aus:",
        ("Versicherungssumme", "«Summe»"),
        ("Überschussbeteiligung", "«Ueberschuss»"),
        ("abzüglich Policendarlehen", "«Darlehen»"),
        ("Auszahlungsbetrag", "«Auszahlung»"),
        "",
        "Den Betrag überweisen wir auf das Konto «IBAN» bei «Bank».",
        "",
        "[Optional, wenn Betrag >= 5.000 EUR:] Wir sind gesetzlich verpflichtet, die Auszahlung dem für die Erbschaftsteuer zuständigen Finanzamt anzuzeigen (§ 33 ErbStG).",
        "",
        "[Optional, wenn Rentengarantiezeit läuft:] Die Rente zahlen wir bis zum «Ende_Garantiezeit» an Sie weiter.",
        "",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ], author="Katrin Overbeck", created="2026-05-13T14:00:00Z", when=(2026, 5, 13, 14, 0, 0),
        title="Textbaustein TF-12")
    m = compose(who("overbeck"), "Sabine Wiegand <sabine.wiegand@auenberg-versicherung.example>",
                "Neuer Textbaustein TF-12 Auszahlung Todesfallleistung",
                D(2026, 5, 14, 10, 30, 0),
                "<FR3P281MB1572B1C0E9D74A23F56E8D0A1C4B2@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0B02_01DCE3A0.4D5E6F70",
                [text(body), blob(doc, MIME_DOCX, "Textbaustein_TF-12.docx")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: DOCX letter template for death-benefit payouts with «placeholders» for name, birth date, IBAN and amounts")


@mail
def m126():
    gp_body = """Dear Sir or Madam,

Re: Mr Alan Whitmore, date of birth 02/05/1961, NHS no. 943 476 5919
Your ref: RL 3120-778140

Further to your request and with the consent of his widow as personal
representative, I confirm the following.

Mr Whitmore died at home on 24 April 2026. I issued the Medical
Certificate of Cause of Death:

  1a  Metastatic carcinoma of the pancreas
  1b  -
  2   Type 2 diabetes mellitus

The pancreatic cancer was diagnosed in February 2025 after he presented
with weight loss and jaundice. Before that, he had been seen in the
practice for diabetes reviews since 2016 and for hypertension since
2019. In June 2023 he was referred for investigation of upper abdominal
pain; an ultrasound was reported as normal at that time.

A copy of his summary care record can be provided on request.

Yours faithfully,
Dr Fiona Grey
Riverside Surgery, Leeds
"""
    inner = simple('"Dr Fiona Grey" <f.grey@riverside-surgery.example>',
                   "International Life Claims <international-life@auenberg-versicherung.example>",
                   "Mr Alan Whitmore - your ref RL 3120-778140",
                   D(2026, 5, 14, 12, 2, 0, off=1),
                   "<CAO1p8Qx2Zr7@riverside-surgery.example>",
                   gp_body, charset="us-ascii", cte="7bit")
    body = """Henrike,

the GP's reply for RL 3120-778140 came in (attached). Policy start was
1 September 2023, so please compare with the health answers in the
application before we decide. No rush before Monday.

Thanks,
Sophie
"""
    m = compose(who("brandauer"), who("salzmann"),
                "FW: Mr Alan Whitmore - your ref RL 3120-778140",
                D(2026, 5, 15, 9, 3, 12),
                "<FR3P281MB0934D0A1C9E74B23F56E8D0A1C5B1@FR3P281MB0934.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0B19_01DCE47C.2F3A4B50",
                [text(body), rfc822(inner, "Mr Alan Whitmore - your ref RL 3120-778140.eml")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "doctor",
            "forwarded GP letter (message/rfc822): named deceased, birth date, cause of death pancreatic cancer, diabetes, medical history")


@mail
def m127():
    body = """Dear Mr Fischer-Reid,

I'm sorry your e-bike was stolen. I have checked the documents and can
settle the claim under your bicycle insurance:

  Policy:         FR 4410-2267
  Claim:          FR-S-2026-0388
  Bike:           Riese & Müller Charger4 GT, frame no. WRM4417K22
  Purchase price: EUR 5,299.00 (invoice 14.06.2024)
  Theft:          12 May 2026, Kassel main station, locked to a bike stand
  Payment:        EUR 5,299.00 less 10 % for bikes older than 18 months
                  = EUR 4,769.10

Please send us the second key of the frame lock; that's a condition of
the policy. As soon as it arrives, we will pay to your account
DE48 8814 5770 4819 3744 94.

""" + SIG["thielemann"] + "\n\n" + FOOT_EN
    m = simple(who("thielemann"), "Noah Fischer-Reid <noah.fr@webmailer.example>",
               "Your e-bike theft claim FR-S-2026-0388",
               D(2026, 5, 18, 10, 12, 0),
               "<FR3P281MB2890B0C1E9A74D23F56E8D0A1C2B3@FR3P281MB2890.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "bicycle theft claim: named customer, frame number, policy/claim number, IBAN")


@mail
def m128():
    body = """Hi all,

I'm setting up our monthly reconciliation of the annuity payment run as a
recurring meeting, on the third working day of each month. Agenda:

1. payment file vs. annuity ledger (totals, count of payments)
2. returned payments (closed accounts, deceased annuitants) - totals
   only in the meeting, cases stay in the work queue
3. open recalls from banks
4. tax reporting differences (annuity income reports)

Please bring figures, not customer lists.

Ewa

""" + SIG["nowicka"]
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Ewa Nowicka:mailto:ewa.nowicka@auenberg-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Meltem Aydin:mailto:meltem.aydin@auenberg-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Rebecca Hale:mailto:rebecca.hale@auenberg-versicherung.example
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN=Dirk Sommerfeld:mailto:dirk.sommerfeld@auenberg-versicherung.example
SUMMARY;LANGUAGE=en-GB:Monthly reconciliation annuity payment run
DTSTART;TZID=W. Europe Standard Time:20260603T100000
DTEND;TZID=W. Europe Standard Time:20260603T104500
RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=3
UID:d210-0128-annuity-recon@auenberg-versicherung.example
DTSTAMP:20260518T121500Z
LOCATION;LANGUAGE=en-GB:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    cal = MIMEPart(policy=SMTP)
    cal.set_content(ics, subtype="calendar", charset="utf-8", cte="quoted-printable",
                    params={"method": "REQUEST"}, disposition="attachment", filename="invite.ics")
    m = compose(who("nowicka"), "Meltem Aydın <meltem.aydin@auenberg-versicherung.example>",
                "Monthly reconciliation annuity payment run (recurring)",
                D(2026, 5, 18, 14, 15, 0),
                "<FR3P281MB1814A0C1E9D74B23F56E8D0A1C3B7@FR3P281MB1814.DEUP281.PROD.OUTLOOK.example>",
                "_000_FR3P281MB1814A0C1E9D74B23F56E8D0A1C3B7FR3P281MB1814DEUP_",
                [text(body), cal],
                cc="Rebecca Hale <rebecca.hale@auenberg-versicherung.example>, "
                   "Dirk Sommerfeld <dirk.sommerfeld@auenberg-versicherung.example>",
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "internal",
            "trap: recurring meeting on annuity payments, deceased annuitants and tax reports; no case or person")


@mail
def m129():
    body = """Hi Hannah,

here is my proposal for the English FAQ on the expat portal for our
hospital cash plan. Could you polish the language? Content is checked.

Q: What is hospital cash?
A: A fixed amount for each day you spend in hospital as an in-patient,
   paid to you regardless of your actual costs - EUR 50, 100 or 150 a
   day depending on your plan.

Q: Do I get hospital cash for day surgery?
A: Only if you stay overnight. Day-case operations and outpatient
   treatment are not covered.

Q: Does it cover rehabilitation or psychiatric clinics?
A: Rehabilitation after a hospital stay: yes, at 50 % of the daily
   amount for up to 30 days. Psychiatric and psychosomatic treatment in
   hospital: yes, for up to 60 days per year.

Q: What do I need to send?
A: The hospital's confirmation of admission and discharge dates. We do
   not need your diagnosis or medical reports. Please upload the
   confirmation in the portal - not by e-mail.

Q: Is hospital cash taxable?
A: No, in Germany hospital cash from a private policy is not taxable
   income.

Petra

""" + SIG["nolting"]
    m = simple(who("nolting"), "Hannah Greve <presse@auenberg-versicherung.example>",
               "FAQ hospital cash (expat portal) - please polish",
               D(2026, 5, 19, 11, 40, 22),
               "<FR3P281MB5230D0A1C9E74B23F56E8D0A1C4B3@FR3P281MB5230.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "internal",
            "trap: public FAQ on hospital cash, psychiatric and rehab stays; product information, no person")


@mail
def m130():
    body = """Hi Maren,

thanks for the fleet renewal for Hakan Özdemir (Taxi Özdemir e.K., sole
trader, Kassel). Before I can quote, I need the driver list confirmed -
I've put what we have on file into the attached CSV. Please check it
with Mr Özdemir and mark changes; two drivers have no licence date.

Fleet: 7 taxis (5 Toyota Corolla Hybrid, 2 VW Touran), current policy
KF-FL 0071-3306, claims 2023-2025: 4 liability, 2 own damage, total
EUR 21,870 paid. Renewal 1 July 2026.

Drivers under 25 or with a licence of less than 3 years attract a
surcharge; that's why we need the dates.

""" + SIG["whitfield"] + "\n\n" + FOOT_EN
    csv_text = ("driver;date_of_birth;licence_since;taxi_permit_until;employed_since\r\n"
                "Hakan Özdemir;1975-03-19;1994-05-02;2027-08-31;owner\r\n"
                "Serkan Aydoğan;1988-11-07;2007-01-15;2026-12-31;2016-04-01\r\n"
                "Wolfgang Pieper;1961-06-30;1980-09-12;2028-03-31;2009-10-01\r\n"
                "Jelena Marković;1992-02-14;2013-07-20;2027-05-31;2021-02-15\r\n"
                "Ahmad Rahimi;2001-08-25;;2027-01-31;2025-06-01\r\n"
                "Kevin Schramm;1999-12-03;;2026-10-31;2024-11-01\r\n")
    m = compose(who("whitfield"), "Maren Tietjen <m.tietjen@harbour-brokers.example>",
                "Fleet renewal Taxi Özdemir - driver list to confirm",
                D(2026, 5, 19, 15, 8, 30),
                "<FR3P281MB3127D0E1A9C74B23F56E8D0A1C2B9@FR3P281MB3127.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0B44_01DCE7D1.3A4B5C60",
                [text(body), textfile(csv_text, "csv", "Taxi_Oezdemir_drivers.csv")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-broker",
            "motor fleet of a sole trader: named drivers with birth dates in the CSV, claims history; no health")


@mail
def m131():
    body = """Sehr geehrte Damen und Herren,

anbei übersenden wir die Beschwerdestatistik der Auenberg
Lebensversicherung AG und der Auenberg Allgemeine Versicherung AG für das
Berichtsjahr 2025 (ZIP mit CSV-Datei im vorgegebenen Format und dem
unterschriebenen Anschreiben als PDF).

Die Statistik enthält ausschließlich Fallzahlen je Sparte und
Beschwerdegrund; personenbezogene Angaben sind nicht enthalten.

""" + SIG["wendeborn"] + "\n\n" + FOOT_DE
    csv_text = ("Unternehmen;Sparte;Beschwerdegrund;Anzahl;davon_abgeholfen\r\n"
                "Auenberg Leben;Leben;Leistung im Todesfall;41;17\r\n"
                "Auenberg Leben;Leben;Rückkauf/Kündigung;112;38\r\n"
                "Auenberg Leben;Leben;Überschussbeteiligung;64;5\r\n"
                "Auenberg Leben;BU;Leistungsablehnung;57;12\r\n"
                "Auenberg Leben;bAV;Übertragung/Portabilität;23;14\r\n"
                "Auenberg Allgemeine;Kfz;Schadenregulierung;188;71\r\n"
                "Auenberg Allgemeine;Wohngebäude;Schadenregulierung;96;40\r\n"
                "Auenberg Allgemeine;Rechtsschutz;Deckungsablehnung;49;18\r\n"
                "Auenberg Allgemeine;Sonstige;Vertragsverwaltung;77;52\r\n")
    cover = pdf([[
        "# Auenberg Versicherungsgruppe",
        "Beschwerdemanagement",
        "",
        "Bundesanstalt für Finanzdienstleistungsaufsicht",
        "Referat Verbraucherschutz",
        "",
        "## Beschwerdestatistik Berichtsjahr 2025",
        "",
        "Anbei erhalten Sie die Beschwerdestatistik beider Gesellschaften für 2025.",
        "Gesamtzahl der Beschwerden: 707 (2024: 681).",
        "Durchschnittliche Bearbeitungsdauer: 9,4 Arbeitstage.",
        "",
        "Kassel, 20.05.2026",
        "Lars Wendeborn, Leitung Kundenservice",
    ]], title="Beschwerdestatistik 2025", date="20260520090000+02'00'")
    z = zipbytes([("Beschwerdestatistik_2025.csv", csv_text.encode("utf-8"), (2026, 5, 20, 8, 40, 0)),
                  ("Anschreiben_Beschwerdestatistik_2025.pdf", cover, (2026, 5, 20, 9, 0, 0))])
    m = compose(who("wendeborn"), "Beschwerdestatistik BaFin <beschwerdestatistik@bafin-meldung.example>",
                "Beschwerdestatistik 2025 – Auenberg Lebensversicherung AG / Auenberg Allgemeine Versicherung AG",
                D(2026, 5, 20, 9, 20, 5),
                "<FR3P281MB5021A0C1E9D74B23F56E8D0A1C2B4@FR3P281MB5021.DEUP281.PROD.OUTLOOK.example>",
                "----=_NextPart_000_0B70_01DCE89E.0D1E2F30",
                [text(body), blob(z, "application/zip", "Beschwerdestatistik_2025.zip")],
                extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-authority",
            "trap: complaint statistics to the regulator (ZIP with CSV and PDF) on death benefits and disability refusals; counts only")


@mail
def m132():
    body = """Sehr geehrte Frau Brenner,

vielen Dank für Ihre Anfrage für den Ratgeber der Verbraucherzentrale.
Gern beantworte ich Ihre Fragen allgemein; zu einzelnen Verträgen
könnten wir ohnehin nichts sagen.

1. Wann ist ein Policendarlehen sinnvoller als eine Kündigung?
   Wenn der Geldbedarf vorübergehend ist und der Vertrag einen hohen
   Garantiezins hat. Bei einer Kündigung gehen Garantiezins,
   Todesfallschutz und oft ein Teil der Schlussüberschüsse verloren; beim
   Darlehen bleibt der Vertrag bestehen.

2. Was kostet ein Policendarlehen bei Ihnen?
   Derzeit 4,25 bis 5,00 % p. a., je nach Tarifgeneration; keine
   Bearbeitungsgebühr. Der Zins liegt in der Regel über dem Garantiezins
   des Vertrags.

3. Was passiert im Todesfall?
   Das offene Darlehen wird mit der Todesfallleistung verrechnet; die
   Bezugsberechtigten erhalten den Rest.

4. Gibt es Alternativen?
   Beitragspause oder Beitragsfreistellung, wenn das Problem die
   laufenden Beiträge sind.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

""" + SIG["riedmueller"] + "\n\n" + FOOT_DE
    m = simple(who("riedmueller"), "Kathrin Brenner <k.brenner@verbraucherzentrale-hessen.example>",
               "AW: Anfrage Ratgeber Policendarlehen",
               D(2026, 5, 20, 14, 5, 48),
               "<FR3P281MB2672D1E0A9C74B23F56E8D0A1C3B8@FR3P281MB2672.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-authority",
            "trap: general answer to a consumer organisation on policy loans, surrender and death benefit; no contract or person")


@mail
def m133():
    body = """Hallo Herr Baumgart,

kurzes Update zu Ihrem Leitungswasserschaden in der Wohnung im 1. OG
(Wohngebäudeversicherung WG 5510-7723, Schaden S-26-002188, Objekt
Fasanenweg 8, 34292 Ahnatal):

- Die Leckortung hat einen Riss im Kupferrohr der Warmwasserleitung
  hinter der Badewanne gefunden.
- Die Trocknung durch die Firma TrockenTec läuft seit Montag, voraussichtlich
  drei Wochen. Den Strom für die Geräte erstatten wir pauschal mit
  4,50 EUR pro Gerät und Tag.
- Ihr Mieter im Erdgeschoss, Herr Kühn, hat Flecken an der Decke
  gemeldet; der Schaden an der Decke ist über Ihre Gebäudeversicherung
  mitversichert, seine Möbel aber nur über seine eigene Hausrat.

Sobald die Trocknung abgeschlossen ist, schicken Sie mir bitte das
Angebot des Fliesenlegers.

""" + SIG["thielemann"] + """

Am 21.05.2026 um 18:02 schrieb Bernhard Baumgart:
> Hallo Frau Thielemann, die Trocknungsleute waren da, 3 Geräte stehen jetzt
> im Bad und Flur. Brauchen Sie von mir noch was? Gruß B. Baumgart
"""
    m = simple(who("thielemann"), "Bernhard Baumgart <b.baumgart@kabelmail.example>",
               "Re: Wasserschaden Fasanenweg 8", D(2026, 5, 22, 9, 10, 27),
               "<9a7c3e10-2b4d-4f86-8c1a-5e0d7f3b2a91@auenberg-versicherung.example>",
               body, charset="utf-8", cte="8bit", fmt_flowed=True,
               irt="<20260521180215.3F11@kabelmail.example>",
               extra=[("User-Agent", UA_TB)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "buildings water-damage claim: named customer and tenant, insured address, contract/claim number (flowed, 8bit)")


@mail
def m134():
    body = """Dear Mr Brandt,

following the DPIA, here are our requirements for the service level
agreement for the production phase of DocRead Life. Please incorporate
them into your draft by 5 June.

Availability and support
- availability 99.5 % per month during 06:00-20:00 CET, Mon-Sat
- priority 1 incidents: response 30 min, workaround 4 h
- support in German or English, staff located in the EU

Data handling
- processing only in our Azure tenant (region Germany West Central);
  your staff access it only via the logged remote session
- no copies of documents outside the tenant, including for model
  training, unless we approve a specific, pseudonymised set in writing
- deletion of all training copies after 90 days, with a deletion log
- sub-processors only with our prior consent

Reporting
- monthly report: volumes, classification accuracy, manual indexing
  rate, incidents
- no document content or extracted field values in reports

Our DPO, Ms Markworth, will review the final version.

""" + SIG["albers"]
    m = simple(who("albers"), "Felix Brandt <felix.brandt@docusense.example>",
               "SLA requirements DocRead Life production",
               D(2026, 5, 22, 13, 45, 0),
               "<FR3P281MB2210C0D1E9A74B23F56E8D0A1C5B2@FR3P281MB2210.DEUP281.PROD.OUTLOOK.example>",
               body, cc=who("markworth"), extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "insurer-to-supplier",
            "trap: SLA for an OCR service reading life-claim documents; contract terms only, no document or person")


@mail
def m135():
    body = """Sehr geehrte Frau Stamm,

Ihre Kapitallebensversicherung läuft am 01.06.2026 ab. Herzlichen
Glückwunsch – hier die Abrechnung:

  Versicherungsnummer:       LV 0194-552018
  versicherte Person / VN:   Renate Stamm, geb. 27.05.1964
  Beginn / Ablauf:           01.06.1994 / 01.06.2026
  Versicherungssumme:        60.000 DM = 30.677,51 EUR
  Überschussbeteiligung:     11.205,09 EUR
  Ablaufleistung:            41.882,60 EUR

Da der Vertrag vor 2005 abgeschlossen wurde, mehr als zwölf Jahre lief
und die übrigen Voraussetzungen erfüllt sind, ist die Auszahlung
einkommensteuerfrei. Wir ziehen keine Kapitalertragsteuer ab.

Wir überweisen den Betrag am 01.06.2026 auf Ihr Konto

  DE85 3997 9701 9882 2148 37 (Kontoinhaberin Renate Stamm)

Wenn Sie das Geld wieder anlegen möchten – zum Beispiel in eine
Sofortrente –, rufen Sie mich gern an.

""" + SIG["riedmueller"] + "\n\n" + FOOT_DE
    m = simple(who("riedmueller"), "Renate Stamm <renate.stamm@netpost.example>",
               "Ablauf Ihrer Lebensversicherung LV 0194-552018",
               D(2026, 5, 25, 10, 2, 16),
               "<kosy.20260525.100216.38802@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "life policy maturity payout: named customer with birth date, amounts, IBAN")


@mail
def m136():
    body = """Hallo Frau Schaper,

anbei die Daten von Herrn Nguyen für die Abrechnung, er fängt am 01.06.
in der IT an. Die unterschriebenen Unterlagen liegen in der Personalakte.
Bitte noch im Mai anlegen.

Danke!
Jutta

""" + SIG["freese"] + """

-----Ursprüngliche Nachricht-----
Von: Minh Nguyen <minh.nguyen.dev@mailfuchs.example>
Gesendet: Montag, 25. Mai 2026 19:40
An: Freese Jutta <jutta.freese@auenberg-versicherung.example>
Betreff: Unterlagen für die Gehaltsabrechnung

Hallo Frau Freese,

hier wie gewünscht meine Daten:

Name: Minh Nguyen
Geburtsdatum: 08.03.1995
Anschrift: Leipziger Str. 212, 34123 Kassel
Steuer-ID: 57 302 816 449
Steuerklasse: I, keine Kinder
Sozialversicherungsnummer: 65 080395 N 017
Bank: DE49 6349 2500 0686 7753 90

Viele Grüße und bis Montag
Minh Nguyen
"""
    m = simple(who("freese"), "Entgeltabrechnung <entgelt@auenberg-versicherung.example>",
               "WG: Unterlagen für die Gehaltsabrechnung – Neueintritt 01.06.",
               D(2026, 5, 26, 8, 22, 41),
               "<FR3P281MB0377E0A1C9D74B23F56E8D0A1C2B6@FR3P281MB0377.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "de", "employee",
            "new employee's payroll data forwarded: birth date, tax ID, social security number, IBAN")


@mail
def m137():
    body = """Guten Morgen,

der Pressespiegel vom 27.05.2026 in Kürze:

1. Wirtschaftsblatt Nord: „Datenleck bei Krankenversicherer“
   Ein Wettbewerber meldet, dass durch eine falsch konfigurierte
   Schnittstelle Arztrechnungen von Versicherten kurzzeitig abrufbar
   waren. Die Datenschutzaufsicht prüft. Unser Haus wird nicht genannt.

2. Wirtschaftskurier Nordhessen: „Lebensversicherer zahlen mehr aus“
   Bericht über die Todesfallleistungen 2025 mit unseren Zahlen aus der
   Presseanfrage vom Januar (3.412 Fälle, 61,8 Mio. Euro). Tonalität
   positiv.

3. Fachdienst Versicherung: „BGH zur Bezugsberechtigung ‚Ehefrau‘“
   Zusammenfassung einer Entscheidung zur Auslegung nach Scheidung;
   keine Beteiligung unseres Hauses.

4. Regionalsender: Beitrag über Pflegekosten im Heim, Interview mit der
   Verbraucherzentrale; wir werden nicht erwähnt.

Die vollständigen Artikel liegen im Intranet unter Presse > Spiegel.

""" + SIG["greve"]
    m = simple(who("greve"), "Pressespiegel <pressespiegel@auenberg-versicherung.example>",
               "Pressespiegel 27.05.2026",
               D(2026, 5, 27, 7, 45, 0),
               "<FR3P281MB1944B0C1E9D74A23F56E8D0A1C3B5@FR3P281MB1944.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: press review on a competitor's medical-invoice leak, death benefits and a beneficiary ruling; no person")


@mail
def m138():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Ms S&oslash;rensen,</p>
<p>we have settled the invoices for your hospital stay in Singapore under your International Care plan
(policy IC 7715-0932). We paid the hospital directly, so you do not need to do anything.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e4efe8"><th align="left">Date</th><th align="left">Provider / service</th><th align="right">Invoiced SGD</th><th align="right">Paid EUR</th></tr>
<tr><td>02.05.2026</td><td>Emergency department, Mount Serenity Hospital</td><td align="right">1,240.00</td><td align="right">851.30</td></tr>
<tr><td>02.05.2026</td><td>CT abdomen</td><td align="right">980.00</td><td align="right">672.80</td></tr>
<tr><td>03.05.2026</td><td>Laparoscopic appendectomy (acute appendicitis, K35.8)</td><td align="right">9,600.00</td><td align="right">6,590.40</td></tr>
<tr><td>02.&ndash;05.05.2026</td><td>In-patient stay, 3 nights, single room</td><td align="right">3,150.00</td><td align="right">2,162.50</td></tr>
<tr><td>05.05.2026</td><td>Discharge medication (amoxicillin/clavulanic acid, paracetamol)</td><td align="right">86.00</td><td align="right">59.00</td></tr>
<tr style="font-weight:bold"><td></td><td>Total</td><td align="right">15,056.00</td><td align="right">10,336.00</td></tr>
</table>
<p>Your plan covers single rooms, so there is no deduction. The follow-up appointment with your GP in
Copenhagen is covered as outpatient treatment; just send us the invoice.</p>
<p>We wish you a good recovery.</p>
<p>Kind regards<br>Petra Nolting<br>Leistungsabteilung Kranken / International Care<br>
Auenberg Krankenversicherung AG</p>
</body></html>
"""
    m = simple(who("nolting"), "Ingrid Sørensen <ingrid.sorensen@nordmail.example>",
               "Your claim: hospital stay in Singapore, May 2026",
               D(2026, 5, 27, 13, 30, 55),
               "<FR3P281MB5230E1A0D9C74B23F56E8D0A1C6B2@FR3P281MB5230.DEUP281.PROD.OUTLOOK.example>",
               html, subtype="html", extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "HTML-only claim statement with a table: named insured's appendicitis K35.8, surgery, medication")


@mail
def m139():
    body = """Dear Mr Lund,

thank you for the surveyor's report on your sailing yacht "Havørn"
(Hallberg-Rassy 34, hull no. HR34-0218) after the storm on 12 May in the
marina at Heiligenhafen.

  Policy:      YA 2203-0415 (hull, all risks, agreed value EUR 118,000)
  Claim:       MY-2026-0044
  Damage:      mast bent above the first spreader, shrouds and furling
               gear damaged, gelcoat damage at the bow
  Repair:      EUR 21,460.00 (Yachtwerft Fehmarn, estimate 20 May)
  Deduction:   EUR 2,320.00 new-for-old on the 14-year-old rigging
  Excess:      EUR 500.00
  Payable:     EUR 18,640.00

You can give the yard the go-ahead. We will pay the yard directly on
receipt of the invoice, less the deduction and the excess, which the yard
will invoice to you.

""" + SIG["whitfield"] + "\n\n" + FOOT_EN
    m = simple(who("whitfield"), "Henrik Lund <henrik.lund@nordmail.example>",
               "Yacht claim MY-2026-0044 - repair approved",
               D(2026, 5, 28, 10, 5, 30),
               "<FR3P281MB3127E0A1D9C74B23F56E8D0A1C3B1@FR3P281MB3127.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "yacht hull claim of a private owner: named person, policy/claim number, settlement")


@mail
def m140():
    body = """Guten Tag Frau Seidel,

gern beantworte ich Ihre Frage zum Widerruf:

- Bei einer Lebens- oder Rentenversicherung können Sie innerhalb von
  30 Tagen nach Erhalt des Versicherungsscheins und der Unterlagen ohne
  Angabe von Gründen widerrufen.
- Bei den meisten anderen Versicherungen (z. B. Hausrat, Haftpflicht,
  Kfz) beträgt die Frist 14 Tage.
- Der Widerruf muss in Textform erfolgen, eine E-Mail genügt.
- Bereits gezahlte Beiträge erhalten Sie zurück; für die Zeit, in der
  Versicherungsschutz bestand, dürfen wir einen anteiligen Beitrag
  behalten, wenn Sie dem Beginn vor Ablauf der Frist zugestimmt haben.

Sie schreiben, dass Sie noch überlegen, ob Sie den Antrag stellen. Dann
haben Sie ja ohnehin noch keine Verpflichtung – nehmen Sie sich die Zeit.

""" + SIG["wendeborn"] + "\n\n" + FOOT_DE
    m = simple(who("wendeborn"), "Carina Seidel <carina.seidel@posteo-mail.example>",
               "AW: Frage Widerrufsfrist",
               D(2026, 5, 28, 15, 12, 3),
               "<FR3P281MB5021C0D1E9A74B23F56E8D0A1C4B9@FR3P281MB5021.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "insurer-to-prospect",
            "trap: general answer on cancellation periods for life and other insurance to a prospect without a contract")


@mail
def m141():
    body = """Hallo Ewa,

bitte die Rente RV 0511-203377 (Herbert Klinger) zum 30.06. einstellen
und die Julizahlung zurückrufen, falls sie schon im Lauf ist. Konto wird
laut Tochter aufgelöst. Garantiezeit ist abgelaufen, es gibt keine
Restzahlung. Mail der Tochter unten.

Danke
Meltem

""" + SIG["aydin"] + """

-----Ursprüngliche Nachricht-----
Von: Susanne Klinger-Ott <s.klinger-ott@webmailer.example>
Gesendet: Mittwoch, 3. Juni 2026 20:17
An: rentenservice@auenberg-versicherung.example
Betreff: Tod meines Vaters Herbert Klinger

Sehr geehrte Damen und Herren,

hiermit teile ich Ihnen mit, dass mein Vater Herbert Klinger, geb.
11.11.1938, am 02.06.2026 nach langer Krebserkrankung im Hospiz
Vellmar verstorben ist. Er hat von Ihnen eine Rente bekommen
(Vertrag RV 0511-203377). Die Sterbeurkunde schicke ich per Post.

Sein Konto bei der Sparkasse Talheim wird aufgelöst, bitte zahlen Sie
nichts mehr darauf ein. Falls noch etwas zu regeln ist, erreichen Sie
mich unter 0176 5550 3381.

Mit freundlichen Grüßen
Susanne Klinger-Ott
"""
    m = simple(who("aydin"), who("nowicka"),
               "WG: Tod meines Vaters Herbert Klinger",
               D(2026, 6, 4, 8, 15, 39),
               "<FR3P281MB4520E0A1C9D74B23F56E8D0A1C2B3@FR3P281MB4520.DEUP281.PROD.OUTLOOK.example>",
               body, cte="base64", extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "relative",
            "forwarded daughter's mail: named annuitant's death after long cancer illness, birth date, annuity contract (base64 body)")


@mail
def m142():
    body = """Dear Mr Osei,

sorry to hear that the catalytic converter was stolen from your car
overnight. Theft of vehicle parts is covered under your partial cover
(Teilkasko).

  Policy:     KF 47 220 518 (Toyota Auris Hybrid, KS-SO 410)
  Claim:      KS-2026-006217
  Police ref: 2026-0601-41102 (Kassel Ost)
  Repair:     EUR 1,870.00 (Autohaus Kaufunger Wald, estimate)
  Excess:     EUR 150.00

You can have the car repaired at the garage. They will bill us directly;
you only pay the EUR 150 excess there. The claim does not affect your
no-claims class.

""" + SIG["kowalczyk"] + "\n\n" + FOOT_EN
    m = simple(who("kowalczyk"), "Samuel Osei <samuel.osei@webmailer.example>",
               "Your claim KS-2026-006217 - catalytic converter",
               D(2026, 6, 4, 11, 40, 2),
               "<kosy.20260604.114002.39577@kosy.auenberg-versicherung.example>",
               body, extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "motor partial-cover theft claim: named customer, plate, policy/claim number")


@mail
def m143():
    body = """Hi all,

post-mortem for incident INC-2026-07730 (annual statements printed two
days late).

What happened
On 1 June the print output of the annual statements for life and pension
policies stopped at 02:10. The print service at our lettershop rejected
the files because our new PDF/A profile used a font version they had
not installed. About 118,000 statements were sent on 3 June instead of
1 June.

Impact
- no data went to the wrong recipient; no file left our SFTP other
  than to the lettershop, as usual
- no legal deadline missed (statements must go out "annually")
- about 40 customer calls asking where their statement was

Root cause
The font change was tested against our own print preview only, not
against the lettershop's validation.

Actions
1. Lettershop validation added to the release checklist (owner: me)
2. Test file with 10 synthetic statements sent to the lettershop before
   every layout change (owner: Oliver Pape / lettershop contract)
3. Monitoring alert if the print job has not finished by 05:00

Stefan

""" + SIG["albers"]
    m = simple(who("albers"), "IT Incident Review <it-incident-review@auenberg-versicherung.example>",
               "Post-mortem INC-2026-07730 annual statements printed late",
               D(2026, 6, 5, 16, 10, 0),
               "<FR3P281MB2210E1A0D9C74B23F56E8D0A1C2B8@FR3P281MB2210.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "en", "internal",
            "IT post-mortem about delayed life/pension statements; volumes only, no customer data")


@mail
def m144():
    body = """Sehr geehrte Damen und Herren,

Ihre Rückmeldung im Zahlstellen-Meldeverfahren vom 02.06.2026
(Fehlerkennzeichen: Versicherungsnummer unbekannt) betrifft folgende
Meldung:

  Versorgungsempfänger:     Reinhard Kolbe, geb. 12.04.1959
  Krankenversichertennummer
  laut unserer Meldung:     K159041207 (so vom Versorgungsempfänger
                            angegeben)
  Zahlstellennummer:        34 118 077
  Art des Versorgungsbezugs: Kapitalleistung aus Direktversicherung
                            (§ 229 Abs. 1 Satz 3 SGB V)
  Betrag:                   58.120,00 EUR, ausgezahlt am 04.05.2026
  Monatlicher Betrag
  (1/120):                  484,33 EUR

Herr Kolbe hat uns auf Nachfrage mitgeteilt, dass er seit 01.01.2026
nicht mehr bei Ihnen, sondern bei der BKK Hessenland-Nord versichert ist;
die alte Gesundheitskarte war noch bei Ihnen ausgestellt. Wir stornieren
die Meldung an Sie und melden neu an die BKK. Bitte betrachten Sie die
Meldung bei Ihnen als erledigt.

""" + SIG["sommerfeld"] + "\n\n" + FOOT_DE
    m = simple(who("sommerfeld"), "Zahlstellenverfahren Gesundheitskasse Nordhessen <zahlstellen@gk-nordhessen.example>",
               "Zahlstellenmeldung K159041207 – Storno wegen Kassenwechsel",
               D(2026, 6, 8, 10, 25, 12),
               "<FR3P281MB3810D0A1C9E74B23F56E8D0A1C3B1@FR3P281MB3810.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
            "company pension lump sum reported to a health insurer: named person, birth date, health-insurance number and fund, amount")


@mail
def m145():
    body = """Sehr geehrte Frau Hennig,

zu Ihrer Anfrage wegen des Streits mit Ihren Geschwistern um das Haus
Ihrer verstorbenen Mutter:

Ihr Rechtsschutzvertrag (RS 3360-5518) enthält für das Erbrecht nur den
Beratungs-Rechtsschutz. Wir übernehmen deshalb die Kosten für eine
Beratung durch einen Anwalt oder Notar (bis 250 EUR, Schaden
RS-2026-02390). Eine Vertretung gegenüber Ihren Geschwistern oder vor
Gericht – etwa in einer Teilungsversteigerung – ist leider nicht
versichert.

Die Beratung sollte klären, ob das handschriftliche Testament vom
März 2021 wirksam ist und ob Ihnen ein Pflichtteil zusteht. Bitte
reichen Sie die Rechnung des Anwalts bei uns ein.

""" + SIG["demirci"] + "\n\n" + FOOT_DE
    m = simple(who("demirci"), "Silke Hennig <silke.hennig@t-net-mail.example>",
               "Ihre Anfrage Erbstreit – Beratungs-Rechtsschutz RS-2026-02390",
               D(2026, 6, 9, 9, 5, 20),
               "<kosy.20260609.090520.39890@kosy.auenberg-versicherung.example>",
               body, charset="windows-1252", cte="8bit",
               extra=[("X-Mailer", XM_SYSTEM)])
    return (m, "CONFIDENTIAL", "de", "insurer-to-customer",
            "legal expenses advice on an inheritance dispute: named customer, contract/claim number; mother's death without cause (windows-1252, 8bit)")


@mail
def m146():
    body = """Liebe Maklerinnen und Makler,

herzliche Einladung zum Auenberg Maklerforum bAV 2026!

  Donnerstag, 17. September 2026, 10:00–16:30 Uhr
  Kongress Palais Kassel, Holländische Straße 1

Programm
- Betriebsrentenstärkungsgesetz II: was sich für Arbeitgeber ändert
- Opting-out-Modelle in der Praxis
- Portabilität und Übertragungsabkommen
- neue Gruppen-BU für Handwerksbetriebe
- Podium: „Wie erreiche ich Kleinbetriebe?“

Die Teilnahme ist kostenfrei und wird mit 5 Stunden Weiterbildungszeit
(IDD) bestätigt. Anmeldung bis 31.08. im Maklerportal; den
Kalendereintrag finden Sie im Anhang.

""" + SIG["krueger"] + "\n\n" + FOOT_DE
    ics = """BEGIN:VCALENDAR
PRODID:-//Auenberg Versicherungsgruppe//Veranstaltungen//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:maklerforum-bav-2026@auenberg-versicherung.example
DTSTAMP:20260610T070000Z
DTSTART:20260917T080000Z
DTEND:20260917T143000Z
SUMMARY:Auenberg Maklerforum bAV 2026
LOCATION:Kongress Palais Kassel\\, Holländische Straße 1\\, 34127 Kassel
DESCRIPTION:Anmeldung bis 31.08.2026 im Maklerportal.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    cal = MIMEPart(policy=SMTP)
    cal.set_content(ics, subtype="calendar", charset="utf-8", cte="quoted-printable",
                    params={"method": "PUBLISH"}, disposition="attachment",
                    filename="Maklerforum_bAV_2026.ics")
    m = compose(who("krueger"), "Maklerinfo Verteiler <maklerinfo@auenberg-versicherung.example>",
                "Einladung: Auenberg Maklerforum bAV am 17.09.2026",
                D(2026, 6, 10, 9, 0, 0),
                "<maklerforum-bav-2026.0610@news.auenberg-versicherung.example>",
                "=_mix_maklerforum_0610", [text(body), cal],
                extra=[("Precedence", "bulk")])
    return (m, "NORMAL", "de", "insurer-to-broker",
            "trap: broker event invitation on company pensions and group disability cover, with ICS; no person")


@mail
def m147():
    body = """Dear Mrs Hollis,

thank you for letting us know about your move. I have updated your
annuity record as follows, with effect from 1 July 2026:

  Annuity:         RV 2208-667140 (immediate annuity since 01.03.2021)
  Annuitant:       Margaret Hollis, born 30 September 1955
  New address:     14 Sion Hill Place, Bath BA1 5SJ, United Kingdom
  Monthly annuity: EUR 1,108.34
  New account:     GB76 MIDL 4005 1571 8463 20 (payment in EUR; your
                   bank may convert it)

On tax: as you will be resident in the UK, the annuity will normally be
taxable in the UK under the double taxation agreement. We do not deduct
German tax from private annuities, but we must continue to report the
payments to the German tax authority under your German tax ID. If the
German tax office asks, a certificate of UK residence from HMRC will be
needed; you don't need to send us one.

Please remember that we will ask you for a life certificate once a year
from 2027 onwards.

""" + SIG["aydin"] + """

-----Original Message-----
From: Margaret Hollis <m.hollis@webmailer.example>
Sent: Monday, June 8, 2026 4:51 PM
To: Aydın Meltem <meltem.aydin@auenberg-versicherung.example>
Subject: Moving back to England

Dear Ms Aydin,
I'm moving back to England at the end of June (Bath, address below) and
will close my Rheinische Handelsbank account. Could the pension please
be paid to my Albion Mutual account from July? Details below. Do I need
to do anything about tax?
Margaret Hollis

New address from 1 July: 14 Sion Hill Place, Bath BA1 5SJ
Albion Mutual Bank, account holder Margaret Hollis
IBAN GB76MIDL40051571846320
"""
    m = simple(who("aydin"), "Margaret Hollis <m.hollis@webmailer.example>",
               "RE: Moving back to England", D(2026, 6, 10, 14, 22, 8),
               "<FR3P281MB4520A1C0E9D74B23F56E8D0A1C3B6@FR3P281MB4520.DEUP281.PROD.OUTLOOK.example>",
               body, irt="<LO2P265MB3311A0B1@LO2P265MB3311.GBRP265.PROD.OUTLOOK.example>",
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "annuity in payment (life line): annuitant's birth date, new address, annuity amount, UK IBAN, tax residence")


@mail
def m148():
    body = """Dear Ms Okoro,

thank you for notifying us of the letter from your shareholder Nordstern
Ventures. I have registered it as a circumstance under your D&O policy.

  Policyholder:   Brightline Software GmbH
  Policy:         DO 2025-0188 (limit EUR 2m, retention EUR 0 for
                  individuals)
  Insured person: Dr Jonas Kettler, managing director
  Notification:   DO-2026-0009
  Allegation:     breach of duty in the approval of the licence deal with
                  a US customer (section 43 GmbHG); the shareholder
                  claims a loss of about EUR 640,000

At this stage there is no formal claim against Dr Kettler, only a
request to waive the statute of limitations. Please do not sign any
waiver or make any statement on liability without consulting us; we
will instruct a lawyer specialised in corporate law for Dr Kettler if
needed and bear the costs.

""" + SIG["whitfield"] + "\n\n" + FOOT_EN
    m = simple(who("whitfield"), "Chiara Okoro <people@brightline-software.example>",
               "D&O notification DO-2026-0009 - letter from Nordstern Ventures",
               D(2026, 6, 11, 11, 50, 40),
               "<FR3P281MB3127B1C0E9A74D23F56E8D0A1C2B5@FR3P281MB3127.DEUP281.PROD.OUTLOOK.example>",
               body, cc='"Dr Jonas Kettler" <j.kettler@brightline-software.example>',
               extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "CONFIDENTIAL", "en", "insurer-to-customer",
            "D&O circumstance notification: named managing director as insured person facing a liability allegation, policy/claim number")


@mail
def m149():
    body = """Hallo zusammen,

kurz vor der Sommerpause die Termine für Archiv und Löschung:

1. Papierakten Leistung Leben, Abschluss 2015 und älter
   Aufbewahrungsfrist 10 Jahre abgelaufen. Die Kartons werden am
   14.07. von Herrn Papes Dienstleister abgeholt. Bitte bis 10.07. die
   Kartons im Flur 3. OG mit den Aufklebern „Vernichtung 2026“
   versehen. Ausnahmen (streitige Fälle, laufende Verfahren) vorher
   raus und an mich melden.

2. E-Akten
   Der automatische Löschlauf für abgeschlossene Todesfall- und
   BU-Akten läuft am 25.07. Es gibt vorher eine Liste mit Aktenzeichen
   im Fachverfahren zur Prüfung; bitte nicht ausdrucken.

3. Postfächer
   Funktionspostfächer „leben-leistung“ und „rentenservice“: Mails älter
   als 12 Monate, die schon in der E-Akte sind, werden ab 01.08.
   gelöscht.

Danke!

""" + SIG["overbeck"]
    m = simple(who("overbeck"), "Leistung & Vertrag Leben <team-leben-alle@auenberg-versicherung.example>",
               "Archiv- und Löschtermine Juli",
               D(2026, 6, 15, 9, 30, 2),
               "<FR3P281MB1572C0D1E9A74B23F56E8D0A1C5B7@FR3P281MB1572.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "NORMAL", "de", "internal",
            "trap: archive and deletion schedule for death and disability claim files; no file, person or number")


@mail
def m150():
    body = """Sehr geehrter Herr Grabowski,

wie Sie wissen, hat das Amtsgericht Kassel am 01.06.2026 das
Insolvenzverfahren über das Vermögen Ihres Arbeitgebers, der Druckerei
Vollmer GmbH, eröffnet. Was das für Ihre Direktversicherung bedeutet:

  Vertrag:               DV 0917-11-0044
  versicherte Person:    Tomasz Grabowski, geb. 05.01.1979
  Bezugsrecht:           unwiderruflich zu Ihren Gunsten
  Wert zum 30.06.2026:   23.640,15 EUR

Weil Ihnen das Bezugsrecht unwiderruflich zusteht, gehört der Vertrag
nicht zur Insolvenzmasse. Der Insolvenzverwalter, Herr Rechtsanwalt
Dr. Siebert, hat uns bestätigt, dass er den Vertrag freigibt und auf Sie
übertragen lässt.

Ab 01.07.2026 werden Sie selbst Versicherungsnehmer. Sie können

  a) die Beiträge von 175 EUR monatlich privat weiterzahlen (dann aus
     Ihrem Nettoeinkommen, die Steuerfreiheit entfällt),
  b) den Vertrag beitragsfrei stellen; die garantierte Rente ab 67 sinkt
     dann von 211,40 EUR auf 142,80 EUR monatlich, oder
  c) ihn zu einem neuen Arbeitgeber mitnehmen.

Bitte teilen Sie uns bis zum 31.07. mit, wie es weitergehen soll, und
geben Sie uns gegebenenfalls Ihre Bankverbindung für die Lastschrift.

""" + SIG["luedecke"] + "\n\n" + FOOT_DE
    m = simple(who("luedecke"), "Tomasz Grabowski <t.grabowski@freemail-nord.example>",
               "Ihre Direktversicherung DV 0917-11-0044 nach der Insolvenz Ihres Arbeitgebers",
               D(2026, 6, 16, 10, 40, 19),
               "<FR3P281MB4410E1A0C9D74B23F56E8D0A1C3B2@FR3P281MB4410.DEUP281.PROD.OUTLOOK.example>",
               body, extra=[("X-Mailer", XM_OUTLOOK)])
    return (m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "company direct insurance (life) after employer insolvency: named employee's birth date, policy value, pension amounts")


# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")


def build(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, fn in enumerate(MAILS, 1):
        msg, label, lang, kind, reason = fn()
        assert label in LABELS, (fn.__name__, label)
        assert lang in ("de", "en"), (fn.__name__, lang)
        assert "\t" not in reason and "\n" not in reason
        name = "%s%04d.eml" % (PREFIX, i)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(msg.as_bytes(policy=SMTP))
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    return len(MAILS)


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in t)) % 97 == 1
    except ValueError:
        return False


# IBAN-shaped strings that are deliberately invalid (a customer's typo).
INVALID_IBAN_OK = {"DE00370400440532013000"}  # d210-0026, test case TC-05

_IBAN_RE = re.compile(r"\b(DE|AT|NL|GB|ES|FR|CH|PT)(\d\d)((?: ?[A-Z0-9]{4}){3,7}"
                      r"(?: ?[A-Z0-9]{1,3})?)\b")


def _pdf_text(data):
    """Minimal text extraction: inflate every FlateDecode stream and collect
    the strings shown with Tj."""
    out = []
    for m in re.finditer(rb"/Filter /FlateDecode >>\nstream\n", data):
        start = m.end()
        length = int(re.search(rb"/Length (\d+)", data[m.start() - 40:
                                                         m.end()]).group(1))
        raw = zlib.decompress(data[start:start + length])
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            t = re.sub(rb"\\(.)", rb"\1", s.group(1))
            out.append(t.decode("cp1252"))
    return "\n".join(out)


def _check_zip(data, where, errs, texts):
    import xml.etree.ElementTree as ET
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        errs.append("%s: bad zip: %s" % (where, e))
        return
    if z.testzip() is not None:
        errs.append("%s: zip CRC error" % where)
    for n in z.namelist():
        b = z.read(n)
        w = "%s!%s" % (where, n)
        low = n.lower()
        if low.endswith((".xml", ".rels")):
            try:
                ET.fromstring(b)
            except ET.ParseError as e:
                errs.append("%s: XML: %s" % (w, e))
            texts.append(re.sub(r"<[^>]+>", " ", b.decode("utf-8")))
        elif low.endswith((".zip", ".xlsx", ".docx", ".odt", ".ods")):
            _check_zip(b, w, errs, texts)
        elif low.endswith(".pdf"):
            _check_pdf(b, w, errs, texts)
        elif low.endswith(".eml"):
            _check_msg(b, w, errs, texts)
        elif low.endswith((".csv", ".txt", ".tsv", ".ics")):
            try:
                t = b.decode("utf-8")
            except UnicodeDecodeError:
                t = b.decode("cp1252")
            texts.append(t)
            if low.endswith(".ics") and ("BEGIN:VCALENDAR" not in t or
                                         "END:VCALENDAR" not in t):
                errs.append("%s: ICS without VCALENDAR" % w)


def _check_pdf(data, where, errs, texts):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-10:]:
        errs.append("%s: not a PDF" % where)
        return
    try:
        t = _pdf_text(data)
    except Exception as e:  # noqa
        errs.append("%s: PDF text: %s" % (where, e))
        return
    if not t.strip():
        errs.append("%s: PDF without text layer" % where)
    texts.append(t)


def _check_msg(raw, where, errs, texts, top=False):
    from email import message_from_bytes
    from email.policy import default
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("%s: bare LF" % where)
    msg = message_from_bytes(raw, policy=default)
    for part in msg.walk():
        pw = "%s[%s]" % (where, part.get_content_type())
        if part.defects:
            errs.append("%s: MIME defects %r" % (pw, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("%s: header %s defects %r" % (pw, k, v.defects))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        data = part.get_payload(decode=True)
        fn = (part.get_filename() or "").lower()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = data.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: charset %s: %s" % (pw, cs, e))
                continue
            texts.append(t)
            if ct == "text/calendar" and ("BEGIN:VCALENDAR" not in t or
                                          "END:VCALENDAR" not in t):
                errs.append("%s: ICS without VCALENDAR" % pw)
        elif ct == "application/pdf" or fn.endswith(".pdf"):
            _check_pdf(data, pw, errs, texts)
        elif fn.endswith((".zip", ".xlsx", ".docx", ".odt", ".ods")) or \
                ct in ("application/zip", MIME_XLSX, MIME_DOCX, MIME_ODT,
                       MIME_ODS):
            _check_zip(data, pw, errs, texts)
        elif fn.endswith((".csv", ".txt", ".ics")):
            try:
                texts.append(data.decode("utf-8"))
            except UnicodeDecodeError:
                texts.append(data.decode("cp1252"))
            if fn.endswith(".ics"):
                t = texts[-1]
                if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
                    errs.append("%s: ICS without VCALENDAR" % pw)
        elif fn.endswith(".eml"):
            _check_msg(data, pw, errs, texts)
    return msg


def check():
    import tempfile
    errs = []
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as tmp:
        n = build(tmp)
        if n != 150:
            errs.append("expected 150 mails, got %d" % n)
        # byte-for-byte against the delivered files
        for name in ["labels.tsv"] + ["mails/%s%04d.eml" % (PREFIX, i)
                                      for i in range(1, n + 1)]:
            a = os.path.join(tmp, name)
            b = os.path.join(here, name)
            if not os.path.exists(b):
                errs.append("%s: missing in %s" % (name, here))
                continue
            with open(a, "rb") as fa, open(b, "rb") as fb:
                if fa.read() != fb.read():
                    errs.append("%s: differs from a fresh build" % name)
        extra = set(os.listdir(os.path.join(here, "mails"))) - set(
            os.listdir(os.path.join(tmp, "mails")))
        if extra:
            errs.append("unexpected files in mails/: %s" % sorted(extra))
        # a second build must be identical too
        with tempfile.TemporaryDirectory() as tmp2:
            build(tmp2)
            for name in sorted(os.listdir(os.path.join(tmp, "mails"))):
                with open(os.path.join(tmp, "mails", name), "rb") as fa, \
                        open(os.path.join(tmp2, "mails", name), "rb") as fb:
                    if fa.read() != fb.read():
                        errs.append("%s: not deterministic" % name)
        mids = {}
        counts = {}
        with open(os.path.join(tmp, "labels.tsv"), encoding="utf-8") as f:
            rows = [ln.rstrip("\n").split("\t") for ln in f]
        if rows[0] != ["file", "label", "lang", "kind", "reason"]:
            errs.append("labels.tsv: bad header")
        for row in rows[1:]:
            if len(row) != 5 or not all(row):
                errs.append("labels.tsv: bad row %r" % row)
                continue
            counts[(row[1], row[2])] = counts.get((row[1], row[2]), 0) + 1
            if row[1] == "NORMAL" and "trap" in row[4].lower() and \
                    not row[4].startswith("trap:"):
                errs.append("%s: trap reason must start with 'trap:'" % row[0])
        for i in range(1, n + 1):
            name = "%s%04d.eml" % (PREFIX, i)
            with open(os.path.join(tmp, "mails", name), "rb") as f:
                raw = f.read()
            texts = []
            msg = _check_msg(raw, name, errs, texts, top=True)
            mid = msg["Message-ID"]
            if not mid:
                errs.append("%s: no Message-ID" % name)
            elif mid in mids:
                errs.append("%s: Message-ID also in %s" % (name, mids[mid]))
            else:
                mids[mid] = name
            if " 2026 " not in str(msg["Date"]):
                errs.append("%s: date not in 2026" % name)
            frm = str(msg["From"])
            if not frm.rstrip(">").endswith("@" + DOMAIN):
                errs.append("%s: sender outside %s" % (name, DOMAIN))
            alltext = "\n".join(texts) + "\n" + raw.decode("ascii", "replace")
            for h in re.findall(r"@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", alltext):
                if not h.lower().endswith(".example"):
                    errs.append("%s: host %s does not end in .example"
                                % (name, h))
            for m in _IBAN_RE.finditer("\n".join(texts)):
                s = m.group(0)
                if not _iban_ok(s) and s.replace(" ", "") not in \
                        INVALID_IBAN_OK:
                    errs.append("%s: IBAN %s has wrong check digits"
                                % (name, s))
    for e in errs:
        print("ERROR", e)
    tot = {}
    for (lab, lang), c in sorted(counts.items()):
        tot[lab] = tot.get(lab, 0) + c
    print("mails: %d" % n)
    for lab in LABELS:
        print("  %-22s de %3d  en %3d  total %3d" % (
            lab, counts.get((lab, "de"), 0), counts.get((lab, "en"), 0),
            tot.get(lab, 0)))
    print("check: %s" % ("FAILED (%d errors)" % len(errs) if errs else "ok"))
    return 1 if errs else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    here = os.path.dirname(os.path.abspath(__file__))
    print("wrote %d mails" % build(here))
