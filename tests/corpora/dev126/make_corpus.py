#!/usr/bin/env python3
"""Siegel evaluation corpus dev126 -- the insurer's special investigations unit (SIU).

150 hand-written e-mails sent (or forwarded) by staff of the invented
"Kompass Versicherung AG" (kompass-versicherung.example), Hamburg.
Every mail is written in its own function m001 ... m150.

    python make_corpus.py           # writes mails/d126-0001.eml ... and labels.tsv
    python make_corpus.py --check   # re-parses, validates and checks a byte-identical rebuild

Standard library only, deterministic, no network.  All persons, firms, numbers,
addresses and IBANs are invented; every domain ends in .example.
"""
import base64
import datetime
import email
import email.policy
import email.utils
import io
import os
import quopri
import re
import sys
import tempfile
import xml.dom.minidom
import zipfile
from email.header import Header

NN = "126"
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "kompass-versicherung.example"
CUR = 0            # number of the mail being built (set by build())
_BCOUNT = [0]      # boundary counter inside one mail

# --------------------------------------------------------------------------
# people (all invented)
# --------------------------------------------------------------------------
STAFF = {
    "albers":   ("Dr. Henrike Albers", "henrike.albers"),        # head of SIU
    "wolter":   ("Jens Wolter", "jens.wolter"),                  # investigator motor
    "karaca":   ("Aylin Karaca", "aylin.karaca"),                # investigator personal lines
    "brenner":  ("Lukas Brenner", "lukas.brenner"),              # investigator property
    "reinhardt": ("Tobias Reinhardt", "tobias.reinhardt"),       # fraud analytics
    "sonntag":  ("Mareike Sonntag", "mareike.sonntag"),          # SIU back office
    "mcallister": ("Fiona McAllister", "fiona.mcallister"),      # group fraud liaison
    "quast":    ("Sebastian Quast", "sebastian.quast"),          # data protection officer
    "maas":     ("Dr. Corinna Maas", "corinna.maas"),            # legal
    "hollmann": ("Birgit Hollmann", "birgit.hollmann"),          # motor claims
    "eilers":   ("Frank Eilers", "frank.eilers"),                # property claims
    "roth":     ("Nadine Roth", "nadine.roth"),                  # health benefits
    "vogt":     ("Stefan Vogt", "stefan.vogt"),                  # life / BU claims
    "petersen": ("Anja Petersen", "anja.petersen"),              # accident claims
    "yildiz":   ("Deniz Yıldız", "deniz.yildiz"),                # travel claims
    "lorenzen": ("Ole Lorenzen", "ole.lorenzen"),                # IT / case tool
    "haferkamp": ("Gesa Haferkamp", "gesa.haferkamp"),           # purchasing
    "brandt":   ("Kai Brandt", "kai.brandt"),                    # communications
}
FUNC = {
    "siu": ("Spezialermittlung SIU", "siu"),
    "dsb": ("Datenschutz", "datenschutz"),
    "it": ("IT-Servicedesk", "it-servicedesk"),
    "einkauf": ("Einkauf", "einkauf"),
    "presse": ("Unternehmenskommunikation", "presse"),
    "kfz": ("Kfz-Schaden", "kfz-schaden"),
    "sach": ("Sachschaden", "sachschaden"),
    "kv": ("Leistung Kranken", "leistung-kranken"),
    "leben": ("Leistung Leben/BU", "leistung-leben"),
    "unfall": ("Leistung Unfall", "leistung-unfall"),
    "reise": ("Reiseschaden", "reiseschaden"),
    "alle": ("SIU-Team", "siu-team"),
}


def A(name, addr):
    """Formatted address (RFC 2047 for non-ASCII names)."""
    if not addr.endswith(".example"):
        raise ValueError(addr)
    return email.utils.formataddr((name, addr), charset="utf-8") if name else addr


def S(key):
    """Address of a staff member or a functional mailbox."""
    if key in STAFF:
        n, l = STAFF[key]
    else:
        n, l = FUNC[key]
    return A(n, l + "@" + DOM)


def SIG(key, phone=None, title=None, lang="de"):
    n, l = STAFF[key]
    t = title or {"albers": "Leiterin Spezialermittlung (SIU)",
                  "wolter": "Spezialermittler Kfz",
                  "karaca": "Spezialermittlerin Personenversicherung",
                  "brenner": "Spezialermittler Sach/Haftpflicht",
                  "reinhardt": "Betrugsanalytik",
                  "sonntag": "Sachbearbeitung SIU",
                  "mcallister": "Group Fraud Liaison",
                  "quast": "Datenschutzbeauftragter",
                  "maas": "Rechtsabteilung",
                  }.get(key, "")
    ph = phone or "+49 40 7126-%04d" % (sum(map(ord, l)) % 9000 + 1000)
    if lang == "en":
        return "%s\n%s\nKompass Versicherung AG | Hamburg, Germany\nPhone %s\n%s@%s" % (n, t, ph, l, DOM)
    return "%s\n%s\nKompass Versicherung AG\nKompasshof 1, 20459 Hamburg\nTel. %s\n%s@%s" % (n, t, ph, l, DOM)


DISCL_DE = ("--\nKompass Versicherung AG | Sitz Hamburg | Amtsgericht Hamburg HRB 99126\n"
            "Vorstand: Dr. Matthias Gerling (Vors.), Ulrike Sanders, Thomas Pohlmann\n"
            "Vorsitzender des Aufsichtsrats: Prof. Dr. Egon Varnholt\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der\n"
            "richtige Adressat sind, informieren Sie bitte den Absender und loeschen Sie\n"
            "diese E-Mail.")
DISCL_EN = ("--\nKompass Versicherung AG | Registered office Hamburg | HRB 99126\n"
            "This e-mail may contain confidential information. If you are not the\n"
            "intended recipient, please notify the sender and delete this e-mail.")


# --------------------------------------------------------------------------
# helpers: dates, IBAN
# --------------------------------------------------------------------------
def _last_sunday(y, m):
    d = datetime.date(y, m, 31)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)


def D(y, mo, d, h=9, mi=0, s=0):
    """RFC 5322 date in Europe/Berlin local time."""
    day = datetime.date(y, mo, d)
    summer = _last_sunday(y, 3) <= day < _last_sunday(y, 10)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return email.utils.format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def iban(cc, bban, grouped=True):
    """Build an ISO 7064 (mod 97-10) valid IBAN from an invented BBAN."""
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00").upper())
    chk = 98 - int(num) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


# --------------------------------------------------------------------------
# MIME building (by hand, so that every byte is under control)
# --------------------------------------------------------------------------
class E:
    """A MIME entity: list of header lines and body bytes."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def bytes(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def _enc(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte in ("7bit", "8bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def _fname_params(filename):
    try:
        filename.encode("ascii")
        return 'filename="%s"' % filename, 'name="%s"' % filename
    except UnicodeEncodeError:
        enc = email.utils.encode_rfc2231(filename, "utf-8")
        return "filename*=%s" % enc, 'name="%s"' % Header(filename, "utf-8").encode()


def T(text, charset="utf-8", cte="quoted-printable", sub="plain", flowed=False,
      filename=None, inline=False):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
    ct = 'Content-Type: text/%s; charset="%s"' % (sub, charset)
    if flowed:
        ct += "; format=flowed"
    hdrs = []
    if filename:
        fp, np = _fname_params(filename)
        ct += "; " + np
        hdrs = [ct, "Content-Transfer-Encoding: " + cte,
                "Content-Disposition: %s; %s" % ("inline" if inline else "attachment", fp)]
    else:
        hdrs = [ct, "Content-Transfer-Encoding: " + cte]
    return E(hdrs, _enc(raw, cte))


def H(html_text, charset="utf-8", cte="quoted-printable"):
    return T(html_text, charset=charset, cte=cte, sub="html")


def _boundary():
    _BCOUNT[0] += 1
    return "----=_Part_%s_%03d_%d" % (NN, CUR, _BCOUNT[0])


def MP(sub, *parts, preamble=None):
    b = _boundary()
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        body += b"--" + b.encode() + b"\n" + p.bytes()
    body += b"--" + b.encode() + b"--\n"
    return E(['Content-Type: multipart/%s; boundary="%s"' % (sub, b)], body)


def ALT(text, html_text, charset="utf-8", cte="quoted-printable"):
    return MP("alternative", T(text, charset, cte), H(html_text, charset, cte))


def MIX(*parts):
    return MP("mixed", *parts, preamble="This is a multi-part message in MIME format.")


def ATT(filename, data, ctype):
    fp, np = _fname_params(filename)
    return E(["Content-Type: %s; %s" % (ctype, np),
              "Content-Transfer-Encoding: base64",
              "Content-Disposition: attachment; %s" % fp], base64.encodebytes(data))


def FWD(msgbytes, filename=None):
    h = ["Content-Type: message/rfc822"]
    if filename:
        h.append('Content-Disposition: attachment; filename="%s"' % filename)
    else:
        h.append("Content-Disposition: inline")
    h.append("Content-Transfer-Encoding: 8bit")
    return E(h, msgbytes if msgbytes.endswith(b"\n") else msgbytes + b"\n")


def _hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def MSG(frm, to, subject, date, body, cc=None, msgid=None, extra=(), mailer=None):
    """A complete message.  body is an E entity."""
    hdrs = []
    hdrs.append("Date: " + date)
    hdrs.append("From: " + frm)
    hdrs.append("To: " + (", ".join(to) if isinstance(to, (list, tuple)) else to))
    if cc:
        hdrs.append("Cc: " + (", ".join(cc) if isinstance(cc, (list, tuple)) else cc))
    hdrs.append("Subject: " + _hdr(subject))
    if msgid is None:
        msgid = "<%s.%s.%04d@%s>" % (email.utils.parsedate_to_datetime(date).strftime("%Y%m%d%H%M%S"),
                                     NN, CUR, DOM)
    hdrs.append("Message-ID: " + msgid)
    for k, v in extra:
        hdrs.append("%s: %s" % (k, _hdr(v)))
    if mailer:
        hdrs.append(mailer)
    hdrs.append("MIME-Version: 1.0")
    return ("\n".join(hdrs) + "\n").encode("ascii") + E(body.headers, body.body).bytes()


def INNER(frm, to, subject, date, body, msgid, cc=None, extra=()):
    """A message written by somebody else (for message/rfc822 forwards)."""
    hdrs = ["Date: " + date, "From: " + frm,
            "To: " + (", ".join(to) if isinstance(to, (list, tuple)) else to)]
    if cc:
        hdrs.append("Cc: " + cc)
    hdrs += ["Subject: " + _hdr(subject), "Message-ID: " + msgid]
    for k, v in extra:
        hdrs.append("%s: %s" % (k, _hdr(v)))
    hdrs.append("MIME-Version: 1.0")
    return ("\n".join(hdrs) + "\n").encode("ascii") + body.bytes()


OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
TBIRD = "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0"
IPHONE = "X-Mailer: iPhone Mail (21G93)"


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# --------------------------------------------------------------------------
# attachment writers (ZIP timestamps fixed)
# --------------------------------------------------------------------------
ZDATE = (2024, 10, 1, 8, 0, 0)


def ZIP(members, date=ZDATE):
    """members: list of (name, bytes) or (name, bytes, stored)."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for m in members:
            name, data = m[0], m[1]
            stored = len(m) > 2 and m[2]
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def DOCX(blocks, title=""):
    """blocks: str (paragraph), ('h', str) heading, ('b', str) bold, [[cells],...] table."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []

    def run(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(t))
    for b in blocks:
        if isinstance(b, str):
            body.append("<w:p>%s</w:p>" % run(b))
        elif isinstance(b, tuple) and b[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(b[1], True))
        elif isinstance(b, tuple) and b[0] == "b":
            body.append("<w:p>%s</w:p>" % run(b[1], True))
        else:
            rows = []
            for r in b:
                cells = "".join("<w:tc><w:p>%s</w:p></w:tc>" % run(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body)))
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
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title>'
            '<dc:creator>Kompass Versicherung AG</dc:creator></cp:coreProperties>' % _x(title))
    return ZIP([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                ("docProps/core.xml", core.encode()), ("word/document.xml", doc.encode())])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def XLSX(sheets):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    wb_sheets, wb_rels, ct_over, members = [], [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif v is None or v == "":
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        sx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
        members.append(("xl/worksheets/sheet%d.xml" % i, sx.encode()))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
           % "".join(wb_rels))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return ZIP([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbr.encode())] + members)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:office_v="urn:oasis:names:tc:opendocument:xmlns:office:1.0"')


def _odf(mime, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return ZIP([("mimetype", mime.encode(), True), ("META-INF/manifest.xml", manifest.encode()),
                ("content.xml", content.encode())])


def ODT(paragraphs):
    ps = "".join(("<text:h text:outline-level=\"1\">%s</text:h>" % _x(p[1])) if isinstance(p, tuple)
                 else "<text:p>%s</text:p>" % _x(p) for p in paragraphs)
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
         '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (_ODF_NS, ps))
    return _odf("application/vnd.oasis.opendocument.text", c)


def ODS(name, rows):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
         '<office:body><office:spreadsheet><table:table table:name="%s">%s</table:table>'
         '</office:spreadsheet></office:body></office:document-content>' % (_ODF_NS, _x(name), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", c)


def _pdf_esc(s):
    b = s.encode("cp1252")
    out = bytearray()
    for ch in b:
        if ch in b"\\()":
            out += b"\\" + bytes([ch])
        elif ch >= 0x80:
            out += b"\\%03o" % ch
        else:
            out.append(ch)
    return bytes(out)


def PDF(pages, title="Dokument", date="20241001090000"):
    """Minimal valid PDF 1.4.  pages: list of pages, each a list of lines.
    A line starting with '# ' is set as a bold heading."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    objs = {}
    n_pages = len(pages)
    page_ids = [5 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for i, lines in enumerate(pages):
        pid = page_ids[i]
        cs = bytearray(b"BT\n/F1 10 Tf\n14 TL\n56 790 Td\n")
        for l in lines:
            if l.startswith("# "):
                cs += b"/F2 12 Tf\n(" + _pdf_esc(l[2:]) + b") Tj T*\n/F1 10 Tf\n"
            else:
                cs += b"(" + _pdf_esc(l) + b") Tj T*\n"
        cs += b"ET\n"
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (pid + 1)).encode()
        objs[pid + 1] = b"<< /Length %d >>\nstream\n" % len(cs) + bytes(cs) + b"endstream"
    info_id = 5 + 2 * n_pages
    objs[info_id] = b"<< /Title (" + _pdf_esc(title) + b") /Producer (Kompass DocGen 2.3) /CreationDate (D:" + date.encode() + b"+01'00') >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (info_id + 1)
    for k in range(1, info_id + 1):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (info_id + 1, info_id, xref)
    return bytes(out)


CT_PDF = "application/pdf"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"
CT_ZIP = "application/zip"


def R(msg, label, lang, kind, reason):
    return (msg, label, lang, kind, reason)


# ==========================================================================
# the mails
# ==========================================================================
def m001():
    body = """Dear Ms Ortega,

thank you for your inquiry of 2 October (your ref. SIN-MAL-24-00917) and for
sending the signed consent form of the insured, which we have on file.

I can confirm the following from our records:

  Policyholder:      Mr Rüdiger Hesse, born 1971
  Policy:            Household contents, no. HR-4471-0923, in force since 01/04/2016
  Insured address:   Wandsbeker Stieg 14, 22089 Hamburg

Under this policy Mr Hesse reported a burglary at his Hamburg flat on
11 March 2024. Among the items listed were a Leica Q2 camera and a
MacBook Pro 14". We settled the claim on 29 April 2024 with EUR 3,480.

You mention that the same camera model appears in the list for the
Marbella flat (your claim of 18 August 2024). We have no information that
the items we paid for were recovered. If you can send us the serial
numbers from your list we will compare them with the purchase receipts we
hold.

Please treat this information as confidential and use it only for the
purpose stated in your request.

Kind regards

""" + SIG("brenner", lang="en", title="Special Investigations, Property & Liability") + """

-----Original Message-----
From: Lucía Ortega <l.ortega@aseguradora-mediterranea.example>
Sent: Wednesday, 2 October 2024 16:41
To: siu@kompass-versicherung.example
Subject: Request for information - SIN-MAL-24-00917

Dear colleagues,
we are handling a theft claim at a holiday flat in Marbella. The
policyholder, a German resident, states that he is also insured with your
company. Could you confirm whether a policy exists and whether similar
items were claimed in 2024? Consent of the insured is attached.
Best regards,
Lucía Ortega
Unidad de Investigación de Fraude
"""
    msg = MSG(S("brenner"), A("Lucía Ortega", "l.ortega@aseguradora-mediterranea.example"),
              "RE: Request for information - SIN-MAL-24-00917", D(2024, 10, 7, 11, 12),
              T(body), cc=S("siu"), mailer=OUTLOOK,
              extra=[("In-Reply-To", "<a7f1c2.SIN-MAL-24-00917@aseguradora-mediterranea.example>")])
    return R(msg, "CONFIDENTIAL", "en", "insurer-to-partner",
             "named policyholder, birth year, household policy number, address and paid claim confirmed to a foreign insurer")


def m002():
    body = """Hallo zusammen,

heute Abend (ca. 18:30) spielen wir Version 3.4 des SIU-Dashboards ein.
Die Änderungen im Überblick:

* Neues Pflichtfeld "Verdachtsgrund" mit festem Katalog (K01 Vorschäden
  gehäuft, K02 Belege auffällig, K03 Widersprüche in Angaben, K04
  Netzwerktreffer, K05 Hinweis Dritter, K99 Sonstiges).
* Filter nach Sparte: Kfz, Sach, Haftpflicht, Kranken, Leben/BU, Unfall,
  Reise. Für Kranken/Leben/Unfall zeigt das Dashboard weiterhin nur
  Fallnummer und Status - keine Diagnosen, keine Namen (wie mit dem
  Datenschutz abgestimmt).
* CSV-Export nur noch mit Rolle SIU_LEAD, Export wird protokolliert.
* Namen in der Listenansicht für die Rolle SIU_VIEW maskiert (M. M***).
* Bugfix: Ampel "Einsparung" zeigte bei Regressen doppelte Beträge.

Bekannte Einschränkung: die Kachel "Offene Arztanfragen" zählt erst ab
Montag korrekt, weil der Import aus dem Leistungssystem nachts läuft.

Bei Fragen gerne an mich oder ein Ticket an den Servicedesk.

Gruß
Ole

--
Ole Lorenzen
IT Anwendungsbetreuung Schaden/SIU
Kompass Versicherung AG
"""
    msg = MSG(S("lorenzen"), S("alle"), "Release SIU-Dashboard 3.4 heute Abend",
              D(2024, 9, 12, 14, 3), T(body, cte="8bit"), cc=S("albers"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: release notes mention diagnoses, names and health lines but contain no person")


def m003():
    text = """Hi Fiona, hi team,

as promised after Tuesday's call, here is a short FAQ on sharing
information with other insurers in fraud cases. It is not legal advice for
a specific case - if in doubt, call me.

1. May we tell a foreign insurer that somebody is insured with us?
   Only if there is a concrete request, a legitimate interest (Art. 6(1)(f)
   GDPR) and nothing indicates that the person's interests prevail. Give
   the minimum: yes/no, line, period. Log every disclosure in the case tool.

2. May we share health data (diagnoses, treatment dates, hospital stays)?
   Only with the written consent of the insured or under Art. 9(2)(f) GDPR
   (establishment, exercise or defence of legal claims). For doctors and
   hospitals § 213 VVG applies: individual consent or at least an
   information notice before each request.

3. What about suspected criminal offences?
   Art. 10 GDPR - data relating to offences may be processed only where
   national law allows it. Do not forward police files or criminal
   complaints to third parties. Internally: need-to-know only.

4. Transfers outside the EEA?
   Check adequacy decision or standard contractual clauses first. UK and
   Switzerland have adequacy decisions at present.

5. Retention
   Closed SIU cases: 5 years after closure unless legal proceedings are
   pending; tip-off data without substantiation: delete after 12 months.

Best,
Sebastian

--
Sebastian Quast
Data Protection Officer
Kompass Versicherung AG
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Fiona, hi team,</p>
<p>as promised after Tuesday's call, here is a short FAQ on sharing information with other
insurers in fraud cases. It is not legal advice for a specific case - if in doubt, call me.</p>
<ol>
<li><b>May we tell a foreign insurer that somebody is insured with us?</b><br>Only if there is a
concrete request, a legitimate interest (Art. 6(1)(f) GDPR) and nothing indicates that the
person's interests prevail. Give the minimum: yes/no, line, period. Log every disclosure in the case tool.</li>
<li><b>May we share health data (diagnoses, treatment dates, hospital stays)?</b><br>Only with the
written consent of the insured or under Art. 9(2)(f) GDPR (establishment, exercise or defence of
legal claims). For doctors and hospitals &sect; 213 VVG applies: individual consent or at least an
information notice before each request.</li>
<li><b>What about suspected criminal offences?</b><br>Art. 10 GDPR - data relating to offences may
be processed only where national law allows it. Do not forward police files or criminal complaints
to third parties. Internally: need-to-know only.</li>
<li><b>Transfers outside the EEA?</b><br>Check adequacy decision or standard contractual clauses
first. UK and Switzerland have adequacy decisions at present.</li>
<li><b>Retention</b><br>Closed SIU cases: 5 years after closure unless legal proceedings are pending;
tip-off data without substantiation: delete after 12 months.</li>
</ol>
<p>Best,<br>Sebastian</p>
<p style="color:#666">--<br>Sebastian Quast<br>Data Protection Officer<br>Kompass Versicherung AG</p>
</body></html>
"""
    msg = MSG(S("quast"), [S("mcallister"), S("alle")], "FAQ: sharing data with other insurers in fraud cases",
              D(2024, 9, 19, 10, 47), ALT(text, html), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "internal",
             "trap: data-protection FAQ about health data and criminal offences, no person")


def m004():
    body = """Sehr geehrte Frau Marquardt,

vielen Dank für die Einreichung der Tierarztrechnungen zu Ihrem Hund Balu
(Tier-OP-Versicherung Nr. TK-220-58814, Schadennummer 24-TK-03317).

Bei der Prüfung sind uns Unstimmigkeiten aufgefallen, die wir klären
möchten, bevor wir über die Erstattung entscheiden:

- Auf der Rechnung Nr. 4471 ist als Behandlungsdatum der 03.09.2024
  angegeben. Die Versicherung begann am 01.09.2024; nach den Unterlagen der
  Praxis, die uns im Rahmen einer früheren Anfrage vorlagen, wurde Balu
  wegen derselben Beschwerden bereits im Juli vorgestellt.
- Schriftbild und Formatierung des Datumsfeldes weichen vom übrigen
  Dokument ab.

Bitte senden Sie uns bis zum 25.10.2024

1. die Originalrechnungen der Tierarztpraxis Dr. Fenske (nicht als
   Foto, sondern als PDF direkt aus der Praxis oder im Original per Post),
2. den Auszug aus der Patientenkartei für Balu ab Januar 2024,
3. die Erklärung zur Entbindung der Tierarztpraxis von der Schweigepflicht
   (Formular liegt bei Ihrer Schadenakte im Kundenportal).

Bitte verstehen Sie, dass wir ohne diese Unterlagen nicht leisten können.
Sollten wir uns geirrt haben, bitten wir schon jetzt um Entschuldigung.

Mit freundlichen Grüßen

Lukas Brenner
Spezialermittlung Sach/Haftpflicht
Kompass Versicherung AG
Kompasshof 1, 20459 Hamburg

""" + DISCL_DE
    msg = MSG(S("brenner"), A("Svenja Marquardt", "svenja.marquardt@freemail-nord.example"),
              "Ihre Tier-OP-Versicherung TK-220-58814 - Rückfragen zu den Rechnungen",
              D(2024, 10, 10, 15, 22), T(body), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-customer",
             "pet insurance claim with policy number and suspicion about edited vet invoice; animal health is not Art. 9")


def m005():
    body = """Gesprächsnotiz - Telefonat vom 15.10.2024, 10:05-10:40 Uhr

Gesprächspartner: Herr Ralf Ostendorf, Inhaber Kfz-Meisterbetrieb
Ralf Ostendorf e.K., Billstraße 212, 20539 Hamburg
Teilnehmer KVAG: J. Wolter

Anlass: drei Reparaturrechnungen der Werkstatt mit identischen Fotos
der Schadenstelle (hinterer Stoßfänger, gleiche Kratzspur, gleicher
Hintergrund):
  - KH 24-0418877 (VN Kaminski, HH-RK 288)
  - KH 24-0420153 (VN Albrecht, PI-SA 73)
  - VK 24-0431009 (VN Lührs, HH-EL 4021)

Aussagen Herr Ostendorf:
- Die Fotos mache "meistens der Lehrling", mit dem Werkstatthandy. Eine
  Verwechslung sei möglich.
- Für alle drei Fahrzeuge seien Stoßfänger lackiert worden, Belege des
  Lacklieferanten könne er vorlegen.
- Er bietet an, die Fahrzeuge zur Nachbesichtigung bereitzustellen
  (Kaminski und Lührs erreichbar, Albrecht "ist umgezogen").
- Auf Nachfrage: er kenne die drei Kunden "nur als Kunden".

Bewertung: Erklärung nicht ausgeschlossen, aber drei Treffer in 6 Wochen
sind auffällig. Nächste Schritte: Nachbesichtigung durch Gutachter (Auftrag
geht heute raus), Lieferantenbelege anfordern, Abgleich Werkstatt in der
Hinweisdatenbank. Keine Zahlung an die Werkstatt bis Klärung.

Wolter
"""
    msg = MSG(S("wolter"), S("siu"), "Gesprächsnotiz Werkstatt Ostendorf - 3 Fälle Fotos doppelt",
              D(2024, 10, 15, 11, 2), T(body, charset="windows-1252"), cc=S("hollmann"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "internal",
             "sole-trader workshop owner (natural person) and three named policyholders with claim numbers and plates")


def m006():
    body = """Liebe Kolleginnen und Kollegen,

für die Fallbesprechung am Donnerstag eine kurze Zusammenfassung einer
aktuellen Entscheidung, die für unsere BU-Fälle relevant ist
(OLG Bremen, Urteil vom 12.06.2024, Az. 3 U 41/23 - veröffentlicht in
anonymisierter Fassung).

Sachverhalt (verkürzt): Der Kläger, ein selbständiger Handwerker, hatte
im Antrag die Frage nach psychotherapeutischer Behandlung in den letzten
fünf Jahren verneint. Tatsächlich war er zwei Jahre vor Antragstellung
wegen einer depressiven Episode rund zehn Monate in Behandlung. Nach
Eintritt der BU (Rückenleiden) erklärte der Versicherer Rücktritt und
Anfechtung wegen arglistiger Täuschung.

Entscheidung: Anfechtung wirksam. Das Gericht hat es genügen lassen, dass
der Kläger die Behandlung bewusst verschwiegen hat, obwohl sie mit dem
späteren Leistungsfall nichts zu tun hatte. Die Fragen im Antrag seien
eindeutig gewesen.

Für uns wichtig:
1. Die Arglist muss der Versicherer beweisen - sauber dokumentierte
   Arztauskünfte sind entscheidend.
2. Die Frist des § 124 BGB (ein Jahr ab Kenntnis) beachten; Kenntnis
   beginnt in der Regel mit Eingang der Arztauskunft.
3. Belehrung nach § 19 Abs. 5 VVG in Textform - unsere Antragsformulare
   ab 2019 sind in Ordnung, bei Altverträgen bitte prüfen.

Das Urteil liegt im Laufwerk unter Recht/Rechtsprechung/BU.

Viele Grüße
Corinna Maas
Rechtsabteilung
"""
    msg = MSG(S("maas"), S("alle"), "Urteil OLG Bremen zur Arglistanfechtung BU - für Donnerstag",
              D(2024, 9, 24, 8, 41), T(body), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: anonymised court decision with depression and back disease, no identifiable person")


def m007():
    inner_text = """Dear Sirs,

with reference to your e-mail of 30 September 2024 and the consent
signed by the patient, we have checked our records.

Patient: Mr Marcel Brückner, date of birth 19/05/1988, German passport

Our clinic did NOT issue invoice no. 2024/11873 dated 21/07/2024 for
EUR 14,600.00. The document you sent does not correspond to our invoice
layout and the stamp is not ours.

Our records show one outpatient visit only: 14/07/2024, emergency
department, diagnosis sprained right ankle (S93.4), X-ray negative,
elastic bandage, ibuprofen 600 mg. Invoice no. 2024/10922, EUR 180.00,
paid by credit card on the same day.

There was no inpatient admission and no treatment for acute pancreatitis.

We are willing to confirm this in writing for legal proceedings.

Yours faithfully

Dra. Beatriz Cabrera
Dirección Médica
Clínica Costa Serena
Avenida del Saladar 7, Morro Jable, Fuerteventura
"""
    inner = INNER(A("Dirección Médica", "direccion.medica@clinica-costaserena.example"),
                  A("Deniz Yıldız", "deniz.yildiz@" + DOM),
                  "Re: Verification of invoice 2024/11873", D(2024, 10, 8, 13, 55),
                  T(inner_text, charset="iso-8859-1"), "<cs-88121.2024@clinica-costaserena.example>")
    body = """Hi Aylin,

this is the answer from the clinic on Fuerteventura - see attached. So
the inpatient invoice in our travel health claim 24-RK-02291 is a fake.
I put the payment on hold. Over to you for the next steps (criminal
complaint?). The claimant's original documents are in the e-file.

Thanks
Deniz

Deniz Yıldız
Reiseschaden / Travel Claims
Kompass Versicherung AG
"""
    msg = MSG(S("yildiz"), S("karaca"), "FW: Verification of invoice 2024/11873 - RK 24-RK-02291",
              D(2024, 10, 8, 14, 20), MIX(T(body), FWD(inner, "Verification of invoice 2024-11873.eml")),
              cc=S("siu"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "hospital",
             "forwarded hospital reply: named patient with birth date, diagnosis S93.4, medication, claimed pancreatitis")


def m008():
    transcript = """TELEPHONE INTERVIEW - TRANSCRIPT (abridged, translated where necessary)
Case: UV 24-UV-01187 / accident insurance, policy UV-7712-0456
Date: 9 October 2024, 14:00-14:52, recorded with consent
Interviewee: Mr Oliver Thornton, born 02/11/1979, Hamburg
Interviewer: A. Karaca (SIU), note-taker: M. Sonntag

AK: Mr Thornton, thank you for taking the time. As explained, the call is
    recorded. Could you describe the accident of 28 June in your own words?
OT: I was cleaning the gutter at home, the ladder slipped and I fell onto
    my left hand. Really bad pain straight away.
AK: Who was at home?
OT: Nobody. My wife was at work. I drove myself to A&E - sorry, to the
    emergency room at the Elbufer hospital.
AK: You drove with a broken wrist?
OT: It's an automatic. It was stupid, I know.
AK: The hospital report says distal radius fracture, treated with a cast,
    and follow-up with Dr Lüders. Correct?
OT: Yes. Six weeks cast, then physio. I still can't grip properly.
AK: In your claim form you state you could not work until 30 September
    and that you still cannot lift more than 2 kg.
OT: That's right.
AK: Are you a member of a gym, "Ironworks Harburg"?
OT: (pause) I was. I cancelled.
AK: The gym's public page shows a photo dated 3 August 2024 of you at a
    bench-press event. Can you explain that?
OT: That's an old photo. They post old stuff all the time.
AK: The photo shows the event banner "Summer Lift 2024".
OT: I want to talk to my lawyer before I say anything else about that.
AK: That's your right. We will send you a written summary.

End of interview 14:52.
Remarks (AK): Left wrist visible without cast or brace in the photo. Ask
Dr Lüders for the physio reports and the final examination findings;
consent form on file (signed 02/07/2024).
"""
    body = """Fiona,

attached the transcript of yesterday's call with Mr Thornton (English
speaker, so I did it in English). The interesting part is at the end -
gym photo. Can you ask your contact at the group whether they know the
"Summer Lift" organisers? I'd like to have the original upload date.

Aylin
"""
    msg = MSG(S("karaca"), S("mcallister"), "UV 24-UV-01187 transcript", D(2024, 10, 10, 9, 16),
              MIX(T(body, charset="us-ascii", cte="7bit"),
                  T(transcript, filename="Interview_Thornton_2024-10-09.txt", cte="quoted-printable")),
              mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "interview transcript in TXT attachment: named accident claimant, birth date, wrist fracture, physio")


def m009():
    body = """Moin Henrike,

wie besprochen die Auswertung der Zahnersatz-Rechnungen 01-08/2024 nach
Dentallabor (nur Labore mit mind. 40 Rechnungen, Material- und
Laborkosten nach BEL II / BEB). Nur Laborebene, keine Versicherten.

Labor                              Rechn.  Ø je Einheit  Abw. Median  Auff.*
---------------------------------  ------  ------------  -----------  ------
Dentallabor Elbweiss GmbH             212       486 EUR        +4 %     3 %
Zahntechnik Alsterbogen GmbH          161       512 EUR        +9 %     5 %
Nordlicht Dental GmbH & Co. KG        143       731 EUR       +56 %    27 %
DentaForm Lüneburg GmbH                98       455 EUR        -3 %     2 %
Keramikwerk Süderelbe GmbH             74       497 EUR        +6 %     4 %
Auslandslabore (gesamt, 6 Labore)      57       262 EUR       -44 %     9 %

* Anteil Rechnungen mit mind. einem Regeltreffer (Materialmenge über
Plausi-Grenze, Doppelposition, Edelmetall ohne Legierungsnachweis).

Nordlicht fällt klar heraus: deutlich höhere Einheitspreise und ein Viertel
der Rechnungen mit Regeltreffer, v. a. Edelmetall ohne Legierungsnachweis.
Vorschlag: Stichprobe von 20 Rechnungen, Anforderung der
Konformitätserklärungen beim Labor, ggf. Gespräch mit der Kammer.

Die Detailtabelle (ebenfalls ohne Versichertenbezug) liegt im SIU-Laufwerk.

Gruß
Tobias
"""
    msg = MSG(S("reinhardt"), S("albers"), "Auswertung ZE-Rechnungen nach Laboren Jan-Aug",
              D(2024, 9, 27, 16, 30), T(body, charset="iso-8859-1"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: dental invoice statistics per dental lab (companies only), no insured persons")


def m010():
    body = """Sehr geehrte Damen und Herren,

wir bearbeiten die Diebstahlmeldung zu folgendem Fahrzeug, das nach
unseren Unterlagen bei Ihnen verleast ist:

  Fahrzeug:     Audi Q5 Sportback 40 TDI, Farbe Mythosschwarz
  Kennzeichen:  HH-MK 4410
  FIN:          WAUZZZFY7P2098114
  Leasingnehmer: Herr Matthias Kühl, Ohlsdorfer Weg 3, 22337 Hamburg
  Ihr Vertrag:  LV-2022-118734 (lt. Sicherungsschein)
  Unsere Schaden-Nr.: VK 24-0433870

Zur Prüfung des Versicherungsfalls bitten wir um Auskunft zu folgenden
Punkten:

1. Besteht der Leasingvertrag unverändert? Bestehen Zahlungsrückstände
   oder wurde eine Kündigung ausgesprochen?
2. Wie viele Fahrzeugschlüssel wurden bei Auslieferung übergeben?
3. Gab es Anfragen des Leasingnehmers zu einer vorzeitigen Ablösung oder
   Rückgabe in den letzten sechs Monaten?
4. Liegen Ihnen Informationen zu einem Standortwechsel des Fahrzeugs vor
   (z. B. Ortungsdaten des Herstellers, soweit Sie darauf zugreifen)?

Die Anfrage erfolgt auf Grundlage unseres berechtigten Interesses an der
Prüfung des Leistungsanspruchs (Art. 6 Abs. 1 lit. f DSGVO); Sie sind als
Sicherungsgläubiger ebenfalls Anspruchsberechtigter.

Für eine Antwort bis zum 28.10.2024 wären wir dankbar.

Mit freundlichen Grüßen
i. A. Jens Wolter

""" + SIG("wolter") + "\n\n" + DISCL_DE
    msg = MSG(S("wolter"), A("Forderungsmanagement", "forderungsmanagement@hanse-autoleasing.example"),
              "Anfrage zu Leasingvertrag LV-2022-118734 - Diebstahl HH-MK 4410",
              D(2024, 10, 14, 10, 31), T(body), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-partner",
             "named lessee with address, plate, VIN and claim number sent to leasing company")


def m011():
    body = """Hallo Nadine, hallo Henrike,

hier mein Protokoll der Befragung von heute Vormittag. Das
unterschriebene Original scanne ich morgen in die Akte.

Fall: KT 24-KT-00562, Krankentagegeld (Tarif KTG-S, 150 EUR/Tag ab
dem 43. Tag), VN und VP Herr Sven Hoyer, geb. 07.03.1984,
selbständiger Kfz-Mechaniker
Ort: Befragungsraum 3.12, 10:00-11:35 Uhr
Anwesend: Herr Hoyer, A. Karaca, M. Sonntag (Protokoll)

1. Arbeitsunfähigkeit
Herr Hoyer ist seit 13.05.2024 durchgehend AU geschrieben, Diagnose laut
AU-Bescheinigungen F43.2 G (Anpassungsstörung), ausstellend Hausarzt
Dr. Petersen-Witt, seit August zusätzlich Behandlung bei einer
Psychotherapeutin (wöchentlich). Er nimmt nach eigener Angabe Sertralin
50 mg. Auslöser sei die Trennung von seiner Frau und der Druck in der
eigenen Werkstatt gewesen.

2. Tätigkeit während der AU
Vorgehalten: Beobachtung am 17. und 24.09.2024 in der Werkstatt eines
Bekannten in Norderstedt, jeweils ca. 8-16 Uhr, u. a. Radwechsel und
Arbeiten an einer Hebebühne (Fotos Detektei, Bericht vom 27.09.).
Herr Hoyer räumt ein, "ab und zu mal rübergefahren" zu sein, "um unter
Leute zu kommen" - seine Therapeutin habe ihm Tagesstruktur empfohlen.
Geld habe er dafür nicht bekommen, "höchstens mal Essen".

3. Eigene Werkstatt
Die eigene Werkstatt sei seit Mai geschlossen. Auf Nachfrage: die
Google-Bewertungen aus Juli/August stammten von Kunden, "die noch alte
Aufträge hatten", die sein Geselle abgewickelt habe.

Eindruck: Herr Hoyer wirkte angespannt, teils weinerlich, aber
zusammenhängend. Ob die Tätigkeit beim Bekannten mit der Diagnose
vereinbar ist, kann ich nicht beurteilen.

Vorschlag:
- Arztanfrage bei der Psychotherapeutin (Schweigepflichtentbindung liegt
  vor) - Frage nach Empfehlung Tagesstruktur / Belastungserprobung
- ggf. Begutachtung durch unseren Vertragspsychiater
- Leistung vorerst unter Vorbehalt weiterzahlen, bis das Gutachten da ist

Gruß
Aylin
"""
    msg = MSG(S("karaca"), [S("roth"), S("albers")], "Befragung KT 24-KT-00562 - Protokoll",
              D(2024, 10, 2, 13, 48), T(body, cte="8bit", flowed=False), mailer=TBIRD)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "interview protocol: named daily-allowance claimant, birth date, F43.2 G, psychotherapy, sertraline")


def m012():
    body = """Hallo zusammen / hi all,

for the group working session in November we need a common vocabulary.
Hier der Entwurf des Glossars - bitte bis Freitag ergänzen oder
korrigieren, especially the legal terms.

Deutsch                          | English                          | Note
---------------------------------|----------------------------------|------------------------------
Versicherungsbetrug (§ 263 StGB) | insurance fraud                  | § 265 StGB: Versicherungsmissbrauch
Strafanzeige                     | criminal complaint               | filed with police or prosecutor
Staatsanwaltschaft               | public prosecutor's office       |
Ermittlungsverfahren             | criminal investigation           |
Akteneinsicht                    | access to the case file          | via lawyer, § 406e StPO
Hinweissystem                    | industry tip-off database        |
Observation                      | surveillance                     | only with SIU lead approval
Befragung                        | interview (of claimant/witness)  |
Arztanfrage                      | request to the treating doctor   | § 213 VVG
Schweigepflichtentbindung        | consent / medical authority      | release from medical secrecy
Anzeigepflichtverletzung         | non-disclosure / misrepresentation | §§ 19 ff. VVG
arglistige Täuschung             | fraudulent misrepresentation     | § 123 BGB, § 22 VVG
Rücktritt / Anfechtung           | avoidance / rescission           |
gestellter Unfall                | staged accident                  |
provozierter Unfall              | induced accident ("crash for cash") |
fingierter Diebstahl             | fictitious theft                 |
Leistungsfreiheit                | insurer not liable to pay        |
Regress                          | recovery                         |

Thanks / danke!
Fiona

--
Fiona McAllister
Group Fraud Liaison
Kompass Versicherung AG | Hamburg
"""
    msg = MSG(S("mcallister"), S("alle"), "Glossar / glossary fraud terms DE-EN - Entwurf",
              D(2024, 10, 16, 9, 5), T(body), mailer=OUTLOOK)
    return R(msg, "NORMAL", "mixed", "internal",
             "trap: bilingual glossary of fraud and medical-secrecy terms, no person")


def m013():
    body = """Liebe Kolleginnen und Kollegen,

anbei die Serieneinladung für unseren Jour fixe Betrugsbekämpfung, ab
November jeweils am zweiten Dienstag im Monat.

Tagesordnung (Standard):
1. Kennzahlen des Vormonats (Tobias)
2. Neue Regeln / Scoring (u. a. Krankentagegeld, Reise-Krankheitskosten)
3. Fallbesprechungen - bitte nur Fallnummern in die Agenda, Unterlagen
   bleiben im SIU-Case
4. Schulung / Recht (wechselnd)
5. Verschiedenes

Die Schadenbereiche Kfz, Sach, Kranken, Leben und Unfall schicken bitte
jeweils eine Vertretung.

Viele Grüße
Henrike Albers
"""
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
UID:jf-betrug-2024-11@kompass-versicherung.example
DTSTAMP:20241017T080000Z
DTSTART;TZID=W. Europe Standard Time:20241112T100000
DTEND;TZID=W. Europe Standard Time:20241112T113000
RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=12
SUMMARY:Jour fixe Betrugsbekämpfung
LOCATION:Raum 3.14 / Teams
ORGANIZER;CN=Dr. Henrike Albers:mailto:henrike.albers@kompass-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=SIU-Team:mailto:siu-team@kompass-versicherung.example
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Kfz-Schaden:mailto:kfz-schaden@kompass-versicherung.example
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Leistung Kranken:mailto:leistung-kranken@kompass-versicherung.example
DESCRIPTION:Agenda siehe Mail. Fallunterlagen bitte nicht anhängen.
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
    msg = MSG(S("albers"), [S("alle"), S("kfz"), S("sach"), S("kv"), S("leben"), S("unfall")],
              "Einladung: Jour fixe Betrugsbekämpfung (monatlich)", D(2024, 10, 17, 10, 0),
              MIX(T(body), E(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"',
                              "Content-Transfer-Encoding: base64",
                              'Content-Disposition: attachment; filename="invite.ics"'],
                             base64.encodebytes(ics.encode("utf-8")))),
              mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: meeting series with ICS about fraud cases and health lines, only case numbers promised, no person")


def m014():
    pdf = PDF([["# Leitlinie Observationen im Leistungsfall (Version 2.0)",
                "Gültig ab 01.11.2024 | Verantwortlich: Spezialermittlung (SIU) | Freigabe: Vorstand Schaden",
                "",
                "# 1. Zweck",
                "Die Leitlinie regelt, wann und wie die Kompass Versicherung AG Observationen durch beauftragte",
                "Detekteien veranlasst. Observationen sind ein erheblicher Eingriff in das Persönlichkeitsrecht",
                "und nur als letztes Mittel zulässig.",
                "",
                "# 2. Voraussetzungen",
                "- konkrete, dokumentierte Anhaltspunkte für eine unberechtigte Leistungsinanspruchnahme",
                "- mildere Mittel (Befragung, Arztanfrage, Gutachten) ausgeschöpft oder aussichtslos",
                "- Leistungsvolumen mindestens 25.000 EUR oder laufende Rente",
                "- schriftliche Freigabe durch die Leitung SIU; bei Personenversicherung zusätzlich Datenschutz",
                "",
                "# 3. Durchführung",
                "- nur im öffentlich einsehbaren Raum; keine Aufnahmen in Wohnungen, Praxen, Kliniken",
                "- keine Tonaufnahmen, keine GPS-Tracker, keine Scheinkontakte über soziale Netzwerke",
                "- höchstens 10 Beobachtungstage, Verlängerung nur mit neuer Freigabe",
                "- unbeteiligte Dritte (Kinder, Nachbarn) werden unkenntlich gemacht",
                "",
                "# 4. Berichte und Löschung",
                "Berichte gehen ausschließlich an das Funktionspostfach der SIU. Bild- und Videomaterial, das für",
                "den Fall nicht erheblich ist, wird nach Abschluss gelöscht, spätestens nach 6 Monaten.",
                "Erhebliches Material wird mit der Akte aufbewahrt (Löschkonzept SIU, Klasse C).",
                ]], title="Leitlinie Observationen v2.0", date="20241021090000")
    body = """Liebe Kolleginnen und Kollegen,

der Vorstand hat die überarbeitete Leitlinie für Observationen
freigegeben (Anlage). Die wichtigsten Änderungen gegenüber Version 1.3:

- Freigabe bei Personenversicherung zusätzlich durch den Datenschutz
- Höchstdauer 10 Tage (bisher keine Grenze)
- Verbot von Scheinkontakten in sozialen Netzwerken
- Löschfrist für nicht erhebliches Material 6 Monate

Bitte ab 01.11. nur noch das neue Auftragsformular verwenden.

Henrike Albers
"""
    msg = MSG(S("albers"), S("alle"), "Neue Leitlinie Observationen ab 01.11.",
              D(2024, 10, 21, 12, 15), MIX(T(body), ATT("Leitlinie_Observation_v2.pdf", pdf, CT_PDF)),
              cc=[S("quast"), S("maas")], mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: surveillance policy (PDF) about claimants and clinics in general, no person")


def m015():
    body = """Sehr geehrter Herr Lamprecht,

wir beauftragen Sie mit der Nachbesichtigung von zwei Fahrzeugen. Hinter-
grund: In beiden Fällen hat die Werkstatt Ostendorf identische Fotos der
Schadenstelle eingereicht. Bitte prüfen Sie, ob die abgerechnete
Reparatur (Stoßfänger hinten, Neulackierung) tatsächlich ausgeführt wurde
(Schichtdickenmessung, Abgleich Farbton, Spuren der Demontage).

Fahrzeug 1
  VN/Halter:   Herr Robert Kaminski, Am Hegen 19, 22149 Hamburg
  Telefon:     0176 5512 0934
  Fahrzeug:    VW Golf VIII, HH-RK 288
  Schaden:     KH 24-0418877, Rechnung Ostendorf Nr. 24-1183 (2.914,37 EUR)

Fahrzeug 2
  VN/Halterin: Frau Carola Lührs, Eichtalstraße 6, 22041 Hamburg
  Telefon:     040 6541 8820 (ab 17 Uhr)
  Fahrzeug:    Skoda Octavia Combi, HH-EL 4021
  Schaden:     VK 24-0431009, Rechnung Ostendorf Nr. 24-1207 (3.106,02 EUR)

Die Kunden wissen, dass wir eine Nachbesichtigung vornehmen; sie sind
NICHT über den Verdacht gegen die Werkstatt informiert - bitte dazu keine
Äußerungen gegenüber den Kunden. Die Rechnungen und Fotos finden Sie im
Gutachterportal unter den Schadennummern.

Honorar gemäß Rahmenvereinbarung. Bericht bitte bis 08.11.2024.

Mit freundlichen Grüßen
Jens Wolter
Spezialermittler Kfz
Kompass Versicherung AG
"""
    msg = MSG(S("wolter"), A("Henning Lamprecht", "h.lamprecht@kroeger-lamprecht.example"),
              "Auftrag Nachbesichtigung KH 24-0418877 / VK 24-0431009", D(2024, 10, 15, 14, 40),
              T(body, charset="iso-8859-1"), cc=S("hollmann"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-assessor",
             "two named policyholders with addresses, phone numbers, plates and claim numbers sent to a motor assessor")


def m016():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 25.10.2024 auf einer Schulung und habe nur
eingeschränkt Zugriff auf meine E-Mails. In dringenden Kfz-Angelegenheiten
wenden Sie sich bitte an das Funktionspostfach
siu@kompass-versicherung.example oder an Frau Birgit Hollmann
(Tel. 040 7126-2240).

Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Jens Wolter
"""
    msg = MSG(S("wolter"), S("albers"), "Automatische Antwort: Einladung: Jour fixe Betrugsbekämpfung (monatlich)",
              D(2024, 10, 17, 10, 0, 14), T(body, charset="iso-8859-1"),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return R(msg, "NORMAL", "de", "internal", "trap: out-of-office auto-reply of an investigator")


def m017():
    complaint = """> From: Harriet Cole <harriet.cole@posteo-mail.example>
> Sent: 21 October 2024 22:17
> To: beschwerde@kompass-versicherung.example
> Subject: Complaint - claim HR-24-07980 - your "investigator"
>
> To whom it may concern,
>
> I reported a burglary at my flat (Eppendorfer Landstraße 51, 20249
> Hamburg, policy HR-5530-1178) on 3 September. Since then I have
> provided every receipt you asked for. Today my neighbour Mrs Brandes
> told me that a man "from the insurance" rang her doorbell and asked
> whether I really live there, whether I had "visitors at night" and
> whether she had seen me carry boxes out of the building.
>
> I find this outrageous. I have been your customer for eleven years and
> I am now being treated like a criminal in front of my neighbours.
> Nobody told me that you would be making such enquiries.
>
> I expect a written explanation and the immediate payment of my claim
> (EUR 6,240). Otherwise I will cancel all my policies and contact the
> ombudsman.
>
> Harriet Cole
> +49 151 2290 4417
"""
    body = """Lukas,

forwarding this from the complaints team. Did we instruct Argus to talk
to the neighbours in HR-24-07980? That is not in the order I signed. If
they did it on their own initiative we need to talk to them today.

Please call Ms Cole tomorrow morning, apologise for the way it happened
and explain what we still need. Draft the written answer for me, I will
sign it. Copy to Sebastian because of the neighbour contact.

Henrike

""" + complaint
    msg = MSG(S("albers"), S("brenner"), "FW: Complaint - claim HR-24-07980 - your \"investigator\"",
              D(2024, 10, 22, 8, 3), T(body), cc=S("quast"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "customer",
             "forwarded customer complaint: name, address, household policy and claim number, phone; no health")


def m018():
    csv_text = """Abfrage-ID;Anfragedatum;Person;Geburtsdatum;Trefferart;Sparte;Meldejahr;Merkmal;meldendes Unternehmen
ZIS-24-0988713;18.10.2024;Vogel, Tatjana;14.02.1985;Person;Hausrat;2019;Einbruchdiebstahl, Schaden > 5.000 EUR;U-0417
ZIS-24-0988713;18.10.2024;Vogel, Tatjana;14.02.1985;Person;Fahrrad;2021;Diebstahl E-Bike, Kaufbeleg nicht vorgelegt;U-0233
ZIS-24-0988713;18.10.2024;Vogel, Tatjana;14.02.1985;Anschrift;Hausrat;2023;Leitungswasser, Anschrift identisch;U-0417
"""
    body = """Hallo Lukas,

anbei das Ergebnis der ZIS-Abfrage zu HR 24-HR-07712 (CSV). Drei Treffer,
zwei davon beim selben Unternehmen. Anfrage beim meldenden Unternehmen
U-0417 wegen Details? Dann bräuchte ich noch die Einwilligung bzw. die
Begründung fürs Auskunftsersuchen.

LG Mareike
"""
    msg = MSG(S("sonntag"), S("brenner"), "ZIS-Ergebnis HR 24-HR-07712", D(2024, 10, 18, 11, 27),
              MIX(T(body), T(csv_text, charset="windows-1252", filename="ZIS_Abfrage_24-0988713.csv",
                            cte="quoted-printable")),
              mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "internal",
             "body harmless; CSV attachment: named person with birth date and prior household/bicycle claims from the tip-off database")


def m019():
    body = """Hallo Frank,

unten der Zwischenbericht von Argus zum E-Bike-Diebstahl Rahlf. Das
sieht nicht gut aus für den Kunden. Bitte noch KEINE Ablehnung und keine
Strafanzeige - ich will ihn erst befragen und ihm die Anzeige vorhalten.
Termin versuche ich für nächste Woche.

Lukas

-------- Weitergeleitete Nachricht --------
Betreff: Zwischenbericht Az. ARG-24-1462 / Ihr Zeichen FR 24-FR-00871
Datum: Mon, 28 Oct 2024 17:02:44 +0100
Von: Rolf Kemper <r.kemper@argus-ermittlungen.example>
An: siu@kompass-versicherung.example

Sehr geehrter Herr Brenner,

wie beauftragt haben wir offene Quellen zum Anspruchsteller Herrn Dennis
Rahlf, Heidkamp 44, 21079 Hamburg, ausgewertet.

1. Auf dem Kleinanzeigenportal "Marktplatz Nord" wurde am 14.10.2024
   unter dem Nutzernamen "rahlf_d" (Standort 21079 Hamburg) ein E-Bike
   "Cube Stereo Hybrid 140, Größe L, grau/orange, kaum gefahren" für
   3.450 EUR angeboten. Die Anzeige war am 19.10. nicht mehr abrufbar;
   Screenshots liegen bei.
2. Auf einem der Fotos ist die Rahmennummer teilweise lesbar:
   "WCU2 3…8817". Die in der Schadenanzeige angegebene Rahmennummer
   lautet WCU23418817.
3. Das Rad wurde laut Schadenanzeige am 30.09.2024 vor einem Fitness-
   studio in Harburg gestohlen.
4. Dasselbe Nutzerkonto bot im Juni ein weiteres Rad (Cube, blau) an.

Wir empfehlen, den Anspruchsteller mit den Screenshots zu konfrontieren.
Eine Testkauf-Kontaktaufnahme haben wir entsprechend Ihrer Leitlinie
nicht vorgenommen.

Mit freundlichen Grüßen
Rolf Kemper
Argus Ermittlungen GmbH
"""
    msg = MSG(S("brenner"), S("eilers"), "WG: Zwischenbericht Az. ARG-24-1462 / Ihr Zeichen FR 24-FR-00871",
              D(2024, 10, 29, 8, 51), T(body), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "investigator",
             "inline-forwarded detective report: named bicycle claimant, address, online sales of the reported stolen bike; no proceedings")


def m020():
    body = """Hallo Aylin,

ich brauche Eure Unterstützung bei einem Todesfall aus der
Risikolebensversicherung:

Vertrag:           RL-3318-2207, Beginn 01.02.2022, VS 350.000 EUR
Versicherte Person: Herr Werner Tjaden, geb. 22.08.1962
Bezugsberechtigt:  Ehefrau, Frau Irina Tjaden
Gemeldeter Tod:    14.08.2024 in Portimão (Portugal)
Todesursache lt. portugiesischer Sterbeurkunde: "enfarte agudo do
miocárdio" (akuter Herzinfarkt)

Auffälligkeiten:
- Tod 2,5 Jahre nach Vertragsbeginn, VS wurde 2023 von 150.000 auf
  350.000 EUR erhöht (Gesundheitsfragen damals alle verneint).
- Keine Obduktion, Einäscherung bereits am 16.08.2024 in Portugal.
- Die Sterbeurkunde ist von einem Arzt unterschrieben, den wir keiner
  Klinik zuordnen können; die angegebene Praxisanschrift ist ein
  Ferienapartment-Komplex.
- Laut Hausarzt in Hamburg (Auskunft vom 20.09.) keine bekannte
  Herzerkrankung, letzte Untersuchung 03/2024 "unauffällig, RR 128/82".
- Die Ehefrau hat den Leistungsantrag bereits am 19.08. gestellt und
  drängt auf Zahlung.

Ich würde gerne über Fiona bzw. die Gruppe einen Ermittler in Portugal
einschalten (Klinik-/Standesamtsprüfung, ggf. Einreise-/Ausreisedaten).
Können wir das im Jour fixe besprechen oder vorher kurz telefonieren?

Danke und Gruß
Stefan

Stefan Vogt
Leistung Leben/BU
"""
    msg = MSG(S("vogt"), S("karaca"), "RL-3318-2207 Todesfall Portugal - Bitte um SIU-Prüfung",
              D(2024, 10, 4, 16, 12), T(body, cte="base64"), cc=S("mcallister"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "life claim: named insured with birth date, cause of death, GP findings, blood pressure (base64 body)")


def m021():
    body = """Hallo ihr Lieben,

es ist wieder so weit: unsere SIU-Weihnachtsfeier!

Wann: Donnerstag, 12.12.2024, ab 18:30 Uhr
Wo:   Restaurant "Zum Lotsenhaus", Övelgönne (Fähre 62 bis Neumühlen)
Was:  Krimi-Dinner "Tod im Nachtzug" - wer ermittelt schneller, wir oder
      die Schauspieler? ;-)

Budget aus der Teamkasse: 45 EUR pro Person, Getränke darüber bitte
selbst. Das Menü gibt es auch vegetarisch/vegan.

Bitte bis 15.11. bei mir zusagen und mir Bescheid geben, falls ihr
Lebensmittelunverträglichkeiten oder Allergien habt, damit ich das an das
Restaurant weitergeben kann (nur die Info "ohne Nüsse" o. ä., keine
Details nötig!).

Partner/innen sind herzlich willkommen, bitte mit anmelden.

Liebe Grüße
Mareike
"""
    msg = MSG(S("sonntag"), S("alle"), "Save the date: SIU-Weihnachtsfeier mit Krimi-Dinner 🎄",
              D(2024, 10, 23, 13, 37), T(body, cte="8bit"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: team party invitation asking for allergies in general, no person's data")


def m022():
    body = """Sicherheitswarnung der IT-Sicherheit

Seit heute Morgen gehen vermehrt betrügerische E-Mails an Kolleginnen und
Kollegen sowie an Kundinnen und Kunden. Absender ist scheinbar
"Kompass Versicherung - Abteilung Betrugsbekämpfung", Betreff z. B.:

  "Ihr Schadenfall wurde an die Staatsanwaltschaft übergeben"
  "Letzte Mahnung: Rückforderung Krankentagegeld - Aktenzeichen prüfen"

Die Mails enthalten einen Link auf
https://kompass-versicherung-pruefung.example/akte und fordern zur Eingabe
der Kundennummer, des Geburtsdatums und der Bankverbindung auf.

Bitte:
- NICHT auf den Link klicken, keine Anhänge öffnen
- Mail über den Button "Phishing melden" in Outlook melden
- Kunden, die anrufen, beruhigen: Wir versenden keine Aktenzeichen der
  Staatsanwaltschaft per E-Mail und fragen niemals Bankdaten über Links ab.

Eine abgestimmte Antwort für die Kundenhotline folgt von der
Unternehmenskommunikation.

Ihre IT-Sicherheit
Kompass Versicherung AG
"""
    msg = MSG(A("IT-Sicherheit", "it-sicherheit@" + DOM), A("Alle Mitarbeitenden", "alle@" + DOM),
              "[WARNUNG] Phishing-Welle: angebliche Schreiben der Betrugsbekämpfung",
              D(2024, 9, 30, 9, 12), T(body), extra=[("Importance", "high")])
    return R(msg, "NORMAL", "de", "internal",
             "trap: phishing warning mentions prosecutor, daily allowance, birth date and bank data, no person")


def m023():
    log = """2024-10-24 08:14:02,113 INFO  [ui.DocumentPane] open case view (role=SIU_INV)
2024-10-24 08:14:05,870 INFO  [doc.Preview] request preview DOC-7781203 type=ARZTBERICHT mime=application/pdf size=1843221
2024-10-24 08:14:06,002 ERROR [doc.Preview] preview failed: PdfRenderException: unsupported encryption (AES-256, R6)
    at de.kompass.siucase.doc.PdfRenderer.render(PdfRenderer.java:211)
    at de.kompass.siucase.doc.Preview.load(Preview.java:88)
2024-10-24 08:14:09,447 INFO  [doc.Preview] request preview DOC-7781207 type=ARZTRECHNUNG mime=application/pdf size=402117
2024-10-24 08:14:09,590 ERROR [doc.Preview] preview failed: PdfRenderException: unsupported encryption (AES-256, R6)
2024-10-24 08:14:12,031 INFO  [doc.Preview] request preview DOC-7781190 type=FOTO mime=image/jpeg size=2210433
2024-10-24 08:14:12,244 INFO  [doc.Preview] ok (412 ms)
"""
    body = """Hallo Servicedesk,

seit dem Update gestern zeigt SIU-Case bei mir keine Vorschau mehr für
PDF-Anhänge vom Typ "Arztbericht" und "Arztrechnung" an (Fotos gehen).
Fehlermeldung: "Dokument kann nicht angezeigt werden". Betroffen sind
offenbar PDFs, die Praxen verschlüsselt über das Ärzteportal schicken.

Download und Öffnen im Acrobat funktioniert, aber dann liegt die Datei im
Download-Ordner, was wir aus Datenschutzgründen vermeiden sollen.

Log-Auszug anbei (keine Inhalte, nur Dokument-IDs).
Priorität bitte "hoch", wir arbeiten täglich damit.

Danke
Aylin Karaca
SIU, Raum 3.09, Tel. -2318
"""
    msg = MSG(S("karaca"), S("it"), "SIU-Case: Vorschau für Arztberichte funktioniert nicht",
              D(2024, 10, 24, 8, 22),
              MIX(T(body), T(log, charset="us-ascii", cte="7bit", filename="siucase_client.log")),
              mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: IT ticket about medical report previews, log with document IDs only")


def m024():
    body = """Notes - group call "Rules library health", 22 Oct 2024
Teilnehmer: Fiona (Lead), Tobias, Aylin, Nadine; Group: Pieter (NL), Marta (AT)

1. Status
   - DE hat 38 Regeln produktiv, NL 22, AT 17. Overlap ca. 60 %.
   - Agreement: one shared library, local parameters only.

2. ICD-based rules - Diskussion
   - R-H12 "long sick leave with back pain": ICD M54.x als Haupt-
     diagnose + Krankentagegeld > 180 Tage + Selbständige -> +15 points.
     NL says too many false positives, DE hit rate 14 %. Keep, review Q1.
   - R-H17 "psych diagnosis after contract change": F32.x/F33.x/F43.x
     innerhalb 6 Monate nach Tariferhöhung -> +10. Marta: legally
     sensitive in AT, rule must not lead to automatic decline. Agreed:
     score only, human review mandatory (ist bei uns eh so).
   - R-H21 "repeated meniscus surgery abroad": S83.2 + OPS 5-812.x
     zweimal in 24 Monaten, Rechnung aus Nicht-EU-Land. New, DE to pilot.

3. Data protection
   - Rule descriptions may be shared in the group, case data NOT.
   - Sebastian will check whether a joint controllership agreement is
     needed for the shared library (probably not, since no personal data).

4. Next call: 19 Nov, Tobias prepares hit-rate comparison (aggregated).

Action items
   [Tobias] hit rates per rule, last 12 months, aggregated
   [Fiona]  draft governance paper "shared rules library"
   [Aylin]  feedback from investigators on R-H17 (Einzelfälle NICHT mailen)
"""
    msg = MSG(S("mcallister"), [S("reinhardt"), S("karaca"), S("roth")],
              "Notes: group call rules library health / Protokoll", D(2024, 10, 22, 17, 5),
              T(body, cte="8bit"), cc=S("quast"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "mixed", "internal",
             "trap: bilingual minutes with ICD codes, OPS codes and scoring rules, no person")


def m025():
    body = """Dear Mr Doyle,

Your travel insurance claim RG-24-03391 - suitcase lost on 7 August 2024

Thank you for the documents you have sent so far. Because of the value
of the items listed (EUR 7,912 in total, including a watch and two
designer handbags), our claims guidelines require a personal interview
before we can take a decision. This is a standard step for claims of this
size and does not mean that we doubt your account.

We would like to invite you to a video interview in English:

  Date:  Tuesday, 12 November 2024, 3 p.m. (CET)
  Link:  https://meet.kompass-versicherung.example/j/7741-0925
  Duration: about 45 minutes

Please have the following ready:
  - the original receipts or bank/credit card statements for the watch
    and the two handbags
  - the Property Irregularity Report from the airline (original)
  - your boarding passes Hamburg - Dublin of 7 August 2024

With your consent the interview will be recorded so that we do not have
to take extensive notes; you will receive a written summary. You may
bring a person of your choice (e.g. a family member or a lawyer).

If the date does not suit you, please suggest two alternatives.

Yours sincerely

Lukas Brenner
Special Investigations
Kompass Versicherung AG
Kompasshof 1, 20459 Hamburg, Germany
"""
    msg = MSG(S("brenner"), A("Kieran Doyle", "kieran.doyle@inbox-mail.example"),
              "Your claim RG-24-03391 - invitation to an interview", D(2024, 10, 29, 10, 5),
              T(body, charset="us-ascii", cte="7bit"), cc=S("reise"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "insurer-to-customer",
             "named customer with travel baggage claim number and claimed items; no health content")


def m026():
    pdf = PDF([["# ARGUS ERMITTLUNGEN GMBH - Observationsbericht",
                "Az. ARG-24-1398 | Auftraggeber: Kompass Versicherung AG, SIU | Ihr Zeichen: PT 24-PT-00188",
                "Zielperson: Frau Gisela Ahrens, geb. 11.04.1956, Kirchenweg 8, 21465 Reinbek",
                "Auftrag vom 16.09.2024, freigegeben durch Leitung SIU und Datenschutz (Pflegetagegeld)",
                "Beobachtungstage: 23.09., 26.09., 01.10., 04.10.2024 (je 07:30-18:00 Uhr)",
                "",
                "# Ausgangslage laut Auftrag",
                "Pflegegrad 3 seit 01.03.2024 (Gutachten: ausgeprägte Gangunsicherheit nach Schlaganfall",
                "im Januar 2024, Hemiparese links, Rollator innerhalb und außerhalb der Wohnung, Hilfe beim",
                "Einkaufen und bei der Körperpflege durch die Tochter). Pflegetagegeld 1.800 EUR monatlich.",
                "",
                "# Feststellungen",
                "23.09. 09:12 Zielperson verlässt das Haus ohne Rollator, steigt in Pkw VW Polo (OD-GA 56)",
                "       auf der Fahrerseite ein und fährt allein zum Supermarkt, Einkauf ca. 25 Min.",
                "       Trägt zwei volle Einkaufstaschen zum Fahrzeug, Gang unauffällig.",
                "26.09. 14:40 Gartenarbeit vor dem Haus (Laub rechen, ca. 40 Min.), keine Hilfsperson.",
                "01.10. keine Aktivität außer Haus feststellbar. Tochter besucht 17:10-17:45.",
                "04.10. 10:05 Fahrt mit Pkw zu Physiotherapiepraxis in Reinbek; Zielperson benutzt beim",
                "       Betreten der Praxis einen Gehstock, beim Verlassen trägt sie ihn unter dem Arm.",
                "",
                "# Bewertung",
                "Die festgestellten Tätigkeiten (selbständiges Autofahren, Tragen von Lasten, Gartenarbeit)",
                "stehen im Widerspruch zu der im Pflegegutachten beschriebenen Mobilität. Eine medizinische",
                "Bewertung steht uns nicht zu. Videomaterial (4 Sequenzen, 19 Min.) auf gesichertem Server."],
               ["# Anlagen",
                "Fotodokumentation (12 Bilder), Dritte unkenntlich gemacht",
                "Zeitprotokoll der Beobachtungstage",
                "",
                "Reinbek/Hamburg, 08.10.2024",
                "Rolf Kemper, Argus Ermittlungen GmbH"]],
              title="Observationsbericht ARG-24-1398", date="20241008170000")
    body = """Hallo Nadine,

der Bericht der Detektei zu PT 24-PT-00188 ist da (Anlage). Wie besprochen
würde ich jetzt eine Nachbegutachtung durch den MD-Vertragsgutachter
beauftragen und ihm das Material zur Verfügung stellen. Pflegetagegeld
ab November unter Vorbehalt?

Gruß
Aylin
"""
    msg = MSG(S("karaca"), S("roth"), "WG: Observationsbericht ARG-24-1398", D(2024, 10, 9, 8, 30),
              MIX(T(body), ATT("ARG-24-1398_Observationsbericht.pdf", pdf, CT_PDF)), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "investigator",
             "detective report PDF: named insured with birth date, care level 3, stroke, hemiparesis, physiotherapy")


def m027():
    text = """SIU INSIGHTS #7 - October 2024
Kompass Versicherung AG - Special Investigations Unit

1. Numbers of the quarter (Q3 2024, Germany)
   Referrals to SIU: 1,184 (+9 % vs Q2)
   Confirmed fraud or abuse: 297 cases
   Savings (claims not paid or recovered): EUR 4.1 m
   Share by line: motor 41 %, property 27 %, health 14 %, travel 9 %,
   life/disability 5 %, accident 4 %

2. Trend: forged medical invoices in travel health
   Since spring we have seen invoices from clinics abroad that the
   clinics never issued. Typical signs: round amounts, diagnosis and
   treatment do not match the length of stay, stamps in the wrong
   colour. Tip: always verify directly with the clinic, never via the
   phone number on the invoice.

3. Trend: "ghost" physiotherapy sessions
   Prescriptions for 10 sessions, invoices for 20. The data team now
   compares prescription and invoice counts automatically.

4. Good to know
   Under § 213 VVG we must inform the insured before each request to a
   doctor - the new letter template is in the template library.

5. Dates
   19 Nov - group call rules library
   3 Dec - webinar "Interviewing vulnerable claimants" (in English)

Questions or ideas: siu@kompass-versicherung.example
"""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>SIU Insights #7</title></head>
<body style="margin:0;background:#eef2f5;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" style="background:#ffffff" cellpadding="16">
<tr><td style="background:#0b3d5c;color:#fff"><h1 style="margin:0;font-size:22px">SIU INSIGHTS #7</h1>
<span style="font-size:13px">October 2024 &middot; Kompass Versicherung AG &middot; Special Investigations Unit</span></td></tr>
<tr><td><h2 style="font-size:17px;color:#0b3d5c">1. Numbers of the quarter (Q3 2024, Germany)</h2>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td>Referrals to SIU</td><td align="right"><b>1,184</b> (+9&nbsp;% vs Q2)</td></tr>
<tr><td>Confirmed fraud or abuse</td><td align="right"><b>297</b></td></tr>
<tr><td>Savings</td><td align="right"><b>EUR 4.1&nbsp;m</b></td></tr>
<tr><td>Share by line</td><td>motor 41&nbsp;%, property 27&nbsp;%, health 14&nbsp;%, travel 9&nbsp;%, life/disability 5&nbsp;%, accident 4&nbsp;%</td></tr>
</table>
<h2 style="font-size:17px;color:#0b3d5c">2. Trend: forged medical invoices in travel health</h2>
<p style="font-size:14px">Since spring we have seen invoices from clinics abroad that the clinics never issued.
Typical signs: round amounts, diagnosis and treatment do not match the length of stay, stamps in the wrong colour.
Tip: always verify directly with the clinic, never via the phone number on the invoice.</p>
<h2 style="font-size:17px;color:#0b3d5c">3. Trend: &quot;ghost&quot; physiotherapy sessions</h2>
<p style="font-size:14px">Prescriptions for 10 sessions, invoices for 20. The data team now compares prescription and invoice counts automatically.</p>
<h2 style="font-size:17px;color:#0b3d5c">4. Good to know</h2>
<p style="font-size:14px">Under &sect;&nbsp;213 VVG we must inform the insured before each request to a doctor - the new letter template is in the template library.</p>
<h2 style="font-size:17px;color:#0b3d5c">5. Dates</h2>
<ul style="font-size:14px"><li>19 Nov - group call rules library</li><li>3 Dec - webinar &quot;Interviewing vulnerable claimants&quot; (in English)</li></ul>
<p style="font-size:12px;color:#666">Questions or ideas: <a href="mailto:siu@kompass-versicherung.example">siu@kompass-versicherung.example</a></p>
</td></tr></table></td></tr></table></body></html>
"""
    msg = MSG(A("SIU Insights", "siu@" + DOM), A("Kompass Group Fraud Network", "fraud-network@kompass-group.example"),
              "SIU Insights #7 - forged clinic invoices, ghost physio sessions", D(2024, 10, 25, 7, 30),
              ALT(text, html), extra=[("List-Id", "SIU Insights <siu-insights.kompass-versicherung.example>"),
                                      ("Precedence", "bulk")])
    return R(msg, "NORMAL", "en", "newsletter",
             "trap: SIU newsletter with fraud statistics by line and medical invoice trends, no person")


def m028():
    body = """Dear Ms Herrera,

Travel health claim 24-RK-02291 - forged hospital invoice, Fuerteventura

Thank you for agreeing on the phone to act for us. As discussed, we would
like your advice on (a) filing a criminal complaint in Spain for forgery
of a private/commercial document and (b) whether a complaint in Germany
(fraud, § 263 German Criminal Code) is preferable because the insured
lives in Hamburg. Civil recovery is not an issue yet as we have not paid.

The facts in short:

  Insured:   Mr Marcel Brückner, born 19/05/1988, Bahrenfelder Chaussee 140,
             22761 Hamburg; travel health policy RK-5521-0381
  Claim:     submitted 02/09/2024 for EUR 14,600.00
  Alleged:   inpatient stay 15-21/07/2024 at Clínica Costa Serena,
             diagnosis "acute pancreatitis (K85.9)", invoice 2024/11873
  Actual:    according to the clinic's medical director (letter of
             08/10/2024, attached) one outpatient visit on 14/07/2024 for a
             sprained right ankle (S93.4), EUR 180, paid by the insured
             himself; invoice 2024/11873 not issued by the clinic

Attached:
  1. claim form and the invoice submitted by Mr Brückner (PDF)
  2. the clinic's letter of 08/10/2024
  3. the insured's consent to obtain information from the clinic

Please note that the documents contain health data; they are sent to you
as our counsel under professional secrecy and only for this mandate.

Could you give us a first assessment by 15 November? Your fee proposal
of 28 October is accepted.

Kind regards

Aylin Karaca
Special Investigations - Personal Lines
Kompass Versicherung AG
Hamburg, Germany
Phone +49 40 7126-2318
"""
    msg = MSG(S("karaca"), A("María Herrera", "m.herrera@herrera-abogados.example"),
              "Kompass / Brückner - forged invoice - instruction", D(2024, 10, 30, 11, 40),
              T(body), cc=S("maas"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "instruction to counsel for a criminal complaint: named insured, birth date, diagnoses K85.9 and S93.4")


def m029():
    docx = DOCX([("h", "Information nach Art. 14 DSGVO - Meldung an das Hinweissystem (Vorlage)"),
                 "«Anrede» «Vorname» «Nachname»",
                 "«Straße» «Hausnummer»",
                 "«PLZ» «Ort»",
                 "",
                 "Ihr Schaden «Schadennummer» vom «Schadendatum»",
                 "",
                 "«Briefanrede»,",
                 "wir informieren Sie darüber, dass wir am «Datum der Einmeldung» Angaben zu Ihrer Person und "
                 "zu dem oben genannten Schaden an das Hinweis- und Informationssystem ZIS der Infodat "
                 "Assekuranz Services GmbH übermittelt haben.",
                 ("b", "Welche Daten wurden gemeldet?"),
                 "Name, Vorname, Geburtsdatum, Anschrift, Schadennummer, Sparte, Meldegrund «Meldegrund aus Katalog».",
                 ("b", "Warum?"),
                 "Die Meldung dient der Aufdeckung und Verhinderung von Versicherungsmissbrauch "
                 "(Art. 6 Abs. 1 lit. f DSGVO). Es werden keine Gesundheitsdaten gemeldet.",
                 ("b", "Wie lange?"),
                 "Die Daten werden im ZIS nach Ablauf des vierten Kalenderjahres nach der Meldung gelöscht.",
                 ("b", "Ihre Rechte"),
                 "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Widerspruch. Wenden Sie sich dazu an "
                 "datenschutz@kompass-versicherung.example oder direkt an die Infodat Assekuranz Services GmbH.",
                 "",
                 "Mit freundlichen Grüßen",
                 "«Sachbearbeiter/in»"], title="Vorlage Art. 14 ZIS")
    body = """Hallo Henrike,

anbei die überarbeitete Vorlage für die Information der Betroffenen bei
Einmeldung in das ZIS. Änderungen: Löschfrist aktualisiert, Hinweis
"keine Gesundheitsdaten" ergänzt, Kontakt zur Infodat ergänzt.

Bitte in die Vorlagenbibliothek übernehmen und die alte Version (v3)
sperren. Die Platzhalter sind mit den Feldern im SIU-Case abgestimmt.

Viele Grüße
Sebastian Quast
Datenschutzbeauftragter
"""
    msg = MSG(S("quast"), S("albers"), "Vorlage Art. 14-Information ZIS-Einmeldung v4",
              D(2024, 9, 26, 15, 9), MIX(T(body), ATT("Vorlage_Art14_ZIS_v4.docx", docx, CT_DOCX)),
              cc=S("sonntag"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: DOCX letter template with «placeholders» for name, birth date and claim number")


def m030():
    pdf = PDF(["# LLANDAFF ROAD SURGERY - Summary of medical records",
               "Patient: Mr Gareth Pryce   DOB: 30/01/1976   NHS no. 943 118 2207",
               "Address: 17 Romilly Crescent, Cardiff (registered since 02/2023)",
               "Prepared at the request of Kompass Versicherung AG, consent dated 12/09/2024",
               "",
               "# Problem list",
               "M17.1  Primary osteoarthritis of the knee, bilateral (coded 02/2023 from German records)",
               "E66.0  Obesity, BMI 33",
               "I10    Essential hypertension - ramipril 5 mg od",
               "",
               "# Relevant history (from records transferred from Germany, translated summary)",
               "06/2019  Orthopaedic consultation Hamburg: knee pain both sides, X-ray: joint space",
               "         narrowing medial compartment, Kellgren-Lawrence grade 2",
               "09/2019  Intra-articular steroid injection right knee",
               "03/2020  Second injection, physiotherapy 12 sessions",
               "11/2021  MRI left knee: degenerative meniscal tear",
               "",
               "# Since registration",
               "04/2023  Reviewed, walking limited to ~500 m, referred to orthopaedics",
               "01/2024  Orthopaedic opinion: candidate for total knee replacement, right",
               "",
               "Dr Rhiannon Evans, MRCGP - 04/10/2024"], title="Summary of records - G Pryce", date="20241004120000")
    body = """Aylin,

the GP in Cardiff has answered (see below and the attached summary).
Please note the 2019 entries: knee OA treated with injections in 2019
and 2020. Mr Pryce signed the BU application on 15 July 2020 and answered
the question on joint disorders / treatment in the last 5 years with
"no". Looks like a clear non-disclosure case to me. Can you check whether
the Hamburg orthopaedist is the same one mentioned in the claim?

Stefan

-----Original Message-----
From: Dr Rhiannon Evans <r.evans@llandaffroad-surgery.example>
Sent: 04 October 2024 12:31
To: Stefan Vogt <stefan.vogt@kompass-versicherung.example>
Subject: RE: Mr Gareth Pryce, DOB 30/01/1976 - request for information

Dear Mr Vogt,

please find attached the summary you requested, limited to the questions
in your letter of 16 September. Our fee of GBP 85 will be invoiced
separately.

Kind regards
Dr Rhiannon Evans
Llandaff Road Surgery, Cardiff
"""
    msg = MSG(S("vogt"), S("karaca"), "FW: Mr Gareth Pryce, DOB 30/01/1976 - request for information",
              D(2024, 10, 4, 15, 2), MIX(T(body), ATT("Pryce_G_records_summary.pdf", pdf, CT_PDF)),
              mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "doctor",
             "forwarded GP reply with PDF: named patient, DOB, knee osteoarthritis M17.1, injections, hypertension")


def m031():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10.5pt;color:#222">
<p><img alt="Kompass Versicherung" src="https://www.kompass-versicherung.example/img/logo-mail.png" width="180"></p>
<p>Sehr geehrte Frau Vogel,</p>
<p><b>Ihr Hausratschaden 24-HR-07712 vom 06.10.2024 &ndash; Einladung zu einem persönlichen Gespräch</b></p>
<p>vielen Dank für Ihre Schadenanzeige zum Einbruch in Ihre Wohnung in der Stresemannallee&nbsp;23,
22529 Hamburg (Hausratversicherung HR-6610-4482).</p>
<p>Um den Schaden abschließend bearbeiten zu können, möchten wir einige Punkte mit Ihnen persönlich besprechen,
insbesondere den Ablauf des Abends, die Sicherung der Wohnungstür und die Herkunft einzelner Gegenstände auf
Ihrer Stehlgutliste. Wir schlagen folgenden Termin vor:</p>
<table cellpadding="4" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td style="border:1px solid #ccc"><b>Datum</b></td><td style="border:1px solid #ccc">Mittwoch, 06.11.2024, 14:00 Uhr</td></tr>
<tr><td style="border:1px solid #ccc"><b>Ort</b></td><td style="border:1px solid #ccc">Kompass Versicherung AG, Kompasshof 1, 20459 Hamburg, Empfang Haus B</td></tr>
<tr><td style="border:1px solid #ccc"><b>Dauer</b></td><td style="border:1px solid #ccc">ca. 1 Stunde</td></tr>
</table>
<p>Bitte bringen Sie mit:</p>
<ul>
<li>Ihren Personalausweis,</li>
<li>Kaufbelege, Garantiekarten oder Fotos der als gestohlen gemeldeten Gegenstände,</li>
<li>die Bescheinigung der Polizei über Ihre Anzeige (Tagebuchnummer) und die Stehlgutliste, die Sie der Polizei übergeben haben.</li>
</ul>
<p>Sie können gerne eine Person Ihres Vertrauens mitbringen. Falls der Termin nicht passt, rufen Sie uns bitte an
(040 7126-2305) &ndash; wir finden gemeinsam einen anderen.</p>
<p>Mit freundlichen Grüßen</p>
<p>Lukas Brenner<br>Spezialermittlung Sach/Haftpflicht<br>Kompass Versicherung AG</p>
<p style="font-size:8pt;color:#777">Kompass Versicherung AG &middot; Sitz Hamburg &middot; Amtsgericht Hamburg HRB 99126</p>
</body></html>
"""
    msg = MSG(S("brenner"), A("Tatjana Vogel", "t.vogel84@webpost.example"),
              "Ihr Hausratschaden 24-HR-07712 - Einladung zum Gespräch", D(2024, 10, 23, 9, 41),
              H(html), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-customer",
             "HTML-only letter: named customer, insured address, household policy and claim number; no health")


def m032():
    body = """Sehr geehrter Herr Kemper,

die Verlängerung des Rahmenvertrags "Ermittlungsdienstleistungen" für
2025 ist intern freigegeben. Die Konditionen aus Ihrem Angebot vom
02.09.2024 übernehmen wir wie folgt:

  Tagessatz Ermittler (bis 10 Std.)          890,00 EUR
  Stundensatz Recherche/Bericht              78,00 EUR
  Kilometerpauschale                          0,45 EUR
  Auslandseinsätze                     nach Einzelangebot
  Zahlungsziel                          30 Tage netto

Rechnungen bitte weiterhin ausschließlich an
rechnungseingang@kompass-versicherung.example, je Auftrag eine Rechnung
mit unserer Bestellnummer (4500-SIU-...). Auf Ihrer Rechnung bitte
keine Namen von Zielpersonen, nur unser Aktenzeichen.

Wir überweisen wie bisher auf Ihr Geschäftskonto:
  Argus Ermittlungen GmbH
  IBAN """ + iban("DE", "200505500412873309") + """

Der Vertrag über die Auftragsverarbeitung (Stand 2023) gilt unverändert
fort; bitte senden Sie uns bis 30.11. den aktuellen Nachweis Ihrer
Zulassung nach § 34a GewO und die Versicherungsbestätigung Ihrer
Berufshaftpflicht.

Den unterschriebenen Vertrag erhalten Sie per Post.

Mit freundlichen Grüßen
Gesa Haferkamp
Einkauf / Dienstleistersteuerung
Kompass Versicherung AG
"""
    msg = MSG(S("haferkamp"), A("Rolf Kemper", "r.kemper@argus-ermittlungen.example"),
              "Rahmenvertrag Ermittlungsdienstleistungen 2025", D(2024, 10, 11, 14, 18),
              T(body), cc=S("albers"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "insurer-to-supplier",
             "trap: framework contract with day rates and the detective agency's company IBAN (a GmbH), no natural person's data")


def m033():
    body = """Sehr geehrter Herr Schomaker,

Ihre Unfallversicherung UV-2090-1147 - Unfall vom 12.05.2024

wir bearbeiten Ihren Antrag auf Invaliditätsleistung. Nach dem Gutachten
von Dr. Halbe vom 02.09.2024 besteht nach der Patellafraktur links eine
Bewegungseinschränkung des Kniegelenks (Beugung bis 95 Grad), die der
Gutachter mit 3/20 Beinwert bewertet. Sie beantragen darüber hinaus eine
Leistung für Beschwerden an der Lendenwirbelsäule, die Sie ebenfalls auf
den Sturz zurückführen.

Bevor wir entscheiden, möchten wir einige Widersprüche mit Ihnen klären.
Wir laden Sie daher zu einem Gespräch ein, alternativ telefonisch:

  Donnerstag, 07.11.2024, 10:30 Uhr, oder
  Freitag, 08.11.2024, 13:00 Uhr

Folgende Punkte möchten wir besprechen:

1. In der Unfallanzeige gaben Sie an, auf dem Heimweg von der Arbeit mit
   dem Fahrrad gestürzt zu sein. Die Notaufnahme hat als Unfallhergang
   "Sturz beim Fußballspiel" dokumentiert.
2. In den Unterlagen Ihrer Krankenkasse, die Sie uns übersandt haben,
   ist eine Behandlung wegen Lumbago bereits im Februar 2024 vermerkt.
3. Sie sind laut Vereinsseite des SV Grün-Weiß Ahrensburg seit
   September wieder als Trainer der Altherren-Mannschaft aktiv.

Bitte bestätigen Sie uns einen der Termine. Sie können eine Vertrauens-
person mitbringen. Eine Aufzeichnung erfolgt nur mit Ihrem
Einverständnis.

Mit freundlichen Grüßen

Aylin Karaca
Spezialermittlung Personenversicherung
Kompass Versicherung AG
Tel. 040 7126-2318
"""
    msg = MSG(S("karaca"), A("Bernd Schomaker", "b.schomaker@kabelpost.example"),
              "Ihre Unfallversicherung UV-2090-1147 - Gesprächstermin", D(2024, 10, 24, 14, 2),
              T(body, charset="windows-1252"), cc=S("unfall"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "accident insurance: named customer, patella fracture, knee function, lumbago, medical expert opinion")


def m034():
    body = """Dear Chief Inspector Halvorsen, dear Ms Rautio,

on behalf of the whole team, thank you very much for travelling to
Hamburg and for the excellent workshop on staged and induced accidents
last Thursday. The feedback from our motor claims handlers was
unanimous: the most practical session we have had in years.

Three things we are taking home:

1. The checklist "first 48 hours" for suspicious multi-vehicle
   collisions - we will include it in our claims handling manual.
2. Your advice to report networks (vehicles, addresses, phone numbers
   that recur) early and in a structured form rather than individual
   cases late.
3. The contact channel via the national fraud desk for cross-border
   cases.

As agreed, we will send you our anonymised statistics on induced
accidents in Q4 and suggest a follow-up video call in February.

Kind regards, and safe travels back to Edinburgh and Helsinki

Henrike Albers
Head of Special Investigations
Kompass Versicherung AG, Hamburg
"""
    msg = MSG(S("albers"), [A("Mark Halvorsen", "m.halvorsen@economic-crime-unit.example"),
                            A("Sanna Rautio", "sanna.rautio@fraud-desk-fi.example")],
              "Thank you - workshop on staged accidents, 17 October", D(2024, 10, 21, 16, 45),
              T(body, charset="us-ascii", cte="7bit"), cc=S("wolter"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "insurer-to-partner",
             "trap: thank-you to police officials in their professional role, no case or person data")


def m035():
    body = """Dear Rajiv,

thanks for your call this morning. As promised, a short written summary
of where we stand with the cargo claim of your client.

  Assured:        Elbtrade Electronics GmbH, Hamburg
  Contact:        Mr Kevin Strauß, managing director
                  (+49 40 3344 7120, k.strauss@elbtrade.example)
  Policy:         open cargo policy TR-OC-2023-0418
  Claim:          TR 24-TR-00219, reported 03/09/2024
  Shipment:       1,200 smartphones, container KMPU 441207-3,
                  Hamburg - Jebel Ali, B/L HAMJEA-2024-08871
  Claimed loss:   USD 412,800 (container arrived with intact seal,
                  cartons filled with tiles)

Before we can accept the claim, our investigators need:

  1. high-resolution photos of the seal at arrival and the seal
     number recorded at stuffing in Hamburg (packing list, VGM)
  2. the CCTV footage of the stuffing at the Hamburg warehouse
     (Mr Strauß said it exists)
  3. the name of the haulier who moved the container to the terminal
  4. the sales contract with the buyer in Dubai and proof of payment

We have also asked the surveyor in Jebel Ali for his weighbridge
records. There is a significant weight discrepancy between the
VGM declaration and the terminal weighing.

Nothing is decided yet - please manage your client's expectations
accordingly. Happy to talk again next week.

Best regards
Lukas

Lukas Brenner
Special Investigations, Property / Marine
Kompass Versicherung AG, Hamburg
"""
    msg = MSG(S("brenner"), A("Rajiv Menon", "rajiv.menon@gulfmarine-brokers.example"),
              "Cargo claim TR 24-TR-00219 / Elbtrade - open points", D(2024, 10, 3, 12, 20),
              T(body), cc=S("sach"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "insurer-to-broker",
             "commercial cargo claim: company policyholder with named managing director, phone and e-mail, policy and claim numbers")


def m036():
    body = """Deniz,

FYI - Halbrook's findings on the Doyle baggage claim (RG-24-03391).
The two handbag receipts do not exist in the store's system. I'll use
this in the interview on 12 November. No action needed from you yet.

Lukas

> From: Graham Pike <g.pike@halbrook.example>
> Sent: Monday, 4 November 2024 18:12
> To: Lukas Brenner <lukas.brenner@kompass-versicherung.example>
> Subject: Your ref RG-24-03391 - receipt verification
>
> Lukas,
>
> we have completed the verification you asked for.
>
> Subject: Mr Kieran Doyle, 22 Fairview Strand, Dublin 3 (Irish
> address used on the receipts), German address on your file.
>
> 1. Knightsford & Co., Brompton Road, London - receipts no.
>    KN-8820714 (EUR 2,350) and KN-8820715 (EUR 1,980), both dated
>    28/05/2024. The store's loss-prevention manager confirmed in
>    writing that neither number exists in their till system. Their
>    numbering on that date was in the range KN-7730xxx.
> 2. The watch (Tissot, EUR 1,450) - receipt from a Dublin jeweller is
>    genuine; purchase confirmed, paid by debit card, 2021.
> 3. The Fairview Strand address is a rented room; the landlady says
>    Mr Doyle moved out in 2022 but "still gets post here".
>
> Invoice follows separately. Happy to provide a witness statement if
> needed.
>
> Best
> Graham
>
> Graham Pike
> Halbrook Investigations Ltd, London
"""
    msg = MSG(S("brenner"), S("yildiz"), "FW: Your ref RG-24-03391 - receipt verification",
              D(2024, 11, 5, 8, 14), T(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "investigator",
             "quoted investigator report: named claimant, addresses, non-existent receipts in a baggage claim; no health")


def m037():
    body = """Hallo Frau Dr. Maas,

unten die Mitteilung der Polizei zum Audi Q5 (VK 24-0433870, Kühl).
Bitte um kurze Rückmeldung, ob wir die Schadenakte in Kopie herausgeben
dürfen oder ob das über die Staatsanwaltschaft laufen muss. Die Zahlung
ist gestoppt, der Leasinggeber ist informiert.

Gruß
Jens Wolter

----- Weitergeleitet von Jens Wolter -----
Von: LKA 54 Betrug <lka54.betrug@polizei-hamburg.example>
Datum: 06.11.2024 11:48
Betreff: Ermittlungsverfahren 54/2024/118736 - Ihr Schaden VK 24-0433870

Sehr geehrte Damen und Herren,

bei der hiesigen Dienststelle wird gegen

  Herrn Matthias Kühl, geb. 03.12.1987, wohnhaft Ohlsdorfer Weg 3,
  22337 Hamburg

ein Ermittlungsverfahren wegen des Verdachts des Vortäuschens einer
Straftat (§ 145d StGB) und des versuchten Betruges zum Nachteil Ihres
Hauses (§§ 263, 22 StGB) geführt (StA Hamburg, Az. 6102 Js 448/24).

Das von Herrn Kühl am 09.10.2024 als gestohlen gemeldete Fahrzeug Audi
Q5, HH-MK 4410, wurde am 31.10.2024 in einer angemieteten Halle in
Buchholz i. d. N. in teilzerlegtem Zustand aufgefunden. Mieter der Halle
ist ein Bekannter des Beschuldigten.

Wir bitten um Übersendung einer Kopie der Schadenakte einschließlich
Schadenanzeige, Schlüsselübergabe und Korrespondenz sowie um Benennung
eines Ansprechpartners für eine Zeugenvernehmung.

Mit freundlichen Grüßen
i. A. Pauls, KOK
Landeskriminalamt Hamburg, LKA 54
"""
    msg = MSG(S("wolter"), S("maas"), "WG: Ermittlungsverfahren 54/2024/118736 - Ihr Schaden VK 24-0433870",
              D(2024, 11, 6, 13, 5), T(body, cte="8bit"), cc=S("albers"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "authority",
             "forwarded police notice of criminal investigation against a named person with birth date (Art. 10 data)")


def m038():
    body = """Sehr geehrte Frau Janssen, sehr geehrter Herr Janssen,

Ihre Reiserücktrittsversicherung RR-8812-3306 - Stornierung der Reise
nach Mauritius (Reisezeitraum 02.-16.11.2024), Schaden 24-RR-01744

Sie haben die Reise am 18.09.2024 storniert und als Grund den
unerwarteten Verlust des Arbeitsplatzes von Herrn Janssen angegeben. Die
Stornokosten betragen laut Rechnung des Reiseveranstalters 6.870,00 EUR.

Der Verlust des Arbeitsplatzes durch eine betriebsbedingte Kündigung des
Arbeitgebers ist nach Ihren Versicherungsbedingungen versichert. Damit
wir den Anspruch prüfen können, benötigen wir noch:

1. das Kündigungsschreiben des Arbeitgebers (Kopie, alle Seiten),
2. eine Bestätigung des Arbeitgebers, dass es sich um eine betriebs-
   bedingte Kündigung handelt und wann sie ausgesprochen wurde,
3. den Nachweis der Arbeitslosmeldung bei der Agentur für Arbeit,
4. die Buchungsbestätigung mit Buchungsdatum.

Hinweis: In den bisher eingereichten Unterlagen ist als Datum der
Kündigung der 16.09.2024 genannt, die Buchungsbestätigung trägt das
Datum 17.09.2024. Bitte erläutern Sie uns diesen zeitlichen Ablauf.

Wir bitten um Zusendung bis zum 15.11.2024.

Mit freundlichen Grüßen

Deniz Yıldız
Reiseschaden
in Abstimmung mit der Spezialermittlung
Kompass Versicherung AG
"""
    msg = MSG(S("yildiz"), A("Familie Janssen", "janssen.familie@nordmail.example"),
              "Ihre Reiserücktrittsversicherung RR-8812-3306 - fehlende Unterlagen",
              D(2024, 10, 28, 11, 35), T(body, cte="8bit"), cc=S("brenner"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-customer",
             "travel cancellation because of job loss: named customers, policy and claim numbers, employment facts; no health")


def m039():
    body = """Sehr geehrte Damen und Herren,

hiermit beauftragen wir die Abholung und Vernichtung folgender
Unterlagen/Datenträger (Bestellnummer 4500-SIU-24-0117):

  Pos. 1  40 Aktenordner, abgeschlossene Ermittlungsakten 2017/2018
          (Löschfrist abgelaufen), Schutzklasse 3
          Vernichtung nach DIN 66399, Sicherheitsstufe P-4
  Pos. 2  12 USB-Sticks und 3 externe Festplatten mit Bild- und
          Videomaterial, Schutzklasse 3, Sicherheitsstufe H-5 / E-4
  Pos. 3  2 verschlossene Datenschutztonnen (240 l), Büro 3.05

Abholung: Dienstag, 19.11.2024, zwischen 8 und 10 Uhr, Anlieferzone
Haus B, Ansprechpartnerin vor Ort: Frau Sonntag (040 7126-2301).

Bitte bringen Sie einen verschließbaren Sicherheitsbehälter mit und
stellen Sie uns nach Vernichtung ein Vernichtungsprotokoll mit
Seriennummern der Datenträger aus. Der Transport muss ohne
Zwischenlagerung erfolgen.

Abrechnung gemäß Preisliste 2024 an unser Funktionspostfach
rechnungseingang@kompass-versicherung.example.

Mit freundlichen Grüßen
Gesa Haferkamp
Einkauf
"""
    msg = MSG(S("haferkamp"), A("Auftragsannahme", "auftrag@securo-vernichtung.example"),
              "Auftrag 4500-SIU-24-0117: Vernichtung Ermittlungsakten und Datenträger",
              D(2024, 11, 4, 10, 22), T(body, charset="iso-8859-1", cte="8bit"), cc=S("sonntag"),
              mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "insurer-to-supplier",
             "trap: shredding order for investigation files and surveillance videos, no person")


def m040():
    body = """Fiona,

quick summary of the open-source check on the household claim
HR 24-HR-08120 (burglary, Winterhude), as you asked for the group
case library (please anonymise before it goes in there!).

Claimant: Ms Jessica Hartwig, Mühlenkamp 31, 22303 Hamburg
Claimed: MacBook Air 15" (EUR 1,899), camera, jewellery - EUR 5,430 total
Date of burglary: 14 September 2024

Findings:
- Instagram account @jess.hartwig.travels (public): post of 6 October
  2024 shows a MacBook Air with a very distinctive sticker (yellow
  surfboard + "Sylt 2023"). The same sticker is visible on the photo
  she submitted as "proof of ownership".
- Post of 12 October: the same laptop on a train table, caption
  "remote work from Copenhagen".
- No posts of the camera or jewellery after the burglary date.

Next steps: interview, ask her to bring the laptop she is currently
using. Decline for the laptop likely, rest to be checked.

Lukas
"""
    msg = MSG(S("brenner"), S("mcallister"), "OSINT summary HR 24-HR-08120", D(2024, 10, 25, 15, 55),
              T(body, cte="8bit"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "internal",
             "OSINT summary: named claimant, address, social-media handle, household claim details; no health")


def m041():
    rows = [["Lfd", "Versicherte/r", "Vers.-Nr.", "Verordnung vom", "Diagnose (Verordnung)", "Heilmittel",
             "verordnet", "abgerechnet", "Differenz", "Betrag abger. EUR"],
            [1, "Brodersen, Hauke", "KV-4410-2281-01", "12.02.2024", "M54.5 Kreuzschmerz", "KG", 6, 12, 6, 378.00],
            [2, "Brodersen, Elke", "KV-4410-2281-02", "12.02.2024", "M54.5 Kreuzschmerz", "KG", 6, 12, 6, 378.00],
            [3, "Yilmaz, Serkan", "KV-7702-1194-01", "04.03.2024", "M75.1 Rotatorenmanschettenläsion", "KG + MT", 10, 20, 10, 890.00],
            [4, "Feddersen, Maren", "KV-1188-0473-01", "18.03.2024", "M17.1 Gonarthrose", "KG-Gerät", 10, 18, 8, 702.00],
            [5, "Kowalczyk, Adam", "KV-5521-8810-01", "02.04.2024", "S83.2 Meniskusriss, postoperativ", "KG", 12, 24, 12, 756.00],
            [6, "Timm, Ruth", "KV-3390-4417-01", "22.04.2024", "G43.0 Migräne", "MT", 6, 6, 0, 216.00],
            [7, "Lassen, Björn", "KV-6627-0012-01", "06.05.2024", "M54.2 Zervikalneuralgie", "MT + Fango", 6, 14, 8, 644.00],
            [8, "Brodersen, Hauke", "KV-4410-2281-01", "21.05.2024", "M54.5 Kreuzschmerz", "KG", 6, 12, 6, 378.00],
            ["", "Summe", "", "", "", "", 62, 118, 56, 4342.00]]
    xlsx = XLSX([("Physio Blohm 2024", rows),
                 ("Hinweise", [["Quelle", "Leistungssystem KV, Rechnungen Praxis 'Physio am Markt, Inh. Kerstin Blohm'"],
                               ["Stand", "31.10.2024"],
                               ["Regel", "R-H09 abgerechnete > verordnete Einheiten"]])])
    body = """Hallo Aylin, hallo Nadine,

die Regel R-H09 (mehr abgerechnete als verordnete Einheiten) schlägt bei
der Praxis "Physio am Markt" (Inhaberin Kerstin Blohm, Einzelpraxis) an:
bei 7 von 8 Verordnungen wurde ungefähr das Doppelte abgerechnet, jeweils
mit Unterschrift der Versicherten auf der Anwesenheitsliste.

Details in der Tabelle - bitte nicht weiterleiten, da stehen Diagnosen
drin. Vorschlag: bei zwei, drei Versicherten telefonisch nachfragen, wie
viele Termine sie tatsächlich hatten (Brodersen ist zweimal dabei, die
Ehefrau auch).

Tobias
"""
    msg = MSG(S("reinhardt"), [S("karaca"), S("roth")], "R-H09 Treffer Physio am Markt", D(2024, 10, 31, 16, 20),
              MIX(T(body), ATT("R-H09_Physio_am_Markt_2024.xlsx", xlsx, CT_XLSX)), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "XLSX: named insured persons with health insurance numbers and diagnoses (M54.5, M75.1 ...), physio sessions")


def m042():
    pdf = PDF([["Kompass Versicherung AG  |  Kompasshof 1  |  20459 Hamburg",
                "",
                "Herrn",
                "Sven Hoyer",
                "Krusestraße 19",
                "22850 Norderstedt",
                "",
                "Hamburg, 10.12.2024",
                "",
                "# Krankentagegeldversicherung KTG-S, Vertrag KV-8841-2206  |  Leistungsfall 24-KT-00562",
                "# Rückforderung von Krankentagegeld",
                "",
                "Sehr geehrter Herr Hoyer,",
                "",
                "nach dem Gutachten von Dr. med. Anselm Voigt, Facharzt für Psychiatrie und Psychotherapie,",
                "vom 26.11.2024 bestand ab dem 01.09.2024 keine Arbeitsunfähigkeit im Sinne der",
                "Versicherungsbedingungen mehr. Der Gutachter beschreibt die Anpassungsstörung als",
                "weitgehend abgeklungen; eine Tätigkeit in Ihrem Beruf als Kfz-Mechaniker sei Ihnen",
                "zumindest in Teilzeit möglich gewesen. Dies deckt sich mit Ihrer Tätigkeit in der Werkstatt",
                "Ihres Bekannten, die Sie im Gespräch am 02.10.2024 eingeräumt haben.",
                "",
                "Für die Zeit vom 01.09.2024 bis 31.10.2024 haben wir unter Vorbehalt",
                "61 Tage x 150,00 EUR = 9.150,00 EUR gezahlt. Diesen Betrag fordern wir zurück.",
                "",
                "Bitte überweisen Sie den Betrag bis zum 15.01.2025 auf unser Konto",
                "IBAN " + iban("DE", "200400000628811900") + " (Commerzbank Hamburg)",
                "Verwendungszweck: 24-KT-00562 Rückforderung",
                "",
                "Eine Ratenzahlung ist nach Absprache möglich. Von einer Strafanzeige sehen wir ab.",
                "Gegen diese Entscheidung können Sie sich an den Ombudsmann PKV wenden.",
                "",
                "Mit freundlichen Grüßen",
                "Kompass Versicherung AG",
                "Nadine Roth, Leistung Kranken   |   Aylin Karaca, Spezialermittlung"]],
              title="Rueckforderung 24-KT-00562", date="20241210100000")
    body = """Sehr geehrter Herr Hoyer,

anbei erhalten Sie unser Schreiben vom 10.12.2024. Das Original geht Ihnen
zusätzlich per Post zu.

Mit freundlichen Grüßen
Nadine Roth
Kompass Versicherung AG
"""
    msg = MSG(S("roth"), A("Sven Hoyer", "sven.hoyer@mailbox-nord.example"),
              "Unser Schreiben vom 10.12.2024", D(2024, 12, 10, 10, 44),
              MIX(T(body), ATT("Schreiben_2024-12-10.pdf", pdf, CT_PDF)), cc=S("karaca"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "harmless body; PDF letter: daily sickness allowance recovery, psychiatric expert opinion, adjustment disorder")


def m043():
    body = """Hi Fiona,

kannst Du mir bei einem Fall aus Malta helfen? Ich schreibe Dir kurz auf
Deutsch, der Klinikbericht ist auf Englisch (unten).

Unfallversicherung UV-4471-3390, VN und VP Frau Jana Podolski, geb.
25.06.1990. Gemeldeter Unfall: 03.08.2024 Sturz auf einem Ausflugsboot
vor Gozo, Schulter rechts. Sie beantragt Invaliditätsleistung wegen
Rotatorenmanschettenruptur (S46.0), OP in Hamburg im September.

Der Bericht der Klinik in Victoria (Gozo) enthält folgenden Satz, den
wir bisher übersehen haben:

> EMERGENCY DEPARTMENT - GOZO GENERAL HOSPITAL
> Patient: PODOLSKI, Jana   DOB 25/06/1990   Date: 03/08/2024 16:40
> Presenting complaint: pain right shoulder after slipping on deck.
> History: patient reports recurrent right shoulder pain for approx.
> 2 years, "worse since spring", previously seen by orthopaedic surgeon
> in Germany, MRI "some months ago" (report not available).
> Examination: painful arc 60-120 deg, reduced abduction, no deformity.
> X-ray: no fracture, no dislocation.
> Impression: shoulder strain, ?pre-existing rotator cuff pathology.
> Plan: sling, ibuprofen 400 mg tds, follow-up with GP at home.

D. h. Vorschaden an der Schulter mit MRT vor dem Unfall. Could you ask
your contact at the Maltese insurer whether the clinic can give us the
complete record incl. the nurse's triage notes? Die Einwilligung von
Frau Podolski liegt vor (ich schicke sie Dir separat über SIU-Case).

Danke!
Anja

Anja Petersen
Leistung Unfall
"""
    msg = MSG(S("petersen"), S("mcallister"), "UV-4471-3390 Malta - bitte um Unterstützung / hospital record",
              D(2024, 10, 18, 10, 28), T(body), cc=S("karaca"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
             "accident claim: named insured with birth date, rotator cuff rupture S46.0, quoted English hospital record")


def m044():
    body = """Danke, erledigt. Leistung ist ab 01.11. eingestellt, Schreiben an den
Kunden geht morgen raus (mit Anhörung). Die Akte liegt wieder bei Dir.

Stefan

Am 22.10.2024 um 17:44 schrieb Aylin Karaca:
> Hallo Stefan,
>
> kurze Zusammenfassung des Berichts der Detektei zu BU 21-BU-00317
> (VP Herr Marco Heitmann, Dachdecker, BU-Rente 2.400 EUR/Monat seit
> 04/2022 wegen Bandscheibenvorfall L4/L5 mit Fußheberschwäche rechts,
> nach Nukleotomie weiter Beschwerden, lt. Gutachten Dr. Scholz keine
> Tätigkeit mit Heben über 10 kg, kein Steigen auf Leitern/Dächer):
>
> - 09.10. und 14.10.2024: Herr Heitmann auf dem Dach eines
>   Einfamilienhauses in Tostedt, Arbeitskleidung einer Dachdeckerei,
>   trägt Dachziegelpakete (ca. 20 kg) die Leiter hinauf.
> - 15.10.: Auslieferung von Material mit Firmenwagen der Dachdeckerei
>   Lohmann, Herr Heitmann am Steuer.
> - Videosequenzen 41 Min., Gesicht eindeutig erkennbar.
>
> Ich schlage vor: Leistung vorläufig einstellen, Nachuntersuchung
> anordnen (§ 6 BB-BUZ), Anhörung vor Rücktritt/Leistungsfreiheit.
> Strafanzeige erst nach Rücksprache mit Frau Dr. Maas.
>
> Gruß
> Aylin
"""
    msg = MSG(S("vogt"), S("karaca"), "AW: BU 21-BU-00317 Bericht Detektei", D(2024, 10, 23, 9, 2),
              T(body, cte="8bit", flowed=True), mailer=TBIRD)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "short reply; quoted text: named BU claimant, herniated disc L4/L5, surgery, detective observation")


def m045():
    rows = [["Country", "Referrals", "Confirmed", "Hit rate", "Savings EUR m", "Motor", "Property", "Health",
             "Life/Disability", "Accident", "Travel"],
            ["Germany", 4512, 1088, 0.241, 15.3, 0.41, 0.27, 0.14, 0.05, 0.04, 0.09],
            ["Austria", 1206, 251, 0.208, 3.9, 0.38, 0.31, 0.12, 0.06, 0.07, 0.06],
            ["Netherlands", 1874, 462, 0.247, 6.2, 0.45, 0.25, 0.11, 0.04, 0.05, 0.10],
            ["Poland", 2230, 391, 0.175, 2.8, 0.57, 0.22, 0.06, 0.05, 0.06, 0.04],
            ["Group total", 9822, 2192, 0.223, 28.2, "", "", "", "", "", ""]]
    notes = [["Note", "Text"],
             ["1", "Figures Jan-Sep 2024, aggregated, no case-level data."],
             ["2", "Hit rate = confirmed / referrals (closed cases only)."],
             ["3", "Line shares refer to confirmed cases."],
             ["4", "Poland: health line includes only group health contracts."]]
    xlsx = XLSX([("Benchmark 2024 Q1-Q3", rows), ("Notes", notes)])
    body = """Henrike,

attached the group benchmark for Q1-Q3 which will be presented at the
Fraud Forum in London. Germany looks good on hit rate; the health share
is highest in DE, which Tobias explains with the daily sickness
allowance rules.

Any comments by Wednesday please - the slides go to the group CRO on
Thursday.

Fiona
"""
    msg = MSG(S("mcallister"), S("albers"), "Group SIU benchmark Q1-Q3 2024", D(2024, 10, 28, 13, 10),
              MIX(T(body, charset="us-ascii", cte="7bit"), ATT("Group_SIU_benchmark_Q1-Q3_2024.xlsx", xlsx, CT_XLSX)),
              cc=S("reinhardt"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "internal",
             "trap: aggregated group fraud benchmark per country and line (XLSX), no cases")


def m046():
    body = """Staatsanwaltschaft Hamburg
Abteilung 61
per E-Mail: poststelle61@sta-hamburg.example

Ermittlungsverfahren gegen Uwe Brockmann
Az. 6104 Js 1022/24
Ihr Schreiben vom 25.11.2024 - Stellungnahme der Geschädigten

Sehr geehrte Frau Staatsanwältin Dr. Rehbein,

als mögliche Geschädigte nehmen wir zu Ihren Fragen wie folgt Stellung:

1. Versicherungsverhältnis
Herr Uwe Brockmann, geb. 14.09.1969, betreibt als Einzelkaufmann die
"Bäckerei Brockmann e.K.", Sachsentor 41, 21029 Hamburg. Bei uns bestehen
eine Inhaltsversicherung mit Betriebsunterbrechung (Vertrag
GI-4418-0772) und eine Wohngebäudeversicherung für das Wohn- und
Geschäftshaus (Vertrag WG-4418-0773).

2. Schadenmeldung
Herr Brockmann meldete am 08.09.2024 einen Brand in der Backstube in der
Nacht vom 07. auf den 08.09.2024 und macht geltend:
   Inventar/Maschinen             214.500 EUR
   Betriebsunterbrechung          186.000 EUR (12 Monate)
   Gebäude (geschätzt)            390.000 EUR
Gezahlt wurde bislang nichts.

3. Erkenntnisse aus unserer Schadenprüfung
- Brandgutachten Dipl.-Ing. Sander vom 30.09.2024: zwei voneinander
  unabhängige Brandausbruchsbereiche, Rückstände eines
  Brandbeschleunigers (Ottokraftstoff) im Bereich des Mehllagers.
- Die vorgelegten Jahresabschlüsse weisen für 2023 einen Umsatzrückgang
  von 31 % und einen Jahresfehlbetrag von 48.200 EUR aus. Nach Angaben
  der Hausbank bestand seit Juni 2024 eine Kontopfändung.
- Drei Wochen vor dem Brand wurde die Versicherungssumme der
  Inhaltsversicherung auf Wunsch von Herrn Brockmann um 80.000 EUR erhöht.

4. Unterlagen
Wir übersenden die Schadenanzeige, das Brandgutachten und die
Korrespondenz auf Anforderung gern in Kopie. Für eine Zeugenaussage steht
Herr Lukas Brenner (Spezialermittlung) zur Verfügung.

Wir schließen uns dem Verfahren an und bitten um Mitteilung über den
Ausgang sowie um Akteneinsicht über unsere Rechtsabteilung.

Mit freundlichen Grüßen

Dr. Corinna Maas
Rechtsabteilung
Kompass Versicherung AG
"""
    msg = MSG(S("maas"), A("Staatsanwaltschaft Hamburg Abt. 61", "poststelle61@sta-hamburg.example"),
              "Az. 6104 Js 1022/24 - Stellungnahme Kompass Versicherung AG", D(2024, 12, 4, 15, 31),
              T(body, charset="windows-1252", cte="quoted-printable"), cc=S("brenner"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
             "statement to prosecutor in arson investigation against a named sole trader (Art. 10), birth date, finances")


def m047():
    exif = """EXIF METADATA REPORT - claim HR 24-HR-07988 (hail/storm damage, garden house and car port)
Policyholder: Florian Wendt, Tangstedter Landstr. 402, 22417 Hamburg, policy WG-7730-1184
Photos submitted: 9 (upload via customer portal 22/09/2024)
Reported date of loss: 17/08/2024 (storm "Hartwig")

file            camera           DateTimeOriginal      GPS                    note
IMG_4471.jpg    iPhone 12        2022:06:24 18:02:11   53.6602N 10.0123E      roof panels broken
IMG_4472.jpg    iPhone 12        2022:06:24 18:02:40   53.6602N 10.0123E      same
IMG_4480.jpg    iPhone 12        2022:06:24 18:05:03   53.6601N 10.0124E      car port gutter
IMG_5512.jpg    iPhone 14 Pro    2024:08:18 09:41:55   53.6602N 10.0123E      garden overview
IMG_5513.jpg    iPhone 14 Pro    2024:08:18 09:42:10   53.6602N 10.0123E      garden overview
IMG_5519.jpg    iPhone 14 Pro    2024:08:18 09:47:31   (none)                 fence
scan_001.jpg    (stripped)       -                     -                      invoice roofer
scan_002.jpg    (stripped)       -                     -                      invoice roofer
IMG_5530.jpg    iPhone 14 Pro    2024:08:18 10:02:12   53.6602N 10.0123E      car port

Summary: 3 of 9 photos were taken on 24/06/2022 (storm "Zeynep" follow-up period).
A storm claim for the same garden house was paid by the previous insurer in 2022
according to the ZIS query of 25/09/2024 (hit U-0233, property, 2022).
"""
    csvt = """file;sha256_prefix;width;height;date_original;claim
IMG_4471.jpg;9f2c1e;4032;3024;2022-06-24;HR 24-HR-07988
IMG_4472.jpg;51aa09;4032;3024;2022-06-24;HR 24-HR-07988
IMG_4480.jpg;c0de77;4032;3024;2022-06-24;HR 24-HR-07988
IMG_5512.jpg;7b3310;4032;3024;2024-08-18;HR 24-HR-07988
IMG_5513.jpg;e441d2;4032;3024;2024-08-18;HR 24-HR-07988
IMG_5519.jpg;0a9f6e;4032;3024;2024-08-18;HR 24-HR-07988
IMG_5530.jpg;33c8b1;4032;3024;2024-08-18;HR 24-HR-07988
"""
    z = ZIP([("exif_report_HR24-HR-07988.txt", exif.encode("utf-8")),
             ("photo_index.csv", csvt.encode("utf-8"))], date=(2024, 9, 26, 14, 2, 0))
    body = """Hi Fiona,

for the group analytics pilot ("image re-use detection"): this is what
our manual EXIF check produced in one real case last month - see ZIP.
Three of the storm photos are two years old. If the pilot tool finds the
same automatically, we'd be happy.

Please use it for the tool evaluation only and delete afterwards; it is
not anonymised.

Tobias
"""
    msg = MSG(S("reinhardt"), S("mcallister"), "Example for image re-use pilot", D(2024, 9, 26, 14, 15),
              MIX(T(body, charset="us-ascii", cte="7bit"), ATT("HR24-HR-07988_exif.zip", z, CT_ZIP)), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "internal",
             "inside ZIP: named policyholder, address, buildings policy and claim, photo metadata and prior claim hit")


def m048():
    rows = [["Kostenart", "Ist 2023", "Plan 2024", "Prognose 2024", "Plan 2025", "Kommentar"],
            ["Detekteien / Observationen", 612000, 650000, 701000, 690000, "Rahmenvertrag Argus + Einzelaufträge"],
            ["Ermittler Ausland (Halbrook u. a.)", 98000, 110000, 143000, 140000, "mehr Reise-Krankheitskosten-Fälle"],
            ["Gutachter (Kfz, Brand, Medizin)", 1240000, 1300000, 1262000, 1320000, "inkl. Vertragspsychiater"],
            ["Arztanfragen (Gebühren)", 41000, 45000, 52000, 55000, "Gebühren Praxen/Kliniken"],
            ["Datenbankabfragen ZIS", 36500, 38000, 39200, 41000, "Abfragegebühren Infodat"],
            ["Analytik-Software / Lizenzen", 185000, 220000, 214000, 260000, "Netzwerkanalyse-Pilot"],
            ["Schulungen / Konferenzen", 24000, 30000, 27500, 32000, "Fraud Forum London, LKA-Workshop"],
            ["Externe Rechtsberatung", 77000, 80000, 96000, 90000, "u. a. Auslandsmandate"],
            ["Summe", 2313500, 2473000, 2534700, 2628000, ""]]
    xlsx = XLSX([("Budget SIU 2025", rows)])
    body = """Hallo Herr Dittrich,

anbei unsere Budgetplanung 2025 für die Kostenstelle 4710 (SIU).
Gegenüber 2024 planen wir rund 6 % mehr, im Wesentlichen wegen der
Lizenz für die Netzwerkanalyse und höherer Gutachterkosten.

Die Einsparungen durch die SIU (2023: 18,9 Mio. EUR) stehen im Bericht
für den Vorstand; die Relation Kosten/Einsparungen liegt weiterhin bei
ca. 1 : 7.

Für Rückfragen stehe ich gern zur Verfügung.

Beste Grüße
Henrike Albers
"""
    msg = MSG(S("albers"), A("Jörg Dittrich", "joerg.dittrich@" + DOM), "Budgetplanung 2025 KSt 4710 SIU",
              D(2024, 9, 30, 17, 2), MIX(T(body), ATT("Budget_SIU_2025.xlsx", xlsx, CT_XLSX)), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: SIU budget with cost lines for detectives, medical experts and doctor requests, no person")


def m049():
    consent = PDF(["# Erklärung zur Entbindung von der Schweigepflicht (Einzelfall)",
                   "Versicherte Person: Timo Wessel, geb. 09.06.1979, Bebelallee 88, 22297 Hamburg",
                   "Vertrag: Krankentagegeldversicherung KV-2277-9013, Leistungsfall 24-KT-00411",
                   "",
                   "Ich entbinde Frau Dr. med. Katrin Lüders, Fachärztin für Orthopädie und Unfallchirurgie,",
                   "Hamburg, von ihrer Schweigepflicht gegenüber der Kompass Versicherung AG, soweit es um",
                   "Angaben zu Behandlungen, Befunden und zur Arbeitsunfähigkeit ab dem 01.01.2024 geht.",
                   "Die Erklärung gilt nur für diese Anfrage (§ 213 VVG).",
                   "",
                   "Hamburg, 17.10.2024          gez. Timo Wessel"],
                  title="Schweigepflichtentbindung Wessel", date="20241017120000")
    body = """Sehr geehrte Frau Dr. Lüders,

Ihr Patient Herr Timo Wessel, geb. 09.06.1979, bezieht aus einer bei uns
bestehenden Krankentagegeldversicherung seit dem 19.02.2024 Leistungen.
Die Arbeitsunfähigkeitsbescheinigungen Ihrer Praxis nennen als Diagnose
M51.2 G (Bandscheibenverlagerung lumbal).

Herr Wessel hat uns die beigefügte Schweigepflichtentbindung erteilt.
Wir bitten Sie um Beantwortung folgender Fragen:

1. An welchen Tagen hat sich Herr Wessel seit dem 01.01.2024 in Ihrer
   Praxis vorgestellt?
2. Welche Befunde (klinisch, bildgebend) liegen der Diagnose zugrunde?
   Bitte fügen Sie den MRT-Befund bei, falls vorhanden.
3. Welche Therapie wurde durchgeführt bzw. verordnet (Physiotherapie,
   Medikation, Injektionen)?
4. Welche berufliche Tätigkeit hat Herr Wessel Ihnen gegenüber angegeben?
   Ist er nach Ihrer Einschätzung in dieser Tätigkeit derzeit zu 100 %
   arbeitsunfähig? Seit wann ist mit einer Wiederaufnahme zu rechnen?
5. Sind Ihnen Tätigkeiten bekannt, die mit der Arbeitsunfähigkeit nicht
   vereinbar wären?

Für Ihre Auskunft vergüten wir nach GOÄ Nr. 75 bzw. gegen Rechnung.
Eine Antwort ist auch über unser Ärzteportal möglich (verschlüsselt).

Mit freundlichen Grüßen

Aylin Karaca
Spezialermittlung Personenversicherung
Kompass Versicherung AG
Tel. 040 7126-2318, Fax 040 7126-2399
"""
    msg = MSG(S("karaca"), A("Praxis Dr. Lüders", "praxis@orthopaedie-lueders.example"),
              "Anfrage zu Ihrem Patienten Herrn Timo Wessel - Schweigepflichtentbindung anbei",
              D(2024, 10, 18, 9, 15),
              MIX(T(body), ATT("Schweigepflichtentbindung_Wessel.pdf", consent, CT_PDF)), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
             "request to orthopaedist: named patient, birth date, M51.2 G, incapacity for work, consent PDF")


def m050():
    body = """Henrike, Aylin,

background on Oliver Thornton (UV 24-UV-01187, the wrist fracture with
the gym photo) - our London office ran a public-records check:

- Mr Thornton was convicted at Southwark Crown Court on 14 March 2017
  of fraud by false representation (Fraud Act 2006, s. 2). He was part
  of a group that submitted fabricated whiplash claims after staged
  collisions in Essex in 2014/15. Sentence: 16 months, suspended for
  2 years, 200 hours unpaid work, compensation order GBP 12,400.
  Source: court listing and two local press reports (copies in the
  group case folder, link via SIU-Case).
- The conviction is spent under the UK Rehabilitation of Offenders Act
  since 2019, so in the UK it would not have to be disclosed in most
  contexts. Please ask Corinna whether it can be used at all in a German
  accident claim - I would not put it in any letter to him.
- Our accident application form (2021) does not ask about previous
  convictions.

So: relevant as background for the interview strategy, probably not as
evidence. The gym photo is our real lead.

Fiona
"""
    msg = MSG(S("mcallister"), [S("albers"), S("karaca")], "Thornton - UK background (need-to-know)",
              D(2024, 10, 15, 12, 48), T(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK,
              extra=[("Sensitivity", "Private")])
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "criminal conviction of a named accident claimant (Art. 10) and accident claim reference")


def m051():
    text = """Sehr geehrter Herr Mertens,

Ihr Hausratschaden 24-HR-08344 - Einbruch am 19.10.2024
Vertrag HR-3302-7718, Versicherungsort Elbchaussee 402b, 22609 Hamburg

vielen Dank für Ihre Stehlgutliste. Sie machen unter anderem Schmuck im
Wert von 28.400 EUR geltend. Nach § 13 Ihrer Versicherungsbedingungen
sind Wertsachen außerhalb eines Wertschutzschranks bis 20 % der
Versicherungssumme, höchstens 20.000 EUR versichert.

Zur weiteren Prüfung benötigen wir:

1. Kaufbelege, Zertifikate oder Wertgutachten für die Positionen 3
   (Damenuhr), 4 (Brillantring) und 7 (Perlenkette),
2. für die nach Ihren Angaben geerbten Stücke (Pos. 5 und 6) einen
   Nachweis der Erbschaft (z. B. Erbschein oder Testament) und Fotos,
   auf denen die Stücke zu erkennen sind,
3. für die in bar bezahlten Stücke (Pos. 8 und 9) die Kontoauszüge mit
   den entsprechenden Barabhebungen,
4. die Rechnung über den Einbau des Wertschutzschranks, den Sie in der
   Schadenanzeige erwähnen, und Fotos des Schranks nach dem Einbruch.

Bitte haben Sie Verständnis, dass wir bei Schäden dieser Höhe die
Nachweise genau prüfen müssen.

Mit freundlichen Grüßen
Lukas Brenner
Spezialermittlung Sach/Haftpflicht
Kompass Versicherung AG
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Mertens,</p>
<p><b>Ihr Hausratschaden 24-HR-08344 - Einbruch am 19.10.2024</b><br>
Vertrag HR-3302-7718, Versicherungsort Elbchaussee 402b, 22609 Hamburg</p>
<p>vielen Dank für Ihre Stehlgutliste. Sie machen unter anderem Schmuck im Wert von 28.400&nbsp;EUR geltend.
Nach &sect;&nbsp;13 Ihrer Versicherungsbedingungen sind Wertsachen außerhalb eines Wertschutzschranks bis 20&nbsp;%
der Versicherungssumme, höchstens 20.000&nbsp;EUR versichert.</p>
<p>Zur weiteren Prüfung benötigen wir:</p>
<ol>
<li>Kaufbelege, Zertifikate oder Wertgutachten für die Positionen 3 (Damenuhr), 4 (Brillantring) und 7 (Perlenkette),</li>
<li>für die nach Ihren Angaben geerbten Stücke (Pos. 5 und 6) einen Nachweis der Erbschaft (z.&nbsp;B. Erbschein oder Testament) und Fotos, auf denen die Stücke zu erkennen sind,</li>
<li>für die in bar bezahlten Stücke (Pos. 8 und 9) die Kontoauszüge mit den entsprechenden Barabhebungen,</li>
<li>die Rechnung über den Einbau des Wertschutzschranks, den Sie in der Schadenanzeige erwähnen, und Fotos des Schranks nach dem Einbruch.</li>
</ol>
<p>Bitte haben Sie Verständnis, dass wir bei Schäden dieser Höhe die Nachweise genau prüfen müssen.</p>
<p>Mit freundlichen Grüßen<br>Lukas Brenner<br>Spezialermittlung Sach/Haftpflicht<br>Kompass Versicherung AG</p>
</body></html>
"""
    msg = MSG(S("brenner"), A("Konstantin Mertens", "k.mertens@elbvilla.example"),
              "Ihr Hausratschaden 24-HR-08344 - Nachweise Schmuck", D(2024, 10, 31, 10, 12),
              ALT(text, html), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-customer",
             "named customer, insured address, household policy and claim, jewellery and bank statements requested")


def m052():
    body = """Dear Ms Duarte,

thank you for the invitation. I am happy to confirm my participation as a
speaker at the European Insurance Fraud Summit 2025 in Lisbon.

  Session:  Day 2, 14:00-14:40, track "Health & Travel"
  Title:    "Forged medical invoices in travel insurance - detecting
             them at scale without drowning in false positives"
  Format:   20 min talk, 15 min Q&A, slides in English (16:9)

All case examples will be fully anonymised or synthetic. I will not
show real invoices or patient documents.

Travel: I will arrive on 4 March (TAP from Hamburg) and leave on
6 March. Please book the speaker room at the conference hotel for two
nights. No special dietary requirements.

For the programme: Dr. Henrike Albers, Head of Special Investigations,
Kompass Versicherung AG, Hamburg. Photo and short bio follow by Friday.

Kind regards
Henrike Albers
"""
    msg = MSG(S("albers"), A("Inês Duarte", "speakers@eifs-summit.example"),
              "EIFS 2025 - speaker confirmation Dr. Albers", D(2024, 11, 7, 11, 30),
              T(body, charset="us-ascii", cte="7bit"), cc=A("Assistenz Schaden", "assistenz-schaden@" + DOM),
              mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "insurer-to-partner",
             "trap: conference talk about forged medical invoices, speaker's own professional travel, no case data")


def m053():
    body = """Hallo Henrike,

für die Intranet-Rubrik "Aus der Praxis" habe ich den Fall, den Du mir
erzählt hast, aufgeschrieben. Namen, Orte, Beträge und Zeitpunkte habe
ich wie besprochen verändert. Bitte einmal freigeben - Sebastian schaut
auch noch drüber.

-----------------------------------------------------------------
Aus der Praxis der SIU: Die doppelte Zahnbrücke

Ein Heil- und Kostenplan für eine Brücke im Oberkiefer - Alltag in der
Leistungsabteilung Kranken. Stutzig wurde eine Kollegin erst, als sie
wenige Wochen später in einer ganz anderen Akte einen Plan mit exakt
denselben Zahnbefunden, derselben Rechnungsnummer der Zahntechnik und
denselben Materialangaben sah. Nur der Name des Patienten war ein anderer.

Die SIU prüfte: Beide Pläne stammten aus derselben Praxis, die
Zahntechnik-Rechnung existierte nur einmal. Die Praxis hatte - so die
Erklärung - eine Vorlage "versehentlich" doppelt verwendet. Ob Versehen
oder nicht: Erstattet wurde nur, was tatsächlich gemacht wurde, und die
Regel "identische Laborrechnung in zwei Fällen" läuft seitdem
automatisch.

Die Lehre: Unsere Datenanalyse ist gut - aber der aufmerksame Blick der
Sachbearbeitung ist durch nichts zu ersetzen. Danke an alle, die
Auffälligkeiten melden: siu@kompass-versicherung.example
-----------------------------------------------------------------

Viele Grüße
Kai

Kai Brandt
Interne Kommunikation
"""
    msg = MSG(S("brandt"), S("albers"), "Intranet-Artikel \"Die doppelte Zahnbrücke\" - bitte Freigabe",
              D(2024, 11, 11, 14, 52), T(body), cc=S("quast"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: anonymised case story about dental treatment plans, names and details changed")


def m054():
    csvt = """year,line,claims_reported,siu_referrals,confirmed_fraud,confirmed_share_of_claims_pct,amount_saved_eur
2021,motor,118402,1402,351,0.30,4120000
2021,property,74120,902,231,0.31,2730000
2021,health,391200,388,97,0.02,1480000
2021,life_disability,2210,61,14,0.63,1910000
2022,motor,121870,1511,380,0.31,4470000
2022,property,79004,1013,266,0.34,3080000
2022,health,402118,455,121,0.03,1720000
2022,life_disability,2305,70,19,0.82,2460000
2023,motor,125330,1689,441,0.35,5310000
2023,property,81230,1120,301,0.37,3690000
2023,health,415560,590,158,0.04,2240000
2023,life_disability,2388,77,21,0.88,2870000
"""
    body = """Dear Mr Lindqvist,

as part of the treaty renewal questionnaire (section 7, "Claims fraud
controls"), please find attached our aggregated SIU figures for
2021-2023 by line of business (CSV). The figures are taken from our SIU
reporting and contain no case-level or personal data.

Answers to your questions 7.1-7.6:

7.1 Dedicated SIU: yes, 14 FTE, reporting to the Chief Claims Officer.
7.2 Automated scoring: yes, rules and a gradient-boosting model for
    motor and property; rules only for health and life/disability.
7.3 Industry database: yes, queries and reports to the national
    tip-off system.
7.4 Training: mandatory annual e-learning for all claims staff.
7.5 Referral to law enforcement: criminal complaints are filed after
    legal review; 46 complaints in 2023.
7.6 Independent review: internal audit 2023, no material findings.

Kind regards
Henrike Albers
Head of Special Investigations
Kompass Versicherung AG
"""
    msg = MSG(S("albers"), A("Erik Lindqvist", "erik.lindqvist@nordic-re.example"),
              "Treaty renewal 2025 - questionnaire section 7 (fraud controls)", D(2024, 9, 17, 15, 40),
              MIX(T(body, charset="us-ascii", cte="7bit"),
                  T(csvt, charset="us-ascii", cte="7bit", filename="Kompass_SIU_2021-2023_aggregated.csv")),
              cc=A("Rückversicherung", "rueckversicherung@" + DOM), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "insurer-to-partner",
             "trap: aggregated fraud figures per line incl. health and disability for the reinsurer (CSV)")


def m055():
    body = """Dear DC Whitmore,

Your ref. IFIU/OP-KESTREL/0417 - request for information and witness
statement

Thank you for your letter of 18 October. As requested, we confirm the
following. We are happy for this e-mail to be exhibited; a signed
witness statement (MG11 format) will follow by post.

1. Our policyholder Ms Sabine Kretschmer, born 02/02/1972, Hamburg,
   held a motor policy with us (KF-5590-0318, VW Tiguan, HH-SK 1972)
   and was involved in a collision on 14 July 2023 on the A13 near
   Barking while driving to a holiday in Essex.

2. Under her motor liability cover three occupants of the other
   vehicle (Vauxhall Insignia) brought personal injury claims through
   the UK claims representative:
     - Mr Ryan Cole, 29, whiplash-associated disorder grade II,
       low back pain, 6 months' physiotherapy, GBP 9,850 claimed
     - Mr Adam Pritchard, 34, neck sprain, anxiety/travel phobia,
       GBP 11,200 claimed
     - Ms Leah Pritchard, 31, neck sprain, headaches, GBP 8,400 claimed
   All three medical reports were written by the same medical expert at
   "Riverside Medico-Legal Ltd" on the same day (02/09/2023) and contain
   identical paragraphs.

3. Ms Kretschmer stated at the time that the Insignia braked sharply
   without reason in free-flowing traffic. Her dashcam recording
   (copy enclosed on the encrypted drive) supports this.

4. We paid Ms Kretschmer's own damage; the three injury claims were put
   on hold in March 2024 after our UK representative raised concerns.
   No payment has been made.

Contact person for a statement: Jens Wolter (+49 40 7126-2254).

Yours sincerely

Jens Wolter
Special Investigations - Motor
Kompass Versicherung AG, Hamburg, Germany
"""
    msg = MSG(S("wolter"), A("DC Laura Whitmore", "l.whitmore@ifiu-police.example"),
              "IFIU/OP-KESTREL/0417 - information and witness statement Kompass", D(2024, 10, 30, 16, 3),
              T(body), cc=S("maas"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-authority",
             "police fraud investigation: named claimants with injuries (whiplash, anxiety) and named policyholder with birth date")


def m056():
    body = """Sehr geehrter Herr Rademacher,

in Sachen Kompass Versicherung AG ./. Matthias Kühl erteilen wir Ihnen
hiermit das Mandat (Vollmacht folgt per Post):

1. Akteneinsicht im Ermittlungsverfahren der StA Hamburg,
   Az. 6102 Js 448/24 (Vortäuschen einer Straftat, versuchter Betrug)
   gemäß § 406e StPO für uns als Verletzte.
2. Prüfung und ggf. Geltendmachung unserer Ermittlungskosten gegenüber
   Herrn Kühl (Detektei 4.380 EUR, Gutachter 1.240 EUR, Abschleppen und
   Standgebühren 690 EUR).
3. Abstimmung mit dem Leasinggeber (Hanse Auto Leasing GmbH) über das
   weitere Vorgehen bzgl. des aufgefundenen Fahrzeugs.

Zum Sachstand: Herr Kühl, geb. 03.12.1987, hatte den Audi Q5
(HH-MK 4410) am 09.10.2024 als gestohlen gemeldet (VK 24-0433870). Das
Fahrzeug wurde am 31.10.2024 teilzerlegt in einer Halle in Buchholz
aufgefunden. Laut LKA hat Herr Kühl in seiner Beschuldigtenvernehmung
bislang keine Angaben gemacht. Wir haben die Leistung abgelehnt und den
Vertrag gekündigt.

Die Schadenakte stellen wir Ihnen über den Datenraum zur Verfügung
(Zugang separat).

Mit freundlichen Grüßen
Jens Wolter
Spezialermittler Kfz

im Auftrag und in Abstimmung mit
Dr. Corinna Maas, Rechtsabteilung
"""
    msg = MSG(S("wolter"), A("Jan Rademacher", "j.rademacher@rademacher-partner.example"),
              "Mandat Kompass ./. Kühl - Akteneinsicht 6102 Js 448/24", D(2024, 11, 13, 10, 20),
              T(body, charset="iso-8859-1"), cc=S("maas"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "mandate for criminal file access against a named suspect with birth date (Art. 10 data)")


def m057():
    body = """Dear colleagues,

Request for verification of a no-claims discount certificate

A customer has applied for motor insurance with us and submitted a
no-claims discount (NCD) proof issued by your company. We would like to
verify its authenticity. The applicant has consented in writing to this
verification (copy attached to our request in the portal).

  Name:            Mr Daniel Ashworth
  Date of birth:   11/07/1983
  Previous address: 48 Canal Street, Nottingham
  Your policy no.: TB-MOT-7718-2240 (as stated on the certificate)
  Vehicle:         BMW 320d, registration WV17 KXR
  Certificate:     dated 02/08/2024, stating 9 years NCD, no claims

Could you please confirm
  a) whether the certificate was issued by you,
  b) the number of claim-free years, and
  c) whether any claims were recorded in the last 5 years?

We noticed that the letterhead uses a logo version you stopped using in
2022 and that the reference number format differs from other
certificates of yours we have seen.

Thank you for your help.

Kind regards

Jens Wolter
Special Investigations - Motor
Kompass Versicherung AG
"""
    msg = MSG(S("wolter"), A("Fraud Intelligence Team", "fraud.intel@thamesbridge.example"),
              "Verification request - NCD certificate TB-MOT-7718-2240", D(2024, 9, 25, 9, 58),
              T(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "insurer-to-partner",
             "named applicant with date of birth, address, registration and prior policy number sent to UK insurer")


def m058():
    body = """INTERNAL JOB POSTING - apply by 30 November 2024

Senior Fraud Data Scientist (m/f/d)
Special Investigations Unit, Hamburg - full time, hybrid

What you will do
- develop and monitor our fraud detection models for motor, property
  and (new in 2025) health and travel claims
- build features from claims data, invoices (GOÄ/GOZ), ICD-10 and OPS
  codes and network data - together with our investigators
- make sure every score can be explained to a claims handler, an
  auditor and, if needed, a court
- work with data protection on privacy-by-design (pseudonymisation,
  access concepts, deletion)

What you bring
- degree in statistics, computer science or similar, 4+ years of
  experience with Python/SQL, ideally in insurance or healthcare
- knowledge of medical coding systems is a plus
- fluent English, German at least B2

Contact: Tobias Reinhardt (tobias.reinhardt@kompass-versicherung.example)
or HR business partner Claims, Ms Wiebke Rolfs.
"""
    msg = MSG(A("HR Recruiting", "recruiting@" + DOM), A("Alle Mitarbeitenden", "alle@" + DOM),
              "Internal job posting: Senior Fraud Data Scientist (m/f/d)", D(2024, 11, 4, 8, 0),
              T(body))
    return R(msg, "NORMAL", "en", "internal",
             "trap: job posting mentioning health claims, ICD-10 and OPS codes, no person")


def m059():
    text = """KOMPASS CLAIMS ACADEMY - WEBINAR INVITATION

Medical billing fraud in travel insurance: trends 2024
Thursday, 28 November 2024, 10:00-11:15 CET, online

Speakers:
  Dr. Henrike Albers, Head of SIU, Kompass Versicherung AG
  Dr. med. Paulo Sequeira, medical adviser, Lisbon

Content:
  - forged and inflated invoices from private clinics abroad
  - upcoding: from "gastroenteritis" to "sepsis"
  - repatriation by air ambulance: when is it medically necessary?
  - how to work with assistance companies and local doctors
  - case studies (anonymised)

Register: https://academy.kompass-versicherung.example/webinar/2811
The webinar is free for group companies and partner insurers.
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<div style="background:#004a6e;color:#fff;padding:12px"><b>KOMPASS CLAIMS ACADEMY</b> &middot; Webinar invitation</div>
<h2>Medical billing fraud in travel insurance: trends 2024</h2>
<p><b>Thursday, 28 November 2024, 10:00-11:15 CET, online</b></p>
<p>Speakers: Dr. Henrike Albers (Head of SIU, Kompass Versicherung AG) and Dr. med. Paulo Sequeira (medical adviser, Lisbon)</p>
<ul><li>forged and inflated invoices from private clinics abroad</li>
<li>upcoding: from &quot;gastroenteritis&quot; to &quot;sepsis&quot;</li>
<li>repatriation by air ambulance: when is it medically necessary?</li>
<li>how to work with assistance companies and local doctors</li>
<li>case studies (anonymised)</li></ul>
<p><a href="https://academy.kompass-versicherung.example/webinar/2811" style="background:#e87722;color:#fff;padding:8px 14px;text-decoration:none">Register now</a></p>
<p style="font-size:11px;color:#777">Free for group companies and partner insurers. To unsubscribe from academy mailings reply with &quot;unsubscribe&quot;.</p>
</body></html>
"""
    msg = MSG(A("Kompass Claims Academy", "academy@" + DOM), A("Academy distribution list", "academy-partners@" + DOM),
              "Webinar 28 Nov: Medical billing fraud in travel insurance", D(2024, 11, 6, 7, 45),
              ALT(text, html, charset="iso-8859-1"), extra=[("Precedence", "bulk")])
    return R(msg, "NORMAL", "en", "newsletter",
             "trap: webinar invitation about medical billing fraud, sepsis, repatriation; no person")


def m060():
    body = """Lukas,

Frau Vogel hat angerufen (HR 24-HR-07712, Einbruch Stresemannallee).
Sie will den Termin am 06.11. nicht wahrnehmen, "sie sei doch keine
Verbrecherin", und hat gefragt, woher wir wissen, dass sie schon
früher Schäden hatte. Ich habe nichts zu den Vorschäden gesagt, nur
dass Du sie zurückrufst.

Sie ist heute bis 18 Uhr unter 0160 9921 4407 erreichbar, sonst morgen
ab 8. Sie hat erwähnt, dass sie sich einen Anwalt nehmen will.

Mareike
"""
    msg = MSG(S("sonntag"), S("brenner"), "Rückruf Frau Vogel wg. Termin", D(2024, 10, 25, 11, 6),
              T(body, cte="8bit"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "internal",
             "callback note: named customer, claim number, phone number, prior claims mentioned")


def m061():
    text = """Zur Info ans Team - Punkt 3 (AU-Bescheinigungen aus dem Netz) betrifft
uns direkt, bitte im nächsten Jour fixe kurz besprechen.
Henrike

---------- Weitergeleitete Nachricht ----------
Von: Bundesforum Versicherungsbetrug e.V. <newsletter@bundesforum-vb.example>
Datum: 14.10.2024
Betreff: Betrugsbekämpfung aktuell 4/2024

BETRUGSBEKÄMPFUNG AKTUELL - Ausgabe 4/2024

1. Schätzung 2023: rund 6 Mrd. EUR Schaden durch Versicherungsbetrug
   Nach der Mitgliederumfrage ist etwa jede zehnte Schadenmeldung
   auffällig; nachweislich betrügerisch sind deutlich weniger.

2. Kfz: Zunahme provozierter Unfälle an Autobahnauffahrten
   Die Polizeibehörden mehrerer Länder berichten von Gruppen, die
   gezielt Spurwechsel provozieren. Dashcam-Aufnahmen helfen.

3. Kranken/Krankentagegeld: AU-Bescheinigungen aus dem Internet
   Anbieter stellen nach einem Online-Fragebogen AU-Bescheinigungen
   ohne Arztkontakt aus. Prüfen Sie bei Selbständigen mit
   Krankentagegeld die ausstellende Stelle.

4. Sach: KI-erzeugte Rechnungen und Fotos
   Erste Fälle mit vollständig generierten Kaufbelegen und
   "Schadenfotos". Metadaten fehlen oft komplett.

5. Termine
   Arbeitskreis Abrechnungsbetrug Gesundheitswesen: 21.11.2024, Köln
   Jahrestagung: 13./14.03.2025, Berlin

Abmeldung: https://www.bundesforum-vb.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Zur Info ans Team - Punkt 3 (AU-Bescheinigungen aus dem Netz) betrifft uns direkt, bitte im nächsten Jour fixe kurz besprechen.<br>Henrike</p>
<div style="border-left:3px solid #999;padding-left:10px;color:#333">
<p><b>Von:</b> Bundesforum Versicherungsbetrug e.V. &lt;newsletter@bundesforum-vb.example&gt;<br>
<b>Datum:</b> 14.10.2024<br><b>Betreff:</b> Betrugsbekämpfung aktuell 4/2024</p>
<h3>BETRUGSBEKÄMPFUNG AKTUELL - Ausgabe 4/2024</h3>
<p><b>1. Schätzung 2023: rund 6 Mrd. EUR Schaden durch Versicherungsbetrug</b><br>Nach der Mitgliederumfrage ist etwa jede zehnte Schadenmeldung auffällig; nachweislich betrügerisch sind deutlich weniger.</p>
<p><b>2. Kfz: Zunahme provozierter Unfälle an Autobahnauffahrten</b><br>Die Polizeibehörden mehrerer Länder berichten von Gruppen, die gezielt Spurwechsel provozieren. Dashcam-Aufnahmen helfen.</p>
<p><b>3. Kranken/Krankentagegeld: AU-Bescheinigungen aus dem Internet</b><br>Anbieter stellen nach einem Online-Fragebogen AU-Bescheinigungen ohne Arztkontakt aus. Prüfen Sie bei Selbständigen mit Krankentagegeld die ausstellende Stelle.</p>
<p><b>4. Sach: KI-erzeugte Rechnungen und Fotos</b><br>Erste Fälle mit vollständig generierten Kaufbelegen und &quot;Schadenfotos&quot;. Metadaten fehlen oft komplett.</p>
<p><b>5. Termine</b><br>Arbeitskreis Abrechnungsbetrug Gesundheitswesen: 21.11.2024, Köln<br>Jahrestagung: 13./14.03.2025, Berlin</p>
<p style="font-size:8pt"><a href="https://www.bundesforum-vb.example/newsletter/abmelden">Abmeldung</a></p>
</div></body></html>
"""
    msg = MSG(S("albers"), S("alle"), "WG: Betrugsbekämpfung aktuell 4/2024", D(2024, 10, 14, 17, 20),
              ALT(text, html), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "newsletter",
             "trap: forwarded association newsletter on fraud trends, sick notes, daily allowance; no person")


def m062():
    body = """Dear Mr Carvalho,

further to our call, we instruct you to carry out the following enquiries
in Portugal. Our group framework agreement with your firm applies.

Our reference: RL-3318-2207 / SIU-24-0611

Deceased:      Mr Werner Tjaden, German national, born 22/08/1962,
               resident in Hamburg
Reported death: 14/08/2024 in Portimão, Algarve
Certificate:   Portuguese death certificate (certidão de óbito) no.
               2024/0871-PTM, cause of death "acute myocardial
               infarction", signed by "Dr. Rui Matos Pereira"
Cremation:     16/08/2024, crematorium stated as "Crematório do Barlavento"
Beneficiary:   Mrs Irina Tjaden (widow), sum assured EUR 350,000

Please establish:
1. whether the death was registered with the civil registry (Conservatória)
   in Portimão and obtain a certified copy of the full entry;
2. whether Dr. Rui Matos Pereira is a registered physician (Ordem dos
   Médicos), where he practises and whether he examined the deceased;
3. whether an ambulance (INEM) was called or the deceased was brought
   to a hospital or health centre on 14/08/2024, and if so the records
   (we hold the widow's consent for medical records, attached);
4. whether the cremation took place as stated and who commissioned it;
5. the address where Mr Tjaden stayed (the widow names "Apartamentos
   Praia Dourada") and whether staff recall the events.

Background (for you only): no known heart disease according to the GP
in Hamburg, sum assured increased in 2023, very quick cremation.

Budget: up to EUR 6,500 without further approval. First report within
three weeks, please.

Kind regards

Fiona McAllister
Group Fraud Liaison
Kompass Versicherung AG, Hamburg
"""
    msg = MSG(S("mcallister"), A("Tiago Carvalho", "t.carvalho@lusitania-investigacoes.example"),
              "Instruction SIU-24-0611 - death enquiry Portimão", D(2024, 10, 9, 11, 5),
              T(body), cc=[S("vogt"), S("karaca")], mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-investigator",
             "life claim investigation abroad: named deceased with birth date, cause of death, no heart disease per GP")


def m063():
    body = """Hallo Nadine,

die Antwort von Frau Dr. Lüders zu Herrn Wessel (KT 24-KT-00411) ist
gekommen - siehe unten. Aus orthopädischer Sicht sind leichte
Tätigkeiten seit Ende Mai möglich. Ich würde eine Begutachtung
beauftragen, bevor wir über die weitere Leistung entscheiden. Der
Hinweis mit der Firma des Schwagers ist neu für uns.

Aylin

-----Ursprüngliche Nachricht-----
Von: Praxis Dr. Lüders <praxis@orthopaedie-lueders.example>
Gesendet: Dienstag, 29. Oktober 2024 13:12
An: Karaca, Aylin <aylin.karaca@kompass-versicherung.example>
Betreff: AW: Anfrage zu Ihrem Patienten Herrn Timo Wessel

Sehr geehrte Frau Karaca,

zu Ihren Fragen (Schweigepflichtentbindung vom 17.10.2024 liegt vor):

1. Vorstellungen: 19.02., 04.03., 02.04., 14.05., 25.06. und
   03.09.2024.
2. MRT LWS vom 22.02.2024 (Radiologie Eppendorf): mediolaterale
   Bandscheibenprotrusion L4/5 links ohne sichere Nervenwurzel-
   kompression, Osteochondrose L5/S1. Klinisch anfangs Lasègue links
   bei 60 Grad positiv, ab Mai negativ.
3. Therapie: Ibuprofen 600 mg bei Bedarf, Physiotherapie 2 x 6 Einheiten,
   eine periradikuläre Infiltration am 04.03.2024.
4. Herr Wessel gab an, als Lagerlogistiker regelmäßig Lasten über 20 kg
   zu heben. Für diese Tätigkeit habe ich ihn bis Juni arbeitsunfähig
   geschrieben. Seit Ende Mai halte ich leichte bis mittelschwere
   Tätigkeiten für zumutbar; die AU ab Juli wurde nicht von mir,
   sondern vom Hausarzt ausgestellt.
5. Herr Wessel erwähnte im September, dass er "ab und zu" im
   Trockenbaubetrieb seines Schwagers aushelfe. Näheres ist mir nicht
   bekannt.

Die Rechnung nach GOÄ Nr. 75 liegt bei.

Mit freundlichen Grüßen
Dr. med. Katrin Lüders
Fachärztin für Orthopädie und Unfallchirurgie
"""
    msg = MSG(S("karaca"), S("roth"), "WG: Anfrage zu Ihrem Patienten Herrn Timo Wessel",
              D(2024, 10, 29, 14, 40), T(body, charset="windows-1252"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "doctor",
             "forwarded orthopaedist reply: named patient, MRI findings L4/5, infiltration, incapacity for work")


def m064():
    docx = DOCX([("h", "Ermittlungsauftrag SIU - Argus Ermittlungen GmbH"),
                 [["Unser Zeichen", "PH 24-PH-02207 / SIU-24-0655"],
                  ["Sparte", "Privathaftpflicht (Sachschaden Dritter)"],
                  ["Versicherungsnehmer", "Jan Rieck, Bornkampsweg 12, 22761 Hamburg, Vertrag PH-3381-2290"],
                  ["Anspruchsteller", "Sascha Pohl, geb. 27.01.1990, Schanzenstraße 77, 20357 Hamburg"],
                  ["Geltend gemacht", "E-Gitarre Gibson Les Paul Custom (5.900 EUR), Röhrenverstärker (3.000 EUR)"],
                  ["Schadenhergang lt. VN", "Sohn des VN (16) stößt auf einer Feier beim Anspruchsteller das Instrument um"],
                  ["Budget", "bis 2.500 EUR netto"],
                  ["Frist", "29.11.2024"]],
                 ("b", "Auftrag"),
                 "1. Bestehen persönliche oder familiäre Beziehungen zwischen VN und Anspruchsteller "
                 "(gemeinsame Vorfahren, Ehe/Lebenspartnerschaft in der Familie, gemeinsame Firma)?",
                 "2. Hat der Anspruchsteller die Instrumente nachweislich besessen (öffentliche Fotos, Konzert- "
                 "oder Bandauftritte, Verkaufsanzeigen vor/nach dem Schadentag)?",
                 "3. Wurden die Instrumente nach dem Schadentag zum Kauf angeboten?",
                 ("b", "Vorgaben"),
                 "Keine Befragung von Nachbarn oder Arbeitgebern. Keine Scheinkontakte. Nur offene Quellen und "
                 "öffentliche Register. Bericht ausschließlich an siu@kompass-versicherung.example.",
                 "Freigabe: Dr. H. Albers, 12.11.2024"], title="Ermittlungsauftrag SIU-24-0655")
    body = """Sehr geehrter Herr Kemper,

anbei unser Auftrag SIU-24-0655 (Haftpflicht, Gitarre/Verstärker).
Bitte beachten Sie die Vorgaben im Formular: diesmal ausdrücklich keine
Befragung von Nachbarn - wir hatten dazu vor kurzem eine Beschwerde in
einem anderen Fall.

Mit freundlichen Grüßen
Lukas Brenner
"""
    msg = MSG(S("brenner"), A("Rolf Kemper", "r.kemper@argus-ermittlungen.example"),
              "Auftrag SIU-24-0655", D(2024, 11, 12, 15, 30),
              MIX(T(body), ATT("Auftrag_SIU-24-0655.docx", docx, CT_DOCX)), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-investigator",
             "body harmless; DOCX order: named policyholder and claimant with birth date, addresses, liability claim")


def m065():
    body = """Hallo Aylin,

mir ist bei den Heil- und Kostenplänen der Familie Lindemann etwas
aufgefallen, kannst Du Dir das mal ansehen?

Praxis: Zahnarztpraxis Dr. Henning Baumgart, Wandsbek

Versicherte (alle Tarif ZE-Plus, Vertrag KV-6620-1175):
  Klaus Lindemann, geb. 1968   HKP vom 02.09.2024
  Petra Lindemann, geb. 1970   HKP vom 02.09.2024
  Jonas Lindemann, geb. 2005   HKP vom 09.09.2024

Alle drei Pläne haben denselben Befund: 14 und 16 Brückenpfeiler
(Befund "kw"), 15 fehlend ("f"), dazu Implantat regio 46. Geplant jeweils:
  GOZ 5010 (Brückenanker) x2, GOZ 5070 (Brückenglied),
  GOZ 9010 (Implantat), GOZ 2200 (Aufbaufüllung) x2,
  Material- und Laborkosten je ca. 4.300 EUR.
Gesamt je HKP zwischen 7.840 und 7.910 EUR.

Ein 19-Jähriger mit exakt dem gleichen Lückengebiss wie beide Eltern?
Röntgenbilder haben wir noch nicht angefordert. Die Praxis hatte 2023
schon mal zwei fast identische HKPs bei Geschwistern (damals erstattet).

Soll ich die OPGs und Modelle anfordern oder willst Du das über den
beratenden Zahnarzt machen?

Gruß
Nadine
"""
    msg = MSG(S("roth"), S("karaca"), "HKP Lindemann x3 identisch?", D(2024, 9, 18, 10, 39),
              T(body, cte="8bit"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "dental treatment plans of three named insured family members with dental findings and GOZ items")


def m066():
    body = """Hallo Lukas,

ich gebe Dir den Brandschaden Bäckerei Brockmann zur Mitprüfung, die
Zahlen passen für mich nicht zusammen.

VN:        Uwe Brockmann, Bäckerei Brockmann e.K. (Einzelkaufmann),
           Sachsentor 41, 21029 Hamburg
Verträge:  GI-4418-0772 (Inhalt + BU), WG-4418-0773 (Gebäude)
Schaden:   GI 24-GI-00931, Brand Backstube Nacht 07./08.09.2024

Geltend gemacht (vorläufig):
  Inventar/Maschinen   214.500 EUR
  BU (12 Monate)       186.000 EUR
  Gebäude              ca. 390.000 EUR

Die BU-Forderung basiert auf einem Umsatz von 612.000 EUR - das ist
der Umsatz 2022. Laut den Steuerunterlagen, die der Steuerberater
nachgereicht hat, lag der Umsatz 2023 nur noch bei 422.000 EUR,
Jahresfehlbetrag 48.200 EUR. Herr Brockmann hat außerdem am 16.08.2024
die Versicherungssumme für den Inhalt um 80.000 EUR erhöhen lassen
(Anruf bei der Agentur, Begründung "neue Knetmaschine").

Brandursachenermittlung: Dipl.-Ing. Sander ist beauftragt, Termin
vor Ort am 12.09. Ich habe ihm gesagt, er soll besonders auf
mehrere Brandausbruchsstellen achten.

Bis zum Gutachten zahlen wir nichts, auch keinen Vorschuss. Herr
Brockmann ruft täglich an; er sagt, er könne seine Mitarbeiter sonst
nicht bezahlen.

Frank

Frank Eilers
Sachschaden Gewerbe
"""
    msg = MSG(S("eilers"), S("brenner"), "GI 24-GI-00931 Brand Bäckerei - bitte SIU-Mitprüfung",
              D(2024, 9, 10, 8, 47), T(body, charset="iso-8859-1"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "internal",
             "sole trader (natural person) with turnover, annual loss, sum increase and fire claim; no criminal proceedings yet")


def m067():
    consent = PDF(["# Consent to the release of medical information (single request)",
                   "Insured person: Gareth Pryce, born 30/01/1976",
                   "Address: 17 Romilly Crescent, Cardiff",
                   "Policy: disability income (BU) BU-6621-0094, claim 24-BU-00072",
                   "",
                   "I authorise Llandaff Road Surgery, Cardiff, and the doctors who treated me in Hamburg",
                   "to provide Kompass Versicherung AG with information from my medical records about",
                   "disorders of the joints and the musculoskeletal system from 01/01/2015 onwards.",
                   "I have been informed of my right to see the report before it is sent (Access to",
                   "Medical Reports Act 1988) and I do NOT wish to see it first.",
                   "",
                   "Signed: G. Pryce          Date: 12/09/2024"],
                  title="Consent G Pryce", date="20240912100000")
    body = """Dear Dr Evans,

Re: Mr Gareth Pryce, born 30/01/1976, 17 Romilly Crescent, Cardiff

Mr Pryce has made a claim under his disability income policy with our
company (claim 24-BU-00072). He states that since January 2024 he has
been unable to work as a site manager because of severe osteoarthritis
of both knees. His signed consent is attached.

To assess the claim we would be grateful for a summary of his records,
limited to the following:

1. the date of the first consultation for knee complaints, and any
   earlier history of knee or other joint problems since 2015, including
   records transferred from his previous doctors in Germany;
2. investigations (X-ray, MRI) with dates and results;
3. treatment (medication, injections, physiotherapy, referrals);
4. your assessment of his current mobility.

We will pay your usual fee for a report of this kind. You may send the
report by e-mail to this address or through our secure upload link,
which we can provide on request.

Yours sincerely

Stefan Vogt
Disability Claims
Kompass Versicherung AG, Hamburg, Germany
"""
    msg = MSG(S("vogt"), A("Dr Rhiannon Evans", "r.evans@llandaffroad-surgery.example"),
              "Mr Gareth Pryce, DOB 30/01/1976 - request for information", D(2024, 9, 16, 10, 2),
              MIX(T(body, charset="us-ascii", cte="7bit"), ATT("Consent_Pryce.pdf", consent, CT_PDF)),
              mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
             "request to GP: named patient with DOB, disability claim for knee osteoarthritis, consent PDF")


def m068():
    body = """Dear Mr Sorensen,

Purchase order 4500-SIU-24-0129

Following your quotation Q-2024-3381 of 21 October, we order:

  Pos. 1  OpenLens Investigator, named-user licence, 12 months
          (01/12/2024 - 30/11/2025)                 5 x EUR 4,200.00
  Pos. 2  Onboarding training (remote, 2 x 3 hours)   EUR 1,800.00
  Total (net)                                          EUR 22,800.00

Conditions:
  - hosting exclusively in the EU (Frankfurt region, as confirmed)
  - data processing agreement signed before go-live (our template,
    sent by our data protection officer on 28 October)
  - no use of search queries or results for training your models
  - audit log of all searches exportable by us
  - payment 30 days net after invoice; invoice to
    rechnungseingang@kompass-versicherung.example quoting the PO number

Licence holders will be nominated by our SIU lead.

Kind regards
Gesa Haferkamp
Purchasing
Kompass Versicherung AG
"""
    msg = MSG(S("haferkamp"), A("Mads Sorensen", "m.sorensen@openlens-intel.example"),
              "PO 4500-SIU-24-0129 - OpenLens licences", D(2024, 11, 5, 9, 5),
              T(body, charset="us-ascii", cte="7bit"), cc=S("albers"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "insurer-to-supplier",
             "trap: purchase order for OSINT software with data-protection conditions, no person")


def m069():
    body = """Dear Petr, dear Lenka,

welcome to the group! As promised in Prague, a short overview of how we
set up our SIU in Hamburg - take what is useful.

Organisation
  - 14 FTE: head, 8 investigators (motor 3, property/liability 2,
    personal lines 2, travel 1), 2 analysts, 1 back office, 1 group
    liaison (Fiona)
  - reports to the Chief Claims Officer; legal and data protection are
    fixed contacts, not part of the unit
  - claims handlers refer cases via a form in the claims system; we
    answer within 2 working days whether we take the case

Tools
  - case management "SIU-Case" (in-house), rules engine and a scoring
    model for motor and property
  - tip-off database queries (national system), OSINT tool from
    December
  - framework contracts with two detective agencies and one UK firm

KPIs we report monthly
  - referrals, acceptance rate, closed cases, confirmed share
  - savings (claims not paid, recoveries), cost of external services
  - average case duration; complaints about investigations

What we would do differently today
  - involve data protection from day one (surveillance, health data)
  - write the surveillance guideline before the first surveillance
  - never let investigators contact neighbours or employers without
    explicit approval

Happy to have a call any time. Fiona will send you our templates
(blank ones) next week.

Best regards
Henrike
"""
    msg = MSG(S("albers"), [A("Petr Novák", "petr.novak@kompass-pojistovna.example"),
                            A("Lenka Dvořáková", "lenka.dvorakova@kompass-pojistovna.example")],
              "Setting up the SIU - our experience", D(2024, 11, 8, 16, 0), T(body),
              cc=S("mcallister"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "insurer-to-partner",
             "trap: SIU organisation overview for a group company, staff roles only, no case data")


def m070():
    body = """Sehr geehrte Frau Dr. Weinhold,

vielen Dank für die Einladung zum Arbeitskreis "Abrechnungsbetrug im
Gesundheitswesen" am 21.11.2024 in Köln.

Für die Kompass Versicherung AG nehmen teil:
  - Frau Aylin Karaca, Spezialermittlerin Personenversicherung
  - Herr Tobias Reinhardt, Betrugsanalytik

Gerne steuern wir zum TOP 3 ("Erfahrungsaustausch Prüfregeln") einen
Kurzbeitrag bei:
  a) Abgleich verordneter und abgerechneter Heilmittel-Einheiten
     (Regelbeschreibung und Trefferquote, ohne Fallbezug),
  b) Auswertung von Zahnersatz-Laborrechnungen auf Laborebene.

Wir gehen davon aus, dass im Arbeitskreis wie vereinbart keine
personenbezogenen Daten oder Namen von Leistungserbringern ausgetauscht
werden. Die Folien senden wir bis 15.11. an die Geschäftsstelle.

Mit freundlichen Grüßen
Dr. Henrike Albers
Leiterin Spezialermittlung (SIU)
Kompass Versicherung AG
"""
    msg = MSG(S("albers"), A("Dr. Miriam Weinhold", "m.weinhold@bundesforum-vb.example"),
              "Arbeitskreis Abrechnungsbetrug 21.11. - Teilnahme Kompass", D(2024, 10, 30, 12, 0),
              T(body), cc=[S("karaca"), S("reinhardt")], mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "insurer-to-partner",
             "trap: registration for a working group on medical billing fraud, staff names only")


def m071():
    refund_iban = iban("DE", "210501700049281736")
    body = """Sehr geehrter Herr Rahlf,

Ihre Fahrradversicherung FR-7740-0318, Schaden 24-FR-00871
Gemeldeter Diebstahl eines E-Bikes Cube Stereo Hybrid 140 am 30.09.2024

nach Abschluss unserer Prüfung und dem Gespräch am 12.11.2024 teilen
wir Ihnen mit, dass wir keine Entschädigung leisten.

Begründung:
Das als gestohlen gemeldete Rad mit der Rahmennummer WCU23418817 wurde
am 14.10.2024 über Ihr Nutzerkonto auf einem Kleinanzeigenportal zum
Verkauf angeboten. Auf den Fotos der Anzeige ist die Rahmennummer
teilweise zu erkennen. Ihre Erklärung im Gespräch, es habe sich um ein
baugleiches Rad eines Freundes gehandelt, konnten Sie nicht belegen; den
Namen des Freundes wollten Sie nicht nennen.

Nach § 28 VVG in Verbindung mit Abschnitt B § 9 unserer Bedingungen
sind wir bei arglistiger Täuschung über Tatsachen, die für den Grund
oder die Höhe der Entschädigung von Bedeutung sind, leistungsfrei.
Zugleich kündigen wir den Vertrag fristlos.

Den anteiligen Beitrag für die Zeit nach der Kündigung (38,40 EUR)
erstatten wir auf Ihr bei uns hinterlegtes Konto
IBAN """ + refund_iban + """.

Wir behalten uns vor, die uns entstandenen Ermittlungskosten geltend zu
machen. Wenn Sie mit unserer Entscheidung nicht einverstanden sind,
können Sie sich an den Versicherungsombudsmann wenden.

Mit freundlichen Grüßen

Frank Eilers                    Lukas Brenner
Sachschaden                     Spezialermittlung
Kompass Versicherung AG
"""
    msg = MSG(S("eilers"), A("Dennis Rahlf", "d.rahlf@funkpost.example"),
              "Ihr Schaden 24-FR-00871 - Entscheidung", D(2024, 11, 19, 14, 22),
              T(body), cc=S("brenner"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-customer",
             "claim decline with fraud finding: named customer, bicycle policy and claim numbers, customer IBAN")


def m072():
    body = """Hallo Frau Wendler,

bitte folgende Bestellung für die Spezialermittlung auslösen
(Kostenstelle 4710, Bestellnummer 4500-SIU-24-0124):

  4 x Diktiergerät Olympia DR-900 inkl. Konferenzmikrofon   à 189,00 EUR
  4 x microSD 64 GB, verschlüsselbar                        à  24,90 EUR
  2 x Dashcam-Testgerät Nexar Pro (für Schulungszwecke,
      Auswertung von Kundenaufnahmen im Labor)              à 249,00 EUR
  1 x Dokumentenkamera A3 (für Belegprüfung, UV-Licht)        620,00 EUR
  2 x Abschließbarer Aktenkoffer Schutzklasse 3             à 145,00 EUR

Lieferung bitte an: Kompass Versicherung AG, SIU, Raum 3.05, z. Hd.
Frau Sonntag.

Hinweis für die IT: Die Diktiergeräte werden für Befragungen genutzt
und müssen AES-verschlüsselt speichern - das DR-900 kann das laut
Datenblatt. Bitte vor Auslieferung einmal durch die IT einrichten lassen.

Danke und viele Grüße
Mareike Sonntag
"""
    msg = MSG(S("sonntag"), A("Nicole Wendler", "nicole.wendler@" + DOM),
              "Bestellung SIU: Diktiergeräte, Dokumentenkamera", D(2024, 10, 9, 13, 17),
              T(body, cte="8bit"), cc=S("einkauf"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "insurer-to-supplier",
             "trap: internal purchase order for recorders used in claimant interviews, no person")


def m073():
    body = """Dear Ms Dubois,

Your travel health claim 24-RK-02604 - hospital treatment in Bangkok

Thank you for submitting the invoice of Siam Riverside International
Hospital for your inpatient treatment for dengue fever from 21 to 26
August 2024 (USD 11,400).

Before we can reimburse the costs we need to clarify some points:

1. According to the booking confirmation you sent with your cancellation
   claim for the onward flights, you flew from Bangkok to Hamburg on
   24 August 2024 (flight TG 920). The hospital invoice, however, lists
   you as an inpatient until 26 August.
2. The invoice shows daily platelet transfusions, but the laboratory
   sheet you enclosed shows platelet counts between 140,000 and
   160,000/uL, which would not normally require transfusion.
3. The NS1 antigen test result is not included.

Please send us:
  - copies of all pages of your passport with entry/exit stamps for
    Thailand in August 2024, or your boarding passes,
  - the complete medical record of the hospital (admission notes,
    daily progress notes, laboratory results incl. NS1/IgM, discharge
    summary),
  - proof of payment of the invoice (credit card statement).

With your consent (form attached to our previous letter) we will also
contact the hospital directly. We aim to decide on your claim within
two weeks after receiving the documents.

Yours sincerely

Deniz Yıldız
Travel Claims, in cooperation with Special Investigations
Kompass Versicherung AG
"""
    msg = MSG(S("yildiz"), A("Claire Dubois", "claire.dubois@courriel-hh.example"),
              "Your claim 24-RK-02604 - further documents needed", D(2024, 10, 1, 16, 25),
              T(body, charset="utf-8", cte="base64"), cc=S("karaca"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "travel health claim: named customer, dengue fever, transfusions, lab values (base64 body)")


def m074():
    body = """Hallo Facility-Team,

bitte für uns reservieren:

Raum 3.12 (Befragungsraum)
  Do, 07.11.2024, 10:00-12:30 Uhr
  Fr, 08.11.2024, 12:30-14:30 Uhr (Ersatztermin, ggf. Storno bis Mi.)

Ausstattung: Tisch für 4 Personen, Wasser und Gläser, Taschentücher,
Konferenzmikrofon (steht im Schrank, Schlüssel bei mir). Bitte KEINE
Namen auf das Türschild und nicht im Raumkalender - nur "SIU".

Danke!
Mareike Sonntag
SIU, Tel. -2301
"""
    msg = MSG(S("sonntag"), A("Facility Management", "facility@" + DOM), "Raumreservierung 3.12 - 07./08.11.",
              D(2024, 10, 25, 9, 48), T(body, charset="iso-8859-1", cte="8bit"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal", "trap: room booking for interviews without any names")


def m075():
    body = """Sehr geehrte Frau Lorenz,

Ihre Hausratversicherung HR-1907-5523 - Leitungswasserschaden vom
03.06.2024, Schaden 24-HR-04418

für den oben genannten Schaden haben wir Ihnen am 27.06.2024 insgesamt
4.210,00 EUR gezahlt, darunter 1.650,00 EUR für den Fernseher
Samsung QE65 (Neuwert) und 1.890,00 EUR für das Ecksofa.

Am 12.08.2024 wurde ein Fernseher desselben Modells mit der
Seriennummer 0BL43HCW200417R, die Sie uns mit dem Kaufbeleg genannt
hatten, auf einem Kleinanzeigenportal als "voll funktionsfähig, wie
neu" zum Kauf angeboten. Der Käufer hat uns das Gerät gezeigt; es ist
unbeschädigt und funktioniert.

Wir fordern daher die Entschädigung für den Fernseher in Höhe von
1.650,00 EUR zurück. Bitte überweisen Sie den Betrag bis zum 20.12.2024
auf unser Konto

  Kompass Versicherung AG
  IBAN """ + iban("DE", "200400000628811900") + """
  Verwendungszweck: 24-HR-04418 Rueckforderung

Zu den übrigen Positionen (Sofa, Teppich, Bodenbelag) bleibt es bei
der Regulierung. Für Fragen steht Ihnen Herr Brenner unter
040 7126-2305 zur Verfügung.

Mit freundlichen Grüßen
Kompass Versicherung AG
Sachschaden
"""
    msg = MSG(S("eilers"), A("Anke Lorenz", "anke.lorenz@hanse-web.example"),
              "Rückforderung - Ihr Schaden 24-HR-04418", D(2024, 11, 20, 11, 3),
              T(body, charset="iso-8859-1", cte="8bit"), cc=S("brenner"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-customer",
             "recovery of overpaid household claim: named customer, policy and claim numbers, amounts")


def m076():
    body = """Dear Sir or Madam,

Our ref. KH 24-0440218 - collision in Hamburg on 02/10/2024

Our policyholder collided on 2 October 2024 at the junction
Holstenstraße / Max-Brauer-Allee, Hamburg, with a vehicle hired from
your company:

  Vehicle:     Mercedes-Benz C 300 e, UK registration LN73 HVB
  Hirer:       Mr Stuart Keane (according to his claim letter)
  Your agreement no.: stated by Mr Keane as ACH-2024-771903

Mr Keane claims against our policyholder's liability cover for repair
costs of GBP 8,940, 21 days of replacement hire and his own travel
costs. To assess the claim, we would be grateful if you could send us:

  1. a copy of the hire agreement (hirer, additional drivers, dates,
     permission to take the vehicle abroad),
  2. the check-out and check-in condition reports with photos,
  3. the invoice you issued to Mr Keane or his insurer for the damage,
     and whether the vehicle has already been repaired,
  4. confirmation whether a replacement vehicle was provided and for how
     long.

We note that the repair estimate supplied to us was issued by a body
shop in Birmingham on 30 September 2024, i.e. two days BEFORE the
accident.

Thank you in advance.

Kind regards
Jens Wolter
Special Investigations - Motor
Kompass Versicherung AG, Hamburg
"""
    msg = MSG(S("wolter"), A("Claims Department", "claims@albion-carhire.example"),
              "Your vehicle LN73 HVB - hire agreement ACH-2024-771903", D(2024, 10, 22, 14, 48),
              T(body), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "insurer-to-partner",
             "named third-party claimant, hire agreement number and registration, liability claim amounts")


def m077():
    body = """Meldung an ZIS (Zentrales Informationssystem Schaden)
Meldendes Unternehmen: U-0288 Kompass Versicherung AG
Meldender Sachbearbeiter: A. Karaca, SIU

Art der Meldung:   Personenmeldung
Sparte:            Unfall (Einzel-Unfallversicherung)
Schadennummer:     24-UV-01187
Schadendatum:      28.06.2024
Person:            Thornton, Oliver
Geburtsdatum:      02.11.1979
Anschrift:         Rothenbaumchaussee 118, 20149 Hamburg
Meldegrund (Kat.): K03 erhebliche Widersprüche zum Leistungsumfang
                   K05 Hinweis auf frühere Auffälligkeit
Freitext (max. 200 Zeichen): Angaben zur Leistungsfähigkeit nach
                   gemeldetem Unfall widersprüchlich; Anspruch nach
                   Gespräch teilweise zurückgenommen.
Information nach Art. 14 DSGVO an Betroffenen: am 25.11.2024 versandt

Die Meldung enthält gemäß ZIS-Nutzungsbedingungen keine Gesundheitsdaten.
"""
    msg = MSG(S("karaca"), A("ZIS Meldestelle", "meldungen@infodat.example"),
              "ZIS-Meldung U-0288 / 24-UV-01187", D(2024, 11, 25, 9, 31),
              T(body, cte="8bit"), cc=S("siu"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
             "tip-off database report about a named accident-insurance claimant with birth date; accident line (no medical words)")


def m078():
    body = """Hi Fiona,

danke, ich antworte Dir auf Deutsch, Du übersetzt es ja eh lieber
selbst für die Kollegen in Warschau ;-)

Zu deren Fragen:
1. Ja, der Lkw (DAF XF, HH-HB 7731) ist bei uns haftpflichtversichert,
   VN ist Herr Heiko Brandes, Transporte Heiko Brandes e.K., Hamburg,
   Vertrag KF-FL-3310-0277, Schaden KH 24-0437712.
2. Unser Fahrer sagt, der Pkw (Opel Astra, polnisches Kennzeichen
   PO 4KL22) sei auf der A2 bei Bad Eilsen ohne Grund vor ihm auf die
   rechte Spur gezogen und habe gebremst. Dashcam gibt es leider nicht.
3. Die Anspruchsteller (Fahrer und zwei Mitfahrer des Astra) fordern
   über einen Anwalt in Hannover Reparatur, Nutzungsausfall und Verdienst-
   ausfall. Personenschäden sind nicht geltend gemacht, verletzt wurde
   niemand.
4. Treffer im ZIS: der Astra war 2023 schon einmal in einen Auffahr-
   unfall mit einem Lkw verwickelt (anderer Versicherer).

Wenn die Kollegen in Polen auf ihrer Seite (Kasko des Astra?) etwas
haben, gerne her damit - über SIU-Case bitte, nicht per Mail.

Gruß Jens

-----Original Message-----
From: Fiona McAllister
Sent: Tuesday, 5 November 2024 09:12
To: Jens Wolter
Subject: Question from Kompass Polska - A2 collision 24 Sept

Jens, our colleagues in Warsaw handle the own-damage claim of the Astra.
They ask: (1) is the lorry insured with us, (2) what does our driver say,
(3) what is claimed against us, (4) anything in the German database?
They suspect a staged accident. Thanks! Fiona
"""
    msg = MSG(S("wolter"), S("mcallister"), "AW: Question from Kompass Polska - A2 collision 24 Sept",
              D(2024, 11, 5, 11, 40), T(body), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "mixed", "internal",
             "sole-trader policyholder named with plate, policy and claim numbers; nobody injured; staged-accident suspicion")


def m079():
    body = """Dear Ms Ashdown,

thank you for the demo last week. For the proof of concept we propose
the following data set. Please confirm that your platform can ingest it.

Volume: ~250,000 motor and property claims (2019-2024), ~1.1 m parties,
~400,000 vehicles, ~90,000 repair shops/assessors/lawyers.

Important: for the PoC you will receive SYNTHETIC data generated from
our schema, not real claims. Names, addresses, phone numbers, IBANs and
plates are replaced by consistent synthetic values; network structures
(who appears in which claims) are preserved. Health data and personal
lines are excluded completely.

Fields per entity:
  claim:    claim_id, line, loss_date, report_date, amount_reserved,
            amount_paid, status, siu_flag
  party:    party_id, role (policyholder/claimant/witness/driver),
            synthetic_name, synthetic_address_id, year_of_birth_band
  vehicle:  vehicle_id, make, model_year, synthetic_plate
  provider: provider_id, type, synthetic_name, postcode_area
  link:     from_id, to_id, link_type, valid_from, valid_to

Delivery as Parquet via SFTP into your EU tenant. We will need your
deletion confirmation at the end of the PoC.

Best regards
Tobias Reinhardt
Fraud Analytics, Kompass Versicherung AG
"""
    msg = MSG(S("reinhardt"), A("Clare Ashdown", "clare.ashdown@linkgraph-analytics.example"),
              "PoC data set - synthetic claims network", D(2024, 10, 10, 10, 10),
              T(body, charset="us-ascii", cte="7bit"), cc=S("quast"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "insurer-to-supplier",
             "trap: data schema with names, IBANs and plates but synthetic data only, no person")


def m080():
    odt = ODT([("h", "Strafanzeige und Strafantrag - Vorlage SIU (Stand 10/2024)"),
               "An die Staatsanwaltschaft «Ort» / das Polizeipräsidium «Ort»",
               "«Datum»",
               "Strafanzeige gegen «Vorname» «Nachname», geb. «Geburtsdatum», wohnhaft «Anschrift»",
               "wegen Betruges (§ 263 StGB) «ggf. Versicherungsmissbrauch (§ 265 StGB), Urkundenfälschung (§ 267 StGB)»",
               "Sehr geehrte Damen und Herren,",
               "hiermit erstattet die Kompass Versicherung AG, vertreten durch den Vorstand, dieser vertreten durch "
               "«Name Unterzeichner/in», Strafanzeige und stellt Strafantrag gegen die oben genannte Person.",
               ("h", "1. Sachverhalt"),
               "Der/Die Beschuldigte meldete am «Meldedatum» unter der Schadennummer «Schadennummer» "
               "(Vertrag «Vertragsnummer», Sparte «Sparte») einen Schaden und machte «Betrag» EUR geltend. "
               "«Kurzdarstellung der Täuschungshandlung»",
               ("h", "2. Beweismittel"),
               "«Liste: Schadenanzeige, Belege, Gutachten, Zeugen (nur Mitarbeitende mit Funktion)»",
               ("h", "3. Schaden"),
               "«ausgezahlt / versucht»",
               "Hinweis für Anwender: Gesundheitsdaten nur, soweit für den Tatvorwurf zwingend erforderlich "
               "(Art. 9 Abs. 2 lit. f DSGVO). Freigabe durch die Rechtsabteilung vor Versand ist Pflicht.",
               "Mit freundlichen Grüßen",
               "«Unterschrift»"])
    body = """Liebe Kolleginnen und Kollegen,

anbei die überarbeitete Vorlage für Strafanzeigen (ODT, bitte mit der
Serienbrieffunktion aus SIU-Case befüllen). Neu ist der Hinweis zu
Gesundheitsdaten und die Pflicht zur Freigabe durch uns vor Versand.

Bitte die alte Word-Vorlage nicht mehr verwenden.

Viele Grüße
Corinna Maas
Rechtsabteilung
"""
    msg = MSG(S("maas"), S("alle"), "Neue Vorlage Strafanzeige (ODT)", D(2024, 10, 8, 15, 50),
              MIX(T(body, charset="iso-8859-1"), ATT("Vorlage_Strafanzeige_SIU_2024-10.odt", odt, CT_ODT)),
              mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: ODT criminal-complaint template with «placeholders» for name and birth date")


def m081():
    body = """Liebes Team,

damit über die Feiertage nichts liegen bleibt, hier die Vertretungen
vom 16.12.2024 bis 03.01.2025:

Bereich                      abwesend            Vertretung
---------------------------  ------------------  ----------------------
Kfz                          Jens 23.12.-03.01.  Birgit Hollmann (Kfz-Schaden)
Sach/Haftpflicht             Lukas 27.12.-03.01. Jens bis 20.12., dann Henrike
Personenversicherung         Aylin 16.12.-03.01. Nadine Roth (KV) / Stefan Vogt (LV)
Analytik                     Tobias 23.12.-31.12. keine (Dashboard läuft)
Backoffice                   Mareike 30.12.-03.01. Funktionspostfach, Henrike
Group liaison                Fiona 20.12.-06.01. keine, dringend: Henrike

Bitte vor dem Urlaub:
- Abwesenheitsnotiz mit Verweis auf siu@kompass-versicherung.example
- offene Fristen (Stellungnahmen, Arzt- und Klinikanfragen) im SIU-Case
  mit Wiedervorlage auf die Vertretung setzen
- keine Akten im Büro offen liegen lassen

Ich selbst bin bis auf 24.-26.12. erreichbar.

Danke & schöne Feiertage schon mal
Henrike
"""
    msg = MSG(S("albers"), S("alle"), "Vertretungen Weihnachten/Jahreswechsel", D(2024, 11, 27, 12, 12),
              T(body, cte="8bit"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal", "trap: holiday cover plan naming colleagues without reasons")


def m082():
    body = """Dear Ms Aho,

Treaty: Individual life and disability quota share 2020, cession
BU-6621-0094 (Nordic Re share 50 %)

We would like to inform you, as required under clause 11.3 of the
treaty, of our intention to avoid the above disability income policy
for non-disclosure and to ask for your consent.

Insured:       Mr Gareth Pryce, born 30/01/1976, now resident in Cardiff
Cover:         annual disability benefit EUR 36,000 until age 67,
               premium waiver; policy start 01/08/2020
Claim:         24-BU-00072, disability since 01/2024 claimed due to
               bilateral knee osteoarthritis (M17.1), candidate for
               total knee replacement
Reserve:       EUR 612,000 (gross)

Findings: According to the GP summary of 04/10/2024 (attached), Mr
Pryce was seen by an orthopaedic surgeon in Hamburg in 06/2019 for knee
pain in both knees (X-ray: medial joint space narrowing, Kellgren-
Lawrence grade 2), received intra-articular steroid injections in
09/2019 and 03/2020 and 12 sessions of physiotherapy. In the application
of 15/07/2020 he answered the question on diseases of joints and
treatment within the last five years with "no".

Our legal department considers the requirements of § 22 VVG / § 123 BGB
(fraudulent misrepresentation) to be met; alternatively rescission under
§ 19 VVG. The insured has been given the opportunity to comment by
25/11/2024.

We would appreciate your consent by 22/11/2024. Please treat the
attached medical information as strictly confidential.

Kind regards
Stefan Vogt
Disability Claims, Kompass Versicherung AG
"""
    msg = MSG(S("vogt"), A("Karin Aho", "karin.aho@nordic-re.example"),
              "Cession BU-6621-0094 - intended avoidance, request for consent", D(2024, 11, 8, 13, 44),
              T(body), cc=[S("karaca"), A("Rückversicherung", "rueckversicherung@" + DOM)], mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
             "disability claim notice to reinsurer: named insured, DOB, knee osteoarthritis M17.1, injections")


def m083():
    gb = iban("GB", "NWBK60161331926819")
    body = """Lukas, Fiona,

before I release the payment in the baggage claim RG-24-02977 I'd like a
second opinion.

The claimant, Mr Aaron Fischer-Bell (Hamburg address, policy
RG-4410-6629), asks us to pay EUR 2,740 to a UK account:

  Account name given: "R. Bell"
  IBAN: """ + gb + """

Our Confirmation-of-Payee check via the payment provider returned
"NO MATCH - account held by Rebecca Bell-Mayhew". Mr Fischer-Bell says
it is his sister's account because his own German account is "blocked".

All his previous premium payments came from a German account:
  IBAN """ + iban("DE", "200505501287730041") + """ (account holder A. Fischer-Bell)

Our rules say: payment only to an account of the policyholder unless
there is a written assignment. Should I ask for an assignment signed by
both, or insist on his German account? Anything in the group data on a
Ms Bell-Mayhew?

Deniz
"""
    msg = MSG(S("yildiz"), [S("brenner"), S("mcallister")], "RG-24-02977 payee mismatch - advice please",
              D(2024, 10, 16, 15, 20), T(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "internal",
             "two IBANs with account holders, named claimant and third person, baggage claim; no health")


def m084():
    pdf = PDF(["# HALBROOK INVESTIGATIONS LTD",
               "14 Old Jewry Court, London  |  VAT GB 418 2209 71",
               "",
               "INVOICE HI-2024-0871                         Date: 08/11/2024",
               "Client: Kompass Versicherung AG, SIU, Kompasshof 1, 20459 Hamburg, Germany",
               "Client reference: RG-24-03391",
               "Matter: Mr Kieran Doyle - verification of purchase receipts and address",
               "",
               "Date        Description                                        Hours   Amount GBP",
               "29/10/2024  Instruction review, planning                        1.0       95.00",
               "31/10/2024  Store visit Knightsford & Co., meeting LP manager    2.5      237.50",
               "01/11/2024  Dublin: address enquiry Fairview Strand (agent)     4.0      380.00",
               "02/11/2024  Jeweller verification (watch receipt)               1.0       95.00",
               "04/11/2024  Report drafting                                     2.0      190.00",
               "            Travel expenses London-Dublin-London (receipts)               312.40",
               "",
               "Net                                                                     1,309.90",
               "VAT: reverse charge - customer to account for VAT",
               "Total GBP                                                               1,309.90",
               "",
               "Payment within 30 days. Bank: Halbrook Investigations Ltd, GB" + iban("GB", "BARC20325343718261")[2:],
               ], title="Invoice HI-2024-0871", date="20241108100000")
    body = """Hallo Rechnungseingang,

bitte die angehängte Rechnung von Halbrook (RG-24-03391) auf
Kostenstelle 4710 / Bestellung 4500-SIU-24-0098 buchen. Sachlich
richtig: Brenner, 11.11.2024.

Hinweis an mich selbst: Halbrook nochmal bitten, den Namen der
Zielperson nicht auf Rechnungen zu schreiben (Rahmenvertrag!).

Danke
Lukas Brenner
"""
    msg = MSG(S("brenner"), A("Rechnungseingang", "rechnungseingang@" + DOM),
              "Rechnung Halbrook HI-2024-0871 - sachlich richtig", D(2024, 11, 11, 8, 20),
              MIX(T(body), ATT("HI-2024-0871.pdf", pdf, CT_PDF)), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "mixed", "investigator",
             "investigator invoice PDF naming the subject of the investigation and his address checks (body German, invoice English)")


def m085():
    body = """Thank you for your message. I am out of the office until 6 January
2025 with no access to e-mail. For urgent group fraud matters please
contact siu@kompass-versicherung.example.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 6. Januar 2025 nicht im
Büro und lese keine E-Mails. In dringenden Fällen wenden Sie sich bitte
an siu@kompass-versicherung.example.

Fiona McAllister
Group Fraud Liaison
"""
    msg = MSG(S("mcallister"), A("Petr Novák", "petr.novak@kompass-pojistovna.example"),
              "Automatic reply: Rules library - Czech health rules / Automatische Antwort",
              D(2024, 12, 20, 17, 31), T(body, charset="iso-8859-1"),
              extra=[("Auto-Submitted", "auto-replied")])
    return R(msg, "NORMAL", "mixed", "internal", "trap: bilingual out-of-office reply")


def m086():
    body = """Dear Graham,

thank you for the good work this year. Before we place new
instructions in 2025, three admin points:

1. Rate card 2025: please send your updated rate card by 15 December.
   We would prefer one hourly rate for research and reporting (currently
   two) and a capped day rate for surveillance.
2. Invoices: please quote only our reference (e.g. RG-24-xxxxx or
   SIU-24-xxxx) and never the name of the person investigated - this
   is a requirement of our framework agreement (clause 9.2) and of our
   data protection officer. Invoices with names will be returned from
   January onwards.
3. VAT: reverse charge wording is fine; please add our VAT ID
   DE 812 661 904 on every invoice.

Also: the data processing agreement expires on 31/03/2025; Gesa from
purchasing will send the renewal.

Best regards
Lukas Brenner
Special Investigations
Kompass Versicherung AG
"""
    msg = MSG(S("brenner"), A("Graham Pike", "g.pike@halbrook.example"), "Admin: rate card 2025, invoices",
              D(2024, 11, 25, 14, 14), T(body, charset="us-ascii", cte="7bit"), cc=S("haferkamp"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "insurer-to-supplier",
             "trap: invoice and rate-card admin with the investigation firm, explicitly no names")


def m087():
    body = """Sehr geehrter Herr Kühl,

Ihre Kaskoversicherung KF-7702-4419 - Diebstahl Audi Q5, HH-MK 4410
Schadennummer VK 24-0433870

vielen Dank für Ihre Diebstahlmeldung vom 09.10.2024. Damit wir den
Schaden bearbeiten können, senden Sie uns bitte bis zum 25.10.2024:

1. ALLE Fahrzeugschlüssel, die Sie bei Übernahme des Fahrzeugs erhalten
   haben (laut Leasinggeber zwei Funkschlüssel und eine Notschlüssel-
   karte), per Einschreiben an die unten genannte Adresse,
2. die Zulassungsbescheinigung Teil I im Original,
3. die Bestätigung der Polizei über Ihre Anzeige (Tagebuchnummer),
4. Angaben, wo das Fahrzeug in den letzten vier Wochen vor dem Diebstahl
   über Nacht abgestellt war, und wer es außer Ihnen genutzt hat,
5. Rechnungen über Sonderausstattung, die nicht ab Werk verbaut war.

Die Schlüssel werden von einem Sachverständigen ausgelesen; Sie erhalten
sie anschließend zurück bzw. sie gehen an den Leasinggeber.

Bitte beachten Sie: Solange die Unterlagen nicht vollständig vorliegen,
können wir keine Zahlung leisten. Bei Fragen erreichen Sie mich unter
040 7126-2254.

Mit freundlichen Grüßen

Jens Wolter
Spezialermittler Kfz
Kompass Versicherung AG
Kompasshof 1, 20459 Hamburg
"""
    msg = MSG(S("wolter"), A("Matthias Kühl", "matthias.kuehl@netzpost.example"),
              "Ihr Diebstahlschaden VK 24-0433870 - benötigte Unterlagen", D(2024, 10, 11, 9, 3),
              T(body, charset="windows-1252", cte="8bit"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-customer",
             "named customer, comprehensive motor policy, claim number and plate; before any criminal proceedings")


def m088():
    body = """Aylin - see below, urgent please. The payment run is tomorrow at 10
and the assistance company wants a guarantee of payment for the final
invoice today. I am not comfortable with it.

Deniz

-----Original Message-----
From: Medical Desk <medical.desk@euroassist-services.example>
Sent: Thursday, 14 November 2024 11:02
To: Reiseschaden <reiseschaden@kompass-versicherung.example>
Subject: GOP request - case EA-24-55817 - KRÜGER Heinz-Peter - your ref 24-RK-02811

Dear colleagues,

please find below the medical update and the cost estimate from Clínica
Bahía Palma for your insured.

Patient:     KRÜGER, Heinz-Peter, DOB 17/04/1951
Policy:      travel health RK-2281-4470
Admission:   05/11/2024 via emergency room
Diagnosis:   NSTEMI (I21.4), two-vessel coronary artery disease
Procedures:  coronary angiography 05/11, PCI with 2 drug-eluting stents
             06/11, ICU 05-09/11, ward since 10/11
Current:     stable, mobilised, discharge planned 16/11
Invoice to date: EUR 48,260 (ICU 5 days at EUR 3,900/day, PCI package
             EUR 19,800, stents charged separately EUR 5,400)

Our medical officer notes that the ICU stay appears long for an
uncomplicated PCI and that stents are usually included in the PCI
package. We recommend a guarantee of payment of EUR 30,000 pending the
itemised invoice.

Repatriation: seated, with medical escort, 17/11.

Kind regards
EuroAssist Services - Medical Desk
"""
    msg = MSG(S("yildiz"), S("karaca"), "FW: GOP request - case EA-24-55817 - KRÜGER Heinz-Peter - your ref 24-RK-02811",
              D(2024, 11, 14, 11, 30), T(body), mailer=OUTLOOK, extra=[("Importance", "high")])
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "short top note; quoted assistance report: named patient with DOB, NSTEMI I21.4, stents, ICU stay")


def m089():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Weiterbildung kompakt</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1d;margin:0">
<div style="background:#0b3d5c;color:#fff;padding:14px 20px"><b>Weiterbildung kompakt</b> &middot; Personalentwicklung Schaden &middot; November 2024</div>
<div style="padding:20px">
<h2 style="color:#0b3d5c">Neu: &bdquo;Befragungstechniken für Schadenregulierer&ldquo; (2 Tage)</h2>
<p>Wie führe ich ein Gespräch mit Anspruchstellern, wenn Angaben widersprüchlich sind &ndash; fair,
rechtssicher und ohne Vorverurteilung? Das Seminar wurde mit der SIU und einer Trainerin der
Polizeiakademie entwickelt.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8eef3"><th align="left">Modul</th><th align="left">Inhalt</th></tr>
<tr><td>1</td><td>Gesprächsaufbau, offene Fragen, Trichtertechnik</td></tr>
<tr style="background:#f5f7f9"><td>2</td><td>Umgang mit emotional belasteten Personen (z.&nbsp;B. nach Unfällen, Todesfällen, schwerer Krankheit)</td></tr>
<tr><td>3</td><td>Rechtlicher Rahmen: Aufklärungsobliegenheit, § 31 VVG, Datenschutz, Protokoll und Aufzeichnung</td></tr>
<tr style="background:#f5f7f9"><td>4</td><td>Rollenspiele mit fiktiven Fällen (Hausrat, Krankentagegeld, Kfz)</td></tr>
</table>
<p><b>Termine:</b> 20./21.01.2025 und 17./18.03.2025, jeweils Kompasshof, Raum 1.02<br>
<b>Anmeldung:</b> im Lernportal unter <a href="https://lernen.kompass-versicherung.example/kurs/BEF-01">BEF-01</a></p>
<p style="font-size:12px;color:#666">Sie erhalten diesen Newsletter als Mitarbeiterin oder Mitarbeiter im Ressort Schaden/Leistung.</p>
</div></body></html>
"""
    msg = MSG(A("Personalentwicklung", "personalentwicklung@" + DOM), A("Ressort Schaden/Leistung", "ressort-schaden@" + DOM),
              "Weiterbildung kompakt: Befragungstechniken für Schadenregulierer", D(2024, 11, 18, 8, 0),
              H(html), extra=[("Precedence", "bulk")])
    return R(msg, "NORMAL", "de", "newsletter",
             "trap: HTML-only training newsletter about interviewing claimants after accidents or illness, fictitious cases")


def m090():
    body = """Interne Stellenausschreibung Nr. 2024-117

Spezialermittler/in Personenversicherung (m/w/d)
Spezialermittlung (SIU), Hamburg, Vollzeit, unbefristet

Ihre Aufgaben
- Prüfung auffälliger Leistungsfälle in Kranken-, Krankentagegeld-,
  Berufsunfähigkeits-, Unfall- und Pflegeversicherung
- Auswertung von Arztberichten, Gutachten, Abrechnungen (GOÄ, GOZ,
  Heilmittel) und Entlassberichten
- Anfragen an Ärztinnen, Ärzte und Kliniken nach § 213 VVG
- Befragung von Versicherten und Zeugen, Beauftragung von Gutachtern
  und Detekteien
- Zusammenarbeit mit Rechtsabteilung und Strafverfolgungsbehörden

Ihr Profil
- Ausbildung als Kaufmann/-frau für Versicherungen mit mehrjähriger
  Erfahrung in der Leistungsprüfung Personenversicherung ODER
  medizinische Ausbildung (z. B. MFA, Gesundheits- und Krankenpflege)
  mit Interesse an Versicherungsthemen
- sicherer Umgang mit medizinischer Terminologie und ICD-10-GM
- Verschwiegenheit, Fingerspitzengefühl, Englisch von Vorteil

Bewerbung bis 15.12.2024 im Karriereportal. Fragen beantwortet
Dr. Henrike Albers (Durchwahl -2300).
"""
    msg = MSG(A("Personalabteilung", "personal@" + DOM), A("Alle Mitarbeitenden", "alle@" + DOM),
              "Interne Stellenausschreibung 2024-117: Spezialermittler/in Personenversicherung",
              D(2024, 11, 21, 8, 0), T(body))
    return R(msg, "NORMAL", "de", "internal",
             "trap: job posting with medical terminology, ICD-10-GM, doctors' reports; no person")


def m091():
    body = """CHANGE NOTICE CHG-24-1187 - SIU-Case 5.0 upgrade

When:     Saturday 30 November 2024, 07:00 - 19:00 CET
Impact:   SIU-Case (web and client), SIU dashboard, scoring interface
          to the claims system - NOT available during the window.
          Referrals from claims handlers will be queued and processed
          after the upgrade.

What changes for users
  - new document viewer (fixes the preview problem with encrypted
    PDF reports from doctors' portals, ticket INC-24-88213)
  - role-based masking of names and dates of birth in list views
  - deletion workflow: cases past their retention date are proposed
    for deletion every month; the SIU lead confirms
  - audit log export for the data protection officer

Action required
  - close all open documents by Friday 18:00
  - local exports (if any) must be deleted; they will not be readable
    by the new version anyway

Rollback plan: restore of Friday's snapshot, decision by 15:00 Saturday.

Contact: Ole Lorenzen (application owner), IT service desk for incidents.
"""
    msg = MSG(S("lorenzen"), [S("alle"), A("Kompass Group Fraud Network", "fraud-network@kompass-group.example")],
              "Change notice: SIU-Case 5.0 upgrade on 30 Nov (downtime)", D(2024, 11, 22, 15, 5),
              T(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "internal",
             "trap: change notice mentioning doctors' reports, dates of birth, retention; no person")


def m092():
    body = """Jens,

heads-up from our Dutch colleagues (Kompass Verzekeringen, Rotterdam):

Dutch customs opened a container at the Port of Rotterdam on
18 October, declared as "used household goods", destination Limassol.
Inside: a BMW X5 xDrive40d, black, VIN WBA51CX080LK47716, German
plates removed but found in the glovebox: HH-FB 3090.

Our system shows:
  Policyholder: Mr Florian Beck, Jarrestraße 61, 22303 Hamburg
  Policy:       comprehensive motor KF-2230-8841
  Claim:        VK 24-0429115, theft reported 02/09/2024 in Hamburg-
                Winterhude, claimed EUR 71,500 (replacement value)
  Status:       not yet paid, assessor report pending

What makes the Dutch colleagues suspicious: the container was booked by
"Beck & Partner Logistics B.V.", whose director according to the Dutch
chamber of commerce is a Mr Sören Beck - same surname, born in Hamburg.
Could be coincidence.

The vehicle is in the custody of Dutch customs. Please put the claim on
hold and let me know if you want Halbrook or the Dutch partner to look
into the family link. I haven't informed the policyholder.

Fiona
"""
    msg = MSG(S("mcallister"), S("wolter"), "NL customs find - BMW X5 VK 24-0429115", D(2024, 10, 21, 9, 55),
              T(body, cte="8bit"), cc=S("hollmann"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "internal",
             "named policyholder, address, VIN, plate, theft claim; family link suspicion; no proceedings against him")


def m093():
    rows = [["Schaden-Nr.", "Sparte", "VN", "Kennzeichen", "Schadendatum", "Schadenart", "Reserve EUR", "Score",
             "Verdachtsgrund", "Status SIU"],
            ["KH 24-0418877", "KH", "Kaminski, Robert", "HH-RK 288", "22.08.2024", "Heckschaden", 2914.37, 71, "K02 Fotos doppelt", "Nachbesichtigung"],
            ["KH 24-0420153", "KH", "Albrecht, Sandra", "PI-SA 73", "29.08.2024", "Heckschaden", 3380.10, 68, "K02 Fotos doppelt", "Nachbesichtigung"],
            ["VK 24-0431009", "VK", "Lührs, Carola", "HH-EL 4021", "03.09.2024", "Parkschaden", 3106.02, 66, "K02 Fotos doppelt", "Nachbesichtigung"],
            ["VK 24-0433870", "VK", "Kühl, Matthias", "HH-MK 4410", "09.10.2024", "Diebstahl", 58900.00, 88, "K01/K03", "abgelehnt"],
            ["VK 24-0429115", "VK", "Beck, Florian", "HH-FB 3090", "02.09.2024", "Diebstahl", 71500.00, 79, "K04 Netzwerk NL", "ruhend"],
            ["KH 24-0437712", "KH", "Transporte Heiko Brandes e.K.", "HH-HB 7731", "24.09.2024", "Spurwechsel A2", 18400.00, 74, "K04 ZIS-Treffer", "offen"],
            ["KH 24-0440218", "KH", "Ohlendorf, Merle", "HH-MO 512", "02.10.2024", "Kreuzung, Mietwagen UK", 14380.00, 81, "K03 Kostenvoranschlag vor Unfall", "Anfrage Vermieter"],
            ["VK 24-0441107", "VK", "Demir, Can", "HH-CD 1207", "11.10.2024", "Glas/Hagel", 2210.00, 52, "K99", "zurück an Fachbereich"]]
    xlsx = XLSX([("Oktober 2024", rows)])
    body = """Hallo Birgit,

anbei wie besprochen die Liste für unseren Abgleich am Freitag.
Bitte nicht weiterverteilen.

Gruß Jens
"""
    msg = MSG(S("wolter"), S("hollmann"), "Liste Oktober", D(2024, 10, 30, 17, 48),
              MIX(T(body, charset="iso-8859-1"), ATT("Kfz-Verdachtsfaelle_2024-10.xlsx", xlsx, CT_XLSX)),
              mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "internal",
             "body harmless; XLSX: named motor policyholders with plates, claim numbers and fraud scores (no injuries)")


def m094():
    body = """Hallo Aylin,

ich bräuchte Deine Einschätzung zu einem Invaliditätsfall, bevor ich
das Gutachten akzeptiere.

UV-5518-2093, VP Frau Melanie Grotjahn, geb. 05.10.1986
Unfall 18.03.2023: Sturz auf Glatteis, Außenknöchelfraktur rechts
(S82.6), Plattenosteosynthese, Metallentfernung 11/2023.

Invaliditätsgutachten Dr. Brauer vom 02.12.2024: Bewegungs-
einschränkung OSG rechts (Heben/Senken 10-0-30), Belastungsschmerz,
"Gehstrecke nach Angabe max. 1 km, Laufen nicht möglich", Bewertung
3/7 Fußwert, d. h. bei 40 % Fußwert rund 17 % Invalidität, mit
Progression 350 % ca. 54.000 EUR.

Jetzt das Problem: Eine Kollegin aus dem Vertrieb kennt Frau Grotjahn
aus dem Laufverein. Frau Grotjahn steht in der öffentlichen
Ergebnisliste des Hamburger Halbmarathons vom 21.04.2024 mit
1:52:40 h und hat im Oktober einen Staffelmarathon gelaufen (Foto auf
der Vereinsseite).

Das passt nicht zu "Laufen nicht möglich". Kann man dem Gutachter die
Ergebnislisten vorlegen und um ergänzende Stellungnahme bitten, oder
brauchen wir erst eine Befragung? Die Frist für die Erstbemessung läuft
am 18.03.2025 ab.

Danke
Anja
"""
    msg = MSG(S("petersen"), S("karaca"), "UV-5518-2093 Grotjahn - Gutachten vs. Halbmarathon",
              D(2024, 12, 9, 13, 26), T(body), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "accident claim: named insured with birth date, ankle fracture S82.6, surgery, invalidity assessment")


def m095():
    pdf = PDF([["Kompass Versicherung AG  |  Rechtsabteilung  |  Kompasshof 1  |  20459 Hamburg",
                "",
                "Staatsanwaltschaft Hamburg, Gorch-Fock-Wall 15, 20355 Hamburg",
                "",
                "# Strafanzeige und Strafantrag",
                "gegen 1. Patrick Sauer, geb. 23.01.1991, Veringstraße 130, 21107 Hamburg",
                "    2. Dominik Rausch, geb. 08.05.1989, Georg-Wilhelm-Straße 9, 21107 Hamburg",
                "wegen gemeinschaftlichen Betruges (§§ 263, 25 Abs. 2 StGB)",
                "",
                "# 1. Sachverhalt",
                "Herr Sauer ist bei uns Versicherungsnehmer einer Kfz-Haftpflichtversicherung (KF-6618-3307,",
                "VW Passat, HH-PS 231). Er meldete am 15.06.2024, er sei am 14.06.2024 gegen 23:40 Uhr in der",
                "Georg-Wilhelm-Straße beim Einparken gegen den geparkten BMW 530d (HH-DR 895) des Herrn",
                "Rausch gestoßen. Herr Rausch machte über einen Anwalt Reparaturkosten von 11.920 EUR,",
                "Wertminderung 1.450 EUR, Nutzungsausfall und Gutachterkosten, insgesamt 14.870 EUR, geltend.",
                "",
                "# 2. Verdachtsmomente",
                "- Herr Sauer und Herr Rausch sind in sozialen Netzwerken befreundet und Mitglieder desselben",
                "  Fitnessstudios; beide haben bei der Schadenmeldung erklärt, sich nicht zu kennen.",
                "- Der BMW hatte im Juli 2023 einen Vorschaden an derselben Stelle, der von einem anderen",
                "  Versicherer fiktiv abgerechnet wurde (ZIS-Treffer).",
                "- Das Gutachten des Sachverständigen Lamprecht vom 30.08.2024: Die Schäden am Passat",
                "  (Höhe, Spurenbild) sind mit dem Schadenbild am BMW nicht kompatibel.",
                "- Unfallzeit nachts, keine Zeugen, Fahrzeuge am Folgetag gemeinsam in derselben Werkstatt.",
                "",
                "# 3. Schaden",
                "Versuchter Betrug; gezahlt wurde nichts.",
                "",
                "# 4. Beweismittel",
                "Schadenanzeige, Anwaltsschreiben, Gutachten Lamprecht, ZIS-Auskunft, Screenshots",
                "Zeugen: Jens Wolter, Spezialermittler (zu laden über die Anschrift der Gesellschaft)",
                "",
                "Hamburg, 21.11.2024",
                "Dr. Corinna Maas, Rechtsabteilung          Jens Wolter, Spezialermittlung"]],
              title="Strafanzeige Sauer Rausch", date="20241121110000")
    body = """Sehr geehrte Damen und Herren,

anbei übersenden wir Ihnen unsere Strafanzeige nebst Strafantrag gegen
Herrn Patrick Sauer und Herrn Dominik Rausch wegen des Verdachts des
gemeinschaftlichen Betruges (unser Zeichen KH 24-0412280).

Die im Schriftsatz genannten Anlagen senden wir Ihnen auf Anforderung
gern auf einem verschlüsselten Datenträger. Bitte teilen Sie uns das
Aktenzeichen mit.

Mit freundlichen Grüßen
Dr. Corinna Maas
Rechtsabteilung
Kompass Versicherung AG
"""
    msg = MSG(S("maas"), A("Staatsanwaltschaft Hamburg", "poststelle@sta-hamburg.example"),
              "Strafanzeige Kompass Versicherung AG - KH 24-0412280", D(2024, 11, 21, 11, 48),
              MIX(T(body), ATT("Strafanzeige_KH24-0412280.pdf", pdf, CT_PDF)), cc=S("wolter"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
             "criminal complaint against two named persons with birth dates and addresses (Art. 10 data)")


def m096():
    body = """Notiz zur Akte GI 24-GI-00931 (Brockmann) - Akteneinsicht

Am 16.01.2025 habe ich über Kanzlei Rademacher die Ermittlungsakte
6104 Js 1022/24 der StA Hamburg eingesehen (Auszug als Kopie, Bl. 1-214).
Für unsere Akte relevant:

1. Bundeszentralregister-Auszug Herr Uwe Brockmann (Bl. 38): eine
   Eintragung - Amtsgericht Hamburg-Bergedorf, Strafbefehl vom
   14.06.2016, Insolvenzverschleppung (§ 15a InsO), 90 Tagessätze zu
   40 EUR. Betraf die frühere "Brockmann Backwaren GmbH".
2. Zeugenaussage Nachbarin Frau H. (Bl. 77): Sie habe in der Brandnacht
   gegen 2:10 Uhr Licht in der Backstube gesehen und das Auto von Herrn
   Brockmann vor der Tür. Herr Brockmann gibt an, um 22 Uhr gegangen
   zu sein.
3. Funkzellenauswertung (Bl. 130 ff.): Mobiltelefon des Beschuldigten
   zwischen 1:48 und 2:31 Uhr in der Funkzelle Sachsentor eingebucht.
4. Gutachten LKA-Brandsachverständiger (Bl. 160 ff.) bestätigt zwei
   Brandausbruchsbereiche und Ottokraftstoff.

Folgerung: Leistungsfreiheit nach § 81 VVG (vorsätzliche Herbeiführung)
ist gut begründbar. Die Ablehnung sollte sich aber nicht auf die
Vorstrafe stützen, die für den Brand ohne Bedeutung ist.

Die Kopie der Ermittlungsakte liegt verschlossen im Stahlschrank 3.05,
nicht im SIU-Case einscannen (Zweckbindung § 406e StPO).

L. Brenner, 17.01.2025
"""
    msg = MSG(S("brenner"), [S("eilers"), S("maas")], "Notiz Akteneinsicht Brockmann",
              D(2025, 1, 17, 9, 10), T(body, cte="base64"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "base64 body: criminal record entry and criminal file content about a named suspect (Art. 10)")


def m097():
    body = """Sehr geehrte Damen und Herren,

anbei unsere Pressemitteilung von heute zur freien Verwendung.

------------------------------------------------------------------
PRESSEMITTEILUNG
Hamburg, 3. Dezember 2024

Kompass Versicherung: Jeder zehnte geprüfte Verdachtsfall bestätigt -
18,9 Millionen Euro Schaden für die Versichertengemeinschaft verhindert

Die Spezialermittlung (SIU) der Kompass Versicherung AG hat 2023 rund
6.100 auffällige Schadenfälle geprüft. In etwa jedem vierten Fall
bestätigte sich der Verdacht einer unberechtigten Forderung ganz oder
teilweise. Insgesamt wurden Zahlungen von 18,9 Mio. Euro vermieden oder
zurückgefordert.

Schwerpunkte waren fingierte Kfz-Diebstähle, überhöhte Hausratschäden
und zunehmend gefälschte Arzt- und Klinikrechnungen aus dem Ausland in
der Reisekrankenversicherung.

"Die allermeisten unserer Kundinnen und Kunden sind ehrlich. Gerade
deshalb ist es unsere Pflicht, Betrug konsequent aufzuklären - denn am
Ende zahlen ihn alle über ihre Beiträge", sagt Dr. Henrike Albers,
Leiterin der Spezialermittlung.

Verdachtsfälle werden immer von Menschen geprüft; eine automatische
Ablehnung durch Software gibt es nicht. Gesundheitsdaten werden nur mit
Einwilligung oder im gesetzlich erlaubten Rahmen verarbeitet.

Pressekontakt: Kai Brandt, presse@kompass-versicherung.example,
Tel. 040 7126-1010
------------------------------------------------------------------

Mit freundlichen Grüßen
Unternehmenskommunikation
Kompass Versicherung AG
"""
    msg = MSG(S("presse"), A("Redaktion Wirtschaft", "wirtschaft@nordpresse-agentur.example"),
              "PM: Kompass verhindert 18,9 Mio. Euro Schaden durch Versicherungsbetrug",
              D(2024, 12, 3, 10, 0), T(body), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "insurer-to-partner",
             "trap: press release with fraud statistics and medical invoice trend, only the spokesperson named")


def m098():
    csvt = """testfall;name;vorname;geburtsdatum;sparte;icd;betrag;iban;erwarteter_score;erwartete_regel
T001;Mustermann (fiktiv);Max;01.01.1970;KTG;M54.5;4500,00;DE89 3704 0044 0532 0130 00;>=15;R-H12
T002;Musterfrau (fiktiv);Erika;12.08.1964;KTG;F32.1;9000,00;DE89 3704 0044 0532 0130 00;>=10;R-H17
T003;Testperson (fiktiv);Tom;29.02.1980;Reise-KV;K85.9;14600,00;DE89 3704 0044 0532 0130 00;>=20;R-T04
T004;Beispiel (fiktiv);Bea;31.12.1999;Zahn;K08.1;7900,00;DE89 3704 0044 0532 0130 00;>=12;R-Z02
T005;Mustermann (fiktiv);Max;01.01.1970;Hausrat;;6200,00;DE89 3704 0044 0532 0130 00;0;keine
"""
    body = """Hi Ole,

für den Regressionstest der Scoring-Schnittstelle nach dem Upgrade die
Testfälle (alles fiktiv: Mustermann-Namen, die Beispiel-IBAN aus der
Bankdoku, ICD-Codes nur als Trigger). Bitte in die Testumgebung T2
einspielen, NICHT in Produktion.

Erwartung: T001-T004 lösen die genannten Regeln aus, T005 nicht.

Danke
Tobias
"""
    msg = MSG(S("reinhardt"), S("lorenzen"), "Testfälle Scoring nach Upgrade (fiktiv)", D(2024, 11, 28, 16, 2),
              MIX(T(body), T(csvt, charset="utf-8", cte="quoted-printable", filename="testfaelle_scoring_T2.csv")),
              mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: CSV test cases with fictitious Mustermann names, birth dates, ICD codes and the published example IBAN")


def m099():
    body = """Sehr geehrter Herr Brockmann,

Ihr Brandschaden vom 08.09.2024 - Schaden GI 24-GI-00931
Verträge GI-4418-0772 und WG-4418-0773

wie telefonisch angekündigt, findet die Besichtigung der Brandstelle
durch den von uns beauftragten Sachverständigen statt am

   Donnerstag, 12.09.2024, 10:00 Uhr
   Bäckerei Brockmann e.K., Sachsentor 41, 21029 Hamburg

Teilnehmer: Dipl.-Ing. Markus Sander (Brandsachverständiger),
Herr Lukas Brenner und Herr Frank Eilers (Kompass Versicherung).

Bitte sorgen Sie dafür, dass
- die Backstube und das Mehllager zugänglich sind,
- bis zur Besichtigung nichts entfernt oder aufgeräumt wird,
- die Unterlagen zur Wartung der Öfen und der Elektroanlage sowie
  die Inventarliste bereitliegen.

Zur Prüfung der Betriebsunterbrechung bitten wir außerdem um die
Betriebswirtschaftlichen Auswertungen (BWA) Januar bis August 2024 und
die Summen- und Saldenliste 2023 von Ihrem Steuerberater.

Einen Vorschuss können wir erst nach der Besichtigung prüfen.

Mit freundlichen Grüßen
Frank Eilers
Sachschaden Gewerbe
Kompass Versicherung AG
"""
    msg = MSG(S("eilers"), A("Uwe Brockmann", "info@baeckerei-brockmann.example"),
              "Besichtigung Brandstelle 12.09.2024 - GI 24-GI-00931", D(2024, 9, 10, 14, 30),
              T(body, charset="windows-1252"), cc=S("brenner"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-customer",
             "sole trader (natural person) with contract and claim numbers, business address, financial records requested")


def m100():
    body = """Liebe Kolleginnen und Kollegen,

nach sechs Jahren in der Kfz-Schadenregulierung - davon drei als
unsere wichtigste Ansprechpartnerin für Verdachtsfälle - wechselt
Birgit Hollmann zum 1. Januar in die Großschadenregulierung.

Wir wollen uns bei ihr bedanken und laden herzlich ein:

   Freitag, 20.12.2024, ab 15:00 Uhr, Teeküche 3. OG
   (Kuchen ist organisiert, Sekt auch)

Für ein kleines Abschiedsgeschenk geht ab Montag ein Umschlag herum.

Liebe Grüße
Mareike für das SIU-Team
"""
    msg = MSG(S("sonntag"), [S("alle"), S("kfz")], "Abschied Birgit Hollmann am 20.12.", D(2024, 12, 12, 10, 15),
              T(body, charset="iso-8859-1", cte="quoted-printable"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal", "trap: farewell invitation naming a colleague, organisational only")


def m101():
    body = """Hi Lukas,

bei dem Glasschaden (Ceranfeld) ist das Foto 1:1 dasselbe wie in
24-GL-00410 vom Juli - gleiche Sprungform, gleicher Topf mit Delle im
Hintergrund, nur anders zugeschnitten. Bildvergleich aus dem Tool: 97 %.

Die beiden VN wohnen nicht zusammen, aber im selben Haus (Nr. 14,
1. und 3. OG). Kannst Du mal schauen? Ich halte die Zahlung (690 EUR)
an.

Danke, Frank
"""
    msg = MSG(S("eilers"), S("brenner"), "Glas 24-GL-00618 Hr. Dittmer / 24-GL-00410 Fr. Kruse - Foto doppelt",
              D(2024, 10, 2, 16, 40), T(body, cte="8bit"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "internal",
             "names of two policyholders only in the subject with glass claim numbers; shared address hint")


def m102():
    body = """Dear Mr Lindgren,

Valuables insurance WS-3390-7715 - theft of a wristwatch in Barcelona
on 26 September 2024, claim 24-WS-00188

We are sorry to hear about the theft. You are claiming EUR 11,800 for a
Rolex Submariner Date (ref. 126610LN) stolen from the safe of your hotel
room at the Hotel Mirador del Port.

To process the claim we need the following documents:

1. the police report (denuncia) of the Mossos d'Esquadra - a certified
   copy, not the online pre-report - together with a translation,
2. a written confirmation from the hotel that the theft was reported to
   them, including the date and time and whether the safe showed signs
   of forced opening,
3. the original purchase invoice showing the serial number, or the
   warranty card,
4. photos of you wearing the watch before the trip, and the box and
   papers if you still have them.

Please note that we will check the serial number with the
manufacturer's lost-and-stolen register and an international watch
database; the watch will be registered as stolen there. Should the watch
be found later, please inform us immediately.

We will contact you again as soon as we have received the documents.

Kind regards

Lukas Brenner
Special Investigations
Kompass Versicherung AG, Hamburg
"""
    msg = MSG(S("brenner"), A("Marcus Lindgren", "marcus.lindgren@northmail.example"),
              "Your claim 24-WS-00188 - watch stolen in Barcelona", D(2024, 10, 7, 15, 15),
              ALT(body, "<html><body><pre style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
                  + body.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>\n",
                  charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "insurer-to-customer",
             "named customer with valuables policy and claim numbers, stolen watch details; no health")


def m103():
    body = """Sehr geehrte Damen und Herren,

an einem Verkehrsunfall am 27.09.2024 gegen 21:15 Uhr in Hamburg-
Billstedt (Kreuzung Öjendorfer Weg / Schiffbeker Weg) war ein Fahrzeug
aus Ihrem Bestand beteiligt:

  Fahrzeug:   Mercedes-Benz A 180, HH-EM 6112
  Fahrer laut Unfallmitteilung: Herr Kevin Ruge, Billstedter
              Hauptstraße 70, 22111 Hamburg

Der Fahrer macht gegenüber unserem Versicherungsnehmer (Schaden KH
24-0436620) Ansprüche geltend, u. a. Verdienstausfall. Zur Prüfung
bitten wir um folgende Auskünfte:

1. Wer war Mieter des Fahrzeugs, wann wurde es angemietet und
   zurückgegeben? (Nach Angaben unseres Versicherungsnehmers nur rund
   zwei Stunden vor dem Unfall.)
2. Wurden Schäden bei der Rückgabe dokumentiert, und wurde die
   Reparatur bereits durchgeführt bzw. abgerechnet?
3. Hat Herr Ruge in den letzten 24 Monaten weitere Fahrzeuge bei Ihnen
   gemietet, die in Unfälle verwickelt waren? (Bitte nur Datum und
   Kennzeichen.)

Unser berechtigtes Interesse ergibt sich aus der Abwehr unbegründeter
Ansprüche (Art. 6 Abs. 1 lit. f DSGVO). Eine Antwort bis 25.10.2024
wäre hilfreich.

Mit freundlichen Grüßen
Jens Wolter
Spezialermittler Kfz
Kompass Versicherung AG
"""
    msg = MSG(S("wolter"), A("Schadenabteilung", "schaden@elbe-mietwagen.example"),
              "Ihr Fahrzeug HH-EM 6112 - Unfall 27.09.2024 - Anfrage", D(2024, 10, 11, 11, 20),
              T(body, charset="iso-8859-1"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-partner",
             "named third-party driver with address, plate and claim number sent to a rental company")


def m104():
    docx = DOCX([("h", "Protokoll Abstimmung SIU / Datenschutz - 07.10.2024"),
                 "Teilnehmende: Dr. H. Albers (SIU), S. Quast (DSB), Dr. C. Maas (Recht), T. Reinhardt (Analytik), "
                 "O. Lorenzen (IT)",
                 ("b", "TOP 1 - Daten über Straftaten (Art. 10 DSGVO)"),
                 "Strafanzeigen, Ermittlungsakten und Vorstrafen werden im SIU-Case nur in der Rubrik 'Strafverfahren' "
                 "gespeichert; Zugriff nur SIU_LEAD und Recht. Kopien aus Ermittlungsakten werden nicht eingescannt.",
                 ("b", "TOP 2 - Gesundheitsdaten in SIU-Fällen"),
                 "Arztauskünfte nur mit Einwilligung bzw. Information nach § 213 VVG. Detekteien erhalten keine "
                 "Diagnosen, nur die für den Auftrag nötige Beschreibung der behaupteten Einschränkung.",
                 ("b", "TOP 3 - Löschkonzept"),
                 [["Datenkategorie", "Frist", "Auslöser"],
                  ["Hinweis ohne Bestätigung", "12 Monate", "Eingang"],
                  ["abgeschlossener Fall ohne Verfahren", "5 Jahre", "Abschluss"],
                  ["Fall mit Straf-/Zivilverfahren", "3 Jahre", "rechtskräftiger Abschluss"],
                  ["Observationsmaterial, nicht erheblich", "6 Monate", "Abschluss"]],
                 ("b", "TOP 4 - DSFA OSINT-Tool"),
                 "DSFA wird bis 15.11. abgeschlossen; Nutzung erst nach Freigabe. Keine Suche nach Gesundheits-, "
                 "Religions- oder Gewerkschaftsinformationen.",
                 ("b", "Nächster Termin"), "13.01.2025"], title="Protokoll SIU Datenschutz 2024-10-07")
    body = """Hallo zusammen,

anbei das Protokoll unserer Abstimmung vom Montag. Anmerkungen bitte
bis Freitag, dann gilt es als abgestimmt.

Viele Grüße
Sebastian Quast
"""
    msg = MSG(S("quast"), [S("albers"), S("maas"), S("reinhardt"), S("lorenzen")],
              "Protokoll Abstimmung SIU/Datenschutz 07.10.", D(2024, 10, 9, 8, 55),
              MIX(T(body, charset="iso-8859-1"), ATT("Protokoll_SIU_DSB_2024-10-07.docx", docx, CT_DOCX)),
              mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: DOCX minutes on criminal-offence data, health data and retention rules, no person")


def m105():
    body = """Dear Mr Ferrer,

We would like to instruct you in the following matter:

  Our ref.:       WG-A 24-00317 (buildings insurance abroad)
  Insured:        Dr. Jürgen Wilms, Hamburg (owner)
  Risk address:   Camí de Can Soler 12, 07460 Pollença, Mallorca
  Policy:         WG-A-1184-0926
  Loss:           water damage reported 23/09/2024, burst pipe in the
                  upper bathroom during the owner's absence
  Claimed:        EUR 38,400 (new bathroom, flooring upper floor,
                  repainting, kitchen front panels)

Please inspect the property and report on cause, extent and reasonable
repair costs. In addition, and discreetly, please check:

  - whether a building or renovation permit (licencia de obra menor /
    mayor) was applied for at the Ajuntament de Pollença in 2024 -
    we have an indication that a bathroom renovation was planned
    before the loss;
  - the invoices and estimates of the contractor named by the insured
    (Reformas Tramuntana S.L.), in particular their dates;
  - whether the damaged bathroom and flooring were original or already
    partly removed.

Dr. Wilms has been informed that you will contact him for an
appointment (mobile +49 171 4408 2219). Please do not discuss the
permit question with him.

Fees according to your rate card 2024. Report within 3 weeks, please.

Kind regards
Lukas Brenner
Special Investigations - Property
Kompass Versicherung AG
"""
    msg = MSG(S("brenner"), A("Joan Ferrer", "j.ferrer@baleares-loss.example"),
              "Instruction WG-A 24-00317 - Pollença water damage", D(2024, 10, 3, 10, 45),
              T(body), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "insurer-to-assessor",
             "named owner, risk address, buildings policy and claim, mobile number sent to a loss adjuster")


def m106():
    body = """Hallo Aylin,

zu Deiner Frage aus dem Jour fixe, wann wir Ärztinnen und Ärzte direkt
anschreiben dürfen - hier die Kurzfassung als Merkzettel. Gilt für alle
Sparten der Personenversicherung.

1. Grundlage ist § 213 VVG. Wir dürfen personenbezogene
   Gesundheitsdaten bei Ärzten, Kliniken, Pflegeeinrichtungen, anderen
   Versicherern usw. nur erheben, soweit das zur Beurteilung des Risikos
   oder der Leistungspflicht erforderlich ist UND die betroffene Person
   eingewilligt hat.

2. Eine pauschale Schweigepflichtentbindung im Antrag reicht nicht ohne
   Weiteres (BVerfG, Beschluss vom 23.10.2006 - 1 BvR 2027/02). Deshalb
   arbeiten wir mit Einzelfall-Einwilligungen oder informieren die
   Person vor jeder Erhebung, damit sie widersprechen kann (§ 213 Abs. 2
   VVG).

3. Die Anfrage muss auf das Erforderliche begrenzt sein: konkreter
   Zeitraum, konkrete Fragen. "Bitte senden Sie die komplette Akte" ist
   in der Regel unzulässig.

4. Verweigert die Person die Einwilligung, dürfen wir nicht "hintenrum"
   ermitteln. Dann gilt: Obliegenheit zur Mitwirkung (§ 31 VVG), ggf.
   keine Fälligkeit der Leistung (§ 14 VVG).

5. Detekteien und Auslandsermittler dürfen keine Arztauskünfte einholen.
   Das machen ausschließlich wir selbst.

Beispiel (fiktiv): Versicherte A. bezieht Krankentagegeld, wir wollen
beim Hausarzt nach der AU-Dauer fragen -> Einzelfall-Einwilligung
einholen oder A. schriftlich über die geplante Anfrage informieren,
zwei Wochen Widerspruchsfrist, dann Anfrage mit drei konkreten Fragen.

Gruß
Corinna
"""
    msg = MSG(S("maas"), S("karaca"), "Merkzettel Arztanfragen § 213 VVG", D(2024, 11, 13, 17, 8),
              T(body, cte="8bit"), cc=S("roth"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: legal memo on requests to doctors with a fictitious example person, no real person")


def m107():
    body = """FRAUD IN THE NEWS - week 45/2024 (media monitoring, internal use)

1. Trade press: industry survey estimates that one in ten claims shows
   irregularities; health and travel claims growing fastest.
2. Regional court: three men (aged 29 to 41) sentenced for a series of
   staged accidents on motorways in Lower Saxony; damage to insurers
   approx. EUR 380,000. None of the cases involved our company.
3. Consumer portal article: "Insurers spy on sick customers" - about
   surveillance in disability claims. Criticism of missing rules. Our
   guideline (v2.0) is publicly summarised on our website since
   1 November, which we referred to in our answer to the journalist.
4. International: a UK insurer reports a sharp increase in "ghost
   broking" (fake policies sold via social media).
5. Tech: article on AI-generated invoices - quotes our association's
   newsletter.

Tone of coverage about our company this week: neutral (1 mention).
Prepared by Corporate Communications.
"""
    msg = MSG(S("brandt"), [S("albers"), S("mcallister")], "Fraud in the news - week 45",
              D(2024, 11, 8, 12, 30), T(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "internal",
             "trap: press monitoring about convictions and surveillance of sick customers, no identifiable person")


def m108():
    inv = PDF(["# CLINICA COSTA SERENA",
               "Avenida del Saladar 7, Morro Jable, Fuerteventura",
               "",
               "FACTURA / INVOICE No. 2024/11873          Date: 21/07/2024",
               "Patient: Marcel Brückner   DOB 19/05/1988   Passport C4K7R2219",
               "Admission: 15/07/2024   Discharge: 21/07/2024   Room 214",
               "Diagnosis: Pancreatitis aguda / acute pancreatitis (K85.9)",
               "",
               "Hospital stay 6 nights x EUR 1,450                       8,700.00",
               "CT abdomen with contrast                                   980.00",
               "Laboratory (lipase, amylase, CRP, daily)                 1,240.00",
               "IV therapy, analgesia (metamizol, tramadol)              1,860.00",
               "Specialist consultations (gastroenterology)             1,820.00",
               "",
               "TOTAL EUR                                                14,600.00",
               "Paid in cash - PAGADO"], title="Invoice 2024-11873 (as submitted)", date="20240902100000")
    body = """Dear Sir or Madam,

Request for verification of an invoice - our ref. 24-RK-02291

We are the travel health insurer of Mr Marcel Brückner, born 19/05/1988.
He has submitted the attached invoice no. 2024/11873 of your clinic for an
inpatient stay from 15 to 21 July 2024 with the diagnosis of acute
pancreatitis, amount EUR 14,600, stated as paid in cash.

With the enclosed consent of the patient, we kindly ask you to confirm:

1. whether the invoice was issued by your clinic and the amount is correct,
2. the dates of admission and discharge,
3. the diagnosis and the main treatments,
4. how and when the invoice was paid.

Please reply by e-mail to this address. We will of course pay a
reasonable administration fee.

Thank you for your help.

Yours faithfully

Deniz Yıldız
Travel Claims
Kompass Versicherung AG, Hamburg, Germany
"""
    consent = PDF(["# Consent / Consentimiento",
                   "I, Marcel Brückner, born 19/05/1988, release Clínica Costa Serena from medical secrecy",
                   "towards Kompass Versicherung AG regarding my treatment in July 2024.",
                   "Hamburg, 05/09/2024     signed: M. Brückner"], title="Consent", date="20240905100000")
    msg = MSG(S("yildiz"), A("Administración", "administracion@clinica-costaserena.example"),
              "Verification of invoice 2024/11873", D(2024, 9, 30, 10, 22),
              MIX(T(body), ATT("invoice_2024-11873.pdf", inv, CT_PDF), ATT("consent_Brueckner.pdf", consent, CT_PDF)),
              mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
             "verification request to a clinic: named patient with DOB, pancreatitis K85.9 invoice PDF and consent")


def m109():
    body = """Sehr geehrte Damen und Herren,

Anfrage nach § 213 VVG / Prüfung einer möglichen Mehrfachversicherung
Krankentagegeld

Unser Versicherter Herr Timo Wessel, geb. 09.06.1979, Bebelallee 88,
22297 Hamburg, bezieht aus unserer Krankentagegeldversicherung
(KV-2277-9013) seit dem 19.02.2024 Krankentagegeld in Höhe von 110 EUR
täglich wegen Arbeitsunfähigkeit.

Herr Wessel hat uns gegenüber angegeben, bei keinem anderen Versicherer
Krankentagegeld zu beziehen. Nach einem Hinweis besteht jedoch
möglicherweise auch bei Ihnen ein Krankentagegeldvertrag.

Mit der beigefügten Einwilligung von Herrn Wessel (Anlage) bitten wir um
Auskunft:

1. Besteht bei Ihnen eine Krankentagegeldversicherung für Herrn Wessel?
   Falls ja: seit wann, mit welchem Tagessatz und ab welchem Tag?
2. Zahlen Sie für den Zeitraum ab Februar 2024 Krankentagegeld, und für
   welche Zeiträume?
3. Welches Nettoeinkommen wurde Ihnen bei Antragstellung genannt?

Hintergrund ist die Prüfung nach § 4 Abs. 2 MB/KT (Krankentagegeld
insgesamt nicht höher als das Nettoeinkommen).

Mit freundlichen Grüßen
Aylin Karaca
Spezialermittlung Personenversicherung
Kompass Versicherung AG
"""
    msg = MSG(S("karaca"), A("Leistungsabteilung KT", "leistung-kt@nordstern-kv.example"),
              "Anfrage § 213 VVG - Krankentagegeld Timo Wessel, geb. 09.06.1979", D(2024, 11, 4, 10, 0),
              T(body), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
             "inquiry to another health insurer: named insured with birth date on daily sickness allowance since February")


def m110():
    pages = [["# Red Flags in der Krankenversicherung - Schulung für die Leistungsprüfung",
              "SIU Kompass Versicherung AG | Stand 10/2024 | alle Beispiele fiktiv",
              "",
              "# 1. Abrechnung",
              "- Leistungen an Tagen, an denen die Praxis geschlossen ist (Feiertage, Urlaub)",
              "- mehr abgerechnete als verordnete Heilmittel-Einheiten",
              "- GOÄ-Steigerungsfaktor 3,5 ohne Begründung bei Standardleistungen",
              "- identische Heil- und Kostenpläne für mehrere Familienmitglieder",
              "- Laborrechnungen mit Edelmetall ohne Legierungsnachweis",
              "",
              "# 2. Krankentagegeld",
              "- AU-Bescheinigungen von Online-Anbietern ohne Arztkontakt",
              "- Diagnosewechsel kurz vor Ende der Leistungsdauer",
              "- Selbständige mit laufenden Kundenbewertungen während der AU",
              "",
              "# 3. Auslandsrechnungen",
              "- runde Beträge, Barzahlung, Rechnung ohne Stempel oder mit falscher Adresse",
              "- Diagnose passt nicht zur Verweildauer (z. B. Gastroenteritis, 8 Tage Intensiv)",
              "",
              "# 4. Fiktives Fallbeispiel",
              "Patientin A. (fiktiv), 47 Jahre, reicht 14 Physiotherapie-Rechnungen über je 10 Sitzungen ein;",
              "verordnet waren je 6. Unterschriften auf den Anwesenheitslisten wirken identisch.",
              "Frage an die Gruppe: Welche Unterlagen fordern Sie an? Wen fragen Sie zuerst?"],
             ["# 5. Was tun bei Verdacht?",
              "1. Nicht mit der versicherten Person über den Verdacht sprechen.",
              "2. Meldung über das Formular 'SIU-Hinweis' im Leistungssystem.",
              "3. Keine Gesundheitsdaten per E-Mail an die SIU - Fallnummer genügt.",
              "4. Zahlung anhalten nur nach Rücksprache (Fälligkeit, § 14 VVG)."]]
    pdf = PDF(pages, title="Red Flags KV", date="20241015090000")
    body = """Liebe Kolleginnen und Kollegen der Leistungsabteilung Kranken,

anbei die Unterlage zur Schulung "Red Flags" am 24.10. Bitte vorab
durchsehen; das fiktive Fallbeispiel auf Seite 1 besprechen wir in
Gruppen.

Viele Grüße
Aylin Karaca und Nadine Roth
"""
    msg = MSG(S("karaca"), S("kv"), "Schulung Red Flags KV am 24.10. - Unterlage", D(2024, 10, 17, 12, 3),
              MIX(T(body), ATT("Red_Flags_KV_Schulung_2024-10.pdf", pdf, CT_PDF)), cc=S("roth"),
              mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: training PDF with red flags, GOÄ, sick notes and a fictitious patient example")


def m111():
    body = """Hi all,

results of the fraud & data protection awareness quiz (Oct 2024) for the
claims and benefits departments. 412 participants, 74 % completion.

Question                                                       correct
-------------------------------------------------------------  -------
1 A claimant's diagnosis may be sent to SIU by plain e-mail      71 %
  (answer: no - use the case reference in SIU-Case)
2 Who may order surveillance? (SIU lead, + DPO for personal      83 %
  lines)
3 May I tell a claimant that we suspect fraud? (only after       58 %
  consultation with SIU)
4 May a detective ask the treating doctor? (no, never)           92 %
5 Is a criminal conviction "normal" personal data? (no -         49 %
  Art. 10 GDPR, special handling)
6 Retention of unsubstantiated tip-offs (12 months)              37 %

Lowest scores: questions 5 and 6. We will add a short module on
criminal-offence data and retention to the mandatory e-learning 2025.

Thanks to everyone who took part!
Fiona & Sebastian
"""
    msg = MSG(S("mcallister"), A("Ressort Schaden/Leistung", "ressort-schaden@" + DOM),
              "Awareness quiz - results", D(2024, 11, 15, 13, 0), T(body, charset="us-ascii", cte="7bit"),
              cc=S("quast"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "internal",
             "trap: quiz statistics about diagnoses and criminal convictions, no person")


def m112():
    body = """Sehr geehrte Frau Mag. Hofer,

vielen Dank für Ihre Anfrage vom 20.11.2024 (Ihr Zeichen AA-RKV-24-7719)
zu unserem gemeinsamen Versicherten Herrn Heinz-Peter Krüger, geb.
17.04.1951. Die Einwilligung von Herrn Krüger zum Austausch zwischen
uns liegt uns ebenfalls vor.

Wir bestätigen:
- Herr Krüger ist bei uns reisekrankenversichert (RK-2281-4470).
- Stationäre Behandlung in der Clínica Bahía Palma vom 05.11. bis
  16.11.2024, Rücktransport am 17.11.2024 mit medizinischer Begleitung.
- Wir haben nach Prüfung der Einzelrechnung 41.380 EUR an die Klinik
  gezahlt (gekürzt um die separat berechneten Stents und 2 Intensivtage)
  sowie 6.900 EUR für den Rücktransport.

Sie fragten nach der Diagnose und dem Behandlungsverlauf. Auszug aus dem
Entlassbericht der Klinik (Original auf Englisch):

> DISCHARGE SUMMARY - Clínica Bahía Palma
> Patient: Heinz-Peter Krüger, 73 y, German tourist
> Diagnosis: NSTEMI (I21.4). Two-vessel CAD (LAD, RCX).
> 06/11: PCI with implantation of 2 DES (LAD prox., RCX mid).
> Course: uncomplicated, no arrhythmias. Transferred from ICU to
> ward on 09/11 (day 4). Echo: LVEF 50 %.
> Medication at discharge: ASA 100 mg, ticagrelor 90 mg bid,
> atorvastatin 80 mg, metoprolol 47.5 mg, ramipril 2.5 mg.
> Recommendation: cardiology follow-up at home within 2 weeks.

Damit ist der Schaden bei uns vollständig reguliert. Eine Erstattung
derselben Kosten über Ihre Kreditkarten-Reiseversicherung käme daher
nicht in Betracht; Herr Krüger hatte uns gegenüber angegeben, keine
weitere Versicherung zu haben. Bitte teilen Sie uns mit, falls bei Ihnen
bereits eine Zahlung erfolgt ist.

Mit freundlichen Grüßen
Aylin Karaca
Spezialermittlung Personenversicherung
Kompass Versicherung AG
"""
    msg = MSG(S("karaca"), A("Mag. Christina Hofer", "c.hofer@alpina-assekuranz.example"),
              "Ihr Zeichen AA-RKV-24-7719 - Herr Heinz-Peter Krüger", D(2024, 11, 26, 11, 12),
              T(body), cc=S("yildiz"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
             "German reply to Austrian insurer quoting an English discharge summary: named patient, NSTEMI, stents, medication")


def m113():
    docx = DOCX([("h", "Memorandum of Understanding on the Exchange of Information to Prevent Insurance Fraud (DRAFT)"),
                 "between [Name of Insurer 1], [registered office], hereinafter 'Party A'",
                 "and [Name of Insurer 2], [registered office], hereinafter 'Party B'",
                 ("b", "1. Purpose"),
                 "The Parties exchange information on specific claims where there are documented indications of "
                 "fraud, in order to establish, exercise or defend legal claims.",
                 ("b", "2. Scope of data"),
                 "Only the minimum necessary: [name], [date of birth], [address], [policy number], [claim number], "
                 "[date of loss], [line of business], [reason for the request]. Health data only with the written "
                 "consent of the data subject or where Art. 9(2)(f) GDPR applies, and then only [describe].",
                 ("b", "3. Requests"),
                 "Each request is made in writing via the designated contact points [e-mail of SIU A] and [e-mail of "
                 "SIU B], states the legal basis and is logged by both Parties.",
                 ("b", "4. Criminal offence data"),
                 "Information relating to criminal convictions or proceedings (Art. 10 GDPR) is not exchanged under "
                 "this MoU.",
                 ("b", "5. Term"), "[date] to [date], terminable with [3] months' notice.",
                 "", "Signatures: ______________________   ______________________"],
                title="MoU information exchange draft")
    body = """Dear Mr van Dijk,

as discussed at the group forum, please find attached our draft MoU
for the bilateral exchange of information in fraud cases. It is a
template: everything in square brackets is still open. It does not
contain any case data.

Our DPO has already reviewed sections 2 and 4. We would be glad to
receive your comments and those of your legal team by mid-January.

Kind regards
Fiona McAllister
Group Fraud Liaison, Kompass Versicherung AG
"""
    msg = MSG(S("mcallister"), A("Ruben van Dijk", "r.vandijk@lagelanden-verzekeringen.example"),
              "Draft MoU - information exchange on fraud cases", D(2024, 12, 2, 10, 33),
              MIX(T(body, charset="us-ascii", cte="7bit"), ATT("MoU_information_exchange_DRAFT_v0.3.docx", docx, CT_DOCX)),
              cc=S("quast"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "insurer-to-partner",
             "trap: DOCX MoU template with [placeholders] for name, date of birth and health data")


def m114():
    report = """SURVEILLANCE REPORT - Halbrook Investigations Ltd
Client: Kompass Versicherung AG (SIU), ref. GU 24-GU-00045 / SIU-24-0588
Subject: Mr Neil Garside, DOB 14/12/1972, 9 Alder Grove, Sale, Manchester
Authority: instruction of 02/10/2024, approved by client (SIU lead and DPO)

Background provided by client:
Group accident insurance via employer. Fall from a loading ramp on
11/01/2024. Claimed: incomplete spinal cord injury (T12), permanent use of
a wheelchair outside the home, unable to walk more than a few steps with
crutches; invalidity claim 100 %.

Observations:
14/10/2024 07:40-16:00  Subject not seen leaving the address.
19/10/2024 (Sat) 06:55  Subject leaves address on foot, no aids, walks
                        approx. 400 m to a car park, drives a Ford Transit
                        (MA19 KXT) to a car-boot sale in Stockport.
           08:10-12:30  Subject sets up a stall, carries boxes and a
                        folding table, stands for long periods, bends and
                        kneels repeatedly. No wheelchair or crutches seen.
           12:45        Drives home. Wheelchair folded in the back of the
                        van (visible through rear window).
23/10/2024 10:20-11:05  Subject attends Salford Royal outpatient clinic in
                        a wheelchair pushed by a woman (wife?). On leaving,
                        subject stands up at the car and walks around it
                        unaided.

Video: 3 clips, total 27 minutes, faces of third parties blurred.
We did not approach the subject or any third party.

G. Pike, 25/10/2024
"""
    inner = INNER(A("Graham Pike", "g.pike@halbrook.example"), A("SIU", "siu@" + DOM),
                  "Surveillance report SIU-24-0588", D(2024, 10, 25, 17, 30),
                  T(report, charset="us-ascii", cte="7bit"), "<hb-0588-rpt@halbrook.example>")
    body = """Anja,

the Halbrook report on Mr Garside is attached (forwarded mail). The
Saturday footage speaks for itself. I would now ask the medical expert
to comment on the clips before we decide - and we should ask Salford
Royal for the neurology letters (consent covers it).

Aylin
"""
    msg = MSG(S("karaca"), S("petersen"), "FW: Surveillance report SIU-24-0588", D(2024, 10, 28, 8, 45),
              MIX(T(body, charset="us-ascii", cte="7bit"), FWD(inner, "Surveillance report SIU-24-0588.eml")),
              mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "investigator",
             "forwarded surveillance report (message/rfc822): named accident claimant with DOB, spinal cord injury, wheelchair")


def m115():
    body = """Sehr geehrter Herr Kowalski,

zur Umstellung der ZIS-Schnittstelle auf mTLS zum 01.02.2025 haben wir
folgende Punkte:

1. Den CSR für das neue Client-Zertifikat (CN=zis-client.kompass-
   versicherung.example, RSA 3072) hat unser PKI-Team heute über Ihr
   Partnerportal hochgeladen (Vorgang PKI-24-3318).
2. Unsere ausgehenden IP-Adressen ändern sich nicht (Bereich aus dem
   Anhang zum Nutzungsvertrag, Stand 2023).
3. Für die Testumgebung bitten wir um Freischaltung ab 06.01.2025; wir
   testen ausschließlich mit den von Ihnen bereitgestellten
   synthetischen Testpersonen.
4. Bitte bestätigen Sie, dass das alte Serverzertifikat bis 28.02.2025
   parallel gültig bleibt.

Technischer Ansprechpartner bei uns ist Herr Ole Lorenzen
(ole.lorenzen@kompass-versicherung.example).

Mit freundlichen Grüßen
Tobias Reinhardt
Betrugsanalytik
Kompass Versicherung AG
"""
    msg = MSG(S("reinhardt"), A("Piotr Kowalski", "p.kowalski@infodat.example"),
              "ZIS-Schnittstelle: mTLS-Umstellung, CSR hochgeladen", D(2024, 12, 5, 14, 7),
              T(body), cc=S("lorenzen"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "insurer-to-partner",
             "trap: technical mail about the tip-off database interface and certificates, no person")


def m116():
    rows = [["Insured", "Policy", "Clinic (country)", "Treatment", "Teeth (FDI)", "Invoice date", "Amount EUR",
             "Pre-auth?", "Flag"],
            ["Schuster, Ingrid (61)", "KV-3318-0442", "Smile Center Győr (HU)", "4 implants + zirconia bridge", "14-16, 24-26",
             "12/06/2024", 9840, "no", "implant count > X-ray"],
            ["Schuster, Dieter (64)", "KV-3318-0442", "Smile Center Győr (HU)", "6 implants, all-on-6 upper jaw", "upper jaw",
             "12/06/2024", 14200, "no", "same date as spouse"],
            ["Petrowski, Lars (45)", "KV-8801-2290", "DentArt Szczecin (PL)", "3 crowns, root canal 36", "36, 37, 46",
             "03/07/2024", 2980, "yes", ""],
            ["Wolff, Hanna (52)", "KV-4420-7716", "Smile Center Győr (HU)", "2 implants + sinus lift", "25, 26",
             "21/08/2024", 6120, "no", "sinus lift not in X-ray"],
            ["Brandl, Egon (70)", "KV-1190-3345", "Istanbul Dental Point (TR)", "full veneers 12 units", "13-23, 33-43",
             "09/09/2024", 7200, "no", "cosmetic?"]]
    ods = ODS("Dental abroad 2024", rows)
    body = """Fiona,

for the group comparison on dental treatment abroad, here are the five
cases from our side that our dental adviser flagged this year (ODS).
This is NOT anonymised - it is for you and the dental adviser only,
please don't put it on the group SharePoint. For the group slides use
the counts only (5 flagged of 212 invoices from foreign dental clinics).

Tobias
"""
    msg = MSG(S("reinhardt"), S("mcallister"), "Dental abroad - flagged cases DE", D(2024, 11, 20, 16, 44),
              MIX(T(body, charset="us-ascii", cte="7bit"), ATT("dental_abroad_flagged_DE_2024.ods", ods, CT_ODS)),
              mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "ODS attachment: named insured persons with ages, dental implants and treatments abroad")


def m117():
    body = """Hallo Frau Wendler,

bitte für die Handbibliothek der SIU (KSt 4710) bestellen:

  1 x ICD-10-GM 2025, Systematisches Verzeichnis (Buchausgabe)
  1 x ICD-10-GM 2025, Alphabetisches Verzeichnis
  1 x OPS 2025, Systematisches Verzeichnis
  1 x Kommentar zur GOÄ, Loseblatt, aktuelle Ergänzungslieferung
  1 x Kommentar zur GOZ, aktuelle Auflage
  2 x Pschyrembel Klinisches Wörterbuch, aktuelle Auflage
  1 x Prölss/Martin, VVG-Kommentar, aktuelle Auflage
  1 x "Versicherungsbetrug erkennen und verhindern", Handbuch für die
      Praxis, aktuelle Auflage

Lieferung an Raum 3.05. Falls es die ICD/OPS-Bände nur als
Kombipaket gibt, gerne das Paket.

Danke und Gruß
Mareike Sonntag
"""
    msg = MSG(S("sonntag"), A("Nicole Wendler", "nicole.wendler@" + DOM), "Bestellung Fachliteratur SIU 2025",
              D(2024, 12, 3, 9, 2), T(body, charset="windows-1252", cte="8bit"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "insurer-to-supplier",
             "trap: order for ICD-10-GM, OPS, GOÄ commentaries and a fraud handbook, no person")


def m118():
    body = """Dear Mr Hallworth,

International health plan IHP-2024-0719 (group contract of Nordhafen
Engineering GmbH) - your claims for treatment in Dubai

Between June and September 2024 you submitted claims for:

  - 6 MRI scans of the lumbar spine at Gulfview Imaging Centre
    (04/06, 27/06, 18/07, 08/08, 29/08, 19/09), each AED 3,200
  - 48 physiotherapy sessions at the same centre
  - 3 consultations with Dr. S. Nair, orthopaedic surgeon

Our medical adviser points out that repeated MRI scans of the same
region at three-week intervals are not medically usual for lumbar back
pain without neurological deficits, and that the physiotherapy invoices
show sessions on two days on which, according to your own travel
claim, you were in London.

Before we can decide on these claims (total AED 38,400), we need:

  1. the written MRI reports of all six scans and the referral letters,
  2. Dr. Nair's consultation notes and treatment plan,
  3. an explanation of the physiotherapy dates 15/08 and 16/08,
  4. your consent to contact Gulfview Imaging Centre directly (form
     attached to this e-mail in our secure portal message).

Please upload the documents via the secure portal rather than by
e-mail, as they contain health information.

Kind regards
Aylin Karaca
Special Investigations - Personal Lines
Kompass Versicherung AG, Hamburg
"""
    msg = MSG(S("karaca"), A("Tom Hallworth", "tom.hallworth@desertmail.example"),
              "Your claims IHP-2024-0719 - MRI scans and physiotherapy, Dubai", D(2024, 10, 14, 9, 30),
              T(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "expat health customer: lumbar MRI scans, physiotherapy, orthopaedic consultations")


def m119():
    body = """Thank you for your e-mail. I am attending the Fraud Analytics Summit in
Amsterdam and will be back in the office on Monday, 2 December. I will
reply as soon as possible. For urgent requests regarding SIU data or the
scoring interface please contact siu@kompass-versicherung.example.

Tobias Reinhardt
Fraud Analytics
"""
    msg = MSG(S("reinhardt"), A("Clare Ashdown", "clare.ashdown@linkgraph-analytics.example"),
              "Automatic reply: PoC timeline", D(2024, 11, 27, 8, 12, 40), T(body, charset="us-ascii", cte="7bit"),
              extra=[("Auto-Submitted", "auto-replied")])
    return R(msg, "NORMAL", "en", "insurer-to-supplier", "trap: out-of-office auto-reply to a vendor")


def m120():
    body = """Sehr geehrte Frau Baumann,

Ihre Reiseversicherung RS-6604-2218 - Reiseabbruch Gran Canaria,
Schaden 24-RA-00922

Sie haben mitgeteilt, dass Sie Ihre Pauschalreise (12.-26.10.2024)
wegen einer akuten Magen-Darm-Erkrankung am 16.10.2024 abbrechen mussten
und am 17.10.2024 nach Hamburg zurückgeflogen sind. Sie machen die nicht
genutzten Reiseleistungen (3.210 EUR) und die Kosten des Rückflugs
(489 EUR) geltend. Beigefügt war ein Attest von Dr. Ramírez, Las Palmas,
vom 16.10.2024 (Diagnose "gastroenteritis aguda", Reiseunfähigkeit bis
auf Weiteres) sowie eine Bescheinigung Ihres Hausarztes vom 18.10.2024.

Bei der Prüfung sind uns Widersprüche aufgefallen:
- In Ihrem öffentlichen Profil in einem sozialen Netzwerk sind Fotos vom
  19. und 21.10.2024 veröffentlicht, die Sie laut Ortsangabe in der
  Hotelanlage auf Gran Canaria zeigen.
- Das Attest von Dr. Ramírez bescheinigt Reiseunfähigkeit; der
  Rückflug fand aber bereits am Folgetag statt.

Wir bitten Sie daher bis zum 29.11.2024 um
1. die Bordkarte bzw. Buchungsbestätigung des Rückflugs am 17.10.2024,
2. eine Erklärung zu den genannten Fotos,
3. die Rechnung von Dr. Ramírez und den Nachweis der Zahlung,
4. die Patientenakte Ihres Hausarztes für den 18.10.2024 (Befund,
   Behandlung) - eine Schweigepflichtentbindung liegt bei.

Bis zur Klärung können wir keine Zahlung leisten.

Mit freundlichen Grüßen
Deniz Yıldız
Reiseschaden
Kompass Versicherung AG
"""
    msg = MSG(S("yildiz"), A("Nicole Baumann", "nicole.baumann@posteingang-hh.example"),
              "Ihr Reiseabbruch 24-RA-00922 - Rückfragen", D(2024, 11, 15, 10, 50),
              T(body, cte="8bit"), cc=S("karaca"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "travel claim with medical content: named customer, acute gastroenteritis, doctor's certificate, GP records")


def m121():
    docx = DOCX([("h", "Gesprächsprotokoll - Hausratschaden 24-HR-08344"),
                 [["Datum/Ort", "14.11.2024, 10:00-11:20 Uhr, Kompasshof, Raum 3.12"],
                  ["Befragter", "Herr Konstantin Mertens, VN (HR-3302-7718), Elbchaussee 402b, 22609 Hamburg"],
                  ["Begleitung", "Frau Dr. Annette Mertens (Ehefrau)"],
                  ["Kompass", "L. Brenner (Gesprächsführung), M. Sonntag (Protokoll)"]],
                 ("b", "1. Ablauf des Abends (19.10.2024)"),
                 "Das Ehepaar war von 18:30 bis ca. 23:45 Uhr bei einem Konzert in der Elbphilharmonie. Bei Rückkehr "
                 "stand die Terrassentür offen, der Wertschutzschrank im Ankleidezimmer war geöffnet, nicht aufgebrochen.",
                 ("b", "2. Wertschutzschrank"),
                 "Herr Mertens räumt ein, dass der Schrank 'vermutlich nicht abgeschlossen' war; der Schlüssel habe "
                 "in der Schublade darunter gelegen. Die Einbaurechnung (2019) wird nachgereicht.",
                 ("b", "3. Schmuck"),
                 "Pos. 3 und 4: Kaufbelege vorhanden, werden nachgereicht. Pos. 5 und 6 (Erbstücke der Mutter): "
                 "Fotos von einer Familienfeier 2022 vorgelegt, Schmuck darauf erkennbar. Pos. 7: kein Beleg, "
                 "Geschenk zur Hochzeit. Pos. 8 und 9: in bar gekauft bei einem Juwelier in Antwerpen 2021, "
                 "Barabhebungen können nicht mehr nachgewiesen werden.",
                 ("b", "4. Eindruck"),
                 "Offen, kooperativ. Widerspruch: In der Schadenanzeige heißt es 'Schrank aufgebrochen'. Herr Mertens "
                 "erklärt, das habe seine Frau in der Aufregung so formuliert.",
                 ("b", "5. Vereinbarungen"),
                 "Nachreichung Belege bis 29.11.2024; Anfrage beim Juwelier in Antwerpen mit Einverständnis des VN."],
                title="Gesprächsprotokoll 24-HR-08344")
    body = """Hallo Frank,

anbei das Protokoll von heute früh. Zur Leistungshöhe bei unverschlossenem
Wertschutzschrank bitte mit Dir abstimmen - ich sehe eher ein
Entschädigungsgrenzen- als ein Betrugsthema.

Lukas
"""
    msg = MSG(S("brenner"), S("eilers"), "Protokoll 14.11.", D(2024, 11, 14, 13, 2),
              MIX(T(body, charset="iso-8859-1", cte="8bit"), ATT("Protokoll_2024-11-14.docx", docx, CT_DOCX)),
              mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "internal",
             "body harmless; DOCX interview protocol: named customers, address, household policy and claim")


def m122():
    body = """Dear Mr Bergström,

Property per-risk XL 2024 - large loss advice no. 2024-07
Fire at a bakery, Hamburg-Bergedorf, 07/08 September 2024

As required for losses expected to exceed the notification threshold of
EUR 500,000, we advise the following loss:

  Insured:    Mr Uwe Brockmann, trading as "Bäckerei Brockmann e.K."
              (sole trader), Sachsentor 41, 21029 Hamburg
  Policies:   contents incl. business interruption GI-4418-0772,
              buildings WG-4418-0773 (mixed residential/commercial)
  Claimed:    contents EUR 214,500, BI EUR 186,000, buildings approx.
              EUR 390,000; gross reserve EUR 790,000
  Paid:       nil

Status of our investigation:
  - The BI claim is based on 2022 turnover (EUR 612,000); 2023 turnover
    was EUR 422,000 with a net loss of EUR 48,200.
  - Sum insured for contents increased by EUR 80,000 three weeks before
    the fire.
  - Origin and cause: the fire investigator's preliminary findings
    point to two separate seats of fire; final report expected
    end of September.

Coverage is reserved. We will keep you informed; no payment will be made
before the cause of the fire has been established.

Kind regards
Lukas Brenner
Special Investigations - Property
Kompass Versicherung AG
"""
    msg = MSG(S("brenner"), A("Nils Bergström", "nils.bergstrom@nordic-re.example"),
              "Large loss advice 2024-07 - bakery fire Hamburg", D(2024, 9, 20, 15, 15),
              T(body), cc=A("Rückversicherung", "rueckversicherung@" + DOM), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "insurer-to-partner",
             "large-loss advice: named sole trader with address, policies, turnover and net loss; no criminal proceedings yet")


def m123():
    body = """Liebe Kolleginnen und Kollegen,

hier die wichtigsten Zahlen der SIU für das 3. Quartal 2024 (Vorjahres-
quartal in Klammern):

Eingang Verdachtsmeldungen          1.184   (1.032)
  davon aus Scoring/Regeln            702     (611)
  davon manuell aus den Fachbereichen 431     (384)
  davon Hinweise Dritter               51      (37)
Abgeschlossene Fälle                1.096     (988)
Verdacht ganz/teilweise bestätigt     297     (251)  = 27,1 %
Vermiedene/zurückgeforderte Zahlungen 4,1 Mio. EUR (3,6 Mio.)
Strafanzeigen                          13      (11)
Beschwerden über Ermittlungen           3       (1)
Observationen                           7       (9)
Arztanfragen (Personenversicherung)   118     (104)

Nach Sparten (bestätigte Fälle): Kfz 122, Sach 80, Kranken 42,
Reise 27, Leben/BU 14, Unfall 12.

Auffällig: deutlich mehr Fälle in der Reisekrankenversicherung
(gefälschte Klinikrechnungen), bei Krankentagegeld unverändert hoch.
Die drei Beschwerden betrafen das Vorgehen einer Detektei; wir haben
die Leitlinie entsprechend angepasst (gilt ab 01.11.).

Die ausführliche Fassung für den Vorstand liegt im Laufwerk.

Viele Grüße
Henrike Albers
"""
    msg = MSG(S("albers"), [S("alle"), A("Bereichsleitung Schaden", "bl-schaden@" + DOM)],
              "SIU-Kennzahlen Q3/2024", D(2024, 10, 18, 8, 15), T(body, charset="iso-8859-1"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: quarterly SIU figures incl. doctor requests, criminal complaints and health lines, aggregated")


def m124():
    body = """Sehr geehrte Frau Kramer,

Ihre Berufsunfähigkeitsversicherung BU-4402-8817
Leistungsantrag vom 14.05.2024 - Anhörung vor Rücktritt

Sie beantragen Leistungen wegen Berufsunfähigkeit als Grundschul-
lehrerin seit Januar 2024. Nach den Berichten Ihrer behandelnden
Psychiaterin leiden Sie an einer rezidivierenden depressiven Störung,
gegenwärtig mittelgradige Episode (F33.1), mit Erschöpfungssyndrom.

Bei der Prüfung haben wir von der Psychotherapeutischen Praxis Hansen
(Schweigepflichtentbindung vom 10.07.2024) erfahren, dass Sie dort vom
März 2019 bis Februar 2020 in ambulanter Psychotherapie waren (25
Sitzungen Verhaltenstherapie, Diagnose damals F32.1, mittelgradige
depressive Episode).

In Ihrem Antrag vom 02.08.2021 haben Sie die Frage 4 ("Sind Sie in den
letzten 5 Jahren wegen psychischer Erkrankungen ... untersucht, beraten
oder behandelt worden?") mit "nein" beantwortet.

Wir beabsichtigen daher, vom Vertrag zurückzutreten (§ 19 Abs. 2 VVG)
bzw. ihn wegen arglistiger Täuschung anzufechten. Bevor wir entscheiden,
geben wir Ihnen Gelegenheit, bis zum 20.12.2024 Stellung zu nehmen.
Teilen Sie uns insbesondere mit, ob und warum Sie die Behandlung nicht
angegeben haben, und ob der Vermittler bei der Antragsaufnahme auf die
Frage eingegangen ist.

Sie können sich dabei anwaltlich beraten lassen. Wir weisen darauf hin,
dass bis zur Entscheidung keine Leistungen gezahlt werden.

Mit freundlichen Grüßen
Stefan Vogt
Leistung Leben/BU
in Abstimmung mit der Spezialermittlung
Kompass Versicherung AG
"""
    msg = MSG(S("vogt"), A("Stefanie Kramer", "stefanie.kramer@briefkasten-nord.example"),
              "Ihre BU-Versicherung BU-4402-8817 - Anhörung", D(2024, 11, 29, 11, 0),
              T(body, charset="windows-1252", cte="quoted-printable"), cc=S("karaca"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "BU hearing before rescission: named customer, depression F33.1 / F32.1, psychotherapy history")


def m125():
    body = """Sehr geehrte Frau Dr. Imhoff,

Ihr Mandant Herr Sascha Pohl ./. unser Versicherungsnehmer Herr Jan
Rieck - unser Schaden PH 24-PH-02207

vielen Dank für Ihr Schreiben vom 18.11.2024, mit dem Sie für Ihren
Mandanten 8.900 EUR für eine E-Gitarre Gibson Les Paul Custom und einen
Röhrenverstärker verlangen.

Bevor wir über den Anspruch entscheiden, benötigen wir:

1. Kaufbelege für Gitarre und Verstärker oder - falls gebraucht
   gekauft - den Kaufvertrag und den Zahlungsnachweis,
2. die Seriennummern beider Geräte,
3. einen Kostenvoranschlag einer Fachwerkstatt zur Reparaturfähigkeit
   (wir halten eine Reparatur des Halsbruchs für möglich) und die
   Geräte selbst zur Besichtigung durch unseren Sachverständigen,
4. Angaben dazu, in welcher Beziehung Ihr Mandant zu unserem
   Versicherungsnehmer steht. Nach unseren Informationen ist Ihr Mandant
   der Lebensgefährte der Schwester unseres Versicherungsnehmers.

Zu Ziffer 4 weisen wir vorsorglich darauf hin, dass Ansprüche von
Angehörigen, die mit dem Versicherungsnehmer in häuslicher Gemeinschaft
leben, nach den Bedingungen ausgeschlossen sind; ob das hier zutrifft,
können wir noch nicht beurteilen.

Mit freundlichen Grüßen
Lukas Brenner
Spezialermittlung Sach/Haftpflicht
Kompass Versicherung AG
"""
    msg = MSG(S("brenner"), A("Dr. Frauke Imhoff", "kanzlei@imhoff-recht.example"),
              "Pohl ./. Rieck - PH 24-PH-02207", D(2024, 11, 26, 15, 40), T(body), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-lawyer",
             "liability claim: named claimant and policyholder, family relationship, claim number; no health")


def m126():
    pdf = PDF(["# ARGUS ERMITTLUNGEN GMBH - Ermittlungsbericht",
               "Az. ARG-24-1511 | Ihr Zeichen VK 24-0429115 / SIU-24-0602 | Stand 15.11.2024",
               "Betreff: Versicherungsnehmer Florian Beck, Jarrestraße 61, 22303 Hamburg",
               "",
               "# Auftrag",
               "Klärung der Beziehung zwischen dem VN und Herrn Sören Beck (Geschäftsführer Beck & Partner",
               "Logistics B.V., Rotterdam) sowie des Verbleibs des BMW X5 (HH-FB 3090) vor der Diebstahlmeldung.",
               "",
               "# Feststellungen",
               "1. Herr Sören Beck ist der ältere Bruder des VN (Handelsregister NL, Geburtsort Hamburg;",
               "   gemeinsame Eltern laut öffentlicher Traueranzeige 2021).",
               "2. Beck & Partner Logistics B.V. wurde am 03.05.2024 gegründet; Sitz ist ein Büroservice.",
               "3. Das Fahrzeug wurde am 30.08.2024 (drei Tage vor der Meldung) auf dem Gelände einer Spedition",
               "   in Hamburg-Billbrook fotografiert (öffentliches Foto eines Lkw-Fahrers in einer Facebook-Gruppe,",
               "   Kennzeichen lesbar). Die Spedition bestätigt, dass dort am 31.08. ein Container für",
               "   Beck & Partner beladen wurde.",
               "4. Der VN hat laut Schadenanzeige am 01.09.2024 vormittags das Fahrzeug zuletzt gesehen.",
               "",
               "# Bewertung",
               "Die Angaben des VN zum Zeitpunkt des letzten Sehens stehen im Widerspruch zu den Feststellungen.",
               "Weitere Maßnahmen (Befragung der Spedition durch Sie) empfohlen.",
               "",
               "R. Kemper"], title="Ermittlungsbericht ARG-24-1511", date="20241115160000")
    body = """Hallo Jens,

anbei der Bericht von Argus zu Beck. Sieht nach Familienprojekt aus.
Ich würde jetzt die Spedition selbst befragen und danach den VN.

Fiona
"""
    msg = MSG(S("mcallister"), S("wolter"), "Argus-Bericht Beck", D(2024, 11, 15, 17, 20),
              MIX(T(body), ATT("ARG-24-1511_Bericht.pdf", pdf, CT_PDF)), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "investigator",
             "detective report PDF: named policyholder and brother, address, vehicle and theft claim; no proceedings")


def m127():
    body = """Sehr geehrte Damen und Herren,

wir bitten um Auskunft zu Vorschäden an folgendem Fahrzeug, das nach
unseren Informationen (ZIS-Treffer U-0233 vom 02.07.2024) bei Ihnen
kaskoversichert ist bzw. war:

  Fahrzeug:      BMW 530d Touring, HH-DR 895
  FIN:           WBAJS71060CH88214
  Halter/VN:     Herr Dominik Rausch, geb. 08.05.1989,
                 Georg-Wilhelm-Straße 9, 21107 Hamburg
  Unser Schaden: KH 24-0412280 vom 14.06.2024 (Haftpflichtschaden,
                 Anstoß beim Einparken, linke Fahrzeugseite)

Konkret:
1. Wurde bei Ihnen im Juli 2023 ein Schaden an der linken Fahrzeugseite
   reguliert? Falls ja: fiktiv nach Gutachten oder nach Reparatur-
   rechnung, und in welcher Höhe?
2. Liegt Ihnen ein Reparaturnachweis vor?
3. Gibt es weitere Schäden nach Juli 2023?

Wir fragen im Rahmen der Prüfung eines Haftpflichtanspruchs, den Herr
Rausch gegen unseren Versicherungsnehmer erhebt (Art. 6 Abs. 1 lit. f
DSGVO, Nr. 4.2 der Verhaltensregeln der Versicherungswirtschaft).

Mit freundlichen Grüßen
Jens Wolter
Spezialermittler Kfz
Kompass Versicherung AG
"""
    msg = MSG(S("wolter"), A("Kfz-Schaden Auskunft", "kfz-auskunft@nordstern-allgemeine.example"),
              "Vorschadenanfrage HH-DR 895 / FIN WBAJS71060CH88214", D(2024, 8, 20, 10, 12),
              T(body, charset="iso-8859-1"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-partner",
             "prior-damage inquiry to another insurer: named vehicle owner with birth date, address, VIN, plate")


def m128():
    body = """Sehr geehrte Frau Jürgens,

danke für Ihre Nachfrage zum Leitungswasserschaden Ihres Kunden
Herrn Oliver Brehm (WG-5518-3302, Schaden 24-LW-01290, Am Sooren 44,
22149 Hamburg).

Der Schaden liegt zur Prüfung bei uns in der Spezialabteilung, weil die
Schadenhöhe (41.600 EUR) und der Umfang der Sanierung eine genauere
Prüfung erfordern - das ist bei Schäden dieser Größenordnung normal.

Damit wir zügig entscheiden können, fehlen uns noch:
- die Rechnung des Installateurs über die Leckortung und die Reparatur
  des Rohrbruchs (bisher liegt nur ein Kostenvoranschlag vor),
- Fotos der Schadenstelle VOR Beginn der Trocknung,
- das Trocknungsprotokoll mit Messwerten,
- eine Erklärung, warum die Küche komplett ersetzt werden soll, obwohl
  der Gutachter nur die Unterschränke als betroffen beschreibt.

Wenn Ihr Kunde uns die Unterlagen bis Ende des Monats schickt, können
wir im Dezember entscheiden. Sprechen Sie mich gern direkt an.

Mit freundlichen Grüßen
Lukas Brenner
Spezialermittlung Sach/Haftpflicht
Kompass Versicherung AG
Tel. 040 7126-2305
"""
    msg = MSG(S("brenner"), A("Sabine Jürgens", "s.juergens@juergens-makler.example"),
              "AW: Schaden Brehm 24-LW-01290 - Sachstand?", D(2024, 11, 18, 12, 44),
              T(body, cte="8bit"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "insurer-to-broker",
             "reply to broker: named customer, buildings policy, claim number, insured address and claim details")


def m129():
    body = """Dear Mr van Dijk,

thank you for your quick reply at the forum. As discussed, a formal
request under our bilateral arrangement:

We are investigating a motor theft claim (our ref. VK 24-0429115) in
which the vehicle was found by Dutch customs in a container booked by
Beck & Partner Logistics B.V., Rotterdam (KvK 91284417). The director of
that company is Mr Sören Beck, born 1984 in Hamburg, residing in
Rotterdam according to the chamber of commerce extract.

Could you please tell us
  1. whether Beck & Partner Logistics B.V. or Mr Sören Beck hold any
     policies with Lage Landen (cargo, liability, motor), and
  2. whether any claims have been made under such policies since May
     2024 involving vehicles or containers?

Our legitimate interest is the examination of a claim for EUR 71,500.
The policyholder's consent is not available, as he is himself under
scrutiny; we therefore ask only for the information listed above.

Kind regards
Fiona McAllister
Group Fraud Liaison
Kompass Versicherung AG
"""
    msg = MSG(S("mcallister"), A("Ruben van Dijk", "r.vandijk@lagelanden-verzekeringen.example"),
              "Request for information - Beck & Partner Logistics B.V.", D(2024, 11, 18, 9, 40),
              T(body), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "insurer-to-partner",
             "request to Dutch insurer about a named company director with birth year and residence, theft claim")


def m130():
    odt = ODT([("h", "Argus Ermittlungen GmbH - Observationsbericht ARG-24-1540"),
               "Auftraggeber: Kompass Versicherung AG, SIU | Ihr Zeichen BU 23-BU-00188 / SIU-24-0631",
               "Zielperson: Frau Katja Mehnert, geb. 21.02.1981, Lohbrügger Landstraße 12, 21031 Hamburg",
               "Freigabe: Leitung SIU und Datenschutz, 25.10.2024",
               ("h", "Ausgangslage"),
               "Frau Mehnert (Gesundheits- und Krankenpflegerin) bezieht seit 08/2023 eine BU-Rente. Laut Gutachten "
               "leidet sie an einem Fibromyalgiesyndrom (M79.70) mit chronischer Erschöpfung; Heben und Tragen über "
               "5 kg sowie Schichtdienst seien nicht möglich.",
               ("h", "Feststellungen"),
               "04.11.2024 06:10 Zielperson verlässt das Haus in Dienstkleidung des ambulanten Pflegedienstes "
               "'Sonnenhof', fährt mit einem beschrifteten Dienstwagen. Bis 13:30 Uhr neun Hausbesuche, u. a. "
               "Transfer einer Patientin vom Rollstuhl ins Auto (Unterstützung durch Zielperson deutlich sichtbar).",
               "06.11.2024 13:45-21:30 Uhr Spätdienst, gleiche Tätigkeit, 11 Hausbesuche.",
               "08.11.2024 keine Aktivität.",
               "11.11.2024 06:05-14:00 Uhr Frühdienst, u. a. Tragen von Getränkekisten für einen Patienten.",
               ("h", "Hinweis"),
               "Keine Aufnahmen in Wohnungen der Patienten; Patienten auf Fotos unkenntlich gemacht. Medizinische "
               "Bewertung nicht Gegenstand des Auftrags.",
               "Hamburg, 13.11.2024 - R. Kemper"])
    body = """Hallo Stefan,

der Observationsbericht zu Frau Mehnert ist da (ODT). Sie arbeitet
offenbar regulär im Schichtdienst bei einem Pflegedienst. Bitte mit
dem Gutachter klären und die Nachprüfung einleiten; die Rente würde ich
vorerst weiterzahlen, bis wir sie angehört haben.

Aylin
"""
    msg = MSG(S("karaca"), S("vogt"), "BU 23-BU-00188 - Observationsbericht", D(2024, 11, 14, 9, 5),
              MIX(T(body), ATT("ARG-24-1540_Bericht.odt", odt, CT_ODT)), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "investigator",
             "ODT surveillance report: named BU pensioner with birth date, fibromyalgia M79.70, work observations")


def m131():
    body = """Hallo zusammen,

ab 01.12. gelten im Regelwerk Krankentagegeld folgende Änderungen
(Freigabe Jour fixe 12.11.):

Regel    alt                                  neu
-------  -----------------------------------  ----------------------------------
R-H12    M54.x Hauptdiagnose + KTG > 180 T.   unverändert, aber nur noch Selbständige
         + Selbständige: +15                  mit Umsatz-Nachweis < 12 Monate: +15
R-H17    F32.x/F33.x/F43.x innerhalb 6 Mon.   Zeitfenster 9 Monate, +10; F43.2
         nach Tariferhöhung: +10               allein: +5
R-H18    (neu)                                AU-Bescheinigung von Online-Anbieter
                                              (Liste Ausstellerkennungen): +20
R-H19    (neu)                                Diagnosewechsel innerhalb 14 Tagen vor
                                              Aussteuerung (z. B. M54.5 -> F48.0): +10
R-H05    Facharztwechsel > 3 in 6 Monaten     entfällt (Trefferquote 2 %)

Schwellen: ab 25 Punkten Hinweis an die Sachbearbeitung, ab 40 Punkten
automatische Vorlage an die SIU. Eine Ablehnung allein aufgrund des
Scores bleibt ausgeschlossen.

Die Beschreibung im Regelkatalog ist aktualisiert (Version 2024-12).

Tobias
"""
    msg = MSG(S("reinhardt"), [S("alle"), S("kv")], "Regelwerk KTG: Änderungen ab 01.12.", D(2024, 11, 22, 11, 11),
              T(body, cte="8bit"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: scoring rule changes with ICD-10 codes (M54, F32, F43.2), no person")


def m132():
    body = """Dear Ms Carter,

Your trip cancellation insurance RR-7719-0054 - claim 24-RR-01802
Cancelled trip: Hamburg - New York, 9-19 November 2024

Thank you for your letter of 24 October and the documents enclosed.

You cancelled the trip on 14 October 2024, stating that you had received
a summons to appear as a witness in a civil case (a tenancy dispute)
before the Hamburg Regional Court on 12 November 2024. Under section 2.1 (h) of your policy conditions,
cancellation is covered if an insured person receives a summons that
makes the trip impossible, provided the summons is received after the
booking.

After reviewing the documents we are unable to pay the claim:

  - The summons you submitted is dated 21 October 2024, one week after
    you cancelled the trip.
  - According to the court's office, which we contacted with your
    consent, the hearing on 12 November had already been postponed on
    18 October; you were informed of this by letter of the same day.
  - Your cancellation on 14 October therefore cannot have been caused by
    the summons.

The cancellation costs of EUR 1,940 are therefore not covered. If you
have further documents that show a different sequence of events, please
send them to us and we will review our decision.

You may also contact the Insurance Ombudsman (Versicherungsombudsmann
e.V.), whose services are free of charge for consumers.

Yours sincerely
Deniz Yıldız
Travel Claims
Kompass Versicherung AG
"""
    msg = MSG(S("yildiz"), A("Emily Carter", "emily.carter@mailhub-usa.example"),
              "Your claim 24-RR-01802 - decision", D(2024, 11, 12, 14, 8), T(body), cc=S("brenner"),
              mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "insurer-to-customer",
             "travel cancellation decline: named customer, policy and claim numbers, civil-court witness summons; no health")


def m133():
    html = """<html><head><meta charset="utf-8"><style>
td,th{border:1px solid #999;padding:3px 6px;font-size:9.5pt;font-family:Arial}
th{background:#dde5ec}</style></head><body style="font-family:Arial;font-size:10pt">
<p>Hallo Aylin,</p>
<p>hier die Krankenhaustagegeld-Fälle mit der Klinik am Hirschpark seit Juni (Regel R-K07: Privatklinik,
Verweildauer &gt; 28 Tage, Diagnose aus Kapitel F). Auffällig: vier Versicherte aus demselben Vertriebsbezirk,
alle mit Tarifwechsel in den letzten 12 Monaten auf den höheren KHT-Satz.</p>
<table cellspacing="0">
<tr><th>Versicherte/r</th><th>geb.</th><th>Vertrag</th><th>Aufenthalt</th><th>Tage</th><th>Diagnose (Entlassbericht)</th><th>KHT/Tag</th><th>Summe</th></tr>
<tr><td>Vollmer, Sandra</td><td>1979</td><td>KV-2214-8830</td><td>02.09.-14.10.2024</td><td>43</td><td>F43.2 Anpassungsstörung</td><td>150 EUR</td><td>6.450 EUR</td></tr>
<tr><td>Vollmer, Jörn</td><td>1977</td><td>KV-2214-8830</td><td>24.06.-02.08.2024</td><td>40</td><td>F32.1 mittelgradige depressive Episode</td><td>150 EUR</td><td>6.000 EUR</td></tr>
<tr><td>Harms, Tanja</td><td>1985</td><td>KV-5510-0721</td><td>08.07.-23.08.2024</td><td>47</td><td>F45.41 chronische Schmerzstörung</td><td>120 EUR</td><td>5.640 EUR</td></tr>
<tr><td>Köhnke, Ralf</td><td>1968</td><td>KV-3307-1182</td><td>19.08.-27.09.2024</td><td>40</td><td>F48.0 Neurasthenie / Burnout</td><td>150 EUR</td><td>6.000 EUR</td></tr>
</table>
<p>Auf den Belegungsbestätigungen sind jeweils alle Wochenenden als &bdquo;Beurlaubung&ldquo; vermerkt &ndash; trotzdem
werden sie als Krankenhaustage abgerechnet. Ich würde bei der Klinik die vollständigen Entlassberichte und die
Beurlaubungstage anfragen (Einwilligungen liegen vor). Einverstanden?</p>
<p>Gruß<br>Nadine</p>
</body></html>
"""
    msg = MSG(S("roth"), S("karaca"), "KHT Klinik am Hirschpark - 4 Fälle", D(2024, 10, 22, 15, 27),
              H(html), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "HTML-only table: named insured persons with birth years, psychiatric diagnoses and hospital stays")


def m134():
    body = """LESSONS LEARNED - Staged collisions ring "Ringroad" (closed case, anonymised)

For the group case library. All names, places and dates are removed;
numbers are rounded. Approved by our DPO for internal group use.

What happened
Over 14 months, 23 motor liability claims with a similar pattern:
rear-end collisions at motorway slip roads in the evening, the front
vehicle (always older premium cars, "Vehicle type 1") braking abruptly.
Drivers and passengers of the front vehicles rotated among a group of
about 12 people. Repairs were always billed "fictitiously" on the basis
of assessor reports from the same two assessors. Total claimed: about
EUR 310,000, paid before detection: EUR 96,000.

How we found it
- The network tool linked the claims via two phone numbers and one
  address used in four different claims.
- A claims handler noticed identical damage photos in two claims.
- The police were already investigating one of the drivers for
  another matter and contacted us.

What worked
- Early referral by the claims handler and a joint case file.
- Stopping payments in all linked claims at once.
- Bringing the complete network to the prosecutor instead of single
  claims.

What did not work
- Our assessor panel did not flag the re-use of photos.
- It took 6 weeks to get historical claims out of the archive.

Recommendations
1. Automatic photo comparison for all motor liability claims.
2. Rotation and spot checks of independent assessors.
3. One SIU contact for all linked claims; no parallel settlement.
"""
    msg = MSG(S("wolter"), [S("mcallister"), A("Kompass Group Fraud Network", "fraud-network@kompass-group.example")],
              "Lessons learned: staged collisions ring (anonymised)", D(2024, 11, 29, 10, 17),
              T(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "internal",
             "trap: anonymised lessons-learned about a staged-accident ring, no names")


def m135():
    body = """Dear Ms Caldwell,

Cargo claim TR 24-TR-00219 - Elbtrade Electronics GmbH - container
KMPU 441207-3

We refer to your letter of 12 November 2024 on behalf of your client
Elbtrade Electronics GmbH and its managing director, Mr Kevin Strauß,
requesting payment of USD 412,800 within 14 days.

We are not in a position to accept the claim at present:

1. The verified gross mass declared at stuffing in Hamburg was
   21,480 kg. The container was weighed at Jebel Ali at 21,390 kg.
   Tiles of the quantity found in the cartons weigh approximately the
   same as the declared phones plus packaging. The weights therefore
   suggest that the container was loaded with tiles in Hamburg, not that
   the goods were replaced in transit.
2. The seal number recorded at the terminal matches the seal number in
   the shipping documents, and the seal shows no signs of manipulation.
3. The CCTV footage of the stuffing, which Mr Strauß offered on
   3 October, has still not been provided.
4. We have not yet received proof of payment by the buyer in Dubai.

We reserve all rights under the policy, including those arising from
a breach of the duty to cooperate. We remain willing to review any
further evidence your client provides.

Yours sincerely
Lukas Brenner
Special Investigations, Property / Marine
Kompass Versicherung AG
"""
    msg = MSG(S("brenner"), A("Eleanor Caldwell", "e.caldwell@caldwell-harrow.example"),
              "TR 24-TR-00219 Elbtrade - your letter of 12 November", D(2024, 11, 19, 16, 2),
              T(body), cc=A("Rajiv Menon", "rajiv.menon@gulfmarine-brokers.example"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "en", "insurer-to-lawyer",
             "cargo claim: company policyholder with named managing director, claim and container data; no health")


def m136():
    body = """Dear Sir or Madam,

REQUEST FOR PROPOSAL - Network analytics for claims fraud detection
Reference: RFP-SIU-2024-02, deadline for proposals: 10 January 2025

Kompass Versicherung AG invites you to submit a proposal for a network
analytics platform supporting our Special Investigations Unit.

Scope
  - entity resolution across claims, parties, vehicles, addresses,
    phone numbers, bank accounts and service providers
  - graph visualisation and explainable risk indicators
  - integration with our case management system via REST API
  - lines in scope: motor, property, liability, travel (non-medical);
    health and life data are OUT of scope

Mandatory requirements
  - hosting in the EU, ISO 27001 certified provider
  - role-based access, full audit trail, configurable retention and
    deletion
  - no use of our data for training models for other customers
  - GDPR-compliant data processing agreement under German law

Please structure your proposal as: company profile, solution, references
(insurance), implementation plan, pricing (5 years), data protection
concept. Questions by 6 December to einkauf@kompass-versicherung.example;
answers will be shared with all bidders.

Kind regards
Gesa Haferkamp
Purchasing, Kompass Versicherung AG
"""
    msg = MSG(S("haferkamp"), [A("Clare Ashdown", "clare.ashdown@linkgraph-analytics.example"),
                               A("Sales", "sales@graphsentinel.example")],
              "RFP-SIU-2024-02 - Network analytics for claims fraud detection", D(2024, 11, 26, 9, 0),
              T(body, charset="us-ascii", cte="7bit"), cc=S("reinhardt"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "insurer-to-supplier",
             "trap: request for proposal mentioning bank accounts, health data out of scope; no person")


def m137():
    hartwig_iban = iban("DE", "200100200718330046")
    body = """passt, bitte so raus.
L.

Von: Eilers, Frank
Gesendet: Montag, 9. Dezember 2024 10:18
An: Brenner, Lukas
Betreff: Entwurf Teilregulierung 24-HR-08120

Hi Lukas, kurz drüberschauen bevor ich es rausschicke?

---
Frau
Jessica Hartwig
Mühlenkamp 31
22303 Hamburg

Ihre Hausratversicherung HR-8826-1140, Einbruchdiebstahl vom 14.09.2024

Sehr geehrte Frau Hartwig,

nach Abschluss unserer Prüfung regulieren wir Ihren Schaden wie folgt:

  Kamera Fujifilm X-T5 mit Objektiv     1.690,00 EUR
  Schmuck (Pos. 3-5)                    1.520,00 EUR
  Reparatur Wohnungstür                   321,00 EUR
  Summe                                 3.531,00 EUR

Für das MacBook Air (1.899,00 EUR) leisten wir keine Entschädigung, da
das Gerät nach dem Schadentag nachweislich weiter in Ihrem Besitz war
(siehe unser Gespräch vom 04.12.2024).

Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto
IBAN """ + hartwig_iban + """.

Mit freundlichen Grüßen
Frank Eilers
---
"""
    msg = MSG(S("brenner"), S("eilers"), "AW: Entwurf Teilregulierung 24-HR-08120", D(2024, 12, 9, 10, 41),
              T(body, cte="8bit"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "internal",
             "top reply 'passt'; quoted draft: named customer, address, household policy, claim amounts and IBAN")


def m138():
    csvt = """kategorie;frist;vorgeschlagen;bestaetigt;zurueckgestellt;grund_zurueckstellung
Hinweis ohne Bestaetigung;12 Monate;214;209;5;laufendes Zivilverfahren
abgeschlossener Fall ohne Verfahren;5 Jahre;1088;1088;0;
Fall mit Straf-/Zivilverfahren;3 Jahre nach Abschluss;17;12;5;Rechtskraft nicht bestaetigt
Observationsmaterial nicht erheblich;6 Monate;9;9;0;
ZIS-Abfrageergebnisse;12 Monate;1312;1312;0;
Summe;;2640;2630;10;
"""
    body = """Hallo Sebastian, hallo Henrike,

der monatliche Löschlauf SIU-Case (November) ist durch. Zusammenfassung
als CSV anbei - nur Zählwerte je Kategorie. 2.630 Datensätze wurden
gelöscht, 10 wegen laufender Verfahren zurückgestellt (stehen im Case
mit Wiedervorlage).

Das Löschprotokoll mit den technischen IDs liegt revisionssicher im
Archiv (Aufbewahrung nach Löschkonzept).

Gruß
Ole
"""
    msg = MSG(S("lorenzen"), [S("quast"), S("albers")], "Löschlauf SIU-Case November - Ergebnis",
              D(2024, 12, 2, 7, 58),
              MIX(T(body, charset="iso-8859-1"), ATT("loeschlauf_2024-11.csv", csvt.encode("cp1252"), "application/vnd.ms-excel")),
              mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: deletion-run report with counts per category (CSV), no person")


def m139():
    csvt = """vers_nr;name;geburtsjahr;tarif;icd_haupt;icd_neben;regel;punkte;leistung_eur_lfd_jahr
KV-4410-2281-01;Brodersen, Hauke;1971;KTG-S;M54.5;F43.2;R-H12;15;12300
KV-2277-9013-01;Wessel, Timo;1979;KTG-A;M51.2;;R-H12;15;27940
KV-8841-2206-01;Hoyer, Sven;1984;KTG-S;F43.2;Z73;R-H17;10;23250
KV-6012-7738-01;Albrecht, Nina;1990;KTG-A;F32.1;F41.1;R-H17;10;18600
KV-3307-1182-01;Köhnke, Ralf;1968;KTG-S;F48.0;M54.5;R-H19;10;9150
KV-5519-0283-01;Strelow, Jan;1982;KTG-S;S83.2;;R-H18;20;6400
"""
    z = ZIP([("KTG_Treffer_2024-10.csv", csvt.encode("utf-8")),
             ("LIESMICH.txt", "Export SIU-Case, Regeltreffer KTG, Stand 31.10.2024. Nur für die Fallbesprechung, danach löschen.\n".encode("utf-8"))],
            date=(2024, 11, 1, 9, 30, 0))
    body = """Hallo Aylin,

für die Fallbesprechung morgen der Export der KTG-Regeltreffer vom
Oktober (ZIP). Bitte nach der Besprechung löschen.

Tobias
"""
    msg = MSG(S("reinhardt"), S("karaca"), "Export Regeltreffer Oktober", D(2024, 11, 11, 17, 35),
              MIX(T(body), ATT("export_2024-10.zip", z, CT_ZIP)), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "inside ZIP: CSV of named insured persons with birth years, ICD-10 diagnoses and daily allowance paid")


def m140():
    body = """Dear all,

please find attached the invitation to the Kompass Group Fraud Forum
2025. Agenda (draft):

Day 1 - 4 February
  09:00  Welcome, group fraud strategy 2025-2027
  10:00  Benchmark results Q1-Q3 2024 (Germany, Austria, NL, Poland)
  11:30  Shared rules library: governance and next steps
  14:00  Workshop A: forged medical invoices in travel health
         Workshop B: staged collisions and cross-border vehicle theft
  16:30  Data protection: exchange of information between group
         companies (no case data will be shown)

Day 2 - 5 February
  09:00  Analytics: image re-use detection pilot, network analytics RFP
  11:00  Interviewing vulnerable claimants - training session
  13:00  Close

Venue: Kompass Group UK office, 20 Finsbury Row, London. Hotel block
booked until 10 January.

Best regards
Fiona
"""
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:group-fraud-forum-2025@kompass-versicherung.example
DTSTAMP:20241204T100000Z
DTSTART;VALUE=DATE:20250204
DTEND;VALUE=DATE:20250206
SUMMARY:Kompass Group Fraud Forum 2025
LOCATION:Kompass Group UK\\, 20 Finsbury Row\\, London
ORGANIZER;CN=Fiona McAllister:mailto:fiona.mcallister@kompass-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Kompass Group Fraud Network:mailto:fraud-network@kompass-group.example
DESCRIPTION:Agenda see e-mail. Please do not bring case files.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
    msg = MSG(S("mcallister"), A("Kompass Group Fraud Network", "fraud-network@kompass-group.example"),
              "Invitation: Kompass Group Fraud Forum 2025, London, 4-5 February", D(2024, 12, 4, 11, 0),
              MIX(T(body, charset="us-ascii", cte="7bit"),
                  E(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST; name="forum2025.ics"',
                     "Content-Transfer-Encoding: 7bit",
                     'Content-Disposition: attachment; filename="forum2025.ics"'], ics.encode("ascii"))),
              mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "internal",
             "trap: forum invitation with ICS on medical invoice fraud and vehicle theft, no case data")


def m141():
    pdf = PDF([["# Interviewing claimants - do's and don'ts",
                "Kompass Versicherung AG | SIU training | module 3 | all examples fictional",
                "",
                "# Before the interview",
                "- Read the whole file; list the three points you really need to clarify.",
                "- Offer a choice of date and format; mention that a person of trust may attend.",
                "- Book the interview room without names; check the recorder (encrypted storage).",
                "",
                "# During the interview",
                "- Start with open questions ('Please describe the evening in your own words').",
                "- Confront contradictions late, calmly, with the document in front of you.",
                "- Never promise payment, never threaten criminal proceedings.",
                "- If the claimant mentions illness, grief or distress: pause, offer a break.",
                "- Only ask about health where it is relevant to the claim - and write down only that.",
                "",
                "# After the interview",
                "- Written summary to the claimant within 5 working days.",
                "- Recording: keep only if relevant to the decision, otherwise delete after 6 months."],
               ["# Role play (fictional)",
                "Claimant: John Doe (fictional), 40, household claim after burglary, EUR 9,000.",
                "Interviewer: trainee. Observer: trainer.",
                "Facts for the interviewer: the receipts for the TV show a shop that closed in 2019;",
                "the claimant's neighbour (fictional) reported seeing a moving van the day before.",
                "Task: plan the sequence of questions; decide when to show the receipt."]],
              title="Interviewing claimants module 3", date="20241120090000")
    body = """Hi everyone,

attached the slides for module 3 ("Interviewing claimants") of the SIU
training programme, as presented on Wednesday. The role play on page 2
is entirely fictional - feel free to reuse it in your own teams.

Fiona
"""
    msg = MSG(S("mcallister"), [S("alle"), A("Kompass Group Fraud Network", "fraud-network@kompass-group.example")],
              "Training module 3 - interviewing claimants (slides)", D(2024, 11, 22, 16, 40),
              MIX(T(body, charset="us-ascii", cte="7bit"), ATT("SIU_training_module3_interviewing.pdf", pdf, CT_PDF)),
              mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "internal",
             "trap: training PDF on interviewing claimants incl. health topics, fictional role play 'John Doe'")


def m142():
    text = """Sehr geehrte Kundin, sehr geehrter Kunde,

in Ihrem Postfach im Kompass SecureMail-Portal liegt eine neue Nachricht
für Sie. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.

Zum Portal: https://securemail.kompass-versicherung.example/login

Bitte melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.
Wir fragen Sie niemals per E-Mail nach Ihrem Passwort.

---

Dear customer,

a new message is waiting for you in your Kompass SecureMail portal
mailbox. For security reasons this e-mail does not contain any content.

Go to the portal: https://securemail.kompass-versicherung.example/login

Please log in with your e-mail address and password. We will never ask
you for your password by e-mail.

Kompass Versicherung AG - diese Nachricht wurde automatisch erstellt /
this message was generated automatically.
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>in Ihrem Postfach im Kompass SecureMail-Portal liegt eine neue Nachricht für Sie.
Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.</p>
<p><a href="https://securemail.kompass-versicherung.example/login">Zum Portal</a></p>
<p>Bitte melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an. Wir fragen Sie niemals per E-Mail nach Ihrem Passwort.</p>
<hr>
<p>Dear customer,</p>
<p>a new message is waiting for you in your Kompass SecureMail portal mailbox. For security reasons this e-mail does not contain any content.</p>
<p><a href="https://securemail.kompass-versicherung.example/login">Go to the portal</a></p>
<p>Please log in with your e-mail address and password. We will never ask you for your password by e-mail.</p>
<p style="font-size:8pt;color:#777">Kompass Versicherung AG &ndash; diese Nachricht wurde automatisch erstellt / this message was generated automatically.</p>
</body></html>
"""
    msg = MSG(A("Kompass SecureMail", "noreply-securemail@" + DOM), "tom.hallworth@desertmail.example",
              "Neue sichere Nachricht / New secure message", D(2024, 10, 14, 9, 31, 5),
              ALT(text, html), extra=[("Auto-Submitted", "auto-generated")])
    return R(msg, "NORMAL", "mixed", "insurer-to-customer",
             "trap: bilingual portal notification without content")


def m143():
    body = """Sehr geehrte Frau Dr. Oltmanns,

Ihr Patient Herr Carsten Mönch, geb. 17.11.1973, Wilhelmsburger Reichs-
straße 205, 21107 Hamburg, hat bei uns Leistungen aus seiner
Berufsunfähigkeitsversicherung (BU-7720-4419, Beginn 01.04.2022)
beantragt. Er gibt an, seit März 2024 wegen eines diabetischen
Fußsyndroms (E11.74) mit Ulkus am rechten Vorfuß und einer
Polyneuropathie nicht mehr als Paketzusteller arbeiten zu können.

Im Antrag vom 07.03.2022 hat Herr Mönch die Frage nach Stoffwechsel-
erkrankungen, insbesondere Diabetes mellitus, verneint. Nach den
Unterlagen der Diabetologischen Schwerpunktpraxis erfolgte die
Überweisung durch Ihre Praxis bereits im Herbst 2021.

Mit der beigefügten Schweigepflichtentbindung von Herrn Mönch (gültig
für diese Anfrage, § 213 VVG) bitten wir um Beantwortung folgender
Fragen, beschränkt auf den Zeitraum 01.01.2019 bis 31.03.2022:

1. Wann wurde erstmals ein Diabetes mellitus diagnostiziert bzw. ein
   erhöhter Blutzucker festgestellt? Bitte HbA1c- und Nüchtern-
   glukosewerte mit Datum angeben.
2. Wann wurde eine medikamentöse Therapie begonnen (z. B. Metformin)?
3. Wurde Herr Mönch über die Diagnose informiert (z. B. Schulung,
   Überweisung, Gesprächsvermerk)?
4. Bestanden weitere Erkrankungen des Stoffwechsels oder der Gefäße?

Ihre Auslagen erstatten wir nach GOÄ Nr. 75 zzgl. Porto.

Mit freundlichen Grüßen
Stefan Vogt
Leistung Leben/BU - in Abstimmung mit der Spezialermittlung
Kompass Versicherung AG
"""
    msg = MSG(S("vogt"), A("Praxis Dr. Oltmanns", "praxis@hausarzt-oltmanns.example"),
              "Anfrage gem. § 213 VVG - Herr Carsten Mönch", D(2024, 12, 6, 10, 25),
              T(body, charset="iso-8859-1", cte="quoted-printable"), cc=S("karaca"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
             "request to GP: named patient with birth date, diabetic foot syndrome E11.74, diabetes history")


def m144():
    body = """Hallo Henrike, hallo Corinna,

zur Info und mit Bitte um Entscheidung:

Das Urteil des Amtsgerichts Hamburg gegen Herrn Rainer Kolbe, geb.
30.06.1976, ist seit 02.12.2024 rechtskräftig (Az. 243 Ds 118/24):
Betrug zu unserem Nachteil (vorgetäuschter Einbruchdiebstahl 2022,
Hausrat HR-2208-5591, gezahlt 14.800 EUR), Freiheitsstrafe 8 Monate,
ausgesetzt zur Bewährung, Bewährungsauflage: Schadenwiedergutmachung
in Raten an uns (300 EUR monatlich).

Herr Kolbe hat bei uns noch:
  - Privathaftpflicht PH-2208-5592
  - Kfz-Haftpflicht/Teilkasko KF-2208-5593
  - Unfallversicherung UV-2208-5594 (ohne laufende Leistung)

Vorschlag:
1. Kündigung der Hausrat (ist schon erfolgt, 2023) - erledigt.
2. Außerordentliche Kündigung der übrigen Verträge wegen Zerstörung
   des Vertrauensverhältnisses? Corinna, hältst Du das nach dem Urteil
   für tragfähig? Der Kfz-Haftpflicht-Vertrag unterliegt dem
   Kontrahierungszwang - dort nur ordentliche Kündigung zum Ablauf.
3. ZIS-Meldung ist 2023 erfolgt, Aktualisierung "rechtskräftig
   verurteilt" ist nach den Nutzungsbedingungen nicht vorgesehen -
   also nichts tun.
4. Ratenzahlung über die Regressabteilung überwachen.

Gruß
Lukas
"""
    msg = MSG(S("brenner"), [S("albers"), S("maas")], "Kolbe - Urteil rechtskräftig, weitere Verträge?",
              D(2024, 12, 11, 14, 55), T(body), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "criminal conviction of a named customer with birth date (Art. 10) plus his contracts incl. accident policy")


def m145():
    body = """MODEL MONITORING - fraud scoring model v2.3 (motor & property)
Period: October 2024, production

Volumes
  scored claims           31,204   (Sep: 29,870)
  referred to SIU (>= 40)    612   (Sep: 588)

Performance on closed referrals (confirmed = positive)
                      motor    property
  precision@referral  0.29     0.24
  recall (est.)       0.61     0.55
  AUC (backtest)      0.83     0.79

Drift
  - PSI for "days between policy start and loss" 0.14 (warning > 0.1):
    caused by the autumn campaign with many new motor policies.
  - PSI for "repair shop network degree" 0.04 (ok).

Fairness checks
  - No features on nationality, gender, age below 25 bands or postcode
    at street level are used. Referral rates by age band within +/- 3 pp.

Actions
  - Retrain scheduled for January with Q4 data.
  - Health and travel medical claims remain rules-only (no ML) as
    agreed with data protection.

Tobias Reinhardt, Fraud Analytics
"""
    msg = MSG(S("reinhardt"), [S("albers"), S("mcallister")], "Model monitoring October - scoring v2.3",
              D(2024, 11, 6, 9, 12), T(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return R(msg, "NORMAL", "en", "internal", "trap: model monitoring statistics, health claims mentioned, no person")


def m146():
    body = """Hallo SIU,

Verdachtsmeldung aus der Kfz-Regulierung (Formular hat wieder nicht
funktioniert, deshalb per Mail):

Schaden:       KH 24-0436620, Unfall 27.09.2024, 21:15 Uhr, Billstedt
Unser VN:      Herr Malte Behrens, HH-MB 4471 (Vorfahrtsverletzung
               eingeräumt)
Gegner:        Mietwagen Mercedes A 180, HH-EM 6112 (Elbe Mietwagen GmbH)
Fahrer Gegner: Herr Kevin Ruge, Billstedter Hauptstraße 70
Beifahrer:     Herr Jannik Ruge (Bruder)

Geltend gemacht:
  Reparatur Mietwagen lt. Vermieter      6.820 EUR
  Verdienstausfall Kevin Ruge            3.400 EUR (selbständiger
  Kurierfahrer, Umsatz laut Steuerbescheid 2023: 41.300 EUR, er könne
  ohne Fahrzeug keine Touren fahren)
  Personenschäden: keine, beide unverletzt

Auffällig:
- Mietbeginn lt. Vertrag 19:02 Uhr, also 2 Std. vor dem Unfall
- Herr Behrens sagt, der Mercedes sei "extrem langsam" in die Kreuzung
  gefahren und habe dann beschleunigt
- ZIS: Kevin Ruge 2022 und 2023 jeweils als Geschädigter in
  Kreuzungsunfällen mit Mietwagen (andere Versicherer)

Ich habe noch nichts gezahlt. Bitte übernehmen.

Viele Grüße
Birgit Hollmann
Kfz-Schaden
"""
    msg = MSG(S("hollmann"), S("siu"), "Verdachtsmeldung KH 24-0436620 (Mietwagen Billstedt)",
              D(2024, 10, 8, 16, 5), T(body, charset="windows-1252", cte="8bit"), mailer=OUTLOOK)
    return R(msg, "CONFIDENTIAL", "de", "internal",
             "referral: named policyholder and third parties, address, plates, income of a self-employed courier; nobody injured")


def m147():
    body = """Sehr geehrte Damen und Herren,

Ihre Patientin Frau Sandra Vollmer, geb. 12.03.1979, befand sich vom
02.09.2024 bis 14.10.2024 in stationärer Behandlung in Ihrer Klinik. Sie
bezieht aus ihrer bei uns bestehenden Krankenversicherung
(KV-2214-8830) Krankenhaustagegeld.

Laut der uns vorliegenden Aufenthaltsbestätigung wurde sie wegen einer
Anpassungsstörung (F43.2) behandelt. Mit der beigefügten
Schweigepflichtentbindung vom 28.10.2024 bitten wir um:

1. den vollständigen Entlassbericht,
2. eine Aufstellung der Tage, an denen Frau Vollmer beurlaubt war
   (Wochenend- und Tagesbeurlaubungen) bzw. nicht in der Klinik
   übernachtet hat,
3. die Angabe, ob die Behandlung als Krankenhausbehandlung (§ 39 SGB V
   analog) oder als Rehabilitations- bzw. Vorsorgemaßnahme erfolgte,
4. die Kostenzusage bzw. Rechnung (Pflegesatz, Wahlleistungen).

Die Kosten der Auskunft übernehmen wir selbstverständlich.

Mit freundlichen Grüßen
Nadine Roth
Leistung Kranken
Kompass Versicherung AG
"""
    msg = MSG(S("roth"), A("Patientenverwaltung", "patientenverwaltung@klinik-hirschpark.example"),
              "Anfrage Aufenthalt Frau Sandra Vollmer, geb. 12.03.1979", D(2024, 10, 30, 10, 40),
              T(body), cc=S("karaca"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
             "request to clinic: named patient with birth date, inpatient stay, F43.2 adjustment disorder")


def m148():
    body = """Stefan,

on the BU claim of Mr Connor Walsh (BU-3309-1176, 22-BU-00451), which you
asked the group to look at:

Background: Mr Walsh, born 1987, formerly a software tester in Hamburg,
moved back to Galway in 2023. He receives a disability benefit of
EUR 1,850/month since 11/2022 for a severe depressive episode (F32.2)
and post-traumatic stress disorder (F43.1) after a serious car accident
in which his partner was injured. His psychiatrist in Galway confirmed
in June 2024 "no improvement, unable to concentrate for more than
20 minutes, avoids crowds".

What our Irish partner found (open sources only):
- The website of "The Claddagh Tap", a pub in Galway, lists "Connor
  Walsh, bar manager" with a photo, page last updated August 2024.
- Several public customer reviews from July-October 2024 mention
  "Connor behind the bar" on busy match nights.
- A local newspaper photo of a pub quiz night in September shows him
  as quizmaster.

This does not yet prove he can work as a software tester, and it is
the same name - the photo, however, matches his passport photo on file.

Suggestion: re-examination by a psychiatrist (in Ireland, English-
speaking), and ask him about his current activities before we confront
him with the findings. Please do not put the newspaper material in any
letter to him until Corinna has looked at it.

Fiona
"""
    msg = MSG(S("mcallister"), S("vogt"), "BU 22-BU-00451 Walsh - findings from Ireland",
              D(2024, 12, 12, 15, 48), T(body, charset="us-ascii", cte="7bit"), cc=S("karaca"), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "disability claim: named insured with birth year, severe depression F32.2 and PTSD F43.1, work observations")


def m149():
    rows = [["Region", "Kfz-Schäden gesamt", "SIU-Vorlagen", "bestätigt", "Quote bestätigt", "davon Diebstahl",
             "davon provozierter/gestellter Unfall", "davon Werkstatt/Gutachter", "Einsparung EUR"],
            ["Hamburg", 18420, 402, 118, 0.293, 31, 44, 43, 1480000],
            ["Schleswig-Holstein", 9870, 141, 33, 0.234, 9, 11, 13, 390000],
            ["Niedersachsen", 12310, 198, 47, 0.237, 14, 19, 14, 610000],
            ["Bremen", 3020, 61, 16, 0.262, 3, 8, 5, 170000],
            ["Mecklenburg-Vorpommern", 4110, 39, 7, 0.179, 2, 2, 3, 60000],
            ["übrige Länder", 6880, 76, 19, 0.250, 6, 7, 6, 240000],
            ["Summe", 54610, 917, 240, 0.262, 65, 91, 84, 2950000]]
    notes = [["Hinweis"], ["Zeitraum 01-09/2024, nur abgeschlossene Vorlagen."],
             ["Keine Einzelfälle, keine Namen von Werkstätten oder Gutachtern."],
             ["Zellen mit weniger als 3 Fällen im Bericht an den Vorstand zusammengefasst."]]
    xlsx = XLSX([("Kfz 2024 nach Region", rows), ("Hinweise", notes)])
    body = """Hallo Birgit,

wie gewünscht die Kfz-Kennzahlen nach Regionen für Deine Präsentation in
der Regionalleiterrunde. Nur aggregiert, Einzelfälle bitte weiterhin nur
aus dem SIU-Case.

Gruß
Jens
"""
    msg = MSG(S("wolter"), S("hollmann"), "Kfz-Kennzahlen nach Region 01-09/2024", D(2024, 10, 24, 12, 34),
              MIX(T(body), ATT("Kfz_SIU_Kennzahlen_Region_2024.xlsx", xlsx, CT_XLSX)), mailer=OUTLOOK)
    return R(msg, "NORMAL", "de", "internal",
             "trap: aggregated motor fraud figures per region (XLSX), no case or person")


def m150():
    inner_text = """Dear colleagues,

following our exchange at the group forum and with the written consent
of the insured (attached to our case, available on request), we would
like to inform you of the following, since the same invoice seems to
have been submitted to both of us.

Insured with us: Ms Claire Dubois, born 03/08/1990, credit card travel
cover (our ref. LL-TR-24-88120).

She claimed under our policy for the same stay at Siam Riverside
International Hospital, Bangkok, 21-26 August 2024, USD 11,400, with the
diagnosis "dengue fever with thrombocytopenia".

The hospital's medical records department informed us on 18 November:
- Ms Dubois was seen as an OUTPATIENT on 21 and 22 August 2024 with
  fever, myalgia and headache; NS1 antigen positive, platelets
  152,000/uL, oral fluids and paracetamol were prescribed;
- there was NO inpatient admission and NO platelet transfusion;
- the hospital's outpatient charges were THB 9,850 (approx. EUR 260).

We have declined the claim and are considering a criminal complaint.

Kind regards
Ruben van Dijk
Fraud Investigations, Lage Landen Verzekeringen
"""
    inner = INNER(A("Ruben van Dijk", "r.vandijk@lagelanden-verzekeringen.example"),
                  A("SIU", "siu@" + DOM), "Shared claimant - Bangkok hospital invoice",
                  D(2024, 11, 21, 15, 2), T(inner_text, charset="iso-8859-1", cte="quoted-printable"),
                  "<ll-8812-20241121@lagelanden-verzekeringen.example>")
    body = """Deniz, Aylin,

the Dutch colleagues have written to us about Ms Dubois (our 24-RK-02604)
- see attached message. Same invoice, and the hospital confirms
outpatient treatment only. Deniz, please do not pay anything; Aylin,
please prepare the decision and check with Corinna regarding a criminal
complaint.

Fiona
"""
    msg = MSG(S("mcallister"), [S("yildiz"), S("karaca")], "FW: Shared claimant - Bangkok hospital invoice",
              D(2024, 11, 21, 16, 10), MIX(T(body, charset="us-ascii", cte="7bit"), FWD(inner)), mailer=OUTLOOK)
    return R(msg, "STRICTLY_CONFIDENTIAL", "en", "partner",
             "forwarded message/rfc822 from a Dutch insurer: named claimant with DOB, dengue, lab values, outpatient treatment")


# ==========================================================================
# build and check
# ==========================================================================
N_MAILS = 150
EXPECT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
KNOWN_BAD_IBANS = set()   # no deliberately invalid IBAN in this corpus


def build(outdir):
    global CUR
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in range(1, N_MAILS + 1):
        CUR = n
        _BCOUNT[0] = 0
        msg, label, lang, kind, reason = globals()["m%03d" % n]()
        fn = "d%s-%04d.eml" % (NN, n)
        with open(os.path.join(outdir, "mails", fn), "wb") as f:
            f.write(msg)
        rows.append("\t".join([fn, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def _check_pdf(data, where, texts):
    assert data.startswith(b"%PDF-1."), where + ": no PDF header"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    assert m, where + ": no startxref"
    x = int(m.group(1))
    assert data[x:x + 4] == b"xref", where + ": startxref does not point to xref"
    lines = data[x:].split(b"\n")
    first, count = map(int, lines[1].split())
    for i in range(1, count):
        off = int(lines[2 + i][:10])
        assert data[off:].startswith(b"%d 0 obj" % (first + i)), where + ": bad offset obj %d" % i
    for m in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
        ln = int(m.group(1))
        assert data[m.end() + ln:m.end() + ln + 9] == b"endstream", where + ": bad stream length"
        stream = data[m.end():m.end() + ln]
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", stream):
            raw = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), s.group(1))
            raw = re.sub(rb"\\([\\()])", rb"\1", raw)
            texts.append(raw.decode("cp1252"))
    return "pdf"


def _check_zip(data, where, texts):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where
    kinds = []
    for n in z.namelist():
        d = z.read(n)
        if n.endswith(".xml") or n.endswith(".rels"):
            xml.dom.minidom.parseString(d)
            texts.append(re.sub(r"<[^>]+>", " ", d.decode("utf-8")))
        kinds.append(_check_blob(n, d, where + "!" + n, texts))
    return kinds


def _check_blob(name, data, where, texts):
    low = name.lower()
    if low.endswith(".pdf"):
        return _check_pdf(data, where, texts)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        members = _check_zip(data, where, texts)
        if low.endswith(".zip"):
            return ["zip"] + [k for k in members if k != "member"]
        if low.endswith(".odt") or low.endswith(".ods"):
            assert zipfile.ZipFile(io.BytesIO(data)).namelist()[0] == "mimetype", where
        return low.rsplit(".", 1)[1]
    if low.endswith(".ics"):
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), where
        texts.append(t)
        return "ics"
    if low.endswith((".csv", ".txt", ".log")):
        for cs in ("utf-8", "cp1252"):
            try:
                texts.append(data.decode(cs))
                break
            except UnicodeDecodeError:
                continue
        else:
            raise AssertionError(where + ": undecodable text")
        return low.rsplit(".", 1)[1]
    if low.endswith((".xml", ".rels")) or low == "mimetype":
        return "member"
    if low.endswith((".jpg", ".png")):
        return "image"
    raise AssertionError(where + ": unknown attachment type " + name)


def _walk(msg, where, texts, stats):
    for part in msg.walk():
        ct = part.get_content_type()
        assert not part.defects, "%s: defects in %s: %r" % (where, ct, part.defects)
        for h in ("Subject", "From", "To"):
            if part.get(h) is not None:
                texts.append(str(part[h]))
        if ct == "message/rfc822":
            stats.append("eml")
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct.startswith("text/") and not fn:
            t = part.get_content()
            texts.append(t)
            continue
        data = part.get_payload(decode=True)
        if fn is None and ct == "application/octet-stream":
            raise AssertionError(where + ": octet-stream without name")
        k = _check_blob(fn or "x.bin", data, where + ":" + (fn or ct), texts)
        stats.extend(k if isinstance(k, list) else [k])


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f]
    assert rows[0] == ["file", "label", "lang", "kind", "reason"], "bad header"
    rows = rows[1:]
    assert len(rows) == N_MAILS, "expected %d rows" % N_MAILS
    cnt, langs, kinds, atts, msgids, ibans = {}, {}, {}, {}, set(), set()
    for i, r in enumerate(rows, 1):
        try:
            assert len(r) == 5, "row %d has %d fields" % (i, len(r))
            fn, label, lang, kind, reason = r
            assert fn == "d%s-%04d.eml" % (NN, i), fn
            assert label in EXPECT, label
            assert lang in ("de", "en", "mixed"), lang
            assert kind and reason and "\t" not in reason
            cnt[label] = cnt.get(label, 0) + 1
            langs[lang] = langs.get(lang, 0) + 1
            kinds[kind] = kinds.get(kind, 0) + 1
            raw = open(os.path.join(HERE, "mails", fn), "rb").read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            assert not msg.defects, "%s: defects %r" % (fn, msg.defects)
            frm = msg["From"].addresses[0].addr_spec
            assert frm.endswith("@" + DOM), fn + ": From not insurer"
            for h in ("To", "Cc"):
                if msg[h]:
                    for a in msg[h].addresses:
                        assert a.domain.endswith(".example"), "%s: %s" % (fn, a)
            mid = msg["Message-ID"]
            assert mid not in msgids, fn + ": duplicate Message-ID"
            msgids.add(mid)
            assert msg["Subject"] is not None and msg["Date"] is not None
            texts, stats = [str(msg["Subject"])], []
            _walk(msg, fn, texts, stats)
            for s in stats:
                atts[s] = atts.get(s, 0) + 1
            alltext = "\n".join(texts)
            for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", alltext):
                assert m.group(1).lower().endswith(".example"), "%s: domain %s" % (fn, m.group(0))
            for m in re.finditer(r"(?:https?://|www\.)([\w.-]+)", alltext):
                assert m.group(1).lower().rstrip(".").endswith(".example"), "%s: url %s" % (fn, m.group(0))
            for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b", alltext):
                cand = m.group(1)
                if cand.startswith(("DE", "AT", "GB", "ES", "NL", "CH", "FR", "IT", "PL", "LU", "BE", "DK")):
                    if cand.replace(" ", "") in KNOWN_BAD_IBANS:
                        continue
                    assert iban_ok(cand), "%s: invalid IBAN %s" % (fn, cand)
                    ibans.add(cand.replace(" ", ""))
        except Exception as e:  # collect all problems
            errors.append("%s: %s" % (r[0] if r else i, e))
    for k, v in EXPECT.items():
        if cnt.get(k) != v:
            errors.append("label %s: %s != %d" % (k, cnt.get(k), v))
    # rebuild and compare byte by byte
    with tempfile.TemporaryDirectory() as td:
        build(td)
        for n in range(1, N_MAILS + 1):
            fn = "d%s-%04d.eml" % (NN, n)
            if open(os.path.join(td, "mails", fn), "rb").read() != open(os.path.join(HERE, "mails", fn), "rb").read():
                errors.append(fn + ": rebuild differs")
        if open(os.path.join(td, "labels.tsv"), "rb").read() != open(os.path.join(HERE, "labels.tsv"), "rb").read():
            errors.append("labels.tsv: rebuild differs")
    extra = sorted(set(os.listdir(os.path.join(HERE, "mails"))) - {"d%s-%04d.eml" % (NN, n) for n in range(1, N_MAILS + 1)})
    if extra:
        errors.append("unexpected files in mails/: %s" % extra)
    print("mails: %d" % len(rows))
    print("labels: " + ", ".join("%s %d" % (k, cnt.get(k, 0)) for k in EXPECT))
    print("languages: " + ", ".join("%s %d" % (k, v) for k, v in sorted(langs.items())))
    print("kinds: " + ", ".join("%s %d" % (k, v) for k, v in sorted(kinds.items(), key=lambda x: (-x[1], x[0]))))
    print("attachments: " + ", ".join("%s %d" % (k, v) for k, v in sorted(atts.items()) if k != "member"))
    print("distinct valid IBANs found: %d" % len(ibans))
    print("rebuild: byte-identical" if not any("rebuild" in e for e in errors) else "rebuild: DIFFERS")
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("check: OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build(HERE)
    print("wrote %d mails and labels.tsv to %s" % (N_MAILS, HERE))
