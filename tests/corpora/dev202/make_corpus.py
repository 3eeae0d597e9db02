#!/usr/bin/env python3
"""Independent labelled mail corpus for Siegel (dev202, prefix d202-).

150 fictitious e-mails of the fictitious insurer "Weserland Versicherungsgruppe"
(domain weserland.example), each labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL.  Python standard library only.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds into a temp dir, compares, validates

Layout: infrastructure (MIME, office files, PDF, checks), STAFF signatures and
footers, then the section MAILS where every mail is written on its own.
"""
import datetime as _dt
import hashlib
import io
import os
import re
import sys
import tempfile
import textwrap
import zipfile
import zlib
from email import policy as _policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as _xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d202-"
DOMAIN = "weserland.example"
SMTP = _policy.SMTP

# ---------------------------------------------------------------------------
# dates, ids
# ---------------------------------------------------------------------------
_CET = _dt.timezone(_dt.timedelta(hours=1))
_CEST = _dt.timezone(_dt.timedelta(hours=2))


def _tz_for(y, mo, d, h):
    # EU summer time 2026: 29 March 01:00 UTC .. 25 October 01:00 UTC
    t = (mo, d, h)
    return _CEST if (3, 29, 3) <= t < (10, 25, 3) else _CET


def date(s):
    """'2026-01-12 09:14:03' -> RFC 5322 date in German local time."""
    s = s.strip()
    if len(s) == 16:
        s += ":00"
    y, mo, d = int(s[0:4]), int(s[5:7]), int(s[8:10])
    h, mi, se = int(s[11:13]), int(s[14:16]), int(s[17:19])
    return format_datetime(_dt.datetime(y, mo, d, h, mi, se, tzinfo=_tz_for(y, mo, d, h)))


def mid(seed, host=None, style="plain"):
    """Deterministic Message-ID from a seed text."""
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest().upper()
    if style == "outlook":
        return "<%s%s@%s>" % ("FR3P281MB", h[:20], host or "FR3P281MB1425.DEUP281.PROD.OUTLOOK.example")
    if style == "tb":
        return "<%s-%s-%s@%s>" % (h[:8].lower(), h[8:12].lower(), h[12:16].lower(), host or DOMAIN)
    if style == "iphone":
        return "<%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:28], host or DOMAIN)
    return "<%s.%s@%s>" % (h[:16].lower(), h[16:24].lower(), host or ("mail." + DOMAIN))


# ---------------------------------------------------------------------------
# corpus registry
# ---------------------------------------------------------------------------
MAILS = []          # (func, label, lang, kind, reason)
_CUR = {"n": 0}


def mail(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(f):
        MAILS.append((f, label, lang, kind, reason))
        return f
    return deco


MAILERS = {
    "outlook": "Microsoft Outlook 16.0",
    "owa": None,
    "tb": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
    "iphone": "iPhone Mail (22C152)",
    "notes": "Lotus Notes Release 9.0.1FP10 SHF68",
    "system": None,
}


def new(frm, to, subject, when, cc=None, bcc=None, reply_to=None, irt=None, refs=None,
        client="outlook", extra=None, msgid=None):
    """Start a message: headers only."""
    m = EmailMessage(policy=SMTP)
    q = lambda v: v and re.sub(r'(^|, )([^"<>,]*\.[^"<>,]*?) <', lambda mo: '%s"%s" <' % (mo.group(1), mo.group(2)), v)
    frm, to, cc = q(frm), q(to), q(cc)
    m["From"] = frm
    if to:
        m["To"] = to
    if cc:
        m["Cc"] = cc
    if bcc:
        m["Bcc"] = bcc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date(when)
    style = {"outlook": "outlook", "tb": "tb", "iphone": "iphone"}.get(client, "plain")
    m["Message-ID"] = msgid or mid("%d|%s|%s" % (_CUR["n"], subject, when), style=style)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    elif refs:
        m["References"] = refs
    if client == "outlook":
        m["X-Mailer"] = MAILERS["outlook"]
        m["Thread-Topic"] = re.sub(r"^((AW|WG|RE|FW|Fwd|WG|Re): ?)+", "", subject)
    elif client == "tb":
        m["User-Agent"] = MAILERS["tb"]
    elif client == "iphone":
        m["X-Mailer"] = MAILERS["iphone"]
    elif client == "notes":
        m["X-Mailer"] = MAILERS["notes"]
    for k, v in (extra or []):
        m[k] = v
    return m


def lang_en(m):
    return m


def plain(m, body, charset="utf-8", cte="quoted-printable", flowed=False):
    params = {"format": "flowed"} if flowed else None
    if params:
        m.set_content(body, charset=charset, cte=cte, params=params)
    else:
        m.set_content(body, charset=charset, cte=cte)
    return m


def alt(m, text, html, charset="utf-8"):
    m.set_content(text, charset=charset, cte="quoted-printable")
    m.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")
    return m


def html_only(m, html, charset="utf-8", cte="quoted-printable"):
    m.set_content(html, subtype="html", charset=charset, cte=cte)
    return m


def attach(m, data, ctype, filename, disposition="attachment"):
    mt, st = ctype.split("/")
    m.add_attachment(data, maintype=mt, subtype=st, filename=filename, disposition=disposition)
    return m


def attach_text(m, text, subtype, filename, charset="utf-8", cte="quoted-printable"):
    m.add_attachment(text, subtype=subtype, charset=charset, cte=cte, filename=filename)
    return m


def attach_mail(m, inner):
    m.add_attachment(inner)
    # name the part like Outlook/Thunderbird do
    part = m.get_payload()[-1]
    subj = str(inner.get("Subject", "Nachricht"))
    fn = re.sub(r'[\\/:*?"<>|]', "_", subj)[:60] + ".eml"
    if "Content-Disposition" in part:
        del part["Content-Disposition"]
    part.add_header("Content-Disposition", "attachment", filename=fn)
    return m


MIME = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip",
}


def fix_boundaries(m, n):
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_Part_%04d_%02d.%s" % (
                n, i, hashlib.md5(("%d-%d" % (n, i)).encode()).hexdigest()[:12]))
    return m


# ---------------------------------------------------------------------------
# ZIP and office documents (hand-written XML)
# ---------------------------------------------------------------------------
def zip_bytes(members, when=(2026, 1, 12, 9, 0, 0)):
    """members: list of (name, bytes|str[, stored])"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as zf:
        for mem in members:
            name, data = mem[0], mem[1]
            stored = len(mem) > 2 and mem[2]
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zf.writestr(zi, data)
    return bio.getvalue()


def x(s):
    return _xesc(str(s), {'"': "&quot;"})


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _core_xml(title, creator, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (x(title), x(creator), x(creator), created, created))


def xlsx_bytes(sheets, title="", creator="Weserland Versicherung", created="2026-01-12T09:00:00Z",
               when=(2026, 1, 12, 9, 0, 0)):
    """sheets: list of (name, rows); cell values str / int / float / None."""
    ws_parts, wb_sheets, rels, ct = [], [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        rx = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, x(v)))
            rx.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        ws_parts.append(("xl/worksheets/sheet%d.xml" % si,
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         '<sheetData>%s</sheetData></worksheet>' % "".join(rx)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(name), si, si))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    n = len(sheets)
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    members = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         + "".join(ct) +
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ("docProps/core.xml", _core_xml(title, creator, created)),
        ("docProps/app.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
         '<Application>Microsoft Excel</Application><Company>Weserland Versicherungsgruppe</Company></Properties>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets>%s</sheets></workbook>' % "".join(wb_sheets)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
         % "".join(rels)),
        ("xl/styles.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
         '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
         '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
         '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
         '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
         '</styleSheet>'),
    ] + ws_parts
    return zip_bytes(members, when)


def docx_bytes(blocks, title="", creator="Weserland Versicherung", created="2026-01-12T09:00:00Z",
               when=(2026, 1, 12, 9, 0, 0)):
    """blocks: str paragraphs ('# ' = bold heading) or lists of rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, list):
            rows = "".join(
                "<w:tr>%s</w:tr>" % "".join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % x(c) for c in r)
                for r in b)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % rows)
        elif b.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(b[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(b))
    members = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ("docProps/core.xml", _core_xml(title, creator, created)),
        ("docProps/app.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
         '<Application>Microsoft Office Word</Application><Company>Weserland Versicherungsgruppe</Company></Properties>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % "".join(body)),
    ]
    return zip_bytes(members, when)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')


def _odf(kind, inner, title, creator, created, when):
    mt = MIME[kind]
    members = [
        ("mimetype", mt, True),
        ("META-INF/manifest.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
         '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
         '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
         '</manifest:manifest>' % mt),
        ("meta.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<office:document-meta %s office:version="1.3"><office:meta>'
         '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>'
         '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
         '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
         '</office:meta></office:document-meta>' % (_ODF_NS, x(title), x(creator), created, created)),
        ("content.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<office:document-content %s office:version="1.3"><office:body>%s</office:body></office:document-content>'
         % (_ODF_NS, inner)),
    ]
    return zip_bytes(members, when)


def odt_bytes(blocks, title="", creator="Weserland Versicherung", created="2026-01-12T09:00:00",
              when=(2026, 1, 12, 9, 0, 0)):
    out = []
    for b in blocks:
        if isinstance(b, list):
            ncol = max(len(r) for r in b)
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(c)
                for c in r) for r in b)
            out.append('<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                       % (len(out) + 1, ncol, rows))
        elif b.startswith("# "):
            out.append('<text:h text:outline-level="1">%s</text:h>' % x(b[2:]))
        else:
            out.append("<text:p>%s</text:p>" % x(b))
    return _odf("odt", "<office:text>%s</office:text>" % "".join(out), title, creator, created, when)


def ods_bytes(sheets, title="", creator="Weserland Versicherung", created="2026-01-12T09:00:00",
              when=(2026, 1, 12, 9, 0, 0)):
    tabs = []
    for name, rows in sheets:
        rx = []
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(v))
            rx.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (x(name), "".join(rx)))
    return _odf("ods", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs), title, creator, created, when)


# ---------------------------------------------------------------------------
# PDF (hand-built: Helvetica, WinAnsiEncoding, FlateDecode, real text layer)
# ---------------------------------------------------------------------------
_TRANSLIT = str.maketrans({"ı": "i", "ł": "l", "ń": "n", "ś": "s", "ż": "z", "ź": "z", "č": "c",
                           "ş": "s", "ğ": "g", "ř": "r", "ě": "e", "ő": "o", "ű": "u", "ą": "a",
                           "ę": "e", "ć": "c", "İ": "I", "Ł": "L", "Ś": "S", "→": "->", "≤": "<=",
                           "≥": ">=", "✓": "x"})


def _pdf_str(s):
    b = s.translate(_TRANSLIT).encode("cp1252", errors="replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf_bytes(lines, title="", author="Weserland Versicherung", created="20260112090000+01'00'",
              width=92, per_page=58):
    """lines: list of str; '# ' prefix = bold line.  Long lines are wrapped."""
    wrapped = []
    for ln in lines:
        bold = ln.startswith("# ")
        t = ln[2:] if bold else ln
        parts = textwrap.wrap(t, width) if t.strip() else [""]
        for p in parts:
            wrapped.append((bold, p))
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)] or [[(False, "")]]
    objs = {}
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    kids = []
    nxt = 6
    for pi, pg in enumerate(pages):
        cs = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        cur_bold = False
        for bold, t in pg:
            if bold != cur_bold:
                cs.append(b"/F2 10 Tf" if bold else b"/F1 10 Tf")
                cur_bold = bold
            cs.append(_pdf_str(t) + b" Tj T*")
        cs.append(b"ET")
        cs.append(b"BT /F1 8 Tf 56 30 Td " + _pdf_str("Seite %d von %d" % (pi + 1, len(pages))) + b" Tj ET")
        raw = b"\n".join(cs) + b"\n"
        comp = zlib.compress(raw, 9)
        pobj, cobj = nxt, nxt + 1
        nxt += 2
        kids.append(pobj)
        objs[pobj] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                      b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cobj)
        objs[cobj] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer (Weserland DocGen 4.2) /CreationDate (D:" + created.encode() +
               b") /ModDate (D:" + created.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return bytes(out)


def pdf_text(data):
    """Text layer of a PDF made by pdf_bytes (or any simple Tj-based PDF)."""
    out = []
    for mo in re.finditer(rb"/Filter /FlateDecode >>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S):
        raw = zlib.decompress(mo.group(1))
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            t = re.sub(rb"\\(.)", rb"\1", s.group(1))
            out.append(t.decode("cp1252", errors="replace"))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# convenience attachments
# ---------------------------------------------------------------------------
def att_pdf(m, filename, lines, title="", **kw):
    return attach(m, pdf_bytes(lines, title=title or filename, **kw), MIME["pdf"], filename)


def att_xlsx(m, filename, sheets, **kw):
    return attach(m, xlsx_bytes(sheets, **kw), MIME["xlsx"], filename)


def att_docx(m, filename, blocks, **kw):
    return attach(m, docx_bytes(blocks, **kw), MIME["docx"], filename)


def att_odt(m, filename, blocks, **kw):
    return attach(m, odt_bytes(blocks, **kw), MIME["odt"], filename)


def att_ods(m, filename, sheets, **kw):
    return attach(m, ods_bytes(sheets, **kw), MIME["ods"], filename)


def att_zip(m, filename, members, when=(2026, 1, 12, 9, 0, 0)):
    return attach(m, zip_bytes(members, when), MIME["zip"], filename)


def ics(uid, start, end, summary, location="", description="", organizer="", stamp="20260105T080000Z",
        attendees=()):
    """start/end like 20260114T100000 (Europe/Berlin)."""
    def fold(line):
        b = line.encode("utf-8")
        out = []
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode("utf-8"))
            b = b" " + b[cut:]
        out.append(b.decode("utf-8"))
        return "\r\n".join(out)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
         "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
         "SUMMARY:" + esc(summary)]
    if location:
        L.append("LOCATION:" + esc(location))
    if description:
        L.append("DESCRIPTION:" + esc(description))
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for cn, em in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, em))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in L) + "\r\n"


def att_ics(m, filename, text):
    m.add_attachment(text.encode("utf-8"), maintype="text", subtype="calendar", filename=filename,
                     params={"method": "REQUEST", "charset": "utf-8"})
    return m


def iban(country, bban):
    """Build an IBAN with correct ISO 7064 check digits, grouped by four."""
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    raw = "%s%02d%s" % (country, chk, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


# ---------------------------------------------------------------------------
# STAFF (each person always signs the same way) and footers
# ---------------------------------------------------------------------------
def A(key):
    n, e = STAFF[key][0], STAFF[key][1]
    if "." in n or "," in n:
        n = '"%s"' % n
    return "%s <%s>" % (n, e)


STAFF = {
    "albers": ("Katrin Albers", "katrin.albers@weserland.example",
               "Katrin Albers\nTeamleiterin Kfz-Schaden\nWeserland Allgemeine Versicherung AG\n"
               "Tel. 0421 70815-311 | katrin.albers@weserland.example"),
    "reimers": ("Jonas Reimers", "jonas.reimers@weserland.example",
                "Viele Grüße\nJonas Reimers\nKfz-Schaden | Weserland Allgemeine Versicherung AG\n"
                "Telefon 0421 70815-318"),
    "yildiz": ("Dilara Yıldız", "dilara.yildiz@weserland.example",
               "Dilara Yildiz\nSchadenbearbeitung Sach / Haftpflicht\nWeserland Allgemeine Versicherung AG\n"
               "Hafenkante 14 · 28217 Bremen · Tel. 0421 70815-342"),
    "brueggemann": ("Henning Brüggemann", "henning.brueggemann@weserland.example",
                    "Gruß\nHenning Brüggemann\nTeamleiter Schaden Sach/Haftpflicht/Rechtsschutz\n"
                    "Weserland Allgemeine Versicherung AG | Tel. 0421 70815-340"),
    "eckhoff": ("Dr. Miriam Eckhoff", "miriam.eckhoff@weserland.example",
                "Dr. med. Miriam Eckhoff\nLeiterin Leistung Krankenversicherung\n"
                "Weserland Krankenversicherung AG\nTel. 0421 70815-500"),
    "hollmann": ("Svenja Hollmann", "svenja.hollmann@weserland.example",
                 "Freundliche Grüße\n\nSvenja Hollmann\nLeistungsabteilung Krankenversicherung\n"
                 "Weserland Krankenversicherung AG\nHafenkante 14, 28217 Bremen\nTelefon 0421 70815-517"),
    "kranz": ("Tobias Kranz", "tobias.kranz@weserland.example",
              "Tobias Kranz\nLeistung Leben / Berufsunfähigkeit\nWeserland Lebensversicherung AG\n"
              "Tel. 0421 70815-622 · Fax 0421 70815-699"),
    "wuebbena": ("Anke Wübbena", "anke.wuebbena@weserland.example",
                 "Mit freundlichen Grüßen\nAnke Wübbena\nPflegeleistungen\nWeserland Krankenversicherung AG\n"
                 "Tel. 0421 70815-540"),
    "lindemann": ("Marco Lindemann", "marco.lindemann@weserland.example",
                  "Marco Lindemann\nUnfall-Leistung\nWeserland Allgemeine Versicherung AG\nTel. 0421 70815-360"),
    "osterloh": ("Friederike Osterloh", "friederike.osterloh@weserland.example",
                 "Friederike Osterloh\nRechtsschutz-Schaden\nWeserland Allgemeine Versicherung AG\n"
                 "Tel. 0421 70815-371"),
    "hinrichs": ("Ole Hinrichs", "ole.hinrichs@weserland.example",
                 "Ole Hinrichs\nTeamleitung Kundenservice\nWeserland Versicherungsgruppe\nTel. 0421 70815-100"),
    "kowalczyk": ("Sarah Kowalczyk", "sarah.kowalczyk@weserland.example",
                  "Beste Grüße\nSarah Kowalczyk\nKundenservice | Weserland Versicherungsgruppe\n"
                  "Servicetelefon 0421 70815-0 (Mo-Fr 8-20 Uhr)"),
    "petersen": ("Lukas Petersen", "lukas.petersen@weserland.example",
                 "Lukas Petersen\nMaklerbetreuung Nord\nWeserland Versicherungsgruppe\n"
                 "Mobil 0170 4418823 | Tel. 0421 70815-220"),
    "gallagher": ("Emma Gallagher", "emma.gallagher@weserland.example",
                  "Kind regards,\nEmma Gallagher\nInternational Client Desk (Expat Health)\n"
                  "Weserland Krankenversicherung AG, Bremen\nPhone +49 421 70815-530"),
    "mehta": ("Raj Mehta", "raj.mehta@weserland.example",
              "Best,\nRaj Mehta\nReinsurance & Actuarial Analytics\nWeserland Versicherungsgruppe\n"
              "+49 421 70815-660"),
    "janssen": ("Birte Janssen", "birte.janssen@weserland.example",
                "Birte Janssen\nQualitätssicherung Schaden/Leistung\nWeserland Versicherungsgruppe\n"
                "Tel. 0421 70815-150"),
    "vahlenkamp": ("Dr. Thomas Vahlenkamp", "datenschutz@weserland.example",
                   "Dr. Thomas Vahlenkamp\nKonzerndatenschutzbeauftragter\nWeserland Versicherungsgruppe\n"
                   "datenschutz@weserland.example | Tel. 0421 70815-190"),
    "carstens": ("Nils Carstens", "nils.carstens@weserland.example",
                 "Nils Carstens\nIT Service Desk\nWeserland Versicherungsgruppe | Durchwahl -444"),
    "meinke": ("Julia Meinke", "julia.meinke@weserland.example",
               "Julia Meinke\nUnternehmenskommunikation / Pressesprecherin\nWeserland Versicherungsgruppe\n"
               "Tel. 0421 70815-080 | presse@weserland.example"),
    "tammen": ("Frank Tammen", "frank.tammen@weserland.example",
               "Frank Tammen\nEinkauf & Facility\nWeserland Versicherungsgruppe\nTel. 0421 70815-170"),
    "rohlfs": ("Heike Rohlfs", "heike.rohlfs@weserland.example",
               "Heike Rohlfs\nPersonalabteilung\nWeserland Versicherungsgruppe\nTel. 0421 70815-160"),
    "dubois": ("Claire Dubois", "claire.dubois@weserland.example",
               "Claire Dubois\nTravel Assistance Coordination\nWeserland Allgemeine Versicherung AG\n"
               "24h line +49 421 70815-900"),
    "ahlers": ("Stefan Ahlers", "stefan.ahlers@weserland.example",
               "Stefan Ahlers\nUnderwriting Gewerbe / Firmenkunden\nWeserland Allgemeine Versicherung AG\n"
               "Tel. 0421 70815-410 | Mobil 0151 22904417"),
    "schoon": ("Lea Schoon", "lea.schoon@weserland.example",
               "Lea Schoon\nRisikoprüfung Leben/BU\nWeserland Lebensversicherung AG\nTel. 0421 70815-640"),
    "bruns": ("Malte Bruns", "malte.bruns@weserland.example",
              "Malte Bruns\nKundenservice\nWeserland Versicherungsgruppe"),
}


def sig(key):
    return STAFF[key][2]


FOOTER_DE = (
    "--\n"
    "Weserland Allgemeine Versicherung AG · Hafenkante 14 · 28217 Bremen\n"
    "Sitz Bremen · Amtsgericht Bremen HRB 40712 · USt-IdNr. DE 000000000 (Versicherungsteuer-Nr. 9116/802/00017)\n"
    "Vorstand: Dr. Hauke Meiners (Vors.), Gesa Thiele, Ralf Oetken · Vorsitzender des Aufsichtsrats: Bernd Schumacher")

FOOTER_KV = (
    "--\n"
    "Weserland Krankenversicherung AG · Hafenkante 14 · 28217 Bremen · Amtsgericht Bremen HRB 40733\n"
    "Vorstand: Dr. Hauke Meiners (Vors.), Petra Lüdeke · Aufsichtsrat: Bernd Schumacher (Vors.)")

FOOTER_LV = (
    "--\n"
    "Weserland Lebensversicherung AG · Hafenkante 14 · 28217 Bremen · Amtsgericht Bremen HRB 40725\n"
    "Vorstand: Dr. Hauke Meiners (Vors.), Jens Hübotter · Aufsichtsrat: Bernd Schumacher (Vors.)")

DISCLAIMER = (
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, "
    "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren "
    "sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.\n"
    "This e-mail may contain confidential information. If you are not the intended recipient, please "
    "notify the sender immediately and delete this e-mail.")

IPHONE = "Von meinem iPhone gesendet"


# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------
def build(outdir):
    md = os.path.join(outdir, "mails")
    os.makedirs(md, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (f, label, lang, kind, reason) in enumerate(MAILS, 1):
        _CUR["n"] = i
        m = f()
        fix_boundaries(m, i)
        data = m.as_bytes(policy=SMTP)
        name = "%s%04d.eml" % (PREFIX, i)
        with open(os.path.join(md, name), "wb") as fh:
            fh.write(data)
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    return len(MAILS)


OFFICE_EXT = (".xlsx", ".docx", ".ods", ".odt", ".zip")


def _check_zip(data, where, errs, seen):
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        errs.append("%s: bad zip (%s)" % (where, e))
        return
    if zf.testzip() is not None:
        errs.append("%s: corrupt member" % where)
    names = zf.namelist()
    for nm in names:
        d = zf.read(nm)
        low = nm.lower()
        w = "%s!%s" % (where, nm)
        if low.endswith(".xml") or low.endswith(".rels"):
            try:
                ET.fromstring(d)
            except ET.ParseError as e:
                errs.append("%s: XML error %s" % (w, e))
        _check_blob(nm, d, w, errs, seen)
    if where.lower().endswith((".odt", ".ods")):
        if names[0] != "mimetype" or zf.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            errs.append("%s: ODF mimetype not first/stored" % where)
    if where.lower().endswith(".xlsx") and "xl/workbook.xml" not in names:
        errs.append("%s: no workbook" % where)
    if where.lower().endswith(".docx") and "word/document.xml" not in names:
        errs.append("%s: no document.xml" % where)


def _check_blob(name, data, where, errs, seen):
    low = (name or "").lower()
    if low.endswith(OFFICE_EXT):
        seen[low.rsplit(".", 1)[1]] = seen.get(low.rsplit(".", 1)[1], 0) + 1
        _check_zip(data, where, errs, seen)
    elif low.endswith(".pdf"):
        seen["pdf"] = seen.get("pdf", 0) + 1
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-40:]:
            errs.append("%s: not a PDF" % where)
        elif not pdf_text(data).strip():
            errs.append("%s: PDF without text layer" % where)
    elif low.endswith(".ics"):
        seen["ics"] = seen.get("ics", 0) + 1
        t = data.decode("utf-8", errors="replace")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            errs.append("%s: ICS without VCALENDAR" % where)
    elif low.endswith(".eml"):
        seen["eml"] = seen.get("eml", 0) + 1
        _check_msg(BytesParser(policy=_policy.default).parsebytes(data), where, errs, seen)
    elif low and not low.endswith((".xml", ".rels")) and "." in low and "/" not in low.rsplit(".", 1)[-1]:
        ext = low.rsplit(".", 1)[-1]
        if not (where.count("!") and ext == "mimetype"):
            seen[ext] = seen.get(ext, 0) + 1


def _check_msg(msg, where, errs, seen):
    for part in msg.walk():
        for d in part.defects:
            errs.append("%s: MIME defect %r" % (where, d))
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                errs.append("%s: header defect in %s: %r" % (where, k, d))
        ct = part.get_content_type()
        if ct == "message/rfc822":
            seen["message/rfc822"] = seen.get("message/rfc822", 0) + 1
            continue
        if part.get_content_maintype() == "multipart":
            continue
        payload = part.get_payload(decode=True)
        fn = part.get_filename()
        if part.get_content_maintype() == "text" and not fn:
            cs = part.get_content_charset() or "us-ascii"
            try:
                payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: text part does not decode as %s (%s)" % (where, cs, e))
        elif part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: attachment %s does not decode as %s" % (where, fn, cs))
        if fn:
            _check_blob(fn, payload, "%s/%s" % (where, fn), errs, seen)


def check():
    errs = []
    with tempfile.TemporaryDirectory() as td:
        n = build(td)
        if n != 150:
            errs.append("expected 150 mails, generator has %d" % n)
        for rel in ["labels.tsv"] + ["mails/%s%04d.eml" % (PREFIX, i) for i in range(1, n + 1)]:
            a, b = os.path.join(td, rel), os.path.join(HERE, rel)
            if not os.path.exists(b):
                errs.append("%s missing in corpus folder (run make_corpus.py first)" % rel)
            elif open(a, "rb").read() != open(b, "rb").read():
                errs.append("%s differs from a fresh build" % rel)
        extra = set(os.listdir(os.path.join(HERE, "mails"))) - {"%s%04d.eml" % (PREFIX, i) for i in range(1, n + 1)} \
            if os.path.isdir(os.path.join(HERE, "mails")) else set()
        for e in sorted(extra):
            errs.append("stray file mails/%s" % e)
        seen, ids, stats = {}, set(), {}
        tops = {}
        for i in range(1, n + 1):
            name = "%s%04d.eml" % (PREFIX, i)
            data = open(os.path.join(td, "mails", name), "rb").read()
            if re.search(rb"(?<!\r)\n", data):
                errs.append("%s: bare LF" % name)
            if any(len(l) > 998 for l in data.split(b"\r\n")):
                errs.append("%s: line longer than 998 octets" % name)
            msg = BytesParser(policy=_policy.default).parsebytes(data)
            mid_ = msg["Message-ID"]
            if not mid_ or mid_ in ids:
                errs.append("%s: missing or duplicate Message-ID" % name)
            ids.add(mid_)
            if " 2026 " not in str(msg["Date"]):
                errs.append("%s: date not in 2026" % name)
            frm = str(msg["From"])
            if not frm.rstrip(">").endswith("@" + DOMAIN):
                errs.append("%s: sender not in %s" % (name, DOMAIN))
            tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
            _check_msg(msg, name, errs, seen)
        lab = {}
        for f, label, lang, kind, reason in MAILS:
            lab[(label, lang)] = lab.get((label, lang), 0) + 1
    for e in errs:
        print("FAIL", e)
    print("mails: %d   top-level types: %s" % (n, ", ".join("%s %d" % kv for kv in sorted(tops.items()))))
    print("attachments (incl. ZIP members): %s" % ", ".join("%s %d" % kv for kv in sorted(seen.items())))
    for label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print("%-22s de %3d  en %3d" % (label, lab.get((label, "de"), 0), lab.get((label, "en"), 0)))
    print("OK" if not errs else "%d failure(s)" % len(errs))
    return 0 if not errs else 1


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if "--check" in argv:
        return check()
    n = build(HERE)
    print("wrote %d mails to %s" % (n, os.path.join(HERE, "mails")))
    return 0


# ===========================================================================
# MAILS
# ===========================================================================

# --- d202-0001 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: shift plan of the service team with staff names, vacation and training codes only; no customer or health data")
def m0001():
    m = new(A("hinrichs"), "Kundenservice Team <kundenservice-team@weserland.example>",
            "Schichtplan KW 3 + KW 4 (Hotline 8-20 Uhr)", "2026-01-09 15:42:10")
    plain(m, """Hallo Team,

anbei der Schichtplan für die KW 3 und KW 4. Bitte einmal drüberschauen,
Tauschwünsche wie immer bis Montag 12 Uhr direkt bei mir oder im Teams-Kanal
"Dienstplan", nicht per Zettel an der Kaffeemaschine ;-)

Wichtig:
- Spätschicht (12-20 Uhr) ist in KW 4 dünn besetzt, weil Malte und Sarah
  am 21./22.01. auf der Schulung "Beschwerdemanagement" sind. Wer kann am
  Mittwoch oder Donnerstag tauschen?
- Ab 19.01. läuft die Kfz-Wechselsaison aus, wir gehen wieder auf 2 Leute
  im Rückruf-Slot.
- Samstagsdienst (Schadenhotline 9-13 Uhr) in KW 4: Jana und Tim.

Kürzel im Plan: F = Frühschicht, S = Spätschicht, U = Urlaub, SCH = Schulung,
HO = Homeoffice, - = frei.

Danke euch!

""" + sig("hinrichs"))
    rows = [["Schichtplan Kundenservice Hotline", "", "", "", "", "", ""],
            ["Name", "Mo 12.01.", "Di 13.01.", "Mi 14.01.", "Do 15.01.", "Fr 16.01.", "Sa 17.01."],
            ["Malte Bruns", "F", "F", "S", "S", "HO", "-"],
            ["Sarah Kowalczyk", "S", "S", "F", "F", "F", "-"],
            ["Jana Ehlers", "U", "U", "U", "F", "S", "9-13"],
            ["Tim Schnakenberg", "F", "HO", "F", "S", "S", "-"],
            ["Aylin Demir", "S", "F", "HO", "F", "F", "-"],
            ["Kerstin Wohlers", "HO", "S", "S", "U", "U", "-"],
            ["Ole Hinrichs", "F", "F", "F", "F", "F", "-"]]
    rows2 = [["Schichtplan Kundenservice Hotline", "", "", "", "", "", ""],
             ["Name", "Mo 19.01.", "Di 20.01.", "Mi 21.01.", "Do 22.01.", "Fr 23.01.", "Sa 24.01."],
             ["Malte Bruns", "S", "S", "SCH", "SCH", "F", "-"],
             ["Sarah Kowalczyk", "F", "F", "SCH", "SCH", "S", "-"],
             ["Jana Ehlers", "F", "S", "S", "F", "HO", "9-13"],
             ["Tim Schnakenberg", "S", "F", "F", "S", "F", "9-13"],
             ["Aylin Demir", "F", "HO", "S", "S", "S", "-"],
             ["Kerstin Wohlers", "S", "F", "F", "HO", "F", "-"],
             ["Ole Hinrichs", "F", "F", "F", "F", "-", "-"],
             ["", "", "", "", "", "", ""],
             ["F = 8-16:30, S = 12-20, SCH = Schulung, U = Urlaub, HO = Homeoffice", "", "", "", "", "", ""]]
    att_xlsx(m, "Schichtplan_KS_KW03-04_2026.xlsx", [("KW 3", rows), ("KW 4", rows2)],
             title="Schichtplan KW 3-4", creator="Ole Hinrichs", created="2026-01-09T14:30:00Z",
             when=(2026, 1, 9, 15, 30, 0))
    return m


# --- d202-0002 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "vacation hand-over of four open health-benefit cases with names, tariff numbers, diagnoses and treatments")
def m0002():
    m = new(A("hollmann"), "Bastian Focke <bastian.focke@weserland.example>",
            "Übergabe offene Fälle 19.-30.01. (Urlaub)", "2026-01-16 16:05:44", cc=A("eckhoff"))
    plain(m, """Hallo Bastian,

wie besprochen hier meine offenen Vorgänge für die zwei Wochen, in denen ich
weg bin. Alles andere ist entweder erledigt oder wartet auf Unterlagen und
hat eine Wiedervorlage nach dem 02.02.

1) Gerda Lampe, KV 7.302.118.45, Tarif KompaktPlus
   Rechnung Reha-Klinik Bad Zwischenahn, Anschlussheilbehandlung nach
   Hüft-TEP rechts (M16.1). Kostenzusage lag vor, die Rechnung ist aber
   3 Tage länger als zugesagt. Verlängerungsbegründung vom Klinikarzt liegt
   seit gestern in der Akte, bitte prüfen und freigeben, wenn schlüssig.

2) Jannik Oltmanns, KV 7.318.440.02
   Psychotherapie, Antrag auf Verlängerung auf 40 Sitzungen (F33.1).
   Gutachten ist beim Gutachter, Rückmeldung erwartet ca. 23.01.
   Der Kunde ruft gern an und fragt nach – er ist sehr unsicher, bitte
   freundlich bleiben, er weiß, dass es dauert.

3) Familie Wessels (Vertrag 7.299.007.13), Tochter Mila, 6 J.
   KFO-Behandlungsplan KIG 4, Kostenvoranschlag 4.860,00 EUR. Ich habe den
   Plan an die Zahnberatung gegeben, Ergebnis kommt Anfang nächster Woche.
   Dann bitte Zusage/Teilzusage schreiben (Vorlage „KFO_Zusage_neu“).

4) Horst Tietjen, KV 7.276.551.80
   Hörgeräteversorgung beidseits, Rechnung 3.420,00 EUR, Tarif erstattet
   max. 1.500,00 EUR alle 4 Jahre. Kunde hat Widerspruch eingelegt, weil der
   Akustiker ihm „volle Erstattung“ versprochen hat. Antwortentwurf liegt
   unter Entwürfe, muss nur noch raus.

Die Post im Gruppenpostfach sehe ich ab morgen nicht mehr. Wenn was brennt:
Miriam weiß Bescheid.

Danke dir und bis zum 02.02.!
Svenja

""" + sig("hollmann"))
    return m


# --- d202-0003 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: team mail about a colleague's return from sabbatical and new country split for medical evacuation cases; no person's health data")
def m0003():
    m = new(A("gallagher"), "International Client Desk <intl-desk@weserland.example>",
            "Back from sabbatical + new country split from 2 Feb", "2026-01-26 08:31:00")
    lang_en(m)
    plain(m, """Hi all,

I'm back! Three months of Patagonia and exactly zero e-mails – thank you so
much for holding the fort while I was away. Special thanks to Pieter and
Lena who covered the Latin America portfolio on top of their own.

A few things before we get back into the routine:

1. New country split from Monday 2 February
   - Emma: UK, Ireland, Nordics, Latin America
   - Pieter: Benelux, France, Iberia, North Africa
   - Lena: Asia-Pacific, Middle East
   - Sven (new, starts 2 Feb): US/Canada, shadowing Lena for the first
     two weeks
   Please move open cases to the new owner only when the case is at a
   natural break (e.g. after a guarantee of payment has been issued), not
   in the middle of a medical evacuation.

2. Team meeting is back on Tuesdays, 10:00, room "Teerhof" or Teams.

3. Mathieu from our assistance partner asked whether we could do a joint
   session on the new cost-containment rules for US hospital bills. I
   suggested early March – any objections?

And yes, there are alfajores in the kitchen. Help yourselves.

""" + sig("gallagher"))
    return m


# --- d202-0004 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "customer",
      "customer's parking-damage report (name, motor policy number, plates, address) forwarded inline to a colleague; nobody hurt")
def m0004():
    m = new(A("reimers"), A("albers"), "WG: Schaden an meinem Auto auf dem Parkplatz Famila",
            "2026-01-13 11:12:37")
    plain(m, """Hi Katrin,

kannst du das übernehmen? Ich bin bis Donnerstag in der Regulierungsschulung
und der Kunde klingt, als ob er heute noch eine Antwort will. Deckung ist
geprüft, VK mit 300 SB ist drin.

Jonas

-----Ursprüngliche Nachricht-----
Von: Rainer Bockelmann <r.bockelmann@netzpost.example>
Gesendet: Dienstag, 13. Januar 2026 10:47
An: schaden@weserland.example
Betreff: Schaden an meinem Auto auf dem Parkplatz Famila

Sehr geehrte Damen und Herren

ich habe gestern (12.1.) auf dem Parkplatz vom Famila in Stuhr gestanden
und als ich wieder kam war die Beifahrertür eingedrückt und ein weisser
Lackstreifen dran. Kein Zettel nix. Ich habe dann die Polizei angerufen die
haben es aufgenommen Tagebuch Nr weiß ich grade nicht.

Mein Vertrag ist die KF-4471-208193 , das Auto ist der Skoda Octavia
Kennzeichen DH-RB 412. Vollkasko hab ich.
Was muss ich jetzt machen? Kann ich in die Werkstatt Autohaus Meyerdierks in
Brinkum fahren oder müssen sie erst einen Gutachter schicken.

Ich bin erreichbar unter 0172 5590312.

mfg
Rainer Bockelmann
Am Sielgraben 7
28816 Stuhr
""" + "\n" + sig("reimers"))
    return m


# --- d202-0005 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health reimbursement: body names the customer and physiotherapy; attached statement lists invoices and ICD M54.5")
def m0005():
    m = new(A("gallagher"), "Daniel Whitfield <dan.whitfield@mailbox-one.example>",
            "Your reimbursement statement – claim EXP-26-00417", "2026-01-20 14:02:51",
            irt=mid("whitfield-q1", host="mailbox-one.example"))
    plain(m, """Dear Mr Whitfield,

thank you for sending in the invoices from Physiopraxis am Deich and from
Dr. Harms. We have now processed them under your International Care plan.

Of the EUR 612.40 submitted we reimburse EUR 551.16; the difference is the
10 % co-payment for physiotherapy under your plan. The amount will reach your
account ending in 4471 within three to four working days.

The itemised statement is attached. If your physiotherapist prescribes a
further series of six sessions, please send us the new prescription before
the treatment starts – then we can confirm cover in advance.

""" + sig("gallagher") + "\n\n" + FOOTER_KV)
    att_pdf(m, "Statement_EXP-26-00417.pdf", [
        "# Weserland Krankenversicherung AG - International Care",
        "Reimbursement statement",
        "",
        "Insured person: Daniel J. Whitfield, born 03/11/1979",
        "Member no.: INT-0047-2210-8   Plan: International Care Comfort",
        "Claim: EXP-26-00417   Date of statement: 20 January 2026",
        "",
        "# Items",
        "08.12.2025  Physiopraxis am Deich   Krankengymnastik (KG) x 6    EUR 312.00",
        "08.12.2025  Physiopraxis am Deich   Fango x 6                    EUR  78.00",
        "02.12.2025  Dr. med. Jens Harms     GOA 1, 5, 800, 826           EUR 142.40",
        "            Diagnosis stated: M54.5 (low back pain), M53.1 (cervicobrachial syndrome)",
        "16.12.2025  Adler-Apotheke          Ibuprofen 600 mg, 50 St.     EUR  80.00",
        "",
        "Total submitted: EUR 612.40",
        "Co-payment physiotherapy 10 %: EUR 39.00   Pharmacy co-payment: EUR 22.24",
        "Reimbursed: EUR 551.16 to account DE.. .. .. 4471",
        "",
        "Questions: intl-desk@weserland.example, +49 421 70815-530",
    ], title="Reimbursement statement EXP-26-00417", created="20260120140000+01'00'")
    return m


# --- d202-0006 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: quality-assurance monthly summary with error rates per team and defect types (missing medical release forms, diagnoses in free text); aggregates only")
def m0006():
    m = new(A("janssen"), "Teamleitungen Schaden/Leistung <tl-schaden-leistung@weserland.example>",
            "QS-Aktenprüfung Dezember 2025 – Ergebnisse", "2026-01-08 10:20:00")
    plain(m, """Hallo zusammen,

hier die Ergebnisse der Stichprobenprüfung Dezember. Geprüft wurden wie
immer 5 % der abgeschlossenen Vorgänge je Team, gezogen per Zufall aus dem
Bestandssystem.

Team                      geprüft   ohne Befund   Fehlerquote
Kfz-Schaden                    64           57        10,9 %
Sach/Haftpflicht               48           44         8,3 %
Rechtsschutz                   21           20         4,8 %
Leistung KV                    92           79        14,1 %
Leistung Leben/BU              17           15        11,8 %
Unfall                         12           11         8,3 %

Häufigste Befunde (alle Teams):
1. Schweigepflichtentbindung nicht in der Akte, obwohl Arztberichte
   angefordert wurden (9x) – bitte vor der Anforderung prüfen!
2. Diagnosen im Freitextfeld "Notiz" statt im Leistungsfeld (7x). Das
   Notizfeld ist für alle Sachbearbeiter sichtbar, die Leistungsmaske nicht.
3. Vier-Augen-Freigabe über 5.000 EUR fehlt (5x, davon 4 im Kfz).
4. Regressprüfung nicht dokumentiert (4x).
5. Kundenschreiben mit falscher Anrede / falschem Vornamen (3x).

Die Einzelbefunde bekommt jede Teamleitung wie immer separat aus dem
QS-Tool, dort auch die Aktenzeichen. Bitte nicht per Mail rumschicken.

Für Leistung KV schlage ich eine kurze Auffrischung zu Punkt 2 im nächsten
Teammeeting vor, ich komme gern dazu.

Viele Grüße
Birte

""" + sig("janssen"))
    return m


# --- d202-0007 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household claim acknowledgement for a stolen e-bike: customer name, address, policy and claim number; iso-8859-1, 8bit")
def m0007():
    m = new(A("yildiz"), "Sabine Gröneveld <sabine.groeneveld@freemail.example>",
            "Ihr Schaden vom 04.01.2026 – Diebstahl E-Bike – Schaden-Nr. SH-26-000873",
            "2026-01-07 09:48:12")
    plain(m, """Sehr geehrte Frau Gröneveld,

vielen Dank für Ihre Schadenmeldung. Wir haben den Diebstahl Ihres E-Bikes
(Kalkhoff Endeavour 5.B, Rahmennummer WBK7731902) aus dem Fahrradkeller
Ihres Wohnhauses Kornstraße 212, 28201 Bremen, unter der Schaden-Nummer
SH-26-000873 zu Ihrer Hausratversicherung HR 21 118 407 aufgenommen.

Damit wir den Schaden zügig bearbeiten können, benötigen wir noch:

- die Kopie der Strafanzeige bzw. das Aktenzeichen der Polizei,
- den Kaufbeleg des E-Bikes (Rechnung vom Fahrradhändler),
- die Bestätigung der Hausverwaltung, dass der Keller verschlossen war,
- die Schlüssel des Fahrradschlosses (bitte per Einschreiben).

Nach Eingang der Unterlagen melden wir uns innerhalb von zehn Arbeitstagen.
Bitte geben Sie bei allen Rückfragen die Schaden-Nummer an.

Mit freundlichen Grüßen

""" + sig("yildiz") + "\n\n" + FOOTER_DE, charset="iso-8859-1", cte="8bit")
    return m


# --- d202-0008 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "grey zone: team mail saying a named colleague is off after a slipped disc and surgery (employee health data); no customer data")
def m0008():
    m = new(A("brueggemann"), "Team Unfall-Leistung <unfall-leistung@weserland.example>",
            "Vertretung Marco ab sofort", "2026-02-02 08:12:30", cc=A("rohlfs"))
    plain(m, """Moin zusammen,

Marco hat sich heute früh gemeldet: sein Bandscheibenvorfall ist doch
schlimmer als gedacht, er wird am Mittwoch an der LWS operiert und fällt
danach voraussichtlich bis Ende März aus, anschließend Reha. Er hat
ausdrücklich gesagt, dass ihr es wissen dürft – bitte trotzdem nicht weiter
rumerzählen und ihn nicht mit Mails zuschütten.

Verteilung seiner Vorgänge (Stand heute 37 offene):
- Invaliditätsfälle mit Gutachten in Arbeit: Kai
- Neueingänge Unfall-Krankentagegeld / Krankenhaustagegeld: Nadine
- Kinderunfall und Schulunfall-Zusatz: Hilke
- Alles mit Anwalt: bleibt bei mir

Die Wiedervorlagen habe ich im Bestandssystem schon umgehängt. Wer eine
Blumen-/Karte-Aktion machen will: Hilke sammelt.

Gruß
Henning

""" + sig("brueggemann"))
    return m


# --- d202-0009 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "broker correspondence on a named expat client's household policy: policy number, new insured address, move date")
def m0009():
    m = new(A("petersen"), "Fiona Caldwell <f.caldwell@harbourline-brokers.example>",
            "RE: Address change – Mr and Mrs Okafor – HR 21 204 998",
            "2026-01-21 17:35:09", irt=mid("caldwell-okafor", host="harbourline-brokers.example"),
            client="tb")
    plain(m, """Hi Fiona,

thanks, I have updated the household contents policy HR 21 204 998 for
Chinedu and Grace Okafor. New risk address from 1 February 2026:

  Lange Reihe 18, 2nd floor left, 28219 Bremen

The sum insured stays at EUR 65,000 (living space 78 sqm, no underinsurance
waiver needed). Premium does not change because both addresses are in the
same tariff zone. The new policy schedule goes to the clients by post and to
you via the broker portal tomorrow.

One thing: the bicycle cover (EUR 2,000) is tied to a locked room. The new
flat has only a shared backyard shed – could you check with them?

Best regards
Lukas

Am 21.01.2026 um 16:02 schrieb Fiona Caldwell:
> Dear Lukas,
>
> our clients Mr and Mrs Okafor are moving within Bremen at the end of the
> month. Could you please change the insured address on their contents
> policy HR 21 204 998 to Lange Reihe 18, 28219 Bremen, effective 1 Feb?
>
> Many thanks
> Fiona
>
> Fiona Caldwell
> Harbour Line Insurance Brokers GmbH, Bremen
>

--
""" + sig("petersen"), cte="8bit", flowed=False)
    return m


# --- d202-0010 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: HTML-only broker newsletter on a new disability tariff (BU), underwriting simplifications and health-question wording; no individual")
def m0010():
    m = new("Weserland Maklerservice <maklerservice@weserland.example>",
            "Vertriebspartner <undisclosed-recipients:;>", "Makler-Info 02/2026: Neue BU \"Weserland BU Vital\" ab 01.03.",
            "2026-02-10 07:00:00", client="system",
            extra=[("List-Unsubscribe", "<mailto:abmelden@weserland.example?subject=makler-info>"),
                   ("Precedence", "bulk")])
    m.replace_header("To", "undisclosed-recipients:;")
    html_only(m, """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Makler-Info 02/2026</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1c2b39">
<table width="640" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#0b4f6c;color:#fff;padding:18px"><h1 style="margin:0;font-size:22px">Makler-Info 02/2026</h1></td></tr>
<tr><td style="padding:18px">
<h2>Weserland BU Vital – unsere neue Berufsunfähigkeitsversicherung</h2>
<p>Ab dem 1. März 2026 ersetzt <b>BU Vital</b> den bisherigen Tarif BU Classic. Die wichtigsten Neuerungen:</p>
<ul>
<li>Vereinfachte Gesundheitsfragen: Abfrage ambulanter Behandlungen nur noch für die letzten <b>3 Jahre</b>, stationäre Aufenthalte 5 Jahre, psychotherapeutische Behandlungen 5 Jahre.</li>
<li>Keine Frage mehr nach Brillen, Kontaktlinsen und ausgeheilten Knochenbrüchen ohne Folgen.</li>
<li>Nachversicherungsgarantie ohne erneute Gesundheitsprüfung, z.&nbsp;B. bei Heirat, Geburt eines Kindes oder Gehaltssprung über 10&nbsp;%.</li>
<li>Leistung schon ab 50&nbsp;% Berufsunfähigkeit, rückwirkend ab Beginn, auch bei Krankschreibung von 6 Monaten (AU-Klausel, bis 24 Monate).</li>
</ul>
<h3>Beispielbeitrag</h3>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e6eef3"><th>Beruf</th><th>Eintrittsalter</th><th>BU-Rente</th><th>Zahlbeitrag mtl.</th></tr>
<tr><td>Bürokauffrau</td><td>27</td><td>1.500 EUR</td><td>48,92 EUR</td></tr>
<tr><td>Elektroniker</td><td>22</td><td>1.200 EUR</td><td>61,30 EUR</td></tr>
<tr><td>Pflegefachkraft</td><td>30</td><td>1.500 EUR</td><td>97,15 EUR</td></tr>
</table>
<p style="font-size:12px">Beispielrechnung für fiktive Modellkunden, Nichtraucher, Endalter 67, Stand 02/2026.</p>
<h3>Online-Schulung</h3>
<p>Am 24.02. um 16 Uhr stellen wir den Tarif und die neuen Antragsfragen in 45 Minuten vor. Anmeldung im Makler-Portal unter „Termine“.</p>
<p>Ihr Maklerservice der Weserland</p>
</td></tr>
<tr><td style="font-size:11px;color:#667;padding:12px">Weserland Lebensversicherung AG · Hafenkante 14 · 28217 Bremen ·
Sie erhalten diesen Newsletter als registrierter Vertriebspartner. <a href="https://makler.weserland.example/abmelden">Abmelden</a></td></tr>
</table></body></html>
""")
    return m


# --- d202-0011 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "quality check of one motor claim file: named claimant, claim number, plate, payout; no injuries")
def m0011():
    m = new(A("janssen"), A("reimers"), "QS-Befund Akte KS-2025-118305 (Rückfrage)",
            "2026-01-14 13:40:22", cc=A("albers"))
    plain(m, """Hallo Jonas,

bei der Stichprobe ist mir deine Akte KS-2025-118305 aufgefallen
(VN Thorsten Eilers, Kennzeichen OHZ-TE 88, Auffahrunfall 28.11.2025
auf der A27, laut Polizeibericht keine Verletzten).

Drei Punkte, bevor ich sie als "mit Befund" ablege:

1. Du hast 7.842,19 EUR nach Gutachten reguliert, die Freigabe durch eine
   zweite Person fehlt (ab 5.000 EUR Pflicht).
2. Der Mietwagen lief 16 Tage, das Gutachten sagt 9 Tage Reparaturdauer.
   Gibt es eine Begründung (Teilelieferung?), die nicht in der Akte ist?
3. Die Regressprüfung gegen den Unfallgegner (Haftungsquote 70/30?) ist
   nicht dokumentiert.

Wenn du mir bis Freitag kurz schreibst, was davon sich aufklären lässt,
nehme ich das in die Bewertung mit auf. Ist kein Drama, aber Punkt 1 muss
nachgeholt werden.

Gruß
Birte

""" + sig("janssen"))
    return m


# --- d202-0012 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: internal reinsurance mail on large-loss statistics in age bands and injury types, no names or claim numbers")
def m0012():
    m = new(A("mehta"), "Reinsurance Team <reinsurance@weserland.example>",
            "Q4 large losses – first cut for the treaty renewal pack", "2026-01-22 18:04:45")
    lang_en(m)
    plain(m, """Hi all,

first cut of the Q4 large-loss summary for the renewal pack is in the
team folder (LargeLoss_Q4_2025_v1.xlsx). Headline numbers:

- 14 motor bodily-injury claims above EUR 500k gross (Q4 2024: 11)
- 3 of them with severe brain injury / tetraplegia, reserves now
  EUR 2.1m to 4.6m each, all claimants in age band 18-25
- general liability: 2 large losses (one medical-device supplier, one
  scaffolding collapse), no personal injury above EUR 1m
- accident: 1 disability case at 350 % progression, age band 40-49

Nothing in the file identifies claimants – only internal sequence numbers
LL-01 to LL-20 and age bands. Please keep it that way when you add the
commentary; the reinsurer gets the case narratives only via the secure
data room.

Deadline for comments: Wednesday noon.

""" + sig("mehta"))
    return m


# --- d202-0013 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "service forwards a wife's mail (windows-1252) about her husband's heart attack, hospital stay and sickness allowance to the benefits team")
def m0013():
    m = new(A("kowalczyk"), "Leistung KV Gruppenpostfach <leistung-kv@weserland.example>",
            "WG: Krankentagegeld meines Mannes Bernd Haschke", "2026-01-19 10:31:05")
    plain(m, """Hallo liebes Leistungsteam,

die Kundin hat heute früh auch noch angerufen, sie ist ziemlich aufgelöst.
Ich habe ihr gesagt, dass sich jemand von euch bis Mittwoch meldet. Die
Vollmacht für die Ehefrau liegt laut Bestand NICHT vor – bitte beachten.

Danke & LG
Sarah

________________________________
Von: Monika Haschke <mo.haschke@t-post.example>
Gesendet: Sonntag, 18. Januar 2026 21:14
An: service@weserland.example
Betreff: Krankentagegeld meines Mannes Bernd Haschke

Sehr geehrte Damen und Herren,

mein Mann Bernd Haschke (Versicherungsnummer 7.281.330.19, geb. 14.05.1968)
hatte am 29.12. einen Herzinfarkt und liegt seitdem im Klinikum Links der
Weser, er hat zwei Stents bekommen und soll danach noch in die Reha nach
Bad Bevensen. Er ist selbständig (Malerbetrieb) und hat bei Ihnen ein
Krankentagegeld ab dem 22. Tag über 120 € pro Tag.

Wir wissen jetzt nicht was wir einreichen müssen. Die AU vom Krankenhaus
hat er, der Chefarzt sagt mindestens 8 Wochen Arbeitsunfähig. Reicht
eine Kopie oder brauchen sie das Original? Und zahlen sie auch wenn er
in der Reha ist?

Bitte antworten Sie mir auf diese Adresse, mein Mann kann sich grade nicht
darum kümmern.

Mit freundlichen Grüßen
Monika Haschke
Im Hollergrund 41
28357 Bremen

""" + sig("kowalczyk"), charset="windows-1252", cte="quoted-printable")
    return m


# --- d202-0014 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: automatic out-of-office reply from the health-benefits team naming the deputy mailbox; no case content")
def m0014():
    m = new(A("hollmann"), "Dieter Runge <d.runge@freemail.example>",
            "Automatische Antwort: Ihre Nachricht vom 20.01.2026", "2026-01-21 07:55:02", client="system",
            irt=mid("runge-nachricht", host="freemail.example"),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    plain(m, """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30.01.2026 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. Bitte senden Sie Rechnungen und Belege an
leistung-kv@weserland.example oder nutzen Sie unsere App „Weserland Belege“.

In dringenden Fällen erreichen Sie die Leistungsabteilung unter
0421 70815-500 (Mo-Fr 8-18 Uhr).

Svenja Hollmann
Weserland Krankenversicherung AG
""")
    return m


# --- d202-0015 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover confirmation for an employment dismissal case: customer name, policy and claim number, employer, lawyer; PDF letter")
def m0015():
    m = new(A("osterloh"), "Kevin Pundt <kevin.pundt@webpost.example>",
            "Deckungszusage Arbeitsrecht – RS-Schaden 26-RS-004412", "2026-01-28 11:20:40")
    plain(m, """Sehr geehrter Herr Pundt,

für Ihre Kündigungsschutzklage gegen die Nordlicht Logistik GmbH erteilen
wir Ihnen Deckungsschutz für die erste Instanz vor dem Arbeitsgericht
Bremen-Bremerhaven. Die Deckungszusage mit allen Einzelheiten finden Sie
im Anhang; eine Kopie haben wir direkt an Ihre Anwältin, Frau Rechtsanwältin
Dr. Lena Steinhoff, geschickt.

Bitte beachten Sie, dass Sie eine Selbstbeteiligung von 150 EUR tragen.

Wir wünschen Ihnen viel Erfolg.

Mit freundlichen Grüßen

""" + sig("osterloh") + "\n\n" + FOOTER_DE)
    att_pdf(m, "Deckungszusage_26-RS-004412.pdf", [
        "# Weserland Allgemeine Versicherung AG - Rechtsschutz",
        "Hafenkante 14, 28217 Bremen",
        "",
        "Herrn Kevin Pundt",
        "Vegesacker Heerstraße 301",
        "28757 Bremen",
        "",
        "Bremen, 28.01.2026",
        "",
        "# Deckungszusage",
        "Versicherungsschein-Nr.: RS 30 771 204 (Privat-, Berufs- und Verkehrsrechtsschutz)",
        "Schaden-Nr.: 26-RS-004412",
        "Gegner: Nordlicht Logistik GmbH, Bremen",
        "Angelegenheit: Kündigungsschutzklage wegen ordentlicher Kündigung vom 09.01.2026",
        "",
        "Sehr geehrter Herr Pundt,",
        "wir bestätigen Versicherungsschutz für die außergerichtliche und gerichtliche Interessenwahrnehmung "
        "in der ersten Instanz. Übernommen werden die gesetzlichen Gebühren Ihrer Rechtsanwältin nach RVG "
        "auf Basis eines Streitwerts von drei Bruttomonatsgehältern (3 x 3.450,00 EUR = 10.350,00 EUR) sowie die Gerichtskosten.",
        "Ihre Selbstbeteiligung beträgt 150,00 EUR.",
        "Für eine Berufung ist eine gesonderte Deckungsanfrage erforderlich.",
        "",
        "Mit freundlichen Grüßen",
        "Friederike Osterloh, Rechtsschutz-Schaden",
    ], title="Deckungszusage 26-RS-004412", created="20260128111500+01'00'")
    return m


# --- d202-0016 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment to a hospital abroad for a named traveller with a femoral neck fracture (S72.0), surgery and repatriation plan; us-ascii")
def m0016():
    m = new(A("dubois"), "Admissions / International Patients <intl.patients@clinica-llevant.example>",
            "Guarantee of payment - Mr Uwe Grotheer - our ref. TA-26-01183", "2026-02-14 19:47:33",
            cc="Weserland Assistance 24h <assistance@weserland.example>")
    plain(m, """Dear colleagues,

further to our phone call this evening, Weserland Allgemeine Versicherung AG
confirms cover under travel health policy RKV 55 0192 773 for

  Patient: Uwe GROTHEER, date of birth 1951-09-02
  Admitted: 14 Feb 2026, emergency department, Clinica Llevant, Palma
  Diagnosis reported by Dr. Ferrer: closed fracture of the left femoral
  neck (S72.0) after a fall in the hotel bathroom; known atrial
  fibrillation on apixaban

We guarantee payment of the medically necessary treatment including the
planned hemiarthroplasty, up to EUR 25,000 for now. Please send the
interim invoice and the operation report to assistance@weserland.example,
quoting our reference TA-26-01183. Please do not bill the patient.

Our medical officer will call Dr. Ferrer on Monday regarding fitness to
fly; we are planning repatriation to Bremen by air ambulance or stretcher
on a scheduled flight around day 7 post-op.

Thank you for your help.

""" + sig("dubois"), charset="us-ascii", cte="7bit")
    return m


# --- d202-0017 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: Easter on-call rota of the 24h assistance line as ICS invitation; words like medical emergencies/evacuation, no case data")
def m0017():
    m = new(A("dubois"), "Assistance Team <assistance-team@weserland.example>",
            "Easter on-call rota 2026 (please accept the invite)", "2026-03-10 12:15:00")
    lang_en(m)
    plain(m, """Hi all,

here is the on-call rota for the 24h line over Easter (3-6 April). Same
rules as last year: the on-call person carries the red phone, decides on
guarantees up to EUR 10,000 alone and calls our medical officer for
anything involving an ICU admission or an evacuation.

  Fri 3 Apr   Claire (day) / Mathis (night)
  Sat 4 Apr   Ilka (day) / Claire (night)
  Sun 5 Apr   Mathis (day) / Ilka (night)
  Mon 6 Apr   Yusuf (day) / Mathis (night)

Backup medical officer over Easter is Dr. Ruhnke, reachable via the
switchboard. I've attached a calendar entry for the whole block; please
accept it so that the switchboard sees who is on duty.

Thanks – and if anyone wants to swap, sort it out between you and tell me
by 27 March.

""" + sig("dubois"))
    att_ics(m, "Easter_on-call_2026.ics", ics(
        "easter-oncall-2026@weserland.example", "20260403T080000", "20260407T080000",
        "24h assistance on-call block Easter 2026",
        location="Red phone / switchboard",
        description="Rota: Fri Claire/Mathis, Sat Ilka/Claire, Sun Mathis/Ilka, Mon Yusuf/Mathis. "
                    "Backup medical officer Dr. Ruhnke via switchboard.",
        organizer=("Claire Dubois", "claire.dubois@weserland.example"), stamp="20260310T111500Z",
        attendees=[("Assistance Team", "assistance-team@weserland.example")]))
    return m


# --- d202-0018 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "quality check of a health-benefit file: insured person named, diagnosis and treatment in free text, benefit decision")
def m0018():
    m = new(A("janssen"), "Bastian Focke <bastian.focke@weserland.example>",
            "QS-Befund KV-Akte Leistungsfall L-2025-330912", "2026-01-15 09:03:11", cc=A("eckhoff"))
    plain(m, """Hallo Bastian,

kurze Rückmeldung aus der Stichprobe zur Akte L-2025-330912
(VP Carsten Wilkens, KV-Nr. 7.305.221.70):

- Im Notizfeld steht "Pat. hat lt. Arztbrief Alkoholabhängigkeit (F10.2),
  Entgiftung Ameos 11/2025". Das gehört nicht ins Notizfeld, sondern in die
  Leistungsmaske – bitte verschieben und die Notiz löschen.
- Die Kosten der qualifizierten Entzugsbehandlung (21 Tage, 9.240 EUR) hast
  du vollständig erstattet. Das ist korrekt, Tarif ST2 schließt Sucht nicht
  aus. Aber: die Wartezeitprüfung fehlt in der Dokumentation; Vertragsbeginn
  war 01.04.2025, also 8 Monate – passt, aber bitte vermerken.
- Der Brief an den Kunden nennt die Diagnose im Betreff. Bitte künftig nur
  "Ihre Krankenhausrechnung vom ..." schreiben.

Sonst sauber gearbeitet. Wenn du Fragen hast, komm gern rum.

Birte

""" + sig("janssen"))
    return m


# --- d202-0019 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: team mail announcing a colleague's return from parental leave and her new tasks; no health detail, no customer data")
def m0019():
    m = new(A("hinrichs"), "Kundenservice Team <kundenservice-team@weserland.example>",
            "Kerstin ist ab 1.3. wieder an Bord", "2026-02-20 14:26:48")
    plain(m, """Hallo Team,

kurze Info: Kerstin Wohlers kommt am Montag, 02.03., aus der Elternzeit
zurück. Sie arbeitet erstmal 30 Stunden (Mo-Do) und übernimmt wieder die
Schulung der neuen Kolleginnen und Kollegen sowie den Beschwerde-Rückruf.

Ihr alter Platz am Fenster ist inzwischen von Tim belegt, sie sitzt jetzt
neben Aylin. Den Laptop hat die IT schon vorbereitet.

Am Montag um 12 Uhr gibt's ein kleines Willkommensfrühstück in der Teeküche,
bringt gern was mit.

Ole

""" + sig("hinrichs"))
    return m


# --- d202-0020 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "lost-baggage claim of a named traveller: policy and claim number, contents value and payout IBAN; no health data")
def m0020():
    m = new(A("dubois"), "Priya Raman <priya.raman@inboxly.example>",
            "Your baggage claim RG-26-00219 – settlement", "2026-03-04 16:38:20",
            irt=mid("raman-baggage", host="inboxly.example"))
    ib = iban("DE", "29050101" + "0082215570")
    plain(m, """Dear Ms Raman,

thank you for the receipts and the property irregularity report from the
airline. Your suitcase, lost on flight LH 1817 Munich–Lisbon on 14 February,
has not been traced within 21 days, so we treat it as lost.

Settlement under your travel policy RG-PK 4418 2093:

  clothing and shoes (time value)        EUR 642.00
  toiletries, replacement purchases      EUR  87.35
  suitcase (Samsonite, bought 2022)      EUR 145.00
  less airline compensation received    -EUR 380.00
  ---------------------------------------------
  payment                                EUR 494.35

We will transfer the amount within three working days to the account you
gave us: %s (Priya Raman).

If the airline finds the suitcase after all, please let us know; in that
case the payment has to be refunded, less the costs of the replacement
purchases.

""" % ib + sig("dubois"))
    return m


# --- d202-0021 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care allowance decision for a named insured person: care grade 3, dementia, assessment findings; windows-1252")
def m0021():
    m = new(A("wuebbena"), "Ulrike Kamp <ulrike.kamp@hansemail.example>",
            "Pflegetagegeld für Ihre Mutter, Frau Hildegard Kamp – Vertrag PT 7.110.482.06",
            "2026-02-05 10:12:09", irt=mid("kamp-pflege", host="hansemail.example"))
    plain(m, """Sehr geehrte Frau Kamp,

vielen Dank für die Übersendung des Gutachtens des Medizinischen Dienstes
und der Vollmacht Ihrer Mutter.

Nach dem Gutachten vom 22.01.2026 ist bei Ihrer Mutter, Frau Hildegard Kamp,
seit dem 01.12.2025 der Pflegegrad 3 festgestellt (Gesamtpunktwert 52,5).
Ausschlaggebend waren die fortschreitende Alzheimer-Demenz mit nächtlicher
Unruhe und die eingeschränkte Mobilität nach der Oberschenkelhalsfraktur im
Sommer.

Aus dem Pflegetagegeld-Tarif PT-Komfort zahlen wir damit ab 01.12.2025
monatlich 1.260 € (70 % von 1.800 €). Die Nachzahlung für Dezember und
Januar in Höhe von 2.520 € überweisen wir in den nächsten Tagen auf das
bekannte Konto Ihrer Mutter.

Bei einer Verschlechterung können Sie jederzeit eine Höherstufung beantragen;
bitte schicken Sie uns dann das neue Gutachten.

Mit freundlichen Grüßen

""" + sig("wuebbena") + "\n\n" + FOOTER_KV, charset="windows-1252")
    return m


# --- d202-0022 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, AED pads and eyewash stations for the office; company addresses only")
def m0022():
    m = new(A("tammen"), "Vertrieb <bestellung@medisafe-bedarf.example>",
            "Bestellung 4500188231 – Erste Hilfe / AED", "2026-01-29 08:44:17")
    plain(m, """Guten Morgen,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-017:

Pos  Menge  Artikel                                        Art.-Nr.
10     12   Verbandkasten DIN 13157 Wandhalterung          VK-13157-W
20      4   Defibrillator-Elektroden Erwachsene (AED Plus)  EL-8900-0800
30      2   Kinder-Elektroden (AED Plus)                    EL-8900-0810
40      6   Augenspülflasche 500 ml                         AS-500
50      2   Notfallbeatmungsmaske Taschenformat             BM-02

Lieferanschrift: Weserland Versicherungsgruppe, Warenannahme Tor 2,
Hafenkante 14, 28217 Bremen. Bitte Liefertermin kurz bestätigen.

Rechnung bitte wie immer an rechnungseingang@weserland.example mit der
Bestellnummer.

""" + sig("tammen"))
    return m


# --- d202-0023 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "broker",
      "broker's mail about a sole trader's liability claim (name, policy number, damage at a customer's house) forwarded internally")
def m0023():
    m = new(A("petersen"), A("brueggemann"), "WG: Schadenmeldung Tischlerei Meyer e.K. / BHV 40 551 237",
            "2026-02-03 15:07:55")
    plain(m, """Hallo Henning,

kannst du das bitte in dein Team geben? Herr Lüers ist einer unserer
wichtigsten Makler im Landkreis Verden, er möchte eine schnelle erste
Rückmeldung an den Kunden. Ich habe ihm gesagt, dass sich bis Freitag jemand
meldet.

Danke!
Lukas

-----Ursprüngliche Nachricht-----
Von: Hendrik Lüers <h.lueers@lueers-versicherungsmakler.example>
Gesendet: Dienstag, 3. Februar 2026 14:21
An: Lukas Petersen <lukas.petersen@weserland.example>
Betreff: Schadenmeldung Tischlerei Meyer e.K. / BHV 40 551 237

Hallo Herr Petersen,

mein Kunde Jürgen Meyer (Tischlerei Meyer e.K., Inhaber, Dorfstraße 3,
27308 Kirchlinteln) hat bei einem Einbau einer Einbauküche am 30.01. bei
der Familie Schierholz in Verden eine Wasserleitung angebohrt. Der
Wasserschaden im Wohnzimmer und im Keller ist erheblich, die Trocknung
läuft seit Samstag. Verletzt wurde niemand.

Betriebshaftpflicht bei Ihnen: BHV 40 551 237, Deckungssumme 5 Mio. EUR,
SB 250 EUR. Die Geschädigten haben bereits einen Gutachter beauftragt, die
Rechnung der Trocknungsfirma (Aquadry Nord) geht vermutlich an Herrn Meyer.

Fotos und die Schadenanzeige schicke ich Ihnen heute Abend per Portal.

Beste Grüße
Hendrik Lüers
Lüers Versicherungsmakler · Große Straße 44 · 27283 Verden

""" + sig("petersen"))
    return m


# --- d202-0024 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "harmless body ('can you take this one?'); the attached message/rfc822 is a customer's mail about her pregnancy and planned delivery abroad")
def m0024():
    inner = new("Marta Lindqvist <marta.lindqvist@nordpost.example>", "intl-desk@weserland.example",
                "Question about birth in Sweden – member INT-0061-4405-2", "2026-02-09 22:41:10",
                client="iphone", msgid=mid("lindqvist-birth", host="nordpost.example", style="iphone"))
    plain(inner, """Hello,

I am 24 weeks pregnant (due date 28 May) and we are thinking about having
the baby in Uppsala where my parents live, not in Bremen. My doctor says
it is a normal pregnancy so far, only some gestational diabetes that we
control with diet.

Does my International Care plan pay the hospital in Sweden directly and is
the midwife (aftercare at home) covered there too? Also, will my baby be
insured from birth without health questions if I add her within 2 months?

Thank you!
Marta Lindqvist
member no INT-0061-4405-2

Sent from my iPhone
""")
    m = new(A("gallagher"), "Lena Brinkmann <lena.brinkmann@weserland.example>",
            "FW: Question about birth in Sweden – member INT-0061-4405-2", "2026-02-10 08:19:40")
    lang_en(m)
    plain(m, """Hi Lena,

can you take this one? Nordics is still mine on paper until the split on
Monday, but you'll be the one following up anyway. The newborn question:
yes under §5 of the plan, as long as she's added within two months.

Thanks!
Emma

""" + sig("gallagher"))
    attach_mail(m, inner)
    return m


# --- d202-0025 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: IT notice about new mailbox routing for doctors' invoices and medical reports; vocabulary only")
def m0025():
    m = new(A("carstens"), "Leistung KV Alle <leistung-kv-alle@weserland.example>",
            "Neues Routing: Arztrechnungen und Befunde ab 16.02. ins Eingangskorb-System",
            "2026-02-11 16:50:00", client="notes")
    plain(m, """Hallo zusammen,

ab Montag, 16.02., werden Mails an leistung-kv@weserland.example nicht
mehr im Gruppenpostfach abgelegt, sondern automatisch im Eingangskorb
der Leistungsbearbeitung als Vorgang angelegt.

Was ändert sich für euch:
- Anhänge (Arztrechnungen, Rezepte, Befunde, Heil- und Kostenpläne) werden
  per OCR gelesen und der Versicherungsnummer zugeordnet, wenn eine im
  Betreff oder im Text steht.
- Mails ohne erkennbare Versicherungsnummer landen im Korb "Klärung".
- Das alte Gruppenpostfach bleibt bis 31.03. lesbar, danach nur noch
  Archiv.

Bitte ab Montag KEINE Mails mehr aus dem Gruppenpostfach an private
Adressen oder ans Handy weiterleiten (kam leider vor).

Bei Problemen: Ticket an den Service Desk, Kategorie "Eingangskorb".

Gruß
Nils

""" + sig("carstens"))
    return m


# --- d202-0026 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to an orthopaedist for a report on a named disability claimant (herniated disc, work capacity), citing the signed medical release")
def m0026():
    m = new(A("kranz"), "Praxis Dr. Ruschmeyer <praxis@ortho-ruschmeyer.example>",
            "Anforderung ärztlicher Bericht – Ihr Patient Sven Brockmöller, geb. 11.07.1977",
            "2026-02-12 09:30:00")
    plain(m, """Sehr geehrter Herr Dr. Ruschmeyer,

Ihr Patient Herr Sven Brockmöller, geb. 11.07.1977, wohnhaft Am Ochtumdeich
12, 28259 Bremen, hat bei uns Leistungen aus seiner
Berufsunfähigkeitsversicherung (Vertrag LV 88 1204 5571) beantragt. Er gibt
an, seit September 2025 wegen eines Bandscheibenvorfalls L4/L5 mit
Nervenwurzelreizung (M51.1) seinen Beruf als Dachdecker nicht mehr ausüben
zu können.

Eine von Herrn Brockmöller unterzeichnete Schweigepflichtentbindung für Sie
liegt uns vor (Kopie anbei per Post). Wir bitten um einen kurzen Bericht:

1. Diagnosen mit Datum der Erstfeststellung
2. bisherige Behandlung (konservativ/operativ), Verlauf
3. aktuelle Funktionseinschränkungen (Heben, Tragen, Überkopfarbeit,
   Arbeiten auf Leitern/Gerüsten)
4. Ihre Einschätzung der Prognose für die nächsten 6 Monate

Für den Bericht erstatten wir 40 EUR zzgl. Porto nach Rechnung
(GOÄ-Nr. 75). Bitte senden Sie ihn per Post oder über unseren
Dokumenten-Upload, nicht unverschlüsselt per E-Mail.

Mit freundlichen Grüßen

""" + sig("kranz") + "\n\n" + FOOTER_LV)
    return m


# --- d202-0027 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: team leave-planning mail with a CSV of colleagues' vacation weeks and training dates; no health reasons, no customers")
def m0027():
    m = new(A("mehta"), "Actuarial & Reinsurance <reinsurance@weserland.example>",
            "Leave planning 2026 – please fill in by 31 Jan", "2026-01-12 11:05:00")
    lang_en(m)
    plain(m, """Hi all,

to avoid last year's August gap (three of us out during the reserving
cut-off), please put your planned leave for 2026 into the attached CSV and
send it back, or edit the copy in the team folder.

Blocked weeks – no leave please unless agreed with Katja:
  KW 2-4 (year-end reserving), KW 27-28 (Solvency II QRTs), KW 41-43
  (treaty renewal preparation)

Training days are already in: IFRS 17 refresher 10/11 March, reinsurance
pricing workshop in Hamburg 17 June.

Thanks!

""" + sig("mehta"))
    attach_text(m, """name;from;to;type;comment
Raj Mehta;2026-05-11;2026-05-22;leave;India trip
Katja Nordhausen;2026-07-13;2026-07-31;leave;
Ben Okoye;2026-03-30;2026-04-03;leave;Easter
Ben Okoye;2026-06-17;2026-06-17;training;pricing workshop Hamburg
Hanna Rickels;2026-08-03;2026-08-21;leave;
Hanna Rickels;2026-03-10;2026-03-11;training;IFRS 17 refresher
""", "csv", "leave_planning_2026.csv", charset="utf-8", cte="7bit")
    return m


# --- d202-0028 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "short reply on a windscreen claim to an English-speaking customer: name, plate, motor policy and claim number")
def m0028():
    m = new(A("reimers"), "Tom Ashworth <tom.ashworth@mailbox-one.example>",
            "Re: Cracked windscreen – HB-TA 305", "2026-02-17 12:48:30",
            irt=mid("ashworth-glass", host="mailbox-one.example"))
    plain(m, """Dear Mr Ashworth,

yes, the windscreen is covered under your partial cover (Teilkasko) on
policy KF-4471-309926 with an excess of EUR 150. Our claim number is
KS-2026-020715.

You can simply book an appointment with GlasBlitz Bremen-Neustadt; they
bill us directly, you only pay the excess on site. A repair of a small chip
is free of charge and has no excess.

Kind regards

""" + sig("reimers"), cte="quoted-printable")
    return m


# --- d202-0029 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "English hand-over of three expat health cases with names, member numbers, cancer treatment, dialysis and a psychiatric admission")
def m0029():
    m = new("Lena Brinkmann <lena.brinkmann@weserland.example>", "Sven Aldag <sven.aldag@weserland.example>",
            "Handover US/Canada cases", "2026-02-02 17:20:05", cc=A("gallagher"))
    lang_en(m)
    plain(m, """Hi Sven,

welcome again! As agreed, here are the three open US/Canada cases you take
over from today. Everything else in that region is closed or dormant.

1. Kevin Marsh, INT-0039-1183-0 (Houston)
   Stage III colon cancer, FOLFOX chemotherapy at MD Westbrook Cancer
   Center since November, cycle 7 of 12. We have a direct-billing agreement
   with the hospital; invoices come monthly, check against the agreed
   case rate (USD 9,850 per cycle). Next restaging CT in March.

2. Andrea Kowalski-Rhee, INT-0052-7730-1 (Toronto)
   End-stage renal disease, haemodialysis 3x weekly at a private clinic.
   The clinic keeps billing the full chargemaster price; our Canadian
   cost-containment partner is negotiating. Don't pay anything above
   CAD 540 per session until they confirm.

3. Jesse Whitmore, INT-0058-2201-9 (Denver), dependant of a member
   19-year-old son admitted to a psychiatric unit on 28 January after a
   suicide attempt. Parents are very anxious; the father calls almost daily.
   Be kind, but no details to anyone except the policyholder (father has
   the release signed by Jesse).

All correspondence is in the case files, the direct-billing contacts are in
the partner sheet. Shout if anything is unclear.

Lena
--
Lena Brinkmann
International Client Desk
Weserland Krankenversicherung AG
""")
    return m


# --- d202-0030 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: prospect asking about long-term care insurance gets generic product information and a brochure link; no contract or health data")
def m0030():
    m = new(A("bruns"), "Gisela Mönkemeyer <g.moenkemeyer@freemail.example>",
            "AW: Info Pflegezusatzversicherung", "2026-02-18 13:22:47",
            irt=mid("moenkemeyer-info", host="freemail.example"))
    plain(m, """Sehr geehrte Frau Mönkemeyer,

vielen Dank für Ihr Interesse an unserer Pflegezusatzversicherung.

Unser Tarif "PflegeSchutz" zahlt ein monatliches Pflegegeld, sobald ein
Pflegegrad festgestellt ist – unabhängig davon, ob die Pflege zu Hause
durch Angehörige, durch einen ambulanten Pflegedienst oder im Heim
erfolgt. Die Höhe des Pflegegelds wählen Sie selbst (z. B. 1.500 EUR im
Pflegegrad 5), in den niedrigeren Pflegegraden wird anteilig gezahlt.

Der Abschluss ist bis zum 70. Lebensjahr möglich; es gibt einige
Gesundheitsfragen, z. B. nach bestehender Pflegebedürftigkeit oder
Demenzerkrankungen.

Die Broschüre und einen Beitragsrechner finden Sie hier:
https://www.weserland.example/pflege/pflegeschutz

Gern ruft Sie auch eine Beraterin an – antworten Sie einfach mit einer
Telefonnummer und einer passenden Uhrzeit.

Mit freundlichen Grüßen

""" + sig("bruns") + "\n\n" + FOOTER_DE)
    return m


# --- d202-0031 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "motor accident abroad handed to UK claims correspondent: named driver, plates, policy number, green card; no injuries")
def m0031():
    m = new(A("albers"), "Claims Desk <claims@brightwater-claims.example>",
            "Our ref KS-2026-011842 / your agent role – accident Dover 06.02.2026",
            "2026-02-09 10:44:00")
    lang_en(m)
    plain(m, """Dear colleagues,

we would ask you to act as our claims representative for the following
accident in the UK:

  Our insured: Frederike Hashagen, Rotenburg (Wümme), Germany
  Vehicle: VW Tiguan, registration ROW-FH 190, policy KF-4471-155083,
           green card no. D/112/88/1551083
  Date/place: 6 February 2026, approx. 17:40, A20 near Dover, roundabout
  Third party: Ford Transit, reg. GX19 KTP, driver Mr Liam Pettigrew,
               insurer stated as "Channel Commercial Motor"
  Circumstances: our insured entered the roundabout in the left lane and
               collided with the van when it changed lanes. Both vehicles
               drivable. No one was injured; police did not attend.

Our insured accepts no liability. Please contact the third-party insurer,
collect photos and estimates and advise on liability. Your fees as per our
framework agreement.

Mrs Hashagen's statement and photos follow by secure transfer.

Kind regards

""" + sig("albers"))
    return m


# --- d202-0032 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "harmless body ('anbei die Stichprobe'); the XLSX lists life/disability claim files with names, birth dates, diagnoses and decisions")
def m0032():
    m = new(A("janssen"), A("kranz") + ", Nele Wiechmann <nele.wiechmann@weserland.example>",
            "Stichprobe März – Leben/BU", "2026-03-02 08:58:30")
    plain(m, """Moin ihr beiden,

anbei die Stichprobe für März. Bitte bis 13.03. die Akten bereitlegen bzw.
im System für mich freigeben. Die Prüfung mache ich in der KW 12.

Birte

""" + sig("janssen"))
    rows = [["Akte", "VN/VP", "geb.", "Vertrag", "Leistungsart", "Diagnose lt. Akte", "Entscheidung", "SB"],
            ["BU-2025-0418", "Sven Brockmöller", "11.07.1977", "LV 88 1204 5571", "BU-Rente", "M51.1 Bandscheibenvorfall", "in Prüfung", "Kranz"],
            ["BU-2025-0377", "Melanie Kück", "02.02.1986", "LV 88 0977 3102", "BU-Rente", "F32.2 schwere depressive Episode", "anerkannt ab 01.08.2025", "Wiechmann"],
            ["BU-2025-0290", "Dirk Stüve", "23.10.1969", "LV 88 0643 8810", "BU-Rente", "I25.1 KHK, Z.n. Bypass", "abgelehnt (Grad 30 %)", "Kranz"],
            ["TF-2025-0061", "Hartmut Lange", "05.04.1958", "LV 71 2210 0046", "Todesfall", "C34.1 Bronchialkarzinom", "ausgezahlt 48.000 EUR", "Wiechmann"],
            ["DD-2025-0012", "Sandra Frerichs", "17.12.1974", "LV 90 0012 7738", "Dread Disease", "C50.4 Mammakarzinom", "anerkannt", "Kranz"]]
    att_xlsx(m, "QS_Stichprobe_2026-03_Leben.xlsx", [("Stichprobe", rows)], title="QS Stichprobe März",
             creator="Birte Janssen", created="2026-03-02T07:50:00Z", when=(2026, 3, 2, 8, 50, 0))
    return m


# --- d202-0033 -------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-press",
      "trap: press answer to a trade journal on winter-storm claims: counts, averages, regions; no individual")
def m0033():
    m = new(A("meinke"), "Oliver Brandt <o.brandt@reinsurance-ledger.example>",
            "Re: Storm 'Hertha' – figures for your article", "2026-02-24 15:10:00",
            irt=mid("brandt-hertha", host="reinsurance-ledger.example"))
    lang_en(m)
    plain(m, """Dear Mr Brandt,

thank you for your enquiry. For your article you may quote us as follows:

"Storm Hertha on 9 and 10 February caused around 6,800 claims at Weserland
so far, mainly roof and façade damage to residential buildings in Lower
Saxony and Bremen, and about 900 motor claims from falling branches. We
currently estimate the gross loss at EUR 21 million. The average building
claim is EUR 2,450. Two people were injured by falling roof tiles in our
policyholders' area; we have no information on fatalities among our
customers."
– Dr. Hauke Meiners, CEO

Please note that the figures are preliminary. We will publish an update
with our annual results on 26 March.

""" + sig("meinke"))
    return m


# --- d202-0034 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims bonus transfer from father to son: both names, son's birth date, driving licence date, motor policy numbers")
def m0034():
    m = new(A("bruns"), "Niklas Hüneke <niklas.hueneke@webpost.example>",
            "Übertragung Schadenfreiheitsrabatt – Ihr neuer Vertrag KF-4471-412087",
            "2026-03-03 14:05:10")
    plain(m, """Hallo Herr Hüneke,

wir haben die Übertragung des Schadenfreiheitsrabatts von Ihrem Vater,
Herrn Wolfgang Hüneke (Vertrag KF-4471-022190), auf Ihren neuen Vertrag
KF-4471-412087 geprüft.

Da Sie (geb. 19.08.2003) Ihren Führerschein seit dem 02.09.2021 haben,
können höchstens so viele schadenfreie Jahre übertragen werden, wie Sie
selbst hätten fahren können: das sind 4 Jahre. Ihr Vertrag wird ab
01.03.2026 in SF 4 (Kfz-Haftpflicht 57 %, Vollkasko 53 %) eingestuft. Ihr
Vater wird im eigenen Vertrag entsprechend zurückgestuft; er hat die
Erklärung unterschrieben.

Ihr neuer Beitrag: 68,42 € monatlich. Der Nachtrag kommt per Post.

Viele Grüße

""" + sig("bruns") + "\n\n" + FOOTER_DE, cte="8bit")
    return m


# --- d202-0035 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "private pension plan (life line, no medical word): beneficiary change for the death benefit before retirement, policy number, beneficiary's birth date")
def m0035():
    m = new(A("kranz"), "Michael O'Donnell <m.odonnell@greenpost.example>",
            "Your private pension plan RV 74 3308 1942 – change of beneficiary", "2026-03-05 11:37:45")
    lang_en(m)
    plain(m, """Dear Mr O'Donnell,

we confirm the change of beneficiary on your private pension plan
RV 74 3308 1942 (deferred annuity, retirement date 1 November 2041,
guaranteed monthly pension EUR 684.20) with effect from 4 March 2026.

If you die before the pension starts, the fund value is paid out, in this
order, to:
  1. Ms Aoife Brennan, born 27 April 1988 (partner)
  2. your children in equal shares

The previous designation in favour of Ms Clara O'Donnell is revoked. The
designation is revocable; you can change it again at any time in writing.

Your annual pension statement for 2025 will follow in April.

""" + sig("kranz") + "\n\n" + FOOTER_LV)
    return m


# --- d202-0036 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: minutes of the health-benefits team meeting (GOÄ reform, ICD-10-GM 2026 update, dental plan backlog, new staff); no individual cases")
def m0036():
    m = new(A("eckhoff"), "Leistung KV Alle <leistung-kv-alle@weserland.example>",
            "Protokoll Teammeeting 27.01.", "2026-01-27 16:40:00")
    plain(m, """Hallo Team,

hier kurz das Protokoll von heute:

1. ICD-10-GM 2026: Die neuen Codes sind seit 01.01. im Prüfsystem. Bei
   Post-COVID (U09.9) und den neuen Long-COVID-Unterkodes bitte weiterhin
   die bisherige Leistungsprüfung, keine Sonderregel.
2. GOÄ-Reform: Stand laut Verband weiterhin offen. Wir rechnen nicht vor
   2027 damit. Schulung kommt, wenn's konkret wird.
3. Rückstand Heil- und Kostenpläne Zahn: aktuell 214 offen, Ziel < 100 bis
   Ende Februar. Bastian und Jule helfen je 2 Tage pro Woche aus.
4. Neue Kollegin: Frieda Tönjes startet am 01.02. in der Stationärprüfung,
   Pate ist Bastian.
5. Erinnerung QS: Diagnosen gehören in die Leistungsmaske, nicht ins
   Notizfeld (siehe Mail von Birte vom 08.01.).

Nächstes Meeting 10.02., gleiche Zeit.

Miriam

""" + sig("eckhoff"))
    return m


# --- d202-0037 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "vacation hand-over of motor claims as HTML table (names, plates, claim numbers, amounts); no injuries")
def m0037():
    m = new(A("reimers"), A("albers"), "Übergabe Kfz-Fälle 23.02.-06.03.", "2026-02-20 15:55:10",
            cc="Kfz-Schaden Team <kfz-schaden@weserland.example>")
    text = """Hallo Katrin,

hier meine offenen Fälle für die zwei Wochen Urlaub:

KS-2026-011207 | Heike Dammann | HB-HD 733 | Hagelschaden, Gutachten liegt vor, 3.980 EUR, Zahlung freigeben
KS-2026-013560 | Piotr Nowak | DEL-PN 19 | Wildunfall (Reh) B74, Werkstattrechnung fehlt noch
KS-2026-014118 | Erik Sandstede | OL-ES 2204 | Totalschaden nach Auffahrunfall, Restwertbörse läuft bis 25.02.
KS-2026-017002 | Jutta Rosenbrock | HB-JR 51 | Marderbiss, Kostenvoranschlag 640 EUR, ok

Alle ohne Personenschaden. Wiedervorlagen habe ich auf dich umgestellt.

Jonas

""" + sig("reimers")
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hallo Katrin,</p>
<p>hier meine offenen Fälle für die zwei Wochen Urlaub:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>Schaden-Nr.</th><th>VN</th><th>Kennzeichen</th><th>Stand</th></tr>
<tr><td>KS-2026-011207</td><td>Heike Dammann</td><td>HB-HD 733</td><td>Hagelschaden, Gutachten liegt vor, 3.980 EUR, Zahlung freigeben</td></tr>
<tr><td>KS-2026-013560</td><td>Piotr Nowak</td><td>DEL-PN 19</td><td>Wildunfall (Reh) B74, Werkstattrechnung fehlt noch</td></tr>
<tr><td>KS-2026-014118</td><td>Erik Sandstede</td><td>OL-ES 2204</td><td>Totalschaden nach Auffahrunfall, Restwertbörse läuft bis 25.02.</td></tr>
<tr><td>KS-2026-017002</td><td>Jutta Rosenbrock</td><td>HB-JR 51</td><td>Marderbiss, Kostenvoranschlag 640 EUR, ok</td></tr>
</table>
<p>Alle ohne Personenschaden. Wiedervorlagen habe ich auf dich umgestellt.</p>
<p>Jonas</p>
<p style="color:#555">Viele Grüße<br>Jonas Reimers<br>Kfz-Schaden | Weserland Allgemeine Versicherung AG<br>Telefon 0421 70815-318</p>
</body></html>
"""
    alt(m, text, html)
    return m


# --- d202-0038 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: new case-file quality checklist (DOCX) with items on medical release forms, diagnoses and bank details; blank template")
def m0038():
    m = new(A("janssen"), "Claims & Benefits Team Leads <tl-schaden-leistung@weserland.example>",
            "New QA checklist for case files (EN version for the international desk)", "2026-02-04 10:10:10")
    lang_en(m)
    plain(m, """Hi all,

as promised, the English version of the case-file checklist, mainly for
the International Client Desk and the assistance team. Content is the same
as the German one; from March we'll use it for the monthly sample there as
well.

Feedback welcome until 18 February.

Birte

""" + sig("janssen"))
    att_docx(m, "QA_Checklist_Case_Files_EN_v1.docx", [
        "# Quality checklist – claims and benefit files (v1, February 2026)",
        "File reference: ____________   Reviewer: ____________   Date: ________",
        [["No.", "Check item", "OK", "Finding"],
         ["1", "Cover checked (policy in force, waiting periods, exclusions)", "", ""],
         ["2", "Signed medical release on file before any doctor or hospital was contacted", "", ""],
         ["3", "Diagnoses and medical details only in the benefit screen, not in free-text notes", "", ""],
         ["4", "Bank details verified against the customer master data (no changes by phone)", "", ""],
         ["5", "Four-eyes approval above EUR 5,000", "", ""],
         ["6", "Recourse / third-party liability checked and documented", "", ""],
         ["7", "Letters: no diagnosis in subject line, correct salutation", "", ""],
         ["8", "Deadline and follow-up set", "", ""]],
        "Rating: A = no finding, B = minor finding, C = material finding (report to team lead).",
    ], title="QA checklist", creator="Birte Janssen", created="2026-02-04T09:00:00Z", when=(2026, 2, 4, 9, 0, 0))
    return m


# --- d202-0039 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "service forwards a customer's angry mail (typos) about a rejected dental implant claim with tooth number and periodontitis to the benefits team")
def m0039():
    m = new(A("kowalczyk"), "Leistung KV Gruppenpostfach <leistung-kv@weserland.example>",
            "WG: Beschwerde Ablehnung Implantat !!!", "2026-02-16 09:12:40", cc=A("hinrichs"))
    plain(m, """Hallo zusammen,

Beschwerde, bitte mit Priorität. Herr Kuhlmann hat schon zweimal angerufen
und droht mit der BaFin. Eure Ablehnung ist vom 09.02. (Sachbearbeiter
laut System: Jule). Ich habe ihm Rückruf bis morgen zugesagt.

LG Sarah

-----Ursprüngliche Nachricht-----
Von: Bernhard Kuhlmann <b.kuhlmann@t-post.example>
Gesendet: Sonntag, 15. Februar 2026 18:33
An: service@weserland.example
Betreff: Beschwerde Ablehnung Implantat !!!

Hallo,

ich bin seit 1998 bei ihnen versichert (7.190.662.31) und jetzt lehnen sie
mein Implantat Zahn 36 ab weil angeblich die Parodontitis vorher nicht
behandelt war?? Das stimmt nicht, mein Zahnarzt Dr. Ohlrogge hat mir
letztes Jahr die PA Behandlung gemacht, das steht doch alles im Heil und
Kostenplan. Der Zahn ist raus und ich kann auf der Seite nicht mehr
kauen!! 2.870 Euro soll ich jetzt selber zahlen, das kann ja wohl nicht
sein.

Ich erwarte bis ende der Woche eine Antwort sonst geh ich zum Anwalt und
zur Versicherungsaufsicht.

B. Kuhlmann

""" + sig("kowalczyk"))
    return m


# --- d202-0040 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal notification 'new secure message in your mailbox' with no content; words like Leistungsabrechnung in generic text")
def m0040():
    m = new("Weserland SecureMail <no-reply@weserland.example>", "karin.lohmann@freemail.example",
            "Neue Nachricht in Ihrem Weserland-Postfach", "2026-02-19 06:02:11", client="system",
            extra=[("Auto-Submitted", "auto-generated")])
    alt(m, """Guten Tag,

in Ihrem persönlichen Weserland-Postfach liegt eine neue Nachricht für Sie
bereit. Aus Sicherheitsgründen senden wir Dokumente wie
Leistungsabrechnungen, Versicherungsscheine oder Schreiben unserer
Fachabteilungen nicht per unverschlüsselter E-Mail.

Zum Postfach: https://postfach.weserland.example

Bitte antworten Sie nicht auf diese E-Mail. Wir werden Sie nie per E-Mail
nach Ihrem Passwort fragen.

Ihre Weserland
""", """<html><body style="font-family:Arial,sans-serif">
<p>Guten Tag,</p>
<p>in Ihrem persönlichen Weserland-Postfach liegt eine <b>neue Nachricht</b> für Sie bereit.
Aus Sicherheitsgründen senden wir Dokumente wie Leistungsabrechnungen, Versicherungsscheine oder
Schreiben unserer Fachabteilungen nicht per unverschlüsselter E-Mail.</p>
<p><a href="https://postfach.weserland.example" style="background:#0b4f6c;color:#fff;padding:8px 14px;text-decoration:none">Zum Postfach</a></p>
<p style="font-size:11px;color:#777">Bitte antworten Sie nicht auf diese E-Mail. Wir werden Sie nie per E-Mail nach Ihrem Passwort fragen.</p>
</body></html>
""")
    return m


# --- d202-0041 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rent-deposit guarantee offer to a named applicant quoting his net income, employer and landlord; no health data")
def m0041():
    m = new(A("ahlers"), "Mateus Carvalho <mateus.carvalho@inboxly.example>",
            "Your rent deposit guarantee – offer MK-26-00381", "2026-02-23 10:01:00")
    lang_en(m)
    plain(m, """Dear Mr Carvalho,

thank you for your application for a rent deposit guarantee for the flat
at Osterdeich 96, 28205 Bremen (landlord: Weserblick Wohnbau GmbH).

Based on the documents you sent – employment contract with Nordtech
Offshore Services GmbH since 1 October 2025, net monthly income EUR 3,870
according to your January payslip, no negative credit entries – we can
offer you the guarantee:

  deposit guaranteed:   EUR 3,600 (three months' basic rent)
  annual fee:           EUR 151.20 (4.2 %)
  start:                1 April 2026

If you accept, please sign the attached offer electronically. We will then
send the guarantee certificate directly to your landlord.

Best regards

""" + sig("ahlers") + "\n\n" + FOOTER_DE)
    return m


# --- d202-0042 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "status of an accident invalidity case taken over from an absent colleague: named insured, injuries, degree of invalidity")
def m0042():
    m = new("Kai Renken <kai.renken@weserland.example>", A("brueggemann"),
            "AW: Vertretung Marco – Stand Invaliditätsfälle", "2026-02-10 17:02:19",
            irt=mid("vertretung-marco-stand"))
    plain(m, """Hallo Henning,

kurzer Stand zu den Invaliditätsfällen von Marco, die ich übernommen habe:

- U-2025-00931, Franziska Hartjen (Unfall-Vertrag UV 62 3318 004):
  Sturz vom Pferd 05/2025, distale Radiusfraktur links, Gutachten Dr. Sieling
  liegt vor: 3/10 Handwert, nach Gliedertaxe 55 % x 3/10 = 16,5 %.
  Mit Progression 225 % -> Zahlung 37.125 EUR bei GS 100.000. Freigabe
  brauche ich von dir (über 25.000).
- U-2025-01102, Ole Sassen (UV 62 4410 221), 9 Jahre:
  Fahrradsturz mit Schädel-Hirn-Trauma II. Grades, noch
  Konzentrationsstörungen. Gutachten erst nach 12 Monaten sinnvoll,
  habe die Eltern angeschrieben.
- U-2025-01187, Waltraud Ebeling (UV 62 1907 088):
  Oberschenkelhalsfraktur, Gutachter sieht überwiegend Osteoporose als
  Ursache, Mitwirkungsanteil 60 %. Entwurf Teilablehnung liegt bei dir.

Rest läuft.

Kai

-----Ursprüngliche Nachricht-----
Von: Henning Brüggemann
Gesendet: Montag, 2. Februar 2026 08:12
An: Team Unfall-Leistung
Betreff: Vertretung Marco ab sofort

> - Invaliditätsfälle mit Gutachten in Arbeit: Kai
--
Kai Renken
Unfall-Leistung | Weserland Allgemeine Versicherung AG
""")
    return m


# --- d202-0043 -------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: ticket with the mail-gateway supplier about S/MIME domain certificate renewal; mentions confidential and health mail routing, no personal data")
def m0043():
    m = new(A("carstens"), "Support <support@nordgate-secure.example>",
            "Ticket #NG-44812 – domain certificate renewal before 31 March", "2026-03-09 14:30:00",
            client="notes")
    lang_en(m)
    plain(m, """Hello,

our domain certificate for weserland.example (S/MIME, gateway-to-gateway)
expires on 31 March 2026. We would like to renew it in the maintenance
window on 24 March, 19:00-21:00 CET.

Questions:
1. Can the new certificate be imported while the old one stays active for
   decryption of incoming mail until the partners have updated?
2. The policy "health department -> always encrypt / portal fallback"
   references the old certificate thumbprint. Will it pick up the new one
   automatically?
3. Do you need the CSR in PKCS#10 PEM or DER?

For your information: no mail content or logs are attached to this ticket.

Regards

""" + sig("carstens"))
    return m


# --- d202-0044 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "request to the police for the burglary file: named policyholder, home address, police diary number, household claim number")
def m0044():
    m = new(A("yildiz"), '"Polizeiinspektion Bremen-Nord, Kriminalpolizei" <kripo.nord@polizei-bremen.example>',
            "Akteneinsicht Wohnungseinbruch – Tgb.-Nr. 1187/26/KK12", "2026-02-26 11:18:44")
    plain(m, """Sehr geehrte Damen und Herren,

wir sind Hausratversicherer von Herrn Ingo Pletsch, Fährer Straße 88,
28755 Bremen (Schaden-Nr. SH-26-001944, Vertrag HR 21 305 116). Bei
Herrn Pletsch wurde am 16.02.2026 zwischen 8 und 17 Uhr durch Aufhebeln
der Terrassentür eingebrochen (Ihr Tagebuch-Nr. 1187/26/KK12).

Wir bitten um Übersendung einer Kopie der Ermittlungsakte bzw. zumindest
des Tatortbefundberichts und der Stehlgutliste, soweit Ihnen dies bereits
möglich ist. Eine Einwilligung des Versicherungsnehmers liegt uns vor.
Die Kostenpauschale übernehmen wir.

Mit freundlichen Grüßen

""" + sig("yildiz") + "\n\n" + FOOTER_DE)
    return m


# --- d202-0045 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service",
      "query to an outpatient care service about invoices for a named insured person with care grade 4 and wound care")
def m0045():
    m = new(A("wuebbena"), "Abrechnung Pflegedienst Lebensfreude <abrechnung@pflegedienst-lebensfreude.example>",
            "Ihre Rechnungen 12/2025 und 01/2026 – Herr Gerhard Ostendorf", "2026-02-13 14:44:00")
    plain(m, """Sehr geehrte Damen und Herren,

zu Ihren Rechnungen Nr. 2025-1288 und 2026-0107 für unseren Versicherten
Herrn Gerhard Ostendorf (KV 7.144.902.57, Pflegegrad 4) haben wir
Rückfragen:

1. Abgerechnet sind in beiden Monaten täglich zwei Einsätze
   "Wundversorgung Dekubitus Grad III sakral". Laut ärztlicher Verordnung
   von Dr. Wendt vom 01.12.2025 ist ein Verbandwechsel nur jeden zweiten
   Tag verordnet. Bitte senden Sie uns die aktuelle Verordnung bzw. die
   Pflegedokumentation.
2. Die Leistungskomplexe 3 (große Morgentoilette) und 15
   (Hilfe bei der Nahrungsaufnahme) sind am 24.-26.12. doppelt berechnet.

Bis zur Klärung zahlen wir den unstrittigen Betrag von 2.118,40 EUR aus.

Mit freundlichen Grüßen

""" + sig("wuebbena") + "\n\n" + FOOTER_KV)
    return m


# --- d202-0046 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: English staff newsletter (HTML) with blood donation drive, flu vaccination slots and a health-day programme; no individual data")
def m0046():
    m = new("Weserland Internal Comms <intern@weserland.example>", "All staff <alle@weserland.example>",
            "Weserland Weekly – week 8", "2026-02-16 07:30:00", client="system")
    lang_en(m)
    alt(m, """WESERLAND WEEKLY - week 8

* Blood donation drive, 3 March, canteen annex, 9:00-15:00.
  Book a slot on the intranet; the Red Cross team brings everything.
* Flu vaccination by our company doctor: last dates 24 and 25 February,
  room "Kajen" (no appointment needed, bring your vaccination card).
* Health day 12 March: back-school, eye test, stress management talk
  "When the inbox makes you ill" (Dr. Imke Stöver).
* Canteen: fish week, vegan option daily.
* New colleagues this month: 14 (welcome!).

Questions: intern@weserland.example
""", """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<h2 style="color:#0b4f6c">Weserland Weekly – week 8</h2>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#e6eef3"><th>What</th><th>When</th><th>Where</th></tr>
<tr><td>Blood donation drive (book a slot on the intranet)</td><td>3 March, 9:00-15:00</td><td>Canteen annex</td></tr>
<tr><td>Flu vaccination by our company doctor</td><td>24 + 25 February</td><td>Room "Kajen"</td></tr>
<tr><td>Health day: back-school, eye test, talk "When the inbox makes you ill"</td><td>12 March</td><td>Atrium</td></tr>
</table>
<p>Canteen: fish week, vegan option daily. New colleagues this month: <b>14</b> – welcome!</p>
<p style="font-size:11px;color:#666">Questions: intern@weserland.example</p>
</body></html>
""")
    return m


# --- d202-0047 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "D&O underwriting note: named managing directors (insured persons) with birth dates and the company's policy; no health data")
def m0047():
    m = new(A("ahlers"), "Gewerbe Underwriting <underwriting-gewerbe@weserland.example>",
            "D&O Kattegat Schiffsausrüstung GmbH – Verlängerung 2026", "2026-03-11 09:40:00")
    plain(m, """Hallo zusammen,

zur Verlängerung der D&O für die Kattegat Schiffsausrüstung GmbH
(Vertrag DO 80 1102 339, VS 2 Mio. EUR) brauchen wir eine zweite Meinung.

Versicherte Personen laut Anmeldung:
- Geschäftsführer Jan-Hendrik Ubben, geb. 03.06.1971
- Geschäftsführerin Merle Siefken, geb. 21.11.1983 (neu seit 01/2026)
- Beirat: Dr. Carsten Grotjahn, geb. 14.01.1959

Die Gesellschaft hat 2025 einen Verlust von 1,4 Mio. EUR ausgewiesen
(Vorjahr +0,3 Mio.), Eigenkapitalquote 11 %. Der Makler möchte die Prämie
halten. Ich würde nur mit Insolvenzausschluss-Klausel oder 25 % Zuschlag
verlängern.

Meinungen bis Freitag?

Stefan

""" + sig("ahlers"))
    return m


# --- d202-0048 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "customer's trip-cancellation mail about her mother's stroke (typos), forwarded inline to the medical officer")
def m0048():
    m = new(A("dubois"), "Dr. Ruhnke Medical Officer <medical.officer@weserland.example>",
            "Fwd: Cancellation of our trip to Madeira", "2026-03-16 09:05:30")
    plain(m, """Good morning Dr. Ruhnke,

could you have a look? The insured person herself is fine; it is about
whether the mother's condition counts as an "unexpected serious illness" of
a close relative. The trip would have started on 21 March. I'd like to
answer her by tomorrow.

Thanks,
Claire

---------- Forwarded message ---------
From: Hannah Schlüter <hannah.schlueter@greenpost.example>
Date: Sun, 15 Mar 2026 at 20:11
Subject: Cancellation of our trip to Madeira
To: <travel@weserland.example>

Hello,

we have to cancel our trip to madeira (21.3.-4.4., booking no 7719024,
travel cancellation insurance RR 22 0917 330). My mother Ingrid Schlüter
(79) had a stroke on thursday, she is in the stroke unit at Klinikum
Bremen-Ost and cant speak properly yet, the right side is paralised. I am
her only daughter and have to organise everything, care etc.

I can send a letter from the hospital. What else do you need?
The cancellation fees are 2.340 euros, the tour operator says 80% now.

Thank you
Hannah Schlüter

""" + sig("dubois"))
    return m


# --- d202-0049 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "grey zone: short mobile team mail that a named colleague called in sick (health data of an employee, cf. Lindqvist); shift gap")
def m0049():
    m = new(A("hinrichs"), "Kundenservice Team <kundenservice-team@weserland.example>",
            "Spätschicht heute – Tim krank", "2026-02-25 07:18:02", client="iphone")
    plain(m, """Moin,

Tim hat sich eben krankgemeldet, Fieber und Magen-Darm, er ist
vermutlich bis Freitag raus. Wer kann heute die Spätschicht 12-20 Uhr
übernehmen? Aylin, du hattest doch Überstunden abbauen wollen – wenn du
tauschst, kriegst du Montag frei.

Bitte kurz hier antworten.

Ole

""" + IPHONE, cte="quoted-printable")
    return m


# --- d202-0050 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "team mail: team lead's vacation, deputy rules, approval limits; colleagues named, no reasons, no customers")
def m0050():
    m = new(A("albers"), "Kfz-Schaden Team <kfz-schaden@weserland.example>",
            "Meine Abwesenheit 16.-27.03. – Vertretung", "2026-03-12 16:30:00")
    plain(m, """Hallo Team,

ich bin vom 16. bis 27. März nicht da. Vertretung:

- Freigaben bis 10.000 EUR: Jonas
- Freigaben über 10.000 EUR und Totalschäden mit Restwertstreit: Henning
  (Sach/HP) hat zugestimmt, das mitzumachen
- Beschwerden und Anwaltsschreiben: Bettina
- Mein Postfach wird nicht weitergeleitet, die Abwesenheitsnotiz verweist
  auf kfz-schaden@.

Der Jour fixe am 19.03. fällt aus, am 26.03. macht ihn Jonas.

Danke euch und bis bald
Katrin

""" + sig("albers"))
    return m


# --- d202-0051 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "grey zone: pet health insurance payment for a named customer's dog (cruciate ligament surgery); animal health, owner's policy and payout")
def m0051():
    m = new(A("yildiz"), "Sophie Barrett <sophie.barrett@mailbox-one.example>",
            "Re: Vet invoice for Bruno – claim TK-26-00144", "2026-03-06 15:20:15",
            irt=mid("barrett-bruno", host="mailbox-one.example"))
    lang_en(m)
    plain(m, """Dear Ms Barrett,

we hope Bruno is recovering well.

We have processed the invoice from Tierklinik Am Weserwehr for Bruno's
cruciate ligament surgery (TPLO, right hind leg) on 23 February. Under
your pet health policy TK 14 0022 871 the costs are covered at up to the
threefold rate of the veterinary fee scale (GOT):

  invoice amount                 EUR 2,946.30
  not covered (special food)    -EUR    64.90
  excess 20 %                   -EUR   576.28
  payment                        EUR 2,305.12

The amount will be transferred to your account in the next few days.

""" + sig("yildiz"))
    return m


# --- d202-0052 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental treatment-plan decision: short body; the PDF lists tooth numbers, implant, bone graft and reimbursement for a named insured person")
def m0052():
    m = new(A("hollmann"), "Anja Terborg <anja.terborg@webpost.example>",
            "Ihr Heil- und Kostenplan vom 04.02.2026", "2026-02-12 13:50:00")
    plain(m, """Sehr geehrte Frau Terborg,

anbei erhalten Sie unsere Leistungszusage zum Heil- und Kostenplan Ihres
Zahnarztes. Bei Fragen erreichen Sie uns unter 0421 70815-500.

""" + sig("hollmann") + "\n\n" + FOOTER_KV)
    att_pdf(m, "Leistungszusage_HKP_Terborg.pdf", [
        "# Weserland Krankenversicherung AG",
        "Frau Anja Terborg, Lindenweg 4, 28865 Lilienthal",
        "Versicherungsnummer: 7.330.018.44   Tarif: ZahnPlus 90",
        "",
        "# Leistungszusage zum Heil- und Kostenplan vom 04.02.2026",
        "Behandler: Zahnarztpraxis Dr. Gesa Ohlrogge, Lilienthal",
        "",
        "Befund: Zahn 46 nicht erhaltungswürdig (Längsfraktur), Extraktion erfolgt am 20.01.2026",
        "Geplant: Implantat regio 46 mit Knochenaufbau (GOZ 9100), Implantatkrone vollkeramisch",
        "",
        "Geplante Kosten laut HKP: 3.912,46 EUR (Honorar 2.405,10 EUR, Material/Labor 1.507,36 EUR)",
        "Erstattung nach Tarif ZahnPlus 90 (90 %, Jahreshöchstbetrag im 3. Versicherungsjahr 3.000 EUR):",
        "voraussichtliche Erstattung: 3.000,00 EUR",
        "",
        "Die Zusage gilt 6 Monate ab Datum dieses Schreibens und vorbehaltlich unveränderter Behandlung.",
    ], title="Leistungszusage HKP", created="20260212134500+01'00'")
    return m


# --- d202-0053 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: assistance team's QA results in aggregate (case counts, hospital admissions, evacuations, file defects); no individual")
def m0053():
    m = new(A("janssen"), A("dubois"), "QA sample assistance files – February results",
            "2026-03-04 11:11:00", cc="Dr. Ruhnke Medical Officer <medical.officer@weserland.example>")
    lang_en(m)
    plain(m, """Hi Claire,

results of the first English-language sample (February closures):

  files reviewed                 30
  hospital admissions abroad     12 (incl. 3 ICU)
  repatriations                   5 (2 air ambulance)
  rating A / B / C               21 / 7 / 2

Findings:
- in 4 files the guarantee of payment was sent before the cover check was
  documented (always after the fact, cover was fine in all four)
- 2 C-ratings: medical reports from the treating hospital were forwarded to
  the tour operator's unencrypted address. Please remind the team that tour
  operators only get "fit to fly yes/no", never the report.
- good: call notes are much more complete than in the German sample

I'll send you the file references separately through the QA tool.

Birte

""" + sig("janssen"))
    return m


# --- d202-0054 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "storm damage to a named customer's house: address, building policy, claim number, roofer's estimate in an ODT attachment")
def m0054():
    m = new(A("yildiz"), "Eheleute Tönnies <familie.toennies@hansemail.example>",
            "Sturmschaden „Hertha“ – Ihr Wohngebäude Am Mühlenteich 9 – SG-26-004470",
            "2026-02-17 08:41:56")
    plain(m, """Sehr geehrte Frau Tönnies, sehr geehrter Herr Tönnies,

vielen Dank für die Fotos und den Kostenvoranschlag der Dachdeckerei
Harms. Den Sturmschaden am Dach Ihres Hauses Am Mühlenteich 9, 27711
Osterholz-Scharmbeck, übernehmen wir im Rahmen Ihrer
Wohngebäudeversicherung WG 33 710 552.

Unsere Prüfung des Kostenvoranschlags haben wir Ihnen als Dokument
beigefügt. Sie können den Auftrag an die Dachdeckerei erteilen; die
Rechnung zahlen wir nach Vorlage direkt an den Betrieb, abzüglich Ihrer
Selbstbeteiligung von 500 EUR.

Mit freundlichen Grüßen

""" + sig("yildiz") + "\n\n" + FOOTER_DE)
    att_odt(m, "Pruefung_KV_SG-26-004470.odt", [
        "# Prüfung Kostenvoranschlag – Schaden SG-26-004470",
        "Versicherungsnehmer: Bernd und Silke Tönnies, Am Mühlenteich 9, 27711 Osterholz-Scharmbeck",
        "Vertrag: WG 33 710 552 (Wohngebäude, gleitender Neuwert)",
        "Schadentag: 10.02.2026, Sturm Windstärke 10 (DWD-Bestätigung liegt vor)",
        [["Pos.", "Leistung", "KV EUR", "anerkannt EUR"],
         ["1", "Gerüst 120 m² inkl. Standzeit 2 Wochen", "1.860,00", "1.860,00"],
         ["2", "Neueindeckung Dachpfannen 38 m²", "3.420,00", "3.420,00"],
         ["3", "Firstziegel erneuern 12 lfm", "744,00", "744,00"],
         ["4", "Dachrinne hinten erneuern", "690,00", "0,00 (Vorschaden, Korrosion)"],
         ["", "Summe", "6.714,00", "6.024,00"]],
        "abzüglich Selbstbeteiligung 500,00 EUR; Zahlung an Dachdeckerei Harms nach Rechnung: 5.524,00 EUR",
    ], title="Prüfung KV", creator="Dilara Yildiz", created="2026-02-17T08:30:00", when=(2026, 2, 17, 8, 30, 0))
    return m


# --- d202-0055 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health plan: declined IVF cycle for a named couple with infertility diagnosis and age; explains the exclusion")
def m0055():
    m = new(A("gallagher"), "Laura Bennett <laura.bennett@nordpost.example>",
            "Your pre-authorisation request – IVF treatment", "2026-03-10 16:22:40",
            irt=mid("bennett-ivf", host="nordpost.example"))
    lang_en(m)
    plain(m, """Dear Ms Bennett,

thank you for sending the treatment plan from the Kinderwunschzentrum an
der Wümme for your second IVF/ICSI cycle.

I am sorry to tell you that we cannot confirm cover for this cycle. Your
International Care Essential plan (member no. INT-0044-9031-7) covers
assisted reproduction only under the Premium option, and only for a
maximum of one attempt after a 24-month waiting period. The diagnosis in
the plan (tubal factor infertility, N97.1, together with reduced sperm
motility of your husband) would in principle be covered under Premium.

You can switch to Premium at the next renewal on 1 July 2026, but this
requires new health questions and the waiting period would start then.

I know this is not the answer you hoped for. If you would like to talk it
through, please call me directly.

""" + sig("gallagher") + "\n\n" + FOOTER_KV)
    return m


# --- d202-0056 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-authority",
      "trap: DPO answers the supervisory authority on the generic consent template for e-mail with health data; no individual case")
def m0056():
    m = new(A("vahlenkamp"), "Referat 3 <poststelle@datenschutz-bremen-land.example>",
            "Ihr Schreiben vom 02.03.2026 – Az. 30-411/26 – E-Mail-Kommunikation mit Gesundheitsdaten",
            "2026-03-18 10:00:00")
    plain(m, """Sehr geehrte Frau Dr. Kaiser,

vielen Dank für Ihr Schreiben. Zu Ihren Fragen:

1. Gesundheitsdaten (z. B. Leistungsabrechnungen, Arztberichte, Gutachten)
   versenden wir grundsätzlich über unser SecureMail-Portal. Eine
   Übermittlung per transportverschlüsselter E-Mail (TLS) erfolgt nur,
   wenn die betroffene Person dies ausdrücklich und schriftlich gewünscht
   hat. Das Muster der Einwilligungserklärung fügen wir bei (Stand 01/2026).
2. Die Einwilligung ist jederzeit widerruflich; der Widerruf wird im
   Kundensystem vermerkt und wirkt ab dem nächsten Versand.
3. Ausgehende E-Mails werden von unserem Gateway automatisch klassifiziert.
   Der Klassifizierungsgrund wird protokolliert, die Protokolle werden
   nach § 257 HGB sechs Jahre aufbewahrt.

Für ein Gespräch stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

""" + sig("vahlenkamp"))
    att_docx(m, "Muster_Einwilligung_E-Mail_Gesundheitsdaten_2026-01.docx", [
        "# Einwilligung in die Kommunikation per E-Mail",
        "Name, Vorname: ______________________   Versicherungsnummer: ______________",
        "Ich bin damit einverstanden, dass mir die Weserland Krankenversicherung AG Schreiben, die "
        "Gesundheitsdaten enthalten (z. B. Leistungsabrechnungen, Rückfragen zu Arztrechnungen), an die "
        "folgende E-Mail-Adresse mit Transportverschlüsselung (TLS) sendet: ______________________",
        "Mir ist bekannt, dass bei dieser Übertragung die Inhalte auf den beteiligten Servern unverschlüsselt "
        "vorliegen können. Ich kann diese Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
        "Ort, Datum, Unterschrift: ______________________",
    ], title="Muster Einwilligung", creator="Datenschutz", created="2026-01-05T10:00:00Z",
        when=(2026, 1, 5, 10, 0, 0))
    return m


# --- d202-0057 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "liability insurer to the landlord's lawyer: named tenant (policyholder), leaking washing machine, flat address, claim figures; no injuries")
def m0057():
    m = new(A("brueggemann"), "RAe Wilkens & Dreyer <kanzlei@wilkens-dreyer.example>",
            "Ihr Az. 26/0143 W – Wasserschaden Lüneburger Str. 7, 2. OG / unser Az. HS-26-000611",
            "2026-03-09 15:45:00")
    plain(m, """Sehr geehrter Herr Rechtsanwalt Wilkens,

wir sind Privathaftpflichtversicherer Ihres Gegners, Herrn Florian
Gerdes, Mieter der Wohnung im 2. OG Lüneburger Straße 7, 28205 Bremen
(Vertrag PH 50 118 902).

Die Haftung unseres Versicherungsnehmers für den Wasseraustritt aus dem
Zulaufschlauch seiner Waschmaschine am 11.01.2026 erkennen wir dem Grunde
nach an. Zur Höhe:

- Trocknung der Decke in der Wohnung Ihrer Mandantin (1. OG):
  1.240,00 EUR – anerkannt
- Malerarbeiten: 1.980,00 EUR – anerkannt bis 1.620,00 EUR (Abzug neu für
  alt, letzte Renovierung 2017)
- Mietminderung der Untermieterin: bitte Nachweis
- Ihre Gebühren nach RVG auf Basis des berechtigten Anspruchs

Wir überweisen 2.860,00 EUR auf Ihr Kanzleikonto.

Mit freundlichen Grüßen

""" + sig("brueggemann") + "\n\n" + FOOTER_DE)
    return m


# --- d202-0058 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "hospital",
      "a Singapore hospital's pre-authorisation request (breast cancer, chemotherapy regimen) forwarded to the medical advisor")
def m0058():
    m = new("Lena Brinkmann <lena.brinkmann@weserland.example>",
            "Dr. Ruhnke Medical Officer <medical.officer@weserland.example>",
            "FW: Pre-authorisation request – Mrs Yvonne Tan-Keller", "2026-02-27 07:55:00")
    lang_en(m)
    plain(m, """Dr. Ruhnke,

could you review this before I confirm? The cycle cost looks high to me
compared with our German reference, but I can't judge the regimen.

Thanks, Lena

From: Insurance Liaison <insurance.liaison@straits-medical.example>
Sent: Thursday, 26 February 2026 18:40
To: intl-desk@weserland.example
Subject: Pre-authorisation request - Mrs Yvonne Tan-Keller

Dear Sir/Madam,

Patient: TAN-KELLER, Yvonne   DOB: 09/04/1976   Member: INT-0033-5120-4
Diagnosis: invasive ductal carcinoma left breast, pT2 pN1 M0, HER2
positive (C50.4)
Planned treatment: adjuvant chemotherapy TCHP (docetaxel, carboplatin,
trastuzumab, pertuzumab), 6 cycles q3w, followed by trastuzumab to complete
one year; port implantation as day surgery.
Estimated cost: SGD 14,800 per cycle, port SGD 6,200.

Kindly provide a letter of guarantee before 5 March.

Regards
Insurance Liaison Office
Straits Medical Centre, Singapore
--
Lena Brinkmann
International Client Desk
Weserland Krankenversicherung AG
""")
    return m


# --- d202-0059 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: invitation (ICS) to a QA calibration round using a fictitious sample case 'Max Mustermann' with a diagnosis; no real person")
def m0059():
    m = new(A("janssen"), "QS-Prüfer <qs-pruefer@weserland.example>",
            "Einladung: Kalibrierungsrunde QS-Bewertung 2026", "2026-01-30 12:00:00")
    plain(m, """Hallo zusammen,

damit wir alle gleich bewerten, machen wir wieder eine Kalibrierungsrunde.
Jede/r bewertet vorab denselben Übungsfall, wir vergleichen dann die
Ergebnisse.

Übungsfall (fiktiv, aus der Schulungsumgebung):
"Max Mustermann, geb. 01.01.1970, Versicherungsnummer 0.000.000.00,
reicht eine Krankenhausrechnung über 8.400 EUR ein (Diagnose lt. Rechnung
K35.8 Appendizitis). Die Schweigepflichtentbindung fehlt, der
Sachbearbeiter fordert trotzdem den Entlassbericht an."

Bewertung bitte im QS-Tool unter Mandant SCHULUNG bis zum 10.02. eintragen.

Birte

""" + sig("janssen"))
    att_ics(m, "Kalibrierung_QS_2026.ics", ics(
        "qs-kalibrierung-2026@weserland.example", "20260212T140000", "20260212T153000",
        "Kalibrierungsrunde QS-Bewertung", location="Raum Schlachte / Teams",
        description="Übungsfall Mustermann (fiktiv) vorher bewerten.",
        organizer=("Birte Janssen", "birte.janssen@weserland.example"), stamp="20260130T110000Z",
        attendees=[("QS-Prüfer", "qs-pruefer@weserland.example")]))
    return m


# --- d202-0060 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "grey zone: team mail that a named colleague starts maternity protection (reveals pregnancy, a health fact); hand-over of her area")
def m0060():
    m = new(A("eckhoff"), "Leistung KV Alle <leistung-kv-alle@weserland.example>",
            "Jule ab 23.03. im Mutterschutz", "2026-03-13 13:13:13")
    plain(m, """Liebes Team,

Jule geht ab dem 23.03. in den Mutterschutz – sie hat mich gebeten, es
euch zu sagen, weil sie es selbst nicht mehr allen einzeln erzählen kann.
Errechneter Termin ist Anfang Mai. Wir freuen uns sehr mit ihr!

Ihre Themen übernehmen bis auf Weiteres:
- Zahn/HKP-Prüfung: Frieda (mit Unterstützung der Zahnberatung)
- Hilfsmittel: Bastian
- Auslandsrechnungen: Svenja

Für ein Abschiedsgeschenk steht am Freitag eine Box bei Svenja.

Miriam

""" + sig("eckhoff"))
    return m


# --- d202-0061 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "fleet list (XLSX) of a sole-trader courier (natural person): plates, VINs, policy numbers, claims history")
def m0061():
    m = new(A("petersen"), "Fiona Caldwell <f.caldwell@harbourline-brokers.example>",
            "Fleet schedule Kurierdienst Amadou Diallo – as requested", "2026-03-17 12:05:00",
            client="tb")
    lang_en(m)
    plain(m, """Hi Fiona,

attached is the current fleet schedule for your client Amadou Diallo
(Kurierdienst Diallo, sole trader) with the claims history of the last
three years, as requested for the renewal meeting.

Loss ratio 2025 was 91 %, mostly due to two at-fault claims in November;
I'd expect a premium increase of about 12 % unless he agrees to the
telematics option.

Best regards
Lukas

--
""" + sig("petersen"), cte="8bit", flowed=True)
    rows = [["Policyholder: Amadou Diallo, Kurierdienst Diallo, Friedrich-Ebert-Str. 120, 28199 Bremen", "", "", "", ""],
            ["Policy", "Plate", "Vehicle", "VIN", "Claims 2023-2025"],
            ["KF-4471-520001", "HB-AD 101", "Mercedes Sprinter 314", "WDB9066331S902214", "1 (2025, rear-end, at fault)"],
            ["KF-4471-520002", "HB-AD 102", "Mercedes Sprinter 314", "WDB9066331S902871", "0"],
            ["KF-4471-520003", "HB-AD 103", "VW Crafter 35", "WV1ZZZSYZL9011452", "2 (2023 glass, 2025 parking)"],
            ["KF-4471-520004", "HB-AD 104", "Renault Kangoo E-Tech", "VF1FW0ZBC66119072", "1 (2025, junction, at fault)"],
            ["", "", "", "", ""],
            ["Total premium 2025: EUR 9,412.00   Claims paid 2025: EUR 8,565.40", "", "", "", ""]]
    att_xlsx(m, "Fleet_Diallo_2026.xlsx", [("Fleet", rows)], title="Fleet schedule", creator="Lukas Petersen",
             created="2026-03-17T11:00:00Z", when=(2026, 3, 17, 11, 0, 0))
    return m


# --- d202-0062 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: general answer to an enquirer on how the insurer sends health data (portal, TLS consent); no contract, no personal data")
def m0062():
    m = new(A("kowalczyk"), "Rüdiger Albrecht <ruediger.albrecht@freemail.example>",
            "AW: Frage zu Dokumenten per E-Mail", "2026-03-19 11:40:21",
            irt=mid("albrecht-portal", host="freemail.example"))
    plain(m, """Guten Tag Herr Albrecht,

danke für Ihre Frage – die bekommen wir öfter.

Unterlagen mit Gesundheitsdaten (zum Beispiel Leistungsabrechnungen,
Rückfragen zu Arztrechnungen oder Gutachten) schicken wir nicht als
normale E-Mail, weil E-Mails unterwegs mitgelesen werden könnten. Sie
haben zwei Möglichkeiten:

1. Unser kostenloses Postfach im Kundenportal: Sie bekommen eine kurze
   Benachrichtigung, das Dokument selbst liegt verschlüsselt im Portal.
2. Wenn Sie es ausdrücklich wünschen, senden wir auch per E-Mail mit
   Transportverschlüsselung. Dafür brauchen wir Ihre schriftliche
   Einwilligung (Formular auf www.weserland.example/einwilligung).

Viele Grüße

""" + sig("kowalczyk"))
    return m


# --- d202-0063 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "coaching feedback to a service agent quoting her reply to a customer about a bank-account change (name, policy, IBAN)")
def m0063():
    m = new(A("hinrichs"), A("kowalczyk"), "Feedback Mail-QS KW 11", "2026-03-13 15:02:00")
    ib = iban("DE", "28050100" + "0001462207")
    plain(m, """Hallo Sarah,

aus der Mail-Stichprobe dieser Woche – fast alles super, freundlich und
klar. Ein Punkt zum Nachschärfen (siehe unten): Bei Kontoänderungen bitte
die neue IBAN in der Antwort nur maskiert wiederholen (DE.. .... 2207) und
nicht komplett. Sonst alles top!

Ole

> Von: Sarah Kowalczyk
> Gesendet: Dienstag, 10. März 2026 10:12
> An: Torsten Gerken
> Betreff: AW: Neue Bankverbindung
>
> Hallo Herr Gerken,
>
> wir haben Ihre neue Bankverbindung %s (Sparkasse
> Bremen) für Ihre Verträge HR 21 098 112 (Hausrat) und PH 50 099 230
> (Privathaftpflicht) ab der Abbuchung am 01.04. hinterlegt.
>
> Beste Grüße
> Sarah Kowalczyk

""" % ib + sig("hinrichs"))
    return m


# --- d202-0064 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "accident insurance (personal line): hospital daily benefit after a named customer's ski accident with ACL rupture and surgery")
def m0064():
    m = new(A("lindemann"), "Jonathan Price <jon.price@greenpost.example>",
            "Accident claim U-2026-00188 – hospital daily benefit", "2026-03-20 09:25:00")
    lang_en(m)
    plain(m, """Dear Mr Price,

thank you for the discharge letter from the Klinik Garmisch. Following
your skiing accident on 14 February and the reconstruction of the anterior
cruciate ligament in your left knee, you were in hospital from 14 to 18
February. Under your accident policy UV 62 7731 550 we pay:

  hospital daily benefit  5 days x EUR 50     EUR 250.00
  recovery benefit        5 days x EUR 50     EUR 250.00
  ---------------------------------------------------
  total                                        EUR 500.00

Please send us a short report from your orthopaedic surgeon once the
rehabilitation is complete (expected in about six months). If a permanent
impairment of the knee remains, we will then assess the invalidity benefit.

We wish you a good recovery.

""" + sig("lindemann") + "\n\n" + FOOTER_DE)
    return m


# --- d202-0065 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "organisational mail: Easter duty roster of the claims hotline as ODS, staff names and phone duty only")
def m0065():
    m = new(A("albers"), "Schaden-Hotline <schadenhotline-team@weserland.example>",
            "Dienstplan Schadenhotline Ostern (ODS)", "2026-03-20 13:37:00", client="tb")
    plain(m, """Hallo Team,

anbei der Dienstplan für die Schadenhotline über Ostern, diesmal als ODS,
weil einige von euch zu Hause kein Excel haben. Besetzt wird wie immer
Karfreitag bis Ostermontag jeweils 9-17 Uhr, eine Person pro Schicht plus
Rufbereitschaft Teamleitung.

Wer nicht kann, bitte bis 27.03. selbst einen Tausch organisieren und mir
Bescheid geben.

Gruß
Katrin

--
""" + sig("albers"), cte="8bit", flowed=True)
    att_ods(m, "Dienstplan_Hotline_Ostern_2026.ods", [("Ostern", [
        ["Tag", "Datum", "Schicht 9-17", "Rufbereitschaft TL"],
        ["Karfreitag", "03.04.2026", "Bettina Schwarting", "Katrin Albers"],
        ["Samstag", "04.04.2026", "Jonas Reimers", "Katrin Albers"],
        ["Ostersonntag", "05.04.2026", "Levent Aksoy", "Henning Brüggemann"],
        ["Ostermontag", "06.04.2026", "Maren Drewes", "Henning Brüggemann"],
        ["", "", "", ""],
        ["Hotline-Nummer", "0421 70815-777", "Umleitung ab 8:55 aktiv", ""]])],
        title="Dienstplan Ostern", creator="Katrin Albers", created="2026-03-20T13:00:00",
        when=(2026, 3, 20, 13, 0, 0))
    return m


# --- d202-0066 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "base64-encoded body: motor renewal and SEPA direct-debit confirmation with the customer's full IBAN, policy number and plate")
def m0066():
    m = new("Weserland Kundenservice <service@weserland.example>", "Agnieszka Wróbel <a.wrobel@inboxly.example>",
            "Your motor insurance 2026 – direct debit confirmed", "2026-01-05 06:30:00", client="system")
    ib = iban("DE", "29151200" + "0040722816")
    plain(m, """Dear Ms Wróbel,

thank you for renewing your motor insurance KF-4471-387741 for your
Toyota Yaris Hybrid, registration HB-AW 2208.

We have set up the SEPA direct debit as requested:

  account holder: Agnieszka Wróbel
  IBAN:           %s
  mandate ref.:   WVA-KF4471387741-01
  creditor ID:    DE98ZZZ09999999999

Your annual premium of EUR 612.80 will be collected on 1 February 2026.

Kind regards
Your Weserland customer service
Weserland Allgemeine Versicherung AG, Hafenkante 14, 28217 Bremen
""" % ib, cte="base64")
    return m


# --- d202-0067 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "harmless body ('Übergabe als ZIP'); ZIP holds a CSV of care cases (care grades, diagnoses) and a customer's forwarded .eml")
def m0067():
    m = new(A("wuebbena"), "Pflegeleistungen Team <pflege-team@weserland.example>",
            "Übergabe Sachgebiet Wübbena (ZIP)", "2026-03-27 16:45:00", cc=A("eckhoff"))
    plain(m, """Hallo zusammen,

wie im Teammeeting besprochen: ab 01.04. wechsle ich in die
Qualitätssicherung. Anbei meine Übergabe als ZIP (Liste + eine Mail, die
noch beantwortet werden muss). Die Zuordnung hat Miriam abgesegnet.

Es war schön mit euch!
Anke

""" + sig("wuebbena"))
    inner = new("Ulrike Kamp <ulrike.kamp@hansemail.example>", "anke.wuebbena@weserland.example",
                "Re: Pflegetagegeld für Ihre Mutter", "2026-03-25 19:02:00", client="tb",
                msgid=mid("kamp-re2", host="hansemail.example", style="tb"))
    plain(inner, """Sehr geehrte Frau Wübbena,

leider hat sich der Zustand meiner Mutter deutlich verschlechtert, sie
ist seit zwei Wochen bettlägerig, isst kaum noch und erkennt uns oft
nicht. Der Hausarzt hat eine Höherstufung beantragt, der MD kommt am
8. April. Muss ich Ihnen dann das neue Gutachten schicken?

Viele Grüße
Ulrike Kamp
""", cte="8bit")
    csv = ("Vers.-Nr.;Name;Pflegegrad;Hauptdiagnose;Leistung;offen;neu zuständig\r\n"
           "7.110.482.06;Hildegard Kamp;3;G30.1 Alzheimer-Demenz;PT-Komfort 1.260 EUR;Höherstufung MD 08.04.;Frieda\r\n"
           "7.144.902.57;Gerhard Ostendorf;4;L89.2 Dekubitus, I63.5 Z.n. Schlaganfall;Pflegedienst Lebensfreude;Rechnungsklärung;Bastian\r\n"
           "7.098.331.20;Elfriede Warnken;2;F01.3 vaskuläre Demenz;Pflegegeld 420 EUR;keine;Frieda\r\n"
           "7.201.775.04;Jörg Behrens;5;G12.2 ALS;Intensivpflege 24h;Kostenzusage bis 30.06.;Bastian\r\n")
    mail_bytes = inner.as_bytes(policy=SMTP)
    att_zip(m, "Uebergabe_Wuebbena_2026-03.zip", [
        ("Uebergabe_Wuebbena/Uebergabeliste.csv", csv.encode("cp1252")),
        ("Uebergabe_Wuebbena/offen_Kamp_Hoeherstufung.eml", mail_bytes),
    ], when=(2026, 3, 27, 16, 30, 0))
    return m


# --- d202-0068 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "onboarding plan for a new colleague on the international desk (names, dates, trainings on medical terminology); no customer data")
def m0068():
    m = new(A("gallagher"), "International Client Desk <intl-desk@weserland.example>",
            "Onboarding plan Sven – weeks 1-4", "2026-01-29 09:45:00")
    lang_en(m)
    plain(m, """Hi all,

Sven Aldag joins us on Monday. Here is his plan for the first four weeks,
so you know when he'll be sitting next to you:

Week 1  IT, access rights, data-protection e-learning (mandatory before
        any case access), desk tour, shadowing Lena
Week 2  Shadowing Lena (US/Canada), medical terminology crash course
        with Dr. Ruhnke (Tue + Thu 14:00)
Week 3  First own cases with four-eyes check: reimbursements under
        EUR 1,000, no hospital cases
Week 4  Direct-billing partners, guarantees of payment, 24h line intro
        with Claire's team

Buddy: Pieter. Please be patient with the acronyms.

""" + sig("gallagher"))
    return m


# --- d202-0069 -------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: HTML-only customer newsletter about hay fever, allergy tests and desensitisation benefits; no recipient data")
def m0069():
    m = new("Weserland Gesundheitsservice <newsletter@weserland.example>", "newsletter-kv@weserland.example",
            "Frühling ohne Niesen: Was Ihr Tarif bei Heuschnupfen leistet", "2026-03-03 08:00:00", client="system",
            extra=[("List-Unsubscribe", "<https://www.weserland.example/newsletter/abmelden>"), ("Precedence", "bulk")])
    html_only(m, """<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<h1 style="color:#2e7d32">Frühling ohne Niesen</h1>
<p>Rund jede*r siebte Erwachsene in Deutschland leidet an Heuschnupfen. Was hilft – und was zahlt Ihre Krankenversicherung?</p>
<h2>Allergietest und Hyposensibilisierung</h2>
<p>Prick-Test, Bluttest (spezifisches IgE) und eine spezifische Immuntherapie (Hyposensibilisierung) über drei Jahre sind in allen
Weserland-Vollversicherungstarifen erstattungsfähig. Antihistaminika wie Cetirizin gibt es rezeptfrei – in den Tarifen mit
Arzneimittelbaustein erstatten wir sie auf Rezept.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Leistung</th><th>KompaktPlus</th><th>Premium</th></tr>
<tr><td>Allergietest</td><td>100 %</td><td>100 %</td></tr>
<tr><td>Hyposensibilisierung</td><td>80 %</td><td>100 %</td></tr>
<tr><td>Rezeptfreie Antihistaminika</td><td>–</td><td>bis 150 EUR/Jahr</td></tr>
</table>
<p>Pollenflug-Kalender und Tipps unserer Gesundheitsberaterinnen: <a href="https://www.weserland.example/gesundheit/pollen">weserland.example/gesundheit/pollen</a></p>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://www.weserland.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
""")
    return m


# --- d202-0070 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "grey zone: traffic legal-expenses cover for a named customer's speeding fine (administrative offence, not criminal); policy and file numbers")
def m0070():
    m = new(A("osterloh"), "Marcel Wendelken <marcel.wendelken@webpost.example>",
            "Ihr Bußgeldbescheid – Deckungszusage 26-RS-005180", "2026-03-04 10:50:00")
    plain(m, """Sehr geehrter Herr Wendelken,

für den Einspruch gegen den Bußgeldbescheid des Landkreises Diepholz vom
19.02.2026 (Az. 3.2-OWi-26-118204; 34 km/h zu schnell außerorts auf der
B51, 1 Punkt, 1 Monat Fahrverbot, 320 EUR Bußgeld) besteht
Versicherungsschutz aus Ihrem Verkehrs-Rechtsschutz RS 30 902 118.

Wir übernehmen die Kosten Ihres Anwalts sowie ein eventuelles
Sachverständigengutachten zur Messung (Messgerät PoliScan). Eine
Selbstbeteiligung fällt in Verkehrsordnungswidrigkeiten nicht an.

Mit freundlichen Grüßen

""" + sig("osterloh") + "\n\n" + FOOTER_DE, charset="iso-8859-1", cte="quoted-printable")
    return m


# --- d202-0071 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "criminal legal-expenses case: named customer accused of bodily harm, victim's injuries, criminal file number (criminal-offence data)")
def m0071():
    m = new(A("osterloh"), "Dennis Kaptein <d.kaptein@t-post.example>",
            "Ermittlungsverfahren – Ihre Anfrage vom 05.03.", "2026-03-06 14:12:00",
            irt=mid("kaptein-straf", host="t-post.example"))
    plain(m, """Sehr geehrter Herr Kaptein,

zu Ihrer Anfrage: Gegen Sie wird von der Staatsanwaltschaft Bremen wegen
gefährlicher Körperverletzung ermittelt (Az. 410 Js 18822/26). Laut der
Anzeige sollen Sie am 21.02.2026 vor einer Gaststätte am Sielwall einem
anderen Mann mit einer Flasche auf den Kopf geschlagen haben; der
Geschädigte erlitt eine Platzwunde und eine Gehirnerschütterung.

In Ihrem Privat-Rechtsschutz (RS 30 640 317) ist Straf-Rechtsschutz nur
für fahrlässig begangene Vergehen versichert. Für den Vorwurf einer
vorsätzlichen Tat übernehmen wir die Kosten zunächst unter Vorbehalt:
Wird das Verfahren eingestellt oder werden Sie freigesprochen, bleibt es
dabei. Werden Sie wegen einer Vorsatztat rechtskräftig verurteilt, müssen
Sie uns die Kosten zurückzahlen.

Mit freundlichen Grüßen

""" + sig("osterloh") + "\n\n" + FOOTER_DE)
    return m


# --- d202-0072 -------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: disability-income incidence by ICD-10 chapter and age band sent to the reinsurer; aggregates with small cells merged")
def m0072():
    m = new(A("mehta"), "Dr. Ingrid Solberg <ingrid.solberg@nordic-re.example>",
            "Disability experience study 2021-2025 – summary tables", "2026-02-26 17:30:00")
    lang_en(m)
    plain(m, """Dear Ingrid,

as agreed for the treaty discussion, here are the summary tables of our
disability-income experience 2021-2025 (new claims by cause, all products,
exposure 412,800 policy years). Cells with fewer than 5 claims are merged
into "other".

ICD-10 chapter                   claims   share   A/E vs. DAV 1997 I
F  mental and behavioural           318    36 %        1.21
M  musculoskeletal                  197    22 %        0.94
C  neoplasms                        134    15 %        0.88
I  circulatory                       71     8 %        0.79
G  nervous system                    63     7 %        1.05
S/T injuries                         52     6 %        0.91
other                                50     6 %          -
total                               885   100 %        1.02

Age at claim: <35: 14 %, 35-44: 23 %, 45-54: 37 %, 55+: 26 %.

The trend in chapter F continues (2021: 31 %). Happy to walk you through
the methodology on our call next Thursday.

""" + sig("mehta"))
    return m


# --- d202-0073 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative life submission to the reinsurer: applicant reference, birth date, sum assured and medical history (diabetes, stent)")
def m0073():
    m = new(A("schoon"), "Facultative Life Desk <fac.life@nordic-re.example>",
            "Fac submission WL-A-26-0419 – term life EUR 1.2m", "2026-03-12 11:20:00")
    lang_en(m)
    plain(m, """Dear colleagues,

we would like to submit the following risk for facultative cover
(our retention EUR 500,000):

  Application:   WL-A-26-0419, term life, 25 years, EUR 1,200,000
  Life assured:  male, born 1972-08-30, managing director, non-smoker
                 since 2019 (20 pack-years before), BMI 31.4
  Medical:       type 2 diabetes since 2017 on metformin + empagliflozin,
                 HbA1c 7.1 % (01/2026); single-vessel CAD, stent RCA in
                 2022, no angina since; LVEF 58 %; lipids controlled
                 (LDL 68 mg/dl on atorvastatin)
  Our view:      +125 % extra mortality, 7 years exclusion period not
                 applicable

Attending physician's report and the latest stress ECG follow via the
secure exchange platform. Please let us have your terms by 20 March.

""" + sig("schoon"))
    return m


# --- d202-0074 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "short internal note passing on a customer's voicemail: name, phone, plate, motor claim; no injuries")
def m0074():
    m = new(A("bruns"), "Kfz-Schaden Team <kfz-schaden@weserland.example>",
            "Rückrufbitte Frau Meinders / HB-SM 908", "2026-03-23 18:04:00")
    plain(m, """Hallo Kfz-Team,

AB-Nachricht von heute 17:48, bitte morgen zurückrufen:

Frau Silke Meinders, Tel. 0157 33218450, Vertrag KF-4471-266019,
HB-SM 908. Ihr ist heute beim Ausparken im Parkhaus Mitte ein Poller
"in die Seite gesprungen" (O-Ton), Schaden hinten links, keine Fremden
beteiligt. Sie fragt, ob sie das über die Vollkasko machen soll oder
lieber selbst zahlt wegen der Rückstufung.

Danke!
Malte

""" + sig("bruns"))
    return m


# --- d202-0075 -------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-customer",
      "trap: English out-of-office auto-reply from the expat health desk pointing to the 24h medical line; no case content")
def m0075():
    m = new(A("gallagher"), "Ravi Subramanian <ravi.s@inboxly.example>",
            "Automatic reply: Documents", "2026-04-07 08:00:05", client="system",
            irt=mid("ravi-documents", host="inboxly.example"),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    plain(m, """Thank you for your message. I am out of the office until 14 April 2026
with no access to e-mail.

Please send claims and invoices to intl-desk@weserland.example - my
colleagues will take care of them. For medical emergencies abroad, call
our 24h assistance line: +49 421 70815-900.

Emma Gallagher
International Client Desk, Weserland Krankenversicherung AG
""", charset="us-ascii", cte="7bit")
    return m


# --- d202-0076 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "harmless forwarding body; the attached customer .eml contains a PDF doctor's invoice with diagnoses (nested attachment)")
def m0076():
    inner = new("Ralf Pekrun <ralf.pekrun@freemail.example>", "service@weserland.example",
                "Rechnung", "2026-03-24 21:47:00", client="iphone",
                msgid=mid("pekrun-rechnung", host="freemail.example", style="iphone"))
    plain(inner, "Hallo anbei meine Rechnung, Vers Nr 7.255.104.98\n\nGruß R. Pekrun\n\n" + IPHONE)
    att_pdf(inner, "Scan_20260324.pdf", [
        "# Dr. med. Heiko Freese - Facharzt für Innere Medizin / Gastroenterologie",
        "Am Brill 3, 28195 Bremen",
        "",
        "Herrn Ralf Pekrun, Lange Wieren 19, 28203 Bremen      geb. 02.12.1965",
        "Rechnung Nr. 26-0311                                   Datum: 20.03.2026",
        "",
        "Diagnosen: K51.0 Colitis ulcerosa (Pancolitis), K62.1 Rektumpolyp",
        "",
        "Datum       GOÄ    Leistung                                   Faktor   Betrag",
        "12.03.26    1      Beratung                                    2,3      10,72",
        "12.03.26    687    Hohe Koloskopie mit Polypektomie            2,3     200,98",
        "12.03.26    5170   Sedierung (Propofol)                        1,8      41,97",
        "12.03.26    4800   Histologie (Fremdleistung Pathologie)       1,0      38,47",
        "",
        "Summe: 292,14 EUR   zahlbar bis 19.04.2026",
    ], title="Rechnung 26-0311", author="Praxis Dr. Freese", created="20260320100000+01'00'")
    m = new(A("kowalczyk"), "Leistung KV Gruppenpostfach <leistung-kv@weserland.example>",
            "WG: Rechnung (Kunde hat an Service statt Leistung geschickt)", "2026-03-25 08:20:00")
    plain(m, """Hallo zusammen,

der Kunde hat an service@ geschickt, siehe Anhang. Bitte übernehmen.
Ich hab ihm den richtigen Weg (App / leistung-kv@) erklärt.

LG Sarah

""" + sig("kowalczyk"))
    attach_mail(m, inner)
    return m


# --- d202-0077 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order for certified destruction of old benefit files 'mit Gesundheitsdaten' (security level P-5), no file contents")
def m0077():
    m = new(A("tammen"), "Disposition <dispo@aktenvernichtung-nord.example>",
            "Auftrag Aktenvernichtung Archiv UG – Schutzklasse 3 / P-5", "2026-03-26 09:15:00")
    plain(m, """Sehr geehrte Damen und Herren,

wir beauftragen Sie gemäß Rahmenvertrag vom 12.05.2024 mit der
Vernichtung von Leistungsakten der Krankenversicherung (Jahrgänge bis
2015, Aufbewahrungsfrist abgelaufen):

- ca. 340 Archivkartons, Standort Archiv UG, Hafenkante 14
- Schutzklasse 3 (besonders schutzbedürftige Daten, u. a.
  Gesundheitsdaten), Sicherheitsstufe P-5 nach DIN 66399
- Abholung in verschlossenen Behältern, Vernichtung am selben Tag,
  Vernichtungsprotokoll mit Behälternummern

Wunschtermin: 14. oder 15. April, ab 7 Uhr. Ansprechpartner vor Ort ist
Herr Kück (Haustechnik, 0421 70815-175).

Mit freundlichen Grüßen

""" + sig("tammen"))
    return m


# --- d202-0078 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rental-car excess refund under travel insurance: named customer, policy and claim number, rental agreement, no health data")
def m0078():
    m = new(A("dubois"), "Gareth Lloyd <gareth.lloyd@mailbox-one.example>",
            "Excess refund – claim RG-26-00402", "2026-04-09 10:40:00")
    lang_en(m)
    plain(m, """Dear Mr Lloyd,

we have received the documents concerning the damage to your rental car
(Sixt Dublin Airport, agreement no. 9941770312) on 28 March. The rental
company charged you the full excess of EUR 1,200.00 for the scratched
bumper.

Under your travel insurance RG-PK 4418 6710 (rental car excess waiver)
we refund the excess in full. The payment of EUR 1,200.00 will be made to
the account from which you pay your premium.

Have a good summer!

""" + sig("dubois"))
    return m


# --- d202-0079 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: annual QA sampling plan (XLSX) per team and month with quotas for health and disability files; no file references")
def m0079():
    m = new(A("janssen"), "Teamleitungen Schaden/Leistung <tl-schaden-leistung@weserland.example>",
            "QS-Jahresplanung 2026", "2026-01-07 14:00:00")
    plain(m, """Hallo zusammen,

anbei die QS-Planung für 2026. Neu: Pflege und International Desk sind
ab März mit drin, dafür prüfen wir Rechtsschutz nur noch quartalsweise.
Die Stichprobengrößen sind so gewählt, dass wir pro Team und Quartal auf
mind. 30 Akten kommen.

Einwände bitte bis 16.01.

Birte

""" + sig("janssen"))
    months = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
    rows = [["Team"] + months + ["Summe"],
            ["Kfz-Schaden"] + [12] * 12 + [144],
            ["Sach/Haftpflicht"] + [10] * 12 + [120],
            ["Rechtsschutz", 0, 0, 30, 0, 0, 30, 0, 0, 30, 0, 0, 30, 120],
            ["Leistung KV (inkl. Zahn)"] + [20] * 12 + [240],
            ["Leistung Leben/BU"] + [10] * 12 + [120],
            ["Unfall"] + [10] * 12 + [120],
            ["Pflege", 0, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 100],
            ["International Desk / Assistance", 0, 30, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 130]]
    att_xlsx(m, "QS_Planung_2026.xlsx", [("Planung", rows)], title="QS-Planung 2026", creator="Birte Janssen",
             created="2026-01-07T13:00:00Z", when=(2026, 1, 7, 13, 0, 0))
    return m


# --- d202-0080 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "QA finding on an expat health file: named member, bipolar disorder diagnosis shared with an employer; corrective action")
def m0080():
    m = new(A("janssen"), "Pieter de Vries <pieter.devries@weserland.example>",
            "QA finding – file INT-0048-3390-6 (rating C)", "2026-03-18 09:30:00", cc=A("gallagher"))
    lang_en(m)
    plain(m, """Hi Pieter,

one C-rating from the March sample, so I need to flag it formally:

File INT-0048-3390-6, member Julien Marchetti (group contract of his
employer, Lefèvre Maritime SAS). In your e-mail of 3 March to the
employer's HR contact you confirmed the hospital admission and wrote
"admitted for stabilisation of his bipolar disorder (F31.1), expected
3-4 weeks". The employer is the policyholder of the group contract, but
it is not entitled to diagnoses – only to the fact that a claim exists,
and not even that without the member's consent.

Please
1. inform Emma (done with this cc),
2. check with the data protection office (Dr. Vahlenkamp) whether the
   disclosure has to be reported,
3. add a note in the file.

I know it was meant well – the HR contact was asking on behalf of the
family. Let's talk tomorrow.

Birte

""" + sig("janssen"))
    return m


# --- d202-0081 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: team mail introducing a new guideline for motor bodily-injury claims (whiplash, HWS codes, medical reports); no case")
def m0081():
    m = new(A("albers"), "Kfz-Schaden Team <kfz-schaden@weserland.example>",
            "Neue Arbeitsanweisung Personenschaden Kfz (gültig ab 01.04.)", "2026-03-25 11:00:00")
    plain(m, """Hallo Team,

ab 01.04. gilt die überarbeitete Arbeitsanweisung "Personenschaden Kfz"
(liegt im Handbuch unter 4.3). Die wichtigsten Änderungen:

- HWS-Distorsion / "Schleudertrauma" (S13.4): Bei Anstoßgeschwindigkeit
  unter 10 km/h immer biomechanisches Gutachten anfordern, bevor
  Schmerzensgeld angeboten wird.
- Ärztliche Atteste und Entlassberichte nur noch über den Dokumenten-
  Upload bzw. per Post anfordern, nicht per Mail an Anwälte.
- Schmerzensgeldtabelle wird auf die Ausgabe 2026 umgestellt.
- Personenschäden über 50.000 EUR Reserve sofort an die
  Großschadenstelle melden.

Schulung dazu am 31.03., 10 Uhr, Raum Schlachte. Teilnahme ist Pflicht
für alle, die Personenschäden bearbeiten.

Katrin

""" + sig("albers"))
    return m


# --- d202-0082 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "customer",
      "customer's cancellation of household and liability policies because of emigration, with new address abroad and IBAN, forwarded internally")
def m0082():
    ib = iban("DE", "25010030" + "0611983407")
    m = new(A("kowalczyk"), "Bestandsservice <bestand@weserland.example>",
            "WG: Kündigung wegen Umzug nach Kanada", "2026-03-30 09:48:00")
    plain(m, """Hallo Bestand,

bitte Kündigung zum Umzugsdatum verarbeiten (Wegfall des Risikos) und die
anteilige Beitragserstattung auf das angegebene Konto. Die Kundin hat
telefonisch bestätigt, dass die Kontoangabe stimmt.

Danke
Sarah

> -----Ursprüngliche Nachricht-----
> Von: Lea-Marie Buschmann <leamarie.buschmann@webpost.example>
> Gesendet: Samstag, 28. März 2026 12:14
> An: service@weserland.example
> Betreff: Kündigung wegen Umzug nach Kanada
>
> Hallo,
>
> ich ziehe zum 30.04. nach Vancouver (Job) und möchte meine Hausrat
> HR 21 410 077 und meine Haftpflicht PH 50 201 546 kündigen. Meine
> neue Adresse ist 1180 Haro Street, Apt 704, Vancouver BC V6E 1C9,
> Kanada.
> Bitte überweisen sie zu viel gezahlte Beiträge auf mein Konto
> %s (bleibt bestehen).
>
> Vielen Dank für alles, sie waren immer super :)
> Lea-Marie Buschmann
> (bisher: Schwachhauser Ring 60, 28209 Bremen)

""" % ib + sig("kowalczyk"))
    return m


# --- d202-0083 -------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: meeting invitation (ICS) with a cost-containment partner on US hospital bills, ICU day rates and DRG benchmarks; no patient")
def m0083():
    m = new(A("gallagher"), "Megan Holt <megan.holt@meridian-costcontrol.example>",
            "Workshop: US hospital bills & cost containment – 5 March", "2026-02-12 13:30:00",
            cc="Lena Brinkmann <lena.brinkmann@weserland.example>, " + A("dubois"))
    lang_en(m)
    plain(m, """Dear Megan,

as discussed, here is the invitation for our joint workshop. Agenda
proposal:

1. 2025 review: savings rate on US inpatient bills, ICU day rates by
   state, repricing against Medicare DRG benchmarks
2. New process for pre-admission notification (elective surgery)
3. Air ambulance invoices – plausibility checks
4. Data exchange: we'd like to move from e-mail to your SFTP with
   encrypted case packages only

Please note: no case-level data in the slides, we'll go through real
cases only in the secure session afterwards.

""" + sig("gallagher"))
    att_ics(m, "Workshop_Cost_Containment.ics", ics(
        "cc-workshop-20260305@weserland.example", "20260305T150000", "20260305T170000",
        "Workshop US hospital bills & cost containment (Meridian / Weserland)", location="Microsoft Teams",
        description="Agenda: savings 2025, pre-admission notification, air ambulance invoices, data exchange.",
        organizer=("Emma Gallagher", "emma.gallagher@weserland.example"), stamp="20260212123000Z",
        attendees=[("Megan Holt", "megan.holt@meridian-costcontrol.example"),
                   ("Lena Brinkmann", "lena.brinkmann@weserland.example")]))
    return m


# --- d202-0084 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HTML-only hand-over table of inpatient cases (names, insurance numbers, hospitals, diagnoses); no text/plain part")
def m0084():
    m = new("Frieda Tönjes <frieda.toenjes@weserland.example>", "Bastian Focke <bastian.focke@weserland.example>",
            "Stationärfälle – Übergabe Spätdienst", "2026-03-06 15:58:00")
    html_only(m, """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Bastian,</p>
<p>die Kostenübernahmen von heute Nachmittag sind noch offen, kannst du die im Spätdienst machen?</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#f2f2f2"><th>VP</th><th>Vers.-Nr.</th><th>Klinik</th><th>Aufnahme</th><th>Diagnose (Aufnahmeanzeige)</th><th>Status</th></tr>
<tr><td>Heinz-Dieter Wulf</td><td>7.188.402.11</td><td>Klinikum Bremen-Mitte</td><td>05.03.</td><td>I21.4 NSTEMI</td><td>KÜ Wahlleistung 2-Bett fehlt</td></tr>
<tr><td>Olga Reimer</td><td>7.320.115.73</td><td>Rotes Kreuz Krankenhaus</td><td>06.03.</td><td>O80 Spontangeburt, Zwillinge</td><td>Neugeborene nachversichern!</td></tr>
<tr><td>Till Warncke</td><td>7.299.851.02</td><td>Fachklinik Am Hasenbüren</td><td>04.03.</td><td>F10.2 Alkoholabhängigkeit, Entzug</td><td>Tarif prüfen (Suchtklausel alt)</td></tr>
<tr><td>Ayşe Korkmaz</td><td>7.341.006.55</td><td>St. Joseph-Stift</td><td>06.03.</td><td>C18.7 Sigmakarzinom, OP geplant</td><td>Chefarztbehandlung zugesagt, Bestätigung raus</td></tr>
</table>
<p>Danke!<br>Frieda</p>
</body></html>
""")
    return m


# --- d202-0085 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: anonymous risk pre-query from a broker on disability cover for 'a client' with ADHD; answered generically, nobody identifiable")
def m0085():
    m = new(A("schoon"), "Hendrik Lüers <h.lueers@lueers-versicherungsmakler.example>",
            "AW: Anonyme Risikovoranfrage BU – ADHS", "2026-02-25 10:30:00",
            irt=mid("lueers-adhs", host="lueers-versicherungsmakler.example"))
    plain(m, """Hallo Herr Lüers,

danke für die anonyme Voranfrage. Ohne Namen und nur mit den Eckdaten
kann ich Ihnen eine unverbindliche Einschätzung geben:

Bei einer ADHS-Diagnose in der Kindheit ohne Medikation seit mehr als
5 Jahren, ohne Psychotherapie und ohne Arbeitsunfähigkeitszeiten ist in
der Regel eine Annahme zu normalen Bedingungen möglich. Bei aktueller
Medikation (z. B. Methylphenidat) rechnen Sie bitte mit einem Ausschluss
psychischer Erkrankungen oder einer Zurückstellung.

Für eine verbindliche Aussage brauchen wir den Antrag mit den
Gesundheitsangaben und ggf. einen ärztlichen Bericht – bitte dann über
das Portal, nicht per E-Mail.

Viele Grüße

""" + sig("schoon") + """

> Von: Hendrik Lüers
> Gesendet: Dienstag, 24. Februar 2026 17:02
> Betreff: Anonyme Risikovoranfrage BU – ADHS
>
> Moin Frau Schoon,
> ein Kunde (Mitte 20, Industriemechaniker) hatte als Kind ADHS, wie
> stehen die Chancen für eine BU bei Ihnen?
> Gruß Lüers
""")
    return m


# --- d202-0086 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "short reply on a laptop theft from a named customer's car under household insurance: policy and claim number")
def m0086():
    m = new(A("yildiz"), "Noah Fischer-Grant <noah.fg@greenpost.example>",
            "Re: Laptop stolen from car – SH-26-002310", "2026-03-31 17:05:00",
            irt=mid("fischergrant-laptop", host="greenpost.example"), client="iphone")
    lang_en(m)
    plain(m, """Dear Mr Fischer-Grant,

quick answer: theft from a locked car is covered under your household
policy HR 21 377 240 only between 6 am and 10 pm, up to EUR 1,000. As the
theft happened at about 7:30 pm, the laptop is covered. Please send the
police report and the invoice and we'll settle the claim SH-26-002310.

Best regards
Dilara Yildiz

""" + IPHONE)
    return m


# --- d202-0087 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "premium arrears in a named customer's health insurance with switch to the emergency tariff (personal line; no medical word)")
def m0087():
    m = new("Weserland Krankenversicherung – Beitragsbuchhaltung <beitrag-kv@weserland.example>",
            "Stefan Ratjen <stefan.ratjen@freemail.example>",
            "Beitragsrückstand Krankenversicherung 7.266.309.81 – 2. Mahnung", "2026-04-02 07:45:00",
            client="system")
    plain(m, """Sehr geehrter Herr Ratjen,

trotz unserer Erinnerung vom 03.03.2026 sind die Beiträge zu Ihrer
Krankheitskostenversicherung (Versicherungsnummer 7.266.309.81) für die
Monate Januar bis März 2026 in Höhe von insgesamt 1.742,37 EUR noch offen.

Bitte zahlen Sie den Betrag bis zum 30.04.2026. Sollte der Rückstand dann
noch bestehen, ruht Ihr Vertrag kraft Gesetzes (§ 193 Abs. 6 VVG), und Sie
werden im Notlagentarif weiterversichert. Dort sind nur noch Leistungen bei
akuten Erkrankungen und Schmerzzuständen, bei Schwangerschaft und
Mutterschaft erstattungsfähig.

Wenn Sie in Zahlungsschwierigkeiten sind, rufen Sie uns bitte an
(0421 70815-560) – eine Ratenzahlung ist möglich.

Mit freundlichen Grüßen
Ihre Beitragsbuchhaltung

""" + FOOTER_KV)
    return m


# --- d202-0088 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker-portal account notice for a firm administrator; the one-time password is sent separately by SMS, none in the mail")
def m0088():
    m = new("Weserland Maklerportal <maklerportal@weserland.example>",
            "Thomas Seebeck <admin@seebeck-finanz.example>",
            "Ihr Zugang als Makleradministrator wurde eingerichtet", "2026-01-15 10:02:00", client="system")
    plain(m, """Guten Tag Herr Seebeck,

für Ihre Firma Seebeck Finanz GmbH wurde ein Zugang zum Weserland
Maklerportal mit der Rolle "Makleradministrator" eingerichtet.

Benutzername: seebeck.admin
Ihr Einmal-Passwort erhalten Sie in einer separaten SMS an die bei uns
hinterlegte Mobilnummer. Beim ersten Anmelden werden Sie aufgefordert,
ein eigenes Passwort und eine Sicherheitsfrage festzulegen.

Als Makleradministrator können Sie weitere Benutzer anlegen und ihnen
Bestandsrechte geben. Bitte vergeben Sie Bestandsrechte nur an
Mitarbeitende, die sie für ihre Arbeit brauchen – alle Zugriffe werden
protokolliert.

Anmeldung: https://makler.weserland.example

Ihr Maklerportal-Team
""")
    return m


# --- d202-0089 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "night-shift hand-over log of the assistance line: named travellers, ICU admission, stroke, fracture, repatriation plans")
def m0089():
    m = new("Mathis Kruse <mathis.kruse@weserland.example>", "Assistance Team <assistance-team@weserland.example>",
            "Night shift handover 04/05 April", "2026-04-05 07:58:00")
    lang_en(m)
    plain(m, """Morning all,

handover from the night shift (Easter Saturday/Sunday):

TA-26-02211  Renate Burmester (72), Phuket
  admitted to ICU Bangkok Hospital Phuket 22:40 local, septic shock from
  pneumonia, intubated. Guarantee EUR 30,000 sent 01:15. Daughter in
  Germany informed, wants to fly out. Call the hospital at 14:00 local.

TA-26-02214  Klaus-Peter Wendt (66), Gran Canaria
  suspected stroke, CT done, thrombolysis given. Stable. Medical officer
  to check tomorrow whether stretcher flight possible end of next week.

TA-26-02215  Mia Haverkamp (8), Austria, ski
  forearm fracture, reduction under sedation, discharged. Parents pay
  the clinic on site (EUR 1,480), claim form sent.

Nothing else open. Red phone battery at 40 %, charger is in the drawer.

Mathis
--
Mathis Kruse
Travel Assistance | Weserland Allgemeine Versicherung AG
""")
    return m


# --- d202-0090 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "weekend hand-over of the claims hotline: named callers, addresses, policies, property damage; explicitly no injuries")
def m0090():
    m = new("Levent Aksoy <levent.aksoy@weserland.example>", "Sach/Haftpflicht-Schaden <sach-schaden@weserland.example>",
            "Übergabe Hotline Sonntag 05.04.", "2026-04-05 17:22:00", cc=A("brueggemann"))
    plain(m, """Hallo Sach-Team,

vier Meldungen von heute, alle ohne Personenschaden, bitte ab Dienstag
übernehmen (Rückruf zugesagt):

1. Rohrbruch Küche, Familie Schnier, Hohenkamp 12, 28857 Syke,
   WG 33 620 019 – Trocknungsfirma beauftragt (Notfallpartner Aquadry).
2. Ast auf Carport, Waltraud Behrens, Bremer Str. 201, 27711 OHZ,
   WG 33 518 773 – Fotos kommen per App.
3. Einbruch Gartenhaus (Rasenmäher, Motorsense weg), Paul Cordes,
   Kleingartenverein Waller Fleet Parz. 77, HR 21 330 812 – Polizei war da.
4. Glasbruch Terrassentür (Ball der Nachbarskinder), Henrike Lohse,
   Parkallee 14, 28209 Bremen, Glas-Vertrag GL 19 004 661.

Gruß Levent
--
Levent Aksoy
Schadenhotline | Weserland Allgemeine Versicherung AG
""")
    return m


# --- d202-0091 -------------------------------------------------------------
@mail("NORMAL", "de", "newsletter",
      "trap: customer-magazine newsletter (HTML + text) with a care-insurance explainer and an anonymised example family; no recipient data")
def m0091():
    m = new("Weserland Kundenmagazin <magazin@weserland.example>", "leserinnen-und-leser@weserland.example",
            "Weserland Magazin 1/2026: Wenn die Eltern Pflege brauchen", "2026-03-14 09:00:00", client="system",
            extra=[("List-Unsubscribe", "<https://www.weserland.example/magazin/abmelden>"), ("Precedence", "bulk")])
    alt(m, """WESERLAND MAGAZIN 1/2026

Wenn die Eltern Pflege brauchen
Familie K. aus dem Bremer Umland (Name geändert) erzählt, wie sie die
ersten Monate nach der Demenzdiagnose der Mutter organisiert hat – vom
Antrag auf einen Pflegegrad bis zur Tagespflege.

Außerdem:
- Pflegegrad 1 bis 5: was die Pflegekasse zahlt und wo die Lücke bleibt
- Checkliste für den Besuch des Medizinischen Dienstes
- Sturmsaison: so melden Sie einen Schaden per App

Lesen: https://www.weserland.example/magazin/1-2026
""", """<html><body style="font-family:Georgia,serif">
<h1>Weserland Magazin 1/2026</h1>
<h2>Wenn die Eltern Pflege brauchen</h2>
<p>Familie K. aus dem Bremer Umland (Name geändert) erzählt, wie sie die ersten Monate nach der Demenzdiagnose
der Mutter organisiert hat – vom Antrag auf einen Pflegegrad bis zur Tagespflege.</p>
<ul><li>Pflegegrad 1 bis 5: was die Pflegekasse zahlt und wo die Lücke bleibt</li>
<li>Checkliste für den Besuch des Medizinischen Dienstes</li>
<li>Sturmsaison: so melden Sie einen Schaden per App</li></ul>
<p><a href="https://www.weserland.example/magazin/1-2026">Jetzt lesen</a></p>
</body></html>
""")
    return m


# --- d202-0092 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: DPO reminder on clean desk and screen locking after medical reports were found on a printer; no person or case identified")
def m0092():
    m = new(A("vahlenkamp"), "All staff <alle@weserland.example>",
            "Reminder: clean desk, printers and locked screens", "2026-02-09 12:00:00")
    lang_en(m)
    plain(m, """Dear colleagues,

(German version below in the intranet post)

Last week our facility team found printed medical reports and two
hospital discharge letters on a shared printer on the 3rd floor – left
there overnight. Nobody outside the company saw them, and the owner has
been informed. Still, this is exactly the kind of incident we want to
avoid.

Please remember:
- use "secure print" (release with your badge) for anything with health
  data, bank details or ID documents
- lock your screen (Windows + L) whenever you leave your desk
- clean desk at the end of the day; case files go into the locked
  cabinet
- never take printed case files home

Thank you for helping to protect our customers' data.

""" + sig("vahlenkamp"))
    return m


# --- d202-0093 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
      "query to a pharmacy about a biologic prescription (adalimumab) for a named insured person with Crohn's disease")
def m0093():
    m = new(A("hollmann"), "Löwen-Apotheke Findorff <info@loewen-apotheke-findorff.example>",
            "Rückfrage Rezeptabrechnung – Versicherte Frau Tanja Meyerhoff", "2026-03-11 10:05:00")
    plain(m, """Sehr geehrte Damen und Herren,

uns liegt Ihre Direktabrechnung Nr. 2026-0288 für unsere Versicherte Frau
Tanja Meyerhoff (KV 7.312.440.18) vor:

  Humira 40 mg Injektionslösung im Fertigpen, 6 St., PZN 11631478
  Verordnung Dr. Kramer (Gastroenterologie) vom 02.03.2026
  Diagnose laut Rezept: K50.1 Morbus Crohn des Dickdarms

Abgerechnet ist das Original. Laut Verordnung ist "aut idem" nicht
angekreuzt; ein preisgünstigeres Biosimilar wäre abgabefähig gewesen.
Bitte teilen Sie uns mit, ob ein pharmazeutischer Grund für die Abgabe
des Originals vorlag (Sonder-PZN / Vermerk). Andernfalls erstatten wir
den Betrag des Biosimilars.

Mit freundlichen Grüßen

""" + sig("hollmann") + "\n\n" + FOOTER_KV)
    return m


# --- d202-0094 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "glass claim for a named customer's ceramic hob under household glass cover: policy and claim number, address; windows-1252")
def m0094():
    m = new(A("yildiz"), "Familie Osterkamp <osterkamp.family@t-post.example>",
            "Glasbruch Ceranfeld – GL-26-000412", "2026-04-13 12:12:12")
    plain(m, """Sehr geehrte Frau Osterkamp,

den Sprung im Ceranfeld Ihres Herdes übernehmen wir über Ihre
Glasversicherung GL 19 118 530 (Risikoort Am Heidberg 5, 28790
Schwanewede). Sie haben zwei Möglichkeiten:

a) Sie lassen das Kochfeld durch einen Fachbetrieb ersetzen und schicken
   uns die Rechnung – wir erstatten bis 800 €.
b) Wir beauftragen unseren Partner GlasBlitz, der sich in den nächsten
   Tagen für einen Termin meldet.

Bitte teilen Sie uns kurz mit, was Ihnen lieber ist. Bis zum Austausch
das Kochfeld bitte nicht mehr benutzen.

Mit freundlichen Grüßen

""" + sig("yildiz") + "\n\n" + FOOTER_DE, charset="windows-1252", cte="8bit")
    return m


# --- d202-0095 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "commission statement to a sole-trader broker (natural person): his IBAN and tax number in the body, CSV of commissions by client")
def m0095():
    m = new("Weserland Provisionsabrechnung <provision@weserland.example>",
            "Richard Morgan <richard@morgan-insurance-services.example>",
            "Commission statement Q1 2026 – agent no. 70-4418", "2026-04-08 06:15:00", client="system")
    lang_en(m)
    ib = iban("DE", "21050000" + "0004719332")
    plain(m, """Dear Mr Morgan,

please find attached your commission statement for Q1 2026.

  agent no.:            70-4418 (Richard Morgan, sole trader)
  tax number:           60/142/08815 (small business, no VAT)
  payment to:           %s
  total commission:     EUR 3,218.60
  cancellation reserve: EUR -412.00
  payment:              EUR 2,806.60 on 15 April 2026

Kind regards
Weserland commission accounting
""" % ib)
    attach_text(m, """agent;quarter;policy;client;product;type;commission_eur
70-4418;2026-Q1;HR 21 401 882;Whitaker, James;household;new business;84.20
70-4418;2026-Q1;PH 50 233 019;Whitaker, James;personal liability;new business;41.10
70-4418;2026-Q1;KF-4471-490213;Adeyemi, Tolu;motor;new business;126.00
70-4418;2026-Q1;RS 30 997 102;Novak, Petra;legal expenses;new business;198.30
70-4418;2026-Q1;WG 33 802 440;Hartley, Simon;buildings;new business;2769.00
70-4418;2026-Q1;;;;cancellation reserve;-412.00
""", "csv", "commission_70-4418_2026Q1.csv", charset="utf-8", cte="quoted-printable")
    return m


# --- d202-0096 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-supplier",
      "short mobile reply to the facility contractor about the server-room air conditioning; no personal data")
def m0096():
    m = new(A("tammen"), "Störungsannahme Kältetechnik Nord <service@kaeltetechnik-nord.example>",
            "AW: Störung Klimagerät Serverraum UG – Auftrag 26-0414", "2026-04-14 10:03:00",
            irt=mid("kaelte-stoerung"), client="iphone")
    plain(m, """Passt, Donnerstag 7 Uhr ist gut. Herr Kück von der Haustechnik
holt Ihren Monteur am Tor 2 ab, der Serverraum ist nur mit Begleitung
zugänglich.

Bitte Ersatzteil (Kompressor-Relais) gleich mitbringen.

Frank Tammen

""" + IPHONE + """

> Am 14.04.2026 um 09:51 schrieb Störungsannahme Kältetechnik Nord:
>
> Sehr geehrter Herr Tammen,
> wir können Ihnen für die Störung am Klimagerät (Daikin, Serverraum UG)
> Donnerstag, 16.04., ab 7 Uhr anbieten. Bitte kurz bestätigen.
> Ihr Team Kältetechnik Nord
""")
    return m


# --- d202-0097 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: May rota of the 24h assistance line (XLSX) with day/night shifts and medical-officer backup; staff names only")
def m0097():
    m = new(A("dubois"), "Assistance Team <assistance-team@weserland.example>",
            "Rota May 2026", "2026-04-20 16:10:00")
    lang_en(m)
    plain(m, """Hi all,

May rota attached. Two bank holidays (1 May, 14 May Ascension, 25 May
Whit Monday) – I've spread them evenly. Yusuf is on the medical
terminology course 18-20 May, so Ilka covers his nights that week.

Swaps between you as usual, just update the sheet in the team folder.

Claire

""" + sig("dubois"))
    rows = [["Date", "Day 08-20", "Night 20-08", "Medical officer backup"]]
    names = ["Claire", "Mathis", "Ilka", "Yusuf"]
    docs = ["Dr. Ruhnke", "Dr. Ruhnke", "Dr. Albrecht-Sando"]
    for d in range(1, 32):
        rows.append(["%02d.05.2026" % d, names[d % 4], names[(d + 2) % 4], docs[d % 3]])
    att_xlsx(m, "Assistance_rota_2026-05.xlsx", [("May", rows)], title="Rota May 2026", creator="Claire Dubois",
             created="2026-04-20T14:00:00Z", when=(2026, 4, 20, 16, 0, 0))
    return m


# --- d202-0098 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "QA query on a legal-expenses tenancy file: named tenant, landlord, rent reduction, cover decision; no special categories")
def m0098():
    m = new(A("janssen"), A("osterloh"), "QS Rechtsschutz Q1 – Akte 26-RS-001207", "2026-04-02 10:22:00")
    plain(m, """Hallo Friederike,

eine Rückfrage aus der Quartalsprüfung, Akte 26-RS-001207
(VN Mareike Dohrmann, Mieterin Am Dobben 41, 28203 Bremen; Gegner
Vermieter Immobilien Steintor GbR):

Du hast Deckung für die Klage auf Mietminderung (Schimmel im Bad,
Minderung 20 %) zugesagt. Der Vertrag RS 30 558 902 hatte den
Mietrechtsbaustein aber erst ab 01.09.2025, die Mängelanzeige an den
Vermieter ist vom 14.10.2025 – Wartezeit 3 Monate. Der Versicherungsfall
liegt damit in der Wartezeit, oder hast du den Beginn des Mangels anders
bewertet? Dann bitte kurz in der Akte begründen.

Danke!
Birte

""" + sig("janssen"))
    return m


# --- d202-0099 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "disability claim decision: body only refers to 'your claim'; the attached PDF states depression diagnosis, incapacity degree and pension")
def m0099():
    m = new(A("kranz"), "Melanie Kück <melanie.kueck@nordpost.example>",
            "Your claim BU-2025-0377 – our decision", "2026-01-23 11:00:00")
    lang_en(m)
    plain(m, """Dear Ms Kück,

as requested, we are writing to you in English. Please find our decision
on your claim attached. A copy has also been sent to you by post.

If you have any questions, please call me directly.

""" + sig("kranz") + "\n\n" + FOOTER_LV)
    att_pdf(m, "Decision_BU-2025-0377.pdf", [
        "# Weserland Lebensversicherung AG",
        "Ms Melanie Kück, Kirchweg 118, 28199 Bremen",
        "Policy LV 88 0977 3102 - occupational disability insurance - claim BU-2025-0377",
        "",
        "# Decision on your claim for disability benefits",
        "Dear Ms Kück,",
        "we have assessed your claim on the basis of the reports of your psychiatrist Dr. Annika Lohse "
        "(severe depressive episode without psychotic symptoms, F32.2, since February 2025; inpatient treatment "
        "at the AMEOS Klinikum Bremen from 3 March to 28 April 2025) and of our independent expert Prof. Dr. Wendler "
        "(report of 12 December 2025).",
        "The expert confirms that you have been unable to work as a project manager to a degree of at least 50 % "
        "since 1 August 2025 and that this is expected to last for at least six months.",
        "We therefore accept your claim. From 1 August 2025 we pay a monthly disability pension of EUR 1,850.00 "
        "and waive the premium of EUR 96.40 per month. Back payment for August 2025 to January 2026: EUR 11,100.00.",
        "We will review the claim in 12 months (follow-up review under section 9 of the policy conditions).",
        "",
        "Tobias Kranz, Disability Claims",
    ], title="Decision BU-2025-0377", created="20260123103000+01'00'")
    return m


# --- d202-0100 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: service-team quarterly KPIs (calls, complaints by line incl. health and care, reachability); aggregates only")
def m0100():
    m = new(A("hinrichs"), "Kundenservice Team <kundenservice-team@weserland.example>",
            "Unsere Zahlen Q1/2026", "2026-04-07 09:00:00")
    plain(m, """Hallo Team,

Q1 ist rum, hier unsere Zahlen:

Anrufe gesamt            48.912   (Vorjahr 45.330)
Erreichbarkeit (20 s)     81 %    (Ziel 80 %)
Mails bearbeitet         17.406
Beschwerden                 312   davon Kranken 118, Kfz 74, Sach 61,
                                  Pflege 22, Leben/BU 19, sonstige 18
Ø Bearbeitungszeit Mail  1,6 Tage

Sturm "Hertha" hat uns im Februar zwei harte Wochen beschert, trotzdem
haben wir die 80 % gehalten. Danke euch allen!

Die meisten Beschwerden in Kranken betrafen wieder die Dauer der
Rechnungsbearbeitung, nicht die Entscheidung selbst. Das geben wir so an
die Leistungsabteilung weiter.

Ole

""" + sig("hinrichs"))
    return m


# --- d202-0101 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "harmless top reply ('Erledigt, danke!'); the quoted history names an insured person's psychiatric day-clinic bill and diagnosis")
def m0101():
    m = new("Bastian Focke <bastian.focke@weserland.example>", A("hollmann"),
            "AW: Bitte kurz drüberschauen – Tagesklinik", "2026-02-04 14:31:00",
            irt=mid("hollmann-tagesklinik"))
    plain(m, """Erledigt, danke!

Bastian

-----Ursprüngliche Nachricht-----
Von: Svenja Hollmann <svenja.hollmann@weserland.example>
Gesendet: Mittwoch, 4. Februar 2026 11:05
An: Bastian Focke <bastian.focke@weserland.example>
Betreff: Bitte kurz drüberschauen – Tagesklinik

Hi Bastian,

kannst du als Vier-Augen drüberschauen? Rechnung der Tagesklinik
Bremen-Nord für Frau Kira Lampe (KV 7.350.221.09), 34 Behandlungstage
teilstationär, Diagnose F50.0 Anorexia nervosa, Gesamt 11.832,00 EUR.
Tarif KompaktPlus erstattet teilstationär wie stationär 100 %. Zusage
für die Maßnahme lag vor (Akte, Dok. vom 12.11.2025).

Danke, Svenja
""")
    return m


# --- d202-0102 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "private cyber policy: phishing loss of a named customer with amounts and the fraudster's account; no health data")
def m0102():
    m = new(A("yildiz"), "Olivia Hartmann-Reid <olivia.hr@inboxly.example>",
            "Your cyber claim CY-26-000088 – online banking fraud", "2026-04-16 13:40:00")
    lang_en(m)
    ib = iban("LT", "7300010" + "123456789")
    plain(m, """Dear Ms Hartmann-Reid,

thank you for the police report (Bremen police, ref. 0612/26/K41) and the
bank statements. On 2 April you received a fake message "from your bank"
and confirmed two transfers of EUR 1,480.00 and EUR 920.00 to the account
%s, which your bank could no longer recall.

Your private cyber policy CY 77 004 219 covers losses from online-banking
fraud up to EUR 5,000 per year with an excess of EUR 150. We will
therefore pay EUR 2,250.00 to your account within the next few days.

Please also change your online-banking PIN and check whether the same
password is used for other services.

""" % ib + sig("yildiz"))
    return m


# --- d202-0103 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-press",
      "trap: press release on annual results with benefits paid in health, care and disability lines; company figures only")
def m0103():
    m = new(A("meinke"), "Redaktionen <presseverteiler@weserland.example>",
            "Pressemitteilung: Weserland wächst 2025 in allen Sparten", "2026-03-26 10:00:00",
            extra=[("Precedence", "bulk")])
    m.replace_header("To", "undisclosed-recipients:;")
    plain(m, """PRESSEMITTEILUNG – Bremen, 26. März 2026

Weserland Versicherungsgruppe wächst 2025 in allen Sparten

- Beitragseinnahmen steigen um 5,8 % auf 1,94 Mrd. EUR
- Krankenversicherung zahlt 612 Mio. EUR für Arzt-, Zahn- und
  Krankenhausrechnungen ihrer Versicherten, Pflegeversicherung 48 Mio. EUR
- Berufsunfähigkeit: 885 neue Leistungsfälle in fünf Jahren, psychische
  Erkrankungen bleiben häufigste Ursache (36 %)
- Sturm "Hertha" kostet rund 21 Mio. EUR brutto

"Wir haben im vergangenen Jahr so viele Leistungen erbracht wie nie
zuvor", sagt Dr. Hauke Meiners, Vorstandsvorsitzender.

Pressekontakt:
""" + sig("meinke"))
    return m


# --- d202-0104 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings insurance offer incl. natural hazards for a named prospect's house: address, flood zone, year of construction, premium")
def m0104():
    m = new(A("ahlers"), "Johanna Brüning <johanna.bruening@hansemail.example>",
            "Ihr Angebot Wohngebäudeversicherung mit Elementarschutz", "2026-04-21 15:30:00")
    plain(m, """Sehr geehrte Frau Brüning,

wie besprochen erhalten Sie unser Angebot für Ihr Einfamilienhaus
Deichstraße 27, 27804 Berne:

- Baujahr 1964, Wohnfläche 142 m², massiv, Dach 2019 erneuert
- Überschwemmungszone ZÜRS 3 (Nähe Weser/Ollen)
- Wohngebäude inkl. Elementar, gleitender Neuwert, SB 1.000 EUR
- Jahresbeitrag: 1.486,20 EUR (davon Elementar 612,00 EUR)

Wegen der Zone 3 benötigen wir vor Annahme noch Fotos des Kellers und
eine Bestätigung, dass eine Rückstauklappe eingebaut ist.

Das Angebot gilt bis 31.05.2026.

Mit freundlichen Grüßen

""" + sig("ahlers") + "\n\n" + FOOTER_DE)
    return m


# --- d202-0105 -------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: translation order for template letters with «placeholders» (rejection of psychotherapy, hospital cover); no real person")
def m0105():
    m = new(A("gallagher"), "Projects <projects@lingua-bremen.example>",
            "Translation order PO 4500191022 – template letters DE>EN/TR", "2026-02-06 11:45:00")
    lang_en(m)
    plain(m, """Hello,

please translate the attached 6 template letters from German into English
and Turkish (PO 4500191022, framework agreement 2025):

  T-201 Kostenzusage Krankenhaus
  T-214 Ablehnung Psychotherapie – Gutachterverfahren
  T-230 Rückfrage Arztbericht
  T-240 Heil- und Kostenplan Zahn
  T-251 Pflegegrad – Leistungsbescheid
  T-260 Auslandsrechnung – Erstattung

The templates contain only placeholders like «Anrede», «Name»,
«Diagnose», «Betrag» – please keep them exactly as they are. Glossary
attached in the same ZIP. Delivery by 20 February.

""" + sig("gallagher"))
    att_zip(m, "templates_T2xx_DE.zip", [
        ("T-214_Ablehnung_Psychotherapie.txt",
         "«Anrede» «Name»,\n\nIhr Antrag auf Psychotherapie («Verfahren», «Stunden» Sitzungen) vom «Datum»\n"
         "wurde durch den Gutachter nicht befürwortet. Begründung: «Begründung».\n\nMit freundlichen Grüßen\n«SB»\n"),
        ("T-201_Kostenzusage_Krankenhaus.txt",
         "«Anrede» «Name»,\n\nfür den Aufenthalt in «Klinik» ab «Datum» (Aufnahmegrund «Diagnose») übernehmen wir\n"
         "die allgemeinen Krankenhausleistungen und «Wahlleistungen».\n"),
        ("Glossar_KV_DE-EN-TR.csv",
         "de;en;tr\nKostenzusage;guarantee of payment;ödeme garantisi\nHeil- und Kostenplan;treatment and cost plan;"
         "tedavi ve maliyet planı\nPflegegrad;care grade;bakım derecesi\nSchweigepflichtentbindung;medical release;"
         "sır saklama yükümlülüğünden muafiyet\n"),
    ], when=(2026, 2, 6, 11, 0, 0))
    return m


# --- d202-0106 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost-coverage declaration to a hospital for a named insured person: planned knee replacement (M17.1), elective services")
def m0106():
    m = new(A("hollmann"), "Patientenaufnahme Klinikum Delmenhorst <aufnahme@klinikum-delmenhorst.example>",
            "Kostenübernahmeerklärung – Herr Werner Stöver, geb. 30.06.1955", "2026-04-22 08:30:00")
    plain(m, """Sehr geehrte Damen und Herren,

für unseren Versicherten

  Herrn Werner Stöver, geb. 30.06.1955, Versicherungsnummer 7.102.877.30
  Aufnahme: 04.05.2026, Orthopädie
  Einweisungsdiagnose: M17.1 primäre Gonarthrose rechts, geplante
  Knie-TEP rechts

übernehmen wir die Kosten der allgemeinen Krankenhausleistungen nach
DRG sowie die Wahlleistungen Unterbringung im Zweibettzimmer und
Chefarztbehandlung (Wahlarzt Prof. Dr. Tiedemann) im tariflichen Umfang.

Bitte rechnen Sie direkt mit uns ab (Klinik-Card liegt vor).

Mit freundlichen Grüßen

""" + sig("hollmann") + "\n\n" + FOOTER_KV)
    return m


# --- d202-0107 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: results of a phishing simulation by department (click rates), mentions a fake 'medical report' lure; no individual named")
def m0107():
    m = new(A("carstens"), "All staff <alle@weserland.example>",
            "Phishing simulation March – results", "2026-04-10 14:00:00", client="notes")
    lang_en(m)
    plain(m, """Hi all,

thanks for taking part (unknowingly) in our March phishing simulation.
The bait was a fake mail "Updated medical report – please confirm" with a
link to a login page.

  department                click rate   reported to IT
  Customer service              14 %          39 %
  Claims (motor/property)       11 %          45 %
  Health & care benefits         9 %          52 %
  Life / disability              7 %          48 %
  IT                             3 %          81 %
  overall                       10 %          47 %

Individual results are not reported to managers – we only use them for the
statistics. Please keep using the "Report phishing" button in Outlook.

""" + sig("carstens"))
    return m


# --- d202-0108 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "water-damage settlement for a named customer; the TSV attachment lists damaged household items and amounts with the claim number")
def m0108():
    m = new(A("yildiz"), "Detlef Harjes <detlef.harjes@webpost.example>",
            "Abrechnung Leitungswasserschaden SH-26-002077", "2026-04-24 10:15:00")
    plain(m, """Sehr geehrter Herr Harjes,

anbei unsere Abrechnung zu Ihrem Leitungswasserschaden vom 18.03.2026
als Liste. Wir überweisen 4.318,40 EUR auf Ihr Konto. Bei Fragen melden
Sie sich gern.

Mit freundlichen Grüßen

""" + sig("yildiz") + "\n\n" + FOOTER_DE)
    attach_text(m, "Schaden-Nr.\tVN\tVertrag\tPosition\tNeuwert EUR\tZeitwert EUR\tentschädigt EUR\n"
                   "SH-26-002077\tDetlef Harjes\tHR 21 266 501\tLaminat Wohnzimmer 28 m²\t1.540,00\t1.540,00\t1.540,00\n"
                   "SH-26-002077\tDetlef Harjes\tHR 21 266 501\tSofa (2019)\t2.100,00\t1.260,00\t2.100,00\n"
                   "SH-26-002077\tDetlef Harjes\tHR 21 266 501\tTeppich\t380,00\t190,00\t380,00\n"
                   "SH-26-002077\tDetlef Harjes\tHR 21 266 501\tTrocknungsgeräte Strom\t298,40\t298,40\t298,40\n"
                   "\t\t\tSumme\t4.318,40\t\t4.318,40\n",
                "tab-separated-values", "Abrechnung_SH-26-002077.tsv", charset="utf-8", cte="base64")
    return m


# --- d202-0109 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "harmless top reply ('Thanks, noted'); quoted mail names an expat member's HIV treatment and pharmacy costs")
def m0109():
    m = new(A("gallagher"), "Pieter de Vries <pieter.devries@weserland.example>",
            "RE: Direct billing pharmacy Lisbon", "2026-03-23 12:10:00", irt=mid("devries-lisbon"))
    lang_en(m)
    plain(m, """Thanks, noted. Go ahead.

Emma

From: Pieter de Vries <pieter.devries@weserland.example>
Sent: Monday, 23 March 2026 11:47
To: Emma Gallagher <emma.gallagher@weserland.example>
Subject: Direct billing pharmacy Lisbon

Hi Emma,

member Rafael Couto Almeida (INT-0050-6612-3) asks whether his pharmacy
in Lisbon can bill us directly for his antiretroviral therapy
(bictegravir/emtricitabine/tenofovir alafenamide, EUR 2,310 per 90 days;
HIV infection, B20). He doesn't want to pay in advance every quarter.
Direct billing would need a one-off agreement with Farmácia Estrela. OK
with you?

Pieter
""")
    return m


# --- d202-0110 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: new text modules for customer letters with «placeholders» for diagnosis, care grade, IBAN; no real data")
def m0110():
    m = new(A("hinrichs"), "Kundenservice Team <kundenservice-team@weserland.example>",
            "Neue Textbausteine ab 02.03. (bitte alte löschen)", "2026-02-27 14:44:00")
    plain(m, """Hallo Team,

die Textbausteine für Standardantworten sind überarbeitet und ab Montag
im Mailclient unter "Bausteine 2026" verfügbar. Die alten bitte löschen,
die hatten teilweise noch falsche Telefonzeiten.

Neu sind u. a.:

[TB-07] Kontoänderung
"Wir haben Ihre neue Bankverbindung «IBAN maskiert» ab «Datum» hinterlegt."
(Nie die volle IBAN einsetzen!)

[TB-12] Weiterleitung an Leistung
"Ihre Unterlagen haben wir an unsere Leistungsabteilung weitergegeben.
Diese meldet sich bei Ihnen." (KEINE Diagnosen, keine Beträge!)

[TB-15] Pflege
"Für Leistungen aus dem Pflegegrad «Pflegegrad» benötigen wir das
Gutachten des Medizinischen Dienstes."

Bei Fragen: Kerstin oder ich.

Ole

""" + sig("hinrichs"))
    return m


# --- d202-0111 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "broker",
      "harmless forwarding body; the attached broker .eml gives a client's name, birth date and motorbike policy details")
def m0111():
    inner = new("Thomas Seebeck <t.seebeck@seebeck-finanz.example>", "lukas.petersen@weserland.example",
                "Motorrad Kunde Behrmann – Saisonkennzeichen", "2026-04-01 18:30:00", client="outlook",
                msgid=mid("seebeck-behrmann", host="seebeck-finanz.example", style="outlook"))
    plain(inner, """Hallo Herr Petersen,

mein Kunde Dirk Behrmann, geb. 07.09.1988, möchte sein Motorrad
(BMW R 1250 GS, Kennzeichen VER-DB 88, Saison 03-10) ab sofort ganzjährig
zulassen. Vertrag KF-4471-301877, SF 12. Geht das online oder brauchen
Sie einen Antrag? Fahrleistung bleibt bei ca. 6.000 km.

Beste Grüße
Thomas Seebeck
Seebeck Finanz GmbH
""")
    m = new(A("petersen"), "Kfz-Bestand <kfz-bestand@weserland.example>",
            "WG: Motorrad Kunde Behrmann – Saisonkennzeichen", "2026-04-02 08:05:00")
    plain(m, """Moin Kfz-Bestand,

bitte umstellen und dem Makler direkt antworten, Mail hängt an.

Danke, Lukas

""" + sig("petersen"))
    attach_mail(m, inner)
    return m


# --- d202-0112 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "underwriting team discussion on a named disability applicant with past psychotherapy and burnout; proposed exclusion")
def m0112():
    m = new(A("schoon"), "Risikoprüfung Leben <risikopruefung-leben@weserland.example>",
            "Fallbesprechung Antrag BU 26-A-1188 (Hülsmann)", "2026-04-15 13:20:00")
    plain(m, """Hallo zusammen,

für die Fallbesprechung morgen um 10:

Antrag BU 26-A-1188, Antragstellerin Carina Hülsmann, geb. 12.03.1991,
Grundschullehrerin, BU-Rente 2.000 EUR, Endalter 67.

Gesundheitsangaben: 2022 ambulante Psychotherapie (Verhaltenstherapie,
24 Sitzungen) wegen Erschöpfungssyndrom / Burnout (Z73.0, F43.2), 6 Wochen
AU. Seit 09/2022 beschwerdefrei, keine Medikation. Bericht der
Therapeutin liegt vor, Prognose gut.

Mein Vorschlag: Annahme mit Ausschluss psychischer Erkrankungen für
5 Jahre, danach Überprüfung auf Antrag. Alternativ normale Annahme mit
Zuschlag 25 % – der Makler wünscht den Zuschlag statt Ausschluss.

Meinungen?

Lea

""" + sig("schoon"))
    return m


# --- d202-0113 -------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: speaker confirmation for an actuarial conference talk on post-pandemic mortality and disability trends; aggregate topics only")
def m0113():
    m = new(A("mehta"), "Programme Committee <programme@north-sea-actuarial.example>",
            "Re: Speaker slot – 'Mortality and disability after the pandemic'", "2026-04-27 09:12:00",
            irt=mid("nsa-speaker", host="north-sea-actuarial.example"))
    lang_en(m)
    plain(m, """Dear Dr. Lindgren,

thank you for the invitation – I am happy to confirm the 30-minute slot
on 17 September in Aarhus.

Working title: "Mortality and disability after the pandemic – what a
mid-sized German insurer sees in its portfolio". Content: excess
mortality 2020-2023 by age band, the rise of mental-health disability
claims (ICD chapter F now 36 % of new claims), long-COVID as a cause of
incapacity, and what this means for pricing. All figures will be
aggregated; no individual cases.

Abstract and short bio follow by 15 May. I will need a projector and a
clicker, nothing else.

""" + sig("mehta"))
    return m


# --- d202-0114 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "service shift hand-over (late to early shift): callbacks with customers' names, phone numbers, motor/household policies and topics")
def m0114():
    m = new("Jana Ehlers <jana.ehlers@weserland.example>", "Kundenservice Team <kundenservice-team@weserland.example>",
            "Schichtübergabe Spät -> Früh 28.04.", "2026-04-27 20:04:00")
    plain(m, """Hallo Frühschicht,

offene Rückrufe von heute Abend:

- Frau Gesine Rolfs, 0421 6398822, HR 21 188 304: will Versicherungssumme
  Hausrat erhöhen (neue Küche), bitte Angebot.
- Herr Yannick Bode, 0176 22100934, KF-4471-455902: eVB für Zweitwagen
  (Opel Corsa), hat's eilig, Zulassung morgen 10 Uhr.
- Herr Manfred Lübbers, 04209 1744, PH 50 020 771: Kündigung zum
  Jahresende, möchte Bestätigung per Post, nicht per Mail.
- Frau Nadine Claussen, 0151 42290017: neue Adresse Rablinghauser
  Landstraße 51a, 28197 Bremen, für alle Verträge (Kfz + Hausrat),
  Bestätigung per Mail ok.

Die Ticket-Nummern stehen im CRM unter "Übergabe".

Jana
--
Jana Ehlers
Kundenservice | Weserland Versicherungsgruppe
""")
    return m


# --- d202-0115 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health reimbursement for a named customer's child (otitis media, antibiotics, clinic in Spain); HTML and text table")
def m0115():
    m = new(A("dubois"), "Rebecca Stone <rebecca.stone@greenpost.example>",
            "Travel health claim RK-26-01044 – reimbursement for Oliver", "2026-04-28 14:25:00")
    lang_en(m)
    alt(m, """Dear Ms Stone,

we have reimbursed the costs for Oliver's treatment during your holiday
in Valencia (travel health policy RKV 55 0744 218):

  16.04.  Clínica Marítima, paediatric emergency, acute otitis media
          (H66.9), examination                              EUR 140.00
  16.04.  Farmacia Ruzafa, amoxicillin suspension, ibuprofen EUR  18.60
  19.04.  follow-up visit, ear check                          EUR  60.00
  total reimbursed                                            EUR 218.60

The payment will reach your account in a few days. We hope Oliver is
well again!

""" + sig("dubois"), """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Ms Stone,</p>
<p>we have reimbursed the costs for Oliver's treatment during your holiday in Valencia (travel health policy RKV 55 0744 218):</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Date</th><th>Provider / item</th><th>EUR</th></tr>
<tr><td>16.04.</td><td>Clínica Marítima, paediatric emergency, acute otitis media (H66.9), examination</td><td align="right">140.00</td></tr>
<tr><td>16.04.</td><td>Farmacia Ruzafa, amoxicillin suspension, ibuprofen</td><td align="right">18.60</td></tr>
<tr><td>19.04.</td><td>Follow-up visit, ear check</td><td align="right">60.00</td></tr>
<tr><td colspan="2"><b>Total reimbursed</b></td><td align="right"><b>218.60</b></td></tr>
</table>
<p>The payment will reach your account in a few days. We hope Oliver is well again!</p>
<p>Claire Dubois<br>Travel Assistance Coordination<br>Weserland Allgemeine Versicherung AG<br>24h line +49 421 70815-900</p>
</body></html>
""")
    return m


# --- d202-0116 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: agenda for an industry working group on health data in claims management (consent, ICD transfer, encryption); no cases")
def m0116():
    m = new(A("vahlenkamp"), "AK Datenschutz VNV <ak-datenschutz@vnv-verband.example>",
            "AK Datenschutz 07.05. – Tagesordnungspunkte Weserland", "2026-04-23 16:00:00")
    plain(m, """Liebe Kolleginnen und Kollegen,

für die Sitzung des Arbeitskreises am 07.05. melden wir folgende Punkte an:

1. Übermittlung von ICD-Codes an Gutachter und Assisteure – reicht die
   Schweigepflichtentbindung nach den Mustertexten oder braucht es eine
   gesonderte Einwilligung?
2. E-Mail mit Gesundheitsdaten: Erfahrungen mit Einwilligungen in
   TLS-Versand, Widerrufsquote, Beschwerden
3. Automatische Klassifizierung ausgehender E-Mails: Umgang mit
   Fehlalarmen (z. B. Pressemitteilungen, Statistiken)
4. Löschfristen bei abgelehnten BU-Anträgen

Wir würden zu Punkt 3 gern kurz (10 Min.) berichten.

Viele Grüße

""" + sig("vahlenkamp"))
    return m


# --- d202-0117 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "team mail asking to prioritise a death claim: named insured, cause of death (suicide), suicide clause, beneficiary")
def m0117():
    m = new(A("kranz"), "Leistung Leben Team <leistung-leben@weserland.example>",
            "Bitte priorisieren: Todesfall Rickmers, LV 71 2904 3318", "2026-04-29 11:48:00")
    plain(m, """Hallo Team,

bitte den Todesfall Rickmers vorziehen, die Witwe hat heute angerufen und
steht finanziell unter Druck (Hauskredit).

VP: Holger Rickmers, geb. 16.02.1979, verstorben 11.04.2026
Vertrag: LV 71 2904 3318 (Risiko-LV, 180.000 EUR, Beginn 01.07.2021)
Bezugsberechtigt: Ehefrau Anja Rickmers
Todesursache laut Totenschein: Suizid

Die Wartezeit der Selbsttötungsklausel (3 Jahre) ist seit 07/2024
abgelaufen, damit besteht volle Leistungspflicht. Wir brauchen nur noch
die Sterbeurkunde im Original und den Versicherungsschein (bzw.
Verlusterklärung). Bitte sensibel am Telefon – keine Nachfragen zu den
Umständen.

Tobias

""" + sig("kranz"))
    return m


# --- d202-0118 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-claimant",
      "motor liability settlement to a third-party claimant: his name, plate, damage amount and IBAN; nobody injured")
def m0118():
    m = new(A("reimers"), "Henrik Aalto <henrik.aalto@nordpost.example>",
            "Your claim against our policyholder – KS-2026-024310", "2026-04-30 10:20:00")
    lang_en(m)
    ib = iban("DE", "44290500" + "0001187754")
    plain(m, """Dear Mr Aalto,

as the motor liability insurer of the driver who hit your parked car
(Volvo V60, HB-HA 3117) on 17 April in Bremen-Schwachhausen, we accept
liability in full. Nobody was hurt.

Settlement:
  repair costs as per estimate (net)       EUR 2,184.50
  loss of use, 4 days x EUR 43            EUR   172.00
  general expenses                         EUR    25.00
  total                                    EUR 2,381.50

Payment to your account %s will be made within five working days. VAT
will be reimbursed once you send us the repair invoice.

Kind regards

""" % ib + sig("reimers"))
    return m


# --- d202-0119 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: sponsoring agreement for a hospital's open day with organ-donation and heart-health stands; no patient data")
def m0119():
    m = new(A("meinke"), "Veranstaltungsbüro Klinikum Nordheide <events@klinikum-nordheide.example>",
            "Tag der offenen Tür 13.06. – unser Stand und Sponsoring", "2026-05-04 12:00:00")
    plain(m, """Sehr geehrte Frau Drewes,

vielen Dank für die Einladung. Wir unterstützen Ihren Tag der offenen Tür
am 13.06. gern wieder mit 2.500 EUR und sind mit einem Stand vertreten.

Unser Stand (ca. 3 x 3 m, Strom nötig):
- Quiz "Wie gesund ist Ihr Herz?" mit Blutdruckmessung durch die
  Johanniter (die Messwerte bekommt nur die Besucherin bzw. der Besucher,
  wir erfassen nichts)
- Infomaterial Pflegezusatzversicherung und Organspendeausweise
- Glücksrad für Kinder

Rechnung bitte an Weserland Versicherungsgruppe, Unternehmenskommunikation,
Hafenkante 14, 28217 Bremen, Bestellnummer 4500193310.

Mit freundlichen Grüßen

""" + sig("meinke"))
    return m


# --- d202-0120 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "claimant",
      "third-party claimant's mail about a dog bite to her hand (stitches, tetanus shot, physiotherapy) forwarded to the liability handler")
def m0120():
    m = new(A("brueggemann"), A("yildiz"), "FW: Dog bite – claim against your customer Mr Klaus Vahrenhorst",
            "2026-05-05 08:40:00")
    lang_en(m)
    plain(m, """Hi Dilara,

can you take this one? Dog owner's liability PH 50 316 608 (Vahrenhorst),
dog liability is included. Please ask her for the medical reports with a
release form, not by plain mail.

Henning

-----Original Message-----
From: Charlotte Evans <charlotte.evans@mailbox-one.example>
Sent: Monday, 4 May 2026 21:10
To: schaden@weserland.example
Subject: Dog bite – claim against your customer Mr Klaus Vahrenhorst

Hello,

on 25 April I was bitten in the right hand by the dog of your customer
Mr Klaus Vahrenhorst (Weserpromenade, Vegesack) while jogging. I had to
go to the emergency room at Klinikum Bremen-Nord, the wound was stitched
(4 stitches), I got a tetanus shot and antibiotics. Now my hand is still
swollen and I need physiotherapy, the doctor says nerve damage is
possible. I was off work for 10 days.

Mr Vahrenhorst gave me your address and his policy number PH 50 316 608.
I want compensation for pain and suffering and my costs. How do I proceed?

Charlotte Evans
Meinert-Löffler-Str. 9, 28755 Bremen

""" + sig("brueggemann"))
    return m


# --- d202-0121 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "short body; the PDF policy endorsement shows the customer's birth date, address, contents sum insured and masked IBAN")
def m0121():
    m = new(A("bruns"), "Gesine Rolfs <gesine.rolfs@hansemail.example>",
            "Nachtrag zu Ihrer Hausratversicherung", "2026-04-28 11:00:00")
    plain(m, """Guten Tag Frau Rolfs,

wie gestern am Telefon besprochen, haben wir die Versicherungssumme
angepasst. Den Nachtrag finden Sie im Anhang.

Viele Grüße

""" + sig("bruns"))
    att_pdf(m, "Nachtrag_HR_21_188_304.pdf", [
        "# Weserland Allgemeine Versicherung AG",
        "Nachtrag Nr. 3 zum Versicherungsschein HR 21 188 304 - Hausratversicherung Komfort",
        "",
        "Versicherungsnehmerin: Gesine Rolfs, geb. 21.10.1962",
        "Anschrift / Versicherungsort: Hermann-Böse-Straße 37, 28209 Bremen",
        "",
        "Änderung ab 01.05.2026: Versicherungssumme 58.000 EUR (bisher 45.000 EUR), Wohnfläche 89 m²",
        "Unterversicherungsverzicht: ja   Fahrraddiebstahl: 1.500 EUR   Glas: nein",
        "Neuer Jahresbeitrag: 214,37 EUR inkl. Versicherungsteuer",
        "Zahlungsweise: jährlich per Lastschrift, IBAN DE** **** **** **** **83 11",
        "",
        "Bremen, 28.04.2026",
    ], title="Nachtrag Hausrat", created="20260428105500+02'00'")
    return m


# --- d202-0122 -------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "trap: English broker newsletter (HTML + text) on expat health and travel products, pre-existing conditions and evacuation limits")
def m0122():
    m = new("Weserland Broker Service <maklerservice@weserland.example>", "broker-news-en@weserland.example",
            "Broker News (EN) – International Care 2026 update", "2026-05-06 07:00:00", client="system",
            extra=[("List-Unsubscribe", "<mailto:abmelden@weserland.example?subject=broker-news-en>"), ("Precedence", "bulk")])
    alt(m, """BROKER NEWS - International Care 2026

What's new from 1 July 2026:
- Pre-existing conditions: covered after 24 months without treatment
  (was 36), except cancer and heart disease in the last 5 years
- Medical evacuation: limit raised to EUR 500,000 per event
- Maternity: waiting period 10 months, cover up to EUR 20,000 (Premium)
- Mental health: 30 outpatient sessions per year (Comfort and Premium)

Webinar for brokers: 2 June, 15:00 CET - register in the broker portal.
""", """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#0b4f6c">International Care – what's new from 1 July 2026</h2>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Topic</th><th>Until 30 June</th><th>From 1 July</th></tr>
<tr><td>Pre-existing conditions</td><td>after 36 months</td><td>after 24 months (not cancer / heart disease in last 5 years)</td></tr>
<tr><td>Medical evacuation</td><td>EUR 250,000</td><td>EUR 500,000</td></tr>
<tr><td>Maternity (Premium)</td><td>12 months waiting</td><td>10 months, up to EUR 20,000</td></tr>
<tr><td>Mental health outpatient</td><td>20 sessions</td><td>30 sessions</td></tr>
</table>
<p>Webinar for brokers: 2 June, 15:00 CET – register in the broker portal.</p>
</body></html>
""")
    return m


# --- d202-0123 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "benefit statement for a named health-insurance customer listing doctors, a psychotherapist and amounts (no ICD codes)")
def m0123():
    m = new("Weserland Krankenversicherung <leistung-kv@weserland.example>",
            "Carola Wienbergen <c.wienbergen@freemail.example>",
            "Ihre Leistungsabrechnung vom 05.05.2026", "2026-05-05 05:30:00", client="system")
    plain(m, """Sehr geehrte Frau Wienbergen,

Sie haben der Zusendung Ihrer Leistungsabrechnungen per E-Mail zugestimmt
(Einwilligung vom 14.01.2026). Hier Ihre Abrechnung:

Versicherungsnummer 7.344.210.66, Tarif KompaktPlus

Rechnung vom  Leistungserbringer                         Betrag   erstattet
08.04.2026    Dr. med. Sabine Vossberg, Hausärztin         86,44       86,44
10.04.2026    Dipl.-Psych. Tilman Roggenkamp,
              Psychologischer Psychotherapeut
              (4 Sitzungen Verhaltenstherapie)            460,80      368,64
14.04.2026    Schwanen-Apotheke, Sertralin 50 mg           24,17       24,17
                                                         -------    --------
                                                          571,41      479,25

Selbstbehalt 2026 bisher verbraucht: 300,00 von 300,00 EUR.
Die Erstattung überweisen wir auf Ihr Konto.

Ihre Weserland Krankenversicherung

""" + FOOTER_KV)
    return m


# --- d202-0124 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "invitation of brokers to a breakfast event with product news (care, disability); no customer data")
def m0124():
    m = new(A("petersen"), "Vertriebspartner Region Nord <makler-nord@weserland.example>",
            "Einladung: Maklerfrühstück am 19.06. in Verden", "2026-05-11 10:30:00")
    plain(m, """Liebe Vertriebspartnerinnen und Vertriebspartner,

herzliche Einladung zu unserem Maklerfrühstück:

  Freitag, 19.06.2026, 9:00-11:30 Uhr
  Hotel Niedersachsenhof, Verden (Aller)

Themen:
- BU Vital: die ersten 100 Tage – was läuft gut, wo hakt die
  Risikoprüfung?
- PflegeSchutz: neue Einstufung ab Pflegegrad 2
- Sturm "Hertha": wie die Schadenregulierung lief (und was wir gelernt
  haben)
- Elektronische Vermittlerpost und MVP-Anbindung

Bitte melden Sie sich bis 05.06. im Maklerportal unter "Termine" an.

Ich freue mich auf Sie!

""" + sig("petersen"))
    return m


# --- d202-0125 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "storm recovery bordereau to the reinsurer: XLSX of individual building claims with policyholders' names, addresses and payments")
def m0125():
    m = new("Ben Okoye <ben.okoye@weserland.example>", "Dr. Ingrid Solberg <ingrid.solberg@nordic-re.example>",
            "Storm Hertha – claims bordereau for cat XL recovery (first tranche)", "2026-05-12 15:00:00",
            cc=A("mehta"))
    lang_en(m)
    plain(m, """Dear Ingrid,

attached is the first tranche of the bordereau for our cat XL recovery
(event Hertha, 9-10 February 2026). It contains the 25 largest building
claims paid so far; the full list (6,800 claims) follows via the secure
data room as agreed.

Gross paid to date: EUR 14.2m, our retention EUR 10m.

Best regards
Ben
--
Ben Okoye
Reinsurance & Actuarial Analytics
Weserland Versicherungsgruppe
""")
    rows = [["Claim", "Policy", "Policyholder", "Risk address", "Damage", "Paid EUR"],
            ["SG-26-004470", "WG 33 710 552", "Bernd and Silke Tönnies", "Am Mühlenteich 9, 27711 Osterholz-Scharmbeck", "roof", 5524.00],
            ["SG-26-003118", "WG 33 402 907", "Hans-Jürgen Oltmann", "Moorweg 2, 27804 Berne", "roof, barn", 48210.50],
            ["SG-26-003902", "WG 33 188 016", "Renate Grobe", "Deichstraße 4, 28865 Lilienthal", "tree on house", 61377.00],
            ["SG-26-004011", "WG 33 551 230", "Ahmet and Leyla Yavuz", "Kirchhuchtinger Landstr. 55, 28259 Bremen", "roof, facade", 22408.90],
            ["SG-26-004622", "WG 33 090 114", "Dieter Stührenberg", "Alte Heerstraße 18, 27793 Wildeshausen", "chimney, roof", 31990.00]]
    att_xlsx(m, "Hertha_bordereau_tranche1.xlsx", [("Tranche 1", rows)], title="Hertha bordereau",
             creator="Ben Okoye", created="2026-05-12T13:00:00Z", when=(2026, 5, 12, 14, 0, 0))
    return m


# --- d202-0126 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: training invitation (ICS) 'Datenschutz in der Schadenakte' listing health data, ICD codes and § 203 StGB as topics")
def m0126():
    m = new(A("vahlenkamp"), "Alle Schaden/Leistung <alle-schaden-leistung@weserland.example>",
            "Pflichtschulung: Datenschutz in der Schadenakte (2 Termine)", "2026-05-07 09:00:00")
    plain(m, """Liebe Kolleginnen und Kollegen,

nach den Befunden der Qualitätssicherung (Diagnosen im Notizfeld,
Arztberichte an falsche Empfänger) bieten wir eine Pflichtschulung an:

- Was sind Gesundheitsdaten, was fällt unter § 203 StGB?
- Schweigepflichtentbindung: wann, wofür, wie lange?
- ICD-Codes in Briefen, Betreffzeilen und Notizen
- E-Mail, Portal, Post: welcher Weg für welche Daten?

Termine: 21.05. und 28.05., jeweils 10-11:30 Uhr, Raum Teerhof. Bitte
einen Termin annehmen (Einladung hängt an).

""" + sig("vahlenkamp"))
    att_ics(m, "Schulung_Datenschutz_Schadenakte.ics", ics(
        "ds-schulung-2026-05@weserland.example", "20260521T100000", "20260521T113000",
        "Pflichtschulung Datenschutz in der Schadenakte", location="Raum Teerhof",
        description="Alternativtermin 28.05. gleiche Zeit.",
        organizer=("Datenschutz", "datenschutz@weserland.example"), stamp="20260507070000Z",
        attendees=[("Alle Schaden/Leistung", "alle-schaden-leistung@weserland.example")]))
    return m


# --- d202-0127 -------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-supplier",
      "framework-rate negotiation with a car-rental partner for replacement vehicles; company terms only")
def m0127():
    m = new(A("albers"), "Key Accounts <keyaccounts@northdrive-rental.example>",
            "Replacement vehicles – framework rates 2026/27", "2026-05-13 14:10:00")
    lang_en(m)
    plain(m, """Dear Mr Jansen,

thank you for your proposal. We can accept the new daily rates for
groups B to E, but not the 9 % increase for group F (vans). Our volume in
2025 was 11,400 rental days, and we expect slightly more after the storm
season.

Our counter-proposal:
  group F: +4 %, delivery and collection within 30 km free of charge
  payment term: 30 days net, invoices via e-invoicing (XRechnung)
  term: 1 July 2026 to 30 June 2027

Could we finalise this in a call next week?

Kind regards

""" + sig("albers"))
    return m


# --- d202-0128 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses neighbour dispute (hedge, boundary): named customer and neighbour, addresses, policy and claim number")
def m0128():
    m = new(A("osterloh"), "Uwe Schumacher <uwe.schumacher@t-post.example>",
            "Ihre Streitigkeit mit Ihrem Nachbarn – 26-RS-006034", "2026-05-14 09:05:00")
    plain(m, """Sehr geehrter Herr Schumacher,

zu Ihrer Auseinandersetzung mit Ihrem Nachbarn, Herrn Gerold Wiechers
(Grenzhecke über 2 m Höhe, Am Brunnenkamp 14 / 16, 27751 Delmenhorst),
haben wir Folgendes festgestellt:

Ihr Vertrag RS 30 412 770 enthält den Baustein Wohnungs- und
Grundstücks-Rechtsschutz. Streitigkeiten aus dem Nachbarrecht sind
mitversichert. Vor einer Klage ist in Niedersachsen ein
Schlichtungsverfahren vorgeschrieben; die Kosten der Schiedsperson
übernehmen wir ebenfalls.

Wir empfehlen zunächst unsere kostenlose telefonische Mediation
(0421 70815-379). Möchten Sie gleich einen Anwalt beauftragen, nennen Sie
uns bitte dessen Namen.

Mit freundlichen Grüßen

""" + sig("osterloh") + "\n\n" + FOOTER_DE)
    return m


# --- d202-0129 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "short body; the ICS invitation names the accident claimant, the orthopaedic knee examination and the expert's practice")
def m0129():
    m = new(A("lindemann"), "Franziska Hartjen <f.hartjen@webpost.example>",
            "Ihr Termin", "2026-05-15 10:40:00")
    plain(m, """Sehr geehrte Frau Hartjen,

wie telefonisch vereinbart, hier der Termin als Kalendereintrag. Bitte
bringen Sie Ihren Personalausweis mit.

Mit freundlichen Grüßen

""" + sig("lindemann"))
    att_ics(m, "Termin_Begutachtung.ics", ics(
        "gutachten-u-2025-00931@weserland.example", "20260602T091500", "20260602T103000",
        "Ärztliche Begutachtung Unfall U-2025-00931 (Franziska Hartjen)",
        location="Praxis Dr. med. Jörn Sieling, Orthopädie/Unfallchirurgie, Contrescarpe 45, 28195 Bremen",
        description="Nachuntersuchung nach distaler Radiusfraktur links (Sturz vom Pferd 05/2025) zur Bemessung "
                    "der Invalidität. Bitte Röntgenbilder und den OP-Bericht mitbringen. Vertrag UV 62 3318 004.",
        organizer=("Marco Lindemann", "marco.lindemann@weserland.example"), stamp="20260515084000Z",
        attendees=[("Franziska Hartjen", "f.hartjen@webpost.example")]))
    return m


# --- d202-0130 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "summer holiday cover plan of the international desk; colleagues' absence weeks without reasons")
def m0130():
    m = new(A("gallagher"), "International Client Desk <intl-desk@weserland.example>",
            "Summer cover plan (July/August)", "2026-05-18 11:00:00")
    lang_en(m)
    plain(m, """Hi all,

summer cover plan based on your leave requests – all approved:

  Emma     20 Jul - 7 Aug     cover: Pieter (UK/IE/Nordics), Lena (LatAm)
  Pieter   10 Aug - 28 Aug    cover: Sven
  Lena     29 Jun - 10 Jul    cover: Sven (APAC), Emma (Middle East)
  Sven     no leave, joins in September

Rule of thumb: the cover person answers within 2 working days, no new
direct-billing agreements while the owner is away unless urgent.

Please set your out-of-office with the cover person's name, not with the
group mailbox only.

""" + sig("gallagher"))
    return m


# --- d202-0131 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "harmless body ('Prüfbericht im ZIP'); the DOCX inside the ZIP is a QA report on a named customer's motor total-loss file")
def m0131():
    m = new(A("janssen"), A("albers"), "QS Sonderprüfung Totalschaden – Prüfbericht", "2026-05-19 15:30:00")
    plain(m, """Hallo Katrin,

anbei der Prüfbericht zur Sonderprüfung, die du angefragt hattest
(ZIP, weil unser Mailfilter .docx von extern manchmal blockt und ich ihn
auch an die Revision schicke).

Kurzfassung: formal ok, Restwert hätte höher sein können.

Birte

""" + sig("janssen"))
    docx = docx_bytes([
        "# QS-Sonderprüfung Kfz-Totalschaden KS-2026-014118",
        "Versicherungsnehmer: Erik Sandstede, Alexanderstraße 12, 26121 Oldenburg",
        "Fahrzeug: Audi A4 Avant 2.0 TDI, OL-ES 2204, FIN WAUZZZF40LA034411, Erstzulassung 03/2020",
        "Vertrag: KF-4471-198630 (Vollkasko, SB 500 EUR)",
        "Schadentag: 02.02.2026, Auffahrunfall A28, keine Verletzten",
        [["Prüfpunkt", "Ergebnis"],
         ["Wiederbeschaffungswert lt. Gutachten", "24.600 EUR - plausibel"],
         ["Restwert", "6.150 EUR (3 Gebote) - höchstes Gebot der Restwertbörse 6.900 EUR wurde nicht genutzt"],
         ["Auszahlung", "17.950 EUR am 04.03.2026, Vier-Augen-Freigabe vorhanden"],
         ["Regress", "gegen Unfallgegner angemeldet, offen"]],
        "Bewertung: B (geringfügiger Befund). Empfehlung: Restwertgebote immer mit Datum dokumentieren.",
    ], title="QS-Sonderprüfung KS-2026-014118", creator="Birte Janssen", created="2026-05-19T13:00:00Z",
        when=(2026, 5, 19, 15, 0, 0))
    att_zip(m, "QS_Sonderpruefung_KS-2026-014118.zip",
            [("QS_Sonderpruefung_KS-2026-014118.docx", docx)], when=(2026, 5, 19, 15, 20, 0))
    return m


# --- d202-0132 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "certificate that a named tenant holds personal liability cover (policy number, flat address) for her landlord")
def m0132():
    m = new(A("kowalczyk"), "Aisha Mahmoud <aisha.mahmoud@inboxly.example>",
            "Confirmation of liability insurance for your landlord", "2026-05-20 16:05:00")
    lang_en(m)
    plain(m, """Dear Ms Mahmoud,

as requested, here is the confirmation for your new landlord:

  Weserland Allgemeine Versicherung AG confirms that Ms Aisha Mahmoud,
  Contrescarpe 120, 28195 Bremen, holds personal liability insurance
  with us under policy PH 50 377 015 (sum insured EUR 20 million,
  including damage to rented property). The policy is in force and the
  premium has been paid up to 31 December 2026.

You can forward this e-mail or print it out.

""" + sig("kowalczyk"))
    return m


# --- d202-0133 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: backlog plan of the health-benefits team (dental plans, hospital bills, aids) with counts and targets; no cases")
def m0133():
    m = new(A("eckhoff"), "Leistung KV Alle <leistung-kv-alle@weserland.example>",
            "Abbauplan Rückstände bis Ende Juni", "2026-05-21 08:15:00")
    plain(m, """Hallo Team,

Stand heute haben wir folgende Rückstände (älter als 10 Arbeitstage):

  Heil- und Kostenpläne Zahn      162
  Krankenhausrechnungen            88
  Hilfsmittel (Hörgeräte, Rollstühle, Einlagen)   41
  Auslandsrechnungen               37

Ziel bis 30.06.: überall unter 30. Dafür:
- Samstagsarbeit freiwillig am 30.05. und 13.06. (mit Zuschlag)
- Frieda und Bastian gehen ab Montag komplett auf Zahn
- Hilfsmittel unter 300 EUR werden ohne Vier-Augen freigegeben
  (befristete Ausnahme, mit QS abgestimmt)

Danke für euren Einsatz – ich weiß, dass es gerade viel ist.

Miriam

""" + sig("eckhoff"))
    return m


# --- d202-0134 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "team lead asks to re-check a case after a complaint; quoted customer mail (iso-8859-1) about a wheelchair after amputation")
def m0134():
    m = new(A("eckhoff"), "Bastian Focke <bastian.focke@weserland.example>",
            "WG: Rollstuhl für meinen Vater – bitte nochmal prüfen", "2026-05-22 09:35:00")
    plain(m, """Bastian,

bitte schau dir den Fall nochmal an, auch im Hinblick auf die
Härtefallregel. Die Tochter hat die Vorsorgevollmacht (liegt vor).

Miriam

-----Ursprüngliche Nachricht-----
Von: Sabine Pleus <sabine.pleus@freemail.example>
Gesendet: Donnerstag, 21. Mai 2026 19:48
An: leistung-kv@weserland.example
Betreff: Rollstuhl für meinen Vater - bitte nochmal prüfen

Sehr geehrte Damen und Herren,

mein Vater Erwin Pleus (Vers.-Nr. 7.066.190.44) hat nach der
Unterschenkelamputation rechts im März (Diabetes, Durchblutungsstörung)
einen Aktivrollstuhl verordnet bekommen. Sie haben nur einen
Standardrollstuhl bewilligt. Mit dem kommt er aber in seiner Wohnung
nicht durch die Türen und kann sich nicht selbst fortbewegen, weil er
mit dem linken Arm seit dem Schlaganfall 2023 kaum Kraft hat.

Bitte prüfen Sie das noch einmal. Ein Schreiben vom Sanitätshaus lege
ich bei.

Mit freundlichen Grüßen
Sabine Pleus

""" + sig("eckhoff"), charset="iso-8859-1", cte="quoted-printable")
    return m


# --- d202-0135 -------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: monthly fee reconciliation with the assistance partner (case counts by type: hospital admissions, evacuations); aggregates")
def m0135():
    m = new(A("dubois"), "Finance <finance@globalcare-assist.example>",
            "April invoice – reconciliation", "2026-05-08 13:00:00")
    lang_en(m)
    plain(m, """Dear Mr Okonkwo,

we have checked your April invoice no. GCA-2026-0412 against our case
statistics:

  case type                         your count   our count
  medical information calls             212          212
  outpatient guarantees                  64           63
  hospital admissions (GOP)              27           27
  repatriations, scheduled flight         6            6
  air ambulance                           2            2
  deceased repatriation                   1            1

The difference is one outpatient guarantee that was cancelled before
treatment (our ref. ends in -2188). We will pay the invoice less one
case fee (EUR 85.00). Please send a credit note.

Kind regards

""" + sig("dubois"))
    return m


# --- d202-0136 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor total-loss settlement offer to a named customer: VIN, plate, replacement and salvage values; iso-8859-1 quoted-printable")
def m0136():
    m = new(A("albers"), "Erik Sandstede <erik.sandstede@nordpost.example>",
            "Totalschaden Ihres Audi A4 – KS-2026-014118", "2026-02-26 10:10:00")
    plain(m, """Sehr geehrter Herr Sandstede,

nach dem Gutachten des Sachverständigenbüros Weser-Expert ist Ihr Audi A4
Avant (OL-ES 2204, FIN WAUZZZF40LA034411) ein wirtschaftlicher
Totalschaden. Aus Ihrer Vollkaskoversicherung KF-4471-198630 ergibt sich:

  Wiederbeschaffungswert          24.600,00 EUR
  abzüglich Restwert               6.150,00 EUR
  abzüglich Selbstbeteiligung        500,00 EUR
  Entschädigung                   17.950,00 EUR

Den Restwert können Sie beim Höchstbietenden (Autoverwertung Kayser,
Tel. 0441 9903110) realisieren; das Angebot gilt bis 12.03.2026.

Mit freundlichen Grüßen

""" + sig("albers") + "\n\n" + FOOTER_DE, charset="iso-8859-1", cte="quoted-printable")
    return m


# --- d202-0137 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-applicant",
      "trap: interview invitation to a job applicant for a nurse/health-advisor post; name and date only, no application data")
def m0137():
    m = new(A("rohlfs"), "Merve Aydın <merve.aydin@webpost.example>",
            "Ihre Bewerbung als Gesundheitsberater/in (Pflegefachkraft) – Einladung", "2026-05-26 11:20:00")
    plain(m, """Sehr geehrte Frau Aydın,

vielen Dank für Ihre Bewerbung als Gesundheitsberaterin in unserem
Gesundheitsservice. Wir möchten Sie gern kennenlernen und laden Sie zu
einem Gespräch ein:

  Dienstag, 09.06.2026, 14:00 Uhr
  Weserland Versicherungsgruppe, Hafenkante 14, Empfang Haus A
  Gesprächspartnerinnen: Dr. Miriam Eckhoff (Leitung Leistung KV) und ich

Das Gespräch dauert etwa eine Stunde; Sie lernen auch das Team kennen.
Bitte bestätigen Sie uns den Termin kurz.

Mit freundlichen Grüßen

""" + sig("rohlfs"))
    return m


# --- d202-0138 -------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-doctor",
      "trap: answer to a medical practice about the e-invoice upload for doctors' bills; no patient named")
def m0138():
    m = new(A("gallagher"), "Practice Manager <office@harbourside-medical.example>",
            "Re: Submitting invoices for your members", "2026-05-27 09:50:00",
            irt=mid("harbourside-invoices", host="harbourside-medical.example"))
    lang_en(m)
    plain(m, """Dear Ms Pryce,

thank you for your question. Please do not send invoices or medical
reports for our members by e-mail. Practices can use our provider upload:

  https://provider.weserland.example (registration with your practice
  details, then two-factor login)

Invoices uploaded there are matched to the member automatically if the
member number is on the invoice. For direct billing (no payment by the
patient) we need a short agreement once; I have attached nothing to this
mail on purpose – the form is available after registration.

""" + sig("gallagher"))
    return m


# --- d202-0139 -------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: HR notice to all staff on the electronic sick note (eAU) process and whom to notify; generic, no employee named")
def m0139():
    m = new(A("rohlfs"), "Alle Mitarbeitenden <alle@weserland.example>",
            "Krankmeldung: so läuft es mit der eAU", "2026-01-19 13:00:00")
    plain(m, """Liebe Kolleginnen und Kollegen,

zur Erinnerung, weil es immer wieder Fragen gibt:

1. Bitte meldet euch am ersten Tag der Arbeitsunfähigkeit bis 9 Uhr bei
   eurer Führungskraft (Telefon oder Teams). Eine Diagnose oder den Grund
   müsst ihr NICHT nennen – und Führungskräfte fragen bitte auch nicht
   danach und schreiben nichts davon in Team-Mails.
2. Die Arbeitsunfähigkeitsbescheinigung ruft die Personalabteilung
   elektronisch bei der Krankenkasse ab (eAU). Ihr müsst keinen gelben
   Schein mehr abgeben.
3. Privat Versicherte: bitte Bescheinigung weiterhin an
   personal@weserland.example (nicht an die Führungskraft).

Danke!

""" + sig("rohlfs"))
    return m


# --- d202-0140 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "liability claim for lost office keys of a named customer: employer, lock-system costs, policy and claim number")
def m0140():
    m = new(A("yildiz"), "Finn-Luca Rademacher <finnluca.rademacher@webpost.example>",
            "Schlüsselverlust – HS-26-001388", "2026-05-28 14:30:00", client="tb")
    plain(m, """Hallo Herr Rademacher,

den Verlust Ihres Büroschlüssels (Generalschließanlage Ihres Arbeitgebers,
Hanse Consult Partners mbB, Obernstraße 20) haben wir zu Ihrer
Privathaftpflicht PH 50 410 388 aufgenommen. Der Verlust fremder
beruflicher Schlüssel ist bis 30.000 EUR mitversichert (SB 150 EUR).

Bitte schicken Sie uns:
- Bestätigung des Arbeitgebers über den Schlüsselverlust,
- Kostenvoranschlag für den Austausch der Schließanlage (laut Ihrer
  Mail ca. 8.900 EUR),
- Ihre Verlustanzeige beim Fundbüro.

Viele Grüße

--
""" + sig("yildiz"), cte="8bit", flowed=True)
    return m


# --- d202-0141 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: new rules for the shared mailbox of the international desk (no diagnoses in subjects, tags for medical reports); no case")
def m0141():
    m = new(A("gallagher"), "International Client Desk <intl-desk@weserland.example>",
            "Shared mailbox rules – please read", "2026-06-01 08:45:00")
    lang_en(m)
    plain(m, """Hi all,

after the QA round, some rules for intl-desk@ from today:

1. Subject lines: member number + topic only ("INT-xxxx – invoice"),
   never a diagnosis or treatment.
2. Tag incoming mails: [MED] for anything with medical reports,
   [BILL] for invoices, [GOP] for guarantees of payment.
3. Replies with medical content go through the portal, not by e-mail,
   unless the member has signed the e-mail consent (see CRM flag).
4. Don't forward [MED] mails to personal mailboxes – assign them in the
   shared mailbox instead.

Thanks!

""" + sig("gallagher"))
    return m


# --- d202-0142 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "grey zone: team mail on a named colleague's graded return to work after cancer treatment (employee health data)")
def m0142():
    m = new(A("brueggemann"), "Team Unfall-Leistung <unfall-leistung@weserland.example>",
            "Kai ab Montag wieder da (Wiedereingliederung)", "2026-06-03 16:20:00")
    plain(m, """Moin zusammen,

Kai kommt am Montag zurück! Nach der Chemotherapie startet er mit einer
stufenweisen Wiedereingliederung (Hamburger Modell): die ersten zwei
Wochen 3 Stunden täglich, dann 5, ab Juli voll. Er hat mich gebeten,
euch das so zu sagen, damit keiner wundert, wenn er mittags geht.

Bitte:
- keine Fälle mit Fristen in den ersten vier Wochen an ihn
- Telefondienst erst ab Juli
- und einfach normal mit ihm umgehen, er freut sich auf euch

Marco bleibt bis Ende Juni noch bei 50 % Fallzahl.

Gruß
Henning

""" + sig("brueggemann"))
    return m


# --- d202-0143 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "claims history (ODS) of a sole-trader painter's business liability for the broker's renewal; names of injured-free property claims")
def m0143():
    m = new(A("petersen"), "Fiona Caldwell <f.caldwell@harbourline-brokers.example>",
            "Claims history – Malerbetrieb Nils Oetjen (BHV 40 602 118)", "2026-06-04 10:00:00", client="tb")
    lang_en(m)
    plain(m, """Hi Fiona,

here is the five-year claims history for your client Nils Oetjen
(sole trader, painting and decorating) as an ODS file. Three property
claims, no bodily injury. I can offer the renewal at the current premium
if he accepts an excess of EUR 500.

Best regards
Lukas

--
""" + sig("petersen"), cte="8bit", flowed=True)
    att_ods(m, "Claims_history_Oetjen_BHV40602118.ods", [("Claims", [
        ["Policyholder", "Nils Oetjen, Malerbetrieb Oetjen, Vorstraße 3, 28359 Bremen", "", "", ""],
        ["Claim", "Date", "Description", "Paid EUR", "Status"],
        ["HS-22-004118", "14.06.2022", "paint spilled on customer's parquet", 1840.0, "closed"],
        ["HS-24-001903", "02.03.2024", "ladder broke shop window", 2310.5, "closed"],
        ["HS-25-006277", "29.09.2025", "scaffolding scratched neighbour's car", 960.0, "closed"],
        ["", "", "Total", 5110.5, ""]])],
        title="Claims history", creator="Lukas Petersen", created="2026-06-04T09:30:00",
        when=(2026, 6, 4, 9, 30, 0))
    return m


# --- d202-0144 -------------------------------------------------------------
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: notification of new electronic broker post (3 documents) without content or customer names")
def m0144():
    m = new("Weserland Vermittlerpost <vermittlerpost@weserland.example>",
            "Thomas Seebeck <t.seebeck@seebeck-finanz.example>",
            "Neue elektronische Vermittlerpost (3 Dokumente)", "2026-06-05 05:45:00", client="system",
            extra=[("Auto-Submitted", "auto-generated")])
    plain(m, """Guten Tag,

für Ihre Vermittlernummer 70-3302 liegen 3 neue Dokumente in der
elektronischen Vermittlerpost bereit (Kategorien: Leistungsmitteilung,
Nachtrag, Beitragsrechnung).

Sie können die Dokumente im Maklerportal unter "Post" abrufen oder mit
Ihrem Maklerverwaltungsprogramm über die Schnittstelle abholen.

Diese Nachricht enthält aus Datenschutzgründen keine Vertragsdaten.

Ihr Maklerportal-Team
""")
    return m


# --- d202-0145 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "body 'RE: Receipt'; attached scan sent as application/octet-stream is a hearing-aid invoice with the customer's audiogram findings")
def m0145():
    m = new(A("gallagher"), "Lena Brinkmann <lena.brinkmann@weserland.example>",
            "RE: Receipt", "2026-06-08 12:00:00", irt=mid("receipt-hearing"))
    lang_en(m)
    plain(m, """Lena, the scan the member sent us – for your file. E.

""" + sig("gallagher"))
    pdf = pdf_bytes([
        "# Hörakustik Schnoor GmbH - Sögestraße 51 - 28195 Bremen",
        "Invoice no. 2026-1184   Date: 02.06.2026",
        "Customer: Mr Graham Whitlock, Parkstraße 8, 28209 Bremen   Member no. INT-0029-8840-2",
        "",
        "Audiogram (01.06.2026): bilateral sensorineural hearing loss, moderate (H90.3),",
        "right 55 dB / left 50 dB at 2 kHz; prescription ENT Dr. Pohl, 28.05.2026",
        "",
        "2 x Phonak Audéo Lumity L70, RIC, incl. fitting              EUR 4,380.00",
        "2 x charger, domes, batteries service 6 years                EUR   290.00",
        "Total                                                          EUR 4,670.00",
    ], title="Scan", author="Canon iR-ADV C5535", created="20260602161200+02'00'")
    attach(m, pdf, "application/octet-stream", "scan0042.pdf")
    return m


# --- d202-0146 -------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "internal",
      "hand-over of motor recourse cases as windows-1252 CSV: named third parties, plates, amounts; no injuries")
def m0146():
    m = new(A("reimers"), "Bettina Schwarting <bettina.schwarting@weserland.example>",
            "Regressfälle – Übergabe an dich", "2026-06-09 15:15:00", cc=A("albers"))
    plain(m, """Hi Bettina,

wie mit Katrin besprochen übernimmst du ab Juli die Regressfälle. Anbei
die Liste (CSV aus dem Bestandssystem). Bei Nr. 3 läuft schon das
Mahnverfahren.

Gruß Jonas

""" + sig("reimers"))
    csv = ("Schaden-Nr.;Regressschuldner;Kennzeichen;Forderung EUR;Stand\r\n"
           "KS-2025-108812;Marvin Köhler;DH-MK 77;3.412,60;Ratenzahlung 150 EUR/Monat\r\n"
           "KS-2025-117430;Björn Kaiser;HB-BK 3004;1.980,00;Zahlungsaufforderung 2\r\n"
           "KS-2026-002115;Olaf Grützmacher;CUX-OG 61;6.255,90;Mahnbescheid beantragt\r\n"
           "KS-2026-009904;Transporte Lührs GmbH;STD-TL 540;11.840,00;Versicherer des Gegners prüft\r\n")
    attach(m, csv.encode("cp1252"), "application/vnd.ms-excel", "Regress_Uebergabe_2026-06.csv")
    return m


# --- d202-0147 -------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-researcher",
      "trap: answer to a student's thesis questions on automatic classification of insurance e-mails; no data shared")
def m0147():
    m = new(A("vahlenkamp"), "Jakob Lindner <j.lindner@uni-campus.example>",
            "Re: Interview request – master's thesis on e-mail classification", "2026-06-10 17:00:00",
            irt=mid("lindner-thesis", host="uni-campus.example"))
    lang_en(m)
    plain(m, """Dear Mr Lindner,

thank you for your interest. I'm happy to give a 45-minute interview on
how we classify outgoing e-mails (normal / confidential / strictly
confidential for health data). Please understand that we cannot share
real e-mails, customer data or our detection rules; we can talk about
the principles, the legal background (GDPR Art. 9, § 203 StGB) and the
practical problems, such as press releases or statistics that look
sensitive but aren't.

Possible dates: 23 or 25 June, afternoons.

""" + sig("vahlenkamp"))
    return m


# --- d202-0148 -------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation confirmation of a named customer's supplementary dental health insurance (personal line; no medical detail)")
def m0148():
    m = new(A("bruns"), "Petra Dreyer <petra.dreyer@t-post.example>",
            "Bestätigung Ihrer Kündigung", "2026-06-11 10:45:00")
    plain(m, """Guten Tag Frau Dreyer,

wir bestätigen die Kündigung Ihrer Zahnzusatzversicherung ZahnPlus 70
(Versicherungsnummer 7.318.552.90) zum 30.06.2026. Ihre übrigen Verträge
bei uns bleiben unverändert.

Schade, dass Sie gehen – wenn Sie uns sagen möchten, warum, freuen wir
uns über eine kurze Rückmeldung.

Viele Grüße

""" + sig("bruns") + "\n\n" + FOOTER_KV)
    return m


# --- d202-0149 -------------------------------------------------------------
@mail("NORMAL", "en", "internal",
      "trap: HR invitation to an information session on the staff company pension scheme (deferred compensation, disability add-on); generic")
def m0149():
    m = new(A("rohlfs"), "All staff <alle@weserland.example>",
            "Company pension: information session for English-speaking colleagues", "2026-06-12 15:40:00")
    lang_en(m)
    plain(m, """Dear colleagues,

many of you have asked for an English session on our company pension
scheme (betriebliche Altersversorgung). Here it is:

  Thursday, 25 June 2026, 12:30-13:30, room "Teerhof" and Teams

Topics:
- employer contribution (20 % on top of your deferred compensation)
- tax and social-security treatment, what happens if you leave Germany
- the optional disability add-on: no health questions if you join
  within 6 months of your start date
- how to read the annual pension statement

Nobody will look at individual contracts in the session; for personal
advice please book a slot with the pension team afterwards.

""" + sig("rohlfs"))
    return m


# --- d202-0150 -------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "trip cancellation because of job loss (no health reason): named customer, employer's notice, booking and policy number, payout")
def m0150():
    m = new(A("dubois"), "Daniel Okonkwo-Bauer <daniel.ob@mailbox-one.example>",
            "Trip cancellation – RR-26-00733", "2026-06-15 11:30:00",
            irt=mid("okonkwo-bauer-cancel", host="mailbox-one.example"))
    lang_en(m)
    plain(m, """Dear Mr Okonkwo-Bauer,

we are sorry to hear about the redundancy. Losing your job through an
unexpected dismissal by the employer (your notice from Hafenwerk Logistik
GmbH dated 8 May 2026) is an insured event under your travel cancellation
insurance RR 22 1190 045.

We reimburse the cancellation fees for your trip to Crete (booking
TUI-88120754, 4-18 July) as charged by the tour operator: EUR 1,632.00
less the 20 % excess = EUR 1,305.60. Payment will follow within a week.

Good luck with the job search!

""" + sig("dubois"))
    return m


if __name__ == "__main__":
    sys.exit(main())
