#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus d203 for the Siegel classifier.

150 fictitious e-mails of "Hohenmoorer Versicherung a.G.", a mid-sized composite
mutual insurer in the small town of Hohenmoor, written for one ordinary month
(September 2026).  Python standard library only.

    python3 make_corpus.py          writes mails/ and labels.tsv
    python3 make_corpus.py --check  rebuilds into a temporary folder, compares byte
                                    for byte and validates every mail and attachment

Everything is deterministic: dates, Message-IDs, MIME boundaries, ZIP member
times, office metadata and PDF dates are fixed.
"""

import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import textwrap
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.message import EmailMessage, MIMEPart
from email.policy import SMTP, EmailPolicy, default as DEFAULT_POLICY
from email.utils import format_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

PREFIX = "d203-"


class _GenPolicy(EmailPolicy):
    """CRLF, headers folded at 100 columns.  Python folds a header that does not fit
    right after the colon ("Subject:\r\n Re: ..."); such a header is written on one
    line instead (legal up to 998 octets), the way most mail programs do."""

    def fold_binary(self, name, value):
        out = super().fold_binary(name, value)
        if out.startswith(name.encode("ascii") + b":\r\n"):
            flat = EmailPolicy.fold_binary(self.clone(max_line_length=998), name, value)
            if flat.count(b"\r\n") == 1:
                return flat
        return out


GEN = _GenPolicy(linesep="\r\n", max_line_length=100)
DOMAIN = "hohenmoorer.example"
HERE = os.path.dirname(os.path.abspath(__file__))
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))


def d(day, hh, mm, ss=0, month=9):
    """A fixed local time in 2026 (CEST from April to October)."""
    tz = CEST if 4 <= month <= 10 else CET
    return datetime(2026, month, day, hh, mm, ss, tzinfo=tz)


# ---------------------------------------------------------------------------
# Staff: every person always signs the same way.
# ---------------------------------------------------------------------------

_ADDR = "Marktplatz 7 · 55768 Hohenmoor"


def _sig(name, dept, ext, local, extra=None):
    lines = [name, dept]
    if extra:
        lines.append(extra)
    lines += [
        "Hohenmoorer Versicherung a.G.",
        _ADDR,
        f"Tel. +49 6571 4471-{ext}",
        f"{local}@{DOMAIN}",
    ]
    return "\n".join(lines)


class Person:
    def __init__(self, name, local, sig, display=None):
        self.name = name
        self.local = local
        self.addr = f"{local}@{DOMAIN}"
        self.sig = sig
        self.display = display or name

    @property
    def hdr(self):
        return f"{_q(self.display)} <{self.addr}>"


def _q(display):
    if re.search(r'[,;:@()<>\[\]."]', display):
        return '"' + display.replace('"', '') + '"'
    return display


S = {}


def staff(key, name, local, sig, display=None):
    S[key] = Person(name, local, sig, display)


staff("feld", "Monika Feld", "monika.feld",
      _sig("Monika Feld", "Personal", "150", "monika.feld"), "Feld, Monika")
staff("kraemer", "Sabine Krämer", "sabine.kraemer",
      _sig("Sabine Krämer", "Kraftfahrt-Schaden", "212", "sabine.kraemer"), "Krämer, Sabine")
staff("oberle", "Markus Oberle", "markus.oberle",
      _sig("Markus Oberle", "Leistungsabteilung Krankenversicherung", "341", "markus.oberle"),
      "Oberle, Markus")
staff("ritter", "Sven Ritter", "sven.ritter",
      "-- \nSven Ritter\nAktuariat / Rückversicherung\nHohenmoorer Versicherung a.G.\n"
      "Tel. +49 6571 4471-410")
staff("mthal", "Rebecca Müller-Thal", "rebecca.mueller-thal",
      _sig("Rebecca Müller-Thal", "International Desk / Kundenservice", "230",
           "rebecca.mueller-thal"), "Müller-Thal, Rebecca")
staff("whitfield", "Grace Whitfield", "grace.whitfield",
      _sig("Grace Whitfield", "International Desk", "231", "grace.whitfield"),
      "Whitfield, Grace")
staff("brandt", "Florian Brandt", "florian.brandt",
      _sig("Florian Brandt", "Leistung Berufsunfähigkeit", "362", "florian.brandt"),
      "Brandt, Florian")
staff("wendling", "Dr. med. Jutta Wendling", "jutta.wendling",
      _sig("Dr. med. Jutta Wendling", "Gesellschaftsärztin", "370", "jutta.wendling",
           "Ärztlicher Dienst"), "Wendling, Jutta Dr.")
staff("albrecht", "Thomas Albrecht", "thomas.albrecht",
      _sig("Thomas Albrecht", "Sachschaden Privatkunden", "221", "thomas.albrecht"),
      "Albrecht, Thomas")
staff("maas", "Jürgen Maas", "juergen.maas",
      "Mit freundlichem Gruß\n\nJürgen Maas\nSchadenregulierung Sach\n"
      "Hohenmoorer Versicherung a.G.\nTel. 06571 4471-224 / Fax -299", "Maas, Jürgen")
staff("demirtas", "Ayşe Demirtaş", "ayse.demirtas",
      _sig("Ayşe Demirtaş", "Leistung Pflegeversicherung", "352", "ayse.demirtas"),
      "Demirtaş, Ayşe")
staff("esser", "Tanja Esser", "tanja.esser",
      "Tanja Esser\nEmpfang / Organisation\nHohenmoorer Versicherung a.G.\nTel. 06571 4471-100",
      "Esser, Tanja")
staff("kuhn", "Oliver Kuhn", "oliver.kuhn",
      _sig("Oliver Kuhn", "Beitragsbuchhaltung / Inkasso", "520", "oliver.kuhn"), "Kuhn, Oliver")
staff("jungbluth", "Petra Jungbluth", "petra.jungbluth",
      _sig("Petra Jungbluth", "Leistung Unfallversicherung", "381", "petra.jungbluth"),
      "Jungbluth, Petra")
staff("schaefer", "Kevin Schäfer", "kevin.schaefer",
      _sig("Kevin Schäfer", "Haftpflicht-Schaden", "241", "kevin.schaefer"), "Schäfer, Kevin")
staff("wagner", "Nicole Wagner", "nicole.wagner",
      _sig("Nicole Wagner", "Rechtsschutz-Schaden", "251", "nicole.wagner"), "Wagner, Nicole")
staff("lauer", "Stefan Lauer", "stefan.lauer",
      _sig("Stefan Lauer", "Firmenkunden / Gewerbe", "610", "stefan.lauer"), "Lauer, Stefan")
staff("petersen", "Jan Petersen", "jan.petersen",
      _sig("Jan Petersen", "Maklerbetreuung", "620", "jan.petersen"), "Petersen, Jan")
staff("reuter", "Claudia Reuter", "claudia.reuter",
      _sig("Claudia Reuter", "Datenschutzbeauftragte", "190", "datenschutz"), "Reuter, Claudia")
staff("stein", "Heiko Stein", "heiko.stein",
      "-- \nHeiko Stein\nIT-Betrieb\nHohenmoorer Versicherung a.G.\nTel. 06571 4471-170")
staff("sommer", "Ulrike Sommer", "ulrike.sommer",
      _sig("Ulrike Sommer", "Unternehmenskommunikation", "120", "ulrike.sommer"),
      "Sommer, Ulrike")
staff("scholl", "Martin Scholl", "martin.scholl",
      "Martin Scholl\nVorsitzender des Vorstands\nHohenmoorer Versicherung a.G.", "Scholl, Martin")
staff("roth", "Daniela Roth", "daniela.roth",
      _sig("Daniela Roth", "Reiseversicherung / Assistance", "270", "daniela.roth"),
      "Roth, Daniela")
staff("hoffmeister", "Lena Hoffmeister", "lena.hoffmeister",
      _sig("Lena Hoffmeister", "Lebensversicherung Bestand & Leistung", "331",
           "lena.hoffmeister"), "Hoffmeister, Lena")
staff("vogt", "Andreas Vogt", "andreas.vogt",
      _sig("Andreas Vogt", "Betriebliche Altersversorgung", "335", "andreas.vogt"),
      "Vogt, Andreas")
staff("baeumer", "Karl-Heinz Bäumer", "karl-heinz.baeumer",
      "KH Bäumer\nAußendienst Bezirk Oberwied\n\nVon meinem iPhone gesendet")
staff("neumann", "Julia Neumann", "julia.neumann",
      _sig("Julia Neumann", "Kundenservice (Auszubildende)", "105", "julia.neumann"),
      "Neumann, Julia")

# functional mailboxes
MB = {
    "schaden": f"Hohenmoorer Versicherung – Schadenservice <schaden@{DOMAIN}>",
    "info": f"Hohenmoorer Versicherung <info@{DOMAIN}>",
    "intl": f"Hohenmoorer International Desk <international@{DOMAIN}>",
    "portal": f"Hohenmoorer Kundenportal <noreply@portal.{DOMAIN}>",
    "news": f"Hohenmoorer Versicherung <newsletter@{DOMAIN}>",
    "presse": f"Hohenmoorer Versicherung Presse <presse@{DOMAIN}>",
    "it": f"IT-Service <it-service@{DOMAIN}>",
    "alle": f"Alle Mitarbeitenden <alle@{DOMAIN}>",
    "intern": f"Redaktion Hohenmoorer Intern <intern@{DOMAIN}>",
}

FOOTER_DE = """\
________________________________
Hohenmoorer Versicherung a.G. · Marktplatz 7 · 55768 Hohenmoor
Sitz Hohenmoor · Amtsgericht Hohenmoor VR 1187
Vorstand: Martin Scholl (Vorsitzender), Dr. Ingrid Pahl, Bernd Hüsgen
Vorsitzender des Aufsichtsrats: Gerd Wolters
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

FOOTER_EN = """\
________________________________
Hohenmoorer Versicherung a.G. · Marktplatz 7 · 55768 Hohenmoor · Germany
Registered office Hohenmoor · Local court Hohenmoor VR 1187
Board: Martin Scholl (Chairman), Dr. Ingrid Pahl, Bernd Hüsgen · Chairman of the Supervisory Board: Gerd Wolters
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail."""

FOOTER_BOTH = FOOTER_DE + "\n\n" + FOOTER_EN.split("\n", 1)[1]

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OUTLOOK_DE = OUTLOOK + [("Content-Language", "de-DE")]
OUTLOOK_EN = OUTLOOK + [("Content-Language", "en-US")]
THUNDERBIRD = [("User-Agent", "Mozilla Thunderbird 128.2.0")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
HOVIS = [("X-Mailer", "HOVIS Bestandssystem 7.4 (Hohenmoorer Versicherung)")]
NEWSLETTER = [("X-Mailer", "Hohenmoorer Newsletter-Versand 3.2"), ("Precedence", "bulk")]


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

def T(s):
    """Body text as written in the source: drop one leading newline."""
    return s[1:] if s.startswith("\n") else s


def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line:
            out.append(prefix + line)
        else:
            out.append(prefix.rstrip())
    return "\n".join(out)


def flow(text, width=72):
    """RFC 3676 format=flowed encoding of a plain text."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        line = line.rstrip(" ")
        if line.startswith(">"):
            out.append(line)
            continue
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        if len(line) <= width:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def outlook_html(text, lang="DE", charset="utf-8"):
    """HTML alternative the way Outlook renders a plain reply."""
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal">&nbsp;</p>')
        else:
            paras.append('<p class="MsoNormal">' + xesc(line) + "</p>")
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
        '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; '
        'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + "\n".join(paras)
        + "\n</div>\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------
# Message building
# ---------------------------------------------------------------------------

def _mid(seed, host=f"mail.{DOMAIN}"):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return f"<{h[:12]}.{h[12:20]}@{host}>"


def msg(frm, to, subject, date, body=None, *, cc=None, bcc=None, reply_to=None,
        html=None, html_only=False, charset="utf-8", cte="quoted-printable",
        html_cte="quoted-printable", flowed=False, atts=(), mailer=None, msgid=None,
        seed=None, in_reply_to=None, references=None, headers=(), sender=None):
    """Build one RFC 5322 message.  Content is always supplied by the caller."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if to:
        m["To"] = to
    if cc:
        m["Cc"] = cc
    if bcc:
        m["Bcc"] = bcc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    if msgid is None:
        msgid = _mid(seed or (frm + subject + date.isoformat()))
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    elif references:
        m["References"] = references
    for k, v in list(mailer or []) + list(headers):
        m[k] = v
    params = {"format": "flowed"} if flowed else None
    if flowed and body is not None:
        body = flow(body)
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte)
    else:
        m.set_content(body, charset=charset, cte=cte, params=params)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=html_cte)
    if atts:
        m.make_mixed()
        for a in atts:
            m.attach(a)
    return m


def fix_boundaries(m, tag):
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            h = hashlib.sha1(f"{tag}/{i}".encode()).hexdigest()[:24]
            part.set_boundary(f"----=_Part_{tag}_{i}_{h}")
            i += 1
    return m


# attachments -----------------------------------------------------------------

def att(data, mimetype, filename, inline=False):
    p = MIMEPart(policy=SMTP)
    maintype, subtype = mimetype.split("/")
    p.set_content(data, maintype, subtype,
                  disposition="inline" if inline else "attachment", filename=filename)
    return p


def att_text(text, subtype, filename, charset="utf-8", cte="base64", params=None,
             inline=False):
    p = MIMEPart(policy=SMTP)
    p.set_content(text, subtype=subtype, charset=charset, cte=cte,
                  disposition="inline" if inline else "attachment", filename=filename,
                  params=params)
    return p


def att_msg(inner, filename=None):
    p = MIMEPart(policy=SMTP)
    p.set_content(inner, disposition="attachment", filename=filename)
    return p


def att_pdf(data, filename):
    return att(data, "application/pdf", filename)


def att_xlsx(data, filename):
    return att(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               filename)


def att_docx(data, filename):
    return att(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               filename)


def att_odt(data, filename):
    return att(data, "application/vnd.oasis.opendocument.text", filename)


def att_ods(data, filename):
    return att(data, "application/vnd.oasis.opendocument.spreadsheet", filename)


def att_zip(data, filename):
    return att(data, "application/zip", filename)


def att_ics(text, filename="einladung.ics", method="REQUEST"):
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return att_text(text, "calendar", filename, cte="base64", params={"method": method})


# ---------------------------------------------------------------------------
# Files: ZIP, XLSX, DOCX, ODT, ODS, PDF (hand-written, deterministic)
# ---------------------------------------------------------------------------

def zip_bytes(members, when=(2026, 9, 1, 8, 0, 0), mimetype_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if mimetype_first:
            zi = zipfile.ZipInfo("mimetype", date_time=when)
            zi.compress_type = zipfile.ZIP_STORED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, mimetype_first.encode("ascii"))
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data)
    return buf.getvalue()


XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(title, creator, created):
    return (XML_DECL +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(creator)}</dc:creator>'
            f'<cp:lastModifiedBy>{xesc(creator)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
            '</cp:coreProperties>')


def _app(app):
    return (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
            '2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/docPropsVTypes"><Application>{app}</Application>'
            '</Properties>')


_RELS_ROOT = (XML_DECL +
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/officeDocument" Target="{main}"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
              'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/extended-properties" Target="docProps/app.xml"/>'
              '</Relationships>')


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="", creator="", created="2026-09-01T08:00:00Z", bold_header=True):
    """sheets: list of (name, rows); a row is a list of str/int/float/None."""
    ct = [XML_DECL,
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.styles+xml"/>']
    wb = [XML_DECL,
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>']
    rels = [XML_DECL,
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    members = []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                  'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        wb.append(f'<sheet name="{xesc(name)}" sheetId="{i}" r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/'
                    f'officeDocument/2006/relationships/worksheet" '
                    f'Target="worksheets/sheet{i}.xml"/>')
        ncols = max((len(r) for r in rows), default=1)
        widths = []
        for c in range(ncols):
            w = max((len(str(r[c])) for r in rows if c < len(r) and r[c] is not None),
                    default=8)
            widths.append(min(max(w + 2, 8), 60))
        sx = ['<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
              '<cols>']
        for c, w in enumerate(widths, 1):
            sx.append(f'<col min="{c}" max="{c}" width="{w}" customWidth="1"/>')
        sx.append('</cols><sheetData>')
        for r, row in enumerate(rows, 1):
            sx.append(f'<row r="{r}">')
            for c, v in enumerate(row):
                if v is None or v == "":
                    continue
                ref = f"{_col(c)}{r}"
                st = ' s="1"' if (bold_header and r == 1) else ""
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    sx.append(f'<c r="{ref}"{st}><v>{v}</v></c>')
                else:
                    sx.append(f'<c r="{ref}" t="inlineStr"{st}><is><t xml:space="preserve">'
                              f'{xesc(str(v))}</t></is></c>')
            sx.append('</row>')
        sx.append('</sheetData></worksheet>')
        members.append((f"xl/worksheets/sheet{i}.xml", XML_DECL + "".join(sx)))
    n = len(sheets)
    rels.append(f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    rels.append('</Relationships>')
    wb.append('</sheets></workbook>')
    ct.append('<Override PartName="/docProps/core.xml" ContentType="application/vnd.'
              'openxmlformats-package.core-properties+xml"/>')
    ct.append('<Override PartName="/docProps/app.xml" ContentType="application/vnd.'
              'openxmlformats-officedocument.extended-properties+xml"/>')
    ct.append('</Types>')
    styles = (XML_DECL +
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
              '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" '
              'fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" '
              'borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1">'
              '<cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    allm = [("[Content_Types].xml", "".join(ct)),
            ("_rels/.rels", _RELS_ROOT.format(main="xl/workbook.xml")),
            ("docProps/core.xml", _core(title, creator, created)),
            ("docProps/app.xml", _app("Microsoft Excel")),
            ("xl/workbook.xml", "".join(wb)),
            ("xl/_rels/workbook.xml.rels", "".join(rels)),
            ("xl/styles.xml", styles)] + members
    return zip_bytes(allm, when=_when(created))


def _when(created):
    y, mo, dd = int(created[0:4]), int(created[5:7]), int(created[8:10])
    hh, mi, ss = int(created[11:13]), int(created[14:16]), int(created[17:19])
    return (y, mo, dd, hh, mi, ss)


def _blocks(blocks):
    """Normalise document blocks: '# h1', '## h2', '| a | b' table rows, text."""
    out = []
    for b in blocks:
        if b.startswith("| "):
            cells = [c.strip() for c in b[2:].split(" | ")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        elif b.startswith("## "):
            out.append(("h2", b[3:]))
        elif b.startswith("# "):
            out.append(("h1", b[2:]))
        else:
            out.append(("p", b))
    return out


def docx(blocks, title="", creator="", created="2026-09-01T08:00:00Z"):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []

    def run(text, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (
                f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        return f'<w:r>{rpr}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'

    for kind, val in _blocks(blocks):
        if kind == "h1":
            body.append(f'<w:p><w:pPr><w:spacing w:after="160"/></w:pPr>{run(val, True, 28)}</w:p>')
        elif kind == "h2":
            body.append(f'<w:p><w:pPr><w:spacing w:before="120"/></w:pPr>{run(val, True, 24)}</w:p>')
        elif kind == "p":
            body.append(f"<w:p>{run(val)}</w:p>" if val else "<w:p/>")
        else:
            ncols = max(len(r) for r in val)
            w = 9000 // ncols
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '</w:tblBorders></w:tblPr><w:tblGrid>']
            t += [f'<w:gridCol w:w="{w}"/>' for _ in range(ncols)]
            t.append('</w:tblGrid>')
            for ri, row in enumerate(val):
                t.append('<w:tr>')
                for c in range(ncols):
                    txt = row[c] if c < len(row) else ""
                    t.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                             f'<w:p>{run(txt, ri == 0)}</w:p></w:tc>')
                t.append('</w:tr>')
            t.append('</w:tbl><w:p/>')
            body.append("".join(t))
    doc = (XML_DECL + f'<w:document {W}><w:body>' + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>')
    ct = (XML_DECL +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
          'package.core-properties+xml"/><Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    return zip_bytes([("[Content_Types].xml", ct),
                      ("_rels/.rels", _RELS_ROOT.format(main="word/document.xml")),
                      ("docProps/core.xml", _core(title, creator, created)),
                      ("docProps/app.xml", _app("Microsoft Office Word")),
                      ("word/document.xml", doc)], when=_when(created))


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def _odf(mimetype, content_body, title, creator, created):
    content = (XML_DECL.replace(' standalone="yes"', '') +
               f'<office:document-content {_ODF_NS} office:version="1.3">'
               '<office:automatic-styles><style:style style:name="Tb" style:family="paragraph">'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles>'
               f'<office:body>{content_body}</office:body></office:document-content>')
    meta = (XML_DECL.replace(' standalone="yes"', '') +
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64</meta:generator>'
            f'<dc:title>{xesc(title)}</dc:title>'
            f'<meta:initial-creator>{xesc(creator)}</meta:initial-creator>'
            f'<dc:creator>{xesc(creator)}</dc:creator>'
            f'<meta:creation-date>{created[:19]}</meta:creation-date>'
            f'<dc:date>{created[:19]}</dc:date></office:meta></office:document-meta>')
    manifest = (XML_DECL.replace(' standalone="yes"', '') +
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                'manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                f'manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zip_bytes([("content.xml", content), ("meta.xml", meta),
                      ("META-INF/manifest.xml", manifest)],
                     when=_when(created), mimetype_first=mimetype)


def odt(blocks, title="", creator="", created="2026-09-01T08:00:00"):
    body = []
    for kind, val in _blocks(blocks):
        if kind in ("h1", "h2"):
            lvl = 1 if kind == "h1" else 2
            body.append(f'<text:h text:outline-level="{lvl}">{xesc(val)}</text:h>')
        elif kind == "p":
            body.append(f"<text:p>{xesc(val)}</text:p>")
        else:
            ncols = max(len(r) for r in val)
            t = [f'<table:table table:name="Tabelle{len(body) + 1}">'
                 f'<table:table-column table:number-columns-repeated="{ncols}"/>']
            for ri, row in enumerate(val):
                t.append("<table:table-row>")
                for c in range(ncols):
                    txt = row[c] if c < len(row) else ""
                    sty = ' text:style-name="Tb"' if ri == 0 else ""
                    t.append(f'<table:table-cell office:value-type="string">'
                             f'<text:p{sty}>{xesc(txt)}</text:p></table:table-cell>')
                t.append("</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>" + "".join(body) + "</office:text>", title, creator, created)


def ods(sheets, title="", creator="", created="2026-09-01T08:00:00"):
    body = []
    for name, rows in sheets:
        ncols = max((len(r) for r in rows), default=1)
        t = [f'<table:table table:name="{xesc(name)}">'
             f'<table:table-column table:number-columns-repeated="{ncols}"/>']
        for row in rows:
            t.append("<table:table-row>")
            for c in range(ncols):
                v = row[c] if c < len(row) else None
                if v is None or v == "":
                    t.append("<table:table-cell/>")
                elif isinstance(v, (int, float)):
                    t.append(f'<table:table-cell office:value-type="float" office:value="{v}">'
                             f"<text:p>{v}</text:p></table:table-cell>")
                else:
                    t.append(f'<table:table-cell office:value-type="string">'
                             f"<text:p>{xesc(str(v))}</text:p></table:table-cell>")
            t.append("</table:table-row>")
        t.append("</table:table>")
        body.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>" + "".join(body) + "</office:spreadsheet>",
                title, creator, created)


# PDF ---------------------------------------------------------------------------

def _pdf_str(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


def pdf(blocks, title="", author="", created=(2026, 9, 1, 8, 0, 0),
        producer="HOVIS Druckdienst 7.4", footer=None):
    """A4 PDF with a real text layer (Helvetica, WinAnsiEncoding, FlateDecode).

    blocks: '# heading', '## subheading', '| a | b' table rows (equal columns, or widths
    set by a preceding '%cols 120,200,..' line), '' blank line, other text (wrapped)."""
    lines = []  # (font, size, [(x, text)])
    widths = None
    for b in blocks:
        if b.startswith("%cols "):
            widths = [int(x) for x in b[6:].split(",")]
            continue
        if b.startswith("# "):
            lines.append(("F2", 14, [(0, b[2:])]))
            lines.append(("F1", 6, []))
        elif b.startswith("## "):
            lines.append(("F2", 11, [(0, b[3:])]))
        elif b.startswith("| "):
            cells = [c.strip() for c in b[2:].split(" | ")]
            ws = widths or [480 // len(cells)] * len(cells)
            wrapped, xs, x = [], [], 0
            for c, w in zip(cells, ws):
                wrapped.append(textwrap.wrap(c, max(4, int(w / 4.9))) or [""])
                xs.append(x)
                x += w
            for k in range(max(len(wc) for wc in wrapped)):
                lines.append(("F1", 9, [(xs[i], wc[k]) for i, wc in enumerate(wrapped)
                                        if k < len(wc)]))
        elif b == "":
            lines.append(("F1", 10, []))
        else:
            widths = None
            for wl in textwrap.wrap(b, 92) or [""]:
                lines.append(("F1", 10, [(0, wl)]))
    pages, cur, y = [], [], 0
    for ln in lines:
        h = ln[1] + 4
        if y + h > 700 and cur:
            pages.append(cur)
            cur, y = [], 0
        cur.append((ln, y))
        y += h
    pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
               b"/Encoding /WinAnsiEncoding >>")
    y0, mo, dd, hh, mi, ss = created
    pdate = f"D:{y0:04d}{mo:02d}{dd:02d}{hh:02d}{mi:02d}{ss:02d}+02'00'"
    objs[5] = ("<< /Title " + _pdf_str(title) + " /Author " + _pdf_str(author) +
               " /Producer " + _pdf_str(producer) + f" /CreationDate ({pdate})"
               f" /ModDate ({pdate}) >>").encode("latin-1")
    kids = []
    n = 6
    for pi, page in enumerate(pages, 1):
        ops = ["BT"]
        for (font, size, row), yy in page:
            for x, txt in row:
                if not txt:
                    continue
                ops.append(f"/{font} {size} Tf 1 0 0 1 {56 + x} {790 - yy - size} Tm "
                           f"{_pdf_str(txt)} Tj")
        ft = footer or title
        ops.append(f"/F1 8 Tf 1 0 0 1 56 40 Tm {_pdf_str(f'{ft} – Seite {pi} von {len(pages)}')} Tj")
        ops.append("ET")
        raw = "\n".join(ops).encode("latin-1")
        comp = zlib.compress(raw, 9)
        objs[n + 1] = (f"<< /Length {len(comp)} /Filter /FlateDecode >>\nstream\n".encode()
                       + comp + b"\nendstream")
        objs[n] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                   f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                   f"/Contents {n + 1} 0 R >>").encode()
        kids.append(n)
        n += 2
    objs[2] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
               f"/Count {len(kids)} >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for i in range(1, size):
        out += f"{offsets[i]:010d} 00000 n \n".encode()
    fid = hashlib.md5((title + author + pdate).encode()).hexdigest()
    out += (f"trailer\n<< /Size {size} /Root 1 0 R /Info 5 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def csv_text(rows, sep=";"):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = "" if c is None else str(c)
            if sep in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------

MAILS = {}


def mail(n, label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en")
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        assert n not in MAILS, n
        MAILS[n] = (label, lang, kind, reason, fn)
        return fn
    return deco


# ===========================================================================
# MAILS
# ===========================================================================

# --- Tuesday, 1 September 2026 ----------------------------------------------

@mail(1, "NORMAL", "de", "internal",
      "trap: welcome of three new trainees with their rotation through health, life and claims departments; names only, organisational")
def _():
    p = S["feld"]
    body = T("""
Liebe Kolleginnen und Kollegen,

heute starten drei neue Auszubildende bei uns in die Ausbildung zur Kauffrau/zum Kaufmann für Versicherungen und Finanzanlagen:

- Lea Brücken
- Jonas Wirtz
- Melisa Arslan

Die drei sind heute und morgen in der Einführungswoche (Raum 2.14, „Lahnblick“), ab Donnerstag geht es dann in die Fachabteilungen. Der Rotationsplan für das erste Halbjahr sieht so aus:

  Sept.–Okt.   Kundenservice / Empfang (Patin: Julia Neumann)
  Nov.–Dez.    Kraftfahrt-Schaden (Pate: Sabine Krämer)
  Jan.–Feb.    Leistungsabteilung Krankenversicherung (Pate: Markus Oberle)
  März         Lebensversicherung Bestand (Patin: Lena Hoffmeister)

In der Leistungsabteilung Kranken und in der Lebensversicherung arbeiten die Azubis nur mit Schulungsfällen bzw. unter Aufsicht – die Datenschutzbelehrung macht Frau Reuter am Mittwoch um 10 Uhr, bitte die Patinnen und Paten dazu ebenfalls kommen.

Die Zugänge (Windows, HOVIS-Lesezugriff, Zeiterfassung) hat die IT bereits angelegt. Falls irgendwo ein Stuhl oder ein Headset fehlt, bitte kurz bei Frau Esser melden.

Sagt gern Hallo, wenn ihr die drei auf dem Flur trefft – wir freuen uns sehr über den Zuwachs!

Viele Grüße
Monika Feld

""") + p.sig
    return msg(p.hdr, MB["alle"], "Herzlich willkommen: unsere neuen Auszubildenden", d(1, 7, 52),
               body, mailer=OUTLOOK_DE, seed="d203-1")


@mail(2, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: named customer gets a new eVB number for his new car, with plate, VIN and policy number")
def _():
    p = S["kraemer"]
    q = T("""
Von: Frank Leinweber <frank.leinweber@netpost.example>
Gesendet: Montag, 31. August 2026 19:44
An: Schadenservice <schaden@hohenmoorer.example>
Betreff: Fahrzeugwechsel

Guten Abend,

wir haben uns einen gebrauchten Skoda gekauft, der alte Golf wird am Freitag abgeholt. Ich bräuchte eine neue eVB für die Zulassung, Termin bei der Zulassungsstelle ist Donnerstag früh. Kennzeichen soll das alte bleiben. Geht das so schnell?

Fahrzeugschein hab ich fotografiert, ist im Anhang.

Gruß Frank Leinweber
Vertrag KR-4471-0093825
""")
    body = T("""
Guten Morgen Herr Leinweber,

das klappt problemlos. Ihre elektronische Versicherungsbestätigung (eVB) für die Zulassung lautet:

    eVB-Nummer: A7K3P9Q

Wir haben folgende Daten aus Ihrem Foto übernommen:

    Fahrzeug:    Skoda Octavia Combi 2.0 TDI, EZ 04/2022
    FIN:         TMBJJ7NX8N1043376
    Kennzeichen: HOM-FL 228 (Übernahme vom bisherigen Fahrzeug)
    Vertrag:     KR-4471-0093825 – Haftpflicht und Vollkasko (SB 300/150 €)

Ihre Schadenfreiheitsklassen (Haftpflicht SF 12, Vollkasko SF 9) bleiben unverändert. Den neuen Beitrag für den Skoda berechnen wir nach der Zulassung; Sie bekommen dann einen Nachtrag zum Versicherungsschein. Für den Golf ist nichts weiter zu tun – die Zulassungsstelle meldet uns die Abmeldung bzw. den Wechsel automatisch.

Viel Freude mit dem neuen Auto!

Freundliche Grüße
Sabine Krämer

""") + p.sig + "\n\n" + FOOTER_DE + "\n\n" + q
    return msg(p.hdr, "Frank Leinweber <frank.leinweber@netpost.example>",
               "AW: Fahrzeugwechsel", d(1, 8, 17), body, mailer=OUTLOOK_DE, seed="d203-2",
               in_reply_to="<CAF7x2k1Lw9eRr0@netpost.example>")


@mail(3, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health: reimbursement statement to the insured with cardiology and pharmacy invoices; PDF lists diagnosis I48.0 and medicines")
def _():
    p = S["oberle"]
    body = T("""
Sehr geehrte Frau Frantzen,

vielen Dank für die Einreichung Ihrer Rechnungen vom 18.08.2026. Wir haben alle fünf Belege geprüft; die ausführliche Leistungsabrechnung finden Sie im Anhang.

Kurz zusammengefasst: Die Rechnungen der kardiologischen Praxis Dr. Aydin und des Labors erstatten wir vollständig. Bei der Rechnung der Apotheke am Markt konnten wir das Nahrungsergänzungsmittel (Omega-3-Kapseln) leider nicht berücksichtigen, da es kein Arzneimittel im Sinne der Tarifbedingungen ist. Der Erstattungsbetrag von 1.184,62 € wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen.

Falls Sie Fragen zur Abrechnung haben, rufen Sie mich gern an.

Mit freundlichen Grüßen
Markus Oberle

""") + p.sig + "\n\n" + FOOTER_DE
    doc = pdf([
        "# Leistungsabrechnung Krankenversicherung",
        "Hohenmoorer Versicherung a.G. · Marktplatz 7 · 55768 Hohenmoor",
        "",
        "Frau Gisela Frantzen · Am Kelterhaus 3 · 55768 Hohenmoor-Niederbach",
        "",
        "Versicherungsnummer: KV 700 88231-02        Tarif: KV-Komfort 2, Selbstbehalt 0 EUR",
        "Versicherte Person: Gisela Frantzen, geb. 09.06.1958",
        "Abrechnungsdatum: 01.09.2026               Eingang der Belege: 18.08.2026",
        "",
        "## Eingereichte Belege",
        "%cols 62,150,150,60,58",
        "| Datum | Leistungserbringer | Leistung / Diagnose | Betrag | erstattet",
        "| 22.07.2026 | Dr. med. Selim Aydin, Kardiologie | Langzeit-EKG, Echokardiographie; I48.0 Vorhofflimmern, paroxysmal | 412,37 | 412,37",
        "| 22.07.2026 | MVZ Labor Mittelrhein | INR, TSH, NT-proBNP | 96,51 | 96,51",
        "| 05.08.2026 | Dr. med. Selim Aydin, Kardiologie | Kontrolle, Kardioversion ambulant | 588,90 | 588,90",
        "| 06.08.2026 | Apotheke am Markt | Apixaban 5 mg N3, Bisoprolol 2,5 mg N2 | 86,84 | 86,84",
        "| 06.08.2026 | Apotheke am Markt | Omega-3-Kapseln (kein Arzneimittel) | 24,95 | 0,00",
        "",
        "Summe eingereicht: 1.209,57 EUR     Summe erstattet: 1.184,62 EUR",
        "",
        "Auszahlung auf: IBAN DE** **** **** **** **44 61 (Kontoinhaberin: Gisela Frantzen)",
        "",
        "Hinweis: Nahrungsergänzungsmittel sind nach Teil II Nr. 3.2 der Tarifbedingungen KV-Komfort nicht erstattungsfähig. "
        "Die Erstattung wirkt sich auf Ihre Beitragsrückerstattung für das Kalenderjahr 2026 aus.",
        "",
        "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ], title="Leistungsabrechnung KV 700 88231-02", author="Hohenmoorer Versicherung a.G.",
        created=(2026, 9, 1, 8, 40, 12))
    return msg(p.hdr, "Gisela Frantzen <g.frantzen@mailbox.example>",
               "Ihre Leistungsabrechnung vom 01.09.2026", d(1, 9, 3), body,
               mailer=OUTLOOK_DE, seed="d203-3",
               atts=[att_pdf(doc, "Leistungsabrechnung_2026-09-01.pdf")])


@mail(4, "NORMAL", "en", "insurer-to-partner",
      "trap: reinsurance treaty renewal meeting invitation (ICS); mentions large-loss list, hail PML and life mortality by age band, no persons")
def _():
    p = S["ritter"]
    body = T("""
Dear Priya,

as discussed on the phone last week, here is the invitation for our 2027 renewal meeting in Hohenmoor on Tuesday, 6 October, 10:00 to roughly 15:30. We'll have lunch in-house.

Agenda as I see it (feel free to add):

1. Property cat XL: hail and flash flood experience 2022-2026, our updated PML and the modelling of the June 2025 Talheide hail line
2. Motor XL: development of the two large bodily-injury files from 2024 (anonymised, amounts and reserves only)
3. Life quota share: mortality experience by age band and sex, the new term-life tariff and our underwriting guidelines for sums above EUR 750k
4. Retention, pricing indications, wording changes (communicable disease exclusion)

I'll send the large-loss list and the mortality tables one week before, as usual via your data room, not by mail.

Parking is at the back of the building, entrance Kirchgasse. From Frankfurt airport it's about 80 minutes by car; if you come by train, let me know and we'll pick you up in Oberwied.

Best regards,
Sven

""") + p.sig + "\n\n" + FOOTER_EN
    ics = T("""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:6c1f0a2e-4b7d-4f0e-9b55-2d8e1a7c3f10@hohenmoorer.example
DTSTAMP:20260901T071500Z
DTSTART;TZID=Europe/Berlin:20261006T100000
DTEND;TZID=Europe/Berlin:20261006T153000
SUMMARY:Renewal 2027 Hohenmoorer / Nordatlantic Re
LOCATION:Hohenmoorer Versicherung\\, Marktplatz 7\\, Hohenmoor\\, room 3.02
ORGANIZER;CN=Sven Ritter:mailto:sven.ritter@hohenmoorer.example
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman@nordatlantic-re.example
ATTENDEE;CN=Tom Avery;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:tom.avery@nordatlantic-re.example
ATTENDEE;CN=Dr. Ingrid Pahl;ROLE=REQ-PARTICIPANT:mailto:ingrid.pahl@hohenmoorer.example
DESCRIPTION:Agenda: property cat XL\\, motor XL\\, life quota share\\, retention and wording.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")
    return msg(p.hdr, "Priya Raman <priya.raman@nordatlantic-re.example>",
               "Renewal 2027 – meeting in Hohenmoor on 6 October", d(1, 9, 15), body,
               cc="Tom Avery <tom.avery@nordatlantic-re.example>, "
                  "\"Dr. Ingrid Pahl\" <ingrid.pahl@hohenmoorer.example>",
               charset="utf-8", cte="8bit", flowed=True, mailer=THUNDERBIRD, seed="d203-4",
               atts=[att_ics(ics, "invite.ics")])


@mail(5, "CONFIDENTIAL", "en", "insurer-to-customer",
      "household policy issued to a named US service member: off-base address, policy number, premium and IBAN for the direct debit")
def _():
    p = S["mthal"]
    body = T("""
Dear Sergeant Bell,

thank you for choosing Hohenmoorer for your household contents insurance. Your policy is now in force, and the documents will follow by post (German with an English courtesy translation).

Here is a short summary:

  Policy number:       HV 12 334 567-8
  Policyholder:        Marcus Bell
  Insured location:    Lindenweg 14, 1st floor right, 55768 Hohenmoor-Talheide
  Sum insured:         EUR 45,000 (contents, new-for-old value)
  Extras:              bicycle theft up to EUR 2,000, glass breakage
  Start date:          1 September 2026, 00:00
  Premium:             EUR 14.20 per month, collected by SEPA direct debit
  Account:             DE94 5706 9144 0793 0949 30 (account holder Marcus Bell)
  First collection:    1 October 2026

Please check that your off-base address is spelled exactly as in your rental contract – the landlord and the housing office sometimes ask for the insurance certificate.

If you move back on base or receive PCS orders, just let us know; the policy can be cancelled at the end of any month with one month's notice.

Kind regards,
Rebecca Müller-Thal

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Marcus Bell <marcus.bell@usmail.example>",
               "Your household insurance HV 12 334 567-8 – confirmation", d(1, 10, 26), body,
               mailer=OUTLOOK_EN, seed="d203-5")


@mail(6, "NORMAL", "de", "newsletter",
      "trap: customer newsletter (HTML + text) on deer collisions, autumn storms and a dental product 'without health questions'; no persons")
def _():
    text = T("""
Hohenmoorer Kundenbrief – September 2026

Liebe Kundinnen und Kunden,

der Herbst kommt – und mit ihm Nebel, Laub und Wildwechsel. Drei Themen für diesen Monat:

1) Wildunfall: Was tun?
Warnblinker an, Unfallstelle sichern, Polizei oder Jagdpächter rufen. Das Tier nicht anfassen. Lassen Sie sich eine Wildunfallbescheinigung ausstellen und machen Sie Fotos. In der Teilkasko sind Zusammenstöße mit Haarwild versichert, in unseren Komfort-Tarifen sogar mit Tieren aller Art.

2) Herbststürme: Dachrinne, Balkon, Gartenmöbel
Lose Gegenstände sichern, Dachrinnen reinigen, Fenster schließen. Nach einem Sturm: Schäden fotografieren, Schadennummer über das Kundenportal anlegen, nichts wegwerfen, bevor wir es gesehen haben.

3) Neu: ZahnPlus ohne Gesundheitsfragen
Professionelle Zahnreinigung bis 150 € im Jahr, 90 % für Zahnersatz, Implantate und Inlays, keine Wartezeit bei Unfall. Abschluss bis 20.000 € Leistungsgrenze ganz ohne Gesundheitsfragen. Fehlende Zähne und laufende Behandlungen sind allerdings nicht versichert.

Termine: Am 26. September sind wir mit unserem Stand auf dem Bauernmarkt in Oberwied.

Ihre Hohenmoorer Versicherung

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben. Abmelden: https://www.hohenmoorer.example/newsletter/abmelden
""")
    html = T("""
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Hohenmoorer Kundenbrief September 2026</title></head>
<body style="margin:0;background:#eef1ec;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#2f5d3a;color:#fff;padding:18px 24px;font-size:22px">Hohenmoorer Kundenbrief <span style="font-size:14px">September 2026</span></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.5">
<p>Liebe Kundinnen und Kunden,</p>
<p>der Herbst kommt – und mit ihm Nebel, Laub und Wildwechsel. Drei Themen für diesen Monat:</p>
<h2 style="color:#2f5d3a;font-size:18px">Wildunfall: Was tun?</h2>
<p>Warnblinker an, Unfallstelle sichern, Polizei oder Jagdpächter rufen. Das Tier nicht anfassen. Lassen Sie sich eine <b>Wildunfallbescheinigung</b> ausstellen und machen Sie Fotos. In der Teilkasko sind Zusammenstöße mit Haarwild versichert, in unseren Komfort-Tarifen sogar mit Tieren aller Art.</p>
<h2 style="color:#2f5d3a;font-size:18px">Herbststürme: Dachrinne, Balkon, Gartenmöbel</h2>
<p>Lose Gegenstände sichern, Dachrinnen reinigen, Fenster schließen. Nach einem Sturm: Schäden fotografieren, Schadennummer über das <a href="https://portal.hohenmoorer.example/">Kundenportal</a> anlegen, nichts wegwerfen, bevor wir es gesehen haben.</p>
<h2 style="color:#2f5d3a;font-size:18px">Neu: ZahnPlus ohne Gesundheitsfragen</h2>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px" width="100%">
<tr style="background:#dfe8dc"><th align="left">Leistung</th><th align="left">ZahnPlus</th></tr>
<tr><td>Professionelle Zahnreinigung</td><td>bis 150 € pro Jahr</td></tr>
<tr><td>Zahnersatz, Implantate, Inlays</td><td>90 %</td></tr>
<tr><td>Wartezeit bei Unfall</td><td>keine</td></tr>
<tr><td>Gesundheitsfragen</td><td>keine bis 20.000 € Leistungsgrenze</td></tr>
</table>
<p style="font-size:13px">Fehlende Zähne und laufende Behandlungen sind nicht versichert.</p>
<p><b>Termine:</b> Am 26. September sind wir mit unserem Stand auf dem Bauernmarkt in Oberwied.</p>
<p>Ihre Hohenmoorer Versicherung</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#666;background:#f5f5f5">Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben. <a href="https://www.hohenmoorer.example/newsletter/abmelden">Abmelden</a> · Hohenmoorer Versicherung a.G., Marktplatz 7, 55768 Hohenmoor</td></tr>
</table></td></tr></table>
</body></html>
""")
    return msg(MB["news"], "undisclosed-recipients:;",
               "Wildunfall, Herbststurm und neu: ZahnPlus – Ihr Kundenbrief September",
               d(1, 11, 0), text, html=html, mailer=NEWSLETTER, seed="d203-6",
               headers=[("List-Unsubscribe", "<https://www.hohenmoorer.example/newsletter/abmelden>")])

# --- Wednesday, 2 September 2026 --------------------------------------------

@mail(7, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "disability claim: request to the GP for a medical report on a named insured (birth date, slipped disc L5/S1); signed consent form as PDF")
def _():
    p = S["brandt"]
    body = T("""
Sehr geehrte Frau Dr. Sauer,

Ihr Patient

    Herr Ralf Meisenheimer, geb. 14.03.1971
    Bachstraße 22, 55768 Hohenmoor

hat bei uns Leistungen aus seiner Berufsunfähigkeits-Zusatzversicherung (Vertrag LV-2014-007731, unser Zeichen BU-L-2026-0147) beantragt. Er gibt an, seit Anfang März 2026 wegen eines Bandscheibenvorfalls L5/S1 mit Ausstrahlung ins linke Bein durchgehend arbeitsunfähig zu sein und seine Tätigkeit als Lagerlogistiker nicht mehr ausüben zu können. Sie werden als behandelnde Hausärztin genannt.

Für die Prüfung bitten wir Sie um einen ärztlichen Befundbericht mit folgenden Angaben:

1. Diagnosen (möglichst mit ICD-10) und Datum der Erstdiagnose
2. Behandlungsverlauf seit Januar 2026, insbesondere Medikation und Physiotherapie
3. Zeiten der Arbeitsunfähigkeit laut Ihren Bescheinigungen
4. Kopien vorliegender Fremdbefunde (MRT, Bericht Orthopädie am Stadtpark, ggf. Reha-Entlassungsbericht)
5. Ihre Einschätzung, welche körperlichen Tätigkeiten (Heben, Tragen, Zwangshaltungen) Herrn Meisenheimer derzeit noch möglich sind

Die Schweigepflichtentbindungserklärung von Herrn Meisenheimer vom 24.08.2026 finden Sie im Anhang. Für den Bericht vergüten wir pauschal 45,00 € zuzüglich Kopierkosten; bitte geben Sie Ihre Rechnung mit an.

Am einfachsten erreicht uns der Bericht über unser Portal für Heilberufe oder per Post an den Ärztlichen Dienst. Bitte senden Sie ihn nicht per unverschlüsselter E-Mail.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
Florian Brandt

""") + p.sig + "\n\n" + FOOTER_DE
    form = pdf([
        "# Erklärung zur Entbindung von der Schweigepflicht",
        "Hohenmoorer Versicherung a.G. – Leistungsprüfung Berufsunfähigkeit",
        "",
        "Versicherte Person: Ralf Meisenheimer, geboren am 14.03.1971",
        "Anschrift: Bachstraße 22, 55768 Hohenmoor",
        "Vertrag: LV-2014-007731 (BU-Zusatzversicherung)    Leistungsfall: BU-L-2026-0147",
        "",
        "Ich entbinde die nachstehend genannten Ärztinnen und Ärzte, Krankenhäuser und Therapeuten von der "
        "Schweigepflicht, soweit die Hohenmoorer Versicherung a.G. Angaben über meine Gesundheit zur Prüfung "
        "meines Leistungsantrags benötigt:",
        "",
        "| Name | Fachrichtung | Ort",
        "| Dr. med. Gerlinde Sauer | Allgemeinmedizin (Hausärztin) | Hohenmoor",
        "| Orthopädie am Stadtpark, Dr. med. Kai Böhmer | Orthopädie | Hohenmoor",
        "| Radiologie Mittelrhein MVZ | Radiologie (MRT LWS 03/2026) | Oberwied",
        "| Praxis für Physiotherapie Leni Schuh | Physiotherapie | Hohenmoor",
        "",
        "Die Erklärung gilt für Untersuchungen und Behandlungen der letzten fünf Jahre vor Antragstellung. "
        "Ich wurde darauf hingewiesen, dass ich die Erklärung jederzeit widerrufen kann.",
        "",
        "Hohenmoor, 24.08.2026",
        "gez. Ralf Meisenheimer",
    ], title="Schweigepflichtentbindung BU-L-2026-0147", author="Hohenmoorer Versicherung a.G.",
        created=(2026, 8, 24, 16, 2, 40), producer="Scan2PDF 4.1")
    return msg(p.hdr, '"Dr. med. Gerlinde Sauer" <praxis@praxis-sauer.example>',
               "Befundbericht – Ihr Patient Ralf Meisenheimer (unser Zeichen BU-L-2026-0147)",
               d(2, 8, 31), body, mailer=OUTLOOK_DE, seed="d203-7",
               atts=[att_pdf(form, "Schweigepflichtentbindung_Meisenheimer.pdf")])


@mail(8, "NORMAL", "en", "insurer-to-supplier",
      "trap: IT ticket for renewing the TLS certificate of the secure-mail gateway (CSR inline); mentions health-claims mail, no persons")
def _():
    p = S["stein"]
    body = T("""
Hi Lumen support team,

please see ticket LCS-48213. The certificate for our outbound mail gateway expires on 2 October 2026 and we would like to switch it in the maintenance window on 22 September (22:00-23:00 CEST), not later, because the gateway carries our health and disability claims correspondence and we don't want to risk a fallback to unencrypted delivery.

Details:

  Common name:     mx1.hohenmoorer.example
  SANs:            mx1.hohenmoorer.example, mx2.hohenmoorer.example,
                   securemail.hohenmoorer.example
  Key:             RSA 3072 (new key pair, generated on the gateway)
  Validity:        397 days

The CSR is below. Please don't change the SAN order, our monitoring checks the first entry.

-----BEGIN CERTIFICATE REQUEST-----
MIIDITCCAgkCAQAwgZwxCzAJBgNVBAYTAkRFMRkwFwYDVQQIDBBSaGVpbmxhbmQt
UGZhbHoxEjAQBgNVBAcMCUhvaGVubW9vcjEmMCQGA1UECgwdSG9oZW5tb29yZXIg
VmVyc2ljaGVydW5nIGEuRy4xEDAOBgNVBAsMB0lULUJldHIxJDAiBgNVBAMMG214
MS5ob2hlbm1vb3Jlci5leGFtcGxlMIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIB
igKCAYEAu3kq7Zt0Q2m8v1cK9aWfJ0q9bX1xY4o7N5tD0g9e0yHcXo3LzB1Vd8sE
-----END CERTIFICATE REQUEST-----

Can you confirm the window? If 22 September doesn't work for you, 29 September would be our fallback.

Thanks,
Heiko

""") + p.sig
    return msg(p.hdr, "Lumen Cloud Support <support@lumencloud.example>",
               "[LCS-48213] Certificate renewal mx1.hohenmoorer.example", d(2, 9, 12), body,
               charset="us-ascii", cte="7bit", flowed=True, mailer=THUNDERBIRD, seed="d203-8")


@mail(9, "CONFIDENTIAL", "en", "insurer-to-customer",
      "household claim: bicycle of a named airman stolen from the bike room; claim and policy number, police reference, bike value")
def _():
    p = S["whitfield"]
    body = T("""
Hi Tyler,

thanks for calling this morning, and sorry to hear about your bike. I've opened the claim under your household policy:

  Claim number:     S-2026-09-01873
  Policy:           HV 12 361 004-1 (household contents incl. bicycle theft)
  Date of loss:     night of 30 to 31 August 2026
  Location:         locked bike room, Am Wiesenhang 9, 55768 Hohenmoor-Talheide
  Police reference: Polizeiinspektion Hohenmoor, Tgb.-Nr. 2026/118842
  Item:             Trek Domane SL 5, bought 2024 for EUR 2,899

A couple of things I still need from you, ideally as photos or scans:

1. the purchase receipt or card statement for the bike
2. the frame number (usually on the receipt or the bike passport)
3. the receipt for the lock, and both keys of the lock – please keep them, we may ask you to post them to us
4. a short note whether anything else was taken from the bike room (helmet, pump, ...)

Please note that bicycle theft is covered up to EUR 2,000 under your policy, so that will be the maximum we can pay even if the replacement costs more. If the police find the bike within four weeks, please let me know right away.

You can reply to this mail or upload the documents in the customer portal under the claim number.

Best,
Grace

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Tyler Brooks <tyler.brooks@usmail.example>",
               "Your bike theft – claim S-2026-09-01873", d(2, 10, 48), body,
               mailer=OUTLOOK_EN, seed="d203-9")


@mail(10, "NORMAL", "de", "internal",
      "trap: claims handler asks the medical officer for a general line on analogue billing of femtosecond laser cataract surgery; no patient")
def _():
    p = S["oberle"]
    body = T("""
Hallo Frau Dr. Wendling,

eine grundsätzliche Frage, bevor ich die nächsten Fälle bearbeite: Wir bekommen seit dem Sommer deutlich mehr Rechnungen für Katarakt-Operationen mit Femtosekundenlaser, fast alle von den beiden Augenzentren in Oberwied und Bad Kreuzach. Abgerechnet wird der Laser jeweils als Zuschlag analog A 5855 GOÄ, meist zum 2,3-fachen Satz, teilweise zum 3,5-fachen mit einer sehr knappen Begründung („erhöhter Zeitaufwand“).

Ich hätte gern eine einheitliche Linie für das Team:

1. Erkennen wir den Analogzuschlag überhaupt an, oder nur die Standard-Kataraktposition (1375 GOÄ)?
2. Falls ja: bis zu welchem Steigerungsfaktor ohne Rückfrage?
3. Welche Begründung würden Sie bei mehr als 2,3-fach als ausreichend ansehen?

Mir ist bekannt, dass die Rechtsprechung dazu uneinheitlich ist; es geht nur darum, dass nicht jeder von uns anders entscheidet. Konkrete Fälle schicke ich Ihnen wie immer getrennt über die Akte.

Danke und viele Grüße
Markus

""") + p.sig
    return msg(p.hdr, '"Wendling, Jutta Dr." <jutta.wendling@hohenmoorer.example>',
               "Grundsatzfrage Femtosekundenlaser / A 5855 analog", d(2, 11, 20), body,
               mailer=OUTLOOK_DE, seed="d203-10")


@mail(11, "NORMAL", "de", "insurer-to-prospect",
      "trap: prospect asks what the dental supplement costs; answer with generic age-band prices, waiting periods and 'no health questions'")
def _():
    p = S["neumann"]
    q = T("""
Von: Lukas Ebert <lukas.ebert@webpost.example>
Gesendet: Dienstag, 1. September 2026 21:07
An: info@hohenmoorer.example
Betreff: Zahnzusatz aus der Zeitung

Hallo, ich interessiere mich für eure neue Zahnzusatz aus der Zeitung (Anzeige im Anzeiger am Samstag). Was kostet die ungefähr im Monat und gibt es Wartezeiten? Muss man vorher zum Zahnarzt zur Untersuchung?

Gruß
Lukas Ebert
""")
    body = T("""
Hallo Herr Ebert,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung ZahnPlus.

Die monatlichen Beiträge richten sich nach dem Alter bei Vertragsbeginn:

  bis 20 Jahre     9,80 €
  21–30 Jahre     14,90 €
  31–40 Jahre     19,40 €
  41–50 Jahre     26,80 €
  51–60 Jahre     34,10 €
  ab 61 Jahre     41,50 €

Eine Untersuchung beim Zahnarzt vor Abschluss ist nicht nötig, und es gibt auch keine Gesundheitsfragen – solange Sie eine Leistungsgrenze bis 20.000 € wählen. Zu beachten ist nur: Zähne, die bei Abschluss bereits fehlen, und Behandlungen, die schon angeraten oder begonnen sind, sind nicht versichert.

Wartezeiten: Für Zahnreinigung und Füllungen gibt es keine, für Zahnersatz und Implantate 8 Monate. Nach einem Unfall leisten wir sofort.

Sie können ZahnPlus direkt online abschließen (www.hohenmoorer.example/zahnplus) oder einen Termin in unserer Geschäftsstelle am Marktplatz vereinbaren – dann besprechen wir alles in Ruhe.

Viele Grüße
Julia Neumann

""") + p.sig + "\n\n" + FOOTER_DE + "\n\n" + q
    return msg(p.hdr, "Lukas Ebert <lukas.ebert@webpost.example>",
               "AW: Zahnzusatz aus der Zeitung", d(2, 13, 5), body,
               mailer=OUTLOOK_DE, seed="d203-11",
               in_reply_to="<8b21c0f4-5d0e-4a8c-9c1e-77a0e0c0d4b1@webpost.example>")


@mail(12, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor: international motor insurance card (PDF) for a named customer's trip to Poland, with plate, vehicle and policy number")
def _():
    p = S["whitfield"]
    body = T("""
Dear Ms. Kowalczyk,

as requested, please find attached the International Motor Insurance Card ("green card") for your trip to Poland. Poland is covered by your policy automatically; the card is not strictly required inside the EU, but it's the easiest proof of insurance if anything happens, so I'd print it and keep it in the glove box.

Policy: KR-4471-0102276
Vehicle: Ford Explorer, registration HOM-AK 77
Valid: 1 September 2026 to 31 August 2027

One tip: if there is an accident in Poland, please fill in the European Accident Statement together with the other driver (a blank form is in the glove box folder we sent you) and call our 24h claims line +49 6571 4471-0 before you authorise any repairs there.

Safe travels and have a great time in Kraków!

Kind regards,
Grace Whitfield

""") + p.sig + "\n\n" + FOOTER_EN
    card = pdf([
        "# International Motor Insurance Card / Internationale Versicherungskarte",
        "Issued under the authority of the Bureau for Motor Insurance, Germany",
        "",
        "1. Valid from 01.09.2026 to 31.08.2027 (both dates inclusive)",
        "2. Country code / insurer code / number: D / 417 / KR-4471-0102276",
        "3. Registration number: HOM-AK 77",
        "4. Category of vehicle: A (car)      5. Make of vehicle: Ford Explorer",
        "",
        "6. Territorial validity: A B BG CY CZ D DK E EST F FIN GB GR H HR I IRL IS L LT LV M N NL P PL RO S SK SLO CH AND SRB",
        "",
        "7. Name and address of the policyholder:",
        "Amanda Kowalczyk, Am Wiesenhang 3, 55768 Hohenmoor-Talheide, Germany",
        "",
        "8. This card has been issued by: Hohenmoorer Versicherung a.G., Marktplatz 7, 55768 Hohenmoor",
        "",
        "9. Signature of insurer: Hohenmoorer Versicherung a.G. (machine-issued)",
    ], title="Green Card KR-4471-0102276", author="Hohenmoorer Versicherung a.G.",
        created=(2026, 9, 2, 14, 31, 5), footer="International Motor Insurance Card")
    return msg(p.hdr, "Amanda Kowalczyk <amanda.kowalczyk@usmail.example>",
               "Green card for your trip to Poland", d(2, 14, 36), body,
               mailer=OUTLOOK_EN, seed="d203-12",
               atts=[att_pdf(card, "GreenCard_KR-4471-0102276.pdf")])

# --- Thursday, 3 September 2026 ---------------------------------------------

@mail(13, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "travel health: guarantee of payment to a Mallorca hospital for a named insured with birth date, hip fracture S72.0 and planned surgery")
def _():
    p = S["roth"]
    body = T("""
Dear Ms. Ferrer,

thank you for your call this morning. As agreed, please find attached our guarantee of payment for

    Mrs. Hannelore Pütz, born 11/02/1949
    admitted 02/09/2026, your case no. CS-26-084417

We understand from Dr. Vidal that Mrs. Pütz fell at her hotel in Cala Millor, that the X-ray shows a displaced fracture of the right femoral neck (S72.0) and that a hemiarthroplasty is planned for today. We cover the medically necessary treatment including surgery and the stay in a standard room up to EUR 25,000. A single room surcharge, telephone and TV are not covered; please bill those to the patient directly.

Could you please send us, as soon as possible after the operation:

- the operation report and a short medical update,
- the expected length of stay,
- your assessment whether and from which day she will be fit to fly (seated or stretcher).

The repatriation to Germany will be organised by our assistance partner EuroAssist (their case number EA-26-77310); their medical team will contact Dr. Vidal directly.

Please send the final invoice with the discharge summary to this address or through the EuroAssist portal.

With kind regards,
Daniela Roth

""") + p.sig + "\n\n" + FOOTER_EN
    gop = pdf([
        "# Guarantee of Payment",
        "Hohenmoorer Versicherung a.G. · Travel Insurance · Marktplatz 7 · 55768 Hohenmoor · Germany",
        "",
        "To: Hospital Costa Serena, International Patient Office, Palma de Mallorca",
        "Date: 03/09/2026            Our reference: RK-2026-114820 / TR-26-0655",
        "",
        "%cols 150,330",
        "| Patient | Hannelore Pütz",
        "| Date of birth | 11/02/1949",
        "| Address | Hauptstraße 61, 55768 Hohenmoor, Germany",
        "| Policy | Annual travel health insurance RK-2026-114820, valid 01/01/2026-31/12/2026",
        "| Hospital case no. | CS-26-084417, admitted 02/09/2026",
        "| Diagnosis | S72.0 fracture of neck of femur, right; fall on 02/09/2026",
        "| Planned treatment | Hemiarthroplasty (cemented), post-operative care, physiotherapy",
        "",
        "Hohenmoorer Versicherung a.G. guarantees payment of the costs of medically necessary in-patient "
        "treatment of the above patient up to a maximum of EUR 25,000.00 (twenty-five thousand euros). "
        "Not covered: single room surcharge, comfort services, telephone and television.",
        "",
        "This guarantee is valid until the patient is discharged or repatriated, at the latest 30/09/2026. "
        "Invoices must state the patient's name, the dates of treatment and the diagnosis.",
        "",
        "Hohenmoor, 03/09/2026",
        "Daniela Roth, Travel Insurance / Assistance",
    ], title="Guarantee of Payment RK-2026-114820", author="Daniela Roth",
        created=(2026, 9, 3, 8, 52, 30), footer="Guarantee of Payment TR-26-0655")
    return msg(p.hdr, '"International Patient Office, Hospital Costa Serena" '
               "<international@costaserena-hospital.example>",
               "Guarantee of payment – Mrs. Hannelore Pütz (your case CS-26-084417)",
               d(3, 9, 2), body, mailer=OUTLOOK_EN, seed="d203-13",
               cc="EuroAssist Medical Team <medical@euroassist.example>",
               atts=[att_pdf(gop, "GOP_Puetz_TR-26-0655.pdf")])


@mail(14, "NORMAL", "de", "internal",
      "company outing invitation with ICS (iso-8859-1); no personal data")
def _():
    p = S["esser"]
    body = T("""
Liebe Kolleginnen und Kollegen,

unser Betriebsausflug findet am Freitag, 18. September statt. Das Programm:

  09:00 Uhr  Abfahrt mit dem Bus am Marktplatz (vor dem Haupteingang)
  09:45 Uhr  Geführte Wanderung über den Moorpfad (ca. 7 km, gut zu laufen)
  12:30 Uhr  Mittagessen im Gutsausschank Weingut Lenzen in Niederbach
  14:30 Uhr  Weinprobe bzw. Traubensaftprobe ;-) und Führung durch den Keller
  17:30 Uhr  Rückfahrt, Ankunft Marktplatz ca. 18:15 Uhr

Wer nicht wandern möchte, kann um 11:30 Uhr mit dem Kleinbus direkt zum Weingut fahren. Bitte tragt euch bis Freitag, 11. September in die Liste im Intranet ein (Startseite > Betriebsausflug 2026) und gebt an, ob ihr vegetarisch oder vegan essen möchtet. Der Eigenanteil beträgt 15 EUR und wird mit dem Oktobergehalt verrechnet.

Die Telefonzentrale ist an dem Tag von 9 bis 16 Uhr über den Notdienst besetzt, der Schadenservice läuft ganz normal über die Hotline.

Die Einladung für euren Kalender hängt an.

Viele Grüße
Tanja

""") + p.sig
    ics = T("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B0A3C8F2F93BDB01000000000000000010000000
DTSTAMP:20260903T081100Z
DTSTART:20260918T070000Z
DTEND:20260918T161500Z
SUMMARY;LANGUAGE=de-DE:Betriebsausflug 2026 – Moorpfad und Weingut Lenzen
LOCATION;LANGUAGE=de-DE:Abfahrt Marktplatz Hohenmoor
ORGANIZER;CN="Esser, Tanja":mailto:tanja.esser@hohenmoorer.example
ATTENDEE;CN=Alle Mitarbeitenden;RSVP=FALSE:mailto:alle@hohenmoorer.example
DESCRIPTION;LANGUAGE=de-DE:Bus 9:00 Uhr ab Marktplatz. Anmeldung bis 11.09. im Intranet.
TRANSP:OPAQUE
STATUS:CONFIRMED
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT1080M
END:VALARM
END:VEVENT
END:VCALENDAR
""")
    return msg(p.hdr, MB["alle"], "Betriebsausflug am 18. September", d(3, 10, 11), body,
               charset="iso-8859-1", mailer=OUTLOOK_DE, seed="d203-14",
               atts=[att_ics(ics, "Betriebsausflug.ics")])


@mail(15, "NORMAL", "de", "insurer-to-partner",
      "trap: insurer tells its bank to move premium direct debits to a new collection account; company IBAN and creditor ID, only aggregate volumes")
def _():
    p = S["kuhn"]
    body = T("""
Sehr geehrter Herr Dahlem,

wie am Telefon besprochen, fasse ich die Umstellung unseres Lastschrifteinzugs zusammen:

1. Ab dem Einzugstermin 01.10.2026 laufen alle SEPA-Basislastschriften für Beiträge über unser neues Einzugskonto

   Kontoinhaber: Hohenmoorer Versicherung a.G.
   IBAN: DE66 5739 1200 8312 6144 81
   Verwendung: Beitragseinzug (Kfz, Sach, Haftpflicht, Leben, Kranken)

2. Unsere Gläubiger-ID DE98ZZZ00000012345 bleibt unverändert, ebenso die Mandatsreferenzen. Eine Information an die Kunden ist deshalb nicht erforderlich.

3. Volumen zur Orientierung: ca. 41.000 Lastschriften zum Monatsersten, davon ca. 6.500 zum Quartal und ca. 2.200 zum Jahresbeginn. Rücklastschriftquote im ersten Halbjahr 2026: 0,9 %.

4. Die Rücklastschriftdateien (camt.054) bitte weiterhin täglich über EBICS bereitstellen.

Bitte bestätigen Sie mir kurz, dass die Testdatei vom 28.08. fehlerfrei verarbeitet wurde – dann gebe ich intern die Umstellung frei.

Mit freundlichen Grüßen
Oliver Kuhn

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, '"Dahlem, Jens" <jens.dahlem@sparkasse-hohenmoor.example>',
               "Umstellung Beitragseinzug auf neues Einzugskonto zum 01.10.2026", d(3, 11, 2),
               body, mailer=OUTLOOK_DE, seed="d203-15")


@mail(16, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "care: wife's mail forwarded internally: husband (policy number) had a stroke, right-sided paralysis, rehab clinic, care-level application")
def _():
    p = S["demirtas"]
    body = T("""
Hallo Martina,

bitte schick Frau Hallstein heute noch die Antragsunterlagen für die Pflegeeinstufung und beauftrag die Begutachtung, am besten noch während der Reha (Adresse der Klinik steht unten). Sie klang am Telefon ziemlich verzweifelt – kannst du sie bitte auch kurz anrufen und ihr den Ablauf erklären? Tel. 06571 88 42 19.

Danke dir!
Ayşe

""") + p.sig + T("""


-----Ursprüngliche Nachricht-----
Von: Brigitte Hallstein <b.hallstein@netpost.example>
Gesendet: Mittwoch, 2. September 2026 22:41
An: info@hohenmoorer.example
Betreff: Pflege für meinen Mann

Sehr geehrte Damen und Herren,

mein Mann Werner Hallstein (Vers.-Nr. PV 300 41127-01) hatte am 24. August einen Schlaganfall, er war zuerst im Kreiskrankenhaus auf der Stroke Unit und ist jetzt seit Montag in der Reha in der Nahetal-Klinik in Bad Sobernheim, Station 3. Die Ärzte sagen das die rechte Seite gelähmt bleibt und er wird wohl nicht mehr allein laufen können, auch das sprechen geht noch schlecht. Er soll in 3 Wochen entlassen werden.

Wir brauchen jetzt einen Antrag für den Pflegegrad, und wer kommt da zur Begutachtung? Muss das vor der Entlassung sein? Ich weis nicht was ich machen muss und ob wir zuhause ein Pflegebett bekommen. Unser Badezimmer ist im ersten Stock.

Bitte rufen Sie mich an, ich bin tagsüber meistens in der Klinik aber abends zu hause.

Mit freundlichen Grüßen
Brigitte Hallstein
""")
    return msg(p.hdr, '"Kettler, Martina" <martina.kettler@hohenmoorer.example>',
               "WG: Pflege für meinen Mann", d(3, 11, 47), body, mailer=OUTLOOK_DE,
               seed="d203-16")


@mail(17, "NORMAL", "en", "insurer-to-press",
      "trap: answers to a base newspaper's questions about which insurance newcomers need (liability, car, household); no persons")
def _():
    p = S["sommer"]
    q = T("""
From: Jessica Morrow <j.morrow@basegazette.example>
Sent: Tuesday, September 1, 2026 3:12 PM
To: presse@hohenmoorer.example
Subject: Questions for our "Living on the economy" feature

Hello,

I'm writing a feature for the Talheide Base Gazette about families who rent off base. Could you answer a few questions?

1. Which insurance policies should newcomers get in Germany?
2. Is liability insurance really that important? Several readers asked why landlords want proof.
3. Anything special about car insurance with German plates?
4. What are the most common mistakes you see with claims?

Deadline would be Friday. Thanks!
Jessica Morrow, Staff Writer
""")
    body = T("""
Dear Ms. Morrow,

thanks for thinking of us. Here are our answers – you are welcome to quote me by name.

1. Which policies? The two we recommend to every household are personal liability insurance ("Privathaftpflicht") and household contents insurance ("Hausrat"). Health care for service members and families is handled through the military system, so that's usually not a question for us.

2. Liability: yes, it's very important. In Germany you are liable without limit for damage you cause to others – a dropped phone that floods the neighbour's flat, a bike accident, your child scratching a parked car. Landlords ask for proof because damage to the rented flat (e.g. a broken ceramic hob or water damage) can be expensive. A good policy costs around EUR 6 to 10 a month.

3. Car: with German registration you need German motor liability insurance before the car can be registered; you get an electronic confirmation number (eVB) from the insurer. Bring your no-claims letter from your US insurer – many German insurers, including us, give credit for claims-free years.

4. Common mistakes: throwing damaged items away before we have seen photos, repairing before reporting, and – after a burglary – not going to the police. Reporting early and taking pictures solves most problems.

If you need a photo, I can send you one of our International Desk team, who help English-speaking customers in person every Tuesday and Thursday.

Best regards,
Ulrike Sommer

""") + p.sig + "\n\n" + FOOTER_EN + "\n\n" + q
    return msg(MB["presse"], "Jessica Morrow <j.morrow@basegazette.example>",
               'RE: Questions for our "Living on the economy" feature', d(3, 14, 20), body,
               sender=p.hdr, mailer=OUTLOOK_EN, seed="d203-17",
               in_reply_to="<BY5PR11MB4021A7C3E2D91F0C8B@basegazette.example>")


@mail(18, "CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal expenses: cover confirmation for a named client's unfair-dismissal suit, with his monthly gross salary and policy/claim numbers")
def _():
    p = S["wagner"]
    body = T("""
Sehr geehrter Herr Rechtsanwalt Yilmaz,

in der Angelegenheit Ihres Mandanten

    Herrn Sascha Ottmann, Brunnengasse 4, 55768 Hohenmoor
    Rechtsschutzvertrag RS-55-0020417 (Privat-, Berufs- und Verkehrsrechtsschutz)
    unser Schadenzeichen RS-2026-00931

./. Metallbau Kirchner GmbH, Oberwied

erteilen wir Deckungszusage für die Erhebung der Kündigungsschutzklage gegen die ordentliche Kündigung vom 21.08.2026 vor dem Arbeitsgericht Koblenz, Kammern Hohenmoor, für die erste Instanz.

Den Gegenstandswert setzen wir entsprechend § 42 Abs. 2 GKG mit drei Bruttomonatsgehältern an; nach der vorgelegten Gehaltsabrechnung Juli 2026 beträgt das Bruttomonatsgehalt Ihres Mandanten 3.850,00 €, der Gegenstandswert somit 11.550,00 €. Eine Erweiterung um Weiterbeschäftigungs- oder Zahlungsanträge stimmen Sie bitte vorher mit uns ab.

Die vereinbarte Selbstbeteiligung von 150,00 € wird mit der ersten Zahlung verrechnet. Ihren Vorschuss nach Nr. 3100 VV RVG begleichen wir nach Eingang Ihrer Rechnung.

Bitte halten Sie uns über den Gütetermin auf dem Laufenden.

Mit freundlichen Grüßen
Nicole Wagner

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, '"RA Deniz Yilmaz" <d.yilmaz@kanzlei-by.example>',
               "Deckungszusage RS-2026-00931 – Ottmann ./. Metallbau Kirchner GmbH",
               d(3, 15, 33), body, mailer=OUTLOOK_DE, seed="d203-18")


# --- Friday, 4 September 2026 -----------------------------------------------

@mail(19, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "life: confirmation of a beneficiary change on a named customer's term life policy (personal line), spouse's birth date, sum insured")
def _():
    p = S["hoffmeister"]
    body = T("""
Dear Mr. Lindqvist,

congratulations on your wedding! We received your signed change-of-beneficiary form on 31 August and have updated your term life policy accordingly:

  Policy number:        LV-2023-011208 (term life, sum insured EUR 300,000)
  Insured person:       Kevin Lindqvist
  Previous beneficiary: Margaret Lindqvist (mother)
  New beneficiary:      Sarah Lindqvist, née Donovan, born 22 June 1994 (spouse), 100 %
  Type:                 revocable
  Effective from:       31 August 2026

The change does not affect your premium (EUR 23.65 per month) or the term of the policy (until 1 March 2048). An updated policy schedule will be sent to you by post in the next few days.

As the designation is revocable, you can change it again at any time in writing. If you would like to name a contingent beneficiary (for example for the case that your wife predeceases you), just let me know and I'll send you the form.

Kind regards,
Lena Hoffmeister

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Kevin Lindqvist <k.lindqvist@contractor-mail.example>",
               "Change of beneficiary – policy LV-2023-011208", d(4, 8, 44), body,
               mailer=OUTLOOK_EN, seed="d203-19")


@mail(20, "NORMAL", "de", "insurer-to-supplier",
      "trap: print-shop order for the annual premium invoices; DOCX layout with «Name», «Versicherungsnummer», «IBAN» placeholders, no data")
def _():
    p = S["kuhn"]
    body = T("""
Hallo Frau Pohl,

anbei wie angekündigt unser Auftrag für den Druck und die Kuvertierung der Jahresbeitragsrechnungen 2027. Die Eckdaten stehen im Dokument, kurz zusammengefasst:

- ca. 23.400 Sendungen, DIN A4, 1–3 Blatt, Duplex, schwarz/weiß plus Logo in Grün
- Kuvert DIN lang mit Fenster links, Frankierung über Ihre Konsolidierung
- Datenlieferung am 19.10.2026 wie gehabt verschlüsselt über SFTP (Schlüssel unverändert)
- Postauflieferung spätestens 23.10.2026

Neu ist nur das Layout der ersten Seite: Der Hinweisblock zum SEPA-Lastschriftmandat rutscht nach unten, und wir drucken die IBAN künftig maskiert (nur die letzten vier Stellen). Die Platzhalter im Musterdokument entsprechen den Feldnamen in der Datenlieferung.

Bitte schicken Sie mir bis 2. Oktober einen Andruck mit den Testdaten (Musterkunden aus der Testdatei, keine echten Daten).

Viele Grüße
Oliver Kuhn

""") + p.sig + "\n\n" + FOOTER_DE
    doc = docx([
        "# Druckauftrag Jahresbeitragsrechnung 2027",
        "Auftraggeber: Hohenmoorer Versicherung a.G., Beitragsbuchhaltung, Oliver Kuhn",
        "Auftragnehmer: Druckerei Wernersbach GmbH & Co. KG, Frau Sabrina Pohl",
        "## Mengen und Termine",
        "| Position | Angabe",
        "| Sendungen | ca. 23.400",
        "| Datenlieferung | 19.10.2026 via SFTP, PGP-verschlüsselt",
        "| Andruck mit Testdaten | bis 02.10.2026",
        "| Postauflieferung | spätestens 23.10.2026",
        "## Layout Seite 1 (Platzhalter)",
        "«Anrede» «Vorname» «Nachname»",
        "«Strasse» «Hausnummer», «PLZ» «Ort»",
        "Versicherungsnummer: «Versicherungsnummer»    Kundennummer: «Kundennummer»",
        "Ihr Beitrag für das Jahr 2027: «Jahresbeitrag» EUR, fällig am «Faelligkeit»",
        "Wir buchen den Betrag von Ihrem Konto «IBAN_maskiert» ab (Mandatsreferenz «Mandatsreferenz»).",
        "## Hinweise",
        "Es werden ausschließlich Testdaten (Datei TEST_BR2027.csv, Musterkunden „Erika Musterfrau“, "
        "„Max Mustermann“) für den Andruck verwendet. Die Produktionsdaten sind nach Auflieferung "
        "binnen 14 Tagen zu löschen; die Löschung ist schriftlich zu bestätigen (AV-Vertrag vom 12.03.2024).",
    ], title="Druckauftrag Beitragsrechnung 2027", creator="Oliver Kuhn",
        created="2026-09-04T07:58:00Z")
    return msg(p.hdr, "Sabrina Pohl <s.pohl@druckerei-wernersbach.example>",
               "Auftrag Jahresbeitragsrechnungen 2027", d(4, 9, 21), body,
               mailer=OUTLOOK_DE, seed="d203-20",
               atts=[att_docx(doc, "Druckauftrag_Beitragsrechnung_2027.docx")])


@mail(21, "CONFIDENTIAL", "de", "internal",
      "attachment only: dunning list (XLSX) with named policyholders, motor/property contracts, arrears, returned debits and IBANs; body harmless")
def _():
    p = S["kuhn"]
    body = T("""
Hallo Hanna,

anbei die Liste für die 2. Mahnstufe aus dem Lauf von heute Nacht (Kfz und Sach). Bitte bis Mittwoch durchsehen, ob bei jemandem schon eine Ratenvereinbarung oder ein Zahlungseingang vorliegt, den HOVIS noch nicht kennt. Die Fälle mit „Konto erloschen“ bitte anschreiben, nicht erneut einziehen.

Danke und schönes Wochenende
Oliver

""") + p.sig
    rows = [
        ["Kunde", "Vertrag", "Sparte", "Rückstand EUR", "fällig seit", "Stufe", "Grund", "IBAN"],
        ["Dirk Wallenborn", "KR-4471-0087712", "Kfz", 412.60, "01.07.2026", 2,
         "Rücklastschrift MD06", "DE79550400226078052550"],
        ["Svetlana Reimer", "HV 12 298 114-3", "Hausrat", 58.20, "01.07.2026", 2,
         "Konto erloschen (AC04)", "DE59576500109066427402"],
        ["Patrick und Nadine Hess", "WG 40 017 552-0", "Wohngebäude", 689.00, "01.06.2026", 2,
         "keine Zahlung", ""],
        ["Ömer Kaya", "KR-4471-0091245", "Kfz", 233.45, "01.07.2026", 2,
         "Rücklastschrift AM04", "DE84573918000371213381"],
        ["Elfriede Baum", "PH 21 044 913-7", "Privathaftpflicht", 79.90, "01.07.2026", 2,
         "keine Zahlung", ""],
        ["Marco Schiffer", "KR-4471-0099031", "Kfz", 1104.15, "01.05.2026", 2,
         "Ratenwunsch tel. 28.08.", "DE49570691444348261461"],
    ]
    x = xlsx([("Mahnstufe 2", rows)], title="Mahnlauf 2026-09-04", creator="HOVIS Inkasso",
             created="2026-09-04T04:12:00Z")
    return msg(p.hdr, '"Breuer, Hanna" <hanna.breuer@hohenmoorer.example>',
               "Mahnlauf 04.09. – Stufe 2", d(4, 10, 5), body, mailer=OUTLOOK_DE,
               seed="d203-21", atts=[att_xlsx(x, "Mahnlauf_2026-09-04_Stufe2.xlsx")])


@mail(22, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident: invalidity settlement letter (PDF) for a named insured: ankle fracture, expert report, limb table percentage, payout")
def _():
    p = S["jungbluth"]
    body = T("""
Sehr geehrter Herr Roßkopf,

das Gutachten von Herrn Dr. Böhmer liegt uns inzwischen vor. Anbei erhalten Sie unsere Abrechnung der Invaliditätsleistung aus Ihrer Unfallversicherung für den Unfall vom 14.11.2025.

Der Betrag wird heute angewiesen. Wenn Sie mit der Bemessung nicht einverstanden sind, können Sie innerhalb von drei Jahren nach dem Unfall eine Neubemessung verlangen – Einzelheiten stehen im Schreiben.

Mit freundlichen Grüßen
Petra Jungbluth

""") + p.sig + "\n\n" + FOOTER_DE
    letter = pdf([
        "Hohenmoorer Versicherung a.G. · Marktplatz 7 · 55768 Hohenmoor",
        "",
        "Herrn Bernd Roßkopf",
        "Auf der Hardt 17",
        "55768 Hohenmoor-Oberwied",
        "",
        "Hohenmoor, 04.09.2026",
        "",
        "# Ihre Unfallversicherung UV/18/0041127 – Invaliditätsleistung",
        "Schaden-Nr. UV-S-2025-0388, Unfall vom 14.11.2025",
        "",
        "Sehr geehrter Herr Roßkopf,",
        "",
        "Sie sind am 14.11.2025 beim Wandern am Moorpfad auf nassem Holz ausgerutscht und haben sich eine "
        "Sprunggelenksfraktur rechts (Weber C, operativ versorgt mit Platte und Stellschraube) zugezogen. "
        "Nach dem Gutachten von Dr. med. Kai Böhmer, Orthopädie am Stadtpark, vom 26.08.2026 verbleibt eine "
        "dauerhafte Bewegungseinschränkung des oberen Sprunggelenks mit Belastungsschmerz; der Gutachter bewertet "
        "die Funktionsbeeinträchtigung mit 3/10 Fußwert.",
        "",
        "## Berechnung",
        "%cols 300,180",
        "| Fuß nach verbesserter Gliedertaxe | 50 %",
        "| Funktionsbeeinträchtigung | 3/10",
        "| Invaliditätsgrad | 15 %",
        "| Grundsumme | 100.000,00 EUR",
        "| Progression 225 % (erst ab 25 % Invalidität) | entfällt",
        "| Invaliditätsleistung | 15.000,00 EUR",
        "| abzüglich Vorschuss vom 12.03.2026 | 5.000,00 EUR",
        "| Auszahlung | 10.000,00 EUR",
        "",
        "Die Auszahlung erfolgt auf Ihr Konto IBAN DE30 5776 2265 2578 9429 75.",
        "",
        "Sie und wir sind berechtigt, den Grad der Invalidität jährlich, längstens bis zu drei Jahren nach dem "
        "Unfall, erneut ärztlich bemessen zu lassen. Eine Neubemessung müssten Sie spätestens bis zum 14.11.2028 "
        "verlangen.",
        "",
        "Mit freundlichen Grüßen",
        "Petra Jungbluth, Leistung Unfallversicherung",
    ], title="Invaliditätsleistung UV/18/0041127", author="Petra Jungbluth",
        created=(2026, 9, 4, 10, 40, 0))
    return msg(p.hdr, "Bernd Roßkopf <bernd.rosskopf@mailbox.example>",
               "Ihre Unfallversicherung UV/18/0041127 – Abrechnung", d(4, 11, 3), body,
               mailer=OUTLOOK_DE, seed="d203-22",
               atts=[att_pdf(letter, "Abrechnung_Invaliditaet_UV-S-2025-0388.pdf")])


@mail(23, "NORMAL", "en", "internal",
      "trap: German-English glossary (DOCX) for the international desk with sick note, medical report, ICD-10 code, care level, no-claims class")
def _():
    p = S["whitfield"]
    body = T("""
Hi all,

as promised in Tuesday's team meeting, here's the first version of our German-English glossary. It's meant for phone calls and letters to English-speaking customers, so it's about the words they actually ask about, not the legal terms.

Rebecca, could you have a look at the health and care part? I'm never quite sure about "Pflegegrad" vs. "care level" vs. "care grade".

If you add terms, please keep the table sorted by the German word and put your initials in the last column so we know whom to ask.

Thanks,
Grace

""") + p.sig
    doc = docx([
        "# Glossary German – English (International Desk)",
        "Version 0.1, 4 September 2026. For internal use in customer calls and letters.",
        "| German | English | Note | By",
        "| Arbeitsunfähigkeitsbescheinigung (AU) | sick note / certificate of incapacity for work | issued by the doctor, shows diagnosis code only on the insurer's copy | GW",
        "| Befundbericht | medical report | requested from the doctor with the customer's consent | GW",
        "| Diagnoseschlüssel (ICD-10-GM) | diagnosis code | e.g. J06.9 – explain that it's a code, never read it out on the phone | GW",
        "| eVB-Nummer | electronic insurance confirmation number | 7 characters, needed for car registration | GW",
        "| Gliedertaxe | limb table (accident insurance) | fixed percentages for loss of use of limbs | GW",
        "| Heil- und Kostenplan | dental treatment and cost plan | dentist's estimate before crowns/implants | GW",
        "| Pflegegrad | care level (1–5) | assessed by Medicproof for private care insurance | GW",
        "| Schadenfreiheitsklasse (SF) | no-claims class | US no-claims letters can be credited | GW",
        "| Schweigepflichtentbindung | consent to release medical information | must be signed, can be revoked | GW",
        "| Selbstbeteiligung | deductible / excess | per claim | GW",
        "| Teilkasko / Vollkasko | partial / comprehensive cover | hail, theft, glass, deer = Teilkasko | GW",
        "| Wartezeit | waiting period | e.g. 8 months for dental prosthetics | GW",
    ], title="Glossary International Desk", creator="Grace Whitfield",
        created="2026-09-04T09:30:00Z")
    return msg(p.hdr, "International Desk Team <intl-team@hohenmoorer.example>",
               "Glossary DE-EN – first draft", d(4, 13, 15), body, mailer=OUTLOOK_EN,
               seed="d203-23", atts=[att_docx(doc, "Glossary_DE-EN_v0.1.docx")])


@mail(24, "CONFIDENTIAL", "en", "customer",
      "motor: customer's own mail about a hit-and-run dent forwarded to motor claims: policy number, plate, car, police reference")
def _():
    p = S["mthal"]
    body = T("""
Hallo Sabine,

kannst du das bitte übernehmen? Vollkasko mit 500 € SB, Kundin spricht kein Deutsch – bitte auf Englisch antworten, sonst gern an Grace oder mich zurück.

Danke!
Rebecca

""") + p.sig + T("""

From: Jennifer Alvarez <jen.alvarez@usmail.example>
Sent: Friday, September 4, 2026 7:58 AM
To: International Desk <international@hohenmoorer.example>
Subject: Someone hit my car

Hi,

someone hit my car in the Kaufland parking lot in Oberwied on Saturday afternoon and just drove off :( There's a big dent and scratches on the rear bumper, left side, and the tail light is cracked. I went to the police in Hohenmoor on Monday, the reference is 2026/119530.

My policy number is KR-4471-0098110, it's a 2019 Honda CR-V, plate HOM-JA 512.

Is this covered by my Vollkasko? What's my deductible and do I lose my no claims thing? Can I take it to the Honda dealer in Oberwied or do you have a shop you want me to use?

Thanks so much,
Jen
""")
    return msg(p.hdr, '"Krämer, Sabine" <sabine.kraemer@hohenmoorer.example>',
               "WG: Someone hit my car", d(4, 14, 2), body, mailer=OUTLOOK_DE,
               seed="d203-24")

# --- Saturday, 5 September 2026 ---------------------------------------------

@mail(25, "NORMAL", "de", "insurer-to-customer",
      "out-of-office auto-reply of a property claims handler; generic subject, no contract or claim data")
def _():
    body = T("""
Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 11.09.2026, nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unseren Schadenservice: schaden@hohenmoorer.example oder Tel. 06571 4471-0 (Montag bis Freitag 8 bis 18 Uhr, Notfälle rund um die Uhr).

Mit freundlichen Grüßen
Thomas Albrecht
Sachschaden Privatkunden
Hohenmoorer Versicherung a.G.
""")
    return msg(S["albrecht"].hdr, "Heike Brandscheid <heike.brandscheid@webpost.example>",
               "Automatische Antwort: Rückfrage", d(5, 9, 14), body, mailer=OUTLOOK_DE,
               seed="d203-25", in_reply_to="<a1f3e7c2-6b0d-4e5f-8a21-3c9d0e4b7f11@webpost.example>",
               headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail(26, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "field agent's mobile note: named customer's husband has prostate cancer under radiotherapy; wife wants to raise his term life cover")
def _():
    p = S["baeumer"]
    body = T("""
Hallo Frau Hoffmeister,

war heute vormittag bei Gerhardys in Oberwied (Im Brühl 5). Herr Uwe Gerhardy hat Prostatakrebs, wird seit 3 Wochen bestrahlt in Koblenz, Prognose wohl gut sagt die Frau. Sie möchte trotzdem die Risikoleben von ihm (LV-2017-005219) von 100 auf 200 Tsd erhöhen, wegen dem Hausbau, die haben im Frühjahr angefangen.

Hab ihr gesagt das mit Gesundheitsfragen jetzt schwierig wird. Gibts bei dem Tarif eine Nachversicherungsgarantie ohne Gesundheitsprüfung bei Immobilienkauf/Hausbau? Wenn ja bis wann muss das beantragt werden? Die Baufinanzierung läuft seit März.

Bitte kurze Info, ich ruf sie nächste Woche wieder an.

Gruß
""") + p.sig
    return msg(p.hdr, '"Hoffmeister, Lena" <lena.hoffmeister@hohenmoorer.example>',
               "Gerhardy Risikoleben Erhöhung", d(5, 13, 2), body, mailer=IPHONE,
               seed="d203-26")


# --- Monday, 7 September 2026 -----------------------------------------------

@mail(27, "CONFIDENTIAL", "de", "insurer-to-assessor",
      "buildings claim: assessor instructed to inspect a burst pipe at a named couple's house; address, phone, policy and claim number (windows-1252)")
def _():
    p = S["maas"]
    body = T("""
Sehr geehrter Herr Haas,

bitte übernehmen Sie folgenden Leitungswasserschaden:

Versicherungsnehmer: Gerd und Monika Thelen
Risikoort: Kastanienallee 8, 55768 Hohenmoor
Telefon: 06571 90 31 77 (Frau Thelen, vormittags)
Vertrag: WG 40 022 871-5 (Wohngebäude, gleitender Neuwert)
Schaden-Nr.: 2026-SH-004139
Schadentag: 03.09.2026

Laut Schadenmeldung ist in der Küche (EG) eine Kaltwasserleitung in der Wand gebrochen; das Wasser ist durch die Decke in den Kellerraum darunter gelaufen. Die Leitung hat der Installateur (Fa. Kettenbach) bereits provisorisch abgedichtet, eine Trocknungsfirma ist seit Freitag vor Ort.

Bitte prüfen Sie:
- Ursache (Frost/Korrosion/Verschleiß?) und ob die Leitung fachgerecht verlegt war,
- Umfang der Durchfeuchtung, Notwendigkeit und Dauer der Trocknung,
- Schadenhöhe Gebäude (Fliesen, Estrich, Küchenrückwand); Hausrat ist bei einem anderen Versicherer.

Die Kostenvoranschläge von Kettenbach und der Trocknungsfirma schicke ich Ihnen mit der Post, sobald sie da sind. Ein Termin diese Woche wäre gut, die Kunden wollen die Küche nicht lange ausgebaut lassen.

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "SV-Büro Haas <auftrag@sv-haas.example>",
               "Auftrag 2026-SH-004139 Thelen, Leitungswasser", d(7, 8, 22), body,
               charset="windows-1252", mailer=OUTLOOK_DE, seed="d203-27")


@mail(28, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "accident insurance: request to the treating surgeon for a report on a named insured's distal radius fracture S52.5 with birth date")
def _():
    p = S["jungbluth"]
    body = T("""
Dear Dr. Marsh,

your patient

    Mr. Darnell Price, born 1988-05-19
    Am Wiesenhang 21, 55768 Hohenmoor-Talheide

holds a personal accident policy with us (UV/21/0052231) and has reported an accident on 2 August 2026: he fell while mountain biking on the trail above Niederbach and fractured his left wrist. According to the discharge letter of the Kreiskrankenhaus Hohenmoor, the fracture (distal radius, S52.5) was treated with open reduction and plate fixation on 3 August; Mr. Price told us that you are doing the follow-up treatment.

Mr. Price has given his written consent for you to share the relevant medical information with us (copy attached to our letter of 28 August, sent by post). Could you please let us have a short report covering:

1. the current findings (range of motion, grip strength, pain),
2. the further treatment planned (physiotherapy, removal of the plate?),
3. whether you expect a permanent impairment of the left hand, and if so, roughly how much,
4. the dates of incapacity for work.

We will pay a flat fee of EUR 45 for the report; please enclose your invoice. The report can be uploaded through our portal for medical professionals or sent by post to our medical service – please not by ordinary e-mail.

Thank you very much for your help.

Kind regards,
Petra Jungbluth

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, '"Dr. Helen Marsh" <h.marsh@ortho-oberwied.example>',
               "Your patient Mr. Darnell Price – our ref. UV-S-2026-0412", d(7, 9, 5), body,
               mailer=OUTLOOK_EN, seed="d203-28")


@mail(29, "NORMAL", "de", "internal",
      "trap: Q2 loss ratios per line incl. health and accident (XLSX), large losses counted only; aggregates, no persons (flowed)")
def _():
    p = S["ritter"]
    body = T("""
Hallo zusammen,

anbei die Schaden- und Leistungsquoten zum 30.06. nach Sparten, wie jedes Quartal vor der Vorstandssitzung.

Kurz das Wichtigste:

- Kfz gesamt bei 91,4 %, getrieben von Vollkasko (Hagel Juni in Talheide, 214 Fahrzeuge) und zwei Personenschäden in der Haftpflicht, die wir mit je über 250 T€ reserviert haben.
- Wohngebäude mit 78,2 % deutlich besser als im Vorjahr, weil das Frühjahr ruhig war. Das wird nach diesem Sommer nicht so bleiben.
- Kranken: Leistungsquote 74,9 %, leicht steigend bei ambulanten Arznei- und Hilfsmitteln; Zahn unauffällig.
- Unfall: 3 Invaliditätsfälle über 100 T€, das ist für unseren Bestand viel, aber Zufall.

Die Details je Sparte stehen im zweiten Blatt. Bitte noch nicht außerhalb des Verteilers weitergeben, der Vorstand sieht die Zahlen erst am 15.09.

Gruß
Sven

""") + p.sig
    rows = [
        ["Sparte", "Beiträge verdient T€", "Schäden/Leistungen T€", "Quote %", "Anzahl Schäden",
         "Großschäden > 250 T€"],
        ["Kfz-Haftpflicht", 6120, 5473, 89.4, 842, 2],
        ["Kfz-Vollkasko/Teilkasko", 4380, 4068, 92.9, 1311, 0],
        ["Hausrat", 1540, 786, 51.0, 402, 0],
        ["Wohngebäude", 3210, 2510, 78.2, 518, 1],
        ["Privathaftpflicht", 1180, 602, 51.0, 377, 0],
        ["Rechtsschutz", 990, 703, 71.0, 455, 0],
        ["Gewerbe Sach/Haftpflicht", 2060, 1194, 58.0, 96, 1],
        ["Unfall", 870, 612, 70.3, 64, 0],
        ["Krankenversicherung", 5420, 4060, 74.9, 11870, 0],
        ["Pflegeversicherung", 610, 298, 48.9, 212, 0],
        ["Lebensversicherung (Leistungen)", 4950, 3817, 77.1, 188, 0],
    ]
    detail = [
        ["Sparte", "Kennzahl", "Q2 2025", "Q2 2026"],
        ["Kfz-Vollkasko", "Hagelschäden Anzahl", 38, 214],
        ["Kfz-Haftpflicht", "Personenschäden Anzahl", 41, 37],
        ["Krankenversicherung", "Belege je Versicherten", 4.1, 4.3],
        ["Krankenversicherung", "Anteil Arznei- und Hilfsmittel %", 27.5, 29.8],
        ["Unfall", "Invaliditätsfälle > 100 T€", 1, 3],
        ["Lebensversicherung", "Todesfälle", 41, 39],
    ]
    x = xlsx([("Quoten Q2 2026", rows), ("Details", detail)], title="Schadenquoten Q2 2026",
             creator="Sven Ritter", created="2026-09-07T07:41:00Z")
    return msg(p.hdr, "Abteilungsleitungen <abteilungsleitungen@hohenmoorer.example>",
               "Schaden- und Leistungsquoten Q2/2026", d(7, 9, 48), body,
               cc='"Dr. Ingrid Pahl" <ingrid.pahl@hohenmoorer.example>',
               cte="8bit", flowed=True, mailer=THUNDERBIRD, seed="d203-29",
               atts=[att_xlsx(x, "Quoten_Q2_2026.xlsx")])


@mail(30, "CONFIDENTIAL", "en", "insurer-to-customer",
      "personal liability: named family's child broke the neighbour's window; policy and claim number, neighbour's name, nobody hurt")
def _():
    p = S["schaefer"]
    q = T("""
On Fri, Sep 4, 2026 at 6:31 PM Megan Caldwell <megan.caldwell@usmail.example> wrote:
> Hello,
> our son Ethan (9) was playing soccer in the yard yesterday and the ball went
> through the kitchen window of our neighbor Mr. Pfeffer (Gartenstr. 12). Nobody
> was hurt, thank God, but the window is broken (double glazing). Mr. Pfeffer was
> actually very nice about it and already got a quote from a glass company,
> 486 euros. Is this something our liability insurance pays? Our policy number
> is PH 21 051 330-2.
> Thanks, Megan Caldwell
""")
    body = T("""
Dear Mrs. Caldwell,

thank you for reporting this so quickly, and good to hear that nobody was hurt. Yes, this is a typical case for your personal liability insurance, and we will take care of it. I've registered the claim as follows:

  Claim number:  H-2026-00714
  Policy:        PH 21 051 330-2 (personal liability, family cover)
  Date:          3 September 2026
  Third party:   Mr. Josef Pfeffer, Gartenstraße 12, 55768 Hohenmoor

Children under ten are, strictly speaking, not liable under German law, but your policy includes cover for damage caused by children who are not liable ("deliktsunfähige Kinder") up to EUR 50,000, so Mr. Pfeffer does not have to worry.

Could you please send me Mr. Pfeffer's quote from the glass company and his bank details (or ask him to send them to me directly, quoting the claim number)? We will then pay him directly; there is no deductible on your policy.

Kind regards,
Kevin Schäfer

""") + p.sig + "\n\n" + FOOTER_EN + "\n\n" + q
    return msg(p.hdr, "Megan Caldwell <megan.caldwell@usmail.example>",
               "Re: Broken window at our neighbor's – claim H-2026-00714", d(7, 10, 37), body,
               mailer=OUTLOOK_EN, seed="d203-30",
               in_reply_to="<CAH9mC2pX4kq0L7@usmail.example>")


@mail(31, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "attachment only: harmless cover mail; the PDF is a disability benefit acknowledgement naming recurrent depression F33.2, birth date, pension amount")
def _():
    p = S["brandt"]
    body = T("""
Sehr geehrte Frau Nowak,

anbei erhalten Sie vorab unser Schreiben vom heutigen Tag zu Ihrem Antrag. Das Original geht Ihnen zusätzlich mit der Post zu.

Für Rückfragen erreichen Sie mich direkt unter der unten stehenden Nummer.

Mit freundlichen Grüßen
Florian Brandt

""") + p.sig + "\n\n" + FOOTER_DE
    letter = pdf([
        "Hohenmoorer Versicherung a.G. · Marktplatz 7 · 55768 Hohenmoor",
        "",
        "Frau Katarzyna Nowak",
        "Lindenstraße 40a",
        "55768 Hohenmoor",
        "",
        "Hohenmoor, 07.09.2026",
        "",
        "# Ihre Berufsunfähigkeitsversicherung LV-2016-009884",
        "Leistungsfall BU-L-2026-0092 – Anerkenntnis",
        "",
        "Sehr geehrte Frau Nowak,",
        "",
        "wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit vom 02.04.2026 geprüft. Grundlage waren "
        "Ihre Angaben, der Befundbericht Ihrer Hausärztin, der Entlassungsbericht der Psychosomatischen Klinik "
        "Bad Kreuzach vom 30.06.2026 sowie das Gutachten von Herrn Dr. med. Arne Lichtenfeld (Psychiatrie) vom "
        "18.08.2026.",
        "",
        "Danach sind Sie seit dem 01.03.2026 infolge einer rezidivierenden depressiven Störung, gegenwärtig "
        "schwere Episode ohne psychotische Symptome (ICD-10 F33.2), mit ausgeprägtem Erschöpfungssyndrom zu "
        "mindestens 50 % außerstande, Ihren zuletzt ausgeübten Beruf als Pflegefachkraft im Schichtdienst "
        "auszuüben.",
        "",
        "Wir erkennen unsere Leistungspflicht an:",
        "%cols 260,220",
        "| Versicherte Person | Katarzyna Nowak, geb. 03.10.1984",
        "| Berufsunfähigkeitsrente | 1.250,00 EUR monatlich",
        "| Beitragsbefreiung | 64,18 EUR monatlich",
        "| Leistungsbeginn | 01.04.2026 (nach Ablauf der Karenzzeit)",
        "| Nachzahlung April bis September 2026 | 7.500,00 EUR",
        "",
        "Da nach dem Gutachten eine Besserung unter der laufenden ambulanten Psychotherapie und der Medikation "
        "(Sertralin 100 mg) möglich erscheint, ist das Anerkenntnis nach § 173 Abs. 2 VVG einmalig bis zum "
        "31.03.2027 befristet. Wir werden rechtzeitig vorher auf Sie zukommen.",
        "",
        "Die Nachzahlung überweisen wir auf Ihr Konto IBAN DE02 5765 0010 9270 6258 44.",
        "",
        "Mit freundlichen Grüßen",
        "Florian Brandt, Leistung Berufsunfähigkeit",
    ], title="Anerkenntnis BU-L-2026-0092", author="Florian Brandt",
        created=(2026, 9, 7, 10, 55, 12))
    return msg(p.hdr, "Katarzyna Nowak <k.nowak@mailbox.example>",
               "Unser Schreiben vom 07.09.2026", d(7, 11, 9), body, mailer=OUTLOOK_DE,
               seed="d203-31", atts=[att_pdf(letter, "Schreiben_2026-09-07.pdf")])


@mail(32, "NORMAL", "en", "insurer-to-partner",
      "trap: updated escalation list for the assistance partner: hotlines, guarantee-of-payment limits, who approves medical evacuations; staff names only")
def _():
    p = S["roth"]
    body = T("""
Dear Joost,

ahead of the autumn school holidays here is our updated escalation list. Please replace the version from March in your operations manual.

1. Standard cases (out-patient, in-patient up to EUR 10,000): you can issue guarantees of payment on our behalf without calling us, as before. Please send the case report within 24 hours.

2. In-patient above EUR 10,000, or any intensive care: call our travel desk during office hours (+49 6571 4471-270, Mon-Fri 8:00-17:00). Outside office hours, the on-call phone +49 160 5550 4471 is staffed by one of:
   - Daniela Roth
   - Fabian Reinholz
   - Nadine Sperber

3. Medical evacuations and air ambulance: approval only by our medical officer, Dr. Jutta Wendling, or in her absence by Dr. Tobias Rehm (external consultant). Your medical team can reach them via the on-call phone.

4. Repatriation of mortal remains: approval by the travel desk; no limit applies, but please send the undertaker's quote before ordering.

5. Fraud suspicions or cases involving the press: call me directly.

Data exchange stays as it is: case reports and medical documents only via your portal or the encrypted SFTP folder, never by plain mail.

Kind regards,
Daniela Roth

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Joost van der Meulen <j.vandermeulen@euroassist.example>",
               "Updated escalation list Hohenmoorer – valid from 14 September", d(7, 14, 12),
               body, cc="EuroAssist Operations <operations@euroassist.example>",
               mailer=OUTLOOK_EN, seed="d203-32")


# --- Tuesday, 8 September 2026 ----------------------------------------------

@mail(33, "CONFIDENTIAL", "en", "insurer-to-broker",
      "ZIP with CSV of named new household/liability customers of the broker (addresses, policy numbers, premiums) plus commission statement PDF")
def _():
    p = S["petersen"]
    body = T("""
Hi Mark,

attached is the August production file for Pinnacle (new business and cancellations) together with your commission statement. The CSV uses the same columns as last month; I've added the start date of the policy because your team asked for it.

The commission of EUR 1,418.70 will be paid on 15 September.

As the CSV contains customer data, please store it in your broker management system and don't forward it by mail. From October we'd like to move the monthly files to the broker post in our portal – I'll send you the details for your firm administrator separately.

Best regards,
Jan

""") + p.sig + "\n\n" + FOOTER_EN
    csv_rows = [
        ["policy_no", "product", "policyholder", "address", "start", "monthly_premium_eur",
         "status"],
        ["HV 12 334 567-8", "Household", "Marcus Bell", "Lindenweg 14, 55768 Hohenmoor-Talheide",
         "2026-09-01", "14.20", "new"],
        ["PH 21 051 902-6", "Personal liability", "Marcus Bell",
         "Lindenweg 14, 55768 Hohenmoor-Talheide", "2026-09-01", "6.90", "new"],
        ["HV 12 335 018-2", "Household", "Latisha Greene", "Bergstraße 3, 55768 Hohenmoor",
         "2026-08-15", "11.80", "new"],
        ["PH 21 051 877-1", "Personal liability", "Carlos and Maria Ibáñez",
         "Talweg 27, 55768 Oberwied", "2026-08-01", "7.40", "new"],
        ["HV 12 298 660-9", "Household", "Stephen Kraus", "Am Wiesenhang 9, 55768 Hohenmoor-Talheide",
         "2024-07-01", "12.10", "cancelled 2026-08-31 (PCS)"],
    ]
    statement = pdf([
        "# Commission statement August 2026",
        "Hohenmoorer Versicherung a.G. – Maklerbetreuung",
        "Broker: Pinnacle Relocation Insurance Services GmbH, Kaiserslauterner Str. 88, 55768 Hohenmoor",
        "Broker number: M-2231",
        "",
        "%cols 200,140,140",
        "| Product | Contracts | Commission EUR",
        "| Household (new business) | 14 | 702.40",
        "| Personal liability (new business) | 11 | 386.30",
        "| Motor (new business) | 3 | 330.00",
        "| Total |  | 1,418.70",
        "",
        "Payment date: 15/09/2026 to the account on file.",
    ], title="Commission statement M-2231 08/2026", author="Hohenmoorer Versicherung a.G.",
        created=(2026, 9, 8, 6, 30, 0))
    z = zip_bytes([("Pinnacle_production_2026-08.csv", csv_text(csv_rows, ",")),
                   ("Commission_M-2231_2026-08.pdf", statement)], when=(2026, 9, 8, 8, 47, 10))
    return msg(p.hdr, "Mark Haddad <mark.haddad@pinnacle-ris.example>",
               "Pinnacle – production file and commission statement August 2026", d(8, 8, 52),
               body, mailer=OUTLOOK_EN, seed="d203-33",
               atts=[att_zip(z, "Pinnacle_2026-08.zip")])


@mail(34, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "medical underwriting opinion on a named life applicant: BMI, blood pressure on ramipril, HbA1c, loading decision")
def _():
    p = S["wendling"]
    body = T("""
Hallo Herr Brück,

zu Antrag LV-A-2026-0915 (Risikolebensversicherung, Herr Michael Schwind, geb. 02.02.1980, VS 350.000 €) mein Votum:

Befunde laut Hausarztbericht vom 20.08. und Untersuchungsbogen:
- Größe 181 cm, Gewicht 108 kg, BMI 33,0
- RR 152/94 mmHg unter Ramipril 5 mg, seit 2021 behandelte Hypertonie
- HbA1c 6,1 % (Prädiabetes), Nüchternglukose 112 mg/dl, keine Medikation
- LDL 168 mg/dl, keine Statintherapie
- Nichtraucher seit 2023 (vorher ca. 15 Zigaretten/Tag über 20 Jahre)
- EKG unauffällig, kein Hinweis auf Endorganschäden

Bewertung: Kombination aus Adipositas Grad I, nicht optimal eingestellter Hypertonie und Prädiabetes, Ex-Raucher < 5 Jahre.

Votum: Annahme mit Risikozuschlag 75 % auf den Todesfallbeitrag. Raucherstatus: wegen Rauchstopp erst 2023 bitte zum Rauchertarif. Überprüfung des Zuschlags auf Antrag frühestens in 3 Jahren bei RR < 140/90 und HbA1c < 5,7 %.

Falls der Makler fragt: Eine niedrigere Summe ändert am Zuschlag nichts.

Viele Grüße
J. Wendling

""") + p.sig
    return msg(p.hdr, '"Brück, Tobias" <tobias.brueck@hohenmoorer.example>',
               "Votum LV-A-2026-0915", d(8, 9, 30), body, mailer=OUTLOOK_DE, seed="d203-34")


@mail(35, "NORMAL", "de", "insurer-to-customer",
      "trap: portal notification (HTML only) 'new message in your mailbox' without any content, greeting generic")
def _():
    html = T("""
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neue Nachricht</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #cfd8cc">
<tr><td style="background:#2f5d3a;color:#fff;padding:12px 18px;font-size:18px">Hohenmoorer Kundenportal</td></tr>
<tr><td style="padding:18px">
<p>Guten Tag,</p>
<p>in Ihrem persönlichen Postfach im Hohenmoorer Kundenportal liegt eine neue Nachricht für Sie bereit.</p>
<p>Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Bitte melden Sie sich wie gewohnt an, um die Nachricht zu lesen:</p>
<p style="text-align:center"><a href="https://portal.hohenmoorer.example/login" style="background:#2f5d3a;color:#fff;padding:10px 18px;text-decoration:none">Zum Postfach</a></p>
<p>Die Nachricht steht 90 Tage zur Verfügung. Sie haben Ihr Passwort vergessen? Dann nutzen Sie auf der Anmeldeseite „Passwort vergessen“ und beantworten Sie Ihre Sicherheitsfrage.</p>
<p style="font-size:12px;color:#555">Wir fragen Sie niemals per E-Mail nach Passwörtern, TANs oder Gesundheitsdaten. Diese E-Mail wurde automatisch erstellt; Antworten an diese Adresse werden nicht gelesen.</p>
</td></tr></table>
</body></html>
""")
    return msg(MB["portal"], "m.fenske@mailbox.example", "Neue Nachricht in Ihrem Postfach",
               d(8, 10, 3), html=html, html_only=True, mailer=HOVIS, seed="d203-35")


@mail(36, "CONFIDENTIAL", "de", "insurer-to-authority",
      "motor: notice to the registration office that a named keeper's motor liability cover has ended (plate, VIN, policy number)")
def _():
    p = S["kraemer"]
    body = T("""
Sehr geehrte Damen und Herren,

die elektronische Meldung ist bei Ihnen laut Rückmeldung des Systems wegen einer fehlerhaften FIN abgewiesen worden. Wir zeigen Ihnen daher gemäß § 25 Abs. 1 FZV auf diesem Weg an, dass für das folgende Fahrzeug kein Versicherungsschutz mehr besteht:

  Halter:            Nico Brandenburger, Am Sauerbrunnen 2, 55768 Hohenmoor
  Amtl. Kennzeichen: HOM-NB 404
  Fahrzeug:          VW Golf VII Variant
  FIN:               WVWZZZAUZHW123987
  Versicherungsschein-Nr.: KR-4471-0079310
  Ende des Versicherungsschutzes: 31.08.2026, 24:00 Uhr

Grund: Kündigung durch den Versicherer nach § 38 Abs. 3 VVG.

Unser Zeichen bei Rückfragen: SK/25-FZV/2026-0181.

Mit freundlichen Grüßen
Sabine Krämer

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Zulassungsstelle Kreis Hohenmoor <zulassung@kreis-hohenmoor.example>",
               "Anzeige nach § 25 FZV – HOM-NB 404", d(8, 11, 15), body, mailer=OUTLOOK_DE,
               seed="d203-36")


@mail(37, "STRICTLY_CONFIDENTIAL", "en", "customer",
      "forwarded as message/rfc822: customer writes that his wife was diagnosed with Alzheimer's dementia and needs a care-level assessment")
def _():
    p = S["mthal"]
    inner = msg("Alan Whitcombe <alan.whitcombe@post.example>",
                "International Desk <international@hohenmoorer.example>",
                "Care for my wife Margaret", d(7, 20, 48),
                T("""
Dear Sir or Madam,

I hope you will forgive me for writing in English; my German is good enough for the baker but not for this.

My wife Margaret (your policy number for her health and long-term care insurance is KV 700 61904-02) was diagnosed with Alzheimer's dementia in July by Dr Sauer and the memory clinic in Koblenz, moderate stage they say. Over the summer things have become noticeably harder: she gets lost in the village, she forgets whether she has taken her tablets (donepezil, since August), and she can no longer cook safely. I am 78 myself and have a bad hip, so I am finding it difficult to manage on my own.

Our neighbour told us that the care insurance can pay for help at home, and that there is a day care centre in Oberwied run by the Sonnenhof nursing service. Could you tell me

 - how we apply for a care level for Margaret,
 - whether someone will come to the house to assess her (and whether that person might speak English),
 - and whether the insurance would pay for two days a week at the day centre?

Our son James lives in Reading and would like to help with the paperwork. Is it possible for you to speak to him directly? Margaret agrees to this.

With many thanks and kind regards,

Alan Whitcombe
Kirchweg 6
55768 Hohenmoor
06571 98 12 04
"""), charset="utf-8", cte="quoted-printable",
                mailer=[("X-Mailer", "Apple Mail (2.3774.600.62)")],
                msgid="<5C0B8E1A-77D2-4C1E-9F0A-2B6D3E8F1A44@post.example>")
    body = T("""
Hallo Ayşe,

anbei eine Mail von Mr Whitcombe (englisch) wegen seiner Frau. Er bittet um einen Rückruf; ich kann gern dolmetschen oder das Gespräch übernehmen, wenn du mir sagst, was er wissen muss. Den Sohn in England dürfen wir laut ihm anrufen – bitte trotzdem die Vollmacht/Einwilligung schriftlich holen.

Viele Grüße
Rebecca

""") + p.sig
    return msg(p.hdr, '"Demirtaş, Ayşe" <ayse.demirtas@hohenmoorer.example>',
               "WG: Care for my wife Margaret", d(8, 13, 40), body, mailer=OUTLOOK_DE,
               seed="d203-37", atts=[att_msg(inner, "Care for my wife Margaret.eml")])


@mail(38, "NORMAL", "de", "internal",
      "trap: data protection officer's reminder on encrypted mail, Art. 9 GDPR, no diagnoses in subject lines; examples only, no persons")
def _():
    p = S["reuter"]
    body = T("""
Liebe Kolleginnen und Kollegen,

nach den Sommerferien eine kurze Erinnerung zum Versand von E-Mails nach außen – es gab im August zwei Beinahe-Vorfälle, die glücklicherweise folgenlos blieben.

1. Gesundheitsdaten (Art. 9 DSGVO) und alles aus Kranken, Leben, Unfall, BU und Pflege gehen nur verschlüsselt raus: über das SecureMail-Portal oder an Partner mit eingerichteter Verschlüsselung. Dazu gehören auch scheinbar harmlose Dinge wie „Ihre Physiotherapie-Rechnung“, Heil- und Kostenpläne, AU-Bescheinigungen, Pflegegrad-Bescheide und Arztberichte.

2. Betreffzeilen sind nie verschlüsselt. Bitte also keine Diagnosen, Namen von Kliniken oder Begriffe wie „Reha“, „Krebs“ oder „Psychotherapie“ in den Betreff. Ein Aktenzeichen reicht.

3. Anhänge mit Listen (Mahnlisten, Bestandslisten, Schadenlisten) nur an Empfänger, die sie wirklich brauchen – und nicht aus Bequemlichkeit an ganze Verteiler.

4. Vor dem Absenden die Empfängeradresse prüfen. Outlook schlägt gern den falschen „Müller“ vor.

5. Wenn doch etwas schiefgeht: sofort mir Bescheid geben (Durchwahl -190 oder datenschutz@). Wir haben 72 Stunden für eine mögliche Meldung an die Aufsichtsbehörde, und die Zeit läuft ab Kenntnis.

Die Kurzanleitung „Verschlüsselt senden in 3 Schritten“ liegt im Intranet unter Datenschutz > Merkblätter.

Danke für eure Aufmerksamkeit!
Claudia Reuter

""") + p.sig
    return msg(p.hdr, MB["alle"], "Erinnerung: E-Mails mit Gesundheitsdaten nur verschlüsselt",
               d(8, 15, 0), body, mailer=OUTLOOK_DE, seed="d203-38")

# --- Wednesday, 9 September 2026 --------------------------------------------

@mail(39, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses: tenancy dispute over a service-charge bill; named customer, policy and claim number, landlord, amount")
def _():
    p = S["wagner"]
    body = T("""
Sehr geehrte Frau Volk,

vielen Dank für Ihren Anruf und die Unterlagen zur Nebenkostenabrechnung 2025. Wir haben den Vorgang unter der Schadennummer RS-2026-00977 angelegt.

Ihr Rechtsschutzvertrag RS-55-0031188 umfasst den Wohnungs- und Grundstücks-Rechtsschutz für Ihre Mietwohnung in der Friedhofstraße 11. Die Wartezeit von drei Monaten ist erfüllt, der Streit um die Nachforderung der Hausverwaltung Brückner über 1.240,16 € ist damit versichert.

Wir übernehmen die Kosten für eine anwaltliche Prüfung der Abrechnung und ein außergerichtliches Schreiben an die Hausverwaltung (Selbstbeteiligung 150 €). Sollte es zu einem gerichtlichen Verfahren kommen, melden Sie sich bitte vorher noch einmal bei uns.

Wenn Sie noch keinen Anwalt haben: Gute Erfahrungen im Mietrecht haben unsere Kunden mit der Kanzlei Brettschneider & Yilmaz in Hohenmoor und mit Rechtsanwältin Jasmin Held in Oberwied gemacht. Sie sind in der Wahl aber frei.

Bitte zahlen Sie den strittigen Betrag nicht vorschnell; die Frist in der Abrechnung (30.09.) sollte Ihr Anwalt im Blick behalten.

Mit freundlichen Grüßen
Nicole Wagner

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Tamara Volk <tamara.volk@netpost.example>",
               "Ihre Rechtsschutzversicherung – Schaden RS-2026-00977", d(9, 8, 40), body,
               mailer=OUTLOOK_DE, seed="d203-39")


@mail(40, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "health: cost coverage declaration to the district hospital for a named private patient with birth date, hip replacement for coxarthrosis M16.1")
def _():
    p = S["oberle"]
    body = T("""
Sehr geehrte Damen und Herren,

für unseren Versicherten

    Herrn Hans-Peter Kliebisch, geb. 29.07.1955
    Versicherungsnummer KV 700 50218-01

übernehmen wir für die stationäre Aufnahme am 09.09.2026 zur Implantation einer Hüft-Totalendoprothese links (Einweisungsdiagnose: primäre Koxarthrose, M16.1) die Kosten der allgemeinen Krankenhausleistungen nach den Entgelten des KHEntgG sowie folgende Wahlleistungen:

- Unterbringung im Zweibettzimmer
- wahlärztliche Leistungen (Chefarztbehandlung), Abrechnung nach GOÄ

Nicht versichert ist ein Einbettzimmerzuschlag. Sollte Herr Kliebisch das Einbettzimmer wünschen, ist der Zuschlag mit ihm direkt abzurechnen.

Die Kostenübernahme gilt für die Dauer der medizinisch notwendigen stationären Behandlung. Bitte rechnen Sie die allgemeinen Krankenhausleistungen und die Zimmerzuschläge direkt mit uns ab (Klinik-Card Nr. 4471-700-50218-01). Die Rechnungen der Wahlärzte gehen wie üblich an den Patienten.

Eine sich anschließende Anschlussheilbehandlung ist gesondert zu beantragen.

Mit freundlichen Grüßen
Markus Oberle

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Patientenverwaltung Kreiskrankenhaus <patientenverwaltung@kkh-hohenmoor.example>",
               "Kostenübernahmeerklärung KV 700 50218-01 – Aufnahme 09.09.2026", d(9, 9, 12),
               body, mailer=OUTLOOK_DE, seed="d203-40")


@mail(41, "NORMAL", "en", "newsletter",
      "trap: English customer newsletter (HTML + text) on maternity cover, flu season, deer collisions and liability; product info only")
def _():
    text = T("""
HOHENMOORER INTERNATIONAL – Fall 2026

Welcome to all new arrivals!
The summer PCS season is over and many of you have just moved into your new home in or around Hohenmoor. Our International Desk (Marktplatz 7, ground floor) is open for walk-ins every Tuesday and Thursday from 9 am to 4 pm. No appointment needed.

Expecting a baby?
Our Expat Health plan covers prenatal care, delivery in a private ward and midwife visits after a waiting period of 10 months. Your newborn can be added without any health questions if you tell us within two months of the birth.

Flu season is coming
Flu shots are covered in full under all our health plans, with no deductible. Ask your family doctor or pharmacy.

Deer season, too
October and November are peak months for deer collisions on the B 421 and the Moorstraße. Slow down at dawn and dusk. If it happens: hazard lights, secure the scene, call the police (110), and don't touch the animal. You'll need a "Wildunfallbescheinigung" (game accident certificate) from the police or the hunter.

Liability – why everybody has it
In Germany you're liable for damage you cause to others without any upper limit. Personal liability insurance starts at EUR 6.90 a month for a family.

Questions? international@hohenmoorer.example · +49 6571 4471-230

You receive this newsletter because you signed up on our website. Unsubscribe: https://www.hohenmoorer.example/en/newsletter/unsubscribe
""")
    html = T("""
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Hohenmoorer International – Fall 2026</title></head>
<body style="margin:0;background:#f0f2f0;font-family:Georgia,serif;color:#1d1d1d">
<div style="max-width:620px;margin:0 auto;background:#fff">
<div style="background:#1f3f5b;color:#fff;padding:20px 26px"><div style="font-size:24px">HOHENMOORER INTERNATIONAL</div><div style="font-size:14px;opacity:.85">Fall 2026</div></div>
<div style="padding:22px 26px;font-size:15px;line-height:1.55">
<h2 style="font-size:19px;color:#1f3f5b">Welcome to all new arrivals!</h2>
<p>The summer PCS season is over and many of you have just moved into your new home in or around Hohenmoor. Our International Desk (Marktplatz 7, ground floor) is open for walk-ins every <b>Tuesday and Thursday from 9 am to 4 pm</b>. No appointment needed.</p>
<h2 style="font-size:19px;color:#1f3f5b">Expecting a baby?</h2>
<p>Our Expat Health plan covers</p>
<ul><li>prenatal care and ultrasound scans,</li><li>delivery in a private ward,</li><li>midwife visits before and after the birth,</li></ul>
<p>after a waiting period of 10 months. Your newborn can be added <b>without any health questions</b> if you tell us within two months of the birth.</p>
<h2 style="font-size:19px;color:#1f3f5b">Flu season is coming</h2>
<p>Flu shots are covered in full under all our health plans, with no deductible. Ask your family doctor or pharmacy.</p>
<h2 style="font-size:19px;color:#1f3f5b">Deer season, too</h2>
<p>October and November are peak months for deer collisions on the B&nbsp;421 and the Moorstraße. Slow down at dawn and dusk. If it happens: hazard lights, secure the scene, call the police (110), and don't touch the animal. You'll need a <i>Wildunfallbescheinigung</i> (game accident certificate) from the police or the hunter.</p>
<h2 style="font-size:19px;color:#1f3f5b">Liability – why everybody has it</h2>
<p>In Germany you're liable for damage you cause to others without any upper limit. Personal liability insurance starts at <b>EUR 6.90 a month</b> for a family.</p>
<p>Questions? <a href="mailto:international@hohenmoorer.example">international@hohenmoorer.example</a> · +49 6571 4471-230</p>
</div>
<div style="padding:12px 26px;font-size:11px;color:#666;background:#f6f6f6">You receive this newsletter because you signed up on our website. <a href="https://www.hohenmoorer.example/en/newsletter/unsubscribe">Unsubscribe</a>. Hohenmoorer Versicherung a.G., Marktplatz 7, 55768 Hohenmoor, Germany.</div>
</div></body></html>
""")
    return msg(MB["news"], "undisclosed-recipients:;",
               "Hohenmoorer International – Fall 2026: baby on the way, flu shots, deer season",
               d(9, 10, 0), text, html=html, mailer=NEWSLETTER, seed="d203-41",
               headers=[("List-Unsubscribe",
                         "<https://www.hohenmoorer.example/en/newsletter/unsubscribe>")])


@mail(42, "NORMAL", "en", "insurer-to-authority",
      "trap: note to the air base housing office on which insurance certificates landlords ask for and our walk-in hours; no persons")
def _():
    p = S["mthal"]
    body = T("""
Dear Mr. Delgado,

thank you for the good meeting last Thursday. As promised, here is the short overview for your newcomers' briefing:

What German landlords usually ask for
- proof of personal liability insurance ("Privathaftpflicht"), often with cover for rented property ("Mietsachschäden");
- sometimes proof of household contents insurance ("Hausrat") – not mandatory, but recommended;
- a rent deposit of up to three months' cold rent, either in cash/bank account or as a deposit guarantee from an insurer.

What we can issue on the same day
- an insurance certificate in German and English for liability and household policies;
- a deposit guarantee certificate (subject to our usual checks).

What newcomers should bring
- the rental contract (or the draft), their ID card or passport, and a German bank account (IBAN) for the direct debit.

Walk-in hours at our International Desk are Tuesdays and Thursdays from 9 am to 4 pm. During the peak weeks after PCS season we'd be happy to come to the base for an information session again – 6 or 13 October would work for us.

Feel free to copy any of this into your welcome booklet.

Best regards,
Rebecca Müller-Thal

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Raymond Delgado <housing.office@talheide-ab.example>",
               "Insurance checklist for your newcomers' briefing", d(9, 11, 28), body,
               mailer=OUTLOOK_EN, seed="d203-42")


@mail(43, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health: daily sickness allowance paid to a named self-employed insured, incapacity since July, rotator cuff tear M75.1 and surgery")
def _():
    p = S["oberle"]
    body = T("""
Sehr geehrter Herr Lemke,

vielen Dank für die Folgebescheinigung von Frau Dr. Sauer vom 07.09.2026. Wir haben das Krankentagegeld für den nächsten Zeitraum abgerechnet:

  Tarif:               KT 43 (Krankentagegeld ab dem 43. Tag der Arbeitsunfähigkeit)
  Versicherungsnummer: KV 700 71533-01
  Arbeitsunfähig seit: 15.07.2026
  Diagnose lt. AU:     M75.1 Läsion der Rotatorenmanschette rechts, operiert am 29.07.2026
  Abgerechnet:         26.08.2026 bis 08.09.2026 = 14 Tage × 120,00 € = 1.680,00 €

Die Überweisung auf Ihr Geschäftskonto erfolgt morgen.

Bitte schicken Sie uns die nächste Bescheinigung, sobald Sie sie haben, spätestens aber alle 14 Tage. Da Sie als Dachdeckermeister körperlich arbeiten, kann sich die Arbeitsunfähigkeit nach einer solchen Operation länger hinziehen – für die weitere Prüfung bitten wir Sie, uns zusätzlich den OP-Bericht und den aktuellen Physiotherapieplan zu senden.

Gute Besserung und freundliche Grüße
Markus Oberle

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Andreas Lemke <info@dachdecker-lemke.example>",
               "Ihr Krankentagegeld – Abrechnung bis 08.09.2026", d(9, 13, 50), body,
               mailer=OUTLOOK_DE, seed="d203-43")


@mail(44, "NORMAL", "de", "insurer-to-supplier",
      "trap: order to shred archived health benefit and motor claim files after retention period (DIN 66399); no persons (iso-8859-1)")
def _():
    p = S["esser"]
    body = T("""
Sehr geehrter Herr Wirtz,

wie telefonisch besprochen beauftragen wir Sie mit der Vernichtung folgender Akten aus unserem Kellerarchiv (Marktplatz 7, Zugang über die Kirchgasse):

- Leistungsakten Krankenversicherung, Jahrgänge 2014 und 2015 (ca. 38 Umzugskartons)
- Kfz-Schadenakten, Jahrgang 2015 (ca. 22 Umzugskartons)
- Personalakten ausgeschiedener Mitarbeiter bis Austrittsjahr 2015 (ca. 4 Kartons, separat gekennzeichnet)

Die Aufbewahrungsfristen sind abgelaufen, die Freigabe von Datenschutz und Revision liegt vor.

Bitte stellen Sie wie beim letzten Mal verschlossene Sicherheitsbehälter (240 l) und vernichten Sie nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4. Wir brauchen wieder ein Vernichtungsprotokoll mit Anzahl der Behälter, Datum und Unterschrift.

Termin: Donnerstag, 24.09.2026, ab 8 Uhr. Frau Reuter (Datenschutz) oder ich sind bei der Abholung dabei.

Mit freundlichen Grüßen
Tanja Esser

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "AktenSicher GmbH <auftrag@aktensicher.example>",
               "Auftrag Aktenvernichtung 24.09.2026", d(9, 15, 6), body,
               charset="iso-8859-1", mailer=OUTLOOK_DE, seed="d203-44")


# --- Thursday, 10 September 2026 – hail storm during the night --------------

@mail(45, "NORMAL", "de", "internal",
      "CEO's all-staff mail after the overnight hail storm: call volumes, extra shifts, helpers for the hotline; aggregates only")
def _():
    p = S["scholl"]
    body = T("""
Liebe Kolleginnen und Kollegen,

viele von Ihnen haben es heute Nacht selbst erlebt: Zwischen 23:30 und 0:45 Uhr ist eine Hagelzelle von Niederbach über Talheide bis Oberwied gezogen, mit Körnern bis 4 cm. Seit 6 Uhr laufen bei uns die Telefone heiß; bis jetzt (9:30 Uhr) sind rund 640 Anrufe und 380 Online-Meldungen eingegangen, überwiegend Autos, Dächer, Wintergärten und Rollläden.

Was jetzt passiert:

1. Der Schadenservice Sach und Kfz arbeitet ab sofort im Sonderbetrieb. Die Hotline ist bis auf Weiteres bis 20 Uhr und am Samstag von 9 bis 16 Uhr besetzt.
2. Wer aus anderen Abteilungen helfen kann, trägt sich bitte bis 12 Uhr in die Liste im Intranet ein. Frau Krämer und Herr Maas machen um 13 Uhr eine halbstündige Einweisung in Raum 1.05 („Schadenaufnahme Hagel in 10 Minuten“).
3. Für Kfz richten wir ab Dienstag eine Hagelstraße beim Autohaus Pfeiffer ein; Termine vergibt die Hotline.
4. Der Betriebsausflug am 18.09. findet statt – wir entscheiden nächste Woche, wer den Hotline-Notdienst übernimmt.

Bitte denken Sie auch an sich selbst: Wer eigene Schäden hat, klärt das bitte über den normalen Weg und nicht „nebenbei“ am eigenen Arbeitsplatz.

Danke schon jetzt für Ihren Einsatz – solche Tage zeigen, wofür es uns als Versicherer vor Ort gibt.

Ihr Martin Scholl

""") + p.sig
    return msg(p.hdr, MB["alle"], "Hagelunwetter heute Nacht – Sonderbetrieb Schaden",
               d(10, 9, 41), body, mailer=OUTLOOK_DE, seed="d203-45",
               headers=[("Importance", "high")])


@mail(46, "CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings/contents hail claim acknowledged for a named customer: address, claim and policy numbers, emergency steps; customer's typo mail quoted (windows-1252)")
def _():
    p = S["maas"]
    q = T("""
-----Ursprüngliche Nachricht-----
Von: Walter Kuhnert <w.kuhnert@webpost.example>
Gesendet: Donnerstag, 10. September 2026 06:12
An: schaden@hohenmoorer.example
Betreff: hagel

guten morgen, der hagel hat heute nacht das Dach vom Wintergarten kaputt gemacht (Glas) und 2 Dachfenster im Obergeschoss. Wasser ist rein gelaufen ins Wohnzimmer, das Parkett ist nass und der teppich auch. Was soll ich machen?? Vers Nummer weiß ich nicht auswendig, bin bei ihnen mit Haus und Hausrat, Adresse Rosenstr. 19 in Oberwied.
Walter Kuhnert
Tel 0171 5550 2280
""")
    body = T("""
Guten Morgen Herr Kuhnert,

Ihren Schaden haben wir angelegt:

  Schaden-Nr.: 2026-SH-004288
  Wohngebäude: WG 40 019 302-2 (Wintergartendach, Dachfenster, Parkett)
  Hausrat:     HR 12 301 776-4 (Teppich, Möbel, sonstiger Inhalt)
  Risikoort:   Rosenstraße 19, 55768 Oberwied

Was Sie jetzt tun sollten:
1. Die kaputten Glasflächen provisorisch abdecken lassen (Plane, Folie). Die Kosten dafür übernehmen wir. Falls Ihr Dachdecker überlastet ist: Die Firma Dachbau Schmitz (06571 2210) hat uns für heute noch Notdienst-Kapazität zugesagt.
2. Fotos von allen Schäden machen, bevor etwas entfernt wird – auch vom nassen Parkett und vom Teppich.
3. Wasser aufnehmen, lüften, Teppich zum Trocknen aufhängen. Nichts wegwerfen.

Wegen des Umfangs wird sich ein Sachverständiger bei Ihnen melden, voraussichtlich Anfang nächster Woche. Bitte haben Sie etwas Geduld – wir haben heute sehr viele Meldungen.

""") + p.sig + "\n\n" + FOOTER_DE + "\n\n" + q
    return msg(p.hdr, "Walter Kuhnert <w.kuhnert@webpost.example>", "AW: hagel",
               d(10, 10, 22), body, charset="windows-1252", mailer=OUTLOOK_DE, seed="d203-46",
               in_reply_to="<000001dc2145$9a4b2e10$ced18a30$@webpost.example>")


@mail(47, "CONFIDENTIAL", "de", "internal",
      "HR to payroll: promotion of a named employee with new gross salary, allowance and overtime payout (income)")
def _():
    p = S["feld"]
    body = T("""
Hallo Doris,

bitte ab der Oktoberabrechnung folgende Änderungen berücksichtigen:

Herr Fabian Reinholz, Personalnummer 40318, Reiseversicherung/Assistance
- Höhergruppierung nach Beförderung zum Teamleiter: Tarifgruppe VII, Stufe 2, neues Bruttomonatsgehalt 4.612,00 €
- Funktionszulage Teamleitung: 150,00 € monatlich
- Rufbereitschaft Assistance weiterhin pauschal 210,00 € monatlich
- Überstundenabgeltung August: 14,5 Stunden (Freigabe Frau Roth liegt vor)

Der Nachtrag zum Arbeitsvertrag ist unterschrieben und liegt in der Personalakte.

Danke dir!
Monika

""") + p.sig
    return msg(p.hdr, '"Lambert, Doris" <doris.lambert@hohenmoorer.example>',
               "Entgeltänderung ab 10/2026 – PNr. 40318", d(10, 11, 3), body,
               mailer=OUTLOOK_DE, seed="d203-47")


@mail(48, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative life submission to the reinsurer: named applicant with birth date, treated thyroid cancer, hypertension; PDF underwriting summary")
def _():
    p = S["ritter"]
    body = T("""
Dear Priya,

we have a term life application above our retention and would like a facultative offer. Summary below, full underwriting summary attached. The medical documents themselves are in your data room under HM-FAC-2026-07.

Applicant: Mr. Florian Weidenbach, born 1979-11-08, managing director of a local machine-building company (office-based, some travel to Poland and Czechia)
Cover: term life, EUR 1,800,000, term 15 years, to secure a business loan
Our retention: EUR 750,000, so EUR 1,050,000 facultative

Medical: papillary thyroid carcinoma diagnosed in March 2019 (pT1a, N0, M0), total thyroidectomy and radio-iodine therapy, on levothyroxine since then; no recurrence, thyroglobulin undetectable in all follow-ups, last one June 2026. Mild hypertension on amlodipine 5 mg, well controlled. BMI 26. Non-smoker.

Our view: standard rates, possibly with a small temporary extra for the first 3 years; we'd be grateful for your opinion, ideally by the end of next week, because the bank wants the policy before signing the loan in October.

Best regards,
Sven

""") + p.sig + "\n\n" + FOOTER_EN
    summary = pdf([
        "# Facultative submission HM-FAC-2026-07",
        "Hohenmoorer Versicherung a.G. – Life underwriting summary",
        "",
        "%cols 170,310",
        "| Applicant | Florian Weidenbach",
        "| Date of birth | 08/11/1979 (age 46)",
        "| Occupation | Managing director, Weidenbach Maschinenbau GmbH",
        "| Product | Term life, level sum insured, 15 years",
        "| Sum insured | EUR 1,800,000 (retention EUR 750,000)",
        "| Height / weight | 184 cm / 88 kg, BMI 26.0",
        "| Blood pressure | 134/84 mmHg on amlodipine 5 mg",
        "| Smoker status | Non-smoker (never)",
        "",
        "## Medical history",
        "03/2019 papillary thyroid carcinoma, pT1a N0 M0 (7 mm), total thyroidectomy 04/2019, radio-iodine "
        "ablation 06/2019. Follow-up at the University Hospital Mainz nuclear medicine clinic every 12 months; "
        "thyroglobulin < 0.1 ng/ml, neck ultrasound without findings (last 06/2026). Levothyroxine 125 µg daily.",
        "2022 essential hypertension, amlodipine 5 mg. No other conditions. Family history unremarkable.",
        "",
        "## Hohenmoorer assessment",
        "Standard risk from year 4; for years 1-3 a temporary extra of EUR 2 per mille considered. "
        "Request for facultative terms for EUR 1,050,000.",
        "",
        "Prepared by: Dr. med. Jutta Wendling (medical officer), Sven Ritter (reinsurance), 10/09/2026",
    ], title="HM-FAC-2026-07 underwriting summary", author="Sven Ritter",
        created=(2026, 9, 10, 11, 20, 0))
    return msg(p.hdr, "Priya Raman <priya.raman@nordatlantic-re.example>",
               "Facultative request HM-FAC-2026-07 (term life EUR 1.8m)", d(10, 11, 48), body,
               cc='"Wendling, Jutta Dr." <jutta.wendling@hohenmoorer.example>',
               cte="8bit", flowed=True, mailer=THUNDERBIRD, seed="d203-48",
               atts=[att_pdf(summary, "HM-FAC-2026-07_summary.pdf")])


@mail(49, "NORMAL", "de", "internal",
      "short mobile reply from the field agent about taking over hail appointments; quoted question, no customer data")
def _():
    p = S["baeumer"]
    body = T("""
Ja mach ich. Bin ab 10 im Büro Oberwied, Hagel bei uns auch heftig, mein eigenes Auto sieht aus wie ein Golfball ;-) Schick mir die Liste aufs Handy, ich fahr die Termine dann ab Mittag ab.

""") + p.sig + T("""


> Am 10.09.2026 um 08:57 schrieb Maas, Jürgen <juergen.maas@hohenmoorer.example>:
>
> Hallo Karl-Heinz,
> kannst du heute nachmittag die ersten Besichtigungen in Oberwied übernehmen? Nur Fotos und kurzer Bericht, die großen Sachen macht der SV. Liste kommt per Mail.
> Gruß Jürgen
""")
    return msg(p.hdr, '"Maas, Jürgen" <juergen.maas@hohenmoorer.example>',
               "Re: Besichtigungen Oberwied heute", d(10, 9, 6), body, mailer=IPHONE,
               seed="d203-49", in_reply_to=_mid("d203-49-parent"))


@mail(50, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor hail claim of a named customer: policy and claim number, plate, inspection appointment, deductible")
def _():
    p = S["whitfield"]
    body = T("""
Dear Mr. Mitchell,

thank you for reporting the hail damage to your pickup this morning. Your claim is registered:

  Claim number:  K-2026-03118
  Policy:        KR-4471-0104551 (motor liability + partial cover "Teilkasko")
  Vehicle:       Toyota Tacoma, HOM-BM 1776
  Damage:        hail, night of 9 to 10 September 2026

Hail is covered under your Teilkasko. Your deductible is EUR 150, and – good news – a Teilkasko claim does not affect your no-claims class.

We've booked you an appointment at our hail inspection center ("Hagelstraße") at Autohaus Pfeiffer, Industriestraße 4, Hohenmoor:

  Tuesday, 15 September 2026, 10:20 am

The inspection takes about 20 minutes. Please bring your vehicle registration (Zulassungsbescheinigung Teil I) and don't have any repairs done before the inspection. If the windshield is cracked and you can't see properly, please don't drive – call us and we'll arrange for the inspector to come to you.

Kind regards,
Grace Whitfield

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Brandon Mitchell <b.mitchell@usmail.example>",
               "Hail damage to your Toyota – claim K-2026-03118", d(10, 14, 55), body,
               mailer=OUTLOOK_EN, seed="d203-50")

# --- Friday, 11 September 2026 ----------------------------------------------

@mail(51, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "dog-owner liability: injured cyclist's lawyer; her collarbone fracture S42.0, neck sprain S13.4, surgery and sick leave; pain and suffering offer")
def _():
    p = S["schaefer"]
    body = T("""
Sehr geehrte Frau Rechtsanwältin Oswald,

in der Angelegenheit Ihrer Mandantin Frau Lisa Marquardt ./. unseren Versicherungsnehmer Herrn Volker Sindt (Hundehalterhaftpflicht HH 23 007 415-9, unser Zeichen H-2026-00688) danken wir für Ihr Schreiben vom 27.08.2026.

Zum Haftungsgrund: Nach der Schilderung unseres Versicherungsnehmers ist sein Labrador am 04.07.2026 auf dem Radweg an der Moorstraße unangeleint vor das Rad Ihrer Mandantin gelaufen. Wir erkennen die Haftung nach § 833 BGB dem Grunde nach zu 100 % an.

Zu den Schadenpositionen:

1. Fahrradschaden: Den Kostenvoranschlag von Zweirad Becker über 1.150,00 € erstatten wir in voller Höhe.

2. Schmerzensgeld: Ihrem Schreiben zufolge hat Ihre Mandantin eine Klavikulafraktur links (S42.0), die am 05.07. im Kreiskrankenhaus mit einer Plattenosteosynthese versorgt wurde, eine HWS-Distorsion (S13.4) und Schürfwunden an beiden Unterarmen erlitten und war sechs Wochen arbeitsunfähig. Für eine abschließende Bemessung benötigen wir den Entlassungsbericht des Kreiskrankenhauses, die AU-Bescheinigungen sowie ein Attest zum aktuellen Stand (Beweglichkeit der Schulter, geplante Metallentfernung). Eine Schweigepflichtentbindung Ihrer Mandantin liegt uns bereits vor.

Ohne Präjudiz zahlen wir schon jetzt einen Vorschuss von 2.500,00 € auf das Schmerzensgeld.

3. Haushaltsführungsschaden: Bitte beziffern Sie diesen unter Angabe der Haushaltsgröße und der konkreten Einschränkungen.

Die Zahlung von 3.650,00 € geht heute auf Ihr Kanzleikonto.

Mit freundlichen Grüßen
Kevin Schäfer

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, '"RAin Katrin Oswald" <k.oswald@kanzlei-oswald.example>',
               "Marquardt ./. Sindt – Ihr Zeichen 214/26 KO – unser Zeichen H-2026-00688",
               d(11, 8, 35), body, mailer=OUTLOOK_DE, seed="d203-51")


@mail(52, "NORMAL", "en", "insurer-to-supplier",
      "trap: invoice query to the IT supplier; the supplier's own company IBAN is questioned for fraud prevention; no natural persons' data (us-ascii)")
def _():
    p = S["kuhn"]
    body = T("""
Dear Lumen billing team,

we received your invoice INV-2026-08-3317 of 31 August 2026 (EUR 4,860.00 net, managed mail gateway and backup, August 2026). Two points before we can pay it:

1. VAT: the invoice charges 19 % German VAT (EUR 923.40). As Lumen Cloud Services Ltd is established in Ireland and we are a German business, the reverse-charge procedure applies. Please re-issue the invoice without VAT and with the note "Reverse charge - VAT to be accounted for by the recipient", stating both VAT IDs.

2. Bank details: the invoice shows a new account, IE69 LUMN 9901 0012 3456 78, instead of the one in our supplier master data. Under our payment fraud procedure we can only change bank details after a call-back to a contact we already know. Could your finance manager, Ms. Byrne, please call me at +49 6571 4471-520? I'm in the office every day this week until 4 pm.

The due date will of course be extended accordingly.

Kind regards,
Oliver Kuhn

""") + "Oliver Kuhn\nBeitragsbuchhaltung / Inkasso\nHohenmoorer Versicherung a.G.\nMarktplatz 7, 55768 Hohenmoor\nTel. +49 6571 4471-520\noliver.kuhn@hohenmoorer.example"
    return msg(p.hdr, "Lumen Billing <billing@lumencloud.example>",
               "Invoice INV-2026-08-3317 - VAT and changed bank details", d(11, 9, 20), body,
               charset="us-ascii", cte="quoted-printable", mailer=OUTLOOK_EN, seed="d203-52")


@mail(53, "CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings hail claim of a named couple: roof and shutters, roofer's estimate, advance payment; Outlook text + HTML (windows-1252)")
def _():
    p = S["maas"]
    text = T("""
Sehr geehrte Frau Göbel, sehr geehrter Herr Göbel,

vielen Dank für den Kostenvoranschlag der Firma Dachbau Schmitz, der heute bei uns eingegangen ist.

Ihr Schaden: 2026-SH-004371
Vertrag: WG 40 031 007-3 (Wohngebäude), Auf dem Rech 12, 55768 Hohenmoor-Niederbach
Kostenvoranschlag: 8.940,00 € brutto (Dachziegel Südseite, 3 Rollladenpanzer, Dachrinne und Fallrohr)

Da der Betrag über 5.000 € liegt, schauen wir uns den Schaden mit einem Sachverständigen an. Herr Haas vom SV-Büro Haas meldet sich dafür in den nächsten Tagen bei Ihnen.

Damit Sie nicht in Vorleistung gehen müssen, überweisen wir schon jetzt eine Abschlagszahlung von 3.000,00 € auf Ihr Konto bei der Volksbank Mittelrhein. Die Notabdeckung des Daches durch Firma Schmitz ist selbstverständlich mitversichert.

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Sandra Göbel <sandra.goebel@mailbox.example>",
               "Ihr Hagelschaden 2026-SH-004371 – Abschlagszahlung", d(11, 10, 14), text,
               cc="Michael Göbel <michael.goebel@mailbox.example>",
               html=outlook_html(text, charset="windows-1252"), charset="windows-1252",
               mailer=OUTLOOK_DE, seed="d203-53")


@mail(54, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service",
      "care: cost coverage to the home care service for a named insured with birth date and care level 3 (combination benefit)")
def _():
    p = S["demirtas"]
    body = T("""
Sehr geehrte Frau Kramp,

für unsere Versicherte

    Frau Hildegard Roos, geb. 17.05.1936
    Weiherstraße 3, 55768 Hohenmoor
    Versicherungsnummer PV 300 22784-01

bestätigen wir die Übernahme der Kosten für Pflegesachleistungen durch Ihren Pflegedienst ab dem 01.09.2026.

Nach dem Gutachten von Medicproof vom 19.08.2026 ist bei Frau Roos Pflegegrad 3 ab dem 01.08.2026 festgestellt. Frau Roos hat sich für die Kombinationsleistung entschieden: Sie beziehen die Sachleistung bis zum Höchstbetrag von 1.497,00 € monatlich; der nicht ausgeschöpfte Anteil wird Frau Roos anteilig als Pflegegeld ausgezahlt.

Bitte rechnen Sie monatlich mit dem Leistungsnachweis (unterschrieben von Frau Roos bzw. ihrer Tochter als Bevollmächtigter) direkt mit uns ab. Der Entlastungsbetrag von 131,00 € monatlich kann für die hauswirtschaftliche Versorgung ebenfalls über Sie abgerechnet werden.

Die Tagespflege in Ihrer Einrichtung in Oberwied (zwei Tage pro Woche ab Oktober) ist gesondert zu beantragen; den Antrag haben wir Frau Roos bereits geschickt.

Mit freundlichen Grüßen
Ayşe Demirtaş

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Pflegedienstleitung Sonnenhof <pdl@pflege-sonnenhof.example>",
               "Kostenzusage Pflegesachleistung PV 300 22784-01", d(11, 11, 2), body,
               mailer=OUTLOOK_DE, seed="d203-54")


@mail(55, "NORMAL", "de", "insurer-to-authority",
      "trap: event report to the insurance supervisor on the hail storm: estimated gross loss, claim counts per line and municipality (ODS); aggregates only")
def _():
    p = S["ritter"]
    body = T("""
Sehr geehrte Frau Dr. Kessler,

wie am Telefon angekündigt, melden wir Ihnen das Hagelereignis vom 09./10.09.2026 als Großschadenereignis.

Stand heute, 11.09.2026, 12:00 Uhr:

- gemeldete Schäden: 2.340 (davon Kfz 1.410, Wohngebäude 690, Hausrat 180, Gewerbe 60)
- geschätzter Bruttoschaden: 14 bis 18 Mio. €
- Eigenbehalt aus dem Kat-XL-Vertrag: 5 Mio. €, der Rückversicherer ist informiert
- Liquidität: ausreichend, keine Umschichtung der Kapitalanlagen erforderlich
- Betrieb: Hotline mit verlängerten Zeiten, zusätzliche Sachverständige beauftragt

Die Verteilung nach Sparten und Gemeinden finden Sie in der beigefügten Tabelle. Wir aktualisieren die Schätzung wöchentlich und melden uns unaufgefordert, falls der Eigenbehalt überschritten wird.

Mit freundlichen Grüßen
Sven Ritter

""") + p.sig + "\n\n" + FOOTER_DE
    sheet = [
        ["Gemeinde", "Kfz", "Wohngebäude", "Hausrat", "Gewerbe", "Schätzung T€"],
        ["Hohenmoor (Kernstadt)", 310, 120, 35, 22, 2650],
        ["Hohenmoor-Talheide", 520, 260, 70, 8, 5400],
        ["Hohenmoor-Niederbach", 240, 150, 40, 12, 3300],
        ["Oberwied", 290, 140, 30, 15, 3700],
        ["sonstige", 50, 20, 5, 3, 450],
        ["Summe", 1410, 690, 180, 60, 15500],
    ]
    o = ods([("Hagel 09-10.09.2026", sheet)], title="Ereignismeldung Hagel September 2026",
            creator="Sven Ritter", created="2026-09-11T12:10:00")
    return msg(p.hdr, '"Dr. Anja Kessler" <versicherungsaufsicht@fm.land.example>',
               "Ereignismeldung Hagelunwetter 09./10.09.2026 – Hohenmoorer Versicherung a.G.",
               d(11, 13, 2), body, cte="8bit", flowed=True, mailer=THUNDERBIRD,
               seed="d203-55", atts=[att_ods(o, "Ereignismeldung_Hagel_2026-09-11.ods")])


@mail(56, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health: maternity cover confirmation for a named pregnant customer with due date, prenatal care and delivery")
def _():
    p = S["whitfield"]
    body = T("""
Dear Mrs. Grant,

congratulations on your pregnancy, and thank you for letting us know so early!

I've checked your Expat Health plan (policy IH-2024-00318): the 10-month waiting period for maternity benefits ended on 1 August 2026, so your pregnancy is fully covered. With an expected due date of 14 March 2027, this includes:

- all prenatal check-ups and ultrasound scans at Dr. Brenner's practice, including the first-trimester screening you mentioned,
- the delivery at the Kreiskrankenhaus Hohenmoor in the private ward (two-bed room and chief physician), or a home birth if you decide on that,
- midwife visits before and after the birth, and antenatal classes up to EUR 300,
- the hospital stay of your baby.

Please add your baby to the policy within two months of the birth – then there are no health questions and no waiting periods for the little one.

For the hospital, we'll send a cost coverage confirmation directly to the Kreiskrankenhaus once you've registered there; just tell us the date.

All the best for the coming months,
Grace Whitfield

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Olivia Grant <olivia.grant@post.example>",
               "Your maternity cover – policy IH-2024-00318", d(11, 15, 27), body,
               mailer=OUTLOOK_EN, seed="d203-56")


# --- Monday, 14 September 2026 ----------------------------------------------

@mail(57, "CONFIDENTIAL", "en", "insurer-to-partner",
      "motor recourse against a Dutch insurer: named drivers, plates, parked-car damage paid under comprehensive cover; nobody injured")
def _():
    p = S["kraemer"]
    body = T("""
Dear Sir or Madam,

we hereby claim recourse against your policyholder under § 86 of the German Insurance Contract Act.

Date and place: 28 August 2026, around 4:15 pm, campsite "Am Moorsee", Seeweg 2, 55768 Hohenmoor
Your insured vehicle: camper van Fiat Ducato, Dutch registration VZ-482-K, driver Mr. Pieter de Groot
Our insured vehicle: VW Polo, registration HOM-CH 311, owner and policyholder Mrs. Claudia Hermes

While reversing out of his pitch, Mr. de Groot hit the parked VW Polo of our policyholder on the driver's side. He admitted the accident on site and signed the European Accident Statement (copy enclosed in our letter by post). Nobody was injured.

Our policyholder had the damage repaired under her comprehensive cover (our claim K-2026-02964). We paid:

  Repair costs (Autohaus Pfeiffer, invoice 26-4418)   EUR 2,184.50
  Expert's fee                                         EUR   412.00
  Total                                                EUR 2,596.50

Please transfer this amount within four weeks to our account IBAN DE13 5706 9144 1634 4478 10 (Hohenmoorer Versicherung a.G.), quoting K-2026-02964. Mrs. Hermes's deductible (EUR 300) and loss of use will be claimed by her directly.

Yours faithfully,
Sabine Krämer

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Rijnmond Verzekeringen – Schade <schade@rijnmond-verzekeringen.example>",
               "Recourse claim K-2026-02964 – your insured VZ-482-K", d(14, 8, 25), body,
               mailer=OUTLOOK_EN, seed="d203-57")


@mail(58, "NORMAL", "de", "internal",
      "cake in the kitchen for a colleague's 25th work anniversary (iso-8859-1)")
def _():
    p = S["esser"]
    body = T("""
Hallo zusammen,

in der Teeküche im 2. OG steht Zwetschgenkuchen mit Sahne, Herr Koch aus der Registratur ist heute seit 25 Jahren bei uns und gibt einen aus. Wer ihn sieht: Glückwunsch nicht vergessen!

Viele Grüße
Tanja

""") + p.sig
    return msg(p.hdr, MB["alle"], "Kuchen in der Teeküche 2. OG", d(14, 9, 2), body,
               charset="iso-8859-1", mailer=OUTLOOK_DE, seed="d203-58")


@mail(59, "CONFIDENTIAL", "de", "broker",
      "broker's request forwarded as message/rfc822: sole-trader café owner with birth date, turnover, staff and prior claim for contents/liability")
def _():
    p = S["lauer"]
    inner_body = T("""
Hallo Herr Lauer,

ich habe eine neue Kundin für Sie, bitte um ein Angebot für Inhaltsversicherung und Betriebshaftpflicht:

Firma: Konditorei & Café Lorenz e.K.
Inhaberin: Sabine Lorenz, geb. 12.04.1977
Betrieb: Hauptstraße 44, 55768 Hohenmoor (Laden mit Café, 38 Sitzplätze, Backstube im Hinterhaus)
Umsatz 2025: ca. 412.000 € netto
Mitarbeiter: 7 (davon 3 Teilzeit, 1 Azubi)
Inhalt (Einrichtung, Maschinen, Vorräte): 180.000 €
Betriebsunterbrechung: 12 Monate Haftzeit gewünscht
Vorschäden: 2023 Leitungswasser in der Backstube, ca. 4.200 €, beim Vorversicherer reguliert
Vorversicherer: kündigt zum 31.12.2026 (Sanierung)

Frau Lorenz möchte zum 01.01.2027 wechseln. Die Betriebsbeschreibung und das Foto vom Ofen schicke ich Ihnen per Post, das Gebäude gehört dem Vermieter.

Beste Grüße
Heinrich Fassbender
Maklerbüro Heinrich Fassbender e.K.
Bahnhofstraße 9 · 55768 Oberwied
Tel. 06573 4102
""")
    inner = msg("Heinrich Fassbender <info@fassbender-makler.example>",
                '"Lauer, Stefan" <stefan.lauer@hohenmoorer.example>',
                "Anfrage Inhalt/BHV Konditorei Lorenz", d(12, 11, 40), inner_body,
                charset="windows-1252", cte="quoted-printable",
                mailer=[("X-Mailer", "Microsoft Outlook 15.0")],
                msgid="<002b01dc22f8$1a2b3c40$4e5f6a70$@fassbender-makler.example>")
    body = T("""
Hallo Ralf,

kannst du bitte ein Angebot für die Konditorei Lorenz rechnen (Anfrage von Fassbender im Anhang)? Inhalt inkl. BU und Betriebshaftpflicht, Courtage Standard. Der Vorschaden ist klein, sollte kein Problem sein. Makler hätte das Angebot gern bis Freitag.

Danke und Gruß
Stefan

""") + p.sig
    return msg(p.hdr, '"Deckert, Ralf" <ralf.deckert@hohenmoorer.example>',
               "WG: Anfrage Inhalt/BHV Konditorei Lorenz", d(14, 9, 55), body,
               mailer=OUTLOOK_DE, seed="d203-59",
               atts=[att_msg(inner, "Anfrage Inhalt_BHV Konditorei Lorenz.eml")])


@mail(60, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "accident insurance: named customer fell from a ladder after the storm, heel bone fracture S92.0, hospital daily allowance")
def _():
    p = S["whitfield"]
    body = T("""
Dear Mr. Henderson,

I'm sorry to hear about your fall – I hope you're back home by now and the pain is manageable.

Your accident report for the fall from the ladder on 11 September (while clearing the hail debris from your rain gutter) has been registered under claim number UV-S-2026-0437 on your personal accident policy UV/24/0061802.

Based on what your wife told me on the phone, you were admitted to the Kreiskrankenhaus Hohenmoor the same day with a fracture of the right heel bone (calcaneus, S92.0), had surgery on 12 September and will probably stay until about 18 September. Your policy pays:

- hospital daily allowance: EUR 50 per day in hospital,
- recovery benefit after discharge: EUR 50 per day, for the same number of days,
- if there is a permanent impairment, an invalidity benefit – this can only be assessed later, usually after about a year.

To pay the hospital benefits, we need the hospital's discharge letter or a stay confirmation with the admission and discharge dates. You can upload it in the portal under the claim number or send it by post.

Get well soon!

Kind regards,
Grace Whitfield

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Kyle Henderson <kyle.henderson@usmail.example>",
               "Your accident on 11 September – claim UV-S-2026-0437", d(14, 11, 18), body,
               mailer=OUTLOOK_EN, seed="d203-60")


@mail(61, "NORMAL", "en", "internal",
      "logistics for an info session at the air base (ICS): badges, flyers, car; staff names only")
def _():
    p = S["whitfield"]
    body = T("""
Hi Rebecca, hi Jan,

the housing office confirmed our info session for newcomers on Tuesday, 6 October, 2 to 4 pm, in the Community Center (building 210). Invite attached.

To do:
- Base access: Mr. Delgado needs our full names and ID numbers by 29 September for the visitor passes. Please send me a photo of your ID card privately, not to the team mailbox.
- Flyers: 150 each of liability/household and motor (English versions). Jan, can you order them from the print shop?
- Pool car: I've booked the Skoda for 12:45 to 17:00.
- Laptop and the small projector from IT.

Rebecca will do liability and household, I'll do motor and claims, Jan covers questions about brokers. No health or life topics this time – the base asked us to keep it to property and car.

Thanks!
Grace

""") + p.sig
    ics = T("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000070F1A2B3C4D5DB01000000000000000010000000
DTSTAMP:20260914T091500Z
DTSTART:20261006T120000Z
DTEND:20261006T140000Z
SUMMARY;LANGUAGE=en-US:Newcomers' info session Talheide AB (housing office)
LOCATION;LANGUAGE=en-US:Community Center\\, building 210\\, Talheide Air Base
ORGANIZER;CN="Whitfield, Grace":mailto:grace.whitfield@hohenmoorer.example
ATTENDEE;CN="Müller-Thal, Rebecca";RSVP=TRUE:mailto:rebecca.mueller-thal@hohenmoorer.example
ATTENDEE;CN="Petersen, Jan";RSVP=TRUE:mailto:jan.petersen@hohenmoorer.example
DESCRIPTION;LANGUAGE=en-US:Leave Marktplatz 12:45 with the pool car.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")
    return msg(p.hdr, '"Müller-Thal, Rebecca" <rebecca.mueller-thal@hohenmoorer.example>, '
               '"Petersen, Jan" <jan.petersen@hohenmoorer.example>',
               "Info session at the base on 6 October", d(14, 11, 50), body,
               mailer=OUTLOOK_EN, seed="d203-61", atts=[att_ics(ics, "Info_session_6_Oct.ics")])


@mail(62, "NORMAL", "de", "insurer-to-assessor",
      "trap: coordination of the assessor pool after the hail storm: regions, fees, photo standard, deadlines; orders come separately, no addresses")
def _():
    p = S["albrecht"]
    body = T("""
Sehr geehrte Damen und Herren,

vielen Dank, dass Sie uns nach dem Hagel vom 10.09. so kurzfristig unterstützen. Damit alle nach denselben Regeln arbeiten, hier die Absprachen aus unserer Telefonkonferenz:

1. Gebiete
   - SV-Büro Haas: Oberwied und Kernstadt Hohenmoor
   - Ingenieurbüro Kettler: Talheide
   - Sachverständige Neuhaus & Partner: Niederbach und Umland

2. Aufträge erhalten Sie ausschließlich einzeln über das SV-Portal, mit Schadennummer und Kontaktdaten. Bitte keine Kundenlisten per E-Mail austauschen.

3. Vergütung: Pauschale 180 € netto je Besichtigung bis 10.000 € Schadenhöhe, darüber nach Honorartabelle 2025. Fahrtkosten sind enthalten.

4. Fotostandard: Übersicht Gebäude (alle Seiten), Detail mit Maßstab, Hagelkorngröße soweit noch erkennbar, Dach nur mit Drohne oder vom Gerüst – keine Begehung ungesicherter Dächer!

5. Fristen: Besichtigung innerhalb von 5 Arbeitstagen nach Auftrag, Bericht innerhalb von weiteren 5 Arbeitstagen. Bei Notmaßnahmen (offenes Dach) bitte sofort.

6. Abschlagszahlungen bis 3.000 € können Sie vor Ort zusagen, wenn der Schaden eindeutig ist.

Bei Fragen bin ich ab heute wieder erreichbar; vertreten werde ich von Herrn Maas.

Mit freundlichen Grüßen
Thomas Albrecht

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "SV-Büro Haas <auftrag@sv-haas.example>",
               "Hagel 10.09. – Absprachen SV-Pool", d(14, 13, 10), body,
               cc="Ingenieurbüro Kettler <info@ib-kettler.example>, "
                  "Neuhaus & Partner <sv@neuhaus-partner.example>",
               mailer=OUTLOOK_DE, seed="d203-62")

# --- Tuesday, 15 September 2026 ---------------------------------------------

@mail(63, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's mail forwarded inline: wants to cancel her dental supplement because she has breast cancer and is in chemotherapy")
def _():
    p = S["neumann"]
    body = T("""
Hallo Sandra,

Frau Stahl (Mail unten) fragt, ob sie ihre ZahnPlus ruhen lassen kann statt zu kündigen. Ich weiß nicht, ob wir da eine Beitragspause oder Anwartschaft anbieten – kannst du ihr bitte antworten? Sie hat auch angerufen, war sehr aufgelöst.

Danke!
Julia

""") + p.sig + T("""


Von: Marion Stahl <marion.stahl@netpost.example>
Gesendet: Montag, 14. September 2026 20:15
An: info@hohenmoorer.example
Betreff: Kündigung Zahnversicherung

Sehr geehrte Damen und Herren,

hiermit möchte ich meine Zahnzusatzversicherung ZahnPlus (Vers.-Nr. KZ 810 33561-01) zum nächstmöglichen Termin kündigen.

Ich habe im Juni die Diagnose Brustkrebs bekommen und bin seit Juli in Chemotherapie, danach kommt noch die Bestrahlung. Ich kann voraussichtlich bis nächstes Jahr nicht arbeiten und muss jetzt leider überall sparen. Eigentlich wollte ich die Versicherung behalten, weil ich im Frühjahr eine Brücke machen lassen wollte, aber das geht jetzt sowieso nicht.

Kann man den Vertrag vielleicht auch ruhen lassen, und wenn ich wieder gesund bin weitermachen ohne neue Wartezeit?

Mit freundlichen Grüßen
Marion Stahl
Talstraße 8
55768 Hohenmoor
""")
    return msg(p.hdr, '"Mertes, Sandra" <sandra.mertes@hohenmoorer.example>',
               "WG: Kündigung Zahnversicherung", d(15, 8, 12), body, mailer=OUTLOOK_DE,
               seed="d203-63")


@mail(64, "NORMAL", "de", "insurer-to-press",
      "trap: press release (PDF) on the hail storm: number of claims, estimated loss, advance payments, hotline; aggregates only")
def _():
    p = S["sommer"]
    body = T("""
Liebe Frau Engels,

wie besprochen anbei unsere Pressemitteilung zum Hagel von letzter Woche, gern auch für die Samstagsausgabe. Für ein Foto von der Hagelstraße beim Autohaus Pfeiffer können Ihre Fotografen am Donnerstag zwischen 10 und 12 Uhr vorbeikommen; bitte keine Kennzeichen oder Kunden erkennbar abbilden.

Herr Scholl steht für ein kurzes Statement telefonisch zur Verfügung, am besten morgen zwischen 14 und 15 Uhr.

Viele Grüße
Ulrike Sommer

""") + p.sig + "\n\n" + FOOTER_DE
    pm = pdf([
        "# Pressemitteilung",
        "Hohenmoorer Versicherung a.G. · Hohenmoor, 15. September 2026",
        "",
        "## Hagel vom 10. September: Hohenmoorer zahlt erste Abschläge – über 3.100 Schäden gemeldet",
        "",
        "Nach dem Hagelunwetter in der Nacht zum 10. September haben Kundinnen und Kunden der Hohenmoorer "
        "Versicherung bis Montagabend 3.140 Schäden gemeldet. Betroffen sind vor allem Autos (rund 1.800), "
        "Dächer, Wintergärten und Rollläden in Talheide, Niederbach und Oberwied. Die Versicherung rechnet "
        "nach heutigem Stand mit einem Gesamtschaden von 16 bis 20 Millionen Euro – das größte Schadenereignis "
        "in der 128-jährigen Geschichte des Hauses.",
        "",
        "„Wir sind vor Ort, und wir zahlen schnell“, sagt Vorstandsvorsitzender Martin Scholl. Bei eindeutigen "
        "Gebäudeschäden zahlt die Hohenmoorer bereits Abschläge bis 3.000 Euro, bevor ein Sachverständiger den "
        "Schaden gesehen hat. Für Fahrzeuge ist beim Autohaus Pfeiffer in Hohenmoor seit Dienstag eine "
        "Hagelstraße in Betrieb, in der täglich bis zu 180 Autos begutachtet werden.",
        "",
        "Tipps für Betroffene:",
        "- Schäden fotografieren und über das Kundenportal oder die Hotline 06571 4471-0 melden.",
        "- Offene Dächer sofort provisorisch sichern lassen; die Kosten sind versichert.",
        "- Keine Haustürgeschäfte mit unbekannten „Dachdeckern“ abschließen.",
        "",
        "Die Hotline ist bis auf Weiteres montags bis freitags bis 20 Uhr und samstags von 9 bis 16 Uhr erreichbar.",
        "",
        "Pressekontakt: Ulrike Sommer, Unternehmenskommunikation, Tel. 06571 4471-120, presse@hohenmoorer.example",
    ], title="Pressemitteilung Hagel 15.09.2026", author="Ulrike Sommer",
        created=(2026, 9, 15, 9, 0, 0), producer="Microsoft Word 2021")
    return msg(MB["presse"], '"Engels, Martina" <redaktion@anzeiger-hohenmoor.example>',
               "Pressemitteilung: Hagel – Hohenmoorer zahlt erste Abschläge", d(15, 9, 40), body,
               sender=p.hdr, mailer=OUTLOOK_DE, seed="d203-64",
               atts=[att_pdf(pm, "PM_Hagel_2026-09-15.pdf")])


@mail(65, "CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage claim of a named customer: lost suitcase, airline report, policy and claim numbers, item list")
def _():
    p = S["roth"]
    body = T("""
Dear Ms. Turner,

thank you for your claim form for the suitcase that didn't arrive in Frankfurt on 2 September. We've registered it as follows:

  Claim number:   R-2026-0871
  Policy:         RG-2026-03377 (annual travel baggage insurance, family)
  Flight:         TA 417 Orlando – Frankfurt, 2 September 2026
  Airline report: Property Irregularity Report FRA-TA-58213

Airlines treat a bag as lost only after 21 days, which will be on 23 September. Until then, the airline is still searching, and only after that does your claim against the airline come first; we then pay what the airline doesn't.

What we can already pay now are your emergency purchases (up to EUR 300). You listed clothes and toiletries for EUR 212.40 – please send the receipts.

For the contents of the suitcase, please also send us:
- the airline's final answer (or their compensation offer), once you have it,
- receipts or photos for the more expensive items on your list (the tablet and the two pairs of sneakers),
- the baggage tag receipt.

If the suitcase turns up in the meantime, please let me know.

Kind regards,
Daniela Roth

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Ashley Turner <ashley.turner@usmail.example>",
               "Your lost suitcase – claim R-2026-0871", d(15, 10, 31), body,
               mailer=OUTLOOK_EN, seed="d203-65")


@mail(66, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel cancellation because the named customer's mother had a heart attack and is in intensive care; documents requested")
def _():
    p = S["roth"]
    body = T("""
Dear Mr. Okafor,

I'm very sorry to hear about your mother, and I hope she is recovering.

We've opened a claim under your travel cancellation insurance (policy RR-2026-02215, claim R-2026-0884) for the trip to Lisbon from 20 to 27 September, which you cancelled on 9 September after your mother, Mrs. Comfort Okafor, suffered a heart attack on 8 September and was admitted to the intensive care unit of Wythenshawe Hospital in Manchester.

A serious illness of a close relative is an insured reason for cancellation. To settle the claim we need:

1. the cancellation invoice of the travel agency (you mentioned EUR 1,840 for two persons),
2. a short medical certificate from the hospital confirming the admission on 8 September and that the illness was serious and unexpected – our form is attached to the letter we sent today by post; the doctors can fill it in in English,
3. your mother's consent for the hospital to give us this information (on the same form),
4. a copy of your booking confirmation.

We don't need any detailed medical records – just the confirmation.

Please take your time; the claim stays open until we have everything.

Kind regards,
Daniela Roth

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Daniel Okafor <daniel.okafor@mailbox.example>",
               "Cancellation of your trip to Lisbon – claim R-2026-0884", d(15, 11, 48), body,
               mailer=OUTLOOK_EN, seed="d203-66")


@mail(67, "NORMAL", "de", "internal",
      "trap: new motor type classes 2027 for popular local models and how to answer customer questions; statistics only, no persons")
def _():
    p = S["kraemer"]
    body = T("""
Hallo Kfz-Team,

die neue Typklassenstatistik für 2027 ist veröffentlicht. Für unseren Bestand sind vor allem diese Modelle interessant (Haftpflicht / Vollkasko, jeweils alt → neu):

  VW Golf VIII 1.5 TSI          17 → 16   /  19 → 20
  Skoda Octavia Combi 2.0 TDI   18 → 18   /  20 → 21
  VW Tiguan 2.0 TDI             19 → 20   /  22 → 22
  Ford Focus 1.0 EcoBoost       16 → 15   /  18 → 18
  Toyota RAV4 Hybrid            17 → 18   /  21 → 22
  Tesla Model 3                 15 → 16   /  25 → 26

Grundlage ist wie immer der Schadenbedarf je Modell über drei Jahre, also Schadenhäufigkeit und -höhe inklusive Personenschäden. Die Veränderungen wirken sich auf die Beitragsrechnungen zum 01.01.2027 aus, die Ende Oktober rausgehen.

Wenn Kunden anrufen: Die Typklasse hat nichts mit dem eigenen Fahrverhalten zu tun, und ein Hagelschaden in diesem Jahr beeinflusst weder Typklasse noch SF-Klasse. Einen Textbaustein dazu lege ich bis Freitag im Vorlagenordner ab.

Viele Grüße
Sabine

""") + p.sig
    return msg(p.hdr, "Team Kraftfahrt <kfz-team@hohenmoorer.example>",
               "Typklassen 2027 – was sich für unsere Kunden ändert", d(15, 14, 5), body,
               mailer=OUTLOOK_DE, seed="d203-67")


@mail(68, "CONFIDENTIAL", "de", "internal",
      "fleet claims list (XLSX) of a commercial customer with named drivers, plates and amounts for the renewal talks; no injuries")
def _():
    p = S["kraemer"]
    body = T("""
Hallo Stefan,

für dein Gespräch mit Spedition Kessler nächste Woche hier die Schadenliste der Flotte FL-2201 für die letzten drei Jahre. Schadenquote 2024–2026 kumuliert 118 %, getrieben vor allem von Rangierschäden auf dem Betriebshof und zwei Auffahrunfällen auf der A 61. Personenschäden gab es keine.

Auffällig ist, dass drei Fahrer für mehr als die Hälfte der Schäden stehen. Vielleicht kann man mit Herrn Kessler über ein Fahrsicherheitstraining reden statt nur über den Beitrag.

Gruß
Sabine

""") + p.sig
    rows = [
        ["Datum", "Kennzeichen", "Fahrer", "Schadenart", "Zahlung EUR", "Reserve EUR", "Status"],
        ["14.02.2024", "HOM-SK 210", "Dariusz Wójcik", "Rangierschaden Tor Betriebshof", 3840.00, 0, "erledigt"],
        ["02.05.2024", "HOM-SK 214", "Thomas Brenk", "Auffahrunfall A 61, Gegner Pkw", 7215.60, 0, "erledigt"],
        ["19.09.2024", "HOM-SK 210", "Dariusz Wójcik", "Spiegel/Plane an Rampe", 1190.00, 0, "erledigt"],
        ["07.01.2025", "HOM-SK 221", "Ivan Petrov", "Glatteis, Leitplanke", 5480.00, 0, "erledigt"],
        ["23.06.2025", "HOM-SK 214", "Thomas Brenk", "Rangierschaden Kunde Lager Oberwied", 2960.40, 0, "erledigt"],
        ["11.11.2025", "HOM-SK 230", "Ivan Petrov", "Auffahrunfall A 61, Gegner Lkw", 14800.00, 2500, "offen"],
        ["30.03.2026", "HOM-SK 210", "Dariusz Wójcik", "Ladebordwand beschädigt", 2210.00, 0, "erledigt"],
        ["10.09.2026", "diverse (6 Fzg.)", "– (geparkt)", "Hagel Betriebshof", 0, 18500, "offen"],
    ]
    x = xlsx([("FL-2201", rows)], title="Schadenliste Flotte FL-2201 Spedition Kessler",
             creator="Sabine Krämer", created="2026-09-15T13:02:00Z")
    return msg(p.hdr, '"Lauer, Stefan" <stefan.lauer@hohenmoorer.example>',
               "Schadenliste Flotte Kessler FL-2201", d(15, 15, 20), body, mailer=OUTLOOK_DE,
               seed="d203-68", atts=[att_xlsx(x, "Schadenliste_FL-2201_2024-2026.xlsx")])


# --- Wednesday, 16 September 2026 -------------------------------------------

@mail(69, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "dental: query to the dentist about a named patient's treatment plan (implants 36/37, bone augmentation, GOZ factors) with birth date")
def _():
    p = S["oberle"]
    body = T("""
Sehr geehrte Frau Dr. Vogelsang,

Ihr Patient Herr Thorsten Maibach, geb. 06.01.1968 (bei uns versichert unter KV 700 64410-01), hat uns Ihren Heil- und Kostenplan vom 01.09.2026 zur Prüfung vorgelegt. Geplant sind:

- Implantate regio 36 und 37 (GOZ 9010, je 3,5-fach)
- Knochenaufbau/Augmentation regio 36–37 (GOZ 9100, 3,5-fach)
- Suprakonstruktion: zwei implantatgetragene Vollkeramikkronen
- geschätzte Gesamtkosten: 7.860,00 € inkl. Material- und Laborkosten

Bevor wir Herrn Maibach eine Zusage geben, bitten wir Sie um zwei Ergänzungen:

1. Für den 3,5-fachen Satz fehlt bei allen Positionen eine patientenbezogene Begründung nach § 5 Abs. 2 GOZ. Bitte ergänzen Sie diese.
2. Bitte teilen Sie uns kurz mit, warum neben 36 auch 37 implantologisch versorgt werden soll; laut beigefügtem OPG-Befund ist 37 seit 2019 fehlend und der Gegenkiefer verkürzt. Eine Versorgung bis zum ersten Molaren wäre nach unseren Unterlagen ausreichend.

Sobald uns Ihre Angaben vorliegen, erhält Herr Maibach unsere Stellungnahme innerhalb von fünf Arbeitstagen.

Mit freundlichen Grüßen
Markus Oberle

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, '"Zahnarztpraxis Dr. Vogelsang" <praxis@zahnarzt-vogelsang.example>',
               "Heil- und Kostenplan vom 01.09.2026 – Ihr Patient Herr Maibach", d(16, 8, 50),
               body, mailer=OUTLOOK_DE, seed="d203-69")


@mail(70, "NORMAL", "en", "insurer-to-partner",
      "trap: treaty renewal draft and anonymised large-loss list (XLSX) for the reinsurer, incl. motor bodily injury by age band; no identifiable persons")
def _():
    p = S["ritter"]
    body = T("""
Dear Priya, dear Tom,

ahead of our meeting on 6 October, please find attached the large-loss list 2021-2026 for the property and motor XL treaties. As agreed, motor bodily injury claims are anonymised (claimant age band and injury category only); the commercial property losses are listed with the occupancy but without the policyholder's name.

A few notes:

- The June 2025 hail event is shown as one event (EUR 6.1m gross). The September 2026 event is not in the list yet; our current estimate is EUR 16-20m gross, we'll send a separate event notification.
- Motor BI: the two large 2024 claims (paraplegia category, claimant age bands 18-24 and 35-44) are still reserved at EUR 2.4m and EUR 1.7m. No change since the last report.
- The 2023 commercial fire (bakery) is closed at EUR 1.14m.

Our wish list for 2027 is unchanged from my mail in August: same structure, retention EUR 5m for property cat, and we'd like to discuss an aggregate cover for frequency hail.

Best regards,
Sven

""") + p.sig + "\n\n" + FOOTER_EN
    rows = [
        ["Year", "Line", "Event / occupancy", "Cause", "Gross incurred EUR", "Status",
         "BI: claimant age band", "BI: injury category"],
        [2021, "Motor TPL", "single vehicle", "collision", 880000, "closed", "45-54", "multiple fractures"],
        [2022, "Property", "farm building", "fire", 640000, "closed", "", ""],
        [2023, "Property", "bakery", "fire", 1140000, "closed", "", ""],
        [2024, "Motor TPL", "passenger car vs. motorcycle", "collision", 2400000, "open",
         "18-24", "paraplegia"],
        [2024, "Motor TPL", "passenger car vs. cyclist", "collision", 1700000, "open",
         "35-44", "paraplegia"],
        [2025, "Property cat", "hail event June 2025 (1,108 claims)", "hail", 6100000, "open", "", ""],
        [2025, "Commercial", "metalworking shop", "machinery breakdown", 520000, "closed", "", ""],
        [2026, "Property", "residential building", "lightning / fire", 455000, "open", "", ""],
    ]
    x = xlsx([("Large losses 2021-2026", rows)], title="Large-loss list Hohenmoorer 2021-2026",
             creator="Sven Ritter", created="2026-09-16T07:30:00Z")
    return msg(p.hdr, "Priya Raman <priya.raman@nordatlantic-re.example>",
               "Renewal 2027 – large-loss list", d(16, 9, 35), body,
               cc="Tom Avery <tom.avery@nordatlantic-re.example>",
               cte="8bit", flowed=True, mailer=THUNDERBIRD, seed="d203-70",
               atts=[att_xlsx(x, "Hohenmoorer_large_losses_2021-2026.xlsx")])


@mail(71, "CONFIDENTIAL", "en", "broker",
      "broker's request forwarded inline: new motor customer with US-format birth date, address, VIN and claims-free years")
def _():
    p = S["mthal"]
    body = T("""
Hallo Sabine,

noch ein Neukunde von Pinnacle für Kfz, bitte eVB und Angebot. Die SF-Einstufung nach dem US-Schreiben machst du ja ohnehin, das Original hat der Kunde bei Mark abgegeben.

Danke!
Rebecca

""") + p.sig + T("""

-----Original Message-----
From: Mark Haddad <mark.haddad@pinnacle-ris.example>
Sent: Wednesday, September 16, 2026 8:41 AM
To: International Desk <international@hohenmoorer.example>
Subject: New motor client – SSgt Jerome Whitaker

Hi team,

please quote motor liability + comprehensive (deductible 300/150) for:

Name: Jerome Whitaker (SSgt, USAF)
DOB: 03/22/1991
Address: Am Wiesenhang 17, 55768 Hohenmoor-Talheide
Phone: +49 152 5550 7719
Vehicle: Jeep Grand Cherokee Limited 2021, VIN 1C4RJFBG5MC612345, to be registered with German plates
Previous insurer: Liberty Eagle Auto (Texas), 8 years claims-free, letter attached to his file
Start: 1 October 2026
Annual mileage: 12,000 km, garage at home: no

He'd like the eVB this week if possible so he can go to the registration office on Monday.

Thanks,
Mark

Mark Haddad
Pinnacle Relocation Insurance Services GmbH
""")
    return msg(p.hdr, '"Krämer, Sabine" <sabine.kraemer@hohenmoorer.example>',
               "WG: New motor client – SSgt Jerome Whitaker", d(16, 10, 12), body,
               mailer=OUTLOOK_DE, seed="d203-71")


@mail(72, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "attachment only: minutes (DOCX) of the disability case conference with named claimants, diagnoses (F43.2, G35) and decisions; body harmless")
def _():
    p = S["brandt"]
    body = T("""
Hallo zusammen,

anbei das Protokoll unserer Fallkonferenz von gestern. Ergänzungen oder Korrekturen bitte bis Freitag an mich, dann lege ich es in den Akten ab.

Danke und Gruß
Florian

""") + p.sig
    doc = docx([
        "# Protokoll Fallkonferenz BU-Leistung",
        "Datum: 15.09.2026, 14:00–15:30 Uhr, Raum 3.02",
        "Teilnehmende: Dr. med. Jutta Wendling, Florian Brandt, Nina Osterkamp, Lars Heppner",
        "## 1. BU-L-2026-0147 – Ralf Meisenheimer (Lagerlogistiker)",
        "Bandscheibenvorfall L5/S1, seit 03/2026 arbeitsunfähig. Befundbericht der Hausärztin angefordert "
        "(02.09.), MRT liegt vor. Dr. Wendling: Operation wurde abgelehnt, konservative Therapie, Prognose offen. "
        "Beschluss: Befundbericht abwarten, dann ggf. orthopädisches Gutachten.",
        "## 2. BU-L-2025-0311 – Melanie Fuchs (Lehrerin)",
        "Anpassungsstörung nach Mobbing (F43.2), seit 11/2025 krankgeschrieben, ambulante Psychotherapie "
        "seit 01/2026. Reha-Entlassungsbericht: „arbeitsfähig in 3–6 Monaten“. Beschluss: Leistungsantrag "
        "derzeit ablehnen, da keine Prognose über 6 Monate; Wiedervorlage 01/2027. Schreiben formuliert Herr Heppner.",
        "## 3. BU-L-2024-0208 – Jörg Anheuser (Elektroniker) – Nachprüfung",
        "Multiple Sklerose (G35), schubförmig, seit 2024 anerkannt. Neuer Befund Neurologie 08/2026: weitere "
        "Progredienz, EDSS 4,5. Beschluss: Nachprüfung ohne Änderung abschließen, nächste Nachprüfung 2028.",
        "## 4. Sonstiges",
        "Neue Vorlage Schweigepflichtentbindung ab 01.10. verwenden (Datenschutz hat freigegeben).",
        "| Aufgabe | Wer | Bis",
        "| Schreiben Fuchs | L. Heppner | 25.09.2026",
        "| Gutachterauftrag Meisenheimer vorbereiten | F. Brandt | nach Eingang Bericht",
        "| Nachprüfung Anheuser abschließen | N. Osterkamp | 30.09.2026",
    ], title="Fallkonferenz BU 15.09.2026", creator="Florian Brandt",
        created="2026-09-16T08:05:00Z")
    return msg(p.hdr, "Team BU-Leistung <bu-leistung@hohenmoorer.example>",
               "Protokoll Fallkonferenz 15.09.", d(16, 11, 40), body,
               cc='"Wendling, Jutta Dr." <jutta.wendling@hohenmoorer.example>',
               mailer=OUTLOOK_DE, seed="d203-72",
               atts=[att_docx(doc, "Protokoll_Fallkonferenz_2026-09-15.docx")])


@mail(73, "NORMAL", "de", "insurer-to-customer",
      "trap: portal registration notice: one-time password follows by letter; no contract data, generic greeting")
def _():
    body = T("""
Guten Tag,

vielen Dank für Ihre Registrierung im Hohenmoorer Kundenportal.

Aus Sicherheitsgründen senden wir Ihnen Ihr Einmal-Passwort (Initialpasswort) nicht per E-Mail, sondern per Brief an Ihre bei uns hinterlegte Postanschrift. Der Brief ist in 2 bis 3 Werktagen bei Ihnen.

So geht es weiter:
1. Melden Sie sich unter https://portal.hohenmoorer.example mit Ihrer E-Mail-Adresse und dem Einmal-Passwort an.
2. Vergeben Sie ein eigenes Passwort (mindestens 12 Zeichen).
3. Wählen Sie eine Sicherheitsfrage. Sie brauchen sie, falls Sie Ihr Passwort einmal vergessen.

Das Einmal-Passwort ist 14 Tage gültig. Danach können Sie jederzeit ein neues anfordern.

Sie haben sich nicht registriert? Dann ignorieren Sie diese E-Mail bitte oder informieren Sie uns unter 06571 4471-0.

Ihre Hohenmoorer Versicherung

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""")
    return msg(MB["portal"], "s.wilhelmi@webpost.example",
               "Ihre Registrierung im Hohenmoorer Kundenportal", d(16, 13, 21), body,
               mailer=HOVIS, seed="d203-73")


@mail(74, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor glass claim: short note to a named customer with plate, policy and claim number, deductible")
def _():
    p = S["kraemer"]
    body = T("""
Hallo Herr Dillinger,

kurze Bestätigung: Den Steinschlag in der Windschutzscheibe Ihres Ford Focus (HOM-JD 64) haben wir unter K-2026-03405 aufgenommen, Vertrag KR-4471-0088402, Teilkasko mit 150 € Selbstbeteiligung.

Ihr Termin bei Autoglas Hohenmoor ist am Freitag, 18.09., um 8:00 Uhr. Die Werkstatt rechnet direkt mit uns ab, Sie zahlen dort nur die Selbstbeteiligung – bzw. gar nichts, falls sich die Scheibe reparieren lässt.

Freundliche Grüße
Sabine Krämer

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Jörg Dillinger <joerg.dillinger@mailbox.example>",
               "Steinschlag HOM-JD 64", d(16, 15, 44), body, mailer=OUTLOOK_DE, seed="d203-74")


# --- Thursday, 17 September 2026 --------------------------------------------

@mail(75, "STRICTLY_CONFIDENTIAL", "en", "internal",
      "internal English note: named expat customer's son had a tonsillectomy; hospital and anaesthesia bills, how to process")
def _():
    p = S["whitfield"]
    body = T("""
Hi Markus,

could you help me with a claim on an Expat Health policy? I'm not sure how to process it.

Customer: Mrs. Rachel Sutter, policy IH-2025-00102 (family cover)
Patient: her son Noah Sutter, 6 years old
Treatment: tonsillectomy and adenoidectomy at the ENT department of the Kreiskrankenhaus Hohenmoor, in-patient 7 to 9 September 2026, after repeated tonsillitis (she says five times this year, with antibiotics each time)

Bills she sent:
1. Kreiskrankenhaus – general hospital services (DRG D30B?) EUR 3,112.40
2. Chief physician ENT, Dr. Hollweg – EUR 862.15
3. Anaesthesia, Dr. Rapp – EUR 345.80
4. Accommodation of a parent (rooming-in) – EUR 240.00

My questions: Is rooming-in for a parent covered for a 6-year-old? And does the anaesthesia bill go through even though the doctor isn't listed on the hospital's elective service agreement? She also asked whether Noah's follow-up visits at the ENT practice are covered without a referral.

I've put everything in the claim file, scans are in HOVIS under IH-2025-00102.

Thanks a lot!
Grace

""") + p.sig
    return msg(p.hdr, '"Oberle, Markus" <markus.oberle@hohenmoorer.example>',
               "Question on claim IH-2025-00102 (ENT surgery, child)", d(17, 8, 58), body,
               mailer=OUTLOOK_EN, seed="d203-75")


@mail(76, "NORMAL", "en", "insurer-to-prospect",
      "trap: prospect asks about visitor health insurance for her parents; answer with generic rates by age band and pre-existing-condition rules")
def _():
    p = S["mthal"]
    q = T("""
From: Dana Whitley <dana.whitley@usmail.example>
Sent: Wednesday, September 16, 2026 9:02 PM
To: international@hohenmoorer.example
Subject: Travel health insurance for visiting parents

Hi there,

my parents will be visiting us from Ohio for about six weeks over Christmas (both in their early seventies). Their US Medicare doesn't cover anything abroad. Do you have a travel health insurance for visitors to Germany? What would it cost and is there an age limit?

Thanks,
Dana
""")
    body = T("""
Dear Ms. Whitley,

thank you for your inquiry. Yes, we have a travel health insurance for visitors to Germany ("Visitor Health"). It covers medically necessary treatment by doctors and hospitals, medicines, emergency dental treatment and the medically necessary transport back home.

Premiums per person and per day (stays of up to 90 days):

  up to 64 years    EUR 1.60
  65–69 years       EUR 2.90
  70–74 years       EUR 3.80
  75–79 years       EUR 5.20

For six weeks (42 days) at age 70–74 that would be EUR 159.60 per person. There are no health questions up to age 79.

Please note: conditions that already exist when the insurance starts are only covered for acute, unexpected worsening – regular treatment of a known condition (for example routine check-ups or refilling prescriptions) is not covered. So it's best if your parents bring enough of their regular medication.

The insurance has to be taken out before your parents arrive; you can do that online at www.hohenmoorer.example/visitors, or drop by our International Desk on a Tuesday or Thursday.

Kind regards,
Rebecca Müller-Thal

""") + p.sig + "\n\n" + FOOTER_EN + "\n\n" + q
    return msg(MB["intl"], "Dana Whitley <dana.whitley@usmail.example>",
               "RE: Travel health insurance for visiting parents", d(17, 10, 4), body,
               sender=p.hdr, mailer=OUTLOOK_EN, seed="d203-76",
               in_reply_to="<CAE3jW9k1vX7yQ@usmail.example>")

@mail(77, "NORMAL", "en", "internal",
      "trap: English renewal letter template with [Name], [policy number], [IBAN last 4] placeholders for review; no data")
def _():
    p = S["mthal"]
    body = T("""
Hi Grace,

below is my draft of the English courtesy letter that goes out with the German renewal notice for household and liability. HOVIS fills in the fields in square brackets. Could you read it with native eyes? Especially the direct debit paragraph sounds a bit stiff to me.

----- draft -----

Dear [Salutation] [Last name],

your [product] insurance, policy number [policy number], will be renewed on [renewal date]. Your new annual premium is EUR [premium], payable [payment frequency].

What changes: [change text, e.g. "Your sum insured has been adjusted to the current value index."]

We will collect the premium by SEPA direct debit from your account ending in [IBAN last 4], as authorised in your mandate [mandate reference]. If your bank details have changed, please let us know at least two weeks before the due date.

If you have moved, or if you are leaving Germany (PCS), you can cancel your policy with one month's notice to the end of any month. Just send us a copy of your orders.

Kind regards,
[Clerk name]
International Desk

----- end of draft -----

I'd like to give it to IT for the October run, so any comments by Tuesday would be great.

Thanks,
Rebecca

""") + p.sig
    return msg(p.hdr, '"Whitfield, Grace" <grace.whitfield@hohenmoorer.example>',
               "Draft: English renewal letter (household/liability)", d(17, 11, 37), body,
               mailer=OUTLOOK_DE, seed="d203-77")


@mail(78, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "occupational pension (direct insurance, life line): statement and options for a named insured after a job change; capital and guaranteed pension")
def _():
    p = S["vogt"]
    body = T("""
Sehr geehrter Herr Bergweiler,

Ihr bisheriger Arbeitgeber, die Autohaus Pfeiffer GmbH, hat uns mitgeteilt, dass Ihr Arbeitsverhältnis am 31.08.2026 geendet hat. Ihre Direktversicherung aus Entgeltumwandlung geht damit auf Sie über. Hier der aktuelle Stand:

  Vertrag:                      LV-BAV-2012-00871 (Direktversicherung, Rentenversicherung)
  Versicherte Person:           Timo Bergweiler
  Beitrag bisher:               124,00 € monatlich (Entgeltumwandlung)
  Deckungskapital zum 01.09.:   18.742,11 €
  Garantierte Rente ab 67:      96,40 € monatlich (bei Beitragsfreistellung)
  Garantierte Rente ab 67:      187,15 € monatlich (bei Fortführung mit 124,00 €)

Die Anwartschaft ist unverfallbar. Sie haben jetzt drei Möglichkeiten:

1. Übertragung auf Ihren neuen Arbeitgeber: Wenn Ihr neuer Arbeitgeber ebenfalls eine Direktversicherung anbietet, kann das Kapital nach dem Übertragungsabkommen ohne Abzüge dorthin übertragen werden. Bitte nennen Sie uns dazu den neuen Arbeitgeber und dessen Versicherer.
2. Private Fortführung: Sie zahlen die Beiträge selbst weiter (dann aus versteuertem Einkommen; die Leistungen bleiben in der Auszahlphase beitragspflichtig in der Kranken- und Pflegeversicherung der Rentner).
3. Beitragsfreistellung: Der Vertrag ruht, das Kapital wird weiter verzinst.

Wenn wir bis zum 31.10.2026 nichts von Ihnen hören, stellen wir den Vertrag beitragsfrei. Ein Rückkauf ist bei Entgeltumwandlung gesetzlich ausgeschlossen.

Ich berate Sie gern auch telefonisch.

Mit freundlichen Grüßen
Andreas Vogt

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Timo Bergweiler <timo.bergweiler@netpost.example>",
               "Ihre Direktversicherung LV-BAV-2012-00871 nach dem Arbeitgeberwechsel",
               d(17, 13, 8), body, mailer=OUTLOOK_DE, seed="d203-78")


@mail(79, "NORMAL", "de", "internal",
      "trap: IT phishing warning quoting a fake mail about an expiring health insurance card; no real persons (flowed)")
def _():
    p = S["stein"]
    body = T("""
Hallo zusammen,

seit heute Morgen gehen an mehrere Postfächer (u. a. info@ und schaden@) Phishing-Mails, die angeblich von uns selbst stammen. Sie sehen ungefähr so aus:

    Von: Hohenmoorer Kundenservice <service@hohenmoorer-kundenservice.example>
    Betreff: Ihre Krankenversicherungskarte läuft ab – Bestätigung erforderlich

    Sehr geehrte/r Versicherte/r,
    Ihre elektronische Gesundheitskarte verliert am 30.09. ihre Gültigkeit.
    Bitte bestätigen Sie innerhalb von 48 Stunden Ihre Daten (Versichertennummer,
    Geburtsdatum, IBAN), sonst werden Arztrechnungen nicht mehr erstattet:
    https://hohenmoorer-kundenservice.example/karte

Das ist nicht von uns! Merkmale: falsche Absenderdomain (wir schreiben nur von @hohenmoorer.example), Zeitdruck, und wir fragen nie per Mail nach IBAN oder Geburtsdatum.

Bitte:
- nicht auf den Link klicken, keine Anhänge öffnen,
- die Mail über den Button „Phishing melden“ in Outlook melden und dann löschen,
- wenn Kunden anrufen und nach so einer Mail fragen: beruhigen, nicht eingeben lassen, ggf. Passwort im Kundenportal ändern lassen.

Wir haben die Domain auf dem Gateway bereits gesperrt; einzelne Mails können trotzdem durchrutschen.

Wer schon geklickt hat: bitte sofort bei uns melden (Durchwahl -170), ohne schlechtes Gewissen.

Heiko

""") + p.sig
    return msg(MB["it"], MB["alle"], "Achtung Phishing: „Ihre Krankenversicherungskarte läuft ab“",
               d(17, 14, 10), body, sender=p.hdr, cte="8bit", flowed=True, mailer=THUNDERBIRD,
               seed="d203-79", headers=[("Importance", "high")])


@mail(80, "CONFIDENTIAL", "de", "insurer-to-company",
      "commercial renewal offer to a family-run bakery company with named managing director: policy number, premiums, hail claim")
def _():
    p = S["lauer"]
    body = T("""
Sehr geehrter Herr Hüttner,

vielen Dank für das offene Gespräch am Montag. Wie besprochen erhalten Sie hier unser Verlängerungsangebot für Ihre Geschäftsversicherung GS 60 004 118-0 ab dem 01.01.2027:

  Inhaltsversicherung (Einrichtung, Öfen, Kühlanlagen, Vorräte)   Versicherungssumme 420.000 €
  Betriebsunterbrechung, Haftzeit 12 Monate                         Versicherungssumme 610.000 €
  Elementar (inkl. Starkregen), Selbstbeteiligung 10 %, mind. 2.500 €
  Betriebshaftpflicht (inkl. Produkthaftpflicht)                   Deckungssumme 5 Mio. €

  Jahresbeitrag bisher:   6.912,40 € zzgl. VersSt
  Jahresbeitrag neu:      7.485,00 € zzgl. VersSt

Die Erhöhung ergibt sich aus der Anpassung der Summen an den Wiederbeschaffungswert (neuer Etagenofen) und zu einem kleineren Teil aus dem Hagelschaden an der Lüftungsanlage vom 10.09. (Schaden G-2026-0311, Reserve derzeit 23.800 €).

Alternativ können wir die Selbstbeteiligung in der Inhaltsversicherung von 500 € auf 1.000 € anheben; dann liegt der Beitrag bei 7.120,00 €.

Bitte geben Sie mir bis zum 15.10. Bescheid, welche Variante Sie möchten.

Mit freundlichen Grüßen
Stefan Lauer

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Bernd Hüttner <b.huettner@baeckerei-huettner.example>",
               "Verlängerungsangebot Geschäftsversicherung GS 60 004 118-0", d(17, 15, 30),
               body, mailer=OUTLOOK_DE, seed="d203-80")


# --- Friday, 18 September 2026 (company outing) ----------------------------

@mail(81, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "group accident: employer told about its named employee's circular-saw injury (finger amputation, tendon injury) and benefits")
def _():
    p = S["jungbluth"]
    body = T("""
Sehr geehrte Frau Dahm,

vielen Dank für die Unfallmeldung zu Ihrem Mitarbeiter Herrn Leon Schreiber aus der Gruppenunfallversicherung GU 70 000 912-4.

Nach Ihrer Schilderung hat sich Herr Schreiber am 08.09.2026 in der Werkstatt an der Formatkreissäge verletzt. Er wurde in die BG Unfallklinik Ludwigshafen gebracht; dort musste der rechte Zeigefinger im Mittelglied amputiert werden, außerdem wurde eine Beugesehne am Mittelfinger genäht. Das tut uns sehr leid.

Aus der Gruppenunfallversicherung stehen Herrn Schreiber – nicht dem Betrieb – folgende Leistungen zu:

- Krankenhaustagegeld von 30 € je Tag des stationären Aufenthalts,
- eine Invaliditätsleistung; für den Verlust des Zeigefingers sieht die Gliedertaxe 10 % vor, die Funktionsstörung des Mittelfingers wird zusätzlich bemessen,
- ggf. ein Vorschuss, sobald die Heilbehandlung abgeschlossen ist.

Damit wir direkt mit Herrn Schreiber abrechnen können, brauchen wir seine Einwilligung zur Datenübermittlung, eine Schweigepflichtentbindung für die BG Klinik und seine Bankverbindung. Die Formulare schicken wir ihm – Ihr Einverständnis vorausgesetzt – direkt nach Hause. Bitte geben Sie uns dazu seine Anschrift.

Die Meldung an die Berufsgenossenschaft haben Sie ja bereits gemacht; unsere Leistungen kommen unabhängig davon hinzu.

Mit freundlichen Grüßen
Petra Jungbluth

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Kerstin Dahm <k.dahm@schreinerei-dahm.example>",
               "Unfallmeldung GU 70 000 912-4 – Herr Schreiber", d(18, 8, 10), body,
               mailer=OUTLOOK_DE, seed="d203-81")


@mail(82, "NORMAL", "en", "insurer-to-supplier",
      "trap: request for a quote to translate general policy terms incl. expat health wording (maternity, pre-existing conditions); no persons")
def _():
    p = S["sommer"]
    body = T("""
Dear Ms. Gallagher,

we'd like to ask LinguaPro for a quote for translating our general terms and conditions into English. The translations are courtesy versions for our English-speaking customers; the German text remains legally binding.

Scope:
1. Household contents insurance (VHB 2026) – approx. 9,800 words
2. Personal liability insurance (BBR PHV 2026) – approx. 7,200 words
3. Expat Health plan (AVB/MB-EH 2026) – approx. 14,500 words, including the sections on maternity, pre-existing conditions, psychotherapy and dental benefits

We'd need 1 and 2 by 30 October, 3 by 30 November. The source files are Word documents; we'll send them via your upload link once we've agreed on the quote. Please include a glossary with the insurance terms, which we'd like to reuse in our customer letters; our internal draft glossary is available if helpful.

The texts contain no customer data, so they can be handled by your normal translation team.

Kind regards,
Ulrike Sommer

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Fiona Gallagher <fiona.gallagher@linguapro.example>",
               "Request for quote – translation of policy terms (DE > EN)", d(18, 8, 31), body,
               mailer=OUTLOOK_EN, seed="d203-82")


@mail(83, "CONFIDENTIAL", "en", "internal",
      "internal: details from a named customer's US no-claims letter (birth date, licence date, claims-free years) for the SF class")
def _():
    p = S["whitfield"]
    body = T("""
Hi Sabine,

I went through the no-claims letter Mr. Whitaker handed in at Pinnacle (Mark sent us the scan this morning), for the SF classification of his new motor policy:

  Name on letter:       Jerome A. Whitaker
  Date of birth:        22 March 1991
  Driver's licence:     Texas, first issued 14 August 2009
  Insurer:              Liberty Eagle Auto, Austin TX, policy LEA-TX-5521870
  Insured with them:    from 1 July 2018 to 30 June 2026 (8 years)
  At-fault claims:      none; one glass claim 2022 (not at fault)
  Letter dated:         30 June 2026, signed by the underwriting department

So 8 full claims-free years, continuous cover, letter not older than 12 months – as far as I can see, that's SF 8 under our rules for foreign no-claims letters. The glass claim shouldn't count.

Could you confirm and issue the eVB? He wants to register the Jeep on Monday.

Thanks!
Grace

""") + p.sig
    return msg(p.hdr, '"Krämer, Sabine" <sabine.kraemer@hohenmoorer.example>',
               "Whitaker – US no-claims letter checked", d(18, 8, 49), body,
               mailer=OUTLOOK_EN, seed="d203-83")


@mail(84, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "family accident insurance: named child broke her elbow at school (supracondylar fracture S42.4, wires, cast); benefits")
def _():
    p = S["whitfield"]
    body = T("""
Dear Mrs. Robinson,

thank you for reporting Aaliyah's accident, and I hope she's coping well with the cast.

I've registered the claim under your family accident policy UV/25/0070044 as claim UV-S-2026-0449. From your report and the discharge letter: Aaliyah (8) fell from the climbing frame during recess at Talheide Elementary School on 14 September and broke her left upper arm just above the elbow (supracondylar humerus fracture, S42.4). It was set under anaesthesia at the Kreiskrankenhaus Hohenmoor and fixed with two wires; she stayed one night and has a cast for about four weeks.

Your policy provides for children:

- a flat "cast benefit" of EUR 150 for fractures treated with a cast – we'll pay this right away,
- a hospital daily allowance of EUR 30 for the one night,
- an invalidity benefit if any permanent impairment remains. In children, elbow fractures like this usually heal completely, so we'll only look at this again if the doctors see a problem at the end of treatment.

The EUR 180 will be transferred to your account within the next few days. Please let me know when the wires are removed, just for the file.

Wishing Aaliyah a quick recovery!

Kind regards,
Grace Whitfield

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Tamika Robinson <tamika.robinson@usmail.example>",
               "Aaliyah's accident at school – claim UV-S-2026-0449", d(18, 9, 15), body,
               mailer=OUTLOOK_EN, seed="d203-84")


@mail(85, "NORMAL", "de", "insurer-to-broker",
      "trap: broker circular on 2027 commission rates, a new disability product with simplified health questions and broker post; no persons")
def _():
    p = S["petersen"]
    body = T("""
Liebe Maklerpartnerinnen und Maklerpartner,

drei Themen für den Herbst:

1. Courtage 2027
Die Courtagesätze bleiben 2027 in allen Sach- und Haftpflichtsparten unverändert. In Kfz erhöhen wir die Abschlusscourtage für Neugeschäft mit SF 5 und besser von 6 % auf 7 %. Die neue Courtagevereinbarung bekommen Sie Anfang Oktober in Ihre elektronische Vermittlerpost.

2. Neu: BU Smart für Berufseinsteiger
Ab 01.11.2026 bieten wir für Auszubildende und Studierende bis 30 Jahre eine Berufsunfähigkeitsversicherung mit vereinfachten Gesundheitsfragen an: nur drei Fragen (Behandlungen in den letzten 3 Jahren, psychische Erkrankungen in den letzten 5 Jahren, laufende Arbeitsunfähigkeit), BU-Rente bis 1.500 € ohne ärztliche Untersuchung. Schulungstermine per Teams: 8. und 15. Oktober, jeweils 16 Uhr.

3. Hagel 10.09.
Bis heute sind über 3.100 Schäden gemeldet. Bitte melden Sie Schäden Ihrer Kunden weiterhin über das Maklerportal; dort sehen Sie auch den Bearbeitungsstand. Abschläge bis 3.000 € zahlen wir ohne Sachverständigen.

Erinnerung: Kundendaten, insbesondere Gesundheitsangaben aus BU- oder Krankenanträgen, bitte nur über das Maklerportal oder verschlüsselt senden, nicht als normale E-Mail.

Mit freundlichen Grüßen
Jan Petersen

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Maklerpartner Hohenmoorer <maklerpartner@hohenmoorer.example>",
               "Maklerinfo Herbst 2026: Courtage 2027, BU Smart, Hagel", d(18, 9, 40), body,
               mailer=OUTLOOK_DE, seed="d203-85")


@mail(86, "CONFIDENTIAL", "de", "insurer-to-broker",
      "portfolio transfer list (CSV, windows-1252) of named customers with addresses, property/motor contracts and premiums to a sole-trader broker")
def _():
    p = S["petersen"]
    body = T("""
Hallo Herr Fassbender,

wie vereinbart übertragen wir Ihnen zum 01.10.2026 die Betreuung der Kunden aus dem früheren Bestand von Herrn Ewald Kurz, der in den Ruhestand gegangen ist. Die Kunden wurden von uns mit Schreiben vom 01.09. informiert; Widersprüche gab es keine.

Anbei die Liste (14 Verträge, nur Sach, Haftpflicht und Kfz – die beiden Lebensversicherungen aus dem Bestand bleiben auf Wunsch der Kunden bei uns im Innendienst). Die Verträge erscheinen ab Oktober mit Bestandsrechten in Ihrem Maklerportal.

Bitte die Datei nach dem Import in Ihr MVP löschen.

Viele Grüße
Jan Petersen

""") + p.sig + "\n\n" + FOOTER_DE
    rows = [
        ["Kunde", "Anschrift", "Vertrag", "Sparte", "Jahresbeitrag EUR", "Hauptfälligkeit"],
        ["Hubert Kleinjohann", "Mühlweg 3, 55768 Oberwied", "KR-4471-0061880", "Kfz", "612,40", "01.01."],
        ["Hubert Kleinjohann", "Mühlweg 3, 55768 Oberwied", "WG 40 011 205-8", "Wohngebäude", "894,00", "01.04."],
        ["Erna Scholz", "Kapellenstraße 15, 55768 Oberwied", "HR 12 190 334-1", "Hausrat", "118,70", "01.07."],
        ["Erna Scholz", "Kapellenstraße 15, 55768 Oberwied", "PH 21 030 771-5", "Privathaftpflicht", "64,20", "01.07."],
        ["Georg und Helga Wißmann", "Am Weiher 2, 55768 Oberwied", "WG 40 014 562-0", "Wohngebäude", "1.105,30", "01.10."],
        ["Georg und Helga Wißmann", "Am Weiher 2, 55768 Oberwied", "KR-4471-0070215", "Kfz", "488,90", "01.01."],
        ["Jürgen Thome", "Bahnhofstraße 30, 55768 Oberwied", "RS-55-0012288", "Rechtsschutz", "312,00", "01.03."],
        ["Jürgen Thome", "Bahnhofstraße 30, 55768 Oberwied", "PH 21 028 114-9", "Privathaftpflicht", "71,50", "01.03."],
        ["Sabrina Lux", "Gartenweg 7a, 55768 Oberwied", "HR 12 244 907-3", "Hausrat", "96,40", "01.02."],
        ["Sabrina Lux", "Gartenweg 7a, 55768 Oberwied", "KR-4471-0093114", "Kfz", "701,15", "01.01."],
        ["Landgasthof Krone, Inh. Rüdiger Maus", "Kirchplatz 1, 55768 Oberwied", "GS 60 003 551-2", "Gewerbe Inhalt", "1.640,00", "01.01."],
        ["Landgasthof Krone, Inh. Rüdiger Maus", "Kirchplatz 1, 55768 Oberwied", "BH 50 002 018-6", "Betriebshaftpflicht", "820,00", "01.01."],
        ["Anneliese Reif", "Rosenstraße 4, 55768 Oberwied", "HR 12 158 640-0", "Hausrat", "88,30", "01.11."],
        ["Anneliese Reif", "Rosenstraße 4, 55768 Oberwied", "PH 21 019 443-7", "Privathaftpflicht", "59,90", "01.11."],
    ]
    data = csv_text(rows, ";")
    return msg(p.hdr, "Heinrich Fassbender <info@fassbender-makler.example>",
               "Bestandsübertragung Kurz – Kundenliste zum 01.10.2026", d(18, 10, 20), body,
               mailer=OUTLOOK_DE, seed="d203-86",
               atts=[att_text(data, "csv", "Bestand_Kurz_an_Fassbender.csv",
                              charset="windows-1252", cte="quoted-printable")])


# --- Monday, 21 September 2026 ----------------------------------------------

@mail(87, "STRICTLY_CONFIDENTIAL", "de", "hospital",
      "hospital's billing query forwarded as message/rfc822: named private patient's hip prosthesis dislocated, revision surgery, longer stay")
def _():
    p = S["oberle"]
    inner = msg('"Patientenverwaltung Kreiskrankenhaus" <patientenverwaltung@kkh-hohenmoor.example>',
                '"Oberle, Markus" <markus.oberle@hohenmoorer.example>',
                "Verlängerungsanzeige Kliebisch, Hans-Peter, Aufn.-Nr. 26-118734", d(18, 15, 52),
                T("""
Sehr geehrter Herr Oberle,

zu Ihrem Versicherten Herrn Hans-Peter Kliebisch, geb. 29.07.1955 (Ihre Kostenübernahme vom 09.09.2026, KV 700 50218-01), zeigen wir die Verlängerung des stationären Aufenthalts an.

Nach komplikationsloser Implantation der Hüft-TEP links am 10.09. kam es am 13.09. bei der Mobilisation zu einer Luxation der Prothese. Nach frustranem geschlossenem Repositionsversuch erfolgte am 14.09. die offene Revision mit Wechsel des Inlays auf ein tripolares System. Der weitere Verlauf ist bisher regelrecht, Wundverhältnisse reizlos.

Voraussichtliche Entlassung: 25.09.2026, anschließend Anschlussheilbehandlung in der Rehaklinik Nahetal (Antrag folgt durch unseren Sozialdienst).

Die Abrechnung erfolgt nach DRG I03A statt I47B. Wir bitten um Bestätigung der Kostenübernahme für den verlängerten Aufenthalt einschließlich Zweibettzimmer.

Mit freundlichen Grüßen
i. A. Sandra Kolb
Patientenverwaltung / Abrechnung Privatpatienten
Kreiskrankenhaus Hohenmoor gGmbH
"""), cte="8bit", mailer=[("X-Mailer", "Microsoft Outlook 16.0")],
                msgid="<AM9PR03MB7712F0A1C3D4E5F6@kkh-hohenmoor.example>")
    body = T("""
Hallo Frau Dr. Wendling,

bitte einmal medizinisch drüberschauen: Luxation nach Hüft-TEP mit Revision, DRG-Wechsel und gut zwei Wochen länger. Aus meiner Sicht nachvollziehbar, aber der Betrag springt um gut 9.000 €. Reicht Ihnen der Verlauf so, oder soll ich den OP-Bericht anfordern?

Danke und Gruß
Markus Oberle

""") + p.sig
    return msg(p.hdr, '"Wendling, Jutta Dr." <jutta.wendling@hohenmoorer.example>',
               "WG: Verlängerungsanzeige Aufn.-Nr. 26-118734", d(21, 8, 45), body,
               mailer=OUTLOOK_DE, seed="d203-87",
               atts=[att_msg(inner, "Verlängerungsanzeige 26-118734.eml")])


@mail(88, "NORMAL", "de", "internal",
      "trap: actuarial discussion of a new mortality table and its effect on term-life premiums by age and sex; no persons (flowed)")
def _():
    p = S["ritter"]
    body = T("""
Hallo Frau Dr. Pahl, hallo Lena,

zur Frage aus der Produktrunde, was die neue Sterbetafel für unsere Risikolebenstarife bedeutet – hier eine erste Abschätzung auf Basis unseres Bestands (rund 9.400 Verträge):

Die Sterbewahrscheinlichkeiten der neuen Tafel liegen im Alter 30 bis 55 um 8 bis 14 % unter der bisherigen Tafel, bei Frauen etwas weniger als bei Männern. Für das Neugeschäft ergibt das bei gleichem Sicherheitsniveau ungefähr:

  Mann, 30 J., 20 J. Laufzeit, 200 T€     -9 %
  Mann, 45 J., 15 J. Laufzeit, 200 T€     -7 %
  Frau, 30 J., 20 J. Laufzeit, 200 T€     -6 %
  Frau, 45 J., 15 J. Laufzeit, 200 T€     -5 %

Unsere eigene Sterblichkeitserfahrung 2019–2025 liegt bei 71 % der Tafelwerte (Männer) bzw. 78 % (Frauen); das passt zur Tafel, auch nach Herausrechnen der Corona-Jahre.

Raucher/Nichtraucher: Der Abstand bleibt etwa bei Faktor 2,1. Da wir seit 2023 mehr Anträge mit E-Zigarette haben, schlage ich vor, die Definition in den Antragsfragen zu schärfen.

Für den Bestand ändert sich nichts, die Rechnungsgrundlagen sind garantiert.

Nächster Schritt: Ich rechne die Tarifkalkulation bis Ende Oktober neu, dann können wir im November entscheiden.

Gruß
Sven

""") + p.sig
    return msg(p.hdr, '"Dr. Ingrid Pahl" <ingrid.pahl@hohenmoorer.example>',
               "Neue Sterbetafel – Auswirkung auf Risikoleben", d(21, 9, 30), body,
               cc='"Hoffmeister, Lena" <lena.hoffmeister@hohenmoorer.example>',
               cte="8bit", flowed=True, mailer=THUNDERBIRD, seed="d203-88")


@mail(89, "CONFIDENTIAL", "de", "insurer-to-customer",
      "dog-owner liability: named customer's dog bit a neighbour's dog; vet bill of the other dog (animal health), claim and policy number")
def _():
    p = S["schaefer"]
    body = T("""
Sehr geehrte Frau Weyand,

vielen Dank für Ihre Schadenmeldung vom Samstag. Wir haben den Vorfall unter H-2026-00731 zu Ihrer Tierhalterhaftpflicht HH 23 009 118-0 aufgenommen.

Nach Ihrer Schilderung hat Ihr Hund Rocky am 18.09. beim Spaziergang an der Weiherstraße den Dackel „Lotte“ von Herrn Gerhard Ilse gebissen. Menschen wurden nicht verletzt. Herr Ilse hat uns inzwischen die Rechnung der Tierarztpraxis Dr. Jung über 684,30 € geschickt (Wundversorgung unter Narkose, zwei Nähte an der Flanke, Antibiotikum und zwei Kontrolltermine).

Die Haftung als Tierhalterin ist hier eindeutig; wir übernehmen die Tierarztkosten und überweisen den Betrag direkt an Herrn Ilse. Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart.

Falls Lotte noch weitere Behandlung braucht, kann Herr Ilse die Rechnungen unter der Schadennummer direkt bei uns einreichen.

Mit freundlichen Grüßen
Kevin Schäfer

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Sonja Weyand <sonja.weyand@mailbox.example>",
               "Ihre Tierhalterhaftpflicht – Schaden H-2026-00731", d(21, 10, 42), body,
               mailer=OUTLOOK_DE, seed="d203-89")


@mail(90, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health insurance premium arrears of a named insured: dunning under § 193(6) VVG, suspension of benefits / emergency tariff (personal line)")
def _():
    p = S["kuhn"]
    body = T("""
Sehr geehrter Herr Michels,

leider sind die Beiträge für Ihre Krankheitskosten- und Pflegepflichtversicherung (Versicherungsnummer KV 700 58820-01) für Juli, August und September 2026 noch offen. Die Lastschriften sind jeweils mangels Deckung zurückgekommen.

  Rückstand Beiträge:         1.418,40 €
  Säumniszuschläge (1 %/Monat): 28,50 €
  Rücklastschriftgebühren:     30,00 €
  Gesamt:                   1.476,90 €

Wir sind gesetzlich verpflichtet, Sie nach § 193 Abs. 6 VVG zu mahnen: Wenn der Rückstand nicht innerhalb von zwei Monaten nach Zugang dieser Mahnung ausgeglichen ist, ruht Ihr Vertrag, und Sie werden in den Notlagentarif umgestellt. Dort sind nur noch Leistungen bei akuten Erkrankungen und Schmerzzuständen sowie bei Schwangerschaft und Mutterschaft versichert.

Das Ruhen tritt nicht ein, wenn Sie hilfebedürftig im Sinne des Sozialrechts sind oder es durch die Zahlung würden; bitte schicken Sie uns dann eine Bescheinigung des Jobcenters oder Sozialamts.

Wenn Sie in einer vorübergehenden finanziellen Schwierigkeit sind, sprechen Sie mich bitte an – eine Ratenvereinbarung ist möglich. Auch ein Wechsel in einen günstigeren Tarif kann eine Lösung sein.

Mit freundlichen Grüßen
Oliver Kuhn

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Steffen Michels <steffen.michels@webpost.example>",
               "Beitragsrückstand KV 700 58820-01 – Mahnung nach § 193 Abs. 6 VVG", d(21, 11, 55),
               body, mailer=OUTLOOK_DE, seed="d203-90")


@mail(91, "NORMAL", "en", "insurer-to-supplier",
      "trap: DPO asks the IT processor for technical and organisational measures; mentions special categories of data in general, no persons")
def _():
    p = S["reuter"]
    body = T("""
Dear Mr. O'Neill,

as part of our annual review of processors under Art. 28 GDPR, I'd like to update Annex 2 (technical and organisational measures) of our data processing agreement of 12 March 2024 for the managed mail gateway and backup service.

Because the gateway also handles special categories of personal data within the meaning of Art. 9 GDPR – in particular health data from our health, life, accident and disability claims – we need a bit more detail than the generic annex provides:

1. Encryption at rest: which algorithm and key management for mail queues, quarantine and backups? Who can access the keys?
2. Data location: please confirm that all data centres, including the backup site, are in the EU/EEA.
3. Sub-processors: the current list with locations and a short description of their role. Has anything changed since your notice in January?
4. Deletion: retention periods for logs, quarantine and backups, and how deletion at the end of the contract is documented.
5. Access: how privileged access by your staff is logged and reviewed, and whether any support access from outside the EU is possible.
6. Incidents: your internal deadline for notifying us of a personal data breach (we need it well within 24 hours).

A short written answer by 16 October would be ideal; happy to discuss in a call if that's easier.

Kind regards,
Claudia Reuter
Data Protection Officer

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Lumen Cloud DPO <dpo@lumencloud.example>",
               "Annual processor review – TOMs for the mail gateway (DPA 12/03/2024)",
               d(21, 13, 30), body, mailer=OUTLOOK_EN, seed="d203-91")


@mail(92, "CONFIDENTIAL", "de", "insurer-to-authority",
      "motor: insurer asks the police for the accident report; named policyholder and other driver, plates, file number; no injuries")
def _():
    p = S["kraemer"]
    body = T("""
Sehr geehrte Damen und Herren,

wir sind Kfz-Haftpflichtversicherer des Fahrzeugs HOM-UB 88 (Halterin und Fahrerin: Frau Ursula Becker-Lahm, Vertrag KR-4471-0075562). Das Fahrzeug war am 02.09.2026 gegen 7:40 Uhr an der Kreuzung Bahnhofstraße/Lindenweg in Hohenmoor an einem Verkehrsunfall mit dem Pkw HOM-KS 203 (Fahrer: Herr Kai Stollwerk) beteiligt. Nach unseren Informationen wurde niemand verletzt; die Unfallaufnahme erfolgte durch Ihre Dienststelle unter der Tagebuchnummer 2026/119004.

Die Beteiligten schildern den Hergang unterschiedlich (jeweils Grün für die eigene Fahrtrichtung). Zur Klärung der Haftungsfrage bitten wir um Übersendung einer Kopie der Unfallmitteilung bzw. Verkehrsunfallanzeige einschließlich der Zeugenangaben. Unser berechtigtes Interesse ergibt sich aus den gegen unsere Versicherungsnehmerin geltend gemachten Ansprüchen.

Die anfallende Auslagenpauschale übernehmen wir selbstverständlich.

Mit freundlichen Grüßen
Sabine Krämer

Unser Zeichen: K-2026-02991

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Polizeiinspektion Hohenmoor <pi.hohenmoor@polizei.land.example>",
               "Akteneinsicht Tgb.-Nr. 2026/119004 – Unser Zeichen K-2026-02991", d(21, 14, 48),
               body, mailer=OUTLOOK_DE, seed="d203-92")

# --- Tuesday, 22 September 2026 ---------------------------------------------

@mail(93, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
      "answer to the prosecutor in an arson investigation against a named policyholder; contract history; a tenant's smoke inhalation and hospital stay")
def _():
    p = S["albrecht"]
    body = T("""
Sehr geehrter Herr Staatsanwalt Dr. Lindemann,

in dem Ermittlungsverfahren gegen Herrn Dieter Rauschenbach wegen des Verdachts der schweren Brandstiftung (Ihr Az. 2060 Js 14471/26) beantworten wir Ihr Auskunftsersuchen vom 08.09.2026 wie folgt:

1. Versicherungsvertrag: Herr Rauschenbach unterhält bei uns seit 2011 eine Wohngebäudeversicherung für das Mehrfamilienhaus Gerbergasse 31, 55768 Hohenmoor (Vertrag WG 40 008 771-9).

2. Vertragsänderungen: Am 12.05.2026 hat Herr Rauschenbach auf eigenen Wunsch die Versicherungssumme von Wert 1914 = 38.000 Mark auf 52.000 Mark angehoben (Neuwert heute ca. 1,2 Mio. €) und den Einschluss der Mietausfallversicherung auf 24 Monate beantragt. Die Änderung wurde zum 01.06.2026 wirksam.

3. Schadenmeldung: Der Brand vom 16.08.2026 wurde am 17.08.2026 telefonisch gemeldet (Schaden 2026-SH-003560). Herr Rauschenbach hat den Schaden auf ca. 480.000 € geschätzt. Wir haben bisher keine Zahlungen geleistet und die Regulierung bis zum Abschluss der Ermittlungen zurückgestellt.

4. Vorschäden: 2019 Leitungswasser (6.200 €), 2023 Sturm (2.900 €).

5. Personenschaden: Nach den uns vorliegenden Unterlagen hat die Mieterin im 2. OG, Frau Yvonne Hartig, eine Rauchgasvergiftung erlitten und wurde vom 16. bis 19.08.2026 im Kreiskrankenhaus Hohenmoor stationär behandelt. Ihre Ansprüche werden über den Haftpflichtversicherer des Eigentümers geltend gemacht; Unterlagen dazu liegen uns nur in Kopie vor.

Die Vertragsunterlagen, das Schadenprotokoll und den Bericht unseres Brandsachverständigen senden wir Ihnen auf dem Postweg. Für Rückfragen stehe ich zur Verfügung.

Mit freundlichen Grüßen
Thomas Albrecht

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Staatsanwaltschaft Bad Kreuzach <poststelle@sta-badkreuzach.justiz.example>",
               "Az. 2060 Js 14471/26 – Auskunft Hohenmoorer Versicherung", d(22, 8, 30), body,
               mailer=OUTLOOK_DE, seed="d203-93")


@mail(94, "NORMAL", "en", "insurer-to-partner",
      "info evening for an English-speaking expat club: date, topics, no sales; no personal data")
def _():
    p = S["mthal"]
    body = T("""
Dear Fiona,

thank you for the invitation – we'd be delighted to come to one of your Stammtisch evenings. Wednesday, 21 October at the Gasthaus Krone works for us. Grace Whitfield and I will both be there.

Our suggestion for the evening ("Insurance in Germany – made simple", about 40 minutes plus questions):

- Which insurance do you really need, and which can you skip?
- Liability, household and car: what's different from the UK and the US
- What to do after a burglary, a water leak or a car accident – in the right order
- How to read a German insurance letter (with real examples, all made up)

We won't sell anything on the evening and won't collect contact details. If people want advice on their own policies, they're welcome to drop by the International Desk on a Tuesday or Thursday.

We'll bring a projector; could the Krone provide a screen or a white wall? And roughly how many people do you expect?

Best wishes,
Rebecca

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Fiona Baxter <fiona.baxter@post.example>",
               "Re: Talk at the Hohenmoor International Stammtisch", d(22, 9, 18), body,
               mailer=OUTLOOK_EN, seed="d203-94")


@mail(95, "CONFIDENTIAL", "en", "insurer-to-customer",
      "personal liability: landlord's claim against a named tenant for floor damage at move-out; landlord named, policy and claim numbers")
def _():
    p = S["schaefer"]
    body = T("""
Dear Mr. Moreau,

your former landlord, Mrs. Irmgard Schwalbach, has contacted us directly. She claims EUR 1,850 from you for damage to the parquet floor in the living room of the flat at Brunnenstraße 6 that you moved out of on 31 August. We've registered this under your personal liability policy PH 21 048 220-6, which includes damage to rented property, as claim H-2026-00744.

Before we can decide, we need your side of the story:

1. the handover protocols from moving in and moving out (if there are any),
2. any photos you took of the floor at move-in and move-out,
3. a short description: what exactly happened to the floor? Mrs. Schwalbach mentions "deep scratches and a water stain near the balcony door".

Please note: normal wear and tear from living in a flat is not damage – a landlord cannot charge for it, and we therefore don't pay for it. Water damage or deep scratches from furniture, on the other hand, are typical liability cases. If the claim is justified, we'll pay the landlord directly; if not, we'll reject it on your behalf.

Please don't make any promises or payments to Mrs. Schwalbach yourself in the meantime.

Kind regards,
Kevin Schäfer

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Jason Moreau <jason.moreau@usmail.example>",
               "Claim from your former landlord – H-2026-00744", d(22, 10, 50), body,
               mailer=OUTLOOK_EN, seed="d203-95")


@mail(96, "NORMAL", "en", "internal",
      "trap: weekly international desk statistics (TSV) with counts of health, accident and travel claims opened; aggregates only")
def _():
    p = S["whitfield"]
    body = T("""
Hi team,

weekly numbers for calendar week 38 attached (tab-separated, for Rebecca's Excel). Short version:

- 212 calls (hail week 2: still about twice the usual), 41 walk-ins
- 19 new policies, mostly household and liability, 4 motor
- claims opened: 63 hail (car), 7 hail (building/contents), 4 travel, 3 accident, 11 health (Expat Health)
- average time to first answer on e-mails: 1.6 working days (target 1.0)

The e-mail backlog is down from 94 to 37. Thanks everybody – especially for staying late on Tuesday.

Grace

""") + p.sig
    tsv = T("""
week\tcategory\titem\tcount
38\tcontacts\tcalls\t212
38\tcontacts\twalk-ins\t41
38\tcontacts\te-mails received\t288
38\tnew business\thousehold\t8
38\tnew business\tpersonal liability\t7
38\tnew business\tmotor\t4
38\tclaims opened\tmotor hail\t63
38\tclaims opened\tproperty hail\t7
38\tclaims opened\ttravel\t4
38\tclaims opened\taccident\t3
38\tclaims opened\texpat health\t11
38\tservice\tavg. days to first answer\t1.6
38\tservice\te-mail backlog end of week\t37
""").replace("\n", "\r\n")
    return msg(p.hdr, "International Desk Team <intl-team@hohenmoorer.example>",
               "Weekly numbers CW 38", d(22, 12, 2), body, mailer=OUTLOOK_EN, seed="d203-96",
               atts=[att_text(tsv, "tab-separated-values", "intl_desk_CW38.tsv",
                              charset="us-ascii", cte="7bit")])


@mail(97, "CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings water-leak claim of a named customer: leak detection authorised, claim and policy number; customer's typo mail quoted (windows-1252)")
def _():
    p = S["maas"]
    q = T("""
-----Ursprüngliche Nachricht-----
Von: Renate Ochs <renate.ochs@netpost.example>
Gesendet: Montag, 21. September 2026 17:26
An: schaden@hohenmoorer.example
Betreff: Wasser im Flur

Hallo,
seit dem Wochenende ist im Flur im Erdgeschoss der Boden (Fliesen) an einer Stelle warm und die Fugen sind dunkel, jetzt auch an der Wand zum Bad unten ein Fleck. Der Heizungsmann war heute da und meint es ist wohl ein Heizungsrohr unterm Estrich undicht, der Druck in der Heizung fällt auch immer ab. Er hat gesagt man braucht eine Leckortung. Zahlt das die Versicherung? Haus ist bei Ihnen versichert, Nummer WG 40 026 419-1.
Mit freundlichen Grüßen R. Ochs, Ahornweg 5, Niederbach
""")
    body = T("""
Guten Tag Frau Ochs,

danke für Ihre Meldung. Ja, das ist ein Leitungswasserschaden im Sinne Ihrer Wohngebäudeversicherung WG 40 026 419-1, und die Kosten für die Suche nach der undichten Stelle (Leckageortung) sind mitversichert. Wir haben den Schaden unter 2026-SH-004911 angelegt.

Sie können die Leckageortung sofort beauftragen. Wir arbeiten gut mit der Firma Aquadetect aus Oberwied zusammen (Tel. 06573 5508), Sie können aber auch eine andere Fachfirma nehmen. Kosten bis 800 € brauchen Sie nicht vorher mit uns abzustimmen.

Sobald die Ursache gefunden ist, schicken Sie uns bitte den Bericht der Leckageortung und ein Angebot für die Reparatur und ggf. die Trocknung. Bitte drehen Sie bis dahin nur so viel Heizung auf wie nötig und füllen Sie Wasser nur nach Anweisung des Heizungsbauers nach.

""") + p.sig + "\n\n" + FOOTER_DE + "\n\n" + q
    return msg(p.hdr, "Renate Ochs <renate.ochs@netpost.example>", "AW: Wasser im Flur",
               d(22, 14, 25), body, charset="windows-1252", mailer=OUTLOOK_DE, seed="d203-97",
               in_reply_to="<000c01dc2a44$5e6f7a80$1b2c3d40$@netpost.example>")


@mail(98, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "health: reimbursement of a named insured's hearing aids for bilateral hearing loss H90.3, ENT prescription, tariff limits")
def _():
    p = S["oberle"]
    body = T("""
Dear Mr. Whitcombe,

thank you for sending us the invoice from Hörakustik am Markt for your new hearing aids. I'm writing in English as your son asked us to on the phone; I hope that's all right.

Your health insurance (policy KV 700 61904-01, tariff KV-Komfort 1) pays 80 % for hearing aids, up to EUR 1,500 per ear every five years. Based on the prescription of Dr. Hollweg (ENT) of 3 August 2026 for bilateral sensorineural hearing loss (H90.3) and the audiogram, we've calculated as follows:

  Invoice (two behind-the-ear hearing aids incl. fitting)    EUR 3,980.00
  80 % of the invoice                                         EUR 3,184.00
  Limit: 2 × EUR 1,500                                        EUR 3,000.00
  Reimbursement                                               EUR 3,000.00

The batteries and the cleaning set (EUR 68.50) are not covered, as they count as running costs.

The amount will be transferred to your account in the next few days. Your previous hearing aids were reimbursed in 2019, so the five-year period had ended – that was fine.

Kind regards,
Markus Oberle

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Alan Whitcombe <alan.whitcombe@post.example>",
               "Your hearing aids – reimbursement", d(22, 15, 40), body, mailer=OUTLOOK_EN,
               seed="d203-98")


# --- Wednesday, 23 September 2026 -------------------------------------------

@mail(99, "NORMAL", "de", "insurer-to-authority",
      "trap: job advertisement for a health claims clerk sent to the employment agency; requires knowledge of ICD-10, GOÄ/GOZ; no persons")
def _():
    p = S["feld"]
    body = T("""
Sehr geehrte Frau Hennig,

bitte nehmen Sie folgende Stelle in die Jobbörse auf und schlagen Sie uns gern passende Bewerberinnen und Bewerber vor:

Sachbearbeiterin/Sachbearbeiter Leistungsprüfung Krankenversicherung (m/w/d)
Vollzeit oder Teilzeit ab 25 Std./Woche, unbefristet, Arbeitsort Hohenmoor

Ihre Aufgaben:
- Prüfung und Abrechnung von Arzt-, Zahnarzt-, Krankenhaus- und Heilmittelrechnungen
- Prüfung von Heil- und Kostenplänen und Kostenübernahmen
- telefonische und schriftliche Beratung unserer Versicherten

Ihr Profil:
- Ausbildung als Medizinische/r Fachangestellte/r, Zahnmedizinische/r Fachangestellte/r, Pflegefachkraft oder Kauffrau/-mann für Versicherungen mit Erfahrung in der Krankenversicherung
- Kenntnisse der GOÄ/GOZ und der ICD-10-Verschlüsselung
- Sorgfalt und Verschwiegenheit im Umgang mit Gesundheitsdaten

Wir bieten: Tarifvertrag der Versicherungswirtschaft, 38 Stunden, Gleitzeit, 2 Tage mobiles Arbeiten pro Woche, Jobrad.

Bewerbungen bitte über unser Karriereportal: www.hohenmoorer.example/karriere (Kennziffer KV-2026-07). Ansprechpartnerin: Monika Feld, Tel. 06571 4471-150.

Mit freundlichen Grüßen
Monika Feld

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Arbeitgeber-Service <hohenmoor.arbeitgeber@arbeitsagentur.example>",
               "Stellenmeldung Sachbearbeitung Leistung KV (Kennziffer KV-2026-07)",
               d(23, 8, 25), body, mailer=OUTLOOK_DE, seed="d203-99")


@mail(100, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "approval request for a large accident invalidity payout: named insured's motorbike injuries, peroneal palsy, expert report; Outlook text + HTML")
def _():
    p = S["jungbluth"]
    text = T("""
Hallo Herr Hüsgen,

ich bitte um Ihre Freigabe für die folgende Invaliditätsleistung (über 100.000 €, daher Vorstandsfreigabe):

Vertrag: UV/19/0044018, Versicherter Herr Sebastian Kröll, geb. 17.10.1986
Unfall: 21.06.2025, Motorradunfall auf der L 190, Kollision mit einem abbiegenden Pkw
Verletzungen: Oberschenkelschaftfraktur rechts, Beckenringfraktur, Läsion des N. peroneus rechts mit Fußheberschwäche
Gutachten: Prof. Dr. Reinhardt, BG Unfallklinik, vom 04.09.2026

Bemessung laut Gutachten:
- Bein über der Mitte des Oberschenkels: 7/10 Beinwert → 70 % × 7/10 = 49 %
- zusätzlich Becken (außerhalb der Gliedertaxe): 6 %
- Invaliditätsgrad gesamt: 55 %

Leistung mit Progression 225 %:
- Grundsumme 150.000 €
- 25 % × 1 + 25 % × 2 + 5 % × 3 = 90 % der Grundsumme = 135.000 €
- abzüglich Vorschuss 10/2025: 20.000 €
- Auszahlung: 115.000 €

Herr Kröll ist nach Auskunft seines Arbeitgebers nur noch im Innendienst einsetzbar; die Unfallrente aus dem Tarif (ab 50 % Invalidität) ist zusätzlich zu prüfen, dazu komme ich gesondert auf Sie zu.

Die Akte liegt in HOVIS unter UV-S-2025-0217. Die Haftpflichtversicherung des Unfallgegners ist informiert, der Regress läuft.

Viele Grüße
Petra Jungbluth

""") + p.sig
    return msg(p.hdr, '"Hüsgen, Bernd" <bernd.huesgen@hohenmoorer.example>',
               "Freigabe Invaliditätsleistung UV-S-2025-0217", d(23, 9, 5), text,
               html=outlook_html(text), mailer=OUTLOOK_DE, seed="d203-100",
               headers=[("Importance", "high")])


@mail(101, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor policy confirmation for a named customer: birth date, eVB, VIN, plate, no-claims class, premium")
def _():
    p = S["kraemer"]
    body = T("""
Dear Mr. Whitaker,

welcome to Hohenmoorer! Your motor insurance is ready and you can register your Jeep. Here are the details:

  Policy number:     KR-4471-0106270
  Policyholder:      Jerome A. Whitaker, born 22 March 1991
  Vehicle:           Jeep Grand Cherokee Limited 2021, VIN 1C4RJFBG5MC612345
  eVB number:        M3T8R2W (for the registration office)
  Cover:             motor liability, comprehensive (Vollkasko) with deductible EUR 300, partial cover deductible EUR 150
  No-claims class:   SF 8 (based on your Liberty Eagle Auto letter, 8 claims-free years)
  Start:             1 October 2026
  Premium:           EUR 1,026.40 per year, or EUR 87.40 per month by direct debit

The registration office will tell us your new plate number; you'll then receive your policy schedule by post.

If you'd like to pay monthly, please fill in the SEPA mandate we sent to your broker, Mr. Haddad at Pinnacle.

Drive safely!

Kind regards,
Sabine Krämer

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Jerome Whitaker <jerome.whitaker@usmail.example>",
               "Your motor insurance KR-4471-0106270 – eVB for registration", d(23, 10, 2),
               body, cc="Mark Haddad <mark.haddad@pinnacle-ris.example>", mailer=OUTLOOK_EN,
               seed="d203-101")


@mail(102, "STRICTLY_CONFIDENTIAL", "en", "doctor",
      "Irish GP's medical report on a named German tourist (pneumonia J18.9, antibiotics, fit to fly) forwarded inline to the medical officer")
def _():
    p = S["roth"]
    body = T("""
Hallo Frau Dr. Wendling,

unten der Bericht der Hausärztin aus Galway zu Herrn Hollstein (Auslandsreisekranken RK-2026-098412, Schaden TR-26-0702). Er ist wegen der Lungenentzündung fünf Tage länger in Irland geblieben und möchte die zusätzlichen Hotel- und Umbuchungskosten (ca. 1.150 €) erstattet haben.

Frage: Ist die Verlängerung aus Ihrer Sicht medizinisch begründet, oder hätte er nach dem Bericht schon am 12.09. fliegen können?

Danke und viele Grüße
Daniela Roth

""") + p.sig + T("""

From: Dr. Siobhán Keane <reception@keane-gp.example>
Sent: Monday, September 21, 2026 4:47 PM
To: Daniela Roth <daniela.roth@hohenmoorer.example>
Subject: RE: Your patient Mr. Martin Hollstein – medical report

Dear Ms. Roth,

as requested, and with the patient's written consent, please find my report below.

Patient: Mr. Martin Hollstein, DOB 04/05/1962, German national on holiday in Co. Galway.

Mr. Hollstein attended the surgery on 9 September 2026 with a three-day history of fever (39.2 °C), productive cough and right-sided chest pain. Examination showed crackles over the right lower zone, SpO2 94 % on room air. Clinical diagnosis: community-acquired pneumonia, right lower lobe (J18.9). Chest X-ray at University Hospital Galway on 10 September confirmed consolidation. He was treated as an outpatient with amoxicillin 1 g three times daily and clarithromycin 500 mg twice daily for seven days.

At review on 14 September he was afebrile with SpO2 97 %. In my opinion he was not fit to fly before 15 September, given his oxygen saturation and ongoing fatigue; I advised him to rebook his flight for 16 September. He has a history of mild COPD (GOLD 1), which contributed to my caution.

I would recommend a follow-up X-ray with his own GP in Germany in six weeks.

Kind regards,
Dr. Siobhán Keane MICGP
Keane Family Practice, Oranmore, Co. Galway
""")
    return msg(p.hdr, '"Wendling, Jutta Dr." <jutta.wendling@hohenmoorer.example>',
               "WG: Your patient Mr. Martin Hollstein – medical report", d(23, 11, 17), body,
               mailer=OUTLOOK_DE, seed="d203-102")


@mail(103, "NORMAL", "de", "insurer-to-supplier",
      "catering order for the staff meeting (iso-8859-1); no personal data")
def _():
    p = S["esser"]
    body = T("""
Hallo Herr Bungert,

wie telefonisch besprochen bestellen wir für unsere Betriebsversammlung am Dienstag, 29.09.2026:

- 140 belegte Brötchenhälften, davon 50 vegetarisch und 15 vegan (bitte beschriften)
- 4 Bleche Streuselkuchen
- Kaffee (2 große Thermobehälter) und Tee, Milch, Zucker
- 3 Kisten Wasser (still/medium gemischt), 2 Kisten Apfelschorle

Lieferung bitte um 12:30 Uhr an den Hintereingang Kirchgasse, Aufbau im Saal 1. OG. Geschirr haben wir selbst.

Die Rechnung bitte wie immer an Hohenmoorer Versicherung a.G., Organisation, mit der Bestellnummer ORG-2026-118.

Vielen Dank und viele Grüße
Tanja Esser

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Partyservice Bungert <bestellung@landmetzgerei-bungert.example>",
               "Bestellung Betriebsversammlung 29.09.", d(23, 13, 33), body,
               charset="iso-8859-1", mailer=OUTLOOK_DE, seed="d203-103")


@mail(104, "CONFIDENTIAL", "de", "insurer-to-customer",
      "hail settlement statement (PDF) for a named customer: buildings and contents items, amounts and payout IBAN")
def _():
    p = S["albrecht"]
    body = T("""
Sehr geehrter Herr Kuhnert,

der Bericht des Sachverständigen liegt vor, und wir können Ihren Hagelschaden vom 10.09. abschließend abrechnen. Die Abrechnung finden Sie im Anhang. Der Betrag wird morgen überwiesen.

Vielen Dank für Ihre Geduld in den letzten Wochen – und gut, dass das Wintergartendach vor dem Regen am Wochenende wieder dicht war.

Mit freundlichen Grüßen
Thomas Albrecht

""") + p.sig + "\n\n" + FOOTER_DE
    doc = pdf([
        "Hohenmoorer Versicherung a.G. · Marktplatz 7 · 55768 Hohenmoor",
        "",
        "Herrn Walter Kuhnert · Rosenstraße 19 · 55768 Oberwied",
        "",
        "# Schadenabrechnung 2026-SH-004288",
        "Hagel vom 10.09.2026 · Wohngebäude WG 40 019 302-2 · Hausrat HR 12 301 776-4",
        "",
        "%cols 260,110,110",
        "| Position | Betrag EUR | Vertrag",
        "| Notabdeckung Dachbau Schmitz | 640,00 | Wohngebäude",
        "| Verglasung Wintergartendach (6 Scheiben VSG) | 5.820,00 | Wohngebäude",
        "| 2 Dachflächenfenster inkl. Einbau | 2.310,00 | Wohngebäude",
        "| Parkett Wohnzimmer, 24 m² (Neuwert) | 3.168,00 | Wohngebäude",
        "| Teppich (Zeitwert), Reinigung Sofa | 740,00 | Hausrat",
        "| Summe | 12.678,00 |",
        "| abzüglich Abschlag vom 14.09.2026 | 3.000,00 |",
        "| Auszahlung | 9.678,00 |",
        "",
        "Eine Selbstbeteiligung ist in beiden Verträgen nicht vereinbart.",
        "Auszahlung auf: IBAN DE91 3705 0198 8016 5561 14, Kontoinhaber Walter Kuhnert",
        "",
        "Mit der Zahlung ist der Schaden abgeschlossen. Sollten sich nachträglich weitere Schäden zeigen "
        "(z. B. Feuchtigkeit im Estrich), melden Sie diese bitte unter derselben Schadennummer.",
    ], title="Schadenabrechnung 2026-SH-004288", author="Thomas Albrecht",
        created=(2026, 9, 23, 14, 2, 0))
    return msg(p.hdr, "Walter Kuhnert <w.kuhnert@webpost.example>",
               "Abrechnung Ihres Hagelschadens 2026-SH-004288", d(23, 14, 10), body,
               mailer=OUTLOOK_DE, seed="d203-104",
               atts=[att_pdf(doc, "Abrechnung_2026-SH-004288.pdf")])


# --- Thursday, 24 September 2026 --------------------------------------------

@mail(105, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life: death benefit paid to the named widow of a term-life insured; cause of death (heart attack), sum, IBAN")
def _():
    p = S["hoffmeister"]
    body = T("""
Sehr geehrte Frau Sturm,

zunächst möchten wir Ihnen zum Tod Ihres Mannes unser herzliches Beileid aussprechen.

Die Unterlagen zur Risikolebensversicherung Ihres Mannes sind vollständig bei uns eingegangen (Sterbeurkunde, ärztliche Bescheinigung zur Todesursache, Versicherungsschein). Herr Rainer Sturm ist am 02.08.2026 an einem akuten Herzinfarkt verstorben; der Vertrag bestand seit 2015, eine Prüfung vorvertraglicher Angaben ist daher nicht mehr erforderlich.

  Vertrag:              LV-2015-006604 (Risikolebensversicherung)
  Versicherte Person:   Rainer Sturm, geb. 11.12.1963
  Bezugsberechtigte:    Elke Sturm (Ehefrau)
  Todesfallleistung:    150.000,00 €
  Überschussbeteiligung: 1.246,30 €
  Auszahlung gesamt:    151.246,30 €

Den Betrag überweisen wir in den nächsten drei Werktagen auf Ihr Konto IBAN DE12 3705 0198 5280 3037 42. Die Meldung an das Finanzamt nach § 33 ErbStG erfolgt durch uns; Sie müssen dazu nichts unternehmen.

Wenn Sie Fragen haben oder Unterstützung bei weiteren Verträgen Ihres Mannes brauchen, rufen Sie mich gern direkt an.

Mit freundlichen Grüßen
Lena Hoffmeister

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Elke Sturm <elke.sturm@mailbox.example>",
               "Risikolebensversicherung LV-2015-006604 – Auszahlung", d(24, 8, 50), body,
               mailer=OUTLOOK_DE, seed="d203-105")


@mail(106, "NORMAL", "en", "insurer-to-partner",
      "trap: campsite operator asks about offering trip cancellation insurance to guests; generic partnership terms, no persons")
def _():
    p = S["roth"]
    q = T("""
> Hi Ms. Roth,
> many of our guests at Camping Am Moorsee are Dutch and Belgian families who book
> months ahead. Could we offer them a cancellation insurance when they book online?
> How would that work, and what would it cost our guests?
> Best, Bram Visser, Manager
""")
    body = T("""
Dear Mr. Visser,

thank you for your interest. Yes, we work with several holiday parks and campsites in the region, and a cancellation insurance offered at booking is popular with guests.

How it works:
- Your booking system shows the insurance as an optional extra at checkout (a short text and a link to our terms, in Dutch, German and English).
- The premium is 4.5 % of the booking amount (minimum EUR 15), for all ages and without health questions.
- Insured reasons are the usual ones: serious illness or accident, death in the family, job loss, damage to one's home, pregnancy complications and a few more.
- Guests deal with us directly in case of a claim; your team doesn't handle claims or any health information.
- Your campsite receives a commission of 15 % of the premiums.

The only thing we need from you for each insured booking is a monthly list with booking number, dates and amount – no guest names are necessary at that stage.

I'd be happy to come by and explain the details; October would suit us well, after the high season.

Kind regards,
Daniela Roth

""") + p.sig + "\n\n" + FOOTER_EN + "\n\n" + q
    return msg(p.hdr, "Bram Visser <b.visser@camping-moorsee.example>",
               "Re: Cancellation insurance for our guests", d(24, 9, 25), body,
               mailer=OUTLOOK_EN, seed="d203-106",
               in_reply_to="<f0e1d2c3b4a5@camping-moorsee.example>")


@mail(107, "CONFIDENTIAL", "de", "insurer-to-customer",
      "traffic legal expenses: named customer's speeding fine (34 km/h, driving ban, points); cover for an objection; policy and claim number")
def _():
    p = S["wagner"]
    body = T("""
Sehr geehrter Herr Kuntz,

wir haben Ihre Anfrage zum Bußgeldbescheid des Kreises Hohenmoor vom 15.09.2026 (Az. 41.2-OWi-26-08873) geprüft.

Laut Bescheid wird Ihnen vorgeworfen, am 27.07.2026 auf der B 421 bei Niederbach außerorts die zulässige Höchstgeschwindigkeit von 70 km/h um 34 km/h überschritten zu haben. Festgesetzt sind eine Geldbuße von 260 €, zwei Punkte im Fahreignungsregister und ein Fahrverbot von einem Monat.

Ihr Verkehrs-Rechtsschutz (Vertrag RS-55-0040913) umfasst die Verteidigung in Ordnungswidrigkeitenverfahren. Wir erteilen Deckungszusage für das Einspruchsverfahren einschließlich der Einsicht in die Messakte (Schaden RS-2026-01022, Selbstbeteiligung 150 €).

Bitte beachten Sie die Einspruchsfrist von zwei Wochen ab Zustellung. Wenn Sie noch keinen Anwalt haben, nennen wir Ihnen gern Kanzleien mit Schwerpunkt Verkehrsrecht.

Mit freundlichen Grüßen
Nicole Wagner

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Marcel Kuntz <marcel.kuntz@webpost.example>",
               "Ihre Verkehrs-Rechtsschutzversicherung – Bußgeldbescheid", d(24, 10, 40), body,
               mailer=OUTLOOK_DE, seed="d203-107")


@mail(108, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "physiotherapy invoice query for a named insured: lymph drainage for arm lymphoedema after mastectomy, prescription, rates")
def _():
    p = S["oberle"]
    body = T("""
Sehr geehrte Frau Schuh,

Ihre Patientin Frau Ingrid Beckmann (bei uns versichert unter KV 700 44102-02) hat uns Ihre Rechnung vom 31.08.2026 über 1.012,00 € eingereicht. Abgerechnet sind 12 Behandlungen Manuelle Lymphdrainage (60 Minuten) mit Kompressionsbandagierung aufgrund der Verordnung von Frau Dr. Sauer wegen eines Lymphödems des rechten Arms nach Mastektomie.

Zur Prüfung brauchen wir noch:

1. eine Kopie der ärztlichen Verordnung – auf der Rechnung ist MLD-45 vermerkt, abgerechnet ist aber MLD-60;
2. eine kurze Begründung für den Einzelpreis von 84,00 € je Behandlung. Unser Tarif erstattet Heilmittel bis zu den Höchstbeträgen des Heilmittelverzeichnisses (derzeit 68,40 € für MLD-60 inkl. Bandagierung).

Frau Beckmann haben wir über die Rückfrage informiert; den unstreitigen Teil haben wir ihr bereits erstattet.

Mit freundlichen Grüßen
Markus Oberle

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Praxis für Physiotherapie Leni Schuh <info@physio-schuh.example>",
               "Rechnung vom 31.08.2026 – Ihre Patientin Frau Beckmann", d(24, 11, 30), body,
               mailer=OUTLOOK_DE, seed="d203-108")

@mail(109, "NORMAL", "de", "internal",
      "trap: product workshop minutes (ODT) for a new care allowance tariff: care-level statistics, benefit percentages, health questions; no persons")
def _():
    p = S["demirtas"]
    body = T("""
Hallo zusammen,

anbei das Protokoll unseres Workshops zum neuen Pflegetagegeld (Arbeitstitel PTG 2027). Bitte bis 2. Oktober Rückmeldung, besonders Sven zu den Kalkulationsannahmen und Claudia zu den Gesundheitsfragen.

Viele Grüße
Ayşe

""") + p.sig
    doc = odt([
        "# Workshop Pflegetagegeld PTG 2027 – Protokoll",
        "Datum: 23.09.2026 · Teilnehmende: A. Demirtaş, L. Hoffmeister, S. Ritter, J. Petersen, C. Reuter (zeitweise)",
        "## 1. Ausgangslage",
        "Unser bisheriges Pflegetagegeld (PTG 2012) ist seit 2019 für das Neugeschäft geschlossen. Im Bestand "
        "sind rund 3.800 Verträge, davon beziehen aktuell 212 Personen Leistungen. Makler fragen regelmäßig "
        "nach einem Nachfolger.",
        "## 2. Marktdaten (öffentliche Pflegestatistik, Bund)",
        "| Pflegegrad | Anteil Pflegebedürftige | davon zu Hause versorgt",
        "| 1 | 15 % | 98 %",
        "| 2 | 42 % | 88 %",
        "| 3 | 27 % | 77 %",
        "| 4 | 11 % | 58 %",
        "| 5 | 5 % | 46 %",
        "## 3. Leistungsmodell (Vorschlag)",
        "Monatliches Pflegegeld in Prozent der vereinbarten Summe: PG 1: 10 %, PG 2: 30 %, PG 3: 60 %, "
        "PG 4: 80 %, PG 5: 100 %. Beitragsbefreiung ab PG 2. Einmalleistung 2.000 € bei erstmaliger Einstufung "
        "in PG 3 oder höher. Kein Unterschied zwischen häuslicher und stationärer Pflege.",
        "## 4. Gesundheitsfragen",
        "Vorschlag: vier Fragen (bestehende Pflegebedürftigkeit, Demenz oder Parkinson, Krebs in den letzten "
        "5 Jahren, Dialyse). Frau Reuter weist darauf hin, dass die Fragen im Online-Antrag verschlüsselt "
        "übertragen und getrennt vom Vertriebssystem gespeichert werden müssen.",
        "## 5. Kalkulation",
        "Herr Ritter kalkuliert mit den Pflegeeintrittswahrscheinlichkeiten der PKV-Statistik und einem "
        "Sicherheitszuschlag von 10 %. Erste Beitragsindikation Ende Oktober.",
        "## 6. Nächste Schritte",
        "| Aufgabe | Wer | Bis",
        "| Kalkulationsgrundlagen | S. Ritter | 30.10.2026",
        "| Entwurf Bedingungen | A. Demirtaş | 13.11.2026",
        "| Makler-Feedback einholen | J. Petersen | 16.10.2026",
    ], title="Workshop PTG 2027", creator="Ayşe Demirtaş", created="2026-09-24T12:40:00")
    return msg(p.hdr, "Produktteam Pflege <produkt-pflege@hohenmoorer.example>",
               "Protokoll Workshop PTG 2027", d(24, 13, 12), body, mailer=OUTLOOK_DE,
               seed="d203-109", atts=[att_odt(doc, "Protokoll_Workshop_PTG2027.odt")])


@mail(110, "CONFIDENTIAL", "en", "insurer-to-partner",
      "motor: loss payee confirmation to a credit union for a named member's financed car (policy, VIN, cover)")
def _():
    p = S["whitfield"]
    body = T("""
Dear Loan Department,

at the request of our policyholder, we confirm the following:

  Policyholder:    Ms. Latisha Greene, Bergstraße 3, 55768 Hohenmoor
  Policy number:   KR-4471-0103388
  Vehicle:         Mazda CX-5 2.5 AWD (2023), VIN JM3KFBDM5P0123456, registration HOM-LG 23
  Cover:           motor liability, comprehensive (Vollkasko) with EUR 500 deductible, partial cover with EUR 150 deductible
  Period:          1 August 2026 to 31 December 2026, then renewing annually

Talheide Federal Credit Union is noted as loss payee (Sicherungsschein) for loan no. TFCU-AL-448210. In the event of a total loss or theft, payments under the comprehensive cover will be made to the credit union up to the outstanding loan balance. We will inform you if the comprehensive cover is cancelled, reduced or not renewed, or if premiums remain unpaid.

The original Sicherungsschein will follow by post.

Kind regards,
Grace Whitfield

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "TFCU Loan Department <loans@tfcu.example>",
               "Loss payee confirmation – loan TFCU-AL-448210", d(24, 14, 20), body,
               mailer=OUTLOOK_EN, seed="d203-110")


# --- Friday, 25 September 2026 ----------------------------------------------

@mail(111, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
      "care: letter to the son of a named insured with dementia: care level 3 assessed, care allowance, day care; consent on file")
def _():
    p = S["demirtas"]
    body = T("""
Dear Mr. Whitcombe,

thank you for your call on Tuesday. Your parents have given us their written consent (received 14 September) to discuss your mother's care insurance with you, so I can now give you the details.

The assessor from Medicproof visited your mother at home on 16 September – your father said it went well and that the assessor was patient and spoke some English. According to the report, your mother has care level 3 (Pflegegrad 3) from 1 September 2026, mainly because of her dementia, the need for supervision and help with medication and personal care.

From her long-term care insurance (policy KV 700 61904-02), your mother is entitled to:

- care allowance (Pflegegeld) of EUR 599 per month if your father and the family provide the care, paid to your parents' account,
- or professional home care services up to EUR 1,497 per month instead (or a combination of both),
- day care (Tagespflege), e.g. at the Sonnenhof centre in Oberwied, up to EUR 1,357 per month in addition,
- a relief amount (Entlastungsbetrag) of EUR 131 per month for household help,
- care aids and, if needed, a subsidy of up to EUR 4,180 for adapting the home (for example the bathroom).

The first payment of the care allowance for September will be made next week. For the day care, the Sonnenhof can bill us directly; I've sent them the cost confirmation.

Please feel free to call me whenever you or your father have questions. I can also arrange a free care counselling visit at home.

Kind regards,
Ayşe Demirtaş

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "James Whitcombe <james.whitcombe@uk-mail.example>",
               "Your mother's care insurance – care level decision", d(25, 8, 40), body,
               cc="Alan Whitcombe <alan.whitcombe@post.example>", mailer=OUTLOOK_EN,
               seed="d203-111")


@mail(112, "NORMAL", "de", "internal",
      "IT notice about Friday updates, VPN maintenance and password expiry (flowed)")
def _():
    p = S["stein"]
    body = T("""
Hallo zusammen,

kurz die IT-Themen fürs Wochenende:

1. Heute ab 18:00 Uhr werden die Windows-Updates für September eingespielt. Bitte PCs eingeschaltet lassen, aber abmelden. Am Montag kann der erste Start etwas länger dauern.

2. VPN: Samstag zwischen 8 und 12 Uhr ist der VPN-Zugang wegen Wartung nicht verfügbar. Wer am Samstag Hotline-Dienst von zu Hause hat: bitte im Büro arbeiten oder mit Tanja tauschen.

3. Passwörter: Bei etwa 40 Konten läuft das Passwort in den nächsten 7 Tagen ab. Ihr bekommt eine Erinnerung von Windows. Bitte nicht einfach eine Ziffer am Ende hochzählen, der Filter erkennt das inzwischen ;-)

4. Der neue Drucker im 2. OG ist eingerichtet. Vertrauliche Ausdrucke bitte mit „Sicheres Drucken“ schicken und am Gerät mit Karte abholen.

Schönes Wochenende
Heiko

""") + p.sig
    return msg(MB["it"], MB["alle"], "IT: Updates heute Abend, VPN-Wartung Samstag, Passwörter",
               d(25, 9, 5), body, sender=p.hdr, cte="8bit", flowed=True, mailer=THUNDERBIRD,
               seed="d203-112")


@mail(113, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor premium recalculation (PDF) for a named customer after higher mileage: policy, plate, amounts, masked IBAN")
def _():
    body = T("""
Guten Tag Herr Faber,

vielen Dank für Ihre Meldung des aktuellen Kilometerstands. Da die jährliche Fahrleistung höher liegt als bei Vertragsabschluss angegeben, haben wir den Beitrag für Ihre Kfz-Versicherung neu berechnet. Die Beitragsrechnung finden Sie im Anhang.

Der Differenzbetrag wird zum 01.10.2026 von Ihrem Konto abgebucht. Sie müssen nichts weiter tun.

Mit freundlichen Grüßen
Ihr Kundenservice der Hohenmoorer Versicherung

Diese E-Mail wurde automatisch erstellt. Bei Fragen antworten Sie bitte an info@hohenmoorer.example.
""") + "\n" + FOOTER_DE
    doc = pdf([
        "Hohenmoorer Versicherung a.G. · Marktplatz 7 · 55768 Hohenmoor",
        "",
        "Herrn Dominik Faber",
        "Schillerstraße 12",
        "55768 Hohenmoor",
        "",
        "# Beitragsrechnung – Nachberechnung",
        "Kfz-Versicherung KR-4471-0090877 · Kennzeichen HOM-DF 990 · VW Passat Variant",
        "Datum: 25.09.2026",
        "",
        "Sie haben uns am 21.09.2026 einen Kilometerstand von 61.480 km gemeldet. Daraus ergibt sich eine "
        "jährliche Fahrleistung von ca. 18.000 km statt der vereinbarten 12.000 km.",
        "",
        "%cols 290,190",
        "| Zeitraum | 01.01.2026 – 31.12.2026",
        "| Jahresbeitrag bisher (12.000 km) | 684,20 EUR",
        "| Jahresbeitrag neu (20.000 km) | 770,60 EUR",
        "| Nachberechnung | 86,40 EUR",
        "| Fälligkeit | 01.10.2026",
        "",
        "Wir buchen den Betrag per SEPA-Lastschrift von Ihrem Konto IBAN DE** **** **** **** **79 31 ab "
        "(Mandatsreferenz HOV-KR-0090877-01, Gläubiger-ID DE98ZZZ00000012345).",
        "",
        "Ihre Schadenfreiheitsklassen bleiben unverändert: Haftpflicht SF 15, Vollkasko SF 12.",
    ], title="Beitragsrechnung KR-4471-0090877", author="Hohenmoorer Versicherung a.G.",
        created=(2026, 9, 25, 5, 12, 44))
    return msg(MB["info"], "Dominik Faber <dominik.faber@mailbox.example>",
               "Ihre Beitragsrechnung zur Kfz-Versicherung KR-4471-0090877", d(25, 6, 2), body,
               mailer=HOVIS, seed="d203-113",
               atts=[att_pdf(doc, "Beitragsrechnung_KR-4471-0090877_2026-09-25.pdf")])


@mail(114, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health: orthodontic treatment plan approval for a named 12-year-old (KIG 4, overjet), cost plan and reimbursement")
def _():
    p = S["whitfield"]
    body = T("""
Dear Mr. and Mrs. Castellano,

we've reviewed the orthodontic treatment plan of Dr. Feldhaus for Sophia and are happy to confirm cover under your Expat Health plan IH-2023-00077.

According to the plan of 8 September 2026, Sophia (12) has an increased overjet of 7 mm with a deep bite, which corresponds to orthodontic indication group KIG D4. Treatment with fixed braces is planned over about three years (12 quarters), estimated at EUR 5,480 including the retention phase.

Your plan pays 80 % of orthodontic treatment for children with KIG 3 or higher, up to EUR 5,000 over the entire treatment. For Sophia's plan that means:

  Estimated costs          EUR 5,480.00
  80 %                     EUR 4,384.00
  Maximum benefit          EUR 5,000.00
  Expected reimbursement   EUR 4,384.00

Please send us the quarterly invoices of the practice as they come; we reimburse each one at 80 %. Extras that are not medically necessary (for example coloured brackets or "invisible" aligners instead of fixed braces) are not covered beyond the cost of the standard treatment.

Kind regards,
Grace Whitfield

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Anthony Castellano <a.castellano@usmail.example>",
               "Sophia's orthodontic treatment – approval", d(25, 10, 35), body,
               cc="Nicole Castellano <nicole.castellano@usmail.example>", mailer=OUTLOOK_EN,
               seed="d203-114")


@mail(115, "NORMAL", "en", "insurer-to-partner",
      "trap: cat event notification to the reinsurer with loss estimates per line (XLSX); aggregates only (flowed)")
def _():
    p = S["ritter"]
    body = T("""
Dear Priya,

formal event notification under the property cat XL treaty 2026, article 9:

Event: hailstorm, night of 9 to 10 September 2026, Hohenmoor district (Niederbach - Talheide - Oberwied)
Claims reported as at 24 September: 3,512
Gross loss estimate: EUR 17.8m (range EUR 16m to 20m)
Expected recovery under the cat XL (retention EUR 5m): EUR 12.8m

The split by line and the development since the event are in the attached workbook. Motor own damage is not covered by the property treaty and is shown for information only.

We'll send updates every two weeks until the estimate is stable. A first cash call is likely in November.

Best regards,
Sven

""") + p.sig + "\n\n" + FOOTER_EN
    rows = [
        ["Line", "Claims reported", "Paid EUR", "Reserve EUR", "Incurred EUR", "Treaty"],
        ["Buildings", 1118, 2105000, 8930000, 11035000, "cat XL"],
        ["Contents", 296, 118000, 702000, 820000, "cat XL"],
        ["Commercial property", 88, 95000, 1850000, 1945000, "cat XL"],
        ["Motor own damage", 2010, 1240000, 2760000, 4000000, "n/a (info)"],
        ["Total property (treaty)", 1502, 2318000, 11482000, 13800000, ""],
        ["Total incl. motor", 3512, 3558000, 14242000, 17800000, ""],
    ]
    dev = [
        ["Date", "Claims reported", "Incurred estimate EUR"],
        ["2026-09-11", 2340, 15500000],
        ["2026-09-15", 3140, 16800000],
        ["2026-09-18", 3390, 17400000],
        ["2026-09-24", 3512, 17800000],
    ]
    x = xlsx([("By line", rows), ("Development", dev)], title="Event notification hail 09/2026",
             creator="Sven Ritter", created="2026-09-25T07:55:00Z")
    return msg(p.hdr, "Priya Raman <priya.raman@nordatlantic-re.example>",
               "Event notification – hail 9/10 September 2026 (cat XL 2026)", d(25, 11, 20),
               body, cte="8bit", flowed=True, mailer=THUNDERBIRD, seed="d203-115",
               atts=[att_xlsx(x, "Event_notification_hail_2026-09.xlsx")])


@mail(116, "NORMAL", "de", "internal",
      "trap: internal FAQ for the service team on whether laptops and phones are insured (theft from car, external cover); no persons")
def _():
    p = S["albrecht"]
    body = T("""
Hallo Kundenservice-Team,

nach dem Hagel kommen jetzt wieder vermehrt die „normalen“ Fragen. Besonders oft: „Ist mein Laptop/Handy versichert?“ Hier eine kurze Hilfe für das Telefon:

1. Zu Hause (Einbruch, Feuer, Leitungswasser, Überspannung durch Blitz): ja, über die Hausratversicherung.

2. Unterwegs: Hausrat gilt als Außenversicherung weltweit bis 10 % der Versicherungssumme, höchstens 10.000 € – aber nur bei Raub oder Einbruch in ein Gebäude, nicht bei einfachem Diebstahl (z. B. Tasche im Café stehen gelassen).

3. Aus dem Auto: Diebstahl aus dem Kfz ist nur mitversichert, wenn der Kunde den Baustein „Diebstahl aus Kfz“ hat (Komfort-Tarif, bis 1.000 €) und das Auto verschlossen war. Der Kofferraum zählt, der offene Beifahrersitz nicht.

4. Herunterfallen, Display-Bruch, Flüssigkeit: Das ist keine Hausrat-Gefahr. Dafür gibt es nur die Elektronikversicherung (Baustein „Elektronik Plus“, 4,90 € im Monat für Geräte bis 3 Jahre alt).

5. Dienstgeräte vom Arbeitgeber: nicht über die private Hausrat; an den Arbeitgeber verweisen.

Bitte keine Zusagen am Telefon, ob ein konkreter Schaden bezahlt wird – nur erklären und die Meldung aufnehmen. Den Text lege ich auch in den Wissensordner.

Danke!
Thomas

""") + p.sig
    return msg(p.hdr, "Kundenservice <kundenservice-team@hohenmoorer.example>",
               "FAQ: Sind Laptop und Handy versichert?", d(25, 13, 45), body, mailer=OUTLOOK_DE,
               seed="d203-116")


# --- Monday, 28 September 2026 ----------------------------------------------

@mail(117, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "base64-encoded body: approval of outpatient psychotherapy for a named teenager with an anxiety disorder (F41.1), therapist named")
def _():
    p = S["whitfield"]
    body = T("""
Dear Mrs. Benning,

thank you for sending us the application for psychotherapy for Mason, together with the report of Dr. Weisser.

I'm glad to confirm that your Expat Health plan (IH-2024-00251) covers outpatient psychotherapy, and we approve the treatment as applied for:

  Patient:        Mason Benning (15)
  Therapist:      Dr. Karin Weisser, psychological psychotherapist for children and adolescents, Oberwied
  Diagnosis:      generalised anxiety disorder (F41.1)
  Method:         cognitive behavioural therapy
  Approved:       25 sessions of 50 minutes, plus the 5 trial sessions already held
  Reimbursement:  80 % of the invoices, up to the maximum fees of the German scale (GOÄ/GOP, factor 2.3)

If Dr. Weisser thinks more sessions are needed later, she can apply for an extension of up to 20 further sessions with a short progress report. Up to 4 sessions with you as parents are included.

Please send us the invoices quarterly. Mason's information is handled only by our health claims team and our medical officer.

Kind regards,
Grace Whitfield

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Laura Benning <laura.benning@usmail.example>",
               "Your application of 14 September – policy IH-2024-00251", d(28, 8, 55), body,
               cte="base64", mailer=OUTLOOK_EN, seed="d203-117")


@mail(118, "NORMAL", "de", "insurer-to-partner",
      "trap: sponsoring of youth football shirts; the club's own IBAN and invoice; no natural persons' data")
def _():
    p = S["sommer"]
    body = T("""
Hallo Herr Brenzinger,

schön, dass es mit den neuen Trikots für die E- und F-Jugend geklappt hat! Wir übernehmen wie besprochen die Kosten für 36 Trikotsätze (Trikot, Hose, Stutzen) mit unserem Logo auf der Brust.

- Das Logo in den Vereinsfarben (grün/weiß, Vektor-Datei) schicke ich Ihnen morgen separat.
- Die Rechnung des Sportgeschäfts über 1.548,00 € können Sie direkt an mich schicken; wir überweisen den Betrag dann auf das Vereinskonto des TuS Hohenmoor 1908 e.V. (IBAN DE27 5001 0517 9933 6073 31), wie im Sponsoringvertrag angegeben.
- Für die Vereinszeitung und unseren Instagram-Kanal würden wir gern ein Mannschaftsfoto machen – aber nur mit schriftlicher Einwilligung der Eltern. Am einfachsten wäre ein Termin beim Heimspiel am 10. Oktober; den Einwilligungsbogen bringe ich mit.

Viel Erfolg in der Herbstrunde!

Viele Grüße
Ulrike Sommer

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Dieter Brenzinger <jugend@tus-hohenmoor.example>",
               "Trikots E- und F-Jugend", d(28, 9, 40), body, mailer=OUTLOOK_DE, seed="d203-118")


@mail(119, "CONFIDENTIAL", "de", "internal",
      "field agent's mobile visit note: new household/liability contracts for a named couple with birth dates, maiden name, address, IBAN")
def _():
    p = S["baeumer"]
    body = T("""
Hallo Julia,

bitte für Neuhäusers Hausrat und Privathaftpflicht anlegen, Beginn 01.10., Unterlagen unterschrieben hab ich, bring ich Mittwoch mit.

VN: Patrick Neuhäuser, geb. 03.08.1990
Ehefrau: Jana Neuhäuser geb. Wolter, geb. 27.01.1992
Adresse neu: Am Rebhang 7, 55768 Oberwied (Neubau, Einzug 01.10.)
Wohnfläche 92 qm, Hausrat Komfort mit Fahrrad 3.000 und Glas
PHV Familie Komfort, SB 0
Lastschrift monatlich von DE11 5706 9144 5916 7115 02 (Kontoinhaber Patrick N.)
Vorversicherung Hausrat bei der Rheinland, kündigen sie selbst zum 30.09.

Die fragen noch nach Wohngebäude, die Bank will einen Nachweis – mach ich nächste Woche ein Angebot.

Danke!

""") + p.sig
    return msg(p.hdr, '"Neumann, Julia" <julia.neumann@hohenmoorer.example>',
               "Neuhäuser Hausrat + PHV ab 1.10.", d(28, 10, 12), body, mailer=IPHONE,
               seed="d203-119")


@mail(120, "CONFIDENTIAL", "de", "internal",
      "grey zone: board memo with the explicit subject tag [vertraulich] on closing a branch office (ODT); no personal data, label from the sender's marking")
def _():
    p = S["scholl"]
    body = T("""
Liebe Abteilungsleiterinnen und Abteilungsleiter,

anbei wie angekündigt die Vorlage zur Zusammenlegung der Geschäftsstelle Oberwied mit der Hauptverwaltung. Der Vorstand wird am 13.10. entscheiden; der Betriebsrat ist informiert und wird am 6.10. beraten.

Bitte behandeln Sie die Vorlage bis zur Entscheidung vertraulich und sprechen Sie noch nicht mit Ihren Teams darüber. Die Mitarbeitenden in Oberwied informieren Herr Hüsgen und ich persönlich.

Rückfragen gern direkt an mich.

Martin Scholl

""") + p.sig
    doc = odt([
        "# Vorstandsvorlage 2026/14: Zusammenlegung Geschäftsstelle Oberwied",
        "Stand: 25.09.2026 · Vorlage für die Vorstandssitzung am 13.10.2026",
        "## 1. Ausgangslage",
        "Die Geschäftsstelle Oberwied (Bahnhofstraße 22) wird seit 2019 immer weniger besucht: 2019 rund 4.100 "
        "Kundenkontakte vor Ort, 2025 noch 1.350. Der Mietvertrag läuft zum 30.06.2027 aus; der Vermieter "
        "verlangt für eine Verlängerung 18 % mehr Miete.",
        "## 2. Vorschlag",
        "Schließung zum 30.06.2027. Die vier Arbeitsplätze (Außendienst und Kundenservice) werden in die "
        "Hauptverwaltung am Marktplatz verlegt; es gibt keine Kündigungen. Für Kunden aus Oberwied bieten wir "
        "einen festen Sprechtag pro Woche im Rathaus Oberwied an (Zusage der Ortsbürgermeisterin liegt vor).",
        "## 3. Wirtschaftliche Auswirkung",
        "| Position | jährlich",
        "| Miete und Nebenkosten | -31.200 €",
        "| Sprechtag Rathaus (Fahrzeit, Pauschale) | +6.800 €",
        "| Umzug und Rückbau (einmalig) | 14.500 €",
        "## 4. Risiken",
        "Reaktion der Presse und des Ortsgemeinderats; mögliche Abwanderung älterer Kunden. Kommunikation "
        "über Pressemitteilung nach Beschluss, vorher persönliche Gespräche mit den Mitarbeitenden.",
        "## 5. Beschlussvorschlag",
        "Der Vorstand beschließt die Zusammenlegung zum 30.06.2027 wie vorgeschlagen.",
    ], title="Vorstandsvorlage 2026/14", creator="Martin Scholl", created="2026-09-25T16:30:00")
    return msg(p.hdr, "Abteilungsleitungen <abteilungsleitungen@hohenmoorer.example>",
               "[vertraulich] Vorstandsvorlage Geschäftsstelle Oberwied", d(28, 11, 0), body,
               mailer=OUTLOOK_DE, seed="d203-120", headers=[("Sensitivity", "Company-Confidential")],
               atts=[att_odt(doc, "Vorlage_2026-14_Oberwied.odt")])


@mail(121, "NORMAL", "en", "insurer-to-supplier",
      "trap: TLS troubleshooting ticket with a gateway log in a ZIP; hostnames, documentation IPs and partner domains only, no persons (us-ascii, flowed)")
def _():
    p = S["stein"]
    body = T("""
Hi again,

thanks for the smooth certificate switch on the 22nd. One follow-up for ticket LCS-48213:

Since the switch, outbound TLS to three partner domains fails intermittently (kkh-hohenmoor.example, sta-badkreuzach.justiz.example, euroassist.example). The gateway then falls back to the portal delivery, which works, but it creates extra notification mails for our partners and they're asking why.

The attached log excerpt (ZIP, plain text) shows the handshakes from Saturday. As far as I can see our side offers TLS 1.2 and 1.3, and their servers answer with "unknown CA" after we send the new chain. My guess: the intermediate certificate isn't in the chain we present. Could you check the chain on mx1 and mx2?

The log only contains hostnames, IPs, queue IDs and TLS details - no addresses or content.

Thanks,
Heiko

""") + p.sig
    log = T("""
2026-09-26T08:14:02+02:00 mx1 smtp[4411]: 7F3A21C04B: to=<*@kkh-hohenmoor.example>, relay=mail.kkh-hohenmoor.example[198.51.100.24]:25, delay=0.4, status=deferred (TLS handshake failed: peer alert: unknown CA)
2026-09-26T08:14:02+02:00 mx1 smtp[4411]: 7F3A21C04B: policy=mandatory-tls, fallback=portal, notify=yes
2026-09-26T08:21:47+02:00 mx2 smtp[3920]: 1B0C77D912: to=<*@euroassist.example>, relay=mx.euroassist.example[203.0.113.9]:25, delay=0.6, status=deferred (TLS handshake failed: peer alert: unknown CA)
2026-09-26T08:21:48+02:00 mx2 smtp[3920]: 1B0C77D912: policy=mandatory-tls, fallback=portal, notify=yes
2026-09-26T09:02:10+02:00 mx1 smtp[4519]: 9D41E6A0C2: to=<*@nordatlantic-re.example>, relay=mx1.nordatlantic-re.example[192.0.2.44]:25, delay=0.3, tls=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, status=sent (250 2.0.0 Ok)
2026-09-26T09:40:33+02:00 mx1 smtp[4602]: 2E88F0B3A1: to=<*@sta-badkreuzach.justiz.example>, relay=mail.justiz.example[198.51.100.130]:25, delay=0.5, status=deferred (TLS handshake failed: peer alert: unknown CA)
2026-09-26T09:40:33+02:00 mx1 smtp[4602]: 2E88F0B3A1: policy=mandatory-tls, fallback=portal, notify=yes
2026-09-26T10:05:19+02:00 mx2 smtp[4001]: 5A7C3E1F09: to=<*@lumencloud.example>, relay=mx.lumencloud.example[192.0.2.200]:25, delay=0.2, tls=TLSv1.3, cipher=TLS_AES_128_GCM_SHA256, status=sent (250 OK)
""").replace("\n", "\r\n")
    z = zip_bytes([("mx-tls-2026-09-26.log", log)], when=(2026, 9, 28, 9, 30, 0))
    return msg(p.hdr, "Lumen Cloud Support <support@lumencloud.example>",
               "Re: [LCS-48213] Certificate renewal mx1.hohenmoorer.example - TLS failures",
               d(28, 13, 15), body, charset="us-ascii", cte="7bit", flowed=True,
               mailer=THUNDERBIRD, seed="d203-121", in_reply_to=_mid("d203-8"),
               atts=[att_zip(z, "mx-tls-log-2026-09-26.zip")])


@mail(122, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor: named customer rear-ended in France, accident statement, French insurer's claims representative; plates and claim number; nobody hurt")
def _():
    p = S["kraemer"]
    body = T("""
Dear Mrs. Boyd,

thank you for sending us the European Accident Statement from Metz. Good to hear that nobody was hurt.

From the statement, the case is clear: on 19 September 2026 you were stopped at a red light on the Avenue de Strasbourg in Metz when the car behind you (French registration GH-318-KT, driver Mr. Julien Marchal) drove into the rear of your Honda Accord (HOM-HB 415). Mr. Marchal ticked box 2 ("was going in the same direction and in the same lane") and signed.

As you were not at fault, your claim is against Mr. Marchal's insurer, Assurances Lorraine. You don't need to go to France for this: every EU insurer has a claims representative in Germany. For Assurances Lorraine it is:

  RegulierungsService Süd GmbH, Mannheim, reference to be quoted: your plate and the accident date

We've registered the accident for your information under K-2026-03577 (your policy KR-4471-0099876) and have already sent the claim to the representative on your behalf. They will contact you about the repair and a rental car. If they haven't replied within three months, let us know – then your own comprehensive cover can step in.

Kind regards,
Sabine Krämer

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Heather Boyd <heather.boyd@usmail.example>",
               "Your accident in Metz – next steps", d(28, 15, 5), body, mailer=OUTLOOK_EN,
               seed="d203-122")


# --- Tuesday, 29 September 2026 ---------------------------------------------

@mail(123, "STRICTLY_CONFIDENTIAL", "en", "hospital",
      "hospital's discharge summary mail with PDF forwarded as message/rfc822: named patient, hip surgery, delirium, UTI, invoice")
def _():
    p = S["roth"]
    summary = pdf([
        "# Discharge Summary",
        "Hospital Costa Serena · Department of Orthopaedic Surgery and Traumatology · Palma de Mallorca",
        "",
        "%cols 150,330",
        "| Patient | PÜTZ, Hannelore",
        "| Date of birth | 11/02/1949",
        "| Case no. | CS-26-084417",
        "| Admission | 02/09/2026 (emergency department)",
        "| Discharge | 12/09/2026, repatriation by air ambulance (EuroAssist EA-26-77310)",
        "",
        "## Diagnoses",
        "1. Displaced fracture of the right femoral neck, Garden IV (S72.0)",
        "2. Postoperative delirium (F05.1), resolved",
        "3. Urinary tract infection, E. coli (N39.0)",
        "4. Known arterial hypertension, hypothyroidism",
        "",
        "## Procedures",
        "03/09/2026: cemented hemiarthroplasty right hip, posterior approach, under spinal anaesthesia. "
        "Uneventful surgery; 1 unit of packed red cells on day 2 (Hb 7.9 g/dl).",
        "",
        "## Course",
        "From day 2 to day 4 the patient was disoriented and agitated at night (postoperative delirium), "
        "managed with low-dose haloperidol and reorientation; resolved by day 5. UTI diagnosed on day 4, "
        "treated with fosfomycin. Mobilisation with walker from day 2, 20 m on the ward at discharge.",
        "",
        "## Medication at discharge",
        "Enoxaparin 40 mg s.c. daily for 5 weeks, paracetamol 1 g up to 3x daily, metamizole 575 mg if needed, "
        "ramipril 5 mg, levothyroxine 75 µg.",
        "",
        "## Recommendations",
        "Removal of skin clips on day 14. Rehabilitation in Germany. Full weight bearing allowed.",
        "",
        "Dr. Andreu Vidal Ferrer, Consultant Orthopaedic Surgeon",
    ], title="Discharge Summary CS-26-084417", author="Hospital Costa Serena",
        created=(2026, 9, 25, 12, 30, 0), producer="HIS Costa Serena", footer="Discharge Summary CS-26-084417")
    inner = msg('"International Patient Office, Hospital Costa Serena" '
                "<international@costaserena-hospital.example>",
                "Daniela Roth <daniela.roth@hohenmoorer.example>",
                "Discharge summary and final invoice – PÜTZ, Hannelore (CS-26-084417)",
                d(25, 13, 4),
                T("""
Dear Ms. Roth,

please find attached the discharge summary of Mrs. Hannelore Pütz. The final invoice (EUR 19,840.00, within your guarantee of payment TR-26-0655) follows separately by post and through the EuroAssist portal.

Items in the invoice: 10 days in-patient stay (standard room), 1 day intermediate care unit, surgery and implant, anaesthesia, blood transfusion, laboratory and imaging, physiotherapy.

Kind regards,
Marta Ferrer
International Patient Office
Hospital Costa Serena, Palma de Mallorca
"""), cte="8bit", mailer=[("X-Mailer", "Microsoft Outlook 16.0")],
                msgid="<DB8PR02MB5566A0B1C2D3E4F5@costaserena-hospital.example>",
                atts=[att_pdf(summary, "Discharge_Summary_CS-26-084417.pdf")])
    body = T("""
Hallo Frau Dr. Wendling,

anbei der Entlassungsbericht aus Palma zu Frau Pütz (Auslandsreisekranken, TR-26-0655), als Weiterleitung mit Anhang. Die Rechnung liegt mit 19.840 € unter der Garantie. Mir fällt nur der Tag auf der Intermediate Care auf, der im ersten Bericht nicht stand – war der wegen des Delirs medizinisch nachvollziehbar?

Danke und viele Grüße
Daniela Roth

""") + p.sig
    return msg(p.hdr, '"Wendling, Jutta Dr." <jutta.wendling@hohenmoorer.example>',
               "WG: Discharge summary and final invoice – PÜTZ, Hannelore (CS-26-084417)",
               d(29, 8, 22), body, mailer=OUTLOOK_DE, seed="d203-123",
               atts=[att_msg(inner, "Discharge summary and final invoice.eml")])


@mail(124, "NORMAL", "de", "internal",
      "trap: draft data protection impact assessment (DOCX) for invoice upload in the app; lists health data categories and risks, no persons")
def _():
    p = S["reuter"]
    body = T("""
Hallo Heiko, hallo Markus,

anbei der Entwurf der Datenschutz-Folgenabschätzung für den Rechnungsupload in der Kunden-App. Bitte prüft vor allem Abschnitt 4 (Maßnahmen) – Heiko die technischen, Markus die fachlichen Punkte. Ich würde den Entwurf gern am 9. Oktober mit dem Vorstand besprechen.

Danke!
Claudia

""") + p.sig
    doc = docx([
        "# Datenschutz-Folgenabschätzung (Art. 35 DSGVO): Rechnungsupload in der Kunden-App",
        "Entwurf 0.3 · 29.09.2026 · Verantwortlich: Hohenmoorer Versicherung a.G. · Erstellt von: C. Reuter (DSB)",
        "## 1. Beschreibung der Verarbeitung",
        "Versicherte der Krankenversicherung fotografieren Arzt-, Zahnarzt-, Apotheken- und Krankenhausrechnungen "
        "mit der App und laden sie hoch. Eine Texterkennung liest Rechnungsdatum, Leistungserbringer, "
        "Gebührenziffern, Diagnosen (ICD-10) und Beträge aus; die Sachbearbeitung prüft und erstattet.",
        "## 2. Kategorien personenbezogener Daten",
        "| Kategorie | Beispiele | Art. 9 DSGVO",
        "| Stammdaten | Name, Versicherungsnummer, Anschrift | nein",
        "| Gesundheitsdaten | Diagnosen, Behandlungen, Medikamente | ja",
        "| Bankdaten | IBAN für die Erstattung | nein",
        "| Daten Dritter | mitversicherte Kinder, behandelnde Ärzte | teilweise",
        "## 3. Risiken",
        "Offenlegung von Gesundheitsdaten bei Verlust des Smartphones; Fehlzuordnung von Rechnungen zu falschen "
        "Versicherten; Übermittlung an Dienstleister der Texterkennung außerhalb der EU; unbefugter Zugriff "
        "durch Mitarbeitende ohne Leistungsaufgabe.",
        "## 4. Maßnahmen",
        "Ende-zu-Ende-Verschlüsselung des Uploads; keine Speicherung der Bilder auf dem Gerät nach dem Upload; "
        "Texterkennung nur on-premises; Zugriff nur für die Leistungsabteilung; Protokollierung aller Zugriffe "
        "(Aufbewahrung 6 Jahre); Löschung der Bilder nach Abschluss der Prüfung, Aufbewahrung der Abrechnung "
        "nach den gesetzlichen Fristen.",
        "## 5. Ergebnis (vorläufig)",
        "Das Restrisiko ist nach Umsetzung der Maßnahmen als gering einzustufen. Eine Konsultation der "
        "Aufsichtsbehörde nach Art. 36 DSGVO ist nicht erforderlich.",
    ], title="DSFA Rechnungsupload App", creator="Claudia Reuter", created="2026-09-29T07:45:00Z")
    return msg(p.hdr, '"Stein, Heiko" <heiko.stein@hohenmoorer.example>, '
               '"Oberle, Markus" <markus.oberle@hohenmoorer.example>',
               "Entwurf DSFA Rechnungsupload – bitte bis 6.10. prüfen", d(29, 9, 10), body,
               mailer=OUTLOOK_DE, seed="d203-124",
               atts=[att_docx(doc, "DSFA_Rechnungsupload_Entwurf_0.3.docx")])

@mail(125, "CONFIDENTIAL", "de", "insurer-to-customer",
      "address change of a named couple across household, liability and motor contracts; old and new address, policy numbers, new premium")
def _():
    p = S["neumann"]
    body = T("""
Hallo Frau Jost, hallo Herr Jost,

herzlichen Glückwunsch zum neuen Zuhause! Wir haben Ihre neue Anschrift in allen Verträgen geändert:

  alt: Lindenweg 3, 55768 Hohenmoor
  neu: Im Brühl 14, 55768 Oberwied (ab 15.09.2026)

  Hausrat HR 12 276 118-5:       Wohnfläche von 78 auf 104 m² angepasst, Versicherungssumme jetzt 67.600 €,
                                  neuer Beitrag 11,90 € statt 9,20 € monatlich ab 01.10.2026
  Privathaftpflicht PH 21 039 554-0:  keine Änderung
  Kfz KR-4471-0081163 (HOM-KJ 505): Regionalklasse unverändert, Beitrag bleibt gleich

Während des Umzugs waren beide Wohnungen zwei Monate lang über die Hausrat versichert – falls beim Umzug etwas kaputtgegangen ist, melden Sie sich bitte.

Bitte denken Sie daran, das Auto bei der Zulassungsstelle umzumelden. Das Kennzeichen können Sie behalten, da Sie im Kreis bleiben.

Die Nachträge zu den Verträgen bekommen Sie mit der Post.

Viele Grüße
Julia Neumann

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Kerstin Jost <kerstin.jost@webpost.example>",
               "Ihre neue Anschrift – Änderung in Ihren Verträgen", d(29, 10, 5), body,
               cc="Daniel Jost <daniel.jost@webpost.example>", mailer=OUTLOOK_DE,
               seed="d203-125")


@mail(126, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
      "life: funeral expense insurance paid to the daughter of a named deceased insured (nursing home, death certificate), IBAN")
def _():
    p = S["hoffmeister"]
    body = T("""
Sehr geehrte Frau Ehlert,

mit großem Bedauern haben wir vom Tod Ihrer Mutter erfahren. Unser aufrichtiges Beileid.

Ihre Unterlagen zur Sterbegeldversicherung sind vollständig:

  Vertrag:              LV-STG-2004-00219 (Sterbegeldversicherung)
  Versicherte Person:   Gertrud Ehlert, geb. 02.04.1931, verstorben am 05.09.2026 im Seniorenzentrum St. Josef, Hohenmoor
  Unterlagen:           Sterbeurkunde, ärztliche Todesbescheinigung (natürlicher Tod nach längerer Erkrankung), Rechnung Bestattungshaus Kerber
  Bezugsberechtigt:     Sabine Ehlert (Tochter)

  Versicherungssumme:   6.000,00 €
  Überschussanteile:    1.384,20 €
  Auszahlung:           7.384,20 €

Wie von Ihnen gewünscht überweisen wir 4.870,00 € direkt an das Bestattungshaus Kerber und den Restbetrag von 2.514,20 € an Sie auf das Konto IBAN DE70 3705 0198 7360 8404 69.

Falls Ihre Mutter noch weitere Verträge bei uns hatte, kümmern wir uns gern darum – rufen Sie mich einfach an.

Mit freundlichen Grüßen
Lena Hoffmeister

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Sabine Ehlert <sabine.ehlert@mailbox.example>",
               "Sterbegeldversicherung Ihrer Mutter – Auszahlung", d(29, 11, 14), body,
               mailer=OUTLOOK_DE, seed="d203-126")


@mail(127, "NORMAL", "de", "newsletter",
      "trap: HTML-only staff newsletter: hail review, trainees, work anniversaries, blood donation date, data protection tip; names in organisational context only")
def _():
    html = T("""
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Hohenmoorer Intern 9/2026</title></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222;background:#f4f4f4">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#2f5d3a;color:#fff;padding:16px 22px"><span style="font-size:24px">Hohenmoorer Intern</span><br>Ausgabe 9/2026 · Mitarbeiterzeitung</td></tr>
<tr><td style="padding:18px 22px">
<h2 style="color:#2f5d3a">Der Hagel in Zahlen</h2>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc">
<tr style="background:#e6eee3"><th align="left">Kennzahl</th><th align="right">Stand 28.09.</th></tr>
<tr><td>gemeldete Schäden</td><td align="right">3.618</td></tr>
<tr><td>davon abgeschlossen</td><td align="right">1.944</td></tr>
<tr><td>Anrufe an der Hotline</td><td align="right">11.270</td></tr>
<tr><td>Überstunden (alle Abteilungen)</td><td align="right">2.480</td></tr>
</table>
<p>Danke an alle, die an der Hotline, in der Hagelstraße und am Wochenende geholfen haben – auch an die Kolleginnen und Kollegen aus Leben, Kranken und der Verwaltung, die sich spontan eingetragen haben!</p>
<h2 style="color:#2f5d3a">Neu an Bord</h2>
<p>Seit 1. September lernen Lea Brücken, Jonas Wirtz und Melisa Arslan bei uns. Die drei sind gerade im Kundenservice – sagt Hallo!</p>
<h2 style="color:#2f5d3a">Jubiläen im September</h2>
<ul><li>25 Jahre: Werner Koch (Registratur)</li><li>10 Jahre: Nicole Wagner (Rechtsschutz-Schaden)</li><li>10 Jahre: Heiko Stein (IT-Betrieb)</li></ul>
<h2 style="color:#2f5d3a">Blutspende im Haus</h2>
<p>Der Blutspendedienst kommt am <b>Mittwoch, 21. Oktober</b>, von 14 bis 19 Uhr in den Saal im 1. OG. Eine Spende dauert etwa eine Stunde inklusive Arztgespräch und Imbiss. Termine über das Intranet; Spenden während der Arbeitszeit ist ausdrücklich erlaubt.</p>
<h2 style="color:#2f5d3a">Datenschutz-Tipp des Monats</h2>
<p>Gesundheitsdaten nie in den Betreff, Listen nie an ganze Verteiler. Und: Wer am Drucker etwas Fremdes findet, bringt es bitte dem Absender oder Claudia Reuter – nicht in den Papierkorb.</p>
<h2 style="color:#2f5d3a">Betriebsausflug</h2>
<p>Die Fotos vom Moorpfad und vom Weingut Lenzen sind im Intranet unter „Galerie“. Wer nicht auf einem Foto erscheinen möchte, meldet sich bitte bei Tanja Esser – das Bild wird dann sofort entfernt.</p>
</td></tr>
<tr><td style="padding:10px 22px;font-size:12px;color:#666;background:#eee">Redaktion: Ulrike Sommer, Tanja Esser · Beiträge an intern@hohenmoorer.example</td></tr>
</table></body></html>
""")
    return msg(MB["intern"], MB["alle"], "Hohenmoorer Intern 9/2026", d(29, 12, 0),
               html=html, html_only=True, mailer=OUTLOOK_DE, seed="d203-127")


@mail(128, "CONFIDENTIAL", "de", "insurer-to-customer",
      "business liability of a named sole trader: premium recalculated from his declared turnover and payroll (income figures)")
def _():
    p = S["lauer"]
    body = T("""
Sehr geehrter Herr Sauerborn,

vielen Dank für Ihre Umsatzmeldung für das Geschäftsjahr 2025. Wir haben den Beitrag Ihrer Betriebshaftpflichtversicherung BH 50 004 772-3 (Elektro Sauerborn, Inh. Marco Sauerborn, Talstraße 2, 55768 Hohenmoor) neu berechnet:

  Beitragsgrundlage bisher:   Jahresumsatz 238.000 €, Lohnsumme 96.000 €
  Beitragsgrundlage neu:      Jahresumsatz 286.400 €, Lohnsumme 121.500 €
  Jahresbeitrag bisher:       1.142,40 € zzgl. VersSt
  Jahresbeitrag neu:          1.358,90 € zzgl. VersSt

Der Mehrbeitrag für das laufende Jahr (anteilig 216,50 € zzgl. VersSt) wird mit der nächsten Rechnung fällig.

Da Sie jetzt auch Photovoltaikanlagen und Wallboxen montieren, haben wir geprüft, ob das mitversichert ist: Ja, Montage und Wartung von PV-Anlagen bis 30 kWp sind im Tarif „Handwerk Plus“ enthalten. Für größere Anlagen sprechen Sie mich bitte vorher an.

Mit freundlichen Grüßen
Stefan Lauer

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Marco Sauerborn <info@elektro-sauerborn.example>",
               "Betriebshaftpflicht BH 50 004 772-3 – Beitrag nach Umsatzmeldung 2025",
               d(29, 14, 35), body, mailer=OUTLOOK_DE, seed="d203-128")


# --- Wednesday, 30 September 2026 -------------------------------------------

@mail(129, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance: appointment for a medical examination of a named insured's knee (cruciate ligament, meniscus) with an ICS invite")
def _():
    p = S["jungbluth"]
    body = T("""
Sehr geehrte Frau Pesch,

für die abschließende Bemessung der Invalidität nach Ihrem Skiunfall vom 07.02.2026 (Unfallversicherung UV/20/0049903, Schaden UV-S-2026-0058) haben wir wie besprochen Herrn Dr. med. Kai Böhmer, Orthopädie am Stadtpark, mit einem Gutachten beauftragt.

Ihr Termin: Dienstag, 13.10.2026, 9:30 Uhr, Orthopädie am Stadtpark, Parkstraße 2, Hohenmoor. Die Einladung für Ihren Kalender hängt an.

Bitte bringen Sie mit:
- die MRT-Bilder Ihres rechten Knies (CD) und den OP-Bericht zur Kreuzbandplastik und Meniskusnaht vom März,
- den Bericht der Reha bzw. die letzten Physiotherapie-Verordnungen,
- eine Liste Ihrer aktuellen Beschwerden (z. B. Instabilität beim Treppensteigen, Schwellung nach Belastung).

Die Untersuchung dauert etwa eine Stunde. Die Kosten für das Gutachten und Ihre Fahrtkosten übernehmen wir.

Mit freundlichen Grüßen
Petra Jungbluth

""") + p.sig + "\n\n" + FOOTER_DE
    ics = T("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000
DTSTAMP:20260930T064500Z
DTSTART:20261013T073000Z
DTEND:20261013T083000Z
SUMMARY;LANGUAGE=de-DE:Gutachten Knie rechts – Frau Pesch (UV-S-2026-0058)
LOCATION;LANGUAGE=de-DE:Orthopädie am Stadtpark\\, Parkstraße 2\\, Hohenmoor
DESCRIPTION;LANGUAGE=de-DE:Invaliditätsbemessung nach Kreuzbandruptur und Meniskusnaht rechts. MRT-CD\\, OP-Bericht und Reha-Bericht mitbringen.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")
    return msg(p.hdr, "Claudia Pesch <claudia.pesch@netpost.example>",
               "Ihr Gutachtentermin am 13.10.2026", d(30, 8, 45), body, mailer=OUTLOOK_DE,
               seed="d203-129", atts=[att_ics(ics, "Gutachtentermin.ics", method="PUBLISH")])


@mail(130, "NORMAL", "en", "internal",
      "trap: Q4 planning notes of the international desk: staffing, events, routing of medical evacuation and health claims; no persons' data")
def _():
    p = S["whitfield"]
    body = T("""
Hi all,

here are my notes from this morning's Q4 planning, so we're all on the same page:

1. Staffing: Rebecca is on leave 19-30 October; I cover the walk-in days. From November, Julia joins us on Thursdays for six months as part of her training.

2. Events: base info session on 6 October (Grace, Rebecca, Jan), Stammtisch talk on 21 October (Grace, Rebecca). Flyers are ordered.

3. Routing – reminder:
   - travel and assistance cases, including any medical evacuation or repatriation: to Daniela's team, never handled by us alone;
   - Expat Health invoices and treatment plans: we log them, Markus's team decides; medical questions go to Dr. Wendling via the file, not by mail;
   - disability and accident claims: Florian / Petra, we only translate.

4. Quality target: first answer to e-mails within 1 working day again from mid-October, when the hail backlog is gone.

5. Glossary: version 0.2 with Rebecca's care-insurance terms is in the team folder.

6. Christmas: English Christmas card to customers – Ulrike will send us a draft.

Grace

""") + p.sig
    return msg(p.hdr, "International Desk Team <intl-team@hohenmoorer.example>",
               "Notes Q4 planning", d(30, 9, 20), body, mailer=OUTLOOK_EN, seed="d203-130")


@mail(131, "CONFIDENTIAL", "en", "insurer-to-customer",
      "household burglary claim of a named couple: address, stolen items, police reference, policy and claim number")
def _():
    p = S["mthal"]
    body = T("""
Dear Mr. and Mrs. Carter,

I'm very sorry about the break-in. It's an awful feeling to come home to that. Your claim is registered:

  Claim number:     S-2026-09-02544
  Policy:           HV 12 340 112-9 (household contents, sum insured EUR 52,000)
  Location:         Kirchstraße 21, ground floor, 55768 Hohenmoor
  Date:             26 September 2026, between 2 pm and 11 pm
  Police reference: Polizeiinspektion Hohenmoor, 2026/121877

From your call I've noted as stolen: a laptop (MacBook Pro 14"), a PlayStation 5 with two controllers, a jewellery box with a gold necklace, two rings and a watch, and about EUR 300 in cash. The patio door was forced open.

What we need now:
1. a complete list of the stolen items with purchase year and price – our form is attached to the letter we've sent by post; please send the same list to the police (the "Stehlgutliste"),
2. receipts, bank statements or photos for the more valuable items, especially the jewellery,
3. the invoice for repairing the patio door (lock and frame). You can have it repaired right away.

Please note: cash is covered up to EUR 1,500 and jewellery outside a safe up to EUR 20,000, so your items should be fully covered at replacement value.

Kind regards,
Rebecca Müller-Thal

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "DeShawn Carter <deshawn.carter@usmail.example>",
               "Your burglary claim S-2026-09-02544", d(30, 10, 2), body,
               cc="Keisha Carter <keisha.carter@usmail.example>", mailer=OUTLOOK_EN,
               seed="d203-131")


@mail(132, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "ZIP attachment only: XLSX of open disability claims with names, birth years, diagnoses and reserves for the quarter-end; body harmless")
def _():
    p = S["brandt"]
    body = T("""
Hallo Ramona,

wie besprochen die Liste für die Reservierung zum 30.09. Die Datei ist wie immer gezippt; Passwort bekommst du telefonisch.

Gruß
Florian

""") + p.sig
    rows = [
        ["Leistungsfall", "Name", "Geb.-Jahr", "Beruf", "Diagnose (führend)", "Status",
         "BU-Rente mtl. EUR", "Reserve EUR"],
        ["BU-L-2024-0208", "Jörg Anheuser", 1979, "Elektroniker", "G35 Multiple Sklerose",
         "anerkannt", 1500, 312400],
        ["BU-L-2025-0311", "Melanie Fuchs", 1983, "Lehrerin", "F43.2 Anpassungsstörung",
         "in Prüfung", 1800, 95000],
        ["BU-L-2026-0092", "Katarzyna Nowak", 1984, "Pflegefachkraft",
         "F33.2 rez. depressive Störung", "anerkannt befristet", 1250, 141800],
        ["BU-L-2026-0147", "Ralf Meisenheimer", 1971, "Lagerlogistiker",
         "M51.1 Bandscheibenvorfall L5/S1", "in Prüfung", 1100, 64000],
        ["BU-L-2026-0163", "Sevgi Aydoğan", 1990, "Friseurin",
         "L23.5 allergisches Kontaktekzem Hände", "in Prüfung", 900, 38500],
        ["BU-L-2023-0077", "Manfred Holl", 1966, "Landwirt",
         "I25.1 KHK, Z. n. Bypass-OP", "anerkannt", 1350, 178900],
    ]
    x = xlsx([("offene BU-Fälle 30.09.", rows)], title="Reserveliste BU 2026-09-30",
             creator="Florian Brandt", created="2026-09-30T07:15:00Z")
    readme = "Reserveliste BU-Leistung Stichtag 30.09.2026\r\nQuelle: HOVIS-Leistung, Abzug 30.09.2026 07:10\r\nNur für Controlling / Aktuariat.\r\n"
    z = zip_bytes([("Reserveliste_BU_2026-09-30.xlsx", x), ("liesmich.txt", readme)],
                  when=(2026, 9, 30, 7, 20, 0))
    return msg(p.hdr, '"Lenz, Ramona" <ramona.lenz@hohenmoorer.example>',
               "Liste zum Quartalsende", d(30, 10, 45), body, mailer=OUTLOOK_DE,
               seed="d203-132", atts=[att_zip(z, "BU_2026-09-30.zip")])


@mail(133, "NORMAL", "de", "insurer-to-partner",
      "trap: fire safety day with the volunteer fire brigade: sponsored smoke detectors, grease-fire demo, fire-damage talk; no persons")
def _():
    p = S["sommer"]
    body = T("""
Hallo Herr Kessler,

vielen Dank für das gute Vorgespräch! Hier noch einmal zusammengefasst, was wir für den Brandschutztag am Samstag, 10. Oktober, auf dem Marktplatz beitragen:

- 200 Rauchwarnmelder (10-Jahres-Batterie) zum Verschenken an Haushalte aus Hohenmoor – solange der Vorrat reicht, einer pro Haushalt.
- Unser Pavillon neben Ihrem Löschfahrzeug, besetzt von 10 bis 16 Uhr mit zwei Kolleginnen und Kollegen aus dem Sachschaden.
- Ein kurzer Vortrag um 13 Uhr: „Was tun nach einem Brandschaden?“ – Sofortmaßnahmen, Ruß und Löschwasser, was die Versicherung zahlt. Ohne Fallbeispiele mit Namen, versprochen.
- Die Fettbrand-Vorführung machen wie besprochen Ihre Leute; wir stellen die Absperrung und den Feuerlöscher-Gutschein für das Quiz.

Für die Ankündigung im Anzeiger schicke ich Ihnen bis Freitag einen Text. Wenn Sie Fotos machen, bitte keine Kinder ohne Einverständnis der Eltern veröffentlichen.

Viele Grüße
Ulrike Sommer

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, '"Wehrführer Jens Kessler" <wehrfuehrung@feuerwehr-hohenmoor.example>',
               "Brandschutztag 10.10. – unser Beitrag", d(30, 11, 30), body, mailer=OUTLOOK_DE,
               seed="d203-133")


@mail(134, "CONFIDENTIAL", "de", "lawyer",
      "opposing lawyer's letter forwarded inline: neighbour dispute over a tree and storm damage to a garage; named parties, addresses, claim amount")
def _():
    p = S["wagner"]
    body = T("""
Hallo Kevin,

Frau Seel (Rechtsschutz RS-55-0027740, bei mir unter RS-2026-01041) hat mir das unten stehende Anwaltsschreiben geschickt. Den Teil mit der Beseitigung der Äste decke ich über den Rechtsschutz, aber die 2.300 € für das Garagendach sind ja eigentlich ein Haftpflichtthema – hat sie eine PHV bei uns? Dann wäre es deins, und ihr Rechtsschutz greift für die Abwehr nicht.

Gruß
Nicole

""") + p.sig + T("""

-----Ursprüngliche Nachricht-----
Von: Kanzlei Dr. Ehrenberg <sekretariat@kanzlei-ehrenberg.example>
Gesendet: Dienstag, 29. September 2026 16:02
An: gudrun.seel@mailbox.example
Betreff: Kasper ./. Seel – Walnussbaum Grundstücksgrenze

Sehr geehrte Frau Seel,

wir zeigen an, dass wir Herrn Friedhelm Kasper, Am Mühlbach 9, 55768 Hohenmoor, anwaltlich vertreten.

Die Äste des auf Ihrem Grundstück Am Mühlbach 11 stehenden Walnussbaums ragen seit Jahren über die Grundstücksgrenze. Beim Unwetter am 10.09.2026 ist ein starker Ast abgebrochen und auf das Dach der Garage unseres Mandanten gestürzt. Nach dem Kostenvoranschlag der Firma Dachbau Schmitz beläuft sich der Schaden auf 2.300,00 €.

Namens unseres Mandanten fordern wir Sie auf,
1. die überhängenden Äste bis zum 31.10.2026 bis zur Grundstücksgrenze zurückzuschneiden (§ 910 BGB),
2. den Schaden von 2.300,00 € bis zum 15.10.2026 auf unser Kanzleikonto zu zahlen.

Sollten die Fristen fruchtlos verstreichen, werden wir unserem Mandanten empfehlen, gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen
Dr. Konrad Ehrenberg
Rechtsanwalt
""")
    return msg(p.hdr, '"Schäfer, Kevin" <kevin.schaefer@hohenmoorer.example>',
               "WG: Kasper ./. Seel – Walnussbaum Grundstücksgrenze", d(30, 13, 2), body,
               mailer=OUTLOOK_DE, seed="d203-134")


@mail(135, "NORMAL", "en", "insurer-to-broker",
      "trap: term-life product information for a broker with sample premiums by age and smoker status, underwriting limits; no persons")
def _():
    p = S["hoffmeister"]
    body = T("""
Dear Mark,

thanks for your call. Here is the overview of our term life insurance for your clients, as requested. All figures are examples for a level sum insured of EUR 250,000 over 20 years, monthly premiums:

  Age at start   Non-smoker   Smoker
  25             EUR 11.40    EUR 24.90
  30             EUR 13.20    EUR 30.10
  35             EUR 16.80    EUR 41.60
  40             EUR 23.50    EUR 62.30

Underwriting:
- up to EUR 300,000: health questions in the application only (10 questions, last 5 years), no medical exam;
- EUR 300,001 to 750,000: additionally a medical report from the family doctor or a short exam;
- above EUR 750,000: full medical exam incl. blood tests and ECG, and a financial justification.

Good to know for military personnel: deployments and service in war zones are covered without a surcharge, as long as the insured person does not actively take part in combat operations; this is explained in section 4 of the terms. Flying as a pilot or crew member of military aircraft needs an additional questionnaire.

Applications with health information should only be sent through the broker portal, please – not by e-mail.

Best regards,
Lena Hoffmeister

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Mark Haddad <mark.haddad@pinnacle-ris.example>",
               "Term life for your clients – overview and sample premiums", d(30, 13, 40),
               body, mailer=OUTLOOK_EN, seed="d203-135")


@mail(136, "NORMAL", "en", "insurer-to-customer",
      "out-of-office auto-reply in English (us-ascii); no data")
def _():
    body = T("""
Hello,

thank you for your e-mail. I'm out of the office on Thursday, 1 October, and back on Friday, 2 October.

For urgent matters, please contact our International Desk at international@hohenmoorer.example or +49 6571 4471-230. To report a claim at any time, call +49 6571 4471-0.

Best regards,
Grace Whitfield
International Desk
Hohenmoorer Versicherung a.G.
""")
    return msg(S["whitfield"].hdr, "Kimberly Ross <kim.ross@usmail.example>",
               "Automatic reply: Quick question", d(30, 16, 31), body, charset="us-ascii",
               cte="quoted-printable", mailer=OUTLOOK_EN, seed="d203-136",
               in_reply_to="<CAG1nX8fQ2w9ZL@usmail.example>",
               headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail(137, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motorcycle theft of a named customer: plate, model, policy and claim number, police reference, waiting period (windows-1252)")
def _():
    p = S["kraemer"]
    body = T("""
Sehr geehrter Herr Nickel,

es tut mir leid, dass Ihr Motorrad gestohlen wurde. Wir haben den Diebstahl unter der Schadennummer K-2026-03690 aufgenommen:

  Fahrzeug:      Kawasaki Z900, EZ 05/2023, Kennzeichen HOM-SN 77
  Vertrag:       KR-4471-0085520 (Haftpflicht und Teilkasko, SB 150 €)
  Tatzeit:       Nacht vom 26. auf den 27.09.2026, Carport Waldstraße 40, Niederbach
  Polizei:       Anzeige vom 27.09.2026, Aktenzeichen 2026/121903

Für die weitere Bearbeitung brauchen wir von Ihnen:
1. beide Fahrzeugschlüssel (bitte per Einschreiben an uns, nicht in den Briefkasten werfen),
2. die Zulassungsbescheinigung Teil II (Fahrzeugbrief),
3. den Kaufvertrag und Belege für Zubehör (Sportauspuff, Koffersystem),
4. die ausgefüllte Diebstahlanzeige, die wir Ihnen heute per Post schicken.

Bitte melden Sie das Motorrad bei der Zulassungsstelle ab, sobald die Polizei die Anzeige aufgenommen hat – das haben Sie ja bereits erledigt. Nach den Bedingungen zahlen wir, wenn das Fahrzeug nicht innerhalb eines Monats nach Eingang der Anzeige wieder aufgetaucht ist, also frühestens Ende Oktober. Entschädigt wird der Wiederbeschaffungswert abzüglich der Selbstbeteiligung.

Mit freundlichen Grüßen
Sabine Krämer

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Sven Nickel <sven.nickel@webpost.example>",
               "Diebstahl Ihres Motorrads HOM-SN 77 – Schaden K-2026-03690", d(30, 14, 50),
               body, charset="windows-1252", mailer=OUTLOOK_DE, seed="d203-137")


@mail(138, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "quoted history only: two-line reply; the quoted customer mail names her son's ADHD medication (Medikinet) and a new IBAN")
def _():
    p = S["neumann"]
    body = T("""
Hallo Frau Kröger,

danke, die neue Bankverbindung ist ab sofort hinterlegt – auch für die Erstattungen.

Viele Grüße
Julia Neumann

""") + p.sig + "\n\n" + FOOTER_DE + T("""


Von: Melanie Kröger <melanie.kroeger@netpost.example>
Gesendet: Dienstag, 29. September 2026 21:33
An: info@hohenmoorer.example
Betreff: neue Bankverbindung

Hallo,

wir haben die Bank gewechselt. Bitte ab Oktober die Beiträge für unsere Krankenversicherung (KV 700 69031-01 und -03) von der neuen Bankverbindung abbuchen:
IBAN DE48 5504 0022 3060 1400 26, Kontoinhaberin Melanie Kröger

Die Erstattungen bitte auch dahin, besonders die für die Medikinet-Rezepte von meinem Sohn Finn (ADHS), die reiche ich ja jeden Monat ein. Die Rechnung von der Kinder- und Jugendpsychiaterin vom August kommt noch.

Danke und Gruß
Melanie Kröger
""")
    return msg(p.hdr, "Melanie Kröger <melanie.kroeger@netpost.example>",
               "AW: neue Bankverbindung", d(30, 15, 20), body, mailer=OUTLOOK_DE,
               seed="d203-138", in_reply_to="<1c2d3e4f5a6b7c8d@netpost.example>")

@mail(139, "NORMAL", "de", "internal",
      "trap: disposal of the old fax machine in the health claims department; doctors' reports by fax now arrive in a mailbox; no persons (iso-8859-1)")
def _():
    p = S["esser"]
    body = T("""
Hallo zusammen,

das alte Faxgerät im 3. OG (Leistung Kranken/Pflege, Flur neben dem Kopierer) wird am Freitag, 2. Oktober, vom Entsorger abgeholt. Seit Juli laufen alle Faxe ohnehin über das elektronische Faxpostfach; Arztberichte, Krankenhausrechnungen und Verordnungen, die per Fax kommen, landen direkt als PDF im Gruppenpostfach der Leistungsabteilung.

Heiko hat den Speicher des Geräts bereits gelöscht, und die Festplatte wird vom Entsorger mit Vernichtungsnachweis zerstört (wie beim Kopierer im Frühjahr).

Falls noch jemand Faxnummern auf Briefbögen oder in Mail-Signaturen stehen hat: Die Nummer 06571 4471-399 bleibt gleich, es ändert sich nur das Gerät dahinter.

Viele Grüße
Tanja

""") + p.sig
    return msg(p.hdr, MB["alle"], "Faxgerät 3. OG wird abgeholt", d(30, 15, 42), body,
               charset="iso-8859-1", mailer=OUTLOOK_DE, seed="d203-139")


@mail(140, "CONFIDENTIAL", "en", "internal",
      "rent deposit guarantee check for a named customer: net salary, rent, deposit, employer (income data)")
def _():
    p = S["mthal"]
    body = T("""
Hi Frank,

could you approve a rent deposit guarantee for a new International Desk customer? Details:

  Applicant:       Ms. Latoya Spencer, Kirchweg 14a, 55768 Hohenmoor (moving in 1 November)
  Employer:        DoDEA, Talheide Middle School, teacher, permanent contract since 2019, in Germany since August 2026
  Net income:      approx. EUR 3,480 per month (paid in USD, converted at today's rate; last three pay statements in the file)
  Other income:    living quarters allowance EUR 1,210 per month, paid directly by the employer
  Landlord:        Wohnbau Hohenmoor GmbH
  Cold rent:       EUR 1,150 per month
  Deposit:         EUR 3,450 (three months' cold rent)
  Guarantee fee:   5 % p.a. = EUR 172.50

There's no SCHUFA record, as she has only been in Germany for eight weeks; I've attached the US credit report she brought (score 768, no negative entries) to the HOVIS file instead.

The landlord needs the guarantee certificate by 15 October.

Thanks,
Rebecca

""") + p.sig
    return msg(p.hdr, '"Jessen, Frank" <frank.jessen@hohenmoorer.example>',
               "Rent deposit guarantee – Ms. Spencer", d(30, 16, 5), body, mailer=OUTLOOK_EN,
               seed="d203-140")


@mail(141, "NORMAL", "en", "internal",
      "trap: general question whether the expat health plan covers contact lenses and laser eye surgery; no insured person")
def _():
    p = S["whitfield"]
    body = T("""
Hi Markus,

a general question, no specific case: customers at the walk-in keep asking me about eyes, and I'd like to give the right answer.

1. Glasses are covered up to EUR 300 every two years under Expat Health – does that also apply to contact lenses, and to daily disposables?
2. Is an eye test at an optician covered, or only at an ophthalmologist?
3. Laser eye surgery (LASIK): as far as I know it's not covered in the basic plan. Is it covered in Expat Health Premium, and under what conditions (minimum dioptres?)

If there's a one-page summary in German, that would already help – I can translate it for the glossary.

Thanks!
Grace

""") + p.sig
    return msg(p.hdr, '"Oberle, Markus" <markus.oberle@hohenmoorer.example>',
               "General question: contact lenses / LASIK in Expat Health", d(30, 16, 20), body,
               mailer=OUTLOOK_EN, seed="d203-141")


@mail(142, "NORMAL", "de", "insurer-to-partner",
      "road safety day at the primary school with a truck 'blind spot' demo and sponsored bicycle helmets; no persons")
def _():
    p = S["sommer"]
    body = T("""
Sehr geehrte Frau Rektorin Weinand,

vielen Dank für Ihre Zusage! Für den Verkehrssicherheitstag der 3. und 4. Klassen am Donnerstag, 15. Oktober, ist jetzt alles organisiert:

- 8:30–10:00 Uhr: „Toter Winkel“ mit einem Lkw der Spedition Kessler auf dem Schulhof. Die Kinder sitzen einmal selbst im Führerhaus und sehen, was der Fahrer nicht sieht.
- 10:15–11:30 Uhr: Fahrrad-Check mit der Polizei (Verkehrserziehung) und ein kleiner Parcours.
- Wir schenken jedem Kind der 3. Klassen einen Fahrradhelm (insgesamt 52 Stück in drei Größen). Die Größenliste bräuchten wir bis 5. Oktober, bitte nur Größen, keine Namen.

Fotos machen wir nur von Gruppen und nur von Kindern, deren Eltern schriftlich eingewilligt haben. Den Einwilligungsbogen schicke ich Ihnen morgen in ausreichender Zahl mit der Post, damit die Lehrkräfte ihn gleich austeilen können.

Viele Grüße
Ulrike Sommer

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, '"Rektorin Birgit Weinand" <sekretariat@grundschule-hohenmoor.example>',
               "Verkehrssicherheitstag 15.10. – Ablauf", d(30, 16, 48), body, mailer=OUTLOOK_DE,
               seed="d203-142")


@mail(143, "CONFIDENTIAL", "de", "insurer-to-customer",
      "base64-encoded body: partial rejection of a named customer's hail roof claim (wear and frost damage), policy and claim number, amounts")
def _():
    p = S["albrecht"]
    body = T("""
Sehr geehrter Herr Wingender,

der Sachverständige Herr Haas hat Ihr Dach am 24.09.2026 besichtigt; sein Bericht liegt uns jetzt vor. Leider können wir Ihren Schaden nicht in voller Höhe übernehmen.

  Vertrag:      WG 40 012 540-6 (Wohngebäude), Hauptstraße 88, 55768 Hohenmoor-Niederbach
  Schaden:      2026-SH-005102, Hagel vom 10.09.2026
  Angebot:      Dachbau Schmitz, Neueindeckung Nordseite, 7.020,00 €

Nach dem Bericht waren etwa 40 % der beschädigten Dachziegel bereits vor dem Hagel porös und durch Frost abgeplatzt. Die Ziegel stammen aus der Erstbebauung 1968; die Schäden zeigen typische Frostabplatzungen und Moosbewuchs an den Bruchkanten, also Spuren, die älter als drei Wochen sind. Verschleiß und Frostschäden sind in der Wohngebäudeversicherung nicht versichert.

Den hagelbedingten Anteil von 60 % übernehmen wir:

  60 % von 7.020,00 €       4.212,00 €
  bereits gezahlt (Abschlag) 2.000,00 €
  Restzahlung               2.212,00 €

Die Restzahlung überweisen wir auf Ihr bekanntes Konto. Wenn Sie mit der Einschätzung nicht einverstanden sind, können Sie uns innerhalb von vier Wochen Ihre Gründe mitteilen; nach den Bedingungen können Sie auch ein Sachverständigenverfahren verlangen.

Mit freundlichen Grüßen
Thomas Albrecht

""") + p.sig + "\n\n" + FOOTER_DE
    return msg(p.hdr, "Horst Wingender <h.wingender@mailbox.example>",
               "Ihr Schaden 2026-SH-005102 – Ergebnis der Besichtigung", d(30, 9, 55), body,
               cte="base64", mailer=OUTLOOK_DE, seed="d203-143")


@mail(144, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "HTML only: claims system statement with a table of a named insured's invoices, diagnoses (J02.9, L40.0) and medicines")
def _():
    html = T("""
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Your claim statement</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Dear Mr. Fitzgerald,</p>
<p>we have processed the invoices you submitted on 21 September 2026 under your Expat Health plan <b>IH-2025-00207</b>. Here is your statement:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#bbb;font-size:13px">
<tr style="background:#1f3f5b;color:#fff"><th>Date</th><th>Provider</th><th>Service / diagnosis</th><th align="right">Invoice EUR</th><th align="right">Reimbursed EUR</th></tr>
<tr><td>02/09/2026</td><td>Dr. Gerlinde Sauer, GP</td><td>Consultation, rapid strep test; acute pharyngitis (J02.9)</td><td align="right">48.26</td><td align="right">48.26</td></tr>
<tr><td>07/09/2026</td><td>Dr. Jonas Reitmeier, dermatology</td><td>Consultation, skin examination; psoriasis vulgaris (L40.0)</td><td align="right">96.53</td><td align="right">96.53</td></tr>
<tr><td>07/09/2026</td><td>Apotheke am Markt</td><td>Calcipotriol/betamethasone gel 60 g; ibuprofen 400 mg</td><td align="right">71.18</td><td align="right">71.18</td></tr>
<tr><td>14/09/2026</td><td>Dr. Jonas Reitmeier, dermatology</td><td>UVB phototherapy, 4 sessions</td><td align="right">138.40</td><td align="right">110.72</td></tr>
<tr style="font-weight:bold"><td colspan="3">Total</td><td align="right">354.37</td><td align="right">326.69</td></tr>
</table>
<p>Phototherapy is reimbursed at 80 % under your plan. The amount of EUR 326.69 will be transferred to your account ending in 07 31 within three working days.</p>
<p>You can view all your statements in the customer portal.</p>
<p>Kind regards,<br>Health Claims Team<br>Hohenmoorer Versicherung a.G.</p>
<p style="font-size:11px;color:#666">This message was generated automatically. Please do not reply to this address; contact international@hohenmoorer.example instead.</p>
</body></html>
""")
    return msg("Hohenmoorer Health Claims <health-claims@hohenmoorer.example>",
               "Owen Fitzgerald <owen.fitzgerald@post.example>",
               "Your claim statement – policy IH-2025-00207", d(30, 6, 40), html=html,
               html_only=True, mailer=HOVIS, seed="d203-144")


@mail(145, "NORMAL", "en", "insurer-to-press",
      "trap: follow-up for the base newspaper with hail claim totals and advice for car owners with US forces plates; aggregates only")
def _():
    p = S["sommer"]
    body = T("""
Dear Ms. Morrow,

as promised, a short update on the hail for your next issue. Feel free to quote me.

- As of 28 September, our customers have reported 3,618 claims, about 2,050 of them cars. Around 60 % of the building claims and 45 % of the car claims are already settled.
- Our total estimate is EUR 16 to 20 million – the largest loss event in our company's history.
- Many of the affected cars in Talheide belong to American families. We've seen about 310 claims from customers served by our International Desk.

Advice for readers with cars on US forces plates: the rules of your policy apply regardless of the plate. If you have partial cover ("Teilkasko"), hail is covered; the deductible applies, but your no-claims class doesn't change. If you sell your car before PCS without repairing it, tell the buyer about the damage – and tell us, because we then pay the reduction in value rather than the repair costs.

And a general warning we'd like to pass on: since the storm, door-to-door "roofers" and "dent repair specialists" are offering quick cash repairs. Please only use companies you know, and never pay in advance.

Best regards,
Ulrike Sommer

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(MB["presse"], "Jessica Morrow <j.morrow@basegazette.example>",
               "Hail update for the Base Gazette", d(30, 11, 5), body, sender=p.hdr,
               mailer=OUTLOOK_EN, seed="d203-145")


@mail(146, "NORMAL", "de", "insurer-to-supplier",
      "trap: framework rates for hail repairs with a roofing company (ODT rate sheet with «Schadennummer» placeholder); company data only")
def _():
    p = S["albrecht"]
    body = T("""
Sehr geehrter Herr Schmitz,

vielen Dank für die schnelle Hilfe in den letzten Wochen. Wie besprochen möchten wir die Abrechnung der Hagelschäden vereinfachen und schlagen Ihnen die beigefügte Rahmenvereinbarung mit festen Sätzen vor.

Kurz zusammengefasst:
- Für Reparaturen bis 5.000 € brauchen wir keinen Kostenvoranschlag mehr vorab, nur Fotos vorher/nachher.
- Sie rechnen direkt mit uns ab (Abtretungserklärung des Kunden), der Kunde zahlt nur eine etwaige Selbstbeteiligung.
- Zahlungsziel 14 Tage nach Eingang der vollständigen Rechnung.

Bitte schauen Sie sich die Sätze an; wenn Sie einverstanden sind, unterschreiben wir die Vereinbarung nächste Woche.

Mit freundlichen Grüßen
Thomas Albrecht

""") + p.sig + "\n\n" + FOOTER_DE
    doc = odt([
        "# Rahmenvereinbarung Hagelreparaturen 2026/2027",
        "zwischen Hohenmoorer Versicherung a.G. und Dachbau Schmitz GmbH, Industriestraße 11, 55768 Hohenmoor",
        "## Feste Sätze (netto)",
        "| Leistung | Einheit | Satz",
        "| Notabdeckung mit Plane (inkl. Anfahrt) | Pauschale | 290,00 €",
        "| Dachziegel tauschen (Ton, Standardformat) | m² | 68,00 €",
        "| Dachflächenfenster tauschen, Standardgröße | Stück | 980,00 €",
        "| Rollladenpanzer Kunststoff | m² | 95,00 €",
        "| Dachrinne Zink, inkl. Halter | lfm | 42,00 €",
        "| Fassadengerüst | m² Standmonat | 9,50 €",
        "| Facharbeiterstunde | Std. | 64,00 €",
        "## Abrechnung",
        "Jede Rechnung trägt die Schadennummer im Format «Schadennummer» (z. B. 2026-SH-000000) und die "
        "Anschrift des Risikoorts «Risikoort». Fotos vorher/nachher werden über das Handwerkerportal "
        "hochgeladen. Rechnungen ohne Schadennummer können nicht zugeordnet werden.",
        "## Laufzeit",
        "01.10.2026 bis 30.09.2027, Verlängerung um jeweils ein Jahr, Kündigung mit drei Monaten Frist.",
    ], title="Rahmenvereinbarung Hagel Dachbau Schmitz", creator="Thomas Albrecht",
        created="2026-09-30T10:10:00")
    return msg(p.hdr, "Dachbau Schmitz GmbH <info@dachbau-schmitz.example>",
               "Rahmenvereinbarung Hagelreparaturen – Entwurf", d(30, 10, 20), body,
               mailer=OUTLOOK_DE, seed="d203-146",
               atts=[att_odt(doc, "Rahmenvereinbarung_Hagel_Entwurf.odt")])


@mail(147, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "hospital cash after a named customer's caesarean birth; newborn added without health questions; dates, tariff")
def _():
    p = S["whitfield"]
    body = T("""
Dear Mrs. Ortiz,

congratulations on the birth of Mateo! We hope you're both doing well and enjoying the first weeks at home.

Thank you for sending the hospital's confirmation of your stay. Under your supplementary hospital insurance (policy KH 820 11058-01, hospital cash EUR 40 per day), we've calculated:

  Kreiskrankenhaus Hohenmoor, maternity ward
  Admission:   19 September 2026
  Birth:       20 September 2026 (caesarean section)
  Discharge:   24 September 2026
  Days:        6 × EUR 40.00 = EUR 240.00

The amount will be transferred to your account this week.

As requested, we've also added Mateo to your family's Expat Health plan IH-2025-00144 from his date of birth, 20 September 2026 – without health questions or waiting periods, as you registered him within two months. His insurance card will follow by post.

All the best to your family,
Grace Whitfield

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Jasmine Ortiz <jasmine.ortiz@usmail.example>",
               "Congratulations – hospital cash and Mateo's insurance", d(30, 11, 48), body,
               mailer=OUTLOOK_EN, seed="d203-147")


@mail(148, "NORMAL", "de", "internal",
      "CEO's month-end thanks with September figures per line as ODS; aggregates only")
def _():
    p = S["scholl"]
    body = T("""
Liebe Kolleginnen und Kollegen,

der September geht zu Ende, und was für ein Monat das war. Ein paar Zahlen (Details in der Anlage):

- 3.618 Hagelschäden gemeldet, davon 1.944 bereits abgeschlossen,
- 11.270 Anrufe an der Hotline, fast viermal so viele wie in einem normalen September,
- daneben das ganz normale Geschäft: Leistungsabrechnungen in Kranken, Pflegefälle, Kfz-Schäden, Neuverträge – nichts davon ist liegen geblieben.

Der Vorstand hat beschlossen, allen Mitarbeitenden als Dank einen zusätzlichen freien Tag zu geben, zu nehmen bis Ende März 2027 nach Absprache im Team. Die Überstunden aus dem Sonderbetrieb werden wie üblich ausgeglichen.

Danke für Ihren Einsatz – für unsere Kundinnen und Kunden und füreinander.

Ihr Martin Scholl

""") + p.sig
    sheet = [
        ["Bereich", "September 2026", "September 2025"],
        ["Schadenmeldungen Kfz", 2612, 604],
        ["Schadenmeldungen Sach (Gebäude, Hausrat, Gewerbe)", 1871, 392],
        ["Schadenmeldungen Haftpflicht/Rechtsschutz", 214, 198],
        ["Leistungsabrechnungen Kranken", 4980, 4720],
        ["Leistungsanträge Pflege", 38, 31],
        ["Leistungsfälle Unfall", 41, 35],
        ["Neuverträge gesamt", 612, 655],
        ["Anrufe Hotline", 11270, 2940],
    ]
    o = ods([("September", sheet)], title="Monatszahlen September 2026", creator="Martin Scholl",
            created="2026-09-30T14:00:00")
    return msg(p.hdr, MB["alle"], "Danke für diesen September", d(30, 14, 30), body,
               mailer=OUTLOOK_DE, seed="d203-148",
               atts=[att_ods(o, "Monatszahlen_September_2026.ods")])


@mail(149, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor: a named teenage son with birth date added as accompanied driver; policy, plate, premium surcharge")
def _():
    p = S["kraemer"]
    body = T("""
Dear Mr. Dunn,

thank you for letting us know that your son will start driving. We've added him to your motor policy:

  Policy:            KR-4471-0097745 (Toyota Sienna, HOM-GD 318)
  Additional driver: Caleb Dunn, born 14 May 2009
  Licence:           accompanied driving from 17 ("BF17"), issued 28 September 2026
  Accompanying:      Gregory Dunn, Michelle Dunn
  Effective from:    1 October 2026

Because a driver under 23 is now included, the premium increases from EUR 864.20 to EUR 1,187.60 per year (young driver surcharge). The difference for the rest of this year, EUR 80.85, will be collected with your next monthly instalment.

Two things worth knowing: until his 18th birthday Caleb may only drive with one of the named accompanying persons in the car, otherwise there's no comprehensive cover and we can claim back liability payments. And if he later gets his own car, his years as a named driver don't count towards his own no-claims class – but we have a special start class for children of our customers.

Kind regards,
Sabine Krämer

""") + p.sig + "\n\n" + FOOTER_EN
    return msg(p.hdr, "Gregory Dunn <greg.dunn@usmail.example>",
               "Your son as additional driver – KR-4471-0097745", d(30, 12, 40), body,
               mailer=OUTLOOK_EN, seed="d203-149")


@mail(150, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "ZIP only: data-breach file with the misdirected mail (.eml) carrying a named insured's orthopaedic report and a DOCX incident report; body neutral")
def _():
    p = S["reuter"]
    misdirected = msg('"Oberle, Markus" <markus.oberle@hohenmoorer.example>',
                      "Klaus Wentzel <k.wentzel@webpost.example>",
                      "Ihre Anfrage vom 21.09.2026", d(28, 14, 12),
                      T("""
Sehr geehrter Herr Wenzel,

wie gewünscht erhalten Sie eine Kopie des Arztberichts, der unserer Entscheidung über die Kostenübernahme zugrunde lag:

Orthopädie am Stadtpark, Dr. med. Kai Böhmer, Bericht vom 10.09.2026:
"Patient Klaus Wenzel, geb. 30.01.1964. Seit 6 Monaten zunehmende belastungsabhängige Schmerzen rechtes Knie. Röntgen: Gonarthrose rechts Kellgren-Lawrence Grad III (M17.1). Konservative Therapie (Physiotherapie, Ibuprofen, zwei Hyaluronsäure-Injektionen) ohne ausreichenden Erfolg. Empfehlung: Knie-TEP rechts, elektiv."

Die Kostenübernahme für die geplante Operation im Kreiskrankenhaus haben wir Ihnen mit Schreiben vom 22.09. bestätigt.

Mit freundlichen Grüßen
Markus Oberle
Leistungsabteilung Krankenversicherung
"""), mailer=[("X-Mailer", "Microsoft Outlook 16.0")],
                      msgid="<6A1B2C3D4E5F.70819203@mail.hohenmoorer.example>")
    report = docx([
        "# Meldung Datenschutzvorfall 2026-07",
        "Erstellt: 30.09.2026, Claudia Reuter (DSB) · Kenntnis des Vorfalls: 29.09.2026, 16:40 Uhr",
        "## Sachverhalt",
        "Am 28.09.2026 um 14:12 Uhr wurde eine E-Mail mit dem Auszug eines orthopädischen Arztberichts "
        "(Diagnose Gonarthrose rechts, M17.1, geplante Knie-TEP) unseres Versicherten Herrn Klaus Wenzel "
        "(KV 700 37215-01) unverschlüsselt an einen falschen Empfänger gesendet: an Herrn Klaus Wentzel, "
        "ebenfalls Kunde (nur Kfz), wegen einer ähnlichen Adresse im Outlook-Adressbuch.",
        "## Betroffene Daten",
        "| Betroffene Person | Datenkategorien | Art. 9 DSGVO",
        "| Klaus Wenzel | Name, Geburtsdatum, Diagnose, Behandlungsempfehlung | ja (Gesundheitsdaten)",
        "## Maßnahmen",
        "Der Empfänger wurde am 29.09. telefonisch erreicht, hat die Löschung schriftlich bestätigt "
        "(E-Mail vom 29.09., 17:55 Uhr). Das Adressbuch wurde bereinigt; die Leistungsabteilung versendet "
        "Arztberichte ab sofort nur noch über das Portal.",
        "## Bewertung",
        "Gesundheitsdaten, unverschlüsselt, an einen Dritten aus demselben Ort: Risiko für die Rechte und "
        "Freiheiten des Betroffenen ist gegeben. Empfehlung: Meldung an die Aufsichtsbehörde nach Art. 33 "
        "DSGVO bis 02.10.2026, 16:40 Uhr; Benachrichtigung des Betroffenen nach Art. 34 DSGVO durch "
        "persönlichen Anruf und Schreiben.",
    ], title="Datenschutzvorfall 2026-07", creator="Claudia Reuter",
        created="2026-09-30T08:30:00Z")
    z = zip_bytes([("Vorfall_2026-07_Bericht.docx", report),
                   ("Vorfall_2026-07_fehlgeleitete_Mail.eml", misdirected.as_bytes(policy=GEN))],
                  when=(2026, 9, 30, 8, 41, 0))
    body = T("""
Liebe Frau Dr. Pahl,

anbei die Unterlagen zum Vorfall 2026-07 (Bericht und die betroffene Nachricht) als ZIP. Meine Empfehlung steht im Bericht; die Frist für eine Meldung an die Aufsichtsbehörde endet am Freitag um 16:40 Uhr. Ich bräuchte Ihre Entscheidung daher bis Donnerstagmittag.

Viele Grüße
Claudia Reuter

""") + p.sig
    return msg(p.hdr, '"Dr. Ingrid Pahl" <ingrid.pahl@hohenmoorer.example>',
               "Vorfall 2026-07 – Entscheidung Meldung", d(30, 8, 50), body,
               mailer=OUTLOOK_DE, seed="d203-150", headers=[("Importance", "high")],
               atts=[att_zip(z, "Vorfall_2026-07.zip")])


# ===========================================================================
# Build and check
# ===========================================================================

# IBAN-like strings that are deliberately invalid (none expected otherwise)
INTENTIONALLY_INVALID_IBANS = set()


def render(n):
    label, lang, kind, reason, fn = MAILS[n]
    m = fn()
    fix_boundaries(m, f"d203x{n:04d}")
    return m.as_bytes(policy=GEN)


def build_all(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(MAILS):
        label, lang, kind, reason, fn = MAILS[n]
        name = f"{PREFIX}{n:04d}.eml"
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(render(n))
        rows.append(f"{name}\t{label}\t{lang}\t{kind}\t{reason}")
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# --- validators ---------------------------------------------------------------

_TJ = re.compile(rb"\(((?:\\.|[^\\()])*)\)\s*Tj", re.S)


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    texts = []
    for mm in re.finditer(rb"<<([^>]*?/Filter\s*/FlateDecode[^>]*?)>>\s*stream\r?\n", data):
        lm = re.search(rb"/Length (\d+)", mm.group(1))
        start = mm.end()
        raw = data[start:start + int(lm.group(1))]
        content = zlib.decompress(raw)
        for t in _TJ.finditer(content):
            s = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), t.group(1))
            s = re.sub(rb"\\(.)", rb"\1", s)
            texts.append(s.decode("cp1252"))
    if "startxref" not in data[-64:].decode("latin-1"):
        raise ValueError("no startxref")
    return "\n".join(texts)


_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")
_LEN = {"DE": 22, "AT": 20, "NL": 18, "IE": 22, "GB": 22, "FR": 27, "PL": 28, "BE": 16,
        "LU": 20, "CH": 21, "ES": 24, "IT": 27}


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def scan_ibans(text, where, problems):
    for mm in _IBAN.finditer(text):
        cand = mm.group(1).replace(" ", "")
        cc = cand[:2]
        if cc not in _LEN:
            continue
        if len(cand) != _LEN[cc]:
            continue
        if not iban_ok(cand) and cand not in INTENTIONALLY_INVALID_IBANS:
            problems.append(f"{where}: invalid IBAN {mm.group(1)}")


def _xml_text(b):
    root = ET.fromstring(b)
    return " ".join(t for t in root.itertext())


def check_blob(name, data, where, problems, texts):
    low = name.lower()
    if low.endswith(".pdf"):
        t = pdf_text(data)
        if not t.strip():
            problems.append(f"{where}: PDF {name} without text layer")
        texts.append(t)
    elif low.endswith((".zip", ".xlsx", ".docx", ".odt", ".ods")):
        z = zipfile.ZipFile(io.BytesIO(data))
        bad = z.testzip()
        if bad:
            problems.append(f"{where}: {name}: bad member {bad}")
        names = z.namelist()
        if low.endswith(".xlsx") and "xl/workbook.xml" not in names:
            problems.append(f"{where}: {name}: no workbook")
        if low.endswith(".docx") and "word/document.xml" not in names:
            problems.append(f"{where}: {name}: no document.xml")
        if low.endswith((".odt", ".ods")):
            if names[0] != "mimetype" or "content.xml" not in names:
                problems.append(f"{where}: {name}: not an ODF package")
        for mn in names:
            md = z.read(mn)
            if mn.endswith((".xml", ".rels")):
                texts.append(_xml_text(md))
            elif low.endswith(".zip"):
                check_blob(mn, md, f"{where}/{name}", problems, texts)
    elif low.endswith(".eml"):
        check_message(message_from_bytes(data, policy=DEFAULT_POLICY), f"{where}/{name}",
                      problems, texts)
    elif low.endswith(".ics"):
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            problems.append(f"{where}: {name}: no VCALENDAR")
    elif low.endswith((".csv", ".tsv", ".txt", ".log")):
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("cp1252"))
    else:
        problems.append(f"{where}: unknown attachment type {name}")


def check_message(m, where, problems, texts):
    for part in m.walk():
        for d_ in part.defects:
            problems.append(f"{where}: MIME defect {d_!r}")
        for k, v in part.items():
            for d_ in getattr(v, "defects", ()):
                problems.append(f"{where}: header {k} defect {d_!r}")
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True)
        fname = part.get_filename()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                problems.append(f"{where}: text part {ctype} does not decode as {cs}: {e}")
                continue
            texts.append(t)
            if part.get_content_subtype() == "calendar":
                if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
                    problems.append(f"{where}: calendar without VCALENDAR")
            if part.get_param("format") == "flowed" and part.get("Content-Transfer-Encoding", "").lower() in ("base64", "quoted-printable"):
                problems.append(f"{where}: flowed text should be 7bit/8bit")
        else:
            if not fname:
                problems.append(f"{where}: attachment {ctype} without filename")
                continue
            if ctype == "application/octet-stream" or ctype.startswith("application/"):
                try:
                    check_blob(fname, payload, where, problems, texts)
                except Exception as e:  # noqa: BLE001
                    problems.append(f"{where}: {fname}: {type(e).__name__}: {e}")
            else:
                problems.append(f"{where}: unexpected part {ctype}")


def check(outdir_ref):
    problems = []
    tmp = tempfile.mkdtemp(prefix="d203-check-")
    try:
        build_all(tmp)
        if sorted(MAILS) != list(range(1, 151)):
            problems.append(f"expected mails 1..150, have {len(MAILS)}")
        # byte-for-byte comparison with the delivered files
        ref_mails = os.path.join(outdir_ref, "mails")
        new_names = sorted(os.listdir(os.path.join(tmp, "mails")))
        old_names = sorted(os.listdir(ref_mails)) if os.path.isdir(ref_mails) else []
        if new_names != old_names:
            problems.append("mails/ differs in file names from a fresh build")
        for nm in new_names:
            a = os.path.join(tmp, "mails", nm)
            b = os.path.join(ref_mails, nm)
            if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                problems.append(f"{nm}: not byte-identical to a fresh build")
        la, lb = os.path.join(tmp, "labels.tsv"), os.path.join(outdir_ref, "labels.tsv")
        if not os.path.exists(lb) or open(la, "rb").read() != open(lb, "rb").read():
            problems.append("labels.tsv not byte-identical to a fresh build")
        # second build in the same process must be identical too
        for n in sorted(MAILS)[:10]:
            if render(n) != open(os.path.join(tmp, "mails", f"{PREFIX}{n:04d}.eml"), "rb").read():
                problems.append(f"mail {n}: not deterministic within one run")
        seen_ids = {}
        stats = {"label": {}, "lang": {}, "kind": {}, "top": {}, "att": {}, "charset": {},
                 "cte": {}}
        for nm in new_names:
            raw = open(os.path.join(tmp, "mails", nm), "rb").read()
            if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
                problems.append(f"{nm}: bare LF or CR")
            if any(len(line) > 998 for line in raw.split(b"\r\n")):
                problems.append(f"{nm}: line longer than 998 octets")
            m = message_from_bytes(raw, policy=DEFAULT_POLICY)
            texts = []
            check_message(m, nm, problems, texts)
            mid = m["Message-ID"]
            if not mid or mid in seen_ids:
                problems.append(f"{nm}: missing or duplicate Message-ID")
            seen_ids[mid] = nm
            if m["Date"].datetime.year != 2026:
                problems.append(f"{nm}: date not in 2026")
            frm = m["From"].addresses[0].domain
            if frm != DOMAIN and not frm.endswith("." + DOMAIN):
                problems.append(f"{nm}: From not in {DOMAIN}")
            for h in ("To", "Cc", "From"):
                if m[h]:
                    for a in m[h].addresses:
                        if not a.domain.endswith(".example"):
                            problems.append(f"{nm}: {h} host {a.domain} not .example")
            for t in texts:
                scan_ibans(t, nm, problems)
            n = int(nm[len(PREFIX):len(PREFIX) + 4])
            label, lang, kind, reason, fn = MAILS[n]
            for key, val in (("label", label), ("lang", lang), ("kind", kind),
                             ("top", m.get_content_type())):
                stats[key][val] = stats[key].get(val, 0) + 1
            for part in m.walk():
                if part.is_multipart():
                    continue
                fnm = part.get_filename()
                if fnm:
                    ext = fnm.rsplit(".", 1)[-1].lower()
                    stats["att"][ext] = stats["att"].get(ext, 0) + 1
                elif part.get_content_maintype() == "text":
                    cs = part.get_content_charset()
                    stats["charset"][cs] = stats["charset"].get(cs, 0) + 1
                    ce = part.get("Content-Transfer-Encoding", "7bit").lower()
                    if part.get_param("format") == "flowed":
                        ce += "+flowed"
                    stats["cte"][ce] = stats["cte"].get(ce, 0) + 1
        for k, v in stats.items():
            print(f"{k:8s}", ", ".join(f"{a}={b}" for a, b in sorted(v.items(), key=str)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"OK: {len(MAILS)} mails, byte-identical rebuild, all parts and attachments valid")
    return 0


def main(argv):
    if "--check" in argv:
        return check(HERE)
    mdir = os.path.join(HERE, "mails")
    if os.path.isdir(mdir):
        for nm in os.listdir(mdir):
            if nm.startswith(PREFIX) and nm.endswith(".eml"):
                os.remove(os.path.join(mdir, nm))
    build_all(HERE)
    print(f"wrote {len(MAILS)} mails to {mdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
