#!/usr/bin/env python3
"""Generator of the d195 mail corpus for Siegel (issue 14).

150 hand-written, fictitious e-mails of the invented "Kranichsteiner
Versicherungsgruppe" (Darmstadt), each labelled NORMAL, CONFIDENTIAL or
STRICTLY_CONFIDENTIAL.  Python standard library only, deterministic.

    python3 make_corpus.py          # writes mails/d195-NNNN.eml and labels.tsv
    python3 make_corpus.py --check  # rebuilds into a temp dir, compares byte
                                    # for byte and validates every mail

Layout: HELPERS (MIME, office files, PDF, ZIP), PEOPLE (signatures and legal
footers, the only shared text), MAILS (one function per mail), BUILD/CHECK.
"""

import datetime
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
import xml.etree.ElementTree as ET
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.SMTP          # CRLF line ends, RFC 5322 folding
PREFIX = "d195-"

# ---------------------------------------------------------------- HELPERS

def T(s):
    """Dedent a triple-quoted body; drop the first newline."""
    if s.startswith("\n"):
        s = s[1:]
    return textwrap.dedent(s)


def when(month, day, hour, minute, second=0):
    """RFC 5322 date in 2026, German local time (CEST from 29 March to 24 October)."""
    d = datetime.date(2026, month, day)
    summer = datetime.date(2026, 3, 29) <= d < datetime.date(2026, 10, 25)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return format_datetime(datetime.datetime(2026, month, day, hour, minute, second, tzinfo=tz))


def new(n, frm, to, subject, date, cc=None, bcc=None, reply_to=None,
        irt=None, refs=None, extra=(), mid_host="kranichsteiner.example"):
    """Headers of one message.  Message-ID is derived from the mail number."""
    m = EmailMessage(policy=POL)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if bcc:
        m["Bcc"] = bcc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    h = hashlib.sha1(f"d195/{n}/{subject}".encode()).hexdigest()
    m["Message-ID"] = f"<{h[:8]}.{h[8:20]}.d195-{n:04d}@{mid_host}>"
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in extra:
        m[k] = v
    return m


def inner(frm, to, subject, date, mid, cc=None, extra=()):
    """Header block of a quoted/forwarded original (message/rfc822 part)."""
    m = EmailMessage(policy=POL)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    for k, v in extra:
        m[k] = v
    return m


def text(m, body, charset="utf-8", cte=None, flowed=False):
    m.set_content(body, charset=charset, cte=cte)
    if flowed:
        m.set_param("format", "flowed")


def html(m, body, charset="utf-8", cte=None):
    m.set_content(body, subtype="html", charset=charset, cte=cte)


def alt(m, plain, htmlbody, charset="utf-8"):
    m.set_content(plain, charset=charset)
    m.add_alternative(htmlbody, subtype="html", charset=charset)


def attach(m, data, mime, filename, charset=None, inline=False):
    """Attach bytes (binary types) or str (text types)."""
    maintype, subtype = mime.split("/")
    disp = "inline" if inline else "attachment"
    if isinstance(data, str):
        m.add_attachment(data, subtype=subtype, charset=charset or "utf-8",
                         filename=filename, disposition=disp)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype,
                         filename=filename, disposition=disp)


def attach_mail(m, msg, filename=None):
    if filename:
        m.add_attachment(msg, filename=filename)
    else:
        m.add_attachment(msg)


BOUNDARY_STYLES = [
    "----=_NextPart_{a}_{b}",
    "=_kvg_{a}{b}",
    "------------{a}{b}",
    "Apple-Mail=_{a}-{b}",
    "_{a}_KRANICHSTEINER_{b}",
]


def finalize(m, n):
    """Fixed MIME boundaries, so every rebuild is byte-identical; body parts
    carry no MIME-Version header (only a message does)."""
    style = BOUNDARY_STYLES[n % len(BOUNDARY_STYLES)]
    count = [0]

    def walk(part, is_message):
        if not is_message and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            count[0] += 1
            h = hashlib.md5(f"{n}-{count[0]}".encode()).hexdigest().upper()
            part.set_boundary(style.format(a=h[:12], b=f"{n:04d}{count[0]:02d}"))
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                walk(sub, True)
        elif part.is_multipart():
            for sub in part.get_payload():
                walk(sub, False)

    walk(m, True)
    return m


# ---- ZIP based formats ------------------------------------------------------

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def zipbytes(members, when_=ZIP_TIME, store_first=False):
    """members: list of (name, bytes|str); fixed times; deterministic."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for idx, (name, data) in enumerate(members):
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when_)
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            comp = zipfile.ZIP_STORED if (store_first and idx == 0) else zipfile.ZIP_DEFLATED
            zi.compress_type = comp
            z.writestr(zi, data)
    return buf.getvalue()


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author="Kranichsteiner", when_=ZIP_TIME):
    """sheets: list of (name, rows); a row is a list of str/int/float/None."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets, wb_rels, files = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        wb_sheets.append(f'<sheet name="{esc(name)}" sheetId="{i}" r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{_col(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(str(v))}</t></is></c>')
            xr.append(f'<row r="{r}">{"".join(cells)}</row>')
        files.append((f"xl/worksheets/sheet{i}.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      f'<sheetData>{"".join(xr)}</sheetData></worksheet>'))
    n = len(sheets)
    wb_rels.append(f'<Relationship Id="rId{n+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    ct.append("</Types>")
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when_
    members = [
        ("[Content_Types].xml", "".join(ct)),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ("docProps/core.xml", _core(author, stamp)),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<sheets>{"".join(wb_sheets)}</sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'{"".join(wb_rels)}</Relationships>'),
        ("xl/styles.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
         '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
         '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
         '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
         '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
         '</styleSheet>'),
    ] + files
    return zipbytes(members, when_)


def _core(author, stamp):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{esc(author)}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            '</cp:coreProperties>')


def docx(blocks, author="Kranichsteiner", when_=ZIP_TIME):
    """blocks: str paragraph; ('h', str) bold heading; ('table', rows)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        if t == "":
            return "<w:p/>"
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'

    body = []
    for b in blocks:
        if isinstance(b, str):
            for line in b.split("\n"):
                body.append(para(line))
        elif b[0] == "h":
            body.append(para(b[1], bold=True))
        elif b[0] == "table":
            rows = []
            for row in b[1]:
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{para(str(c))}</w:tc>' for c in row)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        + "".join(rows) + "</w:tbl>")
            body.append("<w:p/>")
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when_
    members = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ("docProps/core.xml", _core(author, stamp)),
        ("word/document.xml",
         f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
         + "".join(body)
         + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'),
    ]
    return zipbytes(members, when_)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
          'office:version="1.2"')


def _odf(mimetype, body, when_):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>')
    return zipbytes([("mimetype", mimetype), ("META-INF/manifest.xml", manifest),
                     ("content.xml", content)], when_, store_first=True)


def odt(blocks, when_=ZIP_TIME):
    ps = []
    for b in blocks:
        if isinstance(b, str):
            for line in b.split("\n"):
                ps.append(f"<text:p>{esc(line)}</text:p>" if line else "<text:p/>")
        elif b[0] == "h":
            ps.append(f'<text:h text:outline-level="2">{esc(b[1])}</text:h>')
    return _odf("application/vnd.oasis.opendocument.text",
                f"<office:text>{''.join(ps)}</office:text>", when_)


def ods(sheets, when_=ZIP_TIME):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{esc(str(v))}</text:p></table:table-cell>')
            xr.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tabs.append(f'<table:table table:name="{esc(name)}">{"".join(xr)}</table:table>')
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                f"<office:spreadsheet>{''.join(tabs)}</office:spreadsheet>", when_)


# ---- PDF with a text layer ---------------------------------------------------

def _pdfstr(s):
    out = []
    for b in s.encode("cp1252", errors="replace"):
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def pdf(lines, title="Dokument", author="Kranichsteiner Versicherungsgruppe",
        stamp="20260101000000+01'00'", compress=True, wrap=92):
    """lines: list of str; '# ' prefix = bold.  A4, Helvetica, WinAnsiEncoding."""
    flat = []
    for ln in lines:
        bold = ln.startswith("# ")
        t = ln[2:] if bold else ln
        pieces = textwrap.wrap(t, wrap) or [""]
        for p in pieces:
            flat.append((bold, p))
    per_page = 54
    pages = [flat[i:i + per_page] for i in range(0, len(flat), per_page)] or [[]]
    objs = {}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    num = 5
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "56 790 Td"]
        cur = None
        for bold, p in pg:
            f = "/F2" if bold else "/F1"
            if f != cur:
                ops.append(f"{f} 10 Tf")
                cur = f
            ops.append(f"{_pdfstr(p)} Tj T*")
        ops.append("ET")
        raw = ("\n".join(ops) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(raw, 9)
            sdict = f"<< /Length {len(data)} /Filter /FlateDecode >>"
        else:
            data = raw
            sdict = f"<< /Length {len(data)} >>"
        objs[num + 1] = (sdict, data)
        objs[num] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {num + 1} 0 R >>")
        kids.append(f"{num} 0 R")
        num += 2
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    info = num
    objs[info] = (f"<< /Title {_pdfstr(title)} /Author {_pdfstr(author)} "
                  f"/Producer (Kranichsteiner DocOut 4.2) /CreationDate (D:{stamp}) /ModDate (D:{stamp}) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = out.tell()
        v = objs[k]
        if isinstance(v, tuple):
            out.write(f"{k} 0 obj\n{v[0]}\nstream\n".encode("latin-1"))
            out.write(v[1])
            out.write(b"\nendstream\nendobj\n")
        else:
            out.write(f"{k} 0 obj\n{v}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    size = max(objs) + 1
    out.write(f"xref\n0 {size}\n0000000000 65535 f \n".encode())
    for k in range(1, size):
        out.write(f"{offsets[k]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {size} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def crlf(s):
    """Some CSV/TXT files use CRLF line ends."""
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def ical(s):
    """iCalendar text: lines folded at 75 octets, CRLF line ends (RFC 5545)."""
    out = []
    for line in s.replace("\r\n", "\n").rstrip("\n").split("\n"):
        b = line.encode("utf-8")
        first = True
        while len(b) > (75 if first else 74):
            cut = 75 if first else 74
            while (b[cut] & 0xC0) == 0x80:     # never split a UTF-8 sequence
                cut -= 1
            out.append((b"" if first else b" ") + b[:cut])
            b = b[cut:]
            first = False
        out.append((b"" if first else b" ") + b)
    return b"\r\n".join(out).decode("utf-8") + "\r\n"

# ---------------------------------------------------------------- PEOPLE
# The only text shared between mails: each person always signs the same way.

FOOT_LEBEN = """\
Kranichsteiner Lebensversicherung AG | Lichtwiesenring 40 | 64289 Darmstadt
Sitz: Darmstadt | Amtsgericht Darmstadt HRB 91734
Vorstand: Dr. Carola Imhoff (Vorsitzende), Bastian Reuleaux, Selma Okafor
Vorsitzender des Aufsichtsrats: Prof. Dr. Wendelin Harrach"""

FOOT_ALLG = """\
Kranichsteiner Allgemeine Versicherung AG | Lichtwiesenring 40 | 64289 Darmstadt
Sitz: Darmstadt | Amtsgericht Darmstadt HRB 91735
Vorstand: Bastian Reuleaux (Vorsitzender), Jördis Pahlke, Konstantin Mierau
Vorsitzender des Aufsichtsrats: Prof. Dr. Wendelin Harrach"""

FOOT_KRANKEN = """\
Kranichsteiner Krankenversicherung AG | Lichtwiesenring 40 | 64289 Darmstadt
Sitz: Darmstadt | Amtsgericht Darmstadt HRB 91736
Vorstand: Selma Okafor (Vorsitzende), Dr. Rafael Duchêne
Vorsitzender des Aufsichtsrats: Prof. Dr. Wendelin Harrach"""

FOOT_GRUPPE = """\
Kranichsteiner Versicherungsgruppe | Lichtwiesenring 40 | 64289 Darmstadt
www.kranichsteiner.example"""

DISCLAIMER_DE = """\
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese Nachricht. Das unerlaubte Kopieren oder Weitergeben ist nicht gestattet."""

DISCLAIMER_EN = """\
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this message. Any unauthorised
copying or disclosure is prohibited."""

P = {}   # key -> (address header, signature)


def person(key, name, addr, sig):
    P[key] = (f"{name} <{addr}>", sig)


person("vossberg", "Henrike Voßberg", "h.vossberg@kranichsteiner.example", f"""\
Mit freundlichen Grüßen

Henrike Voßberg
Leistungsprüfung Berufsunfähigkeit
Telefon 06151 5550-4412 | Fax 06151 5550-4499
h.vossberg@kranichsteiner.example

{FOOT_LEBEN}""")

person("quandel", "Tobias Quandel", "t.quandel@kranichsteiner.example", f"""\
Viele Grüße
Tobias Quandel

--
Tobias Quandel | Leistung Unfallversicherung
Kranichsteiner Allgemeine Versicherung AG
T +49 6151 5550-3307 | t.quandel@kranichsteiner.example

{FOOT_ALLG}""")

person("juric", "Mirela Jurić", "m.juric@kranichsteiner.example", f"""\
Freundliche Grüße

Mirela Jurić
Haftpflicht-Schaden | Team Personenschäden
Kranichsteiner Allgemeine Versicherung AG
Tel. 06151 5550-3520
m.juric@kranichsteiner.example

{FOOT_ALLG}

{DISCLAIMER_DE}""")

person("feldkamp", "Dr. Arne Feldkamp", "a.feldkamp@kranichsteiner.example", f"""\
Beste Grüße
A. Feldkamp

Dr. med. Arne Feldkamp
Leitender Gesellschaftsarzt Leben/Unfall
Facharzt für Innere Medizin, Sozialmedizin
Kranichsteiner Versicherungsgruppe | Lichtwiesenring 40 | 64289 Darmstadt
Tel. 06151 5550-4100""")

person("achterberg", "Sabine Achterberg", "s.achterberg@kranichsteiner.example", f"""\
Mit freundlichen Grüßen
Sabine Achterberg
Kfz-Schaden

Kranichsteiner Allgemeine Versicherung AG
Telefon 06151 5550-3150
kfz-schaden@kranichsteiner.example

{FOOT_ALLG}""")

person("wieland", "Jonas Wieland", "j.wieland@kranichsteiner.example", f"""\
Freundliche Grüße aus Darmstadt
Jonas Wieland
Kundenservice

Kranichsteiner Versicherungsgruppe
Service-Telefon 0800 555 0195 (kostenfrei, Mo-Fr 8-20 Uhr)
service@kranichsteiner.example""")

person("oeltjen", "Katrin Oeltjen", "k.oeltjen@kranichsteiner.example", f"""\
Viele Grüße
Katrin Oeltjen
Datenschutzbeauftragte der Kranichsteiner Versicherungsgruppe
datenschutz@kranichsteiner.example | 06151 5550-1090""")

person("huesing", "Malte Hüsing", "m.huesing@kranichsteiner.example", """\
Gruß
Malte Hüsing
IT-Servicedesk | Durchwahl -2222 | servicedesk@kranichsteiner.example""")

person("ramaswamy", "Priya Ramaswamy", "p.ramaswamy@kranichsteiner.example", f"""\
Kind regards,
Priya Ramaswamy
Head of Reinsurance | Rückversicherung
Kranichsteiner Versicherungsgruppe
Lichtwiesenring 40, 64289 Darmstadt, Germany
+49 6151 5550-1801

{DISCLAIMER_EN}""")

person("strathmann", "Oliver Strathmann", "o.strathmann@kranichsteiner.example", f"""\
Beste Grüße
Oliver Strathmann
Maklerbetreuung Region Süd-West
Mobil 0171 5550 874 | Tel. 06151 5550-2610
o.strathmann@kranichsteiner.example

{FOOT_ALLG}""")

person("fabricius", "Ines Fabricius", "i.fabricius@kranichsteiner.example", """\
Viele Grüße
Ines Fabricius
Personalabteilung | Entgelt & Zeitwirtschaft
Kranichsteiner Versicherungsgruppe, Tel. -1240""")

person("derwald", "Dr. Lukas Derwald", "l.derwald@kranichsteiner.example", f"""\
Gruß
Lukas Derwald

Dr. Lukas Derwald | Verantwortlicher Aktuar Leben
Kranichsteiner Lebensversicherung AG | Tel. 06151 5550-4710

{FOOT_LEBEN}""")

person("nehrkorn", "Charlotte Nehrkorn", "c.nehrkorn@kranichsteiner.example", f"""\
Mit freundlichen Grüßen

Charlotte Nehrkorn
Leistungsabteilung Krankenversicherung
Telefon 06151 5550-5230
c.nehrkorn@kranichsteiner.example

{FOOT_KRANKEN}""")

person("demirel", "Yusuf Demirel", "y.demirel@kranichsteiner.example", f"""\
Mit freundlichen Grüßen

Yusuf Demirel
Rechtsanwalt (Syndikusrechtsanwalt)
Recht & Regress
Kranichsteiner Allgemeine Versicherung AG
Tel. 06151 5550-1377 | y.demirel@kranichsteiner.example

{FOOT_ALLG}""")

person("whitcombe", "Emma Whitcombe", "e.whitcombe@kranichsteiner.example", f"""\
Best regards,

Emma Whitcombe
International Desk - Group Life & Accident
Kranichsteiner Lebensversicherung AG
T +49 6151 5550-4480
e.whitcombe@kranichsteiner.example

{FOOT_LEBEN}""")

person("ammon", "Frederik Ammon", "f.ammon@kranichsteiner.example", f"""\
Freundliche Grüße
Frederik Ammon
Sach-Schaden Privatkunden
Tel. 06151 5550-3410 | sach-schaden@kranichsteiner.example

{FOOT_ALLG}""")

person("sternagel", "Paula Sternagel", "p.sternagel@kranichsteiner.example", """\
Paula Sternagel
Unternehmenskommunikation / Pressesprecherin
Kranichsteiner Versicherungsgruppe
Tel. 06151 5550-1010 | presse@kranichsteiner.example""")

person("kolodziej", "Bernd Kolodziej", "b.kolodziej@kranichsteiner.example", """\
Mit freundlichen Grüßen
Bernd Kolodziej
Gebäudemanagement & Einkauf
Kranichsteiner Versicherungsgruppe
Lichtwiesenring 40, 64289 Darmstadt
Tel. 06151 5550-1500""")

person("brunnhuber", "Lea Brunnhuber", "l.brunnhuber@kranichsteiner.example", f"""\
Mit freundlichen Grüßen

Lea Brunnhuber
Rechtsschutz-Schaden
Telefon 06151 5550-3620

{FOOT_ALLG}""")

person("fahrenkamp", "Niklas Fahrenkamp", "n.fahrenkamp@kranichsteiner.example", f"""\
Freundliche Grüße
Niklas Fahrenkamp
Vertragsservice Privatkunden (Sach/HUK)
Tel. 06151 5550-2830

{FOOT_ALLG}""")

person("lindqvist", "Sophie Lindqvist", "s.lindqvist@kranichsteiner.example", f"""\
Kind regards
Sophie Lindqvist
Expat & International Customer Service
Kranichsteiner Versicherungsgruppe
+49 6151 5550-2900 | expat-service@kranichsteiner.example

{FOOT_GRUPPE}""")

person("vietor", "Hannes Vietor", "h.vietor@kranichsteiner.example", f"""\
Mit freundlichen Grüßen
Hannes Vietor
Risikoprüfung Leben/BU
Tel. 06151 5550-4620

{FOOT_LEBEN}""")


def FROM(key):
    return P[key][0]


def SIG(key):
    return P[key][1]

# ---------------------------------------------------------------- REGISTRY

N = "NORMAL"
C = "CONFIDENTIAL"
S = "STRICTLY_CONFIDENTIAL"
MAILS = {}


def mail(n, label, lang, kind, reason):
    def deco(fn):
        assert n not in MAILS, f"duplicate mail {n}"
        assert label in (N, C, S), n
        assert lang in ("de", "en"), n
        assert "\n" not in reason and "\t" not in reason, n
        MAILS[n] = {"label": label, "lang": lang, "kind": kind, "reason": reason, "fn": fn}
        return fn
    return deco


# ---------------------------------------------------------------- BUILD / CHECK

def build(outdir):
    md = os.path.join(outdir, "mails")
    os.makedirs(md, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(MAILS):
        meta = MAILS[n]
        m = meta["fn"](n)
        finalize(m, n)
        data = m.as_bytes(policy=POL)
        name = f"{PREFIX}{n:04d}.eml"
        with open(os.path.join(md, name), "wb") as fh:
            fh.write(data)
        rows.append("\t".join([name, meta["label"], meta["lang"], meta["kind"], meta["reason"]]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")


IBAN_LEN = {"DE": 22, "AT": 20, "GB": 22, "NL": 18, "IE": 22, "ES": 24, "DK": 18,
            "FR": 27, "CH": 21, "IT": 27, "BE": 16, "LU": 20, "PL": 28}
IBAN_RE = re.compile(r"\b(%s)(\d\d)((?: ?[A-Z0-9]){8,30})" % "|".join(IBAN_LEN))
INTENTIONALLY_INVALID_IBANS = {"DE00000000000000000000"}   # d195-0097: test case "IBAN ungültig"


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    assert b"%%EOF" in data[-32:], "no EOF marker"
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\n(.*?)\nendstream", data, re.S):
        raw = m.group(2)
        if b"/FlateDecode" in m.group(1):
            raw = zlib.decompress(raw)
        s = raw.decode("latin-1")
        for t in re.finditer(r"\(((?:\\.|[^\\)])*)\)\s*Tj", s):
            v = re.sub(r"\\([0-7]{3})", lambda k: chr(int(k.group(1), 8)), t.group(1))
            v = re.sub(r"\\(.)", r"\1", v)
            out.append(v.encode("latin-1").decode("cp1252", errors="replace"))
    return "\n".join(out)


def zip_text(data, name, stats, depth=0):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    assert bad is None, f"{name}: corrupt member {bad}"
    texts = []
    low = name.lower()
    if low.endswith((".xlsx", ".docx")):
        names = z.namelist()
        assert "[Content_Types].xml" in names, f"{name}: no content types"
        for mem in names:
            if mem.endswith((".xml", ".rels")):
                root = ET.fromstring(z.read(mem))
                if mem.startswith(("xl/worksheets/", "word/document")):
                    texts += [e.text or "" for e in root.iter() if e.tag.endswith("}t")]
        stats[low.rsplit(".", 1)[1]] += 1
    elif low.endswith((".odt", ".ods")):
        infos = z.infolist()
        assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED, name
        ET.fromstring(z.read("META-INF/manifest.xml"))
        root = ET.fromstring(z.read("content.xml"))
        texts.append(" ".join(root.itertext()))
        stats[low.rsplit(".", 1)[1]] += 1
    elif low.endswith(".zip"):
        stats["zip"] += 1
        for info in z.infolist():
            texts.append(blob_text(z.read(info), info.filename, None, stats, depth + 1))
    text_ = "\n".join(texts)
    assert text_.strip(), f"{name}: no text"
    return text_


def blob_text(data, filename, charset, stats, depth=0):
    low = (filename or "").lower()
    if low.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
        return zip_text(data, low, stats, depth)
    if low.endswith(".pdf"):
        t = pdf_text(data)
        assert t.strip(), f"{filename}: empty text layer"
        stats["pdf"] += 1
        return t
    if low.endswith((".csv", ".txt", ".ics", ".log", ".xml", ".json")):
        t = data.decode(charset or "utf-8")
        if low.endswith(".ics"):
            assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, f"{filename}: not a calendar"
            t = t.replace("\r\n ", "").replace("\r\n\t", "")     # unfold (RFC 5545)
        stats[low.rsplit(".", 1)[1]] += 1
        return t
    raise AssertionError(f"unknown attachment type {filename}")


def validate(data, name, seen_ids, stats):
    probs = []
    if re.search(rb"(?<!\r)\n", data):
        probs.append("bare LF")
    if any(len(l) > 998 for l in data.split(b"\r\n")):
        probs.append("line over 998 octets")
    msg = BytesParser(policy=policy.default).parsebytes(data)
    mid = msg["Message-ID"]
    if not mid or mid in seen_ids:
        probs.append("missing or duplicate Message-ID")
    seen_ids.add(mid)
    if msg["Date"].datetime.year != 2026:
        probs.append("date not in 2026")
    if not msg["From"].addresses[0].domain == "kranichsteiner.example":
        probs.append("not sent from the insurer")
    stats["top:" + msg.get_content_type()] += 1
    texts = [str(msg[h]) for h in ("From", "To", "Cc", "Subject", "Reply-To") if msg[h]]
    for part in msg.walk():
        if part.defects:
            probs.append(f"defects {part.defects}")
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822":
                stats["rfc822"] += 1
            continue
        payload = part.get_payload(decode=True)
        cs = part.get_content_charset()
        fn = part.get_filename()
        try:
            if fn and not ct.startswith("text/plain") and not ct.startswith("text/html"):
                texts.append(blob_text(payload, fn, cs, stats))
            elif fn and ct == "text/plain" and fn.lower().endswith((".txt", ".log")):
                texts.append(blob_text(payload, fn, cs, stats))
            elif part.get_content_maintype() == "text":
                texts.append(payload.decode(cs or "us-ascii"))
                stats["charset:" + (cs or "us-ascii")] += 1
                stats["cte:" + part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            else:
                probs.append(f"unexpected part {ct} {fn}")
        except Exception as e:  # noqa: BLE001
            probs.append(f"{ct} {fn}: {e!r}")
    alltext = "\n".join(texts)
    for mm in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", alltext):
        if not mm.group(1).lower().endswith(".example"):
            probs.append(f"host not .example: {mm.group(0)}")
    for mm in re.finditer(r"https?://([^/\s\"'<>)]+)", alltext):
        if not mm.group(1).lower().endswith(".example"):
            probs.append(f"URL host not .example: {mm.group(0)}")
    for mm in IBAN_RE.finditer(alltext):
        cc = mm.group(1)
        cand = (cc + mm.group(2) + mm.group(3).replace(" ", ""))[:IBAN_LEN[cc]]
        if cand[4:7] == "ZZZ":      # SEPA creditor identifier, not an IBAN
            continue
        if len(cand) == IBAN_LEN[cc] and cand not in INTENTIONALLY_INVALID_IBANS and not iban_ok(cand):
            probs.append(f"invalid IBAN {cand}")
        elif len(cand) == IBAN_LEN[cc]:
            stats["iban"] += 1
    return [f"{name}: {p}" for p in probs]


def check():
    tmp = tempfile.mkdtemp(prefix="d195-check-")
    problems = []
    stats = Counter()
    try:
        build(tmp)
        here_m, tmp_m = os.path.join(HERE, "mails"), os.path.join(tmp, "mails")
        a = sorted(os.listdir(here_m)) if os.path.isdir(here_m) else []
        b = sorted(os.listdir(tmp_m))
        if a != b:
            problems.append("file list of mails/ differs from a fresh build (run without --check first)")
        for f in b:
            with open(os.path.join(tmp_m, f), "rb") as fh:
                fresh = fh.read()
            p = os.path.join(here_m, f)
            if not os.path.exists(p) or open(p, "rb").read() != fresh:
                problems.append(f"{f}: differs from a fresh build")
        if open(os.path.join(tmp, "labels.tsv"), "rb").read() != open(os.path.join(HERE, "labels.tsv"), "rb").read():
            problems.append("labels.tsv differs from a fresh build")
        # second fresh build must equal the first (determinism inside one run)
        tmp2 = tmp + "-2"
        build(tmp2)
        for f in b:
            if open(os.path.join(tmp_m, f), "rb").read() != open(os.path.join(tmp2, "mails", f), "rb").read():
                problems.append(f"{f}: not deterministic")
        shutil.rmtree(tmp2)
        seen = set()
        for f in b:
            with open(os.path.join(tmp_m, f), "rb") as fh:
                problems += validate(fh.read(), f, seen, stats)
        rows = open(os.path.join(tmp, "labels.tsv"), encoding="utf-8").read().splitlines()
        assert rows[0] == "file\tlabel\tlang\tkind\treason"
        lab = Counter()
        for r in rows[1:]:
            cols = r.split("\t")
            if len(cols) != 5:
                problems.append(f"labels.tsv: bad row {r[:40]}")
                continue
            lab[(cols[1], cols[2])] += 1
            stats["kind:" + cols[3]] += 1
            if cols[1] == N and cols[4].startswith("trap:"):
                stats["traps"] += 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(MAILS)} mails")
    for l in (N, C, S):
        print(f"  {l:22s} de {lab[(l, 'de')]:3d}  en {lab[(l, 'en')]:3d}  total {lab[(l, 'de')] + lab[(l, 'en')]:3d}")
    de = sum(v for (l, g), v in lab.items() if g == "de")
    print(f"  de {de} ({100 * de / max(1, len(MAILS)):.0f} %), en {len(MAILS) - de}")
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("check passed")
    return 0

# ---------------------------------------------------------------- MAILS
# Every mail below is written on its own.  Customer domains, partner firms and
# persons are invented; all hosts end in .example.


def B(s, key=None, tail=""):
    """Body text + (optional) the sender's signature + (optional) quoted tail."""
    out = T(s).rstrip("\n") + "\n"
    if key:
        out += "\n" + SIG(key) + "\n"
    if tail:
        out += "\n" + T(tail).rstrip("\n") + "\n"
    return out


person("olbrich", "Gerrit Olbrich", "g.olbrich@kranichsteiner.example", f"""\
Mit freundlichen Grüßen
i. A. Gerrit Olbrich
Haftpflicht-Schaden Privatkunden (Sachschäden)
Tel. 06151 5550-3541 | haftpflicht-schaden@kranichsteiner.example

{FOOT_ALLG}""")


@mail(1, S, "de", "insurer-to-doctor",
      "BU claim: asks GP for a report on a named insured with disc herniation L5/S1 (M51.1), birth date, consent form attached")
def m0001(n):
    m = new(n, FROM("vossberg"), "Praxis Dr. med. Selin Aydoğan <praxis@praxis-aydogan.example>",
            "Anforderung ärztlicher Befundbericht - Herr Matthias Kerber, geb. 14.07.1979",
            when(2, 3, 9, 12))
    text(m, B("""
        Sehr geehrte Frau Dr. Aydoğan,

        Ihr Patient, Herr Matthias Kerber (geb. 14.07.1979, wohnhaft Am Kalkofen 9,
        64347 Griesheim), hat bei uns Leistungen aus seiner selbständigen
        Berufsunfähigkeitsversicherung (Vertrag BU 4471-208815) beantragt. Als
        Ursache gibt er einen Bandscheibenvorfall L5/S1 (M51.1) an, der nach seinen
        Angaben seit Oktober 2025 von Ihnen hausärztlich behandelt wird.

        Herr Kerber ist Dachdeckermeister und arbeitet nach eigener Schilderung zu
        etwa 70 % körperlich auf der Baustelle. Damit wir prüfen können, ob eine
        Berufsunfähigkeit von mindestens 50 % vorliegt, bitten wir Sie um einen
        kurzen Befundbericht zu folgenden Punkten:

          1. Diagnosen (bitte mit ICD-10) und Datum der Erstdiagnose
          2. Verlauf seit Oktober 2025, insbesondere Ergebnis der MRT vom
             18.11.2025 und der neurochirurgischen Vorstellung
          3. bisherige Therapie (Medikation, Physiotherapie, Infiltrationen)
          4. aktuelle Beschwerden und Funktionseinschränkungen: Heben und Tragen,
             Arbeiten über Kopf, Besteigen von Leitern und Gerüsten
          5. Arbeitsunfähigkeitszeiten und Prognose

        Die Schweigepflichtentbindungserklärung von Herrn Kerber vom 24.02.2026
        liegt als PDF bei. Für den Bericht vergüten wir nach GOÄ Nr. 75 zzgl.
        Porto; bitte senden Sie Ihre Rechnung unter Angabe der Vertragsnummer an
        uns. Gern können Sie den Bericht über unser SecureMail-Portal oder per
        Fax an 06151 5550-4499 schicken.

        Vielen Dank für Ihre Unterstützung.
        """, "vossberg"))
    attach(m, pdf([
        "# Erklärung zur Schweigepflichtentbindung (Einzelfall)",
        "",
        "Versicherungsnehmer / versicherte Person: Matthias Kerber, geb. 14.07.1979",
        "Anschrift: Am Kalkofen 9, 64347 Griesheim",
        "Vertrag: BU 4471-208815, Kranichsteiner Lebensversicherung AG",
        "",
        "Ich entbinde die nachstehend genannten Ärzte und Einrichtungen von ihrer",
        "Schweigepflicht, soweit es um Auskünfte zur Prüfung meines Antrags auf",
        "Leistungen wegen Berufsunfähigkeit vom 09.02.2026 geht:",
        "",
        "- Dr. med. Selin Aydoğan, Fachärztin für Allgemeinmedizin, Griesheim",
        "- Radiologische Gemeinschaftspraxis am Luisenplatz, Darmstadt",
        "- Neurochirurgische Ambulanz der Stadtklinik Darmstadt-Nord",
        "",
        "Diese Erklärung gilt für den Zeitraum 01.01.2023 bis heute.",
        "",
        "Griesheim, 24.02.2026        gez. Matthias Kerber",
    ], title="Schweigepflichtentbindung Kerber"), "application/pdf",
        "Schweigepflichtentbindung_Kerber_BU4471-208815.pdf")
    return m


@mail(2, N, "de", "internal",
      "trap: aggregated BU claim causes by ICD chapter and age band for 2025, no individual insured")
def m0002(n):
    m = new(n, FROM("derwald"),
            "Leistungsmanagement Leben <lm-leben@kranichsteiner.example>",
            "BU-Leistungsfälle 2025 nach Ursachen (für die Klausur am 12.3.)",
            when(3, 4, 16, 41),
            cc="Henrike Voßberg <h.vossberg@kranichsteiner.example>, Dr. Arne Feldkamp <a.feldkamp@kranichsteiner.example>")
    text(m, B("""
        Hallo zusammen,

        wie besprochen die Auswertung der neu anerkannten BU-Leistungsfälle 2025
        nach Hauptursache (ICD-Kapitel der leistungsbegründenden Diagnose) und
        Altersband. Grundlage ist der Leistungsbestand zum Stichtag 31.12.2025,
        Selbständige BU und BUZ zusammen, 412 Neuanerkennungen.

        Kurz das Wichtigste:
        - Psychische Erkrankungen (Kap. V, F00-F99) bleiben mit 36,4 % vorn,
          Vorjahr 33,9 %.
        - Muskel-Skelett (Kap. XIII) 19,9 %, leicht rückläufig.
        - Neubildungen (Kap. II) 15,3 %, Nervensystem 8,5 %, Kreislauf 6,8 %.
        - Unfälle/Verletzungen nur noch 5,1 %.
        - Post-COVID (U09.9) haben wir erstmals separat ausgewiesen: 14 Fälle,
          also 3,4 %. Bei den unter 40-Jährigen ist das inzwischen Ursache Nr. 3.

        Zellen mit weniger als 5 Fällen sind in der Tabelle mit der Nachbarzeile
        zusammengefasst. Bitte die Datei nicht außerhalb des Hauses verschicken,
        die Zahlen sind noch nicht testiert.
        """, "derwald"))
    attach(m, xlsx([
        ("Ursachen 2025", [
            ["BU-Neuanerkennungen 2025 nach Hauptursache", None, None, None],
            ["ICD-Kapitel", "Bezeichnung", "Anzahl", "Anteil %"],
            ["V", "Psychische und Verhaltensstörungen", 150, 36.4],
            ["XIII", "Krankheiten des Muskel-Skelett-Systems", 82, 19.9],
            ["II", "Neubildungen", 63, 15.3],
            ["VI", "Krankheiten des Nervensystems", 35, 8.5],
            ["IX", "Krankheiten des Kreislaufsystems", 28, 6.8],
            ["XIX", "Verletzungen, Vergiftungen, Unfallfolgen", 21, 5.1],
            ["XXII", "Post-COVID-Zustand (U09.9)", 14, 3.4],
            ["sonstige", "übrige Kapitel (zusammengefasst)", 19, 4.6],
            ["Summe", None, 412, 100.0],
        ]),
        ("Altersbänder", [
            ["Altersband", "Anzahl", "davon Kap. V", "davon Kap. XIII", "davon Kap. II"],
            ["bis 39", 71, 34, 9, 8],
            ["40-49", 118, 51, 21, 15],
            ["50-59", 176, 57, 41, 30],
            ["60 und älter", 47, 8, 11, 10],
        ]),
    ], author="L. Derwald"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "BU_Ursachen_2025_v3.xlsx")
    return m


@mail(3, C, "de", "insurer-to-customer",
      "private liability claim of a named policyholder (claim and policy number, address); property damage only, no health data")
def m0003(n):
    m = new(n, FROM("olbrich"), "Familie Petersen <t.petersen@postfach-mail.example>",
            "Ihr Haftpflichtschaden 51-HP-2026-004417 - beschädigte Wintergartenscheibe",
            when(3, 9, 11, 3),
            irt="<5f1e02aa@postfach-mail.example>")
    text(m, B("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihre Schadenmeldung vom Samstag. Wir haben den Vorgang
        unter der Schadennummer 51-HP-2026-004417 zu Ihrer Privathaftpflicht-
        versicherung PHV 7730-118842 angelegt.

        Nach Ihrer Schilderung hat Ihr Sohn Linus am 7. März beim Fußballspielen
        im Garten den Ball über die Hecke geschossen und dabei eine Scheibe am
        Wintergarten Ihrer Nachbarn, Familie Grohmann (Erlenweg 14, 64372
        Ober-Ramstadt), beschädigt. Verletzt wurde zum Glück niemand.

        Damit wir den Schaden zügig regulieren können, benötigen wir noch:

        - ein bis zwei Fotos der beschädigten Scheibe,
        - den Kostenvoranschlag oder die Rechnung des Glasers,
        - Telefonnummer oder E-Mail-Adresse der Familie Grohmann, falls diese
          einverstanden ist, dass wir uns direkt melden.

        Bitte beachten Sie: Eine Zusage gegenüber Ihren Nachbarn, dass der Schaden
        bezahlt wird, sollten Sie vorerst nicht abgeben - das prüfen wir für Sie.
        Sie können die Unterlagen einfach als Antwort auf diese E-Mail senden.
        """, "olbrich"))
    return m


@mail(4, S, "en", "insurer-to-partner",
      "facultative life request to reinsurer: named applicant with birth date, type 2 diabetes, HbA1c, medication, BMI (body and PDF)")
def m0004(n):
    m = new(n, FROM("ramaswamy"), "Facultative Underwriting <fac.life@atlas-re.example>",
            "Fac request KLV-2026-0117 - term life EUR 2.4m - Ebersbach",
            when(2, 17, 14, 26),
            cc="Hannes Vietor <h.vietor@kranichsteiner.example>")
    text(m, B("""
        Dear colleagues,

        please find attached a facultative request under our life surplus treaty
        (our ref. KLV-2026-0117). The sum at risk exceeds our retention of
        EUR 750,000 and the automatic capacity, so we need your offer.

        Applicant: Mr Florian Ebersbach, date of birth 3 September 1971, male,
        non-smoker, managing partner of a medium-sized engineering firm
        Cover: term life, EUR 2,400,000, 15 years, key person cover assigned to
        the company (Ebersbach & Lutter Anlagenbau GmbH)

        Medical: type 2 diabetes mellitus diagnosed 2019 (E11.9), on metformin
        1000 mg twice daily, no insulin. Latest HbA1c 7.1 % (January 2026),
        BMI 31.2, blood pressure 142/88 under ramipril 5 mg. No known
        retinopathy or nephropathy; microalbumin within normal range. Our
        examining physician's report and the lab values are summarised in the
        PDF.

        Our own assessment would be +75 % extra mortality; we would appreciate
        your view by 3 March, as the broker is pressing for a decision.
        """, "ramaswamy"))
    attach(m, pdf([
        "# Underwriting summary KLV-2026-0117",
        "Kranichsteiner Lebensversicherung AG - Risk Assessment Life/Disability",
        "",
        "Life assured: Florian Ebersbach, born 03.09.1971, Darmstadt",
        "Occupation: managing partner, engineering (office 80 %, site visits 20 %)",
        "Cover requested: term life EUR 2,400,000, term 15 years",
        "Existing cover with us: BU annuity EUR 1,500/month since 2012 (standard rates)",
        "",
        "# Medical evidence",
        "Medical examination 27.01.2026 (Dr. med. Jan Holtkötter, Darmstadt)",
        "Height 182 cm, weight 103 kg, BMI 31.2",
        "Blood pressure 142/88, 138/86 (two readings), on ramipril 5 mg",
        "Type 2 diabetes since 04/2019, metformin 1000 mg bid",
        "HbA1c 7.1 % (01/2026), 7.4 % (07/2025), 6.9 % (01/2025)",
        "Fasting glucose 141 mg/dl, creatinine 0.9 mg/dl, eGFR > 90",
        "Urine microalbumin 18 mg/l (normal), lipids: LDL 128 mg/dl on no statin",
        "ECG at rest: sinus rhythm, no abnormalities",
        "Ophthalmology report 11/2025: no diabetic retinopathy",
        "",
        "# Proposed decision",
        "Diabetes rating +50 %, build/BP +25 %, total +75 % extra mortality.",
        "Exclusions: none. Underwriter: H. Vietor, 16.02.2026",
    ], title="Underwriting summary KLV-2026-0117"),
        "application/pdf", "KLV-2026-0117_UW_summary.pdf")
    return m


@mail(5, N, "en", "insurer-to-customer",
      "trap: out-of-office auto-reply mentioning death and accident claims, no person's data")
def m0005(n):
    m = new(n, FROM("whitcombe"), "Rachel Dunmore <rachel.dunmore@tessaro.example>",
            "Automatic reply: Group policy renewal - headcount question",
            when(3, 16, 8, 2),
            irt="<CAF8a1Q0x9@mail.tessaro.example>",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    text(m, T("""
        Thank you for your e-mail. I am out of the office until Friday, 20 March
        2026, with limited access to e-mail.

        For urgent matters please contact our International Desk team at
        international-desk@kranichsteiner.example or +49 6151 5550-4400.

        If you need to report a death or a serious accident under a group life
        or group accident policy, please call our claims line +49 6151 5550-4000
        (24/7) - your message will not be forwarded automatically.

        Vielen Dank für Ihre Nachricht. Ich bin bis zum 20. März nicht im Büro.

        Emma Whitcombe
        """))
    return m


@mail(6, C, "de", "insurer-to-lawyer",
      "liability claim against a named insured (policy and claim number, amounts) for water damage to the neighbour's flat; no injury")
def m0006(n):
    m = new(n, FROM("olbrich"), "RAin Dr. Jana Tiemann <j.tiemann@hollweg-tiemann.example>",
            "Ihr Az. 112/26 JT - Ulmschneider ./. Kowalczyk - unser Schaden 51-HP-2026-001982",
            when(2, 26, 15, 48))
    text(m, B("""
        Sehr geehrte Frau Dr. Tiemann,

        wir bestätigen den Eingang Ihres Schreibens vom 19.02.2026. Wir sind der
        Privathaftpflichtversicherer von Herrn Rainer Kowalczyk, Hauptstraße 71,
        64380 Roßdorf (Vertrag PHV 7730-094317).

        Dem Grunde nach erkennen wir die Haftung unseres Versicherungsnehmers für
        den Leitungswasseraustritt vom 28.01.2026 an: Der Zulaufschlauch der
        Waschmaschine in seiner Wohnung ist geplatzt, das Wasser ist in die
        darunterliegende Wohnung Ihrer Mandantin gelaufen.

        Zur Höhe:
        - Parkett Wohnzimmer, 31 m² (Rechnung Fa. Bodenwerk Rhein-Main):
          5.910,00 EUR. Das Parkett war nach Angaben Ihrer Mandantin 2011
          verlegt. Wir nehmen einen Abzug neu für alt von 30 % vor und erstatten
          4.137,00 EUR.
        - Trocknung (Fa. Trockenprofi Südhessen): 1.284,50 EUR, voll.
        - Malerarbeiten Decke: 645,50 EUR, voll.
        - Hotelkosten vom 28.01. bis 02.02.2026: hier benötigen wir noch einen
          Nachweis, dass die Wohnung in dieser Zeit nicht bewohnbar war.

        Wir zahlen vorab 6.067,00 EUR auf das in Ihrem Schreiben genannte
        Anderkonto. Ihre Gebühren erstatten wir nach einem Gegenstandswert von
        6.067,00 EUR (1,3 Geschäftsgebühr zzgl. Auslagenpauschale und USt.).
        """, "olbrich"))
    return m


@mail(7, S, "de", "insurer-to-assessor",
      "accident insurance: assignment to medical expert to assess disability of a named insured after trimalleolar ankle fracture (DOCX)")
def m0007(n):
    m = new(n, FROM("quandel"), "Gutachteninstitut Dr. Rehbein <auftrag@rehbein-gutachten.example>",
            "Gutachtenauftrag Invalidität - Brandes, Ilka - UN 2025-06-3381",
            when(3, 2, 10, 30))
    text(m, B("""
        Guten Morgen Frau Walz,

        anbei wie telefonisch angekündigt der Auftrag für ein unfallchirurgisches
        Gutachten zur Invaliditätsbemessung. Die Versicherte ist bereit, zu Ihnen
        nach Frankfurt zu kommen; sie ist tagsüber unter 0176 5550 3312
        erreichbar (bitte nicht vor 9 Uhr).

        Wichtig: Die 15-Monats-Frist für die ärztliche Feststellung läuft am
        14.09.2026 ab. Ein Termin bis Ende Mai wäre ideal.

        Die Unterlagen (OP-Bericht, Entlassbericht, Röntgenbilder auf CD) gehen
        heute per Post an Sie.
        """, "quandel"))
    attach(m, docx([
        ("h", "Gutachtenauftrag - private Unfallversicherung"),
        "Auftraggeber: Kranichsteiner Allgemeine Versicherung AG, Leistung Unfall, Herr Quandel",
        "Gutachter: Gutachteninstitut Dr. Rehbein & Partner, Dr. med. Volker Rehbein, Facharzt für Orthopädie und Unfallchirurgie",
        "",
        ("table", [
            ["Schadennummer", "UN 2025-06-3381"],
            ["Versicherte Person", "Ilka Brandes, geb. 22.05.1984"],
            ["Anschrift", "Wingertsbergstraße 5, 64823 Groß-Umstadt"],
            ["Unfalltag", "14.06.2025"],
            ["Bedingungen", "AUB 2020, Gliedertaxe Plus"],
            ["Grundsumme", "150.000 EUR, Progression 350 %"],
        ]),
        ("h", "Unfallhergang (Angaben der Versicherten)"),
        "Sturz auf der Kellertreppe im eigenen Haus beim Tragen eines Wäschekorbs; Umknicken mit dem rechten Fuß.",
        ("h", "Bekannte Diagnosen"),
        "Trimalleoläre Sprunggelenksluxationsfraktur rechts (S82.82), operative Versorgung am 15.06.2025 (Plattenosteosynthese Fibula, Schraubenosteosynthese Innenknöchel und hinteres Volkmann-Dreieck), Metallentfernung geplant.",
        "Nach Angaben der Versicherten Restbeschwerden beim Gehen über 2 km und auf unebenem Gelände, Schwellneigung, eingeschränkte Dorsalextension.",
        ("h", "Fragen an den Gutachter"),
        "1. Welche unfallbedingten Gesundheitsschäden liegen vor?",
        "2. Ist die Beeinträchtigung der körperlichen Leistungsfähigkeit dauerhaft (voraussichtlich länger als drei Jahre)?",
        "3. Wie hoch ist der Invaliditätsgrad nach der Gliedertaxe (Fuß im Fußgelenk = 40 %), angegeben als Bruchteil des Fußwertes?",
        "4. Haben Krankheiten oder Gebrechen bei den Unfallfolgen mitgewirkt (Vorschäden, z. B. frühere Distorsionen)? Wenn ja, zu welchem Anteil?",
        "5. Ist eine Nachbegutachtung sinnvoll, und wann?",
        "",
        "Honorar nach Rahmenvereinbarung vom 01.01.2025, Pauschale B (mit Röntgenauswertung).",
        "Darmstadt, 02.03.2026",
    ], author="T. Quandel"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Gutachtenauftrag_UN2025-06-3381.docx")
    return m


@mail(8, N, "de", "internal",
      "trap: IT ticket about a printer that does not print doctors' reports; no person or case named")
def m0008(n):
    m = new(n, "IT-Servicedesk <servicedesk@kranichsteiner.example>",
            "Team Leistung Leben 3. OG <leistung-leben-3og@kranichsteiner.example>",
            "[INC-2026-08812] Drucker LL-3OG-02 druckt Arztberichte aus dem Scan-Eingang nicht",
            when(1, 21, 13, 17),
            extra=[("X-Ticket-ID", "INC-2026-08812")])
    text(m, B("""
        Hallo zusammen,

        kurzer Zwischenstand zu Ihrem Ticket INC-2026-08812:

        Der Drucker LL-3OG-02 (Flur vor Raum 3.14) bricht bei mehrseitigen PDFs
        aus dem Scan-Eingang ab, betroffen sind vor allem eingescannte
        Arztberichte, Gutachten und Krankenhausrechnungen mit mehr als ca. 40
        Seiten. Ursache ist ein Speicherproblem der Druckerfirmware beim
        Verarbeiten großer TIFF-Bilder im PDF.

        Workaround bis zum Firmware-Update am Donnerstag:
        - bitte den Drucker LL-3OG-01 (Kopierraum) verwenden, oder
        - im Druckdialog "Als Bild drucken" aktivieren.

        Bitte keine ausgedruckten Unterlagen am Drucker liegen lassen - wenn ein
        Druckjob hängt, kommt er nach dem Neustart sonst ungefragt heraus.
        Wir melden uns, wenn das Update eingespielt ist.
        """, "huesing"))
    return m


@mail(9, C, "en", "insurer-to-broker",
      "fleet policy of a company with named fleet manager, policy number, premium, plates and VINs")
def m0009(n):
    m = new(n, FROM("achterberg"), "Callum Finley <c.finley@finley-rhodes.example>",
            "RE: Harwick Marine Logistics GmbH - fleet policy KF-2026-30451 - two additional vans",
            when(1, 28, 16, 5),
            irt="<PR3P281MB0941.finley@finley-rhodes.example>",
            cc="Oliver Strathmann <o.strathmann@kranichsteiner.example>")
    text(m, B("""
        Dear Mr Finley,

        thank you - both vans are now included in the fleet policy of Harwick
        Marine Logistics GmbH (policy KF-2026-30451) from 1 February 2026:

          DA-HM 512  Ford Transit Custom  VIN WF0YXXTTGYPA41173
          DA-HM 513  Ford Transit Custom  VIN WF0YXXTTGYPA41208

        Cover as for the rest of the fleet: third-party liability EUR 100m,
        comprehensive with EUR 1,000 deductible. The additional pro-rata
        premium for 2026 is EUR 2,318.40 (incl. 19 % insurance tax), which
        brings the annual fleet premium to EUR 43,698.40. The updated vehicle
        list and the insurance confirmations (eVB 7Q4KRN2 and 7Q4KRN3) have
        gone to Mr Okonkwo directly, as he asked.

        One request: Mr Okonkwo mentioned that the drivers of the new vans are
        agency staff. Could you confirm that all drivers hold a valid EU
        licence for at least two years? Otherwise the young driver surcharge
        applies.

        Mit freundlichen Grüßen / kind regards
        """, "achterberg", """
        -----Original Message-----
        From: Callum Finley <c.finley@finley-rhodes.example>
        Sent: Tuesday, January 27, 2026 11:42 AM
        To: kfz-schaden@kranichsteiner.example
        Subject: Harwick Marine Logistics GmbH - fleet policy KF-2026-30451 - two additional vans

        Dear Ms Achterberg,

        our client's fleet manager, Daniel Okonkwo, asked us to add two new
        vans (registrations DA-HM 512/513) to the fleet from 1 February. I
        understand you are covering for the fleet underwriter this week.

        Many thanks,
        Callum Finley
        Account Executive, Finley & Rhodes Insurance Brokers Ltd
        """))
    return m


@mail(10, S, "de", "customer",
      "forwarded customer mail: named child broke his forearm (distal radius fracture), child accident policy; body of the forward says only 'please take over'")
def m0010(n):
    m = new(n, FROM("wieland"), "Tobias Quandel <t.quandel@kranichsteiner.example>",
            "WG: Unfall meines Sohnes",
            when(4, 14, 8, 51))
    text(m, T("""
        Hallo Tobias,

        kannst du das bitte übernehmen? Die Kundin bittet um Rückruf, hab ihr
        gesagt, dass sich heute noch jemand aus der Unfall-Leistung meldet.

        Danke & Gruß
        Jonas

        -------- Weitergeleitete Nachricht --------
        Betreff: Unfall meines Sohnes
        Datum: Mon, 13 Apr 2026 21:37:10 +0200
        Von: Nadine Wolfskehl <nadine.wolfskehl@webpost.example>
        An: service@kranichsteiner.example

        Hallo,

        mein Sohn Ben (7 Jahre) ist heute nachmittag auf dem Spielplatz in der
        Heinrichstraße vom Klettergerüst gefallen und hat sich den linken
        Unterarm gebrochen, die Ärztin in der Notaufnahme der Kinderklinik Darmstadt-Nord
        hat eine distale Radiusfraktur festgestellt. Er hat jetzt einen
        Oberarmgips für 4-5 Wochen und darf nicht in die Schule zum Sport.
        Sie sagen evtl muss nochmal gerichtet werden wenn es verrutscht, das
        entscheidet sich nächste woche beim Röntgen.

        Wir haben bei ihnen eine Kinderunfallversicherung, die Nummer ist
        UK 5531-077260 glaube ich, läuft über meinen Mann Sascha Wolfskehl.
        Was müssen wir jetzt machen? Brauchen sie den Arztbrief? Den hab ich
        nur auf Papier.

        Bitte um Rückruf, am besten nach 16 Uhr: 0151 5550 2087

        Viele Grüße
        Nadine Wolfskehl
        """))
    return m


person("kallenbach", "Ruth Kallenbach", "r.kallenbach@kranichsteiner.example", f"""\
Mit freundlichen Grüßen

Ruth Kallenbach
Leistung Leben (Todesfall und Ablauf)
Telefon 06151 5550-4330
leistung-leben@kranichsteiner.example

{FOOT_LEBEN}""")

person("kirchhof", "Dana Kirchhof", "d.kirchhof@kranichsteiner.example", f"""\
Mit freundlichen Grüßen
Dana Kirchhof
Firmenkunden-Schaden Haftpflicht/Transport
Tel. 06151 5550-3710 | firmen-schaden@kranichsteiner.example

{FOOT_ALLG}""")


@mail(11, N, "de", "newsletter",
      "trap: customer newsletter about disability insurance with statistics and causes, no individual")
def m0011(n):
    m = new(n, "Kranichsteiner Kompass <kompass@kranichsteiner.example>",
            "Kompass-Leserinnen und -Leser <kompass-abo@lists.kranichsteiner.example>",
            "Kompass März 2026: Berufsunfähigkeit - das unterschätzte Risiko",
            when(3, 5, 7, 30),
            extra=[("List-Unsubscribe", "<https://www.kranichsteiner.example/kompass/abmelden>"),
                   ("Precedence", "bulk")])
    plain = T("""
        KRANICHSTEINER KOMPASS - März 2026

        Berufsunfähigkeit: das unterschätzte Risiko
        ===========================================

        Jede vierte Erwerbstätige und jeder vierte Erwerbstätige in Deutschland
        wird vor dem Rentenalter berufsunfähig. Die häufigsten Ursachen sind
        längst nicht mehr Unfälle, sondern psychische Erkrankungen wie
        Depressionen und Burnout (rund ein Drittel der Fälle), gefolgt von
        Rückenleiden und Krebserkrankungen.

        Die gesetzliche Erwerbsminderungsrente reicht meist nicht aus: Sie
        beträgt im Schnitt weniger als 1.000 Euro im Monat.

        Was leistet unsere BU-Versicherung "Kranichsteiner BU Vital"?
        - monatliche Rente ab 50 % Berufsunfähigkeit
        - Verzicht auf abstrakte Verweisung
        - Nachversicherungsgarantie bei Heirat, Geburt eines Kindes oder
          Gehaltserhöhung, ohne erneute Gesundheitsprüfung
        - auf Wunsch Wiedereingliederungshilfe und Reha-Management

        Rechenbeispiel (Modellkunde, Bürotätigkeit, Eintrittsalter 30, Rente
        1.500 Euro bis 67): ab 47,80 Euro Monatsbeitrag.

        Mehr erfahren: https://www.kranichsteiner.example/bu
        Persönliche Beratung: 0800 555 0195

        Außerdem in dieser Ausgabe:
        - Fahrrad im Frühling: was die Hausratversicherung abdeckt
        - Unwetter-Check fürs Eigenheim

        Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
        Abmelden: https://www.kranichsteiner.example/kompass/abmelden
        Kranichsteiner Versicherungsgruppe, Lichtwiesenring 40, 64289 Darmstadt
        """)
    htmlb = T("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Kompass März 2026</title></head>
        <body style="font-family:Arial,sans-serif;color:#1d2b36;max-width:640px">
        <p style="font-size:12px;color:#777">KRANICHSTEINER KOMPASS &middot; März 2026</p>
        <h1 style="color:#0b5a7a">Berufsunfähigkeit: das unterschätzte Risiko</h1>
        <p>Jede vierte Erwerbstätige und jeder vierte Erwerbstätige in Deutschland wird vor dem
        Rentenalter berufsunfähig. Die häufigsten Ursachen sind längst nicht mehr Unfälle, sondern
        psychische Erkrankungen wie Depressionen und Burnout, gefolgt von Rückenleiden und Krebs.</p>
        <table style="border-collapse:collapse" cellpadding="6">
        <tr style="background:#e3f0f5"><th align="left">Ursache</th><th align="right">Anteil</th></tr>
        <tr><td>Psychische Erkrankungen</td><td align="right">ca. 33 %</td></tr>
        <tr><td>Erkrankungen von Skelett und Bewegungsapparat</td><td align="right">ca. 20 %</td></tr>
        <tr><td>Krebs und andere bösartige Geschwülste</td><td align="right">ca. 16 %</td></tr>
        <tr><td>Unfälle</td><td align="right">ca. 7 %</td></tr>
        </table>
        <p>Die gesetzliche Erwerbsminderungsrente beträgt im Schnitt weniger als 1.000 Euro im Monat.</p>
        <h2>Kranichsteiner BU Vital</h2>
        <ul>
        <li>monatliche Rente ab 50 % Berufsunfähigkeit</li>
        <li>Verzicht auf abstrakte Verweisung</li>
        <li>Nachversicherungsgarantie ohne erneute Gesundheitsprüfung</li>
        <li>auf Wunsch Wiedereingliederungshilfe und Reha-Management</li>
        </ul>
        <p style="background:#f5f5f5;padding:8px">Rechenbeispiel (Modellkunde, Bürotätigkeit, Eintrittsalter 30,
        Rente 1.500 Euro bis 67): ab <b>47,80 Euro</b> Monatsbeitrag.</p>
        <p><a href="https://www.kranichsteiner.example/bu">Mehr erfahren</a> &middot; Beratung 0800 555 0195</p>
        <hr><p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
        <a href="https://www.kranichsteiner.example/kompass/abmelden">Abmelden</a><br>
        Kranichsteiner Versicherungsgruppe, Lichtwiesenring 40, 64289 Darmstadt</p>
        </body></html>
        """)
    alt(m, plain, htmlb)
    return m


@mail(12, C, "de", "insurer-to-customer",
      "new SEPA mandate for a named customer's household policy: IBAN, policy number, address")
def m0012(n):
    m = new(n, FROM("fahrenkamp"), "Svenja Albrecht-Nowak <svenja.an@mailbox-hessen.example>",
            "Bestätigung neue Bankverbindung - Hausratversicherung HR 2204-318876",
            when(1, 13, 10, 22))
    text(m, B("""
        Sehr geehrte Frau Albrecht-Nowak,

        vielen Dank für Ihre Nachricht. Wir haben Ihre neue Bankverbindung für
        die Hausratversicherung HR 2204-318876 (Versicherungsort Pallaswiesen-
        straße 126, 64293 Darmstadt) gespeichert:

          Kontoinhaberin: Svenja Albrecht-Nowak
          IBAN: DE76 2131 1800 2822 5806 84
          Bank: Volksbank Odenwald-Bergstraße eG

        Das neue SEPA-Lastschriftmandat hat die Mandatsreferenz
        HR2204318876-003. Unsere Gläubiger-Identifikationsnummer lautet
        DE42ZZZ00000741536. Den Jahresbeitrag von 148,20 EUR buchen wir
        erstmals am 01.02.2026 von dem neuen Konto ab.

        Das alte Mandat für das Konto bei der Direktbank ist damit erloschen.
        Falls Sie auch Ihre Glasversicherung umstellen möchten, genügt eine
        kurze Antwort auf diese E-Mail.
        """, "fahrenkamp"))
    return m


@mail(13, S, "en", "insurer-to-lawyer",
      "motor liability: injuries of a named British cyclist (clavicle fracture, concussion), medical records requested, interim payment")
def m0013(n):
    m = new(n, FROM("juric"), "Anjali Shah <a.shah@pemberton-shah.example>",
            "Your client Oliver Hastings - road traffic accident Frankfurt 9 January 2026 - our ref. 52-KH-2026-000344",
            when(2, 11, 14, 9),
            irt="<LO2P123MB4471.pemberton@pemberton-shah.example>")
    text(m, B("""
        Dear Ms Shah,

        thank you for your letter of 2 February 2026 and the signed authority of
        your client, Mr Oliver Hastings (date of birth 17 April 1988).

        We are the motor third-party liability insurers of the car driven by
        our policyholder on 9 January 2026 in Frankfurt-Sachsenhausen
        (Schweizer Straße / Gartenstraße). Having reviewed the police file, we
        accept liability in full. Your client was riding in the marked cycle
        lane when our policyholder turned right without giving way.

        From the discharge letter of the Unfallklinik Main-Taunus we note the
        following injuries:

          - displaced fracture of the left clavicle, treated by plate
            osteosynthesis on 10 January 2026,
          - mild traumatic brain injury (concussion) with brief loss of
            consciousness,
          - abrasions to the left forearm and hip.

        To value the claim for pain and suffering (Schmerzensgeld) and your
        client's loss of earnings, we should be grateful for:

          1. the follow-up reports of his orthopaedic surgeon in London and
             any physiotherapy records since his return,
          2. a statement from his GP on whether he had any shoulder or
             neurological complaints before the accident,
          3. confirmation from his employer of salary and sick leave.

        Without prejudice to the final settlement we will make an interim
        payment of EUR 5,000.00 to your firm's client account this week.
        Please note that under German law the claim will be assessed by German
        standards; we will of course take into account the costs he incurs in
        the UK.

        Yours sincerely,
        """, "juric"))
    return m


@mail(14, N, "en", "internal",
      "trap: meeting invitation on claim handling times for disability and accident claims, aggregate KPIs only")
def m0014(n):
    m = new(n, FROM("whitcombe"),
            "Claims Quality Board <cqb@kranichsteiner.example>",
            "Invitation: Claims Quality Board - Q1 2026 review (BU & accident handling times)",
            when(3, 12, 12, 0))
    text(m, B("""
        Dear all,

        the Q1 session of the Claims Quality Board will take place on
        Thursday, 9 April, 14:00-15:30, room 5.02 / Teams (link in the
        invitation). As agreed, we hold it in English so that our colleagues
        from the Dublin branch can join.

        Agenda
        1. Handling times disability (BU) claims: median 97 days (target 90),
           share of files waiting for medical reports 41 %
        2. Accident invalidity claims: backlog of expert reports, new
           framework agreement with two expert institutes
        3. Complaint ratio per 1,000 claims by line of business
        4. Proposal: standard reminder letters to doctors after 21 days
        5. AOB

        Please send me your slides by 7 April. No individual files please -
        aggregate figures only.
        """, "whitcombe"))
    ics = ical(T("""
        BEGIN:VCALENDAR
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
        UID:cqb-2026-q1-7f3a91@kranichsteiner.example
        DTSTAMP:20260312T110000Z
        DTSTART;TZID=W. Europe Standard Time:20260409T140000
        DTEND;TZID=W. Europe Standard Time:20260409T153000
        SUMMARY:Claims Quality Board - Q1 2026 review
        LOCATION:Room 5.02 / Teams
        ORGANIZER;CN=Emma Whitcombe:mailto:e.whitcombe@kranichsteiner.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Claims Quality Board:mailto:cqb@kranichsteiner.example
        DESCRIPTION:Agenda: BU handling times\\, accident invalidity backlog\\, complaint ratio\\, reminder letters. Teams: https://teams.kranichsteiner.example/l/cqb-q1
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    attach(m, ics, "text/calendar", "invite.ics")
    return m


@mail(15, S, "de", "insurer-to-customer",
      "life insurance death claim: widow of a named deceased insured, policy number, sum, cause-of-death certificate requested")
def m0015(n):
    m = new(n, FROM("kallenbach"), "Gerda Mahlberg <gerda.mahlberg@t-netz.example>",
            "Lebensversicherung LV 3308-551902 - Leistungsantrag nach dem Tod von Herrn Herbert Mahlberg",
            when(3, 3, 11, 40))
    text(m, B("""
        Sehr geehrte Frau Mahlberg,

        zunächst möchten wir Ihnen zum Tod Ihres Mannes unser aufrichtiges
        Beileid aussprechen.

        Sie haben uns mitgeteilt, dass Herr Herbert Mahlberg (geb. 02.11.1949)
        am 21.02.2026 verstorben ist. Für seine Kapitallebensversicherung
        LV 3308-551902 sind Sie als Bezugsberechtigte eingetragen. Die
        Versicherungsleistung beträgt einschließlich Überschussbeteiligung
        voraussichtlich 38.412,77 EUR; den genauen Betrag teilen wir Ihnen mit
        der Abrechnung mit.

        Damit wir auszahlen können, benötigen wir bitte noch:

        1. die Sterbeurkunde (Kopie genügt),
        2. eine ärztliche Bescheinigung über die Todesursache - das Formular
           dafür hängen wir Ihnen an. Es kann vom Hausarzt oder von der Klinik
           ausgefüllt werden; die Kosten übernehmen wir,
        3. den Versicherungsschein im Original oder eine kurze Erklärung, dass
           er nicht mehr auffindbar ist,
        4. Ihre Bankverbindung für die Auszahlung.

        Ein Erbschein ist nicht erforderlich, da Sie namentlich bezugsberechtigt
        sind. Da der Vertrag erst 2021 wieder in Kraft gesetzt wurde, müssen
        wir in diesem Fall die Todesursache prüfen; bitte verstehen Sie das
        nicht als Misstrauen, es ist ein übliches Vorgehen.

        Wenn Sie Fragen haben, rufen Sie mich gern direkt an.
        """, "kallenbach"))
    attach(m, pdf([
        "# Ärztliche Bescheinigung über die Todesursache",
        "Kranichsteiner Lebensversicherung AG - Leistung Leben",
        "",
        "Versicherte Person: Herbert Mahlberg, geb. 02.11.1949",
        "Vertrag: LV 3308-551902",
        "",
        "Bitte vom behandelnden Arzt / von der behandelnden Klinik auszufüllen:",
        "",
        "1. Todestag und Todesort: ______________________________",
        "2. Unmittelbare Todesursache: ______________________________",
        "3. Grundleiden: ______________________________",
        "4. Seit wann bestand das Grundleiden? ____________",
        "5. Behandelnde Ärzte der letzten fünf Jahre: ______________________________",
        "6. Natürlicher Tod / nicht natürlicher Tod / ungeklärt (bitte ankreuzen)",
        "",
        "Die Schweigepflichtentbindung der versicherten Person gilt gemäß Antrag",
        "über den Tod hinaus. Honorar: pauschal 40,00 EUR gegen Rechnung.",
        "",
        "Ort, Datum, Stempel, Unterschrift: ______________________________",
    ], title="Bescheinigung Todesursache LV 3308-551902"),
        "application/pdf", "Formular_Todesursache_LV3308-551902.pdf")
    return m


@mail(16, C, "de", "insurer-to-company",
      "commercial liability claim of a company with named managing director; claim number, third-party haulier, amounts; property damage only")
def m0016(n):
    m = new(n, FROM("kirchhof"), "Jens Hasselbach <j.hasselbach@getraenke-hasselbach.example>",
            "AW: Schaden Gabelstapler / Lkw Spedition Moll - Ihre BHV BH 6610-040271",
            when(2, 20, 9, 55),
            irt="<000b01dca1f2$9e4c1a30$@getraenke-hasselbach.example>")
    text(m, B("""
        Sehr geehrter Herr Hasselbach,

        danke für die Fotos und den Bericht Ihres Lagerleiters. Wir haben den
        Schaden unter der Nummer 61-BH-2026-000219 zu Ihrer Betriebshaftpflicht
        BH 6610-040271 (Getränke Hasselbach GmbH & Co. KG) erfasst.

        Nach dem Bericht hat Ihr Mitarbeiter am 17.02. beim Beladen mit dem
        Gabelstapler die Bordwand und die Ladebordwand-Hydraulik des Lkw
        DI-SM 4410 der Spedition Moll beschädigt. Personen kamen nicht zu
        Schaden.

        Die Spedition hat inzwischen einen Kostenvoranschlag über 9.480,00 EUR
        netto sowie Nutzungsausfall für 4 Tage à 380,00 EUR geltend gemacht.
        Wir lassen den Kostenvoranschlag von unserem Sachverständigen prüfen
        und melden uns direkt bei der Spedition. Ihre Selbstbeteiligung
        beträgt laut Vertrag 1.000,00 EUR; wir stellen sie Ihnen nach Abschluss
        in Rechnung.

        Bitte geben Sie gegenüber der Spedition keine Anerkenntnisse ab.
        """, "kirchhof", """
        -----Ursprüngliche Nachricht-----
        Von: Jens Hasselbach <j.hasselbach@getraenke-hasselbach.example>
        Gesendet: Mittwoch, 18. Februar 2026 17:22
        An: firmen-schaden@kranichsteiner.example
        Betreff: Schaden Gabelstapler / Lkw Spedition Moll

        Hallo Frau Kirchhof,
        wie gestern am Telefon besprochen anbei Fotos + Bericht vom Lager.
        Der Fahrer der Spedition war sehr aufgebracht, hat aber nichts
        abbekommen. Bitte um kurze Rückmeldung wie es weitergeht.

        Gruß J. Hasselbach
        Geschäftsführer
        Getränke Hasselbach GmbH & Co. KG, Dieburg
        """))
    return m


@mail(17, N, "de", "insurer-to-supplier",
      "trap: order of first-aid kits and AED pads for the office building; supplier's company bank account only")
def m0017(n):
    m = new(n, FROM("kolodziej"), "Vertrieb Medi-Sicher <bestellung@medi-sicher.example>",
            "Bestellung Nr. 4500118734 - Erste-Hilfe-Material Hauptverwaltung",
            when(1, 19, 10, 15))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        auf Grundlage Ihres Angebots AN-26-0093 vom 12.01.2026 bestellen wir:

          Pos  Menge  Artikel
          10   12     Erste-Hilfe-Koffer DIN 13157, wandhängend
          20   4      Nachfüllset DIN 13157
          30   6      Elektrodenpads Erwachsene für AED Modell HeartSafe 350
          40   2      Elektrodenpads Kinder für AED Modell HeartSafe 350
          50   10     Augenspülflasche 500 ml
          60   3      Brandwunden-Verbandset

        Gesamt netto laut Angebot: 1.286,40 EUR

        Lieferung bitte an: Kranichsteiner Versicherungsgruppe, Warenannahme
        Tor 2, Lichtwiesenring 40, 64289 Darmstadt, Mo-Fr 7-15 Uhr.
        Rechnung bitte mit Bestellnummer an rechnungseingang@kranichsteiner.example.

        Ihre geänderte Bankverbindung (Medi-Sicher Arbeitsschutz GmbH,
        IBAN DE57 3407 9002 9101 8545 58) haben wir in der Kreditorenstammdatei
        hinterlegt, nachdem wir sie telefonisch bei Frau Jansen verifiziert
        haben.

        Die abgelaufenen Pads der beiden Defibrillatoren im Foyer und in der
        Kantine tauschen unsere Ersthelfer selbst.
        """, "kolodziej"))
    return m


@mail(18, S, "de", "internal",
      "attachment-only: PDF case summary of a named BU claimant with recurrent depression (F33.2) and inpatient stay, body only asks for an opinion")
def m0018(n):
    m = new(n, FROM("vossberg"), FROM("feldkamp"),
            "Bitte um ärztliche Stellungnahme BU 4471-301144",
            when(2, 24, 15, 2))
    text(m, B("""
        Hallo Herr Dr. Feldkamp,

        anbei die Fallzusammenfassung zu BU 4471-301144 mit der Bitte um Ihre
        Stellungnahme zu den Fragen auf Seite 1 unten. Die vollständige
        Leistungsakte ist im System freigegeben.

        Wenn möglich bis Ende nächster Woche, die Kundin hat schon zweimal
        nachgefragt.

        Danke und viele Grüße
        Henrike Voßberg
        """))
    attach(m, pdf([
        "# Fallzusammenfassung BU-Leistungsprüfung - nur für den internen Gebrauch",
        "Vertrag: BU 4471-301144   Versicherte Person: Sandra Pohlmann, geb. 08.10.1976",
        "Beruf: Grundschullehrerin (verbeamtet, Teilzeit 75 %), Hessen",
        "Versicherte Rente: 1.800 EUR monatlich, Leistungsantrag vom 05.12.2025",
        "",
        "# Geltend gemachte Ursache",
        "Rezidivierende depressive Störung, gegenwärtig schwere Episode ohne psychotische",
        "Symptome (F33.2), zusätzlich Insomnie (G47.0).",
        "",
        "# Verlauf nach den vorliegenden Unterlagen",
        "- erste depressive Episode 2017, ambulante Psychotherapie (VT) 2017-2018",
        "- arbeitsunfähig seit 14.04.2025",
        "- stationäre Behandlung Psychosomatische Klinik Bad Kleinlinden vom 02.06. bis 14.07.2025",
        "  (Entlassbericht: weiterhin mittel- bis schwergradig, BDI-II 31)",
        "- aktuelle Medikation: Venlafaxin 225 mg, Mirtazapin 15 mg zur Nacht",
        "- ambulante Psychiaterin: Dr. med. Karin Heuchelheim, Gießen; Befundbericht vom 20.01.2026",
        "- Dienstherr: Verfahren zur Prüfung der Dienstfähigkeit eingeleitet (amtsärztliche Untersuchung 03/2026)",
        "",
        "# Fragen an den Gesellschaftsarzt",
        "1. Ist aus medizinischer Sicht eine Berufsunfähigkeit von mindestens 50 % für",
        "   mindestens sechs Monate nachvollziehbar belegt?",
        "2. Reichen die Unterlagen aus oder empfehlen Sie ein psychiatrisches Gutachten?",
        "3. Ist eine befristete Anerkennung (12 Monate) mit Nachprüfung vertretbar?",
        "",
        "Sachbearbeitung: H. Voßberg, 24.02.2026",
    ], title="BU 4471-301144 Fallzusammenfassung", compress=False),
        "application/pdf", "BU4471-301144_Fallzusammenfassung.pdf")
    return m


@mail(19, C, "en", "insurer-to-customer",
      "travel baggage claim of a named customer: claim number, stolen items, payout to his IBAN; no health content")
def m0019(n):
    m = new(n, FROM("lindqvist"), "Tomasz Wierzbicki <tomasz.wierzbicki@inboxmail.example>",
            "Re: Stolen suitcase Lisbon airport - claim RG-2026-01877",
            when(3, 18, 13, 37),
            irt="<a7c2e0f1-33b1-4d5e@inboxmail.example>")
    text(m, B("""
        Dear Mr Wierzbicki,

        thank you for sending the police report from the PSP station at Lisbon
        airport and the receipts. We have now settled your baggage claim
        RG-2026-01877 under your annual travel policy RV 8812-044519:

          Suitcase (Samsonite, bought 2022, time-value)       EUR 140.00
          Clothing and shoes (time-value, 40 % deduction)     EUR 612.00
          Replacement toiletries and clothes in Lisbon        EUR 178.60
          Electric shaver (receipt 2024)                      EUR 89.00
          Less deductible                                     EUR -50.00
          -----------------------------------------------------------------
          Payment                                             EUR 969.60

        The payment goes to your account IBAN DE94 1539 6399 9873 3402 47 and
        should arrive within three working days.

        Unfortunately we cannot pay for the headphones: according to the
        conditions, electronic devices are only covered while you carry them
        with you or keep them locked in your hotel room, not in checked luggage.
        """, "lindqvist", """
        On 16 Mar 2026, at 22:04, Tomasz Wierzbicki wrote:
        > Hi Sophie,
        > attached the police report (in Portuguese, sorry) and what I could find
        > of the receipts. The headphones were in the suitcase too, Sony, 329 EUR.
        > Thanks, Tomasz
        """))
    return m


@mail(20, N, "en", "insurer-to-partner",
      "trap: treaty renewal timeline with portfolio-level loss figures of group accident business; no individual claims")
def m0020(n):
    m = new(n, FROM("ramaswamy"), "Mikkel Sørensen <mikkel.sorensen@atlas-re.example>",
            "Group accident QS - renewal 1.7.2026 - timeline and data pack",
            when(4, 22, 9, 18),
            cc="Dr. Lukas Derwald <l.derwald@kranichsteiner.example>")
    text(m, B("""
        Dear Mikkel,

        as promised, the timeline for the renewal of our group accident quota
        share (40 % ceded) as of 1 July 2026:

          15 May   data pack to panel (portfolio 2021-2025, as-if figures)
          29 May   quotes due
          10 June  firm order terms
          24 June  signed slips

        Headline figures for 2025, as per our board report:
          - gross written premium EUR 14.2m (+6 %)
          - 3,870 notified claims, of which 412 with invalidity benefit
          - gross loss ratio 61.4 % (2024: 58.9 %)
          - two large losses above EUR 500k (both already reported to you
            under the cash call clause last autumn)

        The data pack will contain claims triangles by accident year and the
        invalidity degree distribution, no individual claim files. If you need
        anything beyond that for your pricing, let me know early.
        """, "ramaswamy"))
    return m



@mail(21, S, "de", "insurer-to-hospital",
      "accident claim: asks hospital for discharge and surgery reports of a named patient after motorcycle polytrauma, birth date")
def m0021(n):
    m = new(n, FROM("quandel"), "Zentralarchiv Patientenakten <archiv@klinikum-odenwald-sued.example>",
            "Anforderung Entlassbericht/OP-Berichte - Patient Dennis Lüthje, geb. 30.11.1990",
            when(1, 8, 14, 20))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        Herr Dennis Lüthje, geb. 30.11.1990, Forstweg 3, 64720 Michelstadt, ist bei
        uns unfallversichert (Vertrag UV 5520-118402, Schaden UN 2025-08-4107).
        Er wurde nach einem Motorradunfall auf der B 45 bei Erbach vom 23.08. bis
        29.09.2025 in Ihrem Haus behandelt, davon nach seinen Angaben neun Tage
        auf der Intensivstation.

        Zur Prüfung des Krankenhaustagegeldes und der Invaliditätsleistung
        benötigen wir in Kopie:

          - den Entlassbericht der Klinik für Unfallchirurgie,
          - die OP-Berichte (nach Angaben des Versicherten Beckenstabilisierung
            mit Fixateur, Splenektomie, Versorgung der Rippenserienfraktur),
          - den Verlegungsbericht der Intensivstation,
          - den Bericht über die Anschlussheilbehandlung, falls er Ihnen vorliegt.

        Die unterschriebene Schweigepflichtentbindung von Herrn Lüthje senden wir
        Ihnen mit gleicher Post im Original zu; eine Kopie liegt dem
        SecureMail-Postfach bei, über das Sie uns die Unterlagen auch
        verschlüsselt übermitteln können. Kopierkosten erstatten wir nach
        Rechnung.
        """, "quandel"))
    return m


@mail(22, N, "de", "internal",
      "trap: internal job advert for a BU claims handler with nursing background; health words but no person")
def m0022(n):
    m = new(n, "Recruiting Kranichsteiner <recruiting@kranichsteiner.example>",
            "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Interne Stellenausschreibung: Sachbearbeiter/in Leistungsprüfung BU (m/w/d)",
            when(2, 2, 8, 0))
    html(m, T("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
        <p>Liebe Kolleginnen und Kollegen,</p>
        <p>für die <b>Leistungsprüfung Berufsunfähigkeit</b> der Kranichsteiner Lebensversicherung AG
        suchen wir ab sofort in Vollzeit oder Teilzeit (mind. 30 Std.) eine/n</p>
        <h2 style="color:#0b5a7a">Sachbearbeiter/in Leistungsprüfung BU (m/w/d)</h2>
        <h3>Ihre Aufgaben</h3>
        <ul>
          <li>Prüfung von Leistungsanträgen wegen Berufsunfähigkeit und Erwerbsunfähigkeit</li>
          <li>Auswertung von Arztberichten, Reha-Entlassberichten und Gutachten</li>
          <li>Anforderung medizinischer Unterlagen bei Ärzten und Kliniken</li>
          <li>Abstimmung mit unserem Gesellschaftsarzt und externen Gutachtern</li>
          <li>telefonische Begleitung unserer Kundinnen und Kunden in schwierigen Lebensphasen</li>
        </ul>
        <h3>Ihr Profil</h3>
        <ul>
          <li>Ausbildung als Gesundheits- und Krankenpfleger/in, Medizinische/r Fachangestellte/r
              oder Kaufmann/-frau für Versicherungen und Finanzen mit Erfahrung in der Leistung</li>
          <li>Kenntnisse medizinischer Fachbegriffe und der ICD-10</li>
          <li>Einfühlungsvermögen und eine klare, verständliche Sprache</li>
        </ul>
        <p>Eingruppierung nach Tarifgruppe VI PTV, Homeoffice bis 60 % möglich.</p>
        <p>Interesse? Bewerbungen bis <b>27.02.2026</b> über das Intranet (Karriere &gt; Interne Stellen),
        Kennziffer <b>L-2026-07</b>. Fragen beantwortet Ihnen Frau Voßberg, Durchwahl -4412.</p>
        <p>Ihr Recruiting-Team</p>
        </body></html>
        """))
    return m


@mail(23, C, "de", "insurer-to-customer",
      "motor: insurance confirmation (eVB) for a named keeper with birth date, VIN, address and no-claims class")
def m0023(n):
    m = new(n, FROM("fahrenkamp"), "Kemal Aksoy <kemal.aksoy@mailbox-hessen.example>",
            "Ihre eVB-Nummer für den VW ID.3",
            when(1, 15, 16, 48))
    text(m, B("""
        Sehr geehrter Herr Aksoy,

        wie gewünscht haben wir die Versicherung für Ihr neues Fahrzeug
        vorbereitet. Ihre elektronische Versicherungsbestätigung:

          eVB-Nummer:        R7XK2P9
          Halter:            Kemal Aksoy, geb. 05.06.1987
          Anschrift:         Frankfurter Landstraße 212, 64291 Darmstadt
          Fahrzeug:          VW ID.3 Pro S, FIN WVWZZZE1ZSP028833
          Versicherungsbeginn: Tag der Zulassung
          Tarif:             Kfz-Haftpflicht + Vollkasko (SB 300/150 EUR)
          SF-Klasse:         SF 12 (Haftpflicht), SF 9 (Vollkasko)

        Die eVB gilt 6 Monate. Bitte nennen Sie die Nummer bei der
        Zulassungsstelle; das Kennzeichen teilen Sie uns danach kurz mit. Der
        bisherige Vertrag für den Golf (DA-KA 887) läuft zum Tag der Abmeldung
        aus, der Schadenfreiheitsrabatt geht auf den neuen Vertrag über.

        Voraussichtlicher Jahresbeitrag: 912,36 EUR, Zahlung wie bisher per
        Lastschrift.
        """, "fahrenkamp"))
    return m


@mail(24, S, "en", "insurer-to-partner",
      "recourse against a UK motor insurer for treatment costs of a named injured health insured (whiplash, sternum fracture), itemised")
def m0024(n):
    m = new(n, FROM("demirel"), "Gareth Pryce <gareth.pryce@albion-mutual.example>",
            "Subrogated claim - Jannik Reuter - accident Bristol 14 August 2025 - your ref. AM/MTR/25/118720",
            when(2, 5, 11, 6))
    text(m, B("""
        Dear Mr Pryce,

        we act for Kranichsteiner Krankenversicherung AG, the private health
        insurer of Mr Jannik Reuter (born 28 February 1993), resident in Darmstadt,
        Germany.

        On 14 August 2025 Mr Reuter's hire car was struck from behind at the
        traffic lights on Bath Road, Bristol, by the vehicle insured by you
        (registration WU19 KXT). Your insured has admitted fault in the police
        report. As a result of the collision Mr Reuter suffered a distortion of
        the cervical spine (whiplash injury, ICD-10 S13.4) and a non-displaced
        fracture of the sternum (S22.2).

        Under his health insurance contract we have paid the following
        treatment costs, for which we claim reimbursement in our own right
        (statutory subrogation, section 86 German Insurance Contract Act):

          Avonside General Hospital Bristol, A&E and CT thorax            EUR 1,964.20
          Ambulance transfer                                               EUR   418.00
          Return flight, medical escort not required, seat upgrade          EUR   386.40
          MRI cervical spine, Darmstadt, 02.09.2025                         EUR   612.73
          Orthopaedic treatment Dr. Lenz, 6 consultations                  EUR   734.86
          Physiotherapy, 24 sessions incl. manual therapy                  EUR 2,846.00
          Medication (analgesics, muscle relaxant)                          EUR   180.00
          Neck brace and TENS unit                                          EUR 1,600.00
          -------------------------------------------------------------------------------
          Total                                                             EUR 8,742.19

        Copies of the invoices and the medical reports are available to you via
        our secure portal once you confirm that you will treat them in
        accordance with data protection law. Please confirm your position within
        six weeks. Mr Reuter's own claim for pain and suffering is pursued
        separately by his solicitors.

        Yours sincerely,
        """, "demirel"))
    return m


@mail(25, N, "en", "insurer-to-customer",
      "trap: SecureMail notification without any content ('you have a new secure message')")
def m0025(n):
    m = new(n, "Kranichsteiner SecureMail <noreply-securemail@kranichsteiner.example>",
            "h.okafor-lewis@netmail.example",
            "You have a new secure message",
            when(2, 27, 18, 2),
            extra=[("Auto-Submitted", "auto-generated")])
    text(m, T("""
        Hello,

        a new message is waiting for you in your Kranichsteiner SecureMail
        mailbox. For your protection, the content is only available after you
        log in:

            https://securemail.kranichsteiner.example/

        The message will be kept for 90 days. If you have forgotten your
        password, use "Reset password" on the login page; you will need the
        answer to your security question.

        This is an automatically generated notification. Please do not reply.
        Kranichsteiner will never ask for your password by e-mail.

        --
        Kranichsteiner Versicherungsgruppe | Lichtwiesenring 40 | 64289 Darmstadt
        """))
    return m


@mail(26, C, "en", "internal",
      "HR to line manager: salary increase of a named employee with old and new gross annual salary")
def m0026(n):
    m = new(n, FROM("fabricius"), FROM("whitcombe"),
            "Salary review 2026 - Conor Brady",
            when(3, 20, 10, 44))
    text(m, B("""
        Hi Emma,

        the salary review for your team has been approved by the board. For
        Conor Brady (personnel no. 20417) the figures are:

          current annual gross salary   EUR 58,400
          new annual gross salary       EUR 61,900 (+6.0 %)
          effective                     1 April 2026
          variable bonus target         unchanged, 8 %

        Could you tell him personally before the April payslip goes out? The
        written confirmation will be in his mailbox in the HR portal from
        next week. Please do not forward this mail.

        Thanks!
        """, "fabricius"))
    return m


@mail(27, S, "de", "insurer-to-customer",
      "disability benefit acknowledged for a named insured with post-COVID condition (U09.9) and fatigue; pension amount and review")
def m0027(n):
    m = new(n, FROM("vossberg"), "Annika Selbach <annika.selbach@webpost.example>",
            "Ihre Berufsunfähigkeitsversicherung BU 4471-266093 - Entscheidung über Ihren Leistungsantrag",
            when(3, 26, 12, 15))
    text(m, B("""
        Sehr geehrte Frau Selbach,

        wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit vom
        11.09.2025 geprüft und freuen uns, Ihnen eine positive Nachricht geben zu
        können.

        Nach den Berichten Ihrer Hausärztin, der Post-COVID-Ambulanz in
        Frankfurt und dem Entlassbericht der Reha-Klinik sind Sie
        infolge des Post-COVID-Zustands (U09.9) mit ausgeprägter Fatigue und
        Belastungsintoleranz (PEM) seit dem 01.05.2025 zu mehr als 50 % außer
        Stande, Ihren Beruf als Erzieherin in der Kita auszuüben. Die
        Betreuung einer Gruppe von 20 Kindern über mehrere Stunden ist Ihnen
        derzeit nicht möglich.

        Wir erkennen unsere Leistungspflicht daher ab dem 01.05.2025 an,
        befristet bis zum 30.04.2027 (§ 173 Abs. 2 VVG). Das bedeutet:

        - Sie erhalten eine monatliche BU-Rente von 1.450,00 EUR.
        - Sie müssen keine Beiträge mehr zahlen (Beitragsbefreiung, derzeit
          64,12 EUR monatlich); bereits gezahlte Beiträge seit Mai 2025
          erstatten wir.
        - Die Nachzahlung für Mai 2025 bis März 2026 beträgt 15.950,00 EUR
          Rente zzgl. 705,32 EUR Beitragserstattung und wird in den nächsten
          Tagen auf Ihr bekanntes Konto überwiesen.

        Warum befristet? Bei Post-COVID ist der weitere Verlauf schwer
        vorherzusagen; viele Betroffene verbessern sich über zwei bis drei
        Jahre. Rechtzeitig vor Ablauf der Frist melden wir uns und bitten Sie
        um aktuelle Befunde. Selbstverständlich können Sie sich auch vorher an
        mich wenden. Wenn Sie eine Wiedereingliederung versuchen möchten,
        unterstützt Sie unser Reha-Management ohne Nachteile für Ihre Rente.

        Den ausführlichen Bescheid erhalten Sie zusätzlich per Post.
        """, "vossberg"))
    return m


@mail(28, N, "de", "insurer-to-broker",
      "trap: broker information on a new disability tariff with simplified health questions; product text, no customer")
def m0028(n):
    m = new(n, FROM("strathmann"), "Maklerkontor Bergstraße <info@maklerkontor-bergstrasse.example>",
            "Neu ab 1. April: BU Vital 2026 mit vereinfachten Gesundheitsfragen",
            when(3, 10, 8, 45))
    text(m, B("""
        Hallo Herr Kessler, hallo Frau Dreher,

        ab dem 1. April gibt es unseren BU-Tarif in neuer Fassung. Die
        wichtigsten Änderungen habe ich Ihnen im angehängten Produktblatt
        zusammengefasst, kurz vorab:

        - nur noch 7 statt 12 Gesundheitsfragen, Abfragezeitraum 3 bzw. 5 Jahre
        - Bagatellen (z. B. Erkältung, einmalige Physiotherapie bis 6
          Behandlungen, Heuschnupfen ohne Dauermedikation) müssen nicht
          angegeben werden
        - neue Annahmerichtlinien bei Schilddrüsenunterfunktion und
          ausgeheilten Bandscheibenbeschwerden: i. d. R. ohne Ausschluss
        - Risikovoranfragen weiterhin anonym über das Maklerportal

        Die Unterlagen (Bedingungen, Produktinformationsblatt, Antrag) stehen
        ab dem 23.03. im Downloadbereich. Eine Online-Schulung biete ich am
        26.03. um 10 Uhr an, Anmeldung per kurzer Mail an mich.
        """, "strathmann"))
    attach(m, pdf([
        "# BU Vital 2026 - Produktinformation für Vermittler",
        "Kranichsteiner Lebensversicherung AG - gültig ab 01.04.2026 - nur für den Vertrieb",
        "",
        "# Die neuen Gesundheitsfragen (Kurzfassung)",
        "1. Größe und Gewicht",
        "2. Wurden Sie in den letzten 5 Jahren wegen Krankheiten des Herzens, des Kreislaufs,",
        "   der Atmungsorgane, des Verdauungssystems, der Nieren, des Nervensystems oder",
        "   wegen Krebs untersucht, beraten oder behandelt?",
        "3. Wurden Sie in den letzten 5 Jahren wegen psychischer Erkrankungen oder",
        "   Störungen (z. B. Depression, Angststörung, Burnout) behandelt?",
        "4. Bestanden in den letzten 3 Jahren Beschwerden oder Erkrankungen der",
        "   Wirbelsäule, der Gelenke, Muskeln oder Sehnen?",
        "5. Waren Sie in den letzten 5 Jahren stationär im Krankenhaus oder in einer Reha?",
        "6. Besteht eine HIV-Infektion oder eine Abhängigkeit von Alkohol, Drogen oder Medikamenten?",
        "7. Liegt eine anerkannte Schwerbehinderung oder Berufsunfähigkeit vor?",
        "",
        "# Annahmerichtlinien (Auszug)",
        "Hypothyreose, medikamentös eingestellt: Normalannahme",
        "Bandscheibenvorfall, beschwerdefrei seit 2 Jahren: Normalannahme",
        "Asthma bronchiale, leicht: i. d. R. Normalannahme, sonst Zuschlag",
        "Allergien ohne Dauermedikation: nicht anzugeben",
        "",
        "# Beitragsbeispiele (Modellfälle)",
        "Bürokauffrau, 25 Jahre, Rente 1.500 EUR bis 67: 41,20 EUR monatlich",
        "Elektroniker, 30 Jahre, Rente 1.500 EUR bis 67: 78,90 EUR monatlich",
        "Ärztin, 35 Jahre, Rente 3.000 EUR bis 67: 104,40 EUR monatlich",
        "",
        "Alle Beispiele: Zahlbeiträge nach Überschussverrechnung, nicht garantiert.",
    ], title="BU Vital 2026 Vermittlerinformation"),
        "application/pdf", "BU_Vital_2026_Vermittlerinfo.pdf")
    return m


@mail(29, C, "de", "broker",
      "forwarded broker mail: named customer's buildings policy, new IBAN and address change; forward text only says 'please process'")
def m0029(n):
    m = new(n, FROM("strathmann"), FROM("fahrenkamp"),
            "WG: Kunde Ebeling - Wohngebäude WG 5120-007781 - Bankverbindung / Anschrift",
            when(2, 12, 17, 31))
    text(m, T("""
        Hi Niklas,

        bitte einmal umsetzen, kam über den Kessler rein. Danke!

        Oliver

        Von: Tim Kessler <kessler@maklerkontor-bergstrasse.example>
        Gesendet: Donnerstag, 12. Februar 2026 16:58
        An: Oliver Strathmann <o.strathmann@kranichsteiner.example>
        Betreff: Kunde Ebeling - Wohngebäude WG 5120-007781 - Bankverbindung / Anschrift

        Hallo Herr Strathmann,

        unser gemeinsamer Kunde Wolfgang Ebeling (Wohngebäude WG 5120-007781,
        versichertes Objekt Weinheimer Straße 44, 69502 Hemsbach) ist in das
        vermietete Haus seiner Mutter gezogen. Bitte ändern Sie:

        neue Korrespondenzanschrift: Am Hasengarten 7, 64646 Heppenheim
        neue Bankverbindung: DE31 6793 0278 3160 6525 45 (Kreissparkasse Dieburger Land),
        Kontoinhaber Wolfgang Ebeling, gültig ab der Fälligkeit 1.3.

        Das Lastschriftmandat hat der Kunde unterschrieben, Scan habe ich ins
        Maklerportal hochgeladen.

        Beste Grüße
        Tim Kessler
        Maklerkontor Bergstraße GmbH
        Bahnhofstraße 19, 64625 Bensheim
        """))
    return m


@mail(30, S, "en", "insurer-to-doctor",
      "group income protection claim: asks treating surgeon in Dublin for a statement on a named employee after lumbar microdiscectomy")
def m0030(n):
    m = new(n, FROM("whitcombe"), "Mr Ciarán Whelan <secretary@whelan-spine.example>",
            "Attending physician statement requested - Declan Moriarty, DOB 11/02/1982",
            when(4, 7, 15, 25))
    text(m, B("""
        Dear Mr Whelan,

        we are the insurer of the group income protection scheme of Tessaro
        Engineering, whose Dublin branch employs your patient Mr Declan Moriarty
        (date of birth 11 February 1982) as a field service engineer.

        Mr Moriarty has been absent from work since 12 January 2026 and has
        submitted a claim for disability benefit. His employer tells us that
        you performed a microdiscectomy at L4/L5 on 3 February 2026 after a
        left-sided disc prolapse with foot drop.

        Under the policy, benefit is payable after a deferred period of 13
        weeks if he cannot perform the material duties of his own occupation.
        His work involves driving up to 40,000 km a year, lifting equipment of
        up to 25 kg and working in confined spaces.

        We would be grateful if you could complete the attached attending
        physician statement, in particular:
          - the current neurological status (foot drop resolved or not),
          - restrictions on lifting, bending and driving,
          - the expected date of a phased return to work.

        Mr Moriarty's signed consent form is enclosed. We will pay your
        standard fee for a medical report (EUR 150) on receipt of your invoice.
        The completed form can be returned via our secure upload link:
        https://securemail.kranichsteiner.example/upload/GIP-2026-0042
        """, "whitcombe"))
    attach(m, docx([
        ("h", "Attending Physician Statement - Group Income Protection"),
        "Claim reference: GIP-2026-0042    Scheme: Tessaro Engineering (policy GK 9001-000315)",
        "Employee: Declan Moriarty, date of birth 11/02/1982",
        "",
        "1. Diagnosis (and ICD-10 code if known): ______________________",
        "2. Date symptoms first appeared: ____________   Date first seen by you: ____________",
        "3. Treatment given (surgery, dates): ______________________",
        "4. Current symptoms and clinical findings: ______________________",
        "5. Restrictions (lifting / bending / driving / standing): ______________________",
        "6. Is the patient currently able to work in his own occupation?  yes / no / partly",
        "7. Expected date of return to work (phased / full): ____________",
        "8. Other conditions affecting capacity for work: ______________________",
        "",
        ("h", "Consent"),
        "I authorise the above physician to release medical information about me to Kranichsteiner Lebensversicherung AG for the assessment of my claim.",
        "Signed: Declan Moriarty     Date: 30/03/2026",
    ], author="E. Whitcombe"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "APS_GIP-2026-0042_Moriarty.docx")
    return m



@mail(31, N, "en", "internal",
      "trap: IT change note on renewing the S/MIME domain certificate of the health-claims mailboxes; no personal data")
def m0031(n):
    m = new(n, FROM("huesing"), "Mail Operations <mail-ops@kranichsteiner.example>",
            "CHG-2026-0311: renewal of S/MIME domain certificate (gateway) - 28 April",
            when(4, 14, 9, 5),
            cc="Katrin Oeltjen <k.oeltjen@kranichsteiner.example>, ops@mailcare-services.example")
    text(m, B("""
        Hi all,

        writing in English because the MailCare contractors are on this change.

        Our domain certificate for kranichsteiner.example (gateway-to-gateway
        S/MIME) expires on 30 April 2026. Change window: Tuesday 28 April,
        19:00-21:00 CEST.

        Steps
          1. import new certificate and key into the gateway (HSM slot 2)
          2. publish new certificate on the key server and in the LDAP directory
          3. inform the 14 partner domains that use domain encryption with us
             (hospitals, two reinsurers, the expert institutes) - template
             mail prepared, sent by Mail Ops on 21 April
          4. test: send test mails from leistung-kranken@, leistung-leben@ and
             unfall-leistung@ to the partner test mailboxes
          5. keep the old certificate for decryption for 6 months

        Rollback: reactivate old certificate (valid until 30 April 23:59).

        Risk: if a partner has not imported the new certificate, mails to them
        fall back to the portal. No impact on customers.
        """, "huesing"))
    return m


@mail(32, C, "de", "insurer-to-customer",
      "legal expenses cover for a named customer's unfair-dismissal suit: claim number, employer, monthly gross salary")
def m0032(n):
    m = new(n, FROM("brunnhuber"), "Marco Vitale <marco.vitale@inboxmail.example>",
            "Deckungszusage Arbeitsrechtsschutz - Ihr Schaden RS-2026-002871",
            when(2, 9, 13, 50))
    text(m, B("""
        Sehr geehrter Herr Vitale,

        für Ihre Kündigungsschutzklage gegen die Lagertechnik Reinhardt GmbH,
        Griesheim, erteilen wir Ihnen aus Ihrer Rechtsschutzversicherung
        RS 3003-072154 (Privat-, Berufs- und Verkehrsrechtsschutz) Deckungszusage
        für die erste Instanz vor dem Arbeitsgericht Darmstadt.

        Der Versicherungsfall (Kündigung vom 26.01.2026 zum 31.03.2026) liegt
        nach Ablauf der Wartezeit. Den Streitwert setzen wir entsprechend § 42
        Abs. 2 GKG mit drei Bruttomonatsgehältern an, also 3 x 3.950,00 EUR =
        11.850,00 EUR. Ihre Selbstbeteiligung beträgt 250,00 EUR.

        Ihr Anwalt, Herr Rechtsanwalt Dietz (Kanzlei Dietz & Ohlig), kann seine
        Vorschussrechnung direkt an uns schicken; bitte geben Sie ihm dafür
        die Schadennummer RS-2026-002871.

        Bitte beachten Sie: In der ersten Instanz vor dem Arbeitsgericht trägt
        jede Partei ihre Anwaltskosten selbst, auch wenn sie gewinnt. Diese
        Kosten übernehmen wir im Rahmen der Zusage.
        """, "brunnhuber"))
    return m


@mail(33, S, "de", "insurer-to-assessor",
      "liability personal injury: named 6-year-old girl bitten in the face by the insured's dog; scar assessment requested from expert")
def m0033(n):
    m = new(n, FROM("juric"), "Dr. med. Friederike Lanz <f.lanz@rehbein-gutachten.example>",
            "Gutachtenauftrag Narbenbeurteilung - Emilia Franke - Hundebiss - HS 51-TH-2025-003310",
            when(1, 27, 10, 12))
    text(m, B("""
        Sehr geehrte Frau Dr. Lanz,

        wir bitten Sie um ein fachärztliches Gutachten (plastische Chirurgie)
        in folgender Haftpflichtsache:

        Geschädigte:     Emilia Franke, geb. 19.03.2019
        gesetzlich vertreten durch die Eltern, Anschrift:
                         Dornheimer Weg 22, 64521 Groß-Gerau
        Schadentag:      06.09.2025
        Unser VN:        Halter des Labrador-Mischlings "Bruno"
                         (Tierhalterhaftpflicht TH 7731-020944)

        Hergang: Das Kind wurde beim Streicheln des angeleinten Hundes vor
        einer Bäckerei in die linke Wange gebissen. Erstversorgung in der
        Kinderchirurgie des Kreiskrankenhauses Ried: 3,5 cm lange
        Risswunde links perioral, Naht in Kurznarkose, Tetanus-Auffrischung.
        Nach Angaben der Eltern seither gerötete, leicht wulstige Narbe,
        nächtliche Ängste, das Kind meidet Hunde.

        Die Rechtsanwälte der Eltern fordern ein Schmerzensgeld von
        8.000,00 EUR und einen Feststellungsantrag für Zukunftsschäden
        (mögliche Narbenkorrektur).

        Fragen:
        1. Welche Verletzungsfolgen bestehen heute?
        2. Ist die Narbe als dauerhaft entstellend anzusehen? Wird sie sich
           mit dem Wachstum verändern?
        3. Ist eine operative Narbenkorrektur zu erwarten, wann und mit
           welchen Kosten?
        4. Bestehen Anhaltspunkte für eine behandlungsbedürftige psychische
           Reaktion? Falls ja, bitte Empfehlung für ein kinderpsychologisches
           Zusatzgutachten.

        Die Eltern sind mit einer Untersuchung in Ihrer Praxis einverstanden
        (Einverständnis und Schweigepflichtentbindung liegen uns vor). Bitte
        vereinbaren Sie den Termin direkt mit Frau Franke, Tel. 06152 5550 771.
        """, "juric"))
    return m


@mail(34, N, "de", "internal",
      "trap: data protection meeting minutes about e-mailing health data and consent forms; no individual case")
def m0034(n):
    m = new(n, FROM("oeltjen"), "DS-Koordinatoren <ds-koordinatoren@kranichsteiner.example>",
            "Protokoll Datenschutz-Jour-fixe 17.02.2026",
            when(2, 18, 16, 20))
    text(m, B("""
        Hallo zusammen,

        hier das Protokoll vom Dienstag. Anmerkungen bitte bis Freitag.

        Teilnehmende: Oeltjen (DSB), Nehrkorn (KV-Leistung), Voßberg (BU),
        Quandel (Unfall), Hüsing (IT), Fabricius (Personal)

        TOP 1 - Versand von Gesundheitsdaten per E-Mail
        - Grundsatz bleibt: Gesundheitsdaten, Arztberichte, Gutachten und alles
          aus Leben/Kranken/Unfall gehen nur verschlüsselt raus (Portal oder
          S/MIME/Domänenverschlüsselung).
        - Nur-TLS ist bei Gesundheitsdaten ausschließlich mit schriftlicher
          Einwilligung der Kundin/des Kunden zulässig. Die Einwilligung wird im
          Bestandssystem als Merkmal "TLS-OK" gespeichert.
        - Unfall-Leistung meldet, dass Ärzte häufig unverschlüsselt antworten.
          Wir können das nicht verhindern, sollen aber nicht unverschlüsselt
          zurückschreiben. Vorschlag IT: Upload-Link in jede Anforderung.

        TOP 2 - Schweigepflichtentbindung (SEE) Version 2026
        - Neue Fassung nach den Mustertexten des Verbands liegt vor, Einführung
          01.04.2026. Alte Formulare werden bis 30.06. akzeptiert.

        TOP 3 - Löschfristen Leistungsakten
        - Abgelehnte BU-Anträge: 10 Jahre nach Ablehnung, dann Löschung;
          IT prüft, ob der Löschlauf im Altsystem funktioniert (offen seit Q3).

        TOP 4 - Schulungsquote
        - 91 % der Mitarbeitenden haben die Pflichtschulung 2025 absolviert,
          Nachzügler werden im März angeschrieben.

        Nächster Termin: 17.03.2026, 10:00, Raum 2.11.
        """, "oeltjen"))
    return m


@mail(35, C, "en", "insurer-to-company",
      "D&O claim against a named former CFO notified by a company: policy, amount claimed, coverage reservation; no criminal or health data")
def m0035(n):
    m = new(n, FROM("kirchhof"), "Ingrid Vos <ingrid.vos@veldmann-solar.example>",
            "D&O policy DO 6702-000188 - claim notification Dr. Falkner - acknowledgement",
            when(3, 4, 17, 15),
            cc="legal@veldmann-solar.example")
    text(m, B("""
        Dear Ms Vos,

        thank you for notifying the claim under the D&O policy DO 6702-000188
        of Veldmann Solar AG. We have registered it under claim number
        61-DO-2026-000031.

        As we understand from your letter and the enclosed statement of claim,
        Veldmann Solar AG (represented by its supervisory board) is claiming
        EUR 2.3 million from its former CFO, Dr. Henrik Falkner, for alleged
        breach of duty under section 93 of the German Stock Corporation Act in
        connection with the currency hedging transactions in 2023 and 2024.
        Dr. Falkner left the company on 30 June 2025.

        Coverage: the claim was first made within the policy period and
        Dr. Falkner is an insured person. We will grant defence costs cover
        and have asked Dr. Falkner to appoint counsel from our panel or to
        agree the fees of his own lawyer with us in advance. We reserve our
        position on indemnity, in particular with regard to the exclusion for
        knowing breach of duty, until the facts are clearer.

        Please send us the minutes of the board meetings at which the hedging
        strategy was discussed and the auditor's management letter for 2024.
        """, "kirchhof"))
    return m


@mail(36, S, "de", "insurer-to-customer",
      "HTML-only health insurance settlement for a named insured: orthopaedist, physiotherapy and medicines itemised")
def m0036(n):
    m = new(n, FROM("nehrkorn"), "Bernd Scholtissek <b.scholtissek@postfach-mail.example>",
            "Ihre Leistungsabrechnung vom 12.03.2026 - KV 6120-448870",
            when(3, 12, 15, 33))
    html(m, T("""
        <html><head><meta charset="utf-8"><style>
        td,th{border:1px solid #bbb;padding:4px 8px;font-size:13px}
        table{border-collapse:collapse}
        </style></head>
        <body style="font-family:Arial,sans-serif">
        <p>Sehr geehrter Herr Scholtissek,</p>
        <p>vielen Dank für die eingereichten Belege. Für Ihre Krankheitskostenversicherung
        KV 6120-448870 (Tarif AmbuPlus 600) haben wir wie folgt abgerechnet:</p>
        <table>
        <tr><th>Rechnungssteller</th><th>Leistung</th><th>Datum</th><th>Betrag</th><th>erstattet</th></tr>
        <tr><td>Dr. med. Petra Liebig, Orthopädie, Darmstadt</td><td>Untersuchung, Röntgen LWS,
        Infiltration (GOÄ 1, 5, 5030, 255) - Diagnose Lumboischialgie links</td><td>06.02.2026</td>
        <td align="right">184,32 EUR</td><td align="right">184,32 EUR</td></tr>
        <tr><td>Rückenwerk Physiotherapie</td><td>6 x Krankengymnastik, 6 x Wärmetherapie</td>
        <td>10.02.-03.03.2026</td><td align="right">228,00 EUR</td><td align="right">204,00 EUR</td></tr>
        <tr><td>Löwen-Apotheke Arheilgen</td><td>Ibuprofen 800 mg N2, Pantoprazol 20 mg N2,
        Methocarbamol 750 mg</td><td>06.02.2026</td><td align="right">41,87 EUR</td><td align="right">41,87 EUR</td></tr>
        <tr><td colspan="3"><b>Summe</b></td><td align="right"><b>454,19 EUR</b></td><td align="right"><b>430,19 EUR</b></td></tr>
        </table>
        <p>Bei der Physiotherapie liegen die berechneten Sätze über den in Ihrem Tarif
        vereinbarten Höchstbeträgen (Krankengymnastik bis 30,00 EUR je Sitzung); die Differenz von
        24,00 EUR können wir leider nicht erstatten.</p>
        <p>Von Ihrem jährlichen Selbstbehalt (600,00 EUR) sind damit 600,00 EUR verbraucht; der
        Erstattungsbetrag abzüglich des restlichen Selbstbehalts von 137,40 EUR, also
        <b>292,79 EUR</b>, wird in den nächsten Tagen auf Ihr Konto überwiesen.</p>
        <p>Mit freundlichen Grüßen<br>Charlotte Nehrkorn<br>Leistungsabteilung Krankenversicherung<br>
        Telefon 06151 5550-5230</p>
        <p style="font-size:11px;color:#666">Kranichsteiner Krankenversicherung AG | Lichtwiesenring 40 |
        64289 Darmstadt<br>Sitz: Darmstadt | Amtsgericht Darmstadt HRB 91736<br>
        Vorstand: Selma Okafor (Vorsitzende), Dr. Rafael Duchêne<br>
        Vorsitzender des Aufsichtsrats: Prof. Dr. Wendelin Harrach</p>
        </body></html>
        """))
    return m


@mail(37, N, "de", "newsletter",
      "trap: press release with accident statistics (aggregates, age groups), quotes from claims staff; no individual")
def m0037(n):
    m = new(n, FROM("sternagel"), "Presseverteiler <presseverteiler@lists.kranichsteiner.example>",
            "Pressemitteilung: Kranichsteiner Unfallreport 2026 - jeder dritte Unfall passiert zu Hause",
            when(4, 28, 10, 0),
            extra=[("Precedence", "bulk")])
    text(m, B("""
        PRESSEMITTEILUNG

        Kranichsteiner Unfallreport 2026: Jeder dritte Unfall passiert zu Hause

        Darmstadt, 28. April 2026 - Die Wohnung bleibt der gefährlichste Ort:
        34 Prozent aller Unfälle, die Kundinnen und Kunden der Kranichsteiner
        Allgemeinen 2025 gemeldet haben, ereigneten sich im Haushalt. Das zeigt
        der heute veröffentlichte Unfallreport, für den rund 3.900 Leistungsfälle
        aus der privaten Unfallversicherung anonymisiert ausgewertet wurden.

        Die wichtigsten Ergebnisse:
        - Stürze sind mit 58 Prozent die häufigste Unfallart, vor allem auf
          Treppen und Leitern.
        - Freizeit und Sport: 29 Prozent, an der Spitze Radfahren (einschließlich
          E-Bike), Fußball und Skifahren.
        - Am häufigsten verletzt werden Hand und Handgelenk (22 Prozent), gefolgt
          von Knie (17 Prozent) und Sprunggelenk (13 Prozent).
        - Bei Menschen über 70 führen Stürze besonders oft zu Brüchen des
          Oberschenkelhalses; hier wurde 2025 in jedem zweiten Fall eine
          Invaliditätsleistung fällig.

        "Viele Unfälle im Haushalt ließen sich mit einfachen Mitteln vermeiden:
        rutschfeste Matten, gute Beleuchtung und eine stabile Leiter statt des
        Küchenstuhls", sagt Tobias Quandel aus der Unfall-Leistung der
        Kranichsteiner.

        Der vollständige Report steht unter
        https://www.kranichsteiner.example/presse/unfallreport-2026 zum Download.

        Über die Kranichsteiner Versicherungsgruppe
        Die Kranichsteiner Versicherungsgruppe mit Sitz in Darmstadt betreut mit
        rund 1.900 Mitarbeitenden über 1,1 Millionen Kundinnen und Kunden in
        Leben, Kranken, Unfall, Sach und Haftpflicht.

        Pressekontakt:
        """, "sternagel"))
    return m


@mail(38, C, "de", "insurer-to-customer",
      "premium reminder for a named customer's buildings policy with arrears amount and legal consequences")
def m0038(n):
    m = new(n, "Kranichsteiner Beitragsservice <beitragsservice@kranichsteiner.example>",
            "Heike Zinnkann <heike.zinnkann@t-netz.example>",
            "Zahlungserinnerung und Mahnung - Wohngebäudeversicherung WG 5120-011356",
            when(4, 9, 6, 15))
    text(m, T("""
        Sehr geehrte Frau Zinnkann,

        für Ihre Wohngebäudeversicherung WG 5120-011356 (Objekt Mühltalstraße 8,
        64297 Darmstadt-Eberstadt) konnten wir den fälligen Folgebeitrag nicht
        einziehen. Ihre Bank hat die Lastschrift vom 01.03.2026 zurückgegeben.

          Jahresbeitrag 2026                      596,40 EUR
          Rücklastschriftgebühr Ihrer Bank          3,50 EUR
          Mahnkosten                               12,50 EUR
          offen                                   612,40 EUR

        Bitte überweisen Sie den Betrag innerhalb von zwei Wochen nach Zugang
        dieser Mahnung auf unser Konto bei der Südhessischen Handelsbank,
        Verwendungszweck WG5120011356.

        Wichtiger Hinweis nach § 38 VVG: Tritt nach Ablauf dieser Frist ein
        Schaden ein und sind Sie mit der Zahlung noch in Verzug, sind wir
        nicht zur Leistung verpflichtet. Außerdem können wir den Vertrag nach
        Fristablauf fristlos kündigen. Zahlen Sie innerhalb eines Monats nach
        der Kündigung, wird die Kündigung unwirksam.

        Falls Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte
        als gegenstandslos. Bei Zahlungsschwierigkeiten sprechen Sie uns gern
        an - eine Ratenzahlung ist möglich.

        Ihr Beitragsservice
        Kranichsteiner Allgemeine Versicherung AG
        Telefon 06151 5550-2000
        """))
    return m


@mail(39, S, "en", "insurer-to-customer",
      "term life policy of a named customer: confirmation of beneficiary change (personal life contract), sum insured")
def m0039(n):
    m = new(n, FROM("lindqvist"), "James Thornbury <jthornbury@netmail.example>",
            "Your term life policy RL 3410-226817 - change of beneficiary confirmed",
            when(1, 22, 11, 11))
    text(m, B("""
        Dear Mr Thornbury,

        we have received your signed request of 14 January 2026 and changed the
        beneficiary of your term life insurance RL 3410-226817 as follows,
        effective from the date we received it (16 January 2026):

          Sum insured on death:  EUR 350,000 (decreasing by 5 % each year
                                 from 2030)
          Previous beneficiary:  your estate (no named person)
          New beneficiary:       Ms Laura Brenneke, born 9 May 1990,
                                 revocable

        As the beneficiary designation is revocable, you can change it again at
        any time in writing. Please note that the policy is not assigned to
        your mortgage bank; if the bank asks for a collateral assignment later,
        that assignment would take precedence over Ms Brenneke's entitlement.

        An updated policy schedule is available in your customer portal.
        """, "lindqvist"))
    return m


@mail(40, N, "en", "insurer-to-broker",
      "trap: blank English accident claim form (DOCX) with placeholders for injuries and doctors; no claimant")
def m0040(n):
    m = new(n, FROM("quandel"), "Callum Finley <c.finley@finley-rhodes.example>",
            "English accident claim form",
            when(1, 30, 10, 2),
            irt="<PR3P281MB1207.finley@finley-rhodes.example>")
    text(m, B("""
        Dear Mr Finley,

        as requested, our English claim form for the private accident
        insurance. It is a working translation; the German version is the
        legally binding one. Please use the current version (03/2025) only.

        Your clients can fill it in on screen and send it back via the
        SecureMail portal or by post. Medical reports should not be sent by
        normal e-mail.

        Best regards / viele Grüße
        """, "quandel"))
    attach(m, docx([
        ("h", "Accident Claim Form - Private Accident Insurance (version 03/2025)"),
        "Kranichsteiner Allgemeine Versicherung AG - Accident Claims - Lichtwiesenring 40, 64289 Darmstadt",
        "",
        ("table", [
            ["Policy number", "[policy number]"],
            ["Insured person", "[first name, surname]"],
            ["Date of birth", "[DD.MM.YYYY]"],
            ["Address", "[street, postcode, town]"],
            ["Phone / e-mail", "[ ]"],
        ]),
        ("h", "1. The accident"),
        "Date and time: [ ]     Place: [ ]",
        "What happened? Please describe in your own words: [ ]",
        "Were you at work, on the way to/from work, or in your free time? [ ]",
        "Were the police called? If so, which station and reference number? [ ]",
        ("h", "2. Injuries and treatment"),
        "Which injuries did you suffer? [ ]",
        "First doctor / hospital treating you (name, address): [ ]",
        "Other treating doctors: [ ]",
        "Inpatient stay from [ ] to [ ]",
        "Did you have any illness or disability of the injured body part before the accident? [yes/no, details]",
        ("h", "3. Other insurance"),
        "Other accident insurance policies (insurer, policy number): [ ]",
        ("h", "4. Declaration"),
        "I confirm that the information given is true and complete. I release the doctors named above from their duty of confidentiality towards the insurer for the purpose of assessing this claim (separate consent form attached).",
        "Place, date: [ ]     Signature: [ ]",
    ], author="Kranichsteiner Unfall-Leistung"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Accident_claim_form_EN_v03-2025.docx")
    return m


person("karatas", "Ayla Karataş", "a.karatas@kranichsteiner.example", f"""\
Kind regards / Mit freundlichen Grüßen
Ayla Karataş
Reise-Notruf & Assistance-Koordination
24h: +49 6151 5550-7000 | reise-notruf@kranichsteiner.example

{FOOT_KRANKEN}""")


@mail(41, C, "de", "insurer-to-customer",
      "rent deposit guarantee for a named customer: net income, landlord, guarantee amount; no health data")
def m0041(n):
    m = new(n, FROM("fahrenkamp"), "Leonie Hartwig <leonie.hartwig@webpost.example>",
            "Ihre Mietkautionsbürgschaft - Zusage",
            when(4, 2, 14, 5),
            irt="<20260331194410.77f1@webpost.example>")
    text(m, B("""
        Sehr geehrte Frau Hartwig,

        gute Nachrichten: Wir übernehmen die Bürgschaft für Ihre Mietkaution.

          Bürgschaftsnummer:   MB 7040-003127
          Vermieterin:         Wohnbau Rhein-Main eG, Darmstadt
          Mietobjekt:          Kasinostraße 61, 2. OG links, 64293 Darmstadt
          Bürgschaftsbetrag:   2.700,00 EUR (drei Nettokaltmieten)
          Jahresbeitrag:       121,50 EUR (4,5 %)

        Grundlage unserer Prüfung waren Ihre Gehaltsnachweise der letzten drei
        Monate (Nettoeinkommen durchschnittlich 2.840,00 EUR), der unbefristete
        Arbeitsvertrag bei der Stadtwerke-Tochter seit 2022 und die
        Bonitätsauskunft.

        Die Bürgschaftsurkunde schicken wir heute im Original per Post an die
        Wohnbau Rhein-Main eG; Sie erhalten eine Kopie. Der erste Beitrag wird
        zum 01.05.2026 von Ihrem Konto abgebucht.

        Wichtig: Wenn die Vermieterin die Bürgschaft in Anspruch nimmt, zahlen
        wir zunächst an sie und holen den Betrag anschließend bei Ihnen zurück.
        Die Bürgschaft ersetzt die Kaution, sie ist keine Versicherung gegen
        Mietschulden.
        """, "fahrenkamp"))
    return m


@mail(42, S, "de", "insurer-to-lawyer",
      "motor liability: settlement offer for a named 78-year-old pedestrian with femoral neck fracture, hip replacement, rehab, rollator")
def m0042(n):
    m = new(n, FROM("juric"), "RA Matthias Hollweg <m.hollweg@hollweg-tiemann.example>",
            "Seibold ./. Kranichsteiner - Verkehrsunfall 12.09.2025 - Ihr Az. 287/25 MH - unser Az. 52-KH-2025-004921",
            when(2, 16, 16, 40))
    text(m, B("""
        Sehr geehrter Herr Kollege Hollweg,

        nach Auswertung der uns inzwischen vorliegenden Unterlagen unterbreiten
        wir Ihnen für Ihre Mandantin, Frau Irmgard Seibold (geb. 04.08.1947),
        das folgende Abfindungsangebot.

        Unstreitig ist, dass unser Versicherungsnehmer Ihre Mandantin am
        12.09.2025 auf dem Fußgängerüberweg in der Rheinstraße in Mainz beim
        Rückwärtsausparken erfasst hat. Die Haftung zu 100 % ist anerkannt.

        Verletzungsfolgen laut Entlassbericht des Rheinufer-Klinikums Mainz
        und Reha-Bericht der Klinik am Rosengarten:
        - mediale Schenkelhalsfraktur rechts (S72.0), versorgt mit einer
          Hüft-Totalendoprothese am 13.09.2025,
        - Prellung des rechten Handgelenks,
        - stationärer Aufenthalt 12.09.-26.09.2025, anschließend
          Anschlussheilbehandlung bis 17.10.2025,
        - seither Gehen mit Rollator, Treppensteigen nur mit Hilfe; nach
          Einschätzung des Orthopäden ist eine weitere Besserung möglich,
          aber nicht sicher.

        Angebot:
          Schmerzensgeld                                   18.000,00 EUR
          Haushaltsführungsschaden 12.09.2025-31.03.2026
          (Haushaltshilfe 6 Std./Woche à 15,00 EUR, 29 Wochen) 2.610,00 EUR
          Zuzahlungen, Fahrtkosten, Hilfsmittel lt. Aufstellung  1.148,60 EUR
          Besuchsfahrten der Tochter (pauschal)               420,00 EUR
          abzüglich Vorschuss vom 10.11.2025                -5.000,00 EUR
          Zahlbetrag                                       17.178,60 EUR

        Zukünftige materielle Schäden (insbesondere ein etwaiger Pflegebedarf)
        bleiben vorbehalten; hierzu erteilen wir ein Anerkenntnis mit der
        Wirkung eines rechtskräftigen Feststellungsurteils. Ihre Gebühren
        übernehmen wir aus dem Abfindungswert.

        Das Angebot halten wir bis zum 16.03.2026 aufrecht.

        Mit freundlichen kollegialen Grüßen - auch im Namen von Herrn Demirel -
        """, "juric"))
    return m


@mail(43, N, "de", "insurer-to-supplier",
      "trap: secure shredding schedule for containers of medical reports and claim files; no document content or person")
def m0043(n):
    m = new(n, FROM("kolodziej"), "Disposition DiscretShred <dispo@discretshred.example>",
            "Leerungstermine 2. Quartal - Datenschutzbehälter Hauptverwaltung",
            when(3, 23, 11, 31))
    text(m, B("""
        Sehr geehrte Frau Baumgart,

        bitte planen Sie für das 2. Quartal folgende Leerungen der
        Datenschutzbehälter (240 l, Schutzklasse 3, Sicherheitsstufe P-4) ein:

          Standort                                  Behälter   Rhythmus
          Leistung Leben / BU, 3. OG                8          wöchentlich, Di
          Leistung Kranken, 4. OG                   10         wöchentlich, Di
          Unfall- und Haftpflicht-Schaden, 2. OG    6          14-tägig, Do
          Poststelle / Scan-Eingang, EG             4          wöchentlich, Fr
          Archiv UG (Aktenaussonderung Mai)         zusätzlich 20 am 12.05.

        In den Behältern aus den Leistungsbereichen landen Arztberichte,
        Gutachten und Krankenhausrechnungen nach dem Scannen. Wie vereinbart
        bitte deshalb nur Ihr fest eingeteiltes Personal mit Ausweis, Leerung
        in verschlossene Sammelbehälter und Vernichtungsprotokoll je Termin
        an einkauf@kranichsteiner.example.

        Die Aussonderung im Mai betrifft Akten, deren Aufbewahrungsfrist 2025
        abgelaufen ist; das Verzeichnis bekommen Sie vorab von mir.
        """, "kolodziej"))
    return m


@mail(44, C, "en", "insurer-to-customer",
      "household burglary claim of a named expat customer: claim number, address, stolen items and payout; no health data")
def m0044(n):
    m = new(n, FROM("ammon"), "Rebecca Halvorsen <rhalvorsen@webmailer.example>",
            "Your household claim HR-2026-00712 - burglary 21 February",
            when(3, 6, 10, 58))
    text(m, B("""
        Dear Ms Halvorsen,

        I am sorry about the break-in at your apartment (Grüneburgweg 102,
        60323 Frankfurt am Main). Thank you for the police reference
        (ST/0233418/2026) and the list of stolen items.

        Our loss adjuster confirmed the forced entry through the balcony door.
        Under your household policy HR 2204-401558 (sum insured EUR 65,000,
        replacement value) we will pay:

          MacBook Pro 14" (2024)                     EUR 2,399.00
          Jewellery in the bedroom drawer            EUR 1,500.00 *
          Camera Fujifilm X-T5 with lens             EUR 1,849.00
          Cash                                       EUR   300.00 *
          Repair of balcony door (glazier invoice)   EUR   684.50
          Total                                      EUR 6,732.50

          * limits for valuables outside a safe (jewellery EUR 1,500) and for
            cash (EUR 300) apply; the declared value of the jewellery was
            EUR 3,800.

        The amount will be transferred to your account ending in ...4471
        within three working days. If any of the items are recovered by the
        police, please let us know.
        """, "ammon"))
    return m


@mail(45, S, "en", "internal",
      "large accident claim report: named insured with cervical fracture and tetraplegia after diving accident, reserve and reinsurance")
def m0045(n):
    m = new(n, FROM("quandel"), "Group Risk Committee <grc@kranichsteiner.example>",
            "Large loss notification UN 2026-07-0219 - accident insurance - reserve EUR 1.2m",
            when(7, 28, 17, 45),
            cc="Priya Ramaswamy <p.ramaswamy@kranichsteiner.example>")
    text(m, B("""
        Dear members of the Group Risk Committee,

        in line with the large loss procedure (threshold EUR 500k gross) I
        report the following accident claim:

        Claim:        UN 2026-07-0219, individual accident policy UV 5520-097310
        Insured:      Kai Tornow, born 1992, self-employed carpenter, Fulda
        Date / place: 11 July 2026, Krk (Croatia)
        Event:        head-first dive into shallow water from a rock; fracture
                      of the 6th cervical vertebra (C6) with spinal cord injury
        Status:       operated in Rijeka, flown back to the Unfallklinik Main-Taunus
                      on 16 July; currently incomplete tetraplegia (ASIA B),
                      ventilated for 5 days, now weaning completed

        Cover: basic sum EUR 200,000 with 500 % progression (max. EUR 1m),
        accident pension EUR 1,500/month from 50 % invalidity, hospital daily
        allowance and rehabilitation costs up to EUR 25,000.

        Reserve: EUR 1,200,000 gross (invalidity EUR 1,000,000, present value
        of the pension is carried separately by Actuarial, rehabilitation and
        daily allowance EUR 200,000). The claim is reported to Nordic Atlas Re
        under the per-risk excess of loss (retention EUR 400,000).

        Exclusion check: no alcohol or drug findings in the Croatian hospital
        report; diving is not an excluded activity. We do not see grounds to
        decline. Our rehabilitation partner CareWay has been instructed.
        """, "quandel"))
    return m


@mail(46, N, "de", "internal",
      "trap: fictitious, anonymised BU training case with diagnosis and age, explicitly invented for onboarding")
def m0046(n):
    m = new(n, FROM("vossberg"), "Neue Kolleginnen und Kollegen BU <einarbeitung-bu@kranichsteiner.example>",
            "Einarbeitung Woche 3 - Übungsfall 'Frau M.' (fiktiv)",
            when(4, 20, 8, 10))
    text(m, B("""
        Guten Morgen zusammen,

        für Donnerstag bitte den angehängten Übungsfall vorbereiten. Der Fall
        ist frei erfunden und aus Bausteinen mehrerer Akten zusammengesetzt -
        Ähnlichkeiten mit echten Kundinnen sind nicht beabsichtigt. Bitte
        trotzdem nicht außer Haus geben, weil Musterschreiben dabei sind.

        Fragen zur Vorbereitung:
        1. Welche Unterlagen fordern Sie als Erstes an?
        2. Wo sehen Sie Ansätze für eine konkrete Verweisung?
        3. Wie formulieren Sie die Anfrage an die Hausärztin?
        """, "vossberg"))
    attach(m, docx([
        ("h", "Übungsfall 3 - Frau M. (fiktiver Schulungsfall)"),
        "Alle Angaben sind erfunden. Keine echte Akte, keine echte Person.",
        "",
        ("table", [
            ["Versicherte", "Frau M., 42 Jahre (fiktiv)"],
            ["Beruf", "Pflegefachkraft im ambulanten Pflegedienst, Vollzeit"],
            ["Vertrag", "SBU, Rente 1.200 EUR, Beginn 2014 (Muster)"],
            ["Leistungsantrag", "Monat 0 des Übungsfalls"],
        ]),
        ("h", "Sachverhalt"),
        "Frau M. gibt an, seit einem Bandscheibenvorfall L4/L5 keine Patienten mehr lagern und heben zu können. Sie arbeite seit vier Monaten nicht. Eine Operation lehne sie ab. Vom Arbeitgeber werde eine Tätigkeit in der Pflegeberatung (Büro, Hausbesuche ohne körperliche Pflege) angeboten, allerdings mit 600 EUR weniger Gehalt.",
        ("h", "Vorhandene Unterlagen (Muster)"),
        "- Leistungsantrag mit Tätigkeitsbeschreibung (Anteile: Grundpflege 55 %, Behandlungspflege 20 %, Dokumentation 15 %, Fahrten 10 %)",
        "- MRT-Befund (Muster): mediolateraler Vorfall L4/L5 links ohne Nervenwurzelkompression",
        "- AU-Bescheinigungen über vier Monate",
        ("h", "Lernziele"),
        "Tätigkeitsbeschreibung prüfen, 50-%-Grenze und 6-Monats-Prognose, konkrete Verweisung und zumutbare Einkommenseinbuße (Faustregel 20 %), Formulierung medizinischer Fragen.",
    ], author="H. Voßberg"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Uebungsfall_3_Frau_M_fiktiv.docx")
    return m


@mail(47, C, "de", "insurer-to-customer",
      "motor own-damage claim (deer collision) of a named customer: claim number, plate, expert appointment; nobody injured")
def m0047(n):
    m = new(n, FROM("achterberg"), "Lars Hübner <lars.huebner@postfach-mail.example>",
            "Wildunfall 03.11. - Ihr Teilkaskoschaden 52-TK-2025-009843",
            when(1, 5, 9, 7))
    text(m, B("""
        Sehr geehrter Herr Hübner,

        vielen Dank für Ihre Meldung. Schön, dass Ihnen bei dem Zusammenstoß mit
        dem Reh auf der B 426 zwischen Ober-Ramstadt und Nieder-Modau nichts
        passiert ist.

        Wir haben den Schaden an Ihrem Skoda Octavia Combi (DA-LH 2209) unter
        der Nummer 52-TK-2025-009843 aus Ihrer Teilkaskoversicherung (Vertrag
        KF 1180-336902, Selbstbeteiligung 150 EUR) aufgenommen.

        Den Wildschadenbescheinigung des Jagdpächters haben Sie schon
        geschickt, danke. Als Nächstes besichtigt unser Sachverständiger,
        Herr Dipl.-Ing. Sandvoß, das Fahrzeug. Er ruft Sie in den nächsten
        Tagen an, um einen Termin bei Ihnen zu Hause oder in der Werkstatt zu
        vereinbaren. Bitte lassen Sie bis dahin noch nichts reparieren - außer
        dem Scheinwerfer, wenn Sie das Auto sonst nicht fahren können.

        Einen Mietwagen zahlen wir in der Teilkasko leider nicht.
        """, "achterberg"))
    return m


@mail(48, S, "en", "insurer-to-partner",
      "travel health: repatriation of a named insured with acetabular fracture from a Spanish hospital, medical details and cost approval")
def m0048(n):
    m = new(n, FROM("karatas"), "EuroMed Assist Operations <ops@euromed-assist.example>",
            "RE: Case EMA-26-04417 / Langhanke, Birgit - repatriation Malaga - cost approval",
            when(3, 1, 7, 52),
            irt="<EMA-26-04417.3@euromed-assist.example>")
    text(m, B("""
        Dear Pablo,

        thank you for the medical report from Hospital Costa del Sol Oriental.
        I confirm cost coverage for this case under the travel health policy
        RK 6810-220415 (annual cover, Kranichsteiner Krankenversicherung AG).

        Patient: Mrs Birgit Langhanke, born 14/06/1958, from Weiterstadt
        Diagnosis per your report: fracture of the right acetabulum (posterior
        wall) after a fall in the hotel bathroom on 26 February; surgery
        (ORIF) on 28 February; stable, no thrombosis, Hb 10.2, mobilised in
        bed only; partial weight bearing not before 6 weeks.

        Our medical director, Dr. Feldkamp, agrees with your doctor that an
        air ambulance is not necessary. Please organise:

          - repatriation on a scheduled flight AGP-FRA, stretcher, with a
            nurse escort, as soon as she is fit to fly (planned 4 March),
          - ground ambulance Frankfurt airport to Stadtklinik Darmstadt-Nord
            (admission confirmed by the trauma ward, contact Dr. Hesse),
          - thrombosis prophylaxis during the flight as prescribed.

        Cost approval up to EUR 14,000 for the repatriation. Hospital costs in
        Spain are guaranteed directly (guarantee of payment sent yesterday).
        Her husband travels back on the same flight; his seat is covered.

        Please send us the fit-to-fly certificate before booking.
        """, "karatas", """
        -----Original Message-----
        From: EuroMed Assist Operations <ops@euromed-assist.example>
        Sent: Saturday, 28 February 2026 19:20
        To: reise-notruf@kranichsteiner.example
        Subject: Case EMA-26-04417 / Langhanke, Birgit - medical report

        Dear colleagues, please find the medical report attached. Our doctor
        recommends stretcher repatriation with nurse. Awaiting your approval.
        Pablo Ruiz, Case Manager
        """))
    return m


@mail(49, N, "en", "newsletter",
      "trap: broker newsletter on personal injury award trends with anonymised example figures; no identifiable claimant")
def m0049(n):
    m = new(n, "Kranichsteiner Broker News <brokernews@kranichsteiner.example>",
            "brokernews-en@lists.kranichsteiner.example",
            "Claims Insights 1/2026: pain and suffering awards in Germany - what brokers should know",
            when(2, 24, 9, 0),
            extra=[("List-Unsubscribe", "<mailto:brokernews-unsubscribe@kranichsteiner.example>"),
                   ("Precedence", "bulk")])
    plain = T("""
        CLAIMS INSIGHTS 1/2026 - for our broker partners

        Pain and suffering awards in Germany: slowly rising

        German courts traditionally award lower sums for pain and suffering
        (Schmerzensgeld) than courts in the UK or the US. But awards are rising:
        our analysis of 140 court decisions from 2022-2025 shows an average
        increase of 11 % compared to 2018-2021 for comparable injuries.

        Typical ranges (court decisions, rounded, anonymised):
          - whiplash injury (grade I-II), healed within 3 months: EUR 500-2,500
          - fractured forearm, surgery, full recovery: EUR 4,000-8,000
          - femoral neck fracture in older people, hip replacement: EUR 15,000-30,000
          - severe brain injury with permanent care needs: EUR 300,000-800,000

        What does this mean for your clients' liability limits? We recommend at
        least EUR 10m for private liability and EUR 100m for motor liability.
        Our current private liability tariffs include EUR 50m.

        Example from practice (anonymised and simplified): a cyclist in her
        forties was hit by a car door opened without looking. Broken collarbone,
        six weeks off work. Total settlement including loss of earnings and
        household help: around EUR 14,000.

        Questions? Your broker support team: makler@kranichsteiner.example

        You receive this newsletter as a registered broker partner.
        Unsubscribe: brokernews-unsubscribe@kranichsteiner.example
        """)
    htmlb = T("""
        <html><body style="font-family:Georgia,serif;max-width:620px">
        <h2>Claims Insights 1/2026</h2>
        <h3>Pain and suffering awards in Germany: slowly rising</h3>
        <p>German courts traditionally award lower sums for pain and suffering (<i>Schmerzensgeld</i>)
        than courts in the UK or the US. But awards are rising: our analysis of 140 court decisions from
        2022-2025 shows an average increase of <b>11 %</b> compared to 2018-2021.</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><th>Injury (court decisions, anonymised)</th><th>Typical range</th></tr>
        <tr><td>Whiplash (grade I-II), healed within 3 months</td><td>EUR 500-2,500</td></tr>
        <tr><td>Fractured forearm, surgery, full recovery</td><td>EUR 4,000-8,000</td></tr>
        <tr><td>Femoral neck fracture in older people, hip replacement</td><td>EUR 15,000-30,000</td></tr>
        <tr><td>Severe brain injury with permanent care needs</td><td>EUR 300,000-800,000</td></tr>
        </table>
        <p>We recommend at least EUR 10m for private liability and EUR 100m for motor liability.</p>
        <p><i>Example (anonymised and simplified):</i> a cyclist in her forties was hit by a car door
        opened without looking. Broken collarbone, six weeks off work. Total settlement around EUR 14,000.</p>
        <p style="font-size:11px">You receive this newsletter as a registered broker partner.
        <a href="mailto:brokernews-unsubscribe@kranichsteiner.example">Unsubscribe</a></p>
        </body></html>
        """)
    alt(m, plain, htmlb)
    return m


@mail(50, C, "de", "insurer-to-customer",
      "cancellation of a named customer's household policy with premium refund to his IBAN")
def m0050(n):
    m = new(n, FROM("fahrenkamp"), "Philipp Sandner <philipp.sandner@mailo.example>",
            "Kündigungsbestätigung Hausratversicherung HR 2204-290034",
            when(5, 6, 15, 20))
    text(m, B("""
        Sehr geehrter Herr Sandner,

        wir bestätigen die Kündigung Ihrer Hausratversicherung HR 2204-290034
        wegen Ihres Umzugs nach Kopenhagen. Da Sie Ihre Wohnung in der
        Heidelberger Landstraße 301 in Darmstadt zum 30.04.2026 aufgegeben
        haben, endet der Vertrag nach § 11 VHB zu diesem Tag.

        Den zu viel gezahlten Beitrag für Mai bis Dezember 2026 (8/12 von
        176,40 EUR) erstatten wir Ihnen:

          Erstattung: 117,60 EUR
          auf Ihr Konto: DE38 2375 2225 7150 4438 50

        Ihre Privathaftpflicht (PHV 7730-156620) läuft unverändert weiter; sie
        gilt auch bei einem vorübergehenden Auslandsaufenthalt. Für einen
        dauerhaften Wohnsitz in Dänemark benötigen Sie allerdings eine
        dortige Versicherung - bitte geben Sie uns Bescheid, wenn wir den
        Vertrag beenden sollen.

        Alles Gute für den Neustart!
        """, "fahrenkamp"))
    return m



@mail(51, S, "de", "insurer-to-customer",
      "accident insurance: invalidity benefit for a named insured's thumb injury (circular saw), Gliedertaxe calculation in body and PDF")
def m0051(n):
    m = new(n, FROM("quandel"), "Reinhold Gaßmann <r.gassmann@t-netz.example>",
            "Ihre Unfallversicherung UV 5520-061127 - Invaliditätsleistung",
            when(4, 16, 11, 25))
    text(m, B("""
        Sehr geehrter Herr Gaßmann,

        das Gutachten von Herrn Dr. Rehbein liegt uns jetzt vor. Wir können
        Ihnen daher die Invaliditätsleistung für die Folgen Ihres Unfalls an der
        Kreissäge vom 02.05.2025 abrechnen.

        Der Gutachter hat an der linken Hand eine dauerhafte
        Funktionsbeeinträchtigung des Daumens festgestellt: Teilverlust des
        Endglieds, Sensibilitätsstörung und eingeschränkte Beugung im
        Grundgelenk. Er bewertet die Beeinträchtigung mit 6/10 des
        Daumenwertes. Nach der Gliedertaxe Ihres Vertrags beträgt der
        Daumenwert 20 %, daraus ergibt sich ein Invaliditätsgrad von 12 %.

        Die genaue Berechnung finden Sie in der angehängten Abrechnung. Der
        Betrag von 12.000,00 EUR wird in den nächsten Tagen überwiesen.

        Sie oder wir können den Invaliditätsgrad innerhalb von drei Jahren nach
        dem Unfall noch einmal ärztlich überprüfen lassen, wenn sich etwas
        ändert. Das Gutachten schicke ich Ihnen gern in Kopie zu.
        """, "quandel"))
    attach(m, pdf([
        "# Abrechnung Invaliditätsleistung",
        "Kranichsteiner Allgemeine Versicherung AG - Leistung Unfall",
        "",
        "Versicherte Person: Reinhold Gaßmann, geb. 27.01.1961",
        "Vertrag: UV 5520-061127, Schaden: UN 2025-05-1932, Unfalltag: 02.05.2025",
        "Bedingungen: AUB 2014, Grundsumme 100.000 EUR, keine Progression",
        "",
        "# Unfallfolgen laut Gutachten Dr. med. V. Rehbein vom 31.03.2026",
        "Schnittverletzung linker Daumen mit Teilamputation des Endglieds (S68.1),",
        "Durchtrennung des ulnaren Digitalnervs (S64.3), Beugesehnenbeteiligung.",
        "Dauerschaden: Funktionsbeeinträchtigung des Daumens 6/10.",
        "Mitwirkung von Krankheiten oder Gebrechen: keine.",
        "",
        "# Berechnung",
        "Gliedertaxe Daumen: 20 %",
        "Invaliditätsgrad: 20 % x 6/10 = 12 %",
        "Invaliditätsleistung: 12 % von 100.000 EUR = 12.000,00 EUR",
        "bereits gezahlt (Vorschuss): 0,00 EUR",
        "Zahlbetrag: 12.000,00 EUR",
        "",
        "Darmstadt, 16.04.2026",
    ], title="Abrechnung Invaliditaet UN 2025-05-1932"),
        "application/pdf", "Abrechnung_UN2025-05-1932.pdf")
    return m


@mail(52, N, "de", "internal",
      "trap: water damage in the paediatric practice rented in the insurer's own building; no patient or personal data")
def m0052(n):
    m = new(n, FROM("kolodziej"), "Hausdienst <hausdienst@kranichsteiner.example>",
            "Wasserschaden Gebäude B, EG - Kinderarztpraxis / Sofortmaßnahmen",
            when(1, 12, 7, 48),
            cc="Frederik Ammon <f.ammon@kranichsteiner.example>")
    text(m, B("""
        Moin zusammen,

        heute Nacht ist in Gebäude B im 1. OG (Teeküche Vertrieb) ein
        Eckventil abgerissen. Das Wasser ist durch die Decke in die
        vermietete Kinderarztpraxis im EG gelaufen - betroffen sind der
        Wartebereich und zwei Behandlungsräume.

        Sofortmaßnahmen:
        - Wasser abgestellt, Notdienst Fa. Hahn war um 5:30 da
        - Trocknungsfirma kommt um 10 Uhr
        - Praxis bleibt heute geschlossen; Frau Dr. Mertens (Mieterin) informiert
          ihre Patienten selbst und verlegt die Sprechstunde morgen in die
          Räume der Vertretungspraxis
        - Elektriker prüft die Deckenleuchten im Wartebereich

        Frederik, kannst du das bitte für unsere eigene Gebäudeversicherung
        aufnehmen? Die Praxis meldet ihren Inventarschaden (Liegen, Spielecke,
        ein Ultraschallgerät) über ihre eigene Versicherung. Patientenakten
        waren nicht betroffen, die sind digital bzw. im geschlossenen Schrank.

        Fotos liegen unter S:/Gebaeude/B/2026-01-12.
        """, "kolodziej"))
    return m


@mail(53, C, "en", "insurer-to-lawyer",
      "liability claim of a named insured student for fire damage to a rented flat; policy and claim numbers, amounts; nobody hurt")
def m0053(n):
    m = new(n, FROM("olbrich"), "Samantha Reyes <sreyes@calloway-brandt.example>",
            "Tyler Beaumont - kitchen fire Munich - our claim 51-HP-2026-000877",
            when(3, 13, 16, 2))
    text(m, B("""
        Dear Ms Reyes,

        thank you for your e-mail and the power of attorney signed by Mr Tyler
        Beaumont. As requested, an update on the claim made by his landlord.

        Mr Beaumont is insured under our private liability policy for
        international students (PHV-S 7790-012284, valid until 31 August
        2026). On 2 February 2026 a pan of oil caught fire in the kitchen of
        his rented flat in Munich-Schwabing (Kurfürstenstraße 19). Nobody was
        injured; the fire brigade extinguished the fire quickly.

        The landlord, Mr Konrad Eibl, has claimed EUR 14,260 for a new kitchen
        unit, smoke damage to walls and ceiling and cleaning. Our adjuster
        inspected the flat on 24 February. We accept liability in principle
        (damage to rented property is covered in this tariff) but we consider
        the kitchen, which dates from 2009, to be worth significantly less
        than a new one. We have offered EUR 9,870 directly to the landlord.

        Your client does not need to take any action. German law does not allow
        us to pay his personal belongings from the liability policy; those
        would fall under household contents insurance, which he does not hold
        with us.
        """, "olbrich"))
    return m


@mail(54, S, "de", "doctor",
      "forward of a GP's reply quoting a named BU claimant's diagnoses, MRI findings, medication and sick leave; forward text harmless")
def m0054(n):
    m = new(n, FROM("vossberg"), FROM("feldkamp"),
            "WG: AW: Anforderung ärztlicher Befundbericht - Herr Matthias Kerber",
            when(3, 17, 10, 3))
    text(m, T("""
        Herr Dr. Feldkamp,

        zur Kenntnis - die Antwort der Hausärztin kam heute unverschlüsselt
        (habe sie auf den Upload-Link hingewiesen). Bitte um Ihre Einschätzung,
        ob wir zusätzlich den Neurochirurgen anschreiben sollten.

        Danke, H. Voßberg

        -----Ursprüngliche Nachricht-----
        Von: Praxis Dr. med. Selin Aydoğan <praxis@praxis-aydogan.example>
        Gesendet: Montag, 16. März 2026 18:12
        An: Henrike Voßberg <h.vossberg@kranichsteiner.example>
        Betreff: AW: Anforderung ärztlicher Befundbericht - Herr Matthias Kerber, geb. 14.07.1979

        Sehr geehrte Frau Voßberg,

        zu Ihrer Anfrage vom 03.03. teile ich mit:

        Diagnosen: Bandscheibenvorfall L5/S1 rechts mit S1-Radikulopathie
        (M51.1), Lumbalgie chronisch (M54.5), arterielle Hypertonie (I10.90).
        ED Bandscheibenvorfall: 21.10.2025.

        MRT 18.11.2025: großer, nach kaudal sequestrierter Prolaps L5/S1 rechts
        mit Kompression der Wurzel S1. Neurochirurgische Vorstellung
        02.12.2025: OP-Indikation relativ, Pat. wünscht zunächst konservative
        Therapie.

        Therapie: Ibuprofen 600 mg 3x tgl., Pregabalin 75 mg 2x tgl.,
        Physiotherapie 2x/Woche, PRT L5/S1 am 08.01. und 29.01.2026 mit
        vorübergehender Besserung.

        Aktuell: Schmerzen NRS 5-6 unter Medikation, Fußheberschwäche rechts
        nicht vorhanden, Sensibilitätsstörung S1 rechts. Heben über 10 kg,
        Arbeiten in Zwangshaltung und auf Leitern derzeit nicht möglich.

        AU durchgehend seit 21.10.2025. Prognose: bei konservativer Therapie
        unsicher; Reha-Antrag bei der DRV ist gestellt.

        Rechnung folgt mit der Post.

        Mit freundlichen Grüßen
        S. Aydoğan
        Fachärztin für Allgemeinmedizin
        Praxis Dr. med. Selin Aydoğan, Schöneweibergasse 4, 64347 Griesheim
        """))
    return m


@mail(55, N, "de", "insurer-to-customer",
      "trap: portal registration mail saying the one-time password comes by letter; no contract or personal data")
def m0055(n):
    m = new(n, "Kranichsteiner Kundenportal <noreply-portal@kranichsteiner.example>",
            "k.roemer@mailbox-hessen.example",
            "Ihre Registrierung im Kundenportal - nächster Schritt",
            when(2, 6, 20, 14),
            extra=[("Auto-Submitted", "auto-generated")])
    text(m, T("""
        Guten Tag,

        vielen Dank für Ihre Registrierung im Kundenportal "Mein Kranichsteiner".

        Zu Ihrer Sicherheit schicken wir Ihnen Ihr Einmal-Passwort nicht per
        E-Mail, sondern per Brief an die bei uns gespeicherte Anschrift. Der
        Brief ist in 2 bis 4 Werktagen bei Ihnen.

        So geht es weiter:
        1. Öffnen Sie https://portal.kranichsteiner.example/aktivieren
        2. Geben Sie Ihre E-Mail-Adresse und das Einmal-Passwort aus dem Brief ein.
        3. Vergeben Sie ein eigenes Passwort und wählen Sie eine Sicherheitsfrage.

        Das Einmal-Passwort ist 14 Tage gültig. Danach können Sie einfach ein
        neues anfordern.

        Sie haben sich nicht registriert? Dann können Sie diese E-Mail
        ignorieren - ohne den Brief kann niemand Ihr Konto aktivieren.

        Ihr Team vom Kundenportal
        Kranichsteiner Versicherungsgruppe
        """))
    return m


@mail(56, C, "de", "insurer-to-broker",
      "portfolio list (CSV) of named customers with property/motor policy numbers, premiums and addresses after a portfolio transfer")
def m0056(n):
    m = new(n, FROM("strathmann"), "Tim Kessler <kessler@maklerkontor-bergstrasse.example>",
            "Bestandsübertragung Agentur Wendel - Ihre Bestandsliste (Sach/Kfz)",
            when(1, 26, 15, 10))
    text(m, B("""
        Hallo Herr Kessler,

        wie besprochen anbei die Liste der Verträge aus der aufgelösten
        Agentur Wendel, die ab 01.02.2026 in Ihre Betreuung übergehen
        (Courtagezusage wie vereinbart). Enthalten sind nur Sach-, HUK- und
        Kfz-Verträge; die Lebens- und Unfallverträge kommen separat über die
        elektronische Vermittlerpost.

        Die Kundinnen und Kunden erhalten diese Woche ein Schreiben, dass Sie
        künftig ihr Ansprechpartner sind. Bitte warten Sie mit Anrufen bis
        nächsten Montag.

        Die Datei ist im Excel-Format mit Semikolon getrennt.
        """, "strathmann"))
    csvtext = crlf(T("""
        VSNR;Sparte;Name;Vorname;Straße;PLZ;Ort;Jahresbeitrag EUR;Hauptfälligkeit
        HR 2204-118830;Hausrat;Wendt;Gisela;Am Erlenbach 3;64625;Bensheim;132,60;01.04.
        PHV 7730-070218;Privathaftpflicht;Wendt;Gisela;Am Erlenbach 3;64625;Bensheim;68,90;01.04.
        WG 5120-004417;Wohngebäude;Fiedler;Jürgen;Darmstädter Straße 118;64646;Heppenheim;884,30;01.01.
        KF 1180-220751;Kfz HP+VK;Fiedler;Jürgen;Darmstädter Straße 118;64646;Heppenheim;1.024,55;01.01.
        KF 1180-298814;Kfz HP+TK;Öztürk;Serkan;Nibelungenstraße 41;64686;Lautertal;455,12;01.01.
        RS 3003-051290;Rechtsschutz;Öztürk;Serkan;Nibelungenstraße 41;64686;Lautertal;312,00;01.07.
        HR 2204-205519;Hausrat;Lämmle;Annette;Hauptstraße 7a;64673;Zwingenberg;97,80;01.10.
        GL 2250-019943;Glas;Lämmle;Annette;Hauptstraße 7a;64673;Zwingenberg;44,00;01.10.
        TH 7731-011764;Tierhalterhaftpflicht;Brehm;Dirk;Schwanheimer Straße 12;64625;Bensheim;91,20;01.05.
        """))
    attach(m, csvtext, "text/csv", "Bestand_Agentur_Wendel_Sach_Kfz.csv", charset="windows-1252")
    return m


@mail(57, S, "en", "insurer-to-company",
      "group accident claim: named employee's crush injury and partial finger amputation reported to the employer's HR")
def m0057(n):
    m = new(n, FROM("whitcombe"), "Rachel Dunmore <rachel.dunmore@tessaro.example>",
            "Group accident claim GU-2026-0108 - Stefan Brückner - documents needed",
            when(5, 12, 14, 40))
    text(m, B("""
        Dear Rachel,

        thank you for reporting the accident of your employee Mr Stefan
        Brückner (personnel no. M-2271) at the Mannheim workshop on 4 May
        2026 under the group accident policy GU 9002-000071.

        From your report and the D-doctor's initial report (Durchgangsarzt)
        we understand that Mr Brückner's left hand was caught between the
        press tool and the feed table. He suffered a crush injury of the left
        hand with amputation of the index finger at the middle joint and
        fractures of the middle and ring finger; he was operated on at the
        Unfallklinik Vorderpfalz the same day and is still an inpatient.

        As this is an occupational accident, the statutory accident insurer
        (BG Holz und Metall) is also involved. Our group policy pays in
        addition to the statutory benefits:
          - hospital daily allowance EUR 50 per day,
          - invalidity benefit once the permanent impairment is known (at the
            earliest 6 months after the accident; for the index finger the
            Gliedertaxe value is 10 %, for the other fingers 5 % each).

        Please send us:
          1. the accident notification you sent to the BG (copy),
          2. Mr Brückner's signed consent to release medical information
             (form attached to our previous mail); we will then request the
             hospital reports ourselves,
          3. his bank details for the daily allowance - or, if you prefer,
             we pay to the company and you pass it on with payroll.

        Please send medical documents only via the secure upload link, not by
        normal e-mail.
        """, "whitcombe"))
    return m


@mail(58, N, "en", "internal",
      "trap: actuarial memo on mortality and disability incidence tables, portfolio level only")
def m0058(n):
    m = new(n, FROM("derwald"), "Group Actuarial Network <actuarial-network@kranichsteiner.example>",
            "Memo: mortality and disability tables for the 2026 valuation",
            when(1, 14, 17, 5))
    text(m, B("""
        Colleagues,

        for the group reporting package (Dublin branch included) a short memo
        on the biometric bases we intend to use for the year-end 2025
        valuation. Comments by 30 January please.

        1. Mortality, term life: DAV 2008 T remains the reserving table.
           Our own experience 2021-2025 (approx. 410,000 policy years, 612
           deaths) gives an A/E ratio of 71 % for non-smokers and 84 % for
           smokers. No change to the safety margins proposed.

        2. Annuities: DAV 2004 R with the 2025 trend update.

        3. Disability (BU): DAV 1997 I with company-specific selection
           factors. Incidence is above expectation for ages 50-59 (A/E 112 %),
           mainly driven by mental illness claims. Recovery rates (re-entry
           into work) are below table for musculoskeletal claims. We propose
           to strengthen the reserve for claims in payment by EUR 6.4m.

        4. Post-COVID: no separate assumption; it is included in the
           incidence experience above. We will monitor.

        The full technical note (20 pages) is on the actuarial SharePoint.
        All figures are aggregates; no policy-level data leaves the
        department.
        """, "derwald"))
    return m


@mail(59, C, "de", "insurer-to-customer",
      "mobile reply to a named customer about the theft of his e-bike: claim number of his household policy in a quoted message")
def m0059(n):
    m = new(n, FROM("ammon"), "Benedikt Sauer <bene.sauer@webpost.example>",
            "AW: E-Bike aus dem Keller geklaut",
            when(4, 20, 18, 12),
            irt="<3b0c81e2-4f16@webpost.example>")
    text(m, T("""
        Hallo Herr Sauer,

        danke, ist angekommen. Ihre Schadennummer ist 41-HR-2026-00871, bitte bei
        Rückfragen angeben. Die Polizeiliche Anzeige und die Kaufrechnung reichen
        erstmal, den Rest klären wir morgen telefonisch.

        Gruß F. Ammon
        Von unterwegs gesendet

        > Am 20.04.2026 um 17:46 schrieb Benedikt Sauer <bene.sauer@webpost.example>:
        >
        > Guten Tag Herr Ammon,
        > wie heute morgen am Telefon besprochen anbei die Anzeige (Polizeirevier
        > Darmstadt-Nord, Tgb.-Nr. 0381/26) und die Rechnung für das E-Bike
        > (Cube Kathmandu Hybrid, 3.299 EUR, gekauft 06/2024). Das Rad stand
        > abgeschlossen im Gemeinschaftskeller, Kellertür war aufgebrochen.
        > Meine Hausrat läuft unter HR 2204-377015.
        > Viele Grüße
        > Benedikt Sauer
        > Kahlertstraße 23, 64293 Darmstadt
        """))
    return m


@mail(60, N, "de", "internal",
      "trap: circular on the new interest rate for life policy loans; product rule, no customer")
def m0060(n):
    m = new(n, "Produktmanagement Leben <pm-leben@kranichsteiner.example>",
            "Kundenservice Leben <ks-leben@kranichsteiner.example>, Maklerbetreuung <makler@kranichsteiner.example>",
            "Rundschreiben L-04/2026: Zinssatz für Policendarlehen ab 01.04.2026",
            when(3, 19, 14, 0))
    text(m, T("""
        Rundschreiben L-04/2026

        Zinssatz für Policendarlehen (Vorauszahlungen auf die Versicherungsleistung)

        Ab dem 01.04.2026 gilt für neue Policendarlehen ein Zinssatz von
        4,40 % p. a. (bisher 4,90 %). Laufende Darlehen werden zum nächsten
        Zinsanpassungstermin (jeweils 01.01.) umgestellt.

        Unverändert gilt:
        - Höchstbetrag: 80 % des aktuellen Rückkaufswerts
        - Mindestbetrag: 1.000 EUR
        - keine Policendarlehen bei fondsgebundenen Verträgen, bei
          Verträgen mit Beitragsfreistellung wegen BU und bei
          abgetretenen oder verpfändeten Verträgen ohne Zustimmung des
          Sicherungsnehmers
        - Zinsen werden jährlich nachschüssig fällig

        Die Textbausteine in der Korrespondenz (TB 4120-4124) und der Rechner
        im Vermittlerportal werden am 31.03. abends umgestellt. Bis dahin bitte
        Angebote mit dem alten Zinssatz nur noch mit Gültigkeit bis 31.03.
        erstellen.

        Rückfragen: Produktmanagement Leben, Frau Erdmann, Durchwahl -4750.

        Produktmanagement Leben
        Kranichsteiner Lebensversicherung AG
        """))
    return m



@mail(61, N, "de", "insurer-to-partner",
      "trap: statistical report to the insurers' association with accident counts by injury and age band (CSV), no individual")
def m0061(n):
    m = new(n, FROM("derwald"), "Statistik VVM <statistik@vvm-verband.example>",
            "Meldung Unfallstatistik 2025 - Kranichsteiner Allgemeine (Mitgliedsnr. 0417)",
            when(5, 29, 12, 33))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        anbei fristgerecht unsere Meldung zur Verbandsstatistik Allgemeine
        Unfallversicherung für das Geschäftsjahr 2025 im vereinbarten
        CSV-Format (Satzart U25, Trennzeichen Semikolon, UTF-8).

        Hinweise:
        - Die Zahl der gemeldeten Unfälle ist gegenüber der Vorabmeldung vom
          Februar um 38 gestiegen (Spätmeldungen).
        - In der Altersgruppe "80 und älter" sind die Verletzungsarten
          wegen kleiner Fallzahlen unter "sonstige" zusammengefasst.
        - Invaliditätsleistungen sind nach Zahlungsjahr, nicht nach Unfalljahr
          ausgewiesen.

        Für Rückfragen steht Ihnen Frau Kowalski aus meinem Team
        (Durchwahl -4716) zur Verfügung.
        """, "derwald"))
    csvtext = T("""
        Satzart;Jahr;Altersgruppe;Verletzungsart;Anzahl_Unfaelle;davon_Invaliditaet;Leistung_Invaliditaet_TEUR
        U25;2025;0-17;Fraktur obere Extremität;312;9;184
        U25;2025;0-17;Fraktur untere Extremität;121;6;139
        U25;2025;0-17;Zahnverletzung;88;0;0
        U25;2025;0-17;sonstige;406;3;57
        U25;2025;18-39;Bänder/Sehnen Knie;254;22;611
        U25;2025;18-39;Fraktur obere Extremität;198;17;402
        U25;2025;18-39;sonstige;377;11;298
        U25;2025;40-64;Fraktur obere Extremität;341;48;1306
        U25;2025;40-64;Bänder/Sehnen Schulter;229;39;1122
        U25;2025;40-64;Fraktur untere Extremität;207;41;1580
        U25;2025;40-64;sonstige;514;36;1043
        U25;2025;65-79;Fraktur Hüfte/Oberschenkel;143;71;3120
        U25;2025;65-79;Fraktur obere Extremität;166;29;812
        U25;2025;65-79;sonstige;210;18;455
        U25;2025;80+;sonstige;307;88;2975
        """)
    attach(m, csvtext, "text/csv", "U25_2025_0417.csv")
    return m


@mail(62, C, "en", "insurer-to-customer",
      "motor policy cancellation of a named customer (car exported), refund to his UK IBAN")
def m0062(n):
    m = new(n, FROM("lindqvist"), "Alistair Crane <alistair.crane@webmailer.example>",
            "Re: Cancelling my car insurance - KF 1180-402271",
            when(2, 3, 12, 20),
            irt="<CAHx2g7rT5@mail.webmailer.example>")
    text(m, B("""
        Dear Mr Crane,

        your motor policy KF 1180-402271 for the BMW 320d (formerly DA-AC 318)
        has ended on 23 January 2026, the day the car was deregistered in
        Darmstadt before you exported it to the UK. We received the
        deregistration notice from the registration office.

        You had paid the premium for the whole year 2026 (EUR 684.00). We will
        refund the unused part, 342 days:

          Refund: EUR 640.90

        As requested, the refund goes to your UK account:
          Account holder: Alistair J. Crane
          IBAN: GB26 BARC 2003 5341 2678 90

        Your no-claims class (SF 7) remains stored with us for 7 years. If you
        ever need a certificate of no claims for a UK insurer, just ask - we
        can issue it in English.
        """, "lindqvist", """
        > On 28 Jan 2026, Alistair Crane wrote:
        > Hello, I've moved back to Leeds and took the car with me. Please cancel
        > the insurance and send any refund to my Barclays account (details
        > below). Cheers, Alistair
        """))
    return m


@mail(63, S, "de", "insurer-to-doctor",
      "short request to a trauma surgeon for an interim report on a named insured's ACL rupture after a skiing accident")
def m0063(n):
    m = new(n, FROM("quandel"), "Dr. med. Jörg Wendtland <praxis@wendtland-ortho.example>",
            "Zwischenbericht Frau Melanie Fuchs, geb. 12.12.1989 - Skiunfall 07.02.2026",
            when(5, 4, 9, 40))
    text(m, B("""
        Sehr geehrter Herr Dr. Wendtland,

        Ihre Patientin Frau Melanie Fuchs ist bei uns unfallversichert (UV
        5520-174406). Sie hat sich am 07.02.2026 beim Skifahren in Ischgl eine
        vordere Kreuzbandruptur rechts zugezogen, die Sie am 19.02. operiert
        haben.

        Für die Leistungsprüfung (Krankenhaustagegeld, Genesungsgeld und
        später Invalidität) bitten wir um einen kurzen Zwischenbericht:
        OP-Verfahren, Begleitverletzungen (Meniskus?), stationäre Tage,
        voraussichtliche Dauer der Arbeitsunfähigkeit und ob Sie mit einem
        Dauerschaden rechnen.

        Formlos genügt. Ihr Honorar (GOÄ Nr. 75) übernehmen wir. Die
        Schweigepflichtentbindung von Frau Fuchs liegt uns vor.
        """, "quandel"))
    return m


@mail(64, N, "de", "internal",
      "trap: training invitation (ICS) on ICD-10-GM 2026 changes for claims staff; medical codes but no patient")
def m0064(n):
    m = new(n, FROM("feldkamp"), "Leistung Leben, Kranken, Unfall <leistung-alle@kranichsteiner.example>",
            "Einladung: ICD-10-GM 2026 - was ändert sich für die Leistungsprüfung?",
            when(1, 9, 11, 30))
    text(m, B("""
        Liebe Kolleginnen und Kollegen,

        zum Jahreswechsel ist die ICD-10-GM Version 2026 in Kraft getreten.
        In einer einstündigen Schulung stelle ich die für uns wichtigsten
        Änderungen vor:

        - neue und geänderte Kodes im Kapitel V (psychische Störungen), die
          in BU-Anträgen häufig vorkommen
        - Post-COVID-Zustand: U09.9 und die Zusatzkennzeichen
        - Sekundärkodes und Zusatzkennzeichen (G, V, Z, A) richtig lesen:
          "M54.5 G" ist eine gesicherte Diagnose, "V" nur ein Verdacht
        - typische Verschlüsselungsfehler in Krankenhausrechnungen

        Termin: Dienstag, 27.01.2026, 14:00-15:00 Uhr, Casino (Raum K1) und
        Teams. Die Einladung kommt als Kalendereintrag.

        Bitte bringen Sie keine echten Fälle mit; ich arbeite mit Beispielen.
        """, "feldkamp"))
    ics = ical(T("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Kranichsteiner//Kalender 3.1//DE
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:20260127-icd2026-schulung@kranichsteiner.example
        DTSTAMP:20260109T103000Z
        DTSTART:20260127T130000Z
        DTEND:20260127T140000Z
        SUMMARY:Schulung ICD-10-GM 2026 für die Leistungsprüfung
        LOCATION:Casino Raum K1 / Teams
        DESCRIPTION:Referent: Dr. med. Arne Feldkamp. Themen: Änderungen Kap. V\\, U09.9\\, Zusatzkennzeichen G/V/Z/A\\, typische Kodierfehler.
        ORGANIZER;CN="Dr. Arne Feldkamp":mailto:a.feldkamp@kranichsteiner.example
        ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:leistung-alle@kranichsteiner.example
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:Erinnerung
        TRIGGER:-PT15M
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """))
    attach(m, ics, "text/calendar", "Schulung_ICD-10-GM_2026.ics")
    return m


@mail(65, C, "de", "insurer-to-lawyer",
      "legal expenses: lawyer's fee note for a named client's rent increase dispute, claim number, values; no health data")
def m0065(n):
    m = new(n, FROM("brunnhuber"), "Kanzlei Dietz & Ohlig <kanzlei@dietz-ohlig.example>",
            "Ihre Kostennote vom 02.04.2026 - Mandantin Ramona Kühnel - RS-2026-001455",
            when(4, 10, 10, 50))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        zu Ihrer Kostennote in der Mietsache Kühnel ./. Immobilienverwaltung
        Graf & Söhne (Zustimmung zur Mieterhöhung) für unsere
        Versicherungsnehmerin Frau Ramona Kühnel, Rechtsschutzvertrag
        RS 3003-088012, teilen wir Folgendes mit:

        Sie haben einen Gegenstandswert von 4.320,00 EUR angesetzt. Nach § 41
        Abs. 5 GKG ist bei Mieterhöhungsverlangen jedoch der Jahresbetrag der
        Erhöhung maßgeblich: 12 x 120,00 EUR = 1.440,00 EUR.

        Danach ergibt sich:
          1,3 Geschäftsgebühr Nr. 2300 VV RVG      174,85 EUR
          Auslagenpauschale Nr. 7002 VV RVG         20,00 EUR
          19 % USt.                                 37,02 EUR
          gesamt                                   231,87 EUR

        Abzüglich der Selbstbeteiligung von 150,00 EUR Ihrer Mandantin
        überweisen wir 81,87 EUR. Die Selbstbeteiligung rechnen Sie bitte
        direkt mit Frau Kühnel ab.
        """, "brunnhuber"))
    return m


@mail(66, S, "en", "insurer-to-customer",
      "international health plan: pre-authorisation of MRI and knee arthroscopy for a named insured with suspected meniscus tear")
def m0066(n):
    m = new(n, FROM("nehrkorn"), "Daniel Ferreira <daniel.ferreira@inboxmail.example>",
            "Pre-authorisation MRI and arthroscopy - International Health Plan IK 6190-030284",
            when(6, 2, 13, 5))
    text(m, B("""
        Dear Mr Ferreira,

        thank you for sending the referral from Dr. Okafor at the Sportorthopädie
        am Main. We confirm cover under your International Health Plan
        IK 6190-030284 (tariff Global Select, area of cover Europe) for:

          1. MRI of the right knee - approved, no excess
          2. arthroscopy of the right knee (partial meniscectomy or meniscus
             suture, depending on the findings) as a day case - approved up to
             EUR 4,800 including surgeon, anaesthetist and facility fee

        The referral states pain and locking of the right knee since a
        football match on 17 May, with a suspected tear of the medial
        meniscus. If the MRI shows a different injury (e.g. cruciate
        ligament), please ask us before surgery is scheduled, as the
        approval covers the procedures above only.

        Physiotherapy after surgery is covered up to 20 sessions per year
        with a prescription. Your annual excess of EUR 500 has already been
        met this year.

        Get well soon.
        """, "nehrkorn"))
    return m


@mail(67, N, "en", "insurer-to-customer",
      "trap: answer to a prospect asking whether paragliding is covered by accident insurance; generic product info, no contract")
def m0067(n):
    m = new(n, FROM("wieland"), "Lukas Brandt <lukas.brandt@netmail.example>",
            "Re: Accident insurance for paragliding?",
            when(5, 19, 11, 42),
            irt="<9a1f0d5b7c@netmail.example>")
    text(m, B("""
        Hello Mr Brandt,

        thanks for your interest. Yes - in our accident insurance "Unfall
        Aktiv" paragliding and hang-gliding as a hobby are covered, as long as
        you hold the licence required in the country where you fly. Not
        covered are competitions with a prize and flights as a professional
        pilot or instructor.

        A few general points that may help you compare:
          - Benefit depends on the degree of permanent impairment
            (invalidity); with progression, severe injuries pay out more.
          - Rescue costs (e.g. helicopter recovery from a tree or mountain)
            are included up to EUR 25,000.
          - There are no health questions for this tariff except whether you
            already receive a disability pension.

        You can calculate your premium online at
        https://www.kranichsteiner.example/unfall - or call us and we can go
        through the options together.
        """, "wieland", """
        > On 18.05.2026 Lukas Brandt wrote:
        > Hi, I'm thinking about taking out accident insurance with you. I fly
        > paragliders in my free time (Wasserkuppe, sometimes the Alps). Is that
        > covered or excluded? Thanks, Lukas Brandt
        """))
    return m


@mail(68, C, "de", "insurer-to-customer",
      "animal owner liability claim of a named customer: dog damaged the neighbour's fence and raised bed; claim number, amount; no injury")
def m0068(n):
    m = new(n, FROM("olbrich"), "Corinna Weidlich <c.weidlich@mailo.example>",
            "Ihr Schaden 51-TH-2026-000612 - Zaun und Hochbeet Nachbargrundstück",
            when(5, 21, 14, 10))
    text(m, B("""
        Sehr geehrte Frau Weidlich,

        Ihr Berner Sennenhund "Lotte" hat sich am 09.05. unter dem Zaun zum
        Nachbargrundstück (Familie Schaal, Waldstraße 15, Mühltal)
        durchgegraben und dort einen Zaunabschnitt sowie ein Hochbeet
        beschädigt. Verletzt wurde niemand.

        Aus Ihrer Tierhalterhaftpflichtversicherung TH 7731-031877 regulieren
        wir den Schaden wie folgt:

          Doppelstabmattenzaun, 2 Felder inkl. Montage     486,00 EUR
          Hochbeet Lärche 200x100 cm                        219,00 EUR
          Pflanzen (pauschal nach Fotos)                     60,00 EUR
          Summe                                             765,00 EUR
          abzgl. Selbstbeteiligung                         -150,00 EUR
          Zahlung an Familie Schaal                         615,00 EUR

        Die Zahlung geht direkt an Ihre Nachbarn. Wenn Sie die
        Selbstbeteiligung dort bereits ausgeglichen haben, sagen Sie uns
        bitte Bescheid, dann zahlen wir den vollen Betrag.
        """, "olbrich"))
    return m


@mail(69, S, "de", "insurer-to-customer",
      "BU follow-up review for a named insured receiving benefits for multiple sclerosis: requests current reports")
def m0069(n):
    m = new(n, FROM("vossberg"), "Thorsten Eggers <t.eggers@mailbox-hessen.example>",
            "Nachprüfung Ihrer Berufsunfähigkeitsrente - BU 4471-198820",
            when(6, 8, 10, 5))
    text(m, B("""
        Sehr geehrter Herr Eggers,

        seit dem 01.03.2023 erhalten Sie aus Ihrer Berufsunfähigkeits-
        versicherung BU 4471-198820 eine monatliche Rente von 2.100,00 EUR
        wegen Ihrer Multiple-Sklerose-Erkrankung (schubförmig-remittierender
        Verlauf).

        Wie in unseren Bedingungen vorgesehen, prüfen wir in größeren
        Abständen, ob die Voraussetzungen weiter vorliegen. Das ist ein
        Routinevorgang und kein Zeichen, dass wir an Ihrer Berufsunfähigkeit
        zweifeln. Bitte senden Sie uns bis zum 31.07.2026:

        1. den beiliegenden Fragebogen zu Ihrer aktuellen Situation
           (Beschwerden, Behandlungen, eventuelle berufliche Tätigkeit),
        2. den letzten Bericht Ihres Neurologen (z. B. nach der
           Verlaufskontrolle mit MRT) - wenn Sie möchten, fordern wir ihn
           auch direkt an; dann genügt die Schweigepflichtentbindung,
        3. falls vorhanden, den aktuellen Bescheid zur Schwerbehinderung
           oder zur Erwerbsminderungsrente.

        Ihre Rente zahlen wir während der Prüfung unverändert weiter.

        Wenn Ihnen die Unterlagen Mühe machen, rufen Sie mich gern an; wir
        können den Fragebogen auch gemeinsam am Telefon ausfüllen.
        """, "vossberg"))
    return m


@mail(70, N, "de", "internal",
      "trap: quarterly complaints statistics by line of business and cause; no individual complainant")
def m0070(n):
    m = new(n, "Qualitätsmanagement <qm@kranichsteiner.example>",
            "Bereichsleitungen <bereichsleitungen@kranichsteiner.example>",
            "Beschwerdebericht Q4/2025",
            when(1, 20, 8, 30))
    text(m, T("""
        Guten Morgen,

        hier die Kennzahlen zum Beschwerdemanagement im 4. Quartal 2025.
        Der ausführliche Bericht für den Vorstand folgt bis 31.01.

        Beschwerden gesamt: 1.184 (Q3: 1.097), davon BaFin-Beschwerden: 19,
        Ombudsmann-Verfahren: 27

        nach Sparte                 Anzahl   je 1.000 Verträge
        Kranken (Leistung)            402     1,9
        Leben/BU                      211     0,8
        Kfz                           198     0,7
        Sach/Haftpflicht              176     0,5
        Unfall                         89     0,6
        Rechtsschutz                   71     0,9
        sonstige/Service               37     -

        Häufigste Gründe:
        - Dauer der Leistungsbearbeitung (31 %), v. a. BU-Anträge und
          Krankenhausrechnungen mit Nachforderung medizinischer Unterlagen
        - Erstattungshöhe bei Heilmitteln und Zahnersatz (18 %)
        - Erreichbarkeit der Hotline (14 %)
        - Beitragsanpassungen Kranken (12 %)

        Abhilfequote: 38 % ganz oder teilweise abgeholfen.

        Viele Grüße
        Ihr Qualitätsmanagement
        """))
    return m



@mail(71, C, "en", "insurer-to-partner",
      "buildings insurance confirmation for a mortgage bank: named owners, property address, sum insured, premium status")
def m0071(n):
    m = new(n, FROM("fahrenkamp"), "Meridian Home Loans - Collateral Team <collateral.de@meridian-homeloans.example>",
            "Confirmation of buildings insurance - loan no. 7700-44819 - Oduya, Langen",
            when(2, 19, 9, 36))
    text(m, B("""
        Dear Sir or Madam,

        as requested by our policyholders, Mr Chinedu Oduya and Mrs Hanna
        Oduya, we confirm the following for your loan no. 7700-44819:

          Policy:             WG 5120-019204 (buildings insurance)
          Property:           detached house, Feldbergstraße 27, 63225 Langen
          Cover:              fire, storm/hail, burst pipes, natural hazards
                              (incl. flood), sum insured at replacement value
                              (value 1914: 28,400 Mark; today approx.
                              EUR 712,000)
          Period:             1 March 2026 - 1 March 2027, annual renewal
          Premium:            EUR 1,142.60 p.a., paid until 28 February 2027

        We have issued a mortgagee clause (Sicherungsschein) in favour of
        Meridian Home Loans, Germany branch, effective 1 March 2026. This
        means we will inform you if the premium is not paid or the policy is
        cancelled, and that claim payments above EUR 25,000 will only be made
        with your consent.

        The original Sicherungsschein is on its way to you by post.

        Freundliche Grüße / kind regards
        """, "fahrenkamp"))
    return m


@mail(72, S, "de", "insurer-to-lawyer",
      "criminal investigation (negligent bodily injury) against a named insured driver; injuries of the named cyclist; file inspection")
def m0072(n):
    m = new(n, FROM("demirel"), "RA Dr. Konstanze Kaltenborn <kaltenborn@kanzlei-kaltenborn.example>",
            "Mandat Akteneinsicht - Ermittlungsverfahren gegen Patrick Maurer - StA Darmstadt 331 Js 4417/26",
            when(3, 30, 14, 22))
    text(m, B("""
        Sehr geehrte Frau Dr. Kaltenborn,

        wir bitten Sie, für uns als Kfz-Haftpflichtversicherer Einsicht in die
        Ermittlungsakte der Staatsanwaltschaft Darmstadt (Az. 331 Js 4417/26)
        zu nehmen.

        Das Verfahren richtet sich gegen unseren Versicherungsnehmer, Herrn
        Patrick Maurer, geb. 21.10.1996, wegen fahrlässiger Körperverletzung
        (§ 229 StGB). Herr Maurer soll am 06.03.2026 gegen 7:40 Uhr in der
        Landgraf-Georg-Straße beim Abbiegen die Radfahrerin Frau Nele Ostrowski
        übersehen haben. Nach der Unfallmitteilung der Polizei erlitt Frau
        Ostrowski eine distale Radiusfraktur links und eine Kopfplatzwunde;
        sie wurde in der Stadtklinik Darmstadt-Nord stationär aufgenommen. Ein
        Alkoholtest bei Herrn Maurer war negativ.

        Uns interessieren insbesondere:
        - die Lichtbildmappe und die Skizze der Unfallaufnahme,
        - die Zeugenaussagen (zwei Fußgänger, ein Busfahrer),
        - ein etwaiges unfallanalytisches Gutachten,
        - das Ergebnis der Auswertung der Ampelschaltung.

        Herr Maurer wird von Herrn RA Pohl verteidigt; bitte stimmen Sie sich
        nicht mit ihm über die Haftungsfrage ab, da wir das zivilrechtlich
        selbst klären. Die Anwältin von Frau Ostrowski hat bereits
        Schmerzensgeldansprüche angemeldet (unser Az. 52-KH-2026-001207).

        Ihre Vergütung nach der Rahmenvereinbarung (Pauschale Akteneinsicht
        zzgl. Auslagen).
        """, "demirel"))
    return m


@mail(73, N, "de", "insurer-to-broker",
      "trap: general broker commission notice with the broker GmbH's own IBAN; company data only, no customer")
def m0073(n):
    m = new(n, FROM("strathmann"), "Buchhaltung Maklerkontor Bergstraße <buchhaltung@maklerkontor-bergstrasse.example>",
            "Courtageabrechnungen ab Q2 nur noch im Maklerportal / Ihre neue Bankverbindung",
            when(3, 27, 11, 15))
    text(m, B("""
        Sehr geehrte Frau Dreher,

        zwei Dinge in Sachen Courtage:

        1. Ab dem 2. Quartal 2026 stellen wir die Courtageabrechnungen nur
           noch als PDF und als CSV im Maklerportal bereit (Bereich
           "Abrechnungen"). Der Papierversand entfällt. Bei jeder neuen
           Abrechnung bekommen Sie eine Benachrichtigung ohne Inhalt per
           E-Mail.

        2. Die neue Bankverbindung der Maklerkontor Bergstraße GmbH haben wir
           nach Ihrem Schreiben vom 20.03. und dem Rückruf bei Herrn Kessler
           hinterlegt:

             Kontoinhaber: Maklerkontor Bergstraße GmbH
             IBAN: DE02 5075 6159 6936 7180 41
             gültig ab der Abrechnung für März 2026

        Ihre Vermittlernummer (0041-2280) und Ihre Steuernummer als GmbH
        bleiben unverändert hinterlegt.
        """, "strathmann"))
    return m


@mail(74, C, "de", "insurer-to-customer",
      "glass insurance claim of a named customer: broken ceramic hob, policy and claim number, payout to her IBAN")
def m0074(n):
    m = new(n, FROM("ammon"), "Dagmar Pflüger <dagmar.pflueger@t-netz.example>",
            "Glasbruch Ceranfeld - Schaden 41-GL-2026-00194",
            when(2, 23, 13, 14))
    text(m, B("""
        Sehr geehrte Frau Pflüger,

        danke für das Foto des gesprungenen Ceranfelds und die Rechnung des
        Elektrofachhändlers. Aus Ihrer Glasversicherung GL 2250-027718 zahlen
        wir den Austausch der Glaskeramik-Kochfläche:

          Kochfeld (Ersatzteil)          289,00 EUR
          Einbau / Anschluss               100,00 EUR
          Summe                            389,00 EUR

        Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart. Wir
        überweisen den Betrag auf das Konto DE74 1975 0255 0724 0273 04.

        Ihr Vertrag bleibt unverändert bestehen; ein einzelner Glasschaden
        hat keinen Einfluss auf den Beitrag.
        """, "ammon"))
    return m


@mail(75, S, "en", "internal",
      "claims committee minutes (DOCX): large disability claim of a named surgeon with Parkinson's disease (G20.1), benefit amounts")
def m0075(n):
    m = new(n, FROM("vossberg"), "Claims Committee Life <claims-committee-life@kranichsteiner.example>",
            "Minutes Claims Committee Life 5 May 2026 (draft)",
            when(5, 6, 16, 55),
            cc="Dr. Arne Feldkamp <a.feldkamp@kranichsteiner.example>")
    text(m, B("""
        Dear all,

        attached the draft minutes of yesterday's meeting in English, as
        agreed for the Dublin colleagues. Please send corrections by Friday;
        the final version goes into the committee folder (restricted access).
        """, "vossberg"))
    attach(m, docx([
        ("h", "Claims Committee Life - Minutes of 5 May 2026 (draft)"),
        "Present: Dr. C. Imhoff (chair), H. Voßberg, Dr. A. Feldkamp, Dr. L. Derwald, E. Whitcombe, P. Ramaswamy (item 1 only)",
        "",
        ("h", "1. Disability claim BU 4471-155302 - Dr. Marcus Lindenthal"),
        "Insured: Dr. med. Marcus Lindenthal, born 30.01.1968, consultant in vascular surgery, Offenbach. Cover: disability annuity EUR 6,000 per month plus premium waiver, reinsured 50 % with Nordic Atlas Re.",
        "Medical: idiopathic Parkinson's disease (G20.1) diagnosed in 08/2025 by the neurology department of the university hospital; tremor of the right (dominant) hand, bradykinesia; on levodopa/benserazide and pramipexole. The treating neurologist and our medical officer agree that fine-motor surgical work is no longer possible; prognosis progressive.",
        "Occupation analysis: 75 % of working time in the operating theatre. Teaching and outpatient consultations without surgery could not fill 50 % of the previous role; no concrete alternative occupation with comparable income and status.",
        "Decision: claim accepted from 01.11.2025 without time limit. Back payment for 6 months EUR 36,000. Reinsurer to be informed by P. Ramaswamy.",
        ("h", "2. Statistics Q1 2026"),
        "112 new claims, 71 decisions, acceptance rate 68 %; median handling time 97 days.",
        ("h", "3. Any other business"),
        "Next meeting: 9 June 2026.",
    ], author="H. Voßberg"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Minutes_Claims_Committee_Life_2026-05-05_draft.docx")
    return m


@mail(76, N, "en", "insurer-to-partner",
      "trap: answer to the external auditor on the sampling method for claims reserves; mentions medical files but no data")
def m0076(n):
    m = new(n, FROM("ramaswamy"), "Olivia Hart <olivia.hart@brightmoor-audit.example>",
            "RE: Audit 2025 - sampling of claims reserves and reinsurance recoverables",
            when(2, 10, 15, 45),
            irt="<BM-AUD-2025-KVG-188@brightmoor-audit.example>")
    text(m, B("""
        Dear Olivia,

        thank you for the sampling plan. Some practical points from our side:

        1. Population: we will provide the full list of open claims by
           31 December 2025 with reserve amounts and reinsurance shares, but
           keyed by claim number only - no names. You draw the sample.

        2. File review: for the sampled files, your team will get read-only
           access in the audit room (2nd floor) from 23 February. For life,
           disability and accident claims the files contain medical reports;
           please do not take copies or photos of these documents. If you need
           evidence for your working papers, our claims staff will prepare an
           extract with the reserve-relevant figures.

        3. Reinsurance: the cessions to Nordic Atlas Re and the two other
           panel reinsurers can be reconciled with the quarterly bordereaux,
           which we will send via your secure data room.

        Let me know if that works for you.
        """, "ramaswamy"))
    return m


@mail(77, C, "de", "insurer-to-company",
      "transport insurance claim of a sole trader (natural person): damaged antique cabinet, policy and claim number, amounts")
def m0077(n):
    m = new(n, FROM("kirchhof"), "Raimund Jacobi <info@antiquitaeten-jacobi.example>",
            "Transportschaden Biedermeier-Sekretär - Ihr Vertrag TW 8040-000652",
            when(6, 11, 10, 20))
    text(m, B("""
        Sehr geehrter Herr Jacobi,

        vielen Dank für die Schadenanzeige und die Fotos. Den Schaden an dem
        Biedermeier-Sekretär (Kirschbaum, um 1825) auf dem Transport von Ihrer
        Werkstatt in Seeheim zu Ihrer Kundin nach Wiesbaden am 03.06.2026
        haben wir unter 61-TW-2026-000088 zu Ihrer Werkverkehrsversicherung
        TW 8040-000652 (Antiquitäten Jacobi e.K., Inhaber Raimund Jacobi)
        angelegt.

        Nach Ihrer Schilderung ist die Ladungssicherung während einer
        Vollbremsung gerissen, der Sekretär ist gegen die Bordwand gekippt:
        Bruch der Schreibklappe, abgeplatzte Furniere an der Seitenwand.

        Versichert ist der Sekretär mit dem Verkaufspreis von 8.900,00 EUR
        (Rechnung an die Kundin liegt vor). Ihre Restauratorin veranschlagt
        die Reparatur auf 2.350,00 EUR zzgl. USt. und eine Wertminderung von
        etwa 15 %. Wir lassen das durch einen Sachverständigen für Möbel
        bewerten, der sich bei Ihnen meldet.

        Bitte heben Sie die gerissenen Spanngurte auf.
        """, "kirchhof"))
    return m


@mail(78, N, "de", "newsletter",
      "trap: care newsletter explaining care levels and care allowance in general; no individual")
def m0078(n):
    m = new(n, "Kranichsteiner Kompass <kompass@kranichsteiner.example>",
            "Kompass Pflege <kompass-pflege@lists.kranichsteiner.example>",
            "Kompass Pflege: Pflegegrade einfach erklärt",
            when(6, 4, 7, 30),
            extra=[("List-Unsubscribe", "<https://www.kranichsteiner.example/kompass/abmelden>"),
                   ("Precedence", "bulk")])
    plain = T("""
        KOMPASS PFLEGE - Juni 2026

        Pflegegrade einfach erklärt

        Wer pflegebedürftig wird, bekommt von der Pflegekasse einen Pflegegrad
        zwischen 1 und 5. Grundlage ist die Begutachtung durch den
        Medizinischen Dienst: Wie selbständig ist jemand bei Mobilität,
        Selbstversorgung, Alltagsgestaltung oder im Umgang mit Medikamenten?

          Pflegegrad 1   geringe Beeinträchtigung der Selbständigkeit
          Pflegegrad 2   erhebliche Beeinträchtigung
          Pflegegrad 3   schwere Beeinträchtigung
          Pflegegrad 4   schwerste Beeinträchtigung
          Pflegegrad 5   schwerste Beeinträchtigung mit besonderen
                         Anforderungen an die Versorgung

        Die gesetzliche Pflegeversicherung deckt meist nur einen Teil der
        Kosten. Ein Platz im Pflegeheim kostet in Hessen im Schnitt über
        2.900 Euro Eigenanteil im Monat.

        Unsere Pflegetagegeldversicherung "Pflege Plus" zahlt ab Pflegegrad 2
        ein frei verfügbares Tagegeld - egal ob die Pflege zu Hause oder im
        Heim stattfindet.

        Tipp: Stellen Sie den Antrag auf einen Pflegegrad früh. Die Leistungen
        gelten ab dem Monat der Antragstellung.

        Mehr: https://www.kranichsteiner.example/pflege
        Abmelden: https://www.kranichsteiner.example/kompass/abmelden
        """)
    htmlb = T("""
        <html><body style="font-family:Verdana,sans-serif;font-size:14px;max-width:600px">
        <h2 style="color:#6a2c70">Pflegegrade einfach erklärt</h2>
        <p>Wer pflegebedürftig wird, bekommt von der Pflegekasse einen Pflegegrad zwischen 1 und 5.
        Grundlage ist die Begutachtung durch den Medizinischen Dienst.</p>
        <ol>
        <li>geringe Beeinträchtigung der Selbständigkeit</li>
        <li>erhebliche Beeinträchtigung</li>
        <li>schwere Beeinträchtigung</li>
        <li>schwerste Beeinträchtigung</li>
        <li>schwerste Beeinträchtigung mit besonderen Anforderungen an die Versorgung</li>
        </ol>
        <p>Ein Platz im Pflegeheim kostet in Hessen im Schnitt über 2.900 Euro Eigenanteil im Monat.
        Unsere Pflegetagegeldversicherung <b>Pflege Plus</b> zahlt ab Pflegegrad 2 ein frei verfügbares Tagegeld.</p>
        <p><a href="https://www.kranichsteiner.example/pflege">Mehr erfahren</a> |
        <a href="https://www.kranichsteiner.example/kompass/abmelden">Abmelden</a></p>
        </body></html>
        """)
    alt(m, plain, htmlb)
    return m


@mail(79, N, "de", "insurer-to-customer",
      "trap: out-of-office reply of a personal-injury claims handler naming her deputy; no case content")
def m0079(n):
    m = new(n, FROM("juric"), "Ute Brenner <ute.brenner@mailbox-hessen.example>",
            "Abwesenheitsnotiz: Rückfrage",
            when(7, 20, 12, 1),
            irt="<f1d2a6b0-77cc@mailbox-hessen.example>",
            extra=[("Auto-Submitted", "auto-replied")])
    text(m, T("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 7. August 2026 im Urlaub. Ihre E-Mail wird
        nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn
        Olbrich (06151 5550-3541) oder an unser Team Personenschäden unter
        haftpflicht-schaden@kranichsteiner.example. Bitte geben Sie dabei
        immer Ihre Schadennummer an.

        Mit freundlichen Grüßen
        Mirela Jurić
        """))
    return m


@mail(80, C, "en", "insurer-to-customer",
      "legal expenses cover for a named customer's deposit dispute with her landlord: policy, claim number, amounts")
def m0080(n):
    m = new(n, FROM("brunnhuber"), "Priyanka Nair <priyanka.nair@webmailer.example>",
            "Your legal expenses claim RS-2026-003390 - deposit dispute",
            when(6, 16, 9, 28))
    text(m, B("""
        Dear Ms Nair,

        thank you for your call yesterday. I confirm that your legal expenses
        insurance RS 3003-101473 (private and tenancy cover) covers the
        dispute with your former landlord, Mr Gerhard Völker, about the
        return of your rental deposit of EUR 2,550.00 for the flat in
        Rheinstraße 88, Darmstadt, which you left on 31 March 2026.

        What happens next:
          - You can choose any lawyer. If you would like a recommendation for
            an English-speaking tenancy lawyer in Darmstadt, we can give you
            two names.
          - Please give your lawyer the claim number RS-2026-003390; they can
            send their invoices directly to us.
          - Your deductible is EUR 150.00.

        Please note that the landlord may keep part of the deposit for up to
        six months to cover the utility bill (Nebenkostenabrechnung) for
        2026. Your lawyer will explain this.

        Mit freundlichen Grüßen / kind regards
        """, "brunnhuber"))
    return m



@mail(81, S, "de", "insurer-to-partner",
      "accident insurance: rehab management assignment for a named insured with polytrauma, home adaptation and therapy needs")
def m0081(n):
    m = new(n, FROM("quandel"), "CareWay Reha-Management <auftrag@careway-reha.example>",
            "Neuer Auftrag Reha-Management - Sabine Rettig - UN 2026-02-0874",
            when(3, 11, 13, 45))
    text(m, B("""
        Hallo Frau Dittmann,

        wir möchten Sie mit dem Reha-Management für eine Versicherte aus der
        privaten Unfallversicherung beauftragen (Rahmenvertrag 2024, Modul B).

        Versicherte: Sabine Rettig, geb. 17.09.1974, Am Roßbergring 11,
        64354 Reinheim, Tel. 06162 5550 4412 (Ehemann Jochen Rettig ist
        Ansprechpartner, solange sie in der Klinik ist)
        Vertrag/Schaden: UV 5520-088175 / UN 2026-02-0874

        Unfall am 14.02.2026 als Beifahrerin bei einem Frontalzusammenstoß auf
        der L 3106. Verletzungen laut Zwischenbericht der Unfallklinik
        Frankfurt:
        - Polytrauma mit Beckenringfraktur Typ C, operativ stabilisiert
        - offene Unterschenkelfraktur links (Fixateur, Verfahrenswechsel
          geplant)
        - Lungenkontusion, Milzeinriss (konservativ)
        - stationär seit 14.02., voraussichtliche Verlegung in die
          Anschlussheilbehandlung Anfang April

        Frau Rettig ist Filialleiterin einer Drogerie. Die Familie wohnt in
        einem Reihenhaus mit Bad im Obergeschoss; für die ersten Monate wird
        sie einen Rollstuhl benötigen.

        Ihre Aufgaben wie besprochen:
        1. Erstkontakt mit Frau Rettig und der Familie, Bedarfsplan
        2. Abstimmung mit der AHB-Klinik und der Krankenkasse
        3. Prüfung eines vorübergehenden Umbaus (Treppenlift oder Bett im EG,
           Badanpassung) - Budget aus dem Reha-Baustein bis 15.000 EUR
        4. mittelfristig Planung der beruflichen Wiedereingliederung

        Die Einwilligung von Frau Rettig zur Weitergabe ihrer Daten an Sie liegt
        vor. Den Zwischenbericht der Klinik stelle ich Ihnen ins gemeinsame
        Portal.
        """, "quandel"))
    return m


@mail(82, N, "de", "insurer-to-customer",
      "trap: answer to a prospect about waiting periods in dental supplementary insurance; general product rules, no health data")
def m0082(n):
    m = new(n, FROM("wieland"), "Jasmin Ertl <jasmin.ertl@mailo.example>",
            "AW: Frage Zahnzusatzversicherung Wartezeit",
            when(4, 24, 16, 33),
            irt="<b6e4f0a1-5d22@mailo.example>")
    text(m, B("""
        Hallo Frau Ertl,

        vielen Dank für Ihre Anfrage. Gern die allgemeinen Regeln in unserem
        Tarif "ZahnPlus":

        - Für Zahnbehandlung und Prophylaxe (professionelle Zahnreinigung) gibt
          es keine Wartezeit.
        - Für Zahnersatz (Kronen, Brücken, Implantate) und Kieferorthopädie
          gilt eine Wartezeit von 8 Monaten.
        - In den ersten vier Jahren sind die Leistungen für Zahnersatz der
          Höhe nach begrenzt (1.000 / 2.000 / 3.000 / 4.000 EUR), außer nach
          einem Unfall.
        - Bereits angeratene oder laufende Behandlungen sind nicht versichert
          - deshalb fragen wir im Antrag danach.

        Den Beitrag für Ihr Alter können Sie auf unserer Webseite berechnen
        (https://www.kranichsteiner.example/zahn). Wenn Sie möchten, schicke ich
        Ihnen auch die Versicherungsbedingungen als PDF.
        """, "wieland", """
        -----Ursprüngliche Nachricht-----
        Von: Jasmin Ertl <jasmin.ertl@mailo.example>
        Gesendet: Donnerstag, 23. April 2026 21:05
        An: service@kranichsteiner.example
        Betreff: Frage Zahnzusatzversicherung Wartezeit

        Hallo, ich überlege eine Zahnzusatzversicherung abzuschließen. Gibt es
        bei Ihnen Wartezeiten und ab wann zahlen Sie was? Danke, J. Ertl
        """))
    return m


@mail(83, C, "en", "insurer-to-customer",
      "motor policy of a named expat: correction of his birth date, policy number and plate")
def m0083(n):
    m = new(n, FROM("lindqvist"), "Sven Aaltonen <sven.aaltonen@netmail.example>",
            "Date of birth corrected - motor policy KF 1180-415530",
            when(1, 29, 14, 2))
    text(m, B("""
        Dear Mr Aaltonen,

        you are right - in your motor policy KF 1180-415530 (Volvo XC40,
        DA-SA 4107) your date of birth was recorded as 03.07.1985 instead of
        07.03.1985. Day and month had been swapped when the application was
        entered. We have corrected it; a new policy schedule is in your
        customer portal.

        The correction has no effect on your premium (EUR 798.40 p.a.), since
        the age group is the same.

        Thank you for pointing it out.
        """, "lindqvist"))
    return m


@mail(84, S, "en", "insurer-to-lawyer",
      "life insurance death claim: named deceased insured, autopsy pending, suicide clause, beneficiary represented by US attorney")
def m0084(n):
    m = new(n, FROM("kallenbach"), "Daniel Calloway <dcalloway@calloway-brandt.example>",
            "Life policy LV 3308-620177 - estate of Mr Robert Kessling - status of claim",
            when(5, 26, 16, 15))
    text(m, B("""
        Dear Mr Calloway,

        thank you for your letter on behalf of Mrs Ellen Kessling, the named
        beneficiary under the life policy LV 3308-620177 of her late husband,
        Mr Robert Kessling (born 8 December 1971, died 19 April 2026 in
        Frankfurt am Main).

        We understand your client's wish for a quick decision. The current
        status is as follows:

        1. The death certificate was issued by the Frankfurt registry office
           and is in our file.
        2. The cause of death has not yet been established. The police
           ordered an autopsy by the Institute of Legal Medicine in Frankfurt,
           and the public prosecutor's office has not yet released the
           result. The death certificate states "cause of death unexplained".
        3. The policy was taken out on 1 July 2024. Under section 161 of the
           German Insurance Contract Act and our policy conditions, the
           benefit is not payable if the insured person committed suicide
           within three years of the start of the policy. We must therefore
           wait for the autopsy result before we can decide.

        Please be assured that this is a standard step and not an allegation.
        As soon as the prosecutor's office releases the findings, we will
        decide within two weeks. The sum insured is EUR 400,000. If your
        client is in financial difficulties, we can consider an advance
        payment of the premiums paid (EUR 5,880) in the meantime.

        Yours sincerely,
        """, "kallenbach"))
    return m


@mail(85, N, "en", "internal",
      "trap: IT incident about failing uploads of medical reports (HTTP 413) in the claims portal; technical, no person")
def m0085(n):
    m = new(n, FROM("huesing"), "Portal Dev Team <portal-dev@kranichsteiner.example>",
            "[INC-2026-11930] Claims portal: upload of medical reports fails with HTTP 413",
            when(5, 5, 11, 17),
            cc="support@devpartner-solutions.example",
            extra=[("X-Ticket-ID", "INC-2026-11930")])
    text(m, B("""
        Hi team,

        since the deployment of release 4.18 on Monday evening, customers and
        doctors cannot upload documents larger than 10 MB in the claims portal
        (upload page for medical reports, hospital invoices and expert
        reports). The reverse proxy returns HTTP 413 "Request Entity Too
        Large"; the old limit was 40 MB.

        Impact: 214 failed uploads since Monday (proxy log), mostly scanned
        PDFs from doctors' practices. Users get a generic error page.

        Probable cause: client_max_body_size was reset to the default in
        the new proxy config template (see diff in the ticket).

        Please fix with priority 2 and let me know when the hotfix can go
        live. The service desk will send a generic information to the
        customer service, no individual notifications needed.

        Log excerpt (anonymised):
          2026-05-05T08:14:22 POST /api/v2/claims/uploads 413 11.8MB
          2026-05-05T08:15:02 POST /api/v2/claims/uploads 413 27.3MB
        """, "huesing"))
    return m


@mail(86, C, "de", "internal",
      "payroll correction for a named employee: back payment amount and her new IBAN")
def m0086(n):
    m = new(n, FROM("fabricius"), "Jana Wittich <j.wittich@kranichsteiner.example>",
            "Deine Entgeltabrechnung März - Korrektur Schichtzulage",
            when(4, 8, 13, 20))
    text(m, B("""
        Hallo Jana,

        du hattest recht: In der Märzabrechnung fehlte die Zulage für die
        Spätdienste in der Service-Hotline (9 Dienste). Wir korrigieren das mit
        der Aprilabrechnung:

          Nachzahlung Spätdienstzulage März   212,40 EUR brutto

        Außerdem haben wir deine neue Bankverbindung ab April hinterlegt:
          IBAN DE20 5977 2962 2263 6802 62

        Die korrigierte Lohnsteuerbescheinigung ist nicht betroffen, das
        läuft automatisch über das Jahr.

        Bei Fragen melde dich gern.
        """, "fabricius"))
    return m


@mail(87, S, "de", "insurer-to-claimant",
      "liability claim of an injured third party written to her directly: fall on a wet staircase, wrist fracture, pain-and-suffering offer")
def m0087(n):
    m = new(n, FROM("juric"), "Hildegard Brosch <h.brosch@t-netz.example>",
            "Ihr Sturz im Treppenhaus Bessunger Straße 52 - Schaden 51-HG-2026-000301",
            when(4, 29, 11, 5))
    text(m, B("""
        Sehr geehrte Frau Brosch,

        wir sind der Haftpflichtversicherer der Eigentümergemeinschaft
        Bessunger Straße 52 in Darmstadt und kommen auf Ihre Ansprüche nach
        Ihrem Sturz am 19.01.2026 zurück.

        Sie sind an diesem Morgen auf der frisch gewischten Treppe zwischen
        Erdgeschoss und 1. Stock ausgerutscht; ein Warnschild war nicht
        aufgestellt. Die Reinigungsfirma der Eigentümergemeinschaft hat das
        bestätigt. Wir erkennen die Haftung daher an.

        Ihre Verletzungen laut Bericht des Krankenhauses Bessungen:
        - distale Radiusfraktur rechts, operativ mit Platte versorgt am
          20.01.2026, stationär bis 23.01.2026
        - Prellung der rechten Hüfte
        - Physiotherapie bis Ende März; nach Ihren Angaben noch leichte
          Bewegungseinschränkung beim Drehen des Handgelenks

        Wir bieten Ihnen zur Abgeltung aller Ansprüche aus dem Unfall an:

          Schmerzensgeld                          3.500,00 EUR
          Haushaltshilfe Ihrer Nachbarin
          (6 Wochen, 5 Std./Woche à 12,00 EUR)      360,00 EUR
          Zuzahlungen Physiotherapie, Taxifahrten   187,40 EUR
          gesamt                                  4.047,40 EUR

        Die Metallentfernung, falls sie später nötig ist, nehmen wir
        ausdrücklich von der Abfindung aus; diese Kosten würden wir
        zusätzlich übernehmen.

        Wenn Sie einverstanden sind, senden Sie uns bitte die beiliegende
        Abfindungserklärung unterschrieben zurück und nennen Sie uns Ihre
        Bankverbindung. Sie können das Angebot gern auch von einer Anwältin
        oder einem Anwalt prüfen lassen; die Kosten dafür übernehmen wir in
        angemessener Höhe.
        """, "juric"))
    return m


@mail(88, N, "de", "internal",
      "trap: HTML-only intranet news about a staff health day and flu vaccinations by the company doctor; no individual")
def m0088(n):
    m = new(n, "Intranet-Redaktion <intranet@kranichsteiner.example>",
            "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Gesundheitstag am 15. Oktober und Grippeschutzimpfung im Haus",
            when(9, 22, 9, 0))
    html(m, T("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b5a7a;color:#fff;padding:12px">
        <b>Kranichsteiner intern</b> &middot; Nachrichten aus dem Haus</td></tr></table>
        <h2>Gesundheitstag am 15. Oktober</h2>
        <p>Am Donnerstag, 15. Oktober, laden Personalabteilung, Betriebsrat und unser betriebsärztlicher
        Dienst zum Gesundheitstag ins Casino ein (10 bis 15 Uhr):</p>
        <ul>
          <li>Rückenfit am Arbeitsplatz: Kurzvorträge und Ergonomie-Beratung</li>
          <li>Blutdruck- und Blutzuckermessung (anonym, Ergebnisse nur für Sie)</li>
          <li>Hautscreening mit einer Dermatologin - Anmeldung erforderlich</li>
          <li>Stressbewältigung und mentale Gesundheit: Workshop der Mitarbeiterberatung</li>
        </ul>
        <h2>Grippeschutzimpfung</h2>
        <p>Die Betriebsärztin impft vom <b>19. bis 23. Oktober</b> jeweils von 8 bis 12 Uhr in Raum 0.08.
        Bitte bringen Sie Ihren Impfpass mit. Termine buchen Sie im Intranet unter
        <i>Service &gt; Betriebsarzt</i>. Die Impfung ist freiwillig und kostenlos; Ihre Angaben
        bleiben beim betriebsärztlichen Dienst und werden nicht an die Personalabteilung weitergegeben.</p>
        <p style="font-size:12px;color:#666">Ihre Intranet-Redaktion</p>
        </body></html>
        """))
    return m


@mail(89, C, "en", "insurer-to-broker",
      "policy schedule (PDF) of a named customer's household and liability cover sent to her broker, with birth date and address")
def m0089(n):
    m = new(n, FROM("fahrenkamp"), "Callum Finley <c.finley@finley-rhodes.example>",
            "Policy schedule Mrs Okonjo-Harris - HR 2204-412093 / PHV 7730-198810",
            when(6, 23, 10, 40),
            irt="<PR3P281MB2250.finley@finley-rhodes.example>")
    text(m, B("""
        Dear Mr Finley,

        as requested, attached the current policy schedule for your client
        Mrs Adaeze Okonjo-Harris (household contents and private liability),
        in English. The German schedule remains the legally binding
        document.

        Note: the sum insured for contents (EUR 80,000) looks low for a
        160 m² flat in the Westend. You may want to discuss an increase with
        your client; underinsurance waiver applies only at EUR 650/m².
        """, "fahrenkamp"))
    attach(m, pdf([
        "# Policy Schedule (translation) - Household Contents and Private Liability",
        "Kranichsteiner Allgemeine Versicherung AG, Lichtwiesenring 40, 64289 Darmstadt",
        "",
        "Policyholder: Mrs Adaeze Okonjo-Harris, born 12.02.1979",
        "Address / insured location: Liebigstraße 41, 60323 Frankfurt am Main (160 m²)",
        "Broker: Finley & Rhodes Insurance Brokers Ltd, agent no. 0077-5510",
        "",
        "# Household contents HR 2204-412093",
        "Sum insured: EUR 80,000 (new value); valuables limit 20 % (EUR 16,000)",
        "Perils: fire, burglary, vandalism, burst pipes, storm/hail; bicycle theft up to EUR 3,000",
        "Deductible: EUR 150; annual premium EUR 241.80",
        "",
        "# Private liability PHV 7730-198810",
        "Single person; limit EUR 50m for bodily injury and property damage",
        "Includes damage to rented property, lost keys (EUR 50,000), drones up to 5 kg",
        "Annual premium EUR 84.20",
        "",
        "Period of insurance: 01.07.2026 - 01.07.2027, renewing annually",
        "Payment: annual, direct debit (account ending ...0981)",
        "Issued: 23.06.2026",
    ], title="Policy schedule HR 2204-412093"),
        "application/pdf", "Policy_schedule_Okonjo-Harris_EN.pdf")
    return m


@mail(90, N, "en", "insurer-to-partner",
      "trap: recruiting psychiatrists for the disability expert panel, fee scale and requirements; no patient or case")
def m0090(n):
    m = new(n, FROM("feldkamp"), "Network Office <office@medexpert-network.example>",
            "Expanding our expert panel - psychiatry and psychosomatics (disability assessments)",
            when(2, 13, 12, 10))
    text(m, B("""
        Dear colleagues,

        thank you for the call last week. As discussed, we are looking to
        expand our panel of independent medical experts for disability (BU)
        and accident assessments, in particular in psychiatry and
        psychosomatic medicine, as mental illness is now the leading cause of
        disability claims in our portfolio.

        What we need:
          - board-certified psychiatrists or specialists in psychosomatic
            medicine, ideally with a certificate in social medicine or
            insurance medicine
          - capacity for 4-8 assessments per month in the Rhine-Main and
            Rhine-Neckar regions; some in English
          - report within 6 weeks of the examination

        Fees (framework agreement 2026):
          - standard psychiatric assessment incl. tests: EUR 1,450
          - complex assessment (several diagnoses, extensive file): EUR 2,100
          - supplementary statement on the file: EUR 280
          - travel costs as per agreement

        Candidates can contact me directly; we would like to conclude the
        first agreements before summer. No case data will be shared until an
        agreement including a data processing clause is signed.
        """, "feldkamp"))
    return m



@mail(91, N, "de", "insurer-to-partner",
      "trap: fee agreement with the medical expert institute (flat rates, deadlines, data processing); no case or person")
def m0091(n):
    m = new(n, FROM("feldkamp"), "Dr. med. Volker Rehbein <v.rehbein@rehbein-gutachten.example>",
            "Rahmenvereinbarung 2026 - Honorare und Fristen (Entwurf zur Abstimmung)",
            when(1, 7, 17, 30),
            cc="Tobias Quandel <t.quandel@kranichsteiner.example>, Henrike Voßberg <h.vossberg@kranichsteiner.example>")
    text(m, B("""
        Lieber Herr Rehbein,

        wie am Telefon besprochen hier die Eckpunkte für die Fortschreibung
        unserer Rahmenvereinbarung ab 01.02.2026. Den Vertragstext schickt
        Ihnen unsere Rechtsabteilung separat.

        Honorare (jeweils zzgl. USt., soweit anfallend):
          Pauschale A - Unfall, Aktengutachten ohne Untersuchung      420 EUR
          Pauschale B - Unfall, mit Untersuchung und Röntgenauswertung 980 EUR
          Pauschale C - BU, orthopädisch/unfallchirurgisch            1.250 EUR
          Pauschale D - BU, psychiatrisch inkl. Testpsychologie      1.450 EUR
          Ergänzende Stellungnahme                                    260 EUR
          Zeugengebühr/Terminsvertretung bei Gericht nach JVEG

        Fristen:
          - Untersuchungstermin innerhalb von 4 Wochen nach Auftrag
          - Gutachten innerhalb von 3 Wochen nach Untersuchung
          - bei Überschreitung kurze Nachricht mit neuem Termin

        Datenschutz:
          - Auftragsübermittlung und Gutachtenrückgabe nur über das
            SecureMail-Portal oder per Domänenverschlüsselung
          - die Vereinbarung zur gemeinsamen Verantwortlichkeit/Weitergabe wird
            an die Version 2026 unserer Schweigepflichtentbindung angepasst

        Neu ist die Pauschale D, damit wir psychiatrische BU-Gutachten auch
        bei Ihnen beauftragen können (Frau Dr. Lanz hatte angeboten, eine
        Kollegin dafür einzubinden).
        """, "feldkamp"))
    return m


@mail(92, C, "de", "insurer-to-customer",
      "motor: transfer of no-claims class from a named father to his daughter with birth date, policy numbers and plates")
def m0092(n):
    m = new(n, FROM("fahrenkamp"), "Lisa Dörr <lisa.doerr@webpost.example>",
            "Übertragung Schadenfreiheitsrabatt - Ihr neuer Vertrag KF 1180-430018",
            when(3, 2, 11, 55),
            cc="Hans-Peter Dörr <hp.doerr@t-netz.example>")
    text(m, B("""
        Sehr geehrte Frau Dörr,

        die Übertragung des Schadenfreiheitsrabatts von Ihrem Vater ist
        erledigt. Zusammengefasst:

          abgebender Vertrag:   KF 1180-117432, Hans-Peter Dörr,
                                Opel Astra DA-HD 1960 (abgemeldet 27.02.2026)
          übernehmender Vertrag: KF 1180-430018, Lisa Dörr, geb. 11.08.2001,
                                Opel Astra DA-LD 811, Beginn 28.02.2026

        Ihr Vater hatte den Wagen 21 Jahre schadenfrei gefahren. Übertragen
        werden kann aber nur die Zahl schadenfreier Jahre, die Sie selbst
        hätten erreichen können: Sie haben den Führerschein seit 18.08.2019,
        also 6 volle Jahre. Ihr Vertrag startet daher mit SF 6
        (Haftpflicht und Vollkasko).

        Ihr Vater verliert damit seinen Rabatt vollständig. Falls er später
        wieder ein Auto versichert, beginnt er in SF 0 bzw. 1/2 - er hat das
        mit seiner Unterschrift auf der Übertragungserklärung bestätigt.

        Ihr Jahresbeitrag: 718,20 EUR.
        """, "fahrenkamp"))
    return m


@mail(93, S, "en", "insurer-to-customer",
      "child accident insurance: named daughter's supracondylar elbow fracture from a trampoline, hospital days, benefits paid")
def m0093(n):
    m = new(n, FROM("quandel"), "Mark Whitfield <mark.whitfield@inboxmail.example>",
            "Amelie's accident on 2 June - benefits from the children's accident policy UK 5531-102984",
            when(6, 25, 15, 10))
    text(m, B("""
        Dear Mr Whitfield,

        thank you for sending the discharge letter from the children's
        hospital. I hope Amelie is getting better.

        From the letter we see that Amelie (born 2017) fell from the trampoline
        in your garden on 2 June 2026 and suffered a displaced supracondylar
        fracture of the left humerus (elbow). It was reduced and fixed with
        wires under general anaesthetic the same evening; she stayed in hospital
        for three nights and will have a cast for four weeks.

        Under her children's accident policy UK 5531-102984 we pay:

          Hospital daily allowance  3 days x EUR 30       EUR  90.00
          Plaster cast allowance (fracture with cast)     EUR 200.00
          Total                                           EUR 290.00

        The payment will reach your account within a few days.

        Whether a permanent impairment remains can only be judged later;
        most elbow fractures in children heal without consequences. If
        Amelie still has restrictions in movement a year from now, please
        let us know - an invalidity claim must be medically confirmed within
        15 months of the accident (by 2 September 2027).

        Best wishes to Amelie,
        """, "quandel"))
    return m


@mail(94, N, "en", "newsletter",
      "trap: English press release on annual results mentioning disability and health claims trends at portfolio level")
def m0094(n):
    m = new(n, FROM("sternagel"), "Press list EN <press-en@lists.kranichsteiner.example>",
            "Press release: Kranichsteiner Group reports 2025 results",
            when(4, 2, 10, 0),
            extra=[("Precedence", "bulk")])
    text(m, B("""
        PRESS RELEASE

        Kranichsteiner Group reports solid 2025 results

        Darmstadt, 2 April 2026 - The Kranichsteiner Insurance Group grew its
        gross written premiums by 4.8 % to EUR 2.31 billion in 2025. Group net
        income rose to EUR 118 million (2024: EUR 104 million). The Solvency II
        ratio stood at 214 %.

        Highlights by segment:
          - Life: new business APE up 7 %, driven by disability (BU) and term
            life. Disability claims in payment rose by 9 %, with mental health
            conditions the most common cause.
          - Health: premium income up 6.2 % after premium adjustments; claims
            per insured person rose by 7.5 %, mainly hospital and drug costs.
          - Property & casualty: combined ratio 96.1 % (2024: 98.7 %) despite
            storm and hail losses in June.

        "Our customers increasingly ask for protection against the financial
        consequences of illness and incapacity. We see that in our new
        business and, unfortunately, in our claims," said CEO Dr. Carola
        Imhoff.

        The annual report is available at
        https://www.kranichsteiner.example/investors.

        Media contact:
        """, "sternagel"))
    return m


@mail(95, C, "de", "insurer-to-lawyer",
      "debt collection of a named customer's unpaid motor premiums via a collection lawyer: policy number, address, amounts, birth date")
def m0095(n):
    m = new(n, "Kranichsteiner Forderungsmanagement <forderungsmanagement@kranichsteiner.example>",
            "Inkasso RA Seidlitz <inkasso@ra-seidlitz.example>",
            "Neuer Auftrag - Beitragsforderung Kfz KF 1180-360091 - Rauscher, Dominik",
            when(5, 14, 8, 45))
    text(m, T("""
        Sehr geehrter Herr Seidlitz,

        wir übergeben Ihnen folgende Forderung zum gerichtlichen Mahnverfahren:

          Schuldner:       Dominik Rauscher, geb. 30.04.1994
          letzte Anschrift: Pfungstädter Straße 140, 64297 Darmstadt
          Vertrag:         Kfz-Versicherung KF 1180-360091 (gekündigt zum
                           15.01.2026 wegen Zahlungsverzugs, § 38 VVG)

          Beitrag 01.10.2025-15.01.2026 (anteilig)   386,72 EUR
          Geschäftsgebühr § 39 VVG                     40,00 EUR
          Mahnkosten                                   12,50 EUR
          Hauptforderung                              439,22 EUR
          Zinsen 5 %-Punkte über Basiszins seit 16.01.2026

        Zahlungseingänge seit der Kündigung: keine. Die Mahnungen vom
        02.11.2025 und 03.12.2025 sowie die Kündigung vom 15.01.2026 sind
        als PDF im Inkassoportal hinterlegt. Eine Adressermittlung hat die
        obige Anschrift am 10.05.2026 bestätigt.

        Bitte beachten Sie unsere Vorgabe: keine Einschaltung eines
        Gerichtsvollziehers ohne vorherige Rücksprache bei Forderungen unter
        500 EUR.

        Mit freundlichen Grüßen
        Forderungsmanagement
        Kranichsteiner Allgemeine Versicherung AG
        Telefon 06151 5550-2090
        """))
    return m


@mail(96, S, "de", "internal",
      "accident claim: named insured fell from a ladder with blood alcohol 1.41 per mille; medical question on the alcohol exclusion")
def m0096(n):
    m = new(n, FROM("quandel"), FROM("feldkamp"),
            "Rückfrage Bewusstseinsstörung/Alkohol - UN 2026-06-2290 Mehlhorn",
            when(7, 2, 15, 50))
    text(m, B("""
        Hallo Herr Dr. Feldkamp,

        ich brauche Ihre Einschätzung in folgendem Fall:

        Herr Gunnar Mehlhorn (UV 5520-140019, geb. 1979) ist am 13.06.2026
        gegen 23:30 Uhr nach einer Gartenparty von einer Leiter gestürzt, als
        er eine Lichterkette abhängen wollte (Sturzhöhe ca. 2,5 m).
        Verletzungen: LWK-1-Kompressionsfraktur, distale Radiusfraktur
        rechts, Rippenprellung.

        Die Blutprobe im Klinikum um 01:35 Uhr ergab 1,41 Promille. Der
        Notarzt notiert "Pat. wach, orientiert, Foetor alcoholicus". Die
        Ehefrau sagt, er habe "ein paar Bier" getrunken, sei aber nicht
        betrunken gewesen.

        Nach unseren AUB 2020 sind Unfälle durch Bewusstseinsstörungen, auch
        durch Trunkenheit, ausgeschlossen. Eine feste Promillegrenze gibt es
        außerhalb des Straßenverkehrs nicht.

        Meine Fragen:
        1. Lässt sich der BAK-Wert auf den Unfallzeitpunkt zurückrechnen (ca.
           1,6-1,7 Promille?) und spricht das medizinisch für eine
           Bewusstseinsstörung im Sinne der Bedingungen?
        2. Reicht der Notarztbefund "wach, orientiert" aus, um eine
           alkoholbedingte Gleichgewichtsstörung auszuschließen?
        3. Würden Sie ein rechtsmedizinisches Gutachten empfehlen?

        Die Akte ist für Sie freigeschaltet. Herr Mehlhorn hat
        Invaliditätsleistung beantragt; Herr Demirel ist wegen der
        Beweislast schon informiert.
        """, "quandel"))
    return m


@mail(97, N, "de", "internal",
      "trap: test data CSV for the new claims system with clearly fictitious persons (Mustermann), fake diagnoses and a published example IBAN")
def m0097(n):
    m = new(n, "Projekt LEO <projekt-leo@kranichsteiner.example>",
            "LEO Testteam <leo-test@kranichsteiner.example>",
            "Testdaten Sprint 14 - Leistungsfälle Kranken/Unfall (synthetisch)",
            when(3, 9, 14, 15))
    text(m, T("""
        Hallo Testteam,

        für die Regressionstests in Sprint 14 anbei die synthetischen
        Testfälle. Alle Personen sind erfunden (Mustermann-Familie), die
        Vertragsnummern liegen im Testnummernkreis 9999-xxxxxx und existieren
        im Produktivsystem nicht. Als IBAN verwenden wir die bekannte
        Beispiel-IBAN aus der Dokumentation.

        Bitte keine Produktivdaten in die Testumgebung kopieren - auch nicht
        "nur kurz" für einen Fehlerfall. Wenn ihr einen echten Fall
        nachstellen müsst, baut ihn mit erfundenen Daten nach.

        Neu in diesem Sprint: Diagnosen mit Zusatzkennzeichen (G/V/Z/A) und
        Fälle mit mehreren Leistungserbringern.

        Viele Grüße
        Projektbüro LEO (Leistung Einheitlich Online)
        """))
    csvtext = T("""
        testfall_id;vsnr;vorname;nachname;geburtsdatum;sparte;icd10;diagnose_text;betrag_eur;iban;erwartung
        TF-14-001;KV 9999-000001;Max;Mustermann;01.01.1970;Kranken;J06.9 G;Akute Infektion der oberen Atemwege;84,20;DE89 3704 0044 0532 0130 00;Erstattung 100 %
        TF-14-002;KV 9999-000002;Erika;Mustermann;12.08.1964;Kranken;M54.5 G;Kreuzschmerz;412,00;DE89 3704 0044 0532 0130 00;Erstattung nach SB
        TF-14-003;KV 9999-000003;Moritz;Mustermann;03.03.2012;Kranken;K35.8 G;Akute Appendizitis;6.280,55;DE89 3704 0044 0532 0130 00;Krankenhaus, Direktabrechnung
        TF-14-004;UV 9999-000004;Max;Mustermann;01.01.1970;Unfall;S52.51 G;Distale Radiusfraktur;0,00;DE89 3704 0044 0532 0130 00;Gipsgeld 200 EUR
        TF-14-005;UV 9999-000005;Erika;Mustermann;12.08.1964;Unfall;S83.53 V;Verdacht Kreuzbandruptur;0,00;DE89 3704 0044 0532 0130 00;Warnung: Verdachtsdiagnose
        TF-14-006;KV 9999-000006;Max;Mustermann;01.01.1970;Kranken;;fehlende Diagnose;120,00;DE00 0000 0000 0000 0000 00;Fehler: IBAN ungültig
        """)
    attach(m, csvtext, "text/csv", "LEO_Testfaelle_Sprint14.csv")
    return m


@mail(98, C, "en", "insurer-to-customer",
      "cyber insurance claim of a freelance photographer (sole trader): ransomware incident, policy and claim number, forensic partner")
def m0098(n):
    m = new(n, FROM("kirchhof"), "Karolina Bright <studio@karolina-bright-photo.example>",
            "Cyber claim 61-CY-2026-000047 - ransomware on your studio laptop",
            when(8, 18, 9, 12))
    text(m, B("""
        Dear Ms Bright,

        thank you for calling our cyber hotline on Sunday. As agreed, here is a
        summary and the next steps under your cyber policy CY 6905-004418
        (self-employed photographer, sum insured EUR 250,000).

        What happened: on 16 August your studio laptop and the connected NAS
        were encrypted by ransomware; a ransom note asked for 1.2 bitcoin. You
        did not pay - please continue not to pay or contact the attackers.

        Covered in your policy:
          - IT forensics and data recovery by our partner SecuLytix
            (an analyst will call you today; remote access only with your
            consent)
          - business interruption: lost income from cancelled shoots, after a
            waiting period of 12 hours, based on your average turnover in the
            last 12 months (please send your 2025 profit calculation, EÜR)
          - legal advice on whether you must notify the data protection
            authority and your clients, because client photos were on the NAS

        Please keep the devices switched off but connected to power, and do not
        reinstall anything before the forensic analyst has seen them.
        """, "kirchhof"))
    return m


@mail(99, S, "de", "insurer-to-customer",
      "attachment-only: PDF settlement of hospital allowance after a named insured's femoral neck fracture; body says only 'enclosed'")
def m0099(n):
    m = new(n, FROM("quandel"), "Petra Lemke <petra.lemke@mailbox-hessen.example>",
            "Ihre Unterlagen",
            when(3, 20, 10, 8),
            irt="<2a77c9d1@mailbox-hessen.example>")
    text(m, B("""
        Sehr geehrte Frau Lemke,

        wie am Telefon versprochen anbei die Abrechnung als PDF.
        """, "quandel"))
    attach(m, pdf([
        "# Leistungsabrechnung Unfallversicherung",
        "Versicherte Person: Petra Lemke, geb. 09.05.1957",
        "Vertrag: UV 5520-042287   Schaden: UN 2026-01-0348   Unfalltag: 11.01.2026",
        "",
        "Unfallhergang: Sturz auf vereistem Gehweg vor dem Haus",
        "Diagnose: mediale Schenkelhalsfraktur links (S72.00), Hüftendoprothese am 12.01.2026",
        "Stationär: Stadtklinik Darmstadt-Nord 11.01.-24.01.2026 (14 Tage)",
        "Anschlussheilbehandlung: Reha-Zentrum Spessartblick, Bad Orb 25.01.-15.02.2026 (22 Tage)",
        "",
        "# Leistungen",
        "Krankenhaustagegeld 14 Tage x 40,00 EUR            560,00 EUR",
        "Krankenhaustagegeld Reha 22 Tage x 40,00 EUR        880,00 EUR",
        "Genesungsgeld 36 Tage x 20,00 EUR                   720,00 EUR",
        "Sofortleistung Schwerverletzung: nicht erfüllt         0,00 EUR",
        "Summe                                             2.160,00 EUR",
        "",
        "Die Invaliditätsleistung prüfen wir, sobald der Endzustand beurteilt werden kann",
        "(frühestens sechs Monate nach dem Unfall). Bitte denken Sie an die Frist:",
        "ärztliche Feststellung der Invalidität bis spätestens 11.04.2027.",
    ], title="Leistungsabrechnung UN 2026-01-0348"),
        "application/pdf", "Abrechnung_20260320.pdf")
    return m


@mail(100, N, "de", "insurer-to-broker",
      "trap: invitation (ICS) to a broker forum on disability insurance with talks on mental illness claims; no person's data")
def m0100(n):
    m = new(n, FROM("strathmann"), "Maklerverteiler Süd-West <makler-suedwest@lists.kranichsteiner.example>",
            "Einladung: Kranichsteiner BU-Forum 2026 am 24. September",
            when(7, 15, 9, 30))
    text(m, B("""
        Liebe Maklerpartnerinnen und Maklerpartner,

        herzliche Einladung zu unserem BU-Forum 2026!

        Donnerstag, 24. September 2026, 13:00 bis 18:00 Uhr
        Kongresszentrum am Herrngarten, Darmstadt

        Programm:
        13:15  Psyche und Berufsunfähigkeit: Was Leistungsprüfer wirklich
               wissen wollen - Henrike Voßberg, Leistungsprüfung BU
        14:15  Gesundheitsfragen richtig beantworten: Vorerkrankungen,
               Bagatellen, Risikovoranfrage - Hannes Vietor, Risikoprüfung
        15:30  Reha statt Rente? Erfahrungen aus dem Reha-Management
        16:30  Rechtsprechung 2025/26 zur vorvertraglichen Anzeigepflicht
        17:30  Get-together

        Die Veranstaltung ist mit 4 Stunden für die IDD-Weiterbildung
        anerkannt. Den Kalendereintrag finden Sie im Anhang; bitte melden Sie
        sich zusätzlich im Maklerportal an (Plätze begrenzt).
        """, "strathmann"))
    ics = ical(T("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Kranichsteiner//Veranstaltungen//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:bu-forum-2026@kranichsteiner.example
        DTSTAMP:20260715T070000Z
        DTSTART:20260924T110000Z
        DTEND:20260924T160000Z
        SUMMARY:Kranichsteiner BU-Forum 2026
        LOCATION:Kongresszentrum am Herrngarten\\, Darmstadt
        DESCRIPTION:Psyche und BU\\, Gesundheitsfragen\\, Reha-Management\\, Rechtsprechung zur Anzeigepflicht. 4 Std. IDD-Weiterbildung. Anmeldung im Maklerportal.
        URL:https://makler.kranichsteiner.example/events/bu-forum-2026
        END:VEVENT
        END:VCALENDAR
        """))
    attach(m, ics, "text/calendar", "BU-Forum-2026.ics")
    return m



@mail(101, N, "en", "insurer-to-broker",
      "trap: general storm claims information for brokers (reporting channels, emergency measures); no policyholder or claim")
def m0101(n):
    m = new(n, FROM("ammon"), "Broker list EN <brokers-en@lists.kranichsteiner.example>",
            "Severe storms 14/15 June - how to report claims quickly",
            when(6, 15, 13, 0))
    text(m, B("""
        Dear broker partners,

        the thunderstorms with hail and flash floods on 14 and 15 June hit
        the Bergstraße, Odenwald and parts of Frankfurt particularly hard. We
        expect several thousand property and motor claims. To help your
        clients:

          - Claims can be reported online at
            https://www.kranichsteiner.example/schaden (photos can be
            uploaded directly) or via the broker portal (bulk upload for
            several clients).
          - Emergency measures (pumping, emergency roof covering, drying)
            may be commissioned immediately without our prior approval up
            to EUR 5,000.
          - Please ask clients not to dispose of damaged items before
            photos have been taken.
          - Motor hail damage: we are setting up drive-in hail centres in
            Bensheim and Dieburg from Thursday; appointments via the
            website.

        Our claims hotline is staffed until 22:00 this week: 06151 5550-3000.
        """, "ammon"))
    return m


@mail(102, S, "en", "insurer-to-partner",
      "reinsurance notification: group accident event with one named employee killed and two seriously injured (injuries listed)")
def m0102(n):
    m = new(n, FROM("ramaswamy"), "Claims Nordic Atlas Re <claims@atlas-re.example>",
            "Event notification - group accident policy GU 9002-000118 - minibus accident A5, 9 October 2026",
            when(10, 13, 11, 40),
            cc="Emma Whitcombe <e.whitcombe@kranichsteiner.example>")
    text(m, B("""
        Dear colleagues,

        under the event clause of our group accident catastrophe cover we
        notify the following event. It may not reach your attachment point
        (EUR 1.5m per event), but reserves are still developing.

        Policyholder: Hessenglanz Facility Services GmbH (group accident,
        412 insured employees, sum per person EUR 150,000 death / EUR 300,000
        invalidity with progression)

        Event: on 9 October 2026 a company minibus carrying a cleaning crew
        left the A5 near Weiterstadt after a tyre blowout and overturned.

        Insured persons affected:
          1. Mr Goran Petković, 52 - died at the scene (multiple injuries).
             Death benefit EUR 150,000 to the named beneficiary (wife).
          2. Mrs Elżbieta Nowicka, 46 - spinal fracture T12 with incomplete
             paraplegia; in the trauma hospital Main-Taunus. Invalidity
             expected to exceed 70 %; reserve EUR 600,000.
          3. Mr Hamid Rahimi, 29 - open fracture of the lower leg and
             traumatic brain injury (GCS 9 on admission); intensive care.
             Reserve EUR 350,000.
          4. Five further employees with minor injuries (contusions,
             whiplash); reserve EUR 20,000 in total.

        Total gross reserve for the event: EUR 1,120,000. We will update you
        monthly. Please treat the names and medical details as confidential;
        we provide them because your wording requires named notifications.
        """, "ramaswamy"))
    return m


@mail(103, N, "en", "internal",
      "trap: data protection quiz with invented example sentences about diagnoses and IBANs; no real person")
def m0103(n):
    m = new(n, FROM("oeltjen"), "Dublin Branch Staff <dublin-staff@kranichsteiner.example>",
            "Quick quiz: special categories of personal data (5 minutes)",
            when(11, 4, 10, 0))
    text(m, B("""
        Dear colleagues,

        as part of this year's awareness campaign, a short quiz. The examples
        are invented - none of them refers to a real customer. Answers at the
        bottom.

        Which of these sentences contain health data (Art. 9 GDPR)?

          a) "The customer has type 1 diabetes and uses an insulin pump."
          b) "Please send the invoice to the customer's new address."
          c) "The insured person was off sick for six weeks after knee
             surgery."
          d) "Our disability claims rose by 9 % last year."
          e) "Mr X's claim under his accident policy is being reviewed."

        Which of these are confidential, but not special categories?

          f) "Her IBAN is DE.. (example, not real) and her salary is
             EUR 4,200 net."
          g) "He was born on [date] and his car is insured with us."

        Answers: a, c and e are health data (e: any information about an
        accident, life or health contract of a named person is treated like
        health data in our group). d is an aggregate - not personal data at
        all. f and g are confidential personal data. b is personal data, but
        nothing sensitive.

        Remember: special categories only via the secure channels.
        """, "oeltjen"))
    return m


@mail(104, C, "de", "insurer-to-customer",
      "traffic legal expenses: named customer's speeding fine (administrative offence), points, claim number; no criminal or health data")
def m0104(n):
    m = new(n, FROM("brunnhuber"), "Florian Weyrauch <f.weyrauch@postfach-mail.example>",
            "Ihr Bußgeldverfahren - Verkehrsrechtsschutz RS-2026-004102",
            when(9, 8, 14, 35))
    text(m, B("""
        Sehr geehrter Herr Weyrauch,

        für das Bußgeldverfahren wegen der Geschwindigkeitsüberschreitung
        vom 21.08.2026 auf der B 3 bei Zwingenberg (31 km/h außerorts,
        Regelsatz 260 EUR, 1 Punkt in Flensburg) übernehmen wir aus Ihrem
        Verkehrsrechtsschutz RS 3003-064519 die Kosten Ihrer Verteidigung.

        Ein Fahrverbot ist bei dieser Überschreitung nicht vorgesehen, solange
        Sie in den letzten 12 Monaten nicht schon einmal mit 26 km/h oder mehr
        aufgefallen sind - das sollte Ihr Anwalt über die Akteneinsicht
        klären.

        Versichert sind Anwaltskosten, Gerichtskosten und die Kosten eines
        Sachverständigen zur Überprüfung der Messung. Das Bußgeld selbst
        können wir nicht übernehmen.

        Ihre Selbstbeteiligung: 150 EUR. Bitte geben Sie Ihrem Anwalt die
        Schadennummer RS-2026-004102.
        """, "brunnhuber"))
    return m


@mail(105, S, "de", "insurer-to-customer",
      "health insurance: approval of a named insured's dental treatment plan for an implant, tooth region and costs")
def m0105(n):
    m = new(n, FROM("nehrkorn"), "Aylin Demir <aylin.demir@webpost.example>",
            "Ihr Heil- und Kostenplan vom 28.09.2026 - Implantat regio 36",
            when(10, 7, 11, 12))
    text(m, B("""
        Sehr geehrte Frau Demir,

        wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Ruppert,
        geprüft. Geplant ist nach der Extraktion des Zahnes 36 (nicht
        erhaltungswürdig nach Wurzelfraktur) ein Implantat mit
        Knochenaufbau und einer Vollkeramikkrone.

          Gesamtkosten laut Plan (GOZ/GOÄ, Material, Labor)   3.920,00 EUR
          davon erstattungsfähig nach Tarif ZahnPlus 75 %     2.940,00 EUR

        Die Leistungsbegrenzung in den ersten Vertragsjahren gilt für Sie nicht
        mehr, da Ihr Vertrag KV-Z 6170-055021 seit mehr als vier Jahren
        besteht. Die Zusage gilt für 6 Monate. Bitte reichen Sie nach der
        Behandlung die Rechnungen ein; die Laborrechnung bitte mit
        Materialnachweis.

        Für den Knochenaufbau (GOZ 9100) erstatten wir nur, wenn er
        tatsächlich durchgeführt wurde - die Zahnärztin entscheidet das erst
        während der Operation.

        Gute Besserung!
        """, "nehrkorn"))
    return m


@mail(106, N, "de", "internal",
      "trap: DOCX template for a BU rejection letter with «placeholders» for name, diagnosis and dates; no real case")
def m0106(n):
    m = new(n, FROM("vossberg"), "Team BU <team-bu@kranichsteiner.example>",
            "Neue Vorlage Ablehnungsschreiben (TB-BU-17) - bitte ab 1.11. verwenden",
            when(10, 27, 15, 40))
    text(m, B("""
        Hallo zusammen,

        nach der Abstimmung mit der Rechtsabteilung gibt es die überarbeitete
        Vorlage für Ablehnungen, bei denen der BU-Grad unter 50 % liegt
        (TB-BU-17). Änderungen:
        - verständlichere Sprache, weniger Paragrafen im Fließtext
        - Hinweis auf Ombudsmann und Beschwerdestelle jetzt Pflicht
        - die medizinische Begründung wird nicht mehr aus dem Gutachten
          kopiert, sondern in eigenen Worten zusammengefasst

        Bitte die Platzhalter in «» vollständig ersetzen und vor dem Versand
        prüfen, ob keine Vorlage mit Platzhaltern rausgeht. Ab 01.11. ist die
        alte Fassung im Korrespondenzsystem gesperrt.
        """, "vossberg"))
    attach(m, docx([
        ("h", "TB-BU-17 - Ablehnung, BU-Grad unter 50 % (Vorlage, Stand 10/2026)"),
        "«Anrede» «Vorname» «Nachname»",
        "«Straße»",
        "«PLZ» «Ort»",
        "",
        "Ihre Berufsunfähigkeitsversicherung «Vertragsnummer» - Ihr Antrag vom «Antragsdatum»",
        "",
        "«Briefanrede»,",
        "",
        "vielen Dank für Ihre Geduld. Wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit sorgfältig geprüft. Leider können wir Ihnen keine Leistungen zahlen.",
        "",
        "Warum? Versichert ist Berufsunfähigkeit, wenn Sie Ihren zuletzt ausgeübten Beruf «Beruf» voraussichtlich mindestens sechs Monate zu mindestens 50 % nicht mehr ausüben können. Nach den Unterlagen, insbesondere «Quelle (z. B. Gutachten Dr. ... vom ...)», bestehen bei Ihnen «Zusammenfassung der Gesundheitsstörungen in eigenen Worten». Diese schränken Sie bei «Tätigkeiten» ein. Insgesamt ergibt sich nach unserer Bewertung ein Grad von «BU-Grad» %.",
        "",
        "Was können Sie tun? Wenn sich Ihr Gesundheitszustand verschlechtert, können Sie jederzeit einen neuen Antrag stellen. Sind Sie mit unserer Entscheidung nicht einverstanden, können Sie sich an unsere Beschwerdestelle oder an den Versicherungsombudsmann wenden. Die Kosten für ein eigenes Gutachten übernehmen wir nicht.",
        "",
        "«Grußformel»",
        "«Name Sachbearbeitung»",
    ], author="Team BU"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "TB-BU-17_Ablehnung_Vorlage.docx")
    return m


@mail(107, C, "en", "insurer-to-company",
      "cargo claim of a company with a named contact: water-damaged coffee container, policy and claim numbers, surveyor")
def m0107(n):
    m = new(n, FROM("kirchhof"), "Ethan Morales <e.morales@lakeview-coffee.example>",
            "Cargo claim 61-TR-2026-000203 - container MSKU 718204-6 - wet damage",
            when(9, 16, 16, 25))
    text(m, B("""
        Dear Mr Morales,

        we have opened cargo claim 61-TR-2026-000203 under the open cover
        TR 8010-000934 of Lakeview Coffee Imports GmbH for the shipment of
        320 bags of green coffee (Santos, 60 kg each) in container MSKU
        718204-6, discharged in Hamburg on 8 September and delivered to your
        roastery in Pfungstadt on 11 September.

        According to your report, about 40 bags show water stains and a
        musty smell; the container roof has a small hole above the door end.

        Next steps:
          1. Our surveyor, Mr Harms of Nordsee Cargo Surveys, will inspect the
             goods tomorrow, Thursday, at 10:00 at your warehouse. Please keep
             the affected bags separate and do not roast them.
          2. Please hold the shipping line responsible in writing (letter of
             protest) within three days of delivery - a template is attached
             to our previous e-mail.
          3. Send us the commercial invoice, bill of lading and the
             delivery receipt with remarks.

        The insured value of the shipment is EUR 142,080 (invoice value plus
        10 %).
        """, "kirchhof"))
    return m


@mail(108, S, "de", "lawyer",
      "forwarded lawyer's letter (message/rfc822) with a named claimant's brain injury, persistent symptoms and disability degree; body harmless")
def m0108(n):
    m = new(n, FROM("juric"), FROM("demirel"),
            "WG: Albers ./. Kranichsteiner - Klageandrohung",
            when(8, 27, 9, 14))
    text(m, T("""
        Hallo Yusuf,

        die Kanzlei droht jetzt mit Klage, s. angehängte Mail. Kannst du das
        bitte übernehmen? Akte liegt bei mir, kann ich dir heute Nachmittag
        rüberbringen.

        Gruß
        Mirela
        """))
    orig = inner('RA Felix Naumann <naumann@naumann-verkehrsrecht.example>',
                 'Mirela Jurić <m.juric@kranichsteiner.example>',
                 'Albers ./. Kranichsteiner - Ihr Az. 52-KH-2025-006630 - Frist 15.09.2026',
                 when(8, 26, 17, 3),
                 '<20260826170312.4471@naumann-verkehrsrecht.example>')
    text(orig, T("""
        Sehr geehrte Frau Jurić,

        in der Sache meines Mandanten, Herrn Moritz Albers, geb. 02.04.1990,
        komme ich auf Ihr Schreiben vom 30.07.2026 zurück.

        Ihr Angebot von 15.000 EUR Schmerzensgeld wird den Folgen des Unfalls
        vom 11.11.2025 nicht ansatzweise gerecht. Mein Mandant erlitt ein
        Schädel-Hirn-Trauma 2. Grades mit Kontusionsblutung frontal links
        (S06.33), eine Orbitabodenfraktur und eine HWS-Distorsion. Nach
        zehn Tagen im Klinikum Untermain und sieben Wochen neurologischer
        Reha bestehen fort:

        - tägliche Kopfschmerzen, Lärmempfindlichkeit,
        - Konzentrations- und Merkfähigkeitsstörungen (neuropsychologischer
          Befund Dr. Kehl vom 02.06.2026),
        - depressive Anpassungsstörung (F43.21), psychotherapeutische
          Behandlung seit März 2026.

        Das Versorgungsamt hat einen GdB von 30 festgestellt. Mein Mandant,
        Softwareentwickler, arbeitet seit Mai 2026 nur in Teilzeit (20 Std.);
        der Verdienstausfall beträgt derzeit 2.140 EUR netto monatlich.

        Wir fordern ein Schmerzensgeld von mindestens 45.000 EUR, den bisher
        aufgelaufenen Verdienstausfall von 12.840 EUR sowie die Anerkennung
        der Ersatzpflicht für Zukunftsschäden. Sollten wir bis zum 15.09.2026
        keine akzeptable Regulierung erhalten, werde ich meinem Mandanten zur
        Klage vor dem Landgericht Darmstadt raten.

        Mit freundlichen Grüßen
        Naumann
        Rechtsanwalt, Fachanwalt für Verkehrsrecht
        Naumann Verkehrsrecht, Weißfrauenstraße 9, 63739 Aschaffenburg
        """))
    attach_mail(m, orig)
    return m


@mail(109, N, "de", "newsletter",
      "trap: customer mailing about the new address of a branch office and advice appointments on disability and care; no personal data")
def m0109(n):
    m = new(n, "Kranichsteiner Geschäftsstelle Bensheim <gs-bensheim@kranichsteiner.example>",
            "Kundinnen und Kunden Region Bergstraße <kunden-bergstrasse@lists.kranichsteiner.example>",
            "Wir sind umgezogen: Ihre Geschäftsstelle Bensheim jetzt am Marktplatz",
            when(11, 2, 9, 0),
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://www.kranichsteiner.example/kompass/abmelden>")])
    text(m, T("""
        Liebe Kundinnen und Kunden,

        ab Montag, 9. November, finden Sie unsere Geschäftsstelle Bensheim an
        neuer Adresse:

            Kranichsteiner Geschäftsstelle Bensheim
            Marktplatz 6 (Eingang Hauptstraße), 64625 Bensheim
            Mo-Fr 9-13 Uhr, Di und Do zusätzlich 14-18 Uhr

        Die neuen Räume sind barrierefrei erreichbar, mit Aufzug und einem
        Besprechungsraum für vertrauliche Gespräche.

        Neu: An jedem ersten Dienstag im Monat bieten wir Sprechstunden zu
        Berufsunfähigkeit, Pflegevorsorge und Krankenzusatzversicherung an -
        bitte vereinbaren Sie einen Termin unter 06251 5550-600.

        Telefonnummer und E-Mail-Adresse bleiben gleich.

        Wir freuen uns auf Ihren Besuch!
        Ihr Team der Geschäftsstelle Bensheim

        Abmelden: https://www.kranichsteiner.example/kompass/abmelden
        """))
    return m


@mail(110, C, "de", "insurer-to-customer",
      "ZIP with a named customer's water damage settlement (PDF) and loss list (CSV): policy and claim number, address, IBAN")
def m0110(n):
    m = new(n, FROM("ammon"), "Ingo Walther <ingo.walther@mailo.example>",
            "Ihre Unterlagen zum Leitungswasserschaden 41-WG-2026-01177",
            when(10, 20, 14, 48))
    text(m, B("""
        Sehr geehrter Herr Walther,

        wie gewünscht schicke ich Ihnen die Abrechnung und die Schadenaufstellung
        des Sachverständigen für Ihre Unterlagen (und für Ihren Steuerberater,
        wegen der vermieteten Einliegerwohnung) als ZIP-Datei.

        Das Passwort für die ZIP-Datei brauchen Sie nicht - die Datei ist nicht
        verschlüsselt; bitte speichern Sie sie sicher ab.
        """, "ammon"))
    settlement = pdf([
        "# Schadenabrechnung Wohngebäudeversicherung",
        "Versicherungsnehmer: Ingo Walther, Odenwaldstraße 38, 64372 Ober-Ramstadt",
        "Vertrag: WG 5120-026641   Schaden: 41-WG-2026-01177   Schadentag: 29.08.2026",
        "Ursache: Frostunabhängiger Rohrbruch Kaltwasserleitung im Bad der Einliegerwohnung",
        "",
        "Leckageortung                                    612,00 EUR",
        "Trocknung (21 Tage, inkl. Strom)                 2.184,50 EUR",
        "Rohrreparatur und Fliesenarbeiten                3.960,00 EUR",
        "Estrich- und Bodenbelagsarbeiten                 4.415,00 EUR",
        "Mietausfall Einliegerwohnung 2 Monate x 640 EUR  1.280,00 EUR",
        "Summe                                           12.451,50 EUR",
        "abzgl. Selbstbeteiligung                          -500,00 EUR",
        "Auszahlung                                      11.951,50 EUR",
        "",
        "Überweisung auf IBAN DE70 5625 1196 2102 9733 93 am 20.10.2026",
    ], title="Schadenabrechnung 41-WG-2026-01177")
    listing = crlf(T("""
        Pos;Gewerk;Beschreibung;Betrag EUR
        1;Leckageortung;Thermografie und Druckprobe;612,00
        2;Trocknung;Unterflurtrocknung Bad und Flur, 21 Tage;2184,50
        3;Sanitär;Austausch Kaltwasserleitung 4 m, Fliesen 6 m²;3960,00
        4;Boden;Estrich Flur 9 m², Vinylboden 22 m²;4415,00
        5;Mietausfall;Einliegerwohnung 09-10/2026;1280,00
        """))
    z = zipbytes([("Abrechnung_41-WG-2026-01177.pdf", settlement),
                  ("Schadenaufstellung_SV_Sandvoss.csv", listing.encode("utf-8"))],
                 when_=(2026, 10, 20, 14, 40, 0))
    attach(m, z, "application/zip", "Unterlagen_41-WG-2026-01177.zip")
    return m


person("tjaden", "Merle Tjaden", "m.tjaden@kranichsteiner.example", f"""\
Viele Grüße

Merle Tjaden
Firmenkunden bAV-Service
Kranichsteiner Lebensversicherung AG
Tel. 06151 5550-4870 | bav-service@kranichsteiner.example

{FOOT_LEBEN}""")


@mail(111, S, "en", "insurer-to-doctor",
      "accident insurance: asks a Dutch surgeon for the operation report of a named German insured with a tibial plateau fracture")
def m0111(n):
    m = new(n, FROM("quandel"), "Dr. Maarten Verhoeven <m.verhoeven@zzk-ziekenhuis.example>",
            "Request for medical report - Mr Frank Oberle, born 22/09/1966 - cycling accident Domburg",
            when(8, 31, 10, 18))
    text(m, B("""
        Dear Dr. Verhoeven,

        we are the private accident insurer of Mr Frank Oberle (born 22
        September 1966, resident in Darmstadt, Germany; policy UV 5520-132208).

        Mr Oberle informs us that he fell from his bicycle on the dune path near
        Domburg on 3 August 2026 and was treated in your department until
        10 August. According to the short discharge note he brought home, he
        sustained a fracture of the right tibial plateau (Schatzker type II),
        which you treated with open reduction and plate fixation on 4 August.

        For the assessment of his claim (hospital daily allowance and a
        possible invalidity benefit) we would be grateful for:
          - the operation report,
          - the full discharge letter including X-ray/CT findings,
          - your recommendations for weight bearing and follow-up.

        Mr Oberle's signed authorisation (in English and Dutch) is attached.
        We will gladly pay your administrative fee; please send the invoice
        with the documents. For data protection reasons we would prefer the
        documents via our secure upload link:
        https://securemail.kranichsteiner.example/upload/UN-2026-08-3115

        Kind regards / met vriendelijke groet
        """, "quandel"))
    attach(m, pdf([
        "# Authorisation to release medical information",
        "# Machtiging tot verstrekking van medische gegevens",
        "",
        "I, Frank Oberle, born 22/09/1966, Heinheimerstraße 61, 64289 Darmstadt, Germany,",
        "authorise Ziekenhuis Zeeland Kust and the treating physicians to release my",
        "medical records relating to my accident of 3 August 2026 and the treatment",
        "from 3 to 10 August 2026 to Kranichsteiner Allgemeine Versicherung AG for",
        "the assessment of my claim under accident policy UV 5520-132208.",
        "",
        "Darmstadt, 24/08/2026       signed: F. Oberle",
    ], title="Authorisation Oberle", compress=False),
        "application/pdf", "Authorisation_Oberle_UN-2026-08-3115.pdf")
    return m


@mail(112, N, "en", "insurer-to-partner",
      "trap: generic underwriting evidence limits (medical exam, HIV test, blood profile by age and sum) for the reinsurer; no applicant")
def m0112(n):
    m = new(n, FROM("vietor"), "Mikkel Sørensen <mikkel.sorensen@atlas-re.example>",
            "Re: Your question on our medical evidence limits 2026",
            when(2, 25, 11, 3),
            irt="<AR-UW-2026-0212.ms@atlas-re.example>")
    text(m, B("""
        Dear Mikkel,

        here are the routine evidence requirements we currently use for term
        life and BU applications (unchanged from 2025 except the HIV test
        threshold, which we raised from EUR 750k to EUR 1m as you
        recommended):

          Sum at risk (term life)   age up to 40       age 41-50          age 51+
          up to EUR 300k            questions only     questions only     questions only
          EUR 300k-750k             questions only     doctor's report    medical exam
          EUR 750k-1m               doctor's report    medical exam       exam + blood
          above EUR 1m              exam + blood       exam + blood       exam + blood
                                    + HIV test         + HIV + ECG        + HIV + stress ECG

          BU annuity above EUR 2,500/month: always doctor's report; above
          EUR 4,000: medical exam and blood profile.

        Blood profile = HbA1c, lipids, liver and kidney values, PSA for men
        over 50. Cotinine test for declared non-smokers above EUR 500k.

        These limits apply to standard applications; we waive them for group
        schemes with automatic acceptance. Happy to discuss the proposed
        changes for 2027 on our call next week.

        Best regards / mit freundlichen Grüßen
        """, "vietor"))
    return m


@mail(113, C, "de", "insurer-to-broker",
      "commission statement of a sole-trader broker (natural person) with his IBAN and tax number")
def m0113(n):
    m = new(n, FROM("strathmann"), "Uwe Rasch <uwe.rasch@rasch-versicherungsmakler.example>",
            "Courtageabrechnung Juli 2026 - Vermittlernummer 0041-3117",
            when(8, 5, 8, 20))
    text(m, B("""
        Hallo Herr Rasch,

        Ihre Courtageabrechnung für Juli steht im Maklerportal. Weil Sie nach
        der Umstellung gefragt hatten, hier die Eckdaten zur Kontrolle:

          Vermittler:       Uwe Rasch, Versicherungsmakler e.K., Griesheim
          Steuernummer:     007 842 31556 (Finanzamt Darmstadt)
          Abschlusscourtage Sach/HUK         1.284,60 EUR
          Bestandscourtage                     918,35 EUR
          Stornohaftung                       -146,20 EUR
          Auszahlung (umsatzsteuerfrei
          nach § 4 Nr. 11 UStG)              2.056,75 EUR

        Überweisung am 06.08.2026 auf Ihr Konto
        IBAN DE52 8706 3477 4796 4217 32.

        Die Stornohaftung betrifft einen Kfz-Vertrag, der nach drei Monaten
        wegen Fahrzeugverkaufs beendet wurde; Details stehen in der
        CSV-Datei im Portal.
        """, "strathmann"))
    return m


@mail(114, N, "de", "internal",
      "trap: aggregated maturity forecast for life policies in 2026 (counts, volumes); no single policyholder")
def m0114(n):
    m = new(n, FROM("kallenbach"), "Vertriebssteuerung Leben <vertriebssteuerung-leben@kranichsteiner.example>",
            "Ablaufmanagement 2026 - Abläufe Kapital-LV und Rentenbeginne",
            when(1, 16, 13, 40),
            cc="Dr. Lukas Derwald <l.derwald@kranichsteiner.example>")
    text(m, B("""
        Hallo zusammen,

        für die Planung der Wiederanlage-Aktionen hier unsere Übersicht der
        Abläufe 2026 (Stand Bestand 31.12.2025):

          Quartal   Kapital-LV Abläufe   Auszahlungsvolumen   Rentenbeginne
          Q1        1.412                 31,8 Mio. EUR        388
          Q2        1.186                 27,1 Mio. EUR        341
          Q3        1.297                 29,6 Mio. EUR        402
          Q4        1.958                 46,3 Mio. EUR        517
          Summe     5.853                134,8 Mio. EUR      1.648

        Durchschnittliche Ablaufleistung: rund 23.000 EUR. Wiederanlagequote
        2025 bei uns: 17 % (Ziel 2026: 22 %).

        Hinweis: Die Kundinnen und Kunden werden sechs Monate vor Ablauf
        automatisch angeschrieben. Listen mit Namen gibt es nur über die
        Vertriebssteuerung im Vertriebsinformationssystem, nicht per Mail.
        """, "kallenbach"))
    return m


@mail(115, N, "de", "internal",
      "trap: list of staff first aiders per floor with phone extensions; organisational, no health data")
def m0115(n):
    m = new(n, FROM("kolodziej"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Aktualisierte Ersthelferliste Hauptverwaltung (Stand Mai 2026)",
            when(5, 18, 8, 5))
    text(m, B("""
        Liebe Kolleginnen und Kollegen,

        nach den Ersthelferkursen im April hier die aktuelle Liste. Bitte
        hängen Sie den Ausdruck an den Aushang in Ihrer Etage (alte Liste
        bitte entfernen).

          Etage   Ersthelfer/in            Durchwahl   Raum
          EG      Daniela Reuter           -1501       0.04 (Empfang)
          EG      Stefan Kühn              -2044       0.21
          1. OG   Meike Lorenz             -2610       1.15
          2. OG   Gerrit Olbrich           -3541       2.08
          2. OG   Aylin Şahin              -3180       2.30
          3. OG   Henrike Voßberg          -4412       3.12
          4. OG   Timo Brandl              -5209       4.02
          5. OG   Nora Wendel              -1812       5.10

        Defibrillatoren (AED): Foyer neben dem Empfang, Kantine am Eingang,
        4. OG Flur Nord. Notruf intern: 112 über die Amtsleitung, danach
        bitte den Empfang (-1500) informieren, damit jemand den Rettungsdienst
        am Tor empfängt.

        Der nächste Auffrischungskurs ist am 03.11.2026; Interessierte melden
        sich bitte bei mir.
        """, "kolodziej"))
    return m


@mail(116, C, "en", "insurer-to-customer",
      "pet insurance: named customer's dog surgery (animal health), policy and claim number, payout; no human health data")
def m0116(n):
    m = new(n, FROM("lindqvist"), "Fiona McAllister <fiona.mcallister@webmailer.example>",
            "Murphy's cruciate ligament surgery - pet surgery policy TK 7920-008813",
            when(7, 9, 12, 27))
    text(m, B("""
        Dear Ms McAllister,

        thank you for the invoice from the Tierklinik am Kapellenberg. We are glad to
        hear that Murphy is recovering well after the operation.

        Under the dog surgery insurance TK 7920-008813 (claim TK-2026-00418)
        we reimburse:

          TPLO surgery left knee incl. anaesthesia
          (GOT 2x rate)                               EUR 2,486.40
          X-rays before and after surgery             EUR   214.70
          two nights inpatient stay                   EUR   168.00
          pain medication and collar                  EUR    62.30
          Total invoice                               EUR 2,931.40
          less 20 % co-payment                        EUR  -586.28
          Payment                                     EUR 2,345.12

        The follow-up physiotherapy for dogs is not covered by the surgery
        policy, sorry. The amount goes to your account on file.
        """, "lindqvist"))
    return m


@mail(117, S, "de", "insurer-to-company",
      "employer pension scheme: XLSX list of named employees with birth dates and their direct life insurance contracts and contributions")
def m0117(n):
    m = new(n, FROM("tjaden"), "Personalbüro Druckerei Falkenberg <personal@druckerei-falkenberg.example>",
            "bAV Direktversicherung - Beitragsliste 2026 zum Abgleich",
            when(1, 23, 10, 5))
    text(m, B("""
        Hallo Frau Neubauer,

        anbei die Beitragsliste Ihrer Direktversicherungen (Gruppenvertrag
        GV 4900-000287) für 2026 zum Abgleich mit Ihrer Entgeltabrechnung.
        Die Beiträge aus Entgeltumwandlung sind inklusive des 15-%-Zuschusses
        nach § 1a Abs. 1a BetrAVG ausgewiesen.

        Bitte prüfen Sie vor allem Zeile 5: Herr Baumgartner ist laut Ihrer
        Meldung zum 31.03. ausgeschieden. Möchte er den Vertrag privat
        fortführen, brauchen wir bis dahin seinen Antrag; sonst stellen wir
        beitragsfrei.
        """, "tjaden"))
    attach(m, xlsx([
        ("Beitragsliste 2026", [
            ["Gruppenvertrag GV 4900-000287 - Druckerei Falkenberg GmbH", None, None, None, None, None],
            ["Vertrag", "Name", "Vorname", "geb.", "Monatsbeitrag EUR", "Hinweis"],
            ["DV 4901-118230", "Kaminski", "Renate", "14.02.1971", 248.40, ""],
            ["DV 4901-118231", "Yıldırım", "Cem", "03.06.1988", 150.00, ""],
            ["DV 4901-118232", "Hoffmann", "Jan-Erik", "27.11.1979", 310.50, ""],
            ["DV 4901-118233", "Schuster", "Bianca", "09.09.1992", 115.00, "Elternzeit seit 01.02.2026, beitragsfrei"],
            ["DV 4901-118234", "Baumgartner", "Rolf", "18.05.1963", 287.50, "Austritt 31.03.2026"],
            ["DV 4901-118235", "Nguyen", "Thi Lan", "21.12.1995", 92.00, ""],
            ["Summe", None, None, None, 1203.40, None],
        ]),
    ], author="bAV-Service"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Beitragsliste_GV4900-000287_2026.xlsx")
    return m


@mail(118, N, "de", "insurer-to-customer",
      "trap: appointment confirmation (ICS) for a retirement-planning consultation of a prospect; no contract, health or income data")
def m0118(n):
    m = new(n, "Kranichsteiner Geschäftsstelle Darmstadt <gs-darmstadt@kranichsteiner.example>",
            "Julian Meister <julian.meister@netmail.example>",
            "Terminbestätigung: Ihr Beratungsgespräch am 12. März",
            when(3, 4, 17, 2))
    text(m, T("""
        Guten Tag Herr Meister,

        vielen Dank für Ihre Terminbuchung. Wir freuen uns auf das Gespräch:

            Donnerstag, 12. März 2026, 16:30 Uhr (ca. 60 Minuten)
            Geschäftsstelle Darmstadt, Luisenplatz 3, 2. OG
            Thema: Altersvorsorge und Absicherung der Arbeitskraft
            Ihre Beraterin: Frau Selin Yavuz

        Wenn Sie möchten, bringen Sie Ihre letzte Renteninformation der
        Deutschen Rentenversicherung mit - das ist aber kein Muss.

        Den Termin können Sie über den Link in der Buchungsbestätigung
        verschieben oder absagen.

        Ihr Team der Geschäftsstelle Darmstadt
        Telefon 06151 5550-6000
        """))
    ics = ical(T("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Kranichsteiner//Terminbuchung 2.4//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:gsda-20260312-1630-8812@kranichsteiner.example
        DTSTAMP:20260304T160200Z
        DTSTART:20260312T153000Z
        DTEND:20260312T163000Z
        SUMMARY:Beratungsgespräch Kranichsteiner Geschäftsstelle Darmstadt
        LOCATION:Luisenplatz 3\\, 2. OG\\, 64283 Darmstadt
        DESCRIPTION:Beraterin: Selin Yavuz\\, Tel. 06151 5550-6000
        END:VEVENT
        END:VCALENDAR
        """))
    attach(m, ics, "text/calendar", "Termin.ics")
    return m


@mail(119, N, "en", "insurer-to-supplier",
      "trap: feedback to a web agency on product copy for construction liability insurance; generic product text, no customer")
def m0119(n):
    m = new(n, FROM("sternagel"), "Hannah Lowe <hannah@brightside-digital.example>",
            "Feedback: website copy 'Builder's liability' (Bauherrenhaftpflicht) - v2",
            when(6, 30, 15, 5))
    text(m, B("""
        Hi Hannah,

        thanks for v2 of the English product page. Claims and legal have
        reviewed it; a few changes:

        1. "Covers all injuries on your building site" - please change to
           "covers your legal liability if someone is injured or property is
           damaged because of your building site". We only pay if the client
           is liable.
        2. The example "a neighbour's child climbs the scaffolding and breaks
           a leg" is fine, but please add that we also defend unjustified
           claims.
        3. Sum insured: EUR 10m for bodily injury and property damage, not
           EUR 5m.
        4. Remove the sentence about workers on the site - injuries of
           employed workers are a matter for the statutory accident
           insurance (BG BAU), not for this product.

        Please send v3 by Friday; it then goes to translation review.
        """, "sternagel"))
    return m


@mail(120, S, "en", "insurer-to-customer",
      "disability claim refused and contract adjusted for non-disclosure of a named insured's anxiety disorder and psychotherapy")
def m0120(n):
    m = new(n, FROM("vossberg"), "Owen Gallagher <owen.gallagher@netmail.example>",
            "Your disability insurance BU 4471-290417 - decision on your claim and adjustment of the contract",
            when(9, 29, 14, 0))
    text(m, B("""
        Dear Mr Gallagher,

        we have completed the assessment of your claim for disability benefit
        of 2 June 2026. We are sorry to inform you that we cannot pay, and
        that the terms of your contract have to be adjusted.

        In your application of 14 March 2023 you answered "no" to the
        question whether you had been treated for mental health conditions
        in the last five years. The records of your GP and of the
        psychotherapist Ms Jana Leitner, which we received with your consent,
        show that you were treated for a generalised anxiety disorder
        (F41.1) from 2019 to 2021, including 25 sessions of cognitive
        behavioural therapy and medication with escitalopram.

        Had we known this, we would have offered the contract only with an
        exclusion for mental illness. Your claim is based on a depressive
        episode with anxiety symptoms, which would have been excluded.
        Because we consider the non-disclosure to have been negligent, not
        intentional, we do not withdraw from the contract. Instead, under
        section 19 (4) of the German Insurance Contract Act, the exclusion
        becomes part of the contract retrospectively from its start. The
        contract continues with the exclusion, and premiums remain payable.

        You have the right to object. If you disagree, please write to us
        within one month or contact the insurance ombudsman (free of charge).
        We will send you the full letter with the legal instructions by post.
        """, "vossberg"))
    return m



@mail(121, N, "en", "internal",
      "trap: English job advert for a medical underwriter mentioning diagnoses and medical reports; no person")
def m0121(n):
    m = new(n, "Recruiting Kranichsteiner <recruiting@kranichsteiner.example>",
            "Dublin Branch Staff <dublin-staff@kranichsteiner.example>",
            "Internal vacancy: Medical Underwriter Life & Disability (m/f/d), Dublin or Darmstadt",
            when(9, 1, 8, 0))
    text(m, T("""
        Internal vacancy - reference UW-2026-04

        Medical Underwriter Life & Disability (m/f/d)
        Location: Dublin branch or Darmstadt head office, full time, hybrid

        Your role
          - assess applications for term life, disability (BU) and critical
            illness cover, including medical questionnaires, doctors'
            reports, lab results and ECGs
          - decide on acceptance, loadings and exclusions for conditions such
            as diabetes, cardiovascular disease, back disorders and mental
            health conditions, using our underwriting manual and the
            reinsurer's guidelines
          - answer risk pre-enquiries from brokers (anonymous)
          - support the claims team on questions of non-disclosure

        Your profile
          - background as a nurse, physician assistant or experienced
            underwriter; knowledge of medical terminology and ICD-10
          - good English; German is an advantage but not a must
          - careful handling of highly sensitive data

        Apply by 30 September via the intranet (Careers > Internal
        vacancies). Questions: Hannes Vietor, ext. 4620.

        Your Recruiting team
        """))
    return m


@mail(122, C, "de", "insurer-to-customer",
      "HTML-only motor premium invoice for a named customer: policy number, plate, address, masked IBAN, premium")
def m0122(n):
    m = new(n, "Kranichsteiner Beitragsservice <beitragsservice@kranichsteiner.example>",
            "Miriam Kolb <miriam.kolb@postfach-mail.example>",
            "Ihre Beitragsrechnung 2027 - Kfz-Versicherung KF 1180-277391",
            when(11, 23, 6, 40))
    html(m, T("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Sehr geehrte Frau Kolb,</p>
        <p>anbei Ihre Beitragsrechnung für das Versicherungsjahr 2027.</p>
        <table cellpadding="5" style="border-collapse:collapse;border:1px solid #ccc">
        <tr><td>Versicherungsnehmerin</td><td>Miriam Kolb, Eschollbrücker Straße 12, 64295 Darmstadt</td></tr>
        <tr><td>Vertrag</td><td>KF 1180-277391</td></tr>
        <tr><td>Fahrzeug</td><td>Mazda CX-30, amtl. Kennzeichen DA-MK 290</td></tr>
        <tr><td>Haftpflicht (SF 15, 30 %)</td><td align="right">289,44 EUR</td></tr>
        <tr><td>Vollkasko (SF 12, 35 %, SB 300 EUR)</td><td align="right">402,17 EUR</td></tr>
        <tr><td>Schutzbrief</td><td align="right">11,90 EUR</td></tr>
        <tr><td><b>Jahresbeitrag inkl. Versicherungsteuer</b></td><td align="right"><b>703,51 EUR</b></td></tr>
        <tr><td>Fälligkeit</td><td>01.01.2027</td></tr>
        <tr><td>Zahlung</td><td>Lastschrift vom Konto DE** **** **** **** **41 88, Mandatsreferenz KF1180277391-002</td></tr>
        </table>
        <p>Ihr Beitrag ist gegenüber dem Vorjahr um 3,2 % gestiegen, weil die Reparaturkosten für
        Fahrzeuge weiter steigen und Ihre Regionalklasse sich geändert hat. Sie haben deshalb ein
        Sonderkündigungsrecht bis einen Monat nach Zugang dieser Rechnung.</p>
        <p>Freundliche Grüße<br>Ihr Beitragsservice<br>Kranichsteiner Allgemeine Versicherung AG</p>
        </body></html>
        """))
    return m


@mail(123, N, "en", "insurer-to-assessor",
      "trap: webinar invitation (ICS) for engineering experts on accident reconstruction and event data recorders; no case")
def m0123(n):
    m = new(n, FROM("achterberg"), "Motor expert panel <kfz-gutachter@lists.kranichsteiner.example>",
            "Webinar invitation: Event data recorders in accident reconstruction (CPD, 2 hours)",
            when(10, 5, 10, 30))
    text(m, B("""
        Dear members of our motor expert panel,

        as several of you asked for it, we are organising a CPD webinar
        together with a forensic engineering institute from Graz. It will be
        held in English.

        Topic: Reading event data recorders (EDR) in accident
        reconstruction - what the data show about speed, braking and belt use
        before a collision, and where the limits are.

        Date: Wednesday, 4 November 2026, 15:00-17:00 CET
        Speaker: Dipl.-Ing. Dr. techn. Lena Auer

        The webinar counts as 2 hours of continuing professional development.
        Please use only anonymised examples if you want to ask about
        specific cases. Calendar entry attached.
        """, "achterberg"))
    ics = ical(T("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Kranichsteiner//Webinar//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:edr-webinar-20261104@kranichsteiner.example
        DTSTAMP:20261005T083000Z
        DTSTART:20261104T140000Z
        DTEND:20261104T160000Z
        SUMMARY:CPD webinar: Event data recorders in accident reconstruction
        DESCRIPTION:Speaker Dipl.-Ing. Dr. techn. Lena Auer. Join: https://webinar.kranichsteiner.example/edr-2026
        LOCATION:Online
        END:VEVENT
        END:VCALENDAR
        """))
    attach(m, ics, "text/calendar", "EDR_webinar.ics")
    return m


@mail(124, N, "de", "insurer-to-supplier",
      "trap: order for a wheelchair ramp and accessible door openers for the office building; disability words, no person")
def m0124(n):
    m = new(n, FROM("kolodziej"), "Angebote Hausmann Metallbau <angebote@hausmann-metallbau.example>",
            "Auftrag Barrierefreiheit Eingang Gebäude C - Ihr Angebot 26-0417",
            when(4, 21, 9, 45))
    text(m, B("""
        Sehr geehrter Herr Hausmann,

        hiermit beauftragen wir Sie auf Grundlage Ihres Angebots 26-0417 vom
        08.04.2026 mit folgenden Arbeiten am Eingang Gebäude C:

          - Rollstuhlrampe Stahl/Gitterrost, 6 % Steigung, Länge 7,20 m,
            mit beidseitigem Handlauf nach DIN 18040-1
          - automatischer Türantrieb für die Eingangstür inkl. Taster
            (Höhe 85 cm) innen und außen
          - taktile Bodenindikatoren vor der Rampe

        Auftragssumme netto: 18.760,00 EUR, Ausführung in den Sommerferien
        (KW 28-30). Der Eingang muss während der Bauzeit für Lieferungen
        erreichbar bleiben.

        Hintergrund: Mit dem Umzug der Geschäftsstelle Darmstadt in Gebäude C
        empfangen wir dort auch Kundinnen und Kunden, und unsere
        Schwerbehindertenvertretung hat auf den fehlenden barrierefreien
        Zugang hingewiesen.
        """, "kolodziej"))
    return m


@mail(125, C, "en", "insurer-to-partner",
      "recovery claim against a Dutch motor insurer: named third-party driver, plates, our insured's name, repair costs; no injuries")
def m0125(n):
    m = new(n, FROM("achterberg"), "Claims Foreign Accidents <buitenland@polder-verzekeringen.example>",
            "Recovery claim - your insured vehicle 87-BXL-3 - accident A67 Venlo 2 July 2026 - our ref. 52-KH-2026-003318",
            when(8, 11, 13, 30))
    text(m, B("""
        Dear Sir or Madam,

        we are the motor insurers of Mr Wolfgang Hartung, Darmstadt, owner of
        the VW Passat DA-WH 733 (policy KF 1180-190662).

        On 2 July 2026 at about 14:20 on the A67 near Venlo, your insured
        truck (registration 87-BXL-3, driver Mr Jeroen Bakker, employed by
        Transport Van Dijk B.V.) changed lanes without indicating and struck
        the left side of our insured's car. The Dutch police attended; the
        European accident statement was signed by both drivers and confirms
        the facts. No one was injured.

        We have indemnified our insured under his comprehensive cover and
        claim reimbursement from you:

          Repair costs (expert report Sandvoß, invoice)   EUR 6,210.40
          Expert's fee                                     EUR   684.00
          Loss of use, 6 days                              EUR   354.00
          Total                                            EUR 7,248.40

        Our insured's deductible of EUR 300 is included in the repair costs;
        please pay it together with the total, we will pass it on.

        Copies of the accident statement, the expert report and the invoice
        are attached to our letter sent by post. Please confirm your position
        within 30 days.
        """, "achterberg"))
    return m


@mail(126, S, "de", "insurer-to-customer",
      "short reply whose quoted customer mail reveals chemotherapy for breast cancer and a daily sickness allowance claim")
def m0126(n):
    m = new(n, FROM("nehrkorn"), "Katja Sommer <katja.sommer@webpost.example>",
            "AW: Krankentagegeld - neue AU-Bescheinigung",
            when(2, 4, 9, 31),
            irt="<7e21b0c3.4aa@webpost.example>")
    text(m, T("""
        Sehr geehrte Frau Sommer,

        vielen Dank, die Unterlagen sind angekommen und vollständig. Die Zahlung
        für Februar geht wie gewohnt Anfang nächster Woche raus.

        Alles Gute für Sie!

        Mit freundlichen Grüßen
        Charlotte Nehrkorn
        Leistungsabteilung Krankenversicherung

        -----Ursprüngliche Nachricht-----
        Von: Katja Sommer <katja.sommer@webpost.example>
        Gesendet: Montag, 2. Februar 2026 20:14
        An: Charlotte Nehrkorn <c.nehrkorn@kranichsteiner.example>
        Betreff: Krankentagegeld - neue AU-Bescheinigung

        Liebe Frau Nehrkorn,

        anbei wie besprochen die neue AU-Bescheinigung von meiner Onkologin bis
        zum 15.03. Die Chemo (EC-Zyklen) ist jetzt durch, ab nächster Woche kommt
        noch Paclitaxel wöchentlich für 12 Wochen, danach die Bestrahlung. Die
        OP war ja schon im Oktober. Arbeiten geht im Moment gar nicht, ich bin
        nach den Infusionen tagelang platt.

        Die Diagnose steht drauf (C50.4), falls Sie die noch brauchen für die
        Akte. Mein KT-Vertrag ist die 6150-302218.

        Danke, dass das immer so unkompliziert läuft.
        Katja Sommer
        """))
    return m


@mail(127, N, "de", "insurer-to-partner",
      "trap: anonymised large liability bodily-injury claims list (XLSX) for the reinsurer with age bands and injury categories only")
def m0127(n):
    m = new(n, FROM("ramaswamy"), "Treaty Underwriting Nordic Atlas Re <treaty@atlas-re.example>",
            "Haftpflicht-XL 2027 - anonymisierte Großschadenliste Personenschäden",
            when(10, 12, 10, 20),
            cc="Mirela Jurić <m.juric@kranichsteiner.example>")
    text(m, B("""
        Sehr geehrte Damen und Herren,

        für die Erneuerung unseres Haftpflicht-Schadenexzedenten zum 01.01.2027
        anbei die Großschadenliste Personenschäden (Schadenaufwand > 250 TEUR,
        Schadenjahre 2016-2025).

        Die Liste ist anonymisiert: keine Namen, keine Schadennummern, Alter nur
        in Zehnerbändern, Verletzungen nur als Kategorie, Schadenjahre zu
        Zeitblöcken mit jeweils mindestens drei Großschäden zusammengefasst.
        Einzelfallinformationen stellen wir nur im Rahmen der vertraglichen
        Schadenmeldungen zur Verfügung.

        Für Rückfragen stehen Frau Jurić (Schaden) und ich zur Verfügung.

        Mit freundlichen Grüßen
        """, "ramaswamy"))
    attach(m, xlsx([
        ("Großschäden PS", [
            ["Schadenjahr", "Sparte", "Geschädigte/r Altersband", "Verletzungskategorie", "Aufwand TEUR (Zahlung+Reserve)", "Status"],
            ["2016-2018", "Privathaftpflicht", "30-39", "Querschnittlähmung", 3120, "offen"],
            ["2016-2018", "Betriebshaftpflicht", "40-49", "Schädel-Hirn-Trauma schwer", 1870, "abgeschlossen"],
            ["2016-2018", "Haus- und Grundbesitzer", "70-79", "Hüftfraktur mit Pflegebedürftigkeit", 410, "abgeschlossen"],
            ["2019-2021", "Privathaftpflicht", "0-9", "Schädel-Hirn-Trauma schwer", 2640, "offen"],
            ["2019-2021", "Betriebshaftpflicht", "50-59", "Amputation untere Extremität", 780, "abgeschlossen"],
            ["2019-2021", "Betriebshaftpflicht", "20-29", "Polytrauma", 690, "abgeschlossen"],
            ["2022-2023", "Berufshaftpflicht Heilwesen", "0-9", "Geburtsschaden", 4950, "offen"],
            ["2022-2023", "Privathaftpflicht", "60-69", "Polytrauma", 560, "offen"],
            ["2022-2023", "Tierhalterhaftpflicht", "40-49", "Polytrauma (Reitunfall)", 1210, "offen"],
            ["2024-2025", "Betriebshaftpflicht", "20-29", "Verbrennungen schwer", 1480, "offen"],
            ["2024-2025", "Privathaftpflicht", "10-19", "Querschnittlähmung", 2900, "offen"],
            ["2024-2025", "Haus- und Grundbesitzer", "70-79", "Schädel-Hirn-Trauma", 330, "offen"],
        ]),
    ], author="Rückversicherung"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Grossschaeden_PS_2016-2025_anonymisiert.xlsx")
    return m


@mail(128, N, "en", "insurer-to-supplier",
      "trap: office move schedule with a removal company, including sealed crates of claim files; no file contents or persons")
def m0128(n):
    m = new(n, FROM("kolodziej"), "Project Office Relo-Partners <projects@relo-partners.example>",
            "Office move building A to C - schedule weeks 45-47 and handling of claim files",
            when(10, 22, 11, 50))
    text(m, B("""
        Dear Mr Novak,

        following our site visit, here is the confirmed schedule (we write in
        English for your crew leaders):

          Week 45   Customer service and branch office (floors 1-2 of
                    building A) -> building C, floor 1
          Week 46   Accident and liability claims (floor 2) -> C, floor 2
          Week 47   Life/disability claims and health claims (floors 3-4)
                    -> C, floor 3

        Important for weeks 46 and 47: the claims departments still hold paper
        files with medical reports and expert opinions. These are packed by
        our own staff into the grey security crates, sealed with numbered
        seals and listed. Your crew may only move sealed crates, must not
        open them, and the crates must never be left unattended in the
        courtyard or in the lorry. A member of our staff will accompany each
        load.

        Please send the names of the crew members for weeks 46 and 47 by
        30 October, so that reception can issue visitor badges.

        Mit freundlichen Grüßen / kind regards
        """, "kolodziej"))
    return m


@mail(129, S, "en", "insurer-to-company",
      "group life: death of a named employee (cardiac arrest), death benefit based on salary, documents requested from HR")
def m0129(n):
    m = new(n, FROM("whitcombe"), "Rachel Dunmore <rachel.dunmore@tessaro.example>",
            "Group life policy GL 9003-000044 - death of Mr Andrew Kemp - next steps",
            when(11, 17, 15, 22))
    text(m, B("""
        Dear Rachel,

        thank you for letting us know, and please pass on our condolences to
        Mr Kemp's colleagues and family.

        We have registered the death of your employee Mr Andrew Kemp (born
        4 March 1975, staff no. 10388), who died on 9 November 2026 after a
        cardiac arrest while running near his home in Heidelberg. Under the
        group life policy GL 9003-000044 the death benefit is two times his
        annual base salary at the date of death. With the base salary of
        EUR 96,000 you reported in the 2026 census, the benefit is
        EUR 192,000.

        To pay the benefit we need:
          1. a certified copy of the death certificate,
          2. the medical certificate of the cause of death (our form - the
             treating hospital or the family doctor can complete it; we
             do not need the autopsy report unless one was performed),
          3. the beneficiary nomination form Mr Kemp signed (according to
             our records, nomination of 2021 in favour of his wife, Mrs
             Sarah Kemp),
          4. a payroll confirmation of his salary at the date of death.

        Please send the medical certificate via the secure upload link, not by
        e-mail. We will contact Mrs Kemp directly once we have the documents,
        unless you would prefer to inform her first.
        """, "whitcombe"))
    return m


@mail(130, N, "en", "insurer-to-customer",
      "trap: automated notice that a portal password was reset using the security question; no contract or personal data")
def m0130(n):
    m = new(n, "Kranichsteiner Customer Portal <noreply-portal@kranichsteiner.example>",
            "m.bianchi-roth@mailbox-hessen.example",
            "Your password was changed",
            when(12, 3, 21, 47),
            extra=[("Auto-Submitted", "auto-generated")])
    text(m, T("""
        Hello,

        the password for your "My Kranichsteiner" customer portal account was
        changed on 3 December 2026 at 21:46 (CET) after the security question
        was answered correctly.

        If this was you, no action is needed.

        If this was not you, please call us immediately on +49 6151 5550-2222
        (24/7). We will lock the account and send you a new one-time password
        by post.

        For your security we never ask for your password, your security answer
        or one-time passwords by e-mail or phone.

        Kranichsteiner Versicherungsgruppe
        This message was generated automatically. Please do not reply.
        """))
    return m



@mail(131, C, "de", "company",
      "forwarded property manager's mail naming tenants and the owner's buildings policy after a burst pipe; no health data")
def m0131(n):
    m = new(n, FROM("ammon"), "Dipl.-Ing. Petra Wolff <buero@bausv-wolff.example>",
            "WG: Leitungswasserschaden Heinrichstraße 88 - WG 5120-031870",
            when(12, 8, 11, 3))
    text(m, T("""
        Sehr geehrte Frau Wolff,

        wie telefonisch besprochen: Bitte begutachten Sie den unten
        beschriebenen Schaden (Ursache, Umfang, Trocknungskonzept). Die
        Hausverwaltung vereinbart den Termin mit den Mietern. Unsere
        Schadennummer: 41-WG-2026-01902.

        Freundliche Grüße
        Frederik Ammon

        ---------- Weitergeleitete Nachricht ----------
        Von: Hausverwaltung Lenz & Partner <technik@hv-lenz.example>
        Datum: Mo., 7. Dez. 2026 um 16:40
        Betreff: Leitungswasserschaden Heinrichstraße 88 - WG 5120-031870
        An: <sach-schaden@kranichsteiner.example>

        Sehr geehrte Damen und Herren,

        für das von uns verwaltete Objekt Heinrichstraße 88, 64283 Darmstadt
        (Eigentümer: Herr Dr. Clemens Hagedorn, Ihr Vertrag WG 5120-031870)
        melden wir einen Leitungswasserschaden:

        Am Sonntag ist in der Wohnung 2. OG rechts (Mieter: Herr Arne Lüdecke)
        eine Steigleitung hinter der Küchenzeile undicht geworden. Betroffen
        sind außerdem die Wohnungen 1. OG rechts (Mieterin: Frau Selma Okun)
        und EG rechts (Mieter: Eheleute Karl und Waltraud Sieber); dort sind
        Deckenflecken und nasse Wände im Bad und in der Küche.

        Der Installateur hat die Leitung provisorisch abgedichtet. Die Mieter
        wurden gebeten, ihre Hausratversicherungen zu informieren.

        Mit freundlichen Grüßen
        Jens Lenz
        Hausverwaltung Lenz & Partner, Rheinstraße 30, 64283 Darmstadt
        """))
    return m


@mail(132, S, "en", "insurer-to-customer",
      "mobile reply: named insured broke two front teeth in an e-scooter fall; accident policy cover for dental prosthesis")
def m0132(n):
    m = new(n, FROM("quandel"), "Ravi Chandran <ravi.chandran@inboxmail.example>",
            "Re: teeth broken after scooter fall - UV 5520-209944",
            when(5, 9, 19, 6),
            irt="<CAJr8b2x9Q@mail.inboxmail.example>")
    text(m, T("""
        Dear Mr Chandran,

        sorry to hear that - I hope the lip has healed. Short answer from my
        phone: yes, your accident policy covers dental prosthesis after an
        accident up to EUR 5,000, on top of what your health insurance pays.
        Please send me the dentist's treatment plan for the two front teeth
        (11 and 21) before the crowns are made, plus the A&E report from
        Thursday night.

        More details on Monday.
        Tobias Quandel
        Sent from my mobile

        > On 9 May 2026, at 17:51, Ravi Chandran wrote:
        >
        > Hi, I fell off an e-scooter on Thursday on the way home (pothole in
        > Heinheimer Str.), hit my face on the kerb. Two front teeth are broken,
        > one at the root according to the emergency dentist, also 4 stitches in
        > the upper lip. Dentist says probably implant + crown. Is this covered
        > by my accident insurance? Policy UV 5520-209944.
        > Ravi
        """))
    return m


@mail(133, N, "de", "internal",
      "trap: quarterly liability loss ratios and claim counts (CSV) for controlling; aggregates only")
def m0133(n):
    m = new(n, "Controlling Schaden/Unfall <controlling-su@kranichsteiner.example>",
            "Bereichsleitung Haftpflicht <bl-haftpflicht@kranichsteiner.example>",
            "Schadenquoten Haftpflicht Q1-Q3/2026",
            when(10, 14, 16, 12))
    text(m, T("""
        Hallo zusammen,

        anbei die Quartalswerte Haftpflicht bis einschließlich Q3 für die
        Hochrechnung. Auffällig ist Q2 in der Betriebshaftpflicht (zwei
        Personen-Großschäden); bereinigt liegt die Quote bei 64 %.

        Die Daten sind auch im BI-Cockpit unter Haftpflicht > Quoten.

        Gruß
        Controlling Schaden/Unfall
        """))
    csvtext = T("""
        Quartal;Sparte;Beitrag_verdient_TEUR;Schadenaufwand_TEUR;Schadenquote_%;Anzahl_Schaeden;davon_Personenschaeden
        Q1/2026;Privathaftpflicht;18420;10310;56,0;6112;212
        Q1/2026;Betriebshaftpflicht;9840;6590;67,0;1488;97
        Q1/2026;Tierhalterhaftpflicht;2210;1470;66,5;702;88
        Q2/2026;Privathaftpflicht;18510;11290;61,0;6480;240
        Q2/2026;Betriebshaftpflicht;9890;9390;94,9;1532;104
        Q2/2026;Tierhalterhaftpflicht;2230;1510;67,7;731;95
        Q3/2026;Privathaftpflicht;18640;10810;58,0;6295;219
        Q3/2026;Betriebshaftpflicht;9930;6250;62,9;1470;91
        Q3/2026;Tierhalterhaftpflicht;2240;1620;72,3;758;102
        """)
    attach(m, csvtext, "text/csv", "Haftpflicht_Quoten_Q1-Q3_2026.csv")
    return m


@mail(134, C, "en", "insurer-to-customer",
      "trip cancellation refund after a named customer's job loss (employer termination); claim number, amount; no health data")
def m0134(n):
    m = new(n, FROM("lindqvist"), "Liam O'Connor <liam.oconnor@webmailer.example>",
            "Your trip cancellation claim RR-2026-02290 - Lisbon, October",
            when(9, 14, 11, 48))
    text(m, B("""
        Dear Mr O'Connor,

        we have checked your claim under the trip cancellation insurance
        RR 8830-071152. Your employer, Kovalent Software GmbH, terminated your
        employment for operational reasons on 25 August 2026; the trip to
        Lisbon (4-11 October 2026) was booked on 3 May. Unexpected loss of
        employment through termination by the employer is an insured reason
        for cancellation, so we can pay:

          cancellation fees of the tour operator (70 %)   EUR 1,862.00
          less deductible (10 %, min. EUR 25)             EUR  -186.20
          payment                                         EUR 1,675.80

        The payment goes to the account from which the premium is collected.

        Good luck with the job search.
        """, "lindqvist"))
    return m


@mail(135, S, "de", "insurer-to-therapist",
      "health insurance: cost approval for behavioural therapy of a named insured with recurrent depression (F33.1), sent to the psychotherapist")
def m0135(n):
    m = new(n, FROM("nehrkorn"), "Dipl.-Psych. Anke Lüders <praxis@psychotherapie-lueders.example>",
            "Kostenzusage Verhaltenstherapie - Herr Sebastian Kröger, geb. 26.01.1985",
            when(11, 12, 14, 25))
    text(m, B("""
        Sehr geehrte Frau Lüders,

        nach Prüfung Ihres Berichts vom 02.11.2026 übernehmen wir für Ihren
        Patienten, Herrn Sebastian Kröger (Versicherungsnummer KV 6120-511380),
        die Kosten einer Verhaltenstherapie als Langzeittherapie:

          Diagnose laut Bericht:  rezidivierende depressive Störung, gegen-
                                  wärtig mittelgradige Episode (F33.1)
          bewilligt:              24 Sitzungen Einzeltherapie à 50 Minuten
                                  (GOP 870 GOÄ, bis 2,3-facher Satz)
          Zeitraum:               bis 31.12.2027

        Die 5 probatorischen Sitzungen sind bereits abgerechnet. Für eine
        Verlängerung über 24 Sitzungen hinaus benötigen wir rechtzeitig einen
        kurzen Verlängerungsbericht.

        Herr Kröger hat eingewilligt, dass wir Ihnen diese Zusage direkt
        schicken. Bitte reichen Sie Ihre Rechnungen weiterhin über Herrn
        Kröger ein, da sein Tarif keine Direktabrechnung vorsieht.
        """, "nehrkorn"))
    return m


@mail(136, N, "de", "newsletter",
      "trap: HTML-only customer information about the new SecureMail portal and consent for e-mail; no personal data")
def m0136(n):
    m = new(n, "Kranichsteiner Kundenservice <service@kranichsteiner.example>",
            "Kundeninformation <kundeninfo@lists.kranichsteiner.example>",
            "Neu: Ihre Gesundheitsunterlagen sicher per SecureMail",
            when(4, 27, 8, 0),
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://www.kranichsteiner.example/kompass/abmelden>")])
    html(m, T("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>SecureMail</title></head>
        <body style="margin:0;font-family:Arial,sans-serif;background:#f2f4f5">
        <div style="max-width:620px;margin:auto;background:#fff;padding:24px">
        <h1 style="font-size:22px;color:#0b5a7a">Ihre Gesundheitsunterlagen - sicher und schnell</h1>
        <p>Arztberichte, Krankenhausrechnungen, Gutachten oder Leistungsabrechnungen aus Ihrer Kranken-,
        Lebens- oder Unfallversicherung enthalten besonders schützenswerte Daten. Ab dem 1. Mai schicken
        wir Ihnen solche Unterlagen auf Wunsch über unser <b>SecureMail-Portal</b> statt per Post.</p>
        <h2 style="font-size:17px">So funktioniert es</h2>
        <ol>
          <li>Sie bekommen eine E-Mail: &bdquo;Sie haben eine neue sichere Nachricht&ldquo; - ohne Inhalt.</li>
          <li>Sie melden sich im Portal an und lesen die Nachricht dort.</li>
          <li>Antworten und Belege laden Sie ebenfalls im Portal hoch.</li>
        </ol>
        <h2 style="font-size:17px">Lieber ganz normal per E-Mail?</h2>
        <p>Das ist möglich, wenn Sie uns ausdrücklich einwilligen. Die Einwilligung können Sie im
        Kundenportal unter <i>Einstellungen &gt; Kommunikation</i> erteilen und jederzeit widerrufen.</p>
        <p><a href="https://securemail.kranichsteiner.example/" style="background:#0b5a7a;color:#fff;padding:10px 16px;text-decoration:none">Zum SecureMail-Portal</a></p>
        <p style="font-size:11px;color:#777">Kranichsteiner Versicherungsgruppe, Lichtwiesenring 40, 64289 Darmstadt.
        <a href="https://www.kranichsteiner.example/kompass/abmelden">Abmelden</a></p>
        </div></body></html>
        """))
    return m


@mail(137, N, "en", "insurer-to-partner",
      "trap: notice to partners of the insurer's own new bank account (company IBAN) and fraud warning; no personal data")
def m0137(n):
    m = new(n, "Kranichsteiner Treasury <treasury@kranichsteiner.example>",
            "Partner list international <partners-intl@lists.kranichsteiner.example>",
            "Change of bank account - Kranichsteiner Versicherungsgruppe - effective 1 July 2026",
            when(6, 1, 9, 0))
    text(m, T("""
        Dear business partners,

        please note that from 1 July 2026 payments to the companies of the
        Kranichsteiner Insurance Group (reinsurance balances, recoveries,
        refunds) should be made to our new account:

          Account holder:  Kranichsteiner Versicherungsgruppe - Zentralinkasso
          Bank:            Landesbank Südhessen, Darmstadt
          IBAN:            DE22 8221 4897 5424 2241 86
          BIC:             LBSHDE5DXXX

        The old account at Südhessische Handelsbank will remain open until 31 December 2026.

        Fraud warning: we will never announce a change of bank details by
        e-mail alone. This notice is also sent by letter, and you can verify
        it with your usual contact or by calling our treasury desk on
        +49 6151 5550-1900. If you receive a different account number by
        e-mail, please do not pay and inform us.

        Kind regards
        Treasury
        Kranichsteiner Versicherungsgruppe
        """))
    return m


@mail(138, S, "en", "insurer-to-lawyer",
      "private liability: named British skier's knee ligament injuries after a collision with the insured, medical evidence, liability split")
def m0138(n):
    m = new(n, FROM("juric"), "Tom Ashworth <t.ashworth@pemberton-shah.example>",
            "Your client Charlotte Pennington - skiing collision Sölden 3 February 2026 - our ref. 51-HP-2026-000514",
            when(5, 27, 10, 45))
    text(m, B("""
        Dear Mr Ashworth,

        we refer to your letter of 30 April 2026. We are the private
        liability insurers of Mr Markus Feiler, Darmstadt.

        Your client, Ms Charlotte Pennington (born 6 June 1992), and our
        insured collided on the blue run no. 4 in Sölden on 3 February 2026.
        According to the medical reports you enclosed, your client suffered a
        complete rupture of the anterior cruciate ligament and a grade II
        tear of the medial collateral ligament of the right knee. She
        underwent ACL reconstruction in Manchester on 2 March 2026 and was
        unable to work as a physiotherapist for 10 weeks.

        On liability, the statements differ: Mr Feiler says your client
        swung out of her lane without looking uphill; your client says
        Mr Feiler came from above at high speed. Under rule 1 and 3 of the
        FIS rules the skier coming from above must choose a course that does
        not endanger the skier below, but your client's sudden change of
        direction also contributed. We propose a liability split of 70:30 in
        your client's favour.

        On that basis we offer:
          pain and suffering (Austrian/German standard)   EUR 9,000
          loss of earnings (10 weeks, net, as evidenced)   GBP 6,120
          treatment costs not covered by the NHS            GBP 2,380
          each at 70 %.

        We would need the GP records for the two years before the accident
        to rule out earlier knee problems before a final settlement.

        Yours sincerely,
        """, "juric"))
    return m


@mail(139, N, "en", "insurer-to-partner",
      "trap: conference call (ICS) with the reinsurer on post-COVID disability claim trends, aggregated figures only")
def m0139(n):
    m = new(n, FROM("derwald"), "Dr. Sofie Lindgaard <sofie.lindgaard@atlas-re.example>",
            "Call 17 Nov: post-COVID in disability claims - experience exchange",
            when(11, 2, 13, 14),
            cc="Priya Ramaswamy <p.ramaswamy@kranichsteiner.example>, Dr. Arne Feldkamp <a.feldkamp@kranichsteiner.example>")
    text(m, B("""
        Dear Sofie,

        thanks for suggesting the exchange. Calendar entry attached. From our
        side we can share:

          - number of BU claims with post-COVID (U09.9) as the main cause:
            2023: 6, 2024: 11, 2025: 14, 2026 to date: 12
          - acceptance rate 58 % (all lines 68 %), mostly with time-limited
            acknowledgements
          - first recoveries: 4 of the 2023/2024 cases have returned to work

        We would be interested in your pooled market data, especially on
        recovery rates after two years and on how other cedants handle the
        follow-up reviews. Only aggregate figures please - no case files.
        """, "derwald"))
    ics = ical(T("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E0080000000010c0ffee2026@kranichsteiner.example
        DTSTAMP:20261102T121400Z
        DTSTART:20261117T140000Z
        DTEND:20261117T150000Z
        SUMMARY:Post-COVID in disability claims - Kranichsteiner / Nordic Atlas Re
        LOCATION:Microsoft Teams
        DESCRIPTION:Experience exchange on post-COVID disability claims. Aggregate data only.
        ORGANIZER;CN="Dr. Lukas Derwald":mailto:l.derwald@kranichsteiner.example
        ATTENDEE;CN="Dr. Sofie Lindgaard";RSVP=TRUE:mailto:sofie.lindgaard@atlas-re.example
        ATTENDEE;CN="Priya Ramaswamy";RSVP=TRUE:mailto:p.ramaswamy@kranichsteiner.example
        ATTENDEE;CN="Dr. Arne Feldkamp";RSVP=TRUE:mailto:a.feldkamp@kranichsteiner.example
        END:VEVENT
        END:VCALENDAR
        """))
    attach(m, ics, "text/calendar", "PostCOVID_call.ics")
    return m


@mail(140, C, "de", "insurer-to-customer",
      "hail damage to a named homeowner's solar panels: PV policy, claim number, address, expert appointment, amounts")
def m0140(n):
    m = new(n, FROM("ammon"), "Gernot Blumenthal <g.blumenthal@t-netz.example>",
            "Hagelschaden an Ihrer Photovoltaikanlage - 41-PV-2026-00356",
            when(6, 22, 15, 5))
    text(m, B("""
        Sehr geehrter Herr Blumenthal,

        der Sachverständige, Herr Dipl.-Ing. Reitz, war am Freitag bei Ihnen in
        der Lindenstraße 14 in Bickenbach. Sein Ergebnis: 11 der 28 Module
        Ihrer Anlage haben durch den Hagel vom 14. Juni Mikrorisse und zwei
        Module sichtbare Glasbrüche. Die Leistung der Anlage ist um etwa 30 %
        gesunken.

        Aus Ihrer Photovoltaikversicherung PV 5290-004127 übernehmen wir:

          13 Ersatzmodule (Nachfolgetyp, 430 Wp)       3.146,00 EUR
          Montage, Gerüst, Entsorgung                  2.480,00 EUR
          Ertragsausfall bis zur Reparatur (geschätzt)   210,00 EUR
          abzüglich Selbstbeteiligung                   -250,00 EUR
          vorläufige Entschädigung                     5.586,00 EUR

        Den Ertragsausfall rechnen wir nach der Reparatur anhand der
        Einspeisedaten genau ab. Sie können den Solarteur jetzt beauftragen.
        """, "ammon"))
    return m



@mail(141, S, "de", "internal",
      "ODS reserve list of open liability bodily-injury claims with named injured persons, injuries and reserves; body harmless")
def m0141(n):
    m = new(n, FROM("juric"), "Bereichsleitung Haftpflicht <bl-haftpflicht@kranichsteiner.example>",
            "Reserveüberprüfung Personenschäden > 100 TEUR - Stand 30.09.2026",
            when(10, 6, 17, 20),
            cc="Yusuf Demirel <y.demirel@kranichsteiner.example>")
    text(m, B("""
        Hallo Frau Dr. Imbery,

        anbei die Liste für die Reserveüberprüfung zum 30.09. (nur die offenen
        Personenschäden mit Reserve über 100 TEUR). Die Veränderungen
        gegenüber Juni sind in der letzten Spalte begründet. Besprechung wie
        geplant am Donnerstag.

        Bitte die Datei nicht weiterleiten - sie enthält Klarnamen.
        """, "juric"))
    attach(m, ods([
        ("Reserven PS 09-2026", [
            ["Schaden-Nr.", "Geschädigte/r", "geb.", "Verletzungen", "Reserve TEUR", "Veränderung"],
            ["52-KH-2025-004921", "Irmgard Seibold", "04.08.1947", "Schenkelhalsfraktur, Hüft-TEP, Gehhilfe", 118, "+20 (Pflegebedarf möglich)"],
            ["52-KH-2025-006630", "Moritz Albers", "02.04.1990", "SHT 2. Grades, Anpassungsstörung, GdB 30", 240, "+90 (Klageandrohung, Verdienstausfall)"],
            ["51-HP-2025-003310", "Emilia Franke", "19.03.2019", "Bissverletzung Wange, Narbe", 105, "unverändert"],
            ["52-KH-2026-001207", "Nele Ostrowski", "15.07.1999", "distale Radiusfraktur, Kopfplatzwunde", 110, "neu"],
            ["61-BH-2024-000871", "Dragan Ilić", "11.11.1981", "Verbrennungen 2./3. Grades 18 % KOF", 1480, "-40 (Reha abgeschlossen)"],
            ["51-HP-2025-000092", "Leon Wertheimer", "23.01.2010", "inkomplette Querschnittlähmung Th10", 2900, "unverändert"],
        ]),
    ]), "application/vnd.oasis.opendocument.spreadsheet", "Reserven_Personenschaeden_2026-09.ods")
    return m


@mail(142, N, "de", "insurer-to-broker",
      "trap: access instructions for a new user of a broker firm (portfolio rights, one-time password by SMS); no customer data")
def m0142(n):
    m = new(n, FROM("strathmann"), "Tim Kessler <kessler@maklerkontor-bergstrasse.example>",
            "Neuer Benutzer im Maklerportal: Frau Sarah Dreher - Freischaltung",
            when(2, 18, 10, 10))
    text(m, B("""
        Hallo Herr Kessler,

        als Makleradministrator Ihrer Firma haben Sie für Frau Sarah Dreher
        einen Zugang zum Maklerportal beantragt. Wir haben den Benutzer
        angelegt:

          Benutzername:      s.dreher.0041
          Rolle:             Sachbearbeitung
          Bestandsrechte:    Sach/HUK und Kfz - lesen und bearbeiten;
                             Leben/Kranken/Unfall - keine (wie beantragt)

        Das Einmal-Passwort geht per SMS an die von Ihnen angegebene
        Mobilnummer von Frau Dreher, nicht per E-Mail. Beim ersten Login muss
        sie ein eigenes Passwort vergeben und eine Sicherheitsfrage wählen.

        Zur Erinnerung: Jeder Zugriff auf Kundendaten wird protokolliert. Wenn
        Frau Dreher später auch Leben/BU bearbeiten soll, können Sie die
        Rechte selbst in der Benutzerverwaltung erweitern.
        """, "strathmann"), charset="windows-1252")
    return m


@mail(143, C, "en", "insurer-to-customer",
      "motor policy start for a named expat: plate, VIN, no-claims class taken over from a foreign insurer, premium")
def m0143(n):
    m = new(n, FROM("lindqvist"), "Ingrid Sundberg <ingrid.sundberg@netmail.example>",
            "Your car is insured - KF 1180-447702 (DA-IS 2604)",
            when(4, 6, 16, 2))
    text(m, B("""
        Dear Ms Sundberg,

        the registration office has confirmed the registration of your car, so
        your motor insurance has now started:

          Policy:          KF 1180-447702
          Car:             Polestar 2, VIN LPSVSEDEEML048221
          Registration:    DA-IS 2604, registered 2 April 2026
          Cover:           third-party liability + comprehensive
                           (deductible EUR 500 / EUR 150 partial cover)
          No-claims class: SF 8, recognised on the basis of the certificate
                           from your Swedish insurer (8 claim-free years)
          Annual premium:  EUR 1,066.70

        The green card / international insurance certificate is in your
        customer portal. Please keep the printed policy schedule in the car
        when you drive to Sweden in summer - it is not mandatory, but it helps
        at border checks.
        """, "lindqvist"))
    return m


@mail(144, N, "en", "insurer-to-broker",
      "trap: release notes of the broker term-life quote tool (BMI, blood pressure and smoker questions); no applicant")
def m0144(n):
    m = new(n, "Broker Portal Team <makler-portal@kranichsteiner.example>",
            "brokers-en@lists.kranichsteiner.example",
            "Release notes: term life quote tool 3.2 (live from 15 September)",
            when(9, 10, 12, 0))
    text(m, T("""
        Dear broker partners,

        version 3.2 of the term life quote tool in the broker portal goes live
        on 15 September. What's new:

          - BMI check in the quote: height and weight are now asked before the
            price is shown. Outside BMI 18-32 the tool shows "individual
            underwriting required" instead of a price.
          - Blood pressure: a new optional question "treated high blood
            pressure, well controlled?" - if answered yes, a loading of
            +25 % is shown as an indicative price.
          - Smoker status: non-smoker prices now require 12 months without
            nicotine (previously 24), including e-cigarettes.
          - Anonymous risk pre-enquiry directly from the quote: the tool sends
            only age, sum insured and the health answers, no name.

        Quotes saved in version 3.1 remain valid for 4 weeks.

        Questions: makler-portal@kranichsteiner.example

        Your Broker Portal Team
        Kranichsteiner Lebensversicherung AG
        """))
    return m


@mail(145, N, "de", "internal",
      "trap: ODT minutes of the bodily-injury working group on assessment methods (tables, household damage, rehab criteria); no cases")
def m0145(n):
    m = new(n, FROM("demirel"), "AK Personenschaden <ak-personenschaden@kranichsteiner.example>",
            "Protokoll AK Personenschaden 22.09.2026",
            when(9, 24, 11, 40))
    text(m, B("""
        Liebe Kolleginnen und Kollegen,

        anbei das Protokoll unserer Sitzung vom Dienstag als ODT-Datei.
        Konkrete Fälle haben wir wie vereinbart nicht im Protokoll
        festgehalten.
        """, "demirel"), charset="iso-8859-1")
    attach(m, odt([
        ("h", "Arbeitskreis Personenschaden - Protokoll vom 22.09.2026"),
        "Teilnehmende: Jurić, Olbrich, Quandel, Demirel (Protokoll), Dr. Feldkamp (TOP 3)",
        ("h", "TOP 1 Schmerzensgeldbemessung"),
        "Für die Bemessung werden weiterhin die gängigen Schmerzensgeldtabellen als Orientierung genutzt. Neu: Bei Dauerschäden mit tagesgenauer Bemessung (taggenaue Berechnung nach Stufen) stimmt sich die Sachbearbeitung vor Angeboten über 50.000 EUR mit der Rechtsabteilung ab.",
        ("h", "TOP 2 Haushaltsführungsschaden"),
        "Stundensatz für Ersatzkräfte ab 01.10.2026: 15,00 EUR netto (bisher 12,00 EUR). Für den Zeitbedarf gelten die gängigen Tabellenwerke in der aktuellen Auflage; Abweichungen sind zu begründen.",
        ("h", "TOP 3 Reha-Management"),
        "Kriterien für die Einschaltung von CareWay: voraussichtliche Arbeitsunfähigkeit über 6 Monate, Schädel-Hirn-Trauma, Querschnittlähmung, Amputation, schwere Verbrennungen oder Polytrauma. Einwilligung der geschädigten Person ist immer vorher einzuholen.",
        ("h", "TOP 4 Verschiedenes"),
        "Nächste Sitzung: 08.12.2026.",
    ]), "application/vnd.oasis.opendocument.text", "Protokoll_AK_Personenschaden_2026-09-22.odt")
    return m


@mail(146, C, "en", "insurer-to-customer",
      "private liability claim declined (damage while helping a friend move, favour clause not in old tariff); named customer, policy; property only")
def m0146(n):
    m = new(n, FROM("olbrich"), "Dmitri Volkov <d.volkov@mailo.example>",
            "Your liability claim 51-HP-2026-002745 - damaged TV while helping with a move",
            when(7, 7, 10, 30))
    text(m, B("""
        Dear Mr Volkov,

        thank you for reporting the damage. On 27 June you helped your friend,
        Mr Paul Engel, move house in Griesheim, and while carrying his
        television down the stairs, it slipped and the screen broke (value
        according to the invoice: EUR 1,290). Nobody was hurt.

        Unfortunately we cannot pay this claim under your private liability
        policy PHV 7730-048816. Your policy is still on the 2011 tariff. In
        that tariff, damage caused while doing someone a favour free of charge
        is not covered, because in such cases German courts generally assume
        that liability for simple negligence is tacitly excluded - so you are
        not legally liable to pay for the TV, and your friend has no claim
        against you.

        Our current tariff "PHV Komfort" includes a favour clause
        (Gefälligkeitsschäden up to EUR 50,000). If you would like to switch
        for future cases, we can send you an offer; the premium would be
        EUR 7.20 higher per year.

        We are sorry we cannot give you better news.
        """, "olbrich"))
    return m


@mail(147, S, "en", "insurer-to-customer",
      "accident insurance: named insured's hearing loss and tinnitus after a firework accident, audiogram, invalidity per Gliedertaxe")
def m0147(n):
    m = new(n, FROM("quandel"), "Grace Adeyemi <grace.adeyemi@webmailer.example>",
            "Your accident claim UN 2026-01-0007 - hearing loss right ear - invalidity benefit",
            when(12, 10, 14, 15))
    text(m, B("""
        Dear Ms Adeyemi,

        the ENT expert's report (Dr. Tessmann, 24 November 2026) has now
        arrived. Thank you for your patience.

        As you know, on New Year's Eve a firework rocket exploded close to your
        right ear. The expert confirms a permanent sensorineural hearing loss
        of the right ear with a hearing loss of 65 % in the speech audiogram,
        and persistent tinnitus. Your left ear is normal.

        Under the Gliedertaxe of your accident policy UV 5520-188305, complete
        loss of hearing in one ear corresponds to 30 % invalidity. With a
        hearing loss of 65 %, the degree of invalidity is 65 % x 30 % =
        19.5 %. The expert assesses the tinnitus separately with an
        additional 5 %, so the total degree of invalidity is 24.5 %.

          Basic sum insured                       EUR 120,000
          Invalidity 24.5 % (no progression
          below 25 %)                             EUR  29,400
          Already paid as advance                 EUR  -5,000
          Payment                                 EUR  24,400

        You may ask for a re-examination within three years of the accident
        if your hearing changes.
        """, "quandel"), cte="base64")
    return m


@mail(148, N, "en", "insurer-to-supplier",
      "trap: service level agreement with a scanning supplier for incoming medical invoices and reports; volumes only")
def m0148(n):
    m = new(n, FROM("huesing"), "Account Management ScanBridge <accounts@scanbridge.example>",
            "SLA 2027 - inbound mail scanning (health claims) - our comments",
            when(11, 26, 15, 35))
    text(m, B("""
        Dear Mr Okoro,

        thank you for the draft SLA 2027. Our comments:

        1. Volumes: we expect about 1.9 million pages in 2027 for the health
           claims department (medical invoices, prescriptions, hospital bills,
           doctors' reports) and 0.4 million for life/accident claims.
        2. Turnaround: 95 % of documents scanned, classified and delivered to
           our archive within 24 hours; hospital bills with a due date within
           12 hours.
        3. Classification: the document types "Arztrechnung", "Rezept",
           "Krankenhausrechnung", "Befundbericht" and "Gutachten" must reach
           98 % accuracy; misrouted documents count as a data protection
           incident if they end up in the wrong department.
        4. Security: processing only in your Frankfurt site, staff bound by
           confidentiality under section 203 of the Criminal Code as
           co-workers; originals destroyed after 6 weeks (DIN 66399, P-4).

        Please send a revised version by 10 December.
        """, "huesing"))
    return m


@mail(149, C, "de", "insurer-to-lawyer",
      "ZIP of a property liability file for trial counsel: named insured and neighbour, addresses, policy, expert report; no injury")
def m0149(n):
    m = new(n, FROM("demirel"), "RA Dr. Jana Tiemann <j.tiemann@hollweg-tiemann.example>",
            "Prozessmandat AG Dieburg 21 C 312/26 - Brückner ./. Hallstein - Akte",
            when(11, 30, 16, 5))
    text(m, B("""
        Sehr geehrte Frau Kollegin Tiemann,

        vielen Dank, dass Sie das Mandat für unseren Versicherungsnehmer,
        Herrn Otmar Hallstein, übernehmen. Wie besprochen anbei die
        Schadenakte als ZIP-Datei (Sachverständigengutachten, Korrespondenz,
        Fotoverzeichnis).

        Kurz zum Stand: Die Kiefer auf dem Grundstück unseres VN ist beim
        Sturm am 14.06.2026 umgestürzt und hat die Garage und das Auto des
        Nachbarn, Herrn Joachim Brückner, beschädigt. Wir haben die Zahlung
        abgelehnt, weil der Baum nach dem Gutachten gesund war (höhere
        Gewalt, keine Verkehrssicherungspflichtverletzung). Herr Brückner
        klagt auf 23.480 EUR. Die Klageerwiderungsfrist endet am 21.12.2026.
        """, "demirel"))
    gutachten = pdf([
        "# Baumgutachten (Auszug)",
        "Sachverständigenbüro Grünwerk, ö. b. u. v. Sachverständiger für Baumstatik",
        "Auftraggeber: Kranichsteiner Allgemeine Versicherung AG, Schaden 51-HG-2026-001644",
        "Objekt: Grundstück Otmar Hallstein, Am Wingert 9, 64807 Dieburg",
        "",
        "Baum: Waldkiefer (Pinus sylvestris), Stammumfang 182 cm, Höhe ca. 21 m",
        "Befund: Wurzelteller vollständig ausgehebelt, keine Fäulnis, keine Pilzfruchtkörper,",
        "keine Vorschädigung erkennbar; letzte Baumkontrolle durch Gärtnerei 10/2025 ohne Befund.",
        "Windgeschwindigkeit laut DWD-Station Dieburg: Böen bis 112 km/h (Windstärke 11).",
        "Ergebnis: Der Baum war stand- und bruchsicher; das Umstürzen ist auf die",
        "außergewöhnliche Windlast bei aufgeweichtem Boden zurückzuführen.",
    ], title="Baumgutachten 51-HG-2026-001644")
    korrespondenz = crlf(T("""
        Korrespondenz 51-HG-2026-001644 (Übersicht)
        16.06.2026  Schadenmeldung VN Otmar Hallstein, Am Wingert 9, Dieburg (Vertrag HG 5140-009917)
        18.06.2026  Anspruchsschreiben Joachim Brückner, Am Wingert 11, Dieburg: Garage 14.900 EUR, Pkw 8.580 EUR
        02.07.2026  Auftrag Baumgutachten Grünwerk
        29.07.2026  Gutachten: Baum gesund, höhere Gewalt
        05.08.2026  Ablehnung gegenüber Herrn Brückner
        12.10.2026  Klage AG Dieburg, zugestellt 03.11.2026
        """))
    fotos = T("""
        nr;datei;motiv
        1;IMG_4410.jpg;umgestürzte Kiefer, Wurzelteller
        2;IMG_4411.jpg;Garage Brückner, eingedrücktes Dach
        3;IMG_4415.jpg;Pkw Brückner (DI-JB 77), Motorhaube
        4;IMG_4420.jpg;Stammquerschnitt ohne Fäulnis
        """)
    z = zipbytes([("Gutachten_Gruenwerk.pdf", gutachten),
                  ("Korrespondenz_Uebersicht.txt", korrespondenz),
                  ("Fotoverzeichnis.csv", fotos)],
                 when_=(2026, 11, 30, 15, 52, 10))
    attach(m, z, "application/zip", "Akte_51-HG-2026-001644.zip")
    return m


@mail(150, S, "de", "insurer-to-customer",
      "accident pension for a named insured after a fall with subdural haematoma (S06.5); diagnosis and invalidity degree only in the ODT letter")
def m0150(n):
    m = new(n, FROM("quandel"), "Brigitte Haas <brigitte.haas@t-netz.example>",
            "Ihre Unfallrente - Bescheid",
            when(12, 16, 10, 40),
            cc="Andreas Haas <andreas.haas@t-netz.example>")
    text(m, B("""
        Sehr geehrte Frau Haas,

        wie am Telefon mit Ihnen und Ihrem Sohn besprochen, erhalten Sie
        unseren Bescheid vorab als Datei; das Original kommt mit der Post.
        """, "quandel"))
    attach(m, odt([
        ("h", "Bescheid über die Unfallrente"),
        "Kranichsteiner Allgemeine Versicherung AG - Leistung Unfall - Darmstadt, 16.12.2026",
        "",
        "Versicherte Person: Brigitte Haas, geb. 30.05.1952, Hügelstraße 19, 64283 Darmstadt",
        "Vertrag: UV 5520-027561 (Unfallversicherung mit Unfallrente)   Schaden: UN 2025-10-2207",
        "",
        "Sehr geehrte Frau Haas,",
        "",
        "am 18.10.2025 sind Sie beim Aussteigen aus der Straßenbahn gestürzt und mit dem Kopf auf die Bordsteinkante geschlagen. Dabei erlitten Sie ein Schädel-Hirn-Trauma mit subduralem Hämatom rechts (S06.5), das am selben Tag operativ entlastet wurde.",
        "",
        "Nach dem neurologischen Gutachten von Dr. med. Hanna Stier vom 20.11.2026 bestehen dauerhaft eine Halbseitenschwäche links, Gleichgewichts- und Gedächtnisstörungen. Einen Zusammenhang mit einem Schlaganfall oder einer Vorerkrankung hat die Gutachterin ausgeschlossen. Den Invaliditätsgrad bewertet sie mit 55 %.",
        "",
        "Ihr Vertrag sieht ab einem Invaliditätsgrad von 50 % eine lebenslange Unfallrente vor. Sie erhalten daher:",
        "- eine monatliche Unfallrente von 1.000,00 EUR, rückwirkend ab dem 01.10.2025 (Beginn des Unfallmonats),",
        "- die Nachzahlung für Oktober 2025 bis Dezember 2026 von 15.000,00 EUR,",
        "- zusätzlich die Invaliditätsleistung aus der Grundsumme: 55 % von 50.000 EUR = 27.500,00 EUR.",
        "",
        "Die Rente wird jeweils zum Monatsersten auf Ihr Konto überwiesen. Bitte teilen Sie uns mit, wenn sich Ihre Bankverbindung oder Anschrift ändert.",
        "",
        "Mit freundlichen Grüßen",
        "Tobias Quandel, Leistung Unfallversicherung",
    ]), "application/vnd.oasis.opendocument.text", "Bescheid_Unfallrente_UN2025-10-2207.odt")
    return m



def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build(HERE)
    print(f"wrote {len(MAILS)} mails to {os.path.join(HERE, 'mails')} and labels.tsv")


if __name__ == "__main__":
    main()
