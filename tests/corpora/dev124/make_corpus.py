#!/usr/bin/env python3
"""Siegel independent corpus dev124 (seed 124).

Theme: the board office (Vorstandsbuero) and the executive assistants of the
invented Ostwall Versicherung AG, Muenster: calendars and invitations, travel,
board papers with escalated customer cases, complaints to the CEO from
customers and their relatives, personal notes between executives, and
ordinary office mail as traps.

    python make_corpus.py           writes mails/d124-0001.eml ... d124-0150.eml and labels.tsv
    python make_corpus.py --check   re-parses everything, validates labels and
                                    attachments, and checks that a rebuild is byte-identical

Standard library only, no network, fully deterministic (fixed dates,
boundaries, Message-IDs and ZIP timestamps). Every mail is written by hand in
its own function m001 ... m150 further down; the helpers at the top only do the
MIME plumbing and write the attachment formats (PDF, DOCX, XLSX, ODT, ODS, ICS,
ZIP).
"""
import base64
import datetime as _dt
import email
import email.policy
import hashlib
import io
import os
import quopri
import re
import sys
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime, getaddresses
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as _xesc

NN = "124"
PREFIX = "d124"
SEED = 124
DOM = "ostwall-versicherung.example"
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mails")
N_MAILS = 150

# --------------------------------------------------------------------------
# People of the invented insurer (all invented; every domain ends in .example)
# --------------------------------------------------------------------------


def A(name, addr):
    return (name, addr)


VOLLMER = A("Dr. Henrike Vollmer", "henrike.vollmer@" + DOM)        # CEO
BRANDL = A("Matthias Brandl", "matthias.brandl@" + DOM)              # CFO
ALTHOFF = A("Dr. Jörg Althoff", "joerg.althoff@" + DOM)             # Vorstand Personenversicherung
SAUERLAND = A("Birgit Sauerland", "birgit.sauerland@" + DOM)         # Vorstand Komposit & Schaden
YILDIRIM = A("Kemal Yıldırım", "kemal.yildirim@" + DOM)             # Vorstand Kunde, Vertrieb & IT
THELEN = A("Sabine Thelen", "sabine.thelen@" + DOM)                 # Leiterin Vorstandsbuero
WERNICKE = A("Julia Wernicke", "julia.wernicke@" + DOM)             # Assistentin CEO
PETROVIC = A("Marco Petrović", "marco.petrovic@" + DOM)             # Assistent CFO
HESSE = A("Claudia Hesse", "claudia.hesse@" + DOM)                  # Assistentin Althoff
SCHUERMANN = A("Nadine Schürmann", "nadine.schuermann@" + DOM)      # Assistentin Sauerland
BRUECKNER = A("Lea Brückner", "lea.brueckner@" + DOM)               # Assistentin Yildirim
AYDIN = A("Deniz Aydın", "deniz.aydin@" + DOM)                      # Referent Vorstandsbuero
DOYLE = A("Emma Doyle", "emma.doyle@" + DOM)                        # Executive Assistant International
GROTE = A("Oliver Grote", "oliver.grote@" + DOM)                    # Fahrdienst
KOWALCZYK = A("Petra Kowalczyk", "petra.kowalczyk@" + DOM)          # Leitung Vorstandsbeschwerden
REIMERS = A("Tim Reimers", "tim.reimers@" + DOM)                    # Vorstandsbeschwerden
HOLLSTEIN = A("Dr. Jan Hollstein", "jan.hollstein@" + DOM)          # Justiziar
MARBACH = A("Uwe Marbach", "uwe.marbach@" + DOM)                    # Datenschutzbeauftragter
KUHLMANN = A("Sandra Kuhlmann", "sandra.kuhlmann@" + DOM)           # Arbeitnehmervertreterin AR
VB = A("Vorstandsbüro Ostwall", "vorstandsbuero@" + DOM)
BESCHWERDE = A("Vorstandsbeschwerden", "vorstandsbeschwerden@" + DOM)
AMSEL = A("Prof. Dr. Klaus-Dieter Amsel", "kd.amsel@amsel-beratung.example")      # AR-Vorsitzender
LINDQVIST = A("Catherine Lindqvist", "catherine@lindqvist-advisory.example")    # AR-Mitglied
HAINSWORTH = A("Robert Hainsworth", "r.hainsworth@northbridge-re.example")      # AR-Mitglied

FOOTER_DE = """--
Ostwall Versicherung AG · Hafenweg 12 · 48155 Münster
Sitz der Gesellschaft: Münster · Registergericht Münster HRB 10472
Vorsitzender des Aufsichtsrats: Prof. Dr. Klaus-Dieter Amsel
Vorstand: Dr. Henrike Vollmer (Vorsitzende), Matthias Brandl, Dr. Jörg Althoff,
Birgit Sauerland, Kemal Yıldırım

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail."""

FOOTER_EN = """--
Ostwall Versicherung AG, Hafenweg 12, 48155 Muenster, Germany
Registered office: Muenster, Local Court Muenster HRB 10472
Chair of the Supervisory Board: Prof. Dr. Klaus-Dieter Amsel
Management Board: Dr. Henrike Vollmer (CEO), Matthias Brandl, Dr. Joerg Althoff,
Birgit Sauerland, Kemal Yildirim

This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail."""

# --------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------


def dt(s):
    """'2025-03-11 09:14' (local time Muenster) -> RFC 5322 date."""
    if len(s) == 16:
        s += ":00"
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    summer = _dt.datetime(2025, 3, 30, 2) <= d < _dt.datetime(2025, 10, 26, 3)
    tz = _dt.timezone(_dt.timedelta(hours=2 if summer else 1))
    return format_datetime(d.replace(tzinfo=tz))


class Leaf:
    def __init__(self, ctype, raw, cte, params=None, filename=None,
                 disposition=None, extra=None):
        self.ctype = ctype
        self.raw = raw            # decoded bytes
        self.cte = cte
        self.params = list(params or [])
        self.filename = filename
        self.disposition = disposition
        self.extra = list(extra or [])


class Multi:
    def __init__(self, subtype, parts, preamble=True):
        self.subtype = subtype
        self.parts = parts
        self.preamble = preamble


def _flow(text):
    """Thunderbird style format=flowed: soft line breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= 76:
            if line.startswith(" ") or line.startswith("From "):
                line = " " + line
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 72:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False):
    if not body.endswith("\n"):
        body += "\n"
    params = [("charset", cs)]
    if flowed:
        body = _flow(body)
        params.append(("format", "flowed"))
    return Leaf("text/" + sub, body.encode(cs), cte, params)


def html(body, cs="utf-8", cte="quoted-printable"):
    return text(body, "html", cs, cte)


def attach(filename, data, ctype, cte="base64", inline=False, params=None):
    return Leaf(ctype, data, cte, params=params, filename=filename,
                disposition="inline" if inline else "attachment")


def rfc822(inner_mail, filename=None):
    raw = inner_mail.render(inner=True)
    try:
        raw.decode("ascii")
        cte = "7bit"
    except UnicodeDecodeError:
        cte = "8bit"
    return Leaf("message/rfc822", raw, cte, filename=filename,
                disposition="attachment" if filename else "inline")


def _param(k, v):
    try:
        v.encode("ascii")
        return '%s="%s"' % (k, v)
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (k, quote(v, safe=""))


def _hdr_text(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76, header_name="Subject").encode()


def _addr(a, cs="utf-8"):
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def _addrs(lst, cs="utf-8"):
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    return ",\n ".join(_addr(a, cs) for a in lst)


def _encode_body(raw, cte):
    if cte in ("7bit", "8bit", "binary"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


class _Ctx:
    def __init__(self, seed, tag):
        self.seed = seed
        self.tag = tag
        self.n = 0

    def boundary(self):
        self.n += 1
        h = hashlib.sha1(("%s/%d" % (self.seed, self.n)).encode()).hexdigest()
        return "----=_Part_%s_%d.%s" % (self.tag, self.n, h[:16])


def _render_part(p, ctx):
    lines = []
    if isinstance(p, Multi):
        b = ctx.boundary()
        lines.append('Content-Type: multipart/%s;\n boundary="%s"' % (p.subtype, b))
        out = "\n".join(lines).encode() + b"\n\n"
        if p.preamble:
            out += b"This is a multi-part message in MIME format.\n"
        for sub in p.parts:
            out += b"\n--" + b.encode() + b"\n" + _render_part(sub, ctx)
        out += b"\n--" + b.encode() + b"--\n"
        return out
    params = list(p.params)
    if p.filename and p.ctype != "message/rfc822":
        params.append(("name", p.filename))
    ct = p.ctype
    for k, v in params:
        ct += ";\n " + _param(k, v) if k == "name" else "; %s=%s" % (k, v)
    lines.append("Content-Type: " + ct)
    lines.append("Content-Transfer-Encoding: " + p.cte)
    if p.disposition:
        d = p.disposition
        if p.filename:
            d += ";\n " + _param("filename", p.filename)
        lines.append("Content-Disposition: " + d)
    lines.extend(p.extra)
    body = _encode_body(p.raw, p.cte)
    return "\n".join(lines).encode() + b"\n\n" + body


class Mail:
    def __init__(self, frm, to, subject, date, body, cc=None, bcc=None,
                 label=None, lang=None, kind=None, reason=None, extra=None,
                 reply_to=None, hcs="utf-8", mailer=None, msgid=None,
                 in_reply_to=None):
        self.frm, self.to, self.cc, self.bcc = frm, to, cc, bcc
        self.subject, self.date, self.body = subject, date, body
        self.label, self.lang, self.kind, self.reason = label, lang, kind, reason
        self.extra = list(extra or [])
        self.reply_to = reply_to
        self.hcs = hcs
        self.mailer = mailer
        self.msgid = msgid
        self.in_reply_to = in_reply_to
        self.num = 0

    def render(self, inner=False):
        seed = "%s-%04d%s" % (PREFIX, self.num, "-inner" if inner else "")
        ctx = _Ctx(seed + self.subject, "%d%s" % (SEED * 10000 + self.num, "i" if inner else ""))
        h = []
        h.append("From: " + _addr(self.frm, self.hcs))
        h.append("To: " + _addrs(self.to, self.hcs))
        if self.cc:
            h.append("Cc: " + _addrs(self.cc, self.hcs))
        if self.bcc:
            h.append("Bcc: " + _addrs(self.bcc, self.hcs))
        if self.reply_to:
            h.append("Reply-To: " + _addrs(self.reply_to, self.hcs))
        h.append("Subject: " + _hdr_text(self.subject, self.hcs))
        h.append("Date: " + dt(self.date))
        mid = self.msgid
        if not mid:
            hx = hashlib.sha1((seed + self.subject + self.date).encode()).hexdigest()
            mid = "<%s.%s@mail.%s>" % (hx[:20], seed, DOM)
        h.append("Message-ID: " + mid)
        if self.in_reply_to:
            h.append("In-Reply-To: " + self.in_reply_to)
            h.append("References: " + self.in_reply_to)
        h.append("MIME-Version: 1.0")
        if self.mailer:
            h.append(self.mailer)
        h.extend(self.extra)
        return "\n".join(h).encode() + b"\n" + _render_part(self.body, ctx)


# Some realistic X-Mailer / User-Agent lines
OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
TBIRD = "User-Agent: Mozilla Thunderbird 128.5.2"
IPHONE = "X-Mailer: iPhone Mail (22D72)"
OWA = "X-MS-Has-Attach: yes"

# --------------------------------------------------------------------------
# Attachment writers
# --------------------------------------------------------------------------

ZIP_TIME = (2025, 3, 1, 8, 0, 0)


def make_zip(members, time=ZIP_TIME, odf_mimetype=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        if odf_mimetype:
            zi = zipfile.ZipInfo("mimetype", date_time=time)
            zi.compress_type = zipfile.ZIP_STORED
            zi.create_system = 0
            z.writestr(zi, odf_mimetype)
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(pages, title="", author="Ostwall Versicherung AG", compress=False,
             created="20250301080000"):
    """Minimal valid PDF 1.4. pages = list of pages, each a list of lines.
    A line starting with '# ' is set in bold 12 pt; '' is an empty line."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        ops = [b"BT", b"/F1 10 Tf", b"56 790 Td", b"14 TL"]
        for ln in lines:
            if ln.startswith("# "):
                ops += [b"/F2 12 Tf", _pdf_str(ln[2:]) + b" Tj T*", b"/F1 10 Tf"]
            else:
                ops.append(_pdf_str(ln) + b" Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, f1, f2, cid))
        kids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer (Ostwall DocGen 2.3) /CreationDate (D:" + created.encode() + b"+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, xref)
    return bytes(out)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _core_xml(creator, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>') % (_xesc(creator), _xesc(creator), created, created)


def make_docx(blocks, creator="Vorstandsbüro", created="2025-03-01T08:00:00Z"):
    """blocks: str paragraph | ('h', text) bold heading | list of rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(b[1]))
        elif isinstance(b, list):
            rows = []
            for r in b:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>'
                                '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _xesc(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>') % (W_NS, "".join(body))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
    return make_zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                     ("word/document.xml", doc), ("docProps/core.xml", _core_xml(creator, created))])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, creator="Ostwall Versicherung AG", created="2025-03-01T08:00:00Z"):
    """sheets: list of (name, rows); cells are str, int or float."""
    wb_sheets, wb_rels, ct_over, members = [], [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData>%s</sheetData></worksheet>') % "".join(xr)
        members.append(("xl/worksheets/sheet%d.xml" % i, ws))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_xesc(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>') % "".join(wb_sheets)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs>'
              '</styleSheet>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '%s</Types>') % "".join(ct_over)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>') % "".join(wb_rels)
    return make_zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                     ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                     ("xl/styles.xml", styles), ("docProps/core.xml", _core_xml(creator, created))] + members)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def _odf(mime, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>') % mime
    return make_zip([("META-INF/manifest.xml", manifest), ("content.xml", content)], odf_mimetype=mime)


def make_odt(paragraphs):
    ps = []
    for p in paragraphs:
        if isinstance(p, tuple):
            ps.append('<text:h text:outline-level="1">%s</text:h>' % _xesc(p[1]))
        else:
            ps.append("<text:p>%s</text:p>" % _xesc(p))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>') % (ODF_NS, "".join(ps))
    return _odf("application/vnd.oasis.opendocument.text", content)


def make_ods(sheets):
    ts = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _xesc(str(v)))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        ts.append('<table:table table:name="%s">%s</table:table>' % (_xesc(name), "".join(xr)))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>') % (ODF_NS, "".join(ts))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content)


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            parts.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def make_ics(uid, summary, start, end, organizer, attendees=(), location="",
             description="", method="REQUEST", stamp="20250301T080000Z",
             seq=0, cls=None, allday=False, status="CONFIRMED", tz=True):
    """start/end: '20250407T090000' (Europe/Berlin) or '20250407' if allday."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
         "VERSION:2.0", "METHOD:" + method]
    if tz and not allday:
        L += VTZ.split("\n")
    L += ["BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp, "SEQUENCE:%d" % seq]
    if allday:
        L += ["DTSTART;VALUE=DATE:" + start, "DTEND;VALUE=DATE:" + end]
    else:
        L += ["DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end]
    L.append("SUMMARY:" + _ics_esc(summary))
    if location:
        L.append("LOCATION:" + _ics_esc(location))
    if description:
        L.append("DESCRIPTION:" + _ics_esc(description))
    L.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    for a in attendees:
        L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % a)
    if cls:
        L.append("CLASS:" + cls)
    L += ["STATUS:" + status, "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_ics_fold(x) for x in L) + "\r\n").encode("utf-8")


def ics_part(data, method="REQUEST", filename="invite.ics"):
    return attach(filename, data, "text/calendar", params=[("charset", "utf-8"), ("method", method)])


def csv_bytes(rows, enc="utf-8", sep=";"):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return ("\r\n".join(out) + "\r\n").encode(enc)


MT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MT_ODT = "application/vnd.oasis.opendocument.text"
MT_ODS = "application/vnd.oasis.opendocument.spreadsheet"
MT_PDF = "application/pdf"
MT_ZIP = "application/zip"


def quote(s, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in s.strip("\n").split("\n"))


# ==========================================================================
# The mails. Each function is one hand-written mail.
# ==========================================================================


def m001():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Dienstag, 22.04.2025, nicht im Büro und habe nur
eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich
bitte an das Vorstandsbüro (vorstandsbuero@ostwall-versicherung.example,
Tel. 0251 7730-100) oder an Frau Sabine Thelen.

Termine mit Frau Dr. Vollmer koordiniert in dieser Zeit Herr Deniz Aydın.

---

Thank you for your message. I am out of the office until Tuesday, 22 April 2025,
with limited access to e-mail. For urgent matters please contact the board
office (vorstandsbuero@ostwall-versicherung.example, +49 251 7730-100).

Julia Wernicke
Assistentin der Vorstandsvorsitzenden
Ostwall Versicherung AG
"""
    return Mail(WERNICKE, AYDIN, "Automatische Antwort: Unterlagen Vorstandssitzung 07.04.",
                "2025-04-14 08:02:11", text(body),
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
                mailer=OUTLOOK,
                label="NORMAL", lang="mixed", kind="internal",
                reason="trap: bilingual out-of-office note, only names of colleagues and the board office")


def m002():
    body = """Hallo Claudia,

die folgende Mail ist gestern Abend direkt bei Frau Dr. Vollmer eingegangen
(Kontaktformular Vorstand). Wir haben das als Vorstandsbeschwerde VB-2025-0311
erfasst. Da es um die Pflegetagegeldversicherung geht, bitte ich darum, dass
Herr Dr. Althoff sich das ansieht, bevor wir antworten. Frist für die
Zwischennachricht ist Freitag.

Danke und Gruß
Petra

-------- Weitergeleitete Nachricht --------
Betreff: Beschwerde - meine Mutter Gerda Pohlmann, Vertrag PT 4471 0892
Datum: Mon, 10 Mar 2025 21:47:03 +0100
Von: Martina Pohlmann-Wirtz <m.pohlmann-wirtz@webpost.example>
An: vorstand@ostwall-versicherung.example

Sehr geehrte Frau Dr. Vollmer,

ich wende mich an Sie persönlich, weil ich mit Ihrer Leistungsabteilung
nicht mehr weiterkomme. Meine Mutter, Gerda Pohlmann (geb. 17.06.1940),
wohnhaft Lindenstraße 8, 48231 Warendorf, ist seit 2009 bei Ihnen
pflegezusatzversichert (Pflegetagegeld, Vertrag PT 4471 0892).

Bei meiner Mutter wurde im Herbst 2023 eine Alzheimer-Demenz festgestellt.
Sie ist seitdem in Pflegegrad 2. Seit Dezember hat sich ihr Zustand deutlich
verschlechtert, sie findet nachts nicht mehr ins Bett zurück, ist zweimal
gestürzt und erkennt meinen Bruder nicht mehr. Der Medizinische Dienst hat
am 21.01.2025 Pflegegrad 3 festgestellt, der Bescheid der Pflegekasse liegt
Ihnen vor.

Trotzdem zahlen Sie weiter nur das Pflegetagegeld für Pflegegrad 2, weil
angeblich "Unterlagen fehlen". Welche, kann mir niemand sagen. Ich habe
dreimal angerufen und jedes Mal jemand anderen am Telefon gehabt.

Ich pflege meine Mutter neben meiner Arbeit, das Geld brauchen wir für den
Pflegedienst. Ich erwarte, dass das jetzt endlich geklärt wird.

Eine Vollmacht meiner Mutter für mich liegt Ihnen seit 2022 vor.

Mit freundlichen Grüßen
Martina Pohlmann-Wirtz
Tel. 02581 633 19 07
"""
    return Mail(KOWALCZYK, HESSE, "WG: Beschwerde - meine Mutter Gerda Pohlmann, Vertrag PT 4471 0892",
                "2025-03-11 08:31:40", text(body, cte="8bit"), cc=[REIMERS],
                mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="relative",
                reason="daughter's complaint to the CEO: mother's Alzheimer dementia, falls, care grade 2 to 3, long-term care contract, birth date")


def m003():
    ics = make_ics("040000008200E00074C5B7101A82E008000000009F3A1C2B7D11DB01-OW-VS0407",
                   "Vorstandssitzung 04/2025", "20250407T090000", "20250407T150000",
                   THELEN, [VOLLMER, BRANDL, ALTHOFF, SAUERLAND, YILDIRIM, HOLLSTEIN],
                   location="Vorstandsetage, Sitzungssaal Aasee (5. OG)",
                   description="Tagesordnung folgt mit den Unterlagen am 31.03.\n"
                               "Mittagsimbiss ca. 12:30 Uhr im Sitzungssaal.\n"
                               "Einwahl für Zugeschaltete: Teams-Link in der Mappe.",
                   stamp="20250303T101500Z")
    body = """Liebe Mitglieder des Vorstands,

hiermit lade ich zur ordentlichen Vorstandssitzung am

    Montag, 7. April 2025, 9:00 bis ca. 15:00 Uhr
    Sitzungssaal Aasee, 5. OG

ein. Vorläufige Themen:

  1. Protokoll der Sitzung vom 10.03.2025
  2. Jahresabschluss 2024 – Vorlage an den Aufsichtsrat
  3. Beschwerdebericht Q1/2025 (aggregiert, Frau Kowalczyk)
  4. Tarifprojekt "Pflege plus" – Freigabe Produktentwicklung
  5. Eskalierte Kundenanliegen (Vorlage folgt gesondert)
  6. Digitalisierung Leistungseingang Kranken – Statusbericht
  7. Verschiedenes

Die Unterlagen stelle ich wie üblich bis Montag, 31.03., im Gremienportal
bereit. Bitte melden Sie Themen für "Verschiedenes" bis 26.03. bei mir an.

Viele Grüße
Sabine Thelen
Leiterin Vorstandsbüro
Ostwall Versicherung AG
Tel. 0251 7730-101
"""
    return Mail(THELEN, [VOLLMER, BRANDL, ALTHOFF, SAUERLAND, YILDIRIM],
                "Einladung: Vorstandssitzung 07.04.2025, 9:00 Uhr", "2025-03-03 11:15:02",
                Multi("mixed", [text(body), ics_part(ics)]), cc=[HOLLSTEIN, WERNICKE],
                mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: board meeting invitation with ICS; agenda names complaint report and escalated cases but no person")


def m004():
    body = """Hallo Herr Sandkamp,

bitte buchen Sie für Frau Dr. Vollmer folgende Reise nach London:

Hinflug: Mo 14.04.2025, DUS–LHR, möglichst Abflug zwischen 7 und 8 Uhr,
         Business, Gang, vorne
Rückflug: Mi 16.04.2025, LHR–DUS, ab 17 Uhr
Hotel: wie im Oktober das Hotel in Bloomsbury, 2 Nächte, Nichtraucher,
       ruhiges Zimmer zum Hof

Reisende:
  Dr. Henrike Vollmer
  geb. 03.08.1968 in Osnabrück
  Reisepass Nr. C4TR7K2M9, ausgestellt 12.05.2021, gültig bis 11.05.2031
  Vielfliegernummer 9920 4471 3308 215

Die Kostenstelle ist wie immer 1000-VS. Bitte Bestätigung an mich und in
Kopie an Frau Doyle, sie organisiert die Termine vor Ort.

Danke und viele Grüße
Julia Wernicke

Julia Wernicke
Assistentin der Vorstandsvorsitzenden
Ostwall Versicherung AG · Hafenweg 12 · 48155 Münster
Tel. 0251 7730-110
"""
    return Mail(WERNICKE, A("Jens Sandkamp", "j.sandkamp@kompass-travel.example"),
                "Buchung London 14.–16.04. Fr. Dr. Vollmer", "2025-03-12 10:04:55",
                text(body), cc=[DOYLE], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="insurer-to-supplier",
                reason="CEO travel booking with birth date, place of birth, passport and frequent-flyer number")


def m005():
    pdf = make_pdf([[
        "# Ostwall Versicherung AG - ORSA 2025 Summary (Supervisory Board pre-read)",
        "",
        "Prepared by Group Risk Management, status 28 February 2025",
        "",
        "# 1. Solvency position",
        "SCR coverage ratio 31.12.2024: 214 % (prior year 198 %)",
        "Eligible own funds: EUR 1,482 m; SCR: EUR 692 m; MCR coverage 612 %",
        "",
        "# 2. Key risks (stand-alone SCR, EUR m)",
        "Market risk 388 | Life underwriting 161 | Health underwriting 143",
        "Non-life underwriting 176 | Counterparty default 41 | Operational 58",
        "",
        "Health underwriting: morbidity and lapse risk in the SLT health book;",
        "longevity risk remains the largest life sub-module. Long-term care",
        "incidence assumptions were updated to the 2024 industry tables.",
        "",
        "# 3. Stress tests",
        "Pandemic scenario (+35 % mortality for one year): ratio 181 %",
        "Interest rate -100 bp: ratio 189 %; equity -30 %: ratio 196 %",
        "Cyber event with 14 days outage of claims systems: ratio 207 %",
        "",
        "# 4. Management actions",
        "No management actions required in any scenario. Risk appetite met.",
    ]], title="ORSA 2025 Summary")
    body = """Dear Catherine,

ahead of the Audit and Risk Committee on 23 April, please find attached the
ORSA summary that Birgit and Matthias will present. The full report (92
pages) is in the board portal under "ARC 2025-04".

Two things Matthias asked me to flag:
- the long-term care incidence assumptions were updated (section 2), which
  explains most of the movement in health underwriting risk;
- the pandemic stress is now run with the 2024 parameters from the group.

If you would prefer a printed copy sent to Stockholm, just let me know.

Kind regards,
Emma

Emma Doyle
Executive Assistant International | Board Office
Ostwall Versicherung AG
+49 251 7730-118
"""
    return Mail(DOYLE, LINDQVIST, "ARC 23 April - ORSA summary (pre-read)", "2025-04-04 15:22:09",
                Multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                                attach("ORSA_2025_Summary_ARC.pdf", pdf, MT_PDF)]),
                cc=[BRANDL], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="insurer-to-supervisory-board",
                reason="trap: ORSA summary with morbidity, longevity and pandemic words; only company figures")


def m006():
    rows = [
        ["Nr.", "Vorgang", "Kunde/Kundin", "Vertrag", "Sparte", "Anlass", "Stand", "Vorschlag"],
        [1, "VB-2025-0311", "Gerda Pohlmann (vertr. d. Tochter)", "PT 4471 0892", "Pflegetagegeld",
         "Höherstufung PG 2 -> 3 nach Alzheimer-Demenz nicht umgesetzt", "MD-Gutachten liegt vor", "Nachzahlung + Entschuldigung"],
        [2, "VB-2025-0287", "Renate Ostendorf", "BU 2290 7713", "Berufsunfähigkeit",
         "Ablehnung BU-Rente, Diagnose Anpassungsstörung F43.2 / Erschöpfungssyndrom", "Gutachten Prof. Lenz ausstehend", "Zweitgutachten"],
        [3, "VB-2025-0295", "Daniel Okafor", "IHP-7730418", "Int. Krankenversicherung",
         "Appendektomie Singapur, Ablehnung wg. angebl. Vorerkrankung", "Arztbericht geprüft", "Leistung freigeben"],
        [4, "VB-2025-0302", "Thorsten Wegener", "KV 6612 0045", "Zahnzusatz",
         "Implantate 36/46, HKP nur zu 40 % erstattet", "Gutachter beauftragt", "Kulanz 20 % prüfen"],
        [5, "VB-2025-0319", "Heinz-Werner Kamp", "KF 8830 1147", "Kfz-Kasko",
         "Regulierungsdauer Unfallschaden", "Zahlung angewiesen", "erledigt"],
        [6, "VB-2025-0324", "Familie Yilmaz", "WG 3301 7720", "Wohngebäude",
         "Leitungswasserschaden, Trocknung verzögert", "Gutachter vor Ort 18.03.", "Abschlag zahlen"],
    ]
    xlsx = make_xlsx([("Eskalationen Q1", rows),
                      ("Hinweise", [["Nur für den Vorstand. Nicht weiterleiten."],
                                    ["Quelle: Beschwerdemanagement, Stand 20.03.2025"]])],
                     creator="Deniz Aydın")
    body = """Hallo zusammen,

anbei die Anlage zu TOP 5 ("Eskalierte Kundenanliegen") für die Sitzung am
07.04. Bitte in die Mappen Ihrer Vorstände legen bzw. ins Gremienportal
hochladen – Frau Thelen hat die Freigabe schon gegeben.

Die Vorlage selbst (Deckblatt + Beschlussvorschlag) kommt morgen.

Gruß
Deniz

Deniz Aydın
Referent Vorstandsbüro
"""
    return Mail(AYDIN, [WERNICKE, PETROVIC, HESSE, SCHUERMANN, BRUECKNER],
                "TOP 5 Anlage Vorstandssitzung 07.04.", "2025-03-20 17:48:31",
                Multi("mixed", [text(body), attach("TOP5_Anlage_Eskalationen_Q1.xlsx", xlsx, MT_XLSX)]),
                mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="harmless body; only the XLSX attachment lists named customers with dementia, F43.2, appendectomy, implants")


def m007():
    body = """Hallo Frau Sauerland-Büro / Nadine,

zur Info und Weitergabe an Frau Sauerland, falls sie den Fall in der
Sitzung ansprechen möchte. Die Schadenabteilung (Herr Tenbusch) hat mir
zugesagt, dass die Zahlung an die Werkstatt heute rausgeht.

Gruß, Tim Reimers
Vorstandsbeschwerden

> Von: Heinz-Werner Kamp <hw.kamp@t-netz.example>
> Gesendet: Freitag, 14. März 2025 18:12
> An: vorstand@ostwall-versicherung.example
> Betreff: Schaden KS-2025-0214387 - seit 5 Wochen keine Reaktion
>
> Sehr geehrte Damen und Herren vom Vorstand,
>
> am 12.02.2025 hatte ich mit meinem Pkw (VW Passat, MS-HK 412) in Telgte
> einen Auffahrunfall, ich bin auf ein abbremsendes Fahrzeug aufgefahren.
> Verletzt wurde zum Glück niemand. Mein Wagen steht seitdem im Autohaus
> Brinkmann in Münster, der Kostenvoranschlag (4.812,40 EUR) liegt Ihnen
> seit dem 17.02. vor.
>
> Seitdem passiert NICHTS. Ihr Gutachter war am 24.02. da, danach hat sich
> niemand mehr gemeldet. Das Autohaus will jetzt Standgeld berechnen und ich
> fahre seit 5 Wochen einen Mietwagen, den ich selbst vorstrecke.
>
> Ich bin seit 31 Jahren Kunde bei Ihnen (Kfz, Hausrat, Haftpflicht,
> Vertrag Kfz KF 8830 1147). So behandelt man keine treuen Kunden.
>
> Ich erwarte bis Ende nächster Woche eine Entscheidung, sonst wende ich
> mich an den Ombudsmann und kündige sämtliche Verträge.
>
> Heinz-Werner Kamp
> Am Kreuzkamp 23, 48291 Telgte
"""
    return Mail(REIMERS, SCHUERMANN, "WG: Schaden KS-2025-0214387 - seit 5 Wochen keine Reaktion",
                "2025-03-17 09:20:44", text(body, cs="windows-1252"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="customer",
                reason="customer complaint quoted: name, address, motor policy and claim number, plate; nobody hurt")


def m008():
    body = """Sehr geehrte Frau Lammers,

für die Sitzung unseres Aufsichtsrats am Donnerstag, 24.04.2025, möchten
wir wieder bei Ihnen bestellen:

  Lieferung:    24.04.2025, 11:45 Uhr, Hafenweg 12, Anlieferung Tor 2,
                Sitzungssaal Aasee (5. OG)
  Personen:     14
  Mittagessen:  Menü "Frühling" (Spargelcremesuppe, Kalbsrücken,
                Rhabarber-Crumble)
  Abweichungen: 2x vegetarisch, 1x vegan, 1x laktosefrei,
                1x ohne Nüsse (bitte getrennt verpacken und beschriften)
  Getränke:     Wasser still/medium, Apfelschorle, Kaffee/Tee wie immer
  Nachmittag:   Obstplatte und kleines Gebäck für 14 Personen, 15:00 Uhr

Bitte kennzeichnen Sie die Allergene wie beim letzten Mal auf den
Tischkärtchen. Rechnung bitte an die Kostenstelle 1000-AR, Bestellnummer
4500187342.

Mit freundlichen Grüßen

Nadine Schürmann
Assistentin Vorstand Komposit & Schaden
Ostwall Versicherung AG
Tel. 0251 7730-140
"""
    return Mail(SCHUERMANN, A("Feinkost Lammers Catering", "bestellung@lammers-catering.example"),
                "Bestellung Catering Aufsichtsratssitzung 24.04.2025", "2025-04-08 14:10:05",
                text(body, cs="iso-8859-1", cte="8bit"), mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="insurer-to-supplier",
                reason="trap: catering order with lactose-free/nut-free meals, not linked to any person")


def m009():
    body = """Lieber Matthias,

Petrović hat mir gerade erzählt, dass die Kreuzband-OP gestern gut gelaufen
ist – das freut mich sehr! Jetzt bitte wirklich schonen und nicht mit
Krücken ins Büro humpeln, nur weil der Abschluss ansteht. Den Jour fixe am
Donnerstag machen wir per Telefon, und in die Vorstandssitzung kannst du
dich zuschalten.

Wenn du etwas brauchst (Lesestoff, Ruhe vor uns…), sag Bescheid.

Gute Besserung und herzliche Grüße
Henrike

Von meinem iPhone gesendet
"""
    return Mail(VOLLMER, BRANDL, "Gute Besserung!", "2025-03-26 07:41:18",
                text(body, cte="8bit", flowed=True), mailer=IPHONE,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="personal note CEO to CFO about his cruciate ligament surgery and crutches")


def m010():
    plain = """Dear all,

the Management Board approved the revised Business Travel Policy 2025 on 10
March. It applies to all trips booked from 1 April 2025. The main changes:

* Flights: business class only for flights over 4 hours block time
  (previously 3 hours). Within Germany, rail is the default.
* Rail: first class with BahnCard 50/100; seat reservation is reimbursed.
* Hotels: per-night caps updated (Munich, Frankfurt, Hamburg EUR 190,
  London GBP 260, Dublin EUR 240). Higher rates need approval.
* Duty of care: every international trip must be registered in the travel
  tool so that our assistance provider can locate travellers in an
  emergency.
* Travel health cover: employees travelling on business are covered by the
  group travel medical policy. The policy number and the 24h assistance
  hotline are on the intranet page "Dienstreise".

Please brief your board members and use the new booking form from the
intranet. Questions to me or to travel@ostwall-versicherung.example.

Best regards,
Emma
"""
    htmlb = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear all,</p>
<p>the Management Board approved the revised <b>Business Travel Policy 2025</b> on 10 March.
It applies to all trips booked from 1&nbsp;April&nbsp;2025. The main changes:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Topic</th><th>New rule</th></tr>
<tr><td>Flights</td><td>Business class only over 4 hours block time (previously 3). Within Germany rail is the default.</td></tr>
<tr><td>Rail</td><td>First class with BahnCard 50/100; seat reservation reimbursed.</td></tr>
<tr><td>Hotels</td><td>Caps: Munich, Frankfurt, Hamburg EUR 190 &middot; London GBP 260 &middot; Dublin EUR 240</td></tr>
<tr><td>Duty of care</td><td>Register every international trip in the travel tool.</td></tr>
<tr><td>Travel health cover</td><td>Group travel medical policy; number and 24h hotline on the intranet page &quot;Dienstreise&quot;.</td></tr>
</table>
<p>Please brief your board members and use the new booking form from the intranet.
Questions to me or to <a href="mailto:travel@ostwall-versicherung.example">travel@ostwall-versicherung.example</a>.</p>
<p>Best regards,<br>Emma</p>
</body></html>
"""
    return Mail(DOYLE, [WERNICKE, PETROVIC, HESSE, SCHUERMANN, BRUECKNER, AYDIN],
                "Business Travel Policy 2025 - what changes for the board office",
                "2025-03-14 11:02:47", Multi("alternative", [text(plain), html(htmlb)], preamble=False),
                cc=[THELEN], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="internal",
                reason="trap: travel policy mentioning travel health cover and emergencies; no person")


def m011():
    body = """Dear Ms Lindqvist,

the supervisory board remuneration for Q1 2025 will be paid on 15 April.
Before we release the payment, could you please confirm that the account
below is still correct? Our records show:

  Account holder: Catherine Lindqvist
  Bank:           Nordvik Sparbank, Stockholm
  IBAN:           SE98 5000 0000 0583 9621 8833
  BIC:            NVSBSESS

Amount for Q1: fixed fee EUR 15,000.00 plus attendance fees EUR 3,750.00
(3 meetings), i.e. EUR 18,750.00 gross. As you are not resident in Germany,
we have to withhold 15 % tax plus solidarity surcharge under section 50a of
the Income Tax Act (EUR 2,966.72); the tax certificate will follow in May.

Many thanks and kind regards,

Marco Petrovic
Assistant to the CFO
Ostwall Versicherung AG
"""
    return Mail(PETROVIC, LINDQVIST, "Supervisory Board fee Q1 2025 - please confirm bank details",
                "2025-04-02 10:36:12", text(body, cs="us-ascii", cte="7bit"),
                mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="insurer-to-supervisory-board",
                reason="board member's personal IBAN, fee amounts and withholding tax")


def m012():
    body = """Petra, Tim -

this one came in through the CEO's English contact address overnight. I
have logged it as VB-2025-0295 in the tracker. The customer is in our
international health plan (IHP), so it goes to Frank Wessel's team.
Henrike would like a personal reply signed by her, draft by Thursday please.

Emma

---------- Forwarded message ---------
From: Daniel Okafor <d.okafor@lagoonmail.example>
Date: Tue, 18 Mar 2025 at 02:13
Subject: Claim rejected - IHP-7730418 - please look at this personally
To: <ceo-office@ostwall-versicherung.example>

Dear Dr Vollmer,

I have been insured with your international health plan since I moved to
Singapore for work in 2021 (policy IHP-7730418, date of birth 09/02/1984).

On 22 January I was admitted to Kallang Medical Centre with acute
appendicitis and had an emergency laparoscopic appendectomy the same night.
I stayed three nights. The hospital bill was SGD 18,412.

Your claims team rejected the claim, saying the appendicitis was a
"pre-existing condition" because I saw a GP in November for stomach pain.
That GP visit was for food poisoning and is documented as such. Nobody
can plan an appendicitis.

I have now paid the hospital from my savings. I find it hard to believe
that a company that advertises "global cover without compromise" treats
its customers like this. I would appreciate if you looked into this
personally.

Regards,
Daniel Okafor
14 Tanjong Rise #08-11, Singapore 437101
"""
    return Mail(DOYLE, [KOWALCZYK, REIMERS], "Fwd: Claim rejected - IHP-7730418 - please look at this personally",
                "2025-03-18 08:05:33", text(body), cc=[WERNICKE], mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
                reason="forwarded customer complaint: appendicitis, emergency appendectomy, hospital stay, health policy, birth date")


def m013():
    rows = [
        ["Sparte", "Beschwerden gesamt", "davon Vorstandsbeschwerden", "davon BaFin/Ombudsmann", "Ø Bearbeitungstage", "Abhilfequote"],
        ["Krankenvollversicherung", 412, 19, 11, 14.2, 0.38],
        ["Krankenzusatz / Zahn", 233, 7, 4, 9.8, 0.44],
        ["Pflegezusatz", 61, 6, 2, 17.5, 0.41],
        ["Leben / BU", 158, 9, 8, 21.3, 0.27],
        ["Unfall", 47, 2, 1, 12.0, 0.34],
        ["Kfz", 389, 11, 6, 8.1, 0.52],
        ["Sach / Haftpflicht / RS", 296, 8, 5, 10.4, 0.47],
        ["Summe", 1596, 62, 37, 12.6, 0.42],
    ]
    themes = [
        ["Top-Themen (alle Sparten)", "Anzahl"],
        ["Leistungsablehnung Krankheitskosten", 188],
        ["Beitragsanpassung KV", 141],
        ["Bearbeitungsdauer Schaden/Leistung", 317],
        ["Erreichbarkeit Kundenservice", 205],
        ["BU-Leistungsprüfung", 64],
        ["Pflegegrad-Einstufung / Pflegetagegeld", 29],
        ["Sonstiges", 652],
    ]
    xlsx = make_xlsx([("Q1 nach Sparte", rows), ("Themen", themes)], creator="Tim Reimers")
    body = """Hallo Frau Thelen,

anbei die Beschwerdestatistik Q1/2025 für TOP 3 der Vorstandssitzung. Die
Zahlen sind mit dem Controlling abgestimmt. Auffällig ist der Anstieg bei
den Vorstandsbeschwerden in der Krankenvollversicherung (19 nach 12 im
Vorquartal), überwiegend Leistungsablehnungen und die Beitragsanpassung.

Personenbezogene Angaben sind in der Datei keine enthalten; die
Einzelfälle laufen über die TOP-5-Liste von Herrn Aydın.

Viele Grüße
Tim Reimers
Team Vorstandsbeschwerden
"""
    return Mail(REIMERS, THELEN, "Beschwerdestatistik Q1/2025 für TOP 3", "2025-03-27 16:05:20",
                Multi("mixed", [text(body), attach("Beschwerdestatistik_Q1_2025.xlsx", xlsx, MT_XLSX)]),
                cc=[KOWALCZYK], mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: complaint statistics by line incl. health and care, aggregates only")


def m014():
    docx = make_docx([
        ("h", "Präsidialausschuss 22.04.2025 – TOP 2: Zielerreichung und variable Vergütung 2024"),
        "Grundlage: Vergütungssystem für den Vorstand (HV-Beschluss 2023), Zielvereinbarungen 2024.",
        [["Vorstandsmitglied", "Festgehalt 2024", "Zielerreichung", "Variable Vergütung (Vorschlag)", "davon aufgeschoben (40 %)"],
         ["Dr. Henrike Vollmer", "720.000 €", "112 %", "403.200 €", "161.280 €"],
         ["Matthias Brandl", "540.000 €", "108 %", "291.600 €", "116.640 €"],
         ["Dr. Jörg Althoff", "520.000 €", "97 %", "252.200 €", "100.880 €"],
         ["Birgit Sauerland", "520.000 €", "104 %", "270.400 €", "108.160 €"],
         ["Kemal Yıldırım", "500.000 €", "101 %", "252.500 €", "101.000 €"]],
        "Die aufgeschobenen Teile werden nach drei Jahren vorbehaltlich Malus ausgezahlt.",
        "Beschlussvorschlag: Der Präsidialausschuss empfiehlt dem Aufsichtsrat die Festsetzung wie vorgeschlagen.",
    ], creator="Sabine Thelen")
    body = """Lieber Herr Dr. Hollstein,

anbei der Entwurf der Unterlage für TOP 2 des Präsidialausschusses. Bitte
schauen Sie noch einmal auf die Formulierung zum Malus; Frau Dr. Vollmer
hat die Zahlen bereits gesehen. Versand an Prof. Amsel erst nach Ihrer
Freigabe, und bitte NICHT ins allgemeine Gremienportal.

Danke und Gruß
Sabine Thelen
"""
    return Mail(THELEN, HOLLSTEIN, "[vertraulich] Unterlage Präsidialausschuss TOP 2", "2025-04-09 18:22:10",
                Multi("mixed", [text(body), attach("PA_2025-04-22_TOP2_Verguetung_Vorstand.docx", docx, MT_DOCX)]),
                cc=[VOLLMER], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="internal",
                reason="individual salaries and bonuses of named board members in the DOCX")


def m015():
    odt = make_odt([
        ("h", "Vorlage V-12: Antwort auf Vorstandsbeschwerde – Leistungsablehnung"),
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "Ihr Schreiben vom «Datum» an Frau Dr. Vollmer – Vertrag «Vertragsnummer»",
        "«Anrede_Brief»,",
        "vielen Dank für Ihr Schreiben an unsere Vorstandsvorsitzende. Frau Dr. Vollmer hat uns gebeten, "
        "Ihr Anliegen persönlich zu prüfen und Ihnen zu antworten.",
        "Wir haben die Unterlagen zu «Leistungsart» erneut geprüft. [Variante A – Abhilfe:] Wir erstatten "
        "nachträglich «Betrag» €. [Variante B – keine Abhilfe:] Leider können wir unsere Entscheidung nicht "
        "ändern, weil «Begründung, z. B. Diagnose laut Gutachten / Ausschluss / Wartezeit».",
        "Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie sich an den "
        "Ombudsmann Private Kranken- und Pflegeversicherung wenden.",
        "Mit freundlichen Grüßen",
        "«Name Sachbearbeitung» – im Auftrag des Vorstands",
        "Hinweis intern: Gesundheitsangaben nur so konkret wie nötig nennen; keine ICD-Codes im Brief.",
    ])
    body = """Hallo Team,

die überarbeitete Vorlage V-12 liegt jetzt auch als ODT im Anhang (für die
Kolleginnen, die mit LibreOffice arbeiten). Neu ist der Absatz zum
Ombudsmann und der interne Hinweis unten, dass keine ICD-Codes mehr in
die Briefe sollen – kam vom Datenschutz.

Bitte ab sofort nur noch diese Vorlage verwenden, die alte V-12 aus 2022
ist im DMS archiviert.

LG Petra
"""
    return Mail(KOWALCZYK, BESCHWERDE, "Neue Vorlage V-12 Leistungsablehnung (ODT)", "2025-03-19 12:48:00",
                Multi("mixed", [text(body, cte="8bit"), attach("Vorlage_V-12_Leistungsablehnung.odt", odt, MT_ODT)]),
                mailer=TBIRD,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: letter template with placeholders for name, contract and diagnosis; no data")


def m016():
    body = """Emma,

I'm afraid I have to drop out of the London trip next week after all,
please cancel my flights and the hotel and let Robert's office know. Ute
starts her chemotherapy on Tuesday (the oncologist brought it forward) and
I want to be with her for the first cycles. Henrike knows; nobody else
needs the reason - "personal commitments" is fine for the Northbridge side.

I will join the Wednesday session by video if the hospital schedule allows.

Thanks for handling this so discreetly.
Joerg

Dr. Jörg Althoff
Mitglied des Vorstands | Personenversicherung
"""
    return Mail(ALTHOFF, DOYLE, "London next week", "2025-04-09 21:14:50",
                text(body, cte="8bit"), cc=[HESSE], mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="internal",
                reason="personal note: board member's wife starts chemotherapy, trip cancelled")


def m017():
    body = """Guten Tag,

bitte holen Sie heute ab 15:00 Uhr eine Sendung bei uns ab (Hafenweg 12,
Empfang Haus A, Stichwort "Vorstandsbüro / Wernicke"):

  1 Versandtasche A4, verplombt, ca. 2,4 kg
  Inhalt: Sitzungsunterlagen

Empfänger:
  Herr Prof. Dr. Klaus-Dieter Amsel
  Am Buchenhain 4
  48161 Münster-Roxel
  (Privatadresse – bitte nur persönlich übergeben, NICHT beim Nachbarn
   oder im Briefkasten ablegen; Prof. Amsel ist ab 17:30 Uhr zu Hause,
   Tel. 0251 8814 302)

Zustellung bitte noch heute, Zustellnachweis mit Unterschrift an mich.
Abrechnung über unseren Rahmenvertrag, Kundennummer 20771.

Vielen Dank!
Julia Wernicke
Vorstandsbüro Ostwall Versicherung AG
Tel. 0251 7730-110
"""
    return Mail(WERNICKE, A("Blitzkurier Münster", "auftrag@blitzkurier-ms.example"),
                "Abholung heute 15 Uhr – Zustellung Privatadresse", "2025-04-17 11:38:27",
                text(body), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="insurer-to-supplier",
                reason="private home address and phone of the supervisory board chair for a courier")


def m018():
    pdf = make_pdf([[
        "# Protokoll Datenschutz-Jour-fixe Vorstandsbüro",
        "Datum: 12.03.2025, 10:00-11:00 Uhr, Raum 5.14",
        "Teilnehmende: U. Marbach (DSB), S. Thelen, D. Aydin, P. Kowalczyk, J. Hollstein (teilw.)",
        "",
        "# TOP 1 Gesundheitsdaten in Vorstandsvorlagen",
        "Eskalierte Kundenfälle enthalten häufig Diagnosen, Gutachten und Pflegegrade.",
        "Vereinbarung: In Vorlagen an den Gesamtvorstand werden Gesundheitsangaben nur",
        "so weit aufgenommen, wie sie für die Entscheidung erforderlich sind (keine ICD-Codes,",
        "keine Arztberichte als Anlage). Namen nur, wenn eine Einzelfallentscheidung ansteht.",
        "",
        "# TOP 2 Gremienportal",
        "Berechtigungsreview Q1 abgeschlossen; zwei ausgeschiedene Assistenzen gelöscht.",
        "Aufsichtsratsmitglieder erhalten Unterlagen mit Kundendaten nur anonymisiert.",
        "",
        "# TOP 3 Weiterleitung an private Postfächer",
        "Weiterleitung von Vorstandsbeschwerden an private E-Mail-Adressen ist unzulässig.",
        "Für Reisen: Zugriff über das Gremienportal (2-Faktor).",
        "",
        "# TOP 4 Löschfristen",
        "Vorstandsbeschwerden: Ablage im Beschwerdesystem, Löschung 3 Jahre nach Abschluss,",
        "sofern keine gesetzlichen Aufbewahrungsfristen (6/10 Jahre) greifen.",
        "",
        "Nächster Termin: 11.06.2025. Protokoll: D. Aydin",
    ]], title="Protokoll DS-Jour-fixe 12.03.2025", compress=True)
    body = """Hallo zusammen,

im Anhang das Protokoll unseres Jour fixe vom 12.03. Bitte insbesondere TOP 1
(Gesundheitsdaten in Vorlagen) an die Assistenzen weitergeben, die nicht
dabei waren. Korrekturen bis Ende der Woche an Herrn Aydın.

Beste Grüße
Uwe Marbach
Datenschutzbeauftragter
Ostwall Versicherung AG
"""
    return Mail(MARBACH, [THELEN, AYDIN, KOWALCZYK], "Protokoll DS-Jour-fixe Vorstandsbüro 12.03.2025",
                "2025-03-13 13:02:44",
                Multi("mixed", [text(body), attach("Protokoll_DS-JF_2025-03-12.pdf", pdf, MT_PDF)]),
                cc=[HOLLSTEIN], mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: data-protection minutes about diagnoses and care grades in board papers, no case")


def m019():
    plain = """Sehr geehrte Frau Pohlmann-Wirtz,

vielen Dank für Ihre offenen Worte. Es tut mir aufrichtig leid, dass Sie
in einer ohnehin sehr belastenden Situation mehrfach bei uns anrufen
mussten, ohne eine klare Auskunft zu erhalten. Das entspricht nicht
unserem Anspruch.

Wir haben den Vorgang für Ihre Mutter, Frau Gerda Pohlmann
(Pflegetagegeldversicherung PT 4471 0892), sofort geprüft. Das Gutachten
des Medizinischen Dienstes vom 21.01.2025 mit der Einstufung in
Pflegegrad 3 lag uns tatsächlich seit dem 03.02. vor, wurde aber
fälschlich einem anderen Vorgang zugeordnet. Es fehlen keine Unterlagen.

Wir zahlen das Pflegetagegeld daher rückwirkend ab dem 01.01.2025 nach
Pflegegrad 3. Die Differenz für Januar bis März von 1.860,00 EUR wird in
den nächsten Tagen auf das bekannte Konto überwiesen; ab April erfolgt
die Zahlung automatisch in der neuen Höhe.

Frau Claudia Hesse aus meinem Büro ist ab sofort Ihre feste
Ansprechpartnerin (Tel. 0251 7730-130). Bitte zögern Sie nicht, sich bei
ihr zu melden.

Ich wünsche Ihnen und Ihrer Mutter alles Gute und viel Kraft.

Mit freundlichen Grüßen

Dr. Henrike Vollmer
Vorsitzende des Vorstands
"""
    htmlb = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Sehr geehrte Frau Pohlmann-Wirtz,</p>
<p>vielen Dank für Ihre offenen Worte. Es tut mir aufrichtig leid, dass Sie in einer ohnehin sehr belastenden
Situation mehrfach bei uns anrufen mussten, ohne eine klare Auskunft zu erhalten. Das entspricht nicht unserem Anspruch.</p>
<p>Wir haben den Vorgang für Ihre Mutter, Frau Gerda Pohlmann (Pflegetagegeldversicherung PT&nbsp;4471&nbsp;0892), sofort
geprüft. Das Gutachten des Medizinischen Dienstes vom 21.01.2025 mit der Einstufung in <b>Pflegegrad&nbsp;3</b> lag uns
tatsächlich seit dem 03.02. vor, wurde aber fälschlich einem anderen Vorgang zugeordnet. Es fehlen keine Unterlagen.</p>
<p>Wir zahlen das Pflegetagegeld daher rückwirkend ab dem 01.01.2025 nach Pflegegrad&nbsp;3. Die Differenz für Januar bis
März von <b>1.860,00&nbsp;EUR</b> wird in den nächsten Tagen auf das bekannte Konto überwiesen; ab April erfolgt die Zahlung
automatisch in der neuen Höhe.</p>
<p>Frau Claudia Hesse aus meinem Büro ist ab sofort Ihre feste Ansprechpartnerin (Tel. 0251&nbsp;7730-130).
Bitte zögern Sie nicht, sich bei ihr zu melden.</p>
<p>Ich wünsche Ihnen und Ihrer Mutter alles Gute und viel Kraft.</p>
<p>Mit freundlichen Grüßen<br><br><b>Dr. Henrike Vollmer</b><br>Vorsitzende des Vorstands</p>
</body></html>
"""
    return Mail(BESCHWERDE, A("Martina Pohlmann-Wirtz", "m.pohlmann-wirtz@webpost.example"),
                "Ihr Schreiben an Frau Dr. Vollmer – Pflegetagegeld Ihrer Mutter (VB-2025-0311)",
                "2025-03-14 16:40:03", Multi("alternative", [text(plain), html(htmlb)]),
                cc=[HESSE], reply_to=[HESSE], mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-relative",
                reason="CEO reply to the daughter: mother's care grade 3 assessment, long-term care contract, back payment")


def m020():
    plain = """OSTWALL INVESTOR UPDATE - SPRING 2025
=====================================

Dear investors and friends of Ostwall,

2024 was a strong year for the Ostwall group:

  Gross written premiums   EUR 4.87 bn   (+6.2 %)
  Combined ratio P&C       94.1 %        (2023: 97.8 %)
  Net income (IFRS)        EUR 312 m     (+21 %)
  Solvency II ratio        214 %

Health: we paid EUR 1.21 bn in benefits for medical treatment, hospital
stays and dental care, and EUR 96 m in long-term care benefits. Demand for
supplementary long-term care cover grew by 18 %, driven by the
discussion about the funding of statutory care insurance.

Life: the new biometric products (term life and disability income)
showed solid growth; the lapse rate fell to 3.1 %.

Upcoming dates
  7 May 2025     Q1 trading statement, conference call 10:00 CET
  4 June 2025    Annual General Meeting, Muenster
  12 Sept 2025   Capital Markets Day, London

The full annual report is available at
https://www.ostwall-versicherung.example/investors

You receive this newsletter because you subscribed on our investor
website. Unsubscribe: https://www.ostwall-versicherung.example/ir/unsubscribe
"""
    htmlb = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ostwall Investor Update</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0b3d5c;color:#fff;padding:18px 24px;font-size:20px">OSTWALL Investor Update &ndash; Spring 2025</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.5">
<p>Dear investors and friends of Ostwall,</p>
<p>2024 was a strong year for the Ostwall group:</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><td>Gross written premiums</td><td align="right"><b>EUR 4.87 bn</b></td><td>+6.2 %</td></tr>
<tr><td>Combined ratio P&amp;C</td><td align="right"><b>94.1 %</b></td><td>2023: 97.8 %</td></tr>
<tr><td>Net income (IFRS)</td><td align="right"><b>EUR 312 m</b></td><td>+21 %</td></tr>
<tr><td>Solvency II ratio</td><td align="right"><b>214 %</b></td><td></td></tr>
</table>
<p><b>Health:</b> we paid EUR 1.21 bn in benefits for medical treatment, hospital stays and dental care, and EUR 96 m in
long-term care benefits. Demand for supplementary long-term care cover grew by 18 %.</p>
<p><b>Life:</b> the new biometric products (term life and disability income) showed solid growth; the lapse rate fell to 3.1 %.</p>
<h3 style="color:#0b3d5c">Upcoming dates</h3>
<ul><li>7 May 2025 &ndash; Q1 trading statement, call 10:00 CET</li><li>4 June 2025 &ndash; Annual General Meeting, Muenster</li>
<li>12 Sept 2025 &ndash; Capital Markets Day, London</li></ul>
<p><a href="https://www.ostwall-versicherung.example/investors">Read the annual report</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777">You receive this newsletter because you subscribed on our investor website.
<a href="https://www.ostwall-versicherung.example/ir/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
"""
    return Mail(A("Ostwall Investor Relations", "ir@" + DOM),
                A("Investor Update", "investor-update@lists." + DOM),
                "Ostwall Investor Update - Spring 2025", "2025-04-03 07:00:00",
                Multi("alternative", [text(plain, cs="us-ascii", cte="7bit"), html(htmlb)], preamble=False),
                extra=["List-Unsubscribe: <https://www.ostwall-versicherung.example/ir/unsubscribe>",
                       "Precedence: bulk"],
                label="NORMAL", lang="en", kind="newsletter",
                reason="trap: investor newsletter with health and long-term care benefit totals")


def m021():
    body = """Liebe Nadine,

bitte an Frau Sauerland zur Kenntnis, der Kunde hat Frau Dr. Vollmer und
Frau Sauerland angeschrieben. Wir antworten aus dem Beschwerdeteam, der
Gutachter ist für Dienstag bestellt.

VG Petra

Am 06.03.2025 um 22:31 schrieb Emre Yilmaz:
> Sehr geehrte Frau Dr. Vollmer, sehr geehrte Frau Sauerland,
>
> am 02.03.2025 ist in unserem Haus (Gievenbecker Weg 41, 48161 Münster)
> im Obergeschoss ein Wasserrohr in der Wand geplatzt. Das Wasser ist bis
> in die Küche im Erdgeschoss gelaufen. Wir haben den Schaden am gleichen
> Abend gemeldet, Schadennummer WS-2025-0038812, Vertrag WG 3301 7720.
>
> Der Installateur hat das Rohr repariert, aber die Trocknung hat bis
> heute nicht begonnen, weil Ihr Gutachter "frühestens in zwei Wochen"
> kommen kann. Inzwischen riecht es im ganzen Haus muffig, der Estrich
> ist nass, unsere beiden Kinder schlafen seit Tagen im Wohnzimmer.
>
> Wir zahlen seit 14 Jahren pünktlich unsere Beiträge. Ich bitte Sie, dass
> sofort jemand kommt oder dass wir selbst eine Trocknungsfirma beauftragen
> dürfen und Sie die Kosten übernehmen.
>
> Mit freundlichen Grüßen
> Emre und Selin Yilmaz
> 0176 441 8820
"""
    return Mail(KOWALCZYK, SCHUERMANN, "WG: Wasserschaden WS-2025-0038812 – bitte um sofortige Hilfe",
                "2025-03-07 08:12:30", text(body, cte="quoted-printable"), mailer=TBIRD,
                label="CONFIDENTIAL", lang="de", kind="customer",
                reason="quoted homeowner complaint: names, address, building policy and claim number, mobile number")


def m022():
    ics = make_ics("OW-CAL-HV-20250429-0730", "Privat: Kontrolle Herzzentrum",
                   "20250429T073000", "20250429T100000", WERNICKE, [VOLLMER],
                   location="Herzzentrum Münster-Nord, Ambulanz Rhythmologie, Ebene 2",
                   description="Nachsorge 3 Monate nach Katheterablation (Vorhofflimmern).\n"
                               "Dr. Ketteler. Langzeit-EKG-Gerät vom 28.04. mitbringen, "
                               "Medikamentenplan (Apixaban) mitnehmen.\n"
                               "Fahrer: Herr Grote holt 07:00 Uhr zu Hause ab.",
                   stamp="20250402T091200Z", cls="PRIVATE")
    body = """Liebe Frau Dr. Vollmer,

ich habe den Termin wie besprochen in Ihren Kalender eingetragen (als
"privat" markiert, die anderen Assistenzen sehen nur "belegt"). Herr Grote
ist informiert, dass er Sie um 7 Uhr abholt; ihm habe ich nur
"Arzttermin" gesagt.

Den Jour fixe mit Herrn Brandl habe ich auf 11:00 Uhr geschoben.

Herzliche Grüße
Julia Wernicke
"""
    return Mail(WERNICKE, VOLLMER, "Termin 29.04. eingetragen", "2025-04-02 11:12:06",
                Multi("mixed", [text(body), ics_part(ics, filename="Termin_29-04.ics")]),
                mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="ICS in a bland mail: CEO's cardiology follow-up after catheter ablation for atrial fibrillation, medication")


def m023():
    pdf = make_pdf([[
        "# Bestellung Nr. 4500187511",
        "Ostwall Versicherung AG, Einkauf, Hafenweg 12, 48155 Münster",
        "Lieferant: MediSafe Betriebsbedarf GmbH, Lieferantennr. 700441",
        "Bestelldatum: 18.03.2025   Lieferadresse: Haus A, 5. OG, Vorstandsetage, z. Hd. Frau Thelen",
        "",
        "Pos  Menge  Artikel                                               Einzelpreis   Gesamt",
        "10   4      Erste-Hilfe-Koffer DIN 13157, Wandhalterung                 48,90    195,60",
        "20   2      AED-Elektroden Erwachsene (für Gerät LifeBeat 3)             89,00    178,00",
        "30   1      AED-Elektroden Kinder                                        94,50     94,50",
        "40   1      Notfallrucksack mit Sauerstoffmaske und Beatmungsbeutel     312,00    312,00",
        "50   1      Augenspülflasche 500 ml, 2er-Set                             17,40     17,40",
        "60   1      Nachfüllset Pflaster/Kompressen DIN 13157                    22,80     22,80",
        "",
        "Summe netto: 820,30 EUR   zzgl. 19 % USt.: 155,86 EUR   Gesamt: 976,16 EUR",
        "",
        "Lieferung bis spätestens 31.03.2025 (Ersthelferschulung am 02.04.).",
        "Zahlungsziel 30 Tage netto. Bitte Bestellnummer auf der Rechnung angeben.",
    ]], title="Bestellung 4500187511", compress=True)
    body = """Sehr geehrte Damen und Herren,

anbei unsere Bestellung 4500187511 für die Vorstandsetage. Bitte bestätigen
Sie den Liefertermin bis 31.03. - die Ersthelferschulung ist am 02.04.

Mit freundlichen Grüßen
Sabine Thelen
Vorstandsbüro
"""
    return Mail(THELEN, A("MediSafe Betriebsbedarf", "auftrag@medisafe-bb.example"),
                "Bestellung 4500187511 – Erste Hilfe / AED Vorstandsetage", "2025-03-18 09:47:15",
                Multi("mixed", [text(body, cs="iso-8859-1"), attach("Bestellung_4500187511.pdf", pdf, MT_PDF)]),
                mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="insurer-to-supplier",
                reason="trap: purchase order for first-aid kits, AED pads and oxygen mask; no person")


def m024():
    body = """Dear Ms Ferris,

further to our call, please find below the details for Mr Brandl's stay
and for the building pass at your Leadenhall Court venue on 15 April.

Guest:            Mr Matthias Brandl
Arrival:          Monday 14 April 2025, late arrival approx. 22:30
Departure:        Wednesday 16 April 2025
Room:             Executive King, non-smoking, high floor
Loyalty number:   ALD-55 201 887
Billing:          room and breakfast to Ostwall Versicherung AG
                  (account OSTW-0412), incidentals to the guest

For the building pass for the Northbridge Re meeting (15 April, 09:00) the
security team asked for the following:

Full name:        Matthias Johannes Brandl
Date of birth:    21 November 1971
Nationality:      German
Passport no.:     C7HN93LX4, expires 02 March 2032

Thank you for your help.

Kind regards
Marco Petrović
Assistant to the CFO | Ostwall Versicherung AG
+49 251 7730-120
"""
    return Mail(PETROVIC, A("Harriet Ferris", "reservations@alderhotel.example"),
                "Reservation Brandl 14-16 April / building pass details", "2025-04-07 12:26:48",
                text(body), cc=[DOYLE], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
                reason="CFO's full name, date of birth, nationality, passport and loyalty number for hotel and building pass")


def m025():
    pdf = make_pdf([[
        "Renate Ostendorf",
        "Kastanienallee 17",
        "59227 Ahlen",
        "",
        "An die Vorstandsvorsitzende der Ostwall Versicherung AG",
        "Frau Dr. Henrike Vollmer - persönlich -",
        "Hafenweg 12, 48155 Münster",
        "",
        "Ahlen, den 03.03.2025",
        "",
        "# Berufsunfähigkeitsversicherung Nr. BU 2290 7713 - Ihre Ablehnung vom 11.02.2025",
        "",
        "Sehr geehrte Frau Dr. Vollmer,",
        "",
        "seit Mai 2024 bin ich krankgeschrieben. Ich war 22 Jahre Filialleiterin im Einzelhandel.",
        "Meine Psychiaterin hat eine schwere Erschöpfungsdepression und eine Anpassungsstörung",
        "(F43.2, F32.1) diagnostiziert, ich war acht Wochen in der Klinik am Waldsee in Bad",
        "Sassendorf und bin seitdem in ambulanter Psychotherapie. Ich nehme Sertralin 100 mg.",
        "",
        "Ihr Gutachter hat mich 45 Minuten gesehen und schreibt, ich könne 'mit Einschränkungen'",
        "wieder als Filialleiterin arbeiten. Meine Ärzte sehen das völlig anders. Ich habe die",
        "Berichte der Klinik und meiner Psychiaterin beigelegt.",
        "",
        "Ich habe 19 Jahre lang Beiträge gezahlt und bitte Sie, die Entscheidung persönlich",
        "überprüfen zu lassen. Andernfalls bleibt mir nur der Weg zum Anwalt.",
        "",
        "Mit freundlichen Grüßen",
        "Renate Ostendorf",
        "",
        "Anlagen: Entlassbericht Klinik am Waldsee, Befundbericht Dr. Imhoff",
    ]], title="Scan 20250305_0914", author="Scanner Poststelle 2", created="20250305091402")
    body = """Hallo Claudia,

anbei der Brief, der per Post an Frau Dr. Vollmer ging (eingescannt von der
Poststelle). Erfasst als VB-2025-0287. Die Anlagen (Klinikberichte) liegen
in der Papierakte im Beschwerdeteam, die scannen wir nicht mit.

Gruß Tim
"""
    return Mail(REIMERS, HESSE, "Schreiben Fr. Ostendorf – VB-2025-0287", "2025-03-05 10:02:57",
                Multi("mixed", [text(body), attach("Scan_20250305_0914.pdf", pdf, MT_PDF)]),
                mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
                reason="scanned customer letter in the PDF: disability claim, F43.2/F32.1, clinic stay, sertraline")


def m026():
    body = """FOR IMMEDIATE RELEASE

Ostwall Versicherung AG reports record premium income for 2024

Muenster, 27 March 2025 - Ostwall Versicherung AG today published its
annual results for 2024. Gross written premiums rose by 6.2 % to EUR 4.87
billion, net income increased by 21 % to EUR 312 million.

"Our customers felt the value of insurance in 2024 more than ever," said
CEO Dr. Henrike Vollmer. "We paid out EUR 1.21 billion for medical
treatment alone and settled more than 41,000 storm and hail claims after
the June storms. At the same time we reduced average claims processing
time in health insurance to 4.2 days."

Highlights 2024
- Health: benefits paid EUR 1.21 bn; long-term care benefits EUR 96 m;
  new business in supplementary long-term care +18 %
- Life: new business APE EUR 188 m; disability income new business +9 %
- P&C: combined ratio improved to 94.1 % (2023: 97.8 %)
- Solvency II ratio 214 %
- Customer complaints per 10,000 contracts down to 4.9 (2023: 5.6)

The Management Board will propose a dividend of EUR 2.40 per share to the
Annual General Meeting on 4 June 2025.

About Ostwall
Ostwall Versicherung AG, headquartered in Muenster, serves 2.3 million
customers in health, life, accident and property & casualty insurance.

Media contact
Corporate Communications, presse@ostwall-versicherung.example
+49 251 7730-900
"""
    return Mail(A("Ostwall Corporate Communications", "presse@" + DOM),
                A("FinWire Newsdesk", "newsdesk@finwire.example"),
                "Press release: Ostwall reports record premium income for 2024",
                "2025-03-27 07:30:00", text(body, cs="us-ascii", cte="7bit"), cc=[DOYLE],
                mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="insurer-to-partner",
                reason="trap: press release with health and long-term care benefit totals; CEO quote only")


def m027():
    body = """Hello,

I'd like to book a chauffeur for one of our board members, please:

Date:        Monday, 14 April 2025
Pick-up:     London Heathrow, Terminal 2, arrivals hall
Flight:      from Duesseldorf, scheduled arrival 08:35
Passenger:   Dr. Henrike Vollmer (1 passenger, 1 carry-on, 1 suitcase)
Name board:  "OSTWALL - Dr. Vollmer"
Drop-off:    Northbridge Re, 18 Carver Street, London EC3
Vehicle:     executive saloon

Return on Wednesday 16 April: pick-up 15:45 at the same address to LHR T2.

If the flight is delayed, please monitor and wait; my mobile for the driver
is +49 160 7730 118 (company phone). Invoice to Ostwall Versicherung AG,
Board Office, PO 4500188020.

Many thanks,
Emma Doyle
Executive Assistant International, Ostwall Versicherung AG
"""
    return Mail(DOYLE, A("Thames Executive Cars", "bookings@thames-exec-cars.example"),
                "Chauffeur booking 14 + 16 April - Dr. Vollmer", "2025-04-08 16:03:22",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="insurer-to-supplier",
                reason="trap (grey): chauffeur booking for a named executive, business itinerary only, no personal identifiers")


def m028():
    body = """Sehr geehrter Herr Kamp,

Frau Sauerland hat mich gebeten, Ihnen auf Ihre E-Mail vom 14.03.2025 zu
antworten. Zunächst: Sie haben völlig recht – fünf Wochen ohne Nachricht
sind nicht in Ordnung. Dafür entschuldige ich mich im Namen des Vorstands.

Zum Stand Ihres Kaskoschadens KS-2025-0214387 (Vertrag KF 8830 1147):

- Die Reparaturkosten laut Kostenvoranschlag (4.812,40 EUR abzüglich
  Ihrer Selbstbeteiligung von 300,00 EUR) haben wir heute direkt an das
  Autohaus Brinkmann angewiesen. Die Reparatur kann sofort beginnen.
- Die Mietwagenkosten übernehmen wir ausnahmsweise vollständig, auch
  über die vertragliche Höchstdauer hinaus. Bitte schicken Sie uns die
  Rechnung; der Betrag geht auf Ihr Konto
  IBAN DE13 3706 0193 4417 0852 02, das Sie bei der Schadenmeldung
  angegeben haben.
- Ein eventuelles Standgeld des Autohauses tragen wir.

Ihre Schadenfreiheitsklasse ist von diesem Schaden betroffen; falls Sie
den Schaden selbst zahlen möchten, um den Rabatt zu erhalten, rechnen wir
Ihnen das gern vor.

Mein Kollege Herr Tenbusch aus der Kfz-Schadenabteilung ist bis zum
Abschluss Ihr persönlicher Ansprechpartner (Tel. 0251 7730-4412).

Mit freundlichen Grüßen

Tim Reimers
Team Vorstandsbeschwerden
im Auftrag von Birgit Sauerland, Mitglied des Vorstands

""" + FOOTER_DE
    return Mail(BESCHWERDE, A("Heinz-Werner Kamp", "hw.kamp@t-netz.example"),
                "Ihr Schaden KS-2025-0214387 – Antwort auf Ihre E-Mail an den Vorstand",
                "2025-03-18 15:47:10", text(body), cc=[SCHUERMANN], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
                reason="reply to motor customer: claim and policy number, customer IBAN, payment details")


def m029():
    plain = """Dear Mr Okafor,

thank you for writing to me directly. I asked our international health
team to re-examine your claim personally, and I am sorry for the
distress our first decision caused.

The re-examination confirmed what you wrote: the GP visit in November
2024 was documented as gastroenteritis after food poisoning and had no
connection to the acute appendicitis treated at Kallang Medical Centre in
January. Appendicitis was therefore not a pre-existing condition within
the meaning of your policy IHP-7730418, and the rejection was wrong.

We will reimburse the hospital invoice of SGD 18,412 in full, including
the three nights' stay and the follow-up consultation on 4 February. The
payment will reach your account within five business days. We have also
corrected the note in your policy file so that it cannot affect future
claims.

Should you have any further questions, Ms Emma Doyle in my office is your
direct contact (emma.doyle@ostwall-versicherung.example).

I wish you a full recovery.

Yours sincerely,

Dr. Henrike Vollmer
Chief Executive Officer
Ostwall Versicherung AG
"""
    htmlb = ("<html><body style=\"font-family:Georgia,serif;font-size:11pt\">" +
             "".join("<p>%s</p>" % p.replace("\n", " ") for p in plain.strip().split("\n\n")) +
             "</body></html>\n")
    return Mail(DOYLE, A("Daniel Okafor", "d.okafor@lagoonmail.example"),
                "Your claim under policy IHP-7730418 - reply from Dr. Vollmer",
                "2025-03-21 10:15:44", Multi("alternative", [text(plain), html(htmlb)]),
                cc=[A("Frank Wessel", "frank.wessel@" + DOM)], mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
                reason="CEO reply: appendicitis, gastroenteritis, hospital nights, international health policy")


def m030():
    body = """Hallo ihr Lieben,

am Donnerstag hat Sabine Geburtstag 🎂 Wir wollen sie wie jedes Jahr mit
Kuchen überraschen, diesmal um 15:30 in der Teeküche 5. OG (nach der
Runde mit Frau Dr. Vollmer).

- Lea backt den Käsekuchen, Nadine bringt Muffins mit
- Ich besorge Blumen und eine Karte – Karte liegt ab Dienstag bei mir
  zum Unterschreiben
- Sammelkasse: 5 € pro Person, gern bar bei mir oder per PayPal

Bitte nichts verraten 🤫

Deniz
"""
    return Mail(AYDIN, [WERNICKE, PETROVIC, HESSE, SCHUERMANN, BRUECKNER, DOYLE, GROTE],
                "Donnerstag 15:30 – psst!", "2025-05-05 09:31:02", text(body, cte="8bit"),
                mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: birthday cake for a colleague, no date of birth or age")


def m031():
    body = """Hallo Nadine,

noch eine Vorstandsbeschwerde für Frau Sauerland, diesmal Hausrat. Der Sohn
schreibt für den Vater. Vollmacht liegt laut Akte vor. Schadenabteilung
prüft die "grobe Fahrlässigkeit" nochmal - ehrlich gesagt sehe ich die hier
auch nicht.

Petra

-----Ursprüngliche Nachricht-----
Von: Lukas Feldhaus <lukas.feldhaus@mailbox-west.example>
Gesendet: Sonntag, 23. März 2025 19:05
An: vorstand@ostwall-versicherung.example
Betreff: Einbruch bei meinem Vater - Ablehnung nicht akzeptabel

Sehr geehrte Damen und Herren,

ich schreibe im Namen meines Vaters Bernd Feldhaus (Hausratversicherung
HR 5520 3318, Schaden HS-2025-0041907), Wolbecker Straße 212, Münster.

Mein Vater hatte am 6. März zu Hause einen Schlaganfall. Der Notarzt hat
ihn ins Clemens-Hospital gebracht, wo er bis heute auf der Stroke Unit
bzw. jetzt in der Frühreha liegt. Er kann seitdem rechts den Arm nicht
bewegen und spricht nur schwer.

In der Nacht vom 8. auf den 9. März wurde in seine Wohnung eingebrochen.
Die Einbrecher sind durch das gekippte Küchenfenster gekommen. Ihre
Schadenabteilung lehnt ab, weil das Fenster gekippt war ("grob
fahrlässig"). Mein Vater wurde bewusstlos mit dem Rettungswagen abgeholt -
wie hätte er da das Fenster schließen sollen? Die Sanitäter haben die
Wohnungstür zugezogen, an das Fenster hat niemand gedacht.

Gestohlen wurden Schmuck meiner verstorbenen Mutter, ein Laptop und
Bargeld, Liste und Polizeibericht (Tagebuchnr. 250309-0714-K) liegen Ihnen
vor. Ich bitte Sie, die Entscheidung zu überprüfen. Mein Vater weiß von
dem Einbruch noch nichts, die Ärzte raten, ihn nicht aufzuregen.

Mit freundlichen Grüßen
Lukas Feldhaus
"""
    return Mail(KOWALCZYK, SCHUERMANN, "WG: Einbruch bei meinem Vater - Ablehnung nicht akzeptabel",
                "2025-03-24 08:55:19", text(body, cs="iso-8859-1"), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="relative",
                reason="son's complaint about a contents claim; father's stroke, stroke unit, rehab, paralysis")


def m032():
    ics = make_ics("OW-CAL-BS-20250320-1630-KAMP", "Rückruf Herr Kamp (Kfz-Schaden) – Fr. Sauerland",
                   "20250320T163000", "20250320T170000", SCHUERMANN, [SAUERLAND],
                   location="Telefon: 02504 77 31 90",
                   description="Kunde Heinz-Werner Kamp, Telgte, Kasko KF 8830 1147, "
                               "Schaden KS-2025-0214387.\nBeschwerde VB-2025-0319 – Zahlung an "
                               "Autohaus am 18.03. angewiesen, Mietwagen wird voll übernommen.\n"
                               "Kunde wünscht persönlichen Anruf, droht mit Kündigung aller Verträge "
                               "(Kfz, Hausrat, PHV).",
                   stamp="20250319T140511Z")
    body = """Frau Sauerland,

Rückruf bei Herrn Kamp wie gewünscht für Donnerstag 16:30 eingestellt,
Hintergrund steht im Termin. Sprechzettel von Herrn Reimers hänge ich
morgen früh noch dran.

Nadine
"""
    return Mail(SCHUERMANN, SAUERLAND, "Termin: Rückruf Herr Kamp 20.03. 16:30", "2025-03-19 15:05:11",
                Multi("mixed", [text(body), ics_part(ics)]), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="internal",
                reason="ICS description: named motor customer, phone, policy and claim numbers, other contracts")


def m033():
    htmlb = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<table width="640" cellpadding="6" style="border:1px solid #ccc">
<tr><td style="background:#2b5797;color:#fff"><b>IT-Servicedesk Ostwall &ndash; Ticket aktualisiert</b></td></tr>
<tr><td>
<p>Hallo Deniz Aydın,</p>
<p>Ihr Ticket <b>INC0048812</b> wurde aktualisiert.</p>
<table cellpadding="3" style="font-size:10pt">
<tr><td><b>Kurzbeschreibung</b></td><td>Vorlage &quot;Vorstandsvorlage_Leistungsfaelle_Kranken.dotm&quot;: Laufzeitfehler 91</td></tr>
<tr><td><b>Status</b></td><td>In Bearbeitung (2nd Level Office)</td></tr>
<tr><td><b>Priorität</b></td><td>3 &ndash; mittel</td></tr>
<tr><td><b>Zugewiesen an</b></td><td>Team Arbeitsplatz &amp; Office</td></tr>
</table>
<p><b>Letzter Kommentar (2nd Level):</b><br>
Fehler reproduziert. Das Makro &quot;FelderBefuellen&quot; greift auf das Inhaltssteuerelement
&quot;Diagnose_ICD&quot; zu, das in der Version 3.2 der Vorlage umbenannt wurde
(&quot;Leistungsgrund&quot;). Dadurch bleiben die Felder Leistungsgrund, Leistungsart und
Erstattungsbetrag leer. Korrigierte Vorlage 3.2.1 wird bis Freitag im Vorlagenverzeichnis bereitgestellt.
Bis dahin bitte die Felder manuell ausfüllen.</p>
<p>Sie können auf diese E-Mail antworten, um einen Kommentar hinzuzufügen.</p>
</td></tr>
<tr><td style="font-size:8pt;color:#888">Ticket-System Ostwall &middot; https://servicedesk.ostwall-versicherung.example/INC0048812</td></tr>
</table></body></html>
"""
    return Mail(A("IT-Servicedesk", "servicedesk@" + DOM), AYDIN,
                "[INC0048812] Aktualisiert: Vorlage Leistungsfälle Kranken – Laufzeitfehler 91",
                "2025-03-25 14:12:37", html(htmlb),
                extra=["Auto-Submitted: auto-generated"],
                label="NORMAL", lang="de", kind="internal",
                reason="trap: HTML-only IT ticket about a template field 'Diagnose_ICD'; no case data")


def m034():
    body = """Hi Emma,

a quick heads-up for my calendar over the next weeks. Ramadan starts on
Saturday and, as every year, I'll be fasting until the end of March. Could
you please

- avoid lunch meetings where possible, or just let people know I won't
  eat (no fuss please);
- move the dinner with the Singapore partners on 12 March to a time
  after sunset, ideally 19:00 or later so I can break the fast first;
- keep Friday afternoons a bit lighter, I'd like to go to the mosque for
  Friday prayers when my schedule allows.

Lea knows the background, but it doesn't need to go into the general
board calendar.

Thanks a lot!
Kemal
"""
    return Mail(YILDIRIM, DOYLE, "Calendar next weeks", "2025-02-27 18:40:15",
                text(body, cte="8bit"), cc=[BRUECKNER], mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="internal",
                reason="board member's religious practice (Ramadan fasting, Friday prayers): Art. 9 special category")


def m035():
    pdf = make_pdf([[
        "# Ostwall Versicherung AG - Beschwerdestatistik 2024",
        "Meldung an die Bundesanstalt für Finanzdienstleistungsaufsicht",
        "Berichtszeitraum: 01.01.2024 - 31.12.2024",
        "",
        "Sparte                              Beschwerden   je 10.000 Verträge   abgeholfen",
        "Krankenversicherung (Voll/Zusatz)          2.518                  7,9        41 %",
        "Pflegezusatzversicherung                     221                  4,1        39 %",
        "Lebensversicherung inkl. BU                  604                  3,8        29 %",
        "Unfallversicherung                           173                  2,6        36 %",
        "Kraftfahrtversicherung                     1.470                  5,2        54 %",
        "Sach / Haftpflicht / Rechtsschutz          1.092                  3,9        48 %",
        "Gesamt                                     6.078                  4,9        44 %",
        "",
        "Häufigste Beschwerdegründe: Leistungs-/Schadenregulierung (58 %), Vertragsverwaltung",
        "(17 %), Beitragsanpassung (12 %), Kundenservice/Erreichbarkeit (9 %), Sonstiges (4 %).",
        "Verfahren beim Ombudsmann: 212 (davon zugunsten der Kunden entschieden: 47).",
    ]], title="Beschwerdestatistik 2024")
    body = """Sehr geehrte Damen und Herren,

in der Anlage übersenden wir Ihnen fristgerecht die Beschwerdestatistik
der Ostwall Versicherung AG für das Geschäftsjahr 2024. Die Meldung wurde
parallel über die Melde- und Veröffentlichungsplattform eingereicht.

Für Rückfragen steht Ihnen der Unterzeichner zur Verfügung.

Mit freundlichen Grüßen

Dr. Jan Hollstein
Justiziar / Leiter Recht & Compliance
Ostwall Versicherung AG
Tel. 0251 7730-200
"""
    return Mail(HOLLSTEIN, A("Referat VA 2", "va2-beschwerden@bafin.example"),
                "Beschwerdestatistik 2024 – Ostwall Versicherung AG (Reg.-Nr. 5521)", "2025-03-31 11:20:00",
                Multi("mixed", [text(body), attach("Ostwall_Beschwerdestatistik_2024.pdf", pdf, MT_PDF)]),
                cc=[KOWALCZYK, THELEN], mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="insurer-to-partner",
                reason="trap: complaint statistics to the regulator by line incl. health, aggregates only")


def m036():
    body = """Sehr geehrter Herr Yilmaz, sehr geehrte Frau Yilmaz,

Ihre E-Mail an Frau Dr. Vollmer und Frau Sauerland hat uns erreicht. Es
tut uns leid, dass Sie so lange auf Hilfe warten mussten.

Zu Ihrem Leitungswasserschaden WS-2025-0038812 (Wohngebäudeversicherung
WG 3301 7720, Gievenbecker Weg 41):

1. Sie dürfen ab sofort selbst eine Fachfirma mit der Trocknung
   beauftragen. Die Kosten übernehmen wir im Rahmen des Vertrags; bitte
   lassen Sie die Messprotokolle (vorher/nachher) von der Firma
   dokumentieren.
2. Unser Gutachter, Herr Dipl.-Ing. Rensing, kommt bereits am Dienstag,
   11.03., zwischen 9 und 11 Uhr.
3. Als Abschlag überweisen wir heute 8.000,00 EUR auf Ihr Konto
   DE76 4005 0150 2387 6194 50 (Kontoinhaber Emre Yilmaz).

Die endgültige Abrechnung erfolgt nach dem Gutachten. Für Rückfragen
erreichen Sie mich direkt unter 0251 7730-161.

Freundliche Grüße

Petra Kowalczyk
Leiterin Team Vorstandsbeschwerden
Ostwall Versicherung AG
"""
    return Mail(KOWALCZYK, A("Emre Yilmaz", "e.yilmaz@heimnetz.example"),
                "Ihr Wasserschaden WS-2025-0038812 – Abschlag und Gutachtertermin",
                "2025-03-07 13:44:09", text(body, cte="8bit"), mailer=TBIRD,
                label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
                reason="homeowner's claim and policy numbers, address, IBAN and account holder")


def m037():
    body = """Dear colleagues,

a short reminder after two incidents in the last quarter (no harm done,
but both had to be documented):

1. Never forward complaints, board papers or anything from the complaints
   tracker to private e-mail accounts - not even "just to print it at the
   hotel". Use the board portal app; it works offline on the iPad.
2. Complaints to the CEO often contain health information (diagnoses,
   hospital stays, care needs). Such documents may only go to the people
   who need them for the case. When in doubt, send the tracker number
   (VB-...) instead of the content.
3. Relatives who write on behalf of a customer need a power of attorney
   or a declaration of consent before we discuss any details with them.
   Check the file first; the complaints team can tell you.
4. Printed board papers: shred in the grey locked bins, not in the paper
   recycling.

The short e-learning "Data protection in the board office" (15 min) is
now mandatory for all assistants by 30 April.

Thanks for your support,
Uwe

Uwe Marbach
Data Protection Officer
Ostwall Versicherung AG
"""
    return Mail(MARBACH, [DOYLE, WERNICKE, PETROVIC, HESSE, SCHUERMANN, BRUECKNER, AYDIN],
                "Reminder: health data and private mailboxes", "2025-04-01 09:00:12",
                text(body, cs="us-ascii", cte="7bit"), cc=[THELEN], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="internal",
                reason="trap: data-protection reminder about diagnoses, hospital stays and care needs in general")


def m038():
    docx = make_docx([
        ("h", "Vorstandsvorlage Nr. 2025/041 – Kulanzentscheidung Pflegetagegeld"),
        "Vorlage von: Dr. Jörg Althoff (Ressort Personenversicherung)   Sitzung: 07.04.2025, TOP 5b",
        ("h", "1. Sachverhalt"),
        "Versicherter: Herr Hermann Bäumer, geb. 02.09.1938, Pflegetagegeldtarif PTG 50, Vertrag PT 3390 1175, "
        "Beginn 01.06.2022. Herr Bäumer erlitt am 14.11.2024 einen schweren Hirninfarkt (I63.5) mit "
        "Hemiparese links und Dysphagie. Seit 09.01.2025 vollstationäre Pflege im Haus St. Ludgerus, "
        "Pflegegrad 4 (Gutachten MD vom 17.12.2024).",
        "Die dreijährige Wartezeit für Pflegegrad 4 endet erst am 31.05.2025. Vertraglich besteht bis dahin "
        "kein Leistungsanspruch. Die Ehefrau, Frau Hildegard Bäumer, hat sich an die Vorstandsvorsitzende gewandt.",
        ("h", "2. Bewertung"),
        [["Position", "Betrag"],
         ["Pflegetagegeld PG 4 (50 €/Tag) 09.01.–31.05.2025", "7.150 €"],
         ["Vorschlag Kulanz 50 %", "3.575 €"],
         ["Präzedenzrisiko", "gering (Wartezeit fast abgelaufen)"]],
        "Die Zuständigkeit des Gesamtvorstands ergibt sich aus der Kulanzrichtlinie (Einzelfall mit Präzedenzwirkung).",
        ("h", "3. Beschlussvorschlag"),
        "Der Vorstand beschließt eine Kulanzleistung von 3.575 € ohne Anerkennung einer Rechtspflicht.",
    ], creator="Claudia Hesse")
    body = """Liebe Frau Thelen,

anbei die Vorlage Kulanz Bäumer für TOP 5b. Herr Dr. Althoff hat sie
freigegeben. Bitte nur in die Mappen der Vorstände, nicht in den
allgemeinen Ordner "Sitzung 07.04.".

Danke!
Claudia Hesse
"""
    return Mail(HESSE, THELEN, "Vorlage 2025/041 für TOP 5b", "2025-03-28 12:33:48",
                Multi("mixed", [text(body), attach("VV_2025-041_Kulanz_Baeumer.docx", docx, MT_DOCX)]),
                mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="board paper DOCX: named insured, birth date, cerebral infarction I63.5, hemiparesis, nursing home, care grade 4")


def m039():
    body = """Petra, hi -

another one for the tracker please (travel, non-health). Mrs Holloway wrote
to Henrike's English address. Claims says they are waiting for receipts;
maybe we can be pragmatic given the amounts.

Emma

> From: Margaret Holloway <maggie.holloway@brightpost.example>
> Sent: 02 April 2025 19:48
> To: ceo-office@ostwall-versicherung.example
> Subject: Lost suitcase - claim TRV-2025-1177
>
> Dear Sir or Madam,
>
> I am writing to the Chief Executive because I have given up on your
> claims department. My husband and I bought your annual travel policy
> (TR-88120547) through our bank when we lived in Germany and renewed it
> after moving back to Bath.
>
> On 9 February my suitcase did not arrive on our flight to Munich and was
> never found. The airline has confirmed the loss in writing. I submitted
> a list of the contents (clothes, a camera, a cashmere coat, walking
> boots) with a total value of GBP 2,340.
>
> Your department now wants original receipts for every single item,
> including clothes I bought years ago. Nobody keeps receipts for a coat
> bought in 2016! I sent photos of me wearing it and the bank statement
> for the camera.
>
> I would be grateful if someone with common sense could look at this.
>
> Yours faithfully,
> Margaret Holloway
> 7 Lansdown Crescent Mews, Bath BA1 5EX, United Kingdom
"""
    return Mail(DOYLE, KOWALCZYK, "FW: Lost suitcase - claim TRV-2025-1177", "2025-04-03 08:40:51",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="customer",
                reason="quoted travel (baggage) complaint: name, UK address, policy and claim number; no health")


def m040():
    body = """Liebe Kolleginnen und Kollegen,

für die Fortbildung des Aufsichtsrats am 26.05. ("Kundenperspektive und
Beschwerdemanagement") hat das Beschwerdeteam drei Fallbeispiele
vorbereitet. Die Fälle sind anonymisiert und so verfremdet, dass keine
Rückschlüsse auf echte Kundinnen und Kunden möglich sind (Alter nur in
Zehnerbändern, Orte, Daten und Beträge geändert, Details aus mehreren
Fällen kombiniert). Herr Marbach hat die Fassung freigegeben.

Fall A – Pflege
Versicherte, 80–89 Jahre, fortschreitende Demenz, Höherstufung des
Pflegegrads verzögert sich wegen einer falsch zugeordneten Unterlage.
Angehörige beschwert sich beim Vorstand. Lernpunkt: Eingangsbearbeitung,
ein fester Ansprechpartner.

Fall B – Berufsunfähigkeit
Versicherter, 50–59 Jahre, psychische Erkrankung, Gutachten und
behandelnde Ärzte kommen zu unterschiedlichen Ergebnissen. Lernpunkt:
Kommunikation bei strittigen Gutachten, Zweitgutachten.

Fall C – Kfz
Versicherter, 60–69 Jahre, Kasko-Schaden ohne Personenschaden, fünf Wochen
ohne Rückmeldung. Lernpunkt: Bearbeitungszeiten, proaktive Information.

Die Folien folgen nächste Woche. Rückmeldungen gern an mich.

Viele Grüße
Petra Kowalczyk
"""
    return Mail(KOWALCZYK, [THELEN, AYDIN], "AR-Fortbildung 26.05. – anonymisierte Fallbeispiele",
                "2025-04-30 10:21:00", text(body), cc=[MARBACH], mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: anonymised and altered case studies (age bands, dementia, mental illness) for board training")


def m041():
    body = """Hallo zusammen,

Julia fällt heute und vermutlich auch morgen aus. Deniz übernimmt Frau
Dr. Vollmers Kalender und Post, Lea springt um 14 Uhr im Telefonat mit
Northbridge als Protokoll ein.

Bitte Julia nicht anrufen, sie soll sich auskurieren.

Sabine
"""
    return Mail(THELEN, [AYDIN, BRUECKNER, PETROVIC, HESSE, SCHUERMANN, DOYLE],
                "Julia heute/morgen nicht da – wieder ihre Migräne mit Sehstörungen, Neurologe hat krankgeschrieben",
                "2025-05-13 08:07:55", text(body, cte="8bit"),
                mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="body says only 'fällt aus'; the subject names the colleague's migraine with visual disturbance and neurologist")


def m042():
    body = """Moin zusammen,

hier der Fahrplan für die AR-Sitzung am Donnerstag, 24.04.:

Uhrzeit  Fahrer     Fahrzeug        Gast                         von/nach
------------------------------------------------------------------------------
08:05    Grote      E-Klasse (MS-OW 100)  Prof. Dr. Amsel        Roxel -> Hafenweg
08:40    Grote      E-Klasse        Frau Lindqvist               FMO Terminal -> Hafenweg
                                                                 (Flug aus Stockholm via FRA)
09:10    Kemper     V-Klasse        Herr Hainsworth + Frau Kuhlmann  Hbf Münster -> Hafenweg
17:15    Grote      E-Klasse        Frau Lindqvist               Hafenweg -> FMO
17:30    Kemper     V-Klasse        Herr Hainsworth              Hafenweg -> Hotel Domblick

Tiefgarage: Ebene -1, Plätze 1–6 für AR reserviert, Schranke ist informiert.
Parkkarten für Selbstfahrer liegen am Empfang Haus A.

Bei Verspätungen bitte direkt bei mir melden: 0160 7730 150.

Gruß
Oliver Grote
Fahrdienst
"""
    return Mail(GROTE, [THELEN, WERNICKE, DOYLE], "Fahrplan AR-Sitzung 24.04.", "2025-04-22 15:18:43",
                text(body, cs="windows-1252", cte="quoted-printable"), mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: driver schedule with board members' names and pick-up points (business only)")


def m043():
    body = """Sehr geehrter Herr Szymański,

Ihre Beschwerde an Frau Dr. Vollmer vom 24.03.2025 haben wir erhalten und
den Vorgang noch einmal vollständig geprüft.

Es geht um Ihre Rechtsschutzversicherung RS 7781 2204 (Privat- und
Wohnungsrechtsschutz, Versicherungsbeginn 01.12.2024) und die
Deckungsanfrage RS-2025-0012877 für den Streit mit Ihrem Vermieter über
die Nebenkostenabrechnung 2023 und die Mieterhöhung vom 15.01.2025.

1. Nebenkostenabrechnung 2023: Der Streit ist vor Ablauf der dreimonatigen
   Wartezeit entstanden (Ihr Widerspruch vom 18.02.2025 bezieht sich auf
   die Abrechnung vom 12.11.2024). Hier können wir leider keine Deckung
   zusagen; die Entscheidung unserer Fachabteilung war richtig.
2. Mieterhöhung vom 15.01.2025: Hier hat die Fachabteilung die Wartezeit
   falsch berechnet – das Erhöhungsverlangen ging Ihnen erst nach Ablauf
   der Wartezeit zu (Zugang 03.03.2025 laut Ihrem Schreiben). Für diese
   Auseinandersetzung erteilen wir Ihnen hiermit Deckungszusage für die
   außergerichtliche Interessenwahrnehmung.

Bitte geben Sie diese Deckungszusage Ihrer Anwältin, Frau Rechtsanwältin
Koopmann, weiter. Die Selbstbeteiligung von 150 EUR bleibt unberührt.

Mit freundlichen Grüßen

Tim Reimers
Team Vorstandsbeschwerden

Ostwall Versicherung AG · Hafenweg 12 · 48155 Münster
"""
    return Mail(BESCHWERDE, A("Piotr Szymański", "p.szymanski@freemail-ms.example"),
                "Ihre Beschwerde – Rechtsschutz RS 7781 2204 / RS-2025-0012877",
                "2025-04-01 14:02:26", text(body), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
                reason="legal-expenses customer: policy and claim number, tenancy dispute details; no special category")


def m044():
    body = """Claudia,

forwarding as discussed on the phone - long-term care, so Dr Althoff's
area. Mr Whitfield is the nephew and holds a lasting power of attorney
(copy attached to his first letter, it's in the file). I have logged it as
VB-2025-0377. Can your team prepare the facts for a reply in English?

Thanks, Emma

---------- Forwarded message ----------
From: James Whitfield <james.whitfield@oakline-mail.example>
Date: Mon, 14 Apr 2025 22:06
Subject: My aunt, Mrs Dorothea Whitfield - care cover PT 2208 6634
To: ceo-office@ostwall-versicherung.example

Dear Dr Vollmer,

I am writing on behalf of my aunt, Mrs Dorothea Whitfield (born 1937),
who has lived in Muenster since the 1960s and has held a care policy with
your company for over twenty years (PT 2208 6634).

My aunt has advanced Parkinson's disease. After two falls and a hip
fracture in January she could no longer stay at home and moved into the
nursing home Haus Eichengrund in February. She has been assessed at care
grade 4.

Since her move, your company has paid only the lower home-care rate. We
have sent the nursing home contract and the assessment twice. Every call
ends with "the file is with the specialist department". My aunt's savings
are now being used to pay the home, which she finds deeply distressing.

I live in Leeds and cannot travel easily; I would be very grateful for a
written explanation and for the difference to be paid.

Yours sincerely,
James Whitfield
"""
    return Mail(DOYLE, HESSE, "Fwd: My aunt, Mrs Dorothea Whitfield - care cover PT 2208 6634",
                "2025-04-15 09:12:03", text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="relative",
                reason="nephew's complaint: aunt's Parkinson's disease, hip fracture, nursing home, care grade 4, care policy")


def m045():
    body = """Dear Robert, dear Sian,

thank you for hosting us on 15 April. As agreed, here is our proposed
agenda for the technical session in the afternoon (14:00-16:30):

1. Disability income (BU) portfolio - experience 2020-2024
   - incidence by age band and occupational class vs. DAV 1997 I
   - share of claims by cause: mental disorders 37 %, musculoskeletal
     22 %, cancer 14 %, cardiovascular 8 %, other 19 %
   - termination rates (recovery, death) - first results of our study
2. Long-term care supplementary product "Pflege plus"
   - incidence assumptions, care grade transitions, reinsurance quota
     share proposal (40 %)
3. Large claims process - notification thresholds under the treaty
   (life EUR 500k, DI annuity EUR 30k p.a.)
4. Treaty renewal 2026 - timeline

All figures are portfolio-level; no individual claims will be discussed in
this session. Slides follow by 11 April.

Best regards,
Emma Doyle
on behalf of Dr. Joerg Althoff
"""
    return Mail(DOYLE, [HAINSWORTH, A("Sian Prothero", "s.prothero@northbridge-re.example")],
                "Northbridge Re / Ostwall - technical session 15 April, agenda", "2025-04-04 10:48:20",
                text(body, cs="us-ascii", cte="7bit"), cc=[ALTHOFF, HESSE], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="insurer-to-partner",
                reason="trap: reinsurer agenda with claim causes (mental disorders, cancer) as portfolio shares only")


def m046():
    body = """Hallo Frau Lükewille,

anbei bzw. unten die Reisekostenabrechnung von Herrn Yıldırım für die
Singapur-Reise. Belege gehen heute per Hauspost an Sie (Umschlag mit
Reise-Nr. R-2025-0318).

Reisender:     Kemal Yıldırım, Personalnr. 100045
Reise:         Münster – Singapur – Münster, 09.03.–14.03.2025
Anlass:        Partnergespräche Asia Pacific / Besuch Kooperationspartner

Position                                    Betrag
Flug (über Firmenkonto gebucht)             –
Hotel 5 Nächte (privat vorgestreckt)        2.184,60 EUR
Taxi/Grab Singapur (11 Belege)                186,35 EUR
Bewirtung Partner 12.03. (4 Pers.)            412,80 EUR
Verpflegungsmehraufwand lt. Pauschale         - lt. System -
Roaming-Paket privates Handy                   29,99 EUR
Summe Auslagen                              2.813,74 EUR

Bitte auf das Privatkonto von Herrn Yıldırım erstatten:
IBAN DE16 2004 1111 8830 2641 00, Kontoinhaber Kemal Yıldırım

Danke und viele Grüße
Lea Brückner
Assistentin Vorstand Kunde, Vertrieb & IT
"""
    return Mail(BRUECKNER, A("Reisekostenstelle", "reisekosten@" + DOM),
                "Reisekosten R-2025-0318 Yıldırım (Singapur)", "2025-03-20 10:41:37",
                text(body), cc=[YILDIRIM], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="internal",
                reason="board member's expense claim with personnel number and private IBAN")


def m047():
    body = """Hallo Claudia,

zur Info für Herrn Dr. Althoff: Beschwerde zur Beitragsanpassung, geht an
die Vorstandsvorsitzende, wir antworten aus dem Ressort. VB-2025-0402.

Gruß Tim

-----Ursprüngliche Nachricht-----
Von: Ingrid Baumeister <i.baumeister@rheinlinie.example>
Gesendet: Mittwoch, 23. April 2025 11:20
An: vorstand@ostwall-versicherung.example
Betreff: Beitragserhöhung zum 01.04. - Vertrag KV 1108 4470

Sehr geehrte Frau Vollmer,

zum 1. April haben Sie meinen Beitrag für die Krankenversicherung (Tarif
KV Vital 300, Vertrag KV 1108 4470) schon wieder um 19 % erhöht, auf jetzt
874,20 Euro im Monat. Ich bin 71 Jahre alt und habe eine Rente von
1.920 Euro.

Sie schreiben, ich könne in einen günstigeren Tarif wechseln. Aber dort
wären meine Insulinpumpe und die Sensoren (ich bin seit 30 Jahren
Typ-1-Diabetikerin) nur noch zum Teil versichert, und die Augenbehandlung
wegen der diabetischen Retinopathie müsste ich selbst zahlen. Das kann ich
mir nicht leisten. In die gesetzliche Kasse komme ich nicht mehr zurück.

Ich finde es unanständig, langjährige Kunden im Alter so zu behandeln.
Bitte sagen Sie mir, was ich tun soll.

Ingrid Baumeister
Am Hagenbach 3, 40789 Monheim
"""
    return Mail(REIMERS, HESSE, "WG: Beitragserhöhung zum 01.04. - Vertrag KV 1108 4470",
                "2025-04-24 08:16:09", text(body), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
                reason="health-insurance customer: type 1 diabetes, insulin pump, retinopathy, pension, policy number")


def m048():
    body = """Hallo Frau Overbeck,

Frau Dr. Vollmer hat die Spende aus dem Vorstandsbudget "Gesellschaftliches
Engagement 2025" freigegeben (Freigabe im Workflow am 02.05.). Bitte
überweisen Sie:

  Empfänger:      Kinderhospiz Sternenzelt e.V., Münster
  IBAN:           DE52 4006 0265 3302 8176 33
  BIC:            STZLDEM1XXX
  Betrag:         10.000,00 EUR
  Verwendungszweck: Spende Ostwall Versicherung AG 2025 – Familienzimmer

  Belastungskonto: Ostwall Versicherung AG, Geschäftskonto
                   DE45 4306 0967 7355 8821 00
  Kostenstelle:    1000-VS / Sachkonto 684100 Spenden

Die Zuwendungsbestätigung schickt der Verein direkt an die Steuerabteilung.
Die Scheckübergabe für die Presse machen wir am 20.05. vor Ort, Fotos
nur vom Gebäude und vom Vorstand, nicht von Kindern oder Familien.

Viele Grüße
Julia Wernicke
"""
    return Mail(WERNICKE, A("Kreditorenbuchhaltung", "kreditoren@" + DOM),
                "Spende Kinderhospiz Sternenzelt – bitte überweisen", "2025-05-05 14:22:30",
                text(body), cc=[THELEN], mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: donation to a children's hospice; IBANs of an association and of the insurer, no natural person")


def m049():
    body = """Hallo Nadine,

kurze Info für Frau Sauerland: die Kundin hat auf Englisch geschrieben,
wir antworten auch auf Englisch. Haftpflicht, kein Personenschaden. Die
Fachabteilung sagt, die Regulierung hängt an der Stellungnahme des
Geschädigten. Ich kümmere mich.

Viele Grüße
Petra

-------- Original Message --------
From: Jennifer Caldwell <jen.caldwell@northmail.example>
Date: 16 April 2025 20:31
To: vorstand@ostwall-versicherung.example
Subject: Personal liability claim HP-2025-0009934

Dear Dr. Vollmer,

please excuse that I write in English, my German is not good enough for
this. We are an American family living in Münster since 2022 and have our
personal liability insurance with you (policy PH 4410 7789).

On 3 March our son (11) lost control of his bike on the Promenade and
scratched a parked car (Audi A4, MS-RT 2281). Nobody was hurt. We reported
it the same day and gave the owner our policy details.

Six weeks later the car owner calls us almost daily because nothing has
been paid, and your hotline told me that "the case is complete" while
the owner says he never heard from you. This is very stressful for our
family. Could you please make sure the claim is settled?

Best regards,
Jennifer Caldwell
Piusallee 71, 48147 Münster
"""
    return Mail(KOWALCZYK, SCHUERMANN, "WG: Personal liability claim HP-2025-0009934",
                "2025-04-17 09:03:44", text(body, cte="8bit"), mailer=TBIRD,
                label="CONFIDENTIAL", lang="mixed", kind="customer",
                reason="German note plus English customer complaint: liability policy and claim number, address, plate; nobody hurt")


def m050():
    csvb = csv_bytes([
        ["Table", "Guest", "Company", "Dietary requirement", "Notes for kitchen"],
        ["1", "Dr. Henrike Vollmer", "Ostwall", "none", ""],
        ["1", "Robert Hainsworth", "Northbridge Re", "shellfish allergy", "anaphylaxis risk - carries adrenaline auto-injector; no shellfish stock or oil"],
        ["1", "Dr. Joerg Althoff", "Ostwall", "strictly gluten-free", "coeliac disease - separate preparation area please"],
        ["1", "Catherine Lindqvist", "Ostwall Supervisory Board", "vegetarian", ""],
        ["2", "Matthias Brandl", "Ostwall", "none", ""],
        ["2", "Sian Prothero", "Northbridge Re", "none", ""],
        ["2", "Kemal Yildirim", "Ostwall", "no pork, no alcohol in sauces", ""],
        ["2", "Emma Doyle", "Ostwall", "none", ""],
    ], enc="utf-8", sep=",")
    body = """Dear Ms Ferris,

please find attached the final guest list with dietary requirements for
our private dinner in the Garden Room on Tuesday, 15 April (8 guests,
19:30). Please share it with the head chef.

Menu as agreed (option B), wine pairing without the dessert wine.

Kind regards,
Emma Doyle
Ostwall Versicherung AG
"""
    return Mail(DOYLE, A("Harriet Ferris", "events@alderhotel.example"),
                "Dinner 15 April - final list", "2025-04-10 17:55:01",
                Multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                                attach("Dinner_15April_dietary.csv", csvb, "text/csv", params=[("charset", "utf-8")])]),
                mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
                reason="body harmless; CSV names guests with coeliac disease and shellfish anaphylaxis (health)")


def m051():
    pdf = make_pdf([[
        "# Veranstaltungsvertrag Nr. V-2025-0219",
        "Hotel Domblick Münster GmbH, Domplatz-Arkaden 3, 48143 Münster",
        "Vertragspartner: Ostwall Versicherung AG, Vorstandsbüro, Hafenweg 12, 48155 Münster",
        "",
        "Veranstaltung: Strategieklausur Vorstand, 26.-27.05.2025",
        "Raum: Salon Lamberti (Tagungsbestuhlung U-Form, 12 Personen), Technik inkl. Beamer/Flipchart",
        "Tagungspauschale: 12 Personen x 2 Tage x 89,00 EUR",
        "Zimmerkontingent: 7 EZ Superior, 26.05.-27.05., je 149,00 EUR inkl. Frühstück",
        "Abendessen 26.05.: 3-Gang-Menü im Separee, 12 Personen",
        "Stornobedingungen: bis 28 Tage vorher kostenfrei, danach gestaffelt lt. AGB",
        "",
        "Zahlung: 14 Tage nach Rechnungsstellung auf das Konto der Hotel Domblick Münster GmbH",
        "IBAN DE32 4405 0199 7719 3055 28, BIC DOMHDE3MXXX",
        "",
        "Münster, 14.04.2025",
        "für das Hotel: gez. Carolin Wiesmann, Bankettleitung",
        "für Ostwall Versicherung AG: gez. Sabine Thelen, Leiterin Vorstandsbüro",
    ]], title="Vertrag V-2025-0219 gegengezeichnet")
    body = """Sehr geehrte Frau Wiesmann,

anbei den gegengezeichneten Vertrag für unsere Klausur am 26./27.05. zurück.
Die Rooming-List schicke ich Ihnen bis spätestens 12.05.

Eine Bitte noch: Können Sie uns für den 26.05. ab 18:00 Uhr zusätzlich die
kleine Bibliothek als Rückzugsraum reservieren? Gern mit Kaffee/Wasser.

Mit freundlichen Grüßen
Sabine Thelen
Leiterin Vorstandsbüro
Ostwall Versicherung AG
"""
    return Mail(THELEN, A("Carolin Wiesmann", "bankett@hotel-domblick.example"),
                "AW: Vertrag Strategieklausur 26./27.05. – gegengezeichnet", "2025-04-14 16:30:12",
                Multi("mixed", [text(body), attach("V-2025-0219_gegengezeichnet.pdf", pdf, MT_PDF)]),
                mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="insurer-to-supplier",
                reason="trap: hotel contract with the hotel company's IBAN; no natural person's data")


def m052():
    body = """Hallo Nadine,

das Thema Kruse müsste schnell gehen: Kündigung wurde offenbar nicht
verarbeitet. Bitte kurz Frau Sauerland informieren, der Bestand klärt
heute und wir schreiben die Kundin an.

Tim

-----Ursprüngliche Nachricht-----
Von: Hannelore Kruse <h.kruse@kabelpost.example>
Gesendet: Freitag, 4. April 2025 10:12
An: vorstand@ostwall-versicherung.example
Betreff: Kündigung Hausrat - Sie buchen immer noch ab!!

Sehr geehrte Damen und Herren,

ich habe meine Hausratversicherung (Nr. HR 3374 0518) im Oktober 2024
fristgerecht zum 01.01.2025 gekündigt, weil ich zu meiner Tochter nach
Bocholt gezogen bin. Die Kündigung habe ich per Einschreiben geschickt,
der Rückschein liegt mir vor.

Trotzdem haben Sie im Januar, Februar, März und April jeweils 18,40 Euro
von meinem Konto abgebucht (IBAN DE49 3001 0010 9283 7465 01). Bei Ihrer
Hotline hieß es zweimal, das werde "erledigt". Passiert ist nichts.

Ich bitte um sofortige Rückzahlung von 73,60 Euro und eine schriftliche
Kündigungsbestätigung. Sonst lasse ich die Lastschriften zurückgehen.

Hannelore Kruse
neue Anschrift: Nordwall 6, 46399 Bocholt
"""
    return Mail(REIMERS, SCHUERMANN, "WG: Kündigung Hausrat - Sie buchen immer noch ab!!",
                "2025-04-04 11:37:20", text(body, cs="iso-8859-1", cte="8bit"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="customer",
                reason="quoted customer complaint: contents policy number, IBAN, new address, debits")


def m053():
    body = """Dear Special Assistance team,

I would like to request assistance for a passenger on the following
booking (booking reference QX7RTM):

Passenger:   Prof. Dr. Klaus-Dieter Amsel
Flights:     EA 391 Duesseldorf - Dublin, 19 May 2025, 07:05
             EA 396 Dublin - Duesseldorf, 20 May 2025, 18:40
Service:     WCHS - wheelchair to and from the aircraft door; the
             passenger can manage a few steps and the aircraft stairs
             only with help.

Background: Prof. Amsel had a total hip replacement (left side) on 4 April
and is walking with two crutches. His surgeon has confirmed fitness to
fly; compression stockings and blood thinner (daily injection) are
prescribed for the flights, so he will carry two pre-filled syringes in
his hand luggage. The medical certificate (MEDIF) is attached to the
booking via the travel agency.

Seat: please allocate an aisle seat in row 1 or the first row with extra
legroom on the left side of the aircraft, so he can stretch the left leg.
He travels with Dr. Henrike Vollmer, please seat them together.

Could you confirm by e-mail? Thank you very much.

Kind regards,
Emma Doyle
Executive Assistant International
Ostwall Versicherung AG, Muenster
+49 251 7730-118
"""
    return Mail(DOYLE, A("Emerald Air Special Assistance", "special.assistance@emeraldair.example"),
                "Special assistance request QX7RTM - WCHS, 19/20 May", "2025-05-09 11:05:30",
                text(body, cs="us-ascii", cte="7bit"), cc=[A("Jens Sandkamp", "j.sandkamp@kompass-travel.example")],
                mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
                reason="airline assistance request: board chair's hip replacement, crutches, anticoagulant injections")


def m054():
    htmlb = """<html><head><meta charset="utf-8"><style>
td,th{border:1px solid #bbb;padding:4px 8px;font-size:10pt} th{background:#e8eef4}
</style></head><body style="font-family:Calibri,Arial">
<p>Weekly complaints dashboard &ndash; week 16/2025 (14&ndash;20 April)</p>
<table style="border-collapse:collapse">
<tr><th>KPI</th><th>Week 16</th><th>Week 15</th><th>Target</th><th>Status</th></tr>
<tr><td>New complaints (all channels)</td><td>118</td><td>131</td><td>&ndash;</td><td></td></tr>
<tr><td>of which addressed to the CEO / board</td><td>6</td><td>9</td><td>&ndash;</td><td></td></tr>
<tr><td>Acknowledged within 2 business days</td><td>97 %</td><td>94 %</td><td>&ge; 95 %</td><td style="color:green">&#9679;</td></tr>
<tr><td>Closed within 14 days</td><td>71 %</td><td>68 %</td><td>&ge; 75 %</td><td style="color:orange">&#9679;</td></tr>
<tr><td>Board complaints closed within 10 days</td><td>4 of 6</td><td>5 of 9</td><td>100 %</td><td style="color:red">&#9679;</td></tr>
<tr><td>Share health / long-term care</td><td>38 %</td><td>41 %</td><td>&ndash;</td><td></td></tr>
<tr><td>Share motor</td><td>22 %</td><td>19 %</td><td>&ndash;</td><td></td></tr>
<tr><td>Ombudsman cases opened</td><td>3</td><td>2</td><td>&ndash;</td><td></td></tr>
<tr><td>Remedy rate (closed cases)</td><td>44 %</td><td>39 %</td><td>&ndash;</td><td></td></tr>
</table>
<p>Comment: backlog in health benefits (dental treatment plans) is being reduced; two board complaints
exceed 10 days because external medical opinions are pending.</p>
<p style="color:#777;font-size:9pt">Automatically generated from the complaints tracker. Aggregated figures only.</p>
</body></html>
"""
    return Mail(A("Complaints Tracker", "tracker-noreply@" + DOM), [THELEN, DOYLE, KOWALCZYK],
                "Weekly complaints dashboard - week 16/2025", "2025-04-22 06:00:00", html(htmlb),
                extra=["Auto-Submitted: auto-generated"],
                label="NORMAL", lang="en", kind="internal",
                reason="trap: HTML-only KPI dashboard with health share and pending medical opinions, aggregates only")


def m055():
    body = """Hallo Claudia,

VB-2025-0302, Zahnzusatz. Herr Wegener hat per Mail und zusätzlich per
Brief an Frau Dr. Vollmer geschrieben. Der Gutachter ist beauftragt; die
Fachabteilung schlägt Kulanz 20 % vor, dafür brauchen wir Herrn Dr.
Althoffs OK (über 1.000 EUR).

Grüße Tim

> Von: Thorsten Wegener <t.wegener@mailfix.example>
> Datum: 12.03.2025 07:58
> Betreff: Zahnzusatzversicherung KV 6612 0045 - Erstattung Implantate
>
> Sehr geehrte Frau Dr. Vollmer,
>
> ich habe 2019 extra Ihre Zahnzusatzversicherung "Zahn Premium 90"
> abgeschlossen, weil mir der Vertreter 90 % Erstattung für Implantate
> versprochen hat.
>
> Nach einer schweren Parodontitis mussten mir im Dezember zwei
> Backenzähne unten (36 und 46) gezogen werden. Mein Zahnarzt Dr. Harting
> hat zwei Implantate mit Kronen gesetzt, Heil- und Kostenplan 6.890 Euro,
> der Ihnen VORHER vorlag. Jetzt erstatten Sie nur 2.756 Euro, also 40 %,
> mit der Begründung, die Parodontitis sei bei Vertragsabschluss schon
> "angelegt" gewesen. Davon wusste ich 2019 nichts, ich war jedes Jahr zur
> Kontrolle.
>
> Ich bitte um eine Überprüfung durch jemanden, der nicht nur nach
> Schema F entscheidet.
>
> Thorsten Wegener, Gronau
"""
    return Mail(REIMERS, HESSE, "WG: Zahnzusatzversicherung KV 6612 0045 - Erstattung Implantate",
                "2025-03-12 09:40:05", text(body, flowed=False), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
                reason="quoted dental complaint: periodontitis, extractions, implants 36/46, treatment plan, dental policy")


def m056():
    body = """Liebe Kolleginnen und Kollegen im Vorstandsbereich,

die Zeckensaison beginnt, und viele von Ihnen sind im Sommer dienstlich
unterwegs. Der Betriebsärztliche Dienst bietet deshalb an:

* FSME-Impfung (Erst- und Auffrischimpfung) – Di 06.05. und Do 08.05.,
  jeweils 8:00–11:00 Uhr, Raum B.0.12, ohne Termin
* Reisemedizinische Beratung für Dienstreisen außerhalb Europas
  (Impfstatus, Malariaprophylaxe) – Termin über das Intranet

Bitte bringen Sie Ihren Impfpass mit. Die Impfung ist freiwillig und für
Sie kostenlos. Individuelle Befunde und Impfdaten bleiben beim
Betriebsarzt und werden nicht an die Personalabteilung oder Vorgesetzte
weitergegeben.

Bleiben Sie gesund!
Ihr Betriebsärztlicher Dienst
Dr. med. Ulrike Fennemann, Fachärztin für Arbeitsmedizin
"""
    return Mail(A("Betriebsärztlicher Dienst", "betriebsarzt@" + DOM), A("Verteiler Vorstandsbereich", "vorstandsbereich@" + DOM),
                "FSME-Impfung und reisemedizinische Beratung im Mai", "2025-04-28 10:00:00",
                text(body), mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: occupational-health vaccination offer to a distribution list; no individual data")


def m057():
    body = """Nadine,

Diebstahl Motorrad, Teilkasko. Kunde ist verständlicherweise sauer
wegen der Monatsfrist. Ich habe ihm geschrieben, dass wir die
Ermittlungsakte angefordert haben. Zur Kenntnis für Frau Sauerland.

Tim

-----Ursprüngliche Nachricht-----
Von: Can Demir <can.demir@moto-post.example>
Gesendet: Montag, 14. April 2025 07:44
An: vorstand@ostwall-versicherung.example
Betreff: Motorrad gestohlen - KF 2207 9931 - wann zahlen Sie?

Guten Tag,

in der Nacht auf den 28.03. wurde meine Kawasaki Z900 (MS-CD 77,
FIN JKAZR2A1XPA012345) aus der abgeschlossenen Tiefgarage in der
Hammer Straße 118 gestohlen. Anzeige bei der Polizei Münster ist gemacht
(Vorgangsnr. 250328-1102-D), Schlüssel (beide) habe ich Ihnen
geschickt, Schadennummer KD-2025-0076451.

Ihr Sachbearbeiter sagt, Sie zahlen erst nach einem Monat, "falls das
Motorrad wieder auftaucht". Der Monat ist bald um und ich brauche das
Motorrad für den Weg zur Arbeit (Schichtdienst, kein Bus). Ich habe das
Motorrad noch auf Kredit laufen, 214 Euro im Monat.

Ich will nur wissen, wann das Geld kommt und wie viel. Der
Wiederbeschaffungswert liegt laut Internet bei ca. 8.500 Euro.

MfG
Can Demir
"""
    return Mail(REIMERS, SCHUERMANN, "WG: Motorrad gestohlen - KF 2207 9931 - wann zahlen Sie?",
                "2025-04-14 13:26:50", text(body), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="customer",
                reason="quoted motorcycle theft complaint: policy and claim number, plate, VIN, address, loan")


def m058():
    body = """Hallo zusammen,

Herr Dr. Althoff ist von heute bis einschließlich Freitag kurzfristig
verhindert. Ich sage seine Termine ab bzw. verschiebe sie; bitte gebt mir
Bescheid, wenn eure Vorstände Termine mit ihm hatten, die ich übersehen
habe.

Vertretung im Ressort Personenversicherung: Frau Sauerland (Zeichnung
laut Vertretungsregelung), fachlich Herr Wessel (Kranken) und Frau Dreier
(Leben).

Betroffen u. a.:
- Mo 16:00 Jour fixe mit Frau Dr. Vollmer -> neu: Mo 02.06., 16:00
- Di 10:00 Lenkungskreis Leistungseingang -> Frau Sauerland übernimmt
- Mi 09:30 Termin Northbridge Re (Video) -> verschoben, neuer Termin folgt
- Do ganztags Verbandstagung Köln -> abgesagt, Frau Dreier fährt

Danke!
Claudia
"""
    return Mail(HESSE, [WERNICKE, PETROVIC, SCHUERMANN, BRUECKNER, DOYLE], "Dr. Althoff diese Woche verhindert – Termine",
                "2025-05-26 07:52:13", text(body), cc=[THELEN], mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: executive absent at short notice, no reason given; calendar logistics only")


def m059():
    docx = make_docx([
        ("h", "Rede Dr. Henrike Vollmer – Westfälischer Pflegekongress, 15.05.2025 (Entwurf 3)"),
        "Sehr geehrte Damen und Herren,",
        "heute leben in Deutschland rund 5,7 Millionen Pflegebedürftige. Vier von fünf werden zu Hause "
        "versorgt – meist von Angehörigen, oft von Töchtern und Schwiegertöchtern, die dafür ihre "
        "Arbeitszeit reduzieren.",
        "Etwa 1,8 Millionen Menschen leben mit einer Demenz. Jedes Jahr kommen über 400.000 Neuerkrankungen "
        "hinzu. Eine Demenz verändert nicht nur das Leben der Erkrankten, sondern ganzer Familien.",
        "Die Pflegeversicherung ist eine Teilkaskoversicherung. Der Eigenanteil im Pflegeheim liegt im "
        "ersten Jahr inzwischen bei über 2.900 Euro im Monat. Viele wissen das erst, wenn es zu spät ist.",
        "[Hier Geschichte aus der Beschwerdepraxis – bitte NUR anonymisiert, z. B.: 'Vor Kurzem schrieb uns "
        "eine Tochter, die ihre Mutter neben dem Beruf pflegt …' – keine Namen, keine Orte.]",
        "Was wir als Versicherer tun können: verständliche Produkte, schnelle Leistungsentscheidungen, "
        "und ein Ansprechpartner, wenn es ernst wird.",
        "Vielen Dank.",
    ], creator="Deniz Aydın")
    body = """Hallo Julia,

anbei Entwurf 3 der Rede für den Pflegekongress. Die Zahlen sind vom
Statistischen Bundesamt bzw. aus dem Pflegereport, Quellen stehen in
den Kommentaren. Die Stelle mit dem Beispiel aus der Beschwerdepraxis
habe ich bewusst offen gelassen – Frau Dr. Vollmer soll entscheiden, ob
sie das frei erzählt. Bitte keinen echten Fall einsetzen (Absprache mit
Herrn Marbach).

Deniz
"""
    return Mail(AYDIN, WERNICKE, "Rede Pflegekongress – Entwurf 3", "2025-05-07 17:12:44",
                Multi("mixed", [text(body), attach("Rede_Pflegekongress_2025_E3.docx", docx, MT_DOCX)]),
                mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: speech draft with national care and dementia statistics; placeholder instead of a real case")


def m060():
    body = """Dear Robert,

thank you for letting us know about your move. I have updated our records
as follows and will use the new details for all board mailings, the fee
statements and the tax certificate from Q2 onwards:

  Private address:  Robert Hainsworth
                    Hollybank House, 12 Orchard Row
                    Sevenoaks, Kent TN13 1XA, United Kingdom
  Private mobile:   +44 7700 914 226 (for the board portal SMS code)
  Tax residence:    United Kingdom (unchanged)

The old address in Tunbridge Wells has been deleted. Could you please
confirm that these details are correct by replying to this e-mail? The
board portal will ask you to re-register the mobile number at your next
log-in.

Kind regards,
Emma

Emma Doyle
Executive Assistant International | Board Office
Ostwall Versicherung AG
"""
    return Mail(DOYLE, HAINSWORTH, "Your new address - board records", "2025-05-02 12:04:40",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="insurer-to-supervisory-board",
                reason="supervisory board member's private address, mobile number and tax residence")


def m061():
    body = """Liebe Claudia,

Unfallversicherung (Kinderunfall), deshalb an euch. Die Mutter hat an
Frau Dr. Vollmer geschrieben; sie ist sehr aufgebracht, aber freundlich.
VB-2025-0388. Ich habe eine Eingangsbestätigung geschickt.

Petra

-------- Weitergeleitete Nachricht --------
Betreff: Unfall meines Sohnes Finn - Unfallversicherung UV 5530 1209
Datum: Sun, 20 Apr 2025 20:18:44 +0200
Von: Anke Lorenz <anke.lorenz@familie-lorenz.example>
An: vorstand@ostwall-versicherung.example

Sehr geehrte Frau Dr. Vollmer,

mein Sohn Finn (9 Jahre) ist über unsere Familien-Unfallversicherung bei
Ihnen versichert (UV 5530 1209). Am 15. Februar ist er beim Schulsport vom
Kletterturm gefallen und hat sich den linken Unterarm gebrochen (Radius
und Elle, offen). Er wurde im UKM operiert, die Knochen wurden mit
Drähten fixiert, er lag fünf Tage im Krankenhaus und hatte danach noch
eine zweite OP zur Metallentfernung.

Ihre Abteilung zahlt das Krankenhaustagegeld, lehnt aber das
Schmerzensgeld/Gipsgeld und die "Sofortleistung bei schweren
Verletzungen" ab, weil es keine "schwere Verletzung im Sinne der
Bedingungen" sei. Laut dem Arztbrief ist die Wachstumsfuge betroffen,
und die Ärzte wissen noch nicht, ob der Arm normal weiterwächst.

Ich möchte wissen, nach welchen Kriterien Sie entscheiden, und ob für den
Fall einer bleibenden Beeinträchtigung eine Invaliditätsleistung
vorgesehen ist. Der Arztbrief des UKM liegt Ihnen vor.

Mit freundlichen Grüßen
Anke Lorenz
"""
    return Mail(KOWALCZYK, HESSE, "WG: Unfall meines Sohnes Finn - Unfallversicherung UV 5530 1209",
                "2025-04-22 08:30:19", text(body, cte="8bit"), mailer=TBIRD,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
                reason="mother's complaint: son's open forearm fracture, operations, growth plate, accident policy")


def m062():
    body = """Dear Ms Achterberg,

thank you for your questions for your article on claims handling in
German private health insurance. Please find our answers below; you may
quote them as a statement by an Ostwall spokesperson.

1. How many health claims did Ostwall reject in 2024?
   We received about 6.1 million invoices in health insurance in 2024.
   96.8 % were reimbursed in full, 2.4 % in part and 0.8 % were rejected,
   mostly because the treatment was not covered by the tariff or a
   waiting period applied.

2. How many complaints were about health claims?
   2,518 complaints in health insurance, i.e. 7.9 per 10,000 contracts.
   In 41 % of the cases we changed our decision in favour of the customer.

3. Does the CEO read complaints personally?
   Complaints addressed to the Management Board are handled by a dedicated
   team that reports to the CEO. Dr. Vollmer regularly reads a selection
   and signs the replies in particularly difficult cases.

4. The case mentioned on social media
   We cannot comment on individual customers or contracts for reasons of
   data protection and professional secrecy, even if they have gone public.

Best regards,
Hendrik Maas
Corporate Communications | Ostwall Versicherung AG
presse@ostwall-versicherung.example | +49 251 7730-902
"""
    return Mail(A("Hendrik Maas", "hendrik.maas@" + DOM), A("Joanna Achterberg", "j.achterberg@financial-ledger.example"),
                "Re: Questions on health claims handling - Ostwall statement", "2025-05-15 16:44:08",
                text(body, cs="us-ascii", cte="7bit"), cc=[DOYLE], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="insurer-to-partner",
                reason="trap: press answer with health claim rejection rates; declines to discuss an individual case")


def m063():
    body = """Hallo Herr Brüggemann,

Frau Dr. Vollmer ist mit ihrem privaten Pkw bei uns versichert und bat
mich, zwei Dinge für die Verlängerung zum 01.06. zu klären:

Vertrag:        KF 9012 3380 (Kfz-Haftpflicht + Vollkasko, SF 25)
Fahrzeug:       Volvo XC60 B4, MS-HV 368
Versicherungsnehmerin: Dr. Henrike Vollmer, Hüfferstraße 29, 48149 Münster

1. Ihr Ehemann soll als weiterer Fahrer eingetragen werden:
   Dr. Peter Vollmer, geb. 11.01.1966, Führerschein seit 1984.
2. Die jährliche Fahrleistung bitte von 12.000 auf 9.000 km senken.

Bitte schicken Sie den Nachtrag an Frau Dr. Vollmer privat (Post an die
obige Anschrift), nicht an die Dienstadresse. Beitrag wie gewohnt per
Lastschrift vom bekannten Konto.

Danke und viele Grüße
Julia Wernicke
"""
    return Mail(WERNICKE, A("Thomas Brüggemann", "thomas.brueggemann@" + DOM),
                "Kfz-Vertrag KF 9012 3380 – Änderung zum 01.06.", "2025-05-06 09:18:36",
                text(body, cte="base64"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="internal",
                reason="CEO as motor customer: private address, policy number, plate; husband's birth date")


def m064():
    body = """Claudia, Leben, bitte an Herrn Dr. Althoff. Der Witwer hat zweimal
angerufen und jetzt an den Vorstand geschrieben. Frau Dreier sagt, es
fehlt "nur" noch der Totenschein mit Todesursache. Ich finde, da müssen
wir aktiv werden und nicht warten. VB-2025-0351.

Tim

-----Ursprüngliche Nachricht-----
Von: Wolfgang Timmermann <w.timmermann@postfach-nord.example>
Gesendet: Donnerstag, 3. April 2025 15:07
An: vorstand@ostwall-versicherung.example
Betreff: Lebensversicherung meiner verstorbenen Frau - LV 4410 2287

Sehr geehrte Damen und Herren,

meine Frau Ursula Timmermann ist am 2. Februar im Alter von 66 Jahren
gestorben. Sie hatte nachts einen Herzinfarkt, der Notarzt konnte nichts
mehr für sie tun.

Sie hatte bei Ihnen eine Risikolebensversicherung über 50.000 Euro
(LV 4410 2287), ich bin der Bezugsberechtigte. Die Sterbeurkunde und den
Versicherungsschein habe ich Ihnen am 10. Februar geschickt.

Jetzt verlangen Sie eine "ärztliche Bescheinigung über die Todesursache"
und die Krankenakte ihres Hausarztes der letzten fünf Jahre. Warum? Meine
Frau hatte Bluthochdruck, das war bei Abschluss bekannt und steht im
Antrag. Der Hausarzt sagt, er darf ohne Schweigepflichtentbindung nichts
herausgeben, und ich weiß nicht, wie ich das jetzt unterschreiben soll.

Die Beerdigung hat 9.400 Euro gekostet, die ich von unserem Ersparten
bezahlt habe. Ich bin 71 und allein. Bitte helfen Sie mir.

Wolfgang Timmermann
Brückenweg 5, 48565 Steinfurt
"""
    return Mail(REIMERS, HESSE, "WG: Lebensversicherung meiner verstorbenen Frau - LV 4410 2287",
                "2025-04-03 16:20:51", text(body, cs="windows-1252", cte="quoted-printable"), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
                reason="widower's complaint: wife's death from heart attack, hypertension, life policy, medical records")


def m065():
    body = """Sehr geehrter Herr Ostermann,

wie telefonisch besprochen bestellen wir für die Vorstandsetage
(Haus A, 5. OG) ab 01.05.2025:

- 6 Sicherheitsbehälter 240 l, abschließbar, grau, mit Einwurfschlitz
- Abholung: monatlich, jeweils erster Dienstag, 07:00–08:00 Uhr
- Vernichtung: Sicherheitsstufe P-4 nach DIN 66399, Schutzklasse 3
  (die Behälter enthalten u. a. Vorstandsvorlagen, Beschwerdeakten und
  Unterlagen mit Gesundheitsdaten von Kunden)
- Vernichtungsnachweis je Abholung an vorstandsbuero@ostwall-versicherung.example

Der Auftragsverarbeitungsvertrag (AVV) vom 12.02.2024 gilt unverändert
fort; bitte setzen Sie nur Mitarbeitende ein, die auf das Datengeheimnis
und § 203 StGB verpflichtet sind, und transportieren Sie die Behälter
verschlossen.

Bestellnummer: 4500188114, Kostenstelle 1000-VS.

Mit freundlichen Grüßen
Sabine Thelen
Vorstandsbüro, Ostwall Versicherung AG
"""
    return Mail(THELEN, A("Akten-Safe Westfalen GmbH", "auftrag@aktensafe-westfalen.example"),
                "Auftrag Sicherheitsbehälter Vorstandsetage – Bestellnr. 4500188114",
                "2025-04-16 10:10:10", text(body), mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="insurer-to-supplier",
                reason="trap: shredding order mentioning health data, § 203 StGB and complaint files; no person")


def m066():
    body = """Nadine, hi,

forwarding a broker escalation for Ms Sauerland (commercial property,
Kessler Feinmechanik). Harbour Lines is one of our top-20 brokers in the
north; the broker copied Dr. Vollmer. I told him we would come back within
48 hours.

Emma

-----Original Message-----
From: Nicholas Grant <n.grant@harbourlines-brokers.example>
Sent: Tuesday, 6 May 2025 17:52
To: ceo-office@ostwall-versicherung.example
Cc: Birgit Sauerland <birgit.sauerland@ostwall-versicherung.example>
Subject: Kessler Feinmechanik GmbH - fire claim SA-2025-0120043 - escalation

Dear Dr. Vollmer, dear Ms Sauerland,

I am writing on behalf of our client Kessler Feinmechanik GmbH, Stade
(commercial property and business interruption, policy GW 7702 1145).

A fire in the hardening shop on 19 March destroyed two CNC machines and
part of the roof. Your loss adjuster confirmed the cause (short circuit in
a control cabinet) on 2 April. Since then the client has received neither
an interim payment nor a decision on the business interruption cover,
although the BI loss is running at about EUR 60,000 per week.

The managing director, Mr Arne Kessler, has had to extend the company's
overdraft and has told me he will move all his policies (about EUR 180k
premium) at renewal unless the claim is handled properly. He can be
reached directly on +49 4141 7720 15.

We therefore ask for an interim payment of EUR 400,000 by 16 May and a
meeting with your claims management.

Kind regards,
Nicholas Grant
Account Director, Harbour Lines Insurance Brokers GmbH, Hamburg
"""
    return Mail(DOYLE, SCHUERMANN, "FW: Kessler Feinmechanik GmbH - fire claim SA-2025-0120043 - escalation",
                "2025-05-07 08:22:40", text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="broker",
                reason="broker escalation: company policyholder with named managing director, phone, policy and claim number")


def m067():
    body = """Petra,

one more for Frank Wessel's team, logged as VB-2025-0409. Henrike saw it
and wants a decision this week - the customer is due in June.

Emma

---------- Forwarded message ---------
From: Priya Raman <priya.raman@skylinemail.example>
Date: Thu, 24 Apr 2025 at 06:55
Subject: Maternity claim refused - policy IHP-7741230
To: <ceo-office@ostwall-versicherung.example>

Dear Dr Vollmer,

my husband and I moved from Bangalore to Frankfurt in 2023 and took out
your international health plan (IHP-7741230) in May 2024, including the
maternity option.

I am now 31 weeks pregnant with our first child, due date 19 June. Your
claims team refused my prenatal scans and the gestational diabetes
treatment (insulin and glucose monitoring since week 26), saying the
10-month waiting period for maternity has not ended. But the maternity
option started on 1 May 2024, so the waiting period ended on 1 March 2025,
before any of these costs occurred. I attach the policy schedule again.

I am worried that the birth itself will also be refused. With the
diabetes my gynaecologist is planning a hospital birth, possibly
induction. Please could someone confirm in writing that the birth is
covered.

Thank you,
Priya Raman
"""
    return Mail(DOYLE, KOWALCZYK, "Fwd: Maternity claim refused - policy IHP-7741230", "2025-04-24 09:41:12",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
                reason="customer's pregnancy (31 weeks), gestational diabetes, insulin, planned hospital birth; health policy")


def m068():
    plain = """Strategieklausur des Vorstands / Board strategy offsite
26.–27. Mai 2025, Hotel Domblick Münster, Salon Lamberti

Montag, 26. Mai / Monday, 26 May
09:30  Ankommen, Kaffee / arrival, coffee
10:00  Ostwall 2030 – Rückblick und Zielbild (Dr. Vollmer)
11:30  Customer journey "Leistungsfall" – what our complaints tell us
       (Kowalczyk, Yıldırım) [EN slides]
13:00  Mittagessen / lunch
14:00  Group session with Northbridge Re: growth in biometric risks
       (Hainsworth, Althoff) [English]
16:30  Kapitalanlage und Zinsszenarien (Brandl)
19:00  Abendessen im Separee / dinner

Dienstag, 27. Mai / Tuesday, 27 May
08:30  Komposit: Naturgefahren und Preisstrategie (Sauerland)
10:30  Digitale Leistungsbearbeitung Kranken – Entscheidungsvorlage
12:30  Zusammenfassung, Beschlüsse / wrap-up, decisions
13:00  Ende / end

Dresscode: business casual. Bitte Laptops/iPads mit Gremienportal.
"""
    htmlb = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<h3>Strategieklausur des Vorstands / Board strategy offsite</h3>
<p>26.&ndash;27. Mai 2025, Hotel Domblick Münster, Salon Lamberti</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><th colspan="2">Montag, 26. Mai / Monday, 26 May</th></tr>
<tr><td>09:30</td><td>Ankommen, Kaffee / arrival, coffee</td></tr>
<tr><td>10:00</td><td>Ostwall 2030 &ndash; Rückblick und Zielbild (Dr. Vollmer)</td></tr>
<tr><td>11:30</td><td>Customer journey &quot;Leistungsfall&quot; &ndash; what our complaints tell us (Kowalczyk, Yıldırım) [EN slides]</td></tr>
<tr><td>13:00</td><td>Mittagessen / lunch</td></tr>
<tr><td>14:00</td><td>Group session with Northbridge Re: growth in biometric risks (Hainsworth, Althoff) [English]</td></tr>
<tr><td>16:30</td><td>Kapitalanlage und Zinsszenarien (Brandl)</td></tr>
<tr><td>19:00</td><td>Abendessen im Separee / dinner</td></tr>
<tr><th colspan="2">Dienstag, 27. Mai / Tuesday, 27 May</th></tr>
<tr><td>08:30</td><td>Komposit: Naturgefahren und Preisstrategie (Sauerland)</td></tr>
<tr><td>10:30</td><td>Digitale Leistungsbearbeitung Kranken &ndash; Entscheidungsvorlage</td></tr>
<tr><td>12:30</td><td>Zusammenfassung, Beschlüsse / wrap-up, decisions</td></tr>
<tr><td>13:00</td><td>Ende / end</td></tr>
</table>
<p>Dresscode: business casual. Bitte Laptops/iPads mit Gremienportal.</p>
</body></html>
"""
    return Mail(THELEN, [VOLLMER, BRANDL, ALTHOFF, SAUERLAND, YILDIRIM],
                "Programm Strategieklausur 26./27.05. / offsite programme", "2025-05-12 12:00:31",
                Multi("alternative", [text(plain), html(htmlb)]), cc=[HAINSWORTH, DOYLE, KOWALCZYK],
                mailer=OUTLOOK,
                label="NORMAL", lang="mixed", kind="internal",
                reason="trap: bilingual offsite programme mentioning complaints, benefits processing and biometric risks")


def m069():
    body = """Guten Tag Frau Haverkamp,

wir möchten wieder einen Strauß über Sie verschicken:

Anlass:     70. Geburtstag von Herrn Prof. Dr. Klaus-Dieter Amsel
Lieferung:  Montag, 02.06.2025, vormittags (er ist ab 9 Uhr zu Hause)
Adresse:    Prof. Dr. Klaus-Dieter Amsel
            Am Buchenhain 4, 48161 Münster-Roxel
Strauß:     groß, Sommerfarben, keine Lilien; Preis ca. 120 EUR
Karte:      "Lieber Herr Professor Amsel, herzlichen Glückwunsch zum
            Siebzigsten! Im Namen des gesamten Vorstands –
            Henrike Vollmer"

Bitte die Karte handschriftlich, wie beim letzten Mal. Rechnung an das
Vorstandsbüro, Kostenstelle 1000-VS.

Vielen Dank und viele Grüße
Julia Wernicke
Ostwall Versicherung AG, Vorstandsbüro
"""
    return Mail(WERNICKE, A("Blumen Haverkamp", "bestellung@blumen-haverkamp.example"),
                "Blumenbestellung 02.06. – Lieferung Privatadresse", "2025-05-27 10:51:09",
                text(body), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="insurer-to-supplier",
                reason="home address of the board chair and his 70th birthday on 02.06.2025, i.e. his birth date")


def m070():
    body = """Lieber Herr Dr. Lanwer,

mit großer Betroffenheit habe ich heute von Prof. Amsel erfahren, dass
Ihre Frau am Wochenende gestorben ist. Ich weiß, wie sehr Sie beide in
den letzten zwei Jahren gegen ihre Krebserkrankung gekämpft haben, und
wie tapfer Ihre Frau die Chemotherapien und zuletzt die Zeit im Hospiz
getragen hat. Sie haben mir bei unserem Mittagessen im Januar davon
erzählt, und ich habe seitdem oft an Sie gedacht.

Im Namen des gesamten Vorstands und ganz persönlich spreche ich Ihnen und
Ihrer Familie meine tief empfundene Anteilnahme aus. Wenn es irgendetwas
gibt, was wir für Sie tun können – sei es nur, Ihnen Wege abzunehmen –,
sagen Sie es bitte Frau Wernicke oder mir direkt.

Ich werde am Freitag zur Trauerfeier kommen.

In herzlicher Verbundenheit
Ihre Henrike Vollmer
"""
    return Mail(VOLLMER, A("Dr. Heribert Lanwer", "h.lanwer@lanwer-privat.example"),
                "In stiller Anteilnahme", "2025-05-19 19:02:44", text(body, cte="8bit"),
                mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-supervisory-board",
                reason="condolence to the honorary board chair: his late wife's cancer, chemotherapy, hospice")


def m071():
    body = """Lieber Herr Yıldırım,

ganz herzlichen Dank für den wunderbaren Abend bei Ihnen! Mein Mann
schwärmt heute noch von den gefüllten Weinblättern, und ich hätte gern
das Rezept für den Linsensalat – wenn Ihre Frau es verraten mag.

Es war schön, einmal ohne Vorlagen und Kennzahlen zusammenzusitzen. Beim
nächsten Mal sind Sie beide bei uns in Nienberge, dann kocht mein Mann
(er droht mit westfälischem Pfefferpotthast).

Bis morgen im Vorstand,
herzliche Grüße
Birgit Sauerland
"""
    return Mail(SAUERLAND, YILDIRIM, "Danke für Samstag!", "2025-03-31 07:15:40",
                text(body, cte="8bit", flowed=True), mailer=IPHONE,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: personal thank-you note between board members; nothing sensitive")


def m072():
    body = """Nadine,

letter from the claimant's lawyers, came in by e-mail to the CEO address
in English (the firm is an Anglo-German practice). Motor third party,
property damage only. Claims (Herr Tenbusch) has the file. For Ms
Sauerland's information only; no action on our side.

Emma

> From: Fiona Keane <f.keane@marlow-keane.example>
> Sent: 09 May 2025 11:30
> To: ceo-office@ostwall-versicherung.example
> Subject: Our client Lena Brandis ./. your insured Oskar Weidner - claim KH-2025-0051876
>
> Dear Sirs,
>
> we act for Ms Lena Brandis, Gartenstrasse 14, 20253 Hamburg, whose car
> (Mini Cooper, HH-LB 4410) was damaged on 21 February 2025 in Hamburg-
> Eimsbuettel when your policyholder, Mr Oskar Weidner (motor liability
> policy KF 6630 2291, vehicle HH-OW 1907), reversed out of a parking space.
> Liability is undisputed; no one was injured.
>
> Despite our letters of 10 March and 7 April, you have paid only the
> repair costs. Outstanding are:
>   - loss of use, 14 days x EUR 43     EUR    602.00
>   - reduction in value (expert)       EUR    850.00
>   - expert fees                       EUR    716.21
>   - our fees (RVG, 1.3 business fee)  EUR    627.13
>
> We ask for payment of EUR 2,795.34 to our client account within 14 days.
> Otherwise we will file suit at the Hamburg Local Court without further
> notice.
>
> Yours faithfully,
> Fiona Keane, Rechtsanwaeltin
> Marlow & Keane Rechtsanwaelte, Hamburg
"""
    return Mail(DOYLE, SCHUERMANN, "FW: Our client Lena Brandis ./. your insured Oskar Weidner - claim KH-2025-0051876",
                "2025-05-09 14:02:10", text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="lawyer",
                reason="lawyer's letter: claimant and policyholder named, address, plates, motor claim; no injury")


def m073():
    body = """Sabine,

please see below from Catherine - she will join the AR meeting on 24 April
by video, not in person. Can you ask IT to set up the room link and tell
Oliver that the airport pick-up is cancelled? I have not shared her reasons
with anyone else; Prof. Amsel only needs to know that she dials in.

Emma

-----Original Message-----
From: Catherine Lindqvist <catherine@lindqvist-advisory.example>
Sent: Friday, 18 April 2025 08:14
To: Emma Doyle <emma.doyle@ostwall-versicherung.example>
Subject: Thursday

Dear Emma,

I am so sorry to do this at short notice, but I won't be able to travel
to Muenster next week. I had an MS relapse over Easter - mostly my left
leg and my eyesight this time - and my neurologist has put me on a
five-day course of high-dose steroids starting Monday. I am told not to
fly for at least two weeks.

I can dial in for the whole meeting. Could you send me the link and make
sure the microphone in the room is working this time?

I would be grateful if you kept this between us and Sabine. I haven't told
the other board members about the MS and would like to keep it that way.

Warm regards,
Catherine
"""
    return Mail(DOYLE, THELEN, "FW: Thursday", "2025-04-18 09:30:55", text(body, cs="us-ascii", cte="7bit"),
                mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="supervisory-board",
                reason="board member's multiple sclerosis relapse, steroid treatment, travel ban; forwarded by the assistant")


def m074():
    body = """Dear Mr Osei,

thank you for the document request list for the interim audit. Below is
the status for the items assigned to the board office (section C of your
list):

C1  Minutes of Management Board meetings Jan-Apr 2025     -> data room, folder C1
C2  Minutes of Supervisory Board and committees 2025        -> data room, folder C2
C3  Rules of procedure Management Board (version 2024)      -> data room, folder C3
C4  Schedule of responsibilities (Geschaeftsverteilungsplan) -> data room, folder C3
C5  Board resolutions by circulation 2025 (4)               -> data room, folder C5
C6  Related party declarations of board members             -> on site only, 3 June
C7  Goodwill payments approved by the board (list)          -> data room, folder C7

The index of the data room folders is attached.

Please note: board minutes and the list of goodwill payments occasionally
refer to individual customer cases. The versions in the data room are
redacted (names, contract numbers and health information removed). If you
need to inspect an unredacted document for a sample, please let me know
and we will arrange access on site in the presence of our legal
department.

Kind regards,
Deniz Aydin
Board Office | Ostwall Versicherung AG
"""
    index = ("DATA ROOM INDEX - INTERIM AUDIT 2025 - SECTION C (Board Office)\r\n"
             "Generated 2025-05-20 11:32 by d.aydin\r\n\r\n"
             "C1/VS-Protokoll_2025-01-13_redacted.pdf      412 KB\r\n"
             "C1/VS-Protokoll_2025-02-10_redacted.pdf      388 KB\r\n"
             "C1/VS-Protokoll_2025-03-10_redacted.pdf      455 KB\r\n"
             "C1/VS-Protokoll_2025-04-07_redacted.pdf      501 KB\r\n"
             "C2/AR-Protokoll_2025-04-24_redacted.pdf      296 KB\r\n"
             "C2/ARC-Protokoll_2025-04-23_redacted.pdf     214 KB\r\n"
             "C3/Geschaeftsordnung_Vorstand_2024.pdf        88 KB\r\n"
             "C3/Geschaeftsverteilungsplan_2025.pdf         61 KB\r\n"
             "C5/Umlaufbeschluesse_2025_01-04.pdf          120 KB\r\n"
             "C7/Kulanzliste_Vorstand_2025_redacted.xlsx    44 KB\r\n").encode("ascii")
    return Mail(AYDIN, A("Kwame Osei", "k.osei@brightwater-audit.example"),
                "Interim audit 2025 - document request list, section C", "2025-05-20 11:40:02",
                Multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                                attach("DataRoom_Index_SectionC.txt", index, "text/plain", params=[("charset", "us-ascii")])]),
                cc=[HOLLSTEIN, THELEN], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="insurer-to-partner",
                reason="trap: auditors' request list; mentions redacted health information, contains none")


def m075():
    body = """Hi Sabine,

as promised, the birthday list for the greetings calendar 2025/26 (board
and supervisory board). I cross-checked the dates with HR and the AR
files. I'll set up recurring private reminders in your calendar and
Julia's - tell me if anybody should be left out.

Name                            Date of birth   Note
--------------------------------------------------------------------
Dr. Henrike Vollmer             03.08.1968
Matthias Brandl                 21.11.1971
Dr. Joerg Althoff               14.02.1963
Birgit Sauerland                27.09.1974
Kemal Yildirim                  05.12.1979
Prof. Dr. Klaus-Dieter Amsel    02.06.1955      70th! flowers + card
Catherine Lindqvist             18.10.1966
Robert Hainsworth               30.01.1960      65th in January
Sandra Kuhlmann                 09.04.1981
Dr. Heribert Lanwer (hon.)      22.07.1941

Emma
"""
    return Mail(DOYLE, THELEN, "Birthday list board / AR", "2025-05-14 16:38:27",
                text(body, cs="us-ascii", cte="7bit"), cc=[WERNICKE], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="internal",
                reason="dates of birth of named board and supervisory board members")


def m076():
    ics = make_ics("OW-CAL-VB-20250423-1600-ARPREP", "Vorbesprechung AR-Sitzung (Vorstand)",
                   "20250423T160000", "20250423T173000", THELEN,
                   [VOLLMER, BRANDL, ALTHOFF, SAUERLAND, YILDIRIM],
                   location="Büro Dr. Vollmer, 5.01",
                   description="Sprechzettel für die AR-Sitzung am 24.04.:\n"
                               "- TOP 3 Jahresabschluss (Brandl)\n"
                               "- TOP 5 Beschwerdebericht: Prof. Amsel hat nach zwei Fällen gefragt, "
                               "die ihn persönlich erreicht haben:\n"
                               "  a) Dorothea Whitfield, Pflegetagegeld PT 2208 6634 – Parkinson, "
                               "seit Februar im Pflegeheim (PG 4), Heimsatz wird jetzt nachgezahlt\n"
                               "  b) Hermann Bäumer – Kulanz 50 % beschlossen (Hirninfarkt, PG 4, "
                               "Wartezeit)\n"
                               "  Sprachregelung: Einzelfälle nur mündlich, nicht ins Protokoll.\n"
                               "- TOP 7 Vergütung: nur Präsidialausschuss",
                   stamp="20250417T081500Z")
    body = """Liebe Vorstände,

anbei die Einladung zur Vorbesprechung am Mittwoch; den Sprechzettel habe
ich direkt in den Termin geschrieben.

Sabine Thelen
"""
    return Mail(THELEN, [VOLLMER, BRANDL, ALTHOFF, SAUERLAND, YILDIRIM],
                "Einladung: Vorbesprechung AR-Sitzung, Mi 23.04. 16:00", "2025-04-17 10:15:00",
                Multi("mixed", [text(body), ics_part(ics)]), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="ICS description only: named insured with Parkinson's and nursing home, another with cerebral infarction")


def m077():
    body = """Hallo Herr Brandl,

hier die Themen für den Jour fixe morgen, 10:00–11:00, mit Frau
Dr. Vollmer (Sie sind per Telefon zugeschaltet):

1. Monatsabschluss März – Leistungsausgaben Kranken +7,3 % ggü. Plan
   (Treiber: stationäre Leistungen, Arzneimittel, GOÄ-Steigerungen)
2. Rückstellung für Beitragsrückerstattung – Vorschlag Zuführung
3. Kapitalanlage: Umschichtung Staatsanleihen / Infrastruktur
4. Planung 2026 – Zeitplan und Annahmen Schadeninflation Kfz
5. Vorbereitung Prüfungsausschuss 23.04.
6. Sonstiges: Freigabe Budget Strategieklausur (ca. 14 TEUR)

Unterlagen zu 1–3 liegen im Teams-Ordner "JF CFO/CEO".

Viele Grüße
Marco Petrović
"""
    return Mail(PETROVIC, BRANDL, "JF CEO/CFO morgen – Themen", "2025-03-26 17:20:18",
                text(body), cc=[WERNICKE], mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: CFO agenda with health benefit expenditure (hospital, drugs, GOÄ) as totals")


def m078():
    rows = [
        ["Name", "Anschrift (privat)", "Steuer-ID", "Finanzamt", "Festvergütung Q1", "Sitzungsgeld Q1", "USt-pflichtig"],
        ["Prof. Dr. Klaus-Dieter Amsel", "Am Buchenhain 4, 48161 Münster", "41 572 803 916", "Münster-Innenstadt", 30000, 1250, "ja"],
        ["Sandra Kuhlmann", "Bergstraße 9, 48308 Senden", "58 209 371 644", "Lüdinghausen", 15000, 1250, "nein"],
        ["Catherine Lindqvist", "Strandvägen 41, 114 56 Stockholm, SE", "beschränkt stpfl. (§ 50a)", "BZSt", 15000, 1250, "nein"],
        ["Robert Hainsworth", "12 Orchard Row, Sevenoaks TN13 1XA, UK", "beschränkt stpfl. (§ 50a)", "BZSt", 15000, 1250, "nein"],
        ["Dr. Friederike Osterhaus", "Lortzingstraße 22, 44145 Dortmund", "73 015 228 409", "Dortmund-Ost", 15000, 1000, "ja"],
        ["Bernd Wellenbrock", "Kapellenweg 3, 48341 Altenberge", "29 644 018 735", "Steinfurt", 15000, 1250, "nein"],
    ]
    xlsx = make_xlsx([("AR-Vergütung Q1 2025", rows)], creator="Marco Petrović")
    body = """Hallo Frau Gerdes,

anbei die Übersicht für die Auszahlung der Aufsichtsratsvergütung Q1 mit
den Steuerdaten. Bei Frau Lindqvist und Herrn Hainsworth bitte wieder den
Steuerabzug nach § 50a EStG und die Anmeldung beim BZSt. Bei Herrn
Hainsworth hat sich die Anschrift geändert (neu ab Mai).

Auszahlung zum 15.04., Bankverbindungen wie im System.

Danke und Gruß
Marco Petrović
"""
    return Mail(PETROVIC, A("Anja Gerdes", "anja.gerdes@" + DOM), "AR-Vergütung Q1/2025 – Steuerdaten",
                "2025-04-03 14:48:01",
                Multi("mixed", [text(body), attach("AR_Verguetung_Q1_2025.xlsx", xlsx, MT_XLSX)]),
                mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="internal",
                reason="XLSX: supervisory board members' private addresses, tax IDs and fees")


def m079():
    body = """Liebe Claudia,

VB-2025-0418 für Herrn Dr. Althoff - Lebensversicherung, Kündigung und
Rückkaufswert. Kein Fehler erkennbar, aber der Kunde ist über die
Differenz zur alten Hochrechnung verärgert. Frau Dreier bereitet eine
Erläuterung vor. Wir antworten aus dem Ressort.

Tim

-----Ursprüngliche Nachricht-----
Von: Manfred Ebeling <m.ebeling@ruhrnet.example>
Gesendet: Dienstag, 29. April 2025 18:40
An: vorstand@ostwall-versicherung.example
Betreff: Kapitallebensversicherung LV 1187 3302 - Rückkaufswert

Sehr geehrte Frau Vorstandsvorsitzende,

ich habe meine Kapitallebensversicherung Nr. LV 1187 3302 (Beginn
01.10.2005, Beitrag 150 Euro monatlich) zum 01.05.2025 gekündigt, weil
ich das Geld für den Umbau unseres Hauses brauche.

In der Hochrechnung von 2005 wurde mir ein Wert von rund 31.000 Euro in
Aussicht gestellt. Jetzt schreiben Sie mir, der Rückkaufswert betrage
23.418,06 Euro, abzüglich Kapitalertragsteuer. Ich habe in 19,5 Jahren
35.100 Euro eingezahlt! Ich habe also Geld verloren.

Ich erwarte eine nachvollziehbare Aufstellung, wie sich der Betrag
zusammensetzt (Kosten, Überschüsse, Stornoabzug) und warum der Wert so
weit unter der Hochrechnung liegt.

Manfred Ebeling
Hellweg 88, 44787 Bochum
"""
    return Mail(REIMERS, HESSE, "WG: Kapitallebensversicherung LV 1187 3302 - Rückkaufswert",
                "2025-04-30 09:11:27", text(body, cs="iso-8859-1"), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
                reason="life insurance contract of a named customer (surrender value) - personal line, no medical word")


def m080():
    body = """Liebe Frau Thelen,

kurz zur Info, falls Frau Dr. Vollmer fragt: Heute kam ein anonymes
Schreiben an sie (Brief ohne Absender, Poststempel Briefzentrum 48).
Inhalt sinngemäß: Die Hotline sei "eine Zumutung", der Schreiber habe
"dreimal über 40 Minuten in der Warteschleife gehangen", man solle "mal
selbst anrufen", und früher sei bei der Ostwall alles besser gewesen.

Es gibt keinen Namen, keine Vertragsnummer und keinen Hinweis auf ein
konkretes Anliegen. Wir können den Fall deshalb nicht einzeln bearbeiten.
Ich habe ihn im Tracker als "anonym – Erreichbarkeit" gezählt; das Thema
nehmen wir in den Q2-Bericht auf (Erreichbarkeit war schon in Q1 auf
Platz 3).

Original liegt bei mir im Schrank.

Viele Grüße
Petra Kowalczyk
"""
    return Mail(KOWALCZYK, THELEN, "Anonymes Schreiben an Fr. Dr. Vollmer (Hotline)", "2025-05-08 15:33:50",
                text(body), mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: anonymous complaint without name or contract, counted statistically")


def m081():
    body = """Petra,

travel again, no health involved - rental car excess. The customer has a
point, I think: the policy wording doesn't require the full rental
contract, only proof of the excess charge. Could your team check?

Thanks,
Emma

-----Original Message-----
From: Olivia Brandt <olivia.brandt@ferrymail.example>
Sent: Monday, 12 May 2025 21:17
To: ceo-office@ostwall-versicherung.example
Subject: Rental car excess - policy TR-88304471 / claim TRV-2025-1406

Dear Dr Vollmer,

I live in Cologne and have your annual travel insurance with the rental
car excess cover (TR-88304471). In March I rented a car in Faro,
Portugal. Someone scraped the rear bumper in a supermarket car park and
the rental company charged my credit card the full excess of EUR 1,200.

I sent your claims team the damage report, the credit card statement and
the photos. They now refuse to pay unless I send the "complete original
rental agreement including the terms and conditions in German or
English". The rental company only gives it in Portuguese.

I have been a customer for eight years and never claimed before. I would
appreciate a fair and quick decision.

Kind regards,
Olivia Brandt
Aachener Strasse 311, 50931 Koeln
"""
    return Mail(DOYLE, KOWALCZYK, "FW: Rental car excess - policy TR-88304471 / claim TRV-2025-1406",
                "2025-05-13 08:19:33", text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="customer",
                reason="quoted travel complaint (rental excess): name, address, policy and claim number; no health")


def m082():
    htmlb = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Henrike, Joerg,</p>
<p>as requested, the briefing note for the Ostwall Life &amp; Health Ireland DAC board on 20 May
(item 6, &quot;Escalated customer cases &ndash; international health plan&quot;). Only you two will see
this version; the board pack contains the anonymised one.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde6ef"><th>Ref.</th><th>Customer</th><th>Policy</th><th>Issue</th><th>Status</th></tr>
<tr><td>VB-2025-0295</td><td>Daniel Okafor, Singapore</td><td>IHP-7730418</td>
<td>Emergency appendectomy, wrongly treated as pre-existing (earlier gastroenteritis)</td><td>Paid in full, apology sent</td></tr>
<tr><td>VB-2025-0409</td><td>Priya Raman, Frankfurt</td><td>IHP-7741230</td>
<td>Pregnancy, gestational diabetes on insulin; maternity waiting period miscalculated</td><td>Cover confirmed incl. birth</td></tr>
<tr><td>VB-2025-0366</td><td>Tomasz Wróbel, Dubai</td><td>IHP-7729015</td>
<td>Diffuse large B-cell lymphoma, chemotherapy (R-CHOP) abroad; pre-authorisation delayed 3 weeks</td><td>Authorised, case manager assigned</td></tr>
<tr><td>VB-2025-0371</td><td>Aoife Kinsella, Munich</td><td>IHP-7735588</td>
<td>Cochlear implant right ear; dispute on device upgrade</td><td>Medical review pending</td></tr>
<tr><td>VB-2025-0390</td><td>Mark Delaney, Hamburg</td><td>IHP-7738204</td>
<td>Inpatient treatment for alcohol dependence, exclusion clause disputed</td><td>Legal review</td></tr>
</table>
<p>Suggested message for the board: three of five cases were caused by process errors in the
Dublin claims unit; remediation plan in item 7.</p>
<p>Emma</p>
</body></html>
"""
    return Mail(DOYLE, [VOLLMER, ALTHOFF], "Dublin board 20 May - item 6 briefing (named version)",
                "2025-05-15 18:06:12", html(htmlb), cc=[HESSE], mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="internal",
                reason="HTML-only table: named customers with lymphoma, pregnancy, cochlear implant, alcohol dependence")


def m083():
    body = """Joerg, Claudia,

the European Health Insurers' Forum has sent the invitation below. Would
you like me to register you? It overlaps with the Kundenbeirat on 11 June
between 14:00 and 15:00, so it would be either/or.

Emma

----- Forwarded -----
EHIF Webinar series 2025
"From ICD-10 to ICD-11: what the transition means for health claims"
Wednesday, 11 June 2025, 13:00-15:00 CEST, online

- Structure of ICD-11: stem codes, extension codes, post-coordination
- Mapping tables ICD-10-GM -> ICD-11 and expected data quality issues
- Impact on claims automation, fraud detection and actuarial statistics
  (e.g. mental and behavioural disorders, chapter 06; new chapter 26 on
  traditional medicine)
- Case study: a Nordic insurer's dual-coding pilot with 1.2 million claims

Speakers: Dr. M. Virtanen (WHO-FIC network), L. Berger (EHIF data group)
Registration: https://www.ehif.example/webinars/icd11
Participation is free for member companies.
"""
    return Mail(DOYLE, [ALTHOFF, HESSE], "FW: EHIF webinar - ICD-10 to ICD-11 (11 June)", "2025-05-21 10:27:35",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="internal",
                reason="trap: webinar on ICD-11 and claims statistics; no person's health")


def m084():
    rows = [
        ["Rang", "Vorgang", "Kunde", "Sparte", "Vertrag", "Schaden-Nr.", "Thema", "Wert (EUR)", "offen seit (Tage)"],
        [1, "VB-2025-0420", "Kessler Feinmechanik GmbH (GF Arne Kessler)", "Gewerbe Sach/BU", "GW 7702 1145", "SA-2025-0120043", "Abschlag Feuer/BU", 400000, 49],
        [2, "VB-2025-0324", "Emre und Selin Yilmaz", "Wohngebäude", "WG 3301 7720", "WS-2025-0038812", "Trocknung, Abschlag", 8000, 0],
        [3, "VB-2025-0412", "Familie Roggenkamp", "Wohngebäude", "WG 2207 4418", "-", "Kündigung nach Schadenfall", 0, 21],
        [4, "VB-2025-0378", "Hannelore Kruse", "Hausrat", "HR 3374 0518", "-", "Kündigung nicht verarbeitet", 73.6, 0],
        [5, "VB-2025-0381", "Jennifer Caldwell", "Privathaftpflicht", "PH 4410 7789", "HP-2025-0009934", "Regulierung Drittschaden", 1840, 44],
        [6, "VB-2025-0399", "Can Demir", "Kfz Teilkasko", "KF 2207 9931", "KD-2025-0076451", "Diebstahl Motorrad", 8500, 17],
        [7, "VB-2025-0319", "Heinz-Werner Kamp", "Kfz Vollkasko", "KF 8830 1147", "KS-2025-0214387", "Regulierungsdauer", 5618.4, 0],
        [8, "VB-2025-0405", "Piotr Szymański", "Rechtsschutz", "RS 7781 2204", "RS-2025-0012877", "Deckung Mietstreit", 0, 0],
        [9, "VB-2025-0416", "Gerhard Lücking (Einzelunternehmer)", "Inhalt Gewerbe", "GI 5501 6203", "-", "Kündigungsdrohung Beitrag", 0, 9],
        [10, "VB-2025-0423", "Oskar Weidner ./. Lena Brandis", "Kfz-Haftpflicht", "KF 6630 2291", "KH-2025-0051876", "Nebenforderungen Anwalt", 2795.34, 6],
    ]
    xlsx = make_xlsx([("Top 10 Komposit", rows)], creator="Nadine Schürmann")
    body = """Liebe Frau Sauerland,

wie gewünscht die Top-10-Liste der offenen bzw. gerade abgeschlossenen
Vorstandsbeschwerden aus Ihrem Ressort für Ihr Gespräch mit Herrn
Tenbusch und Herrn Albers am Freitag. Stand heute Mittag, Quelle Tracker.

Viele Grüße
Nadine
"""
    return Mail(SCHUERMANN, SAUERLAND, "Top 10 Beschwerden Komposit – Stand 15.05.", "2025-05-15 13:02:19",
                Multi("mixed", [text(body), attach("Top10_Beschwerden_Komposit_2025-05-15.xlsx", xlsx, MT_XLSX)]),
                mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="internal",
                reason="XLSX lists named property/motor customers with policy and claim numbers; no health data")


def m085():
    body = """Herr Dr. Althoff,

Gesprächsnotiz zum Telefonat mit Herrn Frank Heuer heute, 11:20–11:45
(VB-2025-0357, Unfallversicherung UV 4471 8830), wie von Ihnen gewünscht:

- Unfall am 02.09.2024: Sturz von der Leiter beim Dachrinnereinigen,
  Tibiakopffraktur rechts, zwei Operationen (Plattenosteosynthese,
  später Arthroskopie), Reha in Bad Rothenfelde bis Dezember.
- Unser Gutachter (Dr. Pätzold) bewertet die Invalidität mit 1/7
  Beinwert; Herr Heuer und sein Orthopäde sehen 3/7 (Streckdefizit,
  beginnende posttraumatische Arthrose, er kann nicht mehr knien).
- Er ist Fliesenleger, selbstständig, arbeitet nur noch halbtags.
- Er war sachlich, aber enttäuscht; er will "nicht gleich klagen",
  erwartet aber eine zweite Begutachtung durch einen unabhängigen
  Unfallchirurgen.

Mein Vorschlag: Zweitgutachten (Uni-Klinik Münster) beauftragen, bis
dahin Vorschuss auf Basis 2/7. Frau Dreier ist einverstanden.

Claudia Hesse
"""
    return Mail(HESSE, ALTHOFF, "Gesprächsnotiz Herr Heuer (Unfall) – VB-2025-0357", "2025-05-05 12:10:42",
                text(body), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="call note: named insured's tibial plateau fracture, operations, rehab, arthrosis, invalidity grading")


def m086():
    body = """Liebe Mitglieder des Kundenbeirats,

herzlich willkommen zur Sommersitzung am Mittwoch, 11. Juni 2025,
14:00–17:30 Uhr, im Forum der Ostwall (Hafenweg 12, Haus B).

Tagesordnung
1. Begrüßung durch Kemal Yıldırım, Vorstand Kunde
2. "Was wurde aus Ihren Anregungen?" – Umsetzungsstand 2024
3. Verständliche Briefe: neue Leistungsabrechnung in der
   Krankenversicherung (Entwürfe zum Kommentieren)
4. Erreichbarkeit: Rückrufservice und Chat – Ihre Erfahrungen
5. Pflegezusatzversicherung: Welche Informationen brauchen Angehörige?
6. Verschiedenes

Wie immer gilt: Bitte berichten Sie in der Sitzung nicht über eigene
Verträge oder Leistungsfälle – dafür ist der Kundenservice da, Frau
Brückner vermittelt gern einen direkten Kontakt.

Anreise: Parkplätze in der Tiefgarage Haus B, Fahrtkosten erstatten wir
gegen Beleg. Aufwandsentschädigung: 150 EUR pro Sitzung.

Wir freuen uns auf Sie!
Lea Brückner
Geschäftsstelle Kundenbeirat
"""
    return Mail(BRUECKNER, A("Kundenbeirat Ostwall", "kundenbeirat@lists." + DOM),
                "Einladung Kundenbeirat 11. Juni 2025", "2025-05-21 09:00:00", text(body),
                cc=[YILDIRIM], mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: customer advisory council agenda about health and care letters; no member data")


def m087():
    body = """Jörg,

kurze Frage vor meinem Urlaub: Wie ist der Stand bei Frau Ostendorf
(VB-2025-0287)? Ist das Zweitgutachten da? Ihr Anwalt hat jetzt an mich
geschrieben, Hollstein hat die Kopie. Ich möchte nicht, dass das vor
Gericht geht, wenn wir selbst Zweifel an unserem ersten Gutachten haben.

Können wir Donnerstag 10 Minuten sprechen?

H.
"""
    return Mail(VOLLMER, ALTHOFF, "Ostendorf", "2025-05-22 19:48:02", text(body, cte="8bit"),
                mailer=IPHONE,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="named customer's disability claim (second medical opinion, lawyer) - personal line, no diagnosis word")


def m088():
    body = """Nadine – zur Info für Frau Sauerland, nächste Woche Thema im
Gespräch mit Herrn Albers (Kündigungspraxis Wohngebäude). VB-2025-0412.

Petra

Anfang der weitergeleiteten Nachricht:

Von: Jörg Roggenkamp <j.roggenkamp@hofnetz.example>
Betreff: Kündigung unserer Wohngebäudeversicherung WG 2207 4418
Datum: 24. April 2025 um 21:02:15 MESZ
An: vorstand@ostwall-versicherung.example

Sehr geehrte Frau Dr. Vollmer,

seit 1996 ist unser Hof (Wohnhaus und Scheune, Brock 12, 48346
Ostbevern) bei Ihnen versichert, Vertrag WG 2207 4418. In dieser Zeit
hatten wir genau zwei Schäden: den Sturm im Juni 2024 (Dach Scheune,
Schaden WS-2024-0211807) und im Februar 2025 einen Frostschaden an einer
Leitung im Keller (WS-2025-0019662).

Jetzt bekommen wir eine Kündigung "im Schadenfall" zum 31.07.2025. Ein
anderer Versicherer nimmt uns mit zwei Vorschäden nur zu fast doppeltem
Beitrag. Dreißig Jahre zahlen und beim ersten Sturm, für den wir nichts
können, rausgeworfen werden – so etwas hätte ich von Ihnen nicht
erwartet.

Ich bitte Sie, die Kündigung zurückzunehmen. Wir sind bereit, über eine
höhere Selbstbeteiligung zu sprechen.

Mit freundlichen Grüßen
Jörg und Marlies Roggenkamp
"""
    return Mail(KOWALCZYK, SCHUERMANN, "WG: Kündigung unserer Wohngebäudeversicherung WG 2207 4418",
                "2025-04-25 07:58:41", text(body, cte="quoted-printable"), mailer=TBIRD,
                label="CONFIDENTIAL", lang="de", kind="customer",
                reason="forwarded homeowner complaint: names, farm address, building policy and two claim numbers")


def m089():
    body = """Dear customer,

you have received a new message in your Ostwall secure mailbox.

For your protection, we do not send the content of the message by
e-mail. Please log in to read it:

    https://securemail.ostwall-versicherung.example

If you have forgotten your password, use "Reset password" on the login
page. You will need the answer to your security question.

Please do not reply to this e-mail; this mailbox is not monitored.

Your Ostwall Versicherung AG

--
Ostwall Versicherung AG, Hafenweg 12, 48155 Muenster, Germany
"""
    return Mail(A("Ostwall SecureMail", "noreply-securemail@" + DOM), A("", "t.nakamura@pacificmail.example"),
                "You have a new secure message", "2025-05-16 14:02:00",
                text(body, cs="us-ascii", cte="7bit"),
                extra=["Auto-Submitted: auto-generated"],
                label="NORMAL", lang="en", kind="insurer-to-customer",
                reason="trap: secure-portal notification without content")


def m090():
    body = """Dear Sian,

in accordance with article 9 of our quota share treaty (life, Ostwall
Lebensversicherung AG), we notify the following large claim:

Our claim no.:      LL-2025-000184
Policy:             LV 5512 0934 (term life, level sum insured)
Life insured:       Mr Stefan Koerber, born 07 May 1970
Sum insured:        EUR 1,200,000 (your share 60 %: EUR 720,000)
Policy start:       01 December 2023
Date of death:      28 March 2025
Cause of death:     metastatic pancreatic adenocarcinoma (C25.0),
                    first diagnosed January 2025

As the death occurred within the contestability period, we are reviewing
the application for possible non-disclosure. The treating oncologist's
report mentions recurrent epigastric pain and a raised HbA1c in 2023,
which were not declared on the health questionnaire of 14 November 2023.
Our medical officer does not currently consider this a material
misrepresentation, but we have requested the GP records (consent of the
beneficiaries on file).

We will keep you informed and expect to decide within six weeks. Please
reserve your share accordingly.

Kind regards,
Anja Dreier
Head of Life Claims, Ostwall Lebensversicherung AG
on behalf of Dr. Joerg Althoff
"""
    return Mail(A("Anja Dreier", "anja.dreier@" + DOM), A("Sian Prothero", "s.prothero@northbridge-re.example"),
                "Large claim notification LL-2025-000184 (treaty art. 9)", "2025-04-11 15:30:00",
                text(body, cs="us-ascii", cte="7bit"), cc=[ALTHOFF, DOYLE], mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-partner",
                reason="reinsurer notification: named life insured, birth date, death from pancreatic cancer C25.0, medical history")


def m091():
    body = """Sehr geehrter Herr Overkamp,

Sie haben sich mit Ihrer E-Mail vom 02.05.2025 an Frau Sauerland gewandt,
weil Ihre Schadenfreiheitsklasse nach dem Schaden vom 19.01.2025
herabgestuft wurde. Gern erläutere ich Ihnen die Berechnung.

Vertrag:        KF 4478 1206, Pkw Skoda Octavia, ST-RO 552
Schaden:        KH-2025-0007713 (Haftpflicht, Vorfahrtsverletzung)
SF-Klasse bisher: SF 14 (Haftpflicht) / SF 12 (Vollkasko)
SF-Klasse ab 01.01.2026: SF 8 (Haftpflicht) / SF 12 (Vollkasko, nicht
                betroffen, da kein Kaskoschaden)

Die Rückstufung richtet sich nach der Tabelle in Anhang 1 Ihrer
Versicherungsbedingungen (AKB 2023); aus SF 14 wird nach einem
Haftpflichtschaden SF 8. Die Rückstufung wird erst zum nächsten
Kalenderjahr wirksam.

Sie haben die Möglichkeit, den Schaden innerhalb von sechs Monaten nach
unserer Regulierungsmitteilung selbst zu erstatten ("Rückkauf"). Der
Schaden hat 2.184,50 EUR gekostet. Nach unserer Berechnung würden Sie
über die nächsten fünf Jahre rund 1.650 EUR Mehrbeitrag zahlen - ein
Rückkauf lohnt sich in Ihrem Fall also eher nicht, die Entscheidung
liegt aber selbstverständlich bei Ihnen.

Mit freundlichen Grüßen
Tim Reimers
Team Vorstandsbeschwerden
"""
    return Mail(BESCHWERDE, A("Ralf Overkamp", "r.overkamp@muensterland-mail.example"),
                "Ihre SF-Klasse - Vertrag KF 4478 1206", "2025-05-08 10:45:17",
                text(body, cs="iso-8859-1", cte="quoted-printable"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
                reason="motor customer: policy, claim number, plate, no-claims class and costs")


def m092():
    plain = """Dear members of the Management Board,

following the board's decision in January, the first cohort of the
"Leading Well" programme for senior executives starts in September. The
programme is run with the Institute for Leadership Health (ILH) and
consists of:

- two residential modules (2 days each) on resilience, sleep and
  recovery, and leading teams under pressure;
- an optional, strictly confidential health check with an independent
  physician of the institute. Results go only to the participant - not to
  Ostwall, HR or the programme organisers;
- four individual coaching sessions.

Research quoted by the institute: around 40 % of senior executives report
symptoms of chronic stress; sleep disorders and burnout risk are twice as
high as in the general working population.

Dates for the first cohort: 18-19 September and 13-14 November 2025,
Schloss Hovestadt. Please let your assistants know by 30 June whether you
would like to take part; places are limited to 12.

Best regards,
Emma Doyle
on behalf of Sabine Thelen, Board Office
"""
    htmlb = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear members of the Management Board,</p>
<p>following the board's decision in January, the first cohort of the <b>&quot;Leading Well&quot;</b>
programme for senior executives starts in September. The programme is run with the Institute for
Leadership Health (ILH) and consists of:</p>
<ul><li>two residential modules (2 days each) on resilience, sleep and recovery, and leading teams under pressure;</li>
<li>an optional, strictly confidential health check with an independent physician of the institute. Results go only
to the participant &ndash; not to Ostwall, HR or the programme organisers;</li>
<li>four individual coaching sessions.</li></ul>
<p>Research quoted by the institute: around 40&nbsp;% of senior executives report symptoms of chronic stress;
sleep disorders and burnout risk are twice as high as in the general working population.</p>
<p>Dates for the first cohort: 18&ndash;19 September and 13&ndash;14 November 2025, Schloss Hovestadt.
Please let your assistants know by 30 June whether you would like to take part; places are limited to 12.</p>
<p>Best regards,<br>Emma Doyle<br>on behalf of Sabine Thelen, Board Office</p>
</body></html>
"""
    return Mail(DOYLE, [VOLLMER, BRANDL, ALTHOFF, SAUERLAND, YILDIRIM],
                "Leading Well - executive health & resilience programme (cohort 1)", "2025-06-02 09:30:00",
                Multi("alternative", [text(plain), html(htmlb)], preamble=False), cc=[THELEN], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="internal",
                reason="trap: executive resilience programme with health check, burnout and sleep statistics; no one's results")


def m093():
    body = """Liebe Frau Hesse,

zur Kenntnis für Herrn Dr. Althoff; das Schreiben ging parallel an Frau
Dr. Vollmer (Kopie liegt ihr vor). Ich bereite eine Stellungnahme vor und
stimme mich mit Frau Dreier ab. Bitte bis zur Klärung keine direkte
Korrespondenz mit Frau Ostendorf mehr aus dem Vorstandsbüro.

Mit freundlichen Grüßen
Jan Hollstein

-----Ursprüngliche Nachricht-----
Von: RAin Dr. Meike Vosskuhl <kanzlei@vosskuhl-sozialrecht.example>
Gesendet: Mittwoch, 21. Mai 2025 16:03
An: vorstand@ostwall-versicherung.example
Cc: recht@ostwall-versicherung.example
Betreff: Renate Ostendorf ./. Ostwall Lebensversicherung AG – BU 2290 7713

Sehr geehrte Damen und Herren,

in obiger Angelegenheit zeigen wir an, dass wir Frau Renate Ostendorf,
Kastanienallee 17, 59227 Ahlen, anwaltlich vertreten. Vollmacht anbei.

Unsere Mandantin ist seit Mai 2024 wegen einer schweren depressiven
Episode (F32.2) mit Angststörung und Anpassungsstörung nach
Arbeitsplatzkonflikt durchgehend arbeitsunfähig. Der Entlassbericht der
Klinik am Waldsee (stationär 12.06.–07.08.2024) und der Befundbericht
der behandelnden Psychiaterin Dr. Imhoff vom 14.01.2025 bescheinigen eine
Leistungsfähigkeit von unter drei Stunden täglich in ihrem zuletzt
ausgeübten Beruf als Filialleiterin.

Das von Ihnen eingeholte Gutachten beruht auf einer 45-minütigen
Untersuchung und setzt sich mit den Vorbefunden nicht auseinander. Es ist
für eine Leistungsentscheidung ungeeignet.

Wir fordern Sie auf, bis zum 20.06.2025 die Berufsunfähigkeit
anzuerkennen und die vereinbarte BU-Rente von monatlich 1.850 EUR
rückwirkend ab 01.11.2024 nebst Beitragsbefreiung zu leisten. Nach
fruchtlosem Fristablauf werden wir Klage beim Landgericht Münster
erheben.

Mit freundlichen Grüßen
Dr. Meike Vosskuhl
Rechtsanwältin, Fachanwältin für Versicherungsrecht
"""
    return Mail(HOLLSTEIN, HESSE, "[streng vertraulich] WG: Renate Ostendorf ./. Ostwall Lebensversicherung AG – BU 2290 7713",
                "2025-05-22 08:14:30", text(body), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="lawyer",
                reason="lawyer's letter: severe depressive episode F32.2, anxiety, clinic stay, disability pension claim")


def m094():
    body = """Petra -

a home contents customer, direct debit problem; she is upset about the
reminder letter. Could someone in Bestand update the mandate with the new
IBAN and withdraw the reminder? She's fine with the amount being
collected now.

Emma

> From: Niamh Brady <niamh.brady@liffeymail.example>
> Date: 27 May 2025, 08:02
> To: ceo-office@ostwall-versicherung.example
> Subject: Reminder and threat to cancel my policy HR 6670 2215
>
> Hello,
>
> I got a "Mahnung" this week saying my home contents insurance (policy
> HR 6670 2215) will lose cover if I don't pay EUR 96.40 within two weeks.
> I switched banks in March and sent your customer service the new SEPA
> mandate on 14 March (I have the confirmation e-mail). Nobody used it and
> now I am treated like someone who doesn't pay.
>
> New account: Niamh Brady, IBAN IE02 BOFI 9000 3314 8726 50
>
> Please collect the premium from this account and confirm the cover in
> writing. I live at Brüsseler Str. 57, 50674 Köln.
>
> Niamh Brady
"""
    return Mail(DOYLE, KOWALCZYK, "FW: Reminder and threat to cancel my policy HR 6670 2215",
                "2025-05-27 09:15:48", text(body, cte="quoted-printable"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="customer",
                reason="quoted customer e-mail: contents policy number, Irish IBAN, address, arrears")


def m095():
    csvb = csv_bytes([
        ["Testfall", "Vorgangsart", "Anrede", "Vorname", "Nachname", "Geburtsdatum", "Vertrag", "Sparte", "IBAN", "Beschwerdetext", "Erwartet"],
        ["TF-01", "Vorstandsbeschwerde", "Herr", "Max", "Mustermann", "01.01.1970", "KV 0000 0001", "Kranken", "DE89 3704 0044 0532 0130 00",
         "Testtext: Erstattung abgelehnt (Dummy)", "Routing Ressort Personen"],
        ["TF-02", "Vorstandsbeschwerde", "Frau", "Erika", "Musterfrau", "12.08.1964", "KF 0000 0002", "Kfz", "DE89 3704 0044 0532 0130 00",
         "Testtext: Regulierungsdauer (Dummy)", "Routing Ressort Komposit"],
        ["TF-03", "Anonym", "", "", "", "", "", "", "", "Testtext ohne Absender", "Kategorie anonym, keine Antwort"],
        ["TF-04", "Angehörige", "Frau", "Tessa", "Testperson", "", "PT 0000 0004", "Pflege", "",
         "Testtext: Vollmacht fehlt (Dummy)", "Hinweis Vollmacht anfordern"],
    ], enc="cp1252")
    body = """Hallo Herr Aydın,

für den Abnahmetest des neuen Beschwerde-Trackers (Release 2.4) habe ich
die Testfälle und die Anleitung angehängt (ZIP). Wie abgesprochen nur
synthetische Daten: Max
Mustermann und Erika Musterfrau sind fiktiv, die IBAN ist die bekannte
Beispiel-IBAN aus der Bankendokumentation, Vertragsnummern im
Testnummernkreis 0000.

Bitte führen Sie die Fälle TF-01 bis TF-04 in der Testumgebung
(https://tracker-test.ostwall-versicherung.example) durch und tragen das
Ergebnis in Spalte "Ist" ein. Produktivdaten bitte nicht verwenden.

Viele Grüße
Sven Kortmann
IT Anwendungsentwicklung Kundenservice
"""
    return Mail(A("Sven Kortmann", "sven.kortmann@" + DOM), AYDIN, "Abnahmetest Tracker 2.4 – Testfälle",
                "2025-06-03 13:30:09",
                Multi("mixed", [text(body),
                                attach("Abnahmetest_Tracker_2-4.zip", make_zip([
                                    ("Testfaelle_Tracker_2-4.csv", csvb),
                                    ("Testanleitung.txt", (
                                        "Abnahmetest Beschwerde-Tracker 2.4\r\n"
                                        "1. Anmeldung Testumgebung mit Testbenutzer VB-TEST-03\r\n"
                                        "2. Testfaelle TF-01 bis TF-04 manuell erfassen (nur synthetische Daten!)\r\n"
                                        "3. Routing, Fristen und Vorlagenvorschlag pruefen, Ergebnis in Spalte 'Ist'\r\n"
                                        "4. Screenshots bei Abweichungen in das Ticket ABN-2025-0412\r\n").encode("cp1252"))],
                                    time=(2025, 6, 3, 13, 0, 0)), MT_ZIP)]),
                mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: synthetic test cases (Max Mustermann, published example IBAN, dummy contract numbers)")


def m096():
    body = """Nadine,

for Ms Sauerland's file on the Mercer complaint - the full chain is below
so she has the history. Short version: motor liability, our policyholder
caused the accident, the claimant is English-speaking. Property damage is
settled; the open point is the personal injury part, see the bottom of
the thread.

Emma

-----Original Message-----
From: David Mercer <d.mercer@rhinelink.example>
Sent: Thursday, 22 May 2025 19:40
To: ceo-office@ostwall-versicherung.example
Subject: RE: RE: Claim KH-2025-0044120 - still no answer

Dr Vollmer, I am copying you in because your claims handler has stopped
replying. See the history below. Three months, and my wife still has not
received a single euro for her injuries.
David Mercer

-----Original Message-----
From: Kfz-Schaden Team 3 <kfz-schaden3@ostwall-versicherung.example>
Sent: Monday, 28 April 2025 10:02
To: David Mercer
Subject: RE: Claim KH-2025-0044120 - still no answer

Dear Mr Mercer, the vehicle damage of EUR 6,930 was paid on 11 April.
Regarding the claim of Mrs Mercer we are waiting for the medical report
from the treating physician. Kind regards, M. Tenbusch

-----Original Message-----
From: David Mercer
Sent: Wednesday, 16 April 2025 21:15
To: Kfz-Schaden Team 3
Subject: Claim KH-2025-0044120 - still no answer

Dear Mr Tenbusch,
on 24 February your policyholder (DU-KW 3371) drove into the side of our
car at the junction Koenigsallee / Graf-Adolf-Strasse in Duesseldorf. My
wife Rachel Mercer was in the passenger seat. She was taken to the
Marienhospital with whiplash (neck sprain) and a concussion, was kept in
overnight, and has been in physiotherapy twice a week since. She could
not work for five weeks. We sent you the discharge letter and the
physiotherapist's prescription in March. What else do you need?
David Mercer
Heinrich-Heine-Allee 40, 40213 Duesseldorf
"""
    return Mail(DOYLE, SCHUERMANN, "FW: RE: RE: Claim KH-2025-0044120 - still no answer", "2025-05-23 08:30:17",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
                reason="motor claim chain; only the oldest quoted mail names the passenger's whiplash, concussion and physiotherapy")


def m097():
    body = """Sabine,

for the Capital Markets Day in London (11-12 September) the partner
programme is confirmed. Kompass needs the passport details of the
partners for the group booking and for the Guildhall reception (security
list). Three partners are coming:

1. Dr. Peter Vollmer (partner of Dr. Henrike Vollmer)
   born 11 January 1966, German passport C5KX8R1T3, valid to 08/2029
2. Anna-Lena Brandl (partner of Matthias Brandl)
   born 30 April 1975, German ID card L01X7T9R2, valid to 02/2031
3. Jamie Sauerland-Okoro (partner of Birgit Sauerland)
   born 16 July 1972, British passport 547 771 203, valid to 05/2030

The costs for partners are private and will be invoiced to the board
members personally (Kompass sends separate invoices to their home
addresses, which Julia has given them).

Could you please confirm that I can forward the list to Kompass?

Thanks,
Emma
"""
    return Mail(DOYLE, THELEN, "CMD London - partner programme, passport details", "2025-06-05 11:48:20",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="internal",
                reason="board members' partners with dates of birth, passport and ID card numbers")


def m098():
    body = """Sehr geehrter Herr Sonntag,

hiermit bestellen wir verbindlich den Druck des Geschäftsberichts 2024
gemäß Ihrem Angebot A-25-0117 vom 03.03.2025:

Auflage:     1.800 Exemplare deutsch, 400 Exemplare englisch
Umfang:      196 Seiten + 4 Seiten Umschlag, Klebebindung
Papier:      Inhalt 120 g/m² Recycling matt, Umschlag 300 g/m²
Druckdaten:  kommen am 24.04. von der Agentur (PDF/X-4)
Anlieferung: 16.05.2025, Hafenweg 12, Warenannahme Tor 2
             - davon 250 Ex. direkt an die Hauptversammlung
               (Messe Münster, Halle Süd, 03.06. ab 8 Uhr)

Der Bericht enthält wie jedes Jahr den Vergütungsbericht mit den
individualisierten Bezügen des Vorstands (S. 160-178) und die Porträts
der Vorstandsmitglieder; die Fotos kommen in hoher Auflösung separat
von der Agentur.

Bestellnummer: 4500187903. Bitte schicken Sie uns noch einen
Proof-Termin für die Farbabstimmung (Frau Thelen oder Herr Aydın).

Mit freundlichen Grüßen
Deniz Aydın
Vorstandsbüro
Ostwall Versicherung AG
"""
    return Mail(AYDIN, A("Druckerei Sonntag", "angebote@druckerei-sonntag.example"),
                "Auftrag Geschäftsbericht 2024 – Bestellnr. 4500187903", "2025-04-10 10:05:33",
                text(body, cte="8bit"), mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="insurer-to-supplier",
                reason="trap: print order for the annual report; mentions the board remuneration report and portraits, no figures")


def m099():
    pdf = make_pdf([[
        "Praxis Dr. med. Carsten Lühr - Facharzt für Orthopädie und Unfallchirurgie",
        "Ludgeristraße 52, 48143 Münster",
        "",
        "# Ärztliche Bescheinigung zur Vorlage bei der Reiserücktrittsversicherung",
        "",
        "Patientin: Helen Marsh, geb. 19.09.1958, Schillerstraße 14, 48155 Münster",
        "",
        "Hiermit bescheinige ich, dass sich Frau Marsh am 03.04.2025 bei einem Sturz eine",
        "bimalleoläre Sprunggelenksfraktur rechts (S82.81) zugezogen hat. Am 04.04.2025 erfolgte",
        "die operative Versorgung (Plattenosteosynthese) im Clemens-Hospital.",
        "Die Patientin ist bis voraussichtlich 30.05.2025 auf Unterarmgehstützen angewiesen;",
        "eine Teilbelastung ist erst ab der 7. Woche möglich. Eine Flugreise und die",
        "geplante Rundreise (Kanada, 18.04.-09.05.2025) sind medizinisch nicht möglich.",
        "",
        "Münster, 07.04.2025",
        "Dr. med. C. Lühr",
    ]], title="Bescheinigung Marsh", author="Praxis Dr. Lühr", created="20250407114500")
    body = """Petra, hi -

forwarding Mrs Marsh's complaint (travel cancellation) and the doctor's
certificate she attached; I've logged it as VB-2025-0431. She is British,
lives in Muenster and prefers English.

Emma

> From: Helen Marsh <helen.marsh@weirmail.example>
> Sent: 28 May 2025 17:26
> To: ceo-office@ostwall-versicherung.example
> Subject: Cancellation claim TRV-2025-1322 - policy TR-88277310
>
> Dear Dr Vollmer,
>
> I had to cancel our three-week tour of Canada (EUR 7,860 for two) after
> I broke my ankle in April and needed surgery. I sent your claims
> department the certificate from my surgeon (attached again).
>
> Your department now demands my "complete medical records of the last
> 24 months" to check for a pre-existing condition. I have never had any
> problem with my ankle. I am not willing to send my whole medical file
> for a broken ankle. Is this really necessary?
>
> Yours sincerely,
> Helen Marsh
"""
    return Mail(DOYLE, KOWALCZYK, "FW: Cancellation claim TRV-2025-1322 - policy TR-88277310",
                "2025-05-29 08:05:55",
                Multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                                attach("Bescheinigung_Dr_Luehr.pdf", pdf, MT_PDF)]),
                mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
                reason="travel cancellation complaint: broken ankle and surgery; PDF certificate with S82.81 and birth date")


def m100():
    body = """Hallo Frau Brückner,

wie besprochen die Berechnung des geldwerten Vorteils für den neuen
Dienstwagen von Herrn Yıldırım ab 01.06.2025 – bitte kurz von ihm
bestätigen lassen, dann geht es in die Juni-Abrechnung.

Fahrzeug:          BMW i5 eDrive40 (Elektro), MS-OW 105
Bruttolistenpreis: 74.900,00 EUR
Bemessung:         0,25 % (E-Fahrzeug, BLP > 70.000 EUR -> 0,5 %)
                   => 0,5 % x 74.900 = 374,50 EUR / Monat
Fahrten Wohnung–Erste Tätigkeitsstätte:
                   Wohnung: Sentmaringer Weg 61, 48151 Münster
                   Entfernung 6 km x 0,03 % x 50 % = 6,74 EUR / Monat
Geldwerter Vorteil gesamt: 381,24 EUR / Monat

Grundgehalt lt. Dienstvertrag: 41.666,67 EUR / Monat (500.000 EUR p. a.)
Der Vorteil wird dem steuer- und SV-pflichtigen Bruttoentgelt
hinzugerechnet.

Viele Grüße
Heike Sprenger
Personalabrechnung Führungskräfte
"""
    return Mail(A("Heike Sprenger", "heike.sprenger@" + DOM), BRUECKNER,
                "Geldwerter Vorteil Dienstwagen Hr. Yıldırım ab 06/2025", "2025-05-20 14:33:12",
                text(body), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="internal",
                reason="board member's salary, taxable benefit and private home address")


def m101():
    body = """Thank you for your e-mail. I am on annual leave until Monday, 16 June,
and will not be checking messages.

For urgent matters regarding the CEO's international schedule, Dublin
board matters or the Capital Markets Day, please contact Julia Wernicke
(julia.wernicke@ostwall-versicherung.example, +49 251 7730-110).

For anything else, the board office will be happy to help:
vorstandsbuero@ostwall-versicherung.example

Kind regards,
Emma Doyle
"""
    return Mail(DOYLE, A("Sian Prothero", "s.prothero@northbridge-re.example"),
                "Automatic reply: Treaty renewal 2026 - draft timeline", "2025-06-06 16:12:40",
                text(body, cs="us-ascii", cte="7bit"),
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="internal",
                reason="trap: out-of-office auto-reply")


def m102():
    def scan(title):
        return make_pdf([["iPhone-Scan - 1 Seite", title]], title=title, author="Scanner", created="20250502070500")
    body = """Marco,

könntest du bitte die angehängten Belege bei der Ostwall Kranken
einreichen? Ich komme mit der App nicht klar und habe keine Lust, dass das
wieder liegen bleibt. Originale liegen in der roten Mappe auf meinem
Schreibtisch. Erstattung auf mein Gehaltskonto wie immer.

Bitte nicht über den Schreibtisch von Frau Hesse laufen lassen – einfach
normal über die Leistungspost, ich will keine Sonderbehandlung.

Danke!
Matthias

Von meinem iPhone gesendet
"""
    atts = [attach(fn, scan(fn[:-4]), MT_PDF) for fn in (
        "Rechnung_Dr_Feldkamp_Kreuzband-OP_Knie_re.pdf",
        "Rechnung_MRT_Knie_rechts.pdf",
        "Verordnung_Physio_12xKG_6xLymphdrainage.pdf",
        "Sanitaetshaus_Orthese_Unterarmstuetzen.pdf")]
    return Mail(BRANDL, PETROVIC, "Belege", "2025-05-02 07:10:15",
                Multi("mixed", [text(body, cte="8bit")] + atts), mailer=IPHONE,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="CFO's own health-insurance claim; details only in the file names (cruciate ligament surgery, MRI, physiotherapy, orthosis)")


def m103():
    body = """Hallo Nadine,

VB-2025-0440, Hundehaftpflicht – bitte nur zur Info an Frau Sauerland.
Die Fachabteilung zahlt die Tierarztrechnung jetzt, Bescheid ist raus.

Gruß Tim

> Am 02.06.2025 um 09:14 schrieb Gisela Hövelmann <g.hoevelmann@gartenpost.example>:
>
> Sehr geehrte Damen und Herren,
>
> mein Hund Bruno (Labrador-Mischling) ist am 19.04. beim Spaziergang an
> der Werse auf den Hund meiner Nachbarin, Frau Tegeler, losgegangen und
> hat ihn am Hals gebissen. Die kleine Hündin musste beim Tierarzt genäht
> werden und bekam Antibiotika, Rechnung 1.480,90 Euro.
>
> Ich habe das sofort bei Ihnen gemeldet (Tierhalterhaftpflicht
> TH 3308 1472, Schaden TH-2025-0004418). Seitdem bekomme ich nur
> Fragebögen. Frau Tegeler spricht kaum noch mit mir, und ich verstehe
> nicht, warum Sie nicht einfach zahlen. Dafür bin ich doch versichert.
>
> Gisela Hövelmann
> Am Erlenbusch 12, 48167 Münster
"""
    return Mail(REIMERS, SCHUERMANN, "WG: Tierhalterhaftpflicht TH 3308 1472 – Hundebiss", "2025-06-03 10:20:31",
                text(body), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="customer",
                reason="dog-owner liability: policy and claim number, address, neighbour named; animal injury only")


def m104():
    body = """Dear Ms Byrne,

please find below the rooming list for the Ostwall Life & Health Ireland
board meeting (group booking OSTW-0519, 19-20 May 2025):

Name                       Arrival   Departure  Room type
-----------------------------------------------------------------
Dr. Henrike Vollmer        19 May    20 May     Deluxe King
Prof. Dr. Klaus-Dieter Amsel 19 May  20 May     Deluxe King
Dr. Joerg Althoff          19 May    20 May     Deluxe King
Matthias Brandl            19 May    20 May     Deluxe King
Emma Doyle                 18 May    20 May     Standard Double
Ciaran Walsh (Dublin)      -         -          no room (local)

All rooms on the master account (room and breakfast); incidentals to the
guests. Late check-out until 16:00 on 20 May for all rooms, please.

Meeting room "Ha'penny" from 08:00 on 20 May, set-up boardroom style for
10, with a screen for two participants joining by video.

Thank you!
Emma Doyle
Ostwall Versicherung AG
"""
    return Mail(DOYLE, A("Orla Byrne", "groups@liffeyquay-hotel.example"),
                "Rooming list OSTW-0519 (19-20 May)", "2025-05-06 12:40:10",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="insurer-to-supplier",
                reason="trap (grey): rooming list of executives for a business trip; names and room types only")


def m105():
    body = """Herr Dr. Althoff, zur Info vor der Dublin-Sitzung: der Fall Farrell
wird dort unter "Large claims" berichtet. Ciaráns Mail unten. Wir sollten
die Leistung aus meiner Sicht zügig freigeben; die Obduktion ist aus
Österreich angefordert, aber für die Unfallleistung nicht erforderlich.

Anja Dreier

-----Original Message-----
From: Ciarán Walsh <ciaran.walsh@ostwall-ireland.example>
Sent: Tuesday, 13 May 2025 17:22
To: Anja Dreier <anja.dreier@ostwall-versicherung.example>
Subject: Farrell - life and accident claim IE-LA-220145

Anja,

update on the Farrell claim for the board pack:

- Life insured: Declan Farrell, born 3 March 1981, Dublin 6
- Policy IE-LA-220145 (term life EUR 600k + accidental death EUR 300k)
- Died 26 April 2025 in a climbing accident near Kufstein, Austria; fall
  from approx. 30 m, multiple injuries, pronounced dead at the scene.
- The Austrian authorities ordered an autopsy; preliminary toxicology is
  negative. Final report expected in June.
- Beneficiaries: widow (Sinead Farrell) and two minor children.

The death certificate and police report are on file. I'd propose we pay
the life benefit now and the accident benefit once the autopsy confirms
no pre-existing medical cause (e.g. cardiac event before the fall).

Ciarán
"""
    return Mail(A("Anja Dreier", "anja.dreier@" + DOM), ALTHOFF, "WG: Farrell - life and accident claim IE-LA-220145",
                "2025-05-14 08:40:29", text(body), cc=[HESSE], mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="internal",
                reason="German note plus English claim update: named insured's death, injuries, autopsy, life/accident policy")


def m106():
    body = """Hallo Nadine,

Sturmschaden, die Tochter schreibt für den Vater. Laut Akte gibt es
eine Vollmacht (Vorsorgevollmacht liegt seit 2023 vor). Bitte zur Kenntnis
für Frau Sauerland.

Petra

-------- Weitergeleitete Nachricht --------
Betreff: Sturmschaden bei meinem Vater Gerd Brockmann
Datum: Sat, 7 Jun 2025 10:41:02 +0200
Von: Jana Brockmann <jana.brockmann@nordkreis.example>
An: vorstand@ostwall-versicherung.example

Sehr geehrte Frau Dr. Vollmer,

ich kümmere mich um die Angelegenheiten meines Vaters Gerd Brockmann,
Vertrag Wohngebäude WG 5581 0236 (Haus Am Mühlenbach 9, 49477
Ibbenbüren).

Beim Unwetter am 20. Mai hat der Sturm einen Teil der Dachziegel
abgedeckt, es hat ins Schlafzimmer geregnet. Ihr Gutachter war am 27.05.
da. Seitdem haben wir nur eine Mail bekommen, dass "die Abrechnung in
Prüfung" sei. Der Dachdecker will eine Anzahlung von 5.000 Euro, bevor er
anfängt, und das nächste Unwetter ist angekündigt.

Bitte überweisen Sie wenigstens einen Abschlag auf das Konto meines
Vaters: DE39 2105 0170 4471 9022 85.

Mit freundlichen Grüßen
Jana Brockmann
Tel. 05451 88 204
"""
    return Mail(KOWALCZYK, SCHUERMANN, "WG: Sturmschaden bei meinem Vater Gerd Brockmann", "2025-06-10 08:10:05",
                text(body, cs="iso-8859-1", cte="quoted-printable"), mailer=TBIRD,
                label="CONFIDENTIAL", lang="de", kind="relative",
                reason="daughter writes for father: building policy, address, storm claim, father's IBAN; no health")


def m107():
    letter = make_docx([
        "Brigitte Hanewinkel, Lerchenweg 6, 48308 Senden",
        "An den Vorstand der Ostwall Versicherung AG",
        "Senden, 02.06.2025",
        ("h", "Krankheitskostenversicherung meines Mannes Reinhard Hanewinkel, KV 3317 0822"),
        "Sehr geehrte Damen und Herren,",
        "mein Mann (geb. 14.12.1951) ist seit einem Sturz im Februar auf den Rollstuhl angewiesen und hat "
        "zusätzlich eine fortgeschrittene COPD mit Sauerstoffpflicht. Sie haben den Antrag auf einen "
        "elektrischen Rollstuhl und den Treppenlift abgelehnt, weil es sich um 'Pflegehilfsmittel' handle.",
        "Die Verordnung von Dr. Sommerkamp liegt bei. Ich bitte um Überprüfung.",
        "Mit freundlichen Grüßen, Brigitte Hanewinkel",
    ], creator="Brigitte Hanewinkel")
    verordnung = make_pdf([[
        "Dr. med. Anne Sommerkamp - Innere Medizin / Pneumologie - Senden",
        "",
        "# Ärztliche Verordnung / Befundbericht",
        "Patient: Reinhard Hanewinkel, geb. 14.12.1951",
        "Diagnosen: COPD GOLD 4 (J44.19), Langzeit-Sauerstofftherapie 2 l/min;",
        "Z. n. Schenkelhalsfraktur links 02/2025 (S72.00), Gehfähigkeit < 10 m",
        "Verordnung: Elektrorollstuhl mit Sauerstoffhalterung; Treppenlift (Wohnung 1. OG)",
        "Begründung: Teilhabe und selbständige Mobilität nicht anders sicherzustellen.",
        "Senden, 28.05.2025   Dr. A. Sommerkamp",
    ]], title="Verordnung Hanewinkel", author="Praxis Dr. Sommerkamp", compress=True)
    notiz = ("Aktennotiz Beschwerdeteam VB-2025-0452\r\n"
             "Eingang 04.06.2025 per Post, Anlagen gescannt.\r\n"
             "Ehefrau schreibt für den Versicherten; Vollmacht liegt NICHT vor -> anfordern.\r\n"
             "Fachabteilung: Hilfsmittelkatalog Tarif KV Komfort prüfen (Elektrorollstuhl ja, Treppenlift nein).\r\n").encode("utf-8")
    zipb = make_zip([("VB-2025-0452/Schreiben_Hanewinkel.docx", letter),
                     ("VB-2025-0452/Verordnung_Dr_Sommerkamp.pdf", verordnung),
                     ("VB-2025-0452/Aktennotiz.txt", notiz)], time=(2025, 6, 4, 10, 12, 0))
    body = """Hallo Claudia,

im Anhang das Paket zu VB-2025-0452 (Schreiben, Verordnung, Aktennotiz).
Die Vollmacht der Ehefrau fehlt noch, bitte deshalb vorerst nur an den
Versicherten selbst antworten.

Gruß
Petra
"""
    return Mail(KOWALCZYK, HESSE, "VB-2025-0452 Unterlagen", "2025-06-04 10:30:44",
                Multi("mixed", [text(body), attach("VB-2025-0452.zip", zipb, MT_ZIP)]),
                mailer=TBIRD,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="ZIP only: complaint letter and prescription with COPD J44.19, hip fracture, wheelchair, oxygen")


def m108():
    body = """Hallo Raumbuchung,

bitte für die monatliche Eskalationsrunde Beschwerden folgende Termine
im Raum 5.14 (8 Plätze, Bildschirm) reservieren:

  Di 01.07.2025, 14:00–15:30
  Di 05.08.2025, 14:00–15:30
  Di 02.09.2025, 14:00–15:30

Teilnehmende: Frau Kowalczyk, Herr Reimers, Herr Aydin, je eine Person
aus den Leistungsbereichen Kranken, Leben und Schaden.

Bitte Getränke (Wasser, Kaffee) für 7 Personen und keine
Durchgangsbuchungen danach, da wir manchmal überziehen.

Danke!
Deniz Aydin
Vorstandsbüro
"""
    return Mail(AYDIN, A("Raumbuchung", "raumbuchung@" + DOM), "Serienbuchung Raum 5.14 – Eskalationsrunde Beschwerden",
                "2025-06-11 09:05:00", text(body, cs="windows-1252", cte="8bit"), mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: room booking for the complaints escalation meeting; no case content")


def m109():
    body = """Sehr geehrte Frau Brockmann,

vielen Dank für Ihre Nachricht an Frau Dr. Vollmer zum Sturmschaden am
Haus Ihres Vaters, Herrn Gerd Brockmann (Wohngebäudeversicherung
WG 5581 0236, Schaden WS-2025-0301177).

Wir haben das Gutachten vom 27.05. heute ausgewertet. Der Schaden am Dach
und im Schlafzimmer ist versichert. Wir zahlen einen Abschlag von
6.000,00 EUR auf das Konto Ihres Vaters (DE39 2105 0170 4471 9022 85);
das Geld sollte in zwei bis drei Bankarbeitstagen gutgeschrieben sein.
Damit kann der Dachdecker beginnen. Die Schlussabrechnung erfolgt nach
Vorlage seiner Rechnung.

Eine Notabdeckung des Daches übernehmen wir zusätzlich, falls der
Dachdecker vor dem nächsten Unwetter nicht fertig wird.

Da Sie für Ihren Vater handeln: Die Vorsorgevollmacht liegt uns vor, wir
dürfen also mit Ihnen korrespondieren.

Mit freundlichen Grüßen
Petra Kowalczyk
Team Vorstandsbeschwerden
Ostwall Versicherung AG
"""
    return Mail(BESCHWERDE, A("Jana Brockmann", "jana.brockmann@nordkreis.example"),
                "Sturmschaden WS-2025-0301177 – Abschlagszahlung", "2025-06-11 15:42:18",
                text(body), cc=[SCHUERMANN], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="insurer-to-relative",
                reason="reply to the daughter: father's building policy, claim number, IBAN and payment; power of attorney")


def m110():
    body = """Dear Ms Hughes,

thank you for your message to Mr Yildirim and for your patience.

We have now received the report of the orthopaedic surgeon who operated
on your left knee after your skiing accident in Ischgl on 8 February
(rupture of the anterior cruciate ligament and medial meniscus tear,
arthroscopic reconstruction on 12 February, followed by physiotherapy).

Under your accident insurance UV 6604 9921 the final degree of
permanent impairment can only be assessed once your treatment has been
completed, at the latest 3 years after the accident. As your surgeon
expects a residual instability, we will pay you an advance of EUR 4,500
on the expected invalidity benefit now, and the hospital daily allowance
for your two nights in hospital (EUR 100).

We will ask an independent surgeon to examine you in spring 2026. You
do not need to do anything until then.

With best wishes for your recovery,

Lea Brueckner
on behalf of Kemal Yildirim, Member of the Management Board
Ostwall Versicherung AG
"""
    return Mail(BRUECKNER, A("Charlotte Hughes", "c.hughes@spreemail.example"),
                "Your accident insurance UV 6604 9921", "2025-05-28 11:18:04",
                text(body, cs="utf-8", cte="base64"), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
                reason="base64-encoded body: ACL rupture, meniscus tear, surgery, invalidity advance, accident policy")


def m111():
    body = """Dear Robert,

I have reset your access to the board portal as requested. You will
receive two messages:

1. an e-mail from "Gremienportal Ostwall" with your user name and a
   link to set a new password (valid for 24 hours);
2. a text message with a one-time code to your registered mobile number.

For security reasons the one-time code is never sent by e-mail, and
nobody at Ostwall will ever ask you for it. If the link has expired,
just reply to this e-mail and I will trigger a new one.

The papers for the AR meeting on 24 April are already available in the
folder "AR 2025-04"; the documents for the Audit and Risk Committee
follow on Friday.

Kind regards,
Emma Doyle
Board Office | Ostwall Versicherung AG
"""
    return Mail(DOYLE, HAINSWORTH, "Board portal - password reset", "2025-04-14 09:20:55",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="insurer-to-supervisory-board",
                reason="trap: board portal password reset notice; no credentials, no personal data")


def m112():
    body = """Hallo Nadine,

Herr Yıldırım bittet Frau Sauerland um kurze Einschätzung bis Freitag,
bevor er Herrn Lücking zurückruft. Herr Lücking ist einer unserer größten
Einzelkunden in Münster (Vertrieb Nord) und hat sich direkt bei ihm
gemeldet.

Kunde:       Gerhard Lücking e.K., Juwelier und Uhrmacher (Einzelkaufmann)
             Prinzipalmarkt 19, 48143 Münster
Verträge:    GI 5501 6203 (Inhalt Gewerbe inkl. Einbruchdiebstahl, Werte
             bis 1,8 Mio. EUR), PH/BH 5501 6204 (Betriebshaftpflicht),
             privat: WG 5501 1188 (Wohngebäude), KF 5501 7730 (Kfz)
Jahresbeitrag gesamt: ca. 38.600 EUR
Anlass:      Sanierung nach dem Einbruch im November (Schaden 214 TEUR):
             Beitrag GI +28 %, neue Auflage Nebelanlage
Kunde sagt:  Umsatz 2024 "knapp 2,4 Mio., Gewinn unter 200.000" – die
             Erhöhung sei für ihn "existenzbedrohend"; droht mit Wechsel
             aller Verträge zum 01.07.

Kann Frau Sauerland sagen, ob beim Beitrag oder bei der Auflage noch
Spielraum ist?

Danke, Lea
"""
    return Mail(BRUECKNER, SCHUERMANN, "Herr Lücking (Juwelier) – Kündigungsdrohung", "2025-05-21 16:44:27",
                text(body), cc=[YILDIRIM], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="internal",
                reason="sole trader (natural person): contracts, business address, premiums, revenue and profit")


def m113():
    body = """Hallo Herr Sandkamp,

bitte dringend den Rückflug von Herrn Hainsworth umbuchen (Buchung
KPT-88214, MS/FMO–LHR am 25.04.). Er bleibt voraussichtlich bis Montag,
28.04., in Münster. Neuer Rückflug also Montag ab FMO oder DUS, zwei
Personen (Frau Hainsworth fliegt mit), und das Hotel Domblick bitte um
drei Nächte verlängern. Hintergrund unten – bitte vertraulich behandeln.

Danke!
Emma Doyle

-----Original Message-----
From: Robert Hainsworth <r.hainsworth@northbridge-re.example>
Sent: Friday, 25 April 2025 06:48
To: Emma Doyle
Subject: Change of plans

Emma,

Margaret was taken to the UKM emergency department at 2 am with severe
renal colic - they found a kidney stone of 7 mm and are keeping her in
for a ureteroscopy later today. The urologist expects her to be
discharged on Sunday and fit to fly on Monday.

Could you ask Kompass to move our flights to Monday and extend the hotel?
I will obviously stay with her. Please don't circulate this beyond the
people who need it.

Thank you - Robert
"""
    return Mail(DOYLE, A("Jens Sandkamp", "j.sandkamp@kompass-travel.example"),
                "DRINGEND: Umbuchung Hainsworth KPT-88214", "2025-04-25 07:30:12",
                text(body), mailer=OUTLOOK, extra=["Importance: high", "X-Priority: 1"],
                label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="insurer-to-supplier",
                reason="German rebooking request quoting English mail: board member's wife hospitalised with renal colic, surgery")


def m114():
    plain = """Tischordnung Aufsichtsratsessen / seating plan – 24.04.2025, 19:30
Restaurant "Zur Stiege", Separee (12 Gäste)

Tisch (oval), im Uhrzeigersinn ab Kopfende / clockwise from the head:

 1  Prof. Dr. Klaus-Dieter Amsel (Gastgeber / host)
 2  Catherine Lindqvist – entfällt, per Video in der Sitzung / cancelled
 3  Dr. Henrike Vollmer
 4  Robert Hainsworth
 5  Birgit Sauerland
 6  Bernd Wellenbrock
 7  Matthias Brandl
 8  Dr. Friederike Osterhaus
 9  Kemal Yıldırım
10  Sandra Kuhlmann
11  Dr. Jörg Althoff
12  Dr. Jan Hollstein

Hinweis für das Restaurant: Tischkarten zweisprachig (DE/EN), Menü wie
besprochen. Platz 2 bitte abdecken, Gedeck entfällt.
"""
    htmlb = """<html><body style="font-family:Arial;font-size:10pt">
<p><b>Tischordnung Aufsichtsratsessen / seating plan &ndash; 24.04.2025, 19:30</b><br>
Restaurant &quot;Zur Stiege&quot;, Separee (12 Gäste)</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Platz / seat</th><th>Name</th></tr>
<tr><td>1</td><td>Prof. Dr. Klaus-Dieter Amsel (Gastgeber / host)</td></tr>
<tr><td>2</td><td>Catherine Lindqvist &ndash; entfällt / cancelled</td></tr>
<tr><td>3</td><td>Dr. Henrike Vollmer</td></tr>
<tr><td>4</td><td>Robert Hainsworth</td></tr>
<tr><td>5</td><td>Birgit Sauerland</td></tr>
<tr><td>6</td><td>Bernd Wellenbrock</td></tr>
<tr><td>7</td><td>Matthias Brandl</td></tr>
<tr><td>8</td><td>Dr. Friederike Osterhaus</td></tr>
<tr><td>9</td><td>Kemal Yıldırım</td></tr>
<tr><td>10</td><td>Sandra Kuhlmann</td></tr>
<tr><td>11</td><td>Dr. Jörg Althoff</td></tr>
<tr><td>12</td><td>Dr. Jan Hollstein</td></tr>
</table>
<p>Hinweis für das Restaurant: Tischkarten zweisprachig (DE/EN), Menü wie besprochen. Platz 2 bitte abdecken.</p>
</body></html>
"""
    return Mail(WERNICKE, [A("Restaurant Zur Stiege", "reservierung@zur-stiege.example"), THELEN],
                "Tischordnung AR-Essen 24.04. / seating plan", "2025-04-23 11:10:40",
                Multi("alternative", [text(plain), html(htmlb)]), cc=[DOYLE], mailer=OUTLOOK,
                label="NORMAL", lang="mixed", kind="insurer-to-supplier",
                reason="trap: bilingual seating plan with board names; a cancellation without any reason")


def m115():
    body = """Hallo zusammen,

hier der Social-Media-Wochenbericht KW 20 (12.–18.05.), Kurzfassung für
das Vorstandsbüro:

- Erwähnungen gesamt: 412 (Vorwoche 377), Tonalität 61 % neutral,
  24 % negativ, 15 % positiv
- Beschwerde-Posts mit Bezug auf Leistungen/Schäden: 14
  davon Kranken 6, Kfz 4, Wohngebäude/Sturm 3, Leben 1
- Alle 14 Verfasser wurden per Direktnachricht gebeten, sich über das
  Kontaktformular zu melden; wir kommentieren keine Einzelfälle
  öffentlich. 9 haben das getan, die Fälle laufen im Tracker.
- Reichweitenstärkster Beitrag: Video eines Influencers zum Thema
  "PKV im Alter" (ca. 180.000 Aufrufe), allgemeine Kritik an
  Beitragserhöhungen, keine Nennung der Ostwall.
- Positiv: Dank einer Kundin für die schnelle Hilfe nach dem Unwetter
  am 20.05. (bereits über 2.000 Likes).

Details im Dashboard.

Viele Grüße
Merle Jansing
Social Media / Corporate Communications
"""
    return Mail(A("Merle Jansing", "merle.jansing@" + DOM), [THELEN, AYDIN, KOWALCZYK],
                "Social-Media-Wochenbericht KW 20", "2025-05-19 09:45:00", text(body), mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: social-media report with complaint counts by line; no user names or cases")


def m116():
    body = """Hallo Nadine,

VB-2025-0436, Kfz-Regress nach Trunkenheitsfahrt. Fachlich ist der
Regress korrekt (5.000 EUR Höchstbetrag nach D.1.1 AKB, Obliegenheit
verletzt). Der Kunde bittet um Ratenzahlung; das können wir anbieten.
Zur Info für Frau Sauerland, falls er sich noch einmal direkt meldet.

Tim

-----Ursprüngliche Nachricht-----
Von: Dennis Wolters <dennis.wolters@mailpunkt.example>
Gesendet: Freitag, 30. Mai 2025 22:51
An: vorstand@ostwall-versicherung.example
Betreff: Regress 5000 Euro - KF 7741 0026

Guten Abend,

ich weiß, dass ich Mist gebaut habe. Ich bin im Januar nach einer
Betriebsfeier mit 1,4 Promille gefahren und habe an der Kreuzung
Warendorfer Straße einen Zaun und ein geparktes Auto beschädigt. Verletzt
wurde niemand. Ich habe einen Strafbefehl bekommen (Trunkenheit im
Verkehr, 60 Tagessätze, Führerschein für 10 Monate weg) und nehme an einer
MPU-Vorbereitung teil.

Jetzt verlangen Sie von mir 5.000 Euro Regress (Vertrag KF 7741 0026,
Schaden KH-2025-0003381). Ohne Führerschein habe ich meine Stelle als
Außendienstler verloren und lebe von 1.340 Euro Arbeitslosengeld. Ich
kann das nicht auf einmal zahlen. Ist eine Ratenzahlung möglich, z. B.
100 Euro im Monat?

Dennis Wolters
Schiffahrter Damm 230, 48145 Münster
"""
    return Mail(REIMERS, SCHUERMANN, "WG: Regress 5000 Euro - KF 7741 0026", "2025-06-02 08:48:39",
                text(body), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
                reason="customer's criminal conviction (drunk driving penalty order), MPU, unemployment benefit; motor policy")


def m117():
    body = """Dear Mr Lindgren,

we would like to commission the English translation of the following
documents for our Annual General Meeting and the website:

1. Report of the Supervisory Board 2024 (DE, 4,850 words)
2. Corporate Governance Statement 2024 (DE, 6,200 words)
3. Remuneration Report 2024 (DE, 9,400 words; the tables are in the
   attached Excel file in the final version from the auditors - please
   take the figures from there, do not retype them)

Please use our glossary (last updated October 2024) and British English.
Delivery: items 1 and 2 by 9 May, item 3 by 14 May. Our reference is PO
4500187966; price as per framework agreement (EUR 0.19 per word, plus
proofreading).

The source files will be uploaded to your secure transfer area today.

Kind regards,
Deniz Aydin
Board Office | Ostwall Versicherung AG
"""
    return Mail(AYDIN, A("Mats Lindgren", "projects@linguabridge.example"),
                "Translation order PO 4500187966 - AGM documents", "2025-04-28 13:15:21",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="insurer-to-supplier",
                reason="trap: translation order incl. the remuneration report; no names with figures")


def m118():
    body = """Dear Mrs Holloway,

thank you for your letter to our Chief Executive about your lost
suitcase (travel policy TR-88120547, claim TRV-2025-1177).

You are right that nobody can be expected to keep receipts for clothes
bought years ago. We have reassessed your claim on the basis of the
airline's confirmation of loss, your photographs and the bank statement
for the camera, and we accept the list of contents.

Our settlement:
  Camera (purchased 2022, bank statement)   GBP   780.00
  Cashmere coat (2016, time-value)          GBP   310.00
  Walking boots, clothing, toiletries       GBP   860.00
  Total                                     GBP 1,950.00
  less airline compensation received        GBP  -400.00
  Payment                                   GBP 1,550.00

We will transfer the amount to your account
GB05 LOYD 3094 6512 8733 09 (Margaret Holloway) within five working
days.

We apologise for the inconvenience.

Yours sincerely,
Petra Kowalczyk
Head of CEO Complaints Team
Ostwall Versicherung AG
"""
    return Mail(BESCHWERDE, A("Margaret Holloway", "maggie.holloway@brightpost.example"),
                "Your claim TRV-2025-1177 - lost suitcase", "2025-04-10 14:50:33",
                text(body, cs="us-ascii", cte="7bit"), cc=[DOYLE], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
                reason="travel (baggage) settlement with policy, claim number and the customer's UK IBAN")


def m119():
    inner_body = """Sehr geehrte Frau Dr. Vollmer,

mein Vater, Herr Walter Niehues (geb. 23.02.1944), ist seit über 40
Jahren bei Ihnen krankenversichert (KV 0418 2273, Tarif Komfort
stationär).

Am 12. Mai hat er im St.-Franziskus-Hospital ein neues Kniegelenk
(Knie-TEP links) bekommen. Die Klinik hat die Anschlussheilbehandlung in
der Rehaklinik Bad Waldliesborn beantragt, direkt im Anschluss an den
Krankenhausaufenthalt. Ihre Leistungsabteilung hat die Kostenzusage
abgelehnt, weil eine AHB "nicht medizinisch notwendig" sei und ambulante
Physiotherapie ausreiche.

Mein Vater ist 81, lebt allein im zweiten Stock ohne Aufzug, hat
zusätzlich eine Herzschwäche und kommt mit dem Rollator kaum zurecht.
Wie soll er dreimal die Woche zur ambulanten Physiotherapie kommen? Der
Operateur hat die Notwendigkeit ausdrücklich bestätigt.

Die Entlassung ist für Montag geplant. Ich bitte Sie dringend, die
Entscheidung bis dahin zu korrigieren.

Mit freundlichen Grüßen
Stefan Niehues
Sohn und Bevollmächtigter
Tel. 0171 552 0943
"""
    inner = Mail(A("Stefan Niehues", "stefan.niehues@hauspost-ms.example"),
                 A("Vorstand Ostwall", "vorstand@" + DOM),
                 "Dringend: Reha meines Vaters abgelehnt - KV 0418 2273", "2025-05-15 21:33:10",
                 text(inner_body, cte="8bit"),
                 msgid="<8f1e2a7c-5b2d-4c11-9e4a-2f7d0c3b9a61@hauspost-ms.example>")
    inner.num = 119
    body = """Hallo Claudia,

siehe angehängte Mail (kam über vorstand@). Entlassung ist Montag, also
bitte heute noch mit Herrn Wessel klären. VB-2025-0427.

Tim
"""
    return Mail(REIMERS, HESSE, "EILT: VB-2025-0427 (siehe Anhang)", "2025-05-16 08:02:18",
                Multi("mixed", [text(body), rfc822(inner, filename="Dringend_Reha.eml")]),
                mailer=OUTLOOK, extra=["Importance: high"],
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="relative",
                reason="only the attached message/rfc822: father's knee replacement, heart failure, rehab refused, health policy")


def m120():
    body = """Dear Sian, dear Tom,

thank you for the comparison of our term life experience with your
market data. Before the session on 15 April, here are our comments on
the mortality basis:

1. Pricing basis: we use DAV 2008 T (select and ultimate, smoker/
   non-smoker) with company-specific reduction factors of 62 % (men) and
   68 % (women) in the 30-55 age range, derived from our 2015-2023
   experience (about 2,100 deaths, 9.4 million exposure years).
2. Your A/E analysis shows 91 % against your market table for 2023 and
   104 % for 2024. We agree that 2024 is elevated, mainly from cancer
   deaths in the 45-60 band; our own analysis sees no selection effect
   from the new digital underwriting (tele-interviews) so far, but the
   2024 cohort is still small.
3. We suggest monitoring the 2024 new business separately for another
   12 months before changing the reduction factors.

All figures are portfolio level; no individual claim data will be
exchanged in this context.

Best regards,
Dr. Svenja Hollander
Chief Actuary Life, Ostwall Lebensversicherung AG
"""
    return Mail(A("Dr. Svenja Hollander", "svenja.hollander@" + DOM),
                [A("Sian Prothero", "s.prothero@northbridge-re.example"), A("Tom Ashdown", "t.ashdown@northbridge-re.example")],
                "Mortality basis term life - our comments before 15 April", "2025-04-08 17:02:44",
                text(body, cs="us-ascii", cte="7bit"), cc=[ALTHOFF, DOYLE], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="insurer-to-partner",
                reason="trap: mortality table discussion with deaths by cause and age band; portfolio level only")


def m121():
    body = """Sehr geehrte Frau Dr. Reckfort,

in dem Schlichtungsverfahren Az. 2025-K-04417 (Beschwerdeführer: Herr Uwe
Stallmeyer, Lengerich; unser Vertrag KF 3312 8840, Schaden
KT-2025-0010244) nehmen wir wie folgt Stellung:

Herr Stallmeyer begehrt den Ersatz der Windschutzscheibe seines Pkw
(ST-US 71) nach einem Steinschlag am 08.01.2025 in Höhe von 1.386,42 EUR.
Wir hatten die Regulierung zunächst abgelehnt, weil die Schadenmeldung
erst nach dem Austausch erfolgte und die alte Scheibe nicht mehr
besichtigt werden konnte.

Nach nochmaliger Prüfung, auch im Hinblick auf die vorgelegten Fotos der
Werkstatt, erkennen wir den Schaden an. Wir regulieren den Betrag
abzüglich der vereinbarten Selbstbeteiligung von 150 EUR, also
1.236,42 EUR, und tragen die Kosten des Verfahrens. Herr Stallmeyer
erhält eine gesonderte Nachricht.

Damit dürfte sich die Beschwerde erledigt haben.

Mit freundlichen Grüßen
Ostwall Versicherung AG
i. A. Tim Reimers, Team Vorstandsbeschwerden
"""
    return Mail(BESCHWERDE, A("Schlichtungsstelle Versicherungsombudsmann", "verfahren@versicherungsombudsmann.example"),
                "Az. 2025-K-04417 – Stellungnahme Ostwall Versicherung AG", "2025-05-12 11:27:55",
                text(body), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="insurer-to-partner",
                reason="statement to the ombudsman: named complainant, town, motor policy, claim number, plate")


def m122():
    body = """Petra,

logged as VB-2025-0434 (IHP). Sensitive - please limit to Frank Wessel and
the medical officer. Mr Moreau asked expressly that his employer must not
learn about this (the IHP is a group contract via his employer, but the
claims data is not shared with them - maybe mention that in the reply).

Emma

> From: Julien Moreau <julien.moreau@alsterpost.example>
> Sent: 31 May 2025 23:40
> To: ceo-office@ostwall-versicherung.example
> Subject: Psychotherapy - policy IHP-7746612
>
> Dear Dr Vollmer,
>
> I am French and have been working in Hamburg since 2022, insured under
> your international health plan through my employer (IHP-7746612).
>
> Since last autumn I have been treated for a severe depressive episode
> with panic attacks. My psychiatrist prescribed escitalopram and weekly
> psychotherapy. Your plan pays only 20 sessions per year; I reached the
> limit in April. My therapist says stopping now would put me at serious
> risk of relapse - in February I had to be admitted to a crisis unit for
> four days.
>
> I cannot pay EUR 120 per week myself for long. Is there any way you
> could extend the sessions on medical grounds? I would also like to be
> sure that my employer is not informed about my treatment.
>
> Thank you,
> Julien Moreau
"""
    return Mail(DOYLE, KOWALCZYK, "FW: Psychotherapy - policy IHP-7746612", "2025-06-02 08:11:09",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
                reason="customer's severe depression, panic attacks, escitalopram, crisis unit; health policy")


def m123():
    htmlb = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ostwall intern</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:10pt;color:#222">
<div style="max-width:640px;margin:auto">
<h2 style="color:#0b3d5c">Ostwall intern &ndash; &quot;Vorstand vor Ort&quot; im Juni</h2>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>auch in diesem Sommer besuchen die Mitglieder des Vorstands wieder die Teams an allen Standorten.
Im Juni sind das:</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:9.5pt" border="1">
<tr style="background:#e8eef4"><th>Datum</th><th>Standort / Team</th><th>Vorstand</th></tr>
<tr><td>04.06.</td><td>Münster, Leistung Kranken (Zahn &amp; Hilfsmittel)</td><td>Dr. Jörg Althoff</td></tr>
<tr><td>12.06.</td><td>Osnabrück, Schaden Kfz</td><td>Birgit Sauerland</td></tr>
<tr><td>17.06.</td><td>Münster, Kundenservice Hotline</td><td>Kemal Yıldırım</td></tr>
<tr><td>24.06.</td><td>Dortmund, Leben &amp; BU-Leistungsprüfung</td><td>Dr. Henrike Vollmer</td></tr>
</table>
<p>Format wie immer: eine Stunde mitarbeiten (ja, auch am Telefon!), danach offene Fragerunde ohne Führungskräfte.
Bitte keine Kundenfälle mit Namen in die Fragerunde mitbringen &ndash; es geht um Abläufe, nicht um Einzelfälle.</p>
<p>Außerdem: Die Betriebssportgruppe sucht Läuferinnen und Läufer für den Firmenlauf am 3. Juli.
Anmeldung im Intranet.</p>
<hr>
<p><i>English summary:</i> In June the board members visit teams in Münster, Osnabrück and Dortmund
(&quot;Vorstand vor Ort&quot;): one hour working alongside colleagues, followed by an open Q&amp;A without managers.
Please do not bring individual customer cases to the Q&amp;A. Company run on 3 July &ndash; sign up on the intranet.</p>
<p style="font-size:8pt;color:#888">Ostwall intern &middot; Interne Kommunikation &middot; intern@ostwall-versicherung.example</p>
</div></body></html>
"""
    return Mail(A("Ostwall intern", "intern@" + DOM), A("Alle Mitarbeitenden", "alle@lists." + DOM),
                "Ostwall intern: Vorstand vor Ort im Juni / board visits in June", "2025-05-30 12:00:00",
                html(htmlb), extra=["Precedence: bulk"],
                label="NORMAL", lang="mixed", kind="internal",
                reason="trap: HTML-only staff newsletter (DE with EN summary) naming health and disability claims teams")


def m124():
    docx = make_docx([
        "Ostwall Versicherung AG · Hafenweg 12 · 48155 Münster · Germany",
        "To: Immigration & Checkpoints Authority, Singapore / Visa Section",
        "Münster, 3 June 2025",
        ("h", "Letter of invitation and confirmation of employment - Mr Kemal Yıldırım"),
        "We hereby confirm that Mr Kemal Yıldırım, born 05 December 1979 in Gelsenkirchen, Germany, "
        "holder of German passport no. C9PW4K7N1 (issued 18 January 2022, valid until 17 January 2032), "
        "is a Member of the Management Board of Ostwall Versicherung AG.",
        "Mr Yıldırım will travel to Singapore from 7 to 11 July 2025 to attend meetings with our "
        "cooperation partners in the Asia-Pacific region. All travel and accommodation costs are borne "
        "by Ostwall Versicherung AG. He will stay at the Marina Quay Hotel, 8 Quayside Walk, Singapore.",
        "His annual remuneration amounts to more than EUR 500,000; he maintains his residence in Münster, "
        "Germany, and will return after the visit.",
        "Yours faithfully,",
        "Sabine Thelen, Head of Board Office     Dr. Jan Hollstein, General Counsel",
    ], creator="Lea Brückner")
    body = """Hallo Herr Sandkamp,

anbei das englische Einladungsschreiben für die Singapur-Reise von Herrn
Yıldırım im Juli. Können Sie damit den Visa-/Einreisevorgang (bzw. die
SG Arrival Card und den Business-Pass, falls nötig) vorbereiten? Der
Reisepass liegt Ihnen als Kopie vor.

Flüge bitte wie im März (Business, Gang).

Viele Grüße
Lea Brückner

---
Hi Jens, in case your Singapore colleague handles this: the letter is
signed by Ms Thelen and Dr Hollstein; please use the PDF version for the
portal if required. Thanks! Lea
"""
    return Mail(BRUECKNER, A("Jens Sandkamp", "j.sandkamp@kompass-travel.example"),
                "Einladungsschreiben Singapur Juli – Yıldırım", "2025-06-03 15:20:44",
                Multi("mixed", [text(body), attach("Invitation_Letter_Yildirim_SG.docx", docx, MT_DOCX)]),
                mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="mixed", kind="insurer-to-supplier",
                reason="German/English cover; DOCX with board member's birth date, place of birth, passport number, remuneration")


def m125():
    body = """Nadine,

bitte Tokio im Juni stornieren (Flüge + Hotel) und der Verbandskommission Schaden
absagen – Herr Albers kann mich dort vertreten. Hintergrund unten, bitte
nur für dich.

Danke, Birgit

-----Ursprüngliche Nachricht-----
Von: Dr. med. Ulrike Fennemann <ulrike.fennemann@ostwall-versicherung.example>
Gesendet: Montag, 2. Juni 2025 17:05
An: Birgit Sauerland
Betreff: Ihre Frage zur Flugreise

Liebe Frau Sauerland,

wie heute besprochen: Nach der tiefen Beinvenenthrombose links
(Diagnose 21.05., Phlebologie UKM) rate ich Ihnen von Langstreckenflügen
in den nächsten sechs Wochen dringend ab. Bitte nehmen Sie das
Rivaroxaban konsequent weiter (15 mg 2x tgl. bis 11.06., dann 20 mg 1x
tgl.) und tragen Sie den Kompressionsstrumpf tagsüber.

Kurzstrecken innerhalb Deutschlands mit der Bahn sind unproblematisch,
bitte regelmäßig aufstehen und viel trinken. Kontrolle bei mir in drei
Wochen; Ultraschall und Gerinnung macht die Phlebologie.

Herzliche Grüße und gute Besserung
Ulrike Fennemann
Betriebsärztin
"""
    return Mail(SAUERLAND, SCHUERMANN, "WG: Ihre Frage zur Flugreise", "2025-06-02 18:22:31",
                text(body), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="board member forwards occupational physician's advice: deep vein thrombosis, rivaroxaban dosing, flight ban")


def m126():
    body = """Sehr geehrte Frau Brinkhaus,

für die Sitzung des Arbeitskreises Beschwerdemanagement am 18.06. anbei
unsere Anmerkungen zum Jahresbericht 2024 des Versicherungsombudsmanns,
soweit er die Mitgliedsunternehmen im Verbandsgebiet betrifft:

1. Verfahrenszahlen: Die Zahl der zulässigen Beschwerden gegen unsere
   Mitgliedsunternehmen ist um 6 % gestiegen; bei der Ostwall waren es
   212 Verfahren (Vorjahr 198), davon 47 ganz oder teilweise zugunsten
   der Beschwerdeführer.
2. Sparten: Der Anstieg betrifft vor allem die Kfz-Versicherung
   (Regulierungsdauer) und die Wohngebäudeversicherung (Sturm, Kündigung
   nach Schadenfall). In der privaten Kranken- und Pflegeversicherung ist
   die gesonderte Ombudsstelle zuständig; deren Bericht zeigt vor allem
   Streit um medizinische Notwendigkeit und Beitragsanpassungen.
3. Vorschlag: gemeinsame Mindeststandards für Zwischennachrichten bei
   Regulierungsdauern über vier Wochen.

Wir würden das Thema gern als TOP 4 einbringen.

Mit freundlichen Grüßen
Dr. Jan Hollstein
Ostwall Versicherung AG
"""
    return Mail(HOLLSTEIN, A("Anke Brinkhaus", "a.brinkhaus@vv-nordwest.example"),
                "AK Beschwerdemanagement 18.06. – Anmerkungen Ombudsmann-Jahresbericht", "2025-06-05 16:08:52",
                text(body), cc=[KOWALCZYK], mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="insurer-to-partner",
                reason="trap: association working group note with ombudsman figures; no complainant")


def m127():
    body = """Dear Ms Brady,

thank you for your message to our CEO's office, and I am sorry about the
reminder letter - it should never have been sent.

Your new SEPA mandate of 14 March had been received but was not linked
to your home contents policy HR 6670 2215. We have now recorded the new
account (IBAN IE02 BOFI 9000 3314 8726 50, account holder Niamh Brady)
and withdrawn the reminder, including the reminder fee. The outstanding
premium of EUR 96.40 will be collected on 5 June.

Your cover has been in force without interruption, and there is no note
about late payment on your policy.

Kind regards,
Emma Doyle
Board Office, on behalf of the CEO Complaints Team
Ostwall Versicherung AG
"""
    return Mail(DOYLE, A("Niamh Brady", "niamh.brady@liffeymail.example"),
                "Your policy HR 6670 2215 - reminder withdrawn", "2025-05-28 16:22:05",
                text(body, cs="us-ascii", cte="7bit"), cc=[KOWALCZYK], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
                reason="reply to customer: contents policy number, Irish IBAN and account holder, premium")


def m128():
    ics = make_ics("OW-CAL-MB-20250613-PRIV", "Privat", "20250613T130000", "20250613T170000",
                   PETROVIC, [BRANDL], description="", stamp="20250609T090000Z", cls="PRIVATE")
    body = """Hallo Herr Brandl,

wie gewünscht den Freitagnachmittag geblockt (als privat markiert). Der
Termin mit den Wirtschaftsprüfern ist auf Donnerstag 15 Uhr verschoben.

Schönes Wochenende schon mal!
Marco
"""
    return Mail(PETROVIC, BRANDL, "Fr 13.06. nachmittags geblockt", "2025-06-09 11:02:47",
                Multi("mixed", [text(body), ics_part(ics)]), mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: private calendar blocker without any reason")


def m129():
    body = """Sabine, Emma,

for your files: the data protection impact assessment (DPIA) for the new
board portal (release 5, incl. the iPad app with offline mode) is
complete. Summary:

Processing:     distribution of board and committee papers to 5 board
                members, 12 supervisory board members and 9 assistants
Data involved:  mostly business data; occasionally personal data in
                board papers, incl. special categories (health data in
                escalated customer cases, goodwill decisions) and
                remuneration data of board members
Main risks:     loss of an iPad with offline copies; forwarding to
                private mailboxes; too broad access for assistants
Measures:       offline copies encrypted and wiped after 30 days;
                remote wipe; no e-mail export from the app; access per
                committee; health data in board papers only in
                pseudonymised form unless a named decision is required
                (then restricted folder, see minutes DS-JF 12.03.)
Residual risk:  low; no consultation of the supervisory authority needed

The full DPIA (34 pages) is in the DMS. Review in 12 months.

Uwe Marbach
Data Protection Officer
"""
    return Mail(MARBACH, [THELEN, DOYLE], "DPIA board portal release 5 - summary", "2025-06-10 10:00:05",
                text(body, cs="us-ascii", cte="7bit"), cc=[HOLLSTEIN], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="internal",
                reason="trap: DPIA summary naming health and remuneration data as categories only")


def m130():
    inner_body = """Dear Ostwall team,

I run a one-person web design studio in Berlin ("Whitaker Pixelworks",
sole trader, tax no. 30/512/04417) and have your cyber insurance for
freelancers, policy CY 3304 1188.

On 3 May my laptop and NAS were encrypted by ransomware. I reported the
claim the same day (claim CY-2025-000219). Your hotline sent an IT
forensics firm, which was great, but now the claims department refuses to
pay my loss of income for the 9 days I could not work (approx. EUR 3,150
according to my invoices from the same period last year) because I had
not installed "the latest security update" on the NAS.

The update was released two days before the attack. I find it absurd to
call that gross negligence. Could you please review this?

Best regards,
Tom Whitaker
Lausitzer Str. 38, 10999 Berlin
"""
    inner = Mail(A("Tom Whitaker", "tom@whitaker-pixelworks.example"),
                 A("Ostwall Service", "service@" + DOM),
                 "Cyber claim CY-2025-000219 - loss of income refused", "2025-05-26 14:12:00",
                 text(inner_body, cs="us-ascii", cte="7bit"),
                 msgid="<CAB7x9=qT3p@whitaker-pixelworks.example>")
    inner.num = 130
    body = """Petra,

attached the original message from Mr Whitaker (he escalated it to
Kemal on LinkedIn as well; Lea asked us to handle it). Cyber, no personal
injury, so Komposit. Logged as VB-2025-0445.

Emma
"""
    return Mail(DOYLE, KOWALCZYK, "VB-2025-0445 cyber - original message attached", "2025-05-27 11:40:15",
                Multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                                rfc822(inner, filename="Cyber_claim_Whitaker.eml")]),
                cc=[BRUECKNER], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="customer",
                reason="attached message/rfc822: sole trader's tax number, address, cyber policy and claim, lost income")


def m131():
    body = """Sehr geehrter Herr Feldhaus,

Ihre E-Mail an den Vorstand vom 23.03.2025 hat Frau Sauerland persönlich
gelesen und uns um eine erneute Prüfung gebeten. Zunächst wünschen wir
Ihrem Vater von Herzen gute Besserung und viel Kraft für die Reha.

Zum Einbruchdiebstahl in der Wohnung Ihres Vaters (Hausratversicherung
HR 5520 3318, Schaden HS-2025-0041907):

Der Vorwurf der groben Fahrlässigkeit setzt voraus, dass der
Versicherungsnehmer die Gefahr kannte und sie bewusst in Kauf nahm. Ihr
Vater wurde nach seinem Schlaganfall am 06.03. bewusstlos vom
Rettungsdienst in das Clemens-Hospital gebracht; es war ihm unmöglich,
das Küchenfenster zu schließen. Eine grobe Fahrlässigkeit liegt daher
nicht vor. Wir bedauern, dass unsere erste Entscheidung diesen Umstand
nicht berücksichtigt hat.

Wir regulieren den Schaden in voller Höhe laut Stehlgutliste
(7.245,00 EUR; Schmuck innerhalb der Wertsachengrenze) und überweisen
den Betrag auf das bekannte Konto Ihres Vaters. Die Kosten der
Notverglasung übernehmen wir ebenfalls.

Wenn Ihr Vater wieder zu Hause ist und Unterstützung bei der Sicherung
der Wohnung möchte, vermitteln wir gern eine kostenlose Beratung durch
unseren Präventionspartner.

Mit freundlichen Grüßen
Petra Kowalczyk
Team Vorstandsbeschwerden
im Auftrag von Birgit Sauerland, Mitglied des Vorstands
"""
    return Mail(BESCHWERDE, A("Lukas Feldhaus", "lukas.feldhaus@mailbox-west.example"),
                "Einbruch bei Ihrem Vater – Schaden HS-2025-0041907", "2025-03-28 12:40:00",
                text(body, cs="iso-8859-1", cte="quoted-printable"), cc=[SCHUERMANN], mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-relative",
                reason="reply to the son: contents claim paid; father's stroke, unconsciousness, hospital and rehab named")


def m132():
    body = """Hallo Julia, hallo Lea,

für den Besuch der Delegation unserer Kooperationspartner aus Singapur
und Kuala Lumpur am 30.06. brauchen wir Gastgeschenke. Vorschlag (mit
Herrn Yıldırım abgestimmt):

Firma                                     Personen  Geschenk
-----------------------------------------------------------------------
Straits Mutual Assurance Ltd.             3         Bildband Münsterland,
                                                  Pumpernickel-Präsentkorb
Lion Gate Health Partners Pte. Ltd.       2         dto.
Pelangi Takaful Berhad                    2         Bildband, Präsent OHNE
                                                  Alkohol/Schweinefleisch
Ostwall Asia Desk (interne Begleitung)    2         -

Budget: max. 60 EUR pro Person (Compliance-Richtlinie Zuwendungen,
Grenze 100 EUR). Bitte bis 20.06. im Präsentshop bestellen, Lieferung
ins Vorstandsbüro. Karten schreibt Herr Yıldırım selbst.

Danke!
Sabine
"""
    return Mail(THELEN, [WERNICKE, BRUECKNER], "Gastgeschenke Delegation 30.06.", "2025-06-16 09:12:05",
                text(body), mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: gift list per partner company; dietary rule for a company (Takaful) not for a named person")


def m133():
    body = """Dear Ms Whitcombe,

on behalf of Ostwall Versicherung AG (policyholder) we hereby give notice
of a circumstance under the D&O policy no. DO-2024-77120 (period
01.01.2025-31.12.2025), section 6.2 (notification of circumstances):

1. On 2 June 2025 we received a letter from the insolvency administrator
   of our former subsidiary Ostwall Assistance Services GmbH (insolvency
   opened 1 March 2025, Local Court Muenster), Dr. Anselm Terhorst,
   announcing claims for damages against
   - Mr Rainer Kottmann, former managing director of the subsidiary
     (2019-2024), and
   - Mr Matthias Brandl, member of our Management Board, in his former
     capacity as chairman of the subsidiary's advisory board.
2. The administrator alleges that payments were made after the subsidiary
   became illiquid (civil liability under section 15b InsO) and that the
   approval of two intra-group loans in 2023 breached the duty of care;
   the amount is not yet quantified, estimated at EUR 1.2-1.8 million.
3. Both insured persons reject the allegations. No claim has yet been
   filed in court.

Mr Kottmann's private address for correspondence is: Roseneck 5, 48157
Muenster. Mr Brandl can be reached via the undersigned.

Please confirm receipt and let us know which defence counsel you approve.

Kind regards,
Dr. Jan Hollstein
General Counsel, Ostwall Versicherung AG
"""
    return Mail(HOLLSTEIN, A("Grace Whitcombe", "g.whitcombe@crownmarket-fl.example"),
                "D&O policy DO-2024-77120 - notification of circumstances", "2025-06-06 10:30:41",
                text(body, cs="us-ascii", cte="7bit"), cc=[BRANDL, DOYLE], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="insurer-to-partner",
                reason="D&O notification: two named insured persons, liability allegations, private address")


def m134():
    body = """Dear colleagues,

since more relatives write to the CEO on behalf of customers (parents,
children, nephews, carers), here is the agreed English text block for the
first reply. It deliberately contains no details about the customer or
the contract. Please use it until we have verified the authority.

---------------------------------------------------------------------
Dear [Mr/Ms] [Surname],

thank you for writing to [Dr. Vollmer / our Management Board] on behalf
of [relationship, e.g. "your mother"]. We take your concerns very
seriously and would like to help.

Because the matter concerns another person's insurance, we can only
discuss details with you once we have [a power of attorney / a
declaration of consent signed by the insured person / proof of your
appointment as legal guardian]. Please send us a copy to
[address / secure upload link].

As soon as we have received it, [Name], who is handling your enquiry,
will contact you. Until then, please understand that we cannot confirm
whether a contract exists.

Kind regards,
[Name], on behalf of [Board member]
---------------------------------------------------------------------

Remember: no contract numbers, no diagnoses, no claim status in this
first reply - not even if the relative mentions them.

Petra Kowalczyk
"""
    return Mail(KOWALCZYK, [DOYLE, A("Vorstandsbeschwerden", "vorstandsbeschwerden@" + DOM)],
                "Text block (EN): first reply to relatives without authority", "2025-05-19 15:20:00",
                text(body, cs="us-ascii", cte="7bit"), mailer=TBIRD,
                label="NORMAL", lang="en", kind="internal",
                reason="trap: reply template for relatives with placeholders; explicitly no data")


def m135():
    body = """Dear Professor Hennessy,

on behalf of the Board of Ostwall Life & Health Ireland and of my
colleagues from Muenster, I would like to thank you and the trustees of
the St Brendan's Children's Hospital Foundation for your warm welcome on
19 May.

The tour of the new family accommodation and the conversations with your
nurses about the daily reality of families with seriously ill children
made a deep impression on all of us. We are proud that our staff
fundraising contributed to the playroom on the oncology ward, and we are
pleased to confirm our support of EUR 25,000 per year for the next three
years.

Please pass on our thanks to everyone involved. We hope to welcome a
delegation of the foundation in Muenster next year.

With kind regards,

Dr. Henrike Vollmer
Chief Executive Officer, Ostwall Versicherung AG
"""
    return Mail(VOLLMER, A("Prof. Eileen Hennessy", "chair@stbrendans-foundation.example"),
                "Thank you - visit on 19 May", "2025-05-23 14:05:18",
                text(body, cte="base64"), cc=[DOYLE], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="insurer-to-partner",
                reason="trap: thank-you to a children's hospital foundation; oncology ward mentioned, no patient")


def m136():
    body = """Hello Service Desk,

please set up a board portal account and an iPad for the new
supervisory board member, who joins on 1 July (court appointment
pending):

Name:             Dr. Ingrid Schepers-Lohmann
Role:             Member of the Supervisory Board (shareholder side),
                  Audit and Risk Committee
Private address:  Heckenrosenweg 17, 44229 Dortmund  (for the token and
                  the iPad delivery by courier)
Private mobile:   +49 172 8840 316  (for the SMS one-time code)
Private e-mail:   i.schepers-lohmann@dortmund-privat.example
                  (only for the portal notification, no documents)
Access groups:    AR-Plenum, ARC, AR-Bibliothek; NOT Praesidialausschuss

iPad: standard board configuration, German keyboard.

Thanks,
Emma Doyle
Board Office
"""
    return Mail(DOYLE, A("IT-Servicedesk", "servicedesk@" + DOM), "New AR member - portal access and iPad",
                "2025-06-12 13:48:09", text(body, cs="us-ascii", cte="7bit"), cc=[THELEN], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="internal",
                reason="new board member's private address, private mobile and private e-mail")


def m137():
    pdf = make_pdf([[
        "# Ombudsmann PKV - laufende Verfahren 1. Halbjahr 2025 (Stand 10.06.2025)",
        "Anlage zum Bericht an Dr. J. Althoff - nur für den Dienstgebrauch",
        "",
        "Az. PKV-25-0311  Helga Brinkert (Hamm), KV 2207 1188",
        "   Streit: Kostenübernahme Protonentherapie bei Prostatakarzinom (C61)",
        "   Stand: Stellungnahme abgegeben, Ombudsmann hat Gutachten angefordert",
        "",
        "Az. PKV-25-0329  Yusuf Aksoy (Gelsenkirchen), KV 4410 3372",
        "   Streit: Psychotherapie (F33.1, rezidivierende Depression), Stundenkontingent",
        "   Stand: Vergleichsvorschlag 25 Zusatzstunden, Annahme empfohlen",
        "",
        "Az. PKV-25-0344  Marion Westphal (Münster), KV 0877 6610",
        "   Streit: Beitragsanpassung 2025, Wirksamkeit der Begründung",
        "   Stand: offen",
        "",
        "Az. PKV-25-0352  Kind Lina Bergmann (Coesfeld), KV 5521 9002 (VN: Mutter)",
        "   Streit: Hilfsmittel Insulinpumpe mit CGM-System (Diabetes Typ 1, E10.90)",
        "   Stand: Abhilfe erfolgt, Verfahren erledigt",
        "",
        "Az. PKV-25-0360  Rüdiger Hennecke (Bielefeld), KV 3302 4418",
        "   Streit: stationäre Entzugsbehandlung Alkohol (F10.2), Ausschluss Suchterkrankungen",
        "   Stand: Ausschluss wirksam vereinbart, Stellungnahme in Arbeit",
    ]], title="Ombudsmann PKV HJ1 2025", compress=True)
    body = """Liebe Claudia,

anbei die Übersicht der laufenden Ombudsmann-Verfahren PKV für den
Halbjahresbericht an Herrn Dr. Althoff. In der Version für den
Gesamtvorstand nehme ich Namen und Diagnosen raus.

Viele Grüße
Petra
"""
    return Mail(KOWALCZYK, HESSE, "Ombudsmann PKV – Übersicht HJ1", "2025-06-10 17:05:42",
                Multi("mixed", [text(body, cte="8bit"), attach("Ombudsmann_PKV_HJ1_2025.pdf", pdf, MT_PDF)]),
                mailer=TBIRD,
                label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
                reason="PDF lists named customers with prostate cancer C61, depression F33.1, type 1 diabetes E10.90, alcohol F10.2")


def m138():
    body = """Liebes Vorstandsbüro,

zur Planung: Die Leasingverträge für drei Vorstandsfahrzeuge laufen im
Herbst aus. Die Nachfolger sind bestellt:

Vorstand          bisher                 neu                    Auslieferung
-------------------------------------------------------------------------------
Dr. Vollmer       Audi A6 e-tron         Audi A6 e-tron (MJ 26) KW 38
Hr. Brandl        BMW 530e               BMW i5 Touring         KW 40
Fr. Sauerland     Mercedes E 300 e       Mercedes EQE 350       KW 41

Die Fahrzeuge werden auf dem Hof Haus A übergeben; der Fahrdienst
(Herr Grote) übernimmt die Einweisung. Wallboxen in der Tiefgarage sind
vorhanden. Bitte die Übergabetermine mit den Vorständen abstimmen und mir
bis Ende Juli mitteilen.

Viele Grüße
Ralf Kemper
Fuhrparkmanagement
"""
    return Mail(A("Ralf Kemper", "ralf.kemper@" + DOM), VB, "Vorstandsfahrzeuge – Nachfolger Leasing Herbst 2025",
                "2025-06-13 10:37:02", text(body, cs="windows-1252", cte="quoted-printable"), mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: company-car replacement plan per board member (models, delivery weeks); no income data")


def m139():
    body = """Sehr geehrte Frau Kruse,

vielen Dank für Ihre Nachricht an unseren Vorstand. Sie haben völlig
recht: Ihre Kündigung der Hausratversicherung HR 3374 0518 zum
01.01.2025 ist am 21.10.2024 bei uns eingegangen, wurde aber wegen eines
Fehlers bei der Zuordnung nicht verarbeitet. Dafür bitten wir Sie
ausdrücklich um Entschuldigung.

Wir haben den Vertrag heute zum 01.01.2025 beendet. Die zu Unrecht
eingezogenen Beiträge für Januar bis April (4 x 18,40 EUR = 73,60 EUR)
überweisen wir in den nächsten Tagen auf Ihr Konto
DE49 3001 0010 9283 7465 01. Als kleine Entschuldigung legen wir
25,00 EUR dazu.

Die schriftliche Kündigungsbestätigung erhalten Sie per Post an Ihre neue
Anschrift in Bocholt (Nordwall 6).

Wir wünschen Ihnen alles Gute im neuen Zuhause.

Mit freundlichen Grüßen
Tim Reimers
Team Vorstandsbeschwerden
Ostwall Versicherung AG
"""
    return Mail(BESCHWERDE, A("Hannelore Kruse", "h.kruse@kabelpost.example"),
                "Ihre Kündigung HR 3374 0518 – Erstattung", "2025-04-07 11:55:29",
                text(body, cte="8bit"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
                reason="customer's policy number, IBAN, refund and new address")


def m140():
    plain = """Dear Mrs Raman,

Dr. Vollmer asked me to reply to your message of 24 April personally.

We are very sorry for the worry our letters caused during your
pregnancy. You are right: the maternity option of your international
health plan IHP-7741230 started on 1 May 2024, and the 10-month waiting
period ended on 1 March 2025.

Consequently:
- the prenatal ultrasound scans and the treatment of your gestational
  diabetes (insulin, glucose sensors, specialist consultations) since
  week 26 are covered. We have reimbursed EUR 2,184.60 today;
- the hospital birth, including a possible induction or caesarean
  section and the stay of mother and baby, is covered. We have sent a
  direct-billing guarantee to the hospital you named (Klinikum
  Frankfurt-Sachsenhausen);
- your baby can be added to the policy from birth without health
  questions if you tell us within two months.

If anything else comes up before or after the birth, please contact
Frank Wessel's team directly: ihp-care@ostwall-versicherung.example.

We wish you and your family all the best for the birth.

Kind regards,
Emma Doyle
on behalf of Dr. Henrike Vollmer, CEO
"""
    htmlb = "<html><body style=\"font-family:Arial;font-size:10.5pt\">" + "".join(
        "<p>%s</p>" % p.replace("\n- ", "<br>&bull; ").replace("\n", " ") for p in plain.strip().split("\n\n")) + "</body></html>\n"
    return Mail(DOYLE, A("Priya Raman", "priya.raman@skylinemail.example"),
                "Your maternity cover - policy IHP-7741230", "2025-04-29 13:10:40",
                Multi("alternative", [text(plain), html(htmlb)]), cc=[KOWALCZYK], mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
                reason="reply: pregnancy, gestational diabetes treatment, birth cover, health policy number")


def m141():
    odt = make_odt([
        ("h", "Richtlinie für Kulanzleistungen (Fassung 2025) – Entwurf zur Vorstandssitzung 07.07.2025"),
        "1. Zweck: Kulanz ist eine freiwillige Leistung ohne Anerkennung einer Rechtspflicht. Sie soll "
        "Härten im Einzelfall vermeiden und darf die Gleichbehandlung der Versicherten nicht gefährden.",
        "2. Zuständigkeiten (je Einzelfall):",
        "   bis 1.000 EUR – Teamleitung Leistung/Schaden",
        "   bis 10.000 EUR – Bereichsleitung",
        "   bis 25.000 EUR – zuständiges Vorstandsmitglied",
        "   über 25.000 EUR oder mit Präzedenzwirkung – Gesamtvorstand",
        "3. Personenversicherung: Kulanz bei Wartezeiten, Leistungsausschlüssen oder fehlender "
        "medizinischer Notwendigkeit nur nach Votum des Gesellschaftsarztes. Vorlagen an den Gesamtvorstand "
        "enthalten Gesundheitsangaben nur, soweit für die Entscheidung erforderlich.",
        "4. Dokumentation: Jede Kulanzentscheidung wird mit Begründung im Beschwerde-Tracker erfasst; "
        "das Controlling berichtet quartalsweise aggregiert nach Sparte und Höhe.",
        "5. Budget 2025: 1,2 Mio. EUR (Personenversicherung 0,7 Mio., Komposit 0,5 Mio.).",
    ])
    body = """Liebe Frau Thelen,

anbei der Entwurf der überarbeiteten Kulanzrichtlinie für die Sitzung im
Juli (als ODT, wie von Herrn Dr. Hollstein gewünscht, damit die
Änderungsverfolgung im Justiziariat funktioniert). Wesentliche Änderung
ist Ziffer 2 (neue Wertgrenzen) und Ziffer 3 (Votum Gesellschaftsarzt).

Viele Grüße
Deniz Aydın
"""
    return Mail(AYDIN, THELEN, "Entwurf Kulanzrichtlinie 2025", "2025-06-16 14:40:20",
                Multi("mixed", [text(body), attach("Kulanzrichtlinie_2025_Entwurf.odt", odt, MT_ODT)]),
                cc=[HOLLSTEIN], mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: goodwill policy draft with thresholds, waiting periods and medical necessity in general")


def m142():
    plain = """Ostwall Familien-Newsletter – Juni 2025

Sommer, Sonne, Schürfwunden?

Jedes Jahr verunglücken in Deutschland rund 1,7 Millionen Kinder so, dass
sie ärztlich behandelt werden müssen – die meisten in der Freizeit, zu
Hause und auf dem Spielplatz. Die gesetzliche Unfallversicherung gilt
nur in Kita, Schule und auf dem Schulweg.

Unsere Kinder-Unfallversicherung "Ostwall KidsSchutz" leistet rund um
die Uhr und weltweit:

  * Invaliditätsleistung mit Progression bis 500 %
  * Sofortleistung bei schweren Verletzungen (z. B. offene Brüche,
    Schädel-Hirn-Verletzungen) – 5.000 EUR
  * Gipsgeld und Krankenhaustagegeld
  * Kosten für kosmetische Operationen und Rooming-in eines Elternteils

Neu ab Juli: Leistungen schon ab 1 % Invalidität und ein Reha-Manager,
der Familien nach schweren Unfällen begleitet.

Mehr erfahren: https://www.ostwall-versicherung.example/kidsschutz

Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website
abonniert haben. Abmelden: https://www.ostwall-versicherung.example/newsletter/abmelden
Ostwall Versicherung AG, Hafenweg 12, 48155 Münster
"""
    htmlb = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:11pt;background:#fafafa">
<div style="max-width:600px;margin:auto;background:#fff;padding:16px">
<h2 style="color:#e07b00">Sommer, Sonne, Schürfwunden?</h2>
<p>Jedes Jahr verunglücken in Deutschland rund 1,7&nbsp;Millionen Kinder so, dass sie ärztlich behandelt werden müssen
&ndash; die meisten in der Freizeit, zu Hause und auf dem Spielplatz. Die gesetzliche Unfallversicherung gilt nur in Kita,
Schule und auf dem Schulweg.</p>
<p>Unsere Kinder-Unfallversicherung <b>&quot;Ostwall KidsSchutz&quot;</b> leistet rund um die Uhr und weltweit:</p>
<ul><li>Invaliditätsleistung mit Progression bis 500&nbsp;%</li>
<li>Sofortleistung bei schweren Verletzungen (z.&nbsp;B. offene Brüche, Schädel-Hirn-Verletzungen) &ndash; 5.000&nbsp;EUR</li>
<li>Gipsgeld und Krankenhaustagegeld</li><li>Kosten für kosmetische Operationen und Rooming-in eines Elternteils</li></ul>
<p><b>Neu ab Juli:</b> Leistungen schon ab 1&nbsp;% Invalidität und ein Reha-Manager, der Familien nach schweren Unfällen begleitet.</p>
<p><a href="https://www.ostwall-versicherung.example/kidsschutz">Mehr erfahren</a></p>
<p style="font-size:8pt;color:#888">Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website abonniert haben.
<a href="https://www.ostwall-versicherung.example/newsletter/abmelden">Abmelden</a> &middot;
Ostwall Versicherung AG, Hafenweg 12, 48155 Münster</p>
</div></body></html>
"""
    return Mail(A("Ostwall Versicherung", "newsletter@" + DOM), A("Familien-Newsletter", "familie@lists." + DOM),
                "Sommer, Sonne, Schürfwunden? Ihr Familien-Newsletter Juni", "2025-06-12 08:00:00",
                Multi("alternative", [text(plain), html(htmlb)], preamble=False),
                extra=["List-Unsubscribe: <https://www.ostwall-versicherung.example/newsletter/abmelden>",
                       "Precedence: bulk"],
                label="NORMAL", lang="de", kind="newsletter",
                reason="trap: product newsletter on child accident cover with injuries and fractures in general")


def m143():
    body = """Nadine,

one more broker escalation for Ms Sauerland, cargo this time. Anchorline
copied the CEO's office. Transport claims (Mr Oltmanns) is already on it;
the survey report came in yesterday.

Emma

-----Original Message-----
From: Harriet Quayle <h.quayle@anchorline-cargo.example>
Sent: Monday, 16 June 2025 16:05
To: ceo-office@ostwall-versicherung.example
Subject: Meyer & Sohn Kaffeeimport GmbH - cargo claim TR-2025-0008871

Dear Sir or Madam,

we represent Meyer & Sohn Kaffeeimport GmbH, Bremen, under your open
cargo policy OC 1140 2290. On 22 April a container with 320 bags of green
coffee (B/L MSCU 4471220, ex Santos) arrived in Bremerhaven with severe
water damage; the survey attributes it to a hole in the container roof.

The client's invoice value is USD 118,400. Six weeks after the survey,
your claims department still asks for "further documents" that were
provided on 5 May. The client's managing director, Mr Jonas Meyer
(mobile +49 171 4410 288), is considering moving the policy at renewal
on 1 September.

We would appreciate a decision on liability this month.

Kind regards,
Harriet Quayle
Senior Claims Broker, Anchorline Cargo Brokers Ltd., Hamburg branch
"""
    return Mail(DOYLE, SCHUERMANN, "FW: Meyer & Sohn Kaffeeimport GmbH - cargo claim TR-2025-0008871",
                "2025-06-17 08:44:09", text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="broker",
                reason="broker escalation: company policyholder with named managing director and mobile, policy and claim number")


def m144():
    body = """Liebe Kolleginnen und Kollegen,

ab 01.07. gilt für die Ablage der Vorstandsbeschwerden im DMS der neue
Aktenplan. Die Umstellung macht die IT am Wochenende 28./29.06.

Neue Struktur:
  VB / <Jahr> / <Vorgangsnummer VB-JJJJ-NNNN> /
      01_Eingang         (Schreiben, E-Mails, Anlagen der Kunden)
      02_Stellungnahmen  (Fachabteilungen, Gutachten)
      03_Entscheidung    (Vorlage, Freigabe)
      04_Antwort         (Schreiben an Kunden/Angehörige)
      05_Nachgang        (Ombudsmann, Anwalt, Gericht)

Berechtigungen:
- Ordner mit Gesundheitsdaten (Sparten KV, PV, LV/BU, UV) sind
  automatisch "Personenversicherung – eingeschränkt": Zugriff nur
  Beschwerdeteam, Ressort Personenversicherung, Datenschutz.
- Komposit-Vorgänge: Beschwerdeteam, Ressort Komposit.
- Die Vorstandsassistenzen sehen nur 03_Entscheidung ihres Ressorts.

Löschfrist: 3 Jahre nach Abschluss (automatische Wiedervorlage), soweit
keine längeren Aufbewahrungspflichten bestehen.

Bei Fragen: Herr Aydın oder ich.

Petra Kowalczyk
"""
    return Mail(KOWALCZYK, [BESCHWERDE, WERNICKE, PETROVIC, HESSE, SCHUERMANN, BRUECKNER, DOYLE],
                "Neuer Aktenplan Vorstandsbeschwerden ab 01.07.", "2025-06-18 11:00:00",
                text(body), cc=[MARBACH, AYDIN], mailer=TBIRD,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: filing plan with access rules for health-data folders; no case")


def m145():
    ods = make_ods([("Kulanz 2024", [
        ["Sparte", "Anzahl Kulanzfälle", "Summe EUR", "davon > 10.000 EUR", "häufigster Anlass"],
        ["Krankenvoll/-zusatz", 318, 402150, 6, "Hilfsmittel / medizinische Notwendigkeit"],
        ["Pflegezusatz", 41, 88400, 2, "Wartezeit"],
        ["Leben / BU", 27, 131900, 4, "Nachversicherung / Fristen"],
        ["Unfall", 19, 36700, 1, "Fristen Invaliditätsnachweis"],
        ["Kfz", 212, 154300, 0, "SF-Einstufung / Mietwagen"],
        ["Sach / Haftpflicht", 166, 201880, 3, "Fahrlässigkeit / Obliegenheiten"],
        ["Gesamt", 783, 1015330, 16, ""],
    ]), ("Hinweis", [["Aggregierte Daten aus dem Tracker, keine Einzelfälle. Zellen < 3 nicht separat ausgewiesen."]])])
    body = """Hallo Deniz,

für die Vorlage zur Kulanzrichtlinie anbei die Auswertung 2024 nach Sparten
(ODS, LibreOffice). Nur aggregierte Zahlen; die Einzelfallliste bleibt im
Tracker.

Gruß
Tim
"""
    return Mail(REIMERS, AYDIN, "Kulanzstatistik 2024 für die Vorlage", "2025-06-16 10:15:30",
                Multi("mixed", [text(body), attach("Kulanz_2024_nach_Sparte.ods", ods, MT_ODS)]),
                mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: ODS with goodwill payments per line incl. health and care; aggregates only")


def m146():
    body = """Hi Aoife,

thanks - Mr Brandl confirmed this morning. Please pay the fee to his
German salary account:

  Account holder: Matthias Brandl
  IBAN:           DE35 4005 0150 0018 2736 47

He signed the tax registration form, it's back in the portal folder.
His German tax adviser is Ms Dr. Ruth Albrecht (Steuerkanzlei Albrecht,
Muenster) in case Irish payroll needs a contact for the treaty question.

Best regards,
Marco

Marco Petrovic | Assistant to the CFO | Ostwall Versicherung AG

-----Original Message-----
From: Aoife Gallagher <aoife.gallagher@ostwall-ireland.example>
Sent: Wednesday, 4 June 2025 12:30
To: Marco Petrovic <marco.petrovic@ostwall-versicherung.example>
Subject: Director's fee M. Brandl - payroll details

Hi Marco,

for the payroll of Ostwall Life & Health Ireland DAC we need a few
details for Mr Brandl's non-executive director fee (he joined the Irish
board on 20 May):

Director:             Matthias Brandl
Fee:                  EUR 20,000 p.a., paid quarterly in arrears
                      (pro rata for Q2: EUR 2,265.93)
PPS number:           8843107WA (issued for the appointment)
Tax:                  PAYE and USC via Irish payroll; German tax
                      treatment per double tax treaty
Bank account:         his German salary account? Please confirm the IBAN.

Could you also ask him to sign the Irish tax registration form? I have
put it in his folder in the board portal; we need it before the first
payment on 30 June.

Many thanks,
Aoife Gallagher
HR & Payroll, Ostwall Life & Health Ireland DAC
"""
    return Mail(PETROVIC, A("Aoife Gallagher", "aoife.gallagher@ostwall-ireland.example"),
                "RE: Director's fee M. Brandl - payroll details", "2025-06-05 09:12:40",
                text(body, cs="us-ascii", cte="7bit"), cc=[DOYLE], mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="en", kind="internal",
                reason="board member's director fee, Irish PPS number, tax treatment and private salary IBAN")


def m147():
    ics = make_ics("OW-CAL-IR-20250507-1000-Q1CALL", "Q1 2025 trading statement - analyst & investor call",
                   "20250507T100000", "20250507T110000", A("Investor Relations", "ir@" + DOM),
                   [VOLLMER, BRANDL, A("Hendrik Maas", "hendrik.maas@" + DOM)],
                   location="Dial-in / webcast (link in description)",
                   description="Speakers: Dr. Henrike Vollmer (CEO), Matthias Brandl (CFO)\n"
                               "Webcast: https://ir.ostwall-versicherung.example/q1-2025\n"
                               "Speaker line opens 09:40. Q&A moderated by IR.\n"
                               "Key messages: premium growth +5.8 %, combined ratio 93.2 %, "
                               "health benefits +6.9 %, Solvency II 217 %.",
                   stamp="20250425T120000Z")
    body = """Dear Henrike, dear Matthias,

please find attached the invitation for the Q1 call on 7 May. The final
script and the Q&A document will be in the board portal on 5 May; dry run
on 6 May at 16:00 in the CEO's office.

Best,
Investor Relations
"""
    return Mail(A("Investor Relations", "ir@" + DOM), [VOLLMER, BRANDL], "Invitation: Q1 2025 analyst & investor call, 7 May 10:00",
                "2025-04-25 14:00:00", Multi("mixed", [text(body, cs="us-ascii", cte="7bit"), ics_part(ics)]),
                cc=[WERNICKE, PETROVIC, DOYLE], mailer=OUTLOOK,
                label="NORMAL", lang="en", kind="internal",
                reason="trap: investor call invitation with health benefit growth as company KPI")


def m148():
    body = """Hi Sabine,

could we have ten minutes tomorrow, just the two of us? I wanted to tell
you before anyone notices: I'm pregnant, 14 weeks now, due date is
8 December. So far all is well, but the first weeks were rough (hence
the "migraine days" in April - sorry for not being honest about those).

Practical points I'd like to discuss:
- my doctor advises against long-haul flights from the third trimester,
  so Singapore in July is fine, but I shouldn't do the Capital Markets
  Day in London in September alone - could Julia come along?
- maternity protection starts around 27 October; I'd like to take
  parental leave until next autumn and hand over the Dublin board work
  properly before then.

Please keep it between us for now; I'll tell the team after the next
scan.

Emma
"""
    return Mail(DOYLE, THELEN, "Can we talk tomorrow?", "2025-06-19 18:30:04",
                text(body, cs="us-ascii", cte="7bit"), mailer=OUTLOOK,
                label="STRICTLY_CONFIDENTIAL", lang="en", kind="internal",
                reason="assistant tells her manager about her pregnancy, due date and earlier sickness days")


def m149():
    body = """Sehr geehrter Herr Demir,

Sie haben sich am 14.04.2025 an unseren Vorstand gewandt. Die Monatsfrist
nach dem Diebstahl Ihres Motorrads (Kawasaki Z900, MS-CD 77) ist am
28.04. abgelaufen, das Fahrzeug ist nicht wieder aufgetaucht. Wir
regulieren daher Ihren Teilkaskoschaden KD-2025-0076451 (Vertrag
KF 2207 9931) wie folgt:

  Wiederbeschaffungswert lt. Gutachten     8.350,00 EUR
  abzgl. Selbstbeteiligung Teilkasko       - 150,00 EUR
  Entschädigung                            8.200,00 EUR

Da für das Motorrad ein Sicherungsschein zugunsten Ihrer
finanzierenden Bank besteht, zahlen wir zunächst die Restschuld von
5.912,44 EUR direkt an die Bank; den Restbetrag von 2.287,56 EUR
überweisen wir auf Ihr Konto DE10 4005 0000 2204 8719 37.

Bitte senden Sie uns noch die Zulassungsbescheinigung Teil I zu,
sofern nicht schon geschehen.

Mit freundlichen Grüßen
Tim Reimers
Team Vorstandsbeschwerden, im Auftrag von Birgit Sauerland
"""
    return Mail(BESCHWERDE, A("Can Demir", "can.demir@moto-post.example"),
                "Ihr Diebstahlschaden KD-2025-0076451 – Regulierung", "2025-04-29 10:20:15",
                text(body, cs="windows-1252", cte="8bit"), mailer=OUTLOOK,
                label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
                reason="motorcycle theft settlement: policy, claim number, plate, loan balance and IBAN")


def m150():
    body = """Wochenvorschau Vorstandsbüro – KW 26 (23.–27.06.2025)

Mo 23.06.
  09:00  Vorstandssitzung (Sitzungssaal Aasee), Unterlagen im Portal
  15:00  Dr. Vollmer: Interview Westfälische Wirtschaft (Presse, Hr. Maas)
Di 24.06.
  08:30  Dr. Vollmer: Vorstand vor Ort, Dortmund Leben/BU (Fahrer Grote)
  14:00  Hr. Brandl: Prüfungsausschuss-Vorbereitung mit WP
  18:30  Sommerfest Verbandsgebiet, Schloss Münster (alle Vorstände)
Mi 25.06.
  10:00  Dr. Althoff: Termin Ärztekammer Westfalen-Lippe – Kooperation
         Berufshaftpflicht für Ärztinnen und Ärzte (Hr. Wessel begleitet)
  16:00  Fr. Sauerland: Jour fixe Schaden (Albers, Tenbusch)
Do 26.06.
  ganztägig  Hr. Yıldırım: Digitalkonferenz Köln
  11:00  Eskalationsrunde Beschwerden (Kowalczyk) – Raum 5.14
Fr 27.06.
  Brückentag-Regelung: Vorstandsbüro ab 13 Uhr über Hotline besetzt
  (Rufnummer 0251 7730-100)

Abwesenheiten: Frau Doyle Mo–Di nicht im Haus (Dienstreise Dublin),
Herr Petrović Fr Urlaub.

Sabine
"""
    return Mail(THELEN, [VOLLMER, BRANDL, ALTHOFF, SAUERLAND, YILDIRIM],
                "Wochenvorschau KW 26", "2025-06-20 15:30:00", text(body), cc=[VB], mailer=OUTLOOK,
                label="NORMAL", lang="de", kind="internal",
                reason="trap: weekly schedule incl. a meeting with the medical association about liability cover; absences without reasons")


# ==========================================================================
# Build and check
# ==========================================================================

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
TARGET = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
LANGS = ("de", "en", "mixed")
KINDS = {
    "internal", "insurer-to-customer", "customer", "relative", "insurer-to-relative",
    "insurer-to-supplier", "insurer-to-partner", "insurer-to-supervisory-board",
    "supervisory-board", "broker", "lawyer", "newsletter",
}
# deliberately invalid IBANs (none in this corpus, kept for symmetry with dev2)
BAD_IBAN_OK = set()
IBAN_LEN = {"DE": 22, "AT": 20, "SE": 24, "IE": 22, "GB": 22, "NL": 18, "FR": 27,
            "CH": 21, "ES": 24, "IT": 27, "LU": 20, "BE": 16, "PL": 28, "DK": 18}


def all_mails():
    out = []
    for i in range(1, N_MAILS + 1):
        m = globals()["m%03d" % i]()
        m.num = i
        out.append(m)
    return out


def build():
    files, rows = {}, ["file\tlabel\tlang\tkind\treason"]
    for m in all_mails():
        name = "%s-%04d.eml" % (PREFIX, m.num)
        files[name] = m.render()
        rows.append("\t".join([name, m.label, m.lang, m.kind, m.reason]))
    return files, ("\n".join(rows) + "\n").encode("utf-8")


def write():
    files, labels = build()
    os.makedirs(MAILDIR, exist_ok=True)
    for f in sorted(os.listdir(MAILDIR)):
        if f.endswith(".eml") and f not in files:
            os.remove(os.path.join(MAILDIR, f))
    for name, data in files.items():
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels)
    print("wrote %d mails and labels.tsv" % len(files))


class CheckError(Exception):
    pass


def _fail(where, msg):
    raise CheckError("%s: %s" % (where, msg))


def _check_pdf(data, where):
    if not data.startswith(b"%PDF-1.") or not data.rstrip().endswith(b"%%EOF"):
        _fail(where, "PDF header/trailer")
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        _fail(where, "PDF startxref")
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        _fail(where, "PDF xref offset")
    hm = re.match(rb"xref\n0 (\d+)\n", data[xref:])
    n = int(hm.group(1))
    pos = xref + hm.end()
    texts = []
    for i in range(n):
        entry = data[pos + 20 * i: pos + 20 * (i + 1)]
        if i == 0:
            continue
        off = int(entry[:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            _fail(where, "PDF object %d offset" % i)
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = data[sm.end(): sm.end() + ln]
        if sm.group(2):
            raw = zlib.decompress(raw)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", t.group(1))
            texts.append(s.decode("cp1252"))
    if not texts:
        _fail(where, "PDF without text")
    return "\n".join(texts)


def _xml_text(xml_bytes, where):
    try:
        root = ET.fromstring(xml_bytes)
    except ET.ParseError as e:
        _fail(where, "XML: %s" % e)
    return " ".join(t for t in root.itertext())


def _check_zip(data, where, kind):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        _fail(where, "bad zip")
    if z.testzip() is not None:
        _fail(where, "zip CRC")
    names = z.namelist()
    out = []
    if kind == "docx":
        for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
            if need not in names:
                _fail(where, "docx lacks " + need)
    elif kind == "xlsx":
        for need in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
            if need not in names:
                _fail(where, "xlsx lacks " + need)
    elif kind in ("odt", "ods"):
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            _fail(where, "ODF mimetype must be first and stored")
        if "content.xml" not in names:
            _fail(where, "ODF content.xml")
    for nm in names:
        b = z.read(nm)
        if kind == "zip":
            out.append(_check_file(nm, b, where + "/" + nm))
        elif nm.endswith(".xml") or nm.endswith(".rels"):
            out.append(_xml_text(b, where + "/" + nm))
    return "\n".join(out)


def _check_ics(data, where):
    s = data.decode("utf-8")
    if "\r\n" not in s or not s.startswith("BEGIN:VCALENDAR") or not s.rstrip().endswith("END:VCALENDAR"):
        _fail(where, "ICS frame")
    unf = s.replace("\r\n ", "")
    for need in ("BEGIN:VEVENT", "UID:", "DTSTART", "DTSTAMP:", "END:VEVENT"):
        if need not in unf:
            _fail(where, "ICS lacks " + need)
    for ln in s.split("\r\n"):
        if len(ln.encode("utf-8")) > 75:
            _fail(where, "ICS line not folded")
    return unf.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


def _check_csv(data, where, cs=None):
    import csv as _csv
    for enc in ([cs] if cs else []) + ["utf-8", "cp1252"]:
        try:
            s = data.decode(enc)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    else:
        _fail(where, "CSV charset")
    sep = ";" if s.count(";") >= s.count(",") else ","
    rows = list(_csv.reader(io.StringIO(s.lstrip("\ufeff")), delimiter=sep))
    if len(rows) < 2 or len(rows[0]) < 2:
        _fail(where, "CSV too small")
    return s


def _check_file(name, data, where, cs=None):
    ext = name.lower().rsplit(".", 1)[-1]
    if ext == "pdf":
        return _check_pdf(data, where)
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        return _check_zip(data, where, ext)
    if ext == "ics":
        return _check_ics(data, where)
    if ext == "csv":
        return _check_csv(data, where, cs)
    if ext in ("txt", "log"):
        return data.decode(cs or "utf-8")
    if ext == "eml":
        return _check_message(email.message_from_bytes(data, policy=email.policy.default), where)
    _fail(where, "unknown attachment type " + name)


def _check_message(msg, where):
    texts = []
    for h in ("From", "To", "Cc", "Reply-To"):
        v = msg.get(h)
        if v is None:
            continue
        if getattr(v, "defects", None):
            _fail(where, "header %s defects %r" % (h, v.defects))
        for _n, addr in getaddresses([str(v)]):
            if not addr.lower().endswith(".example"):
                _fail(where, "address outside .example: " + addr)
    subj = msg.get("Subject", "")
    texts.append(str(subj))
    for part in msg.walk():
        if part.defects:
            _fail(where, "MIME defects %r" % part.defects)
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            texts.append(_check_message(inner, where + "/rfc822"))
            continue
        if ct.startswith("text/") and not fn:
            texts.append(part.get_content())
            continue
        if not fn:
            _fail(where, "attachment without filename (%s)" % ct)
        data = part.get_payload(decode=True)
        texts.append(fn)
        texts.append(_check_file(fn, data, where + "/" + fn, part.get_content_charset()))
    return "\n".join(texts)


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def check():
    errors = []
    files, labels = build()
    files2, labels2 = build()
    if files != files2 or labels != labels2:
        errors.append("build is not deterministic")
    for name, data in files.items():
        p = os.path.join(MAILDIR, name)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            errors.append("%s differs from a rebuild (run make_corpus.py)" % name)
    on_disk = sorted(f for f in os.listdir(MAILDIR) if f.endswith(".eml"))
    if on_disk != sorted(files):
        errors.append("unexpected files in mails/")
    if open(os.path.join(HERE, "labels.tsv"), "rb").read() != labels:
        errors.append("labels.tsv differs from a rebuild")
    rows = labels.decode("utf-8").rstrip("\n").split("\n")
    if rows[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels header")
    count, langs, kinds, mids = {}, {}, {}, set()
    n_iban = 0
    lab_lang = {}
    for i, row in enumerate(rows[1:], 1):
        f = row.split("\t")
        if len(f) != 5 or not all(f):
            errors.append("labels row %d malformed" % i)
            continue
        fn, lab, lang, kind, reason = f
        if fn != "%s-%04d.eml" % (PREFIX, i):
            errors.append("row %d file name %s" % (i, fn))
        if lab not in LABELS or lang not in LANGS or kind not in KINDS:
            errors.append("row %d bad label/lang/kind %s %s %s" % (i, lab, lang, kind))
        count[lab] = count.get(lab, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        kinds[(kind, lab)] = kinds.get((kind, lab), 0) + 1
        lab_lang[(lab, lang)] = lab_lang.get((lab, lang), 0) + 1
        data = files[fn]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        try:
            txt = _check_message(msg, fn)
        except CheckError as e:
            errors.append(str(e))
            continue
        except Exception as e:  # noqa
            errors.append("%s: %s: %s" % (fn, type(e).__name__, e))
            continue
        frm = getaddresses([str(msg["From"])])[0][1]
        if not frm.endswith("@" + DOM):
            errors.append("%s: sender not from %s" % (fn, DOM))
        mid = str(msg["Message-ID"])
        if mid in mids:
            errors.append("%s: duplicate Message-ID" % fn)
        mids.add(mid)
        email.utils.parsedate_to_datetime(str(msg["Date"]))
        for d in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", txt):
            if not d.lower().endswith(".example"):
                errors.append("%s: mail domain %s" % (fn, d))
        for d in re.findall(r"(?:https?://|www\.)([\w.-]+)", txt):
            if not d.lower().rstrip(".").endswith(".example"):
                errors.append("%s: web domain %s" % (fn, d))
        for cand in re.findall(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,6}(?: ?[A-Z0-9]{1,4})?)\b", txt):
            c = cand.replace(" ", "")
            if c[:2] not in IBAN_LEN or c in BAD_IBAN_OK:
                continue
            if IBAN_LEN[c[:2]] != len(c):
                errors.append("%s: IBAN-like string with wrong length %s" % (fn, cand))
            elif not _iban_ok(c):
                errors.append("%s: invalid IBAN %s" % (fn, cand))
            else:
                n_iban += 1
    for lab, n in TARGET.items():
        if count.get(lab) != n:
            errors.append("label %s: %s mails, expected %d" % (lab, count.get(lab), n))
    if not (80 <= langs.get("de", 0) <= 92 and 50 <= langs.get("en", 0) <= 62 and 3 <= langs.get("mixed", 0) <= 12):
        errors.append("language mix %r" % langs)
    print("labels:", ", ".join("%s %d" % (k, count.get(k, 0)) for k in LABELS))
    print("languages:", ", ".join("%s %d" % (k, langs.get(k, 0)) for k in LANGS))
    for lab in LABELS:
        print("  %-22s" % lab + "  ".join("%s %2d" % (lg, lab_lang.get((lab, lg), 0)) for lg in LANGS))
    print("kinds:")
    for k in sorted({k for k, _ in kinds}):
        print("  %-30s" % k + "  ".join("%s %2d" % (lab[:6], kinds.get((k, lab), 0)) for lab in LABELS))
    if errors:
        print("CHECK FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("IBANs found and ISO 7064-valid: %d" % n_iban)
    print("check OK: %d mails parsed, attachments opened, rebuild byte-identical" % len(files))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
