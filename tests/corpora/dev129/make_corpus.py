#!/usr/bin/env python3
"""Generator for the Siegel evaluation corpus dev129 (seed 129).

Theme: supplementary health insurance (dental, hospital, glasses, naturopathy)
sold through comparison portals, broker pools and online applications, plus
ordinary office mail as traps.

Everything is invented: the insurer "Sonnwend Krankenversicherung AG", its
sister "Sonnwend Allgemeine Versicherung AG", all persons, numbers, IBANs
(checksum-valid, made up) and domains (all end in .example).

    python make_corpus.py           writes mails/d129-0001.eml ... d129-0150.eml and labels.tsv
    python make_corpus.py --check   re-parses every mail, validates labels and
                                    attachments and checks that a rebuild is byte-identical
    python make_corpus.py --stats   prints format statistics (used for README.md)

Standard library only, deterministic, no network.
"""

import base64
import datetime as _dt
import email
import email.policy
import email.utils
import io
import os
import quopri
import re
import sys
import tempfile
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime
from xml.dom import minidom

NN = "129"
HERE = os.path.dirname(os.path.abspath(__file__))
INS = "sonnwend-kv.example"          # the insurer's mail domain
MAILS = []                           # (number, label, lang, kind, reason, fn)


def mail(label, lang, kind, reason):
    """Register one hand-written mail function mNNN."""
    def deco(fn):
        n = int(fn.__name__[1:])
        MAILS.append((n, label, lang, kind, reason, fn))
        return fn
    return deco


# ---------------------------------------------------------------- basics

def iban(country, bban):
    """Return an ISO 7064 (mod 97-10) valid IBAN for an invented BBAN."""
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def iban_ok(value):
    v = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def grp(ib):
    """Group an IBAN in blocks of four, as printed on letters."""
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def _berlin_offset(d):
    """CET/CEST offset for a naive datetime (EU rule, last Sunday Mar/Oct)."""
    def last_sunday(year, month):
        day = _dt.date(year, month, 31)
        while day.weekday() != 6:
            day -= _dt.timedelta(days=1)
        return day
    start = _dt.datetime.combine(last_sunday(d.year, 3), _dt.time(2))
    end = _dt.datetime.combine(last_sunday(d.year, 10), _dt.time(3))
    return 2 if start <= d < end else 1


def date(y, mo, d, h, mi, s=0):
    naive = _dt.datetime(y, mo, d, h, mi, s)
    tz = _dt.timezone(_dt.timedelta(hours=_berlin_offset(naive)))
    return format_datetime(naive.replace(tzinfo=tz))


def addr(name, address):
    if not name:
        return address
    return formataddr((name, address), charset="utf-8")


def addrs(lst):
    return ", ".join(addr(n, a) for n, a in lst)


def hval(text):
    """Encode a header value (RFC 2047) only when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8").encode()


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes, already transfer-encoded

    def bytes(self):
        out = []
        for k, v in self.headers:
            out.append(("%s: %s\n" % (k, v)).encode("ascii"))
        out.append(b"\n")
        out.append(self.body)
        return b"".join(out)


def _encode(data, cte):
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "7bit":
        data.decode("ascii")
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "8bit":
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain",
         flowed=False, disposition=None, filename=None):
    data = body.encode(charset)
    ct = "text/%s; charset=%s" % (subtype, charset if charset != "us-ascii" else "us-ascii")
    if flowed:
        ct += "; format=flowed"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        headers.append(("Content-Disposition", _disp(disposition, filename)))
    return Part(headers, _encode(data, cte))


def _disp(disposition, filename):
    if filename is None:
        return disposition
    try:
        filename.encode("ascii")
        return '%s; filename="%s"' % (disposition, filename)
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "%s; filename*=utf-8''%s" % (disposition, quote(filename))


def _ctname(ctype, filename):
    try:
        filename.encode("ascii")
        return '%s; name="%s"' % (ctype, filename)
    except UnicodeEncodeError:
        return '%s; name="%s"' % (ctype, Header(filename, "utf-8").encode())


def attach(data, ctype, filename, cte="base64", disposition="attachment"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    headers = [("Content-Type", _ctname(ctype, filename)),
               ("Content-Transfer-Encoding", cte),
               ("Content-Disposition", _disp(disposition, filename))]
    return Part(headers, _encode(data, cte))


def multipart(subtype, parts, boundary, extra=None):
    headers = [("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))]
    if extra:
        headers += extra
    chunks = [b"This is a multi-part message in MIME format.\n"]
    for p in parts:
        chunks.append(("\n--%s\n" % boundary).encode("ascii"))
        chunks.append(p.bytes())
    chunks.append(("\n--%s--\n" % boundary).encode("ascii"))
    return Part(headers, b"".join(chunks))


def rfc822(msg_bytes, filename=None):
    headers = [("Content-Type", "message/rfc822")]
    if filename:
        headers.append(("Content-Disposition", _disp("attachment", filename)))
    else:
        headers.append(("Content-Disposition", "inline"))
    headers.append(("Content-Transfer-Encoding", "8bit"))
    return Part(headers, msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n")


def message(n, frm, to, subject, when, root, cc=None, reply_to=None,
            in_reply_to=None, extra=None, msgid=None, mailer=None):
    """Assemble a complete message. frm = (name, address); to/cc = lists."""
    h = [("From", addr(*frm)), ("To", addrs(to))]
    if cc:
        h.append(("Cc", addrs(cc)))
    if reply_to:
        h.append(("Reply-To", addr(*reply_to)))
    h.append(("Subject", hval(subject)))
    h.append(("Date", when))
    if msgid is None:
        stamp = email.utils.parsedate_to_datetime(when).strftime("%Y%m%d%H%M%S")
        msgid = "<%s.d%s-%04d@%s>" % (stamp, NN, n, frm[1].split("@")[1])
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
        h.append(("References", in_reply_to))
    if mailer:
        h.append(("X-Mailer", mailer))
    if extra:
        h += extra
    h.append(("MIME-Version", "1.0"))
    return Part(h + root.headers, root.body).bytes()


def bnd(n, k=1):
    return "----=_Part_%s_%04d_%d.sonnwend" % (NN, n, k)


# ---------------------------------------------------------------- file formats

ZIP_TIME = (2024, 6, 3, 9, 0, 0)


def zipfile_bytes(members, when=ZIP_TIME, first_stored=None):
    """members: list of (name, bytes). Deterministic timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.external_attr = 0o644 << 16
            if name == first_stored:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(pages, title="Dokument", author="Sonnwend Krankenversicherung AG",
        created="20240603090000+02'00'"):
    """Minimal valid PDF 1.4: pages = list of list of text lines.
    A line starting with '# ' is set in bold and slightly larger."""
    objs = []
    npages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 font, 4 bold font, 5 info,
    # then page i -> 6+2i, content i -> 7+2i
    kids = " ".join("%d 0 R" % (6 + 2 * i) for i in range(npages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, npages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
                b" /Producer (Sonnwend DocGen 3.2) /CreationDate (D:" + created.encode() + b") >>")
    for i, lines in enumerate(pages):
        parts = [b"BT", b"/F1 10 Tf", b"14 TL", b"56 790 Td"]
        for ln in lines:
            if ln.startswith("# "):
                parts += [b"/F2 12 Tf", _pdf_str(ln[2:]) + b" Tj", b"T*", b"/F1 10 Tf"]
            else:
                parts += [_pdf_str(ln) + b" Tj", b"T*"]
        parts.append(b"ET")
        stream = b"\n".join(parts) + b"\n"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                     % (7 + 2 * i)).encode())
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(out.tell())
        out.write(("%d 0 obj\n" % (i + 1)).encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(("xref\n0 %d\n" % (len(objs) + 1)).encode())
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(("%010d 00000 n \n" % off).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(objs) + 1, xref)).encode())
    return out.getvalue()


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def docx(blocks, title="Dokument", creator="Sonnwend Krankenversicherung AG"):
    """blocks: str (paragraph; '# ' prefix = heading) or list of rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            if b.startswith("# "):
                body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                            '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[2:]))
            else:
                body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        else:
            rows = []
            for row in b:
                cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                                % _x(str(c)) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
                % "".join(body))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
              'package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-06-03T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (_x(title), _x(creator)))
    return zipfile_bytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                          ("docProps/core.xml", core), ("word/document.xml", document)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows); cells str -> inline string, int/float -> number."""
    wb_sheets, wb_rels, overrides, members = [], [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/'
                       '2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        overrides.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        xrows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, _x(str(v))))
            xrows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xrows))
        members.append(("xl/worksheets/sheet%d.xml" % i, sheet))
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
             '</Relationships>' % "".join(wb_rels))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.spreadsheetml.sheet.main+xml"/>%s</Types>' % "".join(overrides))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    return zipfile_bytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                          ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", wrels)] + members)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mimetype, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return zipfile_bytes([("mimetype", mimetype), ("META-INF/manifest.xml", manifest),
                          ("content.xml", content)], first_stored="mimetype")


def odt(paragraphs):
    ps = []
    for p in paragraphs:
        if p.startswith("# "):
            ps.append('<text:h text:outline-level="1">%s</text:h>' % _x(p[2:]))
        else:
            ps.append("<text:p>%s</text:p>" % _x(p))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (_ODF_NS, "".join(ps)))
    return _odf("application/vnd.oasis.opendocument.text", content)


def ods(sheets):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s">'
                                 '<text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                                 '</table:table-cell>' % _x(str(v)))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(xr)))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body>'
               '</office:document-content>' % (_ODF_NS, "".join(tabs)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content)


def ics(uid, start, end, summary, description, organizer, attendees, location="",
        stamp="20240603T080000Z", method="REQUEST"):
    """start/end like '20240612T100000' (Europe/Berlin)."""
    def fold(line):
        b = line.encode("utf-8")
        out = []
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b[cut:]
        out.append(b)
        return b"\r\n ".join(out)
    desc = description.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sonnwend//Kalender 8.1//DE",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
             "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
             "SUMMARY:" + summary.replace(",", "\\,"), "DESCRIPTION:" + desc]
    if location:
        lines.append("LOCATION:" + location.replace(",", "\\,"))
    lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:%s" % (cn, a))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return b"\r\n".join(fold(l) for l in lines) + b"\r\n"


# ---------------------------------------------------------------- people

def S(name, local):
    """A Sonnwend employee (name, address)."""
    return (name, "%s@%s" % (local, INS))


POEHLMANN = S("Katrin Pöhlmann", "katrin.poehlmann")          # claims dental
DEMIR = S("Yusuf Demir", "yusuf.demir")                        # claims hospital
AUMUELLER = S("Franziska Aumüller", "franziska.aumueller")     # claims glasses / naturopathy
OSTERKAMP = S("Dr. med. Miriam Osterkamp", "miriam.osterkamp")  # company physician, underwriting
WENDLING = S("Tobias Wendling", "tobias.wendling")             # underwriter
HABERKORN = S("Leonie Haberkorn", "leonie.haberkorn")          # underwriting / applications
STALLBAUM = S("Henrik Stallbaum", "henrik.stallbaum")          # broker service
SAUERLAND = S("Nadine Sauerland", "nadine.sauerland")          # broker service
BRANDHORST = S("Felix Brandhorst", "felix.brandhorst")         # head of digital sales
MIKULIC = S("Jana Mikulić", "jana.mikulic")                    # portal partner management
TIEDEMANN = S("Lara Tiedemann", "lara.tiedemann")              # customer service
FERREIRA = S("Marco Ferreira", "marco.ferreira")               # customer service (English desk)
VAHLENKAMP = S("Dr. Ulrike Vahlenkamp", "datenschutz")         # data protection officer
NOWAK = S("Piotr Nowak-Steffens", "piotr.nowak-steffens")      # IT
OKAFOR = S("Sam Okafor", "sam.okafor")                         # IT / data
REIMER = S("Birgit Reimer", "birgit.reimer")                   # HR
RUHNKE = S("Olaf Ruhnke", "einkauf")                           # purchasing
JESSEN = S("Carla Jessen", "carla.jessen")                     # marketing
BRINKMANN = S("Holger Brinkmann", "beschwerde")                # complaints
LUEDEKING = S("Dr. Arne Lüdeking", "arne.luedeking")           # board
SERVICE = ("Sonnwend Kundenservice", "service@" + INS)
LEISTUNG = ("Sonnwend Leistungsservice", "leistung@" + INS)
MAKLER = ("Sonnwend Maklerservice", "maklerservice@" + INS)
NOREPLY = ("Sonnwend SecureMail", "noreply@" + INS)

SIG_TIEDEMANN = """--
Lara Tiedemann
Kundenservice Ergänzungsversicherungen
Sonnwend Krankenversicherung AG
Am Sonnwendhof 3 · 48149 Münster
Tel. 0251 9770-412 · www.sonnwend-kv.example"""

FOOTER_DE = """
Sonnwend Krankenversicherung AG · Am Sonnwendhof 3 · 48149 Münster
Vorstand: Dr. Arne Lüdeking (Vors.), Sigrun Haverkamp, Mats Ellerbrock
Vorsitzender des Aufsichtsrats: Prof. Dr. Klaus Wiedemeyer
Sitz Münster · Amtsgericht Münster HRB 99129"""

DISCLAIMER_DE = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail. Das unerlaubte Kopieren oder Weiterleiten ist nicht gestattet."""

DISCLAIMER_EN = """This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail. Any unauthorised
copying or forwarding is prohibited."""



# ================================================================ the mails

IB_KRAHL = iban("DE", "44050199" + "0813277402")
IB_STRATMANN = iban("DE", "40154530" + "0072219880")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
      "underwriting query to a named applicant about her answer to the missing-teeth health question")
def m001():
    body = """Sehr geehrte Frau Kowalczyk,

vielen Dank für Ihren Antrag auf den Tarif ZahnPlus 90, den Sie am 04.03.2024
über das Vergleichsportal Tarifblick bei uns gestellt haben (Antragsnummer
AN-24-0061208).

Bevor wir über Ihren Antrag entscheiden können, benötigen wir noch eine
Ergänzung zu Ihren Gesundheitsangaben:

Die Frage 2 ("Fehlen Ihnen Zähne, die bisher nicht ersetzt sind?") haben Sie
mit "ja – 2 Zähne" beantwortet. Bitte teilen Sie uns mit,

  1. welche Zähne fehlen (gern nach dem Zahnschema, z. B. 36 = unten links,
     erster großer Backenzahn),
  2. seit wann die Lücken bestehen und
  3. ob Ihnen Ihr Zahnarzt bereits einen Ersatz (Brücke, Implantat) empfohlen
     hat.

Am einfachsten ist ein kurzer Befundbericht Ihrer Zahnarztpraxis; eine
formlose Antwort auf diese E-Mail genügt aber auch.

Bitte beachten Sie: Fehlende, noch nicht ersetzte Zähne sind im Tarif
ZahnPlus 90 grundsätzlich versicherbar, werden aber vom Versicherungsschutz
ausgeschlossen, solange sie nicht ersetzt sind (Ausschluss "fehlende Zähne").
Eine Zuschlagspflicht entsteht dadurch nicht.

Sobald uns Ihre Angaben vorliegen, erhalten Sie innerhalb von fünf Arbeitstagen
unsere Entscheidung. Ohne Rückmeldung bis zum 25.03.2024 müssen wir den Antrag
leider als zurückgenommen betrachten.

Mit freundlichen Grüßen

Leonie Haberkorn
Antragsprüfung Ergänzungsversicherungen
Sonnwend Krankenversicherung AG
Tel. 0251 9770-238
""" + FOOTER_DE
    return message(1, HABERKORN, [("Sabine Kowalczyk", "s.kowalczyk@netzpost.example")],
                   "Ihr Antrag ZahnPlus 90 – Rückfrage zu Ihren Gesundheitsangaben (AN-24-0061208)",
                   date(2024, 3, 11, 10, 14, 52), text(body))


@mail("NORMAL", "de", "internal",
      "trap: waiting-period and benefit-limit overview of the 2025 tariff generation, no person")
def m002():
    body = """Hallo zusammen,

wie in der Produktrunde besprochen hier die konsolidierte Übersicht der
Wartezeiten und Leistungsstaffeln für die Tarifgeneration 2025 (Stand
heute, noch nicht vom Vorstand freigegeben!):

Tarif            allg. WZ   Zahnersatz/KFO   Staffel (Jahr 1/2/3/4)
ZahnStart        keine      keine            500 / 1.000 / 1.500 / 2.000 EUR
ZahnPlus 70      keine      8 Monate         1.000 / 2.000 / 3.000 / 4.000 EUR
ZahnPlus 90      keine      8 Monate         1.000 / 2.000 / 3.000 / 4.000 EUR
KlinikKomfort    3 Monate   –                keine Staffel
KlinikKomfort 2  3 Monate   –                keine Staffel
SehKlar          3 Monate   –                150 EUR alle 2 Jahre, LASIK 1.000 EUR einmalig
NaturPlus        3 Monate   –                600 EUR / Kalenderjahr

Bei Unfall entfallen alle Wartezeiten und die Staffel. Neu ist, dass
Parodontitisbehandlung in ZahnPlus 90 nicht mehr unter die 8 Monate fällt
(Vertrieb wollte das unbedingt wg. Vergleichsportale, Tarifblick bewertet das
Kriterium mit).

Offen:
- Verzicht auf die allgemeine WZ bei Wechsel von einem anderen Versicherer
  mit nahtloser Vorversicherung? -> Aktuariat rechnet bis KW 21
- Formulierung "angeratene Behandlung" in Gesundheitsfrage 3, Rechtsabteilung
  schaut drauf

Bitte Rückmeldung bis Freitag, dann geht das in die Vorstandsvorlage.

Viele Grüße
Imke

--
Imke Terhorst
Produktmanagement Ergänzungsversicherungen
Sonnwend Krankenversicherung AG · Durchwahl -305
"""
    return message(2, S("Imke Terhorst", "imke.terhorst"),
                   [WENDLING, BRANDHORST, POEHLMANN, AUMUELLER, S("Jörg Albers", "joerg.albers")],
                   "Tarifgeneration 2025: Übersicht Wartezeiten/Staffeln (Entwurf v3)",
                   date(2024, 5, 14, 16, 2, 7), text(body, cte="8bit", flowed=False),
                   mailer="Microsoft Outlook 16.0")


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "lead complaint to a comparison portal, CSV with names, birth dates and postcodes of prospects (no health data, no contract)")
def m003():
    csv_rows = [
        "LeadID;Eingang;Anrede;Vorname;Nachname;Geburtsdatum;PLZ;Tarifwunsch;Reklamationsgrund",
        "TB-LD-7781230;02.03.2024;Herr;Bernd;Schäfermeyer;17.09.1958;48153;Zahnzusatz;Dublette zu TB-LD-7779911",
        "TB-LD-7779911;01.03.2024;Herr;Bernd;Schäfermeyer;17.09.1958;48153;Zahnzusatz;-- (Original, wird bezahlt)",
        "TB-LD-7782004;03.03.2024;Frau;Micky;Maus;01.01.2000;12345;Zahnzusatz;offensichtlicher Fake",
        "TB-LD-7783317;04.03.2024;Frau;Gabriele;Hüsken;28.06.1971;59065;Krankenhauszusatz;Kundin bestreitet Anfrage (Telefonat 06.03.)",
        "TB-LD-7785540;06.03.2024;Herr;Ömer;Taşdemir;09.12.1989;44137;Brille/Sehhilfe;Telefonnummer ungültig, Mail bounced",
        "TB-LD-7786102;07.03.2024;Frau;Carola;Ettrich;30.04.1946;33602;Zahnzusatz;außerhalb Zielgruppe lt. Vertrag (Alter > 75)",
        "TB-LD-7788777;09.03.2024;Herr;Lennart;Bögershausen;22.02.2006;49074;Zahnzusatz;Interessent minderjährig? (Geb.datum prüfen)",
    ]
    csv = ("\r\n".join(csv_rows) + "\r\n").encode("cp1252", errors="replace")
    body = """Sehr geehrte Frau Lambertz,

anbei unsere Reklamationsliste für die im März 2024 gelieferten Leads
(Kampagne "Zahnzusatz Frühjahr", Abrechnungsposition 2 der Rechnung
TB-RE-2024-0388).

Wir reklamieren 6 von 412 Datensätzen, die Gründe stehen jeweils in der
letzten Spalte. Nach Ziffer 5.3 des Kooperationsvertrags bitten wir um
Gutschrift von 6 x 38,00 EUR = 228,00 EUR.

Beim Lead TB-LD-7786102 bitten wir außerdem zu prüfen, warum die
Altersgrenze im Formular nicht greift – das ist jetzt schon der dritte Fall.

Bitte die Datei nach Bearbeitung löschen; wir haben sie bewusst nur mit den
nötigen Feldern exportiert.

Freundliche Grüße
Jana Mikulić
Partnermanagement Vergleichsportale
Sonnwend Krankenversicherung AG
"""
    root = multipart("mixed", [text(body),
                               attach(csv, "text/csv; charset=windows-1252",
                                      "Reklamation_Leads_2024-03_Sonnwend.csv")], bnd(3))
    return message(3, MIKULIC, [("Petra Lambertz", "p.lambertz@tarifblick.example")],
                   "Reklamation Leads März 2024 (Kampagne Zahnzusatz Frühjahr)",
                   date(2024, 4, 8, 9, 41, 3), root, cc=[BRANDHORST])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "glasses reimbursement for a named expat customer with her prescription and policy number")
def m004():
    body = """Dear Ms Carter,

thank you for sending us the invoice from Optik Rensing dated 18 April 2024.

We have reimbursed EUR 150.00 for your new glasses under your SehKlar cover
(policy ZV-2023-0417782). The invoice was EUR 389.00 (frames EUR 179.00,
two single-vision lenses -3.25 / -2.75 dpt with anti-reflective coating
EUR 210.00). SehKlar pays up to EUR 150.00 for glasses or contact lenses
every two calendar years, so the remaining EUR 239.00 cannot be covered.

The amount will be transferred to your account ending in ...4471 within
the next three working days.

Please note: your next claim for glasses or contact lenses is possible
from 1 January 2026. The eye test itself at the optician is not covered;
an eye examination by an ophthalmologist would be covered by your
statutory health insurance (TK).

If you have any questions, just reply to this e-mail.

Kind regards

Marco Ferreira
Customer Service (English desk)
Sonnwend Krankenversicherung AG
Am Sonnwendhof 3, 48149 Muenster, Germany
Phone +49 251 9770-455
"""
    return message(4, FERREIRA, [("Emily Carter", "emily.carter@mailbox.example")],
                   "Your claim for glasses - reimbursement", date(2024, 4, 29, 14, 3, 30),
                   text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "en", "newsletter",
      "trap: broker newsletter about implants, periodontitis and waiting periods, no person")
def m005():
    plain = """SONNWEND PARTNER UPDATE - June 2024

ZahnPlus 2024: higher implant limits, shorter waiting period for periodontal care

Dear partners,

from 1 July 2024 the ZahnPlus tariffs pay up to 3 implants per jaw (previously 2)
and periodontitis treatment is no longer subject to the 8-month waiting period.
The health questions in the online application stay the same (three questions,
look-back period 3 years).

What this means for your advice:
* Customers with missing teeth can still apply - missing teeth are excluded
  until they are replaced, no surcharge.
* Ongoing or recommended treatment (e.g. a treatment and cost plan, "HKP")
  remains excluded. Please do not backdate applications - we check the date
  of the HKP.
* Children: orthodontics (KIG 1-2) covered in ZahnPlus 90 after 8 months.

New in the broker portal: risk pre-inquiry (anonymous) now answered within
48 hours. Please send anonymised data only - initials and year of birth are
enough, no names.

Webinar: "Dental supplements after the reform" - 18 June, 10:00, 45 min.
Registration: https://partner.sonnwend-kv.example/webinar

Your broker service team
maklerservice@sonnwend-kv.example | +49 251 9770-600

You receive this newsletter as a registered Sonnwend partner.
Unsubscribe: https://partner.sonnwend-kv.example/newsletter/abmelden
"""
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Sonnwend Partner Update</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b36;max-width:640px">
<p style="font-size:11px;color:#777">SONNWEND PARTNER UPDATE &middot; June 2024</p>
<h1 style="color:#c46a00">ZahnPlus 2024: higher implant limits, shorter waiting period for periodontal care</h1>
<p>Dear partners,</p>
<p>from <b>1 July 2024</b> the ZahnPlus tariffs pay up to <b>3 implants per jaw</b> (previously 2)
and periodontitis treatment is no longer subject to the 8-month waiting period.
The health questions in the online application stay the same (three questions, look-back period 3 years).</p>
<h2>What this means for your advice</h2>
<ul>
<li>Customers with missing teeth can still apply &ndash; missing teeth are excluded until they are replaced, no surcharge.</li>
<li>Ongoing or recommended treatment (e.g. a treatment and cost plan, &bdquo;HKP&ldquo;) remains excluded.
Please do not backdate applications &ndash; we check the date of the HKP.</li>
<li>Children: orthodontics (KIG 1&ndash;2) covered in ZahnPlus 90 after 8 months.</li>
</ul>
<p><b>New in the broker portal:</b> risk pre-inquiry (anonymous) now answered within 48 hours.
Please send anonymised data only &ndash; initials and year of birth are enough, no names.</p>
<table cellpadding="6" style="border:1px solid #ccc"><tr><td><b>Webinar</b></td>
<td>&bdquo;Dental supplements after the reform&ldquo; &ndash; 18 June, 10:00, 45 min<br>
<a href="https://partner.sonnwend-kv.example/webinar">Register now</a></td></tr></table>
<p>Your broker service team<br>maklerservice@sonnwend-kv.example &middot; +49 251 9770-600</p>
<p style="font-size:10px;color:#888">You receive this newsletter as a registered Sonnwend partner.
<a href="https://partner.sonnwend-kv.example/newsletter/abmelden">Unsubscribe</a></p>
</body></html>
"""
    root = multipart("alternative", [text(plain, charset="us-ascii", cte="7bit"),
                                     text(html, subtype="html")], bnd(5))
    return message(5, ("Sonnwend Partner Update", "partner-update@" + INS),
                   [("", "undisclosed-recipients:;")],
                   "Partner Update June 2024: ZahnPlus - more implants, periodontal care without waiting period",
                   date(2024, 6, 4, 7, 30), root,
                   extra=[("List-Unsubscribe", "<https://partner.sonnwend-kv.example/newsletter/abmelden>"),
                          ("Precedence", "bulk")])


@mail("STRICTLY_CONFIDENTIAL", "de", "broker",
      "broker's mail forwarded internally: named client with birth date, knee arthroscopy and blood-pressure medication")
def m006():
    body = """Leonie, kannst du das bitte als Risikovoranfrage aufnehmen? Herr Oberdiek
will bis Ende der Woche Bescheid, der Kunde ist schon ungedulig.
Ich hab ihm gesagt, dass Voranfragen eigentlich anonym reinkommen sollen...

Gruß Henrik

-------- Weitergeleitete Nachricht --------
Betreff: KlinikKomfort für Herrn Hamann - geht das ohne Zuschlag?
Datum: Mon, 15 Jul 2024 17:48:22 +0200
Von: Jens Oberdiek <info@oberdiek-makler.example>
An: maklerservice@sonnwend-kv.example

Moin Herr Stallbaum,

ich hab hier einen Kunden, der gern in den KlinikKomfort (Einbettzimmer
+ Chefarzt) möchte, bei Tarifblick kommt Ihr Tarif vorne raus, aber die
Gesundheitsfragen machen ihm Sorgen:

Dieter Hamann, geb. 14.02.1968, Bünde
- 2021 Arthroskopie rechtes Knie (Meniskus), ambulant, seitdem beschwerdefrei
- nimmt seit ca. 2019 Ramipril 5 mg wegen Bluthochdruck, gut eingestellt
- sonst nix, Nichtraucher, BMI so um die 27

Frage 3 im Online-Antrag (stationäre Behandlung letzte 5 Jahre) wäre ja
"nein", weil ambulant. Aber Frage 4 (regelmäßige Medikamente) dann "ja".
Kriegen wir das ohne Zuschlag hin? Sonst nehme ich lieber den Mitbewerber,
der fragt nur 3 Jahre zurück.

Beste Grüße aus Ostwestfalen
Jens Oberdiek
Versicherungsmakler (§ 34d Abs. 1 GewO)
Oberdiek Versicherungsmakler e.K. · Eschstraße 12 · 32257 Bünde
Reg.-Nr. D-7K2P-QX81L-44
"""
    return message(6, STALLBAUM, [HABERKORN],
                   "WG: KlinikKomfort für Herrn Hamann - geht das ohne Zuschlag?",
                   date(2024, 7, 16, 8, 12, 45), text(body))


@mail("NORMAL", "de", "internal",
      "trap: out-of-office reply mentioning dental invoices and treatment plans, no person")
def m007():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 12.04.2024, nicht im Büro und habe
keinen Zugriff auf meine E-Mails.

Zahnarztrechnungen, Heil- und Kostenpläne und Rückfragen zu laufenden
Leistungsfällen Zahn senden Sie bitte an leistung-zahn@sonnwend-kv.example
oder rufen Sie die Leistungshotline an (0251 9770-300).
Dringende Fälle intern bitte an Herrn Demir.

Mit freundlichen Grüßen
Katrin Pöhlmann
Leistungsprüfung Zahn
"""
    return message(7, POEHLMANN, [STALLBAUM],
                   "Automatische Antwort: Rückfrage HKP Makler Oberdiek",
                   date(2024, 4, 3, 11, 20, 9), text(body, cte="8bit"),
                   extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement for a sole-trader broker with her IBAN and tax number in the PDF (totals only, no customers)")
def m008():
    body = """Sehr geehrte Frau Krahl,

anbei erhalten Sie Ihre Courtageabrechnung für März 2024.

Den Einzelnachweis je Vertrag finden Sie wie gewohnt im Maklerportal unter
"Abrechnungen"; in der PDF stehen nur die Summen.

Mit freundlichen Grüßen
Ihr Sonnwend Maklerservice
i. A. Nadine Sauerland
"""
    pages = [[
        "# Courtageabrechnung 03/2024",
        "Sonnwend Krankenversicherung AG · Provisionsbuchhaltung",
        "",
        "Vermittlerin: Sabine Krahl, Krahl Finanzberatung e.K.",
        "Vermittlernummer: 70-44127   Reg.-Nr. D-H3L9-ZZ0B1-12",
        "Anschrift: Lindenallee 7a, 59494 Soest",
        "Steuernummer: 342/5061/1187   USt: steuerfrei gem. § 4 Nr. 11 UStG",
        "",
        "Abschlusscourtage (6 Verträge, Zahn/Klinik)             1.284,60 EUR",
        "Bestandscourtage (118 Verträge)                            412,35 EUR",
        "Stornoreserve Zuführung 10 %                              -128,46 EUR",
        "Stornobelastung (1 Vertrag, Einzelnachweis im Portal)      -96,00 EUR",
        "-----------------------------------------------------------------",
        "Auszahlungsbetrag                                        1.472,49 EUR",
        "",
        "Überweisung am 05.04.2024 auf",
        "IBAN " + grp(IB_KRAHL) + "  (Sparkasse Soest-Werl, Kontoinhaberin: Sabine Krahl)",
        "",
        "Stand Stornoreservekonto: 3.918,20 EUR",
        "Diese Abrechnung wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ]]
    root = multipart("mixed", [text(body),
                               attach(pdf(pages, title="Courtageabrechnung 03/2024"),
                                      "application/pdf", "Courtageabrechnung_2024-03_70-44127.pdf")], bnd(8))
    return message(8, MAKLER, [("Sabine Krahl", "kontakt@krahl-finanz.example")],
                   "Ihre Courtageabrechnung 03/2024 (Vermittlernr. 70-44127)",
                   date(2024, 4, 4, 6, 55), root)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "body only says 'anbei Ihre Abrechnung'; the PDF holds the dental crown claim with GOZ positions and tooth number")
def m009():
    body = """Sehr geehrte Frau Stratmann,

anbei erhalten Sie unsere Abrechnung zu Ihrer Einreichung vom 14.05.2024.

Mit freundlichen Grüßen
Ihr Sonnwend Leistungsservice

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht direkt
auf diese E-Mail, sondern nutzen Sie Ihr Kundenportal.
"""
    pages = [[
        "# Leistungsabrechnung",
        "Sonnwend Krankenversicherung AG · Leistungsservice Zahn",
        "",
        "Frau Monika Stratmann, Kolpingstraße 19, 48165 Münster",
        "Versicherungsnummer ZV-2022-0198845 · Tarif ZahnPlus 70 · Abrechnung vom 22.05.2024",
        "",
        "Rechnung Zahnarztpraxis Dr. Pia Brüggemann vom 30.04.2024, Nr. 2024-0311",
        "Behandlung: Vollkrone Zahn 16 (vollverblendet), Festzuschuss GKV Befund 1.1",
        "",
        "GOZ 2210  Versorgung eines Zahnes durch eine Vollkrone      1x    263,50 EUR",
        "GOZ 2197  Adhäsive Befestigung                              1x     16,82 EUR",
        "GOZ 5170  Anatomische Abformung                             1x     18,89 EUR",
        "Material- und Laborkosten (Fremdlabor)                           412,30 EUR",
        "Rechnungsbetrag                                                   711,51 EUR",
        "abzgl. Festzuschuss Ihrer gesetzlichen Krankenkasse             -301,44 EUR",
        "erstattungsfähiger Restbetrag                                     410,07 EUR",
        "Erstattung 70 %                                                   287,05 EUR",
        "",
        "Leistungsstaffel: im 3. Versicherungsjahr bisher verbraucht 0,00 EUR von 3.000,00 EUR",
        "Auszahlung auf Ihr Konto IBAN DE** **** **** **** **98 80 am 24.05.2024.",
    ]]
    root = multipart("mixed", [text(body),
                               attach(pdf(pages, title="Leistungsabrechnung"), "application/pdf",
                                      "Leistungsabrechnung_ZV-2022-0198845_20240522.pdf")], bnd(9))
    return message(9, LEISTUNG, [("Monika Stratmann", "monika.stratmann@webmail.example")],
                   "Ihre Abrechnung zu Vertrag ZV-2022-0198845", date(2024, 5, 22, 18, 3, 11), root)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: bug ticket about the health-question step of the online application, only a fictitious test persona")
def m010():
    body = """Hi Ravi,

we found a regression in the online application (release 4.12.0, staging and
prod) - please treat as P2:

Step 3 "Health questions" of the ZahnPlus flow:
- question 2 ("Are any teeth missing that have not been replaced?") shows the
  radio button "yes" PRE-SELECTED when the user navigates back from step 4
- if the user does not notice, the application goes to manual underwriting
  (we saw a spike of ~40 cases with "missing teeth: 1" since Tuesday)

Steps to reproduce (staging):
1. start https://antrag-staging.sonnwend-kv.example/zahn
2. test persona "Max Mustermann (TEST)", DOB 01.01.1980, PLZ 48149
3. answer Q1-Q3 "no", continue to step 4 (bank details), click "back"
4. Q2 now shows "yes" and the counter field "1"

Expected: previous answers are restored as given.
Looks like the state from the session storage key "hq_missing_teeth_count"
is read before "hq_missing_teeth" - just a guess.

Screenshots and HAR file are in the ticket FF-20931. Please do NOT use real
customer sessions for the analysis, the test persona is enough.

Thanks,
Sam

--
Sam Okafor
IT Digital Sales | Sonnwend Krankenversicherung AG
"""
    return message(10, OKAFOR, [("Ravi Subramaniam", "ravi.subramaniam@formflow.example")],
                   "[FF-20931] Online application: health question 2 pre-selected after 'back'",
                   date(2024, 6, 20, 15, 44, 2), text(body, charset="us-ascii", cte="7bit"),
                   cc=[NOWAK])


@mail("CONFIDENTIAL", "en", "internal",
      "HR to hiring manager: candidate's salary, birth date and home address for the contract")
def m011():
    body = """Hi Sam,

good news - Tomasz accepted verbally this morning. To prepare the contract
and the works council notification (section 99 BetrVG) I have put together
what we agreed; please check before I send it to the works council on Monday:

  Name:            Tomasz Wierzbicki
  Date of birth:   3 November 1991
  Address:         Hammer Straße 201, 48153 Münster
  Position:        Data Analyst, IT Digital Sales (full-time, 39 h)
  Start:           1 August 2024
  Salary:          EUR 58,500 gross p.a. (tariff group 8, level 2 + allowance)
  Probation:       6 months
  Remote:          2 days/week

He asked whether the relocation allowance (EUR 2,000) can be paid with the
first salary - I said yes, please object if you disagree.

Also: his current notice period ends 31 July, so no slack. IT equipment
request should go out next week.

Best,
Birgit

--
Birgit Reimer
Human Resources
Sonnwend Krankenversicherung AG
"""
    return message(11, REIMER, [OKAFOR], "Offer Tomasz W. - details for contract / works council",
                   date(2024, 6, 7, 11, 9, 41), text(body, cte="quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "expat customer's question about root canal on tooth 36 forwarded with contract number")
def m012():
    body = """Hi Katrin,

could you have a look at this one? Contract ZV-2024-0120553, ZahnPlus 90,
start 01.02.2024 (via ExpatCover). As far as I understand, the root canal is
dental treatment (no waiting period) but the crown would fall under
Zahnersatz with 8 months, i.e. not before 01.10.2024. Is that right? And does
the Staffel apply to the root canal too?

I'd like to answer her today if possible.

Thanks, Marco

-----Original Message-----
From: Priya Raman <priya.raman@kabelmail.example>
Sent: Wednesday, 10 July 2024 21:17
To: service@sonnwend-kv.example
Subject: Root canal - am I covered?

Hello,

I took out your dental insurance in January through ExpatCover. My
dentist (Dr. Brueggemann in Muenster) told me today that my lower left
molar (she called it 36) is inflamed and needs a root canal treatment,
probably with a crown afterwards. She will send me a cost estimate.

The pain started only last week, I never had problems with this tooth
before, so I hope this is covered. Is there a waiting period? And do I
have to send the cost estimate to you before the treatment?

I am also a bit confused about the "Staffel" - the ExpatCover page said
somthing about EUR 1,000 in the first year.

Thank you!
Priya Raman
"""
    return message(12, FERREIRA, [POEHLMANN], "FW: Root canal - am I covered?",
                   date(2024, 7, 11, 9, 2, 18), text(body))


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: tariff data delivery to a comparison portal, XLSX with premiums by age, no person")
def m013():
    rows = [["Tarif", "Alter", "Monatsbeitrag EUR", "Wartezeit ZE (Monate)", "Staffel Jahr 1 EUR"]]
    base = {"ZahnStart": 9.90, "ZahnPlus 70": 16.40, "ZahnPlus 90": 24.80, "KlinikKomfort": 18.70}
    for tarif, b in base.items():
        for age, f in ((20, 0.72), (30, 0.85), (40, 1.0), (50, 1.31), (60, 1.62), (70, 1.88)):
            rows.append([tarif, age, round(b * f, 2), 0 if tarif in ("ZahnStart", "KlinikKomfort") else 8,
                         500 if tarif == "ZahnStart" else (1000 if tarif != "KlinikKomfort" else 0)])
    crit = [["Kriterium", "ZahnStart", "ZahnPlus 70", "ZahnPlus 90", "KlinikKomfort"],
            ["Gesundheitsfragen", "keine", "3", "3", "4"],
            ["Zahnersatz", "50 %", "70 %", "90 %", "-"],
            ["Implantate", "ja", "ja (3 je Kiefer)", "ja (3 je Kiefer)", "-"],
            ["Parodontitis", "nein", "ja", "ja, ohne WZ", "-"],
            ["Einbettzimmer", "-", "-", "-", "ja"],
            ["Chefarzt", "-", "-", "-", "ja, bis 3,5-fach GOÄ"]]
    x = xlsx([("Beitraege_07-2024", rows), ("Leistungskriterien", crit)])
    body = """Hallo Herr Quandt,

anbei die Tarifdaten zum 01.07.2024 für Ihren Rechenkern, Format wie
vereinbart (Blatt 1 Beiträge nach Eintrittsalter, Blatt 2 die
Leistungskriterien für Ihre Notenvergabe).

Änderungen gegenüber 01/2024:
- ZahnPlus 90: Parodontitis ohne Wartezeit
- Implantate 3 statt 2 je Kiefer
- Beiträge unverändert

Bitte spielen Sie die Daten nicht vor dem 01.07. produktiv ein.

Viele Grüße
Jana Mikulić
"""
    root = multipart("mixed", [text(body, cte="8bit"),
                               attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "Sonnwend_Tarifdaten_2024-07.xlsx")], bnd(13))
    return message(13, MIKULIC, [("Stefan Quandt", "tarifdaten@vergleichsfuchs.example")],
                   "Tarifdaten Sonnwend zum 01.07.2024", date(2024, 6, 12, 13, 27, 55), root)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "underwriter asks the company physician about a named applicant's periodontitis and bruxism")
def m014():
    body = """Hallo Frau Dr. Osterkamp,

ich bräuchte kurz Ihre Einschätzung zu einem Antrag aus dem Maklerpool
(Pooltrust), Antragsnummer AN-24-0081734:

Antragstellerin: Ayşe Korkmaz, 46 J., Tarif ZahnPlus 90 + NaturPlus

Angaben im Antrag / Nachreichung Zahnarzt (Dr. Lüttgens, Hamm):
- Parodontitisbehandlung (PAR-Strecke nach neuer Richtlinie) 2022,
  abgeschlossen, UPT läuft halbjährlich
- Bruxismus, Aufbissschiene seit 2023
- keine fehlenden Zähne, keine angeratene Behandlung
- NaturPlus: Akupunktur beim Heilpraktiker wg. Spannungskopfschmerz 2023
  (6 Sitzungen), derzeit keine Behandlung

Nach Annahmerichtlinie wäre die PAR mit laufender UPT eigentlich ein
Ausschluss "Parodontalbehandlung" oder Zuschlag 20 %. Der Makler fragt, ob
wir bei abgeschlossener Therapie ohne Ausschluss annehmen können.
Für NaturPlus würde ich normal annehmen.

Wie sehen Sie das? Ich muss bis Donnerstag antworten.

Danke und Gruß
Tobias Wendling
Risikoprüfung Ergänzungsversicherungen
"""
    return message(14, WENDLING, [OSTERKAMP],
                   "Risikoprüfung AN-24-0081734 – Einschätzung PAR/UPT",
                   date(2024, 8, 6, 10, 31, 20), text(body, cte="8bit"))


@mail("NORMAL", "de", "internal",
      "trap: data-protection minutes (DOCX) about health questions in the online application, no person")
def m015():
    blocks = [
        "# Protokoll Datenschutz-Jour-fixe Online-Antrag (12. Sitzung)",
        "Datum: 18.09.2024, 14:00–15:10 Uhr, Raum 3.14 / Teams",
        "Teilnehmende: Datenschutzbeauftragte, IT Digital Sales, Antragsprüfung, Partnermanagement, Recht",
        "# TOP 1 Abgebrochene Online-Anträge",
        "Abgebrochene Anträge mit bereits beantworteten Gesundheitsfragen werden derzeit 90 Tage "
        "gespeichert (\"Weiter ausfüllen\"-Funktion). Beschluss: Verkürzung auf 30 Tage, "
        "Gesundheitsangaben werden bei Abbruch nach 7 Tagen gelöscht, sofern keine Einwilligung vorliegt.",
        "# TOP 2 Schweigepflichtentbindung / Einwilligung nach § 213 VVG",
        "Der Einwilligungstext im Online-Antrag entspricht dem Muster des Verbands (Stand 2023). "
        "Die Variante für Rückfragen bei Zahnärzten im Einzelfall wird ergänzt.",
        "# TOP 3 Datenweitergabe an Vergleichsportale",
        "Portale erhalten ausschließlich Status-Rückmeldungen (angenommen / abgelehnt / in Prüfung), "
        "keine Ablehnungsgründe und keine Gesundheitsangaben. Tarifblick fordert Ablehnungsgründe für "
        "\"Conversion-Optimierung\" – abgelehnt.",
        "# TOP 4 Offene Punkte",
        [["Nr.", "Aufgabe", "Verantwortlich", "Termin"],
         ["1", "Löschroutine abgebrochene Anträge anpassen", "IT Digital Sales", "31.10.2024"],
         ["2", "Einwilligungstext Zahnarzt-Rückfrage", "Recht / DSB", "15.10.2024"],
         ["3", "Antwort an Tarifblick", "Partnermanagement", "27.09.2024"],
         ["4", "Schulung Maklerservice: anonyme Risikovoranfragen", "Maklerservice", "Q4"]],
        "Nächster Termin: 16.10.2024",
    ]
    body = """Liebe Kolleginnen und Kollegen,

anbei das Protokoll unseres Jour-fixe vom 18.09. Bitte prüfen Sie
insbesondere die Aufgaben unter TOP 4 und melden Sie Korrekturen bis
Mittwoch.

Viele Grüße
Ulrike Vahlenkamp
Datenschutzbeauftragte
"""
    root = multipart("mixed", [text(body),
                               attach(docx(blocks, title="Protokoll DS-Jour-fixe 12"),
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      "Protokoll_DS-Jourfixe_Online-Antrag_2024-09-18.docx")], bnd(15))
    return message(15, VAHLENKAMP, [HABERKORN, OKAFOR, MIKULIC, S("Jörn Pape", "joern.pape")],
                   "Protokoll Datenschutz-Jour-fixe Online-Antrag 18.09.2024",
                   date(2024, 9, 19, 12, 5, 40), root)


IB_OLUFSEN = iban("DE", "21050170" + "0044871209")
IB_MOELLENBECK = iban("DE", "40060265" + "0201187344")
IB_DREWES = iban("DE", "26580070" + "0732215500")


@mail("CONFIDENTIAL", "de", "insurer-to-prospect",
      "Art. 15 GDPR answer to a prospect who never applied: lead data with address, birth date and phone, no health data")
def m016():
    body = """Sehr geehrter Herr Thamm,

Sie haben uns am 02.10.2024 um Auskunft nach Art. 15 DSGVO gebeten. Gern
beantworten wir Ihre Anfrage.

Sie sind nicht bei uns versichert und haben keinen Antrag gestellt. Wir
haben Ihre Daten ausschließlich als Interessent ("Lead") vom
Vergleichsportal Vergleichsfuchs (Vergleichsfuchs Online GmbH, Leipzig)
erhalten, nachdem Sie dort am 19.08.2024 einen Tarifvergleich
"Krankenhauszusatzversicherung" durchgeführt und in die Kontaktaufnahme
durch Anbieter eingewilligt haben.

Folgende Daten sind bei uns gespeichert:

  Name:            Rüdiger Thamm
  Anschrift:       Am Steinbruch 4, 34134 Kassel
  Geburtsdatum:    21.07.1963
  E-Mail:          r.thamm@freenet-mail.example
  Telefon:         0561 4471 902
  Tarifwunsch:     Krankenhauszusatz, Einbettzimmer
  Kontaktverlauf:  Anruf 21.08.2024 (nicht erreicht), Anruf 23.08.2024
                   ("kein Interesse, bitte keine Anrufe mehr")

Angaben zu Ihrer Gesundheit haben wir nicht erhalten.

Zweck der Verarbeitung war die Beratung zu unseren Tarifen (Art. 6 Abs. 1
lit. a DSGVO). Da Sie kein Interesse haben, haben wir Ihre Daten für
Werbezwecke gesperrt; sie werden am 19.02.2025 endgültig gelöscht. Wenn Sie
eine sofortige Löschung wünschen, genügt eine kurze Antwort.

Sie haben das Recht, sich bei der Aufsichtsbehörde zu beschweren
(Landesbeauftragte für Datenschutz und Informationsfreiheit
Nordrhein-Westfalen).

Mit freundlichen Grüßen

Dr. Ulrike Vahlenkamp
Datenschutzbeauftragte
Sonnwend Krankenversicherung AG
datenschutz@sonnwend-kv.example
"""
    return message(16, VAHLENKAMP, [("Rüdiger Thamm", "r.thamm@freenet-mail.example")],
                   "Ihre Anfrage nach Art. 15 DSGVO vom 02.10.2024",
                   date(2024, 10, 14, 15, 26, 2), text(body, charset="iso-8859-1"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "glasses claim of a named customer refused because of the waiting period (varifocals bought in month 2)")
def m017():
    body = """Sehr geehrter Herr Plöger,

vielen Dank für die Einreichung Ihrer Rechnung von Augenoptik Feldkamp vom
12.06.2024 über 684,00 EUR (Gleitsichtbrille).

Leider können wir die Kosten nicht erstatten. Ihr Tarif SehKlar
(Versicherungsnummer ZV-2024-0143390) hat am 01.05.2024 begonnen. Für
Sehhilfen gilt nach § 3 der Tarifbedingungen eine Wartezeit von drei
Monaten, also bis einschließlich 31.07.2024. Die Brille wurde am 12.06.2024
angefertigt und abgerechnet, also innerhalb der Wartezeit.

Uns ist bewusst, dass das ärgerlich ist – der Vergleichsrechner, über den
Sie den Vertrag abgeschlossen haben, weist die Wartezeit in der
Tarifübersicht aus, aber nicht jeder liest das Kleingedruckte. Eine
Ausnahme ist nur bei Unfällen vorgesehen.

Ab dem 01.08.2024 steht Ihnen die volle Leistung zu: 150,00 EUR für Brille
oder Kontaktlinsen alle zwei Kalenderjahre. Wenn sich Ihre Sehstärke in
den nächsten Monaten ändert, reichen Sie die neue Rechnung einfach wieder
ein.

Sie können die Entscheidung durch unser Beschwerdemanagement prüfen lassen
(beschwerde@sonnwend-kv.example) oder sich an den Ombudsmann Private
Kranken- und Pflegeversicherung wenden.

Mit freundlichen Grüßen

Franziska Aumüller
Leistungsservice Sehhilfen und Heilpraktiker
Sonnwend Krankenversicherung AG
"""
    return message(17, AUMUELLER, [("Jürgen Plöger", "juergen.ploeger@kabelmail.example")],
                   "Ihre Rechnung Augenoptik Feldkamp – Vertrag ZV-2024-0143390",
                   date(2024, 6, 27, 10, 48, 13), text(body, cte="8bit"))


@mail("NORMAL", "en", "internal",
      "trap: release notes with a smoke-test log of the online application (health-answer field names, hashed sessions, counts)")
def m018():
    log = """2024-06-24T19:02:11Z INFO  deploy antrag-web 4.12.1 -> prod (blue)
2024-06-24T19:02:58Z INFO  migration 0087_hq_state_restore applied
2024-06-24T19:03:40Z INFO  smoke: flow=zahn persona=TEST-ZAHN-01 steps=1..6 result=PASS
2024-06-24T19:03:41Z INFO  smoke: flow=zahn persona=TEST-ZAHN-01 back-nav hq_missing_teeth=false hq_missing_teeth_count=null result=PASS
2024-06-24T19:04:05Z INFO  smoke: flow=klinik persona=TEST-KLINIK-02 hq_inpatient_5y=false hq_regular_meds=false result=PASS
2024-06-24T19:04:29Z INFO  smoke: flow=seh persona=TEST-SEH-01 hq_dpt_over_8=false result=PASS
2024-06-24T19:04:51Z WARN  smoke: flow=natur persona=TEST-NATUR-01 step=5 latency=2.8s (threshold 2.5s)
2024-06-24T19:05:10Z INFO  switch traffic blue 100%
2024-06-24T19:20:00Z INFO  metric uw_manual_rate_15min=0.061 (baseline 0.058)
2024-06-24T19:35:00Z INFO  metric uw_manual_rate_15min=0.057
2024-06-24T19:35:00Z INFO  sessions_started=214 sessions_hash_sample=[9f1c..e2, 03ab..7d, c4d0..11]
"""
    body = """Team,

4.12.1 is live since 21:05 CEST. Fix for FF-20931 (health question 2
pre-selected after "back") is in, smoke tests attached. Manual-underwriting
rate is back to baseline (5.7 % vs. 6.1 % spike last week).

Leonie's team will re-check the 38 applications from last week that went to
manual underwriting only because of "missing teeth: 1" - they will contact
the applicants through the normal process, nothing for us to do.

Known issue: NaturPlus step 5 slightly slow, ticket FF-20955.

Sam
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(log, "text/plain; charset=us-ascii", "release-4.12.1-smoke.log",
                                      cte="7bit")], bnd(18))
    return message(18, OKAFOR, [("IT Digital Sales", "it-digital@" + INS)],
                   "Release 4.12.1 online application - deployed", date(2024, 6, 24, 21, 41, 7),
                   root, cc=[HABERKORN])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "query to a dentist about a named patient's treatment plan (implant 46, bone augmentation) and extraction date")
def m019():
    body = """Sehr geehrte Frau Dr. Brüggemann,

Ihr Patient, Herr Lukas Fenske (geb. 02.09.1987), hat uns Ihren Heil- und
Kostenplan vom 03.06.2024 zur Prüfung eingereicht (Versicherungsnummer
ZV-2023-0402271, Tarif ZahnPlus 90). Eine Schweigepflichtentbindung für
Rückfragen bei Ihnen liegt uns vor.

Der Plan sieht ein Implantat regio 46 mit Suprakonstruktion sowie einen
Knochenaufbau (GOZ 9100, 9110) vor. Für unsere Prüfung benötigen wir:

1. das Datum der Extraktion des Zahnes 46 (der Vertrag begann am
   01.11.2023; bei Antragstellung wurden keine fehlenden Zähne angegeben),
2. den Röntgenbefund bzw. das OPG, aus dem sich die Indikation für den
   Knochenaufbau ergibt,
3. eine kurze Begründung für den 3,5-fachen Steigerungssatz bei GOZ 9010.

Gern können Sie uns die Unterlagen über unser Leistungserbringer-Portal
(https://partner.sonnwend-kv.example/upload, Vorgangsnummer LA-24-118203)
oder per Fax an 0251 9770-399 zukommen lassen. Bitte nicht per
unverschlüsselter E-Mail.

Für Ihre Mühe vergüten wir den Befundbericht nach GOZ 0030 analog.

Mit freundlichen Grüßen

Katrin Pöhlmann
Leistungsprüfung Zahn
Sonnwend Krankenversicherung AG
Tel. 0251 9770-316
"""
    return message(19, POEHLMANN, [("Praxis Dr. Brüggemann", "praxis@praxis-brueggemann.example")],
                   "Rückfrage HKP vom 03.06.2024 – Ihr Patient Lukas Fenske (LA-24-118203)",
                   date(2024, 6, 18, 9, 15, 33), text(body))


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "affiliate payout to a freelance blogger: her home address, IBAN and tax number (no insured persons)")
def m020():
    body = f"""Hi Hanna,

thanks for the Q3 report - your dental-care series on smilestories is still
our best-converting affiliate source.

Payout Q3 2024:
  qualified applications (accepted, not cancelled within 14 days):  42
  x EUR 25.00                                                     = EUR 1,050.00
  bonus tier 2 (> 40 applications)                                = EUR   150.00
  total                                                           = EUR 1,200.00

As you are a small business under section 19 UStG we pay without VAT. For
our accounts I have the following data from your invoice SMS-2024-07 - please
tell me if anything changed:

  Hanna Olufsen
  Rathenaustraße 36, 12459 Berlin
  tax number 30/457/01882
  IBAN {grp(IB_OLUFSEN)}

Transfer will be on 15 October. For Q4 we would like to test the new
"hospital" landing page with you - call me when you have a minute.

Best
Carla

--
Carla Jessen
Online Marketing | Sonnwend Krankenversicherung AG
"""
    return message(20, JESSEN, [("Hanna Olufsen", "hanna@smilestories.example")],
                   "Affiliate payout Q3 2024", date(2024, 10, 8, 12, 30, 1), text(body))


@mail("NORMAL", "de", "newsletter",
      "trap: customer newsletter about dental health and what dental supplements pay, no personalisation")
def m021():
    plain = """Sonnwend Gesundheitsbrief · Ausgabe Herbst 2024

Gesunde Zähne: 5 Tipps und was Ihre Zahnzusatzversicherung zahlt

Hallo,

Parodontitis ist in Deutschland die häufigste Ursache für Zahnverlust ab
40 – und sie tut lange nicht weh. Unsere fünf Tipps:

1. Zweimal im Jahr zur Kontrolle – die gesetzliche Kasse zahlt das.
2. Professionelle Zahnreinigung (PZR) ein- bis zweimal jährlich.
3. Zahnseide oder Interdentalbürsten täglich.
4. Zahnfleischbluten ernst nehmen.
5. Rauchen aufgeben – das Parodontitis-Risiko sinkt deutlich.

Was zahlt ZahnPlus?
  Leistung                     ZahnPlus 70     ZahnPlus 90
  PZR                          80 EUR/Jahr     150 EUR/Jahr
  Parodontitis                 70 %            90 %, ohne Wartezeit
  Implantate                   70 %            90 %
  Kieferorthopädie Kinder      –               80 % (KIG 1–2)

Wie läuft eine Erstattung? Rechnung fotografieren, in der Sonnwend-App
hochladen, fertig. Im Schnitt ist das Geld nach 4 Arbeitstagen da.

Ihr Sonnwend-Team

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://www.sonnwend-kv.example/newsletter/abmelden
Sonnwend Krankenversicherung AG · Am Sonnwendhof 3 · 48149 Münster
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;background:#f6f3ee">
<table width="600" align="center" style="background:#fff;padding:20px">
<tr><td><p style="color:#999;font-size:11px">Sonnwend Gesundheitsbrief &middot; Ausgabe Herbst 2024</p>
<h1>Gesunde Zähne: 5 Tipps und was Ihre Zahnzusatzversicherung zahlt</h1>
<p>Hallo,</p>
<p>Parodontitis ist in Deutschland die häufigste Ursache für Zahnverlust ab 40 &ndash; und sie tut lange nicht weh.</p>
<ol><li>Zweimal im Jahr zur Kontrolle &ndash; die gesetzliche Kasse zahlt das.</li>
<li>Professionelle Zahnreinigung (PZR) ein- bis zweimal jährlich.</li>
<li>Zahnseide oder Interdentalbürsten täglich.</li>
<li>Zahnfleischbluten ernst nehmen.</li>
<li>Rauchen aufgeben &ndash; das Parodontitis-Risiko sinkt deutlich.</li></ol>
<h2>Was zahlt ZahnPlus?</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Leistung</th><th>ZahnPlus 70</th><th>ZahnPlus 90</th></tr>
<tr><td>PZR</td><td>80 EUR/Jahr</td><td>150 EUR/Jahr</td></tr>
<tr><td>Parodontitis</td><td>70 %</td><td>90 %, ohne Wartezeit</td></tr>
<tr><td>Implantate</td><td>70 %</td><td>90 %</td></tr>
<tr><td>Kieferorthopädie Kinder</td><td>&ndash;</td><td>80 % (KIG 1&ndash;2)</td></tr>
</table>
<p>Wie läuft eine Erstattung? Rechnung fotografieren, in der Sonnwend-App hochladen, fertig.
Im Schnitt ist das Geld nach 4 Arbeitstagen da.</p>
<p>Ihr Sonnwend-Team</p>
<p style="font-size:10px;color:#888">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.sonnwend-kv.example/newsletter/abmelden">Abmelden</a><br>
Sonnwend Krankenversicherung AG &middot; Am Sonnwendhof 3 &middot; 48149 Münster</p>
</td></tr></table></body></html>
"""
    root = multipart("alternative", [text(plain), text(html, subtype="html", cte="base64")], bnd(21))
    return message(21, ("Sonnwend Gesundheitsbrief", "newsletter@" + INS),
                   [("", "newsletter-abonnenten@" + INS)],
                   "Gesunde Zähne: 5 Tipps 🦷 und was Ihre Zahnzusatzversicherung zahlt",
                   date(2024, 10, 1, 8, 0), root, extra=[("Precedence", "bulk")])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "underwriting decision for a broker's named client: tooth exclusion, hospital surcharge for hypertension and BMI")
def m022():
    body = """Dear Mr Moloney,

thank you for the additional information on your client's application
AN-24-0093310 (Mr James O'Rourke, born 14/03/1979).

Our underwriting decision:

1. ZahnPlus 90 - accepted from 1 September 2024 with the following
   exclusion: tooth 46 (missing since 2023, implant recommended by his
   dentist in Dublin before the application). Once this tooth has been
   replaced at his own cost, the new restoration will be covered for
   future repairs.

2. KlinikKomfort - accepted with a risk surcharge of 15 % (EUR 3.10 per
   month) because of the treated hypertension (amlodipine 5 mg) and a BMI
   of 34. We will review the surcharge on request after three years if a
   medical report shows normal blood pressure values.

Please have your client confirm the exclusion and the surcharge within
14 days via the broker portal (button "Accept counter-offer"). Without his
confirmation the application will be closed on 30 August 2024.

The policy documents will be sent to your client by post and to your
electronic broker post.

Kind regards

Tobias Wendling
Underwriting Supplementary Health
Sonnwend Krankenversicherung AG
"""
    return message(22, WENDLING, [("Aidan Moloney", "aidan@moloney-advisory.example")],
                   "Underwriting decision AN-24-0093310 (O'Rourke)", date(2024, 8, 14, 16, 20, 45),
                   text(body, charset="us-ascii", cte="7bit"), cc=[MAKLER])


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "onboarding of a sole-trader broker: birth-date mismatch with the register, IBAN and account holder")
def m023():
    body = f"""Sehr geehrte Frau Möllenbeck,

vielen Dank für Ihren Antrag auf Anbindung als Maklerin. Bevor wir Ihren
Zugang zum Maklerportal freischalten und die Courtagezusage ausstellen
können, müssen wir noch zwei Punkte klären:

1. Im Anbindungsformular haben Sie als Geburtsdatum den 10.03.1978
   angegeben; im Vermittlerregister (Reg.-Nr. D-W8R2-MM5T0-71) ist der
   10.03.1979 eingetragen. Bitte prüfen Sie, welche Angabe richtig ist –
   ggf. muss die IHK den Eintrag korrigieren.

2. Für die Courtagezahlungen haben Sie folgendes Konto angegeben:
     IBAN {grp(IB_MOELLENBECK)}
     Kontoinhaber laut Bankbestätigung: Möllenbeck Grundstücks-GbR
   Courtage zahlen wir nur auf ein Konto der Vermittlerin selbst. Bitte
   senden Sie uns eine Bankbestätigung für ein Konto auf Ihren Namen oder
   den Ihrer Firma "Möllenbeck Versicherungsmakler e.K.".

Die Kopie der Gewerbeanmeldung (Stadt Ahlen, 01.02.2024) und den Nachweis
der Vermögensschadenhaftpflicht haben wir erhalten, danke.

Mit freundlichen Grüßen

Nadine Sauerland
Maklerservice · Vermittleranbindung
Sonnwend Krankenversicherung AG
Tel. 0251 9770-612
"""
    return message(23, SAUERLAND, [("Kerstin Möllenbeck", "k.moellenbeck@moellenbeck-makler.example")],
                   "Ihre Anbindung bei Sonnwend – zwei offene Punkte",
                   date(2024, 2, 20, 14, 2, 50), text(body))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for branded glasses-cleaning cloths and toothbrush sets (give-aways)")
def m024():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir auf Grundlage Ihres Angebots AN-24-3318 vom 05.02.2024:

Pos  Menge  Artikel                                          EP netto   Gesamt
1    500    Brillenputztuch Mikrofaser 15x18 cm, 4c-Druck     0,89 €    445,00 €
            Motiv "SehKlar – klare Sicht" (Datei folgt)
2    300    Reise-Zahnputzset (Bürste, Becher, Tube leer)     1,95 €    585,00 €
            Logo Sonnwend 1c Pantone 7413 C
3      1    Satzkosten/Druckvorlage                          45,00 €     45,00 €
                                                                       --------
                                             Summe netto            1.075,00 €
                                             zzgl. 19 % USt           204,25 €
                                             Gesamt                 1.279,25 €

Liefertermin: spätestens 08.03.2024 (Gesundheitsmesse Münster, 09.–10.03.)
Lieferanschrift: Sonnwend Krankenversicherung AG, Warenannahme Tor 2,
Am Sonnwendhof 3, 48149 Münster
Rechnung bitte an rechnungseingang@sonnwend-kv.example mit unserer
Bestellnummer BE-2024-00417.

Mit freundlichen Grüßen

Olaf Ruhnke
Einkauf
Sonnwend Krankenversicherung AG
"""
    return message(24, RUHNKE, [("Promo Kontor GmbH", "auftrag@promokontor.example")],
                   "Bestellung BE-2024-00417 – Brillenputztücher / Zahnputzsets",
                   date(2024, 2, 12, 9, 3, 14), text(body, charset="windows-1252"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation confirmation of a named customer's hospital supplement (health contract, no medical word)")
def m025():
    body = """Sehr geehrter Herr Brennecke,

wir bestätigen die Kündigung Ihres Tarifs KlinikKomfort 2 zum 31.12.2024.

Versicherungsnummer:   ZV-2021-0077321
Versicherte Person:    Oliver Brennecke
gekündigter Tarif:     KlinikKomfort 2 (Beitrag zuletzt 27,46 EUR mtl.)
Vertragsende:          31.12.2024, 24:00 Uhr
weiterlaufender Tarif: ZahnPlus 70 (Beitrag ab 01.01.2025: 19,12 EUR mtl.)

Der Beitrag für Dezember wird wie gewohnt am 01.12. eingezogen, danach
buchen wir nur noch den Beitrag für ZahnPlus 70 ab.

Schade, dass Sie uns im Krankenhausbereich verlassen. Falls Sie Ihre
Entscheidung noch einmal überdenken möchten: Bis zum 31.12.2024 können Sie
die Kündigung ohne erneute Gesundheitsprüfung zurücknehmen.

Freundliche Grüße

Lara Tiedemann
""" + SIG_TIEDEMANN[3:]
    return message(25, TIEDEMANN, [("Oliver Brennecke", "o.brennecke@email.example")],
                   "Kündigungsbestätigung KlinikKomfort 2 – ZV-2021-0077321",
                   date(2024, 11, 5, 11, 40, 26), text(body, cte="8bit"))


@mail("NORMAL", "de", "insurer-to-prospect",
      "trap: generic answer to a prospect's question about waiting periods after accidents, no contract or health data")
def m026():
    body = """Sehr geehrter Herr Wiegand,

vielen Dank für Ihre Anfrage über unser Kontaktformular.

Kurz gesagt: Ja, bei einem Unfall entfallen in allen unseren
Ergänzungstarifen die Wartezeiten. Wenn Sie also zum Beispiel
nach Vertragsbeginn beim Sport einen Zahn verlieren, zahlt ZahnPlus
sofort – auch ohne die Leistungsstaffel der ersten Jahre.

Etwas anders ist es bei Behandlungen, die schon vor Vertragsbeginn
angeraten oder begonnen wurden: Die sind in keinem Tarif versichert,
egal ob mit oder ohne Unfall.

Unsere Tarife vergleichen können Sie hier:
https://www.sonnwend-kv.example/zahnzusatz
Den Online-Antrag erreichen Sie direkt über den Tarifrechner; er dauert etwa
zehn Minuten.

Für eine persönliche Beratung rufen Sie uns gern an: 0251 9770-400
(Mo–Fr 8–18 Uhr).

Freundliche Grüße

Lara Tiedemann
""" + SIG_TIEDEMANN[3:]
    return message(26, TIEDEMANN, [("Thomas Wiegand", "t.wiegand@webmail.example")],
                   "AW: Kontaktformular – Wartezeit bei Unfall?",
                   date(2024, 3, 26, 16, 11, 4), text(body, flowed=True, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "hospital",
      "hospital's cost-coverage request (hip replacement, coxarthrosis M16.1) for a named patient, forwarded internally")
def m027():
    body = """Sven,

bitte KÜ prüfen - Vertrag läuft seit 01.03.2024, Wartezeit also durch.
Aber: Antrag kam im Februar über Vergleichsfuchs, Frage 3 (angeratene
Behandlung) mit "nein" beantwortet. Eine Hüft-TEP plant man nicht erst im
Sommer, bitte Vorbefunde anfordern (Arztanfrage mit SEB), bevor wir
zusagen. Der Klinik erstmal Eingangsbestätigung schicken.

Yusuf

> -----Ursprüngliche Nachricht-----
> Von: Patientenverwaltung Klinikum Aasee <wahlleistung@klinikum-aasee.example>
> Gesendet: Dienstag, 20. August 2024 13:52
> An: leistung@sonnwend-kv.example
> Betreff: Kostenübernahmeanfrage Wahlleistungen - Weißenborn, Hannah
>
> Sehr geehrte Damen und Herren,
>
> für Ihre Versicherte
>
>   Hannah Weißenborn, geb. 11.05.1979
>   Mühlenstraße 8, 48291 Telgte
>   Vers.-Nr. ZV-2024-0088127
>
> bitten wir um Kostenübernahme für folgende Wahlleistungen:
>
>   Aufnahme:      02.09.2024, elektiv
>   Diagnose:      Primäre Koxarthrose links (M16.1)
>   Eingriff:      Implantation einer Hüftendoprothese (OPS 5-820.00)
>   Verweildauer:  voraussichtlich 7 Tage
>   Wahlleistung:  Einbettzimmer, Chefarztbehandlung (Prof. Dr. Lindhorst)
>
> Bitte senden Sie die Kostenübernahmeerklärung bis 28.08.2024 an
> wahlleistung@klinikum-aasee.example oder per Fax 02504 77-1209.
>
> Mit freundlichen Grüßen
> Patientenverwaltung / Wahlleistungsbüro
> Klinikum Aasee gGmbH
"""
    return message(27, DEMIR, [S("Sven Kröger", "sven.kroeger")],
                   "WG: Kostenübernahmeanfrage Wahlleistungen - Weißenborn, Hannah",
                   date(2024, 8, 20, 14, 31, 8), text(body, charset="iso-8859-1", cte="8bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-prospect",
      "referral bonus to a non-customer referrer: her address and IBAN, the referred contract only by case number")
def m028():
    body = f"""Sehr geehrte Frau Drewes,

vielen Dank für Ihre Empfehlung! Die von Ihnen empfohlene Person hat sich
für einen Tarif bei uns entschieden (Vorgang KWK-2024-0917). Damit haben
Sie sich unsere Empfehlungsprämie von 50,00 EUR verdient.

Wir überweisen die Prämie in den nächsten Tagen auf das von Ihnen
angegebene Konto:

  Kontoinhaberin: Elke Drewes
  IBAN:           {IB_DREWES}
  Verwendungszweck: KWK-2024-0917 Praemie

Ihre Anschrift für unsere Unterlagen: Tulpenweg 22, 49078 Osnabrück.

Bitte beachten Sie: Empfehlungsprämien können als sonstige Einkünfte
(§ 22 Nr. 3 EStG) steuerpflichtig sein, wenn Ihre sonstigen Einkünfte im
Jahr 256 EUR übersteigen. Eine Bescheinigung senden wir Ihnen im Januar.

Aus Datenschutzgründen können wir Ihnen nicht mitteilen, welchen Tarif
die empfohlene Person gewählt hat.

Mit freundlichen Grüßen
Ihr Sonnwend-Team
Marketing / Kunden werben Kunden
"""
    return message(28, ("Sonnwend Kunden werben Kunden", "empfehlung@" + INS),
                   [("Elke Drewes", "elke.drewes@netzpost.example")],
                   "Ihre Empfehlungsprämie (KWK-2024-0917)", date(2024, 9, 3, 10, 0, 44), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "naturopath invoice reimbursement: acupuncture for chronic low back pain and sleep disorder, GebüH positions")
def m029():
    body = """Sehr geehrte Frau Lübbers,

wir haben die Rechnung Ihrer Heilpraktikerin Eva Lohkamp vom 30.09.2024
(Behandlungen vom 15.07. bis 23.09.2024) geprüft und erstatten Ihnen
268,80 EUR.

Diagnose laut Rechnung: chronische Lumbalgie, Ein- und Durchschlafstörung

  GebüH Ziff.  Leistung                         Anzahl   berechnet  erstattungsfähig
  1            Eingehende Anamnese                 1       25,00       20,50
  4            Umfassende Untersuchung             1       20,00       16,40
  21.1         Akupunktur einschl. Pulsdiagnose    6      180,00      147,60
  20.6         Schröpfkopfbehandlung               3       45,00       36,90
  –            Bachblütenmischung "Schlaf"         1       28,00        0,00
  –            Beratung Ernährung (telefonisch)    2       40,00        0,00
                                                          ------      ------
                                                          338,00      221,40

Erstattungsfähig sind Leistungen bis zu den Höchstsätzen des
Gebührenverzeichnisses für Heilpraktiker (GebüH); Arzneimittel wie
Bachblüten und telefonische Beratungen sind im Tarif NaturPlus nicht
versichert. Auf den erstattungsfähigen Betrag von 221,40 EUR kommen
47,40 EUR aus der Rechnung vom 04.07.2024 hinzu, die wir Ihnen noch
schuldeten (Nachberechnung Ziff. 21.1).

Im Kalenderjahr 2024 haben Sie damit 481,20 EUR von 600,00 EUR Ihres
Jahreshöchstbetrags ausgeschöpft.

Die Überweisung erfolgt auf Ihr bekanntes Konto.

Mit freundlichen Grüßen

Franziska Aumüller
Leistungsservice Sehhilfen und Heilpraktiker
Vertrag ZV-2022-0311904 · Tarif NaturPlus
"""
    return message(29, AUMUELLER, [("Svenja Lübbers", "svenja.luebbers@mailbox.example")],
                   "Erstattung Heilpraktikerrechnung vom 30.09.2024",
                   date(2024, 10, 9, 13, 37, 19), text(body))


@mail("NORMAL", "en", "internal",
      "trap: HTML-only weekly sales KPI report with decline rates per health question, aggregates only")
def m030():
    html = """<html><head><meta charset="utf-8"><style>
td,th{border:1px solid #bbb;padding:4px 8px;font:12px Arial}th{background:#e8eef4}
</style></head><body style="font:13px Arial">
<p><b>Online sales &ndash; weekly KPI report, week 27/2024</b> (auto-generated, BI Reporting)</p>
<table style="border-collapse:collapse">
<tr><th>Channel</th><th>Sessions</th><th>Applications</th><th>Conversion</th><th>Manual UW</th><th>Declined</th><th>Cancelled &lt;14d</th></tr>
<tr><td>Tarifblick</td><td>18,204</td><td>611</td><td>3.4 %</td><td>7.2 %</td><td>1.1 %</td><td>2.0 %</td></tr>
<tr><td>Vergleichsfuchs</td><td>9,877</td><td>302</td><td>3.1 %</td><td>6.6 %</td><td>0.7 %</td><td>1.7 %</td></tr>
<tr><td>ExpatCover</td><td>1,412</td><td>58</td><td>4.1 %</td><td>12.1 %</td><td>3.4 %</td><td>0.0 %</td></tr>
<tr><td>Own website</td><td>22,530</td><td>488</td><td>2.2 %</td><td>5.9 %</td><td>0.8 %</td><td>1.4 %</td></tr>
<tr><td>Broker pools (API)</td><td>&ndash;</td><td>344</td><td>&ndash;</td><td>9.3 %</td><td>1.5 %</td><td>0.6 %</td></tr>
<tr><td><b>Total</b></td><td>52,023</td><td><b>1,803</b></td><td>&ndash;</td><td>7.3 %</td><td>1.1 %</td><td>1.4 %</td></tr>
</table>
<p><b>Triggers for manual underwriting</b> (share of manual cases)</p>
<table style="border-collapse:collapse">
<tr><th>Health question</th><th>Share</th></tr>
<tr><td>Q2 missing teeth</td><td>41 %</td></tr>
<tr><td>Q3 treatment recommended / ongoing</td><td>22 %</td></tr>
<tr><td>Q4 regular medication (hospital)</td><td>17 %</td></tr>
<tr><td>Q3 inpatient stay 5 years (hospital)</td><td>12 %</td></tr>
<tr><td>other / free text</td><td>8 %</td></tr>
</table>
<p style="color:#888">Numbers below 5 cases are not shown. Source: DWH.SALES_ONLINE, refresh 08.07.2024 05:10.
Questions: bi-reporting@sonnwend-kv.example</p>
</body></html>
"""
    return message(30, ("BI Reporting", "bi-reporting@" + INS),
                   [BRANDHORST, MIKULIC, HABERKORN, ("Vertrieb Leitungskreis", "vertrieb-lk@" + INS)],
                   "Weekly KPI report online sales - week 27/2024", date(2024, 7, 8, 6, 0),
                   text(html, subtype="html"))


IB_OBERDIEK = iban("DE", "49450050" + "0007730128")
IB_MARTIN = iban("DE", "36070024" + "0392817700")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "suspected breach of pre-contractual disclosure: named customer's treatment plan (bridge 35-37) predates application")
def m031():
    body = """Hallo Herr Pape,

wir bräuchten bitte Ihre Einschätzung zu einem möglichen Rücktritt nach
§ 19 VVG. Sachverhalt:

Versicherte:    Marta Zielińska, Vertrag ZV-2024-0003518, ZahnPlus 90
Antrag:         online über Tarifblick am 20.12.2023, Beginn 01.01.2024
Gesundheitsfr.: Frage 3 "Ist eine Zahnbehandlung angeraten, geplant oder
                begonnen?" -> "nein"

Am 12.09.2024 reicht die Kundin die Rechnung für eine Brücke 35-37
(Brückenglied 36) über 2.870,40 EUR ein. Im beigefügten HKP steht als
Planungsdatum der 14.11.2023, also fünf Wochen vor Antragstellung. Der
Zahnarzt (Praxis Dr. Yilmaz, Gelsenkirchen) bestätigt auf Nachfrage, dass
Zahn 36 am 02.11.2023 extrahiert wurde und die Versorgung ab da besprochen
war.

Aus unserer Sicht:
- objektiv falsche Beantwortung von Frage 3
- Belehrung nach § 19 Abs. 5 VVG war im Online-Antrag auf gesonderter Seite
  (Screenshot des Antragsstandes 12/2023 liegt vor)
- Vertrag noch keine 3 Jahre alt

Wir würden den Rücktritt erklären, bereits gezahlte Leistungen gibt es
nicht (erste Einreichung). Die Kundin hat am Telefon gesagt, sie habe
"gedacht, das zählt nur, wenn schon angefangen wurde".

Bitte um Rückmeldung, ob Rücktritt oder nur Leistungsablehnung für diesen
Versicherungsfall mit Ausschlussvereinbarung für die Zukunft.

Danke!
Katrin Pöhlmann
Leistungsprüfung Zahn · LA-24-131977
"""
    return message(31, POEHLMANN, [S("Jörn Pape", "joern.pape")],
                   "Rücktritt § 19 VVG? ZV-2024-0003518 / LA-24-131977",
                   date(2024, 9, 24, 11, 5, 58), text(body), cc=[WENDLING])


@mail("CONFIDENTIAL", "de", "internal",
      "job application forwarded to the department: CV (DOCX) with birth date, address and salary expectation")
def m032():
    cv = [
        "# Lebenslauf",
        "Jasmin Overkamp",
        "Geboren am 27.01.1996 in Rheine",
        "Wohnhaft: Weseler Straße 140, 48151 Münster · Tel. 0176 2281 0047",
        "# Berufserfahrung",
        [["Zeitraum", "Tätigkeit"],
         ["seit 08/2019", "Zahnmedizinische Fachangestellte, Zahnarztpraxis Dr. Hegemann, Münster – "
                          "Abrechnung BEMA/GOZ, HKP-Erstellung, Praxisverwaltung"],
         ["08/2016 – 07/2019", "Ausbildung zur ZFA, Gemeinschaftspraxis Rheine-Mitte"]],
        "# Weiterbildung",
        "2022 Zahnmedizinische Verwaltungsassistentin (ZMV), Zahnärztekammer Westfalen-Lippe",
        "# Kenntnisse",
        "Abrechnungsprogramme (Dampsoft, Z1), GOZ-Analogberechnung, MS Office, Englisch B1",
        "Gehaltsvorstellung: 44.000 EUR brutto p. a., frühester Eintritt 01.01.2025",
    ]
    body = """Hallo Katrin,

hier die Bewerbung auf die Stelle "Sachbearbeitung Leistungsprüfung Zahn"
(Ausschreibung 2024-031), über die wir am Telefon gesprochen haben. ZMV mit
fünf Jahren Praxisabrechnung – klingt für mich sehr passend.

Wenn du sie einladen möchtest, schlag mir bitte zwei Termine in KW 45 vor.
Bitte die Unterlagen nicht weiterleiten und nach dem Verfahren löschen; die
vollständige Bewerbung liegt im Bewerberportal.

Viele Grüße
Birgit
"""
    root = multipart("mixed", [text(body),
                               attach(docx(cv, title="Lebenslauf Jasmin Overkamp", creator="J. Overkamp"),
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      "Lebenslauf_Overkamp.docx")], bnd(32))
    return message(32, REIMER, [POEHLMANN], "Bewerbung Sachbearbeitung Leistungsprüfung Zahn (2024-031)",
                   date(2024, 10, 28, 8, 47, 15), root)


@mail("NORMAL", "de", "internal",
      "trap: team note that a named colleague is absent this week, no reason given")
def m033():
    body = """Moin zusammen,

kurze Info: Lara ist diese Woche nicht im Haus. Ihre Rückrufe aus dem
Ticketsystem (Queue "Ergänzung Kunden") übernimmt Marco, die
englischsprachigen Anfragen teilen wir wie besprochen auf.

Die Schulung "Wartezeiten richtig erklären" am Donnerstag findet trotzdem
statt, ich übernehme den Teil zu SehKlar.

Danke euch!
Anke

Anke Surmann
Teamleitung Kundenservice Ergänzungsversicherungen
"""
    return message(33, S("Anke Surmann", "anke.surmann"), [("Team Kundenservice EV", "ks-ev@" + INS)],
                   "Diese Woche: Vertretung für Lara", date(2024, 4, 15, 7, 58, 2),
                   text(body, cte="8bit", flowed=True))


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "expat's complaint about a refused single-room claim after emergency appendectomy, forwarded by complaints team")
def m034():
    body = """Hallo Yusuf,

neue Beschwerde, bitte Stellungnahme bis 10.06. (Frist BaFin-Statistik).
Der Kunde hat auch schon bei ExpatCover "angemeldet", dass er eine
schlechte Bewertung schreibt. Kurzfassung: Blinddarm-OP im April, Tarif
seit 01.03., Einbettzimmer abgelehnt wegen Wartezeit. Aus meiner Sicht
korrekt, aber bitte prüf, ob das Schreiben verständlich war (er sagt, er
hat es nicht verstanden, der Brief war nur auf Deutsch).

Holger

---------- Forwarded message ---------
From: Rafael Ortega Ruiz <rafa.ortega@netzpost.example>
Date: Fri, 31 May 2024 at 22:03
Subject: Complaint - claim refused - policy ZV-2024-0051762
To: <beschwerde@sonnwend-kv.example>

To whom it may concern,

I want to make a formal complaint. On 14 April I was taken to the emergency
room of the University Hospital in Münster with acute appendicitis and had
a laparoscopic appendectomy the same night. I stayed 3 nights. I asked for
a single room because I have had your KlinikKomfort insurance since
1 March, which I bought specifically for this.

Now I received a letter (only in German!) that you will not pay the
EUR 495 for the single room because of a "Wartezeit". Nobody told me
about this on ExpatCover. Appendicitis is an emergency, I could not plan
it. For me this is exactly like an accident.

I expect you to pay the full amount. Otherwise I will cancel my dental
and hospital contracts and write a review.

Rafael Ortega Ruiz
Hüfferstraße 27, 48149 Münster
"""
    return message(34, BRINKMANN, [DEMIR], "WG: Complaint - claim refused - policy ZV-2024-0051762",
                   date(2024, 6, 3, 9, 12, 36), text(body, cte="8bit"))


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: commission rates 2025 sent to a broker pool (company), no persons")
def m035():
    body = """Sehr geehrter Herr Dörrhoff,

wie angekündigt die Courtagesätze für das Jahr 2025. Sie gelten für alle
Anträge mit Eingang ab 01.01.2025; für Ihre angebundenen Makler gilt die
Staffel des Pools unverändert.

Tarif              Abschluss (Monatsbeiträge)   Bestand    Haftungszeit
ZahnStart          4,0                          2,0 %      24 Monate
ZahnPlus 70/90     6,0                          2,5 %      24 Monate
KlinikKomfort 1/2  6,0                          2,5 %      24 Monate
SehKlar            3,0                          2,0 %      12 Monate
NaturPlus          4,0                          2,0 %      24 Monate

Bonus Poolvolumen: ab 2.500 Neuverträgen p. a. zusätzlich 0,5
Monatsbeiträge (rückwirkend ab dem ersten Vertrag).

Neu: Anträge, die über die BiPRO-Schnittstelle ohne manuelle Nachbearbeitung
policiert werden ("Dunkelverarbeitung"), erhalten 0,3 Monatsbeiträge
Prozessbonus.

Den Nachtrag zur Courtagevereinbarung senden wir Ihnen diese Woche per Post
zur Unterschrift.

Mit freundlichen Grüßen

Henrik Stallbaum
Maklerbetreuung Pools & Verbünde
Sonnwend Krankenversicherung AG

""" + DISCLAIMER_DE
    return message(35, STALLBAUM, [("Christoph Dörrhoff", "c.doerrhoff@maklerhaus-nord.example")],
                   "Courtagesätze 2025 Ergänzungstarife – Maklerhaus Nord",
                   date(2024, 11, 19, 10, 22, 40), text(body, cte="8bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "callback list (XLSX) to a call-centre contractor: prospects' names, birth dates, phone numbers, no health data")
def m036():
    rows = [["Lead-ID", "Name", "Vorname", "Geburtsdatum", "PLZ", "Telefon", "Rückruf gewünscht", "Interesse"],
            ["VF-24-551207", "Krämer", "Doris", "03.04.1961", "45657", "02361 554120", "Di 17-19 Uhr", "Zahn"],
            ["VF-24-551318", "Nowicki", "Adam", "19.11.1984", "44787", "0157 33019822", "vormittags", "Zahn + Brille"],
            ["VF-24-551402", "Aydın", "Selin", "08.08.1992", "47051", "0203 3471190", "egal", "Krankenhaus"],
            ["VF-24-551466", "Brockhoff", "Wilfried", "25.02.1957", "48529", "05921 88140", "Mo-Mi 10-12", "Zahn"],
            ["VF-24-551590", "Lange", "Tamara", "14.12.1978", "59269", "0171 6044712", "ab 18 Uhr", "Heilpraktiker"],
            ["VF-24-551633", "Schürmann", "Kai", "30.06.1999", "48683", "0160 9912734", "egal", "Zahn"]]
    x = xlsx([("Rueckrufe_KW34", rows)])
    body = """Hallo Frau Kessler,

anbei die Rückrufliste für KW 34 (6 Interessenten von Vergleichsfuchs, die
einen Rückruf angefordert haben). Bitte wie vereinbart:

- nur zu den gewünschten Zeiten anrufen, max. 3 Versuche
- keine Gesundheitsfragen am Telefon abfragen, sondern auf den Online-Antrag
  bzw. den Papierantrag verweisen
- Ergebnis im Feld "Status" zurückmelden, die Liste danach löschen (AV-Vertrag
  Ziff. 7.2)

Die Datei ist mit dem bekannten Passwort geschützt.

Danke und Gruß
Jana Mikulić
"""
    root = multipart("mixed", [text(body),
                               attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "Rueckrufliste_KW34_2024.xlsx")], bnd(36))
    return message(36, MIKULIC, [("Julia Kessler", "j.kessler@dialogwerk.example")],
                   "Rückrufliste KW 34", date(2024, 8, 19, 8, 30, 12), root)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "confirmation of a named applicant's withdrawal of an online dental/glasses application with premium refund")
def m037():
    body = f"""Sehr geehrte Frau Martin,

wir haben Ihren Widerruf vom 10.05.2024 erhalten und bestätigen ihn
hiermit. Ihr Vertrag über die Tarife ZahnPlus 70 und SehKlar
(Versicherungsnummer ZV-2024-0149906, Online-Antrag vom 04.05.2024) gilt
damit als nicht geschlossen.

Den bereits eingezogenen ersten Monatsbeitrag von 31,20 EUR erstatten wir
Ihnen auf das Konto, von dem er abgebucht wurde:

  IBAN {IB_MARTIN[:4]} **** **** **** **{IB_MARTIN[-4:-2]} {IB_MARTIN[-2:]}

Ihre im Antrag gemachten Angaben – einschließlich der Angaben zu Ihrer
Gesundheit – löschen wir nach Ablauf der gesetzlichen Fristen; für
Werbezwecke verwenden wir sie nicht.

Dürfen wir fragen, warum Sie sich anders entschieden haben? Eine kurze
Antwort hilft uns, besser zu werden – natürlich freiwillig.

Mit freundlichen Grüßen

Ihr Sonnwend Kundenservice
"""
    return message(37, SERVICE, [("Chloé Martin", "chloe.martin@webmail.example")],
                   "Bestätigung Ihres Widerrufs – ZV-2024-0149906",
                   date(2024, 5, 13, 9, 4, 22), text(body))


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: print order (PDF purchase order) for hospital and dental brochures")
def m038():
    pages = [[
        "# PURCHASE ORDER PO-2024-00883",
        "Sonnwend Krankenversicherung AG, Purchasing, Am Sonnwendhof 3, 48149 Muenster, Germany",
        "VAT ID DE 999 129 044     Date: 16 September 2024",
        "Supplier: Drukkerij Veenstra B.V., Industrieweg 12, 7903 AK Hoogeveen, NL",
        "",
        "Pos  Qty     Item                                              Unit EUR   Total EUR",
        "1    20,000  Brochure 'KlinikKomfort - single room & chief",
        "             physician', A5, 12 pp, 4/4, 135 g matt               0.118    2,360.00",
        "2    20,000  Brochure 'ZahnPlus - implants, crowns, cleaning',",
        "             A5, 8 pp, 4/4, 135 g matt                            0.094    1,880.00",
        "3     5,000  Leaflet 'NaturPlus - naturopathy & acupuncture',",
        "             DL, 6 pp folded                                      0.061      305.00",
        "4         1  Proof (digital) and packaging, 50 per bundle                    120.00",
        "",
        "Net total                                                                4,665.00",
        "Intra-Community supply, reverse charge (Art. 196 VAT Directive)",
        "",
        "Delivery: by 11 October 2024, gate 2, goods receipt. Print data: see link from marketing.",
        "Invoices to rechnungseingang@sonnwend-kv.example quoting PO-2024-00883.",
        "Our general terms of purchase (version 2023) apply.",
    ]]
    body = """Dear Mr de Vries,

please find attached our purchase order PO-2024-00883 for the three
brochures, based on your quote Q-24-1187. Carla Jessen from marketing will
send you the print data by Wednesday.

Could you please confirm the order and the delivery date?

Best regards
Olaf Ruhnke
Purchasing, Sonnwend Krankenversicherung AG
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(pdf(pages, title="PO-2024-00883", created="20240916101500+02'00'"),
                                      "application/pdf", "PO-2024-00883_Veenstra.pdf")], bnd(38))
    return message(38, RUHNKE, [("Jeroen de Vries", "orders@veenstra-print.example")],
                   "Purchase order PO-2024-00883 - brochures", date(2024, 9, 16, 10, 21, 3), root,
                   cc=[JESSEN])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "implant claim capped by the first-year benefit limit for a named customer (tooth 24)")
def m039():
    body = """Sehr geehrter Herr Overbeck,

vielen Dank für die Einreichung der Rechnung Ihrer Zahnarztpraxis
(Dr. Hemsing, Warendorf) vom 15.10.2024 über die Versorgung von Zahn 24 mit
einem Implantat und einer Implantatkrone.

Rechnungsbetrag                              3.480,00 EUR
davon erstattungsfähig (90 %)               3.132,00 EUR
Leistungsbegrenzung 1. Versicherungsjahr    1.000,00 EUR
bereits 2024 erstattet (PZR 03/2024)          -80,00 EUR
Auszahlung                                    920,00 EUR

Ihr Tarif ZahnPlus 90 (Vertrag ZV-2024-0027740) besteht seit dem
01.02.2024. Für Zahnersatz gilt in den ersten Versicherungsjahren eine
Leistungsbegrenzung: Bis zum Ende des ersten Versicherungsjahres
(31.01.2025) zahlen wir insgesamt höchstens 1.000 EUR, bis zum Ende des
zweiten Jahres insgesamt 2.000 EUR usw. Nicht ausgeschöpfte Beträge werden
nicht nachgezahlt, wenn die Begrenzung später steigt; maßgeblich ist das
Behandlungsdatum.

Unser Tipp für die Zukunft: Wenn eine größere Behandlung planbar ist,
reichen Sie uns den Heil- und Kostenplan vorher ein. Dann sehen Sie vorab,
was wir zahlen, und können den Termin ggf. in das nächste
Versicherungsjahr legen.

Mit freundlichen Grüßen
Katrin Pöhlmann
Leistungsprüfung Zahn
"""
    return message(39, POEHLMANN, [("Karl-Heinz Overbeck", "kh.overbeck@t-post.example")],
                   "Ihre Zahnarztrechnung vom 15.10.2024 – Leistungsbegrenzung",
                   date(2024, 10, 29, 15, 2, 47), text(body, charset="iso-8859-1"))


@mail("NORMAL", "de", "internal",
      "trap: calendar invitation (ICS) for a workshop on simplifying health questions, no person data")
def m040():
    desc = ("Ziel: Abbruchquote im Online-Antrag senken, ohne die Risikoprüfung zu verwässern.\n"
            "Agenda:\n1. Zahlen: Abbrüche je Schritt (BI)\n2. Gesundheitsfragen 2-4: Formulierung, "
            "Rückblickzeiträume\n3. Vergleich Wettbewerb (3 vs. 5 Jahre)\n4. Anonyme Risikovoranfrage im Portal\n"
            "Bitte keine Echtfälle mitbringen - Beispiele nur anonymisiert.")
    cal = ics("ws-gesundheitsfragen-2024-11@" + INS, "20241112T093000", "20241112T123000",
              "Workshop Gesundheitsfragen Online-Antrag", desc, ("Felix Brandhorst", BRANDHORST[1]),
              [("Leonie Haberkorn", HABERKORN[1]), ("Tobias Wendling", WENDLING[1]),
               ("Sam Okafor", OKAFOR[1]), ("Ulrike Vahlenkamp", VAHLENKAMP[1]),
               ("Imke Terhorst", "imke.terhorst@" + INS)], location="Raum 2.07 (Kreativraum)")
    body = """Hallo zusammen,

wie im Leitungskreis angekündigt: Workshop zu den Gesundheitsfragen im
Online-Antrag, Dienstag 12.11., 9:30–12:30, Raum 2.07. Agenda in der
Einladung. Kaffee und Brötchen gibt's.

Felix
"""
    root = multipart("mixed", [text(body),
                               attach(cal, "text/calendar; charset=utf-8; method=REQUEST", "einladung.ics")],
                     bnd(40))
    return message(40, BRANDHORST, [HABERKORN, WENDLING, OKAFOR, VAHLENKAMP, S("Imke Terhorst", "imke.terhorst")],
                   "Einladung: Workshop Gesundheitsfragen Online-Antrag (12.11.)",
                   date(2024, 10, 22, 17, 3, 29), root)


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission clawback demand to a sole-trader broker with his IBAN for the direct debit; contracts not named")
def m041():
    body = f"""Sehr geehrter Herr Oberdiek,

im Rahmen der Stornohaftung (§ 6 Ihrer Courtagevereinbarung, Haftungszeit
24 Monate) ergibt sich für das 3. Quartal 2024 eine Rückforderung:

  stornierte Verträge im Haftungszeitraum:      3
  anteilige Rückforderung Abschlusscourtage:    1.612,80 EUR
  Verrechnung mit Stornoreserve:                 -372,80 EUR
  offener Betrag:                              1.240,00 EUR

Die Aufstellung je Vertrag finden Sie im Maklerportal unter
"Abrechnungen > Storno". Da Ihr Provisionskonto derzeit keinen
ausreichenden Saldo aufweist, ziehen wir den Betrag wie vereinbart am
15.11.2024 per SEPA-Lastschrift von Ihrem Konto ein:

  Kontoinhaber: Jens Oberdiek
  IBAN:         {grp(IB_OBERDIEK)}
  Mandatsreferenz: SW-VM-70-38810

Wenn Sie eine Ratenzahlung wünschen, melden Sie sich bitte bis zum
08.11.2024 bei uns.

Mit freundlichen Grüßen
Sonnwend Maklerservice · Provisionsbuchhaltung
i. A. Nadine Sauerland
"""
    return message(41, MAKLER, [("Jens Oberdiek", "info@oberdiek-makler.example")],
                   "Stornohaftung Q3/2024 – Rückforderung Vermittlernr. 70-38810",
                   date(2024, 10, 25, 13, 44, 0), text(body, charset="iso-8859-1"))


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "bilingual (German/English) contact-lens reimbursement for a named customer with dioptre values")
def m042():
    body = """Sehr geehrter Herr Van den Berg,
Dear Mr Van den Berg,

wir haben Ihre Rechnung für Kontaktlinsen erhalten und erstatten 150,00 EUR.
We have received your invoice for contact lenses and will reimburse EUR 150.00.

  Rechnung / invoice:   Linsenwerk Münster, 07.02.2025, 312,00 EUR
  Artikel / item:       Monatslinsen, 12 Monate / monthly lenses, 12 months
                        R -5,50 dpt, L -6,25 dpt (torisch / toric)
  Tarif / tariff:       SehKlar, Vertrag / policy ZV-2023-0380015
  Erstattung / refund:  150,00 EUR (Höchstbetrag alle 2 Kalenderjahre /
                        maximum every 2 calendar years)

Hinweis: Da Ihre Sehstärke links über -6 dpt liegt, hätten Sie ggf. auch
Anspruch auf einen Zuschuss Ihrer gesetzlichen Krankenkasse, wenn die Linsen
medizinisch notwendig sind (Kontaktlinsen-Verordnung durch einen Augenarzt).
Note: as your left eye is above -6 dpt, your statutory health insurer may
also contribute if an ophthalmologist prescribes the lenses as medically
necessary.

Mit freundlichen Grüßen / Kind regards
Franziska Aumüller
Sonnwend Krankenversicherung AG
"""
    return message(42, AUMUELLER, [("Erik Van den Berg", "erik.vandenberg@mailbox.example")],
                   "Erstattung Kontaktlinsen / Reimbursement contact lenses – ZV-2023-0380015",
                   date(2025, 2, 18, 10, 6, 31), text(body, cte="base64"))


@mail("NORMAL", "de", "internal",
      "trap: data-protection quiz with fictitious cases about health data in mails")
def m043():
    body = """Liebe Kolleginnen und Kollegen im Kundenservice,

zum Abschluss der Datenschutzwoche unser kleines Quiz. Alle Fälle sind
erfunden – Ähnlichkeiten mit echten Kunden wären Zufall.

Fall 1: Frau Muster (fiktiv) schickt ihre Zahnarztrechnung per normaler
E-Mail und bittet um Antwort per E-Mail. Dürfen Sie die Erstattungshöhe
einfach zurückmailen?
   a) ja, sie hat ja selbst gemailt
   b) nur über das SecureMail-Portal oder mit ihrer Einwilligung in die
      unverschlüsselte Kommunikation
   c) nur per Post

Fall 2: Ein Makler ruft an und möchte wissen, warum der Antrag "seines"
Kunden abgelehnt wurde. Was sagen Sie?

Fall 3: In einem Ticket steht im Freitextfeld "Kunde hat Diabetes, bitte
vorsichtig formulieren". Was tun Sie?

Fall 4: Ein Vergleichsportal fragt nach den Ablehnungsgründen der letzten
100 Anträge "zur Optimierung". Dürfen wir die liefern?

Auflösung: 1 b · 2 nur mit Schweigepflichtentbindung/Einwilligung und nur
soweit der Makler bevollmächtigt ist · 3 Freitext löschen bzw. in das
geschützte Leistungsfeld übernehmen, Datenschutz informieren · 4 nein.

Wer alles richtig hat: Es gibt Schokolade im Büro 4.02 :-)

Ulrike Vahlenkamp
Datenschutzbeauftragte
"""
    return message(43, VAHLENKAMP, [("Team Kundenservice EV", "ks-ev@" + INS)],
                   "Datenschutzwoche: Quiz zum Mitraten", date(2024, 11, 22, 14, 0, 3), text(body))


@mail("CONFIDENTIAL", "en", "partner",
      "lead from an expat comparison portal forwarded for a callback: name, birth date, address, phone; no health answers")
def m044():
    body = """Marco, can you call this one tomorrow? English speaker, wants dental +
hospital, didn't start the application. Please note the call in CRM.
Jana

-------- Forwarded Message --------
Subject: [ExpatCover] New lead #EC-24-10077 - Sonnwend
Date: Thu, 5 Sep 2024 18:40:12 +0000
From: leads@expatcover.example
To: partner-leads@sonnwend-kv.example

New lead for Sonnwend Krankenversicherung AG

Lead ID:          EC-24-10077
Received:         2024-09-05 18:39 UTC
Name:             Chidi Eze
Date of birth:    1990-06-05
Address:          Schönhauser Allee 98, 10439 Berlin
Phone:            +49 152 0447 9921
E-mail:           chidi.eze@netzpost.example
Interested in:    Dental supplement, Hospital supplement
Preferred contact: phone, after 5 pm, English
Health questions: not yet answered
Consent to contact: yes (2024-09-05 18:38 UTC, version EC-TOS-7)

This lead is billed according to your partner agreement (EUR 42.00).
Do not reply to this e-mail.
"""
    return message(44, MIKULIC, [FERREIRA], "FW: [ExpatCover] New lead #EC-24-10077 - Sonnwend",
                   date(2024, 9, 5, 21, 2, 55), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "status of three named applications for a broker pool, with pending dental and ophthalmology findings")
def m045():
    body = """Hallo Frau Brune,

gern der Stand zu Ihren drei Anträgen:

1. Korkmaz, Ayşe – AN-24-0081734 (ZahnPlus 90 + NaturPlus)
   NaturPlus ist angenommen. Für ZahnPlus 90 fehlt weiterhin die
   Bestätigung des Zahnarztes, dass die Parodontitistherapie abgeschlossen
   ist; danach Annahme mit Ausschluss Parodontalbehandlung für 2 Jahre.

2. Bergfeld, Niklas – AN-24-0084102 (SehKlar)
   Wir warten auf den augenärztlichen Befundbericht wegen der angegebenen
   Hornhautverkrümmung (Verdacht Keratokonus lt. Antrag). Erinnerung an den
   Kunden ist am 02.09. raus.

3. Yıldız, Fatma – AN-24-0085570 (KlinikKomfort)
   Policiert am 29.08., Beginn 01.09.2024, Unterlagen sind in Ihrer
   elektronischen Vermittlerpost.

Viele Grüße
Leonie Haberkorn
Antragsprüfung

> Von: Antragsservice Pooltrust <antragsservice@pooltrust.example>
> Gesendet: Dienstag, 3. September 2024 08:14
> Betreff: Statusanfrage 3 Anträge Vermittler 70-51004
>
> Guten Morgen Frau Haberkorn,
>
> unser Makler Herr Tewes fragt nach dem Stand folgender Anträge:
> Korkmaz (Zahn + HP), Bergfeld (Brille), Yıldız (Klinik).
> Bei Korkmaz hatte der Zahnarzt doch schon was geschickt?
>
> Danke & Gruß
> Melanie Brune
> Pooltrust AG – Antragsservice
"""
    return message(45, HABERKORN, [("Melanie Brune", "antragsservice@pooltrust.example")],
                   "AW: Statusanfrage 3 Anträge Vermittler 70-51004",
                   date(2024, 9, 3, 11, 36, 18), text(body), in_reply_to="<PT-20240903-0814-5573@pooltrust.example>")


IB_STALLBAUM = iban("DE", "40050150" + "0034417728")
IB_PFANNKUCH = iban("DE", "28550000" + "0105330921")


@mail("NORMAL", "en", "newsletter",
      "trap: forwarded market-research newsletter with dental/hospital supplement market figures, no person")
def m046():
    body = """FYI - interesting numbers for the portal strategy discussion on Thursday,
especially the share of online applications and the "health questions" item.
Felix

----- Forwarded message -----
From: Portal Monitor <newsletter@portalmonitor.example>
Subject: Portal Monitor Q2/2024 - Supplementary health
Date: 15 July 2024

PORTAL MONITOR - Quarterly brief on insurance comparison portals
Q2/2024 - Supplementary health insurance (Germany)

Key figures
- Supplementary dental contracts in force: approx. 18.9 million (+3.1 % y/y)
- Supplementary hospital (single/double room, chief physician): 7.4 million
- Share of new dental contracts concluded online: 47 % (2022: 39 %)
- Of those, via comparison portals: 61 %
- Average monthly premium of newly sold dental tariffs: EUR 21.40
- Median number of health questions in top-10 dental tariffs: 3
  (range 0-6; tariffs without health questions grew fastest)

Consumer survey (n = 2,014, online panel, June 2024)
- 58 % say "waiting periods" were the most confusing part of the offer
- 34 % abandoned at least one online application at the health questions
- 12 % answered a health question "no" although they were unsure

Portal ranking criteria are converging: implant limits, benefit caps in
years 1-4 and periodontitis coverage weigh 55 % of the score on average.

Full report (members): https://www.portalmonitor.example/reports/q2-2024
You receive this brief because your company subscribes to Portal Monitor.
"""
    return message(46, BRANDHORST, [MIKULIC, JESSEN, S("Imke Terhorst", "imke.terhorst")],
                   "FW: Portal Monitor Q2/2024 - Supplementary health", date(2024, 7, 16, 8, 20, 31),
                   text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "acceptance of a dental application with an exclusion for missing tooth 27; policy schedule PDF with birth date")
def m047():
    body = """Sehr geehrte Frau Pfannkuch,

herzlich willkommen bei Sonnwend! Wir haben Ihren Antrag auf den Tarif
ZahnPlus 70 angenommen. Ihren Versicherungsschein finden Sie im Anhang; das
Original erhalten Sie zusätzlich per Post.

Bitte beachten Sie die besondere Vereinbarung auf Seite 1 unten: Sie
betrifft den Zahn, den Sie im Antrag als fehlend angegeben haben.

Ihr Versicherungsschutz beginnt am 01.04.2024. Die erste Rechnung können
Sie ganz einfach über die Sonnwend-App einreichen.

Mit freundlichen Grüßen
Ihr Sonnwend Kundenservice
"""
    pages = [[
        "# Versicherungsschein Nr. ZV-2024-0101447",
        "Sonnwend Krankenversicherung AG · Am Sonnwendhof 3 · 48149 Münster",
        "",
        "Versicherungsnehmerin und versicherte Person:",
        "Anja Pfannkuch, geb. 09.10.1985",
        "Brückenstraße 31, 33098 Paderborn",
        "",
        "Tarif:             ZahnPlus 70",
        "Versicherungsbeginn: 01.04.2024        Antragsdatum: 18.03.2024 (online, Tarifblick)",
        "Monatsbeitrag:     18,92 EUR (Eintrittsalter 38)",
        "Beitragszahlung:   SEPA-Lastschrift, IBAN " + IB_PFANNKUCH[:4] + " **** **** **** **" + IB_PFANNKUCH[-4:-2] + " " + IB_PFANNKUCH[-2:],
        "Wartezeit Zahnersatz: 8 Monate (bis 30.11.2024), ausgenommen Unfälle",
        "",
        "# Besondere Vereinbarung",
        "Leistungsausschluss: Zahn 27 (fehlend seit 2021, nicht ersetzt). Kosten für den",
        "Ersatz dieses Zahnes (Brücke, Implantat, Prothese) sind nicht versichert. Nach",
        "erfolgtem Ersatz auf eigene Kosten sind spätere Reparaturen versichert.",
        "",
        "Es gelten die Allgemeinen Versicherungsbedingungen AVB-EV 2024 und die Tarifbedingungen ZahnPlus.",
    ]]
    root = multipart("mixed", [text(body),
                               attach(pdf(pages, title="Versicherungsschein ZV-2024-0101447",
                                          created="20240325120000+01'00'"),
                                      "application/pdf", "Versicherungsschein_ZV-2024-0101447.pdf")], bnd(47))
    return message(47, SERVICE, [("Anja Pfannkuch", "anja.pfannkuch@kabelmail.example")],
                   "Willkommen bei Sonnwend – Ihr Versicherungsschein", date(2024, 3, 25, 12, 14, 9), root)


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: SecureMail portal notification without name or content")
def m048():
    body = """Guten Tag,

in Ihrem Sonnwend-Postfach liegt eine neue Nachricht für Sie.

Bitte melden Sie sich unter https://postfach.sonnwend-kv.example an, um die
Nachricht zu lesen. Aus Sicherheitsgründen versenden wir den Inhalt nicht per
E-Mail.

Sie haben Ihr Passwort vergessen? Über "Passwort zurücksetzen" erhalten Sie
einen Link an diese E-Mail-Adresse; anschließend beantworten Sie Ihre
Sicherheitsfrage.

Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse werden
nicht gelesen.

Sonnwend Krankenversicherung AG
"""
    return message(48, NOREPLY, [("", "post4711@email.example")],
                   "Neue Nachricht in Ihrem Sonnwend-Postfach", date(2024, 5, 6, 7, 31, 44),
                   text(body, charset="iso-8859-1"), extra=[("Auto-Submitted", "auto-generated")])


@mail("CONFIDENTIAL", "de", "internal",
      "travel-expense settlement of a named employee with his private IBAN")
def m049():
    body = f"""Hallo Herr Stallbaum,

Ihre Reisekostenabrechnung RK-2024-1186 (Maklermesse DKM Dortmund,
22.–24.10.2024) haben wir geprüft. Zwei Korrekturen:

- Verpflegungsmehraufwand 23.10.: Frühstück war im Hotelpreis enthalten,
  daher Kürzung um 5,60 EUR (20 % von 28 EUR)
- Taxi 24.10. (38,50 EUR): Beleg fehlt – bitte nachreichen, sonst können
  wir es nicht erstatten

Erstattungsbetrag nach Korrektur: 318,40 EUR
Auszahlung mit der Novemberabrechnung auf Ihr hinterlegtes Konto
IBAN {grp(IB_STALLBAUM)}.

Falls Sie inzwischen ein anderes Konto nutzen, ändern Sie das bitte vorher
im Mitarbeiterportal.

Viele Grüße
Reisekostenstelle / Personalabrechnung
Sonnwend Krankenversicherung AG
"""
    return message(49, ("Reisekostenstelle", "reisekosten@" + INS), [STALLBAUM],
                   "Reisekostenabrechnung RK-2024-1186 – Korrektur", date(2024, 11, 7, 10, 55, 27), text(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "harmless body; the CSV extract attached holds one named customer's dental claim with ICD K05.31")
def m050():
    csv = ("claim_id;policy_no;insured_name;birth_date;tariff;invoice_date;goz_codes;diagnosis_text;icd;amount;status\n"
           "LA-24-140011;ZV-2023-0220987;Gisela Thormählen;1958-01-19;ZahnPlus 90;2024-10-02;4070,4075,4090,4133;"
           "\"Parodontitis marginalis chronica; Rezessionen 31-41\";K05.31;1144.62;ERROR_PARSE\n"
           "LA-24-140012;ZV-2022-0175540;Kevin Nguyen;1994-07-30;ZahnStart;2024-10-02;1040;PZR;;92.00;OK\n"
           "LA-24-140015;ZV-2024-0114322;Helga Stüve;1949-05-03;ZahnPlus 70;2024-10-03;2210,5120;"
           "\"Krone 47; Brücke 44-46\";K08.1;2311.80;OK\n")
    body = """Hi Piotr,

the nightly claims ETL failed again at 02:14 on the extract from the scanning
service. I attached the three rows around the failing record - row 1 breaks
the parser (the semicolon inside the quoted diagnosis field, the vendor stopped
escaping quotes on 30 Sept).

Could you check with the scanning vendor? Until then I'll re-run with the
lenient parser.

Please delete the file once you've looked at it - I should really have
pseudonymised it, sorry, it was 2 am.

Sam
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(csv.encode("utf-8"), "text/csv; charset=utf-8",
                                      "etl_claims_20241004_failed_rows.csv", cte="quoted-printable")], bnd(50))
    return message(50, OKAFOR, [NOWAK], "claims ETL failed - parse error in scan extract",
                   date(2024, 10, 4, 7, 49, 3), root)


@mail("NORMAL", "de", "internal",
      "trap: letter template (DOCX) for health-question queries with «placeholders» only")
def m051():
    blocks = [
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "Münster, «Datum»",
        "# Ihr Antrag «Tarif» – Rückfrage zu Ihren Gesundheitsangaben (Antragsnummer «AN-Nr»)",
        "«Briefanrede»,",
        "vielen Dank für Ihren Antrag vom «Antragsdatum», den Sie «Vertriebsweg» bei uns gestellt haben.",
        "Damit wir über Ihren Antrag entscheiden können, benötigen wir noch folgende Angaben zu Frage «Fragennummer» "
        "(«Fragetext»):",
        "«Textbaustein_Rueckfrage» [Auswahl: TB-Z01 fehlende Zähne / TB-Z02 angeratene Behandlung / "
        "TB-K01 stationärer Aufenthalt / TB-K02 Medikamente / TB-S01 Sehstärke über 8 dpt / TB-N01 Heilpraktiker]",
        "Bitte senden Sie uns Ihre Antwort bis zum «Frist» über Ihr Kundenpostfach oder per Post. "
        "Ohne Rückmeldung müssen wir Ihren Antrag als zurückgenommen betrachten.",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter_Name»",
        "Antragsprüfung Ergänzungsversicherungen",
        "Hinweis für Bearbeiter: Bei Anträgen über Makler Kopie an «Vermittler» nur mit Einwilligung nach Ziff. 4 des Antrags.",
    ]
    body = """Hallo Team,

im Anhang die überarbeitete Vorlage "Rückfrage Gesundheitsangaben" (V2.3).
Änderungen: Fristsatz neu, Textbaustein TB-S01 für Sehstärke ergänzt,
Hinweis zur Maklerkopie. Bitte ab Montag nur noch diese Vorlage verwenden,
die alte (V2.2) ist im DMS gesperrt.

Leonie
"""
    root = multipart("mixed", [text(body),
                               attach(docx(blocks, title="Vorlage Rückfrage Gesundheitsangaben V2.3"),
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      "Vorlage_Rückfrage_Gesundheitsangaben_V2.3.docx")], bnd(51))
    return message(51, HABERKORN, [("Antragsprüfung EV", "antragspruefung-ev@" + INS)],
                   "Neue Vorlage Rückfrage Gesundheitsangaben V2.3", date(2024, 7, 4, 15, 30, 0), root)


@mail("CONFIDENTIAL", "de", "insurer-to-prospect",
      "raffle winner at a health fair: name, postal address and birth date for the age check")
def m052():
    body = """Hallo Herr Tjaden,

herzlichen Glückwunsch! Sie haben bei unserem Gewinnspiel auf der
Gesundheitsmesse Münster (09./10.03.2024) eine elektrische Schallzahnbürste
gewonnen.

Damit wir Ihnen den Gewinn zuschicken können, bestätigen Sie bitte kurz
Ihre Angaben von der Teilnahmekarte:

  Björn Tjaden
  Kastanienweg 5
  48157 Münster
  Geburtsdatum: 12.04.1990 (Teilnahme ab 18 Jahren)

Ihre Daten verwenden wir nur für die Gewinnabwicklung und löschen sie vier
Wochen nach dem Versand. Werbung schicken wir Ihnen nicht – Sie hatten
das Kästchen für den Newsletter nicht angekreuzt.

Viele Grüße
Carla Jessen
Marketing, Sonnwend Krankenversicherung AG
"""
    return message(52, JESSEN, [("Björn Tjaden", "bjoern.tjaden@mailbox.example")],
                   "Sie haben gewonnen! Gewinnspiel Gesundheitsmesse Münster",
                   date(2024, 3, 14, 11, 2, 38), text(body, flowed=True, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "IT mail with neutral body; the misrouted application PDF attached contains a named applicant's health answers")
def m053():
    pages = [[
        "# Antrag auf Ergänzungsversicherung - Übermittlung BiPRO",
        "Vermittler: Maklerhaus Nord Pool GmbH (70-20001), Untervermittler 70-20001-118",
        "Antragsnummer: AN-24-0102255     Eingang: 11.11.2024 16:02",
        "",
        "Versicherte Person: Daniel Weymann, geb. 23.08.1977, Sandstraße 3, 49393 Lohne",
        "Tarife: KlinikKomfort 2, SehKlar",
        "",
        "# Gesundheitsfragen",
        "1. Stationäre Behandlungen in den letzten 5 Jahren? JA",
        "   Angabe: 2022 Klinikum Vechta, 4 Tage, Gallenblasenentfernung (laparoskopisch)",
        "2. Ambulante Behandlungen in den letzten 3 Jahren (ohne Vorsorge)? JA",
        "   Angabe: Hausarzt, Bluthochdruck, Candesartan 8 mg täglich",
        "3. Sind Operationen geplant oder angeraten? NEIN",
        "4. Sehstärke über 8 dpt / Augenerkrankungen? NEIN (R -2,0 / L -2,25)",
        "",
        "Einwilligung/Schweigepflichtentbindung: erteilt (Variante 1, 11.11.2024)",
        "SEPA: DE** **** **** **** **31 07",
    ]]
    body = """Sam,

found this in the dead-letter queue of the BiPRO inbound adapter this
morning - the pool sent the document with document type "Sonstiges" instead
of "Antrag", so nothing picked it up and the underwriting team never saw it.
I've attached it so you can check the mapping table (pool code 70-20001).

Please re-inject it into the underwriting queue once the mapping is fixed
and delete your local copy afterwards. I'll open a ticket with the pool.

Piotr
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(pdf(pages, title="BiPRO Antrag", author="Maklerhaus Nord Pool GmbH",
                                          created="20241111160200+01'00'"),
                                      "application/pdf", "bipro_dlq_0000481733.pdf")], bnd(53))
    return message(53, NOWAK, [OKAFOR], "BiPRO DLQ - document with wrong type, please check mapping",
                   date(2024, 11, 12, 8, 37, 50), root)


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: anonymised case studies for broker training (age ranges, no names)")
def m054():
    body = """Hallo zusammen,

für die Maklerschulung am 05.12. hier die drei Fallbeispiele. Alle Fälle
sind aus echten Anfragen zusammengesetzt und verfremdet – bitte trotzdem
nicht mit Namen "anreichern", wenn Teilnehmende nachfragen.

Fall A – "Die Lücke"
Kundin, Anfang 40, zwei fehlende Backenzähne seit mehreren Jahren, keine
laufende Behandlung. Möchte ZahnPlus 90.
-> Annahme möglich, Ausschluss der fehlenden Zähne bis zum Ersatz. Frage
   an die Gruppe: Was passiert, wenn sie in 6 Monaten ein Implantat plant?

Fall B – "Der Ungeduldige"
Kunde, Mitte 50, Zahnarzt hat vor zwei Wochen eine Krone empfohlen, HKP
noch nicht erstellt. Möchte "schnell noch" abschließen.
-> Angeratene Behandlung = Frage 3 "ja". Die Krone ist nicht versichert.
   Diskussion: Beratungsdokumentation, § 19 VVG.

Fall C – "Die Brille"
Studentin, Anfang 20, hohe Kurzsichtigkeit (über 8 dpt), will SehKlar über
ein Vergleichsportal abschließen.
-> Frage 4 "ja", manuelle Prüfung, in der Regel Annahme ohne Zuschlag, aber
   LASIK-Leistung ausgeschlossen.

Die Folien kommen bis Ende nächster Woche.

Viele Grüße
Henrik Stallbaum
"""
    return message(54, STALLBAUM, [("Trainerteam Maklerakademie", "akademie@" + INS)],
                   "Maklerschulung 05.12. – Fallbeispiele (anonymisiert)",
                   date(2024, 11, 21, 16, 48, 12), text(body, cte="8bit"))


@mail("CONFIDENTIAL", "de", "internal",
      "bicycle-theft claim of a named household customer misrouted to the health claims mailbox and forwarded")
def m055():
    body = """Hallo Kolleginnen und Kollegen der Sach-Schadenabteilung,

diese Schadenmeldung ist bei uns im Postfach der Krankenversicherung
gelandet (Kunde hat wohl die falsche Adresse aus der Sonnwend-App genommen).
Zuständig seid ihr – Hausrat der Sonnwend Allgemeine. Bitte übernehmen; wir
haben dem Kunden nichts geantwortet.

Gruß aus der Leistungsabteilung
Yusuf Demir

>>> Mehmet Aras <mehmet.aras@netzpost.example> 04.06.2024 19:12 >>>
Guten Tag,
ich möchte einen Diebstahl melden. Mein E-Bike (Cube Kathmandu Hybrid,
Rahmennr. WCU2207781, gekauft 04/2023 für 3.299 EUR) wurde in der Nacht
vom 02. auf den 03.06. aus dem verschlossenen Fahrradkeller in der
Hammer Str. 88, 48153 Münster gestohlen. Anzeige bei der Polizei Münster
ist erstattet, Tagebuchnummer 240603-0917-K12.
Meine Hausratversicherrung hat die Nummer HR-2023-4418702, Fahrrad ist
mitversichert.
Mit freundlichen Grüßen
Mehmet Aras
"""
    return message(55, DEMIR, [("Schaden Sach", "schaden-sach@sonnwend-allgemeine.example")],
                   "WG: Diebstahl E-Bike – falsch zugestellt (HR-2023-4418702)",
                   date(2024, 6, 5, 8, 4, 51), text(body, charset="windows-1252", cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "body says only 'invoices attached'; the ZIP holds a named expat's dental and optician invoices with findings")
def m056():
    dent = pdf([[
        "# Zahnarztpraxis Dr. Pia Brüggemann",
        "Ludgeriplatz 4, 48151 Münster",
        "Rechnung Nr. 2024-0977 vom 28.08.2024",
        "Patientin: Sophie Lindqvist, geb. 02.02.1991",
        "Behandlungszeitraum 05.08.-21.08.2024",
        "",
        "Zahn 26: Karies profunda, Pulpitis; Wurzelkanalbehandlung (3 Kanäle)",
        "GOZ 2390 Trepanation                          1x    19,41 EUR",
        "GOZ 2410 Aufbereitung Wurzelkanal             3x   152,37 EUR",
        "GOZ 2440 Füllung Wurzelkanal                  3x   122,49 EUR",
        "GOZ 2060 Kompositfüllung                      1x    89,63 EUR",
        "Summe                                               383,90 EUR",
    ]], title="Rechnung 2024-0977", author="Praxis Dr. Brueggemann")
    opt = pdf([[
        "# Optik Rensing",
        "Rechnung 24-3310, 02.09.2024, Kundin: Sophie Lindqvist",
        "Brillenglas R: sph -1,75 cyl -0,50 A 180",
        "Brillenglas L: sph -2,00 cyl -0,75 A 175",
        "Fassung Modell 'Oslo' 149,00 EUR, Gläser 2x 89,00 EUR",
        "Gesamt 327,00 EUR",
    ]], title="Rechnung 24-3310", author="Optik Rensing")
    z = zipfile_bytes([("Rechnungen_Lindqvist/Zahnarzt_2024-0977.pdf", dent),
                       ("Rechnungen_Lindqvist/Optik_24-3310.pdf", opt)], when=(2024, 9, 8, 19, 44, 0))
    body = """Hi team,

for processing - policy ZV-2024-0061180 (ZahnPlus 90 + SehKlar).

Marco

-----Original Message-----
From: Sophie Lindqvist <sophie.lindqvist@webmail.example>
Sent: Sunday, 8 September 2024 19:51
To: service@sonnwend-kv.example
Subject: invoices

Hello, please find my invoices attached. Thanks, Sophie
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(z, "application/zip", "invoices.zip")], bnd(56))
    return message(56, FERREIRA, [LEISTUNG], "FW: invoices", date(2024, 9, 9, 8, 15, 22), root)


@mail("NORMAL", "de", "internal",
      "trap: claims statistics by GOZ position (XLSX), aggregates only")
def m057():
    rows = [["GOZ", "Leistung", "Anzahl Q2/2024", "Erstattet EUR", "Ø Faktor", "Anteil an ZE-Kosten"],
            ["1040", "Professionelle Zahnreinigung", 21874, 1785331.20, 2.6, ""],
            ["2210", "Vollkrone", 4118, 3902114.55, 2.9, "31 %"],
            ["5120", "Brückenglied", 1377, 822410.90, 2.8, "7 %"],
            ["9010", "Implantat (Insertion)", 1209, 3106448.10, 3.1, "25 %"],
            ["9100", "Knochenaufbau", 388, 402998.70, 3.0, "3 %"],
            ["4070/4075", "Parodontalchirurgie", 902, 311278.40, 2.5, ""],
            ["2410", "Wurzelkanalaufbereitung", 6551, 998210.35, 2.7, ""],
            ["Summe", "", 36419, 11328792.20, "", ""]]
    note = [["Hinweis"], ["Quelle: LDB Leistungsdatenbank, Abruf 05.07.2024, nur abgeschlossene Fälle"],
            ["Keine Einzelfälle, keine Personenbezüge; Zellen < 5 Fälle zusammengefasst"]]
    x = xlsx([("GOZ_Q2_2024", rows), ("Info", note)])
    body = """Hallo Katrin, hallo Imke,

die Quartalsauswertung Zahn nach GOZ-Positionen für Q2 ist fertig (Anhang).
Auffällig: Implantate +18 % ggü. Q2/2023, Ø-Faktor bei 9010 weiter über 3,0.
Das passt zur Diskussion über die Implantatbegrenzung in der
Tarifgeneration 2025.

Gruß
Dennis
Leistungscontrolling
"""
    root = multipart("mixed", [text(body, cte="8bit"),
                               attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "Auswertung_GOZ_Q2-2024.xlsx")], bnd(57))
    return message(57, S("Dennis Hoppe", "dennis.hoppe"), [POEHLMANN, S("Imke Terhorst", "imke.terhorst")],
                   "Auswertung Zahn Q2/2024 nach GOZ-Positionen", date(2024, 7, 9, 13, 3, 0), root)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "pet health insurance: dog's dental scaling under anaesthesia reimbursed to a named customer (animal health)")
def m058():
    body = """Sehr geehrte Frau Salewski,

vielen Dank für die Rechnung der Tierarztpraxis Am Kanal vom 11.03.2024 für
Ihren Hund Bruno (Labrador-Mischling, 7 Jahre).

Behandlung: Zahnsteinentfernung mit Ultraschall unter Narkose, Extraktion
eines frakturierten Prämolaren, Schmerzmittel (Meloxicam) für 5 Tage.

  Rechnungsbetrag (GOT, 2-facher Satz)      486,30 EUR
  davon versichert (Zahnbehandlung, OP)     486,30 EUR
  Selbstbeteiligung 20 %                    -97,26 EUR
  Erstattung                                389,04 EUR

Die Erstattung überweisen wir in den nächsten Tagen auf Ihr Konto. Im
Tarif TierKomfort (Vertrag TK-2022-0007731) stehen Ihnen für dieses Jahr
noch 2.110,96 EUR für Operationen zur Verfügung.

Gute Besserung für Bruno!

Mit freundlichen Grüßen
Sonnwend Allgemeine Versicherung AG
Tierversicherung · Service
"""
    return message(58, ("Sonnwend Tierversicherung", "tierversicherung@" + INS),
                   [("Ingrid Salewski", "i.salewski@t-post.example")],
                   "Erstattung Tierarztrechnung Bruno – TK-2022-0007731",
                   date(2024, 3, 19, 14, 26, 40), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reply looks generic; the quoted customer mail mentions her anxiety disorder and psychotherapy")
def m059():
    body = """Sehr geehrte Frau Ahlers,

vielen Dank für Ihre Nachricht.

Leider sind Behandlungen durch Heilpraktikerinnen und Heilpraktiker für
Psychotherapie im Tarif NaturPlus nicht versichert (Tarifbedingungen § 2
Abs. 4). Erstattungsfähig sind nur Leistungen nach dem
Gebührenverzeichnis für Heilpraktiker, die von Heilpraktikern mit
allgemeiner Erlaubnis erbracht werden, z. B. Akupunktur oder
Osteopathie.

Eine Psychotherapie bei einer approbierten Psychotherapeutin wird in der
Regel von Ihrer gesetzlichen Krankenkasse übernommen. Dort erhalten Sie
auch Informationen zur Terminservicestelle.

Es tut mir leid, dass ich Ihnen keine bessere Nachricht geben kann.

Mit freundlichen Grüßen
Franziska Aumüller
Leistungsservice Sehhilfen und Heilpraktiker

-----Ursprüngliche Nachricht-----
Von: Brigitte Ahlers <b.ahlers@freenet-mail.example>
Gesendet: Montag, 22. April 2024 20:41
An: service@sonnwend-kv.example
Betreff: NaturPlus – Frage zur Erstattung

Guten Abend,
ich bin seit März wegen einer Angststörung mit Panikattacken bei einer
Heilpraktikerin für Psychotherapie in Behandlung (Frau Kettler in
Bielefeld), wöchentlich, 90 EUR pro Stunde. Bei der Krankenkasse hätte ich
8 Monate auf einen Platz warten müssen. Zahlt mein NaturPlus das? Meine
Vertragsnumer ist ZV-2023-0290001.
Viele Grüße
Brigitte Ahlers
"""
    return message(59, AUMUELLER, [("Brigitte Ahlers", "b.ahlers@freenet-mail.example")],
                   "AW: NaturPlus – Frage zur Erstattung", date(2024, 4, 24, 9, 40, 12), text(body))


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: quarterly reinsurance bordereau (XLSX) aggregated by tariff and age band")
def m060():
    rows = [["Tariff", "Age band", "Policies", "Earned premium EUR", "Claims paid EUR", "Loss ratio"],
            ["ZahnPlus 70", "18-39", 41220, 7410300, 4519100, 0.61],
            ["ZahnPlus 70", "40-59", 55874, 12210450, 8672300, 0.71],
            ["ZahnPlus 70", "60+", 22190, 6011200, 4987540, 0.83],
            ["ZahnPlus 90", "18-39", 38112, 9904020, 6635690, 0.67],
            ["ZahnPlus 90", "40-59", 47003, 16550780, 12578590, 0.76],
            ["ZahnPlus 90", "60+", 15880, 6890330, 6201300, 0.90],
            ["KlinikKomfort 1+2", "all", 98410, 21098770, 14558150, 0.69]]
    x = xlsx([("Bordereau_Q3_2024", rows)])
    body = """Dear Ms Lindqvist-Hahn,

please find attached the quarterly bordereau Q3 2024 for the quota share
treaty QS-SUPP-2022 (40 % cession, dental and hospital supplements).
Figures are as of 30 September 2024, aggregated by tariff and age band as
agreed in the treaty wording (no individual risks).

The ZahnPlus 90 loss ratio in the 60+ band is above the 85 % corridor; our
actuaries will send a short commentary and the planned measures before the
renewal meeting on 21 November.

Kind regards
Mats Ellerbrock
Member of the Board / Finance & Reinsurance
Sonnwend Krankenversicherung AG
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "Bordereau_QS-SUPP-2022_Q3-2024.xlsx")], bnd(60))
    return message(60, S("Mats Ellerbrock", "mats.ellerbrock"),
                   [("Karin Lindqvist-Hahn", "k.lindqvist-hahn@nordkap-re.example")],
                   "Bordereau Q3 2024 - QS-SUPP-2022", date(2024, 10, 30, 17, 5, 13), root)


IB_LOHKAMP = iban("DE", "47640024" + "0011920833")
IB_TEST = iban("DE", "99999999" + "0000123456")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel-cancellation claim after redundancy (no health content): named customer, policy and payout")
def m061():
    body = """Dear Ms Whitfield,

thank you for sending the missing documents. We have settled your trip
cancellation claim RR-24-008812 under your travel insurance
(policy RV-2023-1187440, Sonnwend Allgemeine Versicherung AG):

  Trip:                 Lisbon, 12-19 October 2024, 2 persons
  Reason:               termination of employment for operational reasons
                        (letter of your employer dated 26 August 2024)
  Cancellation costs:   EUR 1,180.00 (tour operator invoice 24-PT-55871)
  Excess (20 %):        EUR  -236.00
  Payment:              EUR   944.00

Unemployment due to redundancy is an insured event under section 2.1 (g)
of the travel cancellation conditions, provided it was not known when the
trip was booked - which is the case here (booking 3 March 2024).

The payment will reach your account within three working days. We wish you
all the best with your job search.

Kind regards
Travel Claims Team
Sonnwend Allgemeine Versicherung AG
"""
    return message(61, ("Sonnwend Reiseversicherung", "reise-schaden@" + INS),
                   [("Laura Whitfield", "laura.whitfield@mailbox.example")],
                   "Your trip cancellation claim RR-24-008812 - settlement",
                   date(2024, 9, 18, 15, 12, 0), text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "HTML-only annual benefit statement for a named customer listing dental and glasses treatments")
def m062():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Ms Carter,</p>
<p>as requested, here is your benefit overview for 2024 (policy ZV-2023-0417782, ZahnPlus 70 + SehKlar):</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr style="background:#dde6ee"><th>Date</th><th>Provider</th><th>Treatment</th><th>Invoice EUR</th><th>Paid EUR</th></tr>
<tr><td>12.02.2024</td><td>Dr. P. Brüggemann</td><td>Professional tooth cleaning</td><td>118.40</td><td>80.00</td></tr>
<tr><td>18.04.2024</td><td>Optik Rensing</td><td>Glasses, single vision -3.25/-2.75</td><td>389.00</td><td>150.00</td></tr>
<tr><td>03.07.2024</td><td>Dr. P. Brüggemann</td><td>Composite filling tooth 15 (GOZ 2100), local anaesthesia</td><td>162.77</td><td>113.94</td></tr>
<tr><td>20.11.2024</td><td>Dr. P. Brüggemann</td><td>Bite splint (bruxism), GOZ 7000</td><td>341.20</td><td>238.84</td></tr>
<tr style="font-weight:bold"><td colspan="3">Total 2024</td><td>1,011.37</td><td>582.78</td></tr>
</table>
<p>You can use this overview for your tax return (extraordinary burdens, section 33 EStG).</p>
<p>Kind regards<br>Marco Ferreira<br>Customer Service (English desk)<br>Sonnwend Krankenversicherung AG</p>
</body></html>
"""
    return message(62, FERREIRA, [("Emily Carter", "emily.carter@mailbox.example")],
                   "Your benefit overview 2024", date(2025, 1, 14, 10, 2, 8),
                   text(html, subtype="html", cte="quoted-printable"))


@mail("NORMAL", "de", "internal",
      "trap: job advertisement for a dental assistant in claims (health vocabulary, no person)")
def m063():
    body = """Hallo Intranet-Redaktion,

bitte folgende Ausschreibung ab Montag im Intranet und auf der
Karriereseite veröffentlichen (Kennziffer 2024-031):

----------------------------------------------------------------------
Zahnmedizinische Fachangestellte (m/w/d) als Sachbearbeitung
Leistungsprüfung Zahn – Vollzeit/Teilzeit, Münster

Ihre Aufgaben
• Prüfung von Zahnarztrechnungen und Heil- und Kostenplänen nach GOZ/BEMA
• Bewertung von Implantat-, Kronen- und Parodontitisbehandlungen
• Rückfragen bei Zahnarztpraxen und Laboren
• Mitarbeit bei der Einführung der digitalen Belegeinreichung

Ihr Profil
• Ausbildung als ZFA, gern mit Weiterbildung zur ZMV
• mehrjährige Erfahrung in der Abrechnung
• Freude an Kundenkontakt und sorgfältigem Arbeiten

Wir bieten: Tarif Versicherungsgewerbe, 38 Std., mobiles Arbeiten bis 60 %,
JobRad, betriebliche Altersversorgung – und natürlich ZahnPlus 90 für
alle Mitarbeitenden.

Bewerbungen bis 15.10.2024 über karriere.sonnwend-kv.example
----------------------------------------------------------------------

Danke!
Birgit Reimer, Personal
"""
    return message(63, REIMER, [("Intranet-Redaktion", "intranet@" + INS)],
                   "Ausschreibung 2024-031 ZFA Leistungsprüfung Zahn – bitte veröffentlichen",
                   date(2024, 9, 20, 9, 11, 23), text(body, cte="quoted-printable"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "personal-liability claim: customer's son broke a friend's glasses, nobody hurt; named customer, policy and claim numbers")
def m064():
    body = """Sehr geehrter Herr Uekötter,

vielen Dank für Ihre Schadenmeldung zu Ihrer Privathaftpflichtversicherung
(Vertrag PH-2019-2204518, Schaden PH-S-24-03317).

Nach Ihrer Schilderung hat Ihr Sohn Jonas (12) am 27.05.2024 beim
Fußballspielen auf dem Schulhof den Ball einem Mitschüler ins Gesicht
geschossen; dabei ist dessen Brille zu Boden gefallen und zerbrochen.
Verletzt wurde zum Glück niemand.

Für die weitere Bearbeitung benötigen wir:
- die Rechnung bzw. einen Kostenvoranschlag für die Ersatzbrille,
- Name und Anschrift der Eltern des Mitschülers (Anspruchsteller),
- das Alter der beschädigten Brille (Kaufbeleg, falls vorhanden).

Bei Kindern unter sieben Jahren würde keine Haftung bestehen; Jonas ist
aber bereits 12, und Ihr Vertrag deckt auch deliktsunfähige Kinder bis
10.000 EUR ab – hier ist das also kein Problem.

Bei Brillen erstatten wir den Zeitwert; bei neueren Brillen (unter zwei
Jahren) in der Regel den Neuwert abzüglich eines geringen Abzugs.

Mit freundlichen Grüßen
Sonnwend Allgemeine Versicherung AG
Schadenservice Haftpflicht
"""
    return message(64, ("Sonnwend Schadenservice Haftpflicht", "haftpflicht-schaden@" + INS),
                   [("Thomas Uekötter", "thomas.uekoetter@webmail.example")],
                   "Ihre Schadenmeldung PH-S-24-03317 (Brille Mitschüler)",
                   date(2024, 6, 3, 13, 50, 6), text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
      "dentist's reply attached as message/rfc822: extraction of tooth 46 before contract start, X-ray finding")
def m065():
    inner_body = """Sehr geehrte Frau Pöhlmann,

zu Ihrer Anfrage vom 18.06.2024 betreffend unseren Patienten Herrn Lukas
Fenske, geb. 02.09.1987:

1. Zahn 46 wurde am 12.09.2023 in unserer Praxis extrahiert (tief
   zerstört, apikale Parodontitis, nicht erhaltungswürdig).
2. OPG vom 29.05.2024: horizontaler Knochenabbau regio 46, Restknochenhöhe
   ca. 6 mm, daher Sinuslift nicht erforderlich, aber laterale
   Augmentation (GOZ 9100) indiziert.
3. Der 3,5-fache Satz bei GOZ 9010 ergibt sich aus der erschwerten
   Insertion bei schmalem Kieferkamm (Zeitaufwand ca. 75 Minuten).

Mit freundlichen kollegialen Grüßen
Dr. Pia Brüggemann
Zahnärztin
Praxis Dr. Brüggemann · Ludgeriplatz 4 · 48151 Münster
"""
    inner = message(9065, ("Praxis Dr. Brüggemann", "praxis@praxis-brueggemann.example"),
                    [POEHLMANN], "AW: Rückfrage HKP vom 03.06.2024 – Ihr Patient Lukas Fenske (LA-24-118203)",
                    date(2024, 6, 25, 18, 22, 40), text(inner_body),
                    msgid="<9a1c3e70-65f1-4d2b@praxis-brueggemann.example>")
    body = """Hallo Tobias,

siehe Antwort der Praxis im Anhang: Zahn 46 war schon am 12.09.2023
gezogen, also vor Vertragsbeginn (01.11.2023). Im Antrag stand "keine
fehlenden Zähne". Das ist ein Fall für dich bzw. die Rechtsabteilung
(§ 19 VVG). Ich setze die Leistungsprüfung solange aus.

Gruß Katrin
"""
    root = multipart("mixed", [text(body, cte="8bit"),
                               rfc822(inner, filename="AW_Rueckfrage_HKP_Fenske.eml")], bnd(65))
    return message(65, POEHLMANN, [WENDLING],
                   "WG: Antwort Praxis Brüggemann – Fenske, LA-24-118203",
                   date(2024, 6, 26, 8, 3, 17), root)


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: press release on a naturopathy tariff with market figures and a board quote")
def m066():
    body = """PRESSEMITTEILUNG – zur sofortigen Veröffentlichung

Sonnwend erweitert NaturPlus: Osteopathie und Akupunktur bis 800 Euro im Jahr

Münster, 4. März 2025. Die Sonnwend Krankenversicherung AG erhöht zum
1. April 2025 die Leistungen ihres Heilpraktiker-Tarifs NaturPlus. Künftig
erstattet der Tarif bis zu 800 Euro pro Kalenderjahr (bisher 600 Euro) für
Behandlungen durch Heilpraktikerinnen und Heilpraktiker sowie für
Osteopathie, Akupunktur und naturheilkundliche Verfahren nach dem
Gebührenverzeichnis für Heilpraktiker (GebüH).

"Jede dritte Kundin und jeder dritte Kunde nutzt NaturPlus mindestens einmal
im Jahr – am häufigsten bei Rückenschmerzen und Verspannungen", sagt
Dr. Arne Lüdeking, Vorstandsvorsitzender der Sonnwend Krankenversicherung.
"Mit dem höheren Budget reagieren wir auf die gestiegenen Honorare."

Die Gesundheitsfragen bleiben unverändert (zwei Fragen, drei Jahre
Rückblick). Bestandskunden erhalten die Verbesserung automatisch und ohne
Beitragserhöhung.

Über Sonnwend: Die Sonnwend Krankenversicherung AG mit Sitz in Münster ist
auf Ergänzungsversicherungen spezialisiert und betreut rund 640.000
Versicherte.

Pressekontakt:
Unternehmenskommunikation · presse@sonnwend-kv.example · 0251 9770-150
"""
    return message(66, ("Sonnwend Presse", "presse@" + INS), [("", "undisclosed-recipients:;")],
                   "PM: Sonnwend erweitert NaturPlus – Osteopathie und Akupunktur bis 800 Euro",
                   date(2025, 3, 4, 10, 0), text(body))


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "new portal user for a broker firm: employee's birth date and private address for identity check")
def m067():
    body = """Sehr geehrte Frau Krahl,

Sie haben als Makleradministratorin für Ihre Firma Krahl Finanzberatung e.K.
einen weiteren Benutzer im Maklerportal beantragt:

  Name:           Timo Bauknecht
  Geburtsdatum:   06.06.2001
  Privatanschrift: Thomästraße 17, 59494 Soest
  Rolle:          Sachbearbeitung (ohne Abrechnungsrechte)
  Bestandsrechte: ja, alle Verträge der Vermittlernummer 70-44127

Für die Identitätsprüfung nach unseren Zugangsrichtlinien stimmen die
Angaben mit dem hochgeladenen Ausweisdokument überein. Das Einmal-Passwort
erhält Herr Bauknecht in einer separaten E-Mail, die Benutzerkennung per
Post an die Firmenanschrift.

Bitte denken Sie daran: Bestandsrechte umfassen auch Gesundheitsangaben
aus Anträgen Ihrer Kunden. Vergeben Sie sie nur, wenn Herr Bauknecht sie für
seine Tätigkeit braucht. Sie können sie jederzeit unter
"Benutzerverwaltung" wieder entziehen.

Mit freundlichen Grüßen
Sonnwend Maklerservice · Zugangsverwaltung
"""
    return message(67, MAKLER, [("Sabine Krahl", "kontakt@krahl-finanz.example")],
                   "Neuer Benutzer Maklerportal – Timo Bauknecht (70-44127)",
                   date(2024, 8, 1, 9, 30, 55), text(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "premium-arrears warning for a named expat's dental supplement (health contract, no medical word)")
def m068():
    body = """Dear Mr Adeyemi,

unfortunately we were unable to collect the premiums for your dental
supplementary insurance ZahnPlus 90 (policy ZV-2024-0066905) for
September and October 2024. Your bank returned both direct debits
("account closed").

  Outstanding premiums:        EUR 49.60 (2 x EUR 24.80)
  Return debit fees (bank):    EUR  6.00
  Total due:                   EUR 55.60

Please transfer the amount by 29 November 2024 to:
  Sonnwend Krankenversicherung AG, reference ZV-2024-0066905
  (our bank details are printed on the enclosed letter you will receive by post)

Important - legal notice (section 38 German Insurance Contract Act, VVG):
If the amount has not been paid by that date, we will not be obliged to pay
for treatment that takes place after the deadline, and we may terminate
the contract. If you have changed your bank account, you can simply
update it in the customer portal and we will collect the amount again.

Kind regards
Premium Accounts
Sonnwend Krankenversicherung AG
"""
    return message(68, ("Sonnwend Beitragsservice", "beitragsservice@" + INS),
                   [("Oluwaseun Adeyemi", "o.adeyemi@netzpost.example")],
                   "Reminder: outstanding premiums - policy ZV-2024-0066905",
                   date(2024, 11, 12, 8, 0, 22), text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: API change note for comparison portals with a JSON example using a fictitious persona and test IBAN")
def m069():
    sample = """{
  "apiVersion": "3.2",
  "product": "ZAHNPLUS_90",
  "applicant": {
    "firstName": "Erika",
    "lastName": "Musterfrau",
    "birthDate": "1980-01-01",
    "_comment": "fictitious test persona - never send real data to the sandbox"
  },
  "healthQuestions": [
    {"id": "HQ1", "answer": false},
    {"id": "HQ2", "answer": true, "missingTeethCount": 1, "missingTeeth": ["36"]},
    {"id": "HQ3", "answer": false}
  ],
  "payment": {"sepaMandate": true, "iban": "%s"},
  "consents": {"section213VVG": "V1-2024", "eCommunication": true}
}
""" % IB_TEST
    body = """Dear partners,

with API version 3.2 (sandbox from 2 September, production from 1 October
2024) the health question HQ2 ("missing teeth") changes:

* new required field "missingTeeth" (array of FDI tooth numbers) when
  "answer" is true; "missingTeethCount" stays for backward compatibility
  until 31 March 2025
* responses now contain "underwritingPath": "STP" | "MANUAL" instead of the
  old boolean "manualCheck"
* we no longer return decline reasons in the status callback (data
  protection) - only ACCEPTED / DECLINED / PENDING

An example request is attached. The persona and the IBAN in it are test data
for the sandbox (the IBAN is a made-up test account that passes the
checksum, it does not exist).

Sandbox: https://api-sandbox.sonnwend-kv.example/v3/applications
Docs:    https://developer.sonnwend-kv.example/portal-api/3.2

Questions: portal-api@sonnwend-kv.example

Sam Okafor
IT Digital Sales
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(sample, "application/json", "example_application_v3.2.json",
                                      cte="7bit")], bnd(69))
    return message(69, OKAFOR, [("Portal API partners", "portal-api-partners@" + INS)],
                   "Portal API 3.2 - change of health question HQ2 (missing teeth)",
                   date(2024, 8, 27, 14, 0, 1), root, cc=[MIKULIC])


@mail("CONFIDENTIAL", "de", "internal",
      "broker register check: a sole-trader broker's registration lapsed; his birth date and address, commission block")
def m070():
    body = """Hallo Henrik, hallo Provisionsbuchhaltung,

bei der monatlichen Registerprüfung ist folgender Vermittler aufgefallen:

  Rainer Kulle, geb. 30.09.1966
  Kulle Versicherungsvermittlung (Einzelunternehmen)
  Overbergstraße 9, 48145 Münster
  Vermittlernummer 70-31276, Reg.-Nr. D-9QTT-4B7C2-05

Laut Vermittlerregister (Abruf heute 09:12) ist die Eintragung seit
31.03.2024 gelöscht. Grund laut IHK: Nachweis der
Berufshaftpflichtversicherung fehlt.

Maßnahmen ab sofort:
1. Maklerportal-Zugang gesperrt (inkl. 2 Unterbenutzer)
2. Courtagezahlungen angehalten, Stornoreserve bleibt stehen
3. keine neuen Anträge unter 70-31276 annehmen – Bestand bleibt vorerst
   zugeordnet

Henrik, kannst du Herrn Kulle anrufen? Vielleicht ist es nur ein
Versäumnis bei der Versicherung. Sobald die neue Eintragung da ist, heben
wir die Sperre auf.

Gruß
Nadine
"""
    return message(70, SAUERLAND, [STALLBAUM, ("Provisionsbuchhaltung", "provision@" + INS)],
                   "Registerprüfung 04/2024 – Eintragung 70-31276 gelöscht",
                   date(2024, 4, 2, 9, 40, 33), text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "orthodontic plan for a named child (KIG D2, overjet 4 mm) assessed under the parent's dental supplement")
def m071():
    body = """Sehr geehrte Frau Yıldız,

vielen Dank für den kieferorthopädischen Behandlungsplan für Ihre Tochter
Elif (geb. 2013), den Sie uns am 02.04.2025 eingereicht haben.

Ergebnis unserer Prüfung:

- Die Kieferorthopädin hat die Fehlstellung in die KIG-Stufe D2
  eingestuft (vergrößerte Frontzahnstufe 4 mm). Ab Stufe 3 würde die
  gesetzliche Krankenkasse zahlen; bei D2 übernimmt sie die Kosten nicht.
- Im Tarif ZahnPlus 90 (Vertrag ZV-2023-0330217, Elif mitversichert seit
  01.06.2023) sind kieferorthopädische Behandlungen bei KIG 1 und 2 zu 80 %
  versichert, höchstens 3.000 EUR für die gesamte Behandlung.
- Die Wartezeit von 8 Monaten ist erfüllt.

  geplante Kosten laut Plan (3 Jahre, festsitzende Apparatur)   3.912,00 EUR
  davon 80 %                                                    3.129,60 EUR
  Höchstbetrag                                                  3.000,00 EUR

Wir zahlen die Behandlung in Raten entsprechend den Abschlagsrechnungen der
Praxis; reichen Sie diese bitte jeweils mit dem Vermerk LA-25-020415 ein.

Mit freundlichen Grüßen
Katrin Pöhlmann
Leistungsprüfung Zahn
"""
    return message(71, POEHLMANN, [("Fatma Yıldız", "fatma.yildiz@kabelmail.example")],
                   "Kieferorthopädischer Behandlungsplan Elif – Zusage (LA-25-020415)",
                   date(2025, 4, 10, 11, 17, 6), text(body, cte="8bit"))


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: one-time password mail for the broker portal, no name, no account data")
def m072():
    body = """Guten Tag,

für Ihren neuen Zugang zum Sonnwend Maklerportal wurde ein Einmal-Passwort
erzeugt:

    7Qx-K2m-91p

Das Einmal-Passwort ist 24 Stunden gültig. Ihre Benutzerkennung erhalten
Sie getrennt per Post. Bei der ersten Anmeldung werden Sie aufgefordert, ein
eigenes Passwort zu vergeben und eine Sicherheitsfrage festzulegen.

Portal: https://makler.sonnwend-kv.example

Sie haben keinen Zugang beantragt? Dann ignorieren Sie diese E-Mail und
informieren Sie bitte unseren Maklerservice (0251 9770-600).

Sonnwend Krankenversicherung AG · Maklerservice
(automatisch erzeugte Nachricht)
"""
    return message(72, NOREPLY, [("", "t.bauknecht@krahl-finanz.example")],
                   "Ihr Einmal-Passwort für das Sonnwend Maklerportal",
                   date(2024, 8, 1, 9, 31, 20), text(body, charset="iso-8859-1", cte="quoted-printable"),
                   extra=[("Auto-Submitted", "auto-generated")])


@mail("CONFIDENTIAL", "de", "insurer-to-therapist",
      "naturopath joining the direct-billing network: her private bank account, tax number and address")
def m073():
    body = f"""Sehr geehrte Frau Lohkamp,

schön, dass Sie am Sonnwend Therapeutennetz teilnehmen möchten! Mit der
Direktabrechnung können Ihre Patientinnen und Patienten mit NaturPlus Ihre
Rechnungen künftig direkt über uns abrechnen lassen.

Wir haben Ihre Angaben aus der Beitrittserklärung übernommen – bitte prüfen
Sie sie noch einmal:

  Praxis:        Naturheilpraxis Eva Lohkamp, Heilpraktikerin
  Anschrift:     Rosenplatz 2, 49074 Osnabrück
  Steuernummer:  66/144/39020 (Finanzamt Osnabrück-Stadt)
  Bankverbindung (Kontoinhaberin Eva Lohkamp):
  IBAN           {grp(IB_LOHKAMP)}
  Erlaubnis nach HeilprG: Landkreis Osnabrück, 14.05.2009

Die Rahmenvereinbarung schicken wir Ihnen in zweifacher Ausfertigung per
Post. Nach Rücksendung schalten wir Ihren Zugang zum Abrechnungsportal frei.

Mit freundlichen Grüßen
Franziska Aumüller
Leistungsservice Heilpraktiker / Therapeutennetz
"""
    return message(73, AUMUELLER, [("Eva Lohkamp", "praxis@naturheilpraxis-lohkamp.example")],
                   "Ihre Teilnahme am Sonnwend Therapeutennetz – Daten bitte prüfen",
                   date(2024, 5, 28, 10, 44, 19), text(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "LASIK reimbursement for a named customer with refraction values before surgery")
def m074():
    body = """Dear Ms Osei,

good news: we will reimburse EUR 1,000.00 for your laser eye surgery.

Details of your claim (policy ZV-2022-0260413, SehKlar):
- Provider: Augenlaserzentrum Muenster-Nord, Dr. Sandfort
- Procedure: Femto-LASIK both eyes on 9 January 2025
- Refraction before surgery: right -4.50 dpt, left -4.75 dpt
  (within the insured range of -1 to -8 dpt)
- Invoice: EUR 3,980.00
- SehKlar pays a one-off amount of EUR 1,000 for refractive surgery once the
  contract has existed for 3 years (your contract started on 1 October 2022)

Please note that the glasses benefit (EUR 150 every two years) continues to
be available, for example for reading glasses or sunglasses with prescription
lenses.

We hope you enjoy your new eyesight!

Kind regards
Franziska Aumueller
Claims - glasses and naturopathy
Sonnwend Krankenversicherung AG
"""
    return message(74, AUMUELLER, [("Hannah Osei", "hannah.osei@email.example")],
                   "Your claim for laser eye surgery", date(2025, 1, 29, 14, 41, 2),
                   text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "de", "internal",
      "trap: summer party announcement (ordinary office mail)")
def m075():
    body = """Liebe Kolleginnen und Kollegen,

es ist wieder so weit: Unser Sommerfest findet am

    Freitag, 28. Juni 2024, ab 15:00 Uhr
    im Innenhof am Sonnwendhof (bei Regen in der Kantine)

statt. Es gibt Gegrilltes (auch vegetarisch/vegan), Salate vom
Kantinenteam, Eis und Getränke. Ab 17 Uhr spielt die Band "Die
Wartezeiten" – ja, die aus der Leistungsabteilung.

Bitte tragt euch bis 14.06. in die Liste im Intranet ein, damit wir
planen können. Partner und Kinder sind herzlich willkommen; für die Kinder
gibt es eine Hüpfburg und Kinderschminken.

Die Telefonhotlines sind an dem Tag bis 15 Uhr besetzt, danach läuft die
Ansage.

Wir freuen uns auf euch!
Euer Festkomitee (Betriebsrat & Personal)
"""
    return message(75, ("Festkomitee", "festkomitee@" + INS), [("Alle Mitarbeitenden", "alle@" + INS)],
                   "Sommerfest 28. Juni – jetzt eintragen! ☀️", date(2024, 5, 31, 12, 0, 40),
                   text(body, cte="8bit"))


IB_HEMSING = iban("DE", "40051180" + "0060418825")
IB_DEGROOT = iban("NL", "RABO" + "0347719902")
IB_LAMMERS = iban("DE", "28069956" + "0019772310")


@mail("CONFIDENTIAL", "de", "insurer-to-doctor",
      "dentist (sole practice) joining direct billing: practice owner's IBAN, tax number and KZV number; no patients")
def m076():
    body = f"""Sehr geehrter Herr Dr. Hemsing,

vielen Dank für Ihre Anmeldung zur Direktabrechnung ZahnPlus. Ab dem
01.07.2024 können Sie Rechnungen Ihrer bei uns versicherten Patientinnen und
Patienten mit deren Abtretungserklärung direkt an uns richten.

Hinterlegte Stammdaten (bitte bei Änderungen sofort mitteilen):

  Praxisinhaber:     Dr. med. dent. Tim Hemsing (Einzelpraxis)
  Anschrift:         Freckenhorster Straße 41, 48231 Warendorf
  KZV-Abrechnungsnr.: 07-44185
  Steuernummer:      336/5177/0912
  Zahlungen an:      Tim Hemsing
  IBAN:              {grp(IB_HEMSING)}

Zahlungsziel: 14 Tage nach Eingang der vollständigen Unterlagen. Die
Abrechnungsdatei (Format DTA-Z 2.1) übermitteln Sie bitte ausschließlich
über das Leistungserbringerportal, nicht per E-Mail.

Mit freundlichen Grüßen
Katrin Pöhlmann
Leistungsprüfung Zahn / Direktabrechnung
"""
    return message(76, POEHLMANN, [("Dr. Tim Hemsing", "verwaltung@zahnarzt-hemsing.example")],
                   "Direktabrechnung ZahnPlus – Ihre Stammdaten", date(2024, 6, 21, 12, 6, 44), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "optician",
      "optician's direct-billing mail forwarded: named customer's varifocal prescription and suspected glaucoma")
def m077():
    body = """Hallo Lara,

kannst du der Kundin bitte kurz Bescheid geben, dass wir die 150 EUR direkt
an Optik Rensing zahlen (Abtretung liegt bei)? Den Satz mit dem Augenarzt
ignorieren wir natürlich, das ist nicht unser Thema.

Danke, Franziska

---- Weitergeleitete Nachricht ----
Von: Optik Rensing GmbH <abrechnung@optik-rensing.example>
Datum: 14.01.2025 17:20
Betreff: Direktabrechnung SehKlar – Hüppe, Marlene

Sehr geehrte Damen und Herren,

anbei die Rechnung 25-0082 für Ihre Versicherte Frau Marlene Hüppe
(Vertrag ZV-2021-0048820) mit Abtretungserklärung.

  Gleitsichtgläser, Komfort-Design
  R: sph +1,25 cyl -0,50 A 95 Add 2,25
  L: sph +1,50 cyl -0,25 A 80 Add 2,25
  Fassung "Lübeck" Titan
  Gesamt: 1.046,00 EUR, davon Ihr Anteil lt. Tarif 150,00 EUR

Hinweis: Bei der Augeninnendruckmessung (Service) haben wir erhöhte Werte
gemessen (R 24 / L 26 mmHg). Wir haben Frau Hüppe dringend empfohlen, den
Glaukom-Verdacht augenärztlich abklären zu lassen.

Mit freundlichen Grüßen
Optik Rensing · Abrechnung
"""
    return message(77, AUMUELLER, [TIEDEMANN], "WG: Direktabrechnung SehKlar – Hüppe, Marlene",
                   date(2025, 1, 15, 8, 26, 33), text(body, charset="windows-1252"))


@mail("NORMAL", "en", "internal",
      "trap: IT-security phishing warning quoting a fake portal invoice, no person")
def m078():
    body = """Dear colleagues,

since this morning we have been seeing a phishing campaign that imitates
invoices from comparison portals. Example subject lines:

  "Tarifblick: Rechnung Leads 09/2024 - Zahlungserinnerung"
  "Vergleichsfuchs Provisionsabrechnung - bitte bestaetigen"

The mails come from look-alike domains (e.g. "tarifbl1ck-rechnung.example")
and contain a ZIP file "Rechnung_Leads.zip" with a JavaScript file inside.

What to do:
- do NOT open the attachment, do not click links
- use the "Report phishing" button in Outlook
- if you already opened it: unplug the network cable and call the IT
  service desk immediately (ext. 7777)

Real invoices from our portal partners only arrive via the invoice mailbox
(rechnungseingang@) and never as ZIP files.

Thanks for staying alert!
IT Security | Sonnwend
"""
    return message(78, ("IT Security", "it-security@" + INS), [("All staff", "alle@" + INS)],
                   "[Warning] Phishing: fake comparison portal invoices",
                   date(2024, 10, 2, 10, 14, 0), text(body, charset="us-ascii", cte="7bit"),
                   extra=[("Importance", "high")])


@mail("CONFIDENTIAL", "en", "insurer-to-supplier",
      "freelance UX researcher's contract details: day rate, home address, VAT ID and private IBAN")
def m079():
    body = f"""Hi Mila,

great that you can start the usability study on the online application on
3 February. As discussed, here is the summary for the service agreement -
please confirm and I'll have purchasing send the contract for signature:

  Contractor:   Mila de Groot (freelancer)
  Address:      Kerkstraat 118-2, 1017 GP Amsterdam, NL
  VAT ID:       NL004417739B02
  Day rate:     EUR 950.00 (reverse charge), max. 18 days
  Payment to:   {grp(IB_DEGROOT)}
  Scope:        12 remote sessions with test participants (recruited by
                you, no Sonnwend customers), report on the health-question
                step, prototype v2 test

Note: participants must not enter their own health data in the prototype,
please use the scenario cards we prepared.

Best regards
Felix Brandhorst
Head of Digital Sales, Sonnwend Krankenversicherung AG
"""
    return message(79, BRANDHORST, [("Mila de Groot", "mila@degroot-research.example")],
                   "Usability study online application - contract details",
                   date(2025, 1, 20, 16, 3, 12), text(body), cc=[RUHNKE])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "statement to an arbitration body about a named customer's appendectomy and refused hospital benefit")
def m080():
    body = """Sehr geehrte Frau Dr. Hollenberg,

in dem Schlichtungsverfahren SCH-2024-0771 (Beschwerdeführer: Herr Rafael
Ortega Ruiz, Vertrag ZV-2024-0051762) nehmen wir wie folgt Stellung:

1. Sachverhalt
Herr Ortega Ruiz hat den Tarif KlinikKomfort mit Beginn 01.03.2024 online
über das Portal ExpatCover abgeschlossen. Am 14.04.2024 wurde er wegen
einer akuten Appendizitis (K35.8) stationär aufgenommen und laparoskopisch
appendektomiert; Entlassung am 17.04.2024. Er hat das Einbettzimmer
(3 x 165,00 EUR) in Anspruch genommen.

2. Entscheidung
Die allgemeine Wartezeit von drei Monaten (§ 3 Abs. 1 MB/KK i. V. m.
Tarif) lief bis 31.05.2024. Sie entfällt nach § 3 Abs. 2 nur bei Unfällen.
Eine akute Appendizitis ist eine Erkrankung, kein Unfall.

3. Kulanz
Wir räumen ein, dass unser Ablehnungsschreiben nur auf Deutsch versandt
wurde, obwohl uns bekannt war, dass Herr Ortega Ruiz die englische
Korrespondenz gewählt hatte. Wir bieten daher ohne Anerkennung einer
Rechtspflicht eine Kulanzzahlung von 50 % (247,50 EUR) an.

Die Vertragsunterlagen, den Antrag und die Korrespondenz übermitteln wir
über Ihr Upload-Portal.

Mit freundlichen Grüßen
Holger Brinkmann
Beschwerdemanagement
Sonnwend Krankenversicherung AG
"""
    return message(80, BRINKMANN, [("Dr. Ines Hollenberg", "verfahren@pkv-schlichtung.example")],
                   "Schlichtungsverfahren SCH-2024-0771 – Stellungnahme",
                   date(2024, 7, 2, 15, 38, 27), text(body))


@mail("NORMAL", "de", "internal",
      "trap: company doctor's flu-vaccination slots (health words, no person)")
def m081():
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet der betriebsärztliche Dienst eine kostenlose
Grippeschutzimpfung an (Vierfach-Impfstoff, Saison 2024/25).

Termine:  Di 22.10. und Do 24.10.2024, jeweils 8:30–12:00 und 13:00–15:30
Ort:      Gesundheitsraum, Erdgeschoss Haus B (neben dem Empfang)
Anmeldung: über das Buchungstool im Intranet ("Betriebsarzt > Impfung"),
          10-Minuten-Slots

Bitte bringen Sie Ihren Impfpass mit, falls vorhanden. Wer am Impftag
Fieber hat oder akut erkrankt ist, bucht bitte einen späteren Termin. Die
Anmeldedaten sieht nur der betriebsärztliche Dienst, nicht die
Führungskraft.

Impfungen gegen COVID-19 (angepasster Impfstoff) sind an denselben Tagen
möglich, bitte im Tool gesondert auswählen.

Gesund durch den Herbst!
Ihr betriebsärztlicher Dienst
Dr. med. Miriam Osterkamp
"""
    return message(81, ("Betriebsärztlicher Dienst", "betriebsarzt@" + INS), [("Alle Mitarbeitenden", "alle@" + INS)],
                   "Grippeschutzimpfung 2024 – Termine buchen", date(2024, 10, 7, 9, 0, 2),
                   text(body, cte="quoted-printable"))


@mail("CONFIDENTIAL", "de", "broker",
      "retired sole-trader broker's new address and private bank account for remaining commission, forwarded")
def m082():
    body = f"""Zur Info und bitte Bankverbindung ändern (Vermittlernr. 70-10933).
Neue Anschrift habe ich im Vermittlerstamm schon geändert.
Nadine

> Von: Gerd Lammers <gerd.lammers@t-post.example>
> Gesendet: Freitag, 10. Mai 2024 11:03
> An: maklerservice@sonnwend-kv.example
> Betreff: Umzug und neue Bankverbindung
>
> Sehr geehrte Damen und Herren,
>
> nach Aufgabe meines Maklerbüros zum 31.12.2023 (die Bestände sind ja an
> die Kollegin Krahl übergegangen) erhalte ich von Ihnen noch die
> vereinbarte Bestandscourtage-Restzahlung bis Ende 2024.
>
> Bitte beachten Sie meine neue Anschrift ab 01.06.2024:
>   Gerd Lammers, Deichstraße 4, 26571 Juist
> und meine neue Bankverbindung:
>   Sparkasse Aurich-Norden, IBAN {grp(IB_LAMMERS)}
>   Kontoinhaber: Gerd und Renate Lammers
>
> Das alte Konto bei der Volksbank wird zum 30.06. aufgelöst.
>
> Mit freundlichen Grüßen
> Gerd Lammers
"""
    return message(82, SAUERLAND, [("Provisionsbuchhaltung", "provision@" + INS)],
                   "WG: Umzug und neue Bankverbindung (70-10933)", date(2024, 5, 10, 13, 17, 5),
                   text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "base64-encoded body: expat customer's pregnancy and planned single room for delivery, forwarded")
def m083():
    body = """Yusuf, quick question from the English desk before I reply - is a
delivery covered under KlinikKomfort if the pregnancy already existed at
application? I found nothing in the tariff conditions except the 8-month
waiting period for "Entbindung". Contract ZV-2024-0212290, start 01.11.2024.
Thanks, Marco

> From: Anneke Jansen <anneke.jansen@webmail.example>
> Sent: 27 January 2025 07:55
> To: service@sonnwend-kv.example
> Subject: Single room for birth?
>
> Hi,
> I am 24 weeks pregnant (due date 3 June) and would like a single room
> at the Clemenshospital after the birth. My husband and I took out
> KlinikKomfort in October via Tarifblick. My gynaecologist says the
> pregancy is normal so far, apart from some gestational diabetes that
> is controlled by diet.
> Will you pay for the single room and the chief physician? Do I need to
> apply in advance?
> Best, Anneke
"""
    return message(83, FERREIRA, [DEMIR], "FW: Single room for birth?", date(2025, 1, 27, 10, 31, 50),
                   text(body, charset="utf-8", cte="base64"))


@mail("NORMAL", "de", "internal",
      "trap: complaint statistics per category (ODS) for the board, aggregates only")
def m084():
    sheet = [["Kategorie", "Q1/2024", "Q2/2024", "Q3/2024", "davon begründet Q3", "Ombudsverfahren Q3"],
             ["Wartezeit / Leistungsstaffel", 41, 48, 52, 9, 3],
             ["Ablehnung Leistung Zahn", 37, 33, 40, 12, 2],
             ["Ablehnung Leistung Klinik", 12, 15, 11, 2, 1],
             ["Sehhilfen / LASIK", 8, 10, 7, 1, 0],
             ["Heilpraktiker", 9, 6, 10, 3, 0],
             ["Antrag / Gesundheitsfragen", 14, 19, 22, 6, 1],
             ["Beitrag / Lastschrift", 21, 17, 19, 4, 0],
             ["Service / Erreichbarkeit", 30, 26, 18, 11, 0],
             ["Summe", 172, 174, 179, 48, 7]]
    o = ods([("Beschwerden_2024", sheet)])
    body = """Sehr geehrter Herr Dr. Lüdeking,

anbei die Beschwerdestatistik Q1–Q3/2024 für die Vorstandssitzung am
14.10. (Format wie gewünscht als ODS). Kernaussagen:

- Anstieg bei "Wartezeit / Leistungsstaffel" – überwiegend Kundinnen und
  Kunden aus Vergleichsportalen, die die Staffel nicht kannten
- "Antrag / Gesundheitsfragen" steigt, vor allem Rückfragen, die als zu
  lang empfunden werden
- Service deutlich verbessert seit der Personalaufstockung

Einzelfälle sind nicht enthalten.

Mit freundlichen Grüßen
Holger Brinkmann
Beschwerdemanagement
"""
    root = multipart("mixed", [text(body),
                               attach(o, "application/vnd.oasis.opendocument.spreadsheet",
                                      "Beschwerdestatistik_Q1-Q3_2024.ods")], bnd(84))
    return message(84, BRINKMANN, [LUEDEKING], "Beschwerdestatistik Q1–Q3/2024 für die Vorstandssitzung",
                   date(2024, 10, 8, 18, 1, 45), root)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "legal-expenses cover for a named customer's dismissal lawsuit with his monthly salary")
def m085():
    body = """Dear Mr Herrera,

we confirm cover under your legal expenses insurance (policy RS-2022-0913377,
Sonnwend Allgemeine Versicherung AG, module "employment") for the following
matter:

  Matter:        action for protection against dismissal
                 (Kündigungsschutzklage) against Lumen Logistics GmbH
  Dismissal:     letter dated 30 September 2024, effective 31 December 2024
  Court:         Labour Court Münster (Arbeitsgericht), first instance
  Lawyer:        Kanzlei Brüning & Sax, Münster
  Value in dispute: EUR 12,600 (3 x gross monthly salary of EUR 4,200)

Please note: in labour court proceedings at first instance each party bears
its own lawyer's fees, regardless of the outcome - these are covered by your
policy. Your deductible of EUR 150 applies.

Your lawyer can send the invoices directly to us, quoting claim number
RS-S-24-11820.

Kind regards
Legal Expenses Claims
Sonnwend Allgemeine Versicherung AG
"""
    return message(85, ("Sonnwend Rechtsschutz", "rechtsschutz@" + INS),
                   [("Tomás Herrera", "tomas.herrera@netzpost.example")],
                   "Confirmation of cover - claim RS-S-24-11820", date(2024, 10, 10, 11, 31, 8), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "answer to a broker who named his client: type 2 diabetes, HbA1c and metformin, surcharge offer")
def m086():
    body = """Hallo Herr Tewes,

danke, mit den vollständigen Angaben können wir jetzt verbindlich prüfen.
Für Herrn Kötter gilt:

KlinikKomfort: Annahme mit Risikozuschlag 25 % wegen Diabetes mellitus
Typ 2 (HbA1c 6,8 %, Metformin 1000 mg, keine Folgeerkrankungen). Der
Zuschlag kann nach drei Jahren auf Antrag überprüft werden, wenn die Werte
stabil bleiben. ZahnPlus 70 ohne Einschränkung.

Bitte stellen Sie den Antrag über das Maklerportal und geben Sie im Feld
"Risikovoranfrage" die Nummer RV-24-3318 an, dann wird das Votum
übernommen. Gültig 3 Monate.

Noch ein Hinweis in eigener Sache: Voranfragen bitte künftig ohne Namen –
Jahrgang und Befunde reichen uns völlig.

Viele Grüße
Henrik Stallbaum
Maklerbetreuung

> Von: Sebastian Tewes <s.tewes@tewes-finanz.example>
> Gesendet: Montag, 2. Dezember 2024 10:12
> Betreff: AW: Risikovoranfrage Klinik – Jg. 1970 Diabetes
>
> Hallo Herr Stallbaum,
> danke für die schnelle Antwort. Der Kunde ist Herbert Kötter, geb.
> 11.11.1970, aus Rheda-Wiedenbrück. Laborwerte vom Hausarzt anbei im
> Portal hochgeladen (HbA1c 6,8 %). Augenhintergrund und Nieren ok.
> Können wir so starten? Er will auch noch ZahnPlus 70 dazu.
> Gruß S. Tewes
"""
    return message(86, STALLBAUM, [("Sebastian Tewes", "s.tewes@tewes-finanz.example")],
                   "AW: Risikovoranfrage Klinik – Jg. 1970 Diabetes (RV-24-3318)",
                   date(2024, 12, 3, 14, 22, 10), text(body, cte="8bit"))


@mail("NORMAL", "de", "broker",
      "trap: anonymous risk pre-inquiry from a broker (year of birth and diagnosis, no name) forwarded to underwriting")
def m087():
    body = """Tobias, anonyme Voranfrage aus dem Portal, bitte kurz votieren.
Henrik

----- Weitergeleitet -----
Von: Sebastian Tewes <s.tewes@tewes-finanz.example>
Datum: 28.11.2024 16:40
Betreff: Risikovoranfrage Klinik – Jg. 1970 Diabetes

Hallo Herr Stallbaum,

anonyme Risikovoranfrage für den KlinikKomfort:

- männlich, Jahrgang 1970, Bürotätigkeit
- Diabetes mellitus Typ 2 seit 2019, Metformin, kein Insulin
- HbA1c zuletzt 6,8 %
- keine Folgeerkrankungen bekannt, keine Krankenhausaufenthalte
- BMI 29, Nichtraucher

Ist eine Annahme möglich, und wenn ja, mit welchem Zuschlag? Befunde kann
ich nachreichen, wenn es ernst wird.

Gruß
Sebastian Tewes
Tewes Finanzplanung · Vermittler 70-51004-07 über Pooltrust
"""
    return message(87, STALLBAUM, [WENDLING], "WG: Risikovoranfrage Klinik – Jg. 1970 Diabetes",
                   date(2024, 11, 29, 8, 2, 31), text(body))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "glass-insurance claim (broken glass-ceramic hob) of a named customer with policy and claim numbers")
def m088():
    body = """Sehr geehrte Frau Brandt,

vielen Dank für Ihre Meldung. Der Sprung in Ihrem Glaskeramik-Kochfeld ist
über Ihre Glasversicherung (Vertrag GL-2020-0551903, Sonnwend Allgemeine)
versichert.

Schadennummer: GL-S-24-01277
Schadentag:    16.02.2024 (heruntergefallener Topfdeckel)
Anschrift:     Lerchenfeld 12, 48308 Senden

Sie müssen nichts weiter tun: Unser Partner "GlasExpress Münsterland" meldet
sich innerhalb von zwei Werktagen bei Ihnen, um einen Termin für den
Austausch des Kochfeldes (Ceranfeld) zu vereinbaren. Die Rechnung geht
direkt an uns. Bitte benutzen Sie das Kochfeld bis dahin nicht mehr.

Mit freundlichen Grüßen
Sonnwend Allgemeine Versicherung AG
Schadenservice Sach
"""
    return message(88, ("Sonnwend Schadenservice Sach", "schaden-sach@" + INS),
                   [("Heike Brandt", "heike.brandt@kabelmail.example")],
                   "Ihr Glasschaden GL-S-24-01277", date(2024, 2, 19, 10, 9, 3),
                   text(body, charset="windows-1252", cte="quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "support analysis: the attached session log shows a named applicant's answers to the dental health questions")
def m089():
    log = """session=7c1e44a0 flow=zahn tariff=ZAHNPLUS_70 channel=tarifblick
2024-09-12T18:02:10 step=1 personal firstName="Lena" lastName="Hartwig" birthDate="1988-03-17" email="lena.hartwig@mailbox.example"
2024-09-12T18:04:51 step=3 HQ1 answer=false
2024-09-12T18:05:09 step=3 HQ2 answer=true missingTeeth=["35","45"]
2024-09-12T18:05:40 step=3 HQ3 answer=true freeText="Zahnarzt hat Implantat 35 empfohlen, HKP kommt"
2024-09-12T18:07:02 step=4 navigate=back
2024-09-12T18:07:31 step=3 HQ3 answer=false freeText=""
2024-09-12T18:08:12 step=4 iban=DE** masked
2024-09-12T18:09:55 step=6 submitted application=AN-24-0091876
"""
    body = """Hi Leonie,

regarding the applicant who called the hotline yesterday saying "the form
changed my answers": I pulled the session log (attached). The form did not
change anything - HQ3 was answered "yes" with a free-text remark first, then
changed to "no" by the user after going back from the bank step. The
release with the restore bug (FF-20931) was already fixed at that point.

I guess this is relevant for your decision on AN-24-0091876, so I'm sending
it only to you. Please store it in the application file and delete the mail.

Sam
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(log, "text/plain; charset=utf-8", "session_7c1e44a0.txt",
                                      cte="quoted-printable")], bnd(89))
    return message(89, OKAFOR, [HABERKORN], "Session log for the hotline case (form 'changed answers')",
                   date(2024, 9, 20, 11, 0, 14), root)


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: webinar invitation (ICS) for international brokers on dental underwriting")
def m090():
    desc = ("Webinar for partner brokers (English)\n"
            "Underwriting dental supplements: missing teeth, treatment plans, periodontitis - what changed in 2024\n"
            "Speakers: Tobias Wendling (Underwriting), Henrik Stallbaum (Broker Service)\n"
            "Join: https://webinar.sonnwend-kv.example/j/5590314\n"
            "Please use anonymised examples only in the Q&A.")
    cal = ics("webinar-uw-dental-en-20240926@" + INS, "20240926T160000", "20240926T164500",
              "Webinar: Underwriting dental supplements (EN)", desc,
              ("Sonnwend Broker Service", MAKLER[1]), [("Partner brokers", "partner-update@" + INS)],
              location="Online")
    body = """Dear partners,

you are invited to our English-language webinar on underwriting dental
supplements on Thursday, 26 September 2024, 16:00-16:45 CEST. The calendar
file is attached; the dial-in link is in the invitation.

Topics: missing teeth and exclusions, treatment and cost plans ("HKP"),
periodontitis after the 2024 change, frequent reasons for manual
underwriting.

Kind regards
Sonnwend Broker Service
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(cal, "text/calendar; charset=utf-8; method=REQUEST", "invite.ics")],
                     bnd(90))
    return message(90, MAKLER, [("", "undisclosed-recipients:;")],
                   "Invitation: Webinar Underwriting dental supplements (EN), 26 Sept",
                   date(2024, 9, 10, 9, 0, 0), root)


IB_RECKFORT_NEW = iban("DE", "41650001" + "0000662817")


@mail("CONFIDENTIAL", "de", "internal",
      "wage garnishment order for a named employee: net pay and garnishable amount (no health data)")
def m091():
    body = """Hallo Birgit,

zur Info, bevor es in die Dezemberabrechnung geht: Für Herrn Dirk Sommer
(Personalnr. 40771, Kundenservice Telefonie) ist heute ein Pfändungs- und
Überweisungsbeschluss des AG Münster eingegangen (Az. 12 M 3318/24,
Gläubigerin: Creditreform-Inkasso Nord GmbH, Forderung 4.812,33 EUR).

Berechnung für 12/2024:
  Nettoeinkommen                 2.286,40 EUR
  Unterhaltspflichten            1 Person (lt. Lohnsteuermerkmalen)
  pfändbarer Betrag lt. Tabelle    312,45 EUR

Ich habe die Drittschuldnererklärung vorbereitet, Frist ist der 18.12.
Bitte unterschreiben und Herrn Sommer informieren – er sollte es nicht
erst auf der Abrechnung sehen. Vielleicht auch auf die
Schuldnerberatung hinweisen (Betriebsvereinbarung Sozialberatung).

Gruß
Ralf
Entgeltabrechnung
"""
    return message(91, S("Ralf Bertelsmeier", "ralf.bertelsmeier"), [REIMER],
                   "Pfändung Personalnr. 40771 – Drittschuldnererklärung bis 18.12.",
                   date(2024, 12, 5, 14, 47, 2), text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "change of bank details for a named customer's hospital/dental contract (health contract, new IBAN)")
def m092():
    body = f"""Sehr geehrter Herr Reckfort,

wie gewünscht haben wir Ihre Bankverbindung für Ihren Vertrag
ZV-2020-0031156 (KlinikKomfort, ZahnPlus 90) geändert:

  Kontoinhaber:  Ingo Reckfort
  neue IBAN:     {grp(IB_RECKFORT_NEW)}
  gültig ab:     Beitragseinzug 01.03.2025
  Mandatsreferenz: SW-ZV-2020-0031156-02

Auch Erstattungen aus Ihren Leistungsanträgen überweisen wir ab sofort auf
dieses Konto. Die Vorabankündigung für den Einzug: 01.03.2025, 52,36 EUR.

Sollten Sie diese Änderung nicht veranlasst haben, melden Sie sich bitte
umgehend unter 0251 9770-400.

Freundliche Grüße

Lara Tiedemann
""" + SIG_TIEDEMANN[3:]
    return message(92, TIEDEMANN, [("Ingo Reckfort", "ingo.reckfort@email.example")],
                   "Änderung Ihrer Bankverbindung – ZV-2020-0031156",
                   date(2025, 2, 11, 9, 50, 38), text(body))


@mail("NORMAL", "en", "internal",
      "trap: incident report on an online-application outage with counts of aborted sessions, no person")
def m093():
    body = """INCIDENT REPORT INC-2024-0412 (post-mortem, blameless)

Summary
On 17 October 2024, 19:42-21:51 CEST, the online application returned
HTTP 502 at the step "Health questions" for all tariffs. 312 sessions were
aborted at this step; 71 of them were resumed later via the "continue your
application" e-mail. No data was lost or disclosed.

Timeline
19:38  certificate rotation on the internal API gateway (change CHG-8811)
19:42  first alerts "hq-service 5xx rate > 5 %"
20:05  on-call engineer paged (alert routing misconfigured -> 23 min delay)
20:40  root cause found: hq-service did not trust the new intermediate CA
21:44  rollback of the trust store, 21:51 error rate back to 0

Impact
- 312 aborted sessions (est. 40-60 lost applications)
- comparison portals received timeouts; Tarifblick temporarily down-ranked
  our tariffs ("provider not available") for ~2 hours

Actions
1. add hq-service to the certificate rotation checklist (owner: platform)
2. fix alert routing for the digital-sales on-call group (owner: IT ops)
3. synthetic test "health question step" every 5 min (owner: Sam)

No personal data is included in this report; session IDs are in the
restricted incident ticket.

Piotr Nowak-Steffens
IT Operations
"""
    return message(93, NOWAK, [("IT Leadership", "it-lk@" + INS), BRANDHORST],
                   "Post-mortem INC-2024-0412: online application outage 17 Oct",
                   date(2024, 10, 21, 11, 30, 0), text(body, charset="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "access audit for a broker pool: list of named portal users with birth dates and last logins")
def m094():
    body = """Dear Ms Farrell,

as part of the annual access review (section 6 of our cooperation
agreement), please confirm for each of the following users of your firm
whether the access is still required. Users with no login for more than
180 days will be deactivated on 31 January 2025 unless you object.

User ID      Name                 Date of birth  Role           Portfolio rights  Last login
PT-000412    Siobhan Farrell      1982-04-09     firm admin     yes               2025-01-08
PT-000419    Declan Burke         1975-12-21     broker         yes               2025-01-07
PT-000433    Natalia Kowalska     1993-06-30     back office    yes               2024-06-02
PT-000451    Kieran Walsh         1969-02-14     broker         no                2023-11-19
PT-000468    Aoife Brennan        1998-08-03     back office    no                2024-12-20

Note on PT-000451: this user still appears in the German broker register,
but we have received no applications since 2023.

Please reply by 24 January 2025. For questions about the review process,
contact maklerservice@sonnwend-kv.example.

Kind regards
Nadine Sauerland
Broker Service - Access Management
Sonnwend Krankenversicherung AG
"""
    return message(94, SAUERLAND, [("Siobhan Farrell", "s.farrell@pooltrust.example")],
                   "Annual access review 2025 - users of your firm", date(2025, 1, 10, 10, 5, 5),
                   text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "letter to the daughter of a deceased customer about ending his dental and hospital contracts and refunding premiums")
def m095():
    body = """Dear Ms Whitaker,

please accept our sincere condolences on the death of your father,
Mr Peter Whitaker.

Following your phone call of 9 December, we have ended his supplementary
health insurance (policy ZV-2019-0028834, tariffs ZahnPlus 70 and
KlinikKomfort) with effect from the date of death, 3 December 2024.

To close the contract we still need:
- a copy of the death certificate (Sterbeurkunde), and
- proof that you are entitled to receive payments on behalf of the estate
  (certificate of inheritance, or a declaration signed by all heirs).

The premium for December 2024 (EUR 61.18) will then be refunded pro rata
(EUR 55.26). Invoices for treatment before 3 December 2024 - for example
from his last stay at the Clemenshospital in November - can still be
submitted by the heirs within the usual period.

You can send the documents to the address below or upload them in the
secure portal using the reference above.

With kind regards
Lara Tiedemann
Customer Service
Sonnwend Krankenversicherung AG, Am Sonnwendhof 3, 48149 Muenster
"""
    return message(95, TIEDEMANN, [("Claire Whitaker", "claire.whitaker@webmail.example")],
                   "Policy ZV-2019-0028834 - Mr Peter Whitaker", date(2024, 12, 10, 15, 3, 41),
                   text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "de", "internal",
      "trap: guidance note for claims staff on GOZ analogue fees, no person")
def m096():
    body = """Liebes Team Leistung Zahn,

kurzer Hinweis zu den Analogberechnungen nach § 6 Abs. 1 GOZ, weil wir in
letzter Zeit viele Rückfragen hatten:

1. Digitale Abformung (Intraoralscan)
   wird überwiegend analog nach GOZ 2197 oder 0065 berechnet. Beides
   akzeptieren wir, nicht aber zusätzlich zur konventionellen Abformung
   für dieselbe Krone.

2. Laserbehandlung Parodontitis
   Zuschlag GOZ 0120 nur einmal je Sitzung; Analogberechnung der
   Laserbehandlung selbst nur mit Begründung.

3. Kariesinfiltration (Icon)
   Analog GOZ 2000 o. ä. ist vertretbar, Faktor bis 2,3 ohne Rückfrage.

4. Aligner-Behandlung Erwachsene
   nicht analog zur KFO bei Kindern; Leistung nur im Rahmen des
   Zahnersatz-/Zahnbehandlungs-Budgets, wenn medizinisch begründet.

Die Übersicht liegt aktualisiert im Wiki unter "Leistung Zahn > GOZ".
Fragen gern im Jour fixe am Dienstag.

Katrin
"""
    return message(96, POEHLMANN, [("Team Leistung Zahn", "leistung-zahn-team@" + INS)],
                   "Hinweis: Analogberechnungen GOZ – unsere Linie", date(2024, 3, 5, 12, 40, 0),
                   text(body, cte="8bit"))


@mail("CONFIDENTIAL", "de", "partner",
      "consumer complaint about unwanted calls passed on by a portal: name, address, phone of a prospect (no contract)")
def m097():
    body = """Hallo Frau Kessler,

bitte prüfen Sie den unten stehenden Fall anhand Ihrer Anruflisten und
schicken Sie mir bis Freitag eine kurze Stellungnahme (wann, wie oft,
welcher Agent). Die Nummer ist ab sofort auf die Sperrliste zu setzen.

Jana Mikulić

-------- Weitergeleitete Nachricht --------
Betreff: Verbraucherbeschwerde / Lead VF-24-551466
Von: Vergleichsfuchs Qualitätsmanagement <qm@vergleichsfuchs.example>
Datum: 28.08.2024 10:02

Sehr geehrte Damen und Herren,

der Verbraucher Wilfried Brockhoff, Bentheimer Str. 77, 48529 Nordhorn,
Tel. 05921 88140, beschwert sich über "tägliche Anrufe" eines Callcenters
in Ihrem Auftrag nach seiner Anfrage vom 16.08.2024. Er habe bereits beim
ersten Anruf erklärt, kein Interesse mehr zu haben, und droht mit einer
Meldung an die Bundesnetzagentur.

Wir bitten um Prüfung und Stellungnahme binnen 7 Tagen gemäß Ziffer 9 der
Partnervereinbarung und um Bestätigung, dass keine weiteren Anrufe
erfolgen.

Mit freundlichen Grüßen
Qualitätsmanagement Vergleichsfuchs Online GmbH
"""
    return message(97, MIKULIC, [("Julia Kessler", "j.kessler@dialogwerk.example")],
                   "WG: Verbraucherbeschwerde / Lead VF-24-551466", date(2024, 8, 28, 11, 19, 47),
                   text(body), cc=[VAHLENKAMP])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "second-opinion programme: named customer's plan for four upper-jaw implants and booked appointment")
def m098():
    body = """Dear Mr Brooks,

thank you for registering for our free dental second opinion.

Your dentist has recommended four implants in the upper jaw (regions 14, 16,
24, 26) with a bar-retained prosthesis; the treatment and cost plan amounts
to EUR 18,740. Before such an extensive treatment, a second opinion often
helps - and it does not affect your cover under ZahnPlus 90
(policy ZV-2021-0102938).

We have booked an appointment for you with a dentist from our network:

  Dr. Malte Gerdes, Zahnklinik am Prinzipalmarkt, Münster
  Tuesday, 4 March 2025, 15:30
  Please bring your X-rays (OPG of 11 February 2025) and the cost plan.

The second-opinion dentist will not treat you himself; he only assesses the
plan. You will receive his written report within two weeks, and we will
then tell you which treatment option we would cover and to what extent.

Kind regards
Katrin Pöhlmann
Dental Claims
"""
    return message(98, POEHLMANN, [("Daniel Brooks", "daniel.brooks@mailbox.example")],
                   "Your dental second opinion - appointment 4 March", date(2025, 2, 20, 14, 27, 11),
                   text(body))


@mail("NORMAL", "de", "internal",
      "trap: FAQ for customer service about LASIK cover, generic, no person")
def m099():
    body = """Hallo zusammen,

weil die Anfragen zu Augenlasern gerade zunehmen (Werbung der Kliniken im
Januar ...), hier eine kurze FAQ für die Hotline:

F: Zahlt SehKlar eine LASIK?
A: Ja, einmalig bis 1.000 EUR, frühestens nach 3 Jahren Vertragslaufzeit.
   Voraussetzung: Fehlsichtigkeit zwischen -1 und -8 dpt bzw. bis +4 dpt.

F: Gilt das auch für Femto-LASIK, SMILE, PRK?
A: Ja, alle refraktiven Laserverfahren. Linsenimplantate (ICL) nicht.

F: Muss vorher ein Kostenvoranschlag eingereicht werden?
A: Nein, aber wir empfehlen es, damit die Kundin/der Kunde weiß, ob die
   3 Jahre erfüllt sind.

F: Und die Voruntersuchung?
A: Ist in den 1.000 EUR enthalten, keine zusätzliche Leistung.

F: Danach noch Brillenleistung?
A: Ja, die 150 EUR alle zwei Jahre bleiben.

Bitte am Telefon keine Aussagen zu konkreten Augenwerten von Anrufenden
dokumentieren, nur "LASIK-Anfrage allgemein" im Ticket.

Anke
"""
    return message(99, S("Anke Surmann", "anke.surmann"), [("Team Kundenservice EV", "ks-ev@" + INS)],
                   "FAQ Augenlasern (SehKlar) für die Hotline", date(2025, 1, 22, 8, 41, 0),
                   text(body, cte="quoted-printable"))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor insurance confirmation (eVB) for an expat: plate, VIN and address")
def m100():
    body = """Dear Mr Eriksen,

here is your electronic insurance confirmation (eVB) for registering your
car at the registration office:

  eVB number:     K7TQ2M9
  Vehicle:        Volvo V60 B4, VIN YV1ZWA8UDN1102287
  Previous plate: NOR (import from Norway), new plate requested: MS-LE 714
  Policyholder:   Lars Eriksen, Gievenbecker Weg 60, 48161 Münster
  Cover:          third-party liability + comprehensive (EUR 500 excess)
  Policy no.:     KF-2025-0214479 (Sonnwend Allgemeine Versicherung AG)

The eVB is valid for 6 months. Please give the number to the registration
office; the policy documents will follow once we have received the
registration data.

Your no-claims class from Norway (bonus 70 %) could be transferred to SF 7
once we receive the certificate from your previous insurer.

Kind regards
Motor Insurance Service
Sonnwend Allgemeine Versicherung AG
"""
    return message(100, ("Sonnwend Kfz-Service", "kfz@" + INS), [("Lars Eriksen", "lars.eriksen@netzpost.example")],
                   "Your eVB for vehicle registration", date(2025, 2, 3, 10, 40, 19), text(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "large-claim notice to the reinsurer: initials, birth date and claim number with hip-revision complications (identifiable)")
def m101():
    body = """Dear Ms Lindqvist-Hahn,

in accordance with clause 11 of treaty QS-SUPP-2022 we notify the following
large claim (threshold EUR 25,000):

  Claim no.:       LA-24-099110
  Insured:         H. W., female, born 11.05.1979, tariff KlinikKomfort
  Policy start:    01.03.2024
  Event:           elective total hip replacement left (M16.1) on
                   02.09.2024, followed by deep periprosthetic infection
                   (T84.5), revision surgery on 19.09.2024, 6 days ICU,
                   two-stage exchange planned for Q1 2025
  Chief-physician fees and single room to date:     EUR 23,870
  Reserve for planned re-implantation:             EUR 14,000
  Total incurred:                                  EUR 37,870

We are currently checking whether the coxarthrosis was disclosed at
application (health question 3). We will update you on the outcome and on
any recovery from the hospital's liability insurer.

Kind regards
Yusuf Demir
Hospital Claims
Sonnwend Krankenversicherung AG
"""
    return message(101, DEMIR, [("Karin Lindqvist-Hahn", "k.lindqvist-hahn@nordkap-re.example")],
                   "Large claim notification LA-24-099110 (QS-SUPP-2022)", date(2024, 11, 4, 16, 12, 50),
                   text(body, charset="us-ascii", cte="7bit"), cc=[S("Mats Ellerbrock", "mats.ellerbrock")])


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: translation order with the blank health questionnaire (DOCX), no person")
def m102():
    blocks = [
        "# Antrag auf Ergänzungsversicherung – Gesundheitsfragen (Stand 07/2024)",
        "Bitte beantworten Sie die folgenden Fragen für jede zu versichernde Person vollständig und wahrheitsgemäß.",
        [["Nr.", "Frage", "ja/nein", "Angaben bei ja"],
         ["1", "Sind Sie in den letzten 5 Jahren stationär behandelt worden?", "☐ ja ☐ nein",
          "Klinik, Zeitraum, Grund"],
         ["2", "Fehlen Ihnen Zähne, die bisher nicht ersetzt sind (ohne Weisheitszähne)?", "☐ ja ☐ nein",
          "Anzahl, Zahnnummer"],
         ["3", "Ist eine Zahnbehandlung, Zahnersatz- oder kieferorthopädische Behandlung angeraten, geplant "
               "oder begonnen?", "☐ ja ☐ nein", "Art, Datum des Heil- und Kostenplans"],
         ["4", "Nehmen Sie regelmäßig Medikamente ein?", "☐ ja ☐ nein", "Medikament, Dosis, Grund"],
         ["5", "Beträgt Ihre Sehstärke mehr als 8 Dioptrien oder besteht eine Augenerkrankung?",
          "☐ ja ☐ nein", "Werte, Diagnose"]],
        "Belehrung nach § 19 Abs. 5 VVG über die Folgen einer Verletzung der vorvertraglichen Anzeigepflicht: siehe Seite 4.",
        "Name der zu versichernden Person: ______________________   Geburtsdatum: ____________",
    ]
    body = """Dear Ms Álvarez,

as agreed on the phone, please translate the attached health questionnaire
(German -> English, about 260 words) for our online and paper application.
Terminology should match the English version of the tariff conditions you
translated for us last year (glossary GL-SONN-2023).

The form is blank - it contains no customer data - so it can be processed
by your regular team. Deadline: 2 August 2024. Please invoice under
PO-2024-00611.

Best regards
Leonie Haberkorn
Underwriting, Sonnwend Krankenversicherung AG
"""
    root = multipart("mixed", [text(body),
                               attach(docx(blocks, title="Gesundheitsfragen 07-2024"),
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      "Gesundheitsfragen_EV_07-2024_blanko.docx")], bnd(102))
    return message(102, HABERKORN, [("Lucía Álvarez", "projects@lingua-bridge.example")],
                   "Translation request - health questionnaire (PO-2024-00611)",
                   date(2024, 7, 22, 13, 15, 9), root)


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "German/English mail on a household-insurance address change: named customer, old/new address, policy number")
def m103():
    body = """Sehr geehrter Herr Mehta,
dear Mr Mehta,

vielen Dank für Ihre Umzugsmeldung. Wir haben Ihre Hausratversicherung
HR-2022-3307751 auf die neue Wohnung umgestellt.
thank you for letting us know about your move - your contents insurance now
covers the new flat.

  alte Adresse / old address:  Wolbecker Straße 52, 48155 Münster
  neue Adresse / new address:  Robert-Koch-Straße 29, 48149 Münster
  ab / from:                   15.03.2025
  Wohnfläche / living space:   78 m² (vorher / previously 54 m²)
  Versicherungssumme / sum insured: 50.700 EUR (650 EUR/m²)
  neuer Beitrag / new premium: 11,84 EUR monatlich / per month

Während des Umzugs sind Sie in beiden Wohnungen versichert (bis zu
3 Monate). During the move both flats are covered for up to 3 months.

Mit freundlichen Grüßen / kind regards
Sonnwend Allgemeine Versicherung AG – Vertragsservice Sach
"""
    return message(103, ("Sonnwend Vertragsservice Sach", "vertrag-sach@" + INS),
                   [("Rohan Mehta", "rohan.mehta@kabelmail.example")],
                   "Umzug / change of address – HR-2022-3307751", date(2025, 3, 10, 9, 26, 30),
                   text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "therapist",
      "naturopath's enquiry about a named patient's migraine and neural therapy, forwarded internally")
def m104():
    body = """Hi Franziska,

Heilpraktiker-Anfrage zur Kostenübernahme, die über das Kontaktformular
kam. Wir dürfen dem Therapeuten ohne Schweigepflichtentbindung der Kundin
ja nichts zum Vertrag sagen, oder? Magst du übernehmen? Ich würde ihm
erstmal nur allgemein antworten.

Lara

--- Kontaktformular www.sonnwend-kv.example, 06.11.2024 19:31 ---
Absender: Bernd Achterkamp, Heilpraktiker, Praxis für Naturheilkunde,
          Bahnhofstraße 14, 49757 Werlte
E-Mail:   praxis@achterkamp-hp.example
Betreff:  Kostenübernahme Patientin Thormählen

Sehr geehrte Damen und Herren,

meine Patientin Frau Gisela Thormählen (bei Ihnen versichert im Tarif
NaturPlus) leidet seit Jahren an Migräne mit Aura (3-4 Attacken/Monat) und
ist mit den verordneten Triptanen unzufrieden. Ich plane eine Serie von
10 Neuraltherapie-Sitzungen (GebüH Ziff. 19.1, je 35 EUR) sowie
begleitende Baunscheidt-Therapie. Übernehmen Sie die Kosten? Frau
Thormählen möchte das vorher wissen.

Mit kollegialen Grüßen
B. Achterkamp
"""
    return message(104, TIEDEMANN, [AUMUELLER], "WG: Kontaktformular – Kostenübernahme Patientin Thormählen",
                   date(2024, 11, 7, 8, 33, 6), text(body))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order for secure shredding of application and medical-invoice files (no content, no person)")
def m105():
    body = """Sehr geehrte Frau Tepe,

wir beauftragen Sie gemäß Rahmenvertrag RV-2022-014 mit der Abholung und
Vernichtung folgender Datenträger:

- 40 Sicherheitsbehälter à 240 l (Papier: Anträge, Arzt- und
  Zahnarztrechnungen, Heil- und Kostenpläne aus der Scan-Nachbearbeitung,
  Aufbewahrungsfrist abgelaufen)
- 2 Behälter Datenträger (defekte Festplatten aus Scan-PCs, 14 Stück)

Sicherheitsstufe: P-4 / H-5 nach DIN 66399, Schutzklasse 3
Abholung:         Mittwoch, 16.10.2024, ab 7:30 Uhr, Tor 2 (Ansprechpartner
                  vor Ort: Herr Kaya, Poststelle, Tel. -118)
Nachweis:         Vernichtungsprotokoll mit Behälternummern an
                  datenschutz@sonnwend-kv.example und einkauf@...

Bitte bestätigen Sie den Termin. Die Fahrer müssen sich am Empfang
ausweisen; eine Begleitung durch unser Haus ist vorgesehen.

Mit freundlichen Grüßen
Olaf Ruhnke
Einkauf
"""
    return message(105, RUHNKE, [("Renate Tepe", "auftrag@aktenwolf.example")],
                   "Auftrag Aktenvernichtung 16.10.2024 (RV-2022-014)", date(2024, 10, 9, 11, 2, 5),
                   text(body, charset="iso-8859-1", cte="quoted-printable"), cc=[VAHLENKAMP])


IB_BURKE = iban("IE", "BOFI" + "900017" + "44871203")


@mail("CONFIDENTIAL", "en", "broker",
      "broker's request to change his commission account forwarded to accounting: name, new IBAN, address")
def m106():
    body = f"""Hi colleagues,

please update the commission account for sub-broker PT-000419 (Pooltrust,
firm 70-51004) as of the December run. I checked the request against the
signed form in the portal - signature matches.

Nadine

> From: Declan Burke <declan.burke@burke-advice.example>
> Sent: 18 November 2024 17:26
> To: maklerservice@sonnwend-kv.example
> Subject: New bank account for commission
>
> Hello,
> I have moved my business account to Bank of the West Ireland. Please pay
> my commission to:
>   Account holder: Declan Burke (trading as Burke Advice)
>   IBAN {grp(IB_BURKE)}
>   BIC  BOFIIE2D
> My postal address is unchanged (14 Harbour View, Dún Laoghaire,
> Co. Dublin). The signed change form is uploaded in the broker portal.
> Thanks,
> Declan
"""
    return message(106, SAUERLAND, [("Provisionsbuchhaltung", "provision@" + INS)],
                   "FW: New bank account for commission (PT-000419)", date(2024, 11, 19, 9, 12, 40),
                   text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "customer's lawyer contests the withdrawal (§ 19 VVG): extraction, bridge and treatment plan of a named client")
def m107():
    body = """Hallo Herr Pape,

im Fall Zielińska (Rücktritt vom 08.10.) hat sich jetzt eine Anwältin
gemeldet, Schreiben unten. Frist 15.11. Die Rechnung der Brücke liegt
weiterhin offen bei uns. Wie wollen wir vorgehen?

Katrin Pöhlmann

--- Schreiben vom 25.10.2024 (per beA/Post, hier abgetippt aus dem Scan) ---

Kanzlei Demirel & Frensemeyer · Rechtsanwältinnen
Az. 2024/0871 DF

Sonnwend Krankenversicherung AG
Vertrag ZV-2024-0003518 – Frau Marta Zielińska

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Marta Zielińska, Hohenzollernring 12,
45879 Gelsenkirchen, vertreten. Vollmacht anbei.

Der von Ihnen mit Schreiben vom 08.10.2024 erklärte Rücktritt ist
unwirksam. Unsere Mandantin hat Frage 3 des Online-Antrags nicht
vorsätzlich oder grob fahrlässig falsch beantwortet. Nach der Extraktion
des Zahnes 36 am 02.11.2023 hat ihr Zahnarzt lediglich "mittelfristig"
eine Versorgung erwähnt; ein Heil- und Kostenplan wurde ihr erst am
14.11.2023 ausgehändigt, und zwar ohne Hinweis, dass damit eine
"Behandlung angeraten" sei. Zudem ist Frage 3 nach dem Wortlaut
("angeraten, geplant oder begonnen") für einen Laien mehrdeutig.

Hilfsweise wäre allenfalls eine Vertragsanpassung nach § 19 Abs. 4 VVG in
Betracht gekommen. Wir fordern Sie auf, den Rücktritt bis 15.11.2024
zurückzunehmen und die Rechnung über 2.870,40 EUR zu regulieren.

Mit freundlichen Grüßen
S. Demirel, Rechtsanwältin
"""
    return message(107, POEHLMANN, [S("Jörn Pape", "joern.pape")],
                   "WG: Zielińska ./. Sonnwend – Anwaltsschreiben, Frist 15.11.",
                   date(2024, 10, 28, 10, 3, 57), text(body, cte="8bit"))


@mail("NORMAL", "en", "internal",
      "trap: A/B test results for a landing page 'dental cover without health questions', aggregates only")
def m108():
    body = """Hi all,

results of the landing-page test "ZahnStart - no health questions" (run
2 Sept - 6 Oct 2024, traffic from Google Ads + Vergleichsfuchs):

Variant                          Visitors   Started appl.   Completed   CR
A  "Dental cover from EUR 9.90"    14,220         1,106          402     2.8 %
B  "No health questions. Really."  14,087         1,498          611     4.3 %

B wins clearly (p < 0.01). Side effects:
- share of ZahnStart among all dental applications: 18 % -> 31 %
- average premium per application drops by EUR 4.10
- cancellations within 14 days slightly higher in B (2.9 % vs 2.1 %)

Heatmaps show users hover over "What are health questions?" - we should
explain why ZahnPlus asks them (better benefits) instead of hiding them.

Recommendation: roll out B for ZahnStart only, keep ZahnPlus pages as they
are, re-test with an explanation box in November.

No personal data was collected beyond the standard analytics consent
(aggregated, IP shortened).

Carla
"""
    return message(108, JESSEN, [BRANDHORST, MIKULIC, S("Imke Terhorst", "imke.terhorst")],
                   "A/B test results: 'no health questions' landing page", date(2024, 10, 11, 15, 49, 3),
                   text(body, charset="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "de", "internal",
      "department birthday list with full birth dates of named employees")
def m109():
    body = """Hallo Yusuf,

wie gewünscht die Geburtstage deines Teams fürs erste Halbjahr 2025 (nur
die Kolleginnen und Kollegen, die der Veröffentlichung im Team zugestimmt
haben – die anderen fehlen absichtlich):

  Sven Kröger          14.01.1988
  Melanie Ostendorf    02.02.1979
  Hakan Yavuz          27.03.1991
  Petra Leifeld        19.04.1965  (60.!)
  Annika Sprenger      08.06.1996

Bitte die Liste nicht im Teamkanal posten, sondern nur für die
Gratulationen/Kuchenplanung nutzen. Das Geburtsjahr wollten einige nicht
"öffentlich" haben – also bitte nur Tag und Monat nennen.

Viele Grüße
Birgit
Personal
"""
    return message(109, REIMER, [DEMIR], "Geburtstage Team Leistung Klinik 1. Halbjahr 2025",
                   date(2024, 12, 18, 11, 52, 31), text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "German/English chat transcript about a named applicant's implant exclusion (tooth 35)")
def m110():
    body = """[Teams-Chat exportiert, 23.09.2024]

[09:14] Leonie Haberkorn: Sam, kurze Frage zu AN-24-0091876 (Hartwig) –
        the session log you sent: darf ich den in die Antragsakte legen?
[09:15] Sam Okafor: yes, that's what it's for. Did you decide already?
[09:17] Leonie Haberkorn: Ja. Annahme ZahnPlus 70 mit Ausschluss 35 und 45
        (fehlend), und das Implantat 35 war laut ihrem eigenen Freitext
        schon empfohlen -> also eh ausgeschlossen.
[09:17] Leonie Haberkorn: Sie hat aber HQ3 auf "nein" geändert. I'm not
        going to call that fraud, but I'll mention it in the letter.
[09:19] Sam Okafor: makes sense. she'll probably call the hotline again 🙈
[09:20] Leonie Haberkorn: Dann bitte an mich durchstellen. Danke dir!
"""
    return message(110, HABERKORN, [HABERKORN], "Chat-Export AN-24-0091876 für die Akte",
                   date(2024, 9, 23, 9, 25, 0), text(body, cte="quoted-printable"))


@mail("NORMAL", "de", "internal",
      "trap: product-committee minutes with morbidity and pricing assumptions by age, no person")
def m111():
    body = """Ergebnisprotokoll Produktausschuss Ergänzungsversicherungen
Sitzung 3/2024 vom 24.06.2024, 10:00–12:15 Uhr

Teilnehmende: Lüdeking (Vorsitz), Haverkamp, Ellerbrock, Terhorst,
Brandhorst, Wendling, Dr. Osterkamp, Aktuariat (Fr. Bosse)

TOP 1 KlinikKomfort – Kalkulation Tarifgeneration 2025
- Aktuariat legt Kopfschäden je Altersgruppe vor (Bestand 2021–2023):
  20–39: 118 EUR, 40–59: 262 EUR, 60–69: 541 EUR, 70+: 918 EUR p. a.
- Hauptkostentreiber: Chefarztbehandlung bei Gelenkersatz (Hüfte/Knie)
  und kardiologischen Eingriffen; Einbettzimmer rückläufig (Kliniken
  ohne Zweibettzimmer-Kapazität)
- Beschluss: Beitragsanpassung für Neugeschäft +4 %, Bestand
  unverändert (Auslösender Faktor nicht erreicht)

TOP 2 Gesundheitsfrage 4 (Medikamente)
- Dr. Osterkamp: Frage trifft häufig gut eingestellte Hypertonie; Vorschlag,
  blutdrucksenkende Mittel ohne Folgeerkrankung nicht mehr zuschlagspflichtig
  zu stellen. Aktuariat rechnet Mehrkosten (geschätzt +0,8 % Schadenquote).
- Beschluss: Prüfauftrag bis Sitzung 4/2024.

TOP 3 Vertriebswege
- Anteil Vergleichsportale am Neugeschäft 46 %; Stornoquote im 1. Jahr
  bei Portalverträgen 11 % ggü. 6 % Makler.

Nächste Sitzung: 23.09.2024
Protokoll: I. Terhorst
"""
    return message(111, S("Imke Terhorst", "imke.terhorst"), [("Produktausschuss EV", "produktausschuss@" + INS)],
                   "Ergebnisprotokoll Produktausschuss 3/2024", date(2024, 6, 26, 16, 37, 12),
                   text(body, cte="8bit"))


@mail("CONFIDENTIAL", "mixed", "internal",
      "German/English HR–IT mail about a new hire's salary advance and temporary private address")
def m112():
    body = """Hi Sam, hallo Frau Brüning,

short update on Tomasz (start 1 August):

- Er hat ab 25.07. eine möblierte Übergangswohnung: Gasselstiege 41,
  App. 3, 48159 Münster (bis 31.10.). Please send the laptop there only
  after he confirms – die Post kommt dort nicht immer an.
- Gehaltsvorschuss: 1.500 EUR netto mit der Augustabrechnung, Verrechnung
  in 3 Raten ab September (je 500 EUR), wie im Gespräch vereinbart.
- Umzugspauschale 2.000 EUR kommt mit dem ersten Gehalt (brutto, also
  steuerpflichtig – I told him).
- Bank account: he'll open a German account next week; until then we
  can't pay anything, Polish IBAN geht laut Entgeltabrechnung nicht für
  den Vorschuss.

Frau Brüning, könnten Sie die Stammdaten so anlegen? Danke!

Birgit
"""
    return message(112, REIMER, [OKAFOR, S("Katja Brüning", "katja.bruening")],
                   "Tomasz W. – Übergangswohnung / salary advance", date(2024, 7, 18, 12, 11, 9),
                   text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "neutral body; the XLSX lists five named applicants with diagnoses and proposed surcharges")
def m113():
    rows = [["Antrag", "Name", "Geb.", "Tarif", "Befund/Angabe", "Votum Risikoprüfung", "Zuschlag"],
            ["AN-24-0110231", "Kötter, Herbert", "11.11.1970", "KlinikKomfort", "Diabetes mellitus Typ 2 (E11.9), HbA1c 6,8",
             "Annahme", "25 %"],
            ["AN-24-0110305", "Pieper, Annegret", "03.03.1958", "KlinikKomfort 2", "Z. n. Mamma-Ca 2016 (C50.4), rezidivfrei",
             "Annahme", "0 % (10 J. rezidivfrei? nein, 8 J.) -> 30 %"],
            ["AN-24-0110388", "Berisha, Arben", "22.07.1985", "ZahnPlus 90", "Parodontitis Stadium III, Therapie 2024",
             "Ausschluss PAR 3 J.", "-"],
            ["AN-24-0110412", "Grewe, Laura", "14.01.1999", "SehKlar", "Myopie -9,5 dpt, Keratokonus ausgeschlossen",
             "Annahme ohne LASIK", "-"],
            ["AN-24-0110450", "Schmitz, Hans-Werner", "30.05.1962", "KlinikKomfort", "KHK, Stent 2022 (I25.1)",
             "Ablehnung", "-"]]
    x = xlsx([("Votum_KW49", rows)])
    body = """Hallo zusammen,

anbei die Liste für die Annahmekonferenz morgen 9:00 Uhr (5 Fälle).
Bitte nicht ausdrucken.

Tobias
"""
    root = multipart("mixed", [text(body, charset="iso-8859-1", cte="quoted-printable"),
                               attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "Annahmekonferenz_KW49.xlsx")], bnd(113))
    return message(113, WENDLING, [OSTERKAMP, HABERKORN], "Annahmekonferenz KW 49",
                   date(2024, 12, 4, 16, 55, 1), root)


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: answer to a journalist with average dental claim amounts and waiting-period explanations, no person")
def m114():
    body = """Sehr geehrte Frau Köhler,

gern beantworte ich Ihre Fragen für den Verbraucherbeitrag im
"Münsterland Magazin":

1. Was kostet ein Implantat im Schnitt?
   In unserem Bestand lag der durchschnittliche Rechnungsbetrag 2023 für
   ein Einzelzahnimplantat mit Krone bei 3.240 Euro; davon haben wir im
   Tarif ZahnPlus 90 im Schnitt 2.610 Euro erstattet.

2. Wie viele Kundinnen und Kunden scheitern an der Wartezeit?
   Rund 6 Prozent der Zahnersatz-Einreichungen im ersten Vertragsjahr
   fallen in die Wartezeit. Wir empfehlen, einen Heil- und Kostenplan
   vorher einzureichen.

3. Lohnt sich ein Abschluss, wenn schon ein Zahn fehlt?
   Ja, für alle anderen Zähne. Der fehlende Zahn ist aber vom Schutz
   ausgeschlossen, solange er nicht ersetzt ist.

Gern können Sie mich als "Imke Terhorst, Produktmanagerin bei der Sonnwend
Krankenversicherung" zitieren. Bitte schicken Sie mir die Zitate vorab zur
Freigabe.

Mit freundlichen Grüßen
Imke Terhorst
"""
    return message(114, S("Imke Terhorst", "imke.terhorst"), [("Sandra Köhler", "redaktion@muensterland-magazin.example")],
                   "AW: Anfrage Verbraucherbeitrag Zahnzusatzversicherung",
                   date(2024, 5, 8, 14, 10, 26), text(body), cc=[("Sonnwend Presse", "presse@" + INS)])


@mail("CONFIDENTIAL", "en", "insurer-to-prospect",
      "confirmation that a prospect's lead data were deleted, repeating his birth date and address")
def m115():
    body = """Dear Mr Eze,

as requested on the phone today, we have deleted all data we held about
you. These were the data we received from ExpatCover on 5 September 2024
(lead EC-24-10077):

  name, date of birth (5 June 1990), address (Schönhauser Allee 98,
  10439 Berlin), phone number, e-mail address and your interest in
  dental and hospital supplements,
  plus the note of our call on 6 September 2024.

You had not started an application, so we hold no health information and
no contract data. Only this confirmation and a deletion log entry (without
your data) are kept for 3 years as proof of deletion.

If you contact ExpatCover again, they may pass on a new request - you can
object to this directly with them.

Kind regards
Marco Ferreira
Customer Service (English desk)
Sonnwend Krankenversicherung AG
"""
    return message(115, FERREIRA, [("Chidi Eze", "chidi.eze@netzpost.example")],
                   "Deletion of your data - confirmation", date(2024, 9, 30, 16, 40, 33), text(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
      "underwriting query to a named applicant about astigmatism and suspected keratoconus")
def m116():
    body = """Dear Ms Mensah,

thank you for your application for SehKlar (application no. AN-25-0011904).

In question 5 you answered "yes" and wrote: "high astigmatism, eye doctor
mentioned possible keratoconus, check-up in spring". Before we can decide,
we need a short report from your ophthalmologist with:

  - your current refraction values (both eyes),
  - whether keratoconus has been diagnosed or ruled out,
  - any planned treatment (e.g. corneal cross-linking).

You can ask your ophthalmologist to fill in the enclosed form or simply send
us a copy of the last findings. The costs of the report (usually EUR 15-25)
will be reimbursed by us.

Please send the documents by 15 March 2025 via the secure upload:
https://upload.sonnwend-kv.example/AN-25-0011904

If keratoconus is confirmed, we can usually still offer SehKlar, but
without the laser surgery benefit.

Kind regards
Leonie Haberkorn
Underwriting Supplementary Health
"""
    return message(116, HABERKORN, [("Grace Mensah", "grace.mensah@webmail.example")],
                   "Your application SehKlar AN-25-0011904 - question about your eyes",
                   date(2025, 2, 13, 11, 2, 59), text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "mixed", "internal",
      "trap: German/English sprint summary of the application team (health-question tickets), no person")
def m117():
    body = """Sprint 24-19 Review – Team Antrag Online (kurz & schmerzlos)

Done:
- FF-20955 NaturPlus step 5 performance fix (p95 2.8s -> 0.9s)
- HQ2 mit Zahnschema-Picker (FDI) statt Freitext, behind feature flag
- "Why do we ask?"-Infobox bei den Gesundheitsfragen (Copy von Marketing)
- a11y: Screenreader liest jetzt die Ja/Nein-Buttons korrekt vor

Not done / carried over:
- BiPRO mapping for pool 70-20001 (blocked, waiting for the pool)
- Löschroutine abgebrochene Anträge 30 Tage (DS-Jour-fixe TOP 1) –
  needs a decision on the 7-day rule for health answers

Metrics:
- Abbruchquote step "health questions": 21.4 % (prev. sprint 23.0 %)
- STP rate dental: 86 %

Demo recording im Teams-Kanal. Retro Thursday, 10:00 – bring snacks.

Sam & Piotr
"""
    return message(117, OKAFOR, [("Team Antrag Online", "team-antrag@" + INS)],
                   "Sprint 24-19 review summary", date(2024, 10, 31, 17, 20, 45),
                   text(body, flowed=True, cte="8bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover for a tenancy dispute (rent increase): named customer, rent amount, address")
def m118():
    body = """Sehr geehrte Frau Kötting,

für Ihre Auseinandersetzung mit Ihrer Vermieterin über die
Mieterhöhung bestätigen wir Deckung aus Ihrer Rechtsschutzversicherung
(Vertrag RS-2021-0455023, Baustein Wohnungs-Rechtsschutz Mieter).

  Schadennummer:   RS-S-25-00416
  Mietobjekt:      Wienburgstraße 88, 48147 Münster, 3. OG links
  Streitpunkt:     Mieterhöhungsverlangen vom 12.12.2024 von 940 EUR auf
                   1.081 EUR Kaltmiete (Mietspiegel / Kappungsgrenze)
  Deckungsumfang:  außergerichtliche Vertretung und ggf. 1. Instanz
  Selbstbeteiligung: 150 EUR

Sie haben die Kanzlei Terwort Rechtsanwälte benannt; die Kanzlei kann ihre
Kostenrechnung direkt an uns senden.

Mit freundlichen Grüßen
Sonnwend Allgemeine Versicherung AG
Rechtsschutz-Service
"""
    return message(118, ("Sonnwend Rechtsschutz", "rechtsschutz@" + INS),
                   [("Sandra Kötting", "sandra.koetting@t-post.example")],
                   "Deckungszusage RS-S-25-00416 (Mieterhöhung)", date(2025, 1, 8, 10, 30, 17),
                   text(body, charset="windows-1252", cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
      "body only 'anbei unser Schreiben'; the ODT letter declines a named applicant because of planned disc surgery")
def m119():
    letter = odt([
        "Sonnwend Krankenversicherung AG · Am Sonnwendhof 3 · 48149 Münster",
        "Herrn Norbert Gellenbeck",
        "Im Ortfeld 6",
        "49124 Georgsmarienhütte",
        "Münster, 17.01.2025",
        "# Ihr Antrag auf KlinikKomfort 2 vom 03.01.2025 (AN-25-0002718)",
        "Sehr geehrter Herr Gellenbeck,",
        "vielen Dank für Ihr Interesse an unserem Tarif KlinikKomfort 2. Nach Prüfung Ihrer Angaben "
        "können wir Ihren Antrag leider nicht annehmen.",
        "Sie haben angegeben, dass Ihnen wegen eines Bandscheibenvorfalls L4/L5 mit Nervenwurzelreizung "
        "(M51.1) eine operative Behandlung angeraten wurde und ein Vorstellungstermin in der "
        "Neurochirurgie im Februar 2025 vereinbart ist. Eine bereits angeratene stationäre Behandlung "
        "ist nicht versicherbar; ein Ausschluss nur dieser Behandlung ist nach unseren Annahmerichtlinien "
        "bei Wirbelsäulenerkrankungen nicht möglich.",
        "Gern prüfen wir einen neuen Antrag, wenn die Behandlung abgeschlossen ist und Sie zwölf Monate "
        "beschwerdefrei sind.",
        "Ihre Angaben zur Gesundheit speichern wir nur so lange, wie es für die Nachweisführung nötig ist "
        "(drei Jahre), und verwenden sie nicht für andere Zwecke.",
        "Mit freundlichen Grüßen",
        "Tobias Wendling, Risikoprüfung",
    ])
    body = """Sehr geehrter Herr Gellenbeck,

anbei unser Schreiben zu Ihrem Antrag. Das Original erhalten Sie zusätzlich
per Post.

Mit freundlichen Grüßen
Sonnwend Krankenversicherung AG
"""
    root = multipart("mixed", [text(body),
                               attach(letter, "application/vnd.oasis.opendocument.text",
                                      "Schreiben_AN-25-0002718.odt")], bnd(119))
    return message(119, WENDLING, [("Norbert Gellenbeck", "n.gellenbeck@freenet-mail.example")],
                   "Ihr Antrag AN-25-0002718", date(2025, 1, 17, 13, 5, 44), root)


@mail("NORMAL", "de", "newsletter",
      "trap: 'test winner' announcement about the dental tariff (multipart/alternative), no person")
def m120():
    plain = """Sonnwend Partner-News

ZahnPlus 90 ist Testsieger bei Tarifblick: "sehr gut (0,9)"

Liebe Partnerinnen und Partner,

im aktuellen Vergleich "Zahnzusatzversicherung 2025" von Tarifblick
(240 Tarife, Stand 01/2025) erreicht ZahnPlus 90 die Note 0,9 und Platz 1.
Bewertet wurden u. a. Erstattung bei Implantaten, Leistungsbegrenzung in
den ersten Jahren, Parodontitis, professionelle Zahnreinigung und
Kieferorthopädie für Kinder.

Sie dürfen das Siegel in Ihrer Kundenberatung verwenden - Logo und
Nutzungsbedingungen finden Sie im Maklerportal unter "Vertriebsmaterial".
Bitte beachten Sie die Lizenzbedingungen von Tarifblick (nur mit
Datumsangabe, nicht für andere Tarife).

Ihr Sonnwend Maklerservice
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<p style="color:#888">Sonnwend Partner-News</p>
<h1 style="color:#c46a00">ZahnPlus 90 ist Testsieger bei Tarifblick: &bdquo;sehr gut (0,9)&ldquo;</h1>
<p>Liebe Partnerinnen und Partner,</p>
<p>im aktuellen Vergleich &bdquo;Zahnzusatzversicherung 2025&ldquo; von Tarifblick (240 Tarife, Stand 01/2025)
erreicht <b>ZahnPlus 90</b> die Note <b>0,9</b> und Platz 1.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Kriterium</th><th>Note</th></tr>
<tr><td>Implantate</td><td>0,7</td></tr><tr><td>Leistungsbegrenzung</td><td>1,2</td></tr>
<tr><td>Parodontitis</td><td>0,8</td></tr><tr><td>PZR</td><td>1,0</td></tr>
<tr><td>Kieferorthopädie Kinder</td><td>1,1</td></tr></table>
<p>Sie dürfen das Siegel in Ihrer Kundenberatung verwenden &ndash; Logo und Nutzungsbedingungen im
Maklerportal unter &bdquo;Vertriebsmaterial&ldquo;.</p>
<p>Ihr Sonnwend Maklerservice</p></body></html>
"""
    root = multipart("alternative", [text(plain, charset="iso-8859-1"),
                                     text(html, subtype="html", charset="iso-8859-1")], bnd(120))
    return message(120, ("Sonnwend Partner-News", "partner-update@" + INS), [("", "undisclosed-recipients:;")],
                   "Testsieger: ZahnPlus 90 mit 'sehr gut (0,9)' bei Tarifblick",
                   date(2025, 1, 28, 8, 0), root, extra=[("Precedence", "bulk")])


IB_KULLE = iban("DE", "40069266" + "0004419837")
IB_MARKHAM = iban("GB", "NWBK" + "402715" + "55018230")
IB_HOEKSTRA = iban("NL", "INGB" + "0006618274")
IB_LINDBERG = iban("DE", "40160050" + "0048120997")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "lost-baggage claim: named customer, policy and claim numbers, list of lost belongings and payout")
def m121():
    body = """Dear Ms Grant,

we are sorry that your suitcase did not arrive in Lisbon and was finally
declared lost by the airline on 4 November 2024.

Claim RG-24-004471 under your travel insurance (policy RV-2024-0331290,
Sonnwend Allgemeine Versicherung AG) has been settled as follows:

  Item                                  purchase year   value claimed   time value
  Suitcase (hard shell, 75 cm)          2021            EUR  240.00     EUR 144.00
  Clothing (list of 14 items)           2019-2024       EUR  910.00     EUR 610.00
  Hair dryer, travel adapter            2022            EUR   65.00     EUR  39.00
  Running shoes                         2024            EUR  140.00     EUR 126.00
  ---------------------------------------------------------------------------
  time value total                                                      EUR 919.00
  less compensation paid by the airline (Montreal Convention)          EUR -400.00
  payment                                                               EUR 519.00

The emergency purchases you made on 1 and 2 November (EUR 188.40) had
already been reimbursed by the airline, so we have not included them.

Kind regards
Travel Claims Team
Sonnwend Allgemeine Versicherung AG
"""
    return message(121, ("Sonnwend Reiseversicherung", "reise-schaden@" + INS),
                   [("Olivia Grant", "olivia.grant@email.example")],
                   "Your baggage claim RG-24-004471", date(2024, 11, 27, 14, 9, 31),
                   text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "phone-appointment invitation (ICS) whose description names the customer, her root-canal claim and tooth 26")
def m122():
    desc = ("Call-back: Ms Sophie Lindqvist, +49 176 4410 2287\n"
            "Policy ZV-2024-0061180 (ZahnPlus 90 + SehKlar), claim LA-24-129944\n"
            "Topic: partial refusal of the root canal treatment tooth 26 (GOZ 2410 x3, factor 3.5 without "
            "justification) - explain options: dentist's justification or payment at 2.3\n"
            "Agent: Katrin Poehlmann")
    cal = ics("callback-LA-24-129944@" + INS, "20240924T141500", "20240924T143000",
              "Sonnwend call-back: your dental claim", desc,
              ("Katrin Poehlmann", POEHLMANN[1]), [("Sophie Lindqvist", "sophie.lindqvist@webmail.example")],
              location="Phone")
    body = """Dear Ms Lindqvist,

as agreed with our customer service, I will call you on Tuesday,
24 September, at 14:15 to explain our decision on your recent dental
invoice. The appointment is attached for your calendar.

If the time does not suit you, just reply to this e-mail.

Kind regards
Katrin Pöhlmann
Dental Claims, Sonnwend Krankenversicherung AG
"""
    root = multipart("mixed", [text(body),
                               attach(cal, "text/calendar; charset=utf-8; method=REQUEST", "call-back.ics")],
                     bnd(122))
    return message(122, POEHLMANN, [("Sophie Lindqvist", "sophie.lindqvist@webmail.example")],
                   "Call-back appointment on 24 September", date(2024, 9, 19, 16, 2, 20), root)


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: blank reimbursement claim form (PDF) for naturopath and glasses invoices sent to a broker pool")
def m123():
    pages = [[
        "# Erstattungsantrag Heilpraktiker / Sehhilfen",
        "Sonnwend Krankenversicherung AG · Leistungsservice · Postfach 4711 · 48001 Münster",
        "",
        "Versicherungsnummer: ____________________   Versicherte Person: ______________________________",
        "Geburtsdatum: ____.____.________",
        "",
        "[ ] Heilpraktikerrechnung (Tarif NaturPlus)    [ ] Brille   [ ] Kontaktlinsen   [ ] LASIK (SehKlar)",
        "",
        "Rechnungsdatum: __________   Rechnungsbetrag: __________ EUR   Anzahl Belege: ____",
        "",
        "Handelt es sich um die Folgen eines Unfalls?  [ ] ja  [ ] nein",
        "Wurde die Rechnung bereits bei einem anderen Versicherer eingereicht?  [ ] ja  [ ] nein",
        "",
        "Erstattung auf das für den Beitragseinzug hinterlegte Konto, abweichend:",
        "IBAN: DE__ ____ ____ ____ ____ __   Kontoinhaber/in: ______________________",
        "",
        "Ich versichere die Richtigkeit meiner Angaben.   Datum / Unterschrift: ____________________",
        "",
        "Tipp: Schneller geht es in der Sonnwend-App (Foto der Rechnung genügt).",
        "Formular EA-HS 03/2024",
    ]]
    body = """Hallo Frau Brune,

wie gestern am Telefon besprochen: anbei das aktuelle Blankoformular
"Erstattungsantrag Heilpraktiker / Sehhilfen" (Stand 03/2024) für Ihre
Formularsammlung im Pool-Extranet. Das alte Formular EA-HS 01/2022 bitte
entfernen, es enthält noch die alte Postfachadresse.

Viele Grüße
Nadine Sauerland
Maklerservice
"""
    root = multipart("mixed", [text(body),
                               attach(pdf(pages, title="Erstattungsantrag EA-HS 03/2024",
                                          created="20240301080000+01'00'"),
                                      "application/pdf", "Erstattungsantrag_EA-HS_03-2024.pdf")], bnd(123))
    return message(123, SAUERLAND, [("Melanie Brune", "antragsservice@pooltrust.example")],
                   "Aktuelles Formular Erstattungsantrag Heilpraktiker/Sehhilfen",
                   date(2024, 4, 11, 10, 20, 10), root)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary claim: named customer, address, police file number, stolen designer glasses listed as property")
def m124():
    body = """Sehr geehrter Herr Rehbein,

wir bestätigen den Eingang Ihrer Schadenmeldung zum Einbruchdiebstahl in
Ihre Wohnung am 21.01.2025 (Hausratversicherung HR-2021-2288104,
Schadennummer HR-S-25-00219).

  Versicherungsort:  Mauritzstraße 33, 48143 Münster
  Polizei:           Strafanzeige PP Münster, Az. 250121-1740-E03
  Gestohlen lt. Ihrer Stehlgutliste:
    - Notebook (2023)                                1.349 EUR
    - Designerbrille mit Etui, Fassung Titan (2022)    640 EUR
    - Goldkette und zwei Ringe (Erbstücke)          ca. 2.800 EUR
    - Bargeld                                          230 EUR
  Schaden an der Wohnungstür (Aufbruchspuren)     Kostenvoranschlag folgt

Für Schmuck und Bargeld gelten die Entschädigungsgrenzen für Wertsachen
(Bargeld bis 1.500 EUR, Schmuck bis 20.000 EUR, sofern nicht im Tresor:
20 % der Versicherungssumme). Bitte senden Sie uns noch Kaufbelege oder
Fotos der Gegenstände; für die Brille genügt auch eine Bestätigung des
Optikers über den Kauf.

Ein Regulierer meldet sich in den nächsten Tagen für einen Termin.

Mit freundlichen Grüßen
Sonnwend Allgemeine Versicherung AG
Schadenservice Sach
"""
    return message(124, ("Sonnwend Schadenservice Sach", "schaden-sach@" + INS),
                   [("Stefan Rehbein", "stefan.rehbein@mailbox.example")],
                   "Ihr Einbruchschaden HR-S-25-00219", date(2025, 1, 23, 11, 45, 2), text(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "suspension of a named customer's dental and hospital supplements while working abroad (health contract)")
def m125():
    body = """Dear Mr Fairbanks,

thank you for letting us know that you will be working in Singapore from
1 April 2025 to 31 March 2027.

As requested, we will convert your supplementary health insurance
(policy ZV-2022-0155821, ZahnPlus 90 and KlinikKomfort) into a so-called
"Anwartschaftsversicherung" (suspension with preserved rights) for this
period:

  suspension from:      1 April 2025
  monthly contribution: EUR 8.40 instead of EUR 46.70
  during suspension:    no benefits; treatment abroad is not covered
  after your return:    full cover again without new health questions
                        and without new waiting periods, with your
                        original entry age

Please tell us your return date at least one month in advance. If you
stay abroad longer, the suspension can be extended up to a total of
5 years.

Kind regards
Marco Ferreira
Customer Service (English desk)
Sonnwend Krankenversicherung AG
"""
    return message(125, FERREIRA, [("Tom Fairbanks", "tom.fairbanks@netzpost.example")],
                   "Your policy ZV-2022-0155821 during your stay in Singapore",
                   date(2025, 3, 3, 9, 12, 0), text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "en", "internal",
      "trap: notes of a quarterly review with an expat comparison portal (volumes, SLAs), no person")
def m126():
    body = """Notes - Quarterly business review ExpatCover / Sonnwend, 14 Nov 2024 (video)

Participants: ExpatCover (partner manager, head of product), Sonnwend (Jana
Mikulic, Marco Ferreira, Felix Brandhorst)

1. Volumes Q3
   - 212 applications (Q2: 174), 61 % dental, 39 % hospital
   - manual underwriting 12 % (higher than German portals - more
     applicants with treatment started abroad)
   - leads without application: 1,480; callback reach rate 41 %

2. Service levels
   - English policy documents within 5 working days: met in 93 % of cases
   - complaint in Q2 about a German-only letter was discussed; fix: all
     claims letters now generated in the correspondence language

3. Product
   - ExpatCover asks for a "no health questions" dental product for
     newcomers -> ZahnStart is available, but portal shows it only in German
   - request to display waiting periods more prominently -> agreed, ExpatCover
     will add a tooltip "waiting period / benefit limits in year 1-4"

4. Data protection
   - status feedback to the portal stays limited to ACCEPTED / DECLINED /
     PENDING, no reasons (confirmed again)

Next QBR: February 2025. Notes: J. Mikulic
"""
    return message(126, MIKULIC, [BRANDHORST, FERREIRA], "Notes QBR ExpatCover 14 Nov",
                   date(2024, 11, 15, 10, 2, 19), text(body, charset="utf-8", cte="7bit"))


@mail("CONFIDENTIAL", "en", "internal",
      "bank's return-debit notice (forwarded message/rfc822) for a household policy: name, IBAN, amount")
def m127():
    inner_body = f"""RETURN DEBIT NOTIFICATION (R-transaction)

Creditor:            Sonnwend Allgemeine Versicherung AG
Creditor ID:         DE88ZZZ00000129044
Mandate reference:   SW-HR-2023-4471190-01
Debtor:              Jonas Lindberg
Debtor IBAN:         {IB_LINDBERG}
Amount:              EUR 142.08 (annual premium household HR-2023-4471190)
Collection date:     2025-01-02
Return reason:       MD06 - refund request by debtor (disputed within 8 weeks)
"""
    inner = message(9127, ("Hausbank Zahlungsverkehr", "sepa-returns@hausbank-muenster.example"),
                    [("Sonnwend Beitragsservice", "beitragsservice@" + INS)],
                    "R-Transaktion SW-HR-2023-4471190-01", date(2025, 1, 20, 6, 12, 0),
                    text(inner_body, charset="us-ascii", cte="7bit"),
                    msgid="<rtx.20250120.0061244@hausbank-muenster.example>")
    body = """Hi Marco,

one for the English desk: Mr Lindberg disputed the annual direct debit for
his household insurance (bank notice attached). Could you please contact
him and ask whether he wants to cancel or just pay monthly? If we don't
hear from him within two weeks, the standard dunning process starts.

Thanks
Premium Accounts
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               rfc822(inner, filename="R-Transaktion_SW-HR-2023-4471190-01.eml")], bnd(127))
    return message(127, ("Sonnwend Beitragsservice", "beitragsservice@" + INS), [FERREIRA],
                   "FW: return debit household HR-2023-4471190 (Lindberg)", date(2025, 1, 20, 9, 40, 5), root)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: penetration-test scope for the online application and portals, fictitious test accounts only")
def m128():
    body = """Hello Ms Nakamura,

as agreed in the kick-off, here is the scope for the penetration test of
our online sales platform (order PO-2025-00102), 17-28 March 2025:

In scope
- https://antrag.sonnwend-kv.example (online application incl. health
  question step and document upload)
- https://makler.sonnwend-kv.example (broker portal, roles: firm admin,
  broker, back office)
- https://postfach.sonnwend-kv.example (customer secure mailbox, password
  reset with security question)
- portal API v3.2 (https://api.sonnwend-kv.example/v3), sandbox credentials
  separately

Out of scope
- denial of service, social engineering of staff, physical tests
- production data: please use only the test tenants; accounts TEST-PT-01 to
  TEST-PT-12 will be created with fictitious personas ("Max/Erika
  Mustermann") - do not create accounts with real names

Reporting
- critical findings immediately to it-security@sonnwend-kv.example and by
  phone to the on-call number in the rules of engagement
- final report encrypted (PGP key attached to the contract)

Kind regards
Piotr Nowak-Steffens
IT Operations / Security, Sonnwend Krankenversicherung AG
"""
    return message(128, NOWAK, [("Yuki Nakamura", "y.nakamura@redshift-security.example")],
                   "Pentest March 2025 - scope and rules (PO-2025-00102)", date(2025, 2, 25, 11, 58, 33),
                   text(body, charset="us-ascii", cte="7bit"), cc=[("IT Security", "it-security@" + INS)])


@mail("NORMAL", "en", "internal",
      "trap: ZIP with synthetic test cases (CSV) for the underwriting rules engine, personas marked fictitious")
def m129():
    csv = """case_id;persona;birth_date;tariff;hq1_inpatient;hq2_missing_teeth;hq3_treatment;hq4_meds;hq5_eyes;expected_path;expected_result
T-001;Testperson 01 (fiktiv);1980-01-01;ZAHNPLUS_90;n;0;n;n;n;STP;ACCEPT
T-002;Testperson 02 (fiktiv);1975-06-15;ZAHNPLUS_90;n;2 (36,46);n;n;n;STP;ACCEPT_EXCL_TEETH
T-003;Testperson 03 (fiktiv);1990-03-03;ZAHNPLUS_70;n;0;y (HKP crown);n;n;MANUAL;DECLINE_OR_EXCL
T-004;Testperson 04 (fiktiv);1962-11-30;KLINIK_1;y (appendectomy 2021);-;-;y (ramipril);-;MANUAL;ACCEPT_SURCHARGE_0-15
T-005;Testperson 05 (fiktiv);1958-02-28;KLINIK_2;y (hip replacement 2023);-;-;n;-;MANUAL;REFER_PHYSICIAN
T-006;Testperson 06 (fiktiv);2001-09-09;SEHKLAR;-;-;-;-;y (-9.5 dpt);MANUAL;ACCEPT_NO_LASIK
T-007;Testperson 07 (fiktiv);1985-12-24;NATURPLUS;n;-;-;n;-;STP;ACCEPT
"""
    readme = """Synthetic test cases for rules engine release 2025.1
All personas are fictitious. Birth dates are chosen to hit the age bands
(entry age 18/21/30/40/50/60/65). Do not replace them with production data.
Run: ./rules-test --cases uw_cases_2025_1.csv --tariffs tariffs_2025.json
"""
    z = zipfile_bytes([("uw-testcases/uw_cases_2025_1.csv", csv), ("uw-testcases/README.txt", readme)],
                      when=(2025, 1, 9, 15, 0, 0))
    body = """Leonie, Tobias,

attached are the synthetic test cases for the new rules engine release
(2025.1). Could you check the column "expected_result" against your
underwriting guidelines, especially T-004 and T-005? We want to freeze the
set by next Friday.

All personas are fictitious - no production data in there.

Sam
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(z, "application/zip", "uw-testcases-2025.1.zip")], bnd(129))
    return message(129, OKAFOR, [HABERKORN, WENDLING], "Rules engine 2025.1 - synthetic test cases for review",
                   date(2025, 1, 9, 15, 22, 47), root)


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "answer to a tax office: commission paid to a named sole-trader broker per year, his address and IBAN")
def m130():
    body = f"""Finanzamt Münster-Innenstadt
Außenprüfung / Betriebsprüfung
z. Hd. Frau Bergmann

Ihr Auskunftsersuchen nach § 93 AO vom 03.02.2025, Steuernummer 337/5120/4418
Betreff: Rainer Kulle, Overbergstraße 9, 48145 Münster

Sehr geehrte Frau Bergmann,

zu Ihrem Auskunftsersuchen teilen wir Ihnen mit, dass wir an Herrn Rainer
Kulle (Vermittlernummer 70-31276) folgende Courtagen gezahlt haben:

  Kalenderjahr   Abschlusscourtage   Bestandscourtage   Summe
  2022           14.812,40 EUR        3.904,15 EUR      18.716,55 EUR
  2023           11.377,90 EUR        4.118,62 EUR      15.496,52 EUR
  2024            2.106,00 EUR        1.022,80 EUR       3.128,80 EUR

Die Zahlungen erfolgten ausschließlich auf das Konto
IBAN {grp(IB_KULLE)} (Kontoinhaber: Rainer Kulle).

Die Courtagen sind nach § 4 Nr. 11 UStG umsatzsteuerfrei. Weitere
Unterlagen (Courtagevereinbarung, Abrechnungen) stellen wir Ihnen auf
Anforderung gern zur Verfügung.

Mit freundlichen Grüßen
Sonnwend Krankenversicherung AG
Provisionsbuchhaltung
i. A. Sabine Ortmann
"""
    return message(130, ("Provisionsbuchhaltung", "provision@" + INS),
                   [("Finanzamt Münster-Innenstadt", "poststelle-ms-innenstadt@finanzamt-nrw.example")],
                   "Ihr Auskunftsersuchen vom 03.02.2025 – StNr. 337/5120/4418",
                   date(2025, 2, 14, 10, 12, 3), text(body))


@mail("NORMAL", "de", "internal",
      "trap: team lunch invitation (ordinary office mail)")
def m131():
    body = """Hallo ihr Lieben,

nach dem Quartalsabschluss haben wir uns was verdient: Teamessen am
Donnerstag, 16.01., 12:30 Uhr im "Pinkus" am Kuhviertel. Ich habe für 11
Personen reserivert. Wer nicht kann, bitte bis Dienstag Bescheid geben.

Die Hotline ist in der Zeit über Team Klinik abgedeckt (danke, Yusuf!).

Zahlen tut jeder selbst, die Getränke gehen aufs Teambudget.

Bis dann
Katrin
"""
    return message(131, POEHLMANN, [("Team Leistung Zahn", "leistung-zahn-team@" + INS)],
                   "Teamessen 16.01. 🍽", date(2025, 1, 10, 13, 5, 22), text(body, cte="8bit"))


@mail("CONFIDENTIAL", "en", "internal",
      "working-student contract data: name, birth date, hourly wage, enrolment")
def m132():
    body = """Hi Sam,

the contract for your new working student is ready for signature. Please
check the details:

  Name:                 Ana Petrović
  Date of birth:        14 February 2002
  Enrolment:            University of Münster, M.Sc. Information Systems,
                        student ID confirmed for summer term 2025
  Start / end:          1 April 2025 - 31 March 2026
  Hours:                18 h/week during the semester, up to 38 h in breaks
  Hourly wage:          EUR 15.50
  Social security:      working student privilege (Werkstudentenprivileg),
                        pension insurance only

She must send the enrolment certificate for each new semester, otherwise
payroll has to stop. Could you please sign by Friday and return it to me?

Thanks,
Birgit
"""
    return message(132, REIMER, [OKAFOR], "Working student contract - Ana P. (start 1 April)",
                   date(2025, 3, 12, 10, 0, 18), text(body))


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: announcement of a new security question for the broker portal password reset")
def m133():
    body = """Sehr geehrte Partnerinnen und Partner,

zum 15.04.2024 stellen wir die Passwort-Zurücksetzung im Maklerportal um:

- Nach dem Klick auf "Passwort vergessen" erhalten Sie wie bisher einen
  Link per E-Mail.
- Neu: Anschließend beantworten Sie Ihre Sicherheitsfrage. Bitte legen Sie
  diese bis zum 15.04. unter "Mein Profil > Sicherheit" fest.
- Ohne Sicherheitsfrage ist eine Zurücksetzung nur noch über die
  Makleradministration Ihrer Firma bzw. unseren Maklerservice möglich.

Bitte wählen Sie keine Antworten, die sich leicht herausfinden lassen
(z. B. Geburtsort oder Name des Haustiers aus sozialen Netzwerken).

Hintergrund sind die gestiegenen Anforderungen an den Schutz der
Gesundheitsdaten Ihrer Kundinnen und Kunden, auf die Sie mit
Bestandsrechten zugreifen können.

Mit freundlichen Grüßen
Ihr Sonnwend Maklerservice
"""
    return message(133, MAKLER, [("", "undisclosed-recipients:;")],
                   "Maklerportal: neue Sicherheitsfrage ab 15.04.2024", date(2024, 3, 20, 8, 0, 0),
                   text(body))


@mail("NORMAL", "en", "newsletter",
      "trap: HTML-only expat newsletter explaining dental care and waiting periods in Germany, no person")
def m134():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sonnwend Expat Letter</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;max-width:620px;margin:auto">
<p style="font-size:11px;color:#999">Sonnwend Expat Letter &middot; Spring 2025</p>
<h1>Going to the dentist in Germany &ndash; a short guide</h1>
<p>Hello,</p>
<p>new to Germany? Here is what you should know before your first dental appointment:</p>
<h3>1. What statutory health insurance pays</h3>
<p>Check-ups twice a year, simple fillings and a fixed subsidy (&bdquo;Festzuschuss&ldquo;) for crowns and bridges.
Professional cleaning, implants and ceramic inlays are usually <b>not</b> covered.</p>
<h3>2. The &bdquo;Heil- und Kostenplan&ldquo;</h3>
<p>For larger treatments your dentist writes a treatment and cost plan. Send it to us <i>before</i> treatment and
we tell you how much we pay.</p>
<h3>3. Waiting periods and benefit limits</h3>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Tariff</th><th>Waiting period for crowns/implants</th><th>Limit in year 1</th></tr>
<tr><td>ZahnStart</td><td>none</td><td>EUR 500</td></tr>
<tr><td>ZahnPlus 70 / 90</td><td>8 months</td><td>EUR 1,000</td></tr>
</table>
<p>After an accident there is no waiting period and no limit.</p>
<h3>4. Emergency</h3>
<p>At night and on weekends call the dental emergency service (Zahnärztlicher Notdienst) &ndash; the number of
your city is on our website.</p>
<p>Questions? Our English desk answers Monday to Friday, 9&ndash;17: +49 251 9770-455.</p>
<p style="font-size:10px;color:#999">You receive this letter because you subscribed on sonnwend-kv.example.
<a href="https://www.sonnwend-kv.example/en/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return message(134, ("Sonnwend Expat Letter", "newsletter@" + INS), [("", "expat-letter@" + INS)],
                   "Going to the dentist in Germany - a short guide", date(2025, 3, 18, 7, 30, 0),
                   text(html, subtype="html", cte="base64"), extra=[("Precedence", "bulk")])


@mail("CONFIDENTIAL", "en", "insurer-to-supplier",
      "keynote speaker's fee and expenses paid to her private account: name, home address, UK IBAN")
def m135():
    body = f"""Dear Dr Markham,

thank you again for your excellent keynote at our broker conference
"Zukunft Zusatzversicherung" in Münster on 20 March.

We have processed your invoice HM-2025-007 and will transfer the amount
within 10 days:

  speaker fee (net)                      EUR 2,500.00
  flight London-Dortmund (economy)        EUR   312.40
  train Dortmund-Münster                  EUR    24.90
  total                                   EUR 2,837.30

  payee:      Dr Helen Markham
  address:    27 Aldridge Road Villas, London W11 1BN, United Kingdom
  IBAN:       {grp(IB_MARKHAM)}

The fee is subject to the reverse-charge procedure; German withholding tax
for foreign speakers (section 50a EStG) has been applied at 15.825 % on the
fee, as explained in our speaker agreement - the certificate will follow.

Kind regards
Carla Jessen
Marketing & Events, Sonnwend Krankenversicherung AG
"""
    return message(135, JESSEN, [("Dr Helen Markham", "helen@markham-insights.example")],
                   "Your invoice HM-2025-007 - payment", date(2025, 3, 26, 13, 40, 0), text(body))


@mail("NORMAL", "de", "internal",
      "trap: data-protection memo forbidding diagnoses in CRM free-text fields, no person")
def m136():
    body = """An alle Mitarbeitenden im Kundenservice, Maklerservice und Vertrieb

Rundschreiben Datenschutz 2/2024: Keine Gesundheitsangaben in Freitextfeldern

Bei einer Stichprobe im CRM haben wir in 3,2 % der Kontaktnotizen Angaben
wie "Kundin hat Krebs", "Diabetiker", "Zahn 36 gezogen" oder
Medikamentennamen gefunden. Diese Notizfelder sind für viele
Mitarbeitende und für Makler mit Bestandsrechten sichtbar und nicht für
Gesundheitsdaten vorgesehen.

Ab sofort gilt:
1. Gesundheitsangaben gehören ausschließlich in die Antrags- bzw.
   Leistungsakte (geschützte Bereiche mit Rollenrechten).
2. In Kontaktnotizen nur neutrale Formulierungen: "Rückfrage zu
   Leistungsfall LA-…", "Antragsrückfrage beantwortet".
3. Bestehende Notizen mit Gesundheitsangaben werden bis 30.06. durch das
   Projekt "CRM-Clean" bereinigt – bitte keine eigenen Löschaktionen.
4. Telefonnotizen mit Gesundheitsbezug: Vorlage "Leistungsnotiz" verwenden.

Fragen an datenschutz@sonnwend-kv.example.

Dr. Ulrike Vahlenkamp
Datenschutzbeauftragte
"""
    return message(136, VAHLENKAMP, [("Kundenservice/Maklerservice/Vertrieb", "rundschreiben-ks-ms-vt@" + INS)],
                   "Rundschreiben Datenschutz 2/2024: keine Gesundheitsangaben in CRM-Notizen",
                   date(2024, 4, 29, 9, 30, 0), text(body, cte="quoted-printable"))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: draft optician-network framework contract (ODT) with a company, no customer data")
def m137():
    contract = odt([
        "# Rahmenvereinbarung Optiker-Netzwerk SehKlar (Entwurf 0.3)",
        "zwischen der Sonnwend Krankenversicherung AG, Am Sonnwendhof 3, 48149 Münster, und der "
        "Optik Rensing GmbH, Salzstraße 21, 48143 Münster (\"Partner\")",
        "§ 1 Gegenstand: Der Partner gewährt Versicherten im Tarif SehKlar 10 % Nachlass auf Brillenfassungen "
        "und Gläser sowie einen kostenlosen Sehtest.",
        "§ 2 Direktabrechnung: Der Partner kann den tariflichen Erstattungsbetrag (derzeit 150 EUR) bei Vorlage "
        "einer Abtretungserklärung direkt mit Sonnwend abrechnen.",
        "§ 3 Datenschutz: Der Partner übermittelt nur die für die Abrechnung erforderlichen Daten "
        "(Rechnung, Refraktionswerte, Abtretung). Befunde aus Serviceleistungen (z. B. Augeninnendruck) "
        "werden nicht an Sonnwend übermittelt.",
        "§ 4 Laufzeit: 2 Jahre, Verlängerung um jeweils 1 Jahr.",
        "Anlage 1: Preisliste Gläser (folgt), Anlage 2: Muster Abtretungserklärung",
    ])
    body = """Sehr geehrter Herr Rensing,

anbei unser Entwurf der Rahmenvereinbarung für das Optiker-Netzwerk. In
§ 3 haben wir aufgenommen, was wir am Telefon besprochen haben: Befunde
aus Ihren Serviceleistungen (Augeninnendruck etc.) bitte nicht an uns
schicken – die brauchen wir nicht und dürfen sie auch nicht haben.

Ich freue mich auf Ihre Anmerkungen bis Ende Februar.

Mit freundlichen Grüßen
Franziska Aumüller
"""
    root = multipart("mixed", [text(body),
                               attach(contract, "application/vnd.oasis.opendocument.text",
                                      "Rahmenvereinbarung_Optikernetz_Entwurf_0.3.odt")], bnd(137))
    return message(137, AUMUELLER, [("Hendrik Rensing", "h.rensing@optik-rensing.example")],
                   "Entwurf Rahmenvereinbarung Optiker-Netzwerk", date(2025, 2, 4, 15, 11, 9), root,
                   cc=[("Recht", "recht@" + INS)])


@mail("CONFIDENTIAL", "en", "internal",
      "draft employment reference for a named former employee: birth date, employment dates, performance rating")
def m138():
    body = """Hi Marco,

Megan asked for her reference letter (Arbeitszeugnis) before she leaves on
31 May. As her team lead, could you check my draft of the key facts and the
performance rating? The final letter will be in German, as usual.

  Megan Doyle, born 22 August 1994 in Cork, Ireland
  employed 1 March 2021 - 31 May 2025
  Customer Service Supplementary Health, English desk (from 2023 deputy
  team lead, 30 h/week)
  rating draft: "stets zu unserer vollsten Zufriedenheit" (= very good)
  leaving at her own request (moving back to Ireland)

Is "very good" OK for you? The last appraisal (Nov 2024) says "exceeds
expectations" in all categories except "documentation" (meets).

Please don't forward - just reply to me.

Thanks
Birgit
"""
    return message(138, REIMER, [FERREIRA], "Reference letter Megan D. - please check",
                   date(2025, 4, 14, 11, 25, 50), text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "mixed", "internal",
      "trap: bilingual out-of-office reply mentioning claims and health questions, no person")
def m139():
    body = """Vielen Dank für Ihre Nachricht. Ich bin bis 21.04.2025 im Urlaub.
Thank you for your message. I am on leave until 21 April 2025.

Englischsprachige Kundenanfragen, Erstattungen und Fragen zu
Gesundheitsangaben im Antrag: english-desk@sonnwend-kv.example
English-speaking customers, claims and questions about health questions in
the application: english-desk@sonnwend-kv.example

Bitte senden Sie keine Rechnungen oder Befunde an diese Adresse.
Please do not send invoices or medical reports to this address.

Marco Ferreira
"""
    return message(139, FERREIRA, [("", "kundenportal-noreply@" + INS)],
                   "Abwesend / Out of office: Re: Neue Kundennachricht", date(2025, 4, 8, 9, 3, 12),
                   text(body, cte="quoted-printable"), extra=[("Auto-Submitted", "auto-replied")])


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: answers to a reinsurer's underwriting-guidelines questionnaire, process and statistics only")
def m140():
    body = """Dear Ms Lindqvist-Hahn,

please find below our answers to your underwriting questionnaire for the
2025 renewal of QS-SUPP-2022.

1. Health questions used (dental / hospital)?
   Dental: 3 questions, look-back 3 years (missing teeth, recommended or
   ongoing treatment, periodontitis). Hospital: 4 questions, look-back
   5 years for inpatient stays, 3 years for outpatient treatment and
   regular medication.

2. Share of straight-through processing?
   Dental 86 %, hospital 71 % (2024). Manual cases are decided by trained
   underwriters; cases above defined thresholds go to our company physician.

3. Use of exclusions vs. surcharges?
   Dental: exclusions for missing teeth and recommended treatment, no
   surcharges. Hospital: surcharges 10-50 % for defined conditions, decline
   for e.g. planned surgery or severe cardiovascular disease.

4. Verification of disclosures?
   Retrospective check of all dental claims > EUR 1,000 in the first two
   policy years (HKP date vs. application date). 2024: 214 checks,
   23 withdrawals under section 19 VVG.

5. Changes planned for 2025?
   Possibly no surcharge for well-controlled hypertension (under review).

The current underwriting manual (version 7.2) will be made available in
the data room; it contains no individual cases.

Kind regards
Tobias Wendling
Head of Underwriting Supplementary Health
"""
    return message(140, WENDLING, [("Karin Lindqvist-Hahn", "k.lindqvist-hahn@nordkap-re.example")],
                   "QS-SUPP-2022 renewal - underwriting questionnaire", date(2024, 11, 18, 14, 30, 3),
                   text(body, charset="us-ascii", cte="7bit"), cc=[S("Mats Ellerbrock", "mats.ellerbrock")])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "pet insurance: named customer's cat treated for urinary tract disease, vet invoice PDF (animal health)")
def m141():
    inv = pdf([[
        "# Tierarztpraxis Am Aasee - Dr. med. vet. Jana Wolters",
        "Rechnung 2025-0412 vom 03.03.2025",
        "Tierhalterin: Rebecca Stone, Von-Esmarch-Straße 12, 48149 Münster",
        "Patient: Katze 'Miso', EKH, weiblich kastriert, 6 Jahre, Chip 276098100447129",
        "Diagnose: Feline idiopathische Zystitis (FLUTD), Harngries",
        "GOT 2-fach: Allgemeinuntersuchung 47,10 / Urinuntersuchung 38,20 / Sonographie Harnblase 64,76",
        "Medikamente: Meloxicam 0,5 mg/ml, Spezialfutter Urinary (nicht versichert) 39,90",
        "Gesamt 219,61 EUR (inkl. 19 % USt)",
    ]], title="Rechnung 2025-0412", author="Tierarztpraxis Am Aasee")
    body = """Dear Ms Stone,

thank you for submitting the vet invoice for Miso (attached for your
records with our notes). Under your pet health insurance TierKomfort
(policy TK-2023-0019822, Sonnwend Allgemeine Versicherung AG) we will
reimburse EUR 143.97:

  invoice                                EUR 219.61
  special diet food (not covered)        EUR -39.90
  covered amount                         EUR 179.71
  excess 20 %                            EUR -35.74
  payment                                EUR 143.97

We hope Miso is feeling better soon.

Kind regards
Pet Insurance Service
Sonnwend Allgemeine Versicherung AG
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(inv, "application/pdf", "vet_invoice_2025-0412.pdf")], bnd(141))
    return message(141, ("Sonnwend Tierversicherung", "tierversicherung@" + INS),
                   [("Rebecca Stone", "rebecca.stone@kabelmail.example")],
                   "Your pet claim for Miso - TK-2023-0019822", date(2025, 3, 11, 15, 7, 45), root)


@mail("NORMAL", "mixed", "insurer-to-broker",
      "trap: German/English reminder with webinar slides link (underwriting of missing teeth), no person")
def m142():
    body = """Liebe Partnerinnen und Partner, dear partners,

vielen Dank für die rege Teilnahme an unseren Webinaren "Gesundheitsfragen
richtig stellen" (DE, 24.09.) und "Underwriting dental supplements" (EN,
26.09.) – thank you for joining!

Die Folien und die Aufzeichnung finden Sie hier / slides and recording:
https://partner.sonnwend-kv.example/webinare/2024-09

Die häufigsten Fragen / top questions:
- Fehlender Zahn + geplantes Implantat? -> Ausschluss bleibt, auch nach
  Implantation keine Leistung für diesen Zahn. / The excluded tooth stays
  excluded, even after the implant.
- Kinder mit Zahnspange? -> KFO begonnen = nicht versicherbar, Geschwister
  ohne Befund schon. / Orthodontics already started cannot be insured.
- Weisheitszähne zählen nicht als fehlende Zähne. / Wisdom teeth do not
  count as missing teeth.

Bis bald / see you soon
Ihr Sonnwend Maklerservice / Sonnwend Broker Service
"""
    return message(142, MAKLER, [("", "undisclosed-recipients:;")],
                   "Webinar-Folien / webinar slides: Gesundheitsfragen & Underwriting",
                   date(2024, 10, 1, 9, 15, 0), text(body, cte="quoted-printable"))


@mail("NORMAL", "de", "internal",
      "trap: invitation to an employee health day (eye test, blood pressure), no person")
def m143():
    body = """Liebe Kolleginnen und Kollegen,

am Mittwoch, 14. Mai 2025, findet unser Gesundheitstag im Foyer Haus A
statt (9–15 Uhr). Angebote:

  • kostenloser Sehtest und Bildschirmarbeitsplatzbrillen-Beratung
    (mit Optik Rensing)
  • Blutdruck- und Blutzuckermessung (betriebsärztlicher Dienst)
  • Rückenscreening und 15-Minuten-Massage
  • Vortrag "Gesunde Zähne im Büroalltag" (11:30 Uhr, Kantine)
  • Obst und Smoothies

Alle Messungen sind freiwillig und anonym; die Ergebnisse erhalten nur Sie
selbst, es wird nichts gespeichert oder an die Personalabteilung
weitergegeben.

Für Massage und Sehtest bitte Slots im Intranet buchen.

Euer BGM-Team
"""
    return message(143, ("BGM-Team", "bgm@" + INS), [("Alle Mitarbeitenden", "alle@" + INS)],
                   "Gesundheitstag 14. Mai – Sehtest, Blutdruck, Rücken", date(2025, 4, 22, 10, 0, 0),
                   text(body, charset="utf-8", cte="8bit"))


@mail("CONFIDENTIAL", "mixed", "insurer-to-broker",
      "German/English commission notice to a Dutch sole-trader broker with his NL IBAN and tax number")
def m144():
    body = f"""Sehr geehrter Herr Hoekstra,
dear Mr Hoekstra,

Ihre Courtage für Februar 2025 wird am 07.03.2025 überwiesen.
Your commission for February 2025 will be paid on 7 March 2025.

  Vermittler / broker:    Pieter Hoekstra (eenmanszaak), Vermittlernr. 70-66018
  Anschrift / address:    Grote Markt 9, 9711 LV Groningen, NL
  Steuernr. / tax no.:    NL btw-id NL001882734B47
  Betrag / amount:        EUR 1,118.40 (Abschluss 3 Verträge / 3 new policies,
                          Bestand / renewal EUR 206.40)
  Konto / account:        {grp(IB_HOEKSTRA)}

Die Einzelaufstellung finden Sie im Maklerportal / the detailed statement
is available in the broker portal.

Mit freundlichen Grüßen / kind regards
Nadine Sauerland
Sonnwend Maklerservice
"""
    return message(144, SAUERLAND, [("Pieter Hoekstra", "pieter@hoekstra-verzekeringen.example")],
                   "Courtage / commission 02/2025 – 70-66018", date(2025, 3, 5, 8, 44, 10), text(body))


@mail("NORMAL", "en", "internal",
      "trap: actuarial summary for the board with loss ratios by age band (ODS), aggregates only")
def m145():
    sheet = [["Tariff", "Age band", "Loss ratio 2022", "Loss ratio 2023", "Loss ratio 2024e", "Trigger 10 %?"],
             ["ZahnPlus 70", "18-39", 0.58, 0.60, 0.61, "no"],
             ["ZahnPlus 70", "40-59", 0.69, 0.70, 0.71, "no"],
             ["ZahnPlus 70", "60+", 0.78, 0.81, 0.83, "no"],
             ["ZahnPlus 90", "18-39", 0.64, 0.66, 0.67, "no"],
             ["ZahnPlus 90", "40-59", 0.72, 0.75, 0.76, "no"],
             ["ZahnPlus 90", "60+", 0.82, 0.87, 0.90, "yes (claims +11.2 %)"],
             ["KlinikKomfort", "all", 0.66, 0.68, 0.69, "no"]]
    o = ods([("LossRatios", sheet)])
    body = """Dear members of the board,

ahead of Monday's meeting, the actuarial summary in one page:

- ZahnPlus 90, age 60+: claims per insured person +11.2 % vs. calculation
  -> the triggering factor for a premium adjustment (section 155 VAG,
  threshold 10 %) is reached for this group. Main driver: implants
  (number of implants per claim, average factor 3.1).
- All other groups within tolerance.
- The reinsurer has asked for a commentary before 21 November.

Options for the board (details in the attached sheet):
 a) premium adjustment ZahnPlus 90 from 1 April 2025 (+7.5 % for 60+ only)
 b) no adjustment, monitor for another year (risk of larger jump in 2026)

The figures are aggregated; no individual cases are shown.

Kind regards
Dr. Ute Bosse
Responsible Actuary
"""
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(o, "application/vnd.oasis.opendocument.spreadsheet",
                                      "Actuarial_summary_LR_2024.ods")], bnd(145))
    return message(145, S("Dr. Ute Bosse", "ute.bosse"), [("Vorstand", "vorstand@" + INS)],
                   "Actuarial summary: loss ratios and triggering factor ZahnPlus 90",
                   date(2024, 11, 8, 17, 45, 11), root)


@mail("CONFIDENTIAL", "de", "internal",
      "bike-leasing salary conversion for a named employee with gross salary and conversion amount")
def m146():
    body = """Hallo Frau Brüning,

für Herrn Henrik Stallbaum (Personalnr. 31188) ist der
Überlassungsvertrag Dienstrad über JobRad eingegangen. Bitte ab der
Abrechnung Mai 2025 berücksichtigen:

  Rad:                    Riese & Müller Charger4, UVP 6.299,00 EUR
  Leasingrate:            147,86 EUR mtl. (36 Monate)
  davon Arbeitgeberzuschuss  40,00 EUR
  Entgeltumwandlung       107,86 EUR mtl.
  geldwerter Vorteil      0,25 % der UVP = 15,75 EUR (abgerundet 15,00 EUR)
  Bruttogehalt lt. Vertrag 5.480,00 EUR (TG 9 + Zulage) -> Mindestlohngrenze ok

Die Vereinbarung zur Entgeltumwandlung hat er unterschrieben (im
Personalakt). Bitte kurz bestätigen, wenn es eingepflegt ist.

Viele Grüße
Birgit Reimer
"""
    return message(146, REIMER, [S("Katja Brüning", "katja.bruening")],
                   "JobRad Personalnr. 31188 – Entgeltumwandlung ab 05/2025",
                   date(2025, 4, 3, 10, 8, 30), text(body, charset="windows-1252", cte="quoted-printable"))


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: renewal of a data-processing agreement with a cloud provider (TOMs, health-data category), no person")
def m147():
    body = """Dear Mr Haugen,

our data-processing agreement (AVV) for the hosting of the online
application platform expires on 31 March 2025. We would like to renew it
with the following changes:

1. Categories of data: unchanged, including special categories under
   Art. 9 GDPR (health data from the application's health questions and
   uploaded invoices). Please confirm that the BSI C5 attestation (Type 2,
   2024) covers the Frankfurt region used by us.
2. Sub-processors: please update Annex 3 - we were informed about the new
   support provider in Lisbon only by newsletter; under clause 8 we need
   30 days' prior written notice.
3. TOMs: encryption at rest with customer-managed keys (already in place)
   should be stated explicitly; the key rotation interval is 90 days.
4. Deletion: confirmation of deletion within 30 days after termination,
   including backups.

Could you send us the updated draft by 28 February? Our DPO,
Dr. Vahlenkamp, is in copy.

Kind regards
Olaf Ruhnke
Purchasing, Sonnwend Krankenversicherung AG
"""
    return message(147, RUHNKE, [("Erlend Haugen", "contracts@nordcloud-hosting.example")],
                   "Renewal of the data-processing agreement (AVV) - online application platform",
                   date(2025, 2, 6, 9, 55, 0), text(body, charset="us-ascii", cte="7bit"), cc=[VAHLENKAMP])


@mail("NORMAL", "en", "internal",
      "trap: out-of-office auto-reply (multipart/alternative) pointing to the portal API contact")
def m148():
    plain = """I'm out of office until 6 January 2025 with limited access to e-mail.

For urgent issues with the online application or the portal API please
contact the IT Digital Sales on-call (ext. 7790) or
it-digital@sonnwend-kv.example. For anything involving customer data,
please do not send examples by e-mail - use the restricted ticket queue.

Happy holidays!
Sam Okafor
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>I'm out of office until <b>6 January 2025</b> with limited access to e-mail.</p>
<p>For urgent issues with the online application or the portal API please contact the IT Digital Sales on-call
(ext. 7790) or <a href="mailto:it-digital@sonnwend-kv.example">it-digital@sonnwend-kv.example</a>.
For anything involving customer data, please do not send examples by e-mail &ndash; use the restricted ticket queue.</p>
<p>Happy holidays!<br>Sam Okafor</p></body></html>
"""
    root = multipart("alternative", [text(plain, charset="us-ascii", cte="7bit"),
                                     text(html, subtype="html", charset="us-ascii", cte="7bit")], bnd(148))
    return message(148, OKAFOR, [HABERKORN], "Automatic reply: rules engine 2025.1 - question on test case T-005",
                   date(2024, 12, 23, 10, 1, 5), root, extra=[("Auto-Submitted", "auto-replied")])


@mail("NORMAL", "en", "internal",
      "trap: forwarded conference registration of an employee (business context, company invoice)")
def m149():
    body = """Hi Jutta,

could you please book the hotel (2 nights, 10-12 June) and the train for
this one? Invoice goes to cost centre 4410. Thanks!
Felix

---------- Forwarded message ----------
From: Health Insurance Distribution Summit <tickets@hids-summit.example>
Date: Tue, 4 Mar 2025 14:02
Subject: Your registration - HIDS 2025 Amsterdam

Dear Felix Brandhorst,

thank you for registering for the Health Insurance Distribution Summit
2025, 10-11 June, RAI Amsterdam.

  Ticket:        Full conference pass (early bird) - HIDS25-EB-03318
  Company:       Sonnwend Krankenversicherung AG
  Workshops:     "Comparison portals and underwriting: friends or foes?"
                 "Digital health questions: reducing drop-off without
                 increasing anti-selection"
  Price:         EUR 1,190.00 net, invoice to the company address

Your badge will be available at the registration desk from 8:00.
We look forward to seeing you in Amsterdam!
"""
    return message(149, BRANDHORST, [S("Jutta Klessmann", "jutta.klessmann")],
                   "FW: Your registration - HIDS 2025 Amsterdam", date(2025, 3, 4, 14, 30, 40),
                   text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "mixed", "insurer-to-broker",
      "trap: German/English mail with a ZIP of product brochures (PDFs) for a broker pool, no person")
def m150():
    b1 = pdf([[
        "# ZahnPlus 70 / 90 - Produktinformation 2025",
        "Zahnersatz 70 % / 90 %, Implantate bis 3 je Kiefer, PZR 80 / 150 EUR jährlich",
        "Wartezeit Zahnersatz 8 Monate, Leistungsbegrenzung Jahr 1-4: 1.000 / 2.000 / 3.000 / 4.000 EUR",
        "Gesundheitsfragen: 3 (fehlende Zähne, angeratene Behandlung, Parodontitis)",
        "Beispielbeitrag 40 Jahre: 16,40 / 24,80 EUR",
    ]], title="ZahnPlus 2025")
    b2 = pdf([[
        "# KlinikKomfort - Product information 2025 (English)",
        "Single or double room, chief physician up to 3.5x GOA, free choice of hospital",
        "General waiting period 3 months (not after accidents)",
        "Health questions: 4 (inpatient stays 5 years, outpatient 3 years, medication, planned surgery)",
        "Example premium age 40: EUR 18.70",
    ]], title="KlinikKomfort 2025 EN")
    b3 = pdf([[
        "# SehKlar & NaturPlus - Produktinformation 2025",
        "SehKlar: 150 EUR alle 2 Jahre für Brille/Kontaktlinsen, LASIK einmalig 1.000 EUR nach 3 Jahren",
        "NaturPlus: Heilpraktiker, Osteopathie, Akupunktur bis 800 EUR/Jahr (ab 01.04.2025)",
    ]], title="SehKlar NaturPlus 2025")
    z = zipfile_bytes([("Sonnwend_Vertriebsmaterial_2025/ZahnPlus_2025.pdf", b1),
                       ("Sonnwend_Vertriebsmaterial_2025/KlinikKomfort_2025_EN.pdf", b2),
                       ("Sonnwend_Vertriebsmaterial_2025/SehKlar_NaturPlus_2025.pdf", b3)],
                      when=(2025, 3, 20, 10, 0, 0))
    body = """Hallo Herr Dörrhoff, hello Siobhan,

anbei das Vertriebsmaterial 2025 als ZIP für Ihre Extranets – please find
attached our 2025 sales material for your extranets (German + English
KlinikKomfort sheet for your expat clients).

Neu / new: NaturPlus mit 800 EUR ab 01.04.2025; ZahnPlus unverändert.

Bitte die alten Dateien von 2024 ersetzen / please replace the 2024 files.

Viele Grüße / best regards
Henrik Stallbaum
"""
    root = multipart("mixed", [text(body),
                               attach(z, "application/zip", "Sonnwend_Vertriebsmaterial_2025.zip")], bnd(150))
    return message(150, STALLBAUM, [("Christoph Dörrhoff", "c.doerrhoff@maklerhaus-nord.example"),
                                    ("Siobhan Farrell", "s.farrell@pooltrust.example")],
                   "Vertriebsmaterial 2025 / sales material 2025", date(2025, 3, 20, 11, 2, 0), root)


# ================================================================ driver

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
# IBAN-like strings that are deliberately wrong (customer typo etc.): none expected
# unless listed here with the mail number.
INVALID_IBAN_OK = {}


def build(outdir):
    mails = sorted(MAILS)
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, label, lang, kind, reason, fn in mails:
        data = fn()
        name = "d%s-%04d.eml" % (NN, n)
        with open(os.path.join(outdir, "mails", name), "wb") as f:
            f.write(data)
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def _leaves(msg):
    """Yield (part, depth-path) of all leaf parts, descending into message/rfc822."""
    if msg.is_multipart():
        for p in msg.get_payload():
            yield from _leaves(p)
    elif msg.get_content_type() == "message/rfc822":
        inner = msg.get_payload()
        inner = inner[0] if isinstance(inner, list) else inner
        yield msg
        yield from _leaves(inner)
    else:
        yield msg


def _check_zip_xml(data, where, errors, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    if bad:
        errors.append("%s: bad zip member %s" % (where, bad))
    names = z.namelist()
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            try:
                minidom.parseString(z.read(nm))
            except Exception as e:   # noqa
                errors.append("%s: %s not well-formed: %s" % (where, nm, e))
    need = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml",
            "odt": "content.xml", "ods": "content.xml"}.get(kind)
    if need and need not in names:
        errors.append("%s: %s missing" % (where, need))
    if kind in ("odt", "ods"):
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            errors.append("%s: ODF mimetype must be first and stored" % where)
    if kind == "zip":
        for nm in names:
            ext = nm.rsplit(".", 1)[-1].lower()
            _check_payload(z.read(nm), ext, "%s!%s" % (where, nm), errors)
    return z


def _check_pdf(data, where, errors):
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        errors.append("%s: not a PDF" % where)
        return
    m = re.search(rb"startxref\n(\d+)\n", data)
    if not m:
        errors.append("%s: no startxref" % where)
        return
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        errors.append("%s: startxref does not point to xref" % where)
        return
    lines = data[xref:].split(b"\n")
    count = int(lines[1].split()[1])
    for i in range(1, count):
        off = int(lines[2 + i][:10])
        if not data[off:].startswith(("%d 0 obj" % i).encode()):
            errors.append("%s: xref entry %d wrong" % (where, i))
    for m in re.finditer(rb"/Length (\d+) >>\nstream\n", data):
        ln = int(m.group(1))
        end = m.end() + ln
        if data[end:end + 9] != b"endstream":
            errors.append("%s: stream length wrong" % where)


def _check_payload(data, ext, where, errors):
    try:
        if ext == "pdf":
            _check_pdf(data, where, errors)
        elif ext in ("docx", "xlsx", "odt", "ods", "zip"):
            _check_zip_xml(data, where, errors, ext)
        elif ext == "ics":
            t = data.decode("utf-8")
            if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
                errors.append("%s: not a calendar" % where)
        elif ext == "json":
            import json
            json.loads(data.decode("utf-8"))
        elif ext in ("csv", "txt", "log"):
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                data.decode("cp1252")
    except Exception as e:   # noqa
        errors.append("%s: cannot open (%s): %s" % (where, ext, e))


ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")


def _texts_of(part, ext):
    data = part.get_payload(decode=True) or b""
    if ext in ("docx", "xlsx", "odt", "ods"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return [re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")) for n in z.namelist()
                if n.endswith(".xml")]
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for n in z.namelist():
            raw = z.read(n)
            try:
                out.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                out.append(raw.decode("cp1252", errors="replace"))
        return out
    if ext == "pdf":
        return [b" ".join(re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", data)).decode("cp1252", "replace")]
    if ext == "ics":
        return [data.decode("utf-8").replace("\r\n ", "")]
    cs = part.get_content_charset() or "utf-8"
    try:
        return [data.decode(cs)]
    except (UnicodeDecodeError, LookupError):
        return [data.decode("cp1252", errors="replace")]


def check():
    errors = []
    if not MAILS or len(MAILS) != 150:
        errors.append("expected 150 mail functions, found %d" % len(MAILS))
    nums = sorted(m[0] for m in MAILS)
    if nums != list(range(1, 151)):
        errors.append("mail numbers are not 1..150")
    # labels.tsv
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f]
    if rows[0] != ["file", "label", "lang", "kind", "reason"]:
        errors.append("labels.tsv header wrong")
    rows = rows[1:]
    if len(rows) != 150:
        errors.append("labels.tsv has %d rows" % len(rows))
    counts, langs = {}, {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("bad row %r" % (r,))
            continue
        f, label, lang, kind, reason = r
        if label not in LABELS:
            errors.append("%s: bad label %s" % (f, label))
        if lang not in LANGS:
            errors.append("%s: bad lang %s" % (f, lang))
        if not re.fullmatch(r"[a-z-]+", kind):
            errors.append("%s: bad kind %s" % (f, kind))
        counts[label] = counts.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        if not os.path.exists(os.path.join(HERE, "mails", f)):
            errors.append("%s missing" % f)
    if counts != EXPECTED:
        errors.append("label counts %r != %r" % (counts, EXPECTED))
    # every mail
    for r in rows:
        f = r[0]
        n = int(f[5:9])
        path = os.path.join(HERE, "mails", f)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if max(len(l) for l in raw.split(b"\n")) > 998:
            errors.append("%s: line longer than 998 bytes" % f)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: header %s missing" % (f, h))
        try:
            frm = msg["From"].addresses[0].addr_spec
            if not frm.endswith("@" + INS):
                errors.append("%s: not sent from the insurer (%s)" % (f, frm))
            for h in ("From", "To", "Cc", "Reply-To"):
                if msg[h] is not None:
                    for a in msg[h].addresses:
                        if not a.domain.endswith(".example"):
                            errors.append("%s: %s domain %s" % (f, h, a.domain))
            str(msg["Subject"])
        except Exception as e:   # noqa
            errors.append("%s: header parse error %s" % (f, e))
        alltext = []
        for part in _leaves(msg):
            ct = part.get_content_type()
            if ct == "message/rfc822":
                continue
            fn = part.get_filename()
            ext = fn.rsplit(".", 1)[-1].lower() if fn and "." in fn else ""
            data = part.get_payload(decode=True)
            if data is None:
                errors.append("%s: undecodable part %s" % (f, ct))
                continue
            if fn:
                _check_payload(data, ext, "%s/%s" % (f, fn), errors)
            if ct.startswith("text/") and not fn:
                cs = part.get_content_charset() or "us-ascii"
                try:
                    data.decode(cs)
                except Exception as e:   # noqa
                    errors.append("%s: text part does not decode as %s: %s" % (f, cs, e))
            try:
                alltext += _texts_of(part, ext)
            except Exception as e:   # noqa
                errors.append("%s: cannot extract text: %s" % (f, e))
        blob = "\n".join(alltext)
        for m in ADDR_RE.finditer(blob):
            if not m.group(1).lower().endswith(".example"):
                errors.append("%s: address domain %s" % (f, m.group(1)))
        for m in URL_RE.finditer(blob):
            if not m.group(1).lower().rstrip(".").endswith(".example"):
                errors.append("%s: url domain %s" % (f, m.group(1)))
        for m in IBAN_RE.finditer(blob):
            cand = m.group(1)
            if cand.replace(" ", "")[4:7] == "ZZZ":      # SEPA creditor identifier, not an IBAN
                continue
            if cand[:2] not in ("DE", "AT", "NL", "IE", "PL", "GB", "FR", "ES", "CH", "LU", "BE"):
                continue
            if not iban_ok(cand) and cand.replace(" ", "") not in INVALID_IBAN_OK.get(n, ()):
                errors.append("%s: IBAN %s fails the checksum" % (f, cand))
    # rebuild byte-identical
    with tempfile.TemporaryDirectory() as tmp:
        build(tmp)
        for name in sorted(os.listdir(os.path.join(tmp, "mails"))) + ["labels.tsv"]:
            a = os.path.join(tmp, "mails", name) if name.endswith(".eml") else os.path.join(tmp, name)
            b = os.path.join(HERE, "mails", name) if name.endswith(".eml") else os.path.join(HERE, name)
            if open(a, "rb").read() != open(b, "rb").read():
                errors.append("%s: rebuild differs" % name)
    print("mails: %d" % len(rows))
    print("labels: " + ", ".join("%s %d" % (k, counts.get(k, 0)) for k in LABELS))
    print("langs: " + ", ".join("%s %d" % (k, langs.get(k, 0)) for k in LANGS))
    if errors:
        print("CHECK FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("check OK: all mails parse, attachments open, addresses/URLs end in .example, "
          "IBANs valid, rebuild byte-identical")
    return 0


def stats():
    import collections
    top, atts, cs, cte, kinds = (collections.Counter() for _ in range(5))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f][1:]
    tab = collections.Counter()
    for r in rows:
        tab[(r[3], r[1])] += 1
        tab[("lang", r[2], r[1])] += 1
        raw = open(os.path.join(HERE, "mails", r[0]), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        top[msg.get_content_type()] += 1
        for part in msg.walk():
            fn = part.get_filename()
            if fn:
                ext = fn.rsplit(".", 1)[-1].lower()
                atts[ext] += 1
                if ext == "zip":
                    z = zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True)))
                    for nm in z.namelist():
                        atts["zip>" + nm.rsplit(".", 1)[-1].lower()] += 1
            elif part.get_content_type() == "message/rfc822":
                atts["rfc822"] += 1
            if part.get_content_maintype() == "text" and not fn:
                cs[part.get_content_charset()] += 1
            if not part.is_multipart():
                cte[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
    print("top-level:", dict(top))
    print("attachments:", dict(atts))
    print("charsets of text parts:", dict(cs))
    print("transfer encodings:", dict(cte))
    ks = sorted({k[0] for k in tab if k[0] != "lang"})
    for k in ks:
        print("%-28s %3d  N %2d  C %2d  S %2d" % (k, sum(tab[(k, l)] for l in LABELS),
                                               tab[(k, "NORMAL")], tab[(k, "CONFIDENTIAL")],
                                               tab[(k, "STRICTLY_CONFIDENTIAL")]))
    for lg in LANGS:
        print(lg, [tab[("lang", lg, l)] for l in LABELS])


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    if "--stats" in sys.argv:
        stats()
        sys.exit(0)
    build(HERE)
    print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))
