#!/usr/bin/env python3
"""Independent Siegel test corpus dev170 (prefix d170-).

150 fictitious outgoing e-mails of the invented insurer "Auenstein Versicherungsgruppe"
(domain auenstein.example), labelled NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL.
Emphasis: motor claims end to end (workshops, rental cars, assessors, towing, injured
drivers and passengers) next to ordinary mail of all lines of business.

Standard library only.  Usage:
    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory, compares, parses, opens attachments
"""
import base64
import csv
import datetime as _dt
import email
import email.policy
import html.parser
import io
import os
import quopri
import re
import sys
import textwrap
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d170-"
DOMAIN = "auenstein.example"

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def dedent(s):
    """Remove the indentation of the first non-blank line from every line.

    (textwrap.dedent would stop at unindented signatures appended to a body.)"""
    if s.startswith("\n"):
        s = s[1:]
    lines = s.split("\n")
    first = next((ln for ln in lines if ln.strip()), "")
    n = len(first) - len(first.lstrip(" "))
    out = []
    for ln in lines:
        k = 0
        while k < n and k < len(ln) and ln[k] == " ":
            k += 1
        out.append(ln[k:])
    return "\n".join(out)


def iban(country, bban):
    """Return an ISO 13616 IBAN with valid mod-97 check digits."""
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(conv) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def grp(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def when(mon, day, hh, mm, ss=0):
    # Central European time; summer time 29 Mar - 25 Oct 2026
    summer = (mon, day) >= (3, 29) and (mon, day) < (10, 25)
    tz = _dt.timezone(_dt.timedelta(hours=2 if summer else 1))
    return _dt.datetime(2026, mon, day, hh, mm, ss, tzinfo=tz)


# ---------------------------------------------------------------------------
# MIME building (by hand, deterministic)
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body  # bytes, LF line ends

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}".encode("ascii"))
        return b"\n".join(out) + b"\n\n" + self.body


def _enc(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def T(s, cs="utf-8", cte="quoted-printable", sub="plain", flowed=False, raw=False):
    """A text part.  s is dedented unless raw."""
    if not raw:
        s = dedent(s)
    if not s.endswith("\n"):
        s += "\n"
    data = s.encode(cs)
    if cte == "base64":
        data = data.replace(b"\n", b"\r\n")
    ct = f'text/{sub}; charset="{cs}"'
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _enc(data, cte))


def H(s, cs="utf-8", cte="quoted-printable"):
    return T(s, cs=cs, cte=cte, sub="html")


def _fname(name):
    try:
        name.encode("ascii")
        return f'filename="{name}"', f'name="{name}"'
    except UnicodeEncodeError:
        q = urllib.parse.quote(name, safe="")
        return f"filename*=utf-8''{q}", f"name*=utf-8''{q}"


def A(name, ctype, data, disp="attachment", cte="base64", cs=None):
    """An attachment; data is bytes (or str, then encoded with cs/utf-8)."""
    if isinstance(data, str):
        data = data.replace("\r\n", "\n").replace("\n", "\r\n").encode(cs or "utf-8")
    fn, nm = _fname(name)
    ct = f"{ctype}; {nm}"
    if cs:
        ct = f'{ctype}; charset="{cs}"; {nm}'
    return Part([("Content-Type", ct), ("Content-Disposition", f"{disp}; {fn}"),
                 ("Content-Transfer-Encoding", cte)], _enc(data, cte))


def RFC822(msgbytes, name=None):
    """Attach a complete message (bytes with LF line ends)."""
    hdr = [("Content-Type", "message/rfc822")]
    if name:
        hdr.append(("Content-Disposition", f'attachment; filename="{name}"'))
    try:
        msgbytes.decode("ascii")
        cte = "7bit"
    except UnicodeDecodeError:
        cte = "8bit"
    hdr.append(("Content-Transfer-Encoding", cte))
    return Part(hdr, msgbytes)


class _B:
    n = 0
    k = 0


def MP(sub, *parts):
    _B.k += 1
    b = f"----=_NextPart_d170_{_B.k:04d}_{(_B.k * 7919) % 100000:05d}"
    chunks = [b"This is a multi-part message in MIME format.\n"]
    for p in parts:
        body = p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
        chunks.append(f"\n--{b}\n".encode() + body)
    chunks.append(f"\n--{b}--\n".encode())
    return Part([("Content-Type", f'multipart/{sub}; boundary="{b}"')], b"".join(chunks))


def MIX(*parts):
    return MP("mixed", *parts)


def ALT(*parts):
    return MP("alternative", *parts)


def hdr_text(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return Header(s, cs).encode()


def addr(p, cs="utf-8"):
    name, a = p
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return formataddr((name, a), charset=cs) if name else a


def build_message(n, frm, to, subj, date, body, cc=None, irt=None, extra=None, cs="utf-8",
                  mid=None):
    hdr = [("Date", format_datetime(date)), ("From", addr(frm, cs))]
    hdr.append(("To", ", ".join(addr(t, cs) for t in to)))
    if cc:
        hdr.append(("Cc", ", ".join(addr(t, cs) for t in cc)))
    hdr.append(("Subject", hdr_text(subj, cs)))
    hdr.append(("Message-ID", mid or f"<d170.{n:04d}.{date.strftime('%Y%m%d%H%M%S')}@mail.{DOMAIN}>"))
    if irt:
        hdr.append(("In-Reply-To", irt))
        hdr.append(("References", irt))
    for k, v in (extra or []):
        hdr.append((k, v))
    hdr.append(("MIME-Version", "1.0"))
    return Part(hdr + body.headers, body.body).render()


def to_crlf(b):
    assert b"\r" not in b
    return b.replace(b"\n", b"\r\n")


# ---------------------------------------------------------------------------
# documents by hand
# ---------------------------------------------------------------------------

ZDT = (2026, 1, 1, 0, 0, 0)


def zipbytes(members, dt=ZDT, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _pdfstr(s):
    out = []
    for ch in s:
        try:
            b = ch.encode("cp1252")
        except UnicodeEncodeError:
            b = b"?"
        for c in b:
            if c in (0x28, 0x29, 0x5C):
                out.append("\\" + chr(c))
            elif c < 32 or c > 126:
                out.append("\\%03o" % c)
            else:
                out.append(chr(c))
    return "".join(out)


def pdf(text, title="Dokument", compress=True, date="20260101000000+01'00'"):
    """A small PDF 1.4 with a real text layer (Helvetica, WinAnsi)."""
    lines = []
    for ln in dedent(text).split("\n"):
        while len(ln) > 95:
            cut = ln.rfind(" ", 0, 95)
            cut = cut if cut > 20 else 95
            lines.append(ln[:cut])
            ln = ln[cut:].lstrip()
        lines.append(ln)
    pages = [lines[i:i + 58] for i in range(0, len(lines), 58)] or [[""]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    nxt = 5
    for pi, pl in enumerate(pages):
        cs = ["BT", "/F1 10 Tf", "13 TL", "56 786 Td"]
        for li, ln in enumerate(pl):
            if pi == 0 and li == 0:
                cs.append("/F2 12 Tf")
                cs.append(f"({_pdfstr(ln)}) Tj T*")
                cs.append("/F1 10 Tf")
            else:
                cs.append(f"({_pdfstr(ln)}) Tj T*")
        cs.append("ET")
        stream = "\n".join(cs).encode("latin-1")
        if compress:
            data = zlib.compress(stream, 9)
            objs[nxt + 1] = (f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode()
                             + data + b"\nendstream")
        else:
            objs[nxt + 1] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
        objs[nxt] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                     f"<< /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {nxt + 1} 0 R >>").encode()
        kids.append(nxt)
        nxt += 2
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    info = nxt
    objs[info] = (f"<< /Title ({_pdfstr(title)}) /Producer (Auenstein DocGen 4.2) "
                  f"/CreationDate (D:{date}) >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, info + 1):
        offs[i] = len(out)
        out += f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {info + 1}\n0000000000 65535 f \n".encode()
    for i in range(1, info + 1):
        out += f"{offs[i]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {info + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def docx(paras, title="Dokument", author="Auenstein Versicherung"):
    """paras: list of str; a str starting with '# ' becomes a bold heading."""
    body = []
    for p in paras:
        if p.startswith("# "):
            body.append(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>')
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')
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
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>'
            '</cp:coreProperties>')
    return zipbytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                     ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    """rows: list of lists (str or int/float)."""
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(str(v))}</t></is></c>')
        xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          f'<sheetData>{"".join(xr)}</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
    return zipbytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                     ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                     ("xl/worksheets/sheet1.xml", sh)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def _odf(mime, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zipbytes([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                    stored_first="mimetype")


def odt(paras):
    ps = "".join(f"<text:p>{_x(p)}</text:p>" for p in paras)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_ODF_NS} office:version="1.2">'
               f'<office:body><office:text>{ps}</office:text></office:body></office:document-content>')
    return _odf("application/vnd.oasis.opendocument.text", content)


def ods(rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
            else:
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{_x(str(v))}</text:p></table:table-cell>')
        trs.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_ODF_NS} office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="{_x(sheet)}">{"".join(trs)}'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content)


def csvtext(rows, delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def ics(uid, start, end, summary, location, desc, organizer, attendees=()):
    def esc(t):
        return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Auenstein Versicherung//Kalender 3.1//DE",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T080000Z",
             f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
             f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}", f"DESCRIPTION:{esc(desc)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(f"ATTENDEE;CN={a[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a[1]}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    # fold long lines at 73 octets (simple, ASCII-safe split on characters)
    out = []
    for ln in lines:
        while len(ln.encode("utf-8")) > 73:
            cut = 73
            while len(ln[:cut].encode("utf-8")) > 73:
                cut -= 1
            out.append(ln[:cut])
            ln = " " + ln[cut:]
        out.append(ln)
    return "\n".join(out) + "\n"


def htmldoc(title, inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + _x(title) +
            "</title></head>\n<body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n" +
            inner + "\n</body></html>\n")


def table(rows, head=True, border=1):
    out = [f'<table border="{border}" cellpadding="4" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{_x(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def quote(s, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in dedent(s).rstrip("\n").split("\n"))


def mkeml(frm, to, subj, date, body, mid, cc=None, cs="utf-8"):
    """A stand-alone message for message/rfc822 attachments (LF line ends)."""
    hdr = [("Date", format_datetime(date)), ("From", addr(frm, cs)),
           ("To", ", ".join(addr(t, cs) for t in to))]
    if cc:
        hdr.append(("Cc", ", ".join(addr(t, cs) for t in cc)))
    hdr += [("Subject", hdr_text(subj, cs)), ("Message-ID", mid), ("MIME-Version", "1.0")]
    return Part(hdr + body.headers, body.body).render()


MAILS = []


def add(label, lang, kind, reason, frm, to, subj, date, body, cc=None, irt=None, extra=None, cs="utf-8"):
    n = len(MAILS) + 1
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    MAILS.append(dict(n=n, label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to,
                      subj=subj, date=date, body=body, cc=cc, irt=irt, extra=extra, cs=cs))


def nextmail():
    """Call before building the parts of the next mail (boundary numbering)."""
    _B.n = len(MAILS) + 1
    _B.k = 0


N, C, S = "NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"

# ---------------------------------------------------------------------------
# the invented world
# ---------------------------------------------------------------------------


def staff(name, local):
    return (name, f"{local}@{DOMAIN}")


P = {
    "wilkens": staff("Jana Wilkens", "jana.wilkens"),
    "aydin": staff("Mehmet Aydın", "mehmet.aydin"),
    "brakel": staff("Torsten Brakel", "torsten.brakel"),
    "hofmann": staff("Lea Hofmann", "lea.hofmann"),
    "nowak": staff("Piotr Nowak", "piotr.nowak"),
    "mertens": staff("Julia Mertens", "julia.mertens"),
    "oneill": staff("James O'Neill", "james.oneill"),
    "rautenberg": staff("Dr. Sabine Rautenberg", "sabine.rautenberg"),
    "brandt": staff("Felix Brandt", "felix.brandt"),
    "oberholz": staff("Katrin Oberholz", "katrin.oberholz"),
    "petersen": staff("Nils Petersen", "nils.petersen"),
    "grimm": staff("Oliver Grimm", "oliver.grimm"),
    "schueler": staff("Anne Schüler", "anne.schueler"),
    "lenz": staff("Marco Lenz", "marco.lenz"),
    "albers": staff("Sophie Albers", "sophie.albers"),
    "focke": staff("Rainer Focke", "rainer.focke"),
    "carter": staff("Emily Carter", "emily.carter"),
    "sommer": staff("Birgit Sommer", "birgit.sommer"),
    "kurz": staff("Daniel Kurz", "daniel.kurz"),
    "vogt": staff("Dr. Henrik Vogt", "henrik.vogt"),
    "rohde": staff("Stefan Rohde", "stefan.rohde"),
    "kessler": staff("Ute Keßler", "ute.kessler"),
    "news": ("Auenstein Newsletter", f"newsletter@{DOMAIN}"),
    "kfz": ("Auenstein Kfz-Schadenservice", f"kfz-schaden@{DOMAIN}"),
    "portal": ("Auenstein SecureMail", f"securemail@{DOMAIN}"),
    "service": ("Auenstein Kundenservice", f"service@{DOMAIN}"),
    "presse": ("Auenstein Presse", f"presse@{DOMAIN}"),
    "einkauf": ("Auenstein Einkauf", f"einkauf@{DOMAIN}"),
}

SIG = {
    "wilkens": "Jana Wilkens\nKfz-Schadenregulierung, Team Nord\nTel. +49 561 7788-4312\n",
    "aydin": "Mehmet Aydın\nKfz-Personenschaden\nAuenstein Allgemeine Versicherung AG\nTel. +49 561 7788-4388 | Fax -4399\n",
    "brakel": "Torsten Brakel\nTeamleiter Kfz-Schaden\nAuenstein Allgemeine Versicherung AG\n",
    "hofmann": "Lea Hofmann\nKfz-Sachschaden / Mietwagen- und Werkstattsteuerung\nTel. +49 561 7788-4327\n",
    "nowak": "Piotr Nowak\nPartnerwerkstatt-Management\nAuenstein Allgemeine Versicherung AG\nMobil +49 160 5550 1871\n",
    "mertens": "Julia Mertens\nRegress & Forderungsmanagement Kfz\nTel. +49 561 7788-4470\n",
    "oneill": "James O'Neill\nInternational Motor Claims (Green Card Desk)\nAuenstein Allgemeine Versicherung AG\nphone +49 561 7788-4501\n",
    "rautenberg": "Dr. med. Sabine Rautenberg\nBeratende Ärztin, Leistungsprüfung\nAuenstein Krankenversicherung AG\n",
    "brandt": "Felix Brandt\nLeistungsabteilung Krankenversicherung\nTel. 0561 7788-2210\n",
    "oberholz": "Katrin Oberholz\nLeben / Berufsunfähigkeit – Leistung\nAuenstein Lebensversicherung AG\n",
    "petersen": "Nils Petersen\nUnfallversicherung – Leistung\nTel. 0561 7788-3150\n",
    "grimm": "Oliver Grimm\nSachschaden Privatkunden\nAuenstein Allgemeine Versicherung AG\n",
    "schueler": "Anne Schüler\nHaftpflichtschaden\nTel. 0561 7788-3620\n",
    "lenz": "Marco Lenz\nRechtsschutz-Schadenservice\nAuenstein Rechtsschutz AG\n",
    "albers": "Sophie Albers\nTravel Insurance Claims\nAuenstein Allgemeine Versicherung AG\n",
    "focke": "Rainer Focke\nFirmenkunden Kfz / Flotten\nAuenstein Allgemeine Versicherung AG\nTel. +49 561 7788-5120\n",
    "carter": "Emily Carter\nInternational Programmes & Reinsurance Liaison\nAuenstein Versicherungsgruppe\n",
    "sommer": "Birgit Sommer\nPersonalabteilung / HR Services\nTel. -1044\n",
    "kurz": "Daniel Kurz\nIT-Servicedesk, Durchwahl -1999\n",
    "vogt": "Dr. Henrik Vogt\nKonzerndatenschutzbeauftragter\nAuenstein Versicherungsgruppe\n",
    "rohde": "Stefan Rohde\nMaklerbetreuung Region Mitte\nMobil +49 171 5550 2290\n",
    "kessler": "Ute Keßler\nKundenservice Kfz\nAuenstein Allgemeine Versicherung AG\n",
}

FOOT_DE = """
--
Auenstein Allgemeine Versicherung AG · Wilhelmshöher Allee 310 · 34131 Kassel
Sitz Kassel, Amtsgericht Kassel HRB 99817 · Vorstand: Dr. Carola Weidemann (Vors.),
Jens Ahlborn, Petra Lindqvist · Aufsichtsratsvorsitzender: Prof. Dr. Ulrich Saathoff
www.auenstein.example

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte
sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser E-Mail ist nicht gestattet.
"""

FOOT_EN = """
--
Auenstein Allgemeine Versicherung AG, Wilhelmshoeher Allee 310, 34131 Kassel, Germany
Registered office Kassel, local court Kassel HRB 99817. Management board: Dr. Carola
Weidemann (CEO), Jens Ahlborn, Petra Lindqvist. www.auenstein.example

This e-mail may contain confidential and/or privileged information. If you are not the
intended recipient (or have received this e-mail in error) please notify the sender
immediately and destroy this e-mail. Any unauthorised copying, disclosure or
distribution of the material in this e-mail is strictly forbidden.
"""

FOOT_KV = FOOT_DE.replace("Allgemeine Versicherung AG", "Krankenversicherung AG").replace("HRB 99817", "HRB 99822")
FOOT_LV = FOOT_DE.replace("Allgemeine Versicherung AG", "Lebensversicherung AG").replace("HRB 99817", "HRB 99819")


def sig(k, foot=FOOT_DE):
    return "\n" + SIG[k] + foot


# outside parties
def ext(name, a):
    return (name, a)


# IBANs used in the corpus (all invented, all with valid check digits)
IB_BRANDNER = iban("DE", "52060410" + "0004711823")
IB_YILMAZ = iban("DE", "52050353" + "0001283746")
IB_LINDNER = iban("DE", "52040021" + "0338120900")
IB_QUANDT = iban("DE", "52090000" + "0072615540")
IB_HAAS = iban("DE", "52050000" + "0007001122")
IB_KUEHN = iban("DE", "52070024" + "0091887766")
IB_AUEN = iban("DE", "52050000" + "0000400800")
IB_SCHMIDTKE = iban("DE", "37040048" + "0712301456")
IB_FRANKE = iban("DE", "50010517" + "5419873300")
IB_NL_VDBERG = iban("NL", "ABNA" + "0417164300")
IB_GB_BROOKS = iban("GB", "NWBK" + "60161331926819")
IB_OKAFOR = iban("DE", "12030000" + "1020304050")
IB_MOBILO = iban("DE", "60050101" + "0005561234")
IB_WEBER = iban("DE", "82070000" + "0145067788")
IB_KRAUSE = iban("DE", "76050101" + "0010445566")
IB_BECKER = iban("DE", "44010046" + "0123987654")
IB_SEIDEL = iban("DE", "25050000" + "0151234500")
IB_ROTH = iban("DE", "66090800" + "0003321654")
IB_ERDEM = iban("DE", "20041111" + "0633217800")
IB_MAKLER_SANDER = iban("DE", "53050180" + "0049123456")
IB_PAUL = iban("DE", "10010010" + "0881234567")

# customers, claimants and partners (all invented)
BRANDNER = ext("Lukas Brandner", "lukas.brandner@webpost.example")
FALK = ext("Dennis Falk", "d.falk@mailbox.example")
QUANDT = ext("Theresa Quandt", "theresa.quandt@webpost.example")
REUTER = ext("RAin Dr. Corinna Reuter", "c.reuter@reuter-partner.example")
REUTER_K = ext("Kanzlei Reuter & Partner", "kanzlei@reuter-partner.example")
YILMAZ = ext("Karosserie Yilmaz & Söhne GmbH", "auftrag@karosserie-yilmaz.example")
EYILMAZ = ext("Emre Yilmaz", "emre.yilmaz@karosserie-yilmaz.example")
BRENNER = ext("Autohaus Brenner GmbH – Serviceannahme", "service@autohaus-brenner.example")
LINDNER = ext("Kfz-Technik Lindner e.K.", "thomas@kfz-lindner.example")
MOBILO = ext("Mobilo Autovermietung – Schadenabteilung", "schaden@mobilo-rent.example")
MOBILO_KA = ext("Mobilo Autovermietung – Key Account", "keyaccount@mobilo-rent.example")
KUEHN = ext("Ingenieurbüro Kühn", "gutachten@sv-kuehn.example")
GRN = ext("Gutachterring Nord GmbH", "auftrag@gutachterring-nord.example")
HAAS = ext("Abschleppdienst Haas GmbH – Disposition", "dispo@haas-abschlepp.example")
SCHEIBE = ext("ScheibenProfi GmbH", "abrechnung@scheibenprofi.example")
KLINIKUM = ext("Klinikum Kassel-Süd – Patientenverwaltung", "patientenverwaltung@klinikum-kassel-sued.example")
EBELING = ext("Praxis Dr. med. Karin Ebeling", "praxis@ortho-ebeling.example")
HAGEDORN = ext("Dr. med. Lorenz Hagedorn", "gutachten@praxis-hagedorn.example")
POLIZEI = ext("Polizeidirektion Nordhessen – VU-Sachbearbeitung", "vu.sachbearbeitung@polizei-nordhessen.example")
STA = ext("Staatsanwaltschaft Kassel", "poststelle@sta-kassel.example")
SANDER = ext("Jörg Sander", "joerg.sander@sander-makler.example")
FENWICK = ext("Fenwick Insurance Brokers – Claims", "claims@fenwick-brokers.example")
THAMES = ext("Thamesbridge Insurance plc – Motor Claims", "motorclaims@thamesbridge.example")
NHL = ext("Uwe Kallweit", "u.kallweit@nordhessen-logistik.example")
HOLLOWAY = ext("Oliver Holloway", "oliver.holloway@britmail.example")
NORDICRE = ext("Nordic Re – Casualty Treaty", "casualty@nordic-re.example")


# ===========================================================================
# MAILS
# ===========================================================================

# 1 ------------------------------------------------------------------------
add(N, "de", "internal", "trap: HWS/Schleudertrauma guideline with ICD codes and Schmerzensgeld ranges, no person",
    P["brakel"], [("Team Kfz-Personenschaden", f"kfz-personenschaden@{DOMAIN}")],
    "Neue Arbeitsanweisung HWS-Fälle ab 01.02.", when(1, 8, 8, 41),
    T("""
    Moin zusammen,

    wie im Teammeeting angekündigt gilt ab 01.02.2026 die überarbeitete Arbeitsanweisung
    für HWS-Verletzungen (S13.4 "Verstauchung und Zerrung der Halswirbelsäule") nach
    Auffahrunfällen. Die wichtigsten Änderungen in Kürze:

    1. Bei Differenzgeschwindigkeit unter 10 km/h wird grundsätzlich ein
       biomechanisches Kurzgutachten eingeholt, bevor wir über Schmerzensgeld sprechen.
    2. Attest vom Hausarzt allein reicht nicht, wir brauchen den Erstbefund
       (D-Arzt oder Notaufnahme) mit Datum und Uhrzeit.
    3. Orientierungswerte Schmerzensgeld (nur intern!): leichte HWS-Distorsion
       ohne Arbeitsunfähigkeit 300–600 EUR, mit AU bis 2 Wochen 600–1.500 EUR.
    4. Physiotherapie-Verordnungen (KG, Fango) werden bis 12 Einheiten ohne
       Rückfrage übernommen.

    Die komplette Anweisung liegt im Handbuch unter Kfz > Personenschaden > AA-07.
    Fragen gerne an mich oder Mehmet.

    Gruß
    Torsten
    """ + sig("brakel")))

# 2 ------------------------------------------------------------------------
add(C, "de", "insurer-to-customer", "customer's Vollkasko claim: name, claim and policy number, plate, accident address; no injury content",
    P["wilkens"], [BRANDNER], "Ihr Kfz-Schaden vom 13.01.2026 – Schadennummer KS-26-0047113",
    when(1, 14, 10, 5),
    T("""
    Sehr geehrter Herr Brandner,

    vielen Dank für Ihre telefonische Schadenmeldung von heute Morgen. Wir haben den
    Schaden unter der Nummer KS-26-0047113 angelegt (Vertrag 41-7730218-K,
    Fahrzeug VW Golf VIII, amtl. Kennzeichen KS-LB 284).

    Nach Ihrer Schilderung sind Sie am 13.01.2026 gegen 06:50 Uhr auf der A44 zwischen
    Kassel-Ost und Helsa auf überfrierender Nässe ins Schleudern geraten und gegen die
    Schutzplanke gestoßen. Das Fahrzeug wurde von der Firma Haas abgeschleppt und
    steht derzeit auf deren Gelände in Kassel-Bettenhausen.

    Damit es zügig weitergeht, brauchen wir noch:
    - Fotos vom Fahrzeug (gerne per App oder als Antwort auf diese Mail)
    - das Aktenzeichen der Autobahnpolizei, falls vorhanden
    - Ihre Entscheidung, ob das Fahrzeug in unsere Partnerwerkstatt
      (Karosserie Yilmaz & Söhne, Kassel) überführt werden soll

    Einen Sachverständigen beauftragen wir, sobald wir den Standort kennen.

    Mit freundlichen Grüßen
    """ + sig("wilkens")))

# 3 ------------------------------------------------------------------------
add(S, "de", "insurer-to-claimant", "injured passenger of the insured driver: rib contusion and whiplash, X-ray, sick note, request for medical release",
    P["aydin"], [FALK], "Ihre Verletzungen aus dem Unfall vom 13.01.2026 (KS-26-0047113)",
    when(1, 19, 14, 22),
    T("""
    Sehr geehrter Herr Falk,

    Herr Brandner hat uns mitgeteilt, dass Sie bei dem Unfall am 13.01.2026 auf der A44
    als Beifahrer in seinem Fahrzeug saßen und verletzt wurden. Als
    Kfz-Haftpflichtversicherer von Herrn Brandner sind wir für Ihre Ansprüche zuständig.

    Nach Ihrem Anruf vom Freitag haben wir notiert:
    - Notaufnahme Klinikum Kassel-Süd am 13.01., Röntgen Thorax und HWS
    - Diagnosen laut Ihrer Aussage: Rippenprellung links (S20.2) und
      HWS-Distorsion (S13.4)
    - arbeitsunfähig krankgeschrieben bis voraussichtlich 30.01.2026
    - Sie nehmen Ibuprofen 600 und haben Physiotherapie verordnet bekommen

    Damit wir Ihr Schmerzensgeld und den Verdienstausfall berechnen können, bitten wir
    um die unterschriebene Schweigepflichtentbindung (liegt dieser Mail nicht bei,
    kommt per Post) sowie Kopien der AU-Bescheinigungen und eine
    Verdienstbescheinigung Ihres Arbeitgebers.

    Einen Vorschuss von 500,00 EUR überweisen wir Ihnen gerne schon jetzt. Nennen Sie
    mir dafür bitte Ihre Bankverbindung.

    Gute Besserung und freundliche Grüße
    """ + sig("aydin")))

# 4 ------------------------------------------------------------------------
add(C, "de", "insurer-to-supplier", "towing order: named customer, plate, claim number, pickup address",
    P["hofmann"], [HAAS], "Überführung KS-LB 284 zu Yilmaz – Kostenübernahme", when(1, 15, 7, 58),
    T("""
    Guten Morgen Herr Haas,

    bitte überführen Sie den bei Ihnen abgestellten VW Golf, KS-LB 284 (Halter
    Lukas Brandner, Lohfelden), heute noch zur Karosserie Yilmaz & Söhne,
    Sandershäuser Str. 88, 34123 Kassel.

    Kostenübernahme für Bergung A44, Standgeld 13.-15.01. und Überführung erteilt
    bis 650,00 EUR netto. Rechnung bitte mit Schadennummer KS-26-0047113 an
    kfz-rechnungen@auenstein.example.

    Danke & Gruß
    Lea Hofmann
    Auenstein Kfz-Schadenservice
    """, cs="iso-8859-1", cte="8bit"), cs="iso-8859-1")

# 5 ------------------------------------------------------------------------
add(N, "en", "newsletter", "trap: fleet newsletter on whiplash, fatigue, alcohol limits and first-aid kits, generic",
    P["news"], [("Fleet Safety subscribers", f"fleet-news@{DOMAIN}")],
    "Fleet Safety Briefing – January 2026: black ice, headrests and fatigue", when(1, 16, 6, 0),
    ALT(T("""
    FLEET SAFETY BRIEFING - JANUARY 2026
    Auenstein Commercial Motor

    1) Black ice season
    Our claims data for the last three winters show that single-vehicle skids into
    crash barriers peak between 6 and 8 a.m. Please remind your drivers to plan extra
    time on motorway sections crossing valleys.

    2) Headrests save necks
    A correctly adjusted headrest (top edge level with the top of the head) halves the
    risk of whiplash in a rear-end collision. Check it at the next vehicle handover.

    3) Driver fatigue
    Drivers who have slept less than five hours have a crash risk comparable to a blood
    alcohol concentration of 0.8 per mille.

    4) First-aid kit expiry
    Kits bought in 2021 expire this year (DIN 13164). Our partner shop offers fleet
    prices.

    Manage your subscription: https://www.auenstein.example/newsletter/fleet
    """, cs="us-ascii", cte="7bit"),
        H("""
    <html><body style="font-family:Arial">
    <h2>Fleet Safety Briefing &ndash; January 2026</h2>
    <p><b>1) Black ice season.</b> Single-vehicle skids into crash barriers peak between 6 and 8 a.m.</p>
    <p><b>2) Headrests save necks.</b> A correctly adjusted headrest halves the risk of whiplash in a rear-end collision.</p>
    <p><b>3) Driver fatigue.</b> Less than five hours of sleep: crash risk comparable to 0.8 per mille blood alcohol.</p>
    <p><b>4) First-aid kit expiry.</b> Kits bought in 2021 expire this year (DIN 13164).</p>
    <p style="font-size:8pt"><a href="https://www.auenstein.example/newsletter/fleet">Manage your subscription</a></p>
    </body></html>
    """, cs="us-ascii", cte="7bit")),
    extra=[("List-Unsubscribe", f"<mailto:unsubscribe-fleet@{DOMAIN}>"), ("Precedence", "bulk")])

# 6 ------------------------------------------------------------------------
add(C, "de", "insurer-to-assessor", "assessment order: customer name, address, phone, plate, claim number",
    P["wilkens"], [KUEHN], "Gutachtenauftrag KS-26-0047113 / VW Golf KS-LB 284", when(1, 15, 9, 12),
    T("""
    Sehr geehrter Herr Kühn,

    wir beauftragen Sie mit der Erstellung eines Schadengutachtens (Vollkasko):

    Versicherungsnehmer: Lukas Brandner, Am Weinberg 12, 34253 Lohfelden,
                         mobil 0170 5550 3318
    Fahrzeug:            VW Golf VIII 1.5 eTSI, EZ 03/2022, ca. 38.000 km
    Kennzeichen:         KS-LB 284
    Schadentag:          13.01.2026, Anprall Schutzplanke A44
    Standort:            ab heute Mittag Karosserie Yilmaz & Söhne, Kassel

    Bitte prüfen Sie insbesondere, ob ein wirtschaftlicher Totalschaden vorliegt
    (Airbags vorne ausgelöst, Vorderachse beschädigt). Restwertangebote bitte über
    die Restwertbörse, drei Angebote reichen.

    Honorar nach unserer Vereinbarung (BVSK-Korridor HB V).

    Freundliche Grüße
    """ + sig("wilkens")))

# 7 ------------------------------------------------------------------------
add(N, "de", "insurer-to-supplier", "trap: workshop network framework terms with hourly rates and the workshop GmbH's own bank account",
    P["nowak"], [EYILMAZ], "Rahmenvereinbarung Partnerwerkstatt 2026 – Konditionen",
    when(1, 9, 16, 30),
    MIX(T("""
    Hallo Herr Yilmaz,

    anbei wie besprochen die Konditionen für 2026. Gegenüber 2025 haben wir die
    Stundenverrechnungssätze um 4,5 % angehoben, die Lackmaterial-Pauschale bleibt.
    Bitte prüfen Sie noch einmal die hinterlegte Bankverbindung Ihrer GmbH auf
    Seite 2, wir hatten im Dezember eine Rücklastschrift.

    Wenn alles passt, unterschreiben Sie bitte beide Exemplare und schicken eins zurück.

    Viele Grüße aus der Wilhelmshöher Allee
    Piotr Nowak
    """),
        A("Konditionen_Partnerwerkstatt_2026_Yilmaz.pdf", "application/pdf", pdf(f"""
    Rahmenvereinbarung Partnerwerkstatt - Konditionsblatt 2026
    Auenstein Allgemeine Versicherung AG  /  Karosserie Yilmaz & Soehne GmbH, Kassel

    1. Stundenverrechnungssaetze (netto)
       Mechanik / Elektrik          118,00 EUR
       Karosserie                   122,00 EUR
       Lackierung                   131,00 EUR
       Lackmaterial                 Pauschale 38 % auf Lacklohn
    2. Ersatzwagen fuer Kunden der Auenstein: kostenlos bis 5 Tage
    3. Hol- und Bringservice im Umkreis 25 km: inklusive
    4. Zahlungsziel: 14 Tage nach Rechnungseingang, Zahlung an
       Karosserie Yilmaz & Soehne GmbH, Kasseler Sparkasse
       IBAN {grp(IB_YILMAZ)}   BIC HELADEF1KAS
    5. Qualitaetsaudit jaehrlich, naechster Termin Q2/2026
    6. Laufzeit 01.01.2026 - 31.12.2026, Verlaengerung um je ein Jahr

    Kassel, den 09.01.2026
    """, title="Konditionsblatt 2026"))))

# 8 ------------------------------------------------------------------------
add(C, "de", "insurer-to-supplier", "rental car cost approval for a named customer with plate, claim number and rental period",
    P["hofmann"], [MOBILO], "Kostenübernahme Mietwagen – Brandner, KS-26-0047113", when(1, 16, 11, 40),
    T("""
    Hallo Mobilo-Team,

    für unseren Versicherungsnehmer Herrn Lukas Brandner (Schutzbrief zum Vertrag
    41-7730218-K) übernehmen wir einen Mietwagen der Klasse 4 (Golf-Klasse) ab heute
    für zunächst 7 Tage, max. 59 EUR netto/Tag inkl. Haftungsreduzierung.
    Eigenes Fahrzeug (KS-LB 284) ist in Reparatur bzw. Begutachtung.

    Übergabe bitte in Ihrer Station Kassel-Wilhelmshöhe, Herr Brandner meldet sich
    telefonisch. Verlängerung nur nach Rücksprache mit uns.

    Gruß
    """ + sig("hofmann"), flowed=True, cte="8bit"))

# 9 ------------------------------------------------------------------------
add(S, "en", "insurer-to-partner", "foreign injured driver: fractured wrist, surgery, hospital stay, sick leave, sent to his UK insurer",
    P["oneill"], [THAMES], "Your ref. TB/M/552190 – our claim KS-26-0051877 – Mr Oliver Holloway",
    when(1, 22, 15, 3),
    T("""
    Dear Ms Pryce,

    thank you for your letter of 19 January. As the motor liability insurer of the
    German vehicle involved (our insured turned left across the oncoming lane at the
    junction B3/Frankfurter Strasse in Kassel on 8 January 2026), we accept liability
    in full for your policyholder's losses.

    Regarding Mr Oliver Holloway (born 22/06/1984) we have now received the discharge
    summary from Klinikum Kassel-Süd:

      - distal radius fracture, right wrist (S52.5), open reduction and internal
        fixation with a volar plate on 9 January
      - in-patient stay 8-12 January 2026
      - concussion without loss of consciousness (S06.0), CT head unremarkable
      - fit to fly from 14 January; physiotherapy to continue in the UK

    Please send us his GP records from the UK from now on and the sick notes from his
    employer, so we can assess loss of earnings. An interim payment of EUR 3,000
    towards general damages has been approved and can be paid to Mr Holloway directly
    or via your office - please let us know which you prefer.

    Kind regards
    """ + sig("oneill", FOOT_EN)))

# 10 -----------------------------------------------------------------------
add(N, "de", "internal", "trap: IT ticket about uploading 'Arztberichte' into injury files, no person or file named",
    P["kurz"], [P["brakel"]], "AW: [INC-2026-01187] Upload Arztberichte in Kfz-PS-Akte bricht ab",
    when(1, 20, 13, 12),
    T("""
    Hallo Herr Brakel,

    kurze Rückmeldung zum Ticket: Die Uploads brechen ab, weil die eingescannten
    Arztberichte und Entlassungsbriefe seit dem Scanner-Update als PDF/A-3 mit
    über 25 MB ankommen. Das DMS-Limit liegt bei 20 MB.

    Workaround bis zum Fix (geplant KW 5): Scanner-Profil "Kfz-PS 300dpi s/w" statt
    "Farbe 600dpi" verwenden. Ich habe das Profil auf allen Geräten im 3. OG verteilt.

    Gruß
    Daniel Kurz

    > Von: Brakel, Torsten
    > Gesendet: Dienstag, 20. Januar 2026 09:02
    > Betreff: Upload Arztberichte in Kfz-PS-Akte bricht ab
    >
    > Hallo IT, seit gestern lassen sich bei uns im Team keine größeren Arztberichte
    > mehr in die Personenschadenakten hochladen. Fehlermeldung "Dokument zu groß".
    > Betrifft alle Kollegen. Bitte um kurzfristige Hilfe.
    """ + sig("kurz")))

# 11 -----------------------------------------------------------------------
add(S, "de", "insurer-to-hospital", "request for discharge report of an injured cyclist, names patient, birth date, accident; release form PDF attached",
    P["aydin"], [KLINIKUM], "Anforderung Entlassungsbericht – Frau Theresa Quandt, geb. 04.09.1991",
    when(1, 27, 10, 17),
    MIX(T("""
    Sehr geehrte Damen und Herren,

    wir regulieren als Kfz-Haftpflichtversicherer die Ansprüche von Frau Theresa Quandt,
    geb. 04.09.1991, aus einem Verkehrsunfall vom 20.01.2026 (Radfahrerin, erfasst von
    einem Lkw an der Kreuzung Leipziger Str./Lilienthalstr. in Kassel). Frau Quandt
    wurde nach unserer Kenntnis in Ihrer Unfallchirurgie stationär behandelt.

    Wir bitten um Übersendung
    - des vorläufigen bzw. endgültigen Entlassungsberichts,
    - der OP-Berichte,
    - der Röntgen-/CT-Befunde.

    Die von Frau Quandt unterzeichnete Schweigepflichtentbindungserklärung liegt bei.
    Die Kosten für die Auskunft übernehmen wir nach GOÄ.

    Mit freundlichen Grüßen
    """ + sig("aydin")),
        A("Schweigepflichtentbindung_Quandt.pdf", "application/pdf", pdf("""
    Erklaerung zur Entbindung von der Schweigepflicht
    Auenstein Allgemeine Versicherung AG, Schaden KS-26-0058020

    Ich, Theresa Quandt, geb. 04.09.1991, wohnhaft Friedrich-Ebert-Str. 141, 34119 Kassel,
    entbinde die mich behandelnden Aerzte, Krankenhaeuser und Therapeuten, insbesondere
    das Klinikum Kassel-Sued (Unfallchirurgie) und Frau Dr. med. Karin Ebeling
    (Orthopaedie), von ihrer Schweigepflicht gegenueber der Auenstein Allgemeine
    Versicherung AG, soweit es um die Folgen des Verkehrsunfalls vom 20.01.2026 geht.

    Die Entbindung gilt fuer Befunde, Diagnosen, Behandlungsberichte und
    Arbeitsunfaehigkeitsbescheinigungen ab dem 20.01.2026.

    Kassel, 24.01.2026          gez. T. Quandt
    """, title="Schweigepflichtentbindung"))))

# 12 -----------------------------------------------------------------------
add(C, "en", "insurer-to-customer", "foreign claimant: parking damage, no injury, bank details and claim number",
    P["oneill"], [("Pieter van den Berg", "pvdberg@zeelandmail.example")],
    "Claim KS-26-0049310 – your Volvo XC60 (NL 41-TRG-7) – payment", when(1, 28, 11, 4),
    T(f"""
    Dear Mr van den Berg,

    thank you for sending the repair estimate from your dealer in Middelburg. Our
    insured has confirmed that she reversed into your parked Volvo XC60 (registration
    41-TRG-7) at the Koenigsplatz car park in Kassel on 4 January. Nobody was hurt.

    We accept the estimate of EUR 2,184.30 net (you are not entitled to deduct VAT, so
    we pay gross: EUR 2,643.00) plus a flat fee of EUR 25 for your expenses.

    We will transfer EUR 2,668.00 within five working days to the account you gave us:

        Account holder: P. J. van den Berg
        IBAN: {grp(IB_NL_VDBERG)}

    If this is not correct, please reply before Friday.

    Best regards
    """ + sig("oneill", FOOT_EN), cs="us-ascii", cte="7bit"))

# 13 -----------------------------------------------------------------------
add(N, "en", "internal", "trap: Green Card desk statistics with injury counts per country, aggregated only",
    P["oneill"], [P["brakel"], P["carter"]], "Green Card desk – Q4/2025 figures", when(1, 12, 9, 30),
    MIX(T("""
    Torsten, Emily,

    Q4 figures attached. Headlines:
    - 214 new foreign-vehicle claims (Q3: 187), Netherlands and Poland up most
    - 31 of them with bodily injury, 4 with serious injuries (hospital > 7 days)
    - average time to first payment down from 38 to 29 days
    - no fatal cases this quarter

    Breakdown per country and injury type in the sheet. Small cells (<3) are merged into
    "other" as agreed with the DPO.

    James
    """, cs="us-ascii", cte="7bit"),
        A("GreenCard_Q4_2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx([
            ["Country", "Claims", "Property only", "Bodily injury", "of which serious", "Avg days to 1st payment"],
            ["Netherlands", 52, 45, 7, 1, 24],
            ["Poland", 48, 41, 7, 1, 33],
            ["Austria", 29, 25, 4, 0, 22],
            ["Czech Republic", 21, 18, 3, 0, 35],
            ["United Kingdom", 17, 13, 4, 1, 31],
            ["France", 14, 12, 2, 0, 27],
            ["other", 33, 29, 4, 1, 30],
            ["Total", 214, 183, 31, 4, 29],
        ], sheet="Q4 2025"))))

# 14 -----------------------------------------------------------------------
add(S, "de", "insurer-to-lawyer", "compensation offer for injured cyclist: fractures, surgery, rehab, permanent impairment, lost earnings",
    P["aydin"], [REUTER], "Ihr Zeichen 17/26 CR – Quandt ./. Nordhessen Logistik GmbH – Regulierungsangebot",
    when(3, 18, 16, 45),
    T("""
    Sehr geehrte Frau Kollegin Dr. Reuter,

    in der Sache Ihrer Mandantin Frau Theresa Quandt (unser Schaden KS-26-0058020) liegen
    uns inzwischen der Entlassungsbericht des Klinikums Kassel-Süd, der Reha-Abschluss-
    bericht der Klinik am Habichtswald sowie das fachorthopädische Gutachten von
    Dr. Hagedorn vom 02.03.2026 vor.

    Wir gehen danach von folgendem Verletzungsbild aus:
    - distale Unterschenkelfraktur rechts (S82.3), Marknagelosteosynthese am 20.01.2026
    - Fraktur des Os metacarpale V links (S62.33), konservativ
    - Schürfwunden und Prellungen
    - stationär 20.01.–31.01.2026, anschließend 3 Wochen AHB
    - Arbeitsunfähigkeit als Erzieherin voraussichtlich bis 30.04.2026
    - nach dem Gutachten verbleibt voraussichtlich eine MdE von 10 % (Bewegungs-
      einschränkung oberes Sprunggelenk); Metallentfernung in ca. 12 Monaten

    Wir bieten zur Abgeltung des immateriellen Schadens einschließlich der absehbaren
    Metallentfernung einen Betrag von 14.000,00 EUR an. Darauf wurden bereits
    3.000,00 EUR als Vorschuss gezahlt.

    Verdienstausfall: Nach der Verdienstbescheinigung (netto 2.310 EUR monatlich)
    und dem Krankengeldbescheid der Kasse ergibt sich eine Differenz von 287,40 EUR
    pro Monat, die wir bis einschließlich April übernehmen. Haushaltsführungsschaden
    bitten wir konkret darzulegen.

    Ihre Gebühren erstatten wir nach RVG auf Basis des Erledigungswerts.

    Mit freundlichen kollegialen Grüßen
    """ + sig("aydin")))

# 15 -----------------------------------------------------------------------
add(N, "de", "insurer-to-supplier", "trap: towing tariff negotiation, company rates and vehicle classes, no customer",
    P["nowak"], [HAAS], "Pauschalen Abschleppen/Bergen 2026 – unser Gegenvorschlag", when(1, 13, 15, 55),
    T("""
    Hallo Herr Haas,

    danke für Ihre neue Preisliste. Für die Rahmenvereinbarung schlagen wir vor:

      Pannen-/Unfallabschleppen Pkw bis 3,5 t, bis 25 km    189,00 EUR
      jeder weitere km                                        2,40 EUR
      Bergung Böschung/Graben (Zuschlag)                    145,00 EUR
      Nacht-/Wochenendzuschlag                              25 %
      Standgeld ab Tag 3                                     12,00 EUR/Tag
      E-Fahrzeuge: Quarantäne-Stellplatz                     35,00 EUR/Tag

    Das Standgeld ab Tag 1 können wir nicht akzeptieren, da wir Ihnen die Aufträge
    innerhalb von 48 Stunden disponieren. Alle Preise netto.

    Können wir nächste Woche telefonieren? Dienstag ab 14 Uhr ginge bei mir.

    Gruß, Piotr Nowak
    """, cs="windows-1252", cte="quoted-printable"), cs="windows-1252")

# 16 -----------------------------------------------------------------------
add(C, "de", "insurer-to-supplier", "workshop repair release: named customer, plate, VIN, claim number, deductible",
    P["wilkens"], [YILMAZ], "Reparaturfreigabe KS-26-0047113 – Golf KS-LB 284", when(1, 21, 8, 20),
    T("""
    Hallo zusammen,

    das Gutachten von Kühn liegt vor: Reparaturkosten 9.842,17 EUR netto,
    Wiederbeschaffungswert 21.500 EUR, kein Totalschaden. Die Reparatur ist damit
    freigegeben.

    Fahrzeug:  VW Golf VIII, FIN WVWZZZCDZNW148813, KS-LB 284
    Kunde:     Lukas Brandner
    Vertrag:   41-7730218-K, Vollkasko SB 500 EUR

    Die Selbstbeteiligung von 500 EUR kassieren Sie bitte direkt bei Herrn Brandner,
    den Rest rechnen Sie mit uns ab (Direktabrechnung). Ersatzteile bitte nach
    Gutachten, Abweichungen > 5 % vorher melden.

    Danke!
    Jana Wilkens
    Kfz-Schadenregulierung
    """))

# 17 -----------------------------------------------------------------------
add(N, "de", "insurer-to-customer", "trap: auto-reply of claims handler mentioning accidents, injuries and bank data in general terms",
    P["aydin"], [("Sandra Ulbrich", "sandra.ulbrich@freenet-post.example")], "Abwesenheitsnotiz: AW: Rückfrage",
    when(1, 30, 17, 2),
    T("""
    Vielen Dank für Ihre Nachricht.

    Ich bin bis einschließlich 06.02.2026 nicht im Büro. Ihre E-Mail wird nicht
    weitergeleitet.

    Bei neuen Unfällen mit Verletzten, Fragen zu Arztberichten, Schmerzensgeld oder
    Vorschüssen wenden Sie sich bitte an kfz-personenschaden@auenstein.example oder
    0561 7788-4300. Bitte senden Sie Gesundheitsunterlagen und Bankverbindungen nicht
    unverschlüsselt per E-Mail, sondern nutzen Sie unser Upload-Portal
    https://upload.auenstein.example.

    Mehmet Aydın
    """), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 18 -----------------------------------------------------------------------
add(S, "de", "insurer-to-customer", "regress letter to a drunk driver: blood alcohol 1.62 per mille, penal order, licence withdrawal",
    P["mertens"], [("Kevin Roth", "kevin.roth88@mailbox.example")],
    "Regress aus Schaden KS-25-0391442 – Ihre Trunkenheitsfahrt vom 22.11.2025", when(2, 3, 10, 31),
    T("""
    Sehr geehrter Herr Roth,

    wir nehmen Bezug auf den Unfall vom 22.11.2025 in Baunatal, bei dem Sie mit dem bei
    uns versicherten Fahrzeug (Opel Astra, KS-KR 881) zwei geparkte Fahrzeuge
    beschädigt haben.

    Aus der Ermittlungsakte der Staatsanwaltschaft Kassel (Az. 3621 Js 18840/25), in die
    wir Einsicht genommen haben, ergibt sich eine Blutalkoholkonzentration von
    1,62 Promille zum Zeitpunkt der Blutentnahme. Gegen Sie ist inzwischen ein
    rechtskräftiger Strafbefehl wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB)
    ergangen; die Fahrerlaubnis wurde entzogen.

    Damit haben Sie die Alkoholklausel der AKB (D.1.2) verletzt. Wir haben den Schaden
    der Geschädigten in Höhe von 11.380,55 EUR reguliert und sind berechtigt, bis zu
    5.000,00 EUR von Ihnen zurückzufordern.

    Wir bitten um Zahlung von 5.000,00 EUR bis zum 06.03.2026 auf unser Konto
    IBAN """ + grp(IB_AUEN) + """ (Verwendungszweck: KS-25-0391442). Eine Ratenzahlung
    ist nach Vorlage Ihrer Einkommensnachweise möglich.

    Mit freundlichen Grüßen
    """ + sig("mertens")))

# 19 -----------------------------------------------------------------------
add(N, "mixed", "insurer-to-partner", "trap: reinsurance bordereau cover note on large motor bodily-injury losses, anonymised, age bands only",
    P["carter"], [NORDICRE], "Motor XL 2026 – large loss notification threshold / Schwellenwert",
    when(2, 2, 14, 10),
    T("""
    Dear colleagues,

    as discussed in Hamburg, please find below the agreed wording for the large-loss
    notifications under the Motor XL treaty 2026. German version for our claims teams
    underneath.

    EN: Any motor liability claim with a reserve above EUR 500,000 or involving
    tetraplegia, paraplegia, severe brain injury (GCS <= 8), amputation or a fatality
    shall be notified within 30 days, with age band, sex and injury category only.
    Names and claim files are made available on request in the secure data room.

    DE: Jeder Kfz-Haftpflichtschaden mit Reserve über 500.000 EUR oder mit
    Tetra-/Paraplegie, schwerem Schädel-Hirn-Trauma (GCS <= 8), Amputation oder
    Todesfall ist binnen 30 Tagen zu melden – nur mit Altersband, Geschlecht und
    Verletzungskategorie. Namen und Akten nur auf Anforderung im Datenraum.

    Current list for 2025 (anonymised): 3 cases – M 18-25 severe TBI, F 46-55
    paraplegia, M 66-75 fatal.

    Best regards / Viele Grüße
    """ + sig("carter", FOOT_EN)))

# 20 -----------------------------------------------------------------------
add(C, "de", "insurer-to-customer", "deer collision partial-cover claim: name, plate, policy number, payment to account (IBAN)",
    P["kessler"], [("Hans-Peter Schmidtke", "hp.schmidtke@t-net.example")],
    "Wildunfall 02.02.2026 – Ihr Skoda Octavia HR-HS 77", when(2, 9, 11, 18),
    T(f"""
    Guten Tag Herr Schmidtke,

    die Wildschadenbescheinigung des Jagdpächters und die Rechnung der Kfz-Technik
    Lindner sind angekommen, danke. Der Schaden (Reh, L3214 bei Homberg) ist über Ihre
    Teilkasko gedeckt, Vertrag 41-6650932-T.

    Rechnung Lindner:           3.412,60 EUR
    Abschleppen Haas:             238,00 EUR
    abzgl. Selbstbeteiligung:    -150,00 EUR
    -----------------------------------------
    Erstattung:                 3.500,60 EUR

    Die Werkstatt hatten Sie bereits selbst bezahlt, wir überweisen den Betrag daher an
    Sie auf {grp(IB_SCHMIDTKE)} (Hans-Peter Schmidtke). Die Abschleppkosten zahlen wir
    direkt an Haas.

    Ein Wildunfall wirkt sich nicht auf Ihren Schadenfreiheitsrabatt aus.

    Freundliche Grüße
    Ute Keßler
    Kundenservice Kfz
    """, cs="iso-8859-1", cte="quoted-printable"), cs="iso-8859-1")

# 21 -----------------------------------------------------------------------
add(S, "en", "insurer-to-broker", "harmless body; attached PDF status report names the injured company-car driver with lumbar fracture and rehab",
    P["focke"], [FENWICK], "RE: Wexford Pumps GmbH fleet – claim KS-26-0060214 – status",
    when(2, 11, 9, 44),
    MIX(T("""
    Hi Rachel,

    as promised, attached is our status report on the Wexford Pumps company-car claim
    as of today. Short version: liability is clear (the other driver ran a red light),
    the car is a total loss, the replacement vehicle is with your client since Monday.

    I've put the driver-related points in the PDF rather than in this mail.
    Please handle accordingly.

    Cheers,
    Rainer

    -----Original Message-----
    From: Rachel Quinn <claims@fenwick-brokers.example>
    Sent: Tuesday, 10 February 2026 17:21
    To: Focke, Rainer <rainer.focke@auenstein.example>
    Subject: Wexford Pumps GmbH fleet - claim KS-26-0060214 - status

    Rainer, the client's HR team keeps asking me for an update. Anything you can share?
    Thanks, Rachel
    """ + sig("focke", FOOT_EN)),
        A("Status_KS-26-0060214.pdf", "application/pdf", pdf("""
    Claim status report - KS-26-0060214
    Policyholder: Wexford Pumps GmbH, Kassel (fleet policy FL-2291-44)
    Vehicle: BMW 320d Touring, KS-WP 1207, company car
    Date of loss: 29 January 2026, Kassel, Holländische Strasse / Wolfhager Strasse

    1. Liability: third party (red-light violation, witness statements). Recourse
       against Hansa-Mitte Versicherung initiated.
    2. Vehicle: total loss, replacement value EUR 28,400, salvage EUR 6,150.
    3. Driver: Mr Stephen Doyle (employee, born 14/03/1979). Taken to Klinikum
       Kassel-Sued by ambulance. Stable compression fracture of the first lumbar
       vertebra (S32.01), treated conservatively with a brace; discharged 6 February.
       Outpatient rehabilitation planned for 6-8 weeks, unfit for work until
       at least mid-April. His statutory accident insurer (BG) has been notified
       as this was a business trip.
    4. Next steps: we coordinate with the BG; personal injury claims of Mr Doyle
       against the third party are handled by his own lawyer.
    """, title="Status report KS-26-0060214"))))

# 22 -----------------------------------------------------------------------
add(N, "en", "insurer-to-broker", "trap: fleet renewal terms with loss ratio and injury frequency as aggregates, company figures only",
    P["focke"], [FENWICK], "Wexford Pumps fleet renewal 01/04/2026 - our terms", when(2, 24, 16, 5),
    T("""
    Rachel,

    here are our renewal terms for the Wexford Pumps GmbH fleet (42 vehicles):

      - motor third-party liability + comprehensive, deductible EUR 500 / 1,000
      - 3-year loss ratio 71 % (2023: 64 %, 2024: 69 %, 2025: 79 %)
      - claims frequency 0.38 per vehicle-year; bodily-injury share 9 %
      - premium +6.5 %, or flat if the client joins our driver-training programme
        (two half-day sessions, max. 12 drivers each)

    The 2025 deterioration is mostly two large claims, one with injuries. Happy to walk
    the client's fleet manager through it in a call.

    Best,
    Rainer Focke
    Commercial Motor / Fleets
    """, cs="us-ascii", cte="7bit"))

# 23 -----------------------------------------------------------------------
add(C, "en", "insurer-to-customer", "new motor customer: date of birth, address, no-claims class from previous insurer, eVB number",
    P["kessler"], [("Jennifer Okafor", "jen.okafor@globalmail.example")],
    "Your car insurance with Auenstein – eVB and no-claims bonus", when(2, 4, 12, 26),
    T("""
    Dear Ms Okafor,

    welcome to Auenstein and thanks for choosing us for your Mazda CX-5.

    Your electronic insurance confirmation (eVB) for the registration office is:

        eVB number: X7K4P2M

    We have recorded the following data - please check them:

        Name:            Jennifer Adaeze Okafor
        Date of birth:   November 30, 1986
        Address:         Kölnische Straße 57, 34117 Kassel
        Previous insurer: Thamesbridge Insurance plc (UK), 6 claim-free years
        Our no-claims class: SF 6 (we accept the UK confirmation letter you sent)
        Policy number:   41-8120457-K

    Once the car is registered we will send you the policy schedule. If you'd like to
    pay by direct debit, you can enter your IBAN in the customer portal; please don't
    send it by e-mail.

    Kind regards
    """ + sig("kessler", FOOT_EN)))

# 24 -----------------------------------------------------------------------
add(S, "de", "insurer-to-doctor", "request for follow-up report on an injured claimant: healing of fracture, physiotherapy, sick leave",
    P["aydin"], [EBELING], "Befundbericht Frau Quandt, geb. 04.09.1991 – Verlauf nach Unterschenkelfraktur",
    when(2, 18, 8, 55),
    T("""
    Sehr geehrte Frau Dr. Ebeling,

    Frau Theresa Quandt befindet sich nach ihrer Entlassung aus dem Klinikum Kassel-Süd
    in Ihrer ambulanten Weiterbehandlung (Zustand nach Marknagelung bei distaler
    Unterschenkelfraktur rechts, Unfall vom 20.01.2026).

    Für die Regulierung der Ansprüche bitten wir Sie um einen kurzen Befundbericht:

    1. Wie ist die Frakturheilung radiologisch zu beurteilen?
    2. Besteht volle Belastbarkeit? Wird noch Physiotherapie verordnet, wie oft?
    3. Wie lange wird die Arbeitsunfähigkeit voraussichtlich andauern?
    4. Sind Dauerfolgen zu erwarten?

    Eine Schweigepflichtentbindung liegt uns vor (Kopie anbei in Ihrer Post, heute
    verschickt). Für den Bericht vergüten wir pauschal 60,00 EUR zzgl. Porto.

    Mit freundlichen Grüßen

    i. A. Mehmet Aydın
    Kfz-Personenschaden
    """ + FOOT_DE))

# 25 -----------------------------------------------------------------------
krause_rows = [["Position", "Mobilo berechnet", "Auenstein erstattet"],
               ["Mietdauer", "12 Tage", "12 Tage"],
               ["Tarif (Klasse 5)", "Schwacke-Modus 139,00 EUR/Tag", "Fraunhofer-Mittel 71,50 EUR/Tag"],
               ["Grundmiete", "1.668,00 EUR", "858,00 EUR"],
               ["Haftungsreduzierung", "324,00 EUR", "240,00 EUR"],
               ["Zustellung/Abholung", "60,00 EUR", "60,00 EUR"],
               ["Summe netto", "2.052,00 EUR", "1.158,00 EUR"]]
add(C, "de", "insurer-to-supplier", "rental invoice dispute for a named third-party claimant with plate and claim number; HTML table",
    P["hofmann"], [MOBILO], "Ihre Rechnung MR-2026-01773 / Geschädigte Nadine Krause / KS-26-0052219",
    when(2, 12, 14, 37),
    ALT(T("""
    Sehr geehrte Damen und Herren,

    zu Ihrer Rechnung MR-2026-01773 über den Mietwagen für Frau Nadine Krause
    (Geschädigte, eigenes Fahrzeug Seat Leon KS-NK 512, Unfall mit unserem
    Versicherungsnehmer am 27.01.2026) erstatten wir wie folgt:

    """ + "\n".join(f"  {a:22s} {b:32s} {c}" for a, b, c in krause_rows) + """

    Wir legen den Fraunhofer-Mietpreisspiegel zugrunde; eine besondere Eilbedürftigkeit
    ist nicht dargelegt. Die Differenz von 894,00 EUR netto werden wir nicht ausgleichen.
    Zahlung erfolgt an Sie aufgrund der Abtretungserklärung vom 28.01.2026.

    Mit freundlichen Grüßen
    Lea Hofmann
    """),
        H("""
    <html><body style="font-family:Calibri,Arial;font-size:11pt">
    <p>Sehr geehrte Damen und Herren,</p>
    <p>zu Ihrer Rechnung MR-2026-01773 über den Mietwagen für Frau <b>Nadine Krause</b>
    (Geschädigte, eigenes Fahrzeug Seat Leon KS-NK 512, Unfall mit unserem
    Versicherungsnehmer am 27.01.2026) erstatten wir wie folgt:</p>
    """ + table(krause_rows) + """
    <p>Wir legen den Fraunhofer-Mietpreisspiegel zugrunde; eine besondere Eilbedürftigkeit
    ist nicht dargelegt. Die Differenz von 894,00 EUR netto werden wir nicht ausgleichen.
    Zahlung erfolgt an Sie aufgrund der Abtretungserklärung vom 28.01.2026.</p>
    <p>Mit freundlichen Grüßen<br>Lea Hofmann</p>
    </body></html>
    """)))

# 26 -----------------------------------------------------------------------
add(N, "de", "internal", "trap: first-aid training invitation naming volunteer colleagues, allergy and defibrillator words, no health data",
    P["sommer"], [("Ersthelfer Standort Kassel", f"ersthelfer-kassel@{DOMAIN}")],
    "Auffrischung Erste Hilfe am 05.03. + neuer Defi im Foyer", when(2, 16, 10, 0),
    MIX(T("""
    Liebe Ersthelferinnen und Ersthelfer,

    die jährliche Auffrischung findet am Donnerstag, 05.03.2026, 9–16 Uhr im
    Schulungsraum E.14 statt (Trainer vom Kreisverband). Angemeldet sind bisher
    Frau Albers, Herr Nowak, Frau Keßler und Herr Kurz – wer noch fehlt, bitte bis
    Ende Februar bei mir melden.

    Inhalte: Herz-Lungen-Wiederbelebung, Umgang mit dem neuen AED im Foyer,
    Schlaganfall erkennen (FAST), allergische Reaktionen, stabile Seitenlage.

    Wichtig: Bitte schickt mir KEINE Informationen über eigene Erkrankungen oder
    Allergien per Mail. Wer beim Praxisteil etwas beachten muss, spricht das direkt
    mit dem Trainer ab.

    Termin als Kalendereintrag anbei.

    Viele Grüße
    Birgit Sommer
    """),
        A("Erste-Hilfe-Auffrischung.ics", "text/calendar", ics(
            "eh-2026-03-05@auenstein.example", "20260305T090000", "20260305T160000",
            "Erste-Hilfe-Auffrischung (Ersthelfer)", "Schulungsraum E.14, Wilhelmshöher Allee 310",
            "Auffrischung für benannte Ersthelfer. Bitte bequeme Kleidung.",
            P["sommer"]), cs="utf-8")))

# 27 -----------------------------------------------------------------------
add(S, "de", "internal", "internal consult request to the medical adviser about a named injured passenger's whiplash and neck MRI",
    P["aydin"], [P["rautenberg"]], "Bitte um Einschätzung HWS – Falk / KS-26-0047113", when(2, 20, 11, 9),
    T("""
    Hallo Frau Dr. Rautenberg,

    könnten Sie bitte kurz auf einen Fall schauen? Beifahrer Dennis Falk, 34 J., Unfall
    13.01. (Anprall Schutzplanke, ca. 60 km/h, Airbags ausgelöst).

    - Notaufnahme: HWS-Distorsion Grad I nach Quebec, Rippenprellung links
    - jetzt Attest des Hausarztes über AU bis 13.03. (also 8 Wochen!)
    - MRT HWS vom 10.02.: "geringe Bandscheibenprotrusion C5/6 ohne
      Nervenwurzelkompression, degenerativ"
    - er verlangt 6.000 EUR Schmerzensgeld + Verdienstausfall

    Meine Frage: Ist die lange AU noch unfallbedingt, oder reden wir hier über die
    degenerative Vorschädigung? Ein Gutachten würde ich nur beauftragen, wenn Sie das
    für nötig halten. Die Unterlagen liegen in der E-Akte.

    Danke und Gruß
    Mehmet
    """))

# 28 -----------------------------------------------------------------------
add(S, "de", "insurer-to-claimant", "grey: short payment advice of a pain-and-suffering advance with IBAN; the word Schmerzensgeld implies an injury",
    P["aydin"], [FALK], "AW: Bankverbindung", when(1, 26, 9, 15),
    T(f"""
    Hallo Herr Falk,

    danke, der Vorschuss von 500,00 EUR auf Ihr Schmerzensgeld ist heute an
    {IB_WEBER} (Kontoinhaber Dennis Falk) rausgegangen.

    Viele Grüße
    Mehmet Aydın

    -----Ursprüngliche Nachricht-----
    Von: Dennis Falk <d.falk@mailbox.example>
    Gesendet: Samstag, 24. Januar 2026 19:02
    An: Aydın, Mehmet <mehmet.aydin@auenstein.example>
    Betreff: Bankverbindung

    Hallo Herr Aydin, hier meine Bankverbindung für den Vorschuss: {grp(IB_WEBER)}
    Gruß D. Falk
    """, cte="base64"))

# 29 -----------------------------------------------------------------------
add(N, "en", "insurer-to-supplier", "trap: app vendor spec with placeholder person 'John Doe', published example IBAN and 'medical certificate' upload",
    P["kurz"], [("Brightlane Apps – Delivery", "delivery@brightlane-apps.example")],
    "Claims app sprint 14 – acceptance criteria for document upload", when(2, 19, 15, 30),
    T("""
    Hi team,

    acceptance criteria for the upload feature in sprint 14, as agreed in Tuesday's call:

    AC-1  A claimant can upload photos, repair estimates, police reports and medical
          certificates (PDF, JPG, HEIC; max. 20 MB per file, 10 files per claim).
    AC-2  Medical documents are tagged "health" and stored only in the health bucket
          (encryption key set B). They never appear in push notifications.
    AC-3  The IBAN field validates the checksum. Use the published test IBAN
          DE89 3704 0044 0532 0130 00 for the positive case and DE89 3704 0044 0532
          0130 01 for the negative case.
    AC-4  Test persona: "John Doe, born 01/01/1970, 1 Example Street, 34117 Kassel",
          policy 00-0000000-K. No real customer data in the test environment, ever.

    Please update the Jira stories by Friday.

    Thanks,
    Daniel
    """ + sig("kurz", FOOT_EN), cs="us-ascii", cte="7bit"))

# 30 -----------------------------------------------------------------------
add(C, "de", "insurer-to-authority", "request for police theft report: named customer, plate, VIN, policy number; no injury",
    P["kessler"], [POLIZEI], "Diebstahl Pkw KS-AE 3030 – Anfrage Ermittlungsstand / Ihr Az. ST/0211/26",
    when(2, 25, 9, 2),
    T("""
    Sehr geehrte Damen und Herren,

    unsere Versicherungsnehmerin Frau Aylin Erdem, Holländische Str. 205, 34127 Kassel,
    hat am 10.02.2026 bei Ihnen den Diebstahl ihres Fahrzeugs angezeigt:

        Hyundai Tucson, amtl. Kennzeichen KS-AE 3030,
        FIN TMAJ381AAMJ204417, Erstzulassung 06/2021

    Frau Erdem ist bei uns teilkaskoversichert (Vertrag 41-5518830-T). Für die
    Regulierung bitten wir um kurze Mitteilung, ob das Fahrzeug inzwischen
    aufgefunden wurde und ob das Ermittlungsverfahren noch läuft. Eine Vollmacht der
    Versicherungsnehmerin können wir auf Wunsch nachreichen.

    Mit freundlichen Grüßen
    """ + sig("kessler")))

# 31 -----------------------------------------------------------------------
add(S, "de", "insurer-to-authority", "file inspection request in criminal proceedings against a named truck driver for negligent bodily injury of a named cyclist",
    P["aydin"], [STA], "Akteneinsicht Az. 3612 Js 2291/26 – Ermittlungsverfahren gegen Marcel Dietz",
    when(2, 6, 13, 48),
    T("""
    Staatsanwaltschaft Kassel
    z. Hd. Frau Staatsanwältin Brehm

    Ermittlungsverfahren gegen Herrn Marcel Dietz, geb. 17.07.1979,
    wegen fahrlässiger Körperverletzung (§ 229 StGB)
    Geschädigte: Frau Theresa Quandt

    Sehr geehrte Frau Brehm,

    wir sind der Kfz-Haftpflichtversicherer des von Herrn Dietz geführten Lkw
    (Halterin Nordhessen Logistik GmbH, KS-NL 4410). Zur Prüfung der Ansprüche der
    schwer verletzten Radfahrerin beantragen wir gemäß § 406e StPO analog bzw. im
    Rahmen des berechtigten Interesses Einsicht in die Ermittlungsakte, insbesondere
    in die Unfallskizze, die Lichtbilder, die Zeugenaussagen und das Gutachten zum
    Abbiegevorgang. Auszüge aus ärztlichen Unterlagen der Geschädigten benötigen wir
    nicht, diese liegen uns mit Schweigepflichtentbindung vor.

    Die Kosten der Aktenversendung übernehmen wir.

    Mit freundlichen Grüßen
    """ + sig("aydin")))

# 32 -----------------------------------------------------------------------
wild = [["Landkreis", "Wildunfälle 2025", "davon mit Verletzten", "Ø Schaden"],
        ["Kassel", "1.412", "11", "3.180 EUR"], ["Schwalm-Eder", "2.036", "19", "3.320 EUR"],
        ["Werra-Meißner", "1.288", "9", "3.050 EUR"], ["Waldeck-Frankenberg", "2.411", "23", "3.410 EUR"],
        ["Hersfeld-Rotenburg", "1.197", "8", "3.140 EUR"]]
add(N, "de", "newsletter", "trap: HTML-only customer newsletter on deer collisions with regional injury statistics",
    P["news"], [("Kundinnen und Kunden", f"kunden-newsletter@{DOMAIN}")],
    "Achtung Wildwechsel: Was tun nach einem Wildunfall?", when(3, 30, 6, 30),
    H("""
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>Auenstein Newsletter</title></head>
    <body style="font-family:Arial,sans-serif;max-width:640px">
    <h1 style="color:#1b5e20">Achtung Wildwechsel!</h1>
    <p>Mit der Zeitumstellung fällt der Berufsverkehr wieder in die Dämmerung – und
    damit in die Hauptaktivitätszeit von Reh und Wildschwein. So verhalten Sie sich richtig:</p>
    <ol>
    <li>Warnblinker an, Unfallstelle sichern, Warnweste tragen.</li>
    <li>Verletzte versorgen und Notruf 110 wählen – auch wenn „nur“ ein Tier verletzt ist.</li>
    <li>Tier nicht anfassen und auf keinen Fall mitnehmen (Wilderei!).</li>
    <li>Wildunfallbescheinigung von Polizei oder Jagdpächter geben lassen.</li>
    <li>Schaden in der Auenstein-App melden – Fotos genügen.</li>
    </ol>
    <h2>Wildunfälle in Nordhessen 2025</h2>
    """ + table(wild) + """
    <p>Ein Wildunfall ist in der Teilkasko versichert und kostet Sie keinen Schadenfreiheitsrabatt.</p>
    <p style="font-size:8pt;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
    <a href="https://www.auenstein.example/abmelden">Abmelden</a> ·
    Auenstein Allgemeine Versicherung AG, Wilhelmshöher Allee 310, 34131 Kassel</p>
    </body></html>
    """), extra=[("List-Unsubscribe", f"<https://www.auenstein.example/abmelden>"), ("Precedence", "bulk")])

# 33 -----------------------------------------------------------------------
add(C, "de", "insurer-to-customer", "harmless body; PDF total-loss settlement with name, address, plate, policy, payout and IBAN",
    P["wilkens"], [("Gerd Weber", "gerd.weber@webpost.example")], "Ihre Abrechnung", when(3, 3, 15, 12),
    MIX(T("""
    Guten Tag Herr Weber,

    anbei die Abrechnung wie telefonisch besprochen. Bei Fragen melden Sie sich gern.

    Freundliche Grüße
    Jana Wilkens
    """, cs="windows-1252", cte="quoted-printable"),
        A("Abrechnung_KS-26-0063390.pdf", "application/pdf", pdf(f"""
    Abrechnung Totalschaden - Schaden KS-26-0063390
    Versicherungsnehmer: Gerd Weber, Ahnatalstr. 9, 34128 Kassel
    Vertrag 41-3377104-K (Vollkasko, SB 300 EUR)
    Fahrzeug: Ford Focus Turnier, KS-GW 1961, Schadentag 16.02.2026 (Auffahrunfall, Alleinschaden)

    Wiederbeschaffungswert laut Gutachten Gutachterring Nord        14.900,00 EUR
    abzueglich Restwert (hoechstes Angebot Restwertboerse)         -3.870,00 EUR
    abzueglich Selbstbeteiligung                                     -300,00 EUR
    Abschleppkosten Haas (direkt an Haas gezahlt)                   0,00 EUR
    ---------------------------------------------------------------
    Auszahlung an Sie                                              10.730,00 EUR

    Ueberweisung auf Ihr Konto IBAN {IB_KRAUSE[:4]} {IB_KRAUSE[4:8]} {IB_KRAUSE[8:12]} {IB_KRAUSE[12:16]} {IB_KRAUSE[16:20]} {IB_KRAUSE[20:]} (Gerd Weber)
    Wertstellung voraussichtlich 06.03.2026.

    Bitte uebergeben Sie Fahrzeug, Schluessel und Zulassungsbescheinigung Teil I an den
    Restwertkaeufer Autoverwertung Fulda-Ost GmbH bis spaetestens 13.03.2026.
    """, title="Abrechnung Totalschaden", compress=False))), cs="windows-1252")

# 34 -----------------------------------------------------------------------
add(C, "mixed", "insurer-to-broker", "English cover mail with German assessor mail forwarded: company car, named employee driver, plate, damage; nobody hurt",
    P["focke"], [FENWICK], "FW: Gutachten KS-WP 1188 – Wexford Pumps", when(3, 9, 10, 25),
    T("""
    Rachel,

    FYI - the assessor's short note on the second Wexford car (the one Ms Hanna Vogel
    parked at Kassel-Wilhelmshöhe station). No injuries, just the parking damage.
    Repair is approved, I'll let the client's fleet manager know too.

    Rainer

    ---------- Weitergeleitete Nachricht ----------
    Von: Gutachterring Nord GmbH <auftrag@gutachterring-nord.example>
    Datum: Fr., 6. März 2026 um 16:48
    Betreff: Gutachten KS-WP 1188
    An: Focke, Rainer <rainer.focke@auenstein.example>

    Sehr geehrter Herr Focke,

    das Fahrzeug Skoda Superb, KS-WP 1188, Nutzerin Frau Hanna Vogel, wurde heute bei
    Autohaus Brenner besichtigt. Parkrempler hinten links, Stoßfänger und Seitenwand.
    Reparaturkosten 2.960 EUR netto, Wertminderung 250 EUR, Reparaturdauer 3 Tage.
    Das Gutachten folgt Montag im Portal.

    Mit freundlichen Grüßen
    Dipl.-Ing. (FH) Marten Scholz
    Gutachterring Nord GmbH
    """))

# 35 -----------------------------------------------------------------------
add(N, "de", "insurer-to-assessor", "trap: assessor fee table and quality KPIs, mentions Personenschaden and Totalschaden generically",
    P["nowak"], [GRN], "Honorarvereinbarung 2026 und Qualitätskennzahlen Q4", when(1, 29, 14, 16),
    MIX(T("""
    Sehr geehrter Herr Scholz,

    anbei die Qualitätskennzahlen Ihres Büros für Q4/2025 und die Honorartabelle 2026.
    Auffällig ist die Quote der Totalschadenfälle mit nachträglicher Restwert-Korrektur
    (7,9 %). Bitte achten Sie darauf, dass mindestens drei regionale Angebote
    eingeholt werden.

    Biomechanische Gutachten bei Personenschäden beauftragen wir weiterhin separat über
    das Institut in Göttingen, die sind nicht Teil dieser Vereinbarung.

    Mit freundlichen Grüßen
    Piotr Nowak
    """),
        A("Honorar_und_KPI_Gutachterring_Nord.ods", "application/vnd.oasis.opendocument.spreadsheet", ods([
            ["Kennzahl", "Q3/2025", "Q4/2025", "Ziel"],
            ["Aufträge", 388, 412, ""],
            ["Ø Durchlaufzeit Besichtigung (Tage)", 2.4, 2.1, 2.0],
            ["Ø Durchlaufzeit Gutachten (Tage)", 4.8, 4.3, 4.0],
            ["Restwert-Korrekturquote (%)", 6.1, 7.9, 5.0],
            ["Honorar Schadenhöhe bis 2.000 EUR", "", "", "395 EUR"],
            ["Honorar Schadenhöhe bis 5.000 EUR", "", "", "610 EUR"],
            ["Honorar Schadenhöhe bis 10.000 EUR", "", "", "870 EUR"],
            ["Honorar über 10.000 EUR", "", "", "BVSK HB V"],
        ], sheet="KPI"))))

# 36 -----------------------------------------------------------------------
add(S, "de", "insurer-to-customer", "accident insurance (personal line): motorcyclist's disability benefit with injuries and degree of impairment",
    P["petersen"], [("Sebastian Paul", "sebastian.paul@mailbox.example")],
    "Ihre Unfallversicherung 61-2209187-U – Invaliditätsleistung", when(3, 12, 11, 0),
    T(f"""
    Sehr geehrter Herr Paul,

    nach Eingang des unfallchirurgischen Gutachtens von Dr. Hagedorn können wir die
    Invaliditätsleistung aus Ihrem Motorradunfall vom 14.06.2025 abrechnen.

    Festgestellte Unfallfolgen:
    - Teilversteifung des linken Kniegelenks nach Tibiakopffraktur (S82.1)
    - Bewegungseinschränkung der linken Schulter nach Schlüsselbeinbruch (S42.0)

    Bemessung nach der Gliedertaxe:
      Bein bis unterhalb des Knies 50 % x 2/10   = 10,0 %
      Arm im Schultergelenk        70 % x 1/10   =  7,0 %
      Gesamtinvaliditätsgrad                       17,0 %

    Bei einer Grundsumme von 100.000 EUR und Progression 350 % ergibt sich (unterhalb
    25 % keine Progression) eine Leistung von 17.000,00 EUR. Abzüglich der bereits
    gezahlten Vorschüsse (5.000 EUR) überweisen wir 12.000,00 EUR auf Ihr Konto
    {grp(IB_PAUL)}.

    Die Invalidität kann innerhalb von drei Jahren nach dem Unfall neu bemessen werden.

    Mit freundlichen Grüßen
    """ + sig("petersen")))

# 37 -----------------------------------------------------------------------
add(N, "en", "internal", "trap: all-staff announcement about the claims app with words 'health data', 'IBAN', 'injuries', no person",
    ("Office of the CEO", f"ceo-office@{DOMAIN}"), [("All staff", f"alle@{DOMAIN}")],
    "New: photo claims in the Auenstein app from 1 April", when(3, 20, 8, 0),
    T("""
    Dear colleagues,

    from 1 April our customers can report motor and household claims in the
    Auenstein app with photos, and get a first estimate within minutes.

    What changes for you:
      * Claims with injuries are never closed automatically. They go straight to
        the personal-injury teams.
      * Health data and IBANs uploaded in the app are stored in separate,
        encrypted areas; you see them only if your role needs them.
      * Partner workshops, rental car firms and towing services receive only the
        data of their own job.

    Thank you to the 60 colleagues who tested the app since November.

    Carola Weidemann
    CEO
    """, cs="us-ascii", cte="7bit"))

# 38 -----------------------------------------------------------------------
glass = csvtext([
    ["Rechnungsnr", "Datum", "Schadennummer", "Versicherungsnehmer", "Kennzeichen", "Leistung", "Netto EUR"],
    ["SP-26-0311", "02.03.2026", "KS-26-0068841", "Sabine Franke", "KS-SF 220", "Frontscheibe Tausch inkl. Kalibrierung", "1184,20"],
    ["SP-26-0318", "03.03.2026", "KS-26-0069002", "Jürgen Hellwig", "HR-JH 48", "Steinschlag Reparatur", "89,00"],
    ["SP-26-0322", "04.03.2026", "KS-26-0069115", "Marta Kowalczyk", "KS-MK 9090", "Frontscheibe Tausch", "812,50"],
    ["SP-26-0340", "06.03.2026", "KS-26-0069433", "Ingo Bertram", "ESW-IB 71", "Heckscheibe Tausch", "645,00"],
])
add(C, "de", "insurer-to-supplier", "harmless body; CSV with named customers, plates and claim numbers of glass repairs",
    P["hofmann"], [SCHEIBE], "Sammelabrechnung KW 10 – Rückfragen", when(3, 11, 13, 3),
    MIX(T("""
    Hallo Frau Lorenz,

    ich habe die Sammelabrechnung KW 10 mit unserer Liste abgeglichen (Datei anbei).
    Bei SP-26-0311 fehlt noch das Kalibrierprotokoll der Kamera, bei SP-26-0340 die
    Fotos vom Schaden. Die anderen zwei gebe ich heute zur Zahlung frei.

    Gruß
    Lea Hofmann
    """),
        A("Sammelabrechnung_KW10_Abgleich.csv", "text/csv", glass, cs="windows-1252")))

# 39 -----------------------------------------------------------------------
add(S, "en", "insurer-to-customer", "travel insurance: named customer's appendectomy in Spain, hospital bill, repatriation",
    P["albers"], [("Claire Whitfield", "claire.whitfield@britmail.example")],
    "Your travel claim RK-26-001874 – hospital costs in Málaga", when(3, 16, 10, 41),
    T("""
    Dear Ms Whitfield,

    I hope you are recovering well at home.

    We have now received the invoice from Hospital Costa del Sol for your emergency
    appendectomy (laparoscopic, 2 March 2026) and the three nights on the surgical
    ward, a total of EUR 7,418.60. This is covered in full by your annual travel
    policy RV-44-0917310, and we have paid the hospital directly.

    Still open:
      - the pharmacy receipt for the antibiotics (amoxicillin/clavulanic acid) -
        please send a photo,
      - the rebooking of your return flight (EUR 312), which we will also refund.

    The medical report from the hospital says you were fit to fly on 6 March; no
    further documents are needed from your GP.

    Kind regards
    """ + sig("albers", FOOT_EN)))

# 40 -----------------------------------------------------------------------
add(N, "de", "insurer-to-broker", "trap: broker event invitation about motor tariff 2026 with ICS, broker named, no customer data",
    P["rohde"], [SANDER], "Einladung Maklertag Kfz 2026 – 23. April, Kassel", when(3, 24, 9, 18),
    MIX(T("""
    Hallo Herr Sander,

    wie am Telefon angekündigt: Unser Maklertag Kfz findet am 23. April im
    Kongress Palais Kassel statt. Themen:

    - Kfz-Tarif 2026: neue Typ- und Regionalklassen, Telematik-Baustein "DriveSafe"
    - Schadenservice: Partnerwerkstätten, Mietwagen und Abschleppen aus einer Hand
    - Personenschaden: wie wir HWS-Fälle regulieren (mit Praxisbeispielen, anonym)
    - Maklerportal: Bestandsrechte, elektronische Vermittlerpost

    Den Termin habe ich Ihnen als Kalendereintrag angehängt. Anmeldung bitte bis
    10.04. über das Maklerportal.

    Beste Grüße
    Stefan Rohde
    """),
        A("Maklertag_Kfz_2026.ics", "text/calendar", ics(
            "maklertag-kfz-2026@auenstein.example", "20260423T093000", "20260423T163000",
            "Auenstein Maklertag Kfz 2026", "Kongress Palais Kassel, Friedrich-Ebert-Str. 152",
            "Programm: Kfz-Tarif 2026, Schadenservice, Personenschaden (anonymisierte Fälle), Maklerportal.",
            P["rohde"], [SANDER]), cs="utf-8")))

# 41 -----------------------------------------------------------------------
add(N, "en", "internal", "trap: desk rota naming colleagues who are away or on leave, no reason and no health detail",
    P["oneill"], [("Green Card desk", f"greencard-desk@{DOMAIN}")], "Rota w/c 2 March", when(2, 27, 16, 50),
    T("""
    All,

    rota for next week below. Marta is out of the office until the 9th, so Pawel and I
    split her Polish files between us; please don't reassign anything in her queue
    until she's back. Lena is on annual leave Wed-Fri.

      Mon  James / Pawel / Lena
      Tue  James / Pawel / Lena
      Wed  James / Pawel
      Thu  Pawel / Sandra (from Team Nord, thanks Jana!)
      Fri  James / Sandra

    Reminder: bodily-injury files with interpreters need 20 min extra per call.

    J.
    """, cs="us-ascii", cte="7bit"))

# 42 -----------------------------------------------------------------------
add(C, "en", "insurer-to-customer", "rental excess reimbursement: named customer, policy, rental agreement, IBAN; no injury",
    P["albers"], [("Daniel Brooks", "dbrooks@pacificnet.example")], "Re: Rental excess claim - Lisbon, February",
    when(3, 5, 14, 2),
    T(f"""
    Hi Mr Brooks,

    thanks for the rental agreement and the damage report from the car hire company.
    The scratch on the rear bumper was charged to your credit card as excess
    (EUR 650.00); your rental excess cover (policy RV-44-1120588) reimburses that in full.

    Payment goes to the account you gave on the claim form:
    {grp(IB_GB_BROOKS)} (account holder D. Brooks). Please allow three to
    five working days for an international transfer.

    Best,
    Sophie Albers
    Travel Insurance Claims

    On Tue, 3 Mar 2026 at 21:14, Daniel Brooks <dbrooks@pacificnet.example> wrote:
    > Hello, attached the rental contract and the damage report from Lisbon airport.
    > No one was hurt, just a scratch when parking. Please refund the excess.
    > Daniel
    """, cs="us-ascii", cte="7bit"))

# 43 -----------------------------------------------------------------------
add(S, "en", "insurer-to-claimant", "only in the quoted reply: the claimant's wrist pain, reduced mobility, GP referral and poor sleep",
    P["oneill"], [HOLLOWAY], "RE: my claim - still pain in the wrist", when(4, 14, 11, 26),
    cc=[THAMES],
    body=T("""
    Dear Mr Holloway,

    thank you for your message and for the report from your physiotherapist, which
    we have passed on to our medical adviser. You will receive our settlement offer
    through the secure portal by the end of next week.

    Kind regards
    James O'Neill

    -----Original Message-----
    From: Oliver Holloway <oliver.holloway@britmail.example>
    Sent: 10 April 2026 22:05
    To: O'Neill, James
    Subject: my claim - still pain in the wrist

    Dear Mr O'Neill, I'm back at work since March but I still have pain when I grip
    anything heavier than a kettle, and the physio says the wrist only bends to about
    60 % of the other side. My GP wants to refer me to a hand surgeon again. Sleep
    is still poor. How long will this take? Regards, Oliver Holloway
    """ + FOOT_EN, cs="windows-1252", cte="quoted-printable"), cs="windows-1252")

# 44 -----------------------------------------------------------------------
add(N, "en", "insurer-to-supplier", "trap: rental rate card with the rental company's own corporate bank account, no customer",
    P["hofmann"], [MOBILO_KA], "Rate card 2026 - signed copy", when(1, 23, 12, 0),
    MIX(T("""
    Dear Mr Sadowski,

    please find attached the countersigned rate card 2026 for replacement vehicles
    in claims. I have corrected the bank details of Mobilo Autovermietung GmbH in
    section 4 as you asked (new house bank since January).

    Regards
    Lea Hofmann
    """),
        A("Mobilo_Ratecard_2026_signed.docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
              "# Rate card 2026 - replacement vehicles in claims",
              "Parties: Auenstein Allgemeine Versicherung AG and Mobilo Autovermietung GmbH, Kassel",
              "1. Daily rates (net, incl. 1,000 km and collision damage waiver with EUR 500 excess)",
              "Class 2 (Polo/Corsa): EUR 44; Class 4 (Golf/Astra): EUR 55; Class 6 (Passat estate): EUR 69; Class 8 (SUV): EUR 84; Van 9 seats: EUR 119",
              "2. Delivery and collection within 30 km free of charge.",
              "3. Extensions beyond 10 days require the claim handler's approval.",
              "4. Payment within 14 days to Mobilo Autovermietung GmbH, IBAN " + grp(IB_MOBILO) + ", BIC COBADEFFXXX.",
              "Kassel, 20 January 2026 - signed for Auenstein: L. Hofmann / for Mobilo: K. Sadowski",
          ], title="Rate card 2026"))))

# 45 -----------------------------------------------------------------------
add(S, "de", "insurer-to-customer", "private health insurance reimbursement with diagnoses, physiotherapy and note on recourse against the motor insurer",
    P["brandt"], [("Monika Seidel", "monika.seidel@webpost.example")],
    "Leistungsabrechnung vom 19.03.2026 – Versicherungsnummer 72-0044813", when(3, 19, 15, 40),
    T("""
    Sehr geehrte Frau Seidel,

    wir haben Ihre Belege vom 09.03.2026 abgerechnet:

      Dr. med. K. Ebeling, Orthopädie (GOÄ 1, 5, 800, 5030)       186,42 EUR
      Radiologie Kassel-Mitte, MRT HWS (GOÄ 5700, 5731)           512,90 EUR
      Physiotherapie Am Park, 10 x KG, 6 x Fango                  498,00 EUR
      Apotheke: Ibuprofen 800, Pantoprazol 20                       31,48 EUR
      --------------------------------------------------------------------
      erstattungsfähig                                           1.228,80 EUR

    Diagnose laut Rechnung: HWS-Distorsion (S13.4) nach Auffahrunfall am 05.02.2026.

    Da ein Dritter den Unfall verursacht hat, gehen Ihre Ersatzansprüche in Höhe unserer
    Leistungen auf uns über (§ 86 VVG). Wir machen die Kosten direkt beim
    Kfz-Haftpflichtversicherer des Unfallgegners geltend. Bitte teilen Sie uns dessen
    Schadennummer mit, falls Sie sie haben.

    Ihre Beitragsrückerstattung für 2026 entfällt durch diese Einreichung nicht, da
    wir die Kosten vom Unfallgegner zurückholen.

    Mit freundlichen Grüßen
    """ + sig("brandt", FOOT_KV)))

# 46 -----------------------------------------------------------------------
add(C, "de", "insurer-to-customer", "household e-bike theft: name, policy number, frame number and IBAN",
    P["grimm"], [("Florian Becker", "f.becker@mailbox.example")], "Fahrraddiebstahl – Erstattung", when(3, 23, 9, 57),
    T(f"""
    Hallo Herr Becker,

    Ihr E-Bike (Cube Kathmandu Hybrid, Rahmennummer WCU2204871K) ist über die
    Hausratversicherung 31-7781024-H mit Fahrradklausel versichert. Nach Ablauf der
    Wartefrist und ohne Wiederauffinden zahlen wir den Neuwert abzüglich
    Selbstbeteiligung: 3.149 EUR - 150 EUR = 2.999,00 EUR.

    Überweisung auf {IB_BECKER}, Kontoinhaber Florian Becker.

    Falls das Rad doch noch auftaucht, melden Sie sich bitte sofort bei uns.

    Freundliche Grüße
    Oliver Grimm
    """, cs="iso-8859-1", cte="8bit"), cs="iso-8859-1")

# 47 -----------------------------------------------------------------------
add(N, "de", "internal", "trap: DPO circular with fictitious example person, placeholder birth date and ICD code",
    P["vogt"], [("Alle Führungskräfte", f"fuehrungskraefte@{DOMAIN}")],
    "Datenschutz-Tipp des Monats: Keine Gesundheitsdaten in den Betreff!", when(3, 2, 7, 45),
    T("""
    Liebe Kolleginnen und Kollegen,

    bei unserer Stichprobe im Februar hatten 14 % der ausgehenden Mails aus dem
    Schadenbereich Gesundheitsangaben schon in der Betreffzeile. Ein Beispiel, wie es
    NICHT aussehen soll (Person frei erfunden):

      Betreff: Max Mustermann, geb. 01.01.1970 – Depression F32.1 – BU-Antrag

    Besser:

      Betreff: Ihre Anfrage vom 12.02. – Vertrag 00-0000000

    Der Betreff wird in Benachrichtigungen, auf Sperrbildschirmen und in Protokollen
    angezeigt und ist bei den meisten Verfahren nicht verschlüsselt. Diagnosen,
    Verletzungen, Medikamente und Bankverbindungen gehören in den Text – und der geht
    über das SecureMail-Portal.

    Danke fürs Weitergeben an Ihre Teams!
    """ + sig("vogt")))

# 48 -----------------------------------------------------------------------
add(S, "de", "insurer-to-partner", "recourse by a statutory health fund: treatment costs of a named injured cyclist, hospital stay, OPS codes",
    P["aydin"], [("BKK Nordhessen – Regress", "regress@bkk-nordhessen.example")],
    "Ihr Regress § 116 SGB X – Versicherte Theresa Quandt – unser Schaden KS-26-0058020",
    when(4, 2, 10, 10),
    T("""
    Sehr geehrte Damen und Herren,

    zu Ihrer Forderungsaufstellung vom 24.03.2026 für Ihre Versicherte Frau Theresa
    Quandt (KVNR Q418826331) erkennen wir unsere Eintrittspflicht dem Grunde nach zu
    100 % an.

    Zur Höhe:
    - Krankenhausbehandlung Klinikum Kassel-Süd 20.01.–31.01.2026,
      DRG I13B, OPS 5-793.3r, 5-790.5n: 12.844,17 EUR – anerkannt
    - AHB Klinik am Habichtswald 02.02.–23.02.2026: 3.612,00 EUR – anerkannt
    - Krankengeld ab 03.03.2026: bitte aktuelle Aufstellung bis 30.04.
    - Heilmittel (Physiotherapie, 3 Rezepte): 684,30 EUR – anerkannt
    - Hilfsmittel Unterarmgehstützen, Vacoped-Schuh: 289,00 EUR – anerkannt

    Die anerkannten Beträge (17.429,47 EUR) überweisen wir in den nächsten Tagen unter
    Angabe Ihres Aktenzeichens R-26-03318.

    Mit freundlichen Grüßen
    """ + sig("aydin")))

# 49 -----------------------------------------------------------------------
add(C, "de", "insurer-to-customer", "no-claims class downgrade after a claim: named customer, policy, premium amounts",
    P["kessler"], [BRANDNER], "Ihr Kfz-Vertrag 41-7730218-K – Rückstufung ab 01.01.2027", when(4, 7, 11, 35),
    T("""
    Sehr geehrter Herr Brandner,

    die Reparatur Ihres Golfs ist abgeschlossen und abgerechnet. Da der Schaden aus
    der Vollkasko reguliert wurde, wird Ihr Vertrag zum 01.01.2027 zurückgestuft:

      Kfz-Haftpflicht:  SF 12 (37 %) -> SF 4 (57 %)
      Vollkasko:        SF 12 (33 %) -> SF 4 (53 %)

    Ihr Jahresbeitrag steigt dadurch voraussichtlich von 612,40 EUR auf 958,10 EUR.

    Sie können die Rückstufung vermeiden, indem Sie uns die Vollkasko-Leistung von
    9.342,17 EUR innerhalb von sechs Monaten erstatten. Der Rabattretter in Ihrem
    Vertrag greift leider erst ab SF 15.

    Mit freundlichen Grüßen
    """ + sig("kessler")))

# 50 -----------------------------------------------------------------------
add(N, "de", "insurer-to-supplier", "trap: purchase order for first-aid kits and warning vests for pool cars, health words only",
    P["einkauf"], [("Sanitätshaus Mitte GmbH – Vertrieb", "vertrieb@sanitaetshaus-mitte.example")],
    "Bestellung 4500018872 – Kfz-Verbandkästen und Warnwesten", when(2, 10, 10, 22),
    T("""
    Sehr geehrte Damen und Herren,

    hiermit bestellen wir gemäß Ihrem Angebot AN-2026-118:

      Pos. 1  60 Stück  Kfz-Verbandkasten DIN 13164:2022        à 9,80 EUR
      Pos. 2  60 Stück  Warnweste EN ISO 20471, gelb            à 2,10 EUR
      Pos. 3  10 Stück  Rettungsdecke gold/silber               à 1,20 EUR
      Pos. 4   2 Stück  Defibrillator-Elektroden Erwachsene     à 48,00 EUR

    Lieferung an: Auenstein Versicherung, Fuhrpark, Tor 3, Wilhelmshöher Allee 310,
    34131 Kassel. Rechnung bitte an rechnungseingang@auenstein.example.

    Mit freundlichen Grüßen
    Einkauf / Beschaffung
    """ + FOOT_DE, cs="windows-1252", cte="quoted-printable"), cs="windows-1252")

# 51 -----------------------------------------------------------------------
add(S, "en", "insurer-to-lawyer", "Dutch passenger's lawyer: knee injury, arthroscopy, sick leave and psychological treatment",
    P["oneill"], [("mr. Joost Verhoeven – Letselschade", "j.verhoeven@verhoeven-letsel.example")],
    "Your client Ms Sanne de Vries – claim KS-26-0061750", when(4, 20, 14, 18),
    T("""
    Dear Mr Verhoeven,

    thank you for the medical file of your client Ms Sanne de Vries (born 3 May 1998),
    rear-seat passenger in the Dutch-registered VW Touran that was hit by our insured on
    the A7 near Kassel on 15 February 2026.

    We accept the following injuries as caused by the accident:
      - contusion of the right knee with a medial meniscus tear, arthroscopic partial
        meniscectomy on 11 March 2026 in Utrecht
      - seat-belt contusion of the chest
    We do NOT yet accept the post-traumatic stress symptoms for which she is seeing a
    psychologist since March; please send us the psychologist's intake report and
    the treatment plan so our medical adviser can review them.

    Interim payment: EUR 4,000, to your client account as requested.

    Yours sincerely
    """ + sig("oneill", FOOT_EN)))

# 52 -----------------------------------------------------------------------
add(C, "en", "insurer-to-company", "harmless body; XLSX named-driver list with dates of birth and licence dates of a company's employees",
    P["focke"], [("Wexford Pumps GmbH – Fleet", "fleet@wexford-pumps.example")], "Named drivers 2026 - please confirm",
    when(3, 26, 8, 48),
    MIX(T("""
    Dear Mr Kallan,

    attached is the named-driver list we have on file for your fleet policy
    FL-2291-44. Please check it and send back any changes by 10 April.

    Many thanks
    Rainer Focke
    """, cs="us-ascii", cte="7bit"),
        A("Wexford_named_drivers_2026.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx([
            ["Vehicle", "Registration", "Driver", "Date of birth", "Licence since"],
            ["BMW 320d Touring", "KS-WP 1207", "Stephen Doyle", "14.03.1979", "1997"],
            ["Skoda Superb", "KS-WP 1188", "Hanna Vogel", "09.12.1990", "2008"],
            ["VW ID.4", "KS-WP 1302", "Tobias Reinhardt", "27.05.1985", "2003"],
            ["VW Crafter", "KS-WP 1410", "Ali Demir", "02.10.1993", "2012"],
            ["VW Crafter", "KS-WP 1411", "pool (all employees 23+)", "", ""],
        ], sheet="Drivers"))))

# 53 -----------------------------------------------------------------------
add(N, "en", "insurer-to-partner", "trap: process note to a Green Card bureau about handling injury claims, no persons",
    P["oneill"], [("Council of Bureaux – Secretariat", "secretariat@cob-motor.example")],
    "Our contact points for bodily-injury claims from 1 May", when(4, 24, 9, 5),
    T("""
    Dear colleagues,

    please update your contact list: from 1 May 2026, bodily-injury claims involving
    vehicles insured with Auenstein Allgemeine Versicherung AG are handled by our
    Green Card desk in Kassel, greencard@auenstein.example, phone +49 561 7788-4500.

    Medical documents should not be sent by plain e-mail. Please use our secure
    portal https://securemail.auenstein.example - correspondent accounts are
    created within one working day.

    Property-only claims remain with kfz-schaden@auenstein.example.

    Kind regards
    James O'Neill
    """, cs="us-ascii", cte="7bit"))

# 54 -----------------------------------------------------------------------
add(S, "de", "insurer-to-customer", "occupational disability (life line): benefit recognised after accident, diagnoses and psychiatric report",
    P["oberholz"], [("Markus Hentschel", "m.hentschel@freenet-post.example")],
    "Ihre Berufsunfähigkeitsversicherung 88-4410233-B – Leistungsentscheidung", when(4, 28, 16, 2),
    T("""
    Sehr geehrter Herr Hentschel,

    wir haben Ihren Antrag auf Leistungen aus der Berufsunfähigkeits-Zusatzversicherung
    geprüft und erkennen unsere Leistungspflicht ab dem 01.11.2025 an.

    Grundlage sind:
    - der Entlassungsbericht der BG Klinik nach Ihrem Verkehrsunfall vom 03.05.2025
      (Polytrauma, Beckenringfraktur, Milzruptur mit Splenektomie)
    - das psychiatrische Gutachten von Frau Dr. Amrhein vom 12.03.2026
      (posttraumatische Belastungsstörung, F43.1)
    - Ihre Tätigkeitsbeschreibung als Berufskraftfahrer

    Danach sind Sie zu mehr als 50 % außerstande, Ihren Beruf auszuüben. Wir zahlen
    eine monatliche Rente von 1.500,00 EUR und stellen Sie ab dem 01.11.2025 von der
    Beitragszahlung frei. Die Nachzahlung für November 2025 bis April 2026
    (9.000,00 EUR) erhalten Sie in den nächsten Tagen.

    Wir werden die Berufsunfähigkeit im Rahmen der Nachprüfung in etwa zwölf Monaten
    erneut prüfen.

    Mit freundlichen Grüßen
    """ + sig("oberholz", FOOT_LV)))

# 55 -----------------------------------------------------------------------
add(C, "de", "insurer-to-claimant", "property claim settlement for a named claimant (repair, loss of use, lawyer-free), IBAN in quoted mail",
    P["hofmann"], [("Nadine Krause", "nadine.krause@webpost.example")], "AW: AW: Abrechnung meines Seat – KS-26-0052219",
    when(3, 4, 12, 12),
    T(f"""
    Hallo Frau Krause,

    alles klar, dann zahlen wir auf das neue Konto. Die Abrechnung:

      Reparaturkosten lt. Rechnung Autohaus Brenner   4.218,33 EUR
      Wertminderung                                     400,00 EUR
      Kostenpauschale                                    25,00 EUR
      -----------------------------------------------------------
                                                      4.643,33 EUR

    Den Mietwagen haben wir direkt mit Mobilo abgerechnet.

    Viele Grüße
    Lea Hofmann

    > Am 03.03.2026 um 18:40 schrieb Nadine Krause <nadine.krause@webpost.example>:
    >
    > Hallo Frau Hofmann,
    > ich habe inzwischen die Bank gewechselt, bitte überweisen Sie auf
    > {grp(IB_KRAUSE)} (Nadine Krause). Danke!
    >
    >> Am 02.03.2026 um 09:12 schrieb Lea Hofmann:
    >> Sehr geehrte Frau Krause, die Rechnung von Autohaus Brenner liegt vor. Wir
    >> regulieren in den nächsten Tagen. Bitte bestätigen Sie noch Ihre Bankverbindung.
    """, cte="8bit", flowed=True))

# 56 -----------------------------------------------------------------------
add(N, "en", "internal", "trap: monthly motor claims KPI sheet with bodily-injury counts and reserves, aggregates only",
    P["brakel"], [("Motor claims management", f"kfz-management@{DOMAIN}")], "Motor claims KPIs - March 2026",
    when(4, 8, 7, 30),
    MIX(T("""
    Hi all,

    March KPIs attached. Two things stand out:
      - bodily-injury notifications +18 % vs. March 2025 (black-ice week in January
        is still rolling in)
      - average rental duration down to 7.9 days thanks to the partner workshops

    Torsten
    """, cs="us-ascii", cte="7bit"),
        A("Motor_KPI_2026-03.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx([
            ["KPI", "Mar 2025", "Mar 2026", "Delta"],
            ["New claims total", 4120, 4388, "+6.5 %"],
            ["of which bodily injury", 211, 249, "+18.0 %"],
            ["Avg reserve BI claim (EUR)", 18400, 19950, "+8.4 %"],
            ["Whiplash share of BI claims", "41 %", "44 %", ""],
            ["Partner-workshop quota", "38 %", "46 %", ""],
            ["Avg rental duration (days)", 10.2, 7.9, ""],
            ["Towing orders via network", 512, 577, ""],
            ["Avg days to settlement (property)", 17, 14, ""],
        ], sheet="KPI"))))

# 57 -----------------------------------------------------------------------
add(S, "de", "supplier", "health data only in the forwarded towing dispatcher report: trapped driver bleeding, taken to hospital, alcohol smell",
    P["wilkens"], [P["aydin"]], "WG: Einsatzbericht B 7 Kaufungen – Auftrag 26-0419", when(4, 19, 8, 4),
    T("""
    Mehmet, für dich, gehört in deine Akte KS-26-0079020.

    Gruß Jana

    -------- Weitergeleitete Nachricht --------
    Betreff: Einsatzbericht B 7 Kaufungen – Auftrag 26-0419
    Datum: Sat, 18 Apr 2026 23:51:07 +0200
    Von: Abschleppdienst Haas GmbH – Disposition <dispo@haas-abschlepp.example>
    An: kfz-schaden@auenstein.example

    Einsatz 22:40 Uhr, B 7 Höhe Papierfabrik, Pkw Audi A4 KS-TM 612 frontal gegen Baum.
    Fahrer (lt. Polizei Herr Tim Möller, ca. 25 J.) war eingeklemmt, Feuerwehr hat ihn
    rausgeschnitten, blutete stark am Kopf und konnte das rechte Bein nicht bewegen,
    RTW hat ihn ins Klinikum Kassel-Süd gebracht. Polizei hat Blutprobe angeordnet,
    roch nach Alkohol. Fahrzeug Totalschaden, steht bei uns auf dem Hof (Standgeld ab
    morgen). Beifahrerin unverletzt.

    Gruß Haas, Nachtdisposition
    """))

# 58 -----------------------------------------------------------------------
add(C, "de", "insurer-to-supplier", "grey: sole-trader workshop owner's private bank details and tax number (e.K. = natural person) with a customer's claim",
    P["kessler"], [LINDNER], "Zahlung Ihrer Rechnung R-2026-0212 (Schmidtke)", when(2, 13, 10, 44),
    T(f"""
    Hallo Herr Lindner,

    die Rechnung R-2026-0212 für den Octavia von Herrn Schmidtke hatte der Kunde
    bereits selbst bezahlt – bitte nicht noch einmal an uns stellen. Die zweite
    Rechnung R-2026-0219 (Abschleppen auf Ihren Hof) zahlen wir an Sie:

      Empfänger: Thomas Lindner e.K.
      IBAN:      {grp(IB_LINDNER)}
      St.-Nr.:   026 812 40117

    Ist das noch Ihr aktuelles Konto? Auf der Rechnung steht eine andere Bank.

    Gruß
    Ute Keßler
    """))

# 59 -----------------------------------------------------------------------
add(N, "mixed", "internal", "trap: bilingual training announcement on interpreting in injury calls, no case data",
    P["brakel"], [("Team Kfz-Personenschaden", f"kfz-personenschaden@{DOMAIN}"), ("Green Card desk", f"greencard-desk@{DOMAIN}")],
    "Schulung / training: Dolmetschen bei Personenschaden-Telefonaten", when(4, 9, 13, 0),
    T("""
    Liebe Kolleginnen und Kollegen, dear colleagues,

    am 12. Mai bieten wir gemeinsam mit dem Dolmetscherdienst eine Schulung an:
    "Verletzte Anspruchsteller am Telefon – mit Dolmetscher".
    On 12 May we run a joint session with our interpreting service on how to handle
    calls with injured claimants through an interpreter.

    Inhalte / topics:
    - Einverständnis zur Gesprächsaufzeichnung und Schweigepflicht der Dolmetscher
      / consent and the interpreters' duty of confidentiality
    - medizinische Begriffe einfach erklären / explaining medical terms simply
    - what to do when the caller becomes distressed

    Anmeldung / registration: Torsten (DE) or James (EN) by 30 April.

    Torsten & James
    """))

# 60 -----------------------------------------------------------------------
add(S, "en", "insurer-to-doctor", "request to a UK GP for records of a named injured claimant with date of birth and consent",
    P["oneill"], [("Dr Aisha Rahman, Riverside Medical Practice", "admin@riverside-medical.example")],
    "Request for medical records - Mr Oliver Holloway, DOB 22/06/1984", when(5, 4, 10, 15),
    MIX(T("""
    Dear Dr Rahman,

    we are the German motor liability insurer dealing with the injury claim of your
    patient Mr Oliver Holloway (DOB 22/06/1984, NHS number 943 476 5919), who was
    injured in a road traffic accident in Kassel, Germany, on 8 January 2026.

    With his signed consent (attached), we would be grateful for:
      1. copies of all GP entries since 8 January 2026 concerning his right wrist,
         head injury and sleep problems;
      2. any referral letters to orthopaedics / hand surgery and their replies;
      3. a summary of any wrist, head or mental health problems before the accident.

    We will pay your usual fee for the report; please send the invoice with the records.

    Yours sincerely
    """ + sig("oneill", FOOT_EN)),
        A("Consent_Holloway_signed.pdf", "application/pdf", pdf("""
    Consent to the release of medical information
    I, Oliver James Holloway, born 22 June 1984, of 14 Marlowe Road, Canterbury CT2 7QX,
    authorise Riverside Medical Practice and any hospital or clinician who has treated me
    to disclose my medical records relating to the accident of 8 January 2026 in Kassel,
    Germany, and to my previous medical history as far as relevant, to
    Auenstein Allgemeine Versicherung AG, Green Card desk, claim KS-26-0051877.
    Signed: O. Holloway      Date: 28 April 2026
    """, title="Consent form"))))

# 61 -----------------------------------------------------------------------
add(C, "de", "insurer-to-customer", "legal-expenses cover confirmation for a named customer's dispute with a workshop; policy number, amount in dispute",
    P["lenz"], [("Carsten Wolff", "carsten.wolff@mailbox.example")],
    "Deckungszusage Rechtsschutz – Streit mit Autohaus über Reparaturrechnung", when(4, 13, 14, 50),
    T("""
    Sehr geehrter Herr Wolff,

    für Ihre Auseinandersetzung mit der Autohaus Stadtmitte GmbH wegen der mangelhaften
    Reparatur Ihres Peugeot 3008 (Rechnung vom 12.02.2026, 3.870 EUR) erteilen wir
    Deckungsschutz aus Ihrem Verkehrs-Rechtsschutz, Vertrag 51-2260194-R:

      - außergerichtliche Tätigkeit Ihres Anwalts
      - ggf. selbständiges Beweisverfahren (Sachverständiger)
      - Selbstbeteiligung 150 EUR

    Ihre Anwältin, Frau RAin Reuter, kann direkt mit uns abrechnen. Bitte leiten Sie ihr
    diese Zusage weiter.

    Mit freundlichen Grüßen
    """ + sig("lenz").replace("Allgemeine Versicherung AG", "Rechtsschutz AG")))

# 62 -----------------------------------------------------------------------
add(N, "de", "insurer-to-customer", "grey: prospect asks about novice-driver premiums for her son; generic tariff answer, no contract, no birth date",
    P["service"], [("Petra Lange", "petra.lange@webpost.example")], "AW: Anfrage Versicherung für Fahranfänger",
    when(4, 15, 9, 31),
    T("""
    Guten Tag Frau Lange,

    danke für Ihre Anfrage. Für Fahranfänger gibt es bei uns zwei Wege:

    1. Ihr Sohn wird als Fahrer in Ihrem Vertrag eingetragen (Zuschlag für Fahrer
       unter 23 Jahren, ca. 20-35 % je nach Tarif), oder
    2. er schließt einen eigenen Vertrag ab; mit Begleitetem Fahren ab 17 startet er
       in SF 1/2 statt SF 0.

    Eine genaue Berechnung machen wir gern, dafür brauchen wir Fahrzeugdaten
    (HSN/TSN), Wohnort und den Tag des Führerscheinerwerbs, am einfachsten über
    unseren Online-Rechner unter https://www.auenstein.example/kfz-rechner.

    Freundliche Grüße
    Ihr Auenstein Kundenservice

    > Hallo, mein Sohn macht gerade den Führerschein und bekommt dann meinen alten Polo.
    > Was kostet das ungefähr? Gruß P. Lange
    """, cs="iso-8859-1", cte="quoted-printable"), cs="iso-8859-1")

# 63 -----------------------------------------------------------------------
add(S, "de", "insurer-to-hospital", "cost-coverage declaration for the treatment of a named foreign patient after a car accident",
    P["oneill"], [("Klinikum Kassel-Süd – Abrechnung Selbstzahler", "abrechnung@klinikum-kassel-sued.example")],
    "Kostenübernahmeerklärung – Patient Oliver Holloway, Aufnahme 08.01.2026", when(1, 9, 12, 3),
    T("""
    Sehr geehrte Damen und Herren,

    für die Behandlung von Herrn Oliver Holloway, geb. 22.06.1984, britischer
    Staatsangehöriger, aufgenommen am 08.01.2026 nach Verkehrsunfall, erklären wir als
    Kfz-Haftpflichtversicherer des Unfallgegners die Kostenübernahme für:

      - stationäre Behandlung einschließlich der geplanten Osteosynthese am Handgelenk
      - CT Schädel und Überwachung
      - Krankentransport vom Unfallort

    Bitte stellen Sie die Rechnung nach DRG an uns (Schaden KS-26-0051877), nicht an
    den Patienten. Eine Kopie des Entlassungsberichts benötigen wir mit der Rechnung;
    die Einwilligung des Patienten reichen wir nach.

    Mit freundlichen Grüßen
    """ + sig("oneill")))

# 64 -----------------------------------------------------------------------
add(N, "en", "newsletter", "trap: broker newsletter on motor market, bodily-injury inflation and repair costs, aggregates only",
    P["news"], [("Broker partners", f"broker-news@{DOMAIN}")], "Auenstein Broker Brief 2/2026: motor market update",
    when(5, 6, 7, 0),
    ALT(T("""
    AUENSTEIN BROKER BRIEF 2/2026

    Motor market update
    - Average repair cost per property claim: EUR 4,210 (+7 % year on year), driven by
      ADAS calibration and paint material.
    - Bodily-injury claims: fewer but more expensive; average reserve +8 %.
    - Rental cars: partner network cut average rental duration to under 8 days.

    New for you
    - Claims status for your customers in the broker portal (portfolio rights needed).
    - Electronic broker post now also via BiPRO 430 for motor documents.

    Events
    - Maklertag Kfz, 23 April, Kassel (slides now online)

    Unsubscribe: https://www.auenstein.example/broker/unsubscribe
    """, cs="us-ascii", cte="7bit"),
        H("""
    <html><body>
    <h2>Auenstein Broker Brief 2/2026</h2>
    <h3>Motor market update</h3>
    <table border="1" cellpadding="4" style="border-collapse:collapse">
    <tr><th>Indicator</th><th>2025</th><th>Q1 2026</th></tr>
    <tr><td>Avg repair cost per property claim</td><td>EUR 3,935</td><td>EUR 4,210</td></tr>
    <tr><td>Avg reserve, bodily-injury claim</td><td>EUR 18,400</td><td>EUR 19,950</td></tr>
    <tr><td>Avg rental duration (days)</td><td>10.1</td><td>7.9</td></tr>
    </table>
    <p>Claims status in the broker portal &middot; BiPRO 430 for motor documents</p>
    <p><a href="https://www.auenstein.example/broker/unsubscribe">Unsubscribe</a></p>
    </body></html>
    """, cs="us-ascii", cte="7bit")), extra=[("Precedence", "bulk")])

# 65 -----------------------------------------------------------------------
add(C, "en", "insurer-to-customer", "windscreen claim of a named customer: plate, policy number, workshop appointment",
    P["kessler"], [("Jennifer Okafor", "jen.okafor@globalmail.example")], "Windscreen - appointment confirmed",
    when(5, 7, 15, 22),
    T("""
    Hi Ms Okafor,

    your windscreen replacement is booked with ScheibenProfi Kassel, Leipziger Str. 300,
    on Monday 11 May at 8:00 (about 3 hours incl. camera calibration).

    Claim: KS-26-0089917, policy 41-8120457-K, Mazda CX-5 KS-JO 1130.
    Your partial-cover deductible of EUR 150 is waived because you use our partner.

    Best regards
    Ute Kessler
    """, cs="us-ascii", cte="7bit"))

# 66 -----------------------------------------------------------------------
add(S, "de", "insurer-to-customer", "daily sickness allowance for a self-employed customer after a car accident: fractures and sick notes",
    P["brandt"], [("Ralf Kunze", "info@kunze-elektro.example")], "Krankentagegeld – Ihre AU seit 23.03.2026",
    when(5, 11, 10, 12),
    T("""
    Sehr geehrter Herr Kunze,

    für Ihre Arbeitsunfähigkeit nach dem Verkehrsunfall vom 23.03.2026 zahlen wir ab dem
    43. Tag (Karenzzeit 42 Tage) Krankentagegeld in Höhe von 120 EUR täglich, also ab
    04.05.2026.

    Die AU-Bescheinigungen von Dr. Ebeling (Diagnosen S42.2 Oberarmkopffraktur rechts,
    S22.4 Rippenserienfraktur) liegen bis 31.05.2026 vor. Bitte schicken Sie uns
    Folgebescheinigungen jeweils spätestens eine Woche nach Ausstellung.

    Hinweis: Da Sie als Elektromeister überwiegend körperlich arbeiten, fragen wir
    Ende Juni bei Ihrer Ärztin den voraussichtlichen Wiedereingliederungstermin ab.

    Mit freundlichen Grüßen
    """ + sig("brandt", FOOT_KV)))

# 67 -----------------------------------------------------------------------
add(N, "de", "insurer-to-authority", "trap: eVB interface downtime notice to registration offices, technical only",
    P["kurz"], [("Zulassungsbehörde Stadt Kassel", "zulassung@stadt-kassel.example")],
    "Geplante Wartung eVB-Schnittstelle am 16.05.2026", when(5, 12, 11, 0),
    T("""
    Sehr geehrte Damen und Herren,

    am Samstag, 16.05.2026, von 06:00 bis 10:00 Uhr ist die eVB-Abrufschnittstelle der
    Auenstein Allgemeine Versicherung AG wegen Wartungsarbeiten nicht erreichbar.
    In dieser Zeit ausgegebene eVB-Nummern werden ab 10:00 Uhr nachträglich bestätigt.

    Ansprechpartner bei Störungen: IT-Servicedesk, +49 561 7788-1999,
    it-servicedesk@auenstein.example.

    Mit freundlichen Grüßen
    Daniel Kurz
    """, cs="iso-8859-1", cte="quoted-printable"), cs="iso-8859-1")

# 68 -----------------------------------------------------------------------
add(C, "de", "insurer-to-customer", "vehicle change: new policy schedule with birth date, address, masked IBAN of the SEPA mandate",
    P["kessler"], [("Sabine Franke", "sabine.franke@t-net.example")], "Fahrzeugwechsel zum 01.05.2026 – Ihr neuer Versicherungsschein",
    when(4, 30, 16, 25),
    MIX(T("""
    Liebe Frau Franke,

    herzlichen Glückwunsch zum neuen Auto! Anbei Ihr neuer Versicherungsschein für den
    Toyota Yaris Cross. Ihr SF-Rabatt wurde übernommen.

    Viele Grüße
    Ute Keßler
    """),
        A("Versicherungsschein_41-2204876-K.odt", "application/vnd.oasis.opendocument.text", odt([
            "Versicherungsschein Nr. 41-2204876-K (Nachtrag 03) – gültig ab 01.05.2026",
            "Versicherungsnehmerin: Sabine Franke, geb. 18.02.1975, Mönchebergstr. 22, 34125 Kassel",
            "Fahrzeug: Toyota Yaris Cross Hybrid, KS-SF 220, FIN JTDKBABB80A123456",
            "Kfz-Haftpflicht 100 Mio. EUR pauschal, SF 18 (28 %); Vollkasko SB 300 EUR, SF 14 (31 %); Teilkasko SB 150 EUR",
            "Jahresbeitrag: 684,20 EUR, Zahlweise jährlich",
            "SEPA-Lastschriftmandat A-2204876: IBAN DE** **** **** **** **78 12, Kontoinhaberin Sabine Franke",
            "Fahrerkreis: Versicherungsnehmerin und Ehepartner",
        ]))))

# 69 -----------------------------------------------------------------------
add(S, "mixed", "insurer-to-partner", "English liaison mail with quoted German medical summary of a named Dutch passenger",
    P["oneill"], [("ANWB Verzekeringen – Letselschade", "letselschade@anwb-verzekeringen.example")],
    "De Vries / KS-26-0061750 - German hospital summary", when(3, 2, 11, 48),
    T("""
    Dear Mrs Bakker,

    as requested, the key passage from the German emergency report on Ms de Vries
    (our translation below each line):

    > Diagnosen: Knieprellung rechts mit V.a. Innenmeniskusläsion, Gurtprellung
    > Thorax, keine Frakturen im Röntgen.
    (Diagnoses: contusion of the right knee, suspected medial meniscus lesion, seat-belt
    contusion of the chest, no fractures on X-ray.)
    > Procedere: Kühlung, Orthese, Teilbelastung, MRT ambulant in 7 Tagen,
    > Analgesie mit Metamizol 500 mg bei Bedarf.
    (Plan: ice, brace, partial weight-bearing, outpatient MRI in 7 days, metamizole
    500 mg as needed.)

    The full report stays in our secure data room; your access is set up.

    Best regards / Met vriendelijke groet
    James O'Neill
    """))

# 70 -----------------------------------------------------------------------
add(N, "en", "internal", "trap: HR explainer on return-to-work management (BEM) and sick-leave rules, no individual",
    P["sommer"], [("International staff", f"intl-staff@{DOMAIN}")], "How return-to-work (BEM) works at Auenstein",
    when(5, 13, 9, 0),
    T("""
    Dear colleagues,

    several of you asked how "BEM" (Betriebliches Eingliederungsmanagement) works. In
    short:

      * If you have been unfit for work for more than six weeks within twelve months,
        HR offers you a confidential BEM conversation. Taking part is voluntary.
      * Diagnoses are not needed and are never stored in your personnel file. You
        decide what you share, and with whom (works council, company doctor).
      * Possible outcomes: graded return, adjusted workstation, different hours.

    Sick notes go to payroll only via the HR portal, never by e-mail to your team lead.

    Questions? Write to bem@auenstein.example.

    Birgit Sommer
    HR Services
    """, cs="us-ascii", cte="7bit"))

# 71 -----------------------------------------------------------------------
add(C, "de", "insurer-to-lawyer", "lawyer of a named claimant: parking damage, plate, claim number, lawyer fees; no injury",
    P["wilkens"], [REUTER_K], "Ihr Zeichen 41/26 – Sommer ./. unser VN – KS-26-0074410", when(4, 22, 15, 10),
    T("""
    Sehr geehrte Damen und Herren,

    in der Sache Ihres Mandanten Herrn Benjamin Sommer (Mazda 2, KS-BS 707) regulieren wir
    den Parkschaden vom 31.03.2026 auf dem Parkplatz des Baumarkts in Vellmar wie folgt:

      Reparaturkosten netto (fiktive Abrechnung lt. Kostenvoranschlag)  1.822,40 EUR
      Kostenpauschale                                                      25,00 EUR
      Ihre Gebühren (1,3 Geschäftsgebühr aus 1.847,40 EUR + Pausch.)     261,52 EUR

    Verletzt wurde niemand; Nutzungsausfall wird nicht geltend gemacht. Wir zahlen
    auf Ihr Anderkonto.

    Mit freundlichen Grüßen
    Jana Wilkens
    """, cs="windows-1252", cte="8bit"), cs="windows-1252")

# 72 -----------------------------------------------------------------------
add(N, "en", "insurer-to-supplier", "trap: framework for certified translation of medical reports; describes confidentiality and formats only",
    P["einkauf"], [("LinguaCert Translations – Projects", "projects@linguacert.example")],
    "Framework agreement: translation of medical and police reports", when(5, 15, 13, 30),
    T("""
    Dear Ms Ferreira,

    following our call, the key points for the framework agreement:

      - certified translations of medical reports, discharge letters and police
        accident reports (DE<->EN, DE<->PL, DE<->NL, DE<->CS)
      - turnaround 3 working days, urgent 24 h (+40 %)
      - price per standard line EUR 1.85, minimum fee EUR 45
      - transfer only via our secure portal; no documents by e-mail, no cloud tools
        or machine translation services without our written approval
      - your translators sign our confidentiality undertaking (annex on s. 203 German Criminal Code)

    A draft contract will follow from our legal team next week.

    Kind regards
    Procurement
    Auenstein Versicherungsgruppe
    """, cs="us-ascii", cte="7bit"))

# 73 -----------------------------------------------------------------------
add(S, "de", "internal", "HR to payroll: named employee's commuting accident, fracture, sick leave and statutory accident insurer",
    P["sommer"], [("Entgeltabrechnung", f"entgelt@{DOMAIN}")], "Wegeunfall Frau Albers – Entgeltfortzahlung / Meldung BG",
    when(5, 18, 8, 40),
    T("""
    Hallo zusammen,

    Sophie Albers (Pers.-Nr. 40871) hatte am Freitag auf dem Weg zur Arbeit einen
    Fahrradunfall (von einem abbiegenden Pkw erfasst). Laut Durchgangsarzt:
    Radiusköpfchenfraktur links, AU voraussichtlich 6 Wochen bis 26.06.2026.

    - Unfallanzeige an die VBG ist raus (Wegeunfall, Az. folgt).
    - Entgeltfortzahlung normal ab 15.05., bitte Kennzeichen "Arbeitsunfall/Wegeunfall"
      setzen, damit der Regress gegen den Kfz-Versicherer des Autofahrers läuft.
    - Ihr Team weiß nur "fällt einige Wochen aus", bitte keine Details weitergeben.

    Danke
    Birgit
    """))

# 74 -----------------------------------------------------------------------
add(C, "en", "insurer-to-partner", "named renter's damage to a UK hire car insured with us, plate, claim number; no injuries",
    P["oneill"], [("Swiftway Car Hire – Claims", "claims@swiftway-hire.example")], "Your vehicle LM24 KXT - claim KS-26-0085522",
    when(5, 19, 12, 56),
    T("""
    Dear Sirs,

    our policyholder Mr Heiko Brandt (no relation to our staff) collided with your
    vehicle LM24 KXT, rented to Mr Liam Foster, at a petrol station in Hann. Münden on
    2 May 2026. Both drivers confirm that nobody was injured.

    We accept liability. Please send the repair invoice, the rental agreement and your
    loss-of-use calculation; we will pay your reasonable costs directly. Mr Foster's
    own deposit should be released by you as he was not at fault.

    Regards
    James O'Neill
    """))

# 75 -----------------------------------------------------------------------
add(N, "de", "insurer-to-supplier", "trap: catering order with diet counts (gluten-free, lactose intolerance), no names",
    P["rohde"], [("Kongress Palais Kassel – Bankett", "bankett@kongresspalais.example")],
    "Maklertag 23.04. – finale Teilnehmerzahl und Sonderkost", when(4, 17, 11, 45),
    T("""
    Hallo Frau Seifert,

    finale Zahlen für den Maklertag:

      Teilnehmende gesamt       118
      davon vegetarisch          21
      vegan                       6
      glutenfrei (Zöliakie)       3
      laktosefrei                 5
      Nussallergie                1 (bitte separat gekennzeichnet)

    Namen brauchen Sie laut Ihrer letzten Mail nicht, die Gäste melden sich am Buffet.
    Mittagessen bitte ab 12:15 Uhr, Kaffeepause 15:00 Uhr.

    Danke und Gruß
    Stefan Rohde
    """))

# 76 -----------------------------------------------------------------------
add(N, "en", "insurer-to-customer", "trap: portal notification without content; names the recipient and 'secure message' only",
    P["portal"], [HOLLOWAY], "You have a new secure message from Auenstein", when(5, 20, 10, 2),
    T("""
    Dear Mr Holloway,

    a new message is waiting for you in your Auenstein secure mailbox.

    For your protection this e-mail does not contain the message itself. Please log in
    at https://securemail.auenstein.example with your e-mail address and password.
    If you have forgotten your password, use "Reset password" and answer your
    security question.

    This is an automatically generated notification. Please do not reply.

    Auenstein Versicherungsgruppe
    """, cs="us-ascii", cte="7bit"), extra=[("Auto-Submitted", "auto-generated")])

# 77 -----------------------------------------------------------------------
add(S, "en", "insurer-to-customer", "base64 body: travel-cover repatriation of a named driver after a rental-car crash in Italy, fractures and concussion",
    P["albers"], [("Gemma Lowe", "gemma.lowe@britmail.example")], "Your repatriation from Florence - arrangements",
    when(6, 2, 18, 33),
    T("""
    Dear Mrs Lowe,

    I spoke to the ward doctor at Ospedale Santa Maria Nuova this afternoon. Following
    the collision with your hire car on 29 May you are fit to travel from Thursday,
    with your left arm in a sling (clavicle fracture, treated without surgery) and
    after the 48-hour observation for the concussion has ended without findings.

    We have arranged:
      - an ambulance transfer to Florence airport on Thursday, 4 June, at 9:30
      - a business-class seat with a medical escort (nurse) to London Heathrow
      - ambulance transport from Heathrow to your home in Reading

    Your travel medical cover (policy RV-44-0877301) pays the hospital directly; the
    hire company's damage claim is a separate matter and is handled under the rental
    excess cover.

    Please take your discharge letter and the CT report with you for your GP.

    Get well soon,
    Sophie Albers
    """ + FOOT_EN, cte="base64"))

# 78 -----------------------------------------------------------------------
add(C, "en", "insurer-to-customer", "payment reminder: named customer, policy number, overdue premium, returned direct debit with masked IBAN",
    P["service"], [("Rahul Mehta", "rahul.mehta@pacificnet.example")], "Reminder: car insurance premium overdue (policy 41-9033518-K)",
    when(6, 4, 8, 15),
    T("""
    Dear Mr Mehta,

    the direct debit of EUR 487.30 for your car insurance (policy 41-9033518-K,
    Tesla Model 3, KS-RM 3000) on 1 June was returned by your bank (account
    DE** **** **** **** **90 44, reason: insufficient funds).

    Please transfer the amount plus the bank's return fee of EUR 3.00 by 18 June 2026.
    If we do not receive payment, your cover may be suspended (section 38 of the
    German Insurance Contract Act).

    Already paid? Then please ignore this reminder.

    Kind regards
    Auenstein Customer Service
    """, cs="us-ascii", cte="7bit"))

# 79 -----------------------------------------------------------------------
add(N, "en", "insurer-to-supplier", "trap: parts price request to a supplier; ADAS, airbags and model lists only",
    P["nowak"], [("EuroParts Distribution – Key Accounts", "keyaccounts@europarts-distribution.example")],
    "Request for quotation - OEM-equivalent parts 2026/27", when(6, 8, 14, 40),
    MIX(T("""
    Dear Mr Janssen,

    for our partner-workshop network (62 workshops in Hesse and Lower Saxony) we would
    like a quotation for OEM-equivalent parts for the models in the attached list:
    bumpers, headlamps, radar brackets, windscreens with camera bracket, airbag
    modules (front, side).

    Please state discount on list price, delivery times and whether you support the
    calibration data for ADAS sensors. Deadline: 30 June 2026.

    Best regards
    Piotr Nowak
    """),
        A("Model_list_RFQ_2026.csv", "text/csv", csvtext([
            ["make", "model", "generation", "share_of_claims_pct"],
            ["VW", "Golf", "VIII", "6.1"], ["VW", "Passat", "B8", "3.4"],
            ["Skoda", "Octavia", "IV", "4.0"], ["Opel", "Astra", "L", "2.2"],
            ["BMW", "3 Series", "G20/G21", "2.8"], ["Tesla", "Model 3", "Highland", "1.1"],
        ], delim=","), cs="us-ascii")))

# 80 -----------------------------------------------------------------------
add(S, "en", "internal", "internal handover of a named injured foreign claimant: injuries, surgery, psychological symptoms, reserves",
    P["oneill"], [("Pawel Zielinski", f"pawel.zielinski@{DOMAIN}")], "Handover while I'm away - Holloway / de Vries",
    when(6, 12, 16, 55),
    T("""
    Pawel,

    two files need watching while I'm on leave (15-26 June):

    1) Holloway, KS-26-0051877 - wrist fracture with plate, concussion. He accepted
       EUR 9,500 general damages; the GP records arrived and show no earlier wrist
       problems. Open: plate removal (surgery date 30 June in Canterbury) - approve up
       to GBP 3,500 if the hospital asks. Reserve: EUR 24,000.

    2) de Vries, KS-26-0061750 - meniscus tear, PTSD symptoms. Our adviser accepts
       12 sessions of trauma therapy as accident-related. Lawyer Verhoeven chases
       weekly; answer within 48 h please. Reserve: EUR 31,000.

    Everything else can wait.
    J.
    """, cs="us-ascii", cte="7bit"))

# 81 -----------------------------------------------------------------------
add(C, "de", "insurer-to-supplier", "grey: workshop order for a company fleet truck naming the employed driver; company policyholder with named contact",
    P["focke"], [BRENNER], "Werkstattauftrag Nordhessen Logistik – MAN TGL KS-NL 4415", when(6, 9, 7, 52),
    T("""
    Guten Morgen,

    bitte nehmen Sie den MAN TGL 12.250 der Nordhessen Logistik GmbH, KS-NL 4415,
    heute in die Werkstatt auf. Der Fahrer, Herr Sven Hartung, bringt ihn gegen 9 Uhr.
    Schaden: Spiegel und Seitenverkleidung rechts nach Streifkontakt an der
    Laderampe (Flottenvertrag FL-1180-07, Schaden KS-26-0097312). Niemand verletzt.

    Freigabe bis 2.500 EUR netto ohne Gutachten. Ansprechpartner beim Kunden:
    Herr Uwe Kallweit, Fuhrparkleitung, 0561 5550 7710.

    Gruß
    Rainer Focke
    """))

# 82 -----------------------------------------------------------------------
add(N, "de", "internal", "trap: summer party mail naming colleagues, mentions 'Unfall' and 'Verband' jokingly",
    P["wilkens"], [("Kfz-Schaden alle", f"kfz-schaden-alle@{DOMAIN}")], "Sommerfest Kfz-Schaden 10.07. – wer bringt was?",
    when(6, 15, 12, 30),
    T("""
    Hallo ihr Lieben,

    Sommerfest am 10.07. ab 16 Uhr an der Fulda (Grillplatz Auedamm). Bisher:

      Salate: Lea, Ute, Mehmet
      Grillgut: Torsten (vegetarisch: Piotr)
      Getränke: Abteilungskasse
      Kuchen: Julia

    Kein Unfallwagen, kein Verbandkasten-Quiz wie letztes Jahr, versprochen ;-)
    Wer mit dem Rad kommt: der Radweg an der Drahtbrücke ist gesperrt.

    Jana
    """, cte="8bit", flowed=True))

# 83 -----------------------------------------------------------------------
falk_index = csvtext([
    ["Nr", "Dokument", "Datum", "Seiten"],
    ["1", "Notaufnahmebericht Klinikum Kassel-Süd (HWS-Distorsion, Rippenprellung li.)", "13.01.2026", "2"],
    ["2", "AU-Bescheinigungen Dr. Sauer (Allgemeinmedizin) 13.01.–13.03.2026", "diverse", "5"],
    ["3", "MRT HWS Radiologie Kassel-Mitte, Protrusion C5/6", "10.02.2026", "2"],
    ["4", "Physiotherapie-Verordnungen (KG 2 x 6)", "diverse", "2"],
    ["5", "Stellungnahme Beratungsärztin Dr. Rautenberg", "24.02.2026", "1"],
])
add(S, "de", "insurer-to-doctor", "harmless body; ZIP with expert-opinion order (DOCX) and document index (CSV) listing a named claimant's injuries",
    P["aydin"], [HAGEDORN], "Gutachtenauftrag – Unterlagen anbei", when(3, 2, 15, 20),
    MIX(T("""
    Sehr geehrter Herr Dr. Hagedorn,

    anbei wie telefonisch besprochen der Auftrag und die Unterlagen als ZIP
    (Passwort kommt per SMS). Einen Untersuchungstermin vereinbaren Sie bitte direkt.

    Mit freundlichen Grüßen
    Mehmet Aydın
    """),
        A("Gutachtenauftrag_KS-26-0047113.zip", "application/zip", zipbytes([
            ("Auftrag_Hagedorn.docx", docx([
                "# Gutachtenauftrag (fachorthopädisch) – Schaden KS-26-0047113",
                "Anspruchsteller: Dennis Falk, geb. 11.08.1991, Kirchweg 4, 34260 Kaufungen",
                "Unfall: 13.01.2026, A44, Beifahrer, Anprall an Schutzplanke ca. 60 km/h, Airbags ausgelöst",
                "Fragestellung: 1. Welche Verletzungen sind unfallbedingt (HWS-Distorsion, Rippenprellung)? "
                "2. Ist die Arbeitsunfähigkeit bis 13.03.2026 unfallbedingt oder Folge der vorbestehenden "
                "Bandscheibenprotrusion C5/6? 3. Bestehen Dauerfolgen?",
                "Honorar: nach Vereinbarung, Pauschale 850 EUR zzgl. MwSt.",
            ], title="Gutachtenauftrag")),
            ("Dokumentenindex.csv", falk_index.encode("utf-8")),
        ]))))

# 84 -----------------------------------------------------------------------
nhl_rows = [["Schaden", "Datum", "Kennzeichen", "Fahrer", "Art", "Aufwand EUR"],
            ["KS-26-0011207", "08.01.2026", "KS-NL 4402", "J. Wagner", "Rangierschaden Rampe", "1.840"],
            ["KS-26-0031950", "19.02.2026", "KS-NL 4413", "S. Hartung", "Spiegel/Streifkontakt", "612"],
            ["KS-26-0066104", "11.03.2026", "KS-NL 4408", "M. Dietz", "Glasbruch Frontscheibe", "1.120"],
            ["KS-26-0097312", "08.06.2026", "KS-NL 4415", "S. Hartung", "Spiegel/Seitenverkleidung", "2.310"]]
add(C, "de", "insurer-to-company", "grey: HTML attachment listing fleet claims with plates and named employee drivers (property damage only)",
    P["focke"], [NHL], "Schadenübersicht Flotte 1. Halbjahr 2026 (ohne Personenschäden)", when(6, 22, 10, 5),
    MIX(T("""
    Hallo Herr Kallweit,

    wie gewünscht die Übersicht Ihrer Sachschäden im 1. Halbjahr. Den großen
    Personenschaden vom Januar habe ich bewusst herausgelassen; dazu sprechen wir
    im Jahresgespräch separat.

    Auffällig: drei von vier Schäden beim Rangieren bzw. Streifkontakt. Sollen wir
    das Rangiertraining für Ihre Fahrer anbieten?

    Viele Grüße
    Rainer Focke
    """),
        A("Schadenuebersicht_NHL_H1_2026.html", "text/html", htmldoc(
            "Schadenübersicht Nordhessen Logistik H1/2026",
            "<h2>Nordhessen Logistik GmbH – Flottenvertrag FL-1180-07</h2>\n" + table(nhl_rows)), cs="utf-8")))

# 85 -----------------------------------------------------------------------
beisp = [["", "bisher", "ab 01.01.2027"], ["Regionalklasse Haftpflicht", "7", "8"],
         ["Typklasse Haftpflicht (Beispiel VW Golf)", "16", "17"], ["Beitrag Haftpflicht", "412,30 EUR", "438,90 EUR"],
         ["Beitrag Vollkasko", "388,10 EUR", "401,20 EUR"]]
add(N, "de", "insurer-to-customer", "trap: HTML-only circular on premium changes with a worked example for 'Frau Muster', no real person",
    P["service"], [("Undisclosed recipients", f"kfz-rundschreiben@{DOMAIN}")], "Ihr Kfz-Beitrag 2027 – was sich ändert",
    when(10, 1, 6, 0),
    H("""
    <html><body style="font-family:Verdana;font-size:10pt">
    <p>Liebe Kundin, lieber Kunde,</p>
    <p>zum 1. Januar 2027 ändern sich die Regional- und Typklassen, die der
    Gesamtverband jährlich aus der Schadenstatistik ermittelt. Steigende Werkstatt- und
    Ersatzteilpreise sowie höhere Kosten für Personenschäden wirken sich auf die
    Beiträge aus.</p>
    <p><b>Rechenbeispiel (fiktive Kundin „Frau Muster“, SF 10, Kassel):</b></p>
    """ + table(beisp) + """
    <p>Ihren persönlichen Beitrag finden Sie in der Beitragsrechnung, die Sie im
    November erhalten. Sie haben ein Sonderkündigungsrecht, wenn Ihr Beitrag steigt.</p>
    <p>Ihr Auenstein Kundenservice</p>
    </body></html>
    """, cte="base64"), extra=[("Precedence", "bulk")])

# 86 -----------------------------------------------------------------------
add(S, "de", "insurer-to-claimant", "elderly pedestrian hit by a reversing car: hip fracture, care level, nursing home; letter to his daughter as legal guardian",
    P["aydin"], [("Karin Kuhnert-Mai", "karin.mai@webpost.example")], "Ihr Vater Walter Kuhnert – Unfall vom 11.05.2026",
    when(6, 16, 14, 5),
    T("""
    Sehr geehrte Frau Kuhnert-Mai,

    vielen Dank für die Kopie Ihres Betreuerausweises. Als Haftpflichtversicherer der
    Fahrerin, die Ihren Vater am 11.05.2026 beim Rückwärtsausparken auf dem Parkplatz
    des Edeka-Markts in Baunatal erfasst hat, übernehmen wir die unfallbedingten Kosten.

    Nach dem Entlassungsbericht wurde bei Ihrem Vater eine Schenkelhalsfraktur links
    (S72.0) mit Hüft-TEP versorgt. Wegen der bekannten Demenz war eine Rückkehr in die
    Wohnung nicht möglich; die Pflegekasse hat inzwischen Pflegegrad 3 (vorher 1)
    festgestellt.

    Wir erstatten:
    - die Eigenanteile im Pflegeheim, soweit sie unfallbedingt höher sind als vorher,
    - Zuzahlungen und Hilfsmittel (Rollator, Toilettensitzerhöhung),
    - ein angemessenes Schmerzensgeld; dazu melden wir uns nach Vorliegen des
      Pflegegutachtens.

    Bitte schicken Sie uns die Heimrechnungen ab Juni und den Bescheid der Pflegekasse.

    Mit freundlichen Grüßen
    """ + sig("aydin")))

# 87 -----------------------------------------------------------------------
add(C, "de", "insurer-to-customer", "private liability: customer's child scratched a parked car with his bike; names, policy, car owner, amount",
    P["schueler"], [("Familie Erdmann", "erdmann.familie@mailbox.example")], "Ihre Privathaftpflicht 21-6603381-P – Kratzer am Fahrzeug Ihres Nachbarn",
    when(6, 18, 11, 11),
    T("""
    Liebe Frau Erdmann,

    danke für die Schadenmeldung. Ihr Sohn Jonas (9) ist beim Abbiegen mit dem Fahrrad
    gegen den geparkten BMW Ihres Nachbarn, Herrn Klaus Tiedemann, gerutscht. Wie Sie
    schreiben, ist Jonas nichts passiert.

    Bei Kindern unter 10 Jahren haften diese im Straßenverkehr nicht (§ 828 BGB). Ihr
    Tarif enthält aber die Deliktunfähigkeitsklausel: Wir zahlen Herrn Tiedemann den
    Schaden trotzdem, bis 15.000 EUR. Der Kostenvoranschlag über 1.390,00 EUR ist
    plausibel. Wir überweisen direkt an Herrn Tiedemann.

    Herzliche Grüße
    Anne Schüler
    """))

# 88 -----------------------------------------------------------------------
add(N, "de", "insurer-to-supplier", "trap: shredding order for medical and claim files, security class and container counts only",
    P["einkauf"], [("Aktenvernichtung Nordhessen GmbH", "auftrag@aktenvernichtung-nh.example")],
    "Abholung Datenschutztonnen 3. OG – Schutzklasse 3", when(6, 23, 9, 9),
    T("""
    Sehr geehrte Damen und Herren,

    bitte holen Sie am 30.06.2026 vormittags 14 Datenschutztonnen (240 l) im 3. OG ab.
    Inhalt: Papierakten aus der Kfz-Personenschadenregulierung und der
    Krankenleistungsabteilung (Arztberichte, Gutachten, Rechnungen), daher
    Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399. Bitte Vernichtungsprotokoll
    mit Tonnennummern an einkauf@auenstein.example.

    Zugang über Tor 3, Ansprechpartner vor Ort: Herr Nowak.

    Mit freundlichen Grüßen
    Einkauf
    """))

# 89 -----------------------------------------------------------------------
add(N, "en", "internal", "trap: phishing warning quoting a fake 'medical report' lure, no real person",
    ("IT Security", f"it-security@{DOMAIN}"), [("All staff", f"alle@{DOMAIN}")], "Phishing alert: fake 'medical report ready' e-mails",
    when(6, 25, 10, 45),
    T("""
    Colleagues,

    since this morning we see phishing e-mails that pretend to come from a clinic:

      Subject: Your medical report / claim documents are ready
      "Dear claims handler, the discharge letter and X-ray images for your claimant
       are ready. Download here: hxxp://clinic-docs[.]xyz/report"

    Do not click. Real hospitals send documents via our secure portal, never via
    download links. Report suspicious mails with the "Report phishing" button.

    IT Security
    """, cs="us-ascii", cte="7bit"))

# 90 -----------------------------------------------------------------------
add(C, "mixed", "insurer-to-customer", "sole-trader haulier (natural person): trailer damage, claim number, Polish IBAN; English with German legal note",
    P["oneill"], [("Tomasz Wójcik Transport", "biuro@wojcik-transport.example")], "Claim KS-26-0101488 - your trailer PO 7YH22 - payment",
    when(7, 1, 13, 26),
    T(f"""
    Dear Mr Wójcik,

    our insured's truck damaged your trailer (PO 7YH22) while manoeuvring at the
    Lohfelden logistics park on 9 June. Nobody was injured. We pay the repair
    invoice of the workshop in Poznań (PLN 9,840 = EUR 2,301.17) and EUR 600 for
    five days' loss of use.

    Payment to: Tomasz Wójcik, {grp(iban("PL", "10901014" + "0000071219812874"))}

    Rechtlicher Hinweis / legal note (German law applies):
    Mit der Zahlung sind sämtliche Ansprüche aus dem Schadenereignis vom 09.06.2026
    abgegolten, soweit sie den Fahrzeugschaden betreffen.

    Kind regards / Mit freundlichen Grüßen
    James O'Neill
    """))

# 91 -----------------------------------------------------------------------
add(S, "de", "insurer-to-lawyer", "injured child passenger: clavicle fracture, nightmares, child psychologist; offer to the parents' lawyer",
    P["aydin"], [("RA Kemal Aksoy", "ra.aksoy@kanzlei-aksoy.example")], "Ihr Mandant Luca Brückner (8 J.) – KS-26-0077630",
    when(7, 6, 15, 30),
    T("""
    Sehr geehrter Herr Rechtsanwalt Aksoy,

    für Ihren minderjährigen Mandanten Luca Brückner, geb. 05.10.2017, vertreten durch
    die Eltern, unterbreiten wir folgendes Angebot:

    Verletzungen laut Unterlagen: Klavikulafraktur rechts (S42.0), konservativ mit
    Rucksackverband; Prellungen. Nach dem Bericht der Kinderpsychologin (Frau Dipl.-Psych.
    Holtkamp) bestanden über acht Wochen Albträume und Angst beim Autofahren,
    inzwischen deutlich gebessert, die Therapie ist abgeschlossen.

    Schmerzensgeld: 3.500,00 EUR. Wegen des Alters Ihres Mandanten bedarf ein Vergleich
    ggf. der familiengerichtlichen Genehmigung; wir schlagen daher eine Zahlung auf ein
    Sparkonto des Kindes vor.

    Mit freundlichen Grüßen
    """ + sig("aydin")))

# 92 -----------------------------------------------------------------------
add(C, "de", "insurer-to-assessor", "subject only: customer name and plate in the subject; body speaks of 'der Kunde'",
    P["wilkens"], [GRN], "Nachbesichtigung Restwert – Weber, KS-GW 1961", when(3, 10, 9, 0),
    T("""
    Hallo Herr Scholz,

    der Kunde bezweifelt das Restwertangebot (3.870 EUR) und hat selbst einen Käufer, der
    nur 2.900 EUR zahlen will. Können Sie bitte das Angebot der Autoverwertung Fulda-Ost
    nochmal bestätigen lassen und prüfen, ob es verbindlich ist (Abholung kostenfrei,
    Zahlung bei Abholung)? Der Wagen steht noch beim Abschleppdienst.

    Danke!
    Jana Wilkens
    """))

# 93 -----------------------------------------------------------------------
add(N, "de", "insurer-to-assessor", "trap: assessor workshop invitation (ICS) on ADAS calibration and airbag costs, no case",
    P["nowak"], [KUEHN, GRN], "Einladung Gutachter-Workshop: ADAS-Kalibrierung und Airbag-Kosten", when(7, 8, 11, 20),
    MIX(T("""
    Sehr geehrte Damen und Herren,

    wir laden Sie herzlich zum nächsten Gutachter-Workshop ein:
    Donnerstag, 17.09.2026, 13–17 Uhr, Auenstein Schulungszentrum.

    Themen: Kalibrierung von Kamera und Radar nach Scheibentausch, Kosten von
    Airbag-Modulen und Gurtstraffern, Abgrenzung Reparatur/Totalschaden bei E-Autos
    (Hochvolt-Batterie). Kurzvortrag der Karosserie Yilmaz zum Thema Richtbank.

    Mit freundlichen Grüßen
    Piotr Nowak
    """),
        A("Gutachter-Workshop_2026-09-17.ics", "text/calendar", ics(
            "gw-2026-09-17@auenstein.example", "20260917T130000", "20260917T170000",
            "Gutachter-Workshop ADAS / Airbag / E-Auto", "Auenstein Schulungszentrum, Raum S2",
            "Agenda: ADAS-Kalibrierung, Airbag-Kosten, HV-Batterie, Richtbank (Yilmaz).",
            P["nowak"], [KUEHN, GRN]), cs="utf-8")))

# 94 -----------------------------------------------------------------------
add(S, "en", "insurer-to-partner", "claim file summary for the reinsurer with named tetraplegic claimant, care needs and life expectancy",
    P["carter"], [NORDICRE], "Motor XL - claim KS-24-0288155 (Mr Leon Stahl) - file summary for your review",
    when(7, 10, 10, 30),
    T("""
    Dear Henrik,

    as requested for your file review under clause 14 of the Motor XL treaty, the
    summary of our largest open case (full file in the data room):

      Claimant: Leon Stahl, born 2003, passenger in our insured's car, accident
                12 September 2024 (B 251, car left the road)
      Injuries: C5 fracture with incomplete tetraplegia (ASIA C), traumatic brain
                injury; ventilated for 3 weeks; now in a specialised unit, wheelchair
                user, 24-hour care with two carers
      Prognosis: life expectancy reduced by approx. 8 years (expert opinion
                Prof. Lindemann, March 2026)
      Reserve:  EUR 6.8m (care 4.9m, loss of earnings 0.9m, general damages 0.6m,
                home conversion 0.4m)

    Periodical payments for care are being negotiated with the family's lawyers.

    Best regards
    Emily Carter
    """ + FOOT_EN))

# 95 -----------------------------------------------------------------------
add(N, "en", "insurer-to-partner", "trap: audit sampling approach for claims files, mentions injuries and IBANs as test criteria, no persons",
    P["carter"], [("Hartwell Audit – Insurance team", "insurance@hartwell-audit.example")], "Claims audit 2026 - sampling approach",
    when(7, 14, 9, 12),
    T("""
    Dear Ms Okonjo,

    our proposal for the claims sample:

    - population: all motor claims closed between 1 Jan and 30 Jun 2026 (n = 19,412)
    - stratified random sample of 120 files: 60 property only, 40 bodily injury,
      20 with payments above EUR 50,000
    - test criteria: payee IBAN matches the claim form, four-eyes approval above
      EUR 10,000, medical documents stored only in the restricted area
    - your team works on our premises with anonymised extracts; full files only on
      site in the audit room

    Kind regards
    Emily Carter
    """, cs="us-ascii", cte="7bit"))

# 96 -----------------------------------------------------------------------
add(C, "en", "insurer-to-customer", "expat customer moving abroad: date of birth, policy, Green Card validity, new address",
    P["kessler"], [("Ingrid Larsen", "ingrid.larsen@nordpost.example")], "Your move to Norway - what happens to your car insurance",
    when(7, 16, 14, 48),
    T("""
    Dear Ms Larsen,

    thank you for letting us know that you are moving to Bergen on 1 September.

    Your policy 41-7012266-K (Volvo V60, KS-IL 650, policyholder Ingrid Marie Larsen,
    date of birth 04 July 1961) can stay in force only as long as the car is
    registered in Germany. Once you re-register it in Norway, a Norwegian insurer must
    cover it; we will then cancel our policy on the day of deregistration and issue a
    no-claims certificate (currently SF 22).

    Until then your Green Card is valid in Norway as well. Please give us your new
    address in Bergen for the final invoice.

    Kind regards
    Ute Kessler
    """))

# 97 -----------------------------------------------------------------------
add(N, "de", "insurer-to-customer", "grey: generic answer on children's accident insurance (personal line) to a prospect; no child data, no contract",
    P["petersen"], [("Melanie Dorn", "mel.dorn@mailbox.example")], "AW: Frage Kinderunfallversicherung",
    when(7, 20, 16, 2),
    T("""
    Hallo Frau Dorn,

    gern beantworte ich Ihre Fragen allgemein:

    - Die Kinderunfallversicherung gilt weltweit und rund um die Uhr, also auch beim
      Fahrradfahren, im Kindergarten und im Auto der Großeltern.
    - Versichert sind z. B. Invalidität (mit Progression bis 500 %), Krankenhaustagegeld,
      kosmetische Operationen und Bergungskosten.
    - Vorerkrankungen spielen keine Rolle, Gesundheitsfragen stellen wir nicht.

    Ein Angebot kann ich Ihnen erstellen, sobald Sie mir Geburtsdatum und Namen Ihres
    Kindes über unseren Online-Antrag mitteilen – bitte nicht per Mail.

    Viele Grüße
    Nils Petersen
    """ + FOOT_DE))

# 98 -----------------------------------------------------------------------
add(N, "de", "internal", "trap: office move notice naming colleagues and rooms; mentions injury files only as locked cabinets",
    P["brakel"], [("Kfz-Schaden alle", f"kfz-schaden-alle@{DOMAIN}")], "Umzug ins 4. OG am 24./25.07.", when(7, 21, 8, 12),
    T("""
    Hallo zusammen,

    der Umzug steht: Freitag 24.07. ab 14 Uhr packen, Montag 27.07. arbeiten wir
    schon oben.

    - Team Nord (Jana, Lea, Ute): Räume 4.10–4.12
    - Personenschaden (Mehmet, Pawel): Raum 4.14 – die abschließbaren Schränke für die
      Papierakten mit Arztberichten kommen mit, Schlüssel nur über mich
    - Regress (Julia): Raum 4.15
    - Piotr: Raum 4.16 (mit Besprechungstisch für Werkstatt-Termine)

    Kisten stehen ab Mittwoch im Flur. Bitte alles beschriften.

    Torsten
    """, cs="windows-1252", cte="quoted-printable"), cs="windows-1252")

# 99 -----------------------------------------------------------------------
add(C, "de", "insurer-to-supplier", "short reply to towing firm: named customer, plate, claim number, standing fees",
    P["wilkens"], [HAAS], "AW: Standgeld Ford Focus KS-GW 1961", when(3, 12, 16, 20),
    T("""
    Hallo Herr Haas,

    das Standgeld für den Focus von Herrn Weber übernehmen wir bis einschließlich
    13.03.2026 (Abholung durch den Restwertkäufer). Danach bitte an den Käufer wenden.
    Rechnung wie immer mit KS-26-0063390.

    Gruß Jana Wilkens

    > Hallo Frau Wilkens, der Focus steht jetzt seit 16.02. bei uns, wer zahlt das
    > Standgeld? Gruß Haas
    """))

# 100 ----------------------------------------------------------------------
add(N, "de", "newsletter", "trap: staff newsletter on company health day with blood pressure, flu shots, eye tests; no individual",
    ("Auenstein intern", f"intern@{DOMAIN}"), [("Alle Mitarbeitenden", f"alle@{DOMAIN}")], "Auenstein intern 7/2026: Gesundheitstag am 08.10.",
    when(7, 27, 7, 30),
    ALT(T("""
    AUENSTEIN INTERN 7/2026

    Gesundheitstag am 8. Oktober im Foyer
    - Blutdruck- und Blutzuckermessung durch den Betriebsarzt
    - Grippeschutzimpfung (bitte Impfpass mitbringen, Termin über das Intranet)
    - Sehtest für Bildschirmarbeitsplätze und Rückenscreening
    Alle Ergebnisse bekommen nur Sie persönlich, es wird nichts gespeichert.

    Außerdem in dieser Ausgabe:
    - Neue Kollegin in der Kfz-Regulierung: Sandra Pohl (Team Nord)
    - Fahrradleasing: jetzt auch für Lastenräder
    """),
        H("""
    <html><body style="font-family:Arial">
    <h1>Auenstein intern 7/2026</h1>
    <h2>Gesundheitstag am 8. Oktober im Foyer</h2>
    <ul><li>Blutdruck- und Blutzuckermessung durch den Betriebsarzt</li>
    <li>Grippeschutzimpfung (bitte Impfpass mitbringen)</li>
    <li>Sehtest für Bildschirmarbeitsplätze und Rückenscreening</li></ul>
    <p>Alle Ergebnisse bekommen nur Sie persönlich, es wird nichts gespeichert.</p>
    <h2>Außerdem</h2>
    <p>Neue Kollegin in der Kfz-Regulierung: Sandra Pohl (Team Nord). Fahrradleasing jetzt auch für Lastenräder.</p>
    </body></html>
    """)))

# 101 ----------------------------------------------------------------------
add(S, "en", "insurer-to-customer", "life insurance death claim after a fatal car accident: named deceased, cause of death, beneficiary",
    P["oberholz"], [("Helen Marsh", "helen.marsh@britmail.example")], "Your late husband's life policy 88-1190442-L",
    when(7, 29, 11, 15),
    T("""
    Dear Mrs Marsh,

    please accept our sincere condolences on the death of your husband,
    Mr Andrew Marsh.

    We have received the death certificate and the police report. According to the
    certificate, your husband died on 2 July 2026 at Klinikum Kassel-Süd from
    multiple injuries (polytrauma with severe chest trauma) sustained in the road
    accident on the A49 the same morning. The post-mortem blood test did not show
    alcohol or medication.

    You are the named beneficiary of the term life policy 88-1190442-L. The sum
    insured of EUR 250,000 plus the accidental death supplement of EUR 100,000 will be
    paid to you. We need only:
      - a copy of your passport or ID card,
      - your bank details, entered via the secure link we sent you separately.

    If you need anything, you can reach me directly on +49 561 7788-2890.

    With kind regards
    """ + sig("oberholz", FOOT_EN.replace("Allgemeine Versicherung AG", "Lebensversicherung AG"))))

# 102 ----------------------------------------------------------------------
add(C, "en", "insurer-to-broker", "broker request for a private client's motor transfer: name, date of birth, no-claims class, plate",
    P["focke"], [FENWICK], "RE: New private motor policy for your client Mr Graham Pike", when(8, 3, 10, 40),
    T("""
    Hi Rachel,

    thanks for the proposal. We can cover your client as follows:

      Policyholder: Graham Pike, date of birth 1979-11-30, Bad Wilhelmshöhe, Kassel
      Vehicle:      Land Rover Defender 110, KS-GP 110 (transfer from Thamesbridge UK)
      No-claims:    SF 9 (based on 9 claim-free years confirmed by Thamesbridge)
      Premium:      EUR 1,184.60 p.a. (liability + comprehensive, EUR 500 deductible)

    The eVB will be issued as soon as Mr Pike signs the SEPA mandate in the portal.

    Rainer
    """))

# 103 ----------------------------------------------------------------------
add(N, "en", "insurer-to-broker", "trap: broker portal account mail with a one-time password; no personal or customer data",
    P["portal"], [("Rachel Quinn", "r.quinn@fenwick-brokers.example")], "Your new broker portal account - one-time password",
    when(8, 4, 8, 1),
    T("""
    Dear Ms Quinn,

    your firm administrator has created a broker portal user for you
    (partner firm: Fenwick Insurance Brokers Ltd, partner no. 700-4412).

    User name:          r.quinn@fenwick-brokers.example
    One-time password:  Kp7#vW2q-Ld9x

    The one-time password is valid for 72 hours. At first login you will set your own
    password and a security question. Your portfolio rights are assigned by your
    firm administrator.

    Login: https://makler.auenstein.example

    Auenstein broker services
    """, cs="us-ascii", cte="7bit"), extra=[("Auto-Submitted", "auto-generated")])

# 104 ----------------------------------------------------------------------
add(S, "mixed", "internal", "internal briefing in German and English on a named injured cyclist's case before a reinsurer call",
    P["aydin"], [P["carter"]], "Briefing Quandt for your call with Nordic Re / Stand Fall Quandt", when(8, 5, 17, 10),
    T("""
    Hi Emily,

    kurzer Stand für deinen Call morgen, English summary below.

    DE: Theresa Quandt, 34, Erzieherin. Unterschenkelfraktur re. mit Marknagel,
    Mittelhandfraktur li., AHB abgeschlossen. Seit 04.05. wieder im Job mit 50 %, ab
    01.07. voll. MdE 10 % lt. Hagedorn. Vergleich mit RAin Reuter über 16.500 EUR
    Schmerzensgeld + Haushaltsführungsschaden 2.100 EUR steht kurz vor Abschluss;
    Metallentfernung vorbehalten.

    EN: Claimant back at work full-time since 1 July; 10 % permanent impairment of the
    right ankle. Settlement of about EUR 18,600 plus the health fund's recourse
    (EUR 17,429) - far below the XL attachment point, so only for information.

    Mehmet
    """))

# 105 ----------------------------------------------------------------------
police_reply = mkeml(POLIZEI, [P["kessler"]], "AW: Diebstahl Pkw KS-AE 3030 – Ihr Az. ST/0211/26",
                     when(3, 2, 10, 44), T("""
    Sehr geehrte Frau Keßler,

    das Fahrzeug Hyundai Tucson, KS-AE 3030, Halterin Frau Aylin Erdem, ist weiterhin
    zur Fahndung ausgeschrieben und bislang nicht aufgefunden. Das Verfahren gegen
    Unbekannt wurde am 27.02.2026 vorläufig eingestellt.

    Mit freundlichen Grüßen
    PHK Rehbein, Polizeidirektion Nordhessen
    """), "<st0211-26.reply@polizei-nordhessen.example>")
add(C, "de", "insurer-to-customer", "theft settlement for a named customer with leasing bank; police reply attached as message/rfc822",
    P["kessler"], [("Aylin Erdem", "aylin.erdem@webpost.example")], "Diebstahl Ihres Tucson – Abrechnung", when(3, 20, 14, 0),
    MIX(T("""
    Liebe Frau Erdem,

    die Polizei hat uns bestätigt, dass Ihr Fahrzeug nicht aufgefunden wurde (Mail
    anbei). Nach Ablauf der Monatsfrist regulieren wir den Diebstahl aus Ihrer
    Teilkasko 41-5518830-T:

      Wiederbeschaffungswert (Gutachterring Nord)   24.300,00 EUR
      abzgl. Selbstbeteiligung                       -150,00 EUR
      Auszahlung                                   24.150,00 EUR

    Da das Fahrzeug geleast ist, zahlen wir an die Leasinggesellschaft (Sicherungs-
    schein); der Restbetrag nach Ablösung wird Ihnen von dort erstattet.

    Viele Grüße
    Ute Keßler
    """),
        RFC822(police_reply, "Antwort_Polizei_ST-0211-26.eml")))

# 106 ----------------------------------------------------------------------
add(N, "de", "insurer-to-supplier", "trap: workshop quality-audit result (DOCX) about processes, company data only",
    P["nowak"], [BRENNER], "Ergebnis Qualitätsaudit Partnerwerkstatt 2026", when(8, 6, 13, 13),
    MIX(T("""
    Sehr geehrter Herr Brenner,

    vielen Dank für den offenen Austausch beim Audit am 30.07. Das Protokoll finden Sie
    im Anhang. Gesamtergebnis: 91 von 100 Punkten, damit bleiben Sie in Stufe A.

    Mit freundlichen Grüßen
    Piotr Nowak
    """),
        A("Auditprotokoll_Autohaus_Brenner_2026.docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
              "# Qualitätsaudit Partnerwerkstatt – Autohaus Brenner GmbH, Kassel",
              "Datum: 30.07.2026, Auditor: P. Nowak",
              "1. Annahme und Kundenkommunikation: 18/20 – Ersatzwagen stets verfügbar.",
              "2. Kalkulation und Teilebeschaffung: 23/25 – zwei Kalkulationen ohne Fotodokumentation.",
              "3. Reparaturqualität (Stichprobe 10 Fahrzeuge): 28/30.",
              "4. Datenschutz: 9/10 – Schadenakten im Büro verschlossen; Fahrzeugscheine nicht offen auf dem Tresen lassen.",
              "5. Arbeitssicherheit: 13/15 – Verbandkasten Lackiererei abgelaufen, Augenspülflasche fehlt.",
              "Gesamt: 91/100, Stufe A. Nächstes Audit: Juli 2027.",
          ], title="Auditprotokoll"))))

# 107 ----------------------------------------------------------------------
add(S, "de", "insurer-to-claimant", "harmless body; attached DOCX settlement agreement names the claimant's injuries and sick leave",
    P["aydin"], [FALK], "Abfindungserklärung zur Unterschrift", when(4, 8, 10, 25),
    MIX(T("""
    Hallo Herr Falk,

    wie am Telefon besprochen, anbei die Abfindungserklärung. Bitte unterschreiben und
    per Post zurückschicken, dann zahlen wir innerhalb einer Woche.

    Viele Grüße
    Mehmet Aydın
    """),
        A("Abfindungserklaerung_Falk.docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
              "# Abfindungserklärung – Schaden KS-26-0047113",
              "Zwischen Herrn Dennis Falk, Kirchweg 4, 34260 Kaufungen, und der Auenstein Allgemeine Versicherung AG.",
              "Herr Falk erlitt bei dem Unfall vom 13.01.2026 als Beifahrer eine HWS-Distorsion (S13.4) und eine "
              "Rippenprellung links (S20.2). Er war vom 13.01. bis 13.03.2026 arbeitsunfähig.",
              "Zur Abgeltung aller Ansprüche auf Schmerzensgeld zahlt die Versicherung 2.800,00 EUR, auf "
              "Verdienstausfall 1.642,18 EUR; gezahlte Vorschüsse (500,00 EUR) werden angerechnet.",
              "Ausgenommen sind Ansprüche wegen der vorbestehenden Bandscheibenprotrusion C5/6, die nach dem "
              "Gutachten Dr. Hagedorn nicht unfallbedingt ist.",
              "Ort, Datum, Unterschrift: ______________________",
          ], title="Abfindungserklärung"))))

# 108 ----------------------------------------------------------------------
add(N, "en", "internal", "trap: S/MIME certificate renewal for the claims mailbox, technical only",
    P["kurz"], [("Mailbox owners Motor Claims", f"kfz-postfach-owner@{DOMAIN}")], "S/MIME certificate for kfz-schaden@ expires on 31 Aug",
    when(8, 10, 9, 0),
    T("""
    Hi all,

    the S/MIME certificate of the shared mailbox kfz-schaden@auenstein.example expires
    on 31 August. The new certificate (valid until 2028-08-31) is already published in
    the LDAP directory; partners using encrypted mail will pick it up automatically.

    Partner firms that pinned the old certificate manually (a few workshops and the
    rental company) get a separate notice from us with the new fingerprint:

      SHA-256  4F:1A:9C:0E:77:B2:3D:68:E1:05:AF:C9:12:8B:64:D0:
               3E:59:A7:21:CC:4B:90:F3:06:7D:E8:11:52:BA:6C:2F

    No action needed from you.

    Daniel (IT service desk)
    """, cs="us-ascii", cte="7bit"))

# 109 ----------------------------------------------------------------------
add(C, "en", "insurer-to-customer", "cancellation confirmation: named customer, policy, plate, refund amount",
    P["kessler"], [("Rahul Mehta", "rahul.mehta@pacificnet.example")], "Cancellation of your car insurance 41-9033518-K confirmed",
    when(8, 12, 15, 30),
    T("""
    Dear Mr Mehta,

    we confirm the cancellation of your car insurance 41-9033518-K (Tesla Model 3,
    KS-RM 3000) as of 31 August 2026, the date you sold the car. The outstanding
    premium from June has been settled; the unused premium for September to
    December, EUR 162.40, will be refunded to your account ending in 9044.

    Your no-claims certificate (SF 3) will follow by post.

    Kind regards
    Ute Kessler
    """, cs="us-ascii", cte="7bit"))

# 110 ----------------------------------------------------------------------
add(N, "de", "insurer-to-customer", "trap: German portal notification without content; only the recipient's name",
    P["portal"], [("Theresa Quandt", "theresa.quandt@webpost.example")], "Neue Nachricht in Ihrem Auenstein-Postfach",
    when(8, 13, 14, 0),
    T("""
    Guten Tag Theresa Quandt,

    in Ihrem SecureMail-Postfach liegt eine neue Nachricht für Sie.

    Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Bitte melden
    Sie sich unter https://securemail.auenstein.example an.

    Diese Nachricht wurde automatisch erstellt. Antworten auf diese E-Mail werden nicht
    gelesen.
    """), extra=[("Auto-Submitted", "auto-generated")])

# 111 ----------------------------------------------------------------------
add(S, "de", "insurer-to-doctor", "query to the medical expert about permanent impairment of a named claimant's ankle",
    P["aydin"], [HAGEDORN], "Rückfrage zu Ihrem Gutachten vom 02.03.2026 – Quandt", when(6, 3, 9, 45),
    T("""
    Sehr geehrter Herr Dr. Hagedorn,

    in Ihrem Gutachten zu Frau Theresa Quandt schätzen Sie die verbleibende MdE auf
    10 %. Die Anwältin der Geschädigten verweist jetzt auf einen neuen Befund der
    behandelnden Orthopädin (beginnende posttraumatische Arthrose im oberen
    Sprunggelenk, Röntgen vom 20.05.2026) und fordert einen Zukunftsschadenvorbehalt.

    Können Sie bitte kurz Stellung nehmen:
    1. Ist eine Arthrose 4 Monate nach dem Unfall radiologisch schon plausibel?
    2. Mit welcher Wahrscheinlichkeit ist eine spätere Versteifung (Arthrodese) zu
       erwarten?

    Den Befund habe ich Ihnen ins Portal gelegt.

    Mit freundlichen Grüßen
    Mehmet Aydın
    """))

# 112 ----------------------------------------------------------------------
add(C, "en", "insurer-to-company", "leasing company informed about the theft of a leased car: named lessee, plate, VIN, settlement",
    P["oneill"], [("Northstar Leasing B.V. – Claims", "claims@northstar-leasing.example")], "Theft of lease vehicle - contract NL-883120 - Mr Jan Kowalski",
    when(8, 17, 11, 20),
    T("""
    Dear Sir or Madam,

    your lease vehicle Audi Q5 (VIN WAUZZZFY4N2031187, German registration KS-JK 205),
    leased to our policyholder Mr Jan Kowalski, was stolen in Kassel on 3 July 2026
    and has not been recovered.

    Under the security certificate we will pay the replacement value of EUR 38,900
    directly to you, less the deductible of EUR 300 which Mr Kowalski bears. Please
    send us your final settlement statement for contract NL-883120 and confirm the
    account for payment.

    Best regards
    James O'Neill
    """))

# 113 ----------------------------------------------------------------------
add(N, "mixed", "insurer-to-partner", "trap: bilingual webinar invitation on the EU motor insurance directive, no case data",
    P["carter"], [("Kasseler Versicherungsforum", "info@versicherungsforum-kassel.example")],
    "Webinar: Neue EU-Kfz-Richtlinie / new EU Motor Insurance Directive – 24.09.", when(8, 20, 10, 0),
    T("""
    Liebe Mitglieder des Forums, dear members,

    wir laden zu einem Webinar über die Umsetzung der EU-Kfz-Haftpflichtrichtlinie
    2021/2118 ein. We will cover:

    - Insolvenzschutz für Geschädigte / protection of injured parties if an insurer fails
    - E-Scooter und Pedelecs / e-scooters and pedelecs
    - Schadenfreiheitsbescheinigungen im EU-Ausland / claims history statements across borders

    Termin / date: Donnerstag 24.09.2026, 16:00–17:30 (CEST), Link folgt / link to follow.

    Viele Grüße / best regards
    Emily Carter
    """))

# 114 ----------------------------------------------------------------------
add(S, "en", "insurer-to-claimant", "tourist cyclist hit by our insured's car door: shoulder dislocation, physiotherapy, medical costs",
    P["oneill"], [("Chloe Tremblay", "chloe.tremblay@maplemail.example")], "Your accident in Kassel on 14 August - next steps",
    when(8, 24, 16, 12),
    ALT(T("""
    Dear Ms Tremblay,

    I'm sorry about your accident. Our policyholder opened his car door into your path
    on Friedrich-Ebert-Strasse; we accept full liability.

    From the emergency report you sent: anterior dislocation of the left shoulder
    (S43.0), reduced in the emergency room, sling for three weeks, plus abrasions on
    both knees. You paid EUR 612.40 for the emergency treatment and EUR 86.90 for
    medication (ibuprofen, pantoprazole) and the sling.

    We will reimburse these costs now. For physiotherapy once you are back in Montreal
    and for general damages we'll need a note from your doctor at home in about six
    weeks.

    Kind regards
    James O'Neill
    """ + FOOT_EN),
        H("""
    <html><body style="font-family:Arial;font-size:10pt">
    <p>Dear Ms Tremblay,</p>
    <p>I'm sorry about your accident. Our policyholder opened his car door into your path on
    Friedrich-Ebert-Strasse; we accept full liability.</p>
    <table border="1" cellpadding="4" style="border-collapse:collapse">
    <tr><th>Item</th><th>Details</th><th>Amount</th></tr>
    <tr><td>Emergency treatment</td><td>Anterior dislocation of the left shoulder (S43.0), reduction, sling</td><td>EUR 612.40</td></tr>
    <tr><td>Medication / aids</td><td>Ibuprofen, pantoprazole, shoulder sling</td><td>EUR 86.90</td></tr>
    </table>
    <p>For physiotherapy in Montreal and general damages we need a note from your doctor at home in about six weeks.</p>
    <p>Kind regards<br>James O'Neill</p>
    </body></html>
    """)))

# 115 ----------------------------------------------------------------------
add(N, "de", "internal", "trap: letter template for pain-and-suffering offers with «placeholders» and example ICD codes",
    P["brakel"], [("Team Kfz-Personenschaden", f"kfz-personenschaden@{DOMAIN}")], "Neue Textvorlage PS-12 „Schmerzensgeldangebot“",
    when(8, 26, 8, 30),
    MIX(T("""
    Hallo zusammen,

    anbei die überarbeitete Vorlage PS-12 für Schmerzensgeldangebote. Die Felder in
    «…» füllt das Korrespondenzsystem aus der Akte. Bitte ab sofort nur noch diese
    Version verwenden; die alte PS-07 wird am 01.09. gelöscht.

    Torsten
    """),
        A("Vorlage_PS-12_Schmerzensgeldangebot.odt", "application/vnd.oasis.opendocument.text", odt([
            "Vorlage PS-12 – Schmerzensgeldangebot",
            "Sehr geehrte(r) «Anrede» «Nachname»,",
            "in der Schadensache «Schadennummer» liegen uns die ärztlichen Unterlagen vom «Datum_Befund» vor. "
            "Wir gehen von folgenden unfallbedingten Verletzungen aus: «Diagnosen_Text» («ICD_Codes», z. B. S13.4, S20.2).",
            "Die Arbeitsunfähigkeit bestand vom «AU_von» bis «AU_bis».",
            "Zur Abgeltung des immateriellen Schadens bieten wir «Betrag» EUR an. Bereits gezahlte Vorschüsse "
            "(«Vorschuss» EUR) werden angerechnet.",
            "Mit freundlichen Grüßen «Sachbearbeiter»",
        ]))))

# 116 ----------------------------------------------------------------------
add(C, "de", "insurer-to-broker", "broker informed about his named client's motor claim: plate, claim number, workshop; no injury",
    P["wilkens"], [SANDER], "Ihr Kunde Herr Dietmar Krüger – Schaden KS-26-0118733", when(8, 28, 12, 4),
    T("""
    Hallo Herr Sander,

    kurze Info zu Ihrem Kunden Herrn Dietmar Krüger (Vertrag 41-6021877-K): Sein
    Passat KS-DK 412 wurde gestern beim Ausparken an der Werkstatt-Ausfahrt von einem
    Transporter touchiert. Verletzt wurde niemand. Der Wagen steht bei der Karosserie
    Yilmaz, ein Mietwagen der Klasse 6 ist über Mobilo organisiert.

    Haftung klären wir mit dem Versicherer des Transporters, bis dahin läuft es über
    die Vollkasko ohne Rückstufung (Vorbehalt).

    Viele Grüße
    Jana Wilkens
    """, cte="8bit"))

# 117 ----------------------------------------------------------------------
add(N, "de", "insurer-to-broker", "trap: product update on motor assistance (towing, rental car, hospital transport) for brokers, generic",
    P["rohde"], [("Maklerpartner Region Mitte", f"makler-mitte@{DOMAIN}")], "Produktinfo: Schutzbrief Kfz ab 01.10.2026", when(9, 1, 7, 45),
    T("""
    Liebe Maklerpartner,

    zum 01.10.2026 verbessern wir den Kfz-Schutzbrief:

    - Abschleppen bis 500 EUR (bisher 300 EUR), Bergung unbegrenzt
    - Mietwagen bis 7 Tage, bei Unfall im Ausland bis 14 Tage
    - Krankenrücktransport nach Unfall ohne Begrenzung, inkl. Begleitperson
    - Fahrzeugrückholung, wenn der Fahrer erkrankt oder verletzt ist

    Bestandskunden erhalten die Verbesserung automatisch, ohne Mehrbeitrag.
    Unterlagen zum Download im Maklerportal.

    Viele Grüße
    Stefan Rohde
    """))

# 118 ----------------------------------------------------------------------
add(S, "de", "insurer-to-customer", "windows-1252: private health insurer approves a wheelchair and home adaptation after a car accident with paraplegia",
    P["brandt"], [("Jens Hollerbach", "jens.hollerbach@t-net.example")], "Kostenzusage Hilfsmittel – Ihr Antrag vom 20.08.2026",
    when(9, 2, 13, 17),
    T("""
    Sehr geehrter Herr Hollerbach,

    wir übernehmen aus Ihrer Krankheitskostenversicherung 72-0091377 die Kosten für
    folgende Hilfsmittel laut Verordnung der Querschnittsabteilung der BG Klinik
    (Diagnose: inkomplette Paraplegie sub Th11 nach Verkehrsunfall, G82.02):

      Aktivrollstuhl mit Greifreifen, Maßanfertigung       6.480,00 EUR
      Anti-Dekubitus-Sitzkissen                              412,00 EUR
      Dusch- und Toilettenrollstuhl                        1.190,00 EUR

    Den Umbau Ihres Badezimmers können wir aus der Krankenversicherung nicht
    übernehmen; dafür ist der Kfz-Haftpflichtversicherer des Unfallverursachers
    zuständig, dem wir eine Kopie dieser Zusage schicken, soweit Sie zustimmen.

    Mit freundlichen Grüßen
    Felix Brandt
    """ + FOOT_KV, cs="windows-1252", cte="quoted-printable"), cs="windows-1252")

# 119 ----------------------------------------------------------------------
add(N, "en", "insurer-to-customer", "trap: generic answer to a prospect on what to do after an accident abroad; no contract or person data",
    P["service"], [("Tom Ridley", "tridley@pacificnet.example")], "Re: What if I have an accident in France?", when(9, 4, 10, 10),
    T("""
    Hello Mr Ridley,

    good question before the holidays. If you have an accident abroad with a car
    insured by us:

      1. Call the police if anyone is injured, and get medical help first.
      2. Fill in the European Accident Statement (blue/yellow form) with the other
         driver - you find it in the glovebox folder we send with every policy.
      3. Take photos, note witnesses, and call our 24h assistance line
         +49 561 7788-0 - we organise towing, a rental car and, if needed, transport
         home for injured persons.

    If you are not at fault, the other driver's insurer pays, via its claims
    representative in Germany.

    Best regards
    Auenstein Customer Service
    """, cs="us-ascii", cte="7bit"))

# 120 ----------------------------------------------------------------------
add(N, "en", "insurer-to-supplier", "trap: towing dispatch API sample with fictitious data (plate 'KS-XX 0000', 'Jane Example')",
    P["kurz"], [("TowLink Software – Integration", "integration@towlink.example")], "Dispatch API v2 - sample payload and open points",
    when(9, 7, 14, 55),
    MIX(T("""
    Hi Marek,

    sample payload for the v2 dispatch endpoint attached (synthetic data only).
    Open points:
      - field "injured_persons" must be a boolean only, never free text. The towing
        driver doesn't need to know more than "yes/no, ambulance on site".
      - "customer_phone" is fine, "customer_birthdate" must go.

    Daniel
    """, cs="us-ascii", cte="7bit"),
        A("dispatch_v2_sample.html", "text/html", htmldoc("dispatch v2 sample",
            "<pre>{\n  \"order_id\": \"TST-0001\",\n  \"claim_no\": \"KS-00-0000000\",\n"
            "  \"plate\": \"KS-XX 0000\",\n  \"customer_name\": \"Jane Example\",\n"
            "  \"customer_phone\": \"+49 000 0000000\",\n  \"pickup\": {\"lat\": 51.3127, \"lon\": 9.4797},\n"
            "  \"destination_workshop\": \"PW-0000\",\n  \"injured_persons\": false\n}</pre>"), cs="utf-8")))

# 121 ----------------------------------------------------------------------
add(S, "de", "insurer-to-authority", "request to police for blood-sample result of a named injured driver suspected of drunk driving",
    P["mertens"], [POLIZEI], "Unfall B 7 Kaufungen 18.04.2026 – Fahrer Tim Möller – Blutprobe", when(5, 26, 10, 5),
    T("""
    Sehr geehrte Damen und Herren,

    zum Verkehrsunfall vom 18.04.2026 auf der B 7 bei Kaufungen (Audi A4, KS-TM 612,
    Fahrer Herr Tim Möller, geb. 23.02.2001) bitten wir um Mitteilung des Ergebnisses
    der angeordneten Blutprobe. Herr Möller wurde schwer verletzt in das Klinikum
    Kassel-Süd eingeliefert (Schädelprellung, Oberschenkelfraktur rechts), seine
    Beifahrerin blieb unverletzt.

    Als Kfz-Haftpflicht- und Vollkaskoversicherer benötigen wir die Angabe zur
    Prüfung einer Obliegenheitsverletzung (Alkoholklausel) und eines möglichen
    Regresses. Eine Vollmacht des Versicherungsnehmers liegt bei.

    Mit freundlichen Grüßen
    Julia Mertens
    Regress & Forderungsmanagement Kfz
    """))

# 122 ----------------------------------------------------------------------
hail_calc = pdf("""
    Hail damage calculation - claim KS-26-0124410
    Policyholder: Marco Bellini, Ludwig-Mond-Str. 44, 34121 Kassel, policy 41-5530981-K
    Vehicle: Alfa Romeo Tonale, KS-MB 808, hail storm 29 August 2026
    Paintless dent repair (PDR), 114 dents, roof and bonnet      EUR 3,980.00
    Windscreen replacement incl. camera calibration              EUR 1,210.00
    Hail centre fee, rental car 4 days (class 5)                 EUR   260.00
    Deductible (partial cover)                                   EUR  -150.00
    Total payable to workshop                                    EUR 5,300.00
    """, title="Hail calculation")
add(C, "en", "insurer-to-customer", "harmless body; ZIP with PDF calculation and CSV listing customer name, address, policy, plate",
    P["wilkens"], [("Marco Bellini", "marco.bellini@italmail.example")], "Your hail claim - documents", when(9, 9, 11, 33),
    MIX(T("""
    Dear Mr Bellini,

    please find the documents for your hail claim in the attached archive. The workshop
    will start on Monday.

    Best regards
    Jana Wilkens
    """, cs="us-ascii", cte="7bit"),
        A("KS-26-0124410_documents.zip", "application/zip", zipbytes([
            ("calculation.pdf", hail_calc),
            ("appointments.csv", csvtext([["date", "what", "where", "customer", "plate"],
                                          ["2026-09-14", "drop-off", "Hagelzentrum Kassel-Waldau", "Marco Bellini", "KS-MB 808"],
                                          ["2026-09-18", "pick-up", "Hagelzentrum Kassel-Waldau", "Marco Bellini", "KS-MB 808"]],
                                         delim=",").encode("utf-8")),
        ]))))

# 123 ----------------------------------------------------------------------
add(N, "de", "insurer-to-customer", "trap: bulk invitation to the hail drive-in centre, no individual data",
    P["kfz"], [("Kundinnen und Kunden Region Kassel", f"hagel-info@{DOMAIN}")], "Hagelschaden? Kommen Sie ins Auenstein Hagelzentrum",
    when(8, 31, 16, 0),
    T("""
    Liebe Kundin, lieber Kunde,

    nach dem Unwetter vom 29. August haben wir in Kassel-Waldau (Lilienthalstraße 12)
    ein Hagelzentrum eingerichtet. Ohne Termin, Mo–Sa 8–18 Uhr:

    - Besichtigung durch einen Sachverständigen in ca. 20 Minuten
    - Reparatur durch Ausbeulen ohne Lackieren, meist in 2–4 Tagen
    - Ersatzwagen vor Ort

    Bitte bringen Sie Ihren Fahrzeugschein mit. Personen kamen bei dem Unwetter in
    unserer Region glücklicherweise nicht zu Schaden.

    Ihr Auenstein Kfz-Schadenservice
    """), extra=[("Precedence", "bulk")])

# 124 ----------------------------------------------------------------------
add(S, "en", "insurer-to-hospital", "records request to an Irish hospital about a named injured claimant's follow-up surgery",
    P["oneill"], [("St Brendan's University Hospital – Medical Records", "records@stbrendans-hospital.example")],
    "Records request - Mr Cian Murphy, DOB 1990-02-17 - hospital no. SB-774512", when(9, 11, 9, 50),
    T("""
    Dear Medical Records team,

    Mr Cian Murphy (date of birth 17 February 1990) was injured as a motorcyclist in a
    collision with our insured's van near Göttingen, Germany, on 19 May 2026. After
    initial treatment in Germany (open tibial fracture, external fixator) he was
    transferred to your hospital on 28 May for definitive surgery.

    Enclosed by post is his signed authorisation. Please send us:
      - the operation notes and discharge summary,
      - microbiology results (there was a suspected wound infection),
      - the outpatient clinic letters up to date.

    Please use our secure upload link rather than e-mail. Fees will be settled promptly.

    Yours faithfully
    James O'Neill
    """ + FOOT_EN))

# 125 ----------------------------------------------------------------------
add(N, "en", "newsletter", "trap: HR wellbeing newsletter on sleep, stress, back pain and counselling, generic",
    ("Auenstein HR", f"hr-news@{DOMAIN}"), [("International staff", f"intl-staff@{DOMAIN}")], "Wellbeing Week 21-25 September",
    when(9, 14, 7, 15),
    H("""
    <html><body style="font-family:Segoe UI,Arial">
    <h2>Wellbeing Week, 21&ndash;25 September</h2>
    <table border="1" cellpadding="5" style="border-collapse:collapse">
    <tr><th>Day</th><th>Session</th><th>Room</th></tr>
    <tr><td>Mon</td><td>Sleep better: 10 habits (sleep coach)</td><td>S1</td></tr>
    <tr><td>Tue</td><td>Back pain at the desk: exercises with the physiotherapist</td><td>Gym</td></tr>
    <tr><td>Wed</td><td>Stress and burnout &ndash; early signs</td><td>S1</td></tr>
    <tr><td>Thu</td><td>Healthy canteen day</td><td>Canteen</td></tr>
    <tr><td>Fri</td><td>Employee assistance programme: free, anonymous counselling</td><td>online</td></tr>
    </table>
    <p>No registration needed. Nothing about who attends is recorded.</p>
    </body></html>
    """, cs="us-ascii", cte="7bit"))

# 126 ----------------------------------------------------------------------
add(C, "de", "insurer-to-supplier", "workshop invoice dispute with Outlook-quoted workshop mail: named customer, plate, deductible",
    P["wilkens"], [EYILMAZ], "AW: Rechnung 26-0188 Golf Brandner – Differenz Ersatzteile", when(2, 5, 15, 40),
    T("""
    Hallo Herr Yilmaz,

    die Mehrkosten für den Scheinwerfer (Matrix-LED statt Halogen laut Gutachten)
    übernehmen wir, das Fahrzeug hatte tatsächlich Matrix-LED, Kühn hat das korrigiert.
    Die Verbringungskosten zur Lackiererei (180 EUR) nicht, Sie lackieren im Haus.

    Korrigierte Freigabe: 10.214,53 EUR netto. Die SB von 500 EUR hat Herr Brandner bei
    Abholung bezahlt, richtig?

    Gruß
    Jana Wilkens

    Von: Emre Yilmaz <emre.yilmaz@karosserie-yilmaz.example>
    Gesendet: Mittwoch, 4. Februar 2026 17:12
    An: Wilkens, Jana <jana.wilkens@auenstein.example>
    Betreff: Rechnung 26-0188 Golf Brandner – Differenz Ersatzteile

    Hallo Frau Wilkens,
    bei KS-LB 284 haben Sie 552,36 EUR gekürzt. Das ist der Scheinwerfer, im Gutachten
    stand falsch Halogen. Plus Verbringung. Bitte nochmal prüfen.
    MfG E. Yilmaz
    """))

# 127 ----------------------------------------------------------------------
add(S, "de", "internal", "reserve increase request with ODS attachment itemising a named claimant's injuries, care and earnings loss",
    P["aydin"], [P["brakel"]], "Reserveerhöhung KS-26-0058020 (> 50 TEUR, Ihre Freigabe)", when(6, 5, 11, 2),
    MIX(T("""
    Hallo Torsten,

    ich brauche deine Freigabe für die Reserveerhöhung im Fall Quandt von 45.000 auf
    68.000 EUR. Grund: beginnende Arthrose im OSG, ggf. spätere Arthrodese, längere AU.
    Aufstellung anbei.

    Mehmet
    """),
        A("Reserve_KS-26-0058020.ods", "application/vnd.oasis.opendocument.spreadsheet", ods([
            ["Position", "bisher EUR", "neu EUR", "Begründung"],
            ["Schmerzensgeld", 14000, 22000, "Arthrose OSG rechts, mögliche Arthrodese"],
            ["Verdienstausfall (Erzieherin)", 1200, 4800, "AU verlängert, Teilzeit 50 % bis 30.06."],
            ["Haushaltsführungsschaden", 2100, 3500, ""],
            ["Regress BKK (stationär, AHB, Heilmittel)", 17500, 21000, "Folge-OP Metallentfernung"],
            ["Zukunftsschaden / Vorbehalt", 8000, 14000, "Arthrodese-Risiko lt. Dr. Hagedorn ca. 20 %"],
            ["Anwaltskosten", 2200, 2700, ""],
            ["Summe", 45000, 68000, ""],
        ], sheet="Reserve"))))

# 128 ----------------------------------------------------------------------
add(N, "en", "internal", "trap: actuarial reserving note on bodily-injury run-off triangles, aggregated only",
    ("Group Actuarial", f"actuarial@{DOMAIN}"), [P["brakel"], P["carter"]], "Motor BI reserving - half-year review",
    when(7, 24, 16, 20),
    MIX(T("""
    Torsten, Emily,

    attached the half-year review of the motor bodily-injury triangles. The 2024 and
    2025 accident years develop about 6 % above the expected pattern, driven by
    care-cost inflation in the few very large claims. We propose no change to the
    selected factors yet, but an extra IBNR load of EUR 2.5m.

    Group Actuarial
    """, cs="us-ascii", cte="7bit"),
        A("BI_triangle_H1_2026.csv", "text/csv", csvtext([
            ["accident_year", "dev_12", "dev_24", "dev_36", "dev_48", "dev_60"],
            ["2021", "18.2", "31.0", "37.9", "40.8", "41.9"],
            ["2022", "19.5", "33.1", "40.2", "43.0", ""],
            ["2023", "20.1", "35.4", "42.8", "", ""],
            ["2024", "22.7", "39.9", "", "", ""],
            ["2025", "24.0", "", "", "", ""],
        ], delim=","), cs="us-ascii")))

# 129 ----------------------------------------------------------------------
add(C, "en", "insurer-to-customer", "address change confirmation: named customer, new address, policy number, plate",
    P["kessler"], [("Jennifer Okafor", "jen.okafor@globalmail.example")], "Re: new address", when(9, 15, 12, 45),
    T("""
    Hi Ms Okafor,

    done - we've updated your address for policy 41-8120457-K (Mazda CX-5, KS-JO 1130)
    to Goethestraße 18, 34119 Kassel, from 1 October. Your regional class stays the
    same, so no change in premium. Don't forget to update the registration document at
    the registration office within two weeks.

    Best
    Ute

    > From: Jennifer Okafor
    > Sent: Monday, 14 September 2026 20:03
    > Hi, we are moving within Kassel on Oct 1. New address: Goethestr. 18, 34119
    > Kassel. Anything else I need to do? Jen
    """))

# 130 ----------------------------------------------------------------------
add(S, "en", "insurer-to-customer", "passenger accident cover: hospital daily benefit for a named passenger with a broken wrist and stay dates",
    P["petersen"], [("Priya Nair", "priya.nair@globalmail.example")], "Passenger accident cover - hospital daily benefit",
    when(9, 17, 10, 8),
    T("""
    Dear Ms Nair,

    you were a passenger in the car of our policyholder Mr Arjun Menon on 22 August 2026
    and were treated at Elisabeth-Krankenhaus Kassel for a fracture of the right wrist
    (scaphoid) from 22 to 25 August. His car policy includes passenger accident cover.

    We pay you:
      hospital daily benefit 4 days x EUR 50     EUR 200.00
      convalescence benefit                     EUR 200.00

    If the wrist does not heal completely within a year, please contact us again about
    a disability payment. Please enter your bank details in the secure upload link
    we will send you by text message.

    Kind regards
    Nils Petersen
    """ + FOOT_EN, cs="windows-1252", cte="quoted-printable"), cs="windows-1252")

# 131 ----------------------------------------------------------------------
add(N, "en", "insurer-to-customer", "trap: auto-reply of the Green Card desk mentioning medical documents and bank details generically",
    ("Green Card desk", f"greencard@{DOMAIN}"), [("Ewa Malinowska", "ewa.malinowska@poczta-mail.example")], "Automatic reply: your message to the Green Card desk",
    when(9, 18, 22, 14),
    T("""
    Thank you for contacting the Auenstein Green Card desk. This is an automatic
    confirmation; your message has been received and will be answered within two
    working days.

    Please do not send medical documents, passport copies or bank details by
    e-mail. You will receive a link to our secure portal for these documents.

    Emergency (towing, rental car, injured persons): +49 561 7788-0, 24/7.
    """, cs="us-ascii", cte="7bit"), extra=[("Auto-Submitted", "auto-replied")])

# 132 ----------------------------------------------------------------------
add(C, "en", "insurer-to-customer", "no-claims certificate for a named customer moving to the Netherlands: date of birth, claims history",
    P["kessler"], [("Pieter-Jan Smit", "pj.smit@zeelandmail.example")], "Claims history statement for your new Dutch insurer",
    when(9, 22, 14, 30),
    MIX(T("""
    Dear Mr Smit,

    as requested, the claims history statement for your Dutch insurer is attached.

    Kind regards
    Ute Kessler
    """, cs="us-ascii", cte="7bit"),
        A("Claims_history_statement_41-4488120-K.pdf", "application/pdf", pdf("""
    Claims history statement (Directive 2009/103/EC, art. 16)
    Insurer: Auenstein Allgemeine Versicherung AG, Kassel, Germany
    Policyholder: Pieter-Jan Smit, born 14/03/1979, Wolfhager Str. 61, 34117 Kassel
    Policy: 41-4488120-K, motor third-party liability, 01.01.2019 - 30.09.2026
    Vehicle(s): Peugeot 308 SW, KS-PS 308
    Claim-free years (liability): 7 (SF 7)
    Liability claims in the last 5 years: 1 (2023-03-04, property damage only, EUR 1,240)
    Kassel, 22 September 2026
    """, title="Claims history statement"))))

# 133 ----------------------------------------------------------------------
add(N, "de", "insurer-to-partner", "trap: aggregated deer-collision and injury figures for the insurers' association",
    P["brakel"], [("Verband der Schadenversicherer – Statistik", "statistik@vds-verband.example")], "Zulieferung Wildunfallstatistik 2025",
    when(9, 24, 9, 30),
    MIX(T("""
    Sehr geehrte Frau Dr. Albrecht,

    anbei unsere Zulieferung für die Wildunfallstatistik 2025, wie gewohnt aggregiert
    nach Bundesland. Felder mit weniger als 5 Personenschäden sind gemäß Vorgabe mit
    "<5" ausgewiesen.

    Mit freundlichen Grüßen
    Torsten Brakel
    """),
        A("Wildunfaelle_2025_Auenstein.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx([
            ["Bundesland", "Schäden", "Schadenaufwand EUR", "davon mit Personenschaden"],
            ["Hessen", 9344, 30112000, 71],
            ["Niedersachsen", 5120, 16870000, 38],
            ["Thüringen", 2210, 7018000, 12],
            ["Nordrhein-Westfalen", 1780, 5706000, 9],
            ["übrige", 905, 2899000, "<5"],
        ], sheet="2025"))))

# 134 ----------------------------------------------------------------------
add(S, "de", "insurer-to-lawyer", "final settlement with the claimant's lawyer; injuries and reservation of future damage only in the PDF",
    P["aydin"], [REUTER], "Quandt ./. Nordhessen Logistik – Abfindungsvergleich", when(9, 28, 16, 0),
    MIX(T("""
    Sehr geehrte Frau Dr. Reuter,

    wie besprochen übersende ich den Abfindungsvergleich zur Unterzeichnung durch
    Ihre Mandantin. Die Zahlung erfolgt binnen zehn Tagen nach Eingang.

    Mit freundlichen kollegialen Grüßen
    Mehmet Aydın
    """),
        A("Abfindungsvergleich_Quandt.pdf", "application/pdf", pdf("""
    Abfindungsvergleich
    zwischen Frau Theresa Quandt, geb. 04.09.1991, Kassel, vertreten durch RAin Dr. Corinna Reuter,
    und der Auenstein Allgemeine Versicherung AG (Schaden KS-26-0058020)

    1. Die Geschaedigte erlitt am 20.01.2026 eine distale Unterschenkelfraktur rechts, eine Fraktur
       des Os metacarpale V links sowie Prellungen. Es verbleibt eine Bewegungseinschraenkung des
       oberen Sprunggelenks (MdE 10 %) mit beginnender posttraumatischer Arthrose.
    2. Zur Abgeltung des Schmerzensgeldes zahlt die Versicherung 22.000,00 EUR, fuer Verdienstausfall
       4.612,00 EUR und fuer den Haushaltsfuehrungsschaden 3.350,00 EUR, abzueglich gezahlter
       Vorschuesse von 3.000,00 EUR.
    3. Vorbehalten bleiben materielle und immaterielle Zukunftsschaeden aus einer Arthrodese des
       oberen Sprunggelenks sowie die Kosten der Metallentfernung.
    4. Die Anwaltskosten werden nach RVG aus dem Vergleichswert erstattet.
    """, title="Abfindungsvergleich", compress=False))))

# 135 ----------------------------------------------------------------------
add(C, "de", "insurer-to-claimant", "homeowner whose fence was hit by an insured truck: name, address, amount, IBAN; nobody hurt",
    P["wilkens"], [("Herbert Seidel", "herbert.seidel@t-net.example")], "Ihr Gartenzaun – Schaden KS-26-0131906", when(10, 2, 10, 22),
    T(f"""
    Sehr geehrter Herr Seidel,

    der Lkw unserer Versicherungsnehmerin, der Nordhessen Logistik GmbH, hat beim
    Wenden am 25.09.2026 Ihren Gartenzaun und einen Pfosten Ihrer Einfahrt in der
    Waldecker Str. 9, 34281 Gudensberg, beschädigt. Verletzt wurde niemand.

    Den Kostenvoranschlag der Firma Zaunbau Riedel über 1.948,00 EUR brutto erkennen wir
    an und überweisen den Betrag auf Ihr Konto {grp(IB_SEIDEL)}.

    Mit freundlichen Grüßen
    Jana Wilkens
    """, cs="iso-8859-1", cte="quoted-printable"), cs="iso-8859-1")

# 136 ----------------------------------------------------------------------
add(N, "de", "insurer-to-supplier", "trap: annual supplier meeting with the rental company (ICS), agenda only",
    P["hofmann"], [MOBILO_KA], "Jahresgespräch 2026 – Termin und Agenda", when(10, 5, 13, 30),
    MIX(T("""
    Hallo Herr Sadowski,

    anbei der Termin für unser Jahresgespräch. Agenda:
    1. Mengen 2026 (Ersatzfahrzeuge Haftpflicht/Kasko), Durchschnittsmietdauer
    2. Preise 2027, E-Fahrzeuge als Ersatzwagen
    3. Zustellung im ländlichen Raum (Werra-Meißner)
    4. Datenaustausch: nur noch über die Schnittstelle, keine Excel-Listen mit
       Kundendaten mehr per Mail

    Viele Grüße
    Lea Hofmann
    """),
        A("Jahresgespraech_Mobilo.ics", "text/calendar", ics(
            "jg-mobilo-2026@auenstein.example", "20261020T100000", "20261020T120000",
            "Jahresgespräch Mobilo / Auenstein", "Auenstein, Raum 4.16",
            "Agenda: Mengen, Preise 2027, E-Fahrzeuge, ländliche Zustellung, Datenaustausch.",
            P["hofmann"], [MOBILO_KA]), cs="utf-8")))

# 137 ----------------------------------------------------------------------
add(S, "mixed", "customer", "English note forwarding a German customer mail: heart attack at the wheel caused the accident, hospital stay",
    P["oneill"], [P["wilkens"]], "FW: Unfall am 30.09. – mein Mann", when(10, 6, 9, 5),
    T("""
    Jana, this came to the Green Card inbox by mistake - it's one of yours (Team Nord).
    Please note the medical part before you talk to the other party's insurer.
    James

    -----Original Message-----
    From: Renate Gerlach <r.gerlach@webpost.example>
    Sent: Monday, 5 October 2026 18:30
    To: greencard@auenstein.example
    Subject: Unfall am 30.09. – mein Mann

    Sehr geehrte Damen und Herren,

    mein Mann Wolfgang Gerlach (Vertrag 41-2290016-K) ist am 30.09. in Baunatal auf ein
    stehendes Auto aufgefahren. Wie sich im Krankenhaus herausgestellt hat, hatte er
    am Steuer einen Herzinfarkt und war kurz bewusstlos. Er liegt noch auf der
    Intensivstation im Klinikum Kassel-Süd, hat zwei Stents bekommen. Der Fahrer des
    anderen Autos hat nur leichte Nackenschmerzen.

    Was müssen wir jetzt tun? Er wird wohl vorerst nicht mehr Auto fahren dürfen.

    Mit freundlichen Grüßen
    Renate Gerlach
    """))

# 138 ----------------------------------------------------------------------
add(N, "de", "internal", "trap: anonymised case study on a whiplash claim for training; age band and injuries without identity",
    P["brakel"], [("Trainees Schaden", f"trainees-schaden@{DOMAIN}")], "Fallstudie für Donnerstag: HWS nach Bagatell-Auffahrunfall",
    when(10, 7, 14, 10),
    T("""
    Hallo zusammen,

    für unsere Übung am Donnerstag bitte folgende (anonymisierte, leicht verfremdete)
    Fallstudie vorbereiten:

    Anspruchsteller, männlich, 30–40 Jahre, Fahrer eines Kleinwagens. Auffahrunfall an
    einer Ampel, Differenzgeschwindigkeit laut Gutachten 6–8 km/h, keine Verformung
    am Stoßfänger. Hausärztliches Attest "HWS-Distorsion", AU 3 Wochen, später MRT mit
    degenerativen Veränderungen. Forderung: 4.000 EUR Schmerzensgeld.

    Fragen: 1. Welche Unterlagen fordern Sie an? 2. Brauchen wir ein biomechanisches
    Gutachten? 3. Wie begründen Sie ein Angebot unter der Forderung?

    Keine echten Akten mitbringen, bitte.

    Torsten
    """))

# 139 ----------------------------------------------------------------------
add(C, "mixed", "insurer-to-customer", "German letter with English explanation to an expat couple: policy, plates, premium, second driver's date of birth",
    P["kessler"], [("Aoife und Daniel Byrne", "byrne.family@eiremail.example")], "Zweitwagen / second car – Ihr Angebot", when(10, 9, 11, 0),
    T("""
    Liebe Familie Byrne,

    für den Zweitwagen (Fiat 500e, künftiges Kennzeichen KS-AB 500) gilt die
    Zweitwagenregelung: Einstufung in SF 1/2 statt SF 0, obwohl Frau Byrne in
    Deutschland noch keinen eigenen Vertrag hatte.

    In English: your second car starts in no-claims class SF 1/2. Driver: Aoife Byrne,
    date of birth 09.12.1990, licence since 2010 (Ireland). Annual premium EUR 538.20
    (liability + partial cover), policy number will be 41-7710345-K.

    Bitte bestätigen Sie das Angebot kurz per Antwort / please just reply to confirm.

    Viele Grüße / kind regards
    Ute Keßler
    """))

# 140 ----------------------------------------------------------------------
add(N, "en", "insurer-to-partner", "trap: press answer with motor injury statistics and a quote, no individual case",
    P["presse"], [("Hessische Rundschau Online – Newsdesk", "newsdesk@hr-online-news.example")], "Your enquiry: injuries in rear-end collisions",
    when(10, 12, 15, 45),
    T("""
    Dear Mr Kowalewski,

    thank you for your enquiry. Our figures for 2025 (Auenstein motor liability,
    Germany):

      - 11,840 rear-end collisions, 2,310 of them with at least one injured person
      - neck injuries (whiplash) in 71 % of these injury claims
      - average compensation per injured person: EUR 3,150

    Quote, attributable to Torsten Brakel, head of a motor claims team: "Most
    whiplash injuries heal within weeks. Headrests at the right height are still the
    cheapest protection there is."

    We can't comment on individual cases. Happy to help with anything else.

    Auenstein Press Office
    """, cs="us-ascii", cte="7bit"))

# 141 ----------------------------------------------------------------------
add(S, "en", "insurer-to-broker", "broker told that a named fleet driver had an epileptic seizure at the wheel; medication and driving ban",
    P["focke"], [FENWICK], "Wexford Pumps - crash of KS-WP 1302 on 2 October - confidential", when(10, 14, 10, 3),
    T("""
    Rachel,

    confidential, for your eyes only please.

    The crash of the VW ID.4 (KS-WP 1302) on 2 October was caused by an epileptic
    seizure of the driver, Mr Tobias Reinhardt. According to the neurologist's report
    he had his first seizure in 2024 and has been on levetiracetam since; he had been
    seizure-free for 14 months, so he was allowed to drive. His doctor has now
    banned him from driving for at least three months.

    For the motor policy this is an unavoidable event (no fault of the driver), so
    we pay the third-party damage and the comprehensive claim as normal. I'd suggest
    the client takes him off the named-driver list until his doctor clears him.

    Rainer
    """))

# 142 ----------------------------------------------------------------------
add(N, "de", "insurer-to-customer", "trap: one-time password mail for portal registration, no personal data beyond the address",
    P["portal"], [("Herbert Seidel", "herbert.seidel@t-net.example")], "Ihr Einmal-Passwort für das Auenstein SecureMail-Portal",
    when(10, 2, 10, 23),
    T("""
    Guten Tag,

    für Sie wurde ein Postfach im Auenstein SecureMail-Portal eingerichtet.

    Ihr Einmal-Passwort: 7QmZ-4tRx-Hb2w

    Melden Sie sich innerhalb von 7 Tagen unter https://securemail.auenstein.example an
    und vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage. Das Einmal-Passwort
    verliert danach seine Gültigkeit.

    Ihr Auenstein SecureMail-Team
    """), extra=[("Auto-Submitted", "auto-generated")])

# 143 ----------------------------------------------------------------------
add(C, "en", "insurer-to-customer", "policy documents for a new customer: date of birth, address, plate and VIN in the PDF",
    P["kessler"], [("Tomás García", "tomas.garcia@iberomail.example")], "Your policy documents", when(10, 19, 9, 12),
    MIX(T("""
    Dear Mr García,

    welcome aboard! Your policy schedule is attached; the paper copy follows by post.

    Kind regards
    Ute Kessler
    """, cte="base64"),
        A("Policy_schedule_41-7720911-K.pdf", "application/pdf", pdf("""
    Policy schedule 41-7720911-K
    Policyholder: Tomas Garcia Lopez, born 02/10/1988, Friedrich-Ebert-Str. 88, 34119 Kassel
    Vehicle: SEAT Ateca 1.5 TSI, registration KS-TG 88, VIN VSSZZZKHZLR045512
    Cover: motor third-party liability EUR 100m; comprehensive, deductible EUR 500; partial cover EUR 150
    No-claims class: SF 5 (liability 53 %, comprehensive 49 %)
    Annual premium: EUR 826.40, payable annually by direct debit
    Start of cover: 1 November 2026
    """, title="Policy schedule"))))

# 144 ----------------------------------------------------------------------
add(S, "de", "insurer-to-customer", "accident insurance assistance: home help after a named customer's car accident, pelvic fracture, wheelchair",
    P["petersen"], [("Gisela Baumann", "gisela.baumann@webpost.example")], "Ihre Unfall-Assistance – Haushaltshilfe ab Montag",
    when(10, 21, 15, 5),
    T("""
    Liebe Frau Baumann,

    wie heute Vormittag besprochen, organisieren wir aus Ihrer Unfallversicherung
    (Baustein Unfall-Assistance, Vertrag 61-3390122-U) nach Ihrer Entlassung aus der
    Reha-Klinik:

    - Haushaltshilfe (Pflegedienst Sonnenschein) Mo–Fr je 2 Stunden, bis zu 6 Wochen
    - Einkaufs- und Fahrdienst zu den Terminen bei der Physiotherapie
    - Menüservice, bis Sie wieder ohne Rollstuhl in der Küche zurechtkommen

    Ihre Beckenringfraktur heilt laut Reha-Bericht gut, Teilbelastung mit Gehstützen
    ist ab Mitte November erlaubt. Die Leistungen laufen automatisch aus, sobald Sie
    uns sagen, dass Sie sie nicht mehr brauchen.

    Gute Besserung!
    Nils Petersen
    """))

# 145 ----------------------------------------------------------------------
add(N, "de", "insurer-to-supplier", "trap: e-invoicing requirements for partner workshops, technical fields only",
    P["nowak"], [("Partnerwerkstätten Auenstein", f"partnerwerkstaetten@{DOMAIN}")], "Ab 01.01.2027 nur noch E-Rechnungen (XRechnung/ZUGFeRD)",
    when(10, 26, 8, 0),
    T("""
    Liebe Partnerwerkstätten,

    ab dem 01.01.2027 können wir Reparatur-, Abschlepp- und Mietwagenrechnungen nur
    noch als E-Rechnung annehmen (XRechnung 3.0 oder ZUGFeRD 2.3, Profil EN 16931).

    Pflichtangaben zusätzlich zu den gesetzlichen:
    - Schadennummer im Feld BT-13 (Bestellreferenz)
    - amtliches Kennzeichen im Feld BT-127 (Positionshinweis)
    - keine Kundendaten außer dem Namen im Freitext

    Versand an e-rechnung@auenstein.example. Papier- und PDF-Rechnungen ohne XML
    schicken wir ab Januar zurück. Fragen beantwortet Piotr Nowak.

    Ihr Partnerwerkstatt-Management
    """, cs="windows-1252", cte="8bit"), cs="windows-1252")

# 146 ----------------------------------------------------------------------
closing = mkeml(P["oneill"], [HOLLOWAY], "Your claim KS-26-0051877 - final settlement",
                when(10, 27, 9, 40), T("""
    Dear Mr Holloway,

    following your plate removal on 30 June and the hand surgeon's final report
    (full extension, grip strength 85 % of the left side, no further treatment
    expected), we settle your claim as agreed:

      general damages                     EUR 10,500.00
      loss of earnings                    GBP  2,140.00
      plate removal (private hospital)    GBP  3,120.00
      less interim payments               EUR -3,000.00

    Future complications of the wrist or the head injury remain reserved for three years.

    Kind regards
    James O'Neill
    """, cs="us-ascii", cte="7bit"), "<d170.ks260051877.final@mail.auenstein.example>")
add(S, "en", "insurer-to-partner", "harmless cover note; attached .eml to the claimant states wrist surgery, grip strength and head injury",
    P["oneill"], [THAMES], "TB/M/552190 - file closed", when(10, 27, 9, 52),
    MIX(T("""
    Dear Ms Pryce,

    for your records: we have closed our file today. Our final letter to Mr Holloway is
    attached. Thank you for the smooth cooperation.

    Kind regards
    James O'Neill
    """, cs="us-ascii", cte="7bit"),
        RFC822(closing, "final_settlement_Holloway.eml")))

# 147 ----------------------------------------------------------------------
add(N, "en", "internal", "trap: office closure notice with calendar entry; mentions emergency line for injured customers",
    ("Facility Management", f"facility@{DOMAIN}"), [("All staff", f"alle@{DOMAIN}")], "Office closed on 24 and 31 December",
    when(11, 2, 11, 0),
    MIX(T("""
    Dear colleagues,

    the Kassel office is closed on 24 and 31 December 2026. The 24/7 assistance line
    (towing, rental cars, transport of injured customers) is staffed as usual by the
    on-call team. Calendar entries attached.

    Facility Management
    """, cs="us-ascii", cte="7bit"),
        A("office_closed_2026-12-24.ics", "text/calendar", ics(
            "closure-2026-12-24@auenstein.example", "20261224T000000", "20261225T000000",
            "Office closed", "Kassel", "Office closed. Assistance line on call.",
            ("Facility Management", f"facility@{DOMAIN}")), cs="utf-8")))

# 148 ----------------------------------------------------------------------
uebers = [["Schadennummer", "Datum", "Fahrzeug", "Art", "Status", "Zahlung"],
          ["KS-26-0047113", "13.01.2026", "VW Golf KS-LB 284", "Vollkasko, Schutzplanke A44", "abgeschlossen", "9.342,17 EUR"],
          ["KS-26-0140021", "29.10.2026", "VW Golf KS-LB 284", "Teilkasko, Marderbiss", "in Prüfung", "–"]]
add(C, "de", "insurer-to-customer", "HTML-only mail with claims overview table for a named customer: plate, claim numbers, payments",
    P["kessler"], [BRANDNER], "Ihre Schadenübersicht 2026", when(11, 4, 10, 40),
    H("""
    <html><body style="font-family:Arial;font-size:10pt">
    <p>Sehr geehrter Herr Brandner,</p>
    <p>wie gewünscht erhalten Sie die Übersicht Ihrer Schäden im Jahr 2026 zu Vertrag 41-7730218-K:</p>
    """ + table(uebers) + """
    <p>Der Marderbiss ist über die Teilkasko gedeckt (keine Rückstufung). Die Rechnung der
    Werkstatt Lindner haben wir angefordert.</p>
    <p>Mit freundlichen Grüßen<br>Ute Keßler<br>Kundenservice Kfz</p>
    </body></html>
    """, cte="quoted-printable"))

# 149 ----------------------------------------------------------------------
add(N, "de", "internal", "trap: year-in-review of the motor claims unit with injury and rental figures, aggregates only",
    P["brakel"], [("Kfz-Schaden alle", f"kfz-schaden-alle@{DOMAIN}")], "Unser Jahr 2026 in Zahlen", when(11, 20, 16, 30),
    T("""
    Liebe Kolleginnen und Kollegen,

    bevor es in den Jahresendspurt geht, ein paar Zahlen zu 2026 (Stand 15.11.):

      52.300 Kfz-Schäden gemeldet, davon 2.940 mit Personenschaden
      46 % der reparierbaren Fahrzeuge in Partnerwerkstätten
      Ø Mietwagendauer 7,6 Tage (2025: 10,1)
      6.120 Abschleppaufträge über das Netzwerk
      1 Hagelzentrum, 3.400 Fahrzeuge in 6 Wochen
      Kundenzufriedenheit nach Schaden: 1,8 (Schulnote)

    Danke für euren Einsatz – besonders in der Hagelwoche und im Januar mit dem Glatteis.

    Torsten
    """, cte="8bit", flowed=True))

# 150 ----------------------------------------------------------------------
ktg = [["Leistung", "Grund", "Tage", "Betrag"],
       ["Krankenhaustagegeld", "stationäre Überwachung wegen Sternumprellung durch den Gurt, Klinikum Kassel-Süd", "1", "30,00 EUR"],
       ["Genesungsgeld", "im Anschluss an den Krankenhausaufenthalt", "1", "30,00 EUR"],
       ["Summe", "", "", "60,00 EUR"]]
add(S, "de", "insurer-to-customer", "HTML-only body with table: accident-insurance benefit for the insured driver himself, sternum contusion, hospital day",
    P["petersen"], [BRANDNER], "Ihre Unfallversicherung 61-1180443-U – Krankenhaustagegeld", when(2, 17, 9, 30),
    H("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Calibri,Arial;font-size:11pt">
    <p>Sehr geehrter Herr Brandner,</p>
    <p>aus Ihrer Unfallversicherung zahlen wir für den Unfall vom 13.01.2026:</p>
    """ + table(ktg) + """
    <p>Eine Invaliditätsleistung kommt nach dem Entlassungsbericht nicht in Betracht; die Prellung ist
    folgenlos ausgeheilt und Sie waren nur eine Woche arbeitsunfähig.</p>
    <p>Mit freundlichen Grüßen<br>Nils Petersen<br>Unfallversicherung – Leistung</p>
    </body></html>
    """))


# ===========================================================================
# build / write / check
# ===========================================================================

ALLOWED_CS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "FR": 27, "CH": 21, "PL": 28, "BE": 16, "IT": 27, "ES": 24}


def build():
    out = []
    for m in MAILS:
        raw = build_message(m["n"], m["frm"], m["to"], m["subj"], m["date"], m["body"],
                            cc=m["cc"], irt=m["irt"], extra=m["extra"], cs=m["cs"])
        out.append((f"{PREFIX}{m['n']:04d}.eml", to_crlf(raw)))
    return out


def labels_tsv():
    rows = ["file\tlabel\tlang\tkind\treason"]
    for m in MAILS:
        assert "\t" not in m["reason"] and "\n" not in m["reason"]
        rows.append(f"{PREFIX}{m['n']:04d}.eml\t{m['label']}\t{m['lang']}\t{m['kind']}\t{m['reason']}")
    return ("\n".join(rows) + "\n").encode("utf-8")


class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.buf = []

    def handle_data(self, d):
        self.buf.append(d)


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return " ".join(p.buf)


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    sx = re.search(rb"startxref\s+(\d+)\s+%%EOF", data)
    assert sx and data[int(sx.group(1)):].startswith(b"xref"), "bad startxref"
    texts = []
    for m in re.finditer(rb"<<([^>]*?)>>\s*stream\r?\n", data):
        ln = int(re.search(rb"/Length (\d+)", m.group(1)).group(1))
        raw = data[m.end():m.end() + ln]
        if b"/FlateDecode" in m.group(1):
            raw = zlib.decompress(raw)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            s = re.sub(rb"\\([0-7]{3})", lambda g: bytes([int(g.group(1), 8)]), t.group(1))
            s = re.sub(rb"\\(.)", rb"\1", s)
            texts.append(s.decode("cp1252"))
    txt = "\n".join(texts)
    assert txt.strip(), "PDF without text layer"
    return txt


def xml_text(b):
    root = ET.fromstring(b)
    return " ".join(t for t in root.itertext())


def office_text(data, ext):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    if ext == "docx":
        return xml_text(z.read("word/document.xml"))
    if ext == "xlsx":
        return " ".join(xml_text(z.read(n)) for n in names if n.startswith("xl/worksheets/"))
    if ext in ("odt", "ods"):
        assert names[0] == "mimetype"
        return xml_text(z.read("content.xml"))
    raise ValueError(ext)


def file_text(name, data, stats):
    ext = name.lower().rsplit(".", 1)[-1]
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        return pdf_text(data)
    if ext in ("docx", "xlsx", "odt", "ods"):
        t = office_text(data, ext)
        assert t.strip(), f"empty {name}"
        return t
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return "\n".join(file_text(n, z.read(n), stats) for n in z.namelist() if not n.endswith("/"))
    if ext == "csv":
        for enc in ("utf-8", "windows-1252"):
            try:
                s = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        rows = list(csv.reader(io.StringIO(s.lstrip("\ufeff")), delimiter=";" if ";" in s else ","))
        assert len(rows) >= 2, name
        return s
    if ext == "ics":
        s = data.decode("utf-8")
        assert s.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in s, name
        return s
    if ext in ("html", "htm"):
        return html_text(data.decode("utf-8"))
    if ext in ("txt", "log"):
        return data.decode("utf-8")
    if ext == "eml":
        return check_message(email.message_from_bytes(data, policy=email.policy.default), stats)
    raise ValueError(f"unknown attachment type {name}")


def check_message(msg, stats, top=False):
    texts = []
    for k, v in msg.items():
        assert not getattr(v, "defects", ()), (k, v.defects)
        if k.lower() in ("from", "to", "cc", "subject"):
            texts.append(str(v))
    for part in msg.walk():
        assert not part.defects, part.defects
        ct = part.get_content_type()
        if ct == "message/rfc822":
            stats["eml"] = stats.get("eml", 0) + 1
            inner = part.get_payload()[0]
            for k, v in inner.items():
                assert not getattr(v, "defects", ()), (k, v.defects)
            for h in ("From", "To", "Cc"):
                if inner[h]:
                    for a in inner[h].addresses:
                        assert a.domain.endswith(".example"), a
            texts.append(str(inner["Subject"]))
            continue  # walk() descends into it
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct.startswith("text/") and not fn:
            cs = part.get_content_charset()
            assert cs in ALLOWED_CS, cs
            stats.setdefault("charsets", {}).setdefault(cs, 0)
            stats["charsets"][cs] += 1
            cte = part.get("Content-Transfer-Encoding", "7bit").lower()
            stats.setdefault("cte", {}).setdefault(cte, 0)
            stats["cte"][cte] += 1
            raw = part.get_payload(decode=True)
            s = raw.decode(cs)  # strict
            if cs == "us-ascii":
                assert all(ord(c) < 128 for c in s)
            texts.append(html_text(s) if ct == "text/html" else s)
        else:
            assert fn, f"attachment without file name ({ct})"
            data = part.get_payload(decode=True)
            if ct.startswith("text/") and part.get_content_charset():
                data.decode(part.get_content_charset())
            texts.append(file_text(fn, data, stats))
    return "\n".join(texts)


HOST_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)|(?:https?://|www\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")


def check(files):
    problems = []
    mids = set()
    stats = {}
    n_iban = 0
    tops = {}
    for name, data in files:
        try:
            assert b"\r\n" in data and not re.search(rb"(?<!\r)\n", data), "bare LF"
            assert not re.search(rb"\r(?!\n)", data), "bare CR"
            assert all(len(ln) <= 998 for ln in data.split(b"\r\n")), "line > 998"
            msg = email.message_from_bytes(data, policy=email.policy.default)
            mid = msg["Message-ID"]
            assert mid and mid not in mids, "Message-ID"
            assert mid.strip("<>").split("@")[1].endswith(".example")
            mids.add(mid)
            assert msg["Date"].datetime.year == 2026
            frm = msg["From"].addresses[0].addr_spec
            assert frm.endswith("@" + DOMAIN), frm
            for h in ("From", "To", "Cc"):
                if msg[h]:
                    for a in msg[h].addresses:
                        assert a.domain.endswith(".example"), a
            tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
            text = check_message(msg, stats, top=True)
            for m in HOST_RE.finditer(text):
                host = (m.group(1) or m.group(2)).rstrip(".").lower()
                assert host.endswith(".example"), f"host {host}"
            for m in IBAN_RE.finditer(text):
                cand = m.group(1).replace(" ", "")
                if cand[:2] in IBAN_LEN and len(cand) == IBAN_LEN[cand[:2]]:
                    assert iban_ok(cand), f"IBAN {cand}"
                    n_iban += 1
        except Exception as e:  # noqa
            problems.append(f"{name}: {type(e).__name__}: {e}")
    return problems, stats, tops, n_iban


def summary(tops, stats, n_iban):
    from collections import Counter
    lab = Counter(m["label"] for m in MAILS)
    lang = Counter(m["lang"] for m in MAILS)
    out = ["labels: " + ", ".join(f"{k} {lab[k]}" for k in (N, C, S)),
           "lang: " + ", ".join(f"{k} {v}" for k, v in sorted(lang.items()))]
    out.append("label x lang:")
    for l in (N, C, S):
        out.append(f"  {l:22s} " + "  ".join(f"{g} {sum(1 for m in MAILS if m['label'] == l and m['lang'] == g):3d}"
                                             for g in ("de", "en", "mixed")))
    kinds = Counter(m["kind"] for m in MAILS)
    out.append("kind:")
    for k, v in kinds.most_common():
        c = Counter(m["label"] for m in MAILS if m["kind"] == k)
        out.append(f"  {k:24s} {v:3d}  (N {c[N]}, C {c[C]}, S {c[S]})")
    out.append("top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())))
    out.append("text-part charsets: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.get("charsets", {}).items())))
    out.append("text-part transfer encodings: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.get("cte", {}).items())))
    att = {k: v for k, v in stats.items() if k not in ("charsets", "cte")}
    out.append("attachments (incl. ZIP members): " + ", ".join(f"{k} {v}" for k, v in sorted(att.items())))
    out.append(f"IBANs found and valid: {n_iban}")
    out.append(f"traps: {sum(1 for m in MAILS if m['reason'].startswith('trap:'))}, "
               f"grey: {sum(1 for m in MAILS if 'grey:' in m['reason'])}")
    return "\n".join(out)


def main():
    files = build()
    if "--check" in sys.argv:
        problems = []
        maildir = os.path.join(HERE, "mails")
        ondisk = sorted(os.listdir(maildir))
        if ondisk != [n for n, _ in files]:
            problems.append("mails/ does not contain exactly the generated files")
        for name, data in files:
            p = os.path.join(maildir, name)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                problems.append(f"{name}: differs from rebuild")
        if open(os.path.join(HERE, "labels.tsv"), "rb").read() != labels_tsv():
            problems.append("labels.tsv differs from rebuild")
        pr, stats, tops, n_iban = check(files)
        problems += pr
        from collections import Counter
        lab = Counter(m["label"] for m in MAILS)
        if (len(MAILS), lab[N], lab[C], lab[S]) != (150, 60, 45, 45):
            problems.append(f"label counts {dict(lab)} (want 60/45/45 of 150)")
        lang = Counter(m["lang"] for m in MAILS)
        if not (0.53 <= lang["de"] / 150 <= 0.61 and 0.33 <= lang["en"] / 150 <= 0.41):
            problems.append(f"language shares off: {dict(lang)}")
        used = set(stats.get("charsets", {}))
        if used != ALLOWED_CS:
            problems.append(f"charsets used {used}")
        print(summary(tops, stats, n_iban))
        if problems:
            print("\nPROBLEMS:")
            print("\n".join(problems))
            sys.exit(1)
        print(f"\ncheck OK: {len(files)} mails rebuilt byte-identical, parsed without defects, "
              "CRLF only, unique Message-IDs, 2026 dates, .example hosts, charsets decode, "
              "attachments open (ZIP recursive, PDF text layer), IBANs valid, labels 60/45/45")
        return
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    for name, data in files:
        with open(os.path.join(HERE, "mails", name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(labels_tsv())
    print(f"wrote {len(files)} mails and labels.tsv")


if __name__ == "__main__":
    main()
