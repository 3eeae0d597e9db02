#!/usr/bin/env python3
"""Siegel writer corpus dev187 (prefix d187-).

150 hand-written, fictitious e-mails of the Hainbuche Versicherungsgruppe
(Landshut; domain hainbuche-gruppe.example), labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL from shared/SPEC.md section 1 and the vocabulary.

Standard library only.  Deterministic: fixed dates, Message-IDs, MIME
boundaries, ZIP member times and document metadata.

    python3 make_corpus.py           # writes mails/ and labels.tsv next to this file
    python3 make_corpus.py --check   # rebuilds in a temporary folder, compares
                                     # byte for byte, parses every mail
"""

import csv
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d187-"
DOM = "hainbuche-gruppe.example"

# ---------------------------------------------------------------------------
# MIME helpers
# ---------------------------------------------------------------------------

MAILS = []          # (function, label, lang, kind, reason)
_CUR = {"n": 0}


def M(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


def when(day, hh, mm, ss=0):
    """Local time in Landshut, March 2026 (summer time from 29 March, 02:00)."""
    off = 2 if (day > 29 or (day == 29 and hh >= 3)) else 1
    return datetime(2026, 3, day, hh, mm, ss, tzinfo=timezone(timedelta(hours=off)))


def mid(dt, tag="hvg"):
    return "<%s.%s%04d@mx01.%s>" % (dt.strftime("%Y%m%d%H%M%S"), tag, _CUR["n"], DOM)


class Att:
    def __init__(self, filename, maintype, subtype, data, charset=None, cte=None,
                 inline=False, params=None):
        self.filename = filename
        self.maintype = maintype
        self.subtype = subtype
        self.data = data
        self.charset = charset
        self.cte = cte
        self.inline = inline
        self.params = params


def mail(frm, to, subject, dt, body=None, *, cc=None, bcc=None, html=None,
         html_only=False, atts=(), charset="utf-8", cte="quoted-printable",
         flowed=False, reply_to=None, irt=None, refs=None, extra=(), lang=None,
         mailer=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if bcc:
        m["Bcc"] = bcc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = mid(dt)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    if lang:
        m["Content-Language"] = lang
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in extra:
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        params = {"format": "flowed"} if flowed else None
        m.set_content(body, charset=charset, cte=cte, params=params)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    for a in atts:
        _attach(m, a)
    return m


def _attach(m, a):
    disp = "inline" if a.inline else "attachment"
    if isinstance(a.data, EmailMessage):
        m.add_attachment(a.data, disposition=disp, filename=a.filename)
    elif a.maintype == "text" and isinstance(a.data, str):
        m.add_attachment(a.data, subtype=a.subtype, charset=a.charset or "utf-8",
                         cte=a.cte, disposition=disp, filename=a.filename,
                         params=a.params)
    else:
        m.add_attachment(a.data, a.maintype, a.subtype, cte=a.cte or "base64",
                         disposition=disp, filename=a.filename, params=a.params)


def inner(frm, to, subject, dt, body, *, cc=None, charset="utf-8", cte="8bit",
          atts=(), msgid=None):
    """A message that will be forwarded as message/rfc822."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = msgid or "<%s.fw%04d@%s>" % (dt.strftime("%Y%m%d%H%M"), _CUR["n"],
                                                   frm.split("@")[-1].rstrip(">"))
    m.set_content(body, charset=charset, cte=cte)
    for a in atts:
        _attach(m, a)
    return m


def fix_boundaries(m, n):
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("=_hvg_%04d_%d_7c3e" % (n, i))


def to_bytes(m):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=SMTP).flatten(m)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Attachment builders (stdlib only)
# ---------------------------------------------------------------------------

ZDATE = (2026, 3, 1, 9, 0, 0)


def _zip(members, date=ZDATE, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=date)
            if name == stored_first:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


def _zdate(day, hh=9, mm=0):
    return (2026, 3, day, hh, mm, 0)


def _core(title, author, day):
    ts = "2026-03-%02dT08:15:00Z" % day
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>') % (xesc(title), xesc(author), xesc(author), ts, ts)


def docx_bytes(blocks, title="", author="Hainbuche Versicherungsgruppe", day=1):
    """blocks: str paragraphs ('# ' = bold heading) or lists of rows (tables)."""
    body = []
    for b in blocks:
        if isinstance(b, (list, tuple)):
            rows = []
            for r in b:
                cells = "".join(
                    '<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                    % xesc(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
        elif b.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                        % xesc(b[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>') % "".join(body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", _core(title, author, day)),
                 ("word/document.xml", doc)], date=_zdate(day))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(sheets, author="Hainbuche Versicherungsgruppe", title="", day=1):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>') % "".join(wb_sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>') % "".join(ct_over)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
              % "".join(wb_rels))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", _core(title, author, day)),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels)] + files,
                date=_zdate(day))


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
           'office:version="1.3"')


def _odf(mime, body_xml, title, author, day):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body>%s</office:body></office:document-content>'
               % (_ODF_NS, body_xml))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s><office:meta><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dc:date>2026-03-%02dT10:00:00</dc:date><meta:generator>LibreOffice/7.6</meta:generator>'
            '</office:meta></office:document-meta>' % (_ODF_NS, xesc(title), xesc(author), day))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("content.xml", content), ("meta.xml", meta),
                 ("META-INF/manifest.xml", manifest)], date=_zdate(day), stored_first="mimetype")


def odt_bytes(paras, title="", author="Hainbuche Versicherungsgruppe", day=1):
    x = []
    for p in paras:
        if isinstance(p, (list, tuple)):
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                % xesc(str(c)) for c in r) for r in p)
            x.append('<table:table table:name="Tabelle%d">%s</table:table>' % (len(x) + 1, rows))
        elif p.startswith("# "):
            x.append('<text:h text:outline-level="1">%s</text:h>' % xesc(p[2:]))
        else:
            x.append("<text:p>%s</text:p>" % xesc(p))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(x), title, author, day)


def ods_bytes(sheets, title="", author="Hainbuche Versicherungsgruppe", day=1):
    t = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                 % (repr(v), str(v).replace(".", ",")))
                elif v is None or v == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                                 % xesc(str(v)))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        t.append('<table:table table:name="%s">%s</table:table>' % (xesc(name), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(t), title, author, day)


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(line, width=92):
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


def pdf_bytes(lines, title="", author="Hainbuche Versicherungsgruppe", day=1, producer="Hainbuche DocOut 4.2"):
    """Simple PDF 1.4 with a real text layer (Helvetica, WinAnsi). '# ' = bold line."""
    flat = []
    for ln in lines:
        if ln.startswith("# "):
            flat.append(("B", ln[2:]))
        else:
            for w in _wrap(ln):
                flat.append(("R", w))
    pages = [flat[i:i + 56] for i in range(0, len(flat), 56)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    nxt = 6
    for pg in pages:
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for style, txt in pg:
            if style == "B":
                ops.append(b"/F2 11 Tf (" + _pdf_str(txt) + b") Tj T* /F1 10 Tf")
            else:
                ops.append(b"(" + _pdf_str(txt) + b") Tj T*")
        ops.append(b"ET")
        raw = b"\n".join(ops)
        comp = zlib.compress(raw, 9)
        cid, pid = nxt, nxt + 1
        nxt += 2
        objs[cid] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp)) + comp + b"\nendstream"
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cid).encode()
        kids.append(pid)
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    objs[5] = (b"<< /Title (" + _pdf_str(title) + b") /Author (" + _pdf_str(author) +
               b") /Producer (" + _pdf_str(producer) + b") /CreationDate (D:202603%02d091500+01'00') >>" % day)
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


def PDF(fn, lines, **kw):
    return Att(fn, "application", "pdf", pdf_bytes(lines, **kw))


def DOCX(fn, blocks, **kw):
    return Att(fn, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
               docx_bytes(blocks, **kw))


def XLSX(fn, sheets, **kw):
    return Att(fn, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               xlsx_bytes(sheets, **kw))


def ODT(fn, paras, **kw):
    return Att(fn, "application", "vnd.oasis.opendocument.text", odt_bytes(paras, **kw))


def ODS(fn, sheets, **kw):
    return Att(fn, "application", "vnd.oasis.opendocument.spreadsheet", ods_bytes(sheets, **kw))


def CSV(fn, text, charset="utf-8", subtype="csv", raw=False):
    if raw:
        return Att(fn, "application", "vnd.ms-excel", text.replace("\n", "\r\n").encode(charset))
    return Att(fn, "text", subtype, text, charset=charset, cte="quoted-printable")


def ICS(fn, text, method="REQUEST"):
    text = text.strip("\n").replace("\n", "\r\n") + "\r\n"
    return Att(fn, "text", "calendar", text, charset="utf-8", cte="quoted-printable",
               params={"method": method})


def ZIP(fn, members, day=1):
    return Att(fn, "application", "zip", _zip(members, date=_zdate(day)))


def FWD(msg, fn="Weitergeleitete Nachricht.eml"):
    return Att(fn, "message", "rfc822", msg)


def TXT(fn, text, charset="utf-8"):
    return Att(fn, "text", "plain", text, charset=charset, cte="quoted-printable")


def OCTET(fn, data):
    return Att(fn, "application", "octet-stream", data)


# ---------------------------------------------------------------------------
# People of the invented world (sender addresses and signatures)
# ---------------------------------------------------------------------------

def A(name, local):
    return "%s <%s@%s>" % (name, local, DOM)


FOOT_DE = """--
Hainbuche Versicherungsgruppe
Hainbuche Krankenversicherung a.G. | Hainbuche Lebensversicherung AG | Hainbuche Sachversicherung AG
Hainbuchenallee 1, 84036 Landshut | www.hainbuche-gruppe.example
Sitz Landshut, Amtsgericht Landshut HRB 4417 (Leben), HRB 4418 (Sach), VR 112 (Kranken a.G.)
Vorstand: Dr. Konrad Eichstätter (Vors.), Marion Pfaffinger, Levent Aydın"""

FOOT_EN = """--
Hainbuche Insurance Group
Hainbuchenallee 1, 84036 Landshut, Germany | www.hainbuche-gruppe.example
Hainbuche Krankenversicherung a.G. (mutual health insurer) | Hainbuche Lebensversicherung AG | Hainbuche Sachversicherung AG"""

DISCLAIMER = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail. / This e-mail may contain confidential information. If you are
not the intended recipient, please notify the sender and delete it."""

STAFF = {
    # key: (display name, local part, function DE, function EN, extension)
    "kainz": ("Tobias Kainz", "tobias.kainz", "Leistungsservice Krankenversicherung (ambulant/Zahn)", "Health Claims (outpatient/dental)", "2217"),
    "achleitner": ("Miriam Achleitner", "miriam.achleitner", "Krankenhausleistungen und Direktabrechnung", "Hospital Claims", "2241"),
    "gassner": ("Sebastian Gaßner", "sebastian.gassner", "Krankentagegeld / Krankenhaustagegeld", "Daily Sickness Benefit", "2233"),
    "oberhuber": ("Dr. med. Renate Oberhuber", "renate.oberhuber", "Gesellschaftsärztin, Medizinischer Fachdienst", "Chief Medical Officer", "2290"),
    "schwarzmueller": ("Veronika Schwarzmüller", "veronika.schwarzmueller", "Risikoprüfung Krankenversicherung", "Health Underwriting", "2120"),
    "yildiz": ("Serkan Yıldız", "serkan.yildiz", "Risikoprüfung Leben / BU", "Life & Disability Underwriting", "3105"),
    "weigl": ("Johanna Weigl", "johanna.weigl", "Vertragsservice Leben", "Life Policy Services", "3140"),
    "seidl": ("Markus Seidl", "markus.seidl", "BU-Leistungsprüfung", "Disability Claims", "3172"),
    "hartl": ("Julia Hartl", "julia.hartl", "Unfall-Leistung", "Accident Claims", "4188"),
    "loibl": ("Benedikt Loibl", "benedikt.loibl", "Pflegeleistungen (PPV, Pflegetagegeld)", "Long-term Care Benefits", "2260"),
    "stadlbauer": ("Florian Stadlbauer", "florian.stadlbauer", "Maklerbetreuung Niederbayern/Oberpfalz", "Broker Relations", "6031"),
    "hubernowak": ("Katrin Huber-Nowak", "katrin.huber-nowak", "Kfz-Schaden", "Motor Claims", "4120"),
    "rieder": ("Dominik Rieder", "dominik.rieder", "Kfz-Vertrag", "Motor Underwriting & Policies", "4105"),
    "brandl": ("Matthias Brandl", "matthias.brandl", "Sachschaden Privatkunden", "Property Claims", "4150"),
    "demirci": ("Elif Demirci", "elif.demirci", "Haftpflicht- und Rechtsschutzservice", "Liability & Legal Expenses Service", "4175"),
    "wallner": ("Ines Wallner", "ines.wallner", "Gewerbe- und Firmenkunden Sach/HUK", "Commercial Lines", "5040"),
    "wiesinger": ("Thomas Wiesinger", "thomas.wiesinger", "Firmenkunden Personenversicherung / bAV", "Group Life & Pensions", "5010"),
    "gruber": ("Stefanie Gruber", "stefanie.gruber", "Reiseversicherung & Assistance", "Travel Insurance & Assistance", "4190"),
    "bennett": ("Oliver Bennett", "oliver.bennett", "International Health Desk", "International Health Desk", "2280"),
    "kerschbaum": ("Dr. Hannah Kerschbaum", "hannah.kerschbaum", "Rückversicherung", "Reinsurance", "1650"),
    "wimmer": ("Dr. Paul Wimmer", "paul.wimmer", "Verantwortlicher Aktuar Krankenversicherung", "Appointed Actuary (Health)", "1610"),
    "leitner": ("Ramona Leitner", "ramona.leitner", "Beitragsbuchhaltung und Inkasso", "Premium Accounting", "1720"),
    "zellner": ("Nina Zellner", "nina.zellner", "Kundenservice-Center", "Customer Service Centre", "0"),
    "pichlmaier": ("Georg Pichlmaier", "georg.pichlmaier", "IT-Servicedesk", "IT Service Desk", "1500"),
    "eder": ("Sabine Eder", "sabine.eder", "Datenschutzbeauftragte der Hainbuche-Gruppe", "Group Data Protection Officer", "1090"),
    "forster": ("Lena Forster", "lena.forster", "Unternehmenskommunikation", "Corporate Communications", "1020"),
    "reisinger": ("Andreas Reisinger", "andreas.reisinger", "Einkauf und Gebäudemanagement", "Procurement & Facilities", "1310"),
    "mayerhofer": ("Claudia Mayerhofer", "claudia.mayerhofer", "Personal / Recruiting", "HR / Recruiting", "1240"),
}


def F(key):
    name, local = STAFF[key][0], STAFF[key][1]
    return "%s <%s@%s>" % (name, local, DOM)


def sig(key, lang="de", short=False, foot=True):
    name, local, fde, fen, ext = STAFF[key]
    phone = "+49 871 9344-%s" % ext if ext != "0" else "+49 871 9344-0"
    if short:
        return "%s\n%s | %s" % (name, fde if lang == "de" else fen, phone)
    if lang == "de":
        s = "Mit freundlichen Grüßen\n\n%s\n%s\nTelefon %s\n%s@%s" % (name, fde, phone, local, DOM)
        return s + ("\n\n" + FOOT_DE if foot else "")
    s = "Kind regards\n\n%s\n%s\nPhone %s\n%s@%s" % (name, fen, phone, local, DOM)
    return s + ("\n\n" + FOOT_EN if foot else "")


# ===========================================================================
# MAILS
# ===========================================================================
@M("NORMAL", "de", "internal",
   "trap: IT ticket about a scanner that feeds doctors' invoices crookedly; no patient, no invoice content")
def m001():
    body = """Hallo zusammen,

kurze Info aus dem Servicedesk zum Ticket INC-2026-031184:

Der Dokumentenscanner im Posteingang Leistung KV (Raum E.14, Gerät
SCN-LA-07) zieht seit Freitag die Arztrechnungen schräg ein, sobald mehr
als ca. 30 Blatt im Einzug liegen. Die OCR-Erkennungsquote ist dadurch
von den üblichen 96 % auf knapp 81 % gefallen; betroffen sind vor allem
dreiseitige Liquidationen mit Heftklammer-Resten.

Bis der Techniker von Sechzehn Bit morgen früh kommt, bitte:
- Stapel auf max. 25 Blatt begrenzen
- Heftklammern vollständig entfernen
- schräg erfasste Belege NICHT neu scannen, sondern im Korb "Nachscan"
  ablegen – die Dubletten machen uns sonst im Workflow Ärger

Das Gerät im 2. OG (SCN-LA-09) funktioniert normal und kann für eilige
Belege genutzt werden.

Danke und einen guten Start in die Woche
Georg

""" + sig("pichlmaier", short=True)
    return mail(F("pichlmaier"), "Leistung KV Posteingang <posteingang-kv@%s>" % DOM,
                "INC-2026-031184: Scanner E.14 zieht Arztrechnungen schräg ein", when(2, 7, 48), body,
                cc="IT-Servicedesk <servicedesk@%s>" % DOM)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "named member's physiotherapy reimbursement with diagnosis Lumbalgie M54.5 and tariff share; member's question quoted")
def m002():
    body = """Sehr geehrter Herr Greil,

vielen Dank für Ihre Nachricht. Gern erkläre ich Ihnen die Abrechnung vom
26.02.2026 zur Rechnung der Praxis "Physio im Ländtor" (Landshut).

Verordnet waren laut Rezept von Dr. Moosbauer 6 x Krankengymnastik und
6 x Fango wegen Lumbalgie (ICD-10 M54.5). Ihr Tarif AmbuFlex 80 erstattet
Heilmittel zu 80 % bis zu den Höchstsätzen unseres Heilmittelverzeichnisses:

  Krankengymnastik   6 x 38,00 EUR  erstattungsfähig  6 x 31,20 EUR
  Fango              6 x 19,50 EUR  erstattungsfähig  6 x 14,80 EUR
  Summe Rechnung         345,00 EUR  erstattungsfähig      276,00 EUR
  davon 80 %                                                220,80 EUR

Die Differenz entsteht also aus den Höchstsätzen, nicht aus einem Fehler
beim Einlesen. Den Betrag von 220,80 EUR haben wir am 27.02.2026 auf Ihr
bekanntes Konto überwiesen.

Ein Tipp: Wenn Ihr Arzt eine Folgeverordnung ausstellt, reichen Sie die
Rechnung gern über die Hainbuche-App ein, dann geht es meist in drei Tagen.

""" + sig("kainz") + """

-----Ursprüngliche Nachricht-----
Von: Anton Greil <anton.greil@posteo.example>
Gesendet: Sonntag, 1. März 2026 19:02
An: Leistung KV <leistung-kv@hainbuche-gruppe.example>
Betreff: Abrechnung Physio - Versicherungsnummer H 2218 4473 01

Hallo,
ich hab für die Physio wegen meinem Rücken 345 EUR bezahlt und von
ihnen nur 220,80 bekommen. Laut meinem Vertrag zahlen sie doch 80%?
Das wären 276. Können sie das bitte nochmal prüfen.

Grüße Anton Greil
"""
    return mail(F("kainz"), "Anton Greil <anton.greil@posteo.example>",
                "AW: Abrechnung Physio - Versicherungsnummer H 2218 4473 01", when(2, 8, 31), body,
                irt="<CAF3k9d0p1@posteo.example>")


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "named customer's household-contents claim (bicycle theft) with claim and policy number and home address")
def m003():
    body = """Guten Tag Frau Stöckl,

wir haben Ihre Schadenmeldung zum Diebstahl Ihres Fahrrads erhalten und
unter der Schadennummer SCH-2026-004417 angelegt (Hausratversicherung
S-HR-3308812, Versicherungsort Bahnhofstraße 17a, 84130 Dingolfing).

Damit wir zügig regulieren können, brauchen wir noch:

1. die Kaufrechnung des Rads (Kalkhoff, laut Ihrer Angabe 2023 gekauft),
2. das Aktenzeichen bzw. die Bescheinigung der Polizeiinspektion
   Dingolfing über die Anzeige,
3. ein Foto des durchtrennten Schlosses, falls vorhanden.

Der Fahrraddiebstahl ist in Ihrem Vertrag bis 1.500 EUR mitversichert,
auch außerhalb der Wohnung, wenn das Rad wie von Ihnen beschrieben mit
einem Schloss an einem festen Gegenstand angeschlossen war.

Die Unterlagen können Sie einfach als Antwort auf diese Mail schicken.

Viele Grüße aus Landshut

Matthias Brandl
Sachschaden Privatkunden
Telefon +49 871 9344-4150
"""
    return mail(F("brandl"), "Verena Stöckl <v.stoeckl@gmx.example>",
                "Ihr Fahrraddiebstahl vom 27.02.2026 - Schadennummer SCH-2026-004417", when(2, 9, 5),
                body, cte="8bit", flowed=True, mailer="Hainbuche Schadenportal 3.8")


@M("NORMAL", "en", "insurer-to-partner",
   "trap: aggregated disability (BU) incidence by age band and ICD chapter for the reinsurer, no individual")
def m004():
    rows = [["Hainbuche Lebensversicherung AG - BU quota share treaty 2024/QS-07", "", "", "", ""],
            ["New BU claims notified, Q4 2025, by age band at onset", "", "", "", ""],
            ["Age band", "Exposure (policy years)", "New claims", "Incidence per 1,000", "Main ICD-10 chapter"],
            ["18-29", 8412.5, 6, 0.71, "F (mental)"],
            ["30-39", 15210.0, 19, 1.25, "F (mental)"],
            ["40-49", 17988.25, 31, 1.72, "M (musculoskeletal)"],
            ["50-59", 12004.75, 38, 3.17, "M (musculoskeletal)"],
            ["60-67", 3120.5, 11, 3.53, "C (neoplasms)"],
            ["Total", 56736.0, 105, 1.85, ""],
            [],
            ["Claims by ICD-10 chapter (all ages)", "", "", "", ""],
            ["F Mental and behavioural disorders", 33],
            ["M Musculoskeletal system", 29],
            ["C Neoplasms", 14],
            ["I Circulatory system", 9],
            ["S/T Injuries", 8],
            ["other chapters (merged, each < 5)", 12],
            ["Note: no cell below 5 claims is shown separately; no claimant data included.", ""]]
    body = """Dear Ingrid,

as agreed in our call last week, please find attached the Q4 2025 BU
incidence figures for treaty QS-07. They are aggregated by age band and by
ICD-10 chapter; chapters with fewer than five claims are merged into
"other", so there is nothing in the file that points to an individual.

Two remarks:
- The jump in the 50-59 band is mainly musculoskeletal (back and joint
  conditions) and is in line with what we saw in 2023 before the dip in 2024.
- Mental-health claims remain the largest chapter, but the share fell from
  34 % to 31 % compared to Q3.

The claim-by-claim bordereau for facultative cases will follow separately
via the secure exchange, as usual.

""" + sig("kerschbaum", "en")
    return mail(F("kerschbaum"), "Ingrid Solberg <ingrid.solberg@nordkap-re.example>",
                "QS-07 | BU incidence Q4 2025 (aggregated)", when(2, 10, 12), body,
                atts=[XLSX("QS-07_BU_incidence_Q4-2025.xlsx", [("Incidence", rows)],
                           author="Dr. Hannah Kerschbaum", title="QS-07 BU incidence Q4 2025", day=2)])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "expat member's pre-authorisation for knee arthroscopy (meniscus tear S83.2), hospital and cost estimate; his earlier mail quoted")
def m005():
    body = """Dear Mr Mehta,

thank you for sending the referral letter and the MRI report so quickly.

I am pleased to confirm pre-authorisation for the planned arthroscopic
partial meniscectomy of your right knee (diagnosis on the referral:
tear of the medial meniscus, ICD-10 S83.2) at Mount Faber Orthopaedic
Centre, Singapore, on 12 March 2026.

  Authorisation no.:  GEC-PA-2026-00318
  Plan:               Global Expat Care Premium, member no. H 7730 1184 02
  Approved amount:    up to SGD 14,800 (surgeon, anaesthetist, day-case
                      facility fee, implants if any)
  Physiotherapy:      up to 12 sessions after surgery, no separate
                      approval needed

The centre can bill us directly; I have already sent them the guarantee of
payment. Anything above the approved amount, or an overnight stay that was
not planned, please let us know before discharge if possible.

Wishing you a smooth procedure and quick recovery.

""" + sig("bennett", "en") + """


On 2 Mar 2026, at 18:40, Rahul Mehta <rahul.mehta@lionmail.example> wrote:

> Hi Oliver,
> attached the referral from Dr Tan and the MRI. They want to do the
> arthroscopy next Thursday. Can you confirm cover before that? The clinic
> said they need a guarantee letter 48h before.
> Thanks, Rahul
"""
    return mail(F("bennett"), "Rahul Mehta <rahul.mehta@lionmail.example>",
                "Re: Knee surgery 12 March - pre-authorisation", when(3, 7, 55), body,
                irt="<0A2F7C11-77E1@lionmail.example>", lang="en")


@M("NORMAL", "de", "newsletter",
   "trap: members' newsletter on check-ups, dental cover, premium refund rules and the members' delegate election; no individual")
def m006():
    text = """Hainbuche Mitglieder-Newsletter März 2026

Liebe Mitglieder der Hainbuche Krankenversicherung a.G.,

als Versicherungsverein auf Gegenseitigkeit gehören wir unseren Mitgliedern.
Drei Themen für Sie in diesem Monat:

1) Vorsorge lohnt sich – auch für Ihre Beitragsrückerstattung
Vorsorgeuntersuchungen nach den gesetzlich eingeführten Programmen
(z. B. Check-up ab 35, Hautkrebs-Screening, Krebsfrüherkennung) gefährden
Ihre Beitragsrückerstattung nicht. Sie können diese Rechnungen einreichen
und trotzdem die Rückerstattung erhalten.

  Leistung                         ab Alter   wie oft
  Gesundheits-Check-up             35         alle 3 Jahre
  Hautkrebs-Screening              35         alle 2 Jahre
  Darmkrebs-Früherkennung          50         nach Programm
  Zahnärztliche Vorsorge           alle       2 x jährlich

2) Zahnzusatz Plus 90: neue Staffel
Ab 1. April gilt in der Zahnzusatzversicherung die neue Leistungsstaffel
ohne Wartezeit für Prophylaxe.

3) Wahl der Mitgliedervertreterinnen und -vertreter 2026
Die Mitgliedervertreterversammlung ist das oberste Organ unseres Vereins.
Kandidaturen sind bis 30. April 2026 möglich. Informationen unter
www.hainbuche-gruppe.example/mitgliedervertretung

Ihre Hainbuche

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden:
https://www.hainbuche-gruppe.example/newsletter/abmelden
"""
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Hainbuche Mitglieder-Newsletter März 2026</title></head>
<body style="font-family:Arial,sans-serif;color:#233;max-width:640px">
<h1 style="color:#3b6e2f">Mitglieder-Newsletter März 2026</h1>
<p>Liebe Mitglieder der Hainbuche Krankenversicherung a.G.,</p>
<p>als Versicherungsverein auf Gegenseitigkeit gehören wir unseren Mitgliedern. Drei Themen für Sie in diesem Monat:</p>
<h2>1) Vorsorge lohnt sich &ndash; auch für Ihre Beitragsrückerstattung</h2>
<p>Vorsorgeuntersuchungen nach den gesetzlich eingeführten Programmen gefährden Ihre Beitragsrückerstattung nicht.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e4efe0"><th>Leistung</th><th>ab Alter</th><th>wie oft</th></tr>
<tr><td>Gesundheits-Check-up</td><td>35</td><td>alle 3 Jahre</td></tr>
<tr><td>Hautkrebs-Screening</td><td>35</td><td>alle 2 Jahre</td></tr>
<tr><td>Darmkrebs-Früherkennung</td><td>50</td><td>nach Programm</td></tr>
<tr><td>Zahnärztliche Vorsorge</td><td>alle</td><td>2 x jährlich</td></tr>
</table>
<h2>2) Zahnzusatz Plus 90: neue Staffel</h2>
<p>Ab 1. April gilt in der Zahnzusatzversicherung die neue Leistungsstaffel ohne Wartezeit für Prophylaxe.</p>
<h2>3) Wahl der Mitgliedervertreterinnen und -vertreter 2026</h2>
<p>Die Mitgliedervertreterversammlung ist das oberste Organ unseres Vereins. Kandidaturen sind bis 30. April 2026 möglich:
<a href="https://www.hainbuche-gruppe.example/mitgliedervertretung">mehr erfahren</a></p>
<p>Ihre Hainbuche</p>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.hainbuche-gruppe.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
"""
    return mail("Hainbuche Newsletter <newsletter@%s>" % DOM,
                "Mitglieder-Newsletter <mitglieder-newsletter@lists.%s>" % DOM,
                "Vorsorge, Zahnzusatz, Mitgliedervertreterwahl – Ihr Newsletter im März", when(3, 6, 30),
                text, html=html, extra=[("List-Unsubscribe", "<https://www.hainbuche-gruppe.example/newsletter/abmelden>"),
                                        ("Precedence", "bulk")])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
   "underwriting enquiry to the GP about a named applicant with birth date: hypertension, ramipril, blood pressure values")
def m007():
    body = """Sehr geehrte Frau Dr. Sattler,

Herr Lukas Freiberger, geb. 14.08.1988, wohnhaft in Vilsbiburg, hat bei
uns eine Berufsunfähigkeitsversicherung beantragt (Antrag A-BU-2026-01772).
Im Antrag gibt er an, seit Frühjahr 2023 wegen Bluthochdruck bei Ihnen in
Behandlung zu sein und Ramipril 5 mg einzunehmen.

Für die Risikoprüfung bitten wir Sie um einen kurzen Befundbericht zu
folgenden Fragen:

1. Seit wann besteht die Hypertonie, welche Werte wurden bei Diagnose und
   zuletzt gemessen?
2. Liegen Endorganschäden vor (Niere, Herz, Augenhintergrund)? Wurden
   EKG oder Echokardiographie durchgeführt, mit welchem Ergebnis?
3. Gab es Arbeitsunfähigkeitszeiten im Zusammenhang mit der Erkrankung?
4. Bestehen weitere Erkrankungen oder Risikofaktoren (Nikotin, BMI,
   Fettstoffwechsel)?

Eine von Herrn Freiberger am 26.02.2026 unterschriebene Erklärung zur
Entbindung von der Schweigepflicht liegt uns vor; eine Kopie schicke ich
Ihnen gern auf Anforderung per Fax oder über unser Ärzteportal.

Für den Bericht vergüten wir 40,00 EUR zzgl. Porto (GOÄ Nr. 75 analog).
Bitte senden Sie ihn möglichst bis 20.03.2026 an die unten stehende
Anschrift oder über das Ärzteportal (Vorgangsnummer A-BU-2026-01772).

Vielen Dank für Ihre Unterstützung.

""" + sig("yildiz")
    return mail(F("yildiz"), "Praxis Dr. med. Ulrike Sattler <praxis@sattler-vilsbiburg.example>",
                "Ärztliche Anfrage zu Antrag A-BU-2026-01772 (Freiberger, Lukas)", when(3, 9, 20), body)


@M("CONFIDENTIAL", "en", "insurer-to-broker",
   "broker told that a named client's household policy moved to a new Munich address with new premium")
def m008():
    body = """Hi Charlotte,

quick confirmation for your file: the household contents policy of your
client Mr Graham Porter (S-HR-4471203) has been moved to his new address

  Flat 3, Leopoldstraße 112, 80804 München

with effect from 1 March 2026. Munich falls into a higher burglary zone
than Freising, so the annual premium goes up from EUR 186.40 to EUR 231.90;
the sum insured stays at EUR 65,000. The revised schedule is in your broker
post box on the partner portal and will also reach him by post this week.

If he would like to add the bicycle extension (he mentioned a new road bike
to you, I understand), just send me a line and I'll re-issue the schedule
in one go.

Best
Florian

""" + sig("stadlbauer", "en")
    return mail(F("stadlbauer"), "Charlotte Finch <c.finch@harrowfinch.example>",
                "Porter, Graham - S-HR-4471203 - change of address done", when(3, 11, 2), body,
                lang="en")


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: purchase order for first-aid kits and AED pads for the head office; no person concerned")
def m009():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir zu Ihrem Angebot AN-2026-0219 vom 24.02.2026:

Pos  Menge  Artikel                                       Einzelpreis
1    12     Betriebsverbandkasten DIN 13157, Wandhalter     38,90 EUR
2    4      AED-Elektroden Erwachsene (für Lifeline View)   54,00 EUR
3    2      AED-Elektroden Kinder                           61,50 EUR
4    6      Verbandbuch A5, 50 Blatt                         4,20 EUR
5    1      Augenspülflasche 500 ml, Doppelpack             17,80 EUR

Bestellnummer: BE-2026-00412, Kostenstelle 9100 (Gebäudemanagement)
Lieferanschrift: Hainbuche Versicherungsgruppe, Warenannahme Tor 2,
Hainbuchenallee 1, 84036 Landshut

Bitte liefern Sie bis spätestens 20.03.2026; am 24.03. ist die jährliche
Ersthelfer-Unterweisung, bis dahin sollen alle Kästen aufgefüllt sein.
Rechnung bitte als PDF an rechnungseingang@hainbuche-gruppe.example.

""" + sig("reisinger")
    return mail(F("reisinger"), "Vertrieb Medi-Bedarf Vils <vertrieb@medibedarf-vils.example>",
                "Bestellung BE-2026-00412 – Verbandkästen und AED-Elektroden", when(3, 13, 40), body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "beneficiary of a term life policy: death of the insured husband, death benefit, cause-of-death certificate requested")
def m010():
    body = """Sehr geehrte Frau Rauch,

zum Tod Ihres Mannes möchte ich Ihnen zunächst mein aufrichtiges Beileid
aussprechen.

Sie haben uns mitgeteilt, dass Herr Herbert Rauch am 21.02.2026 verstorben
ist. Für seine Risikolebensversicherung L 7710 3348 21 sind Sie als
Bezugsberechtigte eingetragen. Die Versicherungssumme beträgt
120.000,00 EUR.

Damit wir die Leistung auszahlen können, benötigen wir noch:

- die Sterbeurkunde (Kopie genügt),
- den Versicherungsschein im Original oder eine kurze Erklärung, dass er
  nicht mehr auffindbar ist,
- eine ärztliche Bescheinigung über die Todesursache. Da der Vertrag erst
  seit Juli 2023 besteht, ist dieser Nachweis nach § 9 unserer Bedingungen
  erforderlich. Das Formular lege ich bei; Sie können es dem Hausarzt
  Ihres Mannes oder dem behandelnden Krankenhaus geben, die Kosten
  übernehmen wir.
- Ihre Bankverbindung für die Überweisung.

Bitte lassen Sie sich Zeit. Wenn Sie Fragen haben oder lieber telefonieren
möchten, erreichen Sie mich direkt unter der unten stehenden Nummer.

""" + sig("weigl")
    form = PDF("Formular_Todesursache_L77103348.pdf", [
        "# Hainbuche Lebensversicherung AG",
        "Hainbuchenallee 1, 84036 Landshut",
        "",
        "# Ärztliche Bescheinigung über die Todesursache",
        "Versicherungsnummer: L 7710 3348 21",
        "Versicherte Person: Herbert Rauch, geb. 03.05.1964",
        "Sterbedatum: 21.02.2026",
        "",
        "Bitte vom behandelnden Arzt auszufüllen:",
        "1. Unmittelbare Todesursache: ..........................................",
        "2. Vorausgegangene Erkrankungen / Grundleiden: .............................",
        "3. Seit wann war der Verstorbene wegen dieser Erkrankung in Behandlung? ........",
        "4. Bestanden diese Erkrankungen bereits vor Juli 2023? ja / nein",
        "5. Wer hat den Verstorbenen zuletzt behandelt? .............................",
        "",
        "Die Kosten dieser Bescheinigung übernimmt die Hainbuche Lebensversicherung AG.",
        "Ort, Datum, Stempel und Unterschrift des Arztes",
    ], title="Bescheinigung Todesursache", day=4)
    return mail(F("weigl"), "Monika Rauch <monika.rauch@t-online.example>",
                "Ihre Nachricht vom 02.03.2026 – Lebensversicherung L 7710 3348 21", when(4, 8, 50),
                body, atts=[form])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "SEPA mandate confirmation for a named customer's buildings policy with his IBAN and premium")
def m011():
    body = """Sehr geehrter Herr Obermeier,

vielen Dank für die Erteilung des SEPA-Lastschriftmandats. Wir bestätigen
Ihnen folgende Daten:

Vertrag:            Wohngebäudeversicherung S-WG-2290714
Kontoinhaber:       Stefan Obermeier
IBAN:               DE29 7601 0085 7929 0983 77
Mandatsreferenz:    HVG-S-WG-2290714-01
Gläubiger-ID:       DE71ZZZ00002187445

Der Jahresbeitrag von 612,40 EUR wird erstmals am 01.04.2026 von Ihrem
Konto eingezogen, danach jeweils zum 1. April. Bitte sorgen Sie für
ausreichende Deckung; bei einer Rücklastschrift berechnet uns Ihre Bank
Gebühren, die wir leider weitergeben müssen.

Freundliche Grüße

Ramona Leitner
Beitragsbuchhaltung und Inkasso
Hainbuche Sachversicherung AG
"""
    return mail(F("leitner"), "Stefan Obermeier <s.obermeier@web.example>",
                "Bestätigung SEPA-Lastschriftmandat – Wohngebäude S-WG-2290714", when(4, 10, 4), body)


@M("NORMAL", "en", "internal",
   "TLS certificate renewal for the broker portal, certificate details and change window; no personal data")
def m012():
    body = """Hi all,

the server certificate for partnerportal.hainbuche-gruppe.example expires on
22 March. The renewed certificate is issued and staged; roll-out is planned
as a standard change:

  Change:     CHG-2026-0094
  Window:     Tue 10 March, 19:00-19:30 CET
  Impact:     broker portal and BiPRO 430 endpoint, reconnect < 1 min
  Rollback:   old cert stays in the keystore until 24 March

New certificate (excerpt, openssl x509 -noout -subject -issuer -dates):

  subject=CN = partnerportal.hainbuche-gruppe.example, O = Hainbuche Versicherungsgruppe
  issuer=CN = Example Trust RSA CA 2024, O = Example Trust
  notBefore=Mar  3 00:00:00 2026 GMT
  notAfter=Mar  3 23:59:59 2027 GMT
  SHA256 Fingerprint=4E:1A:77:C0:9B:62:3D:E8:51:0F:AA:29:6C:D4:18:B3:
                     70:95:2E:C1:5F:08:BD:43:E6:7A:11:9C:24:D0:86:5B

Broker management software vendors that pin the intermediate were informed
by Florian's team last Friday. Please shout if you know of any other
integration that pins certificates.

Georg

""" + sig("pichlmaier", "en", short=True)
    return mail(F("pichlmaier"), "IT Operations <it-ops@%s>" % DOM,
                "CHG-2026-0094: cert renewal partnerportal (Tue 19:00)", when(4, 11, 30), body, cte="7bit",
                cc=F("stadlbauer"))


@M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
   "English explanation to a named member of a quoted German hospital letter: gallbladder surgery (K80.2), elective services, invoice amounts")
def m013():
    body = """Dear Ms Carter,

you asked me to explain the letter you received from Klinikum Isarauen
(quoted below). In short: nothing is wrong, and you do not need to pay
anything yourself at this point.

- "Wahlleistungsvereinbarung" is the agreement you signed on admission for
  the single room and treatment by the head of department (Prof. Lechner).
- Your plan HKV Komfort (member no. H 3390 6612 01) covers both in full.
- The hospital bills the general hospital charges (DRG H08B) directly to us;
  the head physician's fee comes as a separate invoice, which they will
  also send to us directly because you signed the direct-billing form.
- The EUR 1,046.20 they mention is the single-room surcharge for 7 nights.
  We have already confirmed it to them on 26 February.

So if a bill for the single room or the surgeon does arrive at your home,
just forward it to me and I will take care of it.

I hope you are recovering well from the operation.

""" + sig("bennett", "en") + """

-------- Forwarded letter (scan from Ms Carter, 4 March 2026) --------

Klinikum Isarauen gGmbH - Patientenverwaltung / Wahlleistungen
Frau Emily Carter, Papiererstraße 9, 84034 Landshut

Aufenthalt vom 17.02.2026 bis 24.02.2026, Fall-Nr. 2026-018844
Diagnose: Cholezystolithiasis mit Cholezystitis (K80.2),
laparoskopische Cholezystektomie am 18.02.2026

Sehr geehrte Frau Carter,
gemäß der von Ihnen unterzeichneten Wahlleistungsvereinbarung berechnen
wir für die Unterbringung im Einbettzimmer 7 x 149,46 EUR = 1.046,20 EUR.
Die Liquidation der wahlärztlichen Leistungen durch Herrn Prof. Dr. med.
Lechner erfolgt gesondert. Die Rechnung geht an Ihre private
Krankenversicherung, sofern eine Direktabrechnungserklärung vorliegt.

Mit freundlichen Grüßen
Patientenverwaltung
"""
    return mail(F("bennett"), "Emily Carter <emily.carter@mailbox.example>",
                "Your letter from Klinikum Isarauen - explanation", when(4, 14, 22), body, lang="en")


@M("NORMAL", "de", "internal",
   "trap: minutes of the health-claims jour fixe (backlog, GOÄ reform, processing times) as DOCX; no member named")
def m014():
    doc = DOCX("Protokoll_JF_Leistung_KV_2026-03-04.docx", [
        "# Jour fixe Leistung Krankenversicherung – Protokoll",
        "Datum: 04.03.2026, 09:00–10:10 Uhr, Raum 2.21 und Teams",
        "Teilnehmende: T. Kainz, M. Achleitner, S. Gaßner, B. Loibl, Dr. R. Oberhuber (TOP 3), Leitung: K. Sedlmeier",
        "# TOP 1 Rückstände",
        [["Bereich", "offen 02.03.", "offen 23.02.", "Ziel"],
         ["ambulant/Zahn", "3.412 Belege", "4.020 Belege", "< 2.500"],
         ["stationär", "388 Fälle", "402 Fälle", "< 350"],
         ["KTG/KHT", "141 Fälle", "139 Fälle", "< 150"],
         ["Pflege", "97 Anträge", "110 Anträge", "< 100"]],
        "Rückgang ambulant vor allem durch die App-Einreichung (Anteil jetzt 61 %). Scanner E.14 defekt (INC-2026-031184), Umleitung in den 2. OG.",
        "# TOP 2 GOÄ-Novelle",
        "Stand Gesetzgebung unverändert. Wimmer/Aktuariat rechnet zwei Szenarien für die Beitragsanpassung 2027. Schulung der Sachbearbeitung erst nach Verabschiedung.",
        "# TOP 3 Prüfung Analogziffern",
        "Dr. Oberhuber stellt die aktualisierte Liste häufig strittiger Analogbewertungen vor (u. a. Stoßwellentherapie, Hyperthermie). Liste kommt ins Wiki.",
        "# TOP 4 Bearbeitungszeiten",
        "Durchschnitt Februar: ambulant 4,6 Arbeitstage, stationär 6,1, KTG 3,2. Beschwerden wegen Laufzeit: 23 (Vormonat 31).",
        "# Aufgaben",
        [["Was", "Wer", "bis"],
         ["Wiki-Seite Analogziffern aktualisieren", "Oberhuber", "13.03."],
         ["Auswertung App-Anteil nach Altersgruppe", "Kainz", "20.03."],
         ["Direktabrechnung Klinikum Isarauen: Testlauf", "Achleitner", "27.03."]],
        "Nächster Termin: 18.03.2026, 09:00 Uhr",
    ], title="Protokoll JF Leistung KV", author="Katharina Sedlmeier", day=4)
    body = """Hallo zusammen,

anbei das Protokoll von heute Vormittag. Bitte bis Freitag Korrekturen an
mich, danach lege ich es im Teams-Kanal ab.

Danke
Katharina

--
Katharina Sedlmeier
Leitung Leistung Krankenversicherung
Hainbuche Krankenversicherung a.G.
"""
    return mail("Katharina Sedlmeier <katharina.sedlmeier@%s>" % DOM,
                "JF Leistung KV <jf-leistung-kv@%s>" % DOM,
                "Protokoll Jour fixe Leistung KV 04.03.", when(4, 15, 3), body, atts=[doc])


@M("CONFIDENTIAL", "de", "broker",
   "broker's mail forwarded inline: named client's birth date, motor no-claims class transfer, plate and previous insurer")
def m015():
    body = """Hallo Dominik,

kannst du dir das bitte anschauen? Herr Aigner braucht bis Freitag die
Police, die Kundin holt das Auto am Montag ab. eVB hat er schon über das
Portal gezogen.

Danke dir
Florian

---------- Weitergeleitete Nachricht ----------
Von: Bernd Aigner <info@aigner-makler.example>
Datum: Mi., 4. März 2026 um 11:16
Betreff: Neuantrag Kfz Eckl / SF-Übernahme
An: Florian Stadlbauer <florian.stadlbauer@hainbuche-gruppe.example>

Servus Herr Stadlbauer,

für meine Kundin Frau Carina Eckl, geb. 02.11.1994, Am Mühlbach 4,
84079 Bruckberg, habe ich heute den Antrag Kfz (VW ID.3 Pro, Erstzulassung
05/2024, amtl. Kennzeichen LA-CE 294, eVB 9XK2T7M) übermittelt.

Sie möchte ihre SF-Klasse 7 in Haftpflicht und Vollkasko von der
Donau-Isar Versicherung übernehmen, Vertrag dort KH-55120834, gekündigt
zum 28.02.2026. Die Vorversicherungsbescheinigung liegt mir als PDF vor,
kann ich nachreichen.

Bitte Beitrag mit 500 EUR SB VK / 150 TK und Rabattschutz rechnen.
Danke und viele Grüße

Bernd Aigner
Versicherungsmakler Bernd Aigner e.K.
Altstadt 212, 84028 Landshut
"""
    return mail(F("stadlbauer"), F("rieder"),
                "WG: Neuantrag Kfz Eckl / SF-Übernahme", when(4, 16, 41), body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "named member's mother: care level 3 from the care assessment, dementia, care allowance and private care-per-diem amounts")
def m016():
    body = """Sehr geehrte Frau Pertl,

wie angekündigt, hier das Ergebnis der Pflegebegutachtung für Ihre Mutter,
Frau Theresia Pertl (Versicherungsnummer H 1102 8845 01). Ihre Vollmacht
vom 12.01.2026 liegt uns vor.

Die Gutachterin der Pflegebegutachtung Süd GmbH hat Ihre Mutter am
24.02.2026 zu Hause besucht. Sie stellt 62,5 gewichtete Punkte fest, vor
allem in den Modulen "kognitive und kommunikative Fähigkeiten" und
"Selbstversorgung" (fortschreitende Demenz, Hilfe beim Waschen und
Ankleiden nötig). Das entspricht Pflegegrad 3 ab dem Antragsmonat
Januar 2026.

Leistungen ab 01.01.2026:
- Pflegegeld aus der Pflegepflichtversicherung: 599,00 EUR monatlich
  (häusliche Pflege durch Sie und Ihren Bruder)
- Pflegetagegeld aus dem Zusatztarif Pflege Tag 50: 60 % von 50 EUR
  = 30,00 EUR täglich, also 900,00 EUR für einen 30-Tage-Monat
- Entlastungsbetrag 131 EUR monatlich gegen Rechnung

Die Nachzahlung für Januar und Februar überweisen wir in den nächsten
Tagen. Das vollständige Gutachten senden wir Ihnen per Post, weil es
sehr umfangreich ist. Zum verpflichtenden Beratungsbesuch nach § 37 Abs. 3
SGB XI meldet sich unser Partner compass pflegeberatung bei Ihnen.

""" + sig("loibl")
    return mail(F("loibl"), "Sabine Pertl <sabine.pertl@gmx.example>",
                "Pflegeantrag Ihrer Mutter – Ergebnis der Begutachtung", when(5, 8, 12), body)


@M("NORMAL", "en", "insurer-to-supplier",
   "trap: job advert for a medical underwriter sent to a recruiting agency; health vocabulary but no candidate data")
def m017():
    body = """Dear Mr Okafor,

as discussed, here is the English version of the advert. Please publish it
on your international channels from 9 March for four weeks; the German
version goes out via our own career page.

---------------------------------------------------------------
Medical Underwriter Life & Disability (m/f/d) - Landshut or remote within Germany

Hainbuche Lebensversicherung AG, part of the Hainbuche Insurance Group, is
looking for a medical underwriter to assess applications for term life,
critical illness and occupational disability cover.

What you will do
- assess medical evidence (GP reports, hospital discharge letters, lab
  values) and decide on standard, rated or declined terms
- work with our chief medical officer and reinsurance partner on complex
  cases, e.g. oncology, cardiology, mental health
- keep our underwriting manual and health questions up to date

What you bring
- a background as nurse, physician assistant, medical documentation
  specialist or a degree in a health science
- good knowledge of ICD-10 and of typical lab parameters
- German at B2 level or better, confident English

We offer 30 days' holiday, hybrid working, a company pension and, of
course, our own occupational disability cover for employees.
Salary band: EUR 58,000-72,000 depending on experience.
---------------------------------------------------------------

Applications should go through your portal; please do not forward CVs by
e-mail.

Best regards
Claudia Mayerhofer
HR / Recruiting, Hainbuche Insurance Group
"""
    return mail(F("mayerhofer"), "Chinedu Okafor <c.okafor@talentbruecke.example>",
                "Job advert: Medical Underwriter (m/f/d) - English version", when(5, 9, 35), body)


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "named customer's trip-cancellation claim after job loss (no health content), refund amount and her IBAN")
def m018():
    body = """Dear Ms Brennan,

thank you for the documents. Your employer's notice of termination for
operational reasons dated 9 February 2026 is a covered reason under your
annual travel cancellation policy (R-TC-5501973), so we can reimburse the
cancellation costs for the trip to Lisbon:

  Cancellation invoice Sunway Reisen, 11 Feb 2026     EUR 1,280.00
  less policy excess (20 %, min. EUR 25)             - EUR   256.00
  Amount payable                                       EUR 1,024.00

We will transfer the amount within the next three working days to the
account you gave us:

  Account holder: Aoife Brennan
  IBAN: DE07 7015 0000 5446 5700 25

Your cover continues unchanged. I am sorry to hear about the job and wish
you all the best for the search.

""" + sig("gruber", "en")
    return mail(F("gruber"), "Aoife Brennan <aoife.brennan@posteo.example>",
                "Your cancellation claim RS-2026-00871 - settlement", when(5, 10, 48), body, lang="en")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
   "cost-coverage declaration to a hospital for a named member with birth date: elective hip replacement (M16.1), elective services")
def m019():
    body = """Sehr geehrte Damen und Herren,

für unser Mitglied

  Herrn Josef Kreuzpointner, geb. 11.09.1957
  Versicherungsnummer H 2047 5519 01
  Tarif HKV Komfort (Ein-/Zweibettzimmer, Chefarzt)

übernehmen wir für den geplanten Aufenthalt ab 09.03.2026 in Ihrer
Klinik für Orthopädie und Unfallchirurgie (Einweisungsdiagnose primäre
Koxarthrose links, M16.1; geplant Hüft-TEP links) die Kosten der
allgemeinen Krankenhausleistungen nach dem DRG-Katalog sowie die
Wahlleistungen Zweibettzimmer und wahlärztliche Behandlung nach GOÄ.

Die Kostenübernahme gilt für 10 Belegungstage; eine Verlängerung bitten
wir mit kurzer medizinischer Begründung anzufragen. Eine anschließende
Rehabilitation (AHB) ist gesondert bei uns zu beantragen.

Bitte rechnen Sie direkt mit uns ab (Direktabrechnung über
Klinik-Card, Kartennummer 80276 0047 5519). Den Entlassbericht senden Sie
bitte an den Medizinischen Fachdienst, nicht an die allgemeine Postadresse.

""" + sig("achleitner")
    return mail(F("achleitner"), "Patientenverwaltung Klinikum Isarauen <patientenverwaltung@klinikum-isarauen.example>",
                "Kostenübernahmeerklärung Kreuzpointner, Josef – Aufnahme 09.03.2026", when(5, 11, 14), body)


@M("NORMAL", "de", "insurer-to-broker",
   "trap: broker information on a new disability tariff with premium examples for fictitious model customers (HTML table)")
def m020():
    text = """Liebe Maklerpartnerinnen und Maklerpartner,

zum 1. April führen wir die neue Berufsunfähigkeitsversicherung BU Aktiv 2026 ein.
Die wichtigsten Punkte:

- verkürzte Gesundheitsfragen (5 Jahre ambulant, 10 Jahre stationär)
- Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bei Heirat,
  Geburt, Gehaltssprung
- Arbeitsunfähigkeitsklausel: 6 Monate AU gelten als BU (max. 24 Monate)

Beitragsbeispiele (Modellkunden, fiktiv, Endalter 67, Rente 1.500 EUR/Monat):

  Modellkunde                              Eintrittsalter  Zahlbeitrag/Monat
  Bürokaufmann, Nichtraucher               30              58,42 EUR
  Pflegefachkraft, Nichtraucherin          27              94,17 EUR
  Elektriker, Raucher                      35              131,90 EUR
  Softwareentwicklerin, Nichtraucherin     32              49,85 EUR

Die Antragsstrecke ist ab 23.03. im Partnerportal freigeschaltet; bis
dahin gibt es Webinare am 12.03. und 17.03. (jeweils 10:00 Uhr).

Beste Grüße
Florian Stadlbauer
Maklerbetreuung Niederbayern/Oberpfalz
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Liebe Maklerpartnerinnen und Maklerpartner,</p>
<p>zum 1. April führen wir die neue Berufsunfähigkeitsversicherung <b>BU Aktiv 2026</b> ein. Die wichtigsten Punkte:</p>
<ul>
<li>verkürzte Gesundheitsfragen (5 Jahre ambulant, 10 Jahre stationär)</li>
<li>Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bei Heirat, Geburt, Gehaltssprung</li>
<li>Arbeitsunfähigkeitsklausel: 6 Monate AU gelten als BU (max. 24 Monate)</li>
</ul>
<p>Beitragsbeispiele (Modellkunden, fiktiv, Endalter 67, Rente 1.500 EUR/Monat):</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<thead><tr style="background:#dde8d5"><th>Modellkunde</th><th>Eintrittsalter</th><th>Zahlbeitrag/Monat</th></tr></thead>
<tbody>
<tr><td>Bürokaufmann, Nichtraucher</td><td align="right">30</td><td align="right">58,42 EUR</td></tr>
<tr><td>Pflegefachkraft, Nichtraucherin</td><td align="right">27</td><td align="right">94,17 EUR</td></tr>
<tr><td>Elektriker, Raucher</td><td align="right">35</td><td align="right">131,90 EUR</td></tr>
<tr><td>Softwareentwicklerin, Nichtraucherin</td><td align="right">32</td><td align="right">49,85 EUR</td></tr>
</tbody></table>
<p>Die Antragsstrecke ist ab 23.03. im Partnerportal freigeschaltet; bis dahin gibt es Webinare am 12.03. und 17.03. (jeweils 10:00 Uhr).</p>
<p>Beste Grüße<br>Florian Stadlbauer<br>Maklerbetreuung Niederbayern/Oberpfalz</p>
</body></html>
"""
    return mail(F("stadlbauer"), "Maklerpartner Niederbayern <makler-nb@lists.%s>" % DOM,
                "Neu ab 1. April: BU Aktiv 2026 – Beitragsbeispiele und Webinare", when(5, 13, 0),
                text, html=html)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "named customer's motor insurance confirmation number (eVB) for a new car, no-claims class and premium")
def m021():
    body = """Hallo Herr Hagn,

wie telefonisch besprochen, hier Ihre elektronische Versicherungsbestätigung
für die Zulassung:

  eVB-Nummer:     7KL3M9P
  Fahrzeug:       Škoda Octavia Combi 2.0 TDI, FIN TMBJG7NX5RY041127
  gültig bis:     05.06.2026
  Halter:         Maximilian Hagn, Kirchgasse 3, 84137 Vilsbiburg

Ihr bisheriger Vertrag S-KF-6120448 läuft nach der Ummeldung auf das neue
Fahrzeug weiter, SF-Klasse 12 in Haftpflicht und Vollkasko bleibt erhalten.
Der Jahresbeitrag ändert sich voraussichtlich von 684,20 EUR auf 731,55 EUR
(höhere Typklasse); die genaue Berechnung kommt mit dem Nachtrag, sobald die
Zulassungsstelle uns das Kennzeichen meldet.

Gute Fahrt mit dem Neuen!

""" + sig("rieder")
    return mail(F("rieder"), "Maximilian Hagn <max.hagn@t-online.example>",
                "Ihre eVB für den Škoda Octavia", when(6, 8, 20), body)


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
   "underwriting decision for a named applicant: term life and critical illness offered with exclusion for lumbar disc prolapse (M51.1)")
def m022():
    body = """Dear Ms Lindqvist,

thank you for your application for term life and critical illness cover
(application A-LV-2026-00934) and for the medical report from your
orthopaedic surgeon.

We have now completed our assessment:

1. Term life cover, EUR 300,000, term 25 years: accepted at standard rates.
2. Critical illness cover, EUR 100,000: accepted with the following exclusion:
   "No benefit is payable for paralysis or loss of function resulting from
   disorders of the lumbar spine, including the intervertebral disc prolapse
   L4/L5 (ICD-10 M51.1) treated surgically in 2022, or its consequences."
3. Waiver of premium on disability: accepted with the same exclusion.

Monthly premium: EUR 74.30 (non-smoker rates).

We can review the exclusion after five years without symptoms; you would
then need to send us a short report from your doctor.

If you agree, please confirm the offer in the online application or reply
to this e-mail by 3 April 2026. Your cover would start on 1 April.

""" + sig("yildiz", "en")
    return mail(F("yildiz"), "Sophie Lindqvist <sophie.lindqvist@fastmail.example>",
                "Your application A-LV-2026-00934 - our offer", when(6, 9, 12), body, lang="en")


@M("NORMAL", "de", "internal",
   "trap: announcement of a blood donation drive at the head office; health words, no individual")
def m023():
    body = """Liebe Kolleginnen und Kollegen,

am Donnerstag, 19. März, kommt das Blutspendeteam des Roten Kreuzes wieder
zu uns ins Haus – von 12:00 bis 18:00 Uhr im Casino, Ebene 0.

Bitte bringen Sie Ihren Personalausweis und, falls vorhanden, den
Blutspendeausweis mit. Spenden darf, wer mindestens 18 Jahre alt ist und
sich gesund fühlt; bei Fragen zu Medikamenten, Reisen oder einer kürzlich
überstandenen Erkrankung beraten die Ärztinnen und Ärzte vor Ort.

Die Spende gilt als Arbeitszeit (max. 1 Stunde). Zur Terminreservierung
tragen Sie sich bitte im Intranet unter "Aktionen > Blutspende" ein –
spontane Spenderinnen und Spender sind aber auch willkommen.

Letztes Jahr kamen 74 Spenden zusammen. Schaffen wir 80?

Viele Grüße
Claudia Mayerhofer
Personal / Betriebliches Gesundheitsmanagement
"""
    return mail(F("mayerhofer"), "Alle Mitarbeitenden Landshut <alle-landshut@%s>" % DOM,
                "Blutspende im Haus am 19. März", when(6, 10, 0), body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "named customer's personal-liability claim (water damage to neighbour's flat, nobody hurt) with claim number and address")
def m024():
    body = """Sehr geehrte Frau Feichtner,

danke für Ihren Anruf gestern. Ich fasse kurz zusammen, was wir
besprochen haben:

Schaden:        Wasseraustritt aus dem Zulaufschlauch Ihrer Waschmaschine
                am 04.03.2026, Wohnung 2. OG, Nikolastraße 31, 84034 Landshut
Geschädigte:    Herr und Frau Baumgartner, Wohnung 1. OG (Decke und
                Laminat im Flur)
Ihr Vertrag:    Privathaftpflicht S-PH-1187220
Schadennummer:  SCH-2026-004690

Verletzt wurde niemand. Wir übernehmen die Prüfung der Ansprüche Ihrer
Nachbarn; bitte geben Sie ihnen meine Kontaktdaten. Für die Trocknung
schicken wir die Firma Trockenbau Vilstal, die sich direkt bei den
Baumgartners meldet.

Ihre eigenen Schäden (Waschmaschine, Boden in Ihrer Wohnung) betreffen
nicht die Haftpflicht, sondern ggf. die Hausratversicherung bzw. die
Gebäudeversicherung des Vermieters.

""" + sig("demirci")
    return mail(F("demirci"), "Lisa Feichtner <lisa.feichtner@icloud.example>",
                "Ihr Haftpflichtschaden SCH-2026-004690", when(6, 11, 45), body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "self-employed member's daily sickness benefit: incapacity with F43.2, benefit start and her declared income")
def m025():
    body = """Sehr geehrte Frau Lenz,

Ihre Arbeitsunfähigkeitsbescheinigungen von Dr. Haslbeck (Erst- und
Folgebescheinigung, Diagnose F43.2 – Anpassungsstörung) liegen uns vor.
Sie sind seit 26.01.2026 durchgehend arbeitsunfähig.

Ihr Tarif KTG Selbst 43 zahlt ab dem 43. Tag der Arbeitsunfähigkeit, also
ab 09.03.2026, ein Krankentagegeld von 120,00 EUR je Kalendertag. Die
Zahlung erfolgt jeweils nachträglich für 14 Tage, erstmals am 23.03.2026.

Zur Prüfung der Angemessenheit (Tagegeld und Nettoeinkommen) haben wir
Ihren Einkommensteuerbescheid 2024 herangezogen: Gewinn aus selbständiger
Tätigkeit 54.800 EUR. Das versicherte Tagegeld liegt damit innerhalb
des durchschnittlichen Nettoeinkommens, eine Herabsetzung ist nicht nötig.

Bitte reichen Sie uns Folgebescheinigungen immer zeitnah ein. Sollte Ihr
Arzt eine stufenweise Wiedereingliederung empfehlen, melden Sie sich bitte
vorher bei mir – das lässt sich mit dem Tarif gut kombinieren.

Alles Gute für Sie.

""" + sig("gassner")
    return mail(F("gassner"), "Dagmar Lenz <mail@dagmar-lenz-design.example>",
                "Krankentagegeld ab 09.03.2026 – Versicherungsnummer H 5561 2038 01", when(9, 8, 5), body)


@M("NORMAL", "en", "insurer-to-partner",
   "trap: meeting invitation (ICS) for the treaty renewal with reinsurer; agenda names medical topics, no person")
def m026():
    ics = ICS("Treaty_renewal_2027_Landshut.ics", """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hainbuche Versicherungsgruppe//Outlook Bridge 16.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:20260309T081500-hvg-reins-2027@hainbuche-gruppe.example
DTSTAMP:20260309T081500Z
DTSTART:20260416T080000Z
DTEND:20260416T140000Z
SUMMARY:Treaty renewal 2027 - Nordkap Re / Hainbuche Leben & Kranken
LOCATION:Hainbuchenallee 1\\, 84036 Landshut\\, room 5.02 "Isar"
ORGANIZER;CN=Dr. Hannah Kerschbaum:mailto:hannah.kerschbaum@hainbuche-gruppe.example
ATTENDEE;CN=Ingrid Solberg;ROLE=REQ-PARTICIPANT:mailto:ingrid.solberg@nordkap-re.example
ATTENDEE;CN=Dr. Magnus Ekdahl;ROLE=REQ-PARTICIPANT:mailto:magnus.ekdahl@nordkap-re.example
ATTENDEE;CN=Dr. Paul Wimmer;ROLE=REQ-PARTICIPANT:mailto:paul.wimmer@hainbuche-gruppe.example
ATTENDEE;CN=Dr. med. Renate Oberhuber;ROLE=OPT-PARTICIPANT:mailto:renate.oberhuber@hainbuche-gruppe.example
DESCRIPTION:1. Experience QS-07 (BU) and XL health 2025\\n2. Underwriting ma
 nual: revised mental health chapter\\, diabetes and BMI tables\\n3. Pandemic
  clause and epidemic exclusions\\n4. Terms 2027\\, commission\\, profit shar
 e\\nLunch provided.
BEGIN:VALARM
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""")
    body = """Dear Ingrid, dear Magnus,

please find the invitation for our renewal meeting on 16 April in Landshut
attached. The agenda is in the invitation; if you want to add the
long-term care quota share, let me know and I will extend the slot.

Hotel rooms are blocked at the Hotel am Ländtor under "Hainbuche" until
2 April.

""" + sig("kerschbaum", "en")
    return mail(F("kerschbaum"), "Ingrid Solberg <ingrid.solberg@nordkap-re.example>",
                "Invitation: Treaty renewal 2027 - 16 April, Landshut", when(9, 9, 15), body,
                cc="Dr. Magnus Ekdahl <magnus.ekdahl@nordkap-re.example>, " + F("wimmer"), atts=[ics])


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "named customer's household-contents water claim: claim and policy number, home address, assessor appointment (ICS)")
def m027():
    ics = ICS("Assessor_visit_Ellison.ics", """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hainbuche Versicherungsgruppe//Schadenportal//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sch-2026-004802-visit@hainbuche-gruppe.example
DTSTAMP:20260309T093000Z
DTSTART:20260311T130000Z
DTEND:20260311T140000Z
SUMMARY:Assessor visit - claim SCH-2026-004802 (household contents)
LOCATION:Mark Ellison\\, Innere Regensburger Straße 14\\, 84034 Landshut
ORGANIZER;CN=Matthias Brandl:mailto:matthias.brandl@hainbuche-gruppe.example
ATTENDEE;CN=Mark Ellison:mailto:mark.ellison@gmail.example
ATTENDEE;CN=Sachverständigenbüro Hofmann:mailto:termine@sv-hofmann.example
DESCRIPTION:Water damage from burst pipe in kitchen\\, 7 March 2026. Please 
 keep damaged items (sofa\\, rug\\, sideboard) until the visit.
END:VEVENT
END:VCALENDAR
""")
    body = """Dear Mr Ellison,

I have registered the water damage in your flat under claim number
SCH-2026-004802 (household contents policy S-HR-5120339).

Because the sofa, the rug and the sideboard together are above EUR 3,000,
an independent assessor, Mr Hofmann, will look at the damage on
Wednesday, 11 March, at 2 pm. I have attached a calendar invitation. If the
time does not suit you, please call his office directly (0871 4471 20).

Two things you can do in the meantime:
- take photos of everything before you throw anything away,
- tell your landlord about the burst pipe; the pipe itself and the walls
  are covered by the building insurance of the landlord, not by your policy.

""" + sig("brandl", "en")
    return mail(F("brandl"), "Mark Ellison <mark.ellison@gmail.example>",
                "Water damage 7 March - claim SCH-2026-004802 / assessor visit", when(9, 10, 30),
                body, atts=[ics], lang="en")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "named member's dental treatment plan: implant region 36 with GOZ items and reimbursement; her question quoted")
def m028():
    body = """Liebe Frau Pöschl,

ja, das Implantat ist über Ihre Zahnzusatzversicherung Zahn Plus 90
mitversichert. Ich habe den Heil- und Kostenplan von Dr. Rauscher vom
27.02.2026 geprüft:

  Regio 36, Einzelzahnimplantat mit Krone
  GOZ 9010 Implantatinsertion                     1 x   412,33 EUR
  GOZ 9040 Freilegung                             1 x    95,40 EUR
  GOZ 2200 Vollkrone auf Implantat                1 x   264,26 EUR
  Material- und Laborkosten (geschätzt)                 1.180,00 EUR
  Summe HKP                                             2.951,99 EUR

Die gesetzliche Kasse zahlt den Festzuschuss für eine Brücke von
voraussichtlich 722,18 EUR. Wir erstatten 90 % des Rechnungsbetrags
abzüglich dieses Festzuschusses, höchstens aber den Rest:
geschätzt 1.934,61 EUR. Die Zahnstaffel (im 3. Versicherungsjahr
bis 3.000 EUR) ist damit noch nicht ausgeschöpft.

Bitte schicken Sie uns nach der Behandlung die Rechnung und den Bescheid
Ihrer Kasse, dann geht die Erstattung schnell.

""" + sig("kainz") + """

> Am 06.03.2026 um 21:17 schrieb Renate Pöschl <renate.poeschl@web.example>:
>
> Sehr geehrte Damen und Herren, mein Zahnarzt hat mir nach der
> Entzündung am unteren Backenzahn links ein Implantat empfohlen, HKP
> hänge ich an. Zahlen Sie das? Meine Vers.Nr. ist H 6603 1275 03.
> Vielen Dank, R. Pöschl
"""
    return mail(F("kainz"), "Renate Pöschl <renate.poeschl@web.example>",
                "AW: Heil- und Kostenplan Implantat", when(9, 11, 2), body,
                irt="<5e71c0d2-4a11@web.example>")


@M("NORMAL", "de", "insurer-to-customer",
   "trap: prospect asks about dental supplementary cover; generic tariff information, no contract and no health data of the person")
def m029():
    body = """Guten Tag Herr Brückl,

vielen Dank für Ihr Interesse an unseren Zahnzusatzversicherungen. Sie
hatten gefragt, was der Unterschied zwischen Zahn Plus 70 und Zahn Plus 90
ist und ob es Wartezeiten gibt.

Kurz zusammengefasst:

                          Zahn Plus 70        Zahn Plus 90
Zahnersatz (inkl. Kasse)  70 %                90 %
Implantate                ja                  ja
Prophylaxe                80 EUR/Jahr         150 EUR/Jahr
Kieferorthopädie (Kind)   nein                bis 1.500 EUR
Wartezeit                 keine               keine
Staffel Jahr 1/2/3        750/1.500/2.250 EUR 1.000/2.000/3.000 EUR

Ein Beitragsbeispiel für einen 40-jährigen Neukunden: Zahn Plus 70 kostet
16,90 EUR, Zahn Plus 90 26,40 EUR im Monat. Ihren persönlichen Beitrag
sehen Sie im Tarifrechner unter www.hainbuche-gruppe.example/zahn.

Im Antrag stellen wir drei kurze Fragen zum Zahnzustand (fehlende Zähne,
laufende Behandlung). Wenn Sie mögen, rufe ich Sie an und wir gehen das
gemeinsam durch – sagen Sie mir einfach, wann es Ihnen passt.

Freundliche Grüße

Nina Zellner
Kundenservice-Center
Hainbuche Krankenversicherung a.G.
Telefon +49 871 9344-0
"""
    return mail(F("zellner"), "Jonas Brückl <jonas.brueckl@gmx.example>",
                "Ihre Anfrage: Zahnzusatzversicherung", when(9, 14, 10), body)


@M("STRICTLY_CONFIDENTIAL", "de", "doctor",
   "orthopaedist's report on a disability claimant forwarded to the company doctor: rotator cuff tears, work capacity (latin-1)")
def m030():
    body = """Renate,

anbei (unten) der Befundbericht von Dr. Moosbauer zum BU-Fall Gröbmaier,
L 7702 9130 44. Kannst du bis Ende nächster Woche ein kurzes Votum
schreiben, ob wir ohne externes Gutachten entscheiden können? Der Kunde ist
Dachdecker, 51 Jahre, beantragt BU ab 01.11.2025.

Danke
Markus

-----Ursprüngliche Nachricht-----
Von: Orthopädie am Hofgarten <info@ortho-hofgarten.example>
Gesendet: Montag, 9. März 2026 11:52
An: BU-Leistung <bu-leistung@hainbuche-gruppe.example>
Betreff: Befundbericht Gröbmaier, Andreas, geb. 22.06.1974

Sehr geehrte Damen und Herren,

Herr Andreas Gröbmaier befindet sich seit 09/2025 in unserer Behandlung.

Diagnosen:
- Rotatorenmanschettenruptur rechts (Supraspinatus, transmural), M75.1 R
- Partialruptur Supraspinatussehne links, M75.1 L
- Omarthrose rechts, Grad II, M19.01

Therapie: Arthroskopische Rekonstruktion rechts am 14.10.2025, danach
Physiotherapie; links konservativ mit Infiltrationen.

Beurteilung: Trotz Therapie anhaltende Kraftminderung beim Arbeiten über
Kopfhöhe, Abduktion rechts aktiv bis 90°. Tätigkeiten als Dachdecker
(Überkopfarbeiten, Heben > 15 kg, Steigen auf Leitern) sind auf Dauer
nicht mehr zumutbar. Leichte Tätigkeiten ohne Überkopfarbeit vollschichtig
möglich.

Mit freundlichen Grüßen
Dr. med. Florian Moosbauer
Facharzt für Orthopädie und Unfallchirurgie
"""
    return mail(F("seidl"), F("oberhuber"),
                "WG: Befundbericht Gröbmaier, Andreas – BU-Fall L 7702 9130 44", when(9, 15, 20), body,
                charset="iso-8859-1")


@M("CONFIDENTIAL", "de", "insurer-to-company",
   "sole trader (natural person) as commercial liability policyholder: turnover and payroll figures, policy number")
def m031():
    body = """Sehr geehrter Herr Huber,

vielen Dank für die Meldung der Jahreswerte 2025 zu Ihrer
Betriebshaftpflichtversicherung B-HV-0774512.

Gemeldet haben Sie:
  Jahresumsatz (netto) 2025:    486.000 EUR
  Lohn- und Gehaltssumme:       198.400 EUR (4 Gesellen, 1 Azubi)

Der vorläufige Beitrag war auf 420.000 EUR Umsatz kalkuliert. Die
Abrechnung ergibt daher eine Nachzahlung von 113,85 EUR (inkl. 19 %
Versicherungsteuer); die Beitragsrechnung folgt mit separater Post.
Für 2026 setzen wir den vorläufigen Beitrag auf Basis von 490.000 EUR an,
das sind 968,40 EUR jährlich.

Da Sie seit dem Herbst auch Montagen in Kundenwohnungen mit Fremdpersonal
durchführen: Bitte sagen Sie mir kurz Bescheid, ob Subunternehmer
eingesetzt werden, dann prüfe ich, ob deren Tätigkeit mitversichert werden
sollte.

""" + sig("wallner")
    return mail(F("wallner"), "Schreinerei Xaver Huber e.K. <info@schreinerei-huber-ergolding.example>",
                "Betriebshaftpflicht B-HV-0774512 – Abrechnung Umsatz 2025", when(10, 8, 30), body)


@M("NORMAL", "en", "newsletter",
   "trap: English broker newsletter (HTML only) with market statistics on mental-health claims and plan features; no individual")
def m032():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Hainbuche Broker Update - March 2026</title></head>
<body style="margin:0;background:#f3f5f1;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="18" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#3b6e2f;color:#fff"><h1 style="margin:0;font-size:22px">Broker Update &middot; March 2026</h1>
<p style="margin:4px 0 0">Hainbuche Insurance Group &ndash; international edition</p></td></tr>
<tr><td>
<h2 style="font-size:17px">Mental health is now the top reason for disability claims</h2>
<p>According to the German insurance association's latest market survey, mental and behavioural disorders account for
31&nbsp;% of new occupational disability claims across the market (2019: 28&nbsp;%). Musculoskeletal conditions follow with 21&nbsp;%,
cancer with 15&nbsp;%. For your clients this is a good argument for disability cover with a short-term
incapacity clause.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e4efe0"><th>Cause (market, 2025)</th><th>Share of new BU claims</th></tr>
<tr><td>Mental and behavioural disorders</td><td align="right">31 %</td></tr>
<tr><td>Musculoskeletal system</td><td align="right">21 %</td></tr>
<tr><td>Cancer and other neoplasms</td><td align="right">15 %</td></tr>
<tr><td>Accidents</td><td align="right">8 %</td></tr>
<tr><td>Cardiovascular</td><td align="right">7 %</td></tr>
<tr><td>Other</td><td align="right">18 %</td></tr>
</table>
<h2 style="font-size:17px">Global Expat Care: what's new from 1 April</h2>
<ul>
<li>Direct billing network extended to 42 hospitals in Singapore, Malaysia and Thailand</li>
<li>Telemedicine in English, German and Mandarin, 24/7, no excess</li>
<li>Maternity waiting period reduced from 10 to 8 months in Premium</li>
</ul>
<h2 style="font-size:17px">Webinar</h2>
<p>&quot;Selling disability cover to expats in Germany&quot; &ndash; 24 March, 16:00 CET.
<a href="https://partnerportal.hainbuche-gruppe.example/webinare/2026-03-24">Register on the partner portal</a></p>
<p style="font-size:11px;color:#888">You receive this update as a registered broker partner of Hainbuche.
<a href="https://partnerportal.hainbuche-gruppe.example/newsletter/unsubscribe">Unsubscribe</a></p>
</td></tr></table></td></tr></table>
</body></html>
"""
    return mail("Hainbuche Broker Relations <broker-news@%s>" % DOM,
                "International brokers <intl-brokers@lists.%s>" % DOM,
                "Broker Update March 2026: mental health claims, Global Expat Care, webinar", when(10, 7, 0),
                html=html, html_only=True, extra=[("Precedence", "bulk")], lang="en")


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "disability claim accepted for a named member: depressive episode F32.1, monthly benefit, premium waiver, review date")
def m033():
    body = """Dear Mr Nowicki,

I am glad to let you know that we have accepted your claim for occupational
disability benefits under policy L 7719 0442 10.

Based on the reports of your psychiatrist, Dr. Reindl, and of the
Psychosomatic Clinic Bad Weidenstein (discharge letter of 30 January
2026), we accept that since 1 September 2025 you have been unable to work
as a software developer for more than 50 % because of a moderate
depressive episode (ICD-10 F32.1).

What this means for you:
- Monthly disability benefit of EUR 2,000.00, paid from 1 September 2025.
  The back payment for September to February (EUR 12,000.00) will reach
  your account within five working days.
- From the same date you no longer need to pay premiums; premiums paid
  since then (6 x EUR 61.80) are refunded with the back payment.
- The benefit is paid while the disability continues. We will contact you
  in about twelve months for an update from your doctor; this is routine
  and not a sign of doubt.

I know the past months have not been easy. If a gradual return to work
becomes an option, please talk to me first - there are ways to do this
without putting your benefit at risk.

""" + sig("seidl", "en")
    return mail(F("seidl"), "Tomasz Nowicki <t.nowicki@protonmail.example>",
                "Your disability claim - decision", when(10, 9, 40), body, lang="en")


@M("NORMAL", "de", "internal",
   "trap: actuarial trigger-factor analysis per health tariff (claims vs. calculated), aggregated, as XLSX")
def m034():
    rows = [["Beitragsanpassung 01.01.2027 – auslösende Faktoren Versicherungsleistungen (Stand 09.03.2026)"],
            ["Tarif", "Beobachtungseinheit", "Bestand (Köpfe)", "Leistungen erwartet (TEUR)", "Leistungen kalkuliert (TEUR)", "AF Leistungen", "Schwellenwert", "Anpassung ausgelöst"],
            ["HKV Komfort", "Männer", 18432, 61240, 55880, 1.096, 1.05, "ja"],
            ["HKV Komfort", "Frauen", 14208, 52110, 49730, 1.048, 1.05, "nein"],
            ["HKV Basis", "Männer", 6021, 14380, 14010, 1.026, 1.05, "nein"],
            ["HKV Basis", "Frauen", 5330, 13920, 12870, 1.082, 1.05, "ja"],
            ["AmbuFlex 80", "Erwachsene", 22915, 18770, 17440, 1.076, 1.05, "ja"],
            ["Zahn Plus 90", "Erwachsene", 40122, 21005, 20950, 1.003, 1.05, "nein"],
            ["KTG Selbst 43", "Erwachsene", 3880, 6115, 5460, 1.120, 1.05, "ja"],
            ["Pflege Tag 50", "Erwachsene", 11540, 4220, 4390, 0.961, 1.05, "nein"],
            [],
            ["Quelle: Bestandsführung, Leistungsstatistik 2025; Hochrechnung gem. KVAV. Keine Einzeldaten."]]
    body = """Hallo Katharina, hallo Herr Dr. Eichstätter,

wie im Jour fixe angekündigt, die erste Rechnung der auslösenden Faktoren
für die BAP 2027. Vier Beobachtungseinheiten liegen über dem Schwellenwert
von 5 %, am deutlichsten KTG Selbst 43 (AF 1,120) – dort schlagen die
längeren AU-Dauern bei psychischen Erkrankungen durch, die wir schon 2025
gesehen haben.

Die Zahlen sind vorläufig; der Treuhänder bekommt die endgültige Fassung
Ende Mai. Bitte noch nicht außerhalb des Verteilers weitergeben.

Viele Grüße
Paul Wimmer

--
Dr. Paul Wimmer
Verantwortlicher Aktuar Krankenversicherung
Hainbuche Krankenversicherung a.G.
"""
    return mail(F("wimmer"), "Katharina Sedlmeier <katharina.sedlmeier@%s>" % DOM,
                "BAP 2027: auslösende Faktoren – erste Rechnung", when(10, 11, 5), body,
                cc="Dr. Konrad Eichstätter <konrad.eichstaetter@%s>" % DOM,
                atts=[XLSX("BAP2027_AF_Leistungen_v1.xlsx", [("AF Leistungen", rows)],
                           author="Dr. Paul Wimmer", title="BAP 2027 AF", day=10)])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "legal expenses cover for a named customer's unfair-dismissal suit: employer, gross monthly salary, claim number")
def m035():
    body = """Sehr geehrter Herr Sturm,

für Ihre Kündigungsschutzklage gegen die Metallbau Ergolding GmbH erteilen
wir Ihnen Deckungszusage aus Ihrer Rechtsschutzversicherung RS-3304519
(Baustein Arbeits-Rechtsschutz).

  Schadennummer:      RS-2026-01277
  Gegenstand:         ordentliche Kündigung vom 18.02.2026 zum 31.05.2026
  Gegenstandswert:    11.550 EUR (drei Bruttomonatsgehälter à 3.850 EUR)
  Selbstbeteiligung:  150 EUR
  Anwalt:             Kanzlei Dr. Brunnhuber & Kollegen, Landshut

Die Zusage umfasst die erste Instanz vor dem Arbeitsgericht Landshut
einschließlich Güteverhandlung. Bitte geben Sie Ihrem Anwalt die
Schadennummer; er rechnet dann direkt mit uns ab.

Die Klage muss innerhalb von drei Wochen nach Zugang der Kündigung beim
Arbeitsgericht eingehen – bitte sprechen Sie also umgehend mit der Kanzlei,
falls das noch nicht geschehen ist.

Freundliche Grüße

Elif Demirci
Haftpflicht- und Rechtsschutzservice
für die Rechtsschutz-Schadenservice Isar GmbH
(Schadenabwicklungsunternehmen der Hainbuche Sachversicherung AG)
"""
    return mail(F("demirci"), "Kevin Sturm <kevin.sturm@web.example>",
                "Deckungszusage Arbeits-Rechtsschutz – RS-2026-01277", when(10, 13, 25), body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "policy loan on a named customer's endowment life policy: surrender value, loan amount, interest, his IBAN (life line)")
def m036():
    body = """Sehr geehrter Herr Achatz,

gern gewähren wir Ihnen das gewünschte Policendarlehen auf Ihre
Kapitallebensversicherung L 7508 2261 07.

  Rückkaufswert zum 01.03.2026:     24.318,55 EUR
  höchstmögliches Darlehen (80 %):  19.454,84 EUR
  gewünschtes Darlehen:             15.000,00 EUR
  Zinssatz:                         4,25 % p. a., vierteljährlich nachschüssig
  Laufzeit:                         bis zum Ablauf am 01.12.2031,
                                    Sondertilgungen jederzeit möglich

Bei Ablauf oder im Leistungsfall wird ein noch offener Darlehensbetrag mit
der Versicherungsleistung verrechnet. Der Versicherungsschutz bleibt
unverändert bestehen.

Auszahlung auf Ihr Konto:
  IBAN DE73 7005 1540 1793 2541 05 (Sparkasse Moosburg), Kontoinhaber Rudolf Achatz

Die Darlehensvereinbarung schicken wir Ihnen in zweifacher Ausfertigung
per Post. Sobald ein unterschriebenes Exemplar bei uns ist, überweisen wir
den Betrag innerhalb von zwei Arbeitstagen.

""" + sig("weigl")
    return mail(F("weigl"), "Rudolf Achatz <r.achatz@t-online.example>",
                "Policendarlehen zu Ihrer Lebensversicherung L 7508 2261 07", when(11, 8, 40), body)


@M("NORMAL", "en", "insurer-to-supplier",
   "trap: BiPRO test payload with fictitious 'Max Mustermann' and a published example IBAN, sent to the IT vendor")
def m037():
    payload = """{
  "testcase": "BIPRO430-TC-17 Vertragsdaten Sach Hausrat",
  "note": "synthetic test data only - fictitious person, published example IBAN",
  "partner": {
    "name": "Mustermann",
    "vorname": "Max",
    "geburtsdatum": "1980-01-01",
    "anschrift": {"strasse": "Musterstraße 1", "plz": "12345", "ort": "Musterstadt"}
  },
  "vertrag": {
    "vsnr": "S-HR-TEST-0001",
    "sparte": "HR",
    "beitrag": {"betrag": 123.45, "waehrung": "EUR", "zahlweise": "jaehrlich"},
    "bankverbindung": {"iban": "DE02120300000000202051", "bic": "BYLADEM1001"}
  },
  "expected": {"http": 200, "documents": 2, "category": "Nachtrag"}
}
"""
    body = """Hi Jana,

as discussed in the stand-up: TC-17 fails on your side with HTTP 422
("geburtsdatum: invalid format"). Our gateway sends ISO dates (1980-01-01),
your parser seems to expect dd.mm.yyyy since release 5.4.2. Payload
attached - it is the synthetic test partner "Max Mustermann" with the
published example IBAN, nothing from production.

Could you check whether this is a regression? TC-01 to TC-16 pass.

Thanks
Georg

""" + sig("pichlmaier", "en", short=True)
    return mail(F("pichlmaier"), "Jana Vogt <jana.vogt@sechzehnbit.example>",
                "BiPRO 430 TC-17 fails with 422 (date format)", when(11, 9, 58), body,
                atts=[Att("TC-17_payload.json", "application", "json", payload.encode("utf-8"))])


@M("CONFIDENTIAL", "mixed", "insurer-to-broker",
   "English mail to broker quoting the German endorsement of a named client's household policy: valuables, sum insured, premium")
def m038():
    body = """Hi Charlotte,

below is the wording of the endorsement we are issuing for Dr MacLeod, as
requested in English and German. The German text is the binding one; my
translation is underneath.

--- Nachtrag Nr. 2 zur Hausratversicherung S-HR-4490871 ---
Versicherungsnehmerin: Dr. Fiona MacLeod, Maximilianstraße 58, 80538 München
Mit Wirkung vom 01.03.2026 wird die Entschädigungsgrenze für Wertsachen
(Schmuck, Uhren, Pelze) von 20 % auf 40 % der Versicherungssumme erhöht.
Versicherungssumme unverändert 140.000 EUR. Voraussetzung: Aufbewahrung
außerhalb der Nutzung in einem VdS-anerkannten Wertschutzschrank (Klasse I).
Mehrbeitrag: 87,50 EUR jährlich, neuer Jahresbeitrag 612,30 EUR.
---

Translation: From 1 March 2026 the limit for valuables (jewellery,
watches, furs) is raised from 20 % to 40 % of the sum insured, which stays
at EUR 140,000, provided the valuables are kept in a certified safe
(class I) when not worn. Extra premium EUR 87.50 a year, new annual
premium EUR 612.30.

The endorsement will be in your broker post tomorrow morning.

Cheers
Florian

""" + sig("stadlbauer", "en", short=True)
    return mail(F("stadlbauer"), "Charlotte Finch <c.finch@harrowfinch.example>",
                "MacLeod - endorsement valuables (DE/EN)", when(11, 11, 15), body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
   "queries on a named applicant's health declaration (psychotherapy 2021, knee surgery 2019, hay fever) with birth date")
def m039():
    body = """Sehr geehrter Herr Dannerbauer,

vielen Dank für Ihren Antrag auf private Krankenvollversicherung im Tarif
HKV Komfort (Antragsnummer A-KV-2026-00412, Versicherungsbeginn
gewünscht 01.04.2026, geb. 17.01.1990).

Bevor wir entscheiden können, haben wir zu Ihren Gesundheitsangaben noch
einige Rückfragen:

1. Psychotherapie 2021: Sie geben "Gesprächstherapie, abgeschlossen" an.
   Bitte nennen Sie uns Anlass, Zeitraum, Anzahl der Sitzungen und die
   Therapeutin bzw. den Therapeuten. Wurden Medikamente verordnet?
2. Knie-OP rechts 2019: Um welchen Eingriff handelte es sich (z. B.
   Meniskus, Kreuzband)? Bestehen heute noch Beschwerden oder
   Einschränkungen? Bitte legen Sie, falls vorhanden, den OP-Bericht bei.
3. Heuschnupfen: Wird eine Hyposensibilisierung durchgeführt oder ist eine
   geplant? Haben Sie Asthma-Symptome?

Sie können die Fragen formlos beantworten; den Fragebogen "Psychische
Erkrankungen" finden Sie im Kundenportal unter "Meine Anträge". Bitte
beachten Sie, dass Ihre Angaben vollständig und wahrheitsgemäß sein
müssen (§ 19 VVG).

""" + sig("schwarzmueller")
    return mail(F("schwarzmueller"), "Felix Dannerbauer <felix@dannerbauer-it.example>",
                "Ihr Antrag A-KV-2026-00412 – Rückfragen zu den Gesundheitsangaben", when(11, 14, 0), body)


@M("NORMAL", "de", "internal",
   "trap: data-protection training invitation on health data under Art. 9 GDPR (ICS); no individual")
def m040():
    ics = ICS("Schulung_Art9_Gesundheitsdaten.ics", """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hainbuche Versicherungsgruppe//Outlook Bridge 16.0//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:20260312-dsb-schulung-art9@hainbuche-gruppe.example
DTSTAMP:20260312T070000Z
DTSTART:20260325T090000Z
DTEND:20260325T103000Z
SUMMARY:Pflichtschulung Datenschutz: Gesundheitsdaten (Art. 9 DSGVO\\, § 203 StGB)
LOCATION:Teams / Casino Ebene 0
ORGANIZER;CN=Sabine Eder:mailto:sabine.eder@hainbuche-gruppe.example
DESCRIPTION:Inhalte: Was sind Gesundheitsdaten? Schweigepflichtentbindung u
 nd Einwilligung\\, Versand per SecureMail und Portal\\, typische Fehler (fals
 cher Empfänger\\, Arztbericht im Klartext)\\, Meldewege bei Datenpannen. Dau
 er 90 Minuten\\, Teilnahme wird im Lernportal dokumentiert.
END:VEVENT
END:VCALENDAR
""")
    body = """Liebe Kolleginnen und Kollegen der Leistungs- und Antragsbereiche,

die jährliche Pflichtschulung zu Gesundheitsdaten findet dieses Jahr am
25. März statt (Einladung anbei). Wer an dem Termin nicht kann, findet ab
April eine Aufzeichnung im Lernportal; der Abschlusstest ist dann
trotzdem bis 30. April zu machen.

Neu in diesem Jahr: ein Block zum Versand von Arztberichten und
Gutachten an Vermittler – die häufigste Datenpanne 2025 bei uns.

Viele Grüße
Sabine Eder

--
Sabine Eder
Datenschutzbeauftragte der Hainbuche-Gruppe
datenschutz@hainbuche-gruppe.example
"""
    return mail(F("eder"), "Leistung und Antrag (alle) <leistung-antrag-alle@%s>" % DOM,
                "Pflichtschulung Gesundheitsdaten am 25.03.", when(12, 8, 0), body, atts=[ics])


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "named customer's motor claim (rear-end collision, nobody hurt): plate, claim number, comprehensive excess")
def m041():
    body = """Dear Mr Whitaker,

thank you for reporting the accident of Tuesday, 10 March, on Podewilsstraße
in Landshut. I have opened claim SCH-2026-005031 under your motor policy
S-KF-7713064 (BMW 320d, plate LA-JW 718).

From your description you ran into the back of a Ford Fiesta waiting at the
traffic lights; nobody was injured and the police were not called. This is
how we will handle it:

1. Damage to the other car: covered by your motor liability. The other
   driver, Ms Kerstin Hell, will receive a letter from us today; she may
   use her own garage and an assessor of her choice.
2. Damage to your BMW: covered by your comprehensive cover (Vollkasko)
   with an excess of EUR 300. Please take the car to one of our partner
   garages (list attached in the app) or send us a repair estimate.
3. Your no-claims class will be downgraded from SF 8 to SF 4 in both
   covers from 1 January 2027, unless you decide to pay the liability
   damage yourself. We will send you the figures once the claim is closed.

""" + sig("hubernowak", "en")
    return mail(F("hubernowak"), "Jason Whitaker <jwhitaker@outlook.example>",
                "Accident 10 March - your claim SCH-2026-005031", when(12, 10, 20), body, lang="en")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
   "query to a pharmacy about a named member's prescription: adalimumab biosimilar, PZN, price deviation")
def m042():
    body = """Sehr geehrte Damen und Herren,

uns liegt von unserer Versicherten Frau Gerlinde Fuchs (Landshut) Ihre
Quittung vom 02.03.2026 zur Erstattung vor:

  Rezept Dr. Kammerl, Rheumatologie, vom 27.02.2026
  Adalimumab 40 mg Fertigpen, 6 Stück (Biosimilar)
  PZN 17923460, berechnet 2.418,77 EUR

Laut unserer Preisabfrage liegt der Apothekenverkaufspreis für diese PZN
bei 2.061,32 EUR. Könnten Sie prüfen, ob versehentlich eine andere
Packung oder das Originalpräparat abgerechnet wurde? Falls ja, bitten wir
um eine korrigierte Quittung direkt an Frau Fuchs oder an uns
(Belegnummer 2026-03-AZ-118842).

Vielen Dank und freundliche Grüße

Tobias Kainz
Leistungsservice Krankenversicherung
Hainbuche Krankenversicherung a.G.
Telefon +49 871 9344-2217
"""
    return mail(F("kainz"), "Apotheke am Dreifaltigkeitsplatz <info@dreifaltigkeits-apotheke.example>",
                "Rückfrage Quittung vom 02.03.2026 – Fuchs, Gerlinde", when(12, 11, 41), body)


@M("NORMAL", "de", "insurer-to-partner",
   "trap: association survey answered with aggregated numbers of care recipients per care level (ODS); no individual")
def m043():
    ods = ODS("Umfrage_FVPP_2026_Hainbuche.ods", [
        ("Pflegegrade", [
            ["Leistungsempfänger Pflegepflichtversicherung, Stichtag 31.12.2025", "", "", ""],
            ["Pflegegrad", "ambulant", "stationär", "gesamt"],
            ["1", 412, 0, 412],
            ["2", 1288, 96, 1384],
            ["3", 904, 211, 1115],
            ["4", 367, 248, 615],
            ["5", 121, 139, 260],
            ["gesamt", 3092, 694, 3786]]),
        ("Zusatz", [
            ["Pflegetagegeld (Tarif Pflege Tag 50), Leistungsfälle 2025", 1903],
            ["durchschnittliche Leistungsdauer (Monate)", 31.4],
            ["Anteil Demenz als führende Diagnose (%)", 38.0]]),
    ], title="Umfrage FVPP 2026", author="Benedikt Loibl", day=12)
    body = """Sehr geehrte Frau Dr. Wendl,

anbei unsere Antworten zur Jahresumfrage 2026 des Fachverbands zur
privaten Pflegeversicherung. Alle Angaben sind Bestandszahlen zum
31.12.2025 ohne Personenbezug; Zellen unter 5 kommen nicht vor.

Zu Frage 7 (Wartezeiten bis zur Begutachtung): Der Median lag 2025 bei
19 Kalendertagen ab Antragseingang, bei Eilbegutachtungen nach
Krankenhausentlassung bei 6 Tagen.

""" + sig("loibl")
    return mail(F("loibl"), "Dr. Bettina Wendl <b.wendl@fv-pflege.example>",
                "Jahresumfrage 2026 – Antworten Hainbuche Krankenversicherung a.G.", when(12, 13, 30),
                body, atts=[ods])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "payment reminder after a returned direct debit for a named customer's motor policy: amounts, his IBAN, legal deadline")
def m044():
    body = """Sehr geehrter Herr Zach,

der Beitrag für Ihre Kfz-Versicherung S-KF-3098215 (amtl. Kennzeichen
LA-PZ 88) konnte am 02.03.2026 nicht eingezogen werden; Ihre Bank hat die
Lastschrift zurückgegeben (Grund: "Konto erloschen").

  Konto laut Mandat:      DE41 7439 2300 2307 7834 16
  Beitrag 2. Quartal:     214,60 EUR
  Rücklastschriftgebühr:    3,50 EUR
  offen:                  218,10 EUR

Bitte überweisen Sie den Betrag bis zum 27.03.2026 auf unser Konto bei der
Landshuter Sparkasse oder teilen Sie uns eine neue Bankverbindung mit.

Wichtiger Hinweis nach § 38 VVG: Zahlen Sie nicht innerhalb dieser Frist,
sind wir bei Eintritt eines Schadens nach Fristablauf von der
Verpflichtung zur Leistung frei und können den Vertrag kündigen. Für die
Kfz-Haftpflicht müssten wir außerdem die Zulassungsstelle informieren.

Freundliche Grüße

Ramona Leitner
Beitragsbuchhaltung und Inkasso
Hainbuche Sachversicherung AG
Telefon +49 871 9344-1720
"""
    return mail(F("leitner"), "Patrick Zach <patrick.zach@gmx.example>",
                "Zahlungserinnerung Kfz-Versicherung S-KF-3098215", when(13, 8, 15), body)


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
   "travel-health case: named member hospitalised in Palma after an ischaemic stroke, cost guarantee and air-ambulance repatriation")
def m045():
    body = """Dear Dr. Ferrer,

thank you for your call this afternoon. As agreed, I confirm in writing:

Patient:          Mr Herbert Zeilinger, born 02/04/1958, German national
Policy:           Hainbuche travel health insurance R-AK-2291840
Admitted:         12 March 2026, Clínica Portixol, Stroke Unit
Diagnosis (your report): acute ischaemic stroke, left MCA territory (I63.4),
                  thrombolysis performed, right-sided hemiparesis, aphasia

1. Guarantee of payment: Hainbuche covers all medically necessary inpatient
   costs from 12 March until transport. Please send invoices to
   assistance@hainbuche-gruppe.example quoting case no. AS-2026-0388.

2. Repatriation: our assistance partner has booked an air ambulance
   (Lear 45, one physician, one paramedic) for Monday, 16 March, subject
   to your confirmation of fitness to fly on Sunday evening. Destination:
   Klinikum Isarauen, Landshut, neurological early rehabilitation.

3. Please give the flight physician a copy of the discharge summary,
   the CT/MRI reports on CD, and the medication plan (current
   anticoagulation and blood-pressure medication with doses).

Mrs Zeilinger has been informed by phone and will fly back on the
scheduled flight. Please let me know immediately if his condition
changes.

""" + sig("gruber", "en")
    return mail(F("gruber"), "Dr. Jaume Ferrer <jferrer@clinicaportixol.example>",
                "Case AS-2026-0388 Zeilinger - guarantee of payment and repatriation", when(13, 17, 48),
                body, cc="Hainbuche Assistance <assistance@%s>" % DOM, lang="en")


@M("NORMAL", "en", "internal",
   "trap: storm damage to the group's own building, water in the ground-floor physiotherapy practice (tenant); no person's data")
def m046():
    body = """Dear colleagues in building B,

last night's storm lifted part of the flat roof above the west stairwell.
Rainwater came down the stairwell and into the ground floor, mainly into
the rooms let to the physiotherapy practice "Physio am Hofgarten" (our
tenant since 2019).

Current status:
- The roof has been sealed provisionally by Dachbau Kumpfmüller this
  morning.
- West stairwell B closed until Wednesday; please use the east stairs or
  the lift.
- The practice remains closed today and tomorrow; their treatment rooms
  and the waiting area need drying. No practice files or equipment of ours
  are affected; the practice handles its own patients and insurer.
- Our own floors (International Health Desk, Reinsurance) are dry.

The damage has been reported to the property claims team as an
own-building loss (buildings policy of Hainbuche Grundbesitz GmbH).
Expect some noise from the drying machines until Friday.

Thanks for your patience
Andreas

--
Andreas Reisinger
Procurement & Facilities, Hainbuche Insurance Group
"""
    return mail(F("reisinger"), "Building B occupants <gebaeude-b@%s>" % DOM,
                "Storm damage building B - west stairwell closed", when(16, 7, 35), body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "child accident insurance: named child's forearm fracture with growth-plate damage, degree of disability and payment (PDF)")
def m047():
    pdf = PDF("Abrechnung_Invaliditaet_U-2025-07741.pdf", [
        "# Hainbuche Sachversicherung AG – Unfall-Leistung",
        "Hainbuchenallee 1, 84036 Landshut",
        "",
        "Familie Aumüller, Seligenthaler Weg 6, 84034 Landshut",
        "",
        "# Abrechnung Invaliditätsleistung",
        "Vertrag: Kinder-Unfallversicherung U-KI-4470196",
        "Versicherte Person: Lena Aumüller, geb. 19.05.2017",
        "Unfall: 21.06.2025, Sturz vom Klettergerüst (Schulhof)",
        "Schadennummer: U-2025-07741",
        "",
        "Unfallfolgen laut Gutachten Dr. med. Tanja Wieser (Kinderchirurgie) vom 23.02.2026:",
        "distale Unterarmfraktur rechts mit Beteiligung der Wachstumsfuge (Salter-Harris II),",
        "Bewegungseinschränkung im Handgelenk, Fehlstellung 8 Grad, Wachstumsstörung möglich.",
        "",
        "Bemessung nach Gliedertaxe: Hand im Handgelenk 55 %, beeinträchtigt zu 2/10",
        "Invaliditätsgrad: 11 %",
        "Grundsumme: 100.000,00 EUR, Progression 350 % (bis 25 % keine Steigerung)",
        "Invaliditätsleistung: 11 % x 100.000,00 EUR = 11.000,00 EUR",
        "",
        "Neubemessung: Beide Seiten können die Invalidität bis 5 Jahre nach dem Unfall neu bemessen",
        "lassen (Kinder). Wir empfehlen eine Kontrolle des Wachstums nach 24 Monaten.",
        "",
        "Auszahlung an: Andrea Aumüller, IBAN DE62 7601 0085 4594 5710 75",
    ], title="Abrechnung Invaliditätsleistung", author="Julia Hartl", day=13)
    body = """Sehr geehrte Frau Aumüller,

das Gutachten zu Lenas Unfall ist da, und ich kann Ihnen gute Nachrichten
schicken: Wir zahlen eine Invaliditätsleistung von 11.000 EUR. Die
Abrechnung mit allen Einzelheiten finden Sie im Anhang.

Weil bei Lena die Wachstumsfuge betroffen war, kann sich das Ergebnis in
den nächsten Jahren noch ändern. Deshalb haben Sie (und wir) das Recht,
die Invalidität bis fünf Jahre nach dem Unfall neu bemessen zu lassen.
Ich habe mir eine Wiedervorlage für Sommer 2027 notiert.

Ich wünsche Lena weiterhin gute Besserung!

""" + sig("hartl")
    return mail(F("hartl"), "Andrea Aumüller <andrea.aumueller@web.example>",
                "Lenas Unfall vom 21.06.2025 – Invaliditätsleistung", when(13, 10, 5), body, atts=[pdf])


@M("CONFIDENTIAL", "de", "customer",
   "customer's storm-damage report (windows-1252) forwarded to claims: name, address, buildings policy number, phone")
def m048():
    body = """Hallo Matthias,

der Kunde hat am Samstag über das Kontaktformular geschrieben, ich habe
ihn heute früh angerufen. Er wartet auf Rückmeldung wegen Dachdecker –
kannst du übernehmen? Schadennummer ist noch keine vergeben.

Danke, Nina

-------- Original-Nachricht --------
Betreff: Sturmschaden Dach
Datum: Sat, 14 Mar 2026 09:12:40 +0100
Von: Alois Hartinger <alois.hartinger@t-online.example>
An: service@hainbuche-gruppe.example

Grüß Gott,

durch den Sturm in der Nacht auf Samstag sind bei uns ca. 30 Dachziegel
runtergekommen und die Dachrinne auf der Nordseite hängt herunter. Im
Dachboden ist es nass.
Unser Haus: Hauptstraße 41, 84166 Adlkofen, Gebäudeversicherung bei Ihnen,
Nummer S-WG-1905527.
Der Dachdecker (Fa. Kumpfmüller) kann erst Mittwoch kommen, er hat das
Dach aber provisorisch mit Plane abgedeckt, Rechnung ca. 480 €.
Darf ich den beauftragen? Tel. 08707 93 21 04

Alois Hartinger
"""
    return mail(F("zellner"), F("brandl"), "WG: Sturmschaden Dach – Hartinger, S-WG-1905527",
                when(16, 8, 10), body, charset="windows-1252")


@M("NORMAL", "de", "insurer-to-customer",
   "trap: portal notification 'new message in your mailbox', no content and no line of business")
def m049():
    body = """Guten Tag,

in Ihrem persönlichen Postfach im Hainbuche Kundenportal liegt eine neue
Nachricht für Sie.

Bitte melden Sie sich unter https://meine.hainbuche-gruppe.example an, um
sie zu lesen. Aus Sicherheitsgründen senden wir den Inhalt nicht per
E-Mail.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Ihr Hainbuche Kundenportal
Hainbuche Versicherungsgruppe, Hainbuchenallee 1, 84036 Landshut
"""
    return mail("Hainbuche Kundenportal <no-reply@meine.%s>" % DOM,
                "wolfgang.schatz@t-online.example", "Neue Nachricht in Ihrem Postfach",
                when(16, 9, 2), body, cte="8bit",
                extra=[("Auto-Submitted", "auto-generated")])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "expat member's claims statement; diagnoses and providers only in the HTML table, text part just a summary")
def m050():
    text = """Dear Ms Whitfield,

your claims statement for invoices processed between 1 and 15 March 2026
is shown below (HTML view). In total we have reimbursed AED 4,962.00 to
your account ending in 4471.

If an item has been reduced, the reason is given in the last column.

Kind regards
Oliver Bennett
International Health Desk, Hainbuche Insurance Group
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Dear Ms Whitfield,</p>
<p>your claims statement for invoices processed between 1 and 15 March 2026:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#dfe9f3"><th>Date</th><th>Provider</th><th>Treatment / diagnosis</th><th>Invoiced (AED)</th><th>Paid (AED)</th><th>Note</th></tr>
<tr><td>18 Feb 2026</td><td>Jumeirah Family Clinic</td><td>GP consultation, acute sinusitis (J01.9)</td><td align="right">650.00</td><td align="right">650.00</td><td></td></tr>
<tr><td>18 Feb 2026</td><td>Aster Pharmacy</td><td>Amoxicillin/clavulanic acid 875/125 mg, 14 tabs</td><td align="right">96.00</td><td align="right">96.00</td><td></td></tr>
<tr><td>24 Feb 2026</td><td>Marina Women's Health Centre</td><td>Follow-up polycystic ovary syndrome (E28.2), transvaginal ultrasound</td><td align="right">1,850.00</td><td align="right">1,850.00</td><td></td></tr>
<tr><td>24 Feb 2026</td><td>Marina Women's Health Centre</td><td>Lab: HbA1c, testosterone, AMH, insulin</td><td align="right">1,240.00</td><td align="right">1,116.00</td><td>AMH not covered outside fertility benefit</td></tr>
<tr><td>2 Mar 2026</td><td>Dubai Physio Works</td><td>Physiotherapy, lumbar pain, 3 sessions</td><td align="right">1,500.00</td><td align="right">1,250.00</td><td>limit AED 416.67 per session</td></tr>
<tr style="font-weight:bold"><td colspan="3">Total</td><td align="right">5,336.00</td><td align="right">4,962.00</td><td></td></tr>
</table>
<p>Member no. H 7730 2290 01 &middot; Global Expat Care Standard</p>
<p>Kind regards<br>Oliver Bennett<br>International Health Desk, Hainbuche Insurance Group</p>
</body></html>
"""
    return mail(F("bennett"), "Hannah Whitfield <hannah.whitfield@emirates-mail.example>",
                "Claims statement 1-15 March 2026", when(16, 10, 44), text, html=html, lang="en")


@M("NORMAL", "en", "insurer-to-partner",
   "trap: press answer on average health-premium increase 2027 and cost drivers; market figures, no individual")
def m051():
    body = """Dear Mr Doherty,

thank you for your questions. Here are our answers; you may quote me by
name.

1. Will Hainbuche raise premiums in private health insurance for 2027?
   The calculations are not finished. Under German law, premiums can only
   be adjusted when claims or life expectancy deviate from the calculation
   by more than a threshold, and an independent trustee has to agree. Our
   first estimate is an average increase in the mid single digits across
   all tariffs; many members will see no change at all.

2. What drives the costs?
   Hospital prices (+7.8 % in 2025 in our portfolio), new and expensive
   drugs, especially biologics and oncology, and longer periods of sick
   leave for mental illness in daily sickness benefit.

3. Anything your members can do?
   Switching within our tariffs to a plan with a higher deductible is
   always possible without new health questions if the benefits are the
   same or lower.

Best regards

Lena Forster
Corporate Communications, Hainbuche Insurance Group
Phone +49 871 9344-1020 | presse@hainbuche-gruppe.example
"""
    return mail(F("forster"), "Ciarán Doherty <c.doherty@insurance-weekly.example>",
                "Re: Press enquiry - private health premiums 2027", when(16, 14, 5), body, lang="en")


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "named customer's household policy endorsement with itemised jewellery list and values (PDF)")
def m052():
    pdf = PDF("Nachtrag_3_S-HR-2084416.pdf", [
        "# Hainbuche Sachversicherung AG",
        "Nachtrag Nr. 3 zur Hausratversicherung S-HR-2084416",
        "Versicherungsnehmerin: Gabriele Rottmeier, Am Gries 5, 84028 Landshut",
        "gültig ab: 15.03.2026",
        "",
        "# Wertsachen – einzeln benannte Gegenstände",
        "1. Damenarmbanduhr Lange 1, Gold, Kaufjahr 2012 – Wert 24.500 EUR (Gutachten Juwelier Bräu, 02/2026)",
        "2. Collier Weißgold mit Brillanten 2,1 ct – Wert 8.900 EUR",
        "3. Perlenkette Südsee, dreireihig (Erbstück) – Wert 6.200 EUR",
        "4. Ring Platin, Saphir 3 ct – Wert 4.750 EUR",
        "Summe Wertsachen: 44.350 EUR",
        "",
        "Entschädigungsgrenze Wertsachen: 45.000 EUR, Aufbewahrung im Wertschutzschrank VdS Klasse I",
        "Versicherungssumme gesamt: 150.000 EUR",
        "Mehrbeitrag: 118,00 EUR jährlich; neuer Jahresbeitrag: 534,80 EUR",
    ], title="Nachtrag 3 Hausrat", author="Matthias Brandl", day=17)
    body = """Sehr geehrte Frau Rottmeier,

wie besprochen haben wir Ihre Wertsachen nach dem Gutachten des Juweliers
einzeln in den Vertrag aufgenommen. Den Nachtrag finden Sie im Anhang; das
Original bekommen Sie zusätzlich mit der Post.

Bitte heben Sie das Gutachten und Fotos der Stücke getrennt von den
Schmuckstücken auf – im Schadenfall erleichtert das vieles.

""" + sig("brandl")
    return mail(F("brandl"), "Gabriele Rottmeier <g.rottmeier@posteo.example>",
                "Ihre Hausratversicherung – Nachtrag Wertsachen", when(17, 8, 25), body, atts=[pdf])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "premium arrears in a named member's private health insurance, reminder under § 193(6) VVG and emergency tariff")
def m053():
    body = """Sehr geehrter Herr Kiermaier,

trotz unserer Erinnerung vom 02.02.2026 sind die Beiträge für Ihre private
Krankenversicherung (Versicherungsnummer H 4417 3390 01, Tarife HKV Basis
und Pflegepflichtversicherung) weiterhin offen:

  Beiträge Dezember 2025 bis März 2026    4 x 687,14 EUR = 2.748,56 EUR
  Säumniszuschläge (1 % je Monat)                           52,62 EUR
  Gesamtrückstand                                        2.801,18 EUR

Dies ist die zweite Mahnung nach § 193 Abs. 6 VVG. Ist der Rückstand
einschließlich Säumniszuschlägen zwei Monate nach Zugang dieses Schreibens
noch höher als ein Monatsbeitrag, ruht Ihr Vertrag, und Sie werden in den
Notlagentarif überführt. Dort sind nur noch Leistungen bei akuten
Erkrankungen und Schmerzzuständen sowie bei Schwangerschaft und
Mutterschaft versichert.

Wenn Sie hilfebedürftig im Sinne des Sozialrechts sind oder werden, tritt
das Ruhen nicht ein; bitte schicken Sie uns dann den Bescheid des
Jobcenters oder Sozialamts. Gern vereinbaren wir auch eine Ratenzahlung –
rufen Sie mich an.

Freundliche Grüße

Ramona Leitner
Beitragsbuchhaltung und Inkasso
Hainbuche Krankenversicherung a.G.
Telefon +49 871 9344-1720
"""
    return mail(F("leitner"), "Bernhard Kiermaier <b.kiermaier@freenet.example>",
                "Zweite Mahnung nach § 193 Abs. 6 VVG – Versicherungsnummer H 4417 3390 01",
                when(17, 9, 10), body)


@M("NORMAL", "de", "internal",
   "trap: internal job posting for a hospital-billing claims handler; health vocabulary, no person concerned")
def m054():
    body = """Liebe Kolleginnen und Kollegen,

in der Abteilung Leistung Krankenversicherung, Team Krankenhausleistungen
und Direktabrechnung, ist zum 1. Mai 2026 folgende Stelle intern zu
besetzen:

Sachbearbeiterin / Sachbearbeiter Krankenhausabrechnung (m/w/d)
Vollzeit oder Teilzeit (mind. 30 Std.), Entgeltgruppe VIII TV PrivVers

Ihre Aufgaben:
- Prüfung von Krankenhausrechnungen nach DRG, PEPP und GOÄ
  (Wahlleistungen, wahlärztliche Liquidationen)
- Kostenübernahmeerklärungen und Direktabrechnung mit Kliniken
- Rückfragen an Krankenhäuser, Zusammenarbeit mit dem Medizinischen
  Fachdienst

Sie bringen mit:
- Ausbildung als Kauffrau/-mann für Versicherungen und Finanzanlagen oder
  als Medizinische Fachangestellte mit Abrechnungserfahrung
- Kenntnisse in ICD-10-GM und OPS sind ein Plus

Interne Bewerbungen bitte bis 3. April über das Bewerbungsportal im
Intranet. Fragen beantwortet Miriam Achleitner (Durchwahl 2241).

Viele Grüße
Claudia Mayerhofer
Personal / Recruiting
"""
    return mail(F("mayerhofer"), "Alle Mitarbeitenden Landshut <alle-landshut@%s>" % DOM,
                "Interne Stellenausschreibung: Sachbearbeitung Krankenhausabrechnung", when(17, 11, 0), body)


@M("CONFIDENTIAL", "de", "insurer-to-broker",
   "commission statement to a broker firm; only in the CSV: named clients with property/motor policy numbers and premiums")
def m055():
    rows = """Abrechnungsmonat;Vermittlernummer;Kunde;Vertrag;Sparte;Beitrag netto;Satz;Courtage
02/2026;V-30877;Meindl, Thomas;S-KF-6632019;Kfz;612,40;7,5%;45,93
02/2026;V-30877;Meindl, Thomas;S-HR-6632020;Hausrat;184,20;20,0%;36,84
02/2026;V-30877;Schwarzfischer, Ute;S-WG-2417788;Wohngebäude;1.046,70;15,0%;157,01
02/2026;V-30877;Rasch, Benedikt;S-PH-4410935;Privathaftpflicht;79,90;25,0%;19,98
02/2026;V-30877;Gschwendtner GbR;B-HV-0774690;Betriebshaftpflicht;1.420,00;15,0%;213,00
02/2026;V-30877;Lohmeier, Sandra;S-KF-6640112;Kfz;488,75;7,5%;36,66
02/2026;V-30877;Lohmeier, Sandra;RS-3309981;Rechtsschutz;312,00;15,0%;46,80
02/2026;V-30877;Summe;;;;;556,22
"""
    body = """Sehr geehrte Damen und Herren,

anbei die Courtageabrechnung Sach/HUK für Februar 2026 zur
Vermittlernummer V-30877. Der Gesamtbetrag von 556,22 EUR wird mit dem
Zahllauf am 20.03.2026 auf Ihr hinterlegtes Geschäftskonto überwiesen.

Die Abrechnung Leben/Kranken kommt wie gewohnt getrennt über das
Partnerportal.

Freundliche Grüße

Ramona Leitner
Beitragsbuchhaltung und Inkasso – Provisionsabrechnung
Hainbuche Sachversicherung AG
"""
    return mail(F("leitner"), "Vilstal Finanz & Versicherungsmakler GmbH <abrechnung@vilstal-finanz.example>",
                "Courtageabrechnung 02/2026 – V-30877", when(17, 13, 15), body,
                atts=[CSV("Courtage_V-30877_2026-02.csv", rows, charset="windows-1252", raw=True)])


@M("STRICTLY_CONFIDENTIAL", "mixed", "broker",
   "English broker mail forwarded to the health desk, quoting a German oncologist's letter on a named client's breast cancer (C50.4)")
def m056():
    body = """Oliver,

over to you - this is one of yours (Global Expat Care, member in Munich).
I have told Charlotte we will answer her client directly, not via the
broker, because of the medical content.

Florian

-----Original Message-----
From: Charlotte Finch <c.finch@harrowfinch.example>
Sent: Wednesday, 18 March 2026 08:31
To: Florian Stadlbauer <florian.stadlbauer@hainbuche-gruppe.example>
Subject: Lyle - proton therapy - urgent

Hi Florian,

my client Mrs Deborah Lyle (member no. H 7731 0058 02) has asked me to
find out whether proton therapy in Essen would be covered. She sent me
the letter from her oncologist, the relevant part is below. She is very
anxious, could someone call her today?

  "Diagnose: Invasiv-duktales Mammakarzinom links, oberer äußerer
  Quadrant (C50.4), pT1c pN0 M0, G2, HR-positiv, HER2-negativ.
  Z. n. brusterhaltender Operation am 12.02.2026. Empfehlung der
  Tumorkonferenz: adjuvante Strahlentherapie; aufgrund linksseitiger
  Lokalisation und kardialer Vorbelastung wird eine Protonentherapie
  zur Schonung des Herzens empfohlen. Anschließend endokrine Therapie
  mit Letrozol 2,5 mg."
  - Dr. med. Silvia Brandstetter, Onkologische Praxis Schwabing

Thanks a lot,
Charlotte
"""
    return mail(F("stadlbauer"), F("bennett"), "FW: Lyle - proton therapy - urgent", when(18, 8, 47),
                body)


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: shredding order for expired claim files (medical documents) by category and volume; nobody named")
def m057():
    body = """Sehr geehrter Herr Kastl,

wir beauftragen Sie gemäß Rahmenvertrag vom 01.07.2024 mit der
Vernichtung der folgenden Akten, deren Aufbewahrungsfrist abgelaufen ist:

- Leistungsakten Krankenversicherung (Arztrechnungen, Rezepte,
  Krankenhausberichte) der Jahrgänge 2012–2015: ca. 84 Archivboxen
- Antragsunterlagen Lebensversicherung abgelehnter Anträge 2019: ca. 12 Boxen
- Schadenakten Kfz 2014: ca. 31 Boxen

Abholung: Dienstag, 24.03.2026, ab 7:30 Uhr, Archiv UG, Zugang über
Rampe Tor 2. Ansprechpartner vor Ort: Herr Schöttl (0871 9344-1318).

Bitte beachten: Die Leistungs- und Antragsakten enthalten
Gesundheitsdaten. Vernichtung daher in Schutzklasse 3, Sicherheitsstufe
P-4 nach DIN 66399, Transport in verschlossenen Behältern, Vernichtung am
selben Tag. Bitte senden Sie uns das Vernichtungsprotokoll mit
Behälternummern an datenschutz@hainbuche-gruppe.example in Kopie.

""" + sig("reisinger")
    return mail(F("reisinger"), "Josef Kastl <j.kastl@aktenfrei.example>",
                "Auftrag Aktenvernichtung 24.03.2026 – Archiv Landshut", when(18, 9, 30), body,
                cc=F("eder"))


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "pet health insurance: named customer's dog's cruciate-ligament surgery and reimbursement (animal health, no human health data)")
def m058():
    body = """Dear Ms Hughes,

good news for Baxter: the bill from Tierklinik Isartal for his cruciate
ligament surgery (TPLO, right hind leg, 5 March 2026) is covered under
your dog health insurance T-HK-0093317.

  Invoice Tierklinik Isartal, no. 26-01184       EUR 2,874.60
  thereof covered (GOT up to 3x rate)            EUR 2,874.60
  less annual excess                              - EUR 250.00
  reimbursement (80 %)                             EUR 2,099.68

The amount will be in your account within three working days. Follow-up
physiotherapy for dogs is covered up to EUR 500 a year, so please send us
those invoices as well.

Give Baxter a pat from us!

""" + sig("brandl", "en")
    return mail(F("brandl"), "Rachel Hughes <rachel.hughes@mailbox.example>",
                "Baxter's surgery - reimbursement", when(18, 10, 15), body, lang="en")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "hospital daily benefit after the birth of a named member's child by caesarean section (O82)")
def m059():
    body = """Liebe Frau Bichlmaier,

zunächst herzlichen Glückwunsch zur Geburt Ihrer Tochter!

Ihre Unterlagen zur Krankenhaustagegeld-Leistung haben wir erhalten. Laut
Aufenthaltsbestätigung des Klinikums Isarauen lagen Sie vom 02.03. bis
07.03.2026 stationär (Entbindung durch Kaiserschnitt, O82).

Ihr Tarif KHT 50 zahlt für jeden Tag der stationären Behandlung 50 EUR,
bei Entbindung ab dem ersten Tag:

  6 Kalendertage x 50,00 EUR = 300,00 EUR

Der Betrag wird in den nächsten Tagen überwiesen. Möchten Sie Ihre
Tochter bei uns mitversichern? Wenn der Antrag innerhalb von zwei Monaten
nach der Geburt kommt, geht das ohne Gesundheitsfragen und ohne
Wartezeiten. Das Formular steht im Kundenportal.

""" + sig("gassner")
    return mail(F("gassner"), "Katharina Bichlmaier <katharina.bichlmaier@gmx.example>",
                "Krankenhaustagegeld – Ihr Aufenthalt vom 02.03. bis 07.03.2026", when(18, 11, 20), body)


@M("NORMAL", "en", "internal",
   "trap: post-incident review of a customer-portal outage; technical details, no personal data")
def m060():
    body = """Hi all,

post-incident review for INC-2026-031902 (customer portal unavailable),
short version - full write-up in Confluence.

Timeline (CET, 17 March)
  06:58  deployment of portal release 7.12.0 (feature: document upload
         for physio prescriptions and invoices)
  07:05  first alerts, HTTP 503 on meine.hainbuche-gruppe.example
  07:21  incident declared, rollback started
  07:49  rollback complete, portal available again
  08:30  all clear after monitoring

Impact
  51 minutes full outage of the customer portal and the app backend.
  About 3,100 failed logins, 420 aborted document uploads (users were
  shown an error and asked to retry - no uploads were lost or mixed up,
  checked against the object store).

Root cause
  The new upload service expected a database migration that was
  scheduled in the wrong pipeline stage; the health check did not cover
  the new endpoint, so the canary passed.

Actions
  1. Migrations in the same stage as the service (owner: platform team)
  2. Health check covers all public endpoints (owner: Georg)
  3. Status page message within 10 minutes (owner: service desk)

Georg

""" + sig("pichlmaier", "en", short=True)
    return mail(F("pichlmaier"), "IT Leadership <it-leadership@%s>" % DOM,
                "PIR INC-2026-031902 portal outage 17 March", when(19, 8, 5), body, cte="7bit",
                cc="Nina Zellner <nina.zellner@%s>" % DOM)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "named customer's e-bike theft claim: frame number, purchase price, claim and policy number, police reference")
def m061():
    body = """Hallo Herr Wenninger,

danke für die schnelle Meldung. Ihr E-Bike-Diebstahl ist unter der
Schadennummer SCH-2026-005288 angelegt.

Versichertes Rad:   Cube Kathmandu Hybrid Pro 750, Rahmennummer WC23K04417
Vertrag:            E-Bike-Versicherung S-FR-0082264, Neuwert 3.899 EUR
Tatort/-zeit:       Fahrradabstellanlage Bahnhof Landshut, 17.03.2026,
                    zwischen 7:15 und 17:40 Uhr
Anzeige:            PI Landshut, Vorgangsnr. 0412-005321-26/4

Was noch fehlt: der zweite Originalschlüssel des Akkuschlosses (bitte
per Einschreiben schicken, wir sind verpflichtet, ihn anzufordern) und
eine Kopie der Kaufrechnung. Wenn das Rad innerhalb von vier Wochen nicht
wieder auftaucht, erstatten wir nach Ihrem Tarif den Neuwert abzüglich
150 EUR Selbstbehalt.

Viele Grüße

Matthias Brandl
Sachschaden Privatkunden
Hainbuche Sachversicherung AG
"""
    return mail(F("brandl"), "Peter Wenninger <peter.wenninger@web.example>",
                "E-Bike-Diebstahl am Bahnhof – SCH-2026-005288", when(19, 9, 0), body, cte="8bit",
                flowed=True)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
   "recourse of the health insurer against the liable driver's insurer via lawyer: named member's injuries and treatment costs")
def m062():
    body = """Sehr geehrter Herr Rechtsanwalt Dr. Brunnhuber,

in der Verkehrsunfallsache Ihres Mandanten Herrn Simon Loipfinger gegen
die Haftpflichtversicherung des Unfallgegners (Az. Ihrer Kanzlei
128/25 BR) melden wir für die Hainbuche Krankenversicherung a.G. unsere
nach § 86 VVG übergegangenen Ansprüche an.

Herr Loipfinger ist bei uns vollversichert (H 3390 1744 01). Aus Anlass
des Unfalls vom 14.11.2025 haben wir bisher folgende Leistungen erbracht:

  Klinikum Isarauen, 14.11.–29.11.2025
  (Tibiakopffraktur rechts S82.1, Osteosynthese; Commotio S06.0)  14.862,40 EUR
  wahlärztliche Leistungen Prof. Dr. Lechner                       3.177,92 EUR
  ambulante Nachbehandlung, Physiotherapie bis 28.02.2026          2.406,10 EUR
  Krankentagegeld 29.12.2025–28.02.2026 (62 Tage x 90 EUR)         5.580,00 EUR
  Summe                                                           26.026,42 EUR

Weitere Leistungen (Materialentfernung geplant) sind zu erwarten. Wir
bitten, unsere Forderung bei den Vergleichsverhandlungen zu
berücksichtigen und nicht ohne Abstimmung mit uns eine Abfindung mit
Erledigungswirkung für übergegangene Ansprüche zu vereinbaren. Eine
Aufstellung mit Einzelbelegen senden wir Ihnen über das beA-kompatible
Postfach.

""" + sig("achleitner")
    return mail(F("achleitner"), "Dr. Martin Brunnhuber <kanzlei@brunnhuber-kollegen.example>",
                "Ihr Az. 128/25 BR – Loipfinger ./. Donau-Isar Versicherung – übergegangene Ansprüche",
                when(19, 10, 20), body)


@M("NORMAL", "en", "insurer-to-customer",
   "trap: automatic out-of-office reply of a claims handler; no content about the correspondent")
def m063():
    body = """Thank you for your e-mail.

I am out of the office until Monday, 23 March 2026, with no access to my
e-mails. Your message will not be forwarded.

For urgent matters about international health plans, please contact our
International Health Desk team at international@hainbuche-gruppe.example
or call +49 871 9344-2280 (Mon-Fri 8:00-18:00 CET). In a medical
emergency abroad, call our 24/7 assistance line +49 871 9344-9110.

Oliver Bennett
International Health Desk, Hainbuche Insurance Group
"""
    return mail(F("bennett"), "Rahul Mehta <rahul.mehta@lionmail.example>",
                "Automatic reply: Quick question", when(19, 13, 2), body, cte="7bit",
                irt="<7D30E0B5-91A4@lionmail.example>",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
   "request to a GP in Dublin for a medical report on a named disability claimant (multiple sclerosis suspected, fatigue)")
def m064():
    body = """Dear Dr. Kavanagh,

we are the occupational disability insurer of Ms Niamh Gallagher, born
04 July 1981, who lived and worked in Landshut until last autumn and has
since moved back to Dublin. She has made a claim under her policy
L 7721 4408 53 and names you as her treating general practitioner since
November 2025. A signed authority to release medical information is
attached to our letter sent by post today; a copy can be sent by fax.

Ms Gallagher reports relapsing numbness in both legs, visual disturbances
and severe fatigue; her German neurologist raised the suspicion of
multiple sclerosis in September 2025 (MRI pending at that time).

We would be grateful for a report covering:

1. Diagnoses made since November 2025, with dates, and the results of
   MRI, lumbar puncture or evoked potentials if available.
2. Current treatment (disease-modifying therapy, dosage, start date).
3. Your assessment of her ability to work as a project manager (office
   work, frequent travel), in hours per day.
4. Names of specialists involved (neurology, ophthalmology).

We will pay your fee of up to EUR 150 on receipt of your invoice. Please
send the report to the address below or by e-mail to
bu-leistung@hainbuche-gruppe.example quoting claim no. BU-2026-0117.

""" + sig("seidl", "en")
    return mail(F("seidl"), "Dr. Aidan Kavanagh <reception@rathmines-gp.example>",
                "Medical report request - Ms Niamh Gallagher (claim BU-2026-0117)", when(19, 14, 30),
                body, lang="en")


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "named private builders' construction liability and builder's risk policy: plot address, construction sum, premium")
def m065():
    body = """Sehr geehrte Frau Moser, sehr geehrter Herr Moser,

vielen Dank für Ihren Auftrag. Für Ihr Bauvorhaben

  Neubau Einfamilienhaus mit Doppelgarage
  Baugrundstück Flurstück 1187/4, Am Kellerberg 12, 84186 Vilsheim
  Bausumme (Rohbau bis Schlüsselfertig) 485.000 EUR

haben wir folgende Verträge policiert:

1. Bauherrenhaftpflichtversicherung B-BH-0033187
   Deckungssumme 5 Mio. EUR pauschal, Laufzeit bis Bauende, max. 24 Monate
   Einmalbeitrag 148,75 EUR

2. Bauleistungsversicherung B-BL-0033188
   Versicherungssumme 485.000 EUR, Selbstbeteiligung 500 EUR
   Einmalbeitrag 727,50 EUR (1,5 Promille der Bausumme)

Der Versicherungsschutz beginnt mit dem Baubeginn am 01.04.2026. Die
Policen gehen Ihnen per Post zu. Denken Sie bitte daran, uns die
Fertigstellung mitzuteilen; dann stellen wir die Feuerrohbauversicherung
nahtlos auf die Wohngebäudeversicherung um.

""" + sig("wallner")
    return mail(F("wallner"), "Familie Moser <moser.vilsheim@gmx.example>",
                "Ihr Neubau in Vilsheim – Bauherrenhaftpflicht und Bauleistungsversicherung",
                when(19, 15, 10), body)


@M("NORMAL", "de", "insurer-to-partner",
   "trap: technical specification for direct billing with a hospital (formats, fields, test dates); no patient")
def m066():
    body = """Sehr geehrter Herr Schlögl,

zur Vorbereitung des Testlaufs Direktabrechnung am 27.03. fasse ich die
technischen Eckpunkte aus unserer Besprechung zusammen:

1. Übertragungsweg: SFTP auf sftp.klinikum-isarauen.example, Verzeichnis
   /outbound/hainbuche, Abholung durch uns stündlich 7–19 Uhr.
2. Format: Rechnungsdatensatz nach § 301-Logik, ergänzt um das Feld
   WAHL_LEISTUNG (Einbett/Zweibett/Chefarzt) und die Klinik-Card-Nummer
   (16-stellig, Prüfziffer Luhn).
3. Anlagen: Entlassbericht und Aufnahmebefund NICHT im Rechnungsdatensatz,
   sondern ausschließlich über das Arztportal an den Medizinischen
   Fachdienst.
4. Rückmeldung: Wir senden je Fall einen Zahlungsavis (CSV) mit
   Fallnummer, Betrag, Kürzungsgrund-Schlüssel.
5. Testdaten: bitte nur synthetische Fälle (Testpatient "Test, Tobias",
   Fallnummern 9999xxxx). Echte Patientendaten erst nach Freigabe durch
   beide Datenschutzbeauftragte.

Die Datenschutzvereinbarung liegt bei Ihrer Rechtsabteilung; unsere Seite
hat unterschrieben.

""" + sig("achleitner")
    return mail(F("achleitner"), "Michael Schlögl <m.schloegl@klinikum-isarauen.example>",
                "Direktabrechnung – technische Eckpunkte Testlauf 27.03.", when(20, 8, 10), body,
                cc=F("pichlmaier"))


@M("STRICTLY_CONFIDENTIAL", "de", "hospital",
   "hospital's mail forwarded as attached message: named member's discharge letter query, cardiac diagnoses and stent")
def m067():
    fw = inner("Sekretariat Kardiologie Klinikum Isarauen <kardiologie@klinikum-isarauen.example>",
               "Krankenhausleistungen <krankenhaus@%s>" % DOM,
               "Rückfrage Kostenübernahme Verlängerung – Haslinger, Rudolf",
               when(19, 16, 4),
               """Sehr geehrte Damen und Herren,

für Ihren Versicherten Herrn Rudolf Haslinger, geb. 08.12.1949,
Fall-Nr. 2026-021177, beantragen wir die Verlängerung der
Kostenübernahme über den 20.03.2026 hinaus um voraussichtlich 4 Tage.

Begründung: Aufnahme am 13.03.2026 mit NSTEMI (I21.4), Koronarangiographie
mit Implantation von zwei medikamentenbeschichteten Stents (RIVA, RCX) am
14.03.2026. Im Verlauf Vorhofflimmern mit schneller Überleitung (I48.1)
und dekompensierte Herzinsuffizienz (I50.13), derzeit Rekompensation
unter i.v. Diuretika. Entlassung nach Einstellung der Antikoagulation
(Apixaban) und Kontroll-Echo geplant.

Den vorläufigen Arztbrief legen wir bei Entlassung bei.

Mit freundlichen Grüßen
i. A. Petra Kronseder
Sekretariat Prof. Dr. Aschenbrenner, Medizinische Klinik I
""")
    body = """Hallo Renate,

die Kardiologie möchte beim Fall Haslinger vier Tage verlängern (Mail
anbei). Medizinisch für mich plausibel, aber du wolltest bei
Verlängerungen mit Herzinsuffizienz ja immer drüberschauen. Ich würde
heute noch zusagen, wenn du nichts dagegen hast.

Miriam
"""
    return mail(F("achleitner"), F("oberhuber"), "WG: Verlängerung Kostenübernahme Haslinger",
                when(20, 8, 52), body, atts=[FWD(fw, "Rueckfrage Verlaengerung Haslinger.eml")])


@M("NORMAL", "en", "insurer-to-partner",
   "trap: IT audit evidence package (control descriptions, sample methodology) zipped for the auditors; no personal data")
def m068():
    controls = """Control ID;Control;Owner;Frequency;Evidence
ITGC-01;User access review SAP-FS and claims system;IAM team;quarterly;review_Q4_2025_signed.pdf
ITGC-04;Privileged access (admin accounts) approval;IT Security;per request;ticket export
ITGC-07;Change management - approval before production;Change Advisory Board;per change;CHG list Q4 2025
ITGC-09;Backup and restore test;Platform team;semi-annual;restore_test_2025-11.pdf
ITGC-12;Encryption of outbound mail with health data (Siegel gateway);Mail team;continuous;policy export
"""
    method = """Sampling methodology 2025 (ISA 530 based)

Population sizes and sample sizes for ITGC testing:
- changes to production: population 1,214, sample 25 (random, seed documented)
- new user accounts: population 388, sample 25
- terminated users: population 142, sample 25
- privileged access requests: population 61, sample 15

Samples are drawn by the audit team; Hainbuche provides the population
lists only, with user IDs pseudonymised (no names, no customer data).
"""
    z = ZIP("Hainbuche_ITGC_evidence_2025.zip", [
        ("01_control_list.csv", controls),
        ("02_sampling_methodology.txt", method),
        ("03_change_population_Q4_2025.csv",
         "change_id;date;system;type;approved_by_role\nCHG-2025-1102;2025-10-02;claims-core;standard;CAB\n"
         "CHG-2025-1103;2025-10-02;portal;normal;CAB\nCHG-2025-1131;2025-10-09;mail-gateway;normal;CAB\n"
         "CHG-2025-1187;2025-10-21;sap-fs;emergency;CIO delegate\n"),
    ], day=20)
    body = """Dear Ms Abara,

please find attached the evidence package for the IT general controls
(ITGC) part of the 2025 year-end audit: the control list, our sampling
methodology note and the Q4 population of production changes. The other
populations will be uploaded to your data room on Monday; user lists are
pseudonymised as agreed.

Unlike last year the ZIP is not password-protected: it contains no
personal data, which our DPO has confirmed.

""" + sig("pichlmaier", "en")
    return mail(F("pichlmaier"), "Grace Abara <grace.abara@wpg-audit.example>",
                "ITGC 2025 - evidence package 1 of 3", when(20, 10, 0), body, atts=[z], lang="en")


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "named customer's rental-car excess claim after a parking damage abroad: refund amount, policy and his IBAN")
def m069():
    body = """Dear Mr Schulte-Bakker,

we have checked the documents for your rental car excess claim
(policy R-SB-2201448, claim RS-2026-00954):

  Rental company:      Algarve Rent-a-Car, Faro, contract no. FAR-88213
  Incident:            scratched rear bumper while parked, 22 February 2026
  Excess charged:      EUR 650.00 (credit card statement of 2 March)
  Refund:              EUR 650.00

We will transfer the refund to the account you gave us,
IBAN DE81 7009 0100 1623 3571 26, account holder Jan Schulte-Bakker,
within three working days.

For future trips: your policy covers excess charges up to EUR 2,000 per
rental, worldwide, for rentals of up to 45 days.

""" + sig("gruber", "en")
    return mail(F("gruber"), "Jan Schulte-Bakker <jan.sb@posteo.example>",
                "Rental car excess refund - RS-2026-00954", when(20, 11, 30), body, lang="en")


@M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
   "German reply to a named member quoting an English US hospital bill: emergency appendectomy (K35.8) and amounts")
def m070():
    body = """Sehr geehrter Herr Stöberl,

Sie hatten gefragt, warum wir die Rechnung des St. Agnes Medical Center
(Denver) noch nicht erstattet haben. Die Rechnung (Auszug unten) ist eine
sogenannte "Itemized Statement" ohne Diagnose-Codes je Position; wir
brauchen zusätzlich den "Discharge Summary" bzw. den OP-Bericht.

Die Kosten selbst sind über Ihre Auslandsreise-Krankenversicherung
(R-AK-2230917) gedeckt: Notfall-Appendektomie während der Reise,
keine Vorerkrankung, Behandlung medizinisch notwendig. Sobald der Bericht
da ist, überweisen wir 41.880,00 USD umgerechnet zum Kurs vom Rechnungstag
(ca. 38.620 EUR) direkt an das Krankenhaus, wie von Ihnen gewünscht.

Den Bericht können Sie beim "Health Information Management" des
Krankenhauses anfordern (Formular "Authorization for Release of Protected
Health Information"); ich habe Ihnen den Text für die Anfrage unten
vorbereitet.

""" + sig("gruber") + """

--- Auszug aus der Rechnung ---
ST. AGNES MEDICAL CENTER - ITEMIZED STATEMENT
Patient: STOEBERL, FRANZ   DOB: 03/27/1969   Acct: 770184422
Admit: 02/11/2026  Discharge: 02/13/2026
Dx: K35.80 Unspecified acute appendicitis
  ER Level 4 visit ........................... 3,240.00
  CT abdomen/pelvis w contrast ............... 4,915.00
  Laparoscopic appendectomy (44970) ......... 18,600.00
  Anesthesia ................................. 4,380.00
  Room & board, 2 days ....................... 8,900.00
  Pharmacy / supplies ........................ 1,845.00
  Current balance due ....................... 41,880.00 USD

--- Textvorschlag für Ihre Anfrage ---
"Please send the discharge summary and operative report for my
admission of February 11-13, 2026 (account 770184422) to my insurer,
Hainbuche Insurance, fax +49 871 9344-4199. Signed: Franz Stoeberl"
"""
    return mail(F("gruber"), "Franz Stöberl <franz.stoeberl@t-online.example>",
                "AW: Rechnung Krankenhaus Denver", when(20, 13, 45), body,
                irt="<000601dcb1a7$44e0c210$cea24630$@t-online.example>")


@M("NORMAL", "de", "newsletter",
   "trap: broker newsletter inviting to a webinar on the long-term care gap, with statistical care costs; no individual")
def m071():
    text = """Makler-Newsletter Hainbuche – März 2026 (2)

Webinar: Die Pflegelücke verständlich erklären
Dienstag, 31. März 2026, 10:00–11:00 Uhr, online

Durchschnittlicher Eigenanteil im Pflegeheim in Bayern (1. Jahr): rund
3.050 EUR im Monat. Wie rechnen Sie mit Ihren Kundinnen und Kunden die
Lücke aus, und welche Rolle spielt ein Pflegetagegeld?

Inhalte:
- Pflegegrade 1 bis 5 und Leistungen der Pflegepflichtversicherung
- Rechenbeispiel Modellfamilie (fiktiv): Pflegegrad 4 stationär
- Pflege Tag 50: Annahmerichtlinien und Gesundheitsfragen
- Einwände und Antworten

Referentin: Dr. Renate Oberhuber, Gesellschaftsärztin, und Benedikt Loibl,
Pflegeleistungen. Anmeldung im Partnerportal unter "Webinare".

Weitere Themen:
* Neue Maklerbetreuerin für die Oberpfalz ab 1. April: Theresa Dirmeier
* Courtageabrechnung März wird wegen Ostern am 2. April ausgezahlt

Abmelden: https://partnerportal.hainbuche-gruppe.example/newsletter
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<h2 style="color:#3b6e2f">Makler-Newsletter Hainbuche &ndash; März 2026 (2)</h2>
<h3>Webinar: Die Pflegelücke verständlich erklären</h3>
<p><b>Dienstag, 31. März 2026, 10:00&ndash;11:00 Uhr, online</b></p>
<p>Durchschnittlicher Eigenanteil im Pflegeheim in Bayern (1. Jahr): rund 3.050 EUR im Monat.
Wie rechnen Sie mit Ihren Kundinnen und Kunden die Lücke aus, und welche Rolle spielt ein Pflegetagegeld?</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Pflegegrad</th><th>Pflegegeld ambulant</th><th>Leistung stationär</th></tr>
<tr><td>2</td><td>347 EUR</td><td>805 EUR</td></tr>
<tr><td>3</td><td>599 EUR</td><td>1.319 EUR</td></tr>
<tr><td>4</td><td>800 EUR</td><td>1.855 EUR</td></tr>
<tr><td>5</td><td>990 EUR</td><td>2.096 EUR</td></tr>
</table>
<ul><li>Rechenbeispiel Modellfamilie (fiktiv): Pflegegrad 4 stationär</li>
<li>Pflege Tag 50: Annahmerichtlinien und Gesundheitsfragen</li>
<li>Einwände und Antworten</li></ul>
<p>Referentin: Dr. Renate Oberhuber, Gesellschaftsärztin, und Benedikt Loibl, Pflegeleistungen.
<a href="https://partnerportal.hainbuche-gruppe.example/webinare">Anmeldung im Partnerportal</a></p>
<p>Neue Maklerbetreuerin für die Oberpfalz ab 1. April: Theresa Dirmeier<br>
Courtageabrechnung März wird wegen Ostern am 2. April ausgezahlt</p>
<p style="font-size:11px"><a href="https://partnerportal.hainbuche-gruppe.example/newsletter">Abmelden</a></p>
</body></html>
"""
    return mail("Hainbuche Maklerbetreuung <makler-news@%s>" % DOM,
                "Maklerpartner Bayern <makler-bayern@lists.%s>" % DOM,
                "Webinar 31.03.: Die Pflegelücke verständlich erklären", when(20, 14, 0), text,
                html=html, extra=[("Precedence", "bulk")])


@M("NORMAL", "de", "internal",
   "trap: internal claims guideline on lost keys in liability with example amounts; no customer or claim named")
def m072():
    body = """Hallo Team Haftpflicht,

nach den Rückfragen der letzten Wochen hier noch einmal die Linie bei
Schlüsselverlust (Baustein "Verlust fremder Schlüssel" in PHV Komfort
und Premium), gültig ab sofort:

1. Versichert ist nur der Verlust fremder privater Schlüssel (Mietwohnung,
   Ferienwohnung) und – nur Premium – beruflicher Schlüssel.
2. Ersetzt wird der Austausch der Schließanlage, wenn Missbrauch nicht
   ausgeschlossen werden kann; bei einem einzelnen Wohnungsschlüssel ohne
   Adressbezug reicht in der Regel ein neuer Zylinder.
3. Orientierungswerte (Angebote prüfen!):
     Einzelzylinder Wohnungstür              120–250 EUR
     Zentralschließanlage MFH bis 8 Parteien  1.800–3.500 EUR
     Schließanlage Gewerbeobjekt (Premium)    bis Limit 30.000 EUR
4. Immer anfordern: Verlustmeldung, Bestätigung des Vermieters bzw.
   Arbeitgebers, Angebot/Rechnung des Schlüsseldienstes.

Fälle über 5.000 EUR bitte weiterhin mit mir abstimmen.

Elif
"""
    return mail(F("demirci"), "Team Haftpflicht <team-haftpflicht@%s>" % DOM,
                "Linie Schlüsselverlust PHV (bitte lesen)", when(20, 15, 30), body, cte="8bit")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "maturity payout of a named customer's endowment life policy: amounts, withholding tax, tax ID and IBAN (PDF)")
def m073():
    pdf = PDF("Ablaufabrechnung_L7499102203.pdf", [
        "# Hainbuche Lebensversicherung AG",
        "Ablaufabrechnung zur Kapitallebensversicherung L 7499 1022 03",
        "",
        "Versicherungsnehmerin und versicherte Person: Hildegard Ortner, geb. 30.03.1961",
        "Steuer-ID: 47 118 203 956",
        "Ablauftermin: 01.04.2026, Vertragsbeginn 01.04.1996",
        "",
        "Garantierte Versicherungssumme                 35.790,00 EUR",
        "Überschussbeteiligung (verzinsliche Ansammlung)  13.204,18 EUR",
        "Schlussüberschuss                                 2.611,40 EUR",
        "Bewertungsreserven                                  318,07 EUR",
        "Ablaufleistung gesamt                            51.923,65 EUR",
        "",
        "Steuerpflicht: Vertragsabschluss vor 2005, Laufzeit > 12 Jahre, Beitragszahlung > 5 Jahre:",
        "Die Ablaufleistung ist steuerfrei (§ 52 Abs. 28 EStG i. V. m. § 20 Abs. 1 Nr. 6 EStG a. F.).",
        "Einbehaltene Kapitalertragsteuer: 0,00 EUR",
        "",
        "Auszahlungsbetrag                                51.923,65 EUR",
        "Überweisung am 01.04.2026 auf: IBAN DE18 7405 0000 3834 4036 28, Kontoinhaberin Hildegard Ortner",
    ], title="Ablaufabrechnung", author="Johanna Weigl", day=20)
    body = """Sehr geehrte Frau Ortner,

Ihre Lebensversicherung läuft am 1. April nach 30 Jahren ab – herzlichen
Glückwunsch! Die Abrechnung der Ablaufleistung finden Sie im Anhang. Den
Betrag von 51.923,65 EUR überweisen wir am Fälligkeitstag auf das von
Ihnen angegebene Konto.

Falls Sie das Geld ganz oder teilweise wieder anlegen möchten, melden Sie
sich gern; eine Weiterführung als Rentenversicherung ist noch bis
31. März möglich.

""" + sig("weigl")
    return mail(F("weigl"), "Hildegard Ortner <h.ortner@web.example>",
                "Ablauf Ihrer Lebensversicherung zum 01.04.2026", when(20, 16, 10), body, atts=[pdf])


@M("NORMAL", "de", "internal",
   "trap: template for a disability-claim rejection letter with «placeholders» only (DOCX); no real person")
def m074():
    doc = DOCX("Vorlage_BU_Ablehnung_fehlende_Mitwirkung_v3.docx", [
        "Hainbuche Lebensversicherung AG · BU-Leistungsprüfung",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "Versicherungsnummer: «VSNR»   Leistungsfall: «BU_Fallnummer»",
        "# Ihr Antrag auf Leistungen wegen Berufsunfähigkeit",
        "«Anrede_lang»,",
        "mit Schreiben vom «Datum_Anforderung_1» und «Datum_Anforderung_2» haben wir Sie gebeten, uns «fehlende_Unterlagen» zu übersenden bzw. die Schweigepflichtentbindung für «Arzt_Klinik» zu erteilen.",
        "Leider haben wir die Unterlagen bis heute nicht erhalten. Ohne diese Informationen können wir nicht feststellen, ob die Voraussetzungen einer Berufsunfähigkeit vorliegen.",
        "Nach § 7 unserer Bedingungen sind wir erst nach Vorlage der erforderlichen Nachweise zur Leistung verpflichtet. Wir können Ihren Antrag daher derzeit nicht anerkennen.",
        "Sobald Sie uns die Unterlagen senden, setzen wir die Prüfung sofort fort. Ihr Anspruch geht durch dieses Schreiben nicht verloren.",
        "[Optional, nur wenn Beitragsstundung beantragt:] Die Beiträge stunden wir bis «Stundung_bis» zinslos.",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter_Name»",
        "# Hinweise für die Sachbearbeitung",
        [["Feld", "Quelle", "Pflicht"],
         ["fehlende_Unterlagen", "Textbaustein-Katalog BU-TB-11 bis 19", "ja"],
         ["Arzt_Klinik", "Leistungsfallakte, Reiter Ärzte", "nein"],
         ["Stundung_bis", "nur bei Antrag auf Stundung", "nein"]],
        "Freigabe: Rechtsabteilung 12.03.2026 (Vermerk RA-2026-041)",
    ], title="Vorlage BU Ablehnung fehlende Mitwirkung", author="Markus Seidl", day=20)
    body = """Hallo zusammen,

die überarbeitete Vorlage "Ablehnung wegen fehlender Mitwirkung" ist von
der Rechtsabteilung freigegeben (v3, anbei). Änderungen zur v2: der
Hinweis, dass der Anspruch nicht verloren geht, und der optionale Absatz
zur Beitragsstundung.

Ich stelle sie morgen in die Textverarbeitung ein; bitte ab dann nur noch
diese Version verwenden.

Markus
"""
    return mail(F("seidl"), "Team BU-Leistung <team-bu-leistung@%s>" % DOM,
                "Vorlage BU-Ablehnung fehlende Mitwirkung v3 (freigegeben)", when(23, 8, 15), body,
                atts=[doc])


@M("CONFIDENTIAL", "de", "insurer-to-company",
   "motor fleet schedule of a haulage company; only in the XLSX: named drivers with birth dates and licence dates")
def m075():
    rows = [["Flottenvertrag F-KF-0040117 – Spedition Gruber & Maier GmbH – Fahrzeug- und Fahrerliste Stand 01.03.2026"],
            ["Kennzeichen", "Fahrzeug", "Erstzulassung", "Fahrer/in (Hauptnutzer)", "Geburtsdatum", "Führerschein seit", "Klasse"],
            ["LA-GM 101", "MAN TGX 18.510", "2022-04", "Zoran Petrović", "1978-09-14", "1999-03-02", "CE"],
            ["LA-GM 102", "MAN TGX 18.510", "2022-04", "Harald Weinzierl", "1969-01-27", "1988-06-15", "CE"],
            ["LA-GM 105", "Mercedes Actros 1845", "2023-09", "Aleksandra Nowak", "1990-11-05", "2012-08-20", "CE"],
            ["LA-GM 107", "Mercedes Actros 1845", "2024-02", "Tobias Rauscher", "1996-05-30", "2015-10-01", "CE"],
            ["LA-GM 211", "VW Crafter 35", "2021-06", "Kemal Arslan", "1985-12-19", "2004-02-11", "B, C1"],
            ["LA-GM 212", "VW Crafter 35", "2021-06", "Markus Dengler", "2001-07-08", "2019-09-03", "B, C1"],
            ["LA-GM 1", "BMW 530e Touring", "2024-11", "Josef Maier (GF)", "1962-03-21", "1980-04-14", "B"]]
    body = """Sehr geehrte Frau Gruber,

anbei die aktualisierte Fahrzeug- und Fahrerliste zu Ihrem Flottenvertrag
F-KF-0040117, wie sie ab 01.03.2026 unserer Beitragsberechnung zugrunde
liegt. Bitte prüfen Sie die Angaben, insbesondere die neuen Fahrer auf
LA-GM 107 und LA-GM 212.

Für Fahrer unter 25 Jahren berechnen wir nach dem Flottentarif keinen
Zuschlag, solange die Schadenquote der Flotte unter 60 % bleibt (2025:
41 %). Änderungen bei den Hauptnutzern melden Sie bitte künftig einfach
über das Firmenkundenportal.

""" + sig("wallner")
    return mail(F("wallner"), "Monika Gruber <m.gruber@spedition-gruber-maier.example>",
                "Flottenvertrag F-KF-0040117 – Fahrzeug- und Fahrerliste 03/2026", when(23, 9, 0), body,
                atts=[XLSX("F-KF-0040117_Fahrerliste_2026-03.xlsx", [("Fahrerliste", rows)],
                           author="Ines Wallner", title="Fahrerliste F-KF-0040117", day=23)])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "change of beneficiary on a named customer's term life policy confirmed: new beneficiary, sum insured (life line)")
def m076():
    body = """Dear Mr Reiter,

we have received your signed request of 16 March 2026 and confirm the
following change to your term life policy L 7716 2093 31 (sum insured
EUR 250,000, insured person: David Reiter):

  Previous beneficiary (revocable):  Ms Julia Brandner
  New beneficiary (revocable):       Ms Anna Reiter, your wife
  Effective from:                    19 March 2026 (date of receipt)

As the designation is revocable, you can change it again at any time in
writing. If you would prefer an irrevocable designation, for example in
connection with the mortgage you mentioned, both you and the new
beneficiary would need to sign our form "Unwiderrufliches Bezugsrecht";
I am happy to send it.

A new policy schedule showing the beneficiary will be posted to you
this week.

""" + sig("weigl", "en")
    return mail(F("weigl"), "David Reiter <david.reiter@outlook.example>",
                "Change of beneficiary - term life policy L 7716 2093 31", when(23, 10, 12), body, lang="en")


@M("NORMAL", "en", "insurer-to-supplier",
   "trap: purchase order for blood-pressure monitors and lancets for the company health day; no individual")
def m077():
    body = """Dear Ms de Groot,

following your quotation Q-26-0311, please supply:

  Item                                         Qty    Unit price
  VitaCheck BP-300 upper-arm monitor, cuff M/L  20     EUR 39.50
  Spare cuffs size L (32-42 cm)                 10     EUR 12.00
  Blood glucose meter VC-Gluco, starter kit      6     EUR 18.90
  Test strips, box of 50                        12     EUR 14.20
  Safety lancets 21G, box of 200                 3     EUR 16.80

Purchase order: BE-2026-00471, cost centre 9140 (Workplace Health)
Delivery: Hainbuche Versicherungsgruppe, goods receipt gate 2,
Hainbuchenallee 1, 84036 Landshut, Germany - by 8 April at the latest,
our health day takes place on 15 April.

Please note on the delivery note: "BGM Gesundheitstag". Invoice as PDF
to rechnungseingang@hainbuche-gruppe.example quoting the PO number.

Kind regards
Andreas Reisinger
Procurement & Facilities, Hainbuche Insurance Group
"""
    return mail(F("reisinger"), "Marloes de Groot <orders@vitacheck.example>",
                "PO BE-2026-00471 - BP monitors and glucose kits", when(23, 11, 0), body,
                cc=F("mayerhofer"))


@M("CONFIDENTIAL", "de", "broker",
   "broker's mail forwarded to underwriting: named clients' buildings application with prior water damage claims and amounts")
def m078():
    body = """Hallo Antragsteam,

bitte um Prüfung des Antrags unten – Vorschäden über unserer
Annahmegrenze (zwei LW-Schäden in 5 Jahren). Der Makler hat die
Sanierung belegt; ich würde mit 1.000 EUR SB für Leitungswasser
annehmen, wenn ihr einverstanden seid.

Gruß Florian

---------- Weitergeleitete Nachricht ----------
Von: Sandra Kerscher <s.kerscher@donaublick-makler.example>
Datum: Mo., 23. März 2026 um 09:14
Betreff: Antrag WG Eibl – Vorschäden
An: Florian Stadlbauer <florian.stadlbauer@hainbuche-gruppe.example>

Guten Morgen Herr Stadlbauer,

zum Antrag Wohngebäude für Herrn Georg Eibl und Frau Rosa Eibl,
Kapellenweg 7, 94315 Straubing (EFH, Baujahr 1978, Wohnfläche 164 m²,
Versicherungssumme 1914 25.800 Mark), hier die Angaben zu den Vorschäden
beim Vorversicherer:

  08/2021  Leitungswasser, Rohrbruch Bad OG      6.420 EUR
  01/2024  Leitungswasser, Frostschaden Keller   11.980 EUR

Nach dem zweiten Schaden wurden sämtliche Wasserleitungen erneuert
(Rechnung Fa. Haustechnik Zollner, 38.400 EUR, liegt bei). Der
Vorversicherer hat zum 31.03. gekündigt. Können Sie den Antrag trotzdem
annehmen?

Beste Grüße
Sandra Kerscher
Donaublick Assekuranzmakler GmbH
"""
    return mail(F("stadlbauer"), "Antrag Sach Privat <antrag-sach@%s>" % DOM,
                "WG: Antrag WG Eibl – Vorschäden", when(23, 11, 40), body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "named member's naturopath invoice partly rejected: diagnoses (exhaustion, irritable bowel K58.9) and GebüH items")
def m079():
    body = """Sehr geehrte Frau Hölzl,

wir haben die Rechnung Ihrer Heilpraktikerin Frau Annette Lichtl vom
28.02.2026 (Diagnosen laut Rechnung: chronisches Erschöpfungssyndrom,
Reizdarmsyndrom K58.9) geprüft und erstatten 214,80 EUR von 348,50 EUR.

  GebüH 1    Anamnese                          1 x 24,00  erstattet
  GebüH 4    Eingehende Untersuchung          1 x 18,00  erstattet
  GebüH 25.1 Eigenbluttherapie                 4 x 24,00  erstattet
  GebüH 20.6 Infusion                          2 x 30,50  erstattet
  GebüH 37.2 Akupunktur                        1 x 15,80  erstattet
  "Bioresonanztherapie"                        3 x 44,50  nicht erstattet
  Summe                                                  348,50
  erstattungsfähig                                       214,80

Die Bioresonanztherapie ist keine in der Praxis und Wissenschaft
allgemein anerkannte Methode und auch nicht im Gebührenverzeichnis für
Heilpraktiker enthalten; sie ist daher nach § 4 Abs. 6 unserer
Bedingungen nicht erstattungsfähig. Das Jahreslimit für Heilpraktiker
(1.000 EUR) haben Sie mit dieser Rechnung zu 214,80 EUR genutzt.

""" + sig("kainz")
    return mail(F("kainz"), "Brigitte Hölzl <brigitte.hoelzl@gmx.example>",
                "Ihre Heilpraktikerrechnung vom 28.02.2026", when(23, 13, 20), body)


@M("NORMAL", "de", "insurer-to-customer",
   "trap: portal registration mail with a one-time password; no contract, no line of business, no personal data")
def m080():
    body = """Guten Tag,

Sie haben sich im Hainbuche Kundenportal registriert. Ihr
Einmal-Passwort für die erste Anmeldung lautet:

    Q7m-4hT-xv2

Es ist 72 Stunden gültig. Bei der ersten Anmeldung unter
https://meine.hainbuche-gruppe.example werden Sie aufgefordert, ein
eigenes Passwort und eine Sicherheitsfrage festzulegen.

Den Aktivierungscode für Ihr Postfach erhalten Sie in den nächsten Tagen
per Brief an Ihre bei uns hinterlegte Anschrift.

Sie haben sich nicht registriert? Dann ignorieren Sie diese E-Mail bitte;
ohne Aktivierungscode kann das Konto nicht genutzt werden.

Ihr Hainbuche Kundenportal
"""
    return mail("Hainbuche Kundenportal <no-reply@meine.%s>" % DOM, "kathi.muehlbauer@gmx.example",
                "Ihre Registrierung im Hainbuche Kundenportal", when(23, 14, 11), body,
                extra=[("Auto-Submitted", "auto-generated")])


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "rent deposit guarantee for a named tenant: her net income, rent, landlord and guarantee number")
def m081():
    body = """Dear Ms Raman,

good news: we can issue the rent deposit guarantee for your new flat.

  Guarantee no.:        MKB-2026-0412
  Landlord:             Wohnbau Isarpark GmbH
  Property:             Ländgasse 44, 2nd floor left, 84028 Landshut
  Monthly rent (cold):  EUR 1,090.00
  Guarantee amount:     EUR 3,270.00 (three months' rent)
  Annual fee:           EUR 163.50 (5 % of the guarantee amount)

Your net monthly income of EUR 3,420.00 (salary statements December
2025 to February 2026, employer Dräxlmaier-Werke Vilsbiburg) meets our
requirement of at least three times the rent.

We will send the original guarantee certificate directly to the landlord
once you have confirmed the offer in the customer portal. Please keep in
mind that if the landlord draws on the guarantee, you will have to repay
the amount to us.

""" + sig("wallner", "en")
    return mail(F("wallner"), "Priya Raman <priya.raman@gmail.example>",
                "Your rent deposit guarantee MKB-2026-0412", when(23, 15, 5), body, lang="en")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
   "request to a psychotherapist for a report on a named member's behavioural therapy (F41.1) before approving further sessions")
def m082():
    body = """Sehr geehrte Frau Hofbauer,

Ihr Patient, unser Versicherter Herr Jonas Ederer (Versicherungsnummer
H 6120 0831 01), hat die Fortführung seiner Verhaltenstherapie über die
bisher zugesagten 25 Sitzungen hinaus beantragt. Laut Ihrem Antrag vom
04.03.2026 besteht eine generalisierte Angststörung (F41.1); beantragt
sind weitere 20 Sitzungen Einzeltherapie à 50 Minuten.

Nach unseren Tarifbedingungen (AmbuFlex 80, § 4 Abs. 3) benötigen wir für
die Verlängerung einen kurzen Bericht, der folgende Punkte umfasst:

1. bisheriger Verlauf und erreichte Therapieziele,
2. aktueller psychopathologischer Befund,
3. Therapieziele und Prognose für die beantragten Sitzungen,
4. ggf. begleitende Medikation und fachärztliche Mitbehandlung.

Bitte verwenden Sie dafür unser Formular "Bericht Psychotherapie –
Fortführung" (im Ärzte- und Therapeutenportal) und senden Sie ihn in dem
beigefügten verschlossenen Umschlag an unseren Medizinischen Fachdienst,
z. Hd. Frau Dr. Oberhuber. Für den Bericht vergüten wir 65,00 EUR.

Die bereits zugesagten Sitzungen können Sie selbstverständlich ohne
Unterbrechung weiterführen.

""" + sig("kainz")
    return mail(F("kainz"), "Praxis für Psychotherapie Miriam Hofbauer <praxis@psychotherapie-hofbauer.example>",
                "Fortführung Verhaltenstherapie Ederer, Jonas – Berichtsanforderung", when(23, 16, 0), body)


@M("NORMAL", "en", "internal",
   "trap: monthly customer-service statistics (calls, complaints by line) as ODS; aggregated, no customer")
def m083():
    ods = ODS("CSC_report_2026-02.ods", [
        ("Contacts", [
            ["Customer Service Centre - February 2026"],
            ["Channel", "Contacts", "Service level 80/20", "Avg. handling time (s)"],
            ["Phone DE", 18412, "78 %", 291],
            ["Phone EN (international line)", 1377, "84 %", 346],
            ["E-mail / contact form", 9935, "n/a", 412],
            ["Chat", 2281, "91 %", 238],
            ["Total", 32005, "", ""]]),
        ("Complaints", [
            ["Line of business", "Complaints", "per 10,000 contracts", "upheld (%)"],
            ["Health (full cover)", 61, 4.1, 38],
            ["Health (supplementary)", 44, 1.2, 41],
            ["Long-term care", 9, 0.8, 22],
            ["Life / disability", 27, 1.9, 30],
            ["Motor", 58, 3.0, 47],
            ["Property (household, buildings)", 35, 1.4, 37],
            ["Liability / legal expenses", 19, 0.9, 26]]),
    ], title="CSC report February 2026", author="Nina Zellner", day=23)
    body = """Hi all,

attached is the February report for the Customer Experience Board on
Thursday. Highlights:

- The English line kept its service level despite the portal outage
  week; German phone slipped to 78 % (target 80 %).
- Complaints in health full cover are mainly about processing times of
  hospital invoices (see Katharina's backlog figures) - 23 of 61.
- Motor complaints up after the January hail claims; upheld share is
  high because of the delayed glass repairs by one partner.

Nina

--
Nina Zellner
Head of Customer Service Centre, Hainbuche Insurance Group
"""
    return mail(F("zellner"), "Customer Experience Board <cx-board@%s>" % DOM,
                "CSC report February 2026", when(24, 7, 50), body, atts=[ods])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "named customer's motor total-loss settlement (single-vehicle, nobody hurt): plate, replacement and residual value")
def m084():
    body = """Sehr geehrter Herr Mittermaier,

das Gutachten des Sachverständigenbüros Hofmann zu Ihrem Unfall vom
06.03.2026 (alleinbeteiligt, Glätte, B 299 bei Geisenhausen – verletzt
wurde zum Glück niemand) liegt vor. Ihr Audi A4 Avant, amtl. Kennzeichen
LA-FM 4402, ist ein wirtschaftlicher Totalschaden:

  Reparaturkosten brutto           16.870,00 EUR
  Wiederbeschaffungswert           14.500,00 EUR
  Restwert (höchstes Angebot)       2.300,00 EUR
  Selbstbeteiligung Vollkasko         500,00 EUR
  Entschädigung                    11.700,00 EUR

Das Restwertangebot der Firma Autoverwertung Ostbayern gilt bis
03.04.2026; der Käufer holt das Fahrzeug kostenlos ab und zahlt die
2.300 EUR direkt an Sie. Die Entschädigung aus der Vollkasko (Vertrag
S-KF-5508173, Schaden SCH-2026-004875) überweisen wir, sobald Sie uns
die Zulassungsbescheinigung Teil II und beide Schlüssel geschickt haben.

""" + sig("hubernowak")
    return mail(F("hubernowak"), "Florian Mittermaier <f.mittermaier@web.example>",
                "Totalschaden Audi A4 – Abrechnung SCH-2026-004875", when(24, 8, 30), body)


@M("NORMAL", "en", "internal",
   "trap: anonymised large-loss list for the health excess-of-loss treaty (age bands, diagnosis groups, amounts), no identifiers")
def m085():
    body = """Paul, Renate,

for the XL health treaty notification (retention EUR 250,000 per case)
I need your OK on the anonymised list below before it goes to Nordkap Re
on Friday. Case references are the treaty's own running numbers, not our
member numbers; ages are in bands; hospitals are not named.

  XL-ref   age band  sex  diagnosis group                paid 2025 (EUR)
  XL-25-01 50-59     m    haematological malignancy      612,400
  XL-25-02 0-9       f    congenital heart defect        487,950
  XL-25-03 60-69     m    polytrauma                     331,200
  XL-25-04 40-49     f    solid tumour, CAR-T therapy    402,180
  XL-25-05 70-79     m    cardiac surgery, complications 268,740
  total                                                  2,102,470

XL-25-02 and XL-25-04 are still open; reserves as per the claims system
(not shown). If you think the combination age band + diagnosis group is
too specific for XL-25-02, I would merge the sex column for all cases.

Hannah

""" + sig("kerschbaum", "en", short=True)
    return mail(F("kerschbaum"), F("wimmer"), "XL health 2025 - anonymised case list for notification",
                when(24, 9, 15), body, cc=F("oberhuber"))


@M("NORMAL", "en", "internal",
   "phishing simulation results per department; no individual employee named")
def m086():
    body = """Hi department heads,

results of the March phishing simulation ("Your parcel could not be
delivered" / "Updated travel expense policy"):

  Department                    Recipients  Clicked  Entered password  Reported
  Health claims                 142         11 %     3 %               46 %
  Life & disability             88          9 %      2 %               52 %
  Property & motor claims       121         14 %     5 %               38 %
  Broker relations / sales      64          19 %     8 %               27 %
  IT                            57          4 %      0 %               81 %
  Staff functions               96          12 %     4 %               41 %
  Total                         568         12 %     4 %               45 %

We do not report names, and nobody will be contacted individually about
this test. Everyone who clicked saw the short learning page instead.

Two requests:
1. Please remind your teams of the "Report phishing" button in Outlook.
2. Sales: the travel-expense lure worked best with you. A 15-minute
   session at your next team meeting would help - we are happy to come.

Georg

""" + sig("pichlmaier", "en", short=True)
    return mail(F("pichlmaier"), "Department heads <abteilungsleitungen@%s>" % DOM,
                "Phishing simulation March - results", when(24, 10, 0), body, cte="7bit")


@M("CONFIDENTIAL", "mixed", "insurer-to-broker",
   "English mail to broker quoting the German motor confirmation for a named client: eVB, VIN, no-claims class, premium")
def m087():
    body = """Hi Charlotte,

here is the confirmation for Mr Porter's new car; the German text is what
he will get in the post, with a short English summary below.

> Sehr geehrter Herr Porter,
> für Ihr Fahrzeug Volvo XC40 Recharge, FIN YV1XZEFV8R2187734, haben wir
> die eVB-Nummer 3HW9QKD erzeugt. Halter: Graham Porter, Leopoldstraße 112,
> 80804 München. Sie übernehmen Ihre SF-Klasse 9 (Haftpflicht) und SF 7
> (Vollkasko) aus dem Vertrag bei der Alpenland Versicherung,
> Nr. KF-449021-7. Jahresbeitrag: 1.096,40 EUR, Vertrag S-KF-7720331.

In short: eVB 3HW9QKD is ready for the registration office, his no-claims
classes (SF 9 liability / SF 7 comprehensive) were transferred from his
previous insurer, and the annual premium is EUR 1,096.40.

Best
Dominik

--
Dominik Rieder
Motor Underwriting & Policies, Hainbuche Insurance Group
Phone +49 871 9344-4105
"""
    return mail(F("rieder"), "Charlotte Finch <c.finch@harrowfinch.example>",
                "Porter - new car Volvo XC40 - eVB and SF transfer", when(24, 11, 15), body,
                cc=F("stadlbauer"))


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "cost approval for a named member's follow-up rehabilitation after hip replacement at a rehab clinic")
def m088():
    body = """Sehr geehrter Herr Kreuzpointner,

nach Ihrer Hüftoperation am 10.03.2026 haben uns der Sozialdienst des
Klinikums Isarauen und Ihr Operateur die Anschlussheilbehandlung
empfohlen. Wir übernehmen die Kosten:

  Rehaklinik:     Rehazentrum Bad Weidenstein, Abteilung Orthopädie
  Aufnahme:       25.03.2026 (nach Entlassung aus dem Klinikum am 20.03.)
  Dauer:          21 Tage, Verlängerung auf ärztlichen Antrag möglich
  Leistung:       Tagessatz 212,00 EUR inkl. Therapien, Einbettzimmer
                  gemäß Ihrem Tarif HKV Komfort
  Fahrtkosten:    Krankentransport zur Klinik, Rückfahrt mit Taxi

Sie brauchen nichts vorzulegen; die Rehaklinik rechnet direkt mit uns
ab. Bitte geben Sie dort Ihre Klinik-Card ab.

Wir wünschen Ihnen eine gute Reha und dass Sie bald wieder ohne
Gehstützen unterwegs sind.

""" + sig("achleitner")
    return mail(F("achleitner"), "Josef Kreuzpointner <j.kreuzpointner@t-online.example>",
                "Kostenzusage Anschlussheilbehandlung ab 25.03.2026", when(24, 12, 40), body)


@M("NORMAL", "de", "insurer-to-partner",
   "trap: complaint statistics per line of business reported to the supervisor; aggregated, no complainant")
def m089():
    body = """Sehr geehrte Damen und Herren,

im Rahmen der jährlichen Beschwerdeberichterstattung übermitteln wir
die Zahlen der Hainbuche Versicherungsgruppe für das Jahr 2025 vorab per
E-Mail; die Meldung über das MVP-Portal folgt fristgerecht bis 31.03.

                                    Kranken   Leben    Sach/HUK
Beschwerden gesamt                    1.204     388       1.511
davon Leistungsregulierung              702     211         943
davon Beitragsanpassung                 341      22         178
davon Vertragsverwaltung                161     155         390
Ombudsmann-Verfahren                     31      14          18
durchschnittliche Bearbeitung (Tage)   11,2     9,8         8,4

Auffälligkeit 2025: Die Beschwerden zur Beitragsanpassung in der
Krankenversicherung stiegen nach der BAP zum 01.01.2025 um 38 %; Maßnahmen
(verständlichere Anschreiben, Tarifwechselberatung) sind im Bericht
beschrieben.

Mit freundlichen Grüßen

Nina Zellner
Leitung Kundenservice-Center und Beschwerdemanagement
Hainbuche Versicherungsgruppe
"""
    return mail(F("zellner"), "Referat VA 23 <va23-beschwerden@bafin.example>",
                "Beschwerdestatistik 2025 – Hainbuche Versicherungsgruppe (Vorab)", when(24, 13, 30), body,
                cc=F("eder"))


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "premium adjustment of a named customer's buildings policy by construction price index (PDF invoice with address)")
def m090():
    pdf = PDF("Beitragsrechnung_S-WG-1774209_2026.pdf", [
        "# Hainbuche Sachversicherung AG",
        "Ludwig Sperl, Dorfstraße 8, 84036 Kumhausen",
        "",
        "# Beitragsrechnung Wohngebäudeversicherung S-WG-1774209",
        "Versicherungsort: Dorfstraße 8, 84036 Kumhausen (Einfamilienhaus mit Einliegerwohnung)",
        "Versicherungsperiode: 01.05.2026 – 30.04.2027",
        "",
        "Gleitender Neuwertfaktor 2025: 21,6   2026: 22,4 (Anpassung +3,7 %)",
        "Grundbeitrag 1914: 1,98 Promille der Versicherungssumme 1914 (31.200 Mark)",
        "Jahresnettobeitrag 2025/26:   1.325,44 EUR",
        "Jahresnettobeitrag 2026/27:   1.374,53 EUR",
        "Versicherungsteuer 19 % (Feuer anteilig 14 %): 246,12 EUR",
        "Zahlbetrag:                   1.620,65 EUR, fällig 01.05.2026",
        "",
        "Zahlung per Lastschrift von Konto IBAN DE** **** **** **** **21 71 (Mandat HVG-S-WG-1774209-01)",
    ], title="Beitragsrechnung Wohngebäude", day=24)
    body = """Sehr geehrter Herr Sperl,

anbei Ihre Beitragsrechnung für das Versicherungsjahr ab 1. Mai. Der
Beitrag steigt um 3,7 %, weil sich die Baupreise erhöht haben
(gleitender Neuwertfaktor). Im Gegenzug steigt auch die Entschädigung im
Schadenfall: Ihr Haus bleibt zum aktuellen Neubauwert versichert.

Nach den Bedingungen haben Sie bei einer Anpassung allein wegen des
Baupreisindex kein Sonderkündigungsrecht; bei Fragen rufen Sie mich gern
an.

Freundliche Grüße

Ramona Leitner
Beitragsbuchhaltung und Inkasso
Hainbuche Sachversicherung AG
"""
    return mail(F("leitner"), "Ludwig Sperl <ludwig.sperl@freenet.example>",
                "Beitragsrechnung Wohngebäudeversicherung 2026/27", when(24, 14, 50), body, atts=[pdf])


@M("STRICTLY_CONFIDENTIAL", "de", "applicant",
   "applicant's own answers to disability health questions forwarded to underwriting: Hashimoto (E06.3), levothyroxine, migraine")
def m091():
    body = """Servus Serkan,

die Antragstellerin hat mir die Nachfragen direkt beantwortet (Makler
Vilstal in Kopie). Antrag A-BU-2026-01931. Kannst du das so verwenden
oder brauchst du trotzdem einen Arztbericht?

Florian

-----Ursprüngliche Nachricht-----
Von: Maria Schreiner <maria.schreiner@web.example>
Gesendet: Dienstag, 24. März 2026 20:41
An: Florian Stadlbauer <florian.stadlbauer@hainbuche-gruppe.example>
Cc: Tanja Bruckmeier <t.bruckmeier@vilstal-finanz.example>
Betreff: Nachfragen BU-Antrag

Sehr geehrter Herr Stadlbauer,

hier meine Antworten zu den Rückfragen aus dem Antrag:

1. Schilddrüse: Hashimoto-Thyreoiditis seit 2019 (Dr. Wagenhuber,
   Endokrinologie Landshut). Ich nehme täglich L-Thyroxin 75 µg, die
   Werte sind laut letzter Kontrolle im Januar normal. Keine
   Arbeitsunfähigkeit deswegen.
2. Migräne: seit der Jugend, ca. 2–3 Anfälle im Monat, ohne Aura. Ich
   nehme dann Sumatriptan 50 mg. Krankgeschrieben war ich deswegen in
   den letzten 5 Jahren an insgesamt 6 Tagen.
3. Physiotherapie 2024: 12 Termine wegen Verspannungen der
   Halswirbelsäule nach viel Bildschirmarbeit, danach beschwerdefrei.

Ich bin 34, Steuerfachangestellte, Nichtraucherin.

Viele Grüße
Maria Schreiner
"""
    return mail(F("stadlbauer"), F("yildiz"), "WG: Nachfragen BU-Antrag A-BU-2026-01931 (Schreiner)",
                when(25, 7, 40), body)


@M("NORMAL", "en", "newsletter",
   "trap: expat customer newsletter on travel vaccinations and staying healthy abroad; general advice, no individual")
def m092():
    text = """Global Expat Care - Spring 2026

Travelling this Easter? Check your vaccinations

Before you travel, check the recommendations for your destination at least
six weeks ahead. Typical travel vaccinations include hepatitis A, typhoid,
Japanese encephalitis (parts of Asia), rabies (longer stays in rural areas)
and yellow fever (required for entry to some countries in Africa and South
America).

Your plan covers travel vaccinations recommended by the Standing Committee
on Vaccination (STIKO) or by the WHO for your destination - including
malaria prophylaxis tablets.

Also in this issue
- Telemedicine: talk to a doctor in English, German or Mandarin, 24/7
- Dengue: what you need to know about the new vaccine
- Claims tip: photograph the whole invoice, including the provider stamp

Hainbuche Insurance Group - International Health Desk
Unsubscribe: https://meine.hainbuche-gruppe.example/newsletter
"""
    html = """<html><body style="font-family:Georgia,serif;max-width:600px">
<h1 style="font-size:24px;color:#1f4e79">Global Expat Care &middot; Spring 2026</h1>
<h2>Travelling this Easter? Check your vaccinations</h2>
<p>Before you travel, check the recommendations for your destination at least six weeks ahead.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:13px">
<tr style="background:#dfe9f3"><th>Vaccination</th><th>Typical regions</th><th>Covered</th></tr>
<tr><td>Hepatitis A</td><td>worldwide outside Western Europe/North America</td><td>yes</td></tr>
<tr><td>Typhoid</td><td>South Asia, Africa</td><td>yes</td></tr>
<tr><td>Japanese encephalitis</td><td>rural South-East Asia</td><td>yes</td></tr>
<tr><td>Rabies (pre-exposure)</td><td>longer stays in rural areas</td><td>yes</td></tr>
<tr><td>Yellow fever</td><td>parts of Africa and South America</td><td>yes</td></tr>
<tr><td>Dengue</td><td>tropical regions, after prior infection</td><td>yes (from 1 April)</td></tr>
</table>
<p>Your plan covers travel vaccinations recommended by STIKO or the WHO for your destination &ndash; including malaria prophylaxis tablets.</p>
<h3>Also in this issue</h3>
<ul><li>Telemedicine: talk to a doctor in English, German or Mandarin, 24/7</li>
<li>Dengue: what you need to know about the new vaccine</li>
<li>Claims tip: photograph the whole invoice, including the provider stamp</li></ul>
<p style="font-size:11px;color:#777">Hainbuche Insurance Group &ndash; International Health Desk &middot;
<a href="https://meine.hainbuche-gruppe.example/newsletter">Unsubscribe</a></p>
</body></html>
"""
    return mail("Hainbuche Global Expat Care <expat-news@%s>" % DOM,
                "Global Expat Care members <gec-members@lists.%s>" % DOM,
                "Spring 2026: travel vaccinations, telemedicine, dengue", when(25, 6, 45), text, html=html,
                extra=[("Precedence", "bulk")], lang="en")


@M("CONFIDENTIAL", "mixed", "assessor",
   "German assessor's report on flood damage to a named customer's house forwarded with English summary: address, amounts, policy")
def m093():
    body = """Dear Mr Herrera,

as promised, here is the report of the assessor, Mr Hofmann, on the flood
damage to your house. It is in German, so here is a short summary:

- Cause: flooding of the basement after heavy rain and backflow from the
  sewer on 16 March - covered by your natural hazards extension.
- Damage to the building: EUR 18,740 (floor screed, plaster, heating
  burner, electrical installation in the basement).
- The backflow valve was missing, which the policy requires; the assessor
  thinks it would not have prevented the surface water. We will therefore
  not apply a reduction.
- Excess natural hazards: EUR 1,000. We will pay EUR 17,740.

The payment goes out this week. The German report follows below.

""" + sig("brandl", "en", foot=False) + """

---------- Forwarded message ----------
From: Sachverständigenbüro Hofmann <gutachten@sv-hofmann.example>
Date: Wed, 25 Mar 2026 08:02
Subject: Gutachten 26-0311 Herrera, Elementarschaden
To: Matthias Brandl <matthias.brandl@hainbuche-gruppe.example>

Gutachten Nr. 26-0311 – Kurzfassung
Versicherungsnehmer: Tomás Herrera, Isarstraße 27, 84051 Essenbach
Vertrag: Wohngebäudeversicherung S-WG-2512096 inkl. Elementar
Schadentag: 16.03.2026, Ortstermin: 19.03.2026

Befund: Überflutung des Kellergeschosses (ca. 25 cm Wasserstand) durch
Starkregen und Rückstau aus dem öffentlichen Kanal. Rückstausicherung
nicht vorhanden; nach Lage des Grundstücks (Senke) wäre der Schaden durch
Oberflächenwasser aber auch mit Rückstauklappe eingetreten.

Schadenhöhe (netto zzgl. MwSt. soweit nicht vorsteuerabzugsberechtigt):
  Estrich und Bodenbelag Keller        6.820 EUR
  Putz, Anstrich                       2.410 EUR
  Heizungsbrenner Austausch            5.980 EUR
  Elektroinstallation Keller           2.110 EUR
  Trocknung (3 Wochen)                 1.420 EUR
  Summe                               18.740 EUR

Hofmann, ö.b.u.v. Sachverständiger für Gebäudeschäden
"""
    return mail(F("brandl"), "Tomás Herrera <tomas.herrera@gmail.example>",
                "Flood damage - assessor's report and summary", when(25, 9, 10), body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "orthodontic treatment plan for a named member's child: distal bite, KIG D2 classification, treatment costs, reimbursement")
def m094():
    body = """Sehr geehrte Frau Pfeffer,

wir haben den kieferorthopädischen Behandlungsplan von Dr. Grünwald für
Ihren Sohn Luis (mitversichert im Tarif Zahn Plus 90, Versicherungsnummer
H 6603 4410 03) geprüft.

Befund laut Plan: Distalbiss mit vergrößerter Frontzahnstufe von 5 mm,
Einstufung KIG D2. Die gesetzliche Krankenkasse übernimmt die Behandlung
erst ab Behandlungsbedarfsgrad 3, beim Distalbiss also erst ab einer
Frontzahnstufe über 6 mm (D4) – hier springt Ihre Zusatzversicherung ein.

  geplante Behandlung:  herausnehmbare Apparatur, dann Multiband,
                        ca. 3,5 Jahre
  Kosten laut Plan:     4.860,00 EUR
  Leistung Tarif:       80 % bis max. 1.500 EUR je Kind für KFO
  Erstattung:           bis 1.500,00 EUR

Wir erstatten nach Vorlage der Quartalsrechnungen, bis der Höchstbetrag
erreicht ist. Bitte denken Sie daran, den Plan-Bescheid Ihrer Kasse mit
einzureichen, dass die Kasse nicht leistet.

""" + sig("kainz")
    return mail(F("kainz"), "Daniela Pfeffer <daniela.pfeffer@web.example>",
                "Kieferorthopädie für Luis – Behandlungsplan", when(25, 10, 5), body)


@M("NORMAL", "de", "internal",
   "trap: canteen menu with diabetic-friendly and gluten-free markers and allergen codes; no person")
def m095():
    body = """Liebe Kolleginnen und Kollegen,

der Speiseplan für die Karwoche (KW 14):

Mo 30.03.  Linsen-Dal mit Basmatireis (vegan, D)  |  Schweinebraten mit
           Knödel und Krautsalat (A, C, G, I)
Di 31.03.  Ofengemüse mit Feta (veg., G, D)  |  Putengeschnetzeltes mit
           Spätzle (A, C, G)
Mi 01.04.  Kichererbsen-Curry (vegan, glutenfrei, D)  |  Rinderhackbraten
           mit Kartoffelpüree (A, C, G, I)
Do 02.04.  Spinat-Ricotta-Cannelloni (veg., A, C, G)  |  Seelachs im
           Gemüsesud mit Salzkartoffeln (D, glutenfrei, D = diabetesgeeignet)
Fr 03.04.  Karfreitag – Casino geschlossen

Legende: A Gluten, C Ei, G Milch, I Sellerie; "D" = für Diabetiker
geeignet (BE-Angabe an der Ausgabe), "glutenfrei" = ohne glutenhaltige
Zutaten zubereitet, Kreuzkontamination nicht ausgeschlossen.

Wer eine ärztlich bescheinigte Lebensmittelunverträglichkeit hat und ein
Sondergericht braucht, meldet sich bitte wie bisher direkt beim
Küchenchef – nicht über diesen Verteiler.

Guten Appetit!
Ihr Casino-Team
"""
    return mail("Casino Hainbuche <casino@%s>" % DOM, "Alle Mitarbeitenden Landshut <alle-landshut@%s>" % DOM,
                "Speiseplan KW 14", when(25, 10, 30), body, cte="8bit")


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "named customer's electronics insurance claim: laptop screen damage, serial number, repair partner, claim number")
def m096():
    body = """Dear Ms Petrenko,

your claim for the damaged laptop has been registered:

  Claim no.:      SCH-2026-005612
  Policy:         electronics insurance S-EL-0310447
  Device:         Lenovo ThinkPad X1 Carbon Gen 11, serial PF4K2MZ8
  Damage:         cracked display after a fall from the desk, 20 March 2026

You do not need to get a quote yourself. Please send the laptop with the
prepaid label attached below to our repair partner:

  Reparaturwerk Ost GmbH, Hainbuche claims desk, Gewerbering 9,
  84069 Schierling

Please remove or back up your personal data before sending the device;
the repair partner will not access your files but may need to reset the
device. Expected repair time is 5-7 working days. Your excess is EUR 50,
which the repair partner will invoice to you directly.

""" + sig("brandl", "en")
    return mail(F("brandl"), "Olga Petrenko <olga.petrenko@proton.example>",
                "Your laptop claim SCH-2026-005612 - how to send in the device", when(25, 11, 30), body,
                lang="en", atts=[PDF("Prepaid_label_SCH-2026-005612.pdf", [
                    "# DHL Retoure - prepaid",
                    "Sender: Olga Petrenko, Neustadt 520, 84028 Landshut",
                    "Recipient: Reparaturwerk Ost GmbH, Hainbuche claims desk, Gewerbering 9, 84069 Schierling",
                    "Reference: SCH-2026-005612",
                    "Shipment no.: 0034 0433 1187 2209 5518",
                ], title="Prepaid label", day=25)])


@M("NORMAL", "en", "insurer-to-partner",
   "trap: answer to a UK care-home operator on how care benefits work for residents abroad; general rules, no resident named")
def m097():
    body = """Dear Mr Whitcombe,

thank you for your enquiry about direct billing for residents of your
homes who are insured with Hainbuche for long-term care.

Some general points, as we cannot discuss individual residents without
their written consent:

1. Statutory long-term care insurance (private, "PPV") pays benefits for
   care abroad only within the EU/EEA and Switzerland. Since the UK is no
   longer part of the EU, residential care benefits in the UK are
   generally not payable from the statutory part. There are exceptions
   for people covered by the Withdrawal Agreement; these are assessed
   case by case.
2. Supplementary care cover (our care-per-diem plan "Pflege Tag 50")
   pays worldwide once a care level is established. It is paid to the
   insured person, not to the care home, so we cannot set up direct
   billing for it.
3. If a resident or their attorney asks us to, we can confirm in writing
   what is covered, which you can then use for your fee agreement.

I hope this helps. If a resident would like us to talk to you directly,
please have them (or their attorney) send us the enclosed consent form.

""" + sig("loibl", "en")
    return mail(F("loibl"), "Edward Whitcombe <e.whitcombe@oakleigh-care.example>",
                "Re: Direct billing for care of German-insured residents", when(25, 13, 0), body, lang="en")


@M("NORMAL", "en", "insurer-to-broker",
   "trap: broker-portal firm-administrator account created with one-time password; no customer data")
def m098():
    body = """Dear Mr Harrow,

a firm administrator account has been created for you on the Hainbuche
partner portal for your company Harrow & Finch Insurance Brokers Ltd
(partner firm no. VP-41207).

  User name:           jharrow.vp41207
  One-time password:   kX4p-9Tqe-Lm2W
  Valid until:         27 March 2026, 17:00 CET

At your first login at https://partnerportal.hainbuche-gruppe.example you
will be asked to set your own password and a security question and to
register your authenticator app.

As firm administrator you can create user accounts for your colleagues,
assign portfolio rights and see the audit log of your firm. Electronic
broker post for the firm can also be fetched via the BiPRO interface by
your broker management software - your IT provider will find the
technical details in the portal under "Interfaces".

If you did not request this account, please let us know immediately.

Hainbuche Partner Portal Support
partnerportal-support@hainbuche-gruppe.example | +49 871 9344-6000
"""
    return mail("Hainbuche Partner Portal <partnerportal-support@%s>" % DOM,
                "James Harrow <j.harrow@harrowfinch.example>",
                "Your firm administrator account - Hainbuche partner portal", when(25, 14, 20), body,
                lang="en")


@M("CONFIDENTIAL", "de", "insurer-to-broker",
   "portfolio transfer to a broker firm; only in the zipped XLSX: named clients with addresses and property/motor policy numbers")
def m099():
    rows = [["Bestandsübertragung V-28841 (Versicherungsbüro Anton Wölfl, Ruhestand) auf V-30877 (Vilstal Finanz) – Sparten Sach/HUK"],
            ["Kunde", "Anschrift", "Vertrag", "Sparte", "Jahresbeitrag", "Hauptfälligkeit"],
            ["Bachhuber, Franziska", "Marktplatz 3, 84137 Vilsbiburg", "S-HR-1122784", "Hausrat", 164.20, "01.07."],
            ["Bachhuber, Franziska", "Marktplatz 3, 84137 Vilsbiburg", "S-PH-1122785", "Privathaftpflicht", 72.90, "01.07."],
            ["Dietl, Hans", "Lerchenweg 14, 84144 Geisenhausen", "S-WG-0998412", "Wohngebäude", 1210.55, "01.01."],
            ["Dietl, Hans", "Lerchenweg 14, 84144 Geisenhausen", "S-KF-4471190", "Kfz", 522.80, "01.01."],
            ["Rampf, Silvia und Thomas", "Am Anger 2, 84155 Bodenkirchen", "S-WG-1004471", "Wohngebäude", 884.00, "01.04."],
            ["Zehetbauer, Michael", "Hofmark 9, 84166 Adlkofen", "RS-2290384", "Rechtsschutz", 298.40, "01.10."],
            ["Zehetbauer, Michael", "Hofmark 9, 84166 Adlkofen", "S-KF-4490023", "Kfz", 611.35, "01.10."]]
    z = ZIP("Bestandsuebertragung_V-28841_V-30877.zip", [
        ("Bestandsliste_Sach_HUK.xlsx", xlsx_bytes([("Bestand", rows)], title="Bestandsliste", author="Florian Stadlbauer", day=25)),
        ("Hinweise.txt", "Leben/Kranken-Verträge werden separat übertragen, sobald die Einwilligungen der Kunden vorliegen.\r\n"),
    ], day=25)
    body = """Hallo Frau Bruckmeier,

wie vereinbart übertragen wir die Sach/HUK-Verträge aus dem Bestand von
Herrn Wölfl zum 01.04.2026 auf Ihre Vermittlernummer. Die Bestandsliste
finden Sie im ZIP-Archiv (36 Verträge, davon die ersten als Auszug
bereits geprüft).

Die Kunden werden von Herrn Wölfl und uns gemeinsam angeschrieben; bitte
sprechen Sie die Kunden erst nach dem 01.04. an. Für die Leben- und
Krankenverträge brauchen wir vorher die Einwilligungen der Kunden in die
Datenübermittlung – die kommen separat.

Beste Grüße
Florian Stadlbauer
Maklerbetreuung Niederbayern/Oberpfalz
"""
    return mail(F("stadlbauer"), "Tanja Bruckmeier <t.bruckmeier@vilstal-finanz.example>",
                "Bestandsübertragung Wölfl – Liste Sach/HUK", when(25, 15, 40), body, atts=[z])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
   "group accident and direct-insurance pension enrolment: only in the XLSX, named employees with birth dates and salaries")
def m100():
    rows = [["Ridgeway Sensors GmbH - enrolment April 2026 - group accident GU-0071 and direct insurance bAV-DV-0071"],
            ["Employee", "Date of birth", "Entry date", "Gross annual salary (EUR)", "Group accident", "Deferred compensation / month (EUR)", "Employer top-up (EUR)"],
            ["Laura Brenninger", "1993-02-11", "2026-04-01", 52800, "yes", 150, 22.50],
            ["Mehmet Aksoy", "1987-10-30", "2026-04-01", 67400, "yes", 250, 37.50],
            ["Stefanie Wirth", "1999-06-03", "2026-04-01", 41200, "yes", 0, 0],
            ["Ryan McAllister", "1982-12-17", "2026-04-15", 98000, "yes", 302, 45.30],
            ["Vanessa Haider", "1996-08-25", "2026-04-15", 48500, "yes", 100, 15.00]]
    body = """Dear Ms Lawson,

thank you for the new-starter list. I have prepared the enrolment file for
April (attached) for your review:

- All five new employees join the group accident insurance GU-0071 on
  their entry date; no health questions are required under the group
  contract.
- Four of them have opted for deferred compensation into the direct
  insurance; the 15 % employer top-up is calculated as required by law.
- Ms Wirth opted out of deferred compensation - please keep her signed
  waiver on file.

Please confirm by 31 March; we will then issue the individual
certificates, which go to the employees' home addresses, not to HR.

""" + sig("wiesinger", "en")
    return mail(F("wiesinger"), "Karen Lawson <karen.lawson@ridgeway-sensors.example>",
                "Enrolment April 2026 - group accident and direct insurance", when(26, 8, 30), body,
                lang="en", atts=[XLSX("Ridgeway_enrolment_2026-04.xlsx", [("Enrolment", rows)],
                                      author="Thomas Wiesinger", title="Enrolment April 2026", day=26)])


@M("NORMAL", "de", "internal",
   "trap: product development minutes on a new care-per-diem variant with aggregate calculations (ODT); no individual")
def m101():
    odt = ODT("Protokoll_PE_Pflegetagegeld_2026-03-25.odt", [
        "# Produktentwicklung: Pflegetagegeld „Pflege Tag Flex“",
        "Sitzung vom 25.03.2026, Teilnehmende: Dr. P. Wimmer, B. Loibl, Dr. R. Oberhuber, F. Stadlbauer, L. Forster",
        "# 1. Ziel",
        "Einstieg ab Pflegegrad 2 statt 3, Leistungsstaffel nach Pflegegrad, Beitragsbefreiung ab Pflegegrad 3.",
        "# 2. Kalkulationsgrundlagen",
        [["Pflegegrad", "Leistung in % des Tagegelds", "Eintrittswahrscheinlichkeit 60-Jährige (Bestand 2020–2025)"],
         ["2", "30 %", "0,41 % p. a."],
         ["3", "60 %", "0,22 % p. a."],
         ["4", "80 %", "0,11 % p. a."],
         ["5", "100 %", "0,05 % p. a."]],
        "Beitrag (vorläufig) für 50 EUR Tagegeld, Eintrittsalter 45: 38,70 EUR monatlich.",
        "# 3. Annahmerichtlinien",
        "Dr. Oberhuber: Gesundheitsfragen auf 5 Fragen reduzieren; Ausschluss bei bestehender Pflegebedürftigkeit, Demenzdiagnose, Parkinson, MS.",
        "# 4. Nächste Schritte",
        "Vertriebsunterlagen bis Juni (Forster), Maklerschulung im Juli (Stadlbauer), Treuhänder-Vorlage im Mai (Wimmer).",
    ], title="Protokoll PE Pflegetagegeld", author="Benedikt Loibl", day=25)
    body = """Hallo zusammen,

Protokoll von gestern anbei (ODT, weil ich aus der Cloud-Textverarbeitung
exportiert habe – lässt sich mit Word öffnen). Ergänzungen bis Montag.

Gruß
Benedikt
"""
    return mail(F("loibl"), "PE Pflege <pe-pflege@%s>" % DOM, "Protokoll PE Pflege Tag Flex 25.03.",
                when(26, 9, 5), body, atts=[odt])


@M("CONFIDENTIAL", "en", "insurer-to-partner",
   "request to the previous Dutch motor insurer for a named customer's claims-free years, with birth date and former plate")
def m102():
    body = """Dear Sir or Madam,

our customer below has moved from the Netherlands to Germany and has
taken out motor insurance with us. He has authorised us (signed
declaration attached to our letter by post) to obtain confirmation of his
claims history from you.

  Policyholder:          Mr Joost van der Linden
  Date of birth:         22/06/1984
  Former address:        Kerkstraat 41, 3581 RB Utrecht
  Your policy no.:       AUTO-0447190-NL
  Vehicle (former plate): Peugeot 308, 47-KLR-9
  Policy period:         01/03/2019 - 28/02/2026

Please confirm:
1. the number of claims-free years ("schadevrije jaren") at expiry,
2. any claims paid in the last five years, with date and amount,
3. whether the policy was cancelled by you or by the policyholder.

A reply by e-mail to kfz-vertrag@hainbuche-gruppe.example is fine;
please quote our reference S-KF-7725018.

""" + sig("rieder", "en")
    return mail(F("rieder"), "Customer Service Polder Verzekeringen <klantenservice@polder-verzekeringen.example>",
                "Claims history request - J. van der Linden, policy AUTO-0447190-NL", when(26, 9, 50), body,
                lang="en")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
   "disability assessment order to a medical assessor with zipped medical records of a named claimant (shoulder injuries)")
def m103():
    auftrag = docx_bytes([
        "# Gutachtenauftrag BU – Hainbuche Lebensversicherung AG",
        "Versicherte Person: Andreas Gröbmaier, geb. 22.06.1974, Dachdecker",
        "Vertrag: L 7702 9130 44, BU-Rente 1.800 EUR, beantragt ab 01.11.2025",
        "Fragestellung:",
        "1. Welche Gesundheitsstörungen liegen vor (ICD-10)?",
        "2. Ist Herr Gröbmaier seit 01.11.2025 voraussichtlich dauerhaft (mind. 6 Monate) außerstande, seinen Beruf als Dachdecker zu mindestens 50 % auszuüben?",
        "3. Welche Tätigkeiten kann er noch ausüben (Tätigkeitsprofil)?",
        "4. Sind Besserungen durch zumutbare Behandlungen zu erwarten?",
        "Fristen: Untersuchungstermin bis 17.04.2026, Gutachten bis 08.05.2026.",
    ], title="Gutachtenauftrag Gröbmaier", author="Markus Seidl", day=26)
    befund = pdf_bytes([
        "# Orthopädie am Hofgarten – Befundbericht",
        "Patient: Andreas Gröbmaier, geb. 22.06.1974",
        "Diagnosen: Rotatorenmanschettenruptur rechts M75.1 R; Partialruptur links M75.1 L; Omarthrose rechts M19.01",
        "OP: arthroskopische Rekonstruktion rechts 14.10.2025",
        "Befund 03/2026: Abduktion rechts aktiv 90 Grad, Kraftgrad 4/5, Schmerz VAS 5",
    ], title="Befundbericht", day=9)
    z = ZIP("Unterlagen_BU-Fall_L77029130.zip", [
        ("01_Gutachtenauftrag.docx", auftrag),
        ("02_Befundbericht_Dr_Moosbauer.pdf", befund),
        ("03_Taetigkeitsbeschreibung.txt",
         "Tätigkeitsbeschreibung des Versicherten (Angaben vom 12.12.2025):\r\n"
         "Dachdecker, Vollzeit 40 Std., Steildach/Flachdach, 60 % Überkopf- und Armvorhaltearbeiten,\r\n"
         "Tragen von Ziegeln und Bahnen bis 25 kg, Arbeiten auf Leitern und Gerüsten.\r\n"),
    ], day=26)
    body = """Sehr geehrte Frau Dr. Lanzinger,

wir beauftragen Sie mit einem orthopädischen Gutachten zur Frage der
Berufsunfähigkeit unseres Versicherten Herrn Andreas Gröbmaier. Auftrag,
Befundbericht des behandelnden Orthopäden und die Tätigkeitsbeschreibung
finden Sie im Anhang (ZIP). Die Schweigepflichtentbindung des Versicherten
für die Begutachtung liegt vor.

Das Kennwort für das Archiv erhalten Sie wie vereinbart telefonisch –
dieses Mal habe ich es versehentlich ohne Kennwort gepackt; bitte
entschuldigen Sie. Ich habe unsere Datenschutzbeauftragte informiert.

Herr Gröbmaier ist telefonisch unter 0171 4428 913 erreichbar und hat
Termine ab dem 7. April angeboten.

""" + sig("seidl")
    return mail(F("seidl"), "MedVal Gutachteninstitut <auftraege@medval-gutachten.example>",
                "Gutachtenauftrag BU – Gröbmaier, Andreas (L 7702 9130 44)", when(26, 10, 40), body,
                cc=F("eder"), atts=[z])


@M("NORMAL", "en", "insurer-to-customer",
   "trap: prospect receives generic information on international health plans; no contract, no health data of the person")
def m104():
    body = """Dear Mr Sato,

thank you for your interest in our international health plans. You
mentioned that your employer is sending you from Tokyo to our region for
three years and that your family (partner and two children) will come
with you.

Our Global Expat Care plans are available in three levels:

  Level     Outpatient       Inpatient              Dental     Annual limit
  Standard  80 %, GP first   shared room            -          EUR 1 million
  Premium   100 %            private room           80 %       EUR 3 million
  Elite     100 %            private room, any      100 %      unlimited
                             hospital worldwide

All plans meet the requirements for a residence permit in Germany and can
be combined with cover in your home country.

For a quote I would need the dates of birth of everyone to be insured,
your planned start date and the country of nationality - please send
these through the secure form on our website
(www.hainbuche-gruppe.example/expat-quote) rather than by e-mail. The
application will ask a few health questions; I am happy to go through
them with you on a call.

""" + sig("bennett", "en")
    return mail(F("bennett"), "Kenji Sato <kenji.sato@global-mail.example>",
                "Your enquiry: international health insurance for your family", when(26, 11, 10), body,
                lang="en")


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "named customer's deer-collision claim under partial cover: plate, claim number, repair estimate (nobody hurt)")
def m105():
    body = """Dear Ms O'Connell,

I'm sorry about your encounter with the deer on the Ergolding bypass on
Monday evening - good to hear you were not hurt.

Collisions with game are covered by the partial cover (Teilkasko) of your
motor policy S-KF-6651047 (Mazda CX-30, plate LA-SO 512), so your
no-claims class is not affected. I have registered the claim under
SCH-2026-005705.

What I still need:
- the game accident certificate ("Wildunfallbescheinigung") from the
  hunting tenant or the police - the police officer will have given you
  a form or a case number,
- photos of the damage, and
- the repair estimate from the garage.

The garage has already sent an estimate of EUR 3,410; after your partial
cover excess of EUR 150, we would pay EUR 3,260 directly to the garage
once the certificate is in.

""" + sig("hubernowak", "en")
    return mail(F("hubernowak"), "Sarah O'Connell <sarah.oconnell@icloud.example>",
                "Deer collision 23 March - claim SCH-2026-005705", when(26, 12, 30), body, lang="en")


@M("NORMAL", "en", "internal",
   "trap: underwriting guideline update on nicotine (cotinine) tests and smoker rates; rules only, no applicant")
def m106():
    body = """Hi team,

from 1 April the following changes apply to smoker status in life and
disability underwriting (manual chapter 4.3, version 2026-2):

1. Cotinine urine test
   - required for sums insured above EUR 500,000 (term life) or annual
     disability benefit above EUR 30,000, instead of the current
     EUR 750,000 / EUR 36,000;
   - threshold for "non-smoker" remains < 200 ng/ml; values between 200
     and 500 ng/ml with a plausible explanation (nicotine replacement
     therapy) are referred to Dr. Oberhuber.
2. E-cigarettes and heated tobacco count as smoking; snus and nicotine
   pouches too. This now matches Nordkap Re's manual.
3. Ex-smokers qualify for non-smoker rates after 12 months without any
   nicotine (previously 24 months).
4. Misrepresentation: if a test contradicts the declaration, do not
   decline automatically - ask the applicant first, using template
   UW-NIC-02.

The updated manual is on the wiki; Thursday's case meeting will have a
short Q&A.

Serkan

""" + sig("yildiz", "en", short=True)
    return mail(F("yildiz"), "Life & Disability Underwriting <uw-leben@%s>" % DOM,
                "Smoker status: changes from 1 April (manual 4.3)", when(26, 14, 0), body)


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: print order for the members' magazine with health article topics and circulation; no member data")
def m107():
    body = """Hallo Herr Wimbauer,

hiermit geben wir die Ausgabe 2/2026 unseres Mitgliedermagazins
"Hainbuche aktuell" zum Druck frei:

  Umfang:      32 Seiten + Umschlag, 4/4-farbig, 90 g Bilderdruck matt
  Auflage:     48.500 Exemplare
  Druckdaten:  PDF/X-4, Upload heute 14:00 Uhr auf Ihren FTP
               (Ordner HVG_Magazin_2026-2)
  Themen:      Rückenschmerzen vorbeugen – was wirklich hilft;
               Pflegegrad beantragen: Schritt für Schritt;
               Hautkrebs-Screening ab 35; Reisen mit Medikamenten;
               Gewinnspiel, Rätsel
  Versand:     Adressierung und Postauflieferung wie immer durch Ihren
               Lettershop. Die Adressdatei liefert unser Rechenzentrum
               verschlüsselt direkt an den Lettershop (nicht an Sie).
  Termin:      Postauflieferung spätestens 14.04.2026

Bitte schicken Sie uns wie gewohnt zwei Andrucke zur Freigabe.

Viele Grüße
Lena Forster
Unternehmenskommunikation, Hainbuche Versicherungsgruppe
"""
    return mail(F("forster"), "Johann Wimbauer <j.wimbauer@druckhaus-ergolding.example>",
                "Druckfreigabe Hainbuche aktuell 2/2026", when(26, 15, 0), body)


@M("CONFIDENTIAL", "de", "lawyer",
   "lawyer's claim letter against a named liability customer forwarded as attached message: property damage, amounts, no injury")
def m108():
    fw = inner("Kanzlei Stangl Rechtsanwälte <post@kanzlei-stangl.example>",
               "Haftpflicht-Schaden <haftpflicht@%s>" % DOM,
               "Ihr VN Andreas Pointner – Schaden vom 28.02.2026 – unser Zeichen 66/26 ST",
               when(25, 11, 12),
               """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Werner Staudinger, Rosenweg 3, 84032
Altdorf, vertreten.

Ihr Versicherungsnehmer, Herr Andreas Pointner, Rosenweg 5, 84032 Altdorf
(Privathaftpflicht S-PH-2033917), hat am 28.02.2026 beim Fällen einer
Fichte auf seinem Grundstück den Gartenzaun, das Gewächshaus und den
Carport unseres Mandanten beschädigt. Personen wurden nicht verletzt.

Wir machen folgende Schäden geltend:
  Gewächshaus (Aluminium/Glas, 3 x 4 m), Neuwert    4.290,00 EUR
  Doppelstabmattenzaun 12 lfm                        1.344,00 EUR
  Carport-Dach (Trapezblech) Reparatur                2.870,00 EUR
  Entsorgung Baumteile                                 480,00 EUR
  Kostenpauschale                                       25,00 EUR
  Summe                                              9.009,00 EUR

Wir bitten um Zahlung bis 15.04.2026 auf unser Anderkonto. Die
Kostennote über unsere Gebühren fügen wir bei.

Mit freundlichen Grüßen
Stangl
Rechtsanwältin
""", charset="iso-8859-1", cte="quoted-printable")
    body = """Hallo Elif,

das Schreiben der Kanzlei Stangl kam per Mail in die Sammeladresse,
ich habe es dir als Anlage weitergeleitet. Schaden ist noch nicht
angelegt; der VN hat den Schaden selbst bisher nicht gemeldet.

Gruß
Nina
"""
    return mail(F("zellner"), F("demirci"), "WG: Ihr VN Andreas Pointner – Schaden vom 28.02.2026",
                when(26, 16, 10), body, atts=[FWD(fw, "Kanzlei Stangl 66-26 ST.eml")])


@M("NORMAL", "de", "insurer-to-partner",
   "trap: framework agreement price list with a hearing-aid acoustician chain (device classes, prices); no patient")
def m109():
    body = """Sehr geehrter Herr Dr. Hirschauer,

wie besprochen hier die abgestimmten Konditionen für die Verlängerung
unseres Rahmenvertrags ab 01.05.2026 zur Weiterleitung an Ihre
Geschäftsführung:

  Geräteklasse         Preis je Gerät (inkl. Anpassung,   bisher
                       6 Jahre Service)
  Basis (Kassenniveau)   0 EUR Eigenanteil über Kasse      0 EUR
  Komfort              1.190 EUR                         1.240 EUR
  Premium              1.890 EUR                         1.960 EUR
  Premium Plus (Akku)  2.290 EUR                         2.390 EUR

Weitere Punkte:
- Unsere Mitglieder erhalten auf Zubehör und Batterien 15 % Nachlass.
- Kostenvoranschläge gehen weiterhin direkt an die Mitglieder; wir
  erhalten keine Audiogramme oder Kundendaten von Ihnen, solange das
  Mitglied sie nicht selbst einreicht.
- Der Vertrag gilt für alle 38 Filialen in Bayern und Oberösterreich.

Bitte schicken Sie mir die unterschriebene Fassung bis Ende April.

""" + sig("kainz")
    return mail(F("kainz"), "Dr. Stefan Hirschauer <s.hirschauer@hoerwelt-sued.example>",
                "Rahmenvertrag Hörsysteme – Konditionen ab 01.05.2026", when(27, 8, 0), body)


@M("NORMAL", "en", "internal",
   "trap: comments on a reinsurance treaty wording draft (DOCX), clauses on pandemics and data protection; no person")
def m110():
    doc = DOCX("QS-07_2027_wording_comments_HVG.docx", [
        "# Quota share treaty QS-07 (disability) – wording draft 2027 v2 – Hainbuche comments",
        [["Clause", "Draft text (Nordkap Re)", "Hainbuche comment"],
         ["4.2 Pandemic", "Claims arising from a declared pandemic are excluded above an event limit of EUR 5m.",
          "Not acceptable for disability; long COVID claims are individual disabilities, not an event. Propose deletion or a 36-month hours clause."],
         ["7.1 Claims cooperation", "Reinsurer to approve claims above EUR 250,000 present value.",
          "Agree, but approval deemed given after 15 working days."],
         ["9.3 Data protection", "Cedant to provide full medical files on request.",
          "Only pseudonymised summaries unless the insured has consented; medical files via the reinsurer's CMO only. Reference Art. 9(2)(f) GDPR and Section 203 StGB."],
         ["12 Profit commission", "20 % after 3-year loss carry-forward.", "Ask for 25 % and 2-year carry-forward."]],
        "Prepared by Dr. Hannah Kerschbaum, reviewed by Legal (M. Holzner), 26 March 2026.",
    ], title="QS-07 wording comments", author="Dr. Hannah Kerschbaum", day=26)
    body = """Martin,

attached our comments on Nordkap Re's draft wording for QS-07 2027. Could
you have a last look at 9.3 (data protection) before I send it on
Monday? I rewrote it after Sabine's remarks.

Thanks
Hannah
"""
    return mail(F("kerschbaum"), "Martin Holzner <martin.holzner@%s>" % DOM,
                "QS-07 wording 2027 - our comments (draft)", when(27, 8, 40), body, atts=[doc], cc=F("eder"))


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "legal expenses cover for a named tenant's dispute over a rent increase: landlord, rent figures, claim number")
def m111():
    body = """Dear Mr Karimi,

thank you for sending your landlord's letter. Your legal expenses policy
RS-3318820 includes tenancy law for the flat you live in, so we can grant
cover for advice and, if necessary, court proceedings:

  Claim no.:          RS-2026-01418
  Dispute:            rent increase to the local comparative rent,
                      letter of Isartal Wohnen GmbH dated 2 March 2026
  Current rent:       EUR 780.00 (net, cold)
  Demanded rent:      EUR 897.00 from 1 June 2026 (+15 %)
  Excess:             EUR 150

The landlord has to justify the increase, e.g. with the local rent index
("Mietspiegel"), and may not raise the rent by more than 15 % within three
years. You have until the end of the second month after receiving the
letter to agree or refuse - so please do not sign anything before you
have spoken to a lawyer.

If you don't have a lawyer yet, our partner hotline (+49 871 9344-4444)
can recommend one who speaks English.

""" + sig("demirci", "en")
    return mail(F("demirci"), "Ahmed Karimi <ahmed.karimi@posteo.example>",
                "Your tenancy dispute - legal expenses cover RS-2026-01418", when(27, 9, 30), body, lang="en")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "harmless body; only the PDF statement names the member's treatments, diagnoses (E11.9, H52.2) and reimbursements")
def m112():
    pdf = PDF("Leistungsabrechnung_2026-03-27.pdf", [
        "# Hainbuche Krankenversicherung a.G. – Leistungsabrechnung vom 27.03.2026",
        "Mitglied: Wolfgang Schatz, Versicherungsnummer H 1907 3384 01, Tarif HKV Basis",
        "",
        "Beleg 1: Dr. med. Irmgard Sax, Innere Medizin, Rechnung vom 09.03.2026",
        "  Diagnose: Diabetes mellitus Typ 2 ohne Komplikationen (E11.9), Hypercholesterinämie (E78.0)",
        "  GOÄ 1, 5, 3511, 3561 (HbA1c), 3562.H1 – Rechnungsbetrag 142,38 EUR – erstattet 142,38 EUR",
        "Beleg 2: Apotheke St. Martin, Quittung vom 10.03.2026",
        "  Metformin 1000 mg N3, Atorvastatin 20 mg N3 – 48,90 EUR – erstattet 48,90 EUR",
        "Beleg 3: Augenoptik Seitz, Rechnung vom 12.03.2026",
        "  Brillengläser Gleitsicht, Astigmatismus (H52.2) – 620,00 EUR – erstattet 300,00 EUR (Höchstbetrag Sehhilfen)",
        "",
        "Summe Rechnungen: 811,28 EUR   Summe Erstattung: 491,28 EUR",
        "Selbstbehalt 2026: bereits ausgeschöpft",
        "Überweisung auf Ihr Konto mit Endziffern ...4471 am 30.03.2026",
    ], title="Leistungsabrechnung", author="Hainbuche Krankenversicherung a.G.", day=27)
    body = """Sehr geehrter Herr Schatz,

anbei erhalten Sie Ihre aktuelle Abrechnung.

Freundliche Grüße
Ihr Leistungsservice

Hainbuche Krankenversicherung a.G.
Diese Nachricht wurde automatisch erstellt.
"""
    return mail("Hainbuche Leistungsservice <leistungsservice@%s>" % DOM,
                "Wolfgang Schatz <wolfgang.schatz@t-online.example>", "Ihre Abrechnung",
                when(27, 10, 2), body, atts=[pdf])


@M("NORMAL", "de", "insurer-to-partner",
   "trap: the insurer's own (company) collection account and creditor ID change, sent to its bank; no natural person")
def m113():
    body = """Sehr geehrte Frau Gottschaller,

zur Umstellung des Beitragseinzugs der Hainbuche Sachversicherung AG auf
das neue Inkassokonto bestätigen wir Ihnen die abgestimmten Daten:

  Kontoinhaberin:  Hainbuche Sachversicherung AG
  neues Konto:     IBAN DE22 7435 0000 0008 8304 12, BIC BYLADEM1LAH
  Gläubiger-ID:    DE71ZZZ00002187445 (unverändert)
  erster Einzug:   SEPA-Lastschrift-Datei zum 01.04.2026
                   (ca. 61.400 Einzelposten, Volumen ca. 14,2 Mio. EUR)

Das bisherige Konto bleibt bis 30.06.2026 für Rücklastschriften und
Überweisungseingänge bestehen. Die Freigabe erfolgt wie besprochen mit
zwei Unterschriften über das EBICS-Verfahren (VEU).

Freundliche Grüße

i. A. Ramona Leitner
Beitragsbuchhaltung und Inkasso
Hainbuche Sachversicherung AG
"""
    return mail(F("leitner"), "Claudia Gottschaller <c.gottschaller@landshuter-sparkasse.example>",
                "Umstellung Inkassokonto Hainbuche Sachversicherung AG zum 01.04.2026", when(27, 11, 0), body)


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "named customer's dog bit the neighbour's dog: liability claim, vet bill of the injured animal, claim number (animal health only)")
def m114():
    body = """Dear Mr Lindgren,

thank you for reporting the incident of 21 March in the park at
Hofgarten, when your dog Loki bit the neighbour's dachshund. No person
was hurt, as you wrote.

Your dog owner's liability policy S-TH-0441908 covers the claim of the
dachshund's owner, Mrs Brigitte Waxenberger. She has sent us the bill of
Tierarztpraxis Dr. Steinleitner:

  wound treatment under sedation, suture of a bite wound on the neck,
  antibiotics, two follow-up visits          EUR 612.45

We will pay this amount directly to Mrs Waxenberger (claim
SCH-2026-005802). Your excess of EUR 150 will be invoiced to you
separately.

Please do not pay anything yourself, and refer any further questions from
your neighbour to me.

""" + sig("demirci", "en")
    return mail(F("demirci"), "Erik Lindgren <erik.lindgren@mailbox.example>",
                "Loki and the dachshund - claim SCH-2026-005802", when(27, 11, 50), body, lang="en")


@M("STRICTLY_CONFIDENTIAL", "en", "doctor",
   "Irish GP's report on a named disability claimant forwarded to the company doctor: multiple sclerosis (G35), therapy, work capacity")
def m115():
    body = """Renate,

the GP's report for Ms Gallagher (BU-2026-0117) came in - see below.
Diagnosis now confirmed. Could you give me your view on the 50 % question
for her job? I'd like to decide before Easter if possible.

Markus

---------- Forwarded message ---------
From: Dr. Aidan Kavanagh <reception@rathmines-gp.example>
Date: Thu, 26 Mar 2026 at 17:22
Subject: RE: Medical report request - Ms Niamh Gallagher (claim BU-2026-0117)
To: <bu-leistung@hainbuche-gruppe.example>

Dear Mr Seidl,

re: Niamh Gallagher, DOB 04/07/1981

Ms Gallagher has attended this practice since November 2025. She was
referred to Dr. O'Sullivan, consultant neurologist, Beaumont Hospital.
MRI brain and spine (08/12/2025) showed multiple periventricular and
juxtacortical lesions and one cervical cord lesion; CSF oligoclonal
bands positive. Diagnosis: relapsing-remitting multiple sclerosis (G35),
confirmed 14/01/2026. She started ocrelizumab 600 mg i.v. on 02/02/2026.

Current symptoms: marked fatigue (FSS 5.9), reduced walking distance
(approx. 500 m), intermittent blurred vision, impaired concentration in
the afternoon. EDSS 3.0 per neurology letter.

In my opinion she is currently able to work about 3-4 hours per day in a
sedentary role; frequent travel is not realistic at present.

Yours sincerely,
Dr. Aidan Kavanagh MICGP
Rathmines Family Practice, Dublin 6
"""
    return mail(F("seidl"), F("oberhuber"), "Fwd: Medical report Gallagher (BU-2026-0117)", when(27, 13, 5),
                body, lang="en")


@M("NORMAL", "mixed", "internal",
   "trap: German/English glossary for translating the dental supplement brochure; product terms, no person")
def m116():
    body = """Hi Oliver,

für die englische Fassung der Zahnzusatz-Broschüre hier unser Glossar-
Vorschlag. Könntest du drüberschauen, ob das für Expats verständlich ist?
Die Übersetzungsagentur braucht es bis Dienstag.

  Zahnersatz                      dental prosthetics (crowns, bridges, dentures)
  Zahnbehandlung                  dental treatment (fillings, root canal)
  Prophylaxe / PZR                prophylaxis / professional tooth cleaning
  Festzuschuss der Kasse          fixed subsidy of the statutory health fund
  Heil- und Kostenplan            treatment and cost plan
  Zahnstaffel                     annual benefit limits in the first years
  Wartezeit                       waiting period
  Kieferorthopädie (KFO)          orthodontics
  Implantat                       dental implant
  Inlay                           inlay

Danke!
Lena

> On 26 Mar 2026, at 16:04, Oliver Bennett wrote:
> Happy to help. Please avoid "denture" for Zahnersatz in general -
> most expats think of full dentures only. "Dental prosthetics" or
> "crowns, bridges and implants" works better. And "Festzuschuss" needs
> a one-line explanation, nobody outside Germany knows the concept.
"""
    return mail(F("forster"), F("bennett"), "Re: Glossar Zahnzusatz EN", when(27, 14, 0), body)


@M("CONFIDENTIAL", "de", "customer",
   "customer's letter changing the bank account for her motor policy, attached as message; IBAN with a typo, name and plate")
def m117():
    fw = inner("Monika Obermüller <monika.obermueller@web.example>",
               "service@%s" % DOM, "Neue Bankverbindung",
               when(26, 19, 44),
               """Hallo,

ich habe die Bank gewechselt. Bitte buchen Sie den Beitrag für meine
Autoversicherung (S-KF-5932871, Kennzeichen LA-MO 1960) ab 1. April von
meinem neuen Konto ab:

Kontoinhaberin: Monika Obermüller
IBAN: DE47 7419 0000 5944 1289 78
VR-Bank Landshut

Das alte Konto bei der Postbank wird Ende April aufgelöst.

Mit freundlichen Grüßen
Monika Obermüller
Gabelsbergerstraße 22, 84034 Landshut
""", charset="windows-1252", cte="quoted-printable")
    body = """Hallo Ramona,

Bankwechsel von Frau Obermüller (Mail anbei). Achtung: die IBAN besteht
die Prüfziffernprüfung nicht – vermutlich Zahlendreher am Ende. Ich
habe sie um Rückruf gebeten; bitte das Mandat erst nach Klärung
umstellen.

Danke, Nina
"""
    return mail(F("zellner"), F("leitner"), "WG: Neue Bankverbindung – S-KF-5932871 (IBAN prüfen!)",
                when(27, 8, 20), body, atts=[FWD(fw, "Neue Bankverbindung.eml")])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "tariff change under § 204 VVG for a named member: risk surcharge for type 2 diabetes (E11.9) on additional benefits")
def m118():
    body = """Sehr geehrter Herr Schatz,

Sie haben den Wechsel von HKV Basis in den Tarif HKV Komfort beantragt
(§ 204 VVG). Diesen Wechsel können wir gern durchführen; Ihre
Alterungsrückstellung wird vollständig angerechnet.

Weil HKV Komfort Mehrleistungen gegenüber Ihrem bisherigen Tarif enthält
(Einbettzimmer, Chefarztbehandlung, Erstattung über den Höchstsatz der
GOÄ), dürfen wir für diese Mehrleistungen eine Gesundheitsprüfung
verlangen. Nach Ihren Angaben und dem Befundbericht von Frau Dr. Sax
besteht seit 2021 ein Diabetes mellitus Typ 2 (E11.9), mit Metformin gut
eingestellt (HbA1c 6,8 %).

Für die Mehrleistungen bieten wir Ihnen daher an:

  Variante A: Wechsel mit Risikozuschlag von 18 % auf den
              Mehrbeitrag (= 21,96 EUR monatlich)
              neuer Gesamtbeitrag 644,31 EUR
  Variante B: Wechsel mit Leistungsausschluss für die Mehrleistungen
              bei Behandlungen wegen Diabetes und dessen Folgen, ohne
              Zuschlag; neuer Gesamtbeitrag 622,35 EUR

Bitte teilen Sie uns bis 30.04.2026 mit, welche Variante Sie wünschen;
der Wechsel erfolgt dann zum 01.05.2026.

""" + sig("schwarzmueller")
    return mail(F("schwarzmueller"), "Wolfgang Schatz <wolfgang.schatz@t-online.example>",
                "Ihr Tarifwechsel in HKV Komfort – Angebot", when(27, 15, 10), body)


@M("NORMAL", "en", "internal",
   "trap: IT ticket on OCR not recognising ICD code formats on doctors' invoices; example patterns only, no patient")
def m119():
    body = """Hi Jana, hi team,

INC-2026-032214 - OCR/classification of incoming doctors' invoices

Since the OCR engine update on 23 March, ICD-10-GM codes with a suffix
are no longer extracted as one token. Examples (synthetic, from our test
set, no real invoices):

  expected        extracted
  "M54.5 G"       "M54.5" + "G" (suffix lost)
  "S82.6 R"       "S82.6" + "R"
  "F32.1 V"       "F32.1V" (space lost)
  "Z00.0"         ok

Effect: the diagnosis check in the claims workflow flags about 7 % of
invoices as "diagnosis missing" and routes them to manual handling
(roughly 900 documents since Monday).

Could your OCR team check the tokeniser rules for the pattern

  [A-Z][0-9]{2}(\\.[0-9]{1,2})?( ?[GVZALRB])?

Sample PDFs from the synthetic test set are on the SFTP in
/tickets/032214.

Georg

""" + sig("pichlmaier", "en", short=True)
    return mail(F("pichlmaier"), "Jana Vogt <jana.vogt@sechzehnbit.example>",
                "INC-2026-032214: ICD suffixes lost after OCR update", when(27, 16, 0), body,
                cc="Katharina Sedlmeier <katharina.sedlmeier@%s>" % DOM)


@M("CONFIDENTIAL", "en", "insurer-to-company",
   "commercial cyber claim of a company with its named managing director as contact: ransomware incident, costs, policy number")
def m120():
    body = """Dear Mr Hartmann,

thank you for the call this morning. To confirm what we agreed for the
ransomware incident at Hartmann Präzisionstechnik GmbH (cyber policy
C-CY-0019204, claim CY-2026-0031):

1. Incident response: our partner Bitwächter Forensics starts on site
   today at 14:00 (contact: Ms Yilmaz, +49 89 4471 2200). Their costs
   are covered under the first-party module without excess.
2. Ransom: please do not contact the attackers or pay anything. Any
   ransom payment requires our prior written consent and a sanctions
   check.
3. Business interruption: production has stopped since Tuesday night.
   The waiting period is 12 hours; please start recording lost
   production hours and extra costs (overtime, external IT).
4. Data protection: if customer or employee data were accessed, the
   72-hour notification to the supervisory authority may apply. Our
   panel law firm (Kanzlei Rieß, Munich) will advise you free of charge.

I will check in with you every day at 17:00 until the systems are back.

""" + sig("wallner", "en")
    return mail(F("wallner"), "Christian Hartmann <c.hartmann@hartmann-praezision.example>",
                "Cyber incident - claim CY-2026-0031 - next steps", when(27, 10, 45), body, lang="en")


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "named customer increases her term life cover after the birth of her child under the guarantee option (life line, sums, premium)")
def m121():
    body = """Dear Ms Durand,

congratulations on the birth of your son Théo!

You asked whether you can increase your term life cover because of the
new family situation. Yes: your policy L 7724 8816 02 includes a guarantee
option, which allows an increase without new health questions within six
months of the birth of a child.

  Current sum insured:     EUR 200,000
  Maximum increase:        50 % of the original sum, at most EUR 100,000
  Requested increase:      EUR 100,000
  New sum insured:         EUR 300,000 from 1 April 2026
  Premium:                 EUR 21.40 -> EUR 34.95 per month
                           (increase calculated at your current age)

To complete the increase we only need a copy of the birth certificate.
You can upload it in the customer portal or reply to this e-mail.

""" + sig("weigl", "en")
    return mail(F("weigl"), "Chloé Durand <chloe.durand@orange-mail.example>",
                "Increase of your term life cover after Théo's birth", when(27, 16, 40), body, lang="en")


@M("NORMAL", "de", "internal",
   "trap: organising the members' assembly of the mutual (venue, catering, agenda, voting devices); no member named")
def m122():
    body = """Hallo zusammen,

kurzer Stand zur ordentlichen Mitgliedervertreterversammlung der
Hainbuche Krankenversicherung a.G. am Freitag, 26. Juni 2026:

Ort:        Stadtsäle Bernlochner, Landshut (Großer Saal, bestätigt)
Beginn:     10:00 Uhr, Einlass und Akkreditierung ab 9:00 Uhr
Teilnehmer: 45 Mitgliedervertreterinnen und -vertreter, Vorstand,
            Aufsichtsrat, Wirtschaftsprüfer, Gäste ca. 20

Tagesordnung (Entwurf, Freigabe durch Aufsichtsratsvorsitz bis 15.04.):
 1. Bericht des Vorstands über das Geschäftsjahr 2025
 2. Bericht des Aufsichtsrats
 3. Feststellung des Jahresabschlusses, Verwendung des Überschusses
    (Zuführung zur Rückstellung für Beitragsrückerstattung)
 4. Entlastung von Vorstand und Aufsichtsrat
 5. Nachwahlen zum Aufsichtsrat
 6. Satzungsänderung § 14 (virtuelle Teilnahme)

Offene Punkte:
- Abstimmungsgeräte: Angebot Votetech liegt vor (1.480 EUR), bitte
  bis 03.04. freigeben (Reisinger)
- Catering: Mittagessen inkl. vegetarisch/vegan, Allergenkennzeichnung
- Einladungen an die Mitgliedervertreter gehen durch das
  Vorstandssekretariat per Post, nicht per Mail

Viele Grüße
Lena Forster
Unternehmenskommunikation
"""
    return mail(F("forster"), "Projektteam MVV 2026 <mvv-2026@%s>" % DOM,
                "MVV 26.06.2026 – Stand Organisation", when(30, 8, 15), body, cc=F("reisinger"))


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "named customer's motor policy: teenage son added as driver with his birth date, new premium and plate")
def m123():
    body = """Dear Mrs Nakamura-Huber,

as requested, we have added your son as a named driver to your motor
policy S-KF-4418832 (Toyota Yaris Hybrid, plate LA-NH 303):

  Additional driver:     Kai Nakamura-Huber, born 9 August 2007
  Driving licence since: 12 February 2026 (accompanied driving from 17)
  Effective from:        1 April 2026

Because of the young driver, the annual premium rises from EUR 498.20 to
EUR 871.60. The surcharge drops after three claim-free years, and you can
remove him from the policy at any time when he gets his own car - he
could then take over a second-car discount with us.

The new policy schedule will be sent by post.

""" + sig("rieder", "en")
    return mail(F("rieder"), "Yuki Nakamura-Huber <yuki.nh@web.example>",
                "Your son as additional driver - policy S-KF-4418832", when(30, 9, 0), body, lang="en")


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "accident insurance: named customer's skiing accident, collarbone fracture (S42.0), hospital daily benefit and recovery benefit")
def m124():
    body = """Dear Mr Harper,

sorry to hear about your skiing accident on the Stubai Glacier on
14 March. We have received the discharge letter from Innsbruck University
Hospital and can pay the following benefits from your accident insurance
U-EZ-3307215:

  Hospital daily benefit:    4 days (14-17 March) x EUR 50   = EUR 200
  Recovery benefit:          4 days x EUR 50                 = EUR 200
  Total now:                                                 EUR 400

According to the discharge letter you had a displaced fracture of the
right collarbone (S42.0), treated with a plate on 15 March. If there are
lasting effects on the use of your arm, a disability benefit may also be
payable; in that case we would need a medical report no earlier than
12 months and no later than 15 months after the accident, and you must
claim it in writing within 21 months.

Get well soon, and take it easy on the slopes next winter!

""" + sig("hartl", "en")
    return mail(F("hartl"), "Ben Harper <ben.harper@gmail.example>",
                "Your skiing accident on 14 March - benefits", when(30, 10, 5), body, lang="en")


@M("NORMAL", "en", "insurer-to-partner",
   "trap: accepting a conference speaker slot on digital health claims; topic outline, no personal data")
def m125():
    body = """Dear Ms Lindholm,

thank you for the invitation. Dr. Renate Oberhuber and I are happy to
accept the slot on 10 June (Track B, 11:30-12:00) at the Insurance
Digital Health Summit in Vienna.

Working title: "From paper invoice to payment in 48 hours - what
automation can (and should not) decide in health claims"

Outline:
1. Where we are: 61 % of outpatient claims submitted via app
2. What the machine decides: duplicate checks, tariff limits, GOÄ/GOZ
   plausibility - and what it never decides: medical necessity
3. Privacy by design: health data, encryption in transit and at rest,
   why we keep medical reports out of broker channels
4. Lessons from an outage (anonymised)

Slides will be in English. Could you send us the speaker agreement and
the technical rider?

Best regards
Lena Forster
Corporate Communications, Hainbuche Insurance Group
"""
    return mail(F("forster"), "Annika Lindholm <a.lindholm@idh-summit.example>",
                "Re: Speaker invitation - Insurance Digital Health Summit 2026", when(30, 10, 40), body,
                cc=F("oberhuber"), lang="en")


@M("CONFIDENTIAL", "de", "insurer-to-broker",
   "buildings application of a broker's named clients accepted: address, sum insured, premium, policy number")
def m126():
    body = """Hallo Herr Aigner,

gute Nachricht für Ihre Kunden: Der Antrag Wohngebäude für Herrn Michael
Straßer und Frau Carina Straßer ist angenommen.

  Vertrag:                S-WG-2530418
  Risiko:                 Zweifamilienhaus, Baujahr 1962, kernsaniert 2019,
                          Prof.-Buchner-Straße 17, 84034 Landshut
  Versicherungssumme:     Wert 1914 34.600 Mark (gleitender Neuwert)
  Gefahren:               Feuer, Leitungswasser, Sturm/Hagel, Elementar
                          (ZÜRS-Zone 1)
  Selbstbeteiligung:      500 EUR
  Jahresbeitrag:          1.488,90 EUR inkl. Versicherungsteuer
  Beginn:                 01.04.2026, 00:00 Uhr

Die Police und die Courtagezusage finden Sie ab morgen in Ihrer
elektronischen Vermittlerpost. Die Kunden bekommen ihr Exemplar per Post.

Beste Grüße
Florian Stadlbauer
Maklerbetreuung Niederbayern/Oberpfalz
Hainbuche Versicherungsgruppe
"""
    return mail(F("stadlbauer"), "Bernd Aigner <info@aigner-makler.example>",
                "Antrag WG Straßer angenommen – S-WG-2530418", when(30, 11, 15), body)


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "company doctor's underwriting vote on a named applicant: hypertension values, ECG, BMI, risk surcharge")
def m127():
    body = """Hallo Serkan,

zum Antrag A-BU-2026-01772 (Freiberger, Lukas, 37 J.) nach Eingang des
Befundberichts von Frau Dr. Sattler (24.03.2026):

Befunde:
- arterielle Hypertonie Grad 1 (I10.90), ED 04/2023; Ausgangswerte
  162/98 mmHg, unter Ramipril 5 mg zuletzt 134/86 mmHg (Praxismessung
  02/2026), Langzeit-RR 01/2026 Mittelwert 131/84
- EKG 01/2026 unauffällig, kein Hinweis auf LVH; Kreatinin, Urin-Albumin
  normal
- BMI 29,4; Nichtraucher; LDL 148 mg/dl, keine Therapie
- keine AU-Zeiten wegen der Hypertonie

Votum: gut eingestellte Hypertonie ohne Endorganschaden, aber
Zusatzrisiko durch Übergewicht und LDL. Annahme mit Zuschlag 25 % auf
den BU-Beitrag; kein Ausschluss. Überprüfung des Zuschlags auf Antrag
nach 3 Jahren, wenn RR < 140/90 und BMI < 28 nachgewiesen.

Renate

--
Dr. med. Renate Oberhuber
Gesellschaftsärztin, Medizinischer Fachdienst
"""
    return mail(F("oberhuber"), F("yildiz"), "Votum A-BU-2026-01772 Freiberger", when(30, 11, 50), body)


@M("NORMAL", "de", "insurer-to-customer",
   "trap: apology to a prospect about hotline waiting times; no contract, no personal data beyond the name")
def m128():
    body = """Sehr geehrte Frau Leibl,

vielen Dank für Ihre offenen Worte. Sie haben recht: Wer uns für ein
Angebot anruft, sollte nicht 25 Minuten in der Warteschleife hängen. Dass
Sie am Montag zweimal aufgelegt haben, kann ich gut verstehen.

Der Hintergrund: Nach der Störung unseres Kundenportals in der vorletzten
Woche haben deutlich mehr Menschen angerufen als sonst. Wir haben
inzwischen zusätzliche Kolleginnen in die Telefonie geholt; die
durchschnittliche Wartezeit liegt wieder bei unter drei Minuten.

Sie hatten sich für eine Hausrat- und Haftpflichtversicherung für Ihre
erste eigene Wohnung interessiert. Frau Ertl aus unserem Team ruft Sie
wie von Ihnen gewünscht am Mittwoch zwischen 17 und 18 Uhr an. Wenn Sie
es lieber schneller möchten: Der Tarifrechner auf unserer Website zeigt
Ihnen den Beitrag sofort.

Nochmals Entschuldigung, und freundliche Grüße

Nina Zellner
Leitung Kundenservice-Center
Hainbuche Versicherungsgruppe
"""
    return mail(F("zellner"), "Sophie Leibl <sophie.leibl@gmx.example>",
                "Ihre Nachricht zu unserer Hotline", when(30, 13, 0), body)


@M("CONFIDENTIAL", "mixed", "insurer-to-customer",
   "English mail explaining a quoted German settlement letter: named customer's glass-breakage claim, amount, policy")
def m129():
    body = """Dear Ms Svensson,

you asked me to explain the letter we sent you on Friday. Here is the
German text with my explanation below it.

> Sehr geehrte Frau Svensson,
> zu Ihrem Schaden SCH-2026-005377 (Glasversicherung S-GL-0120993,
> Versicherungsort Freyung 612, 84028 Landshut) erstatten wir für das
> gesprungene Glaskeramik-Kochfeld die Kosten des Austauschs laut
> Rechnung Elektro Reithmeier vom 18.03.2026 in Höhe von 1.184,00 EUR.
> Die Entsorgung des alten Kochfelds (45,00 EUR) ist nicht versichert,
> da es sich nicht um Glas handelt. Eine Selbstbeteiligung ist nicht
> vereinbart. Der Betrag von 1.139,00 EUR wird auf Ihr Konto überwiesen.

In English: we pay EUR 1,139.00 for the replacement of your cracked
ceramic hob. The only item we cannot pay is the EUR 45.00 for disposing
of the old hob, because disposal is not part of the glass cover. There is
no excess on your policy. The money should be in your account by
Wednesday.

""" + sig("brandl", "en")
    return mail(F("brandl"), "Ingrid Svensson <ingrid.svensson@mailbox.example>",
                "Your glass claim SCH-2026-005377 - explanation of our letter", when(30, 13, 45), body)


@M("NORMAL", "en", "internal",
   "trap: release notes of the claims app (optician prescription upload, invoice checks); no user data")
def m130():
    body = """Hi all,

release 7.13.0 of the Hainbuche app and customer portal goes live on
Thursday, 2 April, 06:30 (with the fixed migration pipeline, see PIR
INC-2026-031902).

What's new for customers
- Upload of optician prescriptions together with the glasses invoice;
  the app reads the prescription values and checks the 300 EUR/2-year
  limit automatically.
- Physiotherapy: prescription and invoice can be uploaded as one
  document; the app splits them.
- Dental treatment plans: customers see the expected reimbursement
  before treatment (tariffs Zahn Plus 70/90 only).

What's new for claims handlers
- "Reason codes" for reductions are shown to the customer in plain
  language (texts approved by Legal, see wiki).
- Duplicate check now also compares invoice number + provider ID.

Known limitation: prescriptions written by hand are not read reliably;
they go to manual checking as before.

Support hotline for staff on release day: ext. 1500.

Georg

""" + sig("pichlmaier", "en", short=True)
    return mail(F("pichlmaier"), "Health claims all <leistung-kv-alle@%s>" % DOM,
                "Release 7.13.0 on 2 April - what changes for you", when(30, 14, 30), body,
                cc=F("zellner"))


@M("NORMAL", "de", "newsletter",
   "trap: health-tips newsletter (HTML only) on flu vaccination and bowel cancer screening; general advice, no individual")
def m131():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Hainbuche Gesundheitstipps April 2026</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;max-width:620px">
<h1 style="color:#3b6e2f;font-size:22px">Gesundheitstipps im April</h1>
<h2 style="font-size:17px">Darmkrebs-Vorsorge: Ab 50 lohnt sich der Blick</h2>
<p>Darmkrebs ist eine der häufigsten Krebserkrankungen in Deutschland &ndash; und eine der am besten vermeidbaren.
Bei der Darmspiegelung können Vorstufen (Polypen) direkt entfernt werden. Frauen und Männer ab 50 haben Anspruch
auf Früherkennung; Ihre Beitragsrückerstattung bleibt davon unberührt.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e4efe0"><th>Untersuchung</th><th>ab</th><th>Abstand</th></tr>
<tr><td>Stuhltest (iFOBT)</td><td>50</td><td>jährlich bis 54, dann alle 2 Jahre</td></tr>
<tr><td>Darmspiegelung (Koloskopie)</td><td>50</td><td>2 Untersuchungen im Abstand von 10 Jahren</td></tr>
</table>
<h2 style="font-size:17px">Zecken: FSME-Impfung rechtzeitig auffrischen</h2>
<p>Niederbayern ist FSME-Risikogebiet. Die Grundimmunisierung besteht aus drei Impfungen; aufgefrischt wird nach
drei bis fünf Jahren. Die Kosten übernehmen wir in allen Vollversicherungstarifen.</p>
<h2 style="font-size:17px">Rückenfit am Schreibtisch</h2>
<p>Drei Übungen für zwischendurch finden Sie in unserer App unter &bdquo;Gesund leben&ldquo;.</p>
<p style="font-size:11px;color:#777">Hainbuche Krankenversicherung a.G., Hainbuchenallee 1, 84036 Landshut &middot;
<a href="https://www.hainbuche-gruppe.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>
"""
    return mail("Hainbuche Gesundheit <newsletter@%s>" % DOM,
                "Gesundheitstipps <gesundheitstipps@lists.%s>" % DOM,
                "Gesundheitstipps: Darmkrebs-Vorsorge, FSME, Rückenfit", when(30, 6, 30), html=html,
                html_only=True, extra=[("Precedence", "bulk")])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "cancellation confirmation of a named customer's motor policy after selling the car: plate, VIN, refund")
def m132():
    body = """Guten Tag Frau Eichinger,

wir bestätigen die Aufhebung Ihrer Kfz-Versicherung S-KF-3317460 für den
Opel Corsa, amtl. Kennzeichen LA-KE 77, FIN W0V7H9EC3L4210988, zum
Tag der Veräußerung am 20.03.2026. Laut Ihrer Mitteilung hat der Käufer
das Fahrzeug am 23.03.2026 auf sich umgemeldet.

Den zu viel gezahlten Beitrag für den Zeitraum 21.03.–31.12.2026 von
412,18 EUR erstatten wir auf das Konto, von dem wir den Beitrag
eingezogen haben.

Ihre Schadenfreiheitsklasse SF 14 reservieren wir sieben Jahre für Sie –
falls Sie wieder ein Auto versichern möchten, genügt ein Anruf.

""" + sig("rieder")
    return mail(F("rieder"), "Karin Eichinger <karin.eichinger@t-online.example>",
                "Bestätigung: Aufhebung Kfz-Versicherung S-KF-3317460", when(30, 15, 0), body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "short cover note; the PDF withdraws a named customer's disability policy for undisclosed depression and back treatment")
def m133():
    pdf = PDF("Ruecktritt_L77185521.pdf", [
        "# Hainbuche Lebensversicherung AG – BU-Leistungsprüfung",
        "Herrn Dominik Hanslmaier, Kirchplatz 2, 84149 Velden",
        "Versicherungsnummer: L 7718 5521 06 (selbständige Berufsunfähigkeitsversicherung)",
        "Leistungsfall: BU-2025-0842",
        "",
        "# Rücktritt vom Vertrag gemäß § 19 Abs. 2 VVG",
        "Sehr geehrter Herr Hanslmaier,",
        "im Rahmen der Prüfung Ihres Leistungsantrags vom 18.08.2025 haben wir die Unterlagen Ihrer behandelnden Ärzte ausgewertet.",
        "Danach wurden Sie in den fünf Jahren vor Antragstellung (Antrag vom 12.05.2022) wie folgt behandelt:",
        "- Dr. med. Peter Gaßlbauer, Psychiatrie: 11/2020 bis 06/2021 wegen mittelgradiger depressiver Episode (F32.1), Medikation Sertralin 100 mg,",
        "  Arbeitsunfähigkeit 9 Wochen",
        "- Orthopädie Velden: 2019 und 2021 wegen wiederkehrender Lumbalgien (M54.5), 18 Physiotherapie-Termine",
        "Die Gesundheitsfragen 3 (psychische Erkrankungen) und 5 (Wirbelsäule) haben Sie mit „nein“ beantwortet.",
        "Bei Kenntnis dieser Umstände hätten wir den Vertrag nicht geschlossen. Wir treten daher vom Vertrag zurück.",
        "Die Berufsunfähigkeit beruht auf einer rezidivierenden depressiven Störung (F33.1); eine Leistung erfolgt nicht.",
        "Den Rückkaufswert von 0,00 EUR (Risikoversicherung) erläutern wir in der Anlage.",
        "Sie können innerhalb eines Monats schriftlich Stellung nehmen. Der Versicherungsombudsmann steht Ihnen offen.",
    ], title="Rücktritt BU", author="Markus Seidl", day=30)
    body = """Sehr geehrter Herr Hanslmaier,

vorab per E-Mail unser Schreiben vom heutigen Tag; das Original erhalten
Sie per Einschreiben. Für Rückfragen stehe ich Ihnen gern telefonisch
zur Verfügung.

""" + sig("seidl")
    return mail(F("seidl"), "Dominik Hanslmaier <d.hanslmaier@gmx.example>", "Unser Schreiben vom 30.03.2026",
                when(30, 15, 45), body, atts=[pdf])


@M("NORMAL", "en", "internal",
   "trap: quarterly KPIs per line (loss ratios, claims counts) as CSV; aggregates only")
def m134():
    data = """line_of_business,gwp_q1_2026_teur,claims_paid_teur,loss_ratio,new_claims,avg_claim_eur,open_claims
health_full,88410,61903,0.70,151220,409,4388
health_supplementary,21005,14117,0.67,88940,159,1207
long_term_care,9120,5402,0.59,3215,1680,97
life_term,12700,3810,0.30,41,92927,12
disability,18210,9287,0.51,107,86794,231
accident,6115,2905,0.48,812,3578,144
motor,24880,19406,0.78,5120,3790,1630
household,7410,3113,0.42,2204,1412,389
buildings,15990,12152,0.76,3381,3594,1102
liability,6020,2770,0.46,1890,1466,403
legal_expenses,5230,3401,0.65,2417,1407,1520
travel,2140,1198,0.56,905,1324,88
"""
    body = """Hi Board office,

attached the preliminary Q1 KPI extract (January to 27 March, projected
to quarter end) for the management board meeting on 8 April. Figures are
in TEUR except counts and averages; please treat as internal until the
quarterly close.

Notable: buildings loss ratio 0.76 after the two March storms; motor
still elevated by January hail.

Paul

--
Dr. Paul Wimmer
Actuarial Function, Hainbuche Insurance Group
"""
    return mail(F("wimmer"), "Board Office <vorstandsbuero@%s>" % DOM,
                "Q1 2026 KPI extract (preliminary)", when(30, 16, 20), body,
                atts=[CSV("kpi_q1_2026_prelim.csv", data)])


@M("CONFIDENTIAL", "de", "insurer-to-partner",
   "confirmation to a mortgage bank that a named homeowner's buildings insurance exists (security certificate): address, sum, premium status")
def m135():
    body = """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 24.03.2026 (Ihr Zeichen BF-Darlehen 7701448-02)
bestätigen wir:

  Versicherungsnehmer:   Thomas und Verena Brunner
  Versicherungsort:      Am Wasserturm 9, 84034 Landshut
  Vertrag:               Wohngebäudeversicherung S-WG-2288310
  Versicherte Gefahren:  Feuer, Leitungswasser, Sturm/Hagel
  Versicherungswert:     gleitender Neuwert, Wert 1914 29.400 Mark
  Beitragsstand:         Beiträge bis 31.12.2026 gezahlt, kein Rückstand

Den Sicherungsschein zugunsten der Isarland Bausparkasse AG haben wir
heute ausgestellt; er geht Ihnen im Original per Post zu. Über
Zahlungsverzug, Kündigung oder Änderungen des Vertrags unterrichten wir
Sie danach unaufgefordert.

Freundliche Grüße

Ines Wallner
Gewerbe- und Firmenkunden Sach/HUK, Sicherungsscheine
Hainbuche Sachversicherung AG
"""
    return mail(F("wallner"), "Baufinanzierung Isarland Bausparkasse <baufinanzierung@isarland-bsk.example>",
                "Sicherungsschein Wohngebäude S-WG-2288310 (Brunner) – Ihr Zeichen BF-Darlehen 7701448-02",
                when(31, 8, 10), body)


@M("NORMAL", "de", "insurer-to-partner",
   "trap: letter to the medical association on interpreting a GOÄ analogue fee item in general; no patient or invoice named")
def m136():
    body = """Sehr geehrte Frau Dr. Riedl,

in der Leistungsprüfung begegnet uns seit Jahresbeginn gehäuft die
Abrechnung der extrakorporalen Stoßwellentherapie bei orthopädischen
Indikationen als Analogbewertung nach GOÄ Nr. 1800 analog, teilweise
zusätzlich mit Nr. 302 analog je Sitzung. Nach unserem Verständnis der
Stellungnahme des Zentralen Konsultationsausschusses ist je Sitzung nur
eine Analogbewertung nach Nr. 1800 berechnungsfähig; ein zusätzlicher
Ansatz der Nr. 302 analog wäre eine Doppelberechnung.

Wir würden unsere Sachbearbeitung gern auf eine mit der Kammer
abgestimmte Auslegung ausrichten, bevor wir Kürzungen vornehmen, und
bitten daher um Ihre Einschätzung zu folgenden allgemeinen Fragen:

1. Ist die Kombination Nr. 1800 analog + Nr. 302 analog je Sitzung aus
   Sicht der Kammer vertretbar?
2. Welcher Steigerungsfaktor ist ohne besondere Begründung angemessen?
3. Gibt es Unterschiede zwischen fokussierter und radialer Stoßwelle?

Einzelfälle oder Patientendaten übermitteln wir Ihnen selbstverständlich
nicht; es geht uns um die grundsätzliche Auslegung.

Mit freundlichen Grüßen

Dr. med. Renate Oberhuber
Gesellschaftsärztin, Medizinischer Fachdienst
Hainbuche Krankenversicherung a.G.
"""
    return mail(F("oberhuber"), "Dr. Claudia Riedl <goae@blaek-gebuehren.example>",
                "Anfrage zur Auslegung GOÄ: Stoßwellentherapie (Nr. 1800 analog)", when(31, 8, 40), body,
                cc=F("kainz"))


@M("NORMAL", "de", "insurer-to-partner",
   "trap: press release to the local newspaper about an open health day (blood pressure checks, talks); no individual")
def m137():
    body = """Sehr geehrte Frau Sturm,

anbei unsere Pressemitteilung zum Gesundheitstag; gern auch als
Terminhinweis. Fotos vom letzten Jahr schicke ich Ihnen auf Wunsch.

-----------------------------------------------------------------
PRESSEMITTEILUNG – Landshut, 31. März 2026

Hainbuche lädt zum offenen Gesundheitstag ein

Die Hainbuche Versicherungsgruppe öffnet am Mittwoch, 15. April 2026,
von 10 bis 16 Uhr ihr Haus in der Hainbuchenallee für alle Interessierten.
Auf dem Programm stehen kostenlose Blutdruck- und Blutzuckermessungen,
eine Venenmessung, Kurzvorträge zu Rückengesundheit, Pflege zu Hause und
Hautkrebs-Vorsorge sowie ein Erste-Hilfe-Crashkurs mit dem Bayerischen
Roten Kreuz. Die Messungen erfolgen anonym; Ergebnisse werden nicht
gespeichert.

„Wir wollen zeigen, dass Gesundheit schon lange vor der ersten
Arztrechnung anfängt“, sagt Vorstandsmitglied Marion Pfaffinger.

Der Eintritt ist frei, eine Anmeldung ist nicht nötig. Parkplätze stehen
im Parkhaus Hainbuchenallee zur Verfügung.
-----------------------------------------------------------------

Mit freundlichen Grüßen
Lena Forster
Unternehmenskommunikation, Hainbuche Versicherungsgruppe
Telefon +49 871 9344-1020 | presse@hainbuche-gruppe.example
"""
    return mail(F("forster"), "Redaktion Landshuter Tagblatt <lokales@landshuter-tagblatt.example>",
                "Pressemitteilung: Offener Gesundheitstag am 15. April", when(31, 9, 15), body)


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "horse owner's liability claim of a named customer: horse damaged a third party's car, no injury, claim and policy number")
def m138():
    body = """Sehr geehrte Frau Kaltenecker,

Ihre Stute "Fiona" ist am 27.03.2026 durch den offenen Weidezaun auf die
Kreisstraße LA 14 bei Furth gelaufen und hat dort den geparkten
VW Touran von Herrn Ludwig Obermaier beschädigt (Kotflügel, Außenspiegel,
Tür hinten links). Menschen wurden nicht verletzt, und Fiona hat zum
Glück nur eine Schramme.

Wir prüfen den Schaden über Ihre Pferdehalter-Haftpflichtversicherung
S-TH-0387129 unter der Schadennummer SCH-2026-005911. Der
Kostenvoranschlag der Werkstatt liegt bei 2.640,55 EUR brutto; wir lassen
ihn von unserem Sachverständigen prüfen und regulieren dann direkt mit
Herrn Obermaier.

Eine Bitte: Schicken Sie uns noch zwei Fotos vom Weidezaun und vom
Tor, und sagen Sie uns, wer die Weide an diesem Tag zuletzt kontrolliert
hat. Das brauchen wir, um die Haftungsfrage sauber zu klären.

""" + sig("demirci")
    return mail(F("demirci"), "Theresa Kaltenecker <theresa.kaltenecker@web.example>",
                "Ihr Haftpflichtschaden SCH-2026-005911 (Pferd Fiona)", when(31, 9, 50), body)


@M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
   "facultative request to the reinsurer's medical officer quoting a German dermatology report: named applicant's melanoma history")
def m139():
    body = """Dear Magnus,

could you give us a facultative quote on the case below? The sum is above
our retention and the history is borderline for our manual.

  Applicant:    Christoph Wallisch, born 1976-10-03, self-employed architect
  Application:  A-LV-2026-01088, term life EUR 1,200,000, 20 years,
                plus disability annuity EUR 36,000 p.a.
  History:      malignant melanoma, back, excised 2019, no recurrence

Extract from the dermatologist's report (German original, 19 March 2026):

  "Z. n. Exzision eines superfiziell spreitenden Melanoms am Rücken
  (C43.5), Tumordicke 0,8 mm, Clark-Level III, nicht ulzeriert, pT1b N0
  M0, Nachexzision mit 1 cm Sicherheitsabstand 07/2019, Sentinel
  negativ. Seitdem halbjährliche, seit 2024 jährliche Nachsorge inkl.
  Lymphknotensonographie und S100, jeweils unauffällig. Zahlreiche
  dysplastische Nävi (> 50), Hauttyp II. Keine weiteren Malignome."
  - Dr. med. Sabine Eggerstorfer, Dermatologie Landshut

Our view: standard for life after > 5 years disease-free, but with the
naevus count we would apply a 5-year exclusion for melanoma on the
disability cover. Your manual may be more generous - happy to hear.

Thanks and best regards
Serkan

""" + sig("yildiz", "en", short=True)
    return mail(F("yildiz"), "Dr. Magnus Ekdahl <magnus.ekdahl@nordkap-re.example>",
                "Facultative request A-LV-2026-01088 (melanoma history)", when(31, 10, 30), body,
                cc=F("kerschbaum"))


@M("NORMAL", "de", "internal",
   "trap: workplace-health back course offer for staff; health vocabulary, no participant named")
def m140():
    body = """Liebe Kolleginnen und Kollegen,

nach dem großen Andrang im Herbst bieten wir ab 20. April wieder die
"Rückenschule am Arbeitsplatz" an – acht Termine à 60 Minuten,
dienstags 16:15 Uhr, Bewegungsraum Ebene -1. Leitung: Physio am
Hofgarten (unsere Mieterin im Haus B, die Räume sind wieder trocken).

Inhalte: Haltung und Bewegung am Bildschirmarbeitsplatz, Kräftigung
der Rumpfmuskulatur, Entspannung, Tipps zur Einstellung von Stuhl und
Tisch. Der Kurs ist nach § 20 SGB V zertifiziert; gesetzlich Versicherte
können sich die Teilnahme als Präventionskurs bescheinigen lassen.

Die Teilnahme ist freiwillig; bei akuten Beschwerden sprechen Sie bitte
vorher mit Ihrem Arzt. Angaben zu Ihrer Gesundheit brauchen wir für die
Anmeldung nicht – bitte schicken Sie uns auch keine.

Anmeldung bis 10. April im Intranet unter "BGM > Kurse" (max. 14 Plätze).

Viele Grüße
Claudia Mayerhofer
Personal / Betriebliches Gesundheitsmanagement
"""
    return mail(F("mayerhofer"), "Alle Mitarbeitenden Landshut <alle-landshut@%s>" % DOM,
                "Rückenschule am Arbeitsplatz ab 20. April", when(31, 11, 0), body)


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "named customer's household burglary claim: home address, police reference, list of stolen items with values")
def m141():
    body = """Dear Dr. Mensah,

I'm sorry to hear about the break-in at your flat on the weekend. I have
registered the claim under your household contents policy S-HR-5590214
(claim SCH-2026-005948, address: Ländgasse 71, 84028 Landshut) and
received the police reference (PI Landshut, case 0412-006117-26/1).

From your list, the following items were stolen:

  MacBook Pro 14" (2024)                       EUR 2,399  receipt available
  Sony Alpha 7 IV camera with 24-70 mm lens    EUR 3,150  receipt available
  Gold chain (inherited), approx.              EUR 1,800  no receipt
  Cash                                         EUR   420
  Damaged front door lock (repair)             EUR   286  invoice available

Two notes: cash is covered up to EUR 1,500 only if kept in a locked safe;
otherwise up to EUR 500 - so the EUR 420 are fine. For the gold chain,
any photo or valuation you may have will help; otherwise we will estimate
the value with a jeweller.

Please also send us the list of stolen items that you gave to the police
("Stehlgutliste"). Once that is in, I can settle within a week.

""" + sig("brandl", "en")
    return mail(F("brandl"), "Dr. Kwame Mensah <k.mensah@uni-mail.example>",
                "Break-in at your flat - claim SCH-2026-005948", when(31, 11, 40), body, lang="en")


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "expat member's pregnancy: due date, planned delivery hospital and maternity benefit pre-registration")
def m142():
    body = """Dear Mrs Rao,

congratulations on your pregnancy, and thank you for registering it with
us early.

Your Global Expat Care Premium plan (member no. H 7730 4417 02) has been
running since June 2024, so the 8-month waiting period for maternity
benefits is fulfilled. Based on the letter from Dr. Lim, we have noted:

  Expected delivery date:  14 August 2026
  Planned hospital:        Pantai Hospital Kuala Lumpur
  Prenatal care:           Dr. Lim Siew Ling, obstetrics, KL

What is covered:
- prenatal check-ups, ultrasound scans and blood tests in full
- delivery (natural or caesarean section) and hospital stay in a private
  room, including the newborn's care
- postnatal check-ups up to 8 weeks after delivery

Please ask the hospital to send us their pre-admission estimate about six
weeks before the due date, and we will issue a guarantee of payment. To
insure your baby from birth without health questions, just send us the
birth certificate within two months after the birth.

All the best for the coming months!

""" + sig("bennett", "en")
    return mail(F("bennett"), "Anjali Rao <anjali.rao@klmail.example>",
                "Your maternity pre-registration", when(31, 12, 20), body, lang="en")


@M("NORMAL", "en", "insurer-to-supplier",
   "trap: translation order for an anonymised claim letter template with placeholders; no real person")
def m143():
    doc = DOCX("Template_KV_Erstattung_Teilkuerzung_DE.docx", [
        "# Hainbuche Krankenversicherung a.G. – Vorlage KV-TB-07 (Teilkürzung)",
        "«Anrede» «Name»,",
        "wir haben Ihre Rechnung von «Leistungserbringer» vom «Rechnungsdatum» geprüft und erstatten «Betrag_erstattet» EUR von «Betrag_Rechnung» EUR.",
        "Die Differenz ergibt sich aus «Kürzungsgrund_Text».",
        "Beispiel (fiktiv): Max Mustermann, Rechnung Physiotherapie Muster, 100,00 EUR, erstattet 80,00 EUR (Tarif 80 %).",
        "Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie sich an den Ombudsmann Private Kranken- und Pflegeversicherung wenden.",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ], title="KV-TB-07", author="Katharina Sedlmeier", day=31)
    body = """Dear Mr Bauer,

please find attached our German template KV-TB-07 (partial reimbursement
letter) for translation into English, for use by our International Health
Desk.

Important:
- Do not translate the placeholders in «guillemets»; keep them exactly
  as they are.
- The example with "Max Mustermann" is fictitious and only illustrates
  how the fields are filled; please translate it with "John Doe".
- The reference to the "Ombudsmann Private Kranken- und
  Pflegeversicherung" should stay in German, followed by
  "(Ombudsman for private health and long-term care insurance)".

Deadline: 9 April. Purchase order BE-2026-00489, framework rate applies.

Best regards
Oliver Bennett
International Health Desk, Hainbuche Insurance Group
"""
    return mail(F("bennett"), "Florian Bauer <projects@lingua-isar.example>",
                "Translation order BE-2026-00489 - template KV-TB-07 (DE>EN)", when(31, 13, 0), body,
                atts=[doc], lang="en")


@M("CONFIDENTIAL", "en", "insurer-to-broker",
   "commission statement for a sole-trader broker (natural person): his IBAN, tax number and commission amounts")
def m144():
    body = """Dear Patrick,

your commission statement for March 2026 (broker no. V-31540) is now in
your broker post. Summary:

  Property & casualty commission              EUR 1,842.60
  Life & health acquisition commission        EUR 4,310.00
  Cancellation reserve (10 %)                - EUR   615.26
  Payout                                       EUR 5,537.34

Payment on 2 April to:
  Patrick Doyle Insurance Services (sole trader)
  IBAN DE12 7405 1230 6803 7778 88

As you are registered as a small business under § 19 UStG, no VAT is
shown. Your tax number on file is 143/221/50187 (Finanzamt München);
please let us know if this has changed since your move to Freising, as
it appears on our annual commission certificate.

Best regards
Ramona Leitner
Premium Accounting - Commissions, Hainbuche Insurance Group
"""
    return mail(F("leitner"), "Patrick Doyle <patrick@doyle-insurance.example>",
                "Commission statement March 2026 - V-31540", when(31, 13, 40), body, lang="en")


@M("NORMAL", "de", "insurer-to-partner",
   "trap: cooperation report to a care support centre with aggregated counselling figures; no care recipient named")
def m145():
    body = """Sehr geehrte Frau Wiesmeier,

wie im Kooperationsvertrag vereinbart, hier unsere Zahlen zum
1. Quartal 2026 für den Landkreis Landshut:

  Pflegeberatungen nach § 7a SGB XI (durch compass)     84
    davon telefonisch                                   51
    davon Hausbesuch                                    33
  Beratungsbesuche nach § 37 Abs. 3 SGB XI             212
  Erstanträge auf Pflegeleistungen                     47
  Anträge auf wohnumfeldverbessernde Maßnahmen         19
    (häufigste Maßnahme: Treppenlift, bodengleiche Dusche)

Für den gemeinsamen Infoabend "Pflege zu Hause organisieren" am
23. April im Landratsamt übernehmen wir wie besprochen den Vortrag zu
den Leistungen der privaten Pflegeversicherung und den Flyerdruck.

Einzelfälle stimmen wir wie bisher nur mit Einwilligung der
Betroffenen mit Ihnen ab.

""" + sig("loibl")
    return mail(F("loibl"), "Pflegestützpunkt Landkreis Landshut <pflegestuetzpunkt@landkreis-landshut.example>",
                "Kooperation Pflegestützpunkt – Zahlen 1. Quartal 2026", when(31, 14, 10), body)


@M("NORMAL", "de", "internal",
   "absence and deputy notice of a colleague over Easter, no reason given; organisational only")
def m146():
    body = """Hallo zusammen,

ich bin vom 02.04. bis einschließlich 13.04. nicht im Haus. Vertretung:

  Kfz-Schaden Privatkunden:  Dominik Rieder (Durchwahl 4105)
  Großschäden > 20.000 EUR:  Matthias Brandl (4150)
  Regresse:                  bleiben liegen, eilige Fristen bitte an
                             Matthias

Meine offenen Rückrufe habe ich heute alle erledigt; im Postfach
"Kfz-Schaden" liegt nichts Dringendes mehr von mir.

Frohe Ostern!
Katrin
"""
    return mail(F("hubernowak"), "Team Schaden Sach/Kfz <team-schaden@%s>" % DOM,
                "Abwesenheit 02.04.–13.04. / Vertretung", when(31, 15, 0), body, cte="8bit",
                mailer="Microsoft Outlook 16.0")


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "traffic legal expenses cover for a named driver's speeding fine: offence, fine, points, claim number")
def m147():
    body = """Sehr geehrter Herr Kronawitter,

für Ihren Einspruch gegen den Bußgeldbescheid der Zentralen
Bußgeldstelle Viechtach vom 19.03.2026 besteht Versicherungsschutz aus
Ihrer Verkehrs-Rechtsschutzversicherung RS-3290774.

  Schadennummer:   RS-2026-01503
  Vorwurf:         Überschreitung der zulässigen Höchstgeschwindigkeit
                   außerorts um 31 km/h (B 15neu, 02.02.2026, 14:52 Uhr)
  Rechtsfolgen:    Geldbuße 150 EUR, 1 Punkt, 1 Monat Fahrverbot
  Selbstbeteiligung: keine (Verkehrs-RS ohne SB)

Die Einspruchsfrist beträgt zwei Wochen ab Zustellung. Ihr Anwalt kann
Einsicht in die Messakte nehmen und prüfen, ob das Messgerät korrekt
geeicht und bedient wurde; die Kosten eines technischen Gutachtens sind
mitversichert.

Bitte geben Sie Ihrem Anwalt die Schadennummer; er rechnet direkt mit
uns ab.

Freundliche Grüße

Elif Demirci
Haftpflicht- und Rechtsschutzservice
für die Rechtsschutz-Schadenservice Isar GmbH
"""
    return mail(F("demirci"), "Sebastian Kronawitter <s.kronawitter@gmx.example>",
                "Deckungszusage Verkehrs-Rechtsschutz – RS-2026-01503", when(31, 15, 40), body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "start of a named customer's private pension annuity (life line): amounts, tax ID, IBAN; also in a scan sent as octet-stream")
def m148():
    scan = pdf_bytes([
        "# Hainbuche Lebensversicherung AG – Rentenbeginnmitteilung",
        "Versicherungsnehmer: Helmut Wagenpfeil, geb. 02.04.1961, Steuer-ID 58 204 117 390",
        "Vertrag: private Rentenversicherung L 7301 4455 10",
        "Rentenbeginn: 01.05.2026",
        "Garantierte Monatsrente: 612,40 EUR; Überschussrente: 88,15 EUR; Gesamt: 700,55 EUR",
        "Rentengarantiezeit: 10 Jahre; Todesfallleistung in der Garantiezeit an: Ehefrau Gertraud Wagenpfeil",
        "Besteuerung: Ertragsanteil 18 % (Rentenbeginn mit 65 Jahren)",
        "Auszahlung: IBAN DE75 7005 1540 5830 3154 99",
    ], title="Scan_20260331_0912", producer="Canon iR-ADV C5840 scan", day=31)
    body = """Sehr geehrter Herr Wagenpfeil,

im Anhang finden Sie unsere Rentenbeginnmitteilung, die Sie uns
unterschrieben zurückschicken wollten – sie war beim Scannen nicht
lesbar, deshalb hier noch einmal als Kopie.

Ab 1. Mai zahlen wir Ihnen aus Ihrer privaten Rentenversicherung
monatlich 700,55 EUR (davon 612,40 EUR garantiert). Besteuert wird nur
der Ertragsanteil von 18 %; die Rentenbezugsmitteilung an das
Finanzamt übernehmen wir.

Bitte bestätigen Sie uns noch, dass die Bankverbindung auf der Mitteilung
aktuell ist, dann ist alles erledigt.

""" + sig("weigl")
    return mail(F("weigl"), "Helmut Wagenpfeil <h.wagenpfeil@t-online.example>",
                "Ihre Rente ab 01.05.2026 – Rentenbeginnmitteilung", when(31, 16, 5), body,
                atts=[OCTET("Scan_20260331_0912.pdf", scan)])


@M("NORMAL", "en", "internal",
   "trap: reminder on mail retention and archiving rules (six years, § 257 HGB); no personal data")
def m149():
    body = """Dear colleagues,

as every year at the end of Q1, a short reminder on e-mail retention:

1. Business letters sent or received by e-mail (offers, confirmations,
   policy correspondence) must be kept for six years (§ 257 HGB),
   accounting-relevant documents for ten years.
2. The mail gateway archives all incoming and outgoing external mail
   automatically - including the classification result and the chosen
   delivery method. You do not need to print or save mails yourself.
3. Please do NOT store customer mails in private folders, on local
   drives or in personal cloud storage; use the case file in the claims
   or policy system.
4. Deleting a mail in Outlook does not delete it from the archive.
   Requests for erasure under Art. 17 GDPR are handled centrally by the
   data protection team.

Questions: datenschutz@hainbuche-gruppe.example

Sabine Eder
Group Data Protection Officer
"""
    return mail(F("eder"), "All staff <alle@%s>" % DOM, "Reminder: e-mail retention and archiving",
                when(31, 16, 30), body)


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "base64-encoded short reply to a member: daily sickness benefit continues during rehab after a slipped disc (M51.1)")
def m150():
    body = """Hallo Herr Dengler,

kurze Antwort auf Ihre Frage von heute Mittag: Ja, das Krankentagegeld
läuft während der Reha in Bad Weidenstein weiter. Die Reha wegen des
Bandscheibenvorfalls (M51.1) gilt als Fortsetzung derselben
Arbeitsunfähigkeit; wir brauchen dafür nur die Aufnahmebestätigung der
Klinik. Die nächste Zahlung (14 Tage x 95 EUR = 1.330 EUR) geht wie
geplant am 07.04. raus.

Gute Besserung und schöne Ostertage
Sebastian Gaßner
Krankentagegeld / Krankenhaustagegeld
Hainbuche Krankenversicherung a.G.

> Am 31.03.2026 um 12:41 schrieb Markus Dengler:
> Zahlen Sie während der Reha weiter? Ich fahre am 2.4.
"""
    return mail(F("gassner"), "Markus Dengler <markus.dengler@gmx.example>",
                "AW: Reha", when(31, 17, 10), body, cte="base64",
                irt="<9f1d3b7a-0e44@gmx.example>")


# ===========================================================================
# END OF MAILS
# ===========================================================================

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")
IBAN_TYPOS = {"DE47741900005944128978"}   # deliberate customer typo (d187-0117)


def iban_ok(s):
    s = s.replace(" ", "")
    n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return n % 97 == 1


def build(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        _CUR["n"] = i
        m = fn()
        fix_boundaries(m, i)
        name = "%s%04d.eml" % (PREFIX, i)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(to_bytes(m))
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def _texts(msg):
    """All decoded text of a parsed message, attachments included where feasible."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        else:
            data = part.get_content()
            if isinstance(data, EmailMessage):
                continue
            if data[:2] == b"PK":
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    assert z.testzip() is None
                    for n in z.namelist():
                        b = z.read(n)
                        if b[:2] == b"PK":
                            with zipfile.ZipFile(io.BytesIO(b)) as z2:
                                assert z2.testzip() is None
                        out.append(b.decode("utf-8", "replace"))
            elif data[:5] == b"%PDF-":
                assert b"%%EOF" in data[-8:]
                out.append("".join(zlib.decompress(s).decode("cp1252") for s in
                                   re.findall(rb"stream\n(.*?)\nendstream", data, re.S)))
    return "\n".join(out)


def check_dir(outdir):
    mdir = os.path.join(outdir, "mails")
    files = sorted(os.listdir(mdir))
    assert len(files) == len(MAILS), (len(files), len(MAILS))
    ids = set()
    stats = {}
    for name in files:
        raw = open(os.path.join(mdir, name), "rb").read()
        assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF in " + name
        assert b"\r" not in raw.replace(b"\r\n", b""), "bare CR in " + name
        msg = message_from_bytes(raw, policy=DEFAULT_POLICY)
        for part in msg.walk():
            assert not part.defects, (name, part.defects)
        assert msg["Message-ID"] not in ids, name
        ids.add(msg["Message-ID"])
        assert "2026" in msg["Date"], name
        assert msg["From"].addresses[0].domain.endswith(DOM), name
        for hdr in ("To", "Cc"):
            if msg[hdr]:
                for a in msg[hdr].addresses:
                    assert a.domain.endswith(".example"), (name, a)
        text = _texts(msg)
        for fwd in [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]:
            text += _texts(fwd.get_content())
        for ib in IBAN_RE.findall(text + "\n" + str(msg["Subject"])):
            compact = ib.replace(" ", "")
            if compact[4:7] == "ZZZ":      # SEPA creditor identifier, not an IBAN
                continue
            if compact[:2] in ("DE", "AT", "GB", "IE", "NL", "ES", "FR", "IT") and len(compact) >= 18:
                assert iban_ok(compact) or compact in IBAN_TYPOS, (name, ib)
        stats[msg.get_content_type()] = stats.get(msg.get_content_type(), 0) + 1
    return stats


def main():
    if "--check" in sys.argv:
        tmp = tempfile.mkdtemp(prefix="d187check")
        try:
            build(tmp)
            same = True
            for rel in ["labels.tsv"] + ["mails/" + f for f in sorted(os.listdir(os.path.join(tmp, "mails")))]:
                a = open(os.path.join(tmp, rel), "rb").read()
                p = os.path.join(HERE, rel)
                if not os.path.exists(p) or open(p, "rb").read() != a:
                    print("DIFFERS:", rel)
                    same = False
            extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
            if extra:
                print("EXTRA in folder:", sorted(extra))
                same = False
            stats = check_dir(HERE)
        finally:
            shutil.rmtree(tmp)
        cnt = {}
        for _, label, lang, kind, _r in MAILS:
            cnt[(label, lang)] = cnt.get((label, lang), 0) + 1
        for k in sorted(cnt):
            print("%-22s %-5s %3d" % (k[0], k[1], cnt[k]))
        print("top-level types:", stats)
        if not same:
            print("CHECK FAILED: output is not byte-identical")
            sys.exit(1)
        print("CHECK OK: %d mails byte-identical and parseable" % len(MAILS))
    else:
        mdir = os.path.join(HERE, "mails")
        if os.path.isdir(mdir):
            for f in os.listdir(mdir):
                if f.startswith(PREFIX) and f.endswith(".eml"):
                    os.remove(os.path.join(mdir, f))
        build(HERE)
        print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    main()
