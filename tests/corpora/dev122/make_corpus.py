#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev122 -- 150 hand-written e-mails of the invented motor insurer
Harkenberg Versicherung AG (Kfz-Schadenservice Bielefeld), labelled for the
Siegel sensitivity classifier (NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL).

    python make_corpus.py           writes mails/d122-0001.eml ... d122-0150.eml + labels.tsv
    python make_corpus.py --check   re-parses everything, validates labels and
                                    attachments, and checks that a rebuild is byte-identical

Standard library only, deterministic (fixed dates, boundaries, Message-IDs and
ZIP timestamps), no network.  Everything here is invented; every domain ends in
.example, every IBAN is made up but valid by ISO 7064 (mod 97).
"""

import base64
import csv
import datetime
import email
import email.policy
import hashlib
import io
import os
import quopri
import random
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime

SEED = 122
NN = "122"
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "harkenberg-versicherung.example"
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")

REGISTRY = []   # (number, function)
LABEL = {}      # number -> (label, lang, kind, reason)


def mail(label, lang, kind, reason):
    """Decorator: registers one hand-written mail function with its label."""
    assert label in LABELS and lang in LANGS, (label, lang)

    def deco(fn):
        n = int(fn.__name__[1:])
        assert n not in LABEL, n
        LABEL[n] = (label, lang, kind, reason)
        REGISTRY.append((n, fn))
        return fn
    return deco


# ---------------------------------------------------------------- helpers ---

def iban(country, bban):
    """Return a valid IBAN (ISO 13616 / ISO 7064 mod 97-10) for an invented BBAN."""
    s = bban + country + "00"
    digits = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(digits) % 97
    return "%s%02d%s" % (country, check, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def grp(s):
    """Group an IBAN in blocks of four."""
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def person(name, local):
    return formataddr((name, "%s@%s" % (local, DOM)), charset="utf-8")


def ext(name, addr):
    return formataddr((name, addr), charset="utf-8") if name else addr


def dt(y, mo, d, h, mi, tzh=1):
    tz = datetime.timezone(datetime.timedelta(hours=tzh))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, 0, tzinfo=tz))


def _fold_header(name, value):
    """Encode a header value; non-ASCII goes RFC 2047 (utf-8 Q/B)."""
    try:
        value.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok:
        return "%s: %s" % (name, value)
    enc = Header(value, "utf-8", header_name=name).encode(linesep="\n")
    return "%s: %s" % (name, enc)


def _nl(text):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text


def encode_body(text, charset, cte):
    """Return the encoded body as bytes."""
    raw = _nl(text).encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    raise ValueError(cte)


def _hdr_bytes(headers):
    return ("\n".join(_fold_header(n, v) for n, v in headers)).encode("ascii")


class Part:
    """A MIME entity: header list plus already encoded body bytes."""

    def __init__(self, headers, body):
        self.headers = headers          # list of (name, value)
        self.body = body                # bytes

    def render(self):
        return _hdr_bytes(self.headers) + b"\n\n" + self.body


def _ct_charset(charset):
    return charset if charset == "us-ascii" else '"%s"' % charset


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    ct = "text/%s; charset=%s" % (subtype, _ct_charset(charset))
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)],
                encode_body(body, charset, cte))


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, "html", charset, cte)


def _fname_params(ctype, disposition, filename):
    try:
        filename.encode("ascii")
        return ('%s; name="%s"' % (ctype, filename), '%s; filename="%s"' % (disposition, filename))
    except UnicodeEncodeError:
        from urllib.parse import quote
        q = quote(filename)
        return ("%s; name*=utf-8''%s" % (ctype, q), "%s; filename*=utf-8''%s" % (disposition, q))


def attach(data, ctype, filename, disposition="attachment"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    ct, cd = _fname_params(ctype, disposition, filename)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", cd)], base64.encodebytes(data))


def attach_text(body, ctype, filename, charset="utf-8", cte="quoted-printable"):
    """A textual attachment (CSV, ICS, TXT) with its own charset."""
    ct, cd = _fname_params("%s; charset=%s" % (ctype, _ct_charset(charset)), "attachment", filename)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte),
                 ("Content-Disposition", cd)], encode_body(body, charset, cte))


def _boundary(tag):
    r = random.Random("%d-%s" % (SEED, tag))
    return "----=_Part_%d_%08x.%d" % (r.randint(1000, 9999), r.getrandbits(32), r.randint(10 ** 11, 10 ** 12))


def multi(subtype, parts, tag):
    b = _boundary(tag).encode("ascii")
    chunks = [b"This is a multi-part message in MIME format.\n"]
    for p in parts:
        r = p.render()
        if not r.endswith(b"\n"):
            r += b"\n"
        chunks.append(b"\n--" + b + b"\n" + r)
    chunks.append(b"\n--" + b + b"--\n")
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, b.decode()))], b"".join(chunks))


def rfc822(msg_bytes, filename=None):
    h = [("Content-Type", "message/rfc822")]
    if filename:
        h.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    else:
        h.append(("Content-Disposition", "inline"))
    return Part(h, msg_bytes)


def inner_mail(frm, to, subject, date, body_part, msgid, cc=None, extra=None):
    """A complete message (for message/rfc822), returned as bytes."""
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", date), ("Message-ID", msgid), ("MIME-Version", "1.0")]
    h += list(extra or [])
    return _hdr_bytes(h) + b"\n" + body_part.render()


# ------------------------------------------------------------ documents ----

def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b


def pdf(lines, title="Dokument", compress=False, size=10):
    """Minimal valid one- or multi-page PDF 1.4 with Helvetica text (WinAnsi)."""
    per_page = 54
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []  # bytes bodies, 1-based numbering
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title (" + _pdf_str(title) + b") /Producer (Harkenberg DMS 4.2) "
                b"/CreationDate (D:20241105090000+01'00') >>")
    for i, pl in enumerate(pages):
        cont = [b"BT", ("/F1 %d Tf" % size).encode(), b"%d TL" % (size + 4), b"56 790 Td"]
        for ln in pl:
            cont.append(b"(" + _pdf_str(ln) + b") Tj T*")
        cont.append(b"ET")
        stream = b"\n".join(cont) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            sd = ("<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)).encode() + data + b"\nendstream"
        else:
            sd = ("<< /Length %d >>\nstream\n" % len(stream)).encode() + stream + b"endstream"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(sd)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)


ZTIME = (2024, 11, 4, 9, 30, 0)


def _zip(members, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZTIME)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


def zipfile_bytes(members):
    return _zip(members)


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def docx(paragraphs, title="Dokument"):
    """Minimal DOCX: list of str paragraphs; a paragraph starting with '# ' is bold."""
    ps = []
    for p in paragraphs:
        if p.startswith("# "):
            ps.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[2:]))
        else:
            ps.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(ps))
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
            '<dc:creator>Harkenberg Versicherung AG</dc:creator></cp:coreProperties>' % _x(title))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("word/document.xml", doc), ("docProps/core.xml", core)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    """Minimal XLSX with inline strings; numbers (int/float) stay numeric."""
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
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:office_version="1.2"')


def _odf(mimetype, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % body)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first="mimetype")


def odt(paragraphs):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % _x(p) for p in paragraphs))


def ods(rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)))
        trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (_x(sheet), "".join(trs)))


def ics(uid, start, end, summary, location, description, organizer, attendees=()):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Harkenberg Versicherung AG//Kalender 7.1//DE", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20241101T080000Z",
             "DTSTART;TZID=Europe/Berlin:%s" % start, "DTEND;TZID=Europe/Berlin:%s" % end,
             "SUMMARY:%s" % esc(summary), "LOCATION:%s" % esc(location),
             "DESCRIPTION:%s" % esc(description), "ORGANIZER:mailto:%s" % organizer]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % a)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    # fold at 75 octets
    out = []
    for ln in lines:
        while len(ln.encode("utf-8")) > 75:
            cut = 74
            while len(ln[:cut].encode("utf-8")) > 74:
                cut -= 1
            out.append(ln[:cut])
            ln = " " + ln[cut:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


def csv_text(rows, delimiter=";"):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


# ------------------------------------------------------------ the message --

def msg(n, frm, to, subject, date, body, cc=None, extra=None, reply_to=None, mid=None):
    """Build a top-level message; body is a Part. Returns bytes."""
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", subject))
    h.append(("Date", date))
    h.append(("Message-ID", mid or "<d%s-%04d.%s@%s>" % (
        NN, n, hashlib.sha1(("%d-%d" % (SEED, n)).encode()).hexdigest()[:12], DOM)))
    h.append(("MIME-Version", "1.0"))
    h += list(extra or [])
    out = _hdr_bytes(h) + b"\n" + body.render()
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


# staff of the invented insurer (Kfz-Schadenservice Bielefeld)
REIMERS = person("Jana Reimers", "jana.reimers")            # Teamleitung Kfz-Personenschaden
WENDT = person("Tobias Wendt", "tobias.wendt")              # Kfz-Sachschaden
AYDIN = person("Melek Aydın", "melek.aydin")                # Regress
KALB = person("Dr. Frieder Kalb", "frieder.kalb")           # Leiter Schaden Kfz
BRANDAUER = person("Sophie Brandauer", "datenschutz")       # Datenschutzbeauftragte
HUETTEMANN = person("Lars Hüttemann", "lars.huettemann")   # IT Schadensysteme
OBERMEIER = person("Kerstin Obermeier", "kerstin.obermeier")  # Einkauf
VANDOORN = person("Piet van Doorn", "piet.vandoorn")        # International Claims
SANDMANN = person("Ulrike Sandmann", "ulrike.sandmann")     # Mietwagensteuerung
FAHRENKAMP = person("Niklas Fahrenkamp", "niklas.fahrenkamp")  # Gutachtersteuerung
LORENZ = person("Hannah Lorenz", "hannah.lorenz")           # Betrugsprävention
TRAPP = person("Marco Trapp", "presse")                     # Presse
KETTELER = person("Birgit Ketteler", "birgit.ketteler")     # Assistenz
GOSSOW = person("Rainer Gossow", "rainer.gossow")           # Außenregulierer
SCHADEN = person("Harkenberg Kfz-Schadenservice", "kfz-schaden")
NOREPLY = person("Harkenberg Versicherung", "noreply")
TEAM_PS = person("Team Kfz-Personenschaden", "kfz-personenschaden")

SIG_DE = """--
Harkenberg Versicherung AG
Kfz-Schadenservice | Detmolder Straße 212 | 33604 Bielefeld
Telefon 0521 555 40-0 | www.harkenberg-versicherung.example
Vorstand: Dr. Almut Severin (Vors.), Jörg Pfannkuch | Aufsichtsratsvorsitz: Heiner Dross
Sitz Bielefeld, Amtsgericht Bielefeld HRB 99 412"""

SIG_EN = """--
Harkenberg Versicherung AG (Harkenberg Insurance)
Motor Claims Service | Detmolder Strasse 212 | 33604 Bielefeld | Germany
Phone +49 521 555 40-0 | www.harkenberg-versicherung.example"""

DISCL_DE = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese
Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe sind nicht gestattet."""

DISCL_EN = """This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail. Any unauthorised
copying or disclosure is prohibited."""


# ------------------------------------------------------- build and check ---

def build(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, fn in sorted(REGISTRY):
        data = fn()
        name = "d%s-%04d.eml" % (NN, n)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(data)
        label, lang, kind, reason = LABEL[n]
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def _check_pdf(data, where):
    assert data.startswith(b"%PDF-1."), where
    assert data.rstrip().endswith(b"%%EOF"), where
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    assert m, where + ": no startxref"
    xo = int(m.group(1))
    assert data[xo:xo + 4] == b"xref", where + ": startxref wrong"
    sec = data[xo:].split(b"\n")
    first, count = (int(x) for x in sec[1].split())
    for i in range(1, count):
        off = int(sec[2 + i][:10])
        assert data[off:].startswith(b"%d 0 obj" % (first + i)), "%s: xref entry %d" % (where, i)
    found_text = False
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        if sm.group(2):
            raw = zlib.decompress(raw)
        if b"BT" in raw and b"Tj" in raw:
            found_text = True
    assert found_text, where + ": no text stream"


def _check_zip(data, where, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where
    names = z.namelist()
    need = {"docx": ["[Content_Types].xml", "word/document.xml"],
            "xlsx": ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"],
            "odt": ["mimetype", "content.xml", "META-INF/manifest.xml"],
            "ods": ["mimetype", "content.xml", "META-INF/manifest.xml"]}.get(kind, [])
    for nm in need:
        assert nm in names, "%s: %s missing" % (where, nm)
    if kind in ("odt", "ods"):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED, where
    for nm in names:
        d = z.read(nm)
        if nm.endswith(".xml") or nm.endswith(".rels"):
            ET.fromstring(d)
        _check_file(nm, d, "%s!%s" % (where, nm))


def _check_file(fname, data, where):
    low = fname.lower()
    ext_ = low.rsplit(".", 1)[-1] if "." in low else ""
    if ext_ == "pdf":
        _check_pdf(data, where)
    elif ext_ in ("docx", "xlsx", "odt", "ods", "zip"):
        _check_zip(data, where, ext_)
    elif ext_ == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t, where
    elif ext_ == "eml":
        _check_message(email.message_from_bytes(data, policy=email.policy.default), where)
    elif ext_ in ("csv", "txt", "log"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data.decode("cp1252")


DOMAIN_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+[A-Za-z0-9])|(?:https?://|www\.)([A-Za-z0-9.-]+[A-Za-z0-9])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")
# deliberately broken IBANs (documented in README)
IBAN_INVALID_OK = {"DE00123456789012345678"}   # d122-0039: check-digit test case in fictitious data


def _scan_text(t, where):
    for m in DOMAIN_RE.finditer(t):
        d = (m.group(1) or m.group(2)).lower()
        if "." not in d:
            continue
        assert d.endswith(".example"), "%s: domain %s" % (where, d)
    for m in IBAN_RE.finditer(t):
        cand = m.group(1).replace(" ", "")
        if not (15 <= len(cand) <= 34) or not cand[2:4].isdigit() or cand[:2] not in ("DE", "AT", "NL", "PL", "GB", "FR", "BE", "IT", "CH", "ES", "LU", "DK", "CZ"):
            continue
        if cand in IBAN_INVALID_OK:
            continue
        assert iban_ok(cand), "%s: invalid IBAN %s" % (where, cand)


def _check_message(m, where):
    for k in ("From", "To", "Subject", "Date", "Message-ID"):
        assert m[k] is not None, "%s: header %s" % (where, k)
    _scan_text(str(m["From"]) + " " + str(m["To"]) + " " + str(m.get("Cc", "")), where)
    for part in m.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) else inner
            _check_message(inner, where + ">rfc822")
            continue
        payload = part.get_payload(decode=True)
        assert payload is not None, where
        if part.get_content_maintype() == "text":
            t = part.get_content()
            _scan_text(t, where)
            if fname:
                _check_file(fname, payload, where + ":" + fname)
        else:
            assert fname, "%s: attachment without name (%s)" % (where, ctype)
            _check_file(fname, payload, where + ":" + fname)
            if fname.lower().endswith((".csv", ".txt")):
                _scan_text(payload.decode("utf-8", "replace"), where)


def check():
    ok = True
    files = sorted(os.listdir(os.path.join(HERE, "mails")))
    want = ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]
    assert files == want, "mail files do not match d%s-0001..0150" % NN
    assert sorted(n for n, _ in REGISTRY) == list(range(1, 151)), "functions m001..m150 incomplete"
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason"
    rows = [ln.split("\t") for ln in lines[1:] if ln]
    assert len(rows) == 150 and all(len(r) == 5 for r in rows)
    assert [r[0] for r in rows] == want
    cnt = {}
    lang = {}
    for r in rows:
        assert r[1] in LABELS and r[2] in LANGS and r[3] and r[4], r
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        lang[r[2]] = lang.get(r[2], 0) + 1
    assert cnt == {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}, cnt
    for i, name in enumerate(want, 1):
        with open(os.path.join(HERE, "mails", name), "rb") as f:
            data = f.read()
        m = email.message_from_bytes(data, policy=email.policy.default)
        assert ("<d%s-%04d." % (NN, i)) in m["Message-ID"], name
        assert m["From"].addresses[0].domain == DOM, name
        _check_message(m, name)
    with tempfile.TemporaryDirectory() as td:
        build(td)
        for name in want:
            a = open(os.path.join(HERE, "mails", name), "rb").read()
            b = open(os.path.join(td, "mails", name), "rb").read()
            if a != b:
                print("NOT byte-identical on rebuild:", name)
                ok = False
        if open(os.path.join(HERE, "labels.tsv"), "rb").read() != open(os.path.join(td, "labels.tsv"), "rb").read():
            print("labels.tsv not identical on rebuild")
            ok = False
    print("mails: %d  labels: %s  langs: %s" % (len(rows), cnt, lang))
    kinds = {}
    for r in rows:
        kinds.setdefault(r[3], {}).setdefault(r[1], 0)
        kinds[r[3]][r[1]] += 1
    for k in sorted(kinds):
        print("  kind %-24s %s" % (k, kinds[k]))
    print("check: %s" % ("OK" if ok else "FAILED"))
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build(HERE)
    print("wrote %d mails to %s" % (len(REGISTRY), os.path.join(HERE, "mails")))


# ================================================================ mails ====

@mail("NORMAL", "de", "internal",
      "trap: Q3 statistics of bodily-injury claims with HWS share, ICD S13.4 and average pain-and-suffering per region; no person")
def m001():
    body = """Hallo zusammen,

anbei wie besprochen die Q3-Auswertung der Kfz-Personenschäden (Stichtag 30.09.2024,
nur abgeschlossene und reservierte Fälle, KH-Sparte, ohne Großschäden > 250 T€).

Regionaldirektion   | Personensch. | davon HWS (S13.4) | Anteil | Ø Schmerzensgeld | Ø Dauer (Tage)
--------------------+--------------+-------------------+--------+------------------+---------------
Nord (Hamburg)      |          412 |               251 |  60,9% |          1.940 € |            143
West (Bielefeld)    |          538 |               349 |  64,9% |          2.115 € |            151
Mitte (Kassel)      |          276 |               160 |  58,0% |          1.780 € |            129
Süd (Würzburg)      |          301 |               162 |  53,8% |          2.460 € |            168
--------------------+--------------+-------------------+--------+------------------+---------------
Gesamt              |        1.527 |               922 |  60,4% |          2.070 € |            149

Auffällig ist wieder West: HWS-Quote +3,1 Pp. ggü. Q2, vor allem Auffahrunfälle im
Stadtgebiet mit Δv unter 10 km/h. Die Kollegen der Betrugsprävention schauen sich die
Verteilung nach Anwaltskanzleien an (nur aggregiert, keine Einzelfälle in dieser Runde).

Bitte für die Teamrunde am Donnerstag kurz überlegen, woran es liegen könnte.
Ich möchte keine Namen oder Schadennummern im Protokoll sehen – nur Muster.

Viele Grüße
Frieder Kalb

""" + SIG_DE
    return msg(1, KALB, "kfz-schaden-fuehrungskreis@" + DOM,
               "Q3-Auswertung Personenschäden Kfz – HWS-Anteil je Regionaldirektion",
               dt(2024, 10, 8, 9, 12, 2), text(body))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "claim acknowledgement for a named customer (claim no., plate, address); parking dent, nobody hurt")
def m002():
    body = """Sehr geehrte Frau Vielhaber,

vielen Dank für Ihre Schadenmeldung vom 02.10.2024. Wir haben den Schaden unter der
Schadennummer K-24-031187 angelegt. Bitte geben Sie diese Nummer bei allen Rückfragen an.

Versicherungsnehmerin: Annegret Vielhaber, Am Obersee 14, 33649 Bielefeld
Vertrag:               HK 7 203 558 41 (Kfz-Haftpflicht / Vollkasko, SB 500 €)
Fahrzeug:              Opel Corsa, amtl. Kennzeichen BI-AV 318
Schadentag / -ort:     01.10.2024, Parkplatz Jöllenbecker Straße 380, Bielefeld
Hergang (Ihre Angabe): beim Ausparken den abgestellten Skoda Fabia (HF-KM 77) hinten
                       links touchiert; Personen wurden nicht verletzt.

Den Halter des Skoda haben wir angeschrieben. Sobald uns dessen Kostenvoranschlag
vorliegt, prüfen wir die Höhe. Für Sie ist derzeit nichts weiter zu tun.

Hinweis: Wenn Sie den Schaden selbst begleichen möchten, um Ihren Schadenfreiheitsrabatt
zu behalten, melden Sie sich bitte nach Abschluss der Regulierung bei uns – wir nennen
Ihnen dann den genauen Betrag.

Mit freundlichen Grüßen

Tobias Wendt
Kfz-Sachschaden

""" + SIG_DE + "\n\n" + DISCL_DE
    return msg(2, WENDT, ext("Annegret Vielhaber", "a.vielhaber@posteo-mail.example"),
               "Ihre Schadenmeldung – Schaden-Nr. K-24-031187", dt(2024, 10, 4, 11, 3, 2), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-claimant",
      "injured third party: whiplash (HWS-Distorsion), orthopaedist, request for medical records and release")
def m003():
    body = """Sehr geehrter Herr Kowalczyk,

wir sind der Kfz-Haftpflichtversicherer des Unfallgegners aus dem Verkehrsunfall vom
17.09.2024 auf der Herforder Straße in Bielefeld (unser Zeichen K-24-029904).

Sie haben uns telefonisch mitgeteilt, dass Sie nach dem Auffahrunfall Nackenschmerzen
und Kopfschmerzen hatten und am Folgetag Ihren Hausarzt aufgesucht haben, der eine
HWS-Distorsion festgestellt und Sie an Herrn Dr. Büscher (Orthopädie, Bielefeld-Mitte)
überwiesen hat.

Damit wir Ihren Anspruch auf Schmerzensgeld und die Erstattung Ihrer Zuzahlungen
prüfen können, benötigen wir:

 1. den Erstbefund Ihres Hausarztes (Datum der Erstvorstellung, Befund, Diagnose),
 2. die Berichte von Dr. Büscher einschließlich der Verordnung über Physiotherapie
    (6 x KG laut Ihren Angaben),
 3. die Arbeitsunfähigkeitsbescheinigungen, falls Sie krankgeschrieben waren,
 4. die beigefügte Schweigepflichtentbindung – unterschrieben, bitte nur für die
    genannten Behandler und nur für die Zeit ab dem 17.09.2024.

Sie können uns die Unterlagen per Post oder über unser SecureMail-Portal schicken.
Bitte senden Sie Arztberichte nicht unverschlüsselt per E-Mail.

Gute Besserung und freundliche Grüße

Jana Reimers
Teamleitung Kfz-Personenschaden
Durchwahl 0521 555 40-317

""" + SIG_DE
    return msg(3, REIMERS, ext("Dariusz Kowalczyk", "d.kowalczyk@webpost.example"),
               "Verkehrsunfall vom 17.09.2024 – Ihr Personenschaden, unser Zeichen K-24-029904",
               dt(2024, 10, 9, 14, 40, 2), text(body, cte="8bit", flowed=False))


@mail("NORMAL", "en", "newsletter",
      "trap: insurer's international claims newsletter on whiplash tariffs and pain-and-suffering levels across Europe; no person")
def m004():
    plain = """HARKENBERG INTERNATIONAL CLAIMS BRIEFING - Issue 11 / October 2024

1. England & Wales: whiplash tariff review
The Ministry's consultation on the uplift of the tariff for soft-tissue injuries
closed in September. Our correspondents expect the 0-3 month band to rise moderately.
For claims from German policyholders' accidents in the UK this mainly affects
reserving: please keep using the internal table until the new figures are published.

2. Italy: micropermanenti
Court practice on minor permanent injuries (1-9 %) remains based on the statutory
table. No change to our handling guideline.

3. Germany: "Harmlosigkeitsgrenze" is no rule
A reminder for our foreign partners: German courts do not accept a fixed speed
threshold below which a neck injury is impossible. A biomechanical opinion is one piece
of evidence; an orthopaedic opinion usually decides.

4. Green Card statistics 2023 (Harkenberg, all correspondents)
   claims handled as handling office ....... 1,284
   of which with bodily injury ............... 211 (16.4 %)
   average settlement bodily injury ...... EUR 7,930

Next issue: rental-car cost rules in Austria and Switzerland.

You receive this briefing as a Green Card correspondent of Harkenberg Versicherung AG.
Unsubscribe: https://www.harkenberg-versicherung.example/briefing/unsubscribe
"""
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h2 style="color:#1b4f72">Harkenberg International Claims Briefing</h2>
<p><b>Issue 11 / October 2024</b></p>
<h3>1. England &amp; Wales: whiplash tariff review</h3>
<p>The Ministry's consultation on the uplift of the tariff for soft-tissue injuries closed in
September. Our correspondents expect the 0&ndash;3 month band to rise moderately. For claims from
German policyholders' accidents in the UK this mainly affects reserving: please keep using the
internal table until the new figures are published.</p>
<h3>2. Italy: micropermanenti</h3>
<p>Court practice on minor permanent injuries (1&ndash;9&nbsp;%) remains based on the statutory table.</p>
<h3>3. Germany: &bdquo;Harmlosigkeitsgrenze&ldquo; is no rule</h3>
<p>German courts do not accept a fixed speed threshold below which a neck injury is impossible.
A biomechanical opinion is one piece of evidence; an orthopaedic opinion usually decides.</p>
<h3>4. Green Card statistics 2023</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>claims handled as handling office</td><td align="right">1,284</td></tr>
<tr><td>of which with bodily injury</td><td align="right">211 (16.4&nbsp;%)</td></tr>
<tr><td>average settlement bodily injury</td><td align="right">EUR 7,930</td></tr>
</table>
<p style="color:#888">You receive this briefing as a Green Card correspondent of Harkenberg Versicherung AG.
<a href="https://www.harkenberg-versicherung.example/briefing/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    body = multi("alternative", [text(plain), html(htm)], "m004")
    return msg(4, person("Harkenberg International Claims", "international-claims"),
               "greencard-correspondents@lists." + DOM,
               "International Claims Briefing 11/2024: whiplash tariffs, micropermanenti, Green Card figures",
               dt(2024, 10, 15, 7, 30, 2), body)


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "repair release to a garage naming the customer, plate, VIN, claim number and estimate; no injury")
def m005():
    body = """Guten Tag Herr Menke,

für den u. g. Kaskoschaden erteilen wir die Reparaturfreigabe auf Basis Ihres
Kostenvoranschlags KV-2024-1187 vom 07.10.2024.

Kunde:        Jens Oberbeck, Tel. 0171 2239 418
Fahrzeug:     VW Golf VIII, BI-JO 2271, FIN WVWZZZCDZNW10 4471
Schaden-Nr.:  K-24-031402
Freigabe:     3.412,66 € brutto (inkl. Lackierung, Stoßfänger hinten, PDC-Sensor)
Selbstbeteiligung: 300 € – bitte direkt beim Kunden einziehen.

Abweichungen über 10 % bitte vorher mit mir abstimmen. Die Rechnung bitte mit
Schadennummer an rechnungseingang@harkenberg-versicherung.example, nicht an mich
persönlich.

Ein Ersatzfahrzeug ist laut Vertrag nicht mitversichert; falls Herr Oberbeck
eins möchte, geht das auf seine Rechnung.

Gruß aus der Detmolder Straße
Tobias Wendt
Kfz-Sachschaden, 0521 555 40-244
"""
    return msg(5, WENDT, ext("Autohaus Menke GmbH – Service", "service@autohaus-menke.example"),
               "Reparaturfreigabe K-24-031402 / BI-JO 2271", dt(2024, 10, 8, 15, 27, 2), text(body))


@mail("NORMAL", "de", "internal",
      "trap: out-of-office note that mentions hospital stays and lost earnings only as categories for the deputy")
def m006():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 18.10.2024, nicht im Büro und lese meine E-Mails
nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Personenschadenfällen (z. B. laufender Krankenhausaufenthalt, Verdienst-
ausfall, Vorschussanforderungen) wenden Sie sich bitte an das Team Kfz-Personenschaden:
kfz-personenschaden@harkenberg-versicherung.example oder 0521 555 40-300.

Anwaltsschreiben und Arztberichte bitte nur über das SecureMail-Portal oder per Post.

Mit freundlichen Grüßen
Jana Reimers
"""
    return msg(6, REIMERS, ext("Kanzlei Brettschneider & Vogl", "sekretariat@kanzlei-brettschneider.example"),
               "Abwesenheitsnotiz: Jana Reimers – bis 18.10.", dt(2024, 10, 11, 16, 45, 2),
               text(body, cte="8bit"), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "body only names client and claim ref ('please find enclosed'); the medical content is only in the PDF letter (clavicle fracture, whiplash, hospital stay)")
def m007():
    body = """Dear Ms Okafor,

Your client: Mr Callum Reid
Our ref.: K-24-027713 / accident of 24 August 2024, A2 near Bielefeld

Please find enclosed our letter of today's date.

Kind regards,

Piet van Doorn
International Claims

""" + SIG_EN + "\n\n" + DISCL_EN
    pdf_lines = [
        "Harkenberg Versicherung AG - International Claims",
        "Detmolder Strasse 212, 33604 Bielefeld, Germany",
        "",
        "Hartley Moss LLP, attn. Ms Adaeze Okafor, 14 Chandlers Row, Leeds LS2 7EX",
        "",
        "Bielefeld, 4 November 2024",
        "Our ref. K-24-027713 - your client Mr Callum Reid, born 3 March 1991",
        "",
        "Dear Ms Okafor,",
        "",
        "we have now received the records of the Klinikum Bielefeld-Mitte and can summarise",
        "our understanding of your client's injuries as follows:",
        "",
        "- admitted 24/08/2024 via A&E, discharged 27/08/2024",
        "- fracture of the left clavicle, mid-shaft (ICD-10 S42.02), treated conservatively",
        "- distortion of the cervical spine (S13.4), soft collar for 10 days",
        "- contusion of the chest wall caused by the seat belt (S20.2)",
        "- follow-up in the UK by his GP; physiotherapy 8 sessions (invoice GBP 560 received)",
        "",
        "Liability is not in dispute. Before we can value general damages we need:",
        "1. the GP notes from 28/08/2024 onwards,",
        "2. the final orthopaedic report (expected December according to your letter),",
        "3. proof of loss of earnings for the six weeks off work.",
        "",
        "We are prepared to make an interim payment of EUR 2,500 on account.",
        "",
        "Yours sincerely",
        "Piet van Doorn",
    ]
    att = attach(pdf(pdf_lines, "Letter K-24-027713"), "application/pdf", "Harkenberg_K-24-027713_2024-11-04.pdf")
    return msg(7, VANDOORN, ext("Adaeze Okafor", "a.okafor@hartley-moss.example"),
               "Your client Mr Callum Reid - our ref. K-24-027713", dt(2024, 11, 4, 10, 5, 1),
               multi("mixed", [text(body, cte="7bit", charset="us-ascii"), att], "m007"))


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "recourse demand to a Polish insurer naming its policyholder, plates and paid amounts; material damage only")
def m008():
    body = """Dear colleagues,

Your policyholder: Mr Tomasz Zielinski, Warsaw
Vehicle: MAN TGX, registration WX 48213 / trailer WX 2771P
Green Card no.: PL/072/5518830
Our claim no.: K-24-024519
Date of loss: 12 July 2024, A33 motorway, exit Bielefeld-Sennestadt

On the above date your policyholder's truck changed lanes without due care and hit the
left side of the car of our insured. There were no injuries. The police report
(Polizei Bielefeld, case 240712-0915-113) confirms the lane change; your driver accepted
a caution fee on the spot.

As motor own-damage insurer we have indemnified our insured and claim recourse:

    repair costs (expert-approved) ........ EUR 5,842.10
    expert fee ............................ EUR   612.40
    towing ................................ EUR   289.00
    loss of use, 9 days ................... EUR   146.70
    --------------------------------------------------
    total ................................. EUR 6,890.20

Please transfer the amount within 30 days quoting K-24-024519. Our bank details are on
the attached debit note. We can provide the expert report on request.

Best regards
Melek Aydin
Recourse department

""" + SIG_EN
    return msg(8, AYDIN, ext("Claims Department TU Wisla-Mazowsze", "szkody.zagranica@wisla-mazowsze.example"),
               "Recourse claim K-24-024519 / your insured Mr T. Zielinski, WX 48213",
               dt(2024, 10, 10, 8, 51, 2), text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, cold packs and rescue blankets for pool cars; no person")
def m009():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2023-044 für unsere Poolfahrzeuge
und die Außenregulierung:

Pos | Art.-Nr.   | Bezeichnung                                      | Menge | EP netto
----+------------+--------------------------------------------------+-------+---------
  1 | VK-13164-B | Kfz-Verbandkasten DIN 13164:2022, Box blau       |    40 |   11,90 €
  2 | KP-200     | Sofort-Kühlkompresse 15 x 20 cm                  |   120 |    0,85 €
  3 | RD-160     | Rettungsdecke gold/silber 160 x 210 cm           |    80 |    0,60 €
  4 | HS-NIT-L   | Einmalhandschuhe Nitril, Gr. L, Spender à 100    |    10 |    6,40 €
  5 | WD-EU      | Warndreieck ECE R27                              |    15 |    7,20 €

Bestellnummer: BE-4500218830
Kostenstelle: 4410 (Kfz-Schadenservice)
Lieferadresse: Harkenberg Versicherung AG, Warenannahme Tor 2, Detmolder Straße 212,
33604 Bielefeld – Anlieferung Mo–Do 7:30–14:00 Uhr.

Bitte bestätigen Sie Liefertermin und Haltbarkeitsdatum der Verbandkästen
(mindestens 4 Jahre Resthaltbarkeit).

Mit freundlichen Grüßen
Kerstin Obermeier
Einkauf / Beschaffung

""" + SIG_DE
    return msg(9, OBERMEIER, ext("Medi-Fleet Ausstattung GmbH", "auftrag@medi-fleet.example"),
               "Bestellung BE-4500218830 – Verbandkästen und Zubehör", dt(2024, 10, 14, 9, 2, 2), text(body))


@mail("NORMAL", "en", "newsletter",
      "trap: forwarded medico-legal newsletter on MRI findings in whiplash claims; statistics only")
def m010():
    body = """FYI - interesting for the neck-injury working group, esp. item 2.
Piet

-------- Forwarded Message --------
Subject: MedLex Review | Imaging in soft-tissue neck claims
Date: Mon, 14 Oct 2024 06:00:12 +0000
From: MedLex Review <newsletter@medlex-review.example>

MEDLEX REVIEW - Monthly digest for claims professionals

1) Is MRI worth it in WAD grade I-II?
A pooled analysis of 14 cohort studies (n = 3,406) found degenerative findings in
58 % of asymptomatic controls over 40. Routine MRI in low-grade whiplash-associated
disorders rarely changes management and can "medicalise" recovery.

2) Reading the radiology report
Terms such as "Streckhaltung" (straightening of the lordosis) are non-specific and
appear in about a third of normal scans. Claims handlers should not treat them as
proof of trauma - nor as proof of the contrary.

3) Recovery curves
Median time to recovery in grade I: 32 days; grade II: 71 days. Around 12 % report
symptoms after one year. Predictors: high initial pain intensity, catastrophising,
prior neck pain.

4) Webinar 21 November: "Chronic pain after minor collisions - what the evidence says"
Registration: https://www.medlex-review.example/webinars

You are receiving MedLex Review because you subscribed at claims-expo.example.
"""
    return msg(10, VANDOORN, "neck-injury-wg@" + DOM, "FW: MedLex Review | Imaging in soft-tissue neck claims",
               dt(2024, 10, 14, 11, 18, 2), text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "de", "internal",
      "trap: update of the pain-and-suffering table with anonymised published court decisions (diagnoses, amounts, ages, no names)")
def m011():
    body = """Liebe Kolleginnen und Kollegen,

die Schmerzensgeldtabelle im Wiki ist aktualisiert (Stand 10/2024). Neu aufgenommen
haben wir folgende veröffentlichte Entscheidungen – alle anonymisiert, bitte trotzdem
nur als Orientierung nutzen, jeder Fall ist anders:

* LG Detmold 2024: HWS-Distorsion Grad I (QTF), 3 Wochen AU, keine Folgeschäden
  -> 1.200 €
* OLG Hamm 2024: HWS-Distorsion Grad II + Schulterprellung, 8 Wochen Physiotherapie,
  Klägerin 52 J. -> 3.500 €
* LG Bielefeld 2023: Sternumfraktur durch Gurt, 6 Tage stationär, 10 Wochen AU
  -> 6.000 €
* OLG Celle 2023: Kahnbeinfraktur rechts, Pseudarthrose, OP, MdE 10 % -> 14.000 €
* AG Gütersloh 2024: "Schleudertrauma" ohne objektivierbaren Befund, Δv ca. 6 km/h
  -> Klage abgewiesen (Kausalität nicht bewiesen)

Wichtig: In die Tabelle kommen nur Fundstellen und Eckdaten, keine Aktenzeichen aus
unseren eigenen Prozessen und keine Namen. Wer eine interessante Entscheidung aus einem
eigenen Fall hat, schickt sie bitte an mich – ich anonymisiere und trage ein.

Beste Grüße
Jana

--
Jana Reimers | Teamleitung Kfz-Personenschaden | Durchwahl -317
"""
    return msg(11, REIMERS, "kfz-personenschaden@" + DOM, "Schmerzensgeldtabelle aktualisiert (Stand 10/2024)",
               dt(2024, 10, 16, 13, 20, 2), text(body))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "total-loss settlement for a named customer with IBAN, amounts and plate; windows-1252 8bit; no injury")
def m012():
    ib = grp(iban("DE", "480501610043198722"))
    body = """Sehr geehrter Herr Pieper,

nach Auswertung des Gutachtens von Dipl.-Ing. Haberland liegt bei Ihrem Fahrzeug
(Ford Focus Turnier, BI-WP 604) ein wirtschaftlicher Totalschaden vor. Die Reparatur-
kosten (9.870,00 €) übersteigen den Wiederbeschaffungswert deutlich.

Abrechnung Vollkasko, Schaden-Nr. K-24-030277:

  Wiederbeschaffungswert (brutto, differenzbesteuert)   14.300,00 €
  abzgl. Restwert (verbindl. Angebot Fa. Autoverwertung Senne)   - 2.150,00 €
  abzgl. Selbstbeteiligung Vollkasko                      -   500,00 €
  zzgl. Abschleppkosten                                   +   236,81 €
  -----------------------------------------------------------------
  Auszahlungsbetrag                                       11.886,81 €

Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto
IBAN %s (Sparkasse Bielefeld), Kontoinhaber Wolfgang Pieper.

Das Restwertangebot ist bis 15.11.2024 gültig; der Aufkäufer holt das Fahrzeug
kostenfrei bei Ihnen in der Ummelner Straße ab. Bitte melden Sie das Fahrzeug erst
nach der Übergabe ab und schicken Sie uns eine Kopie der Abmeldebescheinigung.

Mit freundlichen Grüßen

Tobias Wendt
Kfz-Sachschaden
Harkenberg Versicherung AG
""" % ib
    return msg(12, WENDT, ext("Wolfgang Pieper", "w.pieper@t-netz.example"),
               "Totalschadenabrechnung K-24-030277 – Ford Focus BI-WP 604",
               dt(2024, 10, 22, 10, 41, 2), text(body, charset="windows-1252", cte="8bit"),
               extra=[("X-Mailer", "Microsoft Outlook 16.0")])


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "inline-forwarded lawyer letter: injured client's whiplash, belt contusion, 4 weeks off work, pain-and-suffering and lost earnings")
def m013():
    body = """Hallo Rainer,

zur Info und mit der Bitte um Besuch bei der Geschädigten – die Kanzlei möchte einen
Vorschuss. Ich halte 2.000 € für vertretbar, wenn der Hausarztbericht das trägt.
Termin bitte selbst mit der Kanzeli abstimmen.

Jana

-----Ursprüngliche Nachricht-----
Von: RAin Dr. Meike Brettschneider <m.brettschneider@kanzlei-brettschneider.example>
Gesendet: Montag, 21. Oktober 2024 17:02
An: Kfz-Personenschaden <kfz-personenschaden@harkenberg-versicherung.example>
Betreff: Ihr Zeichen K-24-028845 – unsere Mandantin Sabine Ostendorf

Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass uns Frau Sabine Ostendorf,
Kastanienweg 9, 33615 Bielefeld, mit der Wahrnehmung ihrer Interessen beauftragt hat.
Vollmacht anbei.

Unsere Mandantin wurde am 02.10.2024 als Fahrerin ihres stehenden Pkw von Ihrem
Versicherungsnehmer von hinten angefahren. Sie erlitt eine HWS-Distorsion sowie eine
Gurtprellung des Thorax. Der Durchgangsarzt diagnostizierte zusätzlich eine Zerrung
der Lendenwirbelsäule. Unsere Mandantin war vom 02.10. bis 30.10.2024 arbeitsunfähig
und befindet sich weiterhin in physiotherapeutischer Behandlung. Sie leidet unter
Schlafstörungen und kann ihre Tätigkeit als Pflegehelferin bislang nicht wieder
aufnehmen.

Wir machen geltend:
 - Schmerzensgeld, vorläufig mindestens 3.500,00 €,
 - Verdienstausfall (Differenz Krankengeld/Nettolohn), wird nachbeziffert,
 - Zuzahlungen Physiotherapie und Medikamente 86,40 €,
 - Haushaltsführungsschaden, wird nachbeziffert.

Wir bitten um einen Vorschuss von 2.500,00 € bis zum 08.11.2024.

Mit freundlichen Grüßen
Dr. Brettschneider
Rechtsanwältin
Fachanwältin für Verkehrsrecht
"""
    return msg(13, REIMERS, GOSSOW, "WG: Ihr Zeichen K-24-028845 – unsere Mandantin Sabine Ostendorf",
               dt(2024, 10, 22, 8, 15, 2), text(body))


@mail("NORMAL", "en", "internal",
      "trap: IT change notice about the portal where lawyers upload medical reports; no person data")
def m014():
    body = """CHANGE NOTICE CHG-20417 (standard change, approved by CAB 2024-10-17)

System:    SecureMail portal - "claims document upload" (lawyers, assessors, claimants)
Window:    Saturday 2024-10-26, 06:00 - 10:00 CEST
Impact:    upload of medical reports, expert opinions and invoices NOT possible during
           the window; existing documents remain readable for internal users.

What changes
- maximum file size per upload raised from 20 MB to 50 MB (large MRI/CT reports);
- new document type "medical report (bodily injury)" is routed straight to the
  restricted queue of the bodily-injury team instead of the general inbox;
- virus scanner engine update.

What you need to do
Nothing. If an external party phones because an upload failed on Saturday morning,
ask them to try again after 10:00.

Rollback: snapshot of the upload service taken 05:45.

Contact: IT claims systems, Lars Huettemann, ext. -811, it-schadensysteme@harkenberg-versicherung.example
"""
    return msg(14, HUETTEMANN, "alle-schaden@" + DOM, "[Change] CHG-20417 portal upload maintenance Sat 26 Oct 06:00-10:00",
               dt(2024, 10, 21, 16, 2, 2), text(body, charset="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "English-speaking customer receives the other party's name, address, insurer, policy and plate; no injury")
def m015():
    body = """Dear Ms Hollis,

thank you for your call this morning. As promised, here are the details of the other
party from the accident on 19 October in Gütersloh (our claim no. K-24-031655):

  Driver/keeper:   Mr Henrik Lammers
  Address:         Brockhäger Straße 61, 33330 Gütersloh
  Vehicle:         BMW 320d Touring, registration GT-HL 911
  Insurer:         Lippische Landesbrand Kraftfahrt AG, policy no. 55-K-7790123
  Their claim ref: SV-2024-884120

Mr Lammers has admitted that he did not see you at the give-way sign. Since you have
no fully comprehensive cover, please claim your repair costs directly from his insurer
(you can ask your garage to send them the estimate). If they refuse or delay, we will
help you - your legal expenses policy with us covers a lawyer for this.

Please keep this information to yourself and use it only for this claim.

Best regards
Tobias Wendt
Motor claims (material damage)

""" + SIG_EN
    return msg(15, WENDT, ext("Rebecca Hollis", "rebecca.hollis@mailhaus.example"),
               "Other party's details - your accident of 19 October", dt(2024, 10, 21, 12, 33, 2), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "recourse of a statutory health insurer under s.116 SGB X: named insured, date of birth, hospital stay, DRG and fracture")
def m016():
    body = """Sehr geehrte Frau Nolting,

vielen Dank für Ihre Regressanmeldung vom 14.10.2024.

Ihre Versicherte:   Helga Dreier, geb. 11.05.1958
Unfall vom:         30.08.2024, Kreuzung Stapenhorststraße / Wittekindstraße
Unser Zeichen:      K-24-026630 (Kfz-Haftpflicht, Haftung dem Grunde nach anerkannt)
Ihr Zeichen:        R 116-24-00731

Die geltend gemachten Aufwendungen haben wir wie folgt vorgemerkt:

  Klinikum Bielefeld, stationär 30.08.–04.09.2024, DRG I13F
  (distale Radiusfraktur links, S52.51, offene Reposition)        5.412,38 €
  Rettungsdienst / Notarzt                                          788,00 €
  ambulante Nachbehandlung, Ergotherapie (12 Einheiten)              624,60 €
  Krankengeld 05.09.–18.10.2024                                   noch offen

Im Rahmen des Teilungsabkommens (Quote 55 %) ergibt sich vorbehaltlich der Prüfung
der Krankengeldzahlung ein Betrag von 3.753,08 €. Bitte übersenden Sie uns noch den
Leistungsauszug über das Krankengeld und bestätigen Sie, dass keine Vorerkrankung des
linken Handgelenks bekannt ist (Ihr Schreiben erwähnt eine "Arthrose Vorbefund 2019").

Mit freundlichen Grüßen

Melek Aydın
Regress / Teilungsabkommen
Harkenberg Versicherung AG
"""
    return msg(16, AYDIN, ext("Weserland BKK – Regress", "regress@weserland-bkk.example"),
               "Ihr Zeichen R 116-24-00731 – Versicherte H. Dreier – unser Zeichen K-24-026630",
               dt(2024, 10, 23, 9, 48, 2), text(body))


@mail("NORMAL", "de", "internal",
      "trap: ICS invitation to an in-house training on biomechanics of whiplash (harmlessness threshold, delta-v); no person")
def m017():
    body = """Hallo zusammen,

hier die Einladung zur Pflichtschulung für alle, die Personenschäden bearbeiten.
Referent ist Prof. Dr.-Ing. Oltmanns (Unfallanalytik), zweiter Teil Dr. med. Sievers
(Orthopädie, Gutachterin für uns).

Themen:
- Δv, Kollisionsdauer, Beschleunigung – was sagt das biomechanische Gutachten wirklich?
- Warum es keine feste "Harmlosigkeitsgrenze" gibt (BGH-Linie)
- HWS-Distorsion nach QTF-Klassifikation Grad 0–IV
- Vorschäden, degenerative Veränderungen, Röntgen- und MRT-Befunde lesen
- Praxisfälle (anonymisiert)

Bitte Laptop mitbringen, die Falldaten gibt es nur vor Ort auf Papier.

Viele Grüße
Jana
"""
    cal = ics("schulung-hws-20241112@" + DOM, "20241112T090000", "20241112T153000",
              "Pflichtschulung Biomechanik & HWS-Verletzungen",
              "Schulungsraum 3.14, Detmolder Straße 212",
              "Referenten: Prof. Dr.-Ing. Oltmanns, Dr. med. Sievers. Agenda siehe Mail.",
              "jana.reimers@" + DOM,
              ["kfz-personenschaden@" + DOM, "rainer.gossow@" + DOM])
    parts = [text(body), attach_text(cal, "text/calendar", "Schulung_HWS_2024-11-12.ics", cte="8bit")]
    return msg(17, REIMERS, "kfz-personenschaden@" + DOM,
               "Einladung: Pflichtschulung Biomechanik & HWS-Verletzungen, 12.11.2024",
               dt(2024, 10, 24, 10, 10, 2), multi("mixed", parts, "m017"))


@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "expert instruction to inspect a named customer's car at his home address (claim no., plate, phone); material damage only")
def m018():
    body = """Sehr geehrter Herr Haberland,

bitte erstellen Sie für folgenden Haftpflichtschaden ein Schadengutachten
(Reparaturkosten, Wertminderung, Wiederbeschaffungswert/Restwert falls erforderlich):

Auftrag-Nr.:      GA-24-1180
Schaden-Nr.:      K-24-031720
Anspruchsteller:  Herr Frank Husemann
Besichtigungsort: bei Herrn Husemann zu Hause, Fröbelstraße 23, 33604 Bielefeld
Telefon:          0521 3290 551 (ab 16 Uhr erreichbar)
Fahrzeug:         Mercedes-Benz C 200 T, BI-FH 3030, EZ 03/2020, ca. 61.000 km
Schaden:          Seitenschaden rechts nach Vorfahrtsverletzung unseres VN,
                  Spiegel und Tür vorn rechts; Fahrzeug fahrbereit
Personenschaden:  keiner

Hinweis: Herr Husemann hat bereits einen Kostenvoranschlag einer freien Werkstatt
(2.960 € netto). Bitte prüfen Sie, ob ein Kurzgutachten genügt.

Honorar nach unserer Rahmenvereinbarung (BVSK-Korridor). Bitte Gutachten und Fotos
ausschließlich über das Gutachterportal hochladen.

Mit freundlichen Grüßen
Niklas Fahrenkamp
Gutachtersteuerung Kfz
"""
    return msg(18, FAHRENKAMP, ext("Sachverständigenbüro Haberland", "auftrag@sv-haberland.example"),
               "Gutachterauftrag GA-24-1180 / K-24-031720 – Besichtigung Bielefeld", dt(2024, 10, 25, 8, 30, 2),
               text(body, cte="8bit"))


@mail("NORMAL", "de", "internal",
      "trap: DOCX template of a medical-confidentiality release with «placeholders» only")
def m019():
    body = """Hallo,

wie in der Teamrunde besprochen, hier die neue Vorlage für die Schweigepflicht-
entbindung im Kfz-Personenschaden (abgestimmt mit Frau Brandauer/Datenschutz).
Geändert: Entbindung nur noch für konkret benannte Behandler und einen Zeitraum,
keine Pauschalentbindung "alle Ärzte, Krankenhäuser, Krankenkassen" mehr.

Bitte ab 01.11. nur noch diese Version aus dem DMS nehmen (Vorlagen > Kfz > PS-07).

Gruß
Birgit Ketteler
Teamassistenz Kfz-Personenschaden
"""
    doc = docx([
        "# Erklärung zur Entbindung von der Schweigepflicht (Vorlage PS-07, Stand 10/2024)",
        "Schaden-Nr.: «SCHADENNUMMER»",
        "Ich, «VORNAME» «NACHNAME», geboren am «GEBURTSDATUM», wohnhaft «ANSCHRIFT»,",
        "entbinde die nachfolgend genannten Ärzte/Therapeuten/Krankenhäuser:",
        "1. «BEHANDLER_1» (Fachrichtung «FACHRICHTUNG_1»)",
        "2. «BEHANDLER_2» (Fachrichtung «FACHRICHTUNG_2»)",
        "für den Zeitraum vom «DATUM_VON» bis «DATUM_BIS» von ihrer Schweigepflicht gegenüber der "
        "Harkenberg Versicherung AG, soweit es um die Folgen des Verkehrsunfalls vom «UNFALLDATUM» geht.",
        "Die Entbindung umfasst Befunde, Diagnosen, Behandlungsverläufe und Arbeitsunfähigkeitszeiten, "
        "soweit sie für die Prüfung meiner Ansprüche erforderlich sind.",
        "Ich kann diese Erklärung jederzeit widerrufen.",
        "",
        "«ORT», den «DATUM»                 ______________________________ (Unterschrift)",
    ], "Vorlage PS-07 Schweigepflichtentbindung")
    parts = [text(body), attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                "PS-07_Schweigepflichtentbindung_Vorlage.docx")]
    return msg(19, KETTELER, "kfz-personenschaden@" + DOM, "Neue Vorlage PS-07 Schweigepflichtentbindung",
               dt(2024, 10, 28, 11, 55, 1), multi("mixed", parts, "m019"))


@mail("STRICTLY_CONFIDENTIAL", "en", "claimant",
      "reply quoting an injured claimant's e-mail about neck pain, physiotherapy and sleeping problems")
def m020():
    body = """Dear Mr Whitfield,

thank you for your update. We are sorry to hear that you are still in pain. We will of
course reimburse the physiotherapy - please send us the invoices when the series is
finished, ideally all together. I will ask our medical adviser whether we need a
report from your osteopath as well; I'll come back to you next week.

Kind regards
Piet van Doorn
International Claims, ref. K-24-029118

> From: Graham Whitfield <g.whitfield@fastmail-uk.example>
> Sent: 28 October 2024 21:14
> Subject: Re: Accident 9 Sept - K-24-029118
>
> Dear Mr van Doorn,
>
> Quick update as requested. My neck is still stiff and painful, especially in the
> mornings, and I get headaches most afternoons. The GP has signed me off for another
> two weeks and referred me for physio twice a week (6 sessions so far at
> Cheltenham Physio Clinic, GBP 55 each). I am also seeing an osteopath privately.
> Sleeping is a problem, I've been prescribed Amitriptyline 10 mg at night.
>
> I've attached nothing this time, the invoices will follow.
>
> Regards,
> Graham
"""
    return msg(20, VANDOORN, ext("Graham Whitfield", "g.whitfield@fastmail-uk.example"),
               "Re: Accident 9 Sept - K-24-029118", dt(2024, 10, 29, 9, 2, 1), text(body, cte="8bit"),
               extra=[("In-Reply-To", "<b7d1c2e9a-4f10@fastmail-uk.example>")])


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: reply to a Council of Bureaux circular on Green Card format and minimum amounts; no person")
def m021():
    body = """Dear Secretariat,

thank you for circular 24/17 of 30 September on the electronic Green Card and the
updated minimum amounts under the Motor Insurance Directive.

For our bureau member file please note:

- Harkenberg Versicherung AG will issue Green Cards in the white A4 format only, from
  1 January 2025; the last green-paper stock will be destroyed by the end of Q1 2025.
- Our claims representative contact for all EEA countries stays the International
  Claims unit in Bielefeld (international-claims@harkenberg-versicherung.example).
- The new minimum amounts (bodily injury EUR 6,450,000 per victim / EUR 1,300,000 per
  claim for property damage) are already reflected in our standard wording; our cover
  exceeds them (EUR 100 million flat, EUR 15 million per injured person).

We have no comments on the draft Internal Regulations amendment.

Kind regards
Piet van Doorn
International Claims / Green Card

""" + SIG_EN
    return msg(21, VANDOORN, ext("Council of Bureaux Secretariat", "secretariat@cobx.example"),
               "Re: Circular 24/17 - electronic Green Card and minimum amounts", dt(2024, 10, 29, 15, 40, 1),
               text(body, charset="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims class downgrade for a named customer after a claim: contract number, SF class, new premium")
def m022():
    body = """Sehr geehrter Herr Demir,

durch den regulierten Haftpflichtschaden vom 14.06.2024 (Schaden-Nr. K-24-019442)
wird Ihr Vertrag HK 7 118 204 09 zum 01.01.2025 wie folgt zurückgestuft:

                        bisher        ab 01.01.2025
  SF-Klasse KH          SF 12         SF 6
  Beitragssatz KH       37 %          49 %
  SF-Klasse VK          SF 10         SF 5
  Beitragssatz VK       40 %          52 %
  Jahresbeitrag gesamt  684,20 €      893,75 €

Sie können die Rückstufung vermeiden, indem Sie uns den Schadenaufwand (2.214,35 €)
innerhalb von sechs Monaten nach unserer Mitteilung erstatten. Für Ihren Vollkasko-
schaden (Schaden-Nr. K-24-019443) lohnt sich das nach unserer Berechnung nicht.

Bei Fragen rufen Sie mich gern an.

Freundliche Grüße
Tobias Wendt
"""
    return msg(22, WENDT, ext("Yusuf Demir", "yusuf.demir@freenet-post.example"),
               "Ihr Kfz-Vertrag HK 7 118 204 09 – Rückstufung nach Schaden", dt(2024, 11, 4, 14, 12, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
      "rental-car order to a supplier that reveals why: the named customer has a wrist fracture in plaster and cannot drive")
def m023():
    body = """Hallo Frau Kampmann,

bitte für unseren Schaden K-24-031904 einen Mietwagen mit Fahrer-Zustellung:

Kundin:         Gerlinde Ahlers, Sieker Schweiz 7, 33605 Bielefeld, Tel. 0521 2874 110
Gruppe:         C, Automatik (wichtig!)
Zeitraum:       ab Mi 06.11.2024 bis voraussichtlich Fr 22.11.2024
Kostenübernahme: wir, direkt nach Rahmenvertrag, ohne Kaution

Hintergrund, damit Ihre Fahrer Bescheid wissen: Frau Ahlers hat beim Unfall einen
Bruch des rechten Handgelenks erlitten und trägt bis etwa 20.11. einen Gips. Sie fährt
selbst nicht, ihr Ehemann Klaus Ahlers wird als Fahrer eingetragen (Führerschein liegt
bei Übergabe vor). Bitte das Fahrzeug bis an die Haustür bringen und beim Einsteigen
behilflich sein, sie ist noch etwas wackelig.

Danke und Gruß
Ulrike Sandmann
Mietwagensteuerung
"""
    return msg(23, SANDMANN, ext("Rollfix Autovermietung – Disposition", "dispo@rollfix.example"),
               "Mietwagen K-24-031904 – Zustellung Bielefeld, Automatik", dt(2024, 11, 5, 9, 40, 1), text(body))


@mail("NORMAL", "de", "internal",
      "trap: data-protection minutes on dashcam footage, police reports and medical records retention; no case data")
def m024():
    body = """Protokoll Jour fixe Datenschutz Schaden Kfz, 29.10.2024, 14:00–15:15, Raum 2.07
Teilnehmende: S. Brandauer (DSB), Dr. F. Kalb, J. Reimers, L. Hüttemann, H. Lorenz
Protokoll: B. Ketteler

TOP 1 Dashcam-Aufnahmen
- Kunden schicken vermehrt Dashcam-Videos. Speicherung nur in der Schadenakte, nicht
  in Postfächern oder auf Netzlaufwerken. Unbeteiligte Passanten/Kennzeichen werden
  nicht geschwärzt, aber Videos dürfen nicht an Dritte (außer Gutachter, Gericht)
  weitergegeben werden.
- Löschfrist: mit der Akte (10 Jahre nach Abschluss), Ausnahme Betrugsverdacht.
  -> Hüttemann prüft, ob das DMS Videos > 500 MB kann.

TOP 2 Polizeiliche Ermittlungsakten
- Akteneinsicht über Anwalt/Portal. Akten enthalten häufig Blutalkoholwerte, Vorstrafen
  und Verletzungsangaben -> gelten insgesamt als besondere Kategorien; Ablage nur im
  Personenschaden-Bereich mit eingeschränkter Berechtigung.

TOP 3 Arztberichte im E-Mail-Eingang
- Im Q3 14 Fälle, in denen Arztberichte unverschlüsselt an Sammelpostfächer kamen.
  Keine Meldung an die Behörde erforderlich (Eingang, nicht Versand). Kanzleien sollen
  erneut auf das Portal hingewiesen werden (Rundschreiben, J. Reimers).

TOP 4 Verschiedenes
- Schulung "Besondere Kategorien im Kfz-Schaden" am 05.12., Pflicht für alle PS-Teams.

Nächster Termin: 26.11.2024
"""
    return msg(24, KETTELER, "jf-datenschutz-schaden@" + DOM + ", " + BRANDAUER,
               "Protokoll JF Datenschutz Schaden Kfz 29.10.2024", dt(2024, 10, 30, 8, 5, 1), text(body))


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "request to police for the file on a hit-and-run against an unknown driver; victim is the named customer (plate, claim no.); nobody injured")
def m025():
    body = """Sehr geehrte Damen und Herren,

in der Ermittlungssache wegen unerlaubten Entfernens vom Unfallort gegen Unbekannt,
Ihr Tagebuch-Nr. 241019-1702-088, Tatzeit 19.10.2024 zwischen 17:00 und 19:30 Uhr,
Tatort Parkhaus Jahnplatz, Ebene 3, sind wir der Vollkaskoversicherer des
geschädigten Fahrzeugs:

Halterin:    Christiane Vogelsang, Teutoburger Straße 88, 33607 Bielefeld
Fahrzeug:    Audi A3 Sportback, BI-CV 1988
unser Zeichen: K-24-031311

Verletzt wurde niemand. Wir bitten um Mitteilung, ob ein Verursacher ermittelt werden
konnte, und – falls ja – um Übersendung der Personalien und des Kfz-Haftpflicht-
versicherers des Verursachers, damit wir unseren Regressanspruch nach § 86 VVG
geltend machen können. Eine Vollmacht unserer Versicherungsnehmerin liegt bei.

Für eine kurze Nachricht per Post oder Fax (0521 555 40-99) wären wir dankbar.

Mit freundlichen Grüßen
Melek Aydın
Regress
"""
    return msg(25, AYDIN, ext("Polizei Bielefeld – Verkehrskommissariat 2", "vk2.bielefeld@polizei-owl.example"),
               "Tgb.-Nr. 241019-1702-088 – Anfrage Ermittlungsstand / unser Zeichen K-24-031311",
               dt(2024, 11, 5, 11, 17, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "request to a Dutch GP for records of an injured named driver (neck and lower-back complaints), with signed authorisation")
def m026():
    body = """Dear Dr de Wit,

Re: your patient Mr Joost Verhagen, born 21 January 1987, Utrecht
Road traffic accident in Germany on 3 August 2024 - our ref. K-24-024870

We are the motor liability insurer of the driver who caused the above accident. Your
patient claims compensation for injuries to the neck (whiplash) and the lower back and
states that he consulted you on 6 August 2024 and several times since.

With the enclosed authorisation signed by Mr Verhagen (dated 14 October 2024) we kindly
ask you for a short report covering:

 - date of first consultation after the accident and your findings at that time,
 - diagnosis and treatment (medication, referral to physiotherapy, imaging),
 - periods of incapacity for work,
 - any neck or back complaints recorded in the five years before the accident,
 - your prognosis.

We will pay your fee in line with the KNMG guidance on medical reports (please add your
invoice). Please send the report by post or via our secure upload link, which we will
e-mail separately - not as an ordinary e-mail attachment.

Thank you for your help.

Yours sincerely
Jana Reimers
Head of Motor Bodily Injury Team

""" + SIG_EN
    return msg(26, REIMERS, ext("Huisartsenpraktijk De Wit", "praktijk@huisarts-dewit.example"),
               "Medical report request - Mr J. Verhagen - our ref. K-24-024870", dt(2024, 11, 5, 15, 22, 1),
               text(body))


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: bodily-injury large-loss statistics for the reinsurer by age band and injury type (XLSX); no identifiable person")
def m027():
    body = """Dear Ines,

as agreed for the treaty renewal meeting, attached the motor bodily-injury statistics
2019-2024 (as at 30 Sept). All claims > EUR 250k are shown only by age band and main
injury group; cells with fewer than five claims are merged into "other".

Short summary:
- 41 large losses since 2019, 9 of them open; incurred EUR 38.6m
- spinal cord injuries and severe TBI account for 71 % of the incurred amount
- three claims with annuity (care) components are in "other" and not shown separately

Best regards
Melek Aydin / Frieder Kalb

""" + SIG_EN
    rows = [["Motor TPL bodily injury > EUR 250k, underwriting years 2019-2024, as at 2024-09-30"],
            [],
            ["Age band of injured", "Main injury group", "No. of claims", "Incurred EUR", "Paid EUR", "Open"],
            ["0-17", "severe TBI", 5, 6120000, 2310000, 3],
            ["18-29", "spinal cord injury", 6, 9840000, 3110000, 2],
            ["18-29", "multiple fractures", 7, 3210000, 2650000, 1],
            ["30-49", "spinal cord injury", 5, 7390000, 2880000, 1],
            ["30-49", "severe TBI", 5, 4100000, 1920000, 1],
            ["50+", "multiple fractures", 6, 2480000, 2140000, 0],
            ["all", "other (merged, n<5 per cell)", 7, 5460000, 2990000, 1],
            ["total", "", 41, 38600000, 18000000, 9]]
    parts = [text(body), attach(xlsx(rows, "BI large losses"),
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                "Harkenberg_Motor_BI_LargeLosses_2019-2024.xlsx")]
    return msg(27, AYDIN, ext("Ines Falkenhagen", "ines.falkenhagen@rhein-re.example"),
               "Treaty renewal 2025 - motor BI large-loss statistics", dt(2024, 11, 6, 10, 3, 1),
               multi("mixed", parts, "m027"), cc=KALB)


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "bilingual claim acknowledgement to a named exchange student (address, plate, claim no.); nobody injured")
def m028():
    body = """Sehr geehrte Frau Marchetti,
(English version below)

wir bestätigen den Eingang Ihrer Schadenmeldung. Schaden-Nr.: K-24-032006.
Fahrzeug: Fiat 500, BI-LM 5012, Versicherungsnehmerin: Lucia Marchetti,
Universitätsstraße 25, App. 4.112, 33615 Bielefeld.
Laut Ihrer Meldung ist beim Wenden auf dem Parkplatz der Universität ein Poller
beschädigt worden; verletzt wurde niemand. Die Universität als Eigentümerin hat
uns ihren Schaden bereits gemeldet.

---

Dear Ms Marchetti,

we confirm receipt of your claim notification, claim no. K-24-032006.
According to your report a bollard on the university car park was damaged while
you were turning; nobody was hurt. The university has already contacted us about
its damage, so you do not need to do anything else. Please do not pay the
university directly.

Mit freundlichen Grüßen / Kind regards
Tobias Wendt
Kfz-Sachschaden / Motor claims
"""
    return msg(28, WENDT, ext("Lucia Marchetti", "lucia.marchetti@uni-bielefeld-stud.example"),
               "Ihre Schadenmeldung / your claim K-24-032006", dt(2024, 11, 6, 12, 44, 1),
               text(body, cte="8bit", flowed=True))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HTML-only fraud-check table: a named claimant's earlier whiplash claims and injuries from the HIS query")
def m029():
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hallo Jana,</p>
<p>zu <b>K-24-030951</b> (Anspruchsteller <b>Marcel Tiemann</b>, geb. 02.12.1994) hat die HIS-Abfrage
vier Treffer ergeben. Ich habe die Vorgänge bei den anderen Versicherern angefragt, bisher
liegen folgende Angaben vor:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde"><th>Datum</th><th>Versicherer</th><th>Hergang</th><th>Verletzung lt. Akte</th><th>Zahlung</th></tr>
<tr><td>03/2019</td><td>Nordkreis Versicherung</td><td>Auffahrunfall, Beifahrer</td><td>HWS-Distorsion, 3 Wo AU</td><td>1.900 &euro;</td></tr>
<tr><td>11/2020</td><td>Lippische Landesbrand</td><td>Auffahrunfall, Fahrer</td><td>HWS-Distorsion, LWS-Prellung</td><td>2.750 &euro;</td></tr>
<tr><td>08/2022</td><td>Emsland Direkt</td><td>Spurwechsel, Fahrer</td><td>HWS, Tinnitus (lt. HNO)</td><td>4.100 &euro;</td></tr>
<tr><td>05/2023</td><td>Nordkreis Versicherung</td><td>Auffahrunfall, Beifahrer</td><td>HWS-Distorsion</td><td>abgelehnt</td></tr>
<tr style="background:#fee"><td>09/2024</td><td><b>wir</b></td><td>Auffahrunfall, Fahrer</td><td>HWS-Distorsion, Kopfschmerz, Schwindel</td><td>offen, RA fordert 3.000 &euro;</td></tr>
</table>
<p>Dazu kommt: in drei der fünf F&auml;lle derselbe Beifahrer (Dennis K.) und dieselbe Kanzlei.
Ich empfehle ein biomechanisches Gutachten und keine Vorschusszahlung. Sollen wir die
Akte an die Staatsanwaltschaft geben? Lass uns morgen kurz sprechen.</p>
<p>Gru&szlig;<br>Hannah</p>
<p style="color:#777;font-size:9pt">Hannah Lorenz | Betrugspr&auml;vention Kfz | Durchwahl -602</p>
</body></html>
"""
    return msg(29, LORENZ, REIMERS, "K-24-030951 – HIS-Treffer", dt(2024, 11, 6, 17, 31, 1), html(htm))


@mail("NORMAL", "de", "newsletter",
      "trap: partner-garage newsletter on ADAS calibration, airbag control units and repair-cost figures; no person")
def m030():
    plain = """Harkenberg Werkstattnetz – Partnerinfo November 2024

Liebe Partnerbetriebe,

1. Kalibrierung von Fahrerassistenzsystemen (ADAS)
Nach Frontscheibentausch oder Arbeiten an Stoßfänger/Radar ist die Kalibrierung
Pflicht. Bitte das Kalibrierprotokoll immer der Rechnung beifügen – ohne Protokoll
kürzen wir die Position ab 01.01.2025.

2. Airbag-Steuergeräte
Nach Auslösung bitte nur Neuteile mit Herstellernachweis. Instandgesetzte
Steuergeräte ("Crashdaten gelöscht") erstatten wir nicht.

3. Zahlen Q3 (Netz gesamt)
- Ø Reparaturkosten Haftpflicht: 3.980 € (+6,2 %)
- Ø Standzeit: 9,4 Arbeitstage
- Anteil Schäden mit Ersatzwagen aus dem Netz: 71 %

4. Fortbildung "Hochvoltfahrzeuge nach Unfall" – Termine auf werkstattnetz.harkenberg-versicherung.example

Ihr Team Werkstattsteuerung
"""
    htm = """<html><body style="font-family:Verdana,sans-serif;font-size:12px;color:#222">
<table width="600" cellpadding="8" style="border:1px solid #ccc"><tr><td style="background:#0b5394;color:#fff">
<b>Harkenberg Werkstattnetz &ndash; Partnerinfo November 2024</b></td></tr><tr><td>
<p>Liebe Partnerbetriebe,</p>
<p><b>1. Kalibrierung von Fahrerassistenzsystemen (ADAS)</b><br>
Nach Frontscheibentausch oder Arbeiten an Sto&szlig;f&auml;nger/Radar ist die Kalibrierung Pflicht.
Bitte das Kalibrierprotokoll immer der Rechnung beif&uuml;gen &ndash; ohne Protokoll k&uuml;rzen wir die
Position ab 01.01.2025.</p>
<p><b>2. Airbag-Steuerger&auml;te</b><br>Nach Ausl&ouml;sung bitte nur Neuteile mit Herstellernachweis.</p>
<p><b>3. Zahlen Q3 (Netz gesamt)</b></p>
<ul><li>&Oslash; Reparaturkosten Haftpflicht: 3.980&nbsp;&euro; (+6,2&nbsp;%)</li>
<li>&Oslash; Standzeit: 9,4 Arbeitstage</li>
<li>Anteil Sch&auml;den mit Ersatzwagen aus dem Netz: 71&nbsp;%</li></ul>
<p><b>4. Fortbildung &bdquo;Hochvoltfahrzeuge nach Unfall&ldquo;</b> &ndash; Termine auf
<a href="https://werkstattnetz.harkenberg-versicherung.example">werkstattnetz.harkenberg-versicherung.example</a></p>
<p>Ihr Team Werkstattsteuerung</p></td></tr></table></body></html>
"""
    return msg(30, person("Harkenberg Werkstattnetz", "werkstattnetz"), "partnerbetriebe@lists." + DOM,
               "Partnerinfo 11/2024: ADAS-Kalibrierung, Airbag-Steuergeräte, Q3-Zahlen",
               dt(2024, 11, 7, 7, 0, 1), multi("alternative", [text(plain), html(htm)], "m030"))


@mail("CONFIDENTIAL", "de", "broker",
      "answer to a broker quoting his question on a named customer's claim (claim no., plate, amounts); material damage")
def m031():
    body = """Hallo Herr Große-Wöstmann,

kurzer Stand zu Ihrem Kunden: Das Gutachten liegt seit gestern vor (Reparaturkosten
4.215,90 € netto, Wertminderung 300 €). Die Gegenseite hat die Haftung zu 100 %
anerkannt, wir regulieren daher nur die Vollkasko-SB und holen uns den Rest zurück.
Herr Osterkamp muss nichts unterschreiben. Auszahlung der SB (500 €) heute angewiesen.

Viele Grüße
Tobias Wendt

> -----Ursprüngliche Nachricht-----
> Von: Heinrich Große-Wöstmann <hgw@versicherungsbuero-gw.example>
> Gesendet: Donnerstag, 7. November 2024 08:12
> An: Wendt, Tobias
> Betreff: Schaden Osterkamp / BI-RO 77 / K-24-030812
>
> Moin Herr Wendt,
> mein Kunde Ralf Osterkamp (VN HK 7 330 871 12) fragt, wann es weitergeht, der Wagen
> steht seit drei Wochen in der Werkstatt. Der Gegner ist doch bei der Westfalia
> Direkt versichert und hat alles zugegeben?
> Gruß HGW
"""
    return msg(31, WENDT, ext("Heinrich Große-Wöstmann", "hgw@versicherungsbuero-gw.example"),
               "AW: Schaden Osterkamp / BI-RO 77 / K-24-030812", dt(2024, 11, 7, 9, 26, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
      "commission of an orthopaedic expert opinion on a named claimant: diagnoses, MRI findings, prior complaints, questions")
def m032():
    body = """Sehr geehrte Frau Dr. Sievers,

wir beauftragen Sie mit einem orthopädisch-unfallchirurgischen Gutachten nach Aktenlage
und ambulanter Untersuchung.

Anspruchsteller: Jürgen Hölscher, geb. 14.07.1969, Am Sparrenberg 4, 33602 Bielefeld
Unser Zeichen:   K-24-022317 / GA-Med-24-041
Unfall:          25.06.2024, Heckaufprall (Δv lt. Unfallanalytik 11–14 km/h)

Aktenlage (Kopien anbei, 47 Seiten):
- D-Arzt-Bericht 25.06.2024: HWS-Distorsion, Prellung rechte Schulter, kein Neurodefizit
- MRT HWS 19.07.2024: Bandscheibenprotrusion C5/6 ohne Myelonkompression,
  Osteochondrose C5/6 und C6/7 (degenerativ?)
- Hausarzt: AU 25.06.–06.09.2024, Tilidin/Naloxon, Amitriptylin, Physiotherapie 18x
- Vorerkrankung laut Krankenkassen-Auszug: Lumbago 2021, Cervicobrachialgie 2019 (M53.1)

Fragen:
1. Welche Verletzungen hat der Anspruchsteller beim Unfall vom 25.06.2024 erlitten?
2. Sind die MRT-Befunde unfallbedingt oder vorbestehend?
3. Wie lange waren AU und Behandlung unfallbedingt erforderlich?
4. Liegen unfallbedingte Dauerfolgen vor (MdE)?

Die Schweigepflichtentbindung liegt vor. Bitte schicken Sie das Gutachten über das
Gutachterportal, nicht per E-Mail.

Mit freundlichen Grüßen
Jana Reimers
"""
    return msg(32, REIMERS, ext("Dr. med. Katrin Sievers", "praxis@ortho-sievers.example"),
               "Gutachtenauftrag GA-Med-24-041 – Hölscher – K-24-022317", dt(2024, 11, 7, 14, 0, 1),
               text(body))


@mail("NORMAL", "de", "internal",
      "trap: IT ticket 'Arztberichte can't be uploaded' with a technical log (document IDs, no names)")
def m033():
    body = """Ticket INC-0098113 – Priorität 2
Betreff: Upload Arztberichte in Schadenakte schlägt fehl (Fehler 413)
Melder: Team Kfz-Personenschaden (B. Ketteler)
Betroffen: ca. 12 Anwender, nur Dokumentklasse "ARZTBER" und "GUTACHTEN_MED"

Beschreibung:
Seit dem Update am Wochenende lassen sich PDF-Arztberichte > 20 MB nicht mehr in die
Schadenakte laden. Kleinere Dateien gehen. Andere Dokumentklassen (Rechnung, Foto) sind
nicht betroffen. Log aus dem Upload-Service hängt an (Dokument-IDs, keine Inhalte).

Workaround: Anwender splitten die PDFs – das ist bei 80-Seiten-Krankenhausakten aber
keine Lösung. Bitte bis Freitag.

Gruß
Lars Hüttemann
IT Schadensysteme
"""
    log = """2024-11-07T08:14:02.118+01:00 INFO  upload-svc[2231] POST /dms/v2/claims/{claimId}/documents docClass=ARZTBER size=24117730
2024-11-07T08:14:02.121+01:00 WARN  upload-svc[2231] request entity exceeds max-body-size=20971520 (proxy=ingress-schaden-02)
2024-11-07T08:14:02.122+01:00 ERROR upload-svc[2231] HTTP 413 Payload Too Large docId=D-7781204 corr=5e1c0a9b
2024-11-07T08:31:55.403+01:00 INFO  upload-svc[2231] POST /dms/v2/claims/{claimId}/documents docClass=GUTACHTEN_MED size=31877002
2024-11-07T08:31:55.405+01:00 ERROR upload-svc[2231] HTTP 413 Payload Too Large docId=D-7781311 corr=77a0e512
2024-11-07T08:40:10.009+01:00 INFO  upload-svc[2231] POST /dms/v2/claims/{claimId}/documents docClass=RECHNUNG size=412233
2024-11-07T08:40:10.377+01:00 INFO  upload-svc[2231] stored docId=D-7781320 in 368 ms
2024-11-07T09:02:44.771+01:00 ERROR upload-svc[2231] HTTP 413 Payload Too Large docId=D-7781402 corr=0c9f33d1
-- note: ingress max-body-size was reset to chart default 20Mi by release 2024.11.1 (CHG-20417 set 50Mi on app only)
"""
    parts = [text(body), attach_text(log, "text/plain", "upload-svc_2024-11-07.log.txt", charset="us-ascii", cte="7bit")]
    return msg(33, HUETTEMANN, "it-servicedesk@" + DOM, "INC-0098113 Upload Arztberichte Fehler 413",
               dt(2024, 11, 7, 9, 48, 1), multi("mixed", parts, "m033"), cc=KETTELER)


@mail("CONFIDENTIAL", "en", "insurer-to-supplier",
      "credit-hire dispute with a UK hire company: named third party, registration, hire period and rates; no injury")
def m034():
    body = """Dear Mr Ashworth,

Your invoice AC-55812 - hirer Mr Owen Pritchard, 17 Holloway Road, Chester
Vehicle damaged: Volvo XC60, registration CX19 PKE
Our policyholder's accident: 2 September 2024, Chester (our ref. K-24-026301)

We accept liability for the accident but not the full hire charge:

 - you charged 34 days at GBP 89.00 = GBP 3,026.00 (credit hire, group F);
 - the engineer's report shows the car was repairable within 8 working days;
   parts were available from stock according to the repairer;
 - the basic hire rate for a comparable vehicle in Chester is GBP 46.00/day.

We therefore offer 12 days at GBP 46.00 = GBP 552.00 plus delivery/collection
GBP 60.00. Mr Pritchard was not injured, and there is no reason why the repair
authorisation took three weeks - please provide the authorisation correspondence
if you disagree.

Kind regards
Ulrike Sandmann
Rental car management

""" + SIG_EN
    return msg(34, SANDMANN, ext("Albion Accident Hire Ltd", "accounts@albion-accident-hire.example"),
               "Invoice AC-55812 / Mr O. Pritchard / CX19 PKE - our ref. K-24-026301",
               dt(2024, 11, 8, 10, 10, 1), text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "internal English note: injured US tourist (tibia fracture, surgery) and her US health insurer's subrogation")
def m035():
    body = """Fiona,

handover for K-24-028150 while I'm at the CoB meeting:

- Injured party: Ms Karen Delgado (US citizen, 38), cyclist, hit by our insured's van
  in Detmold on 12 Sept. Liability 100 % ours.
- Injuries: open fracture of the right tibia (S82.21), intramedullary nailing at
  Klinikum Lippe, 9 days in hospital, then flown home on 23 Sept (medical escort,
  stretcher seat - we paid the repatriation invoice EUR 8,740).
- Her US health insurer (BlueHarbor Health Plan) has notified subrogation for the
  follow-up treatment in Arizona: USD 23,400 so far, more to come (removal of the nail
  planned for spring). I asked them for itemised bills with CPT codes.
- Ms Delgado's lawyer wants an interim payment for pain and suffering. I'd say
  EUR 5,000 now is fine; reserve is EUR 45k.
- Open: she mentions anxiety when cycling again; no diagnosis yet - don't pay for
  psychotherapy without a report.

Thanks - back on Thursday.
Piet
"""
    return msg(35, VANDOORN, person("Fiona Baird", "fiona.baird"), "Handover K-24-028150 (Delgado)",
               dt(2024, 11, 11, 18, 4, 1), text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "en", "internal",
      "trap: English out-of-office naming the bodily-injury team as deputy; no case data")
def m036():
    body = """Thank you for your e-mail. I am out of the office until 18 November with limited
access to e-mail.

For urgent matters concerning international motor claims please contact
international-claims@harkenberg-versicherung.example or +49 521 555 40-390.
Medical reports and solicitors' letters should be sent via our secure portal; please do
not send them to my personal mailbox.

Best regards
Piet van Doorn
"""
    return msg(36, VANDOORN, ext("Adaeze Okafor", "a.okafor@hartley-moss.example"),
               "Out of office: Piet van Doorn (back 18 Nov)", dt(2024, 11, 12, 7, 55, 1),
               text(body, charset="us-ascii", cte="7bit"), extra=[("Auto-Submitted", "auto-replied")])


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "reply to the lawyer of a named claimant: 50 % liability, vehicle damage, loss of use, lawyer fees; no injury")
def m037():
    body = """Sehr geehrter Herr Rechtsanwalt Vogl,

in der Sache Ihres Mandanten Matthias Kordes (Ihr Az. 412/24 V, unser Zeichen
K-24-027399) nehmen wir wie folgt Stellung:

Nach der beigezogenen Ermittlungsakte und den Lichtbildern ist der Unfallhergang
nicht aufklärbar: Beide Fahrzeuge befanden sich im Fahrstreifenwechsel auf der
Ostwestfalenstraße. Wir regulieren daher auf Basis einer Haftungsquote von 50 %.

  Reparaturkosten lt. Gutachten (netto)       6.112,40 €
  Wertminderung                                  450,00 €
  Gutachterkosten                                812,30 €
  Nutzungsausfall 8 Tage x 59 € (Gruppe E)      472,00 €
  Kostenpauschale                                 25,00 €
  -----------------------------------------------------
  Summe                                        7.871,70 €
  davon 50 %                                   3.935,85 €

zzgl. Ihrer Gebühren aus dem Erledigungswert (1,3 Geschäftsgebühr nebst Auslagen).
Eine Personenschadenposition ist nicht geltend gemacht; wir gehen davon aus, dass
Ihr Mandant unverletzt geblieben ist.

Die Zahlung erfolgt auf Ihr Kanzleikonto. Damit sind sämtliche Ansprüche Ihres
Mandanten aus dem Unfall erledigt; sollten Sie die Quote nicht akzeptieren, bitten
wir um kurze Nachricht.

Mit freundlichen Grüßen
Melek Aydın
"""
    return msg(37, AYDIN, ext("RA Stefan Vogl", "vogl@kanzlei-brettschneider.example"),
               "Ihr Az. 412/24 V – Kordes ./. Harkenberg – unser Zeichen K-24-027399",
               dt(2024, 11, 12, 13, 1, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "customer's own occupant-accident claim: hospital days, fracture, invalidity deadline (personal line: accident)")
def m038():
    body = """Sehr geehrter Herr Strothmann,

zu Ihrem Verkehrsunfall vom 18.10.2024 haben wir neben dem Kfz-Schaden auch einen
Leistungsfall aus Ihrer Insassen-Unfallversicherung (Vertrag IU 3 220 914 55) angelegt,
Leistungsfall-Nr. U-24-004117.

Nach dem Entlassungsbericht des Evangelischen Klinikums Bethel waren Sie vom 18.10. bis
25.10.2024 in stationärer Behandlung (Rippenserienfraktur links, Lungenkontusion).

Wir zahlen Ihnen:
  Krankenhaustagegeld  8 Tage x 30 €          240,00 €
  Genesungsgeld        8 Tage x 30 €          240,00 €

Den Betrag überweisen wir auf Ihr bekanntes Konto.

Bitte beachten Sie für eine mögliche Invaliditätsleistung: Die Invalidität muss
innerhalb von 15 Monaten nach dem Unfall ärztlich festgestellt und bei uns geltend
gemacht werden, also bis spätestens 18.01.2026. Wir melden uns rechtzeitig mit einem
Formular für Ihren behandelnden Arzt.

Gute Besserung!

Freundliche Grüße
Jana Reimers
Kfz-Personenschaden / Insassenunfall
"""
    return msg(38, REIMERS, ext("Günter Strothmann", "g.strothmann@owl-online.example"),
               "Ihre Insassen-Unfallversicherung – Leistungsfall U-24-004117", dt(2024, 11, 13, 10, 20, 1),
               text(body))


@mail("NORMAL", "de", "internal",
      "trap: synthetic test cases 'Max Mustermann (fiktiv)' with published example IBAN and ICD code for the new claims system")
def m039():
    body = """Hi Lars,

für den Abnahmetest Release 2024.12 (Modul Personenschaden) anbei die Testfälle als CSV.
Alle Personen sind fiktiv, die IBAN ist die bekannte Beispiel-IBAN aus der Bundesbank-
Doku, Diagnosen aus der ICD-Beispielliste. Bitte NICHT mit Echtdaten aus der Produktion
auffüllen – die DSB hat das letzte Mal zu Recht gemeckert.

Erwartung je Fall steht in Spalte "erwartet".

Danke
Birgit
"""
    rows = [["testfall", "name", "geburtsdatum", "iban", "diagnose_icd", "schmerzensgeld_eur", "erwartet"],
            ["TF-PS-001", "Max Mustermann (fiktiv)", "01.01.1980", "DE89 3704 0044 0532 0130 00", "S13.4", "1500", "Freigabe durch SB"],
            ["TF-PS-002", "Erika Mustermann (fiktiv)", "12.08.1964", "DE89370400440532013000", "S42.02", "6000", "Vier-Augen-Prinzip > 5.000"],
            ["TF-PS-003", "Testperson Null (fiktiv)", "", "", "", "0", "Pflichtfeldfehler Geburtsdatum"],
            ["TF-PS-004", "Max Mustermann (fiktiv)", "01.01.1980", "DE00 1234 5678 9012 3456 78", "S13.4", "1500", "IBAN-Prüfziffernfehler"],
            ["TF-PS-005", "Anna Beispiel (fiktiv)", "29.02.2000", "DE89 3704 0044 0532 0130 00", "F43.1", "2500", "Hinweis psych. Gutachten"]]
    parts = [text(body), attach_text(csv_text(rows), "text/csv", "Testfaelle_PS_Release2024-12.csv")]
    return msg(39, KETTELER, HUETTEMANN, "Testfälle Abnahme Personenschaden (fiktiv)", dt(2024, 11, 13, 15, 35, 1),
               multi("mixed", parts, "m039"))


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "recourse list to another motor insurer (XLSX) with names of its policyholders and our customers, plates, amounts; material damage only")
def m040():
    body = """Sehr geehrte Damen und Herren,

anbei unsere Regressaufstellung Oktober 2024 (Kasko-Regresse nach § 86 VVG gegen Ihre
Versicherungsnehmer, Haftung jeweils von Ihnen dem Grunde nach bestätigt).
Es handelt sich ausschließlich um Sachschäden.

Gesamtbetrag: 14.807,33 €. Bitte Zahlung je Fall mit unserem Zeichen.

Für Rückfragen: Melek Aydın, Durchwahl -455.

Mit freundlichen Grüßen
Regressabteilung Kfz
Harkenberg Versicherung AG
"""
    rows = [["unser Zeichen", "Ihr Zeichen", "Ihr VN", "unser VN", "Kennzeichen unser VN", "Schadentag", "Forderung EUR", "Bemerkung"],
            ["K-24-019877", "SV-2024-771023", "Dieter Rasche", "Monika Brand", "BI-MB 441", "2024-05-28", 3410.22, "Gutachten anbei"],
            ["K-24-022604", "SV-2024-790551", "Petra Lindemann", "Ole Schürmann", "HF-OS 12", "2024-06-30", 6902.40, "inkl. Abschleppen"],
            ["K-24-025118", "SV-2024-812207", "Kevin Aslan", "Claudia Oesterhelweg", "GT-CO 808", "2024-08-07", 4494.71, "Quote 100 %"],
            ["", "", "", "", "", "Summe", 14807.33, ""]]
    parts = [text(body), attach(xlsx(rows, "Regress 10-2024"),
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                "Regressaufstellung_2024-10_Lippische.xlsx")]
    return msg(40, AYDIN, ext("Lippische Landesbrand Kraftfahrt AG – Schaden", "kh-schaden@lippische-landesbrand.example"),
               "Regressaufstellung Oktober 2024", dt(2024, 11, 14, 8, 40, 1), multi("mixed", parts, "m040"))


@mail("NORMAL", "de", "internal",
      "trap: anonymised training case study (age band, injuries, settlement) without name, date or claim number")
def m041():
    body = """Fallstudie 7 für die Einarbeitung (anonymisiert, Details verfremdet)

Sachverhalt
Eine Fahrerin (Altersgruppe 30–39) steht an einer roten Ampel, ein Lieferwagen fährt
mit geringer Geschwindigkeit auf. Sachschaden am Heck ca. 1.800 €. Am Unfallort keine
Beschwerden. Zwei Tage später Vorstellung beim Hausarzt: Nackenschmerzen, Bewegungs-
einschränkung, Diagnose HWS-Distorsion, AU 10 Tage, 6 x Physiotherapie.

Die Anwältin fordert 2.500 € Schmerzensgeld und legt ein Attest vor, das "Schwindel
und Konzentrationsstörungen" erwähnt.

Aufgaben
1. Welche Unterlagen fordern Sie an – und welche nicht (Datensparsamkeit!)?
2. Brauchen Sie ein biomechanisches Gutachten? Begründen Sie mit Blick auf die Kosten.
3. Welche Schmerzensgeldhöhe ist nach unserer Tabelle vertretbar?
4. Wie gehen Sie mit den Angaben zu Schwindel um?

Lösungshinweise bekommt ihr in der Besprechung am Freitag, nicht vorher. ;-)

Jana
"""
    return msg(41, REIMERS, "einarbeitung-ps@" + DOM, "Fallstudie 7 – Auffahrunfall an der Ampel (Einarbeitung)",
               dt(2024, 11, 14, 12, 0, 1), text(body, cte="8bit", flowed=True))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-claimant",
      "settlement offer to an injured claimant: pain and suffering, injuries and hospital stay named in body and PDF release form")
def m042():
    body = """Sehr geehrte Frau Gollnick,

nach Eingang des Abschlussberichts Ihrer Unfallchirurgin können wir Ihnen zur
endgültigen Erledigung Ihrer Ansprüche aus dem Unfall vom 07.05.2024 folgendes
Angebot machen:

  Schmerzensgeld                                3.800,00 €
  Haushaltsführungsschaden (6 Wochen)            1.260,00 €
  Zuzahlungen, Fahrtkosten zu Behandlungen         214,50 €
  abzüglich Vorschuss vom 19.06.2024           - 1.500,00 €
  -------------------------------------------------------
  Restzahlung                                   3.774,50 €

Wir haben dabei berücksichtigt, dass Sie wegen der Fraktur des Sprunggelenks
fünf Tage im Krankenhaus waren und bis Mitte Juli Unterarmgehstützen brauchten.
Mögliche Spätfolgen sind durch einen Zukunftsvorbehalt abgesichert (siehe Erklärung).

Wenn Sie einverstanden sind, schicken Sie uns bitte die beigefügte Abfindungserklärung
unterschrieben zurück. Sie haben selbstverständlich das Recht, sich vorher beraten
zu lassen.

Mit freundlichen Grüßen
Jana Reimers
"""
    pdf_lines = [
        "ABFINDUNGSERKLÄRUNG mit Zukunftsvorbehalt",
        "",
        "Schaden-Nr.: K-24-014588",
        "Geschädigte: Renate Gollnick, geb. 23.09.1961, Brackweder Straße 51, 33647 Bielefeld",
        "Unfall vom 07.05.2024, Bielefeld-Brackwede (Fußgängerin, Zebrastreifen)",
        "",
        "Verletzungen: bimalleoläre Sprunggelenksfraktur rechts (S82.81), Schürfwunden",
        "stationär 07.05.-11.05.2024, Osteosynthese; Metallentfernung ggf. 2025",
        "",
        "Gegen Zahlung eines Betrages von insgesamt 5.274,50 EUR (davon bereits",
        "1.500,00 EUR gezahlt) sind alle Ansprüche aus dem Unfall abgegolten,",
        "AUSGENOMMEN: materielle und immaterielle Zukunftsschäden aus der",
        "Metallentfernung und einer posttraumatischen Arthrose (Vorbehalt 30 Jahre,",
        "mit der Wirkung eines rechtskräftigen Feststellungsurteils).",
        "",
        "Übergang von Ansprüchen auf Sozialversicherungsträger bleibt unberührt.",
        "",
        "Bielefeld, den ____________        ______________________________",
        "                                   Renate Gollnick",
    ]
    parts = [text(body), attach(pdf(pdf_lines, "Abfindungserklaerung K-24-014588", compress=True),
                                "application/pdf", "Abfindungserklaerung_K-24-014588.pdf")]
    return msg(42, REIMERS, ext("Renate Gollnick", "renate.gollnick@web-mail.example"),
               "Ihr Unfall vom 07.05.2024 – Abfindungsangebot", dt(2024, 11, 15, 11, 12, 1),
               multi("mixed", parts, "m042"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "deer-collision claim of a named customer (plate, contract, hunter's certificate, payout); no injury")
def m043():
    body = """Guten Tag Herr Kleinekathöfer,

danke für die Unterlagen zum Wildunfall vom 03.11.2024 auf der L 782 bei Oerlinghausen.
Die Wildunfallbescheinigung von Jagdpächter Herrn Bökamp (Reh, Ricke, verendet) liegt
vor, ebenso die Fotos. Der Schaden ist über Ihre Teilkasko (Vertrag HK 7 440 192 33,
SB 150 €) gedeckt. Ihr Schadenfreiheitsrabatt bleibt unberührt.

Skoda Octavia LIP-BK 620, Schaden-Nr. K-24-032447:
  Kostenvoranschlag Autohaus Stükerjürgen   2.388,17 €
  abzgl. SB                                  - 150,00 €
  Zahlung                                    2.238,17 €

Die Werkstatt rechnet nach Abtretung direkt mit uns ab; Sie zahlen dort nur die SB.

Schöne Grüße und allzeit gute Fahrt
Tobias Wendt
"""
    return msg(43, WENDT, ext("Bernd Kleinekathöfer", "bernd.kk@lippe-net.example"),
               "Wildunfall 03.11.2024 – K-24-032447", dt(2024, 11, 15, 14, 30, 1), text(body, cte="8bit"))


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: reply to a vendor pitching AI injury-severity prediction; insists on anonymised data only")
def m044():
    body = """Dear Mr Kessler,

thank you for the presentation of InjuryIQ last week. We found the severity model
interesting, especially the early prediction of claims that will exceed EUR 50k.

Before we can talk about a pilot, some points from our side:

1. We will not send you any claim files, medical reports or ICD codes linked to
   persons. A pilot is only possible with a synthetic data set or with data that our
   data protection officer has declared anonymous (no names, no dates of birth, no
   claim numbers, age bands of ten years, regions instead of postcodes).
2. The model must be explainable: "whiplash + lawyer within 7 days = high cost" is not
   a reason we can give to a claimant.
3. Hosting in the EU, no training of your general model with our data.
4. A DPIA will be required on our side anyway (Art. 35 GDPR), so please send your
   technical and organisational measures and the list of sub-processors.

If that works for you, we could schedule a call with Ms Brandauer (DPO) and
Dr Kalb in December.

Best regards
Hannah Lorenz
Fraud prevention / claims analytics

""" + SIG_EN
    return msg(44, LORENZ, ext("Tim Kessler", "tim.kessler@injuryiq.example"), "Re: InjuryIQ pilot proposal",
               dt(2024, 11, 18, 9, 15, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer",
      "forwarded solicitor's e-mail (message/rfc822) describing the client's rib fractures, pneumothorax and PTSD symptoms")
def m045():
    body = """Jana, FYI - the Irish solicitor has finally quantified. See the attached mail.
Special damages look OK, general damages EUR 38k is far above what a German court
would award. Can we discuss on Monday?
Piet
"""
    inner_body = """Dear Mr van Doorn,

Our client: Ms Siobhan Keane - your ref. K-24-021044

Further to our letter of 2 October, we now enclose the report of Mr Declan Moran,
consultant orthopaedic surgeon, and the report of Dr Aoife Brennan, clinical
psychologist.

In summary, our client sustained fractures of the 5th to 7th ribs on the right with a
small pneumothorax (chest drain for 3 days), a whiplash injury and bruising to the
right knee. She was an in-patient at Klinikum Herford for 8 days. Dr Brennan diagnoses
post-traumatic stress disorder of moderate severity; our client has not been able to
drive since the accident and has had 10 sessions of trauma-focused CBT.

We quantify the claim as follows:
  General damages (pain and suffering)      EUR 38,000
  Loss of earnings (14 weeks)                EUR 11,620
  Medical and therapy expenses               EUR  4,385
  Travel expenses, carer's time              EUR  1,940

We invite your proposals within 28 days.

Yours sincerely,
Niamh Gallagher
Gallagher & Roche Solicitors, Galway
"""
    inner = inner_mail(ext("Niamh Gallagher", "ngallagher@gallagher-roche.example"),
                       VANDOORN, "Siobhan Keane - your ref K-24-021044 - quantum",
                       dt(2024, 11, 14, 16, 20, 0), text(inner_body, charset="us-ascii", cte="7bit"),
                       "<c0ffee12.8841@gallagher-roche.example>")
    parts = [text(body, charset="us-ascii", cte="7bit"), rfc822(inner, "Siobhan Keane - quantum.eml")]
    return msg(45, VANDOORN, REIMERS, "Fwd: Siobhan Keane - your ref K-24-021044 - quantum",
               dt(2024, 11, 18, 10, 2, 1), multi("mixed", parts, "m045"))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "car theft claim of a named expat customer: police reference, plate, VIN, keys, contract; no health data")
def m046():
    body = """Dear Mr Okonkwo,

we are sorry to hear that your car was stolen. We have opened claim K-24-032811 under
your partial own-damage cover (policy HK 7 502 377 81).

Vehicle:           Toyota RAV4 Hybrid, registration BI-EO 2204,
                   VIN JTMW43FV70D0 11873
Reported stolen:   night of 15/16 November 2024, Stapenhorststrasse, Bielefeld
Police reference:  Polizei Bielefeld, Tgb.-Nr. 241116-0704-012

To proceed we need:
1. both keys (please send them by registered mail - do NOT put them in a normal letter),
2. the vehicle registration certificate part II (Zulassungsbescheinigung Teil II),
3. the completed theft questionnaire (attached to our letter by post),
4. the name of your lender, if the car is financed.

Under German policy terms we must wait one month after the report before we can pay
the replacement value, in case the car is found. If you need a rental car in the
meantime, please note that your policy does not include one.

Kind regards
Tobias Wendt
Motor claims

""" + SIG_EN
    return msg(46, WENDT, ext("Emeka Okonkwo", "emeka.okonkwo@mailhaus.example"), "Your theft claim K-24-032811",
               dt(2024, 11, 18, 11, 40, 1), text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: press release on deer collisions with injury statistics; no person")
def m047():
    body = """Sehr geehrte Damen und Herren,

anbei unsere Pressemitteilung zur Wildunfall-Saison mit der Bitte um Veröffentlichung.
Für Interviews steht unser Leiter Kfz-Schaden, Dr. Frieder Kalb, zur Verfügung.

------------------------------------------------------------
PRESSEMITTEILUNG – Bielefeld, 19. November 2024

Wildunfälle: Jetzt ist Hochsaison – Harkenberg zählt 14 % mehr Fälle

Mit der Zeitumstellung steigt die Zahl der Wildunfälle deutlich. Die Harkenberg
Versicherung AG hat von Januar bis Oktober 2024 rund 3.100 Wildschäden reguliert,
14 % mehr als im Vorjahr. Der durchschnittliche Schaden liegt bei 3.450 Euro.

In 2,1 % der Fälle wurden Menschen verletzt – meist nicht durch den Zusammenstoß
selbst, sondern durch riskante Ausweichmanöver. "Bremsen, Lenkrad festhalten, nicht
ausweichen", rät Dr. Frieder Kalb. "Ein Reh ist ein Blechschaden, ein Baum kann
lebensgefährlich sein."

Tipps:
- Bei Wildwechsel-Schildern Tempo runter, besonders in der Dämmerung
- Fernlicht abblenden, hupen
- Nach dem Unfall: Warnblinker, Unfallstelle sichern, Polizei rufen
- Verletzte Tiere nicht anfassen; Wildunfallbescheinigung vom Jäger geben lassen

Pressekontakt: Marco Trapp, presse@harkenberg-versicherung.example, 0521 555 40-120
------------------------------------------------------------

Mit freundlichen Grüßen
Marco Trapp
Unternehmenskommunikation
"""
    return msg(47, TRAPP, ext("Redaktion Westfalen-Kurier", "redaktion@westfalen-kurier.example"),
               "Pressemitteilung: Wildunfälle – jetzt ist Hochsaison", dt(2024, 11, 19, 8, 0, 1), text(body),
               cc="dpa-owl@nachrichten-agentur.example")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "harmless body ('Liste für die Reserve-Sitzung'); XLSX attachment lists named claimants with diagnoses and reserves")
def m048():
    body = """Hallo Frieder,

anbei die Liste für die Reserve-Sitzung am Donnerstag (alle offenen PS-Fälle > 25 T€).
Gelb markiert sind die, bei denen ich eine Erhöhung vorschlage.

Gruß Jana
"""
    rows = [["Schaden-Nr.", "Geschädigte/r", "geb.", "Verletzungen", "Stand", "Reserve alt", "Reserve neu"],
            ["K-23-040112", "Lea Brockmeier", "2009-04-17", "SHT II, Femurfraktur li., Schulausfall", "Reha abgeschlossen", 85000, 85000],
            ["K-24-008831", "Horst Kemper", "1948-12-02", "Querschnitt Th12 (inkomplett), Pflegegrad 3", "Pflegekosten laufend", 950000, 1200000],
            ["K-24-014588", "Renate Gollnick", "1961-09-23", "Sprunggelenksfraktur re., OSG-Arthrose droht", "Abfindung angeboten", 30000, 30000],
            ["K-24-021044", "Siobhan Keane", "1990-06-11", "Rippenserienfraktur, Pneumothorax, PTBS", "RA fordert 56 T€", 40000, 55000],
            ["K-24-022317", "Jürgen Hölscher", "1969-07-14", "HWS-Distorsion, Protrusion C5/6 (Vorschaden?)", "Gutachten beauftragt", 25000, 25000],
            ["K-24-028150", "Karen Delgado", "1986-03-30", "offene Tibiafraktur re., Angststörung?", "US-Regress", 45000, 60000]]
    parts = [text(body), attach(xlsx(rows, "offene PS > 25T"),
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                "Reserveliste_PS_2024-11.xlsx")]
    return msg(48, REIMERS, KALB, "Liste für die Reserve-Sitzung", dt(2024, 11, 19, 17, 20, 1), multi("mixed", parts, "m048"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "offer to a named customer to buy back a claim to keep the no-claims class; contract, amounts")
def m049():
    ib = grp(iban("DE", "480800200412600900"))
    body = """Sehr geehrte Frau Brüggemann,

der Haftpflichtschaden vom 21.08.2024 (K-24-025560) ist abgeschlossen. Wir haben an
die Geschädigte insgesamt 1.180,45 € gezahlt.

Sie können den Schaden "zurückkaufen", dann bleibt Ihre SF-Klasse SF 18 für den
Vertrag HK 7 209 634 70 erhalten. Ohne Rückkauf würden Sie zum 01.01.2025 in SF 11
zurückgestuft; Ihr Beitrag stiege dann um ca. 214 € jährlich – über die nächsten
Jahre zusammengerechnet deutlich mehr als der Schadenbetrag.

Wenn Sie zurückkaufen möchten, überweisen Sie bitte bis 20.05.2025
1.180,45 € auf unser Konto
  Harkenberg Versicherung AG, IBAN %s, Commerzbank Bielefeld
  Verwendungszweck: Rückkauf K-24-025560

Freundliche Grüße
Tobias Wendt
""" % ib
    return msg(49, WENDT, ext("Ilka Brüggemann", "ilka.brueggemann@posteo-mail.example"),
               "Schadenrückkauf möglich – K-24-025560", dt(2024, 11, 20, 10, 55, 1), text(body))


@mail("NORMAL", "de", "internal",
      "trap: reserving guideline with standard reserves per injury type (HWS, fractures, TBI); no person")
def m050():
    body = """Liebe Kolleginnen und Kollegen,

ab 01.12.2024 gilt die überarbeitete Reservierungsrichtlinie Kfz-Personenschaden
(RL-PS-03). Die wichtigsten Pauschalreserven bei Erstanlage:

  Verletzungsbild (Erstmeldung)                          Pauschalreserve
  ---------------------------------------------------------------------
  HWS-Distorsion, ambulant, ohne RA                              2.500 €
  HWS-Distorsion mit RA oder AU > 4 Wochen                       6.000 €
  Prellungen/Schürfwunden, ambulant                              1.000 €
  Fraktur obere Extremität, stationär                           15.000 €
  Fraktur untere Extremität / Becken, stationär                 30.000 €
  SHT I (Gehirnerschütterung)                                    5.000 €
  SHT II–III, Intensivstation                                  150.000 €
  Querschnitt / schwerste Verletzungen                       Großschaden, sofort an Leitung
  Todesfall (Hinterbliebenengeld, Unterhalt, Beerdigung)        60.000 €

Nach 90 Tagen ist jede Pauschalreserve durch eine Einzelfallreserve zu ersetzen.
Bei Kindern unter 14 Jahren grundsätzlich Einzelfallbetrachtung.

Die vollständige Richtlinie liegt im Intranet unter Schaden > Richtlinien > RL-PS-03.

Viele Grüße
Frieder Kalb
"""
    return msg(50, KALB, "kfz-schaden-alle@" + DOM, "Reservierungsrichtlinie Personenschaden ab 01.12.2024",
               dt(2024, 11, 20, 15, 5, 1), text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "police",
      "inline-forwarded police accident report: named driver's blood alcohol, criminal proceedings and injured passenger")
def m051():
    body = """Hallo Melek,

zur Prüfung Regress gegen unseren eigenen VN (Trunkenheit, Leistungsfreiheit bis
5.000 € nach D.1.1.5 AKB). Auszug aus der Verkehrsunfallanzeige, die der Anwalt der
Gegenseite geschickt hat:

Grüße
Jana

---- Auszug Verkehrsunfallanzeige ----
Polizeipräsidium Bielefeld, VK 1 – Vorgangs-Nr. 241102-2315-041
Unfallzeit: 02.11.2024, 23:15 Uhr, Ort: Artur-Ladebeck-Straße / Bethelweg

Beteiligter 01: Patrick Szymanski, geb. 08.04.1996, Bielefeld
  Pkw BI-PS 1996 (VN Harkenberg, HK 7 611 028 03)
  Alkoholvortest 1,12 ‰; Blutprobe angeordnet, Ergebnis (UKB Bielefeld):
  1,34 Promille BAK. Führerschein sichergestellt.
  Strafanzeige: § 315c StGB (Gefährdung des Straßenverkehrs), § 229 StGB
  (fahrlässige Körperverletzung).
Beteiligter 02: Nadine Fuhrmann, Pkw BI-NF 230, fuhr bei Grün in den Kreuzungsbereich
Verletzte: Beifahrer B02 Luca Fuhrmann (7 J.), Platzwunde Stirn, Verdacht Commotio,
  mit RTW ins Kinderzentrum Bethel; B01 leicht verletzt (Schnittwunde Hand),
  ambulant versorgt.
---- Ende Auszug ----
"""
    return msg(51, REIMERS, AYDIN, "WG: VU 02.11. Szymanski – Polizeibericht / Regress?", dt(2024, 11, 21, 9, 5, 1),
               text(body))


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "body shop: assignment of claims by a named claimant, direct payment, plate and amounts; no injury")
def m052():
    body = """Sehr geehrter Herr Yılmaz,

die Abtretungserklärung Ihres Kunden Herrn Waldemar Friesen vom 12.11.2024 haben wir
erhalten (Haftpflichtschaden unseres VN, unser Zeichen K-24-031990, Fahrzeug
Hyundai i30, BI-WF 3121).

Wir zahlen direkt an Sie:
  Reparaturrechnung Nr. 24-0877                 3.954,20 €
  Verbringungskosten Lackiererei                  128,00 €
  UPE-Aufschläge – nicht erstattungsfähig lt. Gutachten (freie Werkstatt)   -96,34 €
  Zahlbetrag                                    3.985,86 €

Die Wertminderung (250 €) und die Kostenpauschale zahlen wir an Herrn Friesen selbst,
da sie nicht abgetreten sind. Die Kürzung der UPE-Aufschläge können Sie mit dem
Gutachter klären.

Mit freundlichen Grüßen
Tobias Wendt
"""
    return msg(52, WENDT, ext("Karosserie & Lack Yılmaz", "info@karosserie-yilmaz.example"),
               "Abtretung Friesen – K-24-031990 – Zahlung", dt(2024, 11, 21, 11, 48, 1), text(body, cte="8bit"))


@mail("NORMAL", "en", "newsletter",
      "trap: HTML-only webinar invitation on staged accidents and exaggerated whiplash; no person")
def m053():
    htm = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Webinar</title></head>
<body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table align="center" width="620" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:24px;background:#7b1e1e;color:#fff;font-size:20px">Claims Fraud Academy &middot; Webinar</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5">
<p><b>Staged accidents, phantom passengers and exaggerated whiplash &ndash; patterns 2024</b></p>
<p>Tuesday, 10 December 2024, 14:00&ndash;15:30 CET, online</p>
<ul>
<li>How organised groups recruit &ldquo;passengers&rdquo; for low-speed rear-end collisions</li>
<li>Network analysis: repeat claimants, shared addresses, shared lawyers and clinics</li>
<li>Medical red flags: identical wording in GP certificates, late onset of symptoms</li>
<li>Legal limits: what you may store and share under GDPR Art. 6(1)(f) and Art. 10</li>
</ul>
<p>Speakers: a former police fraud investigator and an in-house counsel of a European motor insurer.</p>
<p><a href="https://events.claims-fraud-academy.example/register?id=2412" style="background:#7b1e1e;color:#fff;padding:8px 16px;text-decoration:none">Register now</a></p>
<p style="font-size:11px;color:#888">Forwarded by Harkenberg Fraud Prevention for internal information.
You receive this because you are a member of the SIU mailing list.</p>
</td></tr></table></body></html>
"""
    return msg(53, LORENZ, "siu-info@" + DOM, "Webinar 10 Dec: staged accidents & exaggerated whiplash",
               dt(2024, 11, 22, 8, 30, 1), html(htm, cte="base64"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "reply to a French insurer's recourse for its injured policyholder's passenger: skull fracture, ICU, costs")
def m054():
    body = """Dear Madame Lefebvre,

Your ref.: SIN-2024-118732 / our ref.: K-24-023390
Accident of 14 July 2024, A2 near Rheda-Wiedenbrück

Thank you for your letter of 8 November. We confirm that our policyholder is fully
liable for the accident and that we will reimburse your payments for your insured's
passenger, Mr Julien Moreau, under Article 4 of the Green Card / 4th Directive
framework.

We have checked the hospital documents you sent:
 - Klinikum Gütersloh, intensive care 14-19 July (fracture of the skull base, S02.1,
   intracranial haemorrhage), then neurology ward until 2 August,
 - secondary transport to CHU Lille on 2 August (EUR 6,180),
 - rehabilitation at Centre de Rééducation de Berck, 5 August - 27 September.

We accept the hospital, transport and rehabilitation costs (EUR 78,412.60 in total).
For the loss of earnings we need Mr Moreau's employer certificate and the daily
allowance paid by the CPAM, itemised per period. Regarding his residual cognitive
deficits mentioned in the neuropsychological report, we suggest a joint expert
examination in Lille.

Yours sincerely
Piet van Doorn
International Claims

""" + SIG_EN
    return msg(54, VANDOORN, ext("Claire Lefebvre", "claire.lefebvre@mutuelle-nordest.example"),
               "Your ref SIN-2024-118732 - Mr J. Moreau - our ref K-24-023390", dt(2024, 11, 22, 14, 0, 1),
               text(body))


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "recourse with a Dutch insurer, 50/50 split on vehicle damage, names and plates of both drivers; no injuries")
def m055():
    body = """Dear Mr Bakker,

Your ref. 2024/SCH/447182 - your insured Ms Femke de Graaf, NL registration R-712-KX
Our ref. K-24-028770 - our insured Mr Thorsten Albers, BI-TA 550

Thank you for the dashcam video. I agree that it does not show who started the lane
change first; neither did the two witnesses, who contradict each other. Neither driver
was injured.

Proposal for settlement on a 50/50 basis:

                       our insured           your insured
  repair costs         EUR 4,780.00          EUR 3,112.55
  expert fee           EUR   540.00          EUR   395.00
  total                EUR 5,320.00          EUR 3,507.55
  50 % borne by other  EUR 2,660.00          EUR 1,753.78

Balance in our favour: EUR 906.22. If you agree, please transfer this amount quoting
K-24-028770 and we will close both files.

Best regards
Melek Aydin
Recourse

""" + SIG_EN
    return msg(55, AYDIN, ext("Ruud Bakker", "r.bakker@polder-verzekeringen.example"),
               "Re: 2024/SCH/447182 - A30 lane change - proposal 50/50", dt(2024, 11, 25, 10, 22, 1),
               text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "de", "insurer-to-lawyer",
      "trap: circular to partner law firms on a flat-fee agreement and secure upload of medical reports; no case")
def m056():
    body = """Sehr geehrte Damen und Herren Rechtsanwältinnen und Rechtsanwälte,

mit diesem Rundschreiben informieren wir alle Kanzleien, mit denen wir in Kfz-Schäden
regelmäßig korrespondieren, über zwei Neuerungen ab 01.01.2025:

1. Gebührenvereinbarung
   Für außergerichtlich regulierte Haftpflichtschäden ohne Personenschaden bieten wir
   weiterhin die pauschale 1,5 Geschäftsgebühr an (Gegenstandswert = Erledigungswert).
   Für Personenschäden gilt künftig die 1,8 Geschäftsgebühr, wenn die Regulierung
   innerhalb von 6 Monaten abgeschlossen wird.

2. Arztberichte, Atteste, Gutachten
   Bitte senden Sie medizinische Unterlagen Ihrer Mandanten ausschließlich über unser
   SecureMail-Portal (https://securemail.harkenberg-versicherung.example) oder per Post.
   Unverschlüsselt per E-Mail eingehende Arztberichte werden wir künftig nicht mehr
   bearbeiten, sondern Sie um erneute Übermittlung bitten. Die Zugangsdaten für Ihre
   Kanzlei erhalten Sie auf Anfrage.

Für Rückfragen steht Ihnen Frau Jana Reimers (0521 555 40-317) zur Verfügung.

Mit freundlichen Grüßen
Dr. Frieder Kalb
Leiter Kfz-Schaden
Harkenberg Versicherung AG
"""
    return msg(56, KALB, "undisclosed-recipients:;", "Rundschreiben an Partnerkanzleien: Gebühren und Übermittlung medizinischer Unterlagen",
               dt(2024, 11, 25, 12, 0, 1), text(body), extra=[("Bcc", "kanzleiverteiler@" + DOM)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "statutory accident insurer's recourse for a commuting accident: named employee, knee injury, surgery, injury benefit")
def m057():
    body = """Sehr geehrter Herr Drewes,

Ihr Az.: 4-2024-118903-RE / unser Zeichen K-24-020771
Versicherter: Herr Sven Pohlmann, geb. 19.02.1983
Wegeunfall vom 04.06.2024 (Radfahrer, Kollision mit unserem VN)

wir danken für Ihre Forderungsaufstellung nach § 116 SGB X vom 11.11.2024. Zur Prüfung
der Höhe bitten wir noch um folgende Unterlagen:

1. D-Arzt-Bericht und Operationsbericht (vordere Kreuzbandruptur rechts, S83.53,
   Kreuzbandplastik am 18.06.2024 in der BG-Klinik),
2. Reha-Entlassungsbericht (EAP 24 Einheiten),
3. Nachweis der Verletztengeldzahlung 15.07.–29.09.2024 mit Tagessatz,
4. Ihre Einschätzung zur MdE – in Ihrem Schreiben ist eine Rente nach einer MdE von
   20 % angekündigt; wir bitten um das Rentengutachten, sobald es vorliegt.

Die Haftung unseres Versicherungsnehmers ist zu 100 % unstreitig. Ein Mitverschulden
wegen des fehlenden Helms machen wir bei Knieverletzungen nicht geltend.

Mit freundlichen Grüßen
Melek Aydın
Regress / SVT-Regress
"""
    return msg(57, AYDIN, ext("BG Handel und Logistik Nordwest – Regress", "regress.bielefeld@bg-handel-nw.example"),
               "Ihr Az. 4-2024-118903-RE – Pohlmann – unser Zeichen K-24-020771", dt(2024, 11, 26, 9, 30, 1),
               text(body))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "hearing letter to a named customer on late notification of a claim (breach of duty), possible recourse; no injury")
def m058():
    body = """Sehr geehrter Herr Lübbert,

am 18.11.2024 hat uns der Anwalt eines Herrn Karsten Imort einen Haftpflichtschaden
aus einem Unfall vom 29.08.2024 auf dem Parkplatz des Baumarkts in Herford gemeldet
(Sachschaden ca. 2.900 €, Zeuge vorhanden). Sie selbst haben uns diesen Schaden nicht
angezeigt.

Nach E.1.1.1 AKB sind Sie verpflichtet, uns jedes Schadenereignis innerhalb einer
Woche zu melden. Bevor wir über die Folgen entscheiden, geben wir Ihnen Gelegenheit
zur Stellungnahme:

 - War Ihnen der Anstoß bewusst?
 - Warum wurde der Schaden nicht gemeldet?
 - Wer ist am 29.08.2024 mit Ihrem Fahrzeug HF-WL 17 gefahren?

Bitte antworten Sie bis 13.12.2024. Den berechtigten Anspruch des Geschädigten
regulieren wir in jedem Fall; ein Regress Ihnen gegenüber ist bei einer vorsätzlichen
Obliegenheitsverletzung bis 2.500 € möglich.

Mit freundlichen Grüßen
Tobias Wendt
Vertrag HK 7 351 006 18 – Schaden-Nr. K-24-033102
"""
    return msg(58, WENDT, ext("Werner Lübbert", "w.luebbert@herford-mail.example"),
               "Schaden K-24-033102 – Bitte um Stellungnahme", dt(2024, 11, 26, 14, 12, 1), text(body))


@mail("NORMAL", "de", "internal",
      "trap: internal instruction on rental-car cost tables (Schwacke/Fraunhofer) and loss-of-use rates; no case")
def m059():
    body = """Hallo zusammen,

kurze Weisung zur Mietwagenregulierung, gültig ab sofort:

1. Erstattungsmaßstab Normaltarif: Mittelwert ("Fracke") aus Schwacke-Mietpreisspiegel
   und Fraunhofer-Marktpreisspiegel, jeweils aktuelles Jahr, Postleitzahlgebiet des
   Anmietortes. Das OLG Hamm macht es so, wir auch.
2. Unfallersatztarife nur mit Aufschlag bis max. 20 % und nur, wenn der Geschädigte
   nachweislich keinen günstigeren Tarif bekommen konnte (Eilanmietung nachts/am WE).
3. Eigenersparnis: 5 % bei Anmietung einer niedrigeren Gruppe entfällt, sonst 10 %.
4. Nutzungsausfall statt Mietwagen nach Tabelle Sanden/Danner/Küppersbusch.
5. Bei Personenschäden, wenn der Geschädigte nicht selbst fahren kann: Mietwagen nur,
   wenn ein anderer Fahrer ihn tatsächlich für seine Fahrten nutzt – sonst Taxikosten.
   Begründung bitte in die Akte, nicht in die Mail an die Vermietung.

Rollfix bleibt unser Vorzugspartner (Direktvermittlung, Rahmenpreise).

Ulrike
"""
    return msg(59, SANDMANN, "kfz-schaden-alle@" + DOM, "Weisung Mietwagen: Fracke, Unfallersatztarif, Nutzungsausfall",
               dt(2024, 11, 27, 8, 10, 1), text(body, cte="8bit", flowed=True))


@mail("NORMAL", "de", "newsletter",
      "trap: customer-magazine article on neck pain after rear-end collisions; general advice, no person")
def m060():
    plain = """Harkenberg Kundenmagazin "unterwegs" – Ausgabe Winter 2024

Nach dem Auffahrunfall: Nackenschmerzen ernst nehmen

Ein Ruck, ein Knall – und erst am nächsten Morgen tut der Nacken weh. Das ist typisch
für eine sogenannte HWS-Distorsion ("Schleudertrauma"). Was Sie tun sollten:

* Auch bei leichten Beschwerden am selben oder nächsten Tag zum Arzt gehen und den
  Unfall erwähnen. Ein zeitnaher Befund hilft später bei der Regulierung.
* Bewegung statt Halskrause: Ärzte raten heute meist zu normaler Aktivität und
  gezielter Physiotherapie.
* Notieren Sie Schmerzen, Arztbesuche und Ausfalltage – das erleichtert die
  Berechnung von Schmerzensgeld und Haushaltsführungsschaden.
* Warnsignale wie Taubheit in den Armen, starke Schwindelattacken oder Sehstörungen
  gehören sofort in ärztliche Hände.

Sie wurden unverschuldet verletzt? Der Haftpflichtversicherer des Unfallgegners muss
zahlen. Sie sind bei uns rechtsschutzversichert? Dann übernehmen wir die Anwaltskosten.

Weitere Themen dieser Ausgabe: Winterreifenpflicht, E-Auto laden im Urlaub,
Gewinnspiel. Abmelden: www.harkenberg-versicherung.example/magazin/abmelden
"""
    htm = """<html><body style="font-family:Georgia,serif;font-size:14px;max-width:640px">
<p style="color:#555">Harkenberg Kundenmagazin <i>unterwegs</i> &ndash; Ausgabe Winter 2024</p>
<h2>Nach dem Auffahrunfall: Nackenschmerzen ernst nehmen</h2>
<p>Ein Ruck, ein Knall &ndash; und erst am n&auml;chsten Morgen tut der Nacken weh. Das ist typisch f&uuml;r eine
sogenannte HWS-Distorsion (&bdquo;Schleudertrauma&ldquo;). Was Sie tun sollten:</p>
<ul>
<li>Auch bei leichten Beschwerden am selben oder n&auml;chsten Tag zum Arzt gehen und den Unfall erw&auml;hnen.</li>
<li>Bewegung statt Halskrause: &Auml;rzte raten heute meist zu normaler Aktivit&auml;t und gezielter Physiotherapie.</li>
<li>Notieren Sie Schmerzen, Arztbesuche und Ausfalltage.</li>
<li>Warnsignale wie Taubheit in den Armen, starke Schwindelattacken oder Sehst&ouml;rungen geh&ouml;ren sofort in &auml;rztliche H&auml;nde.</li>
</ul>
<p>Sie wurden unverschuldet verletzt? Der Haftpflichtversicherer des Unfallgegners muss zahlen.</p>
<p style="font-size:11px;color:#888"><a href="https://www.harkenberg-versicherung.example/magazin/abmelden">Abmelden</a></p>
</body></html>
"""
    return msg(60, person("Harkenberg Kundenmagazin", "magazin"), "magazin-abonnenten@lists." + DOM,
               "unterwegs Winter 2024: Nackenschmerzen nach dem Auffahrunfall, Winterreifen, E-Auto",
               dt(2024, 11, 28, 6, 30, 1), multi("alternative", [text(plain), html(htm)], "m060"))


@mail("NORMAL", "en", "internal",
      "trap: GDPR quiz for claims staff about medical reports with fictitious 'Mr X' cases; no real person")
def m061():
    body = """Hi all,

as promised, the short quiz from the data protection training. Answers next Friday,
no prizes except eternal glory. All cases are invented.

1. A solicitor e-mails the GP report of "Mr X" (whiplash, antidepressants) to the
   general claims inbox, unencrypted. What do you do?
   a) forward it to the bodily-injury team by e-mail
   b) upload it to the claim file, delete it from the inbox and ask the solicitor to
      use the portal in future
   c) print it and leave it on the printer for the team

2. The employer of "Ms Y" calls and asks whether she is "really that ill" after the
   accident. May you answer?

3. You need the physiotherapy records for a neck injury claim. The claimant offers to
   send her full health insurance history since 2010. Do you accept?

4. Which of these is NOT special-category data under Art. 9 GDPR?
   a) blood alcohol level in a police report (careful - Art. 10!)
   b) the diagnosis "S13.4"
   c) the repair cost of the car
   d) a wheelchair mentioned in a rental car order

5. A colleague keeps a private Excel list of "suspicious whiplash claimants" on her
   desktop. Fine, since it is only for fraud prevention?

Cheers
Sophie

Sophie Brandauer | Data Protection Officer | Harkenberg Versicherung AG
"""
    return msg(61, BRANDAUER, "kfz-schaden-alle@" + DOM, "Quiz: data protection in bodily injury claims",
               dt(2024, 11, 28, 13, 45, 1), text(body, charset="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "windscreen claim of a named US customer (plate, contract, garage appointment, excess); no injury")
def m062():
    body = """Hi Mr Caldwell,

thanks for sending the photos - that is definitely a replacement, not a chip repair,
the crack runs right through the driver's field of view.

Claim no. K-24-033418, policy HK 7 625 401 90 (partial own-damage, excess EUR 150)
Vehicle: Jeep Compass, BI-JC 76

I've booked you in with our partner Glas-Express Sennestadt for Tuesday, 3 December,
8:00 am; the replacement takes about 2 hours plus one hour for the camera calibration
(lane assist). They bill us directly; you only pay the EUR 150 excess at the counter.

If the date doesn't work for you, just call them at 05205 7712 40 and quote the claim
number. Windscreen claims do not affect your no-claims class.

Best
Tobias Wendt
"""
    return msg(62, WENDT, ext("Brian Caldwell", "brian.caldwell@usmail-intl.example"),
               "Windscreen replacement booked - K-24-033418", dt(2024, 11, 29, 9, 5, 1),
               text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-claimant",
      "household-management damage questionnaire to an injured claimant: wrist fracture, cast period, household help")
def m063():
    body = """Sehr geehrte Frau Ahlers,

wir möchten Ihren Haushaltsführungsschaden regulieren. Durch den Bruch Ihres rechten
Handgelenks (Gips vom 30.10. bis 21.11.2024, danach Ergotherapie) konnten Sie Ihren
Haushalt nach Ihren Angaben nur eingeschränkt führen.

Damit wir den Schaden nach den Tabellen von Schah Sedi/Pardey berechnen können,
beantworten Sie bitte folgende Fragen:

 1. Wie viele Personen leben in Ihrem Haushalt (Alter der Kinder)?
 2. Wohnfläche, Garten ja/nein?
 3. Welche Tätigkeiten haben Sie vor dem Unfall selbst erledigt (Kochen, Putzen,
    Wäsche, Einkauf, Garten, Betreuung)?
 4. Was konnten Sie in welchem Zeitraum nicht oder nur teilweise?
 5. Hat jemand geholfen (Ehemann, Nachbarin, bezahlte Hilfe)? Bei bezahlter Hilfe
    bitte Quittungen beifügen.

Ihre Ärztin hat eine Minderung der Haushaltsführungsfähigkeit von 70 % für die Gips-
phase und 30 % bis Mitte Dezember bescheinigt. Sie müssen das nicht noch einmal
nachweisen.

Mit freundlichen Grüßen
Jana Reimers
Schaden-Nr. K-24-031904
"""
    return msg(63, REIMERS, ext("Gerlinde Ahlers", "g.ahlers@bielefeld-net.example"),
               "Ihr Haushaltsführungsschaden – Fragebogen", dt(2024, 12, 2, 10, 30, 1), text(body))


@mail("NORMAL", "de", "insurer-to-assessor",
      "trap: PDF checklist for network experts (photos, injury-related markers like airbag deployment) without any case")
def m064():
    body = """Sehr geehrte Damen und Herren Sachverständige,

anbei die aktualisierte Checkliste für Haftpflicht- und Kaskogutachten im Harkenberg-
Gutachternetz (Version 2025-01). Neu sind die Punkte 7 und 8: Bei Personenschäden
brauchen wir für die Unfallanalytik zwingend Angaben zu Airbag-/Gurtstrafferauslösung
und zur Lage der Kopfstützen – bitte nur technische Feststellungen, keine Angaben zu
Verletzungen der Insassen in das Fahrzeuggutachten aufnehmen.

Mit freundlichen Grüßen
Niklas Fahrenkamp
Gutachtersteuerung
"""
    lines = ["Harkenberg Gutachternetz - Checkliste Kfz-Schadengutachten (Version 2025-01)",
             "",
             "1. Auftragsdaten vollständig (Auftrag-Nr., Schaden-Nr.) - nur im Deckblatt",
             "2. Fotos: 4 Gesamtansichten, Detailfotos jedes Schadens, Tacho, Typschild",
             "3. Reparaturweg nach Herstellervorgaben, Kalibrierungen ausweisen",
             "4. Wertminderung nach Ruhkopf/Sahm oder MFM, Methode benennen",
             "5. Restwert: 3 Angebote regionaler Markt, keine Börsenangebote ungefragt",
             "6. Vorschäden/Altschäden erkennbar? Ja/nein mit Foto",
             "7. Airbag / Gurtstraffer ausgelöst? Welche? Steuergerät auslesen, wenn möglich",
             "8. Kopfstützen: Höhe/Abstand dokumentieren (für Unfallanalytik)",
             "9. Keine Angaben zu Verletzungen, Krankenhaus oder Gesundheit der Insassen",
             "10. Rechnung: Honorartabelle Rahmenvertrag, Nebenkosten pauschal",
             "",
             "Fragen: gutachtersteuerung@harkenberg-versicherung.example"]
    parts = [text(body), attach(pdf(lines, "Checkliste Gutachten 2025-01"), "application/pdf",
                                "Checkliste_Kfz-Gutachten_2025-01.pdf")]
    return msg(64, FAHRENKAMP, "gutachternetz@lists." + DOM, "Checkliste Kfz-Gutachten Version 2025-01",
               dt(2024, 12, 2, 15, 0, 1), multi("mixed", parts, "m064"))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "comprehensive claim on a leased car of a named British customer: leasing company, contract, payout split; no injury")
def m065():
    body = """Dear Mrs Pemberton,

thank you for your patience. The repairs to your leased BMW i4 (BI-SP 404, claim
K-24-030544) are finished and the workshop has confirmed the invoice.

As the car is leased, the insurance payment goes to the leasing company, which owns
the vehicle:

  Lessor:                 Weser Auto Leasing GmbH, contract no. WAL-88-120447
  Repair invoice (gross)  EUR 7,418.90
  paid to the workshop    EUR 6,918.90 (assignment signed by the lessor)
  your excess             EUR   500.00 (please pay the workshop directly)

Because you are entitled to deduct VAT as a self-employed translator, we can only
reimburse the net amount for your part - please let us know if that is not the case
and send us your tax adviser's confirmation.

The lessor will also receive a copy of this letter.

Kind regards
Tobias Wendt
Motor claims
"""
    return msg(65, WENDT, ext("Sarah Pemberton", "sarah@pemberton-translations.example"),
               "Your claim K-24-030544 - leased BMW i4", dt(2024, 12, 3, 11, 11, 1),
               text(body), cc=ext("Weser Auto Leasing – Schaden", "schaden@weser-autoleasing.example"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-claimant",
      "letter to an injured British cyclist: concussion, broken collarbone, hospital, interim payment")
def m066():
    body = """Dear Mr Harrington,

We are the motor liability insurer of the van driver who collided with you on
20 September 2024 on the Weser cycle route near Minden (our ref. K-24-029471).

We have received the discharge letter from Johannes Wesling Klinikum Minden. It
confirms that you were treated for concussion and a fracture of the right collarbone
and stayed in hospital for three nights before travelling home.

We accept liability in full and will make an interim payment of EUR 3,000 for pain and
suffering now. We will also reimburse:
 - your new helmet and cycling clothes (EUR 412, receipts received),
 - the repair of your bicycle (EUR 1,230 as per the estimate from Cycle Works, York),
 - the rebooking of your return flight (EUR 287).

For the final assessment we will need a report from your treating doctor in the UK once
the fracture has healed and you have been discharged from physiotherapy. If you decide
to instruct a solicitor, please ask them to contact us directly.

Please let us have your bank details (IBAN and BIC) for the payment.

Yours sincerely
Piet van Doorn
International Claims

""" + SIG_EN
    return msg(66, VANDOORN, ext("Tom Harrington", "tom.harrington@northmail.example"),
               "Your accident on 20 September 2024 near Minden - our ref. K-24-029471", dt(2024, 12, 3, 14, 40, 1),
               text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "de", "internal",
      "trap: forwarded police press statistics on accidents, injured and killed in the region; aggregates only")
def m067():
    body = """Zur Info für die Planung 2025 - die Kreispolizeibehörde hat die Halbjahreszahlen
veröffentlicht. Für uns interessant: Anstieg der Radfahrerunfälle mit Verletzten.
F. K.

-------- Weitergeleitete Nachricht --------
Betreff: Pressemitteilung: Verkehrsunfallbilanz 1. Halbjahr 2024
Von: Pressestelle Polizei OWL <pressestelle@polizei-owl.example>

Verkehrsunfallbilanz 1. Halbjahr 2024 für den Bereich Bielefeld/Gütersloh

                                   1. HJ 2023    1. HJ 2024   Veränderung
Verkehrsunfälle gesamt                 12.904        13.311        +3,2 %
  davon mit Personenschaden             1.688         1.742        +3,2 %
Verletzte gesamt                        2.161         2.230        +3,2 %
  davon schwer verletzt                   301           287        -4,7 %
Getötete                                   14            11
Unfälle mit Radfahrenden                  598           671       +12,2 %
Unfälle unter Alkoholeinfluss             171           159        -7,0 %
Unfallfluchten                          3.402         3.510        +3,2 %

Hauptunfallursachen: Vorfahrt/Vorrang, Abstand, Geschwindigkeit, Abbiegen.
Die Polizei kündigt verstärkte Kontrollen an Unfallschwerpunkten an.
"""
    return msg(67, KALB, "kfz-schaden-fuehrungskreis@" + DOM, "WG: Pressemitteilung: Verkehrsunfallbilanz 1. Halbjahr 2024",
               dt(2024, 12, 4, 8, 20, 1), text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "fleet claim of a haulage company naming the employed driver, contact person, plates and amounts; no injury")
def m068():
    body = """Sehr geehrte Frau Tegeler,

zum Flottenschaden Ihres Unternehmens (Rahmenvertrag FL 9 004 118, Spedition
Wehmeier GmbH & Co. KG) vom 27.11.2024 auf dem Betriebshof in Gütersloh:

Fahrzeug:  MAN TGS, GT-WH 412
Fahrer:    Herr Andrzej Nowak (Personal-Nr. lt. Ihrer Meldung 1187)
Hergang:   beim Rangieren rückwärts gegen das Rolltor der Halle 3 gestoßen;
           keine Personen verletzt
Schaden:   Rolltor (Fremdeigentum der Vermieterin Immobilien Pöppelmann KG)
           und Heckleuchten/Unterfahrschutz am Lkw

Das Rolltor regulieren wir über die Kfz-Haftpflicht (Schaden-Nr. K-24-033650),
den Lkw über die Vollkasko (K-24-033651, SB 1.000 €). Bitte schicken Sie uns noch
die Rechnung des Torherstellers und eine kurze schriftliche Schilderung von Herrn Nowak.

Der Schaden fließt in die Schadenquote Ihres Flottenvertrags ein; die Quote liegt
aktuell bei 71 %. Gern bespreche ich mit Ihnen im Januar Maßnahmen (Rangierkamera,
Fahrerschulung).

Mit freundlichen Grüßen
Tobias Wendt
"""
    return msg(68, WENDT, ext("Jutta Tegeler (Spedition Wehmeier)", "j.tegeler@spedition-wehmeier.example"),
               "Flottenschaden 27.11.2024 – GT-WH 412 – K-24-033650/-651", dt(2024, 12, 4, 11, 30, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "internal note on a fatal accident: named deceased, cause of death, survivors' bereavement money and maintenance")
def m069():
    body = """Frieder, Melek,

zum tödlichen Unfall B 61 vom 24.11. (K-24-033380), damit wir am Montag beraten können:

- Getötet wurde Herr Erwin Landwehr, 58 J., Fahrer des entgegenkommenden Pkw.
  Todesursache laut Obduktionsbericht der StA: Polytrauma mit Aortenruptur, noch am
  Unfallort verstorben. Unser VN (Fahrer Lkw) war nach dem Blutbild nicht alkoholisiert;
  die StA ermittelt wegen fahrlässiger Tötung (Sekundenschlaf?).
- Hinterbliebene: Ehefrau Marion Landwehr (55), zwei erwachsene Kinder, eine Tochter
  (17) lebt noch im Haushalt.
- Anwalt der Familie (RA Dr. Kürten) fordert:
  Hinterbliebenengeld je 15.000 € für Ehefrau und Tochter, 10.000 € je Sohn,
  Beerdigungskosten 11.480 €, Unterhaltsschaden (Herr L. war Alleinverdiener,
  netto ca. 3.900 €/Monat).
- Frau Landwehr ist laut Anwalt in psychiatrischer Behandlung (Schockschaden) –
  eigener Anspruch als Schockschaden wird angekündigt.

Vorschlag: Vorschuss 25.000 € sofort, Reserve 420.000 €.

Jana
"""
    return msg(69, REIMERS, KALB + ", " + AYDIN, "Todesfall B 61 – K-24-033380 – Vorbereitung Montag",
               dt(2024, 12, 5, 17, 50, 1), text(body))


@mail("NORMAL", "mixed", "internal",
      "trap: German-English mail about a recourse KPI dashboard; only aggregate figures")
def m070():
    body = """Hi Piet, hallo Melek,

the new recourse dashboard is live: https://bi.harkenberg-versicherung.example/regress

Kurzer Überblick / quick overview (YTD November 2024):

  Regressforderungen gesamt / total recourse demands ...... 2.811
  davon international / of which foreign insurers ........... 214
  Realisierungsquote / recovery rate ........................ 87,4 %
  Ø Laufzeit bis Zahlung / avg. days to payment ............. 63
  Teilungsabkommen mit Krankenkassen / sharing agreements ... 1.055 Fälle, 4,9 Mio. €

Einzelfälle sind im Dashboard nicht sichtbar, nur Aggregate je Gegner-Versicherer
(only insurers, no individual claims). Drill-down to claim level is in the core
system as before.

Feedback bitte bis Freitag / feedback by Friday, then I'll freeze version 1.0.

Danke & cheers
Lars
"""
    return msg(70, HUETTEMANN, VANDOORN + ", " + AYDIN, "Recourse dashboard live / Regress-Dashboard online",
               dt(2024, 12, 6, 10, 15, 1), text(body))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "hail-damage drive-in appointment for a named customer: plate, contract, claim no., home address; no injury")
def m071():
    body = """Dear Mr Lindqvist,

Thank you for reporting the hail damage of 28 November. Your claim number is
K-24-033590 (policy HK 7 544 100 26, partial own damage, no excess for hail).

We have booked you into our hail drive-in centre:

  Date/time:  Saturday, 14 December 2024, 10:40
  Place:      Harkenberg Hail Centre, Halle 4, Eckendorfer Strasse 90, 33609 Bielefeld
  Vehicle:    Volvo V60, BI-KL 2808

An expert will assess the dents with a scanner (about 20 minutes). If paintless dent
repair is possible, the workshop next door can start straight away.

If you cannot come, we can also send an expert to your home at Hünenburgweg 11,
Bielefeld - just reply to this e-mail.

Kind regards
Your Harkenberg motor claims team
"""
    return msg(71, SCHADEN, ext("Karl Lindqvist", "karl.lindqvist@nordic-mail.example"),
               "Hail damage appointment - K-24-033590", dt(2024, 12, 6, 13, 0, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to a named claimant's GP for a medical report (whiplash, AU, prior complaints) with release enclosed")
def m072():
    body = """Sehr geehrte Frau Kollegin Dr. Hagedorn,

Ihr Patient Herr Dariusz Kowalczyk, geb. 30.03.1979, macht gegen unseren
Versicherungsnehmer Ansprüche aus einem Verkehrsunfall vom 17.09.2024 geltend.
Er hat Sie am 18.09.2024 wegen Nacken- und Kopfschmerzen aufgesucht.

Mit der beigefügten Schweigepflichtentbindung (unterzeichnet am 21.10.2024) bitten
wir Sie um einen kurzen Befundbericht:

 1. Befund bei Erstvorstellung, Diagnose (ICD-10),
 2. Therapie (Medikation, Überweisungen, Physiotherapie),
 3. Dauer der Arbeitsunfähigkeit,
 4. Behandlungen wegen HWS-Beschwerden in den fünf Jahren vor dem Unfall.

Für den Bericht vergüten wir pauschal 45,00 EUR zzgl. Porto (Rechnung bitte beifügen).
Bitte senden Sie den Bericht per Post oder Fax - nicht per E-Mail.

Mit freundlichen Grüßen

i. A. Jana Reimers
Harkenberg Versicherung AG, Kfz-Personenschaden
Unser Zeichen: K-24-029904
"""
    return msg(72, REIMERS, ext("Hausarztpraxis Dr. Hagedorn", "praxis@hausarzt-hagedorn.example"),
               "Befundbericht – Ihr Patient D. Kowalczyk – unser Zeichen K-24-029904",
               dt(2024, 12, 9, 9, 20, 1), text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: purchase order for a translation agency (medical reports, rates, NDA) without any document or person")
def m073():
    body = """Dear Ms Novak,

following your quotation Q-2024-311 we place a framework order for translations in
motor bodily-injury claims:

  PO number:          BE-4500221407
  period:             1 January - 31 December 2025
  language pairs:     EN, PL, NL, FR, IT, CZ, TR <> DE
  document types:     medical reports, discharge letters, police reports, solicitors'
                      letters, expert opinions
  rate:               EUR 1.55 per standard line (55 characters), medical terminology
                      surcharge 15 %, urgent (48 h) surcharge 30 %
  cap:                EUR 40,000 net

Conditions:
- translators must be bound by confidentiality (signed NDA per translator) and be
  covered by your data processing agreement (DPA v3, signed 12 November 2024);
- documents are exchanged only via our secure portal, never by e-mail;
- no machine translation services outside the EU.

Please confirm the order by return.

Kind regards
Kerstin Obermeier
Procurement

""" + SIG_EN
    return msg(73, OBERMEIER, ext("Marta Novak", "m.novak@lingua-medica.example"),
               "Purchase order BE-4500221407 - translation framework 2025", dt(2024, 12, 9, 11, 45, 1),
               text(body, charset="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "letter to a Danish lawyer for a named car owner: vehicle damage, loss of use, towing; no injury")
def m074():
    body = """Dear Mr Sørensen,

Your client: Mr Mads Kjeldsen, Aarhus - registration DK AB 12 345
Our ref.: K-24-030102, accident of 11 October 2024, A2 Porta Westfalica

We accept liability on behalf of our policyholder. Your letter does not mention any
injuries, and the police report records none; please let us know promptly if this is
not correct.

We settle as follows:
  repair costs (Danish workshop estimate, net)      DKK 41,250  =  EUR 5,531.20
  towing from Porta Westfalica to Aarhus                            EUR 1,480.00
  loss of use 9 days, German table group D                         EUR   423.00
  general expenses                                                 EUR    25.00
  your fees (German RVG, 1.3 fee on EUR 7,459.20)                  EUR   727.60

Please send us your client account details (IBAN/BIC). We will pay within 10 days.

Kind regards
Melek Aydin

""" + SIG_EN
    return msg(74, AYDIN, ext("Jesper Sørensen", "js@advokat-soerensen.example"),
               "Your client Mr Mads Kjeldsen - our ref K-24-030102", dt(2024, 12, 10, 9, 5, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
      "mail to a garage that mentions the named driver was taken to hospital after airbag deployment (injury in a repair context)")
def m075():
    body = """Hallo Herr Menke,

zum Unfallwagen von Frau Tatjana Becker (Seat Leon ST, BI-TB 9090, Schaden-Nr.
K-24-033822), der seit Samstag bei Ihnen auf dem Hof steht:

- Bitte noch nicht mit der Reparatur anfangen. Der Gutachter kommt Donnerstag;
  nach den Fotos befürchten wir einen Totalschaden (Airbags vorn und Seite ausgelöst,
  Längsträger).
- Bitte das Airbag-Steuergerät nicht abklemmen oder auslesen lassen, bevor der
  Unfallanalytiker es gesehen hat – wir brauchen die Crashdaten für den
  Personenschaden. Frau Becker lag nach dem Unfall drei Tage im Klinikum
  (Brustbeinbruch durch den Gurt) und ist noch krankgeschrieben.
- Persönliche Sachen aus dem Auto (Kindersitz, Handtasche) holt ihr Mann ab, nicht sie
  selbst.

Standgeld übernehmen wir bis zur Entscheidung.

Danke
Niklas Fahrenkamp
Gutachtersteuerung
"""
    return msg(75, FAHRENKAMP, ext("Autohaus Menke GmbH – Service", "service@autohaus-menke.example"),
               "BI-TB 9090 – bitte noch nicht reparieren", dt(2024, 12, 10, 14, 28, 1), text(body, cte="8bit"))


@mail("NORMAL", "de", "internal",
      "trap: DOCX draft DPIA for a telematics/crash-detection app (categories of data, risks); no person")
def m076():
    body = """Hallo Frau Brandauer,

anbei der Entwurf der DSFA für die Telematik-App "Harkenberg Drive" (Crash-Erkennung
und automatischer Notruf). Abschnitt 4 (Gesundheitsdaten bei Crash-Meldung) habe ich
nach unserem Gespräch neu geschrieben. Können Sie bis Mitte Januar drüberschauen?

Viele Grüße
Lars Hüttemann
"""
    doc = docx([
        "# Datenschutz-Folgenabschätzung (Art. 35 DSGVO) – Entwurf v0.4",
        "Verarbeitung: Telematik-App „Harkenberg Drive“ mit Crash-Erkennung und eCall-ähnlichem Notruf",
        "# 1. Beschreibung",
        "Die App erfasst Beschleunigungsdaten des Smartphones. Bei einem Aufprall > 4 g wird der Nutzer gefragt, "
        "ob er Hilfe benötigt. Antwortet er nicht innerhalb von 60 Sekunden, informiert die Notrufzentrale des "
        "Dienstleisters die Rettungsleitstelle mit Standort.",
        "# 2. Kategorien personenbezogener Daten",
        "Standort, Fahrverhalten (Bremsen, Beschleunigen, Geschwindigkeit), Crash-Ereignisse; bei Notruf: "
        "Angaben des Nutzers zu Verletzungen (Freitext/Sprachanruf) – Gesundheitsdaten nach Art. 9 DSGVO.",
        "# 3. Risiken",
        "Profilbildung über Fahrverhalten; Rückschlüsse auf Aufenthaltsorte (Arzt, Klinik, Glaubensstätte); "
        "Weitergabe von Verletzungsangaben an die Schadenabteilung ohne Rechtsgrundlage.",
        "# 4. Maßnahmen",
        "Verletzungsangaben verbleiben beim Notrufdienstleister und werden nach 72 Stunden gelöscht; "
        "die Schadenabteilung erhält nur Zeitpunkt und Ort des Crash-Ereignisses, und nur nach Einwilligung.",
        "# 5. Ergebnis",
        "Restrisiko vertretbar, sofern Maßnahmen 4.1–4.6 umgesetzt werden. Konsultation der Aufsichtsbehörde nicht erforderlich.",
    ], "DSFA Harkenberg Drive v0.4")
    parts = [text(body), attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                "DSFA_Harkenberg_Drive_v0.4.docx")]
    return msg(76, HUETTEMANN, BRANDAUER, "DSFA Telematik-App – Entwurf v0.4", dt(2024, 12, 11, 16, 10, 1),
               multi("mixed", parts, "m076"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "customer receives the other party's personal data (name, address, insurer, plate) from keeper enquiry; no injury")
def m077():
    body = """Hallo Frau Schröer,

wie telefonisch besprochen, hier die Daten des Unfallgegners, die wir über den
Zentralruf und die Halteranfrage erhalten haben:

  Fahrer:            Herr Timo Brinkmann (laut Polizei), Halterin: Frau Gisela
                     Brinkmann, Heeper Straße 140, 33607 Bielefeld
  Kennzeichen:       BI-GB 1955
  Haftpflichtvers.:  Westfalia Direkt Versicherung AG, Schaden-Nr. WD-24-559013

Da Sie bei uns nur Teilkasko haben, melden Sie Ihren Schaden (Kratzer Fahrerseite,
Spiegel) bitte direkt bei der Westfalia Direkt an. Wenn Sie möchten, übernimmt das
auch Ihre Werkstatt für Sie.

Ihr eigener Vertrag (HK 7 287 650 02) ist nicht betroffen.

Freundliche Grüße
Tobias Wendt
"""
    return msg(77, WENDT, ext("Anja Schröer", "anja.schroeer@posteo-mail.example"),
               "Daten des Unfallgegners – Ihr Unfall vom 05.12.", dt(2024, 12, 11, 10, 2, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "internal English e-mail about an injured child pedestrian (named, age, head injury, ICU) and the parents' claims")
def m078():
    body = """Hi Jana,

quick question on K-24-034011 before I write to the family's lawyer - the parents are
Dutch, so International Claims has the file.

Facts: Noah van Leeuwen (6), crossing between parked cars in Bad Salzuflen on 8 Dec,
hit by our insured's car at approx. 25 km/h. Helicopter to Kinderklinik Bielefeld,
ICU for 4 days - skull fracture (S02.0) with small epidural haematoma, no surgery,
fractured left femur (plate), now on the paediatric ward. Prognosis good according to
the mother, but the doctors mention a neuropsychological check in 3 months.

Liability: child under 10 - no contributory negligence, so 100 %.

Questions:
1. Interim payment for the parents' costs (hotel near the clinic, loss of earnings of
   the father) - can I pay EUR 5,000 on account without waiting for receipts?
2. Reserve: I'd put EUR 150k (RL-PS-03 for TBI). OK?
3. Do we need a guardian ad litem for any settlement later, under Dutch law?

Thanks,
Fiona

Fiona Baird | International Claims | ext. -393
"""
    return msg(78, person("Fiona Baird", "fiona.baird"), REIMERS, "K-24-034011 child pedestrian - interim payment & reserve",
               dt(2024, 12, 12, 11, 25, 1), text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker information on new claims hotline, app and handling of injury claims; no customer")
def m079():
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

ab 01.01.2025 gelten neue Kontaktwege für Kfz-Schäden Ihrer Kunden:

  Schadenhotline 24/7 ........... 0800 555 40 40 (kostenfrei)
  Schaden-App .................... "Harkenberg Schaden" (iOS/Android)
  Maklerpostfach ................. kfz-makler@harkenberg-versicherung.example
  Personenschäden ................ bitte immer über das Maklerportal, Rubrik
                                   "Personenschaden – vertraulich"

Bitte senden Sie uns keine Arztberichte, Atteste oder Krankenhausrechnungen Ihrer
Kunden per E-Mail. Im Maklerportal können Sie Dokumente verschlüsselt hochladen;
wir geben sie direkt an das Team Kfz-Personenschaden weiter.

Neu für Sie: Im Maklerportal sehen Sie bei Sachschäden den Regulierungsstand Ihrer
Kunden tagesaktuell. Bei Personenschäden zeigen wir nur "in Bearbeitung/abgeschlossen".

Mit freundlichen Grüßen
Ihr Maklerservice Kfz
Harkenberg Versicherung AG
"""
    return msg(79, person("Harkenberg Maklerservice", "maklerservice"), "makler-kfz@lists." + DOM,
               "Neue Kontaktwege für Kfz-Schäden ab 01.01.2025", dt(2024, 12, 12, 14, 0, 1), text(body))


@mail("CONFIDENTIAL", "en", "customer",
      "forwarded English claim report of a named customer (plate, address, phone, third party); explicitly nobody injured")
def m080():
    body = """Tobias - this came in via the app in English, pls take over.
Birgit

----- Forwarded message -----
From: Harkenberg Schaden-App <noreply@harkenberg-versicherung.example>
Date: Fri, 13 Dec 2024 07:58
Subject: New claim report #APP-2412-00718

Policy:          HK 7 598 220 14
Policyholder:    Daniel Mensah, Jakobusstrasse 6, 33602 Bielefeld
Phone:           +49 157 3318 2270
Vehicle:         Kia Niro, BI-DM 4711
Date/time:       12/12/2024, 18:40
Place:           Kesselbrink car park, level -1
Description:     "Reversed out of the space and touched a white Renault Clio
                 (BI-XR 208) that was parked opposite. Small dent in their rear
                 door, my bumper scratched. Nobody in the other car, nobody hurt.
                 Left a note with my number, owner called me this morning."
Third party:     Ms Elif Kaya, phone +49 176 5540 3312
Photos:          4 attached in app
"""
    return msg(80, KETTELER, WENDT, "Fwd: New claim report #APP-2412-00718", dt(2024, 12, 13, 8, 30, 1),
               text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "offer to a claimant's lawyer: pain-and-suffering amount based on orthopaedic opinion (whiplash grade, pre-existing degeneration)")
def m081():
    body = """Sehr geehrte Frau Kollegin Dr. Brettschneider,

in Sachen Ostendorf ./. Harkenberg (Ihr Az. 233/24 B, unser Zeichen K-24-028845)
liegt nun das orthopädische Gutachten von Frau Dr. Sievers vor. Ergebnis:

- unfallbedingt HWS-Distorsion Grad I nach QTF und Thoraxprellung,
- die fortbestehenden Beschwerden ab Dezember 2024 beruhen überwiegend auf einer
  vorbestehenden Osteochondrose C6/7; die LWS-Zerrung ist nicht objektivierbar,
- unfallbedingte AU: vier Wochen; weitere Physiotherapie nicht unfallbedingt.

Wir bieten zur Abgeltung des Schmerzensgeldes 2.200 € (abzüglich gezahlter 2.000 €
Vorschuss) sowie den Verdienstausfall für vier Wochen wie von Ihnen beziffert
(1.148,60 €). Der Haushaltsführungsschaden ist für zwei Wochen mit 20 % MdH
plausibel (168,00 €).

Eine Kopie des Gutachtens erhalten Sie über das Portal. Zu einer Besprechung sind
wir gern bereit.

Mit freundlichen kollegialen Grüßen
Jana Reimers
(Syndikusrechtsanwältin)
"""
    return msg(81, REIMERS, ext("RAin Dr. Meike Brettschneider", "m.brettschneider@kanzlei-brettschneider.example"),
               "Ostendorf ./. Harkenberg – Ihr Az. 233/24 B – Regulierungsangebot", dt(2024, 12, 16, 10, 40, 1),
               text(body))


@mail("NORMAL", "de", "internal",
      "trap: company doctor's ergonomics tips on neck and back pain for staff; no person")
def m082():
    body = """Liebe Kolleginnen und Kollegen,

Nacken verspannt, Rücken zwickt? Jede dritte Person in unserem Haus hat laut der
anonymen Mitarbeiterbefragung regelmäßig Beschwerden im Schulter-Nacken-Bereich.
Hier ein paar Tipps Ihrer Betriebsärztin:

- Bildschirm-Oberkante auf Augenhöhe, Abstand eine Armlänge
- Stuhlhöhe so, dass die Unterarme locker auf dem Tisch liegen
- alle 45 Minuten aufstehen – Telefonate im Stehen führen
- Übung "Schulterkreisen": 10 x vorwärts, 10 x rückwärts, zweimal täglich

Neu: Die Bewegte Pause mit Physiotherapeut Herrn Kamps jeden Dienstag, 11:30 Uhr,
Raum 0.12 (keine Anmeldung nötig). Individuelle Arbeitsplatzberatung buchen Sie
vertraulich über betriebsarzt@harkenberg-versicherung.example.

Bleiben Sie gesund!
Dr. med. Petra Ruhnau, Betriebsärztin
– versandt durch die Personalabteilung –
"""
    return msg(82, person("Personalabteilung", "personal"), "alle-mitarbeiter@" + DOM,
               "Gesundheitstipp Dezember: Nacken und Rücken am Arbeitsplatz", dt(2024, 12, 16, 9, 0, 1),
               text(body))


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "subrogation list with a UK insurer (CSV) naming policyholders, plates and amounts; property damage only")
def m083():
    body = """Dear Ms Chaudhry,

as discussed on the phone, attached is the reconciliation of open recovery items
between our companies as at 13 December 2024 (CSV, semicolon-separated). All items
are property damage only; the two bodily-injury files are being handled separately
by our colleagues and are not included.

Please check items 3 and 5 - we have no payment record for them.

Best regards
Melek Aydin
Recourse

""" + SIG_EN
    rows = [["item", "our_ref", "your_ref", "our_insured", "your_insured", "registration", "amount_eur", "status"],
            ["1", "K-24-011209", "MX/24/88120", "Christoph Hanning", "Liam Fletcher", "BI-CH 31", "2840.10", "paid 2024-11-02"],
            ["2", "K-24-015774", "MX/24/90331", "Nadine Kuhlmann", "Priya Raman", "GT-NK 19", "1190.00", "paid 2024-11-29"],
            ["3", "K-24-019406", "MX/24/91873", "Elke Rohlfing", "George Mitchell", "BI-ER 612", "4406.55", "open"],
            ["4", "K-24-024001", "MX/24/95012", "Felix Steinmeier", "Hannah O'Brien", "HF-FS 7", "980.40", "disputed 70/30"],
            ["5", "K-24-027765", "MX/24/97440", "Ludger Meier", "Sam Whitaker", "LIP-LM 88", "3177.00", "open"]]
    parts = [text(body, charset="us-ascii", cte="7bit"),
             attach_text(csv_text(rows), "text/csv", "recovery_reconciliation_2024-12-13.csv", charset="us-ascii", cte="7bit")]
    return msg(83, AYDIN, ext("Aisha Chaudhry", "aisha.chaudhry@meridianmotor.example"),
               "Recovery reconciliation Harkenberg / Meridian Motor - 13 Dec 2024", dt(2024, 12, 16, 15, 5, 1),
               multi("mixed", parts, "m083"))


@mail("STRICTLY_CONFIDENTIAL", "en", "assessor",
      "forwarded summary of a biomechanical expert report on a named claimant (delta-v, plausibility of neck injury) in a PDF")
def m084():
    body = """Jana,

the English summary of the biomechanics report for the Verhagen file is attached - the
Dutch lawyer asked for it in English. The full German report is in the file.
Bottom line: delta-v 6-8 km/h, injury "technically implausible, but cannot be excluded
medically". So we still need the orthopaedic opinion, I'm afraid.

Piet
"""
    lines = ["Ingenieurbuero fuer Unfallanalytik Dr.-Ing. Raphael Oltmanns",
             "Summary of Expert Opinion No. UA-24-1187 (translation)",
             "",
             "Client: Harkenberg Versicherung AG, ref. K-24-024870",
             "Claimant: Mr Joost Verhagen, born 21/01/1987 (driver, struck vehicle)",
             "Accident: 03/08/2024, Bielefeld, rear-end collision at traffic lights",
             "",
             "1. Collision-related change of velocity of the claimant's vehicle:",
             "   delta-v = 6 to 8 km/h, mean acceleration 2.1 to 2.9 g.",
             "2. Head restraint was correctly adjusted (photos, seat position).",
             "3. Claimant states neck pain, headache and lower-back pain from the next day;",
             "   GP diagnosed whiplash (S13.4) and lumbar strain (S33.5), off work 3 weeks.",
             "4. Comparable volunteer tests show no injuries at these loads; however, a",
             "   biomechanical assessment cannot exclude an injury in an individual with",
             "   pre-existing degenerative changes (claimant reports chiropractic treatment",
             "   for neck pain in 2021).",
             "5. Conclusion: an injury of the cervical spine is technically not plausible",
             "   but cannot be excluded on medical grounds. Medical assessment recommended.",
             "",
             "Bielefeld, 10 December 2024 - Dr.-Ing. R. Oltmanns"]
    parts = [text(body, charset="us-ascii", cte="7bit"),
             attach(pdf(lines, "UA-24-1187 summary", compress=True), "application/pdf", "UA-24-1187_summary_EN.pdf")]
    return msg(84, VANDOORN, REIMERS, "Verhagen - biomechanics summary EN", dt(2024, 12, 17, 9, 30, 1),
               multi("mixed", parts, "m084"))


@mail("NORMAL", "en", "internal",
      "trap: legal update on Motor Insurance Directive minimum amounts, injury and victim protection; no case")
def m085():
    body = """Legal update - Motor Insurance Directive (EU) 2021/2118

Dear colleagues,

a short reminder of what changed with the amended Motor Insurance Directive and what
it means for claims handling:

1. Minimum amounts are reviewed every five years. Current German law (PflVG) is well
   above them: EUR 7.5m for personal injury, EUR 1.3m property damage, EUR 50k
   pecuniary loss. Our standard cover: EUR 100m flat, max. EUR 15m per injured person.

2. Protection in case of insolvency of an insurer: injured parties can claim from a
   national compensation body - in Germany the Verkehrsopferhilfe e.V.

3. Vehicles used in motorsport events are excluded if another guarantee exists.

4. Claims history statement: policyholders can ask for a statement of claims made by
   third parties against their policy in the last 35 years; it must not contain
   information about injured persons - only number and dates of claims.

5. Victims of accidents in another member state keep the right of direct action and
   the claims representative procedure (reasoned offer within 3 months).

Questions to the legal department, as usual.

Kind regards
Legal Department - Motor
"""
    return msg(85, person("Rechtsabteilung Kfz", "recht-kfz"), "kfz-schaden-alle@" + DOM,
               "Legal update: Motor Insurance Directive - what changed for claims", dt(2024, 12, 17, 12, 0, 1),
               text(body, charset="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "rental-car settlement with the supplier listing named customers, plates, claim numbers and rental days; no health reason")
def m086():
    body = """Hallo Frau Kampmann,

ich habe Ihre Sammelrechnung November (SR-2411-07) geprüft. Bis auf zwei Positionen
ist alles in Ordnung:

Pos  Schaden-Nr.   Kunde/Mieter          Kennz. Unfallfzg.  Tage  Betrag    Ergebnis
1    K-24-030812   Ralf Osterkamp        BI-RO 77           21    1.302,00  ok
2    K-24-031402   Jens Oberbeck         BI-JO 2271          6      354,00  nein*
3    K-24-031990   Waldemar Friesen      BI-WF 3121          9      531,00  ok
4    K-24-032447   Bernd Kleinekathöfer  LIP-BK 620          4      236,00  ok
5    K-24-032006   Lucia Marchetti       BI-LM 5012          3      177,00  nein**

 *  Kasko ohne Mietwagenbaustein – bitte an Herrn Oberbeck selbst berechnen.
 ** Schaden nur am fremden Poller, das Fahrzeug der Kundin war fahrbereit.

Freigegeben: 2.069,00 € netto. Bitte Gutschrift über 531,00 € schicken, dann weise
ich die Zahlung an.

Grüße
Ulrike Sandmann
"""
    return msg(86, SANDMANN, ext("Rollfix Autovermietung – Buchhaltung", "buchhaltung@rollfix.example"),
               "Sammelrechnung SR-2411-07 – Prüfergebnis", dt(2024, 12, 18, 10, 0, 1), text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "fraud-prevention note: named claimant's whiplash claim vs. social-media climbing videos, GP certificate, prior injury")
def m087():
    body = """Jana,

Nachtrag zu Tiemann (K-24-030951):

Herr Tiemann ist laut Attest seines Hausarztes vom 23.09. bis 31.10. wegen
"HWS-Distorsion mit Kopfschmerzen und Schwindel" arbeitsunfähig gewesen und gibt
Bewegungseinschränkungen beim Drehen des Kopfes an. Auf seinem öffentlich
zugänglichen Instagram-Profil sind vom 05.10. und 12.10. Videos aus einer Boulderhalle
in Bielefeld zu sehen (Überkopfbewegungen, Sprünge). Screenshots liegen in der Akte,
Abruf am 17.12. durch mich dokumentiert, nur öffentliche Inhalte.

Außerdem: Im Reha-Bericht der Nordkreis-Akte von 2022 steht "rezidivierende Cervicalgie
seit 2018, Z. n. Tinnitus". Das hat er in unserem Fragebogen verneint.

Empfehlung: Ablehnung Schmerzensgeld über die ersten zwei Wochen hinaus; Hinweis an
den Anwalt auf die Vorerkrankung; noch keine Strafanzeige.

Bitte nicht weiterleiten – die Akte ist SIU-gesperrt.
Hannah
"""
    return msg(87, LORENZ, REIMERS, "[vertraulich] Tiemann – Nachtrag", dt(2024, 12, 18, 15, 10, 1), text(body))


@mail("NORMAL", "de", "internal",
      "trap: staff flu-vaccination offer from occupational health; vaccine words, no person")
def m088():
    body = """Liebe Kolleginnen und Kollegen,

der betriebsärztliche Dienst bietet auch in diesem Winter wieder die Grippeschutz-
impfung an (Influenza-Impfstoff 2024/25, tetravalent). Die Impfung ist freiwillig und
kostenlos.

Termine: 08. und 09.01.2025, jeweils 8:30–12:00 Uhr, Raum 0.14 (Betriebsarzt)
Anmeldung: über das Intranet-Formular "Impftermin" bis 03.01.2025

Bitte bringen Sie Ihren Impfausweis mit. Wer am Impftag Fieber hat, sagt bitte ab.
Ihre Angaben im Anamnesebogen bleiben beim betriebsärztlichen Dienst und werden nicht
an die Personalabteilung weitergegeben.

Beste Grüße
Personalabteilung / Betriebliches Gesundheitsmanagement
"""
    return msg(88, person("Personalabteilung", "personal"), "alle-mitarbeiter@" + DOM,
               "Grippeschutzimpfung im Januar – jetzt anmelden", dt(2024, 12, 19, 9, 0, 1),
               text(body, charset="utf-8", cte="base64"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "marten-bite claim of a named customer with his IBAN; iso-8859-1 quoted-printable; no injury")
def m089():
    ib = grp(iban("DE", "472601210018843307"))
    body = """Sehr geehrter Herr Tölle,

wir haben Ihren Marderschaden vom 10.12.2024 geprüft (Schaden-Nr. K-24-034155,
VW Tiguan PB-JT 365, Teilkasko mit Marderbiss-Folgeschäden).

Die Rechnung des Autohauses Kleine über 611,38 EUR (Zündkabel, Kühlwasserschlauch,
Dämmmatte) übernehmen wir abzüglich Ihrer Selbstbeteiligung von 150,00 EUR.

Den Betrag von 461,38 EUR überweisen wir auf Ihr Konto:
  Kontoinhaber: Johannes Tölle
  IBAN: %s
  Bank: Volksbank Paderborner Land

Ein kleiner Tipp: Eine Motorwäsche entfernt die Duftmarken; dann kommen andere Marder
weniger leicht auf die Idee, das Revier zu verteidigen.

Mit freundlichen Grüßen
Tobias Wendt
Harkenberg Versicherung AG
""" % ib
    return msg(89, WENDT, ext("Johannes Tölle", "j.toelle@paderborn-online.example"),
               "Ihr Marderschaden K-24-034155", dt(2024, 12, 19, 11, 32, 1),
               text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "German-English internal mail on an injured Polish truck driver: spinal fracture, surgery, medical report in English")
def m090():
    body = """Hallo Piet,

kannst du bitte mit der polnsichen Seite sprechen? Der Fahrer spricht kein Deutsch,
sein Anwalt schreibt Englisch. Kurzfassung:

Verletzter: Herr Krzysztof Wójcik, Lkw-Fahrer (poln. Spedition), Auffahrunfall A2 am
04.12., unser VN ist aufgefahren (Haftung 100 %).

Excerpt from the discharge summary (Klinikum Bielefeld, English version provided by
the hospital for the patient):
  "Diagnosis: compression fracture of L1 (S32.01), stable; contusion of the right
  shoulder. Treatment: kyphoplasty L1 on 05/12/2024, uneventful recovery, mobilised
  with a brace. Discharged 11/12/2024 for transfer to Poland. Follow-up X-ray in
  6 weeks. Unable to work as a truck driver for at least 3 months."

Der Anwalt will Vorschuss für Verdienstausfall (er nennt 2.100 € netto/Monat) und
Schmerzensgeld. Ich würde 6.000 € Vorschuss vorschlagen. Can you call him tomorrow?
Telefonnummer steht in der Akte K-24-034088.

Danke!
Jana
"""
    return msg(90, REIMERS, VANDOORN, "K-24-034088 Wójcik – bitte übernehmen / please call the lawyer",
               dt(2024, 12, 20, 9, 44, 1), text(body))


@mail("NORMAL", "de", "internal",
      "trap: ICS invitation to a monthly bodily-injury case conference with a generic agenda; no case data")
def m091():
    body = """Hallo zusammen,

Serientermin für die Fallkonferenz Personenschaden 2025. Die konkreten Fälle meldet
bitte jede/r bis Montag davor über das Formular im Team-Ordner – nicht per Mail und
nicht in die Kalendereinladung schreiben.

Agenda (Standard):
1. Großschäden > 100 T€ – Reservestand
2. Fälle mit Gutachtenstreit (orthopädisch/biomechanisch)
3. Vergleichsvorschläge > 10 T€ (Vier-Augen-Freigabe)
4. Verschiedenes

Jana
"""
    cal = ics("fallkonferenz-ps-2025@" + DOM, "20250113T140000", "20250113T153000",
              "Fallkonferenz Personenschaden (monatlich)", "Raum 3.02 / Teams",
              "Monatliche Fallkonferenz. Fälle bitte über das Formular melden, nicht in die Einladung schreiben.",
              "jana.reimers@" + DOM, ["kfz-personenschaden@" + DOM, "frieder.kalb@" + DOM])
    cal = cal.replace("END:VEVENT", "RRULE:FREQ=MONTHLY;BYDAY=2MO;COUNT=12\r\nEND:VEVENT")
    parts = [text(body), attach_text(cal, "text/calendar", "Fallkonferenz_PS_2025.ics", cte="quoted-printable")]
    return msg(91, REIMERS, "kfz-personenschaden@" + DOM, "Serientermin: Fallkonferenz Personenschaden 2025",
               dt(2024, 12, 20, 11, 0, 1), multi("mixed", parts, "m091"))


@mail("CONFIDENTIAL", "de", "insurer-to-witness",
      "witness questionnaire to a named witness (address) about a collision between named drivers; no injury mentioned")
def m092():
    body = """Sehr geehrte Frau Rennekamp,

Sie wurden von der Polizei als Zeugin des Verkehrsunfalls vom 11.12.2024 gegen
7:50 Uhr an der Kreuzung Stadtring/Carl-Severing-Straße in Bielefeld benannt. Beteiligt
waren ein blauer Renault Kangoo (BI-HK 58, Fahrer Herr Hakan Kılıç) und ein grauer
Audi Q5 (BI-AS 2012, Fahrer Herr Andreas Stork, unser Versicherungsnehmer).

Die Beteiligten schildern den Ablauf unterschiedlich. Wir wären Ihnen dankbar, wenn
Sie uns kurz beantworten:

 1. Von wo aus haben Sie den Unfall gesehen (zu Fuß, im Auto, an der Haltestelle)?
 2. Welche Farbe zeigte die Ampel für den Audi, welche für den Renault?
 3. Hat eines der Fahrzeuge geblinkt oder gebremst?
 4. Haben Sie nach dem Unfall mit einem der Fahrer gesprochen?

Sie können einfach auf diese E-Mail antworten oder mich anrufen (0521 555 40-244).
Ihre Adresse (Wellensiek 31, 33619 Bielefeld) haben wir aus dem Polizeibericht.
Ihre Angaben verwenden wir nur für die Klärung dieses Schadens (K-24-034010).

Vielen Dank für Ihre Hilfe!
Tobias Wendt
"""
    return msg(92, WENDT, ext("Brigitte Rennekamp", "b.rennekamp@gmx-post.example"),
               "Bitte um Ihre Zeugenaussage – Unfall 11.12.2024 Stadtring", dt(2024, 12, 20, 14, 15, 1),
               text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-claimant",
      "lost-earnings calculation for a self-employed claimant: income tax figures plus scaphoid fracture and incapacity period")
def m093():
    body = """Sehr geehrter Herr Korkmaz,

danke für die Unterlagen Ihres Steuerberaters. Für Ihren Verdienstausfall als
selbständiger Elektromeister haben wir wie folgt gerechnet:

Grundlage: Gewinn laut Einkommensteuerbescheiden
  2021   48.310 €
  2022   52.904 €
  2023   55.780 €
  Durchschnitt 52.331 € / Jahr = 4.361 € / Monat

Unfallbedingte Arbeitsunfähigkeit nach dem Bericht der Handchirurgie (Kahnbeinfraktur
rechts, Schraubenosteosynthese am 02.09.2024, Gips bis 14.10.2024, danach
Ergotherapie): 100 % vom 29.08. bis 31.10.2024, 50 % im November 2024.

  29.08.–31.10.2024  (2,1 Monate x 4.361 €)      9.158,10 €
  November 2024      (50 %)                       2.180,50 €
  abzgl. ersparte Fahrtkosten (pauschal)          - 310,00 €
  abzgl. Leistungen Ihrer Krankentagegeldversicherung   - 3.150,00 €
  -----------------------------------------------------------
  Verdienstausfall                                 7.878,60 €

Die Kosten der Aushilfe (Rechnungen Fa. Elektro Brune) ersetzen wir zusätzlich,
soweit Sie damit Aufträge erfüllt haben, deren Gewinn in der Rechnung oben enthalten
ist – dazu bräuchten wir noch eine Aufstellung.

Mit freundlichen Grüßen
Jana Reimers
Schaden-Nr. K-24-025902
"""
    return msg(93, REIMERS, ext("Mehmet Korkmaz", "info@elektro-korkmaz.example"),
               "Ihr Verdienstausfall – Berechnung", dt(2024, 12, 23, 10, 5, 1), text(body))


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: reply to a foreign insurer asking for a claims-representative arrangement; fees, SLAs, no case")
def m094():
    body = """Dear Mr Rossi,

thank you for your enquiry of 12 December. Harkenberg Versicherung AG would be happy
to act as claims representative (Art. 21 Motor Insurance Directive) for Assicurazioni
Lago Maggiore in Germany.

Our standard terms:
- handling fee per claim: EUR 180 (property damage only) / EUR 420 (with bodily
  injury), plus 5 % of amounts paid above EUR 10,000, capped at EUR 2,500;
- reasoned reply to the injured party within 3 months, as required;
- medical reports and expert opinions are stored in our claims system in the EU and
  sent to you only via the secure exchange platform;
- monthly bordereau (claim numbers, amounts, status - no medical details);
- float: EUR 50,000, topped up monthly.

I attach nothing today; our legal department will send the draft agreement in
January. Merry Christmas in advance!

Kind regards
Piet van Doorn
International Claims

""" + SIG_EN
    return msg(94, VANDOORN, ext("Marco Rossi", "m.rossi@lagomaggiore-assicurazioni.example"),
               "Re: claims representative in Germany", dt(2024, 12, 23, 12, 30, 1), text(body))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "hit-and-run with unknown driver: named customer, plate, police ref, referral to the victims' fund; no injury")
def m095():
    body = """Dear Ms Adeyemi,

we have reviewed your claim K-24-034230 (VW Polo, BI-FA 1203): your parked car was
hit on 16 December in Sieker Strasse and the other driver left without leaving details.
The police (Tgb.-Nr. 241216-1105-219) have not yet identified the driver.

As you only have third-party liability cover with us, we cannot pay for the damage to
your own car. Your options:

1. If the police identify the driver, claim from his or her liability insurer.
2. If not: the Verkehrsopferhilfe (German road victims' fund) pays property damage
   after hit-and-run only in limited cases (a significant injury, and then with an
   excess of EUR 500). As nobody was injured, this will unfortunately not apply.
3. For the future: partial or fully comprehensive cover would cover such damage -
   we'd be glad to send you a quote.

I'm sorry I can't give you better news.

Kind regards
Tobias Wendt
Motor claims
"""
    return msg(95, WENDT, ext("Funmilayo Adeyemi", "f.adeyemi@campusmail.example"),
               "Your claim K-24-034230 - hit and run", dt(2024, 12, 27, 10, 18, 1),
               text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer",
      "reply quoting a solicitor's letter: named client's PTSD, panic attacks, therapy and medication after the crash")
def m096():
    body = """Dear Mr Patel,

thank you for your letter. Before we can comment on the psychological injury we need
the report of the treating psychiatrist and the therapy notes summary (dates and number
of sessions). Please also send the GP records for the five years before the accident -
your letter does not say whether your client had any earlier anxiety treatment.

We will continue to pay the therapy invoices directly.

Kind regards
Piet van Doorn, International Claims (ref. K-24-026044)

On 20 Dec 2024, at 15:02, Rajesh Patel <rpatel@patel-law.example> wrote:
> Dear Mr van Doorn,
>
> Our client Ms Laura Jennings - your ref. K-24-026044
>
> As you know, our client was the front-seat passenger when your insured's car
> overturned on the B 239 on 3 August. Her physical injuries (fractured wrist, cuts)
> have healed. However, she has since been diagnosed with post-traumatic stress
> disorder (F43.1). She suffers from flashbacks and panic attacks when travelling
> by car, has been unable to return to her job as a field sales representative and
> takes sertraline 100 mg daily. She is having weekly EMDR therapy.
>
> We will be seeking general damages in the region of EUR 25,000 and continuing loss
> of earnings.
>
> Yours sincerely
> Rajesh Patel
"""
    return msg(96, VANDOORN, ext("Rajesh Patel", "rpatel@patel-law.example"),
               "Re: Ms Laura Jennings - your ref. K-24-026044", dt(2024, 12, 27, 14, 50, 1), text(body))


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: auditor's sample criteria for bodily-injury claims (reserve, medical documents) without any claim")
def m097():
    body = """Sehr geehrter Herr Dr. Wilmsmeier,

zur Vorbereitung der Jahresabschlussprüfung 2024 bestätigen wir die mit Ihnen
abgestimmten Kriterien für die Stichprobe Kfz-Personenschäden:

- Grundgesamtheit: offene KH-Personenschäden zum 31.12.2024 (ca. 2.300 Fälle)
- Schichtung: Reserve < 25 T€ / 25–250 T€ / > 250 T€
- Stichprobe: 40 Fälle (10 / 20 / 10), Ziehung durch Ihr Team aus der Fallliste,
  die wir Ihnen am 08.01.2025 über den Datenraum bereitstellen
- Prüfung vor Ort in unseren Räumen; Einsicht in medizinische Unterlagen nur soweit
  für die Reservebeurteilung erforderlich, keine Kopien, keine Fotos
- Ansprechpartner: Dr. Frieder Kalb (fachlich), Sophie Brandauer (Datenschutz)

Die Fallliste enthält Schadennummern, Reserve, Zahlungen und Verletzungskategorie
(5 Gruppen), aber keine Namen. Sollten Sie Namen benötigen, bitte vorher kurz melden.

Mit freundlichen Grüßen
Rechnungswesen / Schadenreservierung
Harkenberg Versicherung AG
"""
    return msg(97, person("Schadenreservierung", "reservierung"), ext("Dr. Tobias Wilmsmeier", "t.wilmsmeier@wp-ostwest.example"),
               "JAP 2024 – Stichprobenkriterien Kfz-Personenschäden", dt(2024, 12, 30, 9, 30, 1), text(body))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "answer to a named customer about his son's speeding fine (administrative offence, points, no driving ban) in relation to the claim")
def m098():
    body = """Hallo Herr Niehaus,

zu Ihrer Frage: Der Bußgeldbescheid gegen Ihren Sohn Jonas (32 km/h zu schnell
außerorts, 160 € Geldbuße, 1 Punkt, kein Fahrverbot) hat mit dem Kaskoschaden vom
29.11.2024 (K-24-033712, BI-FN 2204) nichts zu tun – die Messung war ja eine Woche
vorher. Er ist als Fahrer in Ihrem Vertrag HK 7 412 889 30 eingetragen; der Schaden
wird ganz normal reguliert.

Wichtig wäre nur, wenn ein Fahrverbot kommt: Dann darf er in dieser Zeit natürlich
nicht fahren, sonst wäre das eine Obliegenheitsverletzung.

Viele Grüße
Tobias Wendt
"""
    return msg(98, WENDT, ext("Frank Niehaus", "frank.niehaus@owl-online.example"),
               "AW: Bußgeldbescheid Jonas – Auswirkung auf Schaden?", dt(2025, 1, 2, 10, 40, 1), text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "body only mentions the access request; the PDF (Art. 15 copy) lists stored medical data of the customer")
def m099():
    body = """Sehr geehrter Herr Strothmann,

Sie haben am 09.12.2024 Auskunft über die zu Ihrer Person gespeicherten Daten verlangt
(Art. 15 DSGVO). Die Auskunft finden Sie in der beigefügten PDF-Datei. Das Passwort
erhalten Sie wie vereinbart per SMS.

Mit freundlichen Grüßen
Sophie Brandauer
Datenschutzbeauftragte
"""
    lines = ["Harkenberg Versicherung AG - Auskunft nach Art. 15 DSGVO",
             "Betroffene Person: Günter Strothmann, geb. 05.06.1957, Auf dem Kampe 12, 33739 Bielefeld",
             "",
             "1. Vertragsdaten",
             "   Kfz-Vertrag HK 7 220 914 41 (Mercedes B 180, BI-GS 1957), SF 25",
             "   Insassen-Unfallversicherung IU 3 220 914 55",
             "2. Schadendaten",
             "   K-24-031577 Verkehrsunfall 18.10.2024 (Vollkasko, abgeschlossen)",
             "   U-24-004117 Leistungsfall Insassenunfall (offen)",
             "3. Gesundheitsdaten (Leistungsfall U-24-004117)",
             "   Entlassungsbericht Ev. Klinikum Bethel vom 25.10.2024:",
             "   Rippenserienfraktur links (S22.41), Lungenkontusion (S27.31),",
             "   stationär 18.10.-25.10.2024; Bericht Hausarzt Dr. Fehring 02.12.2024:",
             "   anhaltende Atembeschwerden bei Belastung, Lungenfunktionsprüfung geplant",
             "4. Empfänger: Ev. Klinikum Bethel (Anforderung Bericht), Dr. Fehring",
             "5. Speicherdauer: 10 Jahre nach Abschluss des Leistungsfalls",
             "6. Herkunft: Ihre Angaben, behandelnde Ärzte (mit Ihrer Entbindung vom 28.10.2024)"]
    parts = [text(body), attach(pdf(lines, "Auskunft Art. 15 DSGVO"), "application/pdf",
                                "Auskunft_Art15_Strothmann_2025-01-03.pdf")]
    return msg(99, BRANDAUER, ext("Günter Strothmann", "g.strothmann@owl-online.example"),
               "Ihre Anfrage nach Art. 15 DSGVO", dt(2025, 1, 3, 11, 0, 1), multi("mixed", parts, "m099"))


@mail("NORMAL", "en", "internal",
      "trap: pricing memo with claims frequency and bodily-injury severity by driver age band (XLSX); no person")
def m100():
    body = """Frieder,

for the tariff review 2025 attached are the motor TPL frequency and severity figures by
driver age band (own portfolio, accident years 2021-2023, developed to ultimate).
Young drivers 18-24 have twice the bodily-injury frequency of the 40-59 group; the
75+ band is small but shows rising severity (more hospital stays for the injured
party, i.e. pedestrians and cyclists).

Happy to discuss on Thursday.
Kai (Actuarial Motor)
"""
    rows = [["Driver age band", "Vehicle years", "Claims freq. per mille", "BI freq. per mille",
             "Avg. BI severity EUR", "Share BI in claims cost %"],
            ["18-24", 41210, 118.4, 14.9, 18420, 31.2],
            ["25-39", 188530, 71.0, 7.8, 14210, 24.8],
            ["40-59", 322870, 55.3, 6.9, 13680, 23.1],
            ["60-74", 176440, 58.9, 6.4, 15110, 22.9],
            ["75+", 38120, 77.6, 7.3, 21940, 27.5]]
    parts = [text(body, charset="us-ascii", cte="7bit"),
             attach(xlsx(rows, "freq_sev_age"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "MTPL_freq_sev_by_age_2021-2023.xlsx")]
    return msg(100, person("Kai Ostendorp", "kai.ostendorp"), KALB, "Tariff review 2025 - frequency/severity by age band",
               dt(2025, 1, 6, 9, 20, 1), multi("mixed", parts, "m100"))


@mail("NORMAL", "en", "internal",
      "trap: IT security warning about phishing mails with a fake 'police accident report' ZIP; no real person")
def m101():
    body = """SECURITY WARNING - please read

Since this morning, several claims mailboxes have received phishing e-mails that look
like this:

   From: "Polizei NRW - Verkehrsunfallaufnahme" <noreply@polizei-verkehr-nrw.example>
   Subject: Unfallbericht zu Ihrem Schadenfall / police report re your claim
   Attachment: Unfallbericht_Verletzte_Personen.zip (contains a .js file)

The text claims that a police report "with the injured persons' medical details" is
attached and must be opened within 24 hours.

Do NOT open the attachment. The police never send accident reports by e-mail to our
claims mailboxes; files come through the lawyer or the file-access portal.

If you opened it: disconnect your network cable and call the IT hotline -999 at once.
Please report any further copies with the "Report phishing" button.

IT Security
Harkenberg Versicherung AG
"""
    return msg(101, person("IT-Sicherheit", "it-security"), "alle-mitarbeiter@" + DOM,
               "[WARNING] Phishing: fake police accident report (ZIP)", dt(2025, 1, 7, 10, 5, 1),
               text(body, charset="us-ascii", cte="7bit"), extra=[("Importance", "high")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "quarterly sharing-agreement settlement to a health insurer: CSV lists named insured persons, birth dates, injury groups, amounts")
def m102():
    body = """Sehr geehrte Damen und Herren,

anbei die Abrechnung nach dem Teilungsabkommen für das 4. Quartal 2024
(TA-Nr. 118/1998, Quote 55 %). Die Datei enthält die anerkannten Fälle mit Ihren
Aktenzeichen. Zahlung erfolgt in den nächsten Tagen als Sammelüberweisung.

Mit freundlichen Grüßen
Melek Aydın
Regress / Teilungsabkommen
"""
    rows = [["Ihr Az.", "Versicherte/r", "geb.", "unser Zeichen", "Unfalltag", "Verletzungsgruppe", "Aufwand KK EUR", "Quote 55% EUR"],
            ["TK-R-24-3381", "Helga Dreier", "11.05.1958", "K-24-026630", "30.08.2024", "Fraktur obere Extr. (stationär)", "6825,00", "3753,75"],
            ["TK-R-24-3512", "Oskar Wienke", "02.10.1949", "K-24-027114", "06.09.2024", "Prellungen/HWS (ambulant)", "412,30", "226,77"],
            ["TK-R-24-3690", "Merve Aktas", "19.07.2001", "K-24-029006", "21.09.2024", "Gehirnerschütterung (stationär 2 T.)", "1980,44", "1089,24"],
            ["TK-R-24-3844", "Bastian Rolf", "30.01.1977", "K-24-030333", "12.10.2024", "HWS-Distorsion (ambulant)", "286,10", "157,36"],
            ["", "", "", "", "", "Summe", "9503,84", "5227,12"]]
    parts = [text(body), attach_text(csv_text(rows), "application/vnd.ms-excel", "TA_118_Abrechnung_Q4-2024.csv",
                                     charset="windows-1252", cte="quoted-printable")]
    return msg(102, AYDIN, ext("Gesundheitskasse Teuto – Regress", "regress@gk-teuto.example"),
               "Teilungsabkommen 118/1998 – Abrechnung Q4/2024", dt(2025, 1, 8, 8, 45, 1), multi("mixed", parts, "m102"))


@mail("NORMAL", "de", "newsletter",
      "trap: HTML-only association newsletter on pain-and-suffering trends and case law; no person")
def m103():
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:13px">
<div style="max-width:640px">
<p style="font-size:11px;color:#999">Weitergeleitet von J. Reimers an das Team &ndash; zur Kenntnis</p>
<h2 style="color:#2e4a62">Schadenpraxis aktuell &ndash; Newsletter des Arbeitskreises Personenschaden 1/2025</h2>
<h3>Schmerzensgeld 2024: leichter Anstieg</h3>
<p>Die ausgewerteten 1.140 ver&ouml;ffentlichten Urteile zeigen bei leichten Verletzungen
(HWS-Distorsion Grad I&ndash;II, Prellungen) einen Median von 1.500&nbsp;&euro; (2023: 1.350&nbsp;&euro;).
Bei Frakturen mit Operation liegt der Median bei 9.000&nbsp;&euro;.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr style="background:#e8eef3"><th>Verletzungsbild</th><th>Median 2023</th><th>Median 2024</th></tr>
<tr><td>HWS-Distorsion Grad I&ndash;II</td><td>1.350 &euro;</td><td>1.500 &euro;</td></tr>
<tr><td>Fraktur mit OP</td><td>8.500 &euro;</td><td>9.000 &euro;</td></tr>
<tr><td>Sch&auml;del-Hirn-Trauma II</td><td>22.000 &euro;</td><td>25.000 &euro;</td></tr>
<tr><td>PTBS (gutachterlich gesichert)</td><td>12.000 &euro;</td><td>15.000 &euro;</td></tr>
</table>
<h3>Taggenaue Bemessung &ndash; Stand der Rechtsprechung</h3>
<p>Der BGH hat die taggenaue Berechnung 2022 verworfen; einzelne Landgerichte nutzen sie weiter als Orientierung.</p>
<h3>Termine</h3>
<p>Fachtagung &bdquo;Haushaltsf&uuml;hrungsschaden&ldquo;, 20.03.2025, Dortmund &ndash;
<a href="https://www.ak-personenschaden.example/tagung">Anmeldung</a></p>
</div></body></html>
"""
    return msg(103, REIMERS, "kfz-personenschaden@" + DOM, "WG: Schadenpraxis aktuell 1/2025",
               dt(2025, 1, 8, 13, 10, 1), html(htm))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "named customer asked to confirm the driver (son) with his date of birth for a young-driver clause after a claim")
def m104():
    body = """Dear Mr Walsh,

thank you for reporting the accident of 4 January (claim K-25-000211, Mazda CX-5,
BI-PW 2020). According to your report your son was driving at the time:

  Driver: Ethan Walsh, date of birth 14/02/2006

Your policy HK 7 633 018 44 was taken out with the driver clause "all drivers aged
25 or over". A driver under 25 is therefore not covered by the agreed premium. This
does not affect the payment to the other party - we will settle that claim - but
under section D.1.1.1 of our terms we must charge the premium difference and an
additional contractual penalty in the amount of one annual premium difference.

Before we do so, please confirm:
 1. whether Ethan has driven the car regularly or only on this occasion, and
 2. whether you would like to add him as a named driver from now on (new premium
    EUR 1,184.60 per year instead of EUR 712.30).

Kind regards
Tobias Wendt
Motor claims
"""
    return msg(104, WENDT, ext("Patrick Walsh", "patrick.walsh@irishmail-de.example"),
               "Claim K-25-000211 - driver under 25", dt(2025, 1, 9, 10, 25, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-claimant",
      "settlement offer to an injured Australian passenger: pelvic fracture, hospital stay, pain and suffering amount")
def m105():
    body = """Dear Ms McAllister,

We refer to the accident of 28 July 2024 on the B 68 near Halle (Westf.), in which you
were a passenger in the car of our policyholder (our ref. K-24-023815).

We have now received the report from Dr Katrin Sievers, who examined you before your
return to Australia. She confirms:
- a stable fracture of the pelvic ring (pubic rami, right),
- 11 days as an in-patient at Klinikum Halle, then 5 weeks on crutches,
- no lasting impairment expected; minor pain after long walks may persist for a year.

Taking into account the length of treatment and the interruption of your travels, we
offer in full and final settlement:

  Pain and suffering                       EUR  9,500.00
  Rebooked flights and cancelled tour      EUR  3,166.40
  Medical costs not covered by travel ins. EUR    842.90
  Total                                    EUR 13,509.30

Payments already made on account (EUR 4,000) will be deducted. We would transfer the
balance of EUR 9,509.30 to your Australian account once you have signed the discharge
form (by post or the secure portal).

Yours sincerely
Piet van Doorn

""" + SIG_EN
    return msg(105, VANDOORN, ext("Chloe McAllister", "chloe.mcallister@ozmail-web.example"),
               "Settlement offer - your accident of 28 July 2024 (ref. K-24-023815)", dt(2025, 1, 9, 14, 0, 1),
               text(body))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for safety vests and European accident report forms for field staff; no person")
def m106():
    body = """Guten Tag Herr Schnieder,

bitte liefern Sie gemäß Angebot AN-25-004 vom 06.01.2025:

  300 Stk.  Warnweste EN ISO 20471 Kl. 2, gelb, Druck "Harkenberg Schadenservice"
  5.000 Stk. Europäischer Unfallbericht, 2-fach Durchschreibesatz, DE/EN,
             Deckblatt mit Harkenberg-Logo und Schadenhotline 0800 555 40 40
  500 Stk.  Kfz-Notfallkarte (Scheckkartenformat) "Was tun nach einem Unfall?"
  100 Stk.  Taschenlampe LED mit Warnblinkfunktion

Bestellnummer BE-4500223018, Kostenstelle 4420 (Vertrieb/Kundenservice).
Liefertermin spätestens KW 8. Die Druckvorlagen schickt Ihnen Herr Trapp aus der
Kommunikation separat.

Freundliche Grüße
Kerstin Obermeier
Einkauf
"""
    return msg(106, OBERMEIER, ext("Werbemittel Schnieder e. K.", "bestellung@werbemittel-schnieder.example"),
               "Bestellung BE-4500223018 – Warnwesten / Unfallberichte", dt(2025, 1, 10, 9, 12, 1), text(body))


@mail("CONFIDENTIAL", "de", "lawyer",
      "forwarded lawyer letter for a named car owner: material damage, expert and lawyer fees, explicitly no personal injury")
def m107():
    body = """Tobias, übernimmst du? Reiner Sachschaden, Haftung ist klar.
Birgit

-------- Weitergeleitete Nachricht --------
Betreff: Schaden Ihres VN vom 03.01.2025 – Mandantin Yvonne Hartkopf
Datum: Fri, 10 Jan 2025 11:48:20 +0100
Von: Kanzlei Mertens Rechtsanwälte <post@ra-mertens.example>
An: kfz-schaden@harkenberg-versicherung.example

Sehr geehrte Damen und Herren,

wir vertreten Frau Yvonne Hartkopf, Herforder Straße 301, 33609 Bielefeld.
Ihr Versicherungsnehmer (Kennzeichen BI-KR 2741) ist am 03.01.2025 beim Abbiegen in
das stehende Fahrzeug unserer Mandantin (Toyota Yaris, BI-YH 45) gefahren.
Personenschäden sind nicht entstanden.

Wir machen geltend:
  Reparaturkosten lt. Gutachten Ing.-Büro Dreyer     3.112,80 € netto
  merkantile Wertminderung                              200,00 €
  Gutachterkosten                                       598,11 €
  Nutzungsausfall 5 Tage à 43 €                         215,00 €
  Auslagenpauschale                                      25,00 €
  Summe                                               4.150,91 €

zzgl. unserer Gebühren. Zahlung bitte bis 24.01.2025 auf unser Anderkonto.

Mit freundlichen Grüßen
Mertens, Rechtsanwalt
"""
    return msg(107, KETTELER, WENDT, "WG: Schaden Ihres VN vom 03.01.2025 – Mandantin Yvonne Hartkopf",
               dt(2025, 1, 10, 13, 2, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "customer's daughter injured as passenger in his car; claim under his own liability cover; hospital, concussion")
def m108():
    body = """Sehr geehrter Herr Dietrich,

danke für Ihren Anruf. Wie besprochen kann Ihre Tochter Mia als Beifahrerin Ansprüche
gegen Ihre eigene Kfz-Haftpflichtversicherung geltend machen – auch wenn Sie als Vater
den Unfall verursacht haben. Das ist kein Nachteil für Ihr Verhältnis zu uns, Ihre
SF-Klasse wird allerdings wie bei jedem Haftpflichtschaden zurückgestuft.

Nach Ihren Angaben war Mia nach dem Unfall am 06.01.2025 (Glätte, Leitplanke, B 66)
zwei Nächte zur Beobachtung im Klinikum Lippe (Gehirnerschütterung, Schnittwunde am
Kinn, genäht) und geht seit Montag wieder zur Schule.

Da Mia 15 Jahre alt ist, vertreten Sie und Ihre Frau sie. Bitte schicken Sie uns:
- den Entlassungsbericht des Klinikums,
- die unterschriebene Schweigepflichtentbindung (beide Elternteile),
- ggf. Rechnungen für Zuzahlungen und Fahrtkosten.

Wir rechnen dann Schmerzensgeld und Kosten direkt mit Ihnen ab.

Mit freundlichen Grüßen
Jana Reimers
Schaden-Nr. K-25-000402 (Personenschaden Mia Dietrich)
"""
    return msg(108, REIMERS, ext("Stefan Dietrich", "stefan.dietrich@lippe-net.example"),
               "Unfall 06.01.2025 – Ansprüche Ihrer Tochter", dt(2025, 1, 13, 10, 10, 1), text(body))


@mail("NORMAL", "de", "internal",
      "trap: ODT form-letter template for recourse demands with «placeholders»; no person")
def m109():
    body = """Hallo Melek,

die neue Serienbriefvorlage für Regressforderungen (Kasko-Regress § 86 VVG) als ODT
für LibreOffice – die Word-Version kommt mit dem Vorlagen-Update im Februar.
Bitte kurz prüfen, ob die Textbausteine zu Personenschäden drin bleiben sollen
oder ob Personenschaden-Regresse immer eine eigene Vorlage bekommen.

Gruß Birgit
"""
    doc = odt([
        "Harkenberg Versicherung AG – Regress Kfz",
        "«GEGNER_VERSICHERER_NAME»",
        "«GEGNER_VERSICHERER_ANSCHRIFT»",
        "Ihr Zeichen: «IHR_ZEICHEN» – Ihr Versicherungsnehmer: «GEGNER_VN» – Kennzeichen «GEGNER_KENNZEICHEN»",
        "Unser Zeichen: «SCHADENNUMMER» – Schadentag: «SCHADENTAG»",
        "Sehr geehrte Damen und Herren,",
        "wir haben unseren Versicherungsnehmer aus der Fahrzeugversicherung entschädigt. Der Ersatzanspruch ist "
        "gemäß § 86 VVG in Höhe von «BETRAG» EUR auf uns übergegangen.",
        "[Baustein PS-optional] Soweit wir zusätzlich Leistungen aus der Insassen-Unfallversicherung erbracht haben, "
        "machen wir diese nicht geltend (Summenversicherung).",
        "Wir bitten um Zahlung bis zum «FRIST» auf unser Konto unter Angabe von «SCHADENNUMMER».",
        "Mit freundlichen Grüßen",
        "«SACHBEARBEITER»",
    ])
    parts = [text(body), attach(doc, "application/vnd.oasis.opendocument.text", "Vorlage_Regress_86VVG_v2.odt")]
    return msg(109, KETTELER, AYDIN, "Serienbriefvorlage Regress § 86 VVG (ODT)", dt(2025, 1, 13, 15, 0, 1),
               multi("mixed", parts, "m109"))


@mail("CONFIDENTIAL", "mixed", "insurer-to-partner",
      "German-English recourse letter to a Czech insurer: its named policyholder, plates, amounts; property damage only")
def m110():
    body = """Sehr geehrte Damen und Herren, dear colleagues,

Ihr Versicherungsnehmer / your policyholder: Mr Jakub Dvořák, Plzeň
Fahrzeug / vehicle: Škoda Kodiaq, CZ 4P2 8811
Grüne Karte / Green Card: CZ/005/2207741
Unser Zeichen / our ref.: K-24-033025, Unfall am / accident on 22.11.2024, A2 Bad Eilsen

Ihr Versicherungsnehmer ist beim Einfädeln auf den rechten Fahrstreifen auf das Fahrzeug
unseres Kunden aufgefahren. Es gab keine Verletzten. Wir haben den Kaskoschaden reguliert
und machen den übergegangenen Anspruch geltend.

Your policyholder hit our customer's car when merging into the right-hand lane.
Nobody was injured. We have paid under the own-damage cover and claim recourse:

  Reparaturkosten / repair costs      EUR 3.871,45
  Gutachten / expert fee              EUR   498,00
  Mietwagen / hire car (6 Tage/days)  EUR   342,00
  Summe / total                       EUR 4.711,45

Bitte Zahlung innerhalb von 30 Tagen / please pay within 30 days, quoting K-24-033025.

Mit freundlichen Grüßen / kind regards
Melek Aydın
"""
    return msg(110, AYDIN, ext("Česká Pojišťovna Západ – Claims", "claims.international@cpz-pojistovna.example"),
               "Regress / recourse K-24-033025 – Mr J. Dvořák, CZ 4P2 8811", dt(2025, 1, 14, 9, 30, 1), text(body))


@mail("NORMAL", "de", "internal",
      "trap: PDF model settlement declaration from the legal department with «placeholders» for injuries and amounts")
def m111():
    body = """Liebe Kolleginnen und Kollegen im Personenschaden,

nach dem BGH-Urteil zur Reichweite von Abfindungsvergleichen haben wir die Muster-
Abfindungserklärung überarbeitet (Version 2025/1, PDF anbei). Wesentliche Änderung:
Der Zukunftsvorbehalt muss die vorbehaltenen Verletzungsfolgen konkret benennen,
ein pauschaler Vorbehalt "für alle Zukunftsschäden" ist nicht mehr vorgesehen.

Bitte alte Vordrucke aus den Schubladen entfernen.

Rechtsabteilung Kfz
"""
    lines = ["MUSTER - Abfindungserklärung Kfz-Personenschaden (Version 2025/1)",
             "",
             "Schaden-Nr.: «SCHADENNUMMER»",
             "Geschädigte/r: «NAME», geb. «GEBURTSDATUM», «ANSCHRIFT»",
             "Unfall vom «UNFALLDATUM» in «UNFALLORT»",
             "",
             "Verletzungen laut ärztlichen Unterlagen: «VERLETZUNGEN_KURZ»",
             "",
             "Gegen Zahlung von «BETRAG» EUR (davon Schmerzensgeld «SG_BETRAG» EUR) sind",
             "sämtliche Ansprüche aus dem Unfall abgegolten,",
             "[Option A] ohne Vorbehalt.",
             "[Option B] ausgenommen materielle/immaterielle Zukunftsschäden aus",
             "           «VORBEHALTENE_FOLGEN» (z. B. Metallentfernung, Arthrose),",
             "           Vorbehalt «JAHRE» Jahre, Wirkung eines Feststellungsurteils.",
             "",
             "Übergegangene Ansprüche (§ 116 SGB X, § 86 VVG) bleiben unberührt.",
             "",
             "«ORT», «DATUM»        ______________________ Unterschrift"]
    parts = [text(body), attach(pdf(lines, "Muster Abfindungserklaerung 2025-1", compress=True), "application/pdf",
                                "Muster_Abfindungserklaerung_2025-1.pdf")]
    return msg(111, person("Rechtsabteilung Kfz", "recht-kfz"), "kfz-personenschaden@" + DOM,
               "Neue Muster-Abfindungserklärung 2025/1", dt(2025, 1, 14, 14, 45, 1), multi("mixed", parts, "m111"))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "base64-encoded body: weekly large-loss report naming injured persons, injuries, care level and reserves")
def m112():
    body = """Sehr geehrte Frau Dr. Severin,

wie jede Woche der Kurzbericht Großschäden Kfz (KW 03/2025):

1. K-24-008831 Horst Kemper (76): inkomplette Querschnittlähmung nach Unfall 03/2024,
   seit 01/2025 Pflegegrad 3, häusliche Pflege durch Ehefrau + Pflegedienst. Umbau
   des Bades genehmigt (38 T€). Reserve erhöht auf 1,2 Mio. €.
2. K-24-033380 Todesfall B 61 (Erwin Landwehr): Vorschuss 25 T€ an die Familie
   gezahlt, Schockschaden der Witwe wird psychiatrisch begutachtet. Reserve 420 T€.
3. K-24-034011 Noah van Leeuwen (6 J.): Schädelfraktur, Femurfraktur – seit 28.12.
   zu Hause, neuropsychologische Kontrolle im März. Reserve 150 T€.
4. K-23-040112 Lea Brockmeier (15): Reha abgeschlossen, Schule wieder voll, Schmerzens-
   geldvergleich 60 T€ in Verhandlung.

Neu: keine. Abgeschlossen: keine.

Mit freundlichen Grüßen
Dr. Frieder Kalb
"""
    return msg(112, KALB, person("Dr. Almut Severin", "almut.severin"), "Großschadenbericht Kfz KW 03/2025",
               dt(2025, 1, 17, 16, 0, 1), text(body, cte="base64"), cc=REIMERS)


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "reply to a UK broker about a client company's fleet claim with named driver and contact; vehicle damage only")
def m113():
    body = """Dear James,

thanks for chasing. Status of your client's claim:

Client:          Hollingworth Engineering Ltd (German branch, Gütersloh)
Contact:         Ms Rachel Dunmore, branch manager
Vehicle/driver:  Ford Transit Custom, GT-HE 330, driven by Mr Lukas Hüsken
Claim:           K-25-000533, collision with a bollard at the DHL depot, 8 January
Injuries:        none
Status:          repair approved (EUR 2,744.10 net), car back on the road on
                 22 January; excess EUR 500 will be invoiced to the branch.

The depot operator has not claimed for the bollard yet. If they do, it goes through
the TPL section of the fleet policy FL 9 117 402 (no impact on the excess).

Kind regards
Tobias Wendt
Motor claims

""" + SIG_EN
    return msg(113, WENDT, ext("James Pickering", "j.pickering@thames-fleet-brokers.example"),
               "RE: Hollingworth Engineering - Transit GT-HE 330 - status?", dt(2025, 1, 20, 9, 40, 1),
               text(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "large-loss notification to the reinsurer with claim number, age, paraplegia, care level and annuity reserve")
def m114():
    body = """Dear Ines,

Large loss notification under the motor XL treaty 2024, layer 1 (EUR 2m xs 1m):

  Claim no.:        K-24-008831
  Date of loss:     14 March 2024, Guetersloh, pedestrian crossing
  Injured party:    male pedestrian, 76 years old (initials H. K.)
  Injuries:         incomplete paraplegia at Th12 after vertebral fracture, ASIA C;
                    wheelchair for distances, walks short distances with a frame
  Care:             care level 3 since January 2025, care at home by spouse plus
                    professional nursing service 2x daily
  Liability:        100 % (our insured ran a red light)
  Incurred:         EUR 1,200,000 (paid EUR 268,400: hospital, rehab, home
                    adaptations, interim pain and suffering EUR 50,000)
  Outlook:          care annuity, further home adaptations; we expect the layer to
                    be hit within 24 months.

The medical reports are available in the data room (folder LL-2024-03).

Best regards
Frieder Kalb
Head of Motor Claims
"""
    return msg(114, KALB, ext("Ines Falkenhagen", "ines.falkenhagen@rhein-re.example"),
               "Large loss notification - motor XL 2024 - K-24-008831", dt(2025, 1, 20, 15, 15, 1),
               text(body, charset="us-ascii", cte="7bit"), cc=AYDIN)


@mail("NORMAL", "en", "newsletter",
      "trap: conference programme on whiplash-associated disorders, chronic pain and psychological sequelae; no person")
def m115():
    body = """EUROPEAN SYMPOSIUM ON ROAD TRAFFIC INJURY - Vienna, 8-9 May 2025
Programme (draft) - forwarded for anyone interested in attending. Budget approved for
two participants from the bodily-injury team. Jana

Day 1 - Whiplash-associated disorders
09:00  Opening
09:30  WAD grades revisited: what the Quebec Task Force got right and wrong
10:30  Imaging after low-speed rear-end collisions - when is MRI indicated?
11:30  Panel: chronic neck pain and the role of litigation
14:00  Psychological sequelae after minor crashes: PTSD, travel anxiety, depression
15:30  Return to work: early interventions that reduce long-term disability

Day 2 - Severe injuries and long-term care
09:00  Traumatic brain injury: prognosis in the first year
10:30  Spinal cord injury - lifetime care cost models
11:30  Case management across borders (Green Card claims)
14:00  Data protection in medico-legal reporting - Art. 9 GDPR in practice

Fee: EUR 690 (early bird until 15 March)
Registration: https://www.esrti-symposium.example/vienna2025
"""
    return msg(115, REIMERS, "kfz-personenschaden@" + DOM, "FW: European Symposium on Road Traffic Injury, Vienna 8-9 May",
               dt(2025, 1, 21, 11, 0, 1), text(body, charset="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; attached PDF copy of the joint accident report with both drivers' names, addresses, plates and insurers; no injured")
def m116():
    body = """Guten Tag Frau Oevermann,

wie gewünscht anbei eine Kopie des Unfallberichts, den Sie und der andere Fahrer an
der Unfallstelle ausgefüllt haben. Das Original bleibt in der Akte.

Freundliche Grüße
Birgit Ketteler
Kfz-Schadenservice
"""
    lines = ["Europäischer Unfallbericht - Kopie aus Schadenakte K-25-000190",
             "",
             "1. Datum: 02.01.2025   Uhrzeit: 16:25   Ort: Bielefeld, Oldentruper Str. / Am Wortkamp",
             "2. Verletzte (auch leicht): nein",
             "3. Sachschaden an anderen als den Fahrzeugen A und B: nein",
             "4. Zeugen: keine",
             "",
             "Fahrzeug A                               Fahrzeug B",
             "VN: Kathrin Oevermann                    VN: Rüdiger Kampmeier",
             "Meierfeld 7, 33611 Bielefeld             Vogteistraße 44, 33689 Bielefeld",
             "Tel. 0176 4412 0981                      Tel. 0521 4473 226",
             "Kennz.: BI-KO 1212 (Renault Clio)        Kennz.: BI-RK 670 (Dacia Duster)",
             "Vers.: Harkenberg, HK 7 301 552 80       Vers.: Emsland Direkt, 4477-KF-19920",
             "Fahrer: wie VN, FS Kl. B seit 2011       Fahrer: wie VN, FS Kl. B seit 1986",
             "",
             "12. Umstände: A: hielt an roter Ampel (Nr. 1); B: fuhr auf (Nr. 8)",
             "14. Bemerkungen: B: 'Ich bin auf der Nässe gerutscht.'",
             "",
             "Unterschriften: K. Oevermann / R. Kampmeier"]
    parts = [text(body), attach(pdf(lines, "Unfallbericht K-25-000190"), "application/pdf",
                                "Unfallbericht_K-25-000190_Kopie.pdf")]
    return msg(116, KETTELER, ext("Kathrin Oevermann", "k.oevermann@posteo-mail.example"),
               "Kopie Unfallbericht", dt(2025, 1, 21, 14, 20, 1), multi("mixed", parts, "m116"))


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: answer to a university research request on whiplash claims: only aggregated, anonymised figures are shared")
def m117():
    body = """Dear Professor Lindgren,

thank you for your request for data for your study on recovery after whiplash-
associated disorders. We support research, but we cannot give you access to claim
files or medical reports: the injured persons did not consent to such use, and
pseudonymised records of small groups would still allow re-identification.

What we can offer is the aggregated table below (motor TPL, claims closed 2022-2024,
WAD only, as coded by our claims staff):

  WAD grade (QTF)   claims   median days to closure   median total paid
  I                  1,913                      112             EUR 1,980
  II                 1,046                      187             EUR 3,640
  III                   58                      402             EUR 14,200
  unknown              377                      145             EUR 2,310

Cells with fewer than 20 claims are not shown. If you need further breakdowns, please
send the exact specification and we will check whether they can be produced with the
same safeguards. Our data protection officer, Ms Brandauer, is in copy.

Kind regards
Jana Reimers
Head of Motor Bodily Injury Team
"""
    return msg(117, REIMERS, ext("Prof. Erik Lindgren", "erik.lindgren@uni-research.example"),
               "Re: data request - recovery after whiplash (study WAD-REC)", dt(2025, 1, 22, 10, 0, 1),
               text(body, charset="us-ascii", cte="7bit"), cc=BRANDAUER)


@mail("NORMAL", "de", "internal",
      "trap: anonymised internal audit finding on missing medical releases and e-mailed medical reports; no case")
def m118():
    body = """Prüfbericht IR-2024-17 (Kurzfassung) – Umgang mit Gesundheitsdaten im Kfz-Personenschaden

Geprüft: 40 zufällig gezogene Akten (abgeschlossen 2024), Ablage, Berechtigungen,
Postfächer der Teams PS-1 bis PS-3.

Feststellungen:
F1 (mittel)  In 3 von 40 Akten lagen Arztberichte ohne gültige Schweigepflicht-
             entbindung vor (Berichte wurden von Kanzleien unaufgefordert geschickt).
F2 (hoch)    In 2 Team-Postfächern lagen insgesamt 57 E-Mails mit Arztberichten/
             Gutachten als Anhang, teils älter als 12 Monate.
F3 (niedrig) Die Vorlage PS-07 (Schweigepflichtentbindung) war in einer Außenstelle
             noch in der alten Fassung im Umlauf.
F4 (mittel)  Zwei Mitarbeitende außerhalb des PS-Teams hatten Leserechte auf die
             Dokumentklasse ARZTBER (Rollenzuweisung nach Teamwechsel nicht entzogen).

Maßnahmen bis 31.03.2025: Postfachbereinigung (F2), Rechte-Rezertifizierung (F4),
Hinweis an Kanzleien (erledigt durch Rundschreiben 11/2024).

Namen der betroffenen Geschädigten und Mitarbeitenden sind bewusst nicht genannt.

Interne Revision
"""
    return msg(118, person("Interne Revision", "revision"), KALB + ", " + BRANDAUER,
               "Prüfbericht IR-2024-17 – Kurzfassung", dt(2025, 1, 22, 16, 30, 1), text(body))


@mail("CONFIDENTIAL", "de", "insurer-to-third-party",
      "letter to the other driver (not our customer) asking for his version; names, plates, claim no.; no injury")
def m119():
    body = """Sehr geehrter Herr Kılıç,

wir sind der Haftpflichtversicherer von Herrn Andreas Stork (Audi Q5, BI-AS 2012).
Sie haben über Ihren Versicherer, die Emsland Direkt, Ansprüche aus dem Unfall vom
11.12.2024 an der Kreuzung Stadtring/Carl-Severing-Straße geltend gemacht
(Ihr Fahrzeug: Renault Kangoo, BI-HK 58; unser Zeichen K-24-034010).

Unser Versicherungsnehmer gibt an, er habe bei Grün die Kreuzung befahren, Sie seien
bei Rot abgebogen. Eine Zeugin hat sich inzwischen geäußert.

Bevor wir entscheiden, möchten wir Ihnen Gelegenheit geben, den Ablauf aus Ihrer
Sicht zu schildern:
 - Welche Ampelphase hatten Sie beim Einfahren?
 - Standen Sie vor dem Abbiegen, oder sind Sie durchgefahren?
 - Gab es Mitfahrer?

Bitte antworten Sie bis 07.02.2025. Sie können auch Ihren Versicherer bitten, uns
Ihre Schilderung weiterzugeben.

Mit freundlichen Grüßen
Tobias Wendt
Harkenberg Versicherung AG
"""
    return msg(119, WENDT, ext("Hakan Kılıç", "hakan.kilic@mailbox-web.example"),
               "Verkehrsunfall 11.12.2024 – Bitte um Ihre Schilderung", dt(2025, 1, 23, 9, 50, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "to the insurer's trial lawyer: body names the court case and hints at pre-existing conditions; ZIP holds an index and a PDF with the claimant's orthopaedic findings")
def m120():
    body = """Sehr geehrter Herr Dr. Osterwald,

für den Verhandlungstermin am 12.02.2025 vor dem LG Bielefeld (Az. 4 O 318/24,
Hölscher ./. Kremer u. Harkenberg) die angeforderten Unterlagen als ZIP-Archiv.
Das Passwort schicke ich Ihnen wie üblich per SMS.

Bitte beachten Sie, dass das Gutachten Dr. Sievers die Vorerkrankungen ausführlich
behandelt – das sollten wir vor dem Termin kurz besprechen.

Mit freundlichen Grüßen
Jana Reimers
"""
    index = """Inhaltsverzeichnis Unterlagen Hölscher ./. Kremer u. Harkenberg (4 O 318/24)
01  Klageschrift vom 14.10.2024
02  Klageerwiderung vom 25.11.2024
03  Gutachten Dr. med. K. Sievers vom 17.01.2025 (Zusammenfassung, 01_Gutachten_Sievers_Zsf.pdf)
04  MRT-Befund HWS vom 19.07.2024 (Radiologie am Jahnplatz)
05  Auszug Krankenkasse: Vorerkrankungen 2019-2024 (Cervicobrachialgie M53.1, Lumbago M54.5)
06  Biomechanisches Gutachten UA-24-0933
"""
    lines = ["Dr. med. Katrin Sievers - Orthopädie und Unfallchirurgie",
             "Gutachten GA-Med-24-041 - Zusammenfassung",
             "Proband: Jürgen Hölscher, geb. 14.07.1969",
             "",
             "Unfallbedingt: HWS-Distorsion Grad I-II (QTF), Prellung rechte Schulter.",
             "Nicht unfallbedingt: Protrusion C5/6, Osteochondrose C5/6 und C6/7 -",
             "vorbestehend (Voraufnahmen 2019, Behandlung wegen Cervicobrachialgie).",
             "Unfallbedingte AU: 6 Wochen (25.06.-06.08.2024); danach Beschwerden",
             "überwiegend degenerativ. Keine unfallbedingte MdE.",
             "Medikation Tilidin/Amitriptylin über August hinaus nicht unfallbedingt.",
             "",
             "Bielefeld, 17.01.2025"]
    z = zipfile_bytes([("00_Inhalt.txt", index),
                       ("01_Gutachten_Sievers_Zsf.pdf", pdf(lines, "GA-Med-24-041 Zusammenfassung"))])
    parts = [text(body), attach(z, "application/zip", "Unterlagen_4_O_318-24.zip")]
    return msg(120, REIMERS, ext("RA Dr. Henning Osterwald", "osterwald@kanzlei-osterwald.example"),
               "4 O 318/24 – Unterlagen für den Termin am 12.02.", dt(2025, 1, 27, 11, 5, 1), multi("mixed", parts, "m120"))


@mail("NORMAL", "mixed", "internal",
      "trap: bilingual out-of-office of the international claims handler with deputy; no case")
def m121():
    body = """Vielen Dank für Ihre Nachricht. Ich bin bis zum 07.02.2025 nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an international-claims@harkenberg-versicherung.example.

Thank you for your message. I am out of the office until 7 February 2025.
For urgent matters please contact international-claims@harkenberg-versicherung.example.
Medical documents: please use our secure portal only.

Fiona Baird
International Claims
"""
    return msg(121, person("Fiona Baird", "fiona.baird"), ext("Claire Lefebvre", "claire.lefebvre@mutuelle-nordest.example"),
               "Abwesenheit / Out of office: Fiona Baird", dt(2025, 1, 28, 8, 0, 1),
               text(body, charset="iso-8859-1", cte="quoted-printable"), extra=[("Auto-Submitted", "auto-replied")])


@mail("NORMAL", "mixed", "newsletter",
      "trap: bilingual notice to partners about system migration and new claim-number format; no person")
def m122():
    body = """Harkenberg Kfz-Schadenservice – Partnerinformation / partner information

DEUTSCH
Am 21. und 22. Februar 2025 stellen wir unser Schadensystem um. In dieser Zeit können
Gutachten, Rechnungen, Anwaltsschreiben und medizinische Unterlagen nicht über das
Portal hochgeladen werden. Neue Schadennummern haben ab 24.02.2025 das Format
KS-JJJJ-NNNNNNN (bisher K-JJ-NNNNNN). Alte Nummern bleiben gültig.

ENGLISH
On 21 and 22 February 2025 we are migrating our claims system. During this time
expert reports, invoices, solicitors' letters and medical documents cannot be uploaded
through the portal. From 24 February 2025 new claim numbers will have the format
KS-YYYY-NNNNNNN (previously K-YY-NNNNNN). Old numbers remain valid.

Fragen / questions: partnerservice@harkenberg-versicherung.example
"""
    return msg(122, person("Harkenberg Partnerservice", "partnerservice"), "partner-kfz@lists." + DOM,
               "Systemumstellung 21./22.02.2025 / claims system migration", dt(2025, 1, 29, 7, 30, 1),
               text(body, cte="quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "personal accident claim of a named customer injured in Spain: fractures, hospital in Malaga, invalidity assessment")
def m123():
    body = """Dear Mr Hargreaves,

we were sorry to hear about your accident in Spain. We have registered a claim under
your personal accident insurance with us (policy UV 5 108 772 31, claim U-25-000087).

According to the documents from Hospital Costa del Sol, Marbella, you were admitted on
2 January 2025 after your hire car was hit from the side, with a fracture of the left
humerus (operated, plate) and two broken ribs, and were discharged on 9 January.

Benefits we can pay now:
  hospital daily allowance, 8 days x EUR 50      EUR 400.00
  convalescence allowance, 8 days x EUR 50       EUR 400.00

For a possible invalidity benefit (loss of function of the arm) a doctor must confirm
the permanent impairment within 15 months of the accident. Please keep the Spanish
medical reports; we will ask for them when the treatment is complete. Claims against
the Spanish driver's insurer are separate - your travel legal expenses cover can help.

Wishing you a good recovery.

Kind regards
Jana Reimers
Personal accident / bodily injury
"""
    return msg(123, REIMERS, ext("Neil Hargreaves", "neil.hargreaves@expatmail.example"),
               "Your personal accident claim U-25-000087", dt(2025, 1, 29, 13, 40, 1), text(body))


@mail("NORMAL", "de", "internal",
      "trap: registration for first-aid training for staff (resuscitation, bleeding); no person")
def m124():
    body = """Liebe Kolleginnen und Kollegen,

für das Schadenzentrum suchen wir zusätzliche Ersthelferinnen und Ersthelfer.
Der Kurs (9 UE) wird von der Johanniter-Akademie im Haus durchgeführt und von der
Berufsgenossenschaft bezahlt; die Zeit gilt als Arbeitszeit.

Inhalte: Herz-Lungen-Wiederbelebung und AED, stabile Seitenlage, Blutungen stillen,
Schock, Verbrennungen, Herzinfarkt und Schlaganfall erkennen, Verhalten bei
Verkehrsunfällen (Helmabnahme).

Termine: 18.02.2025 oder 11.03.2025, jeweils 8:00–16:00 Uhr, Kantine Seitenflügel.
Anmeldung über Ihre Führungskraft bis 07.02.2025.

Die Liste der Ersthelfer wird wie üblich am Schwarzen Brett ausgehängt – wer dort
nicht mit Namen stehen möchte, sagt bitte kurz Bescheid.

Arbeitssicherheit
"""
    return msg(124, person("Arbeitssicherheit", "arbeitssicherheit"), "alle-schadenzentrum@" + DOM,
               "Ersthelfer gesucht – Kurse Februar/März", dt(2025, 1, 30, 9, 0, 1), text(body))


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "reply to an international rental company's claims dept: named renter, plates, damage and loss of rental income; no injury")
def m125():
    body = """Dear Ms Visser,

Your claim no.: ED-DE-2025-00417 - vehicle NL registration N-449-TS (Peugeot 3008)
Renter: Mr Markus Feldhaus (not at fault)
Our ref.: K-25-000315, accident of 10 January 2025, Bielefeld-Jöllenbeck

We accept that our policyholder caused the accident and will pay for the damage to your
vehicle. Nobody was injured according to the police and both drivers.

Before payment we need:
- the repair invoice or the expert report (the photos alone are not enough),
- for the loss of rental income: fleet utilisation figures for the Bielefeld station
  for January 2025. Under German case law loss of income is only payable if no spare
  vehicle was available; otherwise we pay the standby costs (Vorhaltekosten).

Please do not charge Mr Feldhaus' credit card for the damage; we will settle directly
with you.

Kind regards
Ulrike Sandmann
Rental car management

""" + SIG_EN
    return msg(125, SANDMANN, ext("Lotte Visser", "damage.claims@eurodrive-rentals.example"),
               "Your claim ED-DE-2025-00417 / N-449-TS / our ref K-25-000315", dt(2025, 1, 30, 11, 15, 1),
               text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "file-access request to the public prosecutor in criminal proceedings against the named insured for negligent bodily injury")
def m126():
    body = """Sehr geehrte Damen und Herren,

in dem Ermittlungsverfahren gegen Herrn Patrick Szymanski wegen Gefährdung des
Straßenverkehrs und fahrlässiger Körperverletzung (Az. 46 Js 2291/24) beantragen wir
als Kfz-Haftpflichtversicherer des Beschuldigten Akteneinsicht gemäß § 475 StPO.

Berechtigtes Interesse: Wir müssen die Ansprüche der Geschädigten Nadine Fuhrmann und
ihres Sohnes Luca (7 J.; Platzwunde, Gehirnerschütterung, stationär im Kinderzentrum
Bethel) regulieren und prüfen einen Regress gegen unseren Versicherungsnehmer wegen
Trunkenheitsfahrt (BAK 1,34 ‰).

Benötigt werden insbesondere:
 - Verkehrsunfallanzeige und Lichtbildmappe,
 - Blutalkoholgutachten,
 - Zeugenvernehmungen,
 - ärztliche Atteste der Verletzten, soweit in der Akte.

Kosten der Akteneinsicht übernehmen wir. Bitte übersenden Sie die Akte an unsere
Prozessbevollmächtigten oder elektronisch über das beA der Kanzlei Dr. Osterwald.

Mit freundlichen Grüßen
Melek Aydın
Harkenberg Versicherung AG, Regress – unser Zeichen K-24-031866
"""
    return msg(126, AYDIN, ext("Staatsanwaltschaft Bielefeld – Geschäftsstelle 46", "poststelle@sta-bielefeld.example"),
               "46 Js 2291/24 – Antrag auf Akteneinsicht (§ 475 StPO)", dt(2025, 2, 3, 10, 0, 1), text(body))


@mail("NORMAL", "en", "internal",
      "trap: job advertisement for an English-speaking bodily-injury claims handler; no person")
def m127():
    body = """Internal job posting JP-2025-011

Claims Handler Bodily Injury - International Motor Claims (m/f/d), full time, Bielefeld

Your tasks
- handle motor liability claims with injured parties from abroad, from the first call
  to the final settlement
- assess medical reports (whiplash, fractures, head injuries, psychological injuries)
  with support from our medical advisers
- negotiate with solicitors, foreign insurers and social security bodies (recourse)
- manage interim payments, reserves and rehabilitation measures

Your profile
- training as an insurance professional or law degree
- fluent English and German; Dutch or Polish a plus
- experience in bodily-injury claims; knowledge of the Green Card system
- empathy - many of our claimants are in a difficult situation

We offer mobile working (up to 60 %), flexitime, company pension, bike leasing.

Apply by 28 February 2025 via the internal job portal. Questions: Jana Reimers.
"""
    return msg(127, person("Personalabteilung", "personal"), "alle-mitarbeiter@" + DOM,
               "Internal job posting: Claims Handler Bodily Injury (international)", dt(2025, 2, 3, 14, 0, 1),
               text(body, charset="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only claim status mail with a table (named customer, plate, claim no., payments); material damage")
def m128():
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial;font-size:14px;color:#222">
<p>Guten Tag Herr Ebbinghaus,</p>
<p>Ihr Schadenfall hat einen neuen Status:</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #bbb">
<tr><td style="background:#f0f0f0">Schaden-Nr.</td><td><b>K-25-000612</b></td></tr>
<tr><td style="background:#f0f0f0">Versicherungsnehmer</td><td>Matthias Ebbinghaus, Lipper Hellweg 71, 33604 Bielefeld</td></tr>
<tr><td style="background:#f0f0f0">Fahrzeug</td><td>Skoda Enyaq, BI-ME 3003</td></tr>
<tr><td style="background:#f0f0f0">Schadenart</td><td>Vollkasko &ndash; Kollision mit Laternenmast (Glätte)</td></tr>
<tr><td style="background:#f0f0f0">Status</td><td style="color:#0a7d2c"><b>Zahlung angewiesen</b></td></tr>
<tr><td style="background:#f0f0f0">Betrag</td><td>5.611,20 &euro; an Autohaus Menke GmbH (Abtretung), 300,00 &euro; Selbstbeteiligung durch Sie</td></tr>
<tr><td style="background:#f0f0f0">Stadtwerke (Mast)</td><td>Forderung 1.842,00 &euro; &ndash; Pr&uuml;fung l&auml;uft (Kfz-Haftpflicht)</td></tr>
</table>
<p>Alle Dokumente finden Sie in Ihrem Kundenportal unter &bdquo;Meine Sch&auml;den&ldquo;.</p>
<p>Ihr Harkenberg Kfz-Schadenservice</p>
<p style="font-size:11px;color:#888">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht direkt auf diese Nachricht.</p>
</body></html>
"""
    return msg(128, NOREPLY, ext("Matthias Ebbinghaus", "m.ebbinghaus@owl-online.example"),
               "Statusänderung zu Ihrem Schaden K-25-000612", dt(2025, 2, 4, 6, 12, 1), html(htm))


@mail("STRICTLY_CONFIDENTIAL", "de", "company",
      "employer's mail quoted: named employed driver on sick leave after the accident with a herniated disc; forwarded to the injury team")
def m129():
    body = """Jana, das gehört wohl zu euch – der Fahrer aus dem Flottenschaden Wehmeier
(K-24-033650) macht jetzt offenbar einen Personenschaden geltend. Ich hatte den Fall
bisher als reinen Sachschaden. Zuständigkeit bitte klären.
Tobias

> Von: Jutta Tegeler <j.tegeler@spedition-wehmeier.example>
> Gesendet: Dienstag, 4. Februar 2025 09:14
> Betreff: AW: Flottenschaden 27.11.2024 – GT-WH 412
>
> Hallo Herr Wendt,
>
> anbei wie gewünscht die Schilderung. Leider ist noch etwas dazugekommen: Herr Nowak
> ist seit dem 16.12. krankgeschrieben. Laut seinem Orthopäden hat er sich beim
> Rangieren (der Ruck beim Anprall an das Tor) einen Bandscheibenvorfall L4/L5
> zugezogen; im Januar war er fünf Tage im Krankenhaus zur Schmerztherapie. Er fällt
> voraussichtlich bis Ende März aus. Wir müssen Ersatz über eine Zeitarbeitsfirma
> holen.
>
> Die Berufsgenossenschaft ist informiert (Arbeitsunfall). Können wir die Kosten für
> den Ersatzfahrer bei Ihnen geltend machen?
>
> Viele Grüße
> Jutta Tegeler
> Fuhrparkleitung
"""
    return msg(129, WENDT, REIMERS, "WG: AW: Flottenschaden 27.11.2024 – GT-WH 412", dt(2025, 2, 4, 11, 0, 1),
               text(body))


@mail("NORMAL", "de", "internal",
      "trap: damage to the insurer's own pool car in the garage; company vehicle, no driver named, nobody hurt")
def m130():
    body = """Hallo Fuhrpark,

Poolfahrzeug BI-HV 120 (VW ID.3, Außenregulierung) hat seit gestern eine Delle an der
Beifahrertür – vermutlich in der Tiefgarage Ebene -2 beim Ein-/Ausparken eines
Nachbarfahrzeugs passiert, es gibt keinen Zettel und keinen Zeugen. Verletzt wurde
natürlich niemand, das Auto stand ja.

Der Wagen ist fahrbereit. Fotos liegen im Fuhrpark-Ordner. Ich würde es über unsere
eigene Flotten-Kasko laufen lassen, Kostenvoranschlag holt Autohaus Menke ein.
Bitte Facility informieren, ob die Kamera in der Tiefgarage etwas aufgezeichnet hat.

Danke
Rainer Gossow
"""
    return msg(130, GOSSOW, "fuhrpark@" + DOM, "Poolfahrzeug BI-HV 120 – Delle Beifahrertür", dt(2025, 2, 5, 8, 20, 1),
               text(body, cte="8bit", flowed=True))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "payout for a named customer's accident in Austria to her Austrian IBAN; plate, claim no.; no injury")
def m131():
    ib = grp(iban("AT", "3506300000271188"))
    body = """Liebe Frau Riepe,

gute Nachrichten: Die Haftung für den Unfall vom 27.12.2024 in Innsbruck (Ihr Fiat
Panda BI-SR 2601 wurde beim Einparken von einem Kleintransporter gestreift) ist
geklärt. Die Alpenland Versicherung als Versicherer des Unfallgegners hat die volle
Haftung anerkannt. Da Sie uns gebeten hatten, die Abwicklung zu übernehmen, zahlen wir
Ihnen den Schaden aus Ihrer Vollkasko aus und holen uns das Geld in Österreich zurück.

Schaden-Nr. K-25-000044:
  Reparatur laut Kostenvoranschlag Autohaus Tirol-Mitte   1.987,40 €
  Nutzungsausfall (4 Tage)                                   156,00 €
  Auslagenpauschale                                           25,00 €
  Summe                                                    2.168,40 €

Wie gewünscht überweisen wir auf Ihr österreichisches Konto:
  Kontoinhaberin: Sonja Riepe
  IBAN %s
  Raiffeisen-Landesbank Tirol

Ihr Schadenfreiheitsrabatt ist nicht betroffen.

Viele Grüße nach Innsbruck
Tobias Wendt
""" % ib
    return msg(131, WENDT, ext("Sonja Riepe", "sonja.riepe@studi-mail.example"),
               "Ihr Unfall in Innsbruck – Zahlung K-25-000044", dt(2025, 2, 5, 13, 33, 1), text(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-claimant",
      "letter to an injured pregnant passenger: pregnancy week, gynaecological check-up, CTG, bruising, costs")
def m132():
    body = """Dear Ms Moore,

thank you for your e-mail and the documents from the Women's Clinic at Klinikum
Bielefeld-Mitte. We are very relieved to read that your baby is well.

We understand that after the collision on 24 January you were 26 weeks pregnant, were
monitored for 24 hours (CTG and ultrasound without abnormal findings) and were treated
for bruising of the abdomen from the seat belt and a strained neck. Your gynaecologist
has advised rest for two weeks.

As the insurer of the driver who caused the accident (our ref. K-25-000488) we will pay:
 - the hospital co-payment and taxi fares to the follow-up appointments,
 - the additional ultrasound at your gynaecologist (invoice EUR 98.50 - your US
   insurance does not cover it),
 - an appropriate amount for pain and suffering, which we will discuss with you once
   the birth has gone well and we have the final report.

If you prefer, we can also talk on the phone - I know these are a lot of forms.

All the best for you and your family
Jana Reimers
Bodily Injury Team
"""
    return msg(132, REIMERS, ext("Jessica Moore", "jessica.moore@usmail-intl.example"),
               "Your accident on 24 January - our ref. K-25-000488", dt(2025, 2, 6, 10, 45, 1), text(body))


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: negotiation of a sharing agreement with health insurers (quotas, limits, injury thresholds); no person")
def m133():
    body = """Sehr geehrte Frau Dr. Wessel,

zu Ihrem Entwurf für die Neufassung des Teilungsabkommens Kfz ab 01.01.2026 haben wir
folgende Anmerkungen:

1. Quote: Wir bieten 52 % statt bisher 55 %, da der Anteil der Fälle mit
   Mithaftung der Versicherten (Radfahrende ohne Licht, Fußgänger bei Rot)
   gestiegen ist.
2. Limit: 40.000 € je Schadenfall statt 30.000 €; darüber Einzelfallregulierung.
3. Ausschluss Schwerstverletzungen: Querschnitt, SHT III und Amputationen sollten
   wie bisher vom Abkommen ausgenommen bleiben.
4. Datenaustausch: Leistungsauszüge bitte künftig strukturiert über den
   elektronischen Regressdatenaustausch, nicht als PDF per Mail; Diagnosen nur als
   Verletzungsgruppe, keine Einzelbefunde, soweit für die Abrechnung nicht nötig.
5. Kündigungsfrist: 6 Monate zum Jahresende, unverändert.

Gern besprechen wir das am 20.02. in Hannover.

Mit freundlichen Grüßen
Dr. Frieder Kalb / Melek Aydın
"""
    return msg(133, KALB, ext("Dr. Ruth Wessel", "r.wessel@kk-verband-nord.example"),
               "TA Kfz 2026 – Anmerkungen zum Entwurf", dt(2025, 2, 6, 15, 20, 1), text(body), cc=AYDIN)


@mail("NORMAL", "en", "internal",
      "trap: team holiday rota naming colleagues and absence dates without reasons (organisational)")
def m134():
    body = """Hi team,

holiday cover for the Easter period - please check and shout by Friday if anything is
wrong:

  Name              away              cover for bodily-injury files
  Piet van Doorn    14-25 April       Fiona Baird
  Fiona Baird       28 Apr - 2 May    Piet van Doorn
  Jana Reimers      17-22 April       Rainer Gossow (signing limit EUR 25k)
  Melek Aydin       22-25 April       recourse: Birgit Ketteler (admin only)

Reminder: please don't set your out-of-office to forward mail to a private address,
and leave open interim payments in the team queue, not in your own inbox.

Cheers
Fiona
"""
    return msg(134, person("Fiona Baird", "fiona.baird"), "international-claims@" + DOM,
               "Easter holiday cover 2025", dt(2025, 2, 7, 9, 5, 1), text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "diagnosis of a named claimant only in the subject line (whiplash plus depression, sick leave); body just 'siehe Betreff'")
def m135():
    body = """siehe Betreff – bitte Reserve auf 12 T€ anpassen und Wiedervorlage 4 Wochen.
J.
"""
    return msg(135, REIMERS, KETTELER,
               "K-24-029904 Kowalczyk – Attest Dr. Hagedorn: HWS-Distorsion + depressive Episode (F32.1), AU bis 31.01.",
               dt(2025, 2, 7, 12, 2, 1), text(body, cte="8bit"))


@mail("NORMAL", "en", "insurer-to-lawyer",
      "trap: one-time password mail for a solicitor's portal account; no case content")
def m136():
    body = """Harkenberg SecureMail

Your one-time password for first login: 7Hq-42Lw-Zp

It is valid for 72 hours. After logging in you will be asked to set your own password
and a security question.

Login: https://securemail.harkenberg-versicherung.example

If you did not request an account, please ignore this e-mail.

This message was generated automatically. Please do not reply.
"""
    return msg(136, NOREPLY, ext("Rajesh Patel", "rpatel@patel-law.example"),
               "Your SecureMail account - one-time password", dt(2025, 2, 10, 8, 1, 1),
               text(body, charset="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "en", "insurer-to-assessor",
      "instruction to a UK engineer to inspect a named German customer's car in Dover; plate, VIN, contract; no injury")
def m137():
    body = """Dear Mr Barnes,

please inspect the following vehicle on our behalf and send us your engineer's report
(repair costs, repair method, pre-accident value if uneconomical):

  Our client:     Mr Heiko Brandhorst, Bielefeld (policy HK 7 588 013 62)
  Our claim:      K-25-000702
  Vehicle:        Mercedes-Benz Vito Tourer, German registration BI-HB 1001,
                  VIN WDF44781313 558812
  Location:       Castle Motors Bodyshop, Unit 4, Eastern Docks Road, Dover
  Contact there:  Mr Gary Whelan, 01304 55 8811
  Incident:       reversed into a bollard at the ferry terminal on 7 February;
                  rear doors and bumper damaged. No injuries, no third party.

Our client wants to drive home on 20 February if the car is safe to drive. Please
advise by 17 February whether a temporary repair is possible.

Fee as per your standard tariff; please invoice in GBP.

Kind regards
Niklas Fahrenkamp
Expert management

""" + SIG_EN
    return msg(137, FAHRENKAMP, ext("Colin Barnes", "colin.barnes@barnes-engineers.example"),
               "Instruction - BI-HB 1001 at Dover - our ref K-25-000702", dt(2025, 2, 10, 11, 30, 1),
               text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "ODS list of injured coach passengers (names, nationality, injuries, hospitals) in an internal English mail")
def m138():
    body = """Frieder,

attached the current list of injured passengers from the coach accident on the A44
(our insured: Sauerland Reisen GmbH, coach HSK-SR 500, claim K-25-000650). 41
passengers, 14 injured, most of them Dutch and Belgian pensioners. I've put it in ODS
because the Dutch bureau uses LibreOffice.

Two are still in hospital. I'll visit Soest tomorrow with Rainer.

Fiona
"""
    rows = [["No.", "Name", "Nationality", "Age", "Injuries (per hospital)", "Hospital", "Status"],
            [1, "Willem Jansen", "NL", 78, "fractured femur (hip), surgery", "Klinikum Soest", "in-patient"],
            [2, "Anneke Jansen", "NL", 75, "contusions, shock", "Klinikum Soest", "discharged"],
            [3, "Marc Dubois", "BE", 69, "rib fractures, pneumothorax", "Marienhospital Arnsberg", "in-patient"],
            [4, "Ria Peeters", "BE", 71, "whiplash, laceration forehead", "Marienhospital Arnsberg", "discharged"],
            [5, "Henk de Boer", "NL", 80, "concussion, on anticoagulants - observed 48h", "Klinikum Soest", "discharged"],
            [6, "Greet Claes", "BE", 66, "fractured wrist", "Klinikum Soest", "discharged"],
            [7, "Johan Visscher", "NL", 73, "chest pain - cardiac check, no injury found", "Klinikum Soest", "discharged"],
            [8, "(7 further passengers)", "NL/BE", "", "minor bruises, treated on site", "-", "travelled home"]]
    parts = [text(body, charset="us-ascii", cte="7bit"),
             attach(ods(rows, "injured"), "application/vnd.oasis.opendocument.spreadsheet", "A44_coach_injured_passengers.ods")]
    return msg(138, person("Fiona Baird", "fiona.baird"), KALB, "A44 coach accident - injured passengers (K-25-000650)",
               dt(2025, 2, 11, 18, 40, 1), multi("mixed", parts, "m138"))


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal notification 'new secure message' without any content, claim or subject detail")
def m139():
    body = """Guten Tag,

in Ihrem Harkenberg SecureMail-Postfach liegt eine neue Nachricht für Sie.

Bitte melden Sie sich an, um die Nachricht zu lesen:
https://securemail.harkenberg-versicherung.example

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Nachrichten
werden nach 90 Tagen automatisch gelöscht.

Ihre Harkenberg Versicherung AG

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.
"""
    return msg(139, NOREPLY, ext("", "d.kowalczyk@webpost.example"), "Neue Nachricht in Ihrem SecureMail-Postfach",
               dt(2025, 2, 12, 7, 0, 1), text(body))


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "confirmation to another insurer of our policyholder's name, policy, plate and cover for their claimant; no injury")
def m140():
    body = """Sehr geehrte Damen und Herren,

auf Ihre Anfrage über den Zentralruf der Autoversicherer (Anfrage-ID ZR-25-0211873)
bestätigen wir:

  Halter/VN:        Herr Konstantin Lehmkuhl, Osningstraße 19, 33605 Bielefeld
  Kennzeichen:      BI-KL 777 (Tesla Model 3)
  Vertrag:          HK 7 664 210 05, Kfz-Haftpflicht, Deckung am 09.02.2025 bestand
  unser Zeichen:    K-25-000771

Ihr Versicherungsnehmer macht nach Ihrer Mitteilung einen Sachschaden geltend
(Auffahrunfall Kreisel Eckendorfer Straße, keine Verletzten). Unser VN hat den Schaden
bestätigt. Bitte lassen Sie Ihren Kunden seine Ansprüche direkt bei uns anmelden; ein
Gutachten beauftragen wir bei Bedarf selbst.

Mit freundlichen Grüßen
Kfz-Schadenservice
Harkenberg Versicherung AG
"""
    return msg(140, SCHADEN, ext("Westfalia Direkt – KH-Schaden", "kh-schaden@westfalia-direkt.example"),
               "ZR-25-0211873 – Deckungsbestätigung BI-KL 777", dt(2025, 2, 12, 10, 35, 1), text(body))


@mail("NORMAL", "de", "internal",
      "trap: summary of case law on the 'harmlessness threshold' for whiplash (BGH) for the team; no case")
def m141():
    body = """Moin zusammen,

weil es in der letzten Fallkonferenz wieder Thema war, hier die Rechtslage zur
"Harmlosigkeitsgrenze" in Kurzform:

1. BGH, Urteil vom 28.01.2003 – VI ZR 139/02: Eine feste Grenze (früher oft
   "Δv < 10 km/h") gibt es nicht. Auch bei geringer Geschwindigkeitsänderung kann
   eine HWS-Verletzung entstanden sein; maßgeblich ist der Einzelfall.
2. BGH, Urteil vom 08.07.2008 – VI ZR 274/07: Der Geschädigte muss die Verletzung
   nach § 286 ZPO (Vollbeweis) beweisen; für Folgeschäden gilt § 287 ZPO.
3. Ein biomechanisches Gutachten allein reicht nicht, um eine Verletzung zu
   verneinen; es muss mit dem medizinischen Befund zusammen gewürdigt werden.
4. Ein Attest mit "HWS-Distorsion" auf Grundlage nur der Schilderung des Patienten
   hat geringen Beweiswert, wenn keine objektiven Befunde vorliegen.

Praxis für uns: Bei geringem Δv und reiner Beschwerdeschilderung – Vergleichsangebot
im Bereich der Tabelle, kein Gutachten für 1.500-€-Fälle.

Gruß
Rainer
"""
    return msg(141, GOSSOW, "kfz-personenschaden@" + DOM, "Harmlosigkeitsgrenze – Rechtsprechung in Kurzform",
               dt(2025, 2, 13, 9, 30, 1), text(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "driver-protection cover payout to a named customer: lower-leg fracture, surgery, pain and suffering, IBAN")
def m142():
    ib = iban("DE", "480501610065502219")
    body = """Sehr geehrter Herr Ahrens,

aus Ihrer Fahrerschutzversicherung (Baustein zu Vertrag HK 7 702 118 36) regulieren wir
Ihren eigenen Personenschaden aus dem selbst verschuldeten Unfall vom 12.11.2024
(Glatteis, K 11 bei Werther), Schaden-Nr. K-24-032890 / FS-24-000318.

Nach den Berichten der Unfallchirurgie erlitten Sie eine Unterschenkelfraktur links
(Tibiaschaftfraktur, Marknagelung am 12.11.2024), waren bis 20.11.2024 stationär und
sind seit 13.01.2025 wieder arbeitsfähig.

Leistung wie bei einem Haftpflichtanspruch:
  Schmerzensgeld                           7.500,00 €
  Verdienstausfall (Differenz Krankengeld)   1.412,80 €
  Haushaltshilfe (Rechnungen)                  640,00 €
  Zuzahlungen, Fahrtkosten                     188,60 €
  Summe                                    9.741,40 €

Überweisung auf IBAN %s. Für eine eventuelle Metallentfernung und mögliche Spätfolgen
behalten wir Ihnen weitere Ansprüche vor.

Gute Besserung weiterhin!
Jana Reimers
""" % ib
    return msg(142, REIMERS, ext("Dennis Ahrens", "dennis.ahrens@werther-mail.example"),
               "Fahrerschutzversicherung – Ihre Leistung", dt(2025, 2, 13, 14, 10, 1), text(body))


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: onboarding questionnaire for a new rental-car partner (company data, company IBAN, GDPR measures); no natural person")
def m143():
    ib = grp(iban("NL", "ABNA0552841907"))
    body = """Dear Sir or Madam,

welcome to the Harkenberg rental partner network. To set you up in our supplier
system we need the following - please complete and return by 28 February:

Company data (pre-filled from your offer, please check)
  Legal name:        EuroDrive Rentals B.V.
  Registered office: Stationsplein 12, 3511 ED Utrecht, Netherlands
  Chamber of Commerce: 71100233
  VAT ID:            NL859022341B01
  Bank account:      %s (ABN AMRO), account holder EuroDrive Rentals B.V.

Please answer
 1. Stations in Germany (list), opening hours, 24h delivery yes/no?
 2. Vehicle groups available with hand controls or for wheelchair users?
 3. Data protection: will you receive our customers' names and phone numbers only,
    or more? (We never send you health information; if a customer needs a special
    vehicle we will only state the vehicle requirement.)
 4. Do you have a data protection officer? Please name the contact e-mail address.
 5. Invoicing: monthly collective invoice with our claim numbers, XRechnung format?

Kind regards
Kerstin Obermeier
Procurement
"""
    return msg(143, OBERMEIER, ext("EuroDrive Rentals – Partner Management", "partners@eurodrive-rentals.example"),
               "Supplier onboarding - questionnaire", dt(2025, 2, 14, 9, 0, 1), text(body % ib),
               cc=SANDMANN)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "request to a Polish hospital for follow-up records of a named injured truck driver (L1 fracture, kyphoplasty)")
def m144():
    body = """Dear Sir or Madam,

Patient: Mr Krzysztof Wójcik, born 17 September 1981, Łódź
Our ref.: K-24-034088 (motor liability claim, accident 4 December 2024 in Germany)

We are the liability insurer of the driver who caused the accident in which your
patient was injured. He was treated at Klinikum Bielefeld for a compression fracture
of the first lumbar vertebra (kyphoplasty on 5 December 2024) and was transferred to
your Department of Orthopaedics and Traumatology on 11 December 2024.

With the patient's written consent (enclosed, dated 20 January 2025) we kindly ask for:
 - the discharge summary of his stay in your hospital,
 - the results of the follow-up X-ray in January,
 - the rehabilitation plan and the expected date of return to work,
 - your invoice for any treatment not covered by the Polish NFZ.

Documents in Polish are welcome; we will arrange the translation. Please send them by
post or via the secure link in the enclosed letter.

Yours faithfully
Piet van Doorn
International Claims
"""
    return msg(144, VANDOORN, ext("Szpital Wojewódzki – Oddział Ortopedii", "ortopedia@szpital-lodz-woj.example"),
               "Medical records request - Mr K. Wójcik - ref. K-24-034088", dt(2025, 2, 14, 13, 20, 1), text(body))


@mail("NORMAL", "en", "internal",
      "trap: aggregated rental-day statistics per partner garage (CSV); companies only, no person")
def m145():
    body = """Ulrike,

attached the rental-day statistics per partner garage for 2024 as requested (claims
with a hire car via Rollfix or EuroDrive, material damage only, closed cases).
Garages with fewer than 10 cases are grouped.

Highest average: Karosserie Yilmaz (repair backlog in autumn). Lowest: Glas-Express
(windscreens, obviously).

Lars
"""
    rows = [["garage", "cases", "avg_rental_days", "avg_repair_days", "avg_hire_cost_eur"],
            ["Autohaus Menke GmbH", "212", "7.9", "7.1", "468.20"],
            ["Karosserie & Lack Yilmaz", "148", "10.4", "9.8", "611.00"],
            ["Autohaus Stuekerjuergen", "97", "6.8", "6.0", "402.50"],
            ["Glas-Express Sennestadt", "63", "1.2", "0.4", "71.30"],
            ["Autohaus Kleine", "41", "8.3", "7.7", "489.90"],
            ["other garages (<10 cases each)", "88", "9.1", "8.5", "540.10"]]
    parts = [text(body, charset="us-ascii", cte="7bit"),
             attach_text(csv_text(rows, ","), "text/csv", "rental_days_per_garage_2024.csv", charset="us-ascii", cte="7bit")]
    return msg(145, HUETTEMANN, SANDMANN, "Rental days per garage 2024 (CSV)", dt(2025, 2, 17, 10, 0, 1),
               multi("mixed", parts, "m145"))


@mail("CONFIDENTIAL", "en", "insurer-to-claimant",
      "to a named Swedish third party: vehicle damage claim, plate, address, request for bank details; no injury")
def m146():
    body = """Dear Ms Holm,

we are the liability insurer of the German driver who damaged your car in the car
park of the Ikea store in Bielefeld-Brackwede on 15 February (our ref. K-25-000844).

Your details as we have them:
  Astrid Holm, Storgatan 18, 582 24 Linköping, Sweden
  Volvo XC40, Swedish registration ABC 12D
  damage: left rear door and wheel arch (photos received, thank you)

Our policyholder has confirmed the accident. You did not mention any injury and there
was nobody else in your car, so we will settle the vehicle damage only.

Please send us:
 1. the repair estimate from your garage in Linköping,
 2. your bank details (IBAN/BIC and name of the account holder),
 3. the name of your own insurer, in case you have already claimed there.

Kind regards
Tobias Wendt
Motor claims
"""
    return msg(146, WENDT, ext("Astrid Holm", "astrid.holm@sverige-post.example"),
               "Your car damage in Bielefeld on 15 February - ref. K-25-000844", dt(2025, 2, 18, 9, 15, 1),
               text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for AED defibrillators and electrode pads for the claims centre; no person")
def m147():
    body = """Sehr geehrte Damen und Herren,

wir bestellen auf Basis Ihres Angebots 2025-0188:

  2 x  AED Defibrillator "LifePulse 300", halbautomatisch, inkl. Wandkasten mit Alarm
  4 x  Elektroden-Set Erwachsene (Ersatz)
  2 x  Elektroden-Set Kinder
  2 x  Ersatzbatterie
  1 x  Einweisung für Ersthelfer vor Ort (ca. 2 Std.)

Aufstellorte: Foyer Schadenzentrum (EG) und Kundenservice-Center (1. OG).
Bestellnummer: BE-4500224410, Kostenstelle 1050 (Arbeitssicherheit).

Bitte übernehmen Sie auch die Meldung an die Leitstelle (AED-Kataster) und schicken
Sie uns die Wartungsintervalle.

Mit freundlichen Grüßen
Kerstin Obermeier
Einkauf
"""
    return msg(147, OBERMEIER, ext("Rettungstechnik Nord GmbH", "vertrieb@rettungstechnik-nord.example"),
               "Bestellung BE-4500224410 – AED und Zubehör", dt(2025, 2, 18, 11, 45, 1), text(body, cte="8bit"))


@mail("NORMAL", "de", "internal",
      "trap: minutes on fraud patterns in whiplash claims, aggregated (clusters, lawyers, clinics unnamed)")
def m148():
    body = """Ergebnisprotokoll Steuerkreis Betrugsprävention Kfz – 18.02.2025

Teilnehmende: Dr. F. Kalb, H. Lorenz, J. Reimers, S. Brandauer, L. Hüttemann

1. Lagebild 2024
   - 212 Verdachtsfälle Kfz-Personenschaden (2023: 174), davon 61 % mit HWS-Bezug.
   - 3 Cluster mit wiederkehrenden Beifahrern erkannt (je 4–9 Fälle); Namen und
     Schadennummern nur in der SIU-Akte.
   - Einsparung durch Ablehnung/Reduzierung: ca. 640 T€.
2. Datenschutz
   - Social-Media-Recherche nur zu öffentlichen Inhalten, nur anlassbezogen, mit
     Dokumentation (wer/wann/was). DSB bestätigt die Praxis.
   - HIS-Meldungen: Löschfristen werden seit Januar automatisch überwacht.
3. Analytics
   - Pilot "InjuryIQ" nur mit synthetischen Daten; Entscheidung im Q2.
4. Schulung
   - Webinar "staged accidents" am 10.12. hatte 34 Teilnehmende; Folie 12 (Muster
     identischer Atteste) geht ins Einarbeitungsprogramm.

Nächster Termin: 20.05.2025
Protokoll: H. Lorenz
"""
    return msg(148, LORENZ, "steuerkreis-betrug@" + DOM, "Protokoll Steuerkreis Betrugsprävention 18.02.2025",
               dt(2025, 2, 19, 8, 30, 1), text(body))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "named customer's dooring incident: cyclist explicitly unhurt, bike damage claim, plate and claim number")
def m149():
    body = """Dear Mr Fitzgerald,

thanks for calling us about Saturday. To confirm what you told us (claim K-25-000901,
your Nissan Qashqai BI-CF 318):

- you opened the driver's door in Siegfriedstrasse and a cyclist, Mr Jannik Vosskuhle,
  rode into it and fell;
- he got up straight away, told you and the police officer that he was not hurt and
  refused an ambulance;
- his e-bike (front wheel, mudguard, light) is damaged; he has sent us a repair
  estimate of EUR 486.

As your liability cover pays for damage you cause, we will settle Mr Vosskuhle's claim
directly with him. Please don't pay him yourself. Your door has only a scratch - that
would be a comprehensive claim, and it's probably not worth it with your EUR 300 excess.

Best regards
Tobias Wendt
"""
    return msg(149, WENDT, ext("Conor Fitzgerald", "conor.fitzgerald@mailhaus.example"),
               "Your claim K-25-000901 - cyclist and car door", dt(2025, 2, 19, 14, 5, 1),
               text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-claimant",
      "bilingual letter to an injured exchange student: knee ligament injury, physiotherapy, pain and suffering")
def m150():
    body = """Sehr geehrte Frau Park, dear Ms Park,
(Deutsch unten / German below)

We are the liability insurer of the driver who hit you on your bicycle on 30 January
at the Kesselbrink (our ref. K-25-000590). We are sorry about your injury. According
to the report of the sports medicine clinic at the university, you sprained the
medial collateral ligament of your right knee (grade II) and needed a knee brace for
four weeks; you are now having physiotherapy twice a week.

We will pay:
 - the physiotherapy costs not covered by your student health insurance,
 - taxi costs to the university while you could not cycle (receipts please),
 - pain and suffering - we propose EUR 1,800 now; if the knee has not healed by the
   end of the semester, please tell us and we will reconsider.

---

Wir sind der Haftpflichtversicherer des Autofahrers, der Sie am 30.01. am Kesselbrink
mit dem Fahrrad angefahren hat. Laut Bericht der Hochschulambulanz haben Sie eine
Innenbandzerrung Grad II am rechten Knie erlitten (Orthese vier Wochen, Physiotherapie).
Wir erstatten Physiotherapie- und Taxikosten und bieten 1.800 € Schmerzensgeld an.

Mit freundlichen Grüßen / kind regards
Jana Reimers
"""
    return msg(150, REIMERS, ext("Ji-woo Park", "jiwoo.park@uni-bielefeld-stud.example"),
               "Ihr Unfall am 30.01. / your accident on 30 January – K-25-000590", dt(2025, 2, 20, 10, 0, 1),
               text(body))



if __name__ == "__main__":
    main()
