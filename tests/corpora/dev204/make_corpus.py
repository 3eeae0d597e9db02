#!/usr/bin/env python3
"""Independent labelled mail corpus dev204 (prefix d204-) for the Siegel classifier.

Standard library only.  `python3 make_corpus.py` writes mails/ and labels.tsv;
`python3 make_corpus.py --check` rebuilds into a temporary folder, compares byte
for byte and parses every mail and attachment.

All persons, companies, addresses, numbers and domains are fictitious.
"""
import csv
import email
import email.policy
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import textwrap
import xml.etree.ElementTree as ET
import zipfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "lindenhof-versicherung.example"
SMTP = email.policy.SMTP
ZIP_TIME = (2026, 1, 15, 9, 30, 0)

# ---------------------------------------------------------------------------
# helpers: dates, ids, quoting
# ---------------------------------------------------------------------------

def mkdate(s):
    """'2026-03-04 09:12' -> RFC 5322 date in German local time (CET/CEST)."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = datetime(2026, 3, 29, 2, 0) <= d < datetime(2026, 10, 25, 3, 0)
    tz = timezone(timedelta(hours=2 if summer else 1))
    return format_datetime(d.replace(tzinfo=tz))


def msgid(n, tag="", host=DOM):
    h = hashlib.sha1(("d204-%04d-%s" % (n, tag)).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16].upper(), h[16:24], host)


def q(text, prefix="> "):
    """Quote a text the way a mail program does."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return "\n".join(out)


def flow(text, width=72):
    """RFC 3676 format=flowed: soft breaks end with a space."""
    out = []
    for para in text.split("\n"):
        if para.startswith(">") or len(para) <= width or para.startswith("-- "):
            out.append(para.rstrip() if para != "-- " else para)
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line + " ")
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# attachments: PDF, XLSX, DOCX, ODT, ODS, ZIP, ICS (all hand-built)
# ---------------------------------------------------------------------------

def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(pages, title="Dokument", date="20260302100000", author="Lindenhof Versicherungsgruppe"):
    """pages: list of pages; a page is a list of lines; a line starting with
    '# ' is set bold and larger.  Long lines are wrapped."""
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    catalog = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in pages:
        ops = [b"BT", b"50 790 Td", b"13 TL"]
        for raw in page:
            bold = raw.startswith("# ")
            text = raw[2:] if bold else raw
            wrapped = textwrap.wrap(text, 95) or [""]
            for w in wrapped:
                ops.append((b"/F2 11 Tf " if bold else b"/F1 9.5 Tf ") + _pdf_str(w) + b" Tj T*")
        ops.append(b"ET")
        stream = zlib.compress(b"\n".join(ops), 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                   "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                   % (pages_id, f1, f2, cid)).encode())
        kids.append(pid)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                          % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info = add(b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author)
               + b" /Producer (Lindenhof Druckstrasse 4.2) /CreationDate (D:" + date.encode()
               + b"+01'00') >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, catalog, info, xref))
    return out.getvalue()


def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.create_system = 0
            zi.external_attr = 0
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zf.writestr(zi, data)
    return buf.getvalue()


def zipf(members):
    """members: list of (name, bytes-or-str)."""
    return _zip(members)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _core(title, creator, date):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(creator), _x(creator), date, date))


def xlsx(sheets, title="Auswertung", creator="Lindenhof", date="2026-03-02T09:00:00Z"):
    """sheets: list of (name, rows); a cell is str, int or float (None = empty)."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets)))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(n), i + 1, i + 1) for i, (n, _) in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(sheets)))
              + '</Relationships>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbrels)]
    for i, (_, rows) in enumerate(sheets):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        members.append(("xl/worksheets/sheet%d.xml" % (i + 1),
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                        + "".join(xr) + '</sheetData></worksheet>'))
    members.append(("docProps/core.xml", _core(title, creator, date)))
    members.append(("docProps/app.xml",
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                    '<Application>Microsoft Excel</Application></Properties>'))
    return _zip(members)


def docx(paras, title="Dokument", creator="Lindenhof", date="2026-03-02T09:00:00Z"):
    """paras: list of str ('# ' = bold heading) or ('table', rows)."""
    body = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "table":
            trs = []
            for row in p[1]:
                tcs = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in row)
                trs.append("<w:tr>%s</w:tr>" % tcs)
            body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(trs))
        elif p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '</w:body></w:document>')
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
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application></Properties>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                 ("docProps/core.xml", _core(title, creator, date)), ("docProps/app.xml", app)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def _odf(mime, body, title, creator, date):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>%s'
               '</office:body></office:document-content>' % (_ODF_NS, body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
            '<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>'
            % (_ODF_NS, _x(title), _x(creator), date))
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content),
                 ("meta.xml", meta)], stored_first="mimetype")


def odt(paras, title="Dokument", creator="Lindenhof", date="2026-03-02T09:00:00"):
    body = "".join('<text:p>%s</text:p>' % _x(p) for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % body,
                title, creator, date)


def ods(sheets, title="Tabelle", creator="Lindenhof", date="2026-03-02T09:00:00"):
    tabs = []
    for name, rows in sheets:
        trs = []
        for row in rows:
            tcs = []
            for v in row:
                if isinstance(v, (int, float)):
                    tcs.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                elif v is None or v == "":
                    tcs.append('<table:table-cell/>')
                else:
                    tcs.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            trs.append("<table:table-row>%s</table:table-row>" % "".join(tcs))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(trs)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs), title, creator, date)


def ics(text):
    return text.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


def csvb(rows, delim=";", enc="utf-8"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


MIME_OF = {
    "pdf": ("application", "pdf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
    "ics": ("text", "calendar"),
    "csv": ("text", "csv"),
    "tsv": ("text", "tab-separated-values"),
    "txt": ("text", "plain"),
}


def att(filename, data, mime=None, charset=None):
    """An attachment description: filename, bytes, optional 'type/subtype'."""
    if mime is None:
        mime = "/".join(MIME_OF[filename.rsplit(".", 1)[1].lower()])
    return ("file", filename, data, mime, charset)


def fwd(inner, filename=None):
    """Attach a whole message as message/rfc822."""
    return ("msg", filename, inner, None, None)


# ---------------------------------------------------------------------------
# message building
# ---------------------------------------------------------------------------

def build(n, *, frm, to, subject, date, body=None, cc=None, html=None, html_only=False,
          charset="utf-8", cte="quoted-printable", flowed=False, atts=(), hdrs=None,
          irt=None, mailer=None, mid=None, reply_to=None, html_charset=None):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = mkdate(date)
    msg["Message-ID"] = mid or msgid(n)
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = irt
    msg["MIME-Version"] = "1.0"
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (hdrs or {}).items():
        msg[k] = v
    if html_only:
        msg.set_content(html, subtype="html", charset=html_charset or charset, cte=cte)
    else:
        text = flow(body) if flowed else body
        msg.set_content(text, charset=charset, cte=cte)
        if flowed:
            msg.set_param("format", "flowed")
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=html_charset or charset, cte=cte)
    for a in atts:
        kind, filename, data, mime, cs = a
        if kind == "msg":
            if filename:
                msg.add_attachment(data, filename=filename)
            else:
                msg.add_attachment(data)
        else:
            mt, st = mime.split("/")
            if mt == "text":
                part_cs = cs or "utf-8"
                msg.add_attachment(data, maintype=mt, subtype=st, filename=filename)
                msg.get_payload()[-1].set_param("charset", part_cs)
            else:
                msg.add_attachment(data, maintype=mt, subtype=st, filename=filename)
    # deterministic boundaries
    i = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_Part_d204_%04d_%d" % (n, i))
    return msg


def inner(n, tag, **kw):
    """A forwarded (inner) message: like build() but with its own Message-ID
    and no own MIME boundaries clash."""
    kw.setdefault("mid", msgid(n, tag, kw.pop("host", DOM)))
    m = build(n * 100 + 7, **kw)
    j = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            j += 1
            part.set_boundary("----=_Inner_d204_%04d_%s_%d" % (n, tag, j))
    return m


MAILS = {}


def mail(n, label, lang, kind, reason, **kw):
    assert n not in MAILS, n
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en")
    MAILS[n] = (label, lang, kind, reason, kw)


# ---------------------------------------------------------------------------
# staff signatures (each person always signs the same way) and legal footers
# ---------------------------------------------------------------------------

def A(local, name):
    if any(c in name for c in ".,"):
        name = '"%s"' % name
    return "%s <%s@%s>" % (name, local, DOM)


ST = {
    "albrecht": A("kerstin.albrecht", "Kerstin Albrecht"),
    "reinhardt": A("tobias.reinhardt", "Tobias Reinhardt"),
    "demir": A("aylin.demir", "Aylin Demir"),
    "wessels": A("frank.wessels", "Dr. Frank Wessels"),
    "koch": A("sabine.koch", "Sabine Koch"),
    "hartmann": A("jens.hartmann", "Jens Hartmann"),
    "lorenz": A("miriam.lorenz", "Miriam Lorenz"),
    "oneill": A("patrick.oneill", "Patrick O'Neill"),
    "weber": A("hannah.weber", "Hannah Weber"),
    "brandt": A("lukas.brandt", "Lukas Brandt"),
    "szymanski": A("claudia.szymanski", "Claudia Szymański"),
    "hoffmann": A("felix.hoffmann", "Felix Hoffmann"),
    "vogt": A("nadine.vogt", "Nadine Vogt"),
    "gruenewald": A("oliver.gruenewald", "Oliver Grünewald"),
    "schuster": A("emma.schuster", "Emma Schuster"),
    "moore": A("rachel.moore", "Rachel Moore"),
    "kuehn": A("stefan.kuehn", "Stefan Kühn"),
    "brenner": A("julia.brenner", "Julia Brenner"),
    "seidel": A("markus.seidel", "Markus Seidel"),
    "fischer": A("laura.fischer", "Laura Fischer"),
    "wolter": A("ines.wolter", "Ines Wolter"),
    "krueger": A("daniel.krueger", "Daniel Krüger"),
}

SIG = {
    "albrecht": """Mit freundlichen Grüßen

Kerstin Albrecht
Leistungsabteilung Zahn
Lindenhof Krankenversicherung a.G.
Am Lindenhof 12 | 30159 Hannover
Tel. 0511 4470-2316 | Fax 0511 4470-2399""",
    "reinhardt": """Viele Grüße
Tobias Reinhardt

Lindenhof Krankenversicherung a.G.
Leistung ambulant / Hilfsmittel
Tel. 0511 4470-2352""",
    "demir": """Freundliche Grüße aus Hannover
Aylin Demir
Kundenservice Kranken | Lindenhof Versicherungsgruppe
Servicetelefon 0800 4470 100 (kostenfrei)""",
    "wessels": """--
Dr. med. dent. Frank Wessels
Beratender Zahnarzt | Leistungsprüfung Zahn/KFO
Lindenhof Krankenversicherung a.G., Hannover
Durchwahl -2380""",
    "koch": """Sabine Koch
Datenschutzbeauftragte der Lindenhof Versicherungsgruppe
Am Lindenhof 12, 30159 Hannover
datenschutz@lindenhof-versicherung.example | Tel. 0511 4470-1090""",
    "hartmann": """Mit freundlichen Grüßen
Jens Hartmann
Kfz-Schadenservice
Lindenhof Allgemeine Versicherung AG
Tel. 0511 4470-3120 | kfz-schaden@lindenhof-versicherung.example""",
    "lorenz": """Freundliche Grüße

Miriam Lorenz
Schadenregulierung Sach/Haftpflicht
Lindenhof Allgemeine Versicherung AG
Tel. 0511 4470-3245""",
    "oneill": """Kind regards,
Patrick O'Neill
International Health Team | Lindenhof Krankenversicherung a.G.
Am Lindenhof 12, 30159 Hannover, Germany
T +49 511 4470-2470 | international@lindenhof-versicherung.example""",
    "weber": """Beste Grüße
Hannah Weber
Maklerbetreuung Nord
Lindenhof Versicherungsgruppe
Tel. 0511 4470-4410 | Mobil 0171 5550 4410""",
    "brandt": """Mit freundlichen Grüßen
Lukas Brandt
Leistung Leben / Berufsunfähigkeit
Lindenhof Lebensversicherung AG
Tel. 0511 4470-5122""",
    "szymanski": """Mit freundlichen Grüßen

Claudia Szymański
Leistungsservice Unfall
Lindenhof Allgemeine Versicherung AG
Tel. 0511 4470-3380""",
    "hoffmann": """Mit freundlichen Grüßen
Felix Hoffmann, Ass. jur.
Rechtsschutz-Schadenservice
Lindenhof Rechtsschutz AG
Tel. 0511 4470-3710""",
    "vogt": """Nadine Vogt
Pressesprecherin
Lindenhof Versicherungsgruppe | Unternehmenskommunikation
Tel. +49 511 4470-1020 | presse@lindenhof-versicherung.example""",
    "gruenewald": """Gruß
Oliver Grünewald
IT Service Desk | Durchwahl -1555""",
    "schuster": """Mit freundlichen Grüßen
Emma Schuster
Einkauf & Dienstleistersteuerung
Lindenhof Versicherungsgruppe
Tel. 0511 4470-1240""",
    "moore": """Best regards,
Rachel Moore
Reinsurance & Actuarial Liaison
Lindenhof Versicherungsgruppe, Hannover
+49 511 4470-1410""",
    "kuehn": """Mit freundlichen Grüßen
Stefan Kühn
Pflegeservice
Lindenhof Krankenversicherung a.G.
Tel. 0511 4470-2601""",
    "brenner": """Herzliche Grüße
Julia Brenner
Reiseversicherung | Lindenhof Allgemeine Versicherung AG
Tel. 0511 4470-3560""",
    "seidel": """Mit freundlichen Grüßen
Markus Seidel
Firmenkunden Sach / Gewerbe
Lindenhof Allgemeine Versicherung AG
Tel. 0511 4470-3900 | Mobil 0160 555 39 00""",
    "fischer": """Viele Grüße
Laura Fischer
Personalabteilung | Lindenhof Versicherungsgruppe""",
    "wolter": """Freundliche Grüße
Ines Wolter
Antragsprüfung Leben/BU
Lindenhof Lebensversicherung AG
Tel. 0511 4470-5230""",
    "krueger": """Mit freundlichen Grüßen

Daniel Krüger
Betriebliche Altersversorgung
Lindenhof Lebensversicherung AG
Tel. 0511 4470-5480""",
}

FOOT_DE = """
______________________________________________________________________
Lindenhof Versicherungsgruppe | Am Lindenhof 12 | 30159 Hannover
Lindenhof Krankenversicherung a.G. | Lindenhof Lebensversicherung AG |
Lindenhof Allgemeine Versicherung AG | Lindenhof Rechtsschutz AG
Sitz Hannover | Amtsgericht Hannover HRB 70412 / HRB 70413 / HRB 70415
Vorstand: Dr. Ulrike Sandmann (Vors.), Henrik Baltes, Petra Oelkers
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Lohmeier
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht
der richtige Adressat sind, informieren Sie bitte den Absender und
löschen Sie diese E-Mail."""

FOOT_EN = """
----------------------------------------------------------------------
Lindenhof Versicherungsgruppe, Am Lindenhof 12, 30159 Hannover, Germany.
Registered office Hannover; Local Court Hannover HRB 70412.
This e-mail may contain confidential information. If you are not the
intended recipient, please notify the sender and delete this e-mail."""

OUTLOOK = "Microsoft Outlook 16.0"


def S(key):
    return SIG[key]


# ===========================================================================
# MAILS
# Every mail is written on its own below: headers, body, quoted history,
# forwards and the content of every attachment.
# ===========================================================================

# ---------------------------------------------------------------------------
# d204-0001 .. d204-0025
# ---------------------------------------------------------------------------

mail(1, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "approval of a dental treatment and cost plan (bridge 35-37, GOZ/BEL amounts) for a named customer; details also in the PDF",
     frm=ST["albrecht"], to="Rüdiger Pohlmann <r.pohlmann@netzpost.example>",
     subject="Ihr Heil- und Kostenplan vom 19.02.2026 – Leistungszusage",
     date="2026-03-03 10:14", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Pohlmann,

vielen Dank für die Zusendung des Heil- und Kostenplans Ihrer Zahnärztin
Frau Dr. Ostrowski vom 19.02.2026.

Wir haben den Plan geprüft. Für die geplante Brücke von Zahn 35 auf 37
(Brückenglied 36, vollverblendet) sowie die beiden Aufbaufüllungen
erstatten wir nach Ihrem Tarif ZahnPlus 80 insgesamt 80 % der
erstattungsfähigen Kosten. Bei geplanten Gesamtkosten von 2.914,37 € und
einem Festzuschuss Ihrer gesetzlichen Krankenkasse von 738,26 € ergibt
sich voraussichtlich eine Erstattung von 1.593,29 €.

Bitte beachten Sie: Die Zusage gilt für die im Plan genannten Positionen
und für eine Behandlung bis zum 31.08.2026. Ändert sich der Plan (z. B.
Keramik statt Verblendung), schicken Sie uns bitte den neuen Plan vorab.

Die ausführliche Berechnung finden Sie im beigefügten Schreiben.

Versicherungsnummer: KV 481-220-3317
Versicherte Person: Rüdiger Pohlmann

""" + S("albrecht") + FOOT_DE,
     atts=[att("Leistungszusage_HKP_KV4812203317.pdf", pdf([[
         "# Lindenhof Krankenversicherung a.G. - Leistungsabteilung Zahn",
         "Am Lindenhof 12, 30159 Hannover",
         "",
         "Herrn Rüdiger Pohlmann, Kastanienweg 7, 31134 Hildesheim",
         "Versicherungsnummer KV 481-220-3317 | Tarif ZahnPlus 80 | Datum 03.03.2026",
         "",
         "# Leistungszusage zum Heil- und Kostenplan vom 19.02.2026",
         "Behandelnde Zahnärztin: Dr. Meike Ostrowski, Zahnarztpraxis am Moritzberg, Hildesheim",
         "Befund: Zahn 36 fehlt (extrahiert 11/2025), Zähne 35 und 37 überkronungsbedürftig, Karies profunda 37",
         "Geplante Versorgung: Brücke 35-37, vollverblendet (NEM), Aufbaufüllungen 35 und 37",
         "",
         "GOZ 2200 (Krone, Faktor 2,3) x 2 ............ 439,86 EUR",
         "GOZ 5070 (Brückenglied) x 1 ................. 115,26 EUR",
         "GOZ 2180 (Aufbaufüllung) x 2 ................ 82,72 EUR",
         "Material- und Laborkosten (BEB) ............. 2.276,53 EUR",
         "Geplante Gesamtkosten ....................... 2.914,37 EUR",
         "abzüglich Festzuschuss GKV (Befund 2.1) ...... 738,26 EUR",
         "erstattungsfähiger Eigenanteil .............. 2.176,11 EUR",
         "davon 80 % (Zahnstaffel Jahr 4 nicht erreicht) 1.740,89 EUR",
         "Begrenzung durch Zahnstaffel 2026 ........... 1.593,29 EUR",
         "",
         "Die Zusage steht unter dem Vorbehalt der Vorlage der Originalrechnung.",
         "Kerstin Albrecht, Leistungsabteilung Zahn",
     ]], title="Leistungszusage HKP", date="20260303101000"))])

mail(2, "NORMAL", "de", "internal",
     "trap: advisory dentist's guidance on GOZ analogue billing and factor justifications; no patient, no case",
     frm=ST["wessels"], to="Team Leistung Zahn <leistung-zahn@lindenhof-versicherung.example>",
     subject="GOZ-Analogberechnung: Hinweise für die Prüfung ab April",
     date="2026-03-04 08:02", mailer=OUTLOOK,
     body="""Liebe Kolleginnen und Kollegen,

in den letzten Wochen sind vermehrt Rückfragen zu Analogberechnungen nach
§ 6 Abs. 1 GOZ gekommen. Zur Vereinheitlichung bitte ab 01.04.:

1. Analogpositionen müssen auf der Rechnung mit "entsprechend" und der
   herangezogenen GOZ-Nummer gekennzeichnet sein. Fehlt das, bitte nicht
   sofort kürzen, sondern die Praxis um Ergänzung bitten (Textbaustein
   ZA-17).

2. Typische, von uns anerkannte Analogpositionen:
   - Kofferdam bei Füllungen (in der Regel GOZ 2040 analog nicht nötig,
     da eigene Position vorhanden - Achtung, häufiger Fehler)
   - Digitale Abformung / Intraoralscan: GOZ 0065 analog, i. d. R. 1x je
     Kiefer und Sitzung
   - Aligner-Planung: Einzelfallprüfung durch mich

3. Steigerungsfaktor über 3,5: nur mit schriftlicher Vereinbarung nach
   § 2 Abs. 1 und 2 GOZ, vor Behandlungsbeginn unterschrieben. Eine
   Begründung wie "erhöhter Zeitaufwand" allein reicht über 2,3 hinaus,
   aber nicht für eine abweichende Vereinbarung.

4. Faktor zwischen 2,3 und 3,5: Begründung muss sich auf den konkreten
   Fall beziehen. Pauschale Textbausteine der Abrechnungssoftware
   ("schwierige Anatomie" bei jeder Position) bitte an mich geben, nicht
   selbst ablehnen.

Ich stelle die Liste der Analogpositionen bis Ende der Woche ins
Wiki (Bereich Leistung > Zahn > GOZ). Fragen gern in die
Mittwochsrunde.

Viele Grüße
Frank Wessels

""" + S("wessels"))

mail(3, "CONFIDENTIAL", "en", "insurer-to-customer",
     "motor parking damage claim of a named customer: claim number, plate, repair shop; explicitly nobody hurt",
     frm=ST["hartmann"], to="Olivia Brandauer <olivia.brandauer@inbox-global.example>",
     subject="Your claim KS-2026-004417 – parking damage, Hannover-List",
     date="2026-03-04 14:37", mailer=OUTLOOK,
     body="""Dear Ms Brandauer,

thank you for reporting the damage to your car yesterday. I am handling
your claim and have registered it as follows:

Claim number:   KS-2026-004417
Policy:         KFZ 7 512 004 881 (comprehensive, EUR 300 excess)
Vehicle:        VW Golf Variant, registration H-OB 2047
Date/place:     3 March 2026, car park Podbielskistraße 301, Hannover
What happened:  an unknown vehicle hit the rear bumper while you were
                shopping; nobody was in the car and nobody was hurt.

As the other driver is unknown, the damage falls under your
comprehensive cover (Vollkasko). Your no-claims class will be
downgraded from SF 12 to SF 8 from 1 January 2027 unless you decide to
pay the damage yourself; we will send you the figures once we have the
repair estimate.

Please book an appointment with one of our partner garages - the
nearest one to you is Autohaus Lister Meile, Lister Meile 88 - and give
them the claim number. They bill us directly, you only pay the excess.

If the police took a report, please send me the file number.

""" + S("hartmann") + FOOT_EN)

mail(4, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "expat customer's reimbursement of an eye examination and contact lenses with refraction values and astigmatism",
     frm=ST["oneill"], to="Wei Ling Tan-Hoffmann <weiling.th@sgmail.example>",
     subject="RE: Claim for eye test and contact lenses (policy IHP-0088412)",
     date="2026-03-05 08:51", mailer=OUTLOOK,
     body="""Dear Ms Tan-Hoffmann,

thank you for your claim, which reached us on 2 March together with the
receipts from Orchard Vision Centre, Singapore.

We have assessed it as follows:

  Comprehensive eye examination 14 Feb 2026     SGD 120.00  -> covered 100 %
  Monthly toric contact lenses, 12 months,
  right -4.25 / cyl -0.75, left -4.00 / cyl -1.00  SGD 486.00  -> covered up to EUR 250 / 2 years
  Lens solution                                 SGD  38.50  -> not covered

Because your astigmatism requires toric lenses, the optometrist's
prescription is sufficient for us; you do not need a separate report
from an ophthalmologist.

Converted at the rate of the invoice date (1 SGD = 0.6921 EUR), we are
reimbursing EUR 333.05 in total (EUR 83.05 for the examination and
EUR 250.00 for the lenses). The payment will reach your account ending
in 4471 within three working days.

Your vision benefit for the period 2026/2027 is now used up; the next
contact lens benefit is available from 1 January 2028.

""" + S("oneill") + FOOT_EN + """

-----Original Message-----
From: Wei Ling Tan-Hoffmann <weiling.th@sgmail.example>
Sent: Monday, 2 March 2026 09:12
To: International Health <international@lindenhof-versicherung.example>
Subject: Claim for eye test and contact lenses (policy IHP-0088412)

Hi,
attached are my receipts from Orchard Vision, eye test + lenses for the
year. My eyes got a bit worse again so they changed the prescription.
Could you please reimburse to the usual account?
Thanks, Wei Ling
""")

mail(5, "NORMAL", "de", "newsletter",
     "trap: customer newsletter about dental health, professional cleaning, KIG grades and orthodontic cover in general; no personal data",
     frm="Lindenhof Gesundheitsbrief <newsletter@lindenhof-versicherung.example>",
     to="kunden-newsletter@lindenhof-versicherung.example",
     subject="Gesundheitsbrief März 2026: Gesunde Zähne – vom Milchzahn bis zum Implantat",
     date="2026-03-05 07:00",
     hdrs={"List-Unsubscribe": "<https://www.lindenhof-versicherung.example/newsletter/abmelden>",
           "Precedence": "bulk"},
     body="""Gesundheitsbrief März 2026
==========================

Liebe Leserinnen und Leser,

diesmal dreht sich alles um die Zähne.

1) Professionelle Zahnreinigung: wie oft ist sinnvoll?
Für die meisten Erwachsenen reichen ein bis zwei Termine im Jahr. Wer
eine Parodontitis hatte, braucht oft engere Abstände - das legt die
Zahnarztpraxis fest. In unseren Zahnzusatztarifen ZahnPlus 80 und 100
ist die PZR bis 150 Euro im Jahr enthalten.

2) Zahnspange bei Kindern: was zahlt die gesetzliche Kasse?
Die Kasse übernimmt kieferorthopädische Behandlungen erst ab dem
Schweregrad KIG 3. Bei KIG 1 und 2 zahlen Eltern alles selbst - oder
eine Zusatzversicherung springt ein, wenn sie vor dem ersten
Beratungstermin abgeschlossen wurde. Mehrkosten für Keramikbrackets oder
Minibrackets sind auch bei KIG 3 bis 5 nicht Kassenleistung.

3) Implantat oder Brücke?
Ein Implantat schont die Nachbarzähne, kostet aber schnell 2.500 bis
3.500 Euro je Zahn. Der Festzuschuss der Kasse orientiert sich an der
Regelversorgung und ist für beide Lösungen gleich hoch.

4) Termin-Tipp
Am 18. April findet der Tag der Zahngesundheit-Infoabend in unserer
Kundenhalle statt. Eintritt frei, Anmeldung nicht nötig.

Bleiben Sie gesund!
Ihre Lindenhof Krankenversicherung

Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben. Abmelden:
https://www.lindenhof-versicherung.example/newsletter/abmelden
""",
     html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Gesundheitsbrief März 2026</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b36">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#2f6b4f;color:#fff;padding:18px"><h1 style="margin:0;font-size:22px">Gesundheitsbrief März 2026</h1>
<p style="margin:4px 0 0">Gesunde Zähne – vom Milchzahn bis zum Implantat</p></td></tr>
<tr><td style="padding:18px">
<p>Liebe Leserinnen und Leser,</p><p>diesmal dreht sich alles um die Zähne.</p>
<h2 style="font-size:17px">1) Professionelle Zahnreinigung: wie oft ist sinnvoll?</h2>
<p>Für die meisten Erwachsenen reichen ein bis zwei Termine im Jahr. Wer eine Parodontitis hatte, braucht oft engere Abstände – das legt die Zahnarztpraxis fest. In unseren Zahnzusatztarifen ZahnPlus 80 und 100 ist die PZR bis 150 Euro im Jahr enthalten.</p>
<h2 style="font-size:17px">2) Zahnspange bei Kindern: was zahlt die gesetzliche Kasse?</h2>
<p>Die Kasse übernimmt kieferorthopädische Behandlungen erst ab dem Schweregrad KIG 3. Bei KIG 1 und 2 zahlen Eltern alles selbst – oder eine Zusatzversicherung springt ein, wenn sie vor dem ersten Beratungstermin abgeschlossen wurde. Mehrkosten für Keramikbrackets oder Minibrackets sind auch bei KIG 3 bis 5 nicht Kassenleistung.</p>
<h2 style="font-size:17px">3) Implantat oder Brücke?</h2>
<p>Ein Implantat schont die Nachbarzähne, kostet aber schnell 2.500 bis 3.500 Euro je Zahn. Der Festzuschuss der Kasse orientiert sich an der Regelversorgung und ist für beide Lösungen gleich hoch.</p>
<h2 style="font-size:17px">4) Termin-Tipp</h2>
<p>Am 18. April findet der Tag der Zahngesundheit-Infoabend in unserer Kundenhalle statt. Eintritt frei, Anmeldung nicht nötig.</p>
<p>Bleiben Sie gesund!<br>Ihre Lindenhof Krankenversicherung</p>
</td></tr>
<tr><td style="font-size:11px;color:#667;padding:12px 18px">Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben. <a href="https://www.lindenhof-versicherung.example/newsletter/abmelden">Abmelden</a></td></tr>
</table></body></html>
""")

mail(6, "CONFIDENTIAL", "de", "insurer-to-customer",
     "household bicycle theft settlement for a named customer with claim number and payout IBAN",
     frm=ST["lorenz"], to="Timo Westerkamp <timo.westerkamp@kabelmail.example>",
     subject="Schaden HR-26-00981 – Fahrraddiebstahl, Auszahlung",
     date="2026-03-05 11:26", mailer=OUTLOOK,
     body="""Hallo Herr Westerkamp,

danke für die Kaufquittung und die Bestätigung der Polizei (Tgb.-Nr.
0261/26/114705). Damit ist Ihr Schaden vollständig.

Für Ihr am 21.02.2026 vor dem Hauptbahnhof gestohlenes Trekkingrad
(Kaufpreis 1.249,00 €, gekauft 05/2024) erstatten wir nach Ihrer
Hausratversicherung HR 22-430 617 den Neuwert abzüglich der vereinbarten
Selbstbeteiligung von 150 €, also 1.099,00 €.

Die Zahlung geht in den nächsten Tagen auf das Konto, das Sie uns
genannt haben:

Kontoinhaber: Timo Westerkamp
IBAN: DE61 6327 1886 3694 6712 78

Sollte das Fahrrad wieder auftauchen, melden Sie sich bitte bei uns.

""" + S("lorenz") + FOOT_DE)

mail(7, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "orthodontics for a named child (birth date, KIG D4, treatment plan, cost share), reply to the mother with quoted history",
     frm=ST["albrecht"], to="Svenja Brockmann <svenja.brockmann@fmail.example>",
     subject="AW: Zahnspange Jonas – was zahlt ihr???",
     date="2026-03-06 09:48", mailer=OUTLOOK,
     irt=msgid(7, "orig", "fmail.example"),
     body="""Sehr geehrte Frau Brockmann,

danke für Ihre Nachricht und den Behandlungsplan von Frau Dr. Haas. Ich
kann Sie beruhigen: Jonas ist über Ihren Vertrag mitversichert, und die
Behandlung ist grundsätzlich erstattungsfähig.

Zum Stand:
- Jonas Brockmann, geb. 12.08.2014, Tarif KFO-Kids (mitversichert seit
  01.01.2021, Wartezeit erfüllt)
- Einstufung laut Plan: KIG D4 (vergrößerte Frontzahnstufe 7 mm)
- Damit übernimmt Ihre gesetzliche Krankenkasse die Regelleistung
  (zunächst 80 %, die restlichen 20 % nach erfolgreichem Abschluss).
- Wir erstatten die 20 % Eigenanteil sofort, also nicht erst am Ende,
  und außerdem die Mehrkosten für die Minibrackets und das Retainer-
  Paket bis zusammen 1.500 €.

Die von Ihnen angesprochene "Zahnspange zum Rausnehmen" für die ersten
Monate ist Teil desselben Plans und damit ebenfalls abgedeckt.

Bitte schicken Sie uns die Quartalsrechnungen der Praxis einfach jeweils
über die App oder an leistung-zahn@lindenhof-versicherung.example.

""" + S("albrecht") + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Svenja Brockmann <svenja.brockmann@fmail.example>
Gesendet: Donnerstag, 5. März 2026 21:37
An: Leistung Zahn <leistung-zahn@lindenhof-versicherung.example>
Betreff: Zahnspange Jonas – was zahlt ihr???

Hallo,

mein Sohn Jonas (11) soll jezt eine feste Zahnspange bekommen, die
Kieferorthopädin Dr. Haas sagt es ist KIG D4 weil die oberen Zähne so
weit vorstehen. Sie will erst ein paar Monate eine lose Spange und dann
fest mit so kleinen Brackets die nicht so auffallen, kostet extra.
Die Krankenkasse zahlt angeblich nur 80% und den rest erst am ende??
Was übernehmt ihr davon, wir haben doch extra die Kinderversicherung
abgeschlossen. Plan häng ich an (hoffe man kann das lesen, hab es
fotografiert).

Vertragsnummer müsste KV 481-377-0912 sein.

LG Svenja Brockmann
""")

mail(8, "NORMAL", "en", "internal",
     "trap: IT ticket about failing upload of treatment-plan PDFs; only a blank sample file, no patient",
     frm=ST["gruenewald"], to="Kerstin Albrecht <kerstin.albrecht@lindenhof-versicherung.example>",
     cc="Claims Portal Dev <portal-dev@lindenhof-versicherung.example>",
     subject="INC0048812 – Upload of Heil- und Kostenplan PDFs fails (error 413)",
     date="2026-03-06 13:05", mailer=OUTLOOK,
     body="""Hi Kerstin,

quick update on your ticket, in English because the portal team in
Porto is on copy.

Problem: customers uploading a Heil- und Kostenplan (treatment and
cost plan) in the claims portal get "Error 413 - Request Entity Too
Large" when the scan is bigger than 8 MB. Phone photos of multi-page
plans are often 10-15 MB.

Reproduced with our blank sample file HKP_Muster_leer.pdf scanned at
600 dpi (14.2 MB). No customer file was used for testing.

@Portal team: the reverse proxy still has client_max_body_size 8m. The
change request CHG0021175 to raise it to 25m was approved last week but
not deployed. Can you schedule it for Thursday's window?

Workaround until then: the service desk tells customers to upload the
pages one by one or to use the mobile app, which compresses images.

I'll close the incident once the change is live.

Cheers
Oliver

""" + S("gruenewald"))

mail(9, "STRICTLY_CONFIDENTIAL", "en", "customer",
     "customer's own mail (forwarded inline) about his hearing loss, tinnitus, audiogram and hearing aid quote",
     frm=ST["demir"], to="Tobias Reinhardt <tobias.reinhardt@lindenhof-versicherung.example>",
     subject="WG: Hearing aids – cost estimate question",
     date="2026-03-06 15:22", mailer=OUTLOOK,
     body="""Hallo Tobias,

kannst du das bitte übernehmen? Herr Whitaker schreibt Englisch, ist
bei uns vollversichert (Tarif Komfort 2). Er hat telefonisch gesagt,
dass der Kostenvoranschlag per Post kommt.

Danke!
Aylin

""" + S("demir") + """

-----Original Message-----
From: Daniel Whitaker <d.whitaker@inbox-global.example>
Sent: Friday, 6 March 2026 14:51
To: Kundenservice <kundenservice@lindenhof-versicherung.example>
Subject: Hearing aids - cost estimate question

Dear Sir or Madam,

my ENT doctor, Dr. Nienaber in Linden, diagnosed a moderate
sensorineural hearing loss in both ears last month (he said about
45-50 dB in the high frequencies, worse on the left) and the tinnitus
I've had since last summer is probably connected. He prescribed
hearing aids for both ears.

The acoustician (Hörwelt Kaiser, Limmerstraße) offered me two models:
a basic one at EUR 1,780 for the pair and a rechargeable one with
tinnitus noiser at EUR 4,650. The audiogram and the quote are in the
post to you.

Before I sign anything: how much of this will you reimburse under my
policy 7300-4418-02? I really need to decide soon, I'm struggling in
meetings at work.

Best regards,
Daniel Whitaker
""")

mail(10, "CONFIDENTIAL", "de", "insurer-to-broker",
     "broker told about a named customer's liability contract: policy number, insured address, premium due; no health data",
     frm=ST["weber"], to="Jan Brandes <j.brandes@brandes-partner.example>",
     subject="AW: Frau Thiemann – Privathaftpflicht, Stand Vertrag",
     date="2026-03-09 08:55", mailer=OUTLOOK,
     body="""Hallo Herr Brandes,

kurz zu Ihrer Frage von Freitag:

Frau Gisela Thiemann, Am Südfeld 3, 30952 Ronnenberg
Privathaftpflicht PHV 30-118 442, Tarif Komfort, Single
Beginn 01.04.2019, Hauptfälligkeit 01.04.
Jahresbeitrag 2026: 71,40 €, Abbuchung zum 01.04. vorgesehen

Der Vertrag ist ungekündigt und beitragsfrei von Rückständen. Eine
Umstellung auf den neuen Tarif Premium 2026 geht zur Hauptfälligkeit
ohne neue Gesundheits- oder Risikofragen; schicken Sie mir dafür einfach
den unterschriebenen Umstellungsantrag, dann passe ich es an.

""" + S("weber") + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Jan Brandes <j.brandes@brandes-partner.example>
Gesendet: Freitag, 6. März 2026 16:40
An: Hannah Weber
Betreff: Frau Thiemann – Privathaftpflicht, Stand Vertrag

Hallo Frau Weber,
können Sie mir sagen, ob Frau Thiemanns PHV noch läuft und wann sie
fällig ist? Sie hat ihre Unterlagen beim Umzug verlegt.
Danke und schönes Wochenende
Jan Brandes
Brandes & Partner Versicherungsmakler GmbH
""")

mail(11, "NORMAL", "de", "insurer-to-supplier",
     "trap: framework order for VDU workplace glasses (G37 eye tests) for staff with prices; no employee named",
     frm=ST["schuster"], to="Vertrieb AugenBlick Betriebsoptik <vertrieb@augenblick-betriebsoptik.example>",
     subject="Rahmenvereinbarung Bildschirmarbeitsplatzbrillen 2026 – Bestellung",
     date="2026-03-09 11:30", mailer=OUTLOOK,
     body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihr Angebot Nr. AB-2026-0117 vom 24.02.2026. Wir
nehmen es wie folgt an:

- Sehtests nach DGUV-Grundsatz G 37 (Bildschirmarbeitsplatz) für unsere
  Beschäftigten am Standort Hannover, Vor-Ort-Termine im Gesundheitsraum
  E.014, zwei Tage pro Quartal
- Pauschale je Untersuchung: 38,00 € netto
- Bildschirmarbeitsplatzbrille (Einstärken, entspiegelt, Standardfassung)
  je Paar: 129,00 € netto; Gleitsicht-Arbeitsplatzbrille: 289,00 € netto
- Abrechnung quartalsweise an die Lindenhof Versicherungsgruppe,
  Kostenstelle 4100 (Arbeitsschutz), ohne Namen der Beschäftigten;
  bitte nur Anzahl Untersuchungen und Anzahl Brillen je Typ

Die Terminbuchung erfolgt durch unsere Beschäftigten selbst über das
Intranet. Ergebnisse der Sehtests bleiben bei Ihnen bzw. beim
Betriebsarzt und werden uns nicht übermittelt.

Laufzeit: 01.04.2026 bis 31.03.2028. Die Bestellnummer lautet
BE-4100-2026-033; bitte auf allen Rechnungen angeben.

""" + S("schuster") + FOOT_DE)

mail(12, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-dentist",
     "request to a dentist for X-rays and findings of a named patient (birth date, implant region 24, planned bone graft)",
     frm=ST["albrecht"], to="\"Zahnarztpraxis Dr. Ostrowski\" <praxis@zahnarzt-moritzberg.example>",
     subject="Patientin Sandra Kowalczyk, geb. 22.04.1979 – Anforderung Röntgenbild und Befund",
     date="2026-03-09 14:10", mailer=OUTLOOK,
     body="""Sehr geehrte Frau Dr. Ostrowski,

Ihre Patientin Frau Sandra Kowalczyk, geb. 22.04.1979, hat uns den Heil-
und Kostenplan vom 02.03.2026 für ein Implantat regio 24 mit externem
Sinuslift und Knochenaufbau (GOZ 9120, 9100) eingereicht.

Für die Prüfung benötigen wir noch:
- die aktuelle Panoramaschichtaufnahme (OPG) bzw. das DVT, auf dem die
  Indikation für den Sinuslift erkennbar ist,
- den Zahnbefund mit Datum der Extraktion von Zahn 24,
- eine kurze Begründung, warum ein interner Sinuslift nicht ausreicht.

Eine Schweigepflichtentbindung der Patientin liegt uns vor (unterschrieben
am 02.03.2026).

Bitte laden Sie die Unterlagen nicht per E-Mail hoch, sondern über unser
sicheres Praxisportal https://praxis.lindenhof-versicherung.example
(Vorgangsnummer Z-26-031877) oder schicken Sie sie per Post.

""" + S("albrecht") + FOOT_DE)

mail(13, "CONFIDENTIAL", "en", "insurer-to-customer",
     "trip cancellation for job loss (no health reason), booking details and refund IBAN of a named customer",
     frm=ST["brenner"], to="Marek Nowicki <marek.nowicki@mailbox-nord.example>",
     subject="Trip cancellation – claim R-26-02214 approved",
     date="2026-03-10 10:02", mailer=OUTLOOK,
     body="""Dear Mr Nowicki,

thank you for sending your employer's notice of termination (dated
12 February 2026) and the cancellation invoice from Fjordreisen Nord.

Unexpected loss of your job through no fault of your own is an insured
reason for cancellation under your annual travel policy RV-3340-5712.
We therefore cover the cancellation fees:

  Booking no. FN-77124, cruise Bergen-Kirkenes, 11-18 May 2026,
  2 persons: cancellation fee 40 %           EUR 2,136.00
  minus excess 20 %                         EUR   427.20
  Amount paid                               EUR 1,708.80

We will transfer the amount to

  Account holder: Marek Nowicki
  IBAN: DE20 3811 0612 4864 9818 94

within five working days.

I am sorry about the circumstances, and I hope you'll be able to make
the trip another time.

""" + S("brenner") + FOOT_EN)

mail(14, "NORMAL", "en", "insurer-to-partner",
     "trap: aggregated dental claim frequencies and costs by age band and treatment type for the reinsurer (XLSX); no person",
     frm=ST["moore"], to="Lars Eklund <lars.eklund@baltic-re.example>",
     cc="Group Actuarial <aktuariat@lindenhof-versicherung.example>",
     subject="Dental supplementary portfolio – experience data 2023-2025 for treaty renewal",
     date="2026-03-10 16:45", mailer=OUTLOOK,
     body="""Dear Lars,

as promised in Copenhagen, please find attached the experience data of
our dental supplementary portfolio (tariffs ZahnPlus 60/80/100 and
KFO-Kids) for the quota share renewal on 1 July.

The workbook contains:
- exposure in policy years per age band,
- claim frequency per 1,000 policy years for crowns/bridges, implants,
  orthodontics, fillings and professional cleaning,
- average claim amount after GKV subsidy.

All figures are aggregated; age bands with fewer than 50 policy years
are merged with the neighbouring band. There is no policy-level data in
the file.

Two remarks:
1. Implant frequency in the 60+ band rose by 14 % in 2025. We see this
   as a mix effect of the 2023 sales campaign (waiting periods ended).
2. Orthodontic cost per case rose by 9 %, mainly aligners.

Happy to walk you through it next Tuesday.

""" + S("moore") + FOOT_EN,
     atts=[att("Dental_experience_2023-2025_aggregated.xlsx", xlsx([
         ("Frequency", [
             ["Age band", "Year", "Policy years", "Crowns/bridges per 1000", "Implants per 1000",
              "Orthodontics per 1000", "Fillings per 1000", "Cleaning per 1000"],
             ["0-17", 2023, 18412, 0.4, 0.0, 61.2, 88.1, 102.5],
             ["0-17", 2024, 19877, 0.3, 0.0, 64.8, 85.7, 110.2],
             ["0-17", 2025, 21034, 0.5, 0.0, 66.1, 83.0, 118.9],
             ["18-39", 2023, 40218, 38.7, 9.1, 3.2, 142.6, 401.3],
             ["18-39", 2024, 41930, 40.2, 9.8, 3.9, 139.8, 412.0],
             ["18-39", 2025, 43511, 41.5, 10.4, 4.6, 137.2, 420.7],
             ["40-59", 2023, 52884, 96.4, 27.3, 0.8, 171.9, 455.8],
             ["40-59", 2024, 53120, 99.1, 29.0, 0.9, 168.4, 461.3],
             ["40-59", 2025, 53407, 101.8, 30.2, 1.1, 166.0, 468.9],
             ["60+", 2023, 21370, 151.2, 41.7, 0.0, 160.3, 380.4],
             ["60+", 2024, 23915, 158.0, 44.1, 0.0, 158.9, 389.0],
             ["60+", 2025, 26688, 161.4, 50.3, 0.0, 155.1, 392.6],
         ]),
         ("Average cost EUR", [
             ["Treatment", "2023", "2024", "2025"],
             ["Crown/bridge (per case, after GKV subsidy)", 1180.0, 1224.5, 1262.1],
             ["Implant incl. crown", 2875.4, 2960.8, 3041.2],
             ["Orthodontics (per case)", 2410.0, 2530.2, 2759.7],
             ["Filling", 142.3, 146.0, 151.8],
             ["Professional cleaning", 96.5, 99.2, 102.4],
         ]),
     ], title="Dental experience 2023-2025", creator="Rachel Moore", date="2026-03-10T15:20:00Z"))])

mail(15, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "glasses reimbursement for a named customer with dioptre values of both eyes (windows-1252 body)",
     frm=ST["reinhardt"], to="Helga Marquardt <h.marquardt@weserpost.example>",
     subject="Ihre Brillenrechnung vom 27.02.2026",
     date="2026-03-11 09:31", mailer=OUTLOOK, charset="windows-1252",
     body="""Sehr geehrte Frau Marquardt,

vielen Dank für die Rechnung von Optik Lindner über Ihre neue
Gleitsichtbrille. Wir haben sie wie folgt abgerechnet:

  Gleitsichtgläser R sph +1,75 cyl -0,50 A 95° Add 2,25
                   L sph +2,00 cyl -0,25 A 80° Add 2,25    642,00 €
  Fassung                                                  189,00 €
  Augenglasbestimmung                                       25,00 €
  Rechnungsbetrag                                          856,00 €

Ihr Tarif Komfort 2 erstattet für Sehhilfen bis zu 300 € innerhalb von
zwei Kalenderjahren. Die letzte Brille haben wir im Oktober 2023
erstattet, der Zweijahreszeitraum ist also abgelaufen. Da sich Ihre
Sehstärke um mehr als 0,5 Dioptrien verändert hat, hätten wir auch
vorzeitig gezahlt.

Erstattung: 300,00 €. Der Betrag wird mit der nächsten
Leistungsabrechnung auf Ihr bekanntes Konto überwiesen.

Ihre Selbstbeteiligung ist von dieser Leistung nicht betroffen.

""" + S("reinhardt") + FOOT_DE)

mail(16, "NORMAL", "de", "internal",
     "trap: DPO circular on how treatment and cost plans, X-rays and optician invoices must be sent; names only data categories",
     frm=ST["koch"], to="Alle Leistungsabteilungen Kranken <leistung-kranken-alle@lindenhof-versicherung.example>",
     subject="Datenschutz-Hinweis: Versand von Heil- und Kostenplänen, Röntgenbildern und Rechnungen",
     date="2026-03-11 12:00", mailer=OUTLOOK,
     body="""Liebe Kolleginnen und Kollegen,

im Februar sind zwei Heil- und Kostenpläne unverschlüsselt an eine
falsche Praxisadresse gegangen. Beide Fälle sind aufgearbeitet; die
betroffenen Personen wurden informiert. Zur Erinnerung deshalb die
Regeln, die seit 2024 gelten:

1. Heil- und Kostenpläne, Röntgenbilder, Arzt- und Zahnarztrechnungen,
   Optiker- und Hörakustikerrechnungen, Gutachten und Befunde sind
   Gesundheitsdaten (Art. 9 DSGVO) und unterliegen zusätzlich § 203 StGB.

2. Solche Unterlagen verschicken wir an Versicherte, Praxen und
   Gutachter nur über das SecureMail-Portal oder per Post, nie als
   normalen Anhang. Das Gateway verschlüsselt automatisch, wenn es
   Gesundheitsdaten erkennt - verlassen Sie sich aber nicht darauf.

3. Praxisadressen bitte immer aus dem Partnerverzeichnis übernehmen,
   nicht aus einer alten E-Mail kopieren.

4. Im Betreff keine Diagnosen, keine Zahnnummern, keine Namen von
   Kindern. "Ihre Rechnung vom ..." reicht.

5. Fehlversand sofort (innerhalb einer Stunde) an
   datenschutz@lindenhof-versicherung.example melden. Die 72-Stunden-
   Frist für die Meldung an die Aufsichtsbehörde läuft ab Kenntnis.

Die kurze Online-Schulung "Gesundheitsdaten im Mailverkehr" ist bis
30.04. für alle Leistungsbereiche Pflicht.

Vielen Dank!

""" + S("koch"))

mail(17, "CONFIDENTIAL", "de", "insurer-to-customer",
     "legal-expenses cover confirmation for a tenancy dispute of a named customer: policy, claim number, landlord, addresses",
     frm=ST["hoffmann"], to="Benedikt Aurich <benedikt.aurich@posteingang.example>",
     subject="Deckungszusage – Ihr Mietstreit (RS-Schaden 26-RS-01733)",
     date="2026-03-11 15:18", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Aurich,

wir bestätigen Ihnen Versicherungsschutz aus Ihrem Rechtsschutzvertrag
RS 09-771 230 (Privat-, Berufs- und Wohnungsrechtsschutz) für folgende
Angelegenheit:

Gegner:       Hausverwaltung Kröpcke Immobilien GmbH für die
              Eigentümerin Frau Annemarie Schlüter
Mietobjekt:   Wunstorfer Straße 44, 2. OG links, 30453 Hannover
Gegenstand:   Rückforderung der Mietkaution (2.400,00 €) und Streit
              über Renovierungskosten nach Auszug am 31.12.2025

Die Deckungszusage umfasst zunächst die außergerichtliche Tätigkeit
Ihres Anwalts, Rechtsanwalt Dr. Bernd Falk, Hannover. Für ein
gerichtliches Verfahren stellen Sie bitte einen gesonderten Antrag. Ihre
Selbstbeteiligung beträgt 150,00 €.

Unser Zeichen bei allen Schreiben: 26-RS-01733.

""" + S("hoffmann") + FOOT_DE)

mail(18, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
     "accident insurance: request to an Irish hospital for the discharge report of a named insured (birth date, tibial plateau fracture)",
     frm=ST["szymanski"], to="Medical Records <medicalrecords@stbrendans-galway.example>",
     subject="Request for medical report – Mr Florian Gerdes, DOB 1986-07-19",
     date="2026-03-12 10:40", mailer=OUTLOOK,
     body="""Dear Sir or Madam,

we are the accident insurer of Mr Florian Gerdes, date of birth
19 July 1986, resident in Hannover, Germany.

Mr Gerdes reports that he fell while hiking in Connemara on
14 February 2026 and was treated in your hospital from 14 to 19 February
for a fracture of the left tibial plateau, which was operated on
(plate osteosynthesis).

For the assessment of his claim under his personal accident policy
(UV 5512-883-01) we kindly ask you to send us:

- the discharge summary,
- the operation report,
- the X-ray/CT reports,
- any recommendations for follow-up treatment.

Mr Gerdes' signed authorisation releasing you from medical
confidentiality is attached to the secure message we will send you via
our portal; this e-mail contains no documents. Please reply through the
portal link rather than by normal e-mail. We will of course pay your
usual fee for the copies.

Thank you very much for your help.

Yours faithfully,

""" + S("szymanski") + FOOT_EN)

mail(19, "NORMAL", "de", "insurer-to-prospect",
     "trap: generic answer to a prospect's question about orthodontic cover for children and waiting times; no contract, no health data of a person",
     frm=ST["demir"], to="Carsten Heuer <carsten.heuer@kabelmail.example>",
     subject="AW: Frage zu Kieferorthopädie in der Kinder-Zahnzusatzversicherung",
     date="2026-03-12 11:05", mailer=OUTLOOK,
     body="""Hallo Herr Heuer,

vielen Dank für Ihr Interesse an unserem Tarif KFO-Kids.

Zu Ihren Fragen:

Ab wann zahlt der Tarif für eine Zahnspange?
Nach einer Wartezeit von acht Monaten. Wichtig: Wenn eine
kieferorthopädische Behandlung vor Vertragsabschluss schon angeraten
oder begonnen wurde, ist sie nicht versichert. Am besten schließt man
den Tarif also vor dem ersten Termin beim Kieferorthopäden ab.

Was wird erstattet?
- bei KIG 1 und 2 (keine Kassenleistung): 80 % bis 2.000 € je Kiefer
- bei KIG 3 bis 5: die Mehrkosten über die Kassenleistung hinaus
  (z. B. Minibrackets, Keramik, Retainer) bis 1.500 €

Bis zu welchem Alter?
Versichern kann man Kinder ab Geburt bis zum 15. Geburtstag; der Tarif
läuft bis 21 weiter.

Was kostet es?
Für alle Altersstufen 14,90 € im Monat.

Die Versicherungsbedingungen und das Produktinformationsblatt finden Sie
unter https://www.lindenhof-versicherung.example/kfo-kids. Wenn Sie
möchten, ruft Sie gern eine Kollegin aus dem Vertrieb zurück.

""" + S("demir") + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Carsten Heuer <carsten.heuer@kabelmail.example>
Gesendet: Mittwoch, 11. März 2026 20:14
An: info@lindenhof-versicherung.example
Betreff: Frage zu Kieferorthopädie in der Kinder-Zahnzusatzversicherung

Guten Abend,
wir überlegen eine Zahnzusatzversicherung für unsere Kinder. Zahlt die
auch Zahnspangen und ab wann? Gibt es eine Altersgrenze?
Gruß C. Heuer
""")

mail(20, "STRICTLY_CONFIDENTIAL", "de", "customer",
     "customer's complaint about an implant and bone-graft invoice forwarded inline to the advisory dentist",
     frm=ST["albrecht"], to="\"Dr. Frank Wessels\" <frank.wessels@lindenhof-versicherung.example>",
     subject="WG: Beschwerde Kürzung Implantatrechnung",
     date="2026-03-12 16:20", mailer=OUTLOOK,
     body="""Hallo Frank,

magst du dir das bitte ansehen, bevor ich antworte? Ich hatte GOZ 9100
wegen fehlender Begründung beim Faktor 3,2 auf 2,3 gekürzt. Rechnung und
Röntgenbild liegen in der Akte Z-26-022310.

Danke
Kerstin

""" + S("albrecht") + """

________________________________
Von: Manfred Ziegenhagen <m.ziegenhagen@netzpost.example>
Gesendet: Donnerstag, 12. März 2026 10:02
An: leistung-zahn@lindenhof-versicherung.example
Betreff: Beschwerde Kürzung Implantatrechnung

Sehr geehrte Damen und Herren,

mit Ihrer Abrechnung vom 06.03. bin ich überhaupt nicht einverstanden.
Sie haben mir für das Implantat regio 46 knapp 380 Euro gekürzt, weil
der Knochenaufbau angeblich nicht ausreichend begründet ist.

Mein Zahnarzt Dr. Lüdeke hat mir erklärt, dass nach der Entzündung an
dem Zahn (der musste ja raus wegen der Wurzelentzündung und der
Zyste) fast kein Knochen mehr da war und er deshalb so aufwendig
aufbauen musste, das hat fast zwei Stunden gedauert. Ich bin Diabetiker,
die Heilung hat auch länger gedauert und ich musste zweimal zur Kontrolle.

Ich bin seit 22 Jahren bei Ihnen versichert (Vers.-Nr. KV 112-054-7781)
und erwarte, dass Sie das vollständig bezahlen.

Mit freundlichen Grüßen
Manfred Ziegenhagen
""")

mail(21, "NORMAL", "en", "newsletter",
     "trap: HTML-only broker newsletter presenting a vision cover module with sample reimbursement figures; no person",
     frm="Lindenhof Broker News <brokernews@lindenhof-versicherung.example>",
     to="international-brokers@lindenhof-versicherung.example",
     subject="Broker News International 02/2026: VisionPlus module for expat health plans",
     date="2026-03-13 07:30", html_only=True,
     hdrs={"Precedence": "bulk",
           "List-Unsubscribe": "<mailto:brokernews-unsubscribe@lindenhof-versicherung.example>"},
     html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Broker News International 02/2026</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:680px;margin:auto">
<h1 style="color:#2f6b4f">Broker News International 02/2026</h1>
<p>Dear partners,</p>
<p>from 1 April 2026 your clients in our International Health Plan can add the new <strong>VisionPlus</strong> module. It closes the gap most expats notice first: glasses and contact lenses.</p>
<h2 style="font-size:17px">What VisionPlus covers</h2>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8f1ec"><th>Benefit</th><th>Basic plan</th><th>with VisionPlus</th></tr>
<tr><td>Eye examination by optometrist</td><td>not covered</td><td>100 %, 1 per year</td></tr>
<tr><td>Glasses (lenses and frame)</td><td>not covered</td><td>up to EUR 400 every 2 years</td></tr>
<tr><td>Contact lenses</td><td>not covered</td><td>up to EUR 400 every 2 years (shared with glasses)</td></tr>
<tr><td>Laser eye surgery (LASIK/PRK)</td><td>not covered</td><td>up to EUR 1,500 per eye, once</td></tr>
<tr><td>Waiting period</td><td>–</td><td>6 months (waived on transfer from another insurer)</td></tr>
</table>
<h2 style="font-size:17px">Sample calculation</h2>
<p>A client buys varifocal glasses for EUR 620 in year one: VisionPlus reimburses EUR 400. In year two a pair of spare contact lenses for EUR 180 is not reimbursed, because the two-year budget is used up.</p>
<h2 style="font-size:17px">Premium</h2>
<p>EUR 9.80 per month for adults, EUR 4.90 for children, no health questions if added within 3 months of the plan start.</p>
<h2 style="font-size:17px">Commission</h2>
<p>Your usual commission rate for the International Health Plan applies to the module premium.</p>
<p>Questions? Write to <a href="mailto:international@lindenhof-versicherung.example">international@lindenhof-versicherung.example</a>.</p>
<p style="font-size:11px;color:#777">You receive Broker News International as a registered partner of Lindenhof Versicherungsgruppe, Am Lindenhof 12, 30159 Hannover, Germany.</p>
</div></body></html>
""")

mail(22, "CONFIDENTIAL", "en", "insurer-to-customer",
     "motor insurance confirmation (eVB) for a named customer with an additional driver's birth date and the new car's VIN",
     frm=ST["hartmann"], to="Sean Gallagher <sean.gallagher@inbox-global.example>",
     subject="Your insurance confirmation (eVB) for the new car",
     date="2026-03-13 09:44", mailer=OUTLOOK,
     body="""Dear Mr Gallagher,

here is the electronic insurance confirmation you need to register your
new car at the Hannover registration office:

  eVB number:     A7K2M9P
  Policy:         KFZ 7 512 119 203
  Vehicle:        Skoda Enyaq 85, VIN TMBJC9NY4SF027715
  Cover:          third-party liability + comprehensive (EUR 500 excess)
  Start:          on the day of registration

As requested, we have added your wife as an additional driver:

  Niamh Gallagher, born 04/11/1989

Please bring the eVB number, your ID and the vehicle documents to the
registration office. Once the car is registered we receive the
registration number automatically and send you the policy schedule.

""" + S("hartmann") + FOOT_EN)

mail(23, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "internal escalation of a named insured's hearing-aid cost estimate above the tariff limit; audiometry and costs in the XLSX",
     frm=ST["reinhardt"], to="Teamleitung Hilfsmittel <birgit.sauer@lindenhof-versicherung.example>",
     subject="Freigabe über Tariflimit – Hörsysteme Whitaker (Vorgang H-26-00412)",
     date="2026-03-16 13:27", mailer=OUTLOOK,
     body="""Hallo Birgit,

für den Vorgang H-26-00412 brauche ich deine Freigabe, weil wir über
dem Tariflimit liegen würden (Komfort 2: 1.500 € je Ohr in 5 Jahren).

Kurz: Herr Whitaker hat beidseitig eine mittelgradige Schwerhörigkeit,
dazu Tinnitus links. Der HNO-Arzt empfiehlt ausdrücklich Geräte mit
Tinnitus-Noiser. Der Hörakustiker hat zwei Varianten angeboten, die
Details stehen in der Tabelle.

Mein Vorschlag: Variante B (4.650 €) mit Kulanz, also 3.000 € Tarif +
450 € Kulanz, weil die Noiser-Funktion medizinisch begründet ist und
eine separate Tinnitus-Therapie wahrscheinlich teurer würde.

Gibst du das frei?

""" + S("reinhardt"),
     atts=[att("H-26-00412_Hoersysteme_Kalkulation.xlsx", xlsx([
         ("Kalkulation", [
             ["Vorgang", "H-26-00412"],
             ["Versicherte Person", "Daniel Whitaker"],
             ["Vers.-Nr.", "7300-4418-02"],
             ["Geburtsdatum", "1977-10-03"],
             ["Tarif", "Komfort 2"],
             ["Diagnose laut Verordnung", "H90.3 Schallempfindungsschwerhörigkeit beidseitig; H93.1 Tinnitus aurium links"],
             [],
             ["Audiogramm (dB HL)", "500 Hz", "1 kHz", "2 kHz", "4 kHz"],
             ["rechts", 30, 35, 45, 50],
             ["links", 35, 40, 50, 55],
             [],
             ["Variante", "Modell", "Preis Paar EUR", "Tarifleistung EUR", "Eigenanteil EUR"],
             ["A", "Hörwelt Basic 2 (Batterie)", 1780.0, 1780.0, 0.0],
             ["B", "Hörwelt Pro R mit Tinnitus-Noiser", 4650.0, 3000.0, 1650.0],
             ["B mit Kulanz", "", 4650.0, 3450.0, 1200.0],
         ]),
     ], title="Hörsysteme Kalkulation", creator="Tobias Reinhardt", date="2026-03-16T12:55:00Z"))])

mail(24, "NORMAL", "de", "insurer-to-customer",
     "trap: out-of-office auto-reply of the dental claims handler mentioning treatment plans and dental prosthesis in general",
     frm=ST["albrecht"], to="Gerd Hillmer <gerd.hillmer@ostseemail.example>",
     subject="Automatische Antwort: Ihre Nachricht",
     date="2026-03-16 18:02",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Vielen Dank für Ihre Nachricht.

Ich bin vom 16.03. bis einschließlich 27.03.2026 nicht im Büro. Ihre
E-Mail wird nicht weitergeleitet.

Heil- und Kostenpläne für Zahnersatz, Implantate und Kieferorthopädie
sowie Zahnarztrechnungen bearbeitet in dieser Zeit mein Team. Bitte
schicken Sie sie an leistung-zahn@lindenhof-versicherung.example oder
laden Sie sie in der Lindenhof-App hoch. In dringenden Fällen erreichen
Sie uns unter 0511 4470-2300.

Kerstin Albrecht
Lindenhof Krankenversicherung a.G.
""")

mail(25, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "life insurance: confirmation of a beneficiary change with policy, sum insured and named beneficiaries (personal line, no medical word)",
     frm=ST["brandt"], to="Catherine Blake-Vossberg <c.blake@inbox-global.example>",
     subject="Change of beneficiary – life policy LV-2019-0441876",
     date="2026-03-17 10:12", mailer=OUTLOOK,
     body="""Dear Mrs Blake-Vossberg,

we have received your signed request of 9 March 2026 and confirm the
change of beneficiary for your term life insurance:

  Policy number:    LV-2019-0441876
  Insured person:   Catherine Blake-Vossberg
  Sum insured:      EUR 250,000 (level term until 1 June 2044)

  Beneficiaries in case of death, with effect from 12 March 2026:
  - Thomas Vossberg (husband), 50 %
  - Emily Vossberg (daughter), 25 %
  - Oliver Vossberg (son), 25 %

The previous designation in favour of your sister, Ms Helen Blake, is
revoked. The beneficiary designation remains revocable; you can change
it at any time in writing.

Please keep this confirmation with your policy documents.

""" + S("brandt") + FOOT_EN)

# ---------------------------------------------------------------------------
# d204-0026 .. d204-0050
# ---------------------------------------------------------------------------

mail(26, "CONFIDENTIAL", "de", "insurer-to-company",
     "grey zone: water damage in a dental practice insured under a commercial contents policy of a named sole-trader dentist; practice equipment only, no patient data",
     frm=ST["seidel"], to="\"Dr. med. dent. Jörg Lüdeke\" <praxis@zahnarzt-luedeke.example>",
     subject="Leitungswasserschaden Praxis – Ihre Inhaltsversicherung GI 61-004 528",
     date="2026-03-17 14:06", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Dr. Lüdeke,

danke für den Anruf heute Morgen. Ich fasse zusammen, was wir besprochen
haben:

Versicherungsnehmer: Dr. med. dent. Jörg Lüdeke, Zahnarztpraxis
                     (Einzelpraxis), Davenstedter Straße 120,
                     30455 Hannover
Vertrag:             Praxis-Inhaltsversicherung GI 61-004 528
                     inkl. Betriebsunterbrechung (Tagessatz 2.800 €)
Schadennummer:       GS-26-00377
Schadentag:          16.03.2026, Bruch der Zuleitung hinter der
                     Behandlungseinheit in Behandlungsraum 2

Betroffen sind nach Ihrer ersten Einschätzung die Behandlungseinheit
(Baujahr 2019), der Fußboden des Raums und ein Unterschrank mit
Verbrauchsmaterial. Die Räume 1 und 3 sowie das Röntgen sind in Betrieb.

Nächste Schritte:
- Der Sachverständige Herr Ingo Pahl (Büro Pahl & Kern) meldet sich
  morgen für einen Termin am Mittwoch.
- Bitte heben Sie beschädigte Teile bis zur Besichtigung auf und
  fotografieren Sie den Zustand.
- Die Trocknungsfirma können Sie sofort beauftragen; die Kosten sind
  versichert.
- Für die Betriebsunterbrechung bitte die Terminausfälle (nur Anzahl je
  Tag, keine Patientennamen) und Ihre BWA 2025 bereithalten.

""" + S("seidel") + FOOT_DE)

mail(27, "NORMAL", "en", "insurer-to-press",
     "trap: press statement on rising orthodontic costs with portfolio statistics (DOCX); no person",
     frm=ST["vogt"], to="Hannah Kirschner <h.kirschner@healthpolicy-journal.example>",
     subject="Your enquiry: cost of orthodontic treatment for children – our statement",
     date="2026-03-18 11:20", mailer=OUTLOOK,
     body="""Dear Ms Kirschner,

thank you for your enquiry about the cost of orthodontic treatment for
children. Please find our statement attached; you may quote it in full
or in part, attributed to Dr. Ulrike Sandmann, CEO of Lindenhof
Versicherungsgruppe.

Some background figures you asked for (our supplementary children's
dental tariff, around 21,000 insured children in 2025):

- average cost of an orthodontic case reimbursed by us: EUR 2,760
  (2023: EUR 2,410)
- share of cases with aligners instead of fixed braces: 18 % (2023: 7 %)
- share of cases with cosmetic extras (ceramic or mini brackets): 61 %

We do not comment on individual cases or on individual practices.

If you need a photo of Dr. Sandmann, our press portal has several in
print quality.

""" + S("vogt") + FOOT_EN,
     atts=[att("Statement_orthodontics_2026-03-18.docx", docx([
         "# Statement: Orthodontic treatment for children is getting more expensive",
         "Hannover, 18 March 2026",
         "\"Orthodontic treatment is one of the most important reasons why families take out supplementary dental "
         "insurance. We see that costs per case have risen by almost 15 % in two years. The main driver is not the "
         "statutory basic care, but extras such as aligners and ceramic brackets that parents choose for their "
         "children,\" says Dr. Ulrike Sandmann, CEO of Lindenhof Versicherungsgruppe.",
         "\"We want parents to be able to make this choice with a clear view of the costs. That is why we recommend "
         "asking the practice for a written treatment and cost plan before treatment starts, and sending it to the "
         "insurer in advance.\"",
         ("table", [["Year", "Average cost per case (EUR)", "Aligner share"],
                    ["2023", "2,410", "7 %"], ["2024", "2,530", "12 %"], ["2025", "2,760", "18 %"]]),
         "About Lindenhof: Lindenhof Versicherungsgruppe, Hannover, insures about 1.2 million customers in health, "
         "life and property insurance.",
         "Press contact: Nadine Vogt, presse@lindenhof-versicherung.example",
     ], title="Statement orthodontics", creator="Nadine Vogt", date="2026-03-18T10:05:00Z"))])

mail(28, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
     "long-term care: assessment result (Pflegegrad 3) of a named insured told to her daughter with dementia diagnosis and care allowance",
     frm=ST["kuehn"], to="Petra Lindemann <petra.lindemann@posteingang.example>",
     subject="Begutachtung Ihrer Mutter – Ergebnis Pflegegrad",
     date="2026-03-18 15:47", mailer=OUTLOOK,
     body="""Sehr geehrte Frau Lindemann,

wie am Telefon besprochen, schicke ich Ihnen als Bevollmächtigter Ihrer
Mutter das Ergebnis der Begutachtung vom 05.03.2026.

Versicherte: Frau Erna Lindemann, geb. 02.11.1938
Pflegepflichtversicherung PV 200-118-6620

Der Gutachter von MEDICPROOF hat einen Pflegegrad 3 festgestellt
(gewichtete Gesamtpunkte 52,5). Ausschlaggebend waren vor allem die
Einschränkungen bei den kognitiven und kommunikativen Fähigkeiten
infolge der Alzheimer-Demenz sowie bei der Selbstversorgung (Hilfe beim
Waschen, Anziehen und bei den Mahlzeiten). Die Mobilität ist nur gering
eingeschränkt.

Leistungen ab 01.02.2026 (Antragsmonat):
- Pflegegeld 599 € monatlich, solange Sie und Ihr Bruder die Pflege
  zu Hause übernehmen,
- oder Pflegesachleistungen bis 1.497 € für einen ambulanten Dienst,
- Entlastungsbetrag 131 € monatlich,
- Pflegehilfsmittel zum Verbrauch bis 42 € monatlich.

Die Nachzahlung für Februar und März überweisen wir in den nächsten
Tagen. Das vollständige Gutachten stelle ich Ihnen in Ihr Postfach im
Lindenhof-Portal.

Für eine kostenlose Pflegeberatung zu Hause können Sie jederzeit einen
Termin mit unserer Pflegeberaterin vereinbaren.

""" + S("kuehn") + FOOT_DE)

mail(29, "CONFIDENTIAL", "de", "insurer-to-customer",
     "household policy premium adjustment with a named customer's address and SEPA mandate IBAN (iso-8859-1 body)",
     frm=ST["lorenz"], to="Waltraud Böttcher <w.boettcher@weserpost.example>",
     subject="Ihre Hausratversicherung HR 18-227 105 – Beitrag ab 01.05.2026",
     date="2026-03-19 09:05", mailer=OUTLOOK, charset="iso-8859-1",
     body="""Sehr geehrte Frau Böttcher,

Sie hatten nach dem Umzug nach Nienburg angerufen und um Anpassung Ihrer
Hausratversicherung gebeten. Das haben wir erledigt:

Neue Anschrift:       Weserstraße 21, 31582 Nienburg (Weser)
Wohnfläche:           68 m² (bisher 82 m²)
Versicherungssumme:   44.200 EUR (650 EUR je m², Unterversicherungsverzicht)
Tarifzone:            2 (bisher 3)
Neuer Jahresbeitrag:  96,24 EUR (bisher 139,80 EUR)

Der Beitrag wird wie bisher per SEPA-Lastschrift eingezogen:
Mandatsreferenz:      LHV-HR18227105-01
IBAN:                 DE08 7470 1708 7997 4948 82

Ihren neuen Versicherungsschein erhalten Sie in den nächsten Tagen per
Post.

""" + S("lorenz") + FOOT_DE)

mail(30, "NORMAL", "de", "internal",
     "trap: quarterly statistics on hearing aids, glasses and other medical aids (XLSX, aggregated counts and averages only)",
     frm=ST["reinhardt"], to="Bereichsleitung Leistung <leistung-bl@lindenhof-versicherung.example>",
     cc="Birgit Sauer <birgit.sauer@lindenhof-versicherung.example>",
     subject="Hilfsmittel-Statistik Q4/2025 und Gesamtjahr",
     date="2026-03-19 11:40", mailer=OUTLOOK,
     body="""Hallo zusammen,

anbei die Hilfsmittel-Auswertung für Q4 und das Gesamtjahr 2025 für
die Bereichsrunde am Montag.

Auffällig:
- Hörgeräte: Fallzahl +11 %, Durchschnittskosten je Versorgung
  +6 % (2.905 €). Der Anteil Akku-Geräte liegt jetzt bei 72 %.
- Sehhilfen: Fallzahl stabil, aber deutlich mehr Gleitsichtgläser
  im oberen Preissegment; der Durchschnittsbetrag je Erstattung ist
  durch die Tarifgrenze gedeckelt (Ø 241 €).
- Rollstühle und Elektromobile: wenige Fälle, hohe Streuung - bitte
  nicht überinterpretieren.

Keine personenbezogenen Daten in der Datei, nur Fallzahlen und Beträge.

""" + S("reinhardt"),
     atts=[att("Hilfsmittel_Statistik_2025.xlsx", xlsx([
         ("Übersicht 2025", [
             ["Hilfsmittelgruppe", "Fälle Q1", "Fälle Q2", "Fälle Q3", "Fälle Q4", "Fälle 2025",
              "Erstattung 2025 EUR", "Ø je Fall EUR"],
             ["Hörgeräte", 412, 398, 377, 455, 1642, 4770010.0, 2905.0],
             ["Sehhilfen (Brillen)", 3120, 2988, 3305, 3214, 12627, 3043107.0, 241.0],
             ["Kontaktlinsen", 611, 590, 640, 622, 2463, 423636.0, 172.0],
             ["Einlagen / orthopädische Schuhe", 905, 877, 851, 930, 3563, 716163.0, 201.0],
             ["Kompressionsstrümpfe", 402, 388, 415, 431, 1636, 170144.0, 104.0],
             ["Rollstühle / Elektromobile", 21, 18, 25, 19, 83, 498000.0, 6000.0],
             ["Sonstige", 288, 301, 274, 296, 1159, 260775.0, 225.0],
         ]),
         ("Vorjahresvergleich", [
             ["Hilfsmittelgruppe", "Fälle 2024", "Fälle 2025", "Veränderung"],
             ["Hörgeräte", 1479, 1642, "+11,0 %"],
             ["Sehhilfen (Brillen)", 12580, 12627, "+0,4 %"],
             ["Kontaktlinsen", 2510, 2463, "-1,9 %"],
         ]),
     ], title="Hilfsmittel-Statistik 2025", creator="Tobias Reinhardt", date="2026-03-19T10:30:00Z"))])

mail(31, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "harmless body ('anbei die Abrechnung'); the PDF is a hearing-aid benefit statement with diagnosis and amounts of a named insured",
     frm=ST["reinhardt"], to="Elfriede Janßen <elfriede.janssen@ostseemail.example>",
     subject="AW: Rechnung",
     date="2026-03-20 10:22", mailer=OUTLOOK,
     irt=msgid(31, "orig", "ostseemail.example"),
     body="""Sehr geehrte Frau Janßen,

anbei wie besprochen die Abrechnung. Die Überweisung ist heute
rausgegangen.

""" + S("reinhardt") + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Elfriede Janßen <elfriede.janssen@ostseemail.example>
Gesendet: Mittwoch, 18. März 2026 16:05
An: Tobias Reinhardt
Betreff: Rechnung

Guten Tag Herr Reinhardt
haben Sie meine Rechnung bekommen? Können Sie mir die Abrechnung
schicken, mein Sohn will das für die Steuer haben.
Gruß E. Janßen
""",
     atts=[att("Leistungsabrechnung_2026-03-20.pdf", pdf([[
         "# Lindenhof Krankenversicherung a.G.",
         "Leistungsabrechnung vom 20.03.2026",
         "",
         "Frau Elfriede Janßen, Deichstraße 9, 26506 Norden",
         "Versicherungsnummer: 7300-1187-01   Tarif: Komfort 1 (Selbstbeteiligung 600 EUR)",
         "Versicherte Person: Elfriede Janßen, geb. 14.06.1944",
         "",
         "# Hilfsmittel: Hörsystemversorgung beidseitig",
         "Verordnung: Dr. med. Kai Behrens, HNO-Arzt, Norden, vom 12.01.2026",
         "Diagnose: H91.1 Presbyakusis beidseitig, mittelgradig",
         "Leistungserbringer: Hörakustik Friesland GmbH, Rechnung Nr. 26-0388 vom 02.03.2026",
         "",
         "Hörsystem rechts (HdO, Akku) ............. 1.345,00 EUR",
         "Hörsystem links (HdO, Akku) .............. 1.345,00 EUR",
         "Otoplastiken, Anpassung, Ladestation ...... 210,00 EUR",
         "Rechnungsbetrag .......................... 2.900,00 EUR",
         "Tarifleistung 80 % ........................ 2.320,00 EUR",
         "abzgl. verbleibende Selbstbeteiligung 2026 ... 410,00 EUR",
         "Auszahlungsbetrag ......................... 1.910,00 EUR",
         "",
         "Überweisung auf Konto IBAN DE38 2429 7389 4973 4586 76",
     ]], title="Leistungsabrechnung", date="20260320101500"))])

mail(32, "CONFIDENTIAL", "en", "insurer-to-broker",
     "broker told a named customer's motor no-claims class transfer, policy number and plate; no health data",
     frm=ST["weber"], to="Ahmet Yilmaz <a.yilmaz@yilmaz-finanz.example>",
     subject="RE: SF transfer for Mr Kovačević",
     date="2026-03-20 13:33", mailer=OUTLOOK,
     body="""Hi Mr Yilmaz,

the previous insurer has confirmed the no-claims history for your client:

  Client:           Dragan Kovačević, Ricklinger Stadtweg 12, 30459 Hannover
  Our policy:       KFZ 7 512 230 556, vehicle H-DK 1983
  Confirmed class:  SF 15 (liability), SF 11 (comprehensive)
  Claims 2025:      none

With effect from 1 April 2026 the premium drops from EUR 1,184.60 to
EUR 712.30 a year; the updated schedule goes to the client and to your
broker post box tomorrow.

Please let him know that he still needs to send us the signed
declaration about the second driver (his son). Without it we will have
to apply the young-driver surcharge.

""" + S("weber") + FOOT_EN + """

-----Original Message-----
From: Ahmet Yilmaz <a.yilmaz@yilmaz-finanz.example>
Sent: Thursday, 19 March 2026 17:20
To: Hannah Weber
Subject: SF transfer for Mr Kovačević

Hello Ms Weber, any news on the SF transfer for Mr Kovačević? He keeps
asking me. Thanks, A. Yilmaz
""")

mail(33, "NORMAL", "en", "internal",
     "trap: synthetic test invoices for dental OCR with 'Max Mustermann (fiktiv)' and the published example IBAN; explicitly no real data",
     frm=ST["gruenewald"], to="OCR Project <ocr-projekt@lindenhof-versicherung.example>",
     subject="Synthetic test set v3 for dental invoice OCR",
     date="2026-03-20 15:58", mailer=OUTLOOK,
     body="""Hi all,

attached is version 3 of the synthetic test set for the dental invoice
OCR (GOZ/BEB line items). Changes to v2:

- 40 instead of 25 invoices, incl. 10 with analogue positions
- new edge cases: factor > 3.5, lab costs on a separate page, invoice
  in EUR with comma and dot thousands separators
- all persons are fictitious ("Max Mustermann (fiktiv)", "Erika
  Musterfrau (fiktiv)"), practices are invented, IBAN is the published
  example DE89 3704 0044 0532 0130 00 in every file

Please do NOT add real invoices from the claims system to the test
repository, not even "anonymised" ones. The DPO was very clear about
this in the kickoff.

The TSV lists the expected extraction result per test invoice.

Oliver

""" + S("gruenewald"),
     atts=[att("ocr_dental_testset_v3_expected.tsv", csvb([
         ["test_id", "patient", "birth_date", "practice", "goz_position", "factor", "amount_eur", "iban", "note"],
         ["T001", "Max Mustermann (fiktiv)", "01.01.1970", "Zahnarztpraxis Beispiel (fiktiv)", "2200", "2,3", "219,93", "DE89370400440532013000", "crown"],
         ["T002", "Max Mustermann (fiktiv)", "01.01.1970", "Zahnarztpraxis Beispiel (fiktiv)", "5070", "2,3", "115,26", "DE89370400440532013000", "bridge pontic"],
         ["T003", "Erika Musterfrau (fiktiv)", "31.12.1980", "Praxis Test & Test (fiktiv)", "0065a", "2,3", "25,87", "DE89370400440532013000", "analogue: intraoral scan"],
         ["T004", "Erika Musterfrau (fiktiv)", "31.12.1980", "Praxis Test & Test (fiktiv)", "9100", "3,8", "1.034,48", "DE89370400440532013000", "factor > 3.5 with agreement"],
         ["T005", "Max Mustermann (fiktiv)", "01.01.1970", "Zahnarztpraxis Beispiel (fiktiv)", "BEB 0010", "", "1.204,50", "DE89370400440532013000", "lab costs separate page"],
     ], delim="\t"))])

mail(34, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "travel health claim: emergency dental treatment in Spain (abscess, root canal, antibiotics) of a named insured",
     frm=ST["brenner"], to="Jonathan Reeves <jon.reeves@mailbox-nord.example>",
     subject="Your travel health claim R-26-02390 – dental emergency in Málaga",
     date="2026-03-23 09:15", mailer=OUTLOOK,
     body="""Dear Mr Reeves,

I hope your tooth is better now. We have checked the documents from
Clínica Dental Costa Sol in Málaga and can reimburse as follows:

  Emergency consultation, 28 Feb 2026               EUR   60.00
  X-ray (periapical)                                EUR   35.00
  Drainage of the abscess at tooth 26 and
  start of root canal treatment                     EUR  240.00
  Amoxicillin 875 mg / clavulanic acid (pharmacy)   EUR   14.80
  ----------------------------------------------------------------
  Total                                             EUR  349.80

Your travel health policy RK-2026-118804 covers dental treatment abroad
for acute pain, including a provisional root canal treatment. The
completion of the root canal treatment in Germany is not a travel claim;
please submit that invoice to your health insurer.

We are transferring EUR 349.80 to the account you gave in the claim
form.

""" + S("brenner") + FOOT_EN)

mail(35, "CONFIDENTIAL", "de", "insurer-to-customer",
     "private liability claim of a named customer (dog damaged neighbour's fence), claim number, neighbour's name; nobody hurt",
     frm=ST["lorenz"], to="Jörg Meiners <joerg.meiners@fmail.example>",
     subject="Ihr Haftpflichtschaden PH-26-01562 – Zaun Nachbar",
     date="2026-03-23 11:48", mailer=OUTLOOK,
     body="""Hallo Herr Meiners,

vielen Dank für die Fotos. Kurz zum Stand Ihres Schadens:

Ihr Hund (Labrador "Bruno") hat am 08.03. ein Loch unter dem
Maschendrahtzaun Ihrer Nachbarin Frau Ilse Rademacher, Birkenweg 14,
gegraben und dabei zwei Zaunpfosten gelockert. Verletzt wurde niemand.

Wir übernehmen den Schaden aus Ihrer Tierhalterhaftpflicht
TH 40-552 019. Frau Rademacher hat einen Kostenvoranschlag der Firma
Zaunbau Steinhorst über 486,50 € eingereicht; das ist angemessen. Wir
zahlen direkt an Frau Rademacher. Ihre Selbstbeteiligung von 150 €
ziehen wir mit dem nächsten Beitrag ein, wie vereinbart.

Der Vorgang ist damit für Sie erledigt.

""" + S("lorenz") + FOOT_DE)

mail(36, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-claimant",
     "grey zone: liability claim for a schoolchild's broken prescription glasses; the optician's lens values (myopia, astigmatism) are health data of the injured child",
     frm=ST["lorenz"], to="Anja Terhorst <anja.terhorst@kabelmail.example>",
     subject="Schaden PH-26-01488 – Brille Ihrer Tochter",
     date="2026-03-23 14:30", mailer=OUTLOOK,
     body="""Sehr geehrte Frau Terhorst,

wir sind der Privathaftpflichtversicherer der Familie Rolfes. Deren Sohn
Ben hat am 26.02.2026 auf dem Schulhof der Grundschule Badenstedt beim
Fußballspielen die Brille Ihrer Tochter Mia getroffen und beschädigt.

Die Rechnung von Optik am Lindener Markt über die Ersatzbrille liegt uns
vor:

  Kinderfassung Titanflex                       89,00 €
  2 Kunststoffgläser, gehärtet, entspiegelt
    R sph -3,25 cyl -1,25 A 10°
    L sph -3,50 cyl -1,00 A 170°               198,00 €
  Rechnungsbetrag                              287,00 €

Ihre Krankenkasse hat sich laut Rechnung mit 36,00 € an den Gläsern
beteiligt (Kinder unter 18 Jahren). Wir erstatten deshalb 251,00 €.
Einen Abzug "neu für alt" nehmen wir wegen des Alters der alten Brille
(vier Monate) nicht vor.

Bitte teilen Sie uns mit, auf welches Konto wir zahlen sollen.

""" + S("lorenz") + FOOT_DE)

mail(37, "NORMAL", "de", "insurer-to-supplier",
     "trap: negotiation with a dental laboratory company about lab price lists (BEB/BEL positions, crowns, implants); company data only",
     frm=ST["schuster"], to="Uwe Grabowski <u.grabowski@dentallabor-weserbogen.example>",
     cc="\"Dr. Frank Wessels\" <frank.wessels@lindenhof-versicherung.example>",
     subject="Kooperation Zahnersatz-Preisvergleich: Preisliste 2026",
     date="2026-03-24 10:00", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Grabowski,

vielen Dank für Ihre überarbeitete Preisliste für 2026. Für unser
Programm "Zahnersatz-Preisvergleich", in dem Versicherte vor der
Behandlung ein Vergleichsangebot für die Laborkosten bekommen können,
haben wir noch drei Punkte:

1. Vollkeramikkrone (Zirkon, monolithisch): Ihr Preis von 289 € liegt
   12 % über dem Durchschnitt der beiden anderen Partnerlabore. Können
   Sie auf 259 € gehen?
2. Implantatgetragene Krone (verschraubt): bitte den Preis für das
   Abutment getrennt ausweisen, damit wir vergleichen können.
3. Modellguss / Teleskopprothese: hier sind Sie günstig; wir würden
   diese Positionen gern prominent im Vergleich zeigen.

Zur Klarstellung wie im Rahmenvertrag: Sie erhalten von uns keine
Patientendaten; die Praxis beauftragt Sie direkt, wenn der Versicherte
sich für Ihr Angebot entscheidet.

Können wir uns in der 14. KW telefonisch abstimmen? Herr Dr. Wessels,
unser beratender Zahnarzt, wäre dabei.

""" + S("schuster") + FOOT_DE)

mail(38, "STRICTLY_CONFIDENTIAL", "en", "doctor",
     "ophthalmologist's letter (attached message/rfc822) on a named insured's macular degeneration for a disability claim, forwarded internally",
     frm=ST["brandt"], to="\"Dr. Samuel Osei\" <samuel.osei@lindenhof-versicherung.example>",
     subject="FW: Report Mr Henning Albers – disability claim BU-26-0071",
     date="2026-03-24 13:12", mailer=OUTLOOK,
     body="""Hi Samuel,

the ophthalmologist's report for the disability claim BU-26-0071 came
in today, see attached mail. Could you give me your medical view on the
degree of occupational disability by the end of next week? He works as
a technical draughtsman (CAD, 8 hours screen work a day).

Thanks,
Lukas

""" + S("brandt"),
     atts=[fwd(inner(38, "doc",
         frm="\"Dr. med. Anneliese Gröning\" <praxis@augenpraxis-groening.example>",
         to=ST["brandt"],
         subject="Report Mr Henning Albers, DOB 22/09/1968",
         date="2026-03-24 11:47",
         body="""Dear Mr Brandt,

as requested by our patient Mr Henning Albers (born 22/09/1968), who is
British and asked for the report in English, I am sending you my
summary.

Diagnosis: neovascular (wet) age-related macular degeneration, left
eye (H35.31 L); early dry AMD, right eye.

Findings on 10/03/2026: best corrected visual acuity right 0.6, left
0.1; central scotoma left; OCT shows subretinal fluid left despite
6 intravitreal injections of aflibercept since October 2025.

Assessment: Mr Albers can no longer do precise screen work for more
than about 2 hours a day; reading fine print and working with technical
drawings is severely impaired. Further injections are planned every
8 weeks; the prognosis for the left eye is guarded.

I consent to this report being used for the assessment of his
insurance claim; Mr Albers' release from confidentiality was enclosed
with your request.

Kind regards
Dr. med. Anneliese Gröning
Fachärztin für Augenheilkunde, Hannover-Kirchrode
""", host="augenpraxis-groening.example"), filename="Report_Albers.eml")])

mail(39, "CONFIDENTIAL", "en", "insurer-to-customer",
     "buildings insurance renewal for a named customer: insured address, policy number, sum insured, premium",
     frm=ST["lorenz"], to="Ingrid and Paul Whitfield <whitfield.family@inbox-global.example>",
     subject="Renewal of your buildings insurance WG 55-301 884",
     date="2026-03-24 16:05", mailer=OUTLOOK,
     body="""Dear Mr and Mrs Whitfield,

your buildings insurance renews on 1 May 2026. As you asked for an
English summary of the renewal notice we posted last week:

  Policy:          WG 55-301 884
  Insured house:   Am Mühlenteich 5, 30900 Wedemark (detached, built 1974,
                   solar panels added 2022)
  Sum insured:     value 1914 of 31,400 Marks (index-linked)
  Cover:           fire, storm/hail, mains water, natural hazards
                   (flood, heavy rain), solar panels
  Premium 2026/27: EUR 1,146.80 (2025/26: EUR 1,062.30)

The increase is due to the construction cost index (+6.1 %), not to your
claim from last year.

Nothing else changes. If you are planning the loft conversion you
mentioned, please tell us before the work starts, because the insured
living area will change.

""" + S("lorenz") + FOOT_EN)

mail(40, "NORMAL", "de", "internal",
     "trap: calendar invitation (ICS) to an internal workshop on orthodontic KIG classification and aligner claims; no case data",
     frm=ST["wessels"], to="Team Leistung Zahn <leistung-zahn@lindenhof-versicherung.example>",
     subject="Einladung: Workshop KIG-Einstufung und Aligner-Fälle, 15.04.2026",
     date="2026-03-25 08:40", mailer=OUTLOOK,
     body="""Liebe Kolleginnen und Kollegen,

wie angekündigt möchte ich mit euch die KIG-Einstufung und die
Prüfung von Aligner-Behandlungen durchgehen. Themen:

- KIG 1 bis 5: Messwerte, typische Fehler in den Behandlungsplänen
- Aligner bei Erwachsenen vs. Kindern: was ist medizinisch notwendig,
  was Ästhetik?
- Abschlagszahlungen und Quartalsrechnungen richtig zuordnen

Ich bringe anonymisierte Übungspläne mit; bitte keine echten Akten
mitbringen.

Einladung im Anhang.

""" + S("wessels"),
     atts=[att("Workshop_KIG.ics", ics("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:d204-0040-workshop-kig@lindenhof-versicherung.example
DTSTAMP:20260325T074000Z
DTSTART:20260415T080000Z
DTEND:20260415T113000Z
SUMMARY:Workshop KIG-Einstufung und Aligner-Fälle
LOCATION:Schulungsraum 4.07
DESCRIPTION:KIG 1-5\\, Aligner\\, Abschlagszahlungen. Bitte keine echten Akten mitbringen.
ORGANIZER;CN=Dr. Frank Wessels:mailto:frank.wessels@lindenhof-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Team Leistung Zahn:mailto:leistung-zahn@lindenhof-versicherung.example
END:VEVENT
END:VCALENDAR
"""), mime="text/calendar")])

mail(41, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "rejection of a dental implant claim of a named customer because the treatment was advised before the contract start (tooth 15 missing since 2024)",
     frm=ST["albrecht"], to="Dennis Kaufhold <dennis.kaufhold@posteingang.example>",
     subject="Ihr Heil- und Kostenplan Implantat regio 15",
     date="2026-03-25 11:02", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Kaufhold,

vielen Dank für den Heil- und Kostenplan Ihres Zahnarztes für ein
Implantat mit Krone in regio 15.

Leider können wir für diese Behandlung keine Leistung zusagen. Aus der
Zahnarztbescheinigung geht hervor, dass der Zahn 15 bereits im
September 2024 wegen einer Längsfraktur entfernt wurde und Ihnen damals
eine Versorgung der Lücke angeraten wurde. Ihre Zahnzusatzversicherung
ZahnPlus 100 (Vers.-Nr. 7300-5521-01) hat am 01.06.2025 begonnen.

Nach § 3 Abs. 4 der Tarifbedingungen sind Behandlungen, die vor Beginn
des Versicherungsschutzes angeraten oder begonnen waren, nicht
versichert. Bei Antragstellung hatten Sie die Frage nach fehlenden,
noch nicht ersetzten Zähnen mit "nein" beantwortet; dem gehen wir nicht
weiter nach, weil der Zahn nach Ihren Angaben bei der Antragstellung
vergessen wurde.

Für alle anderen Zähne besteht der Versicherungsschutz unverändert.

Wenn Sie mit dieser Entscheidung nicht einverstanden sind, können Sie
sich an den Ombudsmann Private Kranken- und Pflegeversicherung wenden.

""" + S("albrecht") + FOOT_DE)

mail(42, "CONFIDENTIAL", "de", "insurer-to-customer",
     "motor total-loss settlement for a named customer: vehicle values, claim number, plate and payout IBAN; no injuries",
     frm=ST["hartmann"], to="Sabine Oltmanns <s.oltmanns@weserpost.example>",
     subject="Totalschaden Ihres Fahrzeugs – Abrechnung KS-2026-003902",
     date="2026-03-25 15:20", mailer=OUTLOOK,
     body="""Sehr geehrte Frau Oltmanns,

das Gutachten zu Ihrem Opel Astra (OL-SO 512) liegt vor. Wie befürchtet
ist das Fahrzeug ein wirtschaftlicher Totalschaden:

Reparaturkosten laut Gutachten:   9.870,00 €
Wiederbeschaffungswert:           7.400,00 €
Restwert (bestes Angebot):        1.350,00 €

Wir zahlen aus Ihrer Vollkaskoversicherung KFZ 7 511 884 120 den
Wiederbeschaffungswert abzüglich Restwert und Selbstbeteiligung:

7.400,00 € - 1.350,00 € - 500,00 € = 5.550,00 €

Das Restwertangebot stammt von der Firma Autoverwertung Hude; die Firma
holt das Fahrzeug innerhalb von 5 Tagen ab und zahlt den Restwert
direkt an Sie.

Bitte bestätigen Sie uns kurz das Konto für die Zahlung:
IBAN DE27 6543 9965 4606 2203 53 (laut Schadenmeldung)

Ich bin froh, dass bei dem Unfall mit dem Traktor niemand verletzt
wurde.

""" + S("hartmann") + FOOT_DE)

mail(43, "NORMAL", "en", "insurer-to-partner",
     "trap: comments to a European insurers' forum on dental fee schedules and orthodontic quality indicators; policy topics only",
     frm=ST["moore"], to="Secretariat EHIF <secretariat@ehif-forum.example>",
     subject="EHIF consultation on dental fee transparency – comments from Lindenhof",
     date="2026-03-26 10:30", mailer=OUTLOOK,
     body="""Dear colleagues,

please find below our comments on the draft paper "Transparency of
dental fees in supplementary health insurance" (version 0.9).

1. Section 3.2 (fee schedules): We support a common glossary. For
   Germany please note that private dental fees are set by the GOZ with
   a factor range (1.0-3.5, higher by agreement), while lab costs are
   not regulated. A comparison across countries should show fees and lab
   costs separately.

2. Section 4 (orthodontics): The proposed indicator "share of treatments
   started before age 12" is not meaningful without the severity grade.
   In Germany the statutory KIG classification would be an obvious
   reference.

3. Section 5 (cost plans): We strongly support recommending written
   treatment and cost plans before any treatment above EUR 1,000.

4. Annex B: The sample figures for Germany are from 2021; we can supply
   aggregated 2025 figures if useful.

Kind regards,

""" + S("moore") + FOOT_EN)

mail(44, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "payment of quarterly orthodontic invoices for a named daughter (aligners, retainer); 8bit format=flowed",
     frm=ST["demir"], to="Ralf Jablonski <ralf.jablonski@netzpost.example>",
     subject="Kieferorthopädie Lea – Quartalsrechnungen 3 und 4",
     date="2026-03-26 12:14", cte="8bit", flowed=True,
     mailer="Lindenhof KundenCenter 5.3",
     body="""Guten Tag Herr Jablonski,

vielen Dank für die beiden Quartalsrechnungen der kieferorthopädischen Praxis Dr. Haas für Ihre Tochter Lea (Vers.-Nr. KV 481-377-1145, mitversichert im Tarif KFO-Kids).

Wir haben abgerechnet:
- Rechnung vom 30.09.2025, 3. Behandlungsquartal (Aligner Schiene 9-14, Kontrolle): 486,20 €
- Rechnung vom 31.12.2025, 4. Behandlungsquartal (Aligner Schiene 15-20, Attachments erneuert): 512,75 €

Da bei Lea keine Kassenleistung besteht (Einstufung KIG 2), erstatten wir 80 % der Rechnungsbeträge, zusammen 799,16 €. Von der Höchstgrenze von 2.000 € je Kiefer sind damit für den Oberkiefer 1.204,40 € und für den Unterkiefer 917,31 € verbraucht.

Den Retainer nach Abschluss der Behandlung erstatten wir zusätzlich, bitte reichen Sie die Rechnung dann einfach nach.

""" + S("demir") + FOOT_DE)

mail(45, "NORMAL", "de", "newsletter",
     "trap: mass mailing to customers explaining the glasses and contact lens benefit and the optician partner network; no personal data",
     frm="Lindenhof Kundenservice <service@lindenhof-versicherung.example>",
     to="kunden-komfort@lindenhof-versicherung.example",
     subject="Neu: Brillen-Zuschuss direkt beim Partneroptiker abrechnen",
     date="2026-03-27 07:15",
     hdrs={"Precedence": "bulk"},
     body="""Liebe Kundinnen und Kunden,

ab 1. April müssen Sie Ihre Brille beim Optiker nicht mehr vorstrecken.
Bei unseren rund 900 Partneroptikern rechnen wir direkt ab.

So geht's:
1. Zeigen Sie beim Optiker Ihre Lindenhof-Gesundheitskarte.
2. Der Optiker fragt online Ihren verfügbaren Brillen-Zuschuss ab.
3. Sie zahlen nur noch den Betrag, der über Ihren Zuschuss hinausgeht.

Wie hoch ist der Zuschuss?
- Tarife Komfort 1 und 2: bis 300 € in zwei Kalenderjahren
- Tarif Premium: bis 500 € in zwei Kalenderjahren
- Kontaktlinsen werden auf denselben Betrag angerechnet

Bei einer Änderung der Sehstärke um mindestens 0,5 Dioptrien zahlen wir
auch vor Ablauf der zwei Jahre.

Partneroptiker in Ihrer Nähe: https://www.lindenhof-versicherung.example/optiker

Ihr Lindenhof Kundenservice
""",
     html="""<html><body style="font-family:Arial,sans-serif">
<h2>Neu: Brillen-Zuschuss direkt beim Partneroptiker abrechnen</h2>
<p>Liebe Kundinnen und Kunden,</p>
<p>ab 1. April müssen Sie Ihre Brille beim Optiker nicht mehr vorstrecken. Bei unseren rund 900 Partneroptikern rechnen wir direkt ab.</p>
<ol><li>Zeigen Sie beim Optiker Ihre Lindenhof-Gesundheitskarte.</li>
<li>Der Optiker fragt online Ihren verfügbaren Brillen-Zuschuss ab.</li>
<li>Sie zahlen nur noch den Betrag, der über Ihren Zuschuss hinausgeht.</li></ol>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Tarif</th><th>Zuschuss Sehhilfen</th></tr>
<tr><td>Komfort 1 und 2</td><td>bis 300 € in zwei Kalenderjahren</td></tr>
<tr><td>Premium</td><td>bis 500 € in zwei Kalenderjahren</td></tr>
</table>
<p>Kontaktlinsen werden auf denselben Betrag angerechnet. Bei einer Änderung der Sehstärke um mindestens 0,5 Dioptrien zahlen wir auch vor Ablauf der zwei Jahre.</p>
<p><a href="https://www.lindenhof-versicherung.example/optiker">Partneroptiker in Ihrer Nähe</a></p>
<p>Ihr Lindenhof Kundenservice</p>
</body></html>
""")

mail(46, "CONFIDENTIAL", "en", "insurer-to-customer",
     "copy of a SEPA mandate with masked IBAN, mandate reference and household policy of a named customer",
     frm=ST["lorenz"], to="Tomasz Zielinski <t.zielinski@mailbox-nord.example>",
     subject="Copy of your direct debit mandate",
     date="2026-03-27 09:50", mailer=OUTLOOK,
     body="""Dear Mr Zielinski,

as requested, here are the details of the SEPA direct debit mandate we
hold for your contents insurance:

  Policy:              HR 24-118 092 (contents, Tulpenweg 8, 30880 Laatzen)
  Mandate reference:   LHV-HR24118092-01
  Creditor ID:         DE98ZZZ00000417702
  Account holder:      Tomasz Zielinski
  IBAN:                DE73 **** **** **** **62 44 (Sparkasse Hannover)
  Signed on:           14 August 2024
  Collections:         annually on 1 September, EUR 84.60

If you would like to change the account, simply send us a new mandate
(form attached to our website under "Forms > SEPA").

""" + S("lorenz") + FOOT_EN)

mail(47, "STRICTLY_CONFIDENTIAL", "en", "internal",
     "underwriting note on a named applicant's keratoconus and corneal cross-linking with a proposed exclusion clause",
     frm=ST["wolter"], to="\"Dr. Samuel Osei\" <samuel.osei@lindenhof-versicherung.example>",
     subject="Application A-26-11873 (income protection) – keratoconus, proposed exclusion",
     date="2026-03-27 14:22", mailer=OUTLOOK,
     body="""Hi Samuel,

could you check my proposal for application A-26-11873 before I send
the offer?

Applicant: Marie Delacroix, born 1994-05-30, software tester, applying
for income protection EUR 2,000/month to age 67.

Health questions: keratoconus on both eyes, diagnosed 2019; corneal
cross-linking on the right eye in 2020 and on the left eye in 2021;
wears rigid contact lenses, corrected visual acuity 0.9 / 0.8 according
to the ophthalmologist's report of 12 January 2026. Stable since 2022,
no transplant planned. No other findings.

Proposal: accept at standard rates with the exclusion "Occupational
disability caused by keratoconus or its complications, including
corneal transplantation, is not covered." Review clause after 5 years
on request if stable.

Alternatively +25 % loading without exclusion - but I think she would
prefer the exclusion.

Thanks,
Ines

""" + S("wolter"))

mail(48, "NORMAL", "de", "internal",
     "trap: complaint statistics of the dental claims department by category (XLSX); counts only",
     frm=ST["albrecht"], to="Qualitätsmanagement <qm@lindenhof-versicherung.example>",
     subject="Beschwerdestatistik Leistung Zahn Q1/2026 (vorläufig)",
     date="2026-03-30 10:05", mailer=OUTLOOK,
     body="""Hallo zusammen,

anbei die vorläufige Beschwerdestatistik der Leistungsabteilung Zahn
für das erste Quartal (Stand 27.03.). Die Zahlen für die letzte
Märzwoche trage ich nach.

Größter Block sind weiterhin Kürzungen beim Steigerungsfaktor und
Analogpositionen, gefolgt von Bearbeitungsdauer bei Heil- und
Kostenplänen (Ziel: 10 Arbeitstage, Ist: 12,4).

""" + S("albrecht") + FOOT_DE,
     atts=[att("Beschwerden_Zahn_Q1_2026.xlsx", xlsx([
         ("Q1 2026", [
             ["Kategorie", "Jan", "Feb", "Mär (bis 27.)", "Summe", "davon berechtigt"],
             ["Kürzung Steigerungsfaktor / Analogpositionen", 31, 27, 22, 80, 19],
             ["Bearbeitungsdauer Heil- und Kostenplan", 18, 21, 15, 54, 41],
             ["Ablehnung wegen Wartezeit / angeratener Behandlung", 9, 7, 11, 27, 3],
             ["Zahnstaffel / Höchstbeträge", 6, 8, 5, 19, 2],
             ["Kieferorthopädie (KIG, Abschläge)", 7, 5, 6, 18, 6],
             ["Erreichbarkeit / Rückruf", 4, 6, 3, 13, 9],
             ["Summe", 75, 74, 62, 211, 80],
         ]),
     ], title="Beschwerdestatistik Zahn", creator="Kerstin Albrecht", date="2026-03-30T08:50:00Z"))])

mail(49, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "accident insurance: fall on ice with broken front teeth 11 and 21 of a named insured; dental prosthesis benefit",
     frm=ST["szymanski"], to="Kai-Uwe Stegemann <kaiuwe.stegemann@fmail.example>",
     subject="Ihre Unfallmeldung vom 16.02.2026 – Zahnschaden",
     date="2026-03-30 13:40", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Stegemann,

wir haben Ihre Unfallmeldung und den Bericht Ihres Zahnarztes erhalten.

Sie sind am 14.02.2026 auf dem Weg zur Arbeit auf einer vereisten
Treppe gestürzt und mit dem Gesicht auf die Stufenkante gefallen. Dabei
sind die Zähne 11 und 21 so stark frakturiert, dass sie nicht erhalten
werden konnten; außerdem hatten Sie eine Platzwunde an der Oberlippe,
die in der Notaufnahme genäht wurde.

Ihre private Unfallversicherung UV 5512-104-77 enthält den Baustein
"Unfall-Zahnersatz" mit bis zu 5.000 € je Unfall. Wir übernehmen die
Kosten für die geplante Versorgung mit zwei Implantaten und
Keramikkronen, soweit sie nicht von Ihrer Krankenversicherung getragen
werden. Schicken Sie uns bitte nach der Behandlung die Rechnungen und
die Abrechnung Ihrer Krankenkasse.

Ein Invaliditätsanspruch ergibt sich aus dem Zahnverlust nach den
Bedingungen nicht. Den Krankenhaus-Tagegeldanspruch prüfen wir, sobald
uns der Ambulanzbericht vorliegt.

Gute Besserung!

""" + S("szymanski") + FOOT_DE)

mail(50, "CONFIDENTIAL", "de", "insurer-to-customer",
     "legal-expenses cover for an employment dispute of a named customer, with monthly gross salary and employer",
     frm=ST["hoffmann"], to="Melanie Vornholt <melanie.vornholt@posteingang.example>",
     subject="Kündigungsschutzklage – Kostenzusage 26-RS-01954",
     date="2026-03-30 16:02", mailer=OUTLOOK,
     body="""Sehr geehrte Frau Vornholt,

wir erteilen Ihnen Deckungszusage aus Ihrem Rechtsschutzvertrag
RS 09-802 771 (Berufsrechtsschutz) für die Kündigungsschutzklage gegen
Ihren Arbeitgeber, die Nordwind Logistik GmbH, Langenhagen.

Grundlage für den Gegenstandswert ist nach Ihren Angaben ein
Bruttomonatsgehalt von 4.350,00 €. Der Streitwert für die
Kündigungsschutzklage beträgt damit das Vierteljahresgehalt, also
13.050,00 €.

Übernommen werden die gesetzlichen Gebühren Ihrer Anwältin, Frau
Rechtsanwältin Svenja Hollmann, für die erste Instanz vor dem
Arbeitsgericht Hannover. Die Gerichtskosten trägt in der ersten Instanz
im Arbeitsrecht ohnehin jede Partei selbst; Ihre Selbstbeteiligung
beträgt 250 €.

Bitte geben Sie Ihrer Anwältin unser Zeichen 26-RS-01954.

""" + S("hoffmann") + FOOT_DE)

# ---------------------------------------------------------------------------
# d204-0051 .. d204-0075
# ---------------------------------------------------------------------------

mail(51, "NORMAL", "en", "insurer-to-customer",
     "trap: content-free portal notification ('new secure message'), no topic, no number, no health word",
     frm="Lindenhof SecureMail <noreply-securemail@lindenhof-versicherung.example>",
     to="jon.reeves@mailbox-nord.example",
     subject="You have a new secure message",
     date="2026-03-31 08:02", cte="7bit", charset="us-ascii",
     hdrs={"Auto-Submitted": "auto-generated"},
     body="""Hello,

a new message from Lindenhof Versicherungsgruppe is waiting for you in
your secure mailbox.

To read it, log in at
https://securemail.lindenhof-versicherung.example

For your security, this notification does not contain the message
itself. The message will be kept for 90 days.

If you have not registered yet, you will receive your one-time password
in a separate letter by post.

Please do not reply to this e-mail.

Lindenhof Versicherungsgruppe
Am Lindenhof 12, 30159 Hannover, Germany
""")

mail(52, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "HTML-only annual benefit overview (dentist, orthodontist, optician, naturopath, pharmacy) for a named family with amounts per person",
     frm=ST["demir"], to="Familie Sternberg <familie.sternberg@kabelmail.example>",
     subject="Ihre Leistungsübersicht 2025",
     date="2026-03-31 10:30", html_only=True,
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Sternberg, sehr geehrter Herr Sternberg,</p>
<p>wie gewünscht erhalten Sie hier die Übersicht aller Erstattungen des Jahres 2025 zu Ihrem Vertrag KV&nbsp;481-290-6674 – zum Beispiel für Ihre Steuererklärung.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dfe9e3"><th>Versicherte Person</th><th>Leistungsbereich</th><th>Rechnungsbeträge</th><th>Erstattet</th></tr>
<tr><td>Katrin Sternberg (geb. 07.03.1983)</td><td>Zahnarzt: Wurzelbehandlung 46, Krone 46</td><td>1.486,40 €</td><td>1.189,12 €</td></tr>
<tr><td>Katrin Sternberg</td><td>Heilpraktikerin (Akupunktur, 8 Sitzungen)</td><td>520,00 €</td><td>416,00 €</td></tr>
<tr><td>Michael Sternberg (geb. 19.12.1980)</td><td>Optiker: Gleitsichtbrille</td><td>912,00 €</td><td>300,00 €</td></tr>
<tr><td>Michael Sternberg</td><td>Apotheke: Ramipril 5 mg, Atorvastatin 20 mg</td><td>118,30 €</td><td>118,30 €</td></tr>
<tr><td>Paula Sternberg (geb. 02.05.2013)</td><td>Kieferorthopädie (4 Quartale, Multiband)</td><td>1.940,00 €</td><td>1.552,00 €</td></tr>
<tr><td>Paula Sternberg</td><td>Kinderärztin, Impfung HPV</td><td>236,50 €</td><td>236,50 €</td></tr>
<tr style="font-weight:bold"><td colspan="2">Summe</td><td>5.213,20 €</td><td>3.811,92 €</td></tr>
</table>
<p>Beitragsrückerstattung für 2025 entfällt, da Leistungen in Anspruch genommen wurden.</p>
<p>Freundliche Grüße aus Hannover<br>Aylin Demir<br>Kundenservice Kranken | Lindenhof Versicherungsgruppe<br>Servicetelefon 0800 4470 100 (kostenfrei)</p>
</body></html>
""")

mail(53, "CONFIDENTIAL", "de", "broker",
     "broker's mail (forwarded inline) with a named customer's new IBAN for her buildings insurance",
     frm=ST["weber"], to="Beitragsservice <beitragsservice@lindenhof-versicherung.example>",
     subject="WG: Bankverbindung Frau Ahlers, WG 55-288 017",
     date="2026-03-31 11:45", mailer=OUTLOOK,
     body="""Hallo Beitragsservice,

bitte die neue Bankverbindung für Frau Ahlers übernehmen, das
unterschriebene SEPA-Mandat hat der Makler per Post geschickt (sollte
heute oder morgen bei euch sein).

Danke und Gruß
Hannah

""" + S("weber") + """

Von: Finanzkontor Ostermann <info@finanzkontor-ostermann.example>
Gesendet: Dienstag, 31. März 2026 09:12
An: Hannah Weber <hannah.weber@lindenhof-versicherung.example>
Betreff: Bankverbindung Frau Ahlers, WG 55-288 017

Moin Frau Weber,

unsere gemeinsame Kundin Frau Renate Ahlers, Kirchweg 2, 27308 Kirchlinteln,
hat ihr Konto gewechselt. Bitte ab der nächsten Fälligkeit (01.05.) für
die Wohngebäudeversicherung WG 55-288 017 abbuchen von:

Renate Ahlers
DE79 3659 6764 5272 6174 48
Volksbank Aller-Weser

Mandat geht per Post raus.

Gruß aus Verden
Gerd Ostermann
Finanzkontor Ostermann - Versicherungsmakler
""")

mail(54, "NORMAL", "de", "internal",
     "trap: internal job ad for a dental assistant / claims handler in dental claims; no applicant",
     frm=ST["fischer"], to="Alle Mitarbeitenden <alle@lindenhof-versicherung.example>",
     subject="Interne Stellenausschreibung: Sachbearbeitung Leistung Zahn (m/w/d)",
     date="2026-04-01 08:30", mailer=OUTLOOK,
     body="""Liebe Kolleginnen und Kollegen,

die Leistungsabteilung Zahn sucht ab 01.06.2026 Verstärkung:

Sachbearbeiter/in Leistung Zahn und Kieferorthopädie (m/w/d)
Vollzeit oder Teilzeit (ab 30 Std.), unbefristet, EG 6 Tarifvertrag

Ihre Aufgaben:
- Prüfung von Heil- und Kostenplänen und Zahnarztrechnungen nach GOZ,
  BEMA und BEL/BEB
- Prüfung kieferorthopädischer Behandlungspläne (KIG) und Abschläge
- Telefonische und schriftliche Beratung von Versicherten und Praxen

Was Sie mitbringen:
- Ausbildung als Zahnmedizinische Fachangestellte (ZFA) oder ZMV mit
  Abrechnungserfahrung, oder Ausbildung als Kauffrau/Kaufmann für
  Versicherungen und Finanzanlagen mit Interesse an Zahnmedizin
- Sorgfalt im Umgang mit Gesundheitsdaten

Bewerbungen bitte bis 20.04. über das Karriereportal im Intranet,
Kennziffer INT-2026-014. Fragen beantwortet Kerstin Albrecht, -2316.

""" + S("fischer"))

mail(55, "NORMAL", "en", "internal",
     "trap: IT phishing warning quoting a fake 'dental plan invoice' mail; no real person or contract",
     frm=ST["gruenewald"], to="All staff <alle@lindenhof-versicherung.example>",
     subject="Phishing warning: fake \"dental plan invoice\" e-mails",
     date="2026-04-01 12:10", mailer=OUTLOOK,
     body="""Dear colleagues,

since this morning several mailboxes have received e-mails like this:

    Subject: Your dental plan invoice #INV-55120 is overdue
    "Dear customer, your treatment and cost plan payment of EUR 1,249.00
    could not be processed. Open the attached invoice to avoid a
    suspension of your dental cover."
    Attachment: Invoice_55120.html

This is phishing. The attachment opens a fake Microsoft login page.

- Do not open the attachment and do not enter your password.
- Report the mail with the "Report phishing" button in Outlook.
- If you already entered your password, call the service desk
  immediately (-1555) so that we can reset it.

Our dental claims department never sends invoices as HTML attachments.

Thank you,
IT Security / Service Desk

""" + S("gruenewald"))

mail(56, "CONFIDENTIAL", "en", "insurer-to-partner",
     "motor recourse between insurers: named drivers, plates, claim numbers; only vehicle damage, no injury",
     frm=ST["hartmann"], to="Claims Recovery <recovery@nordica-insurance.example>",
     subject="Recourse claim KS-2026-002771 / your ref. NI-MTR-88410",
     date="2026-04-01 14:35", mailer=OUTLOOK,
     body="""Dear colleagues,

regarding the accident on 12 January 2026 on the A7 near Soltau, we
hold your policyholder fully liable and claim reimbursement of our
comprehensive payment:

  Your insured driver:   Mr Erik Lindqvist, Swedish plate ABC 123
  Our insured:           Ms Karin Osterloh, plate CE-KO 77
  Our claim number:      KS-2026-002771
  Your reference:        NI-MTR-88410

Mr Lindqvist changed lanes without checking the mirror and hit the left
side of our insured's car (police report of Polizeiinspektion Heidekreis,
file 0312/26/004471; witness statement enclosed by post). Nobody was
injured.

  Repair costs (invoice Autohaus Celle)      EUR 6,284.10
  Expert's fee                               EUR   712.00
  Rental car, 9 days                         EUR   693.00
  General expenses                           EUR    25.00
  Total claimed                              EUR 7,714.10

Please pay by 30 April 2026 to our account at Nord/LB, IBAN
DE09 2802 6629 2593 0096 60, stating our claim number.

""" + S("hartmann") + FOOT_EN)

mail(57, "NORMAL", "en", "internal",
     "trap: actuarial analysis of lapse rates in dental tariffs by waiting period and age band; aggregated",
     frm=ST["moore"], to="Product Management Health <pm-kranken@lindenhof-versicherung.example>",
     subject="Dental tariffs: lapse after end of waiting period – first results",
     date="2026-04-02 09:20", mailer=OUTLOOK,
     body="""Hi all,

first results of the lapse analysis you asked for in February (dental
supplementary tariffs, policies sold 2021-2024, n = 38,410):

                         lapse in     lapse in     lapse in
                         year 1       year 2       year 3
  ZahnPlus 60            6.1 %        8.4 %        5.2 %
  ZahnPlus 80            5.4 %        9.9 %        4.8 %
  ZahnPlus 100           4.9 %       13.7 %        4.1 %
  KFO-Kids               3.2 %        4.0 %       11.8 %

Observations:
- ZahnPlus 100 shows a clear peak in year 2, right after the higher
  benefits become available (end of the dental graduated limit
  "Zahnstaffel" year 1). This is consistent with "buy, use, cancel".
- KFO-Kids lapses mostly after the orthodontic treatment is finished,
  typically age 14-16.
- No relevant difference by sales channel.

Next step: link to claims amounts per policy year to quantify the
anti-selection effect. That will be done in the actuarial data mart
only; I will share aggregates.

Rachel

""" + S("moore"))

mail(58, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-dentist",
     "direct-billing payment advice to a dental practice listing named patients, treatments and amounts",
     frm="Lindenhof Direktabrechnung Zahn <direktabrechnung-zahn@lindenhof-versicherung.example>",
     to="\"Zahnarztpraxis am Moritzberg – Abrechnung\" <abrechnung@zahnarzt-moritzberg.example>",
     subject="Zahlungsavis Direktabrechnung Nr. DA-2026-0412",
     date="2026-04-02 06:30", cte="quoted-printable",
     hdrs={"X-Lindenhof-System": "DA-Zahn 2.8"},
     body="""Zahlungsavis Direktabrechnung Nr. DA-2026-0412
Zahlungsdatum: 02.04.2026
Empfänger: Zahnarztpraxis am Moritzberg, Dr. Meike Ostrowski, Hildesheim
IBAN Empfänger: DE76 2705 3766 6219 8322 71

Pos  Patient/in              Vers.-Nr.        Rechnung   Leistung                          Betrag
1    Pohlmann, Rüdiger       KV 481-220-3317  R-26-0288  Brücke 35-37, Aufbaufüllungen    1.593,29
2    Kowalczyk, Sandra       KV 481-318-0024  R-26-0301  PZR, Fissurenversiegelung          112,40
3    Brinkmann, Uwe          KV 112-077-4410  R-26-0307  Wurzelkanalbehandlung 16 (3 K.)    421,18
4    Kowalczyk, Leonie       KV 481-318-0025  R-26-0312  Füllung 74, 85 (Kind)               96,60
Summe                                                                                   2.223,47

Bei Rückfragen: direktabrechnung-zahn@lindenhof-versicherung.example
Dieses Avis wurde maschinell erstellt.
""")

mail(59, "CONFIDENTIAL", "de", "insurer-to-customer",
     "buildings insurance storm damage to a named customer's roof: address, claim number, payout",
     frm=ST["lorenz"], to="Heinz-Dieter Rosemeyer <hd.rosemeyer@weserpost.example>",
     subject="Sturmschaden Dach – Schaden WG-26-00644",
     date="2026-04-02 10:48", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Rosemeyer,

nach der Besichtigung durch unseren Regulierer am 30.03. können wir den
Sturmschaden an Ihrem Haus in der Bergstraße 17, 31785 Hameln, wie folgt
abrechnen:

Sturmtief "Ylenia II" vom 11.03.2026, Windstärke laut DWD-Station
Hameln 10 Bft, damit versichertes Sturmereignis.

Neueindeckung Teilfläche Süd (ca. 28 m²), Dachlatten, Gerüst laut
Angebot der Dachdeckerei Wöltje vom 18.03.:             7.842,50 €
Notabdichtung durch Feuerwehr / Fa. Wöltje:               612,00 €
abzüglich Selbstbeteiligung:                             -500,00 €
Auszahlung:                                             7.954,50 €

Den Betrag überweisen wir nach Vorlage der Schlussrechnung direkt an
die Dachdeckerei, wenn Sie uns die beigefügte Abtretungserklärung
unterschrieben zurückschicken. Sonst zahlen wir an Sie.

Wohngebäudeversicherung: WG 55-270 412

""" + S("lorenz") + FOOT_DE)

mail(60, "NORMAL", "de", "insurer-to-supplier",
     "trap: order for an induction hearing loop for hearing-aid wearers in the customer centre; building services only",
     frm=ST["schuster"], to="Auftragsannahme Hörtechnik Brandl <auftrag@hoertechnik-brandl.example>",
     subject="Auftrag: Induktive Höranlage Kundencenter EG",
     date="2026-04-03 09:10", mailer=OUTLOOK,
     body="""Sehr geehrte Damen und Herren,

hiermit beauftragen wir Sie gemäß Ihrem Angebot HT-26-118 vom 20.03.2026
mit der Lieferung und Installation einer induktiven Höranlage
(Ringschleife nach DIN EN 60118-4) in unserem Kundencenter im
Erdgeschoss:

- Schleife im Wartebereich (ca. 45 m²) und an den Beratungsplätzen
  1 bis 4
- Thekenschleife am Empfang
- Kennzeichnung mit dem Hörsymbol "T" an Eingang und Plätzen
- Einmessung und Prüfprotokoll

Pauschalpreis: 8.940,00 € netto. Bestellnummer: BE-1200-2026-051.
Ausführung bitte in der 19. KW außerhalb der Öffnungszeiten (ab 17 Uhr
oder samstags); Ansprechpartner vor Ort ist unser Haustechniker Herr
Rolf Bergmann, Tel. 0511 4470-1299.

Hintergrund: Wir möchten Kundinnen und Kunden mit Hörgeräten oder
Cochlea-Implantat die Beratung vor Ort erleichtern.

""" + S("schuster") + FOOT_DE)

mail(61, "NORMAL", "de", "internal",
     "trap: data-protection quiz on whether glasses invoices, hearing tests etc. are health data; invented example persons marked as fictitious",
     frm=ST["koch"], to="Leistung Kranken <leistung-kranken-alle@lindenhof-versicherung.example>",
     subject="Datenschutz-Quiz im April: Gesundheitsdaten ja oder nein?",
     date="2026-04-03 11:00", mailer=OUTLOOK,
     body="""Liebe Kolleginnen und Kollegen,

hier das Datenschutz-Quiz des Monats. Auflösung nächste Woche im
Intranet. Alle Personen sind erfunden.

Ist das ein Gesundheitsdatum (Art. 9 DSGVO)?

1. Die Rechnung eines Optikers über eine Lesebrille für "Frau Muster
   (fiktiv)".
2. Die Mitteilung "Herr Beispiel (fiktiv) ist seit 2019 bei uns
   zahnzusatzversichert" - ohne jede Leistungsangabe.
3. Das Ergebnis eines Hörtests beim Betriebsarzt.
4. Eine Statistik "Durchschnittskosten Hörgeräte 2025: 2.905 €".
5. Der Satz "Die Kollegin ist heute krank" in einer Teammail.
6. Die Zahnnummer "46" in einem Heil- und Kostenplan.

Tipp: Bei 2 kommt es auf die Versicherungssparte an, und bei 4 darauf,
ob sich eine Person herausfinden lässt.

Unter allen richtigen Einsendungen bis 10.04. verlosen wir drei
Gutscheine für die Kantine.

""" + S("koch"))

mail(62, "CONFIDENTIAL", "de", "insurer-to-customer",
     "motor policy change: a named customer's son added as young driver with birth date and licence date",
     frm=ST["hartmann"], to="Gabriele Steinkamp <g.steinkamp@netzpost.example>",
     subject="Ihr Kfz-Vertrag KFZ 7 511 660 218 – Fahrer hinzugefügt",
     date="2026-04-03 14:25", mailer=OUTLOOK,
     body="""Sehr geehrte Frau Steinkamp,

wie gewünscht haben wir Ihren Sohn als weiteren Fahrer in Ihren
Kfz-Vertrag aufgenommen:

Fahrer:          Lennart Steinkamp, geb. 17.02.2008
Führerschein:    Klasse B seit 20.02.2026 (vorher BF17)
Fahrzeug:        Seat Ibiza, SHG-GS 204

Durch den Fahrer unter 23 Jahren erhöht sich der Beitrag ab 01.04.2026
um 312,40 € im Jahr (anteilig 234,30 € für 2026). Da Lennart begleitetes
Fahren ab 17 nachweisen konnte, haben wir den Rabatt von 10 % auf den
Zuschlag bereits berücksichtigt.

Den Nachtrag zum Versicherungsschein erhalten Sie per Post.

""" + S("hartmann") + FOOT_DE)

mail(63, "NORMAL", "de", "insurer-to-press",
     "trap: press answer on hearing-aid subsidies and average costs in general; no customer",
     frm=ST["vogt"], to="Redaktion Ratgeber <ratgeber@nordkurier-online.example>",
     subject="AW: Anfrage Hörgeräte – Zuschüsse und Eigenanteile",
     date="2026-04-06 10:15", mailer=OUTLOOK,
     body="""Hallo Herr Petersen,

gern beantworte ich Ihre Fragen für den Ratgeber-Artikel:

1. Was zahlt die gesetzliche Kasse für Hörgeräte?
   Für Erwachsene einen Festbetrag von derzeit rund 700 € je Ohr plus
   Reparaturpauschale; wer ein teureres Gerät wählt, zahlt die Differenz
   selbst. Eine Zuzahlung von 10 € je Gerät kommt dazu.

2. Wie hoch ist der Eigenanteil typischerweise?
   In unserem Bestand kosten Hörgeräte im Schnitt 2.905 € pro Versorgung
   (beide Ohren). Ohne Zusatzversicherung tragen Versicherte davon oft
   1.000 bis 3.000 € selbst.

3. Was leisten private Zusatzversicherungen?
   Unsere ambulanten Zusatztarife zahlen je nach Tarif 500 bis 1.500 €
   je Ohr alle fünf Jahre. Entscheidend ist, dass vor Abschluss noch
   keine Hörminderung festgestellt wurde.

4. Tipp für Ihre Leser:
   Mindestens zwei Angebote einholen und ein Gerät zur Probe tragen.

Zitieren Sie gern mich als Pressesprecherin. Zu einzelnen Fällen
äußern wir uns nicht.

""" + S("vogt") + FOOT_DE)

mail(64, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "harmless two-word reply; the quoted customer mail describes her son's broken orthodontic bracket, gum inflammation and emergency invoice",
     frm=ST["demir"], to="Nicole Hagedorn <nicole.hagedorn@fmail.example>",
     subject="AW: Notfall Zahnspange Finn",
     date="2026-04-06 11:32", mailer="Lindenhof KundenCenter 5.3",
     irt=msgid(64, "orig", "fmail.example"),
     body="""Danke, erledigt. Die Rechnung ist zur Erstattung angewiesen.

Aylin Demir

Am 04.04.2026 um 19:48 schrieb Nicole Hagedorn:
> Hallo Frau Demir,
>
> wie am telefon besprochen hier die Notdienstrechnung. Bei Finn ist am
> Gründonnerstag abends ein Bracket abgebrochen und der Draht hat sich in
> die Wange gebohrt, die war schon richtig entzündet und er hatte
> Schmerzen. Wir waren dann beim Notdienst in Garbsen (Dr. Kleine), der
> hat den Draht gekürzt und das Bracket neu geklebt. Kostet 87,40 euro.
>
> Finn ist bei Ihnen unter meinem Vertrag KV 481-402-7719 mitversichert.
>
> Danke und frohe Ostern
> Nicole Hagedorn
""")

mail(65, "CONFIDENTIAL", "en", "insurer-to-customer",
     "grey zone: pet health insurance claim (dog's cruciate ligament surgery) of a named customer; animal health, not human health",
     frm=ST["lorenz"], to="Charlotte Henning <charlotte.henning@inbox-global.example>",
     subject="Pet health claim TK-26-00218 – Milo's surgery",
     date="2026-04-06 15:05", mailer=OUTLOOK,
     body="""Dear Ms Henning,

I am glad to hear Milo is walking again. Your claim for his operation
at the Tierklinik Isernhagen has been approved:

  Pet health policy:   TK 71-004 388 (dog "Milo", Australian Shepherd,
                       born 2021)
  Treatment:           ruptured cranial cruciate ligament, right hind
                       leg; TPLO surgery on 20 March 2026, 2 nights
                       inpatient, follow-up X-ray
  Invoice (GOT 2x):    EUR 3,486.20
  Covered 80 %:        EUR 2,788.96
  Annual excess:       EUR   250.00
  Paid to you:         EUR 2,538.96

The physiotherapy sessions for Milo are covered up to EUR 300 per year;
please send us the invoices when they come.

""" + S("lorenz") + FOOT_EN)

mail(66, "NORMAL", "en", "internal",
     "trap: calendar invitation (ICS) for a vendor review of the vision benefits partner network; no personal data",
     frm=ST["oneill"], to="Vision Benefits Working Group <vision-wg@lindenhof-versicherung.example>",
     subject="Invitation: Vision benefits – vendor review Q2",
     date="2026-04-07 09:00", mailer=OUTLOOK,
     body="""Hi all,

please join the quarterly vendor review for our vision benefits
partners (optician network, online contact lens shop, LASIK clinic
network). Agenda:

1. Service levels Q1 (direct billing turnaround, complaint rate)
2. Price benchmark varifocal lenses
3. Expansion of the network to Spain and Portugal for expats
4. Contract renewal online contact lens shop (expires 30 Sept)

Invitation attached.

""" + S("oneill"),
     atts=[att("vendor_review_vision_Q2.ics", ics("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:d204-0066-vision-review@lindenhof-versicherung.example
DTSTAMP:20260407T070000Z
DTSTART:20260421T120000Z
DTEND:20260421T133000Z
SUMMARY:Vision benefits – vendor review Q2
LOCATION:Teams / Room 3.12
DESCRIPTION:Service levels\\, price benchmark varifocals\\, network expansion ES/PT\\, contact lens shop renewal
ORGANIZER;CN=Patrick O'Neill:mailto:patrick.oneill@lindenhof-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Vision Benefits Working Group:mailto:vision-wg@lindenhof-versicherung.example
END:VEVENT
END:VCALENDAR
"""), mime="text/calendar")])

mail(67, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "internal CSV of open dental claims with names, insurance numbers, treatments and tooth numbers for the team lead",
     frm=ST["albrecht"], to="Birgit Sauer <birgit.sauer@lindenhof-versicherung.example>",
     subject="Rückstandsliste HKP > 15 Arbeitstage",
     date="2026-04-07 16:40", mailer=OUTLOOK,
     body="""Hallo Birgit,

wie besprochen die Liste der Heil- und Kostenpläne, die länger als 15
Arbeitstage offen sind. Bei den meisten warten wir auf Röntgenbilder.
Die Fälle mit "Gutachten" liegen bei Frank.

Gruß
Kerstin

""" + S("albrecht"),
     atts=[att("HKP_Rueckstand_2026-04-07.csv", csvb([
         ["Vorgang", "Versicherte Person", "Vers.-Nr.", "Eingang", "Leistung", "Zaehne", "Betrag HKP", "Status"],
         ["Z-26-031877", "Kowalczyk, Sandra", "KV 481-318-0024", "03.03.2026", "Implantat, Sinuslift", "24", "4.812,00", "wartet Roentgen"],
         ["Z-26-030112", "Brinkmann, Uwe", "KV 112-077-4410", "02.03.2026", "Teleskopprothese OK", "13,17,23,27", "6.420,50", "Gutachten"],
         ["Z-26-032940", "Okafor, Grace", "KV 481-455-0098", "09.03.2026", "Krone Vollkeramik", "11", "1.120,00", "wartet Befund"],
         ["Z-26-033415", "Lindqvist-Meyer, Jana", "KV 481-201-3376", "11.03.2026", "Parodontitistherapie", "OK/UK", "1.866,30", "Rueckfrage Praxis"],
         ["Z-26-033998", "Heitmann, Klaus", "KV 112-190-5521", "12.03.2026", "Bruecke 44-46", "44,45,46", "2.740,10", "Gutachten"],
     ], enc="utf-8"))])

mail(68, "CONFIDENTIAL", "de", "insurer-to-customer",
     "rent deposit guarantee for a named customer with net income, employer and landlord; financial data, no health",
     frm=ST["seidel"], to="Laura Quast <laura.quast@posteingang.example>",
     subject="Ihre Mietkautionsbürgschaft – Zusage",
     date="2026-04-08 09:35", mailer=OUTLOOK,
     body="""Sehr geehrte Frau Quast,

gute Nachrichten: Wir übernehmen die Mietkautionsbürgschaft für Ihre
neue Wohnung.

Mietobjekt:      Eichendorffstraße 3, 30175 Hannover
Vermieter:       Wohnungsbau Eilenriede eG
Kautionsbetrag:  2.550,00 € (3 Nettokaltmieten)
Jahresbeitrag:   119,85 € (4,7 %)

Grundlage der Prüfung waren Ihre Gehaltsnachweise der Stadtwerke
Hannover AG (durchschnittliches Nettoeinkommen 2.840,00 € monatlich)
und die Schufa-Auskunft ohne Negativmerkmale.

Die Bürgschaftsurkunde geht heute per Post direkt an die
Wohnungsgenossenschaft; Sie erhalten eine Kopie.

""" + S("seidel") + FOOT_DE)

mail(69, "NORMAL", "de", "internal",
     "trap: DOCX template for rejecting a treatment and cost plan, with «placeholders» only",
     frm=ST["albrecht"], to="Team Leistung Zahn <leistung-zahn@lindenhof-versicherung.example>",
     subject="Neuer Musterbrief Ablehnung HKP (Wartezeit / angeraten) – bitte ab sofort verwenden",
     date="2026-04-08 13:50", mailer=OUTLOOK,
     body="""Hallo ihr Lieben,

die Rechtsabteilung hat den Musterbrief für Ablehnungen wegen
Wartezeit bzw. "vor Vertragsbeginn angeraten" überarbeitet. Neu ist der
Hinweis auf den PKV-Ombudsmann und der Absatz zur vorvertraglichen
Anzeigepflicht, den wir nur nach Rücksprache verwenden.

Bitte den Brief aus der Anlage in die Textbausteine übernehmen (ich
habe ihn schon in TB-Zahn als ZA-31 angelegt). Die Platzhalter sind in
«spitzen Klammern».

""" + S("albrecht") + FOOT_DE,
     atts=[att("Musterbrief_ZA-31_Ablehnung_HKP.docx", docx([
         "«Anrede» «Vorname» «Nachname»",
         "«Straße» «Hausnummer», «PLZ» «Ort»",
         "Versicherungsnummer: «VersNr»   Tarif: «Tarif»",
         "# Ihr Heil- und Kostenplan vom «Datum_HKP»",
         "«Briefanrede»,",
         "vielen Dank für den Heil- und Kostenplan für «Behandlung» «Region».",
         "Leider können wir für diese Behandlung keine Leistung zusagen. Aus den Unterlagen geht hervor, dass die "
         "Behandlung bereits am «Datum_angeraten» und damit vor Beginn Ihres Versicherungsschutzes am «Vertragsbeginn» "
         "angeraten wurde.",
         "Nach § 3 Abs. 4 der Tarifbedingungen sind Behandlungen, die vor Beginn des Versicherungsschutzes angeraten "
         "oder begonnen waren, nicht versichert.",
         "[Optionaler Absatz Anzeigepflicht – NUR nach Rücksprache mit der Teamleitung]",
         "Wenn Sie mit dieser Entscheidung nicht einverstanden sind, können Sie sich an den Ombudsmann Private "
         "Kranken- und Pflegeversicherung, Postfach 06 02 22, 10052 Berlin, wenden.",
         "Mit freundlichen Grüßen",
         "«Sachbearbeiter» | Leistungsabteilung Zahn",
     ], title="Musterbrief ZA-31", creator="Kerstin Albrecht", date="2026-04-08T11:20:00Z"))])

mail(70, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "international student's orthodontic claim declined as pre-existing (malocclusion diagnosed before cover), with plan details",
     frm=ST["oneill"], to="Priya Raghunathan <priya.r@unimail-hannover.example>",
     subject="Your orthodontic treatment plan – decision",
     date="2026-04-08 16:12", mailer=OUTLOOK,
     body="""Dear Ms Raghunathan,

thank you for sending the treatment plan of Dr. Vanessa Struck's
orthodontic practice dated 12 March 2026 (clear aligners, upper and
lower jaw, 18 months, EUR 4,900).

I am sorry to tell you that we cannot cover this treatment under your
International Student Health Plan (policy ISP-2025-33107).

The reasons:
- The plan treats a crossbite and crowding of the lower front teeth.
  According to the letter from your dentist in Chennai that you enclosed,
  these were diagnosed in 2023 and aligner treatment was recommended
  then. Your cover with us started on 1 October 2025.
- The student plan covers dental treatment only for acute pain and
  accidents; orthodontic treatment for adults is excluded in any case
  (section 4.3 of the plan conditions).

I know this is disappointing. If you want to appeal, please write to
us within one month; you may also contact the Ombudsman for Private
Health Insurance in Berlin, whose service is free of charge.

""" + S("oneill") + FOOT_EN)

mail(71, "NORMAL", "de", "newsletter",
     "trap: intranet health newsletter with tips for eyes at screen work and the company eye-test offer; no person",
     frm="Intranet-Redaktion <intranet@lindenhof-versicherung.example>",
     to="alle@lindenhof-versicherung.example",
     subject="Lindenhof intern: Gesund im Job – Augen am Bildschirm",
     date="2026-04-09 07:45",
     hdrs={"Precedence": "bulk"},
     body="""Lindenhof intern | Gesund im Job | April 2026

Augen am Bildschirm: fünf Tipps

1. 20-20-20-Regel: Alle 20 Minuten für 20 Sekunden etwas in 20 Fuß
   (6 m) Entfernung anschauen.
2. Bildschirm eine Armlänge entfernt und leicht unterhalb der Augenhöhe.
3. Bewusst blinzeln - am Bildschirm blinzeln wir bis zu 60 % seltener.
4. Keine Blendung durch Fenster im Rücken oder direkt gegenüber.
5. Sehtest nutzen: Ab April bietet unser Partner AugenBlick Betriebsoptik
   zweimal im Quartal Sehtests im Gesundheitsraum E.014 an. Termine
   buchen Sie selbst im Intranet unter "Gesundheit > Sehtest".

Wer eine spezielle Bildschirmarbeitsplatzbrille braucht, bekommt sie
vom Arbeitgeber bezahlt. Die Ergebnisse des Sehtests erfährt nur der
Betriebsarzt, nicht die Führungskraft.

Ihr Team Betriebliches Gesundheitsmanagement
""",
     html="""<html><body style="font-family:Arial,sans-serif">
<p style="color:#2f6b4f;font-weight:bold">Lindenhof intern | Gesund im Job | April 2026</p>
<h2>Augen am Bildschirm: fünf Tipps</h2>
<ol>
<li><b>20-20-20-Regel:</b> Alle 20 Minuten für 20 Sekunden etwas in 20 Fuß (6&nbsp;m) Entfernung anschauen.</li>
<li>Bildschirm eine Armlänge entfernt und leicht unterhalb der Augenhöhe.</li>
<li>Bewusst blinzeln – am Bildschirm blinzeln wir bis zu 60&nbsp;% seltener.</li>
<li>Keine Blendung durch Fenster im Rücken oder direkt gegenüber.</li>
<li><b>Sehtest nutzen:</b> Ab April bietet unser Partner AugenBlick Betriebsoptik zweimal im Quartal Sehtests im Gesundheitsraum E.014 an. Termine buchen Sie selbst im Intranet unter „Gesundheit &gt; Sehtest“.</li>
</ol>
<p>Wer eine spezielle Bildschirmarbeitsplatzbrille braucht, bekommt sie vom Arbeitgeber bezahlt. Die Ergebnisse des Sehtests erfährt nur der Betriebsarzt, nicht die Führungskraft.</p>
<p>Ihr Team Betriebliches Gesundheitsmanagement</p>
</body></html>
""")

mail(72, "CONFIDENTIAL", "de", "insurer-to-customer",
     "windscreen replacement appointment for a named customer: plate, policy, home address for mobile service",
     frm=ST["hartmann"], to="Yvonne Kässbohrer <yvonne.k@kabelmail.example>",
     subject="Termin Scheibentausch – Schaden KS-2026-005120",
     date="2026-04-09 10:20", mailer=OUTLOOK,
     body="""Hallo Frau Kässbohrer,

der Scheibentausch für Ihren Toyota Yaris (H-YK 808) ist gebucht:

Termin:     Dienstag, 14.04.2026, zwischen 8 und 10 Uhr
Ort:        bei Ihnen zu Hause, Großer Kolonnenweg 24, 30163 Hannover
Partner:    GlasExpress Hannover (mobiler Service)
Schaden:    KS-2026-005120, Teilkasko KFZ 7 511 903 447
Eigenanteil: 150,00 € (zahlen Sie direkt an GlasExpress)

Bitte stellen Sie das Auto so ab, dass der Monteur von beiden Seiten
herankommt. Nach dem Tausch sollte der Wagen eine Stunde stehen
bleiben.

""" + S("hartmann") + FOOT_DE)

mail(73, "NORMAL", "en", "insurer-to-supplier",
     "trap: requirements for an OCR vendor to read hearing-aid cost estimates and audiograms; field list, no real data",
     frm=ST["gruenewald"], to="Solutions Team <solutions@docread-ai.example>",
     cc="Tobias Reinhardt <tobias.reinhardt@lindenhof-versicherung.example>",
     subject="RfP follow-up: extraction of hearing-aid cost estimates",
     date="2026-04-09 14:00", mailer=OUTLOOK,
     body="""Hello team,

thanks for the call yesterday. As agreed, here is the field list for the
proof of concept on hearing-aid cost estimates (Kostenvoranschläge) and
the accompanying audiogram forms:

Cost estimate:
- acoustician name and institution code (IK number)
- device model per ear, device class, rechargeable yes/no
- price per device, earmould, fitting fee, accessories
- statutory fixed amount and patient share

Audiogram form:
- air conduction thresholds 250 Hz-8 kHz per ear
- speech audiometry result (Freiburg test) if present

Constraints:
- Processing must run in our data centre (no SaaS), see the security
  annex we sent in March.
- For the PoC you will receive 200 synthetic documents generated by us.
  You will not receive any real customer document before the data
  processing agreement is signed.

Please send the updated offer by 24 April.

""" + S("gruenewald") + FOOT_EN)

mail(74, "CONFIDENTIAL", "en", "insurer-to-customer",
     "legal expenses cover for contesting an administrative speeding fine of a named driver: fine, points, plate; no criminal matter",
     frm=ST["hoffmann"], to="Benjamin Okoro <ben.okoro@mailbox-nord.example>",
     subject="Your speeding fine – cover confirmed (26-RS-02207)",
     date="2026-04-10 09:40", mailer=OUTLOOK,
     body="""Dear Mr Okoro,

we confirm cover under your traffic legal expenses insurance
RS 09-815 006 for contesting the fine notice of the Landkreis Hameln-
Pyrmont dated 27 March 2026:

  Alleged offence:  exceeding the speed limit by 27 km/h outside built-up
                    areas, B 83 near Emmerthal, 3 March 2026, 07:42
  Vehicle:          HM-BO 419
  Fine:             EUR 150, 1 point in the Flensburg register
  Our reference:    26-RS-02207

Your lawyer, Mr Hendrik Laue, can request the measurement records. Your
excess of EUR 150 applies.

""" + S("hoffmann") + FOOT_EN)

mail(75, "NORMAL", "de", "internal",
     "trap: lost-and-found note about reading glasses left in a meeting room; no owner named",
     frm="Empfang Hauptgebäude <empfang@lindenhof-versicherung.example>",
     to="Alle Mitarbeitenden Hauptgebäude <alle-hg@lindenhof-versicherung.example>",
     subject="Fundsache: Brille im Besprechungsraum 3.12",
     date="2026-04-10 12:05",
     body="""Liebe Kolleginnen und Kollegen,

im Besprechungsraum 3.12 wurde gestern nach dem Termin der Projektgruppe
eine Lesebrille gefunden (rote Fassung, im schwarzen Etui mit Aufdruck
"Optik am Markt").

Außerdem liegt seit Montag ein graues Ladeetui für Hörgeräte aus der
Kantine bei uns.

Beides kann am Empfang abgeholt werden, Mo-Fr 7:30-17:00 Uhr.

Ihr Empfangsteam
""")

# ---------------------------------------------------------------------------
# d204-0076 .. d204-0100
# ---------------------------------------------------------------------------

mail(76, "STRICTLY_CONFIDENTIAL", "en", "customer",
     "customer's mail attached as message/rfc822: his wife's hearing aid lost on holiday, with her hearing impairment; the covering note is harmless",
     frm=ST["demir"], to="Reiseversicherung <reise@lindenhof-versicherung.example>",
     subject="FW: lost hearing aid on holiday",
     date="2026-04-13 09:14", mailer=OUTLOOK,
     body="""Hallo Reise-Team,

bitte übernehmen, Kunde hat Reisegepäck- und Krankenversicherung bei
uns, Mail im Anhang.

Danke
Aylin

""" + S("demir"),
     atts=[fwd(inner(76, "cust",
         frm="Graham Fletcher <graham.fletcher@inbox-global.example>",
         to="Kundenservice <kundenservice@lindenhof-versicherung.example>",
         subject="lost hearing aid on holiday",
         date="2026-04-12 21:30", cte="8bit", flowed=True,
         body="""Hello,

we just came back from Lanzarote and my wife Susan lost her left hearing aid on the beach at Playa Blanca on 8 April (it was in its case in the beach bag, which was stolen, police report attached as photo). She has been severely hard of hearing since a meningitis in her childhood and can't manage well with only the right one, so she urgently needs a replacement.

The aids are from Hörwelt Kaiser, bought in 2023 for EUR 2,380 each. Our policies are RG-2026-00874 (travel baggage) and Susan's health insurance 7300-2290-02.

Which policy pays for this? The acoustician says a replacement will take two weeks.

Thanks
Graham Fletcher
""", host="inbox-global.example"), filename="lost hearing aid on holiday.eml")])

mail(77, "CONFIDENTIAL", "de", "insurer-to-customer",
     "liability claim for a damaged parquet floor in a named customer's rented flat: claim number, landlord, address",
     frm=ST["lorenz"], to="Sebastian Thöne <sebastian.thoene@netzpost.example>",
     subject="Mietsachschaden Parkett – PH-26-01804",
     date="2026-04-13 11:20", mailer=OUTLOOK,
     body="""Hallo Herr Thöne,

danke für die Fotos vom Wohnzimmerboden. Zum Stand:

Bei Ihrem Auszug aus der Wohnung Ferdinand-Wallbrecht-Straße 60,
30163 Hannover, hat der Vermieter, Herr Klaus-Peter Ebeling, tiefe
Kratzer und Wasserflecken im Eichenparkett beanstandet. Ihre
Privathaftpflicht PHV 30-204 917 umfasst Mietsachschäden.

Das Parkett ist 14 Jahre alt. Der Kostenvoranschlag über das
Abschleifen und Versiegeln der ganzen Fläche (36 m²) beläuft sich auf
2.268,00 €. Wir erstatten den Zeitwert des betroffenen Bereichs
(ca. 12 m² am Fenster) und schlagen Herrn Ebeling 680,00 € vor.

Die Wasserflecken unter dem Blumenkübel sind allmählich entstanden;
dafür besteht leider kein Versicherungsschutz (Allmählichkeitsschaden).

""" + S("lorenz") + FOOT_DE)

mail(78, "NORMAL", "de", "insurer-to-authority",
     "trap: answer to the data protection authority describing in general how treatment plans, X-rays and invoices are transmitted; no data subject",
     frm=ST["koch"], to="Landesbeauftragte für den Datenschutz <poststelle@lfd-niedersachsen.example>",
     subject="Ihr Schreiben vom 24.03.2026, Az. 3.14-0412/26 – Übermittlungswege Gesundheitsdaten",
     date="2026-04-13 14:45", mailer=OUTLOOK,
     body="""Sehr geehrte Damen und Herren,

zu Ihrer allgemeinen Anfrage zu den Übermittlungswegen für
Gesundheitsdaten in der privaten Krankenversicherung nehmen wir wie
folgt Stellung. Die Anfrage bezieht sich nicht auf einen Einzelfall.

1. Eingang: Versicherte und Leistungserbringer reichen Heil- und
   Kostenpläne, Röntgenbilder, Rechnungen und Befunde per App, über das
   Praxisportal, per Post oder per E-Mail ein. Eingehende E-Mails mit
   Anhängen werden im Posteingangszentrum gescannt und in die
   elektronische Akte übernommen; die Original-Mail wird nach 30 Tagen
   gelöscht.

2. Ausgang: Schreiben mit Gesundheitsdaten gehen per Post, über das
   SecureMail-Portal oder - wenn die betroffene Person ausdrücklich
   eingewilligt hat - per transportverschlüsselter E-Mail. Das
   Mail-Gateway klassifiziert ausgehende Mails automatisch und erzwingt
   die Verschlüsselung.

3. Beratende Zahnärzte und Gutachter sind zur Verschwiegenheit
   verpflichtet und erhalten Unterlagen nur über das Gutachterportal.

Gern stellen wir Ihnen das Verzeichnis der Verarbeitungstätigkeiten
(Auszug Leistungsbearbeitung Kranken) zur Verfügung.

""" + S("koch") + FOOT_DE)

mail(79, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "health insurance premium arrears of a named customer with IBAN and warning of reduced cover (personal line, no medical word)",
     frm="Lindenhof Beitragsservice <beitragsservice@lindenhof-versicherung.example>",
     to="Marco Bielefeld <marco.bielefeld@kabelmail.example>",
     subject="Zahlungserinnerung – Ihre Krankenversicherung KV 112-233-0917",
     date="2026-04-14 08:00", cte="quoted-printable",
     hdrs={"X-Lindenhof-System": "Inkasso 3.1"},
     body="""Sehr geehrter Herr Bielefeld,

für Ihre private Krankenversicherung KV 112-233-0917 (Tarife Komfort 2,
Krankentagegeld KT 43) sind folgende Beiträge offen:

Februar 2026     684,21 €
März 2026        684,21 €
April 2026       684,21 €
Mahngebühr         5,00 €
Summe          2.057,63 €

Die Lastschriften vom Konto DE67 6429 0809 4570 5018 55 konnten nicht
eingelöst werden (Rückgabegrund: Konto erloschen).

Bitte überweisen Sie den Betrag bis zum 28.04.2026 oder erteilen Sie
uns ein neues SEPA-Mandat. Nach § 193 Abs. 6 VVG müssen wir Sie darauf
hinweisen, dass bei weiterem Rückstand das Ruhen der Leistungen
festgestellt werden kann; Sie sind dann nur noch im Notlagentarif
versichert.

Wenn Sie in finanziellen Schwierigkeiten sind, sprechen Sie uns bitte
an - wir finden gemeinsam eine Lösung (Tel. 0511 4470-1800).

Ihr Lindenhof Beitragsservice
""")

mail(80, "CONFIDENTIAL", "en", "insurer-to-company",
     "cyber policy incident notice of a small company with a named managing director; policy, claim number; no personal-data breach details",
     frm=ST["seidel"], to="Thorsten Gebhardt <t.gebhardt@gebhardt-metallbau.example>",
     subject="Cyber claim CY-26-0042 – next steps",
     date="2026-04-14 10:25", mailer=OUTLOOK,
     body="""Dear Mr Gebhardt,

thank you for reporting the ransomware incident at Gebhardt Metallbau
GmbH this morning. I have opened the claim under your cyber policy:

  Policyholder:   Gebhardt Metallbau GmbH, Industriestraße 14,
                  31535 Neustadt am Rübenberge
  Contact:        Thorsten Gebhardt, managing director,
                  mobile 0172 555 0814
  Policy:         CY 80-000 318
  Claim:          CY-26-0042

Our incident response partner, SecureOps Nord, will call you within the
hour. Please:
- do not pay any ransom and do not contact the attackers,
- leave the affected servers switched on but disconnected from the
  network,
- keep a log of what you did and when.

As far as you know, only the ERP and file server are encrypted and the
payroll system is separate; the response team will confirm whether
employees' or customers' personal data were affected, which matters
for the 72-hour notification.

""" + S("seidel") + FOOT_EN)

mail(81, "NORMAL", "en", "internal",
     "trap: quarterly dashboard of vision and hearing benefits (XLSX) with counts, averages and turnaround times; aggregated",
     frm=ST["oneill"], to="Head of Health Claims <leistung-bl@lindenhof-versicherung.example>",
     subject="Q1 2026 dashboard – vision & hearing benefits (international plans)",
     date="2026-04-14 15:30", mailer=OUTLOOK,
     body="""Hi,

attached is the Q1 dashboard for vision and hearing benefits in the
international plans. Highlights:

- 1,214 vision claims (+8 % vs Q1 2025), average paid EUR 212
- 96 hearing-aid claims, average paid EUR 2,640
- average turnaround 4.1 working days (target 5)
- 11 complaints, mostly currency conversion questions

No member-level data in the file.

""" + S("oneill"),
     atts=[att("Dashboard_vision_hearing_Q1_2026.xlsx", xlsx([
         ("Q1 2026", [
             ["Benefit", "Claims", "Paid EUR", "Avg paid EUR", "Turnaround days", "Complaints"],
             ["Eye examination", 402, 38190.0, 95.0, 3.2, 1],
             ["Glasses", 531, 139122.0, 262.0, 4.4, 4],
             ["Contact lenses", 268, 48776.0, 182.0, 4.0, 2],
             ["Laser eye surgery", 13, 31200.0, 2400.0, 9.8, 1],
             ["Hearing aids", 96, 253440.0, 2640.0, 6.1, 3],
         ]),
         ("By region", [
             ["Region", "Vision claims", "Hearing claims"],
             ["Germany", 688, 61], ["EU other", 301, 22], ["Asia", 177, 9], ["Americas", 48, 4],
         ]),
     ], title="Vision hearing dashboard Q1", creator="Patrick O'Neill", date="2026-04-14T13:40:00Z"))])

mail(82, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "harmless body ('Unterlagen wie gewünscht'); the ZIP holds a dental benefit statement PDF and a CSV of a named insured's dental invoices",
     frm=ST["albrecht"], to="Uwe Brinkmann <uwe.brinkmann@ostseemail.example>",
     subject="Unterlagen wie gewünscht",
     date="2026-04-15 09:40", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Brinkmann,

anbei die gewünschten Unterlagen als ZIP-Datei.

""" + S("albrecht") + FOOT_DE,
     atts=[att("Unterlagen_Brinkmann.zip", zipf([
         ("Leistungsabrechnung_Zahn_2026-04-15.pdf", pdf([[
             "# Lindenhof Krankenversicherung a.G. - Leistungsabrechnung Zahn",
             "Herrn Uwe Brinkmann, Strandallee 41, 23669 Timmendorfer Strand",
             "Versicherungsnummer KV 112-077-4410 | Tarif Komfort 2 mit Zahn 80",
             "",
             "Rechnung Zahnarztpraxis am Moritzberg vom 20.03.2026",
             "Wurzelkanalbehandlung Zahn 16 (3 Kanäle), elektrometrische Längenbestimmung,",
             "Diagnose: irreversible Pulpitis 16 (K04.0)",
             "Rechnungsbetrag 526,48 EUR, erstattet 80 % = 421,18 EUR",
             "",
             "Heil- und Kostenplan Teleskopprothese Oberkiefer (13, 17, 23, 27):",
             "Gutachten beauftragt, Entscheidung folgt.",
         ]], title="Leistungsabrechnung Zahn", date="20260415093000")),
         ("Rechnungen_2026.csv", csvb([
             ["Datum", "Praxis", "Leistung", "Zahn", "Betrag", "Erstattet"],
             ["14.01.2026", "Zahnarztpraxis am Moritzberg", "PZR", "", "98,00", "98,00"],
             ["03.02.2026", "Zahnarztpraxis am Moritzberg", "Füllung mehrflächig Komposit", "15", "184,20", "147,36"],
             ["20.03.2026", "Zahnarztpraxis am Moritzberg", "Wurzelkanalbehandlung", "16", "526,48", "421,18"],
         ], enc="windows-1252")),
     ]))])

mail(83, "CONFIDENTIAL", "de", "insurer-to-customer",
     "new motor contract confirmation with a named customer's birth date, address, plate and SEPA IBAN",
     frm=ST["hartmann"], to="Fatma Arslan <fatma.arslan@posteingang.example>",
     subject="Willkommen bei Lindenhof – Ihr Kfz-Vertrag",
     date="2026-04-15 11:10", mailer=OUTLOOK,
     body="""Sehr geehrte Frau Arslan,

herzlich willkommen! Ihr Kfz-Vertrag ist angelegt:

Versicherungsnehmerin:  Fatma Arslan, geb. 09.06.1991
Anschrift:              Vahrenwalder Straße 211, 30179 Hannover
Vertrag:                KFZ 7 512 340 771
Fahrzeug:               Hyundai i20, H-FA 9106
Umfang:                 Haftpflicht SF 6, Teilkasko (SB 150 €)
Jahresbeitrag:          487,60 €, jährliche Zahlung zum 01.05.
Lastschrift von:        DE78 6969 5098 8388 7598 32

Der Versicherungsschein kommt per Post. Ihre Versicherungsnummer
brauchen Sie, wenn Sie sich im Kundenportal registrieren möchten.

""" + S("hartmann") + FOOT_DE)

mail(84, "NORMAL", "de", "internal",
     "trap: FAQ for service staff explaining the dental graduated limit (Zahnstaffel), waiting times and orthodontics; generic examples only",
     frm=ST["albrecht"], to="Kundenservice Kranken <kundenservice-kranken@lindenhof-versicherung.example>",
     subject="FAQ Zahnstaffel und Wartezeiten – für die Hotline",
     date="2026-04-15 14:20", mailer=OUTLOOK,
     body="""Liebe Kolleginnen und Kollegen im Kundenservice,

weil die Anrufe zur Zahnstaffel zunehmen, hier die wichtigsten Antworten
für die Hotline:

Was ist die Zahnstaffel?
In den ersten Vertragsjahren sind die Leistungen für Zahnersatz,
Inlays und Kieferorthopädie begrenzt:
  1. Jahr: 1.000 €   2. Jahr: 2.000 €   3. Jahr: 3.000 €
  4. Jahr: 4.000 €   ab dem 5. Jahr: unbegrenzt
Nach einem Unfall gilt die Zahnstaffel nicht.

Gibt es eine Wartezeit?
ZahnPlus: keine allgemeine Wartezeit, aber 8 Monate für Zahnersatz und
KFO. KFO-Kids: 8 Monate.

Beispiel für Anrufer (fiktiv): Vertrag seit 15 Monaten, Brücke für
2.500 € Eigenanteil, Tarif 80 % -> 2.000 € wären fällig, die Zahnstaffel
im 2. Jahr erlaubt 2.000 € abzüglich bereits gezahlter Leistungen.

Was sagen wir bei konkreten Fällen?
Keine Auskünfte zu Einzelfällen am Telefon ohne Identifikation
(Versicherungsnummer + Geburtsdatum). Heil- und Kostenplan einreichen
lassen, Prüfung dauert ca. 10 Arbeitstage.

""" + S("albrecht") + FOOT_DE)

mail(85, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
     "request to a Dutch eye clinic about a named insured's planned LASIK: refraction, corneal thickness, contact lens intolerance",
     frm=ST["reinhardt"], to="Patient Office <patientoffice@eyeclinic-maas.example>",
     subject="Cost coverage request – patient Lisa Vorderbrügge, born 1990-08-14",
     date="2026-04-16 10:05", mailer=OUTLOOK,
     body="""Dear colleagues,

your patient Ms Lisa Vorderbrügge (born 14 August 1990, insured with us
under policy 7300-6610-01) has sent us your quotation of 2 April 2026
for femto-LASIK on both eyes (EUR 3,980).

Her tariff covers refractive surgery if it is medically indicated, for
example in case of contact lens intolerance or anisometropia. To decide
we need your short medical statement on:

- pre-operative refraction of both eyes (we have sph -5.50 right and
  -3.00 left from the quotation; please confirm including cylinder),
- corneal thickness and topography,
- the contact lens intolerance Ms Vorderbrügge mentions (recurring
  conjunctivitis since 2024?) and whether it is documented,
- whether glasses are a reasonable alternative in her case.

Ms Vorderbrügge has released you from medical confidentiality towards
us; the signed form is available in our secure portal. Please send your
reply via the portal link in our notification, not by normal e-mail.

Thank you.

""" + S("reinhardt") + FOOT_EN)

mail(86, "CONFIDENTIAL", "de", "customer",
     "customer's burglary report (forwarded inline) with home address, stolen items and her IBAN; typos; no injury",
     frm=ST["demir"], to="Schaden Sach <schaden-sach@lindenhof-versicherung.example>",
     subject="WG: Einbruch bei uns!!",
     date="2026-04-16 12:30", mailer=OUTLOOK,
     body="""Hallo,

Schadenmeldung Hausrat, bitte anlegen. Kundin hat HR 21-398 440.

Aylin

""" + S("demir") + """

________________________________
Von: Claudia Friedrichs <c.friedrichs@fmail.example>
Gesendet: Donnerstag, 16. April 2026 07:58
An: kundenservice@lindenhof-versicherung.example
Betreff: Einbruch bei uns!!

Guten morgen,

bei uns wurde heute nacht eingebrochen, als wir im Urlaub waren, die
Nachbarin hat es gemerkt. Terasentür aufgehebelt. Polizei war da,
Aktenzeichen 0218/26/077312.

Weg sind: Laptop (MacBook, ca 1800 Euro), Schmuck von meiner Oma
(Goldkette, 2 Ringe), Bargeld ca. 300 Euro, Spielkonsole von den
Kindern.

Adresse Lerchenfeld 9, 30900 Wedemark. Versicherung läuft auf mich.

Bitte das Geld dann auf DE76 3459 6411 7799 9224 90 (Claudia
Friedrichs).

Was müssen wir jetzt machen? Die Tür ist kaputt, können wir schon den
Schreiner bestellen?

Viele Grüße Claudia Friedrichs
""")

mail(87, "NORMAL", "de", "insurer-to-broker",
     "trap: broker information on new commission rates for dental and vision supplementary tariffs; no customer",
     frm=ST["weber"], to="Maklerverteiler Nord <makler-nord@lindenhof-versicherung.example>",
     subject="Vertriebsinfo 07/2026: Courtage Zahn- und Brillentarife ab 01.07.",
     date="2026-04-16 15:00", mailer=OUTLOOK,
     body="""Liebe Partnerinnen und Partner,

zum 01.07.2026 passen wir die Courtage für unsere ambulanten
Zusatztarife an:

Tarif                      Abschluss (Monatsbeiträge)   Bestand
ZahnPlus 60/80/100         8 MB (bisher 6 MB)           2,5 %
KFO-Kids                   6 MB                         2,5 %
SehPlus (Brille/Linsen)    6 MB (neu)                   2,5 %
Hörgeräte-Baustein         6 MB (neu)                   2,5 %

Die Stornohaftung bleibt bei 24 Monaten.

Neu ist außerdem, dass Sie Heil- und Kostenpläne Ihrer Kunden nicht
mehr per Mail an uns weiterleiten müssen: Ihre Kunden können sie direkt
in der App hochladen, Sie sehen den Bearbeitungsstand im Maklerportal
(sofern Bestandsrechte bestehen).

Vertriebsunterlagen und Rechner stehen ab 15.06. im Maklerportal.

""" + S("weber") + FOOT_DE)

mail(88, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "base64-encoded body: cost approval for periodontitis treatment (PAR, stage III) of a named customer",
     frm=ST["albrecht"], to="Jana Lindqvist-Meyer <jana.lm@weserpost.example>",
     subject="Kostenzusage Parodontitistherapie",
     date="2026-04-17 09:12", cte="base64", mailer=OUTLOOK,
     body="""Sehr geehrte Frau Lindqvist-Meyer,

nach Rücksprache mit Ihrer Zahnarztpraxis können wir die geplante
Parodontitistherapie jetzt zusagen.

Laut Befund liegt bei Ihnen eine Parodontitis Stadium III, Grad B vor,
mit Taschentiefen bis 7 mm im Oberkiefer-Seitenzahnbereich. Geplant
sind die antiinfektiöse Therapie (geschlossenes Vorgehen), die
Befundevaluation nach drei Monaten und danach die unterstützende
Parodontitistherapie (UPT) über zwei Jahre.

Ihre gesetzliche Krankenkasse trägt die Regelleistung nach der
PAR-Richtlinie. Wir erstatten aus Ihrem Tarif ZahnPlus 80 die
privaten Mehrkosten (u. a. professionelle Zahnreinigung vor Beginn und
Keimbestimmung) zu 80 %, nach Heil- und Kostenplan voraussichtlich
436,80 €.

Vorgang: Z-26-033415, Vers.-Nr. KV 481-201-3376

""" + S("albrecht") + FOOT_DE)

mail(89, "CONFIDENTIAL", "en", "insurer-to-customer",
     "grey zone: travel baggage loss of a named customer including non-prescription sunglasses (not a medical aid); no health data",
     frm=ST["brenner"], to="Hugo Lambert <hugo.lambert@inbox-global.example>",
     subject="Baggage claim R-26-02655 – suitcase lost on flight LH 2094",
     date="2026-04-17 11:40", mailer=OUTLOOK,
     body="""Dear Mr Lambert,

the airline has now officially declared your suitcase lost (file
HAJLH 31884). We can settle your claim under your travel baggage
insurance RG-2025-01772:

  Item                                 Claimed     Accepted
  Suitcase (2022)                      EUR 240     EUR 144
  Clothing                             EUR 820     EUR 574
  Sunglasses (Ray-Ban, no prescription)EUR 165     EUR 116
  Electric shaver                      EUR  90     EUR  63
  ----------------------------------------------------------
  Total                                            EUR 897
  less airline compensation (Montreal Convention) EUR 650
  We pay                                           EUR 247

Items are reimbursed at their current value (age deduction). The
airline has paid you EUR 650 directly, as you told us.

The amount will be transferred to your account ending 6122.

""" + S("brenner") + FOOT_EN)

mail(90, "NORMAL", "en", "internal",
     "trap: anonymised training case on a dental implant claim (no name, no number, details changed); for new staff",
     frm=ST["wessels"], to="New Claims Staff Training <training-leistung@lindenhof-versicherung.example>",
     subject="Training case 4 – implant after failed root canal (anonymised)",
     date="2026-04-17 14:10", mailer=OUTLOOK,
     body="""Dear new colleagues,

for Thursday's session please work through this case. It is based on
a real file, but fully anonymised: no name, no policy number, age and
dates changed, practice invented.

Situation:
An insured person in her forties submits a treatment and cost plan for
an implant in the lower right molar region after a root-canal-treated
tooth had to be extracted. The plan includes a bone graft and a
zirconia crown, total EUR 3,950; the factor for the bone graft is 3.2
with the justification "difficult anatomy".

Questions:
1. Which documents do you need before deciding?
2. Is the factor 3.2 acceptable with this justification?
3. How does the graduated limit apply if the contract is in year 3?
4. What do you write to the insured person, and what to the practice?

We will discuss the solutions together. Please do not look up the
original file - the point is to practise the reasoning.

""" + S("wessels"))

mail(91, "NORMAL", "en", "insurer-to-prospect",
     "trap: prospect's general question how receipts are submitted, answered generically; not yet a customer, no health data",
     frm=ST["oneill"], to="Ahmed Farouk <ahmed.farouk@inbox-global.example>",
     subject="RE: How do I send receipts?",
     date="2026-04-20 09:05", mailer=OUTLOOK,
     body="""Dear Mr Farouk,

thanks for your interest in our International Health Plan. Sending
receipts is quite easy:

1. Install the "Lindenhof Gesundheit" app (iOS/Android) and log in with
   the portal account every member gets after joining.
2. Tap "Submit invoice", take a photo of each page, and choose the
   person the invoice belongs to.
3. Add your bank details once under "Profile" - after that every
   reimbursement goes there automatically.

You can also send invoices by post to our claims address. Please don't
send them by normal e-mail, as e-mail is not encrypted.

Invoices in any language and currency are fine; we convert at the rate
of the invoice date.

""" + S("oneill") + FOOT_EN + """

-----Original Message-----
From: Ahmed Farouk <ahmed.farouk@inbox-global.example>
Sent: Saturday, 18 April 2026 13:22
To: International Health <international@lindenhof-versicherung.example>
Subject: How do I send receipts?

Hello, I'm comparing expat health plans. If I join yours, how would I
send you receipts for reimbursement? Regards, Ahmed
""")

mail(92, "CONFIDENTIAL", "de", "insurer-to-customer",
     "natural-hazard (heavy rain) damage to a named customer's basement: address, policy, claim and assessor appointment",
     frm=ST["lorenz"], to="Familie Quernheim <quernheim@netzpost.example>",
     subject="Überschwemmung Keller – Schaden WG-26-00713, Besichtigung",
     date="2026-04-20 11:25", mailer=OUTLOOK,
     body="""Liebe Familie Quernheim,

nach dem Starkregen am Freitag haben Sie uns Wasser im Keller gemeldet.
Die Elementarschadenversicherung ist in Ihrer Wohngebäudeversicherung
WG 55-312 006 eingeschlossen.

Ich habe den Sachverständigen Herrn Martin Voß beauftragt. Er kommt am
Mittwoch, 22.04., gegen 14 Uhr zu Ihnen nach Am Bruchgraben 4,
31303 Burgdorf.

Bis dahin:
- Wasser abpumpen lassen und lüften/trocknen (Kosten versichert),
- beschädigte Gegenstände fotografieren und aufbewahren,
- Heizungsanlage nur wieder einschalten, wenn der Heizungsbauer es
  freigibt.

Hausrat im Keller (Waschmaschine, Vorräte) fällt unter die
Hausratversicherung; die haben Sie bei einem anderen Versicherer, bitte
melden Sie den Schaden dort ebenfalls.

""" + S("lorenz") + FOOT_DE)

mail(93, "NORMAL", "de", "newsletter",
     "trap: mass mailing announcing the new two-factor login for the customer portal; no personal data",
     frm="Lindenhof Kundenportal <noreply-portal@lindenhof-versicherung.example>",
     to="portal-nutzer@lindenhof-versicherung.example",
     subject="Wichtig: Ab 4. Mai neue Anmeldung im Kundenportal",
     date="2026-04-20 16:00",
     hdrs={"Precedence": "bulk", "Auto-Submitted": "auto-generated"},
     body="""Liebe Nutzerin, lieber Nutzer des Lindenhof-Kundenportals,

zum Schutz Ihrer Daten - zum Beispiel Ihrer Arztrechnungen und
Leistungsabrechnungen - führen wir am 4. Mai 2026 die
Zwei-Faktor-Anmeldung ein.

Was ändert sich?
Nach Benutzername und Passwort geben Sie zusätzlich einen Code ein, den
Sie per App (Lindenhof Gesundheit) oder per SMS erhalten.

Was müssen Sie tun?
Melden Sie sich bis 4. Mai einmal an und hinterlegen Sie unter
"Sicherheit" Ihre bevorzugte Methode. Wenn Sie das nicht tun, werden
Sie bei der nächsten Anmeldung automatisch durch die Einrichtung
geführt.

Wir fragen Sie niemals per E-Mail nach Passwort, Code oder
Sicherheitsfrage. Wenn Sie eine solche E-Mail bekommen, ist sie nicht
von uns.

Ihr Lindenhof Kundenportal-Team
""")

mail(94, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "grey zone: explicit sender marking [streng vertraulich] in the subject; the board draft itself has no personal data, but the SPEC lets the marking win",
     frm=ST["koch"], to="\"Dr. Ulrike Sandmann\" <ulrike.sandmann@lindenhof-versicherung.example>",
     cc="Henrik Baltes <henrik.baltes@lindenhof-versicherung.example>",
     subject="[streng vertraulich] Entwurf Vorstandsvorlage Auslagerung Posteingang",
     date="2026-04-21 08:15", mailer=OUTLOOK,
     body="""Liebe Frau Dr. Sandmann,

anbei mein Entwurf für die Vorstandsvorlage zur geplanten Auslagerung
des Posteingangs (Scannen der Leistungsbelege) an einen externen
Dienstleister, aus Sicht des Datenschutzes:

1. Rechtsgrundlage: Auftragsverarbeitung nach Art. 28 DSGVO; zusätzlich
   Einwilligung bzw. Schweigepflichtentbindung wegen § 203 StGB nur
   dann nicht nötig, wenn der Dienstleister als "mitwirkende Person"
   nach § 203 Abs. 3 StGB zur Verschwiegenheit verpflichtet wird.
2. Standort: nur Rechenzentren in der EU; keine Unterauftragnehmer in
   Drittländern.
3. Datenschutz-Folgenabschätzung: erforderlich, Entwurf bis Ende Mai.
4. Betriebsrat: Mitbestimmung wegen Verlagerung von 14 Stellen;
   Gespräche laufen noch.
5. Empfehlung: Zustimmung unter Vorbehalt der DSFA.

Bitte behandeln Sie den Entwurf vertraulich, bis der Betriebsrat
informiert ist.

""" + S("koch"))

mail(95, "CONFIDENTIAL", "de", "insurer-to-customer",
     "legal-expenses neighbour dispute of a named customer (hedge and boundary), opponents' names and addresses",
     frm=ST["hoffmann"], to="Ulrich Fennen <ulrich.fennen@ostseemail.example>",
     subject="Nachbarstreit Hecke – Ihr Rechtsschutzfall 26-RS-02301",
     date="2026-04-21 13:30", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Fennen,

Ihr Streit mit den Eheleuten Kurt und Marlies Bohlen, Heideweg 12,
29664 Walsrode, über die Grenzhecke zwischen den Grundstücken Heideweg 10
und 12 ist vom Grundstücks-Rechtsschutz in Ihrem Vertrag RS 09-790 052
umfasst.

Nach dem Niedersächsischen Nachbarrechtsgesetz ist vor einer Klage ein
Schlichtungsverfahren bei der Schiedsperson der Gemeinde
vorgeschrieben. Die Kosten dafür übernehmen wir. Wir empfehlen auch
unsere kostenlose telefonische Mediation, die oft schneller zu einer
Einigung führt.

Eine Klage wäre erst danach möglich; dafür bräuchten wir dann einen
neuen Antrag.

Unser Zeichen: 26-RS-02301.

""" + S("hoffmann") + FOOT_DE)

mail(96, "NORMAL", "en", "insurer-to-partner",
     "trap: notice to the house bank about a SEPA file format change, with the insurer's own corporate IBAN and creditor ID only",
     frm="Treasury Lindenhof <treasury@lindenhof-versicherung.example>",
     to="Corporate Banking Team <corporate.banking@nordbank-hannover.example>",
     subject="SEPA direct debit files – switch to pain.008.001.08 from 1 June",
     date="2026-04-22 09:30", mailer=OUTLOOK, charset="us-ascii", cte="7bit",
     body="""Dear colleagues,

as discussed, Lindenhof Versicherungsgruppe will switch its SEPA direct
debit submission files from pain.008.001.02 to pain.008.001.08 on
1 June 2026.

Details for your set-up:
  Creditor:        Lindenhof Krankenversicherung a.G.
  Creditor ID:     DE98ZZZ00000417702
  Collection acct: DE45 7593 9854 1558 3306 84
  Files per day:   up to 4 (batch booking), approx. 180,000 mandates
                   per monthly run
  Test window:     11-22 May, test files via EBICS with order type C2S

Please confirm that the structured address fields (mandatory from
November 2026) are already supported on your side.

Best regards
Treasury / Cash Management
Lindenhof Versicherungsgruppe
""" + FOOT_EN)

mail(97, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "hearing-aid cost estimate approval for a named insured with audiogram values and diagnosis (windows-1252 body)",
     frm=ST["reinhardt"], to="Wilfried Stolte <w.stolte@weserpost.example>",
     subject="Kostenvoranschlag Hörsysteme – Zusage",
     date="2026-04-22 11:50", mailer=OUTLOOK, charset="windows-1252",
     body="""Sehr geehrter Herr Stolte,

der Kostenvoranschlag von Hörakustik am Steintor vom 14.04.2026 liegt
uns vor, zusammen mit der Verordnung Ihres HNO-Arztes.

Laut Tonaudiogramm haben Sie rechts einen Hörverlust von 40 dB und
links von 55 dB im Hauptsprachbereich; im Freiburger Sprachtest
verstehen Sie links ohne Hörgerät nur 60 % der Einsilber. Die
Versorgung beider Ohren ist damit medizinisch begründet.

Wir übernehmen aus Ihrem Tarif Komfort 2:
  Hörsysteme beidseitig (HdO, Akku)      2 x 1.290,00 €
  Ohrpassstücke, Anpassung                   180,00 €
  Kostenvoranschlag gesamt                 2.760,00 €
  Leistung 100 % bis 1.500 € je Ohr        2.760,00 €

Sie können die Geräte also ohne Eigenanteil bestellen. Bitte schicken
Sie uns nach der Anpassung die Rechnung.

""" + S("reinhardt") + FOOT_DE)

mail(98, "CONFIDENTIAL", "en", "broker",
     "broker's mail (quoted under a short reply) about a company's fleet policy with the named fleet manager and plates",
     frm=ST["hartmann"], to="Ahmet Yilmaz <a.yilmaz@yilmaz-finanz.example>",
     subject="RE: Fleet policy Heidetal Logistik – two new vans",
     date="2026-04-22 15:15", mailer=OUTLOOK,
     body="""Hi Mr Yilmaz,

both vans are added from 1 May, updated fleet list goes to your post
box today.

""" + S("hartmann") + FOOT_EN + """

-----Original Message-----
From: Ahmet Yilmaz <a.yilmaz@yilmaz-finanz.example>
Sent: Wednesday, 22 April 2026 10:02
To: Kfz-Schaden <kfz-schaden@lindenhof-versicherung.example>
Subject: Fleet policy Heidetal Logistik – two new vans

Hello,

my client Heidetal Logistik GmbH (fleet policy FL 90-004 117) is adding
two vans from 1 May:

  Mercedes eSprinter, VIN W1V9072331P448210, plate SFA-HL 31
  Mercedes eSprinter, VIN W1V9072331P448377, plate SFA-HL 32

Fleet manager and contact for all questions: Ms Doris Ahlgrimm,
phone 05191 555 207, d.ahlgrimm@heidetal-logistik.example.

Please confirm cover.

Kind regards
Ahmet Yilmaz
Yilmaz Finanz & Versicherungsmakler
""")

mail(99, "NORMAL", "en", "internal",
     "trap: internal charity drive collecting old glasses and hearing-aid batteries for donation; no person",
     frm="Social Committee <sozialteam@lindenhof-versicherung.example>",
     to="All staff <alle@lindenhof-versicherung.example>",
     subject="Donate your old glasses – collection until 15 May",
     date="2026-04-23 10:00",
     body="""Dear colleagues,

do you have old glasses in a drawer? Our social committee is collecting
them again for "Brillen ohne Grenzen", a charity that cleans, measures
and passes them on to people in Ghana and Burkina Faso who cannot
afford glasses.

What we collect:
- glasses of any strength, also reading and sunglasses with prescription
- old frames
- unused hearing-aid batteries (size 10, 13, 312, 675)

Where: boxes at the main reception and in the canteen, until 15 May.

Last year we collected 412 pairs - let's beat that!

Your Social Committee
""")

mail(100, "NORMAL", "de", "insurer-to-dentist",
     "trap: information to partner dental practices about registering for the practice portal; no patient",
     frm="Lindenhof Praxisportal <praxisportal@lindenhof-versicherung.example>",
     to="\"Zahnarztpraxis Dr. Lüdeke\" <praxis@zahnarzt-luedeke.example>",
     subject="Praxisportal: Heil- und Kostenpläne jetzt digital einreichen",
     date="2026-04-23 14:00",
     body="""Sehr geehrte Damen und Herren,

ab sofort können Zahnarztpraxen Heil- und Kostenpläne, Röntgenbilder und
Rechnungen ihrer Lindenhof-versicherten Patientinnen und Patienten über
unser Praxisportal einreichen - verschlüsselt und ohne Porto.

Ihre Vorteile:
- Eingangsbestätigung sofort, Entscheidung über HKP in der Regel in
  5 Arbeitstagen
- Rückfragen des beratenden Zahnarztes direkt im Portal
- Direktabrechnung mit Zahlungsavis

Registrierung:
https://praxis.lindenhof-versicherung.example/registrierung
Sie brauchen Ihre KZV-Abrechnungsnummer und die Anschrift der Praxis.
Das Initialpasswort schicken wir per Post an die Praxisadresse.

Bitte senden Sie uns Patientenunterlagen künftig nicht mehr per
unverschlüsselter E-Mail.

Mit freundlichen Grüßen
Ihr Team Praxisportal
Lindenhof Krankenversicherung a.G.
""")

# ---------------------------------------------------------------------------
# d204-0101 .. d204-0125
# ---------------------------------------------------------------------------

mail(101, "CONFIDENTIAL", "en", "insurer-to-customer",
     "confirmation of a named customer's motor policy cancellation after the car was sold: policy, plate, refund",
     frm=ST["hartmann"], to="Lucas Moreau <lucas.moreau@inbox-global.example>",
     subject="Cancellation of your car insurance KFZ 7 511 772 049",
     date="2026-04-24 09:30", mailer=OUTLOOK,
     body="""Dear Mr Moreau,

we have received the confirmation from the registration office that
your car (Renault Clio, H-LM 2210) was transferred to its new owner on
15 April 2026. Your motor insurance KFZ 7 511 772 049 therefore ended on
that day.

You had paid the premium for the full year until 31 December 2026. We
are refunding the unused part of EUR 356.42 to your account ending 0915
within the next few days.

Your no-claims class (SF 4) is kept for seven years. If you buy a car
again, just give your new insurer our policy number.

Thank you for having been our customer, and all the best for your
move back to Lyon.

""" + S("hartmann") + FOOT_EN)

mail(102, "NORMAL", "en", "newsletter",
     "trap: expat customer newsletter about children's teeth, fluoride and first orthodontic check; general advice only",
     frm="Lindenhof International <newsletter-international@lindenhof-versicherung.example>",
     to="expat-members@lindenhof-versicherung.example",
     subject="Healthy in Germany – Your child's teeth",
     date="2026-04-24 07:00",
     hdrs={"Precedence": "bulk",
           "List-Unsubscribe": "<https://www.lindenhof-versicherung.example/en/newsletter/unsubscribe>"},
     body="""HEALTHY IN GERMANY - April 2026
Your child's teeth

First visit to the dentist
German paediatric dentists recommend a first visit when the first tooth
appears, at the latest by the first birthday. Children's check-ups are
covered by all our family plans without excess.

Fluoride
In Germany, fluoride is usually given via toothpaste and fluoridated
table salt, not via tap water. Ask your dentist about varnish
applications twice a year.

When should a child see an orthodontist?
Usually between the ages of 8 and 10. Early treatment before age 9 is
only needed for certain problems such as crossbite. Our children's
dental module covers orthodontic treatment if it starts after the
waiting period of 8 months.

Dental emergencies
Knocked-out tooth? Put it in milk or the child's own saliva (in the
cheek, only for older children) and see a dentist within 30 minutes.

Unsubscribe: https://www.lindenhof-versicherung.example/en/newsletter/unsubscribe
""",
     html="""<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h1 style="color:#2f6b4f;font-size:20px">HEALTHY IN GERMANY – April 2026</h1>
<h2 style="font-size:17px">Your child's teeth</h2>
<h3>First visit to the dentist</h3>
<p>German paediatric dentists recommend a first visit when the first tooth appears, at the latest by the first birthday. Children's check-ups are covered by all our family plans without excess.</p>
<h3>Fluoride</h3>
<p>In Germany, fluoride is usually given via toothpaste and fluoridated table salt, not via tap water. Ask your dentist about varnish applications twice a year.</p>
<h3>When should a child see an orthodontist?</h3>
<p>Usually between the ages of 8 and 10. Early treatment before age 9 is only needed for certain problems such as crossbite. Our children's dental module covers orthodontic treatment if it starts after the waiting period of 8 months.</p>
<h3>Dental emergencies</h3>
<p>Knocked-out tooth? Put it in milk or the child's own saliva (in the cheek, only for older children) and see a dentist within 30 minutes.</p>
<p style="font-size:11px"><a href="https://www.lindenhof-versicherung.example/en/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>
""")

mail(103, "STRICTLY_CONFIDENTIAL", "de", "hospital",
     "hospital's mail attached as message/rfc822 with a discharge letter PDF inside (fractures, surgery) of a named accident insured",
     frm=ST["szymanski"], to="Beratungsarzt Unfall <beratungsarzt-unfall@lindenhof-versicherung.example>",
     subject="WG: Entlassungsbrief Herr Gerold Manthey",
     date="2026-04-24 11:15", mailer=OUTLOOK,
     body="""Hallo,

bitte um Einschätzung zur voraussichtlichen Invalidität (UV 5512-330-18,
Vorgang U-26-00921). Der Entlassungsbrief steckt in der angehängten Mail
der Klinik.

Danke
Claudia Szymański

""" + S("szymanski"),
     atts=[fwd(inner(103, "hosp",
         frm="Sekretariat Unfallchirurgie <sekretariat.uch@klinikum-nordstadt.example>",
         to=ST["szymanski"],
         subject="Ihre Anforderung vom 09.04.2026 – Manthey, Gerold",
         date="2026-04-23 15:02",
         body="""Sehr geehrte Frau Szymański,

anbei wie angefordert der Entlassungsbrief. Die Schweigepflicht-
entbindung des Patienten liegt uns vor.

Mit freundlichen Grüßen
Sekretariat Prof. Dr. Tessmer
Klinik für Unfallchirurgie, Klinikum Nordstadt
""",
         atts=[att("Entlassungsbrief_Manthey.pdf", pdf([[
             "# Klinikum Nordstadt - Klinik für Unfallchirurgie und Orthopädie",
             "Chefarzt Prof. Dr. med. Rainer Tessmer",
             "",
             "Entlassungsbrief",
             "Patient: Gerold Manthey, geb. 03.01.1961, Am Ihmeufer 5, 30449 Hannover",
             "Stationärer Aufenthalt: 21.03.2026 bis 30.03.2026",
             "",
             "# Diagnosen",
             "S52.51 Distale Radiusfraktur links, extraartikulär",
             "S22.32 Fraktur der 6. und 7. Rippe rechts",
             "Nebendiagnosen: I10.90 arterielle Hypertonie, E11.9 Diabetes mellitus Typ 2",
             "",
             "# Anamnese",
             "Sturz von einer Leiter (ca. 2 m) beim Obstbaumschnitt im eigenen Garten am 21.03.2026.",
             "",
             "# Therapie",
             "22.03.2026 offene Reposition und winkelstabile Plattenosteosynthese Radius links (OPS 5-794.k6).",
             "Rippenfrakturen konservativ, Analgesie mit Metamizol und Tilidin/Naloxon.",
             "",
             "# Procedere",
             "Physiotherapie, Belastung ab 6. Woche, Röntgenkontrolle nach 6 Wochen, Metallentfernung nach 12 Monaten optional.",
             "Arbeitsunfähig voraussichtlich bis 15.05.2026.",
         ]], title="Entlassungsbrief", date="20260330140000", author="Klinikum Nordstadt"))],
         host="klinikum-nordstadt.example"), filename="Entlassungsbrief Manthey.eml")])

mail(104, "CONFIDENTIAL", "de", "insurer-to-customer",
     "glass insurance claim for a named customer's broken ceramic hob: address, policy, claim number, invoice amount",
     frm=ST["lorenz"], to="Dagmar Seelhorst <dagmar.seelhorst@kabelmail.example>",
     subject="Glasbruch Cerankochfeld – Schaden GL-26-00155",
     date="2026-04-27 10:00", mailer=OUTLOOK,
     body="""Guten Tag Frau Seelhorst,

der Sprung in Ihrem Cerankochfeld ist über die Glasversicherung
GL 12-118 630 versichert (Wohnung Gartenstraße 8, 31515 Wunstorf).

Die Rechnung von Elektro Brünig über den Tausch des Kochfelds
(Ersatzteil 389,00 €, Montage 95,00 €, zusammen 484,00 €) erstatten wir
vollständig; in der Glasversicherung gibt es bei Ihnen keine
Selbstbeteiligung.

Die Zahlung geht an das Konto, von dem wir auch den Beitrag abbuchen.

""" + S("lorenz") + FOOT_DE)

mail(105, "NORMAL", "de", "internal",
     "trap: CSV (windows-1252) of dental and vision tariff premiums by entry age; price table, no person",
     frm="Produktmanagement Kranken <pm-kranken@lindenhof-versicherung.example>",
     to="Vertriebsunterstützung <vertriebsunterstuetzung@lindenhof-versicherung.example>",
     subject="Beitragstabellen Zahn/Seh 2026-07 für den Online-Rechner",
     date="2026-04-27 13:20", mailer=OUTLOOK,
     body="""Hallo zusammen,

anbei die Beitragstabellen (Monatsbeiträge nach Eintrittsalter) für die
Tarifgeneration 2026-07, wie mit der Aktuariatsabteilung abgestimmt.
Bitte bis 05.06. in den Online-Rechner übernehmen; die Datei ist
Windows-1252 kodiert, Trennzeichen Semikolon, wie vom Rechner-Import
erwartet.

Viele Grüße
Produktmanagement Kranken
""",
     atts=[att("Beitraege_Zahn_Seh_2026-07.csv", csvb([
         ["Eintrittsalter", "ZahnPlus 60", "ZahnPlus 80", "ZahnPlus 100", "SehPlus", "KFO-Kids"],
         ["0-14", "6,90 €", "9,40 €", "12,80 €", "3,90 €", "14,90 €"],
         ["15-20", "8,10 €", "11,20 €", "15,60 €", "4,90 €", ""],
         ["21-30", "10,30 €", "14,90 €", "21,40 €", "6,40 €", ""],
         ["31-40", "13,60 €", "19,80 €", "28,90 €", "7,20 €", ""],
         ["41-50", "17,90 €", "26,10 €", "38,70 €", "8,60 €", ""],
         ["51-60", "22,40 €", "32,90 €", "48,30 €", "9,90 €", ""],
         ["61+", "26,80 €", "39,50 €", "57,20 €", "11,40 €", ""],
     ], enc="windows-1252"), mime="text/csv", charset="windows-1252")])

mail(106, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
     "life insurance death benefit to the heirs of a named deceased policyholder: policy, sum, certificate of inheritance (personal line)",
     frm=ST["brandt"], to="Jürgen Hasselbring <juergen.hasselbring@netzpost.example>",
     subject="Lebensversicherung Ihres verstorbenen Vaters – Auszahlung",
     date="2026-04-27 15:40", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Hasselbring,

zunächst unser aufrichtiges Beileid zum Tod Ihres Vaters, Herrn Otto
Hasselbring (geb. 11.05.1941, verstorben am 02.03.2026).

Wir haben die Sterbeurkunde und den Erbschein des Amtsgerichts Celle
vom 09.04.2026 erhalten. Für die Kapitallebensversicherung
LV-1989-0088214 war kein Bezugsberechtigter benannt; die Leistung fällt
daher in den Nachlass und steht den Erben laut Erbschein zu je 1/2 zu:

Versicherungssumme                     15.338,76 €
Überschussbeteiligung                   8.904,12 €
Auszahlungsbetrag gesamt               24.242,88 €
je Erbe (Sie und Frau Anke Wiechmann)  12.121,44 €

Bitte teilen Sie uns beide jeweils Ihre Bankverbindung schriftlich mit.
Da Ihr Vater Versicherungsnehmer und versicherte Person war, melden wir
die Auszahlung dem Finanzamt für die Erbschaftsteuer (§ 33 ErbStG).

""" + S("brandt") + FOOT_DE)

mail(107, "CONFIDENTIAL", "en", "insurer-to-customer",
     "household burglary claim of a named customer: address, police file number, stolen items, policy",
     frm=ST["lorenz"], to="Samira Haddad <samira.haddad@mailbox-nord.example>",
     subject="Your burglary claim HR-26-01277 – list of stolen items",
     date="2026-04-28 09:20", mailer=OUTLOOK,
     body="""Dear Ms Haddad,

thank you for the list of stolen items and the police report (file
0218/26/081544, Polizeikommissariat Hannover-Südstadt).

Claim:     HR-26-01277
Policy:    HR 23-442 018, flat Geibelstraße 31, 30173 Hannover

To settle the claim quickly we still need:
1. receipts or photos for the laptop, the camera and the watch,
2. the invoice for the repair of the flat door (the landlord's
   insurance pays for the door itself, but we cover the lock),
3. confirmation that the balcony door was locked.

For the jewellery without receipts, a description with photos from
family occasions is enough.

""" + S("lorenz") + FOOT_EN)

mail(108, "NORMAL", "de", "insurer-to-customer",
     "trap: grey zone, confirmation of a newsletter unsubscription; name and e-mail only, no contract or insured status",
     frm="Lindenhof Newsletter <newsletter@lindenhof-versicherung.example>",
     to="Hans-Georg Pieper <hg.pieper@ostseemail.example>",
     subject="Abmeldung vom Gesundheitsbrief bestätigt",
     date="2026-04-28 10:02", cte="8bit",
     hdrs={"Auto-Submitted": "auto-generated"},
     body="""Guten Tag Hans-Georg Pieper,

Sie haben sich erfolgreich vom Newsletter "Gesundheitsbrief" abgemeldet.
Ihre E-Mail-Adresse hg.pieper@ostseemail.example wird für den
Newsletter nicht mehr verwendet.

Falls das ein Versehen war, können Sie sich jederzeit wieder anmelden:
https://www.lindenhof-versicherung.example/newsletter

Diese E-Mail wurde automatisch erstellt.

Lindenhof Versicherungsgruppe
""")

mail(109, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "HTML-only table of an expat family's dental and orthodontic claims with children's names and birth dates",
     frm=ST["oneill"], to="Rafael Costa <rafael.costa@inbox-global.example>",
     subject="Dental claims 2026 – overview for your family",
     date="2026-04-28 12:45", html_only=True,
     html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr Costa,</p>
<p>as requested, here is the overview of all dental claims for your family this year under policy IHP-0091207. The orthodontic budget for Beatriz is now 62&nbsp;% used.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8f1ec"><th>Member</th><th>Date</th><th>Treatment</th><th>Invoiced</th><th>Paid</th></tr>
<tr><td>Rafael Costa (1979-02-11)</td><td>2026-01-22</td><td>Root canal treatment tooth 36, 3 sessions</td><td>EUR 612.00</td><td>EUR 489.60</td></tr>
<tr><td>Ana Costa (1982-09-30)</td><td>2026-02-05</td><td>Professional cleaning, gingivitis treatment</td><td>EUR 145.00</td><td>EUR 145.00</td></tr>
<tr><td>Beatriz Costa (2013-06-17)</td><td>2026-01-15</td><td>Orthodontics quarter 3/16, fixed braces (Class II)</td><td>EUR 688.20</td><td>EUR 550.56</td></tr>
<tr><td>Beatriz Costa</td><td>2026-04-14</td><td>Orthodontics quarter 4/16</td><td>EUR 688.20</td><td>EUR 550.56</td></tr>
<tr><td>Tiago Costa (2017-03-04)</td><td>2026-03-09</td><td>Fissure sealing 16, 26, 36, 46</td><td>EUR 92.40</td><td>EUR 92.40</td></tr>
</table>
<p>Kind regards,<br>Patrick O'Neill<br>International Health Team | Lindenhof Krankenversicherung a.G.</p>
</body></html>
""")

mail(110, "CONFIDENTIAL", "de", "insurer-to-broker",
     "commission statement to a sole-trader broker with his IBAN and tax number (natural person's financial data)",
     frm="Provisionsabrechnung <provision@lindenhof-versicherung.example>",
     to="Gerd Ostermann <info@finanzkontor-ostermann.example>",
     subject="Courtageabrechnung April 2026 – Vermittlernummer 40-2217",
     date="2026-04-29 06:10",
     hdrs={"X-Lindenhof-System": "Provision 7.0"},
     body="""Courtageabrechnung April 2026

Vermittler:        Gerd Ostermann, Finanzkontor Ostermann (Einzelunternehmen)
Vermittlernummer:  40-2217
Anschrift:         Große Straße 48, 27283 Verden (Aller)
Steuernummer:      52/141/05833
USt:               steuerfrei nach § 4 Nr. 11 UStG

Abschlusscourtage Sach/HUK          1.184,20 €
Bestandscourtage Sach/HUK             642,75 €
Abschlusscourtage Kranken (Zahn)      311,60 €
Stornobelastung                      -118,40 €
Auszahlung                          2.020,15 €

Überweisung am 30.04.2026 auf:
IBAN DE07 4863 4473 3979 3736 60 (Gerd Ostermann)

Die Einzelaufstellung je Vertrag steht im Maklerportal unter
"Abrechnungen" zum Download bereit.
""")

mail(111, "NORMAL", "en", "internal",
     "trap: ODS with aggregated glasses claims by dioptre band and age band; no person",
     frm=ST["reinhardt"], to="Rachel Moore <rachel.moore@lindenhof-versicherung.example>",
     subject="Glasses claims by dioptre band (for the SehPlus pricing)",
     date="2026-04-29 11:30", mailer=OUTLOOK,
     body="""Hi Rachel,

here is the breakdown you asked for, exported from the claims data mart
(2024-2025, Komfort tariffs). Cells with fewer than 20 claims are merged
into the neighbouring band, so nothing is traceable to a person.

In short: the average invoice rises sharply above +/- 6 dpt and with
varifocals; the benefit cap of EUR 300 binds in 71 % of all claims.

Cheers
Tobias

""" + S("reinhardt"),
     atts=[att("glasses_by_dioptre_2024_2025.ods", ods([
         ("by dioptre", [
             ["Sphere band (stronger eye)", "Claims", "Avg invoice EUR", "Avg paid EUR", "Share capped"],
             ["-0.25 to -2.00", 4120, 412.0, 236.0, 0.58],
             ["-2.25 to -6.00", 5310, 498.0, 262.0, 0.74],
             ["below -6.00", 880, 731.0, 294.0, 0.96],
             ["+0.25 to +2.00", 6020, 603.0, 271.0, 0.79],
             ["above +2.00", 2140, 688.0, 288.0, 0.9],
         ]),
         ("by age", [
             ["Age band", "Claims", "Varifocal share"],
             ["0-17", 2210, 0.0], ["18-44", 5480, 0.04], ["45-64", 7930, 0.71], ["65+", 2850, 0.83],
         ]),
     ], title="Glasses by dioptre", creator="Tobias Reinhardt", date="2026-04-29T11:00:00"))])

mail(112, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "short request for the original invoice; the quoted customer mail describes her new dentures, gum problems and bonus booklet",
     frm=ST["albrecht"], to="Irmgard Tessendorf <irmgard.tessendorf@weserpost.example>",
     subject="AW: Zahnersatz Rechnung",
     date="2026-04-29 14:05", mailer=OUTLOOK,
     irt=msgid(112, "orig", "weserpost.example"),
     body="""Sehr geehrte Frau Tessendorf,

danke für Ihre Nachricht. Bitte senden Sie uns noch die
Originalrechnung (oder einen gut lesbaren Scan aller Seiten) über die
App oder per Post; die Kopie des Bonushefts brauchen wir nicht.

""" + S("albrecht") + FOOT_DE + """

-----Ursprüngliche Nachricht-----
Von: Irmgard Tessendorf <irmgard.tessendorf@weserpost.example>
Gesendet: Montag, 27. April 2026 17:31
An: leistung-zahn@lindenhof-versicherung.example
Betreff: Zahnersatz Rechnung

Sehr geehrte Damen und Herren,

ich habe jetzt endlich meine neue Teilprothese im Unterkiefer bekommen,
nachdem mir im Winter die letzten Backenzähne rechts gezogen werden
mussten (Zahnfleischschwund, die waren ganz locker). Die Prothese
drückt noch etwas, aber der Zahnarzt sagt das gibt sich.

Die Rechnung über 1.846,50 Euro schicke ich Ihnen als Foto mit. Die
Krankenkasse hat den Festzuschuss mit Bonus 70% gezahlt, mein Bonusheft
ist lückenlos seit 2010, Kopie auch anbei.

Vertrag ist KV 112-301-4452 (Irmgard Tessendorf).

Mit freundlichen Grüßen
Irmgard Tessendorf
""")

mail(113, "CONFIDENTIAL", "en", "insurer-to-customer",
     "cargo claim of a sole-trader importer (natural person): policy, shipment, damage amount, IBAN; no health data",
     frm=ST["seidel"], to="Nguyen Van Minh <minh@nguyen-import.example>",
     subject="Cargo claim TR-26-0088 – container HLXU 418830 7",
     date="2026-04-30 09:55", mailer=OUTLOOK,
     body="""Dear Mr Nguyen,

the surveyor's report on the water damage in container HLXU 418830 7
(Hai Phong - Hamburg, arrived 2 April 2026) is now available.

  Insured:        Nguyen Van Minh, trading as "Nguyen Import" (sole
                  trader), Podbielskistraße 160, 30177 Hannover
  Open cover:     TR 70-001 209
  Goods:          312 cartons of ceramic tableware
  Damaged:        47 cartons (mould on the packaging, 19 cartons with
                  broken goods due to collapsed stacks)
  Invoice value of the damaged goods (CIF + 10 %):   EUR 8,466.00
  Deductible:                                        EUR   500.00
  Payment:                                           EUR 7,966.00

We will pay to your business account DE80 7072 9042 7185 8424 64 and
take recourse against the shipping line.

""" + S("seidel") + FOOT_EN)

mail(114, "NORMAL", "de", "internal",
     "trap: facility note about water damage in the ground-floor optician shop (company tenant) of the insurer's own building; no private person",
     frm="Haustechnik <haustechnik@lindenhof-versicherung.example>",
     to="Facility Management <facility@lindenhof-versicherung.example>",
     subject="Wasserschaden Mietfläche EG – Optik am Markt GmbH",
     date="2026-04-30 12:40", mailer=OUTLOOK,
     body="""Hallo zusammen,

heute Morgen ist im Gebäude Am Lindenhof 14 die Fallleitung im 1. OG
(Teeküche) undicht geworden. Betroffen ist die Mietfläche im EG, die an
die Optik am Markt GmbH vermietet ist: Deckenplatten im Verkaufsraum und
im Refraktionsraum durchnässt, ein Brillenregal und der Phoropter
(Messgerät) sind nass geworden.

Maßnahmen:
- Leitung abgesperrt, Sanitär Kühne ist vor Ort
- Trocknung ab morgen durch Fa. TrockenTec
- Der Mieter hat den Schaden an seiner Einrichtung seiner eigenen
  Inhaltsversicherung gemeldet; Ansprechpartner dort ist der
  Geschäftsführer über die allgemeine Ladennummer.

Gebäudeschaden bitte über unsere eigene Gebäudeversicherung melden
(Objekt Am Lindenhof 14).

Gruß
Rolf Bergmann
Haustechnik
""")

mail(115, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "hospital daily allowance after cataract surgery of a named insured (ICD H25.1, lens implant, two days inpatient)",
     frm=ST["reinhardt"], to="Gisela Hohmeyer <gisela.hohmeyer@ostseemail.example>",
     subject="Ihr Krankenhaustagegeld – Augenklinik",
     date="2026-04-30 15:10", mailer=OUTLOOK,
     body="""Sehr geehrte Frau Hohmeyer,

danke für die Aufenthaltsbescheinigung der Augenklinik Bad Zwischenahn.

Sie wurden vom 20.04. bis 22.04.2026 stationär behandelt; laut
Bescheinigung wurde am rechten Auge eine Katarakt-Operation (grauer
Star, H25.1) mit Implantation einer Kunstlinse durchgeführt. Wegen
Ihres Glaukoms am selben Auge war die stationäre Aufnahme ärztlich
angeordnet.

Aus Ihrem Krankenhaustagegeld-Tarif KHT 50 zahlen wir für 3
Kalendertage je 50,00 €, zusammen 150,00 €.

Die Kosten der Operation selbst rechnet die Klinik mit Ihrer
gesetzlichen Krankenkasse ab; die Mehrkosten für die
Premium-Linse (torische Linse) können Sie uns zur Prüfung aus Ihrem
Zusatztarif einreichen.

Gute Besserung!

""" + S("reinhardt") + FOOT_DE)

mail(116, "NORMAL", "de", "internal",
     "trap: IT maintenance notice for the dental and aids claims system; no case data",
     frm=ST["gruenewald"], to="Leistung Kranken <leistung-kranken-alle@lindenhof-versicherung.example>",
     subject="Wartung LEIKRA Zahn/Hilfsmittel am Samstag, 09.05., 06:00-14:00",
     date="2026-05-04 10:30", mailer=OUTLOOK,
     body="""Hallo zusammen,

am Samstag, 09.05.2026, spielen wir zwischen 06:00 und 14:00 Uhr das
Release 26.2 in LEIKRA (Leistungssystem Zahn und Hilfsmittel) ein.

Was ist neu?
- GOZ-Prüfregeln: neue Plausibilitätsprüfung für Analogpositionen
- Hilfsmittel: Feld "Hörsystem Akku ja/nein" und neue Schlüssel für
  Sehhilfen (Einstärken/Gleitsicht/Kontaktlinse)
- HKP-Eingang: Uploads aus der App bis 25 MB

Während der Wartung sind LEIKRA und das Praxisportal nicht erreichbar.
Bitte vorher alle offenen Bearbeitungen speichern.

""" + S("gruenewald"))

mail(117, "NORMAL", "en", "insurer-to-supplier",
     "trap: translation order for the dental and vision tariff conditions (DOCX excerpt of the general terms); no person",
     frm=ST["oneill"], to="Project Management <pm@lingua-bridge.example>",
     subject="Translation order: dental & vision tariff conditions DE>EN",
     date="2026-05-04 13:15", mailer=OUTLOOK,
     body="""Dear Ms Kaur,

please find attached the German tariff conditions of our dental (ZahnPlus)
and vision (SehPlus) tariffs for translation into English, as per your
quotation LB-26-0419 (EUR 0.16 per word, approx. 6,400 words).

Please use our glossary (sent in February): "Heil- und Kostenplan" =
"treatment and cost plan", "Zahnstaffel" = "graduated dental limit",
"Sehhilfe" = "visual aid", "Festzuschuss" = "fixed statutory subsidy".

Delivery by 22 May please. Purchase order BE-2400-2026-077.

""" + S("oneill") + FOOT_EN,
     atts=[att("AVB_ZahnPlus_SehPlus_2026-07_Auszug.docx", docx([
         "# Allgemeine Versicherungsbedingungen ZahnPlus / SehPlus (Stand 07/2026) – Auszug",
         "§ 1 Gegenstand der Versicherung",
         "Der Versicherer erstattet Aufwendungen für zahnärztliche Behandlung, Zahnersatz, Inlays, "
         "kieferorthopädische Behandlung sowie Sehhilfen im tariflichen Umfang.",
         "§ 3 Wartezeiten und Einschränkungen",
         "(1) Für Zahnersatz und Kieferorthopädie gilt eine Wartezeit von acht Monaten.",
         "(4) Nicht versichert sind Behandlungen, die vor Beginn des Versicherungsschutzes angeraten oder begonnen waren.",
         "§ 4 Zahnstaffel",
         "In den ersten vier Versicherungsjahren ist die Leistung für Zahnersatz, Inlays und Kieferorthopädie auf "
         "1.000 €, 2.000 €, 3.000 € und 4.000 € begrenzt. Die Begrenzung entfällt bei Unfällen.",
         "§ 5 Heil- und Kostenplan",
         "Übersteigen die voraussichtlichen Kosten 1.500 €, soll vor Behandlungsbeginn ein Heil- und Kostenplan "
         "eingereicht werden.",
         "§ 7 Sehhilfen",
         "Erstattet werden Brillengläser, Fassungen und Kontaktlinsen bis zu 300 € (SehPlus Premium: 500 €) innerhalb "
         "von zwei Kalenderjahren; bei einer Änderung der Sehstärke um mindestens 0,5 Dioptrien auch früher.",
     ], title="AVB ZahnPlus SehPlus Auszug", creator="Produktmanagement", date="2026-05-04T09:00:00Z"))])

mail(118, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "accident insurance: named insured's eye injury from fireworks with remaining visual acuity and invalidity degree (eye in the limb table)",
     frm=ST["szymanski"], to="Dmitri Volkov <d.volkov@mailbox-nord.example>",
     subject="Your accident claim U-26-00044 – invalidity assessment",
     date="2026-05-05 10:20", mailer=OUTLOOK,
     body="""Dear Mr Volkov,

the final report of Prof. Dr. Reimers (University Eye Hospital) on the
injury you suffered on New Year's Eve is now available.

Findings: a firework rocket hit your right eye on 1 January 2026
(00:20), causing a corneal perforation and a traumatic cataract. After
two operations the corrected visual acuity of the right eye is 0.2
(20 %); the left eye is unaffected (1.0).

Under the limb and organ table (Gliedertaxe) of your personal accident
policy UV 5512-770-03, the complete loss of sight of one eye is valued
at 50 %. According to the expert table, a visual acuity of 0.2 in one
eye with a healthy other eye corresponds to one quarter of the value
for complete loss, i.e. 12.5 %.

  Basic sum insured                 EUR 100,000
  Invalidity 12.5 %                 EUR  12,500
  Progression (225 %) not reached below 25 %
  Payment                           EUR  12,500

The payment will be made within two weeks. If your vision gets worse
within three years of the accident, you or we can have the degree of
invalidity reassessed.

""" + S("szymanski") + FOOT_EN)

mail(119, "CONFIDENTIAL", "en", "insurer-to-customer",
     "new buildings insurance contract for a named customer: address, year of construction, premium and SEPA IBAN",
     frm=ST["lorenz"], to="Erik Johansson <erik.johansson@inbox-global.example>",
     subject="Welcome – your buildings insurance WG 55-330 271",
     date="2026-05-05 14:35", mailer=OUTLOOK,
     body="""Dear Mr Johansson,

welcome to Lindenhof, and congratulations on your new house! Your
buildings insurance is now in place:

  Policy:           WG 55-330 271
  Insured building: Tannenweg 11, 30938 Burgwedel
                    (semi-detached, built 1998, 142 m² living area)
  Start:            7 May 2026 (day of the property transfer)
  Cover:            fire, mains water, storm/hail, natural hazards
  Annual premium:   EUR 892.40
  Direct debit:     IBAN DE12 1353 5062 7654 9782 06, mandate
                    LHV-WG55330271-01, each 1 June

The lender (Sparkasse Hannover) will receive a confirmation of cover
separately, as you requested.

""" + S("lorenz") + FOOT_EN)

mail(120, "NORMAL", "de", "internal",
     "trap: DPIA minutes (DOCX) for uploading treatment plans in the app; only fictitious test persons and data categories",
     frm=ST["koch"], to="Projekt HKP-App <projekt-hkp-app@lindenhof-versicherung.example>",
     subject="Protokoll DSFA-Workshop HKP-Upload per App (05.05.2026)",
     date="2026-05-06 09:00", mailer=OUTLOOK,
     body="""Liebe Projektbeteiligte,

anbei das Protokoll unseres DSFA-Workshops von gestern. Bitte bis
13.05. Anmerkungen, danach geht die DSFA in die Freigabe.

Wichtigster offener Punkt: Die Test-Uploads in der Abnahmeumgebung
dürfen ausschließlich mit den synthetischen Testpersonen erfolgen
(siehe Protokoll, Punkt 4).

""" + S("koch"),
     atts=[att("Protokoll_DSFA_HKP-App_2026-05-05.docx", docx([
         "# Protokoll Datenschutz-Folgenabschätzung: HKP-Upload per App",
         "Datum: 05.05.2026, 10:00-12:30, Raum 2.04 / Teams",
         "Teilnehmende: Datenschutz, IT-Sicherheit, Leistung Zahn, Produktteam App, Betriebsrat (Gast)",
         "1. Verarbeitung: Versicherte fotografieren Heil- und Kostenpläne, Röntgenbefunde und Rechnungen und laden "
         "sie in der App hoch. Daten: Gesundheitsdaten (Art. 9 DSGVO), Vertragsdaten, Bankdaten.",
         "2. Risiken: Fehlzuordnung zu falscher versicherter Person (Familienverträge); Bilder verbleiben in der "
         "Fotogalerie des Geräts; Upload über unsichere Netze.",
         "3. Maßnahmen: Aufnahme in der App ohne Speicherung in der Galerie; TLS 1.3 mit Zertifikats-Pinning; Auswahl "
         "der versicherten Person vor dem Upload mit Bestätigung.",
         "4. Testdaten: Abnahme nur mit synthetischen Testpersonen 'Tessa Test (fiktiv)', 'Max Mustermann (fiktiv)'; "
         "Muster-HKP mit Befund 'Zahn 99' (ungültige Zahnnummer als Kennzeichen).",
         ("table", [["Risiko", "Eintritt", "Schwere", "nach Maßnahmen"],
                    ["Fehlzuordnung", "mittel", "hoch", "gering"],
                    ["Galerie-Kopie", "hoch", "mittel", "gering"],
                    ["Abfangen bei Übertragung", "gering", "hoch", "sehr gering"]]),
         "5. Ergebnis: Restrisiko vertretbar; Freigabe nach Umsetzung der Maßnahmen aus Punkt 3.",
     ], title="Protokoll DSFA HKP-App", creator="Sabine Koch", date="2026-05-05T14:10:00Z"))])

mail(121, "NORMAL", "de", "insurer-to-customer",
     "trap: portal registration confirmation; name only, one-time password sent by post, no contract or health data",
     frm="Lindenhof Kundenportal <noreply-portal@lindenhof-versicherung.example>",
     to="Monika Drewes <monika.drewes@posteingang.example>",
     subject="Ihre Registrierung im Lindenhof-Kundenportal",
     date="2026-05-06 11:47", cte="quoted-printable",
     hdrs={"Auto-Submitted": "auto-generated"},
     body="""Guten Tag Frau Drewes,

vielen Dank für Ihre Registrierung im Lindenhof-Kundenportal.

Aus Sicherheitsgründen erhalten Sie Ihr Einmal-Passwort in den nächsten
Tagen per Brief an Ihre bei uns hinterlegte Anschrift. Mit dem
Einmal-Passwort melden Sie sich unter
https://kundenportal.lindenhof-versicherung.example an und vergeben ein
eigenes Passwort und eine Sicherheitsfrage.

Das Einmal-Passwort ist 14 Tage gültig.

Sie haben sich nicht registriert? Dann melden Sie sich bitte bei uns
unter 0800 4470 100.

Ihr Lindenhof Kundenportal-Team
""")

mail(122, "CONFIDENTIAL", "en", "insurer-to-customer",
     "rental car excess reimbursement for a named customer: rental agreement, damage, amount; nobody hurt",
     frm=ST["brenner"], to="Aoife Brennan <aoife.brennan@inbox-global.example>",
     subject="Rental car excess – claim R-26-03012",
     date="2026-05-07 09:30", mailer=OUTLOOK,
     body="""Dear Ms Brennan,

thanks for sending the damage report and the charge from RentaCar
Algarve. Your rental car excess insurance (policy RV-3340-6080) covers
the excess they charged you:

  Rental agreement:   RCA-FAO-2026-118874, Fiat 500, 18-25 April 2026
  Damage:             scratched rear bumper and broken mirror in a car
                      park in Lagos (nobody hurt, no other car involved)
  Charged excess:     EUR 950.00
  We reimburse:       EUR 950.00

The payment goes to your account ending 3307 in the next few days.

""" + S("brenner") + FOOT_EN)

mail(123, "NORMAL", "en", "insurer-to-partner",
     "trap: answer to the external auditors on sampling methodology for the dental claims audit; no claim data in the mail",
     frm=ST["moore"], to="Audit Team <audit.insurance@kpf-auditors.example>",
     subject="RE: Year-end audit – sampling of dental and vision claims",
     date="2026-05-07 14:00", mailer=OUTLOOK, charset="us-ascii", cte="7bit",
     body="""Dear Mr Adebayo,

regarding your questions on the claims sample:

1. Population: all dental and vision claims paid between 1 January and
   31 December 2025 in the Komfort, ZahnPlus and SehPlus tariffs,
   approx. 214,000 payments, total EUR 96.4 m.
2. Stratification: by amount (< EUR 500, 500-5,000, > 5,000) and by
   channel (app, post, practice portal).
3. Sample size: 60 items per stratum, random seed documented.
4. Access: your team reviews the sampled files on site in our data room
   on terminals without export function. We cannot send claim files by
   e-mail, as they contain health data.

The population file (claim numbers and amounts only) will be provided
in the data room as well.

""" + S("moore") + FOOT_EN)

mail(124, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "harmless body; the ODT attachment answers an orthodontic cost plan for a named child with KIG grade, findings and amounts",
     frm=ST["albrecht"], to="Tanja Hollenberg <tanja.hollenberg@kabelmail.example>",
     subject="Ihr Schreiben vom 30.04.2026",
     date="2026-05-08 10:10", mailer="LibreOffice Mail Merge",
     body="""Sehr geehrte Frau Hollenberg,

unsere Antwort auf Ihr Schreiben finden Sie in der Anlage.

""" + S("albrecht") + FOOT_DE,
     atts=[att("Antwort_Hollenberg_2026-05-08.odt", odt([
         "Lindenhof Krankenversicherung a.G. – Leistungsabteilung Zahn",
         "Frau Tanja Hollenberg, Breslauer Straße 22, 31137 Hildesheim",
         "Versicherungsnummer KV 481-377-2283 – versicherte Person: Emil Hollenberg, geb. 26.10.2015",
         "Kieferorthopädischer Behandlungsplan Dr. Petra Haas vom 22.04.2026",
         "Sehr geehrte Frau Hollenberg,",
         "laut Behandlungsplan liegt bei Emil ein Kreuzbiss im Seitenzahnbereich links vor (KIG K3) sowie ein "
         "Engstand im Unterkiefer. Geplant sind eine Gaumennahterweiterung und anschließend eine festsitzende "
         "Apparatur, Behandlungsdauer 12 Quartale.",
         "Da die Einstufung KIG K3 vorliegt, trägt die gesetzliche Krankenkasse die Regelversorgung. Wir erstatten "
         "aus dem Tarif KFO-Kids den Eigenanteil von 20 % sofort sowie die im Plan ausgewiesenen Mehrkosten für "
         "Keramikbrackets (780,00 €) und das Retentionspaket (420,00 €) bis zur Höchstgrenze von 1.500 €.",
         "Bitte reichen Sie die Quartalsrechnungen jeweils nach Erhalt ein.",
         "Mit freundlichen Grüßen – Kerstin Albrecht",
     ], title="Antwort KFO Hollenberg", creator="Kerstin Albrecht", date="2026-05-08T09:55:00"))])

mail(125, "CONFIDENTIAL", "de", "internal",
     "grey zone: explicit sender marking [vertraulich] in the subject on an internal office-move note without personal data; the SPEC lets the marking decide",
     frm=ST["seidel"], to="Team Firmenkunden <firmenkunden@lindenhof-versicherung.example>",
     subject="[vertraulich] Umzugsplanung Firmenkunden in Gebäude C",
     date="2026-05-08 12:00", mailer=OUTLOOK,
     body="""Hallo Team,

vorab und bitte noch nicht weitergeben: Die Geschäftsleitung hat
entschieden, dass unsere Abteilung im Herbst in Gebäude C, 3. OG,
umzieht. Geplant ist die KW 41.

- Desk-Sharing mit Quote 0,8
- zwei Besprechungsräume nur für uns
- Archiv wird digitalisiert, Papierakten gehen bis Ende August ins
  Zentralarchiv

Offiziell informiert wird nach der Betriebsversammlung am 20.05.

""" + S("seidel"))

# ---------------------------------------------------------------------------
# d204-0126 .. d204-0150
# ---------------------------------------------------------------------------

mail(126, "NORMAL", "de", "internal",
     "trap: board report draft on dental, orthodontic, glasses and hearing-aid benefit expenditure; portfolio totals only",
     frm="Controlling Kranken <controlling-kranken@lindenhof-versicherung.example>",
     to="Bereichsleitung Leistung <leistung-bl@lindenhof-versicherung.example>",
     subject="Entwurf Vorstandsbericht Q1: Leistungsausgaben Zahn und Hilfsmittel",
     date="2026-05-11 09:15", mailer=OUTLOOK,
     body="""Hallo zusammen,

für den Vorstandsbericht Q1 bitte bis Mittwoch die folgenden Zahlen
prüfen und ggf. kommentieren:

Leistungsausgaben Q1 2026 (Vorjahr)        Mio. €     Veränderung
Zahnbehandlung                              14,8        +4,2 %
Zahnersatz inkl. Implantate                 22,1        +7,3 %
Kieferorthopädie                             6,9        +9,8 %
Sehhilfen                                    3,2        +1,1 %
Hörgeräte                                    1,3        +12,4 %

Kommentarvorschlag Kieferorthopädie: Anstieg vor allem durch Aligner
(Anteil 18 % der neuen Fälle) und Mehrkostenvereinbarungen.
Kommentarvorschlag Hörgeräte: Fallzahl +11 %, alterungsbedingter
Bestandseffekt, Durchschnittskosten +6 %.

Schadenquote Zahnzusatz: 71,4 % (Plan 72,0 %).

Viele Grüße
Controlling Kranken
""")

mail(127, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-dentist",
     "questions to a Prague dental clinic about a named patient's crowns and implants invoice (tooth numbers, treatment dates)",
     frm=ST["albrecht"], to="Reception <reception@smile-clinic-praha.example>",
     subject="Invoice 2026/0388 – patient Mr Horst Wendland",
     date="2026-05-11 11:30", mailer=OUTLOOK,
     body="""Dear colleagues,

our insured person, Mr Horst Wendland (date of birth 27.02.1958),
submitted your invoice no. 2026/0388 of 17 April 2026 for treatment in
your clinic from 13 to 17 April 2026 (total CZK 186,400).

To reimburse it, we need an itemised invoice with the following details
for each item:
- tooth number (FDI),
- type of treatment (for example: implant, zirconia crown, bone graft),
- material and laboratory costs shown separately,
- date of treatment.

According to the summary, you placed two implants in regions 35 and 36
and six zirconia crowns on teeth 13 to 23. Please also tell us whether
the crowns are final or provisional, as Mr Wendland mentions a second
visit in July.

Mr Wendland has agreed that you may send us this information. Please
use the secure upload link we will send you separately.

Kind regards,

""" + S("albrecht") + FOOT_EN)

mail(128, "NORMAL", "de", "insurer-to-dentist",
     "trap: auto-reply of the advisory dentist mentioning expert opinions, cost plans and X-rays in general; no patient",
     frm=ST["wessels"], to="\"Zahnarztpraxis Dr. Ostrowski\" <praxis@zahnarzt-moritzberg.example>",
     subject="Abwesenheitsnotiz: Rückfrage Gutachten",
     date="2026-05-11 14:02",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.05.2026 auf einer Fortbildung und lese
meine E-Mails nur unregelmäßig.

Rückfragen zu Gutachten, Heil- und Kostenplänen und Röntgenbildern
beantwortet in dieser Zeit die Leistungsabteilung Zahn,
leistung-zahn@lindenhof-versicherung.example, Tel. 0511 4470-2300.
Bitte senden Sie Patientenunterlagen ausschließlich über das
Praxisportal.

Dr. med. dent. Frank Wessels
""")

mail(129, "CONFIDENTIAL", "en", "insurer-to-customer",
     "motor accident abroad: named customer, other driver's name and plate, foreign insurer, claim numbers; nobody injured",
     frm=ST["hartmann"], to="Piotr Kamiński <piotr.kaminski@mailbox-nord.example>",
     subject="Accident in Poznań – claim KS-2026-006118",
     date="2026-05-12 09:40", mailer=OUTLOOK,
     body="""Dear Mr Kamiński,

thank you for the European accident report from 8 May. As the other
driver ran a red light and admitted it on the form, his insurer has to
pay for your damage.

  Your policy:        KFZ 7 512 008 447, vehicle H-PK 7711
  Our claim:          KS-2026-006118
  Other driver:       Mr Tomasz Wróbel, Polish plate PO 4K218
  His insurer:        Warta-Nord Ubezpieczenia, policy 908-221-0437

Please send your repair estimate and photos directly to the claims
representative of the Polish insurer in Germany (Nordic Claims Services,
Hamburg), quoting both numbers. We have informed them already.

If they have not paid within three months, let me know - then we will
pay under your comprehensive cover and take recourse.

As nobody was hurt, no further forms are needed.

""" + S("hartmann") + FOOT_EN)

mail(130, "STRICTLY_CONFIDENTIAL", "de", "customer",
     "relative's letter (forwarded inline, iso-8859-1) about her mother's care needs, dementia and ill-fitting dentures in a care home",
     frm=ST["demir"], to="Stefan Kühn <stefan.kuehn@lindenhof-versicherung.example>",
     subject="WG: Meine Mutter im Pflegeheim - Zahnprothese und Pflegegrad",
     date="2026-05-12 11:05", mailer=OUTLOOK, charset="iso-8859-1",
     body="""Hallo Stefan,

das ist eher Pflege als Zahn - kannst du das übernehmen? Die Tochter hat
Vorsorgevollmacht (liegt in der Akte). Die Zahnprothese gebe ich
parallel an Kerstin.

Gruß Aylin

""" + S("demir") + """

-----Ursprüngliche Nachricht-----
Von: Brigitte Kahle <brigitte.kahle@posteingang.example>
Gesendet: Montag, 11. Mai 2026 20:44
An: kundenservice@lindenhof-versicherung.example
Betreff: Meine Mutter im Pflegeheim - Zahnprothese und Pflegegrad

Sehr geehrte Damen und Herren,

meine Mutter, Hildegard Kahle (geb. 19.07.1936, Vers.-Nr. PV 200-097-3318
und KV 112-004-8816), lebt seit Februar im Seniorenzentrum Am Eichpark in
Sarstedt. Ihre Demenz ist in den letzten Monaten deutlich schlimmer
geworden, sie erkennt uns oft nicht mehr und isst sehr schlecht.

Die Pflegekräfte sagen, dass ihre Oberkieferprothese nicht mehr passt und
scheuert, sie hat offene Stellen am Gaumen und nimmt die Prothese ständig
raus. Der Heimzahnarzt will eine neue Prothese machen (Kostenplan ca.
1.900 Euro).

Zwei Fragen:
1. Zahlen Sie die neue Prothese?
2. Sie hat Pflegegrad 3 - müsste das nicht jetzt Pflegegrad 4 sein? Sie
   braucht inzwischen bei allem Hilfe, auch beim Essen und nachts.

Vielen Dank
Brigitte Kahle
""")

mail(131, "NORMAL", "de", "insurer-to-broker",
     "trap: broker sales info for the new glasses/contact lens tariff with a fictitious sample customer calculation",
     frm=ST["weber"], to="Maklerverteiler Nord <makler-nord@lindenhof-versicherung.example>",
     subject="Neu ab 01.07.: SehPlus – Verkaufsargumente und Rechenbeispiel",
     date="2026-05-12 15:30", mailer=OUTLOOK,
     body="""Liebe Partnerinnen und Partner,

ab 01.07.2026 gibt es SehPlus als eigenständigen Zusatztarif für
gesetzlich Versicherte. Die wichtigsten Punkte:

- Brillengläser, Fassungen und Kontaktlinsen: 300 € alle zwei Jahre
  (SehPlus Premium: 500 €)
- Augenlaser-OP: bis 1.000 € je Auge (Premium: 1.500 €)
- keine Wartezeit, keine Gesundheitsfragen außer einer einzigen:
  "Ist bei Ihnen eine Augenerkrankung (außer Fehlsichtigkeit) bekannt?"

Rechenbeispiel (Musterkunde, fiktiv): 35 Jahre, kurzsichtig, kauft
alle zwei Jahre eine Brille für 480 €.
Beitrag SehPlus: 7,20 € x 24 Monate = 172,80 €
Erstattung: 300 €
Vorteil in zwei Jahren: 127,20 €

Mit Augenlaser-OP (2 x 1.900 €) rechnet sich Premium schon im ersten
Jahr.

Produktinformationsblätter und Antrag im Maklerportal.

""" + S("weber") + FOOT_DE)

mail(132, "CONFIDENTIAL", "de", "insurer-to-customer",
     "electronics insurance claim for a named customer's smartphone display: IMEI, address, repair shop; no health data",
     frm=ST["lorenz"], to="Kevin Lüttge <kevin.luettge@fmail.example>",
     subject="Displayschaden Smartphone – Schaden EL-26-00412",
     date="2026-05-13 10:15", mailer=OUTLOOK,
     body="""Hallo Herr Lüttge,

Ihr Displayschaden ist über die Elektronikversicherung EL 33-207 118
versichert:

Gerät:        Samsung Galaxy S24, IMEI 35 291011 448217 6
Schadentag:   09.05.2026, Sturz auf Pflaster
Ihre Adresse: Limmerstraße 71, 30451 Hannover

Bitte bringen Sie das Gerät zu unserem Partner HandyDoc, Limmerstraße 30
(gleich bei Ihnen um die Ecke), und nennen Sie die Schadennummer
EL-26-00412. Die Reparatur wird direkt mit uns abgerechnet; Ihre
Selbstbeteiligung beträgt 50 €.

""" + S("lorenz") + FOOT_DE)

mail(133, "NORMAL", "en", "insurer-to-customer",
     "trap: out-of-office auto-reply of the international team mentioning claims for glasses, contact lenses and hearing aids in general",
     frm=ST["oneill"], to="Wei Ling Tan-Hoffmann <weiling.th@sgmail.example>",
     subject="Automatic reply: Question",
     date="2026-05-13 18:20",
     hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Thank you for your e-mail.

I am out of the office until 25 May 2026 with limited access to e-mail.

Claims for glasses, contact lenses, hearing aids and all other benefits
are processed by my colleagues as usual; you do not need to send them
again. For urgent matters please call the International Health Team on
+49 511 4470-2400 (Mon-Fri 8:00-18:00 CET).

Patrick O'Neill
International Health Team
""")

mail(134, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
     "calendar invitation (ICS) for a care counselling call whose description names the insured father, his care level and Parkinson's disease",
     frm=ST["kuehn"], to="Thomas Grzeskowiak <thomas.grzeskowiak@netzpost.example>",
     subject="Terminbestätigung Pflegeberatung (telefonisch)",
     date="2026-05-13 16:45", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Grzeskowiak,

wie vereinbart bestätige ich den Termin für die telefonische
Pflegeberatung. Die Einladung für Ihren Kalender hängt an.

""" + S("kuehn") + FOOT_DE,
     atts=[att("Pflegeberatung.ics", ics("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:d204-0134-pflegeberatung@lindenhof-versicherung.example
DTSTAMP:20260513T144500Z
DTSTART:20260519T080000Z
DTEND:20260519T090000Z
SUMMARY:Pflegeberatung Lindenhof – Herr Grzeskowiak
DESCRIPTION:Telefonische Pflegeberatung zu Ihrem Vater Herrn Zbigniew Grzeskowiak (PV 200-141-0087)\\, Pflegegrad 2\\, Parkinson-Erkrankung mit zunehmender Sturzneigung. Themen: Höherstufung\\, Hausnotruf\\, Umbau Bad (wohnumfeldverbessernde Maßnahme bis 4.180 €)\\, Entlastung pflegende Angehörige. Berater: Stefan Kühn\\, Tel. 0511 4470-2601
LOCATION:Telefon (wir rufen Sie an: 0176 5550 2291)
ORGANIZER;CN=Stefan Kühn:mailto:stefan.kuehn@lindenhof-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Thomas Grzeskowiak:mailto:thomas.grzeskowiak@netzpost.example
END:VEVENT
END:VCALENDAR
"""), mime="text/calendar")])

mail(135, "CONFIDENTIAL", "en", "insurer-to-customer",
     "deer collision claim of a named customer: plate, policy, place; explicitly no injuries",
     frm=ST["hartmann"], to="Mark Henderson <mark.henderson@inbox-global.example>",
     subject="Collision with a deer – claim KS-2026-006230",
     date="2026-05-14 08:50", mailer=OUTLOOK,
     body="""Dear Mr Henderson,

I am sorry about your encounter with the deer on the L 310 near
Steinhude on Tuesday evening. Good to hear you were not hurt.

Collisions with game are covered by your partial cover (Teilkasko),
which does not affect your no-claims class:

  Policy:       KFZ 7 512 190 660, BMW 318d Touring, H-MH 4402
  Claim:        KS-2026-006230
  Excess:       EUR 150

What we still need:
- the confirmation of the game collision from the hunting tenant or the
  police (Wildunfallbescheinigung) - the police in Wunstorf can issue it,
- photos of the damage, ideally with hair or blood traces visible,
- the repair estimate from your garage.

""" + S("hartmann") + FOOT_EN)

mail(136, "NORMAL", "de", "newsletter",
     "trap: HTML-only broker newsletter on dental and vision sales topics with tariff tables; no customer",
     frm="Lindenhof Maklerpost <maklerpost@lindenhof-versicherung.example>",
     to="makler-alle@lindenhof-versicherung.example",
     subject="Maklerpost 05/2026: Zahn & Auge – was Ihre Kunden jetzt fragen",
     date="2026-05-14 07:00", html_only=True,
     hdrs={"Precedence": "bulk"},
     html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<h1 style="color:#2f6b4f;font-size:21px">Maklerpost 05/2026: Zahn &amp; Auge</h1>
<p>Liebe Partnerinnen und Partner,</p>
<p>die drei häufigsten Kundenfragen aus unserer Maklerhotline im April:</p>
<h2 style="font-size:16px">1. „Zahlt die Zahnzusatz auch, wenn der Zahnarzt schon etwas gesagt hat?“</h2>
<p>Nein, wenn eine Behandlung vor Vertragsbeginn angeraten war. Empfehlen Sie den Abschluss vor dem nächsten Kontrolltermin.</p>
<h2 style="font-size:16px">2. „Wie hoch ist die Zahnstaffel?“</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8f1ec"><th>Versicherungsjahr</th><th>1</th><th>2</th><th>3</th><th>4</th><th>ab 5</th></tr>
<tr><td>Höchstleistung Zahnersatz/KFO</td><td>1.000 €</td><td>2.000 €</td><td>3.000 €</td><td>4.000 €</td><td>unbegrenzt</td></tr>
</table>
<h2 style="font-size:16px">3. „Brille oder Augenlasern – was ist drin?“</h2>
<p>SehPlus: 300 € alle zwei Jahre für Brille/Kontaktlinsen, bis 1.000 € je Auge für Augenlaser. Premium: 500 € / 1.500 €.</p>
<p>Rechner und Unterlagen: <a href="https://makler.lindenhof-versicherung.example">Maklerportal</a></p>
<p style="font-size:11px;color:#777">Lindenhof Versicherungsgruppe · Am Lindenhof 12 · 30159 Hannover</p>
</body></html>
""")

mail(137, "NORMAL", "en", "insurer-to-press",
     "trap: press office asking for a correction of an article about rejected hearing-aid claims; portfolio figures only, no individual case",
     frm=ST["vogt"], to="Newsdesk <newsdesk@lowersaxony-post.example>",
     subject="Request for correction: \"Insurers reject half of all hearing-aid claims\"",
     date="2026-05-14 12:30", mailer=OUTLOOK,
     body="""Dear newsdesk,

your online article of 13 May 2026 ("Insurers reject half of all
hearing-aid claims") names Lindenhof and states that we "reject around
50 % of hearing-aid claims".

This is not correct. In 2025 we received 1,642 claims for hearing aids
and paid 1,581 of them in full or in part. 61 claims (3.7 %) were
rejected, mostly because the hearing loss had been diagnosed before the
supplementary insurance started.

We kindly ask you to correct the figure. We do not comment on the
individual case described in the article; we have contacted the person
concerned directly.

""" + S("vogt") + FOOT_EN)

mail(138, "CONFIDENTIAL", "en", "insurer-to-customer",
     "private liability: a named customer's bicycle scratched a parked car; owner's name, plate, repair amount; nobody hurt",
     frm=ST["lorenz"], to="Jakob Lindström <jakob.lindstrom@unimail-hannover.example>",
     subject="Your liability claim PH-26-02115 – parked car",
     date="2026-05-15 10:05", mailer=OUTLOOK,
     body="""Dear Mr Lindström,

thank you for reporting that your bicycle slipped on the wet cobbles in
the Nordstadt on 11 May and scratched a parked car. Good that nobody
was hurt.

The owner of the car, Ms Renate Fuchs (plate H-RF 330), has sent us an
estimate from her garage for EUR 1,140.50 (respraying the front left
door). Your private liability insurance PHV 30-260 114 covers this.

We will pay the garage directly once the repair is done; you do not
need to do anything else. Your excess for this claim is EUR 0.

""" + S("lorenz") + FOOT_EN)

mail(139, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "offer of a second opinion on a named customer's planned full-arch implant treatment with the cost plan summary",
     frm=ST["albrecht"], to="Heinrich Olbers <heinrich.olbers@ostseemail.example>",
     subject="Ihr Heil- und Kostenplan über 18.740 € – kostenlose Zweitmeinung",
     date="2026-05-15 13:20", mailer=OUTLOOK,
     body="""Sehr geehrter Herr Olbers,

vielen Dank für den Heil- und Kostenplan Ihres Zahnarztes vom
05.05.2026. Geplant sind im Oberkiefer die Entfernung der Zähne 14, 15,
24 und 25 wegen fortgeschrittener Parodontitis, sechs Implantate mit
beidseitigem Sinuslift und eine festsitzende Brückenversorgung auf den
Implantaten. Die Gesamtkosten betragen laut Plan 18.740 €.

Bei so umfangreichen Behandlungen bieten wir Ihnen eine kostenlose
Zweitmeinung durch einen unabhängigen Zahnarzt unseres Partnernetzes
an. Die Zweitmeinung ist freiwillig; unsere Leistungszusage hängt nicht
davon ab.

Wenn Sie das möchten, antworten Sie einfach kurz. Wir vereinbaren dann
einen Termin bei Herrn Dr. Carsten Ebeling in Oldenburg; Ihre
Röntgenbilder schicken wir mit Ihrem Einverständnis direkt dorthin.

Unabhängig davon prüfen wir den Plan und melden uns innerhalb von 10
Arbeitstagen (Vorgang Z-26-041102, Vers.-Nr. KV 112-188-2094).

""" + S("albrecht") + FOOT_DE)

mail(140, "NORMAL", "en", "insurer-to-supplier",
     "trap: print order for brochures on vision and hearing-aid tariffs (proof in PDF); marketing text only",
     frm=ST["schuster"], to="Order Desk <orders@drukkerij-vandam.example>",
     subject="Print order BE-1300-2026-088 – brochures SehPlus / HörPlus",
     date="2026-05-18 09:45", mailer=OUTLOOK,
     body="""Dear Mr van Dam,

please print the following brochures according to your quotation
Q-26-1142:

  SehPlus brochure, A5, 8 pages, 4/4, 135 g matt     15,000 copies
  HörPlus brochure, A5, 8 pages, 4/4, 135 g matt     10,000 copies

The attached PDF is the approved proof of the SehPlus brochure (text
only version for your pre-press check); the print files follow via your
upload portal today.

Delivery to Lindenhof Versicherungsgruppe, Logistik, Am Lindenhof 12,
30159 Hannover, by 12 June at the latest.

""" + S("schuster") + FOOT_EN,
     atts=[att("SehPlus_Broschuere_Textfreigabe.pdf", pdf([
         ["# SehPlus - Gut sehen, gut versichert",
          "Die meisten Menschen brauchen irgendwann eine Brille. Die gesetzliche Krankenkasse zahlt für Erwachsene",
          "nur in Ausnahmefällen etwas dazu. SehPlus schließt diese Lücke.",
          "",
          "# Das leistet SehPlus",
          "Brillengläser, Fassungen und Kontaktlinsen: 300 EUR alle zwei Jahre",
          "Augenlaser-Operation: bis 1.000 EUR je Auge",
          "Sonnenbrille mit Sehstärke: inklusive",
          "Keine Wartezeit",
          ""],
         ["# So einfach geht's",
          "1. Beim Partneroptiker die Lindenhof-Karte zeigen.",
          "2. Der Optiker rechnet direkt mit uns ab.",
          "3. Sie zahlen nur den Rest.",
          "",
          "Beitrag ab 3,90 EUR im Monat. Stand 07/2026.",
          "Lindenhof Krankenversicherung a.G., Am Lindenhof 12, 30159 Hannover"],
     ], title="SehPlus Broschüre Textfreigabe", date="20260515120000"))])

mail(141, "CONFIDENTIAL", "de", "insurer-to-customer",
     "confirmation of private liability cover for a named customer's landlord: address, policy number, sum insured",
     frm=ST["demir"], to="Leonie Schwarzer <leonie.schwarzer@kabelmail.example>",
     subject="Versicherungsbestätigung Privathaftpflicht für Ihren Vermieter",
     date="2026-05-18 11:30", mailer=OUTLOOK,
     body="""Hallo Frau Schwarzer,

wie gewünscht die Bestätigung zur Vorlage bei Ihrem Vermieter:

Hiermit bestätigen wir, dass Frau Leonie Schwarzer, geb. 28.01.1999,
wohnhaft Celler Straße 88, 30161 Hannover, bei uns unter der Nummer
PHV 30-271 553 privathaftpflichtversichert ist.

Versicherungssumme: 20 Mio. € pauschal für Personen-, Sach- und
Vermögensschäden; Mietsachschäden an Wohnräumen sind bis 1 Mio. €
mitversichert. Der Vertrag besteht seit 01.10.2024 ungekündigt.

Hannover, 18.05.2026
Lindenhof Allgemeine Versicherung AG

""" + S("demir") + FOOT_DE)

mail(142, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-ombudsman",
     "statement to the health insurance ombudsman on a named child's orthodontic refusal (KIG, treatment advised before contract)",
     frm=ST["albrecht"], to="Ombudsmann PKV <ombudsmann@pkv-ombudsmann.example>",
     subject="Ihr Az. 2026/K-1187 – Stellungnahme Lindenhof, Beschwerde Familie Dreyer",
     date="2026-05-18 15:00", mailer=OUTLOOK,
     body="""Sehr geehrte Damen und Herren,

zur Beschwerde von Herrn Marcel Dreyer betreffend die
kieferorthopädische Behandlung seines Sohnes Luis Dreyer (geb.
04.09.2014, mitversichert im Tarif KFO-Kids, KV 481-390-5567) nehmen wir
wie folgt Stellung:

1. Der Tarif KFO-Kids wurde am 01.03.2025 abgeschlossen; die Wartezeit
   von acht Monaten endete am 31.10.2025.

2. Der Behandlungsplan von Frau Dr. Haas vom 14.01.2026 stuft den Befund
   als KIG D3 (Distalbiss, Overjet 5 mm) ein. Aus der beigefügten
   Karteikarte der Hauszahnärztin ergibt sich jedoch, dass bereits am
   11.11.2024 "Überweisung KFO wg. Distalbiss" vermerkt wurde. Die
   Behandlung war damit vor Vertragsbeginn angeraten (§ 3 Abs. 4 AVB).

3. Herr Dreyer trägt vor, die Familie sei dem Überweisungsvorschlag
   damals nicht gefolgt und habe davon nichts gewusst. Wir haben
   Verständnis für die Situation, sehen aber keine Grundlage für eine
   Leistung. Aus Kulanz bieten wir die Erstattung der Mehrkosten für das
   Retentionspaket (420 €) an.

Die Unterlagen übersenden wir Ihnen über das sichere Portal.

""" + S("albrecht") + FOOT_DE)

mail(143, "NORMAL", "de", "internal",
     "trap: invitation to a company health day with free hearing and eye tests; results go only to participants",
     frm=ST["fischer"], to="Alle Mitarbeitenden <alle@lindenhof-versicherung.example>",
     subject="Gesundheitstag am 11. Juni: Hörtest, Sehtest, Rückencheck",
     date="2026-05-19 08:30", mailer=OUTLOOK,
     body="""Liebe Kolleginnen und Kollegen,

am Donnerstag, 11. Juni, findet von 9 bis 15 Uhr unser Gesundheitstag
im Foyer und in den Schulungsräumen statt. Mit dabei:

- Hörwelt Kaiser: kostenloser Hörtest (ca. 15 Minuten)
- AugenBlick Betriebsoptik: Sehtest und Beratung zur Bildschirmbrille
- Physiotherapie am Lindenhof: Rückencheck und kurze Übungen
- Betriebsärztlicher Dienst: Blutdruck- und Blutzuckermessung

Die Ergebnisse bekommen nur Sie selbst. Der Arbeitgeber erfährt weder,
wer teilgenommen hat, noch irgendwelche Messwerte.

Anmeldung für Hör- und Sehtest bitte über das Intranet (Zeitslots);
die anderen Angebote ohne Anmeldung.

""" + S("fischer"))

mail(144, "CONFIDENTIAL", "en", "internal",
     "internal hand-over of a motor recourse file (named drivers, plates, claim numbers); the ZIP adds a file note and the customer's mail as .eml; vehicle damage only",
     frm=ST["hartmann"], to="Agnieszka Nowak <agnieszka.nowak@lindenhof-versicherung.example>",
     subject="Handover KS-2026-006118 (Poland) – please take over",
     date="2026-05-19 13:10", mailer=OUTLOOK,
     body="""Hi Agnieszka,

as discussed, could you take over KS-2026-006118? The other side is
Polish and your language skills will help a lot.

Our insured: Piotr Kamiński, KFZ 7 512 008 447, H-PK 7711
Other driver: Tomasz Wróbel, PO 4K218, insured with Warta-Nord
(policy 908-221-0437); claims rep in Germany: Nordic Claims Services
Accident: 8 May 2026, Poznań, red light; vehicle damage only
Estimate: EUR 4,872.30 (Autohaus Kamp, Hannover)

Mr Kamiński prefers phone calls in Polish; mobile 0157 5550 3382.
The ZIP has my file note and his last mail with the photos list.

Thanks a lot!
Jens

""" + S("hartmann"),
     atts=[att("KS-2026-006118_Uebergabe.zip", zipf([
         ("Aktennotiz_KS-2026-006118.txt",
          "Aktennotiz KS-2026-006118\r\n"
          "08.05.2026 Unfall Poznan, ul. Garbary / Estkowskiego, Gegner Rotlicht missachtet (Europ. Unfallbericht, Feld 12 angekreuzt)\r\n"
          "VN: Piotr Kaminski, H-PK 7711, KFZ 7 512 008 447\r\n"
          "Gegner: Tomasz Wrobel, PO 4K218, Warta-Nord 908-221-0437\r\n"
          "12.05.2026 Schadenregulierungsbeauftragter Nordic Claims Services informiert\r\n"
          "18.05.2026 KV Autohaus Kamp 4.872,30 EUR eingegangen; keine Personenschaeden\r\n"),
         ("Mail_Kaminski_2026-05-15.eml", inner(144, "cust",
             frm="Piotr Kamiński <piotr.kaminski@mailbox-nord.example>",
             to=ST["hartmann"],
             subject="Re: Accident in Poznań – claim KS-2026-006118",
             date="2026-05-15 19:02",
             body="""Dear Mr Hartmann,

I sent the photos and the estimate to Nordic Claims Services today. The
photos show the left rear door, the rear light and the bumper (8 photos
in total). The garage says the car is still safe to drive.

The other driver's insurer has not contacted me yet.

Best regards
Piotr Kamiński
""", host="mailbox-nord.example").as_bytes(policy=SMTP)),
     ]))])

mail(145, "NORMAL", "de", "insurer-to-authority",
     "trap: aggregated complaint statistics for the supervisory authority (dental, orthodontics, aids); counts only",
     frm="Beschwerdemanagement <beschwerdemanagement@lindenhof-versicherung.example>",
     to="Referat Verbraucherschutz <verbraucherschutz@finanzaufsicht.example>",
     subject="Beschwerdestatistik 2025 – Lindenhof Krankenversicherung a.G. (Reg.-Nr. 4092)",
     date="2026-05-19 15:45", mailer=OUTLOOK,
     body="""Sehr geehrte Damen und Herren,

wie jedes Jahr übermitteln wir die Beschwerdestatistik für das
Geschäftsjahr 2025 (Krankenversicherung):

Beschwerdegrund                          Anzahl   davon abgeholfen
Leistung ambulant (inkl. Hilfsmittel)       412        131
  davon Sehhilfen                            38         12
  davon Hörgeräte                            27          9
Leistung Zahn                               706        201
  davon Kieferorthopädie                     84         29
Leistung stationär                          188         57
Beitrag / Beitragsanpassung                 522         44
Vertrag / Verwaltung                        301        112
Summe                                     2.129        545

Die Beschwerdequote je 1.000 Versicherte beträgt 1,8 (Vorjahr 1,9).

Die Meldung im Format der Anlage 1 ist parallel über das MVP-Portal
hochgeladen.

Mit freundlichen Grüßen
Beschwerdemanagement
Lindenhof Krankenversicherung a.G.
""" + FOOT_DE)

mail(146, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "short mobile reply; the quoted customer message is about his hearing-aid repair after a fall into water and battery costs",
     frm=ST["oneill"], to="Daniel Whitaker <d.whitaker@inbox-global.example>",
     subject="Re: Hearing aid repair",
     date="2026-05-20 07:41", mailer="iPhone Mail (21E236)", cte="8bit", flowed=True,
     body="""Yes, send the repair invoice in, the repair is covered under your tariff. Batteries aren't, sorry.

Patrick

Sent from my iPhone

> On 19 May 2026, at 22:10, Daniel Whitaker <d.whitaker@inbox-global.example> wrote:
>
> Hi Patrick, sorry to bother you directly. My left hearing aid (the
> tinnitus one you approved in March) went into the lake when I fell
> off the paddle board on Sunday. Hörwelt Kaiser says the repair is
> EUR 310 and they'll lend me a spare meanwhile. Do you cover that? And
> what about the batteries for the old backup pair, about EUR 60 a
> year?
> Thanks, Daniel
""")

mail(147, "NORMAL", "en", "internal",
     "trap: clean-desk reminder mentioning treatment plans, X-rays and optician invoices in general; no case",
     frm=ST["koch"], to="International Health Team <international-team@lindenhof-versicherung.example>",
     subject="Clean desk reminder after last week's walk-through",
     date="2026-05-20 12:00", mailer=OUTLOOK,
     body="""Dear colleagues,

during last Thursday's data protection walk-through on the 2nd floor we
found, after working hours:

- two printed treatment and cost plans on a desk near the window,
- an envelope with dental X-rays in an unlocked drawer,
- a stack of optician invoices next to the printer,
- one unlocked screen.

Nobody will be named - but please remember:

1. Lock your screen (Windows + L) whenever you leave your desk.
2. Paper with customer data goes into the locked cabinet or the
   confidential waste bin, never into the normal bin.
3. Collect print jobs immediately; use "secure print" with your badge.

Thank you for helping to keep our customers' health data safe.

""" + S("koch"))

mail(148, "CONFIDENTIAL", "de", "insurer-to-customer",
     "legal-expenses advice cover in family law (divorce) for a named customer and spouse; no health or other special category",
     frm=ST["hoffmann"], to="Sandra Wöhler <sandra.woehler@posteingang.example>",
     subject="Beratungsrechtsschutz Familienrecht – 26-RS-02580",
     date="2026-05-20 14:40", mailer=OUTLOOK,
     body="""Sehr geehrte Frau Wöhler,

Ihr Rechtsschutzvertrag RS 09-833 418 umfasst Beratungsrechtsschutz im
Familienrecht. Für eine Erstberatung zu Ihrer geplanten Scheidung von
Herrn Matthias Wöhler (Trennung seit 01.02.2026) übernehmen wir die
Kosten einer Beratung durch eine Anwältin oder einen Anwalt bis 250 €.

Ein gerichtliches Scheidungsverfahren selbst ist nicht versichert;
auch nicht Unterhalts- oder Zugewinnstreitigkeiten.

Wenn Sie möchten, nennen wir Ihnen eine Fachanwältin für Familienrecht
aus unserem Netzwerk in Hannover. Bitte geben Sie bei der Anwältin unser
Zeichen 26-RS-02580 an.

""" + S("hoffmann") + FOOT_DE)

mail(149, "NORMAL", "en", "internal",
     "trap: farewell note for a retiring team lead of the aids/hearing claims team; a colleague named in an organisational mail, no health",
     frm=ST["reinhardt"], to="Leistung Kranken <leistung-kranken-alle@lindenhof-versicherung.example>",
     subject="Farewell Birgit – Friday 29 May, 3 pm",
     date="2026-05-21 10:10", mailer=OUTLOOK,
     body="""Dear all,

after 31 years at Lindenhof, Birgit Sauer, our team lead for aids and
hearing claims, is retiring at the end of May.

Many of you know that Birgit built up our hearing-aid and glasses
processing from scratch and introduced direct billing with opticians.
We'd like to say thank you on Friday, 29 May, at 3 pm in the canteen
(small reception, cake, a few words).

If you want to contribute to the present (a hot-air balloon ride over
the Deister, her long-time wish), please see Tobias or Kerstin by
26 May.

Tobias

""" + S("reinhardt"))

mail(150, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "premium refund in a named customer's health insurance for a claim-free year, with tax note (personal line, no diagnosis)",
     frm="Lindenhof Beitragsservice <beitragsservice@lindenhof-versicherung.example>",
     to="Philipp Harms <philipp.harms@netzpost.example>",
     subject="Beitragsrückerstattung 2025 für Ihre Krankenversicherung",
     date="2026-05-21 07:00", cte="quoted-printable",
     hdrs={"X-Lindenhof-System": "BRE 2.4"},
     body="""Sehr geehrter Herr Harms,

gute Nachrichten: Weil Sie im Jahr 2025 keine Rechnungen zur Erstattung
eingereicht haben, erhalten Sie aus Ihrer Krankheitskostenversicherung
KV 112-402-6605 (Tarif Komfort 2) eine Beitragsrückerstattung von drei
Monatsbeiträgen:

Monatsbeitrag 2025 (ohne Pflegepflicht):   512,36 €
Beitragsrückerstattung (3 Monatsbeiträge): 1.537,08 €

Die Auszahlung erfolgt im Juli 2026 auf Ihr Konto
DE36 3773 6426 0475 9182 14.

Hinweis für die Steuererklärung: Die Beitragsrückerstattung mindert Ihre
als Sonderausgaben abziehbaren Krankenversicherungsbeiträge 2026. Wir
melden sie elektronisch an das Finanzamt (Steuer-ID bei uns
hinterlegt).

Ihr Lindenhof Beitragsservice
""")

# ===========================================================================
# writing and checking
# ===========================================================================

def render_all():
    out = {}
    for n in sorted(MAILS):
        label, lang, kind, reason, kw = MAILS[n]
        msg = build(n, **kw)
        out["d204-%04d.eml" % n] = msg.as_bytes(policy=SMTP)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(MAILS):
        label, lang, kind, reason, kw = MAILS[n]
        assert "\t" not in reason and "\n" not in reason
        rows.append("d204-%04d.eml\t%s\t%s\t%s\t%s" % (n, label, lang, kind, reason))
    return out, ("\n".join(rows) + "\n").encode("utf-8")


def write(dest):
    files, labels = render_all()
    md = os.path.join(dest, "mails")
    if os.path.isdir(md):
        shutil.rmtree(md)
    os.makedirs(md)
    for name, data in files.items():
        with open(os.path.join(md, name), "wb") as f:
            f.write(data)
    with open(os.path.join(dest, "labels.tsv"), "wb") as f:
        f.write(labels)


# --- checking -------------------------------------------------------------

def _pdf_strings(data):
    """Extract the text shown by Tj operators from FlateDecode streams."""
    texts = []
    for m in re.finditer(rb"/Filter /FlateDecode >>\nstream\n", data):
        start = m.end()
        end = data.index(b"\nendstream", start)
        content = zlib.decompress(data[start:end])
        i = 0
        while True:
            i = content.find(b"(", i)
            if i < 0:
                break
            j, buf, depth = i + 1, bytearray(), 1
            while True:
                c = content[j:j + 1]
                if c == b"\\":
                    buf += content[j + 1:j + 2]
                    j += 2
                    continue
                if c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += c
                j += 1
            texts.append(bytes(buf).decode("cp1252"))
            i = j + 1
    return texts


def check_pdf(data, where, errs):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-10:]:
        errs.append("%s: not a PDF" % where)
        return
    try:
        txt = "".join(_pdf_strings(data)).strip()
    except Exception as e:  # noqa
        errs.append("%s: PDF text layer unreadable: %s" % (where, e))
        return
    if not txt:
        errs.append("%s: PDF without text layer" % where)


def check_zipfile(data, name, where, errs):
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        bad = zf.testzip()
        if bad:
            errs.append("%s: bad ZIP member %s" % (where, bad))
        for info in zf.infolist():
            member = zf.read(info)
            check_file(info.filename, member, "%s!%s" % (where, info.filename), errs)
    except zipfile.BadZipFile as e:
        errs.append("%s: bad ZIP %s" % (where, e))


def check_file(name, data, where, errs):
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext in ("zip", "xlsx", "docx", "odt", "ods"):
        check_zipfile(data, name, where, errs)
        if ext in ("odt", "ods"):
            zf = zipfile.ZipFile(io.BytesIO(data))
            if zf.infolist()[0].filename != "mimetype":
                errs.append("%s: ODF mimetype not first" % where)
    elif ext in ("xml", "rels"):
        try:
            ET.fromstring(data)
        except ET.ParseError as e:
            errs.append("%s: XML does not parse: %s" % (where, e))
    elif ext == "pdf":
        check_pdf(data, where, errs)
    elif ext == "ics":
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            errs.append("%s: ICS without VCALENDAR" % where)
    elif ext == "eml":
        check_message(email.message_from_bytes(data, policy=email.policy.default), where, errs)
    elif ext in ("csv", "tsv", "txt"):
        pass


def check_message(msg, where, errs):
    for part in msg.walk():
        if part.defects:
            errs.append("%s: MIME defects %s" % (where, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("%s: header defect in %s: %s" % (where, k, v.defects))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        fname = part.get_filename()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: %s part does not decode as %s: %s" % (where, ctype, cs, e))
        if fname:
            check_file(fname, payload, "%s/%s" % (where, fname), errs)
        elif ctype == "application/pdf":
            check_pdf(payload, where, errs)


def check():
    errs = []
    tmp = tempfile.mkdtemp(prefix="d204-check-")
    try:
        write(tmp)
        for name in ("labels.tsv",):
            a = open(os.path.join(tmp, name), "rb").read()
            b = open(os.path.join(HERE, name), "rb").read() if os.path.exists(os.path.join(HERE, name)) else None
            if a != b:
                errs.append("%s differs from a fresh build" % name)
        tmails = sorted(os.listdir(os.path.join(tmp, "mails")))
        hmails = sorted(os.listdir(os.path.join(HERE, "mails"))) if os.path.isdir(os.path.join(HERE, "mails")) else []
        if tmails != hmails:
            errs.append("file lists differ: %s" % sorted(set(tmails) ^ set(hmails))[:10])
        if len(tmails) != 150:
            errs.append("expected 150 mails, got %d" % len(tmails))
        ids = {}
        for name in tmails:
            data = open(os.path.join(tmp, "mails", name), "rb").read()
            hp = os.path.join(HERE, "mails", name)
            if not os.path.exists(hp) or open(hp, "rb").read() != data:
                errs.append("%s: not byte-identical to a fresh build" % name)
            if b"\n" in data.replace(b"\r\n", b""):
                errs.append("%s: bare LF" % name)
            if b"\r" in data.replace(b"\r\n", b""):
                errs.append("%s: bare CR" % name)
            msg = email.message_from_bytes(data, policy=email.policy.default)
            mid = str(msg["Message-ID"])
            if mid in ids:
                errs.append("%s: duplicate Message-ID with %s" % (name, ids[mid]))
            ids[mid] = name
            if msg["Date"].datetime.year != 2026:
                errs.append("%s: date not in 2026" % name)
            frm = msg["From"].addresses[0].domain
            if frm != DOM:
                errs.append("%s: sender domain %s" % (name, frm))
            for h in ("To", "Cc", "From"):
                if msg[h]:
                    for ad in msg[h].addresses:
                        if not ad.domain.endswith(".example"):
                            errs.append("%s: host %s does not end in .example" % (name, ad.domain))
            check_message(msg, name, errs)
        # labels.tsv structure
        with open(os.path.join(tmp, "labels.tsv"), encoding="utf-8") as f:
            rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        if rows[0] != ["file", "label", "lang", "kind", "reason"]:
            errs.append("labels.tsv header wrong")
        if [r[0] for r in rows[1:]] != tmails:
            errs.append("labels.tsv rows do not match the mails")
        for r in rows[1:]:
            if len(r) != 5 or not r[4]:
                errs.append("labels.tsv bad row %r" % r[:2])
    finally:
        shutil.rmtree(tmp)
    # statistics
    from collections import Counter
    lab = Counter(v[0] for v in MAILS.values())
    lng = Counter(v[1] for v in MAILS.values())
    both = Counter((v[0], v[1]) for v in MAILS.values())
    print("labels:", dict(lab))
    print("langs :", dict(lng))
    print("label x lang:", dict(both))
    if errs:
        for e in errs:
            print("FAIL", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("all checks pass: %d mails" % len(MAILS))
    return 0


def main(argv):
    if "--check" in argv:
        sys.exit(check())
    write(HERE)
    print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))


if __name__ == "__main__":
    main(sys.argv[1:])
