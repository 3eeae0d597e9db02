#!/usr/bin/env python3
"""Independent labelled mail corpus dev148 for Siegel (issue 14).

"A week in the life of five clerks" at the fictitious Lindwurm Versicherungsgruppe
(domain lindwurm-versicherung.example), Monday 9 March to Friday 13 March 2026:

  * Katrin Albers   - health claims (Leistungsprüfung Krankenversicherung)
  * Dennis Wolters  - motor claims (Kfz-Schaden)
  * Ingrid Hanebeck - life and pensions administration (Leben / bAV)
  * Tobias Reinhardt- commercial underwriting (Firmenkunden Sach/Haftpflicht)
  * Selin Aydın     - HR officer (Personal)

Python standard library only.  Deterministic (seed 148): a rerun writes
byte-identical files.

    python3 make_corpus.py           # writes mails/d148-0001.eml ... and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory and validates everything

Every mail is its own hand-written function below the MAILS marker.  Shared code is
limited to MIME plumbing, attachment file writers, staff signatures and legal footers.
"""

import csv
import hashlib
import io
import os
import re
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.headerregistry import Address
from email.parser import BytesParser
from email.utils import getaddresses
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

SEED = 148
PREFIX = "d148-"
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "lindwurm-versicherung.example"
WWW = "www." + DOM
SMTP = policy.SMTP
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
LABEL = {"N": "NORMAL", "C": "CONFIDENTIAL", "S": "STRICTLY_CONFIDENTIAL"}

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def iban_de(blz, konto):
    """A German IBAN with correct ISO 7064 mod-97 check digits, grouped by four."""
    bban = "%08d%010d" % (int(blz), int(konto))
    num = int(bban + "131400")  # D=13 E=14 00
    check = 98 - num % 97
    raw = "DE%02d%s" % (check, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_raw(blz, konto):
    return iban_de(blz, konto).replace(" ", "")


def iban_ok(s):
    s = re.sub(r"\s+", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    moved = s[4:] + s[:4]
    digits = "".join(str(int(ch, 36)) for ch in moved)
    return int(digits) % 97 == 1


_WD = {9: "Mon", 10: "Tue", 11: "Wed", 12: "Thu", 13: "Fri", 14: "Sat", 15: "Sun",
       16: "Mon", 2: "Mon", 3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 7: "Sat", 8: "Sun"}


def dt(day, hhmm, month="Mar"):
    """RFC 5322 date in the week of 9-13 March 2026 (CET, +0100)."""
    if month == "Mar":
        wd = _WD[day]
    else:
        # February 2026: the 1st is a Sunday
        wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(day - 1) % 7]
    sec = int(hashlib.sha1(("%d-%s-%d-%s" % (SEED, month, day, hhmm)).encode()).hexdigest(), 16) % 60
    return "%s, %02d %s 2026 %s:%02d +0100" % (wd, day, month, hhmm, sec)


CUR = {"n": 0}


def msgid(tag="", domain=DOM):
    CUR["k"] = CUR.get("k", 0) + 1
    h = hashlib.sha1(("%d/%d/%d/%s" % (SEED, CUR["n"], CUR["k"], tag)).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], domain)


def ext_id(local, domain):
    """A Message-ID of an earlier mail written by an outside party."""
    h = hashlib.sha1(("%d/ext/%s/%s" % (SEED, local, domain)).encode()).hexdigest()
    return "<%s-%s@%s>" % (local, h[:10], domain)


def addrs(s):
    """'Dr. Uwe Lenz <x@y.example>, "Albers, Katrin" <k@y.example>' -> Address objects (quoted properly)."""
    if not isinstance(s, str):
        s = ", ".join(s)
    out = []
    for name, addr in getaddresses([s]):
        local, _, domain = addr.partition("@")
        out.append(Address(display_name=name, username=local, domain=domain))
    return tuple(out)


def hdr(date, frm, to, subject, cc=None, irt=None, refs=None, extra=(), mid_domain=DOM):
    m = EmailMessage(policy=SMTP)
    m["Date"] = date
    m["From"] = addrs(frm)
    m["To"] = addrs(to)
    if cc:
        m["Cc"] = addrs(cc)
    m["Subject"] = subject
    m["Message-ID"] = msgid(subject, mid_domain)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in extra:
        m[k] = v
    return m


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
THUNDER = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1")
CRM = ("X-Mailer", "LiWuDesk Korrespondenz 7.4")
PHONE = ("X-Mailer", "iPhone Mail (22D72)")


def text(m, body, cs="utf-8", cte="quoted-printable", flowed=False):
    m.set_content(body, subtype="plain", charset=cs, cte=cte)
    if flowed:
        m.set_param("format", "flowed")
    return m


def _meta(html, cs):
    return html.replace('<meta charset="utf-8">', '<meta charset="%s">' % cs)


def htmlonly(m, html, cs="utf-8", cte="quoted-printable"):
    m.set_content(_meta(html, cs), subtype="html", charset=cs, cte=cte)
    return m


def alt(m, body, html, cs="utf-8", cte="quoted-printable", hcte=None):
    m.set_content(body, subtype="plain", charset=cs, cte=cte)
    m.add_alternative(_meta(html, cs), subtype="html", charset=cs, cte=hcte or cte)
    return m


def attach(m, att):
    """att is what one of the file writers below returns."""
    kind = att[0]
    if kind == "bytes":
        _, data, maintype, subtype, filename = att
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    elif kind == "text":
        _, s, subtype, cs, filename, cte, params = att
        m.add_attachment(s, subtype=subtype, charset=cs, cte=cte, filename=filename,
                         params=params or None)
    elif kind == "msg":
        _, inner, filename = att
        m.add_attachment(inner, filename=filename)
    else:
        raise ValueError(kind)
    return m


def _strip_sub_mime_version(m):
    if m.get_content_maintype() == "multipart":
        for sub in m.iter_parts():
            if "MIME-Version" in sub:
                del sub["MIME-Version"]
            _strip_sub_mime_version(sub)
    elif m.get_content_type() == "message/rfc822":
        for sub in m.iter_parts():
            _strip_sub_mime_version(sub)


def finish(m, n):
    _strip_sub_mime_version(m)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_Part_%d_%04d.%d" % (SEED, n, i))
    return m


def quote(s, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in s.strip("\n").split("\n"))


# --------------------------------------------------------------------------
# attachment writers (standard library only)
# --------------------------------------------------------------------------

ZDATE = (2026, 3, 9, 8, 0, 0)


def zipbytes(members, date=ZDATE):
    """members: list of (name, bytes) or (name, bytes, 'stored')."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for mem in members:
            name, data = mem[0], mem[1]
            stored = len(mem) > 2 and mem[2] == "stored"
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


def _pdf_str(s):
    out = bytearray(b"(")
    for b in s.encode("cp1252"):
        if b in (0x5C, 0x28, 0x29):
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    out += b")"
    return bytes(out)


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = "    " + word if line.startswith("  ") else word
        else:
            cur = (cur + " " + word) if cur else word
    out.append(cur)
    return out


def pdf(title, lines, author="Lindwurm Versicherungsgruppe", created="20260309080000", width=92):
    """A small valid PDF 1.4 (Helvetica, WinAnsiEncoding) with a real text layer."""
    body = []
    for line in lines:
        body.extend(_wrap(line, width))
    per = 54
    pages = [body[i:i + per] for i in range(0, len(body), per)] or [[]]
    objs = {}
    npages = len(pages)
    page_ids = [5 + 2 * i for i in range(npages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % npages
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for pi, plines in enumerate(pages):
        pid = page_ids[pi]
        cs = bytearray()
        cs += b"BT\n/F2 13 Tf\n50 800 Td\n" + _pdf_str(title) + b" Tj\n/F1 9.5 Tf\n0 -24 Td\n12.5 TL\n"
        for ln in plines:
            cs += _pdf_str(ln) + b" Tj T*\n"
        cs += b"ET\n"
        cs += b"BT\n/F1 7 Tf\n50 30 Td\n" + _pdf_str("Seite %d von %d" % (pi + 1, npages)) + b" Tj\nET\n"
        comp = zlib.compress(bytes(cs), 9)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (pid + 1))
        objs[pid + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
    info_id = 5 + 2 * npages
    objs[info_id] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author)
                     + b" /Producer (LiWu-Druckstrecke 3.2) /CreationDate (D:" + created.encode() + b"+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n" % n + b"0000000000 65535 f \n"
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, info_id, xref)
    return bytes(out)


def att_pdf(filename, title, lines, **kw):
    return ("bytes", pdf(title, lines, **kw), "application", "pdf", filename)


def att_octet(filename, data):
    return ("bytes", data, "application", "octet-stream", filename)


def _core(title, creator, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '</cp:coreProperties>' % (xesc(title), xesc(creator), created)).encode("utf-8")


def docx(blocks, title="", creator="Lindwurm Versicherungsgruppe", created="2026-03-09T08:00:00Z"):
    """blocks: str (paragraph), ('b', str) bold paragraph, ('table', rows)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(s, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(s))

    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(para(b))
        elif b[0] == "b":
            parts.append(para(b[1], True))
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '</w:tblBorders></w:tblPr><w:tblGrid>']
            t.append('<w:gridCol w:w="%d"/>' % (9000 // ncol) * ncol)
            t.append("</w:tblGrid>")
            for r in rows:
                t.append("<w:tr>")
                for c in list(r) + [""] * (ncol - len(r)):
                    t.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (9000 // ncol, para(str(c))))
                t.append("</w:tr>")
            t.append("</w:tbl>")
            parts.append("".join(t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>' % (W, "".join(parts)))
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
    return zipbytes([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                     ("docProps/core.xml", _core(title, creator, created)),
                     ("word/document.xml", doc.encode("utf-8"))])


def att_docx(filename, blocks, **kw):
    return ("bytes", docx(blocks, **kw), "application",
            "vnd.openxmlformats-officedocument.wordprocessingml.document", filename)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, creator="Lindwurm Versicherungsgruppe", created="2026-03-09T08:00:00Z", title=""):
    """sheets: list of (name, rows); a cell is str, int or float (None = empty)."""
    files = []
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets, wb_rels = [], []
    for si, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
        files.append(("xl/worksheets/sheet%d.xml" % si, sheet.encode("utf-8")))
    ct.append("</Types>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return zipbytes([("[Content_Types].xml", "".join(ct).encode()), ("_rels/.rels", rels.encode()),
                     ("docProps/core.xml", _core(title, creator, created)),
                     ("xl/workbook.xml", wb.encode("utf-8")), ("xl/_rels/workbook.xml.rels", wbr.encode())] + files)


def att_xlsx(filename, sheets, **kw):
    return ("bytes", xlsx(sheets, **kw), "application",
            "vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mimetype, body, creator, created):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/7.6</meta:generator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date></office:meta></office:document-meta>'
            % (_ODF_NS, xesc(creator), created))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return zipbytes([("mimetype", mimetype.encode("ascii"), "stored"),
                     ("content.xml", content.encode("utf-8")),
                     ("meta.xml", meta.encode("utf-8")),
                     ("META-INF/manifest.xml", manifest.encode("utf-8"))])


def odt(blocks, creator="Lindwurm Versicherungsgruppe", created="2026-03-09T08:00:00"):
    out = ["<office:text>"]
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>%s</text:p>" % xesc(b))
        elif b[0] == "b":
            out.append('<text:h text:outline-level="2">%s</text:h>' % xesc(b[1]))
    out.append("</office:text>")
    return _odf("application/vnd.oasis.opendocument.text", "".join(out), creator, created)


def att_odt(filename, blocks, **kw):
    return ("bytes", odt(blocks, **kw), "application", "vnd.oasis.opendocument.text", filename)


def ods(sheets, creator="Lindwurm Versicherungsgruppe", created="2026-03-09T08:00:00"):
    out = ["<office:spreadsheet>"]
    for name, rows in sheets:
        out.append('<table:table table:name="%s">' % xesc(name))
        for row in rows:
            out.append("<table:table-row>")
            for v in row:
                if v is None or v == "":
                    out.append("<table:table-cell/>")
                elif isinstance(v, (int, float)):
                    shown = ("%s" % v).replace(".", ",")
                    out.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (repr(v), shown))
                else:
                    out.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
            out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "".join(out), creator, created)


def att_ods(filename, sheets, **kw):
    return ("bytes", ods(sheets, **kw), "application", "vnd.oasis.opendocument.spreadsheet", filename)


def csvtext(rows, sep=";"):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=sep, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def att_csv(filename, rows, cs="utf-8", sep=";", cte="quoted-printable", as_excel=False):
    s = csvtext(rows, sep)
    if as_excel:
        return ("bytes", s.encode(cs), "application", "vnd.ms-excel", filename)
    return ("text", s, "csv", cs, filename, cte, None)


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return [line]
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def ics(uid, start, end, summary, location, description, organizer, attendees, stamp="20260309T070000Z", method="REQUEST"):
    """start/end like 20260317T090000Z (UTC)."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
             "DTSTART:" + start, "DTEND:" + end, "SUMMARY:" + _ics_escape(summary),
             "LOCATION:" + _ics_escape(location), "DESCRIPTION:" + _ics_escape(description),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for cn, addr in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, addr))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        out.extend(_fold(ln))
    return "\r\n".join(out) + "\r\n"


def att_ics(filename, *a, **kw):
    return ("text", ics(*a, **kw), "calendar", "utf-8", filename, "quoted-printable", {"method": kw.get("method", "REQUEST")})


def att_html(filename, html, cs="utf-8"):
    return ("text", html, "html", cs, filename, "quoted-printable", None)


def att_txt(filename, s, cs="utf-8"):
    return ("text", s, "plain", cs, filename, "quoted-printable", None)


def att_zip(filename, members):
    return ("bytes", zipbytes(members), "application", "zip", filename)


def att_msg(filename, inner):
    return ("msg", inner, filename)


# --------------------------------------------------------------------------
# staff, signatures, legal footers
# --------------------------------------------------------------------------

ALB = ("Katrin Albers", "katrin.albers@" + DOM)
WOL = ("Dennis Wolters", "dennis.wolters@" + DOM)
HAN = ("Ingrid Hanebeck", "ingrid.hanebeck@" + DOM)
REI = ("Tobias Reinhardt", "tobias.reinhardt@" + DOM)
AYD = ("Selin Aydın", "selin.aydin@" + DOM)


def a(person, style="plain"):
    name, addr = person
    if style == "outlook":
        last, first = name.split(" ", 1)[1], name.split(" ", 1)[0]
        return '"%s, %s" <%s>' % (last, first, addr)
    return "%s <%s>" % (name, addr)


def box(local, name=None):
    addr = "%s@%s" % (local, DOM)
    return "%s <%s>" % (name, addr) if name else addr


FOOT = {
    "kv": ("Lindwurm Krankenversicherung a.G. | Sitz: Kassel | Amtsgericht Kassel HRB 90815\n"
           "Vorstand: Dr. Hartmut Siebel (Vors.), Claudia Emmerich, Jörg Wendland\n"
           "Vorsitzender des Aufsichtsrats: Prof. Dr. Erwin Laux"),
    "allg": ("Lindwurm Allgemeine Versicherung AG | Sitz: Kassel | Amtsgericht Kassel HRB 90412\n"
             "Vorstand: Bettina Korff (Vors.), Ralf Deimling | Aufsichtsrat: Prof. Dr. Erwin Laux (Vors.)"),
    "leben": ("Lindwurm Lebensversicherung AG | Sitz: Kassel | Amtsgericht Kassel HRB 90377\n"
              "Vorstand: Dr. Anja Preuß (Vors.), Michael Tann | Aufsichtsrat: Prof. Dr. Erwin Laux (Vors.)"),
    "serv": ("Lindwurm Versicherungsgruppe Services GmbH | Sitz: Kassel | Amtsgericht Kassel HRB 91102\n"
             "Geschäftsführung: Stefan Ullrich, Dr. Yvonne Brückner"),
}

def asc(s):
    for k, v in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"), ("ı", "i")):
        s = s.replace(k, v)
    return s


DISCLAIMER_DE = ("Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. "
                 "Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
                 "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.")
DISCLAIMER_EN = ("This e-mail may contain confidential and/or privileged information. If you are not the "
                 "intended recipient, please notify the sender immediately and delete this e-mail.")


def sig_albers(lang="de", short=False):
    if short:
        return "Viele Grüße\nKatrin Albers" if lang == "de" else "Kind regards\nKatrin Albers"
    if lang == "de":
        return ("Mit freundlichen Grüßen\n\nKatrin Albers\nLeistungsprüfung Krankenversicherung, Team 3\n"
                "Lindwurm Krankenversicherung a.G.\nUferstraße 40, 34117 Kassel\nTelefon 0561 7081-4412\n"
                "katrin.albers@%s | %s\n\n%s\n\n%s" % (DOM, WWW, FOOT["kv"], DISCLAIMER_DE))
    return ("Kind regards\n\nKatrin Albers\nHealth Claims, Team 3\nLindwurm Krankenversicherung a.G.\n"
            "Uferstrasse 40, 34117 Kassel, Germany\nPhone +49 561 7081-4412\n\n%s\n\n%s" % (asc(FOOT["kv"]), DISCLAIMER_EN))


def sig_wolters(lang="de", short=False):
    if short:
        return "Gruß\nDennis" if lang == "de" else "Cheers\nDennis"
    if lang == "de":
        return ("Freundliche Grüße\nDennis Wolters\n\nSchadenregulierung Kfz\nLindwurm Allgemeine Versicherung AG\n"
                "Uferstraße 40 | 34117 Kassel\nTel. 0561 7081-5230 | Fax 0561 7081-5299\n"
                "dennis.wolters@%s\n\n%s\n\n%s" % (DOM, FOOT["allg"], DISCLAIMER_DE))
    return ("Best regards\nDennis Wolters\n\nMotor Claims\nLindwurm Allgemeine Versicherung AG\n"
            "Uferstrasse 40 | 34117 Kassel | Germany\nPhone +49 561 7081-5230\n\n%s\n\n%s" % (asc(FOOT["allg"]), DISCLAIMER_EN))


def sig_hanebeck(lang="de", short=False):
    if short:
        return "Freundliche Grüße\nI. Hanebeck" if lang == "de" else "Kind regards\nIngrid Hanebeck"
    if lang == "de":
        return ("Mit freundlichen Grüßen\n\ni. A. Ingrid Hanebeck\nBestandsverwaltung Leben / bAV\n"
                "Lindwurm Lebensversicherung AG\nUferstraße 40, 34117 Kassel\nTelefon 0561 7081-6118\n"
                "Telefax 0561 7081-6190\n\n%s\n\n%s" % (FOOT["leben"], DISCLAIMER_DE))
    return ("Yours sincerely\n\nIngrid Hanebeck\nLife & Pensions Administration\nLindwurm Lebensversicherung AG\n"
            "Uferstrasse 40, 34117 Kassel, Germany\nPhone +49 561 7081-6118\n\n%s\n\n%s" % (asc(FOOT["leben"]), DISCLAIMER_EN))


def sig_reinhardt(lang="de", short=False):
    if short:
        return "Beste Grüße\nTobias Reinhardt" if lang == "de" else "Best\nTobias"
    if lang == "de":
        return ("Beste Grüße\n\nTobias Reinhardt\nUnderwriter Firmenkunden Sach / Haftpflicht\n"
                "Lindwurm Allgemeine Versicherung AG\nUferstraße 40, 34117 Kassel\n"
                "T +49 561 7081-7305 | M +49 170 5550 7305\n\n%s\n\n%s" % (FOOT["allg"], DISCLAIMER_DE))
    return ("Best regards\n\nTobias Reinhardt\nUnderwriter, Commercial Property & Casualty\n"
            "Lindwurm Allgemeine Versicherung AG\nUferstrasse 40, 34117 Kassel, Germany\n"
            "T +49 561 7081-7305 | M +49 170 5550 7305\n\n%s\n\n%s" % (asc(FOOT["allg"]), DISCLAIMER_EN))


def sig_aydin(lang="de", short=False):
    if short:
        return "Liebe Grüße\nSelin" if lang == "de" else "Best wishes\nSelin"
    if lang == "de":
        return ("Viele Grüße\n\nSelin Aydın\nPersonalreferentin\nLindwurm Versicherungsgruppe Services GmbH\n"
                "Personal / HR Services\nUferstraße 40, 34117 Kassel\nTelefon 0561 7081-1190\n\n%s\n\n%s"
                % (FOOT["serv"], DISCLAIMER_DE))
    return ("Best wishes\n\nSelin Aydın\nHR Officer\nLindwurm Versicherungsgruppe Services GmbH\n"
            "Uferstrasse 40, 34117 Kassel, Germany\nPhone +49 561 7081-1190\n\n%s\n\n%s"
            % (asc(FOOT["serv"]), DISCLAIMER_EN))


def html_wrap(inner, lang="de"):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
            '<style>\nbody { font-family: Calibri, Arial, sans-serif; font-size: 11pt; }\n'
            'table { border-collapse: collapse; }\ntd, th { border: 1px solid #999; padding: 2px 6px; }\n'
            '.sig { color: #555; font-size: 9pt; }\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n' % (lang, inner))


def html_sig(sig):
    lines = sig.split("\n")
    return '<p class="sig">' + "<br>\n".join(xesc(x) for x in lines) + "</p>"


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason):
    assert label in LABEL and lang in ("de", "en", "mixed"), (label, lang)
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn, LABEL[label], lang, kind, reason))
        return fn
    return deco


# ==========================================================================
# MAILS
# ==========================================================================

# --------------------------------------------------------------------------
# Katrin Albers - health claims (Leistungsprüfung Krankenversicherung)
# --------------------------------------------------------------------------


@mail("N", "de", "internal", "trap: team planning with backlog counts of doctors' bills and holidays of colleagues, no insured person")
def kv01_wochenplanung():
    m = hdr(dt(9, "08:02"), a(ALB, "outlook"), box("kv-leistung-team3", "KV-Leistung Team 3"),
            "Wochenplanung KW 11", extra=[OUTLOOK])
    text(m, """Guten Morgen zusammen,

kurz die Planung für diese Woche, damit wir nicht wieder am Freitag alles auf einmal haben:

Rückstand Stand heute 7:45 Uhr
- ambulante Arztrechnungen: 1.240 Belege (davon 310 älter als 10 Tage)
- Zahnarzt / HKP: 415
- Krankenhaus-Direktabrechnung: 62
- Hilfsmittel + Heilpraktiker: 188

Verteilung
Mo/Di: Jörg und Aylin nehmen sich die alten ambulanten Belege vor (Eingang bis 26.02.)
Mi: Ich mache die HKPs, Marion die Klinikfälle
Do: Jörg ist im Urlaub (bis einschl. Fr), Vertretung Postkorb Jörg -> Aylin
Fr: Schulung "Faktorsteigerung GOÄ" 10-12 Uhr, danach gemeinsam Restbestand

Bitte denkt dran: Anfragen an Ärzte nur noch mit dem neuen Textbaustein 4.2 (Schweigepflichtentbindung
wird jetzt automatisch mit angehängt). Der alte Baustein 4.1 ist ab heute gesperrt.

Wer Fragen hat -> einfach rüberkommen, ich bin den ganzen Tag da.

""" + sig_albers("de", short=True))
    return m


@mail("S", "de", "insurer-to-customer", "health refund statement: physiotherapy and lumbago diagnosis M54.5 named in the PDF; body names the physio invoices")
def kv02_leistungsabrechnung_kg():
    m = hdr(dt(9, "08:40"), a(ALB), "Matthias Grünewald <m.gruenewald@mailbox.example>",
            "Ihre Leistungsabrechnung vom 09.03.2026 – Versicherungsnummer K 2210.448.17",
            extra=[OUTLOOK])
    text(m, """Sehr geehrter Herr Grünewald,

vielen Dank für die Einreichung Ihrer Rechnungen des Physiotherapiezentrums am Lutherplatz.
Im Anhang erhalten Sie unsere Leistungsabrechnung. Den erstattungsfähigen Betrag von 312,48 EUR
überweisen wir in den nächsten Tagen auf Ihr bekanntes Konto.

Bitte beachten Sie: Für weitere Behandlungsserien benötigen wir jeweils eine neue ärztliche
Verordnung. Die Verordnung vom 02.02.2026 umfasst sechs Behandlungen und ist damit verbraucht.

""" + sig_albers("de"))
    attach(m, att_pdf("Leistungsabrechnung_K2210-448-17_20260309.pdf", "Leistungsabrechnung", [
        "Lindwurm Krankenversicherung a.G. - Leistungsabteilung - Uferstraße 40 - 34117 Kassel",
        "",
        "Herrn Matthias Grünewald",
        "Wolfsangerstraße 118",
        "34125 Kassel",
        "",
        "Versicherungsnummer: K 2210.448.17        Tarif: AmbuPlus 80 / SB 300",
        "Versicherte Person: Matthias Grünewald, geb. 17.09.1979",
        "Abrechnung vom 09.03.2026 (Belegeingang 02.03.2026)",
        "",
        "Beleg  Leistungserbringer                  Behandlung                         Betrag    erstattet",
        "1      Physiotherapiezentrum am Lutherplatz 3x KG, 3x Wärmetherapie            138,60 EUR  110,88 EUR",
        "2      Physiotherapiezentrum am Lutherplatz 3x KG, 3x Wärmetherapie            138,60 EUR  110,88 EUR",
        "3      Dr. med. Uwe Lenz, Orthopäde        Konsultation, Untersuchung LWS      113,40 EUR   90,72 EUR",
        "",
        "Diagnose laut Verordnung: M54.5 Kreuzschmerz (Lumbago), M53.2 Instabilität der Wirbelsäule",
        "",
        "Summe Rechnungsbeträge: 390,60 EUR",
        "Erstattungssatz Tarif AmbuPlus 80: 80 %",
        "Erstattungsbetrag: 312,48 EUR",
        "Verbleibender Selbstbehalt 2026: 187,52 EUR von 300,00 EUR",
        "",
        "Auszahlung an: Matthias Grünewald, IBAN " + iban_de("52060410", "0004471021"),
        "",
        "Diese Abrechnung wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ], author="Lindwurm Krankenversicherung a.G."))
    return m


@mail("S", "de", "insurer-to-doctor", "request to an orthopaedist for a report on a named insured: knee arthroscopy, ICD M23.2")
def kv03_arztanfrage_knie():
    m = hdr(dt(9, "09:15"), a(ALB), "Praxis Dr. med. Uwe Lenz <praxis@dr-lenz-orthopaedie.example>",
            "Anfrage Befundbericht - Ihre Patientin Frau Yvonne Sturm", extra=[CRM])
    text(m, """Sehr geehrter Herr Dr. Lenz,

Ihre Patientin, Frau Yvonne Sturm, geb. 22.04.1986, wohnhaft Goethestraße 9 in 34119 Kassel,
ist bei uns krankheitskostenversichert. Uns liegt Ihre Rechnung vom 12.02.2026 über eine
ambulante Arthroskopie des rechten Kniegelenks vor (Diagnose M23.2 Meniskusschädigung durch
alten Riss, Innenmeniskus Hinterhorn).

Für die Leistungsprüfung bitten wir Sie um einen kurzen Befundbericht zu folgenden Punkten:

1. Seit wann bestehen die Beschwerden und wann erfolgte die erste Behandlung?
2. Liegt ein Unfallereignis zugrunde (Datum, Hergang)?
3. Welche konservativen Maßnahmen wurden vor der Operation durchgeführt?
4. Ist eine weitere Behandlung (z. B. Physiotherapie, Orthese) geplant?

Eine Schweigepflichtentbindungserklärung von Frau Sturm vom 03.03.2026 liegt uns vor; eine Kopie
senden wir Ihnen auf Wunsch gern zu. Die Kosten für den Bericht übernehmen wir nach GOÄ Nr. 75.

Bitte antworten Sie über unser sicheres Postfach oder per Fax an 0561 7081-4490.

""" + sig_albers("de"), cs="iso-8859-1", cte="8bit")
    return m


@mail("S", "en", "insurer-to-customer", "pre-authorisation for a lumbar spine MRI of a named expat customer, disc prolapse suspected")
def kv04_preauth_mri():
    m = hdr(dt(9, "10:05"), a(ALB), "Rahul Menon <rahul.menon@desertmail.example>",
            "Pre-authorisation MRI - member no. K 3307.120.02",
            irt=ext_id("rm0306", "desertmail.example"), extra=[OUTLOOK])
    body = """Dear Mr Menon,

thank you for sending the referral from Dr. Farah Haddad (Al Noor Spine Clinic) on 6 March.

We are happy to confirm cover for the MRI of the lumbar spine (suspected disc prolapse L4/L5 with
sciatica on the left side) under your International Health Plan "GlobalCare Premium". The clinic
can bill us directly; the guarantee of payment has been sent to their billing office today under
reference GOP-26-0412.

Covered: MRI lumbar spine without contrast, radiologist report, one follow-up consultation.
Not covered by this approval: injections or surgery - if Dr. Haddad recommends further treatment,
please send us her report and the cost estimate first.

Your deductible for 2026 (USD 500) has not been used yet, so the first USD 500 will be charged to you
by the clinic.

Get well soon.

""" + sig_albers("en")
    html = html_wrap("""<p>Dear Mr Menon,</p>
<p>thank you for sending the referral from Dr. Farah Haddad (Al Noor Spine Clinic) on 6&nbsp;March.</p>
<p>We are happy to confirm cover for the <b>MRI of the lumbar spine</b> (suspected disc prolapse L4/L5 with
sciatica on the left side) under your International Health Plan &quot;GlobalCare Premium&quot;. The clinic
can bill us directly; the guarantee of payment has been sent to their billing office today under
reference GOP-26-0412.</p>
<table>
<tr><th>Covered</th><td>MRI lumbar spine without contrast, radiologist report, one follow-up consultation</td></tr>
<tr><th>Not covered by this approval</th><td>injections or surgery &ndash; please send us the report and the cost estimate first</td></tr>
<tr><th>Deductible 2026</th><td>USD 500, not used yet</td></tr>
</table>
<p>Get well soon.</p>
""" + html_sig(sig_albers("en")), "en")
    alt(m, body, html)
    return m


@mail("N", "de", "newsletter", "trap: forwarded association newsletter on the GOÄ fee reform, fee numbers and medical terms, no person")
def kv05_goae_newsletter():
    m = hdr(dt(9, "11:30"), a(ALB, "outlook"), box("kv-leistung-team3", "KV-Leistung Team 3"),
            "WG: PKV-Forum Nordhessen Newsletter 03/2026: GOÄ-Reform – wie geht es weiter?", extra=[OUTLOOK])
    htmlonly(m, html_wrap("""<p>Zur Info – lest bitte vor allem den Abschnitt zu den Analogbewertungen, das betrifft uns bei den
Privatklinik-Rechnungen direkt. Katrin</p>
<hr>
<p><b>Von:</b> PKV-Forum Nordhessen &lt;newsletter@pkv-forum-nordhessen.example&gt;<br>
<b>Gesendet:</b> Freitag, 6. März 2026 16:12<br>
<b>An:</b> Katrin Albers<br>
<b>Betreff:</b> PKV-Forum Nordhessen Newsletter 03/2026: GOÄ-Reform – wie geht es weiter?</p>
<h2>GOÄ-Reform: Stand März 2026</h2>
<p>Die neue Gebührenordnung für Ärzte soll nach dem aktuellen Entwurf Einzelleistungen durch
Leistungskomplexe ersetzen. Für die Leistungsprüfung bedeutet das:</p>
<ul>
<li>Der Steigerungsfaktor (bisher bis 2,3 ohne Begründung, bis 3,5 mit Begründung) entfällt weitgehend.</li>
<li>Analogbewertungen nach § 6 Abs. 2 GOÄ werden durch eine Liste ersetzt, die jährlich fortgeschrieben wird.</li>
<li>Für Labor (Abschnitt M) und Radiologie (Abschnitt O) sind feste Pauschalen vorgesehen.</li>
</ul>
<table>
<tr><th>Leistung</th><th>GOÄ alt</th><th>Entwurf neu</th></tr>
<tr><td>Beratung (Nr. 1)</td><td>10,72 EUR (2,3-fach)</td><td>19,50 EUR</td></tr>
<tr><td>Ganzkörperstatus (Nr. 8)</td><td>34,86 EUR (2,3-fach)</td><td>41,00 EUR</td></tr>
<tr><td>Sonographie Abdomen (Nr. 410)</td><td>26,81 EUR (2,3-fach)</td><td>38,20 EUR</td></tr>
</table>
<p>Unser nächstes Online-Seminar findet am 24.03.2026 statt. Anmeldung unter
https://www.pkv-forum-nordhessen.example/seminare</p>
<p style="font-size:8pt">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden:
https://www.pkv-forum-nordhessen.example/abmelden</p>
"""))
    return m


@mail("N", "en", "insurer-to-broker", "trap: generic list of documents needed for claims abroad (invoices, diagnosis, prescriptions), no insured person named")
def kv06_broker_docs_abroad():
    m = hdr(dt(9, "13:10"), a(ALB), "Finn Carstensen <f.carstensen@elbe-expat-brokers.example>",
            "Re: documents for claims abroad", irt=ext_id("fc-0307", "elbe-expat-brokers.example"),
            extra=[OUTLOOK])
    text(m, """Hi Mr Carstensen,

no problem - here is the general list, you can pass it on to all your clients with a GlobalCare plan:

- itemised invoice (date, provider, each treatment with its price, currency)
- the diagnosis, either on the invoice or on a separate medical report
- for medicines: the prescription plus the pharmacy receipt
- for physiotherapy, speech therapy etc.: the doctor's referral
- inpatient stays: please call our assistance line BEFORE admission if at all possible,
  +49 561 7081-4000 (24/7)

Invoices in English, French, Spanish or German are fine, other languages only with a translation.
Clients can upload everything in the app, photos are ok as long as they are readable.

Let me know if you need this as a PDF for your website.

""" + sig_albers("en"), cs="us-ascii", cte="7bit")
    return m


@mail("S", "mixed", "insurer-to-hospital", "cost coverage for an emergency appendectomy (K35.8) of a named student insured, German note plus English letter to a Dublin hospital")
def kv07_dublin_appendix():
    m = hdr(dt(9, "14:45"), a(ALB), "Patient Accounts <patient.accounts@stbrendans-hospital.example>",
            "Guarantee of payment - Ms Lena Hartwig, DOB 03/11/2004 - your ref. PA-558120",
            cc=box("kv-auslandsservice", "KV Auslandsservice"), extra=[OUTLOOK])
    text(m, """[Interne Notiz für den Auslandsservice: bitte Fall im System unter K 4419.007.31 anlegen,
Zahlung nach Eingang der Schlussrechnung direkt an die Klinik, Wechselkurs vom Rechnungstag. Danke! KA]

Dear Sir or Madam,

we refer to your fax of 8 March 2026 concerning our insured

    Ms Lena Hartwig, date of birth 3 November 2004
    student at Trinity Hall, Dublin
    policy no. K 4419.007.31 (travel and student health insurance)

who was admitted via your emergency department on 7 March 2026 with acute appendicitis
(K35.8) and underwent a laparoscopic appendectomy the same night.

We hereby confirm that we will cover the costs of the inpatient treatment, including the
operation, anaesthesia, histology and a semi-private room, for up to 7 days. Should a longer
stay be necessary, please send us a short medical update.

Please send the final invoice, the discharge summary and the histology report to this address
or by fax to +49 561 7081-4490, quoting our reference K 4419.007.31.

Ms Hartwig's mother has asked us to let you know that she can be reached on +49 171 5550 2284.

""" + sig_albers("en"), cte="8bit")
    return m


@mail("N", "de", "internal", "trap: IT ticket about OCR errors on dentists' and doctors' invoices with error counts per invoice type, no patient data")
def kv08_it_ocr_ticket():
    m = hdr(dt(10, "08:20"), a(ALB, "outlook"), box("it-servicedesk", "IT Servicedesk"),
            "Ticket: OCR Belegeingang liest Rechnungsdatum bei GOZ-Rechnungen falsch", extra=[OUTLOOK])
    text(m, """Hallo Servicedesk,

seit dem Update der Scan-Strecke am 02.03. erkennt die OCR bei Zahnarztrechnungen (GOZ) das
Rechnungsdatum häufig falsch. Statt Rechnungsdatum wird das Behandlungsdatum der ersten Zeile
gezogen, dadurch laufen die Belege in die Fristprüfung und werden als "verspätet" markiert.

Betroffen sind nach unserer Stichprobe vor allem Rechnungen aus zwei Abrechnungszentren
(Layout mit Datum rechts oben in der Fußzeile). Ärztliche Rechnungen nach GOÄ sind seltener
betroffen, Heilpraktiker-Rechnungen gar nicht.

Die Auswertung der Fehlerquote hängt an (nur Zähler, keine Belege, keine Personendaten).
Beispielbelege können wir Ihnen gern im Termin am Bildschirm zeigen, per Mail schicken wir sie
aus Datenschutzgründen nicht.

Priorität: hoch (ca. 60 Fehlläufer pro Tag, jeder muss manuell korrigiert werden)
Kostenstelle: 4410

""" + sig_albers("de", short=True) + "\nTeam KV-Leistung 3, Durchwahl 4412")
    attach(m, att_csv("OCR_Fehlerquote_KW10.csv", [
        ["Belegart", "Belege gesamt", "Datum falsch erkannt", "Quote %"],
        ["Zahnarzt GOZ", "1873", "291", "15,5"],
        ["Arzt GOÄ", "6402", "88", "1,4"],
        ["Krankenhaus", "377", "3", "0,8"],
        ["Heilpraktiker GebüH", "544", "0", "0,0"],
        ["Apotheke / Rezept", "2210", "12", "0,5"],
    ]))
    return m


@mail("S", "de", "insurer-to-customer", "dental treatment plan approval: implant region 36 for a named customer, GOZ positions and reimbursement")
def kv09_hkp_implantat():
    m = hdr(dt(10, "09:00"), a(ALB), "Hannelore Kästner <hannelore.kaestner@t-net-mail.example>",
            "Ihr Heil- und Kostenplan vom 24.02.2026 – Zusage", extra=[CRM])
    text(m, """Sehr geehrte Frau Kästner,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Sibylle Merz, vom 24.02.2026
geprüft. Geplant ist ein Einzelzahnimplantat in regio 36 (unten links) mit
Knochenaufbau und anschließender Versorgung mit einer vollkeramischen Krone.

Unsere Zusage im Überblick:

  Geplante Gesamtkosten laut Plan:      4.186,30 EUR
  davon Material- und Laborkosten:      1.122,00 EUR
  erstattungsfähig nach Tarif ZahnPrivat 65:   65 %
  voraussichtliche Erstattung:          2.721,10 EUR

Die Begrenzung in den ersten Versicherungsjahren (Zahnstaffel) ist in Ihrem Fall bereits
abgelaufen, da Ihr Vertrag seit 2019 besteht.

Nicht erstattungsfähig ist die Position GOZ 9090 (Knochengewinnung) mit dem Faktor 3,5, da die
Begründung im Plan fehlt. Wenn Ihre Zahnärztin die Begründung nachreicht, prüfen wir gern erneut.

Die schriftliche Zusage finden Sie im Anhang. Bitte reichen Sie nach der Behandlung die Rechnung
mit Angabe der Zahnnummern bei uns ein.

""" + sig_albers("de"), cs="windows-1252", cte="quoted-printable")
    attach(m, att_pdf("Zusage_HKP_Kaestner.pdf", "Zusage zum Heil- und Kostenplan", [
        "Versicherte Person: Hannelore Kästner, geb. 08.12.1961",
        "Versicherungsnummer: K 1187.330.05, Tarif ZahnPrivat 65",
        "Zahnärztin: Dr. med. dent. Sibylle Merz, Friedrich-Ebert-Straße 71, 34117 Kassel",
        "",
        "Befund: Zahn 36 nicht erhaltungswürdig (Längsfraktur), Extraktion am 10.02.2026",
        "Planung: Implantat regio 36, externer Sinuslift nicht erforderlich, Augmentation",
        "",
        "GOZ 9010  Implantatinsertion                  1x  3,5   496,49 EUR",
        "GOZ 9100  Aufbau des Alveolarfortsatzes       1x  2,3   424,75 EUR",
        "GOZ 9090  Knochengewinnung                    1x  3,5   185,72 EUR  (nicht erstattungsfähig)",
        "GOZ 2200  Vollkrone                           1x  2,3   261,02 EUR",
        "Material- und Laborkosten                               1.122,00 EUR",
        "",
        "Zusage: 65 % der erstattungsfähigen Kosten, voraussichtlich 2.721,10 EUR",
        "Die Zusage gilt 6 Monate ab Ausstellungsdatum.",
    ], author="Lindwurm Krankenversicherung a.G."))
    return m


@mail("S", "en", "insurer-to-customer", "short reply; the quoted customer mail describes her son's allergy tests and asthma inhaler")
def kv10_reply_allergy():
    m = hdr(dt(10, "10:30"), a(ALB), "Olivia Barnes <olivia.barnes@freemail.example>",
            "RE: receipts for Finn", irt=ext_id("ob-0309", "freemail.example"), extra=[OUTLOOK])
    text(m, """Dear Ms Barnes,

thanks, all receipts arrived and are complete. The payment of EUR 286.40 will be made this week.

Kind regards
Katrin Albers
Lindwurm Krankenversicherung a.G.

-----Original Message-----
From: Olivia Barnes <olivia.barnes@freemail.example>
Sent: Monday, 9 March 2026 21:47
To: Katrin Albers <katrin.albers@lindwurm-versicherung.example>
Subject: receipts for Finn

Hi Ms Albers,

as promised on the phone here are the receipts for Finn (policy K 2875.114.09, he is the
co-insured child on my policy). He had the skin prick tests at the paediatric allergy
clinic on 19 Feb - turns out he is allergic to birch pollen and house dust mites, so
now he has an inhaler (Salbutamol) and a nasal spray for the spring. The pharmacy receipt
is the second photo. Also there is the bill from Dr Ochs for the lung function test.

Hope thats everything, sorry the photos are a bit dark.

Best,
Olivia
""")
    return m


@mail("C", "de", "customer", "misrouted motor claim forwarded to motor claims: named customer, plate number and motor policy number, no health content")
def kv11_fehlgeleitet_kfz():
    m = hdr(dt(10, "11:15"), a(ALB, "outlook"), box("kfz-schaden", "Kfz-Schaden Posteingang"),
            "WG: Parkschaden Supermarkt – bitte um Rückruf", extra=[OUTLOOK])
    text(m, """Hallo Kolleginnen und Kollegen,

die Mail ist bei uns in der KV-Leistung gelandet, gehört aber zu Ihnen. Der Kunde ist informiert,
dass Sie sich melden.

Danke und Gruß
Katrin Albers, KV-Leistung Team 3

________________________________
Von: Lutz Behrendt <lutz.behrendt@mailbox.example>
Gesendet: Montag, 9. März 2026 19:03
An: KV Leistung <kv-leistung@lindwurm-versicherung.example>
Betreff: Parkschaden Supermarkt – bitte um Rückruf

Guten Abend,

mir ist heute auf dem Parkplatz vom Frischemarkt in Baunatal beim Ausparken ein anderer Wagen
hinten links reingefahren (silberner Opel Corsa, Fahrerin hat mir ihre Daten gegeben, sie gibt
den Schaden auch zu). Mein Auto: Skoda Octavia Kombi, Kennzeichen KS-LB 412,
Kfz-Versicherung bei Ihnen unter KF 61-3390417. Stoßstange und Rückleuchte sind hin.

Kann ich das Auto in meine Werkstatt bringen oder muss erst ein Gutachter kommen?
Bitte rufen Sie mich an: 0176 5550 8812 (ab 16 Uhr).

Mit freundlichen Grüßen
Lutz Behrendt
Am Hünenberg 3
34225 Baunatal
""", cte="base64")
    return m


@mail("N", "en", "insurer-to-supplier", "trap: quarterly counts of second medical opinions by specialty for the external medical advisory service, aggregated")
def kv12_second_opinion_stats():
    m = hdr(dt(10, "13:00"), a(ALB), "Dr. Anneke Visser <a.visser@medadvice-partners.example>",
            "Q4/2025 volumes - second opinion programme", extra=[OUTLOOK])
    body = """Dear Dr Visser,

as agreed in our service review, please find attached the Q4/2025 volumes of the second opinion
programme, broken down by specialty. The figures are counts only; no case files are included.

Two observations from our side:
- orthopaedics (knee and hip replacements) is still the largest group, with a slight decline;
- requests in oncology doubled compared to Q3, mostly because of the new brochure.

Could your team send us the average turnaround time per specialty for the same quarter? We would
like to discuss both at the next review on 26 March.

""" + sig_albers("en")
    html = html_wrap("<p>" + "</p>\n<p>".join(xesc(p).replace("\n", "<br>\n") for p in body.split("\n\n")) + "</p>", "en")
    alt(m, body, html)
    attach(m, att_xlsx("second_opinion_volumes_Q4-2025.xlsx", [
        ("Q4 2025", [
            ["Specialty", "Requests", "Opinions delivered", "Surgery avoided (self-reported)"],
            ["Orthopaedics - knee", 142, 131, 48],
            ["Orthopaedics - hip", 77, 70, 19],
            ["Spine surgery", 95, 88, 41],
            ["Oncology", 38, 35, 0],
            ["Cardiology", 22, 21, 4],
            ["Other", 17, 15, 2],
            ["Total", 391, 360, 114],
        ]),
        ("Notes", [["Counts of requests received 1 Oct - 31 Dec 2025; cells below 5 would be merged into 'Other'."]]),
    ]))
    return m


@mail("S", "de", "insurer-to-customer", "partial rejection of a naturopath invoice: acupuncture for tinnitus (H93.1) of a named customer")
def kv13_heilpraktiker_tinnitus():
    m = hdr(dt(10, "14:20"), a(ALB), "Bernd Ohlsen <b.ohlsen@nordwind-mail.example>",
            "Ihre Heilpraktikerrechnung vom 18.02.2026", extra=[OUTLOOK])
    text(m, """Sehr geehrter Herr Ohlsen,

vielen Dank für Ihre Unterlagen. Wir haben die Rechnung Ihrer Heilpraktikerin, Frau Gudrun Ebel,
über 10 Akupunktursitzungen wegen Ihres Tinnitus (Ohrgeräusche rechts, H93.1) geprüft.

Ihr Tarif NaturPlus erstattet Heilpraktikerleistungen bis zu den Höchstsätzen des
Gebührenverzeichnisses für Heilpraktiker (GebüH) und bis zu 1.000 EUR je Kalenderjahr.

  Rechnungsbetrag:                           780,00 EUR
  Höchstsatz GebüH Nr. 19.2 (10 x 51,00):    510,00 EUR
  Eigenbluttherapie (GebüH 22.1), 3x:        nicht erstattungsfähig (nicht im Tarif)
  Erstattung:                                510,00 EUR

Den Betrag überweisen wir auf Ihr Konto. Die Eigenbluttherapie ist nach § 4 Abs. 3 der
Tarifbedingungen ausgeschlossen; das hatte Ihnen auch Ihre Heilpraktikerin vorab so mitgeteilt.

Falls Sie zusätzlich eine HNO-ärztliche Behandlung haben: Diese Rechnungen können Sie
jederzeit gesondert einreichen, sie laufen über Ihren ambulanten Tarif.

""" + sig_albers("de"), cte="8bit")
    return m


@mail("S", "de", "internal", "goodwill request to the team lead for a named insured with breast cancer (C50.9) needing home care beyond the tariff")
def kv14_kulanz_anfrage():
    m = hdr(dt(10, "16:05"), a(ALB, "outlook"), "Dr. Martin Schade <martin.schade@lindwurm-versicherung.example>",
            "Kulanzanfrage K 3302.877.40 – häusliche Krankenpflege", extra=[OUTLOOK])
    text(m, """Hallo Martin,

ich bräuchte eine Entscheidung von dir zu einem Kulanzfall:

Versicherte: Frau Brigitte Lorenz, 58 J., Vertrag seit 1998, Tarif KomfortVoll
Diagnose: Mammakarzinom links (C50.9), Z. n. Mastektomie 01/2026, derzeit Chemotherapie
(4. von 6 Zyklen), deutlich geschwächt, Ehemann berufstätig

Der Pflegedienst Sonnenhof beantragt häusliche Krankenpflege (Grundpflege + Behandlungspflege)
für 8 Wochen, ca. 3.900 EUR. Der Tarif sieht häusliche Krankenpflege nur als Ersatz für einen
Krankenhausaufenthalt vor, das ist hier streng genommen nicht der Fall. Die Pflegepflicht-
versicherung greift noch nicht (Pflegegrad beantragt, Begutachtung erst im April).

Ich würde vorschlagen: Übernahme von 6 Wochen aus Kulanz, danach Neubewertung nach dem
Pflegegutachten. Frau Lorenz hat in 28 Jahren kaum Leistungen in Anspruch genommen.

Kannst du bis Donnerstag entscheiden? Der Pflegedienst fängt sonst am Montag auf eigenes Risiko an.

""" + sig_albers("de", short=True))
    return m


@mail("S", "de", "insurer-to-hospital", "direct-billing cost coverage for a planned hip replacement (M16.1) of a named insured; PDF with details")
def kv15_klinik_hueft_tep():
    m = hdr(dt(11, "08:30"), a(ALB), "Patientenaufnahme Klinikum Nordstadt <aufnahme@klinikum-nordstadt.example>",
            "Kostenübernahmeerklärung – Aufnahme 16.03.2026 – Frau Renate Vogelsang", extra=[CRM])
    text(m, """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Kostenübernahmeerklärung für den geplanten stationären Aufenthalt von
Frau Renate Vogelsang ab dem 16.03.2026 (Ihre Anfrage vom 05.03.2026).

Bitte rechnen Sie direkt mit uns ab (Klinik-Card-Verfahren). Wahlleistungen sind wie in der
Erklärung angegeben abgedeckt.

""" + sig_albers("de"), cte="quoted-printable")
    attach(m, att_pdf("Kostenuebernahme_Vogelsang_20260311.pdf", "Kostenübernahmeerklärung", [
        "An: Klinikum Nordstadt, Patientenaufnahme, Mönchebergstraße 41, 34125 Kassel",
        "",
        "Patientin: Renate Vogelsang, geb. 30.06.1952",
        "Anschrift: Heckenweg 14, 34130 Kassel",
        "Versicherungsnummer: K 0655.201.88   Tarife: KomfortVoll, Stationär Zweibett",
        "",
        "Aufnahme geplant: 16.03.2026, Fachabteilung Orthopädie/Endoprothetik",
        "Eingriff: Implantation einer Hüft-Totalendoprothese rechts (OPS 5-820.00)",
        "Aufnahmediagnose: M16.1 Sonstige primäre Koxarthrose",
        "",
        "Wir übernehmen die Kosten für:",
        "- allgemeine Krankenhausleistungen nach DRG (voraussichtlich I47C)",
        "- Wahlleistung Unterkunft: Zweibettzimmer",
        "- Wahlleistung Arzt: Chefarztbehandlung Prof. Dr. Kessler",
        "",
        "Die Kostenübernahme gilt bis zu 14 Tage. Eine Anschlussheilbehandlung ist gesondert zu beantragen.",
        "Rechnungsanschrift: Lindwurm Krankenversicherung a.G., Leistung stationär, 34117 Kassel",
    ], author="Lindwurm Krankenversicherung a.G."))
    return m


@mail("N", "en", "internal", "trap: forwarded vendor webinar invitation on ICD-10-GM 2026 changes, calendar attached, no person")
def kv16_webinar_icd():
    m = hdr(dt(11, "09:40"), a(ALB), "Aylin Demirtaş <aylin.demirtas@lindwurm-versicherung.example>",
            "FW: Webinar invitation: ICD-10-GM 2026 - what changes for claims coding", extra=[OUTLOOK])
    text(m, """Hi Aylin,

here's the webinar I mentioned, it's in English but the slides are supposed to be good. I've put
the two of us down; the invite is attached so you can drop it into your calendar.

Katrin

----- Forwarded message -----
From: CodeCraft Academy <events@codecraft-academy.example>
Date: Tue, 10 Mar 2026 15:20
Subject: Webinar invitation: ICD-10-GM 2026 - what changes for claims coding

ICD-10-GM 2026 - what changes for claims coding
Thursday, 19 March 2026, 14:00-15:30 CET, online

Agenda
 * New and split codes in chapter V (mental and behavioural disorders)
 * Long COVID: U09.9 and the new post-infectious codes
 * Changes to additional characters G, V, Z, A
 * What claims handlers should watch for when invoices still use the 2025 version

Speaker: Dr. Imke Brandes, medical coder and trainer
Fee: free for corporate members

Register: https://codecraft-academy.example/webinars/icd2026
""", cs="utf-8", cte="quoted-printable")
    attach(m, att_ics("webinar_icd10gm_2026.ics", "icd2026-1903@codecraft-academy.example",
                      "20260319T130000Z", "20260319T143000Z",
                      "Webinar: ICD-10-GM 2026 - what changes for claims coding", "Online (link in invitation)",
                      "Join link: https://codecraft-academy.example/webinars/icd2026/join",
                      ("Katrin Albers", ALB[1]), [("Aylin Demirtaş", "aylin.demirtas@" + DOM)],
                      stamp="20260311T084000Z"))
    return m


@mail("C", "de", "internal", "grey: a colleague's own private IBAN for a team-shirt collection; bank data of a person, nothing else")
def kv17_firmenlauf_iban():
    m = hdr(dt(11, "10:50"), a(ALB, "outlook"), box("kv-leistung-team3", "KV-Leistung Team 3"),
            "Firmenlauf 2026 – Shirts bezahlen", extra=[OUTLOOK])
    text(m, """Hi ihr Läuferinnen und Läufer,

die Team-Shirts für den Firmenlauf am 25.04. sind bestellt (7 Stück, Farbe Petrol, Aufdruck
"KV-Leistung - wir erstatten auch Blasenpflaster"). Ich habe das vorgestreckt.

Bitte bis Ende März 18,50 EUR pro Shirt an mich überweisen:

Katrin Albers
IBAN """ + iban_de("52050353", "0180449902") + """
Verwendungszweck: Shirt + euer Name

Oder bar in die Kaffeekasse mit Zettel. Danke!

Katrin
""")
    return m


@mail("S", "en", "insurer-to-customer", "request for missing documents for physiotherapy on a named customer's shoulder")
def kv18_missing_docs():
    m = hdr(dt(11, "11:30"), a(ALB), "Jonas Weber <jonas.weber@mailbox.example>",
            "Your claim of 2 March - two documents missing", extra=[OUTLOOK])
    text(m, """Dear Mr Weber,

thank you for your claim for the physiotherapy on your left shoulder (after the dislocation in
January). To process it we still need:

1. the itemised invoice from the practice (the card payment slip is not enough), and
2. your doctor's prescription for the 10 sessions of physiotherapy.

You can simply reply to this e-mail with photos or upload them in the app under policy
K 5012.846.33. As soon as we have both, payment usually follows within 5 working days.

""" + sig_albers("en"), cs="us-ascii", cte="7bit")
    return m


@mail("N", "de", "internal", "trap: team minutes about handling private-clinic invoices and fee factors above 2.3, process only, no case")
def kv19_protokoll_teamrunde():
    m = hdr(dt(11, "14:00"), a(ALB, "outlook"), box("kv-leistung-team3", "KV-Leistung Team 3"),
            "Protokoll Teamrunde 11.03. – Privatkliniken / Faktor > 2,3", cc="Dr. Martin Schade <martin.schade@%s>" % DOM,
            extra=[OUTLOOK])
    text(m, """Hallo zusammen,

anbei das Protokoll von heute. Die Punkte 2 und 3 gelten ab sofort.

""" + sig_albers("de", short=True))
    attach(m, att_docx("Protokoll_Teamrunde_2026-03-11.docx", [
        ("b", "Protokoll Teamrunde KV-Leistung Team 3 – 11.03.2026"),
        "Teilnehmende: M. Schade (Leitung), K. Albers (Protokoll), A. Demirtaş, J. Hollstein, M. Vogt",
        ("b", "1. Rückstand"),
        "Rückstand ambulant 1.240 Belege (Mo), Ziel Freitag unter 900. Überstunden sind freigegeben.",
        ("b", "2. Rechnungen von Privatkliniken ohne Versorgungsvertrag"),
        "Privatkliniken rechnen häufig Pauschalen statt DRG ab. Wir erstatten bis zur Höhe der DRG "
        "eines vergleichbaren Plankrankenhauses. Vorlage des Vergleichsrechners: Laufwerk L:\\KV\\Tools.",
        ("b", "3. Steigerungsfaktor über 2,3 bzw. 3,5"),
        "Faktor über 2,3 nur mit patientenbezogener Begründung auf der Rechnung. Standardbegründungen "
        "wie 'erhöhter Zeitaufwand' ohne Bezug zum Fall: Rückfrage beim Arzt mit Baustein 4.2. "
        "Faktor über 3,5 nur mit Honorarvereinbarung nach § 2 GOÄ.",
        ("table", [["Faktor", "Vorgehen", "Freigabe"],
                   ["bis 2,3", "ohne Prüfung", "Sachbearbeitung"],
                   ["2,4 – 3,5", "Begründung prüfen", "Sachbearbeitung"],
                   ["über 3,5", "Honorarvereinbarung anfordern", "Teamleitung"]]),
        ("b", "4. Verschiedenes"),
        "Schulung GOÄ-Faktor am Freitag 10–12 Uhr, Raum 2.14. Webinar ICD-10-GM 2026 am 19.03. (K. Albers, A. Demirtaş).",
    ], title="Protokoll Teamrunde", creator="Katrin Albers", created="2026-03-11T13:40:00Z"))
    return m


@mail("S", "de", "insurer-to-supplier", "approval to a medical supplier: CGM sensors and insulin pump supplies for a named insured with type 1 diabetes (E10.90)")
def kv20_hilfsmittel_cgm():
    m = hdr(dt(11, "15:20"), a(ALB), "Auftragsannahme MediVersand Nord <auftrag@mediversand-nord.example>",
            "Genehmigung Hilfsmittel – Kai Lindqvist – Ihr Auftrag 2026-01877", extra=[CRM])
    body = """Sehr geehrte Damen und Herren,

für unseren Versicherten Herrn Kai Lindqvist, geb. 11.01.1995, Versicherungsnummer K 6630.412.09,
genehmigen wir die mit Ihrem Kostenvoranschlag vom 04.03.2026 beantragte Versorgung:

- CGM-System (kontinuierliche Glukosemessung): Sensoren für 6 Monate (13 Stück)
- Verbrauchsmaterial Insulinpumpe: Katheter und Reservoire für 6 Monate

Diagnose laut Verordnung von Frau Dr. Petra Kühn (Diabetologische Schwerpunktpraxis):
Diabetes mellitus Typ 1 ohne Komplikationen (E10.90), Insulinpumpentherapie seit 2017.

Genehmigter Betrag: 2.964,80 EUR. Bitte rechnen Sie direkt mit uns ab.

""" + sig_albers("de")
    html = html_wrap("""<p>Sehr geehrte Damen und Herren,</p>
<p>für unseren Versicherten <b>Herrn Kai Lindqvist, geb. 11.01.1995</b>, Versicherungsnummer K 6630.412.09,
genehmigen wir die mit Ihrem Kostenvoranschlag vom 04.03.2026 beantragte Versorgung:</p>
<table>
<tr><th>Hilfsmittel</th><th>Menge</th></tr>
<tr><td>CGM-System: Sensoren</td><td>13 Stück (6 Monate)</td></tr>
<tr><td>Insulinpumpe: Katheter und Reservoire</td><td>6 Monate</td></tr>
</table>
<p>Diagnose laut Verordnung von Frau Dr. Petra Kühn (Diabetologische Schwerpunktpraxis):
Diabetes mellitus Typ&nbsp;1 ohne Komplikationen (E10.90), Insulinpumpentherapie seit 2017.</p>
<p>Genehmigter Betrag: 2.964,80 EUR. Bitte rechnen Sie direkt mit uns ab.</p>
""" + html_sig(sig_albers("de")))
    alt(m, body, html, cte="quoted-printable", hcte="base64")
    return m


@mail("S", "en", "insurer-to-partner", "repatriation of a named insured after a stroke (I63.9) in Spain; hospital report in a forwarded message")
def kv21_repatriation_stroke():
    inner = hdr(dt(11, "19:52"), "Dr. Javier Ortega <urgencias@hospital-costa-blanca.example>",
                "Lindwurm Health Assistance <assistance@lindwurm-versicherung.example>",
                "Medical report - patient Wilhelm Fries", mid_domain="hospital-costa-blanca.example")
    text(inner, """Dear colleagues,

medical report on your insured Mr Wilhelm Fries, born 14/05/1949, admitted 9 March 2026.

Diagnosis: ischaemic stroke, left middle cerebral artery territory (I63.9). Right-sided
hemiparesis, mild aphasia. Thrombolysis not possible (time window exceeded). Patient is stable,
conscious, swallowing test passed on 11 March, on aspirin 100 mg and atorvastatin 40 mg.

Fit to fly: yes, from 14 March, on a stretcher with medical escort (nurse), no oxygen required.

Dr. Javier Ortega
Neurology, Hospital Costa Blanca, Alicante
""", cte="quoted-printable")
    m = hdr(dt(12, "08:15"), a(ALB), "Operations Desk <ops@eurorescue-assistance.example>",
            "Repatriation request - Mr Wilhelm Fries - our file K 0712.004.56", extra=[OUTLOOK])
    text(m, """Dear colleagues,

please organise the repatriation of our insured Mr Wilhelm Fries (policy K 0712.004.56,
travel health cover included) from Hospital Costa Blanca, Alicante, to Klinikum Nordstadt,
Kassel (stroke unit has confirmed a bed from 14 March).

The hospital's medical report is attached. In short: ischaemic stroke on 9 March, stable, fit to
fly on a stretcher with a nurse from 14 March. His wife, Mrs Irmgard Fries, will travel on the
same flight (please book a seat next to the stretcher if possible).

We cover the repatriation in full (medically necessary). Please send us the quote before booking
if it exceeds EUR 18,000.

""" + sig_albers("en"))
    attach(m, att_msg("Medical report - patient Wilhelm Fries.eml", inner))
    return m


@mail("N", "de", "internal", "trap: heating failure in the company doctor's room, flu vaccination consultation moved, no person's health data")
def kv22_betriebsarzt_heizung():
    m = hdr(dt(12, "09:30"), a(ALB, "outlook"), box("facility", "Facility Management"),
            "Heizung Raum 0.14 (Betriebsärztlicher Dienst) ausgefallen", extra=[OUTLOOK])
    text(m, """Hallo Facility-Team,

ich bin auf dem Weg zur Kantine am Raum 0.14 vorbei gekommen - der Betriebsärztliche Dienst hat
einen Zettel an die Tür gehängt, dass die Heizung seit gestern aus ist und die Impfsprechstunde
heute deshalb in Raum 0.09 stattfindet. Im Flur ist es auch ziemlich kalt.

Hat das schon jemand gemeldet? Falls nicht, hiermit :-)

Gruß
Katrin Albers (3. OG, Durchwahl 4412)
""", cte="8bit")
    return m


@mail("S", "en", "insurer-to-customer", "birth of a named customer's daughter: newborn added without health questions; pregnancy/birth data in the health line")
def kv23_newborn():
    m = hdr(dt(12, "10:45"), a(ALB), "Aiko Tanaka <aiko.tanaka@sakura-post.example>",
            "Congratulations - adding Emi to your health insurance", irt=ext_id("at-0310", "sakura-post.example"),
            extra=[OUTLOOK])
    body = """Dear Ms Tanaka,

congratulations on the birth of your daughter Emi on 27 February!

Because you have been insured with us for more than three months, Emi can be added to your
policy K 4470.019.26 from her date of birth without any health questions or waiting periods,
provided we receive the application within two months of the birth (by 27 April 2026).

What we need:
- the completed application form for the child (attached to our letter by post, or in the app),
- a copy of the birth certificate.

The costs of your delivery at the Elisabeth-Krankenhaus (caesarean section on 27 February) and the
midwife's home visits are covered under your own tariff; please send those invoices separately.
The paediatric check-ups U1 and U2 are already covered under Emi's new cover once she is added.

"""
    html = html_wrap("<p>" + "</p>\n<p>".join(xesc(p).replace("\n", "<br>\n") for p in body.split("\n\n")) + "</p>\n"
                     + html_sig(sig_albers("en")), "en")
    htmlonly(m, html, cte="base64")
    return m


@mail("N", "en", "insurer-to-prospect", "trap: product information on dental cover for an expat prospect, generic tariff figures, no contract or health data")
def kv24_prospect_dental():
    m = hdr(dt(12, "13:20"), a(ALB), "Mateo Fernández <mateo.f@mailbox.example>",
            "RE: Question about dental cover", irt=ext_id("mf-0311", "mailbox.example"), extra=[OUTLOOK])
    text(m, """Dear Mr Fernández,

thank you for your interest. I'm in the claims department, but I'm happy to answer the general
question: yes, our dental supplement "ZahnPrivat" can be taken out by anyone living in Germany,
regardless of whether the statutory or a private health insurer is the main insurer.

Very briefly:
- ZahnPrivat 65 / 90: 65 % or 90 % of the costs of implants, crowns and bridges
- professional cleaning up to EUR 150 per year
- reimbursement limits in the first four years (EUR 1,000 / 2,000 / 3,000 / 4,000)
- treatment that has already been recommended or started before the start of cover is excluded

The product information sheet is attached. For a personal quote please contact our sales team at
vertrieb@lindwurm-versicherung.example or call +49 561 7081-2000 - they will also go through the
application questions with you.

""" + sig_albers("en"))
    attach(m, att_pdf("Product_information_ZahnPrivat_EN.pdf", "Product information sheet ZahnPrivat", [
        "Lindwurm Krankenversicherung a.G. - Product information sheet (PIB) - Dental supplement ZahnPrivat",
        "",
        "Type of insurance: supplementary private health insurance for dental treatment",
        "Who can apply: persons resident in Germany, age 0-75",
        "",
        "Benefits                               ZahnPrivat 65      ZahnPrivat 90",
        "Implants, crowns, bridges              65 %               90 %",
        "Root canal and periodontal treatment   100 %              100 %",
        "Professional cleaning                  up to EUR 150/yr   up to EUR 150/yr",
        "Orthodontics (children under 18)       50 %, max 1,500    80 %, max 2,500",
        "",
        "Limits in the first years of cover: year 1 EUR 1,000; year 2 EUR 2,000; year 3 EUR 3,000; year 4 EUR 4,000.",
        "Exclusions: treatment already planned, recommended or started before cover begins.",
        "Premium examples (monthly, ZahnPrivat 65): age 21-30 EUR 14.80; age 31-40 EUR 19.40; age 41-50 EUR 26.90.",
        "",
        "This sheet is for information only. The policy terms (AVB ZahnPrivat 2026) apply.",
    ], author="Lindwurm Krankenversicherung a.G."))
    return m


@mail("S", "de", "insurer-to-lawyer", "reply to a customer's lawyer about refused psychotherapy: recurrent depression (F33.1) of the named client")
def kv25_anwalt_psychotherapie():
    m = hdr(dt(12, "15:00"), a(ALB), "Rechtsanwältin Dr. Carola Wendt <kanzlei@wendt-medizinrecht.example>",
            "Ihr Zeichen 26/0188 W – Ihr Mandant Herr Florian Haas – Psychotherapie", extra=[CRM])
    text(m, """Sehr geehrte Frau Dr. Wendt,

wir bestätigen den Eingang Ihres Schreibens vom 04.03.2026 und Ihrer Vollmacht.

Zur Sache: Ihr Mandant, Herr Florian Haas, hat am 12.01.2026 die Übernahme einer
Verhaltenstherapie (25 Sitzungen zzgl. 5 probatorische Sitzungen) bei dem Psychologischen
Psychotherapeuten Herrn Dipl.-Psych. Andreas Roth beantragt. Diagnose laut Bericht des Therapeuten:
rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1).

Wir haben die Übernahme mit Schreiben vom 02.02.2026 nicht abgelehnt, sondern um den
vollständigen Bericht an den Gutachter gebeten, der bis heute fehlt. Die probatorischen Sitzungen
haben wir bereits erstattet (5 x 100,55 EUR).

Sobald der Bericht vorliegt, veranlassen wir das Gutachterverfahren; die Bearbeitung dauert dann
erfahrungsgemäß drei Wochen. Eine Ablehnung wegen einer vorvertraglichen Erkrankung kommt nach
Aktenlage nicht in Betracht, da Herr Haas die depressive Episode im Jahr 2019 im Antrag angegeben
hat und sie ohne Ausschluss mitversichert wurde.

""" + sig_albers("de"), cs="windows-1252", cte="8bit")
    return m


@mail("N", "en", "insurer-to-partner", "trap: one-liner with average claims turnaround figures to a group company, no person")
def kv26_sla_figures():
    m = hdr(dt(13, "08:40"), a(ALB), "Mark Huber <mark.huber@lindwurm-austria.example>",
            "RE: February SLA figures", irt=ext_id("mh-0312", "lindwurm-austria.example"), extra=[OUTLOOK])
    text(m, """Hi Mark,

February figures are in the shared folder (SLA_KV_2026-02.xlsx). Headline: average turnaround
4.2 working days for outpatient claims, 1.8 for hospital cost coverage, 96.1 % within target.

Have a good weekend,
Katrin
""", cs="us-ascii", cte="7bit")
    return m


@mail("S", "de", "insurer-to-customer", "grey: premium refund for a claims-free year in the health line of a named customer, no medical detail but personal line and bank data")
def kv27_beitragsrueckerstattung():
    m = hdr(dt(13, "09:50"), a(ALB), "Dieter Marquardt <dieter.marquardt@nordhessen-net.example>",
            "Beitragsrückerstattung für das Jahr 2025", extra=[CRM])
    text(m, """Sehr geehrter Herr Marquardt,

gute Nachrichten: Da Sie für das Kalenderjahr 2025 keine Rechnungen zur Erstattung eingereicht
haben, erhalten Sie aus Ihrer Krankheitskostenvollversicherung (Versicherungsnummer K 1930.662.71)
eine erfolgsabhängige Beitragsrückerstattung von drei Monatsbeiträgen:

  3 x 412,67 EUR = 1.238,01 EUR

Die Auszahlung erfolgt zum 31.03.2026 auf Ihr Konto bei der Kasseler Sparkasse,
IBAN """ + iban_de("52050353", "0201887311") + """.

Hinweis für Ihre Steuererklärung: Die Beitragsrückerstattung mindert die im Jahr 2026 als
Sonderausgaben abziehbaren Beiträge. Wir melden den Betrag elektronisch an das Finanzamt.

Falls Sie noch Rechnungen aus 2025 haben, die Sie einreichen möchten: Bitte beachten Sie, dass
dann die Beitragsrückerstattung entfällt. Wir beraten Sie gern, ob sich das lohnt.

""" + sig_albers("de"), cs="iso-8859-1", cte="quoted-printable")
    return m


@mail("S", "de", "insurer-to-customer", "one-line answer; the quoted customer mail mentions invoices of a psychiatric outpatient clinic")
def kv28_zahlung_raus():
    m = hdr(dt(13, "11:00"), a(ALB), "Sabine Albrecht-Nowak <sabine.an@mailbox.example>",
            "AW: Wann kommt das Geld?", irt=ext_id("san-0312", "mailbox.example"), extra=[OUTLOOK])
    text(m, """Liebe Frau Albrecht-Nowak,

die Zahlung ist heute rausgegangen, spätestens Dienstag sollte das Geld auf Ihrem Konto sein.

Viele Grüße
Katrin Albers

-----Ursprüngliche Nachricht-----
Von: Sabine Albrecht-Nowak <sabine.an@mailbox.example>
Gesendet: Donnerstag, 12. März 2026 22:14
An: Albers, Katrin <katrin.albers@lindwurm-versicherung.example>
Betreff: Wann kommt das Geld?

Hallo Frau Albers,

entschuldigen Sie dass ich nochmal nerve. Ich habe die Rechnungen von der Psychiatrischen
Institutsambulanz (Januar + Februar, zusammen 1.460 Euro) am 23.2. eingeschickt und das
Geld ist immer noch nicht da, die Ambulanz hat schon gemahnt. Mir geht es gerade eh nicht
gut und ich kann so was echt nicht gebrauchen. Versicherungsnummer ist K 2291.508.14.

Danke
S. Albrecht-Nowak
""")
    return m


@mail("N", "en", "insurer-to-partner", "trap: answer to a researcher refusing individual data, aggregated claims frequency per age band attached")
def kv29_researcher_aggregates():
    m = hdr(dt(13, "13:30"), a(ALB), "Dr. Lucía Moreno <l.moreno@uni-healthecon.example>",
            "RE: Data request - outpatient utilisation by age", irt=ext_id("lm-0305", "uni-healthecon.example"),
            cc=box("datenschutz", "Datenschutz"), extra=[OUTLOOK])
    text(m, """Dear Dr Moreno,

thank you for your request and the description of your study. I have checked with our data
protection officer (in copy): we cannot provide claims data at the level of individual insured
persons, not even pseudonymised, because there is no legal basis and no consent for research use.

What we can share is the aggregate table that we also publish in our annual report, attached as
CSV: outpatient claims per 1,000 insured and average reimbursement per claim, by age band, for
2024 and 2025. Cells with fewer than 50 insured persons are suppressed.

If you need a different breakdown of aggregate figures, please let us know; our actuarial team
will check whether it can be produced without re-identification risk.

""" + sig_albers("en"))
    attach(m, att_csv("outpatient_claims_by_age_2024_2025.csv", [
        ["age_band", "year", "insured_persons", "claims_per_1000", "avg_reimbursement_eur"],
        ["0-17", "2024", "18412", "3920", "74.10"],
        ["0-17", "2025", "18877", "4105", "77.35"],
        ["18-39", "2024", "51230", "2811", "96.80"],
        ["18-39", "2025", "50964", "2890", "101.25"],
        ["40-59", "2024", "62018", "4470", "128.40"],
        ["40-59", "2025", "61544", "4602", "133.90"],
        ["60-79", "2024", "39770", "7215", "151.60"],
        ["60-79", "2025", "40981", "7390", "158.05"],
        ["80+", "2024", "9120", "9980", "162.30"],
        ["80+", "2025", "9488", "10210", "170.70"],
    ], sep=","))
    return m


@mail("N", "mixed", "auto-reply", "trap: bilingual out-of-office reply pointing to the claims mailbox, no content of the original mail")
def kv30_abwesenheit():
    m = hdr(dt(13, "16:00"), a(ALB), "Gerda Pfeiffer <gerda.pfeiffer@mailbox.example>",
            "Automatische Antwort: Mein Schreiben vom 10.03.",
            irt=ext_id("gp-0313", "mailbox.example"),
            extra=[OUTLOOK, ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    text(m, """Vielen Dank für Ihre Nachricht.

Ich bin vom 16.03. bis einschließlich 20.03.2026 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an kv-leistung@lindwurm-versicherung.example
oder telefonisch an 0561 7081-4000.

Thank you for your message. I am out of the office from 16 to 20 March 2026 and will not be
reading e-mail. For urgent matters please write to kv-leistung@lindwurm-versicherung.example or
call +49 561 7081-4000.

Katrin Albers
Lindwurm Krankenversicherung a.G.
""")
    return m

# --------------------------------------------------------------------------
# Dennis Wolters - motor claims (Kfz-Schaden)
# --------------------------------------------------------------------------


@mail("N", "de", "internal", "trap: hail-claims status per region with counts and averages, no customer")
def kfz01_hagel_stand():
    m = hdr(dt(9, "07:55"), a(WOL), box("kfz-schaden-team", "Kfz-Schaden Team Nord"),
            "Hagel 05./06.03. – Zwischenstand Montag", extra=[THUNDER])
    text(m, """Moin zusammen,

kurzer Zwischenstand zum Hagel von letzter Woche (Stand heute 7:30):

Region              Meldungen   davon Gutachten beauftragt   Ø Schaden bisher
Kassel Stadt            214             131                     3.480 EUR
Kassel Land / Baunatal  167              88                     3.125 EUR
Werra-Meißner            52              19                     2.910 EUR
Schwalm-Eder             41              12                     2.760 EUR
gesamt                  474             250

Das Hagelzentrum im Gewerbegebiet Waldau ist ab 16.03. offen, dann können wir die Leute direkt
dahin schicken statt Einzelgutachten. Termine vergibt die Hotline, nicht wir.

Bitte bis Mittwoch alle Hagel-Meldungen aus eurem Postkorb anlegen, auch wenn noch Fotos fehlen.

Dennis
""", cte="8bit")
    return m


@mail("C", "de", "insurer-to-customer", "claim acknowledgement for a parking damage: named customer, claim number, plate and policy number")
def kfz02_schadenbestaetigung():
    m = hdr(dt(9, "08:30"), a(WOL), "Petra Lindemann <petra.lindemann@mailbox.example>",
            "Ihr Schaden KS-26-0311-4471 – Eingangsbestätigung", extra=[CRM])
    text(m, """Sehr geehrte Frau Lindemann,

vielen Dank für Ihre Schadenmeldung vom 06.03.2026. Wir haben den Schaden unter der Nummer
KS-26-0311-4471 angelegt. Bitte geben Sie diese Nummer bei allen Rückfragen an.

Ihr Fahrzeug:      Renault Clio, amtl. Kennzeichen KS-PL 227
Vertrag:           KF 61-2088153, Vollkasko mit 300 EUR Selbstbeteiligung
Schadentag:        05.03.2026, Parkhaus Königsgalerie, Beschädigung durch unbekanntes Fahrzeug

Ein Sachverständiger des Büros Kranich meldet sich in den nächsten zwei Werktagen telefonisch bei
Ihnen, um einen Besichtigungstermin zu vereinbaren. Bitte lassen Sie das Fahrzeug bis dahin
nicht reparieren.

Ihr Schadenfreiheitsrabatt in der Vollkasko wird durch diesen Schaden belastet, es sei denn, der
Verursacher wird noch ermittelt. Haben Sie schon Anzeige bei der Polizei erstattet? Dann senden
Sie uns bitte das Aktenzeichen.

""" + sig_wolters("de"))
    return m


@mail("C", "de", "insurer-to-workshop", "repair approval to a garage: named customer, plate, claim number and repair costs")
def kfz03_reparaturfreigabe():
    m = hdr(dt(9, "09:20"), a(WOL), "Serviceannahme Autohaus Brenner <service@autohaus-brenner.example>",
            "Reparaturfreigabe Schaden KS-26-0227-3810 / VW Golf KS-YD 1907", extra=[CRM])
    text(m, """Hallo Herr Brenner,

für den Golf unseres Kunden Herrn Yusuf Demir geben wir die Reparatur nach Ihrem
Kostenvoranschlag vom 04.03. frei. Der Auftrag hängt an. Bitte denken Sie an die Fotos von der
Instandsetzung (vorher/nachher) für die Akte.

Rechnung bitte direkt an uns, die Selbstbeteiligung von 150 EUR stellen Sie Herrn Demir in
Rechnung.

""" + sig_wolters("de"))
    attach(m, att_pdf("Reparaturauftrag_KS-26-0227-3810.pdf", "Reparaturfreigabe", [
        "Lindwurm Allgemeine Versicherung AG - Schadenregulierung Kfz",
        "",
        "Werkstatt: Autohaus Brenner GmbH, Leipziger Straße 212, 34123 Kassel",
        "Schaden-Nr.: KS-26-0227-3810            Schadentag: 26.02.2026",
        "Versicherungsnehmer: Yusuf Demir, Ihringshäuser Straße 88, 34125 Kassel",
        "Fahrzeug: VW Golf VIII 1.5 eTSI, Kennzeichen KS-YD 1907",
        "FIN: WVWZZZCDZNW118873     Erstzulassung 03/2022     Laufleistung 41.280 km",
        "Vertrag: KF 61-1775402, Teilkasko/Vollkasko, SB 150 EUR",
        "",
        "Freigegebene Arbeiten laut KVA Nr. 2026-0318 vom 04.03.2026:",
        "  Tür vorn links erneuern und lackieren           1.210,40 EUR",
        "  Außenspiegel links erneuern                       386,20 EUR",
        "  Kotflügel vorn links instandsetzen / lackieren   517,10 EUR",
        "  Kleinteile, Verbrauchsmaterial                    226,80 EUR",
        "  Summe netto                                    2.340,50 EUR",
        "",
        "Freigabe: Dennis Wolters, 09.03.2026",
    ], author="Lindwurm Allgemeine Versicherung AG"))
    return m


@mail("C", "en", "insurer-to-claimant", "liability claim of a Dutch third party: names, plates, accident details, asks for bank details; no injuries")
def kfz04_dutch_claimant():
    m = hdr(dt(9, "10:40"), a(WOL), "Pieter de Vries <pieter.devries@polder-mail.example>",
            "Your claim - accident on the A7 near Kassel, 3 March 2026 - our ref. KS-26-0303-2294",
            irt=ext_id("pdv-0306", "polder-mail.example"), extra=[THUNDER])
    text(m, """Dear Mr de Vries,

thank you for your e-mail of 6 March. We are the motor liability insurer of the car that hit
yours from behind on the A7 (Kassel-Nord exit) on 3 March 2026 (our policyholder's car: BMW 320d,
German plate KS-MT 640). Our policyholder has confirmed that he was at fault. We also note from
the police report that nobody was injured.

We will pay for the repair of your Volvo V60 (Dutch plate 52-XLR-7). Please send us:

1. the repair estimate or the invoice of your garage (Dutch is fine),
2. photos of the damage,
3. your bank details (IBAN and account holder) for the payment,
4. if you had a rental car while yours was in the garage: the rental invoice.

If you prefer, a Dutch claims representative of our correspondent, Rijnmond Schadeservice, can
inspect the car at your home in Utrecht. Just let me know.

""" + sig_wolters("en"), cs="us-ascii", cte="7bit")
    return m


@mail("S", "de", "insurer-to-lawyer", "personal-injury claim of a named cyclist: radius fracture S52.5, incapacity for work, pain and suffering")
def kfz05_anwalt_radfahrer():
    m = hdr(dt(9, "11:50"), a(WOL), "RA Jan Engel <j.engel@kanzlei-engel-partner.example>",
            "Ihr Zeichen 112/26 E – Unfall 14.02.2026 – Ihre Mandantin Frau Miriam Kraft", extra=[CRM])
    text(m, """Sehr geehrter Herr Rechtsanwalt Engel,

wir bestätigen den Eingang Ihrer Anspruchsanmeldung vom 27.02.2026. Unsere Haftung aus dem
Unfall vom 14.02.2026 (Kreuzung Wilhelmshöher Allee / Kunoldstraße, unser VN beim Abbiegen,
Ihre Mandantin auf dem Radweg) stellen wir dem Grunde nach nicht in Abrede.

Nach Ihrem Schreiben hat Frau Kraft eine distale Radiusfraktur rechts (S52.5) erlitten, die
am 15.02.2026 im Klinikum Nordstadt operativ mit Plattenosteosynthese versorgt wurde, dazu
Prellungen an Hüfte und Knie. Sie war bis zum 08.03.2026 arbeitsunfähig.

Zur Bezifferung des Schmerzensgeldes und des Verdienstausfalls benötigen wir:

- den Entlassungsbericht des Klinikums und den Bericht des weiterbehandelnden Unfallchirurgen,
- eine Schweigepflichtentbindung Ihrer Mandantin gegenüber den behandelnden Ärzten,
- die Verdienstbescheinigung des Arbeitgebers für Januar und Februar 2026,
- Belege für die Zuzahlungen (Physiotherapie, Orthese).

Einen Vorschuss auf das Schmerzensgeld von 2.000 EUR zahlen wir ohne Anerkennung einer
Rechtspflicht auf Ihr Kanzleikonto. Für das beschädigte Fahrrad (Pedelec) erwarten wir noch den
Kaufbeleg.

""" + sig_wolters("de"), cs="iso-8859-1", cte="8bit")
    return m


@mail("N", "de", "internal", "trap: training invitation on total-loss handling and the new salvage exchange, calendar attached, no case data")
def kfz06_schulung_restwert():
    m = hdr(dt(9, "14:10"), a(WOL), box("kfz-schaden-team", "Kfz-Schaden Team Nord"),
            "Einladung: Schulung Totalschaden & neue Restwertbörse (Di 17.03.)", extra=[THUNDER])
    text(m, """Hallo zusammen,

wie in der Teamrunde angekündigt: Der Anbieter der neuen Restwertbörse stellt uns das System vor.
Themen:

- Wann Totalschaden? (Reparaturkosten > Wiederbeschaffungswert, 130-%-Grenze)
- Restwertangebote einholen: ab sofort nur noch über die neue Börse, mind. 3 Angebote
- Abrechnung fiktiv / konkret, Mehrwertsteuer
- Fragen & Praxisfälle (bitte anonymisiert mitbringen, keine Echtakten auf den Beamer!)

Dienstag, 17.03.2026, 9:00-11:00 Uhr, Raum 3.12. Einladung hängt an.

Dennis
""", cte="quoted-printable")
    attach(m, att_ics("Schulung_Totalschaden_Restwert.ics", "schulung-rw-1703@" + DOM,
                      "20260317T080000Z", "20260317T100000Z", "Schulung Totalschaden & Restwertbörse",
                      "Raum 3.12", "Vorstellung der neuen Restwertbörse, Abrechnung Totalschaden, Praxisfälle anonymisiert.",
                      ("Dennis Wolters", WOL[1]), [("Kfz-Schaden Team Nord", "kfz-schaden-team@" + DOM)]))
    return m


@mail("C", "de", "insurer-to-assessor", "assessment order: named customer, address, phone, plate, VIN and claim data in the DOCX")
def kfz07_gutachtenauftrag():
    m = hdr(dt(9, "15:30"), a(WOL), "Sachverständigenbüro Kranich <auftrag@sv-kranich.example>",
            "Gutachtenauftrag KS-26-0311-4471", extra=[THUNDER])
    text(m, """Hallo Frau Kranich,

anbei ein neuer Auftrag (Parkhausschaden, Clio). Kundin ist telefonisch gut ab 17 Uhr zu
erreichen. Bitte Restwert nur ermitteln, wenn die Rep.-Kosten über 70 % WBW liegen.

Danke und Gruß
Dennis Wolters
""", cte="8bit")
    attach(m, att_docx("Gutachtenauftrag_KS-26-0311-4471.docx", [
        ("b", "Gutachtenauftrag Kfz-Haftpflicht/Kasko"),
        ("table", [
            ["Schaden-Nr.", "KS-26-0311-4471"],
            ["Schadentag / -ort", "05.03.2026, Parkhaus Königsgalerie, Kassel"],
            ["Versicherungsnehmerin", "Petra Lindemann, Kirchweg 56, 34121 Kassel"],
            ["Telefon", "0151 5550 3390 (ab 17 Uhr)"],
            ["Fahrzeug", "Renault Clio V TCe 90, Kennzeichen KS-PL 227"],
            ["FIN", "VF1RJA00X68123417"],
            ["Vertrag", "KF 61-2088153, VK 300 EUR SB"],
            ["Schadenbild", "Heck links eingedrückt, Rückleuchte links gebrochen"],
        ]),
        "Auftragsumfang: Haftpflicht-/Kaskogutachten mit Reparaturkostenkalkulation, Fotos, Wertminderung.",
        "Besichtigung: beim Kunden (Kirchweg 56), Fahrzeug ist fahrbereit.",
        "Bitte Gutachten innerhalb von 5 Werktagen an kfz-schaden@lindwurm-versicherung.example.",
    ], title="Gutachtenauftrag", creator="Dennis Wolters"))
    return m


@mail("C", "en", "insurer-to-customer", "windscreen claim settled for a named customer: policy number, plate, excess")
def kfz08_glass_claim():
    m = hdr(dt(10, "08:10"), a(WOL), "Daniel Okoye <daniel.okoye@mailbox.example>",
            "Windscreen replacement - claim KS-26-0302-1187 settled", extra=[CRM])
    body = """Dear Mr Okoye,

the windscreen of your Toyota Corolla (KS-DO 3301) has been replaced by Glas-Express Kassel on
9 March. We have paid their invoice directly.

  Invoice amount:           EUR 1,184.60
  Your excess (partial cover, policy KF 61-4420918):   EUR 150.00
  Paid by us:               EUR 1,034.60

Glas-Express will send you a separate invoice for the excess of EUR 150.00. A windscreen claim
under partial cover does not affect your no-claims class.

""" + sig_wolters("en")
    html = html_wrap("""<p>Dear Mr Okoye,</p>
<p>the windscreen of your Toyota Corolla (<b>KS-DO 3301</b>) has been replaced by Glas-Express Kassel on
9&nbsp;March. We have paid their invoice directly.</p>
<table>
<tr><td>Invoice amount</td><td>EUR 1,184.60</td></tr>
<tr><td>Your excess (partial cover, policy KF 61-4420918)</td><td>EUR 150.00</td></tr>
<tr><td>Paid by us</td><td>EUR 1,034.60</td></tr>
</table>
<p>Glas-Express will send you a separate invoice for the excess of EUR&nbsp;150.00. A windscreen claim
under partial cover does not affect your no-claims class.</p>
""" + html_sig(sig_wolters("en")), "en")
    alt(m, body, html, cs="us-ascii", cte="7bit")
    return m


@mail("S", "de", "insurer-to-authority", "request to the police for the accident file: a named pedestrian severely injured, named driver")
def kfz09_polizei_akte():
    m = hdr(dt(10, "09:00"), a(WOL), "Polizeidirektion Nordhessen Verkehrsunfallaufnahme <vu-akten@polizei-nordhessen.example>",
            "Anforderung Unfallakte – VU 0228 / Az. 4410-VU-26-01733", extra=[CRM])
    text(m, """Sehr geehrte Damen und Herren,

wir sind Kfz-Haftpflichtversicherer des am Unfall vom 28.02.2026, 18:40 Uhr, in Vellmar,
Holländische Straße Höhe Hausnummer 201, beteiligten Fahrzeugs (Ford Transit, KS-HZ 5512,
Fahrer: Herr Hakan Zengin).

Bei dem Unfall wurde die Fußgängerin Frau Gisela Brandau, 79 Jahre, schwer verletzt
(nach Auskunft der Angehörigen Oberschenkelhalsfraktur und Schädel-Hirn-Trauma, derzeit
intensivmedizinisch behandelt).

Zur Prüfung der Haftung bitten wir um Übersendung einer Kopie der Ermittlungsakte,
insbesondere der Unfallskizze, der Zeugenaussagen und der Lichtbilder, sobald die
Staatsanwaltschaft der Akteneinsicht zugestimmt hat. Die Kostenpauschale von 26 EUR
überweisen wir nach Rechnungsstellung.

Unser Zeichen: KS-26-0228-0951

""" + sig_wolters("de"))
    return m


@mail("N", "de", "insurer-to-supplier", "trap: framework prices with a towing company and the company's own IBAN for invoices; no private person")
def kfz10_abschlepp_rahmenvertrag():
    m = hdr(dt(10, "10:15"), a(WOL), "Dispo Abschleppdienst Rehm GmbH <dispo@rehm-abschleppdienst.example>",
            "Rahmenpreise 2026 – Ihre Preisliste vom 27.02.", extra=[THUNDER])
    text(m, """Hallo Herr Rehm,

danke für die neue Preisliste. Bis auf zwei Punkte passt das für uns:

1. Standgebühr: Wir bleiben bei 12 EUR/Tag statt 15 EUR, ab dem 8. Tag 8 EUR.
2. Nachtzuschlag nur zwischen 22 und 6 Uhr, nicht schon ab 20 Uhr.

Die Tabelle mit den vereinbarten Preisen hängt an (Ihre Positionen, unsere Änderungen in der
letzten Spalte). Bitte schicken Sie uns die Rechnungen weiter an kfz-rechnungen@lindwurm-versicherung.example,
Ihre Bankverbindung (Rehm GmbH, Kasseler Bank, IBAN """ + iban_de("52090000", "0066331200") + """) haben wir
für die Sammelzahlung hinterlegt.

""" + sig_wolters("de"), cte="quoted-printable")
    attach(m, att_csv("Rahmenpreise_Rehm_2026.csv", [
        ["Position", "Preis Rehm 2026", "vereinbart"],
        ["Bergen/Abschleppen Pkw bis 3,5 t (pauschal, bis 20 km)", "189,00", "189,00"],
        ["jeder weitere km", "2,90", "2,90"],
        ["Standgebühr je Tag", "15,00", "12,00 (ab Tag 8: 8,00)"],
        ["Nachtzuschlag", "25 % ab 20 Uhr", "25 % 22-6 Uhr"],
        ["Ölbindemittel je Sack", "18,50", "18,50"],
    ], cs="windows-1252", cte="quoted-printable"))
    return m


@mail("C", "de", "insurer-to-customer", "total-loss settlement for a named customer: replacement and salvage value, payout to his IBAN")
def kfz11_totalschaden():
    m = hdr(dt(10, "11:40"), a(WOL), "Jens Paulsen <jens.paulsen@fjordpost.example>",
            "Abrechnung Totalschaden – Schaden KS-26-0219-0774", extra=[CRM])
    text(m, """Sehr geehrter Herr Paulsen,

das Gutachten zu Ihrem Mazda 3 liegt vor: Die Reparaturkosten (11.380 EUR) übersteigen den
Wiederbeschaffungswert deutlich, es handelt sich um einen wirtschaftlichen Totalschaden.

Die Abrechnung finden Sie im Anhang. Den Betrag von 7.150,00 EUR überweisen wir auf Ihr Konto.
Das Restwertangebot der Firma AutoVerwert Hessen (1.450 EUR, Abholung kostenlos) ist bis zum
24.03.2026 bindend. Wenn Sie das Fahrzeug selbst verkaufen wollen, ist das auch in Ordnung –
wir rechnen dann trotzdem mit dem Restwert aus dem Gutachten ab.

""" + sig_wolters("de"))
    attach(m, att_pdf("Abrechnung_Totalschaden_KS-26-0219-0774.pdf", "Abrechnung Totalschaden (Vollkasko)", [
        "Versicherungsnehmer: Jens Paulsen, Am Fasanenhof 21, 34128 Kassel",
        "Vertrag: KF 61-0937721   Fahrzeug: Mazda 3 Skyactiv-G 2.0, KS-JP 88, FIN JMZBP6HE601104452",
        "Schadentag: 19.02.2026 - Abkommen von der Fahrbahn bei Glätte (L3214), keine Personen verletzt",
        "",
        "Wiederbeschaffungswert laut Gutachten Kranich (brutto)   8.900,00 EUR",
        "abzgl. Restwert (Angebot AutoVerwert Hessen)            -1.450,00 EUR",
        "abzgl. Selbstbeteiligung Vollkasko                        -300,00 EUR",
        "Auszahlungsbetrag                                       7.150,00 EUR",
        "",
        "Zahlung an: Jens Paulsen, IBAN " + iban_de("20050550", "1258443307"),
        "Hinweis: Der Schaden führt zu einer Rückstufung in der Vollkasko von SF 12 auf SF 6 zum 01.01.2027.",
    ], author="Lindwurm Allgemeine Versicherung AG"))
    return m


@mail("C", "en", "insurer-to-customer", "theft claim of a named customer: car, plate, policy; asks for keys and police reference")
def kfz12_theft():
    m = hdr(dt(10, "13:30"), a(WOL), "Claire Dubois <claire.dubois@lavande-mail.example>",
            "Theft of your car - what happens next (claim KS-26-0309-4012)", extra=[THUNDER])
    text(m, """Dear Ms Dubois,

I'm sorry to hear that your Peugeot 208 (KS-CD 715) was stolen from the street outside your
flat in Kassel-Wehlheiden during the night of 8 to 9 March. Your policy KF 61-5518330 includes
partial cover (Teilkasko), which covers theft.

What we need from you now:

1. ALL keys of the car (you mentioned two keys - please send both by registered mail, not in
   the same envelope as the other documents),
2. the police reference number (Tagebuchnummer) from your report at the Kassel-Mitte station,
3. the vehicle registration certificate part II (Zulassungsbescheinigung Teil II) - original,
4. the purchase contract or the invoice from when you bought the car.

German law says we have to wait one month: if the car is found within a month, you must take
it back. If it has not been found by 9 April, we pay the replacement value minus your excess
of EUR 150.

""" + sig_wolters("en"), cs="us-ascii", cte="quoted-printable")
    return m


@mail("S", "de", "internal", "drunk-driving (1.4 per mille) of a named insured driver, criminal proceedings and recourse; police notice quoted")
def kfz13_alkohol_regress():
    m = hdr(dt(10, "15:00"), a(WOL), "Regress Kfz <kfz-regress@lindwurm-versicherung.example>",
            "WG: Mitteilung Polizei – Schaden KS-26-0221-0502 – Alkohol", extra=[THUNDER])
    text(m, """Hallo Sandra,

bitte übernehmen für den Regress. Unser VN ist am 21.02. mit 1,4 Promille gefahren, Strafverfahren
läuft (StA Kassel). Fremdschaden bisher 6.800 EUR (parkender Mercedes + Gartenzaun), Verletzte
gab es keine. Regress nach D.1.2 AKB bis 5.000 EUR, Anhörungsschreiben ist noch nicht raus.

Gruß Dennis

-------- Weitergeleitete Nachricht --------
Betreff: Ihr Versicherungsnehmer Herr Sascha Diehl – VU 21.02.2026
Datum: Fri, 6 Mar 2026 10:12:40 +0100
Von: Polizeistation Baunatal <ps-baunatal@polizei-nordhessen.example>
An: kfz-schaden@lindwurm-versicherung.example

Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass gegen den Fahrzeugführer des bei Ihnen versicherten Pkw Audi A4,
KS-SD 2020, Herrn Sascha Diehl, geb. 02.09.1991, ein Ermittlungsverfahren wegen Trunkenheit
im Verkehr (§ 316 StGB) und Gefährdung des Straßenverkehrs eingeleitet wurde. Die
Blutprobe vom 21.02.2026, 23:55 Uhr, ergab eine BAK von 1,41 Promille. Der Führerschein
wurde sichergestellt.

Die Akte wurde an die Staatsanwaltschaft Kassel abgegeben (Az. 3410 Js 2288/26).

Mit freundlichen Grüßen
Polizeistation Baunatal, Sachbearbeitung Verkehr
""")
    return m


@mail("N", "mixed", "newsletter", "trap: association statistics on car thefts per model forwarded with a German note, aggregated, no person")
def kfz14_diebstahl_statistik():
    m = hdr(dt(11, "08:05"), a(WOL), box("kfz-schaden-team", "Kfz-Schaden Team Nord"),
            "FW: Motor Theft Report 2025 – Europe / Germany", extra=[THUNDER])
    htmlonly(m, html_wrap("""<p>Moin, zur Info für die Diebstahlfälle: Die Keyless-Modelle sind wieder ganz vorne.
Spannend ist Seite 2 – Kassel liegt unter dem Bundesschnitt. Dennis</p>
<hr>
<p><b>From:</b> European Motor Insurance Forum &lt;reports@emif.example&gt;<br>
<b>Sent:</b> Tuesday, 10 March 2026 17:30<br>
<b>Subject:</b> Motor Theft Report 2025 &ndash; Europe / Germany</p>
<h2>Motor Theft Report 2025</h2>
<p>Reported thefts of insured cars in Germany fell by 4&nbsp;% to 13,870 in 2025. The average
claim per stolen car rose to EUR 21,300 (2024: EUR 20,100), driven by SUVs with keyless entry.</p>
<table>
<tr><th>Model group</th><th>Thefts 2025</th><th>per 1,000 insured vehicles</th></tr>
<tr><td>Premium SUV, keyless</td><td>2,410</td><td>4.8</td></tr>
<tr><td>Pick-up</td><td>730</td><td>3.1</td></tr>
<tr><td>Compact, keyless</td><td>1,980</td><td>1.2</td></tr>
<tr><td>Compact, conventional key</td><td>640</td><td>0.3</td></tr>
</table>
<p>Regional: the highest rates per 1,000 vehicles were in Berlin (3.9) and Hamburg (2.6); the
lowest in rural districts (below 0.4). Full report: https://www.emif.example/reports/theft-2025</p>
<p style="font-size:8pt">You receive this report as a member of the EMIF claims working group.</p>
""", "en"))
    return m


@mail("C", "de", "insurer-to-customer", "no-claims class transfer from father to daughter: names, birth dates, plates and policy numbers")
def kfz15_sf_uebertragung():
    m = hdr(dt(11, "09:10"), a(WOL), "Monika Hesse <monika.hesse@mailbox.example>",
            "Übertragung Schadenfreiheitsrabatt von Ihrem Vater", irt=ext_id("mh-0308", "mailbox.example"),
            extra=[THUNDER])
    text(m, """Sehr geehrte Frau Hesse,

Ihr Vater kann Ihnen seinen Schadenfreiheitsrabatt übertragen, das klappt so:

Übertragender:  Herr Werner Hesse, geb. 16.03.1950, Vertrag KF 61-0188420 (VW Passat KS-WH 50),
                SF-Klasse 35 in der Haftpflicht, SF 30 in der Vollkasko
Übernehmende:   Sie, Frau Monika Hesse, geb. 01.07.1988, neuer Vertrag KF 61-5602274
                (Hyundai i30, KS-MH 188)

Übertragen werden können nur so viele schadenfreie Jahre, wie Sie selbst einen Führerschein
haben (seit 2006 = 19 Jahre). Sie kämen damit in SF 19, Ihr Vater verliert den Rabatt
vollständig und fängt, falls er weiter ein Auto fährt, neu an.

Bitte schicken Sie uns die Übertragungserklärung unterschrieben von Ihnen beiden zurück (Formular
kommt per Post). Die Umstellung erfolgt rückwirkend zum Vertragsbeginn am 01.03.2026, den zu viel
gezahlten Beitrag erstatten wir.

""" + sig_wolters("de"), cs="windows-1252", cte="quoted-printable")
    return m


@mail("C", "en", "insurer-to-partner", "recourse claim to a Polish insurer: named driver, plates, repair costs in the XLSX; no injuries")
def kfz16_recourse_poland():
    m = hdr(dt(11, "10:20"), a(WOL), "Claims Department <claims.intl@wisla-ubezpieczenia.example>",
            "Recourse claim - accident 17 Feb 2026, A44 - your insured PO 7XK21 / our ref. KS-26-0217-0389",
            extra=[THUNDER])
    text(m, """Dear colleagues,

we write as the motor insurer of the car KS-RB 4417 (driver and policyholder Mr Ralf Bergmann),
which was hit on 17 February 2026 on the A44 near Kassel-Ost by the lorry with Polish plate
PO 7XK21, insured with you under green card PL/011/0447812. The lorry changed lanes without
looking; the German police report (copy available on request) confirms this. Nobody was injured.

We have paid our policyholder under his comprehensive cover and now claim recourse for the
amounts in the attached sheet, total EUR 9,462.15.

Please confirm liability and payment within 30 days to our account:
Lindwurm Allgemeine Versicherung AG, IBAN """ + iban_de("52050000", "0000708812") + """, reference KS-26-0217-0389.

""" + sig_wolters("en"), cs="utf-8", cte="quoted-printable")
    attach(m, att_xlsx("Recourse_KS-26-0217-0389.xlsx", [
        ("Recourse", [
            ["Item", "EUR", "Document"],
            ["Repair costs (expert report Kranich, net)", 7836.2, "Invoice Autohaus Brenner 2026-0402"],
            ["Loss of value", 650.0, "Expert report"],
            ["Expert fee", 612.45, "Invoice SV Kranich"],
            ["Towing", 238.5, "Invoice Rehm GmbH"],
            ["Lump sum costs", 25.0, ""],
            ["Rental car (5 days)", 100.0, "Excess paid by policyholder"],
            ["Total", 9462.15, ""],
        ]),
        ("Parties", [
            ["Our policyholder", "Ralf Bergmann, Brüder-Grimm-Platz 4, 34117 Kassel"],
            ["Our vehicle", "Skoda Superb, KS-RB 4417"],
            ["Third party", "lorry PO 7XK21 (trailer PO 3T455), driver Marek Zieliński"],
        ]),
    ]))
    return m


@mail("S", "de", "insurer-to-hospital", "request to a hospital for the treatment report of a named injured passenger (whiplash S13.4); consent form in the PDF")
def kfz17_klinik_hws():
    m = hdr(dt(11, "11:45"), a(WOL), "Abrechnung Klinikum Nordstadt <abrechnung@klinikum-nordstadt.example>",
            "Anforderung Behandlungsbericht – Frau Lea Brandt – Unfall 01.03.2026", extra=[CRM])
    text(m, """Sehr geehrte Damen und Herren,

in der Schadensache unseres Versicherungsnehmers (Auffahrunfall am 01.03.2026 auf der B7)
macht die Beifahrerin im gegnerischen Fahrzeug, Frau Lea Brandt, Ansprüche wegen einer
HWS-Distorsion geltend. Sie wurde am Unfalltag in Ihrer Notaufnahme ambulant behandelt.

Wir bitten um Übersendung des Notaufnahmeberichts (einschließlich Röntgen- bzw. MRT-Befund der
Halswirbelsäule) sowie Ihrer Rechnung. Die Schweigepflichtentbindung von Frau Brandt ist
beigefügt.

""" + sig_wolters("de"))
    attach(m, att_pdf("Schweigepflichtentbindung_Brandt.pdf", "Erklärung zur Entbindung von der Schweigepflicht", [
        "Ich, Lea Brandt, geb. 19.10.1997, wohnhaft Ahnatalstraße 12, 34128 Kassel,",
        "entbinde die mich am 01.03.2026 und danach behandelnden Ärztinnen und Ärzte des Klinikums Nordstadt",
        "sowie meine Hausärztin Dr. med. Anja Roeder von der Schweigepflicht gegenüber der",
        "Lindwurm Allgemeine Versicherung AG, Schaden-Nr. KS-26-0301-1552,",
        "soweit es um die Folgen des Verkehrsunfalls vom 01.03.2026 geht (Diagnose laut Notaufnahme:",
        "S13.4 Verstauchung und Zerrung der Halswirbelsäule; Kopfschmerzen, Schwindel).",
        "",
        "Die Erklärung gilt bis zum Abschluss der Schadenregulierung und kann jederzeit widerrufen werden.",
        "",
        "Kassel, 06.03.2026                      gez. Lea Brandt",
    ]))
    return m


@mail("N", "de", "internal", "trap: deer-collision letter template with placeholders for review, no real case")
def kfz18_vorlage_wildunfall():
    m = hdr(dt(11, "14:00"), a(WOL), "Annika Stoll <annika.stoll@lindwurm-versicherung.example>",
            "Vorlage Wildunfall – bitte mal drüberschauen", extra=[THUNDER])
    text(m, """Hi Annika,

ich hab die Vorlage fürs Wildunfall-Schreiben überarbeitet (die alte war noch von 2019 und hat
die Wildunfallbescheinigung vom Jäger nicht erwähnt). Kannst du bis Freitag mal drüberschauen,
bevor ich sie an die Textverwaltung gebe? Platzhalter stehen in «...».

Danke!
Dennis
""")
    attach(m, att_docx("Vorlage_Wildunfall_v2.docx", [
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "",
        ("b", "Ihr Wildschaden vom «Schadendatum» – Schaden-Nr. «Schadennummer»"),
        "«Briefanrede»,",
        "vielen Dank für Ihre Meldung. Ein Zusammenstoß mit Haarwild (z. B. Reh, Wildschwein, Hirsch) ist über "
        "Ihre Teilkaskoversicherung gedeckt. Ihr Schadenfreiheitsrabatt bleibt unberührt.",
        "Bitte senden Sie uns noch: die Wildunfallbescheinigung der Polizei oder des zuständigen Jagdpächters, "
        "Fotos der Schäden am Fahrzeug (möglichst mit Haaren/Blutspuren), den Kostenvoranschlag Ihrer Werkstatt.",
        "Bei Schäden über «Betragsgrenze» EUR beauftragen wir einen Sachverständigen.",
        "«Grußformel»",
        "«Sachbearbeiter»",
    ], title="Vorlage Wildunfall", creator="Dennis Wolters"))
    return m


@mail("C", "en", "insurer-to-supplier", "rental car extension for a named customer's replacement car: name, plate, claim number")
def kfz19_rental_extension():
    m = hdr(dt(11, "15:40"), a(WOL), "Kassel Branch <kassel@drivenow-rental.example>",
            "Re: replacement car for Mr Thomas Weller - extension", irt=ext_id("dn-0311", "drivenow-rental.example"),
            extra=[THUNDER])
    text(m, """Hi Mr Yilmaz,

yes, please extend the replacement car for Mr Thomas Weller (your contract RA-88120, our
claim KS-26-0224-3317) until Tuesday 17 March. His Passat (KS-TW 909) is still at the
garage because the rear axle part is on back order.

Same terms as before: class C, EUR 49 per day, billing to us. Please don't let him upgrade
to the SUV again, that's on him if he does ;-)

Thanks
Dennis Wolters
Lindwurm Motor Claims
""", cs="us-ascii", cte="7bit")
    return m


@mail("C", "en", "insurer-to-customer", "grey: administrative speeding fine of a named customer quoted (no criminal offence); fines are not covered")
def kfz20_speeding_fine():
    m = hdr(dt(12, "08:20"), a(WOL), "Mark Stone <mark.stone@mailbox.example>",
            "RE: speeding ticket - is that covered?", irt=ext_id("ms-0311", "mailbox.example"), extra=[THUNDER])
    text(m, """Dear Mr Stone,

I'm afraid not: fines, penalty points and the costs of the fine procedure are personal to the
driver and cannot be insured under motor insurance. Your policy KF 61-6103358 only covers damage
caused to others and (with comprehensive cover) to your own car.

If you want to contest the fine, legal expenses insurance with a traffic module would cover a
lawyer - you don't have that with us at the moment, but I can ask a colleague to send you an
offer if you like. For this fine it would come too late anyway.

Best regards
Dennis Wolters

> From: Mark Stone <mark.stone@mailbox.example>
> Sent: Wednesday, 11 March 2026 19:22
> Subject: speeding ticket - is that covered?
>
> Hello,
> I got a letter from the Landkreis Kassel today, apparently I was caught doing 77 in a
> 50 zone in Fuldatal on 20 February (my car, KS-MS 77, policy KF 61-6103358). They want
> EUR 260 and it says 1 point in Flensburg. Is this something my car insurance pays?
> I'm British and still getting used to the system here...
> Thanks, Mark Stone
""", cte="8bit")
    return m


@mail("S", "en", "insurer-to-lawyer", "whiplash claim of a named British claimant via his solicitors: injuries, physiotherapy, medical evidence")
def kfz21_solicitor_whiplash():
    m = hdr(dt(12, "09:30"), a(WOL), "Sarah Finch <s.finch@harrow-finch-llp.example>",
            "Your client Mr Gareth Price - accident Kassel, 12 January 2026 - your ref. HF/PI/2291",
            extra=[THUNDER])
    text(m, """Dear Ms Finch,

thank you for your letter of 2 March 2026 on behalf of your client, Mr Gareth Price, who was a
passenger in the taxi (KS-T 4711) that our policyholder hit at the junction
Friedrich-Ebert-Strasse / Annastrasse on 12 January 2026. Liability is not disputed.

We have reviewed the medical evidence you enclosed:

- A&E record, Klinikum Nordstadt, 12 January 2026: whiplash injury (distortion of the cervical
  spine, S13.4), contusion of the left shoulder, no fractures on X-ray;
- report of Dr. Neil Hughes (GP, Leeds), 20 February 2026: persistent neck pain and headaches,
  referral for 8 sessions of physiotherapy, sleep disturbance; prognosis: recovery within
  6 months from the accident.

On that basis we offer EUR 2,500 as general damages (pain and suffering) plus the documented
special damages (physiotherapy GBP 480, prescription costs GBP 36.20, rebooked return flight
EUR 212.00), in full and final settlement. Under German law, legal costs are reimbursed on
the basis of the German fee schedule (RVG); please send us your fee note.

Should symptoms persist beyond July 2026, we would need a report from an orthopaedic specialist
before any further offer.

""" + sig_wolters("en"), cs="utf-8", cte="quoted-printable")
    return m


@mail("N", "en", "internal", "trap: monthly motor-claims KPIs for the group reinsurance team, averages and counts only")
def kfz22_kpi_reinsurance():
    m = hdr(dt(12, "11:00"), a(WOL), "Group Reinsurance <group.reinsurance@lindwurm-versicherung.example>",
            "Motor claims KPIs February 2026 (North region)", extra=[THUNDER])
    text(m, """Hi all,

as requested, the February KPIs for motor claims North are attached. No large losses above the
EUR 500k retention this month; the hail event of 5/6 March will show up in the March figures
(current estimate EUR 1.6-1.9m gross for our region).

Cheers
Dennis
""", cs="us-ascii", cte="7bit")
    attach(m, att_xlsx("Motor_KPI_North_2026-02.xlsx", [
        ("KPI", [
            ["KPI", "Feb 2026", "Feb 2025", "Unit"],
            ["New claims reported", 2184, 2011, "count"],
            ["of which liability", 912, 871, "count"],
            ["of which own damage / partial cover", 1272, 1140, "count"],
            ["Average paid, liability property damage", 4210, 3980, "EUR"],
            ["Average paid, own damage", 3175, 3090, "EUR"],
            ["Bodily injury claims opened", 61, 58, "count"],
            ["Claims closed within 30 days", 0.71, 0.68, "share"],
            ["Large losses > EUR 500k", 0, 1, "count"],
        ]),
    ], creator="Dennis Wolters"))
    return m


@mail("C", "de", "insurer-to-customer", "hail claim appointment for a named customer: plate, claim number, appointment at the hail centre (ICS)")
def kfz23_hagel_termin():
    m = hdr(dt(12, "13:15"), a(WOL), "Klaus Rieger <klaus.rieger@nordhessen-net.example>",
            "Termin Hagelzentrum – Ihr Schaden KS-26-0306-2741", extra=[THUNDER])
    text(m, """Sehr geehrter Herr Rieger,

für Ihren Hagelschaden am BMW X1 (KS-KR 1964) haben wir Ihnen einen Termin im Hagelzentrum
Kassel-Waldau reserviert:

  Dienstag, 17.03.2026, 10:30 Uhr
  Hagelzentrum Waldau, Halle 3, Otto-Hahn-Straße 9, 34123 Kassel

Dort werden die Dellen vermessen und Sie bekommen gleich einen Reparaturtermin bei einem
Partnerbetrieb (Ausbeulen ohne Lackieren). Bitte bringen Sie den Fahrzeugschein und Ihre
Versicherungsnummer KF 61-3829105 mit. Die Kalendereinladung hängt an.

Ihre Teilkasko hat 150 EUR Selbstbeteiligung; eine Rückstufung erfolgt bei Hagel nicht.

""" + sig_wolters("de"), cs="iso-8859-1", cte="quoted-printable")
    attach(m, att_ics("Termin_Hagelzentrum_Rieger.ics", "hagel-ks-26-0306-2741@" + DOM,
                      "20260317T093000Z", "20260317T101500Z",
                      "Hagelzentrum: Besichtigung BMW X1 KS-KR 1964 (Schaden KS-26-0306-2741)",
                      "Hagelzentrum Waldau, Halle 3, Otto-Hahn-Straße 9, 34123 Kassel",
                      "Bitte Fahrzeugschein und Versicherungsnummer KF 61-3829105 mitbringen.",
                      ("Dennis Wolters", WOL[1]), [("Klaus Rieger", "klaus.rieger@nordhessen-net.example")],
                      stamp="20260312T121500Z"))
    return m


@mail("N", "en", "insurer-to-prospect", "trap: generic answer on e-scooter insurance plates to a prospect, no contract or personal data")
def kfz24_escooter_prospect():
    m = hdr(dt(12, "14:30"), a(WOL), "Luca Rossi <luca.rossi@campusmail.example>",
            "RE: e-scooter insurance?", irt=ext_id("lr-0312", "campusmail.example"), extra=[THUNDER])
    text(m, """Hi Luca,

short answer: yes, in Germany every e-scooter needs insurance and a small insurance plate
(Versicherungskennzeichen), even if you only ride it on campus. The plate year runs from
1 March to the end of February, so a plate bought now is valid until 28 February 2027.

With us it costs EUR 39 for the year (liability only) or EUR 69 including theft. You can buy it
online at https://www.lindwurm-versicherung.example/escooter and get the plate by post within
3-4 days. You will need the scooter's "ABE" number (on the sticker under the footboard).

I'm in claims, so I hope you'll never need me :-)

Dennis Wolters
""", cs="us-ascii", cte="7bit")
    return m


@mail("N", "de", "insurer-to-workshop", "trap: process info to partner workshops about the new photo upload for damage documentation, no case")
def kfz25_werkstattnetz_fotos():
    m = hdr(dt(12, "16:10"), a(WOL), "Partnerwerkstätten Nordhessen <partnerwerkstaetten@lindwurm-versicherung.example>",
            "Neu ab 01.04.: Schadenfotos direkt im Werkstattportal hochladen", extra=[THUNDER])
    body = """Liebe Partnerbetriebe,

ab dem 01.04.2026 bitten wir Sie, Schadenfotos nicht mehr per E-Mail zu schicken, sondern direkt im
Werkstattportal zum jeweiligen Auftrag hochzuladen. Das ist schneller und sicherer – Fotos mit
Kennzeichen und Fahrzeugschein gehören nicht in normale E-Mails.

So geht's:
1. Anmelden unter https://werkstatt.lindwurm-versicherung.example
2. Auftrag über die Schadennummer suchen
3. "Fotos hinzufügen" – bis zu 40 Bilder, je max. 10 MB, JPG oder PNG

Zum Start bieten wir zwei kurze Online-Termine an (24.03. und 26.03., jeweils 16 Uhr).
Anmeldung einfach per Antwort auf diese Mail.

Ihr Team Kfz-Schaden Nord
Lindwurm Allgemeine Versicherung AG
"""
    html = html_wrap("<p>" + "</p>\n<p>".join(xesc(p).replace("\n", "<br>\n") for p in body.split("\n\n")) + "</p>")
    alt(m, body, html, cte="8bit")
    return m


@mail("C", "de", "insurer-to-lawyer", "liability quota 50/50 for a lane-change accident: named parties, plates, claim numbers; ZIP with cost list and sketch; no injuries")
def kfz26_anwalt_quote():
    m = hdr(dt(13, "08:00"), a(WOL), "Kanzlei Dr. Petri & Kollegen <sekretariat@petri-verkehrsrecht.example>",
            "Ihr Az. 0331/26 – Ihr Mandant Herr Oliver Sand ./. unser VN Herr Björn Kuhl", extra=[CRM])
    text(m, """Sehr geehrter Herr Dr. Petri,

nach Auswertung der Unfallakte (Spurwechsel auf der A49, Höhe Kassel-Auestadion, 23.01.2026)
lässt sich nicht aufklären, welches der beiden Fahrzeuge den Fahrstreifen gewechselt hat. Beide
Fahrer behaupten, geradeaus gefahren zu sein, unabhängige Zeugen gibt es nicht. Verletzt wurde
glücklicherweise niemand.

Wir regulieren daher auf Basis einer Haftungsquote von 50 %. Die Abrechnung Ihres Mandanten
(Fahrzeug Kia Sportage, KS-OS 303) und die Unfallskizze finden Sie im beigefügten ZIP-Archiv.
Zahlbetrag: 3.214,10 EUR auf Ihr Kanzleikonto.

Unser Schaden-Nr.: KS-26-0123-0218 / Versicherungsnehmer Herr Björn Kuhl, Kennzeichen KS-BK 710

""" + sig_wolters("de"), cs="utf-8", cte="base64")
    sketch = pdf("Unfallskizze A49 / 23.01.2026", [
        "Fahrtrichtung Nord, dreispurig; Fahrzeug A (Kia Sportage, KS-OS 303) mittlerer Fahrstreifen,",
        "Fahrzeug B (Opel Insignia, KS-BK 710) rechter Fahrstreifen; Kollisionsstelle Höhe km 7,2.",
        "Anstoß: A vorn rechts gegen B hinten links. Keine Verletzten, keine unabhängigen Zeugen.",
    ])
    members = [
        ("Abrechnung_Sand_50Prozent.csv", csvtext([
            ["Position", "Forderung", "Quote", "Zahlung"],
            ["Reparaturkosten netto", "5.611,20", "50 %", "2.805,60"],
            ["Wertminderung", "400,00", "50 %", "200,00"],
            ["Sachverständigenkosten", "392,00", "50 %", "196,00"],
            ["Nutzungsausfall (6 Tage x 59 EUR)", "-", "-", "abgelehnt (Mietwagen genutzt)"],
            ["Kostenpauschale", "25,00", "50 %", "12,50"],
            ["Summe", "", "", "3.214,10"],
        ]).encode("cp1252")),
        ("Unfallskizze_A49.pdf", sketch),
    ]
    attach(m, att_zip("KS-26-0123-0218_Abrechnung.zip", members))
    return m


@mail("S", "en", "insurer-to-customer", "named customer's epileptic seizure and driving ban quoted; reply about suspending his motor policy")
def kfz27_epilepsy_suspend():
    m = hdr(dt(13, "09:15"), a(WOL), "Samuel Brooks <sam.brooks@mailbox.example>",
            "RE: can I pause my car insurance?", irt=ext_id("sb-0312", "mailbox.example"), extra=[THUNDER])
    text(m, """Dear Mr Brooks,

thanks for letting us know, and I hope you're feeling better. Yes, you can pause your policy
KF 61-2267014: if you deregister the car (Abmeldung at the vehicle registration office), the
policy automatically goes into "dormant" status (Ruheversicherung) for up to 18 months. You pay
nothing during that time and keep your no-claims class (SF 8). If you keep the car in a garage
or on private ground, it even stays covered against theft and fire.

You don't need to tell us anything about your health; that is between you and your doctor.
When you are allowed to drive again, just register the car and we reactivate the policy.

Best regards
Dennis Wolters

> On Thu, 12 Mar 2026, Samuel Brooks wrote:
> Hello, I had an epileptic seizure at work two weeks ago (first one ever) and the
> neurologist at the Klinikum says I'm not allowed to drive for at least 6 months while
> they adjust the medication (Levetiracetam). Do I have to tell you? And can I stop paying
> for the car insurance in the meantime? The car (Ford Focus KS-SB 612) will just sit in
> front of the house. Thanks, Sam Brooks
""", cs="us-ascii", cte="quoted-printable")
    return m


@mail("N", "de", "insurer-to-press", "trap: answer to a journalist with regional deer-collision statistics and safety tips, no person")
def kfz28_presse_wildunfall():
    m = hdr(dt(13, "10:30"), a(WOL), "Jana Reuter <j.reuter@hna-lokal.example>",
            "AW: Anfrage Wildunfälle im Frühjahr", irt=ext_id("jr-0311", "hna-lokal.example"),
            cc=box("presse", "Unternehmenskommunikation"), extra=[THUNDER])
    text(m, """Hallo Frau Reuter,

die Pressestelle hat mich gebeten, Ihnen die Zahlen direkt zu schicken (Kollegin Schmitt in Kopie):

- 2025 haben wir in Nordhessen 3.412 Wildunfälle reguliert (2024: 3.190).
- Durchschnittlicher Schaden: 3.350 EUR, bei Wildschweinen deutlich mehr (4.900 EUR).
- Spitzenmonate: April/Mai und Oktober/November, jeweils in der Dämmerung zwischen 5 und 8 Uhr
  bzw. 17 und 20 Uhr.
- Die meisten Unfälle passieren auf Landstraßen mit Waldrand, in unserer Region vor allem im
  Reinhardswald und im Kaufunger Wald.

Tipps, die Sie gern zitieren dürfen: Bei Wildwechsel-Schildern Tempo runter, abblenden und hupen,
wenn Tiere am Straßenrand stehen, nicht ausweichen (lieber kontrolliert bremsen), Unfallstelle
sichern, Polizei rufen und das Tier nicht anfassen.

Zitate bitte als "Dennis Wolters, Schadenregulierer bei der Lindwurm Versicherung".

""" + sig_wolters("de"), cte="quoted-printable")
    return m


@mail("C", "mixed", "insurer-to-customer", "settlement of a named customer's parking-damage claim, payout to his IBAN; German letter with English summary")
def kfz29_emre_kaya():
    m = hdr(dt(13, "12:00"), a(WOL), "Emre Kaya <emre.kaya@mailbox.example>",
            "Regulierung Ihres Schadens KS-26-0226-1960 / settlement of your claim",
            irt=ext_id("ek-0310", "mailbox.example"), extra=[THUNDER])
    text(m, """Sehr geehrter Herr Kaya,

die Gegenseite (Versicherer des Lieferwagens) hat ihre volle Haftung bestätigt. Wir haben Ihren
Schaden in der Vollkasko daher nur vorgestreckt und zahlen Ihnen heute auch die Selbstbeteiligung
von 500 EUR aus, die wir uns von der Gegenseite zurückholen:

  Auszahlung: 500,00 EUR an IBAN """ + iban_de("52060410", "0002871436") + """ (Emre Kaya)
  Ihr Vertrag KF 61-4009851 (Seat Leon, KS-EK 2310) wird nicht zurückgestuft.

English summary, as you asked:
The other driver's insurer has accepted full liability. You will receive your EUR 500 excess
today on the account above, and your no-claims class will not be affected. Nothing else to do
on your side.

""" + sig_wolters("de", short=True) + "\nLindwurm Allgemeine Versicherung AG, Kfz-Schaden", cte="8bit")
    return m


@mail("N", "de", "insurer-to-supplier", "trap: order of printed European accident report forms in five languages from a print shop")
def kfz30_druckerei_unfallberichte():
    m = hdr(dt(13, "14:45"), a(WOL), "Auftragsannahme Druckhaus Fulda-Werra <auftrag@druckhaus-fulda-werra.example>",
            "Bestellung Europäischer Unfallbericht – Nachdruck 2026", extra=[THUNDER])
    text(m, """Sehr geehrte Damen und Herren,

wir bestellen den Nachdruck des Europäischen Unfallberichts (Ihre Art.-Nr. EU-UB-05,
Selbstdurchschreibesatz, 2-fach, DIN A3 gefalzt auf A4) wie folgt:

  Deutsch      20.000 Stück
  Englisch      3.000 Stück
  Türkisch      2.000 Stück
  Polnisch      1.500 Stück
  Russisch      1.000 Stück

Lieferung bis 15.04.2026 an: Lindwurm Versicherungsgruppe, Poststelle / Lager, Uferstraße 40,
34117 Kassel, Rampe 2. Rechnungsanschrift wie bisher, Kostenstelle 5200, Bestell-Nr. BE-26-0418.

Druckvorlage unverändert gegenüber 2024, nur die Hotline-Nummer auf der Rückseite ändert sich auf
0561 7081-5000. Bitte schicken Sie uns vorab einen PDF-Proof.

""" + sig_wolters("de"), cs="windows-1252", cte="8bit")
    return m

# --------------------------------------------------------------------------
# Ingrid Hanebeck - life and pensions administration (Leben / bAV)
# --------------------------------------------------------------------------


@mail("N", "de", "internal", "trap: process mail about the annual bonus declaration mailing to all life policyholders, no person")
def lv01_ueberschuss_versand():
    m = hdr(dt(9, "08:10"), a(HAN), box("leben-bestand", "Bestandsverwaltung Leben"),
            "Überschussdeklaration 2026 – Versand der Standmitteilungen ab 16.03.", extra=[OUTLOOK])
    text(m, """Liebe Kolleginnen und Kollegen,

die Standmitteilungen mit der Überschussdeklaration 2026 gehen ab Montag, 16.03., in den Druck.
Erfahrungsgemäß rufen danach viele Kundinnen und Kunden an. Damit wir einheitlich antworten:

- Die laufende Verzinsung bleibt bei 2,6 % (Vorjahr 2,6 %), der Schlussüberschuss steigt leicht.
- Die Mindestverzinsung (Garantiezins) hängt vom Vertragsbeginn ab und ändert sich nicht.
- Bei fondsgebundenen Verträgen ist nur der konventionelle Teil betroffen.
- Fragen zur Steuer (Halbeinkünfteverfahren, 12/62-Regel) bitte an das Steuerteam weiterleiten.

Die FAQ liegt unter L:\\Leben\\Kundenkommunikation\\FAQ_Deklaration_2026.docx. Bitte keine
individuellen Prognosen am Telefon nennen, sondern auf die Standmitteilung verweisen.

""" + sig_hanebeck("de", short=True), cte="quoted-printable")
    return m


@mail("S", "de", "insurer-to-customer", "maturity payout of a named customer's endowment life policy with amount, tax and IBAN (personal line)")
def lv02_ablaufleistung():
    m = hdr(dt(9, "09:00"), a(HAN), "Gerhard Pohl <gerhard.pohl@t-net-mail.example>",
            "Ablauf Ihrer Lebensversicherung LV 07-118 226-3 zum 01.04.2026", extra=[CRM])
    text(m, """Sehr geehrter Herr Pohl,

Ihre Kapitallebensversicherung Nr. LV 07-118 226-3 läuft zum 01.04.2026 planmäßig ab.
Wir freuen uns, Ihnen folgende Ablaufleistung mitteilen zu können:

  garantierte Versicherungssumme        35.000,00 EUR
  laufende Überschussbeteiligung         9.884,21 EUR
  Schlussüberschussanteil                3.012,40 EUR
  Bewertungsreserven                       416,16 EUR
  Ablaufleistung gesamt                 48.312,77 EUR

Da Ihr Vertrag nach dem 31.12.2004 begonnen hat, ist der Ertrag (Ablaufleistung abzüglich der
eingezahlten Beiträge von 38.640,00 EUR) zu versteuern. Weil Sie älter als 62 Jahre sind und der
Vertrag länger als 12 Jahre lief, wird nur die Hälfte des Ertrags besteuert. Wir behalten keine
Kapitalertragsteuer ein, da uns Ihr Freistellungsauftrag vorliegt.

Die Auszahlung erfolgt am 01.04.2026 auf das Konto, das Sie uns genannt haben:
Gerhard Pohl, IBAN """ + iban_de("52050353", "0074410088") + """

Bitte prüfen Sie die Bankverbindung. Wenn sie nicht mehr stimmt, teilen Sie uns das bis
zum 25.03.2026 schriftlich mit.

""" + sig_hanebeck("de"), cs="iso-8859-1", cte="quoted-printable")
    return m


@mail("S", "de", "insurer-to-customer", "death claim: condolences to a widow, policy of the deceased, request for death certificate and cause of death")
def lv03_todesfall():
    m = hdr(dt(9, "10:20"), a(HAN), "Elke Sommer <elke.sommer@mailbox.example>",
            "Lebensversicherung Ihres verstorbenen Mannes – LV 04-772 019-8", extra=[CRM])
    body = """Sehr geehrte Frau Sommer,

zum Tod Ihres Mannes, Herrn Klaus Sommer, sprechen wir Ihnen unser aufrichtiges Beileid aus.

Ihr Mann hatte bei uns eine Risikolebensversicherung (Nr. LV 04-772 019-8) über 120.000 EUR
abgeschlossen, in der Sie als Bezugsberechtigte eingetragen sind. Um die Leistung auszahlen zu
können, benötigen wir noch:

1. die Sterbeurkunde (Kopie genügt),
2. eine ärztliche Bescheinigung über die Todesursache (Formular anbei, kann der Hausarzt oder
   das Krankenhaus ausfüllen) – das ist nötig, weil der Vertrag erst im Jahr 2024 begonnen hat,
3. den Versicherungsschein im Original oder eine Verlusterklärung,
4. Ihre Bankverbindung.

Sie haben am Telefon erwähnt, dass Ihr Mann nach kurzer schwerer Krankheit im Klinikum verstorben
ist. Die Bescheinigung kann deshalb auch direkt vom Klinikum an uns geschickt werden; eine
Schweigepflichtentbindung legen wir bei.

Wenn Sie Fragen haben oder Hilfe beim Ausfüllen brauchen, rufen Sie mich gern direkt an.

""" + sig_hanebeck("de")
    html = html_wrap("<p>" + "</p>\n<p>".join(xesc(p).replace("\n", "<br>\n") for p in body.split("\n\n")) + "</p>")
    alt(m, body, html, cte="quoted-printable")
    return m


@mail("C", "de", "insurer-to-broker", "commission account change of a sole-trader broker: his IBAN and tax number, no customer data")
def lv04_provisionskonto():
    m = hdr(dt(9, "11:40"), a(HAN), "Volker Jansen <info@jansen-finanzen.example>",
            "Ihre neue Bankverbindung für Provisionszahlungen", irt=ext_id("vj-0305", "jansen-finanzen.example"),
            extra=[OUTLOOK])
    text(m, """Sehr geehrter Herr Jansen,

wir haben Ihre neue Bankverbindung für die Provisionszahlungen ab dem Abrechnungslauf März
hinterlegt:

  Kontoinhaber:   Volker Jansen, Versicherungsmakler
  IBAN:           """ + iban_de("52060410", "0003309127") + """
  Vermittlernr.:  M-40712

Die Steuernummer (026 811 40712) und den Hinweis "umsatzsteuerfrei nach § 4 Nr. 11 UStG" haben
wir unverändert übernommen. Die alte Verbindung bei der Volksbank wird ab sofort nicht mehr
verwendet.

""" + sig_hanebeck("de"), cte="8bit")
    return m


@mail("S", "en", "insurer-to-company", "bAV: new direct-insurance enrolments of three named employees with birth dates and salary conversion (life line); body harmless")
def lv05_bav_enrolments():
    m = hdr(dt(9, "14:00"), a(HAN), "HR Benefits <benefits@novasoft-systems.example>",
            "Direct insurance enrolments March 2026 - your group contract DV 22-004 518",
            irt=ext_id("nb-0304", "novasoft-systems.example"), extra=[OUTLOOK])
    text(m, """Dear Ms Clarke,

thank you for the enrolment forms. Please find attached the overview of the three new direct
insurance contracts under your group contract, including the contract numbers and start dates.
Certificates will be sent to the employees' home addresses next week.

""" + sig_hanebeck("en"))
    attach(m, att_xlsx("Enrolments_DV22-004518_2026-03.xlsx", [
        ("New contracts", [
            ["Employee", "Date of birth", "Contract no.", "Start", "Salary conversion EUR/month",
             "Employer subsidy EUR/month", "Retirement age", "Beneficiary in case of death"],
            ["Jonas Feldmann", "1993-06-14", "DV 22-004 518/031", "2026-03-01", 200, 30, 67, "spouse"],
            ["Priya Shah", "1988-11-02", "DV 22-004 518/032", "2026-03-01", 150, 22.5, 67, "partner: Arjun Mehta"],
            ["Tomasz Wiśniewski", "1979-01-27", "DV 22-004 518/033", "2026-04-01", 302, 45.3, 67, "children in equal shares"],
        ]),
    ], creator="Ingrid Hanebeck"))
    return m


@mail("N", "en", "insurer-to-partner", "trap: aggregate mortality experience (actual/expected by age band) for the life reinsurer, ODS attached")
def lv06_mortality_study():
    m = hdr(dt(9, "15:30"), a(HAN), "Dr. Helen Ashworth <h.ashworth@thameside-re.example>",
            "Mortality experience study 2021-2025 - aggregate tables", extra=[OUTLOOK])
    text(m, """Dear Dr Ashworth,

as agreed for the treaty review, attached is the aggregate mortality experience of our term life
portfolio 2021-2025 (actual vs. expected deaths, expected on the basis of DAV 2008 T). The
figures are at portfolio level by age band and sex; no individual policy data is included, and
cells with fewer than 10 expected deaths are combined.

Our actuaries would be happy to walk you through the table on 19 March.

""" + sig_hanebeck("en"))
    attach(m, att_ods("Mortality_AE_2021-2025.ods", [
        ("A-E by age", [
            ["Age band", "Sex", "Exposure (policy years)", "Expected deaths", "Actual deaths", "A/E"],
            ["20-34", "M", 48210, 21.4, 17, 0.79],
            ["20-34", "F", 39876, 11.9, 9, 0.76],
            ["35-49", "M", 101344, 118.6, 94, 0.79],
            ["35-49", "F", 84120, 61.2, 50, 0.82],
            ["50-64", "M", 72318, 312.7, 268, 0.86],
            ["50-64", "F", 58770, 161.8, 139, 0.86],
            ["65+", "M+F", 9410, 88.3, 81, 0.92],
        ]),
    ], creator="Aktuariat Leben"))
    return m


@mail("S", "de", "insurer-to-customer", "grey: policy loan on a named customer's life policy with amount and interest; no medical data but personal line")
def lv07_policendarlehen():
    m = hdr(dt(10, "08:30"), a(HAN), "Ute Brinkmann <ute.brinkmann@mailbox.example>",
            "AW: Darlehen auf meine Lebensversicherung?", irt=ext_id("ub-0307", "mailbox.example"),
            extra=[OUTLOOK])
    text(m, """Sehr geehrte Frau Brinkmann,

ja, auf Ihre Rentenversicherung Nr. LR 11-402 377-0 können wir Ihnen ein Policendarlehen
gewähren. Der aktuelle Rückkaufswert beträgt 18.742,50 EUR; beleihen können Sie bis zu 90 %,
also höchstens 16.868,00 EUR.

Konditionen: Zinssatz derzeit 4,25 % p. a., zahlbar vierteljährlich; Tilgung jederzeit in
beliebiger Höhe, spätestens mit Rentenbeginn (01.11.2031) wird der Restbetrag verrechnet.
Der Versicherungsschutz bleibt unverändert bestehen.

Für die von Ihnen genannten 12.000 EUR (Dachsanierung) sende ich Ihnen den Darlehensvertrag
per Post zu. Bitte unterschreiben Sie ihn und schicken Sie ihn mit einer Kopie Ihres
Personalausweises zurück.

""" + sig_hanebeck("de") + """

> Hallo, ich brauche für die Dachsanierung ca. 12.000 Euro und habe gehört, dass man die
> Lebensversicherung beleihen kann statt sie zu kündigen. Geht das bei meinem Vertrag?
> Gruß Ute Brinkmann
""", cte="8bit")
    return m


@mail("S", "de", "insurer-to-notary", "life policy of a named deceased without beneficiary: payout to the estate, certificate of inheritance")
def lv08_notar_erbschein():
    m = hdr(dt(10, "09:45"), a(HAN), "Notariat Dr. Behrens <notariat@behrens-notare.example>",
            "Nachlass Walter Kluge, verst. 11.01.2026 – Ihr Az. UR 214/2026", extra=[CRM])
    text(m, """Sehr geehrter Herr Notar Dr. Behrens,

wir beziehen uns auf Ihre Anfrage vom 02.03.2026 im Nachlass des am 11.01.2026 verstorbenen
Herrn Walter Kluge, geb. 23.08.1941, zuletzt wohnhaft Wilhelmsstraße 3, 34117 Kassel.

Bei uns bestand eine Kapitallebensversicherung (Nr. LV 98-033 714-1) mit einer Todesfallleistung
von 21.406,88 EUR einschließlich Überschüssen. Ein Bezugsrecht ist nicht eingetragen; die
Leistung fällt daher in den Nachlass.

Zur Auszahlung benötigen wir einen Erbschein oder ein eröffnetes notarielles Testament mit
Eröffnungsprotokoll sowie die Angabe eines Kontos, auf das die Zahlung erfolgen soll
(Nachlasskonto oder Konto der Erbengemeinschaft mit Zustimmung aller Erben).

Die Sterbeurkunde liegt uns vor. Eine Meldung an das Finanzamt – Erbschaftsteuerstelle – nach
§ 33 ErbStG haben wir am 05.03.2026 vorgenommen.

""" + sig_hanebeck("de"), cs="windows-1252", cte="8bit")
    return m


@mail("N", "de", "internal", "trap: letter template for a change of beneficiary with placeholders, sent for review")
def lv09_vorlage_bezugsrecht():
    m = hdr(dt(10, "11:00"), a(HAN), "Frank Oberländer <frank.oberlaender@lindwurm-versicherung.example>",
            "Vorlage Bezugsrechtsänderung – neue Fassung zur Freigabe", extra=[OUTLOOK])
    text(m, """Hallo Frank,

wie besprochen die überarbeitete Vorlage. Neu: der Hinweis auf das unwiderrufliche Bezugsrecht
(Zustimmung des bisherigen Berechtigten) und die Formulierung zum Scheidungsfall. Die Platzhalter
sind wie im Textsystem mit «» markiert.

Kannst du das bis Ende der Woche freigeben? Dann kann die Textverwaltung es zum 01.04. einspielen.

""" + sig_hanebeck("de", short=True))
    attach(m, att_docx("Vorlage_Bezugsrechtsaenderung_2026.docx", [
        "«VN_ANREDE» «VN_VORNAME» «VN_NAME»",
        "«VN_STRASSE»",
        "«VN_PLZ» «VN_ORT»",
        ("b", "Ihre Lebensversicherung Nr. «VERTRAGSNR» – Änderung des Bezugsrechts"),
        "«BRIEFANREDE»,",
        "wir haben Ihre Erklärung vom «EINGANGSDATUM» erhalten und das Bezugsrecht für den Todesfall wie folgt geändert:",
        ("table", [["bisher", "«BEZUG_ALT»"], ["neu", "«BEZUG_NEU»"], ["gültig ab", "«GUELTIG_AB»"]]),
        "Bitte beachten Sie: Ein unwiderrufliches Bezugsrecht kann nur mit Zustimmung der bisher "
        "bezugsberechtigten Person geändert werden. Eine Ehescheidung führt nicht automatisch zu einer "
        "Änderung des Bezugsrechts.",
        "«GRUSSFORMEL»",
        "«SACHBEARBEITUNG»",
    ], title="Vorlage Bezugsrechtsänderung", creator="Ingrid Hanebeck", created="2026-03-10T10:40:00Z"))
    return m


@mail("C", "de", "insurer-to-private-person", "refund of a mistaken bank transfer by a named non-customer to his IBAN; no contract exists")
def lv10_fehlueberweisung():
    m = hdr(dt(10, "13:20"), a(HAN), "Friedrich Albrecht <f.albrecht@mailbox.example>",
            "Ihre Überweisung vom 03.03.2026 über 250,00 EUR", extra=[CRM])
    text(m, """Sehr geehrter Herr Albrecht,

am 03.03.2026 ist auf unserem Konto eine Überweisung von Ihnen über 250,00 EUR eingegangen,
Verwendungszweck "Beitrag März 2026 Albrecht". Wir konnten die Zahlung keinem Vertrag zuordnen;
unter Ihrem Namen und Ihrer Anschrift ist bei uns kein Vertrag vorhanden.

Möglicherweise war die Zahlung für eine andere Gesellschaft bestimmt (die IBAN unterscheidet sich
nur in zwei Ziffern von der einer Bausparkasse). Wir überweisen den Betrag heute zurück auf das
Konto, von dem er kam:

  Friedrich Albrecht, IBAN """ + iban_de("50010517", "5412877301") + """

Bitte prüfen Sie Ihren Dauerauftrag, damit die April-Zahlung richtig ankommt.

""" + sig_hanebeck("de"))
    return m


@mail("S", "en", "insurer-to-customer", "disability benefit claim of a named customer with heart failure (I50.1): request for cardiology reports")
def lv11_disability_claim():
    m = hdr(dt(10, "14:40"), a(HAN), "Samuel Adeyemi <samuel.adeyemi@mailbox.example>",
            "Your disability claim - policy BU 19-660 214-7 - next steps", extra=[OUTLOOK])
    text(m, """Dear Mr Adeyemi,

thank you for your call on Monday and for sending the claim form for your occupational
disability insurance (policy BU 19-660 214-7, monthly disability pension EUR 1,800).

You told us that you have been unable to work as a site engineer since November 2025 because of
heart failure (I50.1, left ventricular failure) following the myocarditis last autumn, and that
your cardiologist does not expect you to return to site work.

To assess the claim we need:

1. reports from your cardiologist, Dr. Sven Aurich, and from the Herzzentrum where you were
   treated in October/November 2025 (echocardiography, ejection fraction, stress test);
2. a description of your job (the attached questionnaire, "job profile"), including the share
   of physical work on site;
3. the signed consent to release medical information (enclosed).

Alternatively, you can authorise us to request the reports directly - then please return only
the consent form. A medical assessment by an independent cardiologist may be necessary; we
will cover all costs.

""" + sig_hanebeck("en"), cs="us-ascii", cte="7bit")
    return m


@mail("N", "mixed", "internal", "trap: IT ticket about a rounding bug in the pension calculator with a fictitious test person (Max Mustermann) and English log lines")
def lv12_it_rentenrechner():
    m = hdr(dt(10, "16:00"), a(HAN, "outlook"), box("it-servicedesk", "IT Servicedesk"),
            "Fehler Rentenrechner: Rundung Rentenfaktor (Testfall)", extra=[OUTLOOK])
    text(m, """Hallo Servicedesk,

im Rentenrechner (Modul LR-Kalk, Version 5.12.0) wird der Rentenfaktor bei Tarifen der
Generation 2017 auf 2 statt auf 4 Nachkommastellen gerundet. Bei großen Kapitalien ergibt
das Abweichungen von mehreren Euro Monatsrente.

Reproduzierbar mit dem Testfall aus der Testumgebung (fiktive Person, keine Echtdaten):
  Max Mustermann (fiktiv), geb. 01.01.1970, Testvertrag LR 99-000 001-0
  Kapital 100.000 EUR, Rentenbeginn 01.01.2037, Tarif LR17

Erwartet: Rentenfaktor 31,4187 -> Monatsrente 314,19 EUR
Tatsächlich: Rentenfaktor 31,42 -> Monatsrente 314,20 EUR

Log aus der Test-Instanz:

2026-03-10 15:41:07 WARN  [lr-kalk] rounding mode HALF_UP applied at scale 2 (expected 4), tariff=LR17
2026-03-10 15:41:07 INFO  [lr-kalk] annuity factor computed: 31.42 (raw 31.41873)
2026-03-10 15:41:07 INFO  [lr-kalk] monthly pension: 314.20 EUR

Priorität mittel, die Standmitteilungen gehen ab 16.03. raus und nutzen denselben Rechenkern.

""" + sig_hanebeck("de", short=True))
    return m


@mail("S", "de", "insurer-to-customer", "start of a named customer's pension with monthly amount, health insurer notification (KVdR) and PDF notice")
def lv13_rentenbeginn():
    m = hdr(dt(11, "08:20"), a(HAN), "Ernst Wagner <ernst.wagner@nordhessen-net.example>",
            "Ihre Rente ab 01.04.2026 – Rentenbescheid", extra=[CRM])
    text(m, """Sehr geehrter Herr Wagner,

ab dem 01.04.2026 zahlen wir Ihnen aus Ihrer betrieblichen Direktversicherung eine
lebenslange monatliche Rente. Den Rentenbescheid mit allen Einzelheiten finden Sie im Anhang.

Da es sich um eine Betriebsrente handelt, sind wir als Zahlstelle verpflichtet, Ihre
Krankenkasse zu informieren und Kranken- und Pflegeversicherungsbeiträge einzubehalten. Die
Meldung an Ihre Krankenkasse (AOK Hessen) ist heute erfolgt.

""" + sig_hanebeck("de"), cte="quoted-printable")
    attach(m, att_pdf("Rentenbescheid_Wagner_DV18-221604.pdf", "Rentenbescheid", [
        "Lindwurm Lebensversicherung AG - Betriebliche Altersversorgung",
        "",
        "Rentenempfänger: Ernst Wagner, geb. 27.03.1959, Hauptstraße 41, 34329 Nieste",
        "Vertrag: DV 18-221 604 (Direktversicherung, Arbeitgeber: Maschinenbau Kaufungen GmbH)",
        "Rentenbeginn: 01.04.2026",
        "",
        "Garantierte Monatsrente                              541,90 EUR",
        "Rente aus Überschussbeteiligung                       70,50 EUR",
        "Monatsrente brutto                                   612,40 EUR",
        "abzgl. Krankenversicherung (14,6 % + Zusatzbeitrag 2,9 %)  -107,17 EUR",
        "abzgl. Pflegeversicherung (3,6 %)                    -22,05 EUR",
        "Monatsrente netto                                    483,18 EUR",
        "",
        "Hinweis: Der Freibetrag nach § 226 Abs. 2 SGB V wird von der Krankenkasse berücksichtigt.",
        "Zahlung monatlich im Voraus auf IBAN " + iban_de("52060410", "0000418811"),
        "Rentenbezugsmitteilung an die Zentrale Zulagenstelle erfolgt jährlich bis 28.02.",
    ], author="Lindwurm Lebensversicherung AG"))
    return m


@mail("N", "mixed", "newsletter", "trap: bilingual general information for pensioners abroad on the annual life certificate, no individual data")
def lv14_lebensbescheinigung_info():
    m = hdr(dt(11, "09:30"), box("rentenservice", "Lindwurm Rentenservice"),
            box("rentenservice", "Lindwurm Rentenservice"),
            "Lebensbescheinigung 2026 / Life certificate 2026 – so geht's / how it works",
            extra=[("X-Mailer", "LiWu Serienmail 2.1"), ("Precedence", "bulk"),
                   ("Reply-To", "rentenservice@" + DOM)])
    htmlonly(m, html_wrap("""<p><i>Versendet im Auftrag von Ingrid Hanebeck, Bestandsverwaltung Leben</i></p>
<h2>Lebensbescheinigung 2026</h2>
<p>Liebe Rentnerinnen und Rentner mit Wohnsitz im Ausland,</p>
<p>einmal im Jahr benötigen wir eine Bestätigung, dass Sie Ihre Rente weiterhin selbst beziehen.
Bitte lassen Sie das beigefügte Formular bis zum <b>30. Juni 2026</b> von einer amtlichen Stelle
(Gemeinde, Botschaft, Notar) bestätigen und senden Sie es uns zurück &ndash; per Post oder als Scan
über das Kundenportal.</p>
<h2>Life certificate 2026</h2>
<p>Dear pensioners living abroad,</p>
<p>once a year we need confirmation that you are still receiving your pension yourself. Please
have the form confirmed by an official body (municipality, embassy, notary) by <b>30 June 2026</b>
and return it by post or as a scan via the customer portal.</p>
<table>
<tr><th>Land / Country</th><th>Stelle / Official body</th></tr>
<tr><td>Spanien / Spain</td><td>Ayuntamiento, Notario, German consulate</td></tr>
<tr><td>Türkei / Turkey</td><td>Muhtarlık, Noter</td></tr>
<tr><td>Österreich / Austria</td><td>Gemeindeamt, Notar</td></tr>
</table>
<p>Portal: https://kundenportal.lindwurm-versicherung.example</p>
<p style="font-size:8pt">Lindwurm Lebensversicherung AG, Uferstraße 40, 34117 Kassel</p>
""", "de"), cs="utf-8", cte="quoted-printable")
    return m


@mail("C", "de", "insurer-to-partner", "annual commission income of a named sole-trader broker sent to her tax adviser")
def lv15_provisionsbescheinigung():
    m = hdr(dt(11, "10:50"), a(HAN), "Steuerkanzlei Wöhler <kanzlei@woehler-steuerberatung.example>",
            "Provisionsbescheinigung 2025 – Frau Birgit Sommerfeld, Versicherungsmaklerin e. K.",
            irt=ext_id("sw-0309", "woehler-steuerberatung.example"), extra=[OUTLOOK])
    text(m, """Sehr geehrte Frau Wöhler,

im Auftrag und mit Vollmacht Ihrer Mandantin, Frau Birgit Sommerfeld (Vermittlernr. M-38120,
Steuernummer 026 842 11509), senden wir Ihnen die Zahlen für das Jahr 2025:

  Abschlussprovisionen Leben/bAV        61.208,40 EUR
  Bestandsprovisionen                   14.772,15 EUR
  Stornorückbelastungen                 -3.944,00 EUR
  ausgezahlt 2025 gesamt                72.036,55 EUR

Alle Beträge sind nach § 4 Nr. 11 UStG umsatzsteuerfrei. Die Einzelabrechnungen kann Frau
Sommerfeld jederzeit im Vermittlerportal abrufen. Die Original-Bescheinigung geht ihr per Post zu.

""" + sig_hanebeck("de"), cs="iso-8859-1", cte="8bit")
    return m


@mail("N", "de", "insurer-to-supplier", "trap: print order for the annual statements (84,000 letters) with lot sizes per product, no person")
def lv16_druck_standmitteilungen():
    m = hdr(dt(11, "12:10"), a(HAN), "Projektleitung Mailing <mailing@druckhaus-fulda-werra.example>",
            "Standmitteilungen 2026 – Mengen und Tranchen", extra=[OUTLOOK])
    text(m, """Sehr geehrter Herr Kessler,

anbei die Mengen für den Druck und Versand der Standmitteilungen 2026, aufgeteilt nach Tranchen.
Die Druckdaten (PDF/VT) stellen wir wie gewohnt auf dem SFTP-Server bereit, Tranche 1 am 16.03.
ab 6 Uhr.

Wichtig in diesem Jahr: Bei Tranche 3 (fondsgebundene Verträge) liegt ein zusätzliches Blatt
"Fondsinformation" bei, das bitte nach dem Anschreiben einkuvertieren. Kuvert C4 statt C5.

""" + sig_hanebeck("de"), cte="quoted-printable")
    attach(m, att_csv("Tranchen_Standmitteilungen_2026.csv", [
        ["Tranche", "Produktgruppe", "Anzahl Sendungen", "Blätter je Sendung", "Kuvert", "Datenbereitstellung"],
        ["1", "Kapitallebensversicherung", "31.204", "2", "C5", "16.03.2026"],
        ["2", "Private Rentenversicherung", "27.850", "2", "C5", "18.03.2026"],
        ["3", "Fondsgebundene Versicherungen", "12.996", "3", "C4", "20.03.2026"],
        ["4", "Risikolebensversicherung", "11.950", "1", "C5", "23.03.2026"],
        ["", "gesamt", "84.000", "", "", ""],
    ], cs="windows-1252", cte="quoted-printable"))
    return m


@mail("S", "en", "insurer-to-broker", "fund switch in a named customer's unit-linked life policy via her broker; PDF switch confirmation")
def lv17_fund_switch():
    m = hdr(dt(11, "14:30"), a(HAN), "Marc Weber <marc.weber@lux-patrimoine-conseil.example>",
            "Fund switch confirmed - Mrs Hélène Martin - policy FR 21-008 933-5",
            irt=ext_id("mw-0309", "lux-patrimoine-conseil.example"), extra=[OUTLOOK])
    text(m, """Dear Mr Weber,

the fund switch you submitted on behalf of your client Mrs Hélène Martin has been executed
on 10 March 2026 at the closing prices of that day. The confirmation is attached; a copy has
been sent to Mrs Martin at her address in Luxembourg.

Please note that this was the 4th free switch in 2026; further switches this year cost EUR 25
each.

""" + sig_hanebeck("en"), cs="utf-8", cte="quoted-printable")
    attach(m, att_pdf("Switch_confirmation_FR21-008933-5.pdf", "Confirmation of fund switch", [
        "Policyholder and insured person: Mrs Hélène Martin, born 04.02.1972, 14 rue des Prés, L-1311 Luxembourg",
        "Policy: FR 21-008 933-5, unit-linked pension insurance, start 01.06.2021, retirement 01.06.2037",
        "Broker: Lux Patrimoine Conseil S.à r.l., Marc Weber",
        "Switch date: 10.03.2026",
        "",
        "Fund sold                                   Units       Price EUR    Value EUR",
        "Global Equity Index Fund (LU0000000101)      412.118     71.44        29,441.71",
        "Emerging Markets Leaders (LU0000000202)      118.540     58.10         6,887.17",
        "",
        "Fund bought                                 Value EUR   Price EUR    Units",
        "Euro Government Bond Fund (LU0000000303)     24,329.00   102.81       236.640",
        "Global Sustainable Equity (LU0000000404)     11,999.88    44.77       268.034",
        "",
        "Future premiums (EUR 400 per month): 60 % Global Sustainable Equity, 40 % Euro Government Bond Fund.",
    ], author="Lindwurm Lebensversicherung AG"))
    return m


@mail("N", "en", "newsletter", "trap: forwarded asset-manager notice on a fund merger, product information only")
def lv18_fund_merger_notice():
    m = hdr(dt(11, "15:45"), a(HAN), box("leben-bestand", "Bestandsverwaltung Leben"),
            "FW: Important notice: merger of Global Small Caps Fund into Global Equity Opportunities Fund",
            extra=[OUTLOOK])
    text(m, """FYI - affects our unit-linked portfolio (tranche 3 of the statements). Customer letters come
from the fund-management team, we only need to answer questions. Ingrid

-----Original Message-----
From: Investor Relations <ir@meridian-asset-mgmt.example>
Sent: Wednesday, 11 March 2026 13:02
Subject: Important notice: merger of Global Small Caps Fund into Global Equity Opportunities Fund

Dear distribution partner,

we inform you that the Global Small Caps Fund (share class A, LU0000000505) will be merged into
the Global Equity Opportunities Fund (share class A, LU0000000606) with effect from 22 May 2026.
The last day for subscriptions and redemptions in the merging fund is 14 May 2026.

Investors will receive units of the receiving fund at the exchange ratio calculated on the
merger date. No costs will be charged to investors. The ongoing charges of the receiving fund
(1.35 %) are lower than those of the merging fund (1.62 %).

Investors who do not agree with the merger may redeem their units free of charge until
14 May 2026.

Meridian Asset Management S.A., Luxembourg
""", cs="us-ascii", cte="7bit")
    return m


@mail("S", "de", "insurer-to-company", "bAV: named employee leaving the employer, vested pension rights, transfer value and birth date in the PDF")
def lv19_bav_ausscheiden():
    m = hdr(dt(12, "08:15"), a(HAN), "Personalabteilung Fuldaer Landmaschinen GmbH <personal@fuldaer-landmaschinen.example>",
            "Ausscheiden Herr Sven Köhler – Direktversicherung DV 15-307 229", extra=[CRM])
    text(m, """Sehr geehrte Frau Strauch,

vielen Dank für die Mitteilung, dass Herr Sven Köhler zum 31.03.2026 aus Ihrem Unternehmen
ausscheidet. Die Übersicht über seine unverfallbare Anwartschaft und die Möglichkeiten
(Fortführung privat, Übertragung zum neuen Arbeitgeber, Beitragsfreistellung) finden Sie im
Anhang. Herr Köhler erhält das gleiche Schreiben an seine Privatanschrift.

Bitte senden Sie uns bis zum 15.04.2026 die Erklärung zur versicherungsvertraglichen Lösung
(§ 2 Abs. 2 Satz 2 BetrAVG) unterschrieben zurück.

""" + sig_hanebeck("de"), cte="quoted-printable")
    attach(m, att_pdf("Ausscheiden_Koehler_DV15-307229.pdf", "Mitteilung über die unverfallbare Anwartschaft", [
        "Versicherte Person: Sven Köhler, geb. 09.05.1984",
        "Arbeitgeber: Fuldaer Landmaschinen GmbH, Am Kreuzberg 7, 36037 Fulda",
        "Vertrag: DV 15-307 229, Direktversicherung nach § 3 Nr. 63 EStG, Beginn 01.01.2015",
        "Ausscheiden: 31.03.2026",
        "Finanzierung: Entgeltumwandlung 175,00 EUR mtl. + Arbeitgeberzuschuss 26,25 EUR mtl.",
        "",
        "Garantierte Altersrente ab 01.06.2051 (beitragsfrei):        238,77 EUR mtl.",
        "Garantierte Altersrente bei Fortführung mit 201,25 EUR:      612,10 EUR mtl.",
        "Übertragungswert nach § 4 Abs. 5 BetrAVG zum 31.03.2026:   28.406,12 EUR",
        "",
        "Bezugsrecht im Todesfall: Ehefrau Jana Köhler",
        "Optionen: a) private Fortführung, b) Übertragung auf neuen Arbeitgeber, c) Beitragsfreistellung.",
    ], author="Lindwurm Lebensversicherung AG"))
    return m


@mail("C", "de", "insurer-to-customer", "helping out in customer service: buildings-insurance premium and direct-debit IBAN of a named customer")
def lv20_springer_wohngebaeude():
    m = hdr(dt(12, "09:40"), a(HAN), "Anton Riedl <anton.riedl@mailbox.example>",
            "AW: Beitragserhöhung Wohngebäudeversicherung?", irt=ext_id("ar-0311", "mailbox.example"),
            extra=[OUTLOOK])
    text(m, """Sehr geehrter Herr Riedl,

ich vertrete heute die Kolleginnen im Kundenservice und habe mir Ihre Frage angesehen.

Der Beitrag für Ihre Wohngebäudeversicherung Nr. WG 55-170 388 (Einfamilienhaus Am Lindenberg 6,
34376 Immenhausen) steigt zum 01.04.2026 von 742,18 EUR auf 811,40 EUR jährlich. Grund ist
keine Schadenzahlung, sondern die Anpassung an den Baupreisindex (gleitender Neuwert), die alle
Wohngebäudeverträge betrifft. Die Versicherungssumme steigt entsprechend mit, Sie sind also
weiterhin nicht unterversichert.

Den Beitrag buchen wir wie bisher am 01.04. von Ihrem Konto ab (IBAN """ + iban_de("52060410", "0001662340") + """).
Wenn Sie lieber monatlich zahlen möchten, geht das ohne Aufschlag – kurze Nachricht genügt.

Mit freundlichen Grüßen
i. A. Ingrid Hanebeck
Kundenservice (Springerdienst)
Lindwurm Allgemeine Versicherung AG

""" + FOOT["allg"] + "\n\n" + DISCLAIMER_DE, cte="8bit")
    return m


@mail("S", "en", "insurer-to-customer", "cancellation of a named customer's term life insurance: no surrender value, cover ends (personal line)")
def lv21_term_life_cancel():
    m = hdr(dt(12, "11:00"), a(HAN), "Karen Holt <karen.holt@mailbox.example>",
            "RE: cancel my life insurance", irt=ext_id("kh-0311", "mailbox.example"), extra=[OUTLOOK])
    text(m, """Dear Mrs Holt,

we have received your cancellation of the term life insurance no. RL 20-518 446-2 (sum insured
EUR 200,000, beneficiary: Mr David Holt). The policy will end on 1 May 2026, the next possible
date.

Please note: a term life insurance has no surrender value, so there will be no payment. The last
premium (EUR 38.60) will be collected on 1 April. If the cancellation is because of your mortgage
being repaid, you might consider reducing the sum insured instead of cancelling - a new policy
later would require new health questions and would be more expensive because of your age.

If you still want to cancel, nothing else is required.

""" + sig_hanebeck("en"), cs="us-ascii", cte="7bit")
    return m


@mail("N", "de", "internal", "trap: meeting invitation for a portfolio-transfer project, calendar attached, no person")
def lv22_projekt_aurora():
    m = hdr(dt(12, "13:15"), a(HAN), "Projekt Aurora <projekt-aurora@lindwurm-versicherung.example>",
            "Einladung: Abstimmung Bestandsübertragung Pensionskasse (Projekt Aurora)", extra=[OUTLOOK])
    text(m, """Hallo zusammen,

für die Abstimmung der Datenübernahme aus dem Bestand der Pensionskasse (Projekt Aurora) lade
ich zu einem ersten Termin ein. Agenda:

1. Mengengerüst (ca. 9.400 Anwärter, 2.100 Rentner) und Zeitplan
2. Feldabgleich Altsystem -> LR-Kalk (Tabelle von Frank)
3. Testkonzept: nur mit anonymisierten Testdaten!
4. Kommunikation an Arbeitgeber und Versicherte

""" + sig_hanebeck("de", short=True))
    attach(m, att_ics("Projekt_Aurora_Kickoff.ics", "aurora-kickoff-0319@" + DOM,
                      "20260319T130000Z", "20260319T150000Z",
                      "Projekt Aurora: Abstimmung Bestandsübertragung Pensionskasse", "Raum 4.03 / Teams",
                      "Agenda: Mengengerüst, Feldabgleich, Testkonzept (anonymisierte Testdaten), Kommunikation.",
                      ("Ingrid Hanebeck", HAN[1]),
                      [("Frank Oberländer", "frank.oberlaender@" + DOM), ("Projekt Aurora", "projekt-aurora@" + DOM)],
                      stamp="20260312T121500Z"))
    return m


@mail("S", "de", "insurer-to-authority", "third-party debtor statement on garnishment of a named debtor's life policy with surrender value (PDF)")
def lv23_drittschuldner():
    m = hdr(dt(12, "14:45"), a(HAN), "Amtsgericht Kassel Vollstreckungsgericht <vollstreckung@ag-kassel.example>",
            "Drittschuldnererklärung – Az. 640 M 1187/26", extra=[CRM])
    text(m, """Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache Autohaus Grün GmbH ./. Rainer Ostertag übersenden wir die
Drittschuldnererklärung nach § 840 ZPO zum Pfändungs- und Überweisungsbeschluss vom 24.02.2026,
bei uns zugestellt am 02.03.2026. Eine Abschrift geht an die Gläubigervertreterin.

""" + sig_hanebeck("de"), cte="quoted-printable")
    attach(m, att_pdf("Drittschuldnererklaerung_640M1187-26.pdf", "Drittschuldnererklärung nach § 840 ZPO", [
        "Drittschuldnerin: Lindwurm Lebensversicherung AG, Uferstraße 40, 34117 Kassel",
        "Schuldner: Rainer Ostertag, geb. 12.12.1968, Kohlenstraße 77, 34121 Kassel",
        "Gläubigerin: Autohaus Grün GmbH, vertreten durch RAin Meike Stolz",
        "",
        "1. Die Forderung wird anerkannt, soweit sie besteht: Ja, mit Einschränkungen (siehe 3.).",
        "2. Gepfändet ist der Anspruch aus der Rentenversicherung Nr. LR 09-227 641-4 (Beginn 01.09.2009).",
        "   Rückkaufswert zum 01.04.2026: 7.214,00 EUR.",
        "3. Vorrangige Rechte Dritter: keine Abtretung, kein Bezugsrecht unwiderruflich.",
        "   Pfändungsschutz nach § 851c ZPO wurde vom Schuldner nicht geltend gemacht; der Vertrag erfüllt die",
        "   Voraussetzungen nicht (Kapitalwahlrecht vereinbart).",
        "4. Eine Auszahlung erfolgt erst nach Kündigung durch die Gläubigerin.",
        "",
        "Kassel, 12.03.2026   Lindwurm Lebensversicherung AG, i. A. Hanebeck",
    ], author="Lindwurm Lebensversicherung AG"))
    return m


@mail("C", "de", "customer", "misrouted private-liability claim of a named customer (broken window, no injuries) forwarded as attached message")
def lv24_fehlgeleitet_haftpflicht():
    inner = hdr(dt(12, "07:58"), "Thomas Groß <thomas.gross@mailbox.example>",
                "leben-bestand@" + DOM, "Schaden melden – Fensterscheibe Nachbar",
                mid_domain="mailbox.example")
    text(inner, """Guten Tag,

ich habe Ihre Adresse auf der Internetseite gefunden, hoffentlich bin ich richtig.
Mein Sohn (12) hat gestern beim Fußballspielen im Garten die Terrassentür unseres Nachbarn
(Herr Jürgen Pape, Am Rain 4) eingeschossen. Verletzt ist niemand. Der Glaser sagt ca. 900 Euro.
Wir haben eine Privathaftpflicht bei Ihnen, Nummer PH 33-604 118.

Was muss ich jetzt machen?

Thomas Groß
Am Rain 6, 34246 Vellmar
Tel. 0561 5550 7741
""", cte="8bit")
    m = hdr(dt(12, "16:00"), a(HAN, "outlook"), box("haftpflicht-schaden", "Haftpflicht Schaden"),
            "WG: Schaden melden – Fensterscheibe Nachbar", extra=[OUTLOOK])
    text(m, """Hallo Haftpflicht-Team,

die angehängte Mail kam heute früh in unser Leben-Postfach, gehört aber zu euch. Ich habe
Herrn Groß kurz geantwortet, dass ihr euch meldet.

Danke
Ingrid
""")
    attach(m, att_msg("Schaden melden - Fensterscheibe Nachbar.eml", inner))
    return m


@mail("N", "en", "internal", "trap: Solvency II reporting timeline for life technical provisions to the group, no person")
def lv25_solvency_qrt():
    m = hdr(dt(13, "08:30"), a(HAN), "Reto Baumann <reto.baumann@lindwurm-versicherung.example>",
            "RE: QRT S.12.01 - life technical provisions Q1 2026 timeline", irt=ext_id("rb-0312", DOM),
            extra=[OUTLOOK])
    text(m, """Hi Reto,

the policy data extract for Q1 from our side will be ready on 6 April (cut-off 31 March,
as usual). It contains contract-level data for the actuarial model, so it goes over the
secure file transfer to your team, not by mail.

Proposed timeline:
- 06/04 extract from life administration (us)
- 10/04 best estimate run (actuarial)
- 15/04 review with group risk
- 20/04 QRT S.12.01 / S.12.02 to the group reporting team

The only change versus Q4 is the new fund-merger mapping (Global Small Caps -> Global Equity
Opportunities), which we'll take care of in the extract.

Best regards
Ingrid
""", cs="us-ascii", cte="7bit")
    return m


@mail("S", "de", "insurer-to-applicant", "underwriting follow-up for a named applicant's term life: BMI, hypertension (I10.90) and medication questions")
def lv26_risikopruefung():
    m = hdr(dt(13, "09:45"), a(HAN), "Marco Bianchi <marco.bianchi@mailbox.example>",
            "Ihr Antrag auf Risikolebensversicherung – Rückfragen zur Gesundheit", extra=[CRM])
    body = """Sehr geehrter Herr Bianchi,

vielen Dank für Ihren Antrag vom 02.03.2026 auf eine Risikolebensversicherung über 250.000 EUR
(Laufzeit 25 Jahre, zur Absicherung Ihrer Baufinanzierung).

Bei der Prüfung Ihrer Gesundheitsangaben haben sich Rückfragen ergeben:

- Sie haben eine Körpergröße von 1,78 m und ein Gewicht von 98 kg angegeben (BMI 30,9).
- Sie werden seit 2022 wegen Bluthochdruck (I10.90) behandelt. Bitte nennen Sie uns die
  Medikamente mit Dosierung und die letzten drei gemessenen Blutdruckwerte.
- Wurden in den letzten 5 Jahren Blutfettwerte oder Blutzucker erhöht gemessen?
- Bitte senden Sie uns den Bericht Ihres Hausarztes Dr. Stefan Korn über die letzte
  Check-up-Untersuchung.

Je nach Ergebnis ist eine Annahme zu normalen Bedingungen oder mit einem Beitragszuschlag
möglich. Ihr Antrag bleibt bis zum 30.04.2026 für Sie reserviert.

""" + sig_hanebeck("de")
    html = html_wrap("""<p>Sehr geehrter Herr Bianchi,</p>
<p>vielen Dank für Ihren Antrag vom 02.03.2026 auf eine Risikolebensversicherung über 250.000&nbsp;EUR
(Laufzeit 25 Jahre, zur Absicherung Ihrer Baufinanzierung).</p>
<p>Bei der Prüfung Ihrer Gesundheitsangaben haben sich Rückfragen ergeben:</p>
<table>
<tr><th>Angabe</th><th>Rückfrage</th></tr>
<tr><td>Größe 1,78 m, Gewicht 98 kg (BMI 30,9)</td><td>&ndash;</td></tr>
<tr><td>Bluthochdruck seit 2022 (I10.90)</td><td>Medikamente mit Dosierung, letzte drei Blutdruckwerte</td></tr>
<tr><td>Blutfette / Blutzucker</td><td>in den letzten 5 Jahren erhöht gemessen?</td></tr>
<tr><td>Hausarzt Dr. Stefan Korn</td><td>Bericht über die letzte Check-up-Untersuchung</td></tr>
</table>
<p>Je nach Ergebnis ist eine Annahme zu normalen Bedingungen oder mit einem Beitragszuschlag
möglich. Ihr Antrag bleibt bis zum 30.04.2026 für Sie reserviert.</p>
""" + html_sig(sig_hanebeck("de")))
    alt(m, body, html, cs="windows-1252", cte="quoted-printable")
    return m


@mail("S", "en", "insurer-to-customer", "pension payments of a named customer with dementia (F03) in a care home redirected at the request of his daughter with power of attorney")
def lv27_dementia_poa():
    m = hdr(dt(13, "11:00"), a(HAN), "Rachel Sinclair <rachel.sinclair@mailbox.example>",
            "Your father's pension - change of bank account confirmed",
            irt=ext_id("rs-0309", "mailbox.example"), extra=[OUTLOOK])
    text(m, """Dear Mrs Sinclair,

thank you for sending the notarised lasting power of attorney for your father, Mr Edward
Sinclair (pension policy LR 96-114 072-9), and the letter from the Haus am Park care home.

We understand that your father has been diagnosed with dementia (F03) and has moved to the care
home permanently, and that you now manage his finances. As requested, from the April payment
on, the monthly pension of EUR 734.12 will be paid to the account "Edward Sinclair, c/o Rachel
Sinclair" at the Kasseler Sparkasse (IBAN """ + iban_de("52050353", "0205114421") + """), from which the care home fees
are collected.

We have recorded you as the contact person for all correspondence. Letters will go to your
address in Göttingen from now on.

""" + sig_hanebeck("en"), cs="utf-8", cte="quoted-printable")
    return m


@mail("N", "en", "newsletter", "trap: broker newsletter on the maximum technical interest rate and product changes, no person")
def lv28_broker_newsletter():
    m = hdr(dt(13, "12:30"), box("maklerservice", "Lindwurm Maklerservice Leben"),
            box("maklerservice", "Lindwurm Maklerservice Leben"),
            "Life update for brokers, March 2026: technical interest rate, new BU options",
            extra=[("X-Mailer", "LiWu Serienmail 2.1"), ("Precedence", "bulk")])
    htmlonly(m, html_wrap("""<p><i>Compiled by Ingrid Hanebeck and the life broker service team.</i></p>
<h2>Life update for brokers &ndash; March 2026</h2>
<h3>1. Technical interest rate</h3>
<p>The maximum technical interest rate for new life contracts remains at 1.0&nbsp;%. Our new
tariff generation &quot;Lindwurm Rente 2026&quot; guarantees 100&nbsp;% of premiums at retirement with
a choice of 80&nbsp;% guarantee for higher equity exposure.</p>
<h3>2. Occupational disability (BU): new options</h3>
<ul>
<li>Increase option without new health questions on marriage, birth of a child or a salary
increase of at least 10&nbsp;%.</li>
<li>Simplified health questions for apprentices and students up to age 30.</li>
<li>Nursing-care benefit (Pflegerente) can be added up to age 55.</li>
</ul>
<h3>3. Dates</h3>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>24 March 2026</td><td>Online training: bAV for small businesses</td></tr>
<tr><td>7 April 2026</td><td>Broker roadshow Kassel</td></tr>
</table>
<p>Broker portal: https://makler.lindwurm-versicherung.example</p>
<p style="font-size:8pt">Lindwurm Lebensversicherung AG &ndash; information for brokers only.</p>
""", "en"), cs="utf-8", cte="base64")
    return m


@mail("N", "de", "internal", "trap: Easter holiday cover plan with colleagues' absences, no reason given, no customer")
def lv29_vertretung_ostern():
    m = hdr(dt(13, "14:00"), a(HAN, "outlook"), box("leben-bestand", "Bestandsverwaltung Leben"),
            "Vertretungsplan Osterferien (30.03.–10.04.)", extra=[OUTLOOK])
    text(m, """Hallo zusammen,

hier der Vertretungsplan für die Osterferien. Bitte prüft eure Zeilen und sagt mir bis
Mittwoch Bescheid, wenn etwas nicht stimmt.

Zeitraum        abwesend                 Postkorb / Telefon übernimmt
30.03.-03.04.   Frank O.                 Ingrid H.
30.03.-10.04.   Melanie R.               Petra S. (Todesfälle), Ingrid H. (Renten)
07.04.-10.04.   Ingrid H.                Frank O.
ganzer Zeitraum Azubi Leon               Berufsschule / Blockunterricht

Die Rentenzahlläufe am 27.03. und 28.04. sind nicht betroffen.

""" + sig_hanebeck("de", short=True), cte="8bit")
    return m


@mail("N", "de", "internal", "trap: farewell collection for a retiring colleague, money and gift words, no sensitive data")
def lv30_abschied_horst():
    m = hdr(dt(13, "15:20"), a(HAN, "outlook"), box("leben-alle", "Abteilung Leben (alle)"),
            "Horst geht in Rente – Sammlung für ein Abschiedsgeschenk", extra=[OUTLOOK])
    text(m, """Liebe Kolleginnen und Kollegen,

nach 41 Jahren bei uns geht Horst Lämmerhirt Ende April in den Ruhestand. Wer sich an einem
Geschenk beteiligen möchte: Ich sammle bis 10.04. in meinem Büro (Raum 4.11), gern 5 bis 10 EUR,
bar in den Umschlag. Geplant ist ein Gutschein für eine Radtour an der Weser plus ein Fotobuch
mit Bildern aus 41 Jahren Leben-Bestand – wer alte Fotos hat, bitte an mich.

Die Verabschiedung ist am 29.04. um 15 Uhr in der Kantine, Kuchen gibt's auch.

Ingrid
""")
    return m

# --------------------------------------------------------------------------
# Tobias Reinhardt - commercial underwriting (Firmenkunden Sach / Haftpflicht)
# --------------------------------------------------------------------------


@mail("N", "en", "insurer-to-partner", "trap: reinsurance treaty admin, bordereaux timing and premium totals at portfolio level, no insured named")
def fk01_treaty_bordereaux():
    m = hdr(dt(9, "08:15"), a(REI), "James Whitfield <j.whitfield@thameside-re.example>",
            "Property cat XL 2026 - Q1 bordereaux timing", extra=[OUTLOOK])
    text(m, """Hi James,

quick one on the property cat XL for 2026: the Q1 bordereaux will reach you by 24 April
(cut-off 31 March). Format unchanged, one line per location with sum insured, occupancy code,
ZUERS zone and CRESTA zone - no policyholder names, as agreed last year.

Indicative figures for the quarter: 1,914 locations written or renewed, total sum insured
EUR 6.8bn, gross premium EUR 11.2m. The hail event of 5/6 March is mostly motor for us; property
losses so far are below EUR 2m and well inside the retention.

Talk soon,
Tobias

""" + sig_reinhardt("en"), cs="us-ascii", cte="7bit")
    return m


@mail("C", "de", "insurer-to-broker", "grey: commercial liability quote for a named GmbH with turnover, staff count, premium and named managing director (company data, named contact)")
def fk02_angebot_bhv_kroeger():
    m = hdr(dt(9, "09:00"), a(REI), "Sven Hollmann <s.hollmann@hanse-assekuranz-makler.example>",
            "Angebot Betriebshaftpflicht Metallbau Kröger GmbH – Ihre Anfrage vom 02.03.",
            irt=ext_id("sh-0302", "hanse-assekuranz-makler.example"), extra=[OUTLOOK])
    text(m, """Hallo Herr Hollmann,

anbei unser Angebot für die Betriebshaftpflicht der Metallbau Kröger GmbH. Kurz die Eckdaten:

- Deckungssumme 5 Mio. EUR pauschal, 2-fach maximiert
- Umsatz 2025 laut Fragebogen 4,2 Mio. EUR, 38 Mitarbeitende, davon 4 Auszubildende
- Montage bei Dritten (Stahlbau, Geländer, Treppen) eingeschlossen, Schweißarbeiten mit
  Feuerschutzauflage (Brandwache 1 Std.)
- Jahresnettobeitrag 9.860 EUR, SB 1.000 EUR

Die Vorschäden (2 Sachschäden bei Montage 2023/2024, zusammen ca. 18.000 EUR) sind berücksichtigt.
Wenn Herr Kröger die Deckungssumme auf 10 Mio. erhöhen möchte, kämen ca. 1.900 EUR dazu.

Bindefrist bis 31.03.2026.

""" + sig_reinhardt("de"))
    attach(m, att_pdf("Angebot_BHV_Metallbau_Kroeger_2026.pdf", "Angebot Betriebshaftpflichtversicherung", [
        "Versicherungsnehmerin: Metallbau Kröger GmbH, Industriestraße 18, 34253 Lohfelden",
        "Geschäftsführer: Heiko Kröger",
        "Vermittler: Hanse Assekuranz Makler GmbH, Sven Hollmann",
        "Angebots-Nr.: FK-BHV 26-0311",
        "",
        "Betriebsart: Stahl- und Metallbau, Schlosserei, Montage",
        "Umsatz 2025: 4.200.000 EUR; Lohn- und Gehaltssumme: 1.740.000 EUR; Mitarbeitende: 38",
        "",
        "Deckungssumme Personen-, Sach- und Vermögensschäden: 5.000.000 EUR, 2-fach maximiert",
        "Einschlüsse: Bearbeitungsschäden, Montage bei Dritten, Produkthaftpflicht (erweitert), Umwelt-HV",
        "Selbstbeteiligung: 1.000 EUR je Schaden",
        "",
        "Jahresnettobeitrag: 9.860,00 EUR zzgl. 19 % Versicherungsteuer = 11.733,40 EUR",
        "Gültig bis 31.03.2026. Es gelten die AVB BHV Lindwurm 2026.",
    ], author="Lindwurm Allgemeine Versicherung AG"))
    return m


@mail("N", "de", "internal", "trap: underwriting guideline update for PV on commercial roofs, DOCX attached, no customer")
def fk03_richtlinie_pv():
    m = hdr(dt(9, "10:30"), a(REI), box("firmenkunden-uw", "Underwriting Firmenkunden"),
            "Zeichnungsrichtlinie Photovoltaik auf Gewerbedächern – Version 3.0 ab 01.04.", extra=[OUTLOOK])
    text(m, """Hallo zusammen,

anbei die überarbeitete Zeichnungsrichtlinie PV. Wesentliche Änderungen:

- Brandschutz: Bei Dächern mit Sandwichpaneelen (PUR/PIR-Kern) nur noch mit Brandschutz-
  gutachten und Abstand zu Brandwänden von mind. 1,25 m.
- Thermografie alle 2 Jahre ab 100 kWp (bisher ab 250 kWp).
- Batteriespeicher über 50 kWh nur mit Freigabe der Risikoberatung.

Bestandsverträge werden zur Hauptfälligkeit angepasst. Fragen gern an mich.

""" + sig_reinhardt("de", short=True))
    attach(m, att_docx("Zeichnungsrichtlinie_PV_Gewerbe_v3.docx", [
        ("b", "Zeichnungsrichtlinie Photovoltaikanlagen auf Gewerbedächern – Version 3.0"),
        "Gültig ab 01.04.2026 für Neugeschäft, für Bestand zur Hauptfälligkeit.",
        ("b", "1. Annahmekriterien"),
        ("table", [["Kriterium", "bis 100 kWp", "100–750 kWp", "über 750 kWp"],
                   ["Zeichnungsvollmacht", "Sachbearbeitung", "Underwriter", "Underwriting-Leitung"],
                   ["Thermografie", "nicht erforderlich", "alle 2 Jahre", "jährlich"],
                   ["Brandschutzgutachten", "bei Sandwichpaneelen", "immer", "immer"]]),
        ("b", "2. Ausschlüsse"),
        "Anlagen auf Dächern mit brennbarer Dämmung ohne Brandschutzmaßnahmen; gebrauchte Module "
        "ohne Herstellergarantie; Eigenbau-Speicher.",
        ("b", "3. Prämienzuschläge"),
        "Batteriespeicher im Gebäude: +15 %; fehlender DC-Freischalter: +10 %.",
    ], title="Zeichnungsrichtlinie PV", creator="Tobias Reinhardt"))
    return m


@mail("C", "en", "insurer-to-broker", "grey: cargo open cover for a named logistics company, shipment declarations with values in the XLSX (company contract data)")
def fk04_cargo_declarations():
    m = hdr(dt(9, "11:45"), a(REI), "Emma Lockhart <emma.lockhart@lockhart-marine-brokers.example>",
            "Nordhessen Logistik GmbH - open cover OC 26-0044 - February declarations", extra=[OUTLOOK])
    text(m, """Hi Emma,

thanks for the February declarations for Nordhessen Logistik GmbH under open cover OC 26-0044.
I've added our premium calculation in the attached sheet. Two shipments exceed the per-conveyance
limit of EUR 1.5m (lines 7 and 12) - they are covered this time as they were declared in advance,
but for future shipments above the limit we need the declaration at least 48 hours before loading.

Premium for February: EUR 4,118.40 (rate 0.06 % on declared values), to be invoiced with the
monthly statement.

""" + sig_reinhardt("en"), cs="utf-8", cte="quoted-printable")
    attach(m, att_xlsx("OC26-0044_declarations_2026-02.xlsx", [
        ("February 2026", [
            ["No.", "Date", "From", "To", "Goods", "Conveyance", "Declared value EUR", "Premium EUR"],
            [1, "2026-02-02", "Kassel", "Rotterdam", "machine parts", "truck", 310000, 186.0],
            [2, "2026-02-03", "Kassel", "Gdansk", "auto parts", "truck", 420000, 252.0],
            [7, "2026-02-11", "Hamburg", "Shanghai", "industrial robots", "sea", 1840000, 1104.0],
            [12, "2026-02-19", "Hamburg", "Houston", "printing press", "sea", 1620000, 972.0],
            [18, "2026-02-27", "Kassel", "Milan", "electronics", "truck", 585000, 351.0],
            ["", "", "", "", "", "Total", 6864000, 4118.4],
        ]),
    ], creator="Tobias Reinhardt"))
    return m


@mail("C", "de", "insurer-to-customer", "quote to a sole-trader master carpenter: his name, private and business address, turnover and sums insured")
def fk05_tischlerei_voss():
    m = hdr(dt(9, "14:20"), a(REI), "Tischlerei Voss <info@tischlerei-voss.example>",
            "Ihr Angebot Inhalts- und Betriebsunterbrechungsversicherung", extra=[OUTLOOK])
    text(m, """Sehr geehrter Herr Voss,

vielen Dank für das nette Gespräch in Ihrer Werkstatt am Freitag. Wie versprochen hier unser
Angebot für die Inhalts- und Betriebsunterbrechungsversicherung Ihres Einzelunternehmens:

  Versicherungsort:       Werkstatt Hinter den Höfen 12, 34270 Schauenburg
  Versicherungsnehmer:    Jürgen Voss, Tischlermeister (Einzelunternehmen)
  Technische und kaufm. Betriebseinrichtung:  185.000 EUR
  Vorräte (Holz, Platten, Beschläge):           60.000 EUR
  Betriebsunterbrechung, Haftzeit 12 Monate:   310.000 EUR (= Jahresumsatz 2025)
  Gefahren:               Feuer, Einbruchdiebstahl, Leitungswasser, Sturm/Hagel, Elementar
  Jahresbeitrag:          2.184,00 EUR netto

Bitte beachten Sie unsere Auflage zur Absauganlage (Späne-Silo): Reinigung und Wartung einmal
jährlich mit Nachweis. Die Privatanschrift (Lindenstraße 3, 34270 Schauenburg) haben wir nur als
Postanschrift erfasst; Ihr Wohnhaus ist in diesem Angebot nicht enthalten.

""" + sig_reinhardt("de"), cte="quoted-printable")
    return m


@mail("N", "en", "insurer-to-supplier", "trap: instructions to a risk-engineering firm on the survey report template, blank fields, no customer")
def fk06_survey_template():
    m = hdr(dt(9, "16:00"), a(REI), "Dr. Oliver Grant <o.grant@riskworks-engineering.example>",
            "Updated risk survey report template (v2026.1)", extra=[OUTLOOK])
    text(m, """Dear Oliver,

please use the updated template (attached as HTML so your team can copy the structure into
your reporting tool) for all surveys from 1 April. New fields are marked "NEW". Please keep
personal data out of the reports: name the site contact only by role (e.g. "plant manager"),
not by name.

Thanks for the good cooperation so far.

""" + sig_reinhardt("en"), cs="us-ascii", cte="7bit")
    attach(m, att_html("Risk_survey_template_v2026-1.html", html_wrap("""<h1>Risk Survey Report &ndash; template v2026.1</h1>
<table>
<tr><th>Section</th><th>Field</th><th>Content</th></tr>
<tr><td>1 General</td><td>Insured / site</td><td>[company name, site address]</td></tr>
<tr><td>1 General</td><td>Site contact</td><td>[role only, e.g. plant manager]</td></tr>
<tr><td>2 Construction</td><td>Building materials, fire compartments</td><td>[text]</td></tr>
<tr><td>3 Occupancy</td><td>Processes, hazardous materials</td><td>[text]</td></tr>
<tr><td>4 Protection</td><td>Sprinklers, fire alarm, fire brigade distance</td><td>[text]</td></tr>
<tr><td>5 NEW</td><td>PV and battery storage</td><td>[kWp, kWh, location of inverters]</td></tr>
<tr><td>6 NEW</td><td>Cyber / OT exposure</td><td>[yes/no, network segmentation]</td></tr>
<tr><td>7 Loss estimates</td><td>EML / PML</td><td>[EUR, scenario]</td></tr>
<tr><td>8 Recommendations</td><td>Priority A/B/C</td><td>[list]</td></tr>
</table>
""", "en")))
    return m


@mail("S", "de", "company", "forwarded accident report of an insured firm: named apprentice lost two fingers in a press (S68.1), hospital stay")
def fk07_arbeitsunfall_presse():
    m = hdr(dt(10, "08:30"), a(REI), "Nadine Roth <nadine.roth@lindwurm-versicherung.example>",
            "WG: Meldung Arbeitsunfall Metallbau Kröger – BHV Vorvertrag", extra=[OUTLOOK])
    text(m, """Hallo Nadine,

zur Info und Anlage eines Vorgangs (Haftpflicht-Schaden): Bei Kröger (Vorversicherer-Bestand,
wir zeichnen die BHV ab 01.04. neu) gab es letzte Woche einen schweren Arbeitsunfall. Die BG
ist zuständig, aber der Geschäftsführer fragt wegen möglicher Regressansprüche der BG nach
§ 110 SGB VII. Das betrifft den Vorversicherer, nicht uns – kannst du ihm das bitte kurz
bestätigen? Für mein Underwriting notiere ich nur "Arbeitssicherheit Pressen: Auflage".

Danke, Tobias

-----Ursprüngliche Nachricht-----
Von: Heiko Kröger <h.kroeger@metallbau-kroeger.example>
Gesendet: Montag, 9. März 2026 17:48
An: Reinhardt, Tobias <tobias.reinhardt@lindwurm-versicherung.example>
Betreff: Meldung Arbeitsunfall

Hallo Herr Reinhardt,

leider muss ich Ihnen einen Unfall melden, bevor es mit dem neuen Vertrag losgeht. Unser
Auszubildender Kevin Maurer (2. Lehrjahr, 18 Jahre) ist am Donnerstag, 5.3., mit der linken Hand
in die Exzenterpresse gekommen. Zeige- und Mittelfinger links konnten nicht gerettet werden
(Amputation im Mittelglied), er liegt noch in der BG-Unfallklinik in Frankfurt, es geht ihm
den Umständen entsprechend. Die Lichtschranke war nach Aussage des Meisters überbrückt.

BG und Gewerbeaufsicht sind informiert. Müssen wir jetzt mit einer Klage rechnen?

Heiko Kröger
Geschäftsführer, Metallbau Kröger GmbH
""", cte="quoted-printable")
    return m


@mail("C", "en", "insurer-to-broker", "grey: D&O renewal for a named GmbH: named managing directors, revenue, limit and premium (company data, named persons without sensitive facts)")
def fk08_do_renewal():
    m = hdr(dt(10, "09:45"), a(REI), "Hannah Becker <h.becker@rhine-specialty-brokers.example>",
            "D&O renewal 1 May 2026 - Solaris Antriebstechnik GmbH", extra=[OUTLOOK])
    text(m, """Hi Hannah,

thanks for the renewal submission for Solaris Antriebstechnik GmbH. We are happy to renew on
the following basis:

- insured persons: managing directors Dr. Katja Imhoff and Bernd Sauer, authorised officer
  (Prokurist) Felix Arndt, plus all future managing directors and supervisory board members
- limit EUR 5m, annual aggregate, retention for the company EUR 25k (no personal retention
  for the directors, as requested)
- revenue 2025 EUR 48.6m (2024: EUR 44.1m), equity ratio 31 %, no insolvency indicators
- premium EUR 14,900 net (expiring EUR 14,200), +5 % due to the new US subsidiary

Please note that the new US subsidiary (Solaris Drive Inc., Delaware) is covered only for
non-US claims unless we agree a local policy. I'm happy to discuss on the phone.

""" + sig_reinhardt("en"), cs="us-ascii", cte="quoted-printable")
    return m


@mail("N", "de", "internal", "trap: flood-zone (ZÜRS) hazard classes and underwriting rules, no customer")
def fk09_zuers():
    m = hdr(dt(10, "11:10"), a(REI), box("firmenkunden-uw", "Underwriting Firmenkunden"),
            "ZÜRS-Update März 2026 – was ändert sich für uns?", extra=[OUTLOOK])
    text(m, """Hallo zusammen,

das Geoinformationssystem ZÜRS Geo ist zum 01.03. aktualisiert worden. Für Nordhessen:

- Fulda und Eder: einige Gewerbegebiete in Melsungen und Rotenburg sind von GK 2 in GK 3
  gerutscht (neue Hochwasserrisikokarten des Landes).
- Starkregen: Die neue Starkregengefährdungsklasse SGK 3 taucht jetzt in der Abfrage auf.

Zeichnungsregel bleibt: GK 1 und 2 frei, GK 3 mit Elementar-SB 5.000 EUR oder 10 %,
GK 4 nur mit Freigabe der Underwriting-Leitung. Bestandsverträge werden nicht automatisch
umgestellt; bei Verlängerung bitte neu abfragen.

""" + sig_reinhardt("de", short=True), cs="iso-8859-1", cte="quoted-printable")
    return m


@mail("C", "de", "insurer-to-customer", "grey: practice-contents insurance for a named sole-practitioner dentist; dental words but no patient or health data, so not strictly confidential")
def fk10_zahnarztpraxis():
    m = hdr(dt(10, "13:30"), a(REI), "Dr. Miriam Hoffmann <praxis@zahnaerztin-hoffmann.example>",
            "Ihre Praxisversicherung – Nachtrag Behandlungseinheit und Röntgengerät", extra=[OUTLOOK])
    text(m, """Sehr geehrte Frau Dr. Hoffmann,

vielen Dank für Ihre Nachricht. Wir haben die neuen Geräte in Ihre Praxisinhaltsversicherung
(Vertrag FK-PI 26-2281, Zahnarztpraxis Dr. Miriam Hoffmann, Königsplatz 57, 34117 Kassel)
aufgenommen:

  Behandlungseinheit (Neuanschaffung 02/2026)     68.400 EUR
  digitales Röntgengerät (DVT)                     94.900 EUR
  neue Versicherungssumme Praxisinventar:         412.000 EUR

Die Elektronikversicherung für das DVT ist darin enthalten (Bedienungsfehler, Überspannung,
Wasserschaden). Der Mehrbeitrag beträgt 486,20 EUR jährlich, anteilig ab 01.03.2026.

Praxisausfall: Ihre Ertragsausfallversicherung deckt weiterhin 12 Monate; die Höhe orientiert
sich an Ihren Praxiskosten, nicht am Gewinn – hier müssen Sie nichts ändern.

""" + sig_reinhardt("de"))
    return m


@mail("N", "en", "insurer-to-broker", "trap: cyber market conditions mail to brokers, rates and capacity, no client")
def fk11_cyber_market():
    m = hdr(dt(10, "15:00"), a(REI), box("firmenkunden-makler", "Lindwurm Commercial Broker Service"),
            "Cyber market update Q1 2026 - capacity and underwriting questions",
            extra=[OUTLOOK, ("Precedence", "bulk")])
    htmlonly(m, html_wrap("""<p>Dear broker partners,</p>
<p>a short update on our cyber appetite for Q1 2026:</p>
<ul>
<li>Capacity: up to EUR 5m per risk for SMEs with revenue up to EUR 250m.</li>
<li>Rates: stable to &minus;5&nbsp;% for clients with MFA on all remote access and offline backups.</li>
<li>New minimum requirements: EDR on all endpoints, patching of critical vulnerabilities within 14 days.</li>
<li>Not in appetite: crypto exchanges, online gambling, MSPs without SOC 2 report.</li>
</ul>
<table>
<tr><th>Revenue band</th><th>Typical limit</th><th>Indicative rate</th></tr>
<tr><td>up to EUR 10m</td><td>EUR 1m</td><td>from EUR 1,400</td></tr>
<tr><td>EUR 10&ndash;50m</td><td>EUR 2&ndash;3m</td><td>from EUR 5,900</td></tr>
<tr><td>EUR 50&ndash;250m</td><td>EUR 5m</td><td>individual</td></tr>
</table>
<p>Questions: Tobias Reinhardt, +49 561 7081-7305</p>
<p style="font-size:8pt">Lindwurm Allgemeine Versicherung AG &ndash; for professional intermediaries only.</p>
""", "en"))
    return m


@mail("S", "en", "insurer-to-broker", "group accident insurance census: employees with birth dates and two with disabilities (degree of disability) in the XLSX; accident is a personal line")
def fk12_group_accident_census():
    m = hdr(dt(11, "08:40"), a(REI), "Hannah Becker <h.becker@rhine-specialty-brokers.example>",
            "Group accident quote - PixelForge Studios GmbH - census reviewed", irt=ext_id("hb-0310", "rhine-specialty-brokers.example"),
            extra=[OUTLOOK])
    text(m, """Hi Hannah,

I've reviewed the census for PixelForge Studios (24 employees). Quote follows tomorrow; two
points first:

1. For the two employees with a recognised severe disability (lines 9 and 17 of the sheet) we
   can include cover without exclusion, but the disability-related pre-existing impairment is
   deducted under the standard clause (Vorinvalidität). Please make sure the employer tells them.
2. The census has birth dates and salary bands - please send such lists via the secure portal
   next time rather than by e-mail. I've marked up the sheet and attach it back only because it
   already came to us this way.

Sum insured per person as requested: EUR 100,000 disability (progression 225 %), EUR 20,000 death.

""" + sig_reinhardt("en"))
    rows = [["No.", "Name", "Date of birth", "Job", "Salary band", "Notes"]]
    people = [("Lea Sommer", "1991-04-18", "Art director", "C"), ("Jannik Roth", "1996-09-02", "3D artist", "B"),
              ("Mia Kowalski", "1999-12-11", "Game designer", "B"), ("Tim Becker", "1987-03-29", "CTO", "E"),
              ("Sara Haddad", "1994-07-07", "Developer", "C"), ("Paul Engel", "1990-01-15", "Developer", "C"),
              ("Nina Vogt", "1998-05-23", "QA tester", "A"), ("Omar Said", "1993-10-30", "Developer", "C"),
              ("Julia Brand", "1985-08-19", "Producer", "D"), ("Kai Neumann", "2000-02-14", "Junior artist", "A"),
              ("Eva Lange", "1992-06-06", "Sound designer", "B"), ("Finn Maier", "1997-11-21", "Developer", "B"),
              ("Lukas Hahn", "1989-04-04", "Lead developer", "D"), ("Anna Weber", "1995-09-17", "UX designer", "C"),
              ("Max Richter", "1983-12-01", "CEO", "E"), ("Lina Koch", "1999-03-03", "Community manager", "A"),
              ("Ben Schulz", "1990-07-25", "Developer", "C")]
    for i, (nm, dob, job, band) in enumerate(people, 1):
        note = ""
        if i == 9:
            note = "severe disability, degree 50 (hearing)"
        if i == 17:
            note = "severe disability, degree 60 (wheelchair user)"
        rows.append([i, nm, dob, job, band, note])
    attach(m, att_xlsx("PixelForge_census_reviewed.xlsx", [("Census", rows)], creator="Tobias Reinhardt"))
    return m


@mail("C", "de", "insurer-to-customer", "fire insurance of a named sole-trader farmer: farm buildings, sums insured, inspection appointment (ICS)")
def fk13_landwirt_besichtigung():
    m = hdr(dt(11, "10:00"), a(REI), "Heinrich Brandes <hof.brandes@landpost.example>",
            "Besichtigung Ihres Hofes am 18.03. – Feuerversicherung", extra=[OUTLOOK])
    text(m, """Sehr geehrter Herr Brandes,

wie telefonisch besprochen kommen unser Risikoberater Herr Lemke und ich am Mittwoch, 18.03.,
um 9 Uhr zur Besichtigung auf Ihren Hof (Brandeshof, Dorfstraße 22, 34379 Calden-Westuffeln).
Wir brauchen etwa zwei Stunden.

Anlass ist die Anpassung Ihrer landwirtschaftlichen Feuerversicherung (Vertrag FK-LW 14-0087):
die neue Maschinenhalle (Versicherungssumme 420.000 EUR) und die PV-Anlage auf dem
Stalldach (99 kWp). Bitte halten Sie nach Möglichkeit die E-Check-Protokolle und den Nachweis
der letzten Blitzschutzprüfung bereit.

Eine Kalendereinladung hängt an.

""" + sig_reinhardt("de"), cs="windows-1252", cte="quoted-printable")
    attach(m, att_ics("Besichtigung_Brandeshof_18-03.ics", "besichtigung-fklw14-0087@" + DOM,
                      "20260318T080000Z", "20260318T100000Z", "Risikobesichtigung Brandeshof (FK-LW 14-0087)",
                      "Brandeshof, Dorfstraße 22, 34379 Calden-Westuffeln",
                      "Besichtigung Maschinenhalle und PV-Anlage Stalldach. E-Check-Protokolle bereithalten.",
                      ("Tobias Reinhardt", REI[1]),
                      [("Heinrich Brandes", "hof.brandes@landpost.example"), ("Jens Lemke", "jens.lemke@" + DOM)],
                      stamp="20260311T090000Z"))
    return m


@mail("N", "de", "newsletter", "trap: invitation for brokers to a fire-protection seminar, no client")
def fk14_brandschutz_seminar():
    m = hdr(dt(11, "11:20"), box("firmenkunden-makler", "Lindwurm Firmenkunden Maklerbetreuung"),
            box("firmenkunden-makler", "Lindwurm Firmenkunden Maklerbetreuung"),
            "Einladung: Brandschutz im Gewerbebetrieb – Praxisseminar am 22.04.2026",
            extra=[OUTLOOK, ("Precedence", "bulk")])
    body = """Liebe Maklerinnen und Makler,

Brände in Gewerbebetrieben sind der größte Kostentreiber in der Sachversicherung. In unserem
Praxisseminar zeigen unsere Risikoingenieure, worauf Sie bei der Besichtigung achten sollten:

- Heißarbeiten und Brandwachen
- Lithium-Ionen-Akkus in Lager und Werkstatt
- Photovoltaik und Batteriespeicher auf Gewerbedächern
- Brandschutzordnung, Feuerlöscher, Rauchabzug

Termin: Mittwoch, 22.04.2026, 9:30–15:30 Uhr, Lindwurm Forum, Uferstraße 40, Kassel
Teilnahme kostenlos, 5 Stunden Weiterbildungszeit nach IDD. Anmeldung bis 10.04. unter
https://makler.lindwurm-versicherung.example/seminare

Ihr Team Firmenkunden – Tobias Reinhardt und Kolleginnen
"""
    html = html_wrap("<h2>Brandschutz im Gewerbebetrieb</h2>\n<p>" + "</p>\n<p>".join(xesc(p).replace("\n", "<br>\n") for p in body.split("\n\n")) + "</p>")
    alt(m, body, html, cte="quoted-printable")
    return m


@mail("C", "mixed", "insurer-to-partner", "grey: facultative reinsurance submission for a named plastics plant: sums insured and loss history, named plant manager (company data)")
def fk15_fakultativ_eder():
    m = hdr(dt(11, "13:00"), a(REI), "Beat Meier <beat.meier@alpen-rueck.example>",
            "Facultative placement - Kunststoffwerk Eder GmbH, Hessisch Lichtenau", extra=[OUTLOOK])
    text(m, """Hi Beat,

as discussed, here is the facultative submission for Kunststoffwerk Eder GmbH. We keep 30 % on
our net account and would like to place 50 % of the property risk with you (fire and BI).
The summary and the location schedule are in the attached spreadsheet; the survey report
(German) follows via our secure file transfer.

Kurz auf Deutsch für eure Kollegin in der Analyse:
- Versicherungssumme Gebäude/Inhalt 38,5 Mio. EUR, BU 14 Mio. EUR (Haftzeit 18 Monate)
- Sprinkler in Halle 1 und 2, Halle 3 (Granulatlager) ohne Sprinkler -> Auflage bis 31.12.2026
- Vorschäden: 2021 Brand Extruder (1,2 Mio. EUR), 2024 Sturm (180 TEUR)
- Ansprechpartner vor Ort: Werkleiter Herr Andreas Eder

Best regards / Beste Grüße
Tobias
""", cte="8bit")
    attach(m, att_ods("Eder_fac_submission.ods", [
        ("Summary", [
            ["Item", "Value"],
            ["Insured", "Kunststoffwerk Eder GmbH"],
            ["Occupancy", "plastic injection moulding, extrusion"],
            ["Sum insured PD (EUR)", 38500000],
            ["Sum insured BI (EUR)", 14000000],
            ["EML (EUR)", 16200000],
            ["Share offered", "50 %"],
            ["Gross rate PD+BI (per mille)", 1.35],
        ]),
        ("Losses", [
            ["Year", "Cause", "Paid EUR"],
            [2021, "Fire at extruder line 4", 1200000],
            [2024, "Storm, roof of hall 2", 180000],
        ]),
    ], creator="Tobias Reinhardt"))
    return m


@mail("N", "en", "internal", "trap: minutes on the sanctions screening procedure for commercial clients, process only")
def fk16_sanctions_minutes():
    m = hdr(dt(11, "14:40"), a(REI), box("firmenkunden-uw", "Underwriting Firmenkunden"),
            "Minutes: sanctions screening in commercial underwriting (11 March)",
            cc="Compliance <compliance@%s>" % DOM, extra=[OUTLOOK])
    text(m, """Hi all,

minutes from today's session with Compliance (in English because our colleagues from the
London branch joined):

1. Screening moment: every new client AND every renewal must be screened before binding, not
   after. The tool now also screens beneficial owners above 25 %.
2. Hits: a potential hit is never discussed by e-mail with the broker. Escalate to Compliance
   via the tool; Compliance decides within 2 working days.
3. Cargo: shipments to/from sanctioned countries are excluded by the sanctions clause; brokers
   must not declare them. Trans-shipment via third countries is still caught.
4. Documentation: the screening result is stored automatically in the policy file.
5. Training: mandatory e-learning "Sanctions 2026" by 30 April.

Next review: September.

""" + sig_reinhardt("en", short=True), cs="us-ascii", cte="7bit")
    return m


@mail("C", "de", "insurer-to-broker", "grey: loss history of a named cleaning company for a liability quote, claim amounts in the CSV; damaged parties are firms, no injuries")
def fk17_schadenhistorie_reinigung():
    m = hdr(dt(11, "16:10"), a(REI), "Sven Hollmann <s.hollmann@hanse-assekuranz-makler.example>",
            "Sauber & Co. Gebäudereinigung GmbH – Schadenverlauf für Ihr Angebot", extra=[OUTLOOK])
    text(m, """Hallo Herr Hollmann,

danke für die Schadenliste. Ich habe sie in unser Format übernommen (CSV anbei) und eine Spalte
"Ursache" ergänzt. Die Häufung bei den Glasbruch- und Bodenbelagsschäden (falsche
Reinigungsmittel) ist auffällig – für ein Angebot brauche ich ein kurzes Schreiben der
Geschäftsführung, welche Schulungen seitdem eingeführt wurden.

Schadenquote der letzten 5 Jahre beim Vorversicherer: 84 %. Mit einer SB von 500 EUR und einer
Auflage zu den Reinigungsmitteln wäre ich bei ca. 6.400 EUR Nettobeitrag.

""" + sig_reinhardt("de"), cte="quoted-printable")
    attach(m, att_csv("Schadenverlauf_SauberCo_2021-2025.csv", [
        ["Jahr", "Schadenart", "Geschädigter", "Ursache", "Zahlung EUR", "Reserve EUR"],
        ["2021", "Sachschaden Glasfassade", "Bürohaus Königstor GmbH", "Scheuermittel auf Beschichtung", "12.400", "0"],
        ["2022", "Bodenbelag Parkett", "Kanzlei am Ständeplatz PartG", "zu nass gewischt", "8.150", "0"],
        ["2023", "Bodenbelag Naturstein", "Autohaus Brenner GmbH", "säurehaltiger Reiniger", "21.900", "0"],
        ["2024", "Schlüsselverlust Schließanlage", "Wohnbau Nordhessen eG", "Schlüssel verloren", "14.600", "0"],
        ["2025", "Wasserschaden Serverraum", "IT-Haus Fulda GmbH", "Reinigungsmaschine ausgelaufen", "0", "35.000"],
    ], cs="utf-8"))
    return m


@mail("S", "de", "broker", "grey: forwarded broker notice of a criminal investigation (breach of trust) against a named managing director under a D&O policy")
def fk18_do_ermittlung():
    m = hdr(dt(12, "08:30"), a(REI), "Dr. Julia Neff <julia.neff@lindwurm-versicherung.example>",
            "WG: Vorsorgliche Meldung D&O – Falk Präzisionsguss GmbH / Dr. Lorenz Falk", extra=[OUTLOOK])
    text(m, """Hallo Julia,

bitte an euch in der Schadenabteilung D&O; ich nehme die Meldung nur für die Verlängerung zur
Kenntnis (Erhöhung der Versicherungssumme lehne ich bis zur Klärung ab). Bitte behandelt das
vertraulich, der Makler hat ausdrücklich darum gebeten.

Tobias

-----Ursprüngliche Nachricht-----
Von: Sven Hollmann <s.hollmann@hanse-assekuranz-makler.example>
Gesendet: Mittwoch, 11. März 2026 18:02
An: Reinhardt, Tobias <tobias.reinhardt@lindwurm-versicherung.example>
Betreff: Vorsorgliche Meldung D&O – Falk Präzisionsguss GmbH / Dr. Lorenz Falk

Sehr geehrter Herr Reinhardt,

namens unserer Mandantin, der Falk Präzisionsguss GmbH (D&O-Vertrag FK-DO 22-0193), melden wir
vorsorglich einen Umstand, der zu einer Inanspruchnahme führen kann:

Die Staatsanwaltschaft Kassel hat am 09.03.2026 ein Ermittlungsverfahren gegen den
Geschäftsführer Herrn Dr. Lorenz Falk wegen des Verdachts der Untreue (§ 266 StGB) eingeleitet
(Az. 2610 Js 4417/26). Es geht um Beraterhonorare an eine Firma seines Schwagers in Höhe von
ca. 640.000 EUR. Die Geschäftsräume und die Privatwohnung wurden durchsucht. Herr Dr. Falk
bestreitet die Vorwürfe; er ist bis zur Klärung freigestellt.

Wir bitten um Bestätigung des Eingangs und Prüfung der Kostenübernahme für die
Strafverteidigung (Rechtsanwalt Prof. Dr. Seibold).

Mit freundlichen Grüßen
Sven Hollmann
Hanse Assekuranz Makler GmbH
""", cte="8bit")
    return m


@mail("C", "en", "insurer-to-customer", "property quote for a hotel run by a named sole proprietor with her IBAN for the direct debit")
def fk19_hotel_sole_proprietor():
    m = hdr(dt(12, "09:50"), a(REI), "Greta Olsen <greta@hotel-lindenhof-kassel.example>",
            "Your hotel insurance - policy documents and direct debit", irt=ext_id("go-0311", "hotel-lindenhof-kassel.example"),
            extra=[OUTLOOK])
    text(m, """Dear Mrs Olsen,

thank you for accepting our quote. Your hotel insurance starts on 1 April 2026:

  Policyholder:      Greta Olsen, trading as Hotel Lindenhof (sole proprietor)
  Location:          Lindenallee 14-16, 34131 Kassel
  Policy no.:        FK-HO 26-0458
  Buildings:         EUR 3,250,000 (new replacement value)
  Contents:          EUR 410,000
  Business interruption: EUR 690,000, indemnity period 12 months
  Public liability:  EUR 5,000,000
  Annual premium:    EUR 7,812.60 incl. 19 % insurance tax

As requested, we will collect the premium quarterly (EUR 1,953.15) by direct debit from
your account with the Kasseler Bank, IBAN """ + iban_de("52090000", "0072044518") + """, mandate
reference FK-HO-26-0458-01, first collection on 1 April 2026.

The policy documents will follow by post. Welcome to Lindwurm!

""" + sig_reinhardt("en"), cs="us-ascii", cte="quoted-printable")
    return m


@mail("N", "en", "internal", "trap: note on a natural-catastrophe model event-set update, portfolio figures only")
def fk20_natcat_model():
    m = hdr(dt(12, "11:15"), a(REI), "Actuarial Nat Cat <natcat@lindwurm-versicherung.example>",
            "RE: event set update v24 - impact on commercial property", irt=ext_id("nc-0311", DOM),
            extra=[OUTLOOK])
    text(m, """Hi team,

thanks for the first run with the new event set. From the commercial property side:

- the 200-year PML for windstorm rises by 7 % (mostly the Kassel-Baunatal industrial cluster);
- hail is up 12 % - plausible given the PV growth on commercial roofs;
- flood is nearly unchanged after the ZUERS update.

Could you split the hail result by roof type (with/without PV) for the April pricing meeting?
No need for location-level output, portfolio view is enough.

Thanks,
Tobias
""", cs="us-ascii", cte="7bit")
    return m


@mail("C", "de", "insurer-to-broker", "electronics insurance for an architects' partnership of two named natural persons (GbR), equipment values and premium")
def fk21_architekten_gbr():
    m = hdr(dt(12, "13:40"), a(REI), "Maklerbüro Vogt <buero@maklerbuero-vogt.example>",
            "Elektronikversicherung Weidner & Sommer Architekten GbR – Policierung", extra=[OUTLOOK])
    text(m, """Hallo Frau Vogt,

die Elektronikversicherung für Ihre Kunden ist policiert:

  Versicherungsnehmer:  Weidner & Sommer Architekten GbR,
                        Gesellschafter Carsten Weidner und Lisa Sommer
                        Friedrichsplatz 8, 34117 Kassel
  Vertrag:              FK-EL 26-1127, Beginn 01.03.2026
  Versicherungssumme:   96.500 EUR (12 CAD-Arbeitsplätze, Plotter, Server, Drohne für Bauaufnahmen)
  Einschluss:           Mobile Geräte weltweit, Software-Wiederherstellung bis 10.000 EUR
  Jahresbeitrag:        1.312,00 EUR netto

Die Drohne ist nur gegen Beschädigung versichert, die Haftpflicht für den Drohnenbetrieb muss
separat abgeschlossen werden - das hatte ich Herrn Weidner am Telefon schon gesagt.

""" + sig_reinhardt("de"), cs="iso-8859-1", cte="8bit")
    return m


@mail("N", "de", "insurer-to-prospect", "trap: blank liability questionnaire with placeholders sent to a prospect company, no data filled in")
def fk22_fragebogen_blanko():
    m = hdr(dt(12, "15:00"), a(REI), "Info Kälte-Klima Baunatal GmbH <info@kaelte-klima-baunatal.example>",
            "Fragebogen Betriebshaftpflicht – wie am Telefon besprochen", extra=[OUTLOOK])
    text(m, """Sehr geehrte Damen und Herren,

wie am Telefon besprochen schicke ich Ihnen unseren Fragebogen zur Betriebshaftpflicht. Bitte
füllen Sie ihn aus und senden Sie ihn zusammen mit der Schadenaufstellung Ihres bisherigen
Versicherers der letzten fünf Jahre zurück. Sie können ihn gern über unser sicheres Upload-Portal
schicken: https://upload.lindwurm-versicherung.example

Wenn Sie mit einem Makler zusammenarbeiten, kann dieser den Fragebogen auch für Sie einreichen.

""" + sig_reinhardt("de"))
    attach(m, att_docx("Fragebogen_Betriebshaftpflicht_2026.docx", [
        ("b", "Fragebogen Betriebshaftpflichtversicherung"),
        ("table", [
            ["Firma / Rechtsform", "[                    ]"],
            ["Anschrift", "[                    ]"],
            ["Ansprechpartner (Funktion)", "[                    ]"],
            ["Betriebsart / Tätigkeiten", "[                    ]"],
            ["Umsatz letztes Geschäftsjahr (EUR)", "[                    ]"],
            ["Anzahl Mitarbeitende", "[                    ]"],
            ["Arbeiten bei Dritten (ja/nein, Art)", "[                    ]"],
            ["Umgang mit Kältemitteln (Art, Menge)", "[                    ]"],
            ["Auslandstätigkeit", "[                    ]"],
            ["Vorversicherer, Schäden der letzten 5 Jahre", "[                    ]"],
        ]),
        "Ort, Datum, Unterschrift: ______________________",
    ], title="Fragebogen BHV", creator="Tobias Reinhardt"))
    return m


@mail("C", "en", "insurer-to-broker", "named managing director's personal guarantee with his private annual income and assets for a surety facility")
def fk23_surety_guarantee():
    m = hdr(dt(12, "16:30"), a(REI), "Emma Lockhart <emma.lockhart@lockhart-marine-brokers.example>",
            "Surety facility Bauunternehmen Fuchs GmbH - guarantor details", irt=ext_id("el-0312", "lockhart-marine-brokers.example"),
            extra=[OUTLOOK])
    text(m, """Hi Emma,

thanks for the financial statements. The company figures work (revenue EUR 22.4m, equity ratio
18 %), but for a surety facility of EUR 3m our credit team needs the personal guarantee of the
shareholder-managing director, as discussed. From the self-disclosure you sent:

  Guarantor: Mr Rüdiger Fuchs, Kassel
  Annual taxable income 2024 (tax assessment): EUR 286,400
  Unencumbered real estate: single-family house, estimated EUR 780,000
  Other liabilities: none stated

That is sufficient for a guarantee of EUR 1m. Please have the guarantee signed before the first
bond is issued; our template follows separately.

""" + sig_reinhardt("en"), cte="8bit")
    return m


@mail("N", "mixed", "auto-reply", "trap: bilingual out-of-office of the underwriter, no content of the original mail")
def fk24_abwesenheit():
    m = hdr(dt(13, "08:20"), a(REI), "Sven Hollmann <s.hollmann@hanse-assekuranz-makler.example>",
            "Automatische Antwort: Rückfrage Angebot", irt=ext_id("sh-0313", "hanse-assekuranz-makler.example"),
            extra=[OUTLOOK, ("Auto-Submitted", "auto-replied")])
    text(m, """Vielen Dank für Ihre Nachricht. Ich bin vom 16. bis 18.03.2026 auf der Messe
"Risiko & Industrie" in Köln und lese meine E-Mails nur eingeschränkt. In dringenden Fällen
wenden Sie sich bitte an firmenkunden-uw@lindwurm-versicherung.example.

Thank you for your message. I am at a trade fair from 16 to 18 March 2026 with limited access
to e-mail. For urgent matters please contact firmenkunden-uw@lindwurm-versicherung.example.

Tobias Reinhardt
""")
    return m


@mail("C", "de", "insurer-to-broker", "grey: cover note for a named construction company's site with sums insured; ZIP with cover note PDF and sum schedule (company contract data)")
def fk25_deckungsbestaetigung_fuchs():
    m = hdr(dt(13, "09:30"), a(REI), "Maklerbüro Vogt <buero@maklerbuero-vogt.example>",
            "Deckungsbestätigung Bauleistung – Fuchs / BV Bettenhausen", extra=[OUTLOOK])
    text(m, """Hallo Frau Vogt,

anbei die Deckungsbestätigung für die Bauleistungsversicherung des Bauvorhabens
"Wohnquartier Bettenhausen" (Bauherr: Bauunternehmen Fuchs GmbH) und die Summenaufstellung,
beides im ZIP. Das Original der Police folgt nächste Woche.

""" + sig_reinhardt("de"))
    cover = pdf("Deckungsbestätigung Bauleistungsversicherung", [
        "Versicherungsnehmerin: Bauunternehmen Fuchs GmbH, Sandershäuser Straße 90, 34123 Kassel",
        "Vertrag: FK-BL 26-0077 (vorläufige Deckung ab 09.03.2026)",
        "Bauvorhaben: Wohnquartier Bettenhausen, 3 Mehrfamilienhäuser, 64 Wohneinheiten",
        "Bausumme: 18.900.000 EUR; Bauzeit: 03/2026 bis 09/2027",
        "Selbstbeteiligung: 2.500 EUR je Schadenfall; Diebstahl eingebauter Teile eingeschlossen",
        "Diese Bestätigung gilt bis zur Ausfertigung des Versicherungsscheins.",
    ], author="Lindwurm Allgemeine Versicherung AG")
    sums = xlsx([("Summen", [
        ["Gewerk", "Summe EUR"],
        ["Rohbau", 7200000],
        ["Ausbau", 6100000],
        ["Haustechnik", 4300000],
        ["Außenanlagen", 1300000],
        ["Gesamt", 18900000],
    ])], creator="Tobias Reinhardt")
    attach(m, att_zip("FK-BL26-0077_Deckung.zip", [("Deckungsbestaetigung_FK-BL26-0077.pdf", cover),
                                                   ("Summenaufstellung.xlsx", sums)]))
    return m


@mail("C", "en", "insurer-to-broker", "business-interruption renewal for a named sole-trader restaurateur with his profit figures (income)")
def fk26_bi_restaurant():
    m = hdr(dt(13, "10:45"), a(REI), "Hannah Becker <h.becker@rhine-specialty-brokers.example>",
            "Renewal BI - Trattoria Conti (Paolo Conti, sole trader)", extra=[OUTLOOK])
    text(m, """Hi Hannah,

renewal terms for the business interruption cover of Trattoria Conti (policyholder Mr Paolo
Conti, sole trader, Obere Koenigsstrasse 30, Kassel; policy FK-BU 19-3312):

The sum insured has to follow the figures from his 2025 profit and loss statement:
  revenue EUR 612,000, fixed costs EUR 254,000, profit EUR 96,800
  -> gross profit to be insured EUR 350,800 (currently EUR 310,000 - underinsured!)

New annual premium with the corrected sum: EUR 1,488 (expiring EUR 1,316). Indemnity period
stays at 12 months. The extension for closure by public health order (infectious diseases act)
is included up to 30 days.

Can you confirm by 25 March?

""" + sig_reinhardt("en"), cs="us-ascii", cte="7bit")
    return m


@mail("N", "de", "internal", "trap: quarterly new-business KPIs of commercial underwriting, aggregates only, XLSX")
def fk27_kennzahlen_q1():
    m = hdr(dt(13, "11:50"), a(REI), "Bettina Arnold <bettina.arnold@lindwurm-versicherung.example>",
            "Kennzahlen Neugeschäft Firmenkunden Q1 (Stand 13.03.)", extra=[OUTLOOK])
    text(m, """Hallo Bettina,

hier die Zahlen für die Vorstandsvorlage, Stand heute. Die Spalte "Hit Ratio" ist Angebote zu
Abschlüssen, ohne Verlängerungen.

Gruß
Tobias
""")
    attach(m, att_xlsx("Neugeschaeft_FK_Q1_2026_Stand-1303.xlsx", [
        ("Q1", [
            ["Sparte", "Angebote", "Abschlüsse", "Hit Ratio", "Nettobeitrag EUR", "Ø Beitrag EUR"],
            ["Betriebshaftpflicht", 214, 61, 0.285, 512400, 8400],
            ["Inhalt / BU", 188, 54, 0.287, 398100, 7372],
            ["Elektronik", 73, 29, 0.397, 41200, 1421],
            ["Bauleistung", 22, 6, 0.273, 188000, 31333],
            ["D&O", 31, 9, 0.29, 127500, 14167],
            ["Cyber", 45, 11, 0.244, 96300, 8755],
            ["Gesamt", 573, 170, 0.297, 1363500, 8021],
        ]),
    ], creator="Tobias Reinhardt"))
    return m


@mail("N", "en", "insurer-to-supplier", "trap: request for a quote to a translation agency for policy wordings, no personal data")
def fk28_translation_quote():
    m = hdr(dt(13, "13:15"), a(REI), "Project Desk <projects@lingua-bridge-translations.example>",
            "Request for quote: translation of commercial policy wordings DE>EN", extra=[OUTLOOK])
    text(m, """Dear Sir or Madam,

we would like a quote for the translation of our commercial policy wordings from German into
English (British English, legal/insurance terminology):

- General conditions commercial liability (AVB BHV 2026), approx. 14,200 words
- General conditions property / BI (AVB Sach 2026), approx. 18,900 words
- Cyber policy wording, approx. 9,800 words

We have a glossary of about 600 terms from earlier projects, which you would have to use. The
files are in Word format; delivery by 30 April 2026. Please state your price per word, your
translation-memory discount and whether the revision is done by a second linguist.

""" + sig_reinhardt("en"), cs="us-ascii", cte="7bit")
    return m


@mail("C", "en", "insurer-to-broker", "grey: cyber incident notification for a named law-firm partnership with named partners; no client data involved")
def fk29_cyber_notification():
    m = hdr(dt(13, "14:30"), a(REI), "Hannah Becker <h.becker@rhine-specialty-brokers.example>",
            "Cyber claim notification - Kanzlei Adler Brückner PartG mbB - policy FK-CY 25-0612",
            irt=ext_id("hb-0313", "rhine-specialty-brokers.example"), cc=box("cyber-schaden", "Cyber Schaden"),
            extra=[OUTLOOK])
    text(m, """Hi Hannah,

thanks for the quick notification. I've passed it to our cyber claims team (in copy), who will
call the partners, Mr Jonas Adler and Mrs Dr. Petra Brückner, within the hour. The incident
response provider (CyberShield Forensics) is already instructed under the policy's emergency
clause - no approval needed for the first EUR 25,000.

From what you describe (encrypted file server since this morning, ransom note, backups from
yesterday evening available) this is covered under FK-CY 25-0612, limit EUR 1m, retention
EUR 5,000. Please ask the firm NOT to contact the attackers and to keep the affected server
switched on but disconnected from the network.

Whether a notification to the data protection authority is needed will be assessed by the
forensics team and the firm's lawyer within the 72-hour deadline.

""" + sig_reinhardt("en"), cs="utf-8", cte="quoted-printable")
    return m


@mail("N", "en", "insurer-to-broker", "trap: one-line thank-you after a meeting, no content")
def fk30_thanks():
    m = hdr(dt(13, "16:00"), a(REI), "Emma Lockhart <emma.lockhart@lockhart-marine-brokers.example>",
            "Thanks for today", extra=[PHONE])
    text(m, """Emma - thanks for taking the time today, good discussion. Minutes from my side early next
week. Have a good weekend!

Tobias

Sent from my iPhone
""", cs="us-ascii", cte="7bit")
    return m

# --------------------------------------------------------------------------
# Selin Aydın - HR officer (Personal / HR Services)
# --------------------------------------------------------------------------


@mail("N", "de", "insurer-to-supplier", "trap: job advert for a health-claims clerk (GOÄ, ICD-10, medical terminology) sent to a job portal, no person")
def hr01_stellenanzeige():
    m = hdr(dt(9, "08:00"), a(AYD), "Kundenservice Jobbörse Nordhessen <auftrag@jobboerse-nordhessen.example>",
            "Neue Anzeige: Sachbearbeiter (m/w/d) Leistungsprüfung Krankenversicherung – Kd.-Nr. 20417",
            extra=[OUTLOOK])
    text(m, """Guten Morgen,

bitte schalten Sie die angehängte Anzeige ab sofort für 30 Tage im Paket "Premium regional"
(inkl. Social-Media-Ausspielung). Rechnung wie immer an unsere Kreditorenbuchhaltung,
Bestellnummer HR-26-0117.

""" + sig_aydin("de"))
    attach(m, att_html("Anzeige_Leistungspruefung_KV.html", html_wrap("""<h1>Sachbearbeiter (m/w/d) Leistungsprüfung Krankenversicherung</h1>
<p>Lindwurm Krankenversicherung a.G., Kassel &ndash; Vollzeit oder Teilzeit (ab 30 Std.), unbefristet</p>
<h2>Ihre Aufgaben</h2>
<ul>
<li>Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und DRG</li>
<li>Bearbeitung von Heil- und Kostenplänen und Hilfsmittelanträgen</li>
<li>Korrespondenz mit Versicherten, Ärztinnen, Ärzten und Kliniken</li>
</ul>
<h2>Ihr Profil</h2>
<ul>
<li>Ausbildung als Kaufmann/-frau für Versicherungen und Finanzanlagen, Medizinische/r Fachangestellte/r oder vergleichbar</li>
<li>Kenntnisse der medizinischen Terminologie und der ICD-10-Verschlüsselung</li>
<li>Sorgfalt und Einfühlungsvermögen im Umgang mit sensiblen Daten</li>
</ul>
<h2>Wir bieten</h2>
<p>Tarifvertrag der privaten Versicherungswirtschaft, 38 Std./Woche, mobiles Arbeiten bis 60&nbsp;%,
betriebliche Altersversorgung, Jobrad, Kantine.</p>
<p>Bewerbung bitte online: https://karriere.lindwurm-versicherung.example/stellen/2026-017</p>
""")))
    return m


@mail("N", "en", "insurer-to-applicant", "grey: interview invitation to a named applicant with date and panel (ICS); applying for a job is not a sensitive category")
def hr02_interview_invite():
    m = hdr(dt(9, "09:10"), a(AYD), "Priya Raman <priya.raman@mailbox.example>",
            "Interview invitation - Trainee Commercial Underwriting (ref. 2026-009)", extra=[OUTLOOK])
    text(m, """Dear Ms Raman,

thank you for your application and your interest in our trainee programme in commercial
underwriting. We would like to invite you to an interview:

  Date:     Thursday, 19 March 2026, 10:00-11:30
  Place:    Lindwurm Versicherungsgruppe, Uferstrasse 40, 34117 Kassel, room 1.08
            (please report to the reception in the main building)
  Panel:    Tobias Reinhardt (Underwriter), Bettina Arnold (Head of Commercial Lines),
            Selin Aydin (HR)

The interview will be held in English and German. Please bring your certificates in the
original. Travel costs by train (2nd class) will be reimbursed.

Please confirm the date by replying to this e-mail. The calendar invitation is attached.

""" + asc(sig_aydin("en")), cs="us-ascii", cte="7bit")
    attach(m, att_ics("Interview_Raman_2026-03-19.ics", "interview-2026-009-raman@" + DOM,
                      "20260319T090000Z", "20260319T103000Z", "Interview Trainee Commercial Underwriting",
                      "Uferstrasse 40, 34117 Kassel, room 1.08", "Please report to the reception in the main building.",
                      ("Selin Aydin", AYD[1]), [("Priya Raman", "priya.raman@mailbox.example")]))
    return m


@mail("S", "de", "internal", "sick-leave notice of a named employee to payroll: incapacity for work, end of continued pay")
def hr03_au_meldung():
    m = hdr(dt(9, "10:00"), a(AYD, "outlook"), box("gehaltsabrechnung", "Gehaltsabrechnung"),
            "AU Dominik Weiß (PN 40512) – Ende Entgeltfortzahlung", extra=[OUTLOOK])
    text(m, """Hallo liebes Payroll-Team,

kurze Info für die März-Abrechnung:

Herr Dominik Weiß, PN 40512, Kfz-Schaden Team Süd, ist laut eAU (heute abgerufen) weiterhin
arbeitsunfähig, Folgebescheinigung bis einschließlich 20.03.2026. Die AU besteht
ununterbrochen seit 20.02.2026 wegen derselben Erkrankung (laut Kennzeichen Folgebescheinigung,
keine neue Diagnose gemeldet).

Damit endet die Entgeltfortzahlung nach 6 Wochen am 02.04.2026. Falls die AU darüber hinaus
geht, bitte ab 03.04. Krankengeldzuschuss nach § 10 MTV berechnen und die Entgeltbescheinigung
für die Krankenkasse (TK) erstellen.

Die Führungskraft ist informiert, dass ein BEM-Angebot fällig wird, sobald die 6 Wochen voll sind.

""" + sig_aydin("de", short=True))
    return m


@mail("C", "de", "insurer-to-applicant", "salary offer to a named applicant: annual salary, pay grade, contract draft in PDF")
def hr04_gehaltsangebot():
    m = hdr(dt(9, "11:30"), a(AYD), "Felix Brandt <felix.brandt@mailbox.example>",
            "Ihr Vertragsangebot – Sachbearbeiter Bestandsverwaltung Leben", extra=[OUTLOOK])
    text(m, """Sehr geehrter Herr Brandt,

wir freuen uns, Ihnen nach den guten Gesprächen eine Stelle als Sachbearbeiter in der
Bestandsverwaltung Leben anbieten zu können. Die wichtigsten Eckdaten:

  Eintritt:         01.05.2026
  Eingruppierung:   Tarifgruppe VII, 3. Berufsjahr (Tarifvertrag private Versicherungswirtschaft)
  Monatsgehalt:     4.062,00 EUR brutto, 13 Gehälter (inkl. Sonderzahlung)
  Jahresgehalt:     52.806,00 EUR brutto zzgl. vermögenswirksame Leistungen 40 EUR/Monat
  Arbeitszeit:      38 Std./Woche, Gleitzeit, mobiles Arbeiten bis 60 %
  Probezeit:        6 Monate

Den Vertragsentwurf finden Sie im Anhang. Wenn Sie einverstanden sind, schicken wir Ihnen zwei
unterschriebene Exemplare per Post. Bitte geben Sie uns bis zum 20.03.2026 Bescheid.

""" + sig_aydin("de"))
    attach(m, att_pdf("Arbeitsvertrag_Entwurf_Brandt.pdf", "Arbeitsvertrag (Entwurf)", [
        "zwischen der Lindwurm Versicherungsgruppe Services GmbH, Uferstraße 40, 34117 Kassel (Arbeitgeberin)",
        "und Herrn Felix Brandt, geb. 30.08.1996, Friedenstraße 19, 34121 Kassel (Arbeitnehmer)",
        "",
        "§ 1 Beginn und Tätigkeit: ab 01.05.2026 als Sachbearbeiter Bestandsverwaltung Leben.",
        "§ 2 Probezeit: 6 Monate.",
        "§ 3 Vergütung: Tarifgruppe VII, 3. Berufsjahr, derzeit 4.062,00 EUR brutto monatlich.",
        "§ 4 Arbeitszeit: 38 Stunden/Woche, Gleitzeitregelung nach Betriebsvereinbarung.",
        "§ 5 Urlaub: 30 Arbeitstage je Kalenderjahr.",
        "§ 6 Betriebliche Altersversorgung: nach Versorgungsordnung 2020.",
        "§ 7 Verschwiegenheit: Der Arbeitnehmer verpflichtet sich zur Verschwiegenheit über Kundendaten (§ 203 StGB).",
        "",
        "Kassel, den ______________          ______________________  ______________________",
    ], author="Lindwurm Versicherungsgruppe Services GmbH"))
    return m


@mail("N", "en", "internal", "trap: all-staff invitation to the flu vaccination day by the company doctor, no individual health data")
def hr05_flu_vaccination():
    m = hdr(dt(9, "13:45"), a(AYD), box("alle-mitarbeitenden", "All staff Kassel"),
            "Flu vaccination day on 18 March - sign up now / Grippeimpfung am 18.03.", extra=[OUTLOOK, ("Precedence", "bulk")])
    htmlonly(m, html_wrap("""<p>Dear colleagues,</p>
<p>our company doctor, Dr. Ulrike Menzel, offers a <b>free flu vaccination</b> (quadrivalent vaccine,
season 2025/26 &ndash; late vaccination is still useful) on</p>
<p style="font-size:13pt"><b>Wednesday, 18 March 2026, 8:00&ndash;13:00, room 0.09</b> (not 0.14 &ndash; the heating there is being repaired)</p>
<ul>
<li>Sign up for a 10-minute slot in the booking tool (Intranet &gt; Health &gt; Vaccination).</li>
<li>Please bring your vaccination card if you have one.</li>
<li>Your health data stays with the company doctor &ndash; HR only receives the number of vaccinations for billing.</li>
</ul>
<p>Die deutsche Version finden Sie im Intranet. Questions: gesundheit@lindwurm-versicherung.example</p>
<p>Your HR team &ndash; Selin Aydın</p>
""", "en"))
    return m


@mail("C", "en", "insurer-to-company", "employment confirmation for a letting agency: named employee, start date and gross monthly salary")
def hr06_landlord_confirmation():
    m = hdr(dt(9, "15:10"), a(AYD), "Lettings Team <lettings@fulda-homes.example>",
            "Employment confirmation - Mr Tomasz Nowak", cc="Tomasz Nowak <tomasz.nowak@%s>" % DOM, extra=[OUTLOOK])
    htmlonly(m, html_wrap("""<p>Dear Sir or Madam,</p>
<p>at the request and with the written consent of our employee, we confirm the following for his
rental application:</p>
<table>
<tr><td>Employee</td><td>Mr Tomasz Nowak</td></tr>
<tr><td>Employed since</td><td>1 October 2019, permanent contract, not under notice</td></tr>
<tr><td>Position</td><td>IT system administrator</td></tr>
<tr><td>Gross salary</td><td>EUR 3,950.00 per month (13 salaries per year)</td></tr>
</table>
<p>This confirmation is for the purpose of the rental application only.</p>
<p class="sig">Best wishes<br>
Selin Ayd&#305;n<br>
HR Officer<br>
Lindwurm Versicherungsgruppe Services GmbH<br>
Uferstra&szlig;e 40, 34117 Kassel, Germany<br>
Phone +49 561 7081-1190</p>
<p class="sig">""" + xesc(FOOT["serv"]).replace("\n", "<br>\n") + """</p>
""", "en"), cs="windows-1252", cte="quoted-printable")
    return m


@mail("S", "de", "internal", "occupational reintegration (BEM) invitation to a named employee after 48 sick days; subject tag [streng vertraulich]")
def hr07_bem_einladung():
    m = hdr(dt(10, "08:20"), a(AYD), "Sandra Mertens <sandra.mertens@lindwurm-versicherung.example>",
            "[streng vertraulich] Angebot eines BEM-Gesprächs", extra=[OUTLOOK])
    text(m, """Liebe Frau Mertens,

Sie waren in den letzten zwölf Monaten an insgesamt 48 Arbeitstagen arbeitsunfähig erkrankt.
Nach § 167 Abs. 2 SGB IX bieten wir Ihnen deshalb ein Betriebliches Eingliederungsmanagement
(BEM) an. Ziel ist es, gemeinsam mit Ihnen zu klären, wie wir Sie unterstützen können, damit
Sie gesund bleiben und Ihre Arbeitsunfähigkeit überwunden wird.

Die Teilnahme ist freiwillig. Sie entscheiden, wer am Gespräch teilnimmt (z. B. Betriebsrat,
Schwerbehindertenvertretung, Betriebsärztin) und welche Informationen Sie uns geben. Ihre
Führungskraft erfährt nur das, was Sie ausdrücklich freigeben. Eine Diagnose müssen Sie nicht
nennen.

Als Termin schlage ich Dienstag, 24.03., 14 Uhr, Raum 1.10 vor – gern auch telefonisch oder an
einem anderen Tag. Die Informationen zum Ablauf und zum Datenschutz finden Sie im Anhang.

Bitte antworten Sie mir bis zum 20.03., ob Sie das Angebot annehmen möchten.

""" + sig_aydin("de"))
    attach(m, att_pdf("BEM_Information_und_Datenschutz.pdf", "Betriebliches Eingliederungsmanagement – Information", [
        "Was ist BEM? Ein Angebot nach § 167 Abs. 2 SGB IX für Beschäftigte, die innerhalb eines Jahres länger als",
        "sechs Wochen arbeitsunfähig waren.",
        "",
        "Ablauf: Erstgespräch - Analyse der Situation - Maßnahmen vereinbaren - Umsetzung - Abschlussgespräch.",
        "",
        "Datenschutz: Die BEM-Akte wird getrennt von der Personalakte geführt und nur vom BEM-Team eingesehen.",
        "In die Personalakte kommt nur: Angebot eines BEM am ..., angenommen/abgelehnt, abgeschlossen am ....",
        "Gesundheitsdaten werden nur mit Ihrer ausdrücklichen Einwilligung erhoben.",
        "",
        "Ansprechpartner: BEM-Team HR Services, Betriebsrat, Schwerbehindertenvertretung, Betriebsärztlicher Dienst.",
    ], author="Lindwurm Versicherungsgruppe Services GmbH"))
    return m


@mail("N", "de", "internal", "trap: agenda of the staff assembly with health-management and pension topics, no individual")
def hr08_betriebsversammlung():
    m = hdr(dt(10, "09:30"), a(AYD, "outlook"), box("alle-mitarbeitenden", "Alle Mitarbeitenden Kassel"),
            "Betriebsversammlung am 26.03.2026 – Tagesordnung", extra=[OUTLOOK, ("Precedence", "bulk")])
    text(m, """Liebe Kolleginnen und Kollegen,

im Auftrag des Betriebsrats leiten wir die Einladung zur Betriebsversammlung weiter:

  Donnerstag, 26.03.2026, 9:00 bis ca. 12:00 Uhr, Lindwurm Forum (EG)
  Die Teilnahme ist Arbeitszeit.

Tagesordnung
 1. Bericht des Betriebsrats
 2. Bericht der Geschäftsführung zur wirtschaftlichen Lage
 3. Neue Betriebsvereinbarung mobiles Arbeiten
 4. Betriebliches Gesundheitsmanagement: Ergebnisse der Mitarbeiterbefragung (anonym)
 5. Betriebliche Altersversorgung: neue Zuschussregelung ab 2027
 6. Verschiedenes

Für die Kundentelefonie wird ein Notdienst eingerichtet; bitte stimmt euch in den Teams ab.

Euer HR-Team
""", cte="8bit")
    return m


@mail("C", "de", "employee", "forwarded new bank details of a named employee for salary payment (IBAN)")
def hr09_bankverbindung():
    m = hdr(dt(10, "10:45"), a(AYD, "outlook"), box("gehaltsabrechnung", "Gehaltsabrechnung"),
            "WG: Neue Bankverbindung ab April", extra=[OUTLOOK])
    text(m, """Bitte ab der April-Abrechnung ändern, die Unterschrift liegt im Personalakt (Scan). Danke! Selin

-----Ursprüngliche Nachricht-----
Von: Ruge, Jan-Philipp <jan-philipp.ruge@lindwurm-versicherung.example>
Gesendet: Montag, 9. März 2026 16:31
An: Aydın, Selin <selin.aydin@lindwurm-versicherung.example>
Betreff: Neue Bankverbindung ab April

Hallo Selin,

ich habe die Bank gewechselt. Kannst du mein Gehalt ab April bitte auf das neue Konto
überweisen lassen?

Kontoinhaber: Jan-Philipp Ruge
IBAN: """ + iban_raw("76026000", "2038771455") + """
Bank: Norisbank Direkt

Das alte Konto bei der Sparkasse löse ich Ende April auf.

Danke dir!
Jan-Philipp (PN 38811, IT-Betrieb)
""", cte="quoted-printable")
    return m


@mail("N", "en", "insurer-to-supplier", "trap: booking of a mental-health first-aid course for 12 unnamed staff, health words but no person")
def hr10_mhfa_booking():
    m = hdr(dt(10, "12:00"), a(AYD), "Bookings <bookings@mindful-work-training.example>",
            "RE: Mental Health First Aid course - in-house booking", irt=ext_id("mwt-0306", "mindful-work-training.example"),
            extra=[OUTLOOK])
    text(m, """Dear Ms Patel,

thank you for the offer. We would like to book the two-day Mental Health First Aid course
in-house for 12 participants:

  Dates:     21 and 22 April 2026, 9:00-16:30
  Venue:     our premises in Kassel (training room 2.14, projector and flipcharts available)
  Language:  German, English materials are fine for the two international colleagues
  Price:     EUR 4,680 net as per your offer no. 2026-118

Participants are team leads and volunteers from the works council; we will send the list of
names two weeks before the course for the certificates. Please send the order confirmation to
personal@lindwurm-versicherung.example, purchase order HR-26-0121.

""" + sig_aydin("en"))
    return m


@mail("S", "de", "internal", "pregnancy of a named employee with due date and maternity protection period, to her team lead")
def hr11_mutterschutz():
    m = hdr(dt(10, "14:00"), a(AYD), "Andreas Kühn <andreas.kuehn@lindwurm-versicherung.example>",
            "Mutterschutz Frau Laura Schneider – Planung", extra=[OUTLOOK])
    text(m, """Hallo Andreas,

Frau Schneider hat uns heute ihre Schwangerschaft mitgeteilt und die ärztliche Bescheinigung
vorgelegt; sie ist einverstanden, dass ich dich als Führungskraft informiere. Bitte behandle
das vertraulich, bis sie es dem Team selbst sagt.

  voraussichtlicher Entbindungstermin:  14.08.2026
  Beginn Mutterschutz (6 Wochen vorher): 03.07.2026
  Ende Mutterschutz (8 Wochen nachher):  09.10.2026 (bei Früh-/Mehrlingsgeburt länger)
  Elternzeit: noch offen, sie meldet sich spätestens 7 Wochen vorher

Für ihren Arbeitsplatz habe ich die Gefährdungsbeurteilung nach MuSchG aktualisiert: Bildschirm-
arbeit ist unproblematisch, aber bitte keine Außentermine mit Fahrten über 2 Stunden mehr und
keine Überstunden nach 20 Uhr. Ein Beschäftigungsverbot ist aus ärztlicher Sicht nicht nötig.

Lass uns nächste Woche die Vertretung besprechen (befristete Stelle oder interne Lösung?).

""" + sig_aydin("de", short=True))
    return m


@mail("C", "en", "employee", "grey: English reference letter with a named employee's birth date, birthplace abroad (not read as ethnic origin) and pay grade in the DOCX")
def hr12_reference_letter():
    m = hdr(dt(10, "15:30"), a(AYD), "Ahmed Karimi <ahmed.karimi@lindwurm-versicherung.example>",
            "Your reference letter - English version (draft)", extra=[OUTLOOK])
    text(m, """Hi Ahmed,

as requested, here is the draft of the English version of your reference letter for your
applications in Canada. It is a translation of the German reference of 27 February; please
check the job titles and dates. Once you're happy, I'll print it on letterhead and have it
signed by Mr Ullrich.

Good luck with the move!

""" + sig_aydin("en"))
    attach(m, att_docx("Reference_Ahmed_Karimi_EN_draft.docx", [
        ("b", "Reference"),
        "Mr Ahmed Karimi, born 3 May 1990 in Herat, Afghanistan, was employed by Lindwurm Versicherungsgruppe "
        "Services GmbH from 1 September 2018 to 31 March 2026, most recently as Senior Data Analyst in the "
        "Business Intelligence department (pay grade VIII of the collective agreement for the private insurance industry).",
        "His responsibilities included the development of the claims data warehouse, reporting for the management "
        "board and the automation of regulatory reports.",
        "Mr Karimi always performed his duties to our complete satisfaction. His conduct towards superiors, "
        "colleagues and business partners was always exemplary.",
        "Mr Karimi is leaving the company at his own request. We regret his departure and wish him every success "
        "for his future career and personally.",
        "Kassel, 31 March 2026",
        "Stefan Ullrich, Managing Director",
    ], title="Reference Ahmed Karimi", creator="Selin Aydın"))
    return m


@mail("N", "de", "internal", "trap: anonymised sickness-absence rates per department (groups of 10 or more) for management, XLSX")
def hr13_krankenstand_anonym():
    m = hdr(dt(11, "08:15"), a(AYD), "Stefan Ullrich <stefan.ullrich@lindwurm-versicherung.example>",
            "Krankenstand Q4/2025 nach Bereichen (anonymisiert)", cc=box("betriebsrat", "Betriebsrat"),
            extra=[OUTLOOK])
    text(m, """Hallo Herr Ullrich,

anbei die Krankenstandsquoten für das 4. Quartal 2025 nach Bereichen, wie mit dem Betriebsrat
vereinbart nur für Organisationseinheiten mit mindestens 10 Beschäftigten und ohne Angaben zu
einzelnen Personen oder Diagnosen. Kleinere Teams sind in "Sonstige" zusammengefasst.

Auffällig ist der Anstieg in der Kfz-Schadenregulierung (Hagel- und Winterspitze,
Überstunden). Das BGM-Team schlägt dort einen Workshop zur Arbeitsorganisation vor.

""" + sig_aydin("de"))
    attach(m, att_xlsx("Krankenstand_Q4-2025_anonym.xlsx", [
        ("Q4 2025", [
            ["Bereich", "Beschäftigte (Köpfe)", "Krankenstand Q4 2025", "Krankenstand Q4 2024", "Langzeit-AU > 6 Wochen (Anzahl)"],
            ["KV-Leistung", 64, 0.061, 0.058, 3],
            ["Kfz-Schaden", 52, 0.079, 0.064, 4],
            ["Leben / bAV", 41, 0.055, 0.057, "< 3"],
            ["Firmenkunden", 28, 0.038, 0.041, "< 3"],
            ["IT", 73, 0.042, 0.045, "< 3"],
            ["Kundenservice", 96, 0.072, 0.069, 5],
            ["Sonstige (zusammengefasst)", 47, 0.049, 0.05, "< 3"],
        ]),
    ], creator="HR Services"))
    return m


@mail("S", "en", "internal", "severe disability (degree 50) of a named employee: additional leave and information to the disability representative")
def hr14_severe_disability():
    m = hdr(dt(11, "09:30"), a(AYD), "Payroll <gehaltsabrechnung@lindwurm-versicherung.example>",
            "Additional leave - Daniel Fischer (PN 41077) - severe disability",
            cc="Ramona Seidel <ramona.seidel@lindwurm-versicherung.example>", extra=[OUTLOOK])
    text(m, """Hi payroll team, hi Ramona,

Daniel Fischer (PN 41077, IT Development) has submitted his severely disabled person's pass
(Schwerbehindertenausweis), degree of disability 50, valid from 1 February 2026, unlimited.
He has agreed that the representative of severely disabled employees (Ramona, in copy) is
informed.

Please note:
- additional leave of 5 days per year from 2026 (pro rata 2026: 5 days, since the pass is
  valid from February - rounding in his favour as per our works agreement),
- the employer's compensatory levy report (Ausgleichsabgabe) for 2026 must include him,
- he asked for a height-adjustable desk and a second monitor; facility has the order.

Please do not pass on any further details - the reason for the disability is not known to HR
and not needed.

""" + sig_aydin("en"))
    return m


@mail("C", "de", "internal", "tax data of a named employee: tax ID and tax class change after marriage for payroll")
def hr15_elstam():
    m = hdr(dt(11, "10:50"), a(AYD, "outlook"), box("gehaltsabrechnung", "Gehaltsabrechnung"),
            "ELStAM-Abweichung Katharina Lange (PN 39920)", extra=[OUTLOOK])
    text(m, """Hallo zusammen,

beim ELStAM-Abruf für März gab es bei Frau Katharina Lange (PN 39920) eine Änderung:

  Steuer-ID:     47 120 993 518
  Steuerklasse:  bisher I, neu IV mit Faktor 0,912 (Heirat am 06.02.2026)
  Kinderfreibetrag: 0
  Neuer Nachname ab 01.03.: Lange-Petrović (Namensänderung im System bitte mit anpassen)

Frau Lange hat die Heiratsurkunde vorgelegt. Bitte die Abrechnung März mit den neuen Merkmalen
rechnen; für Februar ist keine Korrektur nötig, die Merkmale gelten erst ab dem Folgemonat.

""" + sig_aydin("de", short=True), cs="utf-8", cte="base64")
    return m


@mail("N", "en", "internal", "grey: announcement of new joiners with names, roles and start dates (organisational, nothing sensitive)")
def hr16_new_joiners():
    m = hdr(dt(11, "13:00"), a(AYD), box("alle-mitarbeitenden", "All staff Kassel"),
            "Welcome to our new colleagues - March 2026", extra=[OUTLOOK, ("Precedence", "bulk")])
    body = """Dear colleagues,

please join us in welcoming our new colleagues who started in March:

- Maren Koslowski, Health Claims Team 2 (from 2 March)
- Elias Brunner, IT Security (from 2 March)
- Yasmin El-Amrani, Customer Service (from 9 March)
- Jakob Thiele, Trainee Commercial Underwriting (from 9 March)

Say hello in the canteen - and if you see someone looking lost in the 3rd floor corridor,
show them the way to the coffee machine.

Your HR team
"""
    html = html_wrap("<p>" + "</p>\n<p>".join(xesc(p).replace("\n", "<br>\n") for p in body.split("\n\n")) + "</p>", "en")
    alt(m, body, html, cs="us-ascii", cte="7bit")
    return m


@mail("S", "de", "internal", "trade-union (ver.di) membership of a named employee for payroll deduction of union dues")
def hr17_gewerkschaftsbeitrag():
    m = hdr(dt(11, "14:30"), a(AYD, "outlook"), box("gehaltsabrechnung", "Gehaltsabrechnung"),
            "Einbehalt Gewerkschaftsbeitrag – Herr Murat Öztürk (PN 40208)", extra=[OUTLOOK])
    text(m, """Hallo Payroll,

Herr Murat Öztürk (PN 40208, Kundenservice) hat uns die Abtretungserklärung vorgelegt: Er ist
seit 01.02.2026 Mitglied bei ver.di und möchte, dass der Mitgliedsbeitrag direkt vom Gehalt
einbehalten und an ver.di überwiesen wird.

  Beitrag: 1 % des Bruttomonatsverdienstes, derzeit 36,40 EUR
  Mitgliedsnummer ver.di: 1004 882 731
  Beginn Einbehalt: März-Abrechnung

Bitte diese Angabe nur in der Abrechnung verwenden, nicht in der Personalakte vermerken und
nicht an die Führungskraft weitergeben.

""" + sig_aydin("de", short=True))
    return m


@mail("C", "en", "insurer-to-applicant", "relocation allowance for a named new hire paid to her IBAN")
def hr18_relocation_allowance():
    m = hdr(dt(11, "16:00"), a(AYD), "Agnieszka Wójcik <agnieszka.wojcik@poczta-mail.example>",
            "Your relocation allowance", irt=ext_id("aw-0310", "poczta-mail.example"), extra=[OUTLOOK])
    text(m, """Dear Ms Wójcik,

we are looking forward to welcoming you on 1 April! As agreed in your contract, we will pay a
relocation allowance of EUR 4,000 (gross, taxable) with your first salary, and we reimburse the
removal company against the invoice up to EUR 2,500.

We have noted your German account for the salary and the allowance:

  Account holder:  Agnieszka Wójcik
  IBAN:            """ + iban_de("52060410", "0003390715") + """

For the tax office we still need your German tax identification number (Steuer-ID) - you will
receive it by post after registering at the Kassel residents' office (Bürgerbüro). Until then
we have to apply tax class VI, the difference will be refunded later.

Best wishes
Selin Aydin
HR Officer, Lindwurm Versicherungsgruppe Services GmbH
Uferstrasse 40, 34117 Kassel, Germany
""", cs="iso-8859-1", cte="quoted-printable")
    return m


@mail("S", "en", "insurer-to-doctor", "question to the occupational health service about a named employee's fitness after lumbar disc surgery")
def hr19_occupational_health():
    m = hdr(dt(12, "08:10"), a(AYD), "Dr. Ulrike Menzel <u.menzel@arbeitsmedizin-kassel.example>",
            "Return to work - Mr Liam O'Connor (PN 40877)", extra=[OUTLOOK])
    text(m, """Dear Dr Menzel,

Mr Liam O'Connor (PN 40877, Customer Service) is planning to return to work on 6 April after
his lumbar disc surgery (L5/S1) in January and the subsequent rehabilitation. He has asked for
a gradual return (Hamburg model) and has agreed that we contact you.

Could you please see him before his return and let us know - without medical details - whether
he can:
- work at a VDU workstation for 4, later 6 hours a day,
- sit for longer periods, or whether he needs a standing desk,
- attend the two-day product training on 14/15 April (train journey of 3 hours each way).

His rehabilitation clinic recommended a sit-stand desk and a break every 45 minutes; we will
set this up anyway.

""" + sig_aydin("en"), cte="quoted-printable")
    return m


@mail("N", "de", "insurer-to-supplier", "trap: booth booking for a recruiting fair, no personal data")
def hr20_messestand():
    m = hdr(dt(12, "09:20"), a(AYD), "Messeteam Karrieretag Nordhessen <aussteller@karrieretag-nordhessen.example>",
            "Standbuchung Karrieretag 06.05.2026 – Lindwurm Versicherungsgruppe", extra=[OUTLOOK])
    text(m, """Sehr geehrte Damen und Herren,

hiermit buchen wir verbindlich einen Stand für den Karrieretag Nordhessen am 06.05.2026:

  Standgröße: 3 x 3 m, Reihenstand, möglichst in der Nähe des Vortragsbereichs
  Ausstattung: 1 Stehtisch, 2 Hocker, Stromanschluss, WLAN
  Teilnehmer: 4 Personen (Namen folgen bis 20.04.)
  Vortrag: ja, gern 20 Minuten zum Thema "Ausbildung und duales Studium in der Versicherung"

Rechnungsanschrift: Lindwurm Versicherungsgruppe Services GmbH, Personal, Uferstraße 40,
34117 Kassel, Bestellnummer HR-26-0125.

""" + sig_aydin("de").replace("ı", "i"), cs="windows-1252", cte="quoted-printable")
    return m


@mail("C", "de", "internal", "capital-forming benefits: named employee's building-society contract number and payment details for payroll")
def hr21_vwl():
    m = hdr(dt(12, "10:40"), a(AYD, "outlook"), box("gehaltsabrechnung", "Gehaltsabrechnung"),
            "VWL neu – Oliver Kraus (PN 40931)", extra=[OUTLOOK])
    text(m, """Hallo zusammen,

Herr Oliver Kraus (PN 40931) hat einen neuen Vertrag für die vermögenswirksamen Leistungen
vorgelegt:

  Bausparkasse Hessen-Thüringen, Bausparvertrag Nr. 6120 774 901
  Empfänger-IBAN: """ + iban_de("50050000", "0008060700") + """ (Sammelkonto der Bausparkasse)
  Betrag: 40,00 EUR monatlich (voller AG-Zuschuss), ab 01.04.2026
  Verwendungszweck: VL 6120774901 Kraus

Der bisherige VL-Sparvertrag bei der Fondsgesellschaft endet mit der März-Zahlung.

""" + sig_aydin("de", short=True), cs="iso-8859-1", cte="8bit")
    return m


@mail("N", "en", "internal", "trap: onboarding checklist template with placeholders for team leads, no real employee")
def hr22_onboarding_template():
    m = hdr(dt(12, "12:00"), a(AYD), box("teamleitungen", "Team leads"),
            "New onboarding checklist (template) - please use from April", extra=[OUTLOOK])
    text(m, """Dear team leads,

attached is the new onboarding checklist. Please save a copy per new colleague and fill in the
placeholders in square brackets - don't send filled-in checklists by e-mail, upload them to the
personnel file in the HR portal instead.

Main changes: IT access is requested by HR automatically (no separate ticket), and the data
protection training is now due in week 1 instead of month 1.

""" + sig_aydin("en"))
    attach(m, att_docx("Onboarding_checklist_template.docx", [
        ("b", "Onboarding checklist"),
        "New colleague: [first name] [last name]   Start date: [date]   Team: [team]   Buddy: [name]",
        ("table", [
            ["When", "Task", "Responsible", "Done"],
            ["2 weeks before", "Workplace, laptop and phone ordered", "HR / IT", "[ ]"],
            ["1 week before", "Welcome mail with first-day schedule", "Team lead", "[ ]"],
            ["Day 1", "Welcome, tour, keys, canteen card", "Buddy", "[ ]"],
            ["Week 1", "Data protection and information security training", "New colleague", "[ ]"],
            ["Week 1", "Confidentiality undertaking (section 203 StGB) signed", "HR", "[ ]"],
            ["Month 1", "Feedback talk", "Team lead", "[ ]"],
            ["Month 5", "End of probation assessment", "Team lead / HR", "[ ]"],
        ]),
    ], title="Onboarding checklist", creator="HR Services"))
    return m


@mail("S", "de", "internal", "deferred-compensation pension (bAV direct insurance, life line) for a named employee with birth date and amount, to the life administration")
def hr23_entgeltumwandlung():
    m = hdr(dt(12, "13:30"), a(AYD), a(HAN),
            "Entgeltumwandlung Melanie Krüger – Aufnahme in den Gruppenvertrag DV 20-001 100", extra=[OUTLOOK])
    text(m, """Hallo Ingrid,

wir haben eine neue Anmeldung für unseren eigenen Gruppenvertrag (Direktversicherung für die
Mitarbeitenden der Gruppe):

  Mitarbeiterin: Melanie Krüger, PN 40156, geb. 21.11.1987
  Anschrift:     Tischbeinstraße 34, 34121 Kassel
  Entgeltumwandlung: 200,00 EUR monatlich ab 01.04.2026
  Arbeitgeberzuschuss: 15 % = 30,00 EUR
  Bezugsrecht Todesfall: Lebensgefährte Herr Dennis Vogt, geb. 02.03.1985

Die unterschriebene Entgeltumwandlungsvereinbarung und die Beratungsdokumentation liegen bei uns
im Personalakt; ich schicke sie dir über die interne Post. Bitte gib mir die Vertragsnummer,
sobald der Vertrag angelegt ist, damit Payroll den Abzug einrichten kann.

""" + sig_aydin("de", short=True))
    return m


@mail("C", "en", "internal", "company-car taxable benefit (1 % rule) of a named employee with list price and monthly amount")
def hr24_company_car():
    m = hdr(dt(12, "15:00"), a(AYD), "Payroll <gehaltsabrechnung@lindwurm-versicherung.example>",
            "Company car benefit - Marcus Bell (PN 38205) from April", extra=[OUTLOOK])
    text(m, """Hi all,

Marcus Bell (PN 38205, Regional Sales Manager) gets his new company car on 1 April:

  Car:              Skoda Enyaq 85, fully electric
  Gross list price: EUR 48,900
  Private use:      yes; distance home-office 34 km
  Taxable benefit:  0.25 % rule for electric cars = EUR 122.25 per month (a quarter of the
                    1 % on EUR 48,900), plus 0.03 % x 34 km on a quarter of the list price
                    = EUR 124.70 for commuting
  Own contribution: none

Please set this up in the April payroll and send him the updated payslip explanation - he
asked specifically how the electric-car rule works, so a short note would help.

""" + asc(sig_aydin("en")), cs="us-ascii", cte="quoted-printable")
    return m


@mail("N", "de", "internal", "trap: internal job posting for a team-lead position in motor claims, no person")
def hr25_interne_stelle():
    m = hdr(dt(13, "08:30"), a(AYD), box("alle-mitarbeitenden", "Alle Mitarbeitenden Kassel"),
            "Interne Stellenausschreibung: Teamleitung Kfz-Schaden Team Süd (m/w/d)",
            extra=[OUTLOOK, ("Precedence", "bulk")])
    body = """Liebe Kolleginnen und Kollegen,

zum 01.06.2026 ist die Teamleitung Kfz-Schaden Team Süd (14 Mitarbeitende) neu zu besetzen.

Ihre Aufgaben: fachliche und disziplinarische Führung, Regulierungsvollmacht bis 50.000 EUR,
Steuerung von Rückständen und Qualität, Zusammenarbeit mit Werkstattnetz und Sachverständigen.

Ihr Profil: mehrjährige Erfahrung in der Kfz-Schadenregulierung, idealerweise erste
Führungserfahrung (Stellvertretung, Projektleitung), Freude an Teamarbeit.

Interessiert? Bewerbungen bitte bis 03.04.2026 über das HR-Portal, Kennziffer INT-2026-04.
Fragen beantwortet Selin Aydın, Durchwahl 1190.
"""
    html = html_wrap("<p>" + "</p>\n<p>".join(xesc(p).replace("\n", "<br>\n") for p in body.split("\n\n")) + "</p>")
    alt(m, body, html, cte="quoted-printable")
    return m


@mail("C", "de", "internal", "salary increases of six named employees in the XLSX, body harmless; subject tag [vertraulich]")
def hr26_gehaltsanpassung():
    m = hdr(dt(13, "09:40"), a(AYD, "outlook"), box("gehaltsabrechnung", "Gehaltsabrechnung"),
            "[vertraulich] Gehaltsanpassungen zum 01.04.2026 – Nachtrag", extra=[OUTLOOK])
    text(m, """Hallo zusammen,

anbei der Nachtrag mit den außertariflichen und Höhergruppierungen zum 01.04. (6 Fälle). Die
Zustimmung des Betriebsrats liegt vor.

Danke
Selin
""")
    attach(m, att_xlsx("Gehaltsanpassungen_2026-04_Nachtrag.xlsx", [
        ("Nachtrag", [
            ["PN", "Name", "Bereich", "alt TG / Gehalt", "neu TG / Gehalt", "Grund"],
            [39120, "Aylin Demirtaş", "KV-Leistung", "TG VI / 3.742 EUR", "TG VII / 4.062 EUR", "Höhergruppierung"],
            [38866, "Annika Stoll", "Kfz-Schaden", "TG VII / 4.211 EUR", "TG VIII / 4.655 EUR", "Höhergruppierung"],
            [40433, "Frank Oberländer", "Leben", "TG VIII / 4.655 EUR", "TG VIII / 4.812 EUR", "Berufsjahr"],
            [37001, "Bettina Arnold", "Firmenkunden", "AT / 7.950 EUR", "AT / 8.300 EUR", "AT-Anpassung"],
            [40877, "Liam O'Connor", "Kundenservice", "TG V / 3.398 EUR", "TG V / 3.512 EUR", "Berufsjahr"],
            [41077, "Daniel Fischer", "IT", "TG VIII / 4.655 EUR", "TG IX / 5.104 EUR", "Höhergruppierung"],
        ]),
    ], creator="Selin Aydın"))
    return m


@mail("N", "en", "insurer-to-applicant", "grey: polite standard rejection to a named applicant, no reasons, no sensitive data")
def hr27_rejection():
    m = hdr(dt(13, "11:00"), a(AYD), "Oliver Grantham <o.grantham@mailbox.example>",
            "Your application - Data Analyst (ref. 2026-012)", extra=[OUTLOOK])
    text(m, """Dear Mr Grantham,

thank you for your application and the time you took to introduce yourself to us.

After careful consideration we have decided to continue with other candidates whose profiles
match the requirements of this position more closely. This is no judgement of your
qualifications, and we would be glad to hear from you again for future openings.

In line with data protection rules, we will delete your application documents six months
after the end of the selection process.

We wish you every success.

""" + sig_aydin("en"))
    return m


@mail("C", "mixed", "internal", "list of named employees' full birth dates and service anniversaries for Q2 (ODS); German list, English note")
def hr28_jubilaeen():
    m = hdr(dt(13, "12:15"), a(AYD), "Richard Hale <richard.hale@lindwurm-versicherung.example>",
            "Jubiläen und runde Geburtstage Q2 / anniversaries and milestone birthdays Q2", extra=[OUTLOOK])
    text(m, """Hi Richard,

as discussed, here is the list of service anniversaries and milestone birthdays in your
division for Q2, so you can plan cards and the usual small gifts. Only colleagues who agreed to
have their birthday mentioned are on the list. Please don't forward it.

Kurz auf Deutsch für Frau Kessler im Sekretariat: Geschenkgutscheine wie gehabt, 25 Jahre =
150 EUR, 40 Jahre = 250 EUR, runde Geburtstage = Blumen.

""" + sig_aydin("en", short=True))
    attach(m, att_ods("Jubilaeen_Geburtstage_Q2-2026.ods", [
        ("Q2 2026", [
            ["Name", "Abteilung", "Anlass", "Datum", "Geburtsdatum"],
            ["Horst Lämmerhirt", "Leben", "40 Jahre Betriebszugehörigkeit (Abschied 29.04.)", "01.04.2026", "19.06.1961"],
            ["Petra Sauer", "Leben", "25 Jahre Betriebszugehörigkeit", "01.05.2026", "04.02.1977"],
            ["Jens Lemke", "Firmenkunden", "60. Geburtstag", "22.05.2026", "22.05.1966"],
            ["Marion Vogt", "KV-Leistung", "50. Geburtstag", "09.06.2026", "09.06.1976"],
            ["Jörg Hollstein", "KV-Leistung", "25 Jahre Betriebszugehörigkeit", "01.06.2026", "11.10.1972"],
        ]),
    ], creator="Selin Aydın"))
    return m


@mail("N", "de", "internal", "trap: first-aid course with free places, health and emergency words, no person")
def hr29_erste_hilfe():
    m = hdr(dt(13, "14:00"), a(AYD, "outlook"), box("alle-mitarbeitenden", "Alle Mitarbeitenden Kassel"),
            "Erste-Hilfe-Kurs am 15./16.04. – noch 3 Plätze frei", extra=[OUTLOOK, ("Precedence", "bulk")])
    text(m, """Liebe Kolleginnen und Kollegen,

für den Erste-Hilfe-Grundkurs (9 Unterrichtseinheiten) am 15. und 16.04., jeweils 8:30 bis
12:45 Uhr, sind noch drei Plätze frei. Themen: Herz-Lungen-Wiederbelebung und AED (unser
Defibrillator hängt im Foyer!), stabile Seitenlage, Wundversorgung, Herzinfarkt und Schlaganfall
erkennen, Notruf.

Wir brauchen pro Etage mindestens zwei Ersthelferinnen oder Ersthelfer – im 2. OG sind wir gerade
knapp. Anmeldung bis 27.03. an personal@lindwurm-versicherung.example. Der Kurs ist Arbeitszeit,
die Kosten trägt die Berufsgenossenschaft.

Viele Grüße
Selin Aydın, HR Services
""", cte="8bit")
    return m


@mail("N", "de", "internal", "trap: minutes of the HR/works-council meeting on a working-time model (ODT), no individual")
def hr30_protokoll_arbeitszeit():
    m = hdr(dt(13, "15:30"), a(AYD), box("betriebsrat", "Betriebsrat"),
            "Protokoll Monatsgespräch HR/Betriebsrat 12.03. – Arbeitszeitmodell", extra=[OUTLOOK])
    text(m, """Liebe Mitglieder des Betriebsrats,

anbei das abgestimmte Protokoll unseres Monatsgesprächs vom 12.03. Änderungswünsche bitte bis
20.03., danach legen wir es so ab.

""" + sig_aydin("de"))
    attach(m, att_odt("Protokoll_HR_BR_2026-03-12.odt", [
        ("b", "Protokoll Monatsgespräch HR / Betriebsrat am 12.03.2026"),
        "Teilnehmende: Betriebsrat (4 Mitglieder), HR (S. Ullrich, S. Aydın)",
        ("b", "TOP 1 Arbeitszeitmodell 2027"),
        "HR stellt drei Varianten vor: (a) Gleitzeit wie bisher mit Kernzeit 9–15 Uhr, (b) Vertrauensarbeitszeit "
        "für AT-Beschäftigte, (c) Vier-Tage-Woche als Pilot in zwei Teams. Der Betriebsrat bevorzugt (a) mit "
        "verkürzter Kernzeit und einem Pilot nach (c). Eine Arbeitsgruppe wird eingerichtet.",
        ("b", "TOP 2 Überstunden Kfz-Schaden"),
        "Nach dem Hagelereignis fallen vermehrt Überstunden an. Es wird vereinbart, sie über das Zeitkonto "
        "auszugleichen; Auszahlung nur auf Wunsch.",
        ("b", "TOP 3 Verschiedenes"),
        "Betriebsversammlung am 26.03.; Grippeimpfung am 18.03.; Erste-Hilfe-Kurs 15./16.04.",
        "Nächstes Monatsgespräch: 09.04.2026",
    ], creator="Selin Aydın"))
    return m


# ==========================================================================
# build, write, check
# ==========================================================================


def build_all():
    out = []
    for n, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        CUR["n"] = n
        CUR["k"] = 0
        m = fn()
        finish(m, n)
        raw = m.as_bytes(policy=SMTP)
        out.append((PREFIX + "%04d.eml" % n, raw, label, lang, kind, reason, fn.__name__))
    return out


def labels_bytes(built):
    rows = ["file\tlabel\tlang\tkind\treason"]
    for f, raw, label, lang, kind, reason, _ in built:
        rows.append("\t".join([f, label, lang, kind, reason]))
    return ("\n".join(rows) + "\n").encode("utf-8")


def write():
    built = build_all()
    mdir = os.path.join(HERE, "mails")
    os.makedirs(mdir, exist_ok=True)
    keep = {b[0] for b in built}
    for f in os.listdir(mdir):
        if f.startswith(PREFIX) and f not in keep:
            os.remove(os.path.join(mdir, f))
    for b in built:
        with open(os.path.join(mdir, b[0]), "wb") as fh:
            fh.write(b[1])
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels_bytes(built))
    counts = {}
    for b in built:
        counts[b[2]] = counts.get(b[2], 0) + 1
    print("wrote %d mails: %s" % (len(built), ", ".join("%s %d" % (k, counts.get(k, 0)) for k in WANT)))


# ---------------------------------------------------------------- check ---

def pdf_text(data):
    """Validate the PDF structure (xref offsets) and return the text of its content streams."""
    if not data.startswith(b"%PDF-1."):
        raise ValueError("no PDF header")
    if not data.rstrip().endswith(b"%%EOF"):
        raise ValueError("no %%EOF")
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        raise ValueError("no startxref")
    xo = int(m.group(1))
    if data[xo:xo + 4] != b"xref":
        raise ValueError("startxref does not point to xref")
    hm = re.match(rb"xref\s+0\s+(\d+)\s+", data[xo:])
    count = int(hm.group(1))
    pos = xo + hm.end()
    for i in range(count):
        entry = data[pos + 20 * i: pos + 20 * i + 20]
        off, gen, kind = int(entry[:10]), int(entry[11:16]), entry[17:18]
        if kind == b"n" and not data[off:].startswith(b"%d %d obj" % (i, gen)):
            raise ValueError("xref entry %d wrong" % i)
    if b"/Root" not in data[xo:]:
        raise ValueError("trailer without /Root")
    texts = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = data[sm.end(): sm.end() + ln]
        if data[sm.end() + ln: sm.end() + ln + 10] != b"\nendstream":
            raise ValueError("stream length wrong")
        if sm.group(2):
            raw = zlib.decompress(raw)
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            s = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), tm.group(1))
            s = re.sub(rb"\\(.)", rb"\1", s)
            texts.append(s.decode("cp1252"))
    if not "".join(texts).strip():
        raise ValueError("empty text layer")
    return "\n".join(texts)


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext() if t.strip())


def office_text(data, ext):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise ValueError("bad zip member")
    names = z.namelist()
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            ET.fromstring(z.read(n))
    if ext in ("docx", "xlsx"):
        if "[Content_Types].xml" not in names or "_rels/.rels" not in names:
            raise ValueError("OOXML package parts missing")
        if ext == "docx":
            txt = _xml_text(z.read("word/document.xml"))
        else:
            wb = ET.fromstring(z.read("xl/workbook.xml"))
            ns = {"s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
            sheets = wb.findall("s:sheets/s:sheet", ns)
            if not sheets:
                raise ValueError("workbook without sheets")
            txt = " ".join(_xml_text(z.read(n)) for n in names if n.startswith("xl/worksheets/"))
    else:
        want = {"odt": "application/vnd.oasis.opendocument.text",
                "ods": "application/vnd.oasis.opendocument.spreadsheet"}[ext]
        first = z.infolist()[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or z.read("mimetype").decode() != want:
            raise ValueError("ODF mimetype entry wrong")
        ET.fromstring(z.read("META-INF/manifest.xml"))
        txt = _xml_text(z.read("content.xml"))
    if not txt.strip():
        raise ValueError("no text")
    return txt


def file_text(name, data, stats):
    ext = name.rsplit(".", 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        return pdf_text(data)
    if ext in ("docx", "xlsx", "odt", "ods"):
        return office_text(data, ext)
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip")
        return "\n".join(file_text(i.filename, z.read(i.filename), stats) for i in z.infolist() if not i.is_dir())
    if ext in ("csv", "txt", "html", "htm", "ics"):
        s = data.decode("utf-8") if ext != "csv" else None
        if ext == "ics":
            s = re.sub(r"\r?\n ", "", s)
            if not s.startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in s or "BEGIN:VEVENT" not in s:
                raise ValueError("not a calendar")
        if ext == "csv":
            for enc in ("utf-8", "cp1252"):
                try:
                    s = data.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
            rows = list(csv.reader(io.StringIO(s), delimiter=";" if ";" in s.split("\n")[0] else ","))
            if len(rows) < 2:
                raise ValueError("csv too short")
        return s
    raise ValueError("unknown attachment type " + name)


DOMAIN_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)", re.I)
IBAN_RE = re.compile(r"\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b", re.I)


def check():
    errors = []
    built = build_all()
    mdir = os.path.join(HERE, "mails")
    on_disk = sorted(f for f in os.listdir(mdir) if f.endswith(".eml"))
    if on_disk != [b[0] for b in built]:
        errors.append("files on disk differ from generator")
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        lab = fh.read()
    if lab != labels_bytes(built):
        errors.append("labels.tsv differs from generator")
    rows = [r.split("\t") for r in lab.decode("utf-8").rstrip("\n").split("\n")]
    if rows[0] != ["file", "label", "lang", "kind", "reason"] or any(len(r) != 5 for r in rows):
        errors.append("labels.tsv columns wrong")
    counts = {}
    for r in rows[1:]:
        counts[r[1]] = counts.get(r[1], 0) + 1
    if counts != WANT:
        errors.append("label counts %r != %r" % (counts, WANT))
    ids = set()
    stats = {"top": {}, "charset": {}, "cte": {}, "att": {}, "att_mails": 0, "ibans": 0}
    for f, raw, label, lang, kind, reason, fname in built:
        p = os.path.join(mdir, f)
        if os.path.exists(p):
            with open(p, "rb") as fh:
                if fh.read() != raw:
                    errors.append(f + ": not byte-identical on rebuild")
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            errors.append(f + ": bare LF or CR")
        if any(len(x) > 998 for x in raw.split(b"\r\n")):
            errors.append(f + ": line longer than 998 bytes")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        texts = []
        has_att = False
        top = msg.get_content_type()
        stats["top"][top] = stats["top"].get(top, 0) + 1
        mid = msg["Message-ID"]
        if not mid or mid in ids:
            errors.append(f + ": Message-ID missing or duplicate")
        ids.add(mid)
        frm = msg["From"].addresses
        if len(frm) != 1 or frm[0].domain != DOM:
            errors.append(f + ": not sent from the insurer's domain")
        for part in msg.walk():
            for d in part.defects:
                errors.append("%s: MIME defect %r" % (f, d))
            for k, v in part.items():
                for d in getattr(v, "defects", ()):
                    errors.append("%s: header %s defect %r" % (f, k, d))
                if isinstance(v, str):
                    texts.append(str(v))
            if "Date" in part:
                d = part["Date"].datetime
                if d is None or d.year != 2026:
                    errors.append(f + ": date not in 2026")
            for hk in ("From", "To", "Cc", "Reply-To"):
                if hk in part:
                    for ad in part[hk].addresses:
                        if not ad.domain.endswith(".example"):
                            errors.append(f + ": address outside .example: " + ad.addr_spec)
            ctype = part.get_content_type()
            if part.get_content_maintype() == "multipart" or ctype == "message/rfc822":
                if ctype == "message/rfc822":
                    has_att = True
                    stats["att"]["eml"] = stats["att"].get("eml", 0) + 1
                continue
            fname_att = part.get_filename()
            payload = part.get_payload(decode=True)
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    s = payload.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: text part does not decode as %s: %s" % (f, cs, e))
                    continue
                if cte in ("7bit",) and any(b > 127 for b in payload):
                    errors.append(f + ": 8-bit data in a 7bit part")
                if fname_att is None:
                    stats["charset"][cs] = stats["charset"].get(cs, 0) + 1
                    stats["cte"][cte] = stats["cte"].get(cte, 0) + 1
                    texts.append(s)
                    continue
            if fname_att is None:
                errors.append(f + ": non-text part without filename")
                continue
            has_att = True
            try:
                texts.append(file_text(fname_att, payload, stats["att"]))
            except Exception as e:  # noqa: BLE001
                errors.append("%s: attachment %s does not open: %s" % (f, fname_att, e))
        if has_att:
            stats["att_mails"] += 1
        alltext = "\n".join(texts)
        for dm in DOMAIN_RE.finditer(alltext):
            if not dm.group(1).lower().endswith(".example"):
                errors.append(f + ": domain outside .example: " + dm.group(0))
        for um in URL_RE.finditer(alltext):
            if not um.group(1).lower().endswith(".example"):
                errors.append(f + ": URL host outside .example: " + um.group(0))
        for im in IBAN_RE.finditer(alltext):
            stats["ibans"] += 1
            if not iban_ok(im.group(0)):
                errors.append(f + ": IBAN fails mod 97: " + im.group(0))
        for ics_m in re.finditer(r"DTSTART[^:]*:(\d{4})", alltext):
            if ics_m.group(1) != "2026":
                errors.append(f + ": calendar date not in 2026")
    # distribution tables
    langs = sorted({b[3] for b in built})
    print("label x language")
    print("%-24s" % "" + "".join("%8s" % x for x in langs) + "%8s" % "total")
    for lb in WANT:
        row = [sum(1 for b in built if b[2] == lb and b[3] == lg) for lg in langs]
        print("%-24s" % lb + "".join("%8d" % x for x in row) + "%8d" % sum(row))
    print("%-24s" % "total" + "".join("%8d" % sum(1 for b in built if b[3] == lg) for lg in langs) + "%8d" % len(built))
    print("kind x label")
    for k in sorted({b[4] for b in built}):
        row = [sum(1 for b in built if b[4] == k and b[2] == lb) for lb in WANT]
        print("  %-22s %3d   N %2d  C %2d  S %2d" % (k, sum(row), row[0], row[1], row[2]))
    print("top-level types:", ", ".join("%s %d" % kv for kv in sorted(stats["top"].items())))
    print("body charsets:", ", ".join("%s %d" % kv for kv in sorted(stats["charset"].items())))
    print("body transfer encodings:", ", ".join("%s %d" % kv for kv in sorted(stats["cte"].items())))
    print("mails with attachments: %d" % stats["att_mails"])
    print("attachments (incl. ZIP members):", ", ".join("%s %d" % kv for kv in sorted(stats["att"].items())))
    print("German IBANs found and validated: %d" % stats["ibans"])
    traps = sum(1 for b in built if b[5].startswith("trap:"))
    grey = sum(1 for b in built if b[5].startswith("grey:"))
    print("reasons marked trap: %d, grey: %d" % (traps, grey))
    if errors:
        print("CHECK FAILED (%d problems)" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("CHECK OK: %d mails, %s; byte-identical rebuild, no MIME defects, CRLF only, "
          "lines <= 998, unique Message-IDs, dates in 2026, .example domains only, charsets decode, "
          "attachments open, IBANs valid" % (len(built), ", ".join("%s %d" % (k, counts.get(k, 0)) for k in WANT)))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
